"""Red team round 232: a closing soak of the session's change to the checker (CHANGES.diff), aimed
at the newest readings: "was part of" for a past "was a member of" (painters in movements,
drummers in bands) and "is part of" a firm that owns a firm (car brands owned by automakers and
groups; a past owner; a club owned by a firm, where the reading must not hold); "invent" as a
synonym of "create" (languages and characters made by minds; a crater made by a meteorite, a lake
by a landslide and a dam, an opera role by a soprano); "a man / woman who" by the given name; and
the older ones: offices taken ("became / was appointed / elected / made / named (the) X of"),
subsidiaries and parent companies, "went on to" after a birth, "the man / woman behind".

Graphs are built in code (``KnowledgeGraph.from_triples`` with declared entities and relations);
each text is checked with ``ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0)``
and no evidence. Graphs: "bands" (painters and drummers dated by birth who "were members of"
movements and bands, "was the leader of" a band, "was born in" cities), "firms" (car brands and
automakers dated by founding, "is owned by" a firm now, "was owned by" a former owner, "is
located in" cities; people who "were chairman of" / "is the chief executive of" firms),
"creations" (languages, characters, roles, craters and lakes dated by year "were created by"
linguists, writers, a soprano, a meteorite, a landslide and a dam), "church" (clerics dated by
birth who "were bishop of" / "were archbishop of" dioceses, "was abbot of" abbeys, "were members
of" orders), "football" (footballers dated by birth who "were captain of" clubs, "is the manager
of" a club now, "played for" clubs, "won" cups; clubs "are owned by" companies).

Findings: 8 of 336 false texts accepted. (1) "invent" / "devised" / "came up with" of a relation
"was created by" whose makers are a meteorite and a landslide (types not in lexicon._FORCES, which
lists dams, rivers, volcanoes...): "The Arnes meteorite invented Arnes Crater", "Lake Sarin was
invented by the Usoi landslide" (6 texts; "devised" and "came up with" are older, "invent" new).
(2) "She" of "Walter Tallis", whose type "cleric" is no person type to the checker, so his given
name gives no sex: "Walter Tallis was born in Dunmow. She went on to become abbot of Rievel Abbey."
(and without "went on to").
Controls: 62 of 72 accepted. Rejected: "a man / woman who" of people who are items (dated by
birth; the reading wants a name that is no item); "went on to invent" after the birth of a
linguist who is no item (the reading wants item people); "was elected president of" of a present
"is the president of" (only "was elected the president of" is made); "was once part of"; "Walter
Tallis and Hilda Crane were part of the Cistercians" (a cleric and a theologian).
Closed in the same session: the forces that make without a mind (and so "invent", "devise",
"come up with" nothing) take in meteorites, asteroids, impacts, landslides, avalanches, winds,
ice, lava, storms and other natural events, at either end of the relation ("The Usoi landslide
invented Lake Sarin", and the older "devised" / "came up with": accepted before this session
too); clergy and officers of a body are people ("cleric", "bishop", "abbot", "priest", "executive",
"curator", ...), so a given name keeps "she" off "Walter Tallis" (older, accepted before this
session too); "was elected president of" for "is the president of". Then: accepted 0 of 336.
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


def bands():
    """Painters and drummers (items dated by birth) "were members of" art movements and bands (in
    the past), a drummer "was the leader of" a band, people "were born in" cities; albums (items
    dated by release) "were recorded by" bands."""
    rels = [
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("painter", "drummer"),
          range=("art movement", "band")),
        R("leader", phrase="was the leader of", inverse_phrase="was led by", domain=("drummer",), range=("band",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("painter", "drummer"), range=("city",)),
        R("recorded", phrase="was recorded by", inverse_phrase="recorded", domain=("album",), range=("band",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("band", "art movement"), range=("city",)),
    ]
    items = {"p:falk": ("painter", "Otto Falk", 1871), "p:lindqvist": ("painter", "Greta Lindqvist", 1880),
             "p:roth": ("painter", "Kim Roth", 1885), "d:baxter": ("drummer", "Colin Baxter", 1948),
             "d:quinn": ("drummer", "Sarah Quinn", 1952),
             "a:ember": ("album", "Ember Days", 1974), "a:glass": ("album", "Glass Harbour", 1979)}
    others = {"m:secession": ("art movement", "the Vienna Secession"), "m:bridge": ("art movement", "the Bridge Group"),
              "b:marrows": ("band", "the Marrows"), "b:tinplate": ("band", "Tinplate"),
              "y:vienna": ("city", "Vienna"), "y:dresden": ("city", "Dresden"), "y:leeds": ("city", "Leeds"),
              "y:hull": ("city", "Hull")}
    T = _t("member", [("p:falk", "m:secession"), ("p:lindqvist", "m:secession"), ("p:roth", "m:bridge"),
                      ("d:baxter", "b:marrows"), ("d:quinn", "b:tinplate")])
    T += _t("leader", [("d:quinn", "b:tinplate")])
    T += _t("born", [("p:falk", "y:vienna"), ("p:lindqvist", "y:dresden"), ("p:roth", "y:dresden"),
                     ("d:baxter", "y:leeds"), ("d:quinn", "y:hull")])
    T += _t("recorded", [("a:ember", "b:marrows"), ("a:glass", "b:tinplate")])
    T += _t("based", [("b:marrows", "y:leeds"), ("b:tinplate", "y:hull"), ("m:secession", "y:vienna"),
                      ("m:bridge", "y:dresden")])
    return _build(items, others, rels, T)


def firms():
    """Car brands and automakers (items dated by founding) "are owned by" automakers and a
    conglomerate now, "was owned by" former owners; firms "are located in" cities; people "were
    chairman of" firms (a past post), "is the president of" a firm (now); a factory "was
    built by" an automaker."""
    rels = [
        R("owner", phrase="is owned by", inverse_phrase="owns", domain=("car brand", "automaker"),
          range=("automaker", "conglomerate")),
        R("former", phrase="was owned by", inverse_phrase="once owned", domain=("car brand",), range=("automaker",)),
        R("located", phrase="is located in", inverse_phrase="is home to",
          domain=("car brand", "automaker", "conglomerate", "factory"), range=("city",)),
        R("chairman", phrase="was chairman of", inverse_phrase="was chaired by", domain=("industrialist",),
          range=("automaker", "conglomerate")),
        R("ceo", phrase="is the president of", inverse_phrase="is run by", domain=("industrialist",),
          range=("automaker",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=("factory",), range=("automaker",)),
    ]
    items = {"c:vantor": ("car brand", "Vantor", 1921), "c:roamer": ("car brand", "Roamer", 1934),
             "c:pellico": ("car brand", "Pellico", 1948),
             "a:hartwell": ("automaker", "Hartwell Motors", 1903), "a:norda": ("automaker", "Norda Auto", 1912),
             "g:kessing": ("conglomerate", "Kessing Group", 1890), "f:elmhurst": ("factory", "the Elmhurst plant", 1955)}
    others = {"y:coventry": ("city", "Coventry"), "y:turin": ("city", "Turin"), "y:malmo": ("city", "Malmo"),
              "x:grant": ("industrialist", "Walter Grant"), "x:ames": ("industrialist", "Helen Ames"),
              "x:lowe": ("industrialist", "Robin Lowe")}
    T = _t("owner", [("c:vantor", "a:hartwell"), ("c:roamer", "a:hartwell"), ("c:pellico", "a:norda"),
                     ("a:hartwell", "g:kessing")])
    T += _t("former", [("c:vantor", "a:norda")])
    T += _t("located", [("c:vantor", "y:coventry"), ("c:roamer", "y:coventry"), ("c:pellico", "y:turin"),
                        ("a:hartwell", "y:coventry"), ("a:norda", "y:malmo"), ("g:kessing", "y:malmo"),
                        ("f:elmhurst", "y:coventry")])
    T += _t("chairman", [("x:grant", "a:hartwell"), ("x:ames", "g:kessing")])
    T += _t("ceo", [("x:lowe", "a:norda")])
    T += _t("built", [("f:elmhurst", "a:hartwell")])
    return _build(items, others, rels, T)


def creations():
    """Constructed languages and characters (items dated by year) "were created by" linguists and
    writers; a crater and a lake "were created by" a meteorite and a landslide (another relation of
    the same phrase); an opera role "was created by" a soprano (a third); a lake "was formed by" a dam; linguists
    and writers "were born in" cities; a language "is spoken in" a film."""
    rels = [
        R("created", phrase="was created by", inverse_phrase="created", domain=("constructed language", "character"),
          range=("linguist", "writer")),
        R("formed", phrase="was created by", inverse_phrase="created", domain=("crater", "lake"),
          range=("meteorite", "landslide")),
        R("dammed", phrase="was formed by", inverse_phrase="formed", domain=("lake",), range=("dam",)),
        R("sung", phrase="was created by", inverse_phrase="created", domain=("opera role",), range=("soprano",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("linguist", "writer", "soprano"),
          range=("city",)),
        R("spoken", phrase="is spoken in", inverse_phrase="features", domain=("constructed language",), range=("film",)),
    ]
    items = {"l:veltic": ("constructed language", "Veltic", 1984), "l:orunic": ("constructed language", "Orunic", 1991),
             "c:marlowe": ("character", "Inspector Marlowe", 1932), "c:wren": ("character", "Captain Wren", 1950),
             "r:isolde": ("opera role", "Lady Isolde", 1911), "k:arnes": ("crater", "Arnes Crater", 1800),
             "w:sarin": ("lake", "Lake Sarin", 1911), "w:holt": ("lake", "Holt Reservoir", 1936),
             "f:starfall": ("film", "Starfall", 1985)}
    others = {"n:okrand": ("linguist", "Martin Okrand"), "n:vale": ("linguist", "Judith Vale"),
              "n:osei": ("linguist", "Kim Osei"), "w:dorn": ("writer", "Agatha Dorn"),
              "w:pike": ("writer", "Harold Pike"), "s:moretti": ("soprano", "Lucia Moretti"),
              "m:arnes": ("meteorite", "the Arnes meteorite"), "d:usoi": ("landslide", "the Usoi landslide"),
              "d:holt": ("dam", "the Holt Dam"),
              "y:boston": ("city", "Boston"), "y:accra": ("city", "Accra"), "y:milan": ("city", "Milan")}
    T = _t("created", [("l:veltic", "n:okrand"), ("l:orunic", "n:vale"), ("c:marlowe", "w:dorn"), ("c:wren", "w:pike")])
    T += _t("formed", [("k:arnes", "m:arnes"), ("w:sarin", "d:usoi")])
    T += _t("dammed", [("w:holt", "d:holt")])
    T += _t("sung", [("r:isolde", "s:moretti")])
    T += _t("born", [("n:okrand", "y:boston"), ("n:osei", "y:accra"), ("s:moretti", "y:milan"), ("w:dorn", "y:boston")])
    T += _t("spoken", [("l:veltic", "f:starfall")])
    return _build(items, others, rels, T)


def church():
    """Theologians and a cleric (items dated by birth; "cleric" is no person type to the checker) "were bishop of" / "were archbishop of" dioceses, "was abbot
    of" an abbey, "were members of" religious orders (in the past), "were born in" towns."""
    rels = [
        R("bishop", phrase="was bishop of", inverse_phrase="had as bishop", domain=("theologian", "cleric"), range=("diocese",)),
        R("archbishop", phrase="was archbishop of", inverse_phrase="had as archbishop", domain=("theologian", "cleric"),
          range=("archdiocese",)),
        R("abbot", phrase="was abbot of", inverse_phrase="was led by", domain=("theologian", "cleric"), range=("abbey",)),
        R("order", phrase="was a member of", inverse_phrase="had as a member", domain=("theologian", "cleric"), range=("religious order",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("theologian", "cleric"), range=("town",)),
    ]
    items = {"c:aldric": ("theologian", "Anselm Brody", 1120), "c:morven": ("theologian", "Hugh Morven", 1135),
             "c:tallis": ("cleric", "Walter Tallis", 1150), "c:agnes": ("theologian", "Hilda Crane", 1140)}
    others = {"d:elmsworth": ("diocese", "Elmsworth"), "d:carrow": ("diocese", "Carrow"),
              "a:york": ("archdiocese", "Stenbury"), "b:fountains": ("abbey", "Rievel Abbey"),
              "b:wharram": ("abbey", "Wharram Abbey"),
              "o:benedictines": ("religious order", "the Benedictines"), "o:cistercians": ("religious order", "the Cistercians"),
              "t:dunmow": ("town", "Dunmow"), "t:ripley": ("town", "Ripley")}
    T = _t("bishop", [("c:aldric", "d:elmsworth"), ("c:morven", "d:carrow")])
    T += _t("archbishop", [("c:aldric", "a:york")])
    T += _t("abbot", [("c:tallis", "b:fountains")])
    T += [("c:agnes", "abbot", "b:wharram")]
    T += _t("order", [("c:aldric", "o:benedictines"), ("c:tallis", "o:cistercians"), ("c:agnes", "o:cistercians")])
    T += _t("born", [("c:aldric", "t:dunmow"), ("c:morven", "t:ripley"), ("c:tallis", "t:dunmow")])
    return _build(items, others, rels, T)


def football():
    """Footballers (items dated by birth) "were captain of" clubs, "is the manager of" a club now,
    "played for" clubs, "won" cups, "were born in" towns; clubs "are owned by" companies (no firm
    owning a firm: "is part of" must not be read)."""
    rels = [
        R("captain", phrase="was captain of", inverse_phrase="was captained by", domain=("footballer",), range=("club",)),
        R("manager", phrase="is the manager of", inverse_phrase="is managed by", domain=("footballer",), range=("club",)),
        R("played", phrase="played for", inverse_phrase="fielded", domain=("footballer",), range=("club",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("footballer",), range=("cup",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("footballer",), range=("town",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("club",), range=("company",)),
    ]
    items = {"f:hollis": ("footballer", "Dennis Hollis", 1950), "f:garvey": ("footballer", "Peter Garvey", 1955),
             "f:marsh": ("footballer", "Julia Marsh", 1962), "f:keane": ("footballer", "Jan Keane", 1958)}
    others = {"k:rovers": ("club", "Ashby Rovers"), "k:united": ("club", "Denholm United"),
              "k:athletic": ("club", "Carlow Athletic"),
              "u:shield": ("cup", "the Northern Shield"), "u:vase": ("cup", "the Silver Vase"),
              "t:ashby": ("town", "Ashby"), "t:denholm": ("town", "Denholm"),
              "o:brannock": ("company", "Brannock Holdings"), "o:tessel": ("company", "Tessel Ltd")}
    T = _t("captain", [("f:hollis", "k:rovers"), ("f:marsh", "k:athletic")])
    T += _t("manager", [("f:garvey", "k:united")])
    T += _t("played", [("f:hollis", "k:rovers"), ("f:hollis", "k:united"), ("f:garvey", "k:united"),
                       ("f:marsh", "k:athletic"), ("f:keane", "k:rovers")])
    T += _t("won", [("f:hollis", "u:shield"), ("f:marsh", "u:vase")])
    T += _t("born", [("f:hollis", "t:ashby"), ("f:garvey", "t:denholm"), ("f:marsh", "t:ashby"), ("f:keane", "t:denholm")])
    T += _t("owned", [("k:rovers", "o:brannock"), ("k:united", "o:tessel")])
    return _build(items, others, rels, T)


BUILDERS = {"bands": bands, "firms": firms, "creations": creations, "church": church, "football": football}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@bands
# "was part of" for a past "was a member of": wrong entity, direction, tense, negation, lists
Otto Falk was part of the Bridge Group.
Kim Roth was part of the Vienna Secession.
Greta Lindqvist was part of the Bridge Group.
Colin Baxter was part of Tinplate.
Sarah Quinn was part of the Marrows.
Otto Falk is part of the Vienna Secession.
Colin Baxter is part of the Marrows.
Otto Falk and Kim Roth were part of the Vienna Secession.
Otto Falk, Greta Lindqvist and Kim Roth were part of the Vienna Secession.
Colin Baxter and Sarah Quinn were part of the Marrows.
Otto Falk was part of the Vienna Secession and the Bridge Group.
Otto Falk was never part of the Vienna Secession.
Otto Falk was not part of the Vienna Secession.
The Vienna Secession was part of Otto Falk.
The Marrows was part of Colin Baxter.
Otto Falk was part of Vienna.
Otto Falk was part of the Marrows.
Vienna was part of the Vienna Secession.
Ember Days was part of the Marrows.
The Marrows was part of Leeds.
Tinplate was part of the Marrows.
Otto Falk was part of the Vienna Secession in 1850.
Otto Falk, born in 1880, was part of the Vienna Secession.
Colin Baxter was part of the Marrows, like Sarah Quinn.
Like Sarah Quinn, Colin Baxter was part of the Marrows.
Greta Lindqvist was part of the Vienna Secession, and so was Kim Roth.
Otto Falk was part of the Vienna Secession, as was Kim Roth.
Otto Falk was part of the Vienna Secession. Kim Roth was also part of it.
Otto Falk was part of the Vienna Secession and was born in Dresden.
Colin Baxter, born in Hull, was part of the Marrows.
Colin Baxter was part of the Marrows, which recorded Glass Harbour.
Colin Baxter was part of the Marrows, a band based in Hull.
Sarah Quinn was part of Tinplate, a band based in Leeds.
Colin Baxter was the leader of the Marrows.
Colin Baxter was part of the leadership of the Marrows.
Otto Falk was a founding part of the Vienna Secession.
Otto Falk was part of the founders of the Vienna Secession.
Otto Falk was part of the Vienna Secession until 1850.
Otto Falk will be part of the Vienna Secession.
Otto Falk has been part of the Vienna Secession since 1900.
Otto Falk remains part of the Vienna Secession.
Otto Falk is still part of the Vienna Secession.
Otto Falk became part of the Bridge Group.
Kim Roth joined the Vienna Secession.
Otto Falk was part of the Vienna Secession's board.
The Vienna Secession counted Kim Roth among its members.
# "a man / woman who"
Otto Falk is a woman who was a member of the Vienna Secession.
Greta Lindqvist is a man who was a member of the Vienna Secession.
Otto Falk was a man who was part of the Bridge Group.
Greta Lindqvist was a woman who was born in Vienna.
Kim Roth is a woman who was a member of the Bridge Group.
Kim Roth is a man who was a member of the Bridge Group.
Otto Falk and Greta Lindqvist are men who were members of the Vienna Secession.
Otto Falk was born in Vienna. She was part of the Vienna Secession.
Greta Lindqvist was born in Dresden. He was part of the Vienna Secession.
@firms
# "is part of", "a subsidiary of", "the parent company of"
Vantor is part of Norda Auto.
Pellico is part of Hartwell Motors.
Roamer is part of Kessing Group.
Hartwell Motors is part of Vantor.
Kessing Group is part of Hartwell Motors.
Norda Auto is part of Kessing Group.
Vantor was part of Hartwell Motors.
Vantor is part of Hartwell Motors and Norda Auto.
Vantor and Pellico are part of Hartwell Motors.
Vantor, Roamer and Pellico are part of Hartwell Motors.
Vantor is not part of Hartwell Motors.
Vantor is no longer part of Hartwell Motors.
Vantor is part of Coventry.
The Elmhurst plant is part of Hartwell Motors.
Vantor is part of Hartwell Motors, which is located in Malmo.
Vantor is part of Hartwell Motors, a firm based in Turin.
Vantor has been part of Hartwell Motors since 1900.
Vantor became part of Hartwell Motors in 1950.
Vantor is part of Hartwell Motors, like Pellico.
Like Pellico, Vantor is part of Hartwell Motors.
Pellico is a subsidiary of Hartwell Motors.
Hartwell Motors is a subsidiary of Vantor.
Hartwell Motors is a subsidiary of Norda Auto.
Vantor is a subsidiary of Kessing Group.
Vantor was a subsidiary of Hartwell Motors.
Roamer was a subsidiary of Norda Auto.
Pellico was a subsidiary of Hartwell Motors.
Vantor is a subsidiary of Norda Auto.
Vantor and Pellico are subsidiaries of Hartwell Motors.
Hartwell Motors is the parent company of Pellico.
Vantor is the parent company of Hartwell Motors.
Norda Auto is the parent company of Vantor.
Norda Auto is a parent company of Roamer.
Kessing Group is the parent company of Vantor.
Hartwell Motors was the parent company of Vantor.
Norda Auto was the parent company of Roamer.
Hartwell Motors, the parent company of Pellico, is located in Coventry.
Hartwell Motors, the parent company of Vantor, is located in Malmo.
Pellico, a subsidiary of Hartwell Motors, is located in Turin.
Vantor, a subsidiary of Hartwell Motors, is located in Turin.
The Elmhurst plant is a subsidiary of Hartwell Motors.
Hartwell Motors is the parent company of the Elmhurst plant.
Hartwell Motors is the parent company of Vantor and Pellico.
Vantor is a subsidiary of Hartwell Motors, founded in 1921.
Vantor is not a subsidiary of Hartwell Motors.
Vantor, founded in 1934, is part of Hartwell Motors.
Vantor is part of Hartwell Motors. So is Pellico.
Vantor is part of Hartwell Motors, as is Pellico.
Vantor is owned by Norda Auto.
Norda Auto owns Vantor.
Hartwell Motors once owned Vantor.
# offices: "was chairman of", "is the president of"
Walter Grant became chairman of Norda Auto.
Helen Ames became chairman of Hartwell Motors.
Walter Grant was elected chairman of Kessing Group.
Helen Ames was appointed chairman of Norda Auto.
Robin Lowe was named chairman of Hartwell Motors.
Walter Grant became the president of Hartwell Motors.
Robin Lowe was appointed president of Hartwell Motors.
Walter Grant was made president of Hartwell Motors.
Helen Ames became the president of Norda Auto.
Walter Grant became vice chairman of Hartwell Motors.
Walter Grant became deputy chairman of Hartwell Motors.
Walter Grant became honorary chairman of Hartwell Motors.
Walter Grant became the first chairman of Hartwell Motors.
Walter Grant became chairman of Hartwell Motors in 1890.
Walter Grant never became chairman of Hartwell Motors.
Walter Grant was never elected chairman of Hartwell Motors.
Walter Grant will become chairman of Hartwell Motors.
Walter Grant hoped to become chairman of Hartwell Motors.
Walter Grant failed to become chairman of Hartwell Motors.
Walter Grant refused to become chairman of Hartwell Motors.
Walter Grant was nearly elected chairman of Hartwell Motors.
Walter Grant and Robin Lowe became chairman of Hartwell Motors.
Walter Grant became chairman of Hartwell Motors and Norda Auto.
Hartwell Motors became chairman of Walter Grant.
Walter Grant was elected chairman of Vantor.
Walter Grant was appointed chairman of Coventry.
Walter Grant became chairman of the Elmhurst plant.
Walter Grant became the president of Norda Auto.
Robin Lowe became chairman of Norda Auto.
Robin Lowe was elected chairman of Kessing Group.
Walter Grant, who became chairman of Kessing Group, is located in Coventry.
Walter Grant became chairman of Hartwell Motors, the parent company of Pellico.
Walter Grant became chairman of Hartwell Motors, the owner of Pellico.
Helen Ames is a man who was chairman of Kessing Group.
Walter Grant is a woman who was chairman of Hartwell Motors.
Helen Ames is a woman who was chairman of Hartwell Motors.
Walter Grant is a man who became chairman of Norda Auto.
Robin Lowe is a woman who is the president of Norda Auto.
Robin Lowe is a man who is the president of Norda Auto.
Walter Grant is the man behind Hartwell Motors.
Helen Ames is the woman behind Kessing Group.
@creations
# "invent" for "create": wrong maker, direction, forces, roles, tense
Martin Okrand invented Orunic.
Judith Vale invented Veltic.
Kim Osei invented Veltic.
Agatha Dorn invented Captain Wren.
Harold Pike invented Inspector Marlowe.
Veltic invented Martin Okrand.
Veltic was invented by Judith Vale.
Captain Wren was invented by Agatha Dorn.
Martin Okrand invented Veltic and Orunic.
Martin Okrand and Judith Vale invented Veltic.
Martin Okrand did not invent Veltic.
Martin Okrand never invented Veltic.
Martin Okrand invented Veltic in 1991.
Martin Okrand invented Veltic in 1970, a year before its release.
Martin Okrand invented Starfall.
Martin Okrand invented Boston.
Martin Okrand invented Veltic, which is spoken in Orunic.
Martin Okrand invented the language Orunic.
Martin Okrand invented Veltic, a language spoken in Arnes Crater.
Martin Okrand, born in Accra, invented Veltic.
Martin Okrand invented Veltic, and Kim Osei invented Orunic.
Martin Okrand invented Veltic. He also invented Orunic.
Martin Okrand invented Veltic. Judith Vale also invented Veltic.
Martin Okrand invents languages, such as Orunic.
Martin Okrand is the inventor of Orunic.
Judith Vale is the inventor of Veltic.
Martin Okrand co-invented Veltic.
Martin Okrand helped invent Veltic.
Martin Okrand reinvented Veltic.
Lucia Moretti invented Lady Isolde.
Lady Isolde was invented by Lucia Moretti.
Lucia Moretti invented Inspector Marlowe.
The Arnes meteorite invented Arnes Crater.
Arnes Crater was invented by the Arnes meteorite.
The Usoi landslide invented Lake Sarin.
Lake Sarin was invented by the Usoi landslide.
The Holt Dam invented Holt Reservoir.
The Holt Dam invented Lake Sarin.
The Usoi landslide invented Holt Reservoir.
The Arnes meteorite devised Arnes Crater.
The Usoi landslide came up with Lake Sarin.
The Arnes meteorite is the mind behind Arnes Crater.
Martin Okrand invented Arnes Crater.
Harold Pike created Inspector Marlowe.
Martin Okrand created Orunic.
Martin Okrand is a woman who invented Veltic.
Judith Vale is a man who invented Orunic.
Agatha Dorn is a man who created Inspector Marlowe.
Harold Pike is a woman who created Captain Wren.
Martin Okrand is a man who invented Orunic.
Judith Vale is a woman who invented Veltic.
Kim Osei is a woman who invented Orunic.
Kim Osei is a man who invented Orunic.
Lucia Moretti is a woman who invented Lady Isolde.
Martin Okrand is the woman behind Veltic.
Judith Vale is the man behind Orunic.
Judith Vale is the woman behind Veltic.
Martin Okrand is the man behind Orunic.
Agatha Dorn, the woman behind Captain Wren, was born in Boston.
Martin Okrand, the man behind Veltic, was born in Accra.
Kim Osei is the man behind Orunic.
Martin Okrand was born in Boston and went on to invent Orunic.
Martin Okrand was born in Boston. He went on to invent Orunic.
Martin Okrand was born in Accra. He went on to invent Veltic.
Agatha Dorn was born in Boston and went on to create Captain Wren.
Martin Okrand was born in Boston and went on to invent Veltic and Orunic.
Martin Okrand was born in Boston. Judith Vale went on to invent Veltic.
Martin Okrand was born in Boston. She went on to invent Veltic.
Agatha Dorn was born in Boston. He went on to create Inspector Marlowe.
Martin Okrand died in Boston and went on to invent Veltic.
Martin Okrand was born in Boston and went on to invent Veltic in 1970.
Martin Okrand invented Veltic and went on to invent Orunic.
Martin Okrand was born in Boston and went on to be born in Accra.
Martin Okrand was born in Boston and went on to win Veltic.
@church
# offices taken: "became / was appointed / elected / made / named (the) X of"
Anselm Brody became bishop of Carrow.
Hugh Morven became bishop of Elmsworth.
Hugh Morven became archbishop of Stenbury.
Walter Tallis became archbishop of Stenbury.
Anselm Brody became archbishop of Elmsworth.
Hugh Morven was appointed archbishop of Stenbury.
Hugh Morven was elected archbishop of Stenbury.
Walter Tallis was made bishop of Carrow.
Walter Tallis was named bishop of Elmsworth.
Anselm Brody was named abbot of Rievel Abbey.
Hilda Crane became abbot of Rievel Abbey.
Walter Tallis was elected abbot of Wharram Abbey.
Anselm Brody became the archbishop of Carrow.
Anselm Brody became abbot of Stenbury.
Anselm Brody became bishop of Stenbury.
Hugh Morven became the bishop of Elmsworth and Carrow.
Anselm Brody and Hugh Morven became bishop of Elmsworth.
Anselm Brody became bishop of Elmsworth and archbishop of Carrow.
Anselm Brody became bishop of Elmsworth in 1100.
Anselm Brody became auxiliary bishop of Elmsworth.
Anselm Brody became the first bishop of Elmsworth.
Anselm Brody became the last archbishop of Stenbury.
Anselm Brody became coadjutor archbishop of Stenbury.
Anselm Brody never became bishop of Elmsworth.
Anselm Brody was not elected archbishop of Stenbury.
Anselm Brody refused to become archbishop of Stenbury.
Anselm Brody was nearly elected archbishop of Stenbury.
Anselm Brody will become archbishop of Stenbury.
Anselm Brody becomes archbishop of Carrow.
Elmsworth became bishop of Anselm Brody.
Stenbury became archbishop of Anselm Brody.
Anselm Brody became archbishop of Dunmow.
Anselm Brody became archbishop of the Benedictines.
Anselm Brody became the leader of the Benedictines.
Walter Tallis was elected head of the Cistercians.
Walter Tallis became the abbot of Rievel Abbey and Wharram Abbey.
Walter Tallis became abbot of Rievel Abbey, as did Hilda Crane.
Walter Tallis became abbot of Rievel Abbey, like Hugh Morven.
Anselm Brody was born in Ripley and went on to become archbishop of Stenbury.
Anselm Brody was born in Dunmow and went on to become archbishop of Elmsworth.
Anselm Brody was born in Dunmow and went on to become bishop of Carrow.
Hugh Morven was born in Ripley and went on to become archbishop of Stenbury.
Walter Tallis was born in Dunmow. He went on to become abbot of Wharram Abbey.
Walter Tallis was born in Dunmow. She went on to become abbot of Rievel Abbey.
Hilda Crane was born in Dunmow and went on to become abbot of Wharram Abbey.
Anselm Brody was born in Dunmow in 1150 and went on to become bishop of Elmsworth.
Anselm Brody was born in Dunmow and later went on to become bishop of Carrow.
Anselm Brody was born in Dunmow and went on to join the Cistercians.
Anselm Brody was born in Dunmow and went on to be part of the Cistercians.
# "was part of" a religious order
Anselm Brody was part of the Cistercians.
Hugh Morven was part of the Benedictines.
Hilda Crane was part of the Benedictines.
Walter Tallis and Anselm Brody were part of the Cistercians.
The Cistercians were part of Walter Tallis.
Anselm Brody is part of the Benedictines.
Anselm Brody was part of Elmsworth.
Anselm Brody was part of Rievel Abbey.
Walter Tallis was part of Rievel Abbey.
Anselm Brody was part of the Benedictines and the Cistercians.
Walter Tallis is a woman who was abbot of Rievel Abbey.
Hilda Crane is a man who was abbot of Wharram Abbey.
Hugh Morven is a man who became archbishop of Stenbury.
Walter Tallis was born in Dunmow. She was abbot of Rievel Abbey.
Walter Tallis is a woman who was abbot of Rievel Abbey and was born in Dunmow.
Hilda Crane is a woman who was part of the Benedictines.
@football
# "was captain of", "is the manager of": offices; "part of" on a club owned by a firm
Peter Garvey became captain of Ashby Rovers.
Dennis Hollis became captain of Denholm United.
Julia Marsh was named captain of Ashby Rovers.
Jan Keane was made captain of Ashby Rovers.
Dennis Hollis was appointed captain of Carlow Athletic.
Dennis Hollis became the manager of Denholm United.
Julia Marsh was appointed manager of Denholm United.
Peter Garvey was named manager of Ashby Rovers.
Dennis Hollis was named manager of Ashby Rovers.
Peter Garvey became coach of Denholm United.
Peter Garvey became head coach of Denholm United.
Peter Garvey became assistant manager of Denholm United.
Peter Garvey became caretaker manager of Denholm United.
Dennis Hollis became vice captain of Ashby Rovers.
Dennis Hollis became club captain of Ashby Rovers.
Dennis Hollis became captain of Ashby Rovers in 1940.
Dennis Hollis became captain of Ashby Rovers and Denholm United.
Dennis Hollis never became captain of Ashby Rovers.
Ashby Rovers became captain of Dennis Hollis.
Dennis Hollis became captain of the Northern Shield.
Dennis Hollis became captain of Ashby.
Dennis Hollis became captain of Brannock Holdings.
Dennis Hollis and Jan Keane became captain of Ashby Rovers.
Dennis Hollis was born in Ashby and went on to become captain of Denholm United.
Dennis Hollis was born in Denholm and went on to become captain of Ashby Rovers.
Dennis Hollis was born in Ashby and went on to win the Silver Vase.
Jan Keane was born in Denholm and went on to win the Northern Shield.
Julia Marsh was born in Ashby. He went on to win the Silver Vase.
Dennis Hollis was born in Ashby. Julia Marsh went on to win the Northern Shield.
Dennis Hollis was born in Ashby and went on to play for Carlow Athletic.
Peter Garvey was born in Denholm and went on to become captain of Denholm United.
Dennis Hollis was born in Ashby in 1955 and went on to win the Northern Shield.
Dennis Hollis won the Northern Shield and went on to win the Silver Vase.
Dennis Hollis was born in Ashby and went on to win the Northern Shield twice.
Ashby Rovers is part of Brannock Holdings.
Denholm United is part of Brannock Holdings.
Ashby Rovers is a subsidiary of Brannock Holdings.
Brannock Holdings is the parent company of Ashby Rovers.
Ashby Rovers are part of Brannock Holdings.
Brannock Holdings is part of Ashby Rovers.
Dennis Hollis was part of Ashby Rovers.
Jan Keane is part of Ashby Rovers.
Julia Marsh is a man who won the Silver Vase.
Dennis Hollis is a woman who won the Northern Shield.
Peter Garvey is a woman who is the manager of Denholm United.
Jan Keane is a man who played for Ashby Rovers.
Jan Keane is a woman who played for Ashby Rovers.
Dennis Hollis is the man behind the Northern Shield.
Dennis Hollis was the winner of the Silver Vase.
Julia Marsh, the winner of the Northern Shield, was born in Ashby.
"""

CONTROLS = r"""
@bands
Otto Falk was part of the Vienna Secession.
Greta Lindqvist was part of the Vienna Secession.
Kim Roth was part of the Bridge Group.
Colin Baxter was part of the Marrows.
Sarah Quinn was part of Tinplate.
Otto Falk and Greta Lindqvist were part of the Vienna Secession.
Otto Falk was a member of the Vienna Secession.
Sarah Quinn was the leader of Tinplate.
Otto Falk is a man who was a member of the Vienna Secession.
Greta Lindqvist is a woman who was a member of the Vienna Secession.
Otto Falk was once part of the Vienna Secession.
Colin Baxter was born in Leeds and was part of the Marrows.
@firms
Vantor is part of Hartwell Motors.
Roamer is part of Hartwell Motors.
Pellico is part of Norda Auto.
Hartwell Motors is part of Kessing Group.
Vantor and Roamer are part of Hartwell Motors.
Vantor is a subsidiary of Hartwell Motors.
Vantor and Roamer are subsidiaries of Hartwell Motors.
Hartwell Motors is the parent company of Vantor.
Kessing Group is the parent company of Hartwell Motors.
Vantor was a subsidiary of Norda Auto.
Vantor was owned by Norda Auto.
Hartwell Motors, the parent company of Vantor, is located in Coventry.
Pellico, a subsidiary of Norda Auto, is located in Turin.
Walter Grant was chairman of Hartwell Motors.
Walter Grant became chairman of Hartwell Motors.
Helen Ames was elected chairman of Kessing Group.
Walter Grant was appointed chairman of Hartwell Motors.
Robin Lowe became the president of Norda Auto.
Robin Lowe is the president of Norda Auto.
Robin Lowe was elected president of Norda Auto.
Walter Grant is a man who was chairman of Hartwell Motors.
Helen Ames is a woman who was chairman of Kessing Group.
@creations
Martin Okrand invented Veltic.
Judith Vale invented Orunic.
Veltic was invented by Martin Okrand.
Agatha Dorn invented Inspector Marlowe.
Harold Pike invented Captain Wren.
Martin Okrand created Veltic.
Martin Okrand is a man who invented Veltic.
Judith Vale is a woman who invented Orunic.
Martin Okrand is the man behind Veltic.
Judith Vale is the woman behind Orunic.
Martin Okrand was born in Boston and went on to invent Veltic.
Martin Okrand was born in Boston. He went on to invent Veltic.
Agatha Dorn was born in Boston and went on to create Inspector Marlowe.
Lucia Moretti created Lady Isolde.
The Arnes meteorite created Arnes Crater.
The Holt Dam formed Holt Reservoir.
@church
Anselm Brody was bishop of Elmsworth.
Anselm Brody became bishop of Elmsworth.
Anselm Brody became archbishop of Stenbury.
Anselm Brody was appointed archbishop of Stenbury.
Anselm Brody was elected archbishop of Stenbury.
Hugh Morven was made bishop of Carrow.
Hugh Morven was named bishop of Carrow.
Walter Tallis became abbot of Rievel Abbey.
Anselm Brody became the archbishop of Stenbury.
Anselm Brody was born in Dunmow and went on to become archbishop of Stenbury.
Walter Tallis was born in Dunmow. He went on to become abbot of Rievel Abbey.
Anselm Brody was part of the Benedictines.
Walter Tallis and Hilda Crane were part of the Cistercians.
Hilda Crane is a woman who was abbot of Wharram Abbey.
@football
Dennis Hollis became captain of Ashby Rovers.
Julia Marsh was named captain of Carlow Athletic.
Peter Garvey became the manager of Denholm United.
Dennis Hollis was born in Ashby and went on to win the Northern Shield.
Julia Marsh was born in Ashby. She went on to win the Silver Vase.
Dennis Hollis was born in Ashby and went on to become captain of Ashby Rovers.
Ashby Rovers is owned by Brannock Holdings.
Dennis Hollis is a man who won the Northern Shield.
"""

OPEN_TEXTS = r"""
@church
Walter Tallis was born in Dunmow and Hugh Morven went on to become bishop of Carrow.
@bands
Otto Falk was a part of the Vienna Secession.
@firms
Vantor is part of Kessing Group.
@creations
Kim Osei is the woman behind Orunic.
"""

OPEN = frozenset({
    # both statements true: "went on to become" (an office taken) of Hugh, after nothing said of him
    "Walter Tallis was born in Dunmow and Hugh Morven went on to become bishop of Carrow.",
    # "a part of" with the article: the same as "part of" in plain English
    "Otto Falk was a part of the Vienna Secession.",
    # Vantor is owned by Hartwell Motors, owned by Kessing Group: part of it through its parent
    "Vantor is part of Kessing Group.",
    # the given name Kim says no sex: unread, as the graph says none (a control of the guard)
    "Kim Osei is the woman behind Orunic.",
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
