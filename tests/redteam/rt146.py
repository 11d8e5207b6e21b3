"""Red team round 146: this round's new readings (CHANGES.diff). (1) a relation "originated in"
also reads "comes / came / hails / originates from", "is / was from", "from"; (2) "is <participle>
both in A and in B" (and at / on / by); (3) after "but" (and an optional comma) and an auxiliary,
the clause's subject goes on ("Burberry was founded in Basingstoke but is headquartered in
London"); (4) a relation "holds" (inverse "is held by") whose subjects are libraries, archives,
museums or galleries: the work "is in the collection of / belongs to (the collection of) / is kept
at / is housed at / hangs in / is on display at / can be seen at / is at / is owned by" the holder;
(5) "organise" also reads "put on", "stage"; (6) "is a member of" also reads "is part of", "belongs
to"; (7) a battle "was fought / took place / happened / occurred during" the war it "was fought as
part of", and "belonged to" it; a battle's declared "was a" reads every copula form, any other
declared "was a" only the past ones; (8) one verb with two prepositions also with "during" and
with an adverb ("were both fought in France during the First World War").

Four graphs of my own:

* food: dishes, desserts, a pastry, cheeses and teas with the place each originated in (a city, a
  town, a village, a region or a country: "originated in"), the period each dates from (a second
  relation read with "is from": "Brie is from the Middle Ages"), what each is made from (a third
  "from"), the chef who created it, the restaurant, hotel or bakery it is served at, the country
  it is popular in; the chefs' birthplaces (so a creator "is from" somewhere else than the dish);
  the country each place is in; a user with ratings;
* music: bands with the city each "comes from" (a relation of its own, beside the genres'
  "originated in"), the genre each plays, the label each is signed to (labels are based in a city
  and owned by a group: "belongs to"), the festivals each performed at (festivals are organised by
  a promoter or a farmer, "put on" / "staged", and held in a town); musicians, the band each "is a
  member of" ("is part of", "belongs to") and the city each was born in; albums recorded by a band
  in a city; the state or country each city is in; a user with ratings;
* archives: libraries, an archive, museums and a gallery that hold works ("holds", inverse "is
  held by"), the city each is located in, who founded it, the university it is part of and the
  consortium it is a member of (a second "part of"); manuscripts, a charter, books, maps and
  paintings with their scribe or painter, the place each was made in, the period each dates from,
  the movement a painting "belongs to the", the collectors who bought one; the country each city
  is in; a user with ratings;
* wars: battles and sieges with the war each was fought as part of, the place each took place in
  (places are in countries; four battles took place in a country itself), the kind each was ("was
  a": land, naval or air battle, siege), the commanders at each, the memorial that commemorates it
  and its architect; historic sites with what each was ("was a": a past use, a second relation of
  the same phrase, on non-battles) and is now ("is now a"), the place each is located in; wars
  ended by treaties; a user with ratings.

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


def food():
    """Dishes, desserts, cheeses and teas: the place each originated in (a city, a region or a
    country), the period each dates from (a second relation read with "is from"), what each is
    made from (a third "from"), who created each, the restaurant each is served at, the country
    each is popular in; chefs' birthplaces; the country each place is in; a user with ratings."""
    foods = ("dish", "dessert", "cheese", "tea", "pastry")
    rels = [
        R("originated_in", phrase="originated in", inverse_phrase="is the birthplace of", domain=foods,
          range=("city", "town", "village", "region", "country")),
        R("dates_from", phrase="dates from", inverse_phrase="saw the birth of", domain=foods, range=("period",)),
        R("made_from", phrase="is made from", inverse_phrase="is used to make", domain=foods,
          range=("ingredient", "cheese")),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=foods, range=("chef", "baker")),
        R("served_at", phrase="is served at", inverse_phrase="serves", domain=foods,
          range=("restaurant", "hotel", "bakery")),
        R("popular_in", phrase="is popular in", inverse_phrase="has a taste for", domain=foods, range=("country",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("restaurant", "hotel", "bakery"),
          range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of the chef", domain=("chef", "baker"),
          range=("city", "town", "village")),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("city", "town", "village", "region"),
          range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:margherita": ("dish", "Pizza Margherita", 1889), "f:carbonara": ("dish", "Carbonara", 1944),
        "f:caesar": ("dish", "Caesar salad", 1924), "f:paella": ("dish", "Paella", None),
        "f:pekingduck": ("dish", "Peking duck", None), "f:tiramisu": ("dessert", "Tiramisu", 1969),
        "f:melba": ("dessert", "Peach Melba", 1892), "f:sacher": ("dessert", "Sachertorte", 1832),
        "f:nata": ("pastry", "Pastel de nata", 1837), "f:brie": ("cheese", "Brie", None),
        "f:roquefort": ("cheese", "Roquefort", None), "f:feta": ("cheese", "Feta", None),
        "f:parmesan": ("cheese", "Parmigiano-Reggiano", None), "f:gouda": ("cheese", "Gouda cheese", None),
        "f:cheddar": ("cheese", "Cheddar cheese", None), "f:mozzarella": ("cheese", "Mozzarella", None),
        "f:darjeeling": ("tea", "Darjeeling tea", None), "f:earlgrey": ("tea", "Earl Grey", None),
    }
    others = {
        "y:naples": ("city", "Naples"), "y:rome": ("city", "Rome"), "y:treviso": ("city", "Treviso"),
        "y:tijuana": ("city", "Tijuana"), "y:london": ("city", "London"), "y:vienna": ("city", "Vienna"),
        "y:beijing": ("city", "Beijing"), "y:lisbon": ("city", "Lisbon"), "y:valencia": ("city", "Valencia"),
        "y:gouda": ("town", "Gouda"), "y:cheddar": ("village", "Cheddar"),
        "y:roquefort": ("village", "Roquefort-sur-Soulzon"), "y:darjeeling": ("town", "Darjeeling"),
        "y:baveno": ("town", "Baveno"), "y:villeneuve": ("town", "Villeneuve-Loubet"), "y:newyork": ("city", "New York"),
        "r:iledefrance": ("region", "Île-de-France"), "r:emilia": ("region", "Emilia-Romagna"),
        "r:campania": ("region", "Campania"),
        "k:italy": ("country", "Italy"), "k:mexico": ("country", "Mexico"), "k:england": ("country", "England"),
        "k:usa": ("country", "United States"), "k:austria": ("country", "Austria"), "k:china": ("country", "China"),
        "k:portugal": ("country", "Portugal"), "k:spain": ("country", "Spain"), "k:netherlands": ("country", "Netherlands"),
        "k:france": ("country", "France"), "k:greece": ("country", "Greece"), "k:india": ("country", "India"),
        "k:japan": ("country", "Japan"), "k:germany": ("country", "Germany"),
        "p:middle": ("period", "Middle Ages"), "p:antiquity": ("period", "Antiquity"), "p:ming": ("period", "Ming dynasty"),
        "p:victorian": ("period", "Victorian era"),
        "i:cowmilk": ("ingredient", "cow's milk"), "i:sheepmilk": ("ingredient", "sheep's milk"),
        "i:goatmilk": ("ingredient", "goat's milk"), "i:buffalomilk": ("ingredient", "buffalo milk"),
        "i:mascarpone": ("ingredient", "mascarpone"), "i:guanciale": ("ingredient", "guanciale"),
        "i:bergamot": ("ingredient", "bergamot"), "i:rice": ("ingredient", "rice"), "i:saffron": ("ingredient", "saffron"),
        "c:cardini": ("chef", "Caesar Cardini"), "c:escoffier": ("chef", "Auguste Escoffier"),
        "c:sacher": ("chef", "Franz Sacher"), "c:esposito": ("chef", "Raffaele Esposito"),
        "c:campeol": ("chef", "Ado Campeol"),
        "h:sacher": ("hotel", "Hotel Sacher"), "h:savoy": ("hotel", "Savoy Hotel"), "h:quanjude": ("restaurant", "Quanjude"),
        "h:belem": ("bakery", "Pastéis de Belém"), "h:brandi": ("restaurant", "Pizzeria Brandi"),
        "h:beccherie": ("restaurant", "Le Beccherie"),
    }
    T = [
        ("f:margherita", "originated_in", "y:naples"), ("f:carbonara", "originated_in", "y:rome"),
        ("f:caesar", "originated_in", "y:tijuana"), ("f:paella", "originated_in", "y:valencia"),
        ("f:pekingduck", "originated_in", "y:beijing"), ("f:tiramisu", "originated_in", "y:treviso"),
        ("f:melba", "originated_in", "y:london"), ("f:sacher", "originated_in", "y:vienna"),
        ("f:nata", "originated_in", "y:lisbon"), ("f:brie", "originated_in", "r:iledefrance"),
        ("f:roquefort", "originated_in", "y:roquefort"), ("f:feta", "originated_in", "k:greece"),
        ("f:parmesan", "originated_in", "r:emilia"), ("f:gouda", "originated_in", "y:gouda"),
        ("f:cheddar", "originated_in", "y:cheddar"), ("f:mozzarella", "originated_in", "r:campania"),
        ("f:darjeeling", "originated_in", "y:darjeeling"), ("f:earlgrey", "originated_in", "k:england"),
        ("f:brie", "dates_from", "p:middle"), ("f:roquefort", "dates_from", "p:middle"),
        ("f:parmesan", "dates_from", "p:middle"), ("f:gouda", "dates_from", "p:middle"),
        ("f:cheddar", "dates_from", "p:middle"), ("f:feta", "dates_from", "p:antiquity"),
        ("f:pekingduck", "dates_from", "p:ming"), ("f:earlgrey", "dates_from", "p:victorian"),
        ("f:melba", "dates_from", "p:victorian"),
        ("f:roquefort", "made_from", "i:sheepmilk"), ("f:feta", "made_from", "i:sheepmilk"),
        ("f:feta", "made_from", "i:goatmilk"), ("f:brie", "made_from", "i:cowmilk"),
        ("f:parmesan", "made_from", "i:cowmilk"), ("f:gouda", "made_from", "i:cowmilk"),
        ("f:cheddar", "made_from", "i:cowmilk"), ("f:mozzarella", "made_from", "i:buffalomilk"),
        ("f:margherita", "made_from", "f:mozzarella"), ("f:tiramisu", "made_from", "i:mascarpone"),
        ("f:carbonara", "made_from", "i:guanciale"), ("f:earlgrey", "made_from", "i:bergamot"),
        ("f:paella", "made_from", "i:rice"), ("f:paella", "made_from", "i:saffron"),
        ("f:caesar", "created_by", "c:cardini"), ("f:melba", "created_by", "c:escoffier"),
        ("f:sacher", "created_by", "c:sacher"), ("f:margherita", "created_by", "c:esposito"),
        ("f:tiramisu", "created_by", "c:campeol"),
        ("f:sacher", "served_at", "h:sacher"), ("f:melba", "served_at", "h:savoy"),
        ("f:pekingduck", "served_at", "h:quanjude"), ("f:nata", "served_at", "h:belem"),
        ("f:margherita", "served_at", "h:brandi"), ("f:tiramisu", "served_at", "h:beccherie"),
        ("f:margherita", "popular_in", "k:usa"), ("f:caesar", "popular_in", "k:usa"),
        ("f:paella", "popular_in", "k:england"), ("f:cheddar", "popular_in", "k:usa"),
        ("f:feta", "popular_in", "k:germany"), ("f:tiramisu", "popular_in", "k:japan"),
        ("h:sacher", "located_in", "y:vienna"), ("h:savoy", "located_in", "y:london"),
        ("h:quanjude", "located_in", "y:beijing"), ("h:belem", "located_in", "y:lisbon"),
        ("h:brandi", "located_in", "y:naples"), ("h:beccherie", "located_in", "y:treviso"),
        ("c:cardini", "born_in", "y:baveno"), ("c:escoffier", "born_in", "y:villeneuve"),
        ("c:sacher", "born_in", "y:vienna"), ("c:esposito", "born_in", "y:naples"), ("c:campeol", "born_in", "y:treviso"),
        ("y:naples", "place_in", "k:italy"), ("y:rome", "place_in", "k:italy"), ("y:treviso", "place_in", "k:italy"),
        ("y:tijuana", "place_in", "k:mexico"), ("y:london", "place_in", "k:england"),
        ("y:vienna", "place_in", "k:austria"), ("y:beijing", "place_in", "k:china"),
        ("y:lisbon", "place_in", "k:portugal"), ("y:valencia", "place_in", "k:spain"),
        ("y:gouda", "place_in", "k:netherlands"), ("y:cheddar", "place_in", "k:england"),
        ("y:roquefort", "place_in", "k:france"), ("y:darjeeling", "place_in", "k:india"),
        ("y:baveno", "place_in", "k:italy"), ("y:villeneuve", "place_in", "k:france"),
        ("y:newyork", "place_in", "k:usa"),
        ("r:iledefrance", "place_in", "k:france"), ("r:emilia", "place_in", "k:italy"),
        ("r:campania", "place_in", "k:italy"),
        ("user:ada", "rated", "f:margherita", {"rating": 5.0}), ("user:ada", "rated", "f:tiramisu", {"rating": 4.5}),
        ("user:ada", "rated", "f:brie", {"rating": 2.0}), ("user:ada", "rated", "f:feta", {"rating": 4.0}),
        ("user:ada", "rated", "f:pekingduck", {"rating": 1.5}), ("user:ada", "rated", "f:sacher", {"rating": 5.0}),
        ("user:ada", "rated", "f:earlgrey", {"rating": 3.0}),
    ]
    aliases = {"f:parmesan": ("Parmesan",),
               "k:usa": ("the United States",), "c:escoffier": ("Escoffier",), "c:cardini": ("Cardini",),
               "f:margherita": ("the Margherita",), "h:savoy": ("the Savoy",)}
    return _build(items, others, rels, T, users=[("user:ada", "Ada")], aliases=aliases)


def music():
    """Bands with the city each comes from ("comes from": a second relation of origin beside the
    genres' "originated in"), the genre each plays, the label each is signed to (labels are based
    in a city and owned by a group), the festivals each performed at (festivals are organised by a
    promoter and held in a town); musicians, the band each is a member of and the city each was
    born in; the state or country each city is in; albums recorded by a band in a city; a user with
    ratings."""
    players = ("singer", "guitarist", "drummer", "bassist", "musician")
    rels = [
        R("comes_from", phrase="comes from", inverse_phrase="is the hometown of", domain=("band",), range=("city", "town")),
        R("originated_in", phrase="originated in", inverse_phrase="is the birthplace of", domain=("genre",),
          range=("city", "country")),
        R("member_of", phrase="is a member of", inverse_phrase="has the member", domain=players, range=("band",)),
        R("plays", phrase="plays", inverse_phrase="is played by", domain=("band",), range=("genre",)),
        R("signed_to", phrase="is signed to", inverse_phrase="has signed", domain=("band",), range=("label",)),
        R("label_owner", phrase="is owned by", inverse_phrase="owns", domain=("label",), range=("group",)),
        R("based_in", phrase="is based in", inverse_phrase="is the base of", domain=("label", "promoter"),
          range=("city",)),
        R("performed_at", phrase="performed at", inverse_phrase="featured", domain=("band",), range=("festival",)),
        R("organised_by", phrase="is organised by", inverse_phrase="organises", domain=("festival",),
          range=("promoter", "farmer")),
        R("held_in", phrase="is held in", inverse_phrase="hosts", domain=("festival",), range=("town", "village", "city")),
        R("recorded_by", phrase="was recorded by", inverse_phrase="recorded", domain=("album",), range=("band",)),
        R("recorded_in", phrase="was recorded in", inverse_phrase="saw the recording of", domain=("album",),
          range=("city", "town")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of the musician", domain=players,
          range=("city", "town")),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("city", "town", "village"),
          range=("state", "country")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:nirvana": ("band", "Nirvana", 1987), "b:foo": ("band", "Foo Fighters", 1994),
        "b:pearljam": ("band", "Pearl Jam", 1990), "b:soundgarden": ("band", "Soundgarden", 1984),
        "b:oasis": ("band", "Oasis", 1991), "b:blur": ("band", "Blur", 1988),
        "b:roses": ("band", "The Stone Roses", 1983), "b:massive": ("band", "Massive Attack", 1988),
        "b:portishead": ("band", "Portishead", 1991), "b:arctic": ("band", "Arctic Monkeys", 2002),
        "g:grunge": ("genre", "Grunge", 1985), "g:britpop": ("genre", "Britpop", 1993),
        "g:madchester": ("genre", "Madchester", 1988), "g:triphop": ("genre", "Trip hop", 1991),
        "a:nevermind": ("album", "Nevermind", 1991), "a:ten": ("album", "Ten", 1991),
        "a:definitely": ("album", "Definitely Maybe", 1994), "a:parklife": ("album", "Parklife", 1994),
        "a:dummy": ("album", "Dummy", 1994), "a:bluelines": ("album", "Blue Lines", 1991),
    }
    others = {
        "g:indie": ("genre", "indie rock"), "g:altrock": ("genre", "alternative rock"),
        "m:cobain": ("singer", "Kurt Cobain"), "m:grohl": ("drummer", "Dave Grohl"),
        "m:novoselic": ("bassist", "Krist Novoselic"), "m:vedder": ("singer", "Eddie Vedder"),
        "m:cornell": ("singer", "Chris Cornell"), "m:noel": ("guitarist", "Noel Gallagher"),
        "m:liam": ("singer", "Liam Gallagher"), "m:albarn": ("singer", "Damon Albarn"),
        "m:brown": ("singer", "Ian Brown"), "m:gibbons": ("singer", "Beth Gibbons"),
        "m:turner": ("singer", "Alex Turner"), "m:delnaja": ("musician", "Robert Del Naja"),
        "l:subpop": ("label", "Sub Pop"), "l:creation": ("label", "Creation Records"), "l:food": ("label", "Food Records"),
        "l:gobeat": ("label", "Go! Beat"), "l:domino": ("label", "Domino Recording Company"),
        "l:epic": ("label", "Epic Records"),
        "o:warner": ("group", "Warner Music Group"), "o:emi": ("group", "EMI"), "o:sony": ("group", "Sony Music"),
        "v:reading": ("festival", "Reading Festival"), "v:glasto": ("festival", "Glastonbury Festival"),
        "v:lolla": ("festival", "Lollapalooza"),
        "o:republic": ("promoter", "Festival Republic"), "o:eavis": ("farmer", "Michael Eavis"),
        "o:c3": ("promoter", "C3 Presents"),
        "y:aberdeen": ("city", "Aberdeen"), "y:seattle": ("city", "Seattle"), "y:warren": ("city", "Warren"),
        "y:evanston": ("city", "Evanston"), "y:chicago": ("city", "Chicago"), "y:austin": ("city", "Austin"),
        "y:manchester": ("city", "Manchester"), "y:london": ("city", "London"), "y:bristol": ("city", "Bristol"),
        "y:sheffield": ("city", "Sheffield"), "y:exeter": ("city", "Exeter"), "y:reading": ("town", "Reading"),
        "y:pilton": ("village", "Pilton"), "y:vannuys": ("town", "Van Nuys"), "y:monmouth": ("town", "Monmouth"),
        "s:washington": ("state", "Washington"), "s:ohio": ("state", "Ohio"), "s:illinois": ("state", "Illinois"),
        "s:texas": ("state", "Texas"), "s:california": ("state", "California"),
        "k:england": ("country", "England"), "k:wales": ("country", "Wales"),
    }
    T = [
        ("b:nirvana", "comes_from", "y:aberdeen"), ("b:foo", "comes_from", "y:seattle"),
        ("b:pearljam", "comes_from", "y:seattle"), ("b:soundgarden", "comes_from", "y:seattle"),
        ("b:oasis", "comes_from", "y:manchester"), ("b:blur", "comes_from", "y:london"),
        ("b:roses", "comes_from", "y:manchester"), ("b:massive", "comes_from", "y:bristol"),
        ("b:portishead", "comes_from", "y:bristol"), ("b:arctic", "comes_from", "y:sheffield"),
        ("g:grunge", "originated_in", "y:seattle"), ("g:britpop", "originated_in", "y:london"),
        ("g:madchester", "originated_in", "y:manchester"), ("g:triphop", "originated_in", "y:bristol"),
        ("m:cobain", "member_of", "b:nirvana"), ("m:grohl", "member_of", "b:nirvana"),
        ("m:grohl", "member_of", "b:foo"), ("m:novoselic", "member_of", "b:nirvana"),
        ("m:vedder", "member_of", "b:pearljam"), ("m:cornell", "member_of", "b:soundgarden"),
        ("m:noel", "member_of", "b:oasis"), ("m:liam", "member_of", "b:oasis"), ("m:albarn", "member_of", "b:blur"),
        ("m:brown", "member_of", "b:roses"), ("m:gibbons", "member_of", "b:portishead"),
        ("m:turner", "member_of", "b:arctic"), ("m:delnaja", "member_of", "b:massive"),
        ("b:nirvana", "plays", "g:grunge"), ("b:pearljam", "plays", "g:grunge"), ("b:soundgarden", "plays", "g:grunge"),
        ("b:foo", "plays", "g:altrock"), ("b:oasis", "plays", "g:britpop"), ("b:blur", "plays", "g:britpop"),
        ("b:roses", "plays", "g:madchester"), ("b:massive", "plays", "g:triphop"),
        ("b:portishead", "plays", "g:triphop"), ("b:arctic", "plays", "g:indie"),
        ("b:nirvana", "signed_to", "l:subpop"), ("b:soundgarden", "signed_to", "l:subpop"),
        ("b:oasis", "signed_to", "l:creation"), ("b:blur", "signed_to", "l:food"),
        ("b:portishead", "signed_to", "l:gobeat"), ("b:arctic", "signed_to", "l:domino"),
        ("b:pearljam", "signed_to", "l:epic"),
        ("l:subpop", "label_owner", "o:warner"), ("l:food", "label_owner", "o:emi"), ("l:epic", "label_owner", "o:sony"),
        ("l:subpop", "based_in", "y:seattle"), ("l:creation", "based_in", "y:london"),
        ("l:domino", "based_in", "y:london"), ("l:food", "based_in", "y:london"),
        ("o:republic", "based_in", "y:london"), ("o:c3", "based_in", "y:austin"),
        ("b:nirvana", "performed_at", "v:reading"), ("b:arctic", "performed_at", "v:reading"),
        ("b:oasis", "performed_at", "v:glasto"), ("b:blur", "performed_at", "v:glasto"),
        ("b:pearljam", "performed_at", "v:lolla"), ("b:soundgarden", "performed_at", "v:lolla"),
        ("v:reading", "organised_by", "o:republic"), ("v:glasto", "organised_by", "o:eavis"),
        ("v:lolla", "organised_by", "o:c3"),
        ("v:reading", "held_in", "y:reading"), ("v:glasto", "held_in", "y:pilton"), ("v:lolla", "held_in", "y:chicago"),
        ("a:nevermind", "recorded_by", "b:nirvana"), ("a:ten", "recorded_by", "b:pearljam"),
        ("a:definitely", "recorded_by", "b:oasis"), ("a:parklife", "recorded_by", "b:blur"),
        ("a:dummy", "recorded_by", "b:portishead"), ("a:bluelines", "recorded_by", "b:massive"),
        ("a:nevermind", "recorded_in", "y:vannuys"), ("a:ten", "recorded_in", "y:seattle"),
        ("a:definitely", "recorded_in", "y:monmouth"), ("a:parklife", "recorded_in", "y:london"),
        ("a:dummy", "recorded_in", "y:bristol"), ("a:bluelines", "recorded_in", "y:bristol"),
        ("m:cobain", "born_in", "y:aberdeen"), ("m:grohl", "born_in", "y:warren"), ("m:vedder", "born_in", "y:evanston"),
        ("m:cornell", "born_in", "y:seattle"), ("m:noel", "born_in", "y:manchester"),
        ("m:liam", "born_in", "y:manchester"), ("m:albarn", "born_in", "y:london"),
        ("m:turner", "born_in", "y:sheffield"), ("m:gibbons", "born_in", "y:exeter"),
        ("m:delnaja", "born_in", "y:bristol"),
        ("y:aberdeen", "place_in", "s:washington"), ("y:seattle", "place_in", "s:washington"),
        ("y:warren", "place_in", "s:ohio"), ("y:evanston", "place_in", "s:illinois"),
        ("y:chicago", "place_in", "s:illinois"), ("y:austin", "place_in", "s:texas"),
        ("y:vannuys", "place_in", "s:california"),
        ("y:manchester", "place_in", "k:england"), ("y:london", "place_in", "k:england"),
        ("y:bristol", "place_in", "k:england"), ("y:sheffield", "place_in", "k:england"),
        ("y:exeter", "place_in", "k:england"), ("y:reading", "place_in", "k:england"),
        ("y:pilton", "place_in", "k:england"), ("y:monmouth", "place_in", "k:wales"),
        ("user:bo", "rated", "b:nirvana", {"rating": 5.0}), ("user:bo", "rated", "b:oasis", {"rating": 4.5}),
        ("user:bo", "rated", "b:blur", {"rating": 2.0}), ("user:bo", "rated", "a:nevermind", {"rating": 5.0}),
        ("user:bo", "rated", "a:dummy", {"rating": 4.0}), ("user:bo", "rated", "g:grunge", {"rating": 4.5}),
        ("user:bo", "rated", "g:britpop", {"rating": 1.5}), ("user:bo", "rated", "b:pearljam", {"rating": 3.0}),
    ]
    aliases = {"m:cobain": ("Cobain",), "m:grohl": ("Grohl",), "m:vedder": ("Vedder",), "m:albarn": ("Albarn",),
               "m:noel": ("Noel",), "m:liam": ("Liam",), "o:eavis": ("Eavis",), "v:glasto": ("Glastonbury",),
               "v:reading": ("Reading",), "l:domino": ("Domino",), "l:creation": ("Creation",)}
    return _build(items, others, rels, T, users=[("user:bo", "Bo")], aliases=aliases)


def archives():
    """Libraries, archives, museums and a gallery that hold works ("holds", inverse "is held by":
    the holder as subject), the city each holder is located in, who founded it, the university it
    is part of; manuscripts, charters, books, maps and paintings with their scribe, author or
    painter, the place each was made in, the period each dates from, the movement a painting
    belongs to, the collector who bought one; the country each city is in; a user with ratings."""
    holders = ("library", "archive", "museum", "gallery")
    works = ("manuscript", "charter", "book", "painting", "map", "letter")
    rels = [
        R("holds", phrase="holds", inverse_phrase="is held by", domain=holders, range=works),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=holders, range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=holders,
          range=("scholar", "banker", "pope", "queen", "king")),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=holders, range=("university",)),
        R("member_of", phrase="is a member of", inverse_phrase="counts among its members", domain=("library",),
          range=("consortium",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("manuscript", "book", "letter"),
          range=("scribe", "author", "monk", "painter")),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("made_in", phrase="was made in", inverse_phrase="saw the making of", domain=works,
          range=("city", "island", "town")),
        R("dates_from", phrase="dates from", inverse_phrase="produced", domain=works, range=("period",)),
        R("movement", phrase="belongs to the movement", inverse_phrase="includes the work", domain=("painting",),
          range=("movement",)),
        R("bought_by", phrase="was bought by", inverse_phrase="bought", domain=works, range=("collector",)),
        R("city_in", phrase="is in", inverse_phrase="contains", domain=("city", "island", "town"), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "w:lindisfarne": ("manuscript", "Lindisfarne Gospels", 715), "w:kells": ("manuscript", "Book of Kells", 800),
        "w:vaticanus": ("manuscript", "Codex Vaticanus", 350), "w:leicester": ("manuscript", "Codex Leicester", 1510),
        "w:magna": ("charter", "Magna Carta", 1215), "w:domesday": ("manuscript", "Domesday Book", 1086),
        "w:gutenberg": ("book", "Gutenberg Bible", 1455), "w:folio": ("book", "First Folio", 1623),
        "w:monalisa": ("painting", "Mona Lisa", 1503), "w:nightwatch": ("painting", "The Night Watch", 1642),
        "w:haywain": ("painting", "The Hay Wain", 1821), "w:sunflowers": ("painting", "Sunflowers", 1888),
        "w:mappa": ("map", "Hereford Mappa Mundi", 1300), "w:juliana": ("map", "Juliana Map", 1600),
    }
    others = {
        "h:bl": ("library", "British Library"), "h:bodleian": ("library", "Bodleian Library"),
        "h:trinity": ("library", "Trinity College Library"), "h:vatican": ("library", "Vatican Library"),
        "h:morgan": ("library", "Morgan Library"), "h:folger": ("library", "Folger Shakespeare Library"),
        "h:tna": ("archive", "The National Archives"), "h:louvre": ("museum", "Louvre"),
        "h:rijks": ("museum", "Rijksmuseum"), "h:ng": ("gallery", "National Gallery"),
        "h:vangogh": ("museum", "Van Gogh Museum"),
        "y:london": ("city", "London"), "y:oxford": ("city", "Oxford"), "y:dublin": ("city", "Dublin"),
        "y:vatican": ("city", "Vatican City"), "y:newyork": ("city", "New York"), "y:washington": ("city", "Washington"),
        "y:kew": ("town", "Kew"), "y:paris": ("city", "Paris"), "y:amsterdam": ("city", "Amsterdam"),
        "y:florence": ("city", "Florence"), "y:mainz": ("city", "Mainz"), "y:arles": ("town", "Arles"),
        "y:winchester": ("city", "Winchester"), "y:hereford": ("city", "Hereford"),
        "y:lindisfarne": ("island", "Lindisfarne"), "y:iona": ("island", "Iona"), "y:milan": ("city", "Milan"),
        "k:uk": ("country", "United Kingdom"), "k:ireland": ("country", "Ireland"), "k:usa": ("country", "United States"),
        "k:france": ("country", "France"), "k:netherlands": ("country", "Netherlands"), "k:italy": ("country", "Italy"),
        "k:germany": ("country", "Germany"), "k:vatican": ("country", "Holy See"),
        "p:bodley": ("scholar", "Thomas Bodley"), "p:morgan": ("banker", "J. P. Morgan"),
        "p:nicholas": ("pope", "Pope Nicholas V"), "p:elizabeth": ("queen", "Elizabeth I"),
        "p:folger": ("banker", "Henry Clay Folger"), "p:louis": ("king", "Louis Bonaparte"),
        "u:rluk": ("consortium", "Research Libraries UK"),
        "u:irla": ("consortium", "Independent Research Libraries Association"),
        "u:oxford": ("university", "University of Oxford"), "u:tcd": ("university", "Trinity College Dublin"),
        "p:eadfrith": ("monk", "Eadfrith"), "p:leonardo": ("painter", "Leonardo da Vinci"),
        "p:rembrandt": ("painter", "Rembrandt"), "p:constable": ("painter", "John Constable"),
        "p:vangogh": ("painter", "Vincent van Gogh"),
        "p:gates": ("collector", "Bill Gates"), "p:hammer": ("collector", "Armand Hammer"),
        "e:early": ("period", "Early Middle Ages"), "e:high": ("period", "High Middle Ages"),
        "e:renaissance": ("period", "Renaissance"), "e:golden": ("period", "Dutch Golden Age"),
        "e:late": ("period", "Late Antiquity"),
        "s:romanticism": ("movement", "Romanticism"), "s:postimp": ("movement", "Post-Impressionism"),
        "s:baroque": ("movement", "Baroque"), "s:highren": ("movement", "High Renaissance"),
    }
    T = [
        ("h:bl", "holds", "w:lindisfarne"), ("h:bl", "holds", "w:magna"), ("h:bl", "holds", "w:gutenberg"),
        ("h:bodleian", "holds", "w:magna"), ("h:bodleian", "holds", "w:folio"),
        ("h:trinity", "holds", "w:kells"), ("h:vatican", "holds", "w:vaticanus"),
        ("h:morgan", "holds", "w:gutenberg"), ("h:folger", "holds", "w:folio"), ("h:tna", "holds", "w:domesday"),
        ("h:louvre", "holds", "w:monalisa"), ("h:rijks", "holds", "w:nightwatch"), ("h:ng", "holds", "w:haywain"),
        ("h:ng", "holds", "w:sunflowers"), ("h:vangogh", "holds", "w:sunflowers"),
        ("h:rijks", "holds", "w:juliana"),
        ("h:bl", "located_in", "y:london"), ("h:bodleian", "located_in", "y:oxford"),
        ("h:trinity", "located_in", "y:dublin"), ("h:vatican", "located_in", "y:vatican"),
        ("h:morgan", "located_in", "y:newyork"), ("h:folger", "located_in", "y:washington"),
        ("h:tna", "located_in", "y:kew"), ("h:louvre", "located_in", "y:paris"),
        ("h:rijks", "located_in", "y:amsterdam"), ("h:ng", "located_in", "y:london"),
        ("h:vangogh", "located_in", "y:amsterdam"),
        ("h:bodleian", "founded_by", "p:bodley"), ("h:morgan", "founded_by", "p:morgan"),
        ("h:vatican", "founded_by", "p:nicholas"), ("h:folger", "founded_by", "p:folger"),
        ("h:rijks", "founded_by", "p:louis"), ("h:trinity", "founded_by", "p:elizabeth"),
        ("h:bodleian", "part_of", "u:oxford"), ("h:trinity", "part_of", "u:tcd"),
        ("h:bl", "member_of", "u:rluk"), ("h:bodleian", "member_of", "u:rluk"), ("h:trinity", "member_of", "u:rluk"),
        ("h:morgan", "member_of", "u:irla"), ("h:folger", "member_of", "u:irla"),
        ("w:lindisfarne", "written_by", "p:eadfrith"), ("w:leicester", "written_by", "p:leonardo"),
        ("w:monalisa", "painted_by", "p:leonardo"), ("w:nightwatch", "painted_by", "p:rembrandt"),
        ("w:haywain", "painted_by", "p:constable"), ("w:sunflowers", "painted_by", "p:vangogh"),
        ("w:lindisfarne", "made_in", "y:lindisfarne"), ("w:kells", "made_in", "y:iona"),
        ("w:gutenberg", "made_in", "y:mainz"), ("w:monalisa", "made_in", "y:florence"),
        ("w:nightwatch", "made_in", "y:amsterdam"), ("w:haywain", "made_in", "y:london"),
        ("w:sunflowers", "made_in", "y:arles"), ("w:domesday", "made_in", "y:winchester"),
        ("w:mappa", "made_in", "y:hereford"), ("w:leicester", "made_in", "y:milan"),
        ("w:lindisfarne", "dates_from", "e:early"), ("w:kells", "dates_from", "e:early"),
        ("w:magna", "dates_from", "e:high"), ("w:domesday", "dates_from", "e:high"),
        ("w:mappa", "dates_from", "e:high"), ("w:vaticanus", "dates_from", "e:late"),
        ("w:gutenberg", "dates_from", "e:renaissance"), ("w:monalisa", "dates_from", "e:renaissance"),
        ("w:nightwatch", "dates_from", "e:golden"), ("w:juliana", "dates_from", "e:golden"),
        ("w:nightwatch", "movement", "s:baroque"), ("w:haywain", "movement", "s:romanticism"),
        ("w:sunflowers", "movement", "s:postimp"), ("w:monalisa", "movement", "s:highren"),
        ("w:leicester", "bought_by", "p:gates"), ("w:leicester", "bought_by", "p:hammer"),
        ("y:london", "city_in", "k:uk"), ("y:oxford", "city_in", "k:uk"), ("y:dublin", "city_in", "k:ireland"),
        ("y:vatican", "city_in", "k:vatican"), ("y:newyork", "city_in", "k:usa"), ("y:washington", "city_in", "k:usa"),
        ("y:kew", "city_in", "k:uk"), ("y:paris", "city_in", "k:france"), ("y:amsterdam", "city_in", "k:netherlands"),
        ("y:florence", "city_in", "k:italy"), ("y:mainz", "city_in", "k:germany"), ("y:arles", "city_in", "k:france"),
        ("y:winchester", "city_in", "k:uk"), ("y:hereford", "city_in", "k:uk"), ("y:lindisfarne", "city_in", "k:uk"),
        ("y:iona", "city_in", "k:uk"), ("y:milan", "city_in", "k:italy"),
        ("user:cy", "rated", "w:kells", {"rating": 5.0}), ("user:cy", "rated", "w:monalisa", {"rating": 2.0}),
        ("user:cy", "rated", "w:nightwatch", {"rating": 4.5}), ("user:cy", "rated", "w:magna", {"rating": 4.0}),
        ("user:cy", "rated", "w:sunflowers", {"rating": 5.0}), ("user:cy", "rated", "w:domesday", {"rating": 1.0}),
        ("user:cy", "rated", "w:leicester", {"rating": 3.0}),
    ]
    aliases = {"h:bodleian": ("the Bodleian",), "h:tna": ("the National Archives",), "h:morgan": ("the Morgan",),
               "h:folger": ("the Folger",), "p:gates": ("Gates",), "p:bodley": ("Bodley",),
               "w:mappa": ("the Mappa Mundi",), "p:constable": ("Constable",), "k:uk": ("the United Kingdom",),
               "k:usa": ("the United States",), "u:rluk": ("RLUK",)}
    return _build(items, others, rels, T, users=[("user:cy", "Cy")], aliases=aliases)


def wars():
    """Battles and sieges with the war each was fought as part of, the place each took place in
    (places are in countries), the kind each was ("was a": a naval battle, a land battle, an air
    battle, a siege), the commander of each side that commanded it, the memorial that commemorates
    it; historic sites with what each was ("was a": a past use, a second relation of the same
    phrase) and is now ("is now a"), and the place each is located in; wars with the treaty that
    ended each; a user with ratings."""
    fights = ("battle", "siege")
    sites = ("castle", "estate", "island", "fortress")
    rels = [
        R("war", phrase="was fought as part of", inverse_phrase="included", domain=fights, range=("war",)),
        R("took_place_in", phrase="took place in", inverse_phrase="was the site of", domain=fights,
          range=("town", "city", "sea", "village", "region", "atoll", "country")),
        R("kind", phrase="was a", inverse_phrase="was the kind of", domain=fights, range=("kind",)),
        R("commanded", phrase="commanded at", inverse_phrase="was a battle of", domain=("general", "admiral", "marshal"),
          range=fights),
        R("commemorated_by", phrase="is commemorated by", inverse_phrase="commemorates", domain=fights,
          range=("memorial",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("memorial",),
          range=("architect",)),
        R("former_use", phrase="was a", inverse_phrase="was the former use of", domain=sites, range=("facility",)),
        R("current_use", phrase="is now a", inverse_phrase="is the current use of", domain=sites, range=("facility",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=sites + ("memorial",),
          range=("town", "city", "region", "bay")),
        R("ended_by", phrase="was ended by", inverse_phrase="ended", domain=("war",), range=("treaty",)),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("town", "city", "village", "region", "bay"),
          range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:somme": ("battle", "Battle of the Somme", 1916), "b:verdun": ("battle", "Battle of Verdun", 1916),
        "b:jutland": ("battle", "Battle of Jutland", 1916), "b:ypres": ("battle", "First Battle of Ypres", 1914),
        "b:passchendaele": ("battle", "Battle of Passchendaele", 1917),
        "b:britain": ("battle", "Battle of Britain", 1940), "b:stalingrad": ("battle", "Battle of Stalingrad", 1942),
        "b:midway": ("battle", "Battle of Midway", 1942), "b:leningrad": ("siege", "Siege of Leningrad", 1941),
        "b:waterloo": ("battle", "Battle of Waterloo", 1815), "b:trafalgar": ("battle", "Battle of Trafalgar", 1805),
        "b:balaclava": ("battle", "Battle of Balaclava", 1854), "b:sevastopol": ("siege", "Siege of Sevastopol", 1854),
        "b:frontiers": ("battle", "Battle of the Frontiers", 1914), "b:normandy": ("battle", "Battle of Normandy", 1944),
        "b:bulge": ("battle", "Battle of the Bulge", 1944), "b:crete": ("battle", "Battle of Crete", 1941),
        "s:colditz": ("castle", "Colditz Castle", 1046), "s:bletchley": ("estate", "Bletchley Park", 1877),
        "s:alcatraz": ("island", "Alcatraz Island", 1934), "s:robben": ("island", "Robben Island", 1961),
        "s:if": ("fortress", "Château d'If", 1529), "s:ellis": ("island", "Ellis Island", 1892),
        "s:tower": ("castle", "Tower of London", 1078),
    }
    others = {
        "w:ww1": ("war", "First World War"), "w:ww2": ("war", "Second World War"),
        "w:napoleonic": ("war", "Napoleonic Wars"), "w:crimean": ("war", "Crimean War"),
        "t:versailles": ("treaty", "Treaty of Versailles"), "t:paris1856": ("treaty", "Treaty of Paris"),
        "y:somme": ("region", "Somme"), "y:verdun": ("town", "Verdun"), "y:northsea": ("sea", "North Sea"),
        "y:ypres": ("town", "Ypres"), "y:passchendaele": ("village", "Passendale"),
        "y:southengland": ("region", "southern England"), "y:stalingrad": ("city", "Stalingrad"),
        "y:midway": ("atoll", "Midway Atoll"), "y:leningrad": ("city", "Leningrad"), "y:waterloo": ("town", "Waterloo"),
        "y:trafalgar": ("sea", "Cape Trafalgar"), "y:balaclava": ("town", "Balaklava"),
        "y:sevastopol": ("city", "Sevastopol"), "y:colditz": ("town", "Colditz"), "y:bletchley": ("town", "Bletchley"),
        "y:sfbay": ("bay", "San Francisco Bay"), "y:tablebay": ("bay", "Table Bay"), "y:marseille": ("city", "Marseille"),
        "y:nyharbor": ("city", "New York"), "y:london": ("city", "London"), "y:thiepval": ("village", "Thiepval"),
        "k:france": ("country", "France"), "k:belgium": ("country", "Belgium"), "k:russia": ("country", "Russia"),
        "k:england": ("country", "England"), "k:germany": ("country", "Germany"), "k:usa": ("country", "United States"),
        "k:southafrica": ("country", "South Africa"), "k:ukraine": ("country", "Ukraine"),
        "k:land": ("kind", "land battle"), "k:naval": ("kind", "naval battle"), "k:air": ("kind", "air battle"),
        "k:siege": ("kind", "siege"),
        "u:powcamp": ("facility", "prisoner-of-war camp"), "u:codebreaking": ("facility", "codebreaking centre"),
        "u:prison": ("facility", "prison"), "u:immigration": ("facility", "immigration station"),
        "u:museum": ("facility", "museum"), "u:menagerie": ("facility", "menagerie"), "u:hotel": ("facility", "hotel"),
        "u:fort": ("facility", "army garrison"),
        "c:haig": ("general", "Douglas Haig"), "c:petain": ("general", "Philippe Pétain"),
        "c:jellicoe": ("admiral", "John Jellicoe"), "c:scheer": ("admiral", "Reinhard Scheer"),
        "c:dowding": ("marshal", "Hugh Dowding"), "c:zhukov": ("general", "Georgy Zhukov"),
        "c:nimitz": ("admiral", "Chester Nimitz"), "c:wellington": ("general", "Duke of Wellington"),
        "c:nelson": ("admiral", "Horatio Nelson"), "c:raglan": ("general", "Lord Raglan"),
        "c:foch": ("general", "Ferdinand Foch"), "c:joffre": ("general", "Joseph Joffre"),
        "c:montgomery": ("general", "Bernard Montgomery"), "c:eisenhower": ("general", "Dwight D. Eisenhower"),
        "c:freyberg": ("general", "Bernard Freyberg"), "k:greece": ("country", "Greece"),
        "m:thiepval": ("memorial", "Thiepval Memorial"), "m:menin": ("memorial", "Menin Gate"),
        "m:lion": ("memorial", "Lion's Mound"), "m:column": ("memorial", "Nelson's Column"),
        "a:lutyens": ("architect", "Edwin Lutyens"), "a:blomfield": ("architect", "Reginald Blomfield"),
        "a:railton": ("architect", "William Railton"),
    }
    T = [
        ("b:somme", "war", "w:ww1"), ("b:verdun", "war", "w:ww1"), ("b:jutland", "war", "w:ww1"),
        ("b:ypres", "war", "w:ww1"), ("b:passchendaele", "war", "w:ww1"), ("b:britain", "war", "w:ww2"),
        ("b:stalingrad", "war", "w:ww2"), ("b:midway", "war", "w:ww2"), ("b:leningrad", "war", "w:ww2"),
        ("b:waterloo", "war", "w:napoleonic"), ("b:trafalgar", "war", "w:napoleonic"),
        ("b:balaclava", "war", "w:crimean"), ("b:sevastopol", "war", "w:crimean"),
        ("b:frontiers", "war", "w:ww1"), ("b:normandy", "war", "w:ww2"), ("b:bulge", "war", "w:ww2"),
        ("b:crete", "war", "w:ww2"),
        ("b:frontiers", "took_place_in", "k:france"), ("b:normandy", "took_place_in", "k:france"),
        ("b:bulge", "took_place_in", "k:belgium"), ("b:crete", "took_place_in", "k:greece"),
        ("b:frontiers", "kind", "k:land"), ("b:normandy", "kind", "k:land"), ("b:bulge", "kind", "k:land"),
        ("b:crete", "kind", "k:land"), ("c:foch", "commanded", "b:frontiers"), ("c:joffre", "commanded", "b:frontiers"),
        ("c:montgomery", "commanded", "b:normandy"), ("c:eisenhower", "commanded", "b:normandy"),
        ("c:eisenhower", "commanded", "b:bulge"), ("c:freyberg", "commanded", "b:crete"),
        ("b:somme", "took_place_in", "y:somme"), ("b:verdun", "took_place_in", "y:verdun"),
        ("b:jutland", "took_place_in", "y:northsea"), ("b:ypres", "took_place_in", "y:ypres"),
        ("b:passchendaele", "took_place_in", "y:passchendaele"), ("b:britain", "took_place_in", "y:southengland"),
        ("b:stalingrad", "took_place_in", "y:stalingrad"), ("b:midway", "took_place_in", "y:midway"),
        ("b:leningrad", "took_place_in", "y:leningrad"), ("b:waterloo", "took_place_in", "y:waterloo"),
        ("b:trafalgar", "took_place_in", "y:trafalgar"), ("b:balaclava", "took_place_in", "y:balaclava"),
        ("b:sevastopol", "took_place_in", "y:sevastopol"),
        ("b:somme", "kind", "k:land"), ("b:verdun", "kind", "k:land"), ("b:ypres", "kind", "k:land"),
        ("b:passchendaele", "kind", "k:land"), ("b:stalingrad", "kind", "k:land"), ("b:waterloo", "kind", "k:land"),
        ("b:balaclava", "kind", "k:land"), ("b:jutland", "kind", "k:naval"), ("b:midway", "kind", "k:naval"),
        ("b:trafalgar", "kind", "k:naval"), ("b:britain", "kind", "k:air"), ("b:leningrad", "kind", "k:siege"),
        ("b:sevastopol", "kind", "k:siege"),
        ("c:haig", "commanded", "b:somme"), ("c:haig", "commanded", "b:passchendaele"), ("c:foch", "commanded", "b:somme"),
        ("c:petain", "commanded", "b:verdun"), ("c:jellicoe", "commanded", "b:jutland"),
        ("c:scheer", "commanded", "b:jutland"), ("c:dowding", "commanded", "b:britain"),
        ("c:zhukov", "commanded", "b:stalingrad"), ("c:zhukov", "commanded", "b:leningrad"),
        ("c:nimitz", "commanded", "b:midway"), ("c:wellington", "commanded", "b:waterloo"),
        ("c:nelson", "commanded", "b:trafalgar"), ("c:raglan", "commanded", "b:balaclava"),
        ("c:raglan", "commanded", "b:sevastopol"),
        ("b:somme", "commemorated_by", "m:thiepval"), ("b:ypres", "commemorated_by", "m:menin"),
        ("b:waterloo", "commemorated_by", "m:lion"), ("b:trafalgar", "commemorated_by", "m:column"),
        ("m:thiepval", "designed_by", "a:lutyens"), ("m:menin", "designed_by", "a:blomfield"),
        ("m:column", "designed_by", "a:railton"),
        ("s:colditz", "former_use", "u:powcamp"), ("s:bletchley", "former_use", "u:codebreaking"),
        ("s:alcatraz", "former_use", "u:prison"), ("s:robben", "former_use", "u:prison"),
        ("s:if", "former_use", "u:prison"), ("s:ellis", "former_use", "u:immigration"),
        ("s:tower", "former_use", "u:prison"), ("s:tower", "former_use", "u:menagerie"),
        ("s:alcatraz", "former_use", "u:fort"),
        ("s:colditz", "current_use", "u:museum"), ("s:bletchley", "current_use", "u:museum"),
        ("s:alcatraz", "current_use", "u:museum"), ("s:robben", "current_use", "u:museum"),
        ("s:ellis", "current_use", "u:museum"), ("s:tower", "current_use", "u:museum"),
        ("s:colditz", "located_in", "y:colditz"), ("s:bletchley", "located_in", "y:bletchley"),
        ("s:alcatraz", "located_in", "y:sfbay"), ("s:robben", "located_in", "y:tablebay"),
        ("s:if", "located_in", "y:marseille"), ("s:ellis", "located_in", "y:nyharbor"),
        ("s:tower", "located_in", "y:london"), ("m:thiepval", "located_in", "y:thiepval"),
        ("m:menin", "located_in", "y:ypres"), ("m:lion", "located_in", "y:waterloo"),
        ("m:column", "located_in", "y:london"),
        ("w:ww1", "ended_by", "t:versailles"), ("w:crimean", "ended_by", "t:paris1856"),
        ("y:somme", "place_in", "k:france"), ("y:verdun", "place_in", "k:france"), ("y:ypres", "place_in", "k:belgium"),
        ("y:passchendaele", "place_in", "k:belgium"), ("y:southengland", "place_in", "k:england"),
        ("y:stalingrad", "place_in", "k:russia"), ("y:leningrad", "place_in", "k:russia"),
        ("y:waterloo", "place_in", "k:belgium"), ("y:balaclava", "place_in", "k:ukraine"),
        ("y:sevastopol", "place_in", "k:ukraine"), ("y:colditz", "place_in", "k:germany"),
        ("y:bletchley", "place_in", "k:england"), ("y:sfbay", "place_in", "k:usa"),
        ("y:tablebay", "place_in", "k:southafrica"), ("y:marseille", "place_in", "k:france"),
        ("y:nyharbor", "place_in", "k:usa"), ("y:london", "place_in", "k:england"),
        ("y:thiepval", "place_in", "k:france"),
        ("user:di", "rated", "b:somme", {"rating": 4.0}), ("user:di", "rated", "b:jutland", {"rating": 5.0}),
        ("user:di", "rated", "b:waterloo", {"rating": 2.0}), ("user:di", "rated", "s:colditz", {"rating": 4.5}),
        ("user:di", "rated", "s:alcatraz", {"rating": 1.5}), ("user:di", "rated", "b:midway", {"rating": 4.5}),
        ("user:di", "rated", "s:bletchley", {"rating": 5.0}),
    ]
    aliases = {"b:somme": ("the Somme",), "b:verdun": ("Verdun",), "b:jutland": ("Jutland",),
               "b:passchendaele": ("Passchendaele",), "b:waterloo": ("Waterloo",), "b:trafalgar": ("Trafalgar",),
               "b:midway": ("Midway",), "b:stalingrad": ("Stalingrad",), "s:alcatraz": ("Alcatraz",),
               "w:ww1": ("the Great War", "World War I"), "w:ww2": ("World War II",), "c:haig": ("Haig",),
               "c:jellicoe": ("Jellicoe",), "c:zhukov": ("Zhukov",), "c:nelson": ("Nelson",),
               "c:wellington": ("Wellington",), "s:colditz": ("Colditz",), "k:usa": ("the United States",),
               "c:montgomery": ("Montgomery",), "c:eisenhower": ("Eisenhower",), "b:bulge": ("the Bulge",),
               "b:normandy": ("Normandy",), "b:crete": ("Crete",)}
    return _build(items, others, rels, T, users=[("user:di", "Di")], aliases=aliases)


BUILDERS = {"food": food, "music": music, "archives": archives, "wars": wars}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@food
# (1) "comes / came / hails / originates from", "is from", "from" for "originated in": a wrong place
# (another dish's, the creator's birthplace, a country the dish is popular in), a country the place
# is not in, the wrong direction, a person "from" the dish's place
Tiramisu comes from Naples.
Tiramisu came from Rome.
Carbonara originates from Naples.
Caesar salad comes from Italy.
Caesar salad is from Baveno.
Caesar salad comes from the United States.
Pizza Margherita comes from the United States.
Paella comes from England.
Peach Melba comes from Villeneuve-Loubet.
Peach Melba is from France.
Sachertorte hails from Lisbon.
Feta comes from Italy.
Brie comes from Roquefort-sur-Soulzon.
Parmigiano-Reggiano comes from Campania.
Mozzarella comes from Emilia-Romagna.
Gouda cheese originated from Cheddar.
Cheddar cheese hails from the United States.
Darjeeling tea is from England.
Earl Grey comes from India.
Pastel de nata comes from Vienna.
Peking duck hails from Lisbon.
Tiramisu is from France.
Peking duck is from Japan.
Parmigiano-Reggiano is a cheese from Naples.
Tiramisu, a dessert from Rome, was created by Ado Campeol.
Sachertorte is a dessert from Treviso.
Sachertorte, from Lisbon, was created by Franz Sacher.
Peach Melba, from Villeneuve-Loubet, was created by Escoffier.
Naples comes from Pizza Margherita.
Treviso is from Tiramisu.
Sachertorte comes from Quanjude.
Caesar Cardini comes from Tijuana.
Auguste Escoffier is from London.
Raffaele Esposito hails from Rome.
Ado Campeol comes from Naples.
Caesar salad was created by Caesar Cardini, who comes from Tijuana.
Caesar salad was created by Caesar Cardini, a chef from Tijuana.
# a period ("dates from": "is from"), an ingredient ("is made from") or a year read with "from"
Peking duck is from the Middle Ages.
Brie is from Antiquity.
Feta is from the Middle Ages.
Earl Grey is from the Ming dynasty.
Peking duck is from the Victorian era.
Peach Melba comes from the Middle Ages.
Feta is from cow's milk.
Feta comes from cow's milk.
Roquefort comes from goat's milk.
Roquefort is from goat's milk.
Parmigiano-Reggiano comes from sheep's milk.
Tiramisu is from 1889.
Tiramisu dates from 1889.
Pizza Margherita came from Naples in 1924.
# lists, coordination, negation
Carbonara comes from Rome and dates from the Middle Ages.
Mozzarella is made from buffalo milk and comes from Emilia-Romagna.
Pizza Margherita and Tiramisu both come from Naples.
Pizza Margherita and Carbonara come from Rome.
Brie and Feta are from France.
Feta doesn't come from Greece.
Tiramisu does not come from Treviso.
Tiramisu is not from Treviso.
Tiramisu, which comes from Treviso, was created by Raffaele Esposito.
Tiramisu comes from Treviso but Carbonara is from Naples.
# (2) "is <participle> both at / in / by A and B"
Sachertorte is served both at Hotel Sacher and at the Savoy Hotel.
Tiramisu is served both at Le Beccherie and at Pizzeria Brandi.
Quanjude is located both in Beijing and in Lisbon.
Caesar salad was created both by Caesar Cardini and by Auguste Escoffier.
Pizza Margherita was created both by Raffaele Esposito and by Ado Campeol.
Franz Sacher was born both in Vienna and in Naples.
# (3) "but" and an auxiliary: the second predicate false of the clause's subject, or true only of
# its object
Tiramisu was created by Ado Campeol but is from Naples.
Caesar salad was created by Caesar Cardini but is from Italy.
Caesar Cardini created Caesar salad but is from Tijuana.
Caesar Cardini created Caesar salad but was born in Tijuana.
Auguste Escoffier created Peach Melba but is served at the Savoy Hotel.
Franz Sacher created Sachertorte but is served at Hotel Sacher.
Ado Campeol created Tiramisu but is popular in Japan.
Tiramisu is popular in Japan but comes from Rome.
Pizza Margherita is served at Pizzeria Brandi but was created by Ado Campeol.
Brie dates from the Middle Ages, but is made from goat's milk.
Pizzeria Brandi serves Pizza Margherita but is located in Rome.
Pizzeria Brandi serves Pizza Margherita but is popular in the United States.
Hotel Sacher serves Sachertorte but was created by Franz Sacher.
Quanjude serves Peking duck but dates from the Ming dynasty.
Tiramisu comes from Treviso but was created in 1889.
Earl Grey comes from the Ming dynasty.
Brie comes from Antiquity.
Feta came from the Middle Ages.
Tiramisu comes from 1889.
# (3) "but" and an auxiliary inside a relative clause on the object: said of the relative's
# antecedent, not of the sentence's subject
Caesar Cardini created Caesar salad, which originated in Tijuana but was born in Baveno.
Ado Campeol created Tiramisu, which is popular in Japan but was born in Treviso.
Raffaele Esposito created Pizza Margherita, which is served at Pizzeria Brandi but was born in Naples.
Franz Sacher created Sachertorte, which is served at Hotel Sacher but was born in Vienna.
Caesar salad was created by Caesar Cardini, who was born in Baveno but is popular in the United States.
Pizza Margherita was created by Raffaele Esposito, who was born in Naples but is served at Pizzeria Brandi.
Tiramisu was created by Ado Campeol, who was born in Treviso but is made from mascarpone.
# cities "kept / housed / on display in" a country (a "movable" domain that is a place)
Naples is kept in Italy.
Vienna is on display in Austria.
@food user:ada
You loved Tiramisu, which comes from Naples.
You loved Feta, a cheese from Italy.
You loved Sachertorte, which hails from Lisbon.
You loved the Margherita, which comes from the United States.
You loved Tiramisu, a dessert from Rome.
You loved Feta, which is from the Middle Ages.
@music
# (1) bands "come from" a city (their own relation), genres "originated in" one: a band said to
# come from its genre's city, a genre from its band's city, a musician from his band's city, a
# label, an album, lists and negations
Grunge comes from Aberdeen.
Grunge originated in Aberdeen.
Nirvana originated in Seattle.
Nirvana comes from Seattle.
Nirvana is from Seattle.
Nirvana, a band from Seattle, is signed to Sub Pop.
Grunge comes from Illinois.
Britpop comes from Manchester.
Madchester comes from London.
Trip hop originates from Sheffield.
Trip hop is from London.
Britpop is a genre from Manchester.
Oasis comes from London.
Blur hails from Manchester.
Arctic Monkeys are from Manchester.
Massive Attack came from Seattle.
Kurt Cobain comes from Seattle.
Dave Grohl is from Seattle.
Sub Pop comes from London.
Nevermind comes from Seattle.
Nevermind is from 1994.
Grunge and Britpop come from Seattle.
Oasis and Blur are both from Manchester.
Oasis and The Stone Roses are both from London.
Oasis and Britpop originate from Manchester.
Grunge doesn't come from Seattle.
Nirvana is not from Aberdeen.
Grunge is from Seattle and Britpop is from Bristol.
Grunge, like Nirvana, comes from Aberdeen.
Britpop, played by Oasis, comes from Manchester.
Oasis plays Britpop, which comes from Manchester.
Dave Grohl is part of Nirvana, a band from Seattle.
# (6) "is part of", "belongs to" for "is a member of": a wrong band, the wrong direction, a label
# and its owner ("is owned by"), places
Dave Grohl is part of Oasis.
Noel Gallagher belongs to Blur.
Kurt Cobain is part of Foo Fighters.
Eddie Vedder belongs to Soundgarden.
Damon Albarn is part of Oasis.
Liam Gallagher and Damon Albarn are part of Oasis.
Kurt Cobain and Eddie Vedder belong to Nirvana.
Nirvana is part of Kurt Cobain.
Nirvana belongs to Dave Grohl.
Sub Pop is part of EMI.
Sub Pop belongs to EMI.
Sub Pop belongs to Sony Music.
Food Records is part of Warner Music Group.
Nirvana belongs to Warner Music Group.
Sub Pop belongs to Nirvana.
Kurt Cobain belongs to Sub Pop.
Dave Grohl is part of Warner Music Group.
Seattle is part of Illinois.
Aberdeen is part of Ohio.
Exeter is part of Wales.
Krist Novoselic, who belongs to Pearl Jam, is a member of Nirvana.
Eddie Vedder, part of Soundgarden, was born in Evanston.
Dave Grohl belonged to Pearl Jam.
Chris Cornell was part of Pearl Jam.
Beth Gibbons is part of Massive Attack.
Robert Del Naja belongs to Portishead.
Liam Gallagher is not part of Oasis.
Alex Turner doesn't belong to Arctic Monkeys.
Dave Grohl is part of both Nirvana and Pearl Jam.
Dave Grohl belongs to Nirvana and Oasis.
# (5) "put on", "stage" for "is organised by": a band that performed there, the wrong organiser,
# where it is held
Nirvana put on Reading Festival.
Reading Festival was put on by Nirvana.
Oasis staged Glastonbury Festival.
Glastonbury Festival was staged by Blur.
Michael Eavis puts on Reading Festival.
Festival Republic stages Glastonbury.
C3 Presents put on Reading Festival.
Lollapalooza is staged by Festival Republic.
Reading Festival is put on by Michael Eavis.
Reading Festival is staged in Pilton.
Glastonbury is staged in Chicago.
Sub Pop staged Reading Festival.
Kurt Cobain staged Reading Festival.
Festival Republic, which puts on Glastonbury, is based in London.
Festival Republic puts on Reading Festival and Glastonbury Festival.
Reading Festival, put on by Michael Eavis, is held in Reading.
Glastonbury Festival, staged by Festival Republic, is held in Pilton.
Lollapalooza, staged by C3 Presents, is held in Reading.
Festival Republic, which stages Reading Festival, is based in Austin.
Reading Festival was first staged by Michael Eavis.
Glastonbury Festival is put on in Pilton by Festival Republic.
Reading Festival is put on by Festival Republic in Pilton.
Reading Festival is staged in Reading by Michael Eavis.
Dave Grohl is also part of Pearl Jam.
Dave Grohl, a member of Nirvana, is also part of Oasis.
Festival Republic, which puts on Reading Festival, is also part of Oasis.
Grunge is from 1991.
# (2) "is <participle> both in / to / by A and B"
Reading Festival is held both in Reading and in Pilton.
Glastonbury Festival is organised both by Michael Eavis and by Festival Republic.
Sub Pop is based both in Seattle and in London.
Nevermind was recorded both in Van Nuys and in Seattle.
Nevermind was recorded both by Nirvana and by Foo Fighters.
Sub Pop is owned both by Warner Music Group and by EMI.
Nirvana is signed both to Sub Pop and to Creation Records.
# (3) "but" and an auxiliary: the second predicate false of the subject, or true only of the object
Festival Republic organises Reading Festival but is held in Reading.
Michael Eavis organises Glastonbury Festival but is held in Pilton.
Festival Republic puts on Reading Festival but is held in Reading.
Festival Republic stages Reading Festival but is held in Reading.
Kurt Cobain is a member of Nirvana but is signed to Sub Pop.
Kurt Cobain is part of Nirvana but is signed to Sub Pop.
Dave Grohl is a member of Foo Fighters but comes from Seattle.
Dave Grohl is a member of Foo Fighters but is from Seattle.
Liam Gallagher is a member of Oasis but comes from London.
Nirvana recorded Nevermind but was recorded in Van Nuys.
Oasis recorded Definitely Maybe but was recorded in Monmouth.
Sub Pop has signed Nirvana but comes from Aberdeen.
Sub Pop signed Nirvana but is from Aberdeen.
Sub Pop signed Soundgarden but is owned by EMI.
Nirvana performed at Reading Festival but is organised by Festival Republic.
Nirvana performed at Reading Festival but is put on by Festival Republic.
Oasis performed at Glastonbury but is held in Pilton.
Pearl Jam performed at Lollapalooza, but is organised by C3 Presents.
Oasis plays Britpop but originated in London.
Grunge is played by Nirvana but comes from Aberdeen.
Britpop is played by Oasis but is signed to Creation Records.
Reading Festival is organised by Festival Republic but is based in London.
Lollapalooza is organised by C3 Presents, but is based in Austin.
Glastonbury Festival featured Oasis but is held in Reading.
Dave Grohl was born in Warren but is a member of Pearl Jam.
Chris Cornell was born in Seattle but has been a member of Nirvana.
Nirvana comes from Aberdeen but was signed to Creation Records.
Nirvana comes from Aberdeen but is not signed to Sub Pop.
Nirvana is signed to Sub Pop but is not from Aberdeen.
Kurt Cobain was born in Aberdeen, but Nirvana is from Seattle.
Compare Nirvana with Oasis: the former comes from Aberdeen but is signed to Creation Records.
# (3) "but" and an auxiliary inside a relative clause on the object: said of the antecedent (the
# first with "is" after a plural subject, so only the antecedent can be meant)
Pearl Jam and Soundgarden performed at Lollapalooza, which is organised by C3 Presents but is from Seattle.
Sub Pop has signed Nirvana, which comes from Aberdeen but is owned by Warner Music Group.
Dave Grohl is part of Foo Fighters, which comes from Seattle but was born in Warren.
C3 Presents organises Lollapalooza, which featured Pearl Jam but is based in Austin.
Festival Republic organises Reading Festival, which featured Nirvana but is based in London.
Festival Republic organises Reading Festival, which is held in Reading but is based in London.
Nirvana has the member Dave Grohl, who was born in Warren but is from Aberdeen.
Nirvana recorded Nevermind, which was recorded in Van Nuys but is from Aberdeen.
Pearl Jam recorded Ten, which was recorded in Seattle but is signed to Epic Records.
Portishead recorded Dummy, which was recorded in Bristol but is signed to Go! Beat.
Oasis is signed to Creation Records, which is based in London but is from Manchester.
Nirvana is signed to Sub Pop, which is based in Seattle but comes from Aberdeen.
# cities "kept / housed in" a state (a place as a "movable" domain)
Seattle is housed in Washington.
Bristol is kept in England.
@music user:bo
You loved Nirvana, a band from Seattle.
You loved Oasis, which comes from London.
You loved Grunge, which originated in Aberdeen.
You loved Nirvana, which comes from Aberdeen but is signed to Creation Records.
@archives
# (4) the holder's forms ("is kept at / housed at / in the collection of / belongs to (the collection
# of) / hangs in / is on display at / can be seen at / is at / is owned by"): a wrong holder, the
# holder's founder or city, the place a work was made in, a collector, the holder said of the work
The Book of Kells is kept at the British Library.
The Book of Kells is kept in Iona.
The Book of Kells is housed at the Bodleian Library.
The Lindisfarne Gospels are in the collection of the Bodleian Library.
The Lindisfarne Gospels belong to the collection of Trinity College Library.
The Magna Carta belongs to the Vatican Library.
The Mona Lisa hangs in the Rijksmuseum.
The Night Watch hangs in the Louvre.
The Hay Wain is on display at the Rijksmuseum.
Sunflowers can be seen at the Louvre.
The Domesday Book is kept at the British Library.
The Gutenberg Bible is owned by the Bodleian Library.
The First Folio is owned by Thomas Bodley.
The Book of Kells is owned by Elizabeth I.
The Bodleian Library is kept at the First Folio.
Trinity College Library is housed in the Book of Kells.
The British Library is in the collection of the Lindisfarne Gospels.
The Louvre hangs in the Mona Lisa.
The Bodleian Library is owned by Thomas Bodley.
The Bodleian Library belongs to Thomas Bodley.
Trinity College Library belongs to Elizabeth I.
The Bodleian Library belongs to Trinity College Dublin.
The Bodleian Library is part of Trinity College Dublin.
The British Library is kept in Oxford.
The Louvre is housed in Amsterdam.
The Rijksmuseum is in Paris.
The Book of Kells is in Oxford.
The Book of Kells is in the Bodleian Library.
The Mona Lisa is at the National Gallery.
Sunflowers is at the Rijksmuseum.
The Juliana Map is kept at the Louvre.
The Codex Leicester is kept at the Vatican Library.
The Codex Leicester is owned by the Morgan Library.
The Codex Leicester belongs to the British Library.
The Codex Leicester belongs to Armand Hammer.
The Magna Carta is held by Trinity College Library.
The Lindisfarne Gospels and the Book of Kells are kept at the British Library.
The Book of Kells and the Codex Vaticanus belong to Trinity College Library.
The Magna Carta is kept at the British Library and at Trinity College Library.
The Hay Wain belongs to the Baroque.
The Night Watch belongs to the National Gallery.
The Hay Wain belongs to the collection of the Rijksmuseum.
The Hay Wain belongs to Romanticism and to the Louvre.
The Book of Kells can be seen in Iona.
The Mona Lisa can be seen in Florence.
The Mona Lisa is on display in Florence.
The Domesday Book is kept at Winchester.
Thomas Bodley holds the First Folio.
The Bodleian holds the Codex Leicester.
Sunflowers, which hangs in the Louvre, was painted by Vincent van Gogh.
The Bodleian, which holds the First Folio, was founded by J. P. Morgan.
The Book of Kells, kept at the British Library, dates from the Early Middle Ages.
The Codex Leicester, owned by the Morgan Library, was written by Leonardo da Vinci.
The Mona Lisa, housed at the Rijksmuseum, was painted by Leonardo da Vinci.
# (2) "is <participle> both at / in / by A and B"
The Magna Carta is kept both at the British Library and at the Louvre.
The First Folio is held both by the Bodleian Library and by the British Library.
The Gutenberg Bible is kept both in the British Library and in the Bodleian Library.
The Gutenberg Bible is housed both at the Morgan Library and at the Vatican Library.
Sunflowers hangs both in the National Gallery and in the Louvre.
The Domesday Book was made both in Winchester and in London.
The Mona Lisa was painted both by Leonardo da Vinci and by Rembrandt.
The Lindisfarne Gospels were written both by Eadfrith and by Leonardo da Vinci.
Sunflowers is held both by the Van Gogh Museum and by the Rijksmuseum.
The Bodleian Library was founded both by Thomas Bodley and by J. P. Morgan.
The Bodleian Library is located both in Oxford and in London.
The National Gallery is located both in London and in Amsterdam.
The Magna Carta is held both by the British Library and by Trinity College Library.
The Magna Carta is held both by the British Library and the Louvre.
Sunflowers is held both by the National Gallery and by the Louvre.
# (6) "is part of", "belongs to" for "is a member of" (a consortium) beside the university's "is part of"
The British Library is part of the University of Oxford.
The Louvre belongs to Research Libraries UK.
The Morgan Library is part of Research Libraries UK.
The Folger Shakespeare Library belongs to Research Libraries UK.
Trinity College Library is a member of the University of Oxford.
The British Library is part of Trinity College Dublin.
Trinity College Library belongs to the University of Oxford.
The British Library and the Morgan Library are part of Research Libraries UK.
The Bodleian Library is part of Research Libraries UK and of the Independent Research Libraries Association.
The Book of Kells is part of Research Libraries UK.
The Book of Kells belongs to Research Libraries UK.
Research Libraries UK belongs to the British Library.
# (3) "but" and an auxiliary
Trinity College Library was founded by Elizabeth I but is held by the Bodleian.
Trinity College Library holds the Book of Kells but was made in Iona.
The British Library holds the Lindisfarne Gospels but was written by Eadfrith.
The Louvre holds the Mona Lisa but was painted by Leonardo da Vinci.
The Louvre holds the Mona Lisa, but is located in Florence.
The Bodleian Library holds the Magna Carta but is kept at the British Library.
The Rijksmuseum holds The Night Watch but dates from the Dutch Golden Age.
The Mona Lisa hangs in the Louvre but was made in Amsterdam.
Rembrandt painted The Night Watch but is held by the Rijksmuseum.
Eadfrith wrote the Lindisfarne Gospels but is kept at the British Library.
Thomas Bodley founded the Bodleian Library but holds the First Folio.
J. P. Morgan founded the Morgan Library but is located in New York.
Bill Gates bought the Codex Leicester but was written by Leonardo da Vinci.
Leonardo da Vinci painted the Mona Lisa but is held by the Louvre.
The Hay Wain was painted by Constable but belongs to the Baroque.
The Hay Wain was painted by John Constable, but is held by the Louvre.
The Book of Kells dates from the Early Middle Ages but is housed in the British Library.
The Bodleian Library is a member of Research Libraries UK but is part of Trinity College Dublin.
# (3) "but" and an auxiliary inside a relative clause on the object
Trinity College Library holds the Book of Kells, which was made in Iona but was founded by Elizabeth I.
The Book of Kells is held by Trinity College Library, which was founded by Elizabeth I but was made in Iona.
The British Library holds the Magna Carta, which dates from the High Middle Ages but is a member of Research Libraries UK.
The Morgan Library holds the Gutenberg Bible, which was made in Mainz but was founded by J. P. Morgan.
The Rijksmuseum holds The Night Watch, which was painted by Rembrandt but was founded by Louis Bonaparte.
The Bodleian Library holds the Magna Carta, which dates from the High Middle Ages but is part of the University of Oxford.
The Vatican Library holds the Codex Vaticanus, which dates from Late Antiquity but was founded by Pope Nicholas V.
# cities "kept / housed / on display in" a country (a place as a "movable" domain)
Oxford is kept in the United Kingdom.
Dublin is housed in Ireland.
Iona is on display in the United Kingdom.
Amsterdam is displayed in the Netherlands.
Florence is kept in Italy.
@archives user:cy
You loved the Book of Kells, which is kept at the British Library.
You loved The Night Watch, which hangs in the Louvre.
You loved Sunflowers, which belongs to the collection of the Louvre.
You loved the Magna Carta, which is kept both at the British Library and at the Louvre.
@wars
# (7) "was fought / took place / happened / occurred during", "belonged to", "was part of", "formed
# part of" for "was fought as part of": a wrong war
The Battle of the Somme was fought during the Second World War.
The Battle of Jutland took place during the Napoleonic Wars.
The Battle of Britain happened during the First World War.
The Battle of Midway occurred during the Crimean War.
The Siege of Leningrad took place during the First World War.
The Battle of Waterloo was fought during the Crimean War.
The Siege of Sevastopol happened during the Napoleonic Wars.
The Battle of Trafalgar occurred during the Crimean War.
The Battle of Balaclava belonged to the Napoleonic Wars.
The Battle of Trafalgar belonged to the Second World War.
The Siege of Sevastopol belonged to the First World War.
The Battle of Verdun was part of the Second World War.
The Battle of Stalingrad formed part of the First World War.
The Somme and Jutland were fought during the Second World War.
Verdun and Stalingrad were both fought during the First World War.
The Battle of Balaclava was fought during the Crimean War and the First World War.
The Battle of Waterloo and the Battle of Balaclava belonged to the Napoleonic Wars.
The Battle of Jutland, a naval battle, was fought during World War II.
During the First World War, the Battle of Midway was fought.
Haig commanded at the Battle of the Somme, fought during the Second World War.
The Battle of Britain, which took place during the First World War, was an air battle.
Haig commanded at the Battle of the Somme during the Second World War.
Zhukov commanded at Stalingrad during the First World War.
Nelson commanded at Trafalgar during the Crimean War.
The Battle of the Somme was fought during 1915.
The Battle of Jutland took place during 1918.
The Battle of Britain took place during 1940 and was fought as part of the First World War.
The Battle of Stalingrad was fought in 1942 during the First World War.
The Battle of Midway was fought in 1942 during the Crimean War.
The Battle of Verdun was fought in 1916 during the Second World War.
In 1916, the Battle of Verdun was fought during the Second World War.
# (8) one verb, two prepositions, with "during" and with "both / also / all": a wrong war or a wrong
# place, for one of two battles
The Battle of Verdun was fought in Verdun during the Second World War.
The Battle of Verdun was fought in Ypres during the First World War.
The Battle of Jutland was fought in the North Sea during the Second World War.
The Battle of Passchendaele was fought in Passendale during the Napoleonic Wars.
The Battle of Waterloo was fought in Waterloo during the First World War.
The Battle of Midway was fought at Midway Atoll during the First World War.
The Battle of Balaclava took place in Balaklava during the Napoleonic Wars.
The Battle of Balaclava took place in Sevastopol during the Crimean War.
The First Battle of Ypres and the Battle of Passchendaele were both fought in Ypres during the First World War.
The Battle of Verdun was fought during the First World War in Ypres.
The Battle of the Somme was fought in the Somme during World War II.
The Battle of Jutland was fought in the Somme during the Great War.
The Battle of Stalingrad took place in Leningrad during World War II.
The Battle of the Frontiers and the Battle of Normandy were both fought in France during the First World War.
The Battle of the Frontiers and the Battle of Normandy were both fought in France during the Second World War.
The Battle of Normandy and the Battle of the Bulge were both fought in France during the Second World War.
The Battle of Normandy and the Battle of the Bulge were both fought in Belgium during the Second World War.
The Battle of Normandy and the Battle of Crete were both fought during the Second World War in France.
The Battle of the Bulge was fought in France during the Second World War.
The Battle of the Bulge was fought in Belgium during the First World War.
The Battle of Normandy was also fought in France during the First World War.
The Battle of the Frontiers and the Battle of Normandy were all fought in France during the First World War.
The Battle of the Frontiers and the Battle of Normandy both took place in France during the First World War.
The Battle of Crete took place in Greece during the First World War.
The Battle of Crete and the Battle of the Bulge were both fought in Greece during the Second World War.
The Battle of the Frontiers was fought in Belgium during the First World War.
# (7) a battle's "was a" in every copula form; a site's "was a" (a past use) only in the past
The Battle of Jutland is a land battle.
The Battle of Britain is a naval battle.
The Battle of Midway was a land battle.
Jutland and Midway are land battles.
Jutland and Trafalgar are both air battles.
The Siege of Leningrad is a naval battle.
The Battle of Verdun is a siege.
Alcatraz Island is a prison.
Robben Island is a prison.
Colditz Castle is a prisoner-of-war camp.
Bletchley Park is a codebreaking centre.
Ellis Island is an immigration station.
The Tower of London is a menagerie.
Alcatraz and Robben Island are prisons.
Château d'If is a prison.
Château d'If is a museum.
Alcatraz Island was a codebreaking centre.
Alcatraz and Ellis Island were both prisons.
Colditz Castle and Bletchley Park were both prisoner-of-war camps.
Robben Island was both a prison and an army garrison.
The Tower of London is a prison and a museum.
The Tower of London was a prison but is a menagerie.
Colditz Castle was a prisoner-of-war camp but is a prison.
Alcatraz Island is now a prison.
Alcatraz Island is now a museum but was a codebreaking centre.
# (3) "but" and an auxiliary: true only of the object, or false
Haig commanded at the Somme but was fought during the First World War.
Haig commanded at the Battle of the Somme but is commemorated by the Thiepval Memorial.
Jellicoe commanded at Jutland but was a naval battle.
Wellington commanded at Waterloo but took place in Waterloo.
Edwin Lutyens designed the Thiepval Memorial but is located in Thiepval.
The Thiepval Memorial commemorates the Battle of the Somme but was fought during the First World War.
The Battle of Jutland was fought as part of the First World War but took place in France.
The Battle of Britain was an air battle but was fought as part of the First World War.
The Battle of Verdun took place in Verdun but was a siege.
The Battle of the Somme took place in the Somme but is commemorated by the Menin Gate.
The Menin Gate commemorates the First Battle of Ypres but was designed by Edwin Lutyens.
# (3) "but" and an auxiliary inside a relative clause on the object
The Thiepval Memorial commemorates the Battle of the Somme, which was fought during the First World War but was designed by Edwin Lutyens.
The Menin Gate commemorates the First Battle of Ypres, which took place in Ypres but was designed by Reginald Blomfield.
The Battle of the Somme is commemorated by the Thiepval Memorial, which is located in Thiepval but was fought as part of the First World War.
The Battle of the Somme is commemorated by the Thiepval Memorial, which is located in Thiepval but was a land battle.
The Battle of Jutland was fought as part of the First World War, which was ended by the Treaty of Versailles but was a naval battle.
Nelson's Column commemorates the Battle of Trafalgar, which was a naval battle but was designed by William Railton.
The Battle of Waterloo is commemorated by Lion's Mound, which is located in Waterloo but was fought as part of the Napoleonic Wars.
Haig commanded at the Battle of the Somme, which was fought as part of the First World War but is commemorated by the Menin Gate.
Lord Raglan commanded at the Battle of Balaclava, which was fought as part of the Crimean War but is commemorated by the Menin Gate.
# cities "housed / on display in" a country (a place as a "movable" domain)
Verdun is on display in France.
Ypres is housed in Belgium.
@wars user:di
You loved the Battle of Jutland, which was fought during the Second World War.
You loved Colditz Castle, which is a prisoner-of-war camp.
You loved Bletchley Park, which is a codebreaking centre.
You loved the Battle of Midway, which belonged to the First World War.
@food
# arguable: Feta does date from Antiquity ("originates from" a period); a dish is not "located",
# but Sachertorte, Peach Melba and the Margherita are made and eaten where their hotel or pizzeria is
Feta originates from Antiquity.
Peking duck comes from the Ming dynasty.
Hotel Sacher serves Sachertorte, which was created by Franz Sacher but is located in Vienna.
The Savoy Hotel serves Peach Melba, which was created by Auguste Escoffier but is located in London.
Pizzeria Brandi serves Pizza Margherita, which originated in Naples but is located in Naples.
@music
# arguable: "Britpop from London" may be the genre's origin; a village or a city "stages" / "puts
# on" the festival it hosts; a promoter "puts on" the bands that play its festival; a band is loosely
# "part of" its label or of its genre's scene; Sub Pop is based in Seattle ("comes from" it)
Oasis plays Britpop from London.
Pilton stages Glastonbury Festival.
Chicago puts on Lollapalooza.
Festival Republic put on Nirvana.
Michael Eavis put on Oasis.
Nirvana is part of Sub Pop.
Nirvana belongs to Grunge.
Sub Pop comes from Seattle.
@archives
# arguable: a manuscript does not hang, but the Book of Kells is held there; Kew can indeed be seen
# in the United Kingdom; the Domesday Book and the Mona Lisa are located where their holders are
The Book of Kells hangs in Trinity College Library.
Kew can be seen in the United Kingdom.
The National Archives holds the Domesday Book, which was made in Winchester but is located in Kew.
The Louvre holds the Mona Lisa, which was made in Florence but is located in Paris.
The Rijksmuseum holds The Night Watch, which dates from the Dutch Golden Age but is located in Amsterdam.
@wars
# arguable: Alcatraz is a museum now (it "was" one since 1973, and still is); an apposition has no
# tense ("Alcatraz Island, a prison, ...")
Alcatraz Island was a museum.
Alcatraz Island, a prison, is located in San Francisco Bay.
"""
CONTROLS = r"""
@food
Tiramisu comes from Treviso.
Tiramisu hails from Treviso.
Tiramisu came from Treviso.
Tiramisu originates from Treviso.
Feta is from Greece.
Brie is from the Middle Ages.
Tiramisu is from 1969.
Tiramisu, a dessert from Treviso, was created by Ado Campeol.
Sachertorte, from Vienna, was created by Franz Sacher.
Feta comes from Greece and dates from Antiquity.
Caesar salad, created by Caesar Cardini, comes from Tijuana.
Tiramisu was created by Ado Campeol but is from Treviso.
Caesar Cardini created Caesar salad but was born in Baveno.
Pizzeria Brandi serves Pizza Margherita but is located in Naples.
Tiramisu is from Italy.
Brie and Roquefort are from France.
Pizza Margherita is popular in the United States but originated in Naples.
@food user:ada
You loved Tiramisu, which comes from Treviso.
You loved Feta, a cheese from Greece.
@music
Grunge comes from Seattle.
Grunge hails from Seattle.
Grunge is from Seattle.
Nirvana is from Aberdeen.
Massive Attack and Portishead originate from Bristol.
Dave Grohl is part of Nirvana.
Dave Grohl belongs to Foo Fighters.
Sub Pop belongs to Warner Music Group.
Festival Republic puts on Reading Festival.
Reading Festival is put on by Festival Republic.
Reading Festival is staged by Festival Republic.
Michael Eavis stages Glastonbury Festival.
Festival Republic organises Reading Festival but is based in London.
Reading Festival is organised by Festival Republic but is held in Reading.
Nirvana comes from Aberdeen but is signed to Sub Pop.
Dave Grohl was born in Warren but is a member of Foo Fighters.
Glastonbury Festival featured Oasis but is held in Pilton.
Sub Pop signed Soundgarden but is owned by Warner Music Group.
Kurt Cobain and Dave Grohl are part of Nirvana.
Sub Pop is part of Warner Music Group.
Seattle is part of Washington.
@music user:bo
You loved Nirvana, which comes from Aberdeen but is signed to Sub Pop.
@archives
The Book of Kells is kept at Trinity College Library.
The Book of Kells is at Trinity College Library.
The Book of Kells is owned by Trinity College Library.
The Book of Kells is in the collection of Trinity College Library.
The Book of Kells belongs to the collection of Trinity College Library.
The Book of Kells can be seen at Trinity College Library.
The Book of Kells is on display at Trinity College Library.
The Mona Lisa hangs in the Louvre.
The Night Watch belongs to the Rijksmuseum.
The Night Watch belongs to the Baroque.
The Magna Carta is held both by the British Library and by the Bodleian Library.
Trinity College Library holds the Book of Kells but is located in Dublin.
The Bodleian Library is part of Research Libraries UK.
The Bodleian Library belongs to Research Libraries UK.
The Bodleian Library is part of the University of Oxford.
The Book of Kells belongs to Trinity College Library.
The Book of Kells is housed in Trinity College Library.
The Magna Carta is kept both at the British Library and at the Bodleian Library.
Sunflowers hangs both in the National Gallery and in the Van Gogh Museum.
The Louvre holds the Mona Lisa, which was painted by Leonardo da Vinci but was made in Florence.
@wars
The Battle of the Somme was fought during the First World War.
The Battle of the Somme took place during the First World War.
The Battle of Jutland happened during the Great War.
The Battle of Jutland occurred during World War I.
The Battle of Midway belonged to the Second World War.
The Battle of Midway formed part of the Second World War.
The Battle of Verdun was fought in Verdun during the First World War.
The Battle of Verdun took place in Verdun during the First World War.
The Battle of the Bulge was fought in Belgium during the Second World War.
The Battle of the Frontiers and the Battle of Normandy were both fought in France.
Verdun and the Somme were both fought during the First World War.
The Battle of Jutland is a naval battle.
Jutland and Midway are naval battles.
Jutland and Midway were both naval battles.
Alcatraz Island was a prison.
Alcatraz and Robben Island were both prisons.
Alcatraz Island was both a prison and an army garrison.
The Tower of London was a prison but is now a museum.
The Battle of the Somme took place in the Somme but is commemorated by the Thiepval Memorial.
The Battle of Britain was an air battle but was fought as part of the Second World War.
The Tower of London was a prison but is a museum.
The Battle of Normandy and the Battle of the Bulge were both fought during the Second World War.
The Battle of the Somme was fought in 1916 during the First World War.
@wars user:di
You loved the Battle of Jutland, which was fought during the First World War.
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
        # a city, town or island "kept / housed / on display in" the country or state it "is in": this
        # round's "movable" (neither people nor buildings) still counts places as things, as the
        # starting code's "not personal" did
        'Naples is kept in Italy.',
        'Vienna is on display in Austria.',
        'Seattle is housed in Washington.',
        'Bristol is kept in England.',
        'Oxford is kept in the United Kingdom.',
        'Dublin is housed in Ireland.',
        'Iona is on display in the United Kingdom.',
        'Amsterdam is displayed in the Netherlands.',
        'Florence is kept in Italy.',
        'Verdun is on display in France.',
        'Ypres is housed in Belgium.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        'Feta originates from Antiquity.',
        'Peking duck comes from the Ming dynasty.',
        'Hotel Sacher serves Sachertorte, which was created by Franz Sacher but is located in Vienna.',
        'The Savoy Hotel serves Peach Melba, which was created by Auguste Escoffier but is located in London.',
        'Pizzeria Brandi serves Pizza Margherita, which originated in Naples but is located in Naples.',
        'Oasis plays Britpop from London.',
        'Pilton stages Glastonbury Festival.',
        'Chicago puts on Lollapalooza.',
        'Festival Republic put on Nirvana.',
        'Michael Eavis put on Oasis.',
        'Nirvana is part of Sub Pop.',
        'Nirvana belongs to Grunge.',
        'Sub Pop comes from Seattle.',
        'The Book of Kells hangs in Trinity College Library.',
        'Kew can be seen in the United Kingdom.',
        'The National Archives holds the Domesday Book, which was made in Winchester but is located in Kew.',
        'The Louvre holds the Mona Lisa, which was made in Florence but is located in Paris.',
        'The Rijksmuseum holds The Night Watch, which dates from the Dutch Golden Age but is located in Amsterdam.',
        'Alcatraz Island was a museum.',
        'Alcatraz Island, a prison, is located in San Francisco Bay.',
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
