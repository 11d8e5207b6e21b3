# ruff: noqa: E741, E402, E702, F811, E401
import os, sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 101: false texts for kgexplain's ConsistencyChecker (readings of 8d964c2 and before).
Every text below is FALSE on its graph; prints each accepted one, then `accepted N of M` last."""

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _from_tests(module, fn):
    import importlib.util
    base = os.environ.get("CODE") or "/work/main"
    path = os.path.join(base, "tests", module)
    if not os.path.exists(path):
        path = os.path.join("/work/main/tests", module)
    spec = importlib.util.spec_from_file_location("_rt101_" + fn, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, fn)()


def parks():
    return _from_tests("test_consistency_agents_and_parks.py", "_parks")


def games():
    return _from_tests("test_consistency_agents_and_parks.py", "_games")


def songs():
    return _from_tests("test_consistency_agents_and_parks.py", "_songs")


def clubs():
    return _from_tests("test_consistency_clubs_and_collections.py", "_clubs")


def movies():
    return kgx.KnowledgeGraph.example()


def novels():
    # novels won / were shortlisted for / nominated for prizes; part of a trilogy; published by
    rels = [R("won", phrase="won", inverse_phrase="was won by"),
            R("shortlisted_for", phrase="was shortlisted for", inverse_phrase="shortlisted"),
            R("nominated_for", phrase="was nominated for", inverse_phrase="nominated"),
            R("part_of", phrase="is part of", inverse_phrase="includes"),
            R("published_by", phrase="was published by", inverse_phrase="published"),
            R("written_by", phrase="was written by", inverse_phrase="wrote")]
    items = {"n:wolf": ("novel", "Wolf Hall", 2009), "n:bodies": ("novel", "Bring Up the Bodies", 2012),
             "n:mirror": ("novel", "The Mirror and the Light", 2020), "n:remains": ("novel", "The Remains of the Day", 1989)}
    others = {"x:booker": ("prize", "Booker Prize"), "x:women": ("prize", "Women's Prize for Fiction"),
              "x:nbcc": ("award", "National Book Critics Circle Award"), "x:costa": ("award", "Costa Book Award"),
              "s:trilogy": ("series", "Wolf Hall trilogy"), "b:fourth": ("publisher", "Fourth Estate"),
              "b:faber": ("publisher", "Faber and Faber"), "p:mantel": ("author", "Hilary Mantel"),
              "p:ishiguro": ("author", "Kazuo Ishiguro")}
    triples = [("n:wolf", "won", "x:booker"), ("n:wolf", "won", "x:nbcc"), ("n:bodies", "won", "x:booker"),
               ("n:bodies", "won", "x:costa"), ("n:mirror", "shortlisted_for", "x:women"),
               ("n:mirror", "nominated_for", "x:booker"), ("n:wolf", "shortlisted_for", "x:women"),
               ("n:remains", "won", "x:booker"),
               ("n:wolf", "part_of", "s:trilogy"), ("n:bodies", "part_of", "s:trilogy"),
               ("n:mirror", "part_of", "s:trilogy"), ("n:wolf", "published_by", "b:fourth"),
               ("n:bodies", "published_by", "b:fourth"), ("n:mirror", "published_by", "b:fourth"),
               ("n:remains", "published_by", "b:faber"), ("n:wolf", "written_by", "p:mantel"),
               ("n:bodies", "written_by", "p:mantel"), ("n:mirror", "written_by", "p:mantel"),
               ("n:remains", "written_by", "p:ishiguro")]
    return build(items, others, rels, triples)


def records():
    # songs released by a record label, published by a music publisher, part of an album, won an award
    rels = [R("released_by", phrase="was released by", inverse_phrase="released"),
            R("published_by", phrase="was published by", inverse_phrase="published"),
            R("part_of", phrase="is part of", inverse_phrase="includes"),
            R("won", phrase="won", inverse_phrase="was won by"),
            R("nominated_for", phrase="was nominated for", inverse_phrase="nominated"),
            R("performed_by", phrase="is performed by", inverse_phrase="performs")]
    items = {"t:ritd": ("song", "Rolling in the Deep", 2010), "t:hello": ("song", "Hello", 2015),
             "t:smells": ("song", "Smells Like Teen Spirit", 1991)}
    others = {"l:xl": ("record label", "XL Recordings"), "l:dgc": ("label", "DGC Records"),
              "u:ump": ("publisher", "Universal Music Publishing"), "u:emi": ("publisher", "EMI Music Publishing"),
              "a:21": ("album", "21"), "a:25": ("album", "25"), "a:nevermind": ("album", "Nevermind"),
              "g:roty": ("award", "Grammy Award for Record of the Year"),
              "g:rock": ("award", "Grammy Award for Best Rock Song"),
              "m:adele": ("singer", "Adele"), "m:nirvana": ("band", "Nirvana")}
    triples = [("t:ritd", "released_by", "l:xl"), ("t:hello", "released_by", "l:xl"),
               ("t:smells", "released_by", "l:dgc"), ("t:ritd", "published_by", "u:ump"),
               ("t:hello", "published_by", "u:ump"), ("t:smells", "published_by", "u:emi"),
               ("t:ritd", "part_of", "a:21"), ("t:hello", "part_of", "a:25"), ("t:smells", "part_of", "a:nevermind"),
               ("t:ritd", "won", "g:roty"), ("t:smells", "nominated_for", "g:rock"),
               ("t:ritd", "performed_by", "m:adele"), ("t:hello", "performed_by", "m:adele"),
               ("t:smells", "performed_by", "m:nirvana")]
    return build(items, others, rels, triples)


def teams():
    # a "won" relation whose objects are trophies AND matches: a match is won, not received or given
    rels = [R("won", phrase="won", inverse_phrase="was won by"),
            R("played_at", phrase="played at", inverse_phrase="hosted"),
            R("part_of", phrase="is part of", inverse_phrase="includes")]
    items = {"k:liv": ("club", "Liverpool", 1892), "k:mil": ("club", "AC Milan", 1899)}
    others = {"c:ucl": ("trophy", "European Cup"), "c:fa": ("trophy", "FA Cup"),
              "m:ist": ("match", "2005 Champions League Final"), "m:ath": ("match", "2007 Champions League Final"),
              "s:anfield": ("stadium", "Anfield"), "s:siro": ("stadium", "San Siro"),
              "l:pl": ("league", "Premier League"), "l:sa": ("league", "Serie A")}
    triples = [("k:liv", "won", "c:ucl"), ("k:mil", "won", "c:ucl"), ("k:liv", "won", "c:fa"),
               ("k:liv", "won", "m:ist"), ("k:mil", "won", "m:ath"),
               ("k:liv", "played_at", "s:anfield"), ("k:mil", "played_at", "s:siro"),
               ("k:liv", "part_of", "l:pl"), ("k:mil", "part_of", "l:sa")]
    return build(items, others, rels, triples)


def politicians():
    # "won" a prize and an election / a seat
    rels = [R("won", phrase="won", inverse_phrase="was won by"),
            R("member_of", phrase="is part of", inverse_phrase="includes"),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of")]
    items = {"p:obama": ("politician", "Barack Obama", None), "p:carter": ("politician", "Jimmy Carter", None)}
    others = {"x:nobel": ("prize", "Nobel Peace Prize"), "e:2008": ("election", "2008 presidential election"),
              "e:1976": ("election", "1976 presidential election"), "s:il": ("seat", "Illinois Senate seat"),
              "d:dem": ("party", "Democratic Party"), "c:hon": ("city", "Honolulu"), "c:plains": ("city", "Plains")}
    triples = [("p:obama", "won", "x:nobel"), ("p:carter", "won", "x:nobel"), ("p:obama", "won", "e:2008"),
               ("p:carter", "won", "e:1976"), ("p:obama", "won", "s:il"),
               ("p:obama", "member_of", "d:dem"), ("p:carter", "member_of", "d:dem"),
               ("p:obama", "born_in", "c:hon"), ("p:carter", "born_in", "c:plains")]
    return build(items, others, rels, triples)


def ships():
    # ferries operated by CalMac but owned by CMAL; part of a fleet; one won a trophy
    rels = [R("operated_by", phrase="is operated by", inverse_phrase="operates"),
            R("owned_by", phrase="is owned by", inverse_phrase="owns"),
            R("part_of", phrase="is part of", inverse_phrase="includes"),
            R("won", phrase="won", inverse_phrase="was won by")]
    items = {"s:mull": ("ferry", "Isle of Mull", 1988), "s:arran": ("ferry", "Isle of Arran", 1984),
             "s:maur": ("liner", "Mauretania", 1906), "s:lus": ("liner", "Lusitania", 1906)}
    others = {"o:calmac": ("operator", "CalMac"), "o:cmal": ("company", "CMAL"), "o:cunard": ("operator", "Cunard"),
              "f:clyde": ("fleet", "Clyde fleet"), "f:atl": ("fleet", "Cunard fleet"),
              "t:riband": ("trophy", "Hales Trophy"), "t:medal": ("medal", "Blue Riband medal")}
    triples = [("s:mull", "operated_by", "o:calmac"), ("s:arran", "operated_by", "o:calmac"),
               ("s:mull", "owned_by", "o:cmal"), ("s:arran", "owned_by", "o:cmal"),
               ("s:mull", "part_of", "f:clyde"), ("s:maur", "part_of", "f:atl"), ("s:lus", "part_of", "f:atl"),
               ("s:maur", "operated_by", "o:cunard"), ("s:lus", "operated_by", "o:cunard"),
               ("s:maur", "won", "t:medal")]
    return build(items, others, rels, triples)


def bands():
    # a band managed by a person; members part of the band; releases by a label
    rels = [R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("member_of", phrase="is part of", inverse_phrase="includes"),
            R("released_by", phrase="was released by", inverse_phrase="released"),
            R("won", phrase="won", inverse_phrase="was won by"),
            R("nominated_for", phrase="was nominated for", inverse_phrase="nominated")]
    items = {"a:abbey": ("album", "Abbey Road", 1969), "a:sticky": ("album", "Sticky Fingers", 1971)}
    others = {"b:beatles": ("band", "The Beatles"), "b:stones": ("band", "The Rolling Stones"),
              "p:epstein": ("manager", "Brian Epstein"), "p:klein": ("manager", "Allen Klein"),
              "p:lennon": ("musician", "John Lennon"), "p:jagger": ("musician", "Mick Jagger"),
              "l:apple": ("label", "Apple Records"), "l:rsr": ("label", "Rolling Stones Records"),
              "g:grammy": ("award", "Grammy Award for Best Engineered Album"),
              "g:aoty": ("award", "Grammy Award for Album of the Year")}
    triples = [("b:beatles", "managed_by", "p:epstein"), ("b:stones", "managed_by", "p:klein"),
               ("p:lennon", "member_of", "b:beatles"), ("p:jagger", "member_of", "b:stones"),
               ("a:abbey", "released_by", "l:apple"), ("a:sticky", "released_by", "l:rsr"),
               ("a:abbey", "won", "g:grammy"), ("a:abbey", "nominated_for", "g:aoty")]
    return build(items, others, rels, triples)


def trails():
    # trails part of a park; park administered by an agency; a park home to animals
    rels = [R("part_of", phrase="is part of", inverse_phrase="includes"),
            R("administered_by", phrase="is administered by", inverse_phrase="administers"),
            R("home_to", phrase="is home to", inverse_phrase="lives in"),
            R("has_landmark", phrase="has the landmark", inverse_phrase="is a landmark of")]
    items = {"t:jmt": ("trail", "John Muir Trail", 1915), "t:mist": ("trail", "Mist Trail", None),
             "t:fairy": ("trail", "Fairyland Loop", None)}
    others = {"k:yos": ("park", "Yosemite National Park"), "k:bryce": ("park", "Bryce Canyon National Park"),
              "a:nps": ("agency", "National Park Service"), "a:usfs": ("agency", "US Forest Service"),
              "w:bear": ("animal", "black bear"), "w:dog": ("animal", "prairie dog"),
              "l:hd": ("landmark", "Half Dome"), "l:thor": ("landmark", "Thor's Hammer")}
    triples = [("t:jmt", "part_of", "k:yos"), ("t:mist", "part_of", "k:yos"), ("t:fairy", "part_of", "k:bryce"),
               ("k:yos", "administered_by", "a:nps"), ("k:bryce", "administered_by", "a:nps"),
               ("t:jmt", "administered_by", "a:usfs"),
               ("k:yos", "home_to", "w:bear"), ("k:bryce", "home_to", "w:dog"),
               ("k:yos", "has_landmark", "l:hd"), ("k:bryce", "has_landmark", "l:thor")]
    return build(items, others, rels, triples)


def journals():
    # a publisher publishes journals; a journal printed a paper by an author; "bring" elsewhere absent
    rels = [R("published_by", phrase="is published by", inverse_phrase="publishes"),
            R("appeared_in", phrase="appeared in", inverse_phrase="printed"),
            R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("reviewed_in", phrase="was reviewed in", inverse_phrase="reviewed")]
    items = {"j:nature": ("journal", "Nature", 1869), "j:cell": ("journal", "Cell", 1974),
             "x:dna": ("paper", "Molecular Structure of Nucleic Acids", 1953)}
    others = {"b:springer": ("publisher", "Springer Nature"), "b:elsevier": ("publisher", "Elsevier"),
              "p:watson": ("scientist", "James Watson"), "p:crick": ("scientist", "Francis Crick")}
    triples = [("j:nature", "published_by", "b:springer"), ("j:cell", "published_by", "b:elsevier"),
               ("x:dna", "appeared_in", "j:nature"), ("x:dna", "written_by", "p:watson"),
               ("x:dna", "written_by", "p:crick")]
    return build(items, others, rels, triples)


CASES = {
    novels: [
        # WINNING where other relations reach the same prizes
        "The Mirror and the Light took the Booker Prize.",
        "The Mirror and the Light received the Booker Prize.",
        "The Mirror and the Light picked up the Booker Prize.",
        "The Mirror and the Light was awarded the Booker Prize.",
        "The Mirror and the Light was given the Booker Prize.",
        "The Mirror and the Light landed the Booker Prize.",
        "The Mirror and the Light collected the Booker Prize.",
        "The Mirror and the Light took the Women's Prize for Fiction.",
        "Wolf Hall received the Women's Prize for Fiction.",
        "Wolf Hall was awarded the Women's Prize for Fiction.",
        "Wolf Hall took the Costa Book Award.",
        "Bring Up the Bodies picked up the National Book Critics Circle Award.",
        "The Remains of the Day received the Costa Book Award.",
        "Wolf Hall and The Mirror and the Light were each awarded the Booker Prize.",
        "Wolf Hall and Bring Up the Bodies were each awarded the Costa Book Award.",
        "Wolf Hall and Bring Up the Bodies were both awarded the National Book Critics Circle Award.",
        "Wolf Hall and The Mirror and the Light both took the Booker Prize.",
        "Wolf Hall and The Mirror and the Light received the Booker Prize.",
        "Wolf Hall and Bring Up the Bodies are part of the Wolf Hall trilogy. Each was awarded the Costa Book Award.",
        "The Mirror and the Light is part of the Wolf Hall trilogy. It took the Booker Prize.",
        "Wolf Hall took the Booker Prize and the Costa Book Award.",
        "Wolf Hall took the Booker Prize and the Women's Prize for Fiction.",
        "Bring Up the Bodies was also awarded the Women's Prize for Fiction.",
        "The Booker Prize took Wolf Hall.",
        "The Booker Prize received Wolf Hall.",
        "The Booker Prize was awarded Wolf Hall.",
        "The Booker Prize was awarded to The Mirror and the Light.",
        "The Costa Book Award was given to Wolf Hall.",
        "Wolf Hall received the Booker Prize from Fourth Estate.",
        "Wolf Hall was given the Booker Prize by Hilary Mantel.",
        "Wolf Hall received the Booker Prize from Kazuo Ishiguro.",
        "Wolf Hall took the Booker Prize from The Mirror and the Light.",
        "Wolf Hall took the Booker Prize in 1989.",
        "The Remains of the Day took the Booker Prize in 2009.",
        "Wolf Hall received a nomination for the Costa Book Award.",
        "The Mirror and the Light received a shortlisting for the Costa Book Award.",
        "Wolf Hall received the Wolf Hall trilogy.",
        "Wolf Hall took Fourth Estate.",
        "Wolf Hall received Hilary Mantel.",
        "Fourth Estate received the Booker Prize.",
        "Faber and Faber took the Booker Prize.",
        "The Wolf Hall trilogy took the Costa Book Award.",
        "Kazuo Ishiguro took the Booker Prize for Wolf Hall.",
        "The Booker Prize-winning The Mirror and the Light is part of the Wolf Hall trilogy.",
        "The prize-winning The Mirror and the Light was published by Fourth Estate.",
        # belongs to / forms part of
        "The Remains of the Day belongs to the Wolf Hall trilogy.",
        "The Remains of the Day forms part of the Wolf Hall trilogy.",
        "The Wolf Hall trilogy belongs to Wolf Hall.",
        "The Wolf Hall trilogy forms part of Bring Up the Bodies.",
        "Wolf Hall belongs to the Booker Prize.",
        "Wolf Hall forms part of the Booker Prize.",
        "Wolf Hall belongs to Hilary Mantel's trilogy, published by Faber and Faber.",
        "Wolf Hall and The Remains of the Day belong to the Wolf Hall trilogy.",
        "The Remains of the Day and Wolf Hall both form part of the Wolf Hall trilogy.",
        "Wolf Hall belongs to Kazuo Ishiguro.",
        "Hilary Mantel belongs to the Wolf Hall trilogy.",
        "Fourth Estate belongs to the Wolf Hall trilogy.",
        "The Remains of the Day, which belongs to the Wolf Hall trilogy, was published by Faber and Faber.",
        # bring out
        "Faber and Faber brought out Wolf Hall.",
        "Wolf Hall was brought out by Faber and Faber.",
        "Fourth Estate brought out The Remains of the Day.",
        "Hilary Mantel brought out Wolf Hall.",
        "Wolf Hall was brought out by Hilary Mantel.",
        "Kazuo Ishiguro brought out The Remains of the Day.",
        "Faber and Faber brings out the Wolf Hall trilogy.",
        "Fourth Estate brought out Wolf Hall in 2012.",
        "Fourth Estate brought out Wolf Hall and The Remains of the Day.",
        "The Booker Prize brought out Wolf Hall.",
        "Wolf Hall came out on Faber and Faber.",
        "Wolf Hall came out on Fourth Estate in 2020.",
    ],
    records: [
        "Rolling in the Deep came out on Universal Music Publishing.",
        "Rolling in the Deep was released on Universal Music Publishing.",
        "Smells Like Teen Spirit is out on EMI Music Publishing.",
        "Hello came out through Universal Music Publishing.",
        "Smells Like Teen Spirit came out on XL Recordings.",
        "Hello was issued on DGC Records.",
        "Rolling in the Deep and Smells Like Teen Spirit came out on XL Recordings.",
        "Rolling in the Deep came out on 25.",
        "Hello came out on 21.",
        "Smells Like Teen Spirit came out on Adele.",
        "Rolling in the Deep came out on XL Recordings in 2015.",
        "Rolling in the Deep came out on XL Recordings in 1991.",
        "Hello came out on XL Recordings and won the Grammy Award for Record of the Year.",
        "XL Recordings came out on Rolling in the Deep.",
        "Adele came out on XL Recordings.",
        "Universal Music Publishing brought out Smells Like Teen Spirit.",
        "Smells Like Teen Spirit was brought out by Universal Music Publishing.",
        "DGC Records brought out Hello.",
        "Hello was brought out by DGC Records.",
        "Adele brought out Smells Like Teen Spirit.",
        "Hello took the Grammy Award for Record of the Year.",
        "Hello received the Grammy Award for Record of the Year.",
        "Smells Like Teen Spirit took the Grammy Award for Best Rock Song.",
        "Smells Like Teen Spirit was awarded the Grammy Award for Best Rock Song.",
        "Smells Like Teen Spirit received the Grammy Award for Best Rock Song.",
        "Rolling in the Deep received the Grammy Award for Best Rock Song.",
        "Adele took the Grammy Award for Best Rock Song.",
        "Nirvana received the Grammy Award for Record of the Year.",
        "Hello and Rolling in the Deep were each awarded the Grammy Award for Record of the Year.",
        "Rolling in the Deep belongs to 25.",
        "Hello belongs to 21.",
        "Smells Like Teen Spirit forms part of 21.",
        "21 belongs to Rolling in the Deep.",
        "Rolling in the Deep and Hello belong to 21.",
        "Rolling in the Deep and Hello both belong to 25.",
        "Rolling in the Deep belongs to Nirvana.",
    ],
    teams: [
        "Liverpool was awarded the 2007 Champions League Final.",
        "AC Milan was awarded the 2005 Champions League Final.",
        "AC Milan took the 2005 Champions League Final.",
        "AC Milan received the FA Cup.",
        "AC Milan picked up the FA Cup.",
        "Liverpool and AC Milan were each awarded the FA Cup.",
        "Liverpool and AC Milan both took the 2005 Champions League Final.",
        "Liverpool took the 2007 Champions League Final.",
        "Anfield received the European Cup.",
        "Liverpool belongs to Serie A.",
        "AC Milan forms part of the Premier League.",
        "Liverpool belongs to AC Milan.",
        "Liverpool belongs to Anfield.",
        "Liverpool and AC Milan belong to the Premier League.",
        "Liverpool took the FA Cup in 1899.",
    ],
    politicians: [
        "Jimmy Carter took the 2008 presidential election.",
        "Barack Obama received the 1976 presidential election.",
        "Jimmy Carter was awarded the Illinois Senate seat.",
        "Jimmy Carter took the Illinois Senate seat.",
        "Barack Obama and Jimmy Carter were each awarded the Illinois Senate seat.",
        "Barack Obama and Jimmy Carter both took the 2008 presidential election.",
        "Honolulu received the Nobel Peace Prize.",
        "The Democratic Party took the Nobel Peace Prize.",
        "Barack Obama belongs to Honolulu.",
        "Jimmy Carter belongs to Plains. He took the 2008 presidential election.",
        "The Democratic Party belongs to Barack Obama.",
        "Barack Obama, born in Plains, took the Nobel Peace Prize.",
        "Jimmy Carter, born in Honolulu, received the Nobel Peace Prize.",
    ],
    ships: [
        "The Isle of Arran belongs to the Clyde fleet.",
        "The Isle of Mull belongs to Cunard.",
        "The Isle of Mull forms part of the Cunard fleet.",
        "Mauretania belongs to the Clyde fleet.",
        "Lusitania belongs to CMAL.",
        "Lusitania took the Blue Riband medal.",
        "Lusitania received the Blue Riband medal.",
        "Mauretania took the Hales Trophy.",
        "The Isle of Mull was awarded the Blue Riband medal.",
        "Mauretania and Lusitania were each awarded the Blue Riband medal.",
        "Cunard received the Blue Riband medal.",
        "CalMac runs Mauretania.",
        "Cunard runs the Isle of Mull.",
        "CMAL runs the Isle of Mull.",
        "The Isle of Arran is run by CMAL.",
        "The Isle of Mull is operated by CMAL.",
        "CMAL brought out the Isle of Mull.",
    ],
    bands: [
        "Brian Epstein belongs to The Beatles.",
        "John Lennon belongs to The Rolling Stones.",
        "Mick Jagger forms part of The Beatles.",
        "Allen Klein belongs to The Rolling Stones.",
        "The Beatles belong to John Lennon.",
        "The Beatles belongs to Brian Epstein.",
        "John Lennon and Mick Jagger belong to The Beatles.",
        "Allen Klein manages The Beatles.",
        "Brian Epstein looks after The Rolling Stones.",
        "The Rolling Stones are overseen by Brian Epstein.",
        "John Lennon runs The Beatles.",
        "The Beatles are run by John Lennon.",
        "Sticky Fingers came out on Apple Records.",
        "Abbey Road came out on Rolling Stones Records.",
        "Abbey Road came out on The Beatles.",
        "Abbey Road took the Grammy Award for Album of the Year.",
        "Abbey Road received the Grammy Award for Album of the Year.",
        "Abbey Road was awarded the Grammy Award for Album of the Year.",
        "Sticky Fingers took the Grammy Award for Best Engineered Album.",
        "The Beatles received the Grammy Award for Best Engineered Album.",
        "Abbey Road and Sticky Fingers were each awarded the Grammy Award for Best Engineered Album.",
        "Apple Records brought out Sticky Fingers.",
        "Sticky Fingers was brought out by Apple Records.",
        "Brian Epstein brought out Abbey Road.",
    ],
    trails: [
        "The Fairyland Loop belongs to Yosemite National Park.",
        "The Mist Trail forms part of Bryce Canyon National Park.",
        "The John Muir Trail and the Fairyland Loop belong to Yosemite National Park.",
        "Yosemite National Park belongs to the John Muir Trail.",
        "The Mist Trail belongs to the US Forest Service.",
        "Half Dome belongs to Bryce Canyon National Park.",
        "Thor's Hammer belongs to Yosemite National Park.",
        "Black bears belong to Bryce Canyon National Park.",
        "Prairie dogs live in Yosemite National Park.",
        "Prairie dogs roam Yosemite National Park.",
        "Black bears roam the Fairyland Loop.",
        "The Mist Trail is home to prairie dogs.",
        "The Fairyland Loop has Half Dome.",
        "Half Dome stands in Bryce Canyon National Park.",
        "Thor's Hammer is in the Mist Trail.",
        "The US Forest Service administers Yosemite National Park.",
        "The US Forest Service runs Bryce Canyon National Park.",
        "Bryce Canyon National Park is managed by the US Forest Service.",
        "The US Forest Service oversees the Mist Trail.",
        "The Mist Trail and the Fairyland Loop are part of Yosemite National Park. Each has Half Dome.",
        "The John Muir Trail, part of Bryce Canyon National Park, was built in 1915.",
        "Yosemite National Park took Half Dome.",
        "The John Muir Trail belongs to Yosemite National Park and shelters prairie dogs.",
    ],
    journals: [
        "Elsevier brought out Nature.",
        "Nature was brought out by Elsevier.",
        "Springer Nature brings out Cell.",
        "Nature brought out Cell.",
        "Cell brought out Molecular Structure of Nucleic Acids.",
        "James Watson brought out Nature.",
        "Molecular Structure of Nucleic Acids was brought out by Elsevier.",
        "Molecular Structure of Nucleic Acids was brought out by Cell.",
        "Springer Nature brought out Molecular Structure of Nucleic Acids.",
        "Nature and Cell are brought out by Springer Nature.",
        "Springer Nature brought out Nature in 1974.",
        "Molecular Structure of Nucleic Acids belongs to Cell.",
        "Molecular Structure of Nucleic Acids came out on Cell.",
        "Molecular Structure of Nucleic Acids came out on Elsevier.",
        "Nature came out on Elsevier.",
        "Nature took Molecular Structure of Nucleic Acids.",
        "Cell received Molecular Structure of Nucleic Acids.",
        "Nature belongs to Elsevier.",
        "Cell belongs to Springer Nature.",
    ],
    parks: [
        "Half Dome belongs to Yellowstone National Park.",
        "Old Faithful belongs to Denali National Park.",
        "Caribou belong to Yellowstone National Park.",
        "Yellowstone National Park belongs to Alaska.",
        "Denali National Park belongs to Alaska State Parks.",
        "Yosemite National Park forms part of Wyoming.",
        "Yellowstone National Park took Half Dome.",
        "Denali National Park received bison.",
        "The National Park Service brought out Yosemite National Park.",
        "Yosemite National Park and Denali National Park are in Alaska.",
        "Each of Yellowstone National Park and Yosemite National Park shelters caribou.",
        "Yellowstone National Park and Denali National Park are managed by the National Park Service. Each shelters black bears.",
        "Caribou and black bears both roam Denali National Park.",
        "Denali National Park, which Alaska State Parks looks after, has caribou.",
        "Yosemite National Park is looked after by the National Park Service and includes Old Faithful.",
        "Gray wolves roam Yellowstone National Park and Yosemite National Park.",
        "Old Faithful, in Yosemite National Park, is looked after by the National Park Service.",
    ],
    games: [
        "Hollow Knight belongs to IGN.",
        "Celeste belongs to the genre metroidvania.",
        "Hollow Knight forms part of the platformer genre.",
        "IGN brought out Celeste.",
        "Celeste was brought out by Edge.",
        "Team Cherry brought out Celeste.",
        "Steam brought out Hollow Knight.",
        "Celeste received IGN.",
        "Celeste took the platformer.",
    ],
    songs: [
        "Respect came out on Atlantic Studios.",
        "Jolene came out on RCA Studio B.",
        "Jolene was released on Atlantic Studios.",
        "Jerry Wexler brought out Jolene.",
        "Respect was brought out by Bob Ferguson.",
        "Otis Redding brought out Respect.",
        "Respect belongs to Dolly Parton.",
        "Jolene forms part of RCA Studio B.",
    ],
    clubs: [
        "Everton belongs to Liverpool FC.",
        "Hibernian belongs to Edinburgh.",
        "Everton took the Premier League.",
        "Everton belongs to the Scottish Premiership.",
        "Hibernian forms part of the Premier League.",
    ],
    movies: [
        "Inception belongs to Quentin Tarantino.",
        "Pulp Fiction belongs to Christopher Nolan.",
        "Inception took Leonardo DiCaprio.",
        "Pulp Fiction received Uma Thurman.",
        "Christopher Nolan brought out Pulp Fiction.",
        "Pulp Fiction was brought out by Christopher Nolan.",
        "Inception came out on Miramax.",
        "Pulp Fiction was released on Warner Bros.",
        "Inception forms part of Pulp Fiction.",
    ],
}


def _one(name, rel, inv, subject, stype, obj, otype, more=()):
    """A graph whose one relation from `subject` to `obj` is worded `rel` (a past, lost, negated or
    hoped-for habitat / feature / release), plus a location; the factory is named `name`."""
    def make():
        rels = [R("rel", phrase=rel, inverse_phrase=inv), R("located_in", phrase="is located in", inverse_phrase="contains")]
        items = {"s:1": (stype, subject, None)}
        others = {"o:1": (otype, obj), "c:1": ("country", "Europe")}
        triples = [("s:1", "rel", "o:1"), ("s:1", "located_in", "c:1")] + list(more)
        return build(items, others, rels, triples)
    make.__name__ = name
    return make


WOLVES = ["Gray wolves roam Scotland.", "Gray wolves live in Scotland.", "Scotland has gray wolves.",
          "Scotland shelters gray wolves.", "Gray wolves are found in Scotland.", "Gray wolves wander Scotland.",
          "Scotland is a region with gray wolves."]
ICELAND = [t.replace("Scotland", "Iceland") for t in WOLVES]
OLD_MAN = ["The Old Man of the Mountain stands in New Hampshire.", "New Hampshire includes the Old Man of the Mountain.",
           "The Old Man of the Mountain is in New Hampshire.", "The Old Man of the Mountain rises in New Hampshire.",
           "New Hampshire has the Old Man of the Mountain.", "New Hampshire takes in the Old Man of the Mountain."]
HOTEL = ["Mount Washington stands in the Mount Washington Hotel.", "The Mount Washington Hotel includes Mount Washington.",
         "Mount Washington is in the Mount Washington Hotel.", "Mount Washington rises in the Mount Washington Hotel."]
PALAST = ["The Palast der Republik stands in Berlin.", "Berlin includes the Palast der Republik.",
          "The Palast der Republik is in Berlin.", "Berlin takes in the Palast der Republik."]
TOWER = ["The Dubai Creek Tower stands in Dubai.", "Dubai includes the Dubai Creek Tower.", "The Dubai Creek Tower is in Dubai.",
         "The Dubai Creek Tower rises in Dubai."]
SMILE = [t.replace("Smile", "Silent Harbour Sessions") for t in ["Smile came out on Capitol Records.", "Smile was released on Capitol Records.",
         "Smile is out on Capitol Records.", "Smile was issued on Capitol Records.", "Smile came out through Capitol Records.",
         "Smile came out on Capitol Records in 1967."]]
NEGATIVE = {
    _one("once_home", "was once home to", "once lived in", "Scotland", "region", "gray wolf", "animal"): WOLVES,
    _one("no_longer_home", "is no longer home to", "no longer lives in", "Scotland", "region", "gray wolf", "animal"): WOLVES,
    _one("never_home", "was never home to", "never lived in", "Iceland", "region", "gray wolf", "animal"): ICELAND,
    _one("could_be_home", "could again be home to", "could be reintroduced to", "Scotland", "region", "gray wolf", "animal"): WOLVES,
    _one("former_habitat", "is the former habitat of", "formerly inhabited", "Scotland", "region", "gray wolf", "animal"): WOLVES,
    _one("exterminated", "exterminated", "was exterminated in", "Scotland", "region", "gray wolf", "animal"): WOLVES,
    _one("lost_landmark", "has lost the landmark", "once stood in", "New Hampshire", "region", "Old Man of the Mountain", "landmark"): OLD_MAN,
    _one("had_landmark", "had the landmark", "was a landmark of", "New Hampshire", "region", "Old Man of the Mountain", "landmark"): OLD_MAN,
    _one("ruins_of", "has the ruins of the landmark", "was a landmark of", "New Hampshire", "region", "Old Man of the Mountain", "landmark"): OLD_MAN,
    _one("view_of", "has a view of", "is visible from", "Mount Washington Hotel", "hotel", "Mount Washington", "peak"): HOTEL,
    _one("demolished", "has demolished", "was demolished in", "Berlin", "city", "Palast der Republik", "landmark"): PALAST,
    _one("plans_for", "has plans for", "is planned for", "Dubai", "city", "Dubai Creek Tower", "landmark"): TOWER,
    _one("no_landmark_like", "has no landmark like", "is unlike any landmark of", "Ohio", "region", "Old Man of the Mountain", "landmark"):
        [t.replace("New Hampshire", "Ohio") for t in OLD_MAN],
    _one("not_released", "was not released by", "did not release", "Silent Harbour Sessions", "album", "Capitol Records", "label"): SMILE,
    _one("never_issued", "was never issued by", "never issued", "Silent Harbour Sessions", "album", "Capitol Records", "label"): SMILE,
    _one("to_be_released", "was to be released by", "shelved", "Silent Harbour Sessions", "album", "Capitol Records", "label"): SMILE,
    _one("due_released", "was due to be released by", "was due to release", "Silent Harbour Sessions", "album", "Capitol Records", "label"): SMILE,
    # "has" / "with" said of any one relation to animals (or any relation worded "has ..."), not only a habitat
    _one("free_of", "is free of", "is absent from", "Ireland", "island", "snake", "animal"):
        ["Ireland has snakes.", "Ireland is an island with snakes.", "Snakes live in Ireland.", "Snakes roam Ireland."],
    _one("preys_on", "preys on", "is prey of", "Canada lynx", "species", "snowshoe hare", "animal"):
        ["The Canada lynx has snowshoe hares.", "Canada lynx is a species with snowshoe hares."],
    _one("eradicated", "has eradicated", "was eradicated from", "Campbell Island", "island", "brown rat", "animal"):
        ["Campbell Island has brown rats.", "Campbell Island is an island with brown rats.", "Brown rats live on Campbell Island."],
    _one("hunted", "hunted", "was hunted in", "Scotland", "region", "gray wolf", "animal"):
        ["Scotland has gray wolves.", "Scotland is a region with gray wolves."],
    _one("banned", "has banned", "is banned in", "New Zealand", "country", "ferret", "animal"):
        ["New Zealand has ferrets.", "New Zealand is a country with ferrets."],
    _one("applied_for", "has applied for", "was applied for by", "Ohio", "region", "Hales Trophy", "trophy"):
        ["Ohio has the Hales Trophy.", "Ohio took the Hales Trophy.", "Ohio received the Hales Trophy."],
    _one("bid_for", "has bid for", "was bid for by", "Istanbul", "city", "2020 Summer Olympics", "event"):
        ["Istanbul has the 2020 Summer Olympics.", "Istanbul is a city with the 2020 Summer Olympics."],
    _one("lost_trophy", "has lost", "was lost by", "Norway", "country", "Hales Trophy", "trophy"):
        ["Norway has the Hales Trophy.", "Norway took the Hales Trophy.", "Norway is a country with the Hales Trophy."],
    _one("returned", "has returned", "was returned by", "Horniman Museum", "museum", "Benin Bronzes", "artefact"):
        ["The Horniman Museum has the Benin Bronzes.", "The Horniman Museum is a museum with the Benin Bronzes."],
    _one("sold", "has sold", "was sold by", "Harbour Museum", "museum", "Lighthouse Keeper's Chair", "painting"):
        ["The Harbour Museum has the Lighthouse Keeper's Chair.", "The Harbour Museum is a museum with the Lighthouse Keeper's Chair.",
         "The Lighthouse Keeper's Chair is in the Harbour Museum."],
    _one("declined", "has declined", "was declined by", "Jean-Paul Sartre", "writer", "Nobel Prize in Literature", "prize"):
        ["Jean-Paul Sartre has the Nobel Prize in Literature.", "Jean-Paul Sartre took the Nobel Prize in Literature.",
         "Jean-Paul Sartre received the Nobel Prize in Literature."],
    _one("lacks", "lacks", "is missing from", "Ohio", "region", "Old Faithful", "landmark"):
        ["Ohio has Old Faithful.", "Ohio is a region with Old Faithful.", "Old Faithful is in Ohio."],
}
CASES.update(NEGATIVE)


def main():
    accepted = total = 0
    for make, texts in CASES.items():
        ch = ConsistencyChecker(make(), outside_evidence=True).build()
        for text in texts:
            total += 1
            v = ch.check(text, (), None)
            if v.supported:
                accepted += 1
                print(f"ACCEPTED [{make.__name__}] {text}")
    print(f"accepted {accepted} of {total}")


if __name__ == "__main__":
    main()
