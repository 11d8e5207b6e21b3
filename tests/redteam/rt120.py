"""Red team round 120 (the readings of e84d222: premieres, makers, what an item has): false texts only."""

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
    return _build(items, others, rels, t)


def films():
    items = {
        "x:alien": ("film", "Alien", 1979),
        "x:bladerunner": ("film", "Blade Runner", 1982),
        "x:jaws": ("film", "Jaws", 1975),
        "x:et": ("film", "E.T.", 1982),
        "x:godfather": ("film", "The Godfather", 1972),
        "x:chinatown": ("film", "Chinatown", 1974),
        "x:terminator": ("film", "The Terminator", 1984),
        "x:titanic": ("film", "Titanic", 1997),
    }
    others = _ppl(
        "director",
        "Ridley Scott",
        "Steven Spielberg",
        "Francis Ford Coppola",
        "Roman Polanski",
        "James Cameron",
    )
    others.update(
        _ppl(
            "writer",
            "Dan O'Bannon",
            "Hampton Fancher",
            "Peter Benchley",
            "Melissa Mathison",
            "Mario Puzo",
            "Robert Towne",
            "Gale Anne Hurd",
        )
    )
    others.update(
        _ppl(
            "producer",
            "Walter Hill",
            "Michael Deeley",
            "Richard D. Zanuck",
            "Kathleen Kennedy",
            "Albert S. Ruddy",
            "Robert Evans",
            "Jon Landau",
        )
    )
    others.update(
        _ppl(
            "composer",
            "Jerry Goldsmith",
            "Vangelis",
            "John Williams",
            "Nino Rota",
            "Brad Fiedel",
            "James Horner",
        )
    )
    others.update(
        {
            "s:fox": ("studio", "20th Century Fox"),
            "s:wb": ("studio", "Warner Bros."),
            "s:universal": ("studio", "Universal Pictures"),
            "s:paramount": ("studio", "Paramount Pictures"),
            "s:orion": ("studio", "Orion Pictures"),
        }
    )
    rels = [
        R(
            "directed_by",
            phrase="was directed by",
            inverse_phrase="directed",
            domain=("film",),
            range=("director",),
        ),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("film",), range=("writer",)),
        R(
            "produced_by",
            phrase="was produced by",
            inverse_phrase="produced",
            domain=("film",),
            range=("producer",),
        ),
        R(
            "music_by",
            phrase="has music by",
            inverse_phrase="composed the music for",
            domain=("film",),
            range=("composer",),
        ),
        R(
            "released_by",
            phrase="was released by",
            inverse_phrase="released",
            domain=("film",),
            range=("studio",),
        ),
    ]
    t = []
    add = _adder(t)

    def f(k, d, w, p, m, s):
        add(k, "directed_by", d)
        add(k, "written_by", *w)
        add(k, "produced_by", *p)
        add(k, "music_by", m)
        add(k, "released_by", s)

    f("x:alien", "Ridley Scott", ["Dan O'Bannon"], ["Walter Hill"], "Jerry Goldsmith", "s:fox")
    f("x:bladerunner", "Ridley Scott", ["Hampton Fancher"], ["Michael Deeley"], "Vangelis", "s:wb")
    f("x:jaws", "Steven Spielberg", ["Peter Benchley"], ["Richard D. Zanuck"], "John Williams", "s:universal")
    f("x:et", "Steven Spielberg", ["Melissa Mathison"], ["Kathleen Kennedy"], "John Williams", "s:universal")
    f("x:godfather", "Francis Ford Coppola", ["Mario Puzo"], ["Albert S. Ruddy"], "Nino Rota", "s:paramount")
    f("x:chinatown", "Roman Polanski", ["Robert Towne"], ["Robert Evans"], "Jerry Goldsmith", "s:paramount")
    f("x:terminator", "James Cameron", ["Gale Anne Hurd"], ["Gale Anne Hurd"], "Brad Fiedel", "s:orion")
    f("x:titanic", "James Cameron", [], ["Jon Landau"], "James Horner", "s:paramount")
    return _build(items, others, rels, t)


def hotels():
    items = {
        "h:savoy": ("hotel", "The Savoy", 1889),
        "h:ritz": ("hotel", "Hotel Ritz", 1898),
        "h:plaza": ("hotel", "The Plaza", 1907),
        "h:danieli": ("hotel", "Hotel Danieli", 1822),
        "h:palatino": ("hotel", "Palazzo Manfredi", 2006),
        "h:acropolis": ("hotel", "Hotel Grande Bretagne", 1874),
        "h:raffles": ("hotel", "Raffles Hotel", 1887),
    }
    others = _ppl(
        "architect", "Thomas Edward Collcutt", "Charles Mewès", "Henry Janeway Hardenbergh", "Theodore Lyman"
    )
    others.update(
        {
            "c:fairmont": ("company", "Fairmont"),
            "c:alfayed": ("company", "Al-Fayed family"),
            "c:katara": ("company", "Katara Hospitality"),
            "c:marriott": ("company", "Marriott"),
            "c:lamp": ("company", "Lampsa Hellenic Hotels"),
            "c:accor": ("company", "Accor"),
            "c:sahara": ("company", "Sahara India Pariwar"),
            "lm:thames": ("landmark", "the Thames"),
            "lm:place": ("landmark", "Place Vendôme"),
            "lm:park": ("landmark", "Central Park"),
            "lm:lagoon": ("landmark", "the Venetian Lagoon"),
            "lm:colosseum": ("landmark", "the Colosseum"),
            "lm:parthenon": ("landmark", "the Parthenon"),
            "lm:syntagma": ("landmark", "Syntagma Square"),
            "r:trajan": ("ruin", "Baths of Trajan"),
            "r:ludus": ("ruin", "Ludus Magnus"),
            "ci:london": ("city", "London"),
            "ci:paris": ("city", "Paris"),
            "ci:ny": ("city", "New York"),
            "ci:venice": ("city", "Venice"),
            "ci:rome": ("city", "Rome"),
            "ci:athens": ("city", "Athens"),
            "ci:singapore": ("city", "Singapore"),
        }
    )
    rels = [
        R(
            "view_of",
            phrase="has a view of",
            inverse_phrase="is seen from",
            domain=("hotel",),
            range=("landmark",),
        ),
        R(
            "ruins",
            phrase="has the ruins of",
            inverse_phrase="lie beneath",
            domain=("hotel",),
            range=("ruin",),
        ),
        R(
            "designed_by",
            phrase="was designed by",
            inverse_phrase="designed",
            domain=("hotel",),
            range=("architect",),
        ),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("hotel",), range=("company",)),
        R(
            "managed_by",
            phrase="is managed by",
            inverse_phrase="manages",
            domain=("hotel",),
            range=("company",),
        ),
        R(
            "located_in",
            phrase="is located in",
            inverse_phrase="is home to",
            domain=("hotel",),
            range=("city",),
        ),
    ]
    t = []
    add = _adder(t)
    add("h:savoy", "view_of", "lm:thames")
    add("h:savoy", "designed_by", "Thomas Edward Collcutt")
    add("h:savoy", "owned_by", "c:katara")
    add("h:savoy", "managed_by", "c:fairmont")
    add("h:savoy", "located_in", "ci:london")
    add("h:ritz", "view_of", "lm:place")
    add("h:ritz", "designed_by", "Charles Mewès")
    add("h:ritz", "owned_by", "c:alfayed")
    add("h:ritz", "located_in", "ci:paris")
    add("h:plaza", "view_of", "lm:park")
    add("h:plaza", "designed_by", "Henry Janeway Hardenbergh")
    add("h:plaza", "owned_by", "c:sahara")
    add("h:plaza", "managed_by", "c:fairmont")
    add("h:plaza", "located_in", "ci:ny")
    add("h:danieli", "view_of", "lm:lagoon")
    add("h:danieli", "managed_by", "c:marriott")
    add("h:danieli", "located_in", "ci:venice")
    add("h:palatino", "view_of", "lm:colosseum")
    add("h:palatino", "ruins", "r:ludus")
    add("h:palatino", "located_in", "ci:rome")
    add("h:acropolis", "view_of", "lm:parthenon", "lm:syntagma")
    add("h:acropolis", "owned_by", "c:lamp")
    add("h:acropolis", "managed_by", "c:marriott")
    add("h:acropolis", "located_in", "ci:athens")
    add("h:raffles", "owned_by", "c:katara")
    add("h:raffles", "managed_by", "c:accor")
    add("h:raffles", "located_in", "ci:singapore")
    return _build(items, others, rels, t)


BUILDERS = {
    "ballets": ballets,
    "perfumes": perfumes,
    "films": films,
    "hotels": hotels,
    "movies": kgx.KnowledgeGraph.example,
}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@ballets
The Mariinsky Theatre gave the first performance of The Nutcracker.
The Bolshoi Theatre gave the first performance of Swan Lake in 1877.
The Bolshoi Theatre staged the premiere of Swan Lake.
Swan Lake, an 1877 release, was choreographed by Julius Reisinger.
# R1 music
Agon has music by Pyotr Tchaikovsky.
Swan Lake has music by Igor Stravinsky.
The Rite of Spring has a score by Aaron Copland.
Apollo, with music by Pyotr Tchaikovsky, was first danced by the Ballets Russes.
Agon, music by Leonard Bernstein, premiered at City Center.
Fancy Free, score by Aaron Copland, was first danced by Ballet Theatre.
Swan Lake has music by Julius Reisinger.
The Nutcracker has music by Lev Ivanov.
The Firebird has music by Léon Bakst.
Swan Lake has music by the Bolshoi Ballet.
Swan Lake has music by Pyotr Tchaikovsky and Igor Stravinsky.
Swan Lake and Agon have music by Pyotr Tchaikovsky.
Unlike Swan Lake, Agon has music by Pyotr Tchaikovsky.
Agon has music by Igor Stravinsky, unlike Apollo.
Swan Lake has no music by Pyotr Tchaikovsky.
Swan Lake probably has music by Igor Stravinsky.
Swan Lake has music by Pyotr Tchaikovsky from 1875.
The Nutcracker has a score by Pyotr Tchaikovsky from 1877.
Agon is danced to music by Pyotr Tchaikovsky.
Agon uses music by Adolphe Adam.
Swan Lake has music by a pupil of Pyotr Tchaikovsky.
Swan Lake has music by Pyotr Tchaikovsky's rival.
Julius Reisinger, with music by Pyotr Tchaikovsky, choreographed Agon.
Marius Petipa choreographed Agon with music by Igor Stravinsky.
Igor Stravinsky has music by Agon.
Swan Lake has music by Tchaikovsky and choreography by Marius Petipa.
Agon has a score by Tchaikovsky.
Swan Lake is set to music by Pyotr Tchaikovsky and Adolphe Adam.
Romeo and Juliet, with music by Pyotr Tchaikovsky, was first danced by the Kirov Ballet.
Tchaikovsky's score for Agon premiered at City Center.
# R2 first showing
Swan Lake was first danced by the Royal Ballet.
Swan Lake was first danced by the Mariinsky Ballet.
The Mariinsky Ballet gave the first performance of Swan Lake.
Swan Lake was first performed by the Royal Ballet.
Swan Lake was first produced by the Royal Ballet.
Swan Lake was premiered by the Mariinsky Ballet.
The Royal Ballet premiered Giselle.
The Bolshoi Ballet staged the premiere of Giselle.
New York City Ballet premiered The Nutcracker.
Paris Opera Ballet gave the first performance of Agon.
Swan Lake was first danced by the Bolshoi Ballet in 1890.
New York City Ballet gave the first performance of Agon in 1954.
The Nutcracker was first danced by the Mariinsky Ballet in 1877.
The Nutcracker was first performed in 1877.
The Mariinsky Ballet premiered The Nutcracker in 1890.
The Ballets Russes premiered Apollo in 1913.
Swan Lake was first danced in 1877 by the Mariinsky Ballet.
Swan Lake was first staged by Julius Reisinger.
Pyotr Tchaikovsky gave the first performance of Swan Lake.
Julius Reisinger premiered Swan Lake.
Swan Lake was first revived by the Bolshoi Ballet in 1877.
Swan Lake was first filmed by the Bolshoi Ballet in 1877.
Swan Lake was first rejected by the Bolshoi Ballet in 1877.
Swan Lake was first banned by the Bolshoi Ballet in 1877.
The Bolshoi Ballet gave the last performance of Swan Lake in 1877.
The Royal Ballet gave the first performance of Swan Lake in Britain.
Swan Lake was not first danced by the Bolshoi Ballet.
Swan Lake was never premiered by the Bolshoi Ballet.
Swan Lake was perhaps first danced by the Royal Ballet.
Swan Lake was probably first performed by the Mariinsky Ballet.
The Bolshoi Ballet was first danced by Swan Lake.
Swan Lake gave the first performance of the Bolshoi Ballet.
Swan Lake was first choreographed by Marius Petipa.
Swan Lake was first set to music by Igor Stravinsky.
Apollo was first danced by New York City Ballet in 1928.
Agon was first danced by New York City Ballet in 1957 and by the Paris Opera Ballet in 1958.
Giselle was first performed by the Royal Ballet in 1841.
Romeo and Juliet was first danced by the Bolshoi Ballet in 1940.
The Bolshoi Ballet premiered Romeo and Juliet.
Ballet Theatre premiered Appalachian Spring.
Swan Lake was first danced by the Bolshoi Ballet and the Royal Ballet.
The Bolshoi Ballet and the Mariinsky Ballet gave the first performance of Swan Lake.
The Bolshoi Ballet first danced Swan Lake in 1880.
The Bolshoi Ballet first danced Giselle in 1841.
The Ballets Russes first performed Agon.
Swan Lake was first danced by the Bolshoi Ballet in 1877, and so was Giselle.
Swan Lake was first danced by the Bolshoi Ballet in 1877, ten years after Giselle.
Swan Lake was first danced by the Bolshoi Ballet in 1877 and Giselle in 1877.
Swan Lake was first conducted by Pyotr Tchaikovsky.
Swan Lake was first designed by Léon Bakst.
# R3 where it premiered
Swan Lake was first danced by the Bolshoi Ballet at the Mariinsky Theatre.
The Bolshoi Ballet premiered Swan Lake at the Royal Opera House.
The Royal Ballet first danced Swan Lake at the Royal Opera House.
Swan Lake was first danced by the Royal Ballet at the Bolshoi Theatre.
The Ballets Russes premiered Apollo at the Paris Opera.
The Ballets Russes premiered The Firebird at the Théâtre des Champs-Élysées.
New York City Ballet premiered Agon at the Metropolitan Opera House.
New York City Ballet premiered Apollo at City Center.
Martha Graham Dance Company premiered Appalachian Spring at the Metropolitan Opera House.
The Kirov Ballet premiered Romeo and Juliet at the Bolshoi Theatre.
Paris Opera Ballet premiered Giselle at the Paris Opera.
Giselle was first danced by the Paris Opera Ballet at the Paris Opera.
The Mariinsky Ballet premiered The Nutcracker at the Mariinsky Theatre in 1890.
The Bolshoi Ballet is based at the Bolshoi Theatre.
The Bolshoi Ballet dances at the Bolshoi Theatre.
The Royal Ballet performs Swan Lake at the Bolshoi Theatre.
Swan Lake was choreographed by Julius Reisinger at the Bolshoi Theatre.
Pyotr Tchaikovsky wrote the score for Swan Lake at the Bolshoi Theatre.
The Mariinsky Theatre premiered Swan Lake.
The Bolshoi Theatre gave the first performance of Swan Lake.
The Bolshoi Theatre was first danced by Swan Lake.
Swan Lake was first danced by the Bolshoi Theatre.
The Bolshoi Theatre first danced Swan Lake at the Bolshoi Ballet.
Swan Lake was first danced by the Bolshoi Ballet at the Bolshoi Theatre and then at the Royal Opera House.
Swan Lake was first danced by the Bolshoi Ballet at the Bolshoi Theatre, as was Giselle.
Swan Lake premiered at the Bolshoi Theatre, the home of the Royal Ballet.
The Bolshoi Ballet, at home at the Mariinsky Theatre, premiered Swan Lake.
Swan Lake was first danced at the Bolshoi Theatre by Pyotr Tchaikovsky.
Pyotr Tchaikovsky premiered Swan Lake at the Bolshoi Theatre.
# R5 the company / the theatre
Swan Lake was first danced by the Bolshoi Ballet. The company also premiered Giselle.
Swan Lake was first danced by the Bolshoi Ballet. The company performs Agon.
Swan Lake premiered at the Bolshoi Theatre. The theatre is home to the Royal Ballet.
Agon was first danced by New York City Ballet. The company also premiered Apollo.
The Nutcracker was first danced by the Mariinsky Ballet and Swan Lake by the Bolshoi Ballet. The company also performs Romeo and Juliet.
Swan Lake is in the repertoire of the Royal Ballet and the Mariinsky Ballet. The company gave the first performance of The Nutcracker.
Swan Lake was first danced by the Bolshoi Ballet. This company is set to music by Pyotr Tchaikovsky.
Swan Lake was first danced by the Bolshoi Ballet. The company was choreographed by Julius Reisinger.
Agon premiered at City Center. The theatre was first danced by New York City Ballet.
Agon was first danced by New York City Ballet. The company is still at City Center.
Swan Lake was first danced by the Bolshoi Ballet. The company also first danced The Nutcracker.
Swan Lake was first danced by the Bolshoi Ballet. The company itself premiered Agon.
# R6 features / with on ballets
Swan Lake includes the Bolshoi Ballet.
Agon contains Igor Stravinsky.
Swan Lake is a ballet with the Royal Ballet.
# R8 created (two makers here)
Swan Lake was created by Marius Petipa.
Marius Petipa created Swan Lake.
The Bolshoi Ballet created Swan Lake.
The Firebird was created by Nicholas Roerich.
Swan Lake is the work of Igor Stravinsky.
# years of making
Pyotr Tchaikovsky wrote the score for The Nutcracker in 1877.
Léon Bakst designed The Firebird in 1913.
# R10 names
Tchaikovsky wrote the score for Agon.
Stravinsky wrote the score for Swan Lake.
Pyotr Tchaikovsky wrote the score for Swan Lake. He also wrote the score for Agon.
Martha Graham choreographed Appalachian Spring. She also choreographed Agon.
Fokine choreographed Apollo.
@perfumes
Mitsouko came out in 1919 from Jacques Guerlain.
Opium came out in 1977 from Jean Amic.
Le Male, a 1995 release from Francis Kurkdjian, is a fougère.
# R4 released
Guerlain launched Opium.
Dior put out Poison in 1977.
Chanel issued Shalimar.
Guerlain brought out Shalimar in 1919.
Guerlain brought out Shalimar in 1919 and Mitsouko in 1925.
L'Oréal brought out Opium in 1977.
L'Oréal put out Opium.
Jacques Guerlain launched Mitsouko.
Ernest Beaux brought out Chanel No. 5 in 1921.
Thierry Mugler issued Le Male.
Dior launched Eau Sauvage in 1965.
Chanel brought out Chanel No. 5 in 1924.
Chanel put out Cuir de Russie in 1921.
Guerlain never brought out Shalimar.
Guerlain launched a lawsuit over Mitsouko.
Dior issued a recall of Poison.
Guerlain brought out Shalimar again in 1990.
Guerlain put out Shalimar in Spain.
Jacques Guerlain brought out the vanilla in Shalimar.
Mitsouko launched Guerlain.
Mitsouko brought out Guerlain in 1919.
Le Male came out in 1995 from Francis Kurkdjian.
Le Male came out in 1995 from Puig.
Le Male came out in 1995 from France.
Angel came out in 1995 from Thierry Mugler.
Opium came out in 1977 from Dior.
Mitsouko came out in 1919 from LVMH.
Le Male did not come out in 1995 from Jean Paul Gaultier.
Mitsouko, composed by Ernest Beaux, dates from 1919.
Shalimar, composed by Jacques Guerlain, dates from 1919.
Le Male, launched by Jean Paul Gaultier, dates from 1993.
Jicky, composed by Jacques Guerlain, dates from 1889.
Chanel No. 5, composed by Ernest Beaux, does not date from 1921.
Chanel No. 5, owned by LVMH, dates from 1921.
# R5 the house
Opium is a fragrance by Yves Saint Laurent. The house is owned by LVMH.
Opium is a fragrance by Yves Saint Laurent. The house is based in Spain.
Opium is by Yves Saint Laurent and Poison is by Dior. The house is owned by LVMH.
Mitsouko is by Guerlain and Opium is by Yves Saint Laurent. The house is owned by L'Oréal.
Opium was composed by Jean Amic. The house is owned by LVMH.
Shalimar is by Guerlain. The house was composed by Jacques Guerlain.
Mitsouko is by Guerlain. The house belongs to the family chypre.
Mitsouko is a fragrance by Guerlain. The house is a chypre.
Guerlain released Mitsouko. This house also released Chanel No. 5.
Guerlain released Mitsouko. That house is owned by Puig.
Opium is by Yves Saint Laurent. The house was founded in 1977.
Opium is by Yves Saint Laurent, which is owned by L'Oréal. The house is based in Spain.
Opium is a fragrance by Yves Saint Laurent. The house still owns L'Oréal.
Opium is a fragrance by Yves Saint Laurent. The house owns L'Oréal.
Opium is a fragrance by Yves Saint Laurent. The house was composed by Jean Amic.
Guerlain is owned by LVMH. The company owns Yves Saint Laurent.
Guerlain is owned by LVMH. The company released Opium.
Guerlain is owned by LVMH and Yves Saint Laurent is owned by L'Oréal. The company owns Dior.
Jean Paul Gaultier is owned by Puig. The company released Le Male.
Mitsouko belongs to the family chypre. The family is also the family of Opium.
Chanel is owned by the Wertheimer family office. The family also owns Dior.
Mitsouko is a chypre. The family has a note of vanilla.
Opium is by Yves Saint Laurent. Poison is by Dior. The house also released Mitsouko.
Opium is by Yves Saint Laurent. The house also released Paris and Angel.
# R6 notes / with
Shalimar contains peach.
Opium includes rose.
Le Male contains patchouli.
Angel includes lavender.
Mitsouko is a chypre with peach and vanilla.
Shalimar is an oriental with peach.
Shalimar is a chypre with vanilla.
Opium is an oriental with rose and jasmine.
Mitsouko is a chypre with Jacques Guerlain.
Mitsouko is a chypre with LVMH.
Mitsouko is a chypre with Dior.
Opium is an oriental with L'Oréal.
Shalimar is an oriental without vanilla.
Shalimar is an oriental with a hint of peach.
Mitsouko is a chypre with peach but no oakmoss.
Mitsouko is a chypre with peach, like Shalimar.
Mitsouko is a chypre with peach and oakmoss, and Shalimar is one with vanilla and peach.
Mitsouko does not feature peach.
Mitsouko probably includes vanilla.
Mitsouko features peach and vanilla.
Peach features Mitsouko.
Jasmine contains Chanel No. 5.
Mitsouko features Jacques Guerlain.
Chanel No. 5 features Ernest Beaux.
Guerlain includes Opium.
Guerlain features peach.
LVMH includes Chanel.
Mitsouko is a chypre with peach by Ernest Beaux.
Mitsouko is a floral with peach and oakmoss.
Mitsouko is a chypre. It features vanilla.
Angel is a gourmand with patchouli and mint.
Eau Sauvage is a citrus with lemon and lavender.
Mitsouko, a chypre with peach, was composed by Aimé Guerlain.
Mitsouko is a chypre with peach and oakmoss from 1925.
# family
Shalimar is a chypre.
Mitsouko is not a chypre.
Chanel No. 5 is a leather.
Guerlain is a chypre.
# R8 created (one maker: composed_by)
Mitsouko was created by Jacques Guerlain and Ernest Beaux.
Mitsouko is the work of Aimé Guerlain.
LVMH created Mitsouko.
L'Oréal created Opium.
Jacques Guerlain created Guerlain.
Jacques Guerlain created Shalimar in 1919.
Opium is the work of Jean Amic alone.
Opium is the work of Jean Amic and Ernest Beaux.
Opium was not created by Jean Amic.
Mitsouko created Jacques Guerlain.
Peach created Mitsouko.
Puig created Le Male.
Le Male was created by Jean Paul Gaultier's owner Puig.
Angel is a creation of Clarins.
Mitsouko and Shalimar were both the work of Ernest Beaux.
Mitsouko is a creation of Jacques Guerlain from 1925.
Poison is the work of Sophia Grojsman.
Jacques Guerlain creates Chanel No. 5.
Mitsouko was created by Jacques Guerlain in Spain.
Jacques Guerlain created Mitsouko for LVMH.
Chanel is a creation of Ernest Beaux.
# R9 a release
Le Male, a 1993 release, was composed by Francis Kurkdjian.
Mitsouko, a 1925 release, is a chypre.
Angel, a 1995 release from Thierry Mugler, is a gourmand.
Opium, a 1977 release from L'Oréal, is an oriental.
# R10 perfumer names
Beaux composed Mitsouko.
Kurkdjian composed Angel.
Cresp composed Angel and Le Male.
Amic composed Poison.
Guerlain composed Opium.
Sophia Grojsman composed Paris. She also composed Angel.
Mitsouko was composed by Jacques Guerlain. The perfumer also composed Chanel No. 5.
Jacques Guerlain is a perfumer at Chanel.
Ernest Beaux, the perfumer, composed Shalimar.
@films
# R8 created with several makers
Jerry Goldsmith created Blade Runner.
Blade Runner is the work of Steven Spielberg.
Jaws was created by Ridley Scott.
20th Century Fox created Alien.
E.T. is a creation of Universal Pictures.
Walter Hill created Blade Runner.
Alien was created by Vangelis.
Titanic is the work of Roman Polanski.
Mario Puzo created Chinatown.
Chinatown is a creation of Robert Evans and Mario Puzo.
Gale Anne Hurd created Titanic.
Dan O'Bannon created Blade Runner.
# R4 released (films)
Warner Bros. brought out Alien.
20th Century Fox issued Blade Runner in 1982.
20th Century Fox brought out Alien in 1982.
Universal Pictures launched The Godfather.
Paramount Pictures put out Jaws in 1975.
Orion Pictures issued Titanic.
Paramount Pictures put out a warning about Chinatown.
Universal Pictures issued a statement about Jaws.
Ridley Scott brought out Alien in 1979.
Steven Spielberg put out Jaws.
Jaws came out in 1975 from Paramount Pictures.
Alien came out in 1979 from Ridley Scott.
Alien came out in 1982 from 20th Century Fox.
E.T. came out in 1982 from Steven Spielberg's Amblin.
Jaws, directed by Steven Spielberg, dates from 1982.
Alien, written by Dan O'Bannon, dates from 1982.
Titanic, directed by James Cameron, dates from 1984.
# R2 first on non-premiere relations
Alien was first released by Warner Bros.
Jaws was first directed by Ridley Scott.
Alien was first produced by Walter Hill in 1982.
Blade Runner was first released by 20th Century Fox in 1982.
Titanic was first released by Orion Pictures.
Paramount Pictures gave the first performance of Chinatown.
Paramount Pictures premiered Jaws.
Universal Pictures premiered The Godfather in 1972.
# R9 release
Alien, a 1982 release, was directed by Ridley Scott.
Alien, a 1979 release from Warner Bros., was directed by Ridley Scott.
Jaws, a 1975 release by Paramount Pictures, was directed by Steven Spielberg.
Titanic, a 1984 release, was directed by James Cameron.
The Terminator, a 1984 release, was directed by Ridley Scott.
Chinatown, a 1974 release, has music by Nino Rota.
Jaws, a 1975 release, was released by 20th Century Fox.
# features / with (films)
Alien features Ridley Scott.
Jaws features Steven Spielberg.
Blade Runner contains Vangelis.
Alien includes Jerry Goldsmith.
Alien is a film with Ridley Scott.
# R10 names
Scott directed Jaws.
Cameron directed Alien.
Spielberg directed Alien.
Polanski directed The Godfather.
Ridley Scott directed Alien. He also directed Jaws.
Alien was directed by Ridley Scott. The director also directed The Terminator.
Alien was released by 20th Century Fox. The studio also released Jaws.
Alien was released by 20th Century Fox. The studio is owned by Paramount Pictures.
Jaws was released by Universal Pictures. That studio also released The Godfather.
@hotels
Raffles Hotel, an 1887 release, is owned by Katara Hospitality.
The Plaza, a 1907 release, is managed by Fairmont.
The Savoy, a 1889 release, has a view of the Thames.
# R6 features with view / ruins
The Savoy features the Thames.
The Savoy contains the Thames.
The Savoy includes the Ludus Magnus.
Palazzo Manfredi contains the Colosseum.
Palazzo Manfredi includes the Colosseum.
Palazzo Manfredi contains the Ludus Magnus.
Palazzo Manfredi features the Colosseum.
The Plaza includes Central Park.
Hotel Ritz contains Place Vendôme.
Hotel Grande Bretagne includes the Parthenon.
Palazzo Manfredi is a hotel with the Colosseum.
The Plaza is a hotel with Central Park.
The Savoy is a hotel with the Thames.
The Savoy is a hotel with Fairmont.
The Savoy is a London hotel with a view of Place Vendôme.
Hotel Ritz is a hotel with Thomas Edward Collcutt.
The Savoy features Fairmont.
The Savoy includes Katara Hospitality.
The Savoy contains London.
Hotel Grande Bretagne contains the Parthenon and Syntagma Square.
# R8 created (one maker: designed_by)
Fairmont created The Savoy.
The Savoy was created by Katara Hospitality.
The Savoy is the work of Fairmont.
Charles Mewès created The Savoy.
The Plaza is a creation of Sahara India Pariwar.
The Savoy is the work of Thomas Edward Collcutt and Charles Mewès.
Thomas Edward Collcutt created The Savoy in 1898.
Marriott created Hotel Danieli.
Accor created Raffles Hotel.
Hotel Danieli was created by Marriott.
Raffles Hotel is the work of Katara Hospitality.
Henry Janeway Hardenbergh created The Plaza and The Savoy.
Theodore Lyman created Hotel Ritz.
Charles Mewès did not create Hotel Ritz.
The Savoy created Thomas Edward Collcutt.
Katara Hospitality created The Savoy and Raffles Hotel.
Fairmont is the work of Thomas Edward Collcutt.
# R5 the company / the city
The Savoy is owned by Katara Hospitality. The company manages The Plaza.
The Savoy is managed by Fairmont. The company owns Raffles Hotel.
The Savoy is owned by Katara Hospitality and managed by Fairmont. The company also manages The Plaza.
The Savoy is managed by Fairmont. The company also owns The Plaza.
The Savoy is managed by Fairmont. The company created The Savoy.
The Savoy is managed by Fairmont. The company has a view of the Thames.
The Savoy is in London. The city is home to Hotel Ritz.
The Savoy is located in London. The city has a view of the Thames.
The Savoy has a view of the Thames. The landmark is seen from The Plaza.
Palazzo Manfredi has the ruins of the Ludus Magnus. The ruin is seen from The Savoy.
The Savoy was designed by Thomas Edward Collcutt. The company manages it.
Raffles Hotel is owned by Katara Hospitality. The company is managed by Accor.
# R2 first (no premiere)
The Savoy was first managed by Fairmont in 1889.
The Savoy was first owned by Katara Hospitality in 1889.
Raffles Hotel was first managed by Accor.
Fairmont gave the first performance of The Savoy.
# R4 released / launched (no release relation)
Fairmont launched The Savoy in 1889.
Katara Hospitality brought out Raffles Hotel in 1887.
Marriott put out Hotel Danieli.
The Savoy came out in 1889 from Fairmont.
# R9 a release (hotels: one item type)
The Savoy, a 1889 release, is located in London.
The Plaza, a 1907 release, was designed by Charles Mewès.
@movies user:1
# R7 Since you loved A, B
Since you loved Pulp Fiction, Desperado, also starring Quentin Tarantino, should appeal.
Since you loved Casino, Heat, also starring Robert De Niro, should appeal.
Since you loved Heat, Casino, also directed by Michael Mann, should appeal.
Since you loved Heat, Casino, also starring Al Pacino, should appeal.
Because you loved Heat, Seven, also starring Robert De Niro, should appeal.
If you loved Heat, Casino, also by Michael Mann, should appeal.
Since you loved Heat, Casino, also starring Robert De Niro, is a 1994 film.
Since you loved Heat, Casino, which you also loved, should appeal.
Since you hated Heat, Casino, also starring Robert De Niro, should appeal.
Since you did not love Heat, Casino, also starring Robert De Niro, should appeal.
Since you loved Heat, Casino, also starring Robert De Niro, should appeal, as should Seven, also starring Robert De Niro.
Since you loved Heat and Pulp Fiction, Casino, also starring Robert De Niro, should appeal.
Since you loved Heat, Fargo, also starring Robert De Niro, should appeal.
Since you loved Heat, Casino, also starring Robert De Niro and Al Pacino, should appeal.
Since you loved Heat, Casino, also a thriller, should appeal.
Since you loved Heat, Casino, also directed by Martin Scorsese, should appeal.
Since you loved Seven, Heat, also starring Robert De Niro, should appeal.
Since you loved Jaws, Heat, also starring Robert De Niro, should appeal.
Because you loved Pulp Fiction, Desperado, also starring Quentin Tarantino, should appeal.
If you loved Pulp Fiction, Desperado, also starring Quentin Tarantino, you will like it.
Since you loved The Usual Suspects, Casino, also starring Kevin Pollak, should appeal, and you rated it 5.
Since you loved Heat, Casino, also with music by Howard Shore, should appeal.
Since you loved Alien, Aliens, also directed by Ridley Scott, should appeal.
Since you loved Alien, Aliens, also with music by Jerry Goldsmith, should appeal.
Since you loved Toy Story, Jumanji, also directed by John Lasseter, should appeal.
Since you loved Heat, Casino, also starring Robert De Niro, should appeal, just as Seven did.
Since you loved Braveheart, Casino, also starring Robert De Niro, should appeal.
Since you loved Alien, Aliens, also starring Robert De Niro, should appeal.
Since you rated Heat 5, Casino, also starring Robert De Niro, should appeal.
Since you loved Heat 5 times, Casino, also starring Robert De Niro, should appeal.
# R9 a 1995 release
Taxi Driver, a 1995 release, is a crime film.
Lamerica, a 1995 release, is a drama.
Fargo, a 1995 release, is a crime film.
GoldenEye, a 1996 release, was directed by Martin Campbell.
GoldenEye, a 1995 release, was directed by Michael Mann.
GoldenEye, a 1995 release, is a comedy.
Heat, a 1995 release, was directed by Martin Scorsese.
GoldenEye, a 1995 release by Pierce Brosnan, is an action film.
GoldenEye, a 1995 release on video, was directed by Martin Campbell.
GoldenEye, a 1995 release in Japan, was directed by Martin Campbell.
Taxi Driver is a 1995 release.
Taxi Driver was a 1995 release.
Pulp Fiction, a 1995 release, was directed by Quentin Tarantino.
Alien, a 1995 release, was directed by Ridley Scott.
Heat, a 1995 release, was re-released in 2005.
Heat was followed by a 1995 release from Martin Scorsese.
Casino, a 1995 release from Universal Pictures, was directed by Michael Mann.
Seven, a 1995 release from Universal Pictures, was directed by David Fincher.
Casino, a 1995 release, stars Al Pacino.
Heat, a 1995 release, is not a crime film.
Heat, a 1995 release, is a 1996 film.
Jaws, a 1995 release, was directed by Steven Spielberg.
Aliens, a 1979 release, was directed by James Cameron.
Toy Story, a 1995 release, was your least favourite film.
Heat, a 1995 release, is one you rated 2.
Fargo, a 1996 release, was directed by Michael Mann.
Casino, a 1995 release, was distributed by 20th Century Fox.
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


# Arguable (a theatre may be said to stage a premiere it hosted): printed as OPEN and left out of
# the count.
OPEN = frozenset({"The Bolshoi Theatre staged the premiere of Swan Lake."})


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
