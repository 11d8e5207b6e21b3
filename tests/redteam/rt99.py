# ruff: noqa: E741, E402, E702, F811
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 99: false texts for kgexplain's ConsistencyChecker (readings of 186e687 / eff7cd8).
Every text below is FALSE on its graph; prints each accepted one, then `accepted N of M`."""

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

E = kgx.Entity
R = kgx.Relation


def build(items, others, rels, triples):
    ents = [E("user:kim", kind="user", label="Kim")]
    ents += [E(i, kind="item", type=t, label=l, attrs={"year": y} if y else {}) for i, (t, l, y) in items.items()]
    ents += [E(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def movies():
    return kgx.KnowledgeGraph.example()


def settings():
    # the graph of test_settings_parks_and_turning_up, plus an author and a place of writing
    rels = [R("set_in", phrase="is set in", inverse_phrase="is the setting of"),
            R("near_town", phrase="is near the town of", inverse_phrase="is a gateway town for"),
            R("located_in", phrase="is located in", inverse_phrase="contains"),
            R("written_in", phrase="was written in", inverse_phrase="is where the author wrote"),
            R("written_by", phrase="was written by", inverse_phrase="wrote")]
    items = {"n:wind": ("novel", "The Shadow of the Wind", 2001), "n:veg": ("novel", "The Vegetarian", 2007),
             "p:jasper": ("park", "Jasper National Park", 1907), "p:banff": ("park", "Banff National Park", 1885)}
    others = {"c:bcn": ("setting", "Barcelona"), "c:seoul": ("setting", "Seoul"), "c:madrid": ("city", "Madrid"),
              "t:hinton": ("town", "Hinton"), "t:canmore": ("town", "Canmore"), "r:ab": ("region", "Alberta"),
              "r:bc": ("region", "British Columbia"), "a:zafon": ("person", "Carlos Ruiz Zafón"),
              "a:han": ("person", "Han Kang")}
    tr = [("n:wind", "set_in", "c:bcn"), ("n:veg", "set_in", "c:seoul"), ("n:wind", "written_in", "c:madrid"),
          ("n:wind", "written_by", "a:zafon"), ("n:veg", "written_by", "a:han"),
          ("p:jasper", "near_town", "t:hinton"), ("p:jasper", "located_in", "r:ab"),
          ("p:banff", "near_town", "t:canmore"), ("p:banff", "located_in", "r:ab")]
    return build(items, others, rels, tr)


def parks():
    # a park "administered by", "borders", "is near the town of", with a visitor centre in a town
    rels = [R("admin", phrase="is administered by", inverse_phrase="administers"),
            R("near_town", phrase="is near the town of", inverse_phrase="is a gateway town for"),
            R("borders", phrase="borders", inverse_phrase="borders"),
            R("hq_in", phrase="has its headquarters in", inverse_phrase="hosts the headquarters of"),
            R("visited", phrase="visited", inverse_phrase="was visited by")]
    items = {"p:yose": ("park", "Yosemite", 1890), "p:yell": ("park", "Yellowstone", 1872),
             "p:kings": ("park", "Kings Canyon", 1940)}
    others = {"o:nps": ("agency", "National Park Service"), "o:usfs": ("agency", "Forest Service"),
              "t:mariposa": ("town", "Mariposa"), "t:gardiner": ("town", "Gardiner"),
              "t:fresno": ("town", "Fresno"), "t:bozeman": ("town", "Bozeman")}
    tr = [("p:yose", "admin", "o:nps"), ("p:yell", "admin", "o:nps"), ("p:kings", "admin", "o:nps"),
          ("p:yose", "near_town", "t:mariposa"), ("p:yell", "near_town", "t:gardiner"),
          ("p:kings", "borders", "p:yose"), ("p:yell", "hq_in", "t:bozeman"), ("p:kings", "hq_in", "t:fresno"),
          ("user:kim", "visited", "p:yose", {"rating": 5.0})]
    return build(items, others, rels, tr)


def bands():
    # a band "managed by", "is based in", "signed to"; albums "is by"
    rels = [R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("based_in", phrase="is based in", inverse_phrase="is home to"),
            R("signed_to", phrase="is signed to", inverse_phrase="signed"),
            R("by", phrase="is by", inverse_phrase="recorded"),
            R("likes", phrase="likes", inverse_phrase="is liked by")]
    items = {"b:mogwai": ("band", "Mogwai", 1995), "b:chvrches": ("band", "Chvrches", 2011),
             "a:hardcore": ("album", "Hardcore Will Never Die", 2011), "a:bones": ("album", "The Bones of What You Believe", 2013)}
    others = {"m:colin": ("person", "Colin Hardie"), "m:ian": ("person", "Ian Hatton"),
              "c:glasgow": ("city", "Glasgow"), "c:edinburgh": ("city", "Edinburgh"),
              "l:subpop": ("label", "Sub Pop"), "l:virgin": ("label", "Virgin")}
    tr = [("b:mogwai", "managed_by", "m:colin"), ("b:chvrches", "managed_by", "m:ian"),
          ("b:mogwai", "based_in", "c:glasgow"), ("b:chvrches", "based_in", "c:glasgow"),
          ("b:mogwai", "signed_to", "l:subpop"), ("b:chvrches", "signed_to", "l:virgin"),
          ("a:hardcore", "by", "b:mogwai"), ("a:bones", "by", "b:chvrches"),
          ("user:kim", "likes", "b:mogwai", {"rating": 5.0})]
    return build(items, others, rels, tr)


def ships():
    # ships "operated by", "is based at" a port, "was built at" a yard, "sails to"
    rels = [R("operated_by", phrase="is operated by", inverse_phrase="operates"),
            R("home_port", phrase="is based at", inverse_phrase="is the home port of"),
            R("built_at", phrase="was built at", inverse_phrase="built"),
            R("sails_to", phrase="sails to", inverse_phrase="is served by"),
            R("near_town", phrase="is near the town of", inverse_phrase="is a gateway town for")]
    items = {"s:isle": ("ship", "Isle of Mull", 1988), "s:loch": ("ship", "Loch Seaforth", 2014),
             "y:ferguson": ("shipyard", "Ferguson Marine", 1903)}
    others = {"o:calmac": ("company", "CalMac"), "o:serco": ("company", "Serco"),
              "p:oban": ("port", "Oban"), "p:ullapool": ("port", "Ullapool"), "p:craignure": ("port", "Craignure"),
              "p:stornoway": ("port", "Stornoway"), "t:glasgow": ("town", "Port Glasgow"),
              "y:fsg": ("shipyard", "Flensburger"), "t:greenock": ("town", "Greenock")}
    tr = [("s:isle", "operated_by", "o:calmac"), ("s:loch", "operated_by", "o:calmac"),
          ("s:isle", "home_port", "p:oban"), ("s:loch", "home_port", "p:ullapool"),
          ("s:isle", "built_at", "y:ferguson"), ("s:loch", "built_at", "y:fsg"),
          ("s:isle", "sails_to", "p:craignure"), ("s:loch", "sails_to", "p:stornoway"),
          ("y:ferguson", "near_town", "t:glasgow")]
    return build(items, others, rels, tr)


def clubs():
    # clubs from a place, with a founder, a ground, a league, a manager
    rels = [R("based_in", phrase="is based in", inverse_phrase="is home to"),
            R("competes_in", phrase="competes in", inverse_phrase="is the league of"),
            R("ground", phrase="plays its home games at", inverse_phrase="is the home ground of"),
            R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("founded_by", phrase="was founded by", inverse_phrase="founded"),
            R("supports", phrase="supports", inverse_phrase="is supported by")]
    items = {"c:everton": ("club", "Everton", 1878), "c:lfc": ("club", "Liverpool FC", 1892),
             "c:hearts": ("club", "Heart of Midlothian", 1874),
             "g:anfield": ("stadium", "Anfield", 1884), "g:goodison": ("stadium", "Goodison Park", 1892)}
    others = {"x:liv": ("city", "Liverpool"), "x:edi": ("city", "Edinburgh"), "x:epl": ("league", "Premier League"),
              "x:spl": ("league", "Scottish Premiership"), "x:tyne": ("stadium", "Tynecastle Park"),
              "x:moyes": ("person", "David Moyes"), "x:slot": ("person", "Arne Slot"),
              "x:critch": ("person", "Neil Critchley"), "x:houlding": ("person", "John Houlding"),
              "x:chambers": ("person", "Ben Swift Chambers"), "x:purdie": ("person", "Tom Purdie")}
    tr = [("c:everton", "based_in", "x:liv"), ("c:lfc", "based_in", "x:liv"), ("c:hearts", "based_in", "x:edi"),
          ("c:everton", "competes_in", "x:epl"), ("c:lfc", "competes_in", "x:epl"), ("c:hearts", "competes_in", "x:spl"),
          ("c:everton", "ground", "g:goodison"), ("c:lfc", "ground", "g:anfield"), ("c:hearts", "ground", "x:tyne"),
          ("c:everton", "managed_by", "x:moyes"), ("c:lfc", "managed_by", "x:slot"),
          ("c:hearts", "managed_by", "x:critch"), ("c:everton", "founded_by", "x:chambers"),
          ("c:lfc", "founded_by", "x:houlding"), ("c:hearts", "founded_by", "x:purdie"),
          ("user:kim", "supports", "c:everton", {"rating": 5.0})]
    return build(items, others, rels, tr)


def songs():
    # songs "is on" an album, "is sung by", "is from" a country (so "from" is taken), and "appears in" a film
    rels = [R("on_album", phrase="is on", inverse_phrase="contains"),
            R("sung_by", phrase="is sung by", inverse_phrase="sings"),
            R("in_film", phrase="appears in", inverse_phrase="features the song"),
            R("listened", phrase="listened to", inverse_phrase="was heard by")]
    items = {"s:lights": ("song", "Blinding Lights", 2019), "s:hello": ("song", "Hello", 2015),
             "s:skyfall": ("song", "Skyfall", 2012), "a:hours": ("album", "After Hours", 2020),
             "a:25": ("album", "Twenty-Five", 2015), "f:skyfall": ("film", "Skyfall (film)", 2012),
             "f:drive": ("film", "Drive", 2011)}
    others = {"p:weeknd": ("musician", "The Weeknd"), "p:adele": ("musician", "Adele")}
    tr = [("s:lights", "on_album", "a:hours"), ("s:hello", "on_album", "a:25"),
          ("s:lights", "sung_by", "p:weeknd"), ("s:hello", "sung_by", "p:adele"), ("s:skyfall", "sung_by", "p:adele"),
          ("s:skyfall", "in_film", "f:skyfall"), ("user:kim", "listened", "s:hello", {"rating": 4.0})]
    return build(items, others, rels, tr)


def songs_from():
    # a song "is on" an album and a singer "is from" a country: "from" is taken by another relation
    rels = [R("on_album", phrase="is on", inverse_phrase="contains"),
            R("sung_by", phrase="is sung by", inverse_phrase="sings"),
            R("origin", phrase="is from", inverse_phrase="is the home of")]
    items = {"s:lights": ("song", "Blinding Lights", 2019), "s:hello": ("song", "Hello", 2015),
             "a:hours": ("album", "After Hours", 2020), "a:25": ("album", "Twenty-Five", 2015)}
    others = {"p:weeknd": ("musician", "The Weeknd"), "p:adele": ("musician", "Adele"),
              "c:ca": ("country", "Canada"), "c:uk": ("country", "England")}
    tr = [("s:lights", "on_album", "a:hours"), ("s:hello", "on_album", "a:25"),
          ("s:lights", "sung_by", "p:weeknd"), ("s:hello", "sung_by", "p:adele"),
          ("s:lights", "origin", "c:ca"), ("s:hello", "origin", "c:uk")]
    return build(items, others, rels, tr)


def games():
    # games "is available on" a platform, "was developed by", "is published by" (a maker that is an item)
    rels = [R("available_on", phrase="is available on", inverse_phrase="hosts"),
            R("developed_by", phrase="was developed by", inverse_phrase="developed"),
            R("published_by", phrase="was published by", inverse_phrase="published"),
            R("announced_at", phrase="was announced at", inverse_phrase="saw the announcement of"),
            R("played", phrase="played", inverse_phrase="was played by")]
    items = {"g:hk": ("game", "Hollow Knight", 2017), "g:hades": ("game", "Hades", 2020),
             "g:celeste": ("game", "Celeste", 2018), "d:sg": ("developer", "Supergiant Games", 2009),
             "d:cherry": ("developer", "Team Cherry", 2014), "e:e3": ("event", "E3", 1995)}
    others = {"p:pc": ("platform", "PC"), "p:switch": ("platform", "Switch"), "p:xb": ("platform", "Xbox 360"),
              "p:ps3": ("platform", "PlayStation 3"), "x:mattmakes": ("publisher", "Matt Makes Games")}
    tr = [("g:hk", "available_on", "p:pc"), ("g:hk", "available_on", "p:switch"), ("g:hades", "available_on", "p:pc"),
          ("g:celeste", "available_on", "p:pc"), ("g:hk", "developed_by", "d:cherry"),
          ("g:hades", "developed_by", "d:sg"), ("g:celeste", "published_by", "x:mattmakes"),
          ("g:hades", "announced_at", "e:e3"), ("user:kim", "played", "g:hk", {"rating": 5.0})]
    return build(items, others, rels, tr)


def makers():
    # a song by a band that is an item, an album recorded at a studio that is an item
    rels = [R("by_band", phrase="is by", inverse_phrase="recorded"),
            R("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for"),
            R("on_album", phrase="is on", inverse_phrase="contains")]
    items = {"s:eye": ("song", "Eye of the Tiger", 1982), "b:surv": ("band", "Survivor", 1978),
             "a:road": ("album", "Abbey Road", 1969), "st:ar": ("studio", "Abbey Road Studios", 1931),
             "a:eyealb": ("album", "Eye of the Tiger (album)", 1982), "s:come": ("song", "Come Together", 1969),
             "b:beatles": ("band", "The Beatles", 1960)}
    tr = [("s:eye", "by_band", "b:surv"), ("a:road", "recorded_at", "st:ar"), ("s:eye", "on_album", "a:eyealb"),
          ("s:come", "on_album", "a:road"), ("s:come", "by_band", "b:beatles"), ("a:road", "by_band", "b:beatles")]
    return build(items, {}, rels, tr)


CASES = {
    movies: [
        # "turns up in" / "shows up in" for acting, said of a director, composer, writer, producer
        "Michael Mann turns up in Heat.",
        "Michael Mann shows up in Heat.",
        "Elliot Goldenthal turns up in Heat.",
        "Art Linson showed up in Heat.",
        "Joe Johnston turns up in Jumanji.",
        "James Horner turned up in Jumanji.",
        "Robert De Niro turns up in Jumanji.",
        "Robert De Niro shows up in both Heat and Jumanji.",
        "Al Pacino and Robin Williams both turn up in Heat.",
        "Robin Williams turns up in Heat.",
        "Heat turns up in Al Pacino.",
        "Robin Williams shows up in Jumanji and Heat.",
        "In Heat, Michael Mann turns up.",
        "Sydney Pollack turns up in Sabrina.",
        "Sydney Pollack shows up in Sabrina, which he directed.",
        "Heat, which Michael Mann turns up in, came out in 1995.",
        "Jumanji is a film that Robert De Niro turns up in.",
        # "appeared in <year>"
        "Heat appeared in 1994.",
        "Heat appeared in 1996.",
        "Jumanji appeared in 1994.",
        "Robert De Niro appeared in 1995.",
        "Al Pacino appeared in Heat in 1996.",
        "Heat, with Al Pacino, appeared in 1994.",
        "Heat and Jumanji both appeared in 1996.",
        "Michael Mann's Heat appeared in 1996.",
        "Heat, directed by Michael Mann, appeared in 1994.",
        "Michael Mann appeared in 1995.",
        "Robert De Niro, who appeared in 1995, stars in Heat.",
        "Heat stars Al Pacino, who appeared in 1995.",
        # "created in" / "established" on a film graph (no founded items)
        "Heat was created in 1994.",
        "Heat was designated in 1995.",
        "Jumanji takes place in 1995.",
        "Heat takes place in Jumanji.",
        "Heat unfolds in Los Angeles.",
        "Heat is near Jumanji.",
        "Heat is close to Michael Mann.",
    ],
    settings: [
        "The Shadow of the Wind takes place in Seoul.",
        "The Shadow of the Wind unfolds in Madrid.",
        "The Shadow of the Wind plays out in Madrid.",
        "The Shadow of the Wind took place in Madrid.",
        "The Vegetarian unfolds in Barcelona.",
        "The Shadow of the Wind and The Vegetarian both take place in Barcelona.",
        "The Shadow of the Wind and The Vegetarian both unfold in Seoul.",
        "Both novels take place in Barcelona.",
        "Each novel unfolds in Seoul.",
        "Carlos Ruiz Zafón takes place in Barcelona.",
        "Han Kang unfolds in Seoul.",
        "The Shadow of the Wind, written by Han Kang, takes place in Barcelona.",
        "The Shadow of the Wind takes place in Barcelona and was written in Barcelona.",
        "The Shadow of the Wind takes place in 2001.",
        "The Shadow of the Wind unfolds in 1945.",
        "The Shadow of the Wind took place in 2001 in Barcelona.",
        "The Shadow of the Wind appeared in 2002.",
        "The Shadow of the Wind, which takes place in Barcelona, appeared in 2007.",
        "The Vegetarian, which unfolds in Seoul, was written by Carlos Ruiz Zafón.",
        "Barcelona takes place in The Shadow of the Wind.",
        "Seoul plays out in The Vegetarian.",
        "The Shadow of the Wind was created in 2000.",
        "The Shadow of the Wind, created in 2002, takes place in Barcelona.",
        # parks in the same graph
        "Jasper National Park sits near Canmore.",
        "Jasper National Park lies near Canmore.",
        "Jasper National Park is near Canmore.",
        "Jasper National Park is close to Canmore.",
        "Jasper National Park lies near British Columbia.",
        "Banff National Park is near Hinton.",
        "Jasper National Park and Banff National Park are both near Hinton.",
        "Both parks lie near Canmore.",
        "Jasper National Park, near Canmore, is located in Alberta.",
        "Jasper National Park, close to Canmore, was established in 1907.",
        "Jasper National Park is a park near Canmore.",
        "Jasper National Park was established in 1885.",
        "Banff National Park was established in 1907.",
        "Jasper National Park was created in 1885.",
        "Jasper National Park was designated in 1984.",
        "Jasper National Park was designated a World Heritage Site in 1907.",
        "Jasper National Park was designated a World Heritage Site in 1984.",
        "Jasper National Park was established in 1907 in British Columbia.",
        "Jasper National Park was established in 1907 near Canmore.",
        "Jasper National Park, established in 1885, sits near Hinton.",
        "Jasper National Park and Banff National Park were both established in 1907.",
        "Banff National Park, created in 1907, lies near Canmore.",
        "Hinton was established in 1907.",
        "Alberta was created in 1907.",
        "Jasper National Park takes place in Alberta.",
        "Jasper National Park unfolds in Hinton.",
        "The Shadow of the Wind is near Barcelona.",
        "The Shadow of the Wind is close to Seoul.",
        "Jasper National Park appeared in 1885.",
        "Jasper National Park was established by Carlos Ruiz Zafón in 1907.",
        "Carlos Ruiz Zafón established Jasper National Park in 1907.",
        "Jasper National Park is near the town of Canmore.",
        "Canmore is a gateway town for Jasper National Park.",
        "Jasper National Park lies near the Seoul.",
    ],
    parks: [
        "Yosemite is near Fresno.",
        "Yosemite lies near Gardiner.",
        "Kings Canyon is near Mariposa.",
        "Yosemite sits near Bozeman.",
        "Yosemite is administered by the Forest Service.",
        "Yosemite was established in 1872.",
        "Yellowstone was established in 1890.",
        "Yellowstone was designated in 1890.",
        "Kings Canyon was created in 1890.",
        "Yosemite, administered by the National Park Service, was established in 1940.",
        "Yosemite was established by the National Park Service in 1890.",
        "The National Park Service established Yosemite in 1890.",
        "The National Park Service was established in 1890.",
        "The National Park Service was created in 1872.",
        "Yosemite and Yellowstone were both established in 1872.",
        "Yosemite and Yellowstone were established in 1890.",
        "Yosemite, near Mariposa, was established in 1872.",
        "Yosemite, near Mariposa, was created in 1940.",
        "Yellowstone, close to Gardiner, appeared in 1890.",
        "Yosemite appeared in 1872.",
        "Kings Canyon, which borders Yosemite, was established in 1890.",
        "Yellowstone takes place in Gardiner.",
        "Mariposa was established in 1890.",
        "Gardiner, near Yellowstone, was established in 1872.",
        "Yosemite, which Kim visited, was established in 1872.",
        "Yosemite was designated a national park in 1872.",
        "Kings Canyon was designated a wilderness in 1984.",
        "Yellowstone is near Gardiner and was established in 1890.",
        "Each park was established in 1890.",
        "All three parks are near Mariposa.",
        "Yellowstone was established in 1872 near Mariposa.",
        "The park near Mariposa was established in 1872.",
        "The park near Gardiner was established in 1890.",
        "Yellowstone was founded in 1890.",
        "Yellowstone, established in 1890, is administered by the National Park Service.",
        "Established in 1890, Yellowstone is near Gardiner.",
        "Created in 1872, Yosemite is near Mariposa.",
    ],
    bands: [
        "Mogwai is managed by Ian Hatton.",
        "Mogwai was established in 2011.",
        "Mogwai was created in 2011.",
        "Mogwai was designated in 1995.",
        "Chvrches was established in 1995.",
        "Mogwai appeared in 2011.",
        "Chvrches appeared in 1995.",
        "Mogwai, managed by Colin Hardie, was established in 2011.",
        "Mogwai, established in 2011, is based in Glasgow.",
        "Chvrches, created in 1995, is signed to Virgin.",
        "Colin Hardie was established in 1995.",
        "Colin Hardie, who manages Mogwai, was created in 1995.",
        "Glasgow was established in 1995.",
        "Mogwai lies near Edinburgh.",
        "Mogwai takes place in Glasgow.",
        "Mogwai turns up in Glasgow.",
        "Mogwai shows up in Glasgow.",
        "Mogwai turns up on Sub Pop.",
        "Hardcore Will Never Die appeared in 2013.",
        "Hardcore Will Never Die, a Mogwai album, appeared in 1995.",
        "Hardcore Will Never Die is a Mogwai album, released in 1995.",
        "Hardcore Will Never Die is a Mogwai album, created in 1995.",
        "Hardcore Will Never Die is a Chvrches album.",
        "Hardcore Will Never Die appears on Mogwai.",
        "Hardcore Will Never Die is from the album Mogwai.",
        "Both bands were established in 1995.",
        "Mogwai and Chvrches were both created in 2011.",
        "They were established in 1995: Mogwai and Chvrches.",
        "Mogwai was established in 1995 by Colin Hardie.",
        "Colin Hardie established Mogwai in 1995.",
        "Ian Hatton created Chvrches in 2011.",
        "Mogwai was established in 1995 in Edinburgh.",
        "Mogwai was created in Edinburgh in 1995.",
        "Mogwai, which Kim likes, was established in 2011.",
    ],
    ships: [
        "Isle of Mull is operated by Serco.",
        "Isle of Mull was established in 2014.",
        "Isle of Mull was created in 2014.",
        "Isle of Mull appeared in 2014.",
        "Loch Seaforth was established in 1988.",
        "Isle of Mull was designated in 1988.",
        "Isle of Mull was built at Ferguson Marine, released in 1903.",
        "Ferguson Marine was established in 1988.",
        "Ferguson Marine was created in 1988.",
        "Ferguson Marine appeared in 1988.",
        "Ferguson Marine is near Greenock.",
        "Ferguson Marine lies near Oban.",
        "Ferguson Marine is close to Greenock.",
        "Isle of Mull takes place in Oban.",
        "Isle of Mull plays out in Craignure.",
        "Isle of Mull turns up in Oban.",
        "Isle of Mull shows up in Stornoway.",
        "Isle of Mull appears on Oban.",
        "Isle of Mull is out on Craignure.",
        "Isle of Mull is from Ferguson Marine, built in 2014.",
        "Loch Seaforth, operated by CalMac, was established in 1988.",
        "CalMac was established in 1988.",
        "CalMac, which operates Isle of Mull, was created in 1988.",
        "Isle of Mull, operated by CalMac, created in 1988, is based at Ullapool.",
        "Both ships were established in 1988.",
        "Both ships were built at Ferguson Marine.",
        "Each ship is based at Oban.",
        "Isle of Mull and Loch Seaforth were both created in 1988.",
        "Oban was established in 1988.",
        "Isle of Mull was established in 1988 at Ferguson Marine near Greenock.",
    ],
    clubs: [
        "Everton was established in 1892.",
        "Liverpool FC was established in 1878.",
        "Everton was created in 1892.",
        "Everton was designated in 1878.",
        "Everton appeared in 1892.",
        "Heart of Midlothian, established in 1878, is based in Edinburgh.",
        "Everton, created in 1892, plays its home games at Goodison Park.",
        "Anfield was established in 1892.",
        "Goodison Park was created in 1878.",
        "Goodison Park appeared in 1878.",
        "Everton lies near Edinburgh.",
        "Everton takes place in Liverpool.",
        "Everton plays out in the Premier League.",
        "Everton turns up in the Premier League.",
        "Everton shows up in the Scottish Premiership.",
        "Heart of Midlothian turns up in the Premier League.",
        "David Moyes was established in 1878.",
        "Everton was established in 1878 by John Houlding.",
        "John Houlding established Everton in 1878.",
        "Ben Swift Chambers created Liverpool FC in 1892.",
        "Tom Purdie established Everton.",
        "Everton, managed by David Moyes, was established in 1892.",
        "Everton was established in 1878 in Edinburgh.",
        "Everton and Liverpool FC were both established in 1878.",
        "Both Liverpool clubs were established in 1892.",
        "Each club was established in 1878.",
        "Everton, which Kim supports, was established in 1892.",
        "Kim supports Everton, established in 1892.",
        "Kim supports Everton, created in 1892.",
        "Heart of Midlothian is near Liverpool.",
        "Everton was established in 1878 and plays its home games at Anfield.",
        "Everton is managed by Arne Slot.",
        "Liverpool FC is run by David Moyes.",
        "Everton is coached by Arne Slot.",
    ],
    songs: [
        "Hello is from the album After Hours.",
        "Hello appears on After Hours.",
        "Blinding Lights is from Twenty-Five.",
        "Blinding Lights comes from the album Twenty-Five.",
        "Blinding Lights is a track from the album Twenty-Five.",
        "Hello is a song from the album After Hours.",
        "Hello, from the album After Hours, is sung by Adele.",
        "Hello is an Adele song from the album After Hours.",
        "Blinding Lights and Hello are both from the album After Hours.",
        "Both songs appear on After Hours.",
        "Hello is from 2019.",
        "Blinding Lights is from 2015.",
        "Hello comes from 2019.",
        "Skyfall is from the album Twenty-Five.",
        "Skyfall is from Drive.",
        "Skyfall appears in Drive.",
        "Skyfall turns up in Drive.",
        "Skyfall shows up in Drive.",
        "Hello turns up in Skyfall (film).",
        "Hello shows up in Skyfall (film).",
        "Adele turns up in Skyfall (film).",
        "Adele shows up in Skyfall (film).",
        "Skyfall turns up on After Hours.",
        "Skyfall appears on Twenty-Five.",
        "Hello appeared in 2019.",
        "Blinding Lights appeared in 2015.",
        "Skyfall appeared in 2011.",
        "Skyfall appeared in Drive in 2012.",
        "Skyfall appeared in Skyfall (film) in 2011.",
        "Hello is an Adele song, released in 2019.",
        "Hello is a song from the album Twenty-Five, released in 2019.",
        "Hello is a song from the album Twenty-Five, released in 2014.",
        "Hello, from Twenty-Five, appeared in 2019.",
        "Blinding Lights is out on Twenty-Five.",
        "Blinding Lights is playable on After Hours.",
        "Adele is from the album Twenty-Five.",
        "The Weeknd appears on Twenty-Five.",
        "The Weeknd appeared in 2019.",
        "Adele appeared in 2015.",
        "After Hours was created in 2019.",
        "Hello was created in 2019.",
        "Hello, which Kim listened to, is from After Hours.",
    ],
    songs_from: [
        "Blinding Lights is from England.",
        "Hello is from Canada.",
        "Blinding Lights is from the album Twenty-Five.",
        "Hello is from After Hours.",
        "Hello is a track from the album After Hours.",
        "Hello comes from After Hours.",
        "Blinding Lights is from Twenty-Five.",
        "Hello appears on After Hours.",
        "Blinding Lights is from Adele.",
        "After Hours is from England.",
        "Hello, a song from England, is on After Hours.",
        "Blinding Lights, from the album Twenty-Five, is sung by The Weeknd.",
    ],
    games: [
        "Hades is out on Switch.",
        "Hades is playable on Switch.",
        "Celeste is out on Xbox 360.",
        "Hollow Knight is playable on PlayStation 3.",
        "Hades is out on PC and Switch.",
        "Hades and Hollow Knight are both out on Switch.",
        "Both games are playable on Switch.",
        "Each game is out on Switch.",
        "Hades is out on E3.",
        "Hades is playable on Team Cherry.",
        "Hades is out on Supergiant Games.",
        "Hollow Knight is out on Team Cherry.",
        "Hades is out in 2019.",
        "Hades is out on PC, released in 2019.",
        "Hades is playable on PC, released in 2018.",
        "Hades is a roguelike from Supergiant Games, released in 2009.",
        "Hades is a game from Supergiant Games, released in 2009.",
        "Hades is a game developed by Supergiant Games, released in 2009.",
        "Hades was developed by Supergiant Games, released in 2009.",
        "Hades was developed by Supergiant Games, established in 2009, and released in 2019.",
        "Hades was developed by Team Cherry, released in 2020.",
        "Hades is a Supergiant Games game, released in 2009.",
        "Hades is a Team Cherry game, released in 2020.",
        "Hades was announced at E3, released in 1995.",
        "Supergiant Games was established in 2020.",
        "Supergiant Games was created in 2020.",
        "Supergiant Games appeared in 2020.",
        "Team Cherry was established in 2017.",
        "Hades appeared in 2009.",
        "Hollow Knight appeared in 2014.",
        "Hollow Knight, which Kim played, appeared in 2018.",
        "Hades appears on PC and Switch.",
        "Hades turns up on Switch.",
        "Hades shows up on Switch.",
        "Celeste was published by Supergiant Games.",
        "Celeste was developed by Matt Makes Games.",
        "Celeste is out on PC, from Team Cherry.",
        "Hollow Knight, from Team Cherry, is out on Xbox 360.",
        "Hades is near PC.",
        "Hades takes place in E3.",
        "Hollow Knight was created in 2014.",
    ],
    makers: [
        "Eye of the Tiger is a Survivor song, created in 1978.",
        "Eye of the Tiger is a song by Survivor, released in 1978.",
        "Eye of the Tiger is a song by Survivor, which appeared in 1982.",
        "Eye of the Tiger is by Survivor, released in 1978.",
        "Eye of the Tiger, by Survivor, was released in 1978.",
        "Eye of the Tiger is a Survivor track, released in 1978.",
        "Eye of the Tiger is a Survivor single, released in 1978.",
        "Eye of the Tiger is a Survivor hit, released in 1978.",
        "Eye of the Tiger is a hit by Survivor, released in 1978.",
        "Eye of the Tiger is a Beatles song, released in 1982.",
        "Eye of the Tiger is a Survivor song, released in 1969.",
        "Eye of the Tiger is a Survivor song from the album Abbey Road.",
        "Eye of the Tiger is a song from the album Abbey Road.",
        "Eye of the Tiger is a song from the album Eye of the Tiger (album), released in 1969.",
        "Come Together is a song from the album Abbey Road, released in 1982.",
        "Come Together is a Beatles song from the album Abbey Road, released in 1960.",
        "Come Together is a Beatles song, released in 1960.",
        "Come Together appeared in 1960.",
        "Come Together appears on Eye of the Tiger (album).",
        "Come Together is from the album Eye of the Tiger (album).",
        "Abbey Road was recorded at Abbey Road Studios, established in 1969.",
        "Abbey Road is a Beatles album recorded at Abbey Road Studios, released in 1931.",
        "Abbey Road is a Beatles album, released in 1960.",
        "Abbey Road is an album by The Beatles, released in 1960.",
        "Abbey Road is a record recorded at Abbey Road Studios, released in 1931.",
        "Abbey Road, an album recorded at Abbey Road Studios, released in 1931.",
        "Abbey Road was recorded at Abbey Road Studios, which opened in 1969.",
        "Abbey Road Studios was established in 1969.",
        "Abbey Road Studios appeared in 1969.",
        "Survivor was established in 1982.",
        "Survivor appeared in 1982.",
        "Survivor, established in 1982, recorded Eye of the Tiger.",
        "The Beatles were established in 1969.",
        "The Beatles were created in 1969.",
        "The Beatles appeared in 1969.",
        "Abbey Road Studios is near The Beatles.",
        "Abbey Road takes place in Abbey Road Studios.",
    ],
}


# --- second round: a year after a maker or a place that is an item of its own, in other shapes;
# "designated" / "established" said of what is never designated; more settings and "near" ---
CASES2 = {
    bands: [
        "Hardcore Will Never Die is a Mogwai album created in 1995.",
        "Hardcore Will Never Die is a Mogwai album, which appeared in 1995.",
        "Hardcore Will Never Die is a Mogwai album that appeared in 1995.",
        "Hardcore Will Never Die is a Mogwai album that was created in 1995.",
        "Hardcore Will Never Die is a Mogwai record, created in 1995.",
        "Hardcore Will Never Die is a Mogwai LP, created in 1995.",
        "Hardcore Will Never Die is a Mogwai album, made in 1995.",
        "Hardcore Will Never Die is a Mogwai album, recorded in 1995.",
        "Hardcore Will Never Die is a Mogwai album, issued in 1995.",
        "Hardcore Will Never Die is a Mogwai album, dating from 1995.",
        "Hardcore Will Never Die is a Mogwai album from 1995.",
        "Hardcore Will Never Die is an album by Mogwai, made in 1995.",
        "Hardcore Will Never Die, a Mogwai album, was created in 1995.",
        "Mogwai recorded Hardcore Will Never Die, which appeared in 1995.",
        "Kim likes an album created in 1995.",
        # "designated" / "established" said of a band or an album (nothing in the graph is designated)
        "Chvrches was designated in 2011.",
        "Hardcore Will Never Die was designated in 2011.",
        "The Bones of What You Believe is a Chvrches album, designated in 2011.",
        "Mogwai, designated in 1995, recorded Hardcore Will Never Die.",
        "Mogwai was designated a Glasgow band in 1995.",
        "Mogwai is based in Glasgow, designated in 1995.",
    ],
    makers: [
        "Eye of the Tiger is a Survivor song that was released in 1978.",
        "Eye of the Tiger is a Survivor song which came out in 1978.",
        "Eye of the Tiger is a Survivor song that came out in 1978.",
        "Eye of the Tiger is a Survivor song that appeared in 1978.",
        "Eye of the Tiger is a Survivor song from 1978.",
        "Eye of the Tiger is a 1978 Survivor song.",
        "Eye of the Tiger is a song by Survivor that came out in 1978.",
        "Eye of the Tiger is a song by Survivor from 1978.",
        "Eye of the Tiger is a song by Survivor, made in 1978.",
        "Eye of the Tiger is a Survivor song, made in 1978.",
        "Eye of the Tiger is a Survivor song, written in 1978.",
        "Eye of the Tiger is a Survivor song, recorded in 1978.",
        "Eye of the Tiger is a Survivor song, out in 1978.",
        "Eye of the Tiger is a Survivor song, first released in 1978.",
        "Eye of the Tiger is a Survivor song, published in 1978.",
        "Eye of the Tiger is a Survivor song, completed in 1978.",
        "Eye of the Tiger is a Survivor song, finished in 1978.",
        "Eye of the Tiger is a Survivor song that dates from 1978.",
        "Eye of the Tiger is a Survivor song, which was created in 1978.",
        "Eye of the Tiger is a Survivor song. It came out in 1978.",
        "Eye of the Tiger is a Survivor song. It appeared in 1978.",
        "Come Together is a Beatles song from 1960.",
        "Come Together is a Beatles song that appeared in 1960.",
        "Come Together is a song by The Beatles that appeared in 1960.",
        "Come Together is a song by The Beatles, made in 1960.",
        "Come Together, a song by The Beatles, appeared in 1960.",
        "Come Together, by The Beatles, came out in 1960.",
        "Abbey Road is a Beatles album that appeared in 1960.",
        "Abbey Road is an album by The Beatles from 1960.",
        "Abbey Road is an album recorded at Abbey Road Studios that appeared in 1931.",
        "Abbey Road is an album recorded at Abbey Road Studios that came out in 1931.",
        "Abbey Road is an album recorded at Abbey Road Studios, made in 1931.",
        "Abbey Road was recorded at Abbey Road Studios and appeared in 1931.",
        "Abbey Road was recorded at Abbey Road Studios and came out in 1931.",
        "Come Together is a song from the album Abbey Road, which came out in 1982.",
        "Come Together appears on Abbey Road, which appeared in 1982.",
    ],
    games: [
        "Hades is a Supergiant Games game that came out in 2009.",
        "Hades is a Supergiant Games game that appeared in 2009.",
        "Hades is a Supergiant Games game from 2009.",
        "Hades is a game from Supergiant Games that appeared in 2009.",
        "Hades is a game by Supergiant Games, made in 2009.",
        "Hades is a game developed by Supergiant Games that came out in 2009.",
        "Hades is a game developed by Supergiant Games that appeared in 2009.",
        "Hades was developed by Supergiant Games and appeared in 2009.",
        "Hades, developed by Supergiant Games, appeared in 2009.",
        "Hades is a roguelike by Supergiant Games that appeared in 2009.",
        "Hollow Knight is a Team Cherry game that appeared in 2014.",
        "Hollow Knight is a Team Cherry game from 2014.",
        "Hollow Knight is a Team Cherry game, made in 2014.",
        "Hollow Knight is a Team Cherry game, created in 2014.",
        "Hades is a game announced at E3 that appeared in 1995.",
        "Hades is a game announced at E3 that came out in 1995.",
        "Hollow Knight, playable on Switch, appeared in 2014.",
        "Hollow Knight is out on Switch, a Team Cherry game from 2014.",
    ],
    ships: [
        "Isle of Mull was built at Ferguson Marine and launched in 1903.",
        "Isle of Mull was built at Ferguson Marine and entered service in 1903.",
        "Isle of Mull was built at Ferguson Marine and appeared in 1903.",
        "Isle of Mull was built at Ferguson Marine in 1903.",
        "Isle of Mull is a ship built at Ferguson Marine in 1903.",
        "Isle of Mull is a ship built at Ferguson Marine that was launched in 1903.",
        "Isle of Mull is a ship built at Ferguson Marine, launched in 1903.",
        "Isle of Mull is a ship built at Ferguson Marine that was completed in 1903.",
        "Isle of Mull is a Ferguson Marine ship from 1903.",
        "Isle of Mull is a Ferguson Marine ferry, completed in 1903.",
        "Isle of Mull is a Ferguson Marine ship that appeared in 1903.",
        "Isle of Mull is a 1903 Ferguson Marine ferry.",
        "Ferguson Marine built Isle of Mull in 1903.",
        "Ferguson Marine built Isle of Mull, which was launched in 1903.",
    ],
    clubs: [
        "Everton plays its home games at Goodison Park and was established in 1892.",
        "Everton plays its home games at Goodison Park and was created in 1892.",
        "Everton plays its home games at Goodison Park and appeared in 1892.",
        "Everton plays its home games at Goodison Park and was founded in 1892.",
        "Liverpool FC plays its home games at Anfield and was founded in 1884.",
        "Liverpool FC plays its home games at Anfield and was established in 1884.",
        "Liverpool FC, which plays its home games at Anfield, was founded in 1884.",
        "Liverpool FC is a club playing at Anfield that was founded in 1884.",
        "Everton was designated a Premier League club in 1878.",
        "Everton was established as a cricket club in 1878.",
        "Everton and Heart of Midlothian were designated in 1878.",
        "Kim supports a club designated in 1892.",
    ],
    settings: [
        "The Shadow of the Wind was designated in 2001.",
        "Jasper National Park was established in 1907 by Han Kang.",
        "Jasper National Park was established in 1907, and Banff National Park in 1907.",
        "Banff National Park, like Jasper National Park, was established in 1907.",
        "Jasper National Park was established in the 1880s.",
        "The Shadow of the Wind first appeared in 2002.",
        "The Shadow of the Wind appeared in 2001 in Seoul.",
        "Carlos Ruiz Zafón appeared in 2001.",
        "The Shadow of the Wind takes place in Barcelona and Seoul.",
        "The Shadow of the Wind takes place in Barcelona, like The Vegetarian.",
        "The Vegetarian, like The Shadow of the Wind, takes place in Barcelona.",
        "The Shadow of the Wind takes place in Barcelona, as does The Vegetarian.",
        "Han Kang's novel takes place in Barcelona.",
        "Carlos Ruiz Zafón's novel unfolds in Seoul.",
        "Han Kang wrote a novel that unfolds in Barcelona.",
        "Carlos Ruiz Zafón wrote The Vegetarian, which takes place in Seoul.",
        "The Shadow of the Wind is set in Barcelona and takes place in Seoul.",
        "Jasper National Park sits near Hinton and Canmore.",
        "Banff National Park, like Jasper National Park, sits near Hinton.",
        "Jasper National Park sits near Hinton, as does Banff National Park.",
        "Jasper National Park lies near Hinton, British Columbia.",
        "Jasper National Park is located in Alberta, near Canmore.",
        "Jasper National Park, in British Columbia, is near Hinton.",
        "Jasper National Park is near Hinton, created in 1885.",
        "Alberta contains a park near Canmore established in 1907.",
    ],
    parks: [
        "Yellowstone is near Gardiner and Mariposa.",
        "Yosemite is near Mariposa, like Yellowstone.",
        "Yosemite, like Yellowstone, is near Mariposa.",
        "Yosemite is near Mariposa, and so is Yellowstone.",
        "Kim visited a park near Gardiner.",
        "You visited Yosemite, which is near Gardiner.",
        "Kings Canyon borders a park near Gardiner.",
        "Kings Canyon borders Yosemite, which is near Gardiner.",
        "Kings Canyon borders Yosemite, a park established in 1872.",
        "Yellowstone has its headquarters near Mariposa.",
    ],
}


# --- third round: "they" / "each" / lists with the new year verbs; a maker's clause with "and" ---
CASES3 = {
    clubs: [
        "Everton and Liverpool FC are based in Liverpool. They were established in 1878.",
        "Everton and Liverpool FC are based in Liverpool; each was established in 1878.",
        "Everton and Liverpool FC, both established in 1878, are based in Liverpool.",
        "Everton and Liverpool FC were established in 1878 and 1892, and Heart of Midlothian in 1878.",
        "Everton was established in 1878, as was Liverpool FC.",
        "Everton was established in 1878, and Liverpool FC was too.",
        "Everton and Liverpool FC, established in 1878, play in the Premier League.",
        "Liverpool FC, established in 1892, and Everton, established in 1892, are based in Liverpool.",
        "Everton, Liverpool FC and Heart of Midlothian were created in 1878, 1892 and 1878.",
        "Everton is managed by David Moyes and was created in 1874.",
        "David Moyes manages Everton, established in 1892.",
        "David Moyes manages Everton, which was established in 1892.",
        "David Moyes manages Everton, created in 1892.",
        "Everton, managed by David Moyes, appeared in 1892.",
        "Anfield, the home ground of Liverpool FC, was established in 1892.",
        "Liverpool is home to Everton, established in 1892.",
        "The Premier League is the league of Everton, established in 1892.",
    ],
    bands: [
        "Mogwai and Chvrches are based in Glasgow. They were established in 1995.",
        "Mogwai and Chvrches are based in Glasgow; each was created in 2011.",
        "Mogwai and Chvrches, both created in 1995, are based in Glasgow.",
        "Colin Hardie manages Mogwai, established in 2011.",
        "Colin Hardie manages Mogwai, which appeared in 2011.",
        "Glasgow is home to Chvrches, created in 1995.",
        "Sub Pop signed Mogwai, established in 2011.",
        "Mogwai recorded Hardcore Will Never Die and appeared in 2011.",
        "Mogwai recorded Hardcore Will Never Die and was created in 2011.",
        "Mogwai recorded Hardcore Will Never Die and was formed in 2011.",
        "Chvrches recorded The Bones of What You Believe and was established in 2013.",
        "Mogwai, which recorded Hardcore Will Never Die, appeared in 2011.",
    ],
}


# Texts the lead keeps open (none now: the 41 texts of an older hole this red team found, a year
# said next to a maker or place that is an item of its own, were closed in the same release).
OPEN: frozenset[str] = frozenset()


def main():
    accepted = total = still_open = 0
    for make, texts in [*CASES.items(), *CASES2.items(), *CASES3.items()]:
        ch = ConsistencyChecker(make(), outside_evidence=True).build()
        for text in texts:
            v = ch.check(text, (), None)
            if text in OPEN:
                still_open += v.supported
                print(f"OPEN ({'accepted' if v.supported else 'rejected now'}) [{make.__name__}] {text}")
                continue
            total += 1
            if v.supported:
                accepted += 1
                print(f"ACCEPTED [{make.__name__}] {text}")
    print(f"open {still_open} of {len(OPEN)}")
    print(f"accepted {accepted} of {total}")


if __name__ == "__main__":
    main()
