"""Red team round 169 on this round's new readings (CHANGES.diff): (1) recordings' performers as
makers, "is performed by" -> "is sung / recorded by"; (2) "has its N in" -> "its N is in", "the N of
X is in", "is headquartered / based in"; (3) "is a <words> in" a place -> "is in / located /
situated in" and the demonym; (4) "An N of X is Y"; (5) "published / unveiled in" a place ->
"came out / appeared / debuted in"; (6) spin-offs; (7) "announced / unveiled", reference works
"published / came out", "has been around / existed / been in existence since"; (8) "compile",
the new synonyms and type nouns.

Six graphs of my own (see each builder's docstring): songs (performers, writers who never
recorded, producers, albums, concerts the songs "were performed at", songs "banned in"
countries), studio (albums "recorded at" studios, labels with headquarters and founding cities,
studios "based in" cities), places (parties and caves "in" countries, caves with their year of
DISCOVERY, companies with headquarters / founding city / main factory in three cities, "brands
sold in" countries), food (ingredients vs garnishes, creators, namesakes, cocktails "popular in"
countries, restaurants with their own years), tech (phones, cameras and cars "unveiled in" one city
and "manufactured in" another, succession vs "is based on", phones "assembled in" countries), media
(sitcoms and films, spin-offs, networks, "a sitcom / film set in", dictionaries with compilers,
editors and publishers, comics characters "first appeared in" comics).

Findings (160 of 553 false texts accepted; the starting code, CHANGES.diff reversed, accepts 0
of them):

* (3) ``kind_in_place`` takes any phrase "is a <words> in" with a place range as a kind in a place,
  whatever the words after the kind say: "is a song banned in", "is a brand sold in", "is a
  cocktail popular in", "is a phone assembled in", "is a sitcom set in", "is a film set in". So the
  item "is located / situated in" the country ("Rolex is located in the United Kingdom", "Happy
  Days is located in Milwaukee", "The iPhone 4 is situated in Brazil") and the demonym / possessive
  origin reads the market, the ban, the setting or the assembly as where the item comes from
  ("Rolex is a British company", "Philips is a German company", "Je t'aime moi non plus is an
  Italian song", "The Negroni is an American cocktail", "The iPhone is a Chinese smartphone", "In
  Bruges is a Belgian film", "In the Loop is an American film", "Germany's Philips", "the Belgian
  film In Bruges", "Negroni, an American cocktail, ..."). The kind noun of the text need not be
  the phrase's ("a brand sold in" gives "a British company"). 62 texts.
* (7) "has been around / existed / been in existence since <year>" after a relative clause or an
  apposition on a person, a place, a band or a firm (no item, no year of its own) dates it with the
  year of the item named in the clause: "Pablo Iglesias, who leads Podemos, has been around since
  2014", "Samuel Johnson, who compiled A Dictionary of the English Language, has been around since
  1755", "MacRobertson's, the maker of Cherry Ripe, has been around since 1924", "Boston, the
  setting of Cheers, has existed since 1982", "NBC, which aired Cheers, has been around since
  1982", "Queen, who performed Bohemian Rhapsody, has existed since 1975" (43 texts). And an item
  whose year is no beginning (a cave's discovery) "has existed since" it: "Lascaux has existed
  since 1940", "Altamira has been in existence since 1868" (5 texts; the starting code already
  accepts "Lascaux dates from 1940", KNOWN).
* (8) the new type nouns are glued to any name, not only to the items of their type: before a
  person, a network, a studio or a city ("The device Steve Jobs unveiled the iPhone", "The handset
  San Francisco hosted the unveiling of the iPhone", "The show NBC aired Frasier", "The character
  Jerry Siegel created Superman", "The programme Martin McDonagh directed In Bruges"), after an
  item of another type ("The Leica M3 handset was unveiled in Cologne", "The Ford Mustang handset
  ...", "The iOS handset runs on the iPhone", "The In the Loop show was directed by Armando
  Iannucci", "The Superman show ...", "The Hobson-Jobson programme ...") and after a maker ("The
  Leica M3 is a Leica handset", "The Ford Mustang is a Ford handset"). (The starting code already
  glues "the series" / "the book" before a person: KNOWN.) 36 texts.
* (1) "was performed at" a concert (songs; no relation records or sings) also reads "was recorded
  at": "Bohemian Rhapsody was recorded at Live Aid", "Rihanna recorded Umbrella at the 50th Grammy
  Awards", "Celine Dion recorded Because You Loved Me at the 69th Academy Awards" (the word
  "performed" is replaced in every phrase of the relation, not only in "is performed by"). 12 texts.
* (7) "announced" dates any item of RELEASED_KINDS, which holds cheeses, teas, wines, drinks...:
  "Stilton was announced in 1730", "Roquefort was announced in 1411". 2 texts.

Held: "sung / recorded by" a writer or a producer, "X by Y" and "Y's X" for the wrong kind or
performer, the headquarters readings (founding city, main factory, reversed, lists, another
relation's "based"), "An ingredient of X is Y" (not an ingredient, a garnish, reversed, lists,
negation), "debuted / made its debut / was first shown in" the city of manufacture or for a person,
"replaced" reversed and for "is based on", "grew out of" / "was spun off from" reversed, "went
out on" a wrong network or a non-broadcast, "compiled / put together / the work of" an editor or a
publisher, "first appeared / came out in" a city for a comics character, "announced / unveiled"
for films, companies, parties and dishes, demonyms of the wrong country for caves and parties.

Rejected controls: "Podemos is a Spanish party." (the item type is "political_party": "party"
alone is unknown); "The main factory of Rolex is in Biel." (a two-word noun is never read by
seat_of_names: for size 2 the "the" it looks for is one word too late, and size 1 looks at "the"
before an empty noun); "Cherry Ripe, a chocolate bar from Melbourne, has been around since 1924."
(the type "chocolate_bar" is not said as "chocolate bar"); "The iPhone is a phone assembled in
China." (the relation's own phrase: "phone" is another item type of the graph, so "a phone" is
read as the wrong kind); "The comic Superman first appeared in Action Comics." (the new synonym
"comic" of comics_character loses to the graph's type "comic"); "A spin-off of Happy Days is Mork &
Mindy." ("spin-off" is split by the tokenizer: no noun).
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = aliases or {}
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def songs():
    """Songs and albums (items: year released; types "song", "album": RECORDING_KINDS, so the
    performer is a maker and "is performed by" also reads "is sung / recorded by"), performed by
    singers and bands, written by songwriters who never recorded them (Diane Warren, Bernie
    Taupin) or by singers, produced by producers; songs "appear on" albums ("is on", "is from")
    and "were performed at" concerts (Live Aid, the Grammys: a performance, not a recording; no
    relation records or sings, so "performed at" also reads "recorded at"); two songs "are songs
    banned in" countries (a kind in a place: "a British song" is where it was banned, not where it
    comes from)."""
    SA = ("song", "album")
    rels = [
        R("performed_by", phrase="is performed by", inverse_phrase="performed", domain=SA, range=("singer", "band")),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("song",), range=("songwriter", "singer")),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=SA, range=("producer",)),
        R("appears_on", phrase="appears on", inverse_phrase="includes", domain=("song",), range=("album",)),
        R("performed_at", phrase="was performed at", inverse_phrase="featured a performance of", domain=("song",),
          range=("concert",)),
        R("member_of", phrase="is a member of", inverse_phrase="has the member", domain=("singer",), range=("band",)),
        R("banned_in", phrase="is a song banned in", inverse_phrase="banned the song", domain=("song",), range=("country",)),
    ]
    items = {
        "s:rhapsody": ("song", "Bohemian Rhapsody", 1975), "s:because": ("song", "Because You Loved Me", 1996),
        "s:miss": ("song", "I Don't Want to Miss a Thing", 1998), "s:rocket": ("song", "Rocket Man", 1972),
        "s:respect": ("song", "Respect", 1967), "s:hallelujah": ("song", "Hallelujah", 1994),
        "s:nothing": ("song", "Nothing Compares 2 U", 1990), "s:umbrella": ("song", "Umbrella", 2007),
        "s:sincegone": ("song", "Since U Been Gone", 2004), "s:watchtower": ("song", "All Along the Watchtower", 1968),
        "s:jetaime": ("song", "Je t'aime moi non plus", 1969), "s:gloomy": ("song", "Gloomy Sunday", 1941),
        "a:opera": ("album", "A Night at the Opera", 1975), "a:falling": ("album", "Falling into You", 1996),
        "a:armageddon": ("album", "Armageddon: The Album", 1998), "a:honky": ("album", "Honky Chateau", 1972),
        "a:inever": ("album", "I Never Loved a Man the Way I Love You", 1967), "a:grace": ("album", "Grace", 1994),
        "a:ido": ("album", "I Do Not Want What I Haven't Got", 1990), "a:ggb": ("album", "Good Girl Gone Bad", 2007),
        "a:breakaway": ("album", "Breakaway", 2004), "a:ladyland": ("album", "Electric Ladyland", 1968),
    }
    others = {
        "p:queen": ("band", "Queen"), "p:dion": ("singer", "Celine Dion"), "p:aerosmith": ("band", "Aerosmith"),
        "p:elton": ("singer", "Elton John"), "p:aretha": ("singer", "Aretha Franklin"), "p:buckley": ("singer", "Jeff Buckley"),
        "p:sinead": ("singer", "Sinead O'Connor"), "p:rihanna": ("singer", "Rihanna"), "p:clarkson": ("singer", "Kelly Clarkson"),
        "p:hendrix": ("band", "the Jimi Hendrix Experience"), "p:mercury": ("singer", "Freddie Mercury"),
        "p:tyler": ("singer", "Steven Tyler"), "p:birkin": ("singer", "Jane Birkin"), "p:holiday": ("singer", "Billie Holiday"),
        "w:gainsbourg": ("songwriter", "Serge Gainsbourg"), "w:seress": ("songwriter", "Rezso Seress"),
        "n:uk": ("country", "the United Kingdom"), "n:italy": ("country", "Italy"), "n:spain": ("country", "Spain"),
        "w:warren": ("songwriter", "Diane Warren"), "w:taupin": ("songwriter", "Bernie Taupin"),
        "w:redding": ("singer", "Otis Redding"), "w:cohen": ("singer", "Leonard Cohen"), "w:prince": ("singer", "Prince"),
        "w:dream": ("songwriter", "The-Dream"), "w:dylan": ("singer", "Bob Dylan"), "w:may": ("songwriter", "Brian May"),
        "r:baker": ("producer", "Roy Thomas Baker"), "r:foster": ("producer", "David Foster"), "r:serletic": ("producer", "Matt Serletic"),
        "r:dudgeon": ("producer", "Gus Dudgeon"), "r:wexler": ("producer", "Jerry Wexler"), "r:wallace": ("producer", "Andy Wallace"),
        "r:hooper": ("producer", "Nellee Hooper"), "r:stewart": ("producer", "Tricky Stewart"), "r:martin": ("producer", "Max Martin"),
        "r:chandler": ("producer", "Chas Chandler"),
        "c:liveaid": ("concert", "Live Aid"), "c:wight": ("concert", "the Isle of Wight Festival"),
        "c:grammys": ("concert", "the 50th Grammy Awards"), "c:oscars": ("concert", "the 69th Academy Awards"),
    }
    T_ = [
        ("s:rhapsody", "performed_by", "p:queen"), ("s:because", "performed_by", "p:dion"), ("s:miss", "performed_by", "p:aerosmith"),
        ("s:rocket", "performed_by", "p:elton"), ("s:respect", "performed_by", "p:aretha"), ("s:hallelujah", "performed_by", "p:buckley"),
        ("s:nothing", "performed_by", "p:sinead"), ("s:umbrella", "performed_by", "p:rihanna"),
        ("s:sincegone", "performed_by", "p:clarkson"), ("s:watchtower", "performed_by", "p:hendrix"),
        ("a:opera", "performed_by", "p:queen"), ("a:falling", "performed_by", "p:dion"), ("a:armageddon", "performed_by", "p:aerosmith"),
        ("a:honky", "performed_by", "p:elton"), ("a:inever", "performed_by", "p:aretha"), ("a:grace", "performed_by", "p:buckley"),
        ("a:ido", "performed_by", "p:sinead"), ("a:ggb", "performed_by", "p:rihanna"), ("a:breakaway", "performed_by", "p:clarkson"),
        ("a:ladyland", "performed_by", "p:hendrix"),
        ("s:rhapsody", "written_by", "p:mercury"), ("s:because", "written_by", "w:warren"), ("s:miss", "written_by", "w:warren"),
        ("s:rocket", "written_by", "w:taupin"), ("s:rocket", "written_by", "p:elton"), ("s:respect", "written_by", "w:redding"),
        ("s:hallelujah", "written_by", "w:cohen"), ("s:nothing", "written_by", "w:prince"), ("s:umbrella", "written_by", "w:dream"),
        ("s:sincegone", "written_by", "r:martin"), ("s:watchtower", "written_by", "w:dylan"),
        ("s:rhapsody", "produced_by", "r:baker"), ("s:because", "produced_by", "r:foster"), ("s:miss", "produced_by", "r:serletic"),
        ("s:rocket", "produced_by", "r:dudgeon"), ("s:respect", "produced_by", "r:wexler"), ("s:hallelujah", "produced_by", "r:wallace"),
        ("s:nothing", "produced_by", "r:hooper"), ("s:umbrella", "produced_by", "r:stewart"), ("s:sincegone", "produced_by", "r:martin"),
        ("s:watchtower", "produced_by", "r:chandler"),
        ("a:opera", "produced_by", "r:baker"), ("a:falling", "produced_by", "r:foster"), ("a:honky", "produced_by", "r:dudgeon"),
        ("a:inever", "produced_by", "r:wexler"), ("a:grace", "produced_by", "r:wallace"), ("a:ido", "produced_by", "r:hooper"),
        ("s:rhapsody", "appears_on", "a:opera"), ("s:because", "appears_on", "a:falling"), ("s:miss", "appears_on", "a:armageddon"),
        ("s:rocket", "appears_on", "a:honky"), ("s:respect", "appears_on", "a:inever"), ("s:hallelujah", "appears_on", "a:grace"),
        ("s:nothing", "appears_on", "a:ido"), ("s:umbrella", "appears_on", "a:ggb"), ("s:sincegone", "appears_on", "a:breakaway"),
        ("s:watchtower", "appears_on", "a:ladyland"),
        ("s:rhapsody", "performed_at", "c:liveaid"), ("s:watchtower", "performed_at", "c:wight"),
        ("s:umbrella", "performed_at", "c:grammys"), ("s:because", "performed_at", "c:oscars"),
        ("s:jetaime", "performed_by", "p:birkin"), ("s:gloomy", "performed_by", "p:holiday"),
        ("s:jetaime", "written_by", "w:gainsbourg"), ("s:gloomy", "written_by", "w:seress"),
        ("s:jetaime", "banned_in", "n:uk"), ("s:jetaime", "banned_in", "n:italy"), ("s:jetaime", "banned_in", "n:spain"),
        ("s:gloomy", "banned_in", "n:uk"),
        ("p:mercury", "member_of", "p:queen"), ("p:tyler", "member_of", "p:aerosmith"),
    ]
    return _build(items, others, rels, T_)


def studio():
    """Albums (and one single) "were recorded at" studios (so no sung / recorded reading of "is
    performed by"), produced, engineered, released by labels that "have their headquarters in"
    cities and were founded in other cities; studios "are based in" cities (another relation says
    "based": no "is based / headquartered in" for the labels)."""
    AL = ("album", "single")
    rels = [
        R("performed_by", phrase="is performed by", inverse_phrase="performed", domain=AL, range=("band", "singer")),
        R("recorded_at", phrase="was recorded at", inverse_phrase="is where was recorded", domain=AL, range=("studio",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=AL, range=("producer",)),
        R("engineered_by", phrase="was engineered by", inverse_phrase="engineered", domain=AL, range=("engineer",)),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=AL, range=("record_label",)),
        R("label_hq", phrase="has its headquarters in", inverse_phrase="is home to the headquarters of",
          domain=("record_label",), range=("city",)),
        R("founded_in", phrase="was founded in", inverse_phrase="is where was founded", domain=("record_label",), range=("city",)),
        R("studio_based", phrase="is based in", inverse_phrase="is the base of", domain=("studio",), range=("city",)),
        R("sings_in", phrase="sings in", inverse_phrase="has the singer", domain=("singer",), range=("band",)),
    ]
    items = {
        "a:abbey": ("album", "Abbey Road", 1969), "a:rumours": ("album", "Rumours", 1977),
        "a:nevermind": ("album", "Nevermind", 1991), "a:okc": ("album", "OK Computer", 1997),
        "a:whatsgoingon": ("album", "What's Going On", 1971), "a:achtung": ("album", "Achtung Baby", 1991),
        "a:londoncalling": ("album", "London Calling", 1979), "a:blueline": ("single", "Blue Monday", 1983),
        "a:heroes": ("album", "Heroes", 1977), "a:born": ("album", "Born to Run", 1975),
    }
    others = {
        "b:beatles": ("band", "the Beatles"), "b:fleetwood": ("band", "Fleetwood Mac"), "b:nirvana": ("band", "Nirvana"),
        "b:radiohead": ("band", "Radiohead"), "b:gaye": ("singer", "Marvin Gaye"), "b:u2": ("band", "U2"),
        "b:clash": ("band", "the Clash"), "b:neworder": ("band", "New Order"), "b:bowie": ("singer", "David Bowie"),
        "b:springsteen": ("singer", "Bruce Springsteen"), "b:cobain": ("singer", "Kurt Cobain"), "b:bono": ("singer", "Bono"),
        "b:yorke": ("singer", "Thom Yorke"), "b:strummer": ("singer", "Joe Strummer"),
        "t:abbeyrd": ("studio", "Abbey Road Studios"), "t:record": ("studio", "the Record Plant"),
        "t:soundcity": ("studio", "Sound City"), "t:stcath": ("studio", "St Catherine's Court"),
        "t:hitsville": ("studio", "Hitsville U.S.A."), "t:hansa": ("studio", "Hansa Studios"),
        "t:wessex": ("studio", "Wessex Sound Studios"), "t:britannia": ("studio", "Britannia Row Studios"),
        "t:powerstation": ("studio", "the Power Station"),
        "r:martin": ("producer", "George Martin"), "r:dashut": ("producer", "Richard Dashut"), "r:vig": ("producer", "Butch Vig"),
        "r:godrich": ("producer", "Nigel Godrich"), "r:lanois": ("producer", "Daniel Lanois"), "r:price": ("producer", "Guy Stevens"),
        "r:visconti": ("producer", "Tony Visconti"), "r:landau": ("producer", "Jon Landau"),
        "e:emerick": ("engineer", "Geoff Emerick"), "e:caillat": ("engineer", "Ken Caillat"), "e:godrich2": ("engineer", "Andy Wallace"),
        "e:flood": ("engineer", "Flood"), "e:hannett": ("engineer", "Michael Johnson"),
        "l:apple": ("record_label", "Apple Records"), "l:wb": ("record_label", "Warner Bros. Records"),
        "l:dgc": ("record_label", "DGC Records"), "l:parlophone": ("record_label", "Parlophone"),
        "l:tamla": ("record_label", "Tamla"), "l:island": ("record_label", "Island Records"), "l:cbs": ("record_label", "CBS Records"),
        "l:factory": ("record_label", "Factory Records"), "l:rca": ("record_label", "RCA Records"),
        "l:columbia": ("record_label", "Columbia Records"),
        "y:london": ("city", "London"), "y:burbank": ("city", "Burbank"), "y:santamonica": ("city", "Santa Monica"),
        "y:losangeles": ("city", "Los Angeles"), "y:detroit": ("city", "Detroit"), "y:berlin": ("city", "Berlin"),
        "y:manchester": ("city", "Manchester"), "y:newyork": ("city", "New York City"), "y:sausalito": ("city", "Sausalito"),
        "y:bath": ("city", "Bath"), "y:vannuys": ("city", "Van Nuys"), "y:kingston": ("city", "Kingston"),
        "y:washington": ("city", "Washington, D.C."),
    }
    T_ = [
        ("a:abbey", "performed_by", "b:beatles"), ("a:rumours", "performed_by", "b:fleetwood"), ("a:nevermind", "performed_by", "b:nirvana"),
        ("a:okc", "performed_by", "b:radiohead"), ("a:whatsgoingon", "performed_by", "b:gaye"), ("a:achtung", "performed_by", "b:u2"),
        ("a:londoncalling", "performed_by", "b:clash"), ("a:blueline", "performed_by", "b:neworder"), ("a:heroes", "performed_by", "b:bowie"),
        ("a:born", "performed_by", "b:springsteen"),
        ("a:abbey", "recorded_at", "t:abbeyrd"), ("a:rumours", "recorded_at", "t:record"), ("a:nevermind", "recorded_at", "t:soundcity"),
        ("a:okc", "recorded_at", "t:stcath"), ("a:whatsgoingon", "recorded_at", "t:hitsville"), ("a:achtung", "recorded_at", "t:hansa"),
        ("a:londoncalling", "recorded_at", "t:wessex"), ("a:blueline", "recorded_at", "t:britannia"), ("a:heroes", "recorded_at", "t:hansa"),
        ("a:born", "recorded_at", "t:powerstation"),
        ("a:abbey", "produced_by", "r:martin"), ("a:rumours", "produced_by", "r:dashut"), ("a:nevermind", "produced_by", "r:vig"),
        ("a:okc", "produced_by", "r:godrich"), ("a:achtung", "produced_by", "r:lanois"), ("a:londoncalling", "produced_by", "r:price"),
        ("a:heroes", "produced_by", "r:visconti"), ("a:born", "produced_by", "r:landau"), ("a:whatsgoingon", "produced_by", "b:gaye"),
        ("a:abbey", "engineered_by", "e:emerick"), ("a:rumours", "engineered_by", "e:caillat"), ("a:nevermind", "engineered_by", "e:godrich2"),
        ("a:achtung", "engineered_by", "e:flood"), ("a:blueline", "engineered_by", "e:hannett"),
        ("a:abbey", "released_by", "l:apple"), ("a:rumours", "released_by", "l:wb"), ("a:nevermind", "released_by", "l:dgc"),
        ("a:okc", "released_by", "l:parlophone"), ("a:whatsgoingon", "released_by", "l:tamla"), ("a:achtung", "released_by", "l:island"),
        ("a:londoncalling", "released_by", "l:cbs"), ("a:blueline", "released_by", "l:factory"), ("a:heroes", "released_by", "l:rca"),
        ("a:born", "released_by", "l:columbia"),
        ("l:apple", "label_hq", "y:london"), ("l:wb", "label_hq", "y:burbank"), ("l:dgc", "label_hq", "y:santamonica"),
        ("l:parlophone", "label_hq", "y:london"), ("l:tamla", "label_hq", "y:detroit"), ("l:island", "label_hq", "y:london"),
        ("l:cbs", "label_hq", "y:newyork"), ("l:factory", "label_hq", "y:manchester"), ("l:rca", "label_hq", "y:newyork"),
        ("l:columbia", "label_hq", "y:newyork"),
        ("l:island", "founded_in", "y:kingston"), ("l:tamla", "founded_in", "y:detroit"), ("l:wb", "founded_in", "y:burbank"),
        ("l:dgc", "founded_in", "y:losangeles"), ("l:columbia", "founded_in", "y:washington"), ("l:factory", "founded_in", "y:manchester"),
        ("t:abbeyrd", "studio_based", "y:london"), ("t:record", "studio_based", "y:sausalito"), ("t:soundcity", "studio_based", "y:vannuys"),
        ("t:stcath", "studio_based", "y:bath"), ("t:hitsville", "studio_based", "y:detroit"), ("t:hansa", "studio_based", "y:berlin"),
        ("t:wessex", "studio_based", "y:london"), ("t:britannia", "studio_based", "y:london"), ("t:powerstation", "studio_based", "y:newyork"),
        ("b:cobain", "sings_in", "b:nirvana"), ("b:bono", "sings_in", "b:u2"), ("b:yorke", "sings_in", "b:radiohead"),
        ("b:strummer", "sings_in", "b:clash"),
    ]
    return _build(items, others, rels, T_)


def places():
    """Political parties (items: year founded) that "are political parties in" countries, "have
    their headquarters in" one city and "were founded in" another (BJP: New Delhi / Mumbai); caves
    (items: year DISCOVERED, Lascaux 1940) that "are caves in" countries, "lie in the region",
    "are near" towns and were discovered by explorers from other countries (the Blue Grotto by a
    German); companies (items: year founded) with headquarters, founding cities and main factories
    in three different cities (Rolex: Geneva / London / Biel) that "are brands sold in" countries
    (a kind in a place, but a sale: "a British company" is not what "sold in the UK" says)."""
    PARTY, CAVE, CO = ("political_party",), ("cave",), ("company",)
    rels = [
        R("party_in", phrase="is a political party in", inverse_phrase="has the political party", domain=PARTY, range=("country",)),
        R("cave_in", phrase="is a cave in", inverse_phrase="has the cave", domain=CAVE, range=("country",)),
        R("hq", phrase="has its headquarters in", inverse_phrase="is home to the headquarters of", domain=PARTY + CO,
          range=("city",)),
        R("founded_in", phrase="was founded in", inverse_phrase="is where was founded", domain=PARTY + CO, range=("city",)),
        R("factory", phrase="has its main factory in", inverse_phrase="is home to the main factory of", domain=CO, range=("city",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=PARTY, range=("politician",)),
        R("region", phrase="lies in the region", inverse_phrase="is the region of", domain=CAVE, range=("region",)),
        R("near", phrase="is near", inverse_phrase="is the town near", domain=CAVE, range=("town",)),
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=CAVE, range=("explorer",)),
        R("explorer_from", phrase="comes from", inverse_phrase="is the home country of", domain=("explorer", "politician"),
          range=("country",)),
        R("sells_in", phrase="is a brand sold in", inverse_phrase="is a market of", domain=CO, range=("country",)),
    ]
    items = {
        "p:podemos": ("political_party", "Podemos", 2014), "p:bjp": ("political_party", "Bharatiya Janata Party", 1980),
        "p:inc": ("political_party", "Indian National Congress", 1885), "p:rn": ("political_party", "National Rally", 1972),
        "p:greens": ("political_party", "Alliance 90/The Greens", 1993), "p:plaid": ("political_party", "Plaid Cymru", 1925),
        "p:ff": ("political_party", "Fianna Fail", 1926), "p:snp": ("political_party", "Scottish National Party", 1934),
        "p:pvv": ("political_party", "Party for Freedom", 2006),
        "c:lascaux": ("cave", "Lascaux", 1940), "c:altamira": ("cave", "Altamira", 1868), "c:chauvet": ("cave", "Chauvet Cave", 1994),
        "c:grotto": ("cave", "the Blue Grotto", 1826), "c:ajanta": ("cave", "the Ajanta Caves", 1819),
        "c:waitomo": ("cave", "Waitomo Caves", 1887), "c:mammoth": ("cave", "Mammoth Cave", 1797),
        "c:postojna": ("cave", "Postojna Cave", 1818),
        "o:rolex": ("company", "Rolex", 1905), "o:philips": ("company", "Philips", 1891), "o:siemens": ("company", "Siemens", 1847),
        "o:nestle": ("company", "Nestle", 1866), "o:volvo": ("company", "Volvo", 1927), "o:ikea": ("company", "IKEA", 1943),
        "o:tata": ("company", "Tata Motors", 1945),
    }
    others = {
        "n:spain": ("country", "Spain"), "n:india": ("country", "India"), "n:france": ("country", "France"),
        "n:germany": ("country", "Germany"), "n:wales": ("country", "Wales"), "n:ireland": ("country", "Ireland"),
        "n:scotland": ("country", "Scotland"), "n:netherlands": ("country", "the Netherlands"), "n:italy": ("country", "Italy"),
        "n:nz": ("country", "New Zealand"), "n:us": ("country", "the United States"), "n:slovenia": ("country", "Slovenia"),
        "n:uk": ("country", "the United Kingdom"), "n:switzerland": ("country", "Switzerland"), "n:sweden": ("country", "Sweden"),
        "y:madrid": ("city", "Madrid"), "y:newdelhi": ("city", "New Delhi"), "y:mumbai": ("city", "Mumbai"),
        "y:nanterre": ("city", "Nanterre"), "y:paris": ("city", "Paris"), "y:berlin": ("city", "Berlin"), "y:leipzig": ("city", "Leipzig"),
        "y:cardiff": ("city", "Cardiff"), "y:pwllheli": ("city", "Pwllheli"), "y:dublin": ("city", "Dublin"),
        "y:edinburgh": ("city", "Edinburgh"), "y:glasgow": ("city", "Glasgow"), "y:thehague": ("city", "The Hague"),
        "y:geneva": ("city", "Geneva"), "y:london": ("city", "London"), "y:biel": ("city", "Biel"), "y:amsterdam": ("city", "Amsterdam"),
        "y:eindhoven": ("city", "Eindhoven"), "y:munich": ("city", "Munich"), "y:vevey": ("city", "Vevey"),
        "y:gothenburg": ("city", "Gothenburg"), "y:delft": ("city", "Delft"), "y:almhult": ("city", "Almhult"),
        "y:pune": ("city", "Pune"), "y:erlangen": ("city", "Erlangen"), "y:torslanda": ("city", "Torslanda"),
        "r:dordogne": ("region", "Dordogne"), "r:cantabria": ("region", "Cantabria"), "r:ardeche": ("region", "Ardeche"),
        "r:campania": ("region", "Campania"), "r:maharashtra": ("region", "Maharashtra"), "r:waikato": ("region", "Waikato"),
        "r:kentucky": ("region", "Kentucky"), "r:carniola": ("region", "Inner Carniola"),
        "t:montignac": ("town", "Montignac"), "t:santillana": ("town", "Santillana del Mar"), "t:vallon": ("town", "Vallon-Pont-d'Arc"),
        "t:anacapri": ("town", "Anacapri"), "t:aurangabad": ("town", "Aurangabad"), "t:otorohanga": ("town", "Otorohanga"),
        "t:brownsville": ("town", "Brownsville"), "t:postojna": ("town", "Postojna"),
        "e:ravidat": ("explorer", "Marcel Ravidat"), "e:cubillas": ("explorer", "Modesto Cubillas"),
        "e:chauvet": ("explorer", "Jean-Marie Chauvet"), "e:kopisch": ("explorer", "August Kopisch"),
        "e:smith": ("explorer", "John Smith"), "e:tinorau": ("explorer", "Tane Tinorau"), "e:houchin": ("explorer", "John Houchin"),
        "e:cehovin": ("explorer", "Luka Cec"),
        "l:iglesias": ("politician", "Pablo Iglesias"), "l:nadda": ("politician", "J. P. Nadda"), "l:kharge": ("politician", "Mallikarjun Kharge"),
        "l:bardella": ("politician", "Jordan Bardella"), "l:ap": ("politician", "Rhun ap Iorwerth"), "l:martin": ("politician", "Micheal Martin"),
        "l:swinney": ("politician", "John Swinney"), "l:wilders": ("politician", "Geert Wilders"),
    }
    T_ = [
        ("p:podemos", "party_in", "n:spain"), ("p:bjp", "party_in", "n:india"), ("p:inc", "party_in", "n:india"),
        ("p:rn", "party_in", "n:france"), ("p:greens", "party_in", "n:germany"), ("p:plaid", "party_in", "n:wales"),
        ("p:ff", "party_in", "n:ireland"), ("p:snp", "party_in", "n:scotland"), ("p:pvv", "party_in", "n:netherlands"),
        ("c:lascaux", "cave_in", "n:france"), ("c:altamira", "cave_in", "n:spain"), ("c:chauvet", "cave_in", "n:france"),
        ("c:grotto", "cave_in", "n:italy"), ("c:ajanta", "cave_in", "n:india"), ("c:waitomo", "cave_in", "n:nz"),
        ("c:mammoth", "cave_in", "n:us"), ("c:postojna", "cave_in", "n:slovenia"),
        ("p:podemos", "hq", "y:madrid"), ("p:bjp", "hq", "y:newdelhi"), ("p:inc", "hq", "y:newdelhi"), ("p:rn", "hq", "y:nanterre"),
        ("p:greens", "hq", "y:berlin"), ("p:plaid", "hq", "y:cardiff"), ("p:ff", "hq", "y:dublin"), ("p:snp", "hq", "y:edinburgh"),
        ("p:pvv", "hq", "y:thehague"),
        ("o:rolex", "hq", "y:geneva"), ("o:philips", "hq", "y:amsterdam"), ("o:siemens", "hq", "y:munich"), ("o:nestle", "hq", "y:vevey"),
        ("o:volvo", "hq", "y:gothenburg"), ("o:ikea", "hq", "y:delft"), ("o:tata", "hq", "y:mumbai"),
        ("p:podemos", "founded_in", "y:madrid"), ("p:bjp", "founded_in", "y:mumbai"), ("p:inc", "founded_in", "y:mumbai"),
        ("p:rn", "founded_in", "y:paris"), ("p:greens", "founded_in", "y:leipzig"), ("p:plaid", "founded_in", "y:pwllheli"),
        ("p:ff", "founded_in", "y:dublin"), ("p:snp", "founded_in", "y:glasgow"),
        ("o:rolex", "founded_in", "y:london"), ("o:philips", "founded_in", "y:eindhoven"), ("o:siemens", "founded_in", "y:berlin"),
        ("o:nestle", "founded_in", "y:vevey"), ("o:volvo", "founded_in", "y:gothenburg"), ("o:ikea", "founded_in", "y:almhult"),
        ("o:tata", "founded_in", "y:mumbai"),
        ("o:rolex", "factory", "y:biel"), ("o:philips", "factory", "y:eindhoven"), ("o:siemens", "factory", "y:erlangen"),
        ("o:volvo", "factory", "y:torslanda"), ("o:tata", "factory", "y:pune"),
        ("p:podemos", "led_by", "l:iglesias"), ("p:bjp", "led_by", "l:nadda"), ("p:inc", "led_by", "l:kharge"),
        ("p:rn", "led_by", "l:bardella"), ("p:plaid", "led_by", "l:ap"), ("p:ff", "led_by", "l:martin"), ("p:snp", "led_by", "l:swinney"),
        ("p:pvv", "led_by", "l:wilders"),
        ("c:lascaux", "region", "r:dordogne"), ("c:altamira", "region", "r:cantabria"), ("c:chauvet", "region", "r:ardeche"),
        ("c:grotto", "region", "r:campania"), ("c:ajanta", "region", "r:maharashtra"), ("c:waitomo", "region", "r:waikato"),
        ("c:mammoth", "region", "r:kentucky"), ("c:postojna", "region", "r:carniola"),
        ("c:lascaux", "near", "t:montignac"), ("c:altamira", "near", "t:santillana"), ("c:chauvet", "near", "t:vallon"),
        ("c:grotto", "near", "t:anacapri"), ("c:ajanta", "near", "t:aurangabad"), ("c:waitomo", "near", "t:otorohanga"),
        ("c:mammoth", "near", "t:brownsville"), ("c:postojna", "near", "t:postojna"),
        ("c:lascaux", "discovered_by", "e:ravidat"), ("c:altamira", "discovered_by", "e:cubillas"), ("c:chauvet", "discovered_by", "e:chauvet"),
        ("c:grotto", "discovered_by", "e:kopisch"), ("c:ajanta", "discovered_by", "e:smith"), ("c:waitomo", "discovered_by", "e:tinorau"),
        ("c:mammoth", "discovered_by", "e:houchin"), ("c:postojna", "discovered_by", "e:cehovin"),
        ("e:ravidat", "explorer_from", "n:france"), ("e:cubillas", "explorer_from", "n:spain"), ("e:kopisch", "explorer_from", "n:germany"),
        ("e:smith", "explorer_from", "n:uk"), ("e:chauvet", "explorer_from", "n:france"), ("e:tinorau", "explorer_from", "n:nz"),
        ("o:rolex", "sells_in", "n:uk"), ("o:rolex", "sells_in", "n:switzerland"), ("o:nestle", "sells_in", "n:france"),
        ("o:philips", "sells_in", "n:germany"), ("o:tata", "sells_in", "n:uk"), ("o:ikea", "sells_in", "n:sweden"),
    ]
    return _build(items, others, rels, T_)


def food():
    """Dishes, cocktails, chocolate bars and cheeses (items: year created or first recorded) with
    ingredients (and garnishes: no ingredient), creators, namesakes, birthplaces and the
    restaurants, hotels and bars (items: year opened) they were first served at; cocktails "are
    cocktails popular in" countries (a kind in a place: "an American cocktail" is not what
    "popular in the United States" says); makers of bars and cheeses."""
    DISH = ("dish", "cocktail", "chocolate_bar", "cheese")
    rels = [
        R("ingredient", phrase="has the ingredient", inverse_phrase="is an ingredient of", domain=DISH, range=("ingredient",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("dish", "cocktail"), range=("chef", "bartender")),
        R("first_served_at", phrase="was first served at", inverse_phrase="first served", domain=("dish", "cocktail"),
          range=("restaurant", "hotel", "bar")),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=DISH, range=("person",)),
        R("originated_in", phrase="originated in", inverse_phrase="is the birthplace of", domain=DISH, range=("city", "region")),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("chocolate_bar", "cheese"), range=("company",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("restaurant", "hotel", "bar"),
          range=("city",)),
        R("popular_in", phrase="is a cocktail popular in", inverse_phrase="loves the cocktail", domain=("cocktail",),
          range=("country",)),
        R("garnish", phrase="is garnished with", inverse_phrase="garnishes", domain=("cocktail", "dish"), range=("ingredient",)),
    ]
    items = {
        "d:melba": ("dish", "Peach Melba", 1892), "d:caesar": ("dish", "Caesar salad", 1924),
        "d:benedict": ("dish", "Eggs Benedict", 1894), "d:margherita": ("dish", "Pizza Margherita", 1889),
        "d:wellington": ("dish", "Beef Wellington", 1903), "d:waldorf": ("dish", "Waldorf salad", 1896),
        "k:negroni": ("cocktail", "Negroni", 1919), "k:bellini": ("cocktail", "Bellini", 1948),
        "k:mai": ("cocktail", "Mai Tai", 1944), "k:sazerac": ("cocktail", "Sazerac", 1850),
        "b:cherry": ("chocolate_bar", "Cherry Ripe", 1924), "b:mars": ("chocolate_bar", "Mars bar", 1932),
        "b:toblerone": ("chocolate_bar", "Toblerone", 1908),
        "h:stilton": ("cheese", "Stilton", 1730), "h:roquefort": ("cheese", "Roquefort", 1411),
        "x:harrys": ("bar", "Harry's Bar", 1931), "x:savoy": ("hotel", "the Savoy Hotel", 1889),
        "x:waldorfh": ("hotel", "the Waldorf Hotel", 1893), "x:brandi": ("restaurant", "Pizzeria Brandi", 1780),
        "x:caesars": ("restaurant", "Caesar's", 1923), "x:casoni": ("bar", "Caffe Casoni", 1853),
        "x:vics": ("restaurant", "Trader Vic's", 1934),
    }
    others = {
        "i:peach": ("ingredient", "peaches"), "i:raspberry": ("ingredient", "raspberry sauce"), "i:icecream": ("ingredient", "vanilla ice cream"),
        "i:romaine": ("ingredient", "romaine lettuce"), "i:croutons": ("ingredient", "croutons"), "i:parmesan": ("ingredient", "Parmesan"),
        "i:eggs": ("ingredient", "eggs"), "i:hollandaise": ("ingredient", "hollandaise sauce"), "i:ham": ("ingredient", "ham"),
        "i:mozzarella": ("ingredient", "mozzarella"), "i:tomato": ("ingredient", "tomato"), "i:basil": ("ingredient", "basil"),
        "i:beef": ("ingredient", "beef"), "i:pastry": ("ingredient", "puff pastry"), "i:duxelles": ("ingredient", "duxelles"),
        "i:apple": ("ingredient", "apples"), "i:celery": ("ingredient", "celery"), "i:walnuts": ("ingredient", "walnuts"),
        "i:gin": ("ingredient", "gin"), "i:campari": ("ingredient", "Campari"), "i:vermouth": ("ingredient", "sweet vermouth"),
        "i:prosecco": ("ingredient", "prosecco"), "i:peachpuree": ("ingredient", "peach puree"), "i:rum": ("ingredient", "rum"),
        "i:curacao": ("ingredient", "orange curacao"), "i:orgeat": ("ingredient", "orgeat"), "i:lime": ("ingredient", "lime juice"),
        "i:rye": ("ingredient", "rye whiskey"), "i:absinthe": ("ingredient", "absinthe"), "i:bitters": ("ingredient", "Peychaud's Bitters"),
        "i:cherries": ("ingredient", "cherries"), "i:coconut": ("ingredient", "coconut"), "i:darkchoc": ("ingredient", "dark chocolate"),
        "i:nougat": ("ingredient", "nougat"), "i:caramel": ("ingredient", "caramel"), "i:honey": ("ingredient", "honey"),
        "i:almonds": ("ingredient", "almonds"), "i:milk": ("ingredient", "cow's milk"), "i:sheepmilk": ("ingredient", "sheep's milk"),
        "i:orange": ("ingredient", "orange peel"), "i:mint": ("ingredient", "mint"), "i:lemon": ("ingredient", "lemon peel"),
        "c:escoffier": ("chef", "Auguste Escoffier"), "c:cardini": ("chef", "Caesar Cardini"), "c:tschirky": ("chef", "Oscar Tschirky"),
        "c:esposito": ("chef", "Raffaele Esposito"), "c:cipriani": ("bartender", "Giuseppe Cipriani"),
        "c:scarselli": ("bartender", "Fosco Scarselli"), "c:bergeron": ("bartender", "Victor Bergeron"), "c:peychaud": ("bartender", "Antoine Peychaud"),
        "n:melba": ("person", "Nellie Melba"), "n:margherita": ("person", "Queen Margherita"), "n:wellington": ("person", "the Duke of Wellington"),
        "n:negroni": ("person", "Camillo Negroni"), "n:bellini": ("person", "Giovanni Bellini"), "n:benedict": ("person", "Lemuel Benedict"),
        "y:london": ("city", "London"), "y:tijuana": ("city", "Tijuana"), "y:nyc": ("city", "New York City"), "y:naples": ("city", "Naples"),
        "y:florence": ("city", "Florence"), "y:venice": ("city", "Venice"), "y:oakland": ("city", "Oakland"),
        "y:neworleans": ("city", "New Orleans"), "y:melbourne": ("city", "Melbourne"), "y:slough": ("city", "Slough"), "y:bern": ("city", "Bern"),
        "n:us": ("country", "the United States"), "n:uk": ("country", "the United Kingdom"), "n:italy": ("country", "Italy"),
        "n:japan": ("country", "Japan"),
        "g:stilton": ("region", "Leicestershire"), "g:roquefort": ("region", "Aveyron"),
        "m:macrob": ("company", "MacRobertson's"), "m:mars": ("company", "Mars Ltd"), "m:tobler": ("company", "Tobler"),
        "m:colston": ("company", "Colston Bassett Dairy"), "m:societe": ("company", "Societe"),
    }
    T_ = [
        ("d:melba", "ingredient", "i:peach"), ("d:melba", "ingredient", "i:raspberry"), ("d:melba", "ingredient", "i:icecream"),
        ("d:caesar", "ingredient", "i:romaine"), ("d:caesar", "ingredient", "i:croutons"), ("d:caesar", "ingredient", "i:parmesan"),
        ("d:caesar", "ingredient", "i:eggs"),
        ("d:benedict", "ingredient", "i:eggs"), ("d:benedict", "ingredient", "i:hollandaise"), ("d:benedict", "ingredient", "i:ham"),
        ("d:margherita", "ingredient", "i:mozzarella"), ("d:margherita", "ingredient", "i:tomato"), ("d:margherita", "ingredient", "i:basil"),
        ("d:wellington", "ingredient", "i:beef"), ("d:wellington", "ingredient", "i:pastry"), ("d:wellington", "ingredient", "i:duxelles"),
        ("d:waldorf", "ingredient", "i:apple"), ("d:waldorf", "ingredient", "i:celery"), ("d:waldorf", "ingredient", "i:walnuts"),
        ("k:negroni", "ingredient", "i:gin"), ("k:negroni", "ingredient", "i:campari"), ("k:negroni", "ingredient", "i:vermouth"),
        ("k:bellini", "ingredient", "i:prosecco"), ("k:bellini", "ingredient", "i:peachpuree"),
        ("k:mai", "ingredient", "i:rum"), ("k:mai", "ingredient", "i:curacao"), ("k:mai", "ingredient", "i:orgeat"), ("k:mai", "ingredient", "i:lime"),
        ("k:sazerac", "ingredient", "i:rye"), ("k:sazerac", "ingredient", "i:absinthe"), ("k:sazerac", "ingredient", "i:bitters"),
        ("b:cherry", "ingredient", "i:cherries"), ("b:cherry", "ingredient", "i:coconut"), ("b:cherry", "ingredient", "i:darkchoc"),
        ("b:mars", "ingredient", "i:nougat"), ("b:mars", "ingredient", "i:caramel"),
        ("b:toblerone", "ingredient", "i:nougat"), ("b:toblerone", "ingredient", "i:honey"), ("b:toblerone", "ingredient", "i:almonds"),
        ("h:stilton", "ingredient", "i:milk"), ("h:roquefort", "ingredient", "i:sheepmilk"),
        ("k:negroni", "garnish", "i:orange"), ("k:mai", "garnish", "i:mint"), ("k:sazerac", "garnish", "i:lemon"),
        ("d:melba", "created_by", "c:escoffier"), ("d:caesar", "created_by", "c:cardini"), ("d:waldorf", "created_by", "c:tschirky"),
        ("d:margherita", "created_by", "c:esposito"), ("k:bellini", "created_by", "c:cipriani"), ("k:negroni", "created_by", "c:scarselli"),
        ("k:mai", "created_by", "c:bergeron"), ("k:sazerac", "created_by", "c:peychaud"),
        ("d:melba", "first_served_at", "x:savoy"), ("d:caesar", "first_served_at", "x:caesars"), ("d:waldorf", "first_served_at", "x:waldorfh"),
        ("d:margherita", "first_served_at", "x:brandi"), ("k:bellini", "first_served_at", "x:harrys"), ("k:negroni", "first_served_at", "x:casoni"),
        ("k:mai", "first_served_at", "x:vics"),
        ("d:melba", "named_after", "n:melba"), ("d:margherita", "named_after", "n:margherita"), ("d:wellington", "named_after", "n:wellington"),
        ("k:negroni", "named_after", "n:negroni"), ("k:bellini", "named_after", "n:bellini"), ("d:benedict", "named_after", "n:benedict"),
        ("d:melba", "originated_in", "y:london"), ("d:caesar", "originated_in", "y:tijuana"), ("d:benedict", "originated_in", "y:nyc"),
        ("d:waldorf", "originated_in", "y:nyc"), ("d:margherita", "originated_in", "y:naples"), ("k:negroni", "originated_in", "y:florence"),
        ("k:bellini", "originated_in", "y:venice"), ("k:mai", "originated_in", "y:oakland"), ("k:sazerac", "originated_in", "y:neworleans"),
        ("b:cherry", "originated_in", "y:melbourne"), ("b:mars", "originated_in", "y:slough"), ("b:toblerone", "originated_in", "y:bern"),
        ("h:stilton", "originated_in", "g:stilton"), ("h:roquefort", "originated_in", "g:roquefort"),
        ("b:cherry", "made_by", "m:macrob"), ("b:mars", "made_by", "m:mars"), ("b:toblerone", "made_by", "m:tobler"),
        ("h:stilton", "made_by", "m:colston"), ("h:roquefort", "made_by", "m:societe"),
        ("k:negroni", "popular_in", "n:us"), ("k:negroni", "popular_in", "n:italy"), ("k:bellini", "popular_in", "n:uk"),
        ("k:mai", "popular_in", "n:japan"), ("k:sazerac", "popular_in", "n:us"),
        ("x:harrys", "located_in", "y:venice"), ("x:savoy", "located_in", "y:london"), ("x:waldorfh", "located_in", "y:nyc"),
        ("x:brandi", "located_in", "y:naples"), ("x:caesars", "located_in", "y:tijuana"), ("x:casoni", "located_in", "y:florence"),
        ("x:vics", "located_in", "y:oakland"),
    ]
    return _build(items, others, rels, T_)


def tech():
    """Phones, cameras and cars (items: year released) made by companies (some items: year
    founded), "unveiled in" cities (not where they are manufactured), "unveiled by" executives
    (not designers), that "succeeded" other models (succession; cars are also "based on" other
    cars, no succession), phones run operating systems (items) and "are phones assembled in"
    countries (a kind in a place: "a Chinese smartphone" is not what "assembled in China" says);
    companies "are headquartered in" cities (declared cue "has its head office in": the seat
    readings, though "is based on" says "based")."""
    PH, CAM, CAR = ("smartphone", "phone"), ("camera",), ("car",)
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=PH + CAM + CAR, range=("company",)),
        R("unveiled_in", phrase="was unveiled in", inverse_phrase="hosted the unveiling of", domain=PH + CAM + CAR, range=("city",)),
        R("unveiled_by", phrase="was unveiled by", inverse_phrase="unveiled", domain=PH + CAM, range=("executive",)),
        R("manufactured_in", phrase="is manufactured in", inverse_phrase="is where is manufactured", domain=PH + CAM + CAR,
          range=("city",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=PH + CAM + CAR, range=PH + CAM + CAR),
        R("based_on", phrase="is based on", inverse_phrase="is the basis of", domain=CAR, range=CAR),
        R("runs", phrase="runs", inverse_phrase="runs on", domain=PH, range=("operating_system",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=CAR + CAM, range=("designer",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is home to", domain=("company",), range=("city",),
          cues=("has its head office in",)),
        R("assembled_in", phrase="is a phone assembled in", inverse_phrase="assembles the phone", domain=PH, range=("country",)),
    ]
    items = {
        "p:iphone": ("smartphone", "iPhone", 2007), "p:iphone3g": ("smartphone", "iPhone 3G", 2008),
        "p:iphone4": ("smartphone", "iPhone 4", 2010), "p:n95": ("smartphone", "Nokia N95", 2007),
        "p:razr": ("phone", "Motorola Razr V3", 2004), "p:galaxys": ("smartphone", "Galaxy S", 2010),
        "p:galaxys2": ("smartphone", "Galaxy S II", 2011), "p:n8": ("smartphone", "Nokia N8", 2010),
        "m:m3": ("camera", "Leica M3", 1954), "m:m2": ("camera", "Leica M2", 1957), "m:nikonf": ("camera", "Nikon F", 1959),
        "m:nikonf2": ("camera", "Nikon F2", 1971), "m:ae1": ("camera", "Canon AE-1", 1976), "m:sx70": ("camera", "Polaroid SX-70", 1972),
        "v:mustang": ("car", "Ford Mustang", 1964), "v:falcon": ("car", "Ford Falcon", 1960), "v:mini": ("car", "Mini", 1959),
        "v:beetle": ("car", "Volkswagen Beetle", 1938), "v:golf": ("car", "Volkswagen Golf", 1974), "v:ds": ("car", "Citroen DS", 1955),
        "v:id19": ("car", "Citroen ID", 1957),
        "o:ios": ("operating_system", "iOS", 2007), "o:symbian": ("operating_system", "Symbian", 1998),
        "o:android": ("operating_system", "Android", 2008),
        "c:apple": ("company", "Apple", 1976), "c:nokia": ("company", "Nokia", 1865), "c:leica": ("company", "Leica", 1914),
        "c:ford": ("company", "Ford", 1903), "c:vw": ("company", "Volkswagen", 1937),
    }
    others = {
        "c:motorola": ("company", "Motorola"), "c:samsung": ("company", "Samsung"), "c:nikon": ("company", "Nikon"),
        "c:canon": ("company", "Canon"), "c:polaroid": ("company", "Polaroid"), "c:bmc": ("company", "British Motor Corporation"),
        "c:citroen": ("company", "Citroen"),
        "x:jobs": ("executive", "Steve Jobs"), "x:vanjoki": ("executive", "Anssi Vanjoki"), "x:land": ("executive", "Edwin Land"),
        "x:shin": ("executive", "J. K. Shin"), "x:zander": ("executive", "Ed Zander"), "x:leitz": ("executive", "Ernst Leitz II"),
        "x:mitarai": ("executive", "Ryuzaburo Kaku"), "x:kallasvuo": ("executive", "Olli-Pekka Kallasvuo"),
        "g:issigonis": ("designer", "Alec Issigonis"), "g:porsche": ("designer", "Ferdinand Porsche"), "g:giugiaro": ("designer", "Giorgetto Giugiaro"),
        "g:bertoni": ("designer", "Flaminio Bertoni"), "g:oros": ("designer", "Joe Oros"), "g:barnack": ("designer", "Oskar Barnack"),
        "y:sf": ("city", "San Francisco"), "y:barcelona": ("city", "Barcelona"), "y:london": ("city", "London"), "y:cologne": ("city", "Cologne"),
        "y:tokyo": ("city", "Tokyo"), "y:nyc": ("city", "New York City"), "y:berlin": ("city", "Berlin"), "y:paris": ("city", "Paris"),
        "y:shenzhen": ("city", "Shenzhen"), "y:salo": ("city", "Salo"), "y:wetzlar": ("city", "Wetzlar"), "y:sendai": ("city", "Sendai"),
        "y:dearborn": ("city", "Dearborn"), "y:longbridge": ("city", "Longbridge"), "y:wolfsburg": ("city", "Wolfsburg"),
        "y:gumi": ("city", "Gumi"), "y:oita": ("city", "Oita"), "y:cupertino": ("city", "Cupertino"), "y:espoo": ("city", "Espoo"),
        "y:chicago": ("city", "Chicago"), "y:singapore": ("city", "Singapore"), "y:waltham": ("city", "Waltham"),
        "y:frankfurt": ("city", "Frankfurt"), "y:flatrock": ("city", "Flat Rock"), "y:cambridge": ("city", "Cambridge"),
        "y:detroit": ("city", "Detroit"),
        "n:china": ("country", "China"), "n:finland": ("country", "Finland"), "n:korea": ("country", "South Korea"),
        "n:brazil": ("country", "Brazil"), "n:india": ("country", "India"),
    }
    T_ = [
        ("p:iphone", "made_by", "c:apple"), ("p:iphone3g", "made_by", "c:apple"), ("p:iphone4", "made_by", "c:apple"),
        ("p:n95", "made_by", "c:nokia"), ("p:n8", "made_by", "c:nokia"), ("p:razr", "made_by", "c:motorola"),
        ("p:galaxys", "made_by", "c:samsung"), ("p:galaxys2", "made_by", "c:samsung"),
        ("m:m3", "made_by", "c:leica"), ("m:m2", "made_by", "c:leica"), ("m:nikonf", "made_by", "c:nikon"), ("m:nikonf2", "made_by", "c:nikon"),
        ("m:ae1", "made_by", "c:canon"), ("m:sx70", "made_by", "c:polaroid"),
        ("v:mustang", "made_by", "c:ford"), ("v:falcon", "made_by", "c:ford"), ("v:mini", "made_by", "c:bmc"),
        ("v:beetle", "made_by", "c:vw"), ("v:golf", "made_by", "c:vw"), ("v:ds", "made_by", "c:citroen"), ("v:id19", "made_by", "c:citroen"),
        ("p:iphone", "unveiled_in", "y:sf"), ("p:iphone3g", "unveiled_in", "y:sf"), ("p:iphone4", "unveiled_in", "y:sf"),
        ("p:n95", "unveiled_in", "y:barcelona"), ("p:n8", "unveiled_in", "y:london"), ("p:razr", "unveiled_in", "y:chicago"),
        ("p:galaxys", "unveiled_in", "y:singapore"), ("p:galaxys2", "unveiled_in", "y:barcelona"),
        ("m:m3", "unveiled_in", "y:cologne"), ("m:m2", "unveiled_in", "y:cologne"), ("m:nikonf", "unveiled_in", "y:tokyo"),
        ("m:nikonf2", "unveiled_in", "y:tokyo"), ("m:ae1", "unveiled_in", "y:tokyo"), ("m:sx70", "unveiled_in", "y:waltham"),
        ("v:mustang", "unveiled_in", "y:nyc"), ("v:mini", "unveiled_in", "y:london"), ("v:beetle", "unveiled_in", "y:berlin"),
        ("v:golf", "unveiled_in", "y:frankfurt"), ("v:ds", "unveiled_in", "y:paris"), ("v:id19", "unveiled_in", "y:paris"),
        ("p:iphone", "unveiled_by", "x:jobs"), ("p:iphone3g", "unveiled_by", "x:jobs"), ("p:iphone4", "unveiled_by", "x:jobs"),
        ("p:n95", "unveiled_by", "x:vanjoki"), ("p:n8", "unveiled_by", "x:kallasvuo"), ("p:razr", "unveiled_by", "x:zander"),
        ("p:galaxys", "unveiled_by", "x:shin"), ("m:sx70", "unveiled_by", "x:land"), ("m:m3", "unveiled_by", "x:leitz"),
        ("p:iphone", "manufactured_in", "y:shenzhen"), ("p:iphone4", "manufactured_in", "y:shenzhen"), ("p:n95", "manufactured_in", "y:salo"),
        ("p:n8", "manufactured_in", "y:salo"), ("p:galaxys", "manufactured_in", "y:gumi"),
        ("m:m3", "manufactured_in", "y:wetzlar"), ("m:m2", "manufactured_in", "y:wetzlar"), ("m:nikonf", "manufactured_in", "y:sendai"),
        ("m:ae1", "manufactured_in", "y:oita"), ("v:mustang", "manufactured_in", "y:dearborn"), ("v:mini", "manufactured_in", "y:longbridge"),
        ("v:beetle", "manufactured_in", "y:wolfsburg"), ("v:golf", "manufactured_in", "y:wolfsburg"), ("v:falcon", "manufactured_in", "y:dearborn"),
        ("p:iphone3g", "succeeded", "p:iphone"), ("p:iphone4", "succeeded", "p:iphone3g"), ("p:n8", "succeeded", "p:n95"),
        ("p:galaxys2", "succeeded", "p:galaxys"), ("m:m2", "succeeded", "m:m3"), ("m:nikonf2", "succeeded", "m:nikonf"),
        ("v:golf", "succeeded", "v:beetle"), ("v:id19", "succeeded", "v:ds"),
        ("v:mustang", "based_on", "v:falcon"), ("v:id19", "based_on", "v:ds"),
        ("p:iphone", "runs", "o:ios"), ("p:iphone3g", "runs", "o:ios"), ("p:iphone4", "runs", "o:ios"), ("p:n95", "runs", "o:symbian"),
        ("p:n8", "runs", "o:symbian"), ("p:galaxys", "runs", "o:android"), ("p:galaxys2", "runs", "o:android"),
        ("v:mini", "designed_by", "g:issigonis"), ("v:beetle", "designed_by", "g:porsche"), ("v:golf", "designed_by", "g:giugiaro"),
        ("v:ds", "designed_by", "g:bertoni"), ("v:mustang", "designed_by", "g:oros"), ("m:m3", "designed_by", "g:barnack"),
        ("c:apple", "hq_in", "y:cupertino"), ("c:nokia", "hq_in", "y:espoo"), ("c:leica", "hq_in", "y:wetzlar"),
        ("c:ford", "hq_in", "y:dearborn"), ("c:vw", "hq_in", "y:wolfsburg"),
        ("p:iphone", "assembled_in", "n:china"), ("p:iphone4", "assembled_in", "n:china"), ("p:iphone4", "assembled_in", "n:brazil"),
        ("p:n95", "assembled_in", "n:finland"), ("p:n8", "assembled_in", "n:india"), ("p:galaxys", "assembled_in", "n:korea"),
        ("p:razr", "assembled_in", "n:china"),
    ]
    return _build(items, others, rels, T_)


def media():
    """Sitcoms (items: year of the premiere; "is a spin-off of", "aired on" networks, "created
    by" writers, "is a sitcom set in" cities: a kind in a place, so "is located in" and the
    demonym are read), films (items; "is a film set in" countries, "made by" studios, "directed
    by"), reference works (dictionaries and an encyclopedia; items: year first published;
    "compiled by" lexicographers, "edited by" later editors, "published by" publishers, "first
    published in" cities, "describes" languages) and comics characters (items: year of the first
    appearance; "first appeared in" comics and magazines, "created by" cartoonists)."""
    SHOW, FILM, DICT, CHAR = ("sitcom",), ("film",), ("dictionary", "encyclopedia"), ("comics_character",)
    rels = [
        R("spin_off", phrase="is a spin-off of", inverse_phrase="has the spin-off", domain=SHOW + FILM, range=SHOW),
        R("aired_on", phrase="aired on", inverse_phrase="aired", domain=SHOW, range=("network",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=SHOW + CHAR, range=("writer", "cartoonist")),
        R("set_in", phrase="is a sitcom set in", inverse_phrase="is the setting of", domain=SHOW, range=("city",)),
        R("film_set_in", phrase="is a film set in", inverse_phrase="is the setting of the film", domain=FILM, range=("country",)),
        R("film_made_by", phrase="was made by", inverse_phrase="made", domain=FILM, range=("studio",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=FILM, range=("writer",)),
        R("compiled_by", phrase="was compiled by", inverse_phrase="compiled", domain=DICT, range=("lexicographer",)),
        R("edited_by", phrase="was edited by", inverse_phrase="edited", domain=DICT, range=("lexicographer", "editor")),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=DICT, range=("publisher",)),
        R("published_in", phrase="was first published in", inverse_phrase="is where was first published", domain=DICT,
          range=("city",)),
        R("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced", domain=CHAR, range=("comic", "magazine")),
        R("described", phrase="describes", inverse_phrase="is described in", domain=DICT, range=("language",)),
    ]
    items = {
        "s:cheers": ("sitcom", "Cheers", 1982), "s:frasier": ("sitcom", "Frasier", 1993), "s:thick": ("sitcom", "The Thick of It", 2005),
        "s:happy": ("sitcom", "Happy Days", 1974), "s:mork": ("sitcom", "Mork & Mindy", 1978), "s:laverne": ("sitcom", "Laverne & Shirley", 1976),
        "s:friends": ("sitcom", "Friends", 1994), "s:joey": ("sitcom", "Joey", 2004), "s:office": ("sitcom", "The Office", 2001),
        "s:fawlty": ("sitcom", "Fawlty Towers", 1975), "s:inbetweeners": ("sitcom", "The Inbetweeners", 2008),
        "f:loop": ("film", "In the Loop", 2009), "f:inbmovie": ("film", "The Inbetweeners Movie", 2011),
        "f:bruges": ("film", "In Bruges", 2008),
        "d:johnson": ("dictionary", "A Dictionary of the English Language", 1755), "d:webster": ("dictionary", "An American Dictionary of the English Language", 1828),
        "d:brewer": ("dictionary", "Brewer's Dictionary of Phrase and Fable", 1870), "d:hobson": ("dictionary", "Hobson-Jobson", 1886),
        "d:britannica": ("encyclopedia", "Encyclopaedia Britannica", 1768), "d:larousse": ("dictionary", "Grand dictionnaire universel", 1866),
        "d:roget": ("dictionary", "Roget's Thesaurus", 1852),
        "k:superman": ("comics_character", "Superman", 1938), "k:batman": ("comics_character", "Batman", 1939),
        "k:tintin": ("comics_character", "Tintin", 1929), "k:asterix": ("comics_character", "Asterix", 1959),
        "k:dennis": ("comics_character", "Dennis the Menace", 1951),
        "m:action": ("comic", "Action Comics", 1938), "m:detective": ("comic", "Detective Comics", 1937),
        "m:petit": ("magazine", "Le Petit Vingtieme", 1928), "m:pilote": ("magazine", "Pilote", 1959), "m:beano": ("comic", "The Beano", 1938),
    }
    others = {
        "n:nbc": ("network", "NBC"), "n:bbcfour": ("network", "BBC Four"), "n:abc": ("network", "ABC"), "n:bbctwo": ("network", "BBC Two"),
        "n:e4": ("network", "E4"),
        "w:burrows": ("writer", "James Burrows"), "w:angell": ("writer", "David Angell"), "w:iannucci": ("writer", "Armando Iannucci"),
        "w:marshall": ("writer", "Garry Marshall"), "w:kauffman": ("writer", "Marta Kauffman"), "w:silveri": ("writer", "Scott Silveri"),
        "w:gervais": ("writer", "Ricky Gervais"), "w:cleese": ("writer", "John Cleese"), "w:beesley": ("writer", "Damon Beesley"),
        "w:palmer": ("writer", "Ben Palmer"),
        "a:siegel": ("cartoonist", "Jerry Siegel"), "a:kane": ("cartoonist", "Bob Kane"), "a:herge": ("cartoonist", "Herge"),
        "a:goscinny": ("cartoonist", "Rene Goscinny"), "a:law": ("cartoonist", "David Law"),
        "y:boston": ("city", "Boston"), "y:seattle": ("city", "Seattle"), "y:london": ("city", "London"), "y:milwaukee": ("city", "Milwaukee"),
        "y:boulder": ("city", "Boulder"), "y:nyc": ("city", "New York City"), "y:la": ("city", "Los Angeles"), "y:slough": ("city", "Slough"),
        "y:torquay": ("city", "Torquay"), "y:washington": ("city", "Washington, D.C."), "y:newhaven": ("city", "New Haven"),
        "y:edinburgh": ("city", "Edinburgh"), "y:paris": ("city", "Paris"), "y:brussels": ("city", "Brussels"), "y:dundee": ("city", "Dundee"),
        "n:us": ("country", "the United States"), "n:belgium": ("country", "Belgium"), "n:greece": ("country", "Greece"),
        "n:uk": ("country", "the United Kingdom"), "o:bbcfilms": ("studio", "BBC Films"), "o:film4": ("studio", "Film4"),
        "w:mcdonagh": ("writer", "Martin McDonagh"),
        "l:johnson": ("lexicographer", "Samuel Johnson"), "l:webster": ("lexicographer", "Noah Webster"),
        "l:brewer": ("lexicographer", "E. Cobham Brewer"), "l:yule": ("lexicographer", "Henry Yule"), "l:smellie": ("lexicographer", "William Smellie"),
        "l:larousse": ("lexicographer", "Pierre Larousse"), "l:roget": ("lexicographer", "Peter Mark Roget"),
        "e:todd": ("editor", "Henry John Todd"), "e:goodrich": ("editor", "Chauncey Goodrich"), "e:crooke": ("editor", "William Crooke"),
        "e:jroget": ("editor", "John Lewis Roget"), "e:bell": ("editor", "Andrew Bell"),
        "b:knapton": ("publisher", "John Knapton"), "b:converse": ("publisher", "Sherman Converse"), "b:cassell": ("publisher", "Cassell"),
        "b:murray": ("publisher", "John Murray"), "b:longman": ("publisher", "Longman"), "b:larousse": ("publisher", "Librairie Larousse"),
        "b:colin": ("publisher", "Colin Macfarquhar"),
        "g:english": ("language", "English"), "g:american": ("language", "American English"), "g:french": ("language", "French"),
        "g:anglo": ("language", "Anglo-Indian"),
    }
    T_ = [
        ("s:frasier", "spin_off", "s:cheers"), ("f:loop", "spin_off", "s:thick"), ("s:mork", "spin_off", "s:happy"),
        ("s:laverne", "spin_off", "s:happy"), ("s:joey", "spin_off", "s:friends"), ("f:inbmovie", "spin_off", "s:inbetweeners"),
        ("s:cheers", "aired_on", "n:nbc"), ("s:frasier", "aired_on", "n:nbc"), ("s:thick", "aired_on", "n:bbcfour"),
        ("s:happy", "aired_on", "n:abc"), ("s:mork", "aired_on", "n:abc"), ("s:laverne", "aired_on", "n:abc"), ("s:friends", "aired_on", "n:nbc"),
        ("s:joey", "aired_on", "n:nbc"), ("s:office", "aired_on", "n:bbctwo"), ("s:fawlty", "aired_on", "n:bbctwo"),
        ("s:inbetweeners", "aired_on", "n:e4"),
        ("s:cheers", "created_by", "w:burrows"), ("s:frasier", "created_by", "w:angell"), ("s:thick", "created_by", "w:iannucci"),
        ("s:happy", "created_by", "w:marshall"), ("s:mork", "created_by", "w:marshall"), ("s:laverne", "created_by", "w:marshall"),
        ("s:friends", "created_by", "w:kauffman"), ("s:joey", "created_by", "w:silveri"), ("s:office", "created_by", "w:gervais"),
        ("s:fawlty", "created_by", "w:cleese"), ("s:inbetweeners", "created_by", "w:beesley"),
        ("k:superman", "created_by", "a:siegel"), ("k:batman", "created_by", "a:kane"), ("k:tintin", "created_by", "a:herge"),
        ("k:asterix", "created_by", "a:goscinny"), ("k:dennis", "created_by", "a:law"),
        ("f:loop", "directed_by", "w:iannucci"), ("f:inbmovie", "directed_by", "w:palmer"),
        ("s:cheers", "set_in", "y:boston"), ("s:frasier", "set_in", "y:seattle"), ("s:thick", "set_in", "y:london"),
        ("f:loop", "film_set_in", "n:us"), ("f:bruges", "film_set_in", "n:belgium"), ("f:inbmovie", "film_set_in", "n:greece"),
        ("f:loop", "film_made_by", "o:bbcfilms"), ("f:bruges", "film_made_by", "o:film4"), ("f:inbmovie", "film_made_by", "o:film4"),
        ("f:bruges", "directed_by", "w:mcdonagh"),
        ("s:happy", "set_in", "y:milwaukee"), ("s:mork", "set_in", "y:boulder"), ("s:laverne", "set_in", "y:milwaukee"),
        ("s:friends", "set_in", "y:nyc"), ("s:joey", "set_in", "y:la"), ("s:office", "set_in", "y:slough"), ("s:fawlty", "set_in", "y:torquay"),
        ("d:johnson", "compiled_by", "l:johnson"), ("d:webster", "compiled_by", "l:webster"), ("d:brewer", "compiled_by", "l:brewer"),
        ("d:hobson", "compiled_by", "l:yule"), ("d:britannica", "compiled_by", "l:smellie"), ("d:larousse", "compiled_by", "l:larousse"),
        ("d:roget", "compiled_by", "l:roget"),
        ("d:johnson", "edited_by", "e:todd"), ("d:webster", "edited_by", "e:goodrich"), ("d:hobson", "edited_by", "e:crooke"),
        ("d:roget", "edited_by", "e:jroget"), ("d:britannica", "edited_by", "e:bell"),
        ("d:johnson", "published_by", "b:knapton"), ("d:webster", "published_by", "b:converse"), ("d:brewer", "published_by", "b:cassell"),
        ("d:hobson", "published_by", "b:murray"), ("d:roget", "published_by", "b:longman"), ("d:larousse", "published_by", "b:larousse"),
        ("d:britannica", "published_by", "b:colin"),
        ("d:johnson", "published_in", "y:london"), ("d:webster", "published_in", "y:newhaven"), ("d:brewer", "published_in", "y:london"),
        ("d:hobson", "published_in", "y:london"), ("d:britannica", "published_in", "y:edinburgh"), ("d:larousse", "published_in", "y:paris"),
        ("d:roget", "published_in", "y:london"),
        ("k:superman", "first_appeared_in", "m:action"), ("k:batman", "first_appeared_in", "m:detective"),
        ("k:tintin", "first_appeared_in", "m:petit"), ("k:asterix", "first_appeared_in", "m:pilote"), ("k:dennis", "first_appeared_in", "m:beano"),
        ("d:johnson", "described", "g:english"), ("d:webster", "described", "g:american"), ("d:larousse", "described", "g:french"),
        ("d:hobson", "described", "g:anglo"), ("d:roget", "described", "g:english"),
    ]
    return _build(items, others, rels, T_)


BUILDERS = {"songs": songs, "studio": studio, "places": places, "food": food, "tech": tech, "media": media}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@songs
# (1) "was performed at" a concert read as "was recorded at" (no relation records or sings): a
# live performance is no recording
Bohemian Rhapsody was recorded at Live Aid.
Because You Loved Me was recorded at the 69th Academy Awards.
Umbrella was recorded at the 50th Grammy Awards.
All Along the Watchtower was recorded at the Isle of Wight Festival.
Bohemian Rhapsody is recorded at Live Aid.
Queen recorded Bohemian Rhapsody at Live Aid.
Rihanna recorded Umbrella at the 50th Grammy Awards.
Umbrella was recorded by Rihanna at the 50th Grammy Awards.
Bohemian Rhapsody, recorded at Live Aid, is by Queen.
The Queen song Bohemian Rhapsody was recorded at Live Aid.
Celine Dion recorded Because You Loved Me at the 69th Academy Awards.
Bohemian Rhapsody, which Queen recorded at Live Aid, appears on A Night at the Opera.
Respect was recorded at Live Aid.
Respect was sung at Live Aid.
Hallelujah was sung at the Isle of Wight Festival.
Bohemian Rhapsody was sung at the 50th Grammy Awards.
Live Aid recorded Bohemian Rhapsody.
Live Aid sang Bohemian Rhapsody.
Bohemian Rhapsody was recorded by Live Aid.
Bohemian Rhapsody was sung by Live Aid.
Bohemian Rhapsody was recorded at A Night at the Opera.
# (1) "sung / recorded by" the writer or the producer
Roy Thomas Baker sang Bohemian Rhapsody.
Bohemian Rhapsody is sung by Roy Thomas Baker.
Diane Warren sang Because You Loved Me.
Diane Warren recorded I Don't Want to Miss a Thing.
Bernie Taupin sang Rocket Man.
Gus Dudgeon sang Rocket Man.
The-Dream sang Umbrella.
Respect is sung by Jerry Wexler.
Because You Loved Me was sung by David Foster.
Nellee Hooper sang Nothing Compares 2 U.
Umbrella is sung by Tricky Stewart.
Since U Been Gone is sung by Max Martin.
Steven Tyler recorded Because You Loved Me.
# (1) the wrong performer, reversed
Celine Dion sang I Don't Want to Miss a Thing.
Aerosmith recorded Because You Loved Me.
Rihanna recorded Since U Been Gone.
Kelly Clarkson sang Umbrella.
Jeff Buckley recorded Nothing Compares 2 U.
Queen sang Rocket Man.
Elton John recorded Since U Been Gone.
Rocket Man is sung by Queen.
Aretha Franklin recorded Grace.
Jeff Buckley sang I Never Loved a Man the Way I Love You.
Bohemian Rhapsody sang Queen.
Bohemian Rhapsody recorded Queen.
Queen is sung by Bohemian Rhapsody.
Queen was recorded by Bohemian Rhapsody.
# (1) the performer as maker: "X by Y", "Y's X", kinds (album / song)
Because You Loved Me by Aerosmith came out in 1996.
Aerosmith's Because You Loved Me came out in 1996.
Grace by Leonard Cohen came out in 1994.
Falling into You by Diane Warren came out in 1996.
The Diane Warren album Falling into You came out in 1996.
The Aerosmith song Because You Loved Me came out in 1996.
Honky Chateau is an album by Bernie Taupin.
Rocket Man is an album by Elton John.
Honky Chateau is a song by Elton John.
Grace is a song by Jeff Buckley.
Hallelujah is an album by Jeff Buckley.
A Night at the Opera by Freddie Mercury came out in 1975.
A Night at the Opera is a Queen song.
Bohemian Rhapsody is a Queen album.
Bohemian Rhapsody is a song by Aerosmith.
Queen's Rocket Man came out in 1972.
Rocket Man by Queen came out in 1972.
Bohemian Rhapsody by Queen came out in 1976.
Queen's Bohemian Rhapsody came out in 1974.
A Night at the Opera is a Queen track.
Grace is a Jeff Buckley track.
# "appears on": "is on", "is from", "features on"
Bohemian Rhapsody is on Grace.
Bohemian Rhapsody is from Grace.
Hallelujah comes from A Night at the Opera.
A Night at the Opera is from Bohemian Rhapsody.
Grace is on Hallelujah.
Bohemian Rhapsody is on Live Aid.
Bohemian Rhapsody can be found on Falling into You.
Umbrella features on Breakaway.
Since U Been Gone is from Good Girl Gone Bad.
Respect by Aretha Franklin is on Grace.
Aretha Franklin's Respect is from Grace.
# (3) "is a song banned in" a country: a kind in a place, read as "is in" and the demonym
Je t'aime moi non plus is a British song.
Je t'aime moi non plus is an Italian song.
Gloomy Sunday is a British song.
Gloomy Sunday is located in the United Kingdom.
Gloomy Sunday is situated in the United Kingdom.
Italy's Je t'aime moi non plus is sung by Jane Birkin.
The Spanish song Je t'aime moi non plus was written by Serge Gainsbourg.
Je t'aime moi non plus, an Italian song, was written by Serge Gainsbourg.
Je t'aime moi non plus is a British track.
Billie Holiday's Gloomy Sunday is a British song.
Gloomy Sunday, a British song, was written by Rezso Seress.
The United Kingdom's Gloomy Sunday was sung by Billie Holiday.
Gloomy Sunday is a Spanish song.
# (7) "has been around since": the year of the item named in a relative clause or apposition
Rezso Seress, who wrote Gloomy Sunday, has been around since 1941.
Billie Holiday, who recorded Gloomy Sunday, has been around since 1941.
Diane Warren, who wrote Because You Loved Me, has been around since 1996.
Roy Thomas Baker, the producer of Bohemian Rhapsody, has been around since 1975.
Live Aid, where Bohemian Rhapsody was performed, has been around since 1975.
Queen, who performed Bohemian Rhapsody, has existed since 1975.
Aretha Franklin, who sang Respect, has been in existence since 1967.
Bohemian Rhapsody has been around since 1974.
A Night at the Opera, which includes Bohemian Rhapsody, has been around since 1976.
Hallelujah, which appears on Grace, has existed since 1984.

# arguable (see OPEN)
Gloomy Sunday is in the United Kingdom.
Queen sang A Night at the Opera.
A Night at the Opera is sung by Queen.
Elton John sang Honky Chateau.
# accepted by the starting code too (see KNOWN)
Honky Chateau is an album by Gus Dudgeon.
Bohemian Rhapsody is a Live Aid song.

@studio
# (1) "recorded": another relation "was recorded at" a studio (no recorded / sung reading)
Abbey Road Studios recorded Abbey Road.
Abbey Road was recorded at Hansa Studios.
Bono sang Nevermind.
Nevermind is sung by Bono.
Abbey Road is sung by George Martin.
Nevermind was recorded by Bono.
Apple Records recorded Abbey Road.
# (1) "by" / possessive: the engineer, the label, the studio
Abbey Road by Apple Records came out in 1969.
Abbey Road by Abbey Road Studios came out in 1969.
Abbey Road Studios' Abbey Road came out in 1969.
Abbey Road by Geoff Emerick came out in 1969.
Rumours by Ken Caillat came out in 1977.
Heroes by Hansa Studios came out in 1977.
Heroes is a Hansa Studios album.
Rumours is a Fleetwood Mac single.
Blue Monday is a New Order album.
# (2) headquarters: founding city, a studio's city, reversed
Island Records is based in Kingston.
Island Records is headquartered in Kingston.
Island Records' headquarters are in Kingston.
The headquarters of Island Records are in Kingston.
The Island Records headquarters are in Kingston.
Island Records has its headquarters in Kingston.
Columbia Records' headquarters are in Washington, D.C.
The headquarters of Columbia Records are in Washington, D.C.
The headquarters of Warner Bros. Records are in Santa Monica.
DGC Records' head office is in Los Angeles.
Tamla's main office is in New York City.
Hansa Studios' headquarters are in London.
The headquarters of London are in Apple Records.
London's headquarters are in Apple Records.
Apple Records is based in Burbank.
Factory Records is based in London.
The Factory Records headquarters are in London.
Apple Records has its headquarters in Abbey Road Studios.
The headquarters of Apple Records are in Abbey Road Studios.

@places
# (3) "is a cave in" / "is a political party in": "is in", the demonym, the possessive
Lascaux is in Spain.
Altamira is located in France.
Altamira is a French cave.
The Blue Grotto is a German cave.
The Ajanta Caves are British caves.
Lascaux is located in Cantabria.
Altamira is in Dordogne.
Spain's Lascaux was discovered by Marcel Ravidat.
The French cave Altamira was discovered by Modesto Cubillas.
Altamira, a French cave, was discovered by Modesto Cubillas.
Lascaux and Altamira are French caves.
Podemos is a Spanish cave.
Lascaux is a French political party.
Podemos and the Bharatiya Janata Party are Spanish political parties.
The Scottish National Party is an Irish political party.
Fianna Fail is a Welsh political party.
The National Rally is a Paris political party.
The Bharatiya Janata Party is located in Mumbai.
Plaid Cymru is located in Pwllheli.
The Scottish National Party is situated in Glasgow.
Waitomo Caves is a Slovenian cave.
Germany's Blue Grotto was discovered by August Kopisch.
# (3) "is a brand sold in" a country: a kind in a place, but a market
Rolex is a British company.
Philips is a German company.
Tata Motors is a British company.
Nestle is a French company.
Germany's Philips was founded in Eindhoven.
France's Nestle has its headquarters in Vevey.
The United Kingdom's Tata Motors has its main factory in Pune.
Rolex is located in the United Kingdom.
Philips is situated in Germany.
Nestle is located in France.
The German company Philips has its headquarters in Amsterdam.
Philips, a German company, was founded in Eindhoven.
Rolex, a British company, is headquartered in Geneva.
Siemens is a French company.
# (2) headquarters vs founding city vs main factory
Rolex is based in London.
Rolex is headquartered in London.
Rolex is based in Biel.
Rolex's headquarters are in Biel.
The headquarters of Rolex are in Biel.
The Rolex headquarters are in Biel.
The Rolex headquarters is in London.
The headquarters of Geneva are in Rolex.
Rolex's main factory is in Geneva.
The Rolex main factory is in Geneva.
Rolex was founded in London. Its headquarters are in London.
Siemens is headquartered in Erlangen.
Philips is based in Eindhoven.
The Philips headquarters are in Eindhoven.
The Bharatiya Janata Party is based in Mumbai.
The headquarters of the Bharatiya Janata Party are in Mumbai.
Plaid Cymru's head office is in Pwllheli.
The seat of Alliance 90/The Greens is in Leipzig.
The Scottish National Party's main office is in Glasgow.
Rolex and Philips are headquartered in Geneva.
Rolex, headquartered in London, has its main factory in Biel.
Rolex, which is headquartered in Biel, was founded in London.
Geneva is home to the headquarters of Philips.
Rolex's headquarters are in the United Kingdom.
Tata Motors is based in Pune.
The headquarters of Tata Motors are in Pune.
Nestle's seat is in Geneva.
Lascaux is headquartered in Dordogne.
# (7) years: a cave's year is its discovery; "has been around since" after a clause naming an item
Lascaux has existed since 1940.
Lascaux has been around since 1940.
Altamira has been in existence since 1868.
Chauvet Cave has existed since 1994.
Lascaux, discovered by Marcel Ravidat, has been around since 1940.
Pablo Iglesias, the leader of Podemos, has been around since 2014.
Pablo Iglesias, who leads Podemos, has been around since 2014.
Madrid, home to the headquarters of Podemos, has been around since 2014.
Marcel Ravidat, who discovered Lascaux, has been around since 1940.
Marcel Ravidat, who discovered Lascaux, has existed since 1940.
Geert Wilders, who leads the Party for Freedom, has been around since 2006.
Eindhoven, home to the main factory of Philips, has been around since 1891.
Jordan Bardella, the leader of the National Rally, has been around since 1972.
Rolex has been around since 1891.
Rolex, founded in London, has been around since 1891.
Rolex was unveiled in 1905.
Lascaux was unveiled in 1940.
Lascaux came out in 1940.
Podemos was published in 2014.
Rolex has existed since 1906.

# arguable (see OPEN)
Philips is in Germany.
Tata Motors is in the United Kingdom.
# accepted by the starting code too (see KNOWN)
Lascaux was founded in 1940.
Lascaux dates from 1940.

@food
# (4) "An ingredient of X is Y": Y no ingredient of X, reversed, lists
An ingredient of Negroni is rum.
An ingredient of gin is Negroni.
An ingredient of Negroni is Camillo Negroni.
An ingredient of Negroni is Fosco Scarselli.
An ingredient of Negroni is Florence.
An ingredient of Negroni is Caffe Casoni.
An ingredient of Negroni and Bellini is gin.
An ingredient of Negroni is gin and rum.
An ingredient of Negroni is gin, Campari and rum.
An ingredient of Negroni is gin, and an ingredient of Mai Tai is gin.
An ingredient of the Mars bar is almonds.
An ingredient of Stilton is sheep's milk.
An ingredient of Eggs Benedict is Caesar salad.
An ingredient of Peach Melba is Nellie Melba.
An ingredient of Toblerone is caramel.
An ingredient of Cherry Ripe is MacRobertson's.
An ingredient of Mai Tai is Trader Vic's.
An ingredient of Beef Wellington is the Duke of Wellington.
An ingredient of Waldorf salad is the Waldorf Hotel.
An ingredient of Pizza Margherita is Queen Margherita.
An ingredient of Caesar salad is Caesar Cardini.
An ingredient of Caesar salad was ham.
An ingredient in Eggs Benedict is croutons.
An ingredient of Peach Melba is peach puree.
A namesake of Camillo Negroni is Negroni.
A birthplace of Florence is Negroni.
A location of Harry's Bar is Florence.
A maker of Cherry Ripe is Mars Ltd.
A creator of Bellini is Harry's Bar.
A namesake of Bellini is Giuseppe Cipriani.
A birthplace of Bellini is Florence.
# (3) "is a cocktail popular in" a country: "an American cocktail", "is located in"
The Negroni is an American cocktail.
The Bellini is a British cocktail.
The Mai Tai is a Japanese cocktail.
The Negroni is an American drink.
The Negroni is located in Italy.
The Bellini is situated in the United Kingdom.
The American cocktail Negroni was created by Fosco Scarselli.
Japan's Mai Tai was created by Victor Bergeron.
Negroni, an American cocktail, originated in Florence.
The Mai Tai is located in Japan.
The Bellini, a British cocktail, originated in Venice.
The Sazerac is a Japanese cocktail.
# (7) years: "has been around since" the year of the item in the clause; "announced" a cheese
MacRobertson's, the maker of Cherry Ripe, has been around since 1924.
MacRobertson's, which makes Cherry Ripe, has been around since 1924.
Melbourne, the birthplace of Cherry Ripe, has been around since 1924.
Giuseppe Cipriani, who created the Bellini, has been around since 1948.
Nellie Melba, the namesake of Peach Melba, has been around since 1892.
The Duke of Wellington, the namesake of Beef Wellington, has been around since 1903.
Auguste Escoffier, who created Peach Melba, has existed since 1892.
Tobler, the maker of Toblerone, has been in existence since 1908.
Queen Margherita, the namesake of Pizza Margherita, has been around since 1889.
Florence, the birthplace of the Negroni, has been around since 1919.
Harry's Bar has been around since 1948.
Harry's Bar, where the Bellini was first served, has been around since 1948.
The Savoy Hotel, where Peach Melba was first served, has been around since 1892.
Peach Melba has been around since 1889.
The Bellini, first served at Harry's Bar, has been around since 1931.
Stilton was announced in 1730.
Roquefort was announced in 1411.
Peach Melba was announced in 1892.
Harry's Bar was announced in 1931.
Peach Melba, announced in 1892, was created by Auguste Escoffier.
Cherry Ripe was published in 1924.
The Negroni has been around since 1918.
Eggs Benedict has existed since 1896.
The Mars bar was announced in 1924.

# arguable (see OPEN)
An ingredient of Negroni is gin and Campari.
The Negroni is in the United States.
Stilton was unveiled in 1730.
Toblerone was unveiled in 1908.
Peach Melba was unveiled in 1892.
# accepted by the starting code too (see KNOWN)
Stilton came out in 1730.
The Negroni was founded in 1919.

@tech
# (5) "was unveiled in" a city: "debuted / made its debut / was first shown / first appeared in"
The iPhone debuted in Shenzhen.
The iPhone made its debut in Cupertino.
Apple made its debut in Cupertino.
The Ford Falcon debuted in Dearborn.
The Ford Mustang made its debut in Dearborn.
Nokia made its debut in Barcelona.
The Nokia N95 made its debut in Salo.
The Leica M3 was first presented in Wetzlar.
The Volkswagen Beetle was first shown in Wolfsburg.
The Ford Falcon first appeared in New York City.
The iPhone 4 debuted in San Francisco in 2007.
The Galaxy S debuted in Barcelona.
The Galaxy S II first appeared in Singapore.
The Leica M2 made its debut in Tokyo.
The Nikon F was first shown in Cologne.
The Citroen DS debuted in Frankfurt.
The Mini made its debut in Longbridge.
Wetzlar first appeared in Cologne.
# (8) unveil -> present / introduce / show off
Steve Jobs introduced the Nokia N95.
The iPhone introduced Steve Jobs.
Joe Oros introduced the Ford Mustang.
Oskar Barnack presented the Leica M3.
Edwin Land showed off the Leica M3.
Steve Jobs showed off the Galaxy S.
The iPhone 4 was presented by Anssi Vanjoki.
The Nokia N95 was introduced by Steve Jobs.
Ed Zander showed off the Nokia N8.
The iPhone was introduced in Shenzhen.
The iPhone was presented in Cupertino.
The Leica M3 was shown off in Wetzlar.
# (8) succeed -> replace: reversed, not a succession ("is based on")
The iPhone replaced the iPhone 3G.
The iPhone 3G was replaced by the iPhone.
The iPhone 4 replaced the iPhone.
The Ford Mustang replaced the Ford Falcon.
The Ford Falcon replaced the Ford Mustang.
iOS replaced Symbian.
The iPhone replaced iOS.
The Leica M3 replaced the Leica M2.
The Galaxy S II replaced the iPhone 4.
The Nokia N8 replaced Symbian.
The Nokia N8 is replaced by the Nokia N95.
The Nokia N95 replaces the Nokia N8.
The Nokia N95 and the iPhone were replaced by the Nokia N8.
The Citroen DS replaced the Citroen ID.
The Citroen ID replaced the Citroen DS in 1955.
The Volkswagen Golf replaced the Volkswagen Beetle in 1938.
The Nikon F2 replaced the Canon AE-1.
# (8) type nouns "handset", "device", "phone", "smartphone" for a camera, a car, a person, a city
The Leica M3 is a Leica handset.
The Ford Mustang is a Ford handset.
The Leica M3 handset was unveiled in Cologne.
The Nikon F handset was unveiled in Tokyo.
The Ford Mustang handset was unveiled in New York City.
The Nikon F2 handset replaced the Nikon F.
The Nikon F2 replaced the Nikon F handset.
The iOS handset runs on the iPhone.
The handset Steve Jobs unveiled the iPhone.
The device Steve Jobs unveiled the iPhone.
The device Ernst Leitz II unveiled the Leica M3.
The handset Edwin Land unveiled the Polaroid SX-70.
The device Edwin Land unveiled the Polaroid SX-70.
The handset San Francisco hosted the unveiling of the iPhone.
The handset Cologne hosted the unveiling of the Leica M3.
The Leica M3, a Leica handset, was unveiled in Cologne.
The handset Leica M3 was unveiled in Cologne.
The handset Ford Mustang was unveiled in New York City.
The device Ford Mustang was unveiled in New York City.
The phone Leica M3 was unveiled in Cologne.
The smartphone Motorola Razr V3 was unveiled in Chicago.
The handset iOS was announced in 2007.
The Leica M3 is a handset.
The Leica M3 is a handset made by Leica.
iOS is a handset.
Steve Jobs is a handset.
The device Apple makes the iPhone.
The handset Apple makes the iPhone.
The Polaroid SX-70 is a Polaroid handset.
The Nikon F is a Nikon handset.
# (3) "is a phone assembled in" a country: "a Chinese smartphone", "is located in"
The iPhone is a Chinese smartphone.
The iPhone is a Chinese handset.
The iPhone is located in China.
China's iPhone was unveiled in San Francisco.
The iPhone 4 is a Brazilian smartphone.
The Motorola Razr V3 is a Chinese phone.
The Nokia N8 is an Indian smartphone.
The iPhone 4 is situated in Brazil.
The Chinese smartphone iPhone 4 was unveiled in San Francisco.
The iPhone, a Chinese smartphone, runs iOS.
The iPhone 4 is a Chinese smartphone made by Apple.
Brazil's iPhone 4 runs iOS.
The Galaxy S is a Chinese smartphone.
The Leica M3 is a Chinese camera.
# (7) years: "announced / unveiled" for companies, people; "has been around since"
The iPhone was announced in 2008.
Apple was announced in 1976.
Apple was unveiled in 1976.
Nokia was announced in 1865.
Steve Jobs unveiled the iPhone 4 in 2007.
The Ford Mustang debuted in 1965.
The Leica M3 was announced in 1957.
The Leica M3 was published in 1954.
Steve Jobs, who unveiled the iPhone, has been around since 2007.
Steve Jobs, who unveiled the iPhone 4, has existed since 2010.
Alec Issigonis, the designer of the Mini, has been around since 1959.
Ferdinand Porsche, who designed the Volkswagen Beetle, has been around since 1938.
Edwin Land, who unveiled the Polaroid SX-70, has been in existence since 1972.
Dearborn, home to Ford, has been around since 1903.
Apple, which makes the iPhone, has been around since 2007.
Nokia, the maker of the Nokia N95, has been around since 2007.
iOS has been around since 2008.
The iPhone 4, announced in 2010, runs Symbian.
# (2) seat readings of a declared cue "has its head office in"
Apple's head office is in Shenzhen.
Ford's headquarters are in Detroit.
The Ford headquarters are in Detroit.
The headquarters of Leica are in Cologne.
Leica's main office is in Cologne.
Volkswagen has its headquarters in Berlin.
Apple is headquartered in San Francisco.
The headquarters of Nokia are in Salo.
The Nokia headquarters are in Salo.
Nokia's head office is in Espoo and Salo.
The headquarters of Cupertino are in Apple.
The iPhone's headquarters are in Cupertino.
The headquarters of the iPhone are in Cupertino.
The Leica M3 headquarters are in Wetzlar.

# arguable (see OPEN)
The iPhone is in China.
The Leica M3 is a Leica device.
The Ford Mustang is a Ford device.
The Volkswagen Beetle device was unveiled in Berlin.
# accepted by the starting code too (see KNOWN)
The Ford Mustang is a Ford phone.

@media
# (6) "is a spin-off of": "grew out of", "was spun off from"
Cheers grew out of Frasier.
Cheers was spun off from Frasier.
The Thick of It grew out of In the Loop.
Frasier grew out of Happy Days.
Frasier grew out of NBC.
Frasier grew out of Boston.
James Burrows grew out of Cheers.
Cheers spun off from Frasier.
Mork & Mindy and Joey grew out of Happy Days.
Frasier, which grew out of Cheers, aired on ABC.
Happy Days was spun off from Laverne & Shirley.
Joey grew out of Cheers.
The Inbetweeners Movie was spun off from The Office.
In the Loop is spun off from The Office.
Mork & Mindy grew out of Laverne & Shirley.
Friends grew out of Joey.
Frasier grew out of Cheers in 1982.
# (8) air -> go out: "went out on"
Frasier went out on ABC.
NBC went out on Frasier.
Cheers went out on Boston.
In the Loop went out on BBC Four.
Superman went out on NBC.
The Office went out on BBC Four.
Fawlty Towers went out on NBC.
Happy Days goes out on NBC.
Garry Marshall went out on ABC.
Frasier went out on NBC in 1982.
# (8) type nouns "show", "programme", "series", "character", "comic", "book", "title"
The show Armando Iannucci directed In the Loop.
The show Garry Marshall created Happy Days.
The programme Garry Marshall created Happy Days.
The show NBC aired Frasier.
The programme NBC aired Frasier.
The show ABC aired Happy Days.
The character Herge created Tintin.
The character Bob Kane created Batman.
The character Jerry Siegel created Superman.
The character Rene Goscinny created Asterix.
The character David Law created Dennis the Menace.
The show Boston is the setting of Cheers.
The programme Seattle is the setting of Frasier.
The programme Martin McDonagh directed In Bruges.
The show Film4 made In Bruges.
The In the Loop show was directed by Armando Iannucci.
The In Bruges programme was directed by Martin McDonagh.
The Superman show was created by Jerry Siegel.
The Hobson-Jobson programme was compiled by Henry Yule.
The show In the Loop was directed by Armando Iannucci.
The series In the Loop was made by BBC Films.
The sitcom In the Loop was directed by Armando Iannucci.
The programme In Bruges was directed by Martin McDonagh.
The show Superman was created by Jerry Siegel.
The book Frasier aired on NBC.
The character Action Comics was published in 1938.
In the Loop is an Armando Iannucci show.
In the Loop is a BBC Films sitcom.
In the Loop is a show.
# (3) "is a sitcom set in" / "is a film set in": a setting read as where it is and as its origin
Happy Days is located in Milwaukee.
Happy Days is situated in Milwaukee.
The Thick of It is located in London.
Mork & Mindy is located in Boulder.
In Bruges is a Belgian film.
In Bruges is located in Belgium.
The Inbetweeners Movie is a Greek film.
In the Loop is an American film.
Belgium's In Bruges was directed by Martin McDonagh.
The Belgian film In Bruges was directed by Martin McDonagh.
In Bruges, a Belgian film, was directed by Martin McDonagh.
Greece's The Inbetweeners Movie was made by Film4.
The Greek film The Inbetweeners Movie was directed by Ben Palmer.
In the Loop is situated in the United States.
In the Loop, an American film, was directed by Armando Iannucci.
# (8) compile: an editor or a publisher, "put together", "assemble", "the work of"
Henry John Todd compiled A Dictionary of the English Language.
A Dictionary of the English Language was compiled by John Knapton.
John Knapton put together A Dictionary of the English Language.
Henry John Todd put together A Dictionary of the English Language.
A Dictionary of the English Language was the work of Henry John Todd.
A Dictionary of the English Language was the work of John Knapton.
Henry John Todd's A Dictionary of the English Language was first published in London.
A Dictionary of the English Language by John Knapton was first published in London.
Hobson-Jobson by John Murray came out in 1886.
Hobson-Jobson by William Crooke came out in 1886.
William Crooke's Hobson-Jobson came out in 1886.
The William Crooke dictionary Hobson-Jobson came out in 1886.
Hobson-Jobson is a William Crooke dictionary.
Chauncey Goodrich assembled An American Dictionary of the English Language.
Roget's Thesaurus was assembled by John Lewis Roget.
Roget's Thesaurus was put together by Longman.
Encyclopaedia Britannica was compiled by Andrew Bell.
Peter Mark Roget put together Hobson-Jobson.
Hobson-Jobson was put together by Noah Webster.
Samuel Johnson compiled Roget's Thesaurus.
A Dictionary of the English Language compiled Samuel Johnson.
Pierre Larousse compiled Librairie Larousse.
# (5) "was first published in" a city: "(first) came out / appeared in"
Hobson-Jobson appeared in Edinburgh.
Encyclopaedia Britannica first appeared in London.
Encyclopaedia Britannica first appeared in Action Comics.
Superman first appeared in London.
Tintin first appeared in Brussels.
Henry Yule appeared in London.
Samuel Johnson first appeared in London.
John Murray first appeared in London.
Grand dictionnaire universel first came out in Brussels.
An American Dictionary of the English Language came out in New York City.
Roget's Thesaurus first came out in Edinburgh.
Cheers came out in Boston.
The Office first appeared in Slough.
Hobson-Jobson came out in London in 1887.
# (8) describe -> document
A Dictionary of the English Language documents French.
English documents A Dictionary of the English Language.
Grand dictionnaire universel documents English.
Hobson-Jobson documents French.
Roget's Thesaurus documents American English.
# (7) years: reference works "published / came out"; "announced"; "has been around since"
Hobson-Jobson came out in 1887.
Hobson-Jobson was announced in 1886.
Hobson-Jobson was unveiled in 1886.
Hobson-Jobson was released in 1886.
Encyclopaedia Britannica came out in 1801.
Roget's Thesaurus was published in 1853.
Henry Yule, who compiled Hobson-Jobson, has been around since 1886.
Garry Marshall, who created Happy Days, has been around since 1974.
Garry Marshall, the creator of Mork & Mindy, has existed since 1978.
NBC, which aired Cheers, has been around since 1982.
NBC, the network of Frasier, has been around since 1993.
Samuel Johnson, who compiled A Dictionary of the English Language, has been around since 1755.
Milwaukee, the setting of Happy Days, has been around since 1974.
Boston, the setting of Cheers, has existed since 1982.
Jerry Siegel, who created Superman, has been around since 1938.
Herge, who created Tintin, has been in existence since 1929.
Martin McDonagh, who directed In Bruges, has been around since 2008.
Armando Iannucci, who created The Thick of It, has been around since 2005.
Film4, which made In Bruges, has been around since 2008.
Frasier, a spin-off of Cheers, has been around since 1982.
Cheers, which has the spin-off Frasier, has been around since 1993.
Batman has been around since 1938.
In the Loop was announced in 2009.
In the Loop, announced in 2009, was directed by Armando Iannucci.
Frasier was announced in 1993.
Superman was unveiled in 1938.
Cheers was published in 1982.
Happy Days was founded in 1974.
In Bruges was formed in 2008.
# arguable (see OPEN)
Happy Days is in Milwaukee.
In Bruges is in Belgium.
Happy Days is a Milwaukee sitcom.
Milwaukee's Happy Days aired on ABC.
# accepted by the starting code too (see KNOWN)
The series James Burrows created Cheers.
The book Samuel Johnson compiled A Dictionary of the English Language.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): a producer is one of the
        # makers "by" names; an album / song "by" an event; a type noun before a person ("the
        # series / book X" glued whatever X is); a cave "founded" / "dating from" its year of
        # discovery; "a Ford phone" for a car (a type the graph has); a cheese that "came out" and a
        # cocktail "founded" in their years
        "Honky Chateau is an album by Gus Dudgeon.",
        "Bohemian Rhapsody is a Live Aid song.",
        "Lascaux was founded in 1940.",
        "Lascaux dates from 1940.",
        "Stilton came out in 1730.",
        "The Negroni was founded in 1919.",
        "The Ford Mustang is a Ford phone.",
        "The series James Burrows created Cheers.",
        "The book Samuel Johnson compiled A Dictionary of the English Language.",
    }
)

OPEN = frozenset(
    {
        # "X is in <country>" of a song, a brand, a cocktail, a phone, a sitcom or a film: loosely
        # "is heard / sold / drunk / made / set in"; "is located / situated in" is counted false
        "Gloomy Sunday is in the United Kingdom.",
        "Philips is in Germany.",
        "Tata Motors is in the United Kingdom.",
        "The Negroni is in the United States.",
        "The iPhone is in China.",
        "Happy Days is in Milwaukee.",
        "In Bruges is in Belgium.",
        # "a Milwaukee sitcom", "Milwaukee's Happy Days": a sitcom set in Milwaukee may be called so
        "Happy Days is a Milwaukee sitcom.",
        "Milwaukee's Happy Days aired on ABC.",
        # an album "sung" by its performer: loosely said
        "Queen sang A Night at the Opera.",
        "A Night at the Opera is sung by Queen.",
        "Elton John sang Honky Chateau.",
        # "An ingredient of X is A and B": each is one (the grammar says one ingredient)
        "An ingredient of Negroni is gin and Campari.",
        # a product "unveiled" in its year: a chocolate bar, a dessert may be; a cheese hardly
        "Stilton was unveiled in 1730.",
        "Toblerone was unveiled in 1908.",
        "Peach Melba was unveiled in 1892.",
        # a camera or a car as a "device": a camera is one, a car hardly
        "The Leica M3 is a Leica device.",
        "The Ford Mustang is a Ford device.",
        "The Volkswagen Beetle device was unveiled in Berlin.",
    }
)

CONTROLS = r"""
@songs
Bohemian Rhapsody is sung by Queen.
Queen recorded Bohemian Rhapsody.
Bohemian Rhapsody was recorded by Queen.
Bohemian Rhapsody by Queen came out in 1975.
Queen's Bohemian Rhapsody came out in 1975.
Jeff Buckley sang Hallelujah.
Grace was recorded by Jeff Buckley.
Bohemian Rhapsody is on A Night at the Opera.
Hallelujah is from Grace.
Bohemian Rhapsody was performed at Live Aid.
Bohemian Rhapsody was sung at Live Aid.
Je t'aime moi non plus is a song banned in Italy.
Jane Birkin sang Je t'aime moi non plus.
Rihanna performed Umbrella at the 50th Grammy Awards.
@studio
Abbey Road was recorded at Abbey Road Studios.
Apple Records has its headquarters in London.
Apple Records' headquarters are in London.
The headquarters of Apple Records are in London.
Abbey Road is performed by the Beatles.
@places
Lascaux is in France.
Lascaux is located in France.
Lascaux is a French cave.
France's Lascaux was discovered by Marcel Ravidat.
Altamira is a Spanish cave.
Lascaux and Chauvet Cave are French caves.
Podemos is a Spanish political party.
Podemos is a Spanish party.
Plaid Cymru is a Welsh political party.
Rolex is headquartered in Geneva.
Rolex is based in Geneva.
Rolex's headquarters are in Geneva.
The headquarters of Rolex are in Geneva.
The Rolex headquarters are in Geneva.
Rolex's head office is in Geneva.
Rolex's main factory is in Biel.
The Rolex main factory is in Biel.
The main factory of Rolex is in Biel.
Rolex was founded in London. Its headquarters are in Geneva.
Podemos has been around since 2014.
Rolex has existed since 1905.
Rolex, founded in London, has been around since 1905.
@food
An ingredient of Negroni is gin.
An ingredient in Negroni is gin.
An ingredient of Caesar salad is eggs.
A creator of Negroni is Fosco Scarselli.
Cherry Ripe has been around since 1924.
Cherry Ripe, a chocolate bar from Melbourne, has been around since 1924.
The Bellini, a cocktail from Venice, has been around since 1948.
The Negroni is a cocktail popular in the United States.
@tech
The iPhone debuted in San Francisco.
The iPhone made its debut in San Francisco.
The iPhone was first shown in San Francisco.
The iPhone first appeared in San Francisco.
Steve Jobs presented the iPhone.
Steve Jobs introduced the iPhone.
Steve Jobs showed off the iPhone.
The iPhone 3G replaced the iPhone.
The Leica M2 replaced the Leica M3.
The iPhone was announced in 2007.
The Ford Mustang was announced in 1964.
The Nokia N95 is a Nokia handset.
The handset iPhone was unveiled in San Francisco.
The Galaxy S handset was unveiled in Singapore.
Steve Jobs unveiled the iPhone in 2007.
The iPhone is a phone assembled in China.
The iPhone, announced in 2007, runs iOS.
@media
Frasier was spun off from Cheers.
Frasier grew out of Cheers.
In the Loop grew out of The Thick of It.
Frasier went out on NBC.
The Thick of It went out on BBC Four.
The show Frasier aired on NBC.
The programme Fawlty Towers aired on BBC Two.
The Cheers show aired on NBC.
The character Superman first appeared in Action Comics.
The comic Superman first appeared in Action Comics.
Superman is a Jerry Siegel character.
Samuel Johnson put together A Dictionary of the English Language.
A Dictionary of the English Language was the work of Samuel Johnson.
Henry Yule's Hobson-Jobson came out in 1886.
Hobson-Jobson is a Henry Yule book.
Hobson-Jobson first came out in London.
Hobson-Jobson first appeared in London.
Hobson-Jobson came out in 1886.
Encyclopaedia Britannica was published in 1768.
A Dictionary of the English Language documents English.
Frasier has existed since 1993.
In Bruges is a film set in Belgium.
A spin-off of Happy Days is Mork & Mindy.
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
    seen = set()
    for key, user, text in cases():
        if (key, user, text) in seen:
            raise SystemExit(f"duplicate text: {text}")
        seen.add((key, user, text))
        ok, reason = check(key, text, user)
        if text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
            continue
        if text in OPEN:
            print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}{' ' + user if user else ''}] {text}")
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
