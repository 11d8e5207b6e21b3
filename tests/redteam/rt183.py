"""Red team round 183 on the readings of CHANGES.diff: (1) "it" / "its" in a text that names no
item stands for the first thing the text names that is no person, place or number
(mentions.resolve_reference, _NOT_IT); (2) "by X" after an attribute only right after a noun's
preposition, never after a verb; "a <name> release" only of a name whose every link is a release;
(3) "premiered on" / "debuted on" / "made its debut on" / "had its premiere on" for "first aired
on" (no "television debut").

Seven graphs of my own (see each builder's docstring): four with items whose attributes are
companies with relations of their own (animation: studios, distributors, companies, founders
typed "entrepreneur"; records: labels, bands, recording studios, a nightclub, founders typed
"businessman", producers typed "record producer"; museums: museums, foundations, patrons typed
"patron" / "philanthropist"; networks: networks, production companies, conglomerates, founders
typed "entrepreneur", series that first aired on one network and later on others) and three
with no item at all, built with kgexplain.evaluation.webnlg_graph from WebNLG-like entries
(airports; asteroids, universities and space agencies; football clubs, firms and dishes).

Findings (233 of 330 false texts accepted; the code before this change, CHANGES.diff undone,
accepts none of them, nor any OPEN text; 11 arguable texts are OPEN):

* (1) "it" / "its" is the FIRST thing the text names, however many things come after it
  (165): with two or more companies, clubs, airports, asteroids named, "it" in the next
  sentence (or after ", and" / "; " / ", but" in the same one) is what the writer just made the
  subject, and a claim true of the first one named passes: "Laika is based in Hillsboro. Pixar
  is based in Emeryville. It was founded by Phil Knight.", "Aarhus Airport serves Aarhus.
  Angola International Airport serves Luanda. It is operated by Aarhus Lufthavn A/S.", "1036
  Ganymed was discovered by Walter Baade. 101 Helena has an orbital period of 1516.6 days. Its
  discoverer is Walter Baade.", "AFC Ajax plays at the Johan Cruyff Arena. A.C. Chievo Verona
  is managed by Rolando Maran. It plays in the Eredivisie.", "Pixar is owned by The Walt Disney
  Company. Steve Jobs founded NeXT, and The Walt Disney Company owns it."; after a recommendation
  ("You would like Laika. Pixar is based in Emeryville. It is owned by Phil Knight."), after
  three names, after a relative clause, with "its" ("Its founder is", "Its runway length is",
  "Its owner is"). On item graphs and on item-less graphs alike (81 on the three WebNLG-like
  graphs).
* (1) "it" / "its" after a person whose type is not in _NOT_IT (30): "entrepreneur",
  "businessman", "philanthropist", a WebNLG discoverer typed "entity", an owner typed
  "organisation" (the WebNLG reader types the object of "owner" so): "it" is the person, so a
  claim true of the person passes where the writer means the company: "Phil Knight founded
  Nike. It owns Laika.", "Steve Jobs founded Apple. It bought Pixar.", "David Geffen founded
  Geffen Records. It also founded DGC Records.", "Abby Aldrich Rockefeller founded the Museum of
  Modern Art. It founded the Rockefeller Brothers Fund.", "Charles Dolan founded HBO. It founded
  AMC.", "Karl Reinmuth discovered 1089 Tama. It won the Lalande Prize.", "Paul Allen founded
  Microsoft. It owns the Seattle Seahawks.", "Masaru Ibuka founded Sony. It won the Order of
  Culture." (the same makes faithful texts fail, controls below).
* (1) an item's noun in a text that names no item is read as the first attribute (38): the
  reading takes every pronoun "item" without of_types, which includes "the film", "the movie",
  "this film", "that movie" (PRONOUNS) and "the album", "the record", "this album", "the
  painting", "this painting", "the picture", "the series", "the show" on a graph of one item
  type (no of_types there): "Laika is based in Hillsboro. The film was founded by Phil Knight.",
  "Nirvana is signed to Sub Pop. The album was formed in Aberdeen.", "The Louvre is located in
  Paris. The painting was designed by I. M. Pei.", "HBO is headquartered in New York City. The
  show was founded by Charles Dolan.", "You would like Laika. The film is owned by Phil Knight."

Held: (1) negation ("It is not owned by ..."), a wrong claim of the one thing named, a wrong
direction ("It founded Ed Catmull"), an item named anywhere in the text (before or after the
"it"), "the latter", "the band" / "the label" (a kind noun), a person typed "person", "animator",
"director" (skipped), a place typed "city" / "locality", "You loved it" (not rated); (2) "by X"
after a medium or a museum naming the patron, the museum's architect, another painter, the
founder; "a <distributor> release" of another distributor's film, of a studio, of a person; (3)
a later network, a streaming service, inverse "Showtime premiered Twin Peaks", lists, a wrong
year, a wrong owner in a relative clause.

Controls rejected (16 of 80): six faithful "release" texts the code before this change
accepts: a label that a band "is signed to" has a link that is no release, so "Doolittle is a
4AD release.", "Slanted and Enchanted is a Matador Records release.", "The Queen Is Dead is a
Rough Trade release.", "Nevermind is a DGC Records release.", "Unknown Pleasures is a Factory
Records release." now fail, and a distributor that also "bought" a studio ("Ice Age, a 20th
Century Fox release, was directed by Chris Wedge."; "Ice Age is a 20th Century Fox release."
passes). Rejected before this change too: "it" after a founder typed outside PERSON_TYPES
("Phil Knight founded Nike. It is based in Beaverton.", "Steve Jobs founded NeXT. It is based
in Redwood City.", "David Geffen founded DGC Records. It is a subsidiary of Geffen Records.",
"Cosimo I de' Medici founded the Uffizi. It was designed by Giorgio Vasari.", "Abby Aldrich
Rockefeller founded the Museum of Modern Art. It is located in New York City.", "Charles Dolan
founded HBO. It was launched on cable television."); an album's ", a <label> release," (three);
"Laika is based in Hillsboro. Pixar is based in Emeryville. The former was founded by Phil
Knight."
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.datasets.webnlg import WebNLGEntry
from kgexplain.evaluation.webnlg import webnlg_graph

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = dict(aliases or {})
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def _r(user, ratings):
    """A user's ratings from (item, stars) pairs."""
    return [(user, "rated", i, {"rating": float(s)}) for i, s in ratings]


def _web(name, rows):
    """A graph with no item, read as kgexplain reads WebNLG entries (evaluation.webnlg_graph):
    every entity kind "attribute", typed from its predicates ("person", "locality", "quantity",
    "organisation", "school", "club", "venue", "asteroid", "award", else "entity"), relations
    with no domain or range and the shipped WebNLG cue lexicon."""
    entries = [WebNLGEntry(key=f"{name}/{n}", category=name, triples=tuple(ts), references=())
               for n, ts in enumerate(rows)]
    kg, _ = webnlg_graph(entries, name=name)
    return kg


def animation():
    """Animated films (items: the year of release) and the companies around them, attributes
    with relations of their own. A film "was animated by" a studio, "was directed by" a
    director, "was released by" a distributor, "features the voice of" a voice actor. Studios,
    distributors and companies "are based in" a city (cities "are located in" a state), "were
    founded by" people, "are owned by" a company or a person; Pixar "was bought by" Steve Jobs,
    Blue Sky Studios by 20th Century Fox. Steve Jobs, Phil Knight and Jeffrey Katzenberg are
    typed "entrepreneur", Tom Hanks "voice actor" (types outside PERSON_TYPES, as a user may
    declare them); directors "director", Ed Catmull and Peter Lord "animator". Phil Knight
    founded Nike and owns Laika; Steve Jobs founded Apple and NeXT and bought Pixar. Lee rated
    Toy Story 5, Shrek 2, Coraline 4.5."""
    rels = [
        R("animated_by", phrase="was animated by", inverse_phrase="animated", domain=("film",), range=("studio",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",),
          range=("director", "animator")),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=("film",), range=("distributor",)),
        R("voiced_by", phrase="features the voice of", inverse_phrase="voiced a character in", domain=("film",),
          range=("voice actor",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("studio", "distributor", "company"),
          range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("studio", "company"),
          range=("entrepreneur", "director", "animator")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("studio", "distributor"),
          range=("company", "entrepreneur")),
        R("bought_by", phrase="was bought by", inverse_phrase="bought", domain=("studio",),
          range=("distributor", "entrepreneur")),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("city",), range=("state",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"f:toystory": ("film", "Toy Story", 1995), "f:shrek": ("film", "Shrek", 2001),
             "f:spirited": ("film", "Spirited Away", 2001), "f:chicken": ("film", "Chicken Run", 2000),
             "f:coraline": ("film", "Coraline", 2009), "f:iceage": ("film", "Ice Age", 2002)}
    others = {
        "s:pixar": ("studio", "Pixar"), "s:dwa": ("studio", "DreamWorks Animation"), "s:ghibli": ("studio", "Studio Ghibli"),
        "s:aardman": ("studio", "Aardman Animations"), "s:laika": ("studio", "Laika"),
        "s:bluesky": ("studio", "Blue Sky Studios"),
        "d:buenavista": ("distributor", "Buena Vista Pictures"), "d:dreamworks": ("distributor", "DreamWorks Pictures"),
        "d:toho": ("distributor", "Toho"), "d:focus": ("distributor", "Focus Features"),
        "d:fox": ("distributor", "20th Century Fox"),
        "c:disney": ("company", "The Walt Disney Company"), "c:apple": ("company", "Apple"), "c:next": ("company", "NeXT"),
        "c:nike": ("company", "Nike"), "c:lucasfilm": ("company", "Lucasfilm"), "c:nbc": ("company", "NBCUniversal"),
        "p:jobs": ("entrepreneur", "Steve Jobs"), "p:knight": ("entrepreneur", "Phil Knight"),
        "p:katzenberg": ("entrepreneur", "Jeffrey Katzenberg"), "p:lucas": ("director", "George Lucas"),
        "p:catmull": ("animator", "Ed Catmull"), "p:miyazaki": ("director", "Hayao Miyazaki"),
        "p:lord": ("animator", "Peter Lord"), "p:wedge": ("director", "Chris Wedge"),
        "p:lasseter": ("director", "John Lasseter"), "p:adamson": ("director", "Andrew Adamson"),
        "p:selick": ("director", "Henry Selick"), "p:park": ("director", "Nick Park"),
        "v:hanks": ("voice actor", "Tom Hanks"), "v:myers": ("voice actor", "Mike Myers"),
        "v:fanning": ("voice actor", "Dakota Fanning"),
        "y:emeryville": ("city", "Emeryville"), "y:glendale": ("city", "Glendale"), "y:koganei": ("city", "Koganei"),
        "y:bristol": ("city", "Bristol"), "y:hillsboro": ("city", "Hillsboro"), "y:greenwich": ("city", "Greenwich"),
        "y:burbank": ("city", "Burbank"), "y:cupertino": ("city", "Cupertino"), "y:redwood": ("city", "Redwood City"),
        "y:beaverton": ("city", "Beaverton"), "y:sanfrancisco": ("city", "San Francisco"), "y:tokyo": ("city", "Tokyo"),
        "y:universal": ("city", "Universal City"),
        "t:california": ("state", "California"), "t:oregon": ("state", "Oregon"), "t:connecticut": ("state", "Connecticut"),
    }
    T_ = _t("animated_by", [("f:toystory", "s:pixar"), ("f:shrek", "s:dwa"), ("f:spirited", "s:ghibli"),
                            ("f:chicken", "s:aardman"), ("f:coraline", "s:laika"), ("f:iceage", "s:bluesky")])
    T_ += _t("directed_by", [("f:toystory", "p:lasseter"), ("f:shrek", "p:adamson"), ("f:spirited", "p:miyazaki"),
                             ("f:chicken", "p:lord"), ("f:chicken", "p:park"), ("f:coraline", "p:selick"),
                             ("f:iceage", "p:wedge")])
    T_ += _t("released_by", [("f:toystory", "d:buenavista"), ("f:shrek", "d:dreamworks"), ("f:spirited", "d:toho"),
                             ("f:chicken", "d:dreamworks"), ("f:coraline", "d:focus"), ("f:iceage", "d:fox")])
    T_ += _t("voiced_by", [("f:toystory", "v:hanks"), ("f:shrek", "v:myers"), ("f:coraline", "v:fanning")])
    T_ += _t("based_in", [("s:pixar", "y:emeryville"), ("s:dwa", "y:glendale"), ("s:ghibli", "y:koganei"),
                          ("s:aardman", "y:bristol"), ("s:laika", "y:hillsboro"), ("s:bluesky", "y:greenwich"),
                          ("c:disney", "y:burbank"), ("c:apple", "y:cupertino"), ("c:next", "y:redwood"),
                          ("c:nike", "y:beaverton"), ("c:lucasfilm", "y:sanfrancisco"), ("d:toho", "y:tokyo"),
                          ("d:buenavista", "y:burbank"), ("d:focus", "y:universal")])
    T_ += _t("founded_by", [("s:pixar", "p:catmull"), ("s:dwa", "p:katzenberg"), ("s:ghibli", "p:miyazaki"),
                            ("s:aardman", "p:lord"), ("s:laika", "p:knight"), ("s:bluesky", "p:wedge"),
                            ("c:apple", "p:jobs"), ("c:next", "p:jobs"), ("c:nike", "p:knight"),
                            ("c:lucasfilm", "p:lucas")])
    T_ += _t("owned_by", [("s:pixar", "c:disney"), ("s:bluesky", "c:disney"), ("s:laika", "p:knight"),
                          ("s:dwa", "c:nbc"), ("d:buenavista", "c:disney"), ("d:focus", "c:nbc")])
    T_ += _t("bought_by", [("s:pixar", "p:jobs"), ("s:bluesky", "d:fox")])
    T_ += _t("located_in", [("y:emeryville", "t:california"), ("y:glendale", "t:california"),
                            ("y:hillsboro", "t:oregon"), ("y:beaverton", "t:oregon"),
                            ("y:greenwich", "t:connecticut"), ("y:burbank", "t:california")])
    T_ += _r("user:lee", [("f:toystory", 5), ("f:shrek", 2), ("f:coraline", 4.5)])
    return _build(items, others, rels, T_, users=[("user:lee", "Lee")])


def records():
    """Albums (items: the year of release) with labels, bands and recording studios as
    attributes of their own. An album "was recorded by" a band, "was released by" a label
    (reading 2's "release"; Doolittle by 4AD and Elektra Records), "was produced by" a record
    producer (type "record producer", outside PERSON_TYPES), "was recorded at" a studio. Bands
    "are signed to" labels and "were formed in" a city and "have the member" a musician; labels
    "are based in" a city, "were founded by" businessmen (type "businessman"); DGC Records "is a
    subsidiary of" Geffen Records (both founded by David Geffen); the Haçienda (a nightclub)
    "was founded by" Tony Wilson and "is owned by" Factory Records; studios "are located in" a
    city, Reciprocal Recording founded by Jack Endino, Strawberry Studios by Martin Hannett.
    Noa rated Bleach 5, Nevermind 2, Doolittle 4.5."""
    rels = [
        R("performed_by", phrase="was recorded by", inverse_phrase="recorded", domain=("album",), range=("band",)),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=("album",), range=("label",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("album",),
          range=("record producer",)),
        R("recorded_at", phrase="was recorded at", inverse_phrase="is where was recorded", domain=("album",),
          range=("studio",)),
        R("signed_to", phrase="is signed to", inverse_phrase="signed", domain=("band",), range=("label",)),
        R("formed_in", phrase="was formed in", inverse_phrase="is where was formed", domain=("band",), range=("city",)),
        R("label_based", phrase="is based in", inverse_phrase="is home to", domain=("label",), range=("city",)),
        R("studio_in", phrase="is located in", inverse_phrase="is the location of", domain=("studio", "nightclub"),
          range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("label", "studio", "nightclub"),
          range=("businessman", "record producer")),
        R("club_owner", phrase="is owned by", inverse_phrase="owns", domain=("nightclub",), range=("label",)),
        R("member", phrase="has the member", inverse_phrase="is a member of", domain=("band",), range=("musician",)),
        R("subsidiary", phrase="is a subsidiary of", inverse_phrase="has the subsidiary", domain=("label",),
          range=("label",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"a:bleach": ("album", "Bleach", 1989), "a:nevermind": ("album", "Nevermind", 1991),
             "a:queen": ("album", "The Queen Is Dead", 1986), "a:unknown": ("album", "Unknown Pleasures", 1979),
             "a:doolittle": ("album", "Doolittle", 1989), "a:slanted": ("album", "Slanted and Enchanted", 1992)}
    others = {
        "b:nirvana": ("band", "Nirvana"), "b:smiths": ("band", "The Smiths"), "b:joy": ("band", "Joy Division"),
        "b:pixies": ("band", "Pixies"), "b:pavement": ("band", "Pavement"),
        "l:subpop": ("label", "Sub Pop"), "l:dgc": ("label", "DGC Records"), "l:rough": ("label", "Rough Trade"),
        "l:factory": ("label", "Factory Records"), "l:4ad": ("label", "4AD"), "l:matador": ("label", "Matador Records"),
        "l:geffen": ("label", "Geffen Records"), "l:elektra": ("label", "Elektra Records"),
        "s:reciprocal": ("studio", "Reciprocal Recording"), "s:soundcity": ("studio", "Sound City Studios"),
        "s:strawberry": ("studio", "Strawberry Studios"), "s:jacobs": ("studio", "Jacobs Studios"),
        "s:louder": ("studio", "Louder Than You Think"), "n:hacienda": ("nightclub", "The Haçienda"),
        "q:endino": ("record producer", "Jack Endino"), "q:vig": ("record producer", "Butch Vig"),
        "q:hannett": ("record producer", "Martin Hannett"), "q:norton": ("record producer", "Gil Norton"),
        "z:pavitt": ("businessman", "Bruce Pavitt"), "z:poneman": ("businessman", "Jonathan Poneman"),
        "z:travis": ("businessman", "Geoff Travis"), "z:wilson": ("businessman", "Tony Wilson"),
        "z:ivo": ("businessman", "Ivo Watts-Russell"), "z:lombardi": ("businessman", "Chris Lombardi"),
        "z:geffen": ("businessman", "David Geffen"), "z:holzman": ("businessman", "Jac Holzman"),
        "m:cobain": ("musician", "Kurt Cobain"), "m:morrissey": ("musician", "Morrissey"),
        "m:curtis": ("musician", "Ian Curtis"), "m:francis": ("musician", "Black Francis"),
        "m:malkmus": ("musician", "Stephen Malkmus"),
        "y:seattle": ("city", "Seattle"), "y:aberdeen": ("city", "Aberdeen"), "y:manchester": ("city", "Manchester"),
        "y:salford": ("city", "Salford"), "y:boston": ("city", "Boston"), "y:stockton": ("city", "Stockton"),
        "y:london": ("city", "London"), "y:newyork": ("city", "New York City"), "y:losangeles": ("city", "Los Angeles"),
        "y:vannuys": ("city", "Van Nuys"), "y:stockport": ("city", "Stockport"), "y:farnham": ("city", "Farnham"),
        "y:oakland": ("city", "Oakland"),
    }
    T_ = _t("performed_by", [("a:bleach", "b:nirvana"), ("a:nevermind", "b:nirvana"), ("a:queen", "b:smiths"),
                             ("a:unknown", "b:joy"), ("a:doolittle", "b:pixies"), ("a:slanted", "b:pavement")])
    T_ += _t("released_by", [("a:bleach", "l:subpop"), ("a:nevermind", "l:dgc"), ("a:queen", "l:rough"),
                             ("a:unknown", "l:factory"), ("a:doolittle", "l:4ad"), ("a:doolittle", "l:elektra"),
                             ("a:slanted", "l:matador")])
    T_ += _t("produced_by", [("a:bleach", "q:endino"), ("a:nevermind", "q:vig"), ("a:unknown", "q:hannett"),
                             ("a:doolittle", "q:norton")])
    T_ += _t("recorded_at", [("a:bleach", "s:reciprocal"), ("a:nevermind", "s:soundcity"), ("a:unknown", "s:strawberry"),
                             ("a:queen", "s:jacobs"), ("a:slanted", "s:louder")])
    T_ += _t("signed_to", [("b:nirvana", "l:subpop"), ("b:nirvana", "l:dgc"), ("b:smiths", "l:rough"),
                           ("b:joy", "l:factory"), ("b:pixies", "l:4ad"), ("b:pavement", "l:matador")])
    T_ += _t("formed_in", [("b:nirvana", "y:aberdeen"), ("b:smiths", "y:manchester"), ("b:joy", "y:salford"),
                           ("b:pixies", "y:boston"), ("b:pavement", "y:stockton")])
    T_ += _t("label_based", [("l:subpop", "y:seattle"), ("l:dgc", "y:losangeles"), ("l:rough", "y:london"),
                             ("l:factory", "y:manchester"), ("l:4ad", "y:london"), ("l:matador", "y:newyork"),
                             ("l:geffen", "y:losangeles"), ("l:elektra", "y:newyork")])
    T_ += _t("studio_in", [("s:reciprocal", "y:seattle"), ("s:soundcity", "y:vannuys"), ("s:strawberry", "y:stockport"),
                           ("s:jacobs", "y:farnham"), ("s:louder", "y:oakland"), ("n:hacienda", "y:manchester")])
    T_ += _t("founded_by", [("l:subpop", "z:pavitt"), ("l:subpop", "z:poneman"), ("l:rough", "z:travis"),
                            ("l:factory", "z:wilson"), ("l:4ad", "z:ivo"), ("l:matador", "z:lombardi"),
                            ("l:geffen", "z:geffen"), ("l:dgc", "z:geffen"), ("l:elektra", "z:holzman"),
                            ("s:reciprocal", "q:endino"), ("s:strawberry", "q:hannett"), ("n:hacienda", "z:wilson")])
    T_ += _t("club_owner", [("n:hacienda", "l:factory")])
    T_ += _t("member", [("b:nirvana", "m:cobain"), ("b:smiths", "m:morrissey"), ("b:joy", "m:curtis"),
                        ("b:pixies", "m:francis"), ("b:pavement", "m:malkmus")])
    T_ += _t("subsidiary", [("l:dgc", "l:geffen")])
    T_ += _r("user:noa", [("a:bleach", 5), ("a:nevermind", 2), ("a:doolittle", 4.5)])
    return _build(items, others, rels, T_, users=[("user:noa", "Noa")])


def museums():
    """Paintings (items: the year each was painted) and the museums that hold them, attributes
    with relations of their own. A painting "was painted by" a painter, "hangs in" a museum,
    "was commissioned by" a patron (type "patron", outside PERSON_TYPES), "depicts" a sitter,
    "is painted in" a medium. Museums "are located in" a city, "were designed by" an architect
    (the Uffizi by the painter Giorgio Vasari), "were founded by" a patron or a philanthropist
    (Abby Aldrich Rockefeller, type "philanthropist", founded the Museum of Modern Art and the
    Rockefeller Brothers Fund), "are run by" a foundation (foundations are located in a city).
    Eva rated Mona Lisa 2, The Starry Night 5 and The Night Watch 4.5."""
    rels = [
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("housed_in", phrase="hangs in", inverse_phrase="holds", domain=("painting",), range=("museum",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("painting",),
          range=("patron",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("painting",), range=("sitter",)),
        R("medium", phrase="is painted in", inverse_phrase="is the medium of", domain=("painting",), range=("medium",)),
        R("museum_in", phrase="is located in", inverse_phrase="is home to", domain=("museum", "foundation"),
          range=("city",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("museum",),
          range=("architect", "painter")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("museum", "foundation"),
          range=("patron", "philanthropist")),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("museum",), range=("foundation",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"p:mona": ("painting", "Mona Lisa", 1503), "p:starry": ("painting", "The Starry Night", 1889),
             "p:meninas": ("painting", "Las Meninas", 1656), "p:nightwatch": ("painting", "The Night Watch", 1642),
             "p:venus": ("painting", "The Birth of Venus", 1485), "p:guernica": ("painting", "Guernica", 1937)}
    others = {
        "a:leonardo": ("painter", "Leonardo da Vinci"), "a:vangogh": ("painter", "Vincent van Gogh"),
        "a:velazquez": ("painter", "Diego Velázquez"), "a:rembrandt": ("painter", "Rembrandt"),
        "a:botticelli": ("painter", "Sandro Botticelli"), "a:picasso": ("painter", "Pablo Picasso"),
        "a:vasari": ("painter", "Giorgio Vasari"),
        "m:louvre": ("museum", "Louvre"), "m:moma": ("museum", "Museum of Modern Art"),
        "m:prado": ("museum", "Museo del Prado"), "m:rijks": ("museum", "Rijksmuseum"), "m:uffizi": ("museum", "Uffizi"),
        "m:reina": ("museum", "Museo Reina Sofía"),
        "x:pei": ("architect", "I. M. Pei"), "x:goodwin": ("architect", "Philip L. Goodwin"),
        "x:villanueva": ("architect", "Juan de Villanueva"), "x:cuypers": ("architect", "Pierre Cuypers"),
        "x:sabatini": ("architect", "Francesco Sabatini"),
        "k:giocondo": ("patron", "Francesco del Giocondo"), "k:cocq": ("patron", "Frans Banninck Cocq"),
        "k:cosimo": ("patron", "Cosimo I de' Medici"), "k:lorenzo": ("patron", "Lorenzo di Pierfrancesco de' Medici"),
        "k:republic": ("patron", "Spanish Republic"), "k:ferdinand": ("patron", "Ferdinand VII"),
        "k:rockefeller": ("philanthropist", "Abby Aldrich Rockefeller"), "k:louis": ("patron", "Louis Napoléon"),
        "h:lisa": ("sitter", "Lisa Gherardini"), "h:margarita": ("sitter", "Infanta Margarita Teresa"),
        "d:oil": ("medium", "oil on poplar"), "d:canvas": ("medium", "oil on canvas"),
        "d:tempera": ("medium", "tempera on canvas"),
        "f:rmn": ("foundation", "Réunion des Musées Nationaux"), "f:rockefeller": ("foundation", "Rockefeller Brothers Fund"),
        "y:paris": ("city", "Paris"), "y:newyork": ("city", "New York City"), "y:madrid": ("city", "Madrid"),
        "y:amsterdam": ("city", "Amsterdam"), "y:florence": ("city", "Florence"),
    }
    T_ = _t("painted_by", [("p:mona", "a:leonardo"), ("p:starry", "a:vangogh"), ("p:meninas", "a:velazquez"),
                           ("p:nightwatch", "a:rembrandt"), ("p:venus", "a:botticelli"), ("p:guernica", "a:picasso")])
    T_ += _t("housed_in", [("p:mona", "m:louvre"), ("p:starry", "m:moma"), ("p:meninas", "m:prado"),
                           ("p:nightwatch", "m:rijks"), ("p:venus", "m:uffizi"), ("p:guernica", "m:reina")])
    T_ += _t("commissioned_by", [("p:mona", "k:giocondo"), ("p:nightwatch", "k:cocq"), ("p:venus", "k:lorenzo"),
                                 ("p:guernica", "k:republic")])
    T_ += _t("depicts", [("p:mona", "h:lisa"), ("p:meninas", "h:margarita")])
    T_ += _t("medium", [("p:mona", "d:oil"), ("p:starry", "d:canvas"), ("p:meninas", "d:canvas"),
                        ("p:nightwatch", "d:canvas"), ("p:venus", "d:tempera"), ("p:guernica", "d:canvas")])
    T_ += _t("museum_in", [("m:louvre", "y:paris"), ("m:moma", "y:newyork"), ("m:prado", "y:madrid"),
                           ("m:rijks", "y:amsterdam"), ("m:uffizi", "y:florence"), ("m:reina", "y:madrid"),
                           ("f:rmn", "y:paris"), ("f:rockefeller", "y:newyork")])
    T_ += _t("designed_by", [("m:louvre", "x:pei"), ("m:moma", "x:goodwin"), ("m:prado", "x:villanueva"),
                             ("m:rijks", "x:cuypers"), ("m:uffizi", "a:vasari"), ("m:reina", "x:sabatini")])
    T_ += _t("founded_by", [("m:moma", "k:rockefeller"), ("m:uffizi", "k:cosimo"), ("m:prado", "k:ferdinand"),
                            ("m:rijks", "k:louis"), ("f:rockefeller", "k:rockefeller")])
    T_ += _t("run_by", [("m:louvre", "f:rmn"), ("m:moma", "f:rockefeller")])
    T_ += _r("user:eva", [("p:mona", 2), ("p:starry", 5), ("p:nightwatch", 4.5)])
    return _build(items, others, rels, T_, users=[("user:eva", "Eva")])


def networks():
    """TV series (items: the year each first aired) and the networks, production companies and
    conglomerates around them, attributes with relations of their own. A series "first aired
    on" a network (reading 3), "aired on" networks (Twin Peaks on ABC then Showtime, Sherlock on
    BBC One and PBS, Breaking Bad on AMC and Netflix), "was created by" a showrunner (type
    "showrunner"), "was produced by" a production company. Networks, production companies and
    conglomerates "are headquartered in" a city, "are owned by" a conglomerate or a person,
    "were founded by" entrepreneurs (Charles Dolan founded HBO, AMC and Cablevision; Reed
    Hastings Netflix; Beryl Vertue Hartswood Films, which she owns), "were launched on" a
    platform. Ola rated The Sopranos 5, Twin Peaks 2 and Sherlock 4.5."""
    S = ("tv_series",)
    rels = [
        R("first_aired_on", phrase="first aired on", inverse_phrase="first aired", domain=S, range=("network",)),
        R("aired_on", phrase="aired on", inverse_phrase="aired", domain=S, range=("network",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=S, range=("showrunner",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=S, range=("production company",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("network", "production company"),
          range=("conglomerate", "entrepreneur")),
        R("hq", phrase="is headquartered in", inverse_phrase="is home to",
          domain=("network", "production company", "conglomerate"), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded",
          domain=("network", "production company", "conglomerate"), range=("entrepreneur", "showrunner")),
        R("launched_on", phrase="was launched on", inverse_phrase="launched", domain=("network",), range=("platform",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"s:sopranos": ("tv_series", "The Sopranos", 1999), "s:breaking": ("tv_series", "Breaking Bad", 2008),
             "s:wire": ("tv_series", "The Wire", 2002), "s:twinpeaks": ("tv_series", "Twin Peaks", 1990),
             "s:sherlock": ("tv_series", "Sherlock", 2010), "s:madmen": ("tv_series", "Mad Men", 2007)}
    others = {
        "n:hbo": ("network", "HBO"), "n:amc": ("network", "AMC"), "n:abc": ("network", "ABC"),
        "n:showtime": ("network", "Showtime"), "n:bbcone": ("network", "BBC One"), "n:pbs": ("network", "PBS"),
        "n:netflix": ("network", "Netflix"),
        "c:wbd": ("conglomerate", "Warner Bros. Discovery"), "c:amcn": ("conglomerate", "AMC Networks"),
        "c:disney": ("conglomerate", "Disney"), "c:paramount": ("conglomerate", "Paramount Global"),
        "c:bbc": ("conglomerate", "BBC"), "c:cablevision": ("conglomerate", "Cablevision"),
        "o:brillstein": ("production company", "Brillstein Entertainment Partners"),
        "o:sony": ("production company", "Sony Pictures Television"),
        "o:blown": ("production company", "Blown Deadline Productions"),
        "o:lynchfrost": ("production company", "Lynch/Frost Productions"),
        "o:hartswood": ("production company", "Hartswood Films"),
        "o:lionsgate": ("production company", "Lionsgate Television"),
        "e:chase": ("showrunner", "David Chase"), "e:gilligan": ("showrunner", "Vince Gilligan"),
        "e:simon": ("showrunner", "David Simon"), "e:lynch": ("showrunner", "David Lynch"),
        "e:moffat": ("showrunner", "Steven Moffat"), "e:weiner": ("showrunner", "Matthew Weiner"),
        "z:dolan": ("entrepreneur", "Charles Dolan"), "z:vertue": ("entrepreneur", "Beryl Vertue"),
        "z:brillstein": ("entrepreneur", "Bernie Brillstein"), "z:hastings": ("entrepreneur", "Reed Hastings"),
        "y:newyork": ("city", "New York City"), "y:losangeles": ("city", "Los Angeles"), "y:london": ("city", "London"),
        "y:culver": ("city", "Culver City"), "y:santamonica": ("city", "Santa Monica"), "y:losgatos": ("city", "Los Gatos"),
        "y:arlington": ("city", "Arlington"), "y:burbank": ("city", "Burbank"), "y:bethpage": ("city", "Bethpage"),
        "x:cable": ("platform", "cable television"), "x:broadcast": ("platform", "broadcast television"),
    }
    T_ = _t("first_aired_on", [("s:sopranos", "n:hbo"), ("s:breaking", "n:amc"), ("s:wire", "n:hbo"),
                               ("s:twinpeaks", "n:abc"), ("s:sherlock", "n:bbcone"), ("s:madmen", "n:amc")])
    T_ += _t("aired_on", [("s:sopranos", "n:hbo"), ("s:wire", "n:hbo"), ("s:madmen", "n:amc"),
                          ("s:twinpeaks", "n:abc"), ("s:twinpeaks", "n:showtime"),
                          ("s:sherlock", "n:bbcone"), ("s:sherlock", "n:pbs"), ("s:breaking", "n:amc"),
                          ("s:breaking", "n:netflix")])
    T_ += _t("created_by", [("s:sopranos", "e:chase"), ("s:breaking", "e:gilligan"), ("s:wire", "e:simon"),
                            ("s:twinpeaks", "e:lynch"), ("s:sherlock", "e:moffat"), ("s:madmen", "e:weiner")])
    T_ += _t("produced_by", [("s:sopranos", "o:brillstein"), ("s:breaking", "o:sony"), ("s:wire", "o:blown"),
                             ("s:twinpeaks", "o:lynchfrost"), ("s:sherlock", "o:hartswood"),
                             ("s:madmen", "o:lionsgate")])
    T_ += _t("owned_by", [("n:hbo", "c:wbd"), ("n:amc", "c:amcn"), ("n:abc", "c:disney"), ("n:showtime", "c:paramount"),
                          ("n:bbcone", "c:bbc"), ("o:hartswood", "z:vertue")])
    T_ += _t("hq", [("n:hbo", "y:newyork"), ("n:amc", "y:newyork"), ("n:abc", "y:burbank"), ("n:showtime", "y:newyork"),
                    ("n:bbcone", "y:london"), ("n:pbs", "y:arlington"), ("n:netflix", "y:losgatos"),
                    ("o:sony", "y:culver"), ("o:hartswood", "y:london"), ("o:lionsgate", "y:santamonica"),
                    ("o:brillstein", "y:losangeles"), ("c:wbd", "y:newyork"), ("c:disney", "y:burbank"),
                    ("c:cablevision", "y:bethpage")])
    T_ += _t("founded_by", [("n:hbo", "z:dolan"), ("n:amc", "z:dolan"), ("c:cablevision", "z:dolan"),
                            ("o:hartswood", "z:vertue"), ("o:brillstein", "z:brillstein"), ("n:netflix", "z:hastings"),
                            ("o:lynchfrost", "e:lynch")])
    T_ += _t("launched_on", [("n:hbo", "x:cable"), ("n:amc", "x:cable"), ("n:showtime", "x:cable"),
                             ("n:abc", "x:broadcast")])
    T_ += _r("user:ola", [("s:sopranos", 5), ("s:twinpeaks", 2), ("s:sherlock", 4.5)])
    return _build(items, others, rels, T_, users=[("user:ola", "Ola")])


def airports():
    """WebNLG-like airports (no item): airports "serve" a city ("city served"), are so many
    metres above sea level, "are located in" a place, "have a runway length of", "are operated
    by" an organisation (Aarhus Lufthavn A/S, ENAIRE, the United States Air Force, the Port
    Authority), "are owned by" Andrews County; Alderney Airport's first runway is made of
    Poaceae, a grass of the order Poales; ENAIRE is in Madrid; the Air Force fought in the
    Korean War; the Port Authority is headquartered at Four World Trade Center."""
    return _web("Airport", [
        [("Angola International Airport", "city served", "Luanda"),
         ("Angola International Airport", "elevation above the sea level", "159"),
         ("Angola International Airport", "location", "Ícolo e Bengo"),
         ("Angola International Airport", "runway length", "4000.0")],
        [("Luanda", "country", "Angola"), ("Ícolo e Bengo", "country", "Angola")],
        [("Aarhus Airport", "city served", "Aarhus"), ("Aarhus Airport", "operating organisation", "Aarhus Lufthavn A/S"),
         ("Aarhus Airport", "elevation above the sea level", "25.0"), ("Aarhus Airport", "location", "Tirstrup"),
         ("Aarhus Airport", "runway length", "2776.0")],
        [("Adolfo Suárez Madrid–Barajas Airport", "city served", "Madrid"),
         ("Adolfo Suárez Madrid–Barajas Airport", "operating organisation", "ENAIRE"),
         ("Adolfo Suárez Madrid–Barajas Airport", "elevation above the sea level", "610.0"),
         ("Adolfo Suárez Madrid–Barajas Airport", "location", "Alcobendas"), ("ENAIRE", "city", "Madrid")],
        [("Alderney Airport", "city served", "Alderney"), ("Alderney Airport", "1st runway surface type", "Poaceae"),
         ("Alderney Airport", "elevation above the sea level", "88.0"), ("Poaceae", "order", "Poales"),
         ("Poaceae", "division", "Flowering plant")],
        [("Al Asad Airbase", "operating organisation", "United States Air Force"),
         ("United States Air Force", "battle", "Korean War"),
         ("United States Air Force", "aircraft fighter", "General Dynamics F-16 Fighting Falcon"),
         ("Al Asad Airbase", "location", "Iraq")],
        [("Andrews County Airport", "location", "Texas"), ("Andrews County Airport", "owner", "Andrews County, Texas"),
         ("Andrews County Airport", "elevation above the sea level", "973.0"), ("Texas", "capital", "Austin, Texas")],
        [("Atlantic City International Airport", "operating organisation", "Port Authority of New York and New Jersey"),
         ("Port Authority of New York and New Jersey", "headquarter", "Four World Trade Center"),
         ("Atlantic City International Airport", "location", "Egg Harbor Township, New Jersey"),
         ("Atlantic City International Airport", "runway length", "3048.0")],
    ])


def space():
    """WebNLG-like asteroids, universities and space agencies (no item). Asteroids "were
    discovered by" astronomers (Walter Baade and James Craig Watson, typed "person" by their
    alma mater, birth and death places; N. R. Pogson and Karl Reinmuth, typed "entity": a
    discoverer may be a survey, and they have only an award and an employer besides), have an
    orbital period, an epoch, an apoapsis; universities are in a city and a country, have so
    many students, are affiliated with a group, have a president (Santa Ono, typed "entity");
    Heidelberg Observatory is in Heidelberg and owned by Heidelberg University; the European
    Space Agency (Paris, founded 30 May 1975) operates Rosetta, launched from the Guiana Space
    Centre (in Kourou, operated by CNES, founded 19 December 1961)."""
    return _web("Science", [
        [("1036 Ganymed", "discoverer", "Walter Baade"), ("1036 Ganymed", "orbital period", "1595.12 (days)"),
         ("1036 Ganymed", "epoch", "2004-08-27"), ("Walter Baade", "alma mater", "University of Göttingen"),
         ("Walter Baade", "birth place", "German Empire")],
        [("101 Helena", "discoverer", "James Craig Watson"), ("101 Helena", "orbital period", "1516.6 (days)"),
         ("101 Helena", "apoapsis", "441092000.0 (kilometres)"),
         ("James Craig Watson", "alma mater", "University of Michigan"),
         ("James Craig Watson", "death place", "Madison, Wisconsin")],
        [("107 Camilla", "discoverer", "N. R. Pogson"), ("107 Camilla", "epoch", "2006-12-31"),
         ("107 Camilla", "orbital period", "2368.05 (days)"), ("N. R. Pogson", "award", "Lalande Prize")],
        [("1089 Tama", "discoverer", "Karl Reinmuth"), ("1089 Tama", "orbital period", "1202.846 (days)"),
         ("Karl Reinmuth", "award", "Lalande Prize"), ("Karl Reinmuth", "employer", "Heidelberg Observatory")],
        [("University of Göttingen", "city", "Göttingen"), ("University of Göttingen", "country", "Germany"),
         ("University of Göttingen", "number of students", "31000"),
         ("University of Göttingen", "affiliation", "Coimbra Group")],
        [("University of Michigan", "city", "Ann Arbor"), ("University of Michigan", "number of students", "46002"),
         ("University of Michigan", "affiliation", "Association of American Universities"),
         ("University of Michigan", "president", "Santa Ono")],
        [("Heidelberg Observatory", "location", "Heidelberg"), ("Heidelberg Observatory", "owner", "Heidelberg University"),
         ("Heidelberg University", "city", "Heidelberg"), ("Heidelberg University", "affiliation", "Coimbra Group")],
        [("European Space Agency", "headquarter", "Paris"), ("European Space Agency", "founding date", "1975-05-30"),
         ("Rosetta", "operator", "European Space Agency"), ("Rosetta", "launch site", "Guiana Space Centre"),
         ("Guiana Space Centre", "location", "Kourou"), ("Guiana Space Centre", "operator", "CNES")],
        [("CNES", "headquarter", "Paris"), ("CNES", "founding date", "1961-12-19")],
    ])


def clubs():
    """WebNLG-like football clubs, companies and dishes (no item). Clubs have a ground (a
    "venue": stadiums are in a city and owned by someone), a manager, a league, a chairman, a
    number of members, an owner (Roman Abramovich and Paul Allen, typed "organisation" as the
    object of "owner": an owner may be a firm); Abramovich also owns Evraz (steel), Paul Allen
    founded Microsoft ("founded by") and owns the Seahawks and the Trail Blazers; Sony was
    founded by Masaru Ibuka (typed "entity"), who won the Order of Culture. Dishes come from a
    region or a country, have a main ingredient and a course; Bakewell pudding is a variation
    of Bakewell tart."""
    return _web("SportsTeam", [
        [("A.C. Chievo Verona", "ground", "Stadio Marc'Antonio Bentegodi"), ("A.C. Chievo Verona", "manager", "Rolando Maran"),
         ("A.C. Chievo Verona", "league", "Serie A"), ("A.C. Chievo Verona", "number of members", "39371")],
        [("Stadio Marc'Antonio Bentegodi", "location", "Verona"),
         ("Stadio Marc'Antonio Bentegodi", "owner", "Verona City Council")],
        [("AFC Ajax", "ground", "Johan Cruyff Arena"), ("AFC Ajax", "manager", "Frank de Boer"),
         ("AFC Ajax", "league", "Eredivisie"), ("AFC Ajax", "chairman", "Hennie Henrichs"),
         ("Johan Cruyff Arena", "location", "Amsterdam"), ("Johan Cruyff Arena", "owner", "Stadion Amsterdam CV")],
        [("Chelsea F.C.", "owner", "Roman Abramovich"), ("Chelsea F.C.", "ground", "Stamford Bridge"),
         ("Chelsea F.C.", "league", "Premier League"), ("Evraz", "owner", "Roman Abramovich"), ("Evraz", "industry", "Steel")],
        [("Sony", "founded by", "Masaru Ibuka"), ("Sony", "industry", "Electronics"), ("Sony", "headquarter", "Minato, Tokyo"),
         ("Masaru Ibuka", "award", "Order of Culture")],
        [("Microsoft", "founded by", "Paul Allen"), ("Microsoft", "headquarter", "Redmond, Washington"),
         ("Seattle Seahawks", "owner", "Paul Allen"), ("Seattle Seahawks", "ground", "Lumen Field"),
         ("Portland Trail Blazers", "owner", "Paul Allen")],
        [("Bakewell pudding", "region", "Derbyshire Dales"), ("Bakewell pudding", "main ingredient", "Ground almond"),
         ("Bakewell pudding", "course", "Dessert"), ("Bakewell tart", "dish variation", "Bakewell pudding"),
         ("Bakewell tart", "ingredient", "Frangipane")],
        [("Ajoblanco", "country", "Spain"), ("Ajoblanco", "main ingredient", "Bread"), ("Ajoblanco", "region", "Andalusia"),
         ("Ajoblanco", "course", "Starter"), ("Spain", "leader", "Felipe VI of Spain")],
    ])


BUILDERS = {"animation": animation, "records": records, "museums": museums, "networks": networks,
            "airports": airports, "space": space, "clubs": clubs}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@animation
# (1) "it" after two studios: the first named makes it true, the second (the subject of the
# sentence before, which the writer means) makes it false
Laika is based in Hillsboro. Pixar is based in Emeryville. It was founded by Phil Knight.
Pixar is based in Emeryville. Laika was founded by Phil Knight. It is based in Emeryville.
Pixar is based in Emeryville, while Laika is based in Hillsboro. It was founded by Ed Catmull.
Laika is based in Hillsboro; Pixar was founded by Ed Catmull. It is owned by Phil Knight.
Pixar, based in Emeryville, was founded by Ed Catmull. Laika is based in Hillsboro. It is owned by The Walt Disney Company.
Studio Ghibli was founded by Hayao Miyazaki. Aardman Animations is based in Bristol. It is based in Koganei.
Aardman Animations is based in Bristol. Studio Ghibli is based in Koganei. It was founded by Peter Lord.
DreamWorks Animation is owned by NBCUniversal. Blue Sky Studios is based in Greenwich. It was founded by Jeffrey Katzenberg.
Blue Sky Studios was bought by 20th Century Fox. DreamWorks Animation is based in Glendale. It was founded by Chris Wedge.
Blue Sky Studios is owned by The Walt Disney Company. Laika is owned by Phil Knight. It was bought by 20th Century Fox.
Pixar was bought by Steve Jobs. Blue Sky Studios was founded by Chris Wedge. It was bought by Steve Jobs.
NeXT is based in Redwood City. Apple was founded by Steve Jobs. It is based in Redwood City.
Apple is based in Cupertino. Nike was founded by Phil Knight. It is based in Cupertino.
Nike is based in Beaverton. Laika is owned by Phil Knight. It is based in Beaverton.
Lucasfilm is based in San Francisco. Pixar is owned by The Walt Disney Company. It is based in San Francisco.
Toho is based in Tokyo. Focus Features is owned by NBCUniversal. It is based in Tokyo.
Buena Vista Pictures is owned by The Walt Disney Company. Focus Features is based in Universal City. It is owned by The Walt Disney Company.
Laika is based in Hillsboro. Pixar is based in Emeryville, and it was founded by Phil Knight.
Laika is based in Hillsboro, but Pixar is based in Emeryville; it was founded by Phil Knight.
Laika, which was founded by Phil Knight, is based in Hillsboro. Pixar is owned by The Walt Disney Company, and it is based in Hillsboro.
Laika is based in Hillsboro. Pixar was founded by Ed Catmull. Studio Ghibli is based in Koganei. It is owned by Phil Knight.
Laika is based in Hillsboro. Phil Knight founded Nike and owns it.
Pixar is owned by The Walt Disney Company. Steve Jobs founded NeXT, and The Walt Disney Company owns it.
Pixar is based in Emeryville. Steve Jobs founded Apple and bought it.
Pixar's owner, The Walt Disney Company, is based in Burbank. It was founded by Ed Catmull.
Laika's founder is Phil Knight. Pixar is based in Emeryville. It is owned by Phil Knight.
Aardman Animations was founded by Peter Lord. DreamWorks Animation is owned by NBCUniversal, but it was founded by Peter Lord.
Focus Features is owned by NBCUniversal. Toho is based in Tokyo. It is owned by NBCUniversal.
# (1) "its" of the wrong studio
Laika is based in Hillsboro. Pixar is based in Emeryville. Its founder is Phil Knight.
Laika is based in Hillsboro. Pixar is based in Emeryville, and its founder is Phil Knight.
Laika's owner is Phil Knight. Pixar's owner is The Walt Disney Company. Its founder is Phil Knight.
Studio Ghibli is based in Koganei. Aardman Animations was founded by Peter Lord. Its home is Koganei.
Pixar is owned by The Walt Disney Company. Laika is based in Hillsboro. Its owner is The Walt Disney Company.
Apple was founded by Steve Jobs. Nike is based in Beaverton. Its founder is Steve Jobs.
# (1) "it" after a person the graph types outside PERSON_TYPES ("entrepreneur"): no "it"
Phil Knight founded Nike. It owns Laika.
Steve Jobs founded Apple. It bought Pixar.
Steve Jobs founded NeXT. It also bought Pixar.
Phil Knight founded Nike. It owns Laika, which is based in Hillsboro.
Steve Jobs founded Apple. It founded NeXT.
Phil Knight founded Nike. It founded Laika.
Steve Jobs founded NeXT, and it bought Pixar.
Phil Knight founded Nike; it also founded Laika.
# (1) "the film", "the movie", "this film" in a text that names no film: the first studio
Laika is based in Hillsboro. The film was founded by Phil Knight.
Laika is based in Hillsboro. The movie is owned by Phil Knight.
Pixar is based in Emeryville. The film was founded by Ed Catmull.
Pixar is owned by The Walt Disney Company. The movie is based in Emeryville.
Studio Ghibli was founded by Hayao Miyazaki. The film is based in Koganei.
Laika is based in Hillsboro. This film was founded by Phil Knight.
Laika is based in Hillsboro. That movie is owned by Phil Knight.
Blue Sky Studios is based in Greenwich. The film was bought by 20th Century Fox.
Apple is based in Cupertino. The movie was founded by Steve Jobs.
Pixar was bought by Steve Jobs, and the film is owned by The Walt Disney Company.
# (2) "a <distributor> release" of another distributor's film, or of a name that is no distributor
Shrek, a Buena Vista Pictures release, was directed by Andrew Adamson.
Coraline, a Toho release, was directed by Henry Selick.
Spirited Away, a Focus Features release, was directed by Hayao Miyazaki.
Ice Age, a DreamWorks Pictures release, was directed by Chris Wedge.
Chicken Run is a Focus Features release.
Toy Story, a Buena Vista Pictures release, was directed by Andrew Adamson.
Toy Story, a Buena Vista Pictures release, was animated by DreamWorks Animation.
Shrek, a DreamWorks Pictures release, features the voice of Tom Hanks.
Toy Story, a Pixar release, was directed by John Lasseter.
Coraline, a Phil Knight release, was directed by Henry Selick.
Coraline, a Laika release, features the voice of Dakota Fanning.
Since you loved Toy Story, try Shrek, a Buena Vista Pictures release.
@animation user:lee
# (1) a recommendation of a studio, then "it" of another
You would like Laika. Pixar is based in Emeryville. It is owned by Phil Knight.
You might enjoy Laika. Pixar is owned by The Walt Disney Company. It is based in Hillsboro.
Try Laika. Pixar is based in Emeryville. It was founded by Phil Knight.
We recommend Laika. Pixar is based in Emeryville, and it was founded by Phil Knight.
You would like Laika, which is based in Hillsboro. Pixar was founded by Ed Catmull. It is owned by Phil Knight.
You would like Laika. The film is owned by Phil Knight.
You would like Aardman Animations. Studio Ghibli is based in Koganei. Its founder is Peter Lord.
You would like Laika. You loved it.
You would like Pixar. Laika is based in Hillsboro. You loved it.
@animation
# held: negation, a wrong claim of the one studio, a wrong direction, an item named later
Laika is based in Hillsboro. Pixar is based in Emeryville. It is not owned by The Walt Disney Company.
Pixar is based in Emeryville. It is not owned by The Walt Disney Company.
Laika is based in Hillsboro. It was founded by Ed Catmull.
Pixar is based in Emeryville. It founded Ed Catmull.
Pixar is based in Emeryville. It is based in Hillsboro.
Laika is based in Hillsboro. Pixar is based in Emeryville. It was founded by Phil Knight. Pixar animated Toy Story.
Laika is based in Hillsboro. Pixar is based in Emeryville. It animated Coraline.
Emeryville is home to Pixar. It was founded by Phil Knight.
Steve Jobs founded Apple. It is based in Emeryville.
Laika is based in Hillsboro. Its founder is Steve Jobs.
Laika is based in Hillsboro. It bought Pixar.
Laika is based in Hillsboro. The film was founded by Phil Knight. Coraline was animated by Laika.
@records
# (1) "it" after two labels, bands or studios
Matador Records is based in New York City. Sub Pop was founded by Bruce Pavitt. It is based in New York City.
Sub Pop is based in Seattle. Rough Trade was founded by Geoff Travis. It is based in Seattle.
Rough Trade is based in London. Factory Records is based in Manchester. It was founded by Geoff Travis.
Factory Records was founded by Tony Wilson. 4AD is based in London. It was founded by Tony Wilson.
4AD was founded by Ivo Watts-Russell. Matador Records is based in New York City, and it was founded by Ivo Watts-Russell.
Elektra Records is based in New York City. Geffen Records was founded by David Geffen. It is based in New York City.
DGC Records is a subsidiary of Geffen Records. Elektra Records was founded by Jac Holzman. It is a subsidiary of Geffen Records.
Pixies were formed in Boston. Nirvana is signed to Sub Pop. It was formed in Boston.
Pixies is signed to 4AD. Pavement was formed in Stockton. It is signed to 4AD.
Nirvana has the member Kurt Cobain. Pavement is signed to Matador Records. It was formed in Aberdeen.
Pavement was formed in Stockton. Pixies is signed to 4AD, and it has the member Stephen Malkmus.
Reciprocal Recording is located in Seattle. Strawberry Studios was founded by Martin Hannett. It is located in Seattle.
Strawberry Studios is located in Stockport. Reciprocal Recording was founded by Jack Endino. It is located in Stockport.
Reciprocal Recording was founded by Jack Endino. Jacobs Studios is located in Farnham. It was founded by Jack Endino.
The Haçienda is owned by Factory Records. Reciprocal Recording is located in Seattle. It is owned by Factory Records.
Sub Pop is based in Seattle, whereas Matador Records is based in New York City; it was founded by Bruce Pavitt.
# (1) "its" of the wrong label or band
Sub Pop is based in Seattle. Matador Records was founded by Chris Lombardi. Its founder is Bruce Pavitt.
Factory Records is based in Manchester. Matador Records was founded by Chris Lombardi. Its founder is Tony Wilson.
Pavement was formed in Stockton. Pixies is signed to 4AD. Its member is Stephen Malkmus.
Nirvana was formed in Aberdeen. Pavement is signed to Matador Records, and its member is Kurt Cobain.
Factory Records is based in Manchester. Rough Trade was founded by Geoff Travis. Its home is Manchester.
# (1) "it" after a businessman (a type outside PERSON_TYPES)
David Geffen founded Geffen Records. It also founded DGC Records.
David Geffen founded Geffen Records. It founded DGC Records.
Tony Wilson founded Factory Records. It also founded the Haçienda.
Tony Wilson founded Factory Records, and it founded the Haçienda.
# (1) "the album", "the record", "this album" in a text that names no album
Sub Pop is based in Seattle. The album was founded by Bruce Pavitt.
Nirvana is signed to Sub Pop. The album was formed in Aberdeen.
Nirvana is signed to Sub Pop. The album has the member Kurt Cobain.
Sub Pop is based in Seattle. The record was founded by Bruce Pavitt.
Sub Pop is based in Seattle. This album was founded by Bruce Pavitt.
Joy Division was formed in Salford. The album is signed to Factory Records.
Strawberry Studios is located in Stockport. The album was founded by Martin Hannett.
Matador Records is based in New York City. The record was founded by Chris Lombardi.
Geffen Records was founded by David Geffen. The album is based in Los Angeles.
Rough Trade is based in London. The film was founded by Geoff Travis.
@records user:noa
You would like Matador Records. Sub Pop is based in Seattle. It was founded by Chris Lombardi.
You might enjoy Factory Records. Rough Trade is based in London. Its founder is Tony Wilson.
You would like Pavement. Pixies were formed in Boston. It is signed to Matador Records.
You would like Sub Pop. The album was founded by Bruce Pavitt.
@records
# (2) "a <label> release" of another label's album
Nevermind, a Sub Pop release, was produced by Butch Vig.
Bleach, a DGC Records release, was produced by Jack Endino.
Doolittle, a Matador Records release, was produced by Gil Norton.
Nevermind is a Geffen Records release.
Unknown Pleasures is a Rough Trade release.
Slanted and Enchanted, a 4AD release, was recorded by Pavement.
Doolittle is an Elektra Records release produced by Butch Vig.
Bleach, a Sub Pop release, was recorded at Sound City Studios.
Unknown Pleasures, a Factory Records release, was produced by Gil Norton.
Nevermind, a DGC Records release, was recorded by Pixies.
# held
Matador Records is based in New York City. Sub Pop was founded by Bruce Pavitt. It is not based in Seattle.
Sub Pop is based in Seattle. It founded Bruce Pavitt.
Nirvana is signed to Sub Pop. It was formed in Seattle.
Rough Trade is based in London. Factory Records is based in Manchester. It was founded by Geoff Travis. Joy Division recorded Unknown Pleasures.
Sub Pop is based in Seattle. Matador Records was founded by Chris Lombardi. The latter is based in Seattle.
@museums
# (1) "it" / "its" after two museums
The Uffizi is located in Florence. The Rijksmuseum was founded by Louis Napoléon. It is located in Florence.
The Rijksmuseum is located in Amsterdam. The Uffizi was designed by Giorgio Vasari. Its founder is Louis Napoléon.
The Louvre was designed by I. M. Pei. The Museo del Prado is located in Madrid. It was designed by I. M. Pei.
The Museo del Prado was founded by Ferdinand VII. The Museo Reina Sofía is located in Madrid. It was founded by Ferdinand VII.
The Museo Reina Sofía was designed by Francesco Sabatini. The Museo del Prado is located in Madrid. It was designed by Francesco Sabatini.
The Museum of Modern Art is run by the Rockefeller Brothers Fund. The Louvre is located in Paris. It is run by the Rockefeller Brothers Fund.
The Louvre is run by the Réunion des Musées Nationaux. The Museum of Modern Art was designed by Philip L. Goodwin. It is run by the Réunion des Musées Nationaux.
The Uffizi was founded by Cosimo I de' Medici. The Rijksmuseum was designed by Pierre Cuypers, and it was founded by Cosimo I de' Medici.
The Rijksmuseum, designed by Pierre Cuypers, is located in Amsterdam. The Louvre is located in Paris. It was designed by Pierre Cuypers.
The Réunion des Musées Nationaux is located in Paris. The Rockefeller Brothers Fund was founded by Abby Aldrich Rockefeller. It is located in Paris.
The Rockefeller Brothers Fund runs the Museum of Modern Art. The Réunion des Musées Nationaux runs the Louvre. It was founded by Abby Aldrich Rockefeller.
The Museum of Modern Art is located in New York City. The Uffizi was designed by Giorgio Vasari. Its founder is Abby Aldrich Rockefeller.
The Louvre is located in Paris; the Uffizi is located in Florence, and it was designed by I. M. Pei.
The Museo del Prado is located in Madrid. The Rijksmuseum is located in Amsterdam. It was designed by Juan de Villanueva.
The Uffizi was designed by Giorgio Vasari. The Louvre is located in Paris. Its architect is Giorgio Vasari.
# (1) "it" after a patron or a philanthropist (types outside PERSON_TYPES)
Abby Aldrich Rockefeller founded the Museum of Modern Art. It founded the Rockefeller Brothers Fund.
Abby Aldrich Rockefeller founded the Rockefeller Brothers Fund. It also founded the Museum of Modern Art.
Abby Aldrich Rockefeller founded the Museum of Modern Art, and it founded the Rockefeller Brothers Fund.
# (1) "the painting", "this painting", "the picture" in a text that names no painting
The Louvre is located in Paris. The painting was designed by I. M. Pei.
The Louvre is located in Paris. This painting was designed by I. M. Pei.
The Louvre is located in Paris. The picture was designed by I. M. Pei.
The Uffizi was founded by Cosimo I de' Medici. The painting is located in Florence.
The Museum of Modern Art is run by the Rockefeller Brothers Fund. The painting was founded by Abby Aldrich Rockefeller.
The Rijksmuseum is located in Amsterdam. The painting was designed by Pierre Cuypers.
The Museo del Prado is located in Madrid. The painting was founded by Ferdinand VII.
The Uffizi is located in Florence. The painting was designed by Giorgio Vasari.
The Louvre is run by the Réunion des Musées Nationaux. This picture is located in Paris.
@museums user:eva
You would like the Uffizi. The Rijksmuseum is located in Amsterdam. It was designed by Giorgio Vasari.
You might enjoy the Museo del Prado. The Museo Reina Sofía is located in Madrid. Its founder is Ferdinand VII.
You would like the Louvre. The painting was designed by I. M. Pei.
@museums
# (2) "by X" after a medium or a museum: the patron, the museum's architect, another painter
The Starry Night is a painting in oil on canvas by Pablo Picasso.
The Starry Night is a painting in oil on canvas by Abby Aldrich Rockefeller.
The Night Watch is a painting in oil on canvas by Frans Banninck Cocq.
The Birth of Venus is a painting in the Uffizi by Giorgio Vasari.
Mona Lisa is a painting in oil on poplar in the Louvre by I. M. Pei.
Guernica is a painting in the Museo Reina Sofía by Francesco Sabatini.
Guernica is a painting in the Museo Reina Sofía by Spanish Republic.
The Birth of Venus is a painting in tempera on canvas by Lorenzo di Pierfrancesco de' Medici.
Mona Lisa is a painting in the Louvre by Diego Velázquez.
Las Meninas is a painting in the Museo del Prado by Ferdinand VII.
The Night Watch is a painting in the Rijksmuseum by Pierre Cuypers.
The Night Watch is a painting in oil on canvas by Louis Napoléon.
Mona Lisa is a painting in oil on poplar by Francesco del Giocondo.
The Starry Night, a painting in oil on canvas by Vincent van Gogh, hangs in the Louvre.
Mona Lisa is a painting in the Louvre by Leonardo da Vinci, commissioned by Frans Banninck Cocq.
# held
The Louvre is located in Paris. The Uffizi is located in Florence. It was not designed by Giorgio Vasari.
The Louvre is located in Paris. It designed I. M. Pei.
The Louvre is located in Paris. The Uffizi is located in Florence. It was designed by I. M. Pei. Mona Lisa hangs in the Louvre.
The Uffizi is located in Florence. The Rijksmuseum was founded by Louis Napoléon. It holds The Birth of Venus.
Cosimo I de' Medici founded the Uffizi. It was designed by I. M. Pei.
@networks
# (1) "it" / "its" after two networks or companies
Netflix is headquartered in Los Gatos. HBO is owned by Warner Bros. Discovery. It was founded by Reed Hastings.
HBO is owned by Warner Bros. Discovery. Netflix is headquartered in Los Gatos. It is owned by Warner Bros. Discovery.
ABC is owned by Disney. Showtime is headquartered in New York City. It is owned by Disney.
Showtime is owned by Paramount Global. ABC is headquartered in Burbank. Its owner is Paramount Global.
BBC One is headquartered in London. PBS is headquartered in Arlington. It is owned by the BBC.
PBS is headquartered in Arlington. BBC One is owned by the BBC. It is headquartered in Arlington.
AMC is owned by AMC Networks. HBO was launched on cable television, and it is owned by AMC Networks.
Hartswood Films is headquartered in London. Sony Pictures Television is headquartered in Culver City. It was founded by Beryl Vertue.
Lynch/Frost Productions was founded by David Lynch. Brillstein Entertainment Partners is headquartered in Los Angeles. Its founder is David Lynch.
Brillstein Entertainment Partners is headquartered in Los Angeles. Lionsgate Television is headquartered in Santa Monica. It was founded by Bernie Brillstein.
ABC was launched on broadcast television. HBO is owned by Warner Bros. Discovery. It was launched on broadcast television.
Netflix was founded by Reed Hastings. AMC is headquartered in New York City, and it was founded by Reed Hastings.
Cablevision is headquartered in Bethpage. Disney is headquartered in Burbank. It was founded by Charles Dolan.
Hartswood Films is owned by Beryl Vertue. BBC One is headquartered in London. Its owner is Beryl Vertue.
HBO was founded by Charles Dolan; Netflix is headquartered in Los Gatos, and it was launched on cable television.
# (1) "it" after an entrepreneur
Charles Dolan founded HBO. It founded AMC.
Charles Dolan founded Cablevision. It also founded HBO.
Charles Dolan founded AMC, and it founded Cablevision.
Beryl Vertue founded Hartswood Films. It owns Hartswood Films.
# (1) "the series", "the show" in a text that names no series
HBO is headquartered in New York City. The series was founded by Charles Dolan.
HBO is headquartered in New York City. The show was founded by Charles Dolan.
ABC is owned by Disney. The series is headquartered in Burbank.
Hartswood Films was founded by Beryl Vertue. The show is headquartered in London.
Netflix was founded by Reed Hastings. The show is headquartered in Los Gatos.
Showtime is owned by Paramount Global. The series was launched on cable television.
@networks user:ola
You would like AMC. HBO is headquartered in New York City. It is owned by AMC Networks.
You might enjoy Hartswood Films. Sony Pictures Television is headquartered in Culver City. It was founded by Beryl Vertue.
You would like HBO. The show was founded by Charles Dolan.
@networks
# (3) a later network, a streaming service, inverse, lists
Twin Peaks premiered on Showtime.
Twin Peaks made its debut on Showtime.
Sherlock had its premiere on PBS.
Breaking Bad debuted on Netflix.
The Wire premiered on AMC.
Mad Men debuted on HBO.
The Sopranos made its debut on AMC.
Showtime premiered Twin Peaks.
Breaking Bad premiered on AMC and Netflix.
Sherlock premiered on BBC One and PBS.
Twin Peaks, which premiered on Showtime, was created by David Lynch.
Breaking Bad had its premiere on Netflix.
Twin Peaks debuted on ABC in 1991.
The Wire made its debut on HBO, which is owned by Disney.
# held
HBO is owned by Warner Bros. Discovery. AMC is headquartered in New York City. It is not owned by AMC Networks.
HBO is headquartered in New York City. It owns Warner Bros. Discovery.
HBO is headquartered in New York City. It was founded by Reed Hastings.
Netflix is headquartered in Los Gatos. HBO is owned by Warner Bros. Discovery. It was founded by Reed Hastings, and The Sopranos first aired on it.
HBO is owned by Warner Bros. Discovery. AMC is headquartered in New York City. It premiered The Sopranos.
"""

EXTRA = r"""
@airports
# (1) on a graph with no item: "it" / "its" after two airports, the first named makes it true
Aarhus Airport serves Aarhus. Angola International Airport serves Luanda. It is operated by Aarhus Lufthavn A/S.
Angola International Airport serves Luanda. Aarhus Airport is operated by Aarhus Lufthavn A/S. It has a runway length of 4000.0.
Angola International Airport serves Luanda. Aarhus Airport is operated by Aarhus Lufthavn A/S. Its runway length is 4000 metres.
Angola International Airport serves Luanda. It is 159 metres above sea level. Aarhus Airport serves Aarhus. It is located in Ícolo e Bengo.
Aarhus Airport is located in Tirstrup. Alderney Airport serves Alderney. It is 25 metres above sea level.
Alderney Airport is 88 metres above sea level. Aarhus Airport is located in Tirstrup, and it serves Alderney.
Adolfo Suárez Madrid–Barajas Airport is operated by ENAIRE. Aarhus Airport serves Aarhus. It is located in Alcobendas.
Aarhus Airport is operated by Aarhus Lufthavn A/S. Adolfo Suárez Madrid–Barajas Airport serves Madrid. Its operator is Aarhus Lufthavn A/S.
Aarhus Airport is operated by Aarhus Lufthavn A/S. Adolfo Suárez Madrid–Barajas Airport serves Madrid. Its operating organisation is Aarhus Lufthavn A/S.
Angola International Airport serves Luanda. Al Asad Airbase is located in Iraq. Its elevation is 159 metres.
Al Asad Airbase is located in Iraq. Andrews County Airport is owned by Andrews County, Texas. It is operated by the United States Air Force.
Andrews County Airport is located in Texas. Al Asad Airbase is operated by the United States Air Force. It is 973 metres above sea level.
Atlantic City International Airport is operated by the Port Authority of New York and New Jersey. Andrews County Airport is 973 metres above sea level. It is located in Egg Harbor Township, New Jersey.
Atlantic City International Airport has a runway length of 3048 metres. Aarhus Airport serves Aarhus. Its runway length is 3048 metres.
The Port Authority of New York and New Jersey is headquartered at Four World Trade Center. ENAIRE operates Adolfo Suárez Madrid–Barajas Airport. It is headquartered at Four World Trade Center.
ENAIRE is located in Madrid. Aarhus Lufthavn A/S operates Aarhus Airport. It is located in Madrid.
The United States Air Force fought in the Korean War. The Port Authority of New York and New Jersey operates Atlantic City International Airport. It fought in the Korean War.
Poaceae belongs to the order Poales. Alderney Airport serves Alderney. It belongs to the order Poales.
Aarhus Airport is located in Tirstrup. Angola International Airport serves Luanda, which is in Angola. It has a runway length of 2776 metres.
Angola International Airport is located in Ícolo e Bengo. Adolfo Suárez Madrid–Barajas Airport is operated by ENAIRE, and it serves Luanda.
Aarhus Airport serves Aarhus, while Al Asad Airbase is located in Iraq; it is 25 metres above sea level.
Andrews County Airport is owned by Andrews County, Texas. Aarhus Airport is 25 metres above sea level. Its owner is Andrews County, Texas.
Angola International Airport, which serves Luanda, is 159 metres above sea level. Aarhus Airport is located in Tirstrup. It has a runway length of 4000 metres.
Alderney Airport serves Alderney. Angola International Airport has a runway length of 4000 metres. It is 88 metres above sea level.
Adolfo Suárez Madrid–Barajas Airport is 610 metres above sea level. Andrews County Airport is owned by Andrews County, Texas. It is 610 metres above sea level.
Aarhus Airport has a runway length of 2776 metres. Alderney Airport is 88 metres above sea level, but it has a runway length of 2776 metres.
Angola International Airport is located in Ícolo e Bengo. Aarhus Airport serves Aarhus. Its location is Ícolo e Bengo.
Al Asad Airbase is operated by the United States Air Force. Adolfo Suárez Madrid–Barajas Airport serves Madrid. It is operated by the United States Air Force.
Aarhus Airport serves Aarhus. Angola International Airport, which is located in Ícolo e Bengo, serves Luanda. It is operated by Aarhus Lufthavn A/S.
Angola International Airport serves Luanda. Alderney Airport serves Alderney. Aarhus Airport serves Aarhus. It is 159 metres above sea level.
# held
Aarhus Airport serves Aarhus. Angola International Airport serves Luanda. It is not located in Tirstrup.
Angola International Airport serves Luanda. It serves Aarhus.
Angola International Airport serves Luanda. Luanda serves it.
Angola International Airport serves Luanda. It is 610 metres above sea level.
Aarhus Airport serves Aarhus. Angola International Airport serves Luanda. The latter is operated by Aarhus Lufthavn A/S.
Aarhus Lufthavn A/S operates Aarhus Airport. It has a runway length of 4000 metres.
@space
# (1) "it" / "its" after two asteroids, universities, agencies
101 Helena was discovered by James Craig Watson. 1036 Ganymed has an orbital period of 1595.12 days. It was discovered by James Craig Watson.
1036 Ganymed was discovered by Walter Baade. 101 Helena has an orbital period of 1516.6 days. It was discovered by Walter Baade.
1036 Ganymed was discovered by Walter Baade. 101 Helena has an orbital period of 1516.6 days. Its discoverer is Walter Baade.
107 Camilla has an epoch of December 31, 2006. 1089 Tama was discovered by Karl Reinmuth. It has an epoch of December 31, 2006.
1089 Tama has an orbital period of 1202.846 days. 107 Camilla was discovered by N. R. Pogson, and it has an orbital period of 1202.846 days.
101 Helena has an apoapsis of 441092000.0 kilometres. 1036 Ganymed was discovered by Walter Baade. Its apoapsis is 441092000.0 kilometres.
The University of Göttingen is in Göttingen. The University of Michigan has 46002 students. It is affiliated with the Coimbra Group.
The University of Michigan is led by Santa Ono. The University of Göttingen is in Germany. It has 46002 students.
The University of Göttingen is affiliated with the Coimbra Group. The University of Michigan has 46002 students. It is in Germany.
The University of Michigan is affiliated with the Association of American Universities. Heidelberg University is in Heidelberg. It is affiliated with the Association of American Universities.
The European Space Agency was founded on May 30, 1975. CNES is headquartered in Paris. It was founded on May 30, 1975.
CNES operates the Guiana Space Centre. The European Space Agency operates Rosetta. It operates the Guiana Space Centre.
Heidelberg Observatory is owned by Heidelberg University. The Guiana Space Centre is in Kourou. It is owned by Heidelberg University.
The Guiana Space Centre is located in Kourou. Heidelberg Observatory is owned by Heidelberg University. It is located in Kourou.
Rosetta is operated by the European Space Agency. The Guiana Space Centre is in Kourou. It is operated by the European Space Agency.
The European Space Agency operates Rosetta. CNES is headquartered in Paris. It operates Rosetta.
The University of Michigan is led by Santa Ono. Heidelberg University is affiliated with the Coimbra Group, and its president is Santa Ono.
1036 Ganymed has an epoch of August 27, 2004. 107 Camilla was discovered by N. R. Pogson. Its epoch is August 27, 2004.
1036 Ganymed was discovered by Walter Baade, and 101 Helena has an apoapsis of 441092000.0 kilometres; it was discovered by Walter Baade.
1089 Tama was discovered by Karl Reinmuth. 107 Camilla has an orbital period of 2368.05 days. Its discoverer is Karl Reinmuth.
Heidelberg University is affiliated with the Coimbra Group. The University of Michigan is in Ann Arbor. It is affiliated with the Coimbra Group.
# (1) "it" after a discoverer typed "entity" (no birth place, no alma mater)
Karl Reinmuth discovered 1089 Tama. It won the Lalande Prize.
N. R. Pogson discovered 107 Camilla. It received the Lalande Prize.
Karl Reinmuth discovered 1089 Tama. Its employer is Heidelberg Observatory.
Karl Reinmuth discovered 1089 Tama, and it won the Lalande Prize.
N. R. Pogson discovered 107 Camilla. Its award is the Lalande Prize.
# (1) "it" after a person: the university before the person is taken, not the asteroid after
Walter Baade studied at the University of Göttingen. 1036 Ganymed has an epoch of August 27, 2004. It is in Göttingen.
James Craig Watson studied at the University of Michigan. 101 Helena was discovered by him. It has 46002 students.
Walter Baade graduated from the University of Göttingen. He discovered 1036 Ganymed. It is affiliated with the Coimbra Group.
# held
1036 Ganymed was discovered by Walter Baade. It has an orbital period of 1516.6 days.
1036 Ganymed was discovered by Walter Baade. It discovered Walter Baade.
101 Helena was discovered by James Craig Watson. 1036 Ganymed has an orbital period of 1595.12 days. It was not discovered by Walter Baade.
Walter Baade discovered 1036 Ganymed. It studied at the University of Göttingen.
Rosetta was launched from the Guiana Space Centre. It is operated by CNES.
@clubs
# (1) "it" / "its" after two clubs, grounds, firms, dishes
AFC Ajax plays at the Johan Cruyff Arena. A.C. Chievo Verona is managed by Rolando Maran. It plays in the Eredivisie.
A.C. Chievo Verona plays in Serie A. AFC Ajax is managed by Frank de Boer. Its ground is the Stadio Marc'Antonio Bentegodi.
A.C. Chievo Verona has 39371 members. AFC Ajax plays in the Eredivisie. It has 39371 members.
AFC Ajax is chaired by Hennie Henrichs. Chelsea F.C. plays at Stamford Bridge. It is chaired by Hennie Henrichs.
Chelsea F.C. plays in the Premier League. The Seattle Seahawks is owned by Paul Allen. It plays in the Premier League.
The Seattle Seahawks play at Lumen Field. Chelsea F.C. is owned by Roman Abramovich. Its ground is Lumen Field.
The Johan Cruyff Arena is owned by Stadion Amsterdam CV. The Stadio Marc'Antonio Bentegodi is located in Verona. It is owned by Stadion Amsterdam CV.
The Stadio Marc'Antonio Bentegodi is owned by Verona City Council. The Johan Cruyff Arena is located in Amsterdam, and it is owned by Verona City Council.
Evraz is owned by Roman Abramovich. Chelsea F.C. plays at Stamford Bridge. It is in the steel industry.
Sony is headquartered in Minato, Tokyo. Microsoft was founded by Paul Allen. It is headquartered in Minato, Tokyo.
Microsoft is headquartered in Redmond, Washington. Sony is in the electronics industry. It was founded by Paul Allen.
Bakewell pudding comes from the Derbyshire Dales. Ajoblanco contains bread. It is a dessert.
Ajoblanco comes from Spain. Bakewell pudding is a dessert. It is from Andalusia.
Ajoblanco is a starter. Bakewell pudding comes from the Derbyshire Dales. Its main ingredient is bread.
Bakewell pudding is a dessert. Ajoblanco comes from Andalusia, and it is a dessert.
The Johan Cruyff Arena is in Amsterdam. AFC Ajax is managed by Frank de Boer. It is owned by Stadion Amsterdam CV.
The Stadio Marc'Antonio Bentegodi is in Verona. A.C. Chievo Verona plays in Serie A. It is owned by Verona City Council.
A.C. Chievo Verona is managed by Rolando Maran. AFC Ajax plays at the Johan Cruyff Arena, and its manager is Rolando Maran.
Stamford Bridge is the ground of Chelsea F.C. The Johan Cruyff Arena is located in Amsterdam. It is the ground of Chelsea F.C.
A.C. Chievo Verona plays in Serie A. AFC Ajax has the chairman Hennie Henrichs, and it plays in Serie A.
Ajoblanco comes from Spain. Bakewell pudding contains ground almond. It comes from Spain.
# (1) "it" after an owner or founder typed "organisation" or "entity"
Paul Allen founded Microsoft. It owns the Seattle Seahawks.
Paul Allen founded Microsoft. It owns the Portland Trail Blazers.
Paul Allen founded Microsoft. It is the owner of the Seattle Seahawks.
Roman Abramovich owns Chelsea F.C. It is the owner of Evraz.
Roman Abramovich owns Evraz. It is the owner of Chelsea F.C.
Masaru Ibuka founded Sony. It won the Order of Culture.
Paul Allen founded Microsoft, and it owns the Seattle Seahawks.
# held
AFC Ajax plays at the Johan Cruyff Arena. It is managed by Rolando Maran.
Chelsea F.C. plays in the Premier League. Evraz is owned by Roman Abramovich. It is not owned by Roman Abramovich.
AFC Ajax plays at the Johan Cruyff Arena. It manages Frank de Boer.
Ajoblanco comes from Spain. It is a dessert.
"""

CONTROLS = r"""
@animation
Pixar is based in Emeryville. It was founded by Ed Catmull.
Pixar is based in Emeryville. It is owned by The Walt Disney Company.
Laika is based in Hillsboro. Its founder is Phil Knight.
Laika is owned by Phil Knight, and it is based in Hillsboro.
Pixar was founded by Ed Catmull. It was bought by Steve Jobs.
Studio Ghibli is based in Koganei. It was founded by Hayao Miyazaki.
Blue Sky Studios was founded by Chris Wedge. It was bought by 20th Century Fox.
Ed Catmull founded Pixar. It is based in Emeryville.
Hayao Miyazaki founded Studio Ghibli. It is based in Koganei.
Toy Story was animated by Pixar, which is based in Emeryville.
Toy Story, a Buena Vista Pictures release, was directed by John Lasseter.
Shrek, a DreamWorks Pictures release, was directed by Andrew Adamson.
Spirited Away is a Toho release.
Coraline, a Focus Features release, features the voice of Dakota Fanning.
Ice Age, a 20th Century Fox release, was directed by Chris Wedge.
Ice Age is a 20th Century Fox release.
Laika's owner is Phil Knight. It is based in Hillsboro.
Coraline was animated by Laika. It was directed by Henry Selick.
Laika is based in Hillsboro. Pixar is based in Emeryville. The former was founded by Phil Knight.
Phil Knight founded Nike. It is based in Beaverton.
Steve Jobs founded NeXT. It is based in Redwood City.
@animation user:lee
You would like Laika. It is based in Hillsboro.
You loved Coraline, which was animated by Laika.
@records
Sub Pop is based in Seattle. It was founded by Bruce Pavitt.
Nirvana is signed to Sub Pop. It was formed in Aberdeen.
Matador Records is based in New York City. Sub Pop was founded by Bruce Pavitt. The former is based in New York City.
Sub Pop is based in Seattle. Matador Records was founded by Chris Lombardi. The latter is based in New York City.
DGC Records is a subsidiary of Geffen Records. It was founded by David Geffen.
Doolittle, an Elektra Records release, was produced by Gil Norton.
Doolittle is a 4AD release.
Slanted and Enchanted is a Matador Records release.
The Queen Is Dead is a Rough Trade release.
Nevermind is a DGC Records release.
Unknown Pleasures is a Factory Records release.
Bleach, a Sub Pop release, was produced by Jack Endino.
Unknown Pleasures, a Factory Records release, was produced by Martin Hannett.
David Geffen founded DGC Records. It is a subsidiary of Geffen Records.
@museums
The Louvre is located in Paris. It was designed by I. M. Pei.
The Museum of Modern Art was founded by Abby Aldrich Rockefeller. It is located in New York City.
The Uffizi was designed by Giorgio Vasari. Its founder is Cosimo I de' Medici.
The Louvre was designed by I. M. Pei. The museum is run by the Réunion des Musées Nationaux.
Mona Lisa is a painting in the Louvre by Leonardo da Vinci.
The Starry Night is a painting in oil on canvas by Vincent van Gogh.
Mona Lisa is a painting in oil on poplar by Leonardo da Vinci.
The Birth of Venus is a painting in the Uffizi by Sandro Botticelli.
Mona Lisa is a painting in the Louvre in Paris by Leonardo da Vinci.
Cosimo I de' Medici founded the Uffizi. It was designed by Giorgio Vasari.
Abby Aldrich Rockefeller founded the Museum of Modern Art. It is located in New York City.
@networks
HBO is headquartered in New York City. It was founded by Charles Dolan.
Netflix was founded by Reed Hastings. It is headquartered in Los Gatos.
Hartswood Films is owned by Beryl Vertue. It is headquartered in London.
The Sopranos premiered on HBO.
The Sopranos debuted on HBO.
Breaking Bad made its debut on AMC.
Sherlock had its premiere on BBC One.
Twin Peaks premiered on ABC in 1990.
Mad Men premiered on AMC.
The Wire and The Sopranos premiered on HBO.
HBO was launched on cable television.
Charles Dolan founded HBO. It was launched on cable television.
@airports
Angola International Airport serves Luanda. It is 159 metres above sea level.
Angola International Airport serves Luanda. It is located in Ícolo e Bengo.
Aarhus Airport is operated by Aarhus Lufthavn A/S. Its runway length is 2776 metres.
Alderney Airport serves Alderney. It is 88 metres above sea level.
Al Asad Airbase is located in Iraq. It is operated by the United States Air Force, which fought in the Korean War.
Adolfo Suárez Madrid–Barajas Airport serves Madrid. It is operated by ENAIRE.
ENAIRE is based in Madrid. It operates Adolfo Suárez Madrid–Barajas Airport.
@space
1036 Ganymed was discovered by Walter Baade. It has an orbital period of 1595.12 days.
101 Helena was discovered by James Craig Watson. Its apoapsis is 441092000.0 kilometres.
The University of Göttingen is in Göttingen. It has 31000 students.
The University of Michigan is led by Santa Ono. It is in Ann Arbor.
The European Space Agency operates Rosetta. It is headquartered in Paris.
Walter Baade discovered 1036 Ganymed. It has an epoch of August 27, 2004.
Heidelberg Observatory is owned by Heidelberg University. It is located in Heidelberg.
@clubs
AFC Ajax plays at the Johan Cruyff Arena. It is managed by Frank de Boer.
A.C. Chievo Verona plays in Serie A. Its manager is Rolando Maran.
Bakewell pudding comes from the Derbyshire Dales. It is a dessert.
Ajoblanco is from Andalusia. It is a starter.
Microsoft was founded by Paul Allen. It is headquartered in Redmond, Washington.
Chelsea F.C. is owned by Roman Abramovich. It plays in the Premier League.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # a sentence no one would write of the firm ("Hartswood Films owns Hartswood Films"):
        # "it" here can only be the firm, but the text is odd
        "Beryl Vertue founded Hartswood Films. It owns Hartswood Films.",
        # "it" after two things of different kinds where the claim fits only the first named
        # (a university has students, an asteroid does not; a club is in no steel industry): a
        # reader may take the first by sense, though "it" reads as the last subject
        "Walter Baade studied at the University of Göttingen. 1036 Ganymed has an epoch of August 27, 2004. It is in Göttingen.",
        "James Craig Watson studied at the University of Michigan. 101 Helena was discovered by him. It has 46002 students.",
        "Walter Baade graduated from the University of Göttingen. He discovered 1036 Ganymed. It is affiliated with the Coimbra Group.",
        "Evraz is owned by Roman Abramovich. Chelsea F.C. plays at Stamford Bridge. It is in the steel industry.",
        "Poaceae belongs to the order Poales. Alderney Airport serves Alderney. It belongs to the order Poales.",
        "The United States Air Force fought in the Korean War. The Port Authority of New York and New Jersey operates Atlantic City International Airport. It fought in the Korean War.",
        # "this one" after two names: the last (false) or either
        "Laika is based in Hillsboro, and Pixar is owned by The Walt Disney Company. This one was founded by Phil Knight.",
        "Aarhus Airport serves Aarhus. Angola International Airport serves Luanda. This one is operated by Aarhus Lufthavn A/S.",
        "Sub Pop is based in Seattle. Matador Records was founded by Chris Lombardi. That one is based in Seattle.",
        # Phil Knight owns Laika in the graph, not Nike (closed world: false); but he is Nike's
        # largest shareholder, so "owns it" of Nike is arguable
        "Laika is based in Hillsboro. Phil Knight founded Nike and owns it.",
    }
)

EXTRA_OPEN = r"""
@animation
Laika is based in Hillsboro, and Pixar is owned by The Walt Disney Company. This one was founded by Phil Knight.
@airports
Aarhus Airport serves Aarhus. Angola International Airport serves Luanda. This one is operated by Aarhus Lufthavn A/S.
@records
Sub Pop is based in Seattle. Matador Records was founded by Chris Lombardi. That one is based in Seattle.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts_ = line[1:].split()
            key, user = parts_[0], (parts_[1] if len(parts_) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)
    yield from _parse(EXTRA)
    yield from _parse(EXTRA_OPEN)


def controls():
    yield from _parse(CONTROLS)


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
