"""Red team round 128 (the readings of ROUND.diff): "about" a tag that reads as a topic ("a horror
film about a shark", "about the mafia", "about dinosaurs", "about alcoholism"), "X brought / put Y
to theaters / into cinemas", "put out (by)", "is at once a mystery and a romance", "carries / comes
with a score by X", a founder before the item as its owner ("Alice Waters's Chez Panisse", "an Alice
Waters restaurant"), "makes / has its home in", "is a city in" read as "is in", "X designed two of
these museums: A and B", "was the work of two architects, A and B", and the round-127 fixes ("first
flew" only of aircraft, "first brewed / sold / taught" only where a relation says the verb, a noun
of the items never said of a person, ", an Italian," only of a person, "X, with Y as its head chef"
only after a comma): false texts only, plus faithful controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _graph(rels, items, others, triples, item_type):
    ents = [E(k, kind="item", type=item_type, label=n, attrs={"year": y}) for k, (n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def peaks():
    rels = [R("in_range", phrase="is part of", inverse_phrase="includes", domain=("peak",), range=("range",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("peak",), range=("country",)),
            R("first_climbed_by", phrase="was first climbed by", inverse_phrase="made the first ascent of",
              domain=("peak",), range=("climber",)),
            R("climber_from", phrase="comes from", inverse_phrase="is the home country of",
              domain=("climber",), range=("country",))]
    items = {"m:matterhorn": ("Matterhorn", 1865), "m:eiger": ("Eiger", 1858), "m:denali": ("Denali", 1913),
             "m:k2": ("K2", 1954), "m:blanc": ("Mont Blanc", 1786)}
    others = {"r:alps": ("range", "Alps"), "r:alaska": ("range", "Alaska Range"), "r:karakoram": ("range", "Karakoram"),
              "c:ch": ("country", "Switzerland"), "c:it": ("country", "Italy"), "c:fr": ("country", "France"),
              "c:us": ("country", "United States"), "c:pk": ("country", "Pakistan"),
              "c:uk": ("country", "United Kingdom"),
              "p:whymper": ("climber", "Edward Whymper"), "p:barrington": ("climber", "Charles Barrington"),
              "p:stuck": ("climber", "Hudson Stuck"), "p:lacedelli": ("climber", "Lino Lacedelli"),
              "p:compagnoni": ("climber", "Achille Compagnoni"), "p:balmat": ("climber", "Jacques Balmat")}
    triples = [("m:matterhorn", "in_range", "r:alps"), ("m:eiger", "in_range", "r:alps"),
               ("m:blanc", "in_range", "r:alps"), ("m:denali", "in_range", "r:alaska"),
               ("m:k2", "in_range", "r:karakoram"),
               ("m:matterhorn", "located_in", "c:ch"), ("m:matterhorn", "located_in", "c:it"),
               ("m:eiger", "located_in", "c:ch"), ("m:blanc", "located_in", "c:fr"),
               ("m:denali", "located_in", "c:us"), ("m:k2", "located_in", "c:pk"),
               ("m:matterhorn", "first_climbed_by", "p:whymper"), ("m:eiger", "first_climbed_by", "p:barrington"),
               ("m:denali", "first_climbed_by", "p:stuck"), ("m:k2", "first_climbed_by", "p:lacedelli"),
               ("m:k2", "first_climbed_by", "p:compagnoni"), ("m:blanc", "first_climbed_by", "p:balmat"),
               ("p:whymper", "climber_from", "c:uk"), ("p:lacedelli", "climber_from", "c:it"),
               ("p:compagnoni", "climber_from", "c:it"), ("p:balmat", "climber_from", "c:fr"),
               ("p:stuck", "climber_from", "c:us")]
    return _graph(rels, items, others, triples, "peak")


def planes():
    rels = [R("made_by", phrase="is made by", inverse_phrase="makes", domain=("aircraft",), range=("company",)),
            R("engine_by", phrase="is built by", inverse_phrase="builds", domain=("engine",), range=("company",)),
            R("powered_by", phrase="is powered by", inverse_phrase="powers", domain=("aircraft",), range=("engine",)),
            R("has_role", phrase="serves as a", inverse_phrase="is the role of", domain=("aircraft",), range=("role",)),
            R("originates_from", phrase="originates from", inverse_phrase="is the country of origin of",
              domain=("aircraft",), range=("country",))]
    items = {"a:747": ("Boeing 747", 1969), "a:concorde": ("Concorde", 1969), "a:sr71": ("SR-71 Blackbird", 1964),
             "a:b17": ("B-17 Flying Fortress", 1935), "a:c130": ("C-130 Hercules", 1954)}
    others = {"c:boeing": ("company", "Boeing"), "c:lockheed": ("company", "Lockheed"),
              "c:aero": ("company", "Aérospatiale"), "c:bac": ("company", "British Aircraft Corporation"),
              "c:rr": ("company", "Rolls-Royce"), "c:pw": ("company", "Pratt & Whitney"),
              "e:olympus": ("engine", "Rolls-Royce Olympus"), "e:jt9d": ("engine", "JT9D"),
              "r:bomber": ("role", "bomber"), "r:airliner": ("role", "airliner"), "r:transport": ("role", "transport"),
              "r:recon": ("role", "reconnaissance aircraft"),
              "k:us": ("country", "United States"), "k:fr": ("country", "France"), "k:uk": ("country", "United Kingdom")}
    triples = [("a:747", "made_by", "c:boeing"), ("a:b17", "made_by", "c:boeing"), ("a:sr71", "made_by", "c:lockheed"),
               ("a:c130", "made_by", "c:lockheed"), ("a:concorde", "made_by", "c:aero"),
               ("a:concorde", "made_by", "c:bac"),
               ("e:olympus", "engine_by", "c:rr"), ("e:jt9d", "engine_by", "c:pw"),
               ("a:concorde", "powered_by", "e:olympus"), ("a:747", "powered_by", "e:jt9d"),
               ("a:b17", "has_role", "r:bomber"), ("a:747", "has_role", "r:airliner"),
               ("a:concorde", "has_role", "r:airliner"), ("a:c130", "has_role", "r:transport"),
               ("a:sr71", "has_role", "r:recon"),
               ("a:747", "originates_from", "k:us"), ("a:sr71", "originates_from", "k:us"),
               ("a:b17", "originates_from", "k:us"), ("a:c130", "originates_from", "k:us"),
               ("a:concorde", "originates_from", "k:fr"), ("a:concorde", "originates_from", "k:uk")]
    return _graph(rels, items, others, triples, "aircraft")


def kitchens():
    rels = [R("chef", phrase="has as head chef", inverse_phrase="is the head chef of",
              domain=("restaurant",), range=("person",)),
            R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("restaurant",), range=("person",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("restaurant",), range=("city",))]
    items = {"r:perse": ("Per Se", 2004), "r:laundry": ("The French Laundry", 1978), "r:noma": ("Noma", 2003),
             "r:panisse": ("Chez Panisse", 1971), "r:alinea": ("Alinea", 2005), "r:next": ("Next", 2011)}
    others = {"p:keller": ("person", "Thomas Keller"), "p:redzepi": ("person", "René Redzepi"),
              "p:waters": ("person", "Alice Waters"), "p:meyer": ("person", "Claus Meyer"),
              "p:achatz": ("person", "Grant Achatz"), "p:kokonas": ("person", "Nick Kokonas"),
              "p:duffy": ("person", "Simon Davies"),
              "c:nyc": ("city", "New York City"), "c:yountville": ("city", "Yountville"),
              "c:cph": ("city", "Copenhagen"), "c:berkeley": ("city", "Berkeley"), "c:chicago": ("city", "Chicago")}
    triples = [("r:perse", "chef", "p:keller"), ("r:laundry", "chef", "p:keller"), ("r:noma", "chef", "p:redzepi"),
               ("r:panisse", "chef", "p:waters"), ("r:noma", "founded_by", "p:redzepi"),
               ("r:noma", "founded_by", "p:meyer"), ("r:panisse", "founded_by", "p:waters"),
               ("r:perse", "located_in", "c:nyc"), ("r:laundry", "located_in", "c:yountville"),
               ("r:noma", "located_in", "c:cph"), ("r:panisse", "located_in", "c:berkeley"),
               ("r:alinea", "founded_by", "p:achatz"), ("r:alinea", "founded_by", "p:kokonas"),
               ("r:alinea", "chef", "p:duffy"), ("r:alinea", "located_in", "c:chicago"),
               ("r:next", "founded_by", "p:achatz"), ("r:next", "located_in", "c:chicago")]
    return _graph(rels, items, others, triples, "restaurant")


def museums():
    rels = [R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
            R("in_country", phrase="is a city in", inverse_phrase="contains the city", domain=("city",), range=("country",)),
            R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("museum",), range=("architect",)),
            R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("museum",), range=("person",))]
    items = {"m:louvre": ("Louvre", 1793), "m:bilbao": ("Guggenheim Museum Bilbao", 1997),
             "m:acropolis": ("Acropolis Museum", 2009), "m:tate": ("Tate Modern", 2000),
             "m:vitra": ("Vitra Design Museum", 1989), "m:pompidou": ("Centre Pompidou", 1977),
             "m:amazon": ("Museu da Amazônia", 2009), "m:moma": ("Museum of Modern Art", 1929)}
    others = {"c:paris": ("city", "Paris"), "c:bilbao": ("city", "Bilbao"), "c:athens": ("city", "Athens"),
              "c:london": ("city", "London"), "c:weil": ("city", "Weil am Rhein"), "k:de": ("country", "Germany"),
              "k:fr": ("country", "France"), "k:es": ("country", "Spain"),
              "k:gr": ("country", "Greece"), "k:uk": ("country", "United Kingdom"),
              "c:manaus": ("city", "Manaus"), "k:br": ("country", "Brazil"),
              "c:nyc": ("city", "New York City"), "k:us": ("country", "United States"),
              "a:gehry": ("architect", "Frank Gehry"), "a:tschumi": ("architect", "Bernard Tschumi"),
              "a:hdm": ("architect", "Herzog & de Meuron"), "a:piano": ("architect", "Renzo Piano"),
              "a:rogers": ("architect", "Richard Rogers"), "a:taniguchi": ("architect", "Yoshio Taniguchi"),
              "f:rockefeller": ("person", "Abby Aldrich Rockefeller"), "f:fehlbaum": ("person", "Rolf Fehlbaum"),
              "f:pompidou": ("person", "Georges Pompidou")}
    triples = [("m:louvre", "located_in", "c:paris"), ("m:bilbao", "located_in", "c:bilbao"),
               ("m:acropolis", "located_in", "c:athens"), ("m:tate", "located_in", "c:london"),
               ("m:vitra", "located_in", "c:weil"), ("c:weil", "in_country", "k:de"), ("m:vitra", "designed_by", "a:gehry"),
               ("c:paris", "in_country", "k:fr"), ("c:bilbao", "in_country", "k:es"),
               ("c:athens", "in_country", "k:gr"), ("c:london", "in_country", "k:uk"),
               ("c:manaus", "in_country", "k:br"), ("c:nyc", "in_country", "k:us"),
               ("m:amazon", "located_in", "c:manaus"), ("m:moma", "located_in", "c:nyc"),
               ("m:moma", "designed_by", "a:taniguchi"), ("m:moma", "founded_by", "f:rockefeller"),
               ("m:vitra", "founded_by", "f:fehlbaum"), ("m:pompidou", "founded_by", "f:pompidou"),
               ("m:bilbao", "designed_by", "a:gehry"), ("m:acropolis", "designed_by", "a:tschumi"),
               ("m:tate", "designed_by", "a:hdm"), ("m:pompidou", "located_in", "c:paris"),
               ("m:pompidou", "designed_by", "a:piano"), ("m:pompidou", "designed_by", "a:rogers")]
    return _graph(rels, items, others, triples, "museum")


def beers():
    """Beers and their breweries: "brewed" is said by a relation here (round 127's "first brewed")."""
    rels = [R("brewed_by", phrase="is brewed by", inverse_phrase="brews", domain=("beer",), range=("brewery",)),
            R("has_style", phrase="is a beer of the style", inverse_phrase="is the style of", domain=("beer",),
              range=("style",)),
            R("brewery_in", phrase="is located in", inverse_phrase="is home to", domain=("brewery",), range=("city",))]
    items = {"b:guinness": ("Guinness", 1759), "b:pilsner": ("Pilsner Urquell", 1842), "b:duvel": ("Duvel", 1923),
             "b:heady": ("Heady Topper", 2004)}
    others = {"w:stjames": ("brewery", "St. James's Gate Brewery"), "w:plzen": ("brewery", "Plzeňský Prazdroj"),
              "w:moortgat": ("brewery", "Duvel Moortgat"), "w:alchemist": ("brewery", "The Alchemist"),
              "s:stout": ("style", "stout"), "s:pils": ("style", "pilsner"), "s:ale": ("style", "strong ale"),
              "s:ipa": ("style", "double IPA"),
              "c:dublin": ("city", "Dublin"), "c:plzen": ("city", "Plzeň"), "c:breendonk": ("city", "Breendonk"),
              "c:stowe": ("city", "Stowe")}
    triples = [("b:guinness", "brewed_by", "w:stjames"), ("b:pilsner", "brewed_by", "w:plzen"),
               ("b:duvel", "brewed_by", "w:moortgat"), ("b:heady", "brewed_by", "w:alchemist"),
               ("b:guinness", "has_style", "s:stout"), ("b:pilsner", "has_style", "s:pils"),
               ("b:duvel", "has_style", "s:ale"), ("b:heady", "has_style", "s:ipa"),
               ("w:stjames", "brewery_in", "c:dublin"), ("w:plzen", "brewery_in", "c:plzen"),
               ("w:moortgat", "brewery_in", "c:breendonk"), ("w:alchemist", "brewery_in", "c:stowe")]
    return _graph(rels, items, others, triples, "beer")


BUILDERS = {"peaks": peaks, "planes": planes, "kitchens": kitchens, "museums": museums, "beers": beers,
            "movies": kgx.KnowledgeGraph.example}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@movies
# (1) "about" a tag the film HAS, where the tag is no topic: a judgement, a craft, a format, the
# film's own kind ("a biopic", "an anime", "a spoof"), a maker or a publisher, a quote
Pulp Fiction is a crime film about a cult.
Pulp Fiction is about a cult.
Pulp Fiction, a film about a cult, was directed by Quentin Tarantino.
Pulp Fiction is a 1994 crime film about a cult.
Miramax Films brought Pulp Fiction to theaters; it is a film about a cult.
Pulp Fiction is a film about a genius.
Pulp Fiction is a Quentin Tarantino film about a genius.
Quentin Tarantino directed Pulp Fiction, a film about a genius.
Pulp Fiction is a film about an intellectual.
Pulp Fiction is a film about an anthology.
Pulp Fiction is a thriller about an anthology.
Pulp Fiction is a film about a parody.
Pulp Fiction is a film about pop culture references.
Pulp Fiction is a crime film about pop culture references.
Pulp Fiction is a film about biblical references.
Pulp Fiction is a drama about biblical references.
Pulp Fiction is a film about the bible.
Pulp Fiction is a film about the tarantino.
Pulp Fiction and Reservoir Dogs are films about the tarantino.
Pulp Fiction is a film about the travolta.
Pulp Fiction is a film about a monologue.
Pulp Fiction is a comedy about a monologue.
Pulp Fiction is a film about a milkshake.
Pulp Fiction is a comedy about a milkshake.
Pulp Fiction is a film about a motherfucker.
Pulp Fiction is a film about a royal with cheese.
Pulp Fiction is a film about an original.
Pulp Fiction is a film about the sexy.
Pulp Fiction is a film about the pulp.
Pulp Fiction is a film about the retro.
Star Wars: Episode I - The Phantom Menace is a film about a prequel.
Star Wars: Episode I - The Phantom Menace is a sci-fi film about a prequel.
Terminator Salvation is a film about a franchise.
Terminator Salvation is an action film about a franchise.
Terminator Salvation is a film about a new composer.
Terminator Salvation is a sci-fi film about a new composer.
Following is a film about a directorial debut.
Following is a crime film about a directorial debut.
Ray is a film about a biopic.
Ray is a drama about a biopic.
The Aviator is a film about a biopic.
Yankee Doodle Dandy is a film about a biopic.
What's Love Got to Do with It? is a film about a biopic.
Schindler's List is a film about a biography.
Schindler's List is a war film about a biography.
In the Mood For Love is a film about long takes.
In the Mood For Love is a romance about long takes.
Gravity is a film about long shots.
There Will Be Blood is a drama about long shots.
Star Trek is a film about quick cuts.
Star Trek is a film about a lack of development.
Star Trek is an action film about a lack of development.
William Shakespeare's Romeo + Juliet is a film about updated classics.
Green Lantern is a film about DC Comics.
Green Lantern is a sci-fi film about DC Comics.
Suicide Squad is a film about DC Comics.
Batman v Superman: Dawn of Justice is an action film about DC Comics.
Green Lantern is a film about the cgi.
Green Lantern is an action film about the cgi.
Toy Story is a film about the pixar.
Toy Story 2 is a film about the pixar.
The Lion King is a film about the disney.
Aladdin is a film about the disney.
Cinderella is a film about the disney.
Pinocchio is a film about the disney.
Hamlet is a film about the shakespeare.
The Treasure of the Sierra Madre is a film about the cold.
The Treasure of the Sierra Madre is an adventure about the cold.
2001: A Space Odyssey is a film about the dull.
2001: A Space Odyssey is a sci-fi film about the dull.
Predator is a film about a scifi cult.
Predator is an action film about a scifi cult.
Star Wars: Episode V - The Empire Strikes Back is a film about a space opera.
Star Wars: Episode IV - A New Hope is a sci-fi film about a space opera.
Star Wars: Episode VI - Return of the Jedi is about a space opera.
Star Wars: Episode IV - A New Hope is a film about an oldie but goodie.
Star Wars: Episode IV - A New Hope is a film about an epic.
Braveheart is a film about an epic.
Gladiator is a film about an epic.
Eraserhead is a film about an art house.
Kind Hearts and Coronets is a comedy about multiple roles.
Kind Hearts and Coronets is a drama about multiple roles.
Zoolander is a comedy about mindless one liners.
Psycho is a film about the remade.
Psycho is a horror film about the remade.
The Vanishing is a film about the remade.
Inception is a film about a big budget.
Inception is a thriller about a big budget.
King Kong is a film about a big budget.
Patch Adams is a film about the bad.
Mulholland Falls is a film about the bad.
Sliver is a thriller about the bad.
Daredevil is a film about the bad.
Lady in the Water is a film about the bad.
Dark Days is a film about an independent.
Dark Days is a documentary about an independent.
A Thousand Words is a film about an interesting scenario.
A Thousand Words is a comedy about an interesting scenario.
Happy Gilmore is a comedy about a test tag.
Happy Gilmore is about a test tag.
Clueless is a comedy about a chick flick.
Clueless is a romance about a chick flick.
Life Is Beautiful is a film about a tear jerker.
Life Is Beautiful is a comedy about a tear jerker.
Grave of the Fireflies is a film about a tear jerker.
This Is Spinal Tap is a comedy about a mockumentary.
Waiting for Guffman is a comedy about a mockumentary.
A Mighty Wind is a comedy about a mockumentary.
Airplane! is a comedy about a spoof.
Young Frankenstein is a comedy about a spoof.
Galaxy Quest is a comedy about a spoof.
Scream is a horror film about a spoof.
Scream 2 is a horror film about a spoof.
Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb is a comedy about a satire.
Natural Born Killers is a film about a satire.
Dogma is a comedy about a satire.
Best in Show is a comedy about a satire.
Battle Royale is a film about a satire.
Monty Python's Life of Brian is a comedy about a parody.
Akira is a film about an anime.
Spirited Away is a film about an anime.
Princess Mononoke is a film about an anime.
Akira and Spirited Away are films about an anime.
Akira and Spirited Away are both about an anime.
Gintama: The Movie is a film about a remaster.
Fight Club is a film about the dark.
Memento is a thriller about the dark.
Eraserhead is a horror film about the dark.
Man Bites Dog is a film about the dark.
Irreversible is a film about the dark.
# (1) arguable readings of the film's own tags (see OPEN)
Pulp Fiction is a film about a diner.
Pulp Fiction is a film about a conversation.
Pulp Fiction is a film about Los Angeles.
Pulp Fiction is a film about a golden watch.
Pulp Fiction is a film about the irony.
Pulp Fiction is a film about the sarcasm.
Pulp Fiction is a film about the storytelling.
Pulp Fiction is a film about the splatter.
Pulp Fiction is a film about the gore.
Pulp Fiction is a film about the cool.
Pulp Fiction is a film about the random.
Eraserhead is a film about the weird.
Fight Club is a film about the surreal.
Black Swan is a film about the creepy.
The Hustler is a film about a pool.
Rabbits is a film about a nightmare.
The Blair Witch Project is a film about a video.
# (1) "about" a tag of another film, or the topic denied, listed, or said of a pronoun
Heat is a thriller about racism.
Heat is a crime film about orphans.
Heat is a film about birds.
Jaws is a film about dinosaurs.
Jaws is a film about zombies.
Jaws is a horror film about horses.
Fargo is a comedy about amnesia.
Fargo is a comedy about divorce.
Fargo is a comedy about dogs.
Casino is a film about a wedding.
Casino is a film about twins.
Casino is a drama about nazis.
Seven is a thriller about ghosts.
Seven is a thriller about lawyers.
Seven is a thriller about drugs.
Jurassic Park is a thriller about horses.
Jurassic Park is a sci-fi film about drugs.
Leaving Las Vegas is a drama about a heist.
Leaving Las Vegas is a drama about boxing.
Leaving Las Vegas is a film about amnesia.
Casablanca is a romance about vampires.
Casablanca is a romance about aliens.
Casablanca is a romance about divorce.
Toy Story is a film about birds.
Toy Story is a fantasy about twins.
Toy Story is a comedy about dogs.
Vertigo is a mystery about horses.
Vertigo is a thriller about dinosaurs.
Vertigo is a drama about orphans.
Apollo 13 is a film about a submarine.
Apollo 13 is a film about samurai.
Apollo 13 is a film about spiders.
Blade Runner is a sci-fi film about a submarine.
Blade Runner is a sci-fi film about amnesia.
Blade Runner is a film about samurai.
Alien is a horror film about ghosts.
Alien is a film about the mafia.
Alien is a sci-fi film about birds.
Goodfellas is a film about aliens.
Goodfellas is a crime film about a wedding.
Goodfellas is a film about a serial killer.
Forrest Gump is a film about spiders.
Forrest Gump is a comedy about vampires.
Forrest Gump is a film about the holocaust.
Schindler's List is a film about divorce.
Schindler's List is a war film about aliens.
Fight Club is a film about robots.
Fight Club is a film about aliens.
Reservoir Dogs is a crime film about boxing.
Reservoir Dogs is a film about twins.
Reservoir Dogs is a film about ghosts.
Memento is a mystery about adultery.
Memento is a film about alcoholism.
Memento is a mystery about gangsters.
Inception is a film about gambling.
Inception is a film about a kidnapping.
Inception is a crime film about zombies.
The Matrix is an action film about immigrants.
The Matrix is a film about wizards.
The Matrix is a film about a submarine.
Back to the Future is a comedy about dogs.
Back to the Future is an adventure about ghosts.
Back to the Future is an adventure about journalism.
Braveheart is a drama about vampires.
Braveheart is a film about terrorism.
Braveheart is a film about wizards.
Clueless is a comedy about vampires.
Clueless is a comedy about lawyers.
Clueless is a film about ghosts.
Rushmore is a drama about terrorism.
Rushmore is a comedy about gambling.
Rushmore is a drama about journalism.
The Shawshank Redemption is a film about the mafia.
The Shawshank Redemption is a crime film about wizards.
Rear Window is a film about zombies.
Rear Window is a film about robots.
Groundhog Day is a romance about immigrants.
Groundhog Day is a romance about spiders.
Groundhog Day is a film about a kidnapping.
Trainspotting is a drama about terrorism.
Trainspotting is a crime film about the mafia.
Trainspotting is a comedy about orphans.
Donnie Darko is a film about a kidnapping.
Donnie Darko is a mystery about ghosts.
Donnie Darko is a drama about boxing.
Lost in Translation is a comedy about a serial killer.
Lost in Translation is a drama about a wedding.
Lost in Translation is a film about zombies.
The Silence of the Lambs is a thriller about twins.
The Silence of the Lambs is a crime film about horses.
The Silence of the Lambs is a thriller about dinosaurs.
Aliens is a sci-fi film about gangsters.
Aliens is a horror film about dogs.
Aliens is a sci-fi film about spiders.
Shrek is a fantasy about a submarine.
Shrek is a comedy about adultery.
Shrek is an adventure about horses.
Finding Nemo is an adventure about ghosts.
Finding Nemo is a comedy about horses.
Finding Nemo is an animated film about racism.
Amelie is a comedy about existentialism.
Amelie is a comedy about twins.
Amelie is a film about prostitution.
Heat is a crime film about a shark.
Heat is about the mafia.
Jaws is not about a shark.
Jaws isn't about a shark.
Casino is not about the mafia.
Casino is not a crime drama about the mafia.
Jaws is a film about a shark and the mafia.
Jaws is a film about sharks and dinosaurs.
Jaws is a film about a shark and a dinosaur.
Pulp Fiction is a comedy about a cult and a genius.
Star Trek is a film about quick cuts and a lack of development.
Jaws and Heat are films about a shark.
Goodfellas and Heat are about the mafia.
Goodfellas is about the mafia, and so is Heat.
Jaws, like Heat, is a film about a shark.
Heat, which is about a shark, stars Al Pacino.
Heat stars Al Pacino. It is a film about a shark.
The film about a shark is Heat.
Robert Shaw is an actor about a shark.
Heat tells a story about a shark.
Casino is a crime drama about the mafia, directed by Steven Spielberg.
Casino is a crime drama about a shark.
A film about the mafia, Heat stars Al Pacino.
About the mafia, Heat stars Al Pacino.
Casino is about a shark, not the mafia.
Casino is about the mafia and Heat is about a shark.
Jaws 3-D is a film about a shark, directed by Steven Spielberg.
Jaws is a horror film about a shark from 1985.
Jaws is a 1985 horror film about a shark.
Jaws is a horror film about a shark starring Al Pacino.
Jaws is a comedy about a shark.
Jaws is a horror film about the shark Heat.
Up is a film about a cartoon.
Up is a film about the pixar.
Eternal Sunshine of the Spotless Mind is a film about a romantic.
A Bug's Life is an animation about the pixar.
My Neighbor Totoro is an animation about an anime.
Gintama: The Movie is an animation about a remaster.
Pulp Fiction is a film about the noir.
Pulp Fiction is about a cult. It is about a genius too.
Seven is a thriller about a twist ending.
Fargo is a film about the great acting.
Fargo is a film about a dark comedy.
Toy Story is a film about Pixar.
Toy Story is a film about the Pixar.
Fargo is a film about the Coen Brothers.
Fargo is a film about Steve Buscemi.
Pulp Fiction is a film about the soundtrack.
Pulp Fiction is a film about great dialogue.
Pulp Fiction is a film about Uma Thurman.
Pulp Fiction is a film about Quentin Tarantino.
Vertigo is a film about James Stewart.
Vertigo is a film about Alfred Hitchcock.
Apollo 13 is a film about the tom hanks.
Fargo is a film about the steve buscemi.
@movies user:18
Heat is a film about the mafia.
You tagged Heat as about the mafia.
Heat, which you tagged, is about the mafia.
You tagged the mafia. Heat is about the mafia.
Heat is a film about the mafia, which you tagged.
@movies user:2
Heat is a film about drugs.
You tagged drugs; Heat is about drugs.
@movies
# (2) "brought / put X to theaters / into cinemas", "put out (by)": another distributor
Miramax Films brought Heat to theaters.
Miramax brought Heat to theaters.
Miramax Films brought Pulp Fiction and Heat to theaters.
Miramax Films brought Heat and Pulp Fiction to theaters.
Miramax Films brought Pulp Fiction to theaters in 1995.
Miramax Films brought Pulp Fiction to theaters, and Heat too.
Warner Bros. didn't bring Heat to theaters.
Warner Bros. never brought Heat to theaters.
Warner Bros. did not bring Heat to theaters.
Pulp Fiction was brought to theaters by Warner Bros.
Heat brought Pulp Fiction to theaters.
Al Pacino brought Heat to the big screen.
Miramax Films put Heat into cinemas.
Miramax Films put Pulp Fiction into cinemas in 1990.
Miramax Films puts Heat into theaters.
Miramax Films put out Heat.
Heat was put out by Miramax Films.
Heat was put out by Warner Bros. and Miramax Films.
Miramax Films put Heat out.
Miramax Films brought Pulp Fiction to audiences, which Michael Mann directed.
Miramax Films, which brought Pulp Fiction to theaters, also brought Heat to cinemas.
Miramax Films brought Pulp Fiction, a Michael Mann film, to theaters.
Miramax Films brought Quentin Tarantino's Heat to theaters.
Miramax Films brought the 1995 film Pulp Fiction to theaters.
Miramax Films brought the comedy Heat to theaters.
Pulp Fiction is a Quentin Tarantino film. Warner Bros. brought it to theaters.
Universal Pictures brought Jaws to theaters.
Warner Bros. brought Casablanca to screens in 1943.
Paramount Pictures brought Heat to audiences.
Heat, which Miramax Films brought to theaters, stars Al Pacino.
Warner Bros. brought Pulp Fiction to the screen.
Miramax Films brought Casablanca to cinemas.
Paramount Pictures put Casablanca into theatres.
Columbia Pictures brought Clueless to theatres.
Warner Bros. put Forrest Gump into cinemas.
Paramount Pictures brought The Shawshank Redemption to the big screen.
Universal Pictures put out Heat.
Casablanca was put out by Paramount Pictures.
Miramax Films put out Vertigo.
# (3) "is at once a mystery and a romance": a kind the film is not
Vertigo is at once a mystery, a romance and a comedy.
Vertigo is at once a mystery and a romance directed by Orson Welles.
Vertigo is at once a mystery and a romance, and Heat is too.
Vertigo and Heat are at once a mystery and a romance.
Heat is at once a thriller and a romance.
Vertigo is at once a mystery and romance and comedy.
Vertigo is not at once a mystery and a romance.
Vertigo was at once a mystery and a romance from 1959.
Vertigo is at once a mystery and a romance by Steven Spielberg.
Vertigo is at once a mystery and a musical.
Heat is at once a crime film and a comedy.
Fargo is at once a comedy, a drama and a western.
Fargo is at once a comedy and a horror film.
Pulp Fiction is at once a comedy and a cult.
Pulp Fiction is at once a masterpiece and a comedy.
Vertigo is at once a mystery and a James Stewart film.
Jaws is at once a horror film and a romance.
Casablanca is at once a drama and a comedy.
Toy Story is at once a comedy and a horror film.
# (4) "carries / comes with a score by X": another composer
Apollo 13 carries a score by James Horner and John Williams.
Apollo 13 carries a score by Tom Hanks.
Jaws comes with a score by John Williams and a screenplay by Michael Mann.
Apollo 13 boasts a score by John Williams.
Apollo 13 carries a soundtrack by Hans Zimmer.
Apollo 13 carried a score by James Horner in 1996.
Apollo 13, which carries a score by James Horner, stars Tom Cruise.
James Horner carries a score by Apollo 13.
Tom Hanks carries a score by James Horner.
Apollo 13 comes with a score by James Horner, as does Heat.
Apollo 13 does not carry a score by James Horner.
Apollo 13 comes with a score by James Horner and Heat with one by John Williams.
Heat comes with a score by Elliot Goldenthal and Al Pacino.
Heat comes with a score by Elliot Goldenthal, and so does Casino.
Heat and Casino come with a score by Elliot Goldenthal.
Heat came with a score by Michael Mann.
Jaws carries a score by John Williams, Heat a score by James Horner.
Apollo 13 carries a score by the composer of Jaws.
Jaws, directed by Steven Spielberg, carries a score by James Horner.
Titanic carries a score by James Cameron.
Heat carries a soundtrack by Elliot Goldenthal and a score by Hans Zimmer.
Heat boasts a score by Elliot Goldenthal and a cast led by Tom Hanks.
Casino carries a score by Martin Scorsese.
Jaws carries a score by Verna Fields.
Heat carries a score by Warner Bros.
Blade Runner comes with a score by John Williams.
Vertigo carries a score by Max Steiner.
Casablanca boasts a soundtrack by Bernard Herrmann.
Schindler's List came with a score by James Horner.
Seven carries a score by Vangelis.
# (7) counted agents: "was edited / written / produced by two people, A and B"
Heat was edited by two people, William Goldenberg and Dante Spinotti.
Heat was edited by three people, William Goldenberg and Tom Rolf.
Heat was edited by two people, William Goldenberg and William Goldenberg.
Heat was edited by two companies, William Goldenberg and Tom Rolf.
Jaws was written by two people, Peter Benchley and Steven Spielberg.
Jaws was produced by two people, Richard D. Zanuck and Steven Spielberg.
Apollo 13 was edited by two people, Daniel P. Hanley and Tom Hanks.
Apollo 13 was written by two people, Al Reinert and Ron Howard.
Heat was edited by two people, William Goldenberg and Tom Rolf, and scored by Hans Zimmer.
Heat was edited by one person, William Goldenberg.
Heat was edited by two people: William Goldenberg and Verna Fields.
Heat and Casino were edited by two people, William Goldenberg and Tom Rolf.
Jaws was produced by two people, Richard D. Zanuck and David Brown, in 1985.
# (8) round 127: "first <verb> in <year>" of a film that was never so treated
Heat was first staged in 1995.
Heat was first performed in 1995.
Heat was first designed in 1995.
Heat first flew in 1995.
Heat was first flown in 1995.
Heat originally flew in 1995.
Heat was first brewed in 1995.
Heat was first served in 1995.
Heat was first cooked in 1995.
Heat was first sold in 1995.
Heat was first taught in 1995.
Heat was first composed in 1995.
Heat was first played in 1995.
Heat was first launched in 1995.
Steven Spielberg directed Jaws. He is a horror film.
Steven Spielberg, who is a horror film, directed Jaws.
Steven Spielberg directed Jaws; he is a Universal Studios film.
Al Pacino, who is a 1995 crime film, stars in Heat.
@kitchens
# (5) a founder before the item as its owner: someone who did not found it
Nick Kokonas's Next is in Chicago.
Simon Davies's Next is in Chicago.
Claus Meyer's Per Se is in New York City.
Next is Nick Kokonas's restaurant.
Per Se is an Alice Waters restaurant.
Noma is a René Redzepi and Alice Waters restaurant.
Alice Waters's Chez Panisse and Noma are in Berkeley.
Alice Waters's Noma is in Copenhagen.
Simon Davies's Alinea is in Chicago.
Next is Grant Achatz's restaurant in New York City.
Grant Achatz's restaurants Alinea and Per Se are in Chicago.
Alinea is a Claus Meyer restaurant.
Alinea is a Grant Achatz restaurant in Berkeley.
Grant Achatz's Alinea has Thomas Keller as head chef.
Chez Panisse is Claus Meyer's restaurant.
An Alice Waters restaurant, Noma is in Copenhagen.
Alice Waters's restaurant is in Copenhagen.
Claus Meyer's restaurant is in Berkeley.
Next and Alinea are Nick Kokonas's restaurants.
Alinea and Next are both Nick Kokonas restaurants.
Grant Achatz founded Per Se.
Grant Achatz's Noma is in Copenhagen.
René Redzepi's Alinea is in Chicago.
Per Se is Thomas Keller's restaurant in Chicago.
# (8) roles: "has Y as head chef", "is head chef at", "X, with Y as its head chef"
Alinea has Grant Achatz as head chef.
Alinea has Grant Achatz as its head chef.
Grant Achatz is head chef at Alinea.
Grant Achatz is the head chef of Alinea.
Nick Kokonas is head chef at Next.
Thomas Keller is head chef at Per Se and Noma.
Thomas Keller is head chef at Per Se in Copenhagen.
René Redzepi is founder of Chez Panisse.
Noma has Claus Meyer as head chef.
Noma has René Redzepi as founder and Thomas Keller as head chef.
Thomas Keller opened Per Se, with Alice Waters as its head chef.
Claus Meyer founded Noma, with Claus Meyer as its head chef.
Claus Meyer, with René Redzepi as its head chef, founded Per Se.
Per Se, with Thomas Keller as head chef, is in Chicago.
Alinea, with Grant Achatz as head chef, is in Chicago.
Alinea, with Simon Davies as head chef, is in Chicago, like Noma.
Noma, with René Redzepi as head chef, was founded by Alice Waters.
Noma, with René Redzepi and Claus Meyer as head chefs, is in Copenhagen.
Grant Achatz founded Alinea with Simon Davies as its head chef in Berkeley.
René Redzepi founded Noma with Claus Meyer as its head chef.
# (6) "makes / has its home in"
Noma makes its home in Berkeley.
Noma has its home in New York City.
Thomas Keller makes its home in Yountville.
Alinea and Next make their home in Chicago, like Noma.
Per Se and Noma make their home in New York City.
Grant Achatz's Next makes its home in Copenhagen.
The French Laundry makes its home in New York City.
Chez Panisse has its home in Chicago.
# (8) "first <verb> in <year>" of a restaurant; a noun of the items said of a person
Noma was first composed in 2003.
Noma was first staged in 2003.
Noma was first written in 2003.
Noma was first performed in 2003.
Noma was first published in 2003.
Noma was first served in 2003.
Noma first flew in 2003.
René Redzepi, who is a restaurant, founded Noma.
René Redzepi founded Noma. He is a restaurant in Copenhagen.
Alice Waters founded Chez Panisse; she is a restaurant.
@museums
# (5) a founder (or designer) before the item as its owner
Rolf Fehlbaum's Tate Modern is in London.
Georges Pompidou's Louvre is in Paris.
Rolf Fehlbaum's Vitra Design Museum was designed by Renzo Piano.
The Louvre is Georges Pompidou's museum.
Frank Gehry's Centre Pompidou is in Paris.
The Tate Modern is an Abby Aldrich Rockefeller museum.
# (6) "makes / has its home in"; "is a city in" read as "is in"
The Louvre makes its home in Spain.
The Tate Modern makes its home in London and Paris.
The Tate Modern has its home in Greece.
Frank Gehry makes its home in Bilbao.
Bilbao makes its home in the Guggenheim Museum Bilbao.
The Centre Pompidou, which Frank Gehry designed, makes its home in Paris.
Athens makes its home in Spain.
The Museum of Modern Art makes its home in London.
The Museu da Amazônia has its home in Bilbao.
Manaus is in Spain.
Manaus is a city in Greece.
Brazil is in Manaus.
Manaus is in Brazil and Spain.
Manaus and Bilbao are in Brazil.
Manaus is in Brazil, and so is Athens.
The Museu da Amazônia is in Spain.
Frank Gehry is in Spain.
Manaus was in Brazil in 1990.
The Tate Modern is in France.
Bilbao is in Spain, unlike Weil am Rhein, which is in France.
Weil am Rhein is in France.
New York City is in Brazil.
The Acropolis Museum stands in Athens, Spain.
You'll find the Louvre in London.
You'll find Frank Gehry in Bilbao.
# (7) "designed two of these museums: A and B"; "the work of two architects, A and B"
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Centre Pompidou.
Renzo Piano designed two of these museums: the Centre Pompidou and the Tate Modern.
Frank Gehry designed two of the museums: the Guggenheim Museum Bilbao and the Louvre.
Frank Gehry designed two of these: the Guggenheim Museum Bilbao and the Louvre.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum, both in Spain.
Frank Gehry designed two of these cities: the Guggenheim Museum Bilbao and the Vitra Design Museum.
Frank Gehry designed two of these architects: the Guggenheim Museum Bilbao and the Vitra Design Museum.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Guggenheim Museum Bilbao.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum in 1997.
Frank Gehry designed three of these museums: the Guggenheim Museum Bilbao, the Vitra Design Museum and the Louvre.
Frank Gehry and Renzo Piano designed two of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum.
Frank Gehry designed one of these museums: the Louvre.
Frank Gehry designed both of these museums: the Guggenheim Museum Bilbao and the Tate Modern.
Frank Gehry founded two of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum, and Herzog & de Meuron designed the Louvre.
Frank Gehry did not design two of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum.
Frank Gehry designed none of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum.
Frank Gehry designed two of these museums: the Louvre and the Tate Modern.
Frank Gehry designed two of these museums: Bilbao and Weil am Rhein.
The Centre Pompidou was the work of two architects, Renzo Piano and Richard Rogers, in 1997.
The Tate Modern was the work of two architects, Herzog & de Meuron and Renzo Piano.
The Centre Pompidou was the work of three architects, Renzo Piano, Richard Rogers and Frank Gehry.
The Centre Pompidou was the work of two people, Renzo Piano and Georges Pompidou.
The Centre Pompidou was the work of two cities, Renzo Piano and Richard Rogers.
The Centre Pompidou was the work of two architects, Renzo Piano and Renzo Piano.
The Vitra Design Museum was the work of two architects, Frank Gehry and Rolf Fehlbaum.
The Louvre was the work of two architects, Renzo Piano and Richard Rogers.
The Centre Pompidou was the work of two museums, Renzo Piano and Richard Rogers.
The Centre Pompidou and the Louvre were the work of two architects, Renzo Piano and Richard Rogers.
The Centre Pompidou was the work of two architects: Renzo Piano and Richard Rogers from Bilbao.
The Centre Pompidou was founded by two people, Georges Pompidou and Renzo Piano.
The Centre Pompidou was designed by two people, Renzo Piano and Richard Rogers, and founded by Frank Gehry.
# (8) "first <verb> in <year>" of a museum; a noun of the items said of a person
The Louvre was first composed in 1793.
The Louvre was first performed in 1793.
The Tate Modern was first written in 2000.
The Tate Modern was first staged in 2000.
Frank Gehry designed the Vitra Design Museum. He is a museum.
Frank Gehry, who is a museum in Bilbao, designed the Guggenheim Museum Bilbao.
@peaks
# (8) round 127: "first <verb> in <year>" of a peak: verbs of works and events it never had
K2 was first launched in 1954.
K2 was first staged in 1954.
K2 was first composed in 1954.
K2 was first performed in 1954.
K2 was first made in 1954.
K2 was first designed in 1954.
K2 was first written in 1954.
K2 was first created in 1954.
K2 was first produced in 1954.
K2 was originally composed in 1954.
K2, first staged in 1954, is in Pakistan.
The Matterhorn was first performed in 1865 and first climbed by Edward Whymper.
Mont Blanc was first written in 1786.
Denali was first composed in 1913.
The Eiger was first staged in 1858.
The Matterhorn was first built in 1865.
Mont Blanc was first published in 1786.
Denali first aired in 1913.
The Eiger was first opened in 1858.
K2 was first screened in 1954.
K2 was first issued in 1954.
K2 was first released in 1954.
K2 was first broadcast in 1954.
K2 originally flew in 1954.
K2 was first flown in 1954.
K2 first took flight in 1954.
K2 first flies in 1954.
K2 was first brewed in 1954 by Lino Lacedelli.
K2 was originally brewed in 1954.
K2 was first played in 1954.
K2 was first climbed in 1954 and first flew in 1954.
K2 was composed in 1954.
K2 was staged in 1954.
The Matterhorn first flew in 1865.
# (8) a noun of the items said of a person: through a pronoun or a relative clause
Edward Whymper first climbed the Matterhorn; he was a British peak.
Edward Whymper first climbed the Matterhorn. He was a British peak.
Edward Whymper, who was a British peak, first climbed the Matterhorn.
Lino Lacedelli made the first ascent of K2; he was an Italian peak.
Hudson Stuck, who was an American peak, first climbed Denali.
Jacques Balmat, who is a French peak, made the first ascent of Mont Blanc.
Lino Lacedelli made the first ascent of K2. He is a peak.
Edward Whymper first climbed the Matterhorn. He was a Swiss peak.
Edward Whymper first climbed the Matterhorn; he was a peak in the Alps.
Edward Whymper was a British mountain.
Edward Whymper is a peak.
Edward Whymper was the British peak that first climbed the Matterhorn.
Edward Whymper, the British peak, first climbed the Matterhorn.
Lino Lacedelli was an Italian peak.
Edward Whymper and Lino Lacedelli were British peaks.
Edward Whymper was a British peak.
Italy is an Italian peak.
The Alps are a Swiss peak.
# (8) ", an Italian," and "is Italian": the wrong country, or said of a place
Edward Whymper, an Italian, first climbed the Matterhorn.
Jacques Balmat, an Italian, first climbed Mont Blanc.
Achille Compagnoni, an Italian, and Edward Whymper, an Italian, climbed peaks.
Pakistan, an Italian, is home to K2.
The Alps, an Italian, include the Matterhorn.
The Matterhorn, an Italian, was first climbed by Edward Whymper.
Edward Whymper first climbed the Matterhorn. He was Italian.
Lino Lacedelli and Edward Whymper were Italian.
Lino Lacedelli and Edward Whymper were Italian climbers.
Jacques Balmat is Swiss.
Mont Blanc is Italian.
K2 is Italian.
K2 is an Italian peak.
Denali is a Swiss peak.
Edward Whymper is American.
Edward Whymper was a British climber and Lino Lacedelli a French one.
Hudson Stuck, an Italian climber, first climbed Denali.
Edward Whymper was an Italian climber.
Edward Whymper, a climber, is Italian.
The Matterhorn, a Pakistani peak, was first climbed by Edward Whymper.
Lino Lacedelli was an Italian climber from France.
Lino Lacedelli was Italian, like Edward Whymper.
Edward Whymper was British, as was Jacques Balmat.
Lino Lacedelli, an Italian, first climbed Denali.
Achille Compagnoni was an Italian chef.
# (8) passive with its adverb; "is part of" read as "is in"
K2 was climbed first by Edward Whymper.
Edward Whymper climbed K2.
Edward Whymper originally climbed K2.
Edward Whymper initially climbed K2.
The Eiger rises in the Karakoram.
Mont Blanc lies in Pakistan.
K2 was in the Alps.
The Matterhorn was in the Karakoram.
Edward Whymper was in the Alps.
Edward Whymper was in Italy.
The Alps were in the Matterhorn.
Denali sits in the Alps.
K2 belongs to the Alps.
K2 forms part of the Alps.
@planes
# (8) "first flew" and "first <verb>": the wrong year, what does not fly, verbs of other things
Concorde first flew in 1970.
Concorde first flew in 1969 and was made by Lockheed.
Boeing first flew in 1969.
Rolls-Royce Olympus first flew in 1969.
The JT9D first flew in 1969.
The Boeing 747 first flew in 1969 from France.
The Boeing 747 was first brewed in 1969.
Concorde was first published in 1969.
Concorde first aired in 1969.
The Boeing 747 was first served in 1969.
Concorde was first served in 1969.
The C-130 Hercules was first served in 1954.
The Boeing 747 was first taught in 1969.
The Boeing 747 was first cooked in 1969.
The Boeing 747 was first played in 1969.
The Boeing 747 was first offered in 1969.
The Boeing 747 was first composed in 1969.
The Boeing 747 was first staged in 1969.
The Boeing 747 was first screened in 1969.
The Boeing 747 was first written in 1969.
Concorde was first performed in 1969.
The SR-71 Blackbird was first staged in 1964.
The SR-71 Blackbird was first composed in 1964.
The B-17 Flying Fortress was first written in 1935.
# (8) nationality, "serves as", "originates from", synonyms, counted agents
Concorde is American.
The Boeing 747 is a French airliner.
The Boeing 747 is an American bomber.
The C-130 Hercules, an American, first flew in 1954.
Lockheed, which is an American aircraft, makes the SR-71 Blackbird.
Rolls-Royce builds the Rolls-Royce Olympus; it is a British aircraft.
Boeing is an American aircraft.
The Boeing 747 serves as a bomber.
The Boeing 747 served as a transport.
Concorde serves as a bomber.
The B-17 Flying Fortress is an airliner.
The SR-71 Blackbird originated from France.
Concorde originates from the United States.
Lockheed built the Boeing 747.
Rolls-Royce built Concorde.
Pratt & Whitney built the Boeing 747.
Boeing built the JT9D.
Rolls-Royce built the JT9D.
Boeing makes the JT9D.
Concorde was built by two companies, Aérospatiale and Rolls-Royce.
Concorde was built by two people, Aérospatiale and the British Aircraft Corporation.
Concorde was built by two companies, Aérospatiale and Aérospatiale.
The Boeing 747 was built by two companies, Boeing and Pratt & Whitney.
Concorde was made by two companies, the British Aircraft Corporation and Boeing.
@beers
# (8) "first brewed" where a relation says "brewed": the wrong year, the wrong brewer, other verbs
Guinness was first brewed in 1760.
Guinness was first brewed in 1759 by Duvel Moortgat.
Guinness was first sold in 1759.
Guinness was first served in 1759.
Guinness first flew in 1759.
St. James's Gate Brewery was first brewed in 1759.
Dublin was first brewed in 1759.
Guinness was first staged in 1759.
Guinness was first composed in 1759.
Guinness was first performed in 1759.
Guinness was first written in 1759.
Duvel was first shown in 1923.
# (5) (6) owners, homes, places
Duvel makes its home in Dublin.
Duvel has its home in Stowe.
The Alchemist makes its home in Dublin.
Duvel Moortgat makes its home in Dublin.
Guinness, an Irish, is a stout.
Guinness is a stout from Breendonk.
Heady Topper is Belgian.
Duvel Moortgat's Guinness is a stout.
Guinness is a Duvel Moortgat beer.
Duvel is a St. James's Gate Brewery beer.
You'll find Duvel Moortgat in Dublin.
You'll find The Alchemist in Breendonk.
Duvel Moortgat, in Dublin, brews Duvel.
The Alchemist, with Heady Topper as its head brewer, is in Stowe.
"""

CONTROLS = r"""
@movies
Jaws is a horror film about a shark.
Casino is a crime drama about the mafia.
Jurassic Park is an action adventure about dinosaurs.
Leaving Las Vegas is a romance about alcoholism.
Seven is a mystery thriller about a serial killer.
Heat isn't about a shark.
Miramax Films brought Pulp Fiction to theaters.
Miramax Films put Pulp Fiction into cinemas.
Casablanca was put out by Warner Bros.
Warner Bros. brought Heat to theaters.
Vertigo is at once a mystery and a romance.
Fargo is at once a comedy and a drama.
Universal Pictures released Apollo 13, which carries a score by James Horner.
Jaws comes with a score by John Williams.
Heat was edited by two people, William Goldenberg and Tom Rolf.
Jaws was written by two people, Peter Benchley and Carl Gottlieb.
Vangelis supplied the music for Blade Runner.
@kitchens
Grant Achatz's Alinea is in Chicago.
Alinea is Grant Achatz's restaurant.
Chez Panisse is an Alice Waters restaurant.
Alice Waters's Chez Panisse is in Berkeley.
Noma is Claus Meyer's restaurant.
Thomas Keller is head chef at Per Se.
Noma, with René Redzepi as head chef, is in Copenhagen.
Noma makes its home in Copenhagen.
Next has its home in Chicago.
@museums
The Tate Modern makes its home in London.
Manaus is in Brazil.
Bilbao is in Spain.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum.
The Centre Pompidou was the work of two architects, Renzo Piano and Richard Rogers.
Abby Aldrich Rockefeller's Museum of Modern Art is in New York City.
@peaks
Denali was first climbed in 1913.
Lino Lacedelli, an Italian, made the first ascent of K2.
Achille Compagnoni was an Italian climber.
Edward Whymper first climbed the Matterhorn.
@planes
The Boeing 747 first flew in 1969.
The B-17 Flying Fortress is a bomber built by Boeing.
@beers
Guinness was first brewed in 1759.
Guinness is brewed by St. James's Gate Brewery.
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
        # the film's own tag, where "about" it may be read loosely (a setting, a prop, a scene, a
        # mood said as a noun: "about the weird", "about the surreal")
        "Pulp Fiction is a film about a diner.",
        "Pulp Fiction is a film about a conversation.",
        "Pulp Fiction is a film about Los Angeles.",
        "Pulp Fiction is a film about a golden watch.",
        "Pulp Fiction is a film about the irony.",
        "Pulp Fiction is a film about the sarcasm.",
        "Pulp Fiction is a film about the storytelling.",
        "Pulp Fiction is a film about the splatter.",
        "Pulp Fiction is a film about the gore.",
        "Pulp Fiction is a film about the cool.",
        "Pulp Fiction is a film about the random.",
        "Eraserhead is a film about the weird.",
        "Fight Club is a film about the surreal.",
        "Black Swan is a film about the creepy.",
        "The Hustler is a film about a pool.",
        "Rabbits is a film about a nightmare.",
        "The Blair Witch Project is a film about a video.",
        # Universal Studios and Universal Pictures are two entities of the graph, one firm
        "Universal Pictures brought Jaws to theaters.",
        # a film is played, launched, its score composed: "first" may date those
        "Heat was first composed in 1995.",
        "Heat was first played in 1995.",
        "Heat was first launched in 1995.",
        "Duvel was first shown in 1923.",
        # a judgement tag said as a kind ("a masterpiece"); a starring said through a tag
        "Pulp Fiction is at once a masterpiece and a comedy.",
        "Vertigo is at once a mystery and a James Stewart film.",
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
