"""A small song graph for the dev37 set: songs (items), musicians, albums, genres and record
labels (attributes), and a few listeners (users) with ratings. Singers, songwriters and producers
are all ``musician`` entities. Relations declare only ``phrase`` / ``inverse_phrase``."""

from __future__ import annotations

import kgexplain as kgx

SONGS = {
    "song:rolling_in_the_deep": ("Rolling in the Deep", 2010),
    "song:someone_like_you": ("Someone Like You", 2011),
    "song:hello": ("Hello", 2015),
    "song:bad_guy": ("Bad Guy", 2019),
    "song:blinding_lights": ("Blinding Lights", 2019),
    "song:shake_it_off": ("Shake It Off", 2014),
    "song:blank_space": ("Blank Space", 2014),
    "song:get_lucky": ("Get Lucky", 2013),
    "song:happy": ("Happy", 2013),
    "song:uptown_funk": ("Uptown Funk", 2014),
    "song:levitating": ("Levitating", 2020),
    "song:dont_start_now": ("Don't Start Now", 2019),
}

ATTRIBUTES = {
    "musician:adele": ("musician", "Adele"),
    "musician:paul_epworth": ("musician", "Paul Epworth"),
    "musician:dan_wilson": ("musician", "Dan Wilson"),
    "musician:greg_kurstin": ("musician", "Greg Kurstin"),
    "musician:billie_eilish": ("musician", "Billie Eilish"),
    "musician:finneas": ("musician", "Finneas O'Connell"),
    "musician:the_weeknd": ("musician", "The Weeknd"),
    "musician:max_martin": ("musician", "Max Martin"),
    "musician:oscar_holter": ("musician", "Oscar Holter"),
    "musician:taylor_swift": ("musician", "Taylor Swift"),
    "musician:shellback": ("musician", "Shellback"),
    "musician:daft_punk": ("musician", "Daft Punk"),
    "musician:pharrell": ("musician", "Pharrell Williams"),
    "musician:nile_rodgers": ("musician", "Nile Rodgers"),
    "musician:mark_ronson": ("musician", "Mark Ronson"),
    "musician:bruno_mars": ("musician", "Bruno Mars"),
    "musician:dua_lipa": ("musician", "Dua Lipa"),
    "musician:ian_kirkpatrick": ("musician", "Ian Kirkpatrick"),
    "album:21": ("album", "21"),
    "album:25": ("album", "25"),
    "album:wwafawdwg": ("album", "When We All Fall Asleep, Where Do We Go?"),
    "album:after_hours": ("album", "After Hours"),
    "album:1989": ("album", "1989"),
    "album:ram": ("album", "Random Access Memories"),
    "album:girl": ("album", "G I R L"),
    "album:uptown_special": ("album", "Uptown Special"),
    "album:future_nostalgia": ("album", "Future Nostalgia"),
    "genre:soul": ("genre", "soul"),
    "genre:pop": ("genre", "pop"),
    "genre:synth_pop": ("genre", "synth-pop"),
    "genre:disco": ("genre", "disco"),
    "genre:funk": ("genre", "funk"),
    "label:xl": ("record label", "XL Recordings"),
    "label:interscope": ("record label", "Interscope Records"),
    "label:republic": ("record label", "Republic Records"),
    "label:big_machine": ("record label", "Big Machine Records"),
    "label:columbia": ("record label", "Columbia Records"),
    "label:rca": ("record label", "RCA Records"),
    "label:warner": ("record label", "Warner Records"),
}

USERS = {"user:maria": "Maria", "user:jonas": "Jonas", "user:priya": "Priya", "user:sam": "Sam"}

FACTS = [
    # song, singers, writers, producers, album, genres, label
    ("song:rolling_in_the_deep", ["musician:adele"], ["musician:adele", "musician:paul_epworth"],
     ["musician:paul_epworth"], "album:21", ["genre:soul"], "label:xl"),
    ("song:someone_like_you", ["musician:adele"], ["musician:adele", "musician:dan_wilson"],
     ["musician:dan_wilson"], "album:21", ["genre:pop"], "label:xl"),
    ("song:hello", ["musician:adele"], ["musician:adele", "musician:greg_kurstin"],
     ["musician:greg_kurstin"], "album:25", ["genre:soul"], "label:xl"),
    ("song:bad_guy", ["musician:billie_eilish"], ["musician:billie_eilish", "musician:finneas"],
     ["musician:finneas"], "album:wwafawdwg", ["genre:pop"], "label:interscope"),
    ("song:blinding_lights", ["musician:the_weeknd"],
     ["musician:the_weeknd", "musician:max_martin", "musician:oscar_holter"],
     ["musician:max_martin", "musician:oscar_holter"], "album:after_hours", ["genre:synth_pop"],
     "label:republic"),
    ("song:shake_it_off", ["musician:taylor_swift"],
     ["musician:taylor_swift", "musician:max_martin", "musician:shellback"],
     ["musician:max_martin", "musician:shellback"], "album:1989", ["genre:pop"], "label:big_machine"),
    ("song:blank_space", ["musician:taylor_swift"],
     ["musician:taylor_swift", "musician:max_martin", "musician:shellback"],
     ["musician:max_martin", "musician:shellback"], "album:1989", ["genre:pop"], "label:big_machine"),
    ("song:get_lucky", ["musician:daft_punk", "musician:pharrell"],
     ["musician:daft_punk", "musician:pharrell", "musician:nile_rodgers"],
     ["musician:daft_punk"], "album:ram", ["genre:disco", "genre:funk"], "label:columbia"),
    ("song:happy", ["musician:pharrell"], ["musician:pharrell"], ["musician:pharrell"],
     "album:girl", ["genre:soul"], "label:columbia"),
    ("song:uptown_funk", ["musician:mark_ronson", "musician:bruno_mars"],
     ["musician:mark_ronson", "musician:bruno_mars"], ["musician:mark_ronson", "musician:bruno_mars"],
     "album:uptown_special", ["genre:funk"], "label:rca"),
    ("song:levitating", ["musician:dua_lipa"], ["musician:dua_lipa"], [],
     "album:future_nostalgia", ["genre:disco"], "label:warner"),
    ("song:dont_start_now", ["musician:dua_lipa"], ["musician:dua_lipa"],
     ["musician:ian_kirkpatrick"], "album:future_nostalgia", ["genre:disco"], "label:warner"),
]

RATINGS = [
    ("user:maria", "song:rolling_in_the_deep", 5),
    ("user:maria", "song:hello", 4),
    ("user:maria", "song:bad_guy", 2),
    ("user:maria", "song:happy", 4),
    ("user:jonas", "song:get_lucky", 5),
    ("user:jonas", "song:uptown_funk", 4),
    ("user:jonas", "song:blank_space", 1),
    ("user:jonas", "song:levitating", 3),
    ("user:priya", "song:shake_it_off", 5),
    ("user:priya", "song:blinding_lights", 4),
    ("user:priya", "song:someone_like_you", 3),
    ("user:priya", "song:dont_start_now", 5),
    ("user:sam", "song:bad_guy", 5),
    ("user:sam", "song:blinding_lights", 2),
    ("user:sam", "song:happy", 4),
]

RELATIONS = [
    kgx.Relation("listened_to", phrase="listened to", inverse_phrase="was heard by",
                 domain=("user",), range=("song",)),
    kgx.Relation("sung_by", phrase="is sung by", inverse_phrase="sings",
                 domain=("song",), range=("musician",)),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote",
                 domain=("song",), range=("musician",)),
    kgx.Relation("produced_by", phrase="was produced by", inverse_phrase="produced",
                 domain=("song",), range=("musician",)),
    kgx.Relation("on_album", phrase="is on", inverse_phrase="contains",
                 domain=("song",), range=("album",)),
    kgx.Relation("in_genre", phrase="is in the genre", inverse_phrase="is the genre of",
                 domain=("song",), range=("genre",)),
    kgx.Relation("released_by", phrase="was released by", inverse_phrase="released",
                 domain=("song",), range=("record label",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for song, singers, writers, producers, album, genres, label in FACTS:
        out += [(song, "sung_by", m) for m in singers]
        out += [(song, "written_by", m) for m in writers]
        out += [(song, "produced_by", m) for m in producers]
        out.append((song, "on_album", album))
        out += [(song, "in_genre", g) for g in genres]
        out.append((song, "released_by", label))
    out += [(u, "listened_to", s, {"rating": float(r)}) for u, s, r in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="song", label=lab, attrs={"year": year})
            for i, (lab, year) in SONGS.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The dev37 song graph (12 songs, 39 attributes, 4 listeners)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="songs")
