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


def _people(*names):
    return {"p:" + n.replace(" ", "_"): ("person", n) for n in names}


def P(n):
    return "p:" + n.replace(" ", "_")


def musicals():
    items = {
        "m:evita": ("musical", "Evita", 1978),
        "m:jcs": ("musical", "Jesus Christ Superstar", 1971),
        "m:phantom": ("musical", "The Phantom of the Opera", 1986),
        "m:cats": ("musical", "Cats", 1981),
        "m:chess": ("musical", "Chess", 1986),
        "m:sweeney": ("musical", "Sweeney Todd", 1979),
        "m:cabaret": ("musical", "Cabaret", 1966),
        "m:chicago": ("musical", "Chicago", 1975),
        "m:wss": ("musical", "West Side Story", 1957),
        "m:lesmis": ("musical", "Les Misérables", 1985),
        "m:hamilton": ("musical", "Hamilton", 2015),
        "m:lionking": ("musical", "The Lion King", 1997),
    }
    others = _people(
        "Andrew Lloyd Webber",
        "Tim Rice",
        "Charles Hart",
        "Richard Stilgoe",
        "T. S. Eliot",
        "Benny Andersson",
        "Björn Ulvaeus",
        "Stephen Sondheim",
        "Hugh Wheeler",
        "John Kander",
        "Fred Ebb",
        "Joe Masteroff",
        "Bob Fosse",
        "Leonard Bernstein",
        "Arthur Laurents",
        "Jerome Robbins",
        "Harold Prince",
        "Trevor Nunn",
        "John Caird",
        "Michael Bennett",
        "Claude-Michel Schönberg",
        "Alain Boublil",
        "Herbert Kretzmer",
        "Lin-Manuel Miranda",
        "Thomas Kail",
        "Elton John",
        "Julie Taymor",
        "Cameron Mackintosh",
        "Gillian Lynne",
        "Larry Fuller",
        "Robert Stigwood",
        "Roger Allers",
        "Tom O'Horgan",
    )
    others.update(
        {
            "pl:london": ("city", "London"),
            "pl:ny": ("city", "New York"),
            "pl:ba": ("city", "Buenos Aires"),
            "pl:paris": ("city", "Paris"),
            "pl:berlin": ("city", "Berlin"),
            "v:pe": ("theatre", "Prince Edward Theatre"),
            "v:hm": ("theatre", "Her Majesty's Theatre"),
            "v:nl": ("theatre", "New London Theatre"),
            "v:wg": ("theatre", "Winter Garden Theatre"),
            "v:barbican": ("theatre", "Barbican Theatre"),
            "v:rr": ("theatre", "Richard Rodgers Theatre"),
            "c:rug": ("company", "Really Useful Group"),
        }
    )
    rels = [
        R(
            "music_by",
            phrase="has music by",
            inverse_phrase="wrote the music for",
            domain=("musical",),
            range=("person",),
        ),
        R(
            "lyrics_by",
            phrase="has lyrics by",
            inverse_phrase="wrote the lyrics for",
            domain=("musical",),
            range=("person",),
        ),
        R(
            "book_by",
            phrase="has a book by",
            inverse_phrase="wrote the book for",
            domain=("musical",),
            range=("person",),
        ),
        R(
            "directed_by",
            phrase="was originally directed by",
            inverse_phrase="originally directed",
            domain=("musical",),
            range=("person",),
        ),
        R(
            "choreo_by",
            phrase="has choreography by",
            inverse_phrase="choreographed",
            domain=("musical",),
            range=("person",),
        ),
        R(
            "produced_by",
            phrase="was produced by",
            inverse_phrase="produced",
            domain=("musical",),
            range=("person", "company"),
        ),
        R(
            "premiered_at",
            phrase="premiered at",
            inverse_phrase="hosted the premiere of",
            domain=("musical",),
            range=("theatre",),
        ),
        R(
            "set_in",
            phrase="is set in",
            inverse_phrase="is the setting of",
            domain=("musical",),
            range=("city",),
        ),
    ]
    t = []

    def add(m, rel, *xs):
        for x in xs:
            t.append((m, rel, x if ":" in x else P(x)))

    add("m:evita", "music_by", "Andrew Lloyd Webber")
    add("m:evita", "lyrics_by", "Tim Rice")
    add("m:evita", "directed_by", "Harold Prince")
    add("m:evita", "choreo_by", "Larry Fuller")
    add("m:evita", "produced_by", "Robert Stigwood")
    add("m:evita", "premiered_at", "v:pe")
    add("m:evita", "set_in", "pl:ba")
    add("m:jcs", "music_by", "Andrew Lloyd Webber")
    add("m:jcs", "lyrics_by", "Tim Rice")
    add("m:jcs", "directed_by", "Tom O'Horgan")
    add("m:jcs", "produced_by", "Robert Stigwood")
    add("m:phantom", "music_by", "Andrew Lloyd Webber")
    add("m:phantom", "lyrics_by", "Charles Hart", "Richard Stilgoe")
    add("m:phantom", "book_by", "Richard Stilgoe", "Andrew Lloyd Webber")
    add("m:phantom", "directed_by", "Harold Prince")
    add("m:phantom", "choreo_by", "Gillian Lynne")
    add("m:phantom", "produced_by", "Cameron Mackintosh", "c:rug")
    add("m:phantom", "premiered_at", "v:hm")
    add("m:phantom", "set_in", "pl:paris")
    add("m:cats", "music_by", "Andrew Lloyd Webber")
    add("m:cats", "lyrics_by", "T. S. Eliot")
    add("m:cats", "directed_by", "Trevor Nunn")
    add("m:cats", "choreo_by", "Gillian Lynne")
    add("m:cats", "produced_by", "Cameron Mackintosh", "c:rug")
    add("m:cats", "premiered_at", "v:nl")
    add("m:chess", "music_by", "Benny Andersson", "Björn Ulvaeus")
    add("m:chess", "lyrics_by", "Tim Rice", "Björn Ulvaeus")
    add("m:chess", "directed_by", "Trevor Nunn")
    add("m:chess", "premiered_at", "v:pe")
    add("m:sweeney", "music_by", "Stephen Sondheim")
    add("m:sweeney", "lyrics_by", "Stephen Sondheim")
    add("m:sweeney", "book_by", "Hugh Wheeler")
    add("m:sweeney", "directed_by", "Harold Prince")
    add("m:sweeney", "set_in", "pl:london")
    add("m:sweeney", "choreo_by", "Larry Fuller")
    add("m:cabaret", "music_by", "John Kander")
    add("m:cabaret", "lyrics_by", "Fred Ebb")
    add("m:cabaret", "book_by", "Joe Masteroff")
    add("m:cabaret", "directed_by", "Harold Prince")
    add("m:cabaret", "set_in", "pl:berlin")
    add("m:chicago", "music_by", "John Kander")
    add("m:chicago", "lyrics_by", "Fred Ebb")
    add("m:chicago", "book_by", "Fred Ebb", "Bob Fosse")
    add("m:chicago", "directed_by", "Bob Fosse")
    add("m:chicago", "choreo_by", "Bob Fosse")
    add("m:wss", "music_by", "Leonard Bernstein")
    add("m:wss", "lyrics_by", "Stephen Sondheim")
    add("m:wss", "book_by", "Arthur Laurents")
    add("m:wss", "directed_by", "Jerome Robbins")
    add("m:wss", "choreo_by", "Jerome Robbins")
    add("m:wss", "set_in", "pl:ny")
    add("m:wss", "premiered_at", "v:wg")
    add("m:wss", "produced_by", "Harold Prince")
    add("m:lesmis", "music_by", "Claude-Michel Schönberg")
    add("m:lesmis", "lyrics_by", "Herbert Kretzmer", "Alain Boublil")
    add("m:lesmis", "book_by", "Alain Boublil", "Claude-Michel Schönberg")
    add("m:lesmis", "directed_by", "Trevor Nunn", "John Caird")
    add("m:lesmis", "produced_by", "Cameron Mackintosh")
    add("m:lesmis", "premiered_at", "v:barbican")
    add("m:lesmis", "set_in", "pl:paris")
    add("m:hamilton", "music_by", "Lin-Manuel Miranda")
    add("m:hamilton", "lyrics_by", "Lin-Manuel Miranda")
    add("m:hamilton", "book_by", "Lin-Manuel Miranda")
    add("m:hamilton", "directed_by", "Thomas Kail")
    add("m:hamilton", "premiered_at", "v:rr")
    add("m:hamilton", "set_in", "pl:ny")
    add("m:lionking", "music_by", "Elton John")
    add("m:lionking", "lyrics_by", "Tim Rice")
    add("m:lionking", "directed_by", "Julie Taymor")
    add("m:lionking", "book_by", "Roger Allers")
    return _build(items, others, rels, t)


def comics():
    items = {
        "c:watchmen": ("comic", "Watchmen", 1986),
        "c:dkr": ("comic", "The Dark Knight Returns", 1986),
        "c:maus": ("graphic_novel", "Maus", 1980),
        "c:bone": ("comic", "Bone", 1991),
        "c:sandman": ("comic", "The Sandman", 1989),
        "c:vfv": ("comic", "V for Vendetta", 1982),
        "c:saga": ("comic", "Saga", 2012),
        "c:hellboy": ("comic", "Hellboy", 1994),
        "c:sincity": ("comic", "Sin City", 1991),
        "c:persepolis": ("graphic_novel", "Persepolis", 2000),
        "c:fromhell": ("comic", "From Hell", 1989),
        "c:ytlm": ("comic", "Y: The Last Man", 2002),
        "n:smallgods": ("novel", "Small Gods", 1992),
        "n:neverwhere": ("novel", "Neverwhere", 1996),
        "n:mort": ("novel", "Mort", 1987),
    }
    others = _people(
        "Alan Moore",
        "Dave Gibbons",
        "John Higgins",
        "Frank Miller",
        "Klaus Janson",
        "Lynn Varley",
        "Art Spiegelman",
        "Jeff Smith",
        "Neil Gaiman",
        "Sam Kieth",
        "Dave McKean",
        "David Lloyd",
        "Brian K. Vaughan",
        "Fiona Staples",
        "Mike Mignola",
        "Marjane Satrapi",
        "Eddie Campbell",
        "Pia Guerra",
        "Terry Pratchett",
    )
    others.update(
        {
            "pub:dc": ("publisher", "DC Comics"),
            "pub:pantheon": ("publisher", "Pantheon Books"),
            "pub:image": ("publisher", "Image Comics"),
            "pub:dh": ("publisher", "Dark Horse Comics"),
            "pub:cartoon": ("publisher", "Cartoon Books"),
            "pub:vertigo": ("publisher", "Vertigo"),
            "pub:gollancz": ("publisher", "Gollancz"),
            "pub:bbc": ("publisher", "BBC Books"),
            "pub:top": ("publisher", "Top Shelf Productions"),
            "g:super": ("genre", "superhero"),
            "g:fantasy": ("genre", "fantasy"),
            "g:memoir": ("genre", "memoir"),
            "g:horror": ("genre", "horror"),
            "g:scifi": ("genre", "science fiction"),
            "g:crime": ("genre", "crime"),
            "g:dystopia": ("genre", "dystopian"),
            "ch:batman": ("character", "Batman"),
            "ch:rorschach": ("character", "Rorschach"),
            "ch:manhattan": ("character", "Doctor Manhattan"),
            "ch:dream": ("character", "Dream"),
            "ch:alana": ("character", "Alana"),
            "ch:marv": ("character", "Marv"),
            "ch:yorick": ("character", "Yorick Brown"),
            "ch:evey": ("character", "Evey Hammond"),
            "ch:fone": ("character", "Fone Bone"),
            "t:classic": ("tag", "classic"),
            "t:bw": ("tag", "black-and-white"),
        }
    )
    rels = [
        R(
            "written_by",
            phrase="was written by",
            inverse_phrase="wrote",
            domain=("comic", "graphic_novel", "novel"),
            range=("person",),
        ),
        R(
            "drawn_by",
            phrase="was drawn by",
            inverse_phrase="drew",
            domain=("comic", "graphic_novel"),
            range=("person",),
        ),
        R(
            "colored_by",
            phrase="was colored by",
            inverse_phrase="colored",
            domain=("comic", "graphic_novel"),
            range=("person",),
        ),
        R(
            "published_by",
            phrase="was published by",
            inverse_phrase="published",
            domain=("comic", "graphic_novel", "novel"),
            range=("publisher",),
        ),
        R(
            "has_genre",
            phrase="belongs to the genre",
            inverse_phrase="is the genre of",
            domain=("comic", "graphic_novel", "novel"),
            range=("genre",),
        ),
        R(
            "features",
            phrase="features",
            inverse_phrase="appears in",
            domain=("comic", "graphic_novel"),
            range=("character",),
        ),
        R(
            "has_tag",
            phrase="is tagged",
            inverse_phrase="is a tag of",
            domain=("comic", "graphic_novel"),
            range=("tag",),
        ),
    ]
    t = [
        ("c:dkr", "features", "ch:batman"),
        ("c:watchmen", "features", "ch:rorschach"),
        ("c:watchmen", "features", "ch:manhattan"),
        ("c:sandman", "features", "ch:dream"),
        ("c:saga", "features", "ch:alana"),
        ("c:sincity", "features", "ch:marv"),
        ("c:ytlm", "features", "ch:yorick"),
        ("c:vfv", "features", "ch:evey"),
        ("c:bone", "features", "ch:fone"),
        ("c:watchmen", "has_tag", "t:classic"),
        ("c:maus", "has_tag", "t:classic"),
        ("c:sincity", "has_tag", "t:bw"),
    ]

    def add(m, rel, *xs):
        for x in xs:
            t.append((m, rel, x if ":" in x else P(x)))

    add("c:watchmen", "written_by", "Alan Moore")
    add("c:watchmen", "drawn_by", "Dave Gibbons")
    add("c:watchmen", "colored_by", "John Higgins")
    add("c:watchmen", "published_by", "pub:dc")
    add("c:watchmen", "has_genre", "g:super")
    add("c:dkr", "written_by", "Frank Miller")
    add("c:dkr", "drawn_by", "Frank Miller", "Klaus Janson")
    add("c:dkr", "colored_by", "Lynn Varley")
    add("c:dkr", "published_by", "pub:dc")
    add("c:dkr", "has_genre", "g:super")
    add("c:maus", "written_by", "Art Spiegelman")
    add("c:maus", "drawn_by", "Art Spiegelman")
    add("c:maus", "published_by", "pub:pantheon")
    add("c:maus", "has_genre", "g:memoir")
    add("c:bone", "written_by", "Jeff Smith")
    add("c:bone", "drawn_by", "Jeff Smith")
    add("c:bone", "published_by", "pub:cartoon")
    add("c:bone", "has_genre", "g:fantasy")
    add("c:sandman", "written_by", "Neil Gaiman")
    add("c:sandman", "drawn_by", "Sam Kieth")
    add("c:sandman", "published_by", "pub:dc", "pub:vertigo")
    add("c:sandman", "has_genre", "g:fantasy", "g:horror")
    add("c:vfv", "written_by", "Alan Moore")
    add("c:vfv", "drawn_by", "David Lloyd")
    add("c:vfv", "published_by", "pub:dc")
    add("c:vfv", "has_genre", "g:dystopia")
    add("c:saga", "written_by", "Brian K. Vaughan")
    add("c:saga", "drawn_by", "Fiona Staples")
    add("c:saga", "published_by", "pub:image")
    add("c:saga", "has_genre", "g:scifi", "g:fantasy")
    add("c:hellboy", "written_by", "Mike Mignola")
    add("c:hellboy", "drawn_by", "Mike Mignola")
    add("c:hellboy", "published_by", "pub:dh")
    add("c:hellboy", "has_genre", "g:horror")
    add("c:sincity", "written_by", "Frank Miller")
    add("c:sincity", "drawn_by", "Frank Miller")
    add("c:sincity", "published_by", "pub:dh")
    add("c:sincity", "has_genre", "g:crime")
    add("c:persepolis", "written_by", "Marjane Satrapi")
    add("c:persepolis", "drawn_by", "Marjane Satrapi")
    add("c:persepolis", "published_by", "pub:pantheon")
    add("c:persepolis", "has_genre", "g:memoir")
    add("c:fromhell", "written_by", "Alan Moore")
    add("c:fromhell", "drawn_by", "Eddie Campbell")
    add("c:fromhell", "published_by", "pub:top")
    add("c:fromhell", "has_genre", "g:horror", "g:crime")
    add("c:ytlm", "written_by", "Brian K. Vaughan")
    add("c:ytlm", "drawn_by", "Pia Guerra")
    add("c:ytlm", "published_by", "pub:vertigo")
    add("c:ytlm", "has_genre", "g:scifi")
    add("n:smallgods", "written_by", "Terry Pratchett")
    add("n:smallgods", "published_by", "pub:gollancz")
    add("n:smallgods", "has_genre", "g:fantasy")
    add("n:mort", "written_by", "Terry Pratchett")
    add("n:mort", "published_by", "pub:gollancz")
    add("n:mort", "has_genre", "g:fantasy")
    add("n:neverwhere", "written_by", "Neil Gaiman")
    add("n:neverwhere", "published_by", "pub:bbc")
    add("n:neverwhere", "has_genre", "g:fantasy")
    return _build(items, others, rels, t)


def stage():
    """Operas, ballets and films with part relations."""
    items = {
        "o:carmen": ("opera", "Carmen", 1875),
        "o:traviata": ("opera", "La traviata", 1853),
        "o:flute": ("opera", "The Magic Flute", 1791),
        "o:giovanni": ("opera", "Don Giovanni", 1787),
        "o:einstein": ("opera", "Einstein on the Beach", 1976),
        "b:swan": ("ballet", "Swan Lake", 1877),
        "b:rite": ("ballet", "The Rite of Spring", 1913),
        "b:appalachian": ("ballet", "Appalachian Spring", 1944),
        "f:chinatown": ("film", "Chinatown", 1974),
        "f:koyaan": ("film", "Koyaanisqatsi", 1982),
        "f:wssfilm": ("film", "West Side Story", 1961),
        "f:bladerunner": ("film", "Blade Runner", 1982),
    }
    others = _people(
        "Georges Bizet",
        "Henri Meilhac",
        "Ludovic Halévy",
        "Giuseppe Verdi",
        "Francesco Maria Piave",
        "Wolfgang Amadeus Mozart",
        "Emanuel Schikaneder",
        "Lorenzo Da Ponte",
        "Philip Glass",
        "Robert Wilson",
        "Lucinda Childs",
        "Pyotr Tchaikovsky",
        "Julius Reisinger",
        "Igor Stravinsky",
        "Vaslav Nijinsky",
        "Aaron Copland",
        "Martha Graham",
        "Isamu Noguchi",
        "Roman Polanski",
        "Robert Towne",
        "Jerry Goldsmith",
        "Richard Sylbert",
        "Godfrey Reggio",
        "Ron Fricke",
        "Robert Wise",
        "Jerome Robbins",
        "Ernest Lehman",
        "Leonard Bernstein",
        "Ridley Scott",
        "Hampton Fancher",
        "Vangelis",
        "Lawrence G. Paull",
        "Boris Leven",
        "Pierre Monteux",
        "Nicholas Roerich",
        "Jack Nicholson",
        "Harrison Ford",
    )
    rels = [
        R(
            "libretto_by",
            phrase="has a libretto by",
            inverse_phrase="wrote the libretto for",
            domain=("opera",),
            range=("person",),
        ),
        R(
            "score_by",
            phrase="has a score by",
            inverse_phrase="wrote the score for",
            domain=("opera", "ballet", "film"),
            range=("person",),
        ),
        R(
            "screenplay_by",
            phrase="has a screenplay by",
            inverse_phrase="wrote the screenplay for",
            domain=("film",),
            range=("person",),
        ),
        R(
            "choreo_by",
            phrase="has choreography by",
            inverse_phrase="choreographed",
            domain=("ballet", "opera", "film"),
            range=("person",),
        ),
        R(
            "directed_by",
            phrase="is directed by",
            inverse_phrase="directed",
            domain=("film", "opera"),
            range=("person",),
        ),
        R(
            "art_directed_by",
            phrase="is art directed by",
            inverse_phrase="was the art director of",
            domain=("film",),
            range=("person",),
        ),
        R(
            "sets_by",
            phrase="has sets by",
            inverse_phrase="designed the sets for",
            domain=("ballet", "opera"),
            range=("person",),
        ),
        R(
            "conducted_by",
            phrase="was first conducted by",
            inverse_phrase="first conducted",
            domain=("ballet", "opera"),
            range=("person",),
        ),
        R("starring", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("person",)),
    ]
    t = []

    def add(m, rel, *xs):
        for x in xs:
            t.append((m, rel, P(x)))

    add("o:carmen", "score_by", "Georges Bizet")
    add("o:carmen", "libretto_by", "Henri Meilhac", "Ludovic Halévy")
    add("o:traviata", "score_by", "Giuseppe Verdi")
    add("o:traviata", "libretto_by", "Francesco Maria Piave")
    add("o:flute", "score_by", "Wolfgang Amadeus Mozart")
    add("o:flute", "libretto_by", "Emanuel Schikaneder")
    add("o:giovanni", "score_by", "Wolfgang Amadeus Mozart")
    add("o:giovanni", "libretto_by", "Lorenzo Da Ponte")
    add("o:einstein", "score_by", "Philip Glass")
    add("o:einstein", "directed_by", "Robert Wilson")
    add("o:einstein", "choreo_by", "Lucinda Childs")
    add("o:einstein", "sets_by", "Robert Wilson")
    add("b:swan", "score_by", "Pyotr Tchaikovsky")
    add("b:swan", "choreo_by", "Julius Reisinger")
    add("b:rite", "score_by", "Igor Stravinsky")
    add("b:rite", "choreo_by", "Vaslav Nijinsky")
    add("b:rite", "sets_by", "Nicholas Roerich")
    add("b:rite", "conducted_by", "Pierre Monteux")
    add("b:appalachian", "score_by", "Aaron Copland")
    add("b:appalachian", "choreo_by", "Martha Graham")
    add("b:appalachian", "sets_by", "Isamu Noguchi")
    add("f:chinatown", "directed_by", "Roman Polanski")
    add("f:chinatown", "screenplay_by", "Robert Towne")
    add("f:chinatown", "score_by", "Jerry Goldsmith")
    add("f:chinatown", "art_directed_by", "Richard Sylbert")
    add("f:chinatown", "starring", "Jack Nicholson")
    add("f:chinatown", "starring", "Roman Polanski")
    add("f:koyaan", "directed_by", "Godfrey Reggio")
    add("f:koyaan", "score_by", "Philip Glass")
    add("f:wssfilm", "directed_by", "Robert Wise", "Jerome Robbins")
    add("f:wssfilm", "screenplay_by", "Ernest Lehman")
    add("f:wssfilm", "score_by", "Leonard Bernstein")
    add("f:wssfilm", "choreo_by", "Jerome Robbins")
    add("f:wssfilm", "art_directed_by", "Boris Leven")
    add("f:bladerunner", "directed_by", "Ridley Scott")
    add("f:bladerunner", "screenplay_by", "Hampton Fancher")
    add("f:bladerunner", "score_by", "Vangelis")
    add("f:bladerunner", "art_directed_by", "Lawrence G. Paull")
    add("f:bladerunner", "starring", "Harrison Ford")
    return _build(items, others, rels, t)


def anime():
    items = {
        "a:akira": ("anime", "Akira", 1988),
        "a:gits": ("anime", "Ghost in the Shell", 1995),
        "a:monster": ("anime", "Monster", 2004),
        "a:pblue": ("anime", "Perfect Blue", 1997),
        "a:paprika": ("anime", "Paprika", 2006),
        "a:dnote": ("anime", "Death Note", 2006),
        "a:aot": ("anime", "Attack on Titan", 2013),
        "a:bebop": ("anime", "Cowboy Bebop", 1998),
        "a:eva": ("anime", "Neon Genesis Evangelion", 1995),
        "a:spirited": ("anime", "Spirited Away", 2001),
        "a:nausicaa": ("anime", "Nausicaä of the Valley of the Wind", 1984),
        "a:champloo": ("anime", "Samurai Champloo", 2004),
    }
    others = _people(
        "Katsuhiro Otomo",
        "Mamoru Oshii",
        "Masayuki Kojima",
        "Satoshi Kon",
        "Tetsurō Araki",
        "Shinichirō Watanabe",
        "Hideaki Anno",
        "Hayao Miyazaki",
        "Shoji Yamashiro",
        "Kenji Kawai",
        "Kuniaki Haishima",
        "Masahiro Ikumi",
        "Susumu Hirasawa",
        "Hiroyuki Sawano",
        "Yoko Kanno",
        "Shirō Sagisu",
        "Joe Hisaishi",
        "Nujabes",
    )
    others.update(
        {
            "s:tms": ("studio", "TMS Entertainment"),
            "s:ig": ("studio", "Production I.G"),
            "s:madhouse": ("studio", "Madhouse"),
            "s:wit": ("studio", "Wit Studio"),
            "s:sunrise": ("studio", "Sunrise"),
            "s:gainax": ("studio", "Gainax"),
            "s:tatsunoko": ("studio", "Tatsunoko Production"),
            "s:ghibli": ("studio", "Studio Ghibli"),
            "s:topcraft": ("studio", "Topcraft"),
            "s:manglobe": ("studio", "Manglobe"),
            "mg:akira": ("manga", "Akira (manga)"),
            "mg:gits": ("manga", "Kōkaku Kidōtai"),
            "mg:monster": ("manga", "Monster (manga)"),
            "mg:dnote": ("manga", "Desu Nōto"),
            "mg:aot": ("manga", "Shingeki no Kyojin"),
            "mg:nausicaa": ("manga", "Kaze no Tani no Naushika"),
            "pub:kodansha": ("publisher", "Kodansha"),
            "pub:shogakukan": ("publisher", "Shogakukan"),
            "pub:shueisha": ("publisher", "Shueisha"),
            "pub:tokuma": ("publisher", "Tokuma Shoten"),
            "g:cyber": ("genre", "cyberpunk"),
            "g:scifi": ("genre", "science fiction"),
            "g:thriller": ("genre", "thriller"),
            "g:mystery": ("genre", "mystery"),
            "g:psy": ("genre", "psychological thriller"),
            "g:horror": ("genre", "horror"),
            "g:fantasy": ("genre", "fantasy"),
            "g:super": ("genre", "supernatural"),
            "g:dark": ("genre", "dark fantasy"),
            "g:action": ("genre", "action"),
            "g:western": ("genre", "space western"),
            "g:mecha": ("genre", "mecha"),
            "g:drama": ("genre", "psychological drama"),
            "g:hist": ("genre", "historical"),
            "t:classic": ("tag", "classic"),
            "t:hand": ("tag", "hand-drawn"),
            "pl:neotokyo": ("place", "Neo-Tokyo"),
            "pl:newport": ("place", "New Port City"),
            "pl:germany": ("country", "Germany"),
            "pl:tokyo": ("city", "Tokyo"),
            "pl:tokyo3": ("place", "Tokyo-3"),
            "ch:kaneda": ("character", "Kaneda"),
            "ch:tetsuo": ("character", "Tetsuo"),
            "ch:motoko": ("character", "Motoko Kusanagi"),
            "ch:batou": ("character", "Batou"),
            "ch:tenma": ("character", "Kenzo Tenma"),
            "ch:johan": ("character", "Johan Liebert"),
            "ch:light": ("character", "Light Yagami"),
            "ch:eren": ("character", "Eren Yeager"),
            "ch:spike": ("character", "Spike Spiegel"),
            "ch:shinji": ("character", "Shinji Ikari"),
            "ch:chihiro": ("character", "Chihiro"),
        }
    )
    rels = [
        R(
            "animated_by",
            phrase="was animated by",
            inverse_phrase="animated",
            domain=("anime",),
            range=("studio",),
        ),
        R(
            "directed_by",
            phrase="was directed by",
            inverse_phrase="directed",
            domain=("anime",),
            range=("person",),
        ),
        R(
            "based_on",
            phrase="is based on the manga",
            inverse_phrase="was adapted into",
            domain=("anime",),
            range=("manga",),
        ),
        R(
            "published_by",
            phrase="was published by",
            inverse_phrase="published",
            domain=("manga",),
            range=("publisher",),
        ),
        R(
            "has_genre",
            phrase="belongs to the genre",
            inverse_phrase="is the genre of",
            domain=("anime",),
            range=("genre",),
        ),
        R("has_tag", phrase="is tagged", inverse_phrase="is a tag of", domain=("anime",), range=("tag",)),
        R(
            "set_in",
            phrase="is set in",
            inverse_phrase="is the setting of",
            domain=("anime",),
            range=("place", "city", "country"),
        ),
        R(
            "features",
            phrase="features",
            inverse_phrase="appears in",
            domain=("anime",),
            range=("character",),
        ),
        R(
            "music_by",
            phrase="has music by",
            inverse_phrase="composed the music for",
            domain=("anime",),
            range=("person",),
        ),
    ]
    t = []

    def add(m, rel, *xs):
        for x in xs:
            t.append((m, rel, x if ":" in x else P(x)))

    add("a:akira", "animated_by", "s:tms")
    add("a:akira", "directed_by", "Katsuhiro Otomo")
    add("a:akira", "based_on", "mg:akira")
    add("a:akira", "has_genre", "g:cyber", "g:scifi")
    add("a:akira", "set_in", "pl:neotokyo")
    add("a:akira", "features", "ch:kaneda", "ch:tetsuo")
    add("a:akira", "music_by", "Shoji Yamashiro")
    add("a:akira", "has_tag", "t:classic", "t:hand")
    add("a:gits", "animated_by", "s:ig")
    add("a:gits", "directed_by", "Mamoru Oshii")
    add("a:gits", "based_on", "mg:gits")
    add("a:gits", "has_genre", "g:cyber", "g:scifi")
    add("a:gits", "set_in", "pl:newport")
    add("a:gits", "features", "ch:motoko", "ch:batou")
    add("a:gits", "music_by", "Kenji Kawai")
    add("a:gits", "has_tag", "t:classic")
    add("a:monster", "animated_by", "s:madhouse")
    add("a:monster", "directed_by", "Masayuki Kojima")
    add("a:monster", "based_on", "mg:monster")
    add("a:monster", "has_genre", "g:thriller", "g:mystery")
    add("a:monster", "set_in", "pl:germany")
    add("a:monster", "features", "ch:tenma", "ch:johan")
    add("a:monster", "music_by", "Kuniaki Haishima")
    add("a:pblue", "animated_by", "s:madhouse")
    add("a:pblue", "directed_by", "Satoshi Kon")
    add("a:pblue", "has_genre", "g:psy", "g:horror")
    add("a:pblue", "set_in", "pl:tokyo")
    add("a:pblue", "music_by", "Masahiro Ikumi")
    add("a:paprika", "animated_by", "s:madhouse")
    add("a:paprika", "directed_by", "Satoshi Kon")
    add("a:paprika", "has_genre", "g:scifi", "g:fantasy")
    add("a:paprika", "set_in", "pl:tokyo")
    add("a:paprika", "music_by", "Susumu Hirasawa")
    add("a:dnote", "animated_by", "s:madhouse")
    add("a:dnote", "directed_by", "Tetsurō Araki")
    add("a:dnote", "based_on", "mg:dnote")
    add("a:dnote", "has_genre", "g:thriller", "g:super")
    add("a:dnote", "set_in", "pl:tokyo")
    add("a:dnote", "features", "ch:light")
    add("a:aot", "animated_by", "s:wit")
    add("a:aot", "directed_by", "Tetsurō Araki")
    add("a:aot", "based_on", "mg:aot")
    add("a:aot", "has_genre", "g:dark", "g:action")
    add("a:aot", "features", "ch:eren")
    add("a:aot", "music_by", "Hiroyuki Sawano")
    add("a:bebop", "animated_by", "s:sunrise")
    add("a:bebop", "directed_by", "Shinichirō Watanabe")
    add("a:bebop", "has_genre", "g:scifi", "g:western")
    add("a:bebop", "features", "ch:spike")
    add("a:bebop", "music_by", "Yoko Kanno")
    add("a:eva", "animated_by", "s:gainax", "s:tatsunoko")
    add("a:eva", "directed_by", "Hideaki Anno")
    add("a:eva", "has_genre", "g:mecha", "g:drama")
    add("a:eva", "set_in", "pl:tokyo3")
    add("a:eva", "features", "ch:shinji")
    add("a:eva", "music_by", "Shirō Sagisu")
    add("a:spirited", "animated_by", "s:ghibli")
    add("a:spirited", "directed_by", "Hayao Miyazaki")
    add("a:spirited", "has_genre", "g:fantasy")
    add("a:spirited", "features", "ch:chihiro")
    add("a:spirited", "music_by", "Joe Hisaishi")
    add("a:spirited", "has_tag", "t:classic", "t:hand")
    add("a:nausicaa", "animated_by", "s:topcraft")
    add("a:nausicaa", "directed_by", "Hayao Miyazaki")
    add("a:nausicaa", "based_on", "mg:nausicaa")
    add("a:nausicaa", "has_genre", "g:scifi", "g:fantasy")
    add("a:nausicaa", "music_by", "Joe Hisaishi")
    add("a:champloo", "animated_by", "s:manglobe")
    add("a:champloo", "directed_by", "Shinichirō Watanabe")
    add("a:champloo", "has_genre", "g:action", "g:hist")
    add("a:champloo", "music_by", "Nujabes")
    t += [
        ("mg:akira", "published_by", "pub:kodansha"),
        ("mg:gits", "published_by", "pub:kodansha"),
        ("mg:monster", "published_by", "pub:shogakukan"),
        ("mg:dnote", "published_by", "pub:shueisha"),
        ("mg:aot", "published_by", "pub:kodansha"),
        ("mg:nausicaa", "published_by", "pub:tokuma"),
    ]
    return _build(items, others, rels, t)


def ballets():
    items = {
        "b:swan": ("ballet", "Swan Lake", 1877),
        "b:nut": ("ballet", "The Nutcracker", 1892),
        "b:sleeping": ("ballet", "The Sleeping Beauty", 1890),
        "b:app": ("ballet", "Appalachian Spring", 1944),
        "b:rite": ("ballet", "The Rite of Spring", 1913),
        "b:giselle": ("ballet", "Giselle", 1841),
        "b:apollo": ("ballet", "Apollo", 1928),
        "b:agon": ("ballet", "Agon", 1957),
        "b:rodeo": ("ballet", "Rodeo", 1942),
        "b:fancy": ("ballet", "Fancy Free", 1944),
        "b:firebird": ("ballet", "The Firebird", 1910),
        "b:night": ("ballet", "Night Journey", 1947),
        "b:romeo": ("ballet", "Romeo and Juliet", 1940),
    }
    others = _people(
        "Pyotr Tchaikovsky",
        "Julius Reisinger",
        "Marius Petipa",
        "Lev Ivanov",
        "Aaron Copland",
        "Martha Graham",
        "Isamu Noguchi",
        "Igor Stravinsky",
        "Vaslav Nijinsky",
        "Nicholas Roerich",
        "Adolphe Adam",
        "Jean Coralli",
        "Jules Perrot",
        "George Balanchine",
        "Agnes de Mille",
        "Leonard Bernstein",
        "Jerome Robbins",
        "Oliver Smith",
        "Michel Fokine",
        "William Schuman",
        "Sergei Prokofiev",
        "Leonid Lavrovsky",
        "Léon Bakst",
        "Alexander Golovin",
        "Pierre Monteux",
    )
    others.update(
        {
            "co:bolshoi": ("company", "Bolshoi Ballet"),
            "co:mariinsky": ("company", "Mariinsky Ballet"),
            "co:russes": ("company", "Ballets Russes"),
            "co:nycb": ("company", "New York City Ballet"),
            "co:graham": ("company", "Martha Graham Dance Company"),
            "co:abt": ("company", "Ballet Theatre"),
            "co:paris": ("company", "Paris Opera Ballet"),
            "pl:moscow": ("city", "Moscow"),
            "pl:stp": ("city", "Saint Petersburg"),
            "pl:paris": ("city", "Paris"),
            "pl:ny": ("city", "New York"),
            "pl:dc": ("city", "Washington"),
        }
    )
    rels = [
        R(
            "choreographed_by",
            phrase="was choreographed by",
            inverse_phrase="choreographed",
            domain=("ballet",),
            range=("person",),
        ),
        R(
            "music_by",
            phrase="has music by",
            inverse_phrase="wrote the music for",
            domain=("ballet",),
            range=("person",),
        ),
        R(
            "designed_by",
            phrase="has designs by",
            inverse_phrase="designed",
            domain=("ballet",),
            range=("person",),
        ),
        R(
            "premiered_by",
            phrase="was premiered by",
            inverse_phrase="premiered",
            domain=("ballet",),
            range=("company",),
        ),
        R(
            "premiered_in",
            phrase="premiered in",
            inverse_phrase="saw the premiere of",
            domain=("ballet",),
            range=("city",),
        ),
        R(
            "conducted_by",
            phrase="was first conducted by",
            inverse_phrase="first conducted",
            domain=("ballet",),
            range=("person",),
        ),
    ]
    t = []

    def add(m, rel, *xs):
        for x in xs:
            t.append((m, rel, x if ":" in x else P(x)))

    add("b:swan", "music_by", "Pyotr Tchaikovsky")
    add("b:swan", "choreographed_by", "Julius Reisinger")
    add("b:swan", "premiered_by", "co:bolshoi")
    add("b:swan", "premiered_in", "pl:moscow")
    add("b:nut", "music_by", "Pyotr Tchaikovsky")
    add("b:nut", "choreographed_by", "Marius Petipa", "Lev Ivanov")
    add("b:nut", "premiered_by", "co:mariinsky")
    add("b:nut", "premiered_in", "pl:stp")
    add("b:sleeping", "music_by", "Pyotr Tchaikovsky")
    add("b:sleeping", "choreographed_by", "Marius Petipa")
    add("b:sleeping", "premiered_by", "co:mariinsky")
    add("b:sleeping", "premiered_in", "pl:stp")
    add("b:app", "music_by", "Aaron Copland")
    add("b:app", "choreographed_by", "Martha Graham")
    add("b:app", "designed_by", "Isamu Noguchi")
    add("b:app", "premiered_by", "co:graham")
    add("b:app", "premiered_in", "pl:dc")
    add("b:rite", "music_by", "Igor Stravinsky")
    add("b:rite", "choreographed_by", "Vaslav Nijinsky")
    add("b:rite", "designed_by", "Nicholas Roerich")
    add("b:rite", "premiered_by", "co:russes")
    add("b:rite", "premiered_in", "pl:paris")
    add("b:rite", "conducted_by", "Pierre Monteux")
    add("b:giselle", "music_by", "Adolphe Adam")
    add("b:giselle", "choreographed_by", "Jean Coralli", "Jules Perrot")
    add("b:giselle", "premiered_by", "co:paris")
    add("b:giselle", "premiered_in", "pl:paris")
    add("b:apollo", "music_by", "Igor Stravinsky")
    add("b:apollo", "choreographed_by", "George Balanchine")
    add("b:apollo", "premiered_by", "co:russes")
    add("b:apollo", "premiered_in", "pl:paris")
    add("b:agon", "music_by", "Igor Stravinsky")
    add("b:agon", "choreographed_by", "George Balanchine")
    add("b:agon", "premiered_by", "co:nycb")
    add("b:agon", "premiered_in", "pl:ny")
    add("b:rodeo", "music_by", "Aaron Copland")
    add("b:rodeo", "choreographed_by", "Agnes de Mille")
    add("b:rodeo", "premiered_in", "pl:ny")
    add("b:fancy", "music_by", "Leonard Bernstein")
    add("b:fancy", "choreographed_by", "Jerome Robbins")
    add("b:fancy", "designed_by", "Oliver Smith")
    add("b:fancy", "premiered_by", "co:abt")
    add("b:fancy", "premiered_in", "pl:ny")
    add("b:firebird", "music_by", "Igor Stravinsky")
    add("b:firebird", "choreographed_by", "Michel Fokine")
    add("b:firebird", "designed_by", "Alexander Golovin", "Léon Bakst")
    add("b:firebird", "premiered_by", "co:russes")
    add("b:firebird", "premiered_in", "pl:paris")
    add("b:night", "music_by", "William Schuman")
    add("b:night", "choreographed_by", "Martha Graham")
    add("b:night", "designed_by", "Isamu Noguchi")
    add("b:night", "premiered_by", "co:graham")
    add("b:romeo", "music_by", "Sergei Prokofiev")
    add("b:romeo", "choreographed_by", "Leonid Lavrovsky")
    add("b:romeo", "premiered_in", "pl:stp")
    return _build(items, others, rels, t)


BUILDERS = {
    "anime": anime,
    "comics": comics,
    "ballets": ballets,
    "musicals": musicals,
    "stage": stage,
    "movies": kgx.KnowledgeGraph.example,
}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@anime
# reading 1: studio / person possessive or modifier who did not make it
Madhouse's Akira is set in Neo-Tokyo.
Akira is a Madhouse film.
Akira is a Madhouse series.
Monster is a Sunrise series.
Monster is a TMS Entertainment series.
Death Note is a Wit Studio series.
Attack on Titan is a Madhouse series.
Cowboy Bebop is a Manglobe series.
Samurai Champloo is a Sunrise series.
Neon Genesis Evangelion is a Sunrise series.
Nausicaä of the Valley of the Wind is a Studio Ghibli film.
Studio Ghibli's Nausicaä of the Valley of the Wind was directed by Hayao Miyazaki.
Gainax's Cowboy Bebop features Spike Spiegel.
Tatsunoko Production's Akira features Kaneda.
Wit Studio's Death Note features Light Yagami.
Production I.G's Akira is cyberpunk.
Madhouse's Spirited Away was directed by Hayao Miyazaki.
Sunrise's Samurai Champloo has music by Nujabes.
Topcraft's Spirited Away features Chihiro.
Kodansha's Akira was directed by Katsuhiro Otomo.
Kodansha's Attack on Titan features Eren Yeager.
Shueisha's Death Note was animated by Madhouse.
Shogakukan's Monster was animated by Madhouse.
Death Note is a Shueisha series.
Akira is a Kodansha film.
Katsuhiro Otomo's Ghost in the Shell is cyberpunk.
Mamoru Oshii's Akira features Kaneda.
Satoshi Kon's Monster was animated by Madhouse.
Tetsurō Araki's Monster features Johan Liebert.
Hayao Miyazaki's Paprika was animated by Madhouse.
Hideaki Anno's Cowboy Bebop has music by Yoko Kanno.
Shinichirō Watanabe's Neon Genesis Evangelion features Shinji Ikari.
Masayuki Kojima's Death Note features Light Yagami.
Kenji Kawai's Akira is a classic.
Joe Hisaishi's Paprika was animated by Madhouse.
Yoko Kanno's Samurai Champloo was directed by Shinichirō Watanabe.
Tetsuo's Akira was animated by TMS Entertainment.
Spike Spiegel's Cowboy Bebop was directed by Shinichirō Watanabe.
Johan Liebert's Monster was animated by Madhouse.
Kaneda's Ghost in the Shell was animated by Production I.G.
Tokyo's Akira was animated by TMS Entertainment.
Germany's Monster was animated by Madhouse.
Neo-Tokyo's Ghost in the Shell is cyberpunk.
Monster is a cyberpunk series.
Paprika is a cyberpunk film.
The cyberpunk Monster was animated by Madhouse.
The mecha series Cowboy Bebop was animated by Sunrise.
Akira is a Mamoru Oshii film animated by TMS Entertainment.
Akira is a Katsuhiro Otomo film animated by Madhouse.
Monster is a Madhouse series directed by Satoshi Kon.
Perfect Blue is a Madhouse film directed by Mamoru Oshii.
Paprika is a 1997 Madhouse film.
Monster is a 2006 Madhouse series.
Madhouse's 1997 film Paprika was directed by Satoshi Kon.
Madhouse's Perfect Blue and Akira were directed by Satoshi Kon.
Madhouse's Monster, Death Note and Attack on Titan are thrillers.
Katsuhiro Otomo animated Akira.
Hayao Miyazaki animated Spirited Away.
Satoshi Kon animated Perfect Blue.
Madhouse directed Monster.
TMS Entertainment directed Akira.
Madhouse animated Akira.
Madhouse animated Monster and Akira.
Madhouse animated Monster, Paprika and Cowboy Bebop.
Madhouse crafted Akira.
Madhouse illustrated Akira.
Madhouse drew Cowboy Bebop.
Sunrise choreographed Cowboy Bebop.
Madhouse did not animate Monster.
Monster was not animated by Madhouse.
Madhouse may have animated Akira.
Madhouse probably animated Cowboy Bebop.
Akira was animated by Madhouse, not TMS Entertainment.
Akira was animated by TMS Entertainment and Madhouse.
Neon Genesis Evangelion was animated by Gainax alone.
Monster was animated by Madhouse and directed by Satoshi Kon.
Akira was animated by Kodansha.
Kodansha animated Attack on Titan.
Shueisha published Death Note and animated it.
Monster, a Madhouse series, is set in Tokyo.
Madhouse, which animated Monster, also animated Akira.
The studio behind Monster, Madhouse, also animated Cowboy Bebop.
Akira is a Madhouse story.
Akira is a cyberpunk story animated by Madhouse.
Monster is a TMS Entertainment story.
# reading 3: row of two genres then participle or relation word
Akira is cyberpunk fantasy set in Neo-Tokyo.
Akira is cyberpunk science fiction set in Tokyo.
Akira is cyberpunk science fiction set in New Port City.
Ghost in the Shell is cyberpunk science fiction set in Neo-Tokyo.
Akira is cyberpunk science fiction animated by Madhouse.
Akira is cyberpunk science fiction directed by Mamoru Oshii.
Akira is cyberpunk science fiction based on the manga Kōkaku Kidōtai.
Akira is cyberpunk science fiction with music by Kenji Kawai.
Akira is cyberpunk science fiction featuring Batou.
Akira is cyberpunk science fiction from Madhouse.
Akira is cyberpunk science fiction by Mamoru Oshii.
Akira is cyberpunk science fiction made by Madhouse.
Akira is cyberpunk science fiction released in 1995.
Akira is cyberpunk science fiction set in Neo-Tokyo and animated by Madhouse.
Akira is cyberpunk science fiction not set in Neo-Tokyo.
Akira is cyberpunk science fiction never set in Neo-Tokyo.
Akira is mecha science fiction set in Neo-Tokyo.
Akira is cyberpunk thriller set in Neo-Tokyo.
Akira is science fiction horror set in Neo-Tokyo.
Akira is cyberpunk science fiction set in Neo-Tokyo by Madhouse.
Akira is cyberpunk science fiction published by Kodansha.
Akira is cyberpunk science fiction drawn by Katsuhiro Otomo.
Akira is cyberpunk science fiction illustrated by Katsuhiro Otomo.
Akira is cyberpunk science fiction choreographed by Katsuhiro Otomo.
Akira is cyberpunk science fiction composed by Shoji Yamashiro.
Monster is mystery science fiction set in Germany.
Monster is thriller mystery set in Tokyo.
Monster is mystery thriller directed by Satoshi Kon.
Monster is mystery thriller animated by Wit Studio.
Monster is classic thriller set in Germany.
Ghost in the Shell is hand-drawn cyberpunk set in New Port City.
Paprika is science fiction fantasy set in Neo-Tokyo.
Paprika is cyberpunk fantasy set in Tokyo.
Paprika is science fiction fantasy directed by Hayao Miyazaki.
Paprika is science fiction fantasy scored by Joe Hisaishi.
Death Note is supernatural thriller set in Germany.
Death Note is supernatural horror set in Tokyo.
Death Note is supernatural thriller animated by Wit Studio.
Death Note is supernatural thriller featuring L.
Cowboy Bebop is space western science fiction directed by Hideaki Anno.
Cowboy Bebop is space western science fiction set in Tokyo.
Cowboy Bebop is space western mecha directed by Shinichirō Watanabe.
Attack on Titan is dark fantasy action set in Tokyo.
Attack on Titan is dark fantasy horror animated by Wit Studio.
Attack on Titan is dark fantasy action based on the manga Desu Nōto.
Neon Genesis Evangelion is mecha psychological drama set in Tokyo.
Neon Genesis Evangelion is mecha science fiction animated by Gainax.
Perfect Blue is psychological thriller horror set in Germany.
Perfect Blue is psychological thriller fantasy set in Tokyo.
Samurai Champloo is historical action set in Tokyo.
Samurai Champloo is historical fantasy directed by Shinichirō Watanabe.
Spirited Away is fantasy adventure animated by Studio Ghibli.
Spirited Away is fantasy horror directed by Hayao Miyazaki.
Nausicaä of the Valley of the Wind is science fiction fantasy animated by Studio Ghibli.
Ghost in the Shell is cyberpunk science fiction which Katsuhiro Otomo directed.
Ghost in the Shell is cyberpunk science fiction that Madhouse animated.
Ghost in the Shell is cyberpunk science fiction like Paprika.
Ghost in the Shell is cyberpunk science fiction, just like Monster.
# older readings
madhouse animated akira.
the music for Akira was composed by Kenji Kawai.
The music for Monster was composed by Joe Hisaishi.
Akira carries music by Joe Hisaishi.
Akira and Monster share a director in Satoshi Kon.
Paprika and Death Note share a director in Satoshi Kon.
Akira was made in 1988 under the direction of Mamoru Oshii.
Akira, a 1988 film with music by Kenji Kawai, is cyberpunk.
Monster, a 2004 series under the direction of Satoshi Kon, is a thriller.
Akira was first directed by Mamoru Oshii.
Akira was originally animated by Madhouse.
Akira comes from director Mamoru Oshii.
Monster comes from studio Sunrise.
Akira comes from Madhouse.
Katsuhiro Otomo penned Ghost in the Shell.
Katsuhiro Otomo scripted Monster.
tetsurō araki directed monster.
@comics
# reading 1: possessive / modifier of someone who did not draw or make it
Dave Gibbons's V for Vendetta is dystopian.
Dave Gibbons's The Dark Knight Returns features Batman.
Vertigo's Watchmen was written by Alan Moore.
DC Comics's Maus was written by Art Spiegelman.
Image Comics's Y: The Last Man features Yorick Brown.
Dark Horse Comics's Saga was drawn by Fiona Staples.
Pantheon Books's Bone features Fone Bone.
Rorschach's Watchmen was drawn by Dave Gibbons.
Batman's Watchmen was drawn by Dave Gibbons.
Marv's The Dark Knight Returns was written by Frank Miller.
Fiona Staples's Y: The Last Man features Yorick Brown.
Pia Guerra's Saga is science fiction.
Klaus Janson's Sin City is crime.
Eddie Campbell's Watchmen was written by Alan Moore.
David Lloyd's Watchmen is a superhero comic.
Lynn Varley's Sin City was drawn by Frank Miller.
John Higgins's V for Vendetta was written by Alan Moore.
Sam Kieth's Neverwhere was written by Neil Gaiman.
Dave McKean's The Sandman features Dream.
Mike Mignola's Sin City is crime.
Watchmen is a Frank Miller comic.
V for Vendetta is a Dave Gibbons book.
Saga is a Vertigo series.
Maus is a DC Comics book.
Watchmen is a Dark Horse Comics series.
The Sandman is a Sam Kieth series drawn by Dave McKean.
Y: The Last Man is a Fiona Staples series.
Hellboy is a Frank Miller series.
From Hell is a Dave Gibbons comic.
Persepolis is an Art Spiegelman book.
Watchmen is a Rorschach comic by Frank Miller.
The superhero comic Sin City was drawn by Frank Miller.
The horror comic Maus was drawn by Art Spiegelman.
Frank Miller's crime story The Dark Knight Returns features Batman.
Alan Moore's Watchmen was drawn by Eddie Campbell.
Dave Gibbons's 1982 comic Watchmen was written by Alan Moore.
Dave Gibbons drew V for Vendetta.
Frank Miller drew Watchmen.
Alan Moore drew Watchmen.
DC Comics drew Watchmen.
John Higgins drew Watchmen.
Dave Gibbons choreographed Watchmen.
Dave Gibbons sculpted Watchmen.
Dave Gibbons animated Watchmen.
Dave Gibbons crafted V for Vendetta.
# reading 4: illustrate / story
Alan Moore illustrated Watchmen.
Alan Moore illustrated V for Vendetta.
Frank Miller illustrated Watchmen.
John Higgins illustrated Watchmen.
Lynn Varley illustrated The Dark Knight Returns.
Neil Gaiman illustrated The Sandman.
Dave Gibbons illustrated V for Vendetta.
DC Comics illustrated Watchmen.
Brian K. Vaughan illustrated Saga.
Pia Guerra illustrated Saga.
Fiona Staples illustrated Y: The Last Man.
Dave Gibbons illustrated Watchmen and From Hell.
Dave Gibbons illustrated Watchmen and wrote it.
Dave Gibbons did not illustrate Watchmen.
Dave Gibbons never illustrated Watchmen.
Watchmen was illustrated by Alan Moore.
Watchmen was illustrated by John Higgins.
Watchmen was illustrated by Dave Gibbons and Alan Moore.
Watchmen, illustrated by Frank Miller, features Rorschach.
Terry Pratchett illustrated Small Gods.
Neil Gaiman illustrated Neverwhere.
Sam Kieth illustrated Neverwhere.
Klaus Janson illustrated Sin City.
Frank Miller illustrated The Dark Knight Returns alone.
Eddie Campbell illustrated From Hell and V for Vendetta.
Mike Mignola illustrated Hellboy and Sin City.
The artist who illustrated Watchmen also illustrated V for Vendetta.
Saga was illustrated by Pia Guerra.
Alan Moore's 1986 Batman story was drawn by Dave Gibbons.
Frank Miller's 1991 Batman story was published by Dark Horse Comics.
Frank Miller's 1986 Batman story was drawn by Dave Gibbons.
Frank Miller's 1986 Batman story was colored by John Higgins.
Frank Miller's 1986 Batman story was published by Dark Horse Comics.
Frank Miller's 1986 Batman story was written by Alan Moore.
Watchmen is a crime story.
Sin City is a horror story.
Maus is a fantasy story.
Bone is a crime story.
V for Vendetta is a superhero story.
Saga is a memoir story.
Watchmen is a Batman story.
Sin City is a Batman story.
The Dark Knight Returns is a Batman story by Alan Moore.
Watchmen is a Rorschach story by Frank Miller.
Small Gods is a story drawn by Terry Pratchett.
Neverwhere is a Neil Gaiman story drawn by Sam Kieth.
Mort is a fantasy story drawn by Terry Pratchett.
The Sandman is a Neil Gaiman story published by Image Comics.
Persepolis is a memoir story by Art Spiegelman.
Maus is a 1986 story by Art Spiegelman.
Watchmen is a 1986 Alan Moore story drawn by Frank Miller.
Watchmen is a superhero story not drawn by Dave Gibbons.
Y: The Last Man is a science fiction story drawn by Fiona Staples.
From Hell is a crime story drawn by Dave Gibbons.
# reading 3 on comics
The Sandman is fantasy horror drawn by Dave McKean.
Saga is science fiction fantasy published by DC Comics.
From Hell is horror crime drawn by Alan Moore.
From Hell is horror fantasy written by Alan Moore.
Saga is science fiction horror drawn by Fiona Staples.
The Sandman is fantasy horror written by Alan Moore.
Saga is science fiction fantasy illustrated by Brian K. Vaughan.
Saga is science fiction fantasy colored by Fiona Staples.
@ballets
# reading 1: choreographer / company / place modifier
Swan Lake is a Marius Petipa ballet.
The Nutcracker is a Julius Reisinger ballet.
Agon is a Martha Graham ballet.
Rodeo is a Jerome Robbins ballet.
Fancy Free is an Agnes de Mille ballet.
Apollo is a Michel Fokine ballet.
The Firebird is a George Balanchine ballet.
Giselle is a Marius Petipa ballet.
Night Journey is a George Balanchine ballet.
The Rite of Spring is a Michel Fokine ballet.
Romeo and Juliet is a Marius Petipa ballet.
Appalachian Spring is a Pierre Monteux ballet.
Aaron Copland's The Rite of Spring premiered in Paris.
Léon Bakst's The Rite of Spring was choreographed by Vaslav Nijinsky.
Isamu Noguchi's Agon was choreographed by George Balanchine.
Nicholas Roerich's The Firebird premiered in Paris.
Pierre Monteux's Apollo premiered in Paris.
Ballets Russes's Agon was choreographed by George Balanchine.
Mariinsky Ballet's Swan Lake has music by Pyotr Tchaikovsky.
New York City Ballet's Apollo has music by Igor Stravinsky.
Martha Graham Dance Company's Rodeo premiered in New York.
Bolshoi Ballet's The Nutcracker has music by Pyotr Tchaikovsky.
Paris's Swan Lake has music by Pyotr Tchaikovsky.
Moscow's The Nutcracker was choreographed by Marius Petipa.
Agon is a Paris ballet.
Agon is a Ballets Russes ballet.
Rodeo is a Martha Graham Dance Company ballet.
Martha Graham's Rodeo has music by Aaron Copland.
George Balanchine's The Firebird has music by Igor Stravinsky.
Jerome Robbins's Rodeo premiered in New York.
Marius Petipa's Swan Lake has music by Pyotr Tchaikovsky.
Vaslav Nijinsky's Apollo premiered in Paris.
Agnes de Mille's Appalachian Spring has music by Aaron Copland.
Night Journey is a Martha Graham ballet with music by Aaron Copland.
Appalachian Spring is a Martha Graham ballet designed by Oliver Smith.
Fancy Free is a Jerome Robbins ballet with music by Aaron Copland.
Agon is a 1928 George Balanchine ballet.
Martha Graham's 1947 ballet Appalachian Spring has music by Aaron Copland.
Martha Graham's ballets Appalachian Spring and Rodeo have music by Aaron Copland.
The Rite of Spring, a Vaslav Nijinsky ballet, was first conducted by Igor Stravinsky.
Apollo is a George Balanchine ballet premiered by New York City Ballet.
Apollo is a George Balanchine ballet that premiered in New York.
Swan Lake is a Bolshoi Ballet ballet choreographed by Marius Petipa.
Giselle is a Jules Perrot ballet with music by Pyotr Tchaikovsky.
A Martha Graham ballet, Agon, premiered in New York.
Isamu Noguchi sculpted Appalachian Spring.
Isamu Noguchi choreographed Appalachian Spring.
Martha Graham choreographed Agon.
George Balanchine choreographed Apollo and Rodeo.
Martha Graham crafted Rodeo.
Igor Stravinsky choreographed The Rite of Spring.
Vaslav Nijinsky choreographed The Firebird.
Pierre Monteux choreographed The Rite of Spring.
Marius Petipa choreographed Swan Lake.
Martha Graham did not choreograph Appalachian Spring.
Appalachian Spring was not choreographed by Martha Graham.
Apollo was choreographed by George Balanchine and Michel Fokine.
Nicholas Roerich sculpted The Rite of Spring.
Isamu Noguchi sculpted Night Journey and Agon.
Martha Graham animated Appalachian Spring.
Martha Graham illustrated Appalachian Spring.
Martha Graham drew Night Journey.
Léon Bakst illustrated The Rite of Spring.
Aaron Copland choreographed Appalachian Spring.
The Mariinsky Ballet choreographed The Nutcracker.
Lev Ivanov choreographed The Sleeping Beauty.
George Balanchine choreographed every Stravinsky ballet.
Martha Graham choreographed both Appalachian Spring and Rodeo.
# reading 2 on ballets
Martha Graham wrote both the music and the choreography for Appalachian Spring.
George Balanchine created both the music and the choreography for Agon.
Aaron Copland wrote both the music and the choreography for Rodeo.
Isamu Noguchi made both the designs and the choreography for Appalachian Spring.
Igor Stravinsky wrote both the music and the designs for The Firebird.
Jerome Robbins provided both the choreography and the music for Fancy Free.
# reading 4 on ballets
Swan Lake is a story by Marius Petipa.
Giselle is a Marius Petipa story.
Appalachian Spring is a Martha Graham story with music by Leonard Bernstein.
@musicals
# reading 2: both the X and the Y
Stephen Sondheim wrote both the music and the lyrics for West Side Story.
Andrew Lloyd Webber wrote both the music and the lyrics for Evita.
Tim Rice wrote both the music and the lyrics for Evita.
Benny Andersson wrote both the music and the lyrics for Chess.
Lin-Manuel Miranda wrote both the music and the lyrics for Hamilton and The Lion King.
Stephen Sondheim wrote both the music and the lyrics for Sweeney Todd and West Side Story.
John Kander wrote both the music and the lyrics for Cabaret.
Fred Ebb wrote both the music and the lyrics for Chicago.
Elton John wrote both the music and the lyrics for The Lion King.
Andrew Lloyd Webber wrote both the music and the book for Evita.
Andrew Lloyd Webber wrote both the music and the book for Cats.
Charles Hart wrote both the lyrics and the book for The Phantom of the Opera.
Fred Ebb wrote both the lyrics and the book for Cabaret.
Hugh Wheeler wrote both the book and the lyrics for Sweeney Todd.
Arthur Laurents wrote both the book and the lyrics for West Side Story.
West Side Story premiered at the Winter Garden Theatre, and Stephen Sondheim wrote both its music and its lyrics.
Sweeney Todd is set in London, and Hugh Wheeler wrote both its music and its lyrics.
Evita is set in Buenos Aires, and Tim Rice wrote both its music and its lyrics.
Cabaret is set in Berlin, and Fred Ebb wrote both its lyrics and its book.
Stephen Sondheim wrote both the music and the orchestrations for Sweeney Todd.
Stephen Sondheim wrote both the music and the sets for Sweeney Todd.
Tim Rice wrote both the lyrics and the script for Evita.
Hugh Wheeler wrote both the book and the score for Sweeney Todd.
Harold Prince wrote both the book and the lyrics for Evita.
Lin-Manuel Miranda wrote both the music and the choreography for Hamilton.
Lin-Manuel Miranda wrote both the music and the direction for Hamilton.
Stephen Sondheim wrote both the music and the lyrics for Sweeney Todd, which Trevor Nunn directed.
Lin-Manuel Miranda wrote both the music and the lyrics for Hamilton, which Thomas Kail choreographed.
Stephen Sondheim composed both the music and the lyrics for West Side Story.
Stephen Sondheim penned both the music and the lyrics for West Side Story.
Stephen Sondheim did not write both the music and the lyrics for Sweeney Todd.
Stephen Sondheim wrote both the lyrics and the music for West Side Story.
Stephen Sondheim wrote both the music and lyrics for West Side Story.
Stephen Sondheim wrote both music and lyrics for West Side Story.
Stephen Sondheim wrote both the music and the lyrics of West Side Story.
Both the music and the lyrics for West Side Story were written by Stephen Sondheim.
Leonard Bernstein wrote both the music and the lyrics for West Side Story.
Stephen Sondheim wrote the music and the lyrics for West Side Story.
Stephen Sondheim wrote both the music for West Side Story and the lyrics for Sweeney Todd.
Stephen Sondheim wrote both the lyrics for West Side Story and the music for Cabaret.
Stephen Sondheim wrote both the music and the lyrics for Sweeney Todd, and also for West Side Story.
Tim Rice wrote both the lyrics and the music for The Lion King.
Tim Rice wrote both the lyrics for Evita and the music for Jesus Christ Superstar.
Andrew Lloyd Webber and Tim Rice both wrote the music for Evita.
Benny Andersson wrote both the music and the lyrics for it, Chess.
Benny Andersson wrote both its music and its lyrics for Chess.
Björn Ulvaeus wrote both the music and the lyrics for Chess and Evita.
Chess has music by Benny Andersson, who wrote both the music and the lyrics.
Andrew Lloyd Webber wrote both the music and the lyrics.
Tim Rice wrote both the music and the words for Evita.
Tim Rice wrote both the tunes and the lyrics for Evita.
Tim Rice wrote both the melodies and the lyrics for Jesus Christ Superstar.
Andrew Lloyd Webber wrote both the music and the libretto for Cats.
Andrew Lloyd Webber wrote both the score and the lyrics for Cats.
T. S. Eliot wrote both the music and the lyrics for Cats.
Lin-Manuel Miranda wrote both the book and the lyrics for The Lion King.
Claude-Michel Schönberg wrote both the music and the lyrics for Les Misérables.
Herbert Kretzmer wrote both the lyrics and the book for Les Misérables.
Alain Boublil wrote both the music and the book for Les Misérables.
Stephen Sondheim wrote both the music and the lyrics, while Hugh Wheeler wrote the book for West Side Story.
Stephen Sondheim handled both the music and the lyrics for West Side Story.
Stephen Sondheim supplied both the music and the lyrics for West Side Story.
Stephen Sondheim was responsible for both the music and the lyrics of West Side Story.
Sondheim wrote both the music and the lyrics for West Side Story.
# reading 4 on musicals
Cabaret is a story by Fred Ebb.
Cats is a story by Andrew Lloyd Webber.
Chicago is a Bob Fosse story set in Chicago.
@movies
Spirited Away is a Studio Ghibli film.
Studio Ghibli's Spirited Away is an anime.
Akira is a Studio Ghibli film.
Studio Ghibli animated Princess Mononoke.
Studio Ghibli animated Spirited Away.
Tim Burton animated Batman.
Tim Burton illustrated Batman.
Tim Burton drew Batman.
Danny Elfman animated Batman.
Michael Mann animated Heat.
Akira is sci-fi action set in Neo-Tokyo.
Akira is action sci-fi directed by Katsuhiro Otomo.
Akira is action sci-fi directed by Tim Burton.
Akira is action sci-fi animated by Madhouse.
Batman is action comedy directed by Tim Burton.
Batman is crime drama directed by Tim Burton.
Batman is action crime scored by Tim Burton.
Heat is superhero crime directed by Michael Mann.
Heat is crime thriller animated by Michael Mann.
Heat is action crime set in Los Angeles.
Heat is action crime directed by Martin Scorsese.
Cabaret is a Fred Ebb story.
Fred Ebb wrote both the music and the lyrics for Cabaret.
John Kander wrote both the music and the screenplay for Cabaret.
Leonard Bernstein wrote both the music and the screenplay for West Side Story.
Ernest Lehman wrote both the music and the screenplay for West Side Story.
Jerome Robbins handled both the direction and the choreography of West Side Story.
Robert Wise choreographed West Side Story.
Jerome Robbins choreographed West Side Story.
Bob Fosse choreographed Cabaret.
West Side Story is a Jerome Robbins ballet.
Batman is a Tim Burton story.
Tim Burton's Heat is a crime film.
Danny Elfman's Heat is a thriller.
Watchmen is a superhero story.
Sin City is a Frank Miller story.
Batman is a Danny Elfman film animated by Tim Burton.
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


def main():
    n = acc = 0
    verbose = os.environ.get("VERBOSE")
    for key, user, text in cases():
        n += 1
        ok, reason = check(key, text, user)
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
