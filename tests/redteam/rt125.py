"""Red team round 125 (the readings of the round's CHANGES.diff): the user named by label and spoken
to, "..., giving it 4.5", agent nouns ("engineer", "mixer", "captain", "baker", "cook" ...), "X has
three editors: A, B and C", counted attributed lists ("two science fiction films: A and B"), "X handled
the editing on Y", the movie graph's "behind the camera" / "director of photography" / "handled the
release of", companies named without their kind word, "for children" / "comic" and a genre's touch
("with a comic streak"): false texts only, plus faithful controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def albums():
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("album",)),
        R("recorded_by", phrase="is recorded by", inverse_phrase="recorded", domain=("album",), range=("artist",)),
        R("produced_by", phrase="is produced by", inverse_phrase="produced", domain=("album",), range=("person",)),
        R("engineered_by", phrase="is engineered by", inverse_phrase="engineered", domain=("album",), range=("person",)),
        R("mixed_by", phrase="is mixed by", inverse_phrase="mixed", domain=("album",), range=("person",)),
        R("mastered_by", phrase="is mastered by", inverse_phrase="mastered", domain=("album",), range=("person",)),
        R("arranged_by", phrase="is arranged by", inverse_phrase="arranged", domain=("album",), range=("person",)),
        R("released_on", phrase="is released on", inverse_phrase="released", domain=("album",), range=("label",)),
        R("recorded_at", phrase="is recorded at", inverse_phrase="hosted the recording of", domain=("album",),
          range=("studio",)),
        R("has_genre", phrase="is a", inverse_phrase="is the genre of", domain=("album",), range=("genre",)),
    ]
    items = {
        "a:bends": ("album", "The Bends", 1995), "a:okc": ("album", "OK Computer", 1997),
        "a:dsotm": ("album", "The Dark Side of the Moon", 1973), "a:lz4": ("album", "Led Zeppelin IV", 1971),
        "a:nevermind": ("album", "Nevermind", 1991), "a:wish": ("album", "Wish You Were Here", 1975),
        "a:inutero": ("album", "In Utero", 1993), "a:pet": ("album", "Pet Sounds", 1966),
        "a:thriller": ("album", "Thriller", 1982), "a:kida": ("album", "Kid A", 2000),
    }
    others = {
        "r:radiohead": ("artist", "Radiohead"), "r:floyd": ("artist", "Pink Floyd"), "r:zep": ("artist", "Led Zeppelin"),
        "r:nirvana": ("artist", "Nirvana"), "r:beach": ("artist", "The Beach Boys"), "r:mj": ("artist", "Michael Jackson"),
        "p:leckie": ("person", "John Leckie"), "p:godrich": ("person", "Nigel Godrich"),
        "p:parsons": ("person", "Alan Parsons"), "p:page": ("person", "Jimmy Page"), "p:vig": ("person", "Butch Vig"),
        "p:albini": ("person", "Steve Albini"), "p:wallace": ("person", "Andy Wallace"),
        "p:litt": ("person", "Scott Litt"), "p:guthrie": ("person", "James Guthrie"),
        "p:brian": ("person", "Brian Wilson"), "p:quincy": ("person", "Quincy Jones"),
        "p:swedien": ("person", "Bruce Swedien"), "p:ludwig": ("person", "Bob Ludwig"),
        "p:hipgnosis": ("person", "Storm Thorgerson"), "p:johns": ("person", "Andy Johns"),
        "p:bobby": ("person", "Bernie Grundman"), "p:howard": ("person", "Howard Gale"),
        "l:parlophone": ("label", "Parlophone"), "l:harvest": ("label", "Harvest Records"),
        "l:atlantic": ("label", "Atlantic Records"), "l:dgc": ("label", "DGC Records"),
        "l:epic": ("label", "Epic Records"), "l:capitol": ("label", "Capitol Records"),
        "l:columbia": ("label", "Columbia Records"),
        "s:abbey": ("studio", "Abbey Road Studios"), "s:sound_city": ("studio", "Sound City Studios"),
        "s:westlake": ("studio", "Westlake Recording Studios"), "s:pachyderm": ("studio", "Pachyderm Studio"),
        "s:headley": ("studio", "Headley Grange Studios"), "s:western": ("studio", "Western Recorders"),
        "s:manor": ("studio", "The Manor Studio"), "s:britannia": ("studio", "Britannia Row Studios"),
        "g:rock": ("genre", "rock"), "g:pop": ("genre", "pop"), "g:grunge": ("genre", "grunge"),
        "g:comedy": ("genre", "comedy"), "g:prog": ("genre", "progressive rock"),
    }
    users = [("user:ana", "Ana"), ("user:ben", "Ben"), ("user:dev", "Dev"), ("user:cleo", "Cleo")]
    T = [
        ("a:bends", "recorded_by", "r:radiohead"), ("a:okc", "recorded_by", "r:radiohead"),
        ("a:kida", "recorded_by", "r:radiohead"),
        ("a:dsotm", "recorded_by", "r:floyd"), ("a:wish", "recorded_by", "r:floyd"), ("a:lz4", "recorded_by", "r:zep"),
        ("a:nevermind", "recorded_by", "r:nirvana"), ("a:inutero", "recorded_by", "r:nirvana"),
        ("a:pet", "recorded_by", "r:beach"), ("a:thriller", "recorded_by", "r:mj"),
        ("a:bends", "produced_by", "p:leckie"), ("a:okc", "produced_by", "p:godrich"),
        ("a:okc", "produced_by", "p:godrich"), ("a:kida", "produced_by", "p:godrich"),
        ("a:bends", "engineered_by", "p:godrich"), ("a:dsotm", "engineered_by", "p:parsons"),
        ("a:lz4", "produced_by", "p:page"), ("a:lz4", "engineered_by", "p:johns"),
        ("a:nevermind", "produced_by", "p:vig"), ("a:nevermind", "mixed_by", "p:wallace"),
        ("a:inutero", "engineered_by", "p:albini"), ("a:inutero", "mixed_by", "p:litt"),
        ("a:wish", "engineered_by", "p:parsons"), ("a:wish", "mixed_by", "p:guthrie"),
        ("a:pet", "produced_by", "p:brian"), ("a:pet", "arranged_by", "p:brian"),
        ("a:thriller", "produced_by", "p:quincy"), ("a:thriller", "engineered_by", "p:swedien"),
        ("a:thriller", "mixed_by", "p:swedien"), ("a:thriller", "mastered_by", "p:bobby"),
        ("a:thriller", "arranged_by", "p:quincy"),
        ("a:nevermind", "mastered_by", "p:howard"), ("a:okc", "mastered_by", "p:ludwig"),
        ("a:bends", "released_on", "l:parlophone"), ("a:okc", "released_on", "l:parlophone"),
        ("a:kida", "released_on", "l:parlophone"),
        ("a:dsotm", "released_on", "l:harvest"), ("a:wish", "released_on", "l:harvest"),
        ("a:wish", "released_on", "l:columbia"), ("a:lz4", "released_on", "l:atlantic"),
        ("a:nevermind", "released_on", "l:dgc"), ("a:inutero", "released_on", "l:dgc"),
        ("a:pet", "released_on", "l:capitol"), ("a:thriller", "released_on", "l:epic"),
        ("a:dsotm", "recorded_at", "s:abbey"), ("a:wish", "recorded_at", "s:abbey"),
        ("a:nevermind", "recorded_at", "s:sound_city"), ("a:inutero", "recorded_at", "s:pachyderm"),
        ("a:lz4", "recorded_at", "s:headley"), ("a:thriller", "recorded_at", "s:westlake"),
        ("a:pet", "recorded_at", "s:western"), ("a:bends", "recorded_at", "s:manor"),
        ("a:okc", "recorded_at", "s:britannia"),
        ("a:bends", "has_genre", "g:rock"), ("a:okc", "has_genre", "g:rock"), ("a:nevermind", "has_genre", "g:grunge"),
        ("a:inutero", "has_genre", "g:grunge"), ("a:thriller", "has_genre", "g:pop"), ("a:pet", "has_genre", "g:pop"),
        ("a:dsotm", "has_genre", "g:prog"), ("a:wish", "has_genre", "g:prog"), ("a:lz4", "has_genre", "g:rock"),
        ("user:ana", "rated", "a:dsotm", {"rating": 5.0}), ("user:ana", "rated", "a:bends", {"rating": 2.0}),
        ("user:ana", "rated", "a:thriller", {"rating": 4.5}),
        ("user:ben", "rated", "a:nevermind", {"rating": 2.0}), ("user:ben", "rated", "a:okc", {"rating": 4.5}),
        ("user:ben", "rated", "a:pet", {"rating": 5.0}),
        ("user:dev", "rated", "a:lz4", {"rating": 4.5}), ("user:dev", "rated", "a:inutero", {"rating": 1.0}),
        ("user:cleo", "rated", "a:dsotm", {"rating": 3.0}), ("user:cleo", "rated", "a:okc", {"rating": 5.0}),
    ]
    return _build(items, others, rels, T, users)


def bridges():
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("bridge",), range=("person",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("bridge",), range=("company",)),
        R("has_type", phrase="is a bridge of the type", inverse_phrase="is the type of", domain=("bridge",),
          range=("bridge_type",)),
        R("crosses", phrase="crosses", inverse_phrase="is crossed by", domain=("bridge",), range=("river",)),
    ]
    items = {
        "b:gwb": ("bridge", "George Washington Bridge", 1931), "b:vnb": ("bridge", "Verrazzano-Narrows Bridge", 1964),
        "b:bayonne": ("bridge", "Bayonne Bridge", 1931), "b:brooklyn": ("bridge", "Brooklyn Bridge", 1883),
        "b:forth": ("bridge", "Forth Bridge", 1890), "b:sydney": ("bridge", "Sydney Harbour Bridge", 1932),
        "b:hell": ("bridge", "Hell Gate Bridge", 1916), "b:gg": ("bridge", "Golden Gate Bridge", 1937),
    }
    others = {
        "p:ammann": ("person", "Othmar Ammann"), "p:roebling": ("person", "John A. Roebling"),
        "p:baker": ("person", "Benjamin Baker"), "p:fowler": ("person", "John Fowler"),
        "p:bradfield": ("person", "John Bradfield"), "p:lindenthal": ("person", "Gustav Lindenthal"),
        "p:strauss": ("person", "Joseph Strauss"),
        "t:suspension": ("bridge_type", "suspension bridge"), "t:arch": ("bridge_type", "arch bridge"),
        "t:cantilever": ("bridge_type", "cantilever bridge"),
        "c:amb": ("company", "American Bridge Company"), "c:dorman": ("company", "Dorman Long"),
        "c:arrol": ("company", "Arrol Brothers"), "c:bethlehem": ("company", "Bethlehem Steel Corporation"),
        "c:mckc": ("company", "McClintic-Marshall Company"),
        "w:hudson": ("river", "Hudson River"), "w:east": ("river", "East River"), "w:forth": ("river", "Firth of Forth"),
        "w:kill": ("river", "Kill Van Kull"),
    }
    T = [
        ("b:gwb", "designed_by", "p:ammann"), ("b:vnb", "designed_by", "p:ammann"), ("b:bayonne", "designed_by", "p:ammann"),
        ("b:brooklyn", "designed_by", "p:roebling"), ("b:forth", "designed_by", "p:baker"),
        ("b:forth", "designed_by", "p:fowler"), ("b:sydney", "designed_by", "p:bradfield"),
        ("b:hell", "designed_by", "p:lindenthal"), ("b:gg", "designed_by", "p:strauss"),
        ("b:gwb", "has_type", "t:suspension"), ("b:vnb", "has_type", "t:suspension"),
        ("b:brooklyn", "has_type", "t:suspension"), ("b:bayonne", "has_type", "t:arch"),
        ("b:forth", "has_type", "t:cantilever"), ("b:sydney", "has_type", "t:arch"), ("b:hell", "has_type", "t:arch"),
        ("b:gg", "has_type", "t:suspension"),
        ("b:gwb", "built_by", "c:amb"), ("b:bayonne", "built_by", "c:amb"), ("b:vnb", "built_by", "c:bethlehem"),
        ("b:sydney", "built_by", "c:dorman"), ("b:forth", "built_by", "c:arrol"), ("b:hell", "built_by", "c:amb"),
        ("b:gg", "built_by", "c:mckc"),
        ("b:gwb", "crosses", "w:hudson"), ("b:brooklyn", "crosses", "w:east"), ("b:hell", "crosses", "w:east"),
        ("b:forth", "crosses", "w:forth"), ("b:bayonne", "crosses", "w:kill"),
    ]
    return _build(items, others, rels, T)


def voyages():
    """Ships and their captains, regions and their explorers, dishes and their cooks, cakes and their
    bakers, games and their programmers, stamps and their engravers."""
    rels = [
        R("captained_by", phrase="was captained by", inverse_phrase="captained", domain=("ship",), range=("person",)),
        R("explored_by", phrase="was explored by", inverse_phrase="explored", domain=("region",), range=("person",)),
        R("cooked_by", phrase="was cooked by", inverse_phrase="cooked", domain=("dish",), range=("person",)),
        R("baked_by", phrase="was baked by", inverse_phrase="baked", domain=("cake",), range=("person",)),
        R("programmed_by", phrase="was programmed by", inverse_phrase="programmed", domain=("game",), range=("person",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("game", "stamp"), range=("person",)),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("game",), range=("studio",)),
        R("engraved_by", phrase="was engraved by", inverse_phrase="engraved", domain=("stamp",), range=("person",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("company",)),
    ]
    items = {
        "s:endeavour": ("ship", "HMS Endeavour", 1764), "s:beagle": ("ship", "HMS Beagle", 1820),
        "s:fram": ("ship", "Fram", 1892), "s:resolution": ("ship", "HMS Resolution", 1771),
        "s:terra": ("ship", "Terra Nova", 1884),
        "r:nwp": ("region", "Northwest Passage", 1906), "r:pacific": ("region", "South Pacific", 1769),
        "r:congo": ("region", "Congo Basin", 1877),
        "d:bouill": ("dish", "Bouillabaisse", 1900), "d:wellington": ("dish", "Beef Wellington", 1930),
        "d:risotto": ("dish", "Risotto alla Milanese", 1950),
        "c:sachertorte": ("cake", "Sachertorte", 1832), "c:battenberg": ("cake", "Battenberg", 1884),
        "c:victoria": ("cake", "Victoria Sponge", 1855),
        "g:pacman": ("game", "Pac-Man", 1980), "g:doom": ("game", "Doom", 1993), "g:tetris": ("game", "Tetris", 1984),
        "g:elite": ("game", "Elite", 1984),
        "t:black": ("stamp", "Penny Black", 1840), "t:jenny": ("stamp", "Inverted Jenny", 1918),
    }
    others = {
        "p:cook": ("person", "James Cook"), "p:fitzroy": ("person", "Robert FitzRoy"),
        "p:sverdrup": ("person", "Otto Sverdrup"), "p:scott": ("person", "Robert Falcon Scott"),
        "p:amundsen": ("person", "Roald Amundsen"), "p:stanley": ("person", "Henry Morton Stanley"),
        "p:darwin": ("person", "Charles Darwin"), "p:evans": ("person", "Edward Evans"),
        "p:ramsay": ("person", "Gordon Ramsay"), "p:escoffier": ("person", "Auguste Escoffier"),
        "p:marchesi": ("person", "Gualtiero Marchesi"), "p:sacher": ("person", "Franz Sacher"),
        "p:tbaker": ("person", "Tom Baker"), "p:berry": ("person", "Mary Berry"), "p:scook": ("person", "Sam Cook"),
        "p:iwatani": ("person", "Toru Iwatani"), "p:carmack": ("person", "John Carmack"),
        "p:romero": ("person", "John Romero"), "p:pajitnov": ("person", "Alexey Pajitnov"),
        "p:braben": ("person", "David Braben"), "p:bell": ("person", "Ian Bell"),
        "p:heath": ("person", "Charles Heath"), "p:wyon": ("person", "William Wyon"),
        "p:huber": ("person", "Marcus Baldwin"), "p:clair": ("person", "Clair Aubrey Huston"),
        "o:namco": ("studio", "Namco"), "o:id": ("studio", "id Software"), "o:acorn": ("studio", "Acornsoft"),
        "y:whitby": ("company", "Whitby Shipyards"), "y:colin": ("company", "Colin Archer"),
        "y:woolwich": ("company", "Woolwich Dockyard"), "y:fishburn": ("company", "Fishburn Shipbuilding Company"),
    }
    T = [
        ("s:endeavour", "captained_by", "p:cook"), ("s:resolution", "captained_by", "p:cook"),
        ("s:beagle", "captained_by", "p:fitzroy"), ("s:fram", "captained_by", "p:sverdrup"),
        ("s:terra", "captained_by", "p:evans"),
        ("s:endeavour", "built_by", "y:fishburn"), ("s:resolution", "built_by", "y:fishburn"),
        ("s:beagle", "built_by", "y:woolwich"), ("s:fram", "built_by", "y:colin"),
        ("r:nwp", "explored_by", "p:amundsen"), ("r:pacific", "explored_by", "p:cook"),
        ("r:congo", "explored_by", "p:stanley"),
        ("d:bouill", "cooked_by", "p:escoffier"), ("d:wellington", "cooked_by", "p:ramsay"),
        ("d:risotto", "cooked_by", "p:marchesi"), ("d:wellington", "cooked_by", "p:scook"),
        ("c:sachertorte", "baked_by", "p:sacher"), ("c:battenberg", "baked_by", "p:tbaker"),
        ("c:victoria", "baked_by", "p:berry"),
        ("g:pacman", "programmed_by", "p:iwatani"), ("g:pacman", "designed_by", "p:iwatani"),
        ("g:doom", "programmed_by", "p:carmack"), ("g:doom", "designed_by", "p:romero"),
        ("g:tetris", "programmed_by", "p:pajitnov"), ("g:tetris", "designed_by", "p:pajitnov"),
        ("g:elite", "programmed_by", "p:braben"), ("g:elite", "programmed_by", "p:bell"),
        ("g:pacman", "developed_by", "o:namco"), ("g:doom", "developed_by", "o:id"), ("g:elite", "developed_by", "o:acorn"),
        ("t:black", "engraved_by", "p:heath"), ("t:black", "designed_by", "p:wyon"),
        ("t:jenny", "engraved_by", "p:huber"), ("t:jenny", "designed_by", "p:clair"),
    ]
    return _build(items, others, rels, T)


def comics():
    """A graph whose items are comics: "comic" names them, not the genre Comedy."""
    rels = [
        R("has_genre", phrase="is a", inverse_phrase="is the genre of", domain=("comic",), range=("genre",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("comic",), range=("person",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("comic",), range=("publisher",)),
    ]
    items = {"c:calvin": ("comic", "Calvin and Hobbes", 1985), "c:maus": ("comic", "Maus", 1980),
             "c:watchmen": ("comic", "Watchmen", 1986), "c:asterix": ("comic", "Asterix", 1959),
             "c:peanuts": ("comic", "Peanuts", 1950)}
    others = {"g:comedy": ("genre", "Comedy"), "g:drama": ("genre", "Drama"), "g:superhero": ("genre", "Superhero"),
              "g:children": ("genre", "Children"),
              "p:watterson": ("person", "Bill Watterson"), "p:spiegelman": ("person", "Art Spiegelman"),
              "p:moore": ("person", "Alan Moore"), "p:goscinny": ("person", "René Goscinny"),
              "p:schulz": ("person", "Charles M. Schulz"),
              "b:pantheon": ("publisher", "Pantheon Books"), "b:dc": ("publisher", "DC Comics"),
              "b:dargaud": ("publisher", "Dargaud"), "b:andrews": ("publisher", "Andrews McMeel Publishing"),
              "b:ufs": ("publisher", "United Feature Syndicate")}
    T = [("c:calvin", "has_genre", "g:comedy"), ("c:maus", "has_genre", "g:drama"), ("c:watchmen", "has_genre", "g:superhero"),
         ("c:watchmen", "has_genre", "g:drama"), ("c:asterix", "has_genre", "g:comedy"), ("c:peanuts", "has_genre", "g:comedy"),
         ("c:peanuts", "has_genre", "g:children"),
         ("c:calvin", "written_by", "p:watterson"), ("c:maus", "written_by", "p:spiegelman"),
         ("c:watchmen", "written_by", "p:moore"), ("c:asterix", "written_by", "p:goscinny"),
         ("c:peanuts", "written_by", "p:schulz"),
         ("c:maus", "published_by", "b:pantheon"), ("c:watchmen", "published_by", "b:dc"),
         ("c:asterix", "published_by", "b:dargaud"), ("c:calvin", "published_by", "b:andrews"),
         ("c:peanuts", "published_by", "b:ufs")]
    return _build(items, others, rels, T)


BUILDERS = {"albums": albums, "bridges": bridges, "voyages": voyages, "comics": comics,
            "movies": kgx.KnowledgeGraph.example}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@albums user:ana
# (1) the user named by label, and spoken to
Ana rated The Dark Side of the Moon 4 out of 5.
Ana rated The Dark Side of the Moon 3 out of 5.
Ana loved The Bends.
Ana gave The Bends five stars.
Ana rated The Bends 5 out of 5.
Ana gave Thriller five stars.
Ana loved OK Computer.
Ana rated Nevermind 2 out of 5.
Ana disliked The Dark Side of the Moon.
Ana hated Thriller.
Ana liked The Bends.
Ben gave The Dark Side of the Moon five stars.
Ben loved The Dark Side of the Moon.
Cleo gave The Dark Side of the Moon five stars.
Ben, you gave The Dark Side of the Moon five stars.
Cleo, you loved The Dark Side of the Moon.
You loved The Dark Side of the Moon, Ben.
You loved The Dark Side of the Moon, Cleo.
You gave The Dark Side of the Moon five stars, Dev.
Ana and Ben both loved The Dark Side of the Moon.
Ben and Ana both loved The Dark Side of the Moon.
Ana, your friend Ben loved The Dark Side of the Moon.
Like Ben, you loved The Dark Side of the Moon.
Ana loved The Dark Side of the Moon, and so did Ben.
Ana loved The Dark Side of the Moon, as did Ben.
You and Ben loved The Dark Side of the Moon.
Ben's friend Ana loved The Dark Side of the Moon.
Ana loved The Dark Side of the Moon, Cleo.
Cleo, Ana loved The Dark Side of the Moon.
Ana gave The Dark Side of the Moon five stars, Dev.
Ana, Ben gave The Dark Side of the Moon five stars.
You loved The Dark Side of the Moon, Ana, and Ben loved it too.
Ana, you and Ben loved The Dark Side of the Moon.
Ana, you loved The Bends.
You loved The Bends, Ana.
Ana, you gave The Dark Side of the Moon four stars.
You gave Thriller five stars, Ana.
Ana, you rated Thriller 5 out of 5.
Ana, you recorded The Dark Side of the Moon.
Ana produced The Dark Side of the Moon.
Ana engineered The Dark Side of the Moon.
The Dark Side of the Moon was engineered by Ana.
The Dark Side of the Moon was rated 4 by Ana.
The Bends was loved by Ana.
ana rated The Dark Side of the Moon 5 out of 5.
# (2) "..., giving it 4.5" / "..., rating it 4.5"
Ana loved The Dark Side of the Moon, giving it 4.5.
You liked Thriller, giving it 5.
You loved The Dark Side of the Moon and Thriller, giving it 5.
You loved Thriller and The Dark Side of the Moon, giving it 5.
You loved The Dark Side of the Moon, giving Thriller 5.
You loved The Dark Side of the Moon, rating it 5, and Thriller, rating it 5.
You disliked The Bends, giving it 4.5.
You loved The Bends, giving it 2.
You hated The Dark Side of the Moon, giving it 5.
Pink Floyd recorded The Dark Side of the Moon, giving it 5.
You loved The Dark Side of the Moon, giving it 5 stars out of 10.
You loved The Dark Side of the Moon, giving it a 5, and Ben did too.
You loved The Dark Side of the Moon, Ben giving it 5.
You loved The Dark Side of the Moon, giving it 5 while Ben gave it 5.
You loved The Dark Side of the Moon and Thriller, giving them 4.5 and 5.
You loved The Dark Side of the Moon and Thriller, giving them 4.5 and 5 respectively.
You loved The Dark Side of the Moon and Thriller, rating them 4.5 and 5 stars.
Ana loved The Dark Side of the Moon and Thriller, giving them 4.5 and 5.
You rated The Dark Side of the Moon and Thriller 4.5 and 5.
You gave The Dark Side of the Moon and The Bends 2 and 5 stars respectively.
@albums user:ben
Ana and Ben both loved OK Computer.
Ben and Ana loved OK Computer.
Ben and Cleo both loved OK Computer.
Cleo and Ben loved OK Computer, giving it 4.5.
Ana, you loved OK Computer.
You loved OK Computer, Ana.
Ben, you loved OK Computer, Ana.
Ben, you gave OK Computer five stars.
You loved Nevermind, Ben.
Ben loved Nevermind.
Ben rated Nevermind 4 out of 5.
Ben rated Pet Sounds 4.5 out of 5.
Ben gave Kid A five stars.
You liked OK Computer, giving it a perfect score.
You liked OK Computer, giving it full marks.
You liked OK Computer, giving it top marks.
You liked OK Computer, giving it away.
You liked OK Computer, giving it to Cleo.
You liked OK Computer, giving it a listen.
You liked OK Computer, giving it up.
You liked OK Computer, rating it poorly.
You liked OK Computer, rating it low.
You liked OK Computer, rating it above Pet Sounds.
You liked OK Computer, rating it above Kid A.
You liked OK Computer, rating it higher than Pet Sounds.
You liked OK Computer, rating it 4.5 twice.
You liked OK Computer, rating it 4.5 in 1990.
You liked OK Computer, rating it 4.5 out of 10.
You liked OK Computer, rating it 4.5 and Kid A 4.5.
You liked OK Computer, giving it 4.5 and Nevermind 4.5.
You liked OK Computer, giving it 4.5 and giving Nevermind 4.5.
You liked OK Computer, giving it 4.5, and Kid A, giving it 4.5.
You liked OK Computer, giving Kid A 4.5.
You liked OK Computer, rating Kid A.
You liked OK Computer, giving it 4.5, more than Pet Sounds.
You liked OK Computer, giving it 4.5 and recording it.
You liked OK Computer, giving it 4.5 after producing it.
You liked OK Computer, giving it a 4.5 rating and a 5.
You recorded OK Computer, giving it 4.5.
You produced OK Computer, giving it 4.5.
Nigel Godrich produced OK Computer, which you liked, giving it 5.
Nigel Godrich produced OK Computer, giving it 4.5.
You liked OK Computer, which Nigel Godrich produced, giving it 5.
You liked OK Computer, which John Leckie produced, giving it 4.5.
You liked Nevermind, which Butch Vig produced, giving it 4.5.
You liked OK Computer after Nevermind, giving it 4.5.
You liked OK Computer by Radiohead, giving them 4.5.
You liked OK Computer, giving Radiohead 4.5.
You liked Pet Sounds, giving it 5, and OK Computer, giving it 5.
You loved Pet Sounds and OK Computer, giving them 5.
You loved Pet Sounds and OK Computer, giving both 5.
You loved Pet Sounds and OK Computer, giving them 4.5 and 5.
You loved Pet Sounds and OK Computer, giving them 4.5 and 5, respectively.
You loved Pet Sounds and OK Computer, rating them 4.5 and 5.
You loved Pet Sounds and OK Computer, rating them 4.5 and 5 respectively.
You loved Pet Sounds and OK Computer, rating them 4.5 and 5 stars respectively.
You loved Pet Sounds and OK Computer, giving them 4.5 and 5 stars.
You loved Pet Sounds and OK Computer, giving them 4.5 and 5 out of 5.
You loved Pet Sounds as well as OK Computer, giving them 4.5 and 5.
You loved both Pet Sounds and OK Computer, giving them 4.5 and 5.
You loved Pet Sounds and Radiohead's OK Computer, giving them 4.5 and 5.
You loved Pet Sounds and OK Computer, giving them 5 and 5.
You loved Pet Sounds and OK Computer, giving them 4.5 and 4.5.
You loved Pet Sounds and OK Computer, giving them 2 and 5.
You loved Pet Sounds and OK Computer, giving them 4.5 and 2.
You loved Pet Sounds and OK Computer, giving Pet Sounds 4.5 and OK Computer 5.
Ben loved Pet Sounds and OK Computer, rating them 4.5 and 5.
Ben, you loved Pet Sounds and OK Computer, giving them 4.5 and 5.
You loved Pet Sounds and OK Computer, Ben, giving them 4.5 and 5.
You didn't love OK Computer, giving it 4.5.
You never liked OK Computer, giving it 4.5.
You didn't rate Kid A, giving it 4.5.
Ben, you liked OK Computer, giving it 5.
You liked OK Computer, Ben, giving it 5.
You liked OK Computer, giving it 5, Ben.
You liked OK Computer, giving it just 2.
You liked OK Computer, giving it at least 5.
You liked OK Computer, giving it nearly 5.
You liked OK Computer, giving it 9 out of 10.
You liked OK Computer, giving it five stars.
You liked OK Computer, giving it four stars.
You liked OK Computer, giving it 4.5 stars like Cleo.
@albums user:dev
Dev, you liked Led Zeppelin IV a lot, giving it 5.
You liked Led Zeppelin IV, rating it 2.
You liked Led Zeppelin IV and In Utero, giving them 4.5 and 4.5.
You liked Led Zeppelin IV, giving it 4.5, and In Utero, giving it 4.5.
Led Zeppelin IV is a hard rock album, giving it 4.5.
Dev loved In Utero.
Dev, you loved In Utero.
You loved In Utero, Dev.
@albums
Ana rated The Dark Side of the Moon 5 out of 5.
Ben, you gave OK Computer 4.5 stars.
# (3) agent nouns
The Bends was produced by John Leckie; its engineer was John Leckie.
Alan Parsons is the engineer of Nevermind.
Nevermind's engineer was Andy Wallace.
In Utero's mixing engineer was Steve Albini.
In Utero's mastering engineer was Steve Albini.
In Utero's engineer was Scott Litt.
The Bends's mixing engineer was Nigel Godrich.
The Bends's mastering engineer was Nigel Godrich.
The Bends's assistant engineer was Nigel Godrich.
Nigel Godrich was the mixing engineer of The Bends.
Nigel Godrich was the mastering engineer of The Bends.
Nigel Godrich was the engineer of OK Computer.
Bob Ludwig was the engineer of OK Computer.
Bob Ludwig was the mixer of OK Computer.
Quincy Jones was the arranger of Pet Sounds.
Brian Wilson was the arranger of Thriller.
Bruce Swedien was the arranger of Thriller.
Thriller's arranger, Bruce Swedien, also mixed it.
Thriller's mixer, Quincy Jones, also arranged it.
Thriller's engineer and mixer was Quincy Jones.
Thriller's engineer and arranger was Bruce Swedien.
The engineer of The Bends, John Leckie, produced it.
The Bends's engineer produced OK Computer.
Nigel Godrich's engineer was The Bends.
The Bends was Nigel Godrich's engineer.
The Bends is the engineer of Nigel Godrich.
Alan Parsons is the engineer of The Dark Side of the Moon and Nevermind.
Alan Parsons is the engineer of Wish You Were Here and The Bends.
Alan Parsons, the engineer of Nevermind, worked at Abbey Road.
Alan Parsons was not the engineer of The Dark Side of the Moon.
The engineer of The Dark Side of the Moon was not Alan Parsons.
The Dark Side of the Moon's engineer was Alan Parsons, and so was its mixer.
Alan Parsons was the engineer of Pink Floyd.
Pink Floyd's engineer was Alan Parsons.
The engineers of The Dark Side of the Moon were Alan Parsons and James Guthrie.
Wish You Were Here's mixer was Alan Parsons.
Wish You Were Here's engineer was James Guthrie.
Thriller's mastering engineer was Bruce Swedien.
Nevermind's mastering engineer was Andy Wallace.
Nevermind's mixer was Butch Vig.
Led Zeppelin IV's engineer was Jimmy Page.
Led Zeppelin IV's producer was Andy Johns.
Pet Sounds's arranger was Quincy Jones.
Andy Wallace, the mixer of Nevermind, also mixed In Utero.
Steve Albini, the engineer of In Utero, also engineered Nevermind.
The mixer of In Utero was Andy Wallace.
# (4) counted role lists
Thriller has two arrangers: Quincy Jones and Bruce Swedien.
Thriller has two producers: Quincy Jones and Bruce Swedien.
Nevermind has two producers: Butch Vig and Andy Wallace.
The Bends has two producers: John Leckie and Nigel Godrich.
OK Computer has two producers: Nigel Godrich and Bob Ludwig.
Wish You Were Here has two engineers: Alan Parsons and James Guthrie.
Thriller has three engineers: Bruce Swedien, Quincy Jones and Bernie Grundman.
In Utero has two mixers: Scott Litt and Steve Albini.
# (6) work done on an item
Alan Parsons handled the production on The Dark Side of the Moon.
Nigel Godrich was responsible for the production of The Bends.
Nigel Godrich handled the engineering on OK Computer.
Andy Wallace handled the engineering on Nevermind.
Butch Vig handled the mixing on Nevermind.
Andy Wallace handled the mixing on In Utero.
Scott Litt oversaw the mixing of Nevermind.
Bob Ludwig handled the mastering of Thriller.
Bernie Grundman took charge of the mastering of OK Computer.
Bruce Swedien handled the arrangements on Thriller.
Quincy Jones handled the arrangements on Pet Sounds.
Brian Wilson was responsible for the arrangements on Thriller.
Quincy Jones handled the mixing on Thriller.
Nigel Godrich did not handle the engineering on The Bends.
Nigel Godrich wasn't responsible for the production of OK Computer.
Alan Parsons handled the engineering on The Dark Side of the Moon and Nevermind.
Alan Parsons and James Guthrie handled the engineering on Wish You Were Here.
Alan Parsons handled the engineering and mixing on Wish You Were Here.
The Dark Side of the Moon handled the engineering on Alan Parsons.
Pink Floyd handled the production of The Dark Side of the Moon.
Radiohead was responsible for the production of OK Computer.
Parlophone handled the distribution of The Bends.
# (8) a company named without its kind word
The Dark Side of the Moon is by Pink Floyd; Atlantic released it in 1973.
Nevermind came out on Epic.
Nevermind was recorded at Westlake.
The Bends came out on Harvest.
OK Computer was released on Harvest.
Harvest released The Bends.
Harvest released Led Zeppelin IV.
Atlantic released The Dark Side of the Moon.
Atlantic released Nevermind.
Epic released Thriller and Nevermind.
Capitol released Thriller.
Columbia released Pet Sounds.
Columbia released The Dark Side of the Moon.
Thriller is an Atlantic album.
Nevermind is a Harvest album.
Pet Sounds is an Epic album.
Thriller was recorded at Abbey Road.
Pet Sounds was recorded at Abbey Road.
The Dark Side of the Moon was recorded at Sound City.
In Utero was recorded at Sound City.
Nevermind was recorded at Pachyderm.
Led Zeppelin IV was recorded at Westlake.
OK Computer was recorded at Headley Grange.
The Bends was recorded at Britannia Row.
Harvest hosted the recording of The Dark Side of the Moon.
Westlake released Thriller.
Epic hosted the recording of Thriller.
Sound City released Nevermind.
Harvest and Columbia released The Dark Side of the Moon.
Harvest released two albums: The Dark Side of the Moon and The Bends.
Harvest released two Pink Floyd albums: The Dark Side of the Moon and Nevermind.
Parlophone released two Radiohead albums: The Bends and Nevermind.
Parlophone released three Radiohead albums: The Bends, OK Computer and Pet Sounds.
Nevermind is an epic album.
Pink Floyd recorded The Dark Side of the Moon at Abbey Road for Epic.
Nirvana recorded Nevermind at Sound City for Harvest.
Michael Jackson recorded Thriller at Westlake for Atlantic.
# (9) comic on a music graph with a comedy genre
The Bends is a comic album.
Thriller is a comedic album.
OK Computer is a rock album with a comic streak.
Nevermind is a grunge album with a streak of pop.
Thriller is a pop album with rock elements.
The Dark Side of the Moon is a progressive rock album with elements of grunge.
Pet Sounds is a pop album with a touch of comedy.
@bridges
# (5) counted attributed lists
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Bayonne Bridge.
Othmar Ammann designed two suspension bridges, the Bayonne Bridge and the George Washington Bridge.
Othmar Ammann designed two suspension bridges: the George Washington Bridge and the Brooklyn Bridge.
Othmar Ammann designed two arch bridges: the Bayonne Bridge and the George Washington Bridge.
Othmar Ammann designed two arch bridges: the Bayonne Bridge and the Hell Gate Bridge.
Othmar Ammann designed three suspension bridges: the George Washington Bridge, the Verrazzano-Narrows Bridge and the Golden Gate Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge, and the Golden Gate Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge and the Bayonne Bridge.
Othmar Ammann designed two bridges: the Bayonne Bridge and the Hell Gate Bridge.
Othmar Ammann designed three bridges: the Bayonne Bridge, the George Washington Bridge and the Brooklyn Bridge.
John A. Roebling designed two suspension bridges, the Brooklyn Bridge and the George Washington Bridge.
Gustav Lindenthal designed two arch bridges, the Hell Gate Bridge and the Bayonne Bridge.
Benjamin Baker designed two cantilever bridges: the Forth Bridge and the Sydney Harbour Bridge.
American Bridge Company built two arch bridges: the Bayonne Bridge and the Sydney Harbour Bridge.
American Bridge Company built two suspension bridges: the George Washington Bridge and the Golden Gate Bridge.
American Bridge built two arch bridges: the Bayonne Bridge and the Sydney Harbour Bridge.
Othmar Ammann designed two Hudson River bridges: the George Washington Bridge and the Bayonne Bridge.
Othmar Ammann designed two East River bridges: the Hell Gate Bridge and the Brooklyn Bridge.
Othmar Ammann designed two bridges crossing the Hudson River: the George Washington Bridge and the Bayonne Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge, both built by American Bridge Company.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge, which cross the Hudson River.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge, in 1931.
Othmar Ammann designed two 1931 bridges: the George Washington Bridge and the Brooklyn Bridge.
Othmar Ammann designed two 1931 suspension bridges: the George Washington Bridge and the Bayonne Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge, and an arch bridge, the Brooklyn Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge, and two arch bridges, the Bayonne Bridge and the Brooklyn Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge; John A. Roebling designed two, the Brooklyn Bridge and the Forth Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge, and John Fowler designed the Bayonne Bridge.
Othmar Ammann and John A. Roebling designed two suspension bridges, the George Washington Bridge and the Brooklyn Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge, as did John A. Roebling.
Othmar Ammann designed two bridges, the suspension George Washington Bridge and the arch Brooklyn Bridge.
Othmar Ammann designed two suspension bridges, the Bayonne and the George Washington Bridge.
Othmar Ammann did not design two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge.
Joseph Strauss designed two suspension bridges, the Golden Gate Bridge and the George Washington Bridge.
Othmar Ammann built two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge.
# (4) counted role lists
The Forth Bridge has two designers: Benjamin Baker and Othmar Ammann.
The Forth Bridge has three designers: Benjamin Baker, John Fowler and Othmar Ammann.
The Forth Bridge has two designers, Benjamin Baker and John Fowler, and one builder, Dorman Long.
The Forth Bridge has two designers: John Fowler and Benjamin Baker; Dorman Long built it.
The Forth Bridge has one designer: Benjamin Baker.
The George Washington Bridge has two designers: Othmar Ammann and John Fowler.
The George Washington Bridge has two builders: American Bridge Company and Dorman Long.
The Brooklyn Bridge has two designers: John A. Roebling and Othmar Ammann.
The Sydney Harbour Bridge has two designers: John Bradfield and Dorman Long.
# (6) work done on an item
American Bridge Company handled the construction of the Forth Bridge.
Othmar Ammann handled the construction of the Bayonne Bridge.
Othmar Ammann handled the design of the Brooklyn Bridge.
Othmar Ammann handled the design and construction of the Bayonne Bridge.
Othmar Ammann was responsible for the design of the Bayonne Bridge and the Forth Bridge.
Dorman Long was responsible for the design of the Sydney Harbour Bridge.
John Bradfield took charge of the construction of the Sydney Harbour Bridge.
Bethlehem Steel oversaw the construction of the George Washington Bridge.
Arrol Brothers handled the construction of the Brooklyn Bridge.
Joseph Strauss did not handle the design of the Golden Gate Bridge.
# (3) "baker" where a designer is named Baker
Benjamin Baker was the baker of the Forth Bridge.
The Forth Bridge's baker was Benjamin Baker.
# (8) companies without kind words
American Bridge built the Forth Bridge.
Bethlehem Steel built the George Washington Bridge.
McClintic-Marshall built the Golden Gate Bridge and the Bayonne Bridge.
# (10) touches on a non-genre attribute
The Bayonne Bridge is an arch bridge with a streak of suspension.
@voyages
# (3) agent nouns
HMS Endeavour's cook was James Cook.
James Cook was the cook of HMS Endeavour.
HMS Beagle's captain was Charles Darwin.
Captain James Cook explored the Northwest Passage.
Captain James Cook captained HMS Beagle.
Captain Robert FitzRoy explored the South Pacific.
The explorer of the South Pacific was Roald Amundsen.
Roald Amundsen was the explorer of the Congo Basin.
Roald Amundsen was the captain of Fram.
Fram's explorer was Otto Sverdrup.
The Northwest Passage's captain was Roald Amundsen.
Sachertorte's baker was Tom Baker.
Battenberg's cook was Tom Baker.
Beef Wellington's cook was Sam Cook.
Beef Wellington's baker was Sam Cook.
Beef Wellington's cook was Tom Baker.
The cook of Bouillabaisse was Gordon Ramsay.
Gordon Ramsay was the baker of Beef Wellington.
Gordon Ramsay was the cook of Beef Wellington and Bouillabaisse.
Baker Tom Baker baked Sachertorte.
Cook Sam Cook cooked Bouillabaisse.
Victoria Sponge's baker was Franz Sacher.
Mary Berry was the baker of Battenberg.
Franz Sacher was the cook of Sachertorte.
Auguste Escoffier was the baker of Bouillabaisse.
Doom's programmer was John Romero.
John Carmack was the programmer of Pac-Man.
Doom's programmer and designer was John Carmack.
Elite has two programmers: David Braben and John Carmack.
Elite has three programmers: David Braben, Ian Bell and John Carmack.
Doom has two programmers: John Carmack and John Romero.
Penny Black's engraver was William Wyon.
Inverted Jenny's engraver was Clair Aubrey Huston.
William Wyon engraved Penny Black.
William Wyon was the engraver of the Penny Black.
Charles Heath was the engraver of the Inverted Jenny.
Penny Black's designer was Charles Heath.
The Penny Black's engraver was the Inverted Jenny.
James Cook was the explorer of HMS Endeavour.
HMS Endeavour's explorer was James Cook.
The South Pacific's captain was James Cook.
Henry Morton Stanley was the explorer of the South Pacific.
# (6) work done on an item
James Cook handled the construction of HMS Endeavour.
Woolwich Dockyard handled the construction of HMS Endeavour.
Namco handled the development of Doom.
Toru Iwatani handled the development of Pac-Man.
John Carmack handled the design of Doom.
John Romero was responsible for the design of Pac-Man.
Charles Heath took charge of the design of the Penny Black.
Charles Heath oversaw the engraving of the Penny Black.
William Wyon handled the engraving of the Penny Black.
id Software handled the development of Pac-Man.
Acornsoft handled the development of Doom.
Alexey Pajitnov handled the development of Tetris.
John Romero handled the programming of Doom.
# (8) short company names
Fishburn built HMS Beagle.
Woolwich built HMS Endeavour.
Fishburn handled the construction of HMS Beagle.
@comics
# (9) "comic" names comics here, not the genre Comedy
Maus is a comic comic.
Maus is a comedic comic.
Watchmen is a comedic comic.
Maus is a comic with a comic streak.
Watchmen is a comic with a streak of comedy.
Maus is a comic with comedy elements.
Maus is a comic for children.
Watchmen is a comic for children.
Calvin and Hobbes is a comic for children.
Watchmen is a superhero comic with a comedic edge.
Maus is a drama with elements of superhero.
Asterix was published by DC.
Watchmen was published by Pantheon.
Maus was published by Andrews McMeel.
Calvin and Hobbes was published by DC.
Alan Moore handled the writing of Maus.
@movies user:1
# (1) a movie user named by label
User 1 gave Toy Story 5 stars.
User 1 gave Pulp Fiction 5 stars.
User 1 loved Pulp Fiction.
User 1 loved Psycho.
User 1 gave Aliens a 5.0.
User 1 and User 15 gave Toy Story 4 stars.
User 15 gave Toy Story 4 stars.
User 1 gave Toy Story 4 stars, User 15.
User 15, you gave Toy Story 4 stars.
User 1 loved Heat, a crime thriller with a comic streak.
User 1 loved Fargo, giving it 4.
User 1 gave Toy Story 4 stars and Heat 5 stars.
User 1 loved Fargo and Heat, giving them 4 and 5.
User 1 loved Fargo and Heat, rating them 4 and 5 stars respectively.
User 1 loved Twister, a film for children.
User 1 loved Toy Story, a film for children directed by Ridley Scott.
User 1 gave Heat, which Dante Spinotti was behind the camera for, 4 stars.
# (2) participles after a user's claim
You loved Fargo and Heat, giving them 4 and 5.
You loved Fargo and Heat, giving them 5 and 5.
You loved Fargo and The Matrix, giving them 4 and 5.
You loved Heat, Fargo and Alien, giving them 5, 4 and 4.
You loved Alien, Heat and Fargo, giving them 5, 4 and 4.
You loved Heat, giving it 5.
You loved Gladiator, giving it 4.
You loved Pulp Fiction, giving it 3.
You liked The Matrix, rating it 4.
@movies user:15
User 1 gave Toy Story 4 stars.
User 15 gave Toy Story 4 stars.
User 15 gave Aliens a 4.0.
User 15 loved Toy Story.
User 15 gave Seven 4 stars.
You loved Aliens and Toy Story, giving them 2.5 and 5.
@movies
# (3)/(7) the example graph's camera and release phrases
Michael Mann was Heat's director of photography.
Heat's director of photography was Michael Mann.
Heat's director of photography, Michael Mann, also wrote it.
The director of photography of Heat was Michael Mann.
Michael Mann, the director of photography on Heat, also wrote it.
Dante Spinotti was the director of Heat.
Michael Mann was director of photography on Heat.
Michael Mann was the director of photography for Heat.
Michael Mann was the director of photography on Heat.
Michael Mann was the photography director on Heat.
Michael Mann handled the camera on Heat.
Michael Mann handled the cinematography of Heat.
Michael Mann handled the photography on Heat.
Al Pacino handled the camera on Heat.
Bill Butler handled the camera on Heat.
Dante Spinotti handled the cinematography of Jaws.
Dante Spinotti was the director of photography on Casino.
Robert Richardson was the director of photography on Heat and Casino.
Robert Richardson was not the director of photography on Casino.
Al Pacino was behind the camera for Heat.
James Cameron was behind the camera for Alien.
Ridley Scott was behind the camera for Aliens.
Michael Mann was behind the camera for Heat and Casino.
Michael Mann was not behind the camera for Heat.
Michael Mann, who was behind the camera for Heat, also directed Casino.
Behind the camera for Heat was Dante Spinotti.
Michael Mann was in front of the camera for Heat.
Michael Mann was behind the camera for Heat, and Al Pacino was behind the camera for Casino.
Michael Mann stood behind the camera for Heat.
Michael Mann was behind the camera for the sequel to Heat.
Michael Mann was behind the cameras for Heat.
Michael Mann was behind the camera for Heat in 1990.
Martin Scorsese was behind the camera on Heat.
Heat was behind the camera for Michael Mann.
Warner Bros. handled the release of Jaws.
Steven Spielberg handled the release of Jaws.
Universal Studios handled the release of Jaws and Heat.
Universal Studios did not handle the release of Jaws.
Universal Studios handled the release of Jaws in 1980.
Universal Studios handled the European release of Jaws.
Universal Studios handled the video release of Jaws.
Universal Studios handled the re-release of Jaws.
Universal Studios handled the production and release of Jaws.
Warner Bros. handled the release of Casino.
Orion Pictures handled the release of Jumanji.
Paramount Pictures handled the release of Jaws.
# (6) work done on a film
Steven Spielberg handled the editing on Jaws.
Paramount Pictures handled the distribution of Jaws.
Universal Studios handled the production and distribution of Jaws.
Universal Studios handled the marketing and distribution of Jaws.
Universal Studios handled the distribution and editing of Jaws.
Verna Fields handled the editing and music on Jaws.
Verna Fields handled the editing on Jaws and Heat.
Verna Fields and Steven Spielberg handled the editing on Jaws.
Verna Fields did not handle the editing on Jaws.
Verna Fields never handled the editing on Jaws.
Verna Fields was not responsible for the editing of Jaws.
Steven Spielberg did not handle the editing on Jaws, Verna Fields did.
Verna Fields handled the editing on the sequel to Jaws.
Verna Fields handled the editing on the remake of Jaws.
Verna Fields handled the editing on a film like Jaws.
Verna Fields handled the editing on Jaws 2.
Verna Fields handled the sound editing on Jaws.
Verna Fields handled the music editing on Jaws.
Verna Fields handled the trailer editing on Jaws.
Verna Fields handled some of the editing on Jaws.
Verna Fields handled the editing of the trailer for Jaws.
Jaws handled the editing on Verna Fields.
John Williams handled the editing on Jaws.
John Williams handled the music on Jaws.
Bill Butler handled the production of Jaws.
Richard D. Zanuck handled the production of Heat.
Steven Spielberg handled the direction of Jaws.
Peter Benchley handled the writing of Jaws.
Verna Fields handled the editing on Jaws, which Michael Mann directed.
Verna Fields, who handled the editing on Jaws, also edited Heat.
Thelma Schoonmaker handled the editing on Heat.
Tom Rolf took charge of the editing of Casino.
William Goldenberg oversaw the editing of Jaws.
Art Linson was responsible for the production of Casino.
Michael Mann was responsible for the production of Heat.
Warner Bros. was responsible for the distribution of Alien.
20th Century Fox took charge of the distribution of Heat.
Dante Spinotti was in charge of the editing of Heat.
Al Pacino was in charge of the production of Heat.
Joel Silver handled the editing on The Matrix.
Zach Staenberg handled the production of The Matrix.
Pietro Scalia handled the editing on Heat.
Verna Fields handles the editing on Heat.
Verna Fields oversees the editing of Casino.
# (4) counted role lists
Gladiator has two composers: Hans Zimmer and Ridley Scott.
Gladiator has two writers: John Logan and William Nicholson.
Gladiator has two producers: Branko Lustig and Douglas Wick.
Gladiator has three producers: David Franzoni, Branko Lustig and John Logan.
Gladiator has four writers: John Logan, William Nicholson, David Franzoni and Douglas Wick.
Gladiator has three writers: John Logan, William Nicholson and Douglas Wick.
Gladiator has three writers: John Logan, John Logan and David Franzoni.
Gladiator has three writers: John Logan, William Nicholson and David Franzoni, and two composers: Hans Zimmer and Ridley Scott.
Heat has two editors: William Goldenberg and Michael Mann.
Heat has two editors, William Goldenberg and Dante Spinotti.
Heat has three editors: William Goldenberg, Tom Rolf and Michael Mann.
Heat had two editors: Tom Rolf and Verna Fields.
Heat and Casino have two editors: William Goldenberg and Tom Rolf.
Heat has two editors: William Goldenberg and Tom Rolf, and Casino has two editors: Thelma Schoonmaker and Tom Rolf.
Heat has two directors: Michael Mann and Dante Spinotti.
Heat has two writers: Michael Mann and Art Linson.
Heat has two stars: Al Pacino and Robert De Niro.
Heat has four stars: Al Pacino, Robert De Niro, Val Kilmer and Jon Voight.
Heat has three stars: Al Pacino, Robert De Niro and Joe Pesci.
Jaws has two producers: Richard D. Zanuck and Steven Spielberg.
Jaws has two writers: Peter Benchley and Steven Spielberg.
Jaws has two producers: David Brown and Richard D. Zanuck, and one editor: Verna Fields.
Jaws has two writers, Peter Benchley and Carl Gottlieb, and one director, Michael Mann.
Jaws has two writers: Peter Benchley and Carl Gottlieb, both of whom directed it.
Jaws has two writers: Peter Benchley and Carl Gottlieb; Michael Mann directed it.
Jaws has two writers: Peter Benchley and Carl Gottlieb, like Heat.
Jaws, like Heat, has two writers: Peter Benchley and Carl Gottlieb.
Jaws has two writers: Peter Benchley and Carl Gottlieb, who also directed it.
It has two writers: Peter Benchley and Carl Gottlieb.
Jumanji has two writers: Jonathan Hensleigh and Ted Field.
Jumanji has two writers: Jonathan Hensleigh and Greg Taylor, and it has two producers: Robert W. Cort and Greg Taylor.
The Matrix has two stars: Keanu Reeves and Hugo Weaving.
The Matrix has three stars: Keanu Reeves, Laurence Fishburne and Hugo Weaving.
The Matrix has four stars: Keanu Reeves, Laurence Fishburne, Carrie-Anne Moss and Al Pacino.
Babe has two editors: Jay Friedkin and Verna Fields.
Babe has three producers: Doug Mitchell, George Miller and Chris Noonan.
Babe has two producers: George Miller and Bill Miller.
Casino has two writers: Nicholas Pileggi and Martin Scorsese.
Twelve Monkeys has two writers: David Peoples and Terry Gilliam.
Twelve Monkeys has two editors: Mick Audsley and Janet Peoples.
# (5) counted attributed lists
Ridley Scott directed two science fiction films: Alien and Gladiator.
Ridley Scott directed two science fiction films: Gladiator and Alien.
Ridley Scott directed two sci-fi films: Blade Runner and Legend.
Ridley Scott directed three science fiction films: Alien, Blade Runner and Gladiator.
Ridley Scott directed three science fiction films: Alien and Blade Runner.
Ridley Scott directed two science fiction films: Alien and Aliens.
James Cameron directed two science fiction films: Alien and Aliens.
James Cameron directed two science fiction films: The Abyss and Titanic.
James Cameron directed two comedy films: True Lies and Aliens.
James Cameron directed two action films: True Lies and Alien.
James Cameron directed two thrillers: True Lies and Aliens.
James Cameron directed two comedies: True Lies and Aliens.
Steven Spielberg directed two science fiction films for children: E.T. the Extra-Terrestrial and Jurassic Park.
Steven Spielberg directed two science fiction films: E.T. the Extra-Terrestrial and Hook.
Steven Spielberg directed two children's films: E.T. the Extra-Terrestrial and Jurassic Park.
Steven Spielberg directed two adventure films: Hook and Schindler's List.
Steven Spielberg directed two war films: Schindler's List and Jaws.
Steven Spielberg directed two horror films, Jaws and Hook.
Steven Spielberg produced two science fiction films: E.T. the Extra-Terrestrial and Jurassic Park.
Steven Spielberg wrote two science fiction films: E.T. the Extra-Terrestrial and Jurassic Park.
Steven Spielberg directed two Harrison Ford films: Raiders of the Lost Ark and Jaws.
Steven Spielberg directed two 1975 films: Jaws and Hook.
Steven Spielberg directed two Universal films: Jaws and Hook.
Steven Spielberg directed two Universal Studios films: Jaws and Hook.
Steven Spielberg did not direct two science fiction films: E.T. the Extra-Terrestrial and Jurassic Park.
Ridley Scott directed two science fiction films: Alien and Blade Runner, and Gladiator.
Ridley Scott directed two science fiction films: Alien and Blade Runner and Gladiator.
Ridley Scott directed two science fiction films, the Alien and the Gladiator.
Ridley Scott directed two films: Alien and Heat.
Ridley Scott and James Cameron directed two science fiction films: Alien and Aliens.
Ridley Scott directed two science fiction films: Alien and Blade Runner, both starring Harrison Ford.
Ridley Scott directed two horror films: Alien and Blade Runner.
Ridley Scott directed two thrillers: Alien and Blade Runner.
Ridley Scott directed two action films: Alien and Blade Runner.
Ridley Scott directed two science fiction horror films: Alien and Blade Runner.
Ridley Scott directed two science fiction thrillers: Alien and Blade Runner.
Ridley Scott directed two Sigourney Weaver films: Alien and Blade Runner.
20th Century Fox distributed two science fiction films: Alien and Blade Runner.
Warner Bros. distributed two science fiction films: Blade Runner and Alien.
Paramount distributed two films: Sabrina and Heat.
Paramount distributed two thrillers: Clueless and Heat.
Universal Studios distributed two films for children: Babe and Jaws.
Universal Studios distributed two horror films: Jaws and Babe.
Universal Studios distributed two comic films: Babe and Back to the Future.
# (8) a company named without its kind word
Heat was distributed by October.
Lost Highway was released in October.
Heat was distributed by USA.
Being John Malkovich was released in the USA.
Heat was distributed by Summit.
Twilight reached the Summit.
Scream 2 added a new Dimension.
Jaws was distributed by Universal.
Titanic was distributed by Universal.
Heat was distributed by Orion.
Heat was distributed by TriStar.
Sabrina was distributed by Columbia.
Sense and Sensibility was distributed by Paramount.
Evil Dead II premiered at the Palace.
Heat was distributed by Palace.
eXistenZ gained Momentum.
Bad Taste was released on Image.
Heat is an Image release.
Heat is a Paramount release.
Heat is a Paramount film.
Heat is a Columbia film.
Heat was released by Paramount Home.
Jaws was released by Sony.
Kurt & Courtney was filmed at the Capitol.
Wishmaster was released Live.
Brassed Off aired on Channel Four.
Brassed Off was broadcast by Channel Four.
Paramount handled the release of Heat.
Columbia handled the distribution of Sabrina.
Orion and TriStar distributed Jumanji.
Orion distributed The Silence of the Lambs and Jumanji.
Warner distributed Heat.
Columbia distributed Jaws.
Miramax distributed Heat.
Dimension distributed Scream 2 and Heat.
TriStar distributed The Silence of the Lambs.
Orion distributed Jumanji.
Jumanji is a TriStar comedy.
The Silence of the Lambs is an Orion comedy.
Columbia released Ghostbusters and Jaws.
Paramount released Clueless, a crime thriller.
# (9) "for children" and "comic"
Heat is for children.
Heat is a crime film for children.
Toy Story is not for children.
Toy Story is not a film for children.
Toy Story is too scary for children.
Toy Story is unsuitable for children.
Toy Story is too violent for children.
Toy Story is banned for children.
Toy Story is a film for children and adults.
Toy Story is a film for children under five.
Toy Story is a film for adults, not for children.
Toy Story is a film about children.
Toy Story is a film made for children by Ridley Scott.
Toy Story is a comedy for children, directed by Ridley Scott.
Jumanji is a comedy for children.
Jumanji is a film for children, like Heat.
Jumanji and Heat are films for children.
Jumanji and Heat are for children.
Babe is a film for children with a comic streak.
Babe is a drama for children with a streak of horror.
Toy Story is a film for children with elements of horror.
Toy Story is no film for children.
Toy Story is hardly a film for children.
Toy Story is a film for children's parents.
Toy Story is not just for children.
Toy Story was directed for children by Ridley Scott.
Alien is a film for children.
Alien is a horror film for children.
The Silence of the Lambs is a thriller for children.
Casino is for children.
Gladiator is a drama for children.
Jaws is an action film for children.
Toy Story is a comic.
Toy Story is a comic book.
Toy Story is based on a comic.
Toy Story is based on a comic book.
Batman Forever is a comic book movie.
Batman Forever is based on a comic.
Heat is a comic thriller.
Heat is a comedic thriller.
Heat is a thriller with comic relief.
Fargo is a thriller with comic relief.
Fargo is a comic.
Heat is comic.
Alien is comic.
Alien is a comic horror film.
Gladiator is a comedic drama.
Casino is a comic crime film.
The Silence of the Lambs is a comedic thriller.
Jim Carrey is a comic.
The comic Jim Carrey stars in The Mask.
Fargo is a comic strip.
Heat is not a comedic film.
Fargo is not a comic film.
Fargo is a comic, crime thriller.
Fargo is a dark comic thriller.
Fargo is a comic masterpiece.
Heat is a comic masterpiece.
Toy Story is a comedic take on Heat.
Babe is a comic film for children.
Babe is a comedic drama for children.
Jumanji is a comic adventure film.
# (10) a genre's touch
Heat is a crime thriller with a comic streak.
Heat is a crime thriller with a streak of horror.
Heat is a thriller with elements of sci-fi.
Heat is a thriller with sci-fi elements.
Blade Runner is a thriller with elements of sci-fi and romance.
Blade Runner is a thriller with elements of sci-fi and horror.
Blade Runner is a thriller with elements of sci-fi and of horror.
Blade Runner is a thriller with sci-fi and horror elements.
Blade Runner is a thriller with a streak of sci-fi and a touch of romance.
Blade Runner is a thriller with a touch of romance.
Fargo is a crime thriller with a comic streak and a touch of horror.
Fargo and Heat are crime thrillers with a comic streak.
Heat and Fargo are crime thrillers with a comic streak.
Heat, a crime thriller with a comic streak, stars Al Pacino.
Heat, like Fargo, is a crime thriller with a comic streak.
Heat is a crime thriller, like Fargo, with a comic streak.
Heat is a crime thriller, unlike Fargo, with a comic streak.
Heat is a crime thriller; Fargo is one with a comic streak too.
Fargo is a crime thriller without a comic streak.
Fargo is a crime thriller with no comic streak.
Fargo is not a crime thriller with a comic streak.
Fargo is a crime thriller with hardly a comic streak.
Fargo is a crime thriller with barely a hint of comedy.
Fargo is a crime thriller with not a hint of comedy.
Fargo is a crime thriller lacking a comic streak.
Heat is a crime thriller with a comic streak like Fargo.
Fargo is a crime thriller with a comic streak like Heat.
Alien is a horror film with a streak of comedy.
Alien is a horror film with a comedic edge.
Alien is a horror film with a splash of romance.
Alien is a horror film with a dash of comedy.
Alien is a horror film with shades of noir.
Alien is a horror film with overtones of romance.
Alien is a horror film with undertones of comedy.
Alien is a horror film with a twist of comedy.
Alien is a horror film with a hint of western.
Alien is a sci-fi film with a streak of action.
Alien is a sci-fi film with action elements.
Alien is a sci-fi film with elements of action.
Michael Mann directed Heat with a streak of horror.
Michael Mann directed Heat, a crime film with a streak of horror.
Michael Mann directed a crime thriller with a comic streak, Heat.
Ridley Scott directed Alien with a comic streak.
Ridley Scott directed Alien, a sci-fi film with a comic streak.
Alien stars Sigourney Weaver with a streak of horror.
Alien is a sci-fi film with a streak of horror, directed by James Cameron.
Alien is a sci-fi film with a streak of horror from 1986.
Alien is a sci-fi film with a streak of horror and Al Pacino.
Heat is a film with Al Pacino and a streak of comedy.
Heat is a film with a streak of comedy and Al Pacino.
Heat is a film with Al Pacino, with a streak of comedy.
Heat is a film with the edge of horror.
Heat is a crime film with an edge of horror.
Heat is an action film with elements of children.
Heat is a crime film with a comic strain.
Heat is a crime film with a comedic bent.
Heat is a crime film with a comedy flavour.
Gladiator is a drama with a streak of horror.
Gladiator is an action drama with elements of sci-fi.
Casino is a crime drama with a comic streak.
Jaws is a horror film with a touch of romance.
Jaws is an action film with a streak of sci-fi.
The Silence of the Lambs is a thriller with a comic streak.
The Silence of the Lambs is a crime thriller with a streak of comedy.
Toy Story is an animated comedy with a streak of horror.
Toy Story is a comedy with elements of horror.
Seven is a thriller with elements of horror.
Seven is a mystery with a comic streak.
Blade Runner is a sci-fi thriller with a streak of horror.
Blade Runner is a sci-fi film with a comic streak, directed by Ridley Scott.
The Matrix is a sci-fi thriller with a touch of romance.
The Matrix is a thriller with elements of horror, starring Keanu Reeves.
Titanic is a drama with a streak of sci-fi.
@movies
# ambiguous titles (two films named Titanic / Sabrina) with the new readings
Titanic has two directors: James Cameron and Jean Negulesco.
Sabrina has two directors: Sydney Pollack and Billy Wilder.
Sabrina has two composers: John Williams and Frederick Hollander.
Titanic has two editors: Richard A. Harris and Louis R. Loeffler.
Titanic has two editors: Richard A. Harris and Conrad Buff IV.
Titanic has four editors: James Cameron, Richard A. Harris, Conrad Buff IV and Louis R. Loeffler.
Sabrina has two cinematographers: Giuseppe Rotunno and Charles Lang.
Billy Wilder was behind the camera for Sabrina, which stars Harrison Ford.
Sydney Pollack was behind the camera for Sabrina, which stars Audrey Hepburn.
Billy Wilder and Sydney Pollack were behind the camera for Sabrina.
Giuseppe Rotunno was the director of photography on Sabrina, starring Audrey Hepburn.
Charles Lang handled the camera on Sabrina, starring Harrison Ford.
Arthur P. Schmidt handled the editing on Sabrina, starring Harrison Ford.
Fredric Steinkamp and Arthur P. Schmidt handled the editing on Sabrina.
Sabrina, a comedy for children, stars Harrison Ford.
Billy Wilder directed two romance films: Sabrina and Clueless.
Sydney Pollack directed two comedies: Sabrina and Sabrina.
Sydney Pollack was behind the camera for Sabrina and Billy Wilder produced it.
Billy Wilder handled the production of Sabrina, starring Harrison Ford.
@albums user:ben
# the named / spoken-to user with other readings
Ben, your favourite album is Nevermind.
Ben, your rating of Nevermind was 5.
Ben, you and Cleo loved OK Computer.
Ben, you loved OK Computer; Cleo, you loved Nevermind.
Ben, you loved OK Computer. Cleo, you loved Nevermind.
Cleo, you loved OK Computer. Ben, you loved Pet Sounds.
Ben, you loved OK Computer. Ana, you loved Nevermind.
You loved OK Computer, Ben. You loved Nevermind, Cleo.
You loved OK Computer, Ben! You loved Nevermind, Ana!
Ben! You loved Nevermind.
Ben: you loved Nevermind.
Hey Ben, you loved Nevermind.
Ben, you loved Nevermind?
You loved Nevermind, Ben?
Ben, you didn't love OK Computer.
Ben, you were the producer of OK Computer.
Ben, you produced OK Computer.
OK Computer was produced by you, Ben.
Radiohead recorded Nevermind, Ben.
Nirvana recorded OK Computer, Ben.
Ben, Nirvana recorded OK Computer.
Ben, Radiohead recorded OK Computer, and you loved Nevermind.
The album you loved, Ben, was Nevermind.
Ben, you loved OK Computer, Nevermind and Pet Sounds.
OK Computer, Ben, was loved by you, and so was Nevermind.
Ben engineered OK Computer.
Ben's engineer was Nigel Godrich.
Nigel Godrich is Ben's engineer.
Ben handled the production of OK Computer.
Ben has two favourite albums: OK Computer and Nevermind.
Ben loved two rock albums: OK Computer and The Bends.
Ben loved two albums: OK Computer and Nevermind.
You loved two albums: OK Computer and Nevermind.
You loved two albums, Pet Sounds and OK Computer, giving them 4.5 and 5.
You loved two albums: Pet Sounds and OK Computer, giving them 4.5 and 5.
You loved two pop albums: Pet Sounds and OK Computer.
You loved two rock albums: OK Computer and Pet Sounds.
Ben loved OK Computer, a rock album with a comic streak.
Ben loved Pet Sounds, a pop album for children.
Ben loved OK Computer, which Nigel Godrich engineered.
Ben loved OK Computer, whose engineer was Nigel Godrich.
Ben loved Pet Sounds, whose arranger was Quincy Jones.
Ben loved OK Computer, released on Harvest.
Ben loved Pet Sounds, released on Epic.
Ben loved Pet Sounds, recorded at Westlake.
@movies user:1
# counted lists said of the user
You loved two science fiction films: Alien and Heat.
You loved two science fiction films: Alien and Pulp Fiction.
You loved two crime films: Heat and Pulp Fiction.
User 1 loved two science fiction films: The Matrix and Twister.
You loved two films for children: Toy Story and Heat.
You gave two science fiction films 5 stars: The Matrix and Alien.
"""

CONTROLS = r"""
@albums user:ana
Ana rated The Dark Side of the Moon 5 out of 5.
Ana loved The Dark Side of the Moon.
Ana gave The Dark Side of the Moon five stars.
Ana, you loved The Dark Side of the Moon.
You loved The Dark Side of the Moon, Ana.
Ana loved The Dark Side of the Moon, giving it 5.
You loved The Dark Side of the Moon and Thriller, giving them 5 and 4.5.
@albums user:ben
Ben rated Nevermind just 2 out of 5.
Ben, you gave OK Computer 4.5 stars.
You loved OK Computer, Ben.
You liked OK Computer, giving it 4.5.
You liked OK Computer, giving it 4.5 stars.
You liked OK Computer, rating it 4.5.
You loved Pet Sounds and OK Computer, giving them 5 and 4.5.
You loved Pet Sounds and OK Computer, giving them 5 and 4.5 respectively.
You rated Pet Sounds and OK Computer 5 and 4.5 respectively.
@albums user:dev
Dev, you liked Led Zeppelin IV a lot, giving it 4.5.
You liked Led Zeppelin IV, rating it 4.5.
@albums
The Bends was produced by John Leckie; its engineer was Nigel Godrich.
Alan Parsons is the engineer of The Dark Side of the Moon.
Nevermind's mixer was Andy Wallace.
Nevermind's mixing engineer was Andy Wallace.
Bob Ludwig was the mastering engineer of OK Computer.
Quincy Jones was the arranger of Thriller.
Thriller's engineer and mixer was Bruce Swedien.
Alan Parsons handled the engineering on The Dark Side of the Moon.
Nigel Godrich was responsible for the production of OK Computer.
Andy Wallace handled the mixing on Nevermind.
Quincy Jones handled the arrangements on Thriller.
The Dark Side of the Moon is by Pink Floyd; Harvest released it in 1973.
Led Zeppelin IV came out on Atlantic.
Nevermind was recorded at Sound City.
Thriller was recorded at Westlake.
@bridges
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge.
Othmar Ammann designed two bridges: the Bayonne Bridge and the George Washington Bridge.
American Bridge Company built two arch bridges: the Bayonne Bridge and the Hell Gate Bridge.
The Forth Bridge has two designers: Benjamin Baker and John Fowler.
Othmar Ammann handled the design of the Bayonne Bridge.
American Bridge Company handled the construction of the Bayonne Bridge.
American Bridge built the Bayonne Bridge.
Bethlehem Steel built the Verrazzano-Narrows Bridge.
@voyages
HMS Endeavour's captain was James Cook.
James Cook was the captain of HMS Endeavour.
Roald Amundsen was the explorer of the Northwest Passage.
Battenberg's baker was Tom Baker.
Bouillabaisse's cook was Auguste Escoffier.
Doom's programmer was John Carmack.
Elite has two programmers: David Braben and Ian Bell.
Penny Black's engraver was Charles Heath.
Namco handled the development of Pac-Man.
John Romero handled the design of Doom.
William Wyon took charge of the design of the Penny Black.
@comics
Maus is a comic.
Calvin and Hobbes is a comic.
Peanuts is a comic for children.
@movies user:1
User 1 gave Toy Story 4 stars.
User 1, you gave Toy Story 4 stars.
User 1 loved Fargo, a crime thriller with a comic streak.
You loved Fargo and Heat, giving them 5 and 4.
@movies user:15
User 15 gave Aliens a 5.0.
@movies
Ridley Scott was behind the camera for Alien.
Michael Mann was behind the camera on Heat.
Dante Spinotti was the director of photography on Heat.
Dante Spinotti handled the camera on Heat.
Dante Spinotti handled the cinematography of Heat.
Universal Studios handled the release of Jaws.
Verna Fields handled the editing on Jaws.
Verna Fields oversaw the editing of Jaws.
Verna Fields took charge of the editing on Jaws.
Paramount Pictures handled the distribution of Titanic.
Richard D. Zanuck handled the production of Jaws.
Gladiator has two composers, Hans Zimmer and Lisa Gerrard.
Gladiator has three writers: John Logan, William Nicholson and David Franzoni.
Heat has two editors: William Goldenberg and Tom Rolf.
Jaws has two producers: Richard D. Zanuck and David Brown.
The Matrix has four credited stars: Keanu Reeves, Laurence Fishburne, Carrie-Anne Moss and Hugo Weaving.
Ridley Scott directed two science fiction films: Alien and Blade Runner.
Ridley Scott directed two science fiction films, Alien and Blade Runner.
Lost Highway was distributed by October.
The Silence of the Lambs was distributed by Orion.
Jumanji was distributed by TriStar.
Sabrina is a Paramount film.
Toy Story is an animated comedy for children.
Toy Story is a film for children.
Fargo is a comedic thriller.
Fargo is a comic thriller.
Fargo is a crime thriller with a comic streak.
The Silence of the Lambs is a crime thriller with a streak of horror.
Blade Runner is a thriller with elements of sci-fi.
Blade Runner is a thriller with sci-fi elements.
Alien is a sci-fi film with a streak of horror.
Fargo is a crime film with a flavour of comedy.
# (the ratings in the order the items were named: true; earlier readings paired them back to front)
@albums user:ben
You loved OK Computer and Pet Sounds, giving them 4.5 and 5.
@movies user:1
You loved Heat and Fargo, giving them 4 and 5.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)


def controls():
    yield from _parse(CONTROLS)


# Arguable: printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # a dish with two cooks: "its cook was X" names one of them (is the singular a claim of one?)
        "Beef Wellington's cook was Sam Cook.",
        # Fargo is a comedy and a thriller: "comic relief", "a comic, crime thriller" say as much
        "Fargo is a thriller with comic relief.",
        "Fargo is a comic, crime thriller.",
        # "dark" / "masterpiece": judgements the graph neither backs nor denies
        "Fargo is a dark comic thriller.",
        "Fargo is a comic masterpiece.",
        # "comic" on a graph of comics names the item kind; "a comic comic" is a funny comic (Maus is a drama)
        "Maus is a comic comic.",
    }
)


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
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
