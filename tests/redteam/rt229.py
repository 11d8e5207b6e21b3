"""Red team round 229: the session's change to the checker (CHANGES.diff) on six small graphs of
my own: offices taken ("became / was appointed / was elected / was made / was named / went on to
become <office> of"), firms' subsidiaries and parent companies (from "is owned by"), and compound
item types read by their head noun alone ("the studio", "the carrier", "the tale", "the player",
"the coaster", "the quartet").

Graphs are built in code (``KnowledgeGraph.from_triples`` with declared entities and relations);
each text is checked with ``ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0)``
and no evidence, so any true statement of the graph is allowed. Graphs: "church" (archbishops,
bishops, abbots, kings; churches "named after" saints, a chalice "made by" a goldsmith;
archbishops are items dated by birth), "industry" (firms "owned by" firms, a conglomerate and an
investor; a past "was owned by"; "founded", "acquired", "distributes", "made by"; chairmen and a
managing director), "screen" (film studios and a recording studio as items, films and an album;
a studio head, a studio owned by a corporation), "sport" (ice hockey, tennis, chess and football
players as items dated by birth, record players as items; captains, head coaches, a manager),
"coast" (roller coasters in parks, aircraft carriers, airlines owned by a holding company),
"tales" (fairy tales, string quartets, a string ensemble named "the ... Quartet", a folklorist
who was editor of a journal, a composer who was conductor of an orchestra).

Findings: 11 of 296 false texts accepted, all new with the session (the code with CHANGES.diff
reversed rejects all 11). Controls: 50 of 61 accepted. OPEN: 12.
* subsidiary / parent company: the owner test looks at the relation's range words only, and "investor"
  is neither a firm word nor in _PEOPLE_WORDS nor PERSON_TYPES, so a range mixing "company" with
  "investor" lets a person be a "parent company" ("Aske Brewery is a subsidiary of Karin Lund");
  the subject is never tested for being a firm, so a yacht and a stadium are "subsidiaries";
  the bare "a subsidiary of" is added for the past "was owned by" too, so a present sentence
  with the apposition says a past ownership is current.
* head nouns: "a carrier" / "a coaster" in an apposition or "is a ... in" is accepted of a shipyard
  and of an amusement park.
Held: the offices taken (wrong see, office, person, another relation's post, lists, negation,
birth year, "was made" / "was named" of a goldsmith, a church, a record player); "the studio" /
"the player" where two types end in the word; wrong-direction subsidiaries, other relations
between the firms, "tale" and "quartet" of the wrong items.
Controls rejected (11): "became the archbishop of" (no "the" form); "The parent company of X is Y";
the offices that are also _STAFF_ROLES ("chairman", "managing director", "manager", "editor",
"conductor", "director"): the declared "was <staff role> of" returns early as a past state in
_inflect, before the _office branch, so "became / was elected / was appointed / was named / went
on to become" never reach them.
Closed in the same session: "a subsidiary of" / "the parent company of" only where every subject
type of the ownership is a firm's or a brand's (not a yacht's, a stadium's) and every owner type a
firm's (not an investor's), the bare nouns only for a present "is owned by"; a noun of the graph's
items said right after "X is a" of a name that is no item is wrong there also when its phrase goes
on ("Lumo Park is a roller coaster in Helsinki", "Tyne Shipbuilders, a carrier based in
Newcastle": older for the full compound, accepted by the starting code too); "became the
<office> of" and offices that are staff roles ("became chairman of") read too. Then: accepted 0
of 296.
"""
import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


CLERGY = ("archbishop", "bishop", "abbot", "king", "goldsmith", "mason")


def church():
    """Archbishops (items dated by birth) "were archbishop of" archdioceses and "succeeded" one
    another, some "were bishop of" dioceses first; bishops "were bishop of" dioceses and "abbot
    of" abbeys; kings "were king of" kingdoms and "were crowned by" archbishops; churches (items
    dated by consecration) "were named after" saints and "were built by" a mason; a chalice "was
    made by" a goldsmith; people "were born in" towns."""
    rels = [
        R("archbishop", phrase="was archbishop of", inverse_phrase="had as archbishop", domain=("archbishop",),
          range=("archdiocese",)),
        R("bishop", phrase="was bishop of", inverse_phrase="had as bishop", domain=("archbishop", "bishop"), range=("diocese",)),
        R("abbot", phrase="was abbot of", inverse_phrase="had as abbot", domain=("bishop", "abbot"), range=("abbey",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("archbishop",), range=("archbishop",)),
        R("king", phrase="was king of", inverse_phrase="was ruled by", domain=("king",), range=("kingdom",)),
        R("crowned", phrase="was crowned by", inverse_phrase="crowned", domain=("king",), range=("archbishop",)),
        R("named", phrase="was named after", inverse_phrase="gave its name to", domain=("church",), range=("saint",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=("church",), range=("mason",)),
        R("made", phrase="was made by", inverse_phrase="made", domain=("chalice",), range=("goldsmith",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=CLERGY, range=("town",)),
    ]
    items = {"a:plegmund": ("archbishop", "Plegmund", 850), "a:athelm": ("archbishop", "Athelm", 862),
             "a:wulfhelm": ("archbishop", "Wulfhelm", 870), "a:hrotheweard": ("archbishop", "Hrotheweard", 866),
             "a:wulfstan": ("archbishop", "Wulfstan Lupus", 955),
             "c:swithun": ("church", "St Swithun's Church", 960), "c:edmund": ("church", "St Edmund's Minster", 1020),
             "x:chalice": ("chalice", "the Trewhiddle Chalice", 875)}
    others = {"b:aldhelm": ("bishop", "Aldhelm of Malmesbury"), "b:asser": ("bishop", "Asser"),
              "b:frithestan": ("bishop", "Frithestan"), "o:aelfric": ("abbot", "Aelfric of Eynsham"),
              "k:athelstan": ("king", "Athelstan"), "k:sihtric": ("king", "Sihtric"),
              "s:swithun": ("saint", "Saint Swithun"), "s:edmund": ("saint", "Saint Edmund"),
              "m:osric": ("mason", "Osric the Mason"), "g:eadwig": ("goldsmith", "Eadwig the Goldsmith"),
              "d:canterbury": ("archdiocese", "Canterbury"), "d:york": ("archdiocese", "York"),
              "d:wells": ("diocese", "Wells"), "d:sherborne": ("diocese", "Sherborne"), "d:worcester": ("diocese", "Worcester"),
              "d:winchester": ("diocese", "Winchester"),
              "e:malmesbury": ("abbey", "Malmesbury Abbey"), "e:eynsham": ("abbey", "Eynsham Abbey"),
              "r:wessex": ("kingdom", "Wessex"), "r:northumbria": ("kingdom", "Northumbria"),
              "t:glastonbury": ("town", "Glastonbury"), "t:ramsbury": ("town", "Ramsbury"), "t:exeter": ("town", "Exeter"),
              "t:bath": ("town", "Bath")}
    T = _t("archbishop", [("a:plegmund", "d:canterbury"), ("a:athelm", "d:canterbury"), ("a:wulfhelm", "d:canterbury"),
                          ("a:hrotheweard", "d:york"), ("a:wulfstan", "d:york")])
    T += _t("bishop", [("a:athelm", "d:wells"), ("a:wulfhelm", "d:wells"), ("a:wulfstan", "d:worcester"),
                       ("b:aldhelm", "d:sherborne"), ("b:asser", "d:sherborne"), ("b:frithestan", "d:winchester")])
    T += _t("abbot", [("b:aldhelm", "e:malmesbury"), ("o:aelfric", "e:eynsham")])
    T += _t("succeeded", [("a:athelm", "a:plegmund"), ("a:wulfhelm", "a:athelm")])
    T += _t("king", [("k:athelstan", "r:wessex"), ("k:sihtric", "r:northumbria")])
    T += _t("crowned", [("k:athelstan", "a:athelm")])
    T += _t("named", [("c:swithun", "s:swithun"), ("c:edmund", "s:edmund")])
    T += _t("built", [("c:swithun", "m:osric")])
    T += _t("made", [("x:chalice", "g:eadwig")])
    T += _t("born", [("a:athelm", "t:glastonbury"), ("a:wulfhelm", "t:ramsbury"), ("b:asser", "t:exeter"), ("o:aelfric", "t:bath"),
                     ("k:athelstan", "t:exeter")])
    return _build(items, others, rels, T)


def industry():
    """Firms "are owned by" firms (a conglomerate, a company) and one, with a yacht, by an
    investor (a type word not among the people words: the new subsidiary reading sees owners typed
    company / conglomerate, and no "person"); a stadium "is owned by" the conglomerate; some firms
    "were owned by" another before (past); "was founded by", "acquired", "distributes" between the
    same firms; products (items dated by launch) "were made by" firms; businesspeople "were chairman
    of" and "managing director of" firms; all firms "are based in" towns."""
    rels = [
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("company", "brewery", "stadium", "yacht"),
          range=("company", "conglomerate", "investor")),
        R("formerly", phrase="was owned by", inverse_phrase="owned", domain=("company", "brewery"), range=("company",)),
        R("founded", phrase="was founded by", inverse_phrase="founded", domain=("company", "brewery"),
          range=("company", "engineer", "investor")),
        R("acquired", phrase="acquired", inverse_phrase="was acquired by", domain=("company", "conglomerate"),
          range=("company", "brewery")),
        R("distributes", phrase="distributes", inverse_phrase="is distributed by", domain=("company",), range=("beer", "car")),
        R("made", phrase="was made by", inverse_phrase="made", domain=("beer", "car", "tractor"), range=("company", "brewery")),
        R("chairman", phrase="was chairman of", inverse_phrase="was chaired by", domain=("businessman", "businesswoman"),
          range=("company", "conglomerate")),
        R("md", phrase="was managing director of", inverse_phrase="had as managing director", domain=("engineer",),
          range=("company",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("company", "conglomerate", "brewery"),
          range=("town",)),
    ]
    items = {"p:pilsner": ("beer", "Aske Pilsner", 1921), "p:comet": ("car", "Brekke Comet", 1958),
             "p:t20": ("tractor", "Fjell T20", 1962), "p:maiden": ("yacht", "Sea Maiden", 1987),
             "p:nordpark": ("stadium", "Nordpark Stadium", 1975)}
    others = {"c:halvorsen": ("conglomerate", "Halvorsen Group"), "c:brekke": ("company", "Brekke Motors"),
              "c:vinter": ("company", "Vinter Industries"), "c:fjell": ("company", "Fjell Tractors"),
              "c:aske": ("brewery", "Aske Brewery"), "c:polar": ("company", "Polar Bottling"),
              "i:lund": ("investor", "Karin Lund"), "e:brekke": ("engineer", "Ole Brekke"),
              "h:halvorsen": ("businessman", "Magnus Halvorsen"), "h:strand": ("businesswoman", "Eva Strand"),
              "t:bergen": ("town", "Bergen"), "t:drammen": ("town", "Drammen"), "t:skien": ("town", "Skien")}
    T = _t("owned", [("c:brekke", "c:halvorsen"), ("c:fjell", "c:brekke"), ("c:polar", "c:vinter"), ("c:aske", "i:lund"),
                     ("p:maiden", "i:lund"), ("p:nordpark", "c:halvorsen")])
    T += _t("formerly", [("c:brekke", "c:vinter"), ("c:aske", "c:vinter")])
    T += _t("founded", [("c:brekke", "e:brekke"), ("c:fjell", "c:vinter"), ("c:polar", "i:lund")])
    T += _t("acquired", [("c:halvorsen", "c:brekke"), ("c:vinter", "c:aske")])
    T += _t("distributes", [("c:polar", "p:pilsner"), ("c:vinter", "p:comet")])
    T += _t("made", [("p:pilsner", "c:aske"), ("p:comet", "c:brekke"), ("p:t20", "c:fjell")])
    T += _t("chairman", [("h:halvorsen", "c:halvorsen"), ("h:strand", "c:vinter")])
    T += _t("md", [("e:brekke", "c:brekke")])
    T += _t("based", [("c:halvorsen", "t:bergen"), ("c:brekke", "t:drammen"), ("c:vinter", "t:skien"), ("c:fjell", "t:drammen"),
                      ("c:aske", "t:skien"), ("c:polar", "t:bergen")])
    return _build(items, others, rels, T)


def screen(recording=True):
    """Film studios and a recording studio (items dated by founding); films and an album (items
    dated by release) "were produced by" film studios, "directed by" directors, "recorded at" the
    recording studio; producers "founded" and "were head of" film studios (the new "became head
    of"); a studio "is owned by" a corporation (the new subsidiary reading); studios "are located
    in" cities; a film "was named after" a city."""
    rels = [
        R("produced", phrase="was produced by", inverse_phrase="produced", domain=("film",), range=("film studio",)),
        R("directed", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("film director",)),
        R("recorded", phrase="was recorded at", inverse_phrase="is where was recorded", domain=("album",),
          range=("recording studio",)),
        R("founded", phrase="was founded by", inverse_phrase="founded", domain=("film studio", "recording studio"),
          range=("producer", "sound engineer")),
        R("head", phrase="was head of", inverse_phrase="was headed by", domain=("producer",), range=("film studio",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("film studio",), range=("corporation",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("film studio", "recording studio"),
          range=("city",)),
        R("named", phrase="was named after", inverse_phrase="gave its name to", domain=("film",), range=("city",)),
    ]
    items = {"s:kestrel": ("film studio", "Kestrel Pictures", 1919), "s:northlight": ("film studio", "Northlight Films", 1931),
             "s:harbour": ("recording studio", "Harbour Lane Studios", 1965),
             "f:glass": ("film", "The Glass Road", 1948), "f:winter": ("film", "Winter Harbour", 1952),
             "f:paper": ("film", "Paper Lanterns", 1939), "f:lisbon": ("film", "Lisbon", 1961),
             "a:salt": ("album", "Salt and Iron", 1971)}
    others = {"p:price": ("producer", "Leonard Price"), "p:abel": ("producer", "Ruth Abel"), "p:morrow": ("producer", "Hugh Morrow"),
              "e:quill": ("sound engineer", "Dennis Quill"),
              "d:hale": ("film director", "Victor Hale"), "d:quist": ("film director", "Nora Quist"),
              "k:meridian": ("corporation", "Meridian Corporation"),
              "y:london": ("city", "London"), "y:glasgow": ("city", "Glasgow"), "y:lisbon": ("city", "Lisbon City")}
    T = _t("produced", [("f:glass", "s:kestrel"), ("f:paper", "s:kestrel"), ("f:winter", "s:northlight"), ("f:lisbon", "s:northlight")])
    T += _t("directed", [("f:glass", "d:hale"), ("f:paper", "d:hale"), ("f:winter", "d:quist"), ("f:lisbon", "d:quist")])
    T += _t("recorded", [("a:salt", "s:harbour")])
    T += _t("founded", [("s:kestrel", "p:price"), ("s:northlight", "p:abel"), ("s:harbour", "e:quill")])
    T += _t("head", [("p:price", "s:kestrel"), ("p:morrow", "s:kestrel"), ("p:abel", "s:northlight")])
    T += _t("owned", [("s:northlight", "k:meridian")])
    T += _t("located", [("s:kestrel", "y:london"), ("s:northlight", "y:glasgow"), ("s:harbour", "y:london")])
    T += _t("named", [("f:lisbon", "y:lisbon")])
    if not recording:  # (one type ending in "studio": "the studio" is the film studio)
        del items["s:harbour"], items["a:salt"], others["e:quill"]
        T = [t for t in T if "s:harbour" not in t and "a:salt" not in t and "e:quill" not in t]
        rels = [r for r in rels if r.name != "recorded"]
    return _build(items, others, rels, T)


def sport(records=True):
    """Ice hockey, tennis, chess and football players (items dated by birth) and record players
    (items dated by launch): hockey and football players "played for" clubs and "were captain of"
    them; coaches "were head coach of" clubs, a manager "was manager of" a football club; a tennis
    player "was coached by" a tennis coach; chess players "won" tournaments; record players "were
    made by" firms; people "were born in" towns."""
    rels = [
        R("played", phrase="played for", inverse_phrase="fielded", domain=("ice hockey player", "football player"),
          range=("ice hockey club", "football club")),
        R("captain", phrase="was captain of", inverse_phrase="was captained by", domain=("ice hockey player", "football player"),
          range=("ice hockey club", "football club")),
        R("headcoach", phrase="was head coach of", inverse_phrase="had as head coach", domain=("coach",),
          range=("ice hockey club",)),
        R("manager", phrase="was manager of", inverse_phrase="was managed by", domain=("manager",), range=("football club",)),
        R("coachedby", phrase="was coached by", inverse_phrase="coached", domain=("tennis player",), range=("tennis coach",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("chess player", "tennis player"), range=("tournament",)),
        R("made", phrase="was made by", inverse_phrase="made", domain=("record player",), range=("manufacturer",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("ice hockey player", "football player", "tennis player", "chess player", "coach", "manager", "tennis coach"),
          range=("town",)),
    ]
    items = {"h:lehtola": ("ice hockey player", "Jari Lehtola", 1972), "h:vaara": ("ice hockey player", "Pekka Vaara", 1975),
             "t:berg": ("tennis player", "Elin Berg", 1980), "t:nyman": ("tennis player", "Sara Nyman", 1983),
             "c:holt": ("chess player", "Anders Holt", 1969), "f:ek": ("football player", "Tomas Ek", 1978),
             "r:linnea": ("record player", "Linnea RP-2", 1968), "r:sonora": ("record player", "Sonora 300", 1974)}
    others = {"k:falcons": ("ice hockey club", "the Oulu Falcons"), "k:lynx": ("ice hockey club", "the Turku Lynx"),
              "k:vasa": ("football club", "Vasa FC"),
              "o:kallio": ("coach", "Risto Kallio"), "o:aro": ("coach", "Matti Aro"), "m:dahl": ("manager", "Henrik Dahl"),
              "g:sund": ("tennis coach", "Greta Sund"),
              "u:nordic": ("tournament", "the Nordic Open"), "u:baltic": ("tournament", "the Baltic Masters"),
              "a:aurora": ("manufacturer", "Aurora Audio"), "a:sonora": ("manufacturer", "Sonora Sound"),
              "y:oulu": ("town", "Oulu"), "y:turku": ("town", "Turku"), "y:vaasa": ("town", "Vaasa"), "y:pori": ("town", "Pori")}
    T = _t("played", [("h:lehtola", "k:falcons"), ("h:lehtola", "k:lynx"), ("h:vaara", "k:lynx"), ("f:ek", "k:vasa")])
    T += _t("captain", [("h:lehtola", "k:falcons"), ("f:ek", "k:vasa")])
    T += _t("headcoach", [("o:kallio", "k:falcons"), ("o:aro", "k:lynx")])
    T += _t("manager", [("m:dahl", "k:vasa")])
    T += _t("coachedby", [("t:berg", "g:sund")])
    T += _t("won", [("c:holt", "u:baltic"), ("t:nyman", "u:nordic")])
    T += _t("made", [("r:linnea", "a:aurora"), ("r:sonora", "a:sonora")])
    if not records:  # (players of sports only)
        del items["r:linnea"], items["r:sonora"], others["a:aurora"], others["a:sonora"]
        T = [t for t in T if t[1] != "made"]
        rels = [r for r in rels if r.name != "made"]
    T += _t("born", [("h:lehtola", "y:oulu"), ("h:vaara", "y:pori"), ("t:berg", "y:vaasa"), ("c:holt", "y:turku"),
                     ("f:ek", "y:vaasa"), ("o:kallio", "y:oulu"), ("m:dahl", "y:pori"), ("t:nyman", "y:turku")])
    return _build(items, others, rels, T)


def coast():
    """Roller coasters (items dated by opening) "are located in" parks and "were designed by" an
    engineer; aircraft carriers (items dated by launch) "were built by" shipyards and "served with"
    a navy; airlines (not items) "are based in" cities and "are owned by" a holding company (the
    new subsidiary reading); a captain "was commander of" a carrier (office "commander")."""
    rels = [
        R("located", phrase="is located in", inverse_phrase="contains", domain=("roller coaster", "amusement park"),
          range=("amusement park", "city")),
        R("designed", phrase="was designed by", inverse_phrase="designed", domain=("roller coaster",), range=("engineer",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=("aircraft carrier",), range=("shipyard",)),
        R("served", phrase="served with", inverse_phrase="had in service", domain=("aircraft carrier",), range=("navy",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("airline", "shipyard"), range=("city",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("airline",), range=("holding company",)),
        R("commander", phrase="was commander of", inverse_phrase="was commanded by", domain=("naval officer",),
          range=("aircraft carrier",)),
    ]
    items = {"r:thunder": ("roller coaster", "Thunder Fjord", 1998), "r:eagle": ("roller coaster", "Iron Eagle", 2004),
             "v:resolute": ("aircraft carrier", "HMS Resolute", 1944), "v:valiant": ("aircraft carrier", "HMS Valiant", 1951)}
    others = {"p:lumo": ("amusement park", "Lumo Park"), "p:bayside": ("amusement park", "Bayside Gardens"),
              "e:brandt": ("engineer", "Karl Brandt"), "e:ito": ("engineer", "Kenji Ito"),
              "s:tyne": ("shipyard", "Tyne Shipbuilders"), "s:clyde": ("shipyard", "Clydeside Yard"),
              "n:royal": ("navy", "the Royal Navy"), "n:dutch": ("navy", "the Dutch Navy"),
              "l:nordavia": ("airline", "Nordavia"), "l:coastal": ("airline", "Coastal Air"),
              "h:skyline": ("holding company", "Skyline Holdings"), "h:avicon": ("holding company", "Avicon Holdings"),
              "o:grey": ("naval officer", "Arthur Grey"), "o:blake": ("naval officer", "Edmund Blake"),
              "y:helsinki": ("city", "Helsinki"), "y:newcastle": ("city", "Newcastle"), "y:glasgow": ("city", "Glasgow"),
              "y:aberdeen": ("city", "Aberdeen")}
    T = _t("located", [("r:thunder", "p:lumo"), ("r:eagle", "p:bayside"), ("p:lumo", "y:helsinki"), ("p:bayside", "y:aberdeen")])
    T += _t("designed", [("r:thunder", "e:brandt"), ("r:eagle", "e:ito")])
    T += _t("built", [("v:resolute", "s:tyne"), ("v:valiant", "s:clyde")])
    T += _t("served", [("v:resolute", "n:royal"), ("v:valiant", "n:dutch")])
    T += _t("based", [("l:nordavia", "y:helsinki"), ("l:coastal", "y:aberdeen"), ("s:tyne", "y:newcastle"), ("s:clyde", "y:glasgow")])
    T += _t("owned", [("l:nordavia", "h:skyline"), ("l:coastal", "h:avicon")])
    T += _t("commander", [("o:grey", "v:resolute"), ("o:blake", "v:valiant")])
    return _build(items, others, rels, T)


def tales():
    """Fairy tales (items dated by first print) "were collected by" folklorists and "published in"
    collections; string quartets (items dated by composition) "were composed by" composers and
    "premiered by" a string ensemble named "the Linden Quartet"; a folklorist "was editor of" a
    journal, a composer "was conductor of" an orchestra and "director of" a conservatory."""
    rels = [
        R("collected", phrase="was collected by", inverse_phrase="collected", domain=("fairy tale",), range=("folklorist",)),
        R("published", phrase="was published in", inverse_phrase="includes", domain=("fairy tale",), range=("collection",)),
        R("composed", phrase="was composed by", inverse_phrase="composed", domain=("string quartet",), range=("composer",)),
        R("premiered", phrase="was premiered by", inverse_phrase="premiered", domain=("string quartet",), range=("ensemble",)),
        R("editor", phrase="was editor of", inverse_phrase="was edited by", domain=("folklorist",), range=("journal",)),
        R("conductor", phrase="was conductor of", inverse_phrase="was conducted by", domain=("composer",), range=("orchestra",)),
        R("director", phrase="was director of", inverse_phrase="was directed by", domain=("composer",), range=("conservatory",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("folklorist", "composer"), range=("city",)),
    ]
    items = {"t:linden": ("fairy tale", "The Silver Linden", 1812), "t:goose": ("fairy tale", "The Goose Girl of Brenn", 1837),
             "t:raven": ("fairy tale", "The Seventh Raven", 1845),
             "q:first": ("string quartet", "the Quartet in G minor", 1890), "q:second": ("string quartet", "the Lark Variations", 1897)}
    others = {"f:moe": ("folklorist", "Jorgen Moe"), "f:kessel": ("folklorist", "Anna Kessel"),
              "b:household": ("collection", "Household Tales of the North"), "b:winter": ("collection", "Winter Evening Tales"),
              "c:holub": ("composer", "Anton Holub"), "c:vrana": ("composer", "Marta Vrana"),
              "e:linden": ("ensemble", "the Linden Quartet"), "e:kocian": ("ensemble", "the Kocian Ensemble"),
              "j:folk": ("journal", "the Folklore Review"), "j:saga": ("journal", "Saga and Song"),
              "o:brno": ("orchestra", "the Brno Philharmonic"), "o:olomouc": ("orchestra", "the Olomouc Symphony"),
              "k:brno": ("conservatory", "the Brno Conservatory"),
              "y:oslo": ("city", "Oslo"), "y:brno": ("city", "Brno"), "y:kassel": ("city", "Kassel")}
    T = _t("collected", [("t:linden", "f:moe"), ("t:goose", "f:kessel"), ("t:raven", "f:kessel")])
    T += _t("published", [("t:linden", "b:household"), ("t:goose", "b:winter"), ("t:raven", "b:winter")])
    T += _t("composed", [("q:first", "c:holub"), ("q:second", "c:vrana")])
    T += _t("premiered", [("q:first", "e:linden"), ("q:second", "e:kocian")])
    T += _t("editor", [("f:moe", "j:folk"), ("f:kessel", "j:saga")])
    T += _t("conductor", [("c:holub", "o:brno"), ("c:vrana", "o:olomouc")])
    T += _t("director", [("c:holub", "k:brno")])
    T += _t("born", [("f:moe", "y:oslo"), ("f:kessel", "y:kassel"), ("c:holub", "y:brno"), ("c:vrana", "y:brno")])
    return _build(items, others, rels, T)


BUILDERS = {"studio": lambda: screen(False), "players": lambda: sport(False), "church": church, "industry": industry, "screen": screen, "sport": sport, "coast": coast, "tales": tales}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@church
# offices taken: wrong body, wrong office, wrong person, the post of another, lists, negation, years
Athelm became archbishop of York.
Athelm was appointed archbishop of York.
Athelm was elected archbishop of York.
Athelm was made archbishop of York.
Athelm was named archbishop of York.
Athelm went on to become archbishop of York.
Plegmund became bishop of Wells.
Plegmund was elected bishop of Wells.
Hrotheweard became archbishop of Canterbury.
Wulfstan Lupus became archbishop of Canterbury.
Wulfstan Lupus was appointed bishop of Wells.
Wulfstan Lupus was made bishop of Sherborne.
Athelm became bishop of Worcester.
Wulfhelm was named bishop of Winchester.
Asser became archbishop of Canterbury.
Asser was elected bishop of Wells.
Aldhelm of Malmesbury became bishop of Winchester.
Aldhelm of Malmesbury was appointed abbot of Eynsham Abbey.
Aelfric of Eynsham became abbot of Malmesbury Abbey.
Aelfric of Eynsham was made bishop of Sherborne.
Frithestan became bishop of Sherborne.
Frithestan was elected abbot of Malmesbury Abbey.
Athelm became abbot of Malmesbury Abbey.
Athelm became archbishop of Wells.
Athelm was elected archbishop of Wells.
Wulfstan Lupus became archbishop of Worcester.
Asser became abbot of Sherborne.
Athelm became king of Wessex.
Athelstan became archbishop of Canterbury.
Athelstan was elected bishop of Wells.
Sihtric became king of Wessex.
Athelstan was made king of Northumbria.
Sihtric went on to become king of Wessex.
Athelm became king of Canterbury.
Athelstan became bishop of Wessex.
Athelm was elected president of Canterbury.
Athelm became archbishop of Glastonbury.
Saint Swithun became bishop of Winchester.
Eadwig the Goldsmith was made archbishop of Canterbury.
Osric the Mason was made bishop of Wells.
Eadwig the Goldsmith was named archbishop of York.
St Swithun's Church was named bishop of Winchester.
Athelm and Hrotheweard became archbishop of Canterbury.
Athelm and Plegmund became bishop of Wells.
Asser and Frithestan became bishop of Sherborne.
Athelm became archbishop of Canterbury and York.
Wulfhelm became bishop of Wells and Worcester.
Athelm did not become archbishop of Canterbury.
Athelm never became archbishop of Canterbury.
Wulfstan Lupus was not elected archbishop of York.
Asser was never appointed bishop of Sherborne.
Athelm will become archbishop of Canterbury.
Athelm became archbishop of Canterbury in 862.
Athelm, who was born in Ramsbury, became archbishop of Canterbury.
Wulfhelm, who was born in Glastonbury, became archbishop of Canterbury.
Athelm, born in 870, became archbishop of Canterbury.
Athelm became archbishop of Canterbury after Wulfhelm.
Plegmund succeeded Athelm as archbishop of Canterbury.
Athelm crowned Sihtric.
He became archbishop of Canterbury. Hrotheweard was born in Exeter.
Hrotheweard was born in 866. He became archbishop of Canterbury.
Aldhelm of Malmesbury was appointed archbishop of Sherborne.
Athelm became the archbishop of York.
Athelm became an archbishop of York.
Athelm was made the bishop of Worcester.
Asser was elected the abbot of Malmesbury Abbey.
Plegmund was named archbishop of York.
St Edmund's Minster was named after Saint Swithun.
St Swithun's Church was named after Athelm.
The Trewhiddle Chalice was made by Osric the Mason.
The Trewhiddle Chalice was made archbishop of Canterbury.
@industry
# subsidiary / parent company: wrong direction, wrong firm, a person owner, things that are not firms,
# tense, other relations between the same firms
Halvorsen Group is a subsidiary of Brekke Motors.
Brekke Motors is the parent company of Halvorsen Group.
Brekke Motors is a subsidiary of Vinter Industries.
Brekke Motors, a subsidiary of Vinter Industries, is based in Drammen.
Vinter Industries is the parent company of Brekke Motors.
Fjell Tractors is a subsidiary of Vinter Industries.
Vinter Industries is the parent company of Fjell Tractors.
Polar Bottling is a subsidiary of Halvorsen Group.
Polar Bottling is a subsidiary of Karin Lund.
Karin Lund is the parent company of Polar Bottling.
Aske Brewery is a subsidiary of Vinter Industries.
Aske Brewery is a subsidiary of Karin Lund.
Karin Lund is the parent company of Aske Brewery.
Aske Brewery, a subsidiary of Karin Lund, is based in Skien.
The parent company of Aske Brewery is Karin Lund.
Sea Maiden is a subsidiary of Karin Lund.
Karin Lund is the parent company of Sea Maiden.
Nordpark Stadium is a subsidiary of Halvorsen Group.
Halvorsen Group is the parent company of Nordpark Stadium.
Nordpark Stadium, a subsidiary of Halvorsen Group, opened in 1975.
The parent company of Nordpark Stadium is Halvorsen Group.
Brekke Comet is a subsidiary of Brekke Motors.
Aske Pilsner is a subsidiary of Aske Brewery.
Polar Bottling is the parent company of Aske Pilsner.
Brekke Motors is a subsidiary of Ole Brekke.
Ole Brekke is the parent company of Brekke Motors.
Halvorsen Group is a subsidiary of Magnus Halvorsen.
Brekke Motors was a subsidiary of Halvorsen Group.
Halvorsen Group was the parent company of Brekke Motors.
Aske Brewery is a subsidiary of Vinter Industries today.
Vinter Industries is the parent company of Aske Brewery.
Vinter Industries is now the parent company of Aske Brewery.
Fjell Tractors was a subsidiary of Vinter Industries.
Vinter Industries was the parent company of Fjell Tractors.
Polar Bottling was a subsidiary of Halvorsen Group.
Vinter Industries is a subsidiary of Polar Bottling.
Polar Bottling is the parent company of Vinter Industries.
Brekke Motors is a subsidiary of Fjell Tractors.
Fjell Tractors is the parent company of Brekke Motors.
Brekke Motors is not a subsidiary of Halvorsen Group.
Halvorsen Group is not the parent company of Brekke Motors.
Brekke Motors and Polar Bottling are subsidiaries of Halvorsen Group.
Brekke Motors and Fjell Tractors are subsidiaries of Halvorsen Group.
Fjell Tractors and Brekke Motors are subsidiaries of Brekke Motors.
Halvorsen Group is the parent company of Brekke Motors and Polar Bottling.
Halvorsen Group is a parent company of Fjell Tractors.
Brekke Motors will be a subsidiary of Vinter Industries.
Brekke Motors, a subsidiary of Halvorsen Group, is based in Bergen.
Polar Bottling, a subsidiary of Vinter Industries, is based in Skien.
Fjell Tractors, a subsidiary of Brekke Motors, made the Brekke Comet.
Brekke Motors, a subsidiary of Halvorsen Group, was founded by Magnus Halvorsen.
Polar Bottling, a subsidiary of Vinter Industries, distributes Brekke Comet.
Aske Brewery is a subsidiary of Polar Bottling.
Polar Bottling is the parent company of Aske Brewery.
Halvorsen Group owns Aske Brewery.
Vinter Industries owns Aske Brewery.
Karin Lund owns Brekke Motors.
# chairman / managing director taken
Magnus Halvorsen became chairman of Vinter Industries.
Eva Strand was elected chairman of Halvorsen Group.
Ole Brekke became managing director of Fjell Tractors.
Ole Brekke was appointed managing director of Halvorsen Group.
Magnus Halvorsen was named managing director of Brekke Motors.
Karin Lund became chairman of Polar Bottling.
Ole Brekke was made chairman of Brekke Motors.
Eva Strand went on to become chairman of Polar Bottling.
Magnus Halvorsen never became chairman of Halvorsen Group.
Magnus Halvorsen and Eva Strand were elected chairman of Vinter Industries.
@studio
Leonard Price became head of Northlight Films.
Ruth Abel became head of Kestrel Pictures.
Hugh Morrow was appointed head of Northlight Films.
Victor Hale became head of Kestrel Pictures.
Nora Quist was named head of Northlight Films.
Leonard Price was made head of Meridian Corporation.
Hugh Morrow went on to become head of Northlight Films.
Ruth Abel and Hugh Morrow became head of Northlight Films.
Ruth Abel never became head of Northlight Films.
Victor Hale was named director of Kestrel Pictures.
Lisbon was named head of Northlight Films.
Kestrel Pictures is a subsidiary of Meridian Corporation.
Meridian Corporation is the parent company of Kestrel Pictures.
Meridian Corporation is a subsidiary of Northlight Films.
Northlight Films is the parent company of Meridian Corporation.
The Glass Road is a subsidiary of Kestrel Pictures.
Kestrel Pictures is the parent company of The Glass Road.
Northlight Films is a subsidiary of Ruth Abel.
Ruth Abel is the parent company of Northlight Films.
Northlight Films, a studio founded by Leonard Price, produced Winter Harbour.
Kestrel Pictures, a studio founded by Ruth Abel, produced The Glass Road.
Kestrel Pictures, a studio founded by Leonard Price, produced Winter Harbour.
Northlight Films, a studio founded by Ruth Abel, produced Paper Lanterns.
Kestrel Pictures, a studio in Glasgow, produced The Glass Road.
The Glass Road was produced by Kestrel Pictures, a studio in Glasgow.
Victor Hale, a studio founded by Leonard Price, directed The Glass Road.
The Glass Road, a studio founded by Leonard Price, was directed by Victor Hale.
Leonard Price, a studio, founded Kestrel Pictures.
Lisbon City, a studio, gave its name to Lisbon.
The studio Northlight Films produced The Glass Road.
The studio Kestrel Pictures is located in Glasgow.
The studio Winter Harbour was directed by Nora Quist.
The studio Victor Hale directed The Glass Road.
Kestrel Pictures, a studio founded in 1931, produced The Glass Road.
The studio Kestrel Pictures was founded by Ruth Abel.
Kestrel Pictures, a studio owned by Meridian Corporation, produced The Glass Road.
Kestrel Pictures produced The Glass Road. The studio was founded by Ruth Abel.
Kestrel Pictures produced The Glass Road. The studio is located in Glasgow.
Northlight Films produced Winter Harbour. The studio is located in London.
Kestrel Pictures and Northlight Films are studios in London.
Kestrel Pictures is not a studio.
Lisbon was named after London.
@screen
The studio Harbour Lane Studios produced The Glass Road.
Harbour Lane Studios, a studio founded by Leonard Price, is located in London.
Salt and Iron was recorded at Kestrel Pictures, a studio in London.
The studio Kestrel Pictures recorded Salt and Iron.
Dennis Quill became head of Kestrel Pictures.
Dennis Quill was appointed head of Harbour Lane Studios.
Harbour Lane Studios is a subsidiary of Meridian Corporation.
Meridian Corporation is the parent company of Harbour Lane Studios.
Salt and Iron is a subsidiary of Harbour Lane Studios.
@sport
# captain / head coach / manager taken
Jari Lehtola became captain of the Turku Lynx.
Pekka Vaara became captain of the Turku Lynx.
Pekka Vaara was named captain of the Oulu Falcons.
Tomas Ek was appointed captain of the Oulu Falcons.
Jari Lehtola was made captain of Vasa FC.
Risto Kallio became head coach of the Turku Lynx.
Matti Aro was appointed head coach of the Oulu Falcons.
Henrik Dahl became head coach of the Oulu Falcons.
Henrik Dahl was named manager of the Turku Lynx.
Risto Kallio became manager of Vasa FC.
Greta Sund became head coach of the Oulu Falcons.
Jari Lehtola became head coach of the Oulu Falcons.
Jari Lehtola went on to become manager of Vasa FC.
Tomas Ek became manager of Vasa FC.
Elin Berg became captain of Vasa FC.
Anders Holt was elected captain of the Oulu Falcons.
Risto Kallio became captain of the Oulu Falcons.
Jari Lehtola and Pekka Vaara became captain of the Oulu Falcons.
Risto Kallio and Matti Aro became head coach of the Oulu Falcons.
Jari Lehtola never became captain of the Oulu Falcons.
Henrik Dahl was not appointed manager of Vasa FC.
Risto Kallio became coach of the Turku Lynx.
Greta Sund became coach of Sara Nyman.
Matti Aro became the head coach of the Oulu Falcons.
Jari Lehtola became captain of the Oulu Falcons in 1972.
Linnea RP-2 was made by Sonora Sound.
Linnea RP-2 was made captain of Vasa FC.
Aurora Audio was made captain of the Oulu Falcons.
Sonora 300 was made head coach of the Turku Lynx.
@players
Jari Lehtola is a tennis player.
Sara Nyman is a chess player.
Anders Holt is an ice hockey player.
Tomas Ek is an ice hockey player.
Jari Lehtola, a football player, played for the Oulu Falcons.
The tennis player Anders Holt won the Baltic Masters.
The chess player Sara Nyman won the Nordic Open.
Risto Kallio is a player.
Greta Sund, a player born in Vaasa, coached Elin Berg.
The player Greta Sund coached Elin Berg.
The Oulu Falcons is a player.
Jari Lehtola played for the Oulu Falcons. The player was born in Pori.
Anders Holt won the Baltic Masters. The player was born in Oulu.
Pekka Vaara, a player born in Oulu, played for the Turku Lynx.
@coast
# "carrier", "coaster", offices of a carrier, an airline's holding company
Nordavia is a carrier built by Tyne Shipbuilders.
HMS Resolute is a carrier built by Clydeside Yard.
HMS Valiant is a carrier that served with the Royal Navy.
HMS Resolute, a carrier built by Clydeside Yard, served with the Royal Navy.
Coastal Air, a carrier based in Helsinki, is owned by Avicon Holdings.
Nordavia, a carrier based in Aberdeen, is owned by Skyline Holdings.
Thunder Fjord is a carrier built by Tyne Shipbuilders.
Lumo Park is a carrier.
Tyne Shipbuilders, a carrier based in Newcastle, built HMS Resolute.
Arthur Grey, a carrier, commanded HMS Resolute.
The carrier HMS Resolute was built by Clydeside Yard.
The carrier HMS Valiant served with the Royal Navy.
The carrier Nordavia is owned by Avicon Holdings.
HMS Resolute was built by Tyne Shipbuilders. The carrier served with the Dutch Navy.
HMS Resolute was built by Tyne Shipbuilders. The carrier was commanded by Edmund Blake.
Thunder Fjord is a coaster in Bayside Gardens.
Iron Eagle is a coaster designed by Karl Brandt.
Thunder Fjord, a coaster designed by Kenji Ito, is located in Lumo Park.
HMS Resolute is a coaster in Lumo Park.
Lumo Park is a coaster in Helsinki.
Karl Brandt, a coaster, designed Thunder Fjord.
The coaster Iron Eagle is located in Lumo Park.
The coaster Thunder Fjord was designed by Kenji Ito.
Thunder Fjord is located in Lumo Park. The coaster was designed by Kenji Ito.
Arthur Grey became commander of HMS Valiant.
Edmund Blake was appointed commander of HMS Resolute.
Karl Brandt was made commander of HMS Resolute.
Arthur Grey never became commander of HMS Resolute.
Nordavia is a subsidiary of Avicon Holdings.
Skyline Holdings is the parent company of Coastal Air.
Skyline Holdings is a subsidiary of Nordavia.
Nordavia is the parent company of Skyline Holdings.
Nordavia, a subsidiary of Skyline Holdings, is based in Aberdeen.
HMS Resolute is a subsidiary of Tyne Shipbuilders.
Nordavia and Coastal Air are subsidiaries of Skyline Holdings.
@tales
# "tale", "quartet", editor / conductor / director taken
The Silver Linden is a tale collected by Anna Kessel.
The Goose Girl of Brenn, a tale collected by Jorgen Moe, was published in Winter Evening Tales.
The tale The Seventh Raven was collected by Jorgen Moe.
The Silver Linden was collected by Jorgen Moe. The tale was published in Winter Evening Tales.
Household Tales of the North is a tale collected by Jorgen Moe.
The Folklore Review is a tale.
The Lark Variations is a tale composed by Marta Vrana.
The Silver Linden is a quartet composed by Anton Holub.
The Lark Variations is a quartet composed by Anton Holub.
The Quartet in G minor, a quartet composed by Marta Vrana, was premiered by the Linden Quartet.
The quartet the Lark Variations was premiered by the Linden Quartet.
The Quartet in G minor was composed by Anton Holub. The quartet was premiered by the Kocian Ensemble.
The Kocian Ensemble is a quartet composed by Marta Vrana.
The Linden Quartet is a quartet composed by Anton Holub.
Anton Holub, a quartet, composed the Quartet in G minor.
The quartet Anton Holub composed the Lark Variations.
Jorgen Moe became editor of Saga and Song.
Anna Kessel was appointed editor of the Folklore Review.
Anton Holub became editor of the Folklore Review.
Anton Holub became conductor of the Olomouc Symphony.
Marta Vrana was appointed conductor of the Brno Philharmonic.
Marta Vrana was named director of the Brno Conservatory.
Anton Holub became director of the Brno Philharmonic.
Jorgen Moe became director of the Brno Conservatory.
Anton Holub and Marta Vrana became conductor of the Brno Philharmonic.
Anton Holub never became conductor of the Brno Philharmonic.
Anton Holub became conductor of the Linden Quartet.
Anton Holub was made director of the Linden Quartet.
Anna Kessel went on to become editor of Winter Evening Tales.
"""

CONTROLS = r"""
@church
Athelm became archbishop of Canterbury.
Athelm was appointed archbishop of Canterbury.
Athelm was elected bishop of Wells.
Wulfhelm was made bishop of Wells.
Hrotheweard was named archbishop of York.
Wulfstan Lupus went on to become archbishop of York.
Wulfstan Lupus became bishop of Worcester.
Aldhelm of Malmesbury became abbot of Malmesbury Abbey.
Athelstan became king of Wessex.
Sihtric was made king of Northumbria.
Asser and Aldhelm of Malmesbury became bishop of Sherborne.
Athelm and Wulfhelm became archbishop of Canterbury.
Athelm became the archbishop of Canterbury.
Athelm succeeded Plegmund.
St Swithun's Church was named after Saint Swithun.
The Trewhiddle Chalice was made by Eadwig the Goldsmith.
Athelm was archbishop of Canterbury.
@industry
Brekke Motors is a subsidiary of Halvorsen Group.
Halvorsen Group is the parent company of Brekke Motors.
Fjell Tractors is a subsidiary of Brekke Motors.
Polar Bottling is a subsidiary of Vinter Industries.
Brekke Motors, a subsidiary of Halvorsen Group, is based in Drammen.
The parent company of Polar Bottling is Vinter Industries.
Brekke Motors was a subsidiary of Vinter Industries.
Aske Brewery was a subsidiary of Vinter Industries.
Brekke Motors and Fjell Tractors are based in Drammen.
Magnus Halvorsen became chairman of Halvorsen Group.
Eva Strand was elected chairman of Vinter Industries.
Ole Brekke became managing director of Brekke Motors.
Karin Lund owns Aske Brewery.
Halvorsen Group owns Nordpark Stadium.
@studio
Leonard Price became head of Kestrel Pictures.
Hugh Morrow was appointed head of Kestrel Pictures.
Ruth Abel went on to become head of Northlight Films.
Northlight Films is a subsidiary of Meridian Corporation.
Meridian Corporation is the parent company of Northlight Films.
Kestrel Pictures, a studio founded by Leonard Price, produced The Glass Road.
Northlight Films, a studio founded by Ruth Abel, produced Winter Harbour.
The studio Kestrel Pictures produced The Glass Road.
Lisbon was named after Lisbon City.
@sport
Jari Lehtola became captain of the Oulu Falcons.
Tomas Ek was named captain of Vasa FC.
Risto Kallio became head coach of the Oulu Falcons.
Matti Aro was appointed head coach of the Turku Lynx.
Henrik Dahl became manager of Vasa FC.
Linnea RP-2 was made by Aurora Audio.
@coast
HMS Resolute is a carrier built by Tyne Shipbuilders.
HMS Valiant, a carrier built by Clydeside Yard, served with the Dutch Navy.
Thunder Fjord is a coaster in Lumo Park.
Iron Eagle, a coaster designed by Kenji Ito, is located in Bayside Gardens.
Arthur Grey became commander of HMS Resolute.
Nordavia is a subsidiary of Skyline Holdings.
Avicon Holdings is the parent company of Coastal Air.
@tales
The Silver Linden is a tale collected by Jorgen Moe.
The Goose Girl of Brenn, a tale collected by Anna Kessel, was published in Winter Evening Tales.
The Lark Variations is a quartet composed by Marta Vrana.
Jorgen Moe became editor of the Folklore Review.
Anna Kessel was appointed editor of Saga and Song.
Anton Holub became conductor of the Brno Philharmonic.
Anton Holub was named director of the Brno Conservatory.
Marta Vrana went on to become conductor of the Olomouc Symphony.
"""

OPEN_TEXTS = r"""
@tales
Jorgen Moe, a tale collector, collected The Silver Linden.
@studio
Leonard Price became director of Kestrel Pictures.
@industry
Brekke Motors became a subsidiary of Vinter Industries.
Ole Brekke became director of Brekke Motors.
@church
Wulfstan Lupus became bishop of York.
Athelm was named head of York.
@industry
Fjell Tractors is a subsidiary of Halvorsen Group.
Halvorsen Group is the parent company of Fjell Tractors.
@coast
Nordavia is a carrier.
Nordavia was a subsidiary of Skyline Holdings.
@church
Athelm becomes archbishop of Canterbury.
@studio
Northlight Films was a subsidiary of Meridian Corporation.
"""

OPEN = frozenset({
    # an archbishop is a bishop of his see
    'Wulfstan Lupus became bishop of York.',
    # head of a see reads as its archbishop (Athelm was of Canterbury, not York): loose wording
    'Athelm was named head of York.',
    # it was owned by Vinter Industries: it became one once
    'Brekke Motors became a subsidiary of Vinter Industries.',
    # a managing director is a director
    'Ole Brekke became director of Brekke Motors.',
    # the head of a studio may be called its director
    'Leonard Price became director of Kestrel Pictures.',
    # a folklorist who collected a tale is a tale collector
    'Jorgen Moe, a tale collector, collected The Silver Linden.',
    # an indirect subsidiary (Fjell Tractors is owned by Brekke Motors, owned by Halvorsen Group)
    "Fjell Tractors is a subsidiary of Halvorsen Group.",
    "Halvorsen Group is the parent company of Fjell Tractors.",
    # an airline is a "carrier" in plain English, though the graph's "carrier" is the aircraft carrier
    "Nordavia is a carrier.",
    # "was" of a present "is owned by": it was, and still is (as "was owned by" is read already)
    "Nordavia was a subsidiary of Skyline Holdings.",
    "Northlight Films was a subsidiary of Meridian Corporation.",
    # the historical present of a past event
    "Athelm becomes archbishop of Canterbury.",
})
KNOWN = frozenset()
def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts_ = line[1:].split()
            key, user = parts_[0], (parts_[1] if len(parts_) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)
    yield from _parse(OPEN_TEXTS)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
    assert {t for _, _, t in _parse(OPEN_TEXTS)} == set(OPEN), "OPEN and OPEN_TEXTS differ"
    assert KNOWN <= {t for _, _, t in _parse(TEXTS)}, "KNOWN not in TEXTS"
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
