"""Red team round 147: this round's new readings (CHANGES.diff). (1) "the <item> of <year>" right
after "the" and an item's name dates that item ("The Amsterdam-Rhine Canal of 1952 passes through
Utrecht"; 3 or 4 digits); (2) a relation "is part of" / "are part of" also reads "counts among",
"count among" ("The Tokyo Marathon counts among the World Marathon Majors").

Four graphs of my own:

* races: marathons, half marathons and an ultramarathon (items dated by their first edition) with
  the series each "is part of" (World Marathon Majors, SuperHalfs), the city it is held in, its
  sponsor and winners; cities that are part of regions and runners that are part of clubs (two more
  "is part of" relations, of other types), regions in countries; a user with ratings;
* waterways: canals and bridges (two bridges named "Pont Neuf", two named "Bridge of Sighs", of
  other years; the Grand Canal dated 609, a 3-digit year), the cities a canal passes through, the
  waters it connects, its designer, the network or list it "is part of"; the river or street a
  bridge crosses, its city, its style and period; cities part of regions; a user with ratings;
* history: three treaties named "Treaty of Paris" (1763, 1783, 1856) and others, the war each
  ended, where it was signed, its period; battles and sieges (the Battle of Tours dated 732), the
  war each "is part of", where it took place, its commander; a war named with a year ("War of
  1812"); cities part of regions; a user with ratings;
* records: albums (three named "Peter Gabriel", two named "Weezer", like their artist and band, who
  are not items), the band that recorded each, its producer, studio, genre and decade ("belongs
  to"); musicians that are part of bands ("is part of"), bands from cities, cities part of
  regions; a user with ratings.

False texts only (one false statement each; arguable ones in OPEN), plus faithful controls."""

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


def races():
    """Marathons and half marathons (items, dated by their first edition) with the series each "is
    part of" (World Marathon Majors, SuperHalfs), the city each is held in, its sponsor and winners;
    cities that are part of regions (a second "is part of", other types), regions in countries;
    runners born in cities and members of clubs ("is part of" a club, a third one); a user with
    ratings."""
    races_ = ("marathon", "half marathon", "ultramarathon")
    rels = [
        R("series", phrase="is part of", inverse_phrase="includes", domain=races_, range=("series",)),
        R("held_in", phrase="is held in", inverse_phrase="hosts", domain=races_, range=("city",)),
        R("won_by", phrase="was won by", inverse_phrase="won", domain=races_, range=("runner",)),
        R("sponsored_by", phrase="is sponsored by", inverse_phrase="sponsors", domain=races_ + ("series",),
          range=("company",)),
        R("region_of", phrase="is part of", inverse_phrase="includes the city", domain=("city",), range=("region",)),
        R("club_of", phrase="is part of", inverse_phrase="has the runner", domain=("runner",), range=("club",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("runner",), range=("city",)),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("region", "city"), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "m:tokyo": ("marathon", "Tokyo Marathon", 2007), "m:boston": ("marathon", "Boston Marathon", 1897),
        "m:london": ("marathon", "London Marathon", 1981), "m:berlin": ("marathon", "Berlin Marathon", 1974),
        "m:chicago": ("marathon", "Chicago Marathon", 1977), "m:nyc": ("marathon", "New York City Marathon", 1970),
        "m:paris": ("marathon", "Paris Marathon", 1976), "m:osaka": ("marathon", "Osaka Marathon", 2011),
        "m:valencia": ("marathon", "Valencia Marathon", 1981), "m:comrades": ("ultramarathon", "Comrades Marathon", 1921),
        "m:gnr": ("half marathon", "Great North Run", 1981), "m:prague": ("half marathon", "Prague Half Marathon", 1999),
        "m:lisbon": ("half marathon", "Lisbon Half Marathon", 1991),
        "m:copenhagen": ("half marathon", "Copenhagen Half Marathon", 1992),
    }
    others = {
        "s:wmm": ("series", "World Marathon Majors"), "s:superhalfs": ("series", "SuperHalfs"),
        "y:tokyo": ("city", "Tokyo"), "y:boston": ("city", "Boston"), "y:london": ("city", "London"),
        "y:berlin": ("city", "Berlin"), "y:chicago": ("city", "Chicago"), "y:nyc": ("city", "New York City"),
        "y:paris": ("city", "Paris"), "y:osaka": ("city", "Osaka"), "y:valencia": ("city", "Valencia"),
        "y:durban": ("city", "Durban"), "y:newcastle": ("city", "Newcastle"), "y:prague": ("city", "Prague"),
        "y:lisbon": ("city", "Lisbon"), "y:copenhagen": ("city", "Copenhagen"), "y:kapsisiywa": ("city", "Kapsisiywa"),
        "y:mogadishu": ("city", "Mogadishu"), "y:adama": ("city", "Adama"), "y:davyhulme": ("city", "Davyhulme"),
        "r:kanto": ("region", "Kanto"), "r:kansai": ("region", "Kansai"), "r:newengland": ("region", "New England"),
        "r:idf": ("region", "Île-de-France"), "r:tyne": ("region", "Tyne and Wear"), "r:kzn": ("region", "KwaZulu-Natal"),
        "r:midwest": ("region", "Midwest"),
        "k:japan": ("country", "Japan"), "k:usa": ("country", "United States"), "k:france": ("country", "France"),
        "k:england": ("country", "England"), "k:southafrica": ("country", "South Africa"),
        "p:kipchoge": ("runner", "Eliud Kipchoge"), "p:bekele": ("runner", "Kenenisa Bekele"),
        "p:farah": ("runner", "Mo Farah"), "p:radcliffe": ("runner", "Paula Radcliffe"),
        "p:hassan": ("runner", "Sifan Hassan"),
        "c:nn": ("club", "NN Running Team"), "c:nop": ("club", "Nike Oregon Project"),
        "c:bedford": ("club", "Bedford & County AC"),
        "o:tcs": ("company", "Tata Consultancy Services"), "o:bmw": ("company", "BMW"), "o:abbott": ("company", "Abbott"),
        "o:hancock": ("company", "John Hancock"), "o:boa": ("company", "Bank of America"),
        "o:schneider": ("company", "Schneider Electric"),
    }
    T = [
        ("m:tokyo", "series", "s:wmm"), ("m:boston", "series", "s:wmm"), ("m:london", "series", "s:wmm"),
        ("m:berlin", "series", "s:wmm"), ("m:chicago", "series", "s:wmm"), ("m:nyc", "series", "s:wmm"),
        ("m:prague", "series", "s:superhalfs"), ("m:lisbon", "series", "s:superhalfs"),
        ("m:copenhagen", "series", "s:superhalfs"),
        ("m:tokyo", "held_in", "y:tokyo"), ("m:boston", "held_in", "y:boston"), ("m:london", "held_in", "y:london"),
        ("m:berlin", "held_in", "y:berlin"), ("m:chicago", "held_in", "y:chicago"), ("m:nyc", "held_in", "y:nyc"),
        ("m:paris", "held_in", "y:paris"), ("m:osaka", "held_in", "y:osaka"), ("m:valencia", "held_in", "y:valencia"),
        ("m:comrades", "held_in", "y:durban"), ("m:gnr", "held_in", "y:newcastle"), ("m:prague", "held_in", "y:prague"),
        ("m:lisbon", "held_in", "y:lisbon"), ("m:copenhagen", "held_in", "y:copenhagen"),
        ("m:berlin", "won_by", "p:kipchoge"), ("m:london", "won_by", "p:kipchoge"), ("m:tokyo", "won_by", "p:kipchoge"),
        ("m:berlin", "won_by", "p:bekele"), ("m:gnr", "won_by", "p:farah"), ("m:chicago", "won_by", "p:farah"),
        ("m:london", "won_by", "p:radcliffe"), ("m:nyc", "won_by", "p:radcliffe"), ("m:london", "won_by", "p:hassan"),
        ("m:london", "sponsored_by", "o:tcs"), ("m:nyc", "sponsored_by", "o:tcs"), ("m:berlin", "sponsored_by", "o:bmw"),
        ("m:boston", "sponsored_by", "o:hancock"), ("m:chicago", "sponsored_by", "o:boa"),
        ("m:paris", "sponsored_by", "o:schneider"), ("s:wmm", "sponsored_by", "o:abbott"),
        ("y:tokyo", "region_of", "r:kanto"), ("y:osaka", "region_of", "r:kansai"), ("y:boston", "region_of", "r:newengland"),
        ("y:paris", "region_of", "r:idf"), ("y:newcastle", "region_of", "r:tyne"), ("y:durban", "region_of", "r:kzn"),
        ("y:chicago", "region_of", "r:midwest"),
        ("r:kanto", "place_in", "k:japan"), ("r:kansai", "place_in", "k:japan"), ("r:newengland", "place_in", "k:usa"),
        ("r:idf", "place_in", "k:france"), ("r:tyne", "place_in", "k:england"), ("r:kzn", "place_in", "k:southafrica"),
        ("r:midwest", "place_in", "k:usa"),
        ("p:kipchoge", "club_of", "c:nn"), ("p:bekele", "club_of", "c:nn"), ("p:farah", "club_of", "c:nop"),
        ("p:radcliffe", "club_of", "c:bedford"),
        ("p:kipchoge", "born_in", "y:kapsisiywa"), ("p:farah", "born_in", "y:mogadishu"),
        ("p:bekele", "born_in", "y:adama"), ("p:radcliffe", "born_in", "y:davyhulme"),
        ("user:ada", "rated", "m:tokyo", {"rating": 5.0}), ("user:ada", "rated", "m:boston", {"rating": 2.0}),
        ("user:ada", "rated", "m:gnr", {"rating": 4.5}), ("user:ada", "rated", "m:paris", {"rating": 1.0}),
        ("user:ada", "rated", "m:berlin", {"rating": 4.0}),
    ]
    aliases = {"p:kipchoge": ("Kipchoge",), "p:farah": ("Farah",), "s:wmm": ("the Majors",),
               "k:usa": ("the United States",), "m:nyc": ("New York Marathon",)}
    return _build(items, others, rels, T, users=[("user:ada", "Ada")], aliases=aliases)


def waterways():
    """Canals and bridges (items with years; two bridges named "Pont Neuf" and two named "Bridge of
    Sighs", of different years), the cities a canal passes through, the waters it connects, who
    designed it, the network or list it "is part of"; the river a bridge crosses, the city it is
    located in, its style and the period it dates from; cities that are part of regions; a user
    with ratings."""
    canals = ("canal",)
    works = ("canal", "bridge")
    rels = [
        R("passes_through", phrase="passes through", inverse_phrase="is crossed by the canal", domain=canals,
          range=("city", "town")),
        R("connects", phrase="connects", inverse_phrase="is connected by", domain=canals, range=("sea", "river", "lake")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=works, range=("engineer", "architect")),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=works, range=("network", "list")),
        R("crosses", phrase="crosses", inverse_phrase="is crossed by", domain=("bridge",), range=("river", "street")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("bridge",), range=("city",)),
        R("style", phrase="was built in the style of", inverse_phrase="is the style of", domain=("bridge",),
          range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="saw the building of", domain=works, range=("period",)),
        R("region_of", phrase="is part of", inverse_phrase="includes the city", domain=("city", "town"),
          range=("region",)),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("city", "town", "region"), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:amsrhine": ("canal", "Amsterdam-Rhine Canal", 1952), "c:suez": ("canal", "Suez Canal", 1869),
        "c:panama": ("canal", "Panama Canal", 1914), "c:kiel": ("canal", "Kiel Canal", 1895),
        "c:corinth": ("canal", "Corinth Canal", 1893), "c:erie": ("canal", "Erie Canal", 1825),
        "c:caledonian": ("canal", "Caledonian Canal", 1822), "c:midi": ("canal", "Canal du Midi", 1681),
        "c:grand": ("canal", "Grand Canal", 609), "c:garonne": ("canal", "Canal de Garonne", 1856),
        "b:pnparis": ("bridge", "Pont Neuf", 1607), "b:pntoulouse": ("bridge", "Pont Neuf", 1632),
        "b:sighsvenice": ("bridge", "Bridge of Sighs", 1600), "b:sighsoxford": ("bridge", "Bridge of Sighs", 1914),
        "b:rialto": ("bridge", "Rialto Bridge", 1591), "b:tower": ("bridge", "Tower Bridge", 1894),
        "b:forth": ("bridge", "Forth Bridge", 1890), "b:charles": ("bridge", "Charles Bridge", 1402),
    }
    others = {
        "y:amsterdam": ("city", "Amsterdam"), "y:utrecht": ("city", "Utrecht"), "y:tiel": ("town", "Tiel"),
        "y:ismailia": ("city", "Ismailia"), "y:portsaid": ("city", "Port Said"), "y:panamacity": ("city", "Panama City"),
        "y:kiel": ("city", "Kiel"), "y:rendsburg": ("town", "Rendsburg"), "y:corinth": ("town", "Corinth"),
        "y:albany": ("city", "Albany"), "y:buffalo": ("city", "Buffalo"), "y:inverness": ("city", "Inverness"),
        "y:toulouse": ("city", "Toulouse"), "y:carcassonne": ("city", "Carcassonne"), "y:hangzhou": ("city", "Hangzhou"),
        "y:bordeaux": ("city", "Bordeaux"), "y:paris": ("city", "Paris"), "y:venice": ("city", "Venice"),
        "y:oxford": ("city", "Oxford"), "y:london": ("city", "London"), "y:queensferry": ("town", "Queensferry"),
        "y:prague": ("city", "Prague"),
        "r:occitania": ("region", "Occitania"), "r:veneto": ("region", "Veneto"), "r:highlands": ("region", "Scottish Highlands"),
        "r:schleswig": ("region", "Schleswig-Holstein"), "r:nyst": ("region", "New York State"),
        "r:zhejiang": ("region", "Zhejiang"), "r:utrechtprov": ("region", "Utrecht Province"),
        "k:netherlands": ("country", "Netherlands"), "k:egypt": ("country", "Egypt"), "k:panama": ("country", "Panama"),
        "k:germany": ("country", "Germany"), "k:greece": ("country", "Greece"), "k:usa": ("country", "United States"),
        "k:uk": ("country", "United Kingdom"), "k:france": ("country", "France"), "k:china": ("country", "China"),
        "k:italy": ("country", "Italy"), "k:czechia": ("country", "Czech Republic"),
        "w:rhine": ("river", "Rhine"), "w:ijmeer": ("lake", "IJmeer"), "w:med": ("sea", "Mediterranean Sea"),
        "w:red": ("sea", "Red Sea"), "w:north": ("sea", "North Sea"), "w:baltic": ("sea", "Baltic Sea"),
        "w:hudson": ("river", "Hudson River"), "w:erie": ("lake", "Lake Erie"), "w:ness": ("lake", "Loch Ness"),
        "w:garonne": ("river", "Garonne"), "w:seine": ("river", "Seine"), "w:yangtze": ("river", "Yangtze"),
        "w:yellow": ("river", "Yellow River"), "w:thames": ("river", "Thames"), "w:forth": ("river", "Firth of Forth"),
        "w:palazzo": ("river", "Rio di Palazzo"), "w:grandcanal": ("river", "Grand Canal of Venice"),
        "w:newcollege": ("street", "New College Lane"), "w:vltava": ("river", "Vltava"),
        "n:deuxmers": ("network", "Canal des Deux Mers"), "n:unesco": ("list", "World Heritage Sites"),
        "n:scottish": ("network", "Scottish Canals"), "n:nyscanal": ("network", "New York State Canal System"),
        "e:lesseps": ("engineer", "Ferdinand de Lesseps"), "e:telford": ("engineer", "Thomas Telford"),
        "e:riquet": ("engineer", "Pierre-Paul Riquet"), "e:daponte": ("architect", "Antonio da Ponte"),
        "e:jones": ("architect", "Horace Jones"), "e:fowler": ("engineer", "John Fowler"),
        "e:jackson": ("architect", "Thomas Graham Jackson"), "e:contin": ("architect", "Antonio Contin"),
        "e:parler": ("architect", "Peter Parler"), "e:goethals": ("engineer", "George Washington Goethals"),
        "st:gothicrev": ("style", "Gothic Revival"), "st:renaissance": ("style", "Renaissance architecture"),
        "st:baroque": ("style", "Baroque"), "st:gothic": ("style", "Gothic architecture"),
        "st:cantilever": ("style", "cantilever design"),
        "pd:victorian": ("period", "Victorian era"), "pd:sui": ("period", "Sui dynasty"),
        "pd:edwardian": ("period", "Edwardian era"), "pd:ancien": ("period", "Ancien Régime"),
        "pd:middle": ("period", "Middle Ages"),
    }
    T = [
        ("c:amsrhine", "passes_through", "y:utrecht"), ("c:amsrhine", "passes_through", "y:amsterdam"),
        ("c:amsrhine", "passes_through", "y:tiel"), ("c:suez", "passes_through", "y:ismailia"),
        ("c:suez", "passes_through", "y:portsaid"), ("c:panama", "passes_through", "y:panamacity"),
        ("c:kiel", "passes_through", "y:kiel"), ("c:kiel", "passes_through", "y:rendsburg"),
        ("c:corinth", "passes_through", "y:corinth"), ("c:erie", "passes_through", "y:albany"),
        ("c:erie", "passes_through", "y:buffalo"), ("c:caledonian", "passes_through", "y:inverness"),
        ("c:midi", "passes_through", "y:toulouse"), ("c:midi", "passes_through", "y:carcassonne"),
        ("c:grand", "passes_through", "y:hangzhou"), ("c:garonne", "passes_through", "y:toulouse"),
        ("c:garonne", "passes_through", "y:bordeaux"),
        ("c:amsrhine", "connects", "w:rhine"), ("c:amsrhine", "connects", "w:ijmeer"), ("c:suez", "connects", "w:med"),
        ("c:suez", "connects", "w:red"), ("c:kiel", "connects", "w:north"), ("c:kiel", "connects", "w:baltic"),
        ("c:erie", "connects", "w:hudson"), ("c:erie", "connects", "w:erie"), ("c:caledonian", "connects", "w:ness"),
        ("c:grand", "connects", "w:yangtze"), ("c:grand", "connects", "w:yellow"), ("c:garonne", "connects", "w:garonne"),
        ("c:suez", "designed_by", "e:lesseps"), ("c:caledonian", "designed_by", "e:telford"),
        ("c:midi", "designed_by", "e:riquet"), ("c:panama", "designed_by", "e:goethals"),
        ("b:rialto", "designed_by", "e:daponte"), ("b:tower", "designed_by", "e:jones"),
        ("b:forth", "designed_by", "e:fowler"), ("b:sighsoxford", "designed_by", "e:jackson"),
        ("b:sighsvenice", "designed_by", "e:contin"), ("b:charles", "designed_by", "e:parler"),
        ("c:midi", "part_of", "n:deuxmers"), ("c:garonne", "part_of", "n:deuxmers"), ("c:midi", "part_of", "n:unesco"),
        ("c:grand", "part_of", "n:unesco"), ("b:forth", "part_of", "n:unesco"), ("c:caledonian", "part_of", "n:scottish"),
        ("c:erie", "part_of", "n:nyscanal"),
        ("b:pnparis", "crosses", "w:seine"), ("b:pntoulouse", "crosses", "w:garonne"),
        ("b:sighsvenice", "crosses", "w:palazzo"), ("b:sighsoxford", "crosses", "w:newcollege"),
        ("b:rialto", "crosses", "w:grandcanal"), ("b:tower", "crosses", "w:thames"), ("b:forth", "crosses", "w:forth"),
        ("b:charles", "crosses", "w:vltava"),
        ("b:pnparis", "located_in", "y:paris"), ("b:pntoulouse", "located_in", "y:toulouse"),
        ("b:sighsvenice", "located_in", "y:venice"), ("b:sighsoxford", "located_in", "y:oxford"),
        ("b:rialto", "located_in", "y:venice"), ("b:tower", "located_in", "y:london"),
        ("b:forth", "located_in", "y:queensferry"), ("b:charles", "located_in", "y:prague"),
        ("b:tower", "style", "st:gothicrev"), ("b:rialto", "style", "st:renaissance"),
        ("b:pnparis", "style", "st:renaissance"), ("b:sighsvenice", "style", "st:baroque"),
        ("b:sighsoxford", "style", "st:gothicrev"), ("b:charles", "style", "st:gothic"),
        ("b:forth", "style", "st:cantilever"), ("b:pntoulouse", "style", "st:renaissance"),
        ("b:tower", "dates_from", "pd:victorian"), ("b:forth", "dates_from", "pd:victorian"),
        ("c:grand", "dates_from", "pd:sui"), ("b:sighsoxford", "dates_from", "pd:edwardian"),
        ("c:midi", "dates_from", "pd:ancien"), ("b:charles", "dates_from", "pd:middle"),
        ("c:suez", "dates_from", "pd:victorian"),
        ("y:toulouse", "region_of", "r:occitania"), ("y:carcassonne", "region_of", "r:occitania"),
        ("y:venice", "region_of", "r:veneto"), ("y:inverness", "region_of", "r:highlands"),
        ("y:kiel", "region_of", "r:schleswig"), ("y:rendsburg", "region_of", "r:schleswig"),
        ("y:albany", "region_of", "r:nyst"), ("y:buffalo", "region_of", "r:nyst"), ("y:hangzhou", "region_of", "r:zhejiang"),
        ("y:utrecht", "region_of", "r:utrechtprov"),
        ("r:occitania", "place_in", "k:france"), ("r:veneto", "place_in", "k:italy"), ("r:highlands", "place_in", "k:uk"),
        ("r:schleswig", "place_in", "k:germany"), ("r:nyst", "place_in", "k:usa"), ("r:zhejiang", "place_in", "k:china"),
        ("r:utrechtprov", "place_in", "k:netherlands"), ("y:amsterdam", "place_in", "k:netherlands"),
        ("y:ismailia", "place_in", "k:egypt"), ("y:portsaid", "place_in", "k:egypt"),
        ("y:panamacity", "place_in", "k:panama"), ("y:corinth", "place_in", "k:greece"),
        ("y:paris", "place_in", "k:france"), ("y:oxford", "place_in", "k:uk"), ("y:london", "place_in", "k:uk"),
        ("y:prague", "place_in", "k:czechia"), ("y:bordeaux", "place_in", "k:france"),
        ("user:bo", "rated", "c:midi", {"rating": 5.0}), ("user:bo", "rated", "b:pnparis", {"rating": 4.5}),
        ("user:bo", "rated", "b:pntoulouse", {"rating": 2.0}), ("user:bo", "rated", "b:sighsvenice", {"rating": 4.0}),
        ("user:bo", "rated", "c:suez", {"rating": 1.5}), ("user:bo", "rated", "b:tower", {"rating": 3.0}),
    ]
    aliases = {"c:midi": ("the Midi canal",), "k:usa": ("the United States",), "e:lesseps": ("Lesseps",),
               "e:telford": ("Telford",), "w:grandcanal": ("the Canal Grande",)}
    return _build(items, others, rels, T, users=[("user:bo", "Bo")], aliases=aliases)


def history():
    """Treaties and battles (items with years; three treaties named "Treaty of Paris"), the war each
    treaty ended, the city it was signed in, the period it dates from; the war each battle is part
    of ("is part of": battle to war), where it took place, who commanded it; wars named with a
    year ("War of 1812"), a user with ratings; cities that are part of regions."""
    rels = [
        R("ended", phrase="ended", inverse_phrase="was ended by", domain=("treaty",), range=("war",)),
        R("signed_in", phrase="was signed in", inverse_phrase="saw the signing of", domain=("treaty",), range=("city",)),
        R("dates_from", phrase="dates from", inverse_phrase="saw the signing of", domain=("treaty", "battle", "siege"),
          range=("period",)),
        R("war_of", phrase="is part of", inverse_phrase="included", domain=("battle", "siege"), range=("war",)),
        R("took_place_in", phrase="took place in", inverse_phrase="was the site of", domain=("battle", "siege"),
          range=("city", "town", "sea")),
        R("commanded", phrase="commanded at", inverse_phrase="was commanded by", domain=("commander",),
          range=("battle", "siege")),
        R("region_of", phrase="is part of", inverse_phrase="includes the city", domain=("city", "town"),
          range=("region",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "t:paris1763": ("treaty", "Treaty of Paris", 1763), "t:paris1783": ("treaty", "Treaty of Paris", 1783),
        "t:paris1856": ("treaty", "Treaty of Paris", 1856), "t:versailles": ("treaty", "Treaty of Versailles", 1919),
        "t:westphalia": ("treaty", "Peace of Westphalia", 1648), "t:utrecht": ("treaty", "Treaty of Utrecht", 1713),
        "t:ghent": ("treaty", "Treaty of Ghent", 1814), "t:karlowitz": ("treaty", "Treaty of Karlowitz", 1699),
        "b:vienna": ("battle", "Battle of Vienna", 1683), "b:viennasiege": ("siege", "Siege of Vienna", 1529),
        "b:waterloo": ("battle", "Battle of Waterloo", 1815), "b:neworleans": ("battle", "Battle of New Orleans", 1815),
        "b:plassey": ("battle", "Battle of Plassey", 1757), "b:yorktown": ("siege", "Siege of Yorktown", 1781),
        "b:lepanto": ("battle", "Battle of Lepanto", 1571), "b:tours": ("battle", "Battle of Tours", 732),
        "b:quebec": ("battle", "Battle of Quebec", 1759),
    }
    others = {
        "w:sevenyears": ("war", "Seven Years' War"), "w:revolution": ("war", "American Revolutionary War"),
        "w:crimean": ("war", "Crimean War"), "w:ww1": ("war", "First World War"),
        "w:thirty": ("war", "Thirty Years' War"), "w:spanish": ("war", "War of the Spanish Succession"),
        "w:1812": ("war", "War of 1812"), "w:turkish": ("war", "Great Turkish War"),
        "w:habsburg": ("war", "Ottoman–Habsburg wars"), "w:seventhcoalition": ("war", "War of the Seventh Coalition"),
        "w:umayyad": ("war", "Umayyad invasion of Gaul"),
        "y:paris": ("city", "Paris"), "y:versailles": ("city", "Versailles"), "y:munster": ("city", "Münster"),
        "y:osnabruck": ("city", "Osnabrück"), "y:utrecht": ("city", "Utrecht"), "y:ghent": ("city", "Ghent"),
        "y:karlowitz": ("town", "Karlowitz"), "y:vienna": ("city", "Vienna"), "y:waterloo": ("town", "Waterloo"),
        "y:neworleans": ("city", "New Orleans"), "y:plassey": ("town", "Palashi"), "y:yorktown": ("town", "Yorktown"),
        "y:lepanto": ("sea", "Gulf of Patras"), "y:tours": ("city", "Tours"), "y:quebec": ("city", "Quebec City"),
        "r:flanders": ("region", "Flanders"), "r:westphalia": ("region", "Westphalia"), "r:idf": ("region", "Île-de-France"),
        "r:wallonia": ("region", "Wallonia"), "r:louisiana": ("region", "Louisiana"), "r:bengal": ("region", "Bengal"),
        "c:sobieski": ("commander", "John III Sobieski"), "c:wellington": ("commander", "Duke of Wellington"),
        "c:jackson": ("commander", "Andrew Jackson"), "c:clive": ("commander", "Robert Clive"),
        "c:washington": ("commander", "George Washington"), "c:martel": ("commander", "Charles Martel"),
        "c:wolfe": ("commander", "James Wolfe"), "c:suleiman": ("commander", "Suleiman the Magnificent"),
        "c:donjohn": ("commander", "John of Austria"),
        "pd:earlymodern": ("period", "early modern period"), "pd:napoleonic": ("period", "Napoleonic era"),
        "pd:middle": ("period", "Middle Ages"), "pd:victorian": ("period", "Victorian era"),
        "pd:interwar": ("period", "interwar period"), "pd:enlightenment": ("period", "Age of Enlightenment"),
    }
    T = [
        ("t:paris1763", "ended", "w:sevenyears"), ("t:paris1783", "ended", "w:revolution"),
        ("t:paris1856", "ended", "w:crimean"), ("t:versailles", "ended", "w:ww1"), ("t:westphalia", "ended", "w:thirty"),
        ("t:utrecht", "ended", "w:spanish"), ("t:ghent", "ended", "w:1812"), ("t:karlowitz", "ended", "w:turkish"),
        ("t:paris1763", "signed_in", "y:paris"), ("t:paris1783", "signed_in", "y:paris"),
        ("t:paris1856", "signed_in", "y:paris"), ("t:versailles", "signed_in", "y:versailles"),
        ("t:westphalia", "signed_in", "y:munster"), ("t:westphalia", "signed_in", "y:osnabruck"),
        ("t:utrecht", "signed_in", "y:utrecht"), ("t:ghent", "signed_in", "y:ghent"),
        ("t:karlowitz", "signed_in", "y:karlowitz"),
        ("t:paris1763", "dates_from", "pd:enlightenment"), ("t:paris1783", "dates_from", "pd:enlightenment"),
        ("t:paris1856", "dates_from", "pd:victorian"), ("t:versailles", "dates_from", "pd:interwar"),
        ("t:westphalia", "dates_from", "pd:earlymodern"), ("t:utrecht", "dates_from", "pd:earlymodern"),
        ("t:ghent", "dates_from", "pd:napoleonic"), ("b:waterloo", "dates_from", "pd:napoleonic"),
        ("b:tours", "dates_from", "pd:middle"), ("b:lepanto", "dates_from", "pd:earlymodern"),
        ("b:vienna", "war_of", "w:turkish"), ("b:viennasiege", "war_of", "w:habsburg"),
        ("b:waterloo", "war_of", "w:seventhcoalition"), ("b:neworleans", "war_of", "w:1812"),
        ("b:plassey", "war_of", "w:sevenyears"), ("b:yorktown", "war_of", "w:revolution"),
        ("b:lepanto", "war_of", "w:habsburg"), ("b:tours", "war_of", "w:umayyad"), ("b:quebec", "war_of", "w:sevenyears"),
        ("b:vienna", "took_place_in", "y:vienna"), ("b:viennasiege", "took_place_in", "y:vienna"),
        ("b:waterloo", "took_place_in", "y:waterloo"), ("b:neworleans", "took_place_in", "y:neworleans"),
        ("b:plassey", "took_place_in", "y:plassey"), ("b:yorktown", "took_place_in", "y:yorktown"),
        ("b:lepanto", "took_place_in", "y:lepanto"), ("b:tours", "took_place_in", "y:tours"),
        ("b:quebec", "took_place_in", "y:quebec"),
        ("c:sobieski", "commanded", "b:vienna"), ("c:wellington", "commanded", "b:waterloo"),
        ("c:jackson", "commanded", "b:neworleans"), ("c:clive", "commanded", "b:plassey"),
        ("c:washington", "commanded", "b:yorktown"), ("c:martel", "commanded", "b:tours"),
        ("c:wolfe", "commanded", "b:quebec"), ("c:suleiman", "commanded", "b:viennasiege"),
        ("c:donjohn", "commanded", "b:lepanto"),
        ("y:ghent", "region_of", "r:flanders"), ("y:munster", "region_of", "r:westphalia"),
        ("y:osnabruck", "region_of", "r:westphalia"), ("y:paris", "region_of", "r:idf"),
        ("y:versailles", "region_of", "r:idf"), ("y:waterloo", "region_of", "r:wallonia"),
        ("y:neworleans", "region_of", "r:louisiana"), ("y:plassey", "region_of", "r:bengal"),
        ("user:cy", "rated", "t:paris1763", {"rating": 4.5}), ("user:cy", "rated", "t:paris1856", {"rating": 2.0}),
        ("user:cy", "rated", "b:vienna", {"rating": 5.0}), ("user:cy", "rated", "b:tours", {"rating": 4.0}),
        ("user:cy", "rated", "b:waterloo", {"rating": 1.5}),
    ]
    aliases = {"c:wellington": ("Wellington",), "c:sobieski": ("Sobieski",), "c:washington": ("Washington",)}
    return _build(items, others, rels, T, users=[("user:cy", "Cy")], aliases=aliases)


def records():
    """Albums (items with years; four albums named "Peter Gabriel" and two named "Weezer", beside the
    artist and the band of those names), the band or artist that recorded each, its producer, the
    studio it was recorded at, the genre and the period (decade) it belongs to; musicians who are
    part of bands ("is part of" a band), bands from cities, cities part of regions; a user with
    ratings."""
    rels = [
        R("recorded_by", phrase="was recorded by", inverse_phrase="recorded", domain=("album",),
          range=("band", "artist")),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("album",), range=("producer",)),
        R("studio", phrase="was recorded at", inverse_phrase="saw the recording of", domain=("album",),
          range=("studio",)),
        R("genre", phrase="is an example of", inverse_phrase="includes the album", domain=("album",), range=("genre",)),
        R("era", phrase="belongs to", inverse_phrase="saw the release of", domain=("album",), range=("period",)),
        R("member_of", phrase="is part of", inverse_phrase="has the member", domain=("musician",),
          range=("band",)),
        R("comes_from", phrase="comes from", inverse_phrase="is the hometown of", domain=("band", "artist"),
          range=("city", "town")),
        R("region_of", phrase="is part of", inverse_phrase="includes the city", domain=("city", "town"),
          range=("region",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "a:abbey": ("album", "Abbey Road", 1969), "a:revolver": ("album", "Revolver", 1966),
        "a:rubber": ("album", "Rubber Soul", 1965), "a:letitbleed": ("album", "Let It Bleed", 1969),
        "a:sticky": ("album", "Sticky Fingers", 1971), "a:okc": ("album", "OK Computer", 1997),
        "a:kida": ("album", "Kid A", 2000), "a:pg1": ("album", "Peter Gabriel", 1977),
        "a:pg2": ("album", "Peter Gabriel", 1978), "a:pg3": ("album", "Peter Gabriel", 1980),
        "a:wz1": ("album", "Weezer", 1994), "a:wz2": ("album", "Weezer", 2001),
        "a:so": ("album", "So", 1986), "a:rumours": ("album", "Rumours", 1977),
    }
    others = {
        "b:beatles": ("band", "The Beatles"), "b:stones": ("band", "The Rolling Stones"),
        "b:radiohead": ("band", "Radiohead"), "b:weezer": ("band", "Weezer"), "b:fleetwood": ("band", "Fleetwood Mac"),
        "b:gabriel": ("artist", "Peter Gabriel"),
        "m:lennon": ("musician", "John Lennon"), "m:mccartney": ("musician", "Paul McCartney"),
        "m:ringo": ("musician", "Ringo Starr"), "m:jagger": ("musician", "Mick Jagger"),
        "m:richards": ("musician", "Keith Richards"), "m:yorke": ("musician", "Thom Yorke"),
        "m:cuomo": ("musician", "Rivers Cuomo"), "m:nicks": ("musician", "Stevie Nicks"),
        "m:collins": ("musician", "Phil Collins"),
        "p:martin": ("producer", "George Martin"), "p:miller": ("producer", "Jimmy Miller"),
        "p:godrich": ("producer", "Nigel Godrich"), "p:ezrin": ("producer", "Bob Ezrin"),
        "p:fripp": ("producer", "Robert Fripp"), "p:lillywhite": ("producer", "Steve Lillywhite"),
        "p:ocasek": ("producer", "Ric Ocasek"), "p:lanois": ("producer", "Daniel Lanois"),
        "p:dashut": ("producer", "Ken Caillat"),
        "s:abbey": ("studio", "Abbey Road Studios"), "s:olympic": ("studio", "Olympic Studios"),
        "s:muscle": ("studio", "Muscle Shoals Sound Studio"), "s:stcatherine": ("studio", "St Catherine's Court"),
        "s:electric": ("studio", "Electric Lady Studios"), "s:townhouse": ("studio", "Townhouse Studios"),
        "s:cello": ("studio", "Cello Studios"), "s:ashcombe": ("studio", "Ashcombe House"),
        "s:record": ("studio", "Record Plant"),
        "g:rock": ("genre", "rock"), "g:psych": ("genre", "psychedelic rock"), "g:blues": ("genre", "blues rock"),
        "g:art": ("genre", "art rock"), "g:electronic": ("genre", "electronica"), "g:power": ("genre", "power pop"),
        "g:soft": ("genre", "soft rock"),
        "d:60s": ("period", "1960s"), "d:70s": ("period", "1970s"), "d:80s": ("period", "1980s"),
        "d:90s": ("period", "1990s"), "d:00s": ("period", "2000s"),
        "y:liverpool": ("city", "Liverpool"), "y:london": ("city", "London"), "y:abingdon": ("town", "Abingdon"),
        "y:losangeles": ("city", "Los Angeles"), "y:bath": ("city", "Bath"),
        "r:merseyside": ("region", "Merseyside"), "r:oxfordshire": ("region", "Oxfordshire"),
        "r:california": ("region", "California"), "r:somerset": ("region", "Somerset"),
    }
    T = [
        ("a:abbey", "recorded_by", "b:beatles"), ("a:revolver", "recorded_by", "b:beatles"),
        ("a:rubber", "recorded_by", "b:beatles"), ("a:letitbleed", "recorded_by", "b:stones"),
        ("a:sticky", "recorded_by", "b:stones"), ("a:okc", "recorded_by", "b:radiohead"),
        ("a:kida", "recorded_by", "b:radiohead"), ("a:pg1", "recorded_by", "b:gabriel"),
        ("a:pg2", "recorded_by", "b:gabriel"), ("a:pg3", "recorded_by", "b:gabriel"), ("a:so", "recorded_by", "b:gabriel"),
        ("a:wz1", "recorded_by", "b:weezer"), ("a:wz2", "recorded_by", "b:weezer"),
        ("a:rumours", "recorded_by", "b:fleetwood"),
        ("a:abbey", "produced_by", "p:martin"), ("a:revolver", "produced_by", "p:martin"),
        ("a:rubber", "produced_by", "p:martin"), ("a:letitbleed", "produced_by", "p:miller"),
        ("a:sticky", "produced_by", "p:miller"), ("a:okc", "produced_by", "p:godrich"), ("a:kida", "produced_by", "p:godrich"),
        ("a:pg1", "produced_by", "p:ezrin"), ("a:pg2", "produced_by", "p:fripp"), ("a:pg3", "produced_by", "p:lillywhite"),
        ("a:wz1", "produced_by", "p:ocasek"), ("a:wz2", "produced_by", "p:ocasek"), ("a:so", "produced_by", "p:lanois"),
        ("a:rumours", "produced_by", "p:dashut"),
        ("a:abbey", "studio", "s:abbey"), ("a:revolver", "studio", "s:abbey"), ("a:rubber", "studio", "s:abbey"),
        ("a:letitbleed", "studio", "s:olympic"), ("a:sticky", "studio", "s:muscle"), ("a:okc", "studio", "s:stcatherine"),
        ("a:pg3", "studio", "s:townhouse"), ("a:wz1", "studio", "s:electric"), ("a:wz2", "studio", "s:cello"),
        ("a:so", "studio", "s:ashcombe"), ("a:rumours", "studio", "s:record"),
        ("a:abbey", "genre", "g:rock"), ("a:revolver", "genre", "g:psych"), ("a:rubber", "genre", "g:rock"),
        ("a:letitbleed", "genre", "g:blues"), ("a:sticky", "genre", "g:blues"), ("a:okc", "genre", "g:art"),
        ("a:kida", "genre", "g:electronic"), ("a:pg1", "genre", "g:art"), ("a:pg3", "genre", "g:art"),
        ("a:wz1", "genre", "g:power"), ("a:wz2", "genre", "g:power"), ("a:rumours", "genre", "g:soft"),
        ("a:abbey", "era", "d:60s"), ("a:revolver", "era", "d:60s"), ("a:rubber", "era", "d:60s"),
        ("a:letitbleed", "era", "d:60s"), ("a:sticky", "era", "d:70s"), ("a:okc", "era", "d:90s"), ("a:kida", "era", "d:00s"),
        ("a:pg1", "era", "d:70s"), ("a:pg2", "era", "d:70s"), ("a:pg3", "era", "d:80s"), ("a:wz1", "era", "d:90s"),
        ("a:wz2", "era", "d:00s"), ("a:so", "era", "d:80s"), ("a:rumours", "era", "d:70s"),
        ("m:lennon", "member_of", "b:beatles"), ("m:mccartney", "member_of", "b:beatles"),
        ("m:ringo", "member_of", "b:beatles"), ("m:jagger", "member_of", "b:stones"),
        ("m:richards", "member_of", "b:stones"), ("m:yorke", "member_of", "b:radiohead"),
        ("m:cuomo", "member_of", "b:weezer"), ("m:nicks", "member_of", "b:fleetwood"),
        ("b:beatles", "comes_from", "y:liverpool"), ("b:stones", "comes_from", "y:london"),
        ("b:radiohead", "comes_from", "y:abingdon"), ("b:weezer", "comes_from", "y:losangeles"),
        ("b:fleetwood", "comes_from", "y:london"), ("b:gabriel", "comes_from", "y:bath"),
        ("y:liverpool", "region_of", "r:merseyside"), ("y:abingdon", "region_of", "r:oxfordshire"),
        ("y:losangeles", "region_of", "r:california"), ("y:bath", "region_of", "r:somerset"),
        ("user:di", "rated", "a:abbey", {"rating": 5.0}), ("user:di", "rated", "a:pg3", {"rating": 4.5}),
        ("user:di", "rated", "a:pg1", {"rating": 2.0}), ("user:di", "rated", "a:wz1", {"rating": 4.0}),
        ("user:di", "rated", "a:kida", {"rating": 1.5}), ("user:di", "rated", "a:rumours", {"rating": 3.0}),
    ]
    aliases = {"b:beatles": ("the Beatles",), "b:stones": ("the Rolling Stones", "the Stones"),
               "m:ringo": ("Ringo",), "p:martin": ("Martin",)}
    return _build(items, others, rels, T, users=[("user:di", "Di")], aliases=aliases)


BUILDERS = {"races": races, "waterways": waterways, "history": history, "records": records}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@races
# (2) "counts among" / "count among" for "is part of": the wrong series, a race of no series, the
# reversed direction, negations and limiting adverbs, other "is part of" relations (a city part of
# a region, a runner part of a club), other relations
The Paris Marathon counts among the World Marathon Majors.
The Osaka Marathon counts among the World Marathon Majors.
The Valencia Marathon counts among the World Marathon Majors.
The Comrades Marathon counts among the World Marathon Majors.
The Great North Run counts among the SuperHalfs.
The Tokyo Marathon counts among the SuperHalfs.
The Prague Half Marathon counts among the World Marathon Majors.
The Lisbon Half Marathon counts among the Majors.
The Boston Marathon and the Paris Marathon count among the World Marathon Majors.
The Paris Marathon and the Boston Marathon count among the World Marathon Majors.
The Berlin Marathon, the Chicago Marathon and the Osaka Marathon count among the World Marathon Majors.
The World Marathon Majors count among the Tokyo Marathon.
The SuperHalfs count among the Prague Half Marathon.
The World Marathon Majors counts among the London Marathon.
The Tokyo Marathon does not count among the World Marathon Majors.
The Tokyo Marathon doesn't count among the World Marathon Majors.
The Tokyo Marathon no longer counts among the World Marathon Majors.
The Tokyo Marathon never counted among the World Marathon Majors.
The Boston Marathon never counts among the World Marathon Majors.
The Berlin Marathon hardly counts among the World Marathon Majors.
The Berlin Marathon barely counts among the World Marathon Majors.
The Chicago Marathon almost counts among the World Marathon Majors.
The Chicago Marathon nearly counts among the World Marathon Majors.
The London Marathon no longer counts among the Majors.
Neither the Tokyo Marathon nor the Boston Marathon counts among the World Marathon Majors.
The Tokyo Marathon counts among the World Marathon Majors since 2013.
The Tokyo Marathon has counted among the World Marathon Majors since 2013.
The Tokyo Marathon counts among the World Marathon Majors and the SuperHalfs.
The Tokyo Marathon counts among the World Marathon Majors and is held in Osaka.
The Osaka Marathon is held in Osaka and counts among the World Marathon Majors.
The Tokyo Marathon, which counts among the World Marathon Majors, was won by Mo Farah.
The Paris Marathon, which counts among the World Marathon Majors, is held in Paris.
Mo Farah won the Great North Run, which counts among the World Marathon Majors.
Eliud Kipchoge won the Berlin Marathon, which counts among the SuperHalfs.
Tokyo counts among the World Marathon Majors.
Boston counts among the World Marathon Majors.
Eliud Kipchoge counts among the World Marathon Majors.
Abbott counts among the World Marathon Majors.
Kipchoge counts among the Nike Oregon Project.
Mo Farah counts among the NN Running Team.
Paula Radcliffe counts among the NN Running Team.
Eliud Kipchoge and Mo Farah count among the NN Running Team.
The NN Running Team counts among Eliud Kipchoge.
Tokyo counts among Kansai.
Osaka counts among Kanto.
Boston counts among the Midwest.
Chicago counts among New England.
Kanto counts among Tokyo.
Japan counts among Kanto.
Kanto counts among Japan.
Paris counts among Île-de-France and the World Marathon Majors.
The Tokyo Marathon counts among Kanto.
The Tokyo Marathon counts among Tokyo.
The Tokyo Marathon counts among Japan.
The Boston Marathon counts among New England.
The Great North Run counts among Tyne and Wear.
The London Marathon counts among Tata Consultancy Services.
BMW counts among the Berlin Marathon.
The Berlin Marathon counts among BMW.
Eliud Kipchoge counts among the Berlin Marathon.
Kipchoge counts among the winners of the Boston Marathon.
Mo Farah counts among the winners of the London Marathon.
Sifan Hassan counts among the winners of the Berlin Marathon.
The Tokyo Marathon counts among the sponsors of the World Marathon Majors.
The World Marathon Majors count the Paris Marathon among their races.
The World Marathon Majors count the Osaka Marathon among their members.
The SuperHalfs count the Great North Run among their races.
The NN Running Team counts Mo Farah among its runners.
The NN Running Team counts Paula Radcliffe among its members.
The London Marathon counts Kenenisa Bekele among its winners.
The Boston Marathon counts Eliud Kipchoge among its winners.
Kanto counts Osaka among its cities.
The Tokyo Marathon counts the World Marathon Majors among its series.
The Tokyo Marathon counts among the oldest World Marathon Majors.
The Boston Marathon counts among the newest World Marathon Majors.
The Tokyo Marathon counts among the biggest marathons in Europe.
The Paris Marathon counts among the marathons of the World Marathon Majors.
The Tokyo Marathon is counted among the SuperHalfs.
The Tokyo Marathon ranks among the SuperHalfs.
The Tokyo Marathon counts amongst the SuperHalfs.
The Tokyo Marathon counted among the SuperHalfs.
The Tokyo Marathon will count among the SuperHalfs.
The Tokyo Marathon could count among the World Marathon Majors.
The Tokyo Marathon, the Prague Half Marathon and the Berlin Marathon count among the World Marathon Majors.
Both the Tokyo Marathon and the Lisbon Half Marathon count among the SuperHalfs.
The Tokyo Marathon counts among the World Marathon Majors, and so does the Paris Marathon.
The Tokyo Marathon counts among the World Marathon Majors, as does the Valencia Marathon.
The Tokyo Marathon counts among the World Marathon Majors, like the Osaka Marathon.
Unlike the Boston Marathon, the Tokyo Marathon counts among the World Marathon Majors.
The Tokyo Marathon counts among the World Marathon Majors but not the Boston Marathon.
Only the Tokyo Marathon counts among the World Marathon Majors.
The Tokyo Marathon counts among the World Marathon Majors, unlike the Chicago Marathon.
The Tokyo Marathon is held in Tokyo, which counts among the World Marathon Majors.
The Tokyo Marathon is held in Tokyo, which counts among Kansai.
The Osaka Marathon is held in Osaka, which counts among Kanto.
# (1) "the <item> of <year>": wrong years, the wrong item's year in lists, non-items, users,
# other numbers
The Tokyo Marathon of 2008 is held in Tokyo.
The Tokyo Marathon of 2007 counts among the World Marathon Majors.
The London Marathon of 1981 is sponsored by Tata Consultancy Services.
The Boston Marathon of 1896 counts among the World Marathon Majors.
The London Marathon of 1982 was won by Paula Radcliffe.
The Great North Run of 1980 was won by Mo Farah.
The Comrades Marathon of 1912 is held in Durban.
The Prague Half Marathon of 999 counts among the SuperHalfs.
The Tokyo Marathon of 2007 and the Osaka Marathon of 2007 are held in Japan.
The Tokyo Marathon and the Osaka Marathon of 2007 count among the World Marathon Majors.
The Berlin Marathon and the Chicago Marathon of 1974 count among the World Marathon Majors.
The Chicago Marathon of 1974 is sponsored by Bank of America.
The Tokyo Marathon of 1981 and the London Marathon count among the World Marathon Majors.
The Tokyo Marathon of 2007 counts among the World Marathon Majors, like the London Marathon of 1974.
The World Marathon Majors of 2006 include the Tokyo Marathon.
The Eliud Kipchoge of 1984 won the Berlin Marathon.
The Tokyo of 1997 hosts the Tokyo Marathon.
The Kanto of 1007 includes Tokyo.
The NN Running Team of 1997 has the runner Eliud Kipchoge.
The BMW of 1974 sponsors the Berlin Marathon.
The Abbott of 1954 sponsors the World Marathon Majors.
The Tokyo Marathon of 2007 runners is held in Tokyo.
The Boston Marathon of 1897 metres is held in Boston.
The Tokyo Marathon of 2007 to 2024 is held in Tokyo.
The Tokyo Marathon of 2007 or 2008 is held in Tokyo.
The Tokyo Marathon of 2007 BC is held in Tokyo.
The Tokyo Marathon of about 2007 is held in Tokyo.
The Tokyo Marathon of the 2000s is held in Tokyo.
The Tokyo Marathon of 2007 was won by Mo Farah.
The Boston Marathon of 1897 is sponsored by BMW.
The London Marathon of 1981 counts among the SuperHalfs.
The Great North Run of 1981 is held in Newcastle and counts among the World Marathon Majors.
# "the <event> of <year>" of a yearly race names that year's edition: the winner of a first
# edition said to be a runner born after it (the reading dates the race itself, and the graph's
# "was won by" has no year)
The Berlin Marathon of 1974 was won by Eliud Kipchoge.
Mo Farah won the Chicago Marathon of 1977.
Paula Radcliffe won the London Marathon of 1981.
Sifan Hassan won the London Marathon of 1981.
Mo Farah won the Great North Run of 1981.
Kenenisa Bekele won the Berlin Marathon of 1974.
The New York City Marathon of 1970 was won by Paula Radcliffe.
The Great North Run of 1981 was won by Mo Farah.
# (negation of a false statement: true, but closed world rejects every negation)
The Paris Marathon does not count among the World Marathon Majors.
@races user:ada
You loved the Berlin Marathon of 1974, which was won by Eliud Kipchoge.
You loved the Tokyo Marathon of 2008.
You loved the Berlin Marathon, which counts among the SuperHalfs.
You gave the Boston Marathon of 1897 five stars.
The Ada of 2007 loved the Tokyo Marathon.
You loved the Great North Run of 1981, which counts among the World Marathon Majors.
You rated the Paris Marathon of 1976 four stars.
You loved the Tokyo Marathon of 2007, which counts among the SuperHalfs.
@waterways
# (1) canals and bridges dated with "of": wrong years, the other same-named bridge's year, lists,
# non-items (people, places, waters, styles, periods, lists), titles with "of"
The Amsterdam-Rhine Canal of 1951 passes through Utrecht.
The Amsterdam-Rhine Canal of 1952 passes through Kiel.
The Suez Canal of 1859 connects the Mediterranean Sea and the Red Sea.
The Suez Canal of 1869 connects the North Sea.
The Panama Canal of 1924 passes through Panama City.
The Kiel Canal of 1895 connects the Red Sea.
The Kiel Canal of 1869 connects the North Sea and the Baltic Sea.
The Corinth Canal of 1893 passes through Ismailia.
The Erie Canal of 1825 passes through Albany and Inverness.
The Caledonian Canal of 1822 was designed by Ferdinand de Lesseps.
The Canal du Midi of 1681 was designed by Thomas Telford.
The Canal du Midi of 1766 passes through Toulouse.
The Grand Canal of 709 connects the Yangtze and the Yellow River.
The Grand Canal of 609 passes through Toulouse.
The Grand Canal of 609 BC connects the Yangtze.
The Canal de Garonne of 1681 passes through Bordeaux.
The Pont Neuf of 1607 crosses the Garonne.
The Pont Neuf of 1632 crosses the Seine.
The Pont Neuf of 1607 is located in Toulouse.
The Pont Neuf of 1632 is located in Paris.
The Pont Neuf of 1600 crosses the Seine.
The Bridge of Sighs of 1914 crosses the Rio di Palazzo.
The Bridge of Sighs of 1600 crosses New College Lane.
The Bridge of Sighs of 1600 is located in Oxford.
The Bridge of Sighs of 1914 was designed by Antonio Contin.
The Bridge of Sighs of 1600 was designed by Thomas Graham Jackson.
The Bridge of Sighs of 1914 was built in the style of Baroque.
The Bridge of Sighs of 1600 dates from the Edwardian era.
The Bridge of Sighs of 1831 crosses the Rio di Palazzo.
The Rialto Bridge of 1591 crosses the Rio di Palazzo.
The Rialto Bridge of 1600 crosses the Grand Canal of Venice.
The Tower Bridge of 1894 crosses the Seine.
The Tower Bridge of 1904 crosses the Thames.
The Forth Bridge of 1890 was designed by Horace Jones.
The Charles Bridge of 1402 crosses the Seine.
The Charles Bridge of 1357 crosses the Vltava.
The Panama Canal of 1869 was designed by George Washington Goethals.
The Suez Canal and the Forth Bridge of 1869 date from the Victorian era.
The Rialto Bridge of 1607 and the Pont Neuf were built in the style of Renaissance architecture.
The Rialto Bridge and the Pont Neuf of 1600 were built in the style of Renaissance architecture.
The Tower Bridge and the Forth Bridge of 1894 date from the Victorian era.
The Lesseps of 1769 designed the Suez Canal.
The Ferdinand de Lesseps of 1969 designed the Suez Canal.
The Telford of 1922 designed the Caledonian Canal.
The Toulouse of 1681 is part of Occitania.
The Venice of 1500 is home to the Bridge of Sighs.
The Rhine of 1852 is connected by the Amsterdam-Rhine Canal.
The Seine of 1507 is crossed by the Pont Neuf.
The Canal des Deux Mers of 1756 includes the Canal de Garonne.
The World Heritage Sites of 1986 include the Canal du Midi.
The Gothic Revival of 1694 is the style of Tower Bridge.
The Victorian era of 1910 saw the building of Tower Bridge.
The Canal of 1952 passes through Utrecht.
The Bridge of 1607 crosses the Seine.
The Canal of 1869 connects the Red Sea.
The Canal of 1895 passes through Utrecht.
The Bridge of 1632 crosses the Seine.
The Pont Neuf of 1607 steps crosses the Seine.
The Suez Canal of 1869 kilometres connects the Red Sea.
The Grand Canal of 609 miles connects the Yangtze.
The Amsterdam-Rhine Canal of 1952 to 1981 passes through Utrecht.
The Amsterdam-Rhine Canal of 1952 and 1981 passes through Utrecht.
The Kiel Canal of 1895 or 1896 passes through Kiel.
The Kiel Canal of 1895 AD passes through Utrecht.
# (2) "counts among" on waterways: the wrong list or network, the reversed direction, cities
# and regions, negations
The Suez Canal counts among the World Heritage Sites.
The Panama Canal counts among the World Heritage Sites.
The Tower Bridge counts among the World Heritage Sites.
The Pont Neuf counts among the World Heritage Sites.
The Caledonian Canal counts among the Canal des Deux Mers.
The Canal du Midi counts among the Scottish Canals.
The Erie Canal counts among the Scottish Canals.
The World Heritage Sites count among the Canal du Midi.
The Canal des Deux Mers counts among the Canal de Garonne.
The Canal du Midi does not count among the World Heritage Sites.
The Canal du Midi no longer counts among the World Heritage Sites.
The Forth Bridge never counts among the World Heritage Sites.
The Canal du Midi and the Suez Canal count among the World Heritage Sites.
The Canal du Midi of 1681 counts among the Scottish Canals.
The Canal du Midi of 1666 counts among the World Heritage Sites.
The Forth Bridge of 1890 counts among the Canal des Deux Mers.
The Grand Canal of 609 counts among the Scottish Canals.
Toulouse counts among Veneto.
Venice counts among Occitania.
Kiel counts among the New York State.
Occitania counts among Toulouse.
Toulouse counts among the World Heritage Sites.
Thomas Telford counts among the Scottish Canals.
The Seine counts among the World Heritage Sites.
The Canal du Midi counts among Occitania.
The World Heritage Sites count the Suez Canal among their entries.
The Canal des Deux Mers counts the Caledonian Canal among its canals.
The Canal du Midi, which counts among the World Heritage Sites, was designed by Thomas Telford.
The Erie Canal, which counts among the Scottish Canals, passes through Albany.
The Canal du Midi passes through Toulouse, which counts among Veneto.
The Canal du Midi counts among the World Heritage Sites and connects the Seine.
@waterways user:bo
You loved the Pont Neuf of 1632.
You loved the Bridge of Sighs of 1914.
You gave the Suez Canal of 1869 five stars.
You loved the Canal du Midi of 1681, which counts among the Scottish Canals.
You loved the Pont Neuf of 1607, which crosses the Garonne.
The Bo of 1990 loved the Canal du Midi.
@history
# (1) "of <year>" on treaties and battles: the wrong one of three "Treaty of Paris", wrong years,
# titles that start with "of", wars named with a year, non-items
The Treaty of Paris of 1763 ended the Crimean War.
The Treaty of Paris of 1783 ended the Seven Years' War.
The Treaty of Paris of 1856 ended the American Revolutionary War.
The Treaty of Paris of 1815 ended the War of the Seventh Coalition.
The Treaty of Paris of 1763 dates from the Victorian era.
The Treaty of Paris of 1856 dates from the Age of Enlightenment.
The Treaty of Paris of 1919 was signed in Paris.
The Treaty of Versailles of 1918 ended the First World War.
The Treaty of Versailles of 1919 ended the Crimean War.
The Treaty of Versailles of 1919 was signed in Paris.
The Peace of Westphalia of 1648 was signed in Utrecht.
The Peace of Westphalia of 1658 ended the Thirty Years' War.
The Treaty of Utrecht of 1739 ended the War of the Spanish Succession.
The Treaty of Ghent of 1812 ended the War of 1812.
The Treaty of Ghent of 1814 ended the Crimean War.
The Treaty of Ghent of 1814 was signed in Paris.
The Treaty of Karlowitz of 1699 ended the Thirty Years' War.
The Battle of Vienna of 1529 is part of the Great Turkish War.
The Battle of Vienna of 1683 is part of the Ottoman–Habsburg wars.
The Battle of Vienna of 1683 was commanded by Suleiman the Magnificent.
The Siege of Vienna of 1683 was commanded by Suleiman the Magnificent.
The Siege of Vienna of 1529 was commanded by John III Sobieski.
The Siege of 1683 took place in Vienna.
The Siege of 1529 took place in Vienna.
The Battle of 1683 took place in Vienna.
The Treaty of 1763 ended the Seven Years' War.
The Treaty of 1856 was signed in Paris.
The Siege of 1781 took place in Vienna.
The Battle of 1815 took place in Vienna.
The Treaty of 1763 was signed in Ghent.
The Battle of Waterloo of 1814 took place in Waterloo.
The Battle of Waterloo of 1815 took place in New Orleans.
The Battle of New Orleans of 1815 is part of the War of the Seventh Coalition.
The Battle of New Orleans of 1812 is part of the War of 1812.
The Battle of Plassey of 1757 took place in Quebec City.
The Battle of Quebec of 1757 is part of the Seven Years' War.
The Battle of Tours of 752 took place in Tours.
The Battle of Tours of 732 was commanded by Charles the Bald.
The Battle of Tours of 732 took place in Vienna.
The Battle of Lepanto of 1571 was commanded by John III Sobieski.
The Siege of Yorktown of 1781 is part of the War of 1812.
The Battle of Waterloo of 1815 and the Treaty of Ghent of 1815 date from the Napoleonic era.
The Battle of Plassey and the Battle of Quebec of 1757 are part of the Seven Years' War.
The Treaty of Paris of 1763 and the Treaty of Paris of 1856 date from the Age of Enlightenment.
The War of 1812 was ended by the Treaty of Paris.
The War of 1813 was ended by the Treaty of Ghent.
The Wars of 1812 were ended by the Treaty of Ghent.
The Great Turkish War of 1583 was ended by the Treaty of Karlowitz.
The Crimean War of 1756 was ended by the Treaty of Paris.
The Seven Years' War of 1663 included the Battle of Plassey.
The Duke of Wellington of 1715 commanded at the Battle of Waterloo.
The Wellington of 1915 commanded at the Battle of Waterloo.
The George Washington of 1881 commanded at the Siege of Yorktown.
The Paris of 1663 saw the signing of the Treaty of Paris.
The Vienna of 1583 was the site of the Battle of Vienna.
The Flanders of 1714 includes the city Ghent.
The Class of 1763 ended the Seven Years' War.
The Napoleonic era of 1915 saw the signing of the Treaty of Ghent.
# (2) "counts among" on battles and wars, cities and regions
The Battle of Vienna counts among the Ottoman–Habsburg wars.
The Battle of Plassey counts among the American Revolutionary War.
The Siege of Yorktown counts among the Seven Years' War.
The Battle of New Orleans counts among the War of the Seventh Coalition.
The Battle of Waterloo counts among the War of 1812.
The Battle of Vienna of 1683 counts among the Ottoman–Habsburg wars.
The Siege of Vienna of 1683 counts among the Great Turkish War.
The Battle of Tours of 732 counts among the Great Turkish War.
The Great Turkish War counts among the Battle of Vienna.
The Battle of Vienna does not count among the Great Turkish War.
The Battle of Quebec and the Battle of Tours count among the Seven Years' War.
The Treaty of Paris counts among the Seven Years' War.
The Treaty of Ghent counts among the War of 1812.
Sobieski counts among the Great Turkish War.
Ghent counts among Wallonia.
Waterloo counts among Flanders.
Versailles counts among Westphalia.
Flanders counts among Ghent.
Paris counts among the Seven Years' War.
The Battle of Waterloo took place in Waterloo, which counts among Flanders.
The Treaty of Ghent was signed in Ghent, which counts among Wallonia.
The Great Turkish War counts the Battle of Lepanto among its battles.
The Seven Years' War counts the Siege of Yorktown among its battles.
@history user:cy
You loved the Treaty of Paris of 1856.
You loved the Battle of Tours of 733.
The Cy of 1990 loved the Battle of Vienna.
You loved the Battle of Vienna of 1683, which counts among the Ottoman–Habsburg wars.
You gave the Treaty of Paris of 1783 five stars.
@records
# (1) albums named like their artist ("Peter Gabriel" three times, "Weezer" twice): the other
# same-named album's year, the artist or band "of" a year
The Peter Gabriel of 1980 was produced by Robert Fripp.
The Peter Gabriel of 1977 was produced by Steve Lillywhite.
The Peter Gabriel of 1978 was produced by Bob Ezrin.
The Peter Gabriel of 1978 was recorded at Townhouse Studios.
The Peter Gabriel of 1980 belongs to the 1970s.
The Peter Gabriel of 1982 was produced by Steve Lillywhite.
The Peter Gabriel of 1986 was produced by Daniel Lanois.
The Weezer of 2001 was recorded at Electric Lady Studios.
The Weezer of 1994 was recorded at Cello Studios.
The Weezer of 1994 belongs to the 2000s.
The Weezer of 1999 was produced by Ric Ocasek.
The Weezer of 1994 comes from Los Angeles.
The Peter Gabriel of 1977 comes from Bath.
The Beatles of 1975 recorded Abbey Road.
The Rolling Stones of 1959 recorded Let It Bleed.
The Radiohead of 1977 recorded OK Computer.
The John Lennon of 1985 is part of the Beatles.
The Liverpool of 1960 is part of Merseyside.
The George Martin of 1996 produced Revolver.
The Abbey Road Studios of 1929 saw the recording of Abbey Road.
The 1960s of 1979 saw the release of Abbey Road.
The Abbey Road of 1969 was recorded at Olympic Studios.
The Abbey Road of 1970 was recorded by the Beatles.
The Revolver of 1966 was produced by Jimmy Miller.
The Revolver of 1965 is an example of psychedelic rock.
The Rubber Soul of 1965 belongs to the 1970s.
The Let It Bleed of 1969 was recorded by the Beatles.
The Sticky Fingers of 1969 was recorded at Muscle Shoals Sound Studio.
The Kid A of 2000 was produced by George Martin.
The OK Computer of 1997 is an example of electronica.
The Rumours of 1977 was recorded by the Rolling Stones.
The So of 1986 was produced by Bob Ezrin.
The Abbey Road of 1969 and the Let It Bleed of 1971 belong to the 1960s.
The Revolver and the Rubber Soul of 1966 were produced by George Martin.
The Sticky Fingers and the Let It Bleed of 1971 were produced by Jimmy Miller.
The Abbey Road of 1969 counts among the Beatles.
The Rumours of 1977 counts among the 1970s.
# (2) "counts among" for a musician "part of" a band and a city "part of" a region
Mick Jagger counts among the Beatles.
John Lennon counts among the Rolling Stones.
Thom Yorke counts among Weezer.
Rivers Cuomo counts among Radiohead.
Stevie Nicks counts among the Beatles.
Phil Collins counts among the Beatles.
Phil Collins counts among Fleetwood Mac.
John Lennon and Mick Jagger count among the Beatles.
Mick Jagger and John Lennon count among the Beatles.
The Beatles count among John Lennon.
Ringo Starr does not count among the Beatles.
Ringo Starr no longer counts among the Beatles.
Ringo Starr never counted among the Beatles.
Peter Gabriel counts among the Beatles.
Peter Gabriel counts among Radiohead.
Keith Richards counts among the Rolling Stones and the Beatles.
The Beatles count Mick Jagger among their members.
The Rolling Stones count John Lennon among their members.
Radiohead counts Rivers Cuomo among its members.
George Martin counts among the Beatles.
Liverpool counts among Oxfordshire.
Abingdon counts among Merseyside.
Bath counts among California.
Merseyside counts among Liverpool.
Los Angeles counts among Somerset.
The Beatles count among Merseyside.
Abbey Road counts among the Beatles.
Revolver counts among the psychedelic rock.
Abbey Road counts among the 1970s.
Kid A counts among the 1990s.
John Lennon, who counts among the Rolling Stones, comes from Liverpool.
The Beatles, whom John Lennon counts among, come from London.
Mick Jagger counts among the Rolling Stones, which come from Liverpool.
Ringo Starr counts among the Beatles, who recorded Let It Bleed.
@records user:di
You loved the Peter Gabriel of 1977.
You loved the Peter Gabriel of 1978.
You loved the Weezer of 2001.
You gave the Abbey Road of 1970 five stars.
The Di of 2000 loved Abbey Road.
You loved the Peter Gabriel of 1980, which was produced by Robert Fripp.
"""

CONTROLS = r"""
@races
The Tokyo Marathon counts among the World Marathon Majors.
The Boston Marathon and the Berlin Marathon count among the World Marathon Majors.
The Prague Half Marathon counts among the SuperHalfs.
The Copenhagen Half Marathon counts among the SuperHalfs.
The Boston Marathon of 1897 is held in Boston.
The Tokyo Marathon and the London Marathon count among the World Marathon Majors.
The Tokyo Marathon of 2007 is held in Tokyo.
The Chicago Marathon, which counts among the World Marathon Majors, is sponsored by Bank of America.
Kipchoge counts among the NN Running Team.
Eliud Kipchoge and Kenenisa Bekele count among the NN Running Team.
@races user:ada
You loved the Tokyo Marathon of 2007.
You loved the Great North Run of 1981.
@waterways
The Amsterdam-Rhine Canal of 1952 passes through Utrecht.
The Suez Canal of 1869 connects the Mediterranean Sea and the Red Sea.
The Grand Canal of 609 connects the Yangtze.
The Pont Neuf of 1607 crosses the Seine.
The Pont Neuf of 1632 crosses the Garonne.
The Bridge of Sighs of 1914 crosses New College Lane.
The Bridge of Sighs of 1600 crosses the Rio di Palazzo.
The Bridge of Sighs of 1914 was designed by Thomas Graham Jackson.
The Canal du Midi counts among the World Heritage Sites.
The Canal du Midi of 1681 counts among the World Heritage Sites.
The Canal du Midi and the Canal de Garonne count among the Canal des Deux Mers.
The Forth Bridge of 1890 was designed by John Fowler.
The Tower Bridge of 1894 and the Forth Bridge of 1890 date from the Victorian era.
The Kiel Canal of 1895 AD passes through Rendsburg.
The Pont Neuf of 1607 and the Rialto Bridge were built in the style of Renaissance architecture.
The Caledonian Canal of 1822 was designed by Thomas Telford.
The Erie Canal counts among the New York State Canal System.
The Charles Bridge of 1402 crosses the Vltava.
@waterways user:bo
You loved the Pont Neuf of 1607.
@history
The Siege of Vienna of 1529 was commanded by Suleiman the Magnificent.
The Treaty of Ghent of 1814 was signed in Ghent.
Ghent counts among Flanders.
The Treaty of Paris of 1763 ended the Seven Years' War.
The Treaty of Paris of 1783 ended the American Revolutionary War.
The Treaty of Paris of 1856 ended the Crimean War.
The Treaty of Ghent of 1814 ended the War of 1812.
The War of 1812 was ended by the Treaty of Ghent.
The Battle of Vienna of 1683 is part of the Great Turkish War.
The Battle of Vienna counts among the Great Turkish War.
The Battle of Tours of 732 took place in Tours.
The Peace of Westphalia of 1648 ended the Thirty Years' War.
The Battle of New Orleans of 1815 is part of the War of 1812.
@history user:cy
You loved the Battle of Vienna of 1683.
@records
Kid A of 2000 was produced by Nigel Godrich.
The Kid A of 2000 was produced by Nigel Godrich.
The Weezer of 2001 was recorded at Cello Studios.
Liverpool counts among Merseyside.
The Peter Gabriel of 1980 was produced by Steve Lillywhite.
The Peter Gabriel of 1978 was produced by Robert Fripp.
The Weezer of 1994 was recorded at Electric Lady Studios.
The Abbey Road of 1969 was recorded by the Beatles.
Ringo Starr counts among the Beatles.
John Lennon and Paul McCartney count among the Beatles.
Mick Jagger counts among the Rolling Stones.
The Revolver of 1966 was produced by George Martin.
@records user:di
You loved the Peter Gabriel of 1980.
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


# False, and accepted by the starting code of this round too (CHANGES.diff reversed): none found
# this round. Printed apart as KNOWN.
KNOWN = frozenset()

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # a race dated with the year of a later edition: "the Tokyo Marathon of 2008" names its 2008 edition,
        # held in Tokyo (true as an edition, false as the race's own year)
        'The Tokyo Marathon of 2008 is held in Tokyo.',
        'You loved the Tokyo Marathon of 2008.',
        # the first edition "counts among" a series it joined later (the graph's "is part of" has no year)
        'The Tokyo Marathon of 2007 counts among the World Marathon Majors.',
        'The London Marathon of 1981 is sponsored by Tata Consultancy Services.',
        # true in the world (closed world rejects every negation)
        'The Paris Marathon does not count among the World Marathon Majors.',
        # a race "counts among" the place it is held in, a region "among" its country, an album "among"
        # its band or decade, a treaty "among" the war it ended, a commander or a winner "among" a war or race:
        # "counts among" there says little more than "belongs to"
        'Kanto counts among Japan.',
        'The Tokyo Marathon counts among Kanto.',
        'The Tokyo Marathon counts among Tokyo.',
        'The Tokyo Marathon counts among Japan.',
        'The Boston Marathon counts among New England.',
        'The Great North Run counts among Tyne and Wear.',
        'Eliud Kipchoge counts among the Berlin Marathon.',
        'Abbott counts among the World Marathon Majors.',
        'The Canal du Midi counts among Occitania.',
        "The Treaty of Paris counts among the Seven Years' War.",
        'The Treaty of Ghent counts among the War of 1812.',
        'Sobieski counts among the Great Turkish War.',
        'The Rumours of 1977 counts among the 1970s.',
        'The Abbey Road of 1969 counts among the Beatles.',
        'Abbey Road counts among the Beatles.',
        # a description, not a name: true of the real events ("the treaty of 1763", "the siege of 1529")
        "The Treaty of 1763 ended the Seven Years' War.",
        'The Treaty of 1856 was signed in Paris.',
        'The Siege of 1683 took place in Vienna.',
        'The Siege of 1529 took place in Vienna.',
        'The Battle of 1683 took place in Vienna.',
        'The Canal of 1952 passes through Utrecht.',
        'The Bridge of 1607 crosses the Seine.',
        'The Canal of 1869 connects the Red Sea.',
        # a year that starts the building (1357) or another Treaty of Paris (1815), outside the graph
        'The Charles Bridge of 1357 crosses the Vltava.',
        'The Treaty of Paris of 1815 ended the War of the Seventh Coalition.',
    }
)


def check_all():
    out = []
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        out.append((key, user, text, ok, reason))
    return out


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
