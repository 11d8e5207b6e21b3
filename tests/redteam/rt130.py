"""Red team round 130 (the readings of the round's CHANGES.diff): a year then the item's place
("opened in 1950 in Rio de Janeiro"); a year of making after a predicate noun ("X is a private
research university founded in 1636"); "is in the <type>" also "in"; "was held at" also "took
place at", "was staged at"; a venue's "hosted" also "staged", "played host to", "was the venue
for"; what "is held in" a place was "first held in" its year; "designed" also "drew up the plans
for"; "founded" also "started"; "is the home ground of" also "the home of"; "flows into" also
"empties / drains / discharges into"; "stands on" also "lies along", "sits on". False texts only,
plus faithful controls."""

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


def stadiums():
    """Stadiums (items, the year they opened): the city each is located in ("is home to" it),
    the district each "is in the district" of, each city "is in the country"; events each hosted;
    sports each "is used for" (never said hosted); clubs each "is the home ground of"; owners;
    architects ("designed") and builders ("built", never designed)."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("stadium",), range=("city",)),
        R("in_district", phrase="is in the district", inverse_phrase="contains", domain=("stadium",),
          range=("district",)),
        R("in_country", phrase="is in the country", inverse_phrase="has the city", domain=("city",),
          range=("country",)),
        R("hosted", phrase="hosted", inverse_phrase="was hosted by", domain=("stadium",), range=("event",)),
        R("used_for", phrase="is used for", inverse_phrase="is played at", domain=("stadium",), range=("sport",)),
        R("home_ground", phrase="is the home ground of", inverse_phrase="plays its home games at",
          domain=("stadium",), range=("club",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("stadium",), range=("owner", "club")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("stadium",),
          range=("architect",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("stadium",), range=("company",)),
        R("club_city", phrase="is based in", inverse_phrase="is the base of", domain=("club",), range=("city",)),
        R("league", phrase="is in the league", inverse_phrase="has the club", domain=("club",), range=("league",)),
        R("home_team", phrase="has home team", inverse_phrase="was the home team in", domain=("event",),
          range=("club",)),
    ]
    items = {
        "s:maracana": ("stadium", "Maracanã Stadium", 1950), "s:wembley": ("stadium", "Wembley Stadium", 2007),
        "s:campnou": ("stadium", "Camp Nou", 1957), "s:allianz": ("stadium", "Allianz Arena", 2005),
        "s:azteca": ("stadium", "Estadio Azteca", 1966), "s:olympia": ("stadium", "Olympiastadion Berlin", 1936),
    }
    others = {
        "c:rio": ("city", "Rio de Janeiro"), "c:london": ("city", "London"), "c:bcn": ("city", "Barcelona"),
        "c:munich": ("city", "Munich"), "c:mexico": ("city", "Mexico City"), "c:berlin": ("city", "Berlin"),
        "c:saopaulo": ("city", "São Paulo"), "c:madrid": ("city", "Madrid"),
        "d:brent": ("district", "Brent"), "d:lescorts": ("district", "Les Corts"),
        "d:frottmaning": ("district", "Fröttmaning"), "d:coyoacan": ("district", "Coyoacán"),
        "d:westend": ("district", "Westend"),
        "n:brazil": ("country", "Brazil"), "n:uk": ("country", "United Kingdom"), "n:spain": ("country", "Spain"),
        "n:germany": ("country", "Germany"), "n:mexico": ("country", "Mexico"),
        "e:liveaid": ("event", "Live Aid"), "e:maracanazo": ("event", "the Maracanazo"),
        "e:century": ("event", "the Game of the Century"), "e:handofgod": ("event", "the Hand of God match"),
        "e:olympics": ("event", "the 1936 Summer Olympics"), "e:clfinal": ("event", "the 2012 Champions League Final"),
        "e:euro": ("event", "the Euro 2020 Final"), "e:popemass": ("event", "the Papal Mass of John Paul II"),
        "e:wcfinal": ("event", "the 1974 World Cup Final"),
        "t:athletics": ("sport", "athletics"), "t:rugby": ("sport", "rugby league"), "t:nfl": ("sport", "American football"),
        "k:flamengo": ("club", "Flamengo"), "k:fluminense": ("club", "Fluminense"), "k:barca": ("club", "FC Barcelona"),
        "k:bayern": ("club", "Bayern Munich"), "k:america": ("club", "Club América"), "k:hertha": ("club", "Hertha BSC"),
        "k:real": ("club", "Real Madrid"), "k:brazil": ("club", "Brazil national team"),
        "l:seriea": ("league", "Campeonato Brasileiro"), "l:laliga": ("league", "La Liga"),
        "l:bundesliga": ("league", "Bundesliga"), "l:ligamx": ("league", "Liga MX"),
        "o:fa": ("owner", "the Football Association"), "o:rio": ("owner", "the State of Rio de Janeiro"),
        "o:berlin": ("owner", "the State of Berlin"),
        "a:galvao": ("architect", "Rafael Galvão"), "a:foster": ("architect", "Norman Foster"),
        "a:mitjans": ("architect", "Francesc Mitjans"), "a:herzog": ("architect", "Jacques Herzog"),
        "a:vazquez": ("architect", "Pedro Ramírez Vázquez"), "a:march": ("architect", "Werner March"),
        "b:multiplex": ("company", "Multiplex"), "b:alpine": ("company", "Alpine Bau"),
    }
    T = [
        ("s:maracana", "located_in", "c:rio"), ("s:wembley", "located_in", "c:london"),
        ("s:campnou", "located_in", "c:bcn"), ("s:allianz", "located_in", "c:munich"),
        ("s:azteca", "located_in", "c:mexico"), ("s:olympia", "located_in", "c:berlin"),
        ("s:wembley", "in_district", "d:brent"), ("s:campnou", "in_district", "d:lescorts"),
        ("s:allianz", "in_district", "d:frottmaning"), ("s:azteca", "in_district", "d:coyoacan"),
        ("s:olympia", "in_district", "d:westend"),
        ("c:rio", "in_country", "n:brazil"), ("c:saopaulo", "in_country", "n:brazil"), ("c:london", "in_country", "n:uk"),
        ("c:bcn", "in_country", "n:spain"), ("c:madrid", "in_country", "n:spain"), ("c:munich", "in_country", "n:germany"),
        ("c:berlin", "in_country", "n:germany"), ("c:mexico", "in_country", "n:mexico"),
        ("s:wembley", "hosted", "e:liveaid"), ("s:wembley", "hosted", "e:euro"), ("s:maracana", "hosted", "e:maracanazo"),
        ("s:azteca", "hosted", "e:century"), ("s:azteca", "hosted", "e:handofgod"), ("s:olympia", "hosted", "e:olympics"),
        ("s:allianz", "hosted", "e:clfinal"), ("s:campnou", "hosted", "e:popemass"),
        ("s:wembley", "used_for", "t:rugby"), ("s:wembley", "used_for", "t:nfl"), ("s:olympia", "used_for", "t:athletics"),
        ("s:maracana", "home_ground", "k:flamengo"), ("s:maracana", "home_ground", "k:fluminense"),
        ("s:campnou", "home_ground", "k:barca"), ("s:allianz", "home_ground", "k:bayern"),
        ("s:azteca", "home_ground", "k:america"), ("s:olympia", "home_ground", "k:hertha"),
        ("s:wembley", "owned_by", "o:fa"), ("s:maracana", "owned_by", "o:rio"), ("s:olympia", "owned_by", "o:berlin"),
        ("s:campnou", "owned_by", "k:barca"), ("s:allianz", "owned_by", "k:bayern"),
        ("s:maracana", "designed_by", "a:galvao"), ("s:wembley", "designed_by", "a:foster"),
        ("s:campnou", "designed_by", "a:mitjans"), ("s:allianz", "designed_by", "a:herzog"),
        ("s:azteca", "designed_by", "a:vazquez"), ("s:olympia", "designed_by", "a:march"),
        ("s:wembley", "built_by", "b:multiplex"), ("s:allianz", "built_by", "b:alpine"),
        ("k:flamengo", "club_city", "c:rio"), ("k:fluminense", "club_city", "c:rio"), ("k:barca", "club_city", "c:bcn"),
        ("k:bayern", "club_city", "c:munich"), ("k:america", "club_city", "c:mexico"),
        ("k:hertha", "club_city", "c:berlin"), ("k:real", "club_city", "c:madrid"),
        ("k:flamengo", "league", "l:seriea"), ("k:fluminense", "league", "l:seriea"), ("k:barca", "league", "l:laliga"),
        ("k:real", "league", "l:laliga"), ("k:bayern", "league", "l:bundesliga"), ("k:hertha", "league", "l:bundesliga"),
        ("k:america", "league", "l:ligamx"),
        ("e:maracanazo", "home_team", "k:brazil"), ("e:clfinal", "home_team", "k:bayern"),
    ]
    return _build(items, others, rels, T)


def events():
    """Festivals, conferences and races (items, the year each was first held) that are "held in"
    a place; founders; organisers; sponsors ("funded" next to "founded"); headliners; winners;
    the town a race starts in (a "start" that is no founding)."""
    rels = [
        R("held_in", phrase="is held in", inverse_phrase="hosts", domain=("festival", "conference", "race"),
          range=("town", "country")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("festival", "conference", "race"),
          range=("person",)),
        R("organised_by", phrase="is organised by", inverse_phrase="organises",
          domain=("festival", "conference", "race"), range=("organisation",)),
        R("sponsored_by", phrase="is sponsored by", inverse_phrase="sponsors", domain=("festival", "race"),
          range=("company",)),
        R("headlined_by", phrase="was headlined by", inverse_phrase="headlined", domain=("festival",), range=("band",)),
        R("won_by", phrase="was won by", inverse_phrase="won", domain=("race",), range=("athlete",)),
        R("starts_in", phrase="starts in", inverse_phrase="is the start of", domain=("race",), range=("town",)),
        R("town_in", phrase="is a town in", inverse_phrase="has the town", domain=("town",), range=("country",)),
        R("in_band", phrase="is in the band", inverse_phrase="has the member", domain=("musician",), range=("band",)),
    ]
    items = {
        "f:glasto": ("festival", "Glastonbury Festival", 1970), "f:roskilde": ("festival", "Roskilde Festival", 1971),
        "f:cannes": ("festival", "Cannes Film Festival", 1946), "f:montreux": ("festival", "Montreux Jazz Festival", 1967),
        "f:fringe": ("festival", "Edinburgh Festival Fringe", 1947),
        "c:neurips": ("conference", "NeurIPS", 1987), "c:wef": ("conference", "World Economic Forum", 1971),
        "c:websummit": ("conference", "Web Summit", 2009), "c:ces": ("conference", "CES", 1967),
        "r:tdf": ("race", "Tour de France", 1903), "r:giro": ("race", "Giro d'Italia", 1909),
        "r:boston": ("race", "Boston Marathon", 1897), "r:london": ("race", "London Marathon", 1981),
        "r:lemans": ("race", "24 Hours of Le Mans", 1923),
    }
    others = {
        "t:pilton": ("town", "Pilton"), "t:roskilde": ("town", "Roskilde"), "t:cannes": ("town", "Cannes"),
        "t:montreux": ("town", "Montreux"), "t:edinburgh": ("town", "Edinburgh"), "t:davos": ("town", "Davos"),
        "t:lisbon": ("town", "Lisbon"), "t:lasvegas": ("town", "Las Vegas"), "t:hopkinton": ("town", "Hopkinton"),
        "t:boston": ("town", "Boston"), "t:london": ("town", "London"), "t:lemans": ("town", "Le Mans"),
        "t:vancouver": ("town", "Vancouver"), "t:greenwich": ("town", "Greenwich"),
        "n:france": ("country", "France"), "n:italy": ("country", "Italy"), "n:uk": ("country", "United Kingdom"),
        "n:denmark": ("country", "Denmark"), "n:switzerland": ("country", "Switzerland"),
        "n:portugal": ("country", "Portugal"), "n:usa": ("country", "United States"), "n:canada": ("country", "Canada"),
        "p:eavis": ("person", "Michael Eavis"), "p:nobs": ("person", "Claude Nobs"), "p:schwab": ("person", "Klaus Schwab"),
        "p:cosgrave": ("person", "Paddy Cosgrave"), "p:posner": ("person", "Ed Posner"),
        "p:desgrange": ("person", "Henri Desgrange"), "p:brasher": ("person", "Chris Brasher"),
        "p:faroux": ("person", "Charles Faroux"), "p:cougnet": ("person", "Armando Cougnet"),
        "p:zay": ("person", "Jean Zay"),
        "o:aso": ("organisation", "Amaury Sport Organisation"), "o:rcs": ("organisation", "RCS Sport"),
        "o:baa": ("organisation", "Boston Athletic Association"), "o:aco": ("organisation", "Automobile Club de l'Ouest"),
        "o:cta": ("organisation", "Consumer Technology Association"), "o:neurips": ("organisation", "NeurIPS Foundation"),
        "o:festival": ("organisation", "Glastonbury Festivals Ltd"),
        "m:skoda": ("company", "Skoda"), "m:tcs": ("company", "Tata Consultancy Services"),
        "m:bankamerica": ("company", "Bank of America"), "m:orange": ("company", "Orange"),
        "m:tuborg": ("company", "Tuborg"),
        "b:radiohead": ("band", "Radiohead"), "b:stones": ("band", "The Rolling Stones"),
        "b:coldplay": ("band", "Coldplay"), "b:bowie": ("band", "David Bowie"),
        "q:yorke": ("musician", "Thom Yorke"), "q:jagger": ("musician", "Mick Jagger"),
        "q:martin": ("musician", "Chris Martin"), "q:greenwood": ("musician", "Jonny Greenwood"),
        "a:merckx": ("athlete", "Eddy Merckx"), "a:coppi": ("athlete", "Fausto Coppi"),
        "a:kipchoge": ("athlete", "Eliud Kipchoge"), "a:kristensen": ("athlete", "Tom Kristensen"),
    }
    T = [
        ("f:glasto", "held_in", "t:pilton"), ("f:roskilde", "held_in", "t:roskilde"), ("f:cannes", "held_in", "t:cannes"),
        ("f:montreux", "held_in", "t:montreux"), ("f:fringe", "held_in", "t:edinburgh"),
        ("c:neurips", "held_in", "t:vancouver"), ("c:wef", "held_in", "t:davos"), ("c:websummit", "held_in", "t:lisbon"),
        ("c:ces", "held_in", "t:lasvegas"), ("r:tdf", "held_in", "n:france"), ("r:giro", "held_in", "n:italy"),
        ("r:boston", "held_in", "t:boston"), ("r:london", "held_in", "t:london"), ("r:lemans", "held_in", "t:lemans"),
        ("f:glasto", "founded_by", "p:eavis"), ("f:montreux", "founded_by", "p:nobs"), ("c:wef", "founded_by", "p:schwab"),
        ("c:websummit", "founded_by", "p:cosgrave"), ("c:neurips", "founded_by", "p:posner"),
        ("r:tdf", "founded_by", "p:desgrange"), ("r:london", "founded_by", "p:brasher"),
        ("r:lemans", "founded_by", "p:faroux"), ("f:cannes", "founded_by", "p:zay"),
        ("r:tdf", "organised_by", "o:aso"), ("r:giro", "organised_by", "o:rcs"), ("r:boston", "organised_by", "o:baa"),
        ("r:lemans", "organised_by", "o:aco"), ("c:ces", "organised_by", "o:cta"), ("c:neurips", "organised_by", "o:neurips"),
        ("f:glasto", "organised_by", "o:festival"),
        ("r:tdf", "sponsored_by", "m:skoda"), ("r:london", "sponsored_by", "m:tcs"),
        ("r:boston", "sponsored_by", "m:bankamerica"), ("f:roskilde", "sponsored_by", "m:tuborg"),
        ("f:glasto", "sponsored_by", "m:orange"),
        ("f:glasto", "headlined_by", "b:radiohead"), ("f:glasto", "headlined_by", "b:bowie"),
        ("f:roskilde", "headlined_by", "b:stones"), ("f:roskilde", "headlined_by", "b:coldplay"),
        ("f:montreux", "headlined_by", "b:bowie"),
        ("r:tdf", "won_by", "a:merckx"), ("r:giro", "won_by", "a:merckx"), ("r:giro", "won_by", "a:coppi"),
        ("r:london", "won_by", "a:kipchoge"), ("r:lemans", "won_by", "a:kristensen"),
        ("r:boston", "starts_in", "t:hopkinton"), ("r:london", "starts_in", "t:greenwich"),
        ("t:pilton", "town_in", "n:uk"), ("t:roskilde", "town_in", "n:denmark"), ("t:cannes", "town_in", "n:france"),
        ("t:montreux", "town_in", "n:switzerland"), ("t:edinburgh", "town_in", "n:uk"),
        ("t:davos", "town_in", "n:switzerland"), ("t:lisbon", "town_in", "n:portugal"),
        ("t:lasvegas", "town_in", "n:usa"), ("t:boston", "town_in", "n:usa"), ("t:hopkinton", "town_in", "n:usa"),
        ("t:london", "town_in", "n:uk"), ("t:lemans", "town_in", "n:france"), ("t:vancouver", "town_in", "n:canada"),
        ("t:greenwich", "town_in", "n:uk"),
        ("q:yorke", "in_band", "b:radiohead"), ("q:greenwood", "in_band", "b:radiohead"),
        ("q:jagger", "in_band", "b:stones"), ("q:martin", "in_band", "b:coldplay"),
    ]
    return _build(items, others, rels, T)


def universities():
    """Universities and companies (items, the year each was founded): the country each "is in
    the country", the city each is located in, each city "is in the region"; founders,
    benefactors (funded, not founded), alumni, presidents / chief executives (led, not founded),
    employees who "joined" (started working at) a company."""
    rels = [
        R("in_country", phrase="is in the country", inverse_phrase="has the university",
          domain=("university", "company"), range=("country",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("university", "company"),
          range=("city",)),
        R("in_region", phrase="is in the region", inverse_phrase="has the city", domain=("city",), range=("region",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("university", "company"),
          range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("university",), range=("person",)),
        R("alumnus", phrase="has as an alumnus", inverse_phrase="is an alumnus of", domain=("university",),
          range=("person",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("university", "company"), range=("person",)),
        R("joined", phrase="joined", inverse_phrase="was joined by", domain=("person",), range=("company",)),
        R("office_in", phrase="has an office in", inverse_phrase="hosts an office of", domain=("company",),
          range=("city",)),
    ]
    items = {
        "u:tokyo": ("university", "University of Tokyo", 1877), "u:kyoto": ("university", "Kyoto University", 1897),
        "u:keio": ("university", "Keio University", 1858), "u:waseda": ("university", "Waseda University", 1882),
        "u:snu": ("university", "Seoul National University", 1946), "u:peking": ("university", "Peking University", 1898),
        "u:harvard": ("university", "Harvard University", 1636), "u:mit": ("university", "MIT", 1861),
        "c:sony": ("company", "Sony", 1946), "c:nintendo": ("company", "Nintendo", 1889),
        "c:samsung": ("company", "Samsung", 1938),
    }
    others = {
        "n:japan": ("country", "Japan"), "n:korea": ("country", "South Korea"), "n:china": ("country", "China"),
        "n:usa": ("country", "United States"),
        "x:tokyo": ("city", "Tokyo"), "x:kyoto": ("city", "Kyoto"), "x:seoul": ("city", "Seoul"),
        "x:beijing": ("city", "Beijing"), "x:cambridge": ("city", "Cambridge"), "x:suwon": ("city", "Suwon"),
        "x:redmond": ("city", "Redmond"), "x:london": ("city", "London"), "x:austin": ("city", "Austin"),
        "g:kanto": ("region", "Kanto"), "g:kansai": ("region", "Kansai"), "g:gyeonggi": ("region", "Gyeonggi"),
        "g:mass": ("region", "Massachusetts"), "g:seoulcap": ("region", "Seoul Capital Area"),
        "p:fukuzawa": ("person", "Fukuzawa Yukichi"), "p:okuma": ("person", "Okuma Shigenobu"),
        "p:rogers": ("person", "William Barton Rogers"), "p:jharvard": ("person", "John Harvard"),
        "p:ibuka": ("person", "Masaru Ibuka"), "p:morita": ("person", "Akio Morita"),
        "p:yamauchi": ("person", "Fusajiro Yamauchi"), "p:lee": ("person", "Lee Byung-chul"),
        "p:murakami": ("person", "Haruki Murakami"), "p:mishima": ("person", "Yukio Mishima"),
        "p:yukawa": ("person", "Hideki Yukawa"), "p:ban": ("person", "Ban Ki-moon"),
        "p:obama": ("person", "Barack Obama"), "p:li": ("person", "Li Keqiang"),
        "p:gay": ("person", "Claudine Gay"), "p:furukawa": ("person", "Shuntaro Furukawa"),
        "p:yoshida": ("person", "Kenichiro Yoshida"), "p:miyamoto": ("person", "Shigeru Miyamoto"),
        "p:kutaragi": ("person", "Ken Kutaragi"), "p:kornbluth": ("person", "Sally Kornbluth"),
    }
    T = [
        ("u:tokyo", "in_country", "n:japan"), ("u:kyoto", "in_country", "n:japan"), ("u:keio", "in_country", "n:japan"),
        ("u:waseda", "in_country", "n:japan"), ("u:snu", "in_country", "n:korea"), ("u:peking", "in_country", "n:china"),
        ("u:harvard", "in_country", "n:usa"), ("u:mit", "in_country", "n:usa"), ("c:sony", "in_country", "n:japan"),
        ("c:nintendo", "in_country", "n:japan"), ("c:samsung", "in_country", "n:korea"),
        ("u:tokyo", "located_in", "x:tokyo"), ("u:kyoto", "located_in", "x:kyoto"), ("u:keio", "located_in", "x:tokyo"),
        ("u:waseda", "located_in", "x:tokyo"), ("u:snu", "located_in", "x:seoul"), ("u:peking", "located_in", "x:beijing"),
        ("u:harvard", "located_in", "x:cambridge"), ("u:mit", "located_in", "x:cambridge"),
        ("c:sony", "located_in", "x:tokyo"), ("c:nintendo", "located_in", "x:kyoto"), ("c:samsung", "located_in", "x:suwon"),
        ("x:tokyo", "in_region", "g:kanto"), ("x:kyoto", "in_region", "g:kansai"), ("x:suwon", "in_region", "g:gyeonggi"),
        ("x:cambridge", "in_region", "g:mass"), ("x:seoul", "in_region", "g:seoulcap"),
        ("u:keio", "founded_by", "p:fukuzawa"), ("u:waseda", "founded_by", "p:okuma"), ("u:mit", "founded_by", "p:rogers"),
        ("c:sony", "founded_by", "p:ibuka"), ("c:sony", "founded_by", "p:morita"),
        ("c:nintendo", "founded_by", "p:yamauchi"), ("c:samsung", "founded_by", "p:lee"),
        ("u:harvard", "funded_by", "p:jharvard"),
        ("u:waseda", "alumnus", "p:murakami"), ("u:tokyo", "alumnus", "p:mishima"), ("u:kyoto", "alumnus", "p:yukawa"),
        ("u:snu", "alumnus", "p:ban"), ("u:harvard", "alumnus", "p:obama"), ("u:peking", "alumnus", "p:li"),
        ("u:harvard", "led_by", "p:gay"), ("u:mit", "led_by", "p:kornbluth"), ("c:nintendo", "led_by", "p:furukawa"),
        ("c:sony", "led_by", "p:yoshida"),
        ("p:miyamoto", "joined", "c:nintendo"), ("p:kutaragi", "joined", "c:sony"), ("p:furukawa", "joined", "c:nintendo"),
        ("c:nintendo", "office_in", "x:redmond"), ("c:sony", "office_in", "x:london"), ("c:samsung", "office_in", "x:austin"),
    ]
    return _build(items, others, rels, T)


def rivers():
    """Rivers (items, no year): what each "flows into" (a sea, or another river); the region each
    "drains" (a basin: no "drains into"); the range each "rises in"; the cities each "flows
    through"; towns (items, no year) and castles (items, the year each was built) that "stand on" a
    river; bridges (the year each opened) that "cross" a river."""
    rels = [
        R("flows_into", phrase="flows into", inverse_phrase="receives", domain=("river",), range=("sea", "river")),
        R("drains", phrase="drains", inverse_phrase="is drained by", domain=("river",), range=("region",)),
        R("rises_in", phrase="rises in", inverse_phrase="is the source of", domain=("river",), range=("range",)),
        R("flows_through", phrase="flows through", inverse_phrase="is crossed by", domain=("river",), range=("city",)),
        R("stands_on", phrase="stands on", inverse_phrase="flows past", domain=("town", "castle"), range=("river",)),
        R("crosses", phrase="crosses", inverse_phrase="is crossed by", domain=("bridge",), range=("river",)),
        R("bridge_in", phrase="is located in", inverse_phrase="is home to", domain=("bridge",), range=("city",)),
    ]
    items = {
        "v:rhine": ("river", "Rhine", None), "v:danube": ("river", "Danube", None), "v:elbe": ("river", "Elbe", None),
        "v:thames": ("river", "Thames", None), "v:seine": ("river", "Seine", None), "v:moselle": ("river", "Moselle", None),
        "v:main": ("river", "Main", None), "v:loire": ("river", "Loire", None), "v:po": ("river", "Po", None),
        "v:inn": ("river", "Inn", None),
        "t:koblenz": ("town", "Koblenz", None), "t:orleans": ("town", "Orléans", None),
        "t:passau": ("town", "Passau", None), "t:turin": ("town", "Turin", None),
        "t:dresden": ("town", "Dresden", None), "t:frankfurt": ("town", "Frankfurt", None),
        "k:marksburg": ("castle", "Marksburg", 1117), "k:cochem": ("castle", "Reichsburg Cochem", 1130),
        "k:chaumont": ("castle", "Château de Chaumont", 1465), "k:windsor": ("castle", "Windsor Castle", 1070),
        "b:tower": ("bridge", "Tower Bridge", 1894), "b:neuf": ("bridge", "Pont Neuf", 1607),
        "b:chain": ("bridge", "Széchenyi Chain Bridge", 1849),
    }
    others = {
        "s:north": ("sea", "North Sea"), "s:black": ("sea", "Black Sea"), "s:channel": ("sea", "English Channel"),
        "s:atlantic": ("sea", "Atlantic Ocean"), "s:adriatic": ("sea", "Adriatic Sea"), "s:baltic": ("sea", "Baltic Sea"),
        "g:bohemia": ("region", "Bohemia"), "g:swabia": ("region", "Swabia"), "g:burgundy": ("region", "Burgundy"),
        "g:piedmont": ("region", "Piedmont"), "g:tyrol": ("region", "Tyrol"),
        "m:alps": ("range", "Swiss Alps"), "m:blackforest": ("range", "Black Forest"),
        "m:krkonose": ("range", "Krkonoše"), "m:cotswolds": ("range", "Cotswolds"), "m:vosges": ("range", "Vosges"),
        "m:massif": ("range", "Massif Central"), "m:cottian": ("range", "Cottian Alps"),
        "c:cologne": ("city", "Cologne"), "c:basel": ("city", "Basel"), "c:vienna": ("city", "Vienna"),
        "c:budapest": ("city", "Budapest"), "c:london": ("city", "London"), "c:oxford": ("city", "Oxford"),
        "c:paris": ("city", "Paris"), "c:hamburg": ("city", "Hamburg"), "c:innsbruck": ("city", "Innsbruck"),
    }
    T = [
        ("v:rhine", "flows_into", "s:north"), ("v:danube", "flows_into", "s:black"), ("v:elbe", "flows_into", "s:north"),
        ("v:thames", "flows_into", "s:north"), ("v:seine", "flows_into", "s:channel"),
        ("v:moselle", "flows_into", "v:rhine"), ("v:main", "flows_into", "v:rhine"), ("v:loire", "flows_into", "s:atlantic"),
        ("v:po", "flows_into", "s:adriatic"), ("v:inn", "flows_into", "v:danube"),
        ("v:elbe", "drains", "g:bohemia"), ("v:danube", "drains", "g:swabia"), ("v:seine", "drains", "g:burgundy"),
        ("v:po", "drains", "g:piedmont"), ("v:inn", "drains", "g:tyrol"),
        ("v:rhine", "rises_in", "m:alps"), ("v:danube", "rises_in", "m:blackforest"), ("v:elbe", "rises_in", "m:krkonose"),
        ("v:thames", "rises_in", "m:cotswolds"), ("v:moselle", "rises_in", "m:vosges"),
        ("v:loire", "rises_in", "m:massif"), ("v:po", "rises_in", "m:cottian"),
        ("v:rhine", "flows_through", "c:cologne"), ("v:rhine", "flows_through", "c:basel"),
        ("v:danube", "flows_through", "c:vienna"), ("v:danube", "flows_through", "c:budapest"),
        ("v:thames", "flows_through", "c:london"), ("v:thames", "flows_through", "c:oxford"),
        ("v:seine", "flows_through", "c:paris"), ("v:elbe", "flows_through", "c:hamburg"),
        ("v:inn", "flows_through", "c:innsbruck"),
        ("t:koblenz", "stands_on", "v:rhine"), ("t:koblenz", "stands_on", "v:moselle"), ("t:orleans", "stands_on", "v:loire"),
        ("t:passau", "stands_on", "v:danube"), ("t:passau", "stands_on", "v:inn"), ("t:turin", "stands_on", "v:po"),
        ("t:dresden", "stands_on", "v:elbe"), ("t:frankfurt", "stands_on", "v:main"),
        ("k:marksburg", "stands_on", "v:rhine"), ("k:cochem", "stands_on", "v:moselle"),
        ("k:chaumont", "stands_on", "v:loire"), ("k:windsor", "stands_on", "v:thames"),
        ("b:tower", "crosses", "v:thames"), ("b:neuf", "crosses", "v:seine"), ("b:chain", "crosses", "v:danube"),
        ("b:tower", "bridge_in", "c:london"), ("b:neuf", "bridge_in", "c:paris"), ("b:chain", "bridge_in", "c:budapest"),
    ]
    return _build(items, others, rels, T)


def castles():
    """Castles and palaces (items, the year each was built) and the families each "is held by"
    (owned: no castle is "held" as an event is); manuscripts and paintings (items, the year each
    was made) that "are held in" a library or a museum (kept there, not staged); the rock or hill
    each castle stands on; the region each "is in the region" of, each region "is in the
    country"; builders, architects (designed), restorers (neither)."""
    rels = [
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=("castle",), range=("family",)),
        R("kept_in", phrase="is held in", inverse_phrase="keeps", domain=("manuscript", "painting"),
          range=("library", "museum")),
        R("stands_on", phrase="stands on", inverse_phrase="is crowned by", domain=("castle",), range=("hill",)),
        R("in_region", phrase="is in the region", inverse_phrase="has the castle", domain=("castle",),
          range=("region",)),
        R("in_country", phrase="is in the country", inverse_phrase="has the region", domain=("region",),
          range=("country",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("castle",), range=("person",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("castle",), range=("person",)),
        R("restored_by", phrase="was restored by", inverse_phrase="restored", domain=("castle",), range=("person",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("person",)),
        R("drawn_by", phrase="was drawn by", inverse_phrase="drew", domain=("castle",), range=("person",)),
        R("appears_in", phrase="appears in", inverse_phrase="features", domain=("castle",), range=("film",)),
    ]
    items = {
        "k:edinburgh": ("castle", "Edinburgh Castle", 1103), "k:neuschwanstein": ("castle", "Neuschwanstein Castle", 1869),
        "k:hohenzollern": ("castle", "Hohenzollern Castle", 1867), "k:bran": ("castle", "Bran Castle", 1388),
        "k:alnwick": ("castle", "Alnwick Castle", 1096), "k:glamis": ("castle", "Glamis Castle", 1372),
        "k:pierrefonds": ("castle", "Château de Pierrefonds", 1396),
        "w:kells": ("manuscript", "Book of Kells", 800), "w:lindisfarne": ("manuscript", "Lindisfarne Gospels", 715),
        "w:nightwatch": ("painting", "The Night Watch", 1642), "w:guernica": ("painting", "Guernica", 1937),
    }
    others = {
        "f:percy": ("family", "the Percy family"), "f:hohenzollern": ("family", "the House of Hohenzollern"),
        "f:habsburg": ("family", "the Habsburg family"), "f:lyon": ("family", "the Bowes-Lyon family"),
        "f:crown": ("family", "the Crown"),
        "l:trinity": ("library", "Trinity College Library"), "l:british": ("library", "British Library"),
        "l:rijks": ("museum", "Rijksmuseum"), "l:reina": ("museum", "Museo Reina Sofia"),
        "h:castlerock": ("hill", "Castle Rock"), "h:hohenzollern": ("hill", "Mount Hohenzollern"),
        "h:dietrich": ("hill", "Dietrich's Rock"), "h:pollat": ("hill", "the Pollat Gorge"),
        "r:lothian": ("region", "Lothian"), "r:bavaria": ("region", "Bavaria"), "r:bw": ("region", "Baden-Wurttemberg"),
        "r:transylvania": ("region", "Transylvania"), "r:northumberland": ("region", "Northumberland"),
        "r:angus": ("region", "Angus"), "r:picardy": ("region", "Picardy"),
        "n:scotland": ("country", "Scotland"), "n:germany": ("country", "Germany"), "n:romania": ("country", "Romania"),
        "n:england": ("country", "England"), "n:france": ("country", "France"),
        "p:ludwig": ("person", "Ludwig II"), "p:fwiv": ("person", "Frederick William IV"),
        "p:david": ("person", "David I"), "p:riedel": ("person", "Eduard Riedel"), "p:stuler": ("person", "Friedrich August Stuler"),
        "p:salvin": ("person", "Anthony Salvin"), "p:violletleduc": ("person", "Eugene Viollet-le-Duc"),
        "p:louis": ("person", "Louis of Orleans"), "p:devesci": ("person", "Yvo de Vesci"),
        "p:rembrandt": ("person", "Rembrandt"),
        "p:jank": ("person", "Christian Jank"), "p:turner": ("person", "J. M. W. Turner"),
        "m:potter": ("film", "Harry Potter and the Philosopher's Stone"), "m:macbeth": ("film", "Macbeth"),
        "m:dracula": ("film", "Dracula Untold"), "p:picasso": ("person", "Pablo Picasso"),
    }
    T = [
        ("k:alnwick", "held_by", "f:percy"), ("k:hohenzollern", "held_by", "f:hohenzollern"),
        ("k:bran", "held_by", "f:habsburg"), ("k:glamis", "held_by", "f:lyon"), ("k:edinburgh", "held_by", "f:crown"),
        ("w:kells", "kept_in", "l:trinity"), ("w:lindisfarne", "kept_in", "l:british"),
        ("w:nightwatch", "kept_in", "l:rijks"), ("w:guernica", "kept_in", "l:reina"),
        ("k:edinburgh", "stands_on", "h:castlerock"), ("k:hohenzollern", "stands_on", "h:hohenzollern"),
        ("k:bran", "stands_on", "h:dietrich"), ("k:neuschwanstein", "stands_on", "h:pollat"),
        ("k:edinburgh", "in_region", "r:lothian"), ("k:neuschwanstein", "in_region", "r:bavaria"),
        ("k:hohenzollern", "in_region", "r:bw"), ("k:bran", "in_region", "r:transylvania"),
        ("k:alnwick", "in_region", "r:northumberland"), ("k:glamis", "in_region", "r:angus"),
        ("k:pierrefonds", "in_region", "r:picardy"),
        ("r:lothian", "in_country", "n:scotland"), ("r:angus", "in_country", "n:scotland"),
        ("r:bavaria", "in_country", "n:germany"), ("r:bw", "in_country", "n:germany"),
        ("r:transylvania", "in_country", "n:romania"), ("r:northumberland", "in_country", "n:england"),
        ("r:picardy", "in_country", "n:france"),
        ("k:neuschwanstein", "built_by", "p:ludwig"), ("k:hohenzollern", "built_by", "p:fwiv"),
        ("k:edinburgh", "built_by", "p:david"), ("k:alnwick", "built_by", "p:devesci"),
        ("k:pierrefonds", "built_by", "p:louis"),
        ("k:neuschwanstein", "designed_by", "p:riedel"), ("k:hohenzollern", "designed_by", "p:stuler"),
        ("k:alnwick", "restored_by", "p:salvin"), ("k:pierrefonds", "restored_by", "p:violletleduc"),
        ("w:nightwatch", "painted_by", "p:rembrandt"), ("w:guernica", "painted_by", "p:picasso"),
        ("k:neuschwanstein", "drawn_by", "p:jank"), ("k:alnwick", "drawn_by", "p:turner"),
        ("k:alnwick", "appears_in", "m:potter"), ("k:glamis", "appears_in", "m:macbeth"), ("k:bran", "appears_in", "m:dracula"),
    ]
    return _build(items, others, rels, T)


def shows():
    """TV shows (items, the year each premiered) a person "hosted" (a person, not a venue:
    nothing here is staged or a venue for a show); studios each show "is recorded at"; networks;
    creators (started it); award ceremonies (items, their year) each "was held at" a theatre and
    "was hosted by" a comedian; theatres (no ceremony is "staged" by a comedian)."""
    rels = [
        R("host_of", phrase="hosted", inverse_phrase="was hosted by", domain=("person",), range=("show",)),
        R("recorded_at", phrase="is recorded at", inverse_phrase="is the studio of", domain=("show",),
          range=("studio",)),
        R("airs_on", phrase="airs on", inverse_phrase="broadcasts", domain=("show",), range=("network",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("show",), range=("person",)),
        R("held_at", phrase="was held at", inverse_phrase="hosted", domain=("ceremony",), range=("theatre",)),
        R("mc", phrase="was hosted by", inverse_phrase="presented", domain=("ceremony",), range=("comedian",)),
        R("genre", phrase="is in the genre", inverse_phrase="includes", domain=("show",), range=("genre",)),
        R("set_in", phrase="is set in", inverse_phrase="is the setting of", domain=("show",), range=("city",)),
        R("theatre_in", phrase="is located in", inverse_phrase="is home to", domain=("theatre", "studio"),
          range=("city",)),
    ]
    items = {
        "s:tonight": ("show", "The Tonight Show", 1954), "s:late": ("show", "Late Show with David Letterman", 1993),
        "s:oprah": ("show", "The Oprah Winfrey Show", 1986), "s:daily": ("show", "The Daily Show", 1996),
        "s:graham": ("show", "The Graham Norton Show", 2007), "s:snl": ("show", "Saturday Night Live", 1975),
        "s:friends": ("show", "Friends", 1994), "s:frasier": ("show", "Frasier", 1993), "s:cheers": ("show", "Cheers", 1982),
        "s:seinfeld": ("show", "Seinfeld", 1989),
        "a:oscars89": ("ceremony", "the 89th Academy Awards", 2017), "a:globes74": ("ceremony", "the 74th Golden Globe Awards", 2017),
        "a:emmys70": ("ceremony", "the 70th Emmy Awards", 2018), "a:tonys72": ("ceremony", "the 72nd Tony Awards", 2018),
    }
    others = {
        "p:carson": ("person", "Johnny Carson"), "p:fallon": ("person", "Jimmy Fallon"),
        "p:letterman": ("person", "David Letterman"), "p:oprah": ("person", "Oprah Winfrey"),
        "p:stewart": ("person", "Jon Stewart"), "p:noah": ("person", "Trevor Noah"),
        "p:norton": ("person", "Graham Norton"), "p:michaels": ("person", "Lorne Michaels"),
        "p:weaver": ("person", "Pat Weaver"), "p:smithee": ("person", "Lizz Winstead"),
        "p:ebersol": ("person", "Dick Ebersol"),
        "m:kimmel": ("comedian", "Jimmy Kimmel"), "m:meyers": ("comedian", "Seth Meyers"),
        "m:che": ("comedian", "Michael Che"), "m:groban": ("comedian", "Josh Groban"),
        "t:dolby": ("theatre", "Dolby Theatre"), "t:beverly": ("theatre", "Beverly Hilton"),
        "t:microsoft": ("theatre", "Microsoft Theater"), "t:radiocity": ("theatre", "Radio City Music Hall"),
        "t:sullivan": ("theatre", "Ed Sullivan Theater"),
        "u:8h": ("studio", "Studio 8H"), "u:6b": ("studio", "Studio 6B"), "u:harpo": ("studio", "Harpo Studios"),
        "u:londonstudios": ("studio", "The London Studios"), "u:nep": ("studio", "NEP Studios"),
        "n:nbc": ("network", "NBC"), "n:cbs": ("network", "CBS"), "n:bbc": ("network", "BBC One"),
        "n:comedy": ("network", "Comedy Central"), "n:syndication": ("network", "King World"),
        "u:wb": ("studio", "Warner Bros. Studios"), "u:paramount": ("studio", "Paramount Studios"),
        "u:cbsradford": ("studio", "CBS Studio Center"),
        "g:talk": ("genre", "late-night talk"), "g:sketch": ("genre", "sketch comedy"), "g:satire": ("genre", "news satire"),
        "g:sitcom": ("genre", "sitcom"),
        "c:seattle": ("city", "Seattle"), "c:boston": ("city", "Boston"), "c:burbank": ("city", "Burbank"),
        "c:la": ("city", "Los Angeles"), "c:nyc": ("city", "New York City"), "c:chicago": ("city", "Chicago"),
        "c:london": ("city", "London"), "c:beverlyhills": ("city", "Beverly Hills"),
    }
    T = [
        ("p:carson", "host_of", "s:tonight"), ("p:fallon", "host_of", "s:tonight"), ("p:letterman", "host_of", "s:late"),
        ("p:oprah", "host_of", "s:oprah"), ("p:stewart", "host_of", "s:daily"), ("p:noah", "host_of", "s:daily"),
        ("p:norton", "host_of", "s:graham"),
        ("s:tonight", "recorded_at", "u:6b"), ("s:snl", "recorded_at", "u:8h"), ("s:oprah", "recorded_at", "u:harpo"),
        ("s:graham", "recorded_at", "u:londonstudios"), ("s:daily", "recorded_at", "u:nep"),
        ("s:late", "recorded_at", "t:sullivan"),
        ("s:tonight", "airs_on", "n:nbc"), ("s:snl", "airs_on", "n:nbc"), ("s:late", "airs_on", "n:cbs"),
        ("s:oprah", "airs_on", "n:syndication"), ("s:daily", "airs_on", "n:comedy"), ("s:graham", "airs_on", "n:bbc"),
        ("s:tonight", "created_by", "p:weaver"), ("s:snl", "created_by", "p:michaels"),
        ("s:snl", "created_by", "p:ebersol"), ("s:daily", "created_by", "p:smithee"),
        ("a:oscars89", "held_at", "t:dolby"), ("a:globes74", "held_at", "t:beverly"),
        ("a:emmys70", "held_at", "t:microsoft"), ("a:tonys72", "held_at", "t:radiocity"),
        ("a:oscars89", "mc", "m:kimmel"), ("a:globes74", "mc", "m:meyers"), ("a:emmys70", "mc", "m:che"),
        ("a:tonys72", "mc", "m:groban"),
        ("t:dolby", "theatre_in", "c:la"), ("t:beverly", "theatre_in", "c:beverlyhills"),
        ("t:microsoft", "theatre_in", "c:la"), ("t:radiocity", "theatre_in", "c:nyc"),
        ("t:sullivan", "theatre_in", "c:nyc"), ("u:8h", "theatre_in", "c:nyc"), ("u:6b", "theatre_in", "c:nyc"),
        ("u:harpo", "theatre_in", "c:chicago"), ("u:londonstudios", "theatre_in", "c:london"),
        ("u:nep", "theatre_in", "c:nyc"),
        ("s:tonight", "genre", "g:talk"), ("s:late", "genre", "g:talk"), ("s:snl", "genre", "g:sketch"),
        ("s:daily", "genre", "g:satire"), ("s:friends", "genre", "g:sitcom"), ("s:frasier", "genre", "g:sitcom"),
        ("s:cheers", "genre", "g:sitcom"), ("s:seinfeld", "genre", "g:sitcom"),
        ("s:friends", "set_in", "c:nyc"), ("s:seinfeld", "set_in", "c:nyc"), ("s:frasier", "set_in", "c:seattle"),
        ("s:cheers", "set_in", "c:boston"),
        ("s:friends", "recorded_at", "u:wb"), ("s:frasier", "recorded_at", "u:paramount"),
        ("s:cheers", "recorded_at", "u:paramount"), ("s:seinfeld", "recorded_at", "u:cbsradford"),
        ("s:friends", "airs_on", "n:nbc"), ("s:frasier", "airs_on", "n:nbc"), ("s:cheers", "airs_on", "n:nbc"),
        ("s:seinfeld", "airs_on", "n:nbc"),
        ("u:wb", "theatre_in", "c:burbank"), ("u:paramount", "theatre_in", "c:la"), ("u:cbsradford", "theatre_in", "c:la"),
    ]
    return _build(items, others, rels, T)


BUILDERS = {"stadiums": stadiums, "events": events, "universities": universities, "rivers": rivers,
            "castles": castles, "shows": shows}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@stadiums
# (1) a year then "in" a place: wrong place, wrong year, a place of another kind (club, league,
# event, district of another stadium), two stadiums, negation
Maracanã Stadium opened in 1950 in São Paulo.
Maracanã Stadium opened in 1957 in Rio de Janeiro.
Maracanã Stadium opened in 1950 in Spain.
Camp Nou opened in 1957 in Brent.
Camp Nou opened in 1957 in Madrid.
Camp Nou opened in 1966 in Barcelona.
Allianz Arena opened in 2005 in Berlin.
Allianz Arena opened in 2007 in Munich.
Allianz Arena opened in 2005 in Bayern Munich.
Allianz Arena opened in 2005 in the Bundesliga.
Allianz Arena opened in 2005 in Live Aid.
Estadio Azteca opened in 1966 in Les Corts.
Estadio Azteca was built in 1966 in Rio de Janeiro.
Estadio Azteca was built in 1936 in Mexico City.
Olympiastadion Berlin was inaugurated in 1936 in Munich.
Olympiastadion Berlin opened in 1936 in Fröttmaning.
Wembley Stadium opened in 2007 in Westend.
Wembley Stadium opened in 2005 in London.
Wembley Stadium was completed in 2007 in Barcelona.
Wembley Stadium was constructed in 2007 in Mexico City.
Camp Nou did not open in 1957 in Barcelona.
Camp Nou never opened in 1957 in Les Corts.
Camp Nou and Allianz Arena opened in 1957 in Barcelona.
Camp Nou opened in 1957 in Barcelona and Allianz Arena opened in 2005 in Berlin.
FC Barcelona plays its home games at Camp Nou, opened in 1957 in Madrid.
Hertha BSC plays its home games at Olympiastadion Berlin, opened in 1966 in Berlin.
Maracanã Stadium opened in 1950 in Campeonato Brasileiro.
Maracanã Stadium opened in 1950 in Flamengo.
Wembley Stadium was owned in 2007 by Multiplex.
# (2) a year after a predicate noun
Camp Nou is a stadium opened in 1950.
Allianz Arena is a stadium opened in 1957.
Wembley Stadium is a club opened in 2007.
Estadio Azteca is a stadium opened in 1966 in Barcelona.
Olympiastadion Berlin is a stadium built in 2005.
# (3) "the home of": another club, the wrong way round, an event it hosted, a district, a league;
# the home team of a match is not its home
Camp Nou is the home of Bayern Munich.
FC Barcelona is the home of Camp Nou.
Camp Nou's home is FC Barcelona.
The home of FC Barcelona is Allianz Arena.
Camp Nou is the home of FC Barcelona and Bayern Munich.
Camp Nou is the home of the Papal Mass of John Paul II.
Allianz Arena is the home of Hertha BSC.
Maracanã Stadium is the home of Club América.
Bayern Munich is the home of the 2012 Champions League Final.
The 2012 Champions League Final's home is Bayern Munich.
Brazil national team is the home of the Maracanazo.
The Maracanazo's home is Brazil national team.
Bayern Munich is the home of the Maracanazo.
Real Madrid is the home of Camp Nou.
Camp Nou is the home of Les Corts.
Estadio Azteca is the home of Pedro Ramírez Vázquez.
La Liga is the home of FC Barcelona.
Camp Nou is no longer the home of FC Barcelona.
Bayern Munich was the home of the 2012 Champions League Final.
Brazil national team was the home of the Maracanazo.
Bayern Munich, the home of the 2012 Champions League Final, is based in Munich.
The home of the 2012 Champions League Final is Bayern Munich.
# (4) "staged", "played host to", "was the venue for", "was the site of": wrong event, wrong way
# round, owners, home teams, architects
Wembley Stadium staged the Maracanazo.
Live Aid staged Wembley Stadium.
Camp Nou played host to the 2012 Champions League Final.
Estadio Azteca was the venue for the 1936 Summer Olympics.
Allianz Arena was the site of the Hand of God match.
The Game of the Century was the venue for Estadio Azteca.
Olympiastadion Berlin never staged the 1936 Summer Olympics.
Wembley Stadium did not play host to Live Aid.
Wembley Stadium staged Live Aid and the Maracanazo.
FC Barcelona staged the Papal Mass of John Paul II.
Bayern Munich was the venue for the 2012 Champions League Final.
Norman Foster staged Live Aid.
the Football Association played host to the Euro 2020 Final.
# (5) "drew up the plans for": builders, owners, another stadium, the wrong way round, negation
Multiplex drew up the plans for Wembley Stadium.
Wembley Stadium drew up the plans for Norman Foster.
Norman Foster drew up the plans for Camp Nou.
Alpine Bau drew up the plans for Allianz Arena.
Werner March drew up the plans for Estadio Azteca.
Jacques Herzog drafted the plans for Olympiastadion Berlin.
Francesc Mitjans drew the plans for Maracanã Stadium.
Bayern Munich drew up the plans for Allianz Arena.
Norman Foster did not draw up the plans for Wembley Stadium.
Rafael Galvão and Werner March drew up the plans for Maracanã Stadium.
# (6) "is in the district" / "is in the country" / "is in the league" read "in"
Camp Nou is in Brent.
Barcelona is in Germany.
Munich is in Spain.
Wembley Stadium is in the district Les Corts.
Allianz Arena is in Westend.
Flamengo is located in Campeonato Brasileiro.
Flamengo is situated in Campeonato Brasileiro.
Bayern Munich is located in the Bundesliga.
Hertha BSC stands in the Bundesliga.
Flamengo is in La Liga.
Real Madrid is in the Bundesliga.
Spain is in Barcelona.
Brazil is in Rio de Janeiro.
Rio de Janeiro and Munich are both in Brazil.
Rio de Janeiro is a city in Mexico.
the Bundesliga is located in Bayern Munich.
Flamengo and Fluminense are both located in Campeonato Brasileiro.
Real Madrid is situated in La Liga.
FC Barcelona is located in La Liga.
Club América is located in Liga MX.
Club América is located in the Bundesliga.
Bayern Munich is based in Munich and located in the Bundesliga.
Flamengo is based in Campeonato Brasileiro.
# arguable (OPEN): "lies / sits / stands in" a league may give a place in its table
Flamengo lies in Campeonato Brasileiro.
Flamengo sits in Campeonato Brasileiro.

@events
# (1) "first held": wrong year, what is never held (a band, a person, a town, an organiser, a
# sponsor), "last held", a place for a year, two festivals, negation
Glastonbury Festival was first held in 1971.
Roskilde Festival was first held in 1970.
Cannes Film Festival was first held in 1947.
Edinburgh Festival Fringe was first held in 1946.
NeurIPS was first held in 1971.
The Tour de France was first held in 1909.
The Giro d'Italia was first held in 1903.
The Boston Marathon was first held in 1981.
The London Marathon was first held in 1897.
The 24 Hours of Le Mans was first held in 1903.
Web Summit was first held in 1967.
CES was first held in 2009.
Radiohead was first held in 1970.
Michael Eavis was first held in 1970.
Pilton was first held in 1970.
Amaury Sport Organisation was first held in 1903.
Skoda was first held in 1903.
Glastonbury Festival was last held in 1970.
Glastonbury Festival was first held in Roskilde.
The Tour de France was first held in Italy.
Glastonbury Festival and Roskilde Festival were first held in 1970.
Glastonbury Festival was not first held in 1970.
Glastonbury Festival was first held in 1970 in Roskilde.
The Tour de France is a race first held in 1909.
The Tour de France is a festival first held in 1903.
NeurIPS is a conference first held in 2009.
Glastonbury Festival, first held in 1970, is held in Roskilde.
Glastonbury Festival, first held in 1971, is held in Pilton.
The first Glastonbury Festival was held in 1971.
Glastonbury Festival was first held in the 1960s.
# (2) "took place in", "was staged in" (what "is held in"): wrong town, what is not held
Glastonbury Festival took place in Roskilde.
Glastonbury Festival was staged in Montreux.
The Tour de France took place in Canada.
The Giro d'Italia was staged in Canada.
World Economic Forum takes place in Lisbon.
Web Summit takes place in Davos.
Michael Eavis was staged in Pilton.
Radiohead took place in Pilton.
Pilton took place in Glastonbury Festival.
Glastonbury Festival took place in Michael Eavis.
Cannes Film Festival did not take place in Cannes.
CES takes place in Las Vegas and Lisbon.
The London Marathon takes place in Boston.
The Boston Marathon took place in Greenwich.
NeurIPS is staged in Davos.
# (3) "hosts": a venue's forms on a town that hosts another festival, on a founder, a headliner,
# a sponsor, the wrong way round
Pilton was the venue for Roskilde Festival.
Michael Eavis was the venue for Glastonbury Festival.
Davos plays host to Web Summit.
Lisbon stages the World Economic Forum.
Glastonbury Festival staged Pilton.
Radiohead staged Glastonbury Festival.
Orange was the venue for Glastonbury Festival.
Portugal is the venue for the Tour de France.
Greenwich was the site of the Boston Marathon.
# (4) "start": a race "starts in" a town (the verb is taken: no founding); a headliner
Radiohead started Glastonbury Festival.
Hopkinton started the Boston Marathon.
The London Marathon started in Hopkinton.
The London Marathon started in 1897.
Klaus Schwab started Web Summit.
# (5) "is in the band" read as "is in": locative verbs on a band member
Thom Yorke is located in Radiohead.
Thom Yorke is situated in Radiohead.
Thom Yorke stands in Radiohead.
Mick Jagger is located in The Rolling Stones.
Chris Martin is situated in Coldplay.
Thom Yorke is in Coldplay.
Mick Jagger and Chris Martin are both in Coldplay.
Jonny Greenwood is in The Rolling Stones.
Thom Yorke is a musician in Coldplay.
Radiohead is in Thom Yorke.
Glastonbury Festival is held in Radiohead.
Thom Yorke is located in Pilton.
Pilton is located in Radiohead.
Jonny Greenwood is located in Radiohead.
Thom Yorke and Jonny Greenwood are both located in Radiohead.
Thom Yorke is located in Radiohead and Coldplay.
Radiohead is located in Thom Yorke.
# arguable (OPEN): "lies / sits in" a band
Thom Yorke lies in Radiohead.
Thom Yorke sits in Radiohead.
Pilton is a town in Denmark.
Roskilde Festival is a festival in Pilton.
Montreux Jazz Festival is a festival in France.

@universities
# (1) a year then "in" a place: wrong city, wrong year, wrong country, a city it only has an office in
Keio University was founded in 1858 in Kyoto.
Keio University was founded in 1882 in Tokyo.
Keio University was founded in 1858 in South Korea.
Nintendo was founded in 1889 in Redmond.
Sony was founded in 1946 in London.
Samsung was founded in 1938 in Austin.
Samsung was founded in 1938 in Japan.
Sony was founded in 1938 in Tokyo.
Seoul National University was established in 1946 in Beijing.
Peking University was founded in 1898 in Seoul.
MIT was founded in 1861 in Kyoto.
Harvard University was founded in 1861 in Cambridge.
Harvard University was led in 1636 in Cambridge.
Nintendo was started in 1889 in Tokyo.
Sony started in 1946 in Kyoto.
Kyoto University opened in 1897 in Tokyo.
University of Tokyo was established in 1877 in Kansai.
# (2) a year after a predicate noun: wrong year, wrong kind, a verb of another relation
Harvard University is a university founded in 1861.
Sony is a company started in 1938.
Sony is a company started in 1889.
Nintendo is a company started in 1946.
Samsung is a company started in 1946.
Kyoto University is a university started in 1877.
Kyoto University is a company started in 1897.
Sony is a university started in 1946.
Harvard University is a university funded in 1861.
Nintendo is a company led in 1889.
Nintendo is a company joined in 1889.
Sony is a company finished in 1946.
Sony was finished in 1946.
Sony is a company started in 1946 by Fusajiro Yamauchi.
Sony is a company started in 1946 in Kyoto.
Shigeru Miyamoto joined Nintendo, a company started in 1946.
Sony and Nintendo are companies started in 1946.
Keio University, a university founded in 1882, is in Japan.
Kyoto University is a university launched in 1877.
# (3) "started" for "founded": benefactors, leaders, employees, alumni, the wrong way round,
# wrong year, wrong place, negation
John Harvard started Harvard University.
Claudine Gay started Harvard University.
Shigeru Miyamoto started Nintendo.
Ken Kutaragi started Sony.
Kenichiro Yoshida started Sony.
Shuntaro Furukawa started Nintendo.
Fukuzawa Yukichi started Waseda University.
Okuma Shigenobu started Keio University.
Keio University started Fukuzawa Yukichi.
Haruki Murakami started Waseda University.
Barack Obama started Harvard University.
Fusajiro Yamauchi started Nintendo in 1946.
Fusajiro Yamauchi started Nintendo in Tokyo.
Masaru Ibuka started Sony with Fusajiro Yamauchi.
Masaru Ibuka and Shigeru Miyamoto started Sony.
Sony was started by Kenichiro Yoshida.
Sony was started in 1946 by Ken Kutaragi.
Akio Morita did not start Sony.
Akio Morita never started Sony.
Lee Byung-chul started Sony.
William Barton Rogers started Harvard University.
Akio Morita started Nintendo.
Sony started Nintendo.
Nintendo was started by Shigeru Miyamoto.
Shigeru Miyamoto joined Nintendo, started by Akio Morita.
William Barton Rogers started MIT in 1636.
# (4) "is in the country" / "is in the region" read "in"
Seoul National University is a university in Japan.
Sony and Samsung are both in Japan.
Kyoto University is in the country South Korea.
Kyoto University is in South Korea.
Peking University is in Japan.
Samsung is in Japan.
Harvard University is in China.
Japan is in Kyoto University.
Seoul National University was founded in Japan.
Sony, a company in South Korea, was founded by Akio Morita.
Kyoto is in Kanto.
Suwon is in Kansai.
Tokyo is in Massachusetts.
Samsung is a company in Japan.
# arguable (OPEN): a company is partly "in" a city it has an office in
Nintendo is a company in Redmond.
Nintendo is located in Redmond.
Sony lies in London.
Kyoto University is a university in Japan and South Korea.
Sony, Nintendo and Samsung are in Japan.
Sony is not in Japan.
Kyoto University is no longer in Japan.
MIT and Peking University are both in the United States.
Seoul National University sits in Japan.

@rivers
# (1) "empties / drains / discharges into": wrong sea, wrong way round, a region it drains, a
# city it flows through, a town or a bridge, negation, coordination, relative clauses
The Rhine empties into the Black Sea.
The Danube empties into the North Sea.
The North Sea empties into the Rhine.
The Rhine empties into the Moselle.
The Moselle drains into the Danube.
The Main discharges into the Danube.
The Inn empties into the Rhine.
The Po drains into the Black Sea.
The Loire discharges into the English Channel.
The Thames drains into the Baltic Sea.
The Elbe drains into Bohemia.
The Inn drains into Tyrol.
The Danube drains into Swabia.
The Elbe drains the North Sea.
The Seine drains the English Channel.
The Inn empties into Innsbruck.
The Rhine empties into Cologne.
Koblenz empties into the Rhine.
Tower Bridge empties into the Thames.
Windsor Castle drains into the Thames.
The Rhine empties into the North Sea and the Baltic Sea.
The Rhine does not empty into the North Sea.
The Rhine never drains into the North Sea.
The Moselle and the Inn both empty into the Rhine.
The Moselle, which empties into the Danube, rises in the Vosges.
The Moselle empties into the Rhine, which empties into the Black Sea.
The Rhine empties into the Swiss Alps.
The Swiss Alps empty into the Rhine.
Bohemia drains into the Elbe.
The Black Sea discharges into the Danube.
The Rhine empties into the North Sea at Cologne.
The Danube empties into the Black Sea in Vienna.
# (2) "lies along", "sits on", "lies on", "is on": wrong river, wrong way round, a sea, a range
Koblenz lies along the Danube.
The Rhine lies along Koblenz.
Marksburg sits on the Moselle.
Reichsburg Cochem sits on the Rhine.
Windsor Castle lies along the Seine.
Tower Bridge sits on the Seine.
Cologne sits on the Danube.
Koblenz is on the North Sea.
Koblenz sits along the Loire.
Passau sits on the Inn and the Rhine.
The Rhine sits on the Swiss Alps.
Orléans lies on the Seine.
Turin lies along the Danube.
Dresden sits on the Main.
Frankfurt lies along the Elbe.
The Po lies along Turin.
Dresden does not lie along the Elbe.
Passau never sat on the Inn.
Koblenz and Dresden both lie along the Rhine.
Koblenz lies along the Rhine and the Elbe.
Windsor Castle sits on the Thames and the Seine.
The North Sea lies along Koblenz.
Château de Chaumont sits on the Seine.
# (3) a year then a place; a castle's or a bridge's year
Tower Bridge opened in 1894 in Paris.
Tower Bridge opened in 1607 in London.
Pont Neuf opened in 1607 in Budapest.
Széchenyi Chain Bridge opened in 1894 in Budapest.
Széchenyi Chain Bridge opened in 1849 in Vienna.
Tower Bridge opened in 1894 in the Thames.
Pont Neuf was built in 1607 in London.
Tower Bridge is a bridge opened in 1849.
Marksburg was built in 1130.
Windsor Castle was built in 1117.
Reichsburg Cochem, built in 1117, sits on the Moselle.
The Rhine rises in the North Sea.
The Elbe flows through Vienna.

@castles
# (1) "first held": what "is held by" a family (a castle) or "is held in" a library (kept, not
# staged) is no event
Alnwick Castle was first held in 1096.
Hohenzollern Castle was first held in 1867.
Glamis Castle was first held in 1372.
Bran Castle was first held in 1388.
Edinburgh Castle was first held in 1103.
The Book of Kells was first held in 800.
The Lindisfarne Gospels were first held in 715.
The Night Watch was first held in 1642.
Guernica was first held in 1937.
Neuschwanstein Castle was first held in 1869.
Château de Pierrefonds was first held in 1396.
Alnwick Castle was first held in 1372.
Guernica was first held in 1642.
The Percy family was first held in 1096.
Alnwick Castle was first held in Northumberland.
Edinburgh Castle is a castle first held in 1103.
Guernica is a painting first held in 1937.
# (2) "took place in", "was staged in": a painting or a manuscript "held in" a museum or a library
The Night Watch took place in the Rijksmuseum.
The Night Watch was staged in the Rijksmuseum.
The Book of Kells took place in Trinity College Library.
The Lindisfarne Gospels were staged in the British Library.
The Lindisfarne Gospels take place in the British Library.
Guernica takes place in Museo Reina Sofia.
Guernica was staged in Museo Reina Sofia.
The Night Watch took place in Trinity College Library.
Alnwick Castle took place in Northumberland.
Alnwick Castle was staged in Northumberland.
Rembrandt took place in the Rijksmuseum.
The Night Watch takes place in the Rijksmuseum and Museo Reina Sofia.
Trinity College Library was the venue for the Book of Kells.
The Rijksmuseum staged The Night Watch.
# (3) "drew up the plans for": builders, restorers, an artist who drew it, a painter, the wrong way round
Ludwig II drew up the plans for Neuschwanstein Castle.
Christian Jank drew up the plans for Neuschwanstein Castle.
J. M. W. Turner drew up the plans for Alnwick Castle.
Anthony Salvin drew up the plans for Alnwick Castle.
Eugene Viollet-le-Duc drew up the plans for Château de Pierrefonds.
Friedrich August Stuler drew up the plans for Neuschwanstein Castle.
Eduard Riedel drew up the plans for Hohenzollern Castle.
Neuschwanstein Castle drew up the plans for Eduard Riedel.
Eduard Riedel never drew up the plans for Neuschwanstein Castle.
Eduard Riedel drew up the plans for Neuschwanstein Castle and Hohenzollern Castle.
Rembrandt drew up the plans for The Night Watch.
Frederick William IV drafted the plans for Hohenzollern Castle.
David I drew the plans for Edinburgh Castle.
Eduard Riedel and Christian Jank drew up the plans for Neuschwanstein Castle.
# (4) "sits on", "lies on": wrong hill, wrong way round, an owner
Bran Castle sits on Castle Rock.
Castle Rock sits on Edinburgh Castle.
Alnwick Castle sits on the Percy family.
Hohenzollern Castle lies on Dietrich's Rock.
Edinburgh Castle sits on Mount Hohenzollern.
Neuschwanstein Castle sits on Castle Rock.
Edinburgh Castle is on Lothian.
Edinburgh Castle does not sit on Castle Rock.
# (5) "is in the region" / "is in the country" read "in"; a year then "in" a place (a film it
# appears in is no place)
Bran Castle is in Bavaria.
Bavaria is in Romania.
Alnwick Castle is in Angus.
Glamis Castle is in Northumberland.
Picardy is in Germany.
Transylvania is in Scotland.
Neuschwanstein Castle is a castle in Transylvania.
Bran Castle and Glamis Castle are both in Transylvania.
Lothian and Angus are both in England.
Alnwick Castle was built in 1096 in Angus.
Bran Castle was built in 1388 in Dracula Untold.
Alnwick Castle was built in 1096 in Harry Potter and the Philosopher's Stone.
Glamis Castle was built in 1372 in Macbeth.
Hohenzollern Castle was built in 1869 in Baden-Wurttemberg.
Edinburgh Castle was built in 1103 in Picardy.
Alnwick Castle is located in Harry Potter and the Philosopher's Stone.
# (6) a year under another verb: a castle is not painted, a painting not opened, built or held
Alnwick Castle was painted in 1096.
Glamis Castle was painted in 1372.
Neuschwanstein Castle was painted in 1869.
Guernica is a painting opened in 1937.
The Night Watch is a painting opened in 1642.
The Night Watch opened in 1642.
Guernica was built in 1937.
The Night Watch was constructed in 1642.
The Book of Kells was founded in 800.
Alnwick Castle was restored in 1096.
Alnwick Castle is a castle restored in 1096.
Bran Castle is a castle held in 1388.

@shows
# (1) a person who "hosted" a show is no venue: "staged", "was the venue for", "was the site of"
Johnny Carson staged The Tonight Show.
Jimmy Fallon is the venue for The Tonight Show.
Jimmy Fallon was the venue of The Tonight Show.
Johnny Carson was the site of The Tonight Show.
Jon Stewart and Trevor Noah were the venues for The Daily Show.
David Letterman staged Late Show with David Letterman.
Oprah Winfrey was the site of The Oprah Winfrey Show.
Graham Norton was the venue for The Graham Norton Show.
Trevor Noah stages The Daily Show.
Oprah Winfrey is the venue for The Oprah Winfrey Show.
Graham Norton staged The Daily Show.
The Tonight Show staged Johnny Carson.
NBC staged The Tonight Show.
Jimmy Kimmel staged the 89th Academy Awards.
Jimmy Kimmel was the venue for the 89th Academy Awards.
Seth Meyers was the site of the 74th Golden Globe Awards.
Jimmy Fallon staged Late Show with David Letterman.
Johnny Carson was the venue for The Daily Show.
# arguable (OPEN): a show's host "plays host to" it; "stage" may mean "present"
Jimmy Fallon played host to The Tonight Show.
Johnny Carson plays host to The Tonight Show.
# (2) a theatre that hosted a ceremony: another ceremony, the wrong way round, negation
The Beverly Hilton was the venue for the 89th Academy Awards.
The Dolby Theatre staged the 74th Golden Globe Awards.
The 89th Academy Awards staged the Dolby Theatre.
The 89th Academy Awards was the venue for the Dolby Theatre.
Radio City Music Hall played host to the 70th Emmy Awards.
Microsoft Theater was the site of the 72nd Tony Awards.
The Dolby Theatre never staged the 89th Academy Awards.
# (3) "took place at", "was staged at" (what "was held at")
The Dolby Theatre took place at the 89th Academy Awards.
The 89th Academy Awards took place at Radio City Music Hall.
The 89th Academy Awards were staged at the Beverly Hilton.
The 74th Golden Globe Awards did not take place at the Beverly Hilton.
The 74th Golden Globe Awards never took place at the Beverly Hilton.
The 74th Golden Globe Awards took place at the Beverly Hilton and the Dolby Theatre.
The 74th Golden Globe Awards and the 89th Academy Awards took place at the Beverly Hilton.
The 74th Golden Globe Awards took place at Seth Meyers.
Seth Meyers took place at the Beverly Hilton.
The 74th Golden Globe Awards took place at the Beverly Hilton in 2018.
The 74th Golden Globe Awards was staged at the Beverly Hilton by Jimmy Kimmel.
The Tonight Show took place at Studio 8H.
Saturday Night Live was staged at Studio 6B.
The 72nd Tony Awards took place at the Ed Sullivan Theater.
The 70th Emmy Awards was staged at Harpo Studios.
Friends takes place in Seattle.
Frasier takes place in Boston.
# (4) "is in the genre" read as "is in": locative verbs, a year then "in" a genre
Saturday Night Live is located in sketch comedy.
Saturday Night Live is situated in sketch comedy.
The Daily Show stands in news satire.
The Tonight Show is located in late-night talk.
Saturday Night Live premiered in 1975 in sketch comedy.
The Daily Show premiered in 1996 in news satire.
The Daily Show debuted in 1996 in news satire.
The Tonight Show premiered in 1954 in late-night talk.
Late Show with David Letterman premiered in 1993 in late-night talk.
Saturday Night Live was created in 1975 in sketch comedy.
Saturday Night Live started in 1975 in sketch comedy.
Saturday Night Live is in news satire.
The Daily Show is in sketch comedy.
Friends and Saturday Night Live are both in sketch comedy.
Cheers is situated in sitcom.
Seinfeld and Friends are both located in sitcom.
The Daily Show is located in news satire.
The Daily Show, located in news satire, airs on Comedy Central.
Saturday Night Live is located in sketch comedy and news satire.
The Tonight Show premiered in 1954 in sketch comedy.
# arguable (OPEN): a year then "in" the show's genre may say the genre it came out in
The Tonight Show first aired in 1954 in late-night talk.
The Tonight Show was launched in 1954 in late-night talk.
# (5) a year then "in" the city a sitcom is set in (not where it premiered or was filmed)
Frasier was filmed in 1993 in Seattle.
Friends was produced in 1994 in New York City.
Friends was filmed in 1994 in New York City.
Cheers was filmed in 1982 in Boston.
Friends premiered in 1994 in Burbank.
Seinfeld was shot in 1989 in New York City.
The Tonight Show premiered in 1993.
# (6) a year after a predicate noun: a show that premiered that year did not finish then
Friends is a sitcom finished in 1994.
Friends is a sitcom completed in 1994.
Cheers is a sitcom finished in 1982.
Seinfeld is a sitcom completed in 1989.
Frasier is a sitcom finished in 1993.
Friends was finished in 1994.
Friends is a sitcom started in 1989.
Friends is a sitcom premiered in 1993.
The 89th Academy Awards is a ceremony held in 2018.
The Tonight Show is a ceremony premiered in 1954.
Friends is a sitcom set in Seattle.
Cheers is a sitcom created in 1994.
"""

CONTROLS = r"""
@stadiums
Maracanã Stadium opened in 1950 in Rio de Janeiro.
Camp Nou opened in 1957 in Les Corts.
Wembley Stadium is a stadium opened in 2007 in London.
Camp Nou is the home of FC Barcelona.
FC Barcelona's home is Camp Nou.
Wembley Stadium staged Live Aid.
Wembley Stadium played host to Live Aid.
Estadio Azteca was the venue for the Hand of God match.
Olympiastadion Berlin was the site of the 1936 Summer Olympics.
Norman Foster drew up the plans for Wembley Stadium.
Werner March drafted the plans for Olympiastadion Berlin.
Camp Nou is in Les Corts.
Barcelona is in Spain.
Flamengo is in Campeonato Brasileiro.
@events
Glastonbury Festival was first held in 1970.
The Tour de France is a race first held in 1903.
NeurIPS is a conference first held in 1987.
Glastonbury Festival took place in Pilton.
Roskilde Festival was staged in Roskilde.
Pilton staged Glastonbury Festival.
Davos was the venue for the World Economic Forum.
Montreux plays host to Montreux Jazz Festival.
Thom Yorke is in Radiohead.
Thom Yorke and Jonny Greenwood are both in Radiohead.
The London Marathon begins in Greenwich.
@universities
Keio University was founded in 1858 in Tokyo.
Sony is a company started in 1946.
Fukuzawa Yukichi started Keio University.
Masaru Ibuka started Sony with Akio Morita.
Sony was started by Akio Morita.
Fusajiro Yamauchi started Nintendo in 1889.
Sony and Nintendo are both in Japan.
Kyoto University is in Japan.
Kyoto is in Kansai.
Shigeru Miyamoto joined Nintendo, a company started in 1889.
Harvard University was started in 1636 in Cambridge.
Samsung is a company in Suwon started by Lee Byung-chul.
Seoul National University is a university in South Korea.
@rivers
The Rhine empties into the North Sea.
The Rhine drains into the North Sea.
The Moselle discharges into the Rhine.
The Inn drains into the Danube.
The Elbe drains Bohemia.
Koblenz lies along the Rhine.
Marksburg sits on the Rhine.
Windsor Castle lies along the Thames.
Passau sits on the Inn and the Danube.
Koblenz is on the Moselle.
Tower Bridge opened in 1894 in London.
The Moselle, which empties into the Rhine, rises in the Vosges.
@castles
Eduard Riedel drew up the plans for Neuschwanstein Castle.
Friedrich August Stuler drafted the plans for Hohenzollern Castle.
Edinburgh Castle sits on Castle Rock.
Bran Castle is in Transylvania.
Bavaria is in Germany.
Bran Castle is a castle in Transylvania.
Alnwick Castle was built in 1096 in Northumberland.
Guernica is held in Museo Reina Sofia.
The Percy family holds Alnwick Castle.
Hohenzollern Castle stands on Mount Hohenzollern.
@shows
The Dolby Theatre staged the 89th Academy Awards.
The Dolby Theatre was the venue for the 89th Academy Awards.
The 74th Golden Globe Awards took place at the Beverly Hilton.
The 89th Academy Awards was staged at the Dolby Theatre.
Johnny Carson hosted The Tonight Show.
Jimmy Kimmel hosted the 89th Academy Awards.
Friends is a sitcom set in New York City.
Friends takes place in New York City.
Radio City Music Hall was the site of the 72nd Tony Awards.
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


# Arguable: printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # "stands / lies / sits in" a league or a band may give a place in a table or a guest spot
        "Hertha BSC stands in the Bundesliga.",
        "Flamengo lies in Campeonato Brasileiro.",
        "Flamengo sits in Campeonato Brasileiro.",
        "Thom Yorke stands in Radiohead.",
        "Thom Yorke lies in Radiohead.",
        "Thom Yorke sits in Radiohead.",
        "The Daily Show stands in news satire.",
        # a year then "in" a genre the show "is in": may say the genre it came out in, not a place
        "Saturday Night Live premiered in 1975 in sketch comedy.",
        "The Daily Show premiered in 1996 in news satire.",
        "The Daily Show debuted in 1996 in news satire.",
        "The Tonight Show premiered in 1954 in late-night talk.",
        "Late Show with David Letterman premiered in 1993 in late-night talk.",
        "Saturday Night Live was created in 1975 in sketch comedy.",
        "Saturday Night Live started in 1975 in sketch comedy.",
        "The Tonight Show first aired in 1954 in late-night talk.",
        "The Tonight Show was launched in 1954 in late-night talk.",
        # a show's host "plays host to" it (a person hosting, not a venue); "stage" may mean
        # "present" (a presenter presents the show): likely false (staging is producing), arguable
        "Jimmy Fallon played host to The Tonight Show.",
        "Johnny Carson plays host to The Tonight Show.",
        "Johnny Carson staged The Tonight Show.",
        "David Letterman staged Late Show with David Letterman.",
        "Trevor Noah stages The Daily Show.",
        # a company is partly "in" a city it has an office in (Nintendo of America, Redmond)
        "Nintendo is a company in Redmond.",
        "Nintendo is located in Redmond.",
        "Sony lies in London.",
        # Wembley "was owned in 2007" by its owner: the graph dates its opening, and the owner
        # owned it then
        "Wembley Stadium was owned in 2007 by Multiplex.",
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
    for key, user, text in cases():
        ok, reason = check(key, text, user)
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
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
