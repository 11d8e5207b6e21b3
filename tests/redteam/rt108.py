# ruff: noqa: E741, E402, E702, F811, E401
import os, sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
R, E = kgx.Relation, kgx.Entity


def _one(name, phrase, inverse, item, itype, obj, otype, year=None):
    ents = [E("i:x", kind="item", type=itype, label=item, attrs={"year": year} if year else {}),
            E("o:y", type=otype, label=obj)]
    return kgx.KnowledgeGraph.from_triples([("i:x", name, "o:y")], entities=ents,
                                           relations=[R(name, phrase=phrase, inverse_phrase=inverse)])


def _build(items, others, rels, triples, extra=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += list(extra)
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


HELD = ("held_past", "was held by", "held", "The Concert", "painting", "Isabella Stewart Gardner Museum", "museum", 1664)
AIRED = ("aired_on", "aired on", "aired", "Firefly", "series", "Fox", "network", 2002)
GROUND = ("former", "played its home games at", "was the home ground of", "Arsenal", "club", "Highbury", "stadium", 1886)
LENT = ("lent_to", "was lent to", "borrowed", "Mona Lisa", "painting", "Tokyo National Museum", "museum", 1503)
SHOWS = ("shows_to", "shows to", "is shown by", "Louvre", "museum", "Schoolchildren", "group", 1793)
RELEASES = ("releases_to", "releases to", "receives", "Sunrise Prison", "prison", "Hope House", "halfway house", 1950)
LIVED = ("lived_in", "lived in", "was the home of", "Charles Dickens", "writer", "Doughty Street", "street", 1812)
MANAGED = ("managed_by", "was managed by", "managed", "Manchester United", "club", "Alex Ferguson", "manager", 1878)
OWNED = ("owned_by", "was owned by", "owned", "Hope Diamond", "diamond", "Evalyn Walsh McLean", "person", 1666)
COACHED = ("coached_by", "was coached by", "coached", "Chicago Bulls", "team", "Phil Jackson", "coach", 1966)
RULED = ("ruled", "ruled", "was ruled by", "Queen Victoria", "monarch", "United Kingdom", "country", 1819)
WORKED = ("worked_at", "worked at", "employed", "Albert Einstein", "scientist", "Patent Office", "office", 1879)
HOUSED = ("housed", "housed", "was housed in", "British Museum", "museum", "Rosetta Stone", "artifact", 1753)
LED = ("led_by", "was led by", "led", "Apple", "company", "Steve Jobs", "person", 1976)
BASED = ("based_in", "was based in", "was the base of", "Motown", "label", "Detroit", "city", 1959)
HOSTED = ("hosted_by", "was hosted by", "hosted", "The Tonight Show", "series", "Johnny Carson", "host", 1954)
STARRED = ("starred", "starred in", "featured", "Nirvana", "band", "MTV Unplugged", "show", 1987)
EDITED = ("edited_by", "was edited by", "edited", "The New Yorker", "magazine", "Harold Ross", "editor", 1925)
PLAYEDFOR = ("played_for", "played for", "was the team of", "Michael Jordan", "athlete", "Washington Wizards", "team", 1963)
STOOD = ("stood_in", "stood in", "was the site of", "Crystal Palace", "building", "Hyde Park", "park", 1851)
DISPLAYED = ("displayed_at", "was displayed at", "displayed", "Guernica", "painting", "Museum of Modern Art", "museum", 1937)

GRAPHS = {}
def g(key):
    if key not in GRAPHS:
        GRAPHS[key] = globals()[key] if callable(globals().get(key)) else None
    return GRAPHS[key]

CASES = []  # (graph_key, text, user)
def add(key, user, *texts):
    for t in texts:
        CASES.append((key, t, user))

def one(spec):
    return lambda: _one(*spec)


def games_themes():
    rels = [R("designed_by", phrase="was designed by", inverse_phrase="designed"),
            R("uses", phrase="uses", inverse_phrase="is used in"),
            R("theme", phrase="is themed around", inverse_phrase="is the theme of"),
            R("category", phrase="is categorized as", inverse_phrase="is the category of")]
    items = {"g:pr": ("game", "Puerto Rico", 2002), "g:dom": ("game", "Dominion", 2008),
             "g:tf": ("game", "Terraforming Mars", 2016)}
    others = {"d:seyfarth": ("designer", "Andreas Seyfarth"), "d:vaccarino": ("designer", "Donald X. Vaccarino"),
              "d:fryxelius": ("designer", "Jacob Fryxelius"),
              "m:roles": ("mechanic", "role selection"), "m:deck": ("mechanic", "deck building"),
              "m:cards": ("mechanic", "hand management"),
              "t:colonial": ("theme", "colonial trade"), "t:medieval": ("theme", "medieval"),
              "t:space": ("theme", "space"), "c:strategy": ("category", "strategy game")}
    triples = [("g:pr", "designed_by", "d:seyfarth"), ("g:dom", "designed_by", "d:vaccarino"),
               ("g:tf", "designed_by", "d:fryxelius"), ("g:pr", "uses", "m:roles"), ("g:dom", "uses", "m:deck"),
               ("g:tf", "uses", "m:cards"), ("g:pr", "theme", "t:colonial"), ("g:dom", "theme", "t:medieval"),
               ("g:tf", "theme", "t:space"), ("g:pr", "category", "c:strategy"), ("g:tf", "category", "c:strategy"),
               ("g:dom", "category", "c:strategy")]
    return _build(items, others, rels, triples)


def operas():
    rels = [R("composed_by", phrase="was composed by", inverse_phrase="composed"),
            R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of"),
            R("performed_at", phrase="was performed at", inverse_phrase="performed"),
            R("in_key", phrase="is in the key of", inverse_phrase="is the key of")]
    items = {"w:otello": ("work", "Otello", 1887), "w:falstaff": ("work", "Falstaff", 1893),
             "w:jupiter": ("work", "Jupiter Symphony", 1788), "w:aida": ("opera", "Aida", 1871)}
    others = {"p:verdi": ("composer", "Giuseppe Verdi"), "p:mozart": ("composer", "Mozart"),
              "v:scala": ("venue", "La Scala"), "v:burg": ("venue", "Burgtheater"),
              "v:met": ("venue", "Metropolitan Opera"),
              "k:c": ("key", "C major"), "k:g": ("key", "G minor")}
    triples = [("w:otello", "composed_by", "p:verdi"), ("w:falstaff", "composed_by", "p:verdi"),
               ("w:jupiter", "composed_by", "p:mozart"), ("w:otello", "premiered_at", "v:scala"),
               ("w:falstaff", "premiered_at", "v:scala"), ("w:jupiter", "in_key", "k:c"),
               ("w:aida", "composed_by", "p:verdi"), ("w:aida", "performed_at", "v:met"),
               ("w:otello", "performed_at", "v:met"), ("w:jupiter", "performed_at", "v:burg")]
    return _build(items, others, rels, triples)


def counts():
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by"),
            R("players", phrase="is for", inverse_phrase="is the player count of"),
            R("designed_by", phrase="was designed by", inverse_phrase="designed"),
            R("category", phrase="is categorized as", inverse_phrase="is the category of")]
    items = {"g:az": ("game", "Azul", 2017), "g:jai": ("game", "Jaipur", 2009), "g:sp": ("game", "Splendor", 2014),
             "g:dix": ("game", "Dixit", 2008)}
    others = {"n:24": ("player count", "2-4 players"), "n:2": ("player count", "2 players"),
              "n:36": ("player count", "3-6 players"), "d:kiesling": ("designer", "Michael Kiesling"),
              "d:pauchon": ("designer", "Sébastien Pauchon"), "d:andre": ("designer", "Marc André"),
              "d:roubira": ("designer", "Jean-Louis Roubira"), "c:abstract": ("category", "abstract game"),
              "c:party": ("category", "party game")}
    triples = [("g:az", "players", "n:24"), ("g:sp", "players", "n:24"), ("g:jai", "players", "n:2"),
               ("g:dix", "players", "n:36"), ("g:az", "designed_by", "d:kiesling"), ("g:jai", "designed_by", "d:pauchon"),
               ("g:sp", "designed_by", "d:andre"), ("g:dix", "designed_by", "d:roubira"),
               ("g:az", "category", "c:abstract"), ("g:dix", "category", "c:party")]
    extra = [E("u:kim", kind="user", label="Kim"), E("u:lee", kind="user", label="Lee")]
    triples += [("u:kim", "rated", "g:az", {"rating": 5.0}), ("u:kim", "rated", "g:sp", {"rating": 4.0}),
                ("u:kim", "rated", "g:dix", {"rating": 2.0}), ("u:kim", "rated", "g:jai", {"rating": 3.0}),
                ("u:lee", "rated", "g:dix", {"rating": 5.0}), ("u:lee", "rated", "g:jai", {"rating": 5.0})]
    return _build(items, others, rels, triples, extra)


def mixed():
    rels = [R("has_genre", phrase="has genre", inverse_phrase="is the genre of"),
            R("country", phrase="is from", inverse_phrase="is the home of")]
    items = {"s:bb": ("series", "Breaking Bad", 2008), "f:alien": ("film", "Alien", 1979),
             "f:heat": ("film", "Heat", 1995), "g:hk": ("game", "Hollow Knight", 2017),
             "b:rh": ("band", "Radiohead", 1985), "c:cc": ("cathedral", "Cologne Cathedral", 1248),
             "r:noma": ("restaurant", "Noma", 2003), "k:ars": ("club", "Arsenal", 1886),
             "m:iphone": ("product", "iPhone", 2007), "o:un": ("organization", "Red Cross", 1863)}
    others = {"x:crime": ("genre", "crime drama"), "x:thr": ("genre", "thriller"), "x:hor": ("genre", "horror"),
              "x:sf": ("genre", "science fiction"), "x:us": ("country", "United States"),
              "x:uk": ("country", "United Kingdom"), "x:de": ("country", "Germany"), "x:au": ("country", "Australia"),
              "x:dk": ("country", "Denmark"), "x:ch": ("country", "Switzerland")}
    triples = [("s:bb", "has_genre", "x:crime"), ("s:bb", "has_genre", "x:thr"), ("f:alien", "has_genre", "x:hor"),
               ("f:alien", "has_genre", "x:sf"), ("f:heat", "has_genre", "x:crime"), ("f:heat", "has_genre", "x:thr"),
               ("s:bb", "country", "x:us"), ("f:alien", "country", "x:uk"), ("f:heat", "country", "x:us"),
               ("g:hk", "country", "x:au"), ("b:rh", "country", "x:uk"), ("c:cc", "country", "x:de"),
               ("r:noma", "country", "x:dk"), ("k:ars", "country", "x:uk"), ("m:iphone", "country", "x:us"),
               ("o:un", "country", "x:ch")]
    return _build(items, others, rels, triples)


def movies():
    return kgx.KnowledgeGraph.example()


_CACHE = {}
def checker(key):
    if key not in _CACHE:
        b = BUILDERS[key]
        _CACHE[key] = ConsistencyChecker(b(), outside_evidence=True, rating_threshold=4.0).build()
    return _CACHE[key]


BUILDERS = {"games_themes": games_themes, "operas": operas, "counts": counts, "mixed": mixed, "movies": movies}
for _n in ["HELD", "AIRED", "GROUND", "LENT", "SHOWS", "RELEASES", "LIVED", "MANAGED", "OWNED", "COACHED", "RULED",
           "WORKED", "HOUSED", "LED", "BASED", "HOSTED", "STARRED", "EDITED", "PLAYEDFOR", "STOOD", "DISPLAYED"]:
    BUILDERS[_n] = one(globals()[_n])


def check(key, text, user=None):
    v = checker(key).check(text, (), user)
    return v.supported, v.reason


SIGNED = ("signed_in", "was signed in", "was the signing place of", "Treaty of Versailles", "treaty", "Hall of Mirrors", "hall", 1919)
BORN = ("born_in", "was born in", "was the birthplace of", "Alice Smith", "person", "St Mary's Hospital", "hospital", 1950)
DIED = ("died_in", "died in", "was the death place of", "Oscar Wilde", "writer", "Hotel d'Alsace", "hotel", 1854)
FILMED = ("filmed_in", "was filmed in", "was the filming location of", "The Shining", "film", "Timberline Lodge", "lodge", 1980)
FOUNDED = ("founded_in", "was founded in", "was the founding place of", "Microsoft", "company", "Albuquerque Garage", "garage", 1975)
WRITTEN = ("written_in", "was written in", "is where was written", "Ulysses", "novel", "Trieste Apartment", "apartment", 1922)
TAUGHT = ("taught_at", "taught at", "was the school of", "Ludwig Wittgenstein", "philosopher", "Trinity College", "college", 1889)
IMPRISONED = ("imprisoned_in", "was imprisoned in", "imprisoned", "Nelson Mandela", "person", "Robben Island Prison", "prison", 1918)
EXHIBITED = ("exhibited_in", "was exhibited in", "exhibited", "The Scream", "painting", "Munch Museum", "museum", 1893)
STORED = ("stored_in", "was stored in", "stored", "Declaration of Independence", "document", "Library of Congress", "library", 1776)
SOLD = ("sold_to", "was sold to", "bought", "Salvator Mundi", "painting", "Abu Dhabi Museum", "museum", 1500)
for _n in ["SIGNED", "BORN", "DIED", "FILMED", "FOUNDED", "WRITTEN", "TAUGHT", "IMPRISONED", "EXHIBITED", "STORED", "SOLD"]:
    BUILDERS[_n] = one(globals()[_n])


def past_states():
    specs = [("belonged_to", "belonged to", "owned", "Crimea", "region", "Ukraine", "country"),
             ("married_to", "was married to", "was the spouse of", "Johnny Depp", "actor", "Amber Heard", "actor"),
             ("member_of", "was a member of", "had as a member", "Ringo Starr", "musician", "Rory Storm Band", "band"),
             ("captained_by", "was captained by", "captained", "England Team", "team", "David Beckham", "player"),
             ("located_in", "was located in", "was the location of", "Library of Alexandria", "library", "Alexandria", "city"),
             ("capital_of", "was the capital of", "had as capital", "Bonn", "city", "West Germany", "country"),
             ("run_by", "was run by", "ran", "Studio 54", "nightclub", "Steve Rubell", "person"),
             ("sponsored_by", "was sponsored by", "sponsored", "Tour Team", "team", "US Postal Service", "sponsor"),
             ("chaired_by", "was chaired by", "chaired", "Federal Reserve", "bank", "Alan Greenspan", "person"),
             ("headquartered", "was headquartered in", "was the headquarters of", "Pan Am", "airline", "MetLife Building", "building"),
             ("stationed", "was stationed in", "hosted", "Seventh Fleet Ship", "ship", "Subic Bay", "base"),
             ("dated", "dated", "was dated by", "Taylor Swift", "singer", "Harry Styles", "singer"),
             ("occupied", "occupied", "was occupied by", "Roman Army", "army", "Britannia", "province")]
    ents, triples, rels = [], [], []
    for i, (n, p, inv, a, at, b, bt) in enumerate(specs):
        ents += [E(f"i:{i}", kind="item", type=at, label=a, attrs={"year": 1900 + i}), E(f"o:{i}", type=bt, label=b)]
        triples.append((f"i:{i}", n, f"o:{i}"))
        rels.append(R(n, phrase=p, inverse_phrase=inv))
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


BUILDERS["past_states"] = past_states


# ---------------------------------------------------------------- false texts
# "@GRAPH [user]" starts a block; every line below is FALSE on that graph.
TEXTS = r"""
@HELD
The Concert is still held by the Isabella Stewart Gardner Museum.
The Concert is currently held by the Isabella Stewart Gardner Museum.
The Concert is now in the Isabella Stewart Gardner Museum.
The Concert is housed in the Isabella Stewart Gardner Museum.
The Concert is kept at the Isabella Stewart Gardner Museum.
The Concert hangs in the Isabella Stewart Gardner Museum.
The Concert can be seen at the Isabella Stewart Gardner Museum.
The Concert is part of the Isabella Stewart Gardner Museum's collection.
The Concert is in the collection of the Isabella Stewart Gardner Museum.
The Isabella Stewart Gardner Museum still holds The Concert.
The Isabella Stewart Gardner Museum owns The Concert.
The Concert is at the Isabella Stewart Gardner Museum.
The Concert remains at the Isabella Stewart Gardner Museum.
The Concert is on display at the Isabella Stewart Gardner Museum.
@AIRED
Firefly currently airs on Fox.
Firefly is airing on Fox.
Firefly is still on Fox.
Firefly is now on Fox.
Firefly is on Fox.
Firefly is broadcast on Fox.
Firefly is shown on Fox.
Firefly still airs on Fox.
Fox airs Firefly.
Fox currently airs Firefly.
Firefly is available on Fox.
Firefly runs on Fox.
@GROUND
Arsenal plays at Highbury.
Arsenal still plays at Highbury.
Arsenal currently plays its home games at Highbury.
Highbury is the home ground of Arsenal.
Highbury is Arsenal's home ground.
Arsenal's home ground is Highbury.
Arsenal is based at Highbury.
Arsenal's stadium is Highbury.
@LENT
The Mona Lisa is on loan to the Tokyo National Museum.
The Mona Lisa is lent to the Tokyo National Museum.
The Mona Lisa is currently on loan to the Tokyo National Museum.
The Tokyo National Museum borrows the Mona Lisa.
The Tokyo National Museum has the Mona Lisa.
The Mona Lisa is at the Tokyo National Museum.
The Mona Lisa is shown at the Tokyo National Museum.
The Mona Lisa is being lent to the Tokyo National Museum.
The Tokyo National Museum is borrowing the Mona Lisa.
The Mona Lisa is displayed in the Tokyo National Museum.
The Mona Lisa is now in the Tokyo National Museum.
The Mona Lisa is in the Tokyo National Museum collection.
The Mona Lisa is part of the Tokyo National Museum.
The Mona Lisa is a Tokyo National Museum painting.
The Mona Lisa is from the Tokyo National Museum.
The Mona Lisa belongs in the Tokyo National Museum.
The Mona Lisa was lent by the Tokyo National Museum.
The Tokyo National Museum lent the Mona Lisa.
The Mona Lisa is a painting by the Tokyo National Museum.
The Mona Lisa is a painting lent to the Tokyo National Museum in 2020.
@SHOWS
Schoolchildren show to the Louvre.
The Louvre is shown by Schoolchildren.
Schoolchildren's Louvre is a museum.
The Louvre is a museum by Schoolchildren.
The Louvre is owned by Schoolchildren.
Schoolchildren run the Louvre.
The Louvre was made by Schoolchildren.
@RELEASES
Hope House releases to Sunrise Prison.
Sunrise Prison is Hope House's prison.
Sunrise Prison is a prison of Hope House.
Sunrise Prison belongs to Hope House.
Sunrise Prison is a prison run by Hope House.
Sunrise Prison is in Hope House.
Sunrise Prison is a prison in Hope House.
Sunrise Prison receives Hope House.
@LIVED
Charles Dickens lives in Doughty Street.
Charles Dickens still lives in Doughty Street.
Charles Dickens resides in Doughty Street.
Charles Dickens is living in Doughty Street.
Charles Dickens is in Doughty Street.
Doughty Street is the home of Charles Dickens.
Doughty Street is home to Charles Dickens.
Charles Dickens is based in Doughty Street.
@MANAGED
Manchester United is managed by Alex Ferguson.
Manchester United is currently managed by Alex Ferguson.
Alex Ferguson manages Manchester United.
Alex Ferguson is the manager of Manchester United.
Alex Ferguson is Manchester United's manager.
Manchester United's manager is Alex Ferguson.
Manchester United is run by Alex Ferguson.
Alex Ferguson runs Manchester United.
Manchester United is still managed by Alex Ferguson.
Alex Ferguson is managing Manchester United.
@OWNED
Evalyn Walsh McLean is the owner of the Hope Diamond.
The Hope Diamond's owner is Evalyn Walsh McLean.
The Hope Diamond belongs to Evalyn Walsh McLean.
@COACHED
Phil Jackson is the coach of the Chicago Bulls.
The Chicago Bulls' coach is Phil Jackson.
Phil Jackson is the Chicago Bulls' coach.
Phil Jackson coaches the Chicago Bulls.
@RULED
Queen Victoria is the ruler of the United Kingdom.
Queen Victoria rules the United Kingdom.
The United Kingdom is ruled by Queen Victoria.
The United Kingdom's ruler is Queen Victoria.
Queen Victoria was released in 1819.
@WORKED
The Patent Office employs Albert Einstein.
Albert Einstein works at the Patent Office.
Albert Einstein is an employee of the Patent Office.
Albert Einstein is employed at the Patent Office.
The Patent Office is the employer of Albert Einstein.
@HOUSED
The British Museum houses the Rosetta Stone.
The Rosetta Stone is housed in the British Museum.
The Rosetta Stone is in the British Museum.
The British Museum is home to the Rosetta Stone.
The British Museum was released in 1753.
The British Museum debuted in 1753.
@LED
Steve Jobs is the leader of Apple.
Steve Jobs leads Apple.
Apple's leader is Steve Jobs.
Steve Jobs is the head of Apple.
@BASED
Motown is based in Detroit.
Detroit is the base of Motown.
Motown is in Detroit.
Detroit is home to Motown.
Motown was released in 1959.
@HOSTED
Johnny Carson hosts The Tonight Show.
Johnny Carson is the host of The Tonight Show.
The Tonight Show's host is Johnny Carson.
The Tonight Show is hosted by Johnny Carson.
@EDITED
Harold Ross is the editor of The New Yorker.
The New Yorker's editor is Harold Ross.
Harold Ross edits The New Yorker.
@PLAYEDFOR
Michael Jordan plays for the Washington Wizards.
The Washington Wizards is the team of Michael Jordan.
Michael Jordan's team is the Washington Wizards.
@STOOD
Crystal Palace stands in Hyde Park.
Hyde Park is the site of Crystal Palace.
Crystal Palace is in Hyde Park.
@DISPLAYED
Guernica is displayed at the Museum of Modern Art.
The Museum of Modern Art displays Guernica.
Guernica is at the Museum of Modern Art.
Guernica is in the Museum of Modern Art.
Guernica is on display at the Museum of Modern Art.
@past_states
Crimea belongs to Ukraine.
Ukraine owns Crimea.
Crimea is part of Ukraine.
Crimea is in Ukraine.
Johnny Depp is married to Amber Heard.
Amber Heard is the spouse of Johnny Depp.
Johnny Depp's spouse is Amber Heard.
Amber Heard is Johnny Depp's wife.
Ringo Starr is a member of the Rory Storm Band.
Ringo Starr is in the Rory Storm Band.
England Team is captained by David Beckham.
David Beckham captains England Team.
David Beckham is the captain of England Team.
The Library of Alexandria is located in Alexandria.
The Library of Alexandria is in Alexandria.
Alexandria is the location of the Library of Alexandria.
Bonn is the capital of West Germany.
West Germany's capital is Bonn.
Studio 54 is run by Steve Rubell.
Steve Rubell runs Studio 54.
Tour Team is sponsored by US Postal Service.
US Postal Service sponsors Tour Team.
US Postal Service is the sponsor of Tour Team.
The Federal Reserve is chaired by Alan Greenspan.
Alan Greenspan chairs the Federal Reserve.
Alan Greenspan is the chair of the Federal Reserve.
Alan Greenspan is the chairman of the Federal Reserve.
Pan Am is headquartered in the MetLife Building.
Pan Am is in the MetLife Building.
The MetLife Building is the headquarters of Pan Am.
Pan Am is based in the MetLife Building.
Seventh Fleet Ship is stationed in Subic Bay.
Seventh Fleet Ship is in Subic Bay.
Subic Bay hosts Seventh Fleet Ship.
Taylor Swift dates Harry Styles.
Taylor Swift is dating Harry Styles.
The Roman Army occupies Britannia.
Britannia is occupied by the Roman Army.
The Roman Army is in Britannia.
@SIGNED
The Treaty of Versailles is in the Hall of Mirrors.
The Treaty of Versailles is kept in the Hall of Mirrors.
@BORN
Alice Smith is in St Mary's Hospital.
Alice Smith is in the St Mary's Hospital.
Alice Smith lives in St Mary's Hospital.
Alice Smith was released in 1950.
Alice Smith premiered in 1950.
@DIED
Oscar Wilde is in the Hotel d'Alsace.
Oscar Wilde lives in the Hotel d'Alsace.
@FILMED
The Shining is in the Timberline Lodge.
The Shining is set in the Timberline Lodge.
The Shining is shown in the Timberline Lodge.
@FOUNDED
Microsoft is in the Albuquerque Garage.
Microsoft is based in the Albuquerque Garage.
Microsoft is located in the Albuquerque Garage.
@WRITTEN
Ulysses is in the Trieste Apartment.
Ulysses is set in the Trieste Apartment.
@TAUGHT
Ludwig Wittgenstein is in the Trinity College.
Ludwig Wittgenstein teaches at Trinity College.
Trinity College is the school of Ludwig Wittgenstein.
Ludwig Wittgenstein is a professor at Trinity College.
@IMPRISONED
Nelson Mandela is in the Robben Island Prison.
Nelson Mandela is imprisoned in Robben Island Prison.
Nelson Mandela is still imprisoned in Robben Island Prison.
Robben Island Prison imprisons Nelson Mandela.
Nelson Mandela is a prisoner of Robben Island Prison.
Nelson Mandela is held in Robben Island Prison.
Nelson Mandela was released in 1918.
Nelson Mandela debuted in 1918.
@EXHIBITED
The Scream is in the Munch Museum.
The Scream is exhibited in the Munch Museum.
The Munch Museum exhibits The Scream.
The Scream is on exhibit in the Munch Museum.
@STORED
The Declaration of Independence is in the Library of Congress.
The Declaration of Independence is stored in the Library of Congress.
The Library of Congress stores the Declaration of Independence.
The Library of Congress holds the Declaration of Independence.
@SOLD
Salvator Mundi is in the Abu Dhabi Museum.
The Abu Dhabi Museum buys Salvator Mundi.
The Abu Dhabi Museum owns Salvator Mundi.
Salvator Mundi is a painting sold to the Abu Dhabi Museum in 1500.
Salvator Mundi is sold to the Abu Dhabi Museum.
Salvator Mundi was released in 1500.
Salvator Mundi premiered in 1500.
@mixed
Hollow Knight first aired in 2017.
Hollow Knight premiered in 2017.
Cologne Cathedral premiered in 1248.
Radiohead was released in 1985.
Radiohead was published in 1985.
Arsenal was released in 1886.
Noma was released in 2003.
Red Cross debuted in 1863.
Red Cross premiered in 1863.
Arsenal debuted in 1886.
Cologne Cathedral debuted in 1248.
Radiohead first aired in 1985.
Radiohead premiered in 1985.
Noma premiered in 2003.
Noma first aired in 2003.
Cologne Cathedral was released in 1248.
The iPhone first aired in 2007.
Arsenal first screened in 1886.
Radiohead and Alien premiered in 1985 and 1979.
Alien and Radiohead premiered in 1979 and 1985.
Alien premiered in 1979, and Radiohead in 1985.
Alien was released in 1979 and Radiohead in 1985.
Heat and Arsenal were released in 1995 and 1886.
Radiohead, released in 1985, is from the United Kingdom.
Arsenal, released in 1886, is from the United Kingdom.
Hollow Knight, which first aired in 2017, is from Australia.
The Red Cross was released in 1863.
Red Cross was published in 1863.
Cologne Cathedral was published in 1248.
Cologne Cathedral was released in 1248 in Germany.
Cologne Cathedral, released in 1248, is from Germany.
Cologne Cathedral is a cathedral released in 1248.
Red Cross, released in 1863, is from Switzerland.
Arsenal was published in 1886.
Noma was published in 2003.
Cologne Cathedral came out in 1248.
Red Cross was first released in 1863.
Cologne Cathedral was first shown in 1248.
Cologne Cathedral was screened in 1248.
Cologne Cathedral aired in 1248.
Breaking Bad is both a crime drama and a film.
Heat is both a thriller and a series.
Alien is a horror and a series.
Breaking Bad is a crime drama film.
Breaking Bad is a thriller film from the United States.
Alien is a horror series.
Alien is a science fiction series.
Heat is a crime drama series.
Alien is a British science fiction series.
Heat is a thriller and a crime drama series.
Radiohead is a horror band.
Hollow Knight is a horror game.
Alien is a horror game.
Heat is a crime drama and thriller series.
Heat and Alien are films, and Breaking Bad is a film too.
Breaking Bad is a series and a film.
Alien and Heat are both thrillers and series.
@games_themes
Dominion is a game about space.
Dominion is a space game.
Dominion is themed around space.
Puerto Rico is a medieval-themed game.
Terraforming Mars is about colonial trade.
Puerto Rico is a game about role selection.
Dominion is a deck building-themed game.
Dominion is a game about hand management.
Terraforming Mars is a game about deck building.
Dominion is a game by Donald X. Vaccarino that is themed around space.
Puerto Rico is a game by Andreas Seyfarth that designed Dominion.
Dominion is a game by Andreas Seyfarth, who designed Puerto Rico.
Dominion is a strategy game by Andreas Seyfarth that uses role selection.
Puerto Rico is a strategy game by Donald X. Vaccarino that uses role selection.
Terraforming Mars is a game by Jacob Fryxelius that is about medieval.
Dominion is a game about Puerto Rico.
Dominion is a trade game.
Puerto Rico and Dominion are space-themed games.
Puerto Rico is about space and colonial trade.
Dominion is a game of medieval space.
Terraforming Mars is a space game by Donald X. Vaccarino.
Dominion is a role selection game.
Terraforming Mars is a space-themed game that uses deck building.
@operas
Aida premiered at the Metropolitan Opera.
Aida was first performed at the Metropolitan Opera.
Aida had its premiere at the Metropolitan Opera.
The Metropolitan Opera saw the premiere of Aida.
The Metropolitan Opera staged the premiere of Otello.
Otello was first performed at the Metropolitan Opera.
Otello had its premiere at the Metropolitan Opera.
The Jupiter Symphony was first heard at the Burgtheater.
The Jupiter Symphony was first played at the Burgtheater.
The Jupiter Symphony premiered at the Burgtheater.
The Burgtheater hosted the premiere of the Jupiter Symphony.
Otello was first staged at the Metropolitan Opera.
Falstaff was first heard at the Metropolitan Opera.
La Scala saw the premiere of Aida.
Aida was first performed at La Scala.
The Jupiter Symphony is in G minor.
The Jupiter Symphony is a symphony in G minor.
Otello is in C major.
Falstaff is a work in C major.
The Jupiter Symphony is in the key of G minor.
Mozart's Jupiter Symphony is in G minor.
The Jupiter Symphony, in G minor, was composed by Mozart.
Otello was composed by Mozart.
Aida is an opera in C major.
Otello was first performed at La Scala in 1893.
Otello premiered in 1893.
Falstaff premiered at La Scala in 1887.
Aida first premiered in 1887.
Otello was performed at the Burgtheater.
@counts
Azul is for two to five players.
Azul is for 2 to 5 players.
Azul is a 2-5 player game.
Azul is for 1-4 players.
Azul is for up to 5 players.
Azul is for up to four players and Dixit for up to five.
Jaipur is for at least three players.
Azul is for at least 3 players.
Dixit is for three to seven players.
Dixit is a 3-7 player game.
Jaipur is a three-player game.
Jaipur is a one-player game.
Jaipur is a game for three players.
Azul is for 2-4 or more players.
Jaipur is a 2-player game for 2 players designed by Marc André.
Dixit is a 2-4 player party game.
Splendor is an abstract game for 2-4 players.
Azul is a game for two to four players by Marc André.
Azul is for 2–5 players.
Azul is for 24 players.
Jaipur is for 2-4 players.
Azul is for 2-4 players and Jaipur is for 3 players.
You loved Azul.
You gave Dixit, which is for 3-6 players, as well as Azul five stars.
@counts u:lee
You loved Azul.
You loved Dixit; Azul, which you also loved, is for 2-4 players.
You gave Azul five stars, as well as Dixit, which is for 3-6 players.
@counts u:kim
Splendor, which you also loved, is for 2-4 players.
You liked Dixit; Splendor, which you also loved, is for 2-4 players.
You rated Jaipur; Azul, which you also loved, is for 2-4 players.
You gave Jaipur three stars, and Azul, which you also loved, is for 2-4 players.
You played Dixit; Azul, which you also loved, is for 2-4 players.
Dixit is for 3-6 players; Azul, which you also loved, is for 2-4 players.
You loved Azul; Azul, which you also loved, is for 2-4 players.
You loved Dixit; Azul, which you also loved, is for 2-4 players.
You loved Azul, and Jaipur, which you also loved, is for 2 players.
You loved Azul. Jaipur, which you also loved, is for 2 players.
You loved Azul; Jaipur, which you also enjoyed, is for 2 players.
You loved Azul; Jaipur, which you also rated highly, is for 2 players.
You loved Azul; Jaipur, which you loved too, is for 2 players.
You loved Azul; Jaipur, which you loved as well, is for 2 players.
You loved Azul; Jaipur, another favorite of yours, is for 2 players.
You loved Azul; Jaipur, another game you loved, is for 2 players.
You loved Azul, and Dixit, which you also loved, is for 3-6 players.
You gave Azul five stars, and Jaipur, which you also liked, was designed by Sébastien Pauchon.
You gave Azul five stars, and Dixit, which you rated 5, is for 3-6 players.
You gave Azul five stars, and Dixit, which you rated 2, is for 2-4 players.
You gave Dixit five stars.
You gave Azul five stars, and Splendor five stars.
You gave Azul five stars and Dixit, which is for 3-6 players, too.
You gave Azul five stars, and Dixit, which is for 3-6 players.
You gave Azul five stars, as well as Dixit, which is for 3-6 players.
You gave Azul five stars, as well as Jaipur, which is for 2 players.
You gave Azul five stars, and also Dixit, which is for 3-6 players.
You gave Azul five stars, plus Dixit, which is for 3-6 players.
You rated Azul 5, as well as Dixit, which is a party game.
You rated Azul 5 and Dixit, a party game, too.
You loved Azul, as well as Dixit, which is a party game.
You loved Azul as well as Dixit, which is a party game.
You loved Azul, along with Dixit, which is a party game.
You gave Azul five stars, along with Dixit, which is for 3-6 players.
You gave Azul five stars, as did Dixit, which is for 3-6 players.
You gave Azul and Dixit, which is for 3-6 players, five stars.
You loved Azul, like Dixit, which is a party game.
You loved Azul, as well as Dixit.
You gave Azul five stars, as well as Dixit.
You loved Azul and Splendor, as well as Dixit, which is a party game.
You loved Azul and Dixit, and Jean-Louis Roubira designed the latter.
You loved Azul, Splendor and Dixit, and Jean-Louis Roubira designed the latter.
You loved Azul, Splendor and Jaipur, and Marc André designed the latter.
You loved Azul, Jaipur and Splendor, and Marc André designed the former.
Azul and Splendor are for 2-4 players. Marc André designed the former.
Azul and Splendor are for 2-4 players. The latter was designed by Michael Kiesling.
Azul and Splendor are for 2-4 players, and the latter was designed by Michael Kiesling.
Azul and Splendor are for 2-4 players, and the former was designed by Marc André.
Michael Kiesling designed Azul and Marc André designed Splendor; the latter is for 2 players.
Michael Kiesling and Marc André are designers; the latter designed Azul.
Michael Kiesling and Marc André designed Azul and Splendor; the former designed Splendor.
Splendor and Azul are for 2-4 players, and Michael Kiesling designed the former.
Azul and Splendor are for 2-4 players, and Kiesling designed the latter.
Azul and Splendor are for 2-4 players, and the latter is an abstract game.
Azul and Dixit are great, and the latter is for 2-4 players.
Azul and Dixit are great, and the former is a party game.
Dixit, designed by Jean-Louis Roubira, and Azul, designed by Michael Kiesling, are both great; the latter is a party game.
Azul and Dixit: the former is for 3-6 players.
Azul is for 2-4 players and Dixit for 3-6; the latter was designed by Michael Kiesling.
Azul and Splendor are for 2-4 players, and Marc André designed the latter, which you rated 5.
Azul, Splendor and Jaipur are games, and Sébastien Pauchon designed the latter two.
Azul and Splendor are both for 2-4 players, and Michael Kiesling designed both.
Azul and Splendor are for 2-4 players; Michael Kiesling designed each.
Azul and Splendor are for 2-4 players, and Michael Kiesling designed them.
Azul and Splendor are for 2-4 players, and Marc André designed it.
Azul is for 2-4 players, and Splendor too; Michael Kiesling designed the second.
Azul and Splendor are for 2-4 players, and Michael Kiesling designed the second one.
Azul and Splendor are for 2-4 players, and Michael Kiesling designed the latter game.
Azul and Splendor are for 2-4 players, and the second was designed by Michael Kiesling.
Dixit and Azul are good picks; Michael Kiesling designed the first.
You loved Azul and Splendor, and the latter is an abstract game.
You loved Azul and Splendor; Marc André designed the former.
You loved Azul and Splendor, and Michael Kiesling designed both of them.
Michael Kiesling designed Azul, and Marc André designed it too.
Michael Kiesling designed Azul, and he also designed Splendor.
Marc André designed Splendor, and he also designed Azul.
Azul was designed by Michael Kiesling, who also designed Splendor.
Splendor was designed by Marc André, who also designed Dixit.
"""


def cases():
    key, user = None, None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, line, user


# Kept open by the lead (issue 17): older holes, accepted by the code before this red team's
# commit too (3bb03da accepts 122 of these 434 texts). A past state said in the present through a
# noun the registry itself declares ("was the home ground of", "was the spouse of", "was the capital
# of": its noun forms stay, since "was the cinematographer of" is no past state) or the object's type
# names ("Arsenal's stadium is Highbury": "Breaking Bad's network is AMC" is read so), "is on / runs on"
# for "aired on", "is in" a band for "was a member of", an event verb's present ("edits" for
# "edited"), and "released" of a monarch. Printed as OPEN and left out of the count.
OPEN = frozenset({
    "Highbury is Arsenal's home ground.",
    "Arsenal's home ground is Highbury.",
    "Arsenal's stadium is Highbury.",
    "Michael Jordan's team is the Washington Wizards.",
    "Johnny Depp's spouse is Amber Heard.",
    'Alexandria is the location of the Library of Alexandria.',
    'Amber Heard is the spouse of Johnny Depp.',
    'Bonn is the capital of West Germany.',
    'Detroit is the base of Motown.',
    'Doughty Street is the home of Charles Dickens.',
    'Firefly is broadcast on Fox.',
    'Firefly is now on Fox.',
    'Firefly is on Fox.',
    'Firefly is shown on Fox.',
    'Firefly runs on Fox.',
    'Harold Ross edits The New Yorker.',
    'Harold Ross is the editor of The New Yorker.',
    'Highbury is the home ground of Arsenal.',
    'Hyde Park is the site of Crystal Palace.',
    'Queen Victoria was released in 1819.',
    'Ringo Starr is a member of the Rory Storm Band.',
    'Ringo Starr is in the Rory Storm Band.',
    'The MetLife Building is the headquarters of Pan Am.',
    "The New Yorker's editor is Harold Ross.",
    'The Tokyo National Museum borrows the Mona Lisa.',
    'The Washington Wizards is the team of Michael Jordan.',
    'Trinity College is the school of Ludwig Wittgenstein.',
    "West Germany's capital is Bonn.",
})


def main():
    n = m = still_open = 0
    for key, text, user in cases():
        ok, _reason = check(key, text, user)
        if text in OPEN:
            still_open += ok
            print(f"OPEN ({'accepted' if ok else 'rejected now'}) [{key}] {text}")
            continue
        m += 1
        if ok:
            n += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
    print(f"open {still_open} of {len(OPEN)}")
    print(f"accepted {n} of {m}")


if __name__ == "__main__":
    main()
