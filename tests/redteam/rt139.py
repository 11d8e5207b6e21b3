"""Red team round 139, the release's last round: its CHANGES.diff is the whole release's change to
the checker (rounds 134 to 138), and this round attacks the readings together, where they meet.
Gapping ("A overlooks X, B Y", "A performs at X, and B at Y", "X is named after A, and Y after
B") with "respectively", a style adjective ("A is Romanesque, B Gothic"), "in the Y style", the
attribute types' own nouns ("the company Asahi"), "even though", "once", a user's ratings ("You
gave A five stars, B half a star"); "half a star" with a wrong value and "just" elsewhere; the
derived forms ("is located in" / "lies in" from "stands in", "is part of" from "belongs to",
"maintained by" / "looks after" / "operator" from "is run by", "looks out over" from "overlooks",
"created" from "founded") inside gapped and "respectively" clauses; a period or movement
adjective ("is Victorian", "is Impressionist") after gapped clauses and where the graph's
relation to it names its type ("predates the period", "anticipates the movement"); ", the B"
after a name read as a list (an identity apposition with a singular verb: "Tate Britain, the
National Gallery, stands in London"); the participles of making before "in the Y style" said of
things never so made ("Pilsner Urquell was written in the Pilsner style"); "is part of" from a
"belongs to" whose object is a family ("Alnwick Castle is part of the Percy family"). False texts
only (one false statement each), plus faithful controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def landmarks():
    """Cathedrals, castles and lighthouses (items of three types, the year each was begun) and one
    user's ratings (Truro Cathedral half a star): what each "overlooks" (a river, a sea, a town);
    the city it "stands in" (a place: also "is located in", "lies in"); the diocese it "belongs to"
    (also "is part of") and, for two castles, the family it "belongs to" (an estate of the family,
    never a part of it); the trust that "runs" it (also "maintains", "looks after", "operator")
    next to its owner ("is owned by"); its namesake (a saint or a person); its founder ("was
    founded by", also "created"); its style ("is built in the style": "is Gothic", "in the Gothic
    style") next to a style it "influenced" (never its own); its period ("dates from the period":
    "is Victorian") next to the period it "was remodelled during" or "predates" (never its own).
    Truro Cathedral is Gothic Revival, not Gothic; York Minster is both Gothic and Perpendicular."""
    B = ("cathedral", "castle", "lighthouse")
    rels = [
        R("overlooks", phrase="overlooks", inverse_phrase="is overlooked by", domain=B, range=("river", "sea", "town")),
        R("stands_in", phrase="stands in", inverse_phrase="is the city of", domain=B, range=("city",)),
        R("belongs_to", phrase="belongs to", inverse_phrase="counts among its buildings", domain=B, range=("diocese",)),
        R("family", phrase="belongs to", inverse_phrase="counts among its estates", domain=B, range=("family",)),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=B, range=("trust",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=B, range=("owner",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=B, range=("saint", "person")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=B, range=("person",)),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", domain=B, range=("style",)),
        R("period", phrase="dates from the period", inverse_phrase="is the period of", domain=B, range=("period",)),
        R("remodelled", phrase="was remodelled during", inverse_phrase="saw the remodelling of", domain=B,
          range=("period",)),
        R("influenced", phrase="influenced the style", inverse_phrase="was influenced by", domain=B, range=("style",)),
        R("predates", phrase="predates the period", inverse_phrase="came after", domain=B, range=("period",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:durham": ("cathedral", "Durham Cathedral", 1093), "b:york": ("cathedral", "York Minster", 1220),
        "b:ely": ("cathedral", "Ely Cathedral", 1083), "b:truro": ("cathedral", "Truro Cathedral", 1880),
        "b:salis": ("cathedral", "Salisbury Cathedral", 1220), "b:lincoln": ("cathedral", "Lincoln Cathedral", 1072),
        "c:alnwick": ("castle", "Alnwick Castle", 1096), "c:conwy": ("castle", "Conwy Castle", 1283),
        "c:edin": ("castle", "Edinburgh Castle", 1103), "c:balmoral": ("castle", "Balmoral Castle", 1856),
        "l:smeaton": ("lighthouse", "Smeaton's Tower", 1759), "l:belle": ("lighthouse", "Belle Tout", 1832),
        "l:southstack": ("lighthouse", "South Stack", 1809),
    }
    others = {
        "w:wear": ("river", "River Wear"), "w:ouse": ("river", "River Ouse"), "w:aln": ("river", "River Aln"),
        "w:conwy": ("river", "River Conwy"), "w:dee": ("river", "River Dee"), "w:avon": ("river", "River Avon"),
        "w:great": ("river", "Great Ouse"), "w:witham": ("river", "River Witham"),
        "w:irish": ("sea", "Irish Sea"), "w:channel": ("sea", "English Channel"),
        "t:plymouth": ("town", "Plymouth Hoe"), "t:eastbourne": ("town", "Eastbourne"), "t:leith": ("town", "Leith"),
        "y:durham": ("city", "Durham"), "y:york": ("city", "York"), "y:truro": ("city", "Truro"),
        "y:salisbury": ("city", "Salisbury"), "y:lincoln": ("city", "Lincoln"), "y:alnwick": ("city", "Alnwick"),
        "y:conwy": ("city", "Conwy"), "y:edinburgh": ("city", "Edinburgh"), "y:ballater": ("city", "Ballater"),
        "y:plymouth": ("city", "Plymouth"), "y:holyhead": ("city", "Holyhead"), "y:ely": ("city", "Ely"),
        "d:durham": ("diocese", "Diocese of Durham"), "d:york": ("diocese", "Diocese of York"),
        "d:ely": ("diocese", "Diocese of Ely"), "d:truro": ("diocese", "Diocese of Truro"),
        "d:salisbury": ("diocese", "Diocese of Salisbury"), "d:lincoln": ("diocese", "Diocese of Lincoln"),
        "k:chapter": ("trust", "the Chapter"), "k:cadw": ("trust", "Cadw"), "k:hes": ("trust", "Historic Environment Scotland"),
        "k:th": ("trust", "Trinity House"), "k:pcc": ("trust", "Plymouth City Council"), "k:nt": ("trust", "National Trust"),
        "o:church": ("owner", "Church of England"), "o:percy": ("family", "Percy family"), "o:royal": ("family", "the Royal Family"), "o:crown": ("owner", "the Crown"),
        "o:king": ("owner", "King Charles III"), "o:mod": ("owner", "Ministry of Defence"),
        "p:cuthbert": ("saint", "Saint Cuthbert"), "p:etheldreda": ("saint", "Saint Etheldreda"),
        "p:mary": ("saint", "Saint Mary"), "p:smeaton": ("person", "John Smeaton"), "p:albert": ("person", "Prince Albert"),
        "p:william": ("person", "William de St-Calais"), "p:edward": ("person", "Edward I"),
        "p:remigius": ("person", "Remigius de Fécamp"), "p:vesci": ("person", "Ivo de Vesci"),
        "p:benson": ("person", "Edward White Benson"), "p:walker": ("person", "Mad Jack Fuller"),
        "s:romanesque": ("style", "Romanesque"), "s:gothic": ("style", "Gothic"), "s:revival": ("style", "Gothic Revival"),
        "s:baronial": ("style", "Scottish Baronial"), "s:perp": ("style", "Perpendicular"),
        "e:norman": ("period", "Norman"), "e:medieval": ("period", "Medieval"), "e:victorian": ("period", "Victorian"),
        "e:georgian": ("period", "Georgian"), "e:edwardian": ("period", "Edwardian"),
    }
    T = [
        ("b:durham", "overlooks", "w:wear"), ("b:york", "overlooks", "w:ouse"), ("b:ely", "overlooks", "w:great"),
        ("b:lincoln", "overlooks", "w:witham"), ("c:alnwick", "overlooks", "w:aln"), ("c:conwy", "overlooks", "w:conwy"),
        ("c:balmoral", "overlooks", "w:dee"), ("b:salis", "overlooks", "w:avon"), ("c:edin", "overlooks", "t:leith"),
        ("l:smeaton", "overlooks", "t:plymouth"), ("l:belle", "overlooks", "w:channel"),
        ("l:belle", "overlooks", "t:eastbourne"), ("l:southstack", "overlooks", "w:irish"),
        ("b:durham", "stands_in", "y:durham"), ("b:york", "stands_in", "y:york"), ("b:ely", "stands_in", "y:ely"),
        ("b:truro", "stands_in", "y:truro"), ("b:salis", "stands_in", "y:salisbury"), ("b:lincoln", "stands_in", "y:lincoln"),
        ("c:alnwick", "stands_in", "y:alnwick"), ("c:conwy", "stands_in", "y:conwy"), ("c:edin", "stands_in", "y:edinburgh"),
        ("c:balmoral", "stands_in", "y:ballater"), ("l:smeaton", "stands_in", "y:plymouth"),
        ("l:southstack", "stands_in", "y:holyhead"),
        ("b:durham", "belongs_to", "d:durham"), ("b:york", "belongs_to", "d:york"), ("b:ely", "belongs_to", "d:ely"),
        ("b:truro", "belongs_to", "d:truro"), ("b:salis", "belongs_to", "d:salisbury"), ("b:lincoln", "belongs_to", "d:lincoln"),
        ("b:durham", "run_by", "k:chapter"), ("b:york", "run_by", "k:chapter"), ("c:conwy", "run_by", "k:cadw"),
        ("c:edin", "run_by", "k:hes"), ("l:smeaton", "run_by", "k:pcc"), ("l:southstack", "run_by", "k:th"),
        ("l:belle", "run_by", "k:nt"),
        ("b:durham", "owned_by", "o:church"), ("b:york", "owned_by", "o:church"), ("b:ely", "owned_by", "o:church"),
        ("c:alnwick", "family", "o:percy"), ("c:balmoral", "family", "o:royal"), ("c:conwy", "owned_by", "o:crown"), ("c:edin", "owned_by", "o:mod"),
        ("c:balmoral", "owned_by", "o:king"),
        ("b:durham", "named_after", "p:cuthbert"), ("b:ely", "named_after", "p:etheldreda"), ("b:truro", "named_after", "p:mary"),
        ("l:smeaton", "named_after", "p:smeaton"),
        ("b:durham", "founded_by", "p:william"), ("b:lincoln", "founded_by", "p:remigius"), ("c:conwy", "founded_by", "p:edward"),
        ("c:alnwick", "founded_by", "p:vesci"), ("b:truro", "founded_by", "p:benson"), ("c:balmoral", "founded_by", "p:albert"),
        ("l:belle", "founded_by", "p:walker"),
        ("b:durham", "style", "s:romanesque"), ("b:ely", "style", "s:romanesque"), ("b:york", "style", "s:gothic"),
        ("b:york", "style", "s:perp"), ("b:salis", "style", "s:gothic"), ("b:lincoln", "style", "s:gothic"),
        ("b:truro", "style", "s:revival"), ("c:balmoral", "style", "s:baronial"),
        ("b:durham", "period", "e:norman"), ("b:ely", "period", "e:norman"), ("c:alnwick", "period", "e:norman"),
        ("b:york", "period", "e:medieval"), ("b:salis", "period", "e:medieval"), ("c:conwy", "period", "e:medieval"),
        ("b:lincoln", "period", "e:medieval"),
        ("b:truro", "period", "e:victorian"), ("c:balmoral", "period", "e:victorian"), ("l:smeaton", "period", "e:georgian"),
        ("l:southstack", "period", "e:georgian"), ("l:belle", "period", "e:georgian"),
        ("b:durham", "influenced", "s:gothic"), ("b:ely", "influenced", "s:gothic"), ("b:truro", "influenced", "s:baronial"),
        ("l:smeaton", "predates", "e:victorian"), ("c:conwy", "predates", "e:georgian"), ("b:durham", "predates", "e:edwardian"),
        ("c:alnwick", "remodelled", "e:victorian"), ("b:durham", "remodelled", "e:georgian"),
        ("c:edin", "remodelled", "e:victorian"), ("b:ely", "remodelled", "e:victorian"),
        ("user:ann", "rated", "b:durham", {"rating": 5.0}), ("user:ann", "rated", "b:truro", {"rating": 0.5}),
        ("user:ann", "rated", "c:conwy", {"rating": 4.0}), ("user:ann", "rated", "l:belle", {"rating": 2.0}),
        ("user:ann", "rated", "c:balmoral", {"rating": 3.0}), ("user:ann", "rated", "b:york", {"rating": 4.5}),
    ]
    return _build(items, others, rels, T, users=[("user:ann", "Ann")])


def music():
    """Orchestras and festivals (items, the year each was founded) and one user's ratings (the
    Hallé half a star): the hall each "performs at" (a festival "is held at" one); its city ("is
    based in"; a festival "is held in"); its chief conductor ("is led by") next to past conductors
    ("was conducted by"); its founder ("was founded by": also "created"); its namesake ("is named
    after"); the trust that "runs" it; its label ("records for")."""
    rels = [
        R("performs_at", phrase="performs at", inverse_phrase="is the home of", domain=("orchestra",), range=("hall",)),
        R("based_in", phrase="is based in", inverse_phrase="is the base of", domain=("orchestra",), range=("city",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("orchestra",), range=("conductor",)),
        R("conducted_by", phrase="was conducted by", inverse_phrase="conducted", domain=("orchestra",),
          range=("conductor",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("orchestra", "festival"),
          range=("conductor", "person")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("orchestra", "festival"),
          range=("composer", "person")),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("orchestra", "festival"), range=("trust",)),
        R("records_for", phrase="records for", inverse_phrase="releases recordings of", domain=("orchestra",),
          range=("label",)),
        R("held_at", phrase="is held at", inverse_phrase="is the venue of", domain=("festival",), range=("hall",)),
        R("held_in", phrase="is held in", inverse_phrase="hosts", domain=("festival",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "o:halle": ("orchestra", "the Hallé", 1858), "o:cbso": ("orchestra", "City of Birmingham Symphony Orchestra", 1920),
        "o:lso": ("orchestra", "London Symphony Orchestra", 1904), "o:lpo": ("orchestra", "London Philharmonic Orchestra", 1932),
        "o:bbcsso": ("orchestra", "BBC Scottish Symphony Orchestra", 1935), "o:mco": ("orchestra", "Mahler Chamber Orchestra", 1997),
        "o:gmjo": ("orchestra", "Gustav Mahler Jugendorchester", 1986), "o:bso": ("orchestra", "Bournemouth Symphony Orchestra", 1893),
        "f:proms": ("festival", "BBC Proms", 1895), "f:aldeburgh": ("festival", "Aldeburgh Festival", 1948),
        "f:edinburgh": ("festival", "Edinburgh International Festival", 1947), "f:three": ("festival", "Three Choirs Festival", 1715),
        "f:bach": ("festival", "Bachfest Leipzig", 1904),
    }
    others = {
        "h:bridgewater": ("hall", "Bridgewater Hall"), "h:symphony": ("hall", "Symphony Hall"),
        "h:barbican": ("hall", "the Barbican Centre"), "h:rfh": ("hall", "the Royal Festival Hall"),
        "h:city": ("hall", "City Halls"), "h:lighthouse": ("hall", "the Lighthouse"), "h:rah": ("hall", "the Royal Albert Hall"),
        "h:snape": ("hall", "Snape Maltings"), "h:usher": ("hall", "the Usher Hall"), "h:gloucester": ("hall", "Gloucester Cathedral"),
        "h:thomas": ("hall", "the Thomaskirche"),
        "c:manchester": ("city", "Manchester"), "c:birmingham": ("city", "Birmingham"), "c:london": ("city", "London"),
        "c:glasgow": ("city", "Glasgow"), "c:berlin": ("city", "Berlin"), "c:vienna": ("city", "Vienna"),
        "c:poole": ("city", "Poole"), "c:aldeburgh": ("city", "Aldeburgh"), "c:edinburgh": ("city", "Edinburgh"),
        "c:gloucester": ("city", "Gloucester"), "c:leipzig": ("city", "Leipzig"),
        "k:elder": ("conductor", "Mark Elder"), "k:wong": ("conductor", "Kahchun Wong"), "k:rattle": ("conductor", "Simon Rattle"),
        "k:grazinyte": ("conductor", "Mirga Gražinytė-Tyla"), "k:pappano": ("conductor", "Antonio Pappano"),
        "k:gardner": ("conductor", "Edward Gardner"), "k:dausgaard": ("conductor", "Thomas Dausgaard"),
        "k:karabits": ("conductor", "Kirill Karabits"), "k:barbirolli": ("conductor", "John Barbirolli"),
        "k:abbado": ("conductor", "Claudio Abbado"), "k:beecham": ("conductor", "Thomas Beecham"),
        "k:halle": ("conductor", "Charles Hallé"),
        "p:britten": ("person", "Benjamin Britten"), "p:bing": ("person", "Rudolf Bing"), "p:newman": ("person", "Robert Newman"),
        "p:godfrey": ("person", "Dan Godfrey"), "p:boult": ("person", "Adrian Boult"),
        "m:mahler": ("composer", "Gustav Mahler"), "m:bach": ("composer", "Johann Sebastian Bach"),
        "t:halle": ("trust", "Hallé Concerts Society"), "t:cbso": ("trust", "CBSO Society"), "t:bbc": ("trust", "the BBC"),
        "t:lso": ("trust", "LSO Trust"), "t:bso": ("trust", "BSO Trust"), "t:britten": ("trust", "Britten Pears Arts"),
        "l:halle": ("label", "Hallé Records"), "l:warner": ("label", "Warner Classics"), "l:lsolive": ("label", "LSO Live"),
        "l:lpo": ("label", "LPO Records"), "l:chandos": ("label", "Chandos"), "l:dg": ("label", "Deutsche Grammophon"),
        "l:onyx": ("label", "Onyx"),
    }
    T = [
        ("o:halle", "performs_at", "h:bridgewater"), ("o:cbso", "performs_at", "h:symphony"), ("o:lso", "performs_at", "h:barbican"),
        ("o:lpo", "performs_at", "h:rfh"), ("o:bbcsso", "performs_at", "h:city"), ("o:bso", "performs_at", "h:lighthouse"),
        ("o:halle", "based_in", "c:manchester"), ("o:cbso", "based_in", "c:birmingham"), ("o:lso", "based_in", "c:london"),
        ("o:lpo", "based_in", "c:london"), ("o:bbcsso", "based_in", "c:glasgow"), ("o:mco", "based_in", "c:berlin"),
        ("o:gmjo", "based_in", "c:vienna"), ("o:bso", "based_in", "c:poole"),
        ("o:halle", "led_by", "k:wong"), ("o:cbso", "led_by", "k:grazinyte"), ("o:lso", "led_by", "k:pappano"),
        ("o:lpo", "led_by", "k:gardner"), ("o:bbcsso", "led_by", "k:dausgaard"), ("o:bso", "led_by", "k:karabits"),
        ("o:halle", "conducted_by", "k:elder"), ("o:halle", "conducted_by", "k:barbirolli"), ("o:cbso", "conducted_by", "k:rattle"),
        ("o:lso", "conducted_by", "k:rattle"), ("o:lpo", "conducted_by", "k:beecham"), ("o:mco", "conducted_by", "k:abbado"),
        ("o:gmjo", "conducted_by", "k:abbado"),
        ("o:halle", "founded_by", "k:halle"), ("o:lpo", "founded_by", "k:beecham"), ("o:mco", "founded_by", "k:abbado"),
        ("o:gmjo", "founded_by", "k:abbado"), ("o:bso", "founded_by", "p:godfrey"), ("o:bbcsso", "founded_by", "p:boult"),
        ("f:aldeburgh", "founded_by", "p:britten"), ("f:edinburgh", "founded_by", "p:bing"), ("f:proms", "founded_by", "p:newman"),
        ("o:mco", "named_after", "m:mahler"), ("o:gmjo", "named_after", "m:mahler"), ("f:bach", "named_after", "m:bach"),
        ("o:halle", "run_by", "t:halle"), ("o:cbso", "run_by", "t:cbso"), ("o:lso", "run_by", "t:lso"), ("o:bso", "run_by", "t:bso"),
        ("o:bbcsso", "run_by", "t:bbc"), ("f:proms", "run_by", "t:bbc"), ("f:aldeburgh", "run_by", "t:britten"),
        ("o:halle", "records_for", "l:halle"), ("o:cbso", "records_for", "l:warner"), ("o:lso", "records_for", "l:lsolive"),
        ("o:lpo", "records_for", "l:lpo"), ("o:bbcsso", "records_for", "l:chandos"), ("o:bso", "records_for", "l:chandos"),
        ("o:mco", "records_for", "l:dg"), ("o:gmjo", "records_for", "l:dg"),
        ("f:proms", "held_at", "h:rah"), ("f:aldeburgh", "held_at", "h:snape"), ("f:edinburgh", "held_at", "h:usher"),
        ("f:three", "held_at", "h:gloucester"), ("f:bach", "held_at", "h:thomas"),
        ("f:proms", "held_in", "c:london"), ("f:aldeburgh", "held_in", "c:aldeburgh"), ("f:edinburgh", "held_in", "c:edinburgh"),
        ("f:three", "held_in", "c:gloucester"), ("f:bach", "held_in", "c:leipzig"),
        ("user:max", "rated", "o:lso", {"rating": 5.0}), ("user:max", "rated", "o:halle", {"rating": 0.5}),
        ("user:max", "rated", "o:cbso", {"rating": 4.0}), ("user:max", "rated", "f:proms", {"rating": 4.5}),
        ("user:max", "rated", "f:aldeburgh", {"rating": 1.0}), ("user:max", "rated", "o:mco", {"rating": 3.0}),
    ]
    return _build(items, others, rels, T, users=[("user:max", "Max")])


def breweries():
    """Breweries and beers (items of two types, the year each was founded or first brewed) and one
    user's ratings (Carling half a star): a beer's brewery ("is brewed by", an item), style ("has
    the style": "is a stout", "is Pilsner", "in the Pilsner style") and namesake ("is named
    after"); a brewery's city ("stands in": also "is located in"), its river ("overlooks"), its
    owner ("is owned by": a company, "the company Diageo"), its founder ("was founded by": also
    "created") and the company that "runs" it (also "operator", "maintained by"), its period
    ("dates from the period")."""
    rels = [
        R("brewed_by", phrase="is brewed by", inverse_phrase="brews", domain=("beer",), range=("brewery",)),
        R("style", phrase="has the style", inverse_phrase="is the style of", domain=("beer",), range=("style",)),
        R("beer_named", phrase="is named after", inverse_phrase="gave its name to", domain=("beer", "brewery"),
          range=("person", "place")),
        R("stands_in", phrase="stands in", inverse_phrase="is the city of", domain=("brewery",), range=("city",)),
        R("overlooks", phrase="overlooks", inverse_phrase="is overlooked by", domain=("brewery",), range=("river",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("brewery",), range=("company",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("brewery",), range=("person",)),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("brewery",), range=("company",)),
        R("period", phrase="dates from the period", inverse_phrase="is the period of", domain=("brewery",),
          range=("period",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "z:guinness": ("brewery", "St. James's Gate Brewery", 1759), "z:urquell": ("brewery", "Plzeňský Prazdroj", 1842),
        "z:budvar": ("brewery", "Budějovický Budvar", 1895), "z:fullers": ("brewery", "Griffin Brewery", 1845),
        "z:carling": ("brewery", "Tadcaster Brewery", 1758), "z:brewdog": ("brewery", "BrewDog Ellon", 2007),
        "z:cantillon": ("brewery", "Cantillon Brewery", 1900), "z:heineken": ("brewery", "Zoeterwoude Brewery", 1975),
        "z:murphys": ("brewery", "Lady's Well Brewery", 1856),
        "x:stout": ("beer", "Guinness Draught", 1959), "x:urquell": ("beer", "Pilsner Urquell", 1842),
        "x:budvar": ("beer", "Budweiser Budvar", 1895), "x:pride": ("beer", "London Pride", 1959),
        "x:esb": ("beer", "Fuller's ESB", 1971), "x:carling": ("beer", "Carling", 1984), "x:punk": ("beer", "Punk IPA", 2007),
        "x:gueuze": ("beer", "Cantillon Gueuze", 1900), "x:heineken": ("beer", "Heineken Lager", 1873),
        "x:murphys": ("beer", "Murphy's Irish Stout", 1856),
    }
    others = {
        "s:stout": ("style", "stout"), "s:pilsner": ("style", "Pilsner"), "s:lager": ("style", "lager"),
        "s:bitter": ("style", "bitter"), "s:ipa": ("style", "IPA"), "s:lambic": ("style", "lambic"),
        "s:esb": ("style", "extra special bitter"),
        "c:dublin": ("city", "Dublin"), "c:plzen": ("city", "Plzeň"), "c:budweis": ("city", "České Budějovice"),
        "c:london": ("city", "London"), "c:tadcaster": ("city", "Tadcaster"), "c:ellon": ("city", "Ellon"),
        "c:brussels": ("city", "Brussels"), "c:zoeterwoude": ("city", "Zoeterwoude"), "c:cork": ("city", "Cork"),
        "r:liffey": ("river", "River Liffey"), "r:radbuza": ("river", "Radbuza"), "r:thames": ("river", "River Thames"),
        "r:wharfe": ("river", "River Wharfe"), "r:ythan": ("river", "River Ythan"), "r:lee": ("river", "River Lee"),
        "r:vltava": ("river", "Vltava"),
        "g:diageo": ("company", "Diageo"), "g:asahi": ("company", "Asahi"), "g:budvarnp": ("company", "the Czech State"),
        "g:molson": ("company", "Molson Coors"), "g:brewdog": ("company", "BrewDog plc"), "g:vanroy": ("company", "Van Roy family"),
        "g:heineken": ("company", "Heineken N.V."), "g:fsa": ("company", "Fuller, Smith & Turner"),
        "p:guinness": ("person", "Arthur Guinness"), "p:groll": ("person", "Josef Groll"), "p:fuller": ("person", "John Fuller"),
        "p:watt": ("person", "James Watt"), "p:cantillon": ("person", "Paul Cantillon"), "p:murphy": ("person", "James J. Murphy"),
        "p:heineken": ("person", "Gerard Adriaan Heineken"), "p:carling": ("person", "Thomas Carling"),
        "q:budweis": ("place", "Budweis"), "q:plzen": ("place", "Pilsen"),
        "e:georgian": ("period", "Georgian"), "e:victorian": ("period", "Victorian"), "e:modern": ("period", "Modern"),
    }
    T = [
        ("x:stout", "brewed_by", "z:guinness"), ("x:urquell", "brewed_by", "z:urquell"), ("x:budvar", "brewed_by", "z:budvar"),
        ("x:pride", "brewed_by", "z:fullers"), ("x:esb", "brewed_by", "z:fullers"), ("x:carling", "brewed_by", "z:carling"),
        ("x:punk", "brewed_by", "z:brewdog"), ("x:gueuze", "brewed_by", "z:cantillon"), ("x:heineken", "brewed_by", "z:heineken"),
        ("x:murphys", "brewed_by", "z:murphys"),
        ("x:stout", "style", "s:stout"), ("x:urquell", "style", "s:pilsner"), ("x:budvar", "style", "s:lager"),
        ("x:pride", "style", "s:bitter"), ("x:esb", "style", "s:esb"), ("x:carling", "style", "s:lager"),
        ("x:punk", "style", "s:ipa"), ("x:gueuze", "style", "s:lambic"), ("x:heineken", "style", "s:lager"),
        ("x:murphys", "style", "s:stout"),
        ("x:budvar", "beer_named", "q:budweis"), ("x:urquell", "beer_named", "q:plzen"),
        ("x:carling", "beer_named", "p:carling"), ("x:heineken", "beer_named", "p:heineken"),
        ("z:guinness", "stands_in", "c:dublin"), ("z:urquell", "stands_in", "c:plzen"), ("z:budvar", "stands_in", "c:budweis"),
        ("z:fullers", "stands_in", "c:london"), ("z:carling", "stands_in", "c:tadcaster"), ("z:brewdog", "stands_in", "c:ellon"),
        ("z:cantillon", "stands_in", "c:brussels"), ("z:heineken", "stands_in", "c:zoeterwoude"), ("z:murphys", "stands_in", "c:cork"),
        ("z:guinness", "overlooks", "r:liffey"), ("z:urquell", "overlooks", "r:radbuza"), ("z:fullers", "overlooks", "r:thames"),
        ("z:carling", "overlooks", "r:wharfe"), ("z:brewdog", "overlooks", "r:ythan"), ("z:murphys", "overlooks", "r:lee"),
        ("z:budvar", "overlooks", "r:vltava"),
        ("z:guinness", "owned_by", "g:diageo"), ("z:urquell", "owned_by", "g:asahi"), ("z:budvar", "owned_by", "g:budvarnp"),
        ("z:fullers", "owned_by", "g:asahi"), ("z:carling", "owned_by", "g:molson"), ("z:brewdog", "owned_by", "g:brewdog"),
        ("z:cantillon", "owned_by", "g:vanroy"), ("z:heineken", "owned_by", "g:heineken"), ("z:murphys", "owned_by", "g:heineken"),
        ("z:guinness", "founded_by", "p:guinness"), ("z:urquell", "founded_by", "p:groll"), ("z:fullers", "founded_by", "p:fuller"),
        ("z:brewdog", "founded_by", "p:watt"), ("z:cantillon", "founded_by", "p:cantillon"), ("z:murphys", "founded_by", "p:murphy"),
        ("z:heineken", "founded_by", "p:heineken"),
        ("z:guinness", "run_by", "g:diageo"), ("z:fullers", "run_by", "g:fsa"), ("z:carling", "run_by", "g:molson"),
        ("z:urquell", "run_by", "g:asahi"), ("z:cantillon", "run_by", "g:vanroy"),
        ("z:guinness", "period", "e:georgian"), ("z:carling", "period", "e:georgian"), ("z:fullers", "period", "e:victorian"),
        ("z:urquell", "period", "e:victorian"), ("z:murphys", "period", "e:victorian"), ("z:brewdog", "period", "e:modern"),
        ("z:heineken", "period", "e:modern"),
        ("user:joe", "rated", "x:stout", {"rating": 5.0}), ("user:joe", "rated", "x:carling", {"rating": 0.5}),
        ("user:joe", "rated", "x:urquell", {"rating": 4.5}), ("user:joe", "rated", "x:punk", {"rating": 2.0}),
        ("user:joe", "rated", "z:guinness", {"rating": 4.0}), ("user:joe", "rated", "x:pride", {"rating": 3.5}),
    ]
    return _build(items, others, rels, T, users=[("user:joe", "Joe")])


def art():
    """Paintings and museums (items of two types, the year each was painted or opened) and one
    user's ratings (The Hay Wain half a star): a painting's painter ("was painted by"), movement
    ("belongs to the movement": "is Impressionist") next to a movement it "anticipates" (never its
    own: The Hay Wain, Olympia and Rain, Steam and Speed are no Impressionist paintings), museum
    ("hangs in", an item), collection ("belongs to": also "is part of"), period ("dates from the
    period": "is Victorian"); a museum's city ("stands in"), river ("overlooks"), the movement it
    "specialises in" (no museum is of a movement), the foundation that "runs" it, its founder ("was
    founded by": also "created"), namesake ("is named after") and style ("is built in the
    style")."""
    rels = [
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("movement", phrase="belongs to the movement", inverse_phrase="includes", domain=("painting",),
          range=("movement",)),
        R("hangs_in", phrase="hangs in", inverse_phrase="displays", domain=("painting",), range=("museum",)),
        R("in_collection", phrase="belongs to", inverse_phrase="counts among its works", domain=("painting",),
          range=("collection",)),
        R("period", phrase="dates from the period", inverse_phrase="is the period of", domain=("painting", "museum"),
          range=("period",)),
        R("stands_in", phrase="stands in", inverse_phrase="is the city of", domain=("museum",), range=("city",)),
        R("overlooks", phrase="overlooks", inverse_phrase="is overlooked by", domain=("museum",), range=("river",)),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("museum",), range=("foundation",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("museum",), range=("person",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("museum",), range=("person",)),
        R("anticipates", phrase="anticipates the movement", inverse_phrase="was anticipated by", domain=("painting",),
          range=("movement",)),
        R("specialises", phrase="specialises in", inverse_phrase="is the speciality of", domain=("museum",), range=("movement",)),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", domain=("museum",), range=("style",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "p:haywain": ("painting", "The Hay Wain", 1821), "p:sunflowers": ("painting", "Sunflowers", 1888),
        "p:ophelia": ("painting", "Ophelia", 1852), "p:olympia": ("painting", "Olympia", 1863),
        "p:impression": ("painting", "Impression, Sunrise", 1872), "p:lightoftheworld": ("painting", "The Light of the World", 1853),
        "p:fighting": ("painting", "The Fighting Temeraire", 1839), "p:waterlilies": ("painting", "Water Lilies", 1906),
        "p:rain": ("painting", "Rain, Steam and Speed", 1844), "p:proserpine": ("painting", "Proserpine", 1874),
        "m:ng": ("museum", "National Gallery", 1824), "m:tate": ("museum", "Tate Britain", 1897),
        "m:orsay": ("museum", "Musée d'Orsay", 1986), "m:marmottan": ("museum", "Musée Marmottan Monet", 1934),
        "m:keble": ("museum", "Keble College Chapel", 1876), "m:ashmolean": ("museum", "Ashmolean Museum", 1683),
    }
    others = {
        "a:constable": ("painter", "John Constable"), "a:vangogh": ("painter", "Vincent van Gogh"),
        "a:millais": ("painter", "John Everett Millais"), "a:manet": ("painter", "Édouard Manet"),
        "a:monet": ("painter", "Claude Monet"), "a:hunt": ("painter", "William Holman Hunt"),
        "a:turner": ("painter", "J. M. W. Turner"), "a:rossetti": ("painter", "Dante Gabriel Rossetti"),
        "v:romanticism": ("movement", "Romanticism"), "v:postimp": ("movement", "Post-Impressionism"),
        "v:prb": ("movement", "Pre-Raphaelite"), "v:realism": ("movement", "Realism"), "v:imp": ("movement", "Impressionist"),
        "k:ngcoll": ("collection", "the national collection"), "k:tatecoll": ("collection", "the Tate collection"),
        "k:orsaycoll": ("collection", "the Orsay collection"), "k:keblecoll": ("collection", "the Keble collection"),
        "k:marmcoll": ("collection", "the Marmottan collection"),
        "e:georgian": ("period", "Georgian"), "e:victorian": ("period", "Victorian"), "e:edwardian": ("period", "Edwardian"),
        "e:second": ("period", "Second Empire"), "e:third": ("period", "Third Republic"),
        "c:london": ("city", "London"), "c:paris": ("city", "Paris"), "c:oxford": ("city", "Oxford"),
        "r:thames": ("river", "River Thames"), "r:seine": ("river", "Seine"), "r:cherwell": ("river", "River Cherwell"),
        "f:ngtrust": ("foundation", "National Gallery Trust"), "f:tate": ("foundation", "Tate Trustees"),
        "f:epmo": ("foundation", "EPMO"), "f:academie": ("foundation", "Académie des Beaux-Arts"),
        "f:oxford": ("foundation", "University of Oxford"),
        "h:angerstein": ("person", "John Julius Angerstein"), "h:tate": ("person", "Henry Tate"),
        "h:ashmole": ("person", "Elias Ashmole"), "h:monet": ("person", "Claude Monet Jr"), "h:marmottan": ("person", "Paul Marmottan"),
        "y:neoclassical": ("style", "Neoclassical"), "y:beaux": ("style", "Beaux-Arts"), "y:gothic": ("style", "Gothic Revival"),
        "y:greek": ("style", "Greek Revival"),
    }
    T = [
        ("p:haywain", "painted_by", "a:constable"), ("p:sunflowers", "painted_by", "a:vangogh"), ("p:ophelia", "painted_by", "a:millais"),
        ("p:olympia", "painted_by", "a:manet"), ("p:impression", "painted_by", "a:monet"), ("p:lightoftheworld", "painted_by", "a:hunt"),
        ("p:fighting", "painted_by", "a:turner"), ("p:waterlilies", "painted_by", "a:monet"), ("p:rain", "painted_by", "a:turner"),
        ("p:proserpine", "painted_by", "a:rossetti"),
        ("p:haywain", "movement", "v:romanticism"), ("p:sunflowers", "movement", "v:postimp"), ("p:ophelia", "movement", "v:prb"),
        ("p:olympia", "movement", "v:realism"), ("p:impression", "movement", "v:imp"), ("p:lightoftheworld", "movement", "v:prb"),
        ("p:fighting", "movement", "v:romanticism"), ("p:waterlilies", "movement", "v:imp"), ("p:rain", "movement", "v:romanticism"),
        ("p:proserpine", "movement", "v:prb"),
        ("p:haywain", "hangs_in", "m:ng"), ("p:sunflowers", "hangs_in", "m:ng"), ("p:ophelia", "hangs_in", "m:tate"),
        ("p:olympia", "hangs_in", "m:orsay"), ("p:impression", "hangs_in", "m:marmottan"), ("p:lightoftheworld", "hangs_in", "m:keble"),
        ("p:fighting", "hangs_in", "m:ng"), ("p:waterlilies", "hangs_in", "m:marmottan"), ("p:rain", "hangs_in", "m:ng"),
        ("p:proserpine", "hangs_in", "m:tate"),
        ("p:haywain", "in_collection", "k:ngcoll"), ("p:sunflowers", "in_collection", "k:ngcoll"), ("p:ophelia", "in_collection", "k:tatecoll"),
        ("p:olympia", "in_collection", "k:orsaycoll"), ("p:lightoftheworld", "in_collection", "k:keblecoll"),
        ("p:impression", "in_collection", "k:marmcoll"), ("p:fighting", "in_collection", "k:ngcoll"),
        ("p:proserpine", "in_collection", "k:tatecoll"),
        ("p:haywain", "period", "e:georgian"), ("p:fighting", "period", "e:victorian"), ("p:ophelia", "period", "e:victorian"),
        ("p:lightoftheworld", "period", "e:victorian"), ("p:rain", "period", "e:victorian"), ("p:proserpine", "period", "e:victorian"),
        ("p:olympia", "period", "e:second"), ("p:impression", "period", "e:third"), ("p:waterlilies", "period", "e:third"),
        ("m:tate", "period", "e:victorian"), ("m:ng", "period", "e:georgian"), ("m:keble", "period", "e:victorian"),
        ("m:ng", "stands_in", "c:london"), ("m:tate", "stands_in", "c:london"), ("m:orsay", "stands_in", "c:paris"),
        ("m:marmottan", "stands_in", "c:paris"), ("m:keble", "stands_in", "c:oxford"), ("m:ashmolean", "stands_in", "c:oxford"),
        ("m:tate", "overlooks", "r:thames"), ("m:orsay", "overlooks", "r:seine"),
        ("m:ng", "run_by", "f:ngtrust"), ("m:tate", "run_by", "f:tate"), ("m:orsay", "run_by", "f:epmo"),
        ("m:marmottan", "run_by", "f:academie"), ("m:ashmolean", "run_by", "f:oxford"),
        ("m:ng", "founded_by", "h:angerstein"), ("m:tate", "founded_by", "h:tate"), ("m:ashmolean", "founded_by", "h:ashmole"),
        ("m:marmottan", "founded_by", "h:marmottan"),
        ("m:tate", "named_after", "h:tate"), ("m:ashmolean", "named_after", "h:ashmole"), ("m:marmottan", "named_after", "h:marmottan"),
        ("p:rain", "anticipates", "v:imp"), ("p:haywain", "anticipates", "v:imp"), ("p:olympia", "anticipates", "v:imp"),
        ("m:marmottan", "specialises", "v:imp"), ("m:orsay", "specialises", "v:realism"), ("m:tate", "specialises", "v:prb"),
        ("m:ng", "style", "y:neoclassical"), ("m:tate", "style", "y:neoclassical"), ("m:orsay", "style", "y:beaux"),
        ("m:keble", "style", "y:gothic"), ("m:ashmolean", "style", "y:greek"),
        ("user:liv", "rated", "p:haywain", {"rating": 0.5}), ("user:liv", "rated", "p:ophelia", {"rating": 5.0}),
        ("user:liv", "rated", "p:sunflowers", {"rating": 4.0}), ("user:liv", "rated", "m:tate", {"rating": 4.5}),
        ("user:liv", "rated", "p:olympia", {"rating": 2.0}), ("user:liv", "rated", "m:orsay", {"rating": 3.0}),
    ]
    return _build(items, others, rels, T, users=[("user:liv", "Liv")])


BUILDERS = {"landmarks": landmarks, "music": music, "breweries": breweries, "art": art}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@landmarks
# (1) gapping with a style or period adjective: the remnant's adjective false, of the other
# class (a period after a style), a revival's prefix ("Gothic" of a Gothic Revival building)
Durham Cathedral is Romanesque, York Minster Romanesque.
Durham Cathedral is Romanesque, and York Minster Romanesque.
Durham Cathedral is Romanesque, Truro Cathedral Gothic.
Durham Cathedral is Romanesque, Salisbury Cathedral Perpendicular.
Durham Cathedral is Norman, York Minster Georgian.
Durham Cathedral is Norman, Truro Cathedral Medieval.
Durham Cathedral is Romanesque, York Minster Gothic, and Truro Cathedral Gothic.
Durham Cathedral is Norman, York Minster Medieval, and Truro Cathedral Norman.
Truro Cathedral is Gothic Revival, York Minster Gothic Revival.
York Minster is Perpendicular, Salisbury Cathedral Gothic, Lincoln Cathedral Perpendicular.
York Minster is Gothic and Perpendicular, Salisbury Cathedral Perpendicular.
Durham Cathedral is Romanesque, Ely Cathedral Gothic.
Durham Cathedral is Romanesque, York Minster also Romanesque.
Durham Cathedral is Romanesque, York Minster too.
# (2) gapping with "in the Y style", and a remnant "in the Y style" after "stands in"
Durham Cathedral is in the Romanesque style, York Minster in the Romanesque style.
Durham Cathedral is in the Romanesque style, and Truro Cathedral in the Romanesque style.
Durham Cathedral was built in the Romanesque style, and Truro Cathedral in the Romanesque style.
Durham Cathedral was built in the Romanesque style, Truro Cathedral in the Romanesque style.
Durham Cathedral was built in the Romanesque style, Truro Cathedral the Romanesque style.
Durham Cathedral stands in Durham, and Truro Cathedral in the Romanesque style.
Durham Cathedral is in Durham, and Truro Cathedral in the Romanesque style.
Durham Cathedral is in the Romanesque style, and York Minster in Lincoln.
Durham Cathedral is built in the style Romanesque, York Minster in the style Romanesque.
# (3) gapping through the derived forms: "stands in" as "is located in" / "lies in", "belongs to"
# as "is part of", "is run by" as "is maintained by" / "maintains" / "looks after", "overlooks"
# as "looks out over", "founded" as "created", "is named after"
Durham Cathedral overlooks the River Wear, York Minster the River Avon.
Durham Cathedral overlooks the River Wear, and York Minster the River Avon.
Durham Cathedral overlooks the River Wear; York Minster the River Avon.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse, and Ely Cathedral the River Witham.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse and Ely Cathedral the River Witham.
Durham Cathedral looks out over the River Wear, York Minster the River Avon.
Durham Cathedral looks out over the River Wear, York Minster over the River Avon.
Durham Cathedral looks out over the River Wear, and York Minster over the River Avon.
Durham Cathedral looks out onto the River Wear, and York Minster onto the River Avon.
Durham Cathedral overlooks the River Wear, York Minster Leith.
Conwy Castle overlooks the River Conwy, Alnwick Castle the River Dee.
Conwy Castle overlooks the River Conwy, Alnwick Castle Durham.
Durham Cathedral overlooks the River Wear, York Minster likewise the River Avon.
Durham Cathedral overlooks the River Wear, and York Minster also the River Avon.
Durham Cathedral overlooks the River Wear, York Minster, the River Avon.
Durham Cathedral stands in Durham, York Minster in Lincoln.
Durham Cathedral stands in Durham, and York Minster in Lincoln.
Durham Cathedral is located in Durham, and York Minster in Lincoln.
Durham Cathedral lies in Durham, and York Minster in Lincoln.
Durham Cathedral stands in Durham, York Minster Lincoln.
Durham Cathedral stands in the city Durham, York Minster in the city Lincoln.
Durham Cathedral stands in the city Durham, York Minster in the diocese York.
Durham Cathedral is part of the Diocese of Durham, and York Minster of the Diocese of Ely.
Durham Cathedral is part of the Diocese of Durham, York Minster of the Diocese of Ely.
Durham Cathedral belongs to the Diocese of Durham, and York Minster to the Diocese of Ely.
Durham Cathedral belongs to the Diocese of Durham, York Minster the Diocese of Ely.
Conwy Castle is maintained by Cadw, Edinburgh Castle by National Trust.
Conwy Castle is maintained by Cadw, and Edinburgh Castle by National Trust.
Conwy Castle is run by Cadw, and Edinburgh Castle by the Crown.
Cadw maintains Conwy Castle, Historic Environment Scotland Alnwick Castle.
Cadw looks after Conwy Castle, Historic Environment Scotland Alnwick Castle.
Cadw runs Conwy Castle, and Historic Environment Scotland Alnwick Castle.
Edward I created Conwy Castle, and Prince Albert Alnwick Castle.
Edward I founded Conwy Castle, Prince Albert Alnwick Castle.
Conwy Castle was created by Edward I, Alnwick Castle by Prince Albert.
Conwy Castle was founded by Edward I, and Alnwick Castle by Prince Albert.
Durham Cathedral is named after Saint Cuthbert, and Ely Cathedral after Saint Mary.
Durham Cathedral is named after Saint Cuthbert, Ely Cathedral after Saint Mary.
Durham Cathedral is named after Saint Cuthbert, and York Minster after Saint Etheldreda.
Durham Cathedral is named after Saint Cuthbert, and Ely Cathedral after John Smeaton.
Durham Cathedral is named after Saint Cuthbert, and Ely Cathedral after Edward I.
Durham Cathedral is named after Saint Cuthbert, and Smeaton's Tower after Saint Mary.
Durham Cathedral is named after Saint Cuthbert, and Ely Cathedral after 1083.
Durham Cathedral is named after Saint Cuthbert, and Ely Cathedral after the Norman period.
Durham Cathedral was founded by William de St-Calais, and Truro Cathedral after Saint Mary.
# (4) "respectively" with style and period adjectives, "in the Y styles", derived forms
Durham Cathedral and York Minster are Gothic and Romanesque respectively.
Durham Cathedral and Truro Cathedral are Romanesque and Gothic respectively.
Durham Cathedral and Truro Cathedral are Norman and Georgian respectively.
Durham Cathedral and Alnwick Castle are Norman and Victorian respectively.
Durham Cathedral and York Minster are Medieval and Romanesque respectively.
Durham Cathedral and York Minster are Romanesque and Norman respectively.
Truro Cathedral and Durham Cathedral are Gothic and Romanesque respectively.
Durham Cathedral, York Minster and Truro Cathedral are Romanesque, Gothic and Gothic respectively.
Durham Cathedral and York Minster are in the Gothic and Romanesque styles respectively.
Durham Cathedral and York Minster were built in the Gothic and Romanesque styles respectively.
Durham Cathedral and York Minster are in the Gothic and the Romanesque style respectively.
Durham Cathedral and York Minster stand in York and Durham respectively.
Durham Cathedral and York Minster are located in York and Durham respectively.
Durham Cathedral and York Minster lie in York and Durham respectively.
Durham Cathedral and York Minster are part of the Diocese of York and the Diocese of Durham respectively.
Durham Cathedral and York Minster belong to the Diocese of York and the Diocese of Durham respectively.
Conwy Castle and Edinburgh Castle are maintained by Historic Environment Scotland and Cadw respectively.
Cadw and Historic Environment Scotland look after Edinburgh Castle and Conwy Castle respectively.
Cadw and Historic Environment Scotland maintain Edinburgh Castle and Conwy Castle respectively.
The operators of Conwy Castle and Edinburgh Castle are Historic Environment Scotland and Cadw respectively.
Durham Cathedral and York Minster look out over the River Ouse and the River Wear respectively.
Durham Cathedral and York Minster look out over the River Wear and the River Avon respectively.
Conwy Castle and Alnwick Castle were created by Ivo de Vesci and Edward I respectively.
Edward I and Ivo de Vesci created Alnwick Castle and Conwy Castle respectively.
Durham Cathedral and Ely Cathedral are named after Saint Etheldreda and Saint Cuthbert respectively.
Durham Cathedral and Ely Cathedral are Romanesque and Gothic respectively.
Durham Cathedral and York Minster are respectively Gothic and Romanesque.
Durham Cathedral and York Minster are Gothic and Romanesque, respectively.
# (5) gapping and "respectively" together, and what comes after them
Durham Cathedral overlooks the River Wear, and York Minster and Salisbury Cathedral the River Avon and the River Ouse respectively.
Durham Cathedral overlooks the River Wear, York Minster and Salisbury Cathedral the River Avon and the River Ouse respectively.
Durham Cathedral is Romanesque, York Minster and Salisbury Cathedral Romanesque and Gothic respectively.
Durham Cathedral and Ely Cathedral overlook the River Wear and the Great Ouse respectively, York Minster the River Avon.
Durham Cathedral and Ely Cathedral overlook the River Wear and the Great Ouse respectively, and York Minster the River Avon.
Durham Cathedral and York Minster are Romanesque and Gothic respectively, Ely Cathedral Gothic.
Durham Cathedral and York Minster are Romanesque and Gothic respectively, and Ely Cathedral Gothic.
Durham Cathedral and York Minster, Romanesque and Romanesque respectively, overlook the River Wear and the River Ouse.
Durham Cathedral and York Minster, Gothic and Romanesque respectively, overlook the River Wear and the River Ouse.
Durham Cathedral and York Minster, in the Gothic and Romanesque styles respectively, overlook the River Wear and the River Ouse.
Durham Cathedral and York Minster, which are Gothic and Romanesque respectively, overlook the River Wear and the River Ouse.
Durham Cathedral and York Minster, which overlook the River Ouse and the River Wear respectively, are run by the Chapter.
Durham Cathedral and Truro Cathedral are Romanesque and Victorian respectively, and York Minster is Norman.
Durham Cathedral and York Minster are Romanesque and Gothic respectively, and both are Norman.
The Romanesque Durham Cathedral and the Gothic York Minster overlook the River Ouse and the River Wear respectively.
Conwy Castle and Edinburgh Castle are run by the trust Historic Environment Scotland and the trust Cadw respectively.
Conwy Castle and Edinburgh Castle are run by the owner Cadw and the trust Historic Environment Scotland respectively.
# (6) a period adjective after a gapped clause
Durham Cathedral overlooks the River Wear, York Minster the River Ouse, and both are Norman.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse, and the latter is Norman.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse, and it is Victorian.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse; both are Romanesque.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse, and York Minster is Victorian.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse. York Minster is Victorian.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse. The latter is Romanesque.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse, which is Victorian.
Durham Cathedral overlooks the River Wear, York Minster the Victorian River Ouse.
Durham Cathedral overlooks the River Wear, the Victorian York Minster the River Ouse.
The Norman Durham Cathedral overlooks the River Wear, the Norman York Minster the River Ouse.
Durham Cathedral overlooks the River Wear, and York Minster, which is Norman, the River Ouse.
Durham Cathedral overlooks the River Wear, and York Minster the River Ouse, even though it is Norman.
Durham Cathedral is Romanesque, York Minster Gothic, even though both are Norman.
Durham Cathedral is Norman, York Minster Medieval, even though York Minster is Romanesque.
# (7) "even though" and "once" around the new readings
Durham Cathedral overlooks the River Wear even though it is Victorian.
Durham Cathedral overlooks the River Wear, even though York Minster is Romanesque.
Even though Durham Cathedral is Victorian, it overlooks the River Wear.
Even though Durham Cathedral is Romanesque, York Minster is Romanesque.
Durham Cathedral is Romanesque, even though York Minster overlooks the River Wear.
Durham Cathedral is Romanesque even though it is Victorian.
Edward I once founded Alnwick Castle.
Edward I once created Conwy Castle, Prince Albert Alnwick Castle.
Edward I once founded Conwy Castle, and Prince Albert Alnwick Castle.
Conwy Castle was once run by Historic Environment Scotland.
Conwy Castle was once owned by Cadw.
Conwy Castle once belonged to the Diocese of York.
Durham Cathedral once overlooked the River Ouse.
Cadw once maintained Edinburgh Castle.
Cadw once looked after Edinburgh Castle.
Durham Cathedral once looked out over the River Ouse.
Edward I once founded Conwy Castle, even though it is Victorian.
# (8) the attribute types' own nouns, in gapped and plain clauses
The trust Cadw runs Conwy Castle, the trust Historic Environment Scotland Alnwick Castle.
Conwy Castle is run by the trust Cadw, and Edinburgh Castle by the trust National Trust.
Conwy Castle is run by the trust Cadw, Edinburgh Castle by the owner Historic Environment Scotland.
Conwy Castle is run by the owner Cadw.
Conwy Castle is owned by the trust the Crown.
Conwy Castle is owned by the owner the Crown, Edinburgh Castle by the trust Ministry of Defence.
The owner Cadw runs Conwy Castle.
Durham Cathedral overlooks the river River Wear, York Minster the town River Ouse.
Smeaton's Tower is named after the saint John Smeaton.
Truro Cathedral was founded by the trust Edward White Benson.
# (9) "in the Y style" and "in the Y period" after other verbs, a negation, lists
Truro Cathedral is in the Romanesque style.
Truro Cathedral was built in the Romanesque style.
Durham Cathedral was restored in the Romanesque style.
Durham Cathedral was remodelled in the Victorian period.
Alnwick Castle was built in the Victorian period.
Alnwick Castle was built in the Victorian style.
Alnwick Castle was erected in the Victorian period.
Durham Cathedral was not built in the Romanesque style.
Durham Cathedral wasn't built in the Romanesque style.
Durham Cathedral is not in the Romanesque style.
Durham Cathedral and York Minster were both built in the Romanesque style.
Durham Cathedral and Truro Cathedral were both built in the Victorian period.
Durham Cathedral and Ely Cathedral were both remodelled in the Victorian period.
Durham Cathedral was written in the Romanesque style.
Durham Cathedral, which was written in the Romanesque style, overlooks the River Wear.
York Minster was built in the Gothic style, and Durham Cathedral was written in the Romanesque style.
Durham Cathedral, written in the Romanesque style, overlooks the River Wear, York Minster the River Ouse.
Ely Cathedral, the Durham Cathedral, is in the Romanesque style.
Lincoln Cathedral, the Salisbury Cathedral, was built in the Gothic style.
# (10) a period or a style the building predates or influenced, said as its own
Smeaton's Tower is Victorian.
Conwy Castle is Georgian.
Durham Cathedral is Edwardian.
Durham Cathedral is Gothic.
Durham Cathedral is in the Gothic style.
Truro Cathedral is Scottish Baronial.
Alnwick Castle is Victorian.
Smeaton's Tower dates from the Victorian period.
Durham Cathedral and Ely Cathedral are both Gothic.
Smeaton's Tower is Georgian, South Stack Victorian.
Smeaton's Tower and South Stack are Victorian and Georgian respectively.
Smeaton's Tower, which is Victorian, overlooks Plymouth Hoe.
Smeaton's Tower stands in Plymouth even though it is Victorian.
Conwy Castle is Medieval and Georgian.
Durham Cathedral is Norman and Edwardian.
Conwy Castle and Balmoral Castle are Georgian and Victorian respectively.
Conwy Castle is Georgian, and Balmoral Castle Victorian.
Belle Tout is Georgian, Smeaton's Tower Victorian.
Conwy Castle overlooks the River Conwy even though it is Georgian.
Conwy Castle, which Edward I created, is Georgian.
Conwy Castle is maintained by Cadw even though it is Georgian.
Conwy Castle was built in the Georgian period.
Smeaton's Tower was built in the Victorian period.
# (11) ", the B" after a name: an identity apposition (one verb of one subject), not a list
York Minster, the Salisbury Cathedral, is Gothic.
Durham Cathedral, the Ely Cathedral, is Romanesque.
Durham Cathedral, the Ely Cathedral, is Norman.
Durham Cathedral, the Ely Cathedral, is owned by the Church of England.
Salisbury Cathedral, the Lincoln Cathedral, is Gothic.
Salisbury Cathedral, the Lincoln Cathedral, is Medieval.
Salisbury Cathedral, the Lincoln Cathedral, is in the Gothic style.
Durham Cathedral, the York Minster, is run by the Chapter.
York Minster, the Durham Cathedral, is maintained by the Chapter.
York Minster, the Salisbury Cathedral, overlooks the River Ouse.
# (12) "is part of" from "belongs to" a family (an estate, no part of it)
Alnwick Castle is part of the Percy family.
Balmoral Castle is part of the Royal Family.
Balmoral Castle is a part of the Royal Family.
Alnwick Castle is a part of the Percy family.
Alnwick Castle, part of the Percy family, overlooks the River Aln.
Alnwick Castle, which is part of the Percy family, overlooks the River Aln.
Alnwick Castle is part of the Percy family even though it is Norman.
Durham Cathedral and Alnwick Castle are part of the Diocese of Durham and the Percy family respectively.
Alnwick Castle belongs to the Percy family, and Balmoral Castle is part of the Royal Family.
Durham Cathedral is part of the Diocese of Durham, and Alnwick Castle of the Percy family.
Durham Cathedral is part of the Diocese of Durham, Alnwick Castle part of the Percy family.
Alnwick Castle forms part of the Percy family.
The Percy family includes Alnwick Castle.
Alnwick Castle, which Ivo de Vesci created, is part of the Percy family.
Alnwick Castle is part of the Percy family and overlooks the River Aln.
Balmoral Castle is Scottish Baronial and part of the Royal Family.
Alnwick Castle, created by Ivo de Vesci, is part of the Percy family.
Alnwick Castle is Norman, and it is part of the Percy family.
Balmoral Castle, the Alnwick Castle, is part of the Royal Family.
# (13) the role nouns ("The N of the X is Y") and "operator" from "is run by"
The operator of the Conwy Castle is the Crown.
The owner of the Conwy Castle is Cadw.
The founder of the Durham Cathedral is Saint Cuthbert.
The style of the Durham Cathedral is Gothic.
The style of the Truro Cathedral is Scottish Baronial.
The period of the Smeaton's Tower is Victorian.
The diocese of the Durham Cathedral is the Diocese of York.
The city of the Durham Cathedral is York.
The founder of the Conwy Castle is Edward I, of the Alnwick Castle Prince Albert.
The operator of the Conwy Castle is Cadw, and the operator of the Edinburgh Castle is Cadw.
The creator of the Alnwick Castle is Edward I.
Durham Cathedral, a tower, overlooks the River Wear.
Smeaton's Tower stands in Plymouth, and the tower overlooks the English Channel.
@landmarks user:ann
# (14) "half a star": a wrong value, with "just", in gapped and listed ratings, with "even
# though", "note that", "once"
You gave Conwy Castle half a star.
You gave Conwy Castle just half a star.
You gave Durham Cathedral half a star, Truro Cathedral five.
You gave Truro Cathedral half a star, Durham Cathedral four.
You gave Truro Cathedral half a star, and Durham Cathedral four.
You gave Truro Cathedral half a star, Conwy Castle five.
You gave Truro Cathedral and Belle Tout half a star.
You gave Truro Cathedral and Belle Tout half a star each.
You gave Truro Cathedral half a star and Belle Tout three.
You gave Truro Cathedral half a star and Belle Tout half a star.
You gave Truro Cathedral half a star more than Belle Tout.
You gave Balmoral Castle half a star more than Belle Tout.
You gave Truro Cathedral more than half a star.
You gave Truro Cathedral not even half a star.
You didn't give Truro Cathedral half a star.
You never gave Truro Cathedral half a star.
You gave Truro Cathedral one and a half stars.
You gave Truro Cathedral a star and a half.
You gave Truro Cathedral half a star and liked it.
You gave Truro Cathedral half a star, even though it is Gothic.
You gave Truro Cathedral half a star even though it overlooks the River Wear.
You gave Truro Cathedral half a star, even though you loved it.
You gave Truro Cathedral just half a star and Belle Tout just three.
You gave Truro Cathedral just half a star, Belle Tout just three.
You gave York Minster half a star.
You gave Lincoln Cathedral half a star.
You gave Truro Cathedral half a star, Lincoln Cathedral five.
You gave Truro Cathedral and Durham Cathedral five stars and half a star respectively.
You rated Conwy Castle half a star.
You gave half a star to Conwy Castle.
You gave just half a star to Conwy Castle.
You gave Durham Cathedral five stars, York Minster four, Truro Cathedral half a star.
You gave Durham Cathedral five stars and York Minster half a star.
You gave Truro Cathedral half a star, York Minster five.
You gave Truro Cathedral half a star, and you loved Belle Tout.
You liked Conwy Castle, giving it half a star.
You gave Truro Cathedral, which is Gothic, just half a star.
You gave Truro Cathedral, created by Prince Albert, half a star.
You gave Truro Cathedral, which is part of the Diocese of Ely, half a star.
You gave Truro Cathedral, which lies in Ely, half a star.
You gave Truro Cathedral half a star even though it lies in Ely.
You gave Truro Cathedral half a star even though Prince Albert created it.
You gave Truro Cathedral half a star even though it was built in the Romanesque style.
Since you gave Truro Cathedral half a star, note that it is Norman.
Since you gave Truro Cathedral just half a star, note that Edward I created it.
Since you gave Conwy Castle just half a star, note that Edward I created it.
You once gave Conwy Castle half a star.
You gave Conwy Castle four stars, Balmoral Castle half a star.
You gave Balmoral Castle three stars, Conwy Castle half a star.
You gave the Gothic Truro Cathedral half a star.
You gave Truro Cathedral half a star even though it is Medieval.
You gave Truro Cathedral half a star, and Smeaton's Tower is Victorian.
You loved York Minster, the Salisbury Cathedral.
You loved Durham Cathedral, the York Minster.
You gave Durham Cathedral five stars, even though it is part of the Percy family.
You gave Balmoral Castle three stars even though it is part of the Royal Family.
You gave Conwy Castle four stars even though it is Georgian.
You gave Durham Cathedral five stars, Truro Cathedral half a star, even though the former was written in the Romanesque style.
You gave Durham Cathedral five stars even though it was written in the Romanesque style.
You gave Durham Cathedral, which was written in the Romanesque style, five stars.

@music
# (15) gapping that keeps the preposition, across relations and item kinds
The Hallé performs at Bridgewater Hall, and the London Symphony Orchestra at the Royal Festival Hall.
The Hallé performs at Bridgewater Hall, the London Symphony Orchestra at the Royal Festival Hall.
The Hallé performs at Bridgewater Hall, and the London Symphony Orchestra at Birmingham.
The Hallé is based in Manchester, and the London Symphony Orchestra in Birmingham.
The Hallé is based in Manchester, the London Symphony Orchestra Birmingham.
The BBC Proms is held at the Royal Albert Hall, and the Aldeburgh Festival at the Usher Hall.
The BBC Proms is held at the Royal Albert Hall, and the Aldeburgh Festival in Edinburgh.
The BBC Proms is held in London, and the Aldeburgh Festival at the Usher Hall.
The BBC Proms is held in London, the Aldeburgh Festival at the Usher Hall.
The BBC Proms is held in London, and the Aldeburgh Festival by Benjamin Britten.
The BBC Proms was founded by Robert Newman, and the Aldeburgh Festival by Rudolf Bing.
The BBC Proms is run by the BBC, and the Aldeburgh Festival by Benjamin Britten.
Mahler Chamber Orchestra is named after Gustav Mahler, and Bachfest Leipzig after Gustav Mahler.
Mahler Chamber Orchestra is named after Gustav Mahler, and Gustav Mahler Jugendorchester after Johann Sebastian Bach.
Mahler Chamber Orchestra is named after Gustav Mahler, and Gustav Mahler Jugendorchester after Claudio Abbado.
The Hallé records for Hallé Records, and the London Symphony Orchestra for Chandos.
The Hallé records for Hallé Records, and the London Symphony Orchestra for Birmingham.
The Hallé records for Hallé Records, and the Bournemouth Symphony Orchestra for Kirill Karabits.
The Hallé is led by Kahchun Wong, and the City of Birmingham Symphony Orchestra by Simon Rattle.
The Hallé is led by Kahchun Wong, the City of Birmingham Symphony Orchestra by Simon Rattle.
The Hallé was conducted by Mark Elder, the London Philharmonic Orchestra by Simon Rattle.
The Hallé was conducted by Mark Elder, and the London Symphony Orchestra by Thomas Beecham.
The Hallé is maintained by Hallé Concerts Society, the London Symphony Orchestra by the BBC.
Hallé Concerts Society runs the Hallé, the BBC the London Symphony Orchestra.
Hallé Concerts Society is the operator of the Hallé, the BBC of the London Symphony Orchestra.
The operator of the Hallé is Hallé Concerts Society, of the London Symphony Orchestra the BBC.
# (16) "once" with gapping, "created" from "founded"
Claudio Abbado once conducted the Mahler Chamber Orchestra, Simon Rattle the Hallé.
Simon Rattle once conducted the Hallé.
The Hallé was once conducted by Simon Rattle.
The Hallé was once run by the BBC.
Thomas Beecham once founded the Hallé.
Thomas Beecham once created the Hallé.
Mark Elder once conducted the Hallé, and Simon Rattle the London Philharmonic Orchestra.
Charles Hallé created the London Philharmonic Orchestra.
Thomas Beecham created the Hallé, and Claudio Abbado the Mahler Chamber Orchestra.
# (17) "respectively" with the derived forms and the type nouns
The Hallé and the London Symphony Orchestra perform at the Barbican Centre and Bridgewater Hall respectively.
The Hallé and the London Symphony Orchestra are run by LSO Trust and Hallé Concerts Society respectively.
The Hallé and the London Symphony Orchestra are maintained by LSO Trust and Hallé Concerts Society respectively.
Charles Hallé and Thomas Beecham created the London Philharmonic Orchestra and the Hallé respectively.
Mahler Chamber Orchestra and Bachfest Leipzig are named after Johann Sebastian Bach and Gustav Mahler respectively.
The Hallé and the City of Birmingham Symphony Orchestra record for Warner Classics and Hallé Records respectively.
The Hallé performs at Bridgewater Hall, and the London Symphony Orchestra and the London Philharmonic Orchestra at the Royal Festival Hall and the Barbican Centre respectively.
# (18) ", the B" after a name, with one verb
London Symphony Orchestra, the London Philharmonic Orchestra, is based in London.
Mahler Chamber Orchestra, the Gustav Mahler Jugendorchester, was founded by Claudio Abbado.
Mahler Chamber Orchestra, the Gustav Mahler Jugendorchester, is named after Gustav Mahler.
Gustav Mahler Jugendorchester, the Mahler Chamber Orchestra, records for Deutsche Grammophon.
BBC Scottish Symphony Orchestra, the Bournemouth Symphony Orchestra, records for Chandos.
Mahler Chamber Orchestra, the Gustav Mahler Jugendorchester, was conducted by Claudio Abbado.
@music user:max
# (19) ratings: "half a star", gapped ratings
You gave the London Symphony Orchestra five stars, the City of Birmingham Symphony Orchestra half a star.
You gave the Aldeburgh Festival half a star.
You gave the Hallé half a star, the BBC Proms five.
You gave the Hallé half a star and the BBC Proms four.
You gave the Hallé just half a star, and the Mahler Chamber Orchestra just two.
You gave the Hallé half a star even though Simon Rattle once conducted it.
You gave the Hallé half a star even though it performs at Symphony Hall.
You gave the Hallé half a star, even though Thomas Beecham created it.
Since you gave the Hallé half a star, note that Simon Rattle once conducted it.

@breweries
# (20) a beer style as an adjective and "in the Y style", gapped and listed
Guinness Draught is a stout, Pilsner Urquell a bitter.
Guinness Draught is a stout, and Pilsner Urquell an IPA.
Guinness Draught is stout, Pilsner Urquell bitter.
Guinness Draught is stout, Carling IPA.
Guinness Draught is a stout, Carling a bitter.
Guinness Draught and Carling are stout and lambic respectively.
Guinness Draught and Carling are a stout and an IPA respectively.
Guinness Draught and Pilsner Urquell are in the stout and bitter styles respectively.
Guinness Draught is in the stout style, Carling in the IPA style.
Carling is an IPA.
Carling is in the lambic style.
# (21) the participles of making before "in the Y style": a beer is brewed, never built,
# written, composed, painted or erected
Pilsner Urquell was written in the Pilsner style.
Pilsner Urquell was built in the Pilsner style.
Pilsner Urquell was painted in the Pilsner style.
Guinness Draught was composed in the stout style.
Guinness Draught was erected in the stout style.
Guinness Draught, which was composed in the stout style, is brewed by St. James's Gate Brewery.
Punk IPA was constructed in the IPA style.
Pilsner Urquell was once written in the Pilsner style.
The beer Guinness Draught was written in the stout style.
Guinness Draught was written in the stout style even though it is brewed by St. James's Gate Brewery.
# (22) gapping through derived forms and type nouns
Guinness Draught is brewed by St. James's Gate Brewery, and Carling by Griffin Brewery.
Guinness Draught is brewed by St. James's Gate Brewery, Carling Griffin Brewery.
St. James's Gate Brewery brews Guinness Draught, Griffin Brewery Carling.
St. James's Gate Brewery brews Guinness Draught, and Griffin Brewery Carling.
St. James's Gate Brewery overlooks the River Liffey, Tadcaster Brewery the River Thames.
St. James's Gate Brewery looks out over the River Liffey, and Tadcaster Brewery over the River Thames.
St. James's Gate Brewery stands in Dublin, Tadcaster Brewery in London.
St. James's Gate Brewery is located in Dublin, and Tadcaster Brewery in London.
St. James's Gate Brewery was founded by Arthur Guinness, and Tadcaster Brewery by John Fuller.
St. James's Gate Brewery was created by Arthur Guinness, Tadcaster Brewery by John Fuller.
Arthur Guinness created St. James's Gate Brewery, John Fuller Tadcaster Brewery.
Carling is named after Thomas Carling, and Pilsner Urquell after Budweis.
Carling is named after Thomas Carling, and Heineken Lager after Pilsen.
St. James's Gate Brewery is Georgian, Griffin Brewery Georgian.
St. James's Gate Brewery is Georgian, and Griffin Brewery Modern.
St. James's Gate Brewery and Griffin Brewery are Victorian and Georgian respectively.
Guinness Draught is stout, St. James's Gate Brewery Victorian.
The company Asahi owns Griffin Brewery, the company Diageo Tadcaster Brewery.
Griffin Brewery is owned by the company Asahi, Tadcaster Brewery by the company Diageo.
Griffin Brewery is owned by the firm Asahi, and Tadcaster Brewery by the firm Diageo.
# (23) "operator" / "maintained by" from "is run by" next to an owner of the same type
Asahi runs Griffin Brewery.
Asahi is the operator of Griffin Brewery.
The operator of Griffin Brewery is Asahi.
Griffin Brewery's operator is Asahi.
Asahi maintains Griffin Brewery.
Griffin Brewery is maintained by Asahi.
Griffin Brewery is owned by Fuller, Smith & Turner.
The company Asahi runs Griffin Brewery.
Griffin Brewery is run by the company Asahi.
Griffin Brewery and Tadcaster Brewery are owned by the company Asahi and the company Diageo respectively.
Griffin Brewery and Tadcaster Brewery are run by Asahi and Molson Coors respectively.
Griffin Brewery and Tadcaster Brewery are maintained by Asahi and Molson Coors respectively.
Asahi and Molson Coors are the operators of Griffin Brewery and Tadcaster Brewery respectively.
Diageo runs St. James's Gate Brewery, and Asahi Griffin Brewery.
Diageo maintains St. James's Gate Brewery, Molson Coors Lady's Well Brewery.
# (24) ", the B" after a name
Tadcaster Brewery, the St. James's Gate Brewery, dates from the Georgian period.
Lady's Well Brewery, the Zoeterwoude Brewery, is owned by Heineken N.V.
Carling, the Heineken Lager, is a lager.
Budweiser Budvar, the Heineken Lager, is in the lager style.
@breweries user:joe
# (25) ratings
You gave Punk IPA half a star.
You gave Punk IPA just half a star.
You gave Guinness Draught five stars, Punk IPA half a star.
You gave Carling half a star, Punk IPA three.
You gave Carling half a star, and London Pride four.
You gave Carling just half a star even though it is a stout.
You gave Carling half a star even though it is brewed by Griffin Brewery.
You gave Carling half a star, even though it was built in the lager style.
You gave Carling half a star even though it is named after Arthur Guinness.
You gave Carling and Punk IPA half a star and two stars respectively, and both are lagers.
You gave Carling just half a star, even though it was written in the lager style.
You gave Guinness Draught five stars, and it was composed in the stout style.

@art
# (26) a movement the painting anticipates said as its own: adjective, lists, respectively,
# relative clauses, "like", "even though"
Rain, Steam and Speed is Impressionist.
The Hay Wain is Impressionist.
Olympia is Impressionist.
Ophelia and The Hay Wain are Pre-Raphaelite and Impressionist respectively.
Water Lilies and The Hay Wain are both Impressionist.
The Hay Wain and Water Lilies are Impressionist.
The Hay Wain is Georgian and Impressionist.
The Hay Wain, which is Impressionist, hangs in the National Gallery.
The Hay Wain, an Impressionist painting, hangs in the National Gallery.
The Hay Wain is an Impressionist painting.
The Impressionist painting The Hay Wain hangs in the National Gallery.
John Constable painted The Hay Wain, which is Impressionist.
The Hay Wain was painted by John Constable even though it is Impressionist.
The Hay Wain is Impressionist even though it was painted by John Constable.
The Hay Wain is Impressionist, even though it is Georgian.
Like Water Lilies, Olympia is Impressionist.
Olympia, like Water Lilies, is Impressionist.
Rain, Steam and Speed and Water Lilies are both Impressionist.
Ophelia is Pre-Raphaelite, The Hay Wain Impressionist.
Ophelia is Pre-Raphaelite, and The Hay Wain Impressionist.
Olympia is Impressionist, Water Lilies Impressionist.
The Hay Wain is in the Impressionist movement.
The Hay Wain belongs to the Impressionist movement.
The Hay Wain was painted in the Impressionist movement.
The movement of The Hay Wain is Impressionist.
Musée Marmottan Monet is Impressionist.
Musée Marmottan Monet is in the Impressionist movement.
Tate Britain is in the Pre-Raphaelite movement.
John Constable once painted The Hay Wain, which is Impressionist.
The painter John Constable painted The Hay Wain, which is Impressionist.
The Hay Wain is Impressionist, Ophelia Pre-Raphaelite.
The Hay Wain is in the Impressionist style.
Rain, Steam and Speed, an Impressionist painting by J. M. W. Turner, hangs in the National Gallery.
The Hay Wain and Water Lilies, which are Impressionist, hang in the National Gallery and Musée Marmottan Monet respectively.
The Hay Wain and Water Lilies, both Impressionist, hang in the National Gallery and Musée Marmottan Monet respectively.
The Hay Wain hangs in the National Gallery, Water Lilies in Musée Marmottan Monet, and both are Impressionist.
The Hay Wain hangs in the National Gallery even though it is Impressionist.
Like The Hay Wain, Water Lilies is Impressionist.
# (27) gapping in the art graph
Ophelia hangs in Tate Britain, Sunflowers Musée d'Orsay.
Ophelia hangs in Tate Britain, and Sunflowers in Musée d'Orsay.
Tate Britain displays Ophelia, the National Gallery Olympia.
Tate Britain overlooks the River Thames, Musée d'Orsay the River Thames.
Tate Britain looks out over the River Thames, and Musée d'Orsay over the River Cherwell.
Tate Britain stands in London, Musée d'Orsay in London.
Tate Britain is located in London, Musée d'Orsay in Oxford.
Tate Britain is Neoclassical, Musée d'Orsay Greek Revival.
Tate Britain is in the Neoclassical style, Musée d'Orsay in the Greek Revival style.
Tate Britain was built in the Neoclassical style, and Keble College Chapel in the Beaux-Arts style.
Tate Britain is named after Henry Tate, and Ashmolean Museum after Paul Marmottan.
Tate Britain was founded by Henry Tate, and Ashmolean Museum by Paul Marmottan.
Henry Tate created Tate Britain, Elias Ashmole the National Gallery.
Tate Britain is run by Tate Trustees, Musée d'Orsay by Académie des Beaux-Arts.
Tate Britain is maintained by Tate Trustees, and Musée d'Orsay by Académie des Beaux-Arts.
The Hay Wain is part of the national collection, and Ophelia of the Orsay collection.
The Hay Wain belongs to the national collection, Ophelia to the Orsay collection.
The Hay Wain and Ophelia are part of the Tate collection and the national collection respectively.
Ophelia was painted by John Everett Millais, The Hay Wain by J. M. W. Turner.
John Everett Millais painted Ophelia, John Constable Sunflowers.
Ophelia is Pre-Raphaelite, Sunflowers Romanticism.
Ophelia is Victorian, The Hay Wain Victorian.
Ophelia and Olympia are Victorian and Third Republic respectively.
Tate Britain specialises in Pre-Raphaelite, Musée d'Orsay in Impressionist.
# (28) the participles of making before "in the Y style / period" of what was never so made
Tate Britain was written in the Neoclassical style.
Tate Britain was composed in the Neoclassical style.
The Hay Wain was written in the Georgian period.
The Hay Wain was painted in the Victorian period.
Ophelia was built in the Victorian period.
Keble College Chapel was composed in the Gothic Revival style.
Ashmolean Museum was written in the Greek Revival style.
# (29) ", the B" after a name, with one verb
Tate Britain, the National Gallery, stands in London.
Tate Britain, the National Gallery, is Neoclassical.
Musée d'Orsay, the Musée Marmottan Monet, stands in Paris.
Musée d'Orsay, the Musée Marmottan Monet, is located in Paris.
Ophelia, the Proserpine, hangs in Tate Britain.
Ophelia, the Light of the World, is Pre-Raphaelite.
Ophelia, the Proserpine, is Pre-Raphaelite.
Ophelia, the Proserpine, is part of the Tate collection.
The Fighting Temeraire, the Rain, Steam and Speed, was painted by J. M. W. Turner.
Sunflowers, the Hay Wain, hangs in the National Gallery.
Ophelia, the Proserpine, was painted by John Everett Millais.
@art user:liv
# (30) ratings with the movement adjective and "half a star"
You gave The Hay Wain half a star even though it is Impressionist.
You gave The Hay Wain half a star, even though it is Impressionist.
You gave The Hay Wain just half a star, though it is Impressionist.
You gave Olympia two stars, even though it is Impressionist.
You gave Sunflowers four stars and Olympia two, and the latter is Impressionist.
You loved Ophelia, which is Impressionist.
You gave Ophelia five stars, Olympia just half a star.
You gave Ophelia five stars, and Olympia half a star.
You gave Ophelia five stars and Sunflowers half a star.
You gave Olympia half a star.
You gave Tate Britain half a star.
Since you gave The Hay Wain half a star, note that it is Impressionist.
You gave The Hay Wain half a star, Ophelia five stars, even though both are Victorian.
You gave The Hay Wain half a star and Olympia two stars, and the former is Impressionist.
You gave Olympia two stars, The Hay Wain half a star, even though the latter is Impressionist.
You gave The Hay Wain, which is Impressionist, just half a star.
"""

CONTROLS = r"""
@landmarks
Durham Cathedral is Romanesque, York Minster Gothic.
Durham Cathedral is Romanesque, and York Minster Gothic.
Durham Cathedral is Norman, York Minster Medieval.
Durham Cathedral is Romanesque, Truro Cathedral Gothic Revival.
Truro Cathedral is Gothic Revival, and Salisbury Cathedral Gothic.
Durham Cathedral is in the Romanesque style, York Minster in the Gothic style.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse.
Durham Cathedral overlooks the River Wear, and York Minster the River Ouse.
Durham Cathedral overlooks the River Wear, York Minster the River Ouse, and Ely Cathedral the Great Ouse.
Durham Cathedral looks out over the River Wear, and York Minster over the River Ouse.
Durham Cathedral stands in Durham, and York Minster in York.
Durham Cathedral is located in Durham, York Minster in York.
Durham Cathedral is part of the Diocese of Durham, and York Minster of the Diocese of York.
Conwy Castle is maintained by Cadw, Edinburgh Castle by Historic Environment Scotland.
Conwy Castle was created by Edward I, Alnwick Castle by Ivo de Vesci.
Durham Cathedral is named after Saint Cuthbert, and Ely Cathedral after Saint Etheldreda.
Durham Cathedral and York Minster are Romanesque and Gothic respectively.
Durham Cathedral and York Minster are Romanesque and Perpendicular respectively.
Durham Cathedral and York Minster are Romanesque and Medieval respectively.
Durham Cathedral and York Minster are in the Romanesque and Gothic styles respectively.
Durham Cathedral and York Minster stand in Durham and York respectively.
Durham Cathedral and York Minster are part of the Diocese of Durham and the Diocese of York respectively.
Conwy Castle and Edinburgh Castle are maintained by Cadw and Historic Environment Scotland respectively.
Durham Cathedral and York Minster, which overlook the River Wear and the River Ouse respectively, are run by the Chapter.
Durham Cathedral overlooks the River Wear, Ely Cathedral the Great Ouse, and both are Norman.
Durham Cathedral is Romanesque.
Truro Cathedral is Victorian.
Alnwick Castle is Norman.
Durham Cathedral was built in the Romanesque style.
Durham Cathedral and Ely Cathedral were both built in the Norman period.
Durham Cathedral lies in Durham.
Conwy Castle's operator is Cadw.
The operator of the Conwy Castle is Cadw.
William de St-Calais created Durham Cathedral.
The trust Cadw runs Conwy Castle.
Durham Cathedral is in the city Durham.
Smeaton's Tower is named after the person John Smeaton.
Durham Cathedral, the Ely Cathedral and the York Minster are all owned by the Church of England.
Alnwick Castle belongs to the Percy family.
Durham Cathedral influenced Gothic.
Edward I founded Conwy Castle even though it is Medieval.
Truro Cathedral was built in the Victorian period.
Durham Cathedral is Romanesque, Truro Cathedral Victorian.
Cadw looks after Conwy Castle.
@landmarks user:ann
You gave Truro Cathedral half a star.
You gave Truro Cathedral just half a star.
You gave Truro Cathedral only half a star.
You gave Durham Cathedral five stars, Truro Cathedral half a star.
You gave Durham Cathedral five stars and Truro Cathedral half a star.
You gave York Minster four and a half stars, Truro Cathedral half a star.
You gave Truro Cathedral half a star and disliked it.
You gave Truro Cathedral half a star even though it is Victorian.
You gave Truro Cathedral half a star even though Edward White Benson created it.
You gave Truro Cathedral, which stands in Truro, half a star.
Since you gave Truro Cathedral half a star, note that it is Victorian.
You gave Truro Cathedral half a star, Durham Cathedral five.
@music
The Hallé performs at Bridgewater Hall, and the London Symphony Orchestra at the Barbican Centre.
The Hallé records for Hallé Records, the London Symphony Orchestra for LSO Live.
The BBC Proms is run by the BBC, and the Aldeburgh Festival by Britten Pears Arts.
The Hallé is run by Hallé Concerts Society, the London Symphony Orchestra by LSO Trust.
The Hallé is maintained by Hallé Concerts Society.
Charles Hallé created the Hallé.
Claudio Abbado once conducted the Mahler Chamber Orchestra.
Thomas Beecham once created the London Philharmonic Orchestra.
The Hallé and the London Symphony Orchestra perform at Bridgewater Hall and the Barbican Centre respectively.
Mahler Chamber Orchestra is named after Gustav Mahler, and Bachfest Leipzig after Johann Sebastian Bach.
@music user:max
You gave the Hallé half a star.
You gave the London Symphony Orchestra five stars, the Hallé half a star.
You gave the Hallé half a star even though Mark Elder once conducted it.
@breweries
Guinness Draught is a stout.
Guinness Draught is stout, Carling lager.
Pilsner Urquell is Pilsner.
Pilsner Urquell is in the Pilsner style.
Pilsner Urquell is brewed in the Pilsner style.
St. James's Gate Brewery overlooks the River Liffey, Tadcaster Brewery the River Wharfe.
St. James's Gate Brewery is located in Dublin, and Tadcaster Brewery in Tadcaster.
The company Diageo owns St. James's Gate Brewery.
Griffin Brewery is run by Fuller, Smith & Turner.
St. James's Gate Brewery is Georgian.
Griffin Brewery is owned by the company Asahi, St. James's Gate Brewery by the company Diageo.
St. James's Gate Brewery is Georgian, Guinness Draught stout.
@breweries user:joe
You gave Carling half a star.
You gave Guinness Draught five stars, Carling half a star.
@art
Ophelia is Pre-Raphaelite.
Ophelia is Victorian.
Impression, Sunrise is Impressionist.
Ophelia is Pre-Raphaelite, and Impression, Sunrise Impressionist.
Ophelia and Water Lilies are Pre-Raphaelite and Impressionist respectively.
Ophelia hangs in Tate Britain, Sunflowers the National Gallery.
Tate Britain overlooks the River Thames, and Musée d'Orsay the Seine.
Tate Britain is Neoclassical, and Musée d'Orsay Beaux-Arts.
The Hay Wain is part of the national collection, Ophelia of the Tate collection.
The Hay Wain and Ophelia are part of the national collection and the Tate collection respectively.
Ophelia is Victorian, and Olympia Second Empire.
Tate Britain specialises in Pre-Raphaelite, and Musée d'Orsay in Realism.
Henry Tate created Tate Britain.
Tate Britain is located in London.
Rain, Steam and Speed anticipates the Impressionist movement.
Musée Marmottan Monet, which specialises in Impressionist, stands in Paris.
The Hay Wain was painted in the Georgian period.
@art user:liv
You gave The Hay Wain half a star.
You gave Ophelia five stars, The Hay Wain half a star.
You gave The Hay Wain half a star, Ophelia five stars.
You gave Ophelia five stars, The Hay Wain just half a star.
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


# False, and accepted by the starting code of the release too (CHANGES.diff reversed): older
# readings, not this release's (an item's name after ", the" read as a second subject, "an
# Impressionist painting" from a movement it anticipates, a period it predates said as its own,
# "the saint X" of a person). Printed apart as KNOWN.
KNOWN = frozenset(
    {
        'BBC Scottish Symphony Orchestra, the Bournemouth Symphony Orchestra, records for Chandos.',
        'Carling, the Heineken Lager, is a lager.',
        'Conwy Castle is Georgian.',
        'Durham Cathedral is Edwardian.',
        'Durham Cathedral is Norman and Edwardian.',
        'Durham Cathedral, the Ely Cathedral, is Norman.',
        'Durham Cathedral, the Ely Cathedral, is owned by the Church of England.',
        'Durham Cathedral, the York Minster, is run by the Chapter.',
        'Gustav Mahler Jugendorchester, the Mahler Chamber Orchestra, records for Deutsche Grammophon.',
        "Lady's Well Brewery, the Zoeterwoude Brewery, is owned by Heineken N.V.",
        'Lincoln Cathedral, the Salisbury Cathedral, was built in the Gothic style.',
        'London Symphony Orchestra, the London Philharmonic Orchestra, is based in London.',
        'Mahler Chamber Orchestra, the Gustav Mahler Jugendorchester, is named after Gustav Mahler.',
        'Mahler Chamber Orchestra, the Gustav Mahler Jugendorchester, was conducted by Claudio Abbado.',
        'Mahler Chamber Orchestra, the Gustav Mahler Jugendorchester, was founded by Claudio Abbado.',
        "Musée d'Orsay, the Musée Marmottan Monet, stands in Paris.",
        'Ophelia, the Proserpine, hangs in Tate Britain.',
        'Rain, Steam and Speed, an Impressionist painting by J. M. W. Turner, hangs in the National Gallery.',
        "Smeaton's Tower is Victorian.",
        "Smeaton's Tower is named after the saint John Smeaton.",
        "Smeaton's Tower, which is Victorian, overlooks Plymouth Hoe.",
        'Sunflowers, the Hay Wain, hangs in the National Gallery.',
        "Tadcaster Brewery, the St. James's Gate Brewery, dates from the Georgian period.",
        'Tate Britain, the National Gallery, stands in London.',
        'The Fighting Temeraire, the Rain, Steam and Speed, was painted by J. M. W. Turner.',
        'The Hay Wain is Georgian and Impressionist.',
        'The Hay Wain is an Impressionist painting.',
        'The Hay Wain, an Impressionist painting, hangs in the National Gallery.',
        'The Impressionist painting The Hay Wain hangs in the National Gallery.',
        'You loved Durham Cathedral, the York Minster.',
    }
)

# Arguable: printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # a Gothic Revival building is often said to be "in the Gothic style"
        'Truro Cathedral is in the Gothic style.',
        # a building's walls may be painted in a style: loose more than false
        'Durham Cathedral was painted in the Romanesque style.',
        # "just" as "recently": when, the graph does not say (unverifiable more than false)
        'You just gave Truro Cathedral half a star.',
        # "once" as "one time": the graph keeps one rating
        'You gave Truro Cathedral half a star once.',
        # "was once" may say "no longer" (false) or "at some time" (true)
        'The Hallé was once based in Manchester.',
        # "based at" its hall: true in the world, another relation in the graph
        'The Hallé is based in Manchester, and the London Symphony Orchestra at the Barbican Centre.',
        # the graph does not say the Hallé is named after anyone, its name does
        'Mahler Chamber Orchestra is named after Gustav Mahler, and the Hallé after Charles Hallé.',
        # a beer's recipe is designed: loose more than false
        'Guinness Draught was designed in the stout style.',
        # Carling is a pale lager, near a Pilsner
        'Carling is Pilsner.',
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
            if ok:
                print(f"OPEN (accepted) [{key}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    for key, user, text in _EXTRA:
        ok, reason = check(key, text, user)
        print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


# OPEN texts not in TEXTS (checked and printed, never counted)
_EXTRA = [
    ('landmarks', None, 'Truro Cathedral is in the Gothic style.'),
    ('landmarks', None, 'Durham Cathedral was painted in the Romanesque style.'),
    ('landmarks', 'user:ann', 'You just gave Truro Cathedral half a star.'),
    ('landmarks', 'user:ann', 'You gave Truro Cathedral half a star once.'),
    ('music', None, 'The Hallé was once based in Manchester.'),
    ('music', None, 'The Hallé is based in Manchester, and the London Symphony Orchestra at the Barbican Centre.'),
    ('music', None, 'Mahler Chamber Orchestra is named after Gustav Mahler, and the Hallé after Charles Hallé.'),
    ('breweries', None, 'Guinness Draught was designed in the stout style.'),
    ('breweries', None, 'Carling is Pilsner.'),
]


if __name__ == "__main__":
    main()
