"""Red team round 233: the session's last soak of its whole change to the checker (CHANGES.diff),
aimed at the newest readings: no "subsidiary" / "parent company" / "is part of" where some firm has
two owners (a joint venture) and no "group" as an owning firm; clergy and officers as people
(pronouns by the given name, "who", surnames alone, "a man / woman who"); natural features not
dated by a word of origin unless the graph makes its features; forces that think nothing up;
"invent" for "create"; "was part of" for a past membership; "went on to" after a birth; offices
taken ("became / was elected / appointed ... <office> of").

Graphs are built in code (``KnowledgeGraph.from_triples`` with declared entities and relations);
each text is checked with ``ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0)``
and no evidence. Graphs: "church" (a bishop, an abbess and a rabbi dated by birth, a monk, a nun,
a priest and a second bishop who are no items; "was bishop of", "was abbess of", "was a member of"
orders, "is the rabbi of", "was the dean of", "was born in"), "energy" (energy firms dated by
founding, one a joint venture "owned by" two firms; executives who "are the chairman of" firms;
"is located in"), "media" (newspapers, radio channels and magazines dated by founding, "owned by" a
publisher and a broadcaster who are people, by a "media group", and a magazine owned by a firm and
a bank through two relations of the same phrase; journalists "were the editor of" papers),
"nature" (lakes, a mountain, a hill, an island, a reef, a moor, a forest dated by their first
survey; "is located in", "was first surveyed by"; no relation that makes a feature), "valley"
(the same kinds on a graph that makes features: a reservoir "was impounded by" a dam, a gorge, a
valley and dunes "were created by" a rockslide, a mudflow and a sandstorm, a trail "was created
by" a ranger, a bridge "was built by" an engineer), "cycling" (cyclists dated by birth "were
captain of" teams, "is the manager of" a team now, "won" races, "was born in" towns, "is the
daughter of" a cyclist).
Findings: 53 of 370 false texts accepted (controls 53 of 62). New with this change: (1) "a
subsidiary of" / "the parent company of" / "is part of" where the owner is a person typed
"publisher" / "broadcaster" (no person type to the checker: "The Daily Courier is a subsidiary of
Henry Voss", "Wave FM is part of Tom Hale"), and a magazine owned by a firm and a bank through two
relations of the same phrase (a joint venture the one-owner count per relation misses); (2)
"invent" of forces outside lexicon._FORCES at both ends (a gorge, a valley, dunes made by a
rockslide, a mudflow, a sandstorm: "The Brae rockslide invented Corran Gorge"; "devised", "came
up with", "dreamed up" likewise, accepted before too). Older, not closed by this change: natural
features dated by "(1643)", "was formed / created / made / founded / established in", "appeared
in", "a 1643 lake", "the 1643 X"; types hill, moor, forest missing from NATURAL_FEATURES; any
relation word of making ("built" of a bridge, "created" of a trail) turns the guard off for every
feature of the graph (made_natural is graph-wide: "Mount Tor dates from 1771"); a past post "was
the editor / dean / captain of" read as "is (the) editor / dean / captain of".
Closed in the same session: no "subsidiary" where a firm is owned through two relations said
alike (a joint venture), nor of owners typed "publisher", "broadcaster", "retailer" (people may be
so typed); natural features (now also hills, moors, forests, dunes...) are dated by no year at all
unless their own type is made by a relation of the graph (a reservoir "impounded by") or the graph
is one of finds (older: "Loch Dorran was formed in 1643", "The 1643 Loch Dorran", "Cray Hill
(1810)" were read of a survey's year); only people or firms at the maker's end think anything up
("invented", "devised", "came up with", "dreamed up": "The Brae rockslide invented Corran Gorge",
older for the last three). KNOWN (accepted by the starting code too, listed in KNOWN): a past post
in the present ("Julia Reed is the editor of the Daily Courier"). Then: accepted 0 of 366
(4 KNOWN apart).
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


def church():
    """Clergy: a bishop, an abbess and a rabbi (items dated by birth), a monk, a nun, a priest and
    a second bishop (no items). "was bishop of" dioceses, "was abbess of" an abbey, "was a member
    of" orders (past), "is the rabbi of" a synagogue (now), "was the dean of" a cathedral, "was
    born in" towns."""
    clergy = ("bishop", "abbess", "monk", "nun", "priest", "rabbi")
    rels = [
        R("bishop", phrase="was bishop of", inverse_phrase="had as bishop", domain=("bishop",), range=("diocese",)),
        R("abbess", phrase="was abbess of", inverse_phrase="was led by", domain=("abbess",), range=("abbey",)),
        R("order", phrase="was a member of", inverse_phrase="had as a member", domain=("monk", "nun", "bishop", "abbess"),
          range=("religious order",)),
        R("rabbi", phrase="is the rabbi of", inverse_phrase="is led by", domain=("rabbi",), range=("synagogue",)),
        R("dean", phrase="was the dean of", inverse_phrase="had as dean", domain=("priest",), range=("cathedral",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=clergy, range=("town",)),
    ]
    items = {"b:ashdown": ("bishop", "Thomas Ashdown", 1310), "a:lisle": ("abbess", "Margaret Lisle", 1330),
             "r:loew": ("rabbi", "Isaac Loew", 1890)}
    others = {"b:varley": ("bishop", "Edmund Varley"), "m:quill": ("monk", "Bernard Quill"),
              "n:fell": ("nun", "Agnes Fell"), "p:colby": ("priest", "Peter Colby"),
              "d:carrow": ("diocese", "Carrow"), "d:elmsworth": ("diocese", "Elmsworth"),
              "y:hollin": ("abbey", "Hollin Abbey"), "y:wrexley": ("abbey", "Wrexley Abbey"),
              "o:ben": ("religious order", "the Benedictines"), "o:cis": ("religious order", "the Cistercians"),
              "s:beth": ("synagogue", "the Beth Shalom Synagogue"), "s:york": ("synagogue", "the Old Synagogue"),
              "c:carrow": ("cathedral", "Carrow Cathedral"),
              "t:dunmow": ("town", "Dunmow"), "t:ripley": ("town", "Ripley"), "t:fenby": ("town", "Fenby")}
    T = _t("bishop", [("b:ashdown", "d:carrow"), ("b:varley", "d:elmsworth")])
    T += _t("abbess", [("a:lisle", "y:hollin")])
    T += _t("order", [("m:quill", "o:ben"), ("n:fell", "o:cis"), ("b:ashdown", "o:ben"), ("a:lisle", "o:cis")])
    T += _t("rabbi", [("r:loew", "s:beth")])
    T += _t("dean", [("p:colby", "c:carrow")])
    T += _t("born", [("b:ashdown", "t:dunmow"), ("a:lisle", "t:ripley"), ("r:loew", "t:fenby"),
                     ("b:varley", "t:ripley"), ("m:quill", "t:dunmow"), ("n:fell", "t:fenby"), ("p:colby", "t:dunmow")])
    return _build(items, others, rels, T)


def energy():
    """Energy firms (items dated by founding) "are owned by" firms: Korva Energy by two (a joint
    venture of Baltic Power and Nordhaven Oil), Lumen Fuels by one; executives (no items) "are the
    chairman of" firms now; firms "are located in" cities."""
    rels = [
        R("owner", phrase="is owned by", inverse_phrase="owns", domain=("energy company",), range=("energy company",)),
        R("chair", phrase="is the chairman of", inverse_phrase="is chaired by", domain=("executive",),
          range=("energy company",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("energy company",), range=("city",)),
    ]
    items = {"e:korva": ("energy company", "Korva Energy", 1998), "e:lumen": ("energy company", "Lumen Fuels", 2004),
             "e:baltic": ("energy company", "Baltic Power", 1961), "e:nord": ("energy company", "Nordhaven Oil", 1972)}
    others = {"x:dahl": ("executive", "Henrik Dahl"), "x:sola": ("executive", "Ingrid Sola"),
              "y:oslo": ("city", "Oslo"), "y:riga": ("city", "Riga"), "y:bergen": ("city", "Bergen")}
    T = _t("owner", [("e:korva", "e:baltic"), ("e:korva", "e:nord"), ("e:lumen", "e:baltic")])
    T += _t("chair", [("x:dahl", "e:baltic"), ("x:sola", "e:korva")])
    T += _t("located", [("e:korva", "y:riga"), ("e:lumen", "y:oslo"), ("e:baltic", "y:oslo"), ("e:nord", "y:bergen")])
    return _build(items, others, rels, T)


def media():
    """Newspapers, radio channels, magazines and record labels (items dated by founding): a paper
    "is owned by" a publisher who is a person, a radio channel by a broadcaster who is a person,
    a label by a media group, a magazine by a firm and a bank (two relations of the same phrase:
    a joint venture, one owner each); journalists "were the editor of" papers; firms "are based
    in" cities."""
    rels = [
        R("paper_owner", phrase="is owned by", inverse_phrase="owns", domain=("newspaper",), range=("publisher",)),
        R("channel_owner", phrase="is owned by", inverse_phrase="owns", domain=("radio channel",), range=("broadcaster",)),
        R("label_owner", phrase="is owned by", inverse_phrase="owns", domain=("record label",), range=("media group",)),
        R("mag_firm", phrase="is owned by", inverse_phrase="owns", domain=("magazine",), range=("company",)),
        R("mag_bank", phrase="is owned by", inverse_phrase="owns", domain=("magazine",), range=("bank",)),
        R("editor", phrase="was the editor of", inverse_phrase="was edited by", domain=("journalist",), range=("newspaper",)),
        R("based", phrase="is based in", inverse_phrase="is home to",
          domain=("newspaper", "radio channel", "record label", "magazine", "media group", "company", "bank"),
          range=("city",)),
    ]
    items = {"n:courier": ("newspaper", "the Daily Courier", 1881), "n:herald": ("newspaper", "the Fenwick Herald", 1902),
             "r:wave": ("radio channel", "Wave FM", 1989), "l:sable": ("record label", "Sable Records", 1977),
             "g:mag": ("magazine", "Harbour Monthly", 1995)}
    others = {"p:voss": ("publisher", "Henry Voss"), "p:marsh": ("publisher", "Clara Marsh"),
              "b:hale": ("broadcaster", "Tom Hale"), "g:orbis": ("media group", "Orbis Media Group"),
              "c:corvin": ("company", "Corvin Press"), "k:hale": ("bank", "Stanmore Bank"),
              "j:reed": ("journalist", "Julia Reed"), "j:burke": ("journalist", "Martin Burke"),
              "y:leeds": ("city", "Leeds"), "y:york": ("city", "York"), "y:hull": ("city", "Hull")}
    T = _t("paper_owner", [("n:courier", "p:voss"), ("n:herald", "p:marsh")])
    T += _t("channel_owner", [("r:wave", "b:hale")])
    T += _t("label_owner", [("l:sable", "g:orbis")])
    T += _t("mag_firm", [("g:mag", "c:corvin")])
    T += _t("mag_bank", [("g:mag", "k:hale")])
    T += _t("editor", [("j:reed", "n:courier"), ("j:burke", "n:herald")])
    T += _t("based", [("n:courier", "y:leeds"), ("n:herald", "y:york"), ("r:wave", "y:hull"), ("l:sable", "y:leeds"),
                      ("g:mag", "y:york"), ("g:orbis", "y:leeds"), ("c:corvin", "y:york"), ("k:hale", "y:hull")])
    return _build(items, others, rels, T)


def nature():
    """Natural features (items dated by their first survey; the graph makes none of them): lakes,
    a mountain, a hill, an island, a reef, a moor and a forest "are located in" regions and "were
    first surveyed by" surveyors (people, no items); a river "flows into" a lake."""
    feats = ("lake", "mountain", "hill", "island", "reef", "moor", "forest", "river")
    rels = [
        R("located", phrase="is located in", inverse_phrase="is home to", domain=feats, range=("region",)),
        R("surveyed", phrase="was first surveyed by", inverse_phrase="first surveyed", domain=feats, range=("surveyor",)),
        R("flows", phrase="flows into", inverse_phrase="is fed by", domain=("river",), range=("lake",)),
    ]
    items = {"l:dorran": ("lake", "Loch Dorran", 1643), "l:vey": ("lake", "Lake Vey", 1702),
             "m:aird": ("mountain", "Ben Aird", 1771), "h:cray": ("hill", "Cray Hill", 1810),
             "i:mora": ("island", "Mora Island", 1688), "f:skerry": ("reef", "Skerry Reef", 1790),
             "o:hask": ("moor", "Hask Moor", 1820), "w:wyre": ("forest", "Wyre Forest", 1605)}
    others = {"v:esk": ("river", "the River Esk"), "g:highland": ("region", "the Highlands"), "g:argyll": ("region", "Argyll"),
              "s:roy": ("surveyor", "William Roy"), "s:pont": ("surveyor", "Timothy Pont")}
    T = _t("located", [("l:dorran", "g:highland"), ("l:vey", "g:argyll"), ("m:aird", "g:highland"), ("h:cray", "g:argyll"),
                       ("i:mora", "g:argyll"), ("f:skerry", "g:argyll"), ("o:hask", "g:highland"), ("w:wyre", "g:argyll")])
    T += _t("surveyed", [("l:dorran", "s:pont"), ("m:aird", "s:roy"), ("i:mora", "s:pont"), ("l:vey", "s:roy")])
    T += _t("flows", [("v:esk", "l:dorran")])
    return _build(items, others, rels, T)


def valley():
    """The same kinds on a graph that makes features: a reservoir "was impounded by" a dam; a gorge,
    a valley and dunes "were created by" a rockslide, a mudflow and a sandstorm (forces that are not
    in the lexicon's list); a trail "was created by" a ranger (another relation of that phrase); a
    bridge "was built by" an engineer. A mountain and a lake (dated by first survey, not made) are
    there too; all "are located in" a region."""
    rels = [
        R("impounded", phrase="was impounded by", inverse_phrase="impounds", domain=("reservoir",), range=("dam",)),
        R("formed", phrase="was created by", inverse_phrase="created", domain=("gorge", "valley", "dune field"),
          range=("rockslide", "mudflow", "sandstorm")),
        R("made", phrase="was created by", inverse_phrase="created", domain=("trail",), range=("ranger",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=("bridge",), range=("engineer",)),
        R("located", phrase="is located in", inverse_phrase="is home to",
          domain=("reservoir", "gorge", "valley", "dune field", "trail", "bridge", "mountain", "lake", "dam"),
          range=("region",)),
    ]
    items = {"r:holt": ("reservoir", "Holt Reservoir", 1936), "g:corran": ("gorge", "Corran Gorge", 1820),
             "v:selk": ("valley", "Selk Valley", 1750), "d:vask": ("dune field", "the Vask Dunes", 1902),
             "t:lorne": ("trail", "the Lorne Trail", 1968), "b:kell": ("bridge", "Kell Bridge", 1889),
             "m:tor": ("mountain", "Mount Tor", 1771), "l:quay": ("lake", "Lake Quay", 1643)}
    others = {"d:holt": ("dam", "the Holt Dam"), "f:brae": ("rockslide", "the Brae rockslide"),
              "f:selk": ("mudflow", "the Selk mudflow"), "f:vask": ("sandstorm", "the Vask sandstorm"),
              "p:moss": ("ranger", "Alice Moss"), "e:kell": ("engineer", "Robert Kell"),
              "g:dale": ("region", "Dalesmoor")}
    T = _t("impounded", [("r:holt", "d:holt")])
    T += _t("formed", [("g:corran", "f:brae"), ("v:selk", "f:selk"), ("d:vask", "f:vask")])
    T += _t("made", [("t:lorne", "p:moss")])
    T += _t("built", [("b:kell", "e:kell")])
    T += _t("located", [(k, "g:dale") for k in items] + [("d:holt", "g:dale")])
    return _build(items, others, rels, T)


def cycling():
    """Cyclists (items dated by birth) "were captain of" teams, "is the manager of" a team now,
    "won" races, "were born in" towns; a cyclist "is the daughter of" another; races (items dated
    by their first running) "are held in" towns."""
    rels = [
        R("captain", phrase="was captain of", inverse_phrase="was captained by", domain=("cyclist",), range=("team",)),
        R("manager", phrase="is the manager of", inverse_phrase="is managed by", domain=("cyclist",), range=("team",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("cyclist",), range=("race",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("cyclist",), range=("town",)),
        R("daughter", phrase="is the daughter of", inverse_phrase="is the father of", domain=("cyclist",),
          range=("cyclist",)),
        R("held", phrase="is held in", inverse_phrase="hosts", domain=("race",), range=("town",)),
    ]
    items = {"c:brandt": ("cyclist", "Oskar Brandt", 1948), "c:lena": ("cyclist", "Lena Brandt", 1975),
             "c:moser": ("cyclist", "Karl Moser", 1952), "c:ruth": ("cyclist", "Ruth Adler", 1969),
             "k:ronde": ("race", "the Ronde van Geel", 1921), "k:tour": ("race", "the Tour of Lanza", 1960)}
    others = {"m:velox": ("team", "Team Velox"), "m:arco": ("team", "Arco Cycling"),
              "t:geel": ("town", "Geel"), "t:lanza": ("town", "Lanza"), "t:mol": ("town", "Mol")}
    T = _t("captain", [("c:brandt", "m:velox"), ("c:ruth", "m:arco")])
    T += _t("manager", [("c:moser", "m:arco")])
    T += _t("won", [("c:brandt", "k:ronde"), ("c:lena", "k:tour"), ("c:ruth", "k:ronde")])
    T += _t("born", [("c:brandt", "t:geel"), ("c:lena", "t:mol"), ("c:moser", "t:lanza"), ("c:ruth", "t:geel")])
    T += _t("daughter", [("c:lena", "c:brandt")])
    T += _t("held", [("k:ronde", "t:geel"), ("k:tour", "t:lanza")])
    return _build(items, others, rels, T)


BUILDERS = {"church": church, "energy": energy, "media": media, "nature": nature, "valley": valley, "cycling": cycling}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@church
# clergy as people: pronouns by the given name
Thomas Ashdown was born in Dunmow. She was bishop of Carrow.
Margaret Lisle was born in Ripley. He was abbess of Hollin Abbey.
Isaac Loew was born in Fenby. She is the rabbi of the Beth Shalom Synagogue.
Agnes Fell was born in Fenby. He was a member of the Cistercians.
Bernard Quill was born in Dunmow. She was a member of the Benedictines.
Peter Colby was born in Dunmow. She was the dean of Carrow Cathedral.
Edmund Varley was born in Ripley. She was bishop of Elmsworth.
Thomas Ashdown was born in Dunmow. He was bishop of Elmsworth.
Margaret Lisle was born in Ripley. She was abbess of Wrexley Abbey.
Isaac Loew was born in Fenby. He is the rabbi of the Old Synagogue.
Agnes Fell was born in Fenby. She was a member of the Benedictines.
Peter Colby was born in Dunmow. He was bishop of Carrow.
Thomas Ashdown and Margaret Lisle were born in Dunmow.
Thomas Ashdown and Agnes Fell were members of the Benedictines. She was born in Fenby.
Thomas Ashdown met Margaret Lisle. She was bishop of Carrow.
Margaret Lisle and Edmund Varley were born in Ripley. She was bishop of Elmsworth.
Margaret Lisle and Edmund Varley were born in Ripley. He was abbess of Hollin Abbey.
Bernard Quill and Agnes Fell were born in Dunmow.
Bernard Quill and Agnes Fell were monks.
Agnes Fell and Bernard Quill were born in different towns. He was born in Fenby.
Peter Colby was the dean of Carrow Cathedral and she was born in Dunmow.
Thomas Ashdown, who was born in Ripley, was bishop of Carrow.
Margaret Lisle, who was born in Dunmow, was abbess of Hollin Abbey.
Edmund Varley, who was bishop of Carrow, was born in Ripley.
Isaac Loew, who was born in Dunmow, is the rabbi of the Beth Shalom Synagogue.
Agnes Fell, who was a member of the Benedictines, was born in Fenby.
# surnames alone
Ashdown was bishop of Elmsworth.
Varley was bishop of Carrow.
Lisle was abbess of Wrexley Abbey.
Loew is the rabbi of the Old Synagogue.
Quill was a member of the Cistercians.
Fell was a member of the Benedictines.
Colby was born in Ripley.
Thomas Ashdown was bishop of Carrow. Varley was too.
Ashdown and Varley were bishops of Carrow.
Ashdown was born in Dunmow, and Lisle was born in Fenby.
# "a man / woman who"
Thomas Ashdown is a woman who was bishop of Carrow.
Margaret Lisle is a man who was abbess of Hollin Abbey.
Edmund Varley is a woman who was bishop of Elmsworth.
Edmund Varley was a man who was bishop of Carrow.
Agnes Fell is a man who was a member of the Cistercians.
Agnes Fell was a woman who was a member of the Benedictines.
Bernard Quill is a woman who was a member of the Benedictines.
Bernard Quill was a man who was born in Fenby.
Peter Colby was a woman who was the dean of Carrow Cathedral.
Peter Colby was a man who was bishop of Carrow.
Isaac Loew is a woman who is the rabbi of the Beth Shalom Synagogue.
Edmund Varley and Bernard Quill are men who were born in Dunmow.
Edmund Varley was one of the men who were bishop of Carrow.
Agnes Fell is a woman who was abbess of Hollin Abbey.
# offices taken
Thomas Ashdown became bishop of Elmsworth.
Edmund Varley became bishop of Carrow.
Thomas Ashdown was appointed bishop of Elmsworth.
Thomas Ashdown was elected bishop of Elmsworth.
Edmund Varley was made bishop of Carrow.
Edmund Varley was named the bishop of Carrow.
Margaret Lisle became abbess of Wrexley Abbey.
Margaret Lisle was elected abbess of Wrexley Abbey.
Agnes Fell became abbess of Hollin Abbey.
Agnes Fell was elected abbess of Hollin Abbey.
Peter Colby became the dean of Elmsworth.
Peter Colby was appointed dean of Carrow.
Bernard Quill became the dean of Carrow Cathedral.
Peter Colby became bishop of Carrow.
Peter Colby is the dean of Carrow Cathedral.
Isaac Loew became the rabbi of the Old Synagogue.
Isaac Loew was appointed rabbi of the Old Synagogue.
Isaac Loew was elected the rabbi of the Old Synagogue.
Bernard Quill became the rabbi of the Beth Shalom Synagogue.
Carrow became bishop of Thomas Ashdown.
Hollin Abbey was made abbess of Margaret Lisle.
Thomas Ashdown never became bishop of Carrow.
Thomas Ashdown did not become bishop of Carrow.
Thomas Ashdown failed to become bishop of Carrow.
Thomas Ashdown refused to become bishop of Carrow.
Thomas Ashdown became bishop of Carrow in 1290.
Thomas Ashdown was elected bishop of Carrow before he was born.
Thomas Ashdown and Edmund Varley became bishops of Carrow.
Thomas Ashdown became bishop of Carrow and Elmsworth.
Thomas Ashdown became bishop of Carrow and abbess of Hollin Abbey.
Thomas Ashdown became archbishop of Carrow.
Thomas Ashdown became abbot of Hollin Abbey.
Margaret Lisle became bishop of Carrow.
Thomas Ashdown will become bishop of Carrow.
Thomas Ashdown becomes bishop of Elmsworth.
Thomas Ashdown became a member of the Cistercians.
Thomas Ashdown was made a member of the Cistercians.
Agnes Fell became a member of the Benedictines.
Thomas Ashdown became the bishop of Carrow, as did Edmund Varley.
Margaret Lisle became abbess of Hollin Abbey, like Agnes Fell.
# "went on to" after a birth
Thomas Ashdown was born in Dunmow and went on to become bishop of Elmsworth.
Thomas Ashdown was born in Ripley and went on to become bishop of Carrow.
Margaret Lisle was born in Ripley. She went on to become abbess of Wrexley Abbey.
Margaret Lisle was born in Ripley. He went on to become abbess of Hollin Abbey.
Isaac Loew was born in Fenby and went on to become the rabbi of the Old Synagogue.
Thomas Ashdown was born in Dunmow and went on to join the Cistercians.
Thomas Ashdown was born in 1320 and went on to become bishop of Carrow.
Thomas Ashdown was born in Dunmow in 1310 and went on to become bishop of Elmsworth.
Thomas Ashdown and Margaret Lisle were born in Dunmow. She went on to become abbess of Hollin Abbey.
Thomas Ashdown was born in Dunmow and Margaret Lisle went on to become bishop of Carrow.
Thomas Ashdown was born in Dunmow and went on to Elmsworth.
Thomas Ashdown was born in Dunmow and went on to the Cistercians.
Thomas Ashdown was born in Dunmow and never went on to become bishop of Carrow.
Margaret Lisle was born in Ripley and went on to become a member of the Benedictines.
# "was part of" a past membership
Thomas Ashdown was part of the Cistercians.
Margaret Lisle was part of the Benedictines.
Agnes Fell was part of the Benedictines.
Bernard Quill was part of the Cistercians.
Bernard Quill is part of the Benedictines.
Bernard Quill and Agnes Fell were part of the Benedictines.
Thomas Ashdown, Margaret Lisle and Agnes Fell were part of the Cistercians.
Bernard Quill was never part of the Benedictines.
The Benedictines were part of Bernard Quill.
Thomas Ashdown was part of Carrow.
Bernard Quill was part of Dunmow.
Peter Colby was part of Carrow Cathedral.
Thomas Ashdown was part of the Benedictines and the Cistercians.
Edmund Varley was part of the Benedictines.
He was part of the Benedictines.
@energy
# joint venture: no subsidiary, parent company, part of
Korva Energy is a subsidiary of Baltic Power.
Korva Energy is a subsidiary of Nordhaven Oil.
Baltic Power is the parent company of Korva Energy.
Nordhaven Oil is the parent company of Korva Energy.
Korva Energy, a subsidiary of Baltic Power, is located in Riga.
Baltic Power, the parent company of Korva Energy, is located in Oslo.
Korva Energy is a subsidiary of Lumen Fuels.
Lumen Fuels is a subsidiary of Nordhaven Oil.
Baltic Power is a subsidiary of Korva Energy.
Korva Energy is the parent company of Baltic Power.
Lumen Fuels is the parent company of Baltic Power.
Lumen Fuels and Korva Energy are subsidiaries of Nordhaven Oil.
Lumen Fuels is part of Nordhaven Oil.
Baltic Power is part of Lumen Fuels.
Korva Energy was a subsidiary of Baltic Power.
Baltic Power owns Nordhaven Oil.
Nordhaven Oil owns Lumen Fuels.
Lumen Fuels is owned by Korva Energy.
Korva Energy is owned by Lumen Fuels.
Korva Energy is wholly owned by Baltic Power.
Korva Energy is owned by Baltic Power alone.
Korva Energy is owned only by Baltic Power.
Baltic Power is the sole owner of Korva Energy.
Korva Energy is owned by Baltic Power and Lumen Fuels.
Korva Energy is jointly owned by Baltic Power and Lumen Fuels.
Korva Energy, located in Oslo, is owned by Baltic Power.
# executives: people, offices taken
Henrik Dahl is the chairman of Korva Energy.
Ingrid Sola is the chairman of Baltic Power.
Henrik Dahl became chairman of Nordhaven Oil.
Ingrid Sola was elected chairman of Lumen Fuels.
Henrik Dahl was appointed the chairman of Korva Energy.
Ingrid Sola became the chairman of Baltic Power.
Henrik Dahl was named chairman of Lumen Fuels.
Henrik Dahl never became chairman of Baltic Power.
Baltic Power became chairman of Henrik Dahl.
Henrik Dahl became president of Baltic Power.
Henrik Dahl became the owner of Baltic Power.
Henrik Dahl is the chairman of Baltic Power. She was elected chairman of it.
Ingrid Sola is the chairman of Korva Energy. He became chairman of Korva Energy.
Henrik Dahl is a woman who is the chairman of Baltic Power.
Ingrid Sola is a man who is the chairman of Korva Energy.
Dahl is the chairman of Korva Energy.
Sola became chairman of Baltic Power.
Henrik Dahl and Ingrid Sola became chairmen of Baltic Power.
Henrik Dahl was elected chairman of Baltic Power in 1950.
Henrik Dahl became chairman of Baltic Power and Korva Energy.
@media
# owners that are people or a group: no subsidiary, no parent company
The Daily Courier is a subsidiary of Henry Voss.
Henry Voss is the parent company of the Daily Courier.
The Fenwick Herald is a subsidiary of Clara Marsh.
Clara Marsh is the parent company of the Fenwick Herald.
Wave FM is a subsidiary of Tom Hale.
Tom Hale is the parent company of Wave FM.
Wave FM is part of Tom Hale.
The Daily Courier is part of Henry Voss.
Sable Records is a subsidiary of Orbis Media Group.
Orbis Media Group is the parent company of Sable Records.
Sable Records is part of Orbis Media Group.
# a magazine owned by a firm and a bank (two relations)
Harbour Monthly is a subsidiary of Corvin Press.
Harbour Monthly is a subsidiary of Stanmore Bank.
Corvin Press is the parent company of Harbour Monthly.
Stanmore Bank is the parent company of Harbour Monthly.
Harbour Monthly is wholly owned by Corvin Press.
Harbour Monthly is owned by Corvin Press alone.
# wrong entities and directions
The Daily Courier is owned by Clara Marsh.
The Fenwick Herald is owned by Henry Voss.
Henry Voss is owned by the Daily Courier.
Wave FM is owned by Orbis Media Group.
Sable Records is owned by Corvin Press.
Harbour Monthly is owned by Orbis Media Group.
Tom Hale owns Sable Records.
Henry Voss owns the Fenwick Herald.
Corvin Press is a subsidiary of Harbour Monthly.
The Daily Courier is a subsidiary of Corvin Press.
# offices taken: editors
Julia Reed became editor of the Fenwick Herald.
Martin Burke became the editor of the Daily Courier.
Julia Reed was appointed editor of the Fenwick Herald.
Martin Burke was named editor of the Daily Courier.
Julia Reed was elected editor of the Daily Courier in 1850.
Julia Reed is the editor of the Daily Courier.
Martin Burke is editor of the Fenwick Herald.
Julia Reed became editor of Wave FM.
Julia Reed became the publisher of the Daily Courier.
Henry Voss became editor of the Daily Courier.
Julia Reed never became editor of the Daily Courier.
Julia Reed was the editor of the Daily Courier. He was born in Leeds.
Julia Reed and Martin Burke became editors of the Daily Courier.
Julia Reed became editor of the Daily Courier and the Fenwick Herald.
Julia Reed is a man who was the editor of the Daily Courier.
Martin Burke is a woman who was the editor of the Fenwick Herald.
Reed was the editor of the Fenwick Herald.
Burke became editor of the Daily Courier.
@nature
# natural features not dated by a word of origin
Loch Dorran dates from 1643.
Loch Dorran is from 1643.
Loch Dorran, from 1643, is located in the Highlands.
Loch Dorran (1643) is located in the Highlands.
Loch Dorran has existed since 1643.
Loch Dorran dates back to 1643.
Loch Dorran goes back to 1643.
Loch Dorran was formed in 1643.
Loch Dorran came into being in 1643.
Loch Dorran originated in 1643.
Loch Dorran was created in 1643.
Loch Dorran has been there since 1643.
Loch Dorran, which dates from 1643, is located in the Highlands.
Loch Dorran dating from 1643 is located in the Highlands.
Loch Dorran was made in 1643.
Loch Dorran was built in 1643.
Loch Dorran emerged in 1643.
Loch Dorran appeared in 1643.
Loch Dorran is a 1643 lake.
Loch Dorran is a lake from 1643.
The 1643 Loch Dorran is located in the Highlands.
Loch Dorran first appeared in 1643.
Loch Dorran was born in 1643.
Loch Dorran was founded in 1643.
Loch Dorran was established in 1643.
Ben Aird dates from 1771.
Ben Aird (1771) is located in the Highlands.
Ben Aird has stood since 1771.
Ben Aird rose in 1771.
Mora Island dates from 1688.
Mora Island is from 1688.
Mora Island has existed since 1688.
Mora Island emerged from the sea in 1688.
Skerry Reef dates from 1790.
Skerry Reef (1790) is located in Argyll.
Skerry Reef has grown since 1790.
Cray Hill dates from 1810.
Cray Hill (1810) is located in Argyll.
Cray Hill is from 1810.
Cray Hill has existed since 1810.
Hask Moor dates from 1820.
Hask Moor (1820) is located in the Highlands.
Hask Moor has existed since 1820.
Wyre Forest dates from 1605.
Wyre Forest has grown since 1605.
Lake Vey dates from 1702.
Lake Vey, from 1702, is located in Argyll.
Lake Vey and Loch Dorran date from 1702.
Loch Dorran and Ben Aird date from 1643 and 1771.
Loch Dorran, like Lake Vey, dates from 1643.
Loch Dorran is older than Lake Vey, dating from 1643.
# wrong years, relations, entities
Loch Dorran was first surveyed in 1702.
Loch Dorran was first surveyed by William Roy.
Ben Aird was first surveyed by Timothy Pont.
Timothy Pont was first surveyed by Loch Dorran.
Loch Dorran is located in Argyll.
The River Esk flows into Lake Vey.
Lake Vey flows into the River Esk.
Loch Dorran flows into the River Esk.
Cray Hill was first surveyed by William Roy.
William Roy first surveyed Loch Dorran.
Loch Dorran was first surveyed by Timothy Pont in 1702.
@valley
# a graph that makes features: unmade features still not dated by origin
Mount Tor dates from 1771.
Mount Tor (1771) is located in Dalesmoor.
Mount Tor is from 1771.
Mount Tor has existed since 1771.
Lake Quay dates from 1643.
Lake Quay (1643) is located in Dalesmoor.
Lake Quay has existed since 1643.
Lake Quay is from 1643.
Holt Reservoir dates from 1937.
Holt Reservoir was impounded by Kell Bridge.
Lake Quay was impounded by the Holt Dam.
Holt Reservoir was created by the Holt Dam.
# forces that make without a mind
The Brae rockslide invented Corran Gorge.
Corran Gorge was invented by the Brae rockslide.
The Selk mudflow invented Selk Valley.
Selk Valley was invented by the Selk mudflow.
The Vask sandstorm invented the Vask Dunes.
The Vask Dunes were invented by the Vask sandstorm.
The Brae rockslide devised Corran Gorge.
The Brae rockslide came up with Corran Gorge.
The Brae rockslide dreamed up Corran Gorge.
The Selk mudflow thought up Selk Valley.
The Selk mudflow conceived Selk Valley.
The Selk mudflow designed Selk Valley.
Corran Gorge was designed by the Brae rockslide.
Corran Gorge was conceived by the Brae rockslide.
Corran Gorge is the brainchild of the Brae rockslide.
The Brae rockslide is the mind behind Corran Gorge.
The Brae rockslide was the inventor of Corran Gorge.
Corran Gorge was the invention of the Brae rockslide.
# "invent" of the ranger: wrong entity, direction, tense
Alice Moss invented Corran Gorge.
Alice Moss invented Kell Bridge.
Robert Kell invented the Lorne Trail.
The Lorne Trail invented Alice Moss.
The Lorne Trail was invented by Robert Kell.
Alice Moss invented the Lorne Trail in 1950.
Alice Moss invented the Lorne Trail and Kell Bridge.
Alice Moss and Robert Kell invented the Lorne Trail.
Alice Moss did not invent the Lorne Trail.
Alice Moss will invent the Lorne Trail.
Alice Moss invented the Lorne Trail. He was born in Dalesmoor.
The Lorne Trail was invented by the Brae rockslide.
Robert Kell invented Kell Bridge.
Robert Kell created Kell Bridge.
Corran Gorge was created by the Selk mudflow.
@cycling
# "went on to" after a birth
Oskar Brandt was born in Geel and went on to win the Tour of Lanza.
Oskar Brandt was born in Mol and went on to win the Ronde van Geel.
Lena Brandt was born in Mol. He went on to win the Tour of Lanza.
Lena Brandt was born in Mol. She went on to win the Ronde van Geel.
Karl Moser was born in Lanza and went on to become the manager of Team Velox.
Karl Moser was born in Lanza and went on to become captain of Arco Cycling.
Ruth Adler was born in Geel and went on to become captain of Team Velox.
Ruth Adler was born in Geel in 1970 and went on to win the Ronde van Geel.
Oskar Brandt was born in Geel and Lena Brandt went on to win the Ronde van Geel.
Oskar Brandt and Ruth Adler were born in Geel. She went on to win the Tour of Lanza.
Oskar Brandt and Lena Brandt won races. She went on to become captain of Team Velox.
Oskar Brandt was born in Geel and went on to become the father of Ruth Adler.
Lena Brandt was born in Mol and went on to become the daughter of Karl Moser.
Lena Brandt was born in Mol and went on to be born in Geel.
Oskar Brandt was born in Geel and went on to win the Ronde van Geel in 1940.
Oskar Brandt was born in Geel and went on to Lanza.
Oskar Brandt was born in Geel and went on to Team Velox.
Oskar Brandt was born in Geel and then went on to win the Tour of Lanza.
Oskar Brandt was born in Geel, and went on to win the Tour of Lanza.
Oskar Brandt was not born in Geel and went on to win the Ronde van Geel.
Oskar Brandt was born in Geel. He went on to win the Ronde van Geel and the Tour of Lanza.
Karl Moser was born in Lanza and went on to win the Ronde van Geel.
The Ronde van Geel was born in Geel and went on to be held there.
The Tour of Lanza was first held in Lanza and went on to be won by Karl Moser.
Oskar Brandt was born before Lena Brandt, who went on to win the Ronde van Geel.
# offices taken
Oskar Brandt became captain of Arco Cycling.
Ruth Adler became captain of Team Velox.
Oskar Brandt was named captain of Arco Cycling.
Karl Moser became captain of Arco Cycling.
Karl Moser became the manager of Team Velox.
Oskar Brandt became the manager of Arco Cycling.
Karl Moser was appointed manager of Team Velox.
Lena Brandt was appointed the manager of Arco Cycling.
Karl Moser was named the manager of Arco Cycling in 1950.
Karl Moser never became manager of Arco Cycling.
Arco Cycling became the manager of Karl Moser.
Karl Moser and Ruth Adler became managers of Arco Cycling.
Karl Moser became the captain of Arco Cycling.
Karl Moser was elected captain of Arco Cycling.
Oskar Brandt became the winner of the Tour of Lanza.
Lena Brandt is the winner of the Ronde van Geel.
Oskar Brandt is the captain of Team Velox.
Oskar Brandt became coach of Team Velox.
Oskar Brandt became the leader of Team Velox.
Karl Moser became the director of Arco Cycling.
Oskar Brandt became captain of Team Velox and manager of Arco Cycling.
# family and pronouns
Lena Brandt is the daughter of Karl Moser.
Oskar Brandt is the daughter of Lena Brandt.
Lena Brandt is a man who won the Tour of Lanza.
Oskar Brandt is a woman who was captain of Team Velox.
Brandt won the Tour of Lanza.
Oskar Brandt is the father of Ruth Adler.
Ruth Adler is the father of Lena Brandt.
"""

CONTROLS = r"""
@church
Thomas Ashdown was born in Dunmow. He was bishop of Carrow.
Margaret Lisle was born in Ripley. She was abbess of Hollin Abbey.
Isaac Loew was born in Fenby. He is the rabbi of the Beth Shalom Synagogue.
Agnes Fell was born in Fenby. She was a member of the Cistercians.
Bernard Quill was born in Dunmow. He was a member of the Benedictines.
Peter Colby was born in Dunmow. He was the dean of Carrow Cathedral.
Margaret Lisle and Edmund Varley were born in Ripley. She was abbess of Hollin Abbey.
Margaret Lisle and Edmund Varley were born in Ripley. He was bishop of Elmsworth.
Varley was bishop of Elmsworth.
Ashdown was bishop of Carrow.
Edmund Varley is a man who was bishop of Elmsworth.
Agnes Fell is a woman who was a member of the Cistercians.
Bernard Quill was a man who was born in Dunmow.
Thomas Ashdown became bishop of Carrow.
Thomas Ashdown was appointed bishop of Carrow.
Edmund Varley was elected bishop of Elmsworth.
Margaret Lisle became abbess of Hollin Abbey.
Peter Colby became the dean of Carrow Cathedral.
Isaac Loew became the rabbi of the Beth Shalom Synagogue.
Thomas Ashdown was born in Dunmow and went on to become bishop of Carrow.
Margaret Lisle was born in Ripley. She went on to become abbess of Hollin Abbey.
Thomas Ashdown was part of the Benedictines.
Bernard Quill was part of the Benedictines.
Agnes Fell and Margaret Lisle were part of the Cistercians.
@energy
Korva Energy is owned by Baltic Power and Nordhaven Oil.
Korva Energy is owned by Baltic Power.
Baltic Power owns Korva Energy and Lumen Fuels.
Henrik Dahl is the chairman of Baltic Power.
Henrik Dahl became chairman of Baltic Power.
Ingrid Sola was elected chairman of Korva Energy.
Henrik Dahl is the chairman of Baltic Power. He was appointed chairman of it.
Lumen Fuels is a subsidiary of Baltic Power.
@media
The Daily Courier is owned by Henry Voss.
Henry Voss owns the Daily Courier.
Wave FM is owned by Tom Hale.
Sable Records is owned by Orbis Media Group.
Harbour Monthly is owned by Corvin Press and Stanmore Bank.
Julia Reed was the editor of the Daily Courier.
Julia Reed became editor of the Daily Courier.
Martin Burke was appointed editor of the Fenwick Herald.
Julia Reed is a woman who was the editor of the Daily Courier.
@nature
Loch Dorran is located in the Highlands.
Loch Dorran was first surveyed by Timothy Pont.
Ben Aird was first surveyed by William Roy.
The River Esk flows into Loch Dorran.
Mora Island is located in Argyll.
@valley
Holt Reservoir dates from 1936.
Holt Reservoir was impounded by the Holt Dam.
Corran Gorge was created by the Brae rockslide.
The Brae rockslide created Corran Gorge.
Alice Moss invented the Lorne Trail.
The Lorne Trail was invented by Alice Moss.
Alice Moss created the Lorne Trail.
Kell Bridge was built by Robert Kell.
@cycling
Oskar Brandt was born in Geel and went on to win the Ronde van Geel.
Lena Brandt was born in Mol. She went on to win the Tour of Lanza.
Karl Moser was born in Lanza and went on to become the manager of Arco Cycling.
Ruth Adler was born in Geel and went on to become captain of Arco Cycling.
Oskar Brandt became captain of Team Velox.
Karl Moser was appointed manager of Arco Cycling.
Lena Brandt is the daughter of Oskar Brandt.
Oskar Brandt is the father of Lena Brandt.
"""

OPEN_TEXTS = r"""
@energy
Korva Energy is part of Baltic Power.
@valley
Corran Gorge dates from 1820.
The Vask sandstorm is the creator of the Vask Dunes.
"""

OPEN = frozenset({
    # a joint venture half owned by Baltic Power: "part of" it is loose, arguable
    "Korva Energy is part of Baltic Power.",
    # the graph says the gorge was made (by a rockslide): its year may be that making
    "Corran Gorge dates from 1820.",
    # "creator" of a storm: a loose, figurative use of the noun, not clearly a mind
    "The Vask sandstorm is the creator of the Vask Dunes.",
})
KNOWN = frozenset({
    # a past post said in the present: from a past passive's agent noun ("was edited by":
    # "editor"), an inverse "had as dean", or a declared "was captain of" whose noun is no staff
    # role; accepted by the session's starting code too
    "Peter Colby is the dean of Carrow Cathedral.",
    "Julia Reed is the editor of the Daily Courier.",
    "Martin Burke is editor of the Fenwick Herald.",
    "Oskar Brandt is the captain of Team Velox.",
})


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
