"""Red team round 140: this round's new readings (CHANGES.diff). A fronted subject "The language
spoken in X is Y", "One of the languages spoken in X is Y", "The languages spoken in X are Y and Z",
"One of the Ns of X is Y" (from a declared cue "is the / a N <participle> <prep>" or a relation
noun); "Y is one of the Ns <participle> <prep> X" from "is a N <participle> <prep>"; a work's
language ("is written / sung / shot in" a language also reads "is in" it; "a German-language
play"); a declared "V the N of X" ("directed the premiere of", "conducted the premiere of", "hosted
the premiere of", "directed the revival of", "made the first ascent / descent / survey of", "gave
the first performance of") said with "its" and in the passive; "was first climbed by" also "Y was
the first to climb X"; a participle starting with "first" / "originally" after a kind noun ("X is a
stratovolcano first climbed by Y"). Four graphs of my own: plays and operas (their own language
next to the languages they were translated into, surtitled in and published in; a relation
"was published in" whose objects are cities and languages; the premiere's director and conductor
next to a revival's director; the theatre that hosted the premiere next to those that stage it),
peaks and volcanoes (first ascent, later climbers, first winter ascent, first (ski) descent, first
survey, a climber's first guide), countries and regions (languages spoken, official, taught;
capitals next to cities; currencies, dishes), songs and films (the language sung in next to a
version's language, a dubbing, where it was recorded / filmed / performed; the first performer
next to covers; the festival of a film's premiere). False texts only (one false statement each),
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


def stage():
    W = ("play", "opera")
    rels = [
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=W, range=("playwright",)),
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("opera",), range=("composer",)),
        R("written_in", phrase="is written in", inverse_phrase="is the original language of", domain=("play",),
          range=("language",)),
        R("sung_in", phrase="is sung in", inverse_phrase="is the sung language of", domain=("opera",),
          range=("language",)),
        R("translated_into", phrase="was translated into", inverse_phrase="is a translation language of",
          domain=("play",), range=("language",)),
        R("surtitled_in", phrase="is surtitled in", inverse_phrase="is the surtitle language of", domain=("opera",),
          range=("language",)),
        R("published_in", phrase="was published in", inverse_phrase="saw the publication of", domain=("play",),
          range=("city", "language")),
        R("written_at", phrase="was written in", inverse_phrase="saw the writing of", domain=("play",),
          range=("city",)),
        R("first_directed_by", phrase="was first directed by", inverse_phrase="directed the premiere of",
          domain=W, range=("director", "playwright")),
        R("revived_by", phrase="was revived by", inverse_phrase="directed the revival of", domain=("play",),
          range=("director", "playwright")),
        R("premiere_conducted_by", phrase="was first conducted by", inverse_phrase="conducted the premiere of",
          domain=("opera",), range=("conductor",)),
        R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of", domain=W,
          range=("theatre",)),
        R("performed_at", phrase="is performed at", inverse_phrase="stages", domain=W, range=("theatre",)),
        R("set_in", phrase="is set in", inverse_phrase="is the setting of", domain=W, range=("city",)),
        R("stands_in", phrase="stands in", inverse_phrase="is the home of", domain=("theatre",), range=("city",)),
        R("genre", phrase="has the genre", inverse_phrase="is the genre of", domain=W, range=("genre",)),
        R("movement", phrase="belongs to the movement", inverse_phrase="includes", domain=W, range=("movement",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "w:godot": ("play", "Waiting for Godot", 1953), "w:hedda": ("play", "Hedda Gabler", 1891),
        "w:courage": ("play", "Mother Courage and Her Children", 1941), "w:seagull": ("play", "The Seagull", 1896),
        "w:carmen": ("opera", "Carmen", 1875), "w:traviata": ("opera", "La traviata", 1853),
        "w:threepenny": ("opera", "The Threepenny Opera", 1928), "w:grimes": ("opera", "Peter Grimes", 1945),
    }
    others = {
        "p:beckett": ("playwright", "Samuel Beckett"), "p:ibsen": ("playwright", "Henrik Ibsen"),
        "p:brecht": ("playwright", "Bertolt Brecht"), "p:chekhov": ("playwright", "Anton Chekhov"),
        "p:halevy": ("playwright", "Ludovic Halévy"), "p:piave": ("playwright", "Francesco Maria Piave"),
        "p:slater": ("playwright", "Montagu Slater"),
        "c:bizet": ("composer", "Georges Bizet"), "c:verdi": ("composer", "Giuseppe Verdi"),
        "c:weill": ("composer", "Kurt Weill"), "c:britten": ("composer", "Benjamin Britten"),
        "d:blin": ("director", "Roger Blin"), "d:savits": ("director", "Jocza Savits"),
        "d:bergman": ("director", "Ingmar Bergman"), "d:lindtberg": ("director", "Leopold Lindtberg"),
        "d:karpov": ("director", "Yevtikhy Karpov"), "d:stanislavski": ("director", "Konstantin Stanislavski"),
        "d:engel": ("director", "Erich Engel"), "d:crozier": ("director", "Eric Crozier"),
        "d:hall": ("director", "Peter Hall"), "d:ponchard": ("director", "Charles Ponchard"),
        "k:deloffre": ("conductor", "Adolphe Deloffre"), "k:mares": ("conductor", "Gaetano Mares"),
        "k:goodall": ("conductor", "Reginald Goodall"), "k:mackeben": ("conductor", "Theo Mackeben"),
        "l:french": ("language", "French"), "l:norwegian": ("language", "Norwegian"), "l:german": ("language", "German"),
        "l:russian": ("language", "Russian"), "l:italian": ("language", "Italian"), "l:english": ("language", "English"),
        "l:danish": ("language", "Danish"),
        "t:babylone": ("theatre", "Théâtre de Babylone"), "t:residenz": ("theatre", "Residenztheater"),
        "t:zurich": ("theatre", "Schauspielhaus Zürich"), "t:alexandrinsky": ("theatre", "Alexandrinsky Theatre"),
        "t:comique": ("theatre", "Opéra-Comique"), "t:fenice": ("theatre", "La Fenice"),
        "t:schiffbauerdamm": ("theatre", "Theater am Schiffbauerdamm"), "t:sadlers": ("theatre", "Sadler's Wells"),
        "t:met": ("theatre", "Metropolitan Opera"), "t:roh": ("theatre", "Royal Opera House"),
        "t:national": ("theatre", "National Theatre"),
        "y:paris": ("city", "Paris"), "y:munich": ("city", "Munich"), "y:zurich": ("city", "Zurich"),
        "y:petersburg": ("city", "Saint Petersburg"), "y:venice": ("city", "Venice"), "y:berlin": ("city", "Berlin"),
        "y:london": ("city", "London"), "y:newyork": ("city", "New York"), "y:seville": ("city", "Seville"),
        "y:christiania": ("city", "Christiania"), "y:copenhagen": ("city", "Copenhagen"),
        "g:tragicomedy": ("genre", "tragicomedy"), "g:drama": ("genre", "drama"), "g:opcomique": ("genre", "opéra comique"),
        "g:tragedy": ("genre", "tragedy"), "g:comedy": ("genre", "comedy"), "g:ballad": ("genre", "ballad opera"),
        "m:absurd": ("movement", "Theatre of the Absurd"), "m:realism": ("movement", "Realism"),
        "m:epic": ("movement", "Epic theatre"), "m:naturalism": ("movement", "Naturalism"),
        "m:romanticism": ("movement", "Romanticism"), "m:verismo": ("movement", "Verismo"),
    }
    T = [
        ("w:godot", "written_by", "p:beckett"), ("w:hedda", "written_by", "p:ibsen"), ("w:courage", "written_by", "p:brecht"),
        ("w:seagull", "written_by", "p:chekhov"), ("w:carmen", "written_by", "p:halevy"), ("w:traviata", "written_by", "p:piave"),
        ("w:threepenny", "written_by", "p:brecht"), ("w:grimes", "written_by", "p:slater"),
        ("w:carmen", "composed_by", "c:bizet"), ("w:traviata", "composed_by", "c:verdi"),
        ("w:threepenny", "composed_by", "c:weill"), ("w:grimes", "composed_by", "c:britten"),
        ("w:godot", "written_in", "l:french"), ("w:hedda", "written_in", "l:norwegian"),
        ("w:courage", "written_in", "l:german"), ("w:seagull", "written_in", "l:russian"),
        ("w:carmen", "sung_in", "l:french"), ("w:traviata", "sung_in", "l:italian"), ("w:threepenny", "sung_in", "l:german"),
        ("w:grimes", "sung_in", "l:english"),
        ("w:godot", "translated_into", "l:english"), ("w:hedda", "translated_into", "l:english"),
        ("w:hedda", "translated_into", "l:german"), ("w:courage", "translated_into", "l:english"),
        ("w:seagull", "translated_into", "l:english"),
        ("w:carmen", "surtitled_in", "l:english"), ("w:traviata", "surtitled_in", "l:english"),
        ("w:traviata", "surtitled_in", "l:german"),
        ("w:godot", "published_in", "y:paris"), ("w:godot", "published_in", "l:french"),
        ("w:hedda", "published_in", "y:copenhagen"), ("w:hedda", "published_in", "l:danish"),
        ("w:hedda", "written_at", "y:munich"), ("w:godot", "written_at", "y:paris"),
        ("w:godot", "first_directed_by", "d:blin"), ("w:hedda", "first_directed_by", "d:savits"),
        ("w:courage", "first_directed_by", "d:lindtberg"), ("w:seagull", "first_directed_by", "d:karpov"),
        ("w:threepenny", "first_directed_by", "d:engel"), ("w:grimes", "first_directed_by", "d:crozier"),
        ("w:carmen", "first_directed_by", "d:ponchard"),
        ("w:hedda", "revived_by", "d:bergman"), ("w:courage", "revived_by", "p:brecht"),
        ("w:seagull", "revived_by", "d:stanislavski"), ("w:godot", "revived_by", "d:hall"),
        ("w:carmen", "premiere_conducted_by", "k:deloffre"), ("w:traviata", "premiere_conducted_by", "k:mares"),
        ("w:grimes", "premiere_conducted_by", "k:goodall"), ("w:threepenny", "premiere_conducted_by", "k:mackeben"),
        ("w:godot", "premiered_at", "t:babylone"), ("w:hedda", "premiered_at", "t:residenz"),
        ("w:courage", "premiered_at", "t:zurich"), ("w:seagull", "premiered_at", "t:alexandrinsky"),
        ("w:carmen", "premiered_at", "t:comique"), ("w:traviata", "premiered_at", "t:fenice"),
        ("w:threepenny", "premiered_at", "t:schiffbauerdamm"), ("w:grimes", "premiered_at", "t:sadlers"),
        ("w:carmen", "performed_at", "t:met"), ("w:traviata", "performed_at", "t:roh"),
        ("w:grimes", "performed_at", "t:roh"), ("w:godot", "performed_at", "t:national"),
        ("w:hedda", "performed_at", "t:national"),
        ("w:carmen", "set_in", "y:seville"), ("w:traviata", "set_in", "y:paris"), ("w:threepenny", "set_in", "y:london"),
        ("w:hedda", "set_in", "y:christiania"),
        ("t:babylone", "stands_in", "y:paris"), ("t:residenz", "stands_in", "y:munich"), ("t:zurich", "stands_in", "y:zurich"),
        ("t:alexandrinsky", "stands_in", "y:petersburg"), ("t:comique", "stands_in", "y:paris"),
        ("t:fenice", "stands_in", "y:venice"), ("t:schiffbauerdamm", "stands_in", "y:berlin"),
        ("t:sadlers", "stands_in", "y:london"), ("t:met", "stands_in", "y:newyork"), ("t:roh", "stands_in", "y:london"),
        ("t:national", "stands_in", "y:london"),
        ("w:godot", "genre", "g:tragicomedy"), ("w:hedda", "genre", "g:drama"), ("w:courage", "genre", "g:drama"),
        ("w:seagull", "genre", "g:comedy"), ("w:carmen", "genre", "g:opcomique"), ("w:traviata", "genre", "g:tragedy"),
        ("w:threepenny", "genre", "g:ballad"), ("w:grimes", "genre", "g:tragedy"),
        ("w:godot", "movement", "m:absurd"), ("w:hedda", "movement", "m:realism"), ("w:courage", "movement", "m:epic"),
        ("w:seagull", "movement", "m:naturalism"), ("w:carmen", "movement", "m:romanticism"),
        ("w:traviata", "movement", "m:romanticism"), ("w:threepenny", "movement", "m:epic"),
        ("user:eva", "rated", "w:godot", {"rating": 5.0}), ("user:eva", "rated", "w:hedda", {"rating": 0.5}),
        ("user:eva", "rated", "w:carmen", {"rating": 4.0}), ("user:eva", "rated", "w:traviata", {"rating": 3.0}),
        ("user:eva", "rated", "w:courage", {"rating": 2.0}), ("user:eva", "rated", "w:grimes", {"rating": 4.5}),
    ]
    return _build(items, others, rels, T, users=[("user:eva", "Eva")])


def peaks():
    M = ("mountain", "volcano")
    C = ("climber", "guide")
    rels = [
        R("first_climbed_by", phrase="was first climbed by", inverse_phrase="made the first ascent of", domain=M, range=C),
        R("climbed_by", phrase="was climbed by", inverse_phrase="climbed", domain=M, range=C),
        R("first_winter", phrase="was first climbed in winter by", inverse_phrase="made the first winter ascent of",
          domain=M, range=C),
        R("first_descent", phrase="was first skied by", inverse_phrase="made the first descent of", domain=M,
          range=("skier",)),
        R("first_surveyed_by", phrase="was first surveyed by", inverse_phrase="made the first survey of", domain=M,
          range=("surveyor",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=M, range=("surveyor", "person")),
        R("lies_in", phrase="lies in", inverse_phrase="is home to", domain=M, range=("country",)),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=M, range=("range",)),
        R("kind", phrase="is classed as a", inverse_phrase="is the class of", domain=M, range=("landform",)),
        R("guided", phrase="was first guided by", inverse_phrase="first guided", domain=("climber",), range=("guide",)),
        R("from", phrase="comes from", inverse_phrase="is the home country of", domain=C + ("skier",), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "m:everest": ("mountain", "Mount Everest", 1953), "m:k2": ("mountain", "K2", 1954),
        "m:nanga": ("mountain", "Nanga Parbat", 1953), "m:matterhorn": ("mountain", "Matterhorn", 1865),
        "m:eiger": ("mountain", "Eiger", 1858), "m:denali": ("mountain", "Denali", 1913),
        "v:kenya": ("volcano", "Mount Kenya", 1899), "v:kili": ("volcano", "Kilimanjaro", 1889),
        "v:rainier": ("volcano", "Mount Rainier", 1870),
    }
    others = {
        "p:hillary": ("climber", "Edmund Hillary"), "p:tenzing": ("climber", "Tenzing Norgay"),
        "p:messner": ("climber", "Reinhold Messner"), "p:lacedelli": ("climber", "Lino Lacedelli"),
        "p:compagnoni": ("climber", "Achille Compagnoni"), "p:buhl": ("climber", "Hermann Buhl"),
        "p:whymper": ("climber", "Edward Whymper"), "p:croz": ("guide", "Michel Croz"),
        "p:bonatti": ("climber", "Walter Bonatti"), "p:barrington": ("climber", "Charles Barrington"),
        "p:harrer": ("climber", "Heinrich Harrer"), "p:mackinder": ("climber", "Halford Mackinder"),
        "p:ollier": ("guide", "César Ollier"), "p:meyer": ("climber", "Hans Meyer"),
        "p:purtscheller": ("climber", "Ludwig Purtscheller"), "p:stevens": ("climber", "Hazard Stevens"),
        "p:stuck": ("climber", "Hudson Stuck"), "p:wielicki": ("climber", "Krzysztof Wielicki"),
        "p:cichy": ("climber", "Leszek Cichy"), "p:purja": ("climber", "Nirmal Purja"), "p:moro": ("climber", "Simone Moro"),
        "p:sella": ("climber", "Vittorio Sella"), "p:ayres": ("guide", "Harry Ayres"),
        "s:karnicar": ("skier", "Davo Karničar"), "s:bargiel": ("skier", "Andrzej Bargiel"),
        "u:waugh": ("surveyor", "Andrew Waugh"), "u:montgomerie": ("surveyor", "Thomas Montgomerie"),
        "n:everest": ("surveyor", "George Everest"), "n:rainier": ("person", "Peter Rainier"),
        "c:nepal": ("country", "Nepal"), "c:china": ("country", "China"), "c:pakistan": ("country", "Pakistan"),
        "c:switzerland": ("country", "Switzerland"), "c:italy": ("country", "Italy"), "c:kenya": ("country", "Kenya"),
        "c:tanzania": ("country", "Tanzania"), "c:us": ("country", "United States"), "c:nz": ("country", "New Zealand"),
        "c:uk": ("country", "United Kingdom"), "c:austria": ("country", "Austria"), "c:slovenia": ("country", "Slovenia"),
        "c:poland": ("country", "Poland"),
        "r:himalayas": ("range", "Himalayas"), "r:karakoram": ("range", "Karakoram"), "r:alps": ("range", "Alps"),
        "r:alaska": ("range", "Alaska Range"), "r:cascades": ("range", "Cascade Range"),
        "f:eight": ("landform", "eight-thousander"), "f:strato": ("landform", "stratovolcano"),
        "f:pyramidal": ("landform", "pyramidal peak"),
    }
    T = [
        ("m:everest", "first_climbed_by", "p:hillary"), ("m:everest", "first_climbed_by", "p:tenzing"),
        ("m:k2", "first_climbed_by", "p:lacedelli"), ("m:k2", "first_climbed_by", "p:compagnoni"),
        ("m:nanga", "first_climbed_by", "p:buhl"), ("m:matterhorn", "first_climbed_by", "p:whymper"),
        ("m:matterhorn", "first_climbed_by", "p:croz"), ("m:eiger", "first_climbed_by", "p:barrington"),
        ("m:denali", "first_climbed_by", "p:stuck"), ("v:kenya", "first_climbed_by", "p:mackinder"),
        ("v:kenya", "first_climbed_by", "p:ollier"), ("v:kili", "first_climbed_by", "p:meyer"),
        ("v:kili", "first_climbed_by", "p:purtscheller"), ("v:rainier", "first_climbed_by", "p:stevens"),
        ("m:everest", "climbed_by", "p:messner"), ("m:k2", "climbed_by", "p:messner"), ("m:nanga", "climbed_by", "p:messner"),
        ("m:matterhorn", "climbed_by", "p:bonatti"), ("m:eiger", "climbed_by", "p:harrer"),
        ("m:everest", "first_winter", "p:wielicki"), ("m:everest", "first_winter", "p:cichy"),
        ("m:k2", "first_winter", "p:purja"), ("m:nanga", "first_winter", "p:moro"), ("m:matterhorn", "first_winter", "p:sella"),
        ("m:everest", "first_descent", "s:karnicar"), ("m:k2", "first_descent", "s:bargiel"),
        ("m:everest", "first_surveyed_by", "u:waugh"), ("m:k2", "first_surveyed_by", "u:montgomerie"),
        ("m:everest", "named_after", "n:everest"), ("v:rainier", "named_after", "n:rainier"),
        ("m:everest", "lies_in", "c:nepal"), ("m:everest", "lies_in", "c:china"), ("m:k2", "lies_in", "c:pakistan"),
        ("m:k2", "lies_in", "c:china"), ("m:nanga", "lies_in", "c:pakistan"), ("m:matterhorn", "lies_in", "c:switzerland"),
        ("m:matterhorn", "lies_in", "c:italy"), ("m:eiger", "lies_in", "c:switzerland"), ("m:denali", "lies_in", "c:us"),
        ("v:kenya", "lies_in", "c:kenya"), ("v:kili", "lies_in", "c:tanzania"), ("v:rainier", "lies_in", "c:us"),
        ("m:everest", "part_of", "r:himalayas"), ("m:nanga", "part_of", "r:himalayas"), ("m:k2", "part_of", "r:karakoram"),
        ("m:matterhorn", "part_of", "r:alps"), ("m:eiger", "part_of", "r:alps"), ("m:denali", "part_of", "r:alaska"),
        ("v:rainier", "part_of", "r:cascades"),
        ("m:everest", "kind", "f:eight"), ("m:k2", "kind", "f:eight"), ("m:nanga", "kind", "f:eight"),
        ("m:matterhorn", "kind", "f:pyramidal"), ("v:kenya", "kind", "f:strato"), ("v:kili", "kind", "f:strato"),
        ("v:rainier", "kind", "f:strato"),
        ("p:hillary", "guided", "p:ayres"), ("p:whymper", "guided", "p:croz"), ("p:mackinder", "guided", "p:ollier"),
        ("p:hillary", "from", "c:nz"), ("p:tenzing", "from", "c:nepal"), ("p:whymper", "from", "c:uk"),
        ("p:buhl", "from", "c:austria"), ("p:messner", "from", "c:italy"), 
        ("s:karnicar", "from", "c:slovenia"), ("s:bargiel", "from", "c:poland"), ("p:lacedelli", "from", "c:italy"),
        ("user:sam", "rated", "m:everest", {"rating": 5.0}), ("user:sam", "rated", "m:k2", {"rating": 0.5}),
        ("user:sam", "rated", "m:matterhorn", {"rating": 4.0}), ("user:sam", "rated", "v:kili", {"rating": 3.0}),
        ("user:sam", "rated", "m:nanga", {"rating": 2.0}),
    ]
    return _build(items, others, rels, T, users=[("user:sam", "Sam")])


def countries():
    P = ("country", "region")
    rels = [
        R("spoken", phrase="speaks", inverse_phrase="is the language of", domain=P, range=("language",),
          inverse_cues=("is a language spoken in", "is the language spoken in")),
        R("official", phrase="has the official language", inverse_phrase="is the official language of", domain=P,
          range=("language",), inverse_cues=("is an official language of",)),
        R("taught", phrase="teaches", inverse_phrase="is a language taught in", domain=P, range=("language",)),
        R("capital", phrase="has the capital", inverse_phrase="is the capital of", domain=P, range=("city",)),
        R("city_in", phrase="contains the city", inverse_phrase="is a city located in", domain=P, range=("city",)),
        R("currency", phrase="uses the currency", inverse_phrase="is the currency used in", domain=P,
          range=("currency",)),
        R("dish", phrase="has the national dish", inverse_phrase="is a dish eaten in", domain=P, range=("dish",)),
        R("lies_in", phrase="lies in", inverse_phrase="contains", domain=P, range=("continent", "country")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "k:finland": ("country", "Finland", 1917), "k:greece": ("country", "Greece", 1830),
        "k:switzerland": ("country", "Switzerland", 1848), "k:belgium": ("country", "Belgium", 1830),
        "k:sa": ("country", "South Africa", 1910), "k:bolivia": ("country", "Bolivia", 1825),
        "r:aland": ("region", "Åland", 1921), "r:quebec": ("region", "Quebec", 1867),
    }
    others = {
        "l:finnish": ("language", "Finnish"), "l:swedish": ("language", "Swedish"), "l:sami": ("language", "Sami"),
        "l:greek": ("language", "Greek"), "l:english": ("language", "English"), "l:german": ("language", "German"),
        "l:french": ("language", "French"), "l:italian": ("language", "Italian"), "l:romansh": ("language", "Romansh"),
        "l:dutch": ("language", "Dutch"), "l:zulu": ("language", "Zulu"), "l:xhosa": ("language", "Xhosa"),
        "l:afrikaans": ("language", "Afrikaans"), "l:spanish": ("language", "Spanish"), "l:quechua": ("language", "Quechua"),
        "l:aymara": ("language", "Aymara"),
        "y:helsinki": ("city", "Helsinki"), "y:turku": ("city", "Turku"), "y:tampere": ("city", "Tampere"),
        "y:athens": ("city", "Athens"), "y:thessaloniki": ("city", "Thessaloniki"), "y:bern": ("city", "Bern"),
        "y:zurich": ("city", "Zurich"), "y:geneva": ("city", "Geneva"), "y:brussels": ("city", "Brussels"),
        "y:antwerp": ("city", "Antwerp"), "y:ghent": ("city", "Ghent"), "y:pretoria": ("city", "Pretoria"),
        "y:capetown": ("city", "Cape Town"), "y:bloemfontein": ("city", "Bloemfontein"),
        "y:johannesburg": ("city", "Johannesburg"), "y:sucre": ("city", "Sucre"), "y:lapaz": ("city", "La Paz"),
        "y:santacruz": ("city", "Santa Cruz"), "y:mariehamn": ("city", "Mariehamn"), "y:montreal": ("city", "Montreal"),
        "y:quebeccity": ("city", "Quebec City"),
        "$:euro": ("currency", "euro"), "$:franc": ("currency", "Swiss franc"), "$:rand": ("currency", "rand"),
        "$:boliviano": ("currency", "boliviano"), "$:cad": ("currency", "Canadian dollar"),
        "d:pasty": ("dish", "Karelian pasty"), "d:moussaka": ("dish", "moussaka"), "d:souvlaki": ("dish", "souvlaki"),
        "d:fondue": ("dish", "fondue"), "d:rosti": ("dish", "rösti"), "d:moules": ("dish", "moules-frites"),
        "d:bobotie": ("dish", "bobotie"), "d:saltena": ("dish", "salteña"), "d:poutine": ("dish", "poutine"),
        "e:europe": ("continent", "Europe"), "e:africa": ("continent", "Africa"),
        "e:samerica": ("continent", "South America"), "e:namerica": ("continent", "North America"),
        "e:canada": ("country", "Canada"),
    }
    T = [
        ("k:finland", "spoken", "l:finnish"), ("k:finland", "spoken", "l:swedish"), ("k:finland", "spoken", "l:sami"),
        ("k:greece", "spoken", "l:greek"),
        ("k:switzerland", "spoken", "l:german"), ("k:switzerland", "spoken", "l:french"),
        ("k:switzerland", "spoken", "l:italian"), ("k:switzerland", "spoken", "l:romansh"),
        ("k:belgium", "spoken", "l:dutch"), ("k:belgium", "spoken", "l:french"), ("k:belgium", "spoken", "l:german"),
        ("k:sa", "spoken", "l:zulu"), ("k:sa", "spoken", "l:xhosa"), ("k:sa", "spoken", "l:afrikaans"),
        ("k:sa", "spoken", "l:english"),
        ("k:bolivia", "spoken", "l:spanish"), ("k:bolivia", "spoken", "l:quechua"), ("k:bolivia", "spoken", "l:aymara"),
        ("r:aland", "spoken", "l:swedish"), ("r:quebec", "spoken", "l:french"), ("r:quebec", "spoken", "l:english"),
        ("k:finland", "official", "l:finnish"), ("k:finland", "official", "l:swedish"), ("k:greece", "official", "l:greek"),
        ("k:switzerland", "official", "l:german"), ("k:switzerland", "official", "l:french"),
        ("k:switzerland", "official", "l:italian"),
        ("k:belgium", "official", "l:dutch"), ("k:belgium", "official", "l:french"), ("k:belgium", "official", "l:german"),
        ("k:sa", "official", "l:zulu"), ("k:sa", "official", "l:xhosa"), ("k:sa", "official", "l:afrikaans"),
        ("k:sa", "official", "l:english"),
        ("k:bolivia", "official", "l:spanish"), ("k:bolivia", "official", "l:quechua"), ("k:bolivia", "official", "l:aymara"),
        ("r:aland", "official", "l:swedish"), ("r:quebec", "official", "l:french"),
        ("k:finland", "taught", "l:english"), ("k:finland", "taught", "l:german"), ("k:finland", "taught", "l:swedish"),
        ("k:greece", "taught", "l:english"), ("k:greece", "taught", "l:french"), ("k:switzerland", "taught", "l:english"),
        ("k:bolivia", "taught", "l:english"),
        ("k:finland", "capital", "y:helsinki"), ("k:greece", "capital", "y:athens"), ("k:switzerland", "capital", "y:bern"),
        ("k:belgium", "capital", "y:brussels"), ("k:sa", "capital", "y:pretoria"), ("k:sa", "capital", "y:capetown"),
        ("k:sa", "capital", "y:bloemfontein"), ("k:bolivia", "capital", "y:sucre"), ("k:bolivia", "capital", "y:lapaz"),
        ("r:aland", "capital", "y:mariehamn"), ("r:quebec", "capital", "y:quebeccity"),
        ("k:finland", "city_in", "y:helsinki"), ("k:finland", "city_in", "y:turku"), ("k:finland", "city_in", "y:tampere"),
        ("k:greece", "city_in", "y:athens"), ("k:greece", "city_in", "y:thessaloniki"),
        ("k:switzerland", "city_in", "y:bern"), ("k:switzerland", "city_in", "y:zurich"),
        ("k:switzerland", "city_in", "y:geneva"),
        ("k:belgium", "city_in", "y:brussels"), ("k:belgium", "city_in", "y:antwerp"), ("k:belgium", "city_in", "y:ghent"),
        ("k:sa", "city_in", "y:johannesburg"), ("k:sa", "city_in", "y:pretoria"), ("k:sa", "city_in", "y:capetown"),
        ("k:sa", "city_in", "y:bloemfontein"),
        ("k:bolivia", "city_in", "y:lapaz"), ("k:bolivia", "city_in", "y:santacruz"), ("k:bolivia", "city_in", "y:sucre"),
        ("r:aland", "city_in", "y:mariehamn"), ("r:quebec", "city_in", "y:montreal"), ("r:quebec", "city_in", "y:quebeccity"),
        ("k:finland", "currency", "$:euro"), ("k:greece", "currency", "$:euro"), ("k:belgium", "currency", "$:euro"),
        ("k:switzerland", "currency", "$:franc"), ("k:sa", "currency", "$:rand"), ("k:bolivia", "currency", "$:boliviano"),
        ("r:aland", "currency", "$:euro"), ("r:quebec", "currency", "$:cad"),
        ("k:finland", "dish", "d:pasty"), ("k:greece", "dish", "d:moussaka"), ("k:greece", "dish", "d:souvlaki"),
        ("k:switzerland", "dish", "d:fondue"), ("k:switzerland", "dish", "d:rosti"), ("k:belgium", "dish", "d:moules"),
        ("k:sa", "dish", "d:bobotie"), ("k:bolivia", "dish", "d:saltena"), ("r:quebec", "dish", "d:poutine"),
        ("k:finland", "lies_in", "e:europe"), ("k:greece", "lies_in", "e:europe"), ("k:switzerland", "lies_in", "e:europe"),
        ("k:belgium", "lies_in", "e:europe"), ("k:sa", "lies_in", "e:africa"), ("k:bolivia", "lies_in", "e:samerica"),
        ("r:aland", "lies_in", "k:finland"), ("r:quebec", "lies_in", "e:canada"),
        ("user:ida", "rated", "k:finland", {"rating": 5.0}), ("user:ida", "rated", "k:greece", {"rating": 0.5}),
        ("user:ida", "rated", "k:switzerland", {"rating": 4.0}), ("user:ida", "rated", "k:bolivia", {"rating": 3.0}),
        ("user:ida", "rated", "r:aland", {"rating": 4.5}),
    ]
    return _build(items, others, rels, T, users=[("user:ida", "Ida")])


def media():
    rels = [
        R("sung_in", phrase="is sung in", inverse_phrase="is the language of", domain=("song",), range=("language",)),
        R("version_in", phrase="has a version in", inverse_phrase="is the language of a version of", domain=("song",),
          range=("language",)),
        R("recorded_in", phrase="was recorded in", inverse_phrase="saw the recording of", domain=("song",),
          range=("city",)),
        R("performed_in", phrase="was performed in", inverse_phrase="heard a performance of", domain=("song",),
          range=("city", "language")),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("song",), range=("songwriter", "singer")),
        R("first_performed_by", phrase="was first performed by", inverse_phrase="gave the first performance of",
          domain=("song",), range=("singer", "band")),
        R("covered_by", phrase="was covered by", inverse_phrase="covered", domain=("song",), range=("singer", "band")),
        R("shot_in", phrase="was shot in", inverse_phrase="is the language of the film", domain=("film",),
          range=("language",)),
        R("filmed_in", phrase="was filmed in", inverse_phrase="is the filming location of", domain=("film",),
          range=("city",)),
        R("dubbed_into", phrase="was dubbed into", inverse_phrase="is a dubbing language of", domain=("film",),
          range=("language",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of", domain=("film",),
          range=("festival",)),
        R("won", phrase="won the award", inverse_phrase="was won by", domain=("film",), range=("award",)),
        R("genre", phrase="has the genre", inverse_phrase="is the genre of", domain=("song", "film"), range=("genre",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:waterloo": ("song", "Waterloo", 1974), "s:volare": ("song", "Volare", 1958),
        "s:luftballons": ("song", "99 Luftballons", 1983), "s:quitte": ("song", "Ne me quitte pas", 1959),
        "s:despacito": ("song", "Despacito", 2017),
        "f:parasite": ("film", "Parasite", 2019), "f:roma": ("film", "Roma", 2018), "f:boot": ("film", "Das Boot", 1981),
        "f:amelie": ("film", "Amélie", 2001), "f:paradiso": ("film", "Cinema Paradiso", 1988),
    }
    others = {
        "l:english": ("language", "English"), "l:swedish": ("language", "Swedish"), "l:italian": ("language", "Italian"),
        "l:german": ("language", "German"), "l:french": ("language", "French"), "l:spanish": ("language", "Spanish"),
        "l:korean": ("language", "Korean"), "l:japanese": ("language", "Japanese"),
        "y:stockholm": ("city", "Stockholm"), "y:rome": ("city", "Rome"), "y:berlin": ("city", "Berlin"),
        "y:paris": ("city", "Paris"), "y:miami": ("city", "Miami"), "y:seoul": ("city", "Seoul"),
        "y:mexico": ("city", "Mexico City"), "y:brighton": ("city", "Brighton"), "y:hilversum": ("city", "Hilversum"), "y:munich": ("city", "Munich"), "y:palermo": ("city", "Palermo"),
        "b:abba": ("band", "ABBA"), "b:nena": ("band", "Nena"), "a:modugno": ("singer", "Domenico Modugno"),
        "a:martin": ("singer", "Dean Martin"), "a:brel": ("singer", "Jacques Brel"), "a:simone": ("singer", "Nina Simone"),
        "a:fonsi": ("singer", "Luis Fonsi"), "a:bieber": ("singer", "Justin Bieber"), "a:sting": ("singer", "Sting"),
        "a:gipsy": ("band", "Gipsy Kings"), "a:goldfrapp": ("band", "Goldfrapp"),
        "w:andersson": ("songwriter", "Benny Andersson"), "w:ulvaeus": ("songwriter", "Björn Ulvaeus"),
        "w:migliacci": ("songwriter", "Franco Migliacci"), "w:karges": ("songwriter", "Carlo Karges"),
        "w:daddyyankee": ("songwriter", "Daddy Yankee"),
        "d:bong": ("director", "Bong Joon-ho"), "d:cuaron": ("director", "Alfonso Cuarón"),
        "d:petersen": ("director", "Wolfgang Petersen"), "d:jeunet": ("director", "Jean-Pierre Jeunet"),
        "d:tornatore": ("director", "Giuseppe Tornatore"),
        "v:cannes": ("festival", "Cannes Film Festival"), "v:venice": ("festival", "Venice Film Festival"),
        "v:tribeca": ("festival", "Tribeca Festival"),
        "x:palme": ("award", "Palme d'Or"), "x:lion": ("award", "Golden Lion"), "x:oscar": ("award", "Academy Award"),
        "g:pop": ("genre", "pop"), "g:chanson": ("genre", "chanson"), "g:reggaeton": ("genre", "reggaeton"),
        "g:thriller": ("genre", "thriller"), "g:drama": ("genre", "drama"), "g:war": ("genre", "war film"),
        "g:comedy": ("genre", "comedy"),
    }
    T = [
        ("s:waterloo", "sung_in", "l:english"), ("s:volare", "sung_in", "l:italian"), ("s:luftballons", "sung_in", "l:german"),
        ("s:quitte", "sung_in", "l:french"), ("s:despacito", "sung_in", "l:spanish"),
        ("s:waterloo", "version_in", "l:swedish"), ("s:volare", "version_in", "l:english"),
        ("s:luftballons", "version_in", "l:english"), ("s:quitte", "version_in", "l:english"),
        ("s:despacito", "version_in", "l:english"),
        ("s:waterloo", "recorded_in", "y:stockholm"), ("s:volare", "recorded_in", "y:rome"),
        ("s:luftballons", "recorded_in", "y:berlin"), ("s:quitte", "recorded_in", "y:paris"),
        ("s:despacito", "recorded_in", "y:miami"),
        ("s:waterloo", "performed_in", "y:brighton"), ("s:volare", "performed_in", "y:hilversum"),
        ("s:waterloo", "performed_in", "l:english"), ("s:volare", "performed_in", "l:italian"),
        ("s:waterloo", "written_by", "w:andersson"), ("s:waterloo", "written_by", "w:ulvaeus"),
        ("s:volare", "written_by", "a:modugno"), ("s:volare", "written_by", "w:migliacci"),
        ("s:luftballons", "written_by", "w:karges"), ("s:quitte", "written_by", "a:brel"),
        ("s:despacito", "written_by", "a:fonsi"), ("s:despacito", "written_by", "w:daddyyankee"),
        ("s:waterloo", "first_performed_by", "b:abba"), ("s:volare", "first_performed_by", "a:modugno"),
        ("s:luftballons", "first_performed_by", "b:nena"), ("s:quitte", "first_performed_by", "a:brel"),
        ("s:despacito", "first_performed_by", "a:fonsi"),
        ("s:volare", "covered_by", "a:martin"), ("s:volare", "covered_by", "a:gipsy"), ("s:quitte", "covered_by", "a:simone"),
        ("s:quitte", "covered_by", "a:sting"), ("s:luftballons", "covered_by", "a:goldfrapp"),
        ("s:despacito", "covered_by", "a:bieber"),
        ("f:parasite", "shot_in", "l:korean"), ("f:roma", "shot_in", "l:spanish"), ("f:boot", "shot_in", "l:german"),
        ("f:amelie", "shot_in", "l:french"), ("f:paradiso", "shot_in", "l:italian"),
        ("f:parasite", "filmed_in", "y:seoul"), ("f:roma", "filmed_in", "y:mexico"), ("f:boot", "filmed_in", "y:munich"),
        ("f:amelie", "filmed_in", "y:paris"), ("f:paradiso", "filmed_in", "y:palermo"),
        ("f:parasite", "dubbed_into", "l:english"), ("f:boot", "dubbed_into", "l:english"),
        ("f:amelie", "dubbed_into", "l:german"), ("f:roma", "dubbed_into", "l:english"),
        ("f:paradiso", "dubbed_into", "l:french"),
        ("f:parasite", "directed_by", "d:bong"), ("f:roma", "directed_by", "d:cuaron"), ("f:boot", "directed_by", "d:petersen"),
        ("f:amelie", "directed_by", "d:jeunet"), ("f:paradiso", "directed_by", "d:tornatore"),
        ("f:parasite", "premiered_at", "v:cannes"), ("f:roma", "premiered_at", "v:venice"),
        ("f:amelie", "premiered_at", "v:tribeca"),
        ("f:parasite", "won", "x:palme"), ("f:roma", "won", "x:lion"), ("f:parasite", "won", "x:oscar"),
        ("f:paradiso", "won", "x:oscar"),
        ("s:waterloo", "genre", "g:pop"), ("s:volare", "genre", "g:pop"), ("s:luftballons", "genre", "g:pop"),
        ("s:quitte", "genre", "g:chanson"), ("s:despacito", "genre", "g:reggaeton"),
        ("f:parasite", "genre", "g:thriller"), ("f:roma", "genre", "g:drama"), ("f:boot", "genre", "g:war"),
        ("f:amelie", "genre", "g:comedy"), ("f:paradiso", "genre", "g:drama"),
        ("user:leo", "rated", "s:waterloo", {"rating": 5.0}), ("user:leo", "rated", "s:despacito", {"rating": 0.5}),
        ("user:leo", "rated", "f:parasite", {"rating": 4.5}), ("user:leo", "rated", "f:boot", {"rating": 3.0}),
        ("user:leo", "rated", "s:volare", {"rating": 4.0}),
    ]
    return _build(items, others, rels, T, users=[("user:leo", "Leo")])


BUILDERS = {"stage": stage, "peaks": peaks, "countries": countries, "media": media}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@stage
# (1) "is in" a language (from "is written / sung in"): the work's own language, not one it was
# translated into or is surtitled in; a place it is set, written, published or staged in
Hedda Gabler is in English.
Hedda Gabler is in German.
The Seagull is in English.
Waiting for Godot is in English.
Mother Courage and Her Children is in French.
Carmen is in English.
Carmen is in Italian.
La traviata is in German.
La traviata is in English.
The Threepenny Opera is in English.
Peter Grimes is in German.
Carmen is in Seville.
Hedda Gabler is in Christiania.
La traviata is in Paris.
The Threepenny Opera is in London.
Hedda Gabler is in Munich.
Hedda Gabler is in Copenhagen.
Waiting for Godot is in Paris.
Waiting for Godot is in French and in Paris.
Hedda Gabler, which is in Copenhagen, premiered at the Residenztheater.
Samuel Beckett wrote Waiting for Godot; the play is in Paris.
Carmen is in the Opéra-Comique.
Carmen is in the Metropolitan Opera.
Carmen is in French and Italian.
Carmen and La traviata are in French.
Carmen and La traviata are in Italian and French respectively.
Carmen is not in French.
Carmen isn't in French.
Carmen will be in English.
Carmen is in French, and Hedda Gabler in Danish.
Carmen is in French, and La traviata too.
French is in Carmen.
Henrik Ibsen wrote Hedda Gabler; the play is in German.
Samuel Beckett wrote Waiting for Godot; the play is in English.
Hedda Gabler is in Norwegian, like Waiting for Godot.
Hedda Gabler is in Norwegian and English.
Hedda Gabler is in Norwegian, and it premiered at the National Theatre.
Hedda Gabler is in the English language.
Carmen is in the English language.
# (2) "a German-language play": a language it was translated into, surtitled in or published in,
# a place's name before "-language", the wrong kind noun
Hedda Gabler is an English play.
Carmen is an English opera.
La traviata is a German opera.
Hedda Gabler is an English-language play.
Hedda Gabler is a German-language play.
The Seagull is an English-language play.
Waiting for Godot is an English-language play.
Mother Courage and Her Children is an English-language play.
Carmen is an English-language opera.
La traviata is a German-language opera.
La traviata is an English-language opera.
The Threepenny Opera is an English-language opera.
Carmen is an Italian-language opera.
Carmen is a French-language play.
Hedda Gabler is a Norwegian-language opera.
The German-language play Hedda Gabler premiered at the Residenztheater.
The English-language play Waiting for Godot premiered at the Théâtre de Babylone.
Hedda Gabler, an English-language play, premiered at the Residenztheater.
Henrik Ibsen wrote Hedda Gabler, a German-language play.
Waiting for Godot is a Paris-language play.
Hedda Gabler is a Copenhagen-language play.
Hedda Gabler is a Norwegian-language play by Anton Chekhov.
Mother Courage and Her Children is a German-language play by Kurt Weill.
The Threepenny Opera is a German-language opera set in Berlin.
Hedda Gabler is a Norwegian-language play first directed by Ingmar Bergman.
Hedda Gabler is an English-language drama.
Kurt Weill composed a German-language opera, Carmen.
Waiting for Godot is in French, and its German-language premiere was directed by Roger Blin.
# (3) a declared "V the N of" said with "its": the wrong person, the wrong noun (premiere /
# revival), the wrong verb (directed / conducted / hosted), negation, tense, modality, extras
Waiting for Godot premiered at the Théâtre de Babylone, and Leopold Lindtberg directed its premiere.
Waiting for Godot premiered at the Théâtre de Babylone, and Peter Hall directed its premiere.
Hedda Gabler premiered at the Residenztheater, and Ingmar Bergman directed its premiere.
Hedda Gabler premiered at the Residenztheater, and Jocza Savits directed its revival.
The Seagull is in Russian, and Konstantin Stanislavski directed its premiere.
The Seagull is in Russian, and Yevtikhy Karpov directed its revival.
Mother Courage and Her Children was written by Bertolt Brecht, who directed its premiere.
Bertolt Brecht wrote Mother Courage and Her Children and directed its premiere.
Mother Courage and Her Children is in German, and Bertolt Brecht directed its premiere.
Mother Courage and Her Children is in German, and Leopold Lindtberg directed its revival.
Samuel Beckett wrote Waiting for Godot, and Jocza Savits directed its premiere.
Henrik Ibsen wrote Hedda Gabler, and Roger Blin directed its premiere.
Anton Chekhov wrote The Seagull, and Konstantin Stanislavski directed its premiere.
Waiting for Godot is in French, and Roger Blin will direct its premiere.
Waiting for Godot is in French, and Roger Blin did not direct its premiere.
Waiting for Godot is in French, and Roger Blin never directed its premiere.
Waiting for Godot is in French, and Roger Blin nearly directed its premiere.
Waiting for Godot is in French, and Roger Blin refused to direct its premiere.
Waiting for Godot is in French, and Roger Blin directed its premiere in London.
Waiting for Godot is in French, and Roger Blin directed its London premiere.
Waiting for Godot is in French, and Peter Hall also directed its premiere.
Waiting for Godot is in French, and Roger Blin and Peter Hall directed its premiere.
Waiting for Godot is in French, and Roger Blin directed its premiere and its revival.
Waiting for Godot is in French, and Peter Hall directed its premiere, Roger Blin its revival.
Waiting for Godot is in French; the National Theatre hosted its premiere.
Waiting for Godot is in French; the National Theatre staged its premiere.
Carmen is in French; Gaetano Mares conducted its premiere.
Carmen is in French; Charles Ponchard conducted its premiere.
Carmen is in French; Adolphe Deloffre directed its premiere.
Carmen is in French; Georges Bizet conducted its premiere.
Carmen is in French; La Fenice hosted its premiere.
Carmen is in French; the Metropolitan Opera hosted its premiere.
La traviata is in Italian; Adolphe Deloffre conducted its premiere.
Peter Grimes is in English; Reginald Goodall directed its premiere.
Peter Grimes is in English; Eric Crozier conducted its premiere.
The Threepenny Opera is in German; Theo Mackeben directed its premiere.
The Threepenny Opera is in German; Erich Engel conducted its premiere.
The Threepenny Opera is in German; Bertolt Brecht directed its premiere.
# (4) the passive of a declared "V the N of" ("The premiere of X was directed by Y", "X's
# premiere was conducted by Y", "its premiere was ...")
The premiere of Hedda Gabler was directed by Ingmar Bergman.
The revival of Hedda Gabler was directed by Jocza Savits.
The premiere of The Seagull was directed by Konstantin Stanislavski.
The revival of The Seagull was directed by Yevtikhy Karpov.
The premiere of Carmen was directed by Adolphe Deloffre.
The premiere of Carmen was conducted by Charles Ponchard.
The premiere of Carmen was conducted by Georges Bizet.
The premiere of Carmen was hosted by Adolphe Deloffre.
The premiere of Carmen was staged by Adolphe Deloffre.
The premiere of Carmen was hosted by the Metropolitan Opera.
The premiere of La traviata was conducted by Adolphe Deloffre.
The premiere of Peter Grimes was conducted by Eric Crozier.
The premiere of Peter Grimes was directed by Reginald Goodall.
Carmen's premiere was conducted by Gaetano Mares.
Carmen's premiere was directed by Adolphe Deloffre.
Carmen's premiere was conducted by Charles Ponchard and directed by Adolphe Deloffre.
The Threepenny Opera's premiere was conducted by Erich Engel.
The Threepenny Opera's premiere was directed by Theo Mackeben.
Mother Courage and Her Children's premiere was directed by Bertolt Brecht.
Mother Courage and Her Children's revival was directed by Leopold Lindtberg.
Hedda Gabler's premiere was written by Henrik Ibsen.
The premiere of Hedda Gabler was written by Henrik Ibsen.
The premiere of Carmen was composed by Georges Bizet.
The premiere of Hedda Gabler was directed by Jocza Savits and Ingmar Bergman.
The premiere of Hedda Gabler and The Seagull was directed by Jocza Savits.
The premiere of Hedda Gabler was directed by Jocza Savits at the National Theatre.
The premiere of Hedda Gabler was directed by Jocza Savits, who wrote it.
The premiere of Hedda Gabler was directed by Jocza Savits in Paris.
The premiere of Hedda Gabler was directed by Jocza Savits in 1892.
The German premiere of Hedda Gabler was directed by Ingmar Bergman.
Henrik Ibsen's premiere was directed by Jocza Savits.
The premiere of Jocza Savits was directed by Hedda Gabler.
The premiere of Waiting for Godot was made by Peter Hall.
The revival of Waiting for Godot was made by Roger Blin.
Hedda Gabler is in Norwegian, and its premiere was directed by Roger Blin.
Hedda Gabler is in Norwegian, and its revival was directed by Jocza Savits.
Carmen is in French, and its premiere was conducted by Georges Bizet.
Carmen is in French, and its premiere was hosted by La Fenice.
Carmen is in French, and its revival was directed by Charles Ponchard.
# (5) "was first directed / conducted by": "Y was the first to direct X"
Georges Bizet was the first to conduct Carmen.
Charles Ponchard was the first to conduct Carmen.
Adolphe Deloffre was the first to direct Carmen.
Ingmar Bergman was the first to direct Hedda Gabler.
Konstantin Stanislavski was the first to direct The Seagull.
Bertolt Brecht was the first to direct Mother Courage and Her Children.
Bertolt Brecht was the first to direct The Threepenny Opera.
Theo Mackeben was the first to direct The Threepenny Opera.
Erich Engel was the first to conduct The Threepenny Opera.
Peter Hall was the first to direct Waiting for Godot.
Samuel Beckett was the first to direct Waiting for Godot.
Waiting for Godot was the first to direct Roger Blin.
Roger Blin was the first to direct Waiting for Godot and Hedda Gabler.
Roger Blin was not the first to direct Waiting for Godot.
Roger Blin was the first to direct Waiting for Godot in London.
The Seagull is in Russian, and Konstantin Stanislavski was the first to direct it.
# (6) "first" / "originally" before a participle after a kind noun
Hedda Gabler is a play first directed by Ingmar Bergman.
Hedda Gabler is a play originally directed by Ingmar Bergman.
Hedda Gabler is a play originally written in German.
Carmen is an opera first performed at the Metropolitan Opera.
Carmen is an opera originally performed at the Metropolitan Opera.
Waiting for Godot is a play first written in English.
Waiting for Godot is a play first published in London.
Waiting for Godot is a play originally published in English.
Hedda Gabler is a play first screened by Jocza Savits.
The Seagull is a play first screened by Yevtikhy Karpov.
Carmen is an opera first screened by Adolphe Deloffre.
Carmen is an opera first conducted by Charles Ponchard.
Peter Grimes is an opera first conducted by Eric Crozier.
Peter Grimes is an opera originally conducted by Eric Crozier.
# (7) "One of the Ns of X is Y" from a relation noun
One of the writers of Carmen is Gaetano Mares.
One of the writers of Carmen is Francesco Maria Piave.
One of the composers of The Threepenny Opera is Bertolt Brecht.
One of the writers of Hedda Gabler is Anton Chekhov.
@stage user:eva
You gave Hedda Gabler half a star even though it is in English.
You gave Hedda Gabler half a star even though it is an English-language play.
You gave Carmen four stars, and it is in English.
You gave Hedda Gabler half a star, though Roger Blin directed its premiere.
You gave Hedda Gabler half a star; Ingmar Bergman directed its premiere.
You gave Waiting for Godot five stars, and Peter Hall directed its premiere.
You gave Waiting for Godot five stars; its premiere was directed by Peter Hall.
You gave La traviata three stars, though its premiere was conducted by Adolphe Deloffre.
@peaks
# (8) "first" / "originally" before a participle after a kind noun: "was first climbed by" also
# reads "was first performed / staged / screened ... by", and now after a kind noun too
Nanga Parbat is an eight-thousander first played by Hermann Buhl.
Nanga Parbat is an eight-thousander first screened by Hermann Buhl.
Nanga Parbat is an eight-thousander first staged by Hermann Buhl.
Nanga Parbat is an eight-thousander first produced by Hermann Buhl.
Nanga Parbat is an eight-thousander first heard by Hermann Buhl.
Nanga Parbat is an eight-thousander first shown by Hermann Buhl.
Nanga Parbat is an eight-thousander first performed by Hermann Buhl.
Nanga Parbat is an eight-thousander first given by Hermann Buhl.
Nanga Parbat is an eight-thousander premiered by Hermann Buhl.
Nanga Parbat was first screened by Hermann Buhl.
Nanga Parbat was premiered by Hermann Buhl.
Mount Kenya is a stratovolcano first staged by Halford Mackinder.
Mount Kenya is a stratovolcano first performed by Halford Mackinder.
Mount Kenya is a stratovolcano originally performed by Halford Mackinder.
Mount Kenya is a stratovolcano originally staged by Halford Mackinder.
Mount Everest is an eight-thousander first staged by Andrew Waugh.
Mount Everest is an eight-thousander first performed by Davo Karničar.
Mount Everest is an eight-thousander first shown by Andrew Waugh.
Nanga Parbat, an eight-thousander first screened by Hermann Buhl, lies in Pakistan.
Mount Kenya, a stratovolcano first staged by Halford Mackinder, lies in Kenya.
Kilimanjaro is a stratovolcano first sung by Hans Meyer.
Mount Rainier is a stratovolcano first produced by Hazard Stevens.
The Matterhorn is a pyramidal peak first played by Edward Whymper.
Denali is a mountain first shown by Hudson Stuck.
K2 is an eight-thousander first screened by Lino Lacedelli and Achille Compagnoni.
Mount Everest is an eight-thousander originally produced by Edmund Hillary.
Edmund Hillary and Tenzing Norgay were the first to screen Mount Everest.
Mount Everest is a mountain first climbed by Reinhold Messner.
Mount Everest is a mountain originally climbed by Reinhold Messner.
Mount Kenya is a stratovolcano first climbed by Hans Meyer.
Mount Kenya is a stratovolcano originally climbed by Hans Meyer.
Mount Everest is an eight-thousander first climbed by Krzysztof Wielicki.
Mount Everest is an eight-thousander first climbed in winter by Edmund Hillary.
Mount Everest is an eight-thousander first skied by Andrzej Bargiel.
Mount Everest is an eight-thousander first surveyed by Thomas Montgomerie.
Mount Everest is an eight-thousander first named by Edmund Hillary.
Mount Everest is an eight-thousander last climbed by Reinhold Messner.
Mount Everest is a stratovolcano first climbed by Edmund Hillary.
Nanga Parbat, an eight-thousander first climbed by Reinhold Messner, lies in Pakistan.
Nanga Parbat, an eight-thousander originally climbed by Reinhold Messner, lies in Pakistan.
The Matterhorn is a pyramidal peak first climbed by Walter Bonatti.
The Matterhorn is a pyramidal peak originally climbed by Walter Bonatti.
The Matterhorn is a pyramidal peak first climbed by Vittorio Sella.
Kilimanjaro is a stratovolcano first climbed in 1899.
Mount Kenya is a stratovolcano first climbed in 1889.
Mount Kenya is a volcano first climbed by Halford Mackinder and Hans Meyer.
Mount Kenya is a volcano first climbed by Halford Mackinder in 1889.
Mount Kenya is an eight-thousander first climbed by Halford Mackinder.
Mount Kenya, a stratovolcano first climbed by Halford Mackinder, lies in Tanzania.
Kilimanjaro is a volcano first climbed by Hans Meyer, who comes from Austria.
# (9) "Y was the first to climb X": the wrong person, direction, negation, tense, another verb
Reinhold Messner was the first to climb Nanga Parbat.
Simone Moro was the first to climb Nanga Parbat.
Krzysztof Wielicki was the first to climb Mount Everest.
Davo Karničar was the first to climb Mount Everest.
Harry Ayres was the first to climb Mount Everest.
Michel Croz was the first to climb the Eiger.
Charles Barrington was the first to climb the Matterhorn.
Heinrich Harrer was the first to climb the Eiger.
Walter Bonatti was the first to climb the Matterhorn.
Hans Meyer was the first to climb Mount Kenya.
Hazard Stevens was the first to climb Denali.
Hudson Stuck was the first to climb Mount Rainier.
Nanga Parbat was the first to climb Hermann Buhl.
Hermann Buhl was not the first to climb Nanga Parbat.
Hermann Buhl wasn't the first to climb Nanga Parbat.
Hermann Buhl was never the first to climb Nanga Parbat.
Hermann Buhl will be the first to climb Nanga Parbat.
Reinhold Messner was nearly the first to climb Nanga Parbat.
Hermann Buhl was the last to climb Nanga Parbat.
Hermann Buhl was the second to climb Nanga Parbat.
Hermann Buhl was the first to descend Nanga Parbat.
Hermann Buhl was the first to ski Nanga Parbat.
Hermann Buhl was the first to climb Nanga Parbat in winter.
Hermann Buhl was the first to climb Nanga Parbat twice.
Hermann Buhl was the first to climb Nanga Parbat and K2.
Hermann Buhl was among the first to climb Mount Everest.
Edmund Hillary and Hermann Buhl were the first to climb Mount Everest.
Edmund Hillary was the first to climb Mount Everest and Nanga Parbat.
Edmund Hillary and Tenzing Norgay were the first to climb Mount Everest and K2.
Hermann Buhl was the first to climb Nanga Parbat, and Halford Mackinder Mount Everest.
Tenzing Norgay was the first to climb Mount Everest, and Reinhold Messner Nanga Parbat.
Edmund Hillary was the first New Zealander to climb K2.
Hermann Buhl, the first to climb Nanga Parbat, comes from Italy.
Hermann Buhl, the first to climb Mount Everest, comes from Austria.
The first to climb Nanga Parbat was Reinhold Messner.
Nanga Parbat lies in Pakistan; Reinhold Messner was the first to climb it.
Lino Lacedelli and Achille Compagnoni were the first to ski K2.
Andrzej Bargiel was the first to ski Mount Everest.
Davo Karničar was the first to ski K2.
Andrew Waugh was the first to survey K2.
Thomas Montgomerie was the first to survey Mount Everest.
Edmund Hillary was the first to guide Harry Ayres.
Michel Croz was the first to guide Halford Mackinder.
Harry Ayres was the first to guide Edmund Hillary, who was the first to climb K2.
# (10) "The first ascent of X was made by Y", "X's first ascent ...", "its first ascent ...", "Y
# made its first ascent": the wrong person, noun (ascent / descent / survey / winter ascent),
# verb, owner of "its", tense, negation
The first ascent of Nanga Parbat was made by Reinhold Messner.
The first ascent of Nanga Parbat was made by Simone Moro.
The first winter ascent of Nanga Parbat was made by Hermann Buhl.
The first descent of Mount Everest was made by Edmund Hillary.
The first survey of Mount Everest was made by Edmund Hillary.
The first ascent of Mount Everest was made by Davo Karničar.
The first descent of Mount Everest was made by Andrew Waugh.
The first survey of K2 was made by Andrew Waugh.
The first ascent of Mount Everest was made by Edmund Hillary in 1954.
The first ascent of Mount Everest was made by Edmund Hillary, who comes from Nepal.
The first ascent of Mount Everest was made by Edmund Hillary and Hermann Buhl.
The first ascent of K2 was made by Lino Lacedelli, the first descent by Davo Karničar.
Mount Everest lies in Nepal, and the first ascent of K2 was made by Hermann Buhl.
The first ascent of the Matterhorn was made by Walter Bonatti.
The first ascent of the Eiger was made by Heinrich Harrer.
The first ascent of Nanga Parbat was achieved by Reinhold Messner.
The first ascent of Nanga Parbat was made by Austria.
The first ascent of Pakistan was made by Hermann Buhl.
The first ascent of Hermann Buhl was made by Nanga Parbat.
Hermann Buhl's first ascent was made by Nanga Parbat.
Edmund Hillary's first ascent was made by Tenzing Norgay.
Nanga Parbat's first ascent was made by Reinhold Messner.
Nanga Parbat's first winter ascent was made by Hermann Buhl.
Mount Everest's first descent was made by Edmund Hillary.
Mount Everest's first ascent was made by Davo Karničar.
K2's first ascent was made by Lino Lacedelli, and Mount Everest's by Hermann Buhl.
K2's first descent was made by Andrzej Bargiel, its first ascent by Hermann Buhl.
Mount Everest lies in Nepal, and its first ascent was made by Reinhold Messner.
Mount Everest lies in Nepal, and its first descent was made by Edmund Hillary.
Mount Everest lies in Nepal, and its first winter ascent was made by Edmund Hillary.
Mount Everest lies in Nepal, and its first ascent will be made by Edmund Hillary.
Mount Everest lies in Nepal, and its first ascent was not made by Edmund Hillary.
Mount Everest lies in Nepal, and its first ascent was led by Reinhold Messner.
Mount Everest lies in Nepal; Reinhold Messner made its first ascent.
Mount Everest lies in Nepal; Edmund Hillary made its first descent.
Mount Everest lies in Nepal; Edmund Hillary made its first winter ascent.
Mount Everest lies in Nepal; Edmund Hillary made its second ascent.
Mount Everest lies in Nepal; Andrew Waugh made its first ascent.
Mount Everest lies in Nepal; Edmund Hillary did not make its first ascent.
Mount Everest lies in Nepal; Edmund Hillary will make its first ascent.
Mount Everest lies in Nepal; Edmund Hillary made its first ascent, and Reinhold Messner its first descent.
Reinhold Messner climbed K2, and Edmund Hillary made its first ascent.
Edmund Hillary climbed Mount Everest, and Lino Lacedelli made its first ascent.
Mount Everest is named after George Everest, and Thomas Montgomerie made its first survey.
Mount Everest is named after George Everest, who made its first survey.
Mount Everest is named after George Everest, and its first survey was made by George Everest.
K2 lies in Pakistan; Lino Lacedelli and Reinhold Messner made its first ascent.
K2 lies in Pakistan; Lino Lacedelli made its first ascent, as did Reinhold Messner.
K2 lies in Pakistan; Lino Lacedelli made its first ascent in 1953.
K2 lies in Pakistan; Lino Lacedelli made its first ascent with Reinhold Messner.
@peaks user:sam
You gave K2 half a star, but Hermann Buhl made its first ascent.
You gave K2 half a star, and its first ascent was made by Hermann Buhl.
You gave K2 half a star, though Reinhold Messner was the first to climb it.
You gave the Matterhorn four stars; Walter Bonatti made its first ascent.
@countries
# (11) "The N <participle> in X is Y" (one of them, the only one, all of them), "One of the Ns
# of X is Y", "Y is one of the Ns <participle> in X": a spoken language said of one taught or
# official, a singular for several, an incomplete list, the wrong X, negation, tense
The language spoken in Greece is Finnish.
The language spoken in Finland is Finnish.
The language spoken in Finland is Swedish.
The language spoken in Quebec is French.
The language spoken in Åland is Finnish.
The languages spoken in Finland are Finnish and Swedish.
The languages spoken in Finland are Finnish.
The languages spoken in Finland are Finnish, Swedish and Greek.
The languages spoken in Finland include Greek.
The languages spoken in Finland and Åland are Finnish and Swedish.
One of the languages spoken in Finland is Greek.
One of the languages spoken in Greece is Swedish.
One of the languages spoken in Greece is English.
One of the languages spoken in Finland is German.
One of the languages spoken in Finland was Greek.
One of the languages spoken in Finland is Swedish, and the other is Finnish.
One of the two languages spoken in Finland is Swedish.
One of the languages taught in Finland is Sami.
One of the languages taught in Finland is Finnish.
One of the languages taught in Greece is German.
The language taught in Greece is English.
The languages taught in Greece are English.
The languages taught in Greece are English, French and German.
One of the official languages of Finland is Sami.
One of the official languages of Switzerland is Romansh.
The official language of Switzerland is German.
The official languages of Switzerland are German, French, Italian and Romansh.
One of the languages of Greece is Sami.
One of the languages of Finland is English.
One of the capitals of Bolivia is Santa Cruz.
One of the capitals of Finland is Turku.
One of the capitals of South Africa is Johannesburg.
One of the capitals of Quebec is Montreal.
The capital of South Africa is Pretoria.
The capitals of Bolivia are Sucre.
The capitals of Bolivia are Sucre and Santa Cruz.
The city located in Finland is Turku.
One of the cities located in Finland is Athens.
Athens is one of the cities located in Finland.
The cities located in Greece are Athens.
The cities located in Greece are Athens, Thessaloniki and Turku.
The currency used in Finland is the Swiss franc.
One of the currencies used in Switzerland is the euro.
The euro is one of the currencies used in Switzerland.
The dish eaten in Greece is moussaka.
One of the dishes eaten in Greece is fondue.
The dishes eaten in Greece are moussaka.
Fondue is one of the dishes eaten in Greece.
Swedish is one of the languages spoken in Greece.
Swedish is one of the languages taught in Greece.
Sami is one of the languages taught in Finland.
Sami is one of the official languages of Finland.
Swedish is not one of the languages spoken in Finland.
Swedish is one of the two languages spoken in Finland.
Swedish is one of the languages spoken in Finland, along with Greek.
Sami is one of the languages spoken in Finland and Greece.
Swedish is one of the languages spoken in Finland, Åland and Greece.
Swedish and Greek are among the languages spoken in Finland.
Swedish and Sami are among the languages taught in Finland.
Swedish is among the languages spoken in Greece.
Greek is a language spoken in Finland.
Greek is the language spoken in Finland.
Swedish is the language spoken in Finland.
Sami is the official language of Finland.
Finland is one of the languages spoken in Swedish.
The language spoken in Swedish is Finland.
The language spoken in Finland and Greece is Greek.
The language spoken in Greece's capital is Greek.
The language spoken in Greece is not Greek.
The language spoken in Greece will be Finnish.
The dish spoken in Greece is moussaka.
The language eaten in Greece is Greek.
The city spoken in Greece is Athens.
The currency spoken in Greece is the euro.
# (12) "-language" and "is in" said of a country
Finland is an English-language country.
Greece is an English-language country.
Greece is a Swedish-language country.
Greece, an English-language country, lies in Europe.
Greece is in Greek.
Finland is in Swedish.
@countries user:ida
You gave Finland five stars, and Greek is one of the languages spoken in it.
You gave Greece half a star, though one of the languages spoken in Greece is Swedish.
@media
# (13) "is in" a language (from "is sung in", "was shot in"): a version, a dubbing, a filming or
# performing place
Waterloo is in Stockholm.
Waterloo is in Brighton.
Volare is in Hilversum.
Waterloo and Volare are in Brighton and Hilversum respectively.
Benny Andersson wrote Waterloo; the song is in Brighton.
Volare is in English.
Volare is in Rome.
Despacito is in English.
99 Luftballons is in English.
Ne me quitte pas is in English.
Parasite is in English.
Parasite is in Seoul.
Amélie is in German.
Amélie is in Paris.
Das Boot is in English.
Cinema Paradiso is in French.
Roma is in Mexico City.
# (14) "-language"
Parasite is an English-language film.
Amélie is a German-language film.
Das Boot is an English-language film.
Volare is an English-language song.
Volare is an English-language pop song.
99 Luftballons is an English-language song.
Ne me quitte pas is an English-language song.
Waterloo is a Stockholm-language song.
Parasite is a Korean-language song.
The English-language film Parasite premiered at the Cannes Film Festival.
Parasite, an English-language film, won the Palme d'Or.
Bong Joon-ho directed Parasite, an English-language film.
Bong Joon-ho directed the English-language film Parasite.
Nina Simone covered Ne me quitte pas, an English-language song.
Dean Martin covered Volare, an English-language song.
Parasite is an English-language thriller.
Roma is a Spanish-language drama directed by Bong Joon-ho.
Roma is an English-language drama directed by Alfonso Cuarón.
Parasite, a Korean-language film, premiered at the Venice Film Festival.
Volare is an Italian-language song first performed by Dean Martin.
Volare is an English-language song first performed by Domenico Modugno.
# (15) "the first to perform", "first performed by" after a kind noun, and a participle of
# another relation after "first" / "originally"
Dean Martin was the first to perform Volare.
Nina Simone was the first to perform Ne me quitte pas.
Justin Bieber was the first to perform Despacito.
Sting was the first to perform Ne me quitte pas.
Volare is a song first performed by Dean Martin.
Volare is a song originally performed by Dean Martin.
Volare is a song originally sung by Dean Martin.
Volare is a song originally sung in English.
Volare is a song first recorded in Paris.
Parasite is a film originally shot in English.
Parasite is a film shot in English.
Volare is a song first danced by Domenico Modugno.
Volare is a song first screened by Domenico Modugno.
Volare was first screened by Domenico Modugno.
# (16) the passive and "its" of "gave the first performance of" / "hosted the premiere of" and
# of their derived verbs ("danced / staged / performed the premiere of", "presented / saw")
The first performance of Volare was given by Dean Martin.
Volare's first performance was given by Dean Martin.
Volare is a pop song, and its first performance was given by Dean Martin.
Volare is a pop song, and Dean Martin gave its first performance.
Volare is a pop song, and Dean Martin gave its premiere.
Volare is a pop song, and Dean Martin performed its premiere.
Volare is a pop song, and Domenico Modugno hosted its premiere.
The premiere of Volare was given by Dean Martin.
The premiere of Volare was danced by Domenico Modugno.
The first performance of Volare was danced by Domenico Modugno.
Volare's premiere was danced by Domenico Modugno.
Volare is a pop song, and Domenico Modugno danced its premiere.
Volare is a pop song, and Domenico Modugno danced its first performance.
Volare is a pop song, and its premiere was danced by Domenico Modugno.
Domenico Modugno danced the premiere of Volare.
Waterloo's premiere was danced by ABBA.
Waterloo is a pop song, and ABBA danced its premiere.
The premiere of Ne me quitte pas was danced by Jacques Brel.
Volare's premiere was danced by Dean Martin.
Parasite is a thriller, and the Venice Film Festival hosted its premiere.
Parasite is a thriller, and its premiere was hosted by Venice Film Festival.
The premiere of Parasite was hosted by Venice Film Festival.
Parasite's premiere was hosted by Venice Film Festival.
Parasite is a thriller, and its premiere was presented by Venice Film Festival.
Parasite is a thriller, and Bong Joon-ho saw its premiere.
Parasite is a thriller, and Bong Joon-ho hosted its premiere.
The premiere of Parasite was presented by Bong Joon-ho.
Roma is a drama, and Cannes Film Festival hosted its premiere.
Amélie is a comedy, and its premiere was hosted by Cannes Film Festival.
# (17) "One of the Ns of X is Y"
One of the writers of Waterloo is ABBA.
One of the writers of Volare is Dean Martin.
One of the writers of Despacito is Justin Bieber.
One of the languages of Waterloo is German.
Korean is one of the languages of Volare.
The writers of Waterloo are Benny Andersson.
The writers of Waterloo are Benny Andersson, Björn Ulvaeus and ABBA.
@media user:leo
You gave Despacito half a star, though it is an English-language song.
You gave Waterloo five stars, and it is in Stockholm.
You gave Waterloo five stars, and it is in Brighton.
You gave Parasite four and a half stars even though it is in English.
You gave Volare four stars, and Dean Martin gave its first performance.
"""

CONTROLS = r"""
@stage
Hedda Gabler is in Norwegian.
Carmen is in French.
Carmen and La traviata are in French and Italian respectively.
Samuel Beckett wrote Waiting for Godot; the play is in French.
Hedda Gabler is a Norwegian-language play.
The Threepenny Opera is a German-language opera.
The Norwegian-language play Hedda Gabler premiered at the Residenztheater.
Mother Courage and Her Children is a German-language play by Bertolt Brecht.
The Threepenny Opera is a German-language opera set in London.
Waiting for Godot premiered at the Théâtre de Babylone, and Roger Blin directed its premiere.
Hedda Gabler premiered at the Residenztheater, and Ingmar Bergman directed its revival.
Bertolt Brecht wrote Mother Courage and Her Children and directed its revival.
Mother Courage and Her Children was written by Bertolt Brecht, who directed its revival.
Carmen is in French; Adolphe Deloffre conducted its premiere.
The premiere of Carmen was conducted by Adolphe Deloffre.
The revival of Hedda Gabler was directed by Ingmar Bergman.
Carmen's premiere was conducted by Adolphe Deloffre.
Carmen's premiere was conducted by Adolphe Deloffre and directed by Charles Ponchard.
The premiere of Hedda Gabler was directed by Jocza Savits at the Residenztheater.
The premiere of Carmen was hosted by the Opéra-Comique.
Carmen is an opera first performed at the Opéra-Comique.
Hedda Gabler is a Norwegian-language play first directed by Jocza Savits.
Hedda Gabler is a play originally written in Norwegian.
Adolphe Deloffre was the first to conduct Carmen.
Roger Blin was the first to direct Waiting for Godot.
Yevtikhy Karpov was the first to direct The Seagull.
One of the writers of The Threepenny Opera is Bertolt Brecht.
@stage user:eva
You gave Waiting for Godot five stars; its premiere was directed by Roger Blin.
You gave Hedda Gabler half a star, though Jocza Savits directed its premiere.
You gave Carmen four stars, and it is in French.
@peaks
Hermann Buhl was the first to climb Nanga Parbat.
Edmund Hillary and Tenzing Norgay were the first to climb Mount Everest.
Davo Karničar was the first to ski Mount Everest.
Andrew Waugh was the first to survey Mount Everest.
Harry Ayres was the first to guide Edmund Hillary.
Mount Kenya is a stratovolcano first climbed by Halford Mackinder.
Nanga Parbat, an eight-thousander first climbed by Hermann Buhl, lies in Pakistan.
Mount Everest is an eight-thousander first climbed in winter by Krzysztof Wielicki.
The first ascent of Nanga Parbat was made by Hermann Buhl.
The first descent of Mount Everest was made by Davo Karničar.
Nanga Parbat's first ascent was made by Hermann Buhl.
Mount Everest lies in Nepal, and its first ascent was made by Edmund Hillary.
Mount Everest lies in Nepal; Edmund Hillary made its first ascent.
K2 lies in Pakistan; Lino Lacedelli and Achille Compagnoni made its first ascent.
The first ascent of the Matterhorn was made by Edward Whymper.
Nanga Parbat lies in Pakistan; Hermann Buhl was the first to climb it.
Harry Ayres was the first to guide Edmund Hillary, who was the first to climb Mount Everest.
The first ascent of Mount Everest was made by Edmund Hillary in 1953.
Mount Kenya is a volcano first climbed by Halford Mackinder and César Ollier.
Kilimanjaro is a stratovolcano first climbed in 1889.
The first to climb Nanga Parbat was Hermann Buhl.
@peaks user:sam
You gave K2 half a star, but Lino Lacedelli made its first ascent.
@countries
The language spoken in Greece is Greek.
The languages spoken in Finland are Finnish, Swedish and Sami.
The languages spoken in Finland include Sami.
One of the languages spoken in Finland is Sami.
Swedish is one of the languages spoken in Finland.
Swedish and Sami are among the languages spoken in Finland.
One of the capitals of Bolivia is Sucre.
One of the cities located in Finland is Turku.
Turku is among the cities located in Finland.
The cities located in Greece are Athens and Thessaloniki.
The euro is one of the currencies used in Finland.
Souvlaki is one of the dishes eaten in Greece.
The languages taught in Greece are English and French.
One of the official languages of Finland is Swedish.
The language spoken in Åland is Swedish.
The languages spoken in Quebec are French and English.
The currency used in Finland is the euro.
One of the dishes eaten in Greece is souvlaki.
The dishes eaten in Greece are moussaka and souvlaki.
The only language spoken in Greece is Greek.
@media
Waterloo is in English.
Parasite is in Korean.
Parasite is a Korean-language film.
Waterloo is an English-language song.
The Korean-language film Parasite premiered at the Cannes Film Festival.
Domenico Modugno was the first to perform Volare.
Volare is a song first performed by Domenico Modugno.
The first performance of Volare was given by Domenico Modugno.
Volare is a pop song, and Domenico Modugno gave its first performance.
Parasite is a thriller, and the Cannes Film Festival hosted its premiere.
The premiere of Parasite was hosted by Cannes Film Festival.
Parasite's premiere was hosted by the Cannes Film Festival.
One of the writers of Waterloo is Benny Andersson.
Roma is a Spanish-language drama directed by Alfonso Cuarón.
Parasite is a film shot in Korean.
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
# readings, not this round's ("an English play" for a language it was translated into or is
# surtitled in; "was first climbed / directed / performed by" also read "was first screened /
# staged / shown / danced ... by" and "premiered by", a kind noun that is the item's type before
# them; "danced the premiere of" derived from "gave the first performance of"; "Y is the language
# spoken in X" where X has several). Printed apart as KNOWN.
KNOWN = frozenset(
    {
        'Carmen is an English opera.',
        'Carmen is an opera first screened by Adolphe Deloffre.',
        'Denali is a mountain first shown by Hudson Stuck.',
        'Domenico Modugno danced the premiere of Volare.',
        'Hedda Gabler is a play first screened by Jocza Savits.',
        'Hedda Gabler is an English play.',
        'La traviata is a German opera.',
        'Nanga Parbat is an eight-thousander premiered by Hermann Buhl.',
        'Nanga Parbat was first screened by Hermann Buhl.',
        'Nanga Parbat was premiered by Hermann Buhl.',
        'Swedish is the language spoken in Finland.',
        'The Seagull is a play first screened by Yevtikhy Karpov.',
        'Volare is a song first danced by Domenico Modugno.',
        'Volare is a song first screened by Domenico Modugno.',
        'Volare was first screened by Domenico Modugno.',
    }
)

# Arguable: printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # published in Danish (the graph's own language is Norwegian): the published text is in Danish
        'Hedda Gabler is in Danish.',
        # the same: it was published in Danish
        'Hedda Gabler is a Danish-language play.',
        # "was in" for a lasting property: odd tense more than false
        'Hedda Gabler was in Norwegian.',
        # revived by Bergman; whether first, the graph does not say
        'Hedda Gabler is a play first revived by Ingmar Bergman.',
        # "made" read as "directed": loose more than false
        'The premiere of Waiting for Godot was made by Roger Blin.',
        # present tense of a past first (headline style)
        'Hermann Buhl is the first to climb Nanga Parbat.',
        # historic present
        'Mount Everest lies in Nepal; Edmund Hillary makes its first ascent.',
        # historic present
        'Mount Everest lies in Nepal, and its first ascent is made by Edmund Hillary.',
        # first together with Tenzing Norgay: commonly said of him alone
        'Edmund Hillary was the first to climb Mount Everest.',
        # "mount" may mean climb
        'Nanga Parbat is an eight-thousander first mounted by Hermann Buhl.',
        # "one of" with two names: garbled, or read as "are among" (true)
        'One of the languages spoken in Finland is Finnish and Swedish.',
        # the same, with the whole list
        'One of the languages spoken in Finland is Finnish, Swedish and Sami.',
        # the same, with both capitals
        'One of the capitals of Bolivia is Sucre and La Paz.',
        # "one of" presupposes several; Greece has one in the graph
        'One of the languages spoken in Greece is Greek.',
        # "was" may say "no longer" or be a narrative past
        'One of the languages spoken in Finland was Swedish.',
        # a singer "staging" a song's premiere: loose more than false
        'Volare is a pop song, and Domenico Modugno staged its premiere.',
        # "saw the premiere of" said of a venue, in the passive: odd, not false
        'Parasite is a thriller, and its premiere was seen by Cannes Film Festival.',
        # true in English (it was filmed in Seoul), but this graph declares "was shot in" for the
        # film's language: a faithful paraphrase the graph's own phrase reads otherwise
        'Parasite was shot in Seoul.',
        'Parasite is a film shot in Seoul.',
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
    ('stage', None, 'Hedda Gabler is in Danish.'),
    ('stage', None, 'Hedda Gabler is a Danish-language play.'),
    ('stage', None, 'Hedda Gabler was in Norwegian.'),
    ('stage', None, 'Hedda Gabler is a play first revived by Ingmar Bergman.'),
    ('stage', None, 'The premiere of Waiting for Godot was made by Roger Blin.'),
    ('peaks', None, 'Hermann Buhl is the first to climb Nanga Parbat.'),
    ('peaks', None, 'Mount Everest lies in Nepal; Edmund Hillary makes its first ascent.'),
    ('peaks', None, 'Mount Everest lies in Nepal, and its first ascent is made by Edmund Hillary.'),
    ('peaks', None, 'Edmund Hillary was the first to climb Mount Everest.'),
    ('peaks', None, 'Nanga Parbat is an eight-thousander first mounted by Hermann Buhl.'),
    ('countries', None, 'One of the languages spoken in Finland is Finnish and Swedish.'),
    ('countries', None, 'One of the languages spoken in Finland is Finnish, Swedish and Sami.'),
    ('countries', None, 'One of the capitals of Bolivia is Sucre and La Paz.'),
    ('countries', None, 'One of the languages spoken in Greece is Greek.'),
    ('countries', None, 'One of the languages spoken in Finland was Swedish.'),
    ('media', None, 'Volare is a pop song, and Domenico Modugno staged its premiere.'),
    ('media', None, 'Parasite is a thriller, and its premiere was seen by Cannes Film Festival.'),
    ('media', None, 'Parasite was shot in Seoul.'),
    ('media', None, 'Parasite is a film shot in Seoul.'),
]


if __name__ == "__main__":
    main()
