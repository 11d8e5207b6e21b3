"""blind55: a small knowledge graph of stage musicals (original productions)."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation(
        "rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("musical",)
    ),
    kgx.Relation(
        "music_by",
        phrase="has music by",
        inverse_phrase="wrote the music for",
        domain=("musical",),
        range=("person",),
    ),
    kgx.Relation(
        "lyrics_by",
        phrase="has lyrics by",
        inverse_phrase="wrote the lyrics for",
        domain=("musical",),
        range=("person",),
    ),
    kgx.Relation(
        "book_by",
        phrase="has a book by",
        inverse_phrase="wrote the book for",
        domain=("musical",),
        range=("person",),
    ),
    kgx.Relation(
        "directed_by",
        phrase="was originally directed by",
        inverse_phrase="directed the original production of",
        domain=("musical",),
        range=("person",),
    ),
    kgx.Relation(
        "opened_at",
        phrase="opened at",
        inverse_phrase="housed the original production of",
        domain=("musical",),
        range=("theatre",),
    ),
    kgx.Relation(
        "based_on",
        phrase="is based on",
        inverse_phrase="was adapted into",
        domain=("musical",),
        range=("source_work",),
    ),
    kgx.Relation(
        "located_in",
        phrase="is located in",
        inverse_phrase="is home to",
        domain=("theatre",),
        range=("city",),
    ),
]

MUSICALS = [
    ("m:les_mis", "Les Misérables", 1985),
    ("m:phantom", "The Phantom of the Opera", 1986),
    ("m:evita", "Evita", 1978),
    ("m:wss", "West Side Story", 1957),
    ("m:gypsy", "Gypsy", 1959),
    ("m:sweeney", "Sweeney Todd", 1979),
    ("m:fiddler", "Fiddler on the Roof", 1964),
    ("m:cabaret", "Cabaret", 1966),
    ("m:chicago", "Chicago", 1975),
    ("m:hamilton", "Hamilton", 2015),
    ("m:heights", "In the Heights", 2008),
    ("m:oklahoma", "Oklahoma!", 1943),
    ("m:carousel", "Carousel", 1945),
    ("m:matilda", "Matilda the Musical", 2010),
]

PEOPLE = [
    ("p:schonberg", "Claude-Michel Schönberg"),
    ("p:boublil", "Alain Boublil"),
    ("p:kretzmer", "Herbert Kretzmer"),
    ("p:lloyd_webber", "Andrew Lloyd Webber"),
    ("p:hart", "Charles Hart"),
    ("p:stilgoe", "Richard Stilgoe"),
    ("p:rice", "Tim Rice"),
    ("p:bernstein", "Leonard Bernstein"),
    ("p:sondheim", "Stephen Sondheim"),
    ("p:laurents", "Arthur Laurents"),
    ("p:styne", "Jule Styne"),
    ("p:wheeler", "Hugh Wheeler"),
    ("p:bock", "Jerry Bock"),
    ("p:harnick", "Sheldon Harnick"),
    ("p:stein", "Joseph Stein"),
    ("p:kander", "John Kander"),
    ("p:ebb", "Fred Ebb"),
    ("p:masteroff", "Joe Masteroff"),
    ("p:fosse", "Bob Fosse"),
    ("p:miranda", "Lin-Manuel Miranda"),
    ("p:hudes", "Quiara Alegría Hudes"),
    ("p:rodgers", "Richard Rodgers"),
    ("p:hammerstein", "Oscar Hammerstein II"),
    ("p:minchin", "Tim Minchin"),
    ("p:kelly", "Dennis Kelly"),
    ("p:nunn", "Trevor Nunn"),
    ("p:caird", "John Caird"),
    ("p:prince", "Harold Prince"),
    ("p:robbins", "Jerome Robbins"),
    ("p:kail", "Thomas Kail"),
    ("p:mamoulian", "Rouben Mamoulian"),
    ("p:warchus", "Matthew Warchus"),
]

THEATRES = [
    ("t:barbican", "Barbican Theatre", "c:london"),
    ("t:her_majestys", "Her Majesty's Theatre", "c:london"),
    ("t:prince_edward", "Prince Edward Theatre", "c:london"),
    ("t:winter_garden", "Winter Garden Theatre", "c:nyc"),
    ("t:broadway", "Broadway Theatre", "c:nyc"),
    ("t:uris", "Uris Theatre", "c:nyc"),
    ("t:imperial", "Imperial Theatre", "c:nyc"),
    ("t:broadhurst", "Broadhurst Theatre", "c:nyc"),
    ("t:46th_street", "46th Street Theatre", "c:nyc"),
    ("t:richard_rodgers", "Richard Rodgers Theatre", "c:nyc"),
    ("t:st_james", "St. James Theatre", "c:nyc"),
    ("t:majestic", "Majestic Theatre", "c:nyc"),
    ("t:courtyard", "Courtyard Theatre", "c:stratford"),
]

CITIES = [("c:london", "London"), ("c:nyc", "New York City"), ("c:stratford", "Stratford-upon-Avon")]

SOURCES = [
    ("s:hugo_novel", "Les Misérables"),
    ("s:leroux_novel", "The Phantom of the Opera"),
    ("s:romeo_juliet", "Romeo and Juliet"),
    ("s:gypsy_memoir", "Gypsy: A Memoir"),
    ("s:bond_play", "Sweeney Todd: The Demon Barber of Fleet Street"),
    ("s:tevye", "Tevye the Dairyman"),
    ("s:camera", "I Am a Camera"),
    ("s:chicago_play", "Chicago"),
    ("s:chernow", "Alexander Hamilton"),
    ("s:lilacs", "Green Grow the Lilacs"),
    ("s:liliom", "Liliom"),
    ("s:dahl_novel", "Matilda"),
]

USERS = [("u:ana", "Ana"), ("u:ben", "Ben"), ("u:chloe", "Chloé"), ("u:dev", "Dev"), ("u:emma", "Emma")]


def entities():
    out = [kgx.Entity(i, kind="item", type="musical", label=lab, attrs={"year": y}) for i, lab, y in MUSICALS]
    out += [kgx.Entity(i, kind="attribute", type="person", label=lab) for i, lab in PEOPLE]
    out += [kgx.Entity(i, kind="attribute", type="theatre", label=lab) for i, lab, _ in THEATRES]
    out += [kgx.Entity(i, kind="attribute", type="city", label=lab) for i, lab in CITIES]
    out += [kgx.Entity(i, kind="attribute", type="source_work", label=lab) for i, lab in SOURCES]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS]
    return out


def rows():
    r = []

    def add(item, rel, *tails):
        for t in tails:
            r.append((item, rel, t))

    add("m:les_mis", "music_by", "p:schonberg")
    add("m:les_mis", "lyrics_by", "p:kretzmer")
    add("m:les_mis", "book_by", "p:boublil", "p:schonberg")
    add("m:les_mis", "directed_by", "p:nunn", "p:caird")
    add("m:les_mis", "opened_at", "t:barbican")
    add("m:les_mis", "based_on", "s:hugo_novel")

    add("m:phantom", "music_by", "p:lloyd_webber")
    add("m:phantom", "lyrics_by", "p:hart")
    add("m:phantom", "book_by", "p:stilgoe", "p:lloyd_webber")
    add("m:phantom", "directed_by", "p:prince")
    add("m:phantom", "opened_at", "t:her_majestys")
    add("m:phantom", "based_on", "s:leroux_novel")

    add("m:evita", "music_by", "p:lloyd_webber")
    add("m:evita", "lyrics_by", "p:rice")
    add("m:evita", "directed_by", "p:prince")
    add("m:evita", "opened_at", "t:prince_edward")

    add("m:wss", "music_by", "p:bernstein")
    add("m:wss", "lyrics_by", "p:sondheim")
    add("m:wss", "book_by", "p:laurents")
    add("m:wss", "directed_by", "p:robbins")
    add("m:wss", "opened_at", "t:winter_garden")
    add("m:wss", "based_on", "s:romeo_juliet")

    add("m:gypsy", "music_by", "p:styne")
    add("m:gypsy", "lyrics_by", "p:sondheim")
    add("m:gypsy", "book_by", "p:laurents")
    add("m:gypsy", "directed_by", "p:robbins")
    add("m:gypsy", "opened_at", "t:broadway")
    add("m:gypsy", "based_on", "s:gypsy_memoir")

    add("m:sweeney", "music_by", "p:sondheim")
    add("m:sweeney", "lyrics_by", "p:sondheim")
    add("m:sweeney", "book_by", "p:wheeler")
    add("m:sweeney", "directed_by", "p:prince")
    add("m:sweeney", "opened_at", "t:uris")
    add("m:sweeney", "based_on", "s:bond_play")

    add("m:fiddler", "music_by", "p:bock")
    add("m:fiddler", "lyrics_by", "p:harnick")
    add("m:fiddler", "book_by", "p:stein")
    add("m:fiddler", "directed_by", "p:robbins")
    add("m:fiddler", "opened_at", "t:imperial")
    add("m:fiddler", "based_on", "s:tevye")

    add("m:cabaret", "music_by", "p:kander")
    add("m:cabaret", "lyrics_by", "p:ebb")
    add("m:cabaret", "book_by", "p:masteroff")
    add("m:cabaret", "directed_by", "p:prince")
    add("m:cabaret", "opened_at", "t:broadhurst")
    add("m:cabaret", "based_on", "s:camera")

    add("m:chicago", "music_by", "p:kander")
    add("m:chicago", "lyrics_by", "p:ebb")
    add("m:chicago", "book_by", "p:ebb", "p:fosse")
    add("m:chicago", "directed_by", "p:fosse")
    add("m:chicago", "opened_at", "t:46th_street")
    add("m:chicago", "based_on", "s:chicago_play")

    add("m:hamilton", "music_by", "p:miranda")
    add("m:hamilton", "lyrics_by", "p:miranda")
    add("m:hamilton", "book_by", "p:miranda")
    add("m:hamilton", "directed_by", "p:kail")
    add("m:hamilton", "opened_at", "t:richard_rodgers")
    add("m:hamilton", "based_on", "s:chernow")

    add("m:heights", "music_by", "p:miranda")
    add("m:heights", "lyrics_by", "p:miranda")
    add("m:heights", "book_by", "p:hudes")
    add("m:heights", "directed_by", "p:kail")
    add("m:heights", "opened_at", "t:richard_rodgers")

    add("m:oklahoma", "music_by", "p:rodgers")
    add("m:oklahoma", "lyrics_by", "p:hammerstein")
    add("m:oklahoma", "book_by", "p:hammerstein")
    add("m:oklahoma", "directed_by", "p:mamoulian")
    add("m:oklahoma", "opened_at", "t:st_james")
    add("m:oklahoma", "based_on", "s:lilacs")

    add("m:carousel", "music_by", "p:rodgers")
    add("m:carousel", "lyrics_by", "p:hammerstein")
    add("m:carousel", "book_by", "p:hammerstein")
    add("m:carousel", "directed_by", "p:mamoulian")
    add("m:carousel", "opened_at", "t:majestic")
    add("m:carousel", "based_on", "s:liliom")

    add("m:matilda", "music_by", "p:minchin")
    add("m:matilda", "lyrics_by", "p:minchin")
    add("m:matilda", "book_by", "p:kelly")
    add("m:matilda", "directed_by", "p:warchus")
    add("m:matilda", "opened_at", "t:courtyard")
    add("m:matilda", "based_on", "s:dahl_novel")

    for t, _, c in THEATRES:
        r.append((t, "located_in", c))

    ratings = {
        "u:ana": {"m:les_mis": 5, "m:phantom": 4, "m:evita": 2, "m:hamilton": 5, "m:matilda": 3},
        "u:ben": {"m:sweeney": 5, "m:cabaret": 4, "m:chicago": 2, "m:gypsy": 3},
        "u:chloe": {"m:wss": 4, "m:oklahoma": 1, "m:carousel": 2, "m:fiddler": 5},
        "u:dev": {"m:heights": 4, "m:hamilton": 3, "m:chicago": 5, "m:phantom": 1},
        "u:emma": {"m:matilda": 5, "m:les_mis": 3, "m:sweeney": 2, "m:wss": 4, "m:evita": 4},
    }
    for u, rs in ratings.items():
        for m, v in rs.items():
            if v is not None:
                r.append((u, "rated", m, {"rating": float(v)}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind55")


if __name__ == "__main__":
    g = build()
    print(g.num_triples, g.num_entities)
