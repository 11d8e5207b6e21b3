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
def _u(*ids):
    return [E(u, kind="user", type="user", label=u) for u in ids]

def devices():
    items = {"d:iphone": ("device", "iPhone", 2007), "d:xps": ("device", "XPS 13", 2015),
             "d:lumia": ("device", "Lumia 920", 2012), "d:zune": ("device", "Zune", 2006),
             "d:box": ("device", "Connect Box", 2016), "d:pixel": ("device", "Pixel 7", 2022),
             "d:phone1": ("device", "Phone (1)", 2022), "d:kindle": ("device", "Kindle", 2007),
             "d:walkman": ("device", "Walkman", 1979), "d:echo": ("device", "Echo Dot", 2016)}
    others = {"c:apple": ("company", "Apple"), "c:dell": ("company", "Dell"), "c:nokia": ("company", "Nokia"),
              "c:ms": ("company", "Microsoft"), "c:sunrise": ("company", "Sunrise"), "c:google": ("company", "Google"),
              "c:nothing": ("company", "Nothing"), "c:amazon": ("company", "Amazon"), "c:sony": ("company", "Sony"),
              "c:universal": ("company", "Universal"), "c:oasis": ("brand", "Oasis"), "c:windows": ("brand", "Windows"),
              "k:chile": ("country", "Chile"), "k:chad": ("country", "Chad"), "k:turkey": ("country", "Turkey"),
              "k:jordan": ("country", "Jordan"), "k:china": ("country", "China"), "k:japan": ("country", "Japan"),
              "k:india": ("country", "India"), "k:georgia": ("country", "Georgia"),
              "t:nice": ("city", "Nice"), "t:reading": ("city", "Reading"), "t:mobile": ("city", "Mobile"),
              "t:bath": ("city", "Bath"), "t:cupertino": ("city", "Cupertino"), "t:espoo": ("city", "Espoo"),
              "t:redmond": ("city", "Redmond"), "t:zurich": ("city", "Zurich"), "t:london": ("city", "London"),
              "t:seattle": ("city", "Seattle"), "t:tokyo": ("city", "Tokyo"), "t:split": ("city", "Split")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("device",)),
            R("made_by", phrase="is made by", inverse_phrase="makes", domain=("device",), range=("company", "brand")),
            R("assembled_in", phrase="is assembled in", inverse_phrase="assembles", domain=("device",), range=("country",)),
            R("designed_in", phrase="was designed in", inverse_phrase="is where was designed", domain=("device",), range=("city",)),
            R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company", "brand"), range=("city", "country"))]
    t = [("d:iphone", "made_by", "c:apple"), ("d:xps", "made_by", "c:dell"), ("d:lumia", "made_by", "c:nokia"),
         ("d:zune", "made_by", "c:ms"), ("d:box", "made_by", "c:sunrise"), ("d:pixel", "made_by", "c:google"),
         ("d:phone1", "made_by", "c:nothing"), ("d:kindle", "made_by", "c:amazon"), ("d:walkman", "made_by", "c:sony"),
         ("d:echo", "made_by", "c:amazon"),
         ("d:iphone", "assembled_in", "k:china"), ("d:xps", "assembled_in", "k:china"), ("d:lumia", "assembled_in", "k:india"),
         ("d:zune", "assembled_in", "k:china"), ("d:box", "assembled_in", "k:turkey"), ("d:pixel", "assembled_in", "k:india"),
         ("d:phone1", "assembled_in", "k:india"), ("d:walkman", "assembled_in", "k:japan"), ("d:kindle", "assembled_in", "k:china"),
         ("d:iphone", "designed_in", "t:cupertino"), ("d:lumia", "designed_in", "t:espoo"), ("d:zune", "designed_in", "t:redmond"),
         ("d:box", "designed_in", "t:zurich"), ("d:phone1", "designed_in", "t:london"), ("d:kindle", "designed_in", "t:seattle"),
         ("d:walkman", "designed_in", "t:tokyo"), ("d:xps", "designed_in", "t:reading"), ("d:echo", "designed_in", "t:nice"),
         ("c:apple", "based_in", "t:cupertino"), ("c:nokia", "based_in", "t:espoo"), ("c:ms", "based_in", "t:redmond"),
         ("c:sunrise", "based_in", "t:zurich"), ("c:nothing", "based_in", "t:london"), ("c:amazon", "based_in", "t:seattle"),
         ("c:sony", "based_in", "t:tokyo"), ("c:oasis", "based_in", "t:bath"), ("c:universal", "based_in", "t:mobile"),
         ("u:a", "rated", "d:iphone", {"rating": 5.0}), ("u:a", "rated", "d:zune", {"rating": 1.0}),
         ("u:a", "rated", "d:lumia", {"rating": 4.5}), ("u:a", "rated", "d:pixel", {"rating": 2.0})]
    return _build(items, others, rels, t, _u("u:a"))

def musicals():
    items = {"m:chicago": ("musical", "Chicago", 1975), "m:cabaret": ("musical", "Cabaret", 1966),
             "m:wss": ("musical", "West Side Story", 1957), "m:gypsy": ("musical", "Gypsy", 1959),
             "m:sweeney": ("musical", "Sweeney Todd", 1979), "m:porgy": ("musical", "Porgy and Bess", 1935),
             "m:oklahoma": ("musical", "Oklahoma!", 1943), "m:hamilton": ("musical", "Hamilton", 2015),
             "m:mamma": ("musical", "Mamma Mia!", 1999), "m:rent": ("musical", "Rent", 1996),
             "m:jersey": ("musical", "Jersey Boys", 2005), "m:company": ("musical", "Company", 1970)}
    others = {"p:kander": ("person", "John Kander"), "p:ebb": ("person", "Fred Ebb"), "p:fosse": ("person", "Bob Fosse"),
              "p:prince": ("person", "Harold Prince"), "p:bernstein": ("person", "Leonard Bernstein"),
              "p:sondheim": ("person", "Stephen Sondheim"), "p:robbins": ("person", "Jerome Robbins"),
              "p:styne": ("person", "Jule Styne"), "p:gershwin": ("person", "George Gershwin"),
              "p:igershwin": ("person", "Ira Gershwin"), "p:mamoulian": ("person", "Rouben Mamoulian"),
              "p:rodgers": ("person", "Richard Rodgers"), "p:hammerstein": ("person", "Oscar Hammerstein"),
              "p:miranda": ("person", "Lin-Manuel Miranda"), "p:kail": ("person", "Thomas Kail"),
              "p:benny": ("person", "Benny Andersson"), "p:bjorn": ("person", "Björn Ulvaeus"),
              "p:lloyd": ("person", "Phyllida Lloyd"), "p:larson": ("person", "Jonathan Larson"),
              "p:greif": ("person", "Michael Greif"), "p:gaudio": ("person", "Bob Gaudio"),
              "p:crewe": ("person", "Bob Crewe"), "p:mcanuff": ("person", "Des McAnuff"),
              "p:grant": ("person", "Grant Park"), "p:rich": ("person", "Rich Young"), "p:hope": ("person", "Hope Summers"),
              "c:ny": ("city", "New York"), "c:london": ("city", "London"), "c:chicago": ("city", "Chicago"),
              "c:boston": ("city", "Boston"), "c:nh": ("city", "New Haven"), "c:philly": ("city", "Philadelphia"),
              "c:la": ("city", "La Jolla"), "c:bath": ("city", "Bath"), "c:reading": ("city", "Reading")}
    M = ("musical",)
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=M),
            R("music_by", phrase="has music by", inverse_phrase="wrote the music for", domain=M, range=("person",)),
            R("lyrics_by", phrase="has lyrics by", inverse_phrase="wrote the lyrics for", domain=M, range=("person",)),
            R("songs_by", phrase="has songs by", inverse_phrase="wrote the songs for", domain=M, range=("person",)),
            R("directed_by", phrase="was originally directed by", inverse_phrase="originally directed", domain=M, range=("person",)),
            R("opened_in", phrase="opened in", inverse_phrase="hosted the opening of", domain=M, range=("city",))]
    t = [("m:chicago", "music_by", "p:kander"), ("m:chicago", "lyrics_by", "p:ebb"), ("m:chicago", "directed_by", "p:fosse"),
         ("m:chicago", "opened_in", "c:ny"),
         ("m:cabaret", "music_by", "p:kander"), ("m:cabaret", "lyrics_by", "p:ebb"), ("m:cabaret", "directed_by", "p:prince"),
         ("m:cabaret", "opened_in", "c:ny"),
         ("m:wss", "music_by", "p:bernstein"), ("m:wss", "lyrics_by", "p:sondheim"), ("m:wss", "directed_by", "p:robbins"),
         ("m:wss", "opened_in", "c:ny"),
         ("m:gypsy", "music_by", "p:styne"), ("m:gypsy", "lyrics_by", "p:sondheim"), ("m:gypsy", "directed_by", "p:robbins"),
         ("m:gypsy", "opened_in", "c:philly"),
         ("m:sweeney", "music_by", "p:sondheim"), ("m:sweeney", "lyrics_by", "p:sondheim"), ("m:sweeney", "directed_by", "p:prince"),
         ("m:sweeney", "opened_in", "c:ny"),
         ("m:porgy", "music_by", "p:gershwin"), ("m:porgy", "lyrics_by", "p:igershwin"), ("m:porgy", "directed_by", "p:mamoulian"),
         ("m:porgy", "opened_in", "c:boston"),
         ("m:oklahoma", "music_by", "p:rodgers"), ("m:oklahoma", "lyrics_by", "p:hammerstein"), ("m:oklahoma", "directed_by", "p:mamoulian"),
         ("m:oklahoma", "opened_in", "c:nh"),
         ("m:hamilton", "music_by", "p:miranda"), ("m:hamilton", "lyrics_by", "p:miranda"), ("m:hamilton", "directed_by", "p:kail"),
         ("m:hamilton", "opened_in", "c:ny"),
         ("m:mamma", "songs_by", "p:benny"), ("m:mamma", "songs_by", "p:bjorn"), ("m:mamma", "directed_by", "p:lloyd"),
         ("m:mamma", "opened_in", "c:london"),
         ("m:rent", "music_by", "p:larson"), ("m:rent", "lyrics_by", "p:larson"), ("m:rent", "directed_by", "p:greif"),
         ("m:rent", "opened_in", "c:ny"),
         ("m:jersey", "songs_by", "p:gaudio"), ("m:jersey", "songs_by", "p:crewe"), ("m:jersey", "directed_by", "p:mcanuff"),
         ("m:jersey", "opened_in", "c:la"),
         ("m:company", "music_by", "p:sondheim"), ("m:company", "lyrics_by", "p:sondheim"), ("m:company", "directed_by", "p:prince"),
         ("m:company", "opened_in", "c:bath"),
         ("m:rent", "songs_by", "p:rich"), ("m:gypsy", "songs_by", "p:grant"), ("m:company", "songs_by", "p:hope"),
         ("u:a", "rated", "m:chicago", {"rating": 5.0}), ("u:a", "rated", "m:cabaret", {"rating": 2.0}),
         ("u:a", "rated", "m:rent", {"rating": 4.5}), ("u:a", "rated", "m:gypsy", {"rating": 1.0})]
    return _build(items, others, rels, t, _u("u:a"))

def comics():
    items = {"c:watchmen": ("comic", "Watchmen", 1986), "c:joke": ("comic", "The Killing Joke", 1988),
             "c:vendetta": ("comic", "V for Vendetta", 1988), "c:dkr": ("comic", "The Dark Knight Returns", 1986),
             "c:maus": ("comic", "Maus", 1980), "c:saga": ("comic", "Saga", 2012), "c:sandman": ("comic", "The Sandman", 1989),
             "c:preacher": ("comic", "Preacher", 1995), "c:hellboy": ("comic", "Hellboy", 1994),
             "c:persepolis": ("comic", "Persepolis", 2000)}
    others = {"p:moore": ("person", "Alan Moore"), "p:gibbons": ("person", "Dave Gibbons"), "p:higgins": ("person", "John Higgins"),
              "p:bolland": ("person", "Brian Bolland"), "p:lloyd": ("person", "David Lloyd"), "p:miller": ("person", "Frank Miller"),
              "p:varley": ("person", "Lynn Varley"), "p:spiegelman": ("person", "Art Spiegelman"),
              "p:vaughan": ("person", "Brian K. Vaughan"), "p:staples": ("person", "Fiona Staples"),
              "p:gaiman": ("person", "Neil Gaiman"), "p:kieth": ("person", "Sam Kieth"), "p:ennis": ("person", "Garth Ennis"),
              "p:dillon": ("person", "Steve Dillon"), "p:hollingsworth": ("person", "Matt Hollingsworth"),
              "p:mignola": ("person", "Mike Mignola"), "p:satrapi": ("person", "Marjane Satrapi"),
              "p:whitewater": ("person", "Robin Hood"),
              "b:dc": ("publisher", "DC Comics"), "b:marvel": ("publisher", "Marvel"), "b:image": ("publisher", "Image"),
              "b:pantheon": ("publisher", "Pantheon"), "b:vertigo": ("publisher", "Vertigo"), "b:dh": ("publisher", "Dark Horse"),
              "b:assoc": ("publisher", "L'Association")}
    C = ("comic",)
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=C),
            R("written_by", phrase="was written by", inverse_phrase="wrote", domain=C, range=("person",)),
            R("drawn_by", phrase="was drawn by", inverse_phrase="drew", domain=C, range=("person",)),
            R("colored_by", phrase="was colored by", inverse_phrase="colored", domain=C, range=("person",)),
            R("published_by", phrase="was published by", inverse_phrase="published", domain=C, range=("publisher",))]
    t = [("c:watchmen", "written_by", "p:moore"), ("c:watchmen", "drawn_by", "p:gibbons"), ("c:watchmen", "colored_by", "p:higgins"),
         ("c:watchmen", "published_by", "b:dc"),
         ("c:joke", "written_by", "p:moore"), ("c:joke", "drawn_by", "p:bolland"), ("c:joke", "colored_by", "p:higgins"),
         ("c:joke", "published_by", "b:dc"),
         ("c:vendetta", "written_by", "p:moore"), ("c:vendetta", "drawn_by", "p:lloyd"), ("c:vendetta", "published_by", "b:vertigo"),
         ("c:dkr", "written_by", "p:miller"), ("c:dkr", "drawn_by", "p:miller"), ("c:dkr", "colored_by", "p:varley"),
         ("c:dkr", "published_by", "b:dc"),
         ("c:maus", "written_by", "p:spiegelman"), ("c:maus", "drawn_by", "p:spiegelman"), ("c:maus", "published_by", "b:pantheon"),
         ("c:saga", "written_by", "p:vaughan"), ("c:saga", "drawn_by", "p:staples"), ("c:saga", "colored_by", "p:staples"),
         ("c:saga", "published_by", "b:image"),
         ("c:sandman", "written_by", "p:gaiman"), ("c:sandman", "drawn_by", "p:kieth"), ("c:sandman", "published_by", "b:vertigo"),
         ("c:preacher", "written_by", "p:ennis"), ("c:preacher", "drawn_by", "p:dillon"), ("c:preacher", "colored_by", "p:hollingsworth"),
         ("c:preacher", "published_by", "b:vertigo"),
         ("c:hellboy", "written_by", "p:mignola"), ("c:hellboy", "drawn_by", "p:mignola"), ("c:hellboy", "published_by", "b:dh"),
         ("c:persepolis", "written_by", "p:satrapi"), ("c:persepolis", "drawn_by", "p:satrapi"), ("c:persepolis", "published_by", "b:assoc"),
         ("c:saga", "drawn_by", "p:whitewater"),
         ("u:a", "rated", "c:watchmen", {"rating": 5.0}), ("u:a", "rated", "c:saga", {"rating": 1.5}),
         ("u:a", "rated", "c:maus", {"rating": 4.0})]
    return _build(items, others, rels, t, _u("u:a"))

def anime():
    items = {"a:bebop": ("series", "Cowboy Bebop", 1998), "a:fma": ("series", "Fullmetal Alchemist: Brotherhood", 2009),
             "a:jjk": ("series", "Jujutsu Kaisen", 2020), "a:mob": ("series", "Mob Psycho 100", 2016),
             "a:kill": ("series", "Kill la Kill", 2013), "a:gundam": ("series", "Mobile Suit Gundam", 1979),
             "a:monogatari": ("series", "Bakemonogatari", 2009), "a:death": ("series", "Death Note", 2006)}
    others = {"s:sunrise": ("studio", "Sunrise"), "s:bones": ("studio", "Bones"), "s:mappa": ("studio", "MAPPA"),
              "s:trigger": ("studio", "Trigger"), "s:shaft": ("studio", "Shaft"), "s:madhouse": ("studio", "Madhouse"),
              "n:tokyo": ("network", "Tokyo MX"), "n:mbs": ("network", "MBS"), "n:nagoya": ("network", "Nagoya TV"),
              "n:fuji": ("network", "Fuji TV"), "n:nippon": ("network", "Nippon TV"), "n:tv": ("network", "TV Tokyo"),
              "p:watanabe": ("person", "Shinichirō Watanabe"), "p:irie": ("person", "Yasuhiro Irie"),
              "p:park": ("person", "Sunghoo Park"), "p:tachikawa": ("person", "Yuzuru Tachikawa"),
              "p:imaishi": ("person", "Hiroyuki Imaishi"), "p:tomino": ("person", "Yoshiyuki Tomino"),
              "p:shinbo": ("person", "Akiyuki Shinbo"), "p:araki": ("person", "Tetsurō Araki")}
    S = ("series",)
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=S),
            R("animated_by", phrase="was animated by", inverse_phrase="animated", domain=S, range=("studio",)),
            R("aired_on", phrase="aired on", inverse_phrase="broadcast", domain=S, range=("network",)),
            R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=S, range=("person",))]
    t = [("a:bebop", "animated_by", "s:sunrise"), ("a:fma", "animated_by", "s:bones"), ("a:jjk", "animated_by", "s:mappa"),
         ("a:mob", "animated_by", "s:bones"), ("a:kill", "animated_by", "s:trigger"), ("a:gundam", "animated_by", "s:sunrise"),
         ("a:monogatari", "animated_by", "s:shaft"), ("a:death", "animated_by", "s:madhouse"),
         ("a:bebop", "aired_on", "n:tv"), ("a:fma", "aired_on", "n:mbs"), ("a:jjk", "aired_on", "n:mbs"),
         ("a:mob", "aired_on", "n:tokyo"), ("a:kill", "aired_on", "n:mbs"), ("a:gundam", "aired_on", "n:nagoya"),
         ("a:monogatari", "aired_on", "n:tokyo"), ("a:death", "aired_on", "n:nippon"),
         ("a:bebop", "directed_by", "p:watanabe"), ("a:fma", "directed_by", "p:irie"), ("a:jjk", "directed_by", "p:park"),
         ("a:mob", "directed_by", "p:tachikawa"), ("a:kill", "directed_by", "p:imaishi"), ("a:gundam", "directed_by", "p:tomino"),
         ("a:monogatari", "directed_by", "p:shinbo"), ("a:death", "directed_by", "p:araki"),
         ("u:a", "rated", "a:bebop", {"rating": 5.0}), ("u:a", "rated", "a:death", {"rating": 2.0})]
    return _build(items, others, rels, t, _u("u:a"))

BUILDERS = {"devices": devices, "musicals": musicals, "comics": comics, "anime": anime,
            "movies": kgx.KnowledgeGraph.example}
_CACHE = {}
def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason
# "@GRAPH [user]" starts a block; every line below is FALSE on that graph.
TEXTS = r"""
@devices
The Zune is made by apple.
The Kindle is made by apple.
The XPS 13 is made by nokia.
The Connect Box is made by universal.
The Walkman is made by sunrise.
The Pixel 7 is made by amazon.
The iPhone is made by oasis.
The Zune is made by windows.
The Phone (1) is made by sony.
The iPhone is made by apple growers.
The Zune is made by apple fans in Redmond.
The Echo Dot was designed in nice weather.
The XPS 13 was designed in reading rooms.
The XPS 13 was designed in reading glasses.
The iPhone was designed in mobile.
The Zune was designed in bath.
The Walkman was designed in split seconds.
The Kindle was designed in reading.
The Phone (1) was designed in reading.
The Connect Box was designed in nice.
The iPhone is assembled in chile.
The Lumia 920 is assembled in chad.
The Walkman is assembled in china.
The Connect Box is assembled in jordan.
The Kindle is assembled in india.
The Zune is assembled in japan.
The Connect Box is assembled in turkey sandwiches.
The Pixel 7 is assembled in india ink.
The Walkman is assembled in japan by sony.
apple is based in redmond.
sunrise is based in reading.
Sunrise is based in bath.
universal is based in bath.
Oasis is based in mobile.
oasis is based in split.
nokia is based in turkey.
microsoft is based in seattle.
Amazon is based in redmond.
Sony is based in zurich.
Dell is based in reading.
Windows is based in redmond.
The Zune is not made by microsoft.
The iPhone isn't made by apple.
The Echo Dot was not designed in nice.
The XPS 13 wasn't designed in reading.
Apple is not based in cupertino.
The Kindle is not assembled in china.
The Connect Box isn't made by sunrise.
The Kindle may be made by apple.
The XPS 13 is likely made by nokia.
The Lumia 920 was reportedly designed in reading.
Apple makes the Zune.
apple makes the Kindle.
Sunrise makes the Walkman.
universal makes the Walkman.
Amazon makes the Pixel 7.
nice is where the Zune was designed.
Chile assembles the iPhone.
turkey assembles the Walkman.
china assembles the Walkman.
The Kindle, made by sunrise, sold well.
Made by apple, the Zune was a flop.
Designed in nice, the Walkman was a hit.
The iPhone was made by apple and designed in nice.
The XPS 13 was made by dell and designed in bath.
The Lumia 920 was made by nokia and assembled in turkey.
The iPhone and the Kindle are made by apple.
The Echo Dot and the Kindle were designed in nice.
The XPS 13 and the Echo Dot were designed in reading.
You loved the Kindle, designed in nice.
You rated the Zune highly; it is made by apple.
You loved the Pixel 7, made by google.
The Zune was made by apple in 2006.
The iPhone was made by apple in 2010.
The Walkman came out in 1979 with sony.
The Zune was released in 2006 with microsoft.
The iPhone was released in 2008 with apple.
The Kindle came out in 2007 with amazon and apple.
The Zune was released in 2006 with windows.
The Echo Dot launched in 2016 with nice.
@devices u:a
You loved the Zune.
You loved the Lumia 920, designed in reading.
You loved the Pixel 7, made by google.
You rated the Zune in 2006 with apple.
You rated the Pixel 7 in 2022 with google.
@musicals
Chicago has music by fred ebb.
Chicago has lyrics by john kander.
West Side Story has music by stephen sondheim.
Gypsy has music by leonard bernstein.
Oklahoma! has music by oscar hammerstein.
Porgy and Bess has music by ira gershwin.
Hamilton has music by thomas kail.
Rent has lyrics by michael greif.
Cabaret has lyrics by bob fosse.
Lyrics by john kander.
Chicago, with lyrics by john kander, opened in New York.
Cabaret was originally directed by bob fosse.
Chicago was originally directed by harold prince.
Oklahoma! was originally directed by jerome robbins.
West Side Story was directed by rouben mamoulian.
Gypsy was directed by bob fosse.
Hamilton was directed by lin-manuel miranda.
Mamma Mia! was directed by benny andersson.
Jersey Boys was directed by bob gaudio.
Chicago opened in chicago.
Cabaret opened in boston.
Gypsy opened in new york.
Mamma Mia! opened in new york.
Oklahoma! opened in boston.
Porgy and Bess opened in new haven.
Company opened in new york.
Rent opened in bath.
Hamilton opened in reading.
Sweeney Todd opened in bath.
Rent opened in reading rooms across the city.
Company opened in bath and london.
Gypsy has songs by rich young.
Rent has songs by hope summers.
Rent has songs by rich young composers.
Gypsy has songs by grant park musicians.
Company has songs by hope.
Gypsy has songs by grant park and jule styne.
Jersey Boys has songs by bob crewe and rich young.
Rent has songs by rich young and hope summers.
Chicago does not have music by john kander.
Chicago doesn't have lyrics by fred ebb.
Chicago was not directed by bob fosse.
Hamilton did not open in new york.
Company didn't open in bath.
Cabaret probably has music by stephen sondheim.
Chicago likely has lyrics by john kander.
Chicago's lyrics are by John Kander.
Cabaret's lyrics are by John Kander.
Cabaret's lyrics were by Harold Prince.
West Side Story's lyrics are by Leonard Bernstein.
Porgy and Bess's lyrics are by George Gershwin.
Oklahoma!'s lyrics are by Richard Rodgers.
Its lyrics were by Fred Ebb.
Chicago's lyrics are by fred ebb and john kander.
Cabaret's lyrics are by Fred Ebb and John Kander.
The songs come from Benny Andersson.
Jersey Boys' songs come from Benny Andersson.
Jersey Boys' songs come from Björn Ulvaeus.
Mamma Mia!'s songs come from Phyllida Lloyd.
Cabaret's songs come from Fred Ebb.
West Side Story's songs came from Leonard Bernstein.
Hamilton's songs come from Lin-Manuel Miranda.
Gypsy's songs come from Jule Styne.
Chicago's songs are by John Kander and Fred Ebb.
Mamma Mia!'s songs come from Sweden.
Chicago's lyrics come from New York.
Jersey Boys' songs come from La Jolla.
Mamma Mia!'s songs are by Phyllida Lloyd.
Rent's songs are by Michael Greif.
Cabaret's songs were by Harold Prince.
Chicago's lyrics are by far the best of Fred Ebb's work.
Hamilton's lyrics are by Thomas Kail.
Rent's lyrics were by Michael Greif.
The lyrics are by Fred Ebb.
The music and lyrics are by Fred Ebb.
Chicago's music and lyrics are by Fred Ebb.
Cabaret's music and lyrics were by John Kander.
Chicago's lyrics are not by Fred Ebb.
Cabaret's lyrics aren't by Fred Ebb.
Chicago was first directed by Harold Prince.
Chicago was directed by Harold Prince.
Chicago was last directed by Bob Fosse.
Chicago was most recently directed by Bob Fosse.
Chicago was recently directed by Bob Fosse.
The 1996 revival of Chicago was directed by Bob Fosse.
Chicago's 1996 revival was directed by Bob Fosse.
Chicago was directed by Bob Fosse in 1996.
Chicago was directed by Bob Fosse in London.
Chicago was again directed by Bob Fosse.
Chicago was newly directed by Bob Fosse.
Chicago was finally directed by Bob Fosse.
Chicago was directed by Bob Fosse for film.
Chicago was never directed by Bob Fosse.
Chicago was directed by Bob Fosse twice.
Chicago was directed twice by Bob Fosse.
Chicago was first composed by John Kander.
Chicago was originally written by Bob Fosse.
Chicago was first written by John Kander.
Chicago first opened in London.
Chicago originally opened in Chicago.
Chicago was first staged in London.
Bob Fosse first directed Cabaret.
Harold Prince originally directed Chicago.
Harold Prince directed Chicago.
Jerome Robbins directed Oklahoma!.
Bob Fosse last directed Chicago.
Bob Fosse was the first to direct Cabaret.
Cabaret was originally directed by Harold Prince in London.
Gypsy was first directed by Jerome Robbins in 1974.
Sweeney Todd was directed by Harold Prince in 2005.
Chicago arrived in 1975 with music and lyrics by Fred Ebb.
Chicago opened in 1975 with music by Fred Ebb.
Chicago opened in 1975 with lyrics by John Kander.
Hamilton arrived in 2015 with music and lyrics by Thomas Kail.
Rent premiered in 1996 with music by Michael Greif.
Rent premiered in 1996 with music and lyrics by Jonathan Larson and Michael Greif.
Cabaret premiered in 1966 with Harold Prince.
Mamma Mia! premiered in 1999 with songs by Bob Gaudio.
Jersey Boys opened in 2005 with songs by Benny Andersson.
Cabaret opened in 1975 with music by John Kander.
Gypsy opened in 1959 with music by Stephen Sondheim.
West Side Story opened in 1957 with lyrics by Leonard Bernstein.
Hamilton debuted in 2015 with lyrics by Thomas Kail.
Oklahoma! opened in 1943 with music by Oscar Hammerstein.
Oklahoma! opened in 1943 with music by Richard Rodgers and lyrics by Richard Rodgers.
Chicago opened in 1975 with music by John Kander in London.
Chicago opened in New York in 1975 with music by Fred Ebb.
Chicago opened in 1975 with Fred Ebb's music.
Chicago opened in 1975 with john kander's lyrics.
Chicago opened in 1975 with lyrics by john kander.
Company opened in 1970 with music by hope summers.
Chicago and Cabaret both premiered in 1966 with music by John Kander.
Chicago opened in 1975 with music by John Kander and was directed by Harold Prince.
Fred Ebb penned the music for Chicago.
Bob Fosse penned Chicago.
Chicago was penned by Bob Fosse.
Chicago was scripted by Bob Fosse.
Chicago comes from lyricist John Kander.
Chicago comes from director Harold Prince.
Chicago came from writer Bob Fosse.
Chicago came from lyricist John Kander and composer Fred Ebb.
@musicals u:a
You loved Chicago, which opened in 1975 with music by Fred Ebb.
You rated Chicago in 1975 with music by John Kander.
You loved Chicago; its lyrics are by John Kander.
You loved Rent, whose songs come from Michael Greif.
You loved Chicago, first directed by Harold Prince.
You loved Cabaret, with lyrics by john kander.
You loved Rent, with songs by rich young and hope summers.
You loved Gypsy, with songs by grant park.
@comics
Watchmen was scripted by Dave Gibbons.
Dave Gibbons penned Watchmen.
Dave Gibbons scripted Watchmen.
Watchmen was penned by John Higgins.
The Killing Joke was scripted by Brian Bolland.
Brian Bolland penned The Killing Joke.
Saga was scripted by Fiona Staples.
Fiona Staples penned Saga.
The Sandman was penned by Sam Kieth.
Steve Dillon penned Preacher.
The Dark Knight Returns was penned by Lynn Varley.
Lynn Varley scripted The Dark Knight Returns.
Persepolis was scripted by Art Spiegelman.
Hellboy was penned by Frank Miller.
Watchmen was penned by Alan Moore and Dave Gibbons.
Watchmen was penned by Dave Gibbons and drawn by Alan Moore.
The Killing Joke was penned by Alan Moore and scripted by Brian Bolland.
Watchmen comes from artist Alan Moore.
Watchmen comes from writer Alan Moore and artist John Higgins.
Watchmen comes from writer Dave Gibbons and artist Alan Moore.
Watchmen comes from colorist Dave Gibbons.
Watchmen came from artist John Higgins.
The Killing Joke comes from artist Alan Moore.
The Killing Joke comes from colorist Brian Bolland.
V for Vendetta comes from artist Alan Moore.
V for Vendetta comes from writer David Lloyd.
Saga comes from artist Brian K. Vaughan.
Saga comes from colourist Brian K. Vaughan.
The Sandman comes from artist Neil Gaiman.
Preacher comes from artist Garth Ennis.
Preacher came from writer Steve Dillon.
Hellboy comes from writer Frank Miller.
Maus comes from artist Marjane Satrapi.
Watchmen is from artist Alan Moore.
Watchmen, from writer Dave Gibbons, is a classic.
From artist Alan Moore, Watchmen is a classic.
Saga comes from publisher DC Comics.
Watchmen comes from publisher vertigo.
Watchmen comes from inker Dave Gibbons.
Watchmen comes from writer Alan Moore and illustrator John Higgins.
Watchmen comes from writer Alan Moore, artist Dave Gibbons and colorist Brian Bolland.
Watchmen is far from writer Alan Moore's best.
The Dark Knight Returns borrows from writer Alan Moore.
Saga borrows heavily from artist Dave Gibbons.
Watchmen was colored by Dave Gibbons.
Saga was drawn by brian k. vaughan.
The Killing Joke was drawn by alan moore.
Watchmen was drawn by john higgins.
Watchmen was written by dave gibbons.
Saga was written by fiona staples.
The Sandman was written by sam kieth.
Saga was published by vertigo.
Maus was published by image.
Watchmen was published by marvel.
Hellboy was published by vertigo.
Persepolis was published by pantheon.
Hellboy was published by the dark horse of the industry.
Saga was published by image-conscious editors.
Maus was published by pantheon of gods.
Saga was written by robin hood.
Saga was drawn by a robin hood fan.
Saga was drawn by robin hood and brian k. vaughan.
Watchmen was not written by alan moore.
Saga was not published by image.
Watchmen was not penned by Alan Moore.
Watchmen wasn't scripted by Alan Moore.
Watchmen probably comes from artist Alan Moore.
Watchmen may have been penned by Dave Gibbons.
Watchmen was first published by marvel.
Watchmen was first drawn by John Higgins.
Watchmen was originally drawn by Alan Moore.
Watchmen was published in 1986 with art by Alan Moore.
Watchmen came out in 1986 with art by John Higgins.
Saga came out in 2012 with art by Brian K. Vaughan.
The Killing Joke was released in 1988 with art by Dave Gibbons.
Watchmen came out in 1986 with Alan Moore and Frank Miller.
Maus came out in 1980 with Marjane Satrapi.
Saga launched in 2012 with Neil Gaiman.
Watchmen arrived in 1986 with Dave Gibbons's script.
@comics u:a
You loved Watchmen, penned by Dave Gibbons.
You loved Watchmen, which comes from artist Alan Moore.
You read Watchmen in 1986 with Alan Moore.
You loved Watchmen, published by marvel.
@movies
Alien was released in 1979 with music by John Williams.
Alien was released in 1979 with Sigourney Weaver.
Alien was released in 1979 with Ridley Scott.
Alien was released in 1979 with Jerry Goldsmith.
Alien was released in 1980 with music by Jerry Goldsmith.
Alien came out in 1979 with a score by Bernard Herrmann.
Alien came out in 1979 with cinematography by Jerry Goldsmith.
Alien arrived in 1979 with music and lyrics by Jerry Goldsmith.
Alien premiered in 1979 with Tom Skerritt.
Seven came out in 1995 with Brad Pitt and Kevin Spacey.
Seven came out in 1995 with Brad Pitt and David Fincher.
Seven came out in 1995 with Morgan Freeman and Howard Shore.
Seven came out in 1996 with Brad Pitt and Morgan Freeman.
Seven came out in 1995 with Brad Pitt and Morgan Freeman, directed by Ridley Scott.
Seven was released in 1995 with Brad Pitt, distributed by Warner Bros.
Seven was released in 1995 with Warner Bros.
Heat came out in 1995 with Al Pacino and Tom Cruise.
Heat came out in 1995 with Michael Mann.
Heat came out in 1995 with Art Linson.
Heat premiered in 1995 with music by Hans Zimmer.
Heat was released in 1995 with Robert De Niro, Al Pacino and Brad Pitt.
Heat was released in 1996 with Robert De Niro.
Titanic was released in 1997 with Kate Winslet and James Horner.
Titanic was released in 1997 with Barbara Stanwyck.
Titanic was released in 1953 with Kate Winslet.
Titanic came out in 1953 with music by James Horner.
Jaws was released in 1975 with Steven Spielberg.
Jaws was released in 1975 with music by Bernard Herrmann.
Jaws came out in 1975 with Peter Benchley.
Jaws came out in 1974 with Roy Scheider.
Jaws came out in 1975 with Universal Studios.
Psycho was released in 1998 with music by Jerry Goldsmith.
Psycho came out in 1960 with Vince Vaughn.
Psycho came out in 1960 with Anne Heche.
Rocky came out in 1976 with Sylvester Stallone.
Rocky came out in 1976 with music by John Williams.
Rocky came out in 1976 with Talia Shire and Robert De Niro.
The Matrix came out in 1999 with music by Hans Zimmer.
The Matrix came out in 1999 with Joel Silver.
The Matrix arrived in 1998 with Hugo Weaving.
Goodfellas came out in 1990 with Martin Scorsese.
Goodfellas came out in 1990 with music by Howard Shore.
Casablanca came out in 1942 with Humphrey Bogart.
Casablanca premiered in 1942 with Michael Curtiz.
Amadeus came out in 1984 with Tom Hulce and Mozart.
Amadeus came out in 1984 with Saul Zaentz.
Ridley Scott came out in 1979 with Alien.
Jerry Goldsmith was released in 1979 with Alien.
Alien and Jaws came out in 1979 with music by Jerry Goldsmith.
Alien was released in 1979 with music by Jerry Goldsmith and John Williams.
Alien was released in 1979 with music by Jerry Goldsmith, starring Brad Pitt.
Alien, released in 1979 with music by John Williams, is a classic.
Alien was released in 1979 without music by Jerry Goldsmith.
Alien was not released in 1979 with music by Jerry Goldsmith.
Alien was released in 1979 with no music by Jerry Goldsmith.
Alien was released in 1979 with Jerry Goldsmith's music removed.
Alien was released in 1979 with Dan O'Bannon's script rewritten by Ridley Scott.
Alien was released in 1979 with help from Steven Spielberg.
Alien was released in 1979 with Jerry Goldsmith fired.
Alien was released in 1979 with Ridley Scott's blessing.
Seven came out in 1995 with Brad Pitt absent.
Alien was released in 1979 with Jaws.
Seven came out in 1995 with Heat.
Seven came out in 1995 with Heat and Casino.
Alien was scripted by Jerry Goldsmith.
Ridley Scott penned Alien.
Jerry Goldsmith scripted Alien.
Seven comes from director Andrew Kevin Walker.
Heat comes from composer Michael Mann.
Alien comes from writer Ridley Scott.
The Matrix was originally directed by Joel Silver.
Psycho was first directed by Gus Van Sant.
Psycho was originally directed by Gus Van Sant.
Titanic was originally directed by Jean Negulesco in 1997.
Alien was released in 1979 with music by john williams.
Seven came out in 1995 with brad pitt and kevin spacey.
Heat was distributed by 20th century fox.
Seven was distributed by universal studios.
Jaws was distributed by paramount pictures.
Casablanca was distributed by mgm.
@movies user:1
You loved Alien, released in 1979 with music by John Williams.
You rated Alien in 1979 with music by Jerry Goldsmith.
You saw Alien in 2000 with music by Jerry Goldsmith.
You loved Psycho, released in 1960 with music by Jerry Goldsmith.
You loved Psycho.
You loved The Matrix, which arrived in 1999 with Will Smith.
You enjoyed Rocky, released in 1976 with Sylvester Stallone.
You loved Goodfellas, which came out in 1990 with Al Pacino.
@movies user:4
You loved The Matrix, which came out in 1999 with Keanu Reeves.
You loved Casablanca, released in 1942 with Humphrey Bogart.
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
        yield key, user, line


def main():
    n = acc = 0
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key} {user or '-'}] {text}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
