# ruff: noqa: E741
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
"""Red team 90: false texts aimed at the readings of 3e18a08..HEAD. Each counted text is FALSE."""
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from test_consistency_domain_words import _television, _podcasts, _museums, _guests_and_places

R = kgx.Relation


def build(items, others, rels, triples, name="g"):
    ents = [kgx.Entity("user:ana", kind="user", label="Ana")]
    ents += [kgx.Entity(i, kind="item", type=t, label=l, attrs=a) for i, (t, l, a) in items.items()]
    ents += [kgx.Entity(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels, name=name)


def g_museums():
    """Museums and a park; one museum in two cities; styles incl. Romanticism, Mannerism, Baptism (topic)."""
    items = {"m:kess": ("museum", "Kessler Museum", {"year": 1996}), "m:vale": ("museum", "Vale Gallery", {"year": 1930}),
             "m:twin": ("museum", "Twin Halls", {"year": 1950}), "m:arc": ("museum", "Arcadia House", {"year": 1880}),
             "k:green": ("park", "Greenway Park", {"year": 1996}), "m:font": ("museum", "Font House", {"year": 1700})}
    others = {"c:rot": ("city", "Rotterdam"), "c:ams": ("city", "Amsterdam"), "c:oslo": ("city", "Oslo"),
              "s:rom": ("style", "Romanticism"), "s:cla": ("style", "Classicism"), "s:man": ("style", "Mannerism"),
              "s:brut": ("style", "brutalism"), "s:neo": ("style", "neoclassicism"), "s:mod": ("style", "modernism"),
              "t:bap": ("topic", "Baptism"), "t:rom": ("topic", "romanticism"),
              "p:koolhaas": ("person", "Rem Koolhaas"), "p:ive": ("person", "Ada Ive")}
    rels = [R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum", "park"), range=("city",)),
            R("style", phrase="is built in the style of", inverse_phrase="is the style of", domain=("museum",), range=("style",)),
            R("topic", phrase="is about", inverse_phrase="is the topic of", domain=("museum",), range=("topic",)),
            R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("museum", "park"), range=("person",)),
            R("visited", phrase="visited", inverse_phrase="was visited by", domain=("user",), range=("museum", "park"))]
    t = [("m:kess", "located_in", "c:rot"), ("m:vale", "located_in", "c:ams"), ("m:twin", "located_in", "c:rot"),
         ("m:twin", "located_in", "c:oslo"), ("k:green", "located_in", "c:oslo"), ("m:arc", "located_in", "c:ams"),
         ("m:font", "located_in", "c:oslo"),
         ("m:kess", "style", "s:brut"), ("m:vale", "style", "s:neo"), ("m:twin", "style", "s:rom"),
         ("m:arc", "style", "s:cla"), ("m:font", "style", "s:man"), ("m:kess", "style", "s:mod"),
         ("m:font", "topic", "t:bap"), ("m:vale", "topic", "t:rom"),
         ("m:kess", "designed_by", "p:koolhaas"), ("k:green", "designed_by", "p:ive"),
         ("user:ana", "visited", "m:kess")]
    return build(items, others, rels, t, "museums2")


def g_shows():
    """A show with hosts and guests (same person host of one, guest of another); makers and actors."""
    items = {"s:late": ("show", "Late Hour", {"year": 2010}), "s:dawn": ("show", "Dawn Talk", {"year": 2015}),
             "f:alpha": ("film", "Alpha Line", {"year": 2001}), "f:beta": ("film", "Beta Road", {"year": 2001}),
             "a:echo": ("album", "Echo Fields", {"year": 2017}), "a:rust": ("album", "Rust Moon", {"year": 2019}),
             "b:tide": ("book", "Tide Book", {"year": 1999})}
    others = {"p:rae": ("person", "Rae Moss"), "p:jon": ("person", "Jon Hart"), "p:lia": ("person", "Lia Brook"),
              "p:dev": ("person", "Dev Rana"), "p:kim": ("person", "Kim Ode"), "l:kes": ("label", "Kestrel Music"),
              "l:bay": ("label", "Bay Records"), "p:sol": ("person", "Sol Vega"), "pub:orca": ("publisher", "Orca Press"),
              "p:ana": ("person", "Ana Rees")}
    rels = [R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("show",), range=("person",)),
            R("guest", phrase="featured", inverse_phrase="appeared on", domain=("show",), range=("person",)),
            R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("person",)),
            R("acted", phrase="was acted by", inverse_phrase="acted in", domain=("film",), range=("person",)),
            R("stars", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("person",)),
            R("label", phrase="was released by", inverse_phrase="released", domain=("album",), range=("label",)),
            R("artist", phrase="is by", inverse_phrase="released", domain=("album",), range=("person",)),
            R("published_by", phrase="was published by", inverse_phrase="published", domain=("book",), range=("publisher",)),
            R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("book",), range=("person",)),
            R("edited_by", phrase="was edited by", inverse_phrase="edited", domain=("book",), range=("person",)),
            R("liked", phrase="liked", inverse_phrase="was liked by", domain=("user",), range=("album", "film", "show"))]
    t = [("s:late", "hosted_by", "p:rae"), ("s:dawn", "hosted_by", "p:jon"), ("s:late", "guest", "p:jon"),
         ("s:dawn", "guest", "p:lia"),
         ("f:alpha", "directed_by", "p:dev"), ("f:alpha", "acted", "p:kim"), ("f:beta", "stars", "p:dev"),
         ("f:beta", "directed_by", "p:lia"), ("f:alpha", "stars", "p:lia"),
         ("a:echo", "label", "l:kes"), ("a:echo", "artist", "p:sol"), ("a:rust", "label", "l:bay"), ("a:rust", "artist", "p:ana"),
         ("b:tide", "published_by", "pub:orca"), ("b:tide", "written_by", "p:ana"), ("b:tide", "edited_by", "p:sol"),
         ("user:ana", "liked", "a:echo"), ("user:ana", "liked", "f:alpha")]
    return build(items, others, rels, t, "shows")


CASES = []  # (graph, user, text, why false)
ARGUABLE = [  # true or arguable: not counted
    ("movies", "Heat, the film by Michael Mann, stars Robert De Niro.", "TRUE: De Niro stars in Heat"),
    ("movies", "Heat, the 1995 film, stars Robert De Niro.", "TRUE"),
    ("movies", "Michael Mann is behind Heat, which stars Robert De Niro.", "TRUE"),
    ("museums2", "Vale Gallery is a neoclassicist building.", "TRUE: neoclassicism is its style"),
    ("users", "Aristotle is behind Logic 101.", "arguable: the teacher of a course is behind it"),
    ("users", "Socrates is behind Plato.", "arguable: teaching a person is not making him, but 'behind' a person is odd"),
    ("users", "Plato is behind Aristotle.", "arguable, as above"),
    ("tracks", "Song One is a lyricist song.", "gibberish ('lyricist' is a person); reads genre lyricism, which Song One has"),
    ("movies", "Warner Bros. is behind Heat.", "arguable: the distributor"),
    ("movies", "George Seaton is behind Miracle on 34th Street, the 1994 film.", "TRUE: he is a writer of the 1994 film"),
    ("movies", "Miracle on 34th Street is a 1994 film by George Seaton.", "TRUE: he is a writer of the 1994 film"),
    ("art", "Carnival is behind Aurora Star.", "arguable: the operator"),
    ("art", "Jan Six is behind Night Watch.", "arguable: who commissioned it"),
    ("movies", "Elliot Goldenthal is behind Heat.", "arguable: the composer"),
]


def add(g, why, *texts, user=None):
    for t in texts:
        CASES.append((g, user, t, why))


# ---------------------------------------------------------------- 1. year predicates / definite appositions
M = "movies"
add(M, "Taxi Driver is 1976, not 1995", "Taxi Driver is a 1995 film.", "Taxi Driver was a 1995 film.",
    "Taxi Driver is a 1995 movie.", "Taxi Driver is a 1995 crime film.", "Taxi Driver is a 1995 thriller.")
add(M, "Heat is 1995", "Heat is a 1976 film.", "Heat was a 1996 movie.", "Heat is a 1996 crime film.",
    "Heat is a 1996 film, and Casino is a 1995 film.", "Casino is a 1995 film, and Heat is a 1996 film.",
    "Heat and Casino are 1996 films.", "Heat is a 1996 film by Michael Mann.", "Heat is a 1996 film directed by Michael Mann.",
    "Heat, which is a 1996 film, stars Al Pacino.", "Heat is not a 1995 film.", "Heat isn't a 1995 film.",
    "Heat is a 1996 film starring Al Pacino.", "Heat is a 1996 Michael Mann film.", "Heat is a 1995 film and a 1996 film.")
add(M, "Heat is by Michael Mann, Casino by Scorsese", "Heat, the film by Martin Scorsese, stars Al Pacino.",
    "Heat, the 1995 film by Martin Scorsese, stars Al Pacino.", "Casino, the film by Michael Mann, stars Robert De Niro.",
    "Heat, the film from Martin Scorsese, stars Al Pacino.", "Heat, the crime film by Martin Scorsese, stars Al Pacino.",
    "Heat, the thriller by Martin Scorsese, stars Al Pacino.", "Try Heat, the film by Martin Scorsese.",
    "Heat, the film by Martin Scorsese.", "You loved Heat, the film by Martin Scorsese.",
    "Heat, the film by Michael Mann, stars Joe Pesci.",
    "Heat, the 1976 film by Michael Mann, stars Al Pacino.", "Taxi Driver, the 1995 film by Chetan Anand, stars Dev Anand.",
    "Heat, the 1995 film by Michael Mann and Martin Scorsese, stars Al Pacino.",
    "Heat, the film by Michael Mann, is a 1996 film.", "Heat, the film written by Martin Scorsese, stars Al Pacino.",
    "Casino, the film by Martin Scorsese, and Heat, the film by Martin Scorsese, are crime films.")
add(M, "Heat/Casino are 1995; Taxi Driver 1976; user:1 did not rate Casino(?)", "You loved Heat, the 1996 film.",
    "You loved Taxi Driver, the 1995 film.", "You loved Heat, the 1976 film.", "You liked Heat, the 1996 movie.",
    "You loved Heat, the 1996 crime film.", "Heat, the 1996 film, stars Al Pacino.", "Taxi Driver, the 1995 film, stars Dev Anand.",
    "You loved Toy Story and Heat, the 1996 film.", "Since you loved Heat, the 1996 film, try Casino.", user="user:1")
# ---------------------------------------------------------------- 2. -ism styles
G = "museums2"
add(G, "Kessler is brutalist/modernist; Vale neoclassical; Twin Romanticism; Arcadia Classicism; Font Mannerism",
    "Vale Gallery is a brutalist building.", "Kessler Museum is a neoclassical building.", "Kessler Museum is a Romanticist museum.",
    "Kessler Museum is a Romantic museum.", "Vale Gallery is a Classicist building.", "Kessler Museum is a classical building.",
    "Twin Halls is a Mannerist building.", "Kessler Museum is a mannerist museum.", "Font House is a Baptist building.",
    "Font House is a baptist museum.", "Kessler Museum is a Baptist museum.", "Vale Gallery is a modernist museum.",
    "Twin Halls is a modernist museum.", "Vale Gallery is a romanticist building.", "Twin Halls is a Romantic building.",
    "Arcadia House is a neoclassical building.", "Twin Halls is a classical museum.",
    "Font House is a classicist museum.", "Kessler Museum and Vale Gallery are brutalist buildings.",
    "Kessler Museum is a brutalist and neoclassical building.", "Both Kessler Museum and Vale Gallery are neoclassical.",
    "Vale Gallery is brutalist.", "Kessler Museum is neoclassical.", "Greenway Park is a brutalist park.",
    "Kessler Museum is not brutalist.", "Kessler Museum isn't a brutalist building.",
    "Vale Gallery, a brutalist building, is in Amsterdam.", "Vale Gallery, the brutalist museum, is in Amsterdam.",
    "The brutalist Vale Gallery is in Amsterdam.", "Kessler Museum, which is neoclassical, is in Rotterdam.",
    "Vale Gallery is a romantical building.", "Kessler Museum is a brutal building.", "Arcadia House is a brutalist gallery.",
    "Vale Gallery is a classical building.", "Font House is a neoclassical building.", "Vale Gallery is a Romantic gallery.",
    "Arcadia House is a mannerical building.", "Kessler Museum is a modern building by Ada Ive.")
# ---------------------------------------------------------------- 3. gallery / building
add(G, "museum nouns swapped", "Greenway Park is a gallery.", "Greenway Park is a building in Oslo.", "Greenway Park is a museum in Oslo.",
    "Kessler Museum is a gallery in Amsterdam.", "Vale Gallery is a building in Rotterdam.", "Kessler Museum, a gallery in Oslo, is brutalist.",
    "The building Vale Gallery is in Rotterdam.", "The gallery Kessler Museum was designed by Ada Ive.",
    "Greenway Park, a building by Ada Ive, is in Oslo.", "Kessler Museum is a 1930 building.", "Vale Gallery is a 1996 gallery.",
    "Kessler Museum, the 1930 building, is in Rotterdam.", "Kessler Museum is a building by Ada Ive.",
    "Greenway Park is a 1996 gallery.", "Ada Ive designed the building Kessler Museum.", "You visited Vale Gallery, the building in Amsterdam.",
    "You visited the gallery Vale Gallery.", "You visited Greenway Park, a 1996 building.", user=None)
add(G, "Ana visited only Kessler", "You visited Vale Gallery, the 1930 gallery.", "You visited Vale Gallery, a gallery in Amsterdam.",
    "You visited the 1996 building Greenway Park.", "You visited Kessler Museum, the 1930 building.", user="user:ana")
# ---------------------------------------------------------------- 5. opened in
add(G, "locations/years", "Kessler Museum opened in Amsterdam.", "Vale Gallery opened in Rotterdam.", "Kessler Museum opened in Rotterdam in 1930.",
    "Kessler Museum opened in Rotterdam in 1997.", "Vale Gallery opened in Amsterdam in 1996.", "Twin Halls opened in Amsterdam.",
    "Twin Halls opened in Rotterdam in 1960.", "Twin Halls opened in Oslo in 1960.", "Greenway Park opened in Rotterdam.",
    "Greenway Park opened in Oslo in 1997.", "Kessler Museum opens in Oslo.", "Kessler Museum opened in Rotterdam and Amsterdam.",
    "Kessler Museum and Vale Gallery opened in Rotterdam.", "Kessler Museum and Vale Gallery opened in Amsterdam in 1930.",
    "Kessler Museum opened in 1996 in Amsterdam.", "Kessler Museum, which opened in Amsterdam, is brutalist.",
    "Kessler Museum, opened in Amsterdam in 1996, is brutalist.", "Vale Gallery opened in 1996.", "Kessler Museum opened in 1930.",
    "Kessler Museum opened in Rotterdam in 1996 and Vale Gallery opened in Rotterdam in 1930.",
    "Kessler Museum didn't open in Rotterdam.", "Kessler Museum never opened in Rotterdam.",
    "Kessler Museum opened in Rotterdam in 1996, designed by Ada Ive.", "Kessler Museum opened in Rotterdam in 1996 as a neoclassical museum.",
    "Rem Koolhaas opened in Rotterdam in 1996.", "Kessler Museum first opened in Amsterdam in 1996.",
    "Kessler Museum opened in Rotterdam in 1996, in Oslo in 1997.", "Kessler Museum opened in Rotterdam in May 1997.",
    "Twin Halls, which opened in Rotterdam in 1996, is a Romanticism museum.", "Rotterdam opened in Kessler Museum.",
    "Kessler Museum opened in Rotterdam before Vale Gallery opened in Amsterdam in 1996.",
    "Font House opened in Oslo in 1996.", "Greenway Park opened in Oslo in 1700.", "Kessler Museum reopened in Amsterdam.",
    "Kessler Museum opened its doors in Amsterdam.", "The Kessler Museum opened in Oslo in 1996.")
GP = "guests"
add(GP, "Stonegate is in Melbourne, 1923", "Stonegate Museum opened in Glasgow in 1923.", "Stonegate Museum opened in Melbourne in 1922.",
    "Stonegate Museum opened in Melbourne in 2016.", "Deep Orbit opened in Melbourne.", "Deep Orbit opened in Melbourne in 2016.",
    "Keiko Tanaka opened in Melbourne.", "Stonegate Museum opened in Melbourne in 1923 and in Glasgow.")
# ---------------------------------------------------------------- 4. guest on
add(GP, "Keiko appeared only on Deep Orbit", "Keiko Tanaka was a guest on Rewind.", "Keiko Tanaka, a guest on Rewind, is great.",
    "Keiko Tanaka is a guest on Rewind.", "Keiko Tanaka was a guest on Deep Orbit and Rewind.", "Keiko Tanaka was a guest on both Deep Orbit and Rewind.",
    "Rewind had Keiko Tanaka as a guest.", "Keiko Tanaka was a guest of Rewind.", "Keiko Tanaka was not a guest on Deep Orbit.",
    "Keiko Tanaka, a guest on Rewind and Deep Orbit, ...", "Rewind, which Keiko Tanaka was a guest on, launched in 2012.",
    "Keiko Tanaka was a guest on Deep Orbit in 2012.", "Keiko Tanaka was a guest on the 2012 podcast Deep Orbit.",
    "Keiko Tanaka is a guest on Stonegate Museum.", "Keiko Tanaka was a guest on Rewind, a 2012 podcast.",
    "The guest on Rewind is Keiko Tanaka.", "Rewind's guest is Keiko Tanaka.", "Keiko Tanaka has guests on Deep Orbit.",
    "Deep Orbit was a guest on Keiko Tanaka.", "Deep Orbit is a guest on Rewind.", "Keiko Tanaka was the guest on Rewind.",
    "Keiko Tanaka was the guests on Rewind.", "Keiko Tanaka was a guest on Deep Orbit, and a guest on Rewind.")
S = "shows"
add(S, "Late Hour: host Rae, guest Jon; Dawn Talk: host Jon, guest Lia", "Rae Moss was a guest on Late Hour.", "Jon Hart was a guest on Dawn Talk.",
    "Rae Moss, a guest on Dawn Talk, hosts Late Hour.", "Lia Brook was a guest on Late Hour.", "Jon Hart is a host on Late Hour.",
    "Rae Moss is a host on Dawn Talk.", "Jon Hart, a host on Late Hour, ...", "Rae Moss was a guest on Late Hour and Dawn Talk.",
    "Lia Brook and Jon Hart were guests on Dawn Talk.", "Jon Hart was a guest on his own show Dawn Talk.",
    "Late Hour was a guest on Jon Hart.", "Jon Hart appeared on Dawn Talk.", "Rae Moss appeared on Late Hour as a guest.",
    "The host of Late Hour was a guest on Dawn Talk.", "Jon Hart is the host of Late Hour.", "Dev Rana was a guest on Alpha Line.",
    "Kim Ode was a guest on Alpha Line.")
# ---------------------------------------------------------------- 6. put out
add(S, "Echo Fields: label Kestrel, artist Sol; Rust Moon: Bay, Ana Rees; Tide Book published by Orca", "Kestrel Music put out Rust Moon.",
    "Rust Moon was put out by Kestrel Music.", "Bay Records put out Echo Fields.", "Echo Fields put out Kestrel Music.",
    "Sol Vega put out Rust Moon.", "Rust Moon was put out by Sol Vega.", "Ana Rees put out Echo Fields.", "Echo Fields was put out by Bay Records.",
    "Orca Press put out Echo Fields.", "Kestrel Music put out Tide Book.", "Tide Book was put out by Kestrel Music.",
    "Tide Book was put out by Ana Rees.", "Ana Rees put out Tide Book.", "Sol Vega put out Tide Book.",
    "Kestrel Music put out Echo Fields and Rust Moon.", "Kestrel Music put out both Echo Fields and Rust Moon.",
    "Echo Fields, put out by Bay Records, is a 2017 album.", "Echo Fields, which Bay Records put out, ...",
    "Kestrel Music didn't put out Echo Fields.", "Kestrel Music puts out Rust Moon.", "Kestrel Music put Rust Moon out.",
    "Kestrel Music put out Echo Fields in 2019.", "Echo Fields was put out in 2019 by Kestrel Music.",
    "Rust Moon, the album put out by Kestrel Music, ...", "Kestrel Music, which put out Rust Moon, ...",
    "You liked Rust Moon, put out by Bay Records.", "Echo Fields was put out by Kestrel Music and Bay Records.",
    "Tide Book was put out by Sol Vega.", "Dev Rana put out Alpha Line.", "Kim Ode put out Alpha Line.")
add(S, "Ana liked Echo Fields (2017) and Alpha Line only", "You loved Rust Moon, the 2017 album.", "You liked Echo Fields, the 2019 album.",
    "You liked Rust Moon, put out by Bay Records.", "You liked Echo Fields, the album by Ana Rees.", "You liked Echo Fields, the album put out by Bay Records.",
    "You liked Beta Road, the 2001 film.", "You liked Alpha Line, the film by Lia Brook.", "You liked Echo Fields, the 2017 film.",
    "You liked Alpha Line, the 2017 film.", user="user:ana")
PD = "pods"
add(PD, "Rewind: Kestrel Audio/Mira; Table: Driftwood/Tom", "Kestrel Audio put out The Kitchen Table.", "The Kitchen Table was put out by Kestrel Audio.",
    "Rewind put out Kestrel Audio.", "Mira Lindqvist put out Rewind.", "Rewind was put out by Mira Lindqvist.", "Kestrel Audio put out both podcasts.",
    "Kestrel Audio put out Rewind in 2018.", "Kestrel Audio is behind The Kitchen Table.", "Tom Hale is behind Rewind.", "Mira Lindqvist is behind The Kitchen Table.")
# ---------------------------------------------------------------- 7. is behind
add(M, "Heat: Mann dir/writer, Pacino star; Casino: Scorsese dir, Pileggi writer, De Fina producer, Richardson cin, Schoonmaker ed, Universal distr",
    "Martin Scorsese is behind Heat.", "Michael Mann is behind Casino.", "Robert De Niro is behind Casino.", "Al Pacino was behind Heat.",
    "Michael Mann is behind Heat and Casino.", "Michael Mann is behind both Heat and Casino.", "Michael Mann and Martin Scorsese are behind Heat.",
    "Heat is behind Michael Mann.", "Michael Mann isn't behind Heat.", "Michael Mann is not behind Heat.", "Sharon Stone is behind Casino.",
    "Casino, which Michael Mann is behind, stars Robert De Niro.", "Michael Mann, who is behind Casino, ...",
    "The man behind Casino is Michael Mann.", "Michael Mann was the director behind Casino.", "Universal Pictures is behind Heat.",
    "Thelma Schoonmaker is behind Heat.", "Howard Shore is behind Heat.", "David Fincher is behind Twelve Monkeys.",
    "Brad Pitt is behind Seven.", "Terry Gilliam is behind Seven and Twelve Monkeys.", "Michael Mann is behind the 1996 film Heat.",
    "Michael Mann is behind Heat, a 1996 film.",
    "Nicholas Pileggi is behind Heat.", "Barbara De Fina was behind Seven.", "Dev Anand is behind Heat.", "Chetan Anand is behind Casino.",
    "Michael Mann is behind Heat, and Al Pacino is behind Casino.", "Morgan Freeman is behind Seven.", "Sachin Dev Burman is behind Heat.")
add(S, "Alpha: dir Dev, acted Kim, stars Lia; Beta: dir Lia, stars Dev; Tide: written Ana, edited Sol, pub Orca; Late Hour host Rae, guest Jon",
    "Kim Ode is behind Alpha Line.", "Lia Brook is behind Alpha Line.", "Dev Rana is behind Beta Road.", "Dev Rana is behind both films.",
    "Dev Rana is behind Alpha Line and Beta Road.", "Jon Hart is behind Late Hour.", "Lia Brook is behind Dawn Talk.", "Rae Moss is behind Dawn Talk.",
    "Sol Vega is behind Tide Book.", "Orca Press is behind Echo Fields.", "Kestrel Music is behind Rust Moon.", "Ana Rees is behind Echo Fields.",
    "Sol Vega is behind Rust Moon.", "Bay Records is behind Echo Fields.", "Kim Ode was behind Beta Road.", "Alpha Line is behind Dev Rana.",
    "Dev Rana, who is behind Beta Road, ...", "Lia Brook, the director behind Alpha Line, ...", "The person behind Beta Road is Dev Rana.")
add(G, "Kessler designed by Koolhaas; Greenway by Ive", "Ada Ive is behind Kessler Museum.", "Rem Koolhaas is behind Greenway Park.",
    "Rem Koolhaas is behind Vale Gallery.", "Rem Koolhaas is behind Kessler Museum and Greenway Park.", "Rem Koolhaas is behind the brutalist Vale Gallery.",
    "Rem Koolhaas is behind Kessler Museum, which opened in Amsterdam.", "Rotterdam is behind Kessler Museum.", "Ada Ive is behind the gallery Kessler Museum.")
TV = "tv"
add(TV, "television graph facts", "Steven Moffat is behind Fleabag.", "Claire Foy is behind The Crown.", "Benedict Cumberbatch is behind Sherlock.",
    "HBO is behind Sherlock.", "Netflix is behind The Wire.", "Phoebe Waller-Bridge is behind Sherlock.", "David Simon is behind Succession.",
    "Fleabag is a 2017 series.", "Fleabag, the 2018 series by Phoebe Waller-Bridge, ...", "Fleabag, the series by Steven Moffat, aired on BBC Three.",
    "Sherlock, the 2016 show, aired on BBC One.", "Dark is a 2016 show.", "Phoebe Waller-Bridge is a star on Sherlock.", "Claire Foy was a star on Dark.",
    "Jesse Armstrong was a showrunner on The Wire.", "Mark Gatiss, a showrunner on Sherlock, ...", "Dominic West, a star on Sherlock, ...",
    "Netflix put out The Wire.", "HBO put out Dark.")


def g_users():
    """Users who own / ran / made / recorded / built items that others made; a teacher; a hosting company."""
    items = {"t:ridge": ("trail", "Ridge Trail", {"year": 1990}), "r:pad": ("recipe", "Pad Thai", {"year": 2005}),
             "g:zelda": ("game", "Sky Quest", {"year": 2017}), "s:late": ("show", "Late Hour", {"year": 2010}),
             "w:wiki": ("website", "Wikipedia", {"year": 2001}), "k:lego": ("set", "Castle Set", {"year": 2012}),
             "m:noyear": ("museum", "Quay Museum", {}), "c:course": ("course", "Logic 101", {"year": 2020})}
    others = {"p:chef": ("person", "Lin Chao"), "co:nin": ("company", "Nintendo"), "p:rae": ("person", "Rae Moss"),
              "co:aws": ("company", "Amazon Web Services"), "o:wm": ("organization", "Wikimedia Foundation"),
              "p:ranger": ("person", "Park Ranger Bo"), "co:lego": ("company", "Lego Group"), "c:rot": ("city", "Rotterdam"),
              "p:soc": ("person", "Socrates"), "p:pla": ("person", "Plato"), "p:ari": ("person", "Aristotle")}
    rels = [R("owns", phrase="owns", inverse_phrase="is owned by", domain=("user",), range=("game", "set")),
            R("ran", phrase="ran", inverse_phrase="was run by", domain=("user",), range=("trail",)),
            R("made", phrase="made", inverse_phrase="was made by", domain=("user",), range=("recipe",)),
            R("recorded", phrase="recorded", inverse_phrase="was recorded by", domain=("user",), range=("show",)),
            R("built", phrase="built", inverse_phrase="was built by", domain=("user",), range=("set",)),
            R("created_by", phrase="was created by", inverse_phrase="created", domain=("recipe", "game", "trail", "set"), range=("person", "company")),
            R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("show", "website"), range=("person", "company")),
            R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("website",), range=("organization",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
            R("taught", phrase="taught", inverse_phrase="was taught by", domain=("person",), range=("person",)),
            R("taught_course", phrase="was taught by", inverse_phrase="taught", domain=("course",), range=("person",))]
    t = [("user:ana", "owns", "g:zelda"), ("user:ana", "ran", "t:ridge"), ("user:ana", "made", "r:pad"),
         ("user:ana", "recorded", "s:late"), ("user:ana", "built", "k:lego"), ("user:ana", "owns", "k:lego"),
         ("r:pad", "created_by", "p:chef"), ("g:zelda", "created_by", "co:nin"), ("t:ridge", "created_by", "p:ranger"),
         ("k:lego", "created_by", "co:lego"), ("s:late", "hosted_by", "p:rae"), ("w:wiki", "hosted_by", "co:aws"),
         ("w:wiki", "operated_by", "o:wm"), ("m:noyear", "located_in", "c:rot"),
         ("p:soc", "taught", "p:pla"), ("p:pla", "taught", "p:ari"), ("c:course", "taught_course", "p:ari")]
    return build(items, others, rels, t, "users")


def g_tracks():
    """Albums that have tracks ("has track" / "is on"); genres with -ism / -icism labels."""
    items = {"a:blue": ("album", "Blue Album", {"year": 1994}), "a:red": ("album", "Red Album", {"year": 1996}),
             "s:one": ("song", "Song One", {"year": 1994}), "s:two": ("song", "Song Two", {"year": 1996})}
    others = {"g:crit": ("genre", "criticism"), "g:myst": ("genre", "mysticism"), "g:lyr": ("genre", "lyricism"),
              "g:hist": ("style", "historicism"), "g:cyn": ("genre", "cynicism"), "g:class": ("genre", "Classical"),
              "g:clm": ("period", "Classicism")}
    rels = [R("track", phrase="has track", inverse_phrase="is on", domain=("album",), range=("song",)),
            R("genre", phrase="has genre", inverse_phrase="is the genre of", domain=("album", "song"), range=("genre",)),
            R("style", phrase="has style", inverse_phrase="is the style of", domain=("album", "song"), range=("style",)),
            R("period", phrase="is from the period", inverse_phrase="is the period of", domain=("album",), range=("period",))]
    t = [("a:blue", "track", "s:one"), ("a:red", "track", "s:two"), ("a:blue", "genre", "g:crit"), ("a:red", "genre", "g:myst"),
         ("s:one", "genre", "g:lyr"), ("s:two", "style", "g:hist"), ("a:red", "genre", "g:cyn"), ("a:blue", "genre", "g:class"),
         ("a:red", "period", "g:clm")]
    return build(items, others, rels, t, "tracks")


U = "users"
add(U, "Ana only owns/ran/made/recorded/built these (a user's act, not authorship); makers are others",
    "You are behind Sky Quest.", "You are behind Ridge Trail.", "You are behind Pad Thai.", "You are behind Late Hour.",
    "You are behind Castle Set.", "You were behind Pad Thai.", "Ana is behind Pad Thai.", "Ana is behind Ridge Trail.",
    "You are behind Pad Thai and Ridge Trail.", "Pad Thai, which you are behind, was created by Lin Chao.",
    "You're behind Sky Quest.", user="user:ana")
add(U, "hosting a website is not making it (Wikimedia operates it)", "Amazon Web Services is behind Wikipedia.",
    "Amazon Web Services put out Wikipedia.")
add(U, "Quay Museum has no year", "Quay Museum opened in Rotterdam in 1996.", "Quay Museum opened in Rotterdam in 2001.",
    "Quay Museum is a 1996 museum.", "Quay Museum, the 1996 museum, is in Rotterdam.", "Quay Museum is a 1996 building.")
TR = "tracks"
add(TR, "Song One is on Blue Album only; albums are not tracks",
    "Song One is a track on Red Album.", "Blue Album is a track on Song One.", "Song Two, a track on Blue Album, ...",
    "Song One and Song Two are tracks on Blue Album.", "Red Album is a track on Blue Album.", "Song One was a track on both albums.")
add(TR, "genre -ical adjectives not claimed by the text's meaning; swapped", "Red Album is a critical album.", "Blue Album is a mystical album.",
    "Song Two is a lyrical song.", "Song One is a historical song.", "Blue Album is a cynical album.", "Red Album is a classical album.",
    "Blue Album is a Classicist album.", "Red Album is a criticist album.")
add(M, "definite apposition after 'and' / in lists: year false", "You loved Toy Story and Taxi Driver, the 1995 film.",
    "Heat stars Al Pacino, and Taxi Driver, the 1995 film, stars Dev Anand.", "Al Pacino starred in Heat, the 1996 film.",
    "Robert De Niro starred in Casino and Heat, the 1996 film.", "Al Pacino stars in Heat, the film by Martin Scorsese.",
    "Al Pacino stars in Heat, the 1976 film by Michael Mann.", "Heat, the film from 1996, stars Al Pacino.",
    "Heat, the 1995 film by Michael Mann, stars Joe Pesci.", "Heat, the 1995 film by Michael Mann, is a 1996 film.",
    "Toy Story, Heat, the 1996 film, and Casino are crime films.", "Heat, the film by Michael Mann, the 1996 film, stars Al Pacino.",
    "Heat, the film, is a 1996 film.", "Heat is a 1995 film, the film by Martin Scorsese.", "Heat is a film, a 1996 film.",
    "Heat is a 1995 film, not a 1995 film.", "Heat is a 1995 film directed by Martin Scorsese.",
    "Heat is a 1995 film, Casino is a 1996 film.", "Heat is a 1995 film; Casino is a 1996 film.", "Heat is a 1995 and 1996 film.",
    "Heat is a 1995 film remade in 1996.", "Heat is a 1996 feature.", "Heat is a 1996 picture.", "Heat is a 1996 release.",
    "Heat is a 1995 film, and so is Taxi Driver.", "Like Heat, Taxi Driver is a 1995 film.", "Taxi Driver, like Heat, is a 1995 film.",
    "Taxi Driver is, like Heat, a 1995 film.", "Heat was remade as a 1976 film.")
add(M, "user:1 rated Heat (4.0) but not Casino/Taxi Driver", "You loved Casino, the 1995 film.", "You loved Taxi Driver, the film by Chetan Anand.",
    "You loved Heat and Taxi Driver, the film by Chetan Anand.", "You loved Casino, the film by Martin Scorsese.",
    "You are behind Heat.", "You were a guest on Heat.", user="user:1")

def g_art():
    """Paintings painted by artists and owned by museums; a ship built by a yard and operated by a line."""
    items = {"p:mona": ("painting", "Mona Lisa", {"year": 1503}), "p:night": ("painting", "Night Watch", {"year": 1642}),
             "sh:aura": ("ship", "Aurora Star", {"year": 2008})}
    others = {"a:leo": ("person", "Leonardo da Vinci"), "a:rem": ("person", "Rembrandt"), "m:louvre": ("museum", "Louvre"),
              "m:rijks": ("museum", "Rijksmuseum"), "y:meyer": ("company", "Meyer Werft"), "l:carn": ("company", "Carnival"),
              "c:ams": ("person", "Jan Six")}
    rels = [R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("person",)),
            R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("painting", "ship"), range=("museum", "company")),
            R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("painting",), range=("person",)),
            R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("company",)),
            R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("ship",), range=("company",))]
    t = [("p:mona", "painted_by", "a:leo"), ("p:night", "painted_by", "a:rem"), ("p:mona", "owned_by", "m:louvre"),
         ("p:night", "owned_by", "m:rijks"), ("p:night", "commissioned_by", "c:ams"),
         ("sh:aura", "built_by", "y:meyer"), ("sh:aura", "operated_by", "l:carn")]
    return build(items, others, rels, t, "art")


A = "art"
add(A, "the Louvre owns the Mona Lisa; Leonardo painted it", "The Louvre is behind Mona Lisa.", "Louvre is behind Mona Lisa.",
    "Rijksmuseum is behind Night Watch.", "The Louvre is behind the Mona Lisa.", "Leonardo da Vinci is behind Night Watch.",
    "The Louvre, which is behind Mona Lisa, ...")
add(U, "Ana is no maker", "The user behind Pad Thai is you.", "You are the one behind Ridge Trail.", "You are the person behind Sky Quest.",
    "You're behind Castle Set.", "Pad Thai, which you are behind, is a recipe.", user="user:ana")
add(TV, "network: The Wire aired on HBO, Dark on Netflix", "Netflix was a network on The Wire.", "HBO, a network on Dark, ...",
    "BBC One was the network on Fleabag.", "Netflix and HBO were networks on Dark.")
add(PD, "labels: Rewind on Kestrel, Table on Driftwood", "Kestrel Audio was a label on The Kitchen Table.", "Driftwood Media, a label on Rewind, ...",
    "Rewind was a label on Kestrel Audio.", "Mira Lindqvist was a host on The Kitchen Table.", "Tom Hale, a host on Rewind, ...")
add(GP, "Keiko is a guest, not a host", "Keiko Tanaka had guests on Deep Orbit.", "Keiko Tanaka has a guest on Deep Orbit.",
    "Keiko Tanaka hosts guests on Deep Orbit.", "Deep Orbit has guests on Keiko Tanaka.", "Keiko Tanaka has guests on Rewind.")

def _ambiguous_pairs(limit=40):
    """Same-label films of different years, each with a director: (label, year1, dir1, star1, year2, dir2, star2)."""
    kg = kgx.KnowledgeGraph.example()
    by = {}
    for i in kg.items():
        e = kg.entity(i) if isinstance(i, str) else i
        by.setdefault(e.label, []).append(e)
    out = []
    for label, es in by.items():
        if len(es) != 2 or es[0].attrs.get("year") == es[1].attrs.get("year"):
            continue
        info = []
        for e in es:
            d = sorted(kg.label(t) for h, r, t in kg.triples_of(e.id) if h == e.id and r == "directed_by") if hasattr(kg, "triples_of") else []
            st = sorted(kg.label(t) for h, r, t in kg.triples_of(e.id) if h == e.id and r == "starring")
            info.append((e.attrs.get("year"), d, st))
        (y1, d1, s1), (y2, d2, s2) = info
        rel = [{kg.label(t) for h, r, t in kg.triples_of(e.id) if h == e.id} for e in es]
        if d1 and d2 and s1 and s2 and d2[0] not in rel[0] and s2[0] not in rel[0] and d1[0] not in rel[1] \
                and s1[0] not in rel[1]:  # each film's people unrelated to the other film in any role
            out.append((label, y1, d1[0], s1[0], y2, d2[0], s2[0]))
        if len(out) >= limit:
            break
    return out


for label, y1, d1, s1, y2, d2, s2 in _ambiguous_pairs():
    why = f"two films named {label}: {y1} by {d1} with {s1}; {y2} by {d2} with {s2}"
    add(M, why, f"{label} is a {y1} film directed by {d2}.", f"{label} is a {y2} film starring {s1}.",
        f"{label}, the {y1} film by {d2}, stars {s2}.", f"{label}, the {y2} film by {d1}, stars {s1}.",
        f"{label} is a {y1} film. It stars {s2}.", f"{label} is a {y1} film by {d2}.", f"{d2} is behind {label}, the {y1} film.",
        f"{d1} is behind the {y2} film {label}.", f"{label}, the film by {d1}, stars {s2}.")

def g_races():
    """Runners who ran races organized by others; presenters of awards founded by others; a museum that reacted
    against a style; a critic of modernism."""
    items = {"r:berlin": ("race", "Berlin Marathon", {"year": 1974}), "r:boston": ("race", "Boston Marathon", {"year": 1897}),
             "a:bear": ("award", "Golden Bear", {"year": 1951}), "m:vale": ("museum", "Vale Gallery", {"year": 1930}),
             "m:kess": ("museum", "Kessler Museum", {"year": 1996})}
    others = {"p:kip": ("person", "Eliud Kipchoge"), "o:scc": ("organization", "SCC Events"), "o:baa": ("organization", "Boston Athletic Association"),
              "p:hanks": ("person", "Tom Hanks"), "o:fest": ("organization", "Berlin Festival"), "s:brut": ("style", "brutalism"),
              "s:mod": ("style", "modernism"), "s:neo": ("style", "neoclassicism"), "p:critic": ("person", "Ida Marr")}
    rels = [R("ran", phrase="ran", inverse_phrase="was run by", domain=("person",), range=("race",)),
            R("organized_by", phrase="is organized by", inverse_phrase="organizes", domain=("race", "award"), range=("organization",)),
            R("presented", phrase="presented", inverse_phrase="was presented by", domain=("person",), range=("award",)),
            R("style", phrase="is built in the style of", inverse_phrase="is the style of", domain=("museum",), range=("style",)),
            R("against", phrase="was a reaction against", inverse_phrase="provoked", domain=("museum",), range=("style",)),
            R("critic", phrase="is a critic of", inverse_phrase="was criticized by", domain=("person",), range=("style",))]
    t = [("p:kip", "ran", "r:berlin"), ("r:berlin", "organized_by", "o:scc"), ("r:boston", "organized_by", "o:baa"),
         ("p:hanks", "presented", "a:bear"), ("a:bear", "organized_by", "o:fest"), ("m:vale", "style", "s:neo"),
         ("m:vale", "against", "s:brut"), ("m:kess", "style", "s:brut"), ("m:kess", "against", "s:neo"), ("p:critic", "critic", "s:mod")]
    return build(items, others, rels, t, "races")


RA = "races"
add(RA, "Kipchoge ran the Berlin Marathon; SCC Events organizes it", "Eliud Kipchoge is behind Berlin Marathon.",
    "Eliud Kipchoge is behind the Berlin Marathon.", "Eliud Kipchoge, who is behind Berlin Marathon, ...")
add(RA, "Hanks presented the Golden Bear; the Berlin Festival organizes it", "Tom Hanks is behind Golden Bear.", "Tom Hanks is behind the Golden Bear.")
add(RA, "Vale is neoclassical and a reaction AGAINST brutalism; Kessler brutalist, against neoclassicism; Ida Marr criticizes modernism",
    "Vale Gallery is a brutalist building.", "Vale Gallery is brutalist.", "Kessler Museum is a neoclassical museum.",
    "Kessler Museum is neoclassical.", "Ida Marr is a modernist.", "Ida Marr is a modernist critic.", "The brutalist Vale Gallery opened in 1930.",
    "Vale Gallery, a brutalist gallery, ...", "Kessler Museum is a neoclassical building.")
add(M, "Taxi Driver is 1976", "Heat and Taxi Driver are 1995 films.", "Heat, like Taxi Driver, is a 1995 film.", "Heat is a 1995 film, as is Taxi Driver.",
    "Heat is a 1995 film and Taxi Driver is too.", "Heat and Taxi Driver are both 1995 films.")
add(M, "Heat is by Mann", "You loved Heat, the 1995 film by Martin Scorsese.", "You loved Heat, the 1995 film directed by Martin Scorsese.", user="user:1")

add(S, "Jon was a guest ON Late Hour (Rae hosts it); Lia a guest on Dawn Talk (Jon hosts it)", "Jon Hart had guests on Late Hour.",
    "Lia Brook has guests on Dawn Talk.", "Lia Brook had a guest on Dawn Talk.", "Jon Hart has guests on Late Hour.")
add(TV, "stars are not hosts", "Benedict Cumberbatch had guests on Sherlock.")

def g_twins():
    """Two museums with the same name in different cities and years; one museum without a year."""
    items = {"m:mod1": ("museum", "Modern Museum", {"year": 1990}), "m:mod2": ("museum", "Modern Museum", {"year": 2000}),
             "m:quay": ("museum", "Quay Museum", {}), "m:kess": ("museum", "Kessler Museum", {"year": 1996})}
    others = {"c:oslo": ("city", "Oslo"), "c:rot": ("city", "Rotterdam"), "s:brut": ("style", "brutalism"),
              "s:neo": ("style", "neoclassicism"), "p:a": ("person", "Rem Koolhaas"), "p:b": ("person", "Ada Ive")}
    rels = [R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
            R("style", phrase="is built in the style of", inverse_phrase="is the style of", domain=("museum",), range=("style",)),
            R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("museum",), range=("person",))]
    t = [("m:mod1", "located_in", "c:oslo"), ("m:mod2", "located_in", "c:rot"), ("m:quay", "located_in", "c:rot"),
         ("m:kess", "located_in", "c:rot"), ("m:mod1", "style", "s:brut"), ("m:mod2", "style", "s:neo"),
         ("m:mod1", "designed_by", "p:a"), ("m:mod2", "designed_by", "p:b")]
    return build(items, others, rels, t, "twins")


TW = "twins"
add(TW, "Modern Museum (Oslo, 1990, brutalist, Koolhaas) and Modern Museum (Rotterdam, 2000, neoclassical, Ive); Quay has no year",
    "Modern Museum opened in Oslo in 2000.", "Modern Museum opened in Rotterdam in 1990.", "Modern Museum is a 2000 brutalist museum.",
    "Modern Museum is a 1990 neoclassical building.", "Modern Museum, the 1990 museum, is in Rotterdam.",
    "Modern Museum is a 1990 museum in Rotterdam.", "Modern Museum opened in Oslo in 2000, designed by Rem Koolhaas.",
    "Modern Museum is a brutalist building in Rotterdam.", "Modern Museum, a neoclassical gallery, opened in Oslo.",
    "Ada Ive is behind Modern Museum, the 1990 museum.", "Modern Museum is a 1990 building by Ada Ive.",
    "Modern Museum, the museum by Ada Ive, opened in Oslo.", "Modern Museum, the gallery by Rem Koolhaas, is neoclassical.",
    "Kessler Museum and Quay Museum opened in Rotterdam in 1996.", "Quay Museum and Kessler Museum opened in Rotterdam in 1996.",
    "Kessler Museum opened in Rotterdam in 1996, and Quay Museum did too.")
add("shows", "wrong kind noun", "Echo Fields is a 2017 film.", "Alpha Line is a 2001 album.", "Tide Book is a 1999 album.")
add("museums2", "wrong kind noun", "Greenway Park is a 1996 museum.", "Kessler Museum is a 1996 park.", "Greenway Park is a 1996 building.")

add("shows", "Kestrel released Echo Fields only; no statements/calls in the graph", "Kestrel Music put out a statement on Rust Moon.",
    "Kestrel Music put out a statement about Rust Moon.", "Bay Records put out a call for Echo Fields.",
    "Kestrel Music put out the fire at Bay Records.", "Kestrel Music put out Rust Moon's remix.", "Kestrel Music put out an album like Rust Moon.",
    "Kestrel Music put out an album by Ana Rees.", "Kestrel Music put out the 2019 album Echo Fields.", "Kestrel Music put out Echo Fields, Rust Moon and Tide Book.",
    "Kestrel Music, behind Rust Moon, ...", "The label behind Rust Moon is Kestrel Music.", "Kestrel Music is the label behind Rust Moon.",
    "Sol Vega is the artist behind Rust Moon.", "Rust Moon, the album by Sol Vega, ...", "Rust Moon, the album from Kestrel Music, ...")


GRAPHS = {"movies": kgx.KnowledgeGraph.example, "museums2": g_museums, "shows": g_shows, "guests": _guests_and_places,
          "pods": _podcasts, "tv": _television, "museums": _museums, "users": g_users, "tracks": g_tracks, "art": g_art, "races": g_races, "twins": g_twins}


def main():
    checkers = {}
    acc = []
    for g, user, text, why in CASES:
        if g not in checkers:
            checkers[g] = ConsistencyChecker(GRAPHS[g](), outside_evidence=True).build()
        try:
            ok = checkers[g].check(text.replace(", ...", "."), (), user).supported
        except Exception as e:  # a crash is not an acceptance
            print("ERROR", g, text, repr(e))
            ok = False
        if ok:
            acc.append((g, user, text, why))
            print(f"ACCEPTED [{g}] {text!r} (user={user}) -- {why}")
    print("-- arguable / true (not counted):")
    for g, text, why in ARGUABLE:
        if g not in checkers:
            checkers[g] = ConsistencyChecker(GRAPHS[g](), outside_evidence=True).build()
        print("  ", "accepted" if checkers[g].check(text, (), None).supported else "rejected", repr(text), "--", why)
    print(f"accepted {len(acc)} of {len(CASES)}")


if __name__ == "__main__":
    main()
