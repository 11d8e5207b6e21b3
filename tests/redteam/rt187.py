"""Red team round 187 on the readings of CHANGES.diff: (1) "If you are after / want / like / are
looking for a <kind>, <item> is one": a kind said without a noun of the item's type, read through
the relations declared "is a", "is an", "is a kind of", "is a type of" or "... as a"
(index.declared_classes), with an answer only; (2) "At / In <place> you can / will / 'll see
<thing>": read with "can be seen at / in" (reversed) and every relation whose verb is "exhibits",
"displays", "shows", "houses" or "keeps", else as "you can find"; (3) "P, where one of the Ns is /
was Z"; (4) an actor's "created" role is not "invented / came up with / devised / dreamed up"
(type words role / part), a character's creator still "came up with" it.

Graphs: the shipped example graph (MovieLens films) and six of my own (see each builder's
docstring): drinks (class relations "is a", "is an", "is a kind of", "is classified as a", and two
relations ending in "as a" that name no class: "was first sold as a", "is often misidentified as
a"; ingredients, countries, makers, inventors, servings); zoos, aquariums, museums and a castle
(what they keep, once kept, exhibit, formerly exhibited, hold, the paintings that "can be seen at"
them, animals' native ranges and conservation status, and buildings' "is a", "was built as a",
"was once used as a"); "elsewise": relations with the verbs "shows", "houses", "keeps",
"exhibits", "displays" in other senses (channels, galleries, paintings, stadiums, buildings,
vaults, a beekeeper, a lighthouse keeper, animals' behaviours, flags); WebNLG-like nations, wars
and battles (leader, leader title, ethnic group, language, currency, capital, demonym, commander,
battle, military branch, tenants); stage roles "created" by their first actors (with two cartoon
characters in the same relation); characters, among them stage and opera characters whose graph
"creator" is the actor who first played them.

Findings (76 of 329 false texts accepted; 32 arguable texts are OPEN):

* (1) 37: declared_classes takes every relation whose phrase ends in "as a", whatever it says:
  a past label ("was first sold as a": "If you want a medicine, Angostura bitters is one", "If you
  want a patent medicine, Coca-Cola is one", "If you like a brain tonic, Dr Pepper is one"), a
  known mistake ("is often misidentified as a": "If you want a vermouth, Lillet is one", "If you
  are after a cognac brandy, Grand Marnier is one"), what a building was built or once used as
  ("If you are looking for a fortress, the Louvre is one", "... a railway station, the Musée
  d'Orsay", "... a power station, Tate Modern", "... a prison / a menagerie / a royal mint, the
  Tower of London"). Every frame takes them ("fits the bill", "is one of them", "is your pick",
  "is one to try", "If medicine appeals", "If brain tonic(s) is / are your thing"), and a true
  second clause after them ("...; it comes from France"). The older question frames ("Looking for
  a medicine? Angostura bitters fits the bill.") and every other attack held: ingredients,
  countries, makers, servings, another item's class, negation ("is not / isn't / is no longer /
  never / used to be / was one"), lists with a wrong item, "as is / so is / another", "like",
  "unlike", a wrong year, user claims.
* (2) 14: the place is never checked to be a place: a person who "keeps" something ("At Gilbert
  White you can see honey bees", "At William Darling you can see Longstone Lighthouse"), an animal
  that "exhibits" a behaviour ("At the mimic octopus you can see mimicry", "At the axolotl you will
  see neoteny"); "houses" is read as showing even of a vault no visitor enters ("At Fort Knox you
  can see the United States Bullion Depository gold", "At the Svalbard Global Seed Vault you can
  see the world's seed reserve"); and "In <region> you can see <animal>" takes the "can be seen
  in" that the lexicon gives an animal's one habitat relation "is native to" (a range), so extinct
  animals are seen there ("In Australia you can see a thylacine", "In Africa you can see a
  quagga", "In North America you'll see a passenger pigeon"; the graph says they are extinct).
  Held: what a zoo "once kept" or a museum "formerly exhibited" or holds in store, wrong places
  and things, direction swaps, negation ("can't / cannot / can not / can no longer / will never
  see"), "could / might / used to / saw", lists, a relative after the thing, user claims.
* (3) 8: P is never checked to be a place, and the noun may be one of P's relations upward: a
  person ("Adam Holloway, where one of the battles was the Gulf War, served in the Grenadier
  Guards", "... where one of the units was the Grenadier Guards, ..."), a dish ("Spain is the
  country of Ajoblanco, where one of the regions is Andalusia"), and a region's "country" ("Ajoblanco
  comes from Andalusia, where one of the countries is Spain": Spain is not in Andalusia). Held:
  wrong N, wrong Z, Z of a battle that is part of the war, "is not", "and another was", lists,
  years, a relative or apposition after Z, a wrong P.
* (4) 16: the fix drops only the conceiving verbs; "the mind / brains / genius behind" a role is
  still read as "created" ("Mrs Patrick Campbell was the mind behind Eliza Doolittle", "Lee J.
  Cobb was the brains behind Willy Loman", "Carol Channing was the genius behind Dolly Levi"). And
  the line is drawn on the item's type words only: a stage or opera character whose graph creator
  is an actor (range "actor") is still "invented / came up with / devised / dreamed up" by him
  ("Jessica Tandy invented Blanche DuBois", "Lee J. Cobb devised Willy Loman", "Marlon Brando
  dreamed up Stanley Kowalski", "Célestine Galli-Marié invented Carmen", "Blanche DuBois was
  invented by Jessica Tandy").
* (3, example graph) 1: "actresses" is a noun of "stars" with no gender: "Michael Mann directed
  Heat, where one of the actresses is Al Pacino".

Controls rejected (6 of 95): "If you want a coffee liqueur, Kahlúa is one, and you rated it 5."
(no_subject "you rated": a user claim after the answer); "In London you can see Wembley Stadium."
and, on the WebNLG graph, "In London you can see Westminster Abbey." (any showing cue in the graph
replaces the "is in" fallback; the WebNLG lexicon gives "houses" to "tenant" / "current tenants",
so one hotel's tenant turns it off; "In London you will find Westminster Abbey" is accepted);
"Eliza Doolittle was later played by Julie Andrews." ("later" read as a number, as in round 185);
"Friz Freleng came up with Porky Pig." and "Tex Avery invented Bugs Bunny." on the roles graph (one
relation whose domain names both roles and characters: the role words drop the conceiving verbs for
the cartoon characters too; on the characters graph the same texts are accepted).
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
    """A graph with no item, read as kgexplain reads WebNLG entries (evaluation.webnlg_graph)."""
    entries = [WebNLGEntry(key=f"{name}/{n}", category=name, triples=tuple(ts), references=())
               for n, ts in enumerate(rows)]
    kg, _ = webnlg_graph(entries, name=name)
    return kg


def movies():
    """The shipped example graph (MovieLens films, DBpedia credits, user ratings and tags)."""
    return kgx.KnowledgeGraph.example()


def drinks():
    """Liqueurs, spirits, bitters, beers and soft drinks (items). The class relations: "is a"
    (Kahlúa a coffee liqueur, Baileys an Irish cream liqueur, Cointreau a triple sec ...), "is an"
    (Campari, Aperol, Lillet an aperitif; Fernet-Branca an amaro; Lillet an aromatised wine), "is a
    kind of" (beers: Guinness a dry stout), "is classified as a" (Chartreuse, Bénédictine,
    Jägermeister a herbal liqueur; Tia Maria a coffee liqueur). Two relations that end in "as a"
    but name no class: "was first sold as a" (a past label: Angostura bitters a medicine,
    Coca-Cola a patent medicine, Jägermeister a digestive remedy, Dr Pepper a brain tonic) and "is
    often misidentified as a" (a mistake: Lillet a vermouth, Grand Marnier a cognac brandy). Other
    relations: "is made with" an ingredient (coffee, rum, cream, Irish whiskey, orange peel, herbs,
    gentian, hops ...), "comes from" a country, "is produced by" a company, "was invented by" a
    person, "is served as" a serving (digestif, shot, spritz). Kim rated Kahlúa 5, Baileys 2,
    Campari 4.5, Guinness 4."""
    rels = [
        R("is_a", phrase="is a", inverse_phrase="has the example", domain=("liqueur", "spirit", "bitters", "beer",
          "soft drink", "wine"), range=("drink class",)),
        R("is_an", phrase="is an", inverse_phrase="has the instance", domain=("liqueur", "spirit", "bitters", "wine"),
          range=("drink class",)),
        R("kind_of", phrase="is a kind of", inverse_phrase="has the kind", domain=("beer",), range=("beer style",)),
        R("classified", phrase="is classified as a", inverse_phrase="is the classification of",
          domain=("liqueur", "spirit"), range=("drink class",)),
        R("first_sold_as", phrase="was first sold as a", inverse_phrase="was the first use of",
          domain=("bitters", "soft drink", "liqueur"), range=("product class",)),
        R("misidentified", phrase="is often misidentified as a", inverse_phrase="is often wrongly said of",
          domain=("liqueur", "wine"), range=("drink class",)),
        R("made_with", phrase="is made with", inverse_phrase="goes into", domain=("liqueur", "spirit", "bitters",
          "beer", "soft drink", "wine"), range=("ingredient",)),
        R("comes_from", phrase="comes from", inverse_phrase="is the home of", domain=("liqueur", "spirit", "bitters",
          "beer", "soft drink", "wine"), range=("country",)),
        R("produced_by", phrase="is produced by", inverse_phrase="produces", domain=("liqueur", "spirit", "bitters",
          "beer", "soft drink", "wine"), range=("company", "religious order")),
        R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("liqueur", "bitters",
          "soft drink", "beer"), range=("person",)),
        R("served_as", phrase="is served as", inverse_phrase="is a serving of", domain=("liqueur", "spirit",
          "wine"), range=("serving",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"d:kahlua": ("liqueur", "Kahlúa", 1936), "d:tiamaria": ("liqueur", "Tia Maria", 1940),
             "d:baileys": ("liqueur", "Baileys", 1974), "d:cointreau": ("liqueur", "Cointreau", 1875),
             "d:grandmarnier": ("liqueur", "Grand Marnier", 1880), "d:chartreuse": ("liqueur", "Chartreuse", 1737),
             "d:benedictine": ("liqueur", "Bénédictine", 1863), "d:jager": ("liqueur", "Jägermeister", 1934),
             "d:frangelico": ("liqueur", "Frangelico", 1978), "d:amaretto": ("liqueur", "Disaronno", 1525),
             "d:campari": ("spirit", "Campari", 1860), "d:aperol": ("spirit", "Aperol", 1919),
             "d:fernet": ("spirit", "Fernet-Branca", 1845), "d:lillet": ("wine", "Lillet", 1872),
             "d:angostura": ("bitters", "Angostura bitters", 1824), "d:peychauds": ("bitters", "Peychaud's Bitters", 1830),
             "d:coke": ("soft drink", "Coca-Cola", 1886), "d:drpepper": ("soft drink", "Dr Pepper", 1885),
             "d:guinness": ("beer", "Guinness", 1759), "d:pilsner": ("beer", "Pilsner Urquell", 1842),
             "d:hoegaarden": ("beer", "Hoegaarden", 1966), "d:laphroaig": ("spirit", "Laphroaig", 1815)}
    others = {
        "c:coffee_liqueur": ("drink class", "coffee liqueur"), "c:cream_liqueur": ("drink class", "Irish cream liqueur"),
        "c:triple_sec": ("drink class", "triple sec"), "c:orange_liqueur": ("drink class", "orange liqueur"),
        "c:herbal_liqueur": ("drink class", "herbal liqueur"), "c:nut_liqueur": ("drink class", "hazelnut liqueur"),
        "c:almond_liqueur": ("drink class", "amaretto"), "c:aperitif": ("drink class", "aperitif"),
        "c:amaro": ("drink class", "amaro"), "c:single_malt": ("drink class", "single malt Scotch whisky"),
        "c:cocktail_bitters": ("drink class", "cocktail bitters"), "c:cola": ("drink class", "cola"),
        "c:fortified_wine": ("drink class", "aromatised wine"), "c:vermouth": ("drink class", "vermouth"),
        "c:cognac": ("drink class", "cognac brandy"),
        "s:dry_stout": ("beer style", "dry stout"), "s:pilsner": ("beer style", "pilsner"),
        "s:witbier": ("beer style", "witbier"),
        "p:medicine": ("product class", "medicine"), "p:patent_medicine": ("product class", "patent medicine"),
        "p:remedy": ("product class", "digestive remedy"), "p:brain_tonic": ("product class", "brain tonic"),
        "i:coffee": ("ingredient", "coffee"), "i:rum": ("ingredient", "rum"), "i:vanilla": ("ingredient", "vanilla"),
        "i:cream": ("ingredient", "cream"), "i:whiskey": ("ingredient", "Irish whiskey"), "i:cocoa": ("ingredient", "cocoa"),
        "i:orange": ("ingredient", "orange peel"), "i:cognac": ("ingredient", "cognac"), "i:herbs": ("ingredient", "herbs"),
        "i:gentian": ("ingredient", "gentian"), "i:hazelnut": ("ingredient", "hazelnuts"),
        "i:apricot": ("ingredient", "apricot kernels"), "i:rhubarb": ("ingredient", "rhubarb"),
        "i:barley": ("ingredient", "roasted barley"), "i:hops": ("ingredient", "Saaz hops"),
        "i:wheat": ("ingredient", "wheat"), "i:coriander": ("ingredient", "coriander"), "i:kola": ("ingredient", "kola nuts"),
        "i:wine": ("ingredient", "Bordeaux wine"), "i:peat": ("ingredient", "peated malt"), "i:anise": ("ingredient", "anise"),
        "k:mexico": ("country", "Mexico"), "k:jamaica": ("country", "Jamaica"), "k:ireland": ("country", "Ireland"),
        "k:france": ("country", "France"), "k:germany": ("country", "Germany"), "k:italy": ("country", "Italy"),
        "k:trinidad": ("country", "Trinidad and Tobago"), "k:usa": ("country", "United States"),
        "k:czechia": ("country", "Czech Republic"), "k:belgium": ("country", "Belgium"), "k:scotland": ("country", "Scotland"),
        "o:pernod": ("company", "Pernod Ricard"), "o:diageo": ("company", "Diageo"), "o:campari": ("company", "Campari Group"),
        "o:monks": ("religious order", "Carthusian monks"), "o:mast": ("company", "Mast-Jägermeister"),
        "o:abinbev": ("company", "AB InBev"), "o:asahi": ("company", "Asahi"), "o:cocacola": ("company", "The Coca-Cola Company"),
        "o:angostura": ("company", "House of Angostura"), "o:beam": ("company", "Beam Suntory"),
        "o:branca": ("company", "Fratelli Branca"), "o:bacardi": ("company", "Bacardi"),
        "o:illva": ("company", "ILLVA Saronno"), "o:keurig": ("company", "Keurig Dr Pepper"),
        "h:siegert": ("person", "Johann Siegert"), "h:pemberton": ("person", "John Pemberton"),
        "h:peychaud": ("person", "Antoine Peychaud"), "h:mast": ("person", "Curt Mast"),
        "h:lazarus": ("person", "Charles Alderton"), "h:legrand": ("person", "Alexandre Le Grand"),
        "v:digestif": ("serving", "digestif"), "v:shot": ("serving", "shot"), "v:spritz": ("serving", "spritz"),
    }
    T_ = _t("is_a", [("d:kahlua", "c:coffee_liqueur"), ("d:baileys", "c:cream_liqueur"), ("d:cointreau", "c:triple_sec"),
                     ("d:grandmarnier", "c:orange_liqueur"), ("d:frangelico", "c:nut_liqueur"),
                     ("d:amaretto", "c:almond_liqueur"), ("d:laphroaig", "c:single_malt"),
                     ("d:angostura", "c:cocktail_bitters"), ("d:peychauds", "c:cocktail_bitters"), ("d:coke", "c:cola")])
    T_ += _t("is_an", [("d:campari", "c:aperitif"), ("d:aperol", "c:aperitif"), ("d:lillet", "c:aperitif"),
                       ("d:fernet", "c:amaro"), ("d:lillet", "c:fortified_wine")])
    T_ += _t("kind_of", [("d:guinness", "s:dry_stout"), ("d:pilsner", "s:pilsner"), ("d:hoegaarden", "s:witbier")])
    T_ += _t("classified", [("d:chartreuse", "c:herbal_liqueur"), ("d:benedictine", "c:herbal_liqueur"),
                            ("d:jager", "c:herbal_liqueur"), ("d:tiamaria", "c:coffee_liqueur")])
    T_ += _t("first_sold_as", [("d:angostura", "p:medicine"), ("d:coke", "p:patent_medicine"),
                               ("d:jager", "p:remedy"), ("d:drpepper", "p:brain_tonic")])
    T_ += _t("misidentified", [("d:lillet", "c:vermouth"), ("d:grandmarnier", "c:cognac")])
    T_ += _t("made_with", [("d:kahlua", "i:coffee"), ("d:kahlua", "i:rum"), ("d:kahlua", "i:vanilla"),
                           ("d:tiamaria", "i:coffee"), ("d:tiamaria", "i:rum"), ("d:tiamaria", "i:vanilla"),
                           ("d:baileys", "i:cream"), ("d:baileys", "i:whiskey"), ("d:baileys", "i:cocoa"),
                           ("d:cointreau", "i:orange"), ("d:grandmarnier", "i:orange"), ("d:grandmarnier", "i:cognac"),
                           ("d:chartreuse", "i:herbs"), ("d:benedictine", "i:herbs"), ("d:jager", "i:herbs"),
                           ("d:jager", "i:anise"), ("d:frangelico", "i:hazelnut"), ("d:amaretto", "i:apricot"),
                           ("d:campari", "i:herbs"), ("d:aperol", "i:rhubarb"), ("d:aperol", "i:gentian"),
                           ("d:fernet", "i:herbs"), ("d:lillet", "i:wine"), ("d:angostura", "i:gentian"),
                           ("d:peychauds", "i:gentian"), ("d:peychauds", "i:anise"), ("d:coke", "i:kola"),
                           ("d:guinness", "i:barley"), ("d:pilsner", "i:hops"), ("d:hoegaarden", "i:wheat"),
                           ("d:hoegaarden", "i:coriander"), ("d:laphroaig", "i:peat")])
    T_ += _t("comes_from", [("d:kahlua", "k:mexico"), ("d:tiamaria", "k:jamaica"), ("d:baileys", "k:ireland"),
                            ("d:cointreau", "k:france"), ("d:grandmarnier", "k:france"), ("d:chartreuse", "k:france"),
                            ("d:benedictine", "k:france"), ("d:jager", "k:germany"), ("d:frangelico", "k:italy"),
                            ("d:amaretto", "k:italy"), ("d:campari", "k:italy"), ("d:aperol", "k:italy"),
                            ("d:fernet", "k:italy"), ("d:lillet", "k:france"), ("d:angostura", "k:trinidad"),
                            ("d:peychauds", "k:usa"), ("d:coke", "k:usa"), ("d:drpepper", "k:usa"),
                            ("d:guinness", "k:ireland"), ("d:pilsner", "k:czechia"), ("d:hoegaarden", "k:belgium"),
                            ("d:laphroaig", "k:scotland")])
    T_ += _t("produced_by", [("d:kahlua", "o:pernod"), ("d:tiamaria", "o:illva"), ("d:baileys", "o:diageo"),
                             ("d:chartreuse", "o:monks"), ("d:benedictine", "o:bacardi"), ("d:jager", "o:mast"),
                             ("d:campari", "o:campari"), ("d:aperol", "o:campari"), ("d:fernet", "o:branca"),
                             ("d:angostura", "o:angostura"), ("d:coke", "o:cocacola"), ("d:guinness", "o:diageo"),
                             ("d:pilsner", "o:asahi"), ("d:hoegaarden", "o:abinbev"), ("d:laphroaig", "o:beam"),
                             ("d:amaretto", "o:illva"), ("d:drpepper", "o:keurig")])
    T_ += _t("invented_by", [("d:angostura", "h:siegert"), ("d:coke", "h:pemberton"), ("d:peychauds", "h:peychaud"),
                             ("d:jager", "h:mast"), ("d:drpepper", "h:lazarus"), ("d:benedictine", "h:legrand")])
    T_ += _t("served_as", [("d:chartreuse", "v:digestif"), ("d:fernet", "v:digestif"), ("d:jager", "v:shot"),
                           ("d:aperol", "v:spritz"), ("d:benedictine", "v:digestif")])
    T_ += _r("user:kim", [("d:kahlua", 5), ("d:baileys", 2), ("d:campari", 4.5), ("d:guinness", 4)])
    return _build(items, others, rels, T_, users=[("user:kim", "Kim")])


def zoos():
    """Zoos, aquariums, museums and a castle (items, typed "zoo", "aquarium", "museum",
    "castle"; paintings are items too) with what they keep now ("keeps": animals), what they once
    kept ("once kept": Martha the passenger pigeon at Cincinnati Zoo, the quagga at Artis and London
    Zoo, Jumbo and Obaysch at London Zoo, Benjamin the thylacine at Beaumaris Zoo, pandas at San
    Diego Zoo), what they exhibit now ("exhibits"), what they once exhibited ("formerly
    exhibited": Dippy at the Natural History Museum, Dürer's Rhinoceros at the British Museum),
    what they hold in their collection (not said to be on show), the paintings that "can be seen
    at" a gallery, where each place "is located in" (a city), the animals native to a region ("is
    native to", the one habitat relation, which the lexicon also reads "can be seen in") and their
    conservation status (the thylacine, the quagga and the passenger pigeon "extinct"), the animal
    a zoo "has as its emblem". Buildings' classes: "is a" (the Louvre an art museum, Tate Modern a
    modern art gallery, the Tower of London a World Heritage Site), and two relations ending in
    "as a" that name what a building was: "was built as a" (the Louvre a fortress, the Musée
    d'Orsay a railway station, Tate Modern a power station) and "was once used as a" (the Tower of
    London a prison, a menagerie, a royal mint; the Louvre a royal palace). Jo rated Taronga Zoo
    5, London Zoo 2, the Louvre 4.5."""
    rels = [
        R("keeps", phrase="keeps", inverse_phrase="is kept at", domain=("zoo", "aquarium", "castle"),
          range=("animal",)),
        R("once_kept", phrase="once kept", inverse_phrase="was once kept at", domain=("zoo", "aquarium"),
          range=("animal",)),
        R("exhibits", phrase="exhibits", inverse_phrase="is exhibited at", domain=("museum", "castle"),
          range=("artwork", "fossil", "jewel", "artefact")),
        R("formerly_exhibited", phrase="formerly exhibited", inverse_phrase="was formerly exhibited at",
          domain=("museum",), range=("artwork", "fossil", "artefact")),
        R("holds", phrase="holds in its collection", inverse_phrase="is in the collection of",
          domain=("museum",), range=("artwork", "fossil", "artefact")),
        R("on_view", phrase="can be seen at", inverse_phrase="has on view", domain=("painting",),
          range=("museum",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("zoo", "aquarium",
          "museum", "castle"), range=("city",)),
        R("native_to", phrase="is native to", inverse_phrase="is the native range of", domain=("animal",),
          range=("region",)),
        R("emblem", phrase="has as its emblem", inverse_phrase="is the emblem of", domain=("zoo", "aquarium"),
          range=("animal",)),
        R("built_as", phrase="was built as a", inverse_phrase="was the first use of", domain=("museum", "castle"),
          range=("building class",)),
        R("used_as", phrase="was once used as a", inverse_phrase="was a former use of", domain=("museum", "castle"),
          range=("building class",)),
        R("is_a", phrase="is a", inverse_phrase="has the example", domain=("museum", "aquarium", "castle", "zoo"),
          range=("building class",)),
        R("status", phrase="has the conservation status", inverse_phrase="is the conservation status of",
          domain=("animal",), range=("status",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"z:taronga": ("zoo", "Taronga Zoo", 1916), "z:london": ("zoo", "London Zoo", 1828),
             "z:sandiego": ("zoo", "San Diego Zoo", 1916), "z:artis": ("zoo", "Artis", 1838),
             "z:cincinnati": ("zoo", "Cincinnati Zoo", 1875), "z:beaumaris": ("zoo", "Beaumaris Zoo", 1921),
             "z:monterey": ("aquarium", "Monterey Bay Aquarium", 1984), "z:georgia": ("aquarium", "Georgia Aquarium", 2005),
             "m:louvre": ("museum", "Louvre", 1793), "m:nhm": ("museum", "Natural History Museum", 1881),
             "m:british": ("museum", "British Museum", 1753), "m:rijks": ("museum", "Rijksmuseum", 1800),
             "m:ng": ("museum", "National Gallery", 1824), "m:mauritshuis": ("museum", "Mauritshuis", 1822),
             "m:tower": ("castle", "Tower of London", 1078), "m:orsay": ("museum", "Musée d'Orsay", 1986),
             "m:tate": ("museum", "Tate Modern", 2000),
             "p:mona": ("painting", "Mona Lisa", 1503), "p:nightwatch": ("painting", "The Night Watch", 1642),
             "p:haywain": ("painting", "The Hay Wain", 1821), "p:pearl": ("painting", "Girl with a Pearl Earring", 1665),
             "p:sunflowers": ("painting", "Sunflowers", 1888), "p:milkmaid": ("painting", "The Milkmaid", 1658),
             "p:goldfinch": ("painting", "The Goldfinch", 1654)}
    others = {
        "a:platypus": ("animal", "platypus"), "a:koala": ("animal", "koala"), "a:panda": ("animal", "giant panda"),
        "a:gorilla": ("animal", "western lowland gorilla"), "a:otter": ("animal", "sea otter"),
        "a:whaleshark": ("animal", "whale shark"), "a:beluga": ("animal", "beluga whale"),
        "a:kelp": ("animal", "leopard shark"), "a:okapi": ("animal", "okapi"), "a:raven": ("animal", "raven"),
        "a:martha": ("animal", "Martha"), "a:quagga": ("animal", "quagga"), "a:jumbo": ("animal", "Jumbo"),
        "a:benjamin": ("animal", "Benjamin"), "a:echidna": ("animal", "echidna"), "a:lion": ("animal", "lion"),
        "a:tiger": ("animal", "Sumatran tiger"), "a:penguin": ("animal", "African penguin"),
        "a:obaysch": ("animal", "Obaysch"), "a:kangaroo": ("animal", "kangaroo"),
        "a:thylacine": ("animal", "thylacine"), "a:pigeon": ("animal", "passenger pigeon"),
        "r:namerica": ("region", "North America"), "s:extinct": ("status", "extinct"),
        "s:vulnerable": ("status", "vulnerable"), "s:near": ("status", "near threatened"),
        "b:fortress": ("building class", "fortress"), "b:station": ("building class", "railway station"),
        "b:power": ("building class", "power station"), "b:prison": ("building class", "prison"),
        "b:menagerie": ("building class", "menagerie"), "b:mint": ("building class", "royal mint"),
        "b:palace": ("building class", "royal palace"), "b:artmuseum": ("building class", "art museum"),
        "b:gallery": ("building class", "modern art gallery"), "b:aquarium": ("building class", "public aquarium"),
        "b:whs": ("building class", "World Heritage Site"),
        "w:venus": ("artwork", "Venus de Milo"), "w:victory": ("artwork", "Winged Victory of Samothrace"),
        "w:dippy": ("fossil", "Dippy"), "w:hope": ("fossil", "Hope"), "w:rosetta": ("artefact", "Rosetta Stone"),
        "w:sutton": ("artefact", "Sutton Hoo helmet"), "w:lewis": ("artefact", "Lewis chessmen"),
        "w:crown": ("jewel", "Imperial State Crown"), "w:kohinoor": ("jewel", "Koh-i-Noor"),
        "w:archaeopteryx": ("fossil", "London Archaeopteryx"), "w:elgin": ("artefact", "Parthenon Marbles"),
        "w:portland": ("artefact", "Portland Vase"), "w:olympia": ("artwork", "Olympia"),
        "w:fountain": ("artwork", "Fountain"), "w:durer": ("artwork", "Rhinoceros"),
        "y:sydney": ("city", "Sydney"), "y:london": ("city", "London"), "y:sandiego": ("city", "San Diego"),
        "y:amsterdam": ("city", "Amsterdam"), "y:cincinnati": ("city", "Cincinnati"), "y:hobart": ("city", "Hobart"),
        "y:monterey": ("city", "Monterey"), "y:atlanta": ("city", "Atlanta"), "y:paris": ("city", "Paris"),
        "y:hague": ("city", "The Hague"),
        "r:australia": ("region", "Australia"), "r:china": ("region", "China"), "r:africa": ("region", "Africa"),
        "r:pacific": ("region", "Pacific Ocean"), "r:arctic": ("region", "Arctic"),
        "v:vinci": ("painter", "Leonardo da Vinci"), "v:rembrandt": ("painter", "Rembrandt"),
        "v:constable": ("painter", "John Constable"), "v:vermeer": ("painter", "Johannes Vermeer"),
        "v:gogh": ("painter", "Vincent van Gogh"), "v:fabritius": ("painter", "Carel Fabritius"),
    }
    T_ = _t("keeps", [("z:taronga", "a:platypus"), ("z:taronga", "a:koala"), ("z:taronga", "a:echidna"),
                      ("z:taronga", "a:gorilla"), ("z:london", "a:gorilla"), ("z:london", "a:tiger"),
                      ("z:london", "a:penguin"), ("z:london", "a:okapi"), ("z:sandiego", "a:koala"),
                      ("z:sandiego", "a:okapi"), ("z:artis", "a:okapi"), ("z:artis", "a:lion"),
                      ("z:cincinnati", "a:gorilla"), ("z:monterey", "a:otter"), ("z:monterey", "a:kelp"),
                      ("z:georgia", "a:whaleshark"), ("z:georgia", "a:beluga"), ("m:tower", "a:raven")])
    T_ += _t("once_kept", [("z:cincinnati", "a:martha"), ("z:artis", "a:quagga"), ("z:london", "a:jumbo"),
                           ("z:beaumaris", "a:benjamin"), ("z:sandiego", "a:panda"), ("z:london", "a:obaysch"),
                           ("z:london", "a:quagga")])
    T_ += _t("exhibits", [("m:louvre", "w:venus"), ("m:louvre", "w:victory"), ("m:nhm", "w:hope"),
                          ("m:nhm", "w:archaeopteryx"), ("m:british", "w:rosetta"), ("m:british", "w:sutton"),
                          ("m:british", "w:lewis"), ("m:british", "w:elgin"), ("m:tower", "w:crown"),
                          ("m:tower", "w:kohinoor")])
    T_ += _t("formerly_exhibited", [("m:nhm", "w:dippy"), ("m:british", "w:durer")])
    T_ += _t("holds", [("m:british", "w:portland"), ("m:british", "w:durer"), ("m:nhm", "w:dippy"),
                       ("m:louvre", "w:venus")])
    T_ += _t("on_view", [("p:mona", "m:louvre"), ("p:nightwatch", "m:rijks"), ("p:haywain", "m:ng"),
                         ("p:pearl", "m:mauritshuis"), ("p:sunflowers", "m:ng"), ("p:milkmaid", "m:rijks"),
                         ("p:goldfinch", "m:mauritshuis")])
    T_ += _t("painted_by", [("p:mona", "v:vinci"), ("p:nightwatch", "v:rembrandt"), ("p:haywain", "v:constable"),
                            ("p:pearl", "v:vermeer"), ("p:sunflowers", "v:gogh"), ("p:milkmaid", "v:vermeer"),
                            ("p:goldfinch", "v:fabritius")])
    T_ += _t("located_in", [("z:taronga", "y:sydney"), ("z:london", "y:london"), ("z:sandiego", "y:sandiego"),
                            ("z:artis", "y:amsterdam"), ("z:cincinnati", "y:cincinnati"), ("z:beaumaris", "y:hobart"),
                            ("z:monterey", "y:monterey"), ("z:georgia", "y:atlanta"), ("m:louvre", "y:paris"),
                            ("m:nhm", "y:london"), ("m:british", "y:london"), ("m:rijks", "y:amsterdam"),
                            ("m:ng", "y:london"), ("m:mauritshuis", "y:hague"), ("m:tower", "y:london")])
    T_ += _t("native_to", [("a:platypus", "r:australia"), ("a:koala", "r:australia"), ("a:echidna", "r:australia"),
                           ("a:panda", "r:china"), ("a:gorilla", "r:africa"), ("a:okapi", "r:africa"),
                           ("a:otter", "r:pacific"), ("a:beluga", "r:arctic"), ("a:kangaroo", "r:australia"),
                           ("a:lion", "r:africa"), ("a:penguin", "r:africa"),
                           ("a:thylacine", "r:australia"), ("a:quagga", "r:africa"), ("a:pigeon", "r:namerica")])
    T_ += _t("emblem", [("z:taronga", "a:kangaroo"), ("z:london", "a:jumbo")])
    T_ += _t("built_as", [("m:louvre", "b:fortress"), ("m:orsay", "b:station"), ("m:tate", "b:power")])
    T_ += _t("used_as", [("m:tower", "b:prison"), ("m:tower", "b:menagerie"), ("m:tower", "b:mint"),
                         ("m:louvre", "b:palace")])
    T_ += _t("is_a", [("m:louvre", "b:artmuseum"), ("m:orsay", "b:artmuseum"), ("m:tate", "b:gallery"),
                      ("z:monterey", "b:aquarium"), ("z:georgia", "b:aquarium"), ("m:tower", "b:whs")])
    T_ += _t("status", [("a:thylacine", "s:extinct"), ("a:quagga", "s:extinct"), ("a:pigeon", "s:extinct"),
                        ("a:koala", "s:vulnerable"), ("a:platypus", "s:near"), ("a:panda", "s:vulnerable"),
                        ("a:lion", "s:vulnerable")])
    T_ += _t("exhibits", [("m:orsay", "w:olympia"), ("m:tate", "w:fountain")])
    T_ += _t("located_in", [("m:orsay", "y:paris"), ("m:tate", "y:london")])
    T_ += _r("user:jo", [("z:taronga", 5), ("z:london", 2), ("m:louvre", 4.5)])
    return _build(items, others, rels, T_, users=[("user:jo", "Jo")])


def elsewise():
    """Relations whose verb is one of "shows", "houses", "keeps", "displays", "exhibits" in
    another sense than a place's showing: TV channels "show" programmes, a gallery "shows" an
    artist (his work), a painting "shows" a scene or a person, a stadium "houses" a team, a
    building "houses" an organisation, a vault "houses" a reserve (no visitor sees it), a
    person "keeps" bees, a lighthouse keeper "keeps" a lighthouse, an animal "exhibits" a
    behaviour, a flag "displays" an emblem, a patient "displays" a symptom. Places "are located
    in" cities, "overlook" a river, "border" a park. Items: the channels, galleries, paintings,
    stadiums, buildings, vaults, flags, animals, people typed "beekeeper" and "keeper"."""
    rels = [
        R("shows", phrase="shows", inverse_phrase="is shown on", domain=("tv channel", "gallery", "painting"),
          range=("programme", "artist", "scene", "person")),
        R("houses", phrase="houses", inverse_phrase="is housed in", domain=("stadium", "building", "vault"),
          range=("team", "organisation", "reserve")),
        R("keeps", phrase="keeps", inverse_phrase="is kept by", domain=("beekeeper", "keeper"),
          range=("insect", "lighthouse")),
        R("exhibits", phrase="exhibits", inverse_phrase="is exhibited by", domain=("animal",), range=("behaviour",)),
        R("displays", phrase="displays", inverse_phrase="is displayed on", domain=("flag",), range=("emblem",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("stadium", "building",
          "vault", "gallery", "lighthouse"), range=("city",)),
        R("overlooks", phrase="overlooks", inverse_phrase="is overlooked by", domain=("stadium", "building",
          "gallery"), range=("river",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("broadcast_from", phrase="broadcasts from", inverse_phrase="is the home of", domain=("tv channel",),
          range=("building",)),
    ]
    items = {"t:bbcone": ("tv channel", "BBC One", 1936), "t:hbo": ("tv channel", "HBO", 1972),
             "g:tate": ("gallery", "Tate Modern", 2000), "g:gagosian": ("gallery", "Gagosian Gallery", 1980),
             "g:whitecube": ("gallery", "White Cube", 1993),
             "p:haywain": ("painting", "The Hay Wain", 1821), "p:nightwatch": ("painting", "The Night Watch", 1642),
             "p:liberty": ("painting", "Liberty Leading the People", 1830),
             "s:wembley": ("stadium", "Wembley Stadium", 2007), "s:oldtrafford": ("stadium", "Old Trafford", 1910),
             "s:anfield": ("stadium", "Anfield", 1884),
             "b:burlington": ("building", "Burlington House", 1668), "b:pentagon": ("building", "The Pentagon", 1943),
             "b:broadcasting": ("building", "Broadcasting House", 1932), "b:somerset": ("building", "Somerset House", 1776),
             "v:knox": ("vault", "Fort Knox", 1937), "v:svalbard": ("vault", "Svalbard Global Seed Vault", 2008),
             "v:fedny": ("vault", "Federal Reserve Bank of New York vault", 1924),
             "f:mexico": ("flag", "flag of Mexico", 1968), "f:canada": ("flag", "flag of Canada", 1965),
             "f:wales": ("flag", "flag of Wales", 1959),
             "n:octopus": ("animal", "mimic octopus", None), "n:axolotl": ("animal", "axolotl", None),
             "n:lyrebird": ("animal", "superb lyrebird", None),
             "k:white": ("beekeeper", "Gilbert White", None), "k:darling": ("keeper", "William Darling", None)}
    others = {
        "r:doctorwho": ("programme", "Doctor Who"), "r:eastenders": ("programme", "EastEnders"),
        "r:sopranos": ("programme", "The Sopranos"), "r:thrones": ("programme", "Game of Thrones"),
        "a:rothko": ("artist", "Mark Rothko"), "a:hirst": ("artist", "Damien Hirst"), "a:emin": ("artist", "Tracey Emin"),
        "a:koons": ("artist", "Jeff Koons"),
        "c:cottage": ("scene", "Willy Lott's Cottage"), "c:cocq": ("person", "Frans Banninck Cocq"),
        "c:marianne": ("person", "Marianne"),
        "e:england": ("team", "England national football team"), "e:united": ("team", "Manchester United"),
        "e:liverpool": ("team", "Liverpool F.C."),
        "o:ra": ("organisation", "Royal Academy of Arts"), "o:linnean": ("organisation", "Linnean Society"),
        "o:dod": ("organisation", "Department of Defense"), "o:bbc": ("organisation", "BBC Radio 4"),
        "o:courtauld": ("organisation", "Courtauld Gallery"),
        "o:gold": ("reserve", "United States Bullion Depository gold"), "o:seeds": ("reserve", "world's seed reserve"),
        "o:fedgold": ("reserve", "foreign gold reserves"),
        "i:bees": ("insect", "honey bees"), "l:longstone": ("lighthouse", "Longstone Lighthouse"),
        "h:mimicry": ("behaviour", "mimicry"), "h:neoteny": ("behaviour", "neoteny"), "h:mimic": ("behaviour", "vocal mimicry"),
        "m:eagle": ("emblem", "golden eagle"), "m:maple": ("emblem", "maple leaf"), "m:dragon": ("emblem", "red dragon"),
        "y:london": ("city", "London"), "y:manchester": ("city", "Manchester"), "y:liverpool": ("city", "Liverpool"),
        "y:arlington": ("city", "Arlington"), "y:kentucky": ("city", "Fort Knox, Kentucky"),
        "y:longyearbyen": ("city", "Longyearbyen"), "y:nyc": ("city", "New York City"), "y:bamburgh": ("city", "Bamburgh"),
        "w:thames": ("river", "River Thames"), "w:irwell": ("river", "River Irwell"),
        "w:potomac": ("river", "Potomac River"),
        "q:constable": ("painter", "John Constable"), "q:rembrandt": ("painter", "Rembrandt"),
        "q:delacroix": ("painter", "Eugène Delacroix"),
    }
    T_ = _t("shows", [("t:bbcone", "r:doctorwho"), ("t:bbcone", "r:eastenders"), ("t:hbo", "r:sopranos"),
                      ("t:hbo", "r:thrones"), ("g:tate", "a:rothko"), ("g:gagosian", "a:hirst"),
                      ("g:gagosian", "a:koons"), ("g:whitecube", "a:emin"), ("g:whitecube", "a:hirst"),
                      ("p:haywain", "c:cottage"), ("p:nightwatch", "c:cocq"), ("p:liberty", "c:marianne")])
    T_ += _t("houses", [("s:wembley", "e:england"), ("s:oldtrafford", "e:united"), ("s:anfield", "e:liverpool"),
                        ("b:burlington", "o:ra"), ("b:burlington", "o:linnean"), ("b:pentagon", "o:dod"),
                        ("b:broadcasting", "o:bbc"), ("b:somerset", "o:courtauld"), ("v:knox", "o:gold"),
                        ("v:svalbard", "o:seeds"), ("v:fedny", "o:fedgold")])
    T_ += _t("keeps", [("k:white", "i:bees"), ("k:darling", "l:longstone")])
    T_ += _t("exhibits", [("n:octopus", "h:mimicry"), ("n:axolotl", "h:neoteny"), ("n:lyrebird", "h:mimic")])
    T_ += _t("displays", [("f:mexico", "m:eagle"), ("f:canada", "m:maple"), ("f:wales", "m:dragon")])
    T_ += _t("located_in", [("s:wembley", "y:london"), ("s:oldtrafford", "y:manchester"), ("s:anfield", "y:liverpool"),
                            ("b:burlington", "y:london"), ("b:pentagon", "y:arlington"), ("b:broadcasting", "y:london"),
                            ("b:somerset", "y:london"), ("v:knox", "y:kentucky"), ("v:svalbard", "y:longyearbyen"),
                            ("v:fedny", "y:nyc"), ("g:tate", "y:london"), ("g:whitecube", "y:london")])
    T_ += _t("overlooks", [("g:tate", "w:thames"), ("b:somerset", "w:thames"), ("s:oldtrafford", "w:irwell"),
                           ("b:pentagon", "w:potomac")])
    T_ += _t("painted_by", [("p:haywain", "q:constable"), ("p:nightwatch", "q:rembrandt"), ("p:liberty", "q:delacroix")])
    T_ += _t("broadcast_from", [("t:bbcone", "b:broadcasting")])
    return _build(items, others, rels, T_)


def nations():
    """WebNLG-like entries (no item; every entity an attribute, relations named by their
    predicates with the shipped WebNLG cue lexicon): countries with leaders, leader titles,
    ethnic groups, languages, currencies, capitals, demonyms; languages "spoken in" countries;
    dishes and people from places; wars with commanders ("commander"), battles "part of military
    conflict" of a war with their own commanders, people who fought in them ("battle") and their
    military branch. The Gulf War's commanders are George H. W. Bush, Colin Powell, Norman
    Schwarzkopf and Saddam Hussein; the Battle of Khafji (part of it) had Khalid bin Sultan;
    Adam Holloway fought in the Gulf War. Two buildings have a "tenant" / "current tenants" (whose
    WebNLG cues include "houses"), and a "location" (Westminster Abbey is in London)."""
    return _web("Nations", [
        [("Spain", "leader", "Felipe VI of Spain"), ("Spain", "leader", "Pedro Sánchez"),
         ("Spain", "leader title", "Monarchy of Spain"), ("Spain", "ethnic group", "Spaniards"),
         ("Spain", "language", "Spanish language"), ("Spain", "currency", "Euro"), ("Spain", "capital", "Madrid"),
         ("Spain", "demonym", "Spanish people")],
        [("Italy", "leader", "Sergio Mattarella"), ("Italy", "leader", "Pietro Grasso"),
         ("Italy", "leader title", "President of the Senate"), ("Italy", "ethnic group", "Italians"),
         ("Italy", "language", "Italian language"), ("Italy", "currency", "Euro"), ("Italy", "capital", "Rome"),
         ("Italy", "demonym", "Italian people")],
        [("United States", "leader", "Barack Obama"), ("United States", "leader", "Joe Biden"),
         ("United States", "leader title", "President of the United States"),
         ("United States", "ethnic group", "African Americans"), ("United States", "ethnic group", "Native Americans in the United States"),
         ("United States", "ethnic group", "Asian Americans"), ("United States", "language", "English language"),
         ("United States", "currency", "United States dollar"), ("United States", "capital", "Washington, D.C."),
         ("United States", "demonym", "Americans")],
        [("India", "leader", "Narendra Modi"), ("India", "leader title", "Prime Minister of India"),
         ("India", "ethnic group", "Bengalis"), ("India", "language", "Hindi"), ("India", "language", "English language"),
         ("India", "currency", "Indian rupee"), ("India", "capital", "New Delhi")],
        [("Egypt", "leader", "Abdel Fattah el-Sisi"), ("Egypt", "ethnic group", "Nubian people"),
         ("Egypt", "language", "Egyptian Arabic"), ("Egypt", "currency", "Egyptian pound"), ("Egypt", "capital", "Cairo")],
        [("Mexico", "leader", "Enrique Peña Nieto"), ("Mexico", "ethnic group", "Mestizo"),
         ("Mexico", "language", "Spanish language"), ("Mexico", "currency", "Mexican peso"),
         ("Mexico", "capital", "Mexico City"), ("Mexico", "demonym", "Mexicans")],
        [("Spanish language", "spoken in", "Spain"), ("Spanish language", "spoken in", "Mexico"),
         ("English language", "spoken in", "United States"), ("English language", "spoken in", "India")],
        [("Ajoblanco", "country", "Spain"), ("Ajoblanco", "region", "Andalusia"), ("Ajoblanco", "main ingredient", "Bread"),
         ("Arrabbiata sauce", "country", "Italy"), ("Arrabbiata sauce", "region", "Rome"),
         ("Bhajji", "country", "India"), ("Bionico", "country", "Mexico"), ("Bionico", "region", "Guadalajara")],
        [("Andalusia", "country", "Spain"), ("Guadalajara", "country", "Mexico"), ("Rome", "country", "Italy")],
        [("Gulf War", "commander", "George H. W. Bush"), ("Gulf War", "commander", "Colin Powell"),
         ("Gulf War", "commander", "Norman Schwarzkopf"), ("Gulf War", "commander", "Saddam Hussein"),
         ("Battle of Khafji", "is part of military conflict", "Gulf War"), ("Battle of Khafji", "commander", "Khalid bin Sultan"),
         ("Adam Holloway", "battle", "Gulf War"), ("Adam Holloway", "military branch", "Grenadier Guards")],
        [("Korean War", "commander", "Douglas MacArthur"), ("Korean War", "commander", "Kim Il-sung"),
         ("Korean War", "commander", "Matthew Ridgway"), ("Battle of Inchon", "is part of military conflict", "Korean War"),
         ("Battle of Inchon", "commander", "Arthur Dewey Struble"), ("John Glenn", "battle", "Korean War"),
         ("John Glenn", "military branch", "United States Marine Corps")],
        [("American Civil War", "commander", "Ulysses S. Grant"), ("American Civil War", "commander", "Robert E. Lee"),
         ("American Civil War", "commander", "Abraham Lincoln"),
         ("Battle of Gettysburg", "is part of military conflict", "American Civil War"),
         ("Battle of Gettysburg", "commander", "George Meade"), ("Aaron S. Daggett", "battle", "American Civil War"),
         ("Aaron S. Daggett", "battle", "Battle of Gettysburg"), ("Aaron S. Daggett", "military branch", "Union Army"),
         ("Battle of Fredericksburg", "is part of military conflict", "American Civil War"),
         ("Battle of Fredericksburg", "commander", "Ambrose Burnside"),
         ("Aaron S. Daggett", "battle", "Battle of Fredericksburg")],
        [("World War II", "commander", "Winston Churchill"), ("World War II", "commander", "Dwight D. Eisenhower"),
         ("World War II", "commander", "Joseph Stalin"), ("Operation Overlord", "is part of military conflict", "World War II"),
         ("Operation Overlord", "commander", "Bernard Montgomery"), ("Alan Shepard", "battle", "World War II"),
         ("Alan Shepard", "military branch", "United States Navy"),
         ("Joe Biden", "birth place", "Scranton, Pennsylvania"), ("Barack Obama", "birth place", "Honolulu")],
        [("Alan B. Miller Hall", "current tenants", "Mason School of Business"),
         ("Alan B. Miller Hall", "location", "Williamsburg, Virginia"),
         ("AC Hotel Bella Sky Copenhagen", "tenant", "Marriott International"),
         ("AC Hotel Bella Sky Copenhagen", "location", "Copenhagen"), ("Copenhagen", "country", "Denmark"),
         ("Westminster Abbey", "location", "London"), ("London", "country", "United Kingdom"),
         ("Marriott International", "location", "Bethesda, Maryland")],
    ])


def roles():
    """Stage roles (items typed "role", "title role", "breeches part") "created" by the actor
    who first played them ("was created by": the originating actor), written by a playwright
    ("was written by"), appearing in a play ("appears in"), later played by others ("was later
    played by"). Mrs Patrick Campbell created Eliza Doolittle, Jessica Tandy Blanche DuBois, Lee J.
    Cobb Willy Loman, Marlon Brando Stanley Kowalski, Ethel Merman Mama Rose, Richard Burbage
    Prince Hamlet, Yul Brynner King Mongkut, Zero Mostel Tevye, Carol Channing Dolly Levi (a title
    role), Maude Adams Peter Pan (a breeches part). The same relation also holds two cartoon
    characters (typed "character") and their cartoonists: Porky Pig by Friz Freleng, Bugs Bunny by
    Tex Avery (so the relation's domain has both role and character words). Pat rated Eliza
    Doolittle 5, Willy Loman 4.5, Prince Hamlet 2."""
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("role", "title role",
          "breeches part", "character"), range=("actor", "cartoonist")),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("role", "title role",
          "breeches part"), range=("playwright",)),
        R("appears_in", phrase="appears in", inverse_phrase="features", domain=("role", "title role", "breeches part"),
          range=("play", "musical")),
        R("later_played_by", phrase="was later played by", inverse_phrase="later played", domain=("role", "title role",
          "breeches part"), range=("actor",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"r:eliza": ("role", "Eliza Doolittle", 1914), "r:blanche": ("role", "Blanche DuBois", 1947),
             "r:willy": ("role", "Willy Loman", 1949), "r:stanley": ("role", "Stanley Kowalski", 1947),
             "r:rose": ("role", "Mama Rose", 1959), "r:hamlet": ("role", "Prince Hamlet", 1600),
             "r:mongkut": ("role", "King Mongkut", 1951), "r:tevye": ("role", "Tevye", 1964),
             "r:dolly": ("title role", "Dolly Levi", 1964), "r:peter": ("breeches part", "Peter Pan", 1905),
             "c:porky": ("character", "Porky Pig", 1935), "c:bugs": ("character", "Bugs Bunny", 1940)}
    others = {
        "a:campbell": ("actor", "Mrs Patrick Campbell"), "a:tandy": ("actor", "Jessica Tandy"),
        "a:cobb": ("actor", "Lee J. Cobb"), "a:brando": ("actor", "Marlon Brando"), "a:merman": ("actor", "Ethel Merman"),
        "a:burbage": ("actor", "Richard Burbage"), "a:brynner": ("actor", "Yul Brynner"), "a:mostel": ("actor", "Zero Mostel"),
        "a:channing": ("actor", "Carol Channing"), "a:adams": ("actor", "Maude Adams"),
        "a:freleng": ("cartoonist", "Friz Freleng"), "a:avery": ("cartoonist", "Tex Avery"),
        "a:harrison": ("actor", "Rex Harrison"), "a:leigh": ("actor", "Vivien Leigh"), "a:hoffman": ("actor", "Dustin Hoffman"),
        "a:lupone": ("actor", "Patti LuPone"), "a:olivier": ("actor", "Laurence Olivier"), "a:topol": ("actor", "Chaim Topol"),
        "a:streisand": ("actor", "Barbra Streisand"), "a:martin": ("actor", "Mary Martin"), "a:andrews": ("actor", "Julie Andrews"),
        "w:shaw": ("playwright", "George Bernard Shaw"), "w:williams": ("playwright", "Tennessee Williams"),
        "w:miller": ("playwright", "Arthur Miller"), "w:laurents": ("playwright", "Arthur Laurents"),
        "w:shakespeare": ("playwright", "William Shakespeare"), "w:hammerstein": ("playwright", "Oscar Hammerstein II"),
        "w:stein": ("playwright", "Joseph Stein"), "w:stewart": ("playwright", "Michael Stewart"),
        "w:barrie": ("playwright", "J. M. Barrie"),
        "p:pygmalion": ("play", "Pygmalion"), "p:streetcar": ("play", "A Streetcar Named Desire"),
        "p:salesman": ("play", "Death of a Salesman"), "p:gypsy": ("musical", "Gypsy"), "p:hamlet": ("play", "Hamlet"),
        "p:kingandi": ("musical", "The King and I"), "p:fiddler": ("musical", "Fiddler on the Roof"),
        "p:hello": ("musical", "Hello, Dolly!"), "p:peterpan": ("play", "Peter Pan, or the Boy Who Wouldn't Grow Up"),
    }
    T_ = _t("created_by", [("r:eliza", "a:campbell"), ("r:blanche", "a:tandy"), ("r:willy", "a:cobb"),
                           ("r:stanley", "a:brando"), ("r:rose", "a:merman"), ("r:hamlet", "a:burbage"),
                           ("r:mongkut", "a:brynner"), ("r:tevye", "a:mostel"), ("r:dolly", "a:channing"),
                           ("r:peter", "a:adams"), ("c:porky", "a:freleng"), ("c:bugs", "a:avery")])
    T_ += _t("written_by", [("r:eliza", "w:shaw"), ("r:blanche", "w:williams"), ("r:willy", "w:miller"),
                            ("r:stanley", "w:williams"), ("r:rose", "w:laurents"), ("r:hamlet", "w:shakespeare"),
                            ("r:mongkut", "w:hammerstein"), ("r:tevye", "w:stein"), ("r:dolly", "w:stewart"),
                            ("r:peter", "w:barrie")])
    T_ += _t("appears_in", [("r:eliza", "p:pygmalion"), ("r:blanche", "p:streetcar"), ("r:willy", "p:salesman"),
                            ("r:stanley", "p:streetcar"), ("r:rose", "p:gypsy"), ("r:hamlet", "p:hamlet"),
                            ("r:mongkut", "p:kingandi"), ("r:tevye", "p:fiddler"), ("r:dolly", "p:hello"),
                            ("r:peter", "p:peterpan")])
    T_ += _t("later_played_by", [("r:eliza", "a:andrews"), ("r:blanche", "a:leigh"), ("r:willy", "a:hoffman"),
                                 ("r:rose", "a:lupone"), ("r:hamlet", "a:olivier"), ("r:tevye", "a:topol"),
                                 ("r:dolly", "a:streisand"), ("r:peter", "a:martin")])
    T_ += _r("user:pat", [("r:eliza", 5), ("r:willy", 4.5), ("r:hamlet", 2)])
    return _build(items, others, rels, T_, users=[("user:pat", "Pat")])


def characters():
    """Characters (every item typed "character", or "stage character" / "opera character")
    with one relation "was created by": for comic and literary characters their author (Sherlock
    Holmes by Arthur Conan Doyle, Porky Pig by Friz Freleng, Mickey Mouse by Walt Disney and Ub
    Iwerks, Batman by Bob Kane, Winnie-the-Pooh by A. A. Milne), but for stage characters the
    actor who first played them, as theatre histories say (range "actor": Blanche DuBois by Jessica
    Tandy, Willy Loman by Lee J. Cobb, Carmen by Célestine Galli-Marié, Stanley Kowalski by Marlon
    Brando, Sweeney Todd by Len Cariou), each also "written by" its playwright or librettist, and
    "appears in" a work."""
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("character", "stage character",
          "opera character"), range=("author", "cartoonist", "actor")),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("stage character", "opera character"),
          range=("playwright", "librettist")),
        R("appears_in", phrase="appears in", inverse_phrase="features", domain=("character", "stage character",
          "opera character"), range=("work",)),
    ]
    items = {"c:holmes": ("character", "Sherlock Holmes", 1887), "c:porky": ("character", "Porky Pig", 1935),
             "c:mickey": ("character", "Mickey Mouse", 1928), "c:batman": ("character", "Batman", 1939),
             "c:pooh": ("character", "Winnie-the-Pooh", 1926),
             "c:blanche": ("stage character", "Blanche DuBois", 1947), "c:willy": ("stage character", "Willy Loman", 1949),
             "c:stanley": ("stage character", "Stanley Kowalski", 1947),
             "c:sweeney": ("stage character", "Sweeney Todd", 1979),
             "c:carmen": ("opera character", "Carmen", 1875)}
    others = {
        "a:doyle": ("author", "Arthur Conan Doyle"), "a:freleng": ("cartoonist", "Friz Freleng"),
        "a:disney": ("cartoonist", "Walt Disney"), "a:iwerks": ("cartoonist", "Ub Iwerks"), "a:kane": ("cartoonist", "Bob Kane"),
        "a:milne": ("author", "A. A. Milne"),
        "a:tandy": ("actor", "Jessica Tandy"), "a:cobb": ("actor", "Lee J. Cobb"), "a:brando": ("actor", "Marlon Brando"),
        "a:cariou": ("actor", "Len Cariou"), "a:galli": ("actor", "Célestine Galli-Marié"),
        "w:williams": ("playwright", "Tennessee Williams"), "w:miller": ("playwright", "Arthur Miller"),
        "w:wheeler": ("playwright", "Hugh Wheeler"), "w:meilhac": ("librettist", "Henri Meilhac"),
        "k:study": ("work", "A Study in Scarlet"), "k:hams": ("work", "I Haven't Got a Hat"),
        "k:willie": ("work", "Steamboat Willie"), "k:detective": ("work", "Detective Comics"),
        "k:pooh": ("work", "Winnie-the-Pooh"), "k:streetcar": ("work", "A Streetcar Named Desire"),
        "k:salesman": ("work", "Death of a Salesman"), "k:sweeney": ("work", "Sweeney Todd: The Demon Barber of Fleet Street"),
        "k:carmen": ("work", "Carmen (opera)"),
    }
    T_ = _t("created_by", [("c:holmes", "a:doyle"), ("c:porky", "a:freleng"), ("c:mickey", "a:disney"),
                           ("c:mickey", "a:iwerks"), ("c:batman", "a:kane"), ("c:pooh", "a:milne"),
                           ("c:blanche", "a:tandy"), ("c:willy", "a:cobb"), ("c:stanley", "a:brando"),
                           ("c:sweeney", "a:cariou"), ("c:carmen", "a:galli")])
    T_ += _t("written_by", [("c:blanche", "w:williams"), ("c:willy", "w:miller"), ("c:stanley", "w:williams"),
                            ("c:sweeney", "w:wheeler"), ("c:carmen", "w:meilhac")])
    T_ += _t("appears_in", [("c:holmes", "k:study"), ("c:porky", "k:hams"), ("c:mickey", "k:willie"),
                            ("c:batman", "k:detective"), ("c:pooh", "k:pooh"), ("c:blanche", "k:streetcar"),
                            ("c:willy", "k:salesman"), ("c:stanley", "k:streetcar"), ("c:sweeney", "k:sweeney"),
                            ("c:carmen", "k:carmen")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "drinks": drinks, "zoos": zoos, "elsewise": elsewise, "nations": nations,
            "roles": roles, "characters": characters}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@drinks
# (1) a relation that ends in "as a" but names no class: a past label ("was first sold as a"),
# a common mistake ("is often misidentified as a"): read as what the drink is
If you want a medicine, Angostura bitters is one.
If you are after a medicine, Angostura bitters is one.
If you're looking for a medicine, Angostura bitters fits the bill.
If you want medicine, Angostura bitters is one.
If medicine appeals, Angostura bitters is one.
If you want a medicine, Angostura bitters is your pick.
If you want a medicine, Angostura bitters is one to try.
If you want a patent medicine, Coca-Cola is one.
If you love a patent medicine, Coca-Cola is one of them.
If you are looking for a patent medicine, Coca-Cola fits the bill.
If you like a brain tonic, Dr Pepper is one.
If you are into brain tonic, Dr Pepper is one.
If you want a brain tonic, Dr Pepper fits the bill.
If you want a vermouth, Lillet is one.
If you are looking for a vermouth, Lillet fits the bill.
If vermouth appeals, Lillet is one.
If you are after a cognac brandy, Grand Marnier is one.
If you like cognac brandy, Grand Marnier is one of them.
If brain tonic is your thing, Dr Pepper is one.
If brain tonics are your thing, Dr Pepper is one.
If medicine is your thing, Angostura bitters is one.
If you want a medicine, Angostura bitters is one, and it comes from Trinidad and Tobago.
If you want a medicine, Angostura bitters is one; it was invented by Johann Siegert.
If you want a vermouth, Lillet is one; it comes from France.
If you're after a medicine, try Angostura bitters.
# (1) the same kinds in the older question frames and with another item (held?)
Looking for a medicine? Angostura bitters fits the bill.
In the mood for a brain tonic? Try Dr Pepper.
Looking for a vermouth? Lillet fits the bill.
If you want a medicine, Coca-Cola is one.
If you want a patent medicine, Angostura bitters is one.
If you want a brain tonic, Guinness is one.
If you want a digestive remedy, Baileys is one.
If you want a vermouth, Campari is one.
# (1) a class of another item
If you are after a coffee liqueur, Baileys is one.
If you are after a coffee liqueur, Cointreau is one.
If you want an Irish cream liqueur, Kahlúa is one.
If you want an Irish cream liqueur, Tia Maria is one.
If you like a triple sec, Baileys is one.
If you like an orange liqueur, Frangelico is one.
If you want a herbal liqueur, Kahlúa is one.
If you want a herbal liqueur, Baileys is one.
If you like a hazelnut liqueur, Disaronno is one.
If you like an amaretto, Frangelico is one.
If you are looking for an aperitif, Fernet-Branca is one.
If you are looking for an aperitif, Kahlúa is one.
If you want an amaro, Lillet is one.
If you like a dry stout, Pilsner Urquell is one.
If you like a pilsner, Guinness is one.
If you like a witbier, Guinness is one.
If you want a single malt Scotch whisky, Baileys is one.
If you want cocktail bitters, Coca-Cola is one.
If you want an aromatised wine, Campari is one.
If you want a coffee liqueur, Guinness is one.
# (1) an attribute of another relation: an ingredient, a country, a maker, an inventor, a serving
If you like coffee, Kahlúa is one.
If you like rum, Tia Maria is one.
If you want cream, Baileys is one.
If you want Irish whiskey, Baileys is one.
If you like gentian, Aperol is one.
If you want herbs, Chartreuse is one.
If you like Saaz hops, Pilsner Urquell is one.
If you want orange peel, Cointreau is one.
If you like wheat, Hoegaarden is one.
If you like Mexico, Kahlúa is one.
If you are after Ireland, Guinness is one.
If you want Diageo, Guinness is one.
If you like Pernod Ricard, Kahlúa is one.
If you like John Pemberton, Coca-Cola is one.
If you are after Carthusian monks, Chartreuse is one.
If you want a digestif, Aperol is one.
If you want a spritz, Guinness is one.
# (1) negation, tense, other answers, lists, a second claim
If you are after a coffee liqueur, Kahlúa is not one.
If you like a coffee liqueur, Kahlúa isn't one.
If you like a coffee liqueur, Kahlúa is no longer one.
If you like a coffee liqueur, Kahlúa is never one.
If you like a coffee liqueur, Kahlúa used to be one.
If you like a coffee liqueur, Kahlúa was one.
If you want a coffee liqueur, Baileys is not one, but Kahlúa is.
If you want a coffee liqueur, Kahlúa is one, but Tia Maria is not.
If you want a coffee liqueur, Kahlúa is one and Tia Maria isn't.
If you want a coffee liqueur, Kahlúa is one, unlike Tia Maria.
If you are after a coffee liqueur, Kahlúa and Baileys are two.
If you are after a coffee liqueur, Baileys and Kahlúa are two.
If you want a coffee liqueur, Tia Maria, Kahlúa and Baileys are three.
If you want an aperitif, Campari and Fernet-Branca are two.
If you want a coffee liqueur, Kahlúa is one, as is Baileys.
If you want a coffee liqueur, Kahlúa is one, and so is Baileys.
If you want a coffee liqueur, Kahlúa is one; Baileys is another.
If you want a coffee liqueur, Kahlúa is one, and Baileys is a coffee liqueur.
If you want a coffee liqueur, Kahlúa is one, and it comes from Jamaica.
If you want a coffee liqueur, Kahlúa is one; it is made with cream.
If you want a coffee liqueur, Kahlúa is one, made with cream.
If you want a coffee liqueur, Kahlúa is one; it was invented by John Pemberton.
If you want a coffee liqueur, Kahlúa, which comes from Jamaica, is one.
If you want a coffee liqueur, Kahlúa from Jamaica is one.
If you want a coffee liqueur, Kahlúa by Diageo is one.
If you want a Jamaican coffee liqueur, Kahlúa is one.
If you want a coffee liqueur from Jamaica, Kahlúa is one.
If you want a coffee liqueur, Kahlúa (1940) is one.
If you want a coffee liqueur, Kahlúa is one from 1940.
If you like a coffee liqueur, Kahlúa is one that comes from Jamaica.
If you like a coffee liqueur, Kahlúa is one made with cream.
If you want a coffee liqueur, Kahlúa is one, like Baileys.
If you want a coffee liqueur, try Baileys.
Looking for a coffee liqueur? Baileys fits the bill.
@drinks user:kim
# (1) with a user: the claim about the user is wrong
If you want a coffee liqueur, Kahlúa is one, and you rated it 2.
You loved Baileys. If you want an Irish cream liqueur, Baileys is one.
You rated Guinness 5. If you like a dry stout, Guinness is one.
If you like an aperitif, Campari is one, which you disliked.
@zoos
# (1) "was built as a" / "was once used as a": what the building was, not what it is
If you are looking for a fortress, the Louvre is one.
If you want a fortress, the Louvre fits the bill.
If you want a railway station, the Musée d'Orsay is one.
If you're after a railway station, the Musée d'Orsay is one to try.
If you're after a power station, Tate Modern is one.
If power station appeals, Tate Modern is one.
If you are looking for a prison, the Tower of London is one.
If you want a menagerie, the Tower of London is one.
If you like a menagerie, the Tower of London is your pick.
If you want a royal mint, the Tower of London is one.
If you want a prison, the Tower of London is one to try.
If you are looking for a fortress, the Louvre is one; it is located in Paris.
If you want a fortress, the Louvre is one, and it exhibits the Venus de Milo.
If you want a prison, the Louvre is one.
If you want a public aquarium, Taronga Zoo is one.
If you like a modern art gallery, the Louvre is one.
# (2) what a zoo once kept, a museum once exhibited or holds in store (no showing now)
At Cincinnati Zoo you can see Martha.
At Artis you can see a quagga.
At London Zoo you can see a quagga.
At London Zoo you will see Jumbo.
At London Zoo you'll see Obaysch.
At Beaumaris Zoo you can see Benjamin.
At the Natural History Museum you can see Dippy.
At the British Museum you can see Rhinoceros.
# (2) an animal's native range (read "can be seen in") of an extinct animal
In Australia you can see a thylacine.
In Africa you can see a quagga.
In North America you can see a passenger pigeon.
In Australia you will see a thylacine.
In North America you'll see a passenger pigeon.
# (2) wrong place, wrong thing, direction, a place's emblem, a painter
At Taronga Zoo you can see a giant panda.
At London Zoo you can see a platypus.
At Monterey Bay Aquarium you can see a whale shark.
At Monterey Bay Aquarium you can see a koala.
At the Louvre you can see the Rosetta Stone.
At the British Museum you can see the Venus de Milo.
At the Mauritshuis you can see The Night Watch.
At the Rijksmuseum you can see Girl with a Pearl Earring.
At the National Gallery you can see the Mona Lisa.
At the Tower of London you can see the Sutton Hoo helmet.
At Tate Modern you can see Olympia.
At the Musée d'Orsay you can see Fountain.
At the platypus you can see Taronga Zoo.
At the Mona Lisa you can see the Louvre.
At Leonardo da Vinci you can see the Mona Lisa.
At the Louvre you can see Leonardo da Vinci.
In China you can see a platypus.
# (2) negation, modals, tense, lists, a relative after the thing
At Taronga Zoo you can't see a platypus.
At Taronga Zoo you cannot see a platypus.
At Taronga Zoo you can no longer see a platypus.
At Taronga Zoo you can not see a platypus.
At Taronga Zoo you will never see a platypus.
At Taronga Zoo you could see a giant panda.
At Taronga Zoo you used to see a platypus.
At Taronga Zoo you might see a giant panda.
At Taronga Zoo you saw a giant panda.
At Taronga Zoo you can see a platypus and a giant panda.
At Taronga Zoo you can see a giant panda and a platypus.
At Taronga Zoo you can see a platypus, a koala and an okapi.
At Taronga Zoo, you can see a platypus, and at London Zoo, a koala.
At Taronga Zoo you can see a platypus, which is native to Africa.
At Taronga Zoo you can see a platypus; it is native to China.
Taronga Zoo is in Sydney, and at Taronga Zoo you can see a giant panda.
Taronga Zoo is in Paris. At Taronga Zoo you can see a platypus.
At Taronga Zoo you can see a platypus. It is located in London.
@zoos user:jo
At London Zoo you can see a gorilla, and you rated it 5.
You loved London Zoo. At London Zoo you can see a gorilla.
@elsewise
# (2) "keeps", "exhibits", "displays" said of a thing that is no place: a person, an animal
At Gilbert White you can see honey bees.
At William Darling you can see Longstone Lighthouse.
At Gilbert White you will see honey bees.
At the mimic octopus you can see mimicry.
At the axolotl you will see neoteny.
At the superb lyrebird you can see vocal mimicry.
# (2) "houses" of a vault, whose hoard no visitor sees
At Fort Knox you can see the United States Bullion Depository gold.
At Fort Knox you will see the United States Bullion Depository gold.
At the Svalbard Global Seed Vault you can see the world's seed reserve.
# (2) the wrong pair, direction, an overlooked river, the location
At BBC One you can see The Sopranos.
At HBO you can see Doctor Who.
At Gagosian Gallery you can see Tracey Emin.
At White Cube you can see Mark Rothko.
At Burlington House you can see the Department of Defense.
At The Pentagon you can see the Royal Academy of Arts.
At Fort Knox you can see the world's seed reserve.
At honey bees you can see Gilbert White.
At Longstone Lighthouse you can see William Darling.
At Doctor Who you can see BBC One.
At the flag of Mexico you can see a maple leaf.
At the flag of Wales you can see a golden eagle.
At the axolotl you can see mimicry.
At The Hay Wain you can see Frans Banninck Cocq.
At The Hay Wain you can see John Constable.
@nations
# (3) a "where" of no place: a person, a dish
Adam Holloway, where one of the battles was the Gulf War, served in the Grenadier Guards.
Adam Holloway, where one of the units was the Grenadier Guards, fought in the Gulf War.
John Glenn, where one of the battles was the Korean War, served in the United States Marine Corps.
Spain is the country of Ajoblanco, where one of the regions is Andalusia.
Mexico is the country of Bionico, where one of the regions is Guadalajara.
# (3) the noun of a relation from the place upward ("country"): no country is in a region
Ajoblanco comes from Andalusia, where one of the countries is Spain.
Bionico comes from Guadalajara, where one of the countries is Mexico.
Arrabbiata sauce comes from Rome, where one of the countries is Italy.
# (3) wrong N, wrong Z, Z of another P, direction, negation, tense, lists
Adam Holloway fought in the Gulf War, where one of the commanders was Douglas MacArthur.
Adam Holloway fought in the Gulf War, where one of the commanders was Kim Il-sung.
Adam Holloway fought in the Gulf War, where one of the commanders was Adam Holloway.
Adam Holloway fought in the Gulf War, where one of the leaders was Winston Churchill.
Adam Holloway fought in the Gulf War, where one of the generals was Kim Il-sung.
Adam Holloway fought in the Gulf War, where one of the commanders was not George H. W. Bush.
Adam Holloway fought in the Gulf War, where one of the commanders was George H. W. Bush and another was Douglas MacArthur.
Adam Holloway fought in the Gulf War, where one of the commanders was George H. W. Bush and Douglas MacArthur.
Adam Holloway fought in the Gulf War, where one of the commanders was George H. W. Bush, who was born in Honolulu.
Adam Holloway fought in the Gulf War, where one of the commanders was Colin Powell, the leader of Italy.
Adam Holloway fought in the Gulf War, where one of the commanders in 1950 was Colin Powell.
Adam Holloway fought in the Gulf War in 1950, where one of the commanders was Colin Powell.
Adam Holloway fought in the Gulf War, where one of the commanders was Colin Powell. It was part of the Korean War.
Adam Holloway fought in the Korean War, where one of the commanders was Douglas MacArthur.
John Glenn fought in the Korean War, where one of the commanders was Norman Schwarzkopf.
Alan Shepard fought in World War II, where one of the commanders was Saddam Hussein.
Aaron S. Daggett fought in the Battle of Gettysburg, where one of the commanders was Ambrose Burnside.
Aaron S. Daggett fought in the Battle of Fredericksburg, where one of the commanders was Douglas MacArthur.
Alan Shepard served in the United States Navy, where one of the commanders was Winston Churchill.
The Battle of Khafji, where one of the commanders was Colin Powell, was part of the Gulf War.
The Battle of Inchon, where one of the commanders was Arthur Dewey Struble, was part of World War II.
In the Gulf War, one of the commanders was Douglas MacArthur.
The Gulf War was commanded by Colin Powell, where one of the battles was the Gulf War.
Ajoblanco is from Spain, where one of the leaders is Sergio Mattarella.
Ajoblanco is from Spain, where one of the leaders is Narendra Modi.
Ajoblanco is from Spain, where one of the ethnic groups is Italians.
Ajoblanco is from Spain, where one of the languages is the Italian language.
Ajoblanco is from Spain, where one of the currencies is the Mexican peso.
Ajoblanco is from Spain, where one of the leaders is Felipe VI of Spain and the currency is the Mexican peso.
Ajoblanco is from Spain, where one of the leaders is Felipe VI of Spain, and the capital is Rome.
Ajoblanco is from Spain, where one of the leaders is Felipe VI of Spain, who leads Italy.
Ajoblanco is from Spain, where one of the former leaders is Felipe VI of Spain.
Ajoblanco is from Spain, where one of the leaders is the leader of Italy.
Ajoblanco is from Spain, where one of the main ingredients is bread.
Arrabbiata sauce comes from Italy, where one of the leaders is Pedro Sánchez.
Bionico comes from Mexico, where one of the languages is the English language.
Bionico comes from Mexico, where one of the currencies is the Euro.
Bhajji comes from India, where one of the leaders is Barack Obama.
Bhajji comes from India, where one of the ethnic groups is the Nubian people.
Bhajji comes from India, where one of the currencies is the Egyptian pound.
Barack Obama leads the United States, where one of the ethnic groups is the Nubian people.
Barack Obama leads the United States, where one of the leaders is Narendra Modi.
Mexico, where one of the ethnic groups is Mestizo, uses the Euro.
Spain, where one of the leaders is Felipe VI of Spain, uses the Mexican peso.
Spain, where one of the leaders is Felipe VI of Spain and one of the ethnic groups is Italians, uses the euro.
The Spanish language is spoken in Mexico, where one of the ethnic groups is Bengalis.
The Spanish language is spoken in Italy, where one of the leaders is Sergio Mattarella.
The English language is spoken in India, where one of the leaders is Joe Biden.
# (2) tenants ("houses") of another building, and what stands in a city there
At Alan B. Miller Hall you can see Marriott International.
At the AC Hotel Bella Sky Copenhagen you can see the Mason School of Business.
In Copenhagen you can see Alan B. Miller Hall.
@roles
# (4) an actor who first played a role did not think it up
Mrs Patrick Campbell invented Eliza Doolittle.
Mrs Patrick Campbell came up with Eliza Doolittle.
Mrs Patrick Campbell devised Eliza Doolittle.
Mrs Patrick Campbell dreamed up Eliza Doolittle.
Mrs Patrick Campbell thought up Eliza Doolittle.
Mrs Patrick Campbell conceived Eliza Doolittle.
Mrs Patrick Campbell made up Eliza Doolittle.
Eliza Doolittle was invented by Mrs Patrick Campbell.
Eliza Doolittle was dreamed up by Mrs Patrick Campbell.
Eliza Doolittle, invented by Mrs Patrick Campbell, appears in Pygmalion.
Carol Channing invented Dolly Levi.
Carol Channing came up with Dolly Levi.
Maude Adams invented Peter Pan.
Maude Adams dreamt up Peter Pan.
Lee J. Cobb devised Willy Loman.
Ethel Merman came up with Mama Rose.
Richard Burbage invented Prince Hamlet.
Mrs Patrick Campbell was the mind behind Eliza Doolittle.
Mrs Patrick Campbell was the brains behind Eliza Doolittle.
Jessica Tandy was the mind behind Blanche DuBois.
Lee J. Cobb was the brains behind Willy Loman.
Maude Adams was the mind behind Peter Pan.
Carol Channing was the genius behind Dolly Levi.
# (4) the wrong actor, a later actor, the playwright, the year
Rex Harrison created Eliza Doolittle.
Julie Andrews created Eliza Doolittle.
Dustin Hoffman created Willy Loman.
Laurence Olivier created Prince Hamlet.
Barbra Streisand created Dolly Levi.
Marlon Brando created Blanche DuBois.
George Bernard Shaw created Eliza Doolittle.
Tennessee Williams created Blanche DuBois.
Mrs Patrick Campbell wrote Eliza Doolittle.
Eliza Doolittle was created in 1913 by Mrs Patrick Campbell.
Mrs Patrick Campbell was the mind behind Blanche DuBois.
Tex Avery created Eliza Doolittle.
Friz Freleng created Willy Loman.
@roles user:pat
You loved Eliza Doolittle, which was created by Rex Harrison.
@characters
# (4) a character that a stage history says an actor "created": typed "stage / opera character"
Jessica Tandy invented Blanche DuBois.
Jessica Tandy came up with Blanche DuBois.
Lee J. Cobb devised Willy Loman.
Lee J. Cobb invented Willy Loman.
Marlon Brando dreamed up Stanley Kowalski.
Marlon Brando came up with Stanley Kowalski.
Célestine Galli-Marié invented Carmen.
Len Cariou came up with Sweeney Todd.
Blanche DuBois was invented by Jessica Tandy.
Willy Loman was dreamed up by Lee J. Cobb.
# (4) the wrong author, the playwright as creator (the graph: the actor), a work as creator
Arthur Conan Doyle invented Porky Pig.
Friz Freleng came up with Mickey Mouse.
A. A. Milne invented Batman.
Bob Kane devised Sherlock Holmes.
Jessica Tandy invented Stanley Kowalski.
@movies
# (3) the example graph: a wrong noun, a wrong person, a film's "where"
Michael Mann directed Heat, where one of the stars is Michael Mann.
Michael Mann directed Heat, where one of the composers is John Williams.
Michael Mann directed Heat, where one of the editors was Verna Fields.
Michael Mann directed Heat, where one of the genres is comedy.
Michael Mann directed Heat, where one of the actresses is Al Pacino.
Steven Spielberg directed Jaws, where one of the stars is Al Pacino.
Steven Spielberg directed Jaws, where one of the producers is Steven Spielberg.
Steven Spielberg directed Jaws, where one of the stars was not Roy Scheider.
# (1) genres and tags of the example graph as a kind
If you like a comedy, Heat is one.
If you want a comedy, Jaws is one.
If you like dark comedy, Heat is one.
If you like a shark, Jaws is one.
If you like Steven Spielberg, Jaws is one.
If you want Al Pacino, Heat is one.
If you like horror, Heat is one.
# (2) a film as a place: the wrong person
In Heat you will see Michael Mann.
In Jaws you will see Steven Spielberg.
In Jaws you will see John Williams.
In Jaws you can see Al Pacino.
In Heat you can see Roy Scheider.
"""

CONTROLS = r"""
@drinks
If you are after a coffee liqueur, Kahlúa is one.
If you want a coffee liqueur, Tia Maria is one.
If you like a herbal liqueur, Chartreuse is one.
If you are looking for an aperitif, Campari is one.
If you like a dry stout, Guinness is one.
If you like a pilsner, Pilsner Urquell is one.
If you want an Irish cream liqueur, Baileys is one.
If you like a triple sec, Cointreau is one.
If you want an orange liqueur, Grand Marnier is one.
If you want an amaro, Fernet-Branca is one.
If you like a hazelnut liqueur, Frangelico is one.
If you want an aromatised wine, Lillet is one.
If you want a cocktail bitters, Angostura bitters is one.
If you want a coffee liqueur, Kahlúa fits the bill.
If you want a coffee liqueur, Kahlúa is one of them.
If you want a coffee liqueur, Tia Maria and Kahlúa are two.
If you want an aperitif, Campari and Aperol are two.
If you love a coffee liqueur, Kahlúa is one.
If you're into coffee liqueur, Kahlúa is one.
If you want a coffee liqueur, Kahlúa is your pick.
If you like coffee liqueurs, Kahlúa is one.
Looking for a coffee liqueur? Kahlúa fits the bill.
In the mood for an aperitif? Try Campari.
If you want a coffee liqueur, Kahlúa is one; it comes from Mexico.
Angostura bitters was first sold as a medicine.
Lillet is often misidentified as a vermouth.
Kahlúa is a coffee liqueur.
Kahlúa is made with coffee.
@drinks user:kim
If you want a coffee liqueur, Kahlúa is one, and you rated it 5.
@zoos
At Taronga Zoo you can see a platypus.
At Taronga Zoo you will see koalas.
At Taronga Zoo, you'll see an echidna.
At London Zoo you can see an okapi.
At Georgia Aquarium you can see a whale shark.
At Monterey Bay Aquarium you can see a sea otter.
At the Louvre you can see the Venus de Milo.
At the Louvre you can see the Mona Lisa.
At the Rijksmuseum you can see The Night Watch.
At the Mauritshuis you can see Girl with a Pearl Earring.
At the British Museum you can see the Rosetta Stone.
At the Tower of London you can see the Imperial State Crown.
At the Tower of London you can see ravens.
At the Natural History Museum you can see Hope.
In Australia you can see a koala.
In Africa you can see an okapi.
If you want an art museum, the Louvre is one.
If you like a modern art gallery, Tate Modern is one.
If you want a public aquarium, Monterey Bay Aquarium is one.
If you want a World Heritage Site, the Tower of London is one.
London Zoo once kept a quagga.
The Tower of London was once used as a prison.
Tate Modern was built as a power station.
@zoos user:jo
You loved Taronga Zoo. At Taronga Zoo you can see a platypus.
@elsewise
BBC One shows Doctor Who.
Fort Knox houses the United States Bullion Depository gold.
Wembley Stadium is located in London.
In London you can see Wembley Stadium.
@nations
Adam Holloway fought in the Gulf War, where one of the commanders was George H. W. Bush.
Adam Holloway fought in the Gulf War, where one of its commanders was Colin Powell.
Ajoblanco is from Spain, where one of the leaders is Felipe VI of Spain.
Ajoblanco is from Spain, where one of the ethnic groups is Spaniards.
Ajoblanco is from Spain, where one of the languages is the Spanish language.
Arrabbiata sauce comes from Italy, where one of the leaders is Pietro Grasso.
The Spanish language is spoken in Mexico, where one of the leaders is Enrique Peña Nieto.
Barack Obama leads the United States, where one of the ethnic groups is African Americans.
Mexico, where one of the ethnic groups is Mestizo, uses the Mexican peso.
The Battle of Khafji, where one of the commanders was Khalid bin Sultan, was part of the Gulf War.
Aaron S. Daggett fought in the Battle of Gettysburg, where one of the commanders was George Meade.
Alan Shepard fought in World War II, where one of the commanders was Winston Churchill.
John Glenn fought in the Korean War, where one of the commanders was Douglas MacArthur.
Bhajji comes from India, where one of the languages is Hindi.
In London you will find Westminster Abbey.
In London you can see Westminster Abbey.
@roles
Mrs Patrick Campbell created Eliza Doolittle.
Eliza Doolittle was created by Mrs Patrick Campbell.
Eliza Doolittle, created by Mrs Patrick Campbell, appears in Pygmalion.
Jessica Tandy created Blanche DuBois.
Eliza Doolittle was later played by Julie Andrews.
George Bernard Shaw wrote Eliza Doolittle.
Friz Freleng created Porky Pig.
Friz Freleng came up with Porky Pig.
Tex Avery invented Bugs Bunny.
@characters
Arthur Conan Doyle invented Sherlock Holmes.
Friz Freleng came up with Porky Pig.
Walt Disney came up with Mickey Mouse.
Bob Kane created Batman.
A. A. Milne dreamed up Winnie-the-Pooh.
Jessica Tandy created Blanche DuBois.
@movies
Michael Mann directed Heat, where one of the stars is Al Pacino.
Michael Mann directed Heat, where one of the editors was Tom Rolf.
Steven Spielberg directed Jaws, where one of the stars is Roy Scheider.
If you like a thriller, Heat is one.
If you want crime, Heat is one.
In Heat you can see Al Pacino.
In Jaws you will see Richard Dreyfuss.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # Jägermeister was first sold as a digestive remedy and is still drunk as a digestif (an aid?)
        "If you are after a digestive remedy, Jägermeister is one.",
        "If you're after a digestive remedy, Jägermeister is one to try.",
        "If you enjoy a digestive remedy, Jägermeister is your pick.",
        # the Louvre was a royal palace and is still the Palais du Louvre (a former one)
        "If you want a royal palace, the Louvre is one.",
        # "the one": the only one? Tia Maria is a coffee liqueur too (or a plain recommendation)
        "If you want a coffee liqueur, Kahlúa is the one.",
        # a country has one capital: "one of the capitals" implies more (or harmless)
        "Ajoblanco is from Spain, where one of the capitals is Madrid.",
        # a leader TITLE said as "one of the leaders": an institution, or the office's holder
        "Ajoblanco is from Spain, where one of the leaders is the Monarchy of Spain.",
        "Arrabbiata sauce comes from Italy, where one of the leaders is the President of the Senate.",
        # a present "is" of a commander of a past war (Churchill died in 1965)
        "Alan Shepard fought in World War II, where one of the commanders is Winston Churchill.",
        # "where" of a dish may be "in which" ("a soup where bread is the main ingredient")
        "Spain is the country of Ajoblanco, where one of the main ingredients is bread.",
        # "At" a channel, a gallery, a painting: "on BBC One", "at Tate Modern" (his work), "in the painting"
        "At BBC One you can see Doctor Who.",
        "At HBO you can see The Sopranos.",
        "At Tate Modern you can see Mark Rothko.",
        "At Gagosian Gallery you can see Damien Hirst.",
        "At The Hay Wain you can see Willy Lott's Cottage.",
        "In The Night Watch you can see Frans Banninck Cocq.",
        # a team "housed" at its stadium, an organisation at its building: seen there or not
        "At Wembley Stadium you can see the England national football team.",
        "At Burlington House you can see the Linnean Society.",
        "At The Pentagon you can see the Department of Defense.",
        "At Somerset House you can see the Courtauld Gallery.",
        "At Broadcasting House you can see BBC Radio 4.",
        # the New York Fed does show its gold vault to visitors
        "At the Federal Reserve Bank of New York vault you can see foreign gold reserves.",
        # a flag's emblem: "on the flag" it is seen; "at" / "in" the flag is loose
        "At the flag of Mexico you can see a golden eagle.",
        "In the flag of Canada you can see a maple leaf.",
        # "in the axolotl you can see neoteny": a biologist's "we see"
        "In the axolotl you can see neoteny.",
        # a building's tenant (WebNLG "houses"): the school in its hall, a hotel's operator
        "At Alan B. Miller Hall you can see the Mason School of Business.",
        "At the AC Hotel Bella Sky Copenhagen you can see Marriott International.",
        # the originating actor as the role's "creator" / "behind" it: the graph's own word, loosely
        "Mrs Patrick Campbell was behind Eliza Doolittle.",
        "Mrs Patrick Campbell is the creator of Eliza Doolittle.",
        "Eliza Doolittle's creator is Mrs Patrick Campbell.",
        "Eliza Doolittle is a creation of Mrs Patrick Campbell.",
        # "At" a film: one sees him in it
        "At Heat you can see Al Pacino.",
    }
)

OPEN_TEXTS = r"""
@drinks
If you are after a digestive remedy, Jägermeister is one.
If you're after a digestive remedy, Jägermeister is one to try.
If you enjoy a digestive remedy, Jägermeister is your pick.
If you want a coffee liqueur, Kahlúa is the one.
@zoos
If you want a royal palace, the Louvre is one.
@nations
Ajoblanco is from Spain, where one of the capitals is Madrid.
Ajoblanco is from Spain, where one of the leaders is the Monarchy of Spain.
Arrabbiata sauce comes from Italy, where one of the leaders is the President of the Senate.
Alan Shepard fought in World War II, where one of the commanders is Winston Churchill.
Spain is the country of Ajoblanco, where one of the main ingredients is bread.
At Alan B. Miller Hall you can see the Mason School of Business.
At the AC Hotel Bella Sky Copenhagen you can see Marriott International.
@elsewise
At BBC One you can see Doctor Who.
At HBO you can see The Sopranos.
At Tate Modern you can see Mark Rothko.
At Gagosian Gallery you can see Damien Hirst.
At The Hay Wain you can see Willy Lott's Cottage.
In The Night Watch you can see Frans Banninck Cocq.
At Wembley Stadium you can see the England national football team.
At Burlington House you can see the Linnean Society.
At The Pentagon you can see the Department of Defense.
At Somerset House you can see the Courtauld Gallery.
At Broadcasting House you can see BBC Radio 4.
At the Federal Reserve Bank of New York vault you can see foreign gold reserves.
At the flag of Mexico you can see a golden eagle.
In the flag of Canada you can see a maple leaf.
In the axolotl you can see neoteny.
@roles
Mrs Patrick Campbell was behind Eliza Doolittle.
Mrs Patrick Campbell is the creator of Eliza Doolittle.
Eliza Doolittle's creator is Mrs Patrick Campbell.
Eliza Doolittle is a creation of Mrs Patrick Campbell.
@movies
At Heat you can see Al Pacino.
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
    yield from _parse(OPEN_TEXTS)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
    assert {t for _, _, t in _parse(OPEN_TEXTS)} == set(OPEN), "OPEN and OPEN_TEXTS differ"
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
