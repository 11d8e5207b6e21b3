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
    ]
    t = []

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


BUILDERS = {"musicals": musicals, "comics": comics, "stage": stage, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


# "@GRAPH [user]" starts a block; every line below is FALSE on that graph.
TEXTS = r"""
@movies
Alien and Blade Runner share a composer in Vangelis.
Alien and Blade Runner share a composer in Jerry Goldsmith.
Alien and Blade Runner share a writer in Dan O'Bannon.
Alien and Heat share a director in Ridley Scott.
Alien and Heat share a director in Michael Mann.
Heat and Alien share a distributor in Warner Bros.
Alien and Blade Runner share a distributor in Warner Bros.
Alien and Blade Runner share a distributor in 20th Century Fox.
Alien and Blade Runner share a producer in Michael Deeley.
Alien and Blade Runner share a cinematographer in Jordan Cronenweth.
Alien and Blade Runner share a genre in Horror.
Alien and Blade Runner share a genre in Thriller.
Alien and Blade Runner share a tag in aliens.
Alien and Blade Runner share a star in Ridley Scott.
Alien and Blade Runner share an editor in Ridley Scott.
Alien and Blade Runner share a screenwriter in Ridley Scott.
Alien and Blade Runner share a director in Ridley Scott and a composer in Vangelis.
Alien and Blade Runner share a director in Ridley Scott, and a composer in Vangelis.
Alien and Blade Runner do not share a director in Ridley Scott.
Alien and Blade Runner never shared a director in Ridley Scott.
Alien and Blade Runner may share a director in Ridley Scott.
Alien and Blade Runner will share a director in Ridley Scott.
Alien and Blade Runner share a director in Ridley Scott in 1979.
Alien and Blade Runner share a director in Ridley Scott, who also scored both.
Alien and Blade Runner share a director in Ridley Scott, who wrote both.
Alien shares a director in Ridley Scott with Heat.
Heat shares a director in Ridley Scott with Alien.
Alien shares a composer in Jerry Goldsmith with Blade Runner.
Heat and Alien share a director in Ridley Scott.
Alien, Heat and Blade Runner share a director in Ridley Scott.
Alien and Blade Runner share one director in Michael Mann.
Alien and Blade Runner share a lead actor in Ridley Scott.
Alien and Blade Runner share the director in Vangelis.
Heat and Schindler's List share a composer in John Williams.
Jaws and Schindler's List share a director in Steven Spielberg and a writer in Steven Zaillian.
Jaws and Schindler's List share a composer in Steven Spielberg.
Jaws and Schindler's List share a director in John Williams.
Jaws and Schindler's List share a star in Liam Neeson.
Jaws and Schindler's List share a distributor in Universal Pictures.
Heat and The Insider share a star in Robert De Niro.
Heat and The Insider share a director in Al Pacino.
Al Pacino and Robert De Niro share a director in Heat.
Ridley Scott and Michael Mann share a film in Heat.
Alien and Blade Runner share a director in Ridley Scott's brother.
Alien and Blade Runner shared a composer in Ridley Scott.
Alien and Blade Runner are sharing a director in Michael Mann.
The music for Alien was composed by Vangelis.
The music for Blade Runner was composed by Jerry Goldsmith.
The music for Blade Runner was directed by Vangelis.
The music for Blade Runner was written by Ridley Scott.
The music for Blade Runner is by Ridley Scott.
The score for Blade Runner is by Ridley Scott.
The screenplay for Schindler's List is by Steven Spielberg.
The screenplay for Schindler's List is by John Williams.
The screenplay for Heat was composed by Elliot Goldenthal.
The script for Heat came from Al Pacino.
The music of Heat was written by Michael Mann.
The music of Heat was composed by Al Pacino.
The music for Heat was not composed by Elliot Goldenthal.
The music for Heat was originally composed by Michael Mann.
The music for Heat and Alien was composed by Elliot Goldenthal.
The music for Heat and Alien was composed by Jerry Goldsmith.
The music for Ridley Scott was composed by Vangelis.
The music for Vangelis was composed by Blade Runner.
The music for Warner Bros. was composed by Vangelis.
The director of Blade Runner was composed by Vangelis.
The director of Alien was Vangelis.
The screenplay for Alien was composed by Jerry Goldsmith.
The music for Alien came from Dan O'Bannon.
The music for Alien comes from Ridley Scott.
The soundtrack for Alien is by Vangelis.
The score of Alien was written by Ridley Scott.
The script of Alien was written by Ridley Scott.
The screenplay of Blade Runner is by Ridley Scott.
The screenplay of Alien is by Jerry Goldsmith.
The music for Blade Runner was composed by Vangelis, and the music for Alien was composed by Vangelis too.
Ridley Scott directed Alien and the music for Alien was composed by Vangelis.
The music for Blade Runner was composed by Vangelis in 1979.
The music for Blade Runner was composed by Vangelis and Ridley Scott.
The music for Blade Runner was composed by Vangelis, who directed it.
The music for Schindler's List was composed by Steven Spielberg.
The music for Jaws was composed by Steven Spielberg.
The music for Jaws was composed by Peter Benchley.
The screenplay for Jaws is by Steven Spielberg.
The screenplay for Jaws is by John Williams.
The music for Titanic was composed by James Cameron.
The screenplay for Titanic is by James Horner.
The music for Gladiator was composed by Ridley Scott.
The music for Gladiator was composed by Russell Crowe.
Alien came out in 1979 under the direction of Dan O'Bannon.
Alien came out in 1979 under the direction of Jerry Goldsmith.
Alien came out in 1979 under the direction of Michael Mann.
Alien came out in 1982 under the direction of Ridley Scott.
Alien was released in 1979 under the direction of Derek Vanlint.
Heat came out in 1995 under the direction of Al Pacino.
Heat came out in 1995 under the direction of Art Linson.
Heat came out in 1995 under the direction of Elliot Goldenthal.
Heat premiered in 1995 under the direction of Robert De Niro.
Heat was released in 1995 under the direction of Warner Bros.
Heat came out in 1996 under the direction of Michael Mann.
Schindler's List came out in 1993 under the direction of Steven Zaillian.
Schindler's List came out in 1993 under the direction of Liam Neeson.
Schindler's List came out in 1993 under the direction of Branko Lustig.
Jaws came out in 1975 under the direction of Peter Benchley.
Jaws came out in 1975 under the direction of John Williams.
Titanic came out in 1997 under the direction of Leonardo DiCaprio.
Blade Runner came out in 1982 under the direction of Michael Deeley.
Blade Runner came out in 1982 under the direction of Vangelis.
Blade Runner came out in 1982 under the direction of Harrison Ford.
Gladiator came out in 2000 under the direction of Russell Crowe.
Gladiator came out in 2000 under the direction of Hans Zimmer.
Heat came out under the direction of Al Pacino.
Alien was made under the direction of Jerry Goldsmith.
Heat came out in 1995 not under the direction of Michael Mann.
Heat came out in 1995 under the direction of Michael Mann and Al Pacino.
Michael Mann came out in 1995 under the direction of Heat.
Al Pacino worked under the direction of Michael Mann in Alien.
Al Pacino has roles in Heat and Alien.
Al Pacino has roles in Alien and Blade Runner.
Michael Mann has roles in Heat and The Insider.
Ridley Scott has roles in Alien and Blade Runner.
Steven Spielberg has roles in Jaws and Schindler's List.
Robert De Niro has roles in Heat and The Insider.
Robert De Niro has roles in Heat and Serpico.
Al Pacino had roles in Heat and Casino.
Al Pacino plays roles in Heat and Jaws.
Al Pacino played roles in Heat and Goodfellas.
Liam Neeson has roles in Schindler's List and Jaws.
Al Pacino and Robert De Niro have roles in Heat and Casino.
Al Pacino and Robert De Niro have roles in Heat and Serpico.
Al Pacino has no roles in Heat.
Al Pacino never had roles in Heat and Serpico.
Elliot Goldenthal has roles in Heat and Batman Forever.
Val Kilmer has roles in Heat and Alien.
Russell Crowe has roles in Gladiator and Heat.
Al Pacino has roles in Heat, Serpico and Alien.
Warner Bros. has roles in Heat and Blade Runner.
Alien was released through Warner Bros.
Alien came out through Warner Bros.
Alien reached cinemas through Universal Pictures.
Heat reached theaters through 20th Century Fox.
Heat reached theatres through Universal Pictures.
Heat reached audiences through 20th Century Fox.
Heat and Alien were released through Warner Bros.
Heat and Alien both came out through Warner Bros.
Blade Runner and Alien reached cinemas through Warner Bros.
Jaws was released through Universal Pictures.
Jaws came out through Warner Bros.
Schindler's List reached cinemas through Universal Studios.
Schindler's List was released through Warner Bros.
Heat was released through Michael Mann.
Heat reached cinemas through Al Pacino.
Heat came out through Michael Mann in 1995.
Heat was released in 1995 through 20th Century Fox.
Heat was not released through Warner Bros.
Heat never reached cinemas through Warner Bros.
Heat reached cinemas through Warner Bros. in 1996.
Warner Bros. reached cinemas through Heat.
Titanic reached cinemas through Warner Bros.
Gladiator was released through Warner Bros.
Heat reached cinemas through Warner Bros. and Universal Pictures.
Blade Runner came out in 1982 through 20th Century Fox.
Alien came out in 1979 through Warner Bros.
Alien reached audiences through Warner Bros. under the direction of Ridley Scott.
The music for Heat came from Michael Mann.
The music for Heat is from Michael Mann.
The score for Heat comes from Michael Mann.
The music for Schindler's List came from Steven Spielberg.
The music for Schindler's List came from Steven Zaillian.
The screenplay for Schindler's List came from John Williams.
The screenplay for Schindler's List is from Steven Spielberg.
The script for Jaws came from John Williams.
The music for Jaws was from Steven Spielberg.
The music for Titanic came from James Cameron.
The screenplay for Blade Runner came from Vangelis.
The music for Gladiator came from Ridley Scott.
The score for Alien was from Dan O'Bannon.
@musicals
The music for Evita came from Tim Rice.
The lyrics for Evita came from Andrew Lloyd Webber.
The lyrics for Cats are from Andrew Lloyd Webber.
The book for Cabaret came from John Kander.
The music for Chicago came from Bob Fosse.
Evita and Cats share a lyricist in Tim Rice.
Evita and Cats share a director in Harold Prince.
Evita and Phantom share a director in Trevor Nunn.
Evita and Chess share a composer in Andrew Lloyd Webber.
Evita and Chess share a lyricist in Andrew Lloyd Webber.
Evita and The Lion King share a composer in Tim Rice.
Cats and The Phantom of the Opera share a choreographer in Harold Prince.
Cats and The Phantom of the Opera share a producer in Andrew Lloyd Webber.
Cabaret and Chicago share a composer in Fred Ebb.
Cabaret and Chicago share a lyricist in John Kander.
Cabaret and Chicago share a director in Harold Prince.
Cabaret and Chicago share a director in Bob Fosse.
Sweeney Todd and West Side Story share a composer in Stephen Sondheim.
Sweeney Todd and Cabaret share a composer in Harold Prince.
The Phantom of the Opera and Les Misérables share a setting in London.
Evita and Chess share a theatre in Her Majesty's Theatre.
Evita and Chess share a venue in Her Majesty's Theatre.
Evita and Cats share a composer in London.
Evita and Cats share a composer in Andrew Lloyd Webber and a lyricist in Tim Rice.
Evita and Cats do not share a composer in Andrew Lloyd Webber.
The music for Evita was composed by Tim Rice.
The music for Evita is by Harold Prince.
The lyrics for Evita were written by Andrew Lloyd Webber.
The lyrics for Cats are by Andrew Lloyd Webber.
The book for Cats is by T. S. Eliot.
The book for Cabaret is by John Kander.
The book for Evita is by Tim Rice.
The choreography for Cats is by Trevor Nunn.
The choreography for Evita is by Harold Prince.
The music for Chicago was composed by Bob Fosse.
The lyrics for West Side Story are by Leonard Bernstein.
The music for West Side Story was composed by Stephen Sondheim.
The music for Sweeney Todd was written by Hugh Wheeler.
The lyrics for Hamilton were written by Thomas Kail.
The music for The Lion King was composed by Tim Rice.
The music for Evita was directed by Harold Prince.
The lyrics for Evita were directed by Tim Rice.
The director of Evita was composed by Andrew Lloyd Webber.
The music for Tim Rice was composed by Andrew Lloyd Webber.
The music for London was composed by Andrew Lloyd Webber.
Evita and Cats both carry music by Tim Rice.
Evita and Cats both carry lyrics by Tim Rice.
Evita carries music by Tim Rice.
Evita carried music by Harold Prince.
Evita boasts music by Tim Rice.
Cats boasts lyrics by Andrew Lloyd Webber.
Cabaret carries music by Fred Ebb.
Chicago carries lyrics by John Kander.
West Side Story boasts music by Stephen Sondheim.
Sweeney Todd carries a book by Stephen Sondheim.
Cabaret carries a book by Fred Ebb.
Evita and Chess carry music by Andrew Lloyd Webber.
Evita, Cats and Chess all carry music by Andrew Lloyd Webber.
Evita carries choreography by Gillian Lynne.
Evita does not carry music by Andrew Lloyd Webber.
Evita carries music by Andrew Lloyd Webber and lyrics by T. S. Eliot.
Tim Rice carries music by Andrew Lloyd Webber.
Evita premiered in 1978 under the direction of Andrew Lloyd Webber.
Evita premiered in 1978 under the direction of Robert Stigwood.
Evita premiered in 1978 under the direction of Larry Fuller.
Evita premiered in 1986 under the direction of Harold Prince.
Cats premiered in 1981 under the direction of Gillian Lynne.
Cats premiered in 1981 under the direction of Cameron Mackintosh.
Cats opened in 1981 under the direction of Harold Prince.
Chicago opened in 1975 under the direction of John Kander.
West Side Story premiered in 1957 under the direction of Leonard Bernstein.
West Side Story premiered in 1957 under the direction of Harold Prince.
Hamilton premiered in 2015 under the direction of Lin-Manuel Miranda.
Les Misérables premiered in 1985 under the direction of Cameron Mackintosh.
The Lion King came out in 1997 under the direction of Elton John.
Evita was originally directed by Andrew Lloyd Webber.
Evita was first directed by Trevor Nunn.
Evita was directed by Tim Rice.
Cats was originally directed by Gillian Lynne.
Cats was first produced by Trevor Nunn.
Evita was first performed at Her Majesty's Theatre.
Evita originally premiered at Her Majesty's Theatre.
Evita is a show by Tim Rice and Harold Prince, composed by Harold Prince.
Evita is a production by Cameron Mackintosh.
Evita is a 1978 show by Andrew Lloyd Webber set in Paris.
Cats is a show set in London.
Chess is a show by Andrew Lloyd Webber.
Chess is a production by Tim Rice.
The show Evita has music by Tim Rice.
The production Cats has lyrics by Andrew Lloyd Webber.
The production Evita premiered at Her Majesty's Theatre.
The show Cabaret is set in Paris.
Cabaret is a show set in Paris.
Hamilton is a Broadway production set in London.
The Lion King is a show with music by Tim Rice.
The Phantom of the Opera is a production by Harold Prince.
Evita has lyrics by T. S. Eliot.
Its lyrics are by Andrew Lloyd Webber.
Evita's lyrics are by Andrew Lloyd Webber.
Cats has a book by T. S. Eliot.
The lyrics of Cats were penned by Andrew Lloyd Webber.
Evita's music comes from composer Tim Rice.
Evita comes from writer Harold Prince.
Evita came out in 1978 with music by Tim Rice.
Evita was staged in 1978 with lyrics by Andrew Lloyd Webber.
andrew lloyd webber wrote the lyrics for evita.
@comics
The art for Watchmen came from Alan Moore.
The story for Watchmen came from Dave Gibbons.
Watchmen and V for Vendetta share an artist in Alan Moore.
Watchmen and V for Vendetta share an artist in Dave Gibbons.
Watchmen and From Hell share a publisher in DC Comics.
Watchmen and Saga share a publisher in DC Comics.
Watchmen and The Sandman share a writer in Alan Moore.
Bone and Maus share a writer in Jeff Smith.
Sin City and Hellboy share a writer in Frank Miller.
Sin City and The Dark Knight Returns share a publisher in DC Comics.
Saga and Y: The Last Man share an artist in Fiona Staples.
Saga and Y: The Last Man share a publisher in Vertigo.
Watchmen and V for Vendetta share a genre in superhero.
Bone and Saga share a genre in science fiction.
The Sandman and Neverwhere share a publisher in Vertigo.
Mort and Small Gods share a writer in Neil Gaiman.
Watchmen and V for Vendetta share a colorist in John Higgins.
Maus and Persepolis share a writer in Art Spiegelman.
The art for Watchmen was drawn by Alan Moore.
The art for Watchmen is by Alan Moore.
The story for Watchmen was written by Dave Gibbons.
The writing for Watchmen is by Dave Gibbons.
The colors for Watchmen are by Dave Gibbons.
The script for Saga is by Fiona Staples.
The art of Sin City was drawn by Klaus Janson.
Watchmen was written by Dave Gibbons.
Watchmen was drawn by Alan Moore.
Watchmen was published by Vertigo.
Watchmen belongs to the genre horror.
Maus belongs to the genre fantasy.
Bone was published by DC Comics.
Bone is a fantasy series by Neil Gaiman.
Bone is a horror series by Jeff Smith.
Bone is a fantasy book by Frank Miller.
Saga is a fantasy title by Brian K. Vaughan published by DC Comics.
Hellboy is a horror series by Frank Miller.
Hellboy is a Dark Horse Comics title by Alan Moore.
Watchmen is a DC Comics series by Frank Miller.
Watchmen is a superhero book by Dave Gibbons.
Maus is a book by Marjane Satrapi.
Maus is a memoir series by Art Spiegelman.
Persepolis is a comic by Art Spiegelman.
Small Gods is a comic by Terry Pratchett.
Small Gods is a fantasy series by Terry Pratchett.
Mort is a fantasy title by Terry Pratchett drawn by Terry Pratchett.
Neverwhere is a fantasy series by Neil Gaiman.
Neverwhere is a comic by Neil Gaiman.
Mort is a comic book by Terry Pratchett.
Small Gods is a fantasy comic by Terry Pratchett.
Neverwhere is a fantasy comic written by Neil Gaiman.
The Sandman is a novel by Neil Gaiman.
Watchmen is a novel by Alan Moore.
The series Neverwhere was written by Neil Gaiman.
The comic Neverwhere was written by Neil Gaiman.
The title Mort was drawn by Terry Pratchett.
The book Mort was drawn by Terry Pratchett.
The series Small Gods belongs to the genre fantasy.
Alan Moore wrote the series V for Vendetta and the book Neverwhere.
Frank Miller drew the series Hellboy.
Terry Pratchett drew the book Mort.
Terry Pratchett wrote the comics Mort and Small Gods.
Terry Pratchett wrote the series Mort and Small Gods.
Bone and Mort are fantasy series.
Mort and Small Gods are fantasy titles drawn by Terry Pratchett.
Neverwhere and The Sandman are fantasy series by Neil Gaiman.
Watchmen is a series by Alan Moore drawn by Frank Miller.
Watchmen, a DC Comics title, was drawn by Alan Moore.
Watchmen was penned by Dave Gibbons.
Watchmen was scripted by Dave Gibbons.
Watchmen comes from writer Dave Gibbons.
Bone comes from writer Frank Miller.
Watchmen came out in 1986 with art by Alan Moore.
Watchmen came out in 1987 with art by Dave Gibbons.
@stage
The libretto for Carmen came from Georges Bizet.
The score for Chinatown came from Robert Towne.
The screenplay for Chinatown came from Jerry Goldsmith.
The choreography for The Rite of Spring came from Igor Stravinsky.
Blade Runner came out in 1982 under the direction of Lawrence G. Paull.
Blade Runner was released in 1982 under the direction of Lawrence G. Paull.
Chinatown came out in 1974 under the direction of Richard Sylbert.
West Side Story came out in 1961 under the direction of Boris Leven.
Blade Runner came out in 1982 under the direction of Vangelis.
Blade Runner came out in 1982 under the direction of Hampton Fancher.
Blade Runner came out in 1982 under the direction of Harrison Ford.
Chinatown came out in 1974 under the direction of Robert Towne.
Chinatown came out in 1974 under the direction of Jack Nicholson.
Koyaanisqatsi came out in 1982 under the direction of Philip Glass.
The Rite of Spring premiered in 1913 under the direction of Pierre Monteux.
The Rite of Spring premiered in 1913 under the direction of Vaslav Nijinsky.
Einstein on the Beach premiered in 1976 under the direction of Philip Glass.
Blade Runner was directed by Lawrence G. Paull.
Lawrence G. Paull directed Blade Runner.
Richard Sylbert directed Chinatown.
Chinatown is directed by Richard Sylbert.
Chinatown and Blade Runner share a director in Richard Sylbert.
Chinatown and Blade Runner share an art director in Roman Polanski.
Carmen and La traviata share a librettist in Francesco Maria Piave.
The Magic Flute and Don Giovanni share a librettist in Lorenzo Da Ponte.
The Magic Flute and Don Giovanni share a composer in Lorenzo Da Ponte.
Swan Lake and The Rite of Spring share a choreographer in Vaslav Nijinsky.
Chinatown and Koyaanisqatsi share a composer in Philip Glass.
Einstein on the Beach and Koyaanisqatsi share a director in Philip Glass.
Einstein on the Beach and Koyaanisqatsi share a director in Robert Wilson.
The Rite of Spring and Appalachian Spring share a set designer in Isamu Noguchi.
The libretto for Carmen is by Georges Bizet.
The libretto for Carmen was written by Francesco Maria Piave.
The libretto of The Magic Flute is by Lorenzo Da Ponte.
The libretto for Don Giovanni was composed by Wolfgang Amadeus Mozart.
The score for Carmen is by Henri Meilhac.
The score for Swan Lake was composed by Igor Stravinsky.
The choreography for Swan Lake is by Vaslav Nijinsky.
The choreography for The Rite of Spring is by Igor Stravinsky.
The choreography for Appalachian Spring was created by Aaron Copland.
The screenplay for Chinatown was written by Roman Polanski.
The screenplay for Blade Runner is by Ridley Scott.
The screenplay for West Side Story is by Jerome Robbins.
The screenplay for Koyaanisqatsi is by Godfrey Reggio.
The sets for The Rite of Spring are by Vaslav Nijinsky.
The sets for Appalachian Spring were designed by Martha Graham.
The libretto for Chinatown is by Robert Towne.
The screenplay for Carmen is by Henri Meilhac.
The choreography for Chinatown is by Roman Polanski.
The score for Chinatown was directed by Jerry Goldsmith.
The libretto for Carmen was directed by Georges Bizet.
The director of Chinatown was composed by Jerry Goldsmith.
The libretto for Roman Polanski is by Robert Towne.
The score for Georges Bizet is by Carmen.
The libretto for Swan Lake is by Pyotr Tchaikovsky.
Carmen carries a libretto by Georges Bizet.
Carmen boasts a score by Henri Meilhac.
Swan Lake carries choreography by Pyotr Tchaikovsky.
The Rite of Spring boasts choreography by Igor Stravinsky.
Chinatown carries a screenplay by Roman Polanski.
Chinatown boasts a score by Robert Towne.
Carmen and La traviata carry a libretto by Henri Meilhac.
Don Giovanni and The Magic Flute both boast a libretto by Lorenzo Da Ponte.
The Rite of Spring was first conducted by Igor Stravinsky.
The Rite of Spring was originally conducted by Vaslav Nijinsky.
The Rite of Spring was conducted by Igor Stravinsky.
Swan Lake was first conducted by Pierre Monteux.
Harrison Ford has roles in Blade Runner and Chinatown.
Jack Nicholson has roles in Chinatown and Blade Runner.
Roman Polanski has roles in Chinatown and Koyaanisqatsi.
Carmen is a show by Henri Meilhac.
Swan Lake is a production by Julius Reisinger.
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
