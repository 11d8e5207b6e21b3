import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
R, E = kgx.Relation, kgx.Entity
def _build(items, others, rels, triples, extra=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()] + list(extra)
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)
def _u(*ids):
    return [E(u, kind="user", type="user", label=u) for u in ids]

def games():
    items = {"g:botw": ("game", "Breath of the Wild", 2017), "g:totk": ("game", "Tears of the Kingdom", 2023),
             "g:oot": ("game", "Ocarina of Time", 1998), "g:mk8": ("game", "Mario Kart 8", 2014),
             "g:odyssey": ("game", "Super Mario Odyssey", 2017), "g:halo": ("game", "Halo: Combat Evolved", 2001),
             "g:halo3": ("game", "Halo 3", 2007), "g:portal": ("game", "Portal", 2007),
             "g:hl2": ("game", "Half-Life 2", 2004), "g:celeste": ("game", "Celeste", 2018),
             "g:hades": ("game", "Hades", 2020), "g:w3": ("game", "The Witcher 3", 2015),
             "g:prime": ("game", "Metroid Prime", 2002), "g:kh2": ("game", "Kingdom Hearts II", 2005)}
    others = {"s:zelda": ("series", "The Legend of Zelda"), "s:mk": ("series", "Mario Kart"),
              "s:mario": ("series", "Super Mario"), "s:halo": ("series", "Halo"), "s:portal": ("series", "Portal series"),
              "s:hl": ("series", "Half-Life"), "s:metroid": ("series", "Metroid"),
              "f:witcher": ("franchise", "The Witcher franchise"), "f:nintendo": ("franchise", "Nintendo All-Stars"),
              "k:kh": ("saga", "Kingdom Hearts saga"),
              "pl:switch": ("platform", "Nintendo Switch"), "pl:wiiu": ("platform", "Wii U"), "pl:n64": ("platform", "Nintendo 64"),
              "pl:xbox": ("platform", "Xbox"), "pl:x360": ("platform", "Xbox 360"), "pl:pc": ("platform", "PC"),
              "pl:ps4": ("platform", "PlayStation 4"), "pl:gc": ("platform", "GameCube"), "pl:ps2": ("platform", "PlayStation 2"),
              "d:epd": ("company", "Nintendo EPD"), "d:bungie": ("company", "Bungie"), "d:valve": ("company", "Valve"),
              "d:mmg": ("company", "Maddy Makes Games"), "d:sg": ("company", "Supergiant Games"), "d:cdpr": ("company", "CD Projekt Red"),
              "d:retro": ("company", "Retro Studios"), "d:sq": ("company", "Square Enix"),
              "p:fuji": ("person", "Hidemaro Fujibayashi"), "p:aonuma": ("person", "Eiji Aonuma"), "p:miyamoto": ("person", "Shigeru Miyamoto"),
              "p:kasavin": ("person", "Greg Kasavin"), "p:thorson": ("person", "Maddy Thorson"), "p:nomura": ("person", "Tetsuya Nomura"),
              "p:koji": ("person", "Koji Kondo"), "p:obrien": ("person", "Martin O'Donnell"), "p:korb": ("person", "Darren Korb"),
              "p:lena": ("person", "Lena Raine"), "p:shimomura": ("person", "Yoko Shimomura"),
              "gn:rpg": ("genre", "role-playing game"), "gn:plat": ("genre", "platformer"), "gn:fps": ("genre", "shooter"),
              "gn:puz": ("genre", "puzzle game"), "gn:race": ("genre", "racing game"), "gn:rogue": ("genre", "roguelike"),
              "gn:adv": ("genre", "adventure game")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("game",)),
            R("in_series", phrase="is part of the series", inverse_phrase="includes", domain=("game",), range=("series",)),
            R("in_franchise", phrase="belongs to", inverse_phrase="includes", domain=("game",), range=("franchise",)),
            R("in_saga", phrase="is in", inverse_phrase="contains", domain=("game",), range=("saga",)),
            R("platform", phrase="is available on", inverse_phrase="hosts", domain=("game",), range=("platform",),
              cues=("on", "released on", "runs on", "available on", "playable on")),
            R("developed_by", phrase="is developed by", inverse_phrase="developed", domain=("game",), range=("company",),
              cues=("developed by", "made by", "from"), inverse_cues=("developed", "made")),
            R("directed_by", phrase="is directed by", inverse_phrase="directed", domain=("game",), range=("person",),
              cues=("directed by",), inverse_cues=("directed",)),
            R("produced_by", phrase="is produced by", inverse_phrase="produced", domain=("game",), range=("person",),
              cues=("produced by",), inverse_cues=("produced",)),
            R("music_by", phrase="has music by", inverse_phrase="composed the music for", domain=("game",), range=("person",),
              cues=("music by", "score by", "scored by", "composed by"), inverse_cues=("composed", "scored")),
            R("genre", phrase="is a game of the genre", inverse_phrase="is the genre of", domain=("game",), range=("genre",),
              cues=("is a", "is an"))]
    t = [("g:botw", "in_series", "s:zelda"), ("g:totk", "in_series", "s:zelda"), ("g:oot", "in_series", "s:zelda"),
         ("g:mk8", "in_series", "s:mk"), ("g:odyssey", "in_series", "s:mario"), ("g:halo", "in_series", "s:halo"),
         ("g:halo3", "in_series", "s:halo"), ("g:portal", "in_series", "s:portal"), ("g:hl2", "in_series", "s:hl"),
         ("g:prime", "in_series", "s:metroid"),
         ("g:w3", "in_franchise", "f:witcher"), ("g:mk8", "in_franchise", "f:nintendo"), ("g:kh2", "in_saga", "k:kh"),
         ("g:botw", "platform", "pl:switch"), ("g:botw", "platform", "pl:wiiu"), ("g:totk", "platform", "pl:switch"),
         ("g:oot", "platform", "pl:n64"), ("g:mk8", "platform", "pl:wiiu"), ("g:mk8", "platform", "pl:switch"),
         ("g:odyssey", "platform", "pl:switch"), ("g:halo", "platform", "pl:xbox"), ("g:halo", "platform", "pl:pc"),
         ("g:halo3", "platform", "pl:x360"), ("g:portal", "platform", "pl:pc"), ("g:portal", "platform", "pl:x360"),
         ("g:hl2", "platform", "pl:pc"), ("g:celeste", "platform", "pl:switch"), ("g:celeste", "platform", "pl:pc"),
         ("g:hades", "platform", "pl:switch"), ("g:hades", "platform", "pl:pc"), ("g:w3", "platform", "pl:pc"),
         ("g:w3", "platform", "pl:ps4"), ("g:prime", "platform", "pl:gc"), ("g:kh2", "platform", "pl:ps2"),
         ("g:botw", "developed_by", "d:epd"), ("g:totk", "developed_by", "d:epd"), ("g:odyssey", "developed_by", "d:epd"),
         ("g:mk8", "developed_by", "d:epd"), ("g:halo", "developed_by", "d:bungie"), ("g:halo3", "developed_by", "d:bungie"),
         ("g:portal", "developed_by", "d:valve"), ("g:hl2", "developed_by", "d:valve"), ("g:celeste", "developed_by", "d:mmg"),
         ("g:hades", "developed_by", "d:sg"), ("g:w3", "developed_by", "d:cdpr"), ("g:prime", "developed_by", "d:retro"),
         ("g:kh2", "developed_by", "d:sq"),
         ("g:botw", "directed_by", "p:fuji"), ("g:totk", "directed_by", "p:fuji"), ("g:botw", "produced_by", "p:aonuma"),
         ("g:totk", "produced_by", "p:aonuma"), ("g:oot", "produced_by", "p:miyamoto"), ("g:oot", "directed_by", "p:aonuma"),
         ("g:hades", "directed_by", "p:kasavin"), ("g:celeste", "directed_by", "p:thorson"), ("g:kh2", "directed_by", "p:nomura"),
         ("g:oot", "music_by", "p:koji"), ("g:halo", "music_by", "p:obrien"), ("g:halo3", "music_by", "p:obrien"),
         ("g:hades", "music_by", "p:korb"), ("g:celeste", "music_by", "p:lena"), ("g:kh2", "music_by", "p:shimomura"),
         ("g:botw", "genre", "gn:adv"), ("g:totk", "genre", "gn:adv"), ("g:oot", "genre", "gn:adv"), ("g:mk8", "genre", "gn:race"),
         ("g:odyssey", "genre", "gn:plat"), ("g:halo", "genre", "gn:fps"), ("g:halo3", "genre", "gn:fps"),
         ("g:portal", "genre", "gn:puz"), ("g:hl2", "genre", "gn:fps"), ("g:celeste", "genre", "gn:plat"),
         ("g:hades", "genre", "gn:rogue"), ("g:w3", "genre", "gn:rpg"), ("g:kh2", "genre", "gn:rpg"), ("g:prime", "genre", "gn:adv"),
         ("u:a", "rated", "g:botw", {"rating": 5.0}), ("u:a", "rated", "g:halo3", {"rating": 1.5}),
         ("u:a", "rated", "g:portal", {"rating": 2.0}), ("u:a", "rated", "g:hades", {"rating": 4.5}),
         ("u:a", "rated", "g:mk8", {"rating": 2.5}), ("u:a", "rated", "g:w3", {"rating": 1.0}),
         ("u:a", "rated", "g:celeste", {"rating": 3.0})]
    return _build(items, others, rels, t, _u("u:a"))

def podcasts():
    items = {"p:hh": ("podcast", "Hardcore History", 2006), "p:serial": ("podcast", "Serial", 2014),
             "p:ra": ("podcast", "Reply All", 2014), "p:lore": ("podcast", "Lore", 2015),
             "p:sv": ("podcast", "Science Vs", 2015), "p:startup": ("podcast", "StartUp", 2014),
             "p:wtf": ("podcast", "WTF with Marc Maron", 2009), "p:cc": ("podcast", "Common Sense", 2005)}
    others = {"h:carlin": ("person", "Dan Carlin"), "h:koenig": ("person", "Sarah Koenig"), "h:snyder": ("person", "Julie Snyder"),
              "h:vogt": ("person", "PJ Vogt"), "h:goldman": ("person", "Alex Goldman"), "h:mahnke": ("person", "Aaron Mahnke"),
              "h:zuk": ("person", "Wendy Zukerman"), "h:blum": ("person", "Alex Blumberg"), "h:maron": ("person", "Marc Maron"),
              "h:brendan": ("person", "Brendan McDonald"), "h:lisa": ("person", "Lisa Chow"),
              "c:gimlet": ("company", "Gimlet Media"), "c:sp": ("company", "Serial Productions"), "c:iheart": ("company", "iHeartRadio"),
              "t:hist": ("topic", "history"), "t:tc": ("topic", "true crime"), "t:net": ("topic", "the internet"),
              "t:folk": ("topic", "folklore"), "t:sci": ("topic", "science"), "t:ent": ("topic", "entrepreneurship"),
              "t:com": ("topic", "comedy"), "t:pol": ("topic", "politics")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("podcast",)),
            R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("podcast",), range=("person",)),
            R("created_by", phrase="was created by", inverse_phrase="created", domain=("podcast",), range=("person",)),
            R("produced_by", phrase="is produced by", inverse_phrase="produces", domain=("podcast",), range=("person",)),
            R("network", phrase="is part of the network", inverse_phrase="includes", domain=("podcast",), range=("company",)),
            R("about", phrase="is about", inverse_phrase="is the topic of", domain=("podcast",), range=("topic",))]
    t = [("p:hh", "hosted_by", "h:carlin"), ("p:hh", "created_by", "h:carlin"), ("p:cc", "hosted_by", "h:carlin"),
         ("p:serial", "hosted_by", "h:koenig"), ("p:serial", "created_by", "h:koenig"), ("p:serial", "created_by", "h:snyder"),
         ("p:serial", "produced_by", "h:snyder"),
         ("p:ra", "hosted_by", "h:vogt"), ("p:ra", "hosted_by", "h:goldman"), ("p:ra", "created_by", "h:vogt"),
         ("p:lore", "hosted_by", "h:mahnke"), ("p:lore", "created_by", "h:mahnke"), ("p:sv", "hosted_by", "h:zuk"),
         ("p:startup", "hosted_by", "h:blum"), ("p:startup", "hosted_by", "h:lisa"), ("p:startup", "created_by", "h:blum"),
         ("p:wtf", "hosted_by", "h:maron"), ("p:wtf", "produced_by", "h:brendan"),
         ("p:ra", "network", "c:gimlet"), ("p:sv", "network", "c:gimlet"), ("p:startup", "network", "c:gimlet"),
         ("p:serial", "network", "c:sp"), ("p:lore", "network", "c:iheart"),
         ("p:hh", "about", "t:hist"), ("p:serial", "about", "t:tc"), ("p:ra", "about", "t:net"), ("p:lore", "about", "t:folk"),
         ("p:sv", "about", "t:sci"), ("p:startup", "about", "t:ent"), ("p:wtf", "about", "t:com"), ("p:cc", "about", "t:pol"),
         ("u:a", "rated", "p:hh", {"rating": 5.0}), ("u:a", "rated", "p:lore", {"rating": 2.0}),
         ("u:a", "rated", "p:wtf", {"rating": 1.0}), ("u:a", "rated", "p:sv", {"rating": 4.0})]
    return _build(items, others, rels, t, _u("u:a"))

BUILDERS = {"games": games, "podcasts": podcasts, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}
def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason
# "@GRAPH [user]" starts a block; every line below is FALSE on that graph.
TEXTS = r"""
@movies user:1
Heat is directed by Michael Mann. The Talented Mr. Ripley might be your next pick.
Heat is directed by Michael Mann. The Talented Mr. Ripley could be your next watch.
Heat is directed by Michael Mann. The Talented Mr. Ripley should be your next choice.
Heat is directed by Michael Mann. The Talented Mr. Ripley may be your next step.
Heat is directed by Michael Mann. The Talented Mr. Ripley will be your next pick.
Heat is directed by Michael Mann. The Talented Mr. Ripley would be your next watch.
Heat is directed by Michael Mann. The Mummy may be your next step.
Heat is directed by Michael Mann. The Mummy will be your next pick.
Heat is directed by Michael Mann. The Mummy would be your next watch.
Heat is directed by Michael Mann. The Mummy could be a good pick.
Heat is directed by Michael Mann. The Mummy might be a safe bet.
Heat is directed by Michael Mann. The Mummy could be a solid choice.
Heat is directed by Michael Mann. Toys could be a good pick.
Heat is directed by Michael Mann. Toys might be a safe bet.
Heat is directed by Michael Mann. Toys could be a solid choice.
Heat is directed by Michael Mann. Toys would be a smart fit.
Heat is directed by Michael Mann. Toys could be a natural match.
Heat is directed by Michael Mann. Toys might be a logical choice.
Heat is directed by Michael Mann. Psycho would be a smart fit.
Heat is directed by Michael Mann. Psycho could be a natural match.
Heat is directed by Michael Mann. Psycho might be a logical choice.
Heat is directed by Michael Mann. Psycho is your next pick.
Heat is directed by Michael Mann. Psycho is your next watch.
Heat is directed by Michael Mann. Psycho might be your next pick.
Heat is directed by Michael Mann. I Still Know What You Did Last Summer is your next pick.
Heat is directed by Michael Mann. I Still Know What You Did Last Summer is your next watch.
Heat is directed by Michael Mann. I Still Know What You Did Last Summer might be your next pick.
Heat is directed by Michael Mann. I Still Know What You Did Last Summer could be your next watch.
Heat is directed by Michael Mann. I Still Know What You Did Last Summer should be your next choice.
Heat is directed by Michael Mann. I Still Know What You Did Last Summer may be your next step.
Heat is directed by Michael Mann, and The Talented Mr. Ripley could be a good fit for you.
The Talented Mr. Ripley, like Heat, could be a good fit.
Psycho, which you rated, might be your next pick.
Toys is a comedy. It might be your next pick.
The Mummy is an action film, so it could be a solid choice.
Heat is directed by Michael Mann and could be your next favourite masterpiece.
Heat is directed by Michael Mann and could be a good fit because it is a masterpiece.
Heat is directed by Michael Mann, so it could be a good fit, a masterpiece.
Heat is directed by Michael Mann. It might be your next pick, the best of 1995.
Heat is directed by Michael Mann. It could be a good fit, since you loved The Mummy.
Heat is directed by Michael Mann. It could be a good fit, since you loved Toys.
Heat could be a safe bet, like The Mummy.
Heat stars Al Pacino. It could be a good fit, just like Psycho was.
@movies user:4
Heat stars Al Pacino. Twelve Monkeys might be your next pick.
Heat stars Al Pacino. Twelve Monkeys could be a smart choice.
Heat stars Al Pacino. 12 Monkeys might be your next pick.
Heat stars Al Pacino. 12 Monkeys could be a smart choice.
Heat stars Al Pacino. Seven might be your next pick.
Heat stars Al Pacino. Seven could be a smart choice.
Heat stars Al Pacino. Se7en might be your next pick.
Heat stars Al Pacino. Se7en could be a smart choice.
Heat stars Al Pacino. Pulp Fiction might be your next pick.
Heat stars Al Pacino. Pulp Fiction could be a smart choice.
Heat stars Al Pacino. The English Patient might be your next pick.
Heat stars Al Pacino. The English Patient could be a smart choice.
Heat stars Al Pacino. Good Will Hunting might be your next pick.
Heat stars Al Pacino. Good Will Hunting could be a smart choice.
Heat stars Al Pacino. Brazil might be your next pick.
Heat stars Al Pacino. Brazil could be a smart choice.
Twelve Monkeys carries the Brad Pitt tag. It might be your next pick.
Twelve Monkeys carries the Brad Pitt tag. 12 Monkeys might be your next pick.
Seven carries the twist ending tag, so Se7en could be a good fit.
Seven carries the twist ending tag and could be a good fit.
Pulp Fiction carries the masterpiece tag. It could be your next watch.
Pulp Fiction carries the masterpiece tag, so it would be a logical pick.
Twelve Monkeys, which carries the time travel tag, might be a safe bet.
@movies
Heat carries the Pixar tag.
Heat carries a Pixar tag.
Toy Story has the Disney tag.
Toy Story has a Disney tag.
Seven features the Brad Pitt tag.
Seven carries the Brad Pitt label.
The Sixth Sense carries a Brad Pitt tag.
The Sixth Sense bears the Brad Pitt tag.
Fight Club has a Bruce Willis tag.
Fight Club carries the Bruce Willis tag.
Twelve Monkeys carries the sci-fi label.
Twelve Monkeys has the sci-fi tag.
Toy Story bears the comedy tag.
Toy Story features the comedy tag.
Heat carries the crime tag.
Heat carries a crime tag.
Heat has the action tag.
Heat has a action tag.
Seven features the thriller tag.
Seven carries the thriller label.
Heat carries a fun tag.
Heat bears the fun tag.
Seven has a masterpiece tag.
Seven carries the masterpiece tag.
Heat carries the masterpiece label.
Heat has the masterpiece tag.
Casino bears the classic tag.
Casino features the classic tag.
Heat carries the overrated tag.
Heat carries a overrated tag.
Toy Story has the overrated tag.
Toy Story has a overrated tag.
Heat features the bad tag.
Heat carries the bad label.
Casino carries a Martin Scorsese tag.
Casino bears the Martin Scorsese tag.
Heat has a Al Pacino tag.
Heat carries the Al Pacino tag.
The Godfather carries the Al Pacino label.
The Godfather has the Al Pacino tag.
Casino bears the Robert De Niro tag.
Casino features the Robert De Niro tag.
GoldenEye carries the classic tag.
GoldenEye carries a classic tag.
Jumanji has the Robin Williams tag.
Jumanji has a Robin Williams tag.
Toy Story features the Tom Hanks tag.
Toy Story carries the Tom Hanks label.
Seven carries a serial killer twist tag.
Seven bears the serial killer twist tag.
Casino has a Quentin Tarantino tag.
Casino carries the Quentin Tarantino tag.
Reservoir Dogs carries the Mafia label.
Reservoir Dogs has the Mafia tag.
Heat bears the heist tag.
Heat features the heist tag.
Heat carries the Mafia tag.
Heat carries a Mafia tag.
Fargo has the Quentin Tarantino tag.
Fargo has a Quentin Tarantino tag.
Pulp Fiction features the Coen Brothers tag.
Pulp Fiction carries the Coen Brothers label.
The Shining carries a overrated tag.
The Shining bears the overrated tag.
Ghost has a masterpiece tag.
Ghost carries the masterpiece tag.
Patch Adams carries the classic label.
Patch Adams has the classic tag.
2001: A Space Odyssey bears the bad tag.
2001: A Space Odyssey features the bad tag.
Toy Story carries the imdb top 250 tag.
Toy Story carries a imdb top 250 tag.
Heat has the imdb top 250 tag.
Heat has a imdb top 250 tag.
Jumanji features the Disney tag.
Jumanji carries the Disney label.
Toy Story carries a beautiful tag.
Toy Story bears the beautiful tag.
Seven has a Stephen King tag.
Seven carries the Stephen King tag.
Casino carries the Leonardo DiCaprio label.
Casino has the Leonardo DiCaprio tag.
The Departed bears the Al Pacino tag.
The Departed features the Al Pacino tag.
Scarface carries the Martin Scorsese tag.
Scarface carries a Martin Scorsese tag.
Twelve Monkeys has the Leonardo DiCaprio tag.
Twelve Monkeys has a Leonardo DiCaprio tag.
Toy Story carries the Pixar tag and the Disney tag.
Toy Story carries the Pixar tag, deservedly.
Pulp Fiction carries a well-earned masterpiece tag.
Pulp Fiction carries the masterpiece tag and is a masterpiece.
Pulp Fiction carries the masterpiece tag, and rightly so.
Toy Story, with the Disney tag, is a comedy.
Toy Story, which carries the Disney tag, is a comedy.
Heat carries the Michael Mann score.
Heat carries the Michael Mann production.
Heat bears the Michael Mann production.
Heat has the Elliot Goldenthal production.
Heat carries the Dante Spinotti score.
Casino carries the Elliot Goldenthal score.
Seven carries the Elliot Goldenthal score.
Toy Story carries the Pixar score.
GoldenEye carries the Art Linson production.
Heat carries the Art Linson production and the Disney tag.
Heat has the Elliot Goldenthal score and the Pixar tag.
Heat and The Insider were each written and directed by Michael Mann.
Pulp Fiction and Reservoir Dogs were each written and directed by Quentin Tarantino.
Pulp Fiction, Four Rooms and Reservoir Dogs were each written and directed by Quentin Tarantino.
Heat and Casino were each directed by Michael Mann and Martin Scorsese.
Heat and Casino were each written and directed by Michael Mann.
Delicatessen and The City of Lost Children were each written and directed by Marc Caro.
Delicatessen and The City of Lost Children were each written and directed by Jean-Pierre Jeunet and Marc Caro.
Twelve Monkeys and Brazil were each written and directed by Terry Gilliam.
Clueless and Fast Times at Ridgemont High were each written and directed by Amy Heckerling.
Leaving Las Vegas and Time Code were each written and directed by Mike Figgis.
Heat and Casino were each directed by Martin Scorsese.
Heat and Casino are each directed by Michael Mann.
Heat and Seven were each scored by Elliot Goldenthal.
Heat and Casino were each produced by Art Linson.
Heat and GoldenEye were each distributed by Warner Bros.
Seven and Twelve Monkeys were each directed by David Fincher.
Seven and Twelve Monkeys were each written and directed by Terry Gilliam.
Seven, Twelve Monkeys and Fight Club each star Bruce Willis.
Heat and Casino were each written by Nicholas Pileggi.
Heat and Casino were each released in 1996.
Heat and Taxi Driver were each directed by Martin Scorsese.
Heat and Casino were each edited by Thelma Schoonmaker.
Pulp Fiction and Jackie Brown were each written and directed by Robert Rodriguez.
Desperado and From Dusk Till Dawn were each written and directed by Robert Rodriguez.
Heat and Casino were each the best film of 1995.
Heat and Casino were each Robert De Niro's finest work.
Heat is a romance and a drama at once.
Heat is a crime film and a drama at once.
Casino is a crime film and a thriller at once.
Casino is a crime film, a drama and a thriller at once.
Toy Story is a comedy and a drama at once.
Toy Story is a comedy and a horror film all at once.
Seven is a mystery and a horror film at once.
Seven is a thriller and a crime film at once.
GoldenEye is an action film and a comedy at once.
Jumanji is a fantasy and a comedy at once.
Casino is a crime film and a drama at once, like Heat.
Heat is a crime film and a thriller at once, like Casino.
Casino, a crime film and a romance at once, stars Joe Pesci.
Casino, a crime film and a drama at once, stars Al Pacino.
Heat and Casino are crime films and dramas at once.
Heat and Casino are each a crime film and a drama at once.
Casino is a crime film and a drama at once, and so is Heat.
Casino is a crime film and a drama at once. Heat is too.
Heat stars Al Pacino and Joe Pesci at once.
Heat stars Al Pacino and Michael Mann all at once.
Heat was produced by Art Linson and Michael Mann at once.
Toy Story is tagged fun and Disney at once.
Toy Story is a comedy and a fantasy at once, and a masterpiece.
Casino is a crime film and a drama at once, and it is funny.
Casino is a crime film and a drama all at once, the best of 1995.
Toy Story is a comedy, an adventure and a musical all at once.
Twelve Monkeys is a mystery and a sci-fi film at once, and a comedy.
Heat is a thriller and a Michael Mann production at once.
Casino is brilliantly a crime film and a drama at once.
Casino is a crime film and a drama at once, unlike Goodfellas.
David Fincher directed Seven, starring Brad Pitt and himself.
Michael Mann directed Heat, which stars Al Pacino and himself.
Michael Mann wrote Heat for Al Pacino and himself.
David Fincher directed Seven and wrote it himself.
Michael Mann directed Heat and starred in it himself.
Michael Mann directed Heat and produced it himself.
Heat stars Al Pacino and Michael Mann himself.
Martin Scorsese directed Casino and wrote it himself.
Jonathan Hensleigh wrote Jumanji himself.
Greg Taylor wrote Jumanji himself.
Jean-Pierre Jeunet directed Delicatessen himself.
Marc Caro directed Delicatessen himself.
David Peoples wrote Twelve Monkeys himself.
Janet Peoples wrote Twelve Monkeys herself.
Barbara Broccoli produced GoldenEye herself.
Michael G. Wilson produced GoldenEye himself.
William Goldenberg edited Heat himself.
Tom Rolf edited Heat himself.
Bruce Feirstein wrote GoldenEye himself.
Robert W. Cort produced Jumanji himself.
Michael Mann and Martin Scorsese directed Heat themselves.
Al Pacino directed Heat himself.
Robert De Niro directed Casino himself.
Sharon Stone directed Casino herself.
Quentin Tarantino directed Reservoir Dogs and wrote it himself.
Terry Gilliam directed Twelve Monkeys and wrote it himself.
Heat plays Michael Mann himself.
Michael Mann directed Heat himself, and Casino too.
Elliot Goldenthal scored Heat and directed it himself.
@games
Halo 3 is an entry in the Zelda series.
Halo 3 is an entry in The Legend of Zelda.
Halo 3 is an installment in The Legend of Zelda.
Portal is an entry in Half-Life.
Portal is an entry in the Half-Life series.
Half-Life 2 is an entry in Portal.
Half-Life 2 is an entry in the Portal series.
Celeste is an entry in the Super Mario series.
Hades is an entry in the Kingdom Hearts saga.
Metroid Prime is an installment in the Halo series.
Super Mario Odyssey is an entry in Mario Kart.
Mario Kart 8 is an entry in Super Mario.
Mario Kart 8 is an entry in the Super Mario series.
The Witcher 3 is an entry in Nintendo All-Stars.
Breath of the Wild is an entry in Nintendo All-Stars.
Kingdom Hearts II is an entry in The Witcher franchise.
The Legend of Zelda is an entry in Breath of the Wild.
The Legend of Zelda is an installment in Breath of the Wild.
Halo is an entry in Halo 3.
Halo 3 is an entry in Halo: Combat Evolved.
Halo: Combat Evolved is an entry in Halo 3.
Breath of the Wild is another entry in The Legend of Zelda.
Metroid Prime is another entry in Metroid.
Metroid Prime is another entry in the Metroid series.
Kingdom Hearts II is another entry in the Kingdom Hearts saga.
Halo 3 is developed by Bungie. Breath of the Wild is another entry in The Legend of Zelda.
Super Mario Odyssey is on the Nintendo Switch. Breath of the Wild is another entry in The Legend of Zelda.
Super Mario Odyssey is on the Nintendo Switch. Tears of the Kingdom is another installment in The Legend of Zelda.
Celeste is on the Nintendo Switch. Hades is another entry in the Kingdom Hearts saga.
Breath of the Wild is the latest entry in The Legend of Zelda.
Breath of the Wild is the first entry in The Legend of Zelda.
Breath of the Wild is the best entry in The Legend of Zelda.
Breath of the Wild is a great entry in The Legend of Zelda.
Tears of the Kingdom is the final entry in The Legend of Zelda.
Halo 3 is the last installment in the Halo series.
Ocarina of Time is the first installment in The Legend of Zelda.
Breath of the Wild is an entry in The Legend of Zelda, like Halo 3.
Breath of the Wild and Halo 3 are entries in The Legend of Zelda.
Ocarina of Time is an entry in The Legend of Zelda on the Nintendo Switch.
Breath of the Wild, an entry in The Legend of Zelda, is on the Xbox.
Breath of the Wild, an entry in The Legend of Zelda, is developed by Retro Studios.
Breath of the Wild is not an entry in The Legend of Zelda.
Breath of the Wild is an entry in Nintendo EPD.
Breath of the Wild is an entry in the Nintendo Switch library.
Breath of the Wild is an entry in Super Mario.
Breath of the Wild is an entry in The Legend of Zelda, as is Super Mario Odyssey.
Halo 3 is an entry in the Halo series, and so is Portal.
Breath of the Wild is an entry in The Legend of Zelda and Halo 3 is another entry in it.
Ocarina of Time is another entry in The Legend of Zelda alongside Metroid Prime.
Like Super Mario Odyssey, Breath of the Wild is an entry in The Legend of Zelda.
Like Ocarina of Time, Halo 3 is an entry in The Legend of Zelda.
Breath of the Wild is an entry in The Legend of Zelda directed by Eiji Aonuma.
Ocarina of Time is an entry in The Legend of Zelda directed by Hidemaro Fujibayashi.
The Witcher 3 is an entry in The Witcher franchise and a platformer.
Kingdom Hearts II is an installment in the Kingdom Hearts saga, scored by Koji Kondo.
Celeste is an entry in the Portal series.
Hades is an installment in the Half-Life series.
Portal is an entry of Half-Life.
Metroid Prime is an instalment of The Legend of Zelda.
Half-Life 2 is an entry in the Halo series.
Halo 3 is another entry in the Halo series, like Portal.
Halo 3 is an entry in the Halo series, perhaps its best.
Breath of the Wild is probably an entry in the Super Mario series.
@games u:a
Hades is on the PC. Halo 3 might be your next pick.
Hades is on the PC. Halo 3 could be your next play.
Hades is on the PC. Halo 3 should be your next choice.
Hades is on the PC. Halo 3 may be your next step.
Hades is on the PC. Portal will be your next pick.
Hades is on the PC. Portal would be a good fit.
Hades is on the PC. Portal could be a safe bet.
Hades is on the PC. Portal might be a solid choice.
Hades is on the PC. Mario Kart 8 could be a smart pick.
Hades is on the PC. Mario Kart 8 could be a natural match.
Hades is on the PC. Mario Kart 8 is your next play.
Hades is on the PC. Mario Kart 8 might be a logical choice.
Hades is on the PC. The Witcher 3 might be your next pick.
Hades is on the PC. The Witcher 3 could be your next play.
Hades is on the PC. The Witcher 3 should be your next choice.
Hades is on the PC. The Witcher 3 may be your next step.
Halo 3 is on the Xbox 360. It might be your next pick.
Halo 3, on the Xbox 360, might be your next pick.
Halo 3, an entry in the Halo series, could be a good fit.
Halo: Combat Evolved is an entry in the Halo series, and Halo 3 might be your next pick.
Portal is developed by Valve, so it might be your next pick.
Portal is developed by Valve; it could be a good fit.
Portal, developed by Valve, could be a good fit.
Portal is developed by Valve. That game might be your next pick.
Portal is developed by Valve. So Portal could be a good fit.
Halo 3 is on the Xbox 360. Celeste or Halo 3 might be your next pick.
Halo 3 is on the Xbox 360. Halo 3 or Celeste might be your next pick.
Halo 3 is on the Xbox 360. Celeste, then Halo 3, might be your next pick.
Halo 3 is on the Xbox 360. Halo 3 and Celeste could be a good fit.
Celeste is on the PC, and Celeste could be a good fit, since you loved Halo 3.
Celeste is on the PC. Celeste could be a good fit, as could Halo 3.
Celeste is on the PC. Celeste could be a good fit, and Halo 3 too.
Celeste is on the PC. Celeste could be a good fit for Portal fans.
Celeste is on the PC. Celeste could be your next favourite.
Celeste is on the PC. Celeste could be your next pick, hands down.
Celeste is on the PC. Celeste, the best platformer, could be a good fit.
Celeste is on the PC. Celeste, which is a masterpiece, could be a good fit.
Celeste is on the PC. Celeste, a puzzle game, could be a good fit.
Celeste is on the PC. Celeste could be your next pick, like Halo 3 was.
Hades is on the PC. The Witcher 3, an entry in The Witcher franchise, might be your next pick.
Hades is on the PC. Mario Kart 8, another entry in Mario Kart, could be a good fit.
You loved Hades. Breath of the Wild is another entry in The Legend of Zelda.
You loved Halo 3, so Halo: Combat Evolved could be a good fit.
You rated Portal highly. Half-Life 2 could be a good fit.
Celeste is on the PC. Celeste is your next pick because it is flawless.
Celeste is on the PC. Celeste could be a good fit; it is the best game on the Switch.
@podcasts
Julie Snyder created Serial and hosts it herself.
Marc Maron hosts WTF with Marc Maron and produces it himself.
Dan Carlin hosts Common Sense and created it himself.
PJ Vogt and Alex Goldman host Reply All and created it themselves.
PJ Vogt and Alex Goldman created Reply All themselves.
Sarah Koenig and Julie Snyder created Serial and host it themselves.
Wendy Zukerman created Science Vs and hosts it herself.
Lisa Chow created StartUp and hosts it herself.
Dan Carlin hosts Hardcore History and Lore himself.
Hardcore History is hosted and produced by Dan Carlin himself.
Dan Carlin created Hardcore History and produces it himself.
Dan Carlin created Hardcore History about himself.
Dan Carlin hosts Hardcore History, a show about himself.
Hardcore History is about Dan Carlin himself.
Dan Carlin hosts Hardcore History for himself.
Marc Maron hosts WTF with Marc Maron about himself.
Sarah Koenig created Serial herself.
Julie Snyder created Serial herself.
Alex Blumberg hosts StartUp himself.
Lisa Chow hosts StartUp herself.
PJ Vogt hosts Reply All himself.
Alex Goldman hosts Reply All himself.
Alex Goldman created Reply All and hosts it himself.
Aaron Mahnke created Lore and hosts it himself, alone.
Aaron Mahnke created Lore and hosts it himself on Gimlet Media.
Dan Carlin created Common Sense and hosts it himself.
Marc Maron created WTF with Marc Maron and hosts it himself.
Brendan McDonald hosts WTF with Marc Maron himself.
Dan Carlin created Hardcore History and hosts it himself, brilliantly.
Sarah Koenig created Serial and hosts it herself, on Gimlet Media.
Aaron Mahnke and Dan Carlin host Lore themselves.
Serial is produced by Sarah Koenig herself.
Reply All is hosted by PJ Vogt and Lisa Chow themselves.
StartUp is hosted by Alex Blumberg himself, not Lisa Chow.
Hardcore History and Serial were each created and hosted by Dan Carlin.
Serial and Lore were each created and hosted by Sarah Koenig.
Reply All and StartUp were each created by Alex Blumberg.
Lore and Serial were each hosted by Aaron Mahnke.
Science Vs and Reply All are each about science.
@podcasts u:a
Dan Carlin hosts Hardcore History. Lore might be your next listen.
Dan Carlin hosts Hardcore History. WTF with Marc Maron could be a good pick.
Aaron Mahnke created Lore and hosts it himself. It might be your next listen.
Marc Maron hosts WTF with Marc Maron himself; it could be a safe bet.
Lore, hosted by Aaron Mahnke himself, would be your next listen.
Dan Carlin hosts Hardcore History. Lore is your next listen.
Dan Carlin hosts Hardcore History. Lore could be a good fit, since you loved WTF with Marc Maron.
Dan Carlin hosts Hardcore History. Serial could be a good fit, since you loved Lore.
Dan Carlin hosts Hardcore History. WTF with Marc Maron would be a logical choice.
Aaron Mahnke hosts Lore himself. Lore might be a solid pick.
"""
def cases():
    key, user = None, None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line
def main():
    n = acc = 0
    for key, user, text in cases():
        n += 1
        ok, reason = check(key, text, user)
        if ok:
            acc += 1
            print(f"ACCEPTED [{key} {user or '-'}] {text}")
    print(f"accepted {acc} of {n}")
if __name__ == "__main__":
    main()
