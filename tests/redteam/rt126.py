"""Red team round 126 (the readings of the round's ROUND.diff / CHANGES.diff): a question naming what
the reader wants, then the item that answers it ("Looking for soft rock? Rumours fits the bill."),
"the band" / "the group" / "the firm" / "the yard" / "the press" / "the estate" / "the studio" / "the
facility" naming the one entity of that type named before, "X is part of the cast of Y", "released in
1975 through X", "X, from 1974, has three credited editors: A, B and C", "six years after Y (1991)",
ratings said of "them" in list order, and the previous round's readings (the user named by label,
counted lists, "handled the editing on", company short names, "for children", "comic", "with a
comic streak"): false texts only, plus faithful controls."""

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


def books():
    """Books and their publishers (type publisher: "the press")."""
    rels = [
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("book",), range=("person",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("book",), range=("publisher",)),
        R("has_genre", phrase="is a", inverse_phrase="is the genre of", domain=("book",), range=("genre",)),
    ]
    items = {"k:hobbit": ("book", "The Hobbit", 1937), "k:lotr": ("book", "The Lord of the Rings", 1954),
             "k:1984": ("book", "Nineteen Eighty-Four", 1949), "k:animal": ("book", "Animal Farm", 1945),
             "k:ulysses": ("book", "Ulysses", 1922), "k:gatsby": ("book", "The Great Gatsby", 1925),
             "k:sun": ("book", "The Sun Also Rises", 1926), "k:dune": ("book", "Dune", 1965)}
    others = {"p:tolkien": ("person", "J. R. R. Tolkien"), "p:orwell": ("person", "George Orwell"),
              "p:joyce": ("person", "James Joyce"), "p:fitzgerald": ("person", "F. Scott Fitzgerald"),
              "p:hemingway": ("person", "Ernest Hemingway"), "p:herbert": ("person", "Frank Herbert"),
              "b:allen": ("publisher", "Allen & Unwin"), "b:secker": ("publisher", "Secker & Warburg"),
              "b:shakespeare": ("publisher", "Shakespeare and Company"), "b:scribner": ("publisher", "Scribner"),
              "b:chilton": ("publisher", "Chilton Books"),
              "g:fantasy": ("genre", "fantasy"), "g:dystopia": ("genre", "dystopian fiction"),
              "g:satire": ("genre", "satire"), "g:modernist": ("genre", "modernist novel"),
              "g:scifi": ("genre", "science fiction")}
    T = [("k:hobbit", "written_by", "p:tolkien"), ("k:lotr", "written_by", "p:tolkien"),
         ("k:1984", "written_by", "p:orwell"), ("k:animal", "written_by", "p:orwell"),
         ("k:ulysses", "written_by", "p:joyce"), ("k:gatsby", "written_by", "p:fitzgerald"),
         ("k:sun", "written_by", "p:hemingway"), ("k:dune", "written_by", "p:herbert"),
         ("k:hobbit", "published_by", "b:allen"), ("k:lotr", "published_by", "b:allen"),
         ("k:1984", "published_by", "b:secker"), ("k:animal", "published_by", "b:secker"),
         ("k:ulysses", "published_by", "b:shakespeare"), ("k:gatsby", "published_by", "b:scribner"),
         ("k:sun", "published_by", "b:scribner"), ("k:dune", "published_by", "b:chilton"),
         ("k:hobbit", "has_genre", "g:fantasy"), ("k:lotr", "has_genre", "g:fantasy"),
         ("k:1984", "has_genre", "g:dystopia"), ("k:animal", "has_genre", "g:satire"),
         ("k:ulysses", "has_genre", "g:modernist"), ("k:gatsby", "has_genre", "g:modernist"),
         ("k:dune", "has_genre", "g:scifi")]
    return _build(items, others, rels, T)


def wines():
    """Wines and their wineries (type winery: "the estate")."""
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("wine",), range=("winery",)),
        R("from_region", phrase="comes from", inverse_phrase="is the region of", domain=("wine",), range=("region",)),
        R("has_grape", phrase="is made from", inverse_phrase="is the grape of", domain=("wine",), range=("grape",)),
    ]
    items = {"w:sassicaia": ("wine", "Sassicaia", 1968), "w:tignanello": ("wine", "Tignanello", 1971),
             "w:grange": ("wine", "Penfolds Grange", 1951), "w:opus": ("wine", "Opus One", 1979),
             "w:ornellaia": ("wine", "Ornellaia", 1985), "w:solaia": ("wine", "Solaia", 1978)}
    others = {"y:sanguido": ("winery", "Tenuta San Guido"), "y:antinori": ("winery", "Marchesi Antinori"),
              "y:penfolds": ("winery", "Penfolds"), "y:opus": ("winery", "Opus One Winery"),
              "y:ornellaia": ("winery", "Tenuta dell'Ornellaia"),
              "r:bolgheri": ("region", "Bolgheri"), "r:tuscany": ("region", "Tuscany"),
              "r:barossa": ("region", "Barossa Valley"), "r:napa": ("region", "Napa Valley"),
              "g:cabernet": ("grape", "Cabernet Sauvignon"), "g:sangiovese": ("grape", "Sangiovese"),
              "g:shiraz": ("grape", "Shiraz"), "g:merlot": ("grape", "Merlot")}
    T = [("w:sassicaia", "made_by", "y:sanguido"), ("w:tignanello", "made_by", "y:antinori"),
         ("w:solaia", "made_by", "y:antinori"), ("w:grange", "made_by", "y:penfolds"),
         ("w:opus", "made_by", "y:opus"), ("w:ornellaia", "made_by", "y:ornellaia"),
         ("w:sassicaia", "from_region", "r:bolgheri"), ("w:ornellaia", "from_region", "r:bolgheri"),
         ("w:tignanello", "from_region", "r:tuscany"), ("w:solaia", "from_region", "r:tuscany"),
         ("w:grange", "from_region", "r:barossa"), ("w:opus", "from_region", "r:napa"),
         ("w:sassicaia", "has_grape", "g:cabernet"), ("w:tignanello", "has_grape", "g:sangiovese"),
         ("w:solaia", "has_grape", "g:cabernet"), ("w:grange", "has_grape", "g:shiraz"),
         ("w:opus", "has_grape", "g:cabernet"), ("w:ornellaia", "has_grape", "g:merlot")]
    return _build(items, others, rels, T)


def games():
    """Video games and their developers (type developer: "the studio")."""
    rels = [
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("game",), range=("developer",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("game",), range=("publisher",)),
        R("has_genre", phrase="is a", inverse_phrase="is the genre of", domain=("game",), range=("genre",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("game",), range=("person",)),
    ]
    items = {"g:doom": ("game", "Doom", 1993), "g:quake": ("game", "Quake", 1996),
             "g:hl": ("game", "Half-Life", 1998), "g:portal": ("game", "Portal", 2007),
             "g:zelda": ("game", "Ocarina of Time", 1998), "g:mario64": ("game", "Super Mario 64", 1996),
             "g:myst": ("game", "Myst", 1993), "g:diablo": ("game", "Diablo", 1996)}
    others = {"d:id": ("developer", "id Software"), "d:valve": ("developer", "Valve"),
              "d:nintendo": ("developer", "Nintendo EAD"), "d:cyan": ("developer", "Cyan"),
              "d:blizzard": ("developer", "Blizzard North"),
              "u:gt": ("publisher", "GT Interactive"), "u:sierra": ("publisher", "Sierra Studios"),
              "u:nintendo": ("publisher", "Nintendo"), "u:broderbund": ("publisher", "Broderbund"),
              "u:ea": ("publisher", "Electronic Arts"),
              "p:romero": ("person", "John Romero"), "p:miyamoto": ("person", "Shigeru Miyamoto"),
              "p:newell": ("person", "Gabe Newell"), "p:miller": ("person", "Rand Miller"),
              "p:schaefer": ("person", "David Brevik"),
              "n:fps": ("genre", "first-person shooter"), "n:puzzle": ("genre", "puzzle"),
              "n:platform": ("genre", "platformer"), "n:adventure": ("genre", "adventure"),
              "n:rpg": ("genre", "action role-playing")}
    T = [("g:doom", "developed_by", "d:id"), ("g:quake", "developed_by", "d:id"),
         ("g:hl", "developed_by", "d:valve"), ("g:portal", "developed_by", "d:valve"),
         ("g:zelda", "developed_by", "d:nintendo"), ("g:mario64", "developed_by", "d:nintendo"),
         ("g:myst", "developed_by", "d:cyan"), ("g:diablo", "developed_by", "d:blizzard"),
         ("g:doom", "published_by", "u:gt"), ("g:quake", "published_by", "u:gt"),
         ("g:hl", "published_by", "u:sierra"), ("g:portal", "published_by", "u:ea"),
         ("g:zelda", "published_by", "u:nintendo"), ("g:mario64", "published_by", "u:nintendo"),
         ("g:myst", "published_by", "u:broderbund"),
         ("g:doom", "has_genre", "n:fps"), ("g:quake", "has_genre", "n:fps"), ("g:hl", "has_genre", "n:fps"),
         ("g:portal", "has_genre", "n:puzzle"), ("g:portal", "has_genre", "n:fps"),
         ("g:zelda", "has_genre", "n:adventure"), ("g:mario64", "has_genre", "n:platform"),
         ("g:myst", "has_genre", "n:puzzle"), ("g:myst", "has_genre", "n:adventure"),
         ("g:diablo", "has_genre", "n:rpg"),
         ("g:doom", "designed_by", "p:romero"), ("g:quake", "designed_by", "p:romero"),
         ("g:zelda", "designed_by", "p:miyamoto"), ("g:mario64", "designed_by", "p:miyamoto"),
         ("g:myst", "designed_by", "p:miller"), ("g:diablo", "designed_by", "p:schaefer")]
    return _build(items, others, rels, T)


def ships():
    """Ships and the shipyards that built them (type shipyard: "the yard")."""
    rels = [
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipyard",)),
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=("ship",), range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("ship",), range=("person",)),
        R("has_type", phrase="is a ship of the type", inverse_phrase="is the type of", domain=("ship",),
          range=("ship_type",)),
    ]
    items = {"s:titanic": ("ship", "RMS Titanic", 1911), "s:olympic": ("ship", "RMS Olympic", 1910),
             "s:lusitania": ("ship", "RMS Lusitania", 1906), "s:mauretania": ("ship", "RMS Mauretania", 1906),
             "s:qm": ("ship", "RMS Queen Mary", 1934), "s:qe2": ("ship", "Queen Elizabeth 2", 1967),
             "s:hood": ("ship", "HMS Hood", 1918), "s:bismarck": ("ship", "Bismarck", 1939)}
    others = {"y:hw": ("shipyard", "Harland and Wolff"), "y:jb": ("shipyard", "John Brown & Company"),
              "y:swan": ("shipyard", "Swan Hunter"), "y:bv": ("shipyard", "Blohm & Voss"),
              "c:wsl": ("company", "White Star Line"), "c:cunard": ("company", "Cunard Line"),
              "c:rn": ("company", "Royal Navy"), "c:km": ("company", "Kriegsmarine"),
              "p:andrews": ("person", "Thomas Andrews"), "p:carlisle": ("person", "Alexander Carlisle"),
              "p:peskett": ("person", "Leonard Peskett"), "p:dan": ("person", "Dan Wallace"),
              "t:liner": ("ship_type", "ocean liner"), "t:cruiser": ("ship_type", "battlecruiser"),
              "t:battleship": ("ship_type", "battleship")}
    T = [("s:titanic", "built_by", "y:hw"), ("s:olympic", "built_by", "y:hw"),
         ("s:lusitania", "built_by", "y:jb"), ("s:mauretania", "built_by", "y:swan"),
         ("s:qm", "built_by", "y:jb"), ("s:qe2", "built_by", "y:jb"), ("s:hood", "built_by", "y:jb"),
         ("s:bismarck", "built_by", "y:bv"),
         ("s:titanic", "owned_by", "c:wsl"), ("s:olympic", "owned_by", "c:wsl"),
         ("s:lusitania", "owned_by", "c:cunard"), ("s:mauretania", "owned_by", "c:cunard"),
         ("s:qm", "owned_by", "c:cunard"), ("s:qe2", "owned_by", "c:cunard"),
         ("s:hood", "owned_by", "c:rn"), ("s:bismarck", "owned_by", "c:km"),
         ("s:titanic", "designed_by", "p:andrews"), ("s:titanic", "designed_by", "p:carlisle"),
         ("s:olympic", "designed_by", "p:carlisle"), ("s:lusitania", "designed_by", "p:peskett"),
         ("s:titanic", "has_type", "t:liner"), ("s:olympic", "has_type", "t:liner"),
         ("s:lusitania", "has_type", "t:liner"), ("s:mauretania", "has_type", "t:liner"),
         ("s:qm", "has_type", "t:liner"), ("s:qe2", "has_type", "t:liner"),
         ("s:hood", "has_type", "t:cruiser"), ("s:bismarck", "has_type", "t:battleship")]
    return _build(items, others, rels, T)


BUILDERS = {"albums": albums, "bridges": bridges, "voyages": voyages, "comics": comics, "books": books,
            "wines": wines, "games": games, "ships": ships, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@movies
# (1) a question naming what the reader wants, answered by two items: only the first is checked
Looking for a comedy? Fargo and Heat are crime films.
Looking for a comedy? Fargo and Heat are two crime films.
Looking for a comedy? Fargo and Heat are both thrillers.
Looking for a comedy? Fargo and Heat are thrillers.
Looking for a comedy? Fargo and Heat are crime thrillers.
Looking for a comedy? Fargo, Heat and The Godfather: Part II are crime films.
Looking for a comedy? Toy Story and Heat came out in 1995.
Looking for a comedy? Toy Story and Heat were both released in 1995.
Looking for a thriller? Heat and Toy Story came out in 1995.
Looking for a thriller? Heat and Toy Story were released in 1995.
Looking for a thriller? Heat and Toy Story were both released in 1995.
Looking for sci-fi? The Matrix and Heat are thrillers.
Looking for sci-fi? The Matrix and Heat are action films.
Looking for sci-fi? Blade Runner and Heat were distributed by Warner Bros.
Looking for sci-fi? Alien and Gladiator were directed by Ridley Scott.
Looking for sci-fi? Blade Runner and Gladiator were directed by Ridley Scott.
Looking for a drama? Gladiator and Alien were directed by Ridley Scott.
Looking for horror? Alien and Blade Runner were directed by Ridley Scott.
Looking for horror? Alien and Blade Runner are sci-fi films.
Looking for horror? Alien and Blade Runner are sci-fi films by Ridley Scott.
Looking for horror? Jaws and Heat are action films.
Looking for horror? Jaws and Jurassic Park were directed by Steven Spielberg.
Looking for horror? Jaws and Raiders of the Lost Ark were directed by Steven Spielberg.
Looking for sci-fi? Jurassic Park and Jaws were distributed by Universal Studios.
Looking for a drama? E.T. the Extra-Terrestrial and Jurassic Park were directed by Steven Spielberg.
Looking for a comedy? Pulp Fiction and Reservoir Dogs were directed by Quentin Tarantino.
Looking for a comedy? Pulp Fiction and Reservoir Dogs were produced by Lawrence Bender.
Looking for a drama? Pulp Fiction and Reservoir Dogs were distributed by Miramax Films.
Looking for a mystery? Reservoir Dogs and Pulp Fiction were directed by Quentin Tarantino.
Looking for a comedy? The Big Lebowski and Reservoir Dogs star Steve Buscemi.
Looking for a thriller? Reservoir Dogs and The Big Lebowski star Steve Buscemi.
Looking for crime? The Big Lebowski and Raising Arizona are comedies.
Looking for horror? Aliens and Terminator 2: Judgment Day were directed by James Cameron.
Looking for romance? Titanic and Aliens were directed by James Cameron.
Looking for a thriller? Heat and Casino star Robert De Niro.
Looking for a thriller? Heat and Casino both star Robert De Niro.
Looking for a thriller? Seven and Casino came out in 1995.
Looking for a mystery? Seven and Fight Club were directed by David Fincher.
Looking for a comedy? Fargo and Heat are crime films and Toy Story is animated.
In the mood for a thriller? Heat and The Godfather: Part II star Al Pacino and Robert De Niro.
In the mood for a thriller? Heat and The Godfather: Part II both star Robert De Niro.
In the mood for sci-fi? The Matrix and Heat are thrillers.
In the mood for horror? Jaws and Heat are action films.
In the mood for horror? Alien and Blade Runner were directed by Ridley Scott.
In the mood for a comedy? Pulp Fiction and Reservoir Dogs are crime thrillers.
Fancy a comedy? Fargo and Heat are crime films.
Fancy a comedy? Toy Story and Heat came out in 1995.
Fancy a thriller? Heat and Casino star Robert De Niro.
Craving sci-fi? The Matrix and Heat are action thrillers.
Craving sci-fi? The Matrix and Heat are action films.
Craving horror? Alien and Blade Runner are sci-fi films.
Keen on horror? Jaws and Heat are action films.
Keen on sci-fi? Blade Runner and Gladiator were directed by Ridley Scott.
Hungry for comedy? Fargo and Heat are crime films.
Hungry for horror? Jaws and Jurassic Park were directed by Steven Spielberg.
After a comedy? Fargo and Heat are crime films.
After horror? Alien and Blade Runner are sci-fi films.
Into comedy? Fargo and Heat are crime films.
Into horror? Alien and Gladiator were directed by Ridley Scott.
Need a comedy? Fargo and Heat are crime films.
Need a thriller? Heat and Toy Story came out in 1995.
Want a comedy? Fargo and Heat are crime films.
Want horror? Jaws and Jurassic Park were directed by Steven Spielberg.
Fond of comedy? Fargo and Heat are crime films.
Fond of horror? Aliens and Terminator 2: Judgment Day were directed by James Cameron.
Looking for some comedy? Fargo and Heat are crime films.
Looking for more comedy? Fargo and Heat are crime films.
Looking for a comedy? Fargo and Heat are crime films. Looking for a thriller? Fargo and Toy Story are comedies.
# (1) the answer negated, contrasted or joined by another item
Looking for a comedy? Fargo is not one.
Looking for a comedy? Fargo isn't one.
Looking for a comedy? Fargo never fits the bill.
Looking for a comedy? Fargo hardly fits the bill.
Looking for a comedy? Fargo does not fit the bill.
Looking for a comedy? Fargo no longer fits the bill.
Looking for a comedy? Toy Story fits the bill; Fargo does not.
Looking for a comedy? Toy Story fits the bill, but Fargo doesn't.
Looking for a comedy? Fargo is one; Toy Story isn't.
Looking for a comedy? Fargo and Heat are not comedies.
Looking for a comedy? Fargo and Heat are crime films, not comedies.
Looking for a comedy? Fargo is not a thriller.
Looking for a comedy? Try Fargo and Heat.
Looking for a comedy? Try Fargo, Heat and Alien.
Looking for a comedy? Try Fargo, then Heat.
Looking for a comedy? Try Fargo or Heat.
Looking for a comedy? Fargo fits the bill, and Heat is one too.
Looking for a comedy? Fargo fits the bill, as does Heat.
Looking for a comedy? Fargo fits the bill, and Heat does too.
Looking for a comedy? Fargo fits the bill. Heat too.
Looking for a comedy? Fargo and Heat both fit the bill.
Looking for a comedy? Fargo and Heat fit the bill.
Looking for a comedy? Fargo is a crime film and Heat fits the bill.
Looking for a comedy? Fargo and Heat are crime films, and both fit the bill.
Looking for a comedy? Fargo and Heat are crime films; the latter fits the bill.
Looking for a comedy? Try Fargo and Heat, two crime films.
Looking for a comedy? Try Fargo and Heat, both crime films.
Looking for a comedy? Fargo and Toy Story are comedies, and so is Heat.
Looking for a comedy? Heat and Fargo are crime films.
Looking for a comedy? Heat fits the bill.
Looking for a comedy? Try Heat.
Fancy a comedy? Try Heat.
Looking for horror? Try Alien and Blade Runner, two Ridley Scott films.
Looking for horror? Alien and Blade Runner, both by Ridley Scott, fit the bill.
In the mood for horror? Jaws is one, unlike Alien.
In the mood for horror? Jaws is one; so is Heat.
In the mood for horror? Jaws is one, and so is Heat.
Into horror? Jaws is one, but not Alien.
Into horror? Jaws is the one, not Alien.
Need a comedy? Fargo is not your pick.
Want a thriller? Heat is not for you.
Fancy a comedy? Try Fargo, not Toy Story.
Fancy a comedy? Skip Toy Story.
Fancy a comedy? Avoid Toy Story.
Fancy a comedy? Try Fargo instead of Toy Story.
Fancy a comedy? Try Fargo rather than Toy Story.
Fancy a comedy? Fargo fits the bill better than Toy Story.
Fancy a comedy? Toy Story no longer fits the bill.
Looking for a comedy? Looking for a thriller? Heat fits the bill.
Looking for a thriller? Looking for a comedy? Heat fits the bill.
In the mood for horror? Try Jaws. In the mood for comedy? Try Heat.
Looking for a comedy? Fargo fits the bill. Looking for horror? Heat fits the bill.
Not looking for a thriller? Heat fits the bill.
# (1) the question's other claims: a wrong year, a wrong maker, a wrong star
Looking for a comedy? Fargo (1995) fits the bill.
Looking for a comedy? Try Fargo (1995).
Looking for a comedy? Try Fargo, from 1995.
Hungry for horror? Consider Jaws, from 1976.
Hungry for horror? Then try Jaws (1976).
Looking for a comedy? Fargo was directed by Michael Mann.
Looking for a thriller? Heat, directed by Ridley Scott, fits the bill.
Looking for a thriller? Heat by Ridley Scott fits the bill.
Craving sci-fi? The Matrix was directed by Ridley Scott.
Craving sci-fi? The Matrix stars Al Pacino.
Keen on sci-fi? Check out Alien, which stars Al Pacino.
In the mood for sci-fi? The Matrix and Heat star Keanu Reeves.
Looking for Al Pacino? Try Alien.
Looking for Ridley Scott? Try Heat.
Looking for a comedy? Try The General, directed by John Boorman.
Looking for a comedy? The General, from 1998, fits the bill.
Looking for a comedy? The General (1998) fits the bill.
Looking for a comedy? The General stars Jon Voight.
In the mood for a comedy? Try The Mummy, directed by Terence Fisher.
Looking for a comedy? The Mummy stars Christopher Lee.
Looking for a western? Alien and Blade Runner are sci-fi films.
# (3) "X is part of the cast of Y"
Keanu Reeves is not part of the cast of The Matrix.
Keanu Reeves was never part of the cast of The Matrix.
Keanu Reeves is no longer part of the cast of The Matrix.
Keanu Reeves and Al Pacino are part of the cast of The Matrix.
Keanu Reeves is part of the cast of The Matrix and Heat.
Keanu Reeves is part of the cast of The Matrix (1998).
Keanu Reeves is part of the cast of The Matrix, from 1998.
Keanu Reeves is part of the cast of The Matrix, which Ridley Scott directed.
Keanu Reeves, part of the cast of The Matrix, also stars in Heat.
Keanu Reeves is a part of the cast of Heat.
Keanu Reeves is part of the cast of the film Heat.
Keanu Reeves is part of the main cast of The Matrix.
Keanu Reeves is the part of the cast of The Matrix that directed it.
Keanu Reeves is part of the cast of Heat.
Heat is part of the cast of Al Pacino.
Al Pacino is part of the cast of Heat, as is Keanu Reeves.
Al Pacino is part of the cast of Heat, and so is Keanu Reeves.
Al Pacino is part of the cast of Heat, which Michael Mann wrote and James Cameron directed.
Al Pacino is part of the cast of Heat and of The Matrix.
Al Pacino is part of the cast of Heat and directed it.
Al Pacino and Robert De Niro are part of the cast of Heat and Fargo.
Al Pacino and Robert De Niro are part of the cast of Heat, The Godfather: Part II and Fargo.
Al Pacino was part of the cast of Heat in 1996.
Michael Mann is part of the cast of Heat.
Dante Spinotti is part of the cast of Heat.
Al Pacino is part of the cast of Heat, Robert De Niro of Fargo.
Robert De Niro is part of the cast of Casino and Heat, both directed by Martin Scorsese.
Steve Buscemi is part of the cast of Reservoir Dogs and Pulp Fiction.
Looking for a comedy? Steve Buscemi is part of the cast of Reservoir Dogs.
Looking for a comedy? Reservoir Dogs and The Big Lebowski are part of the cast of Steve Buscemi.
# (4) "released in 1975 through X": the year is the item's
Jaws was released in 1976 through Universal Studios.
Jaws was released in 1975 through Paramount Pictures.
Jaws was not released in 1975 through Universal Studios.
Jaws was never released in 1975 through Universal Studios.
Jaws was released in 1975 through Universal Studios and Paramount Pictures.
Jaws and Heat were released in 1975 through Universal Studios.
Jaws and Alien were released in 1975 through Universal Studios.
Jaws was released in 1975 through Universal Studios, which also released Titanic.
Jaws was released in 1975 through Universal Studios, which also released Heat.
Jaws was released in the 1980s through Universal Studios.
Jaws was released in 1975 and 1976 through Universal Studios.
Jaws was released in 1975 through Universal Studios in 1976.
Jaws was released in 2012 through Universal Studios.
Jaws was released in 1975 through Universal Pictures.
Jaws was released in 1975 through Steven Spielberg.
Jaws was released in 1975 through Universal Studios by Steven Spielberg.
Jaws, released in 1976 through Universal Studios, stars Roy Scheider.
Jaws, released in 1975 through Paramount Pictures, stars Roy Scheider.
Steven Spielberg's Jaws was released in 1976 through Universal Studios.
Jaws was released in 1975 through Universal Studios, six years after Alien (1979).
Jaws was released in 1975 through Universal Studios, four years before Alien (1980).
Titanic was released in 1953 through Paramount Pictures.
Heat was released in 1996 through Warner Bros.
Jurassic Park was released in 1993 through Paramount Pictures.
Raiders of the Lost Ark was released in 1981 through Universal Studios.
E.T. the Extra-Terrestrial was released in 1983 through Universal Studios.
Lost Highway was released in 1997 through Miramax Films.
Looking for horror? Jaws was released in 1976 through Universal Studios.
# (5) "X, from 1974, has three credited editors: A, B and C"
The Godfather: Part II, from 1975, has three credited editors: Richard Marks, Barry Malkin and Peter Zinner.
The Godfather: Part II, from 1974, has three credited editors: Richard Marks, Barry Malkin and Walter Murch.
The Godfather: Part II, from 1974, has two credited editors: Richard Marks and Barry Malkin.
The Godfather: Part II, from 1974, has four credited editors: Richard Marks, Barry Malkin, Peter Zinner and Walter Murch.
The Godfather: Part II, from 1974, has three credited editors: Richard Marks, Barry Malkin and Richard Marks.
The Godfather: Part II, from 1974, has three credited stars: Al Pacino, Robert De Niro and Diane Keaton.
The Godfather: Part II, from 1974, has three credited editors: Richard Marks, Barry Malkin and Peter Zinner, and Michael Mann directed it.
The Godfather: Part II, from 1974, has three credited writers: Richard Marks, Barry Malkin and Peter Zinner.
Heat, from 1996, has two editors: William Goldenberg and Tom Rolf.
Heat, from 1995, has two editors: William Goldenberg and Dante Spinotti.
Heat, from 1995, has three editors: William Goldenberg, Tom Rolf and Dante Spinotti.
Heat, from 1995, has two stars: Al Pacino and Robert De Niro.
Heat, from 1995, has one editor: William Goldenberg.
Heat has two editors: William Goldenberg and William Goldenberg.
Jaws has two editors: Verna Fields and Verna Fields.
Jaws, from 1975, has two writers: Peter Benchley and Steven Spielberg.
Jaws, from 1975, has two producers: Richard D. Zanuck and Steven Spielberg.
Jaws, from 1976, has two producers: Richard D. Zanuck and David Brown.
Jaws, from 1975, has three producers: Richard D. Zanuck and David Brown.
Titanic, from 1953, has three credited editors: James Cameron, Richard A. Harris and Conrad Buff IV.
Titanic, from 1953, was directed by James Cameron.
Apocalypse Now, from 1979, has three credited editors: Lisa Fruchtman, Walter Murch and Richard Marks.
Apocalypse Now, from 1979, has four credited editors: Lisa Fruchtman, Walter Murch, Richard Marks and Barry Malkin.
Gladiator, from 2000, has two composers: Hans Zimmer and John Williams.
Gladiator, from 1992, has two composers: Hans Zimmer and Lisa Gerrard.
# (6) "..., six years after Y (1991)": the year in parentheses
James Cameron directed Titanic in 1997, six years after Terminator 2: Judgment Day (1992).
James Cameron directed Titanic in 1997, five years after Terminator 2: Judgment Day (1991).
James Cameron directed Titanic in 1997, six years before Terminator 2: Judgment Day (1991).
James Cameron directed Titanic in 1998, seven years after Terminator 2: Judgment Day (1991).
James Cameron directed Titanic in 1953, six years after Terminator 2: Judgment Day (1991).
James Cameron directed Aliens, six years after Terminator 2: Judgment Day (1991).
James Cameron directed Titanic, five years after Terminator 2: Judgment Day (1991).
James Cameron directed Titanic, six years after Aliens (1986).
James Cameron directed Titanic in 1997, six years after Terminator 2: Judgment Day (1991); Ridley Scott directed it.
James Cameron directed Titanic in 1997, six years after Terminator 2: Judgment Day (1991), and Aliens.
Ridley Scott directed Gladiator, 20 years after Alien (1979).
Ridley Scott directed Blade Runner, three years after Alien (1978).
Ridley Scott directed Blade Runner, two years after Alien (1979).
Ridley Scott directed Heat, three years after Alien (1979).
Ridley Scott directed Blade Runner, three years after Heat (1979).
Ridley Scott directed Blade Runner, three years after Alien (1979) and Heat (1995).
Ridley Scott directed Gladiator in 2000, eight years after Gladiator (1992).
Ridley Scott directed Blade Runner in 1982, three years after Alien (1978).
Ridley Scott directed Alien in 1979, three years before Blade Runner (1983).
Ridley Scott directed Alien in 1979, three years before Gladiator (1982).
Michael Mann directed Heat in 1995, a year after Fargo (1996).
Michael Mann directed Heat in 1995, the same year as Fargo (1996).
Heat was released in 1995 through Warner Bros., a year before Fargo (1995).
Heat was released in 1995 through Warner Bros., the same year as Toy Story (1996).
Heat came out in 1995, the same year as Fargo (1995).
Heat came out in 1995, the same year as Fargo (1996).
Heat came out in 1995, a year before Fargo (1997).
Heat came out in 1995, two years before Titanic (1953).
Titanic came out in 1953, two years after Heat (1995).
Steven Spielberg directed Jurassic Park in 1993, twelve years after Raiders of the Lost Ark (1982).
Steven Spielberg directed Jurassic Park, 18 years after Jaws (1976).
Steven Spielberg directed Jurassic Park, 18 years after Jaws (1975), and Ridley Scott produced it.
David Fincher directed Fight Club, five years after Seven (1995).
David Fincher directed Fight Club, four years after Seven (1996).
Looking for a thriller? Fight Club came out in 1999, four years after Seven (1996).
# (8) counted lists, credits, "for children", "comic", a genre's touch
Verna Fields handled the editing on Jaws and Heat.
Verna Fields and Tom Rolf handled the editing on Jaws.
Verna Fields handled the editing on Jaws in 1976.
Verna Fields did not handle the editing on Jaws.
Bill Butler handled the editing on Jaws.
Verna Fields handled the camera on Jaws.
Verna Fields was in charge of the distribution of Jaws.
Universal Studios was responsible for the production of Jaws.
Richard D. Zanuck was responsible for the distribution of Jaws.
Richard D. Zanuck handled the editing on Jaws.
Richard D. Zanuck oversaw the production of Heat.
Art Linson oversaw the production of Heat and Jaws.
Dante Spinotti was the director of photography on Heat and Fargo.
Michael Mann was behind the camera for Heat and Alien.
Michael Mann was behind the camera for Fargo.
Michael Mann was not behind the camera for Heat.
Sally Menke handled the editing on Pulp Fiction and Heat.
Thelma Schoonmaker handled the editing on Goodfellas, Casino and Heat.
Ridley Scott directed two science fiction films: Alien and Gladiator.
Ridley Scott directed two horror films: Alien and Blade Runner.
Ridley Scott directed three science fiction films: Alien and Blade Runner.
Ridley Scott directed two science fiction films: Alien, Blade Runner and Gladiator.
Ridley Scott directed two science fiction films, Alien (1979) and Blade Runner (1983).
Ridley Scott directed two science fiction films, Alien (1978) and Blade Runner (1982).
Steven Spielberg directed two horror films: Jaws and Jurassic Park.
Quentin Tarantino directed two comedies: Pulp Fiction and Reservoir Dogs.
James Cameron directed two romance films: Titanic and Aliens.
Gladiator has two composers, Hans Zimmer and Ridley Scott.
Gladiator has three composers, Hans Zimmer, Lisa Gerrard and John Williams.
Heat has three editors: William Goldenberg, Tom Rolf and Michael Mann.
The Matrix has three stars: Keanu Reeves, Laurence Fishburne and Hugo Weaving.
Fargo is an animated comedy for children.
Heat is a film for children.
Toy Story is not a film for children.
Toy Story is a horror film for children.
Jaws is a film for children.
Heat is a comic thriller.
Toy Story is a comic horror film.
Heat is a thriller with a comic streak.
Heat is a thriller with a touch of comedy.
Heat is a thriller with comedy elements.
Heat is a thriller with elements of comedy.
Heat is a thriller with a hint of horror.
Fargo is a comedy with a streak of horror.
Fargo is a comedy with a dash of sci-fi.
Fargo is a drama with shades of horror.
Alien is a sci-fi film with a streak of comedy.
Alien is a horror film without a comic streak.
Heat is a crime thriller with no comic streak.
Heat has a comic streak.
Heat, with a comic streak, stars Al Pacino.
Fargo is a crime thriller with a comic streak, directed by Michael Mann.
Looking for a comedy? Heat is a thriller with a comic streak.
Looking for a comic thriller? Heat fits the bill.
Looking for comedy? Toy Story and Heat are films for children.
Lost Highway came out in October.
Lost Highway was released in October.
Eye of the Beholder premiered in Seville.
@movies user:1
# (7) ratings said of "them" in list order
You loved Fargo and Heat and gave them 4 and 5.
You loved Fargo and Heat and gave them 5 and 5.
You loved Fargo and Heat and gave them 4 and 4.
You loved Heat and Fargo and gave them 5 and 4.
You hated Fargo and Heat and gave them 5 and 4.
You loved Fargo and Heat and gave them 4 and 5 respectively.
You loved Fargo, Heat and Toy Story and gave them 5 and 4.
You loved Fargo, Heat and Toy Story and gave them 5, 4 and 5.
You loved Fargo and Heat and gave them 5 and 4, and Toy Story 5.
You loved Fargo and Heat and gave them both 5.
You loved Fargo and Heat and gave them 5.
You loved Fargo and Heat and gave both 5.
You loved Fargo and Heat, giving them 5 and 5.
You loved Fargo and Heat, giving them 4 and 5.
You loved Heat and Fargo, giving them 5 and 4.
You loved Heat and Fargo, rating them 5 and 4.
You loved Heat and Fargo, and rated them 5 and 4.
You gave Heat and Fargo 5 and 4.
You rated Heat and Fargo 5 and 4 respectively.
You rated Heat and Psycho 2 and 4.
You loved Heat and Psycho and gave them 4 and 2.
You loved The Matrix and Heat and gave them 5 and 5.
You loved The Matrix and Heat and gave them 4 and 5.
You liked Alien and Heat, giving them 4 and 5.
You liked Alien, Heat and Fargo, giving them 4, 4 and 4.
You liked Alien and Heat; you gave them 4 and 5.
You liked Alien and Heat. You gave them 5 and 4.
You liked Heat and Alien and Fargo, giving them 4, 5 and 4.
You gave Fargo and Heat 5 and 4, and gave Pulp Fiction and Clerks 3 and 4.
You gave Fargo and Heat 5 and 4, and gave them 5 and 5.
You loved Fargo. You rated Heat and it 5 and 4.
You loved Fargo. You rated it and Heat 4 and 5.
You loved Fargo and Heat and gave the latter and the former 5 and 4.
You loved Fargo and Heat and gave them 5 and 4 stars out of 10.
User 1 loved Fargo and Heat and gave them 4 and 5.
User 1 gave Fargo 4 stars.
User 1, you gave Fargo 4 stars.
You loved Fargo, User 1, and gave it 4.
User 2 loved Fargo and Heat and gave them 5 and 4.
User 1 and User 2 loved Fargo.
You loved Fargo and Heat and gave them 5 and 4; Heat is a comedy.
You loved Fargo and Heat and gave them 5 and 4; the former is a thriller and the latter a comedy.
Looking for a comedy? You loved Fargo and Heat and gave them 5 and 4.
Looking for a comedy? Fargo and Heat, which you gave 5 and 4, are crime films.
Looking for a comedy? Fargo and Heat are crime films you loved.
Looking for horror? Alien and Heat are films you liked.
Looking for a thriller? Heat and Psycho are films you loved.
@albums user:ana
# (8) the user named by label; (1) and (7) with a named user
Looking for progressive rock? The Dark Side of the Moon and The Bends are albums Ana loved.
Looking for progressive rock? The Dark Side of the Moon and The Bends were rated by Ana.
Looking for pop? Thriller and The Bends were rated by Ana.
Looking for pop? Ana rated Thriller and The Bends.
Looking for pop? Thriller and The Dark Side of the Moon are albums Ana loved.
Looking for progressive rock? Thriller and The Dark Side of the Moon are albums Ana loved.
Ana loved The Dark Side of the Moon and Thriller and gave them 4.5 and 5.
Ana rated The Dark Side of the Moon and The Bends 2 and 5.
Ana loved The Dark Side of the Moon and The Bends and gave them 5 and 2.
Ana loved The Dark Side of the Moon; the band recorded Wish You Were Here.
Ana's friend Ben loved The Dark Side of the Moon.
Ben told Ana he loved The Dark Side of the Moon.
Ana loved The Dark Side of the Moon, and Ben loved it too.
Ana loved The Bends; the band also recorded OK Computer.
Ana loved Radiohead's The Bends; the band also recorded Nevermind.
@albums
# (2) "the band", "the group", "the label", "the facility"
Radiohead recorded The Bends and Pink Floyd recorded The Dark Side of the Moon; the band also recorded OK Computer.
Pink Floyd recorded The Dark Side of the Moon and Radiohead recorded The Bends; the band also recorded Wish You Were Here.
Pink Floyd recorded The Dark Side of the Moon and Radiohead recorded The Bends; the band also recorded OK Computer.
The Bends was produced by John Leckie; the band also produced Kid A.
The Bends was produced by John Leckie. The band recorded OK Computer.
The band recorded OK Computer; Radiohead also recorded The Bends.
The Bends is not by Pink Floyd; the band recorded OK Computer.
Radiohead did not record Nevermind; the band recorded In Utero.
Radiohead recorded The Bends. The group recorded Nevermind.
Radiohead recorded The Bends, and the group released it on Parlophone.
Radiohead recorded The Bends, and the band released it on Harvest Records.
Thriller was recorded by Michael Jackson; the band also recorded Pet Sounds.
The Dark Side of the Moon was released on Harvest Records; the label also released The Bends.
The Dark Side of the Moon was recorded at Abbey Road Studios; the facility also hosted the recording of Nevermind.
The Dark Side of the Moon was recorded at Abbey Road Studios; the studio also hosted the recording of Nevermind.
Radiohead recorded The Bends; the band did not record Kid A.
Radiohead recorded The Bends; the band never recorded OK Computer.
Radiohead recorded The Bends; the band recorded Nevermind too.
Radiohead recorded The Bends; Nevermind was recorded by the band.
Radiohead recorded The Bends, and Nevermind was recorded by the band.
Radiohead's The Bends was produced by John Leckie; the band's Kid A was produced by Butch Vig.
Nirvana recorded Nevermind; the band also recorded In Utero and The Bends.
Nirvana recorded Nevermind; the band also recorded In Utero, which Butch Vig produced.
Nirvana recorded Nevermind at Sound City Studios; the facility also hosted the recording of In Utero.
Nevermind was recorded at Sound City Studios by Nirvana; the band and the facility also made In Utero.
Looking for grunge? Nevermind fits the bill; the band also recorded The Bends.
Looking for grunge? Nirvana recorded Nevermind; the band also recorded The Bends.
Looking for rock? OK Computer and Kid A were produced by Nigel Godrich.
Looking for rock? The Bends and Kid A were released on Parlophone.
Looking for rock? OK Computer and Kid A were recorded by Radiohead.
Looking for grunge? Nevermind and In Utero were released on Harvest Records.
Looking for grunge? Nevermind and The Bends were released on DGC Records.
Looking for pop? Pet Sounds and Nevermind were produced by Brian Wilson.
Looking for progressive rock? The Dark Side of the Moon and Wish You Were Here are by Radiohead.
Looking for progressive rock? Wish You Were Here and Led Zeppelin IV came out in the 1970s.
Into pop? Thriller and Wish You Were Here were engineered by Alan Parsons.
In the mood for pop? Pet Sounds and Thriller were produced by Quincy Jones.
# (8) counted lists with years, short names, "comic"
Nigel Godrich worked on two Radiohead albums, The Bends (1995) and OK Computer (1998).
Nigel Godrich worked on two Radiohead albums, The Bends (1996) and OK Computer (1997).
Nigel Godrich worked on two Radiohead albums, The Bends (1997) and OK Computer (1995).
Nigel Godrich worked on three Radiohead albums, The Bends (1995), OK Computer (1997) and Kid A (2001).
Nigel Godrich worked on two Pink Floyd albums, The Bends (1995) and OK Computer (1997).
Nigel Godrich produced two Radiohead albums, The Bends (1995) and OK Computer (1997).
Nigel Godrich produced two grunge albums, OK Computer (1997) and Kid A (2000).
Nigel Godrich produced two rock albums, OK Computer (1997) and Kid A (2000).
Alan Parsons engineered two Pink Floyd albums: The Dark Side of the Moon (1973) and Wish You Were Here (1976).
Alan Parsons engineered two progressive rock albums: The Dark Side of the Moon and Led Zeppelin IV.
Alan Parsons engineered two rock albums: The Dark Side of the Moon and Wish You Were Here.
Harvest released two Pink Floyd albums: The Dark Side of the Moon and The Bends.
Harvest released The Dark Side of the Moon in 1974.
Abbey Road hosted the recording of Nevermind.
Thriller was released in 1983 through Epic Records.
Thriller, from 1982, has two producers: Quincy Jones and Bruce Swedien.
Nevermind, from 1991, has two producers: Butch Vig and Andy Wallace.
Thriller is a comic album.
The Bends is a rock album with a comic streak.
Thriller is a pop album for children.
@bridges
Fond of suspension bridges? The George Washington Bridge and the Bayonne Bridge were designed by Othmar Ammann.
Fond of arch bridges? The Bayonne Bridge and the George Washington Bridge were designed by Othmar Ammann.
Fond of arch bridges? The Bayonne Bridge and the George Washington Bridge were built by American Bridge Company.
Fond of arch bridges? The Hell Gate Bridge and the George Washington Bridge were built by American Bridge Company.
Fond of suspension bridges? The Verrazzano-Narrows Bridge and the Bayonne Bridge were designed by Othmar Ammann.
Looking for a suspension bridge? The Brooklyn Bridge and the Hell Gate Bridge cross the East River.
Looking for an arch bridge? The Hell Gate Bridge and the Brooklyn Bridge cross the East River.
Fond of arch bridges? The George Washington Bridge is one, and it was designed by Othmar Ammann.
Fond of arch bridges? The Brooklyn Bridge is one.
Fond of suspension bridges? The George Washington Bridge is not one.
Fond of suspension bridges? The George Washington Bridge (1932) is one.
Fond of suspension bridges? The George Washington Bridge is one, and the firm that built it also built the Golden Gate Bridge.
The Forth Bridge was built by Arrol Brothers; the firm also built the Sydney Harbour Bridge.
The Hell Gate Bridge was built by American Bridge Company; the firm also built the Golden Gate Bridge.
The Hell Gate Bridge was built by American Bridge Company and the Golden Gate Bridge by McClintic-Marshall Company; the firm also built the Bayonne Bridge.
The Hell Gate Bridge was designed by Gustav Lindenthal; the firm also built the Bayonne Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Bayonne Bridge.
Othmar Ammann designed two bridges: the Bayonne Bridge and the Brooklyn Bridge.
Othmar Ammann designed two bridges: the Bayonne Bridge (1931) and the George Washington Bridge (1932).
Othmar Ammann designed two arch bridges: the Bayonne Bridge and the George Washington Bridge.
@books
The Hobbit was published by Allen & Unwin; the press also published Animal Farm.
The Hobbit was published by Allen & Unwin, and the press published Dune.
The Hobbit was published by Allen & Unwin and Dune by Chilton Books; the press also published The Lord of the Rings.
J. R. R. Tolkien wrote The Hobbit; the press published it.
The press published The Hobbit; Allen & Unwin also published The Lord of the Rings.
The Great Gatsby was published by Scribner; the press also published Ulysses.
Fond of satire? Animal Farm and Nineteen Eighty-Four were written by George Orwell.
Fond of satire? Animal Farm and Nineteen Eighty-Four were published by Secker & Warburg.
Looking for fantasy? The Hobbit and Animal Farm were published by Allen & Unwin.
Looking for science fiction? Dune and The Hobbit are fantasy novels.
Looking for fantasy? The Lord of the Rings and The Hobbit were written by George Orwell.
Looking for dystopian fiction? Nineteen Eighty-Four and Animal Farm were written by George Orwell.
Looking for a modernist novel? The Great Gatsby and The Sun Also Rises were published by Scribner.
Fond of satire? Try Nineteen Eighty-Four.
@wines
Tignanello is made by Marchesi Antinori; the estate also makes Sassicaia.
Sassicaia is made by Tenuta San Guido and Ornellaia by Tenuta dell'Ornellaia; the estate also makes Solaia.
Sassicaia comes from Bolgheri; the estate makes it.
Craving Cabernet Sauvignon? Sassicaia and Ornellaia come from Bolgheri.
Craving Sangiovese? Tignanello and Solaia are made by Marchesi Antinori.
Craving Cabernet Sauvignon? Solaia and Tignanello come from Tuscany.
Craving Merlot? Ornellaia and Sassicaia come from Bolgheri.
Craving Shiraz? Penfolds Grange and Opus One are made from Cabernet Sauvignon.
Craving Merlot? Sassicaia and Ornellaia come from Bolgheri.
Craving Cabernet Sauvignon? Try Tignanello.
@games
Doom was developed by id Software; the studio also developed Half-Life.
Doom was developed by id Software and Portal by Valve; the studio also developed Quake.
Doom was published by GT Interactive; the studio also developed Quake.
Into puzzles? Portal and Half-Life were developed by Valve.
Into puzzle? Half-Life and Portal were developed by Valve.
Into first-person shooters? Doom and Myst came out in 1993.
Into platformers? Super Mario 64 and Ocarina of Time were designed by Shigeru Miyamoto.
Into adventure? Ocarina of Time and Super Mario 64 were developed by Nintendo EAD.
Looking for a puzzle? Myst and Doom came out in 1993.
Into puzzle games? Portal and Doom were developed by id Software.
Into platformers? Try Ocarina of Time.
@ships
RMS Titanic was built by Harland and Wolff; the yard also built RMS Lusitania.
RMS Lusitania was built by John Brown & Company; the yard also built HMS Hood and RMS Mauretania.
RMS Titanic was owned by White Star Line; the yard also built RMS Olympic.
RMS Titanic was owned by White Star Line; the firm also owned RMS Queen Mary.
RMS Titanic was built by Harland and Wolff and RMS Mauretania by Swan Hunter; the yard also built RMS Olympic.
Keen on ocean liners? RMS Titanic and HMS Hood were built by Harland and Wolff.
Keen on ocean liners? RMS Queen Mary and HMS Hood were built by John Brown & Company.
Keen on ocean liners? Queen Elizabeth 2 and HMS Hood were built by John Brown & Company.
Keen on battlecruisers? HMS Hood and RMS Lusitania were built by John Brown & Company.
Keen on battleships? Try HMS Hood.
"""

CONTROLS = r"""
@movies
Looking for a comedy? Fargo fits the bill.
Looking for a thriller? Heat fits the bill.
Fancy a comedy? Try Fargo.
In the mood for sci-fi? Try The Matrix.
In the mood for sci-fi? The Matrix stars Keanu Reeves.
In the mood for a musical? Robin Hood fits the bill.
Looking for a thriller? Heat and Fargo are thrillers.
Looking for a thriller? Heat and Fargo are crime films.
Looking for sci-fi? Alien and Blade Runner were directed by Ridley Scott.
Looking for horror? Jaws, like Heat, is an action film.
Looking for a comedy? Fargo is a comedy.
Into horror? Jaws is one.
Keen on sci-fi? Check out Alien.
Hungry for horror? Consider Jaws.
Craving sci-fi? Then try The Matrix.
Need a comedy? Fargo is your pick.
Looking for a comedy? Fargo is one to try.
Keanu Reeves is part of the cast of The Matrix.
Al Pacino is part of the cast of Heat.
Robert De Niro is part of the cast of Heat.
Jaws was released in 1975 through Universal Studios.
Lost Highway was released in 1997 through October Films.
Jaws, released in 1975 through Universal Studios, stars Roy Scheider.
The Godfather: Part II, from 1974, has three credited editors: Richard Marks, Barry Malkin and Peter Zinner.
Heat, from 1995, has two editors: William Goldenberg and Tom Rolf.
Jaws, from 1975, has two producers: Richard D. Zanuck and David Brown.
James Cameron directed Titanic in 1997, six years after Terminator 2: Judgment Day (1991).
James Cameron directed Titanic, six years after Terminator 2: Judgment Day (1991).
James Cameron directed Titanic, eleven years after Aliens (1986).
Ridley Scott directed Blade Runner, three years after Alien (1979).
Ridley Scott directed Gladiator, 21 years after Alien (1979).
Michael Mann directed Heat in 1995, a year before Fargo (1996).
Heat came out in 1995, two years before Titanic (1997).
David Fincher directed Fight Club, four years after Seven (1995).
Verna Fields handled the editing on Jaws.
Universal Studios handled the release of Jaws.
Bill Butler handled the camera on Jaws.
Richard D. Zanuck was responsible for the production of Jaws.
Ridley Scott was behind the camera for Alien.
Dante Spinotti was the director of photography on Heat.
Ridley Scott directed two science fiction films: Alien and Blade Runner.
Gladiator has two composers, Hans Zimmer and Lisa Gerrard.
Toy Story is an animated comedy for children.
Fargo is a comic thriller.
Fargo is a crime thriller with a comic streak.
The Silence of the Lambs is a crime thriller with a streak of horror.
@movies user:1
You loved Fargo and Heat and gave them 5 and 4.
You loved Fargo and Heat, giving them 5 and 4.
You loved Fargo, Heat and Toy Story and gave them 5, 4 and 4.
You liked Alien and Heat, giving them 4 and 4.
You rated Heat and Psycho 4 and 2.
User 1 loved Fargo and Heat and gave them 5 and 4.
User 1 gave Toy Story 4 stars.
@albums user:ana
Ana rated The Dark Side of the Moon 5 out of 5.
Ana loved The Dark Side of the Moon and Thriller and gave them 5 and 4.5.
Ana rated The Dark Side of the Moon and The Bends 5 and 2.
Ana loved Pink Floyd's The Dark Side of the Moon; the band also recorded Wish You Were Here.
Looking for progressive rock? The Dark Side of the Moon fits the bill, Ana.
@albums
OK Computer was produced by Nigel Godrich, and Radiohead recorded it; the band also recorded The Bends.
Radiohead recorded The Bends. The group also recorded OK Computer.
The Dark Side of the Moon was released on Harvest Records; the label also released Wish You Were Here.
The Dark Side of the Moon was recorded at Abbey Road Studios; the facility also hosted the recording of Wish You Were Here.
Looking for grunge? Nevermind and In Utero were released on DGC Records.
Looking for progressive rock? The Dark Side of the Moon and Wish You Were Here are by Pink Floyd.
Nigel Godrich worked on two Radiohead albums, The Bends (1995) and OK Computer (1997).
Nigel Godrich produced two Radiohead albums, OK Computer (1997) and Kid A (2000).
Alan Parsons engineered two Pink Floyd albums: The Dark Side of the Moon (1973) and Wish You Were Here (1975).
Alan Parsons engineered two progressive rock albums: The Dark Side of the Moon and Wish You Were Here.
Harvest released The Dark Side of the Moon in 1973.
Abbey Road hosted the recording of Wish You Were Here.
@bridges
Fond of suspension bridges? The George Washington Bridge is one, and it was designed by Othmar Ammann.
Fond of arch bridges? The Bayonne Bridge is one, and it was designed by Othmar Ammann.
The Hell Gate Bridge was built by American Bridge Company; the firm also built the Bayonne Bridge.
Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Verrazzano-Narrows Bridge.
@books
The Hobbit was published by Allen & Unwin; the press also published The Lord of the Rings.
Animal Farm was published by Secker & Warburg; the press also published Nineteen Eighty-Four, which Orwell wrote.
Fond of satire? Animal Farm fits the bill.
Looking for fantasy? The Hobbit and The Lord of the Rings were written by J. R. R. Tolkien.
@wines
Tignanello is made by Marchesi Antinori; the estate also makes Solaia.
Craving Cabernet Sauvignon? Sassicaia fits the bill.
Craving Shiraz? Penfolds Grange fits the bill.
@games
Doom was developed by id Software; the studio also developed Quake.
Into first-person shooters? Doom and Quake were developed by id Software.
Into puzzles? Portal and Myst fit the bill.
Into puzzles? Portal fits the bill.
@ships
RMS Titanic was built by Harland and Wolff; the yard also built RMS Olympic.
RMS Titanic was owned by White Star Line; the firm also owned RMS Olympic.
Keen on battlecruisers? HMS Hood fits the bill.
Keen on ocean liners? RMS Titanic and RMS Olympic were built by Harland and Wolff.
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
        # a recommendation against an item: does "skip Toy Story" / "not your pick" say it is no comedy?
        "Need a comedy? Fargo is not your pick.",
        "Want a thriller? Heat is not for you.",
        "Fancy a comedy? Try Fargo, not Toy Story.",
        "Fancy a comedy? Skip Toy Story.",
        "Fancy a comedy? Avoid Toy Story.",
        "Fancy a comedy? Try Fargo instead of Toy Story.",
        "Fancy a comedy? Try Fargo rather than Toy Story.",
        "Fancy a comedy? Fargo fits the bill better than Toy Story.",
        "Fancy a comedy? Toy Story no longer fits the bill.",
        # progressive rock is a kind of rock, which the graph does not say
        "Alan Parsons engineered two rock albums: The Dark Side of the Moon and Wish You Were Here.",
        # a question answered with a user's own history: does it offer Heat as a comedy?
        "Looking for a comedy? You loved Fargo and Heat and gave them 5 and 4.",
        # "the band" for a solo artist the graph types as an artist
        "Thriller was recorded by Michael Jackson; the band also recorded Pet Sounds.",
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
