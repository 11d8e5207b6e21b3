"""Red team round 135 (the readings of the round's CHANGES.diff): gapping, a clause whose verb is
left out after a clause that has it ("Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse
the Baltic Sea", "A overlooks B and C D", chains "A awards X, B Y and C Z", "the former stars K and
the latter P"); "run" also read as "maintain" and "look after", with the noun "operator"; "overlook"
also read as "look out over / on / onto"; "tower" and "light" as nouns for a lighthouse. Attacked:
gapping after a negated clause, a user's clause, a copula, a year, a predicate noun with modifiers
("is a brick tower that overlooks X, B Y"), chained verbs ("is owned and run by X, B Y": the gapped
clause states both), two relations in the first clause, subjects and objects of other types, list
objects, passives, semicolons and sentence breaks; "maintained by" / "looks after" / "operator" on
graphs that also have "is owned by", "is maintained by", "is managed by" or "operates"; "looks
after" a person; "looks out over" where the graph says "faces" or "is near"; "tower" and "light"
for castles and TV towers, with materials and years, and "the light" as an anaphor. False texts
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


def lighthouses():
    """Lighthouses, castles and TV towers (items, the year each was built): the water (or square)
    each "overlooks" next to the one it "faces" (another water for most; Hook Lighthouse both
    overlooks and faces Waterford Harbour, Cape Hatteras Lighthouse overlooks two); the town each "is
    near"; the country or state each "is located in"; the engineer it "was designed by"; the body it
    "is owned by" next to the one it "is run by" and the one it "is maintained by" (the same body for
    some, different ones for others, none for a few); the material it "is built of". All waters are of
    one type, so that gapping may carry "overlooks" from one lighthouse's water to another's."""
    D = ("lighthouse", "castle", "tower")
    rels = [
        R("overlooks", phrase="overlooks", inverse_phrase="is overlooked by", domain=D,
          range=("water", "square")),
        R("faces", phrase="faces", inverse_phrase="is faced by", domain=D, range=("water", "square")),
        R("near", phrase="is near", inverse_phrase="lies close to", domain=D, range=("town",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=D, range=("country", "state")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=D, range=("engineer",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=D, range=("body",)),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=D, range=("body",)),
        R("maintained_by", phrase="is maintained by", inverse_phrase="maintains", domain=D, range=("body",)),
        R("built_of", phrase="is built of", inverse_phrase="was used to build", domain=D, range=("material",)),
    ]
    items = {
        "l:split": ("lighthouse", "Split Rock Lighthouse", 1910), "l:kopu": ("lighthouse", "Kõpu Lighthouse", 1531),
        "l:peggy": ("lighthouse", "Peggy's Point Lighthouse", 1915), "l:portland": ("lighthouse", "Portland Head Light", 1791),
        "l:hercules": ("lighthouse", "Tower of Hercules", 1791), "l:fastnet": ("lighthouse", "Fastnet Lighthouse", 1904),
        "l:hook": ("lighthouse", "Hook Lighthouse", 1245), "l:eddystone": ("lighthouse", "Eddystone Lighthouse", 1882),
        "l:hatteras": ("lighthouse", "Cape Hatteras Lighthouse", 1870),
        "c:dunluce": ("castle", "Dunluce Castle", 1500), "c:bamburgh": ("castle", "Bamburgh Castle", 1164),
        "c:eilean": ("castle", "Eilean Donan", 1220),
        "t:berlin": ("tower", "Berlin TV Tower", 1969), "t:cn": ("tower", "CN Tower", 1976),
    }
    others = {
        "w:superior": ("water", "Lake Superior"), "w:baltic": ("water", "the Baltic Sea"),
        "w:margaret": ("water", "St. Margarets Bay"), "w:casco": ("water", "Casco Bay"),
        "w:atlantic": ("water", "the Atlantic Ocean"), "w:celtic": ("water", "the Celtic Sea"),
        "w:waterford": ("water", "Waterford Harbour"), "w:channel": ("water", "the English Channel"),
        "w:pamlico": ("water", "Pamlico Sound"), "w:northchannel": ("water", "the North Channel"),
        "w:northsea": ("water", "the North Sea"), "w:duich": ("water", "Loch Duich"), "w:ontario": ("water", "Lake Ontario"),
        "w:alex": ("square", "Alexanderplatz"), "w:shoals": ("water", "Diamond Shoals"), "w:hiiu": ("water", "the Gulf of Riga"),
        "n:twoharbors": ("town", "Two Harbors"), "n:kardla": ("town", "Kärdla"), "n:peggys": ("town", "Peggys Cove"),
        "n:cape": ("town", "Cape Elizabeth"), "n:coruna": ("town", "A Coruña"), "n:baltimore": ("town", "Baltimore"),
        "n:fethard": ("town", "Fethard"), "n:plymouth": ("town", "Plymouth"), "n:buxton": ("town", "Buxton"),
        "n:portrush": ("town", "Portrush"), "n:seahouses": ("town", "Seahouses"), "n:dornie": ("town", "Dornie"),
        "n:toronto": ("town", "Toronto"),
        "s:minnesota": ("state", "Minnesota"), "s:maine": ("state", "Maine"), "s:nc": ("state", "North Carolina"),
        "s:estonia": ("country", "Estonia"), "s:canada": ("country", "Canada"), "s:spain": ("country", "Spain"),
        "s:ireland": ("country", "Ireland"), "s:england": ("country", "England"), "s:ni": ("country", "Northern Ireland"),
        "s:scotland": ("country", "Scotland"), "s:germany": ("country", "Germany"),
        "e:tinkham": ("engineer", "Ralph Russell Tinkham"), "e:douglass": ("engineer", "James Douglass"),
        "e:kavanagh": ("engineer", "William Kavanagh"), "e:corbett": ("engineer", "Dennis Stovall"),
        "e:giannini": ("engineer", "Eustaquio Giannini"), "e:henseler": ("engineer", "Hermann Henseler"),
        "e:stern": ("engineer", "John Andrews"), "e:macrae": ("engineer", "Farquhar MacRae"),
        "b:mhs": ("body", "the Minnesota Historical Society"), "b:uscg": ("body", "the US Coast Guard"),
        "b:irish": ("body", "the Commissioners of Irish Lights"), "b:trinity": ("body", "Trinity House"),
        "b:hiiumaa": ("body", "Hiiumaa Museums"), "b:estmar": ("body", "the Estonian Maritime Administration"),
        "b:ccg": ("body", "the Canadian Coast Guard"), "b:town": ("body", "the Town of Cape Elizabeth"),
        "b:hookheritage": ("body", "Hook Heritage"), "b:corunahall": ("body", "the Port Authority of A Coruña"),
        "b:nps": ("body", "the National Park Service"), "b:nt": ("body", "the National Trust"),
        "b:armstrong": ("body", "the Armstrong family"), "b:conchra": ("body", "the Conchra Charitable Trust"),
        "b:telekom": ("body", "Deutsche Funkturm"), "b:clc": ("body", "Canada Lands Company"),
        "b:ne": ("body", "the Northern Ireland Environment Agency"), "b:spain": ("body", "the Spanish state"),
        "m:granite": ("material", "granite"), "m:limestone": ("material", "limestone"), "m:brick": ("material", "brick"),
        "m:concrete": ("material", "reinforced concrete"), "m:basalt": ("material", "basalt"),
    }
    T = [
        ("l:split", "overlooks", "w:superior"), ("l:kopu", "overlooks", "w:baltic"), ("l:peggy", "overlooks", "w:margaret"),
        ("l:portland", "overlooks", "w:casco"), ("l:hercules", "overlooks", "w:atlantic"), ("l:fastnet", "overlooks", "w:celtic"),
        ("l:hook", "overlooks", "w:waterford"), ("l:eddystone", "overlooks", "w:channel"),
        ("l:hatteras", "overlooks", "w:atlantic"), ("l:hatteras", "overlooks", "w:pamlico"), ("c:dunluce", "overlooks", "w:northchannel"),
        ("c:bamburgh", "overlooks", "w:northsea"), ("c:eilean", "overlooks", "w:duich"), ("t:cn", "overlooks", "w:ontario"),
        ("t:berlin", "overlooks", "w:alex"),
        # "faces": another water than the one each overlooks
        ("l:kopu", "faces", "w:hiiu"), ("l:hatteras", "faces", "w:shoals"), ("l:portland", "faces", "w:atlantic"),
        ("c:eilean", "faces", "w:northsea"), ("l:hook", "faces", "w:waterford"), ("l:fastnet", "faces", "w:atlantic"),
        ("l:split", "near", "n:twoharbors"), ("l:kopu", "near", "n:kardla"), ("l:peggy", "near", "n:peggys"),
        ("l:portland", "near", "n:cape"), ("l:hercules", "near", "n:coruna"), ("l:fastnet", "near", "n:baltimore"),
        ("l:hook", "near", "n:fethard"), ("l:eddystone", "near", "n:plymouth"), ("l:hatteras", "near", "n:buxton"),
        ("c:dunluce", "near", "n:portrush"), ("c:bamburgh", "near", "n:seahouses"), ("c:eilean", "near", "n:dornie"),
        ("t:cn", "near", "n:toronto"),
        ("l:split", "located_in", "s:minnesota"), ("l:kopu", "located_in", "s:estonia"), ("l:peggy", "located_in", "s:canada"),
        ("l:portland", "located_in", "s:maine"), ("l:hercules", "located_in", "s:spain"), ("l:fastnet", "located_in", "s:ireland"),
        ("l:hook", "located_in", "s:ireland"), ("l:eddystone", "located_in", "s:england"), ("l:hatteras", "located_in", "s:nc"),
        ("c:dunluce", "located_in", "s:ni"), ("c:bamburgh", "located_in", "s:england"), ("c:eilean", "located_in", "s:scotland"),
        ("t:berlin", "located_in", "s:germany"), ("t:cn", "located_in", "s:canada"),
        ("l:split", "designed_by", "e:tinkham"), ("l:eddystone", "designed_by", "e:douglass"),
        ("l:fastnet", "designed_by", "e:kavanagh"), ("l:hatteras", "designed_by", "e:corbett"),
        ("l:hercules", "designed_by", "e:giannini"), ("t:berlin", "designed_by", "e:henseler"), ("t:cn", "designed_by", "e:stern"),
        ("c:eilean", "designed_by", "e:macrae"),
        ("l:split", "owned_by", "b:mhs"), ("l:split", "run_by", "b:mhs"), ("l:split", "maintained_by", "b:uscg"),
        ("l:kopu", "owned_by", "b:estmar"), ("l:kopu", "run_by", "b:hiiumaa"), ("l:kopu", "maintained_by", "b:estmar"),
        ("l:peggy", "owned_by", "b:ccg"), ("l:peggy", "maintained_by", "b:ccg"),
        ("l:portland", "owned_by", "b:town"), ("l:portland", "run_by", "b:town"), ("l:portland", "maintained_by", "b:uscg"),
        ("l:hercules", "owned_by", "b:spain"), ("l:hercules", "run_by", "b:corunahall"),
        ("l:fastnet", "owned_by", "b:irish"), ("l:fastnet", "maintained_by", "b:irish"),
        ("l:hook", "owned_by", "b:irish"), ("l:hook", "run_by", "b:hookheritage"), ("l:hook", "maintained_by", "b:irish"),
        ("l:eddystone", "owned_by", "b:trinity"), ("l:eddystone", "maintained_by", "b:trinity"),
        ("l:hatteras", "owned_by", "b:nps"), ("l:hatteras", "run_by", "b:nps"), ("l:hatteras", "maintained_by", "b:uscg"),
        ("c:dunluce", "owned_by", "b:ne"), ("c:dunluce", "run_by", "b:ne"),
        ("c:bamburgh", "owned_by", "b:armstrong"), ("c:bamburgh", "run_by", "b:armstrong"),
        ("c:eilean", "owned_by", "b:conchra"), ("c:eilean", "run_by", "b:conchra"),
        ("t:berlin", "owned_by", "b:telekom"), ("t:berlin", "run_by", "b:telekom"),
        ("t:cn", "owned_by", "b:clc"), ("t:cn", "run_by", "b:clc"),
        ("l:split", "built_of", "m:brick"), ("l:kopu", "built_of", "m:limestone"), ("l:eddystone", "built_of", "m:granite"),
        ("l:fastnet", "built_of", "m:granite"), ("l:hercules", "built_of", "m:granite"), ("l:hook", "built_of", "m:limestone"),
        ("l:hatteras", "built_of", "m:brick"), ("c:dunluce", "built_of", "m:basalt"), ("c:bamburgh", "built_of", "m:granite"),
        ("t:berlin", "built_of", "m:concrete"), ("t:cn", "built_of", "m:concrete"),
    ]
    return _build(items, others, rels, T)


def festivals():
    """Film festivals (items, the year each was first held) and films (items, the year each came
    out), and two users' ratings: the prizes each festival "awards"; the city each "is held in";
    the body each "is run by" next to the one it "is funded by"; the films each "premiered"; each
    film's stars ("stars"), director ("was directed by") and the prize it "won"."""
    rels = [
        R("awards", phrase="awards", inverse_phrase="is awarded at", domain=("festival",), range=("prize",)),
        R("held_in", phrase="is held in", inverse_phrase="hosts", domain=("festival",), range=("city",)),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("festival",), range=("organization",)),
        R("funded_by", phrase="is funded by", inverse_phrase="funds", domain=("festival",), range=("organization",)),
        R("premiered", phrase="premiered", inverse_phrase="premiered at", domain=("festival",), range=("film",)),
        R("stars", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("actor",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("film",), range=("prize",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:berlinale": ("festival", "Berlinale", 1951), "f:cannes": ("festival", "Cannes Film Festival", 1946),
        "f:venice": ("festival", "Venice Film Festival", 1932), "f:sundance": ("festival", "Sundance Film Festival", 1978),
        "f:tiff": ("festival", "Toronto International Film Festival", 1976),
        "m:parasite": ("film", "Parasite", 2019), "m:nomadland": ("film", "Nomadland", 2020),
        "m:synonyms": ("film", "Synonyms", 2019), "m:whiplash": ("film", "Whiplash", 2014),
        "m:greenbook": ("film", "Green Book", 2018), "m:anatomy": ("film", "Anatomy of a Fall", 2023),
        "m:poor": ("film", "Poor Things", 2023), "m:lalaland": ("film", "La La Land", 2016),
        "m:zone": ("film", "The Zone of Interest", 2023),
    }
    others = {
        "p:bear": ("prize", "Golden Bear"), "p:palme": ("prize", "Palme d'Or"), "p:lion": ("prize", "Golden Lion"),
        "p:jury": ("prize", "Grand Jury Prize"), "p:people": ("prize", "People's Choice Award"),
        "p:grandprix": ("prize", "Grand Prix"), "p:silverbear": ("prize", "Silver Bear"),
        "c:berlin": ("city", "Berlin"), "c:cannes": ("city", "Cannes"), "c:venice": ("city", "Venice"),
        "c:parkcity": ("city", "Park City"), "c:toronto": ("city", "Toronto"),
        "o:kbb": ("organization", "the Kulturveranstaltungen des Bundes"), "o:afff": ("organization", "the Association Française du Festival"),
        "o:biennale": ("organization", "La Biennale di Venezia"), "o:institute": ("organization", "the Sundance Institute"),
        "o:tiff": ("organization", "TIFF Bell Lightbox"), "o:bkm": ("organization", "the German Culture Ministry"),
        "o:cnc": ("organization", "the CNC"), "o:mic": ("organization", "the Italian Culture Ministry"),
        "o:telefilm": ("organization", "Telefilm Canada"),
        "a:song": ("actor", "Song Kang-ho"), "a:mcdormand": ("actor", "Frances McDormand"), "a:mercier": ("actor", "Tom Mercier"),
        "a:teller": ("actor", "Miles Teller"), "a:simmons": ("actor", "J. K. Simmons"), "a:mortensen": ("actor", "Viggo Mortensen"),
        "a:ali": ("actor", "Mahershala Ali"), "a:huller": ("actor", "Sandra Hüller"), "a:stone": ("actor", "Emma Stone"),
        "a:gosling": ("actor", "Ryan Gosling"), "a:friedel": ("actor", "Christian Friedel"),
        "d:bong": ("director", "Bong Joon-ho"), "d:zhao": ("director", "Chloé Zhao"), "d:lapid": ("director", "Nadav Lapid"),
        "d:chazelle": ("director", "Damien Chazelle"), "d:farrelly": ("director", "Peter Farrelly"),
        "d:triet": ("director", "Justine Triet"), "d:lanthimos": ("director", "Yorgos Lanthimos"),
        "d:glazer": ("director", "Jonathan Glazer"),
    }
    T = [
        ("f:berlinale", "awards", "p:bear"), ("f:berlinale", "awards", "p:silverbear"), ("f:cannes", "awards", "p:palme"),
        ("f:cannes", "awards", "p:grandprix"), ("f:venice", "awards", "p:lion"), ("f:sundance", "awards", "p:jury"),
        ("f:tiff", "awards", "p:people"),
        ("f:berlinale", "held_in", "c:berlin"), ("f:cannes", "held_in", "c:cannes"), ("f:venice", "held_in", "c:venice"),
        ("f:sundance", "held_in", "c:parkcity"), ("f:tiff", "held_in", "c:toronto"),
        ("f:berlinale", "run_by", "o:kbb"), ("f:cannes", "run_by", "o:afff"), ("f:venice", "run_by", "o:biennale"),
        ("f:sundance", "run_by", "o:institute"), ("f:tiff", "run_by", "o:tiff"),
        ("f:berlinale", "funded_by", "o:bkm"), ("f:cannes", "funded_by", "o:cnc"), ("f:venice", "funded_by", "o:mic"),
        ("f:tiff", "funded_by", "o:telefilm"), ("f:sundance", "funded_by", "o:institute"),
        ("f:cannes", "premiered", "m:parasite"), ("f:venice", "premiered", "m:nomadland"), ("f:berlinale", "premiered", "m:synonyms"),
        ("f:sundance", "premiered", "m:whiplash"), ("f:tiff", "premiered", "m:greenbook"), ("f:cannes", "premiered", "m:anatomy"),
        ("f:venice", "premiered", "m:poor"), ("f:venice", "premiered", "m:lalaland"), ("f:cannes", "premiered", "m:zone"),
        ("m:parasite", "stars", "a:song"), ("m:nomadland", "stars", "a:mcdormand"), ("m:synonyms", "stars", "a:mercier"),
        ("m:whiplash", "stars", "a:teller"), ("m:whiplash", "stars", "a:simmons"), ("m:greenbook", "stars", "a:mortensen"),
        ("m:greenbook", "stars", "a:ali"), ("m:anatomy", "stars", "a:huller"), ("m:poor", "stars", "a:stone"),
        ("m:lalaland", "stars", "a:stone"), ("m:lalaland", "stars", "a:gosling"), ("m:zone", "stars", "a:huller"),
        ("m:zone", "stars", "a:friedel"),
        ("m:parasite", "directed_by", "d:bong"), ("m:nomadland", "directed_by", "d:zhao"), ("m:synonyms", "directed_by", "d:lapid"),
        ("m:whiplash", "directed_by", "d:chazelle"), ("m:greenbook", "directed_by", "d:farrelly"),
        ("m:anatomy", "directed_by", "d:triet"), ("m:poor", "directed_by", "d:lanthimos"), ("m:lalaland", "directed_by", "d:chazelle"),
        ("m:zone", "directed_by", "d:glazer"),
        ("m:parasite", "won", "p:palme"), ("m:nomadland", "won", "p:lion"), ("m:synonyms", "won", "p:bear"),
        ("m:whiplash", "won", "p:jury"), ("m:greenbook", "won", "p:people"), ("m:anatomy", "won", "p:palme"),
        ("m:poor", "won", "p:lion"), ("m:lalaland", "won", "p:people"), ("m:zone", "won", "p:grandprix"),
        ("user:ana", "rated", "m:parasite", {"rating": 5.0}), ("user:ana", "rated", "m:whiplash", {"rating": 4.5}),
        ("user:ana", "rated", "m:greenbook", {"rating": 2.0}), ("user:ana", "rated", "m:poor", {"rating": 1.5}),
        ("user:ben", "rated", "m:lalaland", {"rating": 5.0}), ("user:ben", "rated", "m:zone", {"rating": 4.0}),
        ("user:ben", "rated", "m:nomadland", {"rating": 1.0}),
    ]
    return _build(items, others, rels, T, users=[("user:ana", "Ana"), ("user:ben", "Ben")])


def stadiums():
    """Stadiums (items, the year each opened) and finals (items, the year each was played): the
    finals each "hosted"; the team each "is home to"; the city each "is located in"; the owner each
    "is owned by" next to the body it "is run by" and the club it "is managed by"; the architect it
    "was designed by"; each final's winner ("was won by")."""
    rels = [
        R("hosted", phrase="hosted", inverse_phrase="was held at", domain=("stadium",), range=("final",)),
        R("home_to", phrase="is home to", inverse_phrase="plays at", domain=("stadium",), range=("team",)),
        R("located_in", phrase="is located in", inverse_phrase="is the city of", domain=("stadium",), range=("city",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("stadium",), range=("body", "team")),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("stadium",), range=("body",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("stadium",), range=("body", "team")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("stadium",), range=("architect",)),
        R("won_by", phrase="was won by", inverse_phrase="won", domain=("final",), range=("team",)),
    ]
    items = {
        "s:wembley": ("stadium", "Wembley Stadium", 2007), "s:campnou": ("stadium", "Camp Nou", 1957),
        "s:allianz": ("stadium", "Allianz Arena", 2005), "s:mcg": ("stadium", "Melbourne Cricket Ground", 1853),
        "s:lords": ("stadium", "Lord's", 1814), "s:sdf": ("stadium", "Stade de France", 1998),
        "s:azteca": ("stadium", "Estadio Azteca", 1966),
        "g:ucl2011": ("final", "2011 Champions League Final", 2011), "g:ucl1999": ("final", "1999 Champions League Final", 1999),
        "g:ucl2012": ("final", "2012 Champions League Final", 2012), "g:wc1998": ("final", "1998 World Cup Final", 1998),
        "g:wc1986": ("final", "1986 World Cup Final", 1986), "g:wc1970": ("final", "1970 World Cup Final", 1970),
        "g:cwc2015": ("final", "2015 Cricket World Cup Final", 2015), "g:cwc2019": ("final", "2019 Cricket World Cup Final", 2019),
        "g:ucl2024": ("final", "2024 Champions League Final", 2024),
    }
    others = {
        "t:england": ("team", "England"), "t:barca": ("team", "FC Barcelona"), "t:bayern": ("team", "Bayern Munich"),
        "t:mcc": ("team", "Melbourne Cricket Club"), "t:marylebone": ("team", "Marylebone Cricket Club"),
        "t:middlesex": ("team", "Middlesex"), "t:france": ("team", "France"), "t:america": ("team", "Club América"),
        "t:mufc": ("team", "Manchester United"), "t:chelsea": ("team", "Chelsea"), "t:brazil": ("team", "Brazil"),
        "t:argentina": ("team", "Argentina"), "t:australia": ("team", "Australia"), "t:realmadrid": ("team", "Real Madrid"),
        "c:london": ("city", "London"), "c:barcelona": ("city", "Barcelona"), "c:munich": ("city", "Munich"),
        "c:melbourne": ("city", "Melbourne"), "c:sd": ("city", "Saint-Denis"), "c:mexico": ("city", "Mexico City"),
        "b:fa": ("body", "the Football Association"), "b:wnsl": ("body", "Wembley National Stadium Limited"),
        "b:fcbag": ("body", "FC Bayern München AG"), "b:aag": ("body", "Allianz Arena München Stadion GmbH"),
        "b:vic": ("body", "the Victorian government"), "b:mcgtrust": ("body", "the MCG Trust"),
        "b:french": ("body", "the French state"), "b:consortium": ("body", "Consortium Stade de France"),
        "b:televisa": ("body", "Grupo Ollamani"),
        "r:wembley": ("architect", "Norman Foster"), "r:allianz": ("architect", "Herzog & de Meuron"),
        "r:campnou": ("architect", "Francesc Mitjans"), "r:azteca": ("architect", "Pedro Ramírez Vázquez"),
        "r:sdf": ("architect", "Michel Macary"),
    }
    T = [
        ("s:wembley", "hosted", "g:ucl2011"), ("s:wembley", "hosted", "g:ucl2024"), ("s:campnou", "hosted", "g:ucl1999"),
        ("s:allianz", "hosted", "g:ucl2012"), ("s:sdf", "hosted", "g:wc1998"), ("s:azteca", "hosted", "g:wc1986"),
        ("s:azteca", "hosted", "g:wc1970"), ("s:mcg", "hosted", "g:cwc2015"), ("s:lords", "hosted", "g:cwc2019"),
        ("s:wembley", "home_to", "t:england"), ("s:campnou", "home_to", "t:barca"), ("s:allianz", "home_to", "t:bayern"),
        ("s:mcg", "home_to", "t:mcc"), ("s:lords", "home_to", "t:marylebone"), ("s:lords", "home_to", "t:middlesex"),
        ("s:sdf", "home_to", "t:france"), ("s:azteca", "home_to", "t:america"),
        ("s:wembley", "located_in", "c:london"), ("s:lords", "located_in", "c:london"), ("s:campnou", "located_in", "c:barcelona"),
        ("s:allianz", "located_in", "c:munich"), ("s:mcg", "located_in", "c:melbourne"), ("s:sdf", "located_in", "c:sd"),
        ("s:azteca", "located_in", "c:mexico"),
        ("s:wembley", "owned_by", "b:fa"), ("s:wembley", "run_by", "b:wnsl"),
        ("s:campnou", "owned_by", "t:barca"), ("s:campnou", "managed_by", "t:barca"),
        ("s:allianz", "owned_by", "b:fcbag"), ("s:allianz", "run_by", "b:aag"),
        ("s:mcg", "owned_by", "b:vic"), ("s:mcg", "run_by", "b:mcgtrust"), ("s:mcg", "managed_by", "t:mcc"),
        ("s:lords", "owned_by", "t:marylebone"), ("s:lords", "managed_by", "t:marylebone"),
        ("s:sdf", "owned_by", "b:french"), ("s:sdf", "run_by", "b:consortium"),
        ("s:azteca", "owned_by", "b:televisa"), ("s:azteca", "managed_by", "t:america"),
        ("s:wembley", "designed_by", "r:wembley"), ("s:allianz", "designed_by", "r:allianz"),
        ("s:campnou", "designed_by", "r:campnou"), ("s:azteca", "designed_by", "r:azteca"), ("s:sdf", "designed_by", "r:sdf"),
        ("g:ucl2011", "won_by", "t:barca"), ("g:ucl1999", "won_by", "t:mufc"), ("g:ucl2012", "won_by", "t:chelsea"),
        ("g:wc1998", "won_by", "t:france"), ("g:wc1986", "won_by", "t:argentina"), ("g:wc1970", "won_by", "t:brazil"),
        ("g:cwc2015", "won_by", "t:australia"), ("g:cwc2019", "won_by", "t:england"), ("g:ucl2024", "won_by", "t:realmadrid"),
    ]
    return _build(items, others, rels, T)


def hospitals():
    """Hospitals and universities (items, the year each was founded): the trust each hospital "is
    run by" next to the owner it "is owned by"; the founder ("was founded by"); the city each "is
    located in"; the nurses and doctors each "employs"; the university each "is affiliated with";
    for universities, the hospitals each "operates" and the person each "is led by"."""
    rels = [
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("hospital",), range=("trust",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("hospital",), range=("trust", "owner")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("hospital", "university"),
          range=("person", "nurse", "doctor")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("hospital", "university"),
          range=("city",)),
        R("employs", phrase="employs", inverse_phrase="works at", domain=("hospital",), range=("nurse", "doctor")),
        R("affiliated", phrase="is affiliated with", inverse_phrase="is affiliated with", domain=("hospital",),
          range=("university",)),
        R("operates", phrase="operates", inverse_phrase="is operated by", domain=("university",), range=("hospital",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("university",), range=("person",)),
    ]
    items = {
        "h:gosh": ("hospital", "Great Ormond Street Hospital", 1852), "h:thomas": ("hospital", "St Thomas' Hospital", 1215),
        "h:hopkins": ("hospital", "Johns Hopkins Hospital", 1889), "h:charite": ("hospital", "Charité", 1710),
        "h:mayo": ("hospital", "Mayo Clinic", 1889), "h:mgh": ("hospital", "Massachusetts General Hospital", 1811),
        "u:jhu": ("university", "Johns Hopkins University", 1876), "u:harvard": ("university", "Harvard University", 1636),
        "u:hu": ("university", "Humboldt University", 1810), "u:kcl": ("university", "King's College London", 1829),
        "u:ucl": ("university", "University College London", 1826),
    }
    others = {
        "t:gosh": ("trust", "the Great Ormond Street Hospital Trust"), "t:gstt": ("trust", "Guy's and St Thomas' Trust"),
        "t:jhhs": ("trust", "Johns Hopkins Health System"), "t:mgb": ("trust", "Mass General Brigham"),
        "o:nhs": ("owner", "the NHS"), "o:berlin": ("owner", "the State of Berlin"), "o:mayo": ("owner", "the Mayo Foundation"),
        "p:west": ("person", "Charles West"), "p:hopkins": ("person", "Johns Hopkins"), "p:mayo": ("person", "William Worrall Mayo"),
        "p:warren": ("person", "John Collins Warren"), "p:frederick": ("person", "Frederick I"),
        "p:daniels": ("person", "Ronald J. Daniels"), "p:garber": ("person", "Alan Garber"),
        "p:blumenthal": ("person", "Julia von Blumenthal"), "p:smith": ("person", "Shitij Kapur"),
        "n:nightingale": ("nurse", "Florence Nightingale"), "n:seacole": ("nurse", "Mary Seacole"),
        "n:robb": ("nurse", "Isabel Hampton Robb"), "n:catherine": ("nurse", "Catherine Wood"),
        "d:osler": ("doctor", "William Osler"), "d:virchow": ("doctor", "Rudolf Virchow"),
        "d:halsted": ("doctor", "William Halsted"), "d:cushing": ("doctor", "Harvey Cushing"),
        "c:london": ("city", "London"), "c:baltimore": ("city", "Baltimore"), "c:berlin": ("city", "Berlin"),
        "c:rochester": ("city", "Rochester"), "c:boston": ("city", "Boston"), "c:cambridge": ("city", "Cambridge"),
    }
    T = [
        ("h:gosh", "run_by", "t:gosh"), ("h:thomas", "run_by", "t:gstt"), ("h:hopkins", "run_by", "t:jhhs"),
        ("h:mgh", "run_by", "t:mgb"),
        ("h:gosh", "owned_by", "o:nhs"), ("h:thomas", "owned_by", "o:nhs"), ("h:charite", "owned_by", "o:berlin"),
        ("h:mayo", "owned_by", "o:mayo"), ("h:hopkins", "owned_by", "t:jhhs"),
        ("h:gosh", "founded_by", "p:west"), ("h:hopkins", "founded_by", "p:hopkins"), ("h:mayo", "founded_by", "p:mayo"),
        ("h:mgh", "founded_by", "p:warren"), ("h:charite", "founded_by", "p:frederick"), ("u:jhu", "founded_by", "p:hopkins"),
        ("h:gosh", "located_in", "c:london"), ("h:thomas", "located_in", "c:london"), ("h:hopkins", "located_in", "c:baltimore"),
        ("h:charite", "located_in", "c:berlin"), ("h:mayo", "located_in", "c:rochester"), ("h:mgh", "located_in", "c:boston"),
        ("u:jhu", "located_in", "c:baltimore"), ("u:harvard", "located_in", "c:cambridge"), ("u:hu", "located_in", "c:berlin"),
        ("u:kcl", "located_in", "c:london"), ("u:ucl", "located_in", "c:london"),
        ("h:thomas", "employs", "n:nightingale"), ("h:gosh", "employs", "n:catherine"), ("h:hopkins", "employs", "n:robb"),
        ("h:hopkins", "employs", "d:osler"), ("h:hopkins", "employs", "d:halsted"), ("h:charite", "employs", "d:virchow"),
        ("h:mgh", "employs", "d:cushing"), ("h:thomas", "employs", "n:seacole"),
        ("h:gosh", "affiliated", "u:ucl"), ("h:thomas", "affiliated", "u:kcl"), ("h:hopkins", "affiliated", "u:jhu"),
        ("h:charite", "affiliated", "u:hu"), ("h:mgh", "affiliated", "u:harvard"),
        ("u:jhu", "operates", "h:hopkins"), ("u:hu", "operates", "h:charite"),
        ("u:jhu", "led_by", "p:daniels"), ("u:harvard", "led_by", "p:garber"), ("u:hu", "led_by", "p:blumenthal"),
        ("u:kcl", "led_by", "p:smith"),
    ]
    return _build(items, others, rels, T)


BUILDERS = {"lighthouses": lighthouses, "festivals": festivals, "stadiums": stadiums, "hospitals": hospitals}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@lighthouses
# (1) gapping after a comma: the second lighthouse with another's water, the water it faces, its own town
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Gulf of Riga.
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse Lake Superior.
Split Rock Lighthouse overlooks Lake Superior, Portland Head Light the Atlantic Ocean.
Split Rock Lighthouse overlooks Lake Superior, Fastnet Lighthouse the Atlantic Ocean.
Split Rock Lighthouse overlooks Lake Superior, Cape Hatteras Lighthouse Diamond Shoals.
Split Rock Lighthouse overlooks Lake Superior, Hook Lighthouse Casco Bay.
Split Rock Lighthouse overlooks Lake Superior, Eddystone Lighthouse the Celtic Sea.
Kõpu Lighthouse overlooks the Baltic Sea, Peggy's Point Lighthouse Casco Bay.
Kõpu Lighthouse overlooks the Baltic Sea, Tower of Hercules the English Channel.
Kõpu Lighthouse overlooks the Baltic Sea, the Tower of Hercules the Celtic Sea.
Kõpu Lighthouse faces the Gulf of Riga, Split Rock Lighthouse Lake Superior.
Kõpu Lighthouse overlooks the Baltic Sea, Cape Hatteras Lighthouse Diamond Shoals.
# (2) a semicolon, "and" with and without a comma, "but", "while", a sentence break
Split Rock Lighthouse overlooks Lake Superior; Kõpu Lighthouse the Gulf of Riga.
Split Rock Lighthouse overlooks Lake Superior and Kõpu Lighthouse the Gulf of Riga.
Split Rock Lighthouse overlooks Lake Superior, and Kõpu Lighthouse the Gulf of Riga.
Split Rock Lighthouse overlooks Lake Superior and Fastnet Lighthouse the Atlantic Ocean.
Cape Hatteras Lighthouse overlooks Pamlico Sound and Hook Lighthouse Casco Bay.
Split Rock Lighthouse overlooks Lake Superior, but Kõpu Lighthouse the Gulf of Riga.
Split Rock Lighthouse overlooks Lake Superior, while Kõpu Lighthouse the Gulf of Riga.
Split Rock Lighthouse overlooks Lake Superior. Kõpu Lighthouse the Gulf of Riga.
# (3) chains: the false link first, in the middle, last
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Gulf of Riga and Hook Lighthouse Waterford Harbour.
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea and Hook Lighthouse Casco Bay.
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea, Hook Lighthouse Casco Bay.
Cape Hatteras Lighthouse overlooks the Atlantic Ocean, Kõpu Lighthouse the Baltic Sea, Hook Lighthouse Waterford Harbour and Split Rock Lighthouse Casco Bay.
Cape Hatteras Lighthouse overlooks the Atlantic Ocean, Kõpu Lighthouse the Baltic Sea, and Split Rock Lighthouse is near Two Harbors, Hook Lighthouse Baltimore.
Cape Hatteras Lighthouse overlooks the Atlantic Ocean, Kõpu Lighthouse the Baltic Sea and the Gulf of Riga.
# (4) subjects of another type than the first subject (castles, TV towers)
Split Rock Lighthouse overlooks Lake Superior, Dunluce Castle the North Sea.
Split Rock Lighthouse overlooks Lake Superior, CN Tower Lake Superior.
Split Rock Lighthouse overlooks Lake Superior, the CN Tower the Baltic Sea.
Bamburgh Castle overlooks the North Sea, Eilean Donan the North Channel.
Bamburgh Castle overlooks the North Sea, Eilean Donan the North Sea.
CN Tower overlooks Lake Ontario, Berlin TV Tower Lake Ontario.
# (5) objects of another type than the first object (a town, a country, a square)
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse Kärdla.
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse Estonia.
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse Alexanderplatz.
Split Rock Lighthouse is near Two Harbors, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse is near Two Harbors, Kõpu Lighthouse Estonia.
Split Rock Lighthouse is located in Minnesota, Kõpu Lighthouse Kärdla.
Split Rock Lighthouse is located in Minnesota, Hook Lighthouse Spain.
Split Rock Lighthouse is near Two Harbors, Hook Lighthouse Baltimore.
Cape Hatteras Lighthouse overlooks Pamlico Sound and Buxton Diamond Shoals.
# (6) a negated first clause: the gapped clause is negated too (first clause true, gapped one false)
Split Rock Lighthouse does not overlook the Baltic Sea, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse doesn't overlook the Baltic Sea, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse never overlooked the Baltic Sea, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse is not run by the US Coast Guard, Portland Head Light the Town of Cape Elizabeth.
Split Rock Lighthouse isn't maintained by the Minnesota Historical Society, Kõpu Lighthouse the Estonian Maritime Administration.
Split Rock Lighthouse is not a castle, Dunluce Castle a castle.
# (7) two relations in the first clause: the gapped pair holds for neither verb (or not for the one its object's type asks for)
Portland Head Light faces the Atlantic Ocean and overlooks Casco Bay, Kõpu Lighthouse Lake Superior.
Split Rock Lighthouse was designed by Ralph Russell Tinkham and overlooks Lake Superior, Eddystone Lighthouse the Celtic Sea.
Split Rock Lighthouse overlooks Lake Superior and was designed by Ralph Russell Tinkham, Eddystone Lighthouse Dennis Stovall.
Split Rock Lighthouse was designed by Ralph Russell Tinkham and overlooks Lake Superior, Eddystone Lighthouse William Kavanagh.
Eddystone Lighthouse is built of granite and overlooks the English Channel, Split Rock Lighthouse limestone.
# (8) chained verbs: "is owned and run by X, B Y" says B is owned and run by Y
Split Rock Lighthouse is owned and run by the Minnesota Historical Society, Hook Lighthouse Hook Heritage.
Split Rock Lighthouse is owned and run by the Minnesota Historical Society, Tower of Hercules the Port Authority of A Coruña.
Split Rock Lighthouse is owned and run by the Minnesota Historical Society, Kõpu Lighthouse Hiiumaa Museums.
Split Rock Lighthouse is owned and run by the Minnesota Historical Society and Hook Lighthouse Hook Heritage.
Split Rock Lighthouse is run and owned by the Minnesota Historical Society, Hook Lighthouse the Commissioners of Irish Lights.
Fastnet Lighthouse is owned and maintained by the Commissioners of Irish Lights, Split Rock Lighthouse the US Coast Guard.
Fastnet Lighthouse is owned and maintained by the Commissioners of Irish Lights, Portland Head Light the US Coast Guard.
Fastnet Lighthouse is owned and maintained by the Commissioners of Irish Lights, Cape Hatteras Lighthouse the US Coast Guard.
Fastnet Lighthouse is maintained and owned by the Commissioners of Irish Lights, Split Rock Lighthouse the Minnesota Historical Society.
Portland Head Light is owned and run by the Town of Cape Elizabeth, Kõpu Lighthouse Hiiumaa Museums.
Hook Lighthouse overlooks and faces Waterford Harbour, Kõpu Lighthouse the Gulf of Riga.
Hook Lighthouse faces and overlooks Waterford Harbour, Kõpu Lighthouse the Baltic Sea.
Hook Lighthouse faces and overlooks Waterford Harbour, Split Rock Lighthouse Lake Superior.
Hook Lighthouse overlooks and faces Waterford Harbour, Portland Head Light the Atlantic Ocean.
# (9) a predicate noun with modifiers (material, year, place) before the relation: the gapped clause says them too
Split Rock Lighthouse is a brick tower that overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse is a brick tower that overlooks Lake Superior and Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse is a brick tower overlooking Lake Superior, Fastnet Lighthouse the Celtic Sea.
Split Rock Lighthouse is a brick tower which overlooks Lake Superior, Eddystone Lighthouse the English Channel.
Split Rock Lighthouse is a brick light that overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea.
Kõpu Lighthouse is a limestone tower that overlooks the Baltic Sea, Fastnet Lighthouse the Celtic Sea.
Split Rock Lighthouse is a 1910 tower that overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse is a 1910 lighthouse that overlooks Lake Superior, Hook Lighthouse Waterford Harbour.
Split Rock Lighthouse is a Minnesota lighthouse that overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse is a brick tower that is run by the Minnesota Historical Society, Kõpu Lighthouse Hiiumaa Museums.
Split Rock Lighthouse is a brick tower run by the Minnesota Historical Society, Tower of Hercules the Port Authority of A Coruña.
Split Rock Lighthouse is a brick tower designed by Ralph Russell Tinkham, Eddystone Lighthouse James Douglass.
CN Tower is a 1976 tower that overlooks Lake Ontario, Berlin TV Tower Alexanderplatz.
Split Rock Lighthouse is a brick tower, Kõpu Lighthouse a granite tower.
Split Rock Lighthouse is a tower overlooking Lake Superior, Dunluce Castle the North Channel.
# (10) passive and inverse first clauses
Lake Superior is overlooked by Split Rock Lighthouse, the Gulf of Riga Kõpu Lighthouse.
Lake Superior is overlooked by Split Rock Lighthouse, the Baltic Sea Hook Lighthouse.
Hiiumaa Museums runs Kõpu Lighthouse, the US Coast Guard Split Rock Lighthouse.
The Minnesota Historical Society runs Split Rock Lighthouse, the Estonian Maritime Administration Kõpu Lighthouse.
# (11) "run" as "maintain" and "look after", the noun "operator": the owner, the maintainer, the wrong item
Split Rock Lighthouse is maintained by the Minnesota Historical Society.
Kõpu Lighthouse is maintained by Hiiumaa Museums.
Hiiumaa Museums maintains Kõpu Lighthouse.
Tower of Hercules is maintained by the Port Authority of A Coruña.
The US Coast Guard runs Split Rock Lighthouse.
Split Rock Lighthouse is run by the US Coast Guard.
Kõpu Lighthouse is run by the Estonian Maritime Administration.
The Spanish state looks after Tower of Hercules.
The Estonian Maritime Administration runs Kõpu Lighthouse.
Split Rock Lighthouse is looked after by Two Harbors.
Split Rock Lighthouse looks after the Minnesota Historical Society.
The operator of Split Rock Lighthouse is the US Coast Guard.
Split Rock Lighthouse's operator is the US Coast Guard.
Split Rock Lighthouse overlooks Lake Superior. Its operator is the US Coast Guard.
Kõpu Lighthouse overlooks the Baltic Sea. Its operator is the Estonian Maritime Administration.
Tower of Hercules is near A Coruña. Its operator is the Spanish state.
Berlin TV Tower is located in Germany. Its operator is Canada Lands Company.
The operator of Dunluce Castle is the Armstrong family.
The operator of Kõpu Lighthouse is the Minnesota Historical Society.
Hook Heritage is the operator of Fastnet Lighthouse.
# (12) "looks out over / on / onto" where the graph says "faces" or "is near", or another water
Kõpu Lighthouse looks out over the Gulf of Riga.
Kõpu Lighthouse looks out on the Gulf of Riga.
Kõpu Lighthouse looks out onto the Gulf of Riga.
Portland Head Light looks out on the Atlantic Ocean.
Fastnet Lighthouse looks out onto the Atlantic Ocean.
Eilean Donan looks out onto the North Sea.
Cape Hatteras Lighthouse looks out over Diamond Shoals.
Split Rock Lighthouse looks out over Two Harbors.
Split Rock Lighthouse looks out on Minnesota.
Hook Lighthouse looks out over Fethard.
Split Rock Lighthouse looks out over the Baltic Sea.
Kõpu Lighthouse, which looks out on the Gulf of Riga, is near Kärdla.
Split Rock Lighthouse and Kõpu Lighthouse look out over Lake Superior.
Lake Superior is looked out over by Kõpu Lighthouse.
Split Rock Lighthouse looks out over Lake Superior, Kõpu Lighthouse the Gulf of Riga.
Fastnet Lighthouse looks out onto the Celtic Sea, Cape Hatteras Lighthouse Diamond Shoals.
Portland Head Light looks out onto Casco Bay, Fastnet Lighthouse the Atlantic Ocean.
Berlin TV Tower looks out over Lake Ontario.
Split Rock Lighthouse looks out for Lake Superior.
# (13) "tower" and "light" for castles and TV towers, with a wrong material or year, and "the light" as an anaphor
Dunluce Castle is a tower.
Bamburgh Castle is a granite tower.
Bamburgh Castle, a granite tower, overlooks the North Sea.
Dunluce Castle is a tower near Portrush.
Berlin TV Tower is a light.
Berlin TV Tower is a lighthouse.
CN Tower is a reinforced concrete light.
Eilean Donan is a light in Scotland.
Dunluce Castle is a light near Portrush.
The light CN Tower overlooks Lake Ontario.
The tower Dunluce Castle overlooks the North Channel.
The 1976 tower Split Rock Lighthouse overlooks Lake Superior.
Kõpu Lighthouse is a granite tower.
Split Rock Lighthouse is a limestone tower.
Hook Lighthouse is a limestone tower near Baltimore.
Fastnet Lighthouse is a granite tower that overlooks the Atlantic Ocean.
The lights Split Rock Lighthouse and CN Tower are near Two Harbors and Toronto.
Split Rock Lighthouse and Dunluce Castle are towers.
CN Tower is located in Canada. The light overlooks Lake Ontario.
Berlin TV Tower is located in Germany. The light overlooks Alexanderplatz.
Bamburgh Castle is near Seahouses; the light overlooks the North Sea.
Bamburgh Castle is located in England, and the light overlooks the North Sea.
Eilean Donan is near Dornie. The light is run by the Conchra Charitable Trust.
Dunluce Castle is located in Northern Ireland; the light is owned by the Northern Ireland Environment Agency.
CN Tower is near Toronto, and the light was designed by John Andrews.
Split Rock Lighthouse is near Two Harbors; the light is maintained by the Minnesota Historical Society.

# (14) a copula before the gap ("A is a B, C a D"); a name and an apposition that look like a gap; a longer name
Split Rock Lighthouse is a lighthouse, Dunluce Castle a lighthouse.
Split Rock Lighthouse is a lighthouse, CN Tower a lighthouse.
Split Rock Lighthouse is a tower, Bamburgh Castle a tower.
CN Tower is a tower, Eilean Donan a tower.
Split Rock Lighthouse is a brick light, Kõpu Lighthouse a brick light.
Split Rock Lighthouse overlooks Lake Superior, the Kõpu Lighthouse Gulf of Riga.
Kõpu Lighthouse overlooks the Baltic Sea, the Hook Lighthouse Waterford Harbour ferry.
Cape Hatteras Lighthouse overlooks the Atlantic Ocean and Hook Lighthouse Waterford Harbour Marina.
Split Rock Lighthouse overlooks Lake Superior, the Fastnet Lighthouse Atlantic Ocean.
Eddystone Lighthouse overlooks the English Channel, the Fastnet Lighthouse Celtic Sea rival.
# (15) "the light" meaning another lighthouse than the one named last, or no lighthouse at all
Kõpu Lighthouse overlooks the Baltic Sea; the light is run by the Estonian Maritime Administration.
Kõpu Lighthouse overlooks the Baltic Sea, and the light is run by the Minnesota Historical Society.
The light on Lake Superior is run by the US Coast Guard.
Portland Head Light is near Cape Elizabeth; the light is maintained by the Town of Cape Elizabeth.
Split Rock Lighthouse is a brick tower, and the light is owned by the US Coast Guard.

@festivals
# (16) chains of "awards"
Berlinale awards the Golden Bear, Cannes Film Festival the Palme d'Or and Venice Film Festival the Golden Bear.
Berlinale awards the Golden Bear, Cannes Film Festival the Palme d'Or, Venice Film Festival the Golden Lion and Sundance Film Festival the People's Choice Award.
Berlinale awards the Golden Bear and Cannes Film Festival the Golden Lion.
Berlinale awards the Golden Bear, Cannes Film Festival the Silver Bear.
Berlinale awards the Golden Bear, Cannes Film Festival the Palme d'Or and the Golden Lion.
Berlinale awards the Golden Bear and the Silver Bear, Cannes Film Festival the Golden Lion.
Berlinale awards the Golden Bear; Toronto International Film Festival the Grand Jury Prize.
Cannes Film Festival awards the Palme d'Or, Venice Film Festival the Grand Prix.
# (17) the former / the latter
Parasite and Whiplash are films; the former stars Song Kang-ho and the latter Emma Stone.
Parasite and Whiplash are films; the former stars Song Kang-ho, the latter Emma Stone.
Parasite and Whiplash are films; the former won the Palme d'Or and the latter the Golden Lion.
Parasite and Whiplash are films; the former stars Song Kang-ho and the latter the Golden Lion.
Parasite and Whiplash are films; the latter stars Miles Teller and the former Emma Stone.
Parasite and Whiplash are films; the former does not star Emma Stone and the latter Miles Teller.
Parasite and Whiplash are films; the former stars Song Kang-ho and the latter Miles Teller and Emma Stone.
Parasite and Whiplash are films; the first stars Song Kang-ho and the second Emma Stone.
Parasite, Whiplash and La La Land are films; the former stars Song Kang-ho and the latter Miles Teller.
# (18) films: another film's star, a director for a star, a prize another film won, a festival as subject
Parasite stars Song Kang-ho, Whiplash Emma Stone.
Parasite stars Song Kang-ho and Whiplash Emma Stone.
Parasite stars Song Kang-ho, and Whiplash Emma Stone.
Parasite stars Song Kang-ho, Whiplash Miles Teller and La La Land Sandra Hüller.
Parasite won the Palme d'Or, Whiplash the Golden Lion.
Parasite won the Palme d'Or, Cannes Film Festival the Grand Prix.
Parasite was directed by Bong Joon-ho, Whiplash Justine Triet.
Parasite was directed by Bong Joon-ho, Whiplash Miles Teller.
Parasite stars Song Kang-ho, Whiplash Damien Chazelle.
Emma Stone stars in Poor Things, Sandra Hüller Whiplash.
Cannes Film Festival premiered Parasite, Venice Film Festival Whiplash.
Cannes Film Festival premiered Parasite, Venice Film Festival the 2019 film Nomadland.
Cannes Film Festival is held in Cannes, Venice Film Festival Toronto.
Cannes Film Festival is held in Cannes, Berlinale Berlin and Sundance Film Festival Toronto.
Cannes Film Festival is run by the Association Française du Festival, Venice Film Festival the Italian Culture Ministry.
Cannes Film Festival is funded by the CNC, Venice Film Festival La Biennale di Venezia.
Parasite stars Song Kang-ho, the 2016 Whiplash Miles Teller.
Parasite stars Song Kang-ho, Whiplash the actor Emma Stone.
Whiplash shares a director with La La Land, Parasite Nomadland.
Parasite won the Palme d'Or, Whiplash, directed by Justine Triet, the Grand Jury Prize.
Parasite won the Palme d'Or, Whiplash the Grand Jury Prize, and the latter stars Emma Stone.
# (19) a copula before the gap; an apposition that looks like a gap
Parasite is a film, Berlinale a film.
Cannes Film Festival is a festival, Parasite a festival.
Cannes Film Festival awards the Palme d'Or, the Berlinale Golden Lion.
Venice Film Festival premiered La La Land, the Sundance Film Festival Whiplash's rival.
Cannes Film Festival premiered Parasite, the Venice Film Festival Golden Bear winner.
Whiplash was directed by Damien Chazelle, the La La Land director Bong Joon-ho.
# (20) a year: said before the clauses, after the gapped one
In 2019, Parasite won the Palme d'Or, Whiplash the Grand Jury Prize.
In 2019 Parasite won the Palme d'Or, Whiplash the Grand Jury Prize.
Parasite won the Palme d'Or, Whiplash the Grand Jury Prize in 2019.
Parasite won the Palme d'Or in 2019, and Whiplash the Grand Jury Prize.
# (21) chained verbs on festivals
Sundance Film Festival is funded and run by the Sundance Institute, Berlinale the Kulturveranstaltungen des Bundes.
Sundance Film Festival is run and funded by the Sundance Institute, Berlinale the German Culture Ministry.
Sundance Film Festival is run and funded by the Sundance Institute, Toronto International Film Festival Telefilm Canada.
Sundance Film Festival is run and funded by the Sundance Institute and Cannes Film Festival the CNC.
# (22) a predicate noun with a year or a maker before the relation
Parasite is a 2019 film that stars Song Kang-ho, Whiplash Miles Teller.
Parasite is a Bong Joon-ho film that stars Song Kang-ho, Whiplash Miles Teller.
Parasite is a Bong Joon-ho film starring Song Kang-ho, Whiplash Miles Teller.
Parasite is a film by Bong Joon-ho that stars Song Kang-ho, Whiplash Miles Teller.
Parasite is a 2019 film starring Song Kang-ho, Whiplash Miles Teller.
Parasite is a 2019 film directed by Bong Joon-ho, Whiplash Damien Chazelle.
Parasite is a 2019 film that won the Palme d'Or, Whiplash the Grand Jury Prize.
Anatomy of a Fall is a 2023 film starring Sandra Hüller, La La Land Emma Stone.
Cannes Film Festival is a 1946 festival that awards the Palme d'Or, Berlinale the Golden Bear.
# (23) a user's clause before the gap, a user's rating inside it
@festivals user:ana
You loved Parasite, Whiplash Green Book.
You rated Parasite five stars, Whiplash Green Book.
Ana rated Parasite 5 stars, Ben Nomadland.
Parasite stars Song Kang-ho, Poor Things, which you loved, Emma Stone.
Parasite stars Song Kang-ho, Poor Things Emma Stone, and you loved the latter.
Poor Things, which you loved, stars Emma Stone, Parasite Song Kang-ho.
Green Book, which you rated five stars, stars Viggo Mortensen, Parasite Song Kang-ho.
Parasite, which you rated 5, stars Song Kang-ho, Poor Things Miles Teller.
@festivals user:ben
You loved La La Land, Nomadland Frances McDormand.
Nomadland, which you loved, stars Frances McDormand, La La Land Emma Stone.
La La Land, which you loved, stars Emma Stone, Nomadland Song Kang-ho.

@stadiums
# (24) hosted, home to, located in, won by: another's final, team, city
Wembley Stadium hosted the 2011 Champions League Final, Camp Nou the 2012 Champions League Final.
Wembley Stadium hosted the 2011 Champions League Final and Camp Nou the 2012 Champions League Final.
Wembley Stadium hosted the 2011 Champions League Final, Camp Nou the 1999 Champions League Final and Allianz Arena the 1998 World Cup Final.
In 2011, Wembley Stadium hosted the 2011 Champions League Final, Camp Nou the 1999 Champions League Final.
Wembley Stadium hosted the 2011 Champions League Final in 2011, Camp Nou the 1999 Champions League Final.
Wembley Stadium hosted the 2011 Champions League Final, Camp Nou the 1999 Champions League Final in 2011.
Wembley Stadium is home to England, Lord's France.
Wembley Stadium is home to England and Lord's France.
Wembley Stadium is home to England, Lord's the Marylebone Cricket Club and Estadio Azteca FC Barcelona.
Wembley Stadium is located in London, Lord's Munich.
Wembley Stadium is located in London, Lord's Middlesex.
Wembley Stadium is located in London, Camp Nou Munich.
The 2011 Champions League Final was won by FC Barcelona, the 1999 Champions League Final Chelsea.
FC Barcelona won the 2011 Champions League Final, Chelsea the 1999 Champions League Final.
Wembley Stadium was designed by Norman Foster, Allianz Arena Michel Macary.
Wembley Stadium hosted the 2011 Champions League Final and was designed by Norman Foster, Allianz Arena the 1999 Champions League Final.
Wembley Stadium is owned by the Football Association, Allianz Arena Allianz Arena München Stadion GmbH.
Wembley Stadium is run by Wembley National Stadium Limited, Allianz Arena FC Bayern München AG.
Wembley Stadium is run by Wembley National Stadium Limited, Melbourne Cricket Ground the Melbourne Cricket Club.
Wembley Stadium is run by Wembley National Stadium Limited, Estadio Azteca Club América.
Wembley Stadium is maintained by Wembley National Stadium Limited, Allianz Arena FC Bayern München AG.
Wembley Stadium hosted the 2011 Champions League Final, Camp Nou the 1999 Champions League Final, which was won by FC Barcelona.
# (25) chained verbs: "is owned and managed by X, B Y"
Camp Nou is owned and managed by FC Barcelona, Estadio Azteca Club América.
Camp Nou is owned and managed by FC Barcelona, Melbourne Cricket Ground the Melbourne Cricket Club.
Lord's is owned and managed by the Marylebone Cricket Club, Melbourne Cricket Ground the Melbourne Cricket Club.
Lord's is owned and managed by the Marylebone Cricket Club, the Melbourne Cricket Ground the Melbourne Cricket Club.
Lord's is owned and managed by the Marylebone Cricket Club and Estadio Azteca Club América.
Lord's is owned and managed by the Marylebone Cricket Club, Camp Nou FC Barcelona and Estadio Azteca Club América.
Camp Nou is both owned and managed by FC Barcelona, Estadio Azteca Club América.
Camp Nou is managed and owned by FC Barcelona, Estadio Azteca Grupo Ollamani.
Camp Nou is owned and managed by FC Barcelona, Wembley Stadium the Football Association.
Wembley Stadium is owned and run by the Football Association, Stade de France the French state.
# (26) a predicate noun with a year, a city or an architect before the relation
Wembley Stadium is a 2007 stadium that hosted the 2011 Champions League Final, Camp Nou the 1999 Champions League Final.
Wembley Stadium is a London stadium that hosted the 2011 Champions League Final, Camp Nou the 1999 Champions League Final.
Wembley Stadium is a Norman Foster stadium that hosted the 2011 Champions League Final, Camp Nou the 1999 Champions League Final.
Wembley Stadium is a stadium in London that hosted the 2011 Champions League Final, Camp Nou the 1999 Champions League Final.
Allianz Arena is a 2005 stadium that is home to Bayern Munich, Camp Nou FC Barcelona.
Lord's is a London stadium that is home to Middlesex, Melbourne Cricket Ground the Melbourne Cricket Club.
# (27) "maintained by", "looks after", "operator" next to "is owned by" and "is managed by"
Wembley Stadium is maintained by the Football Association.
Melbourne Cricket Ground is maintained by the Victorian government.
Lord's is maintained by Middlesex.
The Victorian government looks after the Melbourne Cricket Ground.
Grupo Ollamani looks after Estadio Azteca.
The Football Association looks after Wembley Stadium.
Wembley Stadium looks after England.
Lord's looks after Middlesex.
Camp Nou looks after FC Barcelona.
The operator of Wembley Stadium is the Football Association.
The operator of Estadio Azteca is Grupo Ollamani.
Estadio Azteca is located in Mexico City. Its operator is Grupo Ollamani.
Stade de France hosted the 1998 World Cup Final. Its operator is the French state.
Stade de France, whose operator is the French state, hosted the 1998 World Cup Final.
Consortium Stade de France is the owner and operator of Stade de France.
Wembley Stadium is operated by the Football Association.
The 1998 World Cup Final was won by France. Its operator is Consortium Stade de France.
Lord's and the Melbourne Cricket Ground are looked after by the Marylebone Cricket Club.

# (28) a copula before the gap; an apposition that looks like a gap
Wembley Stadium is a stadium, the 2011 Champions League Final a stadium.
Wembley Stadium hosted the 2011 Champions League Final, the Camp Nou 2012 Champions League Final.
Wembley Stadium is home to England, the Lord's side France.
Lord's is managed by the Marylebone Cricket Club, the Melbourne Cricket Ground's owner Melbourne Cricket Club.

@hospitals
# (29) "run" as "maintain" and "look after" (an owner, a nurse, a patient, a founder), "operator" of the wrong item
St Thomas' Hospital is maintained by the NHS.
The NHS maintains Great Ormond Street Hospital.
Charité is maintained by the State of Berlin.
Mayo Clinic is looked after by the Mayo Foundation.
Guy's and St Thomas' Trust looks after Florence Nightingale.
St Thomas' Hospital looks after Florence Nightingale.
Florence Nightingale looks after St Thomas' Hospital.
Florence Nightingale maintains St Thomas' Hospital.
Florence Nightingale runs St Thomas' Hospital.
Florence Nightingale is the operator of St Thomas' Hospital.
Mary Seacole looks after St Thomas' Hospital.
Charles West looks after Great Ormond Street Hospital.
Catherine Wood looks after Great Ormond Street Hospital.
Great Ormond Street Hospital looks after Catherine Wood.
Johns Hopkins Health System looks after William Osler.
Johns Hopkins Health System looks after Johns Hopkins.
Ronald J. Daniels looks after Johns Hopkins University.
Johns Hopkins University is maintained by Ronald J. Daniels.
The operator of Charité is the State of Berlin.
The operator of Great Ormond Street Hospital is University College London.
The operator of Great Ormond Street Hospital is the NHS.
The operator of Johns Hopkins University is Ronald J. Daniels.
Johns Hopkins University is located in Baltimore. Its operator is Johns Hopkins Health System.
Johns Hopkins Hospital is located in Baltimore. Its operator is William Osler.
Harvard University is the operator of Massachusetts General Hospital.
Massachusetts General Hospital's operator is Harvard University.
Great Ormond Street Hospital is located in London. The operator is the NHS.
# (30) gapping: another's trust, owner, doctor, city; chained verbs; a predicate noun with a year or city
Great Ormond Street Hospital is run by the Great Ormond Street Hospital Trust, St Thomas' Hospital the NHS.
Great Ormond Street Hospital is run by the Great Ormond Street Hospital Trust, Charité Humboldt University.
Johns Hopkins Hospital is owned and run by Johns Hopkins Health System, Great Ormond Street Hospital the Great Ormond Street Hospital Trust.
Johns Hopkins Hospital is owned and run by Johns Hopkins Health System and Massachusetts General Hospital Mass General Brigham.
Johns Hopkins Hospital is owned and run by Johns Hopkins Health System, St Thomas' Hospital Guy's and St Thomas' Trust.
Johns Hopkins University is led by Ronald J. Daniels, University College London Shitij Kapur.
Johns Hopkins Hospital employs William Osler, Charité Harvey Cushing.
Johns Hopkins Hospital employs William Osler, Charité Florence Nightingale.
Johns Hopkins Hospital was founded by Johns Hopkins, Johns Hopkins University Ronald J. Daniels.
Johns Hopkins Hospital is located in Baltimore, Harvard University Boston.
Johns Hopkins Hospital is located in Baltimore, Massachusetts General Hospital Cambridge.
Johns Hopkins Hospital is a 1889 hospital that employs William Osler, Charité Rudolf Virchow.
Johns Hopkins Hospital is a Baltimore hospital that employs William Osler, Charité Rudolf Virchow.
Great Ormond Street Hospital is a London hospital run by the Great Ormond Street Hospital Trust, Massachusetts General Hospital Mass General Brigham.
"""

CONTROLS = r"""
@lighthouses
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse overlooks Lake Superior and Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse overlooks Lake Superior; Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea and Hook Lighthouse Waterford Harbour.
Cape Hatteras Lighthouse overlooks the Atlantic Ocean, the Tower of Hercules the Atlantic Ocean.
Kõpu Lighthouse faces the Gulf of Riga, Cape Hatteras Lighthouse Diamond Shoals.
Split Rock Lighthouse is run by the Minnesota Historical Society, Kõpu Lighthouse Hiiumaa Museums.
Split Rock Lighthouse is maintained by the US Coast Guard, Kõpu Lighthouse the Estonian Maritime Administration.
Split Rock Lighthouse was designed by Ralph Russell Tinkham and overlooks Lake Superior, Eddystone Lighthouse the English Channel.
Eddystone Lighthouse is owned and maintained by Trinity House, Kõpu Lighthouse the Estonian Maritime Administration.
Portland Head Light is owned and run by the Town of Cape Elizabeth, Cape Hatteras Lighthouse the National Park Service.
Split Rock Lighthouse, a brick tower, overlooks Lake Superior, Fastnet Lighthouse the Celtic Sea.
Split Rock Lighthouse is a tower that overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse looks out over Lake Superior.
Eilean Donan looks out onto Loch Duich.
Kõpu Lighthouse looks out on the Baltic Sea.
Split Rock Lighthouse looks out over Lake Superior, Kõpu Lighthouse the Baltic Sea.
Split Rock Lighthouse overlooks Lake Superior. Its operator is the Minnesota Historical Society.
The operator of Split Rock Lighthouse is the Minnesota Historical Society.
The Minnesota Historical Society looks after Split Rock Lighthouse.
Hiiumaa Museums looks after Kõpu Lighthouse.
Split Rock Lighthouse is a brick tower.
Eddystone Lighthouse is a granite tower.
Tower of Hercules is a granite light.
The 1910 tower Split Rock Lighthouse overlooks Lake Superior.
Split Rock Lighthouse is located in Minnesota. The tower overlooks Lake Superior.
Portland Head Light is near Cape Elizabeth, and the light overlooks Casco Bay.
Hook Lighthouse is a limestone tower near Fethard.
Fastnet Lighthouse is a granite tower that faces the Atlantic Ocean.
CN Tower is a reinforced concrete tower.
Kõpu Lighthouse is a limestone light.
@festivals
Berlinale awards the Golden Bear, Cannes Film Festival the Palme d'Or and Venice Film Festival the Golden Lion.
Parasite and Whiplash are films; the former stars Song Kang-ho and the latter Miles Teller.
Parasite stars Song Kang-ho, Whiplash Miles Teller.
Parasite won the Palme d'Or, Whiplash the Grand Jury Prize.
Parasite was directed by Bong Joon-ho, Whiplash Damien Chazelle.
Cannes Film Festival is held in Cannes, Venice Film Festival Venice.
Cannes Film Festival is run by the Association Française du Festival, Venice Film Festival La Biennale di Venezia.
Cannes Film Festival is funded by the CNC, Sundance Film Festival the Sundance Institute.
Parasite is a film that stars Song Kang-ho, Whiplash Miles Teller.
The 2019 film Parasite stars Song Kang-ho, Whiplash Miles Teller.
Parasite, directed by Bong Joon-ho, won the Palme d'Or, Whiplash the Grand Jury Prize.
@festivals user:ana
Parasite, which you loved, stars Song Kang-ho, Poor Things Emma Stone.
@festivals user:ben
La La Land, which you loved, stars Emma Stone, Nomadland Frances McDormand.
@stadiums
Wembley Stadium hosted the 2011 Champions League Final, Camp Nou the 1999 Champions League Final.
Camp Nou is owned and managed by FC Barcelona, Lord's the Marylebone Cricket Club.
Wembley Stadium is home to England, Lord's Middlesex.
Wembley Stadium is home to England and Lord's Middlesex.
The 2011 Champions League Final was won by FC Barcelona, the 2012 Champions League Final Chelsea and the 1998 World Cup Final France.
FC Barcelona won the 2011 Champions League Final, Chelsea the 2012 Champions League Final.
Wembley Stadium is run by Wembley National Stadium Limited, Melbourne Cricket Ground the MCG Trust.
Wembley Stadium is maintained by Wembley National Stadium Limited.
The MCG Trust looks after the Melbourne Cricket Ground.
The operator of Wembley Stadium is Wembley National Stadium Limited.
Consortium Stade de France is the operator of Stade de France.
Stade de France, whose operator is Consortium Stade de France, hosted the 1998 World Cup Final.
@hospitals
Guy's and St Thomas' Trust looks after St Thomas' Hospital.
St Thomas' Hospital is maintained by Guy's and St Thomas' Trust.
The operator of Great Ormond Street Hospital is the Great Ormond Street Hospital Trust.
Johns Hopkins Hospital is located in Baltimore. Its operator is Johns Hopkins Health System.
Mass General Brigham is the operator of Massachusetts General Hospital.
Great Ormond Street Hospital is run by the Great Ormond Street Hospital Trust, St Thomas' Hospital Guy's and St Thomas' Trust.
Johns Hopkins University is led by Ronald J. Daniels, Harvard University Alan Garber.
Johns Hopkins Hospital employs William Osler, Charité Rudolf Virchow.
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


# False, and accepted by the starting code of the round too (older readings, not this round's):
# a definite noun ("the lighthouse", "the castle") taken up as an anaphor of the last item
# whatever its type, and a gapped-looking "Whiplash the director X" read by an older construction.
# Printed apart as KNOWN.
KNOWN = frozenset(
    {
        "CN Tower is located in Canada. The lighthouse overlooks Lake Ontario.",
        "Split Rock Lighthouse is located in Minnesota. The castle overlooks Lake Superior.",
        "Parasite stars Song Kang-ho, Whiplash the director Damien Chazelle.",
    }
)

# Arguable: printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # two relations in the first clause: which verb the gapped clause leaves out is open (the
        # last one, read here, makes these true; the first one would make them false)
        "Portland Head Light overlooks Casco Bay and faces the Atlantic Ocean, Kõpu Lighthouse the Gulf of Riga.",
        "Portland Head Light faces the Atlantic Ocean and overlooks Casco Bay, Kõpu Lighthouse the Baltic Sea.",
        "Wembley Stadium is run by Wembley National Stadium Limited and owned by the Football Association, Stade de France the French state.",
        "Camp Nou is owned by FC Barcelona and managed by FC Barcelona, Estadio Azteca Club América.",
        # "also" on the first clause only, or on the gapped one too (Poor Things "also" stars Emma
        # Stone needs another film of the text with her)
        "Anatomy of a Fall stars Sandra Hüller. The Zone of Interest also stars Sandra Hüller, Poor Things Emma Stone.",
        # "looks after" said of the maintainer (not the body the graph says runs it): rejected, but
        # looking after a lighthouse is what its maintainer does
        "Split Rock Lighthouse is looked after by the US Coast Guard.",
        "The Commissioners of Irish Lights looks after Hook Lighthouse.",
        "The Estonian Maritime Administration looks after Kõpu Lighthouse.",
        # "operator" / "maintains" / "runs" of a body the graph says operates, owns and maintains, or leads
        "Peggy's Point Lighthouse is near Peggys Cove. Its operator is the Canadian Coast Guard.",
        "Humboldt University maintains Charité.",
        "Ronald J. Daniels runs Johns Hopkins University.",
        # "its" after a passive: the subject (Lake Superior) or the agent (the lighthouse)
        "Lake Superior is overlooked by Split Rock Lighthouse. Its operator is the Minnesota Historical Society.",
        # "the tower" / "its tower" of a castle: the castle's own tower (a part) or the castle as a tower
        "Bamburgh Castle is near Seahouses; the tower overlooks the North Sea.",
        "Bamburgh Castle is located in England. Its tower overlooks the North Sea.",
        "Dunluce Castle's tower overlooks the North Channel.",
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
    for key, text in _EXTRA:
        ok, reason = check(key, text)
        if text in OPEN and ok:
            print(f"OPEN (accepted) [{key}] {text}")
        elif text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


# OPEN and KNOWN texts not in TEXTS (checked and printed, never counted)
_EXTRA = [
    ("lighthouses", "Portland Head Light overlooks Casco Bay and faces the Atlantic Ocean, Kõpu Lighthouse the Gulf of Riga."),
    ("lighthouses", "Portland Head Light faces the Atlantic Ocean and overlooks Casco Bay, Kõpu Lighthouse the Baltic Sea."),
    ("stadiums", "Wembley Stadium is run by Wembley National Stadium Limited and owned by the Football Association, Stade de France the French state."),
    ("stadiums", "Camp Nou is owned by FC Barcelona and managed by FC Barcelona, Estadio Azteca Club América."),
    ("festivals", "Anatomy of a Fall stars Sandra Hüller. The Zone of Interest also stars Sandra Hüller, Poor Things Emma Stone."),
    ("lighthouses", "Split Rock Lighthouse is looked after by the US Coast Guard."),
    ("lighthouses", "The Commissioners of Irish Lights looks after Hook Lighthouse."),
    ("lighthouses", "The Estonian Maritime Administration looks after Kõpu Lighthouse."),
    ("lighthouses", "Peggy's Point Lighthouse is near Peggys Cove. Its operator is the Canadian Coast Guard."),
    ("hospitals", "Humboldt University maintains Charité."),
    ("hospitals", "Ronald J. Daniels runs Johns Hopkins University."),
    ("lighthouses", "Lake Superior is overlooked by Split Rock Lighthouse. Its operator is the Minnesota Historical Society."),
    ("lighthouses", "Bamburgh Castle is near Seahouses; the tower overlooks the North Sea."),
    ("lighthouses", "Bamburgh Castle is located in England. Its tower overlooks the North Sea."),
    ("lighthouses", "Dunluce Castle's tower overlooks the North Channel."),
    ("lighthouses", "CN Tower is located in Canada. The lighthouse overlooks Lake Ontario."),
    ("lighthouses", "Split Rock Lighthouse is located in Minnesota. The castle overlooks Lake Superior."),
    ("festivals", "Parasite stars Song Kang-ho, Whiplash the director Damien Chazelle."),
]


if __name__ == "__main__":
    main()
