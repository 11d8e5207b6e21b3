"""Red team round 142: this round's new readings (CHANGES.diff). A cleft "It was X who / that V Y"
is read as "X V Y"; "Take A and B: ..." frames names as "Consider" does; "You loved X, which V Y, as
does / and so does Z" repeats the relative clause's predicate when the outer clause is the user's
claim; a gapped clause may keep "during", "about", "along", "around", "against", "within",
"among", "behind", "beyond"; a bridge's "spans" also reads "crosses", "over", "across",
"spanning", and a bare preposition after the item's kind noun is said of the item; "is made of"
also reads "was built / constructed with"; a relation to a period whose phrase ends in "during"
also reads "dates from", "is from", "from", "lived in / during", "existed during / in"; "is a
member of" / "belongs to" / "is part of" a group also reads "is a"; one-syllable verbs double
their last consonant ("spanned").

Four graphs of my own:

* bridges: bridges, footbridges, a viaduct and an aqueduct that span rivers (two "Millennium
  Bridge"s, on the Thames and on the Tyne), tunnels that run under rivers and a castle that
  overlooks one; kinds of bridge said "is a"; materials, builders (companies), designers
  (people); the era each was built during and the era three were restored during (both phrases
  in "during"); roads and railways carried; a user with ratings;
* prehistory: dinosaurs, a mammal, a bird, a synapsid and a pterosaur; the period (or epoch) each
  lived during, the group or clade each "is a member of", the family each "belongs to", diets
  said "was a", who named each, where each was found and is displayed; the era each was
  discovered during; paleontologists with the city they lived in and the era they were active
  during; a user with ratings;
* arts: works of music, painting and writing (the period each dates from, styles, museums) and
  the people who made them (the period each lived during; the era some works and people were
  rediscovered during, the era two saints were canonized during; the family, circle or religious
  order each belongs to; occupations said "was a"; topics written about, ideas argued for and
  against); a user with ratings;
* outdoors: trails that run along rivers and borders, national parks that lie within counties,
  explorers who sailed around islands, naturalists who lived among animals, drivers who finished
  behind others, teams that won against others, moons that revolve around planets and belts that
  lie beyond them (the prepositions a gapped clause may now keep); a user with ratings.

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


def bridges():
    """Bridges, viaducts and an aqueduct that span rivers, next to tunnels that run under them and a
    castle that overlooks one; the era each was built in and the era some were restored in (both
    phrases end in "during"); materials, builders (companies), designers (people), kinds of bridge."""
    span_kinds = ("bridge", "footbridge", "viaduct", "aqueduct")
    rels = [
        R("crosses", phrase="spans", inverse_phrase="is spanned by", domain=span_kinds,
          range=("river", "estuary", "canal")),
        R("runs_under", phrase="runs under", inverse_phrase="lies above", domain=("tunnel",),
          range=("river", "strait")),
        R("overlooks", phrase="overlooks", inverse_phrase="is overlooked by", domain=("castle",), range=("river",)),
        R("bridge_type", phrase="is a", inverse_phrase="is the design of", domain=span_kinds, range=("structure",)),
        R("made_of", phrase="is made of", inverse_phrase="is a material of", range=("material",)),
        R("built_by", phrase="was built by", inverse_phrase="built", range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", range=("engineer", "architect")),
        R("located_in", phrase="stands in", inverse_phrase="is home to", range=("city",)),
        R("built_during", phrase="was built during", inverse_phrase="saw the building of", range=("era", "period", "age")),
        R("restored_during", phrase="was restored during", inverse_phrase="saw the restoration of",
          range=("era", "period")),
        R("carries", phrase="carries", inverse_phrase="is carried by", range=("railway", "road")),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", range=("style",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:tower": ("bridge", "Tower Bridge", 1894), "b:tyne": ("bridge", "Tyne Bridge", 1928),
        "b:millennium": ("footbridge", "Millennium Bridge", 2000),
        "b:gateshead": ("footbridge", "Gateshead Millennium Bridge", 2001),
        "b:brooklyn": ("bridge", "Brooklyn Bridge", 1883), "b:forth": ("bridge", "Forth Bridge", 1890),
        "b:gard": ("aqueduct", "Pont du Gard", None), "b:glenfinnan": ("viaduct", "Glenfinnan Viaduct", 1901),
        "b:rialto": ("bridge", "Rialto Bridge", 1591),
        "t:channel": ("tunnel", "Channel Tunnel", 1994), "t:blackwall": ("tunnel", "Blackwall Tunnel", 1897),
        "c:tower": ("castle", "Tower of London", 1078),
    }
    others = {
        "w:thames": ("river", "River Thames"), "w:tyne": ("river", "River Tyne"), "w:east": ("river", "East River"),
        "w:gardon": ("river", "Gardon"), "w:finnan": ("river", "River Finnan"), "w:grand": ("canal", "Grand Canal"),
        "w:forth": ("estuary", "Firth of Forth"), "w:dover": ("strait", "Strait of Dover"),
        "y:london": ("city", "London"), "y:newcastle": ("city", "Newcastle"), "y:gateshead": ("city", "Gateshead"),
        "y:newyork": ("city", "New York"), "y:queensferry": ("city", "Queensferry"),
        "y:vers": ("city", "Vers-Pont-du-Gard"), "y:glenfinnan": ("city", "Glenfinnan"), "y:venice": ("city", "Venice"),
        "k:bascule": ("structure", "Bascule bridge"), "k:arch": ("structure", "Arch bridge"),
        "k:suspension": ("structure", "Suspension bridge"), "k:tilt": ("structure", "Tilt bridge"),
        "k:cantilever": ("structure", "Cantilever bridge"),
        "m:steel": ("material", "steel"), "m:granite": ("material", "granite"), "m:limestone": ("material", "limestone"),
        "m:concrete": ("material", "concrete"), "m:istrian": ("material", "Istrian stone"),
        "m:caen": ("material", "Caen stone"), "m:iron": ("material", "wrought iron"),
        "o:arrol": ("company", "Sir William Arrol & Co."), "o:dorman": ("company", "Dorman Long"),
        "o:mcalpine": ("company", "Robert McAlpine"), "o:tml": ("company", "TransManche Link"),
        "p:jones": ("architect", "Horace Jones"), "p:barry": ("engineer", "John Wolfe Barry"),
        "p:mott": ("engineer", "Mott, Hay and Anderson"), "p:foster": ("architect", "Norman Foster"),
        "p:wilkinson": ("architect", "Wilkinson Eyre"), "p:roebling": ("engineer", "John A. Roebling"),
        "p:fowler": ("engineer", "John Fowler"), "p:baker": ("engineer", "Benjamin Baker"),
        "p:ponte": ("architect", "Antonio da Ponte"),
        "e:victorian": ("era", "Victorian era"), "e:gilded": ("age", "Gilded Age"),
        "e:interwar": ("period", "interwar period"), "e:roman": ("period", "Roman period"),
        "e:second": ("era", "Second Empire"), "e:renaissance": ("period", "Renaissance"),
        "e:norman": ("period", "Norman period"), "e:edwardian": ("era", "Edwardian era"),
        "e:postwar": ("period", "postwar period"),
        "r:a100": ("road", "A100"), "r:a167": ("road", "A167"), "r:whl": ("railway", "West Highland Line"),
        "r:fife": ("railway", "Fife Circle Line"),
        "s:gothic": ("style", "Gothic Revival"), "s:deco": ("style", "Art Deco"),
    }
    T = [
        ("b:tower", "crosses", "w:thames"), ("b:tyne", "crosses", "w:tyne"), ("b:millennium", "crosses", "w:thames"),
        ("b:gateshead", "crosses", "w:tyne"), ("b:brooklyn", "crosses", "w:east"), ("b:forth", "crosses", "w:forth"),
        ("b:gard", "crosses", "w:gardon"), ("b:glenfinnan", "crosses", "w:finnan"), ("b:rialto", "crosses", "w:grand"),
        ("t:channel", "runs_under", "w:dover"), ("t:blackwall", "runs_under", "w:thames"),
        ("c:tower", "overlooks", "w:thames"),
        ("b:tower", "bridge_type", "k:bascule"), ("b:tyne", "bridge_type", "k:arch"),
        ("b:millennium", "bridge_type", "k:suspension"), ("b:gateshead", "bridge_type", "k:tilt"),
        ("b:brooklyn", "bridge_type", "k:suspension"), ("b:forth", "bridge_type", "k:cantilever"),
        ("b:gard", "bridge_type", "k:arch"), ("b:rialto", "bridge_type", "k:arch"),
        ("b:tower", "made_of", "m:steel"), ("b:tower", "made_of", "m:granite"), ("b:tyne", "made_of", "m:steel"),
        ("b:millennium", "made_of", "m:steel"), ("b:gateshead", "made_of", "m:steel"),
        ("b:brooklyn", "made_of", "m:granite"), ("b:brooklyn", "made_of", "m:limestone"),
        ("b:brooklyn", "made_of", "m:steel"), ("b:forth", "made_of", "m:steel"), ("b:gard", "made_of", "m:limestone"),
        ("b:glenfinnan", "made_of", "m:concrete"), ("b:rialto", "made_of", "m:istrian"), ("c:tower", "made_of", "m:caen"),
        ("b:tower", "built_by", "o:arrol"), ("b:forth", "built_by", "o:arrol"), ("b:tyne", "built_by", "o:dorman"),
        ("b:glenfinnan", "built_by", "o:mcalpine"), ("t:channel", "built_by", "o:tml"),
        ("b:tower", "designed_by", "p:jones"), ("b:tower", "designed_by", "p:barry"), ("b:tyne", "designed_by", "p:mott"),
        ("b:millennium", "designed_by", "p:foster"), ("b:gateshead", "designed_by", "p:wilkinson"),
        ("b:brooklyn", "designed_by", "p:roebling"), ("b:forth", "designed_by", "p:fowler"),
        ("b:forth", "designed_by", "p:baker"), ("b:rialto", "designed_by", "p:ponte"),
        ("b:tower", "located_in", "y:london"), ("b:millennium", "located_in", "y:london"),
        ("b:tyne", "located_in", "y:newcastle"), ("b:gateshead", "located_in", "y:gateshead"),
        ("b:brooklyn", "located_in", "y:newyork"), ("b:forth", "located_in", "y:queensferry"),
        ("b:gard", "located_in", "y:vers"), ("b:glenfinnan", "located_in", "y:glenfinnan"),
        ("b:rialto", "located_in", "y:venice"), ("c:tower", "located_in", "y:london"),
        ("t:blackwall", "located_in", "y:london"),
        ("b:tower", "built_during", "e:victorian"), ("b:forth", "built_during", "e:victorian"),
        ("b:glenfinnan", "built_during", "e:victorian"), ("t:blackwall", "built_during", "e:victorian"),
        ("b:brooklyn", "built_during", "e:gilded"), ("b:tyne", "built_during", "e:interwar"),
        ("b:gard", "built_during", "e:roman"), ("b:rialto", "built_during", "e:renaissance"),
        ("c:tower", "built_during", "e:norman"),
        ("b:gard", "restored_during", "e:second"), ("c:tower", "restored_during", "e:victorian"),
        ("b:brooklyn", "restored_during", "e:postwar"),
        ("b:tower", "carries", "r:a100"), ("b:tyne", "carries", "r:a167"), ("b:glenfinnan", "carries", "r:whl"),
        ("b:forth", "carries", "r:fife"),
        ("b:tower", "style", "s:gothic"), ("b:tyne", "style", "s:deco"),
        ("user:nia", "rated", "b:tower", {"rating": 5.0}), ("user:nia", "rated", "b:tyne", {"rating": 4.5}),
        ("user:nia", "rated", "t:channel", {"rating": 4.0}), ("user:nia", "rated", "b:forth", {"rating": 2.0}),
        ("user:nia", "rated", "b:gard", {"rating": 5.0}), ("user:nia", "rated", "c:tower", {"rating": 1.0}),
        ("user:nia", "rated", "b:millennium", {"rating": 1.5}),
    ]
    aliases = {"w:thames": ("the Thames", "Thames"), "w:tyne": ("the Tyne", "Tyne"), "w:forth": ("the Forth",),
               "p:roebling": ("John Roebling",)}
    return _build(items, others, rels, T, users=[("user:nia", "Nia")], aliases=aliases)


def prehistory():
    """Dinosaurs and other fossil animals: the period each lived during (periods, an epoch), the
    group or clade each is a member of, the family each belongs to, diets said "was a", who named
    each and where each was found; the era each was discovered during (a phrase in "during" too);
    paleontologists with a city they lived in, the era they were active during and the museum they
    worked for."""
    animals = ("dinosaur", "mammal", "bird", "synapsid", "pterosaur")
    rels = [
        R("lived_during", phrase="lived during", inverse_phrase="was the time of", domain=animals,
          range=("period", "epoch")),
        R("member_of", phrase="is a member of", inverse_phrase="includes", domain=animals, range=("group", "clade")),
        R("in_family", phrase="belongs to", inverse_phrase="includes the genus", domain=animals, range=("family",)),
        R("diet", phrase="was a", inverse_phrase="was the diet of", domain=animals, range=("diet",)),
        R("named_by", phrase="was named by", inverse_phrase="named", domain=animals, range=("paleontologist",)),
        R("found_in", phrase="was found in", inverse_phrase="yielded", domain=animals,
          range=("country", "formation", "region")),
        R("displayed_in", phrase="is displayed in", inverse_phrase="displays", domain=animals, range=("museum",)),
        R("discovered_during", phrase="was discovered during", inverse_phrase="saw the discovery of", domain=animals,
          range=("era", "age", "period")),
        R("museum_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("paleontologist",),
          range=("city",)),
        R("lived_in", phrase="lived in", inverse_phrase="was home to", domain=("paleontologist",), range=("city",)),
        R("active_during", phrase="was active during", inverse_phrase="saw the work of", domain=("paleontologist",),
          range=("era", "age")),
        R("worked_for", phrase="worked for", inverse_phrase="employed", domain=("paleontologist",), range=("museum",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "d:iguanodon": ("dinosaur", "Iguanodon", 1825), "d:stegosaurus": ("dinosaur", "Stegosaurus", 1877),
        "d:tyrannosaurus": ("dinosaur", "Tyrannosaurus", 1905), "d:brachiosaurus": ("dinosaur", "Brachiosaurus", 1903),
        "d:velociraptor": ("dinosaur", "Velociraptor", 1924), "d:mammoth": ("mammal", "Woolly mammoth", 1799),
        "d:archaeopteryx": ("bird", "Archaeopteryx", 1861), "d:dimetrodon": ("synapsid", "Dimetrodon", 1878),
        "d:pterodactylus": ("pterosaur", "Pterodactylus", 1815),
    }
    others = {
        "q:early_k": ("period", "Early Cretaceous"), "q:late_k": ("period", "Late Cretaceous"),
        "q:late_j": ("period", "Late Jurassic"), "q:pleistocene": ("epoch", "Pleistocene"),
        "q:permian": ("period", "Permian"), "q:triassic": ("period", "Triassic"),
        "g:ornithopod": ("group", "Ornithopod"), "g:stegosaur": ("group", "Stegosaur"), "g:theropod": ("clade", "Theropod"),
        "g:sauropod": ("group", "Sauropod"), "g:avialae": ("clade", "Avialae"), "g:pterosaur": ("group", "Pterosaur"),
        "g:sphenacodontia": ("clade", "Sphenacodontia"), "g:proboscidean": ("group", "Proboscidean"),
        "f:iguanodontidae": ("family", "Iguanodontidae"), "f:stegosauridae": ("family", "Stegosauridae"),
        "f:tyrannosauridae": ("family", "Tyrannosauridae"), "f:brachiosauridae": ("family", "Brachiosauridae"),
        "f:dromaeosauridae": ("family", "Dromaeosauridae"), "f:elephantidae": ("family", "Elephantidae"),
        "f:archaeopterygidae": ("family", "Archaeopterygidae"),
        "x:herbivore": ("diet", "herbivore"), "x:carnivore": ("diet", "carnivore"),
        "p:mantell": ("paleontologist", "Gideon Mantell"), "p:marsh": ("paleontologist", "Othniel Charles Marsh"),
        "p:osborn": ("paleontologist", "Henry Fairfield Osborn"), "p:riggs": ("paleontologist", "Elmer Riggs"),
        "p:blumenbach": ("paleontologist", "Johann Friedrich Blumenbach"),
        "p:meyer": ("paleontologist", "Hermann von Meyer"), "p:cope": ("paleontologist", "Edward Drinker Cope"),
        "p:cuvier": ("paleontologist", "Georges Cuvier"),
        "c:england": ("country", "England"), "c:us": ("country", "United States"), "c:mongolia": ("country", "Mongolia"),
        "c:germany": ("country", "Germany"), "c:siberia": ("region", "Siberia"),
        "c:morrison": ("formation", "Morrison Formation"), "c:hellcreek": ("formation", "Hell Creek Formation"),
        "m:nhm": ("museum", "Natural History Museum"), "m:field": ("museum", "Field Museum"),
        "m:amnh": ("museum", "American Museum of Natural History"), "m:peabody": ("museum", "Peabody Museum"),
        "y:lewes": ("city", "Lewes"), "y:brighton": ("city", "Brighton"), "y:lockport": ("city", "Lockport"),
        "y:fairfield": ("city", "Fairfield"), "y:philadelphia": ("city", "Philadelphia"),
        "y:newhaven": ("city", "New Haven"), "y:chicago": ("city", "Chicago"), "y:london": ("city", "London"),
        "y:newyork": ("city", "New York"), "y:paris": ("city", "Paris"),
        "e:regency": ("era", "Regency era"), "e:gilded": ("age", "Gilded Age"), "e:progressive": ("era", "Progressive Era"),
        "e:interwar": ("period", "interwar period"), "e:victorian": ("era", "Victorian era"),
        "e:napoleonic": ("era", "Napoleonic era"),
    }
    T = [
        ("d:iguanodon", "lived_during", "q:early_k"), ("d:stegosaurus", "lived_during", "q:late_j"),
        ("d:tyrannosaurus", "lived_during", "q:late_k"), ("d:brachiosaurus", "lived_during", "q:late_j"),
        ("d:velociraptor", "lived_during", "q:late_k"), ("d:mammoth", "lived_during", "q:pleistocene"),
        ("d:archaeopteryx", "lived_during", "q:late_j"), ("d:dimetrodon", "lived_during", "q:permian"),
        ("d:pterodactylus", "lived_during", "q:late_j"),
        ("d:iguanodon", "member_of", "g:ornithopod"), ("d:stegosaurus", "member_of", "g:stegosaur"),
        ("d:tyrannosaurus", "member_of", "g:theropod"), ("d:brachiosaurus", "member_of", "g:sauropod"),
        ("d:velociraptor", "member_of", "g:theropod"), ("d:archaeopteryx", "member_of", "g:avialae"),
        ("d:pterodactylus", "member_of", "g:pterosaur"), ("d:dimetrodon", "member_of", "g:sphenacodontia"),
        ("d:mammoth", "member_of", "g:proboscidean"),
        ("d:iguanodon", "in_family", "f:iguanodontidae"), ("d:stegosaurus", "in_family", "f:stegosauridae"),
        ("d:tyrannosaurus", "in_family", "f:tyrannosauridae"), ("d:brachiosaurus", "in_family", "f:brachiosauridae"),
        ("d:velociraptor", "in_family", "f:dromaeosauridae"), ("d:mammoth", "in_family", "f:elephantidae"),
        ("d:archaeopteryx", "in_family", "f:archaeopterygidae"),
        ("d:iguanodon", "diet", "x:herbivore"), ("d:stegosaurus", "diet", "x:herbivore"),
        ("d:tyrannosaurus", "diet", "x:carnivore"), ("d:brachiosaurus", "diet", "x:herbivore"),
        ("d:velociraptor", "diet", "x:carnivore"), ("d:mammoth", "diet", "x:herbivore"),
        ("d:archaeopteryx", "diet", "x:carnivore"), ("d:dimetrodon", "diet", "x:carnivore"),
        ("d:pterodactylus", "diet", "x:carnivore"),
        ("d:iguanodon", "named_by", "p:mantell"), ("d:stegosaurus", "named_by", "p:marsh"),
        ("d:tyrannosaurus", "named_by", "p:osborn"), ("d:brachiosaurus", "named_by", "p:riggs"),
        ("d:velociraptor", "named_by", "p:osborn"), ("d:mammoth", "named_by", "p:blumenbach"),
        ("d:archaeopteryx", "named_by", "p:meyer"), ("d:dimetrodon", "named_by", "p:cope"),
        ("d:pterodactylus", "named_by", "p:cuvier"),
        ("d:iguanodon", "found_in", "c:england"), ("d:stegosaurus", "found_in", "c:us"),
        ("d:stegosaurus", "found_in", "c:morrison"), ("d:tyrannosaurus", "found_in", "c:us"),
        ("d:tyrannosaurus", "found_in", "c:hellcreek"), ("d:brachiosaurus", "found_in", "c:us"),
        ("d:brachiosaurus", "found_in", "c:morrison"), ("d:velociraptor", "found_in", "c:mongolia"),
        ("d:mammoth", "found_in", "c:siberia"), ("d:archaeopteryx", "found_in", "c:germany"),
        ("d:dimetrodon", "found_in", "c:us"), ("d:pterodactylus", "found_in", "c:germany"),
        ("d:iguanodon", "displayed_in", "m:nhm"), ("d:stegosaurus", "displayed_in", "m:nhm"),
        ("d:tyrannosaurus", "displayed_in", "m:field"), ("d:brachiosaurus", "displayed_in", "m:field"),
        ("d:velociraptor", "displayed_in", "m:amnh"), ("d:archaeopteryx", "displayed_in", "m:nhm"),
        ("d:stegosaurus", "displayed_in", "m:peabody"),
        ("d:iguanodon", "discovered_during", "e:regency"), ("d:stegosaurus", "discovered_during", "e:gilded"),
        ("d:brachiosaurus", "discovered_during", "e:gilded"), ("d:tyrannosaurus", "discovered_during", "e:progressive"),
        ("d:velociraptor", "discovered_during", "e:interwar"), ("d:archaeopteryx", "discovered_during", "e:victorian"),
        ("d:pterodactylus", "discovered_during", "e:napoleonic"),
        ("m:nhm", "museum_in", "y:london"), ("m:field", "museum_in", "y:chicago"), ("m:amnh", "museum_in", "y:newyork"),
        ("m:peabody", "museum_in", "y:newhaven"),
        ("p:mantell", "born_in", "y:lewes"), ("p:marsh", "born_in", "y:lockport"), ("p:osborn", "born_in", "y:fairfield"),
        ("p:cope", "born_in", "y:philadelphia"),
        ("p:mantell", "lived_in", "y:brighton"), ("p:marsh", "lived_in", "y:newhaven"),
        ("p:cope", "lived_in", "y:philadelphia"), ("p:riggs", "lived_in", "y:chicago"),
        ("p:osborn", "lived_in", "y:newyork"), ("p:cuvier", "lived_in", "y:paris"),
        ("p:mantell", "active_during", "e:regency"), ("p:marsh", "active_during", "e:gilded"),
        ("p:cope", "active_during", "e:gilded"), ("p:osborn", "active_during", "e:progressive"),
        ("p:cuvier", "active_during", "e:napoleonic"),
        ("p:riggs", "worked_for", "m:field"), ("p:osborn", "worked_for", "m:amnh"), ("p:marsh", "worked_for", "m:peabody"),
        ("user:ida", "rated", "d:tyrannosaurus", {"rating": 5.0}), ("user:ida", "rated", "d:brachiosaurus", {"rating": 4.5}),
        ("user:ida", "rated", "d:stegosaurus", {"rating": 2.0}), ("user:ida", "rated", "d:iguanodon", {"rating": 4.0}),
        ("user:ida", "rated", "d:mammoth", {"rating": 1.0}),
    ]
    aliases = {"p:marsh": ("Marsh", "O. C. Marsh"), "p:cope": ("Cope",), "p:mantell": ("Mantell",),
               "p:osborn": ("Osborn",), "p:riggs": ("Riggs",), "d:tyrannosaurus": ("Tyrannosaurus rex", "T. rex"),
               "d:mammoth": ("the woolly mammoth",)}
    return _build(items, others, rels, T, users=[("user:ida", "Ida")], aliases=aliases)


def arts():
    """Works of music, painting and writing and the people who made them: the period each work dates
    from, the period each person lived during, the era some works and people were rediscovered
    during, the era a saint was canonized during; families, circles and orders people belong to
    (a "family" of people, "groups" of writers and composers, religious "orders"); occupations said
    "was a"; topics written about, ideas argued for and against; museums, birthplaces."""
    rels = [
        R("composed_by", phrase="was composed by", inverse_phrase="composed", range=("person",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", range=("person",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", range=("person",)),
        R("dates_from", phrase="dates from", inverse_phrase="is the period of", range=("period", "era", "age")),
        R("lived_during", phrase="lived during", inverse_phrase="was the time of", domain=("person",),
          range=("period", "era", "age")),
        R("rediscovered_during", phrase="was rediscovered during", inverse_phrase="saw the rediscovery of",
          range=("period", "era")),
        R("canonized_during", phrase="was canonized during", inverse_phrase="saw the canonization of",
          domain=("person",), range=("period", "era")),
        R("in_family", phrase="belongs to", inverse_phrase="includes", domain=("person",), range=("family",)),
        R("in_group", phrase="is part of", inverse_phrase="has the member", domain=("person",), range=("group",)),
        R("in_order", phrase="is a member of", inverse_phrase="has the member", domain=("person",), range=("order",)),
        R("occupation", phrase="was a", inverse_phrase="was the occupation of", domain=("person",),
          range=("occupation",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("person",), range=("city",)),
        R("wrote_about", phrase="wrote about", inverse_phrase="was written about by", domain=("person",),
          range=("topic",)),
        R("argued_for", phrase="argued for", inverse_phrase="was argued for by", domain=("person",), range=("idea",)),
        R("argued_against", phrase="argued against", inverse_phrase="was argued against by", domain=("person",),
          range=("idea",)),
        R("kept_in", phrase="hangs in", inverse_phrase="holds", range=("museum",)),
        R("style", phrase="is in the style", inverse_phrase="is the style of", range=("style",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "w:passion": ("oratorio", "St Matthew Passion", 1727), "w:seasons": ("concerto", "The Four Seasons", 1725),
        "w:pearl": ("painting", "Girl with a Pearl Earring", 1665), "w:milkmaid": ("painting", "The Milkmaid", 1658),
        "w:danube": ("waltz", "The Blue Danube", 1866), "w:zarathustra": ("tone poem", "Also sprach Zarathustra", 1896),
        "w:ordo": ("morality play", "Ordo Virtutum", 1151), "w:dalloway": ("novel", "Mrs Dalloway", 1925),
        "w:passage": ("novel", "A Passage to India", 1924), "w:hobbit": ("novel", "The Hobbit", 1937),
        "w:pictures": ("suite", "Pictures at an Exhibition", 1874), "w:gloria": ("mass", "Gloria", 1961),
        "w:consequences": ("book", "The Economic Consequences of the Peace", 1919),
    }
    others = {
        "p:bach": ("person", "Johann Sebastian Bach"), "p:cpe": ("person", "Carl Philipp Emanuel Bach"),
        "p:vivaldi": ("person", "Antonio Vivaldi"), "p:vermeer": ("person", "Johannes Vermeer"),
        "p:strauss2": ("person", "Johann Strauss II"), "p:josef": ("person", "Josef Strauss"),
        "p:richard": ("person", "Richard Strauss"), "p:hildegard": ("person", "Hildegard of Bingen"),
        "p:joan": ("person", "Joan of Arc"), "p:aquinas": ("person", "Thomas Aquinas"),
        "p:woolf": ("person", "Virginia Woolf"), "p:forster": ("person", "E. M. Forster"),
        "p:keynes": ("person", "John Maynard Keynes"), "p:hayek": ("person", "Friedrich Hayek"),
        "p:tolkien": ("person", "J. R. R. Tolkien"), "p:lewis": ("person", "C. S. Lewis"),
        "p:poulenc": ("person", "Francis Poulenc"), "p:milhaud": ("person", "Darius Milhaud"),
        "p:mussorgsky": ("person", "Modest Mussorgsky"), "p:mendelssohn": ("person", "Felix Mendelssohn"),
        "e:baroque": ("period", "Baroque period"), "e:classical": ("period", "Classical period"),
        "e:romantic": ("era", "Romantic era"), "e:interwar": ("period", "interwar period"),
        "e:golden": ("age", "Dutch Golden Age"), "e:victorian": ("era", "Victorian era"),
        "e:late_ma": ("period", "Late Middle Ages"), "e:high_ma": ("period", "High Middle Ages"),
        "e:postwar": ("period", "postwar period"), "e:second": ("era", "Second Empire"),
        "e:edwardian": ("era", "Edwardian era"), "e:avignon": ("period", "Avignon Papacy"),
        "f:bach": ("family", "Bach family"), "f:strauss": ("family", "Strauss family"),
        "f:mendelssohn": ("family", "Mendelssohn family"),
        "g:bloomsbury": ("group", "Bloomsbury Group"), "g:inklings": ("group", "Inklings"), "g:six": ("group", "Les Six"),
        "g:five": ("group", "The Five"),
        "o:benedictine": ("order", "Benedictine Order"), "o:dominican": ("order", "Dominican Order"),
        "j:composer": ("occupation", "composer"), "j:painter": ("occupation", "painter"),
        "j:novelist": ("occupation", "novelist"), "j:economist": ("occupation", "economist"),
        "j:theologian": ("occupation", "theologian"), "j:abbess": ("occupation", "abbess"),
        "j:soldier": ("occupation", "soldier"),
        "y:eisenach": ("city", "Eisenach"), "y:weimar": ("city", "Weimar"), "y:venice": ("city", "Venice"),
        "y:delft": ("city", "Delft"), "y:vienna": ("city", "Vienna"), "y:munich": ("city", "Munich"),
        "y:domremy": ("city", "Domrémy"), "y:london": ("city", "London"), "y:cambridge": ("city", "Cambridge"),
        "y:bloemfontein": ("city", "Bloemfontein"), "y:paris": ("city", "Paris"), "y:hamburg": ("city", "Hamburg"),
        "t:middleearth": ("topic", "Middle-earth"), "t:narnia": ("topic", "Narnia"),
        "t:unemployment": ("topic", "unemployment"), "t:medicine": ("topic", "medicine"),
        "t:naturallaw": ("topic", "natural law"), "t:india": ("topic", "India"),
        "i:deficit": ("idea", "deficit spending"), "i:markets": ("idea", "free markets"),
        "i:planning": ("idea", "central planning"),
        "m:mauritshuis": ("museum", "Mauritshuis"), "m:rijks": ("museum", "Rijksmuseum"),
        "s:baroque": ("style", "Baroque"), "s:romantic": ("style", "Romanticism"), "s:modernism": ("style", "Modernism"),
    }
    T = [
        ("w:passion", "composed_by", "p:bach"), ("w:seasons", "composed_by", "p:vivaldi"),
        ("w:danube", "composed_by", "p:strauss2"), ("w:zarathustra", "composed_by", "p:richard"),
        ("w:ordo", "composed_by", "p:hildegard"), ("w:pictures", "composed_by", "p:mussorgsky"),
        ("w:gloria", "composed_by", "p:poulenc"),
        ("w:pearl", "painted_by", "p:vermeer"), ("w:milkmaid", "painted_by", "p:vermeer"),
        ("w:dalloway", "written_by", "p:woolf"), ("w:passage", "written_by", "p:forster"),
        ("w:hobbit", "written_by", "p:tolkien"), ("w:ordo", "written_by", "p:hildegard"),
        ("w:consequences", "written_by", "p:keynes"),
        ("w:passion", "dates_from", "e:baroque"), ("w:seasons", "dates_from", "e:baroque"),
        ("w:pearl", "dates_from", "e:golden"), ("w:milkmaid", "dates_from", "e:golden"),
        ("w:danube", "dates_from", "e:romantic"), ("w:zarathustra", "dates_from", "e:romantic"),
        ("w:ordo", "dates_from", "e:high_ma"), ("w:dalloway", "dates_from", "e:interwar"),
        ("w:passage", "dates_from", "e:interwar"), ("w:hobbit", "dates_from", "e:interwar"),
        ("w:pictures", "dates_from", "e:romantic"), ("w:gloria", "dates_from", "e:postwar"),
        ("w:consequences", "dates_from", "e:interwar"),
        ("p:bach", "lived_during", "e:baroque"), ("p:cpe", "lived_during", "e:classical"),
        ("p:vivaldi", "lived_during", "e:baroque"), ("p:vermeer", "lived_during", "e:golden"),
        ("p:strauss2", "lived_during", "e:romantic"), ("p:josef", "lived_during", "e:romantic"),
        ("p:richard", "lived_during", "e:romantic"), ("p:hildegard", "lived_during", "e:high_ma"),
        ("p:joan", "lived_during", "e:late_ma"), ("p:aquinas", "lived_during", "e:high_ma"),
        ("p:woolf", "lived_during", "e:interwar"), ("p:forster", "lived_during", "e:edwardian"),
        ("p:keynes", "lived_during", "e:interwar"), ("p:hayek", "lived_during", "e:postwar"),
        ("p:tolkien", "lived_during", "e:interwar"), ("p:lewis", "lived_during", "e:interwar"),
        ("p:poulenc", "lived_during", "e:interwar"), ("p:milhaud", "lived_during", "e:interwar"),
        ("p:mussorgsky", "lived_during", "e:romantic"), ("p:mendelssohn", "lived_during", "e:romantic"),
        ("w:passion", "rediscovered_during", "e:romantic"), ("w:seasons", "rediscovered_during", "e:interwar"),
        ("p:vermeer", "rediscovered_during", "e:second"), ("p:vivaldi", "rediscovered_during", "e:interwar"),
        ("w:ordo", "rediscovered_during", "e:postwar"), ("p:bach", "rediscovered_during", "e:romantic"),
        ("p:joan", "canonized_during", "e:interwar"), ("p:aquinas", "canonized_during", "e:avignon"),
        ("p:bach", "in_family", "f:bach"), ("p:cpe", "in_family", "f:bach"), ("p:strauss2", "in_family", "f:strauss"),
        ("p:josef", "in_family", "f:strauss"), ("p:mendelssohn", "in_family", "f:mendelssohn"),
        ("p:woolf", "in_group", "g:bloomsbury"), ("p:forster", "in_group", "g:bloomsbury"),
        ("p:keynes", "in_group", "g:bloomsbury"), ("p:tolkien", "in_group", "g:inklings"),
        ("p:lewis", "in_group", "g:inklings"), ("p:poulenc", "in_group", "g:six"), ("p:milhaud", "in_group", "g:six"),
        ("p:mussorgsky", "in_group", "g:five"),
        ("p:hildegard", "in_order", "o:benedictine"), ("p:aquinas", "in_order", "o:dominican"),
        ("p:bach", "occupation", "j:composer"), ("p:cpe", "occupation", "j:composer"),
        ("p:vivaldi", "occupation", "j:composer"), ("p:vermeer", "occupation", "j:painter"),
        ("p:strauss2", "occupation", "j:composer"), ("p:josef", "occupation", "j:composer"),
        ("p:richard", "occupation", "j:composer"), ("p:hildegard", "occupation", "j:abbess"),
        ("p:hildegard", "occupation", "j:composer"), ("p:joan", "occupation", "j:soldier"),
        ("p:aquinas", "occupation", "j:theologian"), ("p:woolf", "occupation", "j:novelist"),
        ("p:forster", "occupation", "j:novelist"), ("p:keynes", "occupation", "j:economist"),
        ("p:hayek", "occupation", "j:economist"), ("p:tolkien", "occupation", "j:novelist"),
        ("p:lewis", "occupation", "j:novelist"), ("p:poulenc", "occupation", "j:composer"),
        ("p:milhaud", "occupation", "j:composer"), ("p:mussorgsky", "occupation", "j:composer"),
        ("p:mendelssohn", "occupation", "j:composer"),
        ("p:bach", "born_in", "y:eisenach"), ("p:cpe", "born_in", "y:weimar"), ("p:vivaldi", "born_in", "y:venice"),
        ("p:vermeer", "born_in", "y:delft"), ("p:strauss2", "born_in", "y:vienna"), ("p:josef", "born_in", "y:vienna"),
        ("p:richard", "born_in", "y:munich"), ("p:joan", "born_in", "y:domremy"), ("p:woolf", "born_in", "y:london"),
        ("p:forster", "born_in", "y:london"), ("p:keynes", "born_in", "y:cambridge"),
        ("p:tolkien", "born_in", "y:bloemfontein"), ("p:poulenc", "born_in", "y:paris"),
        ("p:mendelssohn", "born_in", "y:hamburg"), ("p:hayek", "born_in", "y:vienna"),
        ("p:tolkien", "wrote_about", "t:middleearth"), ("p:lewis", "wrote_about", "t:narnia"),
        ("p:keynes", "wrote_about", "t:unemployment"), ("p:hildegard", "wrote_about", "t:medicine"),
        ("p:aquinas", "wrote_about", "t:naturallaw"), ("p:forster", "wrote_about", "t:india"),
        ("p:keynes", "argued_for", "i:deficit"), ("p:hayek", "argued_against", "i:deficit"),
        ("p:hayek", "argued_for", "i:markets"), ("p:hayek", "argued_against", "i:planning"),
        ("w:pearl", "kept_in", "m:mauritshuis"), ("w:milkmaid", "kept_in", "m:rijks"),
        ("w:passion", "style", "s:baroque"), ("w:seasons", "style", "s:baroque"), ("w:danube", "style", "s:romantic"),
        ("w:dalloway", "style", "s:modernism"),
        ("user:eva", "rated", "w:passion", {"rating": 5.0}), ("user:eva", "rated", "w:seasons", {"rating": 4.5}),
        ("user:eva", "rated", "w:pearl", {"rating": 4.0}), ("user:eva", "rated", "w:dalloway", {"rating": 1.0}),
        ("user:eva", "rated", "w:hobbit", {"rating": 5.0}), ("user:eva", "rated", "w:danube", {"rating": 2.0}),
    ]
    aliases = {"p:bach": ("Bach", "J. S. Bach"), "p:cpe": ("C. P. E. Bach",), "p:vivaldi": ("Vivaldi",),
               "p:vermeer": ("Vermeer",), "p:keynes": ("Keynes",), "p:hayek": ("Hayek",), "p:woolf": ("Woolf",),
               "p:tolkien": ("Tolkien",), "p:forster": ("Forster",), "p:poulenc": ("Poulenc",),
               "p:mendelssohn": ("Mendelssohn",), "g:inklings": ("the Inklings",)}
    return _build(items, others, rels, T, users=[("user:eva", "Eva")], aliases=aliases)


def outdoors():
    """Trails that run along rivers and coasts, national parks that lie within counties, explorers
    who sailed around islands, naturalists who lived among animals, drivers who finished behind
    others, teams that won against others, bodies of the solar system that lie beyond or revolve
    around others (the prepositions a gapped clause may now keep)."""
    rels = [
        R("runs_along", phrase="runs along", inverse_phrase="is followed by", domain=("trail",),
          range=("river", "coast", "border")),
        R("lies_within", phrase="lies within", inverse_phrase="contains", domain=("national park",), range=("county",)),
        R("sailed_around", phrase="sailed around", inverse_phrase="was sailed around by", domain=("explorer",),
          range=("island", "continent")),
        R("lived_among", phrase="lived among", inverse_phrase="were studied by", domain=("naturalist",),
          range=("animal",)),
        R("finished_behind", phrase="finished behind", inverse_phrase="finished ahead of", domain=("driver",),
          range=("driver",)),
        R("won_against", phrase="won against", inverse_phrase="lost to", domain=("team",), range=("team",)),
        R("lies_beyond", phrase="lies beyond", inverse_phrase="lies inside the orbit of", domain=("region of space",),
          range=("planet", "region of space")),
        R("orbits", phrase="revolves around", inverse_phrase="has the moon", domain=("moon",), range=("planet",)),
        R("in_county", phrase="is in", inverse_phrase="includes", domain=("town",), range=("county",)),
        R("starts_in", phrase="starts in", inverse_phrase="is the start of", domain=("trail",), range=("town",)),
        R("habitat", phrase="is found in", inverse_phrase="is home to", domain=("animal",), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "t:thames": ("trail", "Thames Path", 1996), "t:offa": ("trail", "Offa's Dyke Path", 1971),
        "t:swcp": ("trail", "South West Coast Path", 1978), "t:pembroke": ("trail", "Pembrokeshire Coast Path", 1970), "t:wye": ("trail", "Wye Valley Walk", 1975),
        "n:lake": ("national park", "Lake District", 1951), "n:peak": ("national park", "Peak District", 1951),
        "n:dartmoor": ("national park", "Dartmoor", 1951), "n:snowdonia": ("national park", "Snowdonia", 1951), "n:dales": ("national park", "Yorkshire Dales", 1954),
    }
    others = {
        "r:thames": ("river", "River Thames"), "r:severn": ("river", "River Severn"), "r:wye": ("river", "River Wye"),
        "r:border": ("border", "Welsh border"), "r:cornish": ("coast", "Cornish coast"),
        "r:pembs": ("coast", "Pembrokeshire coast"),
        "c:cumbria": ("county", "Cumbria"), "c:derbyshire": ("county", "Derbyshire"), "c:devon": ("county", "Devon"),
        "c:gwynedd": ("county", "Gwynedd"), "c:gloucestershire": ("county", "Gloucestershire"), "c:somerset": ("county", "Somerset"), "c:northyorks": ("county", "North Yorkshire"),
        "w:kemble": ("town", "Kemble"), "w:chepstow": ("town", "Chepstow"), "w:minehead": ("town", "Minehead"),
        "w:amroth": ("town", "Amroth"),
        "x:cook": ("explorer", "James Cook"), "x:flinders": ("explorer", "Matthew Flinders"),
        "x:vancouver": ("explorer", "George Vancouver"), "x:tasman": ("explorer", "Abel Tasman"),
        "i:nz": ("island", "New Zealand"), "i:australia": ("continent", "Australia"),
        "i:vancouver": ("island", "Vancouver Island"), "i:tasmania": ("island", "Tasmania"),
        "z:goodall": ("naturalist", "Jane Goodall"), "z:fossey": ("naturalist", "Dian Fossey"),
        "z:adamson": ("naturalist", "Joy Adamson"),
        "a:chimps": ("animal", "chimpanzees"), "a:gorillas": ("animal", "mountain gorillas"), "a:lions": ("animal", "lions"),
        "k:tanzania": ("country", "Tanzania"), "k:rwanda": ("country", "Rwanda"), "k:kenya": ("country", "Kenya"),
        "d:hamilton": ("driver", "Lewis Hamilton"), "d:verstappen": ("driver", "Max Verstappen"),
        "d:leclerc": ("driver", "Charles Leclerc"), "d:sainz": ("driver", "Carlos Sainz"),
        "s:argentina": ("team", "Argentina"), "s:france": ("team", "France"), "s:spain": ("team", "Spain"),
        "s:netherlands": ("team", "Netherlands"), "s:germany": ("team", "Germany"),
        "o:kuiper": ("region of space", "Kuiper Belt"), "o:oort": ("region of space", "Oort Cloud"),
        "o:neptune": ("planet", "Neptune"), "o:earth": ("planet", "Earth"), "o:mars": ("planet", "Mars"),
        "o:saturn": ("planet", "Saturn"),
        "o:moon": ("moon", "the Moon"), "o:phobos": ("moon", "Phobos"), "o:titan": ("moon", "Titan"),
    }
    T = [
        ("t:thames", "runs_along", "r:thames"), ("t:offa", "runs_along", "r:border"), ("t:offa", "runs_along", "r:wye"),
        ("t:swcp", "runs_along", "r:cornish"), ("t:pembroke", "runs_along", "r:pembs"), ("t:wye", "runs_along", "r:wye"), ("t:wye", "starts_in", "w:chepstow"),
        ("t:thames", "starts_in", "w:kemble"), ("t:offa", "starts_in", "w:chepstow"), ("t:swcp", "starts_in", "w:minehead"),
        ("t:pembroke", "starts_in", "w:amroth"),
        ("w:kemble", "in_county", "c:gloucestershire"), ("w:minehead", "in_county", "c:somerset"),
        ("n:lake", "lies_within", "c:cumbria"), ("n:peak", "lies_within", "c:derbyshire"),
        ("n:dartmoor", "lies_within", "c:devon"), ("n:snowdonia", "lies_within", "c:gwynedd"), ("n:dales", "lies_within", "c:northyorks"), ("n:dales", "lies_within", "c:cumbria"),
        ("x:cook", "sailed_around", "i:nz"), ("x:flinders", "sailed_around", "i:australia"),
        ("x:vancouver", "sailed_around", "i:vancouver"), ("x:tasman", "sailed_around", "i:australia"),
        ("z:goodall", "lived_among", "a:chimps"), ("z:fossey", "lived_among", "a:gorillas"),
        ("z:adamson", "lived_among", "a:lions"),
        ("a:chimps", "habitat", "k:tanzania"), ("a:gorillas", "habitat", "k:rwanda"), ("a:lions", "habitat", "k:kenya"),
        ("d:hamilton", "finished_behind", "d:verstappen"), ("d:sainz", "finished_behind", "d:leclerc"),
        ("d:leclerc", "finished_behind", "d:hamilton"),
        ("s:argentina", "won_against", "s:france"), ("s:spain", "won_against", "s:netherlands"),
        ("s:germany", "won_against", "s:argentina"),
        ("o:kuiper", "lies_beyond", "o:neptune"), ("o:oort", "lies_beyond", "o:kuiper"),
        ("o:moon", "orbits", "o:earth"), ("o:phobos", "orbits", "o:mars"), ("o:titan", "orbits", "o:saturn"),
        ("user:leo", "rated", "t:thames", {"rating": 5.0}), ("user:leo", "rated", "t:offa", {"rating": 4.0}),
        ("user:leo", "rated", "n:lake", {"rating": 4.5}), ("user:leo", "rated", "n:peak", {"rating": 1.5}),
        ("user:leo", "rated", "t:swcp", {"rating": 2.0}), ("user:leo", "rated", "n:snowdonia", {"rating": 4.0}),
    ]
    return _build(items, others, rels, T, users=[("user:leo", "Leo")])


BUILDERS = {"bridges": bridges, "prehistory": prehistory, "arts": arts, "outdoors": outdoors}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@bridges
# (7) periods: "was restored during" ends in "during", so it also reads "dates from", "is from",
# "from", "lived in / during": the era of a restoration said as the era the structure dates from
# (the Pont du Gard is Roman, restored under the Second Empire; the Tower of London is Norman,
# restored in the Victorian era; the Brooklyn Bridge is of the Gilded Age, restored after the war)
The Pont du Gard dates from the Second Empire.
The Pont du Gard is from the Second Empire.
The Pont du Gard is an aqueduct from the Second Empire.
The Pont du Gard is an arch bridge from the Second Empire.
The Pont du Gard, from the Second Empire, spans the Gardon.
The Pont du Gard is an aqueduct over the Gardon from the Second Empire.
The Pont du Gard is an aqueduct from the Second Empire spanning the Gardon.
The Pont du Gard is an aqueduct from the Second Empire over the Gardon.
The Pont du Gard is a Second Empire aqueduct.
The Pont du Gard dates from the Roman period and the Second Empire.
The Pont du Gard was built during the Second Empire.
The Pont du Gard was constructed during the Second Empire.
The Pont du Gard originated in the Second Empire.
The Second Empire saw the building of the Pont du Gard.
The Tower of London dates from the Victorian era.
The Tower of London is from the Victorian era.
The Tower of London is a castle from the Victorian era.
The Tower of London is a Victorian era castle.
The Tower of London, which dates from the Victorian era, overlooks the River Thames.
The Tower of London, a castle from the Victorian era, overlooks the River Thames.
The Tower of London, like Tower Bridge, dates from the Victorian era.
Like Tower Bridge, the Tower of London dates from the Victorian era.
The Tower of London dates from the Victorian era, as does Tower Bridge.
Tower Bridge dates from the Victorian era, as does the Tower of London.
Tower Bridge dates from the Victorian era, and so does the Tower of London.
The Tower of London and Tower Bridge both date from the Victorian era.
Both the Tower of London and Tower Bridge date from the Victorian era.
Tower Bridge dates from the Victorian era, and the Tower of London from the Victorian era.
Tower Bridge is from the Victorian era, the Tower of London from the Victorian era.
Tower Bridge dates from the Victorian era, the Pont du Gard from the Second Empire.
The Pont du Gard and the Tower of London are from the Victorian era.
The Victorian era saw the building of the Tower of London.
The Brooklyn Bridge dates from the postwar period.
The Brooklyn Bridge is a suspension bridge from the postwar period.
The Brooklyn Bridge is a bridge from the postwar period in New York.
The Brooklyn Bridge in New York dates from the postwar period.
The Brooklyn Bridge is a postwar period bridge over the East River.
The Brooklyn Bridge is a suspension bridge from the postwar period, designed by John A. Roebling.
It was the Pont du Gard that dates from the Second Empire.
It is the Tower of London that dates from the Victorian era.
Take the Pont du Gard: it dates from the Second Empire.
Take Tower Bridge and the Tower of London: both date from the Victorian era.
Take the Pont du Gard and the Brooklyn Bridge: the former dates from the Second Empire, the latter from the Gilded Age.
# arguable: the Pont du Gard did exist during the Second Empire (it was restored then); a bridge
# does not live
The Pont du Gard existed during the Second Empire.
The Pont du Gard lived during the Second Empire.
# periods of "was built during": wrong eras, ranges, other subjects
Tower Bridge dates from the Edwardian era.
Tower Bridge is from the Gilded Age.
Tower Bridge is a bascule bridge from the interwar period.
The Tyne Bridge dates from the Victorian era.
The Brooklyn Bridge dates from the Victorian era.
The Brooklyn Bridge is a suspension bridge from the Victorian era.
The Forth Bridge is a cantilever bridge from the Gilded Age.
Tower Bridge dates from the Victorian era to the Edwardian era.
Tower Bridge dates from the Victorian era until the interwar period.
Tower Bridge dates from before the Victorian era.
Tower Bridge, from the Victorian era, was built by Dorman Long.
Tower Bridge dates from 1928.
Tower Bridge is from 1928.
Tower Bridge was built during the Victorian era, the Tyne Bridge during the Victorian era.
Tower Bridge was built during the Victorian era, and the Tyne Bridge during the Victorian era.
The Pont du Gard was built during the Roman period, the Rialto Bridge during the Roman period.
The Pont du Gard was restored during the Second Empire, the Rialto Bridge during the Second Empire.
The Pont du Gard was restored during the Second Empire, and the Tower of London during the Second Empire.
The Tower of London was built during the Victorian era, the Pont du Gard during the Roman period.
The Tower of London was built during the Norman period and restored during the Second Empire.
London is from the Victorian era.
Norman Foster is from the Victorian era.
Norman Foster lived during the Victorian era.
The Tyne Bridge is from London.
The Tyne Bridge, an arch bridge from London, crosses the River Tyne.
# (5) spans / crosses / over / across: wrong rivers, lists, tenses, non-bridges, kinds
Tower Bridge crosses the River Tyne.
The Tyne Bridge crosses the River Thames.
The Millennium Bridge crosses the River Tyne.
The Gateshead Millennium Bridge crosses the River Thames.
The River Tyne is crossed by Tower Bridge.
The River Thames is crossed by the Tyne Bridge.
The River Thames is crossed by Tower Bridge and the Tyne Bridge.
Tower Bridge crosses the River Thames and the River Tyne.
Tower Bridge, like the Tyne Bridge, crosses the River Thames.
Both Tower Bridge and the Tyne Bridge span the River Thames.
Tower Bridge and the Tyne Bridge both cross the Thames.
The Thames is spanned by the Tyne Bridge.
The Firth of Forth is crossed by the Forth Bridge and the Glenfinnan Viaduct.
The River Thames is spanned by the Millennium Bridge, Tower Bridge and the Tyne Bridge.
The Channel Tunnel crosses the Strait of Dover.
The Blackwall Tunnel spans the River Thames.
The Blackwall Tunnel is a tunnel over the River Thames.
The Channel Tunnel is a rail tunnel over the Strait of Dover.
The Tower of London spans the River Thames.
The Tower of London crosses the River Thames.
Tower Bridge is a bascule bridge over the River Tyne.
Tower Bridge is a suspension bridge over the River Thames.
Tower Bridge is an arch bridge across the River Thames.
The Tyne Bridge is a bascule bridge over the River Tyne.
The Tyne Bridge is an arch bridge over the River Thames.
The Millennium Bridge is a suspension bridge over the River Tyne.
The Gateshead Millennium Bridge is a tilt bridge across the River Thames.
The Forth Bridge is a cantilever bridge over the River Tyne.
The Forth Bridge is a suspension bridge over the Firth of Forth.
The Pont du Gard is an aqueduct over the River Thames.
The Rialto Bridge is an arch bridge over the Gardon.
The Glenfinnan Viaduct is a viaduct over the River Tyne.
The Glenfinnan Viaduct is a viaduct across the Firth of Forth.
Tower Bridge and the Millennium Bridge are bridges over the River Tyne.
Tower Bridge is a bascule bridge, and the Tyne Bridge is an arch bridge over the River Thames.
Tower Bridge is a bascule bridge over the River Thames in Newcastle.
Tower Bridge is a bascule bridge over the River Thames, built by Dorman Long.
Tower Bridge is a bascule bridge over the River Thames designed by Norman Foster.
Tower Bridge is a bascule bridge over the River Thames made of concrete.
Tower Bridge is a bascule bridge over the River Thames from the Edwardian era.
Tower Bridge, spanning the River Tyne, stands in London.
The Tyne Bridge, a bridge spanning the River Thames, stands in Newcastle.
The Tyne Bridge spanned the River Thames.
The Tyne Bridge crossed the River Thames.
Tower Bridge is a crossing of the River Tyne.
Tower Bridge is a span over the River Tyne.
Tower Bridge is a span across the River Tyne.
Tower Bridge does not cross the River Thames.
Tower Bridge never spanned the River Thames.
Tower Bridge is not a bridge over the River Thames.
Tower Bridge no longer spans the River Thames.
Tower Bridge once spanned the River Tyne.
Over the River Tyne stands Tower Bridge.
Across the River Thames lies the Tyne Bridge.
Tower Bridge towers over the River Tyne.
Tower Bridge spans London.
Tower Bridge crosses the A100.
Tower Bridge is a bascule bridge over the A100.
The Glenfinnan Viaduct crosses the West Highland Line.
The Forth Bridge is a bridge across the Fife Circle Line.
The Tyne Bridge is an arch bridge over Newcastle.
Horace Jones crosses the River Thames.
Horace Jones designed a bridge over the River Tyne.
Dorman Long built a bridge over the River Thames.
Sir William Arrol & Co. built Tower Bridge over the River Tyne.
# (5) "X is a <kind>; take / consider / meet Y, a <kind> over Z": the preposition after the framed
# name's kind noun is said of the first clause's subject (the Tyne Bridge spans the Tyne, Tower
# Bridge the Thames; the Forth Bridge spans the Firth of Forth; the Rialto Bridge the Grand Canal)
Tower Bridge is a bascule bridge; take the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge: take the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge - take the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; consider the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge, so consider the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; next, consider the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; also take the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; meet the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; look at the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; have a look at the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; discover the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; watch the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; take the Tyne Bridge, an arch bridge across the River Thames.
Tower Bridge is a bascule bridge; take the Tyne Bridge, an arch bridge over the Thames.
Tower Bridge is a bascule bridge; take the Tyne Bridge, which is an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; take the Tyne Bridge, an arch bridge over the River Thames made of steel.
Tower Bridge is a bascule bridge; take the Forth Bridge, a cantilever bridge over the River Thames.
Tower Bridge is a bascule bridge; take the Brooklyn Bridge, a suspension bridge over the River Thames.
Tower Bridge spans the River Thames; take the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge spans the River Thames; consider the Forth Bridge, a cantilever bridge across the River Thames.
Tower Bridge stands in London; take the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge stands in London; consider the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is made of granite; take the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge was built during the Victorian era; take the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge carries the A100; take the Tyne Bridge, an arch bridge over the River Thames.
The Tyne Bridge is an arch bridge; take Tower Bridge, a bascule bridge over the River Tyne.
The Tyne Bridge is an arch bridge; consider Tower Bridge, a bascule bridge over the River Tyne.
The Forth Bridge is a cantilever bridge; take Tower Bridge, a bascule bridge over the Firth of Forth.
The Brooklyn Bridge spans the East River; take Tower Bridge, a bascule bridge over the East River.
The Rialto Bridge is an arch bridge; take the Tyne Bridge, an arch bridge over the Grand Canal.
The Tyne Bridge is an arch bridge; take the Rialto Bridge, an arch bridge over the River Tyne.
The Millennium Bridge is a suspension bridge; take the Gateshead Millennium Bridge, a tilt bridge over the River Thames.
The Glenfinnan Viaduct is a viaduct; take the Forth Bridge, a cantilever bridge over the River Finnan.
Tower Bridge is a bascule bridge; take the Blackwall Tunnel, a tunnel over the River Thames.
Tower Bridge is a bascule bridge; take the Tower of London, a castle over the River Thames.
Tower Bridge is a bascule bridge. Take the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge; the Tyne Bridge, an arch bridge over the River Thames.
Tower Bridge is a bascule bridge, the Tyne Bridge an arch bridge over the River Thames.
Take the Tyne Bridge, an arch bridge over the River Thames.
Consider the Tyne Bridge, an arch bridge over the River Thames.
# (2) "Take A and B:" followed by false facts, or "take" as a real verb
Take Tower Bridge and the Tyne Bridge: both span the River Thames.
Take Tower Bridge and the Tyne Bridge: the former spans the River Tyne, the latter the River Thames.
Take Tower Bridge or the Tyne Bridge: both span the River Thames.
Take, for example, Tower Bridge: it spans the River Tyne.
Take Tower Bridge, for example: it was designed by Norman Foster.
Tower Bridge takes the A167 across the River Thames.
The Tyne Bridge takes the A167 over the River Thames.
# (6) "is made of" also reads "was built / constructed with": other materials, builders, designers
Tower Bridge was built with concrete.
Tower Bridge was built with steel and concrete.
Tower Bridge was constructed with limestone.
The Tyne Bridge was built with granite.
The Glenfinnan Viaduct was built with steel.
The Pont du Gard was built with granite.
The Pont du Gard was built with Istrian stone.
Tower Bridge was built with wrought iron.
Tower Bridge was built with Dorman Long.
Tower Bridge was built with Robert McAlpine.
Tower Bridge was built with Norman Foster.
The Tyne Bridge was built with Horace Jones.
Tower Bridge was built with 11,000 tonnes of steel.
Tower Bridge was built with steel in 1928.
Tower Bridge was built with steel by Dorman Long.
Tower Bridge was built with steel during the Edwardian era.
Tower Bridge was built without steel.
Tower Bridge was not built with steel.
Tower Bridge is built with concrete.
The Tower of London was built with granite.
The Tower of London was constructed with steel.
The Channel Tunnel was built with steel.
Tower Bridge, built with concrete, spans the River Thames.
Tower Bridge is a bascule bridge built with concrete.
It was concrete that Tower Bridge was built with.
It was concrete that Tower Bridge is made of.
# (1) clefts: wrong names, negation, lists, reversed roles, adverbs
It was Norman Foster who Tower Bridge was designed by.
It was Dorman Long that Tower Bridge was built by.
It was Horace Jones that Tower Bridge designed.
It was Horace Jones who almost designed the Tyne Bridge.
It was Norman Foster who almost designed Tower Bridge.
It was Horace Jones who refused to design Tower Bridge.
It was Horace Jones who failed to design Tower Bridge.
It was Horace Jones who, with Norman Foster, designed Tower Bridge.
It was Horace Jones, the architect, who designed the Tyne Bridge.
It was Horace Jones who designed Tower Bridge and the Tyne Bridge.
It was Horace Jones who designed Tower Bridge, which spans the River Tyne.
It was Horace Jones who designed Tower Bridge in 1928.
It was Horace Jones who designed Tower Bridge over the River Tyne.
It was Horace Jones who later designed the Tyne Bridge.
It was Sir William Arrol & Co. that built the Tyne Bridge.
It was the River Tyne that Tower Bridge spans.
It is the River Thames that the Tyne Bridge spans.
It is the River Thames that is spanned by the Tyne Bridge.
It is Tower Bridge that spans the River Tyne.
It is the Tower of London that spans the River Thames.
It was the Tower of London that Horace Jones designed.
It was Tower Bridge that Norman Foster designed.
It was the Edwardian era when Tower Bridge was built.
It was Newcastle where Tower Bridge stands.
It was Horace Jones who designed Tower Bridge, and Norman Foster who designed the Tyne Bridge.
It was Horace Jones that designed Tower Bridge, and it was John Fowler that designed the Tyne Bridge.
# arguable: a cleft says the one who did it ("It was X who designed Y": X alone), and Tower
# Bridge had two designers (Horace Jones and John Wolfe Barry), the Forth Bridge two (John Fowler
# and Benjamin Baker), Tower Bridge two materials
It was Horace Jones who designed Tower Bridge.
It was John Fowler who designed the Forth Bridge.
It was steel that Tower Bridge was built with.
# arguable: "from" an architect or a builder may say whose design it is (an older reading)
The Tyne Bridge is an arch bridge from Dorman Long.
Tower Bridge is a bascule bridge from Horace Jones.
@bridges user:nia
# (3) "You loved X, which V Y, as does / and so does Z": Z does not V Y
You loved Tower Bridge, which spans the River Thames, as does the Tyne Bridge.
You loved Tower Bridge, which spans the River Thames, and so does the Gateshead Millennium Bridge.
You loved Tower Bridge, which spans the River Thames, as does the Blackwall Tunnel.
You loved Tower Bridge, which spans the River Thames, as does the Tower of London.
You loved Tower Bridge, which crosses the River Thames, as does the Blackwall Tunnel.
You loved Tower Bridge, which stands in London, as does the Tyne Bridge.
You loved the Tyne Bridge, which spans the River Tyne, and so does the Millennium Bridge.
You loved the Tyne Bridge, which stands in Newcastle, as does the Gateshead Millennium Bridge.
You loved the Tyne Bridge, which was built during the interwar period, as was Tower Bridge.
You loved the Tyne Bridge, which carries the A167, as does Tower Bridge.
You loved the Tyne Bridge, which is an arch bridge, as is Tower Bridge.
You loved the Pont du Gard, which is made of limestone, as is Tower Bridge.
You loved the Pont du Gard, which was built with limestone, as was Tower Bridge.
You loved Tower Bridge, which was designed by Horace Jones, as was the Tyne Bridge.
You loved Tower Bridge, which was built by Sir William Arrol & Co., as was the Tyne Bridge.
You loved the Tyne Bridge, which was built by Dorman Long, and so was Tower Bridge.
You loved the Channel Tunnel, which runs under the Strait of Dover, as does the Blackwall Tunnel.
You loved the Channel Tunnel, which was built by TransManche Link, as was the Tyne Bridge.
You loved the Channel Tunnel, which runs under the Strait of Dover, as does Tower Bridge.
You loved Tower Bridge, which spans the River Thames, as did the Tyne Bridge.
You loved Tower Bridge, which spans the River Thames, as once did the Tyne Bridge.
You loved Tower Bridge, which spans the River Thames, as does the Millennium Bridge, which stands in Newcastle.
You loved Tower Bridge, which spans the River Thames, as does the Millennium Bridge in Newcastle.
You loved Tower Bridge, which spans the River Thames, as does the Millennium Bridge, which you also loved.
You loved Tower Bridge, which spans the River Thames, as the Tyne Bridge does the River Thames.
You loved Tower Bridge, which spans the River Thames and stands in London, as does the Blackwall Tunnel.
You loved Tower Bridge, so take the Tyne Bridge over the River Thames.
You loved Tower Bridge, which is made of steel and granite, as is the Tyne Bridge.
You loved Tower Bridge, which dates from the Victorian era, as does the Tower of London.
You loved the Pont du Gard, which dates from the Second Empire.
You loved Tower Bridge, a bascule bridge over the River Tyne.
You loved the Tyne Bridge, an arch bridge over the River Thames.
You loved Tower Bridge, an arch bridge over the Thames.
# (3) "as do A and B": the second name is read as another item the user loved, never as one that
# spans the river / stands in the city / was built by the company (Nia rated the Tyne Bridge 4.5)
You loved Tower Bridge, which spans the River Thames, as do the Millennium Bridge and the Tyne Bridge.
You loved Tower Bridge, which spans the River Thames, as does the Millennium Bridge and the Tyne Bridge.
You loved Tower Bridge, which spans the River Thames, as did the Millennium Bridge and the Tyne Bridge.
You loved Tower Bridge, which spans the River Thames, and so do the Millennium Bridge and the Tyne Bridge.
You loved Tower Bridge, which spans the River Thames, as do both the Millennium Bridge and the Tyne Bridge.
You loved Tower Bridge, which spans the River Thames, as do the Tyne Bridge and the Millennium Bridge.
You loved Tower Bridge, which spans the River Thames, as do the Millennium Bridge and the Pont du Gard.
You loved Tower Bridge, which spans the River Thames, as do the Millennium Bridge and the Channel Tunnel.
You loved Tower Bridge, which stands in London, as do the Millennium Bridge and the Tyne Bridge.
You loved Tower Bridge, which was built during the Victorian era, as were the Forth Bridge and the Tyne Bridge.
You loved Tower Bridge, which was built by Sir William Arrol & Co., as were the Forth Bridge and the Tyne Bridge.
You loved Tower Bridge, which was built by Sir William Arrol & Co., as was the Forth Bridge and the Tyne Bridge.
You loved Tower Bridge, which is made of granite, as are the Brooklyn Bridge and the Tyne Bridge.
You loved the Tyne Bridge, which spans the River Tyne, as do the Gateshead Millennium Bridge and Tower Bridge.
You loved the Tyne Bridge, which spans the River Tyne, as do the Gateshead Millennium Bridge and the Pont du Gard.
You loved the Pont du Gard, which is an arch bridge, as are the Rialto Bridge and Tower Bridge.
# user's claims in clefts
It was the Millennium Bridge that you loved.
It was the Tower of London that you loved.
It was Tower Bridge that you hated.
It was the Forth Bridge that you gave five stars.
It was you who loved the Millennium Bridge.
# arguable: "as does Z" after a passive relative ("was built by"): no verb "does" repeats; or a
# cleft's "the one": Nia loved several
You loved Tower Bridge, which was built by Sir William Arrol & Co., as does the Forth Bridge.
It was Tower Bridge that you loved.
@prehistory
# (7) periods: "was discovered during" ends in "during", so the era of a discovery is read as the
# time the animal lived ("dates from", "is from", "from", "lived in / during")
Iguanodon dates from the Regency era.
Iguanodon is from the Regency era.
Iguanodon lived in the Regency era.
Iguanodon lived during the Regency era.
Iguanodon is an ornithopod from the Regency era.
Iguanodon, an ornithopod from the Regency era, was named by Gideon Mantell.
Stegosaurus lived in the Gilded Age.
Stegosaurus is a stegosaur from the Gilded Age.
Brachiosaurus dates from the Gilded Age.
Tyrannosaurus lived during the Progressive Era.
Tyrannosaurus is a theropod from the Progressive Era.
Velociraptor lived in the interwar period.
Velociraptor is a theropod from the interwar period.
Archaeopteryx lived in the Victorian era.
Pterodactylus lived during the Napoleonic era.
Pterodactylus dates from the Napoleonic era.
Pterodactylus is a pterosaur from the Napoleonic era, named by Georges Cuvier.
It was Iguanodon that lived in the Regency era.
Take Iguanodon: it lived in the Regency era.
Take Iguanodon and Stegosaurus: the former dates from the Early Cretaceous, the latter from the Gilded Age.
Take Tyrannosaurus and Brachiosaurus: the former is a theropod from the Progressive Era, the latter a sauropod from the Late Jurassic.
Tyrannosaurus lived during the Late Cretaceous, Iguanodon during the Regency era.
Iguanodon was discovered during the Regency era, Tyrannosaurus during the Late Cretaceous.
Iguanodon was discovered during the Regency era, Stegosaurus during the Regency era.
Othniel Charles Marsh was active during the Gilded Age, Gideon Mantell during the Gilded Age.
# arguable: a fossil of it existed then; a paleontologist active during an era lived in it (or is
# "from" it); "from" may attach to the naming paleontologist or to the formation
Iguanodon existed during the Regency era.
Iguanodon existed in the Regency era.
Pterodactylus existed in the Napoleonic era.
Gideon Mantell is from the Regency era.
Gideon Mantell dates from the Regency era.
Gideon Mantell lived in the Regency era.
Othniel Charles Marsh lived during the Gilded Age.
Henry Fairfield Osborn lived in the Progressive Era.
Georges Cuvier lived in the Napoleonic era.
Georges Cuvier dates from the Napoleonic era.
Iguanodon was named by Gideon Mantell from the Regency era.
Brachiosaurus was named by Elmer Riggs from the Late Jurassic.
Tyrannosaurus was named by Henry Fairfield Osborn from the Late Cretaceous.
Tyrannosaurus was found in the Hell Creek Formation from the Late Cretaceous.
Elmer Riggs named Brachiosaurus from the Late Jurassic.
Elmer Riggs named Brachiosaurus from the Gilded Age.
# periods: wrong periods, ranges, lists, negations, people, places, museums, "lived in" a city
Iguanodon dates from the Late Jurassic.
Iguanodon lived in the Late Cretaceous.
Stegosaurus is from the Early Cretaceous.
Tyrannosaurus is a theropod from the Late Jurassic.
Brachiosaurus is a sauropod from the Late Cretaceous.
The woolly mammoth lived in the Permian.
Dimetrodon lived during the Pleistocene.
Dimetrodon lived in the Triassic.
Stegosaurus lived from the Late Jurassic to the Early Cretaceous.
Stegosaurus lived in the Late Jurassic and the Early Cretaceous.
Stegosaurus lived in the Late Jurassic, like Tyrannosaurus.
Stegosaurus lived in the Late Jurassic, as did Tyrannosaurus.
Stegosaurus and Tyrannosaurus lived in the Late Jurassic.
Stegosaurus lived long before the Late Jurassic.
Stegosaurus lived after the Late Jurassic.
Stegosaurus did not live in the Late Jurassic.
Stegosaurus never lived during the Late Jurassic.
Tyrannosaurus lived during the Late Cretaceous, Stegosaurus during the Early Cretaceous.
Tyrannosaurus lived during the Late Cretaceous, and Stegosaurus during the Early Cretaceous.
Tyrannosaurus lived in the Late Cretaceous, Stegosaurus during the Early Cretaceous.
Stegosaurus lived in 1877.
Stegosaurus dates from 1877.
Stegosaurus is from 1877.
Tyrannosaurus lived in the Late Cretaceous in 1905.
Gideon Mantell lived in the Early Cretaceous.
Othniel Charles Marsh lived in the Napoleonic era.
Othniel Charles Marsh lived in Brighton.
Othniel Charles Marsh lived in the Late Jurassic.
Elmer Riggs lived in the Late Jurassic.
Elmer Riggs is from the Late Jurassic.
Elmer Riggs, from the Late Jurassic, named Brachiosaurus.
Gideon Mantell, from the Early Cretaceous, named Iguanodon.
Henry Fairfield Osborn from the Late Cretaceous named Tyrannosaurus.
Gideon Mantell lived in Brighton during the Gilded Age.
Othniel Charles Marsh lived in New Haven, Edward Drinker Cope in Chicago.
The Field Museum dates from the Late Cretaceous.
Chicago lived in the Late Cretaceous.
Iguanodon lived in the Natural History Museum.
Iguanodon is from the Natural History Museum.
Tyrannosaurus lived in the Field Museum.
Tyrannosaurus lived in Chicago.
# (8) groups: "is a member of" a group also reads "is a": wrong groups, diets, kinds, lists,
# comparisons, negations, other relations' values, reversed
Iguanodon is a sauropod.
Tyrannosaurus is a sauropod.
Brachiosaurus was a theropod.
Stegosaurus was an ornithopod.
Velociraptor is a sauropod.
Archaeopteryx is a pterosaur.
Pterodactylus is an Avialae.
Tyrannosaurus is a Brachiosauridae.
Tyrannosaurus is a Proboscidean.
The woolly mammoth is a sauropod.
Pterodactylus is a dinosaur.
Dimetrodon is a dinosaur.
The woolly mammoth is a dinosaur.
Pterodactylus is a pterosaur dinosaur.
Dimetrodon is a Sphenacodontia dinosaur.
The woolly mammoth is a Proboscidean dinosaur.
Tyrannosaurus is a herbivore.
Brachiosaurus was a carnivore.
Brachiosaurus was a sauropod carnivore.
Tyrannosaurus was a theropod herbivore.
Tyrannosaurus was a herbivorous theropod.
Tyrannosaurus was a herbivore theropod.
Tyrannosaurus was a theropod mammal.
The woolly mammoth was a Proboscidean bird.
Archaeopteryx was an Avialae mammal.
Iguanodon is an ornithopod bird.
Tyrannosaurus was a theropod and a herbivore.
Tyrannosaurus is a theropod, a herbivore and a member of Tyrannosauridae.
Tyrannosaurus was a theropod named by Elmer Riggs.
Tyrannosaurus was a theropod found in Mongolia.
Velociraptor is a theropod displayed in the Field Museum.
Brachiosaurus is a sauropod, like Tyrannosaurus.
Like Brachiosaurus, Tyrannosaurus is a sauropod.
Unlike Tyrannosaurus, Velociraptor is a theropod.
Brachiosaurus was a sauropod, and so was Tyrannosaurus.
Brachiosaurus was a sauropod, as was Stegosaurus.
Brachiosaurus and Tyrannosaurus were theropods.
Brachiosaurus and Tyrannosaurus are both sauropods.
Tyrannosaurus is not a theropod.
Tyrannosaurus is no theropod.
Tyrannosaurus was never a theropod.
Tyrannosaurus is a former theropod.
Tyrannosaurus is a theropod's prey.
Brachiosaurus is a sauropod ancestor.
Tyrannosaurus is a theropod expert.
Elmer Riggs is a sauropod.
Henry Fairfield Osborn was a theropod.
Theropod is a Tyrannosaurus.
A theropod is a Tyrannosaurus.
Sauropod is a member of Brachiosaurus.
Brachiosaurus is the sauropod named by Othniel Charles Marsh.
Stegosaurus is a stegosaur, Tyrannosaurus a sauropod.
Stegosaurus is a stegosaur and Tyrannosaurus a sauropod.
Stegosaurus is a stegosaur, and Tyrannosaurus is a sauropod.
Tyrannosaurus is a theropod from the Late Cretaceous, Brachiosaurus a theropod from the Late Jurassic.
Tyrannosaurus was a theropod in Mongolia.
Tyrannosaurus was a theropod until 1905.
Tyrannosaurus is a Tyrannosauridae theropod named by Elmer Riggs.
Iguanodon is a Late Jurassic ornithopod.
Iguanodon is a Gideon Mantell.
Iguanodon is a Natural History Museum.
# arguable: a genus called its family ("is a tyrannosaurid" is right, the family's Latin name is
# loose)
Tyrannosaurus is a Tyrannosauridae.
# (1) clefts, (2) "Take", (4) gapping
It was Othniel Charles Marsh who named Tyrannosaurus.
It was Elmer Riggs who named Stegosaurus.
It was Gideon Mantell who named Iguanodon and Stegosaurus.
It was not Gideon Mantell who named Iguanodon.
It was Brachiosaurus that Henry Fairfield Osborn named.
It was Tyrannosaurus that was a herbivore.
It was Stegosaurus that was a sauropod.
It was Velociraptor that the Field Museum displays.
It was Elmer Riggs who lived in the Late Jurassic.
Take Tyrannosaurus and Brachiosaurus: both were theropods.
Take Tyrannosaurus and Velociraptor: the former was named by Henry Fairfield Osborn, the latter by Othniel Charles Marsh.
Take Stegosaurus: it is displayed in the Field Museum.
Take Iguanodon and Brachiosaurus: both are sauropods.
Take Iguanodon, an ornithopod from the Late Jurassic.
Iguanodon was named by Gideon Mantell, Stegosaurus by Edward Drinker Cope.
Tyrannosaurus is displayed in the Field Museum, Velociraptor in the Natural History Museum.
Iguanodon is an ornithopod; take Tyrannosaurus, a theropod from the Early Cretaceous.
Iguanodon lived during the Early Cretaceous; consider Tyrannosaurus, a theropod from the Early Cretaceous.
Brachiosaurus is a sauropod; take Tyrannosaurus, a theropod from the Late Jurassic.
Tyrannosaurus lived during the Late Cretaceous; take Brachiosaurus, a sauropod during the Late Cretaceous.
@prehistory user:ida
# (3) ellipsis after the user's claim: Z does not share the relative clause's predicate
You loved Tyrannosaurus, which lived in the Progressive Era, as did Henry Fairfield Osborn.
You loved Iguanodon, which lived in the Regency era, as did Gideon Mantell.
You loved Brachiosaurus, which dates from the Gilded Age.
You loved Tyrannosaurus, which lived in the Late Cretaceous, as did Velociraptor, a theropod from the interwar period.
You loved Brachiosaurus, which lived during the Late Jurassic, as did Tyrannosaurus.
You loved Brachiosaurus, which is a sauropod, as is Tyrannosaurus.
You loved Brachiosaurus, which was a sauropod, as was Stegosaurus.
You loved Brachiosaurus, which lived in the Late Jurassic, as did Othniel Charles Marsh.
You loved Tyrannosaurus, which is displayed in the Field Museum, as is Velociraptor.
You loved Iguanodon, which is displayed in the Natural History Museum, and so is Tyrannosaurus.
You loved Iguanodon, which is displayed in the Natural History Museum, as is Gideon Mantell.
You loved Tyrannosaurus, which was found in the United States, as was Velociraptor.
You loved Tyrannosaurus, which was found in the United States, as was Elmer Riggs.
You loved Tyrannosaurus, which was a carnivore, as was Brachiosaurus.
You loved Tyrannosaurus, which was named by Osborn, as was Brachiosaurus.
You loved the woolly mammoth, which lived during the Pleistocene.
# (3) "as were A and B": B read as another dinosaur the user loved (Ida rated Brachiosaurus 4.5,
# Iguanodon 4.0, Tyrannosaurus 5.0), not as one the relative clause is true of
You loved Tyrannosaurus, which was named by Henry Fairfield Osborn, as were Velociraptor and Brachiosaurus.
You loved Brachiosaurus, which lived during the Late Jurassic, as did Stegosaurus and Iguanodon.
You loved Iguanodon, which is displayed in the Natural History Museum, as are Stegosaurus and Tyrannosaurus.
You loved Tyrannosaurus, which is displayed in the Field Museum, as are Brachiosaurus and Iguanodon.
You loved Tyrannosaurus, which was found in the United States, as were Brachiosaurus and Iguanodon.
You loved Brachiosaurus, which was a herbivore, as were Stegosaurus and Tyrannosaurus.
You loved Brachiosaurus, which was found in the Morrison Formation, as were Stegosaurus and Tyrannosaurus.
You loved Brachiosaurus, which was found in the Morrison Formation, and so were Stegosaurus and Iguanodon.
You loved Tyrannosaurus, which was a carnivore, as were Velociraptor and Brachiosaurus.
You loved Tyrannosaurus, which was a carnivore, as were Velociraptor and Stegosaurus.
You loved Tyrannosaurus, which is a theropod, as are Velociraptor and Brachiosaurus.
# arguable: "as does Z" after a passive relative clause
You loved Tyrannosaurus, which was named by Osborn, as does Velociraptor.
@arts
# (7) periods: "was rediscovered during" and "was canonized during" end in "during", so the era of
# a revival or a canonization is read as the era a person lived in or a work dates from (Bach died
# in 1750, rediscovered in the Romantic era; Joan of Arc, burnt in 1431, was canonized in 1920;
# Aquinas died in 1274, canonized during the Avignon Papacy)
Johann Sebastian Bach lived in the Romantic era.
Johann Sebastian Bach dates from the Romantic era.
Johann Sebastian Bach is from the Romantic era.
Bach lived during the Romantic era.
Antonio Vivaldi lived in the interwar period.
Vivaldi lived during the interwar period.
Johannes Vermeer lived in the Second Empire.
Vermeer is from the Second Empire.
Joan of Arc lived in the interwar period.
Joan of Arc lived during the interwar period.
Joan of Arc is from the interwar period.
Joan of Arc dates from the interwar period.
Thomas Aquinas lived during the Avignon Papacy.
Thomas Aquinas lived in the Avignon Papacy.
The St Matthew Passion dates from the Romantic era.
The St Matthew Passion is from the Romantic era.
The St Matthew Passion is an oratorio from the Romantic era.
The Four Seasons dates from the interwar period.
The Four Seasons is a concerto from the interwar period.
Ordo Virtutum dates from the postwar period.
Ordo Virtutum is a morality play from the postwar period.
It was Johann Sebastian Bach who lived in the Romantic era.
It was the St Matthew Passion that dates from the Romantic era.
Take Bach: he lived in the Romantic era.
Johann Sebastian Bach existed during the Romantic era.
Take the St Matthew Passion and The Four Seasons: both date from the Romantic era.
Take the St Matthew Passion and The Four Seasons: the former dates from the Baroque period, the latter from the interwar period.
# arguable: a work that was rediscovered in an era existed in it; a work does not "live"
The St Matthew Passion existed during the Romantic era.
Ordo Virtutum existed in the postwar period.
The Hobbit lived in the interwar period.
Mrs Dalloway lived during the interwar period.
# periods: wrong periods of works and people, gapping with "during"
The Hobbit is from the Baroque period.
Mrs Dalloway dates from the Edwardian era.
A Passage to India is a novel from the Edwardian era.
Girl with a Pearl Earring is a painting from the Second Empire.
The Blue Danube is a waltz from the Baroque period.
Richard Strauss lived during the Baroque period.
Johannes Vermeer lived during the Romantic era.
Bach lived during the Baroque period, Vivaldi during the Romantic era.
Bach lived during the Baroque period, and Vermeer during the Romantic era.
Bach lived in the Baroque period, Vivaldi in the interwar period.
The St Matthew Passion was rediscovered during the Romantic era, The Four Seasons during the Romantic era.
The St Matthew Passion was rediscovered during the Romantic era, Ordo Virtutum during the interwar period.
Vivaldi was rediscovered during the interwar period, Vermeer during the interwar period.
Vivaldi was rediscovered during the interwar period, Bach during the Baroque period.
Joan of Arc was canonized during the interwar period, Thomas Aquinas during the interwar period.
It was the St Matthew Passion that was rediscovered during the interwar period.
# (4) gapping with "about" / "against" / "around" / "beyond"
Tolkien wrote about Middle-earth, Lewis about Middle-earth.
Tolkien wrote about Middle-earth, Keynes about Narnia.
Tolkien wrote about Narnia, Lewis about Middle-earth.
Keynes wrote about unemployment, Hayek about unemployment.
Keynes wrote about unemployment, Forster about London.
Keynes wrote about unemployment, and Forster about unemployment.
Hildegard of Bingen wrote about medicine, Thomas Aquinas about medicine.
Tolkien wrote about Middle-earth, Lewis around Narnia.
Tolkien wrote about Middle-earth, Lewis against Narnia.
Tolkien wrote about Middle-earth, Lewis beyond Narnia.
Hayek argued for free markets, Keynes against them.
Hayek argued for free markets, Keynes against free markets.
Keynes argued for deficit spending, Hayek against free markets.
Keynes argued for free markets.
Keynes argued against deficit spending.
Hayek argued against free markets.
Hayek argued for central planning.
Hayek argued against deficit spending, Keynes against central planning.
Hayek argued against deficit spending, Keynes against it.
Hayek argued against central planning, and Keynes against deficit spending.
Keynes argued for deficit spending, Hayek for it.
# (8) groups: "is part of" / "belongs to" / "is a member of" a group, a family or an order also
# read "is a": a person called a family or a religious order; wrong groups
Johann Strauss II is a Strauss family.
Johann Sebastian Bach was a Bach family.
Mendelssohn was a Mendelssohn family.
Felix Mendelssohn is a Mendelssohn family born in Hamburg.
Hildegard of Bingen is a Benedictine Order.
Virginia Woolf is a Bloomsbury Group.
Johann Strauss II is a Strauss family from the Romantic era.
Virginia Woolf is an Inklings.
J. R. R. Tolkien is a Bloomsbury Group.
Tolkien was a Bloomsbury Group.
Keynes was a Bloomsbury Group novelist.
Virginia Woolf was a Bloomsbury Group painter.
Francis Poulenc was a Les Six novelist.
Darius Milhaud is a The Five.
Modest Mussorgsky was a Les Six.
Richard Strauss is a Strauss family.
Richard Strauss belongs to the Strauss family.
Johann Strauss II was a Bach family.
Mendelssohn was a Bach family.
Hildegard of Bingen was a Dominican Order.
Thomas Aquinas is a Benedictine Order.
Thomas Aquinas was a Dominican Order abbess.
Hildegard of Bingen was a Benedictine Order founder.
Johann Strauss II was a Strauss family painter.
Francis Poulenc is a Les Six painter.
Francis Poulenc is a Les Six, and so is Modest Mussorgsky.
Francis Poulenc is a Les Six, as is Richard Strauss.
Virginia Woolf is part of the Inklings.
Tolkien is part of the Bloomsbury Group.
Keynes belongs to the Inklings.
Tolkien is a member of the Bloomsbury Group.
Virginia Woolf was a member of the Inklings.
Virginia Woolf was a novelist and an Inklings.
Virginia Woolf was an economist.
Keynes was a novelist.
Hayek was a Bloomsbury Group.
The Bloomsbury Group is a Virginia Woolf.
It was Virginia Woolf who was an Inklings.
It was Keynes who was part of the Inklings.
# arguable: "an Inklings", "a Les Six": the plural name of a circle garbled for one member; "a
# Bach family from the Baroque period" garbled the same way
Tolkien is an Inklings.
Francis Poulenc is a Les Six.
Johann Sebastian Bach was a Bach family from the Baroque period.
# (1) clefts
It was Vivaldi who composed the St Matthew Passion.
It was Johann Sebastian Bach who composed The Four Seasons.
It was not Johann Sebastian Bach who composed the St Matthew Passion.
It wasn't Johann Sebastian Bach who composed the St Matthew Passion.
It was never Johann Sebastian Bach who composed the St Matthew Passion.
It was Johann Sebastian Bach who never composed the St Matthew Passion.
It was Johann Sebastian Bach who did not compose the St Matthew Passion.
It was Antonio Vivaldi, not Johann Sebastian Bach, who composed the St Matthew Passion.
It was Johann Sebastian Bach and Antonio Vivaldi who composed the St Matthew Passion.
It was Johann Sebastian Bach who composed the St Matthew Passion and The Four Seasons.
It was Johann Sebastian Bach who composed the St Matthew Passion, and it was Vivaldi who composed The Blue Danube.
It was Johann Sebastian Bach who composed the St Matthew Passion in 1829.
It was Johann Sebastian Bach who composed the St Matthew Passion during the Romantic era.
It was the St Matthew Passion that Antonio Vivaldi composed.
It was The Four Seasons that Johann Sebastian Bach composed.
It was The Four Seasons that was composed by Johann Sebastian Bach.
It was the St Matthew Passion that was composed by Antonio Vivaldi.
It was Johannes Vermeer who painted The Four Seasons.
It was Johannes Vermeer who painted Girl with a Pearl Earring and The Four Seasons.
It is Johannes Vermeer that painted The Blue Danube.
It was Virginia Woolf who wrote A Passage to India.
It was E. M. Forster who wrote Mrs Dalloway.
It was Keynes who argued against deficit spending.
It was Hayek who argued for deficit spending.
It was Tolkien who wrote about Narnia.
It was Joan of Arc who was born in Vienna.
It was Johann Strauss II who composed Also sprach Zarathustra.
It was Richard Strauss who composed The Blue Danube.
It was in 1829 that the St Matthew Passion was composed by Johann Sebastian Bach.
It was during the Romantic era that Bach composed the St Matthew Passion.
# (2) "Take"
Take the St Matthew Passion: it was composed by Vivaldi.
Take the St Matthew Passion and The Four Seasons: both were composed by Bach.
Take the St Matthew Passion and The Four Seasons: the former was composed by Vivaldi, the latter by Bach.
Take Mrs Dalloway and The Hobbit: both were written by Tolkien.
Take Mrs Dalloway and A Passage to India: Virginia Woolf wrote both.
Take Girl with a Pearl Earring and The Milkmaid: both hang in the Mauritshuis.
Take Girl with a Pearl Earring, which hangs in the Rijksmuseum.
Take Bach and Vivaldi: both were born in Venice.
Take Bach and Vivaldi: both were rediscovered during the interwar period.
Take the St Matthew Passion: it is an oratorio by Vivaldi.
Take the St Matthew Passion, an oratorio by Vivaldi.
Take the St Matthew Passion, composed by Vivaldi.
Take Keynes, who argued for free markets.
Take Hayek and Keynes: the former argued for free markets, the latter against them.
Take a look at The Hobbit, written by Virginia Woolf.
Take note: The Hobbit was written by Virginia Woolf.
Take The Hobbit, a novel by Virginia Woolf.
Take The Hobbit: a novel by Tolkien from the Baroque period.
The St Matthew Passion dates from the Baroque period; take The Hobbit, a novel from the Baroque period.
The St Matthew Passion is an oratorio; take The Blue Danube, a waltz from the Baroque period.
@arts user:eva
# (3) ellipsis after the user's claim
You loved the St Matthew Passion, which was composed by Bach, as was The Four Seasons.
You loved the St Matthew Passion, which dates from the Baroque period, as does The Hobbit.
You loved the St Matthew Passion, which dates from the Baroque period, and so does Mrs Dalloway.
You loved the St Matthew Passion, which dates from the Baroque period, as do The Four Seasons and The Hobbit.
You loved The Hobbit, which dates from the interwar period, as does The Four Seasons.
You loved The Hobbit, which was written by Tolkien, as was Mrs Dalloway.
You loved The Hobbit, which dates from the interwar period, as does Joan of Arc.
You loved The Four Seasons, which was rediscovered during the interwar period, as was Bach.
You loved the St Matthew Passion, which was composed by Bach, as does The Four Seasons.
You loved The Hobbit, which dates from the interwar period, as does Girl with a Pearl Earring.
You loved Girl with a Pearl Earring, which hangs in the Mauritshuis, as does The Milkmaid.
You loved Girl with a Pearl Earring, which hangs in the Mauritshuis, and so does The Milkmaid.
You loved Girl with a Pearl Earring, which was painted by Vermeer, as was The Four Seasons.
You loved the St Matthew Passion, which dates from the Baroque period, as does Mrs Dalloway.
You loved Mrs Dalloway, which dates from the interwar period, as does The Hobbit.
You loved The Hobbit and The Four Seasons, which date from the interwar period, as does Mrs Dalloway.
You loved The Blue Danube, which dates from the Romantic era, as does Also sprach Zarathustra.
You loved The Hobbit, which dates from the interwar period, as does Also sprach Zarathustra.
You loved The Hobbit, which was written by Tolkien, as was The Four Seasons.
You loved The Four Seasons, which dates from the interwar period.
# arguable: "as does Z" of a person: Z loves it too, or Z "dates from" the period (Keynes, Woolf,
# Bach and Vivaldi lived during it); "as did" of a book that cannot love
You loved The Hobbit, which dates from the interwar period, as does Keynes.
You loved The Hobbit, which dates from the interwar period, as does Virginia Woolf.
You loved The Four Seasons, which dates from the Baroque period, as does Bach.
You loved The Four Seasons, which dates from the Baroque period, as does Vivaldi.
You loved the St Matthew Passion, which dates from the Baroque period, as does Antonio Vivaldi.
You loved The Hobbit, which dates from the interwar period, as did Mrs Dalloway.
@outdoors
# (4) gapping with "within", "among", "around", "along", "beyond", "behind", "against", "about"
# kept: wrong objects, swapped objects, another relation's subject, another preposition
The Lake District lies within Cumbria, the Peak District within Devon.
The Lake District lies within Cumbria, and Dartmoor within Derbyshire.
The Lake District lies within Derbyshire, the Peak District within Cumbria.
The Lake District lies within Cumbria, Snowdonia within Cumbria.
The Lake District lies within Cumbria, the Peak District within Derbyshire and Devon.
The Lake District lies within Cumbria, the Peak District within Derbyshire, Dartmoor within Gwynedd.
The Lake District lies within Cumbria, the Peak District beyond Derbyshire.
The Lake District lies within Cumbria, the Peak District far beyond Derbyshire.
The Lake District lies within Cumbria, the Peak District around Derbyshire.
The Lake District lies within Cumbria, the Peak District behind Derbyshire.
The Lake District lies within Cumbria, the Peak District along Derbyshire.
The Lake District lies within Cumbria, the Peak District near Derbyshire.
The Lake District lies within Cumbria, the Peak District outside Derbyshire.
The Lake District lies within Cumbria, the Peak District not within Derbyshire.
The Lake District lies within Cumbria, but the Peak District not within Derbyshire.
The Lake District lies within Cumbria, Minehead within Devon.
Jane Goodall lived among chimpanzees, Dian Fossey among lions.
Jane Goodall lived among chimpanzees, and Joy Adamson among mountain gorillas.
Jane Goodall lived among mountain gorillas, Dian Fossey among chimpanzees.
Jane Goodall lived among chimpanzees, James Cook among lions.
Jane Goodall lived among chimpanzees, Dian Fossey beyond mountain gorillas.
Jane Goodall lived among chimpanzees, Dian Fossey against mountain gorillas.
Jane Goodall lived among chimpanzees, Dian Fossey behind mountain gorillas.
Jane Goodall lived among lions.
The Moon revolves around Earth, Phobos around Saturn.
The Moon revolves around Earth, Titan around Mars.
The Moon revolves around Mars, Phobos around Earth.
The Moon revolves around Earth, and Titan around Earth.
The Moon revolves around Earth, the Kuiper Belt around Neptune.
The Moon revolves around Earth, Phobos beyond Mars.
The Moon revolves around Earth, Phobos within Mars.
The Moon revolves around Earth, Phobos behind Mars.
James Cook sailed around New Zealand, Matthew Flinders around Tasmania.
James Cook sailed around New Zealand, and George Vancouver around Tasmania.
James Cook sailed around Australia.
Abel Tasman sailed around Tasmania.
The Thames Path runs along the River Severn.
The Thames Path runs along the River Thames, and Offa's Dyke Path along the River Severn.
Offa's Dyke Path runs along the Welsh border and the River Thames.
Max Verstappen finished behind Lewis Hamilton.
Lewis Hamilton finished behind Max Verstappen, and Carlos Sainz behind Lewis Hamilton.
Max Verstappen finished ahead of Lewis Hamilton, Charles Leclerc behind Carlos Sainz.
Lewis Hamilton finished ahead of Charles Leclerc, and Max Verstappen behind Lewis Hamilton.
France won against Argentina.
Argentina won against France, and Spain against Germany.
Argentina won against France, Argentina against Germany.
The Oort Cloud lies beyond Neptune.
The Kuiper Belt lies beyond Neptune, and the Oort Cloud beyond Saturn.
# (1) clefts, (2) "Take"
It was Jane Goodall who lived among mountain gorillas.
It was James Cook who sailed around Australia.
It was Dian Fossey that lived among chimpanzees.
It was Lewis Hamilton who finished ahead of Max Verstappen.
It was Argentina that lost to France.
It was Phobos that revolves around Earth.
It is the Kuiper Belt that lies beyond the Oort Cloud.
It is the Lake District that lies within Derbyshire.
It was Dartmoor that lies within Cumbria.
Take the Lake District and Dartmoor: both lie within Devon.
Take the Lake District and the Peak District: the former lies within Derbyshire, the latter within Cumbria.
Take the Thames Path: it runs along the River Severn.
Take the Thames Path along the River Severn.
Take the Thames Path, which starts in Chepstow.
Take Offa's Dyke Path and the Thames Path: both start in Kemble.
Take Jane Goodall and Dian Fossey: both lived among chimpanzees.
The Thames Path is a trail along the River Severn.
Offa's Dyke Path runs along the Welsh border; take the Thames Path, a trail along the Welsh border.
The Lake District lies within Cumbria; take the Peak District, a national park within Cumbria.
The Peak District is a national park within Cumbria.
@outdoors user:leo
# (3) ellipsis after the user's claim; "as do A and B" with B another loved item
You loved the Thames Path, which runs along the River Thames, as does Offa's Dyke Path.
You loved the Thames Path, which starts in Kemble, as does Offa's Dyke Path.
You loved the Thames Path, which starts in Kemble, and so does the South West Coast Path.
You loved the Lake District, which lies within Cumbria, as does the Peak District.
You loved the Lake District, which lies within Cumbria, as does Dartmoor.
You loved the Lake District, which lies within Cumbria, and so does Snowdonia.
You loved Offa's Dyke Path, which runs along the River Wye, as does the Thames Path.
You loved Offa's Dyke Path, which starts in Chepstow, as does Jane Goodall.
You loved the Thames Path, which runs along the River Thames, as does James Cook.
You loved the Thames Path, which starts in Kemble, as did the Peak District.
You gave the Lake District four and a half stars, and it lies within Cumbria, as does the Peak District.
You loved the Lake District, which lies within Cumbria, as does Kemble.
You loved the Peak District, which lies within Derbyshire.
You loved Offa's Dyke Path, which starts in Chepstow, as do the Wye Valley Walk and the Thames Path.
You loved Offa's Dyke Path, which runs along the River Wye, as do the Wye Valley Walk and the Thames Path.
You loved the Lake District, which lies within Cumbria, as do the Yorkshire Dales and Snowdonia.
You loved the Lake District, which lies within Cumbria, as do the Yorkshire Dales and the Peak District.
You loved Offa's Dyke Path, which starts in Chepstow, as does the Wye Valley Walk, and so does the Thames Path.
"""

CONTROLS = r"""
@bridges
Tower Bridge spans the River Thames.
Tower Bridge crosses the River Thames.
The River Thames is crossed by Tower Bridge.
Tower Bridge is a bascule bridge over the River Thames.
Tower Bridge is a bascule bridge across the River Thames.
The Tyne Bridge is an arch bridge spanning the River Tyne.
Tower Bridge spanned the River Thames.
Tower Bridge was built with steel and granite.
The Brooklyn Bridge was constructed with granite, limestone and steel.
Tower Bridge dates from the Victorian era.
Tower Bridge is from the Victorian era.
Tower Bridge is a bascule bridge from the Victorian era.
The Pont du Gard dates from the Roman period.
The Pont du Gard was restored during the Second Empire.
The Tower of London overlooks the River Thames.
The Channel Tunnel runs under the Strait of Dover.
It was Dorman Long that built the Tyne Bridge.
It was Dorman Long that the Tyne Bridge was built by.
Take Tower Bridge and the Tyne Bridge: the former spans the River Thames, the latter the River Tyne.
Tower Bridge was built during the Victorian era, the Tyne Bridge during the interwar period.
@bridges user:nia
You loved Tower Bridge, which spans the River Thames, as does the Millennium Bridge.
You loved Tower Bridge, which spans the River Thames, and so does the Millennium Bridge.
You loved Tower Bridge, which spans the River Thames, as the Millennium Bridge does.
You loved the Tyne Bridge, which spans the River Tyne, as does the Gateshead Millennium Bridge.
You loved the Tyne Bridge, which is an arch bridge, as is the Pont du Gard.
You loved Tower Bridge, which stands in London, as does the Tower of London.
You loved Tower Bridge, which was built during the Victorian era, and so was the Forth Bridge.
You loved Tower Bridge, which was built by Sir William Arrol & Co., as was the Forth Bridge.
You loved the Pont du Gard, which is made of limestone, as is the Brooklyn Bridge.
You loved Tower Bridge, a bascule bridge over the Thames.
@prehistory
Iguanodon lived during the Early Cretaceous.
Iguanodon dates from the Early Cretaceous.
Iguanodon lived in the Early Cretaceous.
Iguanodon is from the Early Cretaceous.
Iguanodon is an ornithopod from the Early Cretaceous.
Iguanodon is an ornithopod.
Tyrannosaurus was a theropod.
Brachiosaurus was a sauropod named by Elmer Riggs.
Brachiosaurus is a sauropod dinosaur.
Iguanodon was discovered during the Regency era.
It was Gideon Mantell who named Iguanodon.
Tyrannosaurus lived during the Late Cretaceous, Stegosaurus during the Late Jurassic.
@prehistory user:ida
You loved Brachiosaurus, which lived during the Late Jurassic, as did Stegosaurus.
You loved Tyrannosaurus, which lived in the Late Cretaceous, as did Velociraptor.
You loved Tyrannosaurus, which was named by Henry Fairfield Osborn, as was Velociraptor.
You loved Tyrannosaurus, which is displayed in the Field Museum, as is Brachiosaurus.
You loved Iguanodon, which was a herbivore, as was the woolly mammoth.
@arts
Johann Sebastian Bach lived during the Baroque period.
Bach lived in the Baroque period.
The St Matthew Passion dates from the Baroque period.
The St Matthew Passion was rediscovered during the Romantic era.
Joan of Arc was canonized during the interwar period.
Virginia Woolf is part of the Bloomsbury Group.
Tolkien wrote about Middle-earth, Lewis about Narnia.
It was Johann Sebastian Bach who composed the St Matthew Passion.
It was Johannes Vermeer who painted The Milkmaid.
Take the St Matthew Passion and The Four Seasons: both date from the Baroque period.
Keynes argued for deficit spending, Hayek against it.
@arts user:eva
You loved Girl with a Pearl Earring, which was painted by Vermeer, as was The Milkmaid.
You loved The Four Seasons, which was rediscovered during the interwar period, as was Vivaldi.
You loved The Hobbit, which dates from the interwar period, as does Mrs Dalloway.
You disliked Mrs Dalloway, which dates from the interwar period, as does The Hobbit.
@outdoors
The Moon revolves around Earth, Phobos around Mars.
Jane Goodall lived among chimpanzees, Dian Fossey among mountain gorillas.
The Lake District lies within Cumbria, the Peak District within Derbyshire.
It was Jane Goodall who lived among chimpanzees.
Take the Thames Path and Offa's Dyke Path: the former starts in Kemble, the latter in Chepstow.
James Cook sailed around New Zealand, Matthew Flinders around Australia.
The Kuiper Belt lies beyond Neptune, the Oort Cloud beyond the Kuiper Belt.
Lewis Hamilton finished behind Max Verstappen, Carlos Sainz behind Charles Leclerc.
Argentina won against France, Spain against the Netherlands.
The Thames Path runs along the River Thames, Offa's Dyke Path along the Welsh border.
@outdoors user:leo
You loved Offa's Dyke Path, which starts in Chepstow, as does the Wye Valley Walk.
You loved the Lake District, which lies within Cumbria, as does the Yorkshire Dales.
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
        # a year read as a date (the graph's year of a dinosaur is the year it was named, not the time it
        # dates from): an older reading of years, not this round's
        'Stegosaurus dates from 1877.',
        'Stegosaurus is from 1877.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # arguable: the Pont du Gard did exist during the Second Empire (it was restored then); a bridge
        # does not live
        'The Pont du Gard existed during the Second Empire.',
        'The Pont du Gard lived during the Second Empire.',
        # arguable: a cleft says the one who did it ("It was X who designed Y": X alone), and Tower
        # Bridge had two designers (Horace Jones and John Wolfe Barry), the Forth Bridge two (John Fowler
        # and Benjamin Baker), Tower Bridge two materials
        'It was Horace Jones who designed Tower Bridge.',
        'It was John Fowler who designed the Forth Bridge.',
        'It was steel that Tower Bridge was built with.',
        # arguable: "from" an architect or a builder may say whose design it is (an older reading)
        'The Tyne Bridge is an arch bridge from Dorman Long.',
        'Tower Bridge is a bascule bridge from Horace Jones.',
        # arguable: "as does Z" after a passive relative ("was built by"): no verb "does" repeats; or a
        # cleft's "the one": Nia loved several
        'You loved Tower Bridge, which was built by Sir William Arrol & Co., as does the Forth Bridge.',
        'It was Tower Bridge that you loved.',
        # arguable: a fossil of it existed then; a paleontologist active during an era lived in it (or is
        # "from" it); "from" may attach to the naming paleontologist or to the formation
        'Iguanodon existed during the Regency era.',
        'Iguanodon existed in the Regency era.',
        'Pterodactylus existed in the Napoleonic era.',
        'Gideon Mantell is from the Regency era.',
        'Gideon Mantell dates from the Regency era.',
        'Gideon Mantell lived in the Regency era.',
        'Othniel Charles Marsh lived during the Gilded Age.',
        'Henry Fairfield Osborn lived in the Progressive Era.',
        'Georges Cuvier lived in the Napoleonic era.',
        'Georges Cuvier dates from the Napoleonic era.',
        'Iguanodon was named by Gideon Mantell from the Regency era.',
        'Brachiosaurus was named by Elmer Riggs from the Late Jurassic.',
        'Tyrannosaurus was named by Henry Fairfield Osborn from the Late Cretaceous.',
        'Tyrannosaurus was found in the Hell Creek Formation from the Late Cretaceous.',
        'Elmer Riggs named Brachiosaurus from the Late Jurassic.',
        'Elmer Riggs named Brachiosaurus from the Gilded Age.',
        # arguable: a genus called its family ("is a tyrannosaurid" is right, the family's Latin name is
        # loose)
        'Tyrannosaurus is a Tyrannosauridae.',
        # arguable: "as does Z" after a passive relative clause
        'You loved Tyrannosaurus, which was named by Osborn, as does Velociraptor.',
        # arguable: a work that was rediscovered in an era existed in it; a work does not "live"
        'The St Matthew Passion existed during the Romantic era.',
        'Ordo Virtutum existed in the postwar period.',
        'The Hobbit lived in the interwar period.',
        'Mrs Dalloway lived during the interwar period.',
        # arguable: "an Inklings", "a Les Six": the plural name of a circle garbled for one member; "a
        # Bach family from the Baroque period" garbled the same way
        'Tolkien is an Inklings.',
        'Francis Poulenc is a Les Six.',
        'Johann Sebastian Bach was a Bach family from the Baroque period.',
        # arguable: "as does Z" of a person: Z loves it too, or Z "dates from" the period (Keynes, Woolf,
        # Bach and Vivaldi lived during it); "as did" of a book that cannot love
        'You loved The Hobbit, which dates from the interwar period, as does Keynes.',
        'You loved The Hobbit, which dates from the interwar period, as does Virginia Woolf.',
        'You loved The Four Seasons, which dates from the Baroque period, as does Bach.',
        'You loved The Four Seasons, which dates from the Baroque period, as does Vivaldi.',
        'You loved the St Matthew Passion, which dates from the Baroque period, as does Antonio Vivaldi.',
        'You loved The Hobbit, which dates from the interwar period, as did Mrs Dalloway.',
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
