"""Red team round 168 (final sweep) on this round's new readings (CHANGES.diff after rounds 166
and 167's fixes): (1) characters "he" / "she" where all else named before is a thing (a type of
THING_WORDS); (2) "is a <noun> of / on <class>" for relations that say the item is of the class;
(3) photographs "shot / captured / snapped / photographed", the active past of making dates the
item; (4) "debuted in"; (5) "is based in", "lives in", "is the subject of", "is one of"; (6)
print / picture / author, "(year) is P's N".

Five graphs of my own:

* sketch: comedy characters (type "comedy_character": a character) next to the men and women
  who created and play them, typed "stand_up_comic" (last word "comic", one of THING_WORDS: a
  comic may be a comedian) and one "playwright" (a person type); shows (items: premiere year;
  "first appeared in" / "debuted in"), films, cities ("is based in" / "lives in", "was born in");
* war: forts (items: year BUILT) "were captured by" armies ("captured": not only a photograph's
  taking), "were built by" engineers, "are located in" places; photographs (items: year TAKEN)
  "were taken by / in", "were published in", "depict" people and a fort, "are owned by" agencies;
* art: paintings only (one item type: "a painting of" is read as a class noun) that "are in" a
  city (range "city": a mass type, and "is in" has only class words: read as "a work / painting
  of <city>"), "were painted in" another city, "depict" people / cities / events, "were
  commissioned by" patrons, "belong to the movement / genre", "are held by" museums;
* books: treatises only, "belong to the field" (a field: "a treatise on"), "are in" a language
  (a mass type said with "is in": "a treatise of Latin"), "were printed by" printers, "were
  translated by", "are dedicated to", "were published in" cities;
* firms: racehorses (items: year foaled; animals) "are based in" towns ("lives in"), "are owned
  by" owners, "are trained by" trainers; department stores (items: year opened) "are located in"
  cities ("is based in"), "are owned by" groups "headquartered in" cities; bands whose members
  "are members of" them ("is one of"), "are managed by" managers.

Findings (51 of 319 false texts accepted; the starting code, CHANGES.diff reversed, accepts 0):

* (1) "he" after a man typed "stand_up_comic": its last word "comic" is in THING_WORDS (a comic
  book), yet a comic is also a comedian, so the creator / player of a FEMALE character counts as
  "no one" and "he" is read as the character: "Barry Humphries created Dame Edna Everage. He was
  born in Wagga Wagga" (also "is based in Moonee Ponds", "debuted in / made his debut in / got his
  start in Return Fare", "is played by Barry Humphries", "was created by Barry Humphries",
  "Moonee Ponds is the home of him"), the same for Dana Carvey / Church Lady and Brendan
  O'Carroll / Agnes Brown, through "plays", "is played by", participles, relative clauses, "and
  he", "; he". The true "... He was born in Kew." (a control) is rejected.
* (2) "is in" a LANGUAGE (range "language", a mass type; "is in" has only class-phrase words) is
  read as the book's class: "The Principia is a treatise / book / work of Latin", "Leviathan is a
  treatise of English", lists ("The Principia and Ethics are treatises of Latin"), after a
  possessive with or without a year ("The Principia (1687) is Isaac Newton's treatise of Latin",
  "Leviathan is Thomas Hobbes's 1651 work of English"), in an apposition. (A city range of "is
  in" is not read: proper types are left out.)

Rejected controls: "Barry Humphries created Dame Edna Everage. He was born in Kew." (new: "he"
is the character alone); "Ali G lives in Staines.", "Dame Edna lives in Moonee Ponds." ("lives"
is not read for the type "comedy_character": its first word is no living word); "Dame Edna
Everage debuted in 1955."; "The Ruins of Fort Sumter was captured by George N. Barnard in 1865."
(a fort is "captured" too, so "captured" dates nothing); "View of Delft is a painting of Delft."
and "Mona Lisa is a painting of Lisa Gherardini." ("a painting of" never reads "depicts");
"Thomas Hobbes composed Leviathan."; "Khalid Abdullah owns Enable. She lives in Newmarket."
(the owner named before: "she" stands for both).
"""

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


def sketch():
    """Comedy characters (items: year of the first appearance) created and played by comics of
    the type "stand_up_comic" (last word "comic": THING_WORDS, so "no one" for "he"), one by a
    "playwright"; male comics play female characters (Dame Edna Everage, Church Lady, Agnes
    Brown), so "he" after the comic is the comic. Characters "first appeared in" shows (items:
    year of the premiere), "appear in" films, "are based in" cities ("lives in"), "were born in"
    places; comics "were born in" cities; shows "were created by" comics, "air on" networks."""
    CH = ("comedy_character",)
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created", domain=CH,
          range=("stand_up_comic", "playwright")),
        R("played_by", phrase="is played by", inverse_phrase="plays", domain=CH, range=("stand_up_comic", "playwright")),
        R("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced", domain=CH, range=("show",)),
        R("appears_in", phrase="appears in", inverse_phrase="features", domain=CH, range=("film",)),
        R("based_in", phrase="is based in", inverse_phrase="is the home of", domain=CH, range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=(*CH, "stand_up_comic", "playwright"), range=("city",)),
        R("show_created_by", phrase="was created by", inverse_phrase="created", domain=("show",),
          range=("stand_up_comic", "producer")),
        R("airs_on", phrase="airs on", inverse_phrase="airs", domain=("show",), range=("network",)),
    ]
    items = {
        "c:edna": ("comedy_character", "Dame Edna Everage", 1955), "c:church": ("comedy_character", "Church Lady", 1986),
        "c:brown": ("comedy_character", "Agnes Brown", 1992), "c:madea": ("comedy_character", "Madea", 1999),
        "c:alig": ("comedy_character", "Ali G", 1998), "c:peewee": ("comedy_character", "Pee-wee Herman", 1980),
        "c:joannie": ("comedy_character", "Joannie Taylor", 2004), "c:les": ("comedy_character", "Les Patterson", 1974),
        "s:revue": ("show", "Return Fare", 1955), "s:snl": ("show", "Saturday Night Live", 1975),
        "s:ryan": ("show", "The Gerry Ryan Show", 1988), "s:mbb": ("show", "Mrs. Brown's Boys", 2011),
        "s:play": ("show", "I Can Do Bad All By Myself", 1999), "s:eleven": ("show", "The 11 O'Clock Show", 1998),
        "s:pwshow": ("show", "The Pee-wee Herman Show", 1980), "s:cts": ("show", "The Catherine Tate Show", 2004),
        "s:barry": ("show", "The Barry Humphries Show", 1974),
        "f:indahouse": ("film", "Ali G Indahouse", 2002), "f:bigadv": ("film", "Pee-wee's Big Adventure", 1985),
        "f:reunion": ("film", "Madea's Family Reunion", 2006), "f:movie": ("film", "Mrs. Brown's Boys D'Movie", 2014),
    }
    others = {
        "p:humphries": ("stand_up_comic", "Barry Humphries"), "p:carvey": ("stand_up_comic", "Dana Carvey"),
        "p:ocarroll": ("stand_up_comic", "Brendan O'Carroll"), "p:cohen": ("stand_up_comic", "Sacha Baron Cohen"),
        "p:reubens": ("stand_up_comic", "Paul Reubens"), "p:tate": ("stand_up_comic", "Catherine Tate"),
        "p:perry": ("playwright", "Tyler Perry"), "p:michaels": ("producer", "Lorne Michaels"),
        "y:moonee": ("city", "Moonee Ponds"), "y:wagga": ("city", "Wagga Wagga"), "y:kew": ("city", "Kew"),
        "y:missoula": ("city", "Missoula"), "y:greenville": ("city", "Greenville"), "y:atlanta": ("city", "Atlanta"),
        "y:neworleans": ("city", "New Orleans"), "y:finglas": ("city", "Finglas"), "y:dublin": ("city", "Dublin"),
        "y:staines": ("city", "Staines"), "y:hammersmith": ("city", "Hammersmith"), "y:peekskill": ("city", "Peekskill"),
        "y:la": ("city", "Los Angeles"), "y:bermondsey": ("city", "Bermondsey"), "y:bloomsbury": ("city", "Bloomsbury"),
        "y:sydney": ("city", "Sydney"),
        "n:nbc": ("network", "NBC"), "n:bbc": ("network", "BBC One"), "n:rte": ("network", "RTE 2fm"),
        "n:c4": ("network", "Channel 4"), "n:abc": ("network", "ABC"),
    }
    T_ = [
        ("c:edna", "created_by", "p:humphries"), ("c:les", "created_by", "p:humphries"), ("c:church", "created_by", "p:carvey"),
        ("c:brown", "created_by", "p:ocarroll"), ("c:madea", "created_by", "p:perry"), ("c:alig", "created_by", "p:cohen"),
        ("c:peewee", "created_by", "p:reubens"), ("c:joannie", "created_by", "p:tate"),
        ("c:edna", "played_by", "p:humphries"), ("c:les", "played_by", "p:humphries"), ("c:church", "played_by", "p:carvey"),
        ("c:brown", "played_by", "p:ocarroll"), ("c:madea", "played_by", "p:perry"), ("c:alig", "played_by", "p:cohen"),
        ("c:peewee", "played_by", "p:reubens"), ("c:joannie", "played_by", "p:tate"),
        ("c:edna", "first_appeared_in", "s:revue"), ("c:church", "first_appeared_in", "s:snl"),
        ("c:brown", "first_appeared_in", "s:ryan"), ("c:madea", "first_appeared_in", "s:play"),
        ("c:alig", "first_appeared_in", "s:eleven"), ("c:peewee", "first_appeared_in", "s:pwshow"),
        ("c:joannie", "first_appeared_in", "s:cts"), ("c:les", "first_appeared_in", "s:barry"),
        ("c:alig", "appears_in", "f:indahouse"), ("c:peewee", "appears_in", "f:bigadv"), ("c:madea", "appears_in", "f:reunion"),
        ("c:brown", "appears_in", "f:movie"),
        ("c:edna", "based_in", "y:moonee"), ("c:church", "based_in", "y:greenville"), ("c:brown", "based_in", "y:finglas"),
        ("c:madea", "based_in", "y:atlanta"), ("c:alig", "based_in", "y:staines"), ("c:peewee", "based_in", "y:la"),
        ("c:joannie", "based_in", "y:bermondsey"), ("c:les", "based_in", "y:sydney"),
        ("c:edna", "born_in", "y:wagga"), ("p:humphries", "born_in", "y:kew"), ("p:carvey", "born_in", "y:missoula"),
        ("p:ocarroll", "born_in", "y:finglas"), ("p:perry", "born_in", "y:neworleans"), ("p:cohen", "born_in", "y:hammersmith"),
        ("p:reubens", "born_in", "y:peekskill"), ("p:tate", "born_in", "y:bloomsbury"),
        ("s:snl", "show_created_by", "p:michaels"), ("s:cts", "show_created_by", "p:tate"), ("s:mbb", "show_created_by", "p:ocarroll"),
        ("s:barry", "show_created_by", "p:humphries"),
        ("s:snl", "airs_on", "n:nbc"), ("s:cts", "airs_on", "n:bbc"), ("s:mbb", "airs_on", "n:bbc"), ("s:ryan", "airs_on", "n:rte"),
        ("s:eleven", "airs_on", "n:c4"), ("s:barry", "airs_on", "n:abc"),
    ]
    aliases = {"c:edna": ("Dame Edna",)}
    return _build(items, others, rels, T_, aliases=aliases)


def war():
    """Forts (items: year BUILT) "were captured by" armies (a capture, not a making: "captured"
    is said of forts AND would be of photographs), "were built by" engineers, "are located in"
    places; photographs (items: year TAKEN) "were taken by" photographers ("took"), "were taken
    in" places, "were published in" magazines and newspapers (often years later: The Falling
    Soldier 1936 / Life 1937), "depict" people and a fort, "are owned by" agencies."""
    rels = [
        R("taken_by", phrase="was taken by", inverse_phrase="took", domain=("photograph",), range=("photographer",)),
        R("taken_in", phrase="was taken in", inverse_phrase="is the place of", domain=("photograph",), range=("city", "island", "region")),
        R("published_in", phrase="was published in", inverse_phrase="published", domain=("photograph",),
          range=("magazine", "newspaper")),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("photograph",), range=("person", "fort")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("photograph",), range=("agency",)),
        R("captured_by", phrase="was captured by", inverse_phrase="captured", domain=("fort",), range=("army",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("fort",), range=("engineer",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("fort",), range=("city", "region")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("photographer", "engineer"), range=("city",)),
    ]
    items = {
        "f:tic": ("fort", "Fort Ticonderoga", 1755), "f:sumter": ("fort", "Fort Sumter", 1829),
        "f:whenry": ("fort", "Fort William Henry", 1755), "f:pulaski": ("fort", "Fort Pulaski", 1847),
        "f:louisbourg": ("fort", "Fortress of Louisbourg", 1713), "f:niagara": ("fort", "Fort Niagara", 1726),
        "ph:falling": ("photograph", "The Falling Soldier", 1936), "ph:iwo": ("photograph", "Raising the Flag on Iwo Jima", 1945),
        "ph:vj": ("photograph", "V-J Day in Times Square", 1945), "ph:migrant": ("photograph", "Migrant Mother", 1936),
        "ph:terror": ("photograph", "The Terror of War", 1972), "ph:valley": ("photograph", "The Valley of the Shadow of Death", 1855),
        "ph:reichstag": ("photograph", "Raising a Flag over the Reichstag", 1945),
        "ph:ruins": ("photograph", "The Ruins of Fort Sumter", 1865),
    }
    others = {
        "g:capa": ("photographer", "Robert Capa"), "g:rosenthal": ("photographer", "Joe Rosenthal"),
        "g:eisenstaedt": ("photographer", "Alfred Eisenstaedt"), "g:lange": ("photographer", "Dorothea Lange"),
        "g:ut": ("photographer", "Nick Ut"), "g:fenton": ("photographer", "Roger Fenton"),
        "g:khaldei": ("photographer", "Yevgeny Khaldei"), "g:barnard": ("photographer", "George N. Barnard"),
        "a:british": ("army", "the British Army"), "a:csa": ("army", "the Confederate States Army"),
        "a:french": ("army", "the French Army"), "a:union": ("army", "the Union Army"),
        "e:lotbiniere": ("engineer", "Michel Chartier de Lotbiniere"), "e:bernard": ("engineer", "Simon Bernard"),
        "e:lee": ("engineer", "Robert E. Lee"), "e:verville": ("engineer", "Jean-Francois de Verville"),
        "e:lery": ("engineer", "Gaspard-Joseph Chaussegros de Lery"),
        "v:ticonderoga": ("city", "Ticonderoga"), "v:charleston": ("city", "Charleston"), "v:lakegeorge": ("city", "Lake George"),
        "v:savannah": ("city", "Savannah"), "v:louisbourg": ("city", "Louisbourg"), "v:youngstown": ("city", "Youngstown"),
        "v:muriano": ("city", "Cerro Muriano"), "v:iwojima": ("island", "Iwo Jima"), "v:nyc": ("city", "New York City"),
        "v:nipomo": ("city", "Nipomo"), "v:trangbang": ("city", "Trang Bang"), "v:crimea": ("region", "Crimea"),
        "v:berlin": ("city", "Berlin"), "v:budapest": ("city", "Budapest"), "v:hoboken": ("city", "Hoboken"),
        "v:dc": ("city", "Washington, D.C."), "v:dirschau": ("city", "Dirschau"), "v:longan": ("city", "Long An"),
        "v:yuzovka": ("city", "Yuzovka"), "v:quebec": ("city", "Quebec City"), "v:paris": ("city", "Paris"),
        "m:vu": ("magazine", "Vu"), "m:life": ("magazine", "Life"), "m:nyt": ("newspaper", "The New York Times"),
        "m:sfnews": ("newspaper", "San Francisco News"), "m:ogoniok": ("magazine", "Ogoniok"),
        "s:borrell": ("person", "Federico Borrell Garcia"), "s:thompson": ("person", "Florence Owens Thompson"),
        "s:kimphuc": ("person", "Phan Thi Kim Phuc"), "s:hayes": ("person", "Ira Hayes"),
        "s:friedman": ("person", "Greta Zimmer Friedman"),
        "ag:ap": ("agency", "Associated Press"), "ag:icp": ("agency", "International Center of Photography"),
        "ag:getty": ("agency", "Getty Images"), "ag:loc": ("agency", "Library of Congress"),
    }
    T_ = [
        ("ph:falling", "taken_by", "g:capa"), ("ph:iwo", "taken_by", "g:rosenthal"), ("ph:vj", "taken_by", "g:eisenstaedt"),
        ("ph:migrant", "taken_by", "g:lange"), ("ph:terror", "taken_by", "g:ut"), ("ph:valley", "taken_by", "g:fenton"),
        ("ph:reichstag", "taken_by", "g:khaldei"), ("ph:ruins", "taken_by", "g:barnard"),
        ("ph:falling", "taken_in", "v:muriano"), ("ph:iwo", "taken_in", "v:iwojima"), ("ph:vj", "taken_in", "v:nyc"),
        ("ph:migrant", "taken_in", "v:nipomo"), ("ph:terror", "taken_in", "v:trangbang"), ("ph:valley", "taken_in", "v:crimea"),
        ("ph:reichstag", "taken_in", "v:berlin"), ("ph:ruins", "taken_in", "v:charleston"),
        ("ph:falling", "published_in", "m:vu"), ("ph:falling", "published_in", "m:life"), ("ph:vj", "published_in", "m:life"),
        ("ph:terror", "published_in", "m:nyt"), ("ph:migrant", "published_in", "m:sfnews"),
        ("ph:reichstag", "published_in", "m:ogoniok"), ("ph:iwo", "published_in", "m:nyt"),
        ("ph:falling", "depicts", "s:borrell"), ("ph:migrant", "depicts", "s:thompson"), ("ph:terror", "depicts", "s:kimphuc"),
        ("ph:iwo", "depicts", "s:hayes"), ("ph:vj", "depicts", "s:friedman"), ("ph:ruins", "depicts", "f:sumter"),
        ("ph:iwo", "owned_by", "ag:ap"), ("ph:terror", "owned_by", "ag:ap"), ("ph:falling", "owned_by", "ag:icp"),
        ("ph:vj", "owned_by", "ag:getty"), ("ph:migrant", "owned_by", "ag:loc"), ("ph:ruins", "owned_by", "ag:loc"),
        ("f:tic", "captured_by", "a:british"), ("f:sumter", "captured_by", "a:csa"), ("f:whenry", "captured_by", "a:french"),
        ("f:pulaski", "captured_by", "a:union"), ("f:louisbourg", "captured_by", "a:british"), ("f:niagara", "captured_by", "a:british"),
        ("f:tic", "built_by", "e:lotbiniere"), ("f:whenry", "built_by", "e:lotbiniere"), ("f:sumter", "built_by", "e:bernard"),
        ("f:pulaski", "built_by", "e:lee"), ("f:louisbourg", "built_by", "e:verville"), ("f:niagara", "built_by", "e:lery"),
        ("f:tic", "located_in", "v:ticonderoga"), ("f:sumter", "located_in", "v:charleston"), ("f:whenry", "located_in", "v:lakegeorge"),
        ("f:pulaski", "located_in", "v:savannah"), ("f:louisbourg", "located_in", "v:louisbourg"),
        ("f:niagara", "located_in", "v:youngstown"),
        ("g:capa", "born_in", "v:budapest"), ("g:lange", "born_in", "v:hoboken"), ("g:rosenthal", "born_in", "v:dc"),
        ("g:eisenstaedt", "born_in", "v:dirschau"), ("g:ut", "born_in", "v:longan"), ("g:khaldei", "born_in", "v:yuzovka"),
        ("e:lotbiniere", "born_in", "v:quebec"), ("e:bernard", "born_in", "v:paris"),
    ]
    aliases = {"ph:iwo": ("the Iwo Jima flag photograph",)}
    return _build(items, others, rels, T_, aliases=aliases)


def art():
    """Paintings only (items: year painted; one item type, so "a painting of <class>" is read as
    the class noun) that "are in" cities (range "city", a mass type; "is in" says nothing but
    class words: "a work / painting / piece / example of <city>" is read from it) though painted
    in another ("was painted in"), "depict" people, cities and events ("a painting of" in
    English), "were commissioned by" patrons, "belong to the movement" and "the genre", "are held
    by" museums, "were painted by" painters."""
    rels = [
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("movement", phrase="belongs to the movement", inverse_phrase="includes", domain=("painting",), range=("movement",)),
        R("genre", phrase="belongs to the genre", inverse_phrase="includes the work", domain=("painting",), range=("genre",)),
        R("in_city", phrase="is in", inverse_phrase="has", domain=("painting",), range=("city",)),
        R("painted_in", phrase="was painted in", inverse_phrase="is where the painter painted", domain=("painting",),
          range=("city",)),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=("painting",), range=("museum",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("painting",), range=("person", "city", "event")),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("painting",),
          range=("patron",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("painter",), range=("city",)),
    ]
    items = {
        "p:mona": ("painting", "Mona Lisa", 1503), "p:guernica": ("painting", "Guernica", 1937),
        "p:nightwatch": ("painting", "The Night Watch", 1642), "p:delft": ("painting", "View of Delft", 1660),
        "p:garden": ("painting", "The Garden of Earthly Delights", 1500), "p:meninas": ("painting", "Las Meninas", 1656),
        "p:starry": ("painting", "The Starry Night", 1889), "p:pearl": ("painting", "Girl with a Pearl Earring", 1665),
        "p:liberty": ("painting", "Liberty Leading the People", 1830), "p:medusa": ("painting", "The Raft of the Medusa", 1819),
    }
    others = {
        "a:leonardo": ("painter", "Leonardo da Vinci"), "a:picasso": ("painter", "Pablo Picasso"),
        "a:rembrandt": ("painter", "Rembrandt"), "a:vermeer": ("painter", "Johannes Vermeer"),
        "a:bosch": ("painter", "Hieronymus Bosch"), "a:velazquez": ("painter", "Diego Velazquez"),
        "a:vangogh": ("painter", "Vincent van Gogh"), "a:delacroix": ("painter", "Eugene Delacroix"),
        "a:gericault": ("painter", "Theodore Gericault"),
        "m:highren": ("movement", "the High Renaissance"), "m:cubism": ("movement", "Cubism"),
        "m:dutch": ("movement", "Dutch Golden Age painting"), "m:northren": ("movement", "the Northern Renaissance"),
        "m:baroque": ("movement", "Baroque"), "m:postimp": ("movement", "Post-Impressionism"),
        "m:romanticism": ("movement", "Romanticism"),
        "k:portrait": ("genre", "portraiture"), "k:history": ("genre", "history painting"),
        "k:group": ("genre", "group portraiture"), "k:cityscape": ("genre", "cityscape"),
        "k:landscape": ("genre", "landscape painting"), "k:tronie": ("genre", "tronie"),
        "k:religious": ("genre", "religious painting"),
        "c:paris": ("city", "Paris"), "c:florence": ("city", "Florence"), "c:madrid": ("city", "Madrid"),
        "c:amsterdam": ("city", "Amsterdam"), "c:hague": ("city", "The Hague"), "c:delft": ("city", "Delft"),
        "c:bosch": ("city", "'s-Hertogenbosch"), "c:nyc": ("city", "New York City"),
        "c:remy": ("city", "Saint-Remy-de-Provence"), "c:vinci": ("city", "Vinci"), "c:malaga": ("city", "Malaga"),
        "c:leiden": ("city", "Leiden"), "c:seville": ("city", "Seville"), "c:zundert": ("city", "Zundert"),
        "x:louvre": ("museum", "the Louvre"), "x:reinasofia": ("museum", "Museo Reina Sofia"),
        "x:rijks": ("museum", "the Rijksmuseum"), "x:mauritshuis": ("museum", "the Mauritshuis"),
        "x:prado": ("museum", "the Prado"), "x:moma": ("museum", "the Museum of Modern Art"),
        "s:lisa": ("person", "Lisa Gherardini"), "s:cocq": ("person", "Frans Banninck Cocq"),
        "s:margaret": ("person", "Margaret Theresa of Spain"), "s:bombing": ("event", "the bombing of Guernica"),
        "s:july": ("event", "the July Revolution"), "s:wreck": ("event", "the wreck of the Medusa"),
        "t:giocondo": ("patron", "Francesco del Giocondo"), "t:philip": ("patron", "Philip IV"),
        "t:klov": ("patron", "the Kloveniersdoelen"), "t:republic": ("patron", "the Spanish Republic"),
    }
    T_ = [
        ("p:mona", "painted_by", "a:leonardo"), ("p:guernica", "painted_by", "a:picasso"), ("p:nightwatch", "painted_by", "a:rembrandt"),
        ("p:delft", "painted_by", "a:vermeer"), ("p:pearl", "painted_by", "a:vermeer"), ("p:garden", "painted_by", "a:bosch"),
        ("p:meninas", "painted_by", "a:velazquez"), ("p:starry", "painted_by", "a:vangogh"),
        ("p:liberty", "painted_by", "a:delacroix"), ("p:medusa", "painted_by", "a:gericault"),
        ("p:mona", "movement", "m:highren"), ("p:guernica", "movement", "m:cubism"), ("p:nightwatch", "movement", "m:dutch"),
        ("p:delft", "movement", "m:dutch"), ("p:pearl", "movement", "m:dutch"), ("p:garden", "movement", "m:northren"),
        ("p:meninas", "movement", "m:baroque"), ("p:starry", "movement", "m:postimp"), ("p:liberty", "movement", "m:romanticism"),
        ("p:medusa", "movement", "m:romanticism"),
        ("p:mona", "genre", "k:portrait"), ("p:guernica", "genre", "k:history"), ("p:nightwatch", "genre", "k:group"),
        ("p:delft", "genre", "k:cityscape"), ("p:pearl", "genre", "k:tronie"), ("p:garden", "genre", "k:religious"),
        ("p:meninas", "genre", "k:group"), ("p:starry", "genre", "k:landscape"), ("p:liberty", "genre", "k:history"),
        ("p:medusa", "genre", "k:history"),
        ("p:mona", "in_city", "c:paris"), ("p:guernica", "in_city", "c:madrid"), ("p:nightwatch", "in_city", "c:amsterdam"),
        ("p:delft", "in_city", "c:hague"), ("p:pearl", "in_city", "c:hague"), ("p:garden", "in_city", "c:madrid"),
        ("p:meninas", "in_city", "c:madrid"), ("p:starry", "in_city", "c:nyc"), ("p:liberty", "in_city", "c:paris"),
        ("p:medusa", "in_city", "c:paris"),
        ("p:mona", "painted_in", "c:florence"), ("p:guernica", "painted_in", "c:paris"), ("p:nightwatch", "painted_in", "c:amsterdam"),
        ("p:delft", "painted_in", "c:delft"), ("p:pearl", "painted_in", "c:delft"), ("p:garden", "painted_in", "c:bosch"),
        ("p:meninas", "painted_in", "c:madrid"), ("p:starry", "painted_in", "c:remy"), ("p:liberty", "painted_in", "c:paris"),
        ("p:medusa", "painted_in", "c:paris"),
        ("p:mona", "held_by", "x:louvre"), ("p:guernica", "held_by", "x:reinasofia"), ("p:nightwatch", "held_by", "x:rijks"),
        ("p:delft", "held_by", "x:mauritshuis"), ("p:pearl", "held_by", "x:mauritshuis"), ("p:garden", "held_by", "x:prado"),
        ("p:meninas", "held_by", "x:prado"), ("p:starry", "held_by", "x:moma"), ("p:liberty", "held_by", "x:louvre"),
        ("p:medusa", "held_by", "x:louvre"),
        ("p:mona", "depicts", "s:lisa"), ("p:nightwatch", "depicts", "s:cocq"), ("p:meninas", "depicts", "s:margaret"),
        ("p:guernica", "depicts", "s:bombing"), ("p:liberty", "depicts", "s:july"), ("p:medusa", "depicts", "s:wreck"),
        ("p:delft", "depicts", "c:delft"), ("p:starry", "depicts", "c:remy"),
        ("p:mona", "commissioned_by", "t:giocondo"), ("p:meninas", "commissioned_by", "t:philip"),
        ("p:nightwatch", "commissioned_by", "t:klov"), ("p:guernica", "commissioned_by", "t:republic"),
        ("a:leonardo", "born_in", "c:vinci"), ("a:picasso", "born_in", "c:malaga"), ("a:rembrandt", "born_in", "c:leiden"),
        ("a:vermeer", "born_in", "c:delft"), ("a:velazquez", "born_in", "c:seville"), ("a:vangogh", "born_in", "c:zundert"),
        ("a:bosch", "born_in", "c:bosch"),
    ]
    return _build(items, others, rels, T_)


def books():
    """Treatises only (items: year of publication; one item type: "a treatise / book of / on")
    that "belong to the field" (a field: "on" is read), "are in" a language (range "language", a
    mass type; "is in" has only class words, so "a treatise of Latin" is read), "were written
    by" philosophers and scientists, "were printed by" printers (type "printer", no person type),
    "were translated by" translators, "are dedicated to" patrons, "were published in" cities."""
    rels = [
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("treatise",), range=("philosopher", "scientist")),
        R("field", phrase="belongs to the field", inverse_phrase="includes", domain=("treatise",), range=("field",)),
        R("language", phrase="is in", inverse_phrase="is the language of", domain=("treatise",), range=("language",)),
        R("printed_by", phrase="was printed by", inverse_phrase="printed", domain=("treatise",), range=("printer",)),
        R("translated_by", phrase="was translated by", inverse_phrase="translated", domain=("treatise",), range=("translator",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of", domain=("treatise",), range=("patron",)),
        R("published_in", phrase="was published in", inverse_phrase="is where was published", domain=("treatise",),
          range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("philosopher", "scientist"),
          range=("city",)),
    ]
    items = {
        "b:leviathan": ("treatise", "Leviathan", 1651), "b:principia": ("treatise", "The Principia", 1687),
        "b:ethics": ("treatise", "Ethics", 1677), "b:cpr": ("treatise", "Critique of Pure Reason", 1781),
        "b:essay": ("treatise", "An Essay Concerning Human Understanding", 1689),
        "b:contract": ("treatise", "The Social Contract", 1762), "b:revolutionibus": ("treatise", "De revolutionibus", 1543),
        "b:dialogue": ("treatise", "Dialogue Concerning the Two Chief World Systems", 1632),
        "b:two": ("treatise", "Two Treatises of Government", 1689), "b:prince": ("treatise", "The Prince", 1532),
    }
    others = {
        "w:hobbes": ("philosopher", "Thomas Hobbes"), "w:newton": ("scientist", "Isaac Newton"),
        "w:spinoza": ("philosopher", "Baruch Spinoza"), "w:kant": ("philosopher", "Immanuel Kant"),
        "w:locke": ("philosopher", "John Locke"), "w:rousseau": ("philosopher", "Jean-Jacques Rousseau"),
        "w:copernicus": ("scientist", "Nicolaus Copernicus"), "w:galileo": ("scientist", "Galileo Galilei"),
        "w:machiavelli": ("philosopher", "Niccolo Machiavelli"),
        "f:polphil": ("field", "political philosophy"), "f:physics": ("field", "physics"),
        "f:metaphysics": ("field", "metaphysics"), "f:epistemology": ("field", "epistemology"),
        "f:astronomy": ("field", "astronomy"),
        "l:english": ("language", "English"), "l:latin": ("language", "Latin"), "l:german": ("language", "German"),
        "l:french": ("language", "French"), "l:italian": ("language", "Italian"),
        "r:crooke": ("printer", "Andrew Crooke"), "r:streater": ("printer", "Joseph Streater"),
        "r:rieuwertsz": ("printer", "Jan Rieuwertsz"), "r:hartknoch": ("printer", "Johann Friedrich Hartknoch"),
        "r:basset": ("printer", "Thomas Basset"), "r:rey": ("printer", "Marc-Michel Rey"),
        "r:petreius": ("printer", "Johannes Petreius"), "r:landini": ("printer", "Giovanni Battista Landini"),
        "r:churchill": ("printer", "Awnsham Churchill"), "r:blado": ("printer", "Antonio Blado"),
        "t:motte": ("translator", "Andrew Motte"), "t:kempsmith": ("translator", "Norman Kemp Smith"),
        "t:eliot": ("translator", "George Eliot"), "t:cole": ("translator", "G. D. H. Cole"),
        "d:paul": ("patron", "Pope Paul III"), "d:ferdinando": ("patron", "Ferdinando II de' Medici"),
        "d:lorenzo": ("patron", "Lorenzo de' Medici"), "d:zedlitz": ("patron", "Karl Abraham Zedlitz"),
        "d:pembroke": ("patron", "the Earl of Pembroke"),
        "y:london": ("city", "London"), "y:amsterdam": ("city", "Amsterdam"), "y:riga": ("city", "Riga"),
        "y:nuremberg": ("city", "Nuremberg"), "y:florence": ("city", "Florence"), "y:rome": ("city", "Rome"),
        "y:malmesbury": ("city", "Malmesbury"), "y:woolsthorpe": ("city", "Woolsthorpe"),
        "y:konigsberg": ("city", "Konigsberg"), "y:geneva": ("city", "Geneva"), "y:torun": ("city", "Torun"),
        "y:pisa": ("city", "Pisa"), "y:wrington": ("city", "Wrington"),
    }
    T_ = [
        ("b:leviathan", "written_by", "w:hobbes"), ("b:principia", "written_by", "w:newton"), ("b:ethics", "written_by", "w:spinoza"),
        ("b:cpr", "written_by", "w:kant"), ("b:essay", "written_by", "w:locke"), ("b:contract", "written_by", "w:rousseau"),
        ("b:revolutionibus", "written_by", "w:copernicus"), ("b:dialogue", "written_by", "w:galileo"),
        ("b:two", "written_by", "w:locke"), ("b:prince", "written_by", "w:machiavelli"),
        ("b:leviathan", "field", "f:polphil"), ("b:principia", "field", "f:physics"), ("b:ethics", "field", "f:metaphysics"),
        ("b:cpr", "field", "f:metaphysics"), ("b:cpr", "field", "f:epistemology"), ("b:essay", "field", "f:epistemology"),
        ("b:contract", "field", "f:polphil"), ("b:revolutionibus", "field", "f:astronomy"), ("b:dialogue", "field", "f:astronomy"),
        ("b:two", "field", "f:polphil"), ("b:prince", "field", "f:polphil"),
        ("b:leviathan", "language", "l:english"), ("b:principia", "language", "l:latin"), ("b:ethics", "language", "l:latin"),
        ("b:cpr", "language", "l:german"), ("b:essay", "language", "l:english"), ("b:contract", "language", "l:french"),
        ("b:revolutionibus", "language", "l:latin"), ("b:dialogue", "language", "l:italian"), ("b:two", "language", "l:english"),
        ("b:prince", "language", "l:italian"),
        ("b:leviathan", "printed_by", "r:crooke"), ("b:principia", "printed_by", "r:streater"), ("b:ethics", "printed_by", "r:rieuwertsz"),
        ("b:cpr", "printed_by", "r:hartknoch"), ("b:essay", "printed_by", "r:basset"), ("b:contract", "printed_by", "r:rey"),
        ("b:revolutionibus", "printed_by", "r:petreius"), ("b:dialogue", "printed_by", "r:landini"),
        ("b:two", "printed_by", "r:churchill"), ("b:prince", "printed_by", "r:blado"),
        ("b:principia", "translated_by", "t:motte"), ("b:cpr", "translated_by", "t:kempsmith"), ("b:ethics", "translated_by", "t:eliot"),
        ("b:contract", "translated_by", "t:cole"),
        ("b:revolutionibus", "dedicated_to", "d:paul"), ("b:dialogue", "dedicated_to", "d:ferdinando"),
        ("b:prince", "dedicated_to", "d:lorenzo"), ("b:cpr", "dedicated_to", "d:zedlitz"), ("b:essay", "dedicated_to", "d:pembroke"),
        ("b:leviathan", "published_in", "y:london"), ("b:principia", "published_in", "y:london"), ("b:ethics", "published_in", "y:amsterdam"),
        ("b:cpr", "published_in", "y:riga"), ("b:essay", "published_in", "y:london"), ("b:contract", "published_in", "y:amsterdam"),
        ("b:revolutionibus", "published_in", "y:nuremberg"), ("b:dialogue", "published_in", "y:florence"),
        ("b:two", "published_in", "y:london"), ("b:prince", "published_in", "y:rome"),
        ("w:hobbes", "born_in", "y:malmesbury"), ("w:newton", "born_in", "y:woolsthorpe"), ("w:spinoza", "born_in", "y:amsterdam"),
        ("w:kant", "born_in", "y:konigsberg"), ("w:locke", "born_in", "y:wrington"), ("w:rousseau", "born_in", "y:geneva"),
        ("w:copernicus", "born_in", "y:torun"), ("w:galileo", "born_in", "y:pisa"), ("w:machiavelli", "born_in", "y:florence"),
    ]
    aliases = {"b:principia": ("Principia",), "b:two": ("Two Treatises",)}
    return _build(items, others, rels, T_, aliases=aliases)


def firms():
    """Racehorses (items: year foaled; animal types) "are based in" training towns ("lives in"),
    "are owned by" owners, "are trained by" trainers (types "owner", "trainer": no person types);
    department stores (items: year opened) "are located in" cities ("is based in": nothing else
    says "based") and "are owned by" groups (items: year founded) that "are headquartered in"
    other cities; bands (type "band") with members who "are members of" them ("is one of") and
    managers who manage them (no membership), bands "were formed in" cities."""
    rels = [
        R("horse_based_in", phrase="is based in", inverse_phrase="is the base of", domain=("racehorse", "mare"), range=("town",)),
        R("horse_owned_by", phrase="is owned by", inverse_phrase="owns", domain=("racehorse", "mare"), range=("owner",)),
        R("trained_by", phrase="is trained by", inverse_phrase="trains", domain=("racehorse", "mare"), range=("trainer",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("store",), range=("city",)),
        R("store_owned_by", phrase="is owned by", inverse_phrase="owns", domain=("store",), range=("company",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is the headquarters of", domain=("company",), range=("city",)),
        R("member_of", phrase="is a member of", inverse_phrase="has the member", domain=("musician",), range=("band",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("band",), range=("manager",)),
        R("formed_in", phrase="was formed in", inverse_phrase="is where was formed", domain=("band",), range=("city",)),
    ]
    items = {
        "h:frankel": ("racehorse", "Frankel", 2008), "h:seastars": ("racehorse", "Sea the Stars", 2006),
        "h:enable": ("mare", "Enable", 2014), "h:arkle": ("racehorse", "Arkle", 1957),
        "h:redrum": ("racehorse", "Red Rum", 1965), "h:winx": ("mare", "Winx", 2011),
        "st:selfridges": ("store", "Selfridges", 1909), "st:lafayette": ("store", "Galeries Lafayette Haussmann", 1912),
        "st:kadewe": ("store", "KaDeWe", 1907), "st:macys": ("store", "Macy's Herald Square", 1902),
        "st:bonmarche": ("store", "Le Bon Marche", 1852),
        "co:central": ("company", "Central Group", 1947), "co:gl": ("company", "Groupe Galeries Lafayette", 1893),
        "co:macysinc": ("company", "Macy's, Inc.", 1858), "co:lvmh": ("company", "LVMH", 1987),
    }
    others = {
        "o:abdullah": ("owner", "Khalid Abdullah"), "o:tsui": ("owner", "Christopher Tsui"), "o:grosvenor": ("owner", "Anne Grosvenor"),
        "o:lemare": ("owner", "Noel Le Mare"), "o:magic": ("owner", "Debbie Kepitis"),
        "t:cecil": ("trainer", "Henry Cecil"), "t:oxx": ("trainer", "John Oxx"), "t:gosden": ("trainer", "John Gosden"),
        "t:dreaper": ("trainer", "Tom Dreaper"), "t:mccain": ("trainer", "Ginger McCain"), "t:waller": ("trainer", "Chris Waller"),
        "w:newmarket": ("town", "Newmarket"), "w:currabeg": ("town", "Currabeg"), "w:kilsallaghan": ("town", "Kilsallaghan"),
        "w:southport": ("town", "Southport"), "w:rosehill": ("town", "Rosehill"),
        "y:london": ("city", "London"), "y:paris": ("city", "Paris"), "y:berlin": ("city", "Berlin"), "y:nyc": ("city", "New York City"),
        "y:bangkok": ("city", "Bangkok"), "y:cincinnati": ("city", "Cincinnati"), "y:liverpool": ("city", "Liverpool"),
        "b:beatles": ("band", "the Beatles"), "b:stones": ("band", "the Rolling Stones"),
        "m:lennon": ("musician", "John Lennon"), "m:mccartney": ("musician", "Paul McCartney"),
        "m:harrison": ("musician", "George Harrison"), "m:starr": ("musician", "Ringo Starr"),
        "m:jagger": ("musician", "Mick Jagger"), "m:richards": ("musician", "Keith Richards"),
        "m:watts": ("musician", "Charlie Watts"), "m:best": ("musician", "Pete Best"),
        "mg:epstein": ("manager", "Brian Epstein"), "mg:oldham": ("manager", "Andrew Loog Oldham"),
    }
    T_ = [
        ("h:frankel", "horse_based_in", "w:newmarket"), ("h:seastars", "horse_based_in", "w:currabeg"),
        ("h:enable", "horse_based_in", "w:newmarket"), ("h:arkle", "horse_based_in", "w:kilsallaghan"),
        ("h:redrum", "horse_based_in", "w:southport"), ("h:winx", "horse_based_in", "w:rosehill"),
        ("h:frankel", "horse_owned_by", "o:abdullah"), ("h:seastars", "horse_owned_by", "o:tsui"),
        ("h:enable", "horse_owned_by", "o:abdullah"), ("h:arkle", "horse_owned_by", "o:grosvenor"),
        ("h:redrum", "horse_owned_by", "o:lemare"), ("h:winx", "horse_owned_by", "o:magic"),
        ("h:frankel", "trained_by", "t:cecil"), ("h:seastars", "trained_by", "t:oxx"), ("h:enable", "trained_by", "t:gosden"),
        ("h:arkle", "trained_by", "t:dreaper"), ("h:redrum", "trained_by", "t:mccain"), ("h:winx", "trained_by", "t:waller"),
        ("st:selfridges", "located_in", "y:london"), ("st:lafayette", "located_in", "y:paris"), ("st:kadewe", "located_in", "y:berlin"),
        ("st:macys", "located_in", "y:nyc"), ("st:bonmarche", "located_in", "y:paris"),
        ("st:selfridges", "store_owned_by", "co:central"), ("st:kadewe", "store_owned_by", "co:central"),
        ("st:lafayette", "store_owned_by", "co:gl"), ("st:macys", "store_owned_by", "co:macysinc"),
        ("st:bonmarche", "store_owned_by", "co:lvmh"),
        ("co:central", "hq_in", "y:bangkok"), ("co:gl", "hq_in", "y:paris"), ("co:macysinc", "hq_in", "y:cincinnati"),
        ("co:lvmh", "hq_in", "y:paris"),
        ("m:lennon", "member_of", "b:beatles"), ("m:mccartney", "member_of", "b:beatles"), ("m:harrison", "member_of", "b:beatles"),
        ("m:starr", "member_of", "b:beatles"), ("m:best", "member_of", "b:beatles"),
        ("m:jagger", "member_of", "b:stones"), ("m:richards", "member_of", "b:stones"), ("m:watts", "member_of", "b:stones"),
        ("b:beatles", "managed_by", "mg:epstein"), ("b:stones", "managed_by", "mg:oldham"),
        ("b:beatles", "formed_in", "y:liverpool"), ("b:stones", "formed_in", "y:london"),
    ]
    return _build(items, others, rels, T_)


BUILDERS = {"sketch": sketch, "war": war, "art": art, "books": books, "firms": firms}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@sketch
# (1) "he" after a man typed "stand_up_comic" (last word "comic", one of THING_WORDS: "no one")
# who created or plays a FEMALE character: the claims are true of the character, false of him
Barry Humphries created Dame Edna Everage. He was born in Wagga Wagga.
Barry Humphries created Dame Edna Everage. He is based in Moonee Ponds.
Barry Humphries created Dame Edna Everage. He first appeared in Return Fare.
Barry Humphries created Dame Edna Everage. He debuted in Return Fare.
Barry Humphries created Dame Edna Everage. He made his debut in Return Fare.
Barry Humphries created Dame Edna Everage. He got his start in Return Fare.
Barry Humphries created Dame Edna Everage. He made his first appearance in Return Fare.
Barry Humphries created Dame Edna Everage. He is played by Barry Humphries.
Barry Humphries created Dame Edna Everage. He was created by Barry Humphries.
Barry Humphries created Dame Edna. He was born in Wagga Wagga.
Barry Humphries plays Dame Edna Everage. He was born in Wagga Wagga.
Barry Humphries plays Dame Edna Everage. He is based in Moonee Ponds.
Dame Edna Everage is played by Barry Humphries. He was born in Wagga Wagga.
Dame Edna Everage was created by Barry Humphries. He was born in Wagga Wagga.
Dame Edna Everage was created by Barry Humphries. He debuted in Return Fare.
Dame Edna Everage, created by Barry Humphries, first appeared in Return Fare. He was born in Wagga Wagga.
Dame Edna Everage first appeared in Return Fare, and Barry Humphries created her. He was born in Wagga Wagga.
Barry Humphries created Dame Edna Everage, who first appeared in Return Fare. He was born in Wagga Wagga.
Barry Humphries created Dame Edna Everage in 1955. He was born in Wagga Wagga.
Barry Humphries created Dame Edna Everage, and he was born in Wagga Wagga.
Barry Humphries created Dame Edna Everage; he was born in Wagga Wagga.
Barry Humphries created Dame Edna Everage. He was born in Wagga Wagga and is based in Moonee Ponds.
Barry Humphries created Dame Edna Everage. Later he was born in Wagga Wagga.
Barry Humphries created Dame Edna Everage. He also debuted in Return Fare.
Return Fare introduced Dame Edna Everage, whom Barry Humphries created. He was born in Wagga Wagga.
Barry Humphries created Dame Edna Everage. Moonee Ponds is the home of him.
Barry Humphries created Dame Edna Everage. Wagga Wagga is his birthplace.
Barry Humphries created Dame Edna Everage. Wagga Wagga is the birthplace of him.
Dana Carvey created Church Lady. He is based in Greenville.
Dana Carvey created Church Lady. He is played by Dana Carvey.
Dana Carvey created Church Lady. He was created by Dana Carvey.
Dana Carvey plays Church Lady. He is based in Greenville.
Church Lady is played by Dana Carvey. He is based in Greenville.
Church Lady was created by Dana Carvey. He is based in Greenville.
Church Lady first appeared in Saturday Night Live, which airs on NBC; Dana Carvey created her. He is based in Greenville.
Dana Carvey created Church Lady. He is based in Greenville and was born in Missoula.
Brendan O'Carroll created Agnes Brown. He is played by Brendan O'Carroll.
Brendan O'Carroll created Agnes Brown. He was created by Brendan O'Carroll.
Brendan O'Carroll created Mrs. Brown's Boys. Agnes Brown appears in Mrs. Brown's Boys D'Movie. He is played by Brendan O'Carroll.
Barry Humphries created The Barry Humphries Show. Dame Edna Everage first appeared in Return Fare. He was born in Wagga Wagga.
# "he" with a person of a person type named (the producer, the playwright): rejected by design
Lorne Michaels created Saturday Night Live. Church Lady first appeared in it. He is based in Greenville.
# (4) "debuted in" / "made her debut in" / "got her start in": the wrong show, a film, a year
Church Lady debuted in The 11 O'Clock Show.
Church Lady made her debut in The Catherine Tate Show.
Ali G made his debut in Ali G Indahouse.
Ali G debuted in Ali G Indahouse.
Pee-wee Herman debuted in Pee-wee's Big Adventure.
Pee-wee Herman got his start in Pee-wee's Big Adventure.
Madea got her start in Madea's Family Reunion.
Madea made her first appearance in Madea's Family Reunion.
Agnes Brown debuted in Mrs. Brown's Boys.
Agnes Brown made her debut in Mrs. Brown's Boys D'Movie.
Les Patterson debuted in Return Fare.
Dame Edna Everage debuted in The Barry Humphries Show.
Ali G debuted in 2002.
Dame Edna Everage debuted in 1974.
Church Lady debuted in 1975.
Church Lady made her debut in Saturday Night Live in 1975.
Church Lady debuted in Saturday Night Live in 1975.
Pee-wee Herman debuted in 1985.
Joannie Taylor debuted in The Catherine Tate Show in 2005.
Ali G and Church Lady debuted in The 11 O'Clock Show.
Ali G debuted in The 11 O'Clock Show, which airs on BBC One.
Church Lady debuted in Saturday Night Live, created by Dana Carvey.
Saturday Night Live debuted in 1986.
Church Lady did not debut in Saturday Night Live.
Church Lady never made her debut in Saturday Night Live.
Ali G first debuted in Ali G Indahouse.
# (5) "is based in" / "lives in" the wrong place, of creators, of shows
Dame Edna Everage is based in Wagga Wagga.
Ali G is based in Hammersmith.
Church Lady is based in Missoula.
Sacha Baron Cohen is based in Staines.
Saturday Night Live is based in Greenville.
@war
# (3) "captured" of a fort with its building year, of a photograph by the wrong one
Fort Ticonderoga was captured in 1755.
Fort Niagara was captured by the British Army in 1726.
The British Army captured Fort Niagara in 1726.
The Union Army captured Fort Pulaski in 1847.
The Confederate States Army captured Fort Sumter in 1829.
Captured in 1755, Fort Ticonderoga is located in Ticonderoga.
Fort William Henry, captured by the French Army in 1755, is located in Lake George.
The French Army took Fort William Henry in 1755.
The Union Army took Fort Pulaski in 1847.
Fort Pulaski was taken by the Union Army in 1847.
Fort Pulaski was first captured in 1847.
The Confederate States Army captured The Ruins of Fort Sumter.
The Ruins of Fort Sumter was captured by the Confederate States Army.
Fort Pulaski was captured by Robert Capa.
Fort Sumter was captured by George N. Barnard in 1865.
Robert Capa captured Fort Ticonderoga.
The British Army shot Fort Ticonderoga.
Fort Niagara was snapped by the British Army.
Fort Niagara was photographed by the British Army.
# photographs "shot / captured / snapped / photographed / took" with the wrong one, place, year
Robert Capa snapped Migrant Mother.
Migrant Mother was photographed by Robert Capa.
Dorothea Lange shot The Falling Soldier.
The Terror of War was captured by Joe Rosenthal.
The Falling Soldier was shot in Trang Bang.
Raising the Flag on Iwo Jima was captured in Berlin.
V-J Day in Times Square was snapped in Nipomo.
Migrant Mother was photographed in New York City.
Robert Capa took The Falling Soldier in 1937.
Joe Rosenthal shot Raising the Flag on Iwo Jima in 1936.
Nick Ut captured The Terror of War in 1945.
The Terror of War was snapped in 1936.
Dorothea Lange photographed Migrant Mother in 1945.
Roger Fenton took The Valley of the Shadow of Death in 1865.
George N. Barnard captured The Ruins of Fort Sumter in 1829.
The Ruins of Fort Sumter was photographed in 1829.
Yevgeny Khaldei shot Raising a Flag over the Reichstag in 1936.
Alfred Eisenstaedt took V-J Day in Times Square, published in The New York Times.
Joe Rosenthal shot Raising the Flag on Iwo Jima, published in Life.
Robert Capa captured The Falling Soldier, published in Ogoniok.
Robert Capa shot The Falling Soldier, which depicts Ira Hayes.
Robert Capa took The Falling Soldier in 1936 in Trang Bang.
The Falling Soldier was shot by Robert Capa in 1945.
Nick Ut snapped The Terror of War in Trang Bang in 1936.
Robert Capa did not take The Falling Soldier.
Robert Capa never shot The Falling Soldier.
Robert Capa took The Falling Soldier. Dorothea Lange took it in 1936.
Robert Capa took Migrant Mother in 1936.
Dorothea Lange took The Falling Soldier in 1936.
Associated Press took The Terror of War in 1972.
Associated Press took Raising the Flag on Iwo Jima.
The Terror of War was captured by Associated Press.
Life shot V-J Day in Times Square.
# the active past of other verbs, with a year that belongs to something else
Michel Chartier de Lotbiniere built Fort Ticonderoga in 1759.
Robert E. Lee built Fort Pulaski in 1862.
Simon Bernard built Fort Sumter in 1861.
Life published V-J Day in Times Square in 1936.
The New York Times printed The Terror of War in 1945.
# "printed" / "debuted" of the wrong one
Vu printed V-J Day in Times Square.
The Falling Soldier was printed in The New York Times.
Ogoniok printed Migrant Mother.
V-J Day in Times Square debuted in The New York Times.
Raising a Flag over the Reichstag debuted in Life.
# (5) "is the subject of" of the wrong one (photographer, owner, place, fort), reversed
Ira Hayes is the subject of V-J Day in Times Square.
Phan Thi Kim Phuc was the subject of Migrant Mother.
Fort Ticonderoga is the subject of The Ruins of Fort Sumter.
Fort Pulaski was the subject of The Ruins of Fort Sumter.
George N. Barnard is the subject of The Ruins of Fort Sumter.
Robert Capa is the subject of The Falling Soldier.
Associated Press is the subject of The Terror of War.
Life is the subject of V-J Day in Times Square.
Cerro Muriano is the subject of The Falling Soldier.
The Falling Soldier is the subject of Federico Borrell Garcia.
The Ruins of Fort Sumter is the subject of Fort Sumter.
Fort Sumter, the subject of The Ruins of Fort Sumter, was captured by the French Army.
Fort Sumter, the subject of The Ruins of Fort Sumter, was built by Robert E. Lee.
Fort Sumter is the subject of The Ruins of Fort Sumter, taken by Joe Rosenthal.
Fort Sumter is not the subject of The Ruins of Fort Sumter.
Florence Owens Thompson and Ira Hayes are the subjects of Migrant Mother.
# "pictures"
The Terror of War pictures Ira Hayes.
Migrant Mother pictures Phan Thi Kim Phuc.
The Ruins of Fort Sumter pictures Fort Pulaski.
# (5) "is based in" / "lives in" of forts, photographs, people
Fort Pulaski is based in Charleston.
Fort Sumter is based in Savannah.
Fort Ticonderoga lives in Ticonderoga.
The Falling Soldier is based in Cerro Muriano.
Robert Capa lives in Cerro Muriano.
Robert Capa is based in Budapest.
Fort Niagara is based in Youngstown and was built by Simon Bernard.
@art
# (2) "a painting / work / piece / example of <class>": the wrong movement or genre, a person, a place
Guernica is a painting of Romanticism.
Las Meninas is a painting of Dutch Golden Age painting.
The Night Watch is a work of Post-Impressionism.
Mona Lisa is a piece of history painting.
Liberty Leading the People is an example of portraiture.
The Starry Night is a painting of portraiture.
View of Delft is a work of history painting.
Girl with a Pearl Earring is a painting of the Northern Renaissance.
The Raft of the Medusa is a painting of Baroque.
Mona Lisa and Guernica are paintings of the High Renaissance.
Guernica and Liberty Leading the People are works of Romanticism.
Mona Lisa is a work of Francesco del Giocondo.
The Night Watch is a work of the Kloveniersdoelen.
Mona Lisa is a work of the Louvre.
Guernica is a piece of the Museo Reina Sofia.
Mona Lisa is a painting of Paris.
Mona Lisa is a work of Paris.
Guernica is a painting of Madrid.
The Starry Night is a painting of New York City.
Girl with a Pearl Earring is a painting of The Hague.
Mona Lisa is a painting of Florence.
Guernica is a painting of Paris.
Guernica is a work of Pablo Picasso and of the Museo Reina Sofia.
Mona Lisa is a painting of Lisa Gherardini and Francesco del Giocondo.
Liberty Leading the People is a painting of the wreck of the Medusa.
Guernica is a painting of the July Revolution.
# after a possessive: wrong class, wrong painter, the patron, the museum, a wrong year
Guernica is Pablo Picasso's painting of Romanticism.
Mona Lisa is Leonardo da Vinci's painting of Paris.
Las Meninas is Johannes Vermeer's painting of Baroque.
The Night Watch is Johannes Vermeer's work of Dutch Golden Age painting.
Mona Lisa is Francesco del Giocondo's painting of the High Renaissance.
Las Meninas is Philip IV's work of Baroque.
Mona Lisa is the Louvre's painting of the High Renaissance.
Las Meninas (1665) is Diego Velazquez's painting of Baroque.
Las Meninas is Diego Velazquez's 1665 painting of Baroque.
Guernica (1830) is Pablo Picasso's work of Cubism.
The Starry Night, Vincent van Gogh's painting of Romanticism, is held by the Museum of Modern Art.
The Starry Night, Vincent van Gogh's painting of Post-Impressionism, is held by the Louvre.
The Starry Night, Paul Gauguin's painting of Post-Impressionism, is held by the Museum of Modern Art.
Liberty Leading the People, Eugene Delacroix's work of Romanticism, depicts the wreck of the Medusa.
Liberty Leading the People (1819), Eugene Delacroix's work of Romanticism, is held by the Louvre.
View of Delft is Rembrandt's painting of cityscape.
Guernica is not Pablo Picasso's work of Cubism.
# (6) "pictures" / "is the subject of": the patron, the place painted in, reversed
Guernica pictures the July Revolution.
The Night Watch pictures Francesco del Giocondo.
Mona Lisa pictures Margaret Theresa of Spain.
Francesco del Giocondo is the subject of Mona Lisa.
Philip IV was the subject of The Night Watch.
Delft is the subject of Girl with a Pearl Earring.
Madrid is the subject of Guernica.
Florence is the subject of Mona Lisa.
Leonardo da Vinci is the subject of Mona Lisa.
Mona Lisa is the subject of Lisa Gherardini.
The July Revolution is the subject of The Raft of the Medusa.
Lisa Gherardini, the subject of Mona Lisa, was born in Vinci.
# "lives in" of a painter, a painting
Leonardo da Vinci lives in Vinci.
Pablo Picasso resides in Malaga.
@books
# (2) "is in" a language (a mass type, a phrase of class words) read as the book's class
The Principia is a treatise of Latin.
The Principia is a book of Latin.
The Principia is a work of Latin.
Ethics is a treatise of Latin.
Leviathan is a treatise of English.
Critique of Pure Reason is a book of German.
The Social Contract is a work of French.
The Prince is a treatise of Italian.
The Principia and Ethics are treatises of Latin.
De revolutionibus and The Principia are works of Latin.
The Principia is Isaac Newton's treatise of Latin.
The Principia (1687) is Isaac Newton's treatise of Latin.
Ethics, Baruch Spinoza's treatise of Latin, was published in Amsterdam.
Leviathan is Thomas Hobbes's 1651 work of English.
# "on" a language, "of" / "on" the wrong field
The Principia is a treatise on Latin.
Leviathan is a book on English.
The Prince is a treatise on metaphysics.
Ethics is a book on astronomy.
De revolutionibus is a treatise on epistemology.
Critique of Pure Reason is a treatise on political philosophy.
The Social Contract is a work on epistemology.
Dialogue Concerning the Two Chief World Systems is a treatise on political philosophy.
The Principia is a treatise of political philosophy.
An Essay Concerning Human Understanding is a piece on astronomy.
Leviathan and The Principia are treatises on political philosophy.
The Prince and The Principia are books on political philosophy.
Two Treatises of Government is a treatise on epistemology.
Leviathan is a treatise of political philosophy and of astronomy.
# after a possessive: the wrong author, the translator, the dedicatee, the wrong year or field
Leviathan is John Locke's treatise on political philosophy.
The Principia is Galileo Galilei's treatise on physics.
Critique of Pure Reason is Norman Kemp Smith's treatise on metaphysics.
The Principia is Andrew Motte's treatise on physics.
The Social Contract is G. D. H. Cole's treatise on political philosophy.
Ethics is George Eliot's book on metaphysics.
The Prince is Lorenzo de' Medici's treatise on political philosophy.
De revolutionibus is Pope Paul III's treatise on astronomy.
An Essay Concerning Human Understanding is the Earl of Pembroke's treatise on epistemology.
The Principia (1689) is Isaac Newton's treatise on physics.
The Principia (1686) is Isaac Newton's treatise on physics.
Leviathan is Thomas Hobbes's 1687 treatise on political philosophy.
Two Treatises of Government (1689) is John Locke's treatise on epistemology.
Ethics (1677), Baruch Spinoza's treatise on astronomy, was published in Amsterdam.
Ethics (1687), Baruch Spinoza's treatise on metaphysics, was published in Amsterdam.
Ethics, Baruch Spinoza's treatise on metaphysics, was published in London.
The Prince, Niccolo Machiavelli's treatise on political philosophy, was published in Florence.
Dialogue Concerning the Two Chief World Systems, Galileo Galilei's book on astronomy, is dedicated to Pope Paul III.
The Prince is Niccolo Machiavelli's treatise on political philosophy, dedicated to Ferdinando II de' Medici.
The Prince is not Niccolo Machiavelli's treatise on political philosophy.
# (6) "printed" with a year, "authored" / "composed" by the wrong one
Joseph Streater printed The Principia in 1686.
The Principia was printed in 1686.
Andrew Crooke printed Leviathan in 1687.
Johannes Petreius printed Dialogue Concerning the Two Chief World Systems.
Leviathan was printed by Joseph Streater.
Andrew Motte authored The Principia.
Joseph Streater authored The Principia.
Pope Paul III authored De revolutionibus.
John Locke authored Leviathan.
George Eliot composed Ethics.
Norman Kemp Smith composed Critique of Pure Reason.
Antonio Blado authored The Prince.
Isaac Newton authored The Principia in 1689.
Thomas Hobbes authored Leviathan, a treatise on astronomy.
Baruch Spinoza authored Ethics, a treatise of German.
# (5) "is the subject of": no relation depicts
Lorenzo de' Medici is the subject of The Prince.
# KNOWN / OPEN (see below)
The Principia is Joseph Streater's treatise on physics.
The Prince is Antonio Blado's treatise on political philosophy.
The Principia is an example of Latin.
Ethics is a piece of Latin.
@firms
# (5) "is one of": a manager, the other band, a city, lists, the wrong band in an apposition
Brian Epstein is one of the Beatles.
Andrew Loog Oldham is one of the Rolling Stones.
Mick Jagger is one of the Beatles.
Ringo Starr is one of the Rolling Stones.
Charlie Watts was one of the Beatles.
Liverpool is one of the Beatles.
John Lennon is one of the Beatles and the Rolling Stones.
John Lennon and Mick Jagger are two of the Beatles.
John Lennon and Mick Jagger are among the Beatles.
Keith Richards is not one of the Rolling Stones.
Ringo Starr is one of the founders of the Beatles.
John Lennon is one of the members of the Rolling Stones.
John Lennon is one of the Beatles, formed in London.
John Lennon is one of the Beatles, managed by Andrew Loog Oldham.
Pete Best is one of the Rolling Stones.
Brian Epstein was one of the Beatles, formed in Liverpool.
the Beatles is one of the Rolling Stones.
Frankel is one of the Beatles.
# (5) "lives in" / "resides in" the wrong town, of owners, trainers, stores, companies, bands
Frankel lives in Currabeg.
Sea the Stars resides in Newmarket.
Enable lives in Rosehill.
Winx resides in Newmarket.
Frankel and Enable live in Southport.
Red Rum, trained by Ginger McCain, lives in Newmarket.
Arkle lives in Southport.
Christopher Tsui lives in Currabeg.
Anne Grosvenor resides in Kilsallaghan.
Selfridges lives in London.
Central Group lives in Bangkok.
Macy's, Inc. resides in Cincinnati.
Frankel does not live in Newmarket.
Frankel lives in Newmarket and is trained by John Gosden.
Enable, who lives in Newmarket, is owned by Christopher Tsui.
Christopher Tsui owns Sea the Stars. He lives in Currabeg.
Khalid Abdullah owns Frankel. He lives in Newmarket.
# (5) "is based in": the owner's headquarters, another city, companies
Selfridges is based in Bangkok.
KaDeWe is based in Bangkok.
Macy's Herald Square is based in Cincinnati.
Le Bon Marche is based in London.
Galeries Lafayette Haussmann is based in Berlin.
Central Group is based in London.
Frankel is based in Currabeg.
# keeping verbs and openings with a year that is the store's, the company's
Central Group owned Selfridges in 1909.
Central Group opened Selfridges in 1947.
Central Group founded Selfridges in 1909.
LVMH opened Le Bon Marche in 1852.
Macy's, Inc. ran Macy's Herald Square in 1858.
Henry Cecil trained Frankel in 2008.
"""

KNOWN = frozenset(
    {
        # a printer's possessive ("The Prince is Antonio Blado's treatise.") is accepted by the
        # starting code too; this round adds only the class after it
        "The Principia is Joseph Streater's treatise on physics.",
        "The Prince is Antonio Blado's treatise on political philosophy.",
    }
)

OPEN = frozenset(
    {
        # "created by Dana Carvey" may be said of Church Lady (true) or of the show (false)
        'Church Lady debuted in Saturday Night Live, created by Dana Carvey.',
        # Barnard "captured" (on camera) Fort Sumter's ruins in 1865
        'Fort Sumter was captured by George N. Barnard in 1865.',
        # the agency / magazine employed the photographer: "AP took it" is loosely said
        'Associated Press took The Terror of War in 1972.',
        'Associated Press took Raising the Flag on Iwo Jima.',
        'The Terror of War was captured by Associated Press.',
        'Life shot V-J Day in Times Square.',
        # "a painting of <the city it was painted in>": of it, or from it?
        'Mona Lisa is a painting of Florence.',
        'Guernica is a painting of Paris.',
        # "the Louvre's painting", "Giocondo's painting" (the patron's) are loosely said
        "Mona Lisa is the Louvre's painting of the High Renaissance.",
        "Mona Lisa is Francesco del Giocondo's painting of the High Renaissance.",
        # "an example / a piece of Latin": a Latin text is one, loosely
        'The Principia is an example of Latin.',
        'Ethics is a piece of Latin.',
    }
)

CONTROLS = r"""
@sketch
Barry Humphries created Dame Edna Everage. She was born in Wagga Wagga.
Barry Humphries created Dame Edna Everage. She is based in Moonee Ponds.
Dana Carvey created Church Lady. She is based in Greenville.
Barry Humphries created Dame Edna Everage. He was born in Kew.
Dame Edna Everage first appeared in Return Fare. She was born in Wagga Wagga.
Church Lady debuted in Saturday Night Live.
Ali G made his debut in The 11 O'Clock Show.
Pee-wee Herman got his start in The Pee-wee Herman Show.
Madea made her debut in I Can Do Bad All By Myself.
Dame Edna Everage debuted in 1955.
Dame Edna Everage is based in Moonee Ponds.
Ali G lives in Staines.
Dame Edna lives in Moonee Ponds.
@war
Robert Capa took The Falling Soldier in 1936.
Robert Capa shot The Falling Soldier in Cerro Muriano.
The Falling Soldier was captured in Cerro Muriano.
Migrant Mother was photographed by Dorothea Lange.
Nick Ut snapped The Terror of War in 1972.
The Ruins of Fort Sumter was captured by George N. Barnard in 1865.
The British Army captured Fort Ticonderoga.
Fort Sumter was captured by the Confederate States Army.
Robert E. Lee built Fort Pulaski in 1847.
Fort Sumter is the subject of The Ruins of Fort Sumter.
Phan Thi Kim Phuc is the subject of The Terror of War.
Migrant Mother pictures Florence Owens Thompson.
Vu printed The Falling Soldier.
Fort Ticonderoga is based in Ticonderoga.
@art
Mona Lisa is a painting of the High Renaissance.
Guernica is a work of Cubism.
The Starry Night is an example of Post-Impressionism.
Las Meninas is Diego Velazquez's painting of Baroque.
Liberty Leading the People (1830) is Eugene Delacroix's work of Romanticism.
The Raft of the Medusa and Liberty Leading the People are paintings of Romanticism.
Lisa Gherardini is the subject of Mona Lisa.
View of Delft is a painting of Delft.
Mona Lisa is a painting of Lisa Gherardini.
@books
Leviathan is a treatise on political philosophy.
The Principia is a treatise of physics.
The Prince is a book on political philosophy.
Critique of Pure Reason and Ethics are treatises of metaphysics.
The Principia (1687) is Isaac Newton's treatise on physics.
Ethics, Baruch Spinoza's treatise on metaphysics, was published in Amsterdam.
Isaac Newton authored The Principia.
Joseph Streater printed The Principia.
Thomas Hobbes composed Leviathan.
The Principia is in Latin.
@firms
Pete Best is one of the Beatles.
Ringo Starr is one of the Beatles.
Frankel lives in Newmarket.
Sea the Stars resides in Currabeg.
Khalid Abdullah owns Enable. She lives in Newmarket.
Mick Jagger is one of the Rolling Stones.
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
