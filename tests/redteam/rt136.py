"""Red team round 136 (the readings of the round's CHANGES.diff): "X is in the Y style" and "X was
built / designed / painted / rebuilt ... in the Y style" reading X's N (a role noun of a relation
after the name Y, after a copula or a copula and a participle of making); "belongs to" also read
as "is part of" / "is a part of"; "is built / made / constructed of / from" also read as "... out
of"; "himself" / "herself" / "themselves" ending a clause right after its object as glue; an
attribute's own type noun before its name ("the distributor 20th Century Fox") as glue.
Attacked: the participle "rebuilt" where the graph keeps a remodelling apart, role nouns of other
relations after the name ("in the Lindisfarne diocese" of a former diocese, "in the English language"
of a dubbing, "in the European market" of a withdrawal, "in the ukiyo-e tradition" of an
influence, "painted in the Cubism movement / series" where the older "painted in the" cue reads
the style and the other noun is dropped), negation, lists, ellipsis, persons and places as
subjects; "is part of" where "belongs to" is ownership (a painting or a car and its collector)
next to "is part of" a series or a lineup; "out of" with a wrong material, another verb or a
non-material; "himself" after a wrong claim, a negation, a year, a user claim; type nouns of the
wrong type, of another attribute, and of one of two entities sharing a name. False texts only
(one false statement each), plus faithful controls."""

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


def churches():
    """Cathedrals and churches (items, the year each was begun): the city each "is located in";
    the style each "is built in" (its noun "style", from "is the style of") next to the style a
    few "was remodelled in" (Würzburg and Speyer, Romanesque remodelled as Baroque); the
    architect; the denomination each "belongs to" (membership: "is part of" it is true) next to
    the heritage site each "is part of" and the owner each "is owned by"; the diocese a few
    "formerly belonged to" (the only relation to dioceses, so "diocese" is its noun); the saint;
    the stone each "is built from"."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("cathedral", "church"),
          range=("city",)),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", domain=("cathedral", "church"),
          range=("style",)),
        R("rebuilt_style", phrase="was remodelled in", inverse_phrase="was used to remodel",
          domain=("cathedral", "church"), range=("style",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("cathedral", "church"),
          range=("architect",)),
        R("belongs_to", phrase="belongs to", inverse_phrase="counts among its churches",
          domain=("cathedral", "church"), range=("denomination",)),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=("cathedral", "church"),
          range=("heritage site",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("cathedral", "church"),
          range=("owner",)),
        R("former_diocese", phrase="formerly belonged to", inverse_phrase="formerly included",
          domain=("cathedral", "church"), range=("diocese",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the patron saint of",
          domain=("cathedral", "church"), range=("saint",)),
        R("built_from", phrase="is built from", inverse_phrase="was used to build", domain=("cathedral", "church"),
          range=("material",)),
    ]
    items = {
        "d:salisbury": ("cathedral", "Salisbury Cathedral", 1220), "d:cologne": ("cathedral", "Cologne Cathedral", 1248),
        "d:durham": ("cathedral", "Durham Cathedral", 1093), "d:stpauls": ("cathedral", "St Paul's Cathedral", 1675),
        "d:westminster": ("church", "Westminster Abbey", 1245), "d:wcath": ("cathedral", "Westminster Cathedral", 1895),
        "d:speyer": ("cathedral", "Speyer Cathedral", 1030), "d:chartres": ("cathedral", "Chartres Cathedral", 1194),
        "d:stmichael": ("church", "St Michael's Church", 1010), "d:frauen": ("church", "Frauenkirche", 1726),
        "d:liverpool": ("cathedral", "Liverpool Cathedral", 1904), "d:wurzburg": ("cathedral", "Würzburg Cathedral", 1040),
    }
    others = {
        "c:salisbury": ("city", "Salisbury"), "c:cologne": ("city", "Cologne"), "c:durham": ("city", "Durham"),
        "c:london": ("city", "London"), "c:speyer": ("city", "Speyer"), "c:chartres": ("city", "Chartres"),
        "c:hildesheim": ("city", "Hildesheim"), "c:dresden": ("city", "Dresden"), "c:liverpool": ("city", "Liverpool"),
        "c:wurzburg": ("city", "Würzburg"),
        "s:gothic": ("style", "Gothic"), "s:ee": ("style", "Early English"), "s:romanesque": ("style", "Romanesque"),
        "s:baroque": ("style", "Baroque"), "s:byzrev": ("style", "Byzantine Revival"),
        "s:gothrev": ("style", "Gothic Revival"), "s:rococo": ("style", "Rococo"),
        "a:wren": ("architect", "Christopher Wren"), "a:bentley": ("architect", "John Francis Bentley"),
        "a:bahr": ("architect", "George Bähr"), "a:scott": ("architect", "Giles Gilbert Scott"),
        "a:gerhard": ("architect", "Master Gerhard"), "a:neumann": ("architect", "Balthasar Neumann"),
        "a:henry": ("architect", "Henry of Reyns"),
        "n:coe": ("denomination", "the Church of England"), "n:catholic": ("denomination", "the Catholic Church"),
        "n:lutheran": ("denomination", "the Lutheran Church"),
        "h:westminster": ("heritage site", "the Westminster World Heritage Site"),
        "h:durham": ("heritage site", "the Durham Castle and Cathedral site"),
        "h:hildesheim": ("heritage site", "the Hildesheim World Heritage Site"),
        "o:chapter": ("owner", "the Dean and Chapter"), "o:crown": ("owner", "the Crown"),
        "o:stiftung": ("owner", "the Frauenkirche Foundation"), "o:land": ("owner", "the State of Bavaria"),
        "v:sarum": ("diocese", "Sarum"), "v:lindisfarne": ("diocese", "Lindisfarne"),
        "v:winchester": ("diocese", "Winchester"), "v:mainz": ("diocese", "Mainz"),
        "v:london": ("diocese", "London"),
        "z:mary": ("saint", "Saint Mary"), "z:peter": ("saint", "Saint Peter"), "z:paul": ("saint", "Saint Paul"),
        "z:cuthbert": ("saint", "Saint Cuthbert"), "z:michael": ("saint", "Saint Michael"), "z:kilian": ("saint", "Saint Kilian"),
        "z:blood": ("saint", "the Precious Blood"),
        "m:portland": ("material", "Portland stone"), "m:sandstone": ("material", "sandstone"),
        "m:brick": ("material", "brick"), "m:chilmark": ("material", "Chilmark stone"), "m:limestone": ("material", "limestone"),
    }
    T = [
        ("d:salisbury", "located_in", "c:salisbury"), ("d:cologne", "located_in", "c:cologne"),
        ("d:durham", "located_in", "c:durham"), ("d:stpauls", "located_in", "c:london"),
        ("d:westminster", "located_in", "c:london"), ("d:wcath", "located_in", "c:london"),
        ("d:speyer", "located_in", "c:speyer"), ("d:chartres", "located_in", "c:chartres"),
        ("d:stmichael", "located_in", "c:hildesheim"), ("d:frauen", "located_in", "c:dresden"),
        ("d:liverpool", "located_in", "c:liverpool"), ("d:wurzburg", "located_in", "c:wurzburg"),
        ("d:salisbury", "style", "s:ee"), ("d:cologne", "style", "s:gothic"), ("d:durham", "style", "s:romanesque"),
        ("d:stpauls", "style", "s:baroque"), ("d:westminster", "style", "s:gothic"), ("d:wcath", "style", "s:byzrev"),
        ("d:speyer", "style", "s:romanesque"), ("d:chartres", "style", "s:gothic"), ("d:stmichael", "style", "s:romanesque"),
        ("d:frauen", "style", "s:baroque"), ("d:liverpool", "style", "s:gothrev"), ("d:wurzburg", "style", "s:romanesque"),
        ("d:wurzburg", "rebuilt_style", "s:baroque"), ("d:speyer", "rebuilt_style", "s:baroque"),
        ("d:westminster", "rebuilt_style", "s:gothrev"),
        ("d:stpauls", "designed_by", "a:wren"), ("d:wcath", "designed_by", "a:bentley"), ("d:frauen", "designed_by", "a:bahr"),
        ("d:liverpool", "designed_by", "a:scott"), ("d:cologne", "designed_by", "a:gerhard"),
        ("d:westminster", "designed_by", "a:henry"), ("d:wurzburg", "designed_by", "a:neumann"),
        ("d:salisbury", "belongs_to", "n:coe"), ("d:durham", "belongs_to", "n:coe"), ("d:stpauls", "belongs_to", "n:coe"),
        ("d:westminster", "belongs_to", "n:coe"), ("d:liverpool", "belongs_to", "n:coe"),
        ("d:wcath", "belongs_to", "n:catholic"), ("d:cologne", "belongs_to", "n:catholic"),
        ("d:speyer", "belongs_to", "n:catholic"), ("d:chartres", "belongs_to", "n:catholic"),
        ("d:wurzburg", "belongs_to", "n:catholic"), ("d:stmichael", "belongs_to", "n:lutheran"),
        ("d:frauen", "belongs_to", "n:lutheran"),
        ("d:westminster", "part_of", "h:westminster"), ("d:durham", "part_of", "h:durham"),
        ("d:stmichael", "part_of", "h:hildesheim"),
        ("d:westminster", "owned_by", "o:crown"), ("d:salisbury", "owned_by", "o:chapter"),
        ("d:frauen", "owned_by", "o:stiftung"), ("d:wurzburg", "owned_by", "o:land"),
        ("d:salisbury", "former_diocese", "v:sarum"), ("d:westminster", "former_diocese", "v:london"),
        ("d:wurzburg", "former_diocese", "v:mainz"), ("d:durham", "former_diocese", "v:lindisfarne"),
        ("d:salisbury", "dedicated_to", "z:mary"), ("d:cologne", "dedicated_to", "z:peter"),
        ("d:stpauls", "dedicated_to", "z:paul"), ("d:durham", "dedicated_to", "z:cuthbert"),
        ("d:westminster", "dedicated_to", "z:peter"), ("d:wcath", "dedicated_to", "z:blood"),
        ("d:stmichael", "dedicated_to", "z:michael"), ("d:wurzburg", "dedicated_to", "z:kilian"),
        ("d:chartres", "dedicated_to", "z:mary"),
        ("d:stpauls", "built_from", "m:portland"), ("d:salisbury", "built_from", "m:chilmark"),
        ("d:frauen", "built_from", "m:sandstone"), ("d:wcath", "built_from", "m:brick"),
        ("d:liverpool", "built_from", "m:sandstone"), ("d:chartres", "built_from", "m:limestone"),
        ("d:durham", "built_from", "m:sandstone"),
    ]
    return _build(items, others, rels, T)


def paintings():
    """Paintings and sculptures (items, the year each was made): the painter or sculptor; the
    style each "is painted in" (noun "style") next to the movement each "belongs to the movement"
    and the tradition that "influenced" it (the only relation to traditions: noun "tradition");
    the collector each "belongs to" (ownership: it is no "part of" a person) next to the series
    each "is part of"; the museum that holds it; the material of the sculptures ("is made of");
    the collection a few "were stolen from" (noun "collection")."""
    rels = [
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("sculpted_by", phrase="was sculpted by", inverse_phrase="sculpted", domain=("sculpture",), range=("sculptor",)),
        R("style", phrase="is painted in the style", inverse_phrase="is the style of", domain=("painting",),
          range=("style",)),
        R("movement", phrase="belongs to the movement", inverse_phrase="includes", domain=("painting", "sculpture"),
          range=("movement",)),
        R("influenced_by", phrase="was influenced by", inverse_phrase="influenced", domain=("painting",),
          range=("tradition",)),
        R("belongs_to", phrase="belongs to", inverse_phrase="owns", domain=("painting", "sculpture"),
          range=("collector",)),
        R("part_of", phrase="is part of", inverse_phrase="includes the painting", domain=("painting",),
          range=("series",)),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=("painting", "sculpture"), range=("museum",)),
        R("made_of", phrase="is made of", inverse_phrase="is the material of", domain=("sculpture",),
          range=("material",)),
        R("stolen_from", phrase="was stolen from", inverse_phrase="lost", domain=("painting",), range=("collection",)),
    ]
    items = {
        "p:starry": ("painting", "The Starry Night", 1889), "p:sunflowers": ("painting", "Sunflowers", 1888),
        "p:impression": ("painting", "Impression, Sunrise", 1872), "p:nympheas": ("painting", "Water Lilies", 1906),
        "p:haystacks": ("painting", "Haystacks, End of Summer", 1891), "p:guernica": ("painting", "Guernica", 1937),
        "p:demoiselles": ("painting", "Les Demoiselles d'Avignon", 1907), "p:scream": ("painting", "The Scream", 1893),
        "p:salvator": ("painting", "Salvator Mundi", 1500), "p:interchange": ("painting", "Interchange", 1955),
        "p:cardplayers": ("painting", "The Card Players", 1893), "p:concert": ("painting", "The Concert", 1664),
        "p:nafea": ("painting", "Nafea Faa Ipoipo", 1892), "p:marilyn": ("painting", "Shot Sage Blue Marilyn", 1964),
        "p:dynamism": ("painting", "Dynamism of a Dog on a Leash", 1912),
        "s:thinker": ("sculpture", "The Thinker", 1904), "s:david": ("sculpture", "David", 1504),
        "s:kiss": ("sculpture", "The Kiss", 1882), "s:bird": ("sculpture", "Bird in Space", 1923),
    }
    others = {
        "a:vangogh": ("painter", "Vincent van Gogh"), "a:monet": ("painter", "Claude Monet"),
        "a:picasso": ("painter", "Pablo Picasso"), "a:munch": ("painter", "Edvard Munch"),
        "a:leonardo": ("painter", "Leonardo da Vinci"), "a:kooning": ("painter", "Willem de Kooning"),
        "a:cezanne": ("painter", "Paul Cézanne"), "a:vermeer": ("painter", "Johannes Vermeer"),
        "a:gauguin": ("painter", "Paul Gauguin"), "a:warhol": ("painter", "Andy Warhol"),
        "a:balla": ("painter", "Giacomo Balla"),
        "r:rodin": ("sculptor", "Auguste Rodin"), "r:michelangelo": ("sculptor", "Michelangelo"),
        "r:brancusi": ("sculptor", "Constantin Brâncuși"),
        "y:postimp": ("style", "Post-Impressionism"), "y:imp": ("style", "Impressionism"), "y:cubism": ("style", "Cubism"),
        "y:expr": ("style", "Expressionism"), "y:renaissance": ("style", "Renaissance"),
        "y:abstract": ("style", "Abstract Expressionism"), "y:baroque": ("style", "Baroque"), "y:pop": ("style", "Pop Art"),
        "y:synth": ("style", "Synthetism"),
        "v:imp": ("movement", "Impressionist"), "v:futurism": ("movement", "Futurist"), "v:nyschool": ("movement", "New York School"),
        "v:dutch": ("movement", "Dutch Golden Age"), "v:modernism": ("movement", "Modernist"),
        "v:highren": ("movement", "High Renaissance"),
        "t:ukiyoe": ("tradition", "ukiyo-e"), "t:iberian": ("tradition", "Iberian"), "t:african": ("tradition", "African"),
        "t:tahitian": ("tradition", "Polynesian"),
        "o:mbs": ("collector", "Mohammed bin Salman"), "o:griffin": ("collector", "Ken Griffin"),
        "o:qatar": ("collector", "the Qatari royal family"), "o:gagosian": ("collector", "Larry Gagosian"),
        "o:dietrich": ("collector", "Marlene Dietrich"),
        "e:haystacks": ("series", "Haystacks"), "e:lilies": ("series", "Water Lilies series"),
        "e:sunflowers": ("series", "Sunflowers series"), "e:cardplayers": ("series", "Card Players series"),
        "e:scream": ("series", "The Scream series"),
        "m:moma": ("museum", "Museum of Modern Art"), "m:natgal": ("museum", "National Gallery"),
        "m:marmottan": ("museum", "Musée Marmottan Monet"), "m:reina": ("museum", "Museo Reina Sofía"),
        "m:natmus": ("museum", "National Museum of Norway"), "m:rodin": ("museum", "Musée Rodin"),
        "m:accademia": ("museum", "Galleria dell'Accademia"), "m:albright": ("museum", "Buffalo AKG Art Museum"),
        "m:orangerie": ("museum", "Musée de l'Orangerie"),
        "k:gardner": ("collection", "Gardner collection"), "k:marmottan": ("collection", "Marmottan collection"),
        "k:munch": ("collection", "Munch collection"),
        "x:bronze": ("material", "bronze"), "x:marble": ("material", "marble"),
    }
    T = [
        ("p:starry", "painted_by", "a:vangogh"), ("p:sunflowers", "painted_by", "a:vangogh"),
        ("p:impression", "painted_by", "a:monet"), ("p:nympheas", "painted_by", "a:monet"),
        ("p:haystacks", "painted_by", "a:monet"), ("p:guernica", "painted_by", "a:picasso"),
        ("p:demoiselles", "painted_by", "a:picasso"), ("p:scream", "painted_by", "a:munch"),
        ("p:salvator", "painted_by", "a:leonardo"), ("p:interchange", "painted_by", "a:kooning"),
        ("p:cardplayers", "painted_by", "a:cezanne"), ("p:concert", "painted_by", "a:vermeer"),
        ("p:nafea", "painted_by", "a:gauguin"), ("p:marilyn", "painted_by", "a:warhol"),
        ("p:dynamism", "painted_by", "a:balla"),
        ("s:thinker", "sculpted_by", "r:rodin"), ("s:kiss", "sculpted_by", "r:rodin"),
        ("s:david", "sculpted_by", "r:michelangelo"), ("s:bird", "sculpted_by", "r:brancusi"),
        ("p:starry", "style", "y:postimp"), ("p:sunflowers", "style", "y:postimp"), ("p:impression", "style", "y:imp"),
        ("p:nympheas", "style", "y:imp"), ("p:haystacks", "style", "y:imp"), ("p:guernica", "style", "y:cubism"),
        ("p:demoiselles", "style", "y:cubism"), ("p:scream", "style", "y:expr"), ("p:salvator", "style", "y:renaissance"),
        ("p:interchange", "style", "y:abstract"), ("p:cardplayers", "style", "y:postimp"),
        ("p:concert", "style", "y:baroque"), ("p:nafea", "style", "y:synth"), ("p:marilyn", "style", "y:pop"),
        ("p:dynamism", "style", "y:cubism"),
        ("p:impression", "movement", "v:imp"), ("p:nympheas", "movement", "v:imp"), ("p:haystacks", "movement", "v:imp"),
        ("p:dynamism", "movement", "v:futurism"), ("p:interchange", "movement", "v:nyschool"),
        ("p:concert", "movement", "v:dutch"), ("p:guernica", "movement", "v:modernism"),
        ("p:salvator", "movement", "v:highren"), ("s:bird", "movement", "v:modernism"),
        ("p:starry", "influenced_by", "t:ukiyoe"), ("p:demoiselles", "influenced_by", "t:iberian"),
        ("p:demoiselles", "influenced_by", "t:african"), ("p:nafea", "influenced_by", "t:tahitian"),
        ("p:salvator", "belongs_to", "o:mbs"), ("p:interchange", "belongs_to", "o:griffin"),
        ("p:cardplayers", "belongs_to", "o:qatar"), ("p:nafea", "belongs_to", "o:qatar"),
        ("p:marilyn", "belongs_to", "o:gagosian"), ("s:kiss", "belongs_to", "o:dietrich"),
        ("p:haystacks", "part_of", "e:haystacks"), ("p:nympheas", "part_of", "e:lilies"),
        ("p:sunflowers", "part_of", "e:sunflowers"), ("p:cardplayers", "part_of", "e:cardplayers"),
        ("p:scream", "part_of", "e:scream"),
        ("p:starry", "held_by", "m:moma"), ("p:sunflowers", "held_by", "m:natgal"), ("p:impression", "held_by", "m:marmottan"),
        ("p:nympheas", "held_by", "m:orangerie"), ("p:guernica", "held_by", "m:reina"), ("p:demoiselles", "held_by", "m:moma"),
        ("p:scream", "held_by", "m:natmus"), ("s:thinker", "held_by", "m:rodin"), ("s:david", "held_by", "m:accademia"),
        ("p:dynamism", "held_by", "m:albright"), ("s:bird", "held_by", "m:moma"),
        ("s:thinker", "made_of", "x:bronze"), ("s:david", "made_of", "x:marble"), ("s:kiss", "made_of", "x:marble"),
        ("s:bird", "made_of", "x:bronze"),
        ("p:concert", "stolen_from", "k:gardner"), ("p:impression", "stolen_from", "k:marmottan"),
        ("p:scream", "stolen_from", "k:munch"),
    ]
    return _build(items, others, rels, T)


def films():
    """Films (items, the year each was released) and two users' ratings: director, writers,
    producers, the distributor (type "distributor") next to the studio that made it (type
    "studio"); the genre each "belongs to" (noun "genre") next to the genre a few "spoof"; the
    languages each "was dubbed into" (the only relation to languages: noun "language"); where
    each "was filmed" (a country or a state: two entities named Georgia); the stars; the novel
    each "is based on" (the novels Jaws and The Shining share the films' names); namesakes."""
    rels = [
        R("directed_by", phrase="is directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("film",), range=("director", "writer")),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("film",),
          range=("director", "producer")),
        R("distributed_by", phrase="is distributed by", inverse_phrase="distributed", domain=("film",),
          range=("distributor",)),
        R("made_by_studio", phrase="was made by", inverse_phrase="made", domain=("film",), range=("studio",)),
        R("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of", domain=("film",),
          range=("genre",)),
        R("spoofs", phrase="spoofs", inverse_phrase="is spoofed by", domain=("film",), range=("genre",)),
        R("dubbed_into", phrase="was dubbed into", inverse_phrase="is a dubbing language of", domain=("film",),
          range=("language",)),
        R("filmed_in", phrase="was filmed in", inverse_phrase="was the filming location of", domain=("film",),
          range=("country", "state")),
        R("starring", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("actor", "director")),
        R("based_on", phrase="is based on", inverse_phrase="was adapted into", domain=("film",), range=("novel",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("film",),
          range=("character",)),
    ]
    items = {
        "f:alien": ("film", "Alien", 1979), "f:bladerunner": ("film", "Blade Runner", 1982),
        "f:airplane": ("film", "Airplane!", 1980), "f:scream": ("film", "Scream", 1996),
        "f:youngfrank": ("film", "Young Frankenstein", 1974), "f:unforgiven": ("film", "Unforgiven", 1992),
        "f:jaws": ("film", "Jaws", 1975), "f:amelie": ("film", "Amélie", 2001), "f:babydriver": ("film", "Baby Driver", 2017),
        "f:tangerines": ("film", "Tangerines", 2013), "f:toystory": ("film", "Toy Story", 1995),
        "f:rocky": ("film", "Rocky", 1976), "f:citizen": ("film", "Citizen Kane", 1941),
        "f:shining": ("film", "The Shining", 1980), "f:gravity": ("film", "Gravity", 2013),
    }
    others = {
        "p:scott": ("director", "Ridley Scott"), "p:zaz": ("director", "Jim Abrahams"), "p:craven": ("director", "Wes Craven"),
        "p:brooks": ("director", "Mel Brooks"), "p:eastwood": ("director", "Clint Eastwood"),
        "p:spielberg": ("director", "Steven Spielberg"), "p:jeunet": ("director", "Jean-Pierre Jeunet"),
        "p:wright": ("director", "Edgar Wright"), "p:urushadze": ("director", "Zaza Urushadze"),
        "p:lasseter": ("director", "John Lasseter"), "p:avildsen": ("director", "John G. Avildsen"),
        "p:welles": ("director", "Orson Welles"), "p:kubrick": ("director", "Stanley Kubrick"),
        "p:cuaron": ("director", "Alfonso Cuarón"),
        "w:obannon": ("writer", "Dan O'Bannon"), "w:williamson": ("writer", "Kevin Williamson"),
        "w:peoples": ("writer", "David Webb Peoples"), "w:mankiewicz": ("writer", "Herman J. Mankiewicz"),
        "w:wilder": ("writer", "Gene Wilder"),
        "q:hill": ("producer", "Walter Hill"), "q:zanuck": ("producer", "Richard D. Zanuck"),
        "q:heyman": ("producer", "David Heyman"),
        "a:stallone": ("actor", "Sylvester Stallone"), "a:weaver": ("actor", "Sigourney Weaver"),
        "a:hackman": ("actor", "Gene Hackman"), "a:nicholson": ("actor", "Jack Nicholson"),
        "a:bullock": ("actor", "Sandra Bullock"), "a:neve": ("actor", "Neve Campbell"),
        "d:fox": ("distributor", "20th Century Fox"), "d:wb": ("distributor", "Warner Bros."),
        "d:paramount": ("distributor", "Paramount Pictures"), "d:universal": ("distributor", "Universal Pictures"),
        "d:dimension": ("distributor", "Dimension Films"), "d:sony": ("distributor", "Sony Pictures"),
        "d:ua": ("distributor", "United Artists"), "d:rko": ("distributor", "RKO Pictures"),
        "d:buenavista": ("distributor", "Buena Vista"),
        "u:pixar": ("studio", "Pixar"), "u:brandywine": ("studio", "Brandywine Productions"),
        "u:amblin": ("studio", "Amblin"), "u:malpaso": ("studio", "Malpaso"),
        "u:mercury": ("studio", "Mercury Productions"), "u:working": ("studio", "Working Title"),
        "g:scifi": ("genre", "science fiction"), "g:horror": ("genre", "horror"), "g:comedy": ("genre", "comedy"),
        "g:disaster": ("genre", "disaster"), "g:slasher": ("genre", "slasher"), "g:western": ("genre", "western"),
        "g:thriller": ("genre", "thriller"), "g:drama": ("genre", "drama"), "g:animation": ("genre", "animation"),
        "g:heist": ("genre", "heist"), "g:noir": ("genre", "film noir"), "g:war": ("genre", "war"),
        "l:english": ("language", "English"), "l:german": ("language", "German"), "l:french": ("language", "French"),
        "l:estonian": ("language", "Estonian"), "l:russian": ("language", "Russian"), "l:italian": ("language", "Italian"),
        "n:uk": ("country", "United Kingdom"), "n:georgia": ("country", "Georgia"), "n:france": ("country", "France"),
        "n:usa": ("country", "United States"), "t:georgia": ("state", "Georgia"), "t:california": ("state", "California"),
        "t:massachusetts": ("state", "Massachusetts"), "t:alberta": ("state", "Alberta"),
        "b:jaws": ("novel", "Jaws"), "b:shining": ("novel", "The Shining"), "b:dads": ("novel", "Do Androids Dream of Electric Sheep?"),
        "h:rocky": ("character", "Rocky Balboa"), "h:kane": ("character", "Charles Foster Kane"),
        "h:amelie": ("character", "Amélie Poulain"),
    }
    T = [
        ("f:alien", "directed_by", "p:scott"), ("f:bladerunner", "directed_by", "p:scott"),
        ("f:airplane", "directed_by", "p:zaz"), ("f:scream", "directed_by", "p:craven"),
        ("f:youngfrank", "directed_by", "p:brooks"), ("f:unforgiven", "directed_by", "p:eastwood"),
        ("f:jaws", "directed_by", "p:spielberg"), ("f:amelie", "directed_by", "p:jeunet"),
        ("f:babydriver", "directed_by", "p:wright"), ("f:tangerines", "directed_by", "p:urushadze"),
        ("f:toystory", "directed_by", "p:lasseter"), ("f:rocky", "directed_by", "p:avildsen"),
        ("f:citizen", "directed_by", "p:welles"), ("f:shining", "directed_by", "p:kubrick"),
        ("f:gravity", "directed_by", "p:cuaron"),
        ("f:alien", "written_by", "w:obannon"), ("f:scream", "written_by", "w:williamson"),
        ("f:unforgiven", "written_by", "w:peoples"), ("f:citizen", "written_by", "w:mankiewicz"),
        ("f:citizen", "written_by", "p:welles"), ("f:youngfrank", "written_by", "p:brooks"),
        ("f:youngfrank", "written_by", "w:wilder"), ("f:airplane", "written_by", "p:zaz"),
        ("f:amelie", "written_by", "p:jeunet"), ("f:babydriver", "written_by", "p:wright"),
        ("f:tangerines", "written_by", "p:urushadze"), ("f:shining", "written_by", "p:kubrick"),
        ("f:gravity", "written_by", "p:cuaron"),
        ("f:alien", "produced_by", "q:hill"), ("f:jaws", "produced_by", "q:zanuck"), ("f:gravity", "produced_by", "q:heyman"),
        ("f:gravity", "produced_by", "p:cuaron"), ("f:unforgiven", "produced_by", "p:eastwood"),
        ("f:citizen", "produced_by", "p:welles"), ("f:shining", "produced_by", "p:kubrick"),
        ("f:alien", "distributed_by", "d:fox"), ("f:bladerunner", "distributed_by", "d:wb"),
        ("f:airplane", "distributed_by", "d:paramount"), ("f:scream", "distributed_by", "d:dimension"),
        ("f:youngfrank", "distributed_by", "d:fox"), ("f:unforgiven", "distributed_by", "d:wb"),
        ("f:jaws", "distributed_by", "d:universal"), ("f:babydriver", "distributed_by", "d:sony"),
        ("f:toystory", "distributed_by", "d:buenavista"), ("f:rocky", "distributed_by", "d:ua"),
        ("f:citizen", "distributed_by", "d:rko"), ("f:shining", "distributed_by", "d:wb"), ("f:gravity", "distributed_by", "d:wb"),
        ("f:alien", "made_by_studio", "u:brandywine"), ("f:toystory", "made_by_studio", "u:pixar"),
        ("f:unforgiven", "made_by_studio", "u:malpaso"), ("f:citizen", "made_by_studio", "u:mercury"),
        ("f:babydriver", "made_by_studio", "u:working"),
        ("f:alien", "has_genre", "g:scifi"), ("f:alien", "has_genre", "g:horror"), ("f:bladerunner", "has_genre", "g:scifi"),
        ("f:bladerunner", "has_genre", "g:noir"), ("f:airplane", "has_genre", "g:comedy"), ("f:scream", "has_genre", "g:slasher"),
        ("f:scream", "has_genre", "g:horror"), ("f:youngfrank", "has_genre", "g:comedy"),
        ("f:unforgiven", "has_genre", "g:western"), ("f:jaws", "has_genre", "g:thriller"), ("f:amelie", "has_genre", "g:comedy"),
        ("f:babydriver", "has_genre", "g:heist"), ("f:tangerines", "has_genre", "g:war"),
        ("f:toystory", "has_genre", "g:animation"), ("f:rocky", "has_genre", "g:drama"), ("f:citizen", "has_genre", "g:drama"),
        ("f:shining", "has_genre", "g:horror"), ("f:gravity", "has_genre", "g:scifi"),
        ("f:airplane", "spoofs", "g:disaster"), ("f:scream", "spoofs", "g:slasher"), ("f:youngfrank", "spoofs", "g:horror"),
        ("f:amelie", "dubbed_into", "l:english"), ("f:amelie", "dubbed_into", "l:german"),
        ("f:alien", "dubbed_into", "l:french"), ("f:tangerines", "dubbed_into", "l:russian"),
        ("f:jaws", "dubbed_into", "l:italian"),
        ("f:alien", "filmed_in", "n:uk"), ("f:babydriver", "filmed_in", "t:georgia"), ("f:tangerines", "filmed_in", "n:georgia"),
        ("f:amelie", "filmed_in", "n:france"), ("f:jaws", "filmed_in", "t:massachusetts"),
        ("f:unforgiven", "filmed_in", "t:alberta"), ("f:toystory", "filmed_in", "t:california"),
        ("f:shining", "filmed_in", "n:uk"), ("f:gravity", "filmed_in", "n:uk"),
        ("f:alien", "starring", "a:weaver"), ("f:unforgiven", "starring", "p:eastwood"),
        ("f:unforgiven", "starring", "a:hackman"), ("f:rocky", "starring", "a:stallone"),
        ("f:shining", "starring", "a:nicholson"), ("f:gravity", "starring", "a:bullock"), ("f:scream", "starring", "a:neve"),
        ("f:citizen", "starring", "p:welles"), ("f:youngfrank", "starring", "w:wilder"),
        ("f:jaws", "based_on", "b:jaws"), ("f:shining", "based_on", "b:shining"), ("f:bladerunner", "based_on", "b:dads"),
        ("f:rocky", "named_after", "h:rocky"), ("f:amelie", "named_after", "h:amelie"),
        ("user:ana", "rated", "f:alien", {"rating": 5.0}), ("user:ana", "rated", "f:jaws", {"rating": 2.0}),
        ("user:ben", "rated", "f:shining", {"rating": 4.5}), ("user:ben", "rated", "f:airplane", {"rating": 1.5}),
    ]
    return _build(items, others, rels, T, users=[("user:ana", "Ana"), ("user:ben", "Ben")])


def cars():
    """Cars (items, the year each was launched) and three marques: the manufacturer; the
    collector each "belongs to" (ownership) next to the lineup each "is part of" and the group a
    marque "is a brand of"; the material each "is built from"; the market a few "were withdrawn
    from" (the only relation to markets: noun "market"); the plant each "is assembled at"; the
    designer; the design language each "is styled in" (noun "style"); the segment."""
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("car",), range=("manufacturer",)),
        R("belongs_to", phrase="belongs to", inverse_phrase="owns", domain=("car",), range=("collector",)),
        R("brand_of", phrase="is a brand of", inverse_phrase="owns the brand", domain=("marque",), range=("group",)),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=("car",), range=("lineup",)),
        R("built_from", phrase="is built from", inverse_phrase="was used to build", domain=("car",), range=("material",)),
        R("withdrawn_from", phrase="was withdrawn from", inverse_phrase="lost", domain=("car",), range=("market",)),
        R("assembled_at", phrase="is assembled at", inverse_phrase="assembles", domain=("car",), range=("plant",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("car",), range=("designer",)),
        R("style", phrase="is styled in the style", inverse_phrase="is the style of", domain=("car",),
          range=("design language",)),
        R("segment", phrase="competes in the segment", inverse_phrase="includes the model", domain=("car",),
          range=("segment",)),
    ]
    items = {
        "c:f40": ("car", "Ferrari F40", 1987), "c:countach": ("car", "Lamborghini Countach", 1974),
        "c:delorean": ("car", "DeLorean DMC-12", 1981), "c:mclarenf1": ("car", "McLaren F1", 1992),
        "c:i3": ("car", "BMW i3", 2013), "c:ampera": ("car", "Opel Ampera-e", 2017), "c:model3": ("car", "Tesla Model 3", 2017),
        "c:a8": ("car", "Audi A8", 1994), "c:fortwo": ("car", "Smart Fortwo", 1998), "c:e34": ("car", "BMW M5", 1985), "c:enzo": ("car", "Ferrari Enzo", 2002),
        "c:gt40": ("car", "Ford GT40", 1964), "c:miura": ("car", "Lamborghini Miura", 1966),
        "k:lambo": ("marque", "Lamborghini", 1963), "k:bentley": ("marque", "Bentley", 1919), "k:mini": ("marque", "Mini", 1959),
    }
    others = {
        "m:ferrari": ("manufacturer", "Ferrari"), "m:lamborghini": ("manufacturer", "Automobili Lamborghini"),
        "m:dmc": ("manufacturer", "DeLorean Motor Company"), "m:mclaren": ("manufacturer", "McLaren Automotive"),
        "m:bmw": ("manufacturer", "BMW"), "m:opel": ("manufacturer", "Opel"), "m:tesla": ("manufacturer", "Tesla"),
        "m:audi": ("manufacturer", "Audi"), "m:smart": ("manufacturer", "Smart"), "m:ford": ("manufacturer", "Ford"),
        "o:atkinson": ("collector", "Rowan Atkinson"), "o:leno": ("collector", "Jay Leno"),
        "o:mason": ("collector", "Nick Mason"), "o:lauren": ("collector", "Ralph Lauren"),
        "o:petersen": ("collector", "the Petersen Museum"),
        "g:vw": ("group", "Volkswagen Group"), "g:bmwgroup": ("group", "BMW Group"),
        "n:fseries": ("lineup", "the F-Series"), "n:bmwi": ("lineup", "the BMW i range"),
        "n:msport": ("lineup", "the M range"),
        "x:steel": ("material", "stainless steel"), "x:carbon": ("material", "carbon fibre"),
        "x:aluminium": ("material", "aluminium"), "x:kevlar": ("material", "Kevlar"),
        "x:cfrp": ("material", "carbon-fibre-reinforced plastic"),
        "k:europe": ("market", "European"), "k:us": ("market", "American"), "k:china": ("market", "Chinese"),
        "k:uk": ("market", "British"),
        "p:maranello": ("plant", "Maranello"), "p:santagata": ("plant", "Sant'Agata"), "p:dunmurry": ("plant", "Dunmurry"),
        "p:woking": ("plant", "Woking"), "p:leipzig": ("plant", "Leipzig"), "p:russelsheim": ("plant", "Rüsselsheim"),
        "p:fremont": ("plant", "Fremont"), "p:neckarsulm": ("plant", "Neckarsulm"), "p:dingolfing": ("plant", "Dingolfing"), "p:hambach": ("plant", "Hambach"),
        "d:pininfarina": ("designer", "Pininfarina"), "d:gandini": ("designer", "Marcello Gandini"),
        "d:giugiaro": ("designer", "Giorgetto Giugiaro"), "d:murray": ("designer", "Gordon Murray"),
        "d:okuyama": ("designer", "Ken Okuyama"),
        "l:wedge": ("design language", "wedge"), "l:kamm": ("design language", "Kammback"),
        "s:supercar": ("segment", "supercar"), "s:compact": ("segment", "compact"), "s:luxury": ("segment", "luxury"),
        "s:sports": ("segment", "sports car"),
    }
    T = [
        ("c:f40", "made_by", "m:ferrari"), ("c:enzo", "made_by", "m:ferrari"), ("c:countach", "made_by", "m:lamborghini"),
        ("c:miura", "made_by", "m:lamborghini"), ("c:delorean", "made_by", "m:dmc"), ("c:mclarenf1", "made_by", "m:mclaren"),
        ("c:i3", "made_by", "m:bmw"), ("c:e34", "made_by", "m:bmw"), ("c:ampera", "made_by", "m:opel"),
        ("c:model3", "made_by", "m:tesla"), ("c:fortwo", "made_by", "m:smart"), ("c:fortwo", "assembled_at", "p:hambach"),
        ("c:fortwo", "segment", "s:compact"), ("c:a8", "made_by", "m:audi"), ("c:gt40", "made_by", "m:ford"),
        ("c:mclarenf1", "belongs_to", "o:atkinson"), ("c:miura", "belongs_to", "o:leno"), ("c:enzo", "belongs_to", "o:mason"),
        ("c:f40", "belongs_to", "o:mason"), ("c:gt40", "belongs_to", "o:lauren"), ("c:countach", "belongs_to", "o:petersen"),
        ("k:lambo", "brand_of", "g:vw"), ("k:bentley", "brand_of", "g:vw"), ("k:mini", "brand_of", "g:bmwgroup"),
        ("c:i3", "part_of", "n:bmwi"), ("c:e34", "part_of", "n:msport"),
        ("c:delorean", "built_from", "x:steel"), ("c:mclarenf1", "built_from", "x:carbon"),
        ("c:i3", "built_from", "x:cfrp"), ("c:a8", "built_from", "x:aluminium"), ("c:f40", "built_from", "x:kevlar"),
        ("c:enzo", "built_from", "x:carbon"), ("c:model3", "built_from", "x:aluminium"),
        ("c:ampera", "withdrawn_from", "k:europe"), ("c:i3", "withdrawn_from", "k:us"),
        ("c:fortwo", "withdrawn_from", "k:us"),
        ("c:f40", "assembled_at", "p:maranello"), ("c:enzo", "assembled_at", "p:maranello"),
        ("c:countach", "assembled_at", "p:santagata"), ("c:miura", "assembled_at", "p:santagata"),
        ("c:delorean", "assembled_at", "p:dunmurry"), ("c:mclarenf1", "assembled_at", "p:woking"),
        ("c:i3", "assembled_at", "p:leipzig"), ("c:ampera", "assembled_at", "p:russelsheim"),
        ("c:model3", "assembled_at", "p:fremont"), ("c:a8", "assembled_at", "p:neckarsulm"),
        ("c:e34", "assembled_at", "p:dingolfing"),
        ("c:f40", "designed_by", "d:pininfarina"), ("c:countach", "designed_by", "d:gandini"),
        ("c:miura", "designed_by", "d:gandini"), ("c:delorean", "designed_by", "d:giugiaro"),
        ("c:mclarenf1", "designed_by", "d:murray"), ("c:enzo", "designed_by", "d:okuyama"),
        ("c:countach", "style", "l:wedge"), ("c:delorean", "style", "l:wedge"), ("c:i3", "style", "l:kamm"),
        ("c:f40", "segment", "s:supercar"), ("c:enzo", "segment", "s:supercar"), ("c:countach", "segment", "s:supercar"),
        ("c:mclarenf1", "segment", "s:supercar"), ("c:i3", "segment", "s:compact"), ("c:ampera", "segment", "s:compact"),
        ("c:a8", "segment", "s:luxury"), ("c:delorean", "segment", "s:sports"), ("c:miura", "segment", "s:sports"),
        ("c:e34", "segment", "s:sports"), ("c:model3", "segment", "s:compact"), ("c:gt40", "segment", "s:sports"),
    ]
    return _build(items, others, rels, T)


BUILDERS = {"churches": churches, "paintings": paintings, "films": films, "cars": cars}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@churches
# (1) "was rebuilt / erected in the Y style": the participle of making reads the style it was built
# in, where the graph has no rebuilding (or a remodelling in another style: Würzburg, Speyer)
Salisbury Cathedral was rebuilt in the Early English style.
Liverpool Cathedral was rebuilt in the Gothic Revival style.
Westminster Cathedral was rebuilt in the Byzantine Revival style.
Liverpool Cathedral, which was rebuilt in the Gothic Revival style, was designed by Giles Gilbert Scott.
Westminster Cathedral was rebuilt in the Byzantine Revival style and is dedicated to the Precious Blood.
Salisbury Cathedral was rebuilt in the Early English style and is dedicated to Saint Mary.
Westminster Cathedral is a Byzantine Revival cathedral that was rebuilt in the Byzantine Revival style.
Würzburg Cathedral was erected in the Baroque style.
Liverpool Cathedral was designed in the Gothic Revival style by Christopher Wren.
Liverpool Cathedral was designed by Christopher Wren in the Gothic Revival style.
Liverpool Cathedral was rebuilt in the Gothic Revival style by Giles Gilbert Scott.
Giles Gilbert Scott rebuilt Liverpool Cathedral in the Gothic Revival style.
Durham Cathedral was remodelled in the Romanesque style.
Liverpool Cathedral was restored in the Gothic Revival style.
Westminster Cathedral was renovated in the Byzantine Revival style.
# (2) "is in / was built in the Y style" with a wrong style
Durham Cathedral was built in the Gothic style.
St Paul's Cathedral was designed in the Gothic style.
St Paul's Cathedral was constructed in the Gothic Revival style.
Westminster Cathedral was built in the Romanesque style.
Frauenkirche was built in the Rococo style.
Chartres Cathedral was built in the Early English style.
Salisbury Cathedral was built in the Gothic Revival style.
Liverpool Cathedral was designed in the Christopher Wren style.
Liverpool Cathedral was built in the style of Christopher Wren.
# (3) negation
Cologne Cathedral is not in the Gothic style.
Cologne Cathedral isn't in the Gothic style.
Cologne Cathedral was not built in the Gothic style.
Cologne Cathedral wasn't built in the Gothic style.
Cologne Cathedral was never built in the Gothic style.
Cologne Cathedral is no longer in the Gothic style.
Durham Cathedral was not built in the Romanesque style.
St Paul's Cathedral was built not in the Baroque style.
Cologne Cathedral is hardly in the Gothic style.
# (4) lists where one is not in the style
Cologne Cathedral and Durham Cathedral were both built in the Gothic style.
Cologne Cathedral and Durham Cathedral are in the Gothic style.
Cologne Cathedral and Durham Cathedral were built in the Gothic style.
Durham Cathedral and Cologne Cathedral were built in the Gothic style.
Cologne Cathedral, Chartres Cathedral and Speyer Cathedral were all built in the Gothic style.
Speyer Cathedral, Durham Cathedral and Frauenkirche were all built in the Romanesque style.
Cologne Cathedral and Durham Cathedral were also built in the Gothic style.
Speyer Cathedral and St Paul's Cathedral are both in the Romanesque style.
Frauenkirche and Würzburg Cathedral were both built in the Baroque style.
Westminster Abbey was built in the Gothic style, and Westminster Cathedral was built in the Gothic style.
# (5) ellipsis and comparison
Cologne Cathedral is in the Gothic style, and so is Durham Cathedral.
Cologne Cathedral is in the Gothic style, as is Durham Cathedral.
Cologne Cathedral was built in the Gothic style, like Durham Cathedral.
Cologne Cathedral, like Durham Cathedral, was built in the Gothic style.
Unlike Chartres Cathedral, Cologne Cathedral was built in the Gothic style.
Cologne Cathedral was built in the Gothic style, unlike Chartres Cathedral.
Cologne Cathedral was built in the Gothic style, but Chartres Cathedral was not.
Cologne Cathedral was built in the Gothic style, and Durham Cathedral too.
Durham Cathedral was built in the same style as Cologne Cathedral.
# (6) modality, time, other complements
Durham Cathedral will be rebuilt in the Gothic style.
Durham Cathedral was to be built in the Gothic style.
Durham Cathedral was meant to be built in the Gothic style.
Durham Cathedral was originally built in the Gothic style.
Durham Cathedral was first built in the Gothic style.
Würzburg Cathedral was later built in the Romanesque style.
Cologne Cathedral has been built in the Romanesque style.
Cologne Cathedral was built in the Gothic style in 1093.
Cologne Cathedral was built in the Gothic style by Christopher Wren.
Cologne Cathedral was built in the Gothic style in Durham.
Cologne Cathedral was built in 1248 in the Romanesque style.
Cologne Cathedral was built in the Gothic style and dedicated to Saint Paul.
# (7) "is in the Y style" said of a person, a place, a saint, a material, a denomination
Christopher Wren is in the Baroque style.
Christopher Wren was in the Baroque style.
Master Gerhard was in the Gothic style.
Cologne is in the Gothic style.
London is in the Baroque style.
Saint Peter is in the Gothic style.
Portland stone is in the Baroque style.
The Church of England is in the Gothic style.
The designer of Cologne Cathedral was in the Gothic style.
The architect of St Paul's Cathedral is in the Baroque style.
Durham Cathedral is dedicated to Saint Cuthbert, who is in the Romanesque style.
St Paul's Cathedral was designed by Christopher Wren, who was in the Baroque style.
Cologne Cathedral was designed by Master Gerhard, who was in the Gothic style.
St Paul's Cathedral is located in London, which is in the Baroque style.
Cologne Cathedral belongs to the Catholic Church, which is in the Gothic style.
# (8) references and relatives with a wrong style
Christopher Wren's cathedral is in the Gothic style.
The cathedral in Durham is in the Gothic style.
The cathedral dedicated to Saint Cuthbert is in the Gothic style.
Durham Cathedral is dedicated to Saint Cuthbert. It is in the Gothic style.
Durham Cathedral is dedicated to Saint Cuthbert. It was built in the Gothic style.
Durham Cathedral, which is in the Gothic style, is dedicated to Saint Cuthbert.
Durham Cathedral, which was built in the Gothic style, is located in Durham.
Christopher Wren designed St Paul's Cathedral, which was built in the Gothic style.
# (9) another relation's role noun after the name: "diocese" (a former relation), "denomination", "city"
Durham Cathedral is in the Lindisfarne diocese.
Westminster Abbey is in the London diocese.
Würzburg Cathedral is in the Mainz diocese.
Durham Cathedral, which is in the Lindisfarne diocese, is dedicated to Saint Cuthbert.
Salisbury Cathedral is in the Winchester diocese.
Westminster Cathedral is in the London diocese.
Westminster Cathedral is in the Church of England denomination.
Salisbury Cathedral is in the Catholic Church denomination.
St Paul's Cathedral is in the Westminster city.
St Paul's Cathedral is in the Salisbury city.
# (10) "is part of" for "belongs to" (a denomination) next to "is part of" (a heritage site) and
# "is owned by": another denomination, another site, an owner, a former diocese, a saint, inverse
Westminster Cathedral is part of the Church of England.
Cologne Cathedral is part of the Church of England.
Frauenkirche is part of the Catholic Church.
St Michael's Church is part of the Catholic Church.
Salisbury Cathedral is part of the Westminster World Heritage Site.
Westminster Cathedral is part of the Westminster World Heritage Site.
St Paul's Cathedral is part of the Westminster World Heritage Site.
Cologne Cathedral is part of the Hildesheim World Heritage Site.
Salisbury Cathedral is a part of the Catholic Church.
Salisbury Cathedral and Westminster Cathedral are part of the Church of England.
Westminster Abbey and Westminster Cathedral are part of the Westminster World Heritage Site.
Salisbury Cathedral and Chartres Cathedral are a part of the Church of England.
Westminster Abbey is part of the Crown.
Salisbury Cathedral is part of the Dean and Chapter.
Frauenkirche is part of the Frauenkirche Foundation.
Würzburg Cathedral is part of the State of Bavaria.
Durham Cathedral is part of Lindisfarne.
Würzburg Cathedral is part of Mainz.
Salisbury Cathedral is part of Saint Mary.
The Church of England is part of Salisbury Cathedral.
The Catholic Church is part of Cologne Cathedral.
The Westminster World Heritage Site is part of Westminster Abbey.
Salisbury Cathedral is no longer part of the Church of England.
Salisbury Cathedral is not part of the Church of England.
Westminster Cathedral, which is part of the Church of England, is located in London.
Westminster Abbey, which is part of the Catholic Church, is dedicated to Saint Peter.
Salisbury Cathedral is part of the Church of England and of the Catholic Church.
Cologne Cathedral is part of the Church of England and is located in Cologne.
Durham Cathedral is in the Romanesque style. It is part of the Catholic Church.
Salisbury Cathedral, a part of the Catholic Church, is dedicated to Saint Mary.
Salisbury Cathedral, part of the Catholic Church, is dedicated to Saint Mary.
Westminster Cathedral is also part of the Church of England.
Cologne Cathedral has been part of the Church of England.
Salisbury Cathedral is part of the Church of England, and Westminster Cathedral is too.
Salisbury Cathedral, like Westminster Cathedral, is part of the Church of England.
Westminster Abbey is owned by the Church of England.
# (11) "out of": a wrong material, another verb, a non-material, the inverse
St Paul's Cathedral is built out of brick.
Westminster Cathedral is built out of Portland stone.
Salisbury Cathedral is made out of sandstone.
Chartres Cathedral was constructed out of sandstone.
Frauenkirche was built out of limestone.
Cologne Cathedral is built out of sandstone.
Durham Cathedral is built out of Chilmark stone.
St Paul's Cathedral is built out of Portland stone and brick.
St Paul's Cathedral and Westminster Cathedral are built out of Portland stone.
St Paul's Cathedral is not built out of Portland stone.
Liverpool Cathedral grew out of Durham Cathedral.
Liverpool Cathedral came out of the Church of England.
Frauenkirche is built out of sandstone by Christopher Wren.
Liverpool Cathedral is built out of the Church of England.
Portland stone is built out of St Paul's Cathedral.
@paintings
# (12) "was painted in the Y style" with a wrong style, lists, another verb, a person, negation
The Starry Night is in the Impressionism style.
The Starry Night was painted in the Impressionism style.
Impression, Sunrise was painted in the Post-Impressionism style.
Guernica was painted in the Expressionism style.
The Scream was painted in the Cubism style.
Salvator Mundi was painted in the Baroque style.
The Concert was painted in the Renaissance style.
Interchange was painted in the Pop Art style.
Shot Sage Blue Marilyn was painted in the Abstract Expressionism style.
Nafea Faa Ipoipo was painted in the Post-Impressionism style.
The Card Players was painted in the Impressionism style.
Water Lilies and The Starry Night were both painted in the Impressionism style.
The Starry Night and Sunflowers and The Scream were all painted in the Post-Impressionism style.
Guernica and The Scream are in the Cubism style.
The Kiss was executed in the Expressionism style.
Les Demoiselles d'Avignon was restored in the Cubism style.
The Scream was copied in the Expressionism style.
The Starry Night was painted in the style of Claude Monet.
The Starry Night was painted in the Claude Monet style.
Vincent van Gogh was in the Post-Impressionism style.
Claude Monet is in the Impressionism style.
Pablo Picasso was in the Cubism style.
Museum of Modern Art is in the Post-Impressionism style.
Ken Griffin is in the Abstract Expressionism style.
The Starry Night is not in the Post-Impressionism style.
The Starry Night wasn't painted in the Post-Impressionism style.
# (13) another relation's role noun after the name: "tradition" (what influenced it), "movement",
# "series", "collection" (what it was stolen from), "museum"
The Starry Night is in the ukiyo-e tradition.
Les Demoiselles d'Avignon is in the African tradition.
The Starry Night is in the ukiyo-e tradition and is held by Museum of Modern Art.
The Starry Night, which is in the ukiyo-e tradition, was painted by Vincent van Gogh.
The Starry Night was painted by Vincent van Gogh in the ukiyo-e tradition.
The Starry Night was painted in the ukiyo-e tradition.
Les Demoiselles d'Avignon was painted in the African tradition.
The Starry Night is in the ukiyo-e style.
Sunflowers is in the ukiyo-e tradition.
Guernica is in the Iberian tradition.
The Starry Night is in the Impressionist movement.
Guernica is in the Futurist movement.
Dynamism of a Dog on a Leash is in the Cubism movement.
Dynamism of a Dog on a Leash was painted in the Cubism movement.
Dynamism of a Dog on a Leash was painted in the Cubism movement by Giacomo Balla.
Dynamism of a Dog on a Leash was painted by Giacomo Balla in the Cubism movement.
Les Demoiselles d'Avignon was painted in the Cubism series.
The Scream was painted in the Expressionism series.
The Starry Night was painted in the Post-Impressionism series.
Impression, Sunrise was painted in the Impressionism series.
The Card Players was painted in the Post-Impressionism series.
Sunflowers is in the Haystacks series.
The Concert was painted in the Gardner collection.
The Starry Night is in the National Gallery museum.
Sunflowers is in the Museum of Modern Art museum.
# (14) "is part of" for "belongs to" an owner (a collector), next to "is part of" a series
Salvator Mundi is part of Mohammed bin Salman.
Interchange is part of Ken Griffin.
The Card Players is part of the Qatari royal family.
Nafea Faa Ipoipo is a part of the Qatari royal family.
Nafea Faa Ipoipo is part of the Qatari royal family.
The Card Players was part of the Qatari royal family.
Shot Sage Blue Marilyn is part of Larry Gagosian.
The Kiss is part of Marlene Dietrich.
Salvator Mundi, which is part of Mohammed bin Salman, was painted by Leonardo da Vinci.
Salvator Mundi was painted by Leonardo da Vinci and is part of Mohammed bin Salman.
Salvator Mundi, a part of Mohammed bin Salman, was painted by Leonardo da Vinci.
Salvator Mundi, part of Mohammed bin Salman, was painted by Leonardo da Vinci.
Salvator Mundi was part of Mohammed bin Salman.
Salvator Mundi has been part of Mohammed bin Salman.
Salvator Mundi is also part of Mohammed bin Salman.
Interchange belongs to Ken Griffin, and Salvator Mundi is part of Mohammed bin Salman.
Ken Griffin's Interchange is part of Ken Griffin.
The Kiss, which is part of Marlene Dietrich, was sculpted by Auguste Rodin.
Interchange was painted by Willem de Kooning and is a part of Ken Griffin.
Interchange is part of Ken Griffin, who owns it.
Salvator Mundi is part of Ken Griffin.
Interchange is part of Mohammed bin Salman.
The Starry Night is part of Larry Gagosian.
Mohammed bin Salman is part of Salvator Mundi.
Ken Griffin is part of Interchange.
The Qatari royal family is part of The Card Players.
Salvator Mundi is part of the collection of Ken Griffin.
Salvator Mundi is part of Leonardo da Vinci.
The Starry Night is part of Vincent van Gogh.
Sunflowers is part of the Haystacks.
Water Lilies is part of the Card Players series.
Haystacks, End of Summer is part of the Sunflowers series.
The Scream is part of The Scream series and of Mohammed bin Salman.
The Thinker is part of Marlene Dietrich.
David is part of Marlene Dietrich.
# (15) "made out of": a wrong material, a wrong sculptor, a non-material, the inverse
David is made out of bronze.
The Thinker is made out of marble.
Bird in Space is made out of marble.
The Kiss is built out of bronze.
The Thinker and The Kiss are made out of bronze.
David was made out of marble by Auguste Rodin.
The Thinker was made out of bronze by Michelangelo.
The Starry Night is made out of bronze.
David is made out of Museum of Modern Art.
Bronze is made out of The Thinker.
David is not made out of marble.
The Kiss is made out of marble and bronze.
@films
# (16) another relation's role noun after the name: "language" (only dubbed into it), "genre" (only spoofed)
Amélie is in the English language.
Amélie is in the German language.
Jaws is in the Italian language.
Alien is in the French language.
Amélie was made in the English language.
Amélie was written in the English language.
Amélie was filmed in the English language.
Jaws was made in the Italian language.
Alien was written in the French language.
Amélie is in the English language and was directed by Jean-Pierre Jeunet.
Airplane! is in the disaster genre.
Airplane! was made in the disaster genre.
Alien was made in the Pixar studio.
# (17) "himself" / "herself" / "themselves" after a wrong claim, a negation, a list, a year
Ridley Scott directed Jaws himself.
Ridley Scott wrote Alien himself.
Ridley Scott produced Alien himself.
Walter Hill directed Alien himself.
Steven Spielberg produced Jaws himself.
Clint Eastwood wrote Unforgiven himself.
Mel Brooks starred in Young Frankenstein himself.
Mel Brooks directed Young Frankenstein and starred in it himself.
Alfonso Cuarón directed Gravity and starred in it himself.
Stanley Kubrick directed The Shining and starred in it himself.
Edgar Wright directed Baby Driver and produced it himself.
Quentin Tarantino directed Jaws himself.
Alien was produced by Ridley Scott himself.
Jaws was written by Richard D. Zanuck himself.
Jaws was distributed by Steven Spielberg himself.
Ridley Scott distributed Alien himself.
Ridley Scott directed Alien, and Walter Hill directed it himself.
Ridley Scott directed Alien, but Dan O'Bannon directed it himself.
Ridley Scott did not direct Alien himself.
Ridley Scott never directed Alien himself.
Sandra Bullock directed Gravity herself.
Sigourney Weaver directed Alien herself.
Neve Campbell wrote Scream herself.
Jim Abrahams directed Airplane! and Young Frankenstein himself.
Jim Abrahams and Mel Brooks directed Airplane! themselves.
Orson Welles named Citizen Kane after himself.
Sylvester Stallone named Rocky after himself.
Sylvester Stallone directed Rocky himself.
Sylvester Stallone starred in Rocky as himself.
Sylvester Stallone played himself in Rocky.
Stanley Kubrick wrote the novel The Shining himself.
Steven Spielberg directed Jaws, which he produced himself.
Clint Eastwood directed Unforgiven, which Gene Hackman produced himself.
Clint Eastwood directed Unforgiven and Gene Hackman produced it himself.
Clint Eastwood starred in Unforgiven, which he directed and wrote himself.
Unforgiven stars Gene Hackman, who directed it himself.
Ridley Scott directed Blade Runner himself in 1979.
Ridley Scott directed Alien himself in 1982.
Ridley Scott directed Alien himself, in 1982.
Ridley Scott directed Alien himself and Jaws.
Ridley Scott directed Alien and Jaws himself.
Ridley Scott himself directed Jaws.
# (18) a type noun before a name: the wrong type, another attribute's type, one of two entities
# of that name (the novel and the film Jaws, the country and the state Georgia)
Toy Story was made by the distributor Buena Vista.
Toy Story was distributed by the studio Pixar.
The studio Pixar distributed Toy Story.
The distributor Buena Vista made Toy Story.
Alien was directed by the writer Dan O'Bannon.
Alien was written by the director Ridley Scott.
The producer Walter Hill directed Alien.
The writer Dan O'Bannon directed Alien.
Alien stars the actor Sigourney Weaver and the actor Jack Nicholson.
Alien stars the director Sigourney Weaver.
Alien stars the writer Sigourney Weaver.
Gravity stars the director Sandra Bullock.
Alien was distributed by the distributor Warner Bros.
Blade Runner was distributed by the distributor 20th Century Fox.
Alien was distributed by the distributor of 20th Century Fox.
The distributor 20th Century Fox distributed Alien and Blade Runner.
The distributor Warner Bros. distributed Alien.
Distributor 20th Century Fox distributed Jaws.
Alien was made by the facility Pixar.
Toy Story was made by the studio Brandywine Productions.
Alien was made by the studio Pixar.
Steven Spielberg directed the novel Jaws.
The novel Jaws was directed by Steven Spielberg.
The novel Jaws was distributed by Universal Pictures.
The novel Jaws was filmed in Massachusetts.
Stanley Kubrick directed the novel The Shining.
The novel The Shining stars Jack Nicholson.
Jack Nicholson stars in the novel The Shining.
Warner Bros. distributed the novel The Shining.
Jaws is based on the film Jaws.
The Shining is based on the novel Jaws.
Blade Runner is based on the novel The Shining.
The film Jaws is based on the novel The Shining.
Baby Driver was filmed in the country Georgia.
Tangerines was filmed in the state Georgia.
Amélie was filmed in the state France.
Jaws was filmed in the country Massachusetts.
Alien was filmed in the state United Kingdom.
Tangerines was filmed in the country United States.
A country Georgia is where Baby Driver was filmed.
Country Georgia hosted the filming of Baby Driver.
The state Georgia was the filming location of Tangerines.
The country Georgia was the filming location of Baby Driver.
A state Georgia was the filming location of Tangerines.
Tangerines was filmed in a state Georgia.
Rocky is named after the actor Rocky Balboa.
Rocky is named after the actor Sylvester Stallone.
Amélie is named after the character Rocky Balboa.
Rocky is named after the novel Rocky Balboa.
@films user:ana
# (19) user claims next to "herself" / "himself" and type nouns
You loved Jaws herself.
Ana loved Jaws herself.
You loved Alien, which Steven Spielberg directed himself.
You rated Alien highly, and Walter Hill directed it himself.
You loved the distributor 20th Century Fox.
You loved the novel Jaws.
@cars
# (20) another relation's role noun after the name: "market" (withdrawn from it), "style", "segment", "plant"
The Opel Ampera-e is in the European market.
The BMW i3 is in the American market.
The Smart Fortwo is in the American market.
The BMW i3 was built in the American market.
The Smart Fortwo was built in the American market.
The BMW i3 was constructed in the American market.
The BMW i3, which is in the American market, is made by BMW.
The Smart Fortwo is made by Smart and is in the American market.
The Smart Fortwo is in the American market, and the BMW i3 is made by BMW.
The BMW i3 was built in the American market by BMW.
The BMW i3 was designed in the American market.
The Opel Ampera-e is in the Chinese market.
The Opel Ampera-e is still in the European market.
The BMW i3 is in the wedge style.
The BMW i3 was built in the wedge style.
The Lamborghini Countach and the BMW i3 were both designed in the wedge style.
The Lamborghini Countach and the BMW i3 are in the wedge style.
The Lamborghini Countach was designed in the Kammback style.
The Lamborghini Countach was designed in the wedge segment.
The BMW i3 is in the luxury segment.
The Ferrari F40 is in the Sant'Agata plant.
The Ferrari F40 was built in the Sant'Agata plant.
The Tesla Model 3 was made in the Leipzig plant.
The Ferrari F40 was designed in the Marcello Gandini style.
# (21) "is part of" for "belongs to" an owner (a collector), next to "is part of" a lineup
The McLaren F1 is part of Rowan Atkinson.
The Lamborghini Miura is part of Jay Leno.
The Ferrari Enzo is part of Nick Mason.
The Ferrari F40 is a part of Nick Mason.
The Ford GT40 is a part of Ralph Lauren.
The McLaren F1, which is part of Rowan Atkinson, was designed by Gordon Murray.
The McLaren F1 was part of Rowan Atkinson.
The McLaren F1 is part of Jay Leno.
The Ferrari F40 is part of Rowan Atkinson.
Rowan Atkinson is part of the McLaren F1.
The BMW i3 is part of the M range.
The BMW M5 is part of the BMW i range.
The Tesla Model 3 is part of the BMW i range.
Mini is part of Volkswagen Group.
Bentley is part of BMW Group.
Mini belongs to Volkswagen Group.
The McLaren F1 belongs to Jay Leno.
# (22) "out of": a wrong material, another verb, a non-material, the inverse
The DeLorean DMC-12 is built out of aluminium.
The McLaren F1 is built out of Kevlar.
The Ferrari F40 is made out of carbon fibre.
The BMW i3 is constructed out of aluminium.
The Audi A8 is built out of carbon fibre.
The Tesla Model 3 is built out of stainless steel.
The Lamborghini Countach is built out of aluminium.
The DeLorean DMC-12 and the Audi A8 are built out of stainless steel.
The DeLorean DMC-12 is built out of stainless steel and aluminium.
The DeLorean DMC-12 was built out of stainless steel by Ferrari.
The DeLorean DMC-12 was built out of stainless steel at Woking.
The DeLorean DMC-12 grew out of the Lamborghini Countach.
The Ferrari Enzo came out of the Ferrari F40.
The BMW i3 is built out of the BMW i range.
The Ferrari F40 is built out of Maranello.
The Ferrari F40 is made out of Ferrari.
The DeLorean DMC-12 is not built out of stainless steel.
The DeLorean DMC-12 was made out of stainless steel in Maranello.
Stainless steel is built out of the DeLorean DMC-12.
# (23) "himself" after a wrong claim
Marcello Gandini designed the Ferrari F40 himself.
Gordon Murray designed the Ferrari Enzo himself.
Rowan Atkinson designed the McLaren F1 himself.
Jay Leno designed the Lamborghini Miura himself.
Jay Leno owns the McLaren F1 himself.
Rowan Atkinson built the McLaren F1 himself.
The Ferrari F40 was designed by Marcello Gandini himself.
# (24) type nouns: the wrong type, another attribute's type
The Ferrari F40 was designed by the designer Marcello Gandini.
The Ferrari F40 was made by the designer Pininfarina.
The Ferrari F40 was designed by the manufacturer Ferrari.
The Ferrari F40 is made by the designer Ferrari.
The McLaren F1 was designed by the collector Rowan Atkinson.
The collector Rowan Atkinson designed the McLaren F1.
The designer Gordon Murray owns the McLaren F1.
The collector Rowan Atkinson owns the Ferrari F40.
The manufacturer McLaren Automotive makes the Ferrari F40.
The Ferrari F40 is assembled at the plant Sant'Agata.
The Lamborghini Countach is assembled at the plant Maranello.
The Ferrari F40 is made by the manufacturer Automobili Lamborghini.
The manufacturer Ferrari makes the Lamborghini Countach.
The designer Marcello Gandini designed the Lamborghini Countach and the Ferrari F40.
The Ferrari F40 belongs to the collector Jay Leno.
The Ferrari F40 belongs to the manufacturer Ferrari.
The McLaren F1 belongs to the designer Gordon Murray.
Mini is a brand of the group Volkswagen Group.
The Ferrari F40 was withdrawn from the market European.
The Opel Ampera-e was withdrawn from the market American.
"""

CONTROLS = r"""
@churches
Cologne Cathedral is in the Gothic style.
Cologne Cathedral was built in the Gothic style.
Salisbury Cathedral was built in the Early English style.
Durham Cathedral was designed in the Romanesque style.
St Paul's Cathedral was designed in the Baroque style.
Frauenkirche was built in the Baroque style.
Liverpool Cathedral was constructed in the Gothic Revival style.
Westminster Cathedral was erected in the Byzantine Revival style.
Durham Cathedral was done in the Romanesque style.
Cologne Cathedral and Chartres Cathedral were both built in the Gothic style.
Speyer Cathedral and Durham Cathedral are in the Romanesque style.
Würzburg Cathedral was remodelled in the Baroque style.
Würzburg Cathedral was built in the Romanesque style and remodelled in the Baroque style.
Salisbury Cathedral was in the Sarum diocese.
Westminster Abbey was in the London diocese.
Salisbury Cathedral is part of the Church of England.
Cologne Cathedral is part of the Catholic Church.
Frauenkirche is a part of the Lutheran Church.
Salisbury Cathedral and Durham Cathedral are part of the Church of England.
Westminster Abbey is part of the Westminster World Heritage Site.
Durham Cathedral is part of the Durham Castle and Cathedral site.
St Paul's Cathedral is built out of Portland stone.
Frauenkirche was built out of sandstone.
Westminster Cathedral is constructed out of brick.
Salisbury Cathedral is made out of Chilmark stone.
Durham Cathedral and Liverpool Cathedral are built out of sandstone.
St Paul's Cathedral, which is built out of Portland stone, was designed by Christopher Wren.
Cologne Cathedral, which is in the Gothic style, is dedicated to Saint Peter.
Westminster Abbey belongs to the Crown.
Salisbury Cathedral was in the Sarum diocese, and it is part of the Church of England.
@paintings
The Starry Night is in the Post-Impressionism style.
The Starry Night was painted in the Post-Impressionism style.
Guernica was painted in the Cubism style.
The Scream was painted in the Expressionism style.
Impression, Sunrise was painted in the Impressionism style.
Sunflowers and The Card Players were both painted in the Post-Impressionism style.
Shot Sage Blue Marilyn is in the Pop Art style.
Dynamism of a Dog on a Leash is in the Futurist movement.
Impression, Sunrise is in the Impressionist movement.
Haystacks, End of Summer is part of Haystacks.
Water Lilies is part of the Water Lilies series.
The Scream is part of The Scream series.
David is made out of marble.
The Thinker is made out of bronze.
Bird in Space and The Thinker are made out of bronze.
The Kiss is made out of marble.
Salvator Mundi belongs to Mohammed bin Salman.
Interchange belongs to Ken Griffin.
Claude Monet painted Water Lilies himself.
Vincent van Gogh painted The Starry Night himself.
The Thinker was sculpted by Auguste Rodin himself.
Auguste Rodin sculpted The Kiss himself.
The Starry Night was painted by the painter Vincent van Gogh.
The painter Claude Monet painted Impression, Sunrise.
The sculptor Michelangelo sculpted David.
Sunflowers is held by the museum National Gallery.
The Starry Night is in the Museum of Modern Art museum.
Interchange is part of Ken Griffin's collection.
Impression, Sunrise is part of the Impressionist movement.
David is constructed out of marble.
Salvator Mundi belongs to the collector Mohammed bin Salman.
@films
Alien is in the horror genre.
Scream is in the slasher genre.
Amélie was dubbed into English.
Clint Eastwood directed Unforgiven himself.
Ridley Scott directed Alien himself.
Stanley Kubrick produced The Shining himself.
Orson Welles directed Citizen Kane and starred in it himself.
Alien was directed by Ridley Scott himself.
Unforgiven stars Clint Eastwood, who directed it himself.
Steven Spielberg directed Jaws, and Richard D. Zanuck produced it himself.
Edgar Wright wrote Baby Driver himself.
Sandra Bullock starred in Gravity herself.
Alien was distributed by the distributor 20th Century Fox.
The distributor 20th Century Fox distributed Alien.
Toy Story was made by the studio Pixar.
The studio Pixar made Toy Story.
Alien was directed by the director Ridley Scott.
Alien was written by the writer Dan O'Bannon.
The producer Walter Hill produced Alien.
Alien stars the actor Sigourney Weaver.
The actor Jack Nicholson stars in The Shining.
Jaws is based on the novel Jaws.
The film Jaws is based on the novel Jaws.
Steven Spielberg directed Jaws, which is based on the novel Jaws.
Rocky is named after the character Rocky Balboa.
Baby Driver was filmed in the state Georgia.
Tangerines was filmed in the country Georgia.
The country Georgia was the filming location of Tangerines.
Alien was filmed in the country United Kingdom.
Alien was made in the Brandywine Productions studio.
The novel Jaws was adapted into Jaws.
Amélie is in the comedy genre.
Jaws was distributed by the distributor Universal Pictures, and Steven Spielberg directed it himself.
@films user:ana
You loved Alien, and Ridley Scott directed it himself.
You loved Alien, which the distributor 20th Century Fox distributed.
@cars
The Lamborghini Countach is in the wedge style.
The DeLorean DMC-12 was designed in the wedge style.
The Lamborghini Countach and the DeLorean DMC-12 were both designed in the wedge style.
The BMW i3 is in the Kammback style.
The Ferrari F40 is in the supercar segment.
The BMW i3 is in the compact segment.
The Ferrari F40 is in the Maranello plant.
The Opel Ampera-e was in the European market.
The Opel Ampera-e was withdrawn from the European market.
The DeLorean DMC-12 is built out of stainless steel.
The McLaren F1 is made out of carbon fibre.
The Audi A8 and the Tesla Model 3 are built out of aluminium.
The Ferrari F40 was constructed out of Kevlar.
The McLaren F1 belongs to Rowan Atkinson.
The BMW i3 is part of the BMW i range.
The BMW M5 is a part of the M range.
Giorgetto Giugiaro designed the DeLorean DMC-12 himself.
Gordon Murray designed the McLaren F1 himself.
Rowan Atkinson owns the McLaren F1 himself.
The McLaren F1 was designed by Gordon Murray himself.
The McLaren F1 was designed by the designer Gordon Murray.
The designer Marcello Gandini designed the Lamborghini Countach.
The Ferrari F40 is made by the manufacturer Ferrari.
The manufacturer Ferrari makes the Ferrari F40.
The Ferrari F40 is assembled at the plant Maranello.
The McLaren F1 belongs to the collector Rowan Atkinson.
The collector Jay Leno owns the Lamborghini Miura.
The Ferrari Enzo and the Ferrari F40 belong to Nick Mason.
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
    yield from _parse(OPEN_TEXTS)


def controls():
    yield from _parse(CONTROLS)


# False, and accepted by the starting code of the round too (older readings: a type noun before a
# name of two entities, "the state Georgia" / "the country Massachusetts" where the relation ends in
# both types; "the film Jaws" for the novel's namesake; "the distributor of X"; "in the London
# diocese" where London is also a city the abbey "is located in"). Printed apart as KNOWN.
KNOWN = frozenset(
    {
        "Westminster Abbey is in the London diocese.",
        "Westminster Cathedral is in the London diocese.",
        "Alien was distributed by the distributor of 20th Century Fox.",
        "Jaws is based on the film Jaws.",
        "Baby Driver was filmed in the country Georgia.",
        "Tangerines was filmed in the state Georgia.",
        "Amélie was filmed in the state France.",
        "Jaws was filmed in the country Massachusetts.",
        "Alien was filmed in the state United Kingdom.",
    }
)

# Arguable: printed as OPEN when accepted and left out of the count.
OPEN_TEXTS = r"""
@churches
# the style is the graph's, the participle is odd for a building ("painted")
Cologne Cathedral was painted in the Gothic style.
Würzburg Cathedral was painted in the Romanesque style.
# "rebuilt in the Romanesque style" where the graph has only a remodelling in the Baroque style: false in
# the graph, but both were rebuilt after fires and wars in part in their Romanesque forms
Speyer Cathedral was rebuilt in the Romanesque style.
Würzburg Cathedral was rebuilt in the Romanesque style.
Würzburg Cathedral was also rebuilt in the Romanesque style.
Speyer Cathedral and Würzburg Cathedral were both rebuilt in the Romanesque style.
Speyer Cathedral was rebuilt in the Romanesque style and Würzburg Cathedral was remodelled in the Baroque style.
Würzburg Cathedral, which was rebuilt in the Romanesque style, is dedicated to Saint Kilian.
Würzburg Cathedral is a Romanesque cathedral that was rebuilt in the Romanesque style.
# "rebuilt" where the graph has no rebuilding: Chartres was rebuilt in the Gothic style after the
# fire of 1194, and Cologne repaired after 1945 (true of the world, unknown to the graph)
Cologne Cathedral was rebuilt in the Gothic style.
Chartres Cathedral was rebuilt in the Gothic style.
# gibberish more than a false statement: another relation's noun after its own object
Cologne Cathedral is in the Saint Peter saint.
Salisbury Cathedral is in the Chilmark stone material.
# the architect named as the style ("in the Wren style" of his own building)
St Paul's Cathedral is in the Christopher Wren style.
Cologne Cathedral was built in the Master Gerhard style.
# true in substance, with a noun the graph has no relation for (rejected: "period", "tradition", ...)
Cologne Cathedral is in the Gothic period.
Cologne Cathedral was built in the Gothic tradition.
Cologne Cathedral is in the Gothic manner.
Speyer Cathedral is in the Romanesque genre.
@paintings
# the style is the graph's, the participle is odd for a painting
Salvator Mundi was written in the Renaissance style.
Salvator Mundi was built in the Renaissance style.
Salvator Mundi was composed in the Renaissance style.
# gibberish more than a false statement: "painted in the" (the style) with another relation's noun
Sunflowers was painted in the Post-Impressionism collection.
The Starry Night was painted in the Post-Impressionism museum.
Guernica was painted in the Cubism collector.
# an influence read as belonging to a tradition, where the influence is close (Iberian sculpture
# in the Demoiselles, Tahiti in Gauguin) or the style's own tradition
Les Demoiselles d'Avignon is in the Iberian tradition.
Nafea Faa Ipoipo is in the Polynesian tradition.
Les Demoiselles d'Avignon was painted in the Cubism tradition.
Dynamism of a Dog on a Leash was painted in the Cubism tradition.
# a style that is also called a movement in the world ("the Cubism movement"), though the graph
# gives another movement (Modernist, Dutch Golden Age, High Renaissance, New York School) or none
Guernica was painted in the Cubism movement.
Les Demoiselles d'Avignon was painted in the Cubism movement.
The Concert was painted in the Baroque movement.
Salvator Mundi was painted in the Renaissance movement.
Interchange was painted in the Abstract Expressionism movement.
@films
# Tangerines has Russian dialogue besides Estonian (the graph only says it was dubbed into Russian)
Tangerines is in the Russian language.
# gibberish more than a false statement
Toy Story is in the Pixar studio.
Alien is in the 20th Century Fox distributor.
Baby Driver is in the Georgia state.
Rocky is in the Rocky Balboa character.
# "himself" / "herself" of a company or of a man: the graph has no gender, and the claim holds
Toy Story was made by Pixar himself.
20th Century Fox distributed Alien himself.
Clint Eastwood directed Unforgiven herself.
# "the facility Pixar": the studio's other noun (a studio is a facility, loosely)
Toy Story was made by the facility Pixar.
# "himself" may say "alone", and each had a co-writer (Mankiewicz, Brooks)
Orson Welles wrote Citizen Kane himself.
Gene Wilder wrote Young Frankenstein himself.
@cars
# built in Rüsselsheim, which is in Europe
The Opel Ampera-e was built in the European market.
# a museum's car is part of its collection
The Lamborghini Countach is part of the Petersen Museum.
# "himself" of a company
Pininfarina designed the Ferrari F40 himself.
Ferrari made the Ferrari F40 himself.
# the designer or the maker named as the style
The Lamborghini Countach was designed in the Marcello Gandini style.
The DeLorean DMC-12 was designed in the Giorgetto Giugiaro style.
The Ferrari F40 was made in the Ferrari style.
"""
OPEN = frozenset(text for _, _, text in _parse(OPEN_TEXTS))


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
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
