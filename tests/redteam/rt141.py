"""Red team round 141: this round's new readings (CHANGES.diff). A relation declared with a cue of
place ("is located in", "is in", "lies in", "is based in", "is situated in": WebNLG's "location",
"country", "city", "ground"... whose phrase is only its name) now reads "X in Y" after a name; a
present verb's perfect ("plays for" -> "has played for"); "was named after" gives the noun
"namesake"; a mountain's or tower's place phrase also reads "rises in"; "first sailed in <year>";
"A V X, and B did the same on / for Y"; "P, where Z is the leader" where a cue "is where" exists;
"is found in" also "can be found in"; "X is 84 metres above sea level" for relations of
"elevation" / "altitude"; "A and B have a lot / something in common: both ..."; "One of the Ns ...
is Y" takes one name, "dishes" -> "dish". Four graphs of my own: football clubs, airports and
places declared WebNLG style (relation names as phrases, the shipped lexicon's cues: a club's
"city" next to its "ground" in another city, chains of "is part of", two "Madison County"s,
leaders, namesakes, elevations next to runway lengths); heights (mountains, towers, rivers, lakes
and a town under one ordinary "is located in", a river's source said apart, elevations next to
heights, prominences, an elevation gain and a top lift elevation; first ascents, designers,
namesakes); a fleet (ships whose year is their first sailing, next to items whose type holds a
word of sailing: an air carrier, a cruiser motorcycle, a tanker aircraft, a carrier pigeon, a boat
race, a yacht rock album, a ship canal, a boat lift; builders, namesakes, cruising altitudes);
finds (where each was found next to the museum that keeps it; dishes of a country by a forward
cue "is a dish eaten in", finds of a museum by "is a find kept in"; styles, periods, materials).
False texts only (one false statement each), plus faithful controls."""

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


def clubs():
    """WebNLG style: relation names as phrases, cues as in the shipped lexicon."""
    rels = [
        R("location", phrase="location", inverse_phrase="is the location of",
          cues=("is located in", "is located at", "is in", "is situated in", "is based in", "is found in", "lies in"),
          inverse_cues=("is the location of", "is home to", "is where")),
        R("country", phrase="country", inverse_phrase="is the country of",
          cues=("is in", "is located in", "is from", "is a city in", "is a town in", "is a dish from",
                "is a country of", "is situated in", "is found in", "comes from", "originates from"),
          inverse_cues=("is the country of", "is home to")),
        R("is_part_of", phrase="is part of", inverse_phrase="is the whole of",
          cues=("is part of", "is a part of", "is located in", "is in", "is within", "is located within",
                "belongs to", "is a city in", "is a town in"),
          inverse_cues=("includes", "contains")),
        R("city", phrase="city", inverse_phrase="is the city of",
          cues=("is from", "comes from", "is located in", "is in", "is based in", "is situated in"),
          inverse_cues=("is the city of", "is home to")),
        R("ground", phrase="ground", inverse_phrase="is the ground of",
          cues=("plays its home games at", "plays at", "play at", "plays in", "play in", "has its ground in",
                "has its ground at", "is based in", "is based at", "has the ground", "'s ground is", "'s home ground is",
                "has its home ground in", "is located in"),
          inverse_cues=("is the ground of", "is the home ground of", "is home to")),
        R("club", phrase="club", inverse_phrase="is the club of",
          cues=("plays for", "played for", "is a player for", "plays at", "is a member of", "represents"),
          inverse_cues=("is the club of", "is the team of")),
        R("leader", phrase="leader", inverse_phrase="is the leader of",
          cues=("is led by", "has the leader", "'s leader is"),
          inverse_cues=("is the leader for", "leads", "is the leader of", "is a leader of")),
        R("death_place", phrase="death place", inverse_phrase="is the place of death of",
          cues=("died in", "died at", "passed away in", "has the death place"),
          inverse_cues=("is the place of death of", "is where")),
        R("birth_place", phrase="birth place", inverse_phrase="is the birth place of",
          cues=("was born in", "born in", "hails from", "has the birthplace"),
          inverse_cues=("is the birthplace of", "is the birth place of")),
        R("region", phrase="region", inverse_phrase="is the region of",
          cues=("is from", "comes from", "originates from", "is found in", "is a dish of", "is served in",
                "is popular in", "is eaten in", "is in"),
          inverse_cues=("is the region of",)),
        R("elevation", phrase="elevation above the sea level", inverse_phrase="is the elevation of",
          cues=("is at an elevation of", "has an elevation of", "is located at an elevation of",
                "has an elevation above sea level of", "is located at", "'s elevation is"),
          inverse_cues=("is the elevation of", "is the elevation above sea level of")),
        R("runway_length", phrase="runway length", inverse_phrase="is the runway length of",
          cues=("has a runway length of", "has a runway of", "'s runway length is"),
          inverse_cues=("is the runway length of",)),
        R("city_served", phrase="city served", inverse_phrase="is the city served by",
          cues=("serves", "serves the city of"), inverse_cues=("is served by",)),
        R("named_after", phrase="named after", inverse_phrase="is the named after of",
          cues=("is named after", "was named after", "is named for"), inverse_cues=("gave its name to",)),
        R("manager", phrase="manager", inverse_phrase="is the manager of",
          cues=("is managed by", "has the manager", "'s manager is", "is coached by"),
          inverse_cues=("manages", "is the manager of", "coaches")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:roma": ("football club", "A.S. Roma", 1927), "c:lazio": ("football club", "S.S. Lazio", 1900),
        "c:milan": ("football club", "A.C. Milan", 1899), "c:atalanta": ("football club", "Atalanta B.C.", 1907),
        "c:cesena": ("football club", "A.C. Cesena", 1940), "c:azal": ("football club", "AZAL PFK", 1996),
        "c:sumgayit": ("football club", "Sumgayit FK", 2010), "c:sassuolo": ("football club", "U.S. Sassuolo", 1920), "c:qarabag": ("football club", "Qarabağ FK", 1951),
        "a:bergamo": ("airport", "Orio al Serio Airport", 1937), "a:ciampino": ("airport", "Ciampino Airport", 1916),
        "a:indy": ("airport", "Indianapolis International Airport", 1931),
        "a:heydar": ("airport", "Heydar Aliyev International Airport", 1933),
    }
    others = {
        "s:olimpico": ("stadium", "Stadio Olimpico"), "s:sansiro": ("stadium", "San Siro"),
        "s:gewiss": ("stadium", "Gewiss Stadium"), "s:manuzzi": ("stadium", "Stadio Dino Manuzzi"),
        "s:azalarena": ("stadium", "AZAL Arena"), "s:kapital": ("stadium", "Kapital Bank Arena"), "s:bahramov": ("stadium", "Tofiq Bahramov Stadium"),
        "y:rome": ("city", "Rome"), "y:milan": ("city", "Milan"), "y:bergamo": ("city", "Bergamo"),
        "y:cesena": ("city", "Cesena"), "y:baku": ("city", "Baku"), "y:shuvalan": ("city", "Shuvalan"),
        "y:sumgait": ("city", "Sumgait"), "y:anderson": ("city", "Anderson"), "y:indianapolis": ("city", "Indianapolis"),
        "y:fishers": ("city", "Fishers"), "y:orio": ("city", "Orio al Serio"), "y:aghdam": ("city", "Aghdam"),
        "n:madison": ("county", "Madison County"), "n:hamilton": ("county", "Hamilton County"),
        "n:marion": ("county", "Marion County"), "n:madison_oh": ("county", "Madison County"),
        "r:ohio": ("state", "Ohio"), "y:london_oh": ("city", "London"), "y:sassuolo": ("city", "Sassuolo"),
        "y:reggio": ("city", "Reggio Emilia"), "s:mapei": ("stadium", "Mapei Stadium"),
        "r:lazio": ("region", "Lazio"), "r:lombardy": ("region", "Lombardy"), "r:emilia": ("region", "Emilia-Romagna"),
        "r:indiana": ("state", "Indiana"), "r:absheron": ("region", "Absheron"),
        "k:italy": ("country", "Italy"), "k:azerbaijan": ("country", "Azerbaijan"), "k:us": ("country", "United States"),
        "p:totti": ("footballer", "Francesco Totti"), "p:nesta": ("footballer", "Alessandro Nesta"),
        "p:ilicic": ("footballer", "Josip Iličić"), "p:mammadov": ("footballer", "Ruslan Mammadov"),
        "p:meazza": ("footballer", "Giuseppe Meazza"),
        "l:gualtieri": ("politician", "Roberto Gualtieri"), "l:sala": ("politician", "Giuseppe Sala"),
        "l:mattarella": ("politician", "Sergio Mattarella"), "l:holcomb": ("politician", "Eric Holcomb"),
        "l:hogsett": ("politician", "Joe Hogsett"), "l:aliyev": ("politician", "Ilham Aliyev"),
        "l:gori": ("politician", "Giorgio Gori"),
        "o:manuzzi": ("person", "Dino Manuzzi"), "o:heydar": ("person", "Heydar Aliyev"),
        "m:mourinho": ("manager", "José Mourinho"), "m:gasperini": ("manager", "Gian Piero Gasperini"),
        "m:sarri": ("manager", "Maurizio Sarri"),
        "d:carbonara": ("dish", "Carbonara"), "d:amatriciana": ("dish", "Amatriciana"),
        "d:casoncelli": ("dish", "Casoncelli"), "d:piadina": ("dish", "Piadina"), "d:plov": ("dish", "Plov"),
        "e:237": ("number", "237 metres"), "e:129": ("number", "129 metres"), "e:241": ("number", "241 metres"),
        "e:3": ("number", "3 metres"),
        "e:2934": ("number", "2934 metres"), "e:2200": ("number", "2200 metres"), "e:3414": ("number", "3414 metres"),
    }
    aliases = {"e:237": ("237 m", "237.0 metres", "237"), "e:129": ("129 m", "129"), "e:241": ("241 m", "241"),
               "e:3": ("3 m",), "e:2934": ("2,934 metres", "2934 m", "2934"), "e:2200": ("2,200 metres", "2200"),
               "e:3414": ("3,414 metres", "3414"), "c:roma": ("Roma",), "c:lazio": ("Lazio",),
               "c:atalanta": ("Atalanta",), "c:cesena": ("Cesena",)}
    T = [
        ("c:roma", "ground", "s:olimpico"), ("c:lazio", "ground", "s:olimpico"), ("c:milan", "ground", "s:sansiro"),
        ("c:atalanta", "ground", "s:gewiss"), ("c:cesena", "ground", "s:manuzzi"), ("c:azal", "ground", "s:azalarena"),
        ("c:sumgayit", "ground", "s:kapital"), ("c:qarabag", "ground", "s:bahramov"), ("c:qarabag", "city", "y:aghdam"),
        ("s:bahramov", "location", "y:baku"), ("y:aghdam", "country", "k:azerbaijan"),
        ("c:roma", "city", "y:rome"), ("c:lazio", "city", "y:rome"), ("c:milan", "city", "y:milan"),
        ("c:atalanta", "city", "y:bergamo"), ("c:cesena", "city", "y:cesena"), ("c:azal", "city", "y:baku"),
        ("c:sumgayit", "city", "y:sumgait"),
        ("s:olimpico", "location", "y:rome"), ("s:sansiro", "location", "y:milan"), ("s:gewiss", "location", "y:bergamo"),
        ("s:manuzzi", "location", "y:cesena"), ("s:azalarena", "location", "y:shuvalan"),
        ("s:kapital", "location", "y:sumgait"),
        ("a:bergamo", "location", "y:orio"), ("a:ciampino", "location", "y:rome"), ("a:indy", "location", "y:indianapolis"),
        ("a:heydar", "location", "y:baku"),
        ("a:bergamo", "city_served", "y:bergamo"), ("a:ciampino", "city_served", "y:rome"),
        ("a:indy", "city_served", "y:indianapolis"), ("a:heydar", "city_served", "y:baku"),
        ("a:bergamo", "elevation", "e:237"), ("a:ciampino", "elevation", "e:129"), ("a:indy", "elevation", "e:241"),
        ("a:heydar", "elevation", "e:3"),
        ("a:bergamo", "runway_length", "e:2934"), ("a:ciampino", "runway_length", "e:2200"),
        ("a:indy", "runway_length", "e:3414"),
        ("a:heydar", "named_after", "o:heydar"), ("s:manuzzi", "named_after", "o:manuzzi"),
        ("s:sansiro", "named_after", "p:meazza"),
        ("y:rome", "is_part_of", "r:lazio"), ("y:milan", "is_part_of", "r:lombardy"), ("y:bergamo", "is_part_of", "r:lombardy"),
        ("y:cesena", "is_part_of", "r:emilia"), ("y:orio", "is_part_of", "r:lombardy"),
        ("y:anderson", "is_part_of", "n:madison"), ("y:fishers", "is_part_of", "n:hamilton"),
        ("y:indianapolis", "is_part_of", "n:marion"),
        ("n:madison", "is_part_of", "r:indiana"), ("n:madison_oh", "is_part_of", "r:ohio"), ("y:london_oh", "is_part_of", "n:madison_oh"),
        ("r:ohio", "country", "k:us"), ("c:sassuolo", "city", "y:sassuolo"), ("c:sassuolo", "ground", "s:mapei"),
        ("s:mapei", "location", "y:reggio"), ("y:sassuolo", "is_part_of", "r:emilia"), ("y:reggio", "is_part_of", "r:emilia"), ("n:hamilton", "is_part_of", "r:indiana"), ("n:marion", "is_part_of", "r:indiana"),
        ("y:shuvalan", "is_part_of", "y:baku"), ("y:baku", "is_part_of", "r:absheron"),
        ("y:rome", "country", "k:italy"), ("y:milan", "country", "k:italy"), ("y:bergamo", "country", "k:italy"),
        ("y:cesena", "country", "k:italy"), ("y:baku", "country", "k:azerbaijan"), ("y:sumgait", "country", "k:azerbaijan"),
        ("r:indiana", "country", "k:us"), ("n:madison", "country", "k:us"), ("y:anderson", "country", "k:us"),
        ("y:rome", "leader", "l:gualtieri"), ("y:milan", "leader", "l:sala"), ("k:italy", "leader", "l:mattarella"),
        ("r:indiana", "leader", "l:holcomb"), ("y:indianapolis", "leader", "l:hogsett"), ("k:azerbaijan", "leader", "l:aliyev"),
        ("y:bergamo", "leader", "l:gori"),
        ("p:totti", "club", "c:roma"), ("p:nesta", "club", "c:lazio"), ("p:nesta", "club", "c:milan"),
        ("p:ilicic", "club", "c:atalanta"), ("p:mammadov", "club", "c:azal"), ("p:meazza", "club", "c:milan"),
        ("p:totti", "birth_place", "y:rome"), ("p:nesta", "birth_place", "y:rome"), ("p:meazza", "birth_place", "y:milan"),
        ("p:meazza", "death_place", "y:bergamo"), ("o:heydar", "death_place", "y:baku"),
        ("c:roma", "manager", "m:mourinho"), ("c:atalanta", "manager", "m:gasperini"), ("c:lazio", "manager", "m:sarri"),
        ("d:carbonara", "region", "r:lazio"), ("d:amatriciana", "region", "r:lazio"), ("d:casoncelli", "region", "r:lombardy"),
        ("d:piadina", "region", "r:emilia"), ("d:plov", "country", "k:azerbaijan"),
        ("d:carbonara", "country", "k:italy"), ("d:piadina", "country", "k:italy"),
        ("user:ida", "rated", "c:roma", {"rating": 5.0}), ("user:ida", "rated", "c:milan", {"rating": 1.0}),
        ("user:ida", "rated", "a:bergamo", {"rating": 4.0}), ("user:ida", "rated", "c:azal", {"rating": 3.0}),
    ]
    return _build(items, others, rels, T, users=[("user:ida", "Ida")], aliases=aliases)


def heights():
    """Mountains, towers, rivers and lakes under one WebNLG-style "location" (cues of place); a
    river's source said apart; elevations, heights and prominences in metres."""
    rels = [
        R("location", phrase="is located in", inverse_phrase="is the location of",
          domain=("mountain", "volcano", "tower", "river", "lake", "town"), range=("country", "city"),
          inverse_cues=("is home to", "is where")),
        R("source", phrase="has its source in", inverse_phrase="is the source country of",
          domain=("river",), range=("country", "region")),
        R("mouth", phrase="flows into", inverse_phrase="receives", domain=("river",), range=("sea", "lake")),
        R("range", phrase="is part of", inverse_phrase="includes", domain=("mountain", "volcano"),
          range=("mountain range",)),
        R("elevation", phrase="has the elevation", inverse_phrase="is the elevation of",
          domain=("mountain", "volcano", "lake", "tower", "town"), range=("length",)),
        R("height", phrase="has the height", inverse_phrase="is the height of", domain=("tower",), range=("length",)),
        R("prominence", phrase="has the prominence", inverse_phrase="is the prominence of",
          domain=("mountain", "volcano"), range=("length",)),
        R("length", phrase="has the length", inverse_phrase="is the length of", domain=("river",), range=("length",)),
        R("elevation_gain", phrase="has an elevation gain of", inverse_phrase="is the elevation gain of",
          domain=("route",), range=("length",)),
        R("lift_elevation", phrase="has a top lift elevation of", inverse_phrase="is the top lift elevation of",
          domain=("town",), range=("length",)),
        R("highest_elevation", phrase="has a highest elevation of", inverse_phrase="is the highest elevation of",
          domain=("country",), range=("length",)),
        R("route_on", phrase="is a route on", inverse_phrase="has the route", domain=("route",),
          range=("mountain", "volcano")),
        R("named_after", phrase="was named after", inverse_phrase="gave its name to",
          domain=("mountain", "volcano", "tower", "lake"), range=("person",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("tower",), range=("person",)),
        R("first_climbed_by", phrase="was first climbed by", inverse_phrase="made the first ascent of",
          domain=("mountain", "volcano"), range=("climber",)),
        R("climbed_by", phrase="was climbed by", inverse_phrase="climbed", domain=("mountain", "volcano"),
          range=("climber",)),
        R("explored_by", phrase="was first explored by", inverse_phrase="made the first exploration of",
          domain=("river", "lake"), range=("explorer",)),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", domain=("tower",),
          range=("style",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "m:everest": ("mountain", "Mount Everest", 1953), "m:matterhorn": ("mountain", "Matterhorn", 1865),
        "m:rainier": ("volcano", "Mount Rainier", 1870), "m:kili": ("volcano", "Kilimanjaro", 1889),
        "m:blanc": ("mountain", "Mont Blanc", 1786),
        "t:eiffel": ("tower", "Eiffel Tower", 1889), "t:cn": ("tower", "CN Tower", 1976),
        "t:spire": ("tower", "Spire of Dublin", 2003),
        "r:rhine": ("river", "Rhine", None), "r:danube": ("river", "Danube", None), "r:nile": ("river", "Nile", None),
        "l:geneva": ("lake", "Lake Geneva", None), "l:victoria": ("lake", "Lake Victoria", None),
        "w:zermatt": ("town", "Zermatt", None), "u:hornli": ("route", "Hörnli Ridge", 1865),
    }
    others = {
        "k:nepal": ("country", "Nepal"), "k:china": ("country", "China"), "k:switzerland": ("country", "Switzerland"),
        "k:italy": ("country", "Italy"), "k:us": ("country", "United States"), "k:tanzania": ("country", "Tanzania"),
        "k:france": ("country", "France"), "k:canada": ("country", "Canada"), "k:ireland": ("country", "Ireland"),
        "k:germany": ("country", "Germany"), "k:netherlands": ("country", "Netherlands"), "k:austria": ("country", "Austria"),
        "k:hungary": ("country", "Hungary"), "k:egypt": ("country", "Egypt"), "k:sudan": ("country", "Sudan"),
        "k:uganda": ("country", "Uganda"), "k:burundi": ("country", "Burundi"), "k:kenya": ("country", "Kenya"),
        "g:paris": ("city", "Paris"), "g:toronto": ("city", "Toronto"), "g:dublin": ("city", "Dublin"),
        "q:himalayas": ("mountain range", "Himalayas"), "q:alps": ("mountain range", "Alps"),
        "q:cascades": ("mountain range", "Cascade Range"),
        "s:north": ("sea", "North Sea"), "s:black": ("sea", "Black Sea"), "s:med": ("sea", "Mediterranean Sea"),
        "n:8849": ("length", "8,849 metres"), "n:4478": ("length", "4,478 metres"), "n:4392": ("length", "4,392 metres"),
        "n:5895": ("length", "5,895 metres"), "n:4806": ("length", "4,806 metres"), "n:372": ("length", "372 metres"),
        "n:1134": ("length", "1,134 metres"), "n:330": ("length", "330 metres"), "n:553": ("length", "553 metres"),
        "n:120": ("length", "120 metres"), "n:1040": ("length", "1,040 metres"), "n:4695": ("length", "4,695 metres"),
        "n:1620": ("length", "1,620 metres"), "n:76": ("length", "76 metres"), "n:35": ("length", "35 metres"),
        "n:1608": ("length", "1,608 metres"), "n:1220": ("length", "1,220 metres"), "n:3883": ("length", "3,883 metres"),
        "n:4634": ("length", "4,634 metres"),
        "p:george": ("person", "George Everest"), "p:peter": ("person", "Peter Rainier"),
        "p:gustave": ("person", "Gustave Eiffel"), "p:koechlin": ("person", "Maurice Koechlin"),
        "p:queen": ("person", "Queen Victoria"), "p:ian": ("person", "Ian Ritchie"),
        "p:john": ("person", "John Andrews"),
        "c:hillary": ("climber", "Edmund Hillary"), "c:whymper": ("climber", "Edward Whymper"),
        "c:stevens": ("climber", "Hazard Stevens"), "c:meyer": ("climber", "Hans Meyer"),
        "c:balmat": ("climber", "Jacques Balmat"), "c:messner": ("climber", "Reinhold Messner"),
        "c:bonatti": ("climber", "Walter Bonatti"),
        "x:speke": ("explorer", "John Hanning Speke"), "x:stanley": ("explorer", "Henry Morton Stanley"),
        "y:artnouveau": ("style", "Art Nouveau"), "y:modernism": ("style", "Modernism"),
        "y:minimalism": ("style", "Minimalism"),
    }
    T = [
        ("m:everest", "location", "k:nepal"), ("m:everest", "location", "k:china"),
        ("m:matterhorn", "location", "k:switzerland"), ("m:matterhorn", "location", "k:italy"),
        ("m:rainier", "location", "k:us"), ("m:kili", "location", "k:tanzania"),
        ("m:blanc", "location", "k:france"), ("m:blanc", "location", "k:italy"),
        ("t:eiffel", "location", "g:paris"), ("t:cn", "location", "g:toronto"), ("t:spire", "location", "g:dublin"),
        ("r:rhine", "location", "k:switzerland"), ("r:rhine", "location", "k:germany"),
        ("r:rhine", "location", "k:netherlands"), ("r:rhine", "location", "k:france"),
        ("r:danube", "location", "k:germany"), ("r:danube", "location", "k:austria"), ("r:danube", "location", "k:hungary"),
        ("r:nile", "location", "k:egypt"), ("r:nile", "location", "k:sudan"), ("r:nile", "location", "k:uganda"),
        ("l:geneva", "location", "k:switzerland"), ("l:geneva", "location", "k:france"),
        ("l:victoria", "location", "k:uganda"), ("l:victoria", "location", "k:tanzania"), ("l:victoria", "location", "k:kenya"),
        ("w:zermatt", "location", "k:switzerland"),
        ("r:rhine", "source", "k:switzerland"), ("r:danube", "source", "k:germany"), ("r:nile", "source", "k:burundi"),
        ("r:rhine", "mouth", "s:north"), ("r:danube", "mouth", "s:black"), ("r:nile", "mouth", "s:med"),
        ("m:everest", "range", "q:himalayas"), ("m:matterhorn", "range", "q:alps"), ("m:blanc", "range", "q:alps"),
        ("m:rainier", "range", "q:cascades"),
        ("m:everest", "elevation", "n:8849"), ("m:matterhorn", "elevation", "n:4478"), ("m:rainier", "elevation", "n:4392"),
        ("m:kili", "elevation", "n:5895"), ("m:blanc", "elevation", "n:4806"), ("l:geneva", "elevation", "n:372"),
        ("l:victoria", "elevation", "n:1134"), ("w:zermatt", "elevation", "n:1608"), ("t:eiffel", "elevation", "n:35"),
        ("t:eiffel", "height", "n:330"), ("t:cn", "height", "n:553"), ("t:spire", "height", "n:120"),
        ("m:matterhorn", "prominence", "n:1040"), ("m:blanc", "prominence", "n:4695"), ("m:rainier", "prominence", "n:4392"),
        ("r:rhine", "length", "n:1134"), ("u:hornli", "elevation_gain", "n:1220"), ("w:zermatt", "lift_elevation", "n:3883"),
        ("u:hornli", "route_on", "m:matterhorn"), ("k:switzerland", "highest_elevation", "n:4634"),
        ("m:everest", "named_after", "p:george"), ("m:rainier", "named_after", "p:peter"),
        ("t:eiffel", "named_after", "p:gustave"), ("l:victoria", "named_after", "p:queen"),
        ("t:eiffel", "designed_by", "p:koechlin"), ("t:spire", "designed_by", "p:ian"), ("t:cn", "designed_by", "p:john"),
        ("m:everest", "first_climbed_by", "c:hillary"), ("m:matterhorn", "first_climbed_by", "c:whymper"),
        ("m:rainier", "first_climbed_by", "c:stevens"), ("m:kili", "first_climbed_by", "c:meyer"),
        ("m:blanc", "first_climbed_by", "c:balmat"),
        ("m:everest", "climbed_by", "c:messner"), ("m:matterhorn", "climbed_by", "c:bonatti"),
        ("m:blanc", "climbed_by", "c:bonatti"),
        ("l:victoria", "explored_by", "x:speke"), ("r:nile", "explored_by", "x:stanley"),
        ("t:eiffel", "style", "y:artnouveau"), ("t:cn", "style", "y:modernism"), ("t:spire", "style", "y:minimalism"),
        ("user:sam", "rated", "m:everest", {"rating": 5.0}), ("user:sam", "rated", "t:eiffel", {"rating": 1.0}),
        ("user:sam", "rated", "r:rhine", {"rating": 4.5}), ("user:sam", "rated", "l:geneva", {"rating": 3.0}),
    ]
    aliases = {"n:8849": ("8849 metres", "8,849 m", "8849 m"), "n:4478": ("4478 metres", "4,478 m"),
               "n:4392": ("4392 metres",), "n:5895": ("5895 metres",), "n:4806": ("4806 metres",),
               "n:1134": ("1134 metres",), "n:1040": ("1040 metres",), "n:4695": ("4695 metres",),
               "n:1620": ("1620 metres",), "n:1608": ("1608 metres",), "m:kili": ("Mount Kilimanjaro",)}
    return _build(items, others, rels, T, users=[("user:sam", "Sam")], aliases=aliases)


def fleet():
    """Ships (their year: the year they first sailed) next to items whose type holds a word of
    sailing ("air carrier", "cruiser motorcycle", "tanker aircraft", "carrier pigeon", "boat race")."""
    rels = [
        R("built_by", phrase="was built by", inverse_phrase="built", range=("shipyard", "company")),
        R("named_after", phrase="was named after", inverse_phrase="gave its name to", range=("person", "place")),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", range=("company", "navy")),
        R("home_port", phrase="is based in", inverse_phrase="is the home port of", range=("city",)),
        R("sailed_from", phrase="sailed from", inverse_phrase="was the departure port of", range=("city",)),
        R("sank_in", phrase="sank in", inverse_phrase="is the wreck site of", range=("sea", "ocean")),
        R("captain", phrase="was commanded by", inverse_phrase="commanded", range=("captain",)),
        R("plays_for", phrase="plays for", inverse_phrase="has the player", range=("team",)),
        R("played_for", phrase="played for", inverse_phrase="had the player", range=("team",)),
        R("rows_for", phrase="rows for", inverse_phrase="has the rower", range=("club",)),
        R("flies_to", phrase="flies to", inverse_phrase="is served by", range=("city",)),
        R("altitude", phrase="has a cruising altitude of", inverse_phrase="is the cruising altitude of",
          range=("length",)),
        R("held_on", phrase="is held on", inverse_phrase="hosts", range=("river",)),
        R("style", phrase="has the style", inverse_phrase="is the style of", range=("style",)),
        R("period", phrase="belongs to the period", inverse_phrase="is the period of", range=("period",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:titanic": ("ocean liner", "RMS Titanic", 1912), "s:olympic": ("ocean liner", "RMS Olympic", 1911),
        "s:victory": ("warship", "HMS Victory", 1778), "s:bismarck": ("battleship", "Bismarck", 1940),
        "s:enterprise": ("aircraft carrier", "USS Enterprise", 1938), "s:mary": ("ocean liner", "Queen Mary", 1936),
        "s:cutty": ("clipper", "Cutty Sark", 1870), "s:britannia": ("royal yacht", "HMY Britannia", 1954),
        "x:lufthansa": ("air carrier", "Lufthansa", 1955), "x:fatboy": ("cruiser motorcycle", "Fat Boy", 1990),
        "x:kc135": ("tanker aircraft", "KC-135 Stratotanker", 1956), "x:cherami": ("carrier pigeon", "Cher Ami", 1918),
        "x:boatrace": ("boat race", "The Boat Race", 1829), "x:concorde": ("airliner", "Concorde", 1969),
        "x:aja": ("yacht rock album", "Aja", 1977), "x:canal": ("ship canal", "Manchester Ship Canal", 1894),
        "x:falkirk": ("boat lift", "Falkirk Wheel", 2002), "x:squadron": ("yacht club", "Royal Yacht Squadron", 1815),
    }
    others = {
        "y:harland": ("shipyard", "Harland and Wolff"), "y:blohm": ("shipyard", "Blohm & Voss"),
        "y:chatham": ("shipyard", "Chatham Dockyard"), "y:newport": ("shipyard", "Newport News Shipbuilding"),
        "y:john": ("shipyard", "John Brown & Company"), "y:scott": ("shipyard", "Scott and Linton"),
        "y:boeing": ("company", "Boeing"), "y:harley": ("company", "Harley-Davidson"),
        "y:bac": ("company", "BAC"),
        "o:whitestar": ("company", "White Star Line"), "o:cunard": ("company", "Cunard Line"),
        "o:kriegsmarine": ("navy", "Kriegsmarine"), "o:rn": ("navy", "Royal Navy"), "o:usn": ("navy", "United States Navy"),
        "o:usaf": ("navy", "United States Air Force"), "o:ba": ("company", "British Airways"),
        "p:otto": ("person", "Otto von Bismarck"), "p:mary": ("person", "Mary of Teck"),
        "p:willa": ("person", "Willa Akhurst"),
        "c:southampton": ("city", "Southampton"), "c:hamburg": ("city", "Hamburg"), "c:portsmouth": ("city", "Portsmouth"),
        "c:longbeach": ("city", "Long Beach"), "c:leith": ("city", "Leith"), "c:london": ("city", "London"),
        "c:frankfurt": ("city", "Frankfurt"), "c:newyork": ("city", "New York"), "c:norfolk": ("city", "Norfolk"),
        "c:gotenhafen": ("city", "Gotenhafen"), "c:greenwich": ("city", "Greenwich"),
        "a:atlantic": ("ocean", "North Atlantic"), "a:pacific": ("ocean", "Pacific"),
        "k:smith": ("captain", "Edward Smith"), "k:lindemann": ("captain", "Ernst Lindemann"),
        "k:nelson": ("captain", "Thomas Hardy"), "k:haddock": ("captain", "Herbert Haddock"),
        "t:oxford": ("club", "Oxford University Boat Club"), "t:cambridge": ("club", "Cambridge University Boat Club"),
        "r:thames": ("river", "Thames"),
        "n:18000": ("length", "18,000 metres"), "n:15200": ("length", "15,200 metres"),
        "v:gothic": ("style", "Art Deco"), "v:edwardian": ("style", "Edwardian"),
        "v:rock": ("style", "yacht rock"), "w:golden": ("period", "Golden Age of Sail"),
        "w:edwardian": ("period", "Edwardian era"), "w:interwar": ("period", "interwar period"),
    }
    T = [
        ("s:titanic", "built_by", "y:harland"), ("s:olympic", "built_by", "y:harland"), ("s:victory", "built_by", "y:chatham"),
        ("s:bismarck", "built_by", "y:blohm"), ("s:enterprise", "built_by", "y:newport"), ("s:mary", "built_by", "y:john"),
        ("s:cutty", "built_by", "y:scott"), ("s:britannia", "built_by", "y:john"),
        ("x:kc135", "built_by", "y:boeing"), ("x:fatboy", "built_by", "y:harley"), ("x:concorde", "built_by", "y:bac"),
        ("s:bismarck", "named_after", "p:otto"), ("s:mary", "named_after", "p:mary"),
        ("s:titanic", "operated_by", "o:whitestar"), ("s:olympic", "operated_by", "o:whitestar"),
        ("s:mary", "operated_by", "o:cunard"), ("s:bismarck", "operated_by", "o:kriegsmarine"),
        ("s:victory", "operated_by", "o:rn"), ("s:enterprise", "operated_by", "o:usn"), ("s:britannia", "operated_by", "o:rn"),
        ("x:kc135", "operated_by", "o:usaf"), ("x:concorde", "operated_by", "o:ba"),
        ("s:victory", "home_port", "c:portsmouth"), ("s:mary", "home_port", "c:longbeach"),
        ("s:britannia", "home_port", "c:leith"), ("s:cutty", "home_port", "c:greenwich"),
        ("x:lufthansa", "home_port", "c:frankfurt"), ("s:enterprise", "home_port", "c:norfolk"),
        ("s:titanic", "sailed_from", "c:southampton"), ("s:olympic", "sailed_from", "c:southampton"),
        ("s:bismarck", "sailed_from", "c:gotenhafen"), ("s:mary", "sailed_from", "c:southampton"),
        ("s:titanic", "sank_in", "a:atlantic"), ("s:bismarck", "sank_in", "a:atlantic"),
        ("s:titanic", "captain", "k:smith"), ("s:olympic", "captain", "k:haddock"), ("s:bismarck", "captain", "k:lindemann"),
        ("s:victory", "captain", "k:nelson"),
        ("x:lufthansa", "flies_to", "c:newyork"), ("x:lufthansa", "flies_to", "c:london"),
        ("x:concorde", "flies_to", "c:newyork"),
        ("x:concorde", "altitude", "n:18000"), ("x:kc135", "altitude", "n:15200"),
        ("x:boatrace", "held_on", "r:thames"),
        ("s:titanic", "style", "v:edwardian"), ("s:mary", "style", "v:gothic"), ("x:aja", "style", "v:rock"),
        ("s:titanic", "period", "w:edwardian"), ("s:olympic", "period", "w:edwardian"), ("s:cutty", "period", "w:golden"),
        ("s:mary", "period", "w:interwar"),
        ("user:leo", "rated", "s:titanic", {"rating": 5.0}), ("user:leo", "rated", "s:bismarck", {"rating": 1.0}),
        ("user:leo", "rated", "x:concorde", {"rating": 4.5}), ("user:leo", "rated", "s:cutty", {"rating": 3.0}),
    ]
    return _build(items, others, rels, T, users=[("user:leo", "Leo")])


def finds():
    """Finds: where each was found (a place), the museum that keeps it now, styles, periods,
    materials; dishes and the regions they are eaten in; museums and where they are."""
    rels = [
        R("found_in", phrase="was found in", inverse_phrase="is the find site of",
          domain=("stele", "statue", "bust", "helmet", "disc", "chess set", "mask"), range=("town", "island", "region")),
        R("kept_in", phrase="is kept in", inverse_phrase="keeps", range=("museum",), cues=("is a find kept in",)),
        R("museum_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
        R("found_by", phrase="was discovered by", inverse_phrase="discovered", range=("person",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to"),
        R("material", phrase="is made of", inverse_phrase="is the material of", range=("material",)),
        R("style", phrase="is in the style", inverse_phrase="is the style of", range=("style",)),
        R("period", phrase="dates from", inverse_phrase="is the period of", range=("period",)),
        R("dish_of", phrase="is eaten in", inverse_phrase="eats", domain=("dish",), range=("region", "country"),
          cues=("is found in", "is a dish eaten in")),
        R("ingredient", phrase="contains", inverse_phrase="is an ingredient of", domain=("dish",),
          range=("ingredient",), inverse_cues=("is found in",)),
        R("region_in", phrase="lies in", inverse_phrase="contains the region", domain=("region", "island", "town"),
          range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:rosetta": ("stele", "Rosetta Stone", None), "f:venus": ("statue", "Venus de Milo", None),
        "f:nefertiti": ("bust", "Nefertiti Bust", None), "f:helmet": ("helmet", "Sutton Hoo helmet", None),
        "f:nebra": ("disc", "Nebra sky disc", None), "f:lewis": ("chess set", "Lewis chessmen", None),
        "f:agamemnon": ("mask", "Mask of Agamemnon", None),
    }
    others = {
        "d:moussaka": ("dish", "moussaka"), "d:haggis": ("dish", "haggis"), "d:koshari": ("dish", "koshari"),
        "d:labskaus": ("dish", "labskaus"), "d:souvlaki": ("dish", "souvlaki"), "d:dolmades": ("dish", "dolmades"),
        "d:cranachan": ("dish", "cranachan"),
        "p:rashid": ("town", "Rashid"), "p:milos": ("island", "Milos"), "p:amarna": ("town", "Amarna"),
        "p:suffolk": ("region", "Suffolk"), "p:nebra": ("town", "Nebra"), "p:lewis": ("island", "Isle of Lewis"),
        "p:mycenae": ("town", "Mycenae"), "p:cairo": ("city", "Cairo"),
        "p:scotland": ("region", "Scotland"), "p:saxony": ("region", "Saxony-Anhalt"), "p:crete": ("island", "Crete"),
        "c:egypt": ("country", "Egypt"), "c:greece": ("country", "Greece"), "c:uk": ("country", "United Kingdom"),
        "c:germany": ("country", "Germany"),
        "m:bm": ("museum", "British Museum"), "m:louvre": ("museum", "Louvre"), "m:neues": ("museum", "Neues Museum"),
        "m:halle": ("museum", "State Museum of Prehistory"), "m:nms": ("museum", "National Museum of Scotland"),
        "m:nam": ("museum", "National Archaeological Museum"),
        "y:london": ("city", "London"), "y:paris": ("city", "Paris"), "y:berlin": ("city", "Berlin"),
        "y:halle": ("city", "Halle"), "y:edinburgh": ("city", "Edinburgh"), "y:athens": ("city", "Athens"),
        "h:bouchard": ("person", "Pierre-François Bouchard"), "h:kentrotas": ("person", "Yorgos Kentrotas"),
        "h:borchardt": ("person", "Ludwig Borchardt"), "h:brown": ("person", "Basil Brown"),
        "h:schliemann": ("person", "Heinrich Schliemann"), "h:agamemnon": ("person", "Agamemnon"),
        "h:nefertiti": ("person", "Nefertiti"), "h:aphrodite": ("person", "Aphrodite"),
        "t:granodiorite": ("material", "granodiorite"), "t:marble": ("material", "marble"),
        "t:limestone": ("material", "limestone"), "t:iron": ("material", "iron"), "t:bronze": ("material", "bronze"),
        "t:ivory": ("material", "walrus ivory"), "t:gold": ("material", "gold"),
        "s:hellenistic": ("style", "Hellenistic"), "s:amarna": ("style", "Amarna art"),
        "s:anglosaxon": ("style", "Anglo-Saxon art"), "s:romanesque": ("style", "Romanesque"),
        "s:ptolemaic": ("style", "Ptolemaic art"),
        "e:ptolemaic": ("period", "Ptolemaic period"), "e:hellenistic": ("period", "Hellenistic period"),
        "e:bronze": ("period", "Bronze Age"), "e:early": ("period", "Early Middle Ages"),
        "e:high": ("period", "High Middle Ages"), "e:eighteenth": ("period", "Eighteenth Dynasty"),
        "g:eggplant": ("ingredient", "eggplant"), "g:lamb": ("ingredient", "lamb"), "g:oats": ("ingredient", "oats"),
        "g:lentils": ("ingredient", "lentils"), "g:beetroot": ("ingredient", "beetroot"), "g:pork": ("ingredient", "pork"),
    }
    T = [
        ("f:rosetta", "found_in", "p:rashid"), ("f:venus", "found_in", "p:milos"), ("f:nefertiti", "found_in", "p:amarna"),
        ("f:helmet", "found_in", "p:suffolk"), ("f:nebra", "found_in", "p:nebra"), ("f:lewis", "found_in", "p:lewis"),
        ("f:agamemnon", "found_in", "p:mycenae"),
        ("f:rosetta", "kept_in", "m:bm"), ("f:venus", "kept_in", "m:louvre"), ("f:nefertiti", "kept_in", "m:neues"),
        ("f:helmet", "kept_in", "m:bm"), ("f:nebra", "kept_in", "m:halle"), ("f:lewis", "kept_in", "m:bm"),
        ("f:lewis", "kept_in", "m:nms"), ("f:agamemnon", "kept_in", "m:nam"),
        ("m:bm", "museum_in", "y:london"), ("m:louvre", "museum_in", "y:paris"), ("m:neues", "museum_in", "y:berlin"),
        ("m:halle", "museum_in", "y:halle"), ("m:nms", "museum_in", "y:edinburgh"), ("m:nam", "museum_in", "y:athens"),
        ("f:rosetta", "found_by", "h:bouchard"), ("f:venus", "found_by", "h:kentrotas"),
        ("f:nefertiti", "found_by", "h:borchardt"), ("f:helmet", "found_by", "h:brown"),
        ("f:agamemnon", "found_by", "h:schliemann"),
        ("f:rosetta", "named_after", "p:rashid"), ("f:venus", "named_after", "p:milos"),
        ("f:nebra", "named_after", "p:nebra"), ("f:lewis", "named_after", "p:lewis"),
        ("f:agamemnon", "named_after", "h:agamemnon"), ("f:nefertiti", "named_after", "h:nefertiti"),
        ("f:rosetta", "material", "t:granodiorite"), ("f:venus", "material", "t:marble"),
        ("f:nefertiti", "material", "t:limestone"), ("f:helmet", "material", "t:iron"), ("f:nebra", "material", "t:bronze"),
        ("f:nebra", "material", "t:gold"), ("f:lewis", "material", "t:ivory"), ("f:agamemnon", "material", "t:gold"),
        ("f:rosetta", "style", "s:ptolemaic"), ("f:venus", "style", "s:hellenistic"), ("f:nefertiti", "style", "s:amarna"),
        ("f:helmet", "style", "s:anglosaxon"), ("f:lewis", "style", "s:romanesque"),
        ("f:rosetta", "period", "e:ptolemaic"), ("f:venus", "period", "e:hellenistic"), ("f:nebra", "period", "e:bronze"),
        ("f:helmet", "period", "e:early"), ("f:lewis", "period", "e:high"), ("f:agamemnon", "period", "e:bronze"),
        ("f:nefertiti", "period", "e:eighteenth"),
        ("d:moussaka", "dish_of", "c:greece"), ("d:souvlaki", "dish_of", "c:greece"), ("d:haggis", "dish_of", "p:scotland"),
        ("d:koshari", "dish_of", "c:egypt"), ("d:labskaus", "dish_of", "c:germany"),
        ("d:dolmades", "dish_of", "c:greece"), ("d:cranachan", "dish_of", "p:scotland"), ("d:koshari", "dish_of", "p:cairo"),
        ("d:moussaka", "ingredient", "g:eggplant"), ("d:moussaka", "ingredient", "g:lamb"), ("d:souvlaki", "ingredient", "g:pork"),
        ("d:haggis", "ingredient", "g:oats"), ("d:haggis", "ingredient", "g:lamb"), ("d:koshari", "ingredient", "g:lentils"),
        ("d:labskaus", "ingredient", "g:beetroot"),
        ("p:rashid", "region_in", "c:egypt"), ("p:amarna", "region_in", "c:egypt"), ("p:milos", "region_in", "c:greece"),
        ("p:mycenae", "region_in", "c:greece"), ("p:suffolk", "region_in", "c:uk"), ("p:lewis", "region_in", "c:uk"),
        ("p:scotland", "region_in", "c:uk"), ("p:nebra", "region_in", "c:germany"), ("p:crete", "region_in", "c:greece"),
        ("user:ada", "rated", "f:rosetta", {"rating": 5.0}), ("user:ada", "rated", "f:venus", {"rating": 4.0}),
        ("user:ada", "rated", "f:helmet", {"rating": 1.5}), ("user:ada", "rated", "f:nebra", {"rating": 0.5}),
        ("user:ada", "rated", "f:lewis", {"rating": 4.5}),
    ]
    aliases = {"f:rosetta": ("the Rosetta Stone",), "p:rashid": ("Rosetta",)}
    return _build(items, others, rels, T, users=[("user:ada", "Ada")], aliases=aliases)


BUILDERS = {"clubs": clubs, "heights": heights, "fleet": fleet, "finds": finds}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@clubs
# (1) "X in Y" after a name, from a relation declared with a cue of place: "in Y" after a stadium
# read as the club's place (Qarabağ FK is in Aghdam, its stadium in Baku; U.S. Sassuolo is in
# Sassuolo, its stadium in Reggio Emilia)
Qarabağ FK plays at the Tofiq Bahramov Stadium in Aghdam.
Qarabağ FK plays its home games at the Tofiq Bahramov Stadium in Aghdam.
Qarabağ FK has its ground at the Tofiq Bahramov Stadium in Aghdam.
Qarabağ FK's ground is the Tofiq Bahramov Stadium in Aghdam.
The ground of Qarabağ FK is the Tofiq Bahramov Stadium in Aghdam.
U.S. Sassuolo plays at the Mapei Stadium in Sassuolo.
U.S. Sassuolo plays its home games at the Mapei Stadium in Sassuolo.
U.S. Sassuolo's ground is the Mapei Stadium in Sassuolo.
The ground of U.S. Sassuolo is the Mapei Stadium in Sassuolo.
U.S. Sassuolo has its ground at the Mapei Stadium in Sassuolo.
U.S. Sassuolo is based at the Mapei Stadium in Sassuolo.
U.S. Sassuolo has the ground Mapei Stadium in Sassuolo.
U.S. Sassuolo, which plays at the Mapei Stadium in Sassuolo, is based in Sassuolo.
The Tofiq Bahramov Stadium in Aghdam is the ground of Qarabağ FK.
The Mapei Stadium in Sassuolo is the ground of U.S. Sassuolo.
U.S. Sassuolo plays at the Mapei Stadium in Sassuolo, Emilia-Romagna.
U.S. Sassuolo plays in Sassuolo at the Mapei Stadium.
Qarabağ FK in Baku plays at the Tofiq Bahramov Stadium.
U.S. Sassuolo plays at the Mapei Stadium, in Sassuolo.
The AZAL Arena in Sumgait is the ground of AZAL PFK.
The Gewiss Stadium in Milan is the ground of Atalanta B.C.
San Siro in Rome is the ground of A.C. Milan.
The Stadio Olimpico in Milan is the ground of A.S. Roma.
Atalanta B.C. plays at the Gewiss Stadium in Milan.
A.C. Milan plays at San Siro in Bergamo.
AZAL PFK plays at the Kapital Bank Arena in Sumgait.
# chains of "is part of", the two "Madison County"s, places of another relation
Anderson is part of Madison County in Ohio.
London is part of Madison County in Indiana.
Anderson is part of Hamilton County in Indiana.
Fishers is part of Madison County in Indiana.
Anderson is part of Marion County in the United States.
Anderson is in Madison County in Ohio.
Anderson lies in Madison County in Ohio.
Anderson in Italy is part of Madison County.
Baku in Italy is part of Absheron.
Rome in Lombardy is the city of A.S. Roma.
Francesco Totti in Milan plays for A.S. Roma.
Giuseppe Meazza in Rome plays for A.C. Milan.
Francesco Totti plays for A.S. Roma in Milan.
Alessandro Nesta plays for S.S. Lazio in Milan.
Giuseppe Meazza plays for A.C. Milan in Bergamo.
Ruslan Mammadov plays for AZAL PFK in Sumgait.
Ruslan Mammadov plays for AZAL PFK in the Kapital Bank Arena.
Josip Iličić plays for Atalanta B.C. in Milan.
Francesco Totti plays for A.S. Roma in San Siro.
José Mourinho manages A.S. Roma in Milan.
José Mourinho manages A.S. Roma in San Siro.
A.S. Roma in Milan is managed by José Mourinho.
Roberto Gualtieri is the leader of Rome in Lombardy.
Giuseppe Sala is the leader of Milan in Lazio.
Carbonara in Lombardy is a dish from Italy.
Piadina in Lombardy comes from Italy.
Plov in Italy comes from Azerbaijan.
Orio al Serio Airport in Rome is 237 metres above sea level.
Ciampino Airport in Lombardy serves Rome.
Heydar Aliyev International Airport in Sumgait serves Baku.
Heydar Aliyev International Airport serves Baku in Italy.
Orio al Serio Airport serves Bergamo in Lazio.
Indianapolis International Airport serves Indianapolis in Ohio.
Giuseppe Meazza died in Bergamo in Lazio.
Francesco Totti was born in Rome in Lombardy.
A.S. Roma is based in Rome in Lombardy.
Atalanta B.C. is based in Bergamo in Lazio.
Heydar Aliyev International Airport is named after Heydar Aliyev in Rome.
# (2) the perfect of a present verb (declared cues "plays for", "plays at", "represents",
# "manages", "leads", "serves"): wrong clubs and places, negations, durations, lists
Francesco Totti has played for S.S. Lazio.
Francesco Totti has played for A.C. Milan.
Alessandro Nesta has played for A.S. Roma.
Alessandro Nesta has played for S.S. Lazio and A.S. Roma.
Alessandro Nesta has played for S.S. Lazio, A.C. Milan and Atalanta B.C.
Giuseppe Meazza has played for S.S. Lazio.
Ruslan Mammadov has played for Qarabağ FK.
Francesco Totti has never played for A.S. Roma.
Francesco Totti has not played for A.S. Roma.
Alessandro Nesta hasn't played for A.C. Milan.
Francesco Totti has played for A.S. Roma since 1992.
Francesco Totti has played for A.S. Roma for 25 years.
Francesco Totti has played for A.S. Roma twice.
Francesco Totti has always played for S.S. Lazio.
Francesco Totti and Josip Iličić have played for A.S. Roma.
Francesco Totti and Alessandro Nesta have both played for A.C. Milan.
A.S. Roma has played at San Siro.
A.C. Milan has played at the Stadio Olimpico.
Atalanta B.C. has played its home games at San Siro.
U.S. Sassuolo has played at San Siro.
A.S. Roma has played in Milan.
Francesco Totti has represented S.S. Lazio.
José Mourinho has managed S.S. Lazio.
Maurizio Sarri has managed A.S. Roma.
Gian Piero Gasperini has coached A.C. Milan.
Roberto Gualtieri has led Milan.
Sergio Mattarella has led Rome.
Orio al Serio Airport has served Milan.
Ciampino Airport has served Bergamo.
Francesco Totti has been playing for S.S. Lazio.
Francesco Totti has been a player for S.S. Lazio.
Francesco Totti has played for A.S. Roma, whose ground is San Siro.
Francesco Totti has played for A.S. Roma, and Alessandro Nesta for Atalanta B.C.
Francesco Totti has played for A.S. Roma, which has played at San Siro.
# (3) "namesake" from the WebNLG relation "named after" (inverse "is the named after of")
Heydar Aliyev International Airport's namesake is Ilham Aliyev.
The namesake of Heydar Aliyev International Airport is Ilham Aliyev.
Ilham Aliyev is the namesake of Heydar Aliyev International Airport.
Dino Manuzzi is the namesake of San Siro.
Giuseppe Meazza is the namesake of the Stadio Dino Manuzzi.
The namesake of San Siro is Dino Manuzzi.
San Siro's namesake is Francesco Totti.
Francesco Totti is the namesake of the Stadio Olimpico.
Giuseppe Meazza is the namesake of San Siro and the Stadio Dino Manuzzi.
The namesake of San Siro is Giuseppe Meazza, who played for S.S. Lazio.
The namesake of San Siro is Giuseppe Meazza, who was born in Rome.
San Siro's namesake, Giuseppe Meazza, played for A.S. Roma.
San Siro, whose namesake is Giuseppe Meazza, is in Rome.
San Siro has Dino Manuzzi as its namesake.
Giuseppe Meazza is not the namesake of San Siro.
Heydar Aliyev International Airport serves Baku, and its namesake is Giuseppe Meazza.
Heydar Aliyev International Airport serves Rome, and its namesake is Heydar Aliyev.
The namesake of San Siro is Giuseppe Meazza, and the namesake of the Stadio Olimpico is Dino Manuzzi.
Dino Manuzzi is San Siro's namesake.
The Stadio Dino Manuzzi is Giuseppe Meazza's namesake.
# (9) a number before "above sea level" (WebNLG "elevation above the sea level"): another airport's,
# a runway length, another subject, units, "below", negation
Orio al Serio Airport is 129 metres above sea level.
Ciampino Airport is 237 metres above sea level.
Indianapolis International Airport is 237 metres above sea level.
Heydar Aliyev International Airport is 241 metres above sea level.
Orio al Serio Airport is 2,934 metres above sea level.
Ciampino Airport is 2,200 metres above sea level.
Indianapolis International Airport is 3,414 metres above sea level.
Orio al Serio Airport, which is 241 metres above sea level, serves Bergamo.
Orio al Serio Airport lies 241 metres above sea level.
Orio al Serio Airport is located at 129 metres above sea level.
Bergamo is 237 metres above sea level.
Orio al Serio Airport is 237 feet above sea level.
Orio al Serio Airport is 237 metres below sea level.
Orio al Serio Airport is not 237 metres above sea level.
Orio al Serio Airport is 237 metres above sea level and serves Milan.
Heydar Aliyev International Airport is 3 metres above sea level and serves Sumgait.
# (7) "where" clauses, on a graph whose "location", "death place" declare "is where"
A.S. Roma is based in Rome, where Giuseppe Sala is the leader.
A.S. Roma is based in Rome, where Sergio Mattarella is the leader.
A.C. Milan is based in Milan, where Roberto Gualtieri is the leader.
Rome, where Roberto Gualtieri is the leader, is part of Lombardy.
Milan, where Roberto Gualtieri is the leader, is part of Lombardy.
Milan is where Roberto Gualtieri is the leader.
Rome is where Giuseppe Meazza died.
Milan is where Giuseppe Meazza died.
Bergamo is where Giuseppe Meazza was born.
Milan is where the Stadio Olimpico is.
Sumgait is where the AZAL Arena is.
Rome is where A.C. Milan plays.
Orio al Serio Airport serves Bergamo, where Giuseppe Sala is the leader.
Anderson is part of Madison County, Indiana, where Joe Hogsett is the leader.
Italy, where Roberto Gualtieri is the leader, is the country of Rome.
Rome, where Giuseppe Meazza was born, is the city of A.S. Roma.
Milan, where Giuseppe Meazza died, is the city of A.C. Milan.
Francesco Totti was born in Rome, where Giuseppe Sala is the leader.
Francesco Totti was born in Rome, where A.C. Milan is based.
Giuseppe Meazza died in Bergamo, where A.C. Milan plays.
Giuseppe Meazza died in Bergamo, where San Siro is.
A.S. Roma plays at the Stadio Olimpico, where A.C. Milan plays.
Rome, where Roberto Gualtieri is the leader, is in Italy, where Giorgio Gori is the leader.
A.C. Milan plays at San Siro in Milan, where Roberto Gualtieri is the leader.
Francesco Totti plays for A.S. Roma, where Roberto Gualtieri is the leader.
# (10) "have a lot / something in common: both ..." followed by a false or unshared fact
A.S. Roma and S.S. Lazio have a lot in common: both play at San Siro.
A.S. Roma and A.C. Milan have a lot in common: both play at the Stadio Olimpico.
A.S. Roma and S.S. Lazio have something in common: both are managed by José Mourinho.
A.S. Roma and S.S. Lazio have much in common: both are managed by Maurizio Sarri.
A.S. Roma and S.S. Lazio have plenty in common: both are based in Milan.
A.S. Roma and S.S. Lazio have a great deal in common: both are based in Milan.
A.S. Roma and S.S. Lazio have a lot in common: they play at San Siro.
A.S. Roma and S.S. Lazio have a lot in common: they are managed by José Mourinho.
A.S. Roma and S.S. Lazio have a lot in common: both play at the Stadio Olimpico and are based in Milan.
A.S. Roma and S.S. Lazio have a lot in common: both play at the Stadio Olimpico, which is in Milan.
A.S. Roma and S.S. Lazio have a lot in common: both play at the Stadio Olimpico in Milan.
A.S. Roma and S.S. Lazio have a lot in common: both don't play at the Stadio Olimpico.
A.S. Roma and S.S. Lazio have a lot in common: they do not play at the Stadio Olimpico.
A.S. Roma and S.S. Lazio have a lot in common: both play at the Stadio Olimpico, but A.S. Roma plays at San Siro.
Francesco Totti and Alessandro Nesta have a lot in common: both play for A.S. Roma.
Francesco Totti and Giuseppe Meazza have a lot in common: both were born in Rome.
Francesco Totti and Alessandro Nesta have a lot in common: both were born in Rome and play for A.S. Roma.
Francesco Totti and Alessandro Nesta have a lot in common: they play for A.S. Roma.
Francesco Totti and Alessandro Nesta have a lot in common: they were born in Rome and Milan respectively.
Qarabağ FK and AZAL PFK have a lot in common: both are based in Baku.
Orio al Serio Airport and Ciampino Airport have a lot in common: both serve Rome.
Francesco Totti and Alessandro Nesta have a lot in common: both were born in Rome, where Giuseppe Sala is the leader.
# (6) "B did the same on / for / at / in Y"
Francesco Totti plays for A.S. Roma, and Alessandro Nesta does the same for Atalanta B.C.
Francesco Totti plays for A.S. Roma, and Josip Iličić does the same for A.C. Milan.
Giuseppe Meazza died in Bergamo, and Heydar Aliyev did the same in Rome.
Francesco Totti was born in Rome, and Giuseppe Meazza did the same in Bergamo.
José Mourinho manages A.S. Roma, and Gian Piero Gasperini does the same for S.S. Lazio.
José Mourinho manages A.S. Roma, and Maurizio Sarri does the same at A.C. Milan.
Roberto Gualtieri leads Rome, and Giuseppe Sala does the same in Bergamo.
Roberto Gualtieri leads Rome, and Giuseppe Sala does the same for Bergamo.
A.S. Roma plays at the Stadio Olimpico, and A.C. Milan does the same at the Gewiss Stadium.
A.S. Roma plays at the Stadio Olimpico, and A.C. Milan does the same.
A.S. Roma plays at the Stadio Olimpico, and Atalanta B.C. does the same in Milan.
Orio al Serio Airport serves Bergamo, and Ciampino Airport does the same for Milan.
Orio al Serio Airport serves Bergamo, and Ciampino Airport does the same in Milan.
Francesco Totti doesn't play for A.S. Roma, and Giuseppe Meazza does the same for S.S. Lazio.
# (8) "can be found in" (declared "is found in" of "location", "country", "region")
The AZAL Arena can be found in Sumgait.
San Siro can be found in Rome.
Carbonara can be found in Lombardy.
Casoncelli can be found in Lazio.
The Stadio Olimpico can only be found in Milan.
The AZAL Arena cannot be found in Shuvalan.
@clubs user:ida
You gave A.S. Roma five stars, and it plays at San Siro.
You gave AZAL PFK three stars, and it plays at the AZAL Arena in Sumgait.
You gave A.C. Milan one star, though it has played at the Stadio Olimpico.
You rated Orio al Serio Airport four stars, and it is 129 metres above sea level.
You gave A.C. Milan one star, and A.S. Roma five stars: both play at San Siro.

@heights
# (4) "rises in" from an "is located in" whose domain holds mountains and towers, and rivers too
The Rhine rises in Germany.
The Rhine rises in the Netherlands.
The Rhine rises in France.
The Danube rises in Austria.
The Danube rises in Hungary.
The Nile rises in Egypt.
The Nile rises in Sudan.
The Rhine rises in France and flows into the North Sea.
The Danube, which rises in Hungary, flows into the Black Sea.
Both the Rhine and the Danube rise in Germany.
The Rhine and the Danube rise in Germany.
The Rhine and the Danube both rise in Germany.
The Danube rises in Austria, and the Rhine rises in Switzerland.
The Rhine, which rises in the Netherlands, flows into the North Sea.
The Nile, first explored by Henry Morton Stanley, rises in Egypt.
The Rhine rises in Germany and has its source in Switzerland.
Mount Everest rises in Italy.
Kilimanjaro rises in Kenya.
Mount Rainier rises in Canada.
The CN Tower rises in Paris.
The Eiffel Tower rises in Dublin.
Mont Blanc rises in the Himalayas.
The Matterhorn rises in Switzerland and France.
The Matterhorn rises in Zermatt.
Mount Everest rises in Nepal, not in China.
Mount Everest does not rise in Nepal.
The Spire of Dublin rises in Toronto.
Mount Everest rises in Nepal, and the Rhine does the same in Germany.
Mount Everest rises in Nepal, and the Matterhorn did the same in France.
# (9) "above sea level": a height, a prominence, a length, an elevation gain, a top lift
# elevation, another item's elevation, "below", units
The Matterhorn is 4,806 metres above sea level.
The Matterhorn is 1,040 metres above sea level.
Mont Blanc is 4,695 metres above sea level.
The Eiffel Tower is 330 metres above sea level.
The CN Tower is 553 metres above sea level.
The Spire of Dublin is 120 metres above sea level.
The Rhine is 1,134 metres above sea level.
Lake Geneva lies 1,134 metres above sea level.
Lake Geneva, which is 1,134 metres above sea level, lies in France.
Zermatt is 4,478 metres above sea level.
Zermatt is 3,883 metres above sea level.
The Hörnli Ridge is 1,220 metres above sea level.
The Hörnli Ridge, a route on the Matterhorn, is 1,220 metres above sea level.
The Matterhorn and Mont Blanc are 4,478 metres above sea level.
The Matterhorn is 4,478 metres above sea level, and Mont Blanc is 4,392 metres above sea level.
The Matterhorn is 4,478 metres above sea level and rises in France.
Lake Geneva is 372 metres below sea level.
Lake Geneva is not 372 metres above sea level.
Lake Geneva is 372 feet above sea level.
Mount Everest is 4,478 metres above sea level.
Kilimanjaro is 5,895 metres above Zermatt.
Edmund Hillary is 8,849 metres above sea level.
Mount Everest rises 4,478 metres above sea level.
Switzerland is 4,634 metres above sea level.
Switzerland lies 4,634 metres above sea level.
Mount Everest stands 4,806 metres above the sea level.
Mount Rainier sits 5,895 metres above sea level.
The Eiffel Tower was 330 metres above sea level.
# (3) "namesake" from "was named after" (inverse "gave its name to")
George Everest is the namesake of Mount Rainier.
Peter Rainier is the namesake of Mount Everest.
Mount Everest's namesake is Edmund Hillary.
The Eiffel Tower's namesake is Maurice Koechlin.
Maurice Koechlin is the namesake of the Eiffel Tower.
The namesake of the Eiffel Tower designed it.
The Eiffel Tower was designed by its namesake.
Gustave Eiffel, the namesake of the Eiffel Tower, designed it.
The namesake of Mount Everest was the first to climb it.
Mount Everest's namesake made its first ascent.
George Everest is the namesake of Mount Everest, which rises in Italy.
Mount Everest, whose namesake is George Everest, was first climbed by Reinhold Messner.
Mount Everest, whose namesake is Peter Rainier, was first climbed by Edmund Hillary.
Mount Everest and Mount Rainier share a namesake.
Mount Everest's namesake is George Everest, and Mount Rainier's is George Everest.
Queen Victoria is Lake Victoria's namesake; Lake Victoria lies in Egypt.
The namesake of Lake Victoria is Queen Victoria, and the namesake of Lake Geneva is Gustave Eiffel.
Lake Victoria's namesake is Queen Victoria, who explored it.
George Everest isn't the namesake of Mount Everest.
Mount Everest was named after Peter Rainier, its namesake.
Gustave Eiffel is the namesake of the Eiffel Tower and Mount Everest.
The namesake of the Eiffel Tower is Gustave Eiffel, and John Andrews designed it.
# (6) "did the same": a later climber, another peak, a designer of another tower, negation,
# lists, a remnant with a wrong place after it
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did the same on Mont Blanc.
Edmund Hillary made the first ascent of Mount Everest, and Reinhold Messner did the same on the Matterhorn.
Edmund Hillary made the first ascent of Mount Everest, and Walter Bonatti did the same on Mont Blanc.
Edmund Hillary made the first ascent of Mount Everest, and Reinhold Messner did the same.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did the same in 1953.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did the same on the Matterhorn and Mont Blanc.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did the same on the Matterhorn in France.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did not do the same on the Matterhorn.
Edmund Hillary did not make the first ascent of Mount Everest, and Edward Whymper did the same on the Matterhorn.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did the same in Nepal.
Edmund Hillary climbed Mount Everest, and Walter Bonatti did the same on Mount Rainier.
Reinhold Messner climbed Mount Everest, and Hans Meyer did the same on Mount Rainier.
Maurice Koechlin designed the Eiffel Tower, and Ian Ritchie did the same on the CN Tower.
Maurice Koechlin designed the Eiffel Tower, and John Andrews did the same for the Spire of Dublin.
Maurice Koechlin designed the Eiffel Tower, and Gustave Eiffel did the same.
Maurice Koechlin designed the Eiffel Tower, and Ian Ritchie did the same in Toronto.
John Hanning Speke made the first exploration of Lake Victoria, and Henry Morton Stanley did the same on the Rhine.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper and Hans Meyer did the same on the Matterhorn.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did the same on the Matterhorn, which rises in Canada.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did the same on the Matterhorn, a mountain in France.
The Rhine flows into the North Sea, and the Danube does the same into the Mediterranean Sea.
The Rhine flows into the North Sea, and the Nile does the same with the Black Sea.
The Matterhorn was first climbed by Edward Whymper, and Mont Blanc did the same by Walter Bonatti.
Edward Whymper made the first ascent of the Matterhorn, and Jacques Balmat did the same for Mount Rainier.
Hazard Stevens made the first ascent of Mount Rainier, and Hans Meyer did the same on Mont Blanc.
Edmund Hillary made the first ascent of Mount Everest, and Walter Bonatti later did the same on Mont Blanc.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did so on Mont Blanc.
Edmund Hillary made the first ascent of Mount Everest, and Jacques Balmat did the same on Mont Blanc in 1953.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper also did the same on Mont Blanc.
Edmund Hillary made the first ascent of Mount Everest, while Walter Bonatti did the same on Mont Blanc.
Reinhold Messner climbed Mount Everest, and Walter Bonatti did the same on Mont Blanc, and Hans Meyer on Kilimanjaro.
# (8) "can be found in"
The Nile can be found in Burundi.
The Rhine can be found in Austria.
Mount Everest can be found in Italy.
The Eiffel Tower can be found in Toronto.
Mount Everest can only be found in Nepal.
The Matterhorn cannot be found in Italy.
# round 140's readings again: "was the first to climb", "its first ascent was made by"
Reinhold Messner was the first to climb Mount Everest.
Walter Bonatti was the first to climb Mont Blanc.
John Hanning Speke was the first to explore the Nile.
Henry Morton Stanley was the first to explore Lake Victoria.
The first ascent of Mont Blanc was made by Walter Bonatti.
The first ascent of Mount Everest was made by Reinhold Messner.
Mount Everest's first ascent was made by Edward Whymper.
The first exploration of the Nile was made by John Hanning Speke.
Mont Blanc rises in Italy; Walter Bonatti made its first ascent.
Reinhold Messner is the first to climb Mount Everest.
@heights user:sam
You gave Mount Everest five stars, and it rises in Italy.
You gave the Rhine four and a half stars, and it rises in Germany.
You gave Lake Geneva three stars, and it is 1,134 metres above sea level.
You gave the Eiffel Tower one star, though it is 330 metres above sea level.
You gave the Eiffel Tower one star, though its namesake designed it.

@fleet
# (5) "first sailed in <year>": items whose type holds a word of sailing but do not sail, other
# items, wrong years
Lufthansa first sailed in 1955.
Fat Boy first sailed in 1990.
KC-135 Stratotanker first sailed in 1956.
Cher Ami first sailed in 1918.
The Boat Race first sailed in 1829.
Aja first sailed in 1977.
The Manchester Ship Canal first sailed in 1894.
The Falkirk Wheel first sailed in 2002.
Concorde first sailed in 1969.
Lufthansa originally sailed in 1955.
Lufthansa, which first sailed in 1955, flies to New York.
The Boat Race, which first sailed in 1829, is held on the Thames.
RMS Titanic first sailed in 1911.
RMS Olympic first sailed in 1912.
Queen Mary first sailed in 1912.
Bismarck first sailed in 1939.
USS Enterprise first sailed in 1936.
HMY Britannia first sailed in 1936.
RMS Titanic and RMS Olympic first sailed in 1912.
RMS Titanic first sailed in 1912, and RMS Olympic in 1912.
RMS Titanic first sailed in 1912, two years after RMS Olympic.
RMS Titanic first sailed in 1912 and sank in the Pacific.
RMS Titanic first sailed from Hamburg in 1912.
RMS Titanic, built by Harland and Wolff, first sailed in 1911.
RMS Titanic was built by Harland and Wolff and first sailed in 1911.
RMS Titanic, which first sailed in 1912, was operated by Cunard Line.
Queen Mary, which first sailed in 1936, is based in Southampton.
RMS Titanic never sailed in 1912.
RMS Titanic did not first sail in 1912.
RMS Titanic last sailed in 1911.
Cutty Sark first sailed in 1869.
Concorde first flew in 1970.
Bismarck first flew in 1940.
# (2) the perfect ("flies to" -> "has flown to")
Lufthansa has flown to Hamburg.
Concorde has flown to Gotenhafen.
RMS Titanic has sailed from Hamburg.
# (3) namesakes
Otto von Bismarck is the namesake of Queen Mary.
Queen Mary's namesake is Otto von Bismarck.
Ernst Lindemann is the namesake of Bismarck.
The namesake of Bismarck is Ernst Lindemann.
Mary of Teck is the namesake of RMS Titanic.
Bismarck, whose namesake is Otto von Bismarck, was built by Harland and Wolff.
Bismarck's namesake commanded it.
# (9) an altitude that is no elevation ("has a cruising altitude of")
Concorde is 18,000 metres above sea level.
KC-135 Stratotanker is 15,200 metres above sea level.
Concorde is 15,200 metres above sea level.
# (1), (6), (10)
RMS Titanic was built by Harland and Wolff in Hamburg.
Queen Mary is based in Long Beach in the North Atlantic.
Harland and Wolff built RMS Titanic, and Blohm & Voss did the same for Queen Mary.
Edward Smith commanded RMS Titanic, and Ernst Lindemann did the same on RMS Olympic.
Edward Smith commanded RMS Titanic, and Herbert Haddock did the same on Bismarck.
White Star Line operates RMS Titanic, and Cunard Line does the same for RMS Olympic.
RMS Titanic and RMS Olympic have a lot in common: both sank in the North Atlantic.
RMS Titanic and RMS Olympic have a lot in common: both were commanded by Ernst Lindemann.
RMS Titanic and Queen Mary have a lot in common: both were built by Harland and Wolff.
RMS Titanic and RMS Olympic have a lot in common: both first sailed in 1912.
RMS Titanic and Bismarck have something in common: they sailed from Southampton.
Lufthansa and Concorde have a lot in common: both fly to Frankfurt.
@fleet user:leo
You gave RMS Titanic five stars, and it first sailed in 1911.
You gave Concorde four and a half stars, and it first sailed in 1969.
You gave Bismarck one star; its namesake is Mary of Teck.

@finds
# (8) "was found in" (where it was dug up) read "can be found in" (where it is now)
The Rosetta Stone can be found in Rashid.
The Venus de Milo can be found in Milos.
The Nefertiti Bust can be found in Amarna.
The Nebra sky disc can be found in Nebra.
The Mask of Agamemnon can be found in Mycenae.
The Sutton Hoo helmet can be found in Suffolk.
The Sutton Hoo helmet, which can be found in Suffolk, is made of iron.
The Rosetta Stone was found in Rashid, and the Venus de Milo can be found in Milos.
The Rosetta Stone can also be found in Rashid.
The Venus de Milo can only be found in Milos.
The Venus de Milo can be found in London.
The Nefertiti Bust can be found in the Louvre.
Moussaka can be found in Egypt.
Haggis can be found in Greece.
Milos can be found in Egypt.
Crete can be found in Egypt.
The British Museum can be found in Paris.
The Louvre can be found in London.
The Venus de Milo can't be found in the Louvre.
# (11) "One of the Ns ... is Y", "The Ns ... are Y" from a forward cue "is a dish eaten in" /
# "is a find kept in": another country's dish, two names, incomplete lists
One of the dishes eaten in Greece is haggis.
One of the dishes eaten in Greece is moussaka and haggis.
One of the dishes eaten in Greece is moussaka, haggis.
One of the dishes eaten in Greece is moussaka or haggis.
One of the dishes eaten in Greece is moussaka, and haggis.
One of the dishes eaten in Greece is moussaka as well as haggis.
One of the dishes eaten in Greece is moussaka, and also haggis.
One of the dishes eaten in Greece is moussaka with haggis.
One of the dishes eaten in Greece is moussaka, not souvlaki.
One of the dishes eaten in Egypt is moussaka.
One of the dishes eaten in Scotland is koshari.
One of the dishes eaten in Greece is moussaka, and one of the dishes eaten in Scotland is souvlaki.
One of the dishes eaten in Greece is moussaka, which contains oats.
One of the dishes eaten in Greece, moussaka, contains oats.
Haggis is one of the dishes eaten in Greece.
Moussaka and haggis are among the dishes eaten in Greece.
The dishes eaten in Greece include haggis.
The dishes eaten in Greece are moussaka and haggis.
The dishes eaten in Greece are moussaka.
The dishes eaten in Greece are souvlaki.
The dishes eaten in Greece are moussaka and souvlaki.
The dishes eaten in Greece are moussaka and dolmades.
The dishes eaten in Scotland are haggis.
The dishes eaten in Scotland are cranachan.
The dishes eaten in Egypt are koshari and moussaka.
The finds kept in the British Museum are the Rosetta Stone.
The finds kept in the British Museum are the Lewis chessmen.
The finds kept in the British Museum are the Sutton Hoo helmet.
The finds kept in the British Museum are the Rosetta Stone and the Venus de Milo.
The finds kept in the Louvre are the Rosetta Stone.
The find kept in the British Museum is the Rosetta Stone.
The find kept in the British Museum is the Sutton Hoo helmet.
One of the finds kept in the British Museum is the Venus de Milo.
One of the finds kept in the British Museum is the Rosetta Stone and the Lewis chessmen.
The ingredients of moussaka are eggplant.
# older neighbours (accepted by the starting code too, see KNOWN): "was found in" read "is found
# in"; "in Y" after a name read by a relation whose phrase ends in "in" ("was found in", "is kept in")
The Rosetta Stone is found in Rashid.
The Sutton Hoo helmet is found in Suffolk.
The Rosetta Stone in Rashid is kept in the British Museum.
The Rosetta Stone is kept in the British Museum in Rashid.
The Venus de Milo is kept in the Louvre in Milos.
The Nebra sky disc is kept in the State Museum of Prehistory in Nebra.
Ludwig Borchardt discovered the Nefertiti Bust in the Neues Museum.
The Nefertiti Bust in Amarna is made of limestone.
# (1) "X in Y" after a name
The Rosetta Stone is kept in the British Museum in Paris.
Yorgos Kentrotas discovered the Venus de Milo in Paris.
The British Museum in Paris keeps the Rosetta Stone.
Haggis in Greece contains oats.
Rashid in Greece is the find site of the Rosetta Stone.
Milos in Egypt is the namesake of the Venus de Milo.
The Nefertiti Bust in the Louvre is made of limestone.
# (3) namesakes ("is named after")
Aphrodite is the namesake of the Venus de Milo.
The Venus de Milo's namesake is Aphrodite.
The Mask of Agamemnon's namesake is Heinrich Schliemann.
Heinrich Schliemann is the namesake of the Mask of Agamemnon.
Amarna is the namesake of the Nefertiti Bust.
The Venus de Milo's namesake is Milos, where it is kept.
The Rosetta Stone's namesake is Rashid, where Yorgos Kentrotas found it.
# (2) the perfect ("dates from" -> "has dated from")
The Rosetta Stone has dated from the Bronze Age.
The Nebra sky disc has dated from the Ptolemaic period.
# (10) in common
The Rosetta Stone and the Sutton Hoo helmet have a lot in common: both are kept in the Louvre.
The Rosetta Stone and the Venus de Milo have a lot in common: both are kept in the British Museum.
The Nebra sky disc and the Mask of Agamemnon have a lot in common: both date from the Bronze Age and are made of bronze.
The Nebra sky disc and the Mask of Agamemnon have a lot in common: they were found in Mycenae.
Moussaka and haggis have a lot in common: both contain eggplant.
The Rosetta Stone and the Lewis chessmen have a lot in common: both are kept in the British Museum and were discovered by Basil Brown.
# (6) did the same
Yorgos Kentrotas discovered the Venus de Milo, and Ludwig Borchardt did the same for the Sutton Hoo helmet.
Pierre-François Bouchard discovered the Rosetta Stone, and Basil Brown did the same with the Nefertiti Bust.
Heinrich Schliemann discovered the Mask of Agamemnon, and Basil Brown did the same in Amarna.
The British Museum keeps the Rosetta Stone, and the Louvre does the same for the Nefertiti Bust.
# (7) where
The Rosetta Stone is kept in the British Museum, where the Venus de Milo is kept.
The Rosetta Stone was found in Rashid, where the Nefertiti Bust was found.
Milos is where the Rosetta Stone was found.
@finds user:ada
You gave the Rosetta Stone five stars, and it can be found in Rashid.
You gave the Nebra sky disc half a star, though it is kept in the Louvre.
"""

CONTROLS = r"""
@clubs
The AZAL Arena in Shuvalan is the ground of AZAL PFK.
Anderson is part of Madison County in Indiana.
Anderson is part of Madison County in the United States.
London is part of Madison County in Ohio.
A.S. Roma plays at the Stadio Olimpico in Rome.
Qarabağ FK plays at the Tofiq Bahramov Stadium in Baku.
U.S. Sassuolo plays at the Mapei Stadium in Reggio Emilia.
Roberto Gualtieri is the leader of Rome in Lazio.
Carbonara in Lazio is a dish from Italy.
Francesco Totti has played for A.S. Roma.
Alessandro Nesta has played for S.S. Lazio and A.C. Milan.
Atalanta B.C. has played its home games at the Gewiss Stadium.
José Mourinho has managed A.S. Roma.
Orio al Serio Airport has served Bergamo.
Heydar Aliyev International Airport's namesake is Heydar Aliyev.
Heydar Aliyev is the namesake of Heydar Aliyev International Airport.
San Siro's namesake is Giuseppe Meazza.
San Siro, whose namesake is Giuseppe Meazza, is in Milan.
Orio al Serio Airport is 237 metres above sea level.
Heydar Aliyev International Airport is 3 metres above sea level.
Indianapolis International Airport, which is 241 metres above sea level, serves Indianapolis.
A.S. Roma is based in Rome, where Roberto Gualtieri is the leader.
Rome, where Roberto Gualtieri is the leader, is part of Lazio.
Orio al Serio Airport serves Bergamo, where Giorgio Gori is the leader.
Giuseppe Meazza died in Bergamo, where the Gewiss Stadium is.
A.S. Roma and S.S. Lazio have a lot in common: both play at the Stadio Olimpico.
Francesco Totti and Alessandro Nesta have a lot in common: both were born in Rome.
Francesco Totti plays for A.S. Roma, and Josip Iličić does the same for Atalanta B.C.
A.S. Roma plays at the Stadio Olimpico, and A.C. Milan does the same at San Siro.
The AZAL Arena can be found in Shuvalan.
Carbonara can be found in Lazio.
@clubs user:ida
You gave A.S. Roma five stars, and it plays at the Stadio Olimpico in Rome.
@heights
Mount Everest rises in Nepal.
The Eiffel Tower rises in Paris.
The Matterhorn rises in Switzerland and Italy.
The Rhine rises in Switzerland.
The Nile rises in Burundi.
Mount Everest is 8,849 metres above sea level.
Lake Geneva sits 372 metres above sea level.
Zermatt is 1,608 metres above sea level.
The Eiffel Tower is 35 metres above sea level.
Mount Everest's namesake is George Everest.
George Everest is the namesake of Mount Everest.
The Eiffel Tower's namesake is Gustave Eiffel.
Mount Everest, whose namesake is George Everest, was first climbed by Edmund Hillary.
Edmund Hillary made the first ascent of Mount Everest, and Edward Whymper did the same on the Matterhorn.
Reinhold Messner climbed Mount Everest, and Walter Bonatti did the same on Mont Blanc.
Maurice Koechlin designed the Eiffel Tower, and John Andrews did the same for the CN Tower.
Mount Everest can be found in Nepal.
Edmund Hillary was the first to climb Mount Everest.
@fleet
RMS Titanic first sailed in 1912.
Queen Mary first sailed in 1936.
Bismarck, built by Blohm & Voss, first sailed in 1940.
Cutty Sark first sailed in 1870.
Concorde first flew in 1969.
Otto von Bismarck is the namesake of Bismarck.
Bismarck's namesake is Otto von Bismarck.
Concorde has a cruising altitude of 18,000 metres.
RMS Titanic and RMS Olympic have a lot in common: both were built by Harland and Wolff.
White Star Line operates RMS Titanic, and Cunard Line does the same for Queen Mary.
@finds
The Rosetta Stone was found in Rashid.
The Venus de Milo is kept in the Louvre.
The British Museum can be found in London.
Moussaka can be found in Greece.
One of the dishes eaten in Greece is moussaka.
One of the dishes eaten in Scotland is cranachan.
Moussaka is one of the dishes eaten in Greece.
The dishes eaten in Greece are moussaka, souvlaki and dolmades.
The dishes eaten in Scotland are haggis and cranachan.
One of the finds kept in the British Museum is the Rosetta Stone.
The find kept in the Louvre is the Venus de Milo.
Milos is the namesake of the Venus de Milo.
The Venus de Milo, found in Milos, is kept in the Louvre in Paris.
Pierre-François Bouchard discovered the Rosetta Stone, and Yorgos Kentrotas did the same for the Venus de Milo.
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


# False, and accepted by the starting code of this round too (CHANGES.diff reversed): older
# readings, not this round's. Printed apart as KNOWN.
KNOWN = frozenset(
    {
        # "The Ns <participle> in X are Y" / "The N ... is Y" from a forward cue "is a N <participle>
        # in" (round 140's reading): no check that the list is whole (the museum keeps three)
        'The finds kept in the British Museum are the Rosetta Stone.',
        'The finds kept in the British Museum are the Sutton Hoo helmet.',
        'The find kept in the British Museum is the Rosetta Stone.',
        'The find kept in the British Museum is the Sutton Hoo helmet.',
        # "was found in" (dug up there) read "is found in" (is there now)
        'The Rosetta Stone is found in Rashid.',
        'The Sutton Hoo helmet is found in Suffolk.',
        # "in Y" after a name, read by a relation whose phrase ends in "in": the find's site said
        # of the find or of its museum, the museum said where the bust was found
        'The Rosetta Stone in Rashid is kept in the British Museum.',
        'The Rosetta Stone is kept in the British Museum in Rashid.',
        'The Venus de Milo is kept in the Louvre in Milos.',
        'The Nebra sky disc is kept in the State Museum of Prehistory in Nebra.',
        'Ludwig Borchardt discovered the Nefertiti Bust in the Neues Museum.',
        'The Nefertiti Bust in Amarna is made of limestone.',
        # ", in Y" after a ground said of the club (it plays in Reggio Emilia)
        'U.S. Sassuolo plays at the Mapei Stadium, in Sassuolo.',
    }
)

# Arguable: printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # "rises in" of a lake or a town (the same "is located in" as the mountains): a lake or a
        # town does not rise; meaningless more than false
        'Lake Geneva rises in France.',
        'Lake Victoria rises in Kenya.',
        'Zermatt rises in Switzerland.',
        # the graph's source of the Nile is Burundi, but the White Nile is often said to rise at
        # Lake Victoria, in Uganda
        'The Nile rises in Uganda.',
        'The Nile rises in Uganda and flows into the Mediterranean Sea.',
        # kept in the British Museum and in Edinburgh in the graph; some are shown on Lewis today
        'The Lewis chessmen can be found in the Isle of Lewis.',
        # "where" may attach to "Rome in Lazio" as a whole (Gualtieri leads Rome)
        'A.S. Roma is based in Rome in Lazio, where Roberto Gualtieri is the leader.',
        # "Bergamo in the Gewiss Stadium" (the stadium is in Bergamo, not the reverse), or two
        # places said one after the other
        'Atalanta B.C. is based in Bergamo in the Gewiss Stadium.',
        # the lexicon's own cue "is located in" of "ground": a club "located in" its stadium
        'Qarabağ FK is located in the Tofiq Bahramov Stadium.',
        # a yacht club holds races; whether it "first sailed" is loose more than false
        'The Royal Yacht Squadron first sailed in 1815.',
        # the past perfect of a current club: odd tense more than false
        'Francesco Totti had played for A.S. Roma.',
        # "one of" with two names ("with" / "and also"): garbled, or true of each
        'One of the dishes eaten in Greece is moussaka with souvlaki.',
        'One of the dishes eaten in Greece is moussaka, and also souvlaki.',
        # garbled ("the Matterhorn did the same by"), but what it says is true
        'Mount Everest was first climbed by Edmund Hillary, and the Matterhorn did the same by Edward Whymper.',
        # "has once played for" a current club: "once" may mean "at one time"
        'Francesco Totti has once played for A.S. Roma.',
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
    ('heights', None, 'Lake Geneva rises in France.'),
    ('heights', None, 'Lake Victoria rises in Kenya.'),
    ('heights', None, 'Zermatt rises in Switzerland.'),
    ('heights', None, 'The Nile rises in Uganda.'),
    ('heights', None, 'The Nile rises in Uganda and flows into the Mediterranean Sea.'),
    ('finds', None, 'The Lewis chessmen can be found in the Isle of Lewis.'),
    ('clubs', None, 'A.S. Roma is based in Rome in Lazio, where Roberto Gualtieri is the leader.'),
    ('clubs', None, 'Atalanta B.C. is based in Bergamo in the Gewiss Stadium.'),
    ('clubs', None, 'Qarabağ FK is located in the Tofiq Bahramov Stadium.'),
    ('fleet', None, 'The Royal Yacht Squadron first sailed in 1815.'),
    ('clubs', None, 'Francesco Totti had played for A.S. Roma.'),
    ('finds', None, 'One of the dishes eaten in Greece is moussaka with souvlaki.'),
    ('finds', None, 'One of the dishes eaten in Greece is moussaka, and also souvlaki.'),
    ('heights', None, 'Mount Everest was first climbed by Edmund Hillary, and the Matterhorn did the same by Edward Whymper.'),
    ('clubs', None, 'Francesco Totti has once played for A.S. Roma.'),
]


if __name__ == "__main__":
    main()
