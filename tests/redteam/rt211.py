"""Red team round 211 (closing soak) on WHOLE_SESSION.diff: the session's readings together, chained
in texts of one to three sentences with "it", "he", "she", "the latter / the former", "both", lists,
negation and user claims ("You loved Henri Matisse, a Fauve"): nationality by the adjective and "a
citizen of"; "played / worked as a" K; "on" an island; "coached", "beat / overcame / was beaten
by"; member names ("a Benedictine", "a Kink", "a Smith") and "joined"; "a K from P"; "comes from"
a find site; "belongs to (the species)"; "the producer behind"; "counts as a"; "the person who";
"made under the direction of"; "both quarries / islands / bands / abbeys"; "under whom"; names
before one plural noun ("the Jarrow and Iona abbeys"); "it bears his name"; "X wrote Y's score",
"did / handled / supplied its ..."; "The music in X", "The camera work on X"; "share a composer:
both ..."; "X both wrote and directed it"; "For a war drama, try X"; "If you are in the mood for
a K, X is one"; "A and B are two options: ..."; "the patron of"; "He had himself served under X".

Graphs: the shipped example graph (user 577: 5.0 for Jaws, Jurassic Park, Schindler's List,
Casablanca, Back to the Future, Saving Private Ryan; 4.0 for Heat, Full Metal Jacket, The Thing;
3.0 for Platoon) and six of my own (see each builder's docstring): "painters" (citizenship beside
birthplace, residence and place of death; art groups with plural names; a teacher; a user "Ana"),
"monks" (religious orders, abbeys on islands, abbots served under, patron saints), "bands" (rock
bands with plural names, a Smith who is no Smith, band roles and trades, citizenship vs. residence,
producers), "volcanoes" (volcanoes on islands, eponyms, geologists who died on islands, a
cue-less kind relation), "museums" (fossils found at sites, kept in museums, specimens of species,
finders named like the fossils; a user "Ana"), "football" (positions, clubs, coaches, finals won
and lost, citizenship, a birthplace on an island).

Findings: 0 of 555 false texts accepted; OPEN: 4 texts (1 accepted: "born on" a city, true in the
graph); controls: 90 of 90 accepted. Left out of CONTROLS: "Mount Etna counts as a stratovolcano"
(rejected): the relation "kind" declared without a phrase gets no guessed copula here ("Mount Etna
is a stratovolcano" is rejected too), so the volcano "counts / qualifies as a" texts test nothing
new. "Alfredo Di Stefano was Argentine" is rejected ("Argentinian" is read); the control says
"Argentinian".
"""
import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    if any(t[0] == "user:ana" for t in triples):
        ents.append(E("user:ana", kind="user", type="user", label="Ana"))
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


def painters():
    """Painters (items typed "painter", dated by birth) that "were citizens of" countries (Chagall
    of Russia and France, Ernst of Germany and France), "were born in" and "died in" cities or
    islands (Pissarro born on St. Thomas, Gauguin died on Hiva Oa), "lived in" countries other than
    their own, "were members of" art groups (the Fauves, the Nabis, the Impressionists, the
    Surrealists; Gauguin inspired the Nabis but was no member), "were trained by" other painters
    (Matisse and Rouault by Moreau), "painted" paintings (attributes) that "are kept in" museums."""
    rels = [
        R("citizen", phrase="was a citizen of", inverse_phrase="had as a citizen", range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city", "island")),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city", "island")),
        R("lived", phrase="lived in", inverse_phrase="was home to", range=("country",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", range=("art group",)),
        R("inspired", phrase="inspired", inverse_phrase="was inspired by", range=("art group",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", range=("painter",)),
        R("painted", phrase="painted", inverse_phrase="was painted by", range=("painting",)),
        R("kept", phrase="is kept in", inverse_phrase="keeps", domain=("painting",), range=("museum",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("painter",),
          cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"p:picasso": ("painter", "Pablo Picasso", 1881), "p:vangogh": ("painter", "Vincent van Gogh", 1853),
             "p:gauguin": ("painter", "Paul Gauguin", 1848), "p:pissarro": ("painter", "Camille Pissarro", 1830),
             "p:monet": ("painter", "Claude Monet", 1840), "p:degas": ("painter", "Edgar Degas", 1834),
             "p:matisse": ("painter", "Henri Matisse", 1869), "p:derain": ("painter", "Andre Derain", 1880),
             "p:rouault": ("painter", "Georges Rouault", 1871), "p:moreau": ("painter", "Gustave Moreau", 1826),
             "p:bonnard": ("painter", "Pierre Bonnard", 1867), "p:vuillard": ("painter", "Edouard Vuillard", 1868),
             "p:dali": ("painter", "Salvador Dali", 1904), "p:magritte": ("painter", "Rene Magritte", 1898),
             "p:ernst": ("painter", "Max Ernst", 1891), "p:chagall": ("painter", "Marc Chagall", 1887),
             "p:modigliani": ("painter", "Amedeo Modigliani", 1884), "p:kahlo": ("painter", "Frida Kahlo", 1907),
             "p:munch": ("painter", "Edvard Munch", 1863)}
    others = {"c:spain": ("country", "Spain"), "c:netherlands": ("country", "the Netherlands"), "c:france": ("country", "France"),
              "c:belgium": ("country", "Belgium"), "c:germany": ("country", "Germany"), "c:russia": ("country", "Russia"),
              "c:italy": ("country", "Italy"), "c:mexico": ("country", "Mexico"), "c:norway": ("country", "Norway"),
              "c:us": ("country", "the United States"),
              "t:malaga": ("city", "Malaga"), "t:zundert": ("city", "Zundert"), "t:paris": ("city", "Paris"),
              "t:auvers": ("city", "Auvers-sur-Oise"), "t:mougins": ("city", "Mougins"), "t:giverny": ("city", "Giverny"),
              "t:lecateau": ("city", "Le Cateau-Cambresis"), "t:nice": ("city", "Nice"), "t:figueres": ("city", "Figueres"),
              "t:lessines": ("city", "Lessines"), "t:bruhl": ("city", "Bruhl"), "t:vitebsk": ("city", "Vitebsk"),
              "t:livorno": ("city", "Livorno"), "t:coyoacan": ("city", "Coyoacan"), "t:loten": ("city", "Loten"),
              "t:oslo": ("city", "Oslo"), "t:brussels": ("city", "Brussels"),
              "i:stthomas": ("island", "St. Thomas"), "i:hivaoa": ("island", "Hiva Oa"), "i:tahiti": ("island", "Tahiti"),
              "g:fauves": ("art group", "the Fauves"), "g:nabis": ("art group", "the Nabis"),
              "g:impressionists": ("art group", "the Impressionists"), "g:surrealists": ("art group", "the Surrealists"),
              "w:guernica": ("painting", "Guernica"), "w:starry": ("painting", "The Starry Night"),
              "w:sunflowers": ("painting", "Sunflowers"), "w:scream": ("painting", "The Scream"),
              "w:persistence": ("painting", "The Persistence of Memory"), "w:pipe": ("painting", "The Treachery of Images"),
              "w:dance": ("painting", "The Dance"), "w:impression": ("painting", "Impression, Sunrise"),
              "w:where": ("painting", "Where Do We Come From?"), "w:fiddler": ("painting", "The Fiddler"),
              "m:reina": ("museum", "the Museo Reina Sofia"), "m:moma": ("museum", "the Museum of Modern Art"),
              "m:natgal": ("museum", "the National Gallery"), "m:munchmus": ("museum", "the Munch Museum"),
              "m:hermitage": ("museum", "the Hermitage Museum"), "m:marmottan": ("museum", "the Musee Marmottan"),
              "m:lacma": ("museum", "the Los Angeles County Museum of Art"), "m:boston": ("museum", "the Museum of Fine Arts"),
              "m:stedelijk": ("museum", "the Stedelijk Museum")}
    T = _t("citizen", [("p:picasso", "c:spain"), ("p:vangogh", "c:netherlands"), ("p:gauguin", "c:france"), ("p:pissarro", "c:france"),
                       ("p:monet", "c:france"), ("p:degas", "c:france"), ("p:matisse", "c:france"), ("p:derain", "c:france"),
                       ("p:rouault", "c:france"), ("p:moreau", "c:france"), ("p:bonnard", "c:france"), ("p:vuillard", "c:france"),
                       ("p:dali", "c:spain"), ("p:magritte", "c:belgium"), ("p:ernst", "c:germany"), ("p:ernst", "c:france"),
                       ("p:chagall", "c:russia"), ("p:chagall", "c:france"), ("p:modigliani", "c:italy"), ("p:kahlo", "c:mexico"),
                       ("p:munch", "c:norway")])
    T += _t("born", [("p:picasso", "t:malaga"), ("p:vangogh", "t:zundert"), ("p:gauguin", "t:paris"), ("p:pissarro", "i:stthomas"),
                     ("p:monet", "t:paris"), ("p:degas", "t:paris"), ("p:matisse", "t:lecateau"), ("p:dali", "t:figueres"),
                     ("p:magritte", "t:lessines"), ("p:ernst", "t:bruhl"), ("p:chagall", "t:vitebsk"), ("p:modigliani", "t:livorno"),
                     ("p:kahlo", "t:coyoacan"), ("p:munch", "t:loten"), ("p:moreau", "t:paris")])
    T += _t("died", [("p:picasso", "t:mougins"), ("p:vangogh", "t:auvers"), ("p:gauguin", "i:hivaoa"), ("p:pissarro", "t:paris"),
                     ("p:monet", "t:giverny"), ("p:degas", "t:paris"), ("p:matisse", "t:nice"), ("p:dali", "t:figueres"),
                     ("p:magritte", "t:brussels"), ("p:ernst", "t:paris"), ("p:modigliani", "t:paris"), ("p:kahlo", "t:coyoacan"),
                     ("p:munch", "t:oslo")])
    T += _t("lived", [("p:picasso", "c:france"), ("p:vangogh", "c:france"), ("p:vangogh", "c:belgium"), ("p:modigliani", "c:france"),
                      ("p:ernst", "c:us"), ("p:chagall", "c:us"), ("p:kahlo", "c:us"), ("p:dali", "c:us")])
    T += _t("member", [("p:matisse", "g:fauves"), ("p:derain", "g:fauves"), ("p:rouault", "g:fauves"), ("p:bonnard", "g:nabis"),
                       ("p:vuillard", "g:nabis"), ("p:monet", "g:impressionists"), ("p:pissarro", "g:impressionists"),
                       ("p:degas", "g:impressionists"), ("p:dali", "g:surrealists"), ("p:magritte", "g:surrealists"),
                       ("p:ernst", "g:surrealists")])
    T += _t("inspired", [("p:gauguin", "g:nabis"), ("p:moreau", "g:fauves")])
    T += _t("trained", [("p:matisse", "p:moreau"), ("p:rouault", "p:moreau")])
    T += _t("painted", [("p:picasso", "w:guernica"), ("p:vangogh", "w:starry"), ("p:vangogh", "w:sunflowers"), ("p:munch", "w:scream"),
                        ("p:dali", "w:persistence"), ("p:magritte", "w:pipe"), ("p:matisse", "w:dance"), ("p:monet", "w:impression"),
                        ("p:gauguin", "w:where"), ("p:chagall", "w:fiddler")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("p:picasso", 5.0), ("p:gauguin", 5.0), ("p:matisse", 4.5),
                                                                ("p:pissarro", 5.0), ("p:munch", 2.0), ("p:dali", 1.5))]
    T += _t("kept", [("w:guernica", "m:reina"), ("w:starry", "m:moma"), ("w:sunflowers", "m:natgal"), ("w:scream", "m:munchmus"),
                     ("w:persistence", "m:moma"), ("w:pipe", "m:lacma"), ("w:dance", "m:hermitage"), ("w:impression", "m:marmottan"),
                     ("w:where", "m:boston"), ("w:fiddler", "m:stedelijk")])
    g = _build(items, others, rels, T)
    return g


def monks():
    """Monks, saints and theologians (items typed "monk", "saint", "theologian", dated by birth)
    that "were members of" religious orders (the Benedictines, the Cistercians, the Trappists, the
    Carthusians), "lived at" abbeys (attributes) that "are located in" islands or towns, "died in"
    islands or towns (Columba on Iona, Aidan in Bamburgh), "served under" abbots (items), "founded"
    orders or abbeys (Robert of Molesme founded the Cistercians; Bernard founded Clairvaux Abbey,
    Bruno the Carthusians and was one), "are the patron saints of" things, "were citizens of"
    countries (Merton: born in France, a citizen of the United States)."""
    rels = [
        R("member", phrase="was a member of", inverse_phrase="had as a member", range=("religious order",)),
        R("lived", phrase="lived at", inverse_phrase="was home to", range=("abbey",)),
        R("located", phrase="is located in", inverse_phrase="is the site of", domain=("abbey",), range=("island", "town")),
        R("died", phrase="died in", inverse_phrase="is where died", range=("island", "town")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("island", "town", "country")),
        R("served", phrase="served under", inverse_phrase="was the abbot of", range=("monk", "saint")),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("religious order", "abbey")),
        R("patron", phrase="is the patron saint of", inverse_phrase="has as its patron saint", range=("patronage",)),
        R("citizen", phrase="was a citizen of", inverse_phrase="had as a citizen", range=("country",)),
    ]
    items = {"m:bede": ("monk", "Bede", 673), "m:ceolfrith": ("monk", "Ceolfrith", 642), "m:columba": ("saint", "Columba", 521),
             "m:aidan": ("saint", "Aidan of Lindisfarne", 590), "m:cuthbert": ("saint", "Cuthbert", 634),
             "m:bernard": ("saint", "Bernard of Clairvaux", 1090), "m:harding": ("saint", "Stephen Harding", 1050),
             "m:robert": ("saint", "Robert of Molesme", 1028), "m:bruno": ("saint", "Bruno of Cologne", 1030),
             "m:merton": ("monk", "Thomas Merton", 1915), "m:benedict": ("saint", "Benedict of Nursia", 480),
             "m:anselm": ("theologian", "Anselm of Canterbury", 1033), "m:lanfranc": ("theologian", "Lanfranc", 1005),
             "m:hildegard": ("saint", "Hildegard of Bingen", 1098)}
    others = {"o:benedictines": ("religious order", "the Benedictines"), "o:cistercians": ("religious order", "the Cistercians"),
              "o:trappists": ("religious order", "the Trappists"), "o:carthusians": ("religious order", "the Carthusians"),
              "a:jarrow": ("abbey", "Jarrow Abbey"), "a:iona": ("abbey", "Iona Abbey"), "a:lindisfarne": ("abbey", "Lindisfarne Priory"),
              "a:clairvaux": ("abbey", "Clairvaux Abbey"), "a:citeaux": ("abbey", "Citeaux Abbey"),
              "a:gethsemani": ("abbey", "the Abbey of Gethsemani"), "a:bec": ("abbey", "Bec Abbey"),
              "a:montecassino": ("abbey", "Monte Cassino"), "a:chartreuse": ("abbey", "the Grande Chartreuse"),
              "a:rupertsberg": ("abbey", "Rupertsberg Abbey"),
              "i:iona": ("island", "Iona"), "i:holy": ("island", "Holy Island"), "i:ireland": ("island", "Ireland"),
              "t:jarrow": ("town", "Jarrow"), "t:bamburgh": ("town", "Bamburgh"), "t:clairvaux": ("town", "Ville-sous-la-Ferte"),
              "t:citeaux": ("town", "Saint-Nicolas-les-Citeaux"), "t:trappist": ("town", "Trappist"), "t:bec": ("town", "Le Bec-Hellouin"),
              "t:cassino": ("town", "Cassino"), "t:gartan": ("town", "Gartan"), "t:fontaines": ("town", "Fontaine-les-Dijon"),
              "t:prades": ("town", "Prades"), "t:bangkok": ("town", "Bangkok"), "t:nursia": ("town", "Norcia"),
              "t:aosta": ("town", "Aosta"), "t:pavia": ("town", "Pavia"), "t:canterbury": ("town", "Canterbury"),
              "t:bermersheim": ("town", "Bermersheim"), "t:bingen": ("town", "Bingen"), "t:serra": ("town", "Serra San Bruno"),
              "t:cologne": ("town", "Cologne"), "t:dunbar": ("town", "Dunbar"),
              "c:us": ("country", "the United States"), "c:france": ("country", "France"), "c:ireland": ("country", "Ireland"),
              "c:england": ("country", "England"),
              "x:beekeepers": ("patronage", "beekeepers"), "x:europe": ("patronage", "Europe"), "x:historians": ("patronage", "historians"),
              "x:derry": ("patronage", "Derry"), "x:northumbria": ("patronage", "Northumbria"), "x:shepherds": ("patronage", "shepherds"),
              "x:musicians": ("patronage", "musicians")}
    T = _t("member", [("m:bede", "o:benedictines"), ("m:ceolfrith", "o:benedictines"), ("m:benedict", "o:benedictines"),
                      ("m:anselm", "o:benedictines"), ("m:lanfranc", "o:benedictines"), ("m:hildegard", "o:benedictines"),
                      ("m:bernard", "o:cistercians"), ("m:harding", "o:cistercians"), ("m:robert", "o:cistercians"),
                      ("m:merton", "o:trappists"), ("m:bruno", "o:carthusians")])
    T += _t("lived", [("m:bede", "a:jarrow"), ("m:ceolfrith", "a:jarrow"), ("m:columba", "a:iona"), ("m:aidan", "a:lindisfarne"),
                      ("m:cuthbert", "a:lindisfarne"), ("m:bernard", "a:clairvaux"), ("m:harding", "a:citeaux"),
                      ("m:robert", "a:citeaux"), ("m:merton", "a:gethsemani"), ("m:anselm", "a:bec"), ("m:lanfranc", "a:bec"),
                      ("m:benedict", "a:montecassino"), ("m:bruno", "a:chartreuse"), ("m:hildegard", "a:rupertsberg")])
    T += _t("located", [("a:jarrow", "t:jarrow"), ("a:iona", "i:iona"), ("a:lindisfarne", "i:holy"), ("a:clairvaux", "t:clairvaux"),
                        ("a:citeaux", "t:citeaux"), ("a:gethsemani", "t:trappist"), ("a:bec", "t:bec"),
                        ("a:montecassino", "t:cassino"), ("a:rupertsberg", "t:bingen")])
    T += _t("died", [("m:bede", "t:jarrow"), ("m:columba", "i:iona"), ("m:aidan", "t:bamburgh"), ("m:cuthbert", "i:holy"),
                     ("m:bernard", "t:clairvaux"), ("m:harding", "t:citeaux"), ("m:merton", "t:bangkok"), ("m:benedict", "t:cassino"),
                     ("m:anselm", "t:canterbury"), ("m:lanfranc", "t:canterbury"), ("m:hildegard", "t:bingen"),
                     ("m:bruno", "t:serra")])
    T += _t("born", [("m:columba", "t:gartan"), ("m:aidan", "i:ireland"), ("m:cuthbert", "t:dunbar"), ("m:bernard", "t:fontaines"),
                     ("m:merton", "t:prades"), ("m:benedict", "t:nursia"), ("m:anselm", "t:aosta"), ("m:lanfranc", "t:pavia"),
                     ("m:hildegard", "t:bermersheim"), ("m:bruno", "t:cologne"), ("m:bede", "c:england")])
    T += _t("served", [("m:bede", "m:ceolfrith"), ("m:bernard", "m:harding"), ("m:anselm", "m:lanfranc"), ("m:cuthbert", "m:aidan")])
    T += _t("founded", [("m:robert", "o:cistercians"), ("m:bruno", "o:carthusians"), ("m:bernard", "a:clairvaux"),
                        ("m:columba", "a:iona"), ("m:aidan", "a:lindisfarne"), ("m:benedict", "a:montecassino"),
                        ("m:ceolfrith", "a:jarrow"), ("m:hildegard", "a:rupertsberg"), ("m:robert", "a:citeaux")])
    T += _t("patron", [("m:bernard", "x:beekeepers"), ("m:benedict", "x:europe"), ("m:bede", "x:historians"),
                       ("m:columba", "x:derry"), ("m:cuthbert", "x:northumbria"), ("m:aidan", "x:northumbria")])
    T += _t("citizen", [("m:merton", "c:us")])
    return _build(items, others, rels, T)


def bands():
    """Rock musicians (items typed "musician", "singer", "guitarist", "drummer", dated by birth)
    that "were members of" bands (The Kinks, The Pogues, The Smiths, The Eagles, The Byrds, The
    Pretenders, The Stooges; Robert Smith of The Cure is no Smith), "founded" bands (Shane MacGowan
    founded The Pogues; Malcolm McLaren founded none here), "played as a" band role (attributes:
    guitarist, bassist...), "worked as a" trade before (attributes), "were citizens of" countries
    (MacGowan of Ireland and the United Kingdom, born in England; Hynde of the United States,
    living in England), "were born in" towns, "were produced by" producers (people, not members)."""
    rels = [
        R("member", phrase="was a member of", inverse_phrase="had as a member", range=("band",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("band",)),
        R("played", phrase="played as a", inverse_phrase="was the role of", domain=("musician", "singer", "guitarist", "drummer"),
          range=("band role",)),
        R("worked", phrase="worked as a", inverse_phrase="was the trade of", domain=("musician", "singer", "guitarist", "drummer"),
          range=("trade",)),
        R("citizen", phrase="is a citizen of", inverse_phrase="has as a citizen", range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("town",)),
        R("lived", phrase="lives in", inverse_phrase="is home to", range=("country",)),
        R("produced", phrase="was produced by", inverse_phrase="produced", domain=("band",), range=("record producer",)),
    ]
    items = {"b:ray": ("singer", "Ray Davies", 1944), "b:dave": ("guitarist", "Dave Davies", 1947),
             "b:macgowan": ("singer", "Shane MacGowan", 1957), "b:chevron": ("guitarist", "Philip Chevron", 1957),
             "b:morrissey": ("singer", "Morrissey", 1959), "b:marr": ("guitarist", "Johnny Marr", 1963),
             "b:rsmith": ("singer", "Robert Smith", 1959), "b:henley": ("drummer", "Don Henley", 1947),
             "b:frey": ("guitarist", "Glenn Frey", 1948), "b:mcguinn": ("guitarist", "Roger McGuinn", 1942),
             "b:crosby": ("singer", "David Crosby", 1941), "b:hynde": ("singer", "Chrissie Hynde", 1951),
             "b:iggy": ("singer", "Iggy Pop", 1947), "b:asheton": ("guitarist", "Ron Asheton", 1948),
             "b:stewart": ("singer", "Rod Stewart", 1945)}
    others = {"g:kinks": ("band", "The Kinks"), "g:pogues": ("band", "The Pogues"), "g:smiths": ("band", "The Smiths"),
              "g:cure": ("band", "The Cure"), "g:eagles": ("band", "The Eagles"), "g:byrds": ("band", "The Byrds"),
              "g:pretenders": ("band", "The Pretenders"), "g:stooges": ("band", "The Stooges"), "g:faces": ("band", "The Faces"),
              "r:guitarist": ("band role", "guitarist"), "r:bassist": ("band role", "bassist"), "r:drummer": ("band role", "drummer"),
              "r:vocalist": ("band role", "vocalist"), "r:keyboardist": ("band role", "keyboardist"),
              "j:journalist": ("trade", "journalist"), "j:gravedigger": ("trade", "gravedigger"), "j:barman": ("trade", "barman"),
              "j:waiter": ("trade", "waiter"),
              "c:uk": ("country", "the United Kingdom"), "c:ireland": ("country", "Ireland"), "c:us": ("country", "the United States"),
              "t:muswell": ("town", "Muswell Hill"), "t:pudsey": ("town", "Pudsey"), "t:dublin": ("town", "Dublin"),
              "t:davyhulme": ("town", "Davyhulme"), "t:ardwick": ("town", "Ardwick"), "t:blackpool": ("town", "Blackpool"),
              "t:gilmer": ("town", "Gilmer"), "t:detroit": ("town", "Detroit"), "t:chicago": ("town", "Chicago"),
              "t:la": ("town", "Los Angeles"), "t:akron": ("town", "Akron"), "t:muskegon": ("town", "Muskegon"),
              "t:ann": ("town", "Ann Arbor"), "t:highgate": ("town", "Highgate"),
              "q:talmy": ("record producer", "Shel Talmy"), "q:costello": ("record producer", "Elvis Costello"),
              "q:porter": ("record producer", "John Porter"), "q:szymczyk": ("record producer", "Bill Szymczyk"),
              "q:bowie": ("record producer", "David Bowie"), "q:cale": ("record producer", "John Cale")}
    T = _t("member", [("b:ray", "g:kinks"), ("b:dave", "g:kinks"), ("b:macgowan", "g:pogues"), ("b:chevron", "g:pogues"),
                      ("b:morrissey", "g:smiths"), ("b:marr", "g:smiths"), ("b:rsmith", "g:cure"), ("b:henley", "g:eagles"),
                      ("b:frey", "g:eagles"), ("b:mcguinn", "g:byrds"), ("b:crosby", "g:byrds"), ("b:hynde", "g:pretenders"),
                      ("b:iggy", "g:stooges"), ("b:asheton", "g:stooges"), ("b:stewart", "g:faces")])
    T += _t("founded", [("b:ray", "g:kinks"), ("b:macgowan", "g:pogues"), ("b:marr", "g:smiths"), ("b:rsmith", "g:cure"),
                        ("b:frey", "g:eagles"), ("b:mcguinn", "g:byrds"), ("b:hynde", "g:pretenders"), ("b:iggy", "g:stooges")])
    T += _t("played", [("b:ray", "r:guitarist"), ("b:ray", "r:vocalist"), ("b:dave", "r:guitarist"), ("b:macgowan", "r:vocalist"),
                       ("b:chevron", "r:guitarist"), ("b:morrissey", "r:vocalist"), ("b:marr", "r:guitarist"),
                       ("b:rsmith", "r:guitarist"), ("b:rsmith", "r:vocalist"), ("b:henley", "r:drummer"),
                       ("b:henley", "r:vocalist"), ("b:frey", "r:guitarist"), ("b:mcguinn", "r:guitarist"),
                       ("b:crosby", "r:guitarist"), ("b:hynde", "r:vocalist"), ("b:iggy", "r:vocalist"),
                       ("b:asheton", "r:guitarist"), ("b:asheton", "r:bassist"), ("b:stewart", "r:vocalist")])
    T += _t("worked", [("b:hynde", "j:journalist"), ("b:stewart", "j:gravedigger"), ("b:macgowan", "j:barman")])
    T += _t("citizen", [("b:ray", "c:uk"), ("b:dave", "c:uk"), ("b:macgowan", "c:ireland"), ("b:macgowan", "c:uk"),
                        ("b:chevron", "c:ireland"), ("b:morrissey", "c:uk"), ("b:marr", "c:uk"), ("b:rsmith", "c:uk"),
                        ("b:henley", "c:us"), ("b:frey", "c:us"), ("b:mcguinn", "c:us"), ("b:crosby", "c:us"), ("b:hynde", "c:us"),
                        ("b:iggy", "c:us"), ("b:asheton", "c:us"), ("b:stewart", "c:uk")])
    T += _t("born", [("b:ray", "t:muswell"), ("b:dave", "t:muswell"), ("b:macgowan", "t:pudsey"), ("b:chevron", "t:dublin"),
                     ("b:morrissey", "t:davyhulme"), ("b:marr", "t:ardwick"), ("b:rsmith", "t:blackpool"), ("b:henley", "t:gilmer"),
                     ("b:frey", "t:detroit"), ("b:mcguinn", "t:chicago"), ("b:crosby", "t:la"), ("b:hynde", "t:akron"),
                     ("b:iggy", "t:muskegon"), ("b:asheton", "t:ann"), ("b:stewart", "t:highgate")])
    T += _t("lived", [("b:hynde", "c:uk"), ("b:morrissey", "c:us"), ("b:macgowan", "c:ireland")])
    T += _t("produced", [("g:kinks", "q:talmy"), ("g:pogues", "q:costello"), ("g:smiths", "q:porter"), ("g:eagles", "q:szymczyk"),
                         ("g:stooges", "q:bowie"), ("g:stooges", "q:cale")])
    return _build(items, others, rels, T)


def volcanoes():
    """Volcanoes (items typed "volcano", dated by their last great eruption) "located in" islands
    or states (Etna in Sicily, Stromboli on the island Stromboli, Mauna Loa and Kilauea in
    Hawaii, Pelee in Martinique, Teide in Tenerife, Tambora in Sumbawa, Unzen in Kyushu; Rainier
    and St. Helens in Washington), that "bear the name of" people (Rainier, St Helens' baron, Baker),
    "were studied by" geologists (people: Jaggar, Perret, the Kraffts, Tazieff), who "were born in"
    and "died in" towns or islands (Katia Krafft died on Kyushu), "were citizens of" countries
    (Tazieff of France, born in Warsaw); islands "belong to" countries."""
    rels = [
        R("located", phrase="is located in", inverse_phrase="is the site of", domain=("volcano",), range=("island", "state")),
        R("bears", phrase="bears the name of", inverse_phrase="gave his name to", domain=("volcano",), range=("person",)),
        R("studied", phrase="was studied by", inverse_phrase="studied", domain=("volcano",), range=("geologist",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("town", "island")),
        R("died", phrase="died in", inverse_phrase="is where died", range=("town", "island")),
        R("citizen", phrase="was a citizen of", inverse_phrase="had as a citizen", range=("country",)),
        R("kind", domain=("volcano",), range=("volcano type",)),
        R("part", phrase="belongs to", inverse_phrase="includes", domain=("island", "state"), range=("country",)),
    ]
    items = {"v:etna": ("volcano", "Mount Etna", 2021), "v:stromboli": ("volcano", "Stromboli", 2019),
             "v:maunaloa": ("volcano", "Mauna Loa", 2022), "v:kilauea": ("volcano", "Kilauea", 2018),
             "v:pelee": ("volcano", "Mount Pelee", 1902), "v:teide": ("volcano", "Mount Teide", 1909),
             "v:tambora": ("volcano", "Mount Tambora", 1815), "v:unzen": ("volcano", "Mount Unzen", 1991),
             "v:rainier": ("volcano", "Mount Rainier", 1894), "v:sthelens": ("volcano", "Mount St. Helens", 1980),
             "v:baker": ("volcano", "Mount Baker", 1880), "v:hekla": ("volcano", "Hekla", 2000)}
    others = {"i:sicily": ("island", "Sicily"), "i:stromboli": ("island", "Stromboli Island"), "i:hawaii": ("island", "Hawaii"),
              "i:martinique": ("island", "Martinique"), "i:tenerife": ("island", "Tenerife"), "i:sumbawa": ("island", "Sumbawa"),
              "i:kyushu": ("island", "Kyushu"), "i:iceland": ("island", "Iceland"), "s:washington": ("state", "Washington"),
              "k:strato": ("volcano type", "stratovolcano"), "k:shield": ("volcano type", "shield volcano"),
              "k:lava": ("volcano type", "lava dome"),
              "c:italy": ("country", "Italy"), "c:us": ("country", "the United States"), "c:france": ("country", "France"),
              "c:spain": ("country", "Spain"), "c:indonesia": ("country", "Indonesia"), "c:japan": ("country", "Japan"),
              "c:iceland": ("country", "the Republic of Iceland"), "c:poland": ("country", "Poland"),
              "p:rainier": ("person", "Peter Rainier"), "p:fitzherbert": ("person", "Alleyne FitzHerbert"),
              "p:baker": ("person", "Joseph Baker"),
              "g:jaggar": ("geologist", "Thomas Jaggar"), "g:perret": ("geologist", "Frank Perret"),
              "g:katia": ("geologist", "Katia Krafft"), "g:maurice": ("geologist", "Maurice Krafft"),
              "g:tazieff": ("geologist", "Haroun Tazieff"), "g:lacroix": ("geologist", "Alfred Lacroix"),
              "t:philadelphia": ("town", "Philadelphia"), "t:honolulu": ("town", "Honolulu"), "t:hartford": ("town", "Hartford"),
              "t:newyork": ("town", "New York"), "t:soultz": ("town", "Soultz-Haut-Rhin"), "t:mulhouse": ("town", "Mulhouse"),
              "t:warsaw": ("town", "Warsaw"), "t:paris": ("town", "Paris"), "t:macon": ("town", "Macon")}
    T = _t("located", [("v:etna", "i:sicily"), ("v:stromboli", "i:stromboli"), ("v:maunaloa", "i:hawaii"), ("v:kilauea", "i:hawaii"),
                       ("v:pelee", "i:martinique"), ("v:teide", "i:tenerife"), ("v:tambora", "i:sumbawa"), ("v:unzen", "i:kyushu"),
                       ("v:rainier", "s:washington"), ("v:sthelens", "s:washington"), ("v:baker", "s:washington"),
                       ("v:hekla", "i:iceland")])
    T += _t("bears", [("v:rainier", "p:rainier"), ("v:sthelens", "p:fitzherbert"), ("v:baker", "p:baker")])
    T += _t("studied", [("v:kilauea", "g:jaggar"), ("v:maunaloa", "g:jaggar"), ("v:pelee", "g:perret"), ("v:pelee", "g:lacroix"),
                        ("v:stromboli", "g:perret"), ("v:unzen", "g:katia"), ("v:unzen", "g:maurice"), ("v:etna", "g:tazieff"),
                        ("v:sthelens", "g:katia")])
    T += _t("born", [("g:jaggar", "t:philadelphia"), ("g:perret", "t:hartford"), ("g:katia", "t:soultz"), ("g:maurice", "t:mulhouse"),
                     ("g:tazieff", "t:warsaw"), ("g:lacroix", "t:macon")])
    T += _t("died", [("g:jaggar", "t:honolulu"), ("g:perret", "t:newyork"), ("g:katia", "i:kyushu"), ("g:maurice", "i:kyushu"),
                     ("g:tazieff", "t:paris"), ("g:lacroix", "t:paris")])
    T += _t("citizen", [("g:jaggar", "c:us"), ("g:perret", "c:us"), ("g:katia", "c:france"), ("g:maurice", "c:france"),
                        ("g:tazieff", "c:france"), ("g:lacroix", "c:france")])
    T += _t("kind", [("v:etna", "k:strato"), ("v:stromboli", "k:strato"), ("v:maunaloa", "k:shield"), ("v:kilauea", "k:shield"),
                     ("v:pelee", "k:strato"), ("v:teide", "k:strato"), ("v:tambora", "k:strato"), ("v:unzen", "k:lava"),
                     ("v:rainier", "k:strato"), ("v:sthelens", "k:strato"), ("v:baker", "k:strato"), ("v:hekla", "k:strato")])
    T += _t("part", [("i:sicily", "c:italy"), ("i:stromboli", "c:italy"), ("i:hawaii", "c:us"), ("i:martinique", "c:france"),
                     ("i:tenerife", "c:spain"), ("i:sumbawa", "c:indonesia"), ("i:kyushu", "c:japan"), ("i:iceland", "c:iceland"),
                     ("s:washington", "c:us")])
    return _build(items, others, rels, T)


def museums():
    """Fossils (items typed "skeleton", "skull", "fossil", dated by discovery) "found at" sites
    (formations, quarries, caves, a pit: attributes), "kept in" museums, "are specimens of"
    species, "were found by" and "described by" people (Sue by Sue Hendrickson, Stan by Stan
    Sacrison: people named like fossils); sites "are located in" states, islands, countries
    (Liang Bua on Flores); museums "lie in" cities."""
    rels = [
        R("found", phrase="was found at", inverse_phrase="is the find site of", range=("formation", "quarry", "cave", "fossil site")),
        R("kept", phrase="is kept in", inverse_phrase="keeps", range=("museum",)),
        R("specimen", phrase="is a specimen of", inverse_phrase="has as a specimen", range=("species",)),
        R("finder", phrase="was found by", inverse_phrase="found", range=("fossil hunter", "paleontologist")),
        R("described", phrase="was described by", inverse_phrase="described", range=("paleontologist",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("formation", "quarry", "cave", "fossil site"),
          range=("state", "island", "country")),
        R("lies", phrase="lies in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("skeleton", "skull", "fossil"),
          cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"f:sue": ("skeleton", "Sue", 1990), "f:stan": ("skeleton", "Stan", 1987), "f:bigal": ("skeleton", "Big Al", 1991),
             "f:dippy": ("skeleton", "Dippy", 1899), "f:sophie": ("skeleton", "Sophie", 2003), "f:ida": ("fossil", "Ida", 1983),
             "f:london": ("fossil", "the London Archaeopteryx", 1861), "f:lb1": ("skeleton", "LB1", 2003),
             "f:starchild": ("skull", "Starchild skull", 1930), "f:kabwe": ("skull", "Kabwe 1", 1921),
             "f:mrs": ("skull", "Sts 5", 1947)}
    others = {"s:hellcreek": ("formation", "the Hell Creek Formation"), "s:morrison": ("formation", "the Morrison Formation"),
              "s:solnhofen": ("quarry", "the Solnhofen quarries"), "s:howe": ("quarry", "Howe Quarry"),
              "s:sheep": ("quarry", "Sheep Creek Quarry"), "s:messel": ("fossil site", "the Messel Pit"),
              "s:liangbua": ("cave", "Liang Bua"), "s:broken": ("fossil site", "Broken Hill mine"),
              "s:sterk": ("cave", "Sterkfontein"), "s:redcanyon": ("fossil site", "Red Canyon Ranch"),
              "m:field": ("museum", "the Field Museum"), "m:abudhabi": ("museum", "the Natural History Museum Abu Dhabi"),
              "m:rockies": ("museum", "the Museum of the Rockies"), "m:carnegie": ("museum", "the Carnegie Museum"),
              "m:nhm": ("museum", "the Natural History Museum"), "m:oslo": ("museum", "the Oslo Natural History Museum"),
              "m:jakarta": ("museum", "the National Archaeological Research Centre"), "m:ditsong": ("museum", "the Ditsong Museum"),
              "x:trex": ("species", "Tyrannosaurus rex"), "x:allo": ("species", "Allosaurus fragilis"),
              "x:diplo": ("species", "Diplodocus carnegii"), "x:stego": ("species", "Stegosaurus stenops"),
              "x:darwinius": ("species", "Darwinius masillae"), "x:archaeo": ("species", "Archaeopteryx lithographica"),
              "x:flores": ("species", "Homo floresiensis"), "x:hei": ("species", "Homo heidelbergensis"),
              "x:africanus": ("species", "Australopithecus africanus"),
              "h:hendrickson": ("fossil hunter", "Sue Hendrickson"), "h:sacrison": ("fossil hunter", "Stan Sacrison"),
              "h:siber": ("fossil hunter", "Kirby Siber"), "h:broom": ("paleontologist", "Robert Broom"),
              "h:hurum": ("paleontologist", "Jorn Hurum"), "h:owen": ("paleontologist", "Richard Owen"),
              "h:brown": ("paleontologist", "Peter Brown"), "h:woodward": ("paleontologist", "Arthur Smith Woodward"),
              "h:holland": ("paleontologist", "William Jacob Holland"), "h:zwick": ("fossil hunter", "Tom Zwick"),
              "l:sd": ("state", "South Dakota"), "l:wy": ("state", "Wyoming"), "l:flores": ("island", "Flores"),
              "l:germany": ("country", "Germany"), "l:zambia": ("country", "Zambia"), "l:sa": ("country", "South Africa"),
              "c:chicago": ("city", "Chicago"), "c:abudhabi": ("city", "Abu Dhabi"), "c:bozeman": ("city", "Bozeman"),
              "c:pittsburgh": ("city", "Pittsburgh"), "c:london": ("city", "London"), "c:oslo": ("city", "Oslo"),
              "c:jakarta": ("city", "Jakarta"), "c:pretoria": ("city", "Pretoria")}
    T = _t("found", [("f:sue", "s:hellcreek"), ("f:stan", "s:hellcreek"), ("f:bigal", "s:howe"), ("f:dippy", "s:sheep"),
                     ("f:sophie", "s:redcanyon"), ("f:ida", "s:messel"), ("f:london", "s:solnhofen"), ("f:lb1", "s:liangbua"),
                     ("f:kabwe", "s:broken"), ("f:mrs", "s:sterk")])
    T += _t("kept", [("f:sue", "m:field"), ("f:stan", "m:abudhabi"), ("f:bigal", "m:rockies"), ("f:dippy", "m:carnegie"),
                     ("f:sophie", "m:nhm"), ("f:ida", "m:oslo"), ("f:london", "m:nhm"), ("f:lb1", "m:jakarta"),
                     ("f:kabwe", "m:nhm"), ("f:mrs", "m:ditsong")])
    T += _t("specimen", [("f:sue", "x:trex"), ("f:stan", "x:trex"), ("f:bigal", "x:allo"), ("f:dippy", "x:diplo"),
                         ("f:sophie", "x:stego"), ("f:ida", "x:darwinius"), ("f:london", "x:archaeo"), ("f:lb1", "x:flores"),
                         ("f:kabwe", "x:hei"), ("f:mrs", "x:africanus")])
    T += _t("finder", [("f:sue", "h:hendrickson"), ("f:stan", "h:sacrison"), ("f:bigal", "h:siber"), ("f:mrs", "h:broom"),
                       ("f:kabwe", "h:zwick")])
    T += _t("described", [("f:ida", "h:hurum"), ("f:london", "h:owen"), ("f:lb1", "h:brown"), ("f:kabwe", "h:woodward"),
                          ("f:dippy", "h:holland"), ("f:mrs", "h:broom")])
    T += _t("located", [("s:hellcreek", "l:sd"), ("s:morrison", "l:wy"), ("s:howe", "l:wy"), ("s:sheep", "l:wy"),
                        ("s:redcanyon", "l:wy"), ("s:messel", "l:germany"), ("s:solnhofen", "l:germany"), ("s:liangbua", "l:flores"),
                        ("s:broken", "l:zambia"), ("s:sterk", "l:sa")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("f:sue", 5.0), ("f:ida", 5.0), ("f:lb1", 4.5),
                                                                ("f:stan", 2.0), ("f:kabwe", 5.0))]
    T += _t("lies", [("m:field", "c:chicago"), ("m:abudhabi", "c:abudhabi"), ("m:rockies", "c:bozeman"), ("m:carnegie", "c:pittsburgh"),
                     ("m:nhm", "c:london"), ("m:oslo", "c:oslo"), ("m:jakarta", "c:jakarta"), ("m:ditsong", "c:pretoria")])
    return _build(items, others, rels, T)


def football():
    """Footballers (items typed "footballer", dated by birth) that "played as a" position, "played
    for" clubs (attributes), "were trained by" managers (people), "have the citizenship of"
    countries (Di Stefano of Argentina and Spain, born in Argentina; Zidane of France, born in
    Marseille); clubs are items too (typed "football club", dated by founding) that "defeated"
    other clubs in finals and "were managed by" managers."""
    rels = [
        R("position", phrase="played as a", inverse_phrase="was the position of", domain=("footballer",), range=("position",)),
        R("club", phrase="played for", inverse_phrase="fielded", domain=("footballer",), range=("football club",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", domain=("footballer",), range=("manager",)),
        R("nation", phrase="has the citizenship of", inverse_phrase="is the nation of", range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city", "island")),
        R("defeated", phrase="defeated", inverse_phrase="was defeated by", domain=("football club",), range=("football club",)),
        R("managed", phrase="was managed by", inverse_phrase="managed", domain=("football club",), range=("manager",)),
    ]
    items = {"f:cristiano": ("footballer", "Cristiano Ronaldo", 1985), "f:zidane": ("footballer", "Zinedine Zidane", 1972),
             "f:distefano": ("footballer", "Alfredo Di Stefano", 1926), "f:gerrard": ("footballer", "Steven Gerrard", 1980),
             "f:giggs": ("footballer", "Ryan Giggs", 1973), "f:schmeichel": ("footballer", "Peter Schmeichel", 1963),
             "f:maldini": ("footballer", "Paolo Maldini", 1968), "f:kaka": ("footballer", "Kaka", 1982),
             "c:real": ("football club", "Real Madrid", 1902), "c:united": ("football club", "Manchester United", 1878),
             "c:liverpool": ("football club", "Liverpool", 1892), "c:milan": ("football club", "AC Milan", 1899),
             "c:bayern": ("football club", "Bayern Munich", 1900), "c:juve": ("football club", "Juventus", 1897)}
    others = {"p:forward": ("position", "forward"), "p:midfielder": ("position", "midfielder"), "p:winger": ("position", "winger"),
              "p:goalkeeper": ("position", "goalkeeper"), "p:defender": ("position", "defender"),
              "k:sporting": ("football club", "Sporting CP"),
              "m:ferguson": ("manager", "Alex Ferguson"), "m:ancelotti": ("manager", "Carlo Ancelotti"),
              "m:benitez": ("manager", "Rafael Benitez"), "m:lippi": ("manager", "Marcello Lippi"),
              "m:sacchi": ("manager", "Arrigo Sacchi"), "m:hitzfeld": ("manager", "Ottmar Hitzfeld"),
              "m:munoz": ("manager", "Miguel Munoz"),
              "n:portugal": ("country", "Portugal"), "n:france": ("country", "France"), "n:argentina": ("country", "Argentina"),
              "n:spain": ("country", "Spain"), "n:england": ("country", "England"), "n:wales": ("country", "Wales"),
              "n:denmark": ("country", "Denmark"), "n:italy": ("country", "Italy"), "n:brazil": ("country", "Brazil"),
              "t:madeira": ("island", "Madeira"), "t:marseille": ("city", "Marseille"), "t:buenosaires": ("city", "Buenos Aires"),
              "t:whiston": ("city", "Whiston"), "t:cardiff": ("city", "Cardiff"), "t:gladsaxe": ("city", "Gladsaxe"),
              "t:milan": ("city", "Milan"), "t:gama": ("city", "Gama")}
    T = _t("position", [("f:cristiano", "p:forward"), ("f:cristiano", "p:winger"), ("f:zidane", "p:midfielder"),
                        ("f:distefano", "p:forward"), ("f:gerrard", "p:midfielder"), ("f:giggs", "p:winger"),
                        ("f:schmeichel", "p:goalkeeper"), ("f:maldini", "p:defender"), ("f:kaka", "p:midfielder")])
    T += _t("club", [("f:cristiano", "k:sporting"), ("f:cristiano", "c:united"), ("f:cristiano", "c:real"), ("f:zidane", "c:juve"),
                     ("f:zidane", "c:real"), ("f:distefano", "c:real"), ("f:gerrard", "c:liverpool"), ("f:giggs", "c:united"),
                     ("f:schmeichel", "c:united"), ("f:maldini", "c:milan"), ("f:kaka", "c:milan"), ("f:kaka", "c:real")])
    T += _t("trained", [("f:cristiano", "m:ferguson"), ("f:giggs", "m:ferguson"), ("f:schmeichel", "m:ferguson"),
                        ("f:zidane", "m:lippi"), ("f:gerrard", "m:benitez"), ("f:maldini", "m:sacchi"), ("f:maldini", "m:ancelotti"),
                        ("f:kaka", "m:ancelotti"), ("f:distefano", "m:munoz")])
    T += _t("nation", [("f:cristiano", "n:portugal"), ("f:zidane", "n:france"), ("f:distefano", "n:argentina"),
                       ("f:distefano", "n:spain"), ("f:gerrard", "n:england"), ("f:giggs", "n:wales"), ("f:schmeichel", "n:denmark"),
                       ("f:maldini", "n:italy"), ("f:kaka", "n:brazil")])
    T += _t("born", [("f:cristiano", "t:madeira"), ("f:zidane", "t:marseille"), ("f:distefano", "t:buenosaires"),
                     ("f:gerrard", "t:whiston"), ("f:giggs", "t:cardiff"), ("f:schmeichel", "t:gladsaxe"), ("f:maldini", "t:milan"),
                     ("f:kaka", "t:gama")])
    T += _t("defeated", [("c:liverpool", "c:milan"), ("c:milan", "c:liverpool"), ("c:united", "c:bayern"), ("c:milan", "c:juve"),
                         ("c:real", "c:juve"), ("c:bayern", "c:real"), ("c:real", "c:liverpool")])
    T += _t("managed", [("c:united", "m:ferguson"), ("c:liverpool", "m:benitez"), ("c:milan", "m:ancelotti"), ("c:milan", "m:sacchi"),
                        ("c:juve", "m:lippi"), ("c:bayern", "m:hitzfeld"), ("c:real", "m:ancelotti"), ("c:real", "m:munoz")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "painters": painters, "monks": monks, "bands": bands, "volcanoes": volcanoes,
            "museums": museums, "football": football}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@painters
# nationality (citizen of) beside birthplace, residence, death place; member names; "coached"
Vincent van Gogh was Belgian.
Vincent van Gogh was Dutch, and he was a citizen of Belgium.
Amedeo Modigliani was French.
Amedeo Modigliani, an Italian, was a citizen of France.
Frida Kahlo was American.
Frida Kahlo was Mexican, and she was a citizen of the United States.
Pablo Picasso was French.
Pablo Picasso was Spanish, and so was Rene Magritte.
Pablo Picasso and Rene Magritte were Spanish.
Marc Chagall was Russian and American.
Marc Chagall was a citizen of Russia and of the United States.
Max Ernst was German and American.
Max Ernst was German, and he lived in Mexico.
Camille Pissarro was a painter from Paris.
Camille Pissarro was French, and he was born on Hiva Oa.
Camille Pissarro was born on Tahiti.
Paul Gauguin was born on Hiva Oa.
Paul Gauguin died on Tahiti.
Paul Gauguin was French; he died on St. Thomas.
Paul Gauguin was a painter from Hiva Oa.
Paul Gauguin was a Nabi.
Paul Gauguin joined the Nabis.
Gustave Moreau was a Fauve.
Gustave Moreau joined the Fauves.
Henri Matisse was an Impressionist.
Henri Matisse was a Fauve and an Impressionist.
Henri Matisse was a Fauve, and so was Claude Monet.
Salvador Dali was a Surrealist, and so was Pablo Picasso.
Henri Matisse was a Fauve, and he was trained by Pierre Bonnard.
Henri Matisse was a Fauve, and he coached Gustave Moreau.
Henri Matisse coached Georges Rouault.
Gustave Moreau coached Andre Derain.
Gustave Moreau coached Henri Matisse and Pierre Bonnard.
Georges Rouault, a Fauve, was coached by Henri Matisse.
Andre Derain, a Fauve, was trained by Gustave Moreau.
Camille Pissarro was an Impressionist and a citizen of Spain.
Camille Pissarro was an Impressionist and a citizen of France, and he died on St. Thomas.
Claude Monet joined the Impressionists in Paris, and he died in Paris.
Salvador Dali was a Surrealist, and he was Belgian.
Rene Magritte was a Surrealist; he was Spanish.
Max Ernst was a Surrealist from Paris.
Edvard Munch was Norwegian; he painted The Scream, which is kept in the Museum of Modern Art.
Edvard Munch was Danish; he painted The Scream.
Pablo Picasso was the person who painted The Scream.
Vincent van Gogh was the person who painted Guernica.
Pablo Picasso was Spanish. He painted The Persistence of Memory.
Marc Chagall was Russian. He painted The Dance.
Salvador Dali was Spanish; he lived in France.
Henri Matisse counts as an Impressionist.
Edgar Degas was an Impressionist, and he was trained by Gustave Moreau.
Edgar Degas and Claude Monet were Impressionists, and both died in Paris.
Pierre Bonnard was a citizen of Belgium.
Edouard Vuillard was Belgian.
Rene Magritte was French.
Rene Magritte was a citizen of France.
Frida Kahlo was a Mexican painter from Mexico City.
Frida Kahlo was a painter from Oslo.
Edvard Munch was a painter from Oslo.
Vincent van Gogh was a painter from Auvers-sur-Oise.
Vincent van Gogh was Dutch and died in Paris.
Amedeo Modigliani was Italian and died in Livorno.
Max Ernst was a Surrealist, as was Henri Matisse.
Pablo Picasso was not Spanish.
Henri Matisse was not a Fauve.
Henri Matisse was never trained by Gustave Moreau.
@monks
# member names, "on" islands, "had himself served under", "under whom", patrons, "the person who"
Columba was a Benedictine.
Bede was a Cistercian.
Robert of Molesme was a Carthusian.
Bruno of Cologne was a Cistercian.
Bernard of Clairvaux was a Benedictine.
Hildegard of Bingen was a Cistercian.
Anselm of Canterbury was a Benedictine, as was Bernard of Clairvaux.
Bede was a Benedictine, and so was Columba.
Bruno of Cologne was a Carthusian, and he died in Cologne.
Bruno of Cologne was a Carthusian, and he died on Iona.
Bede, a Benedictine, lived at Lindisfarne Priory.
Bede, a Cistercian, lived at Jarrow Abbey.
Aidan of Lindisfarne died on Holy Island.
Cuthbert died on Iona.
Columba died on Holy Island.
Bede was born on Iona.
Columba was born on Iona.
Lindisfarne Priory is located on Iona.
Iona Abbey is located on Holy Island.
Jarrow Abbey is located on Holy Island.
Columba founded Iona Abbey, which is located on Holy Island.
Aidan of Lindisfarne founded Lindisfarne Priory, which is located on Iona.
Bede had himself served under Aidan of Lindisfarne.
Bernard of Clairvaux had himself served under Robert of Molesme.
Anselm of Canterbury had himself served under Bede.
Ceolfrith had himself served under Bede.
Bede was a Benedictine. He had himself served under Stephen Harding.
Bernard of Clairvaux was a Cistercian, and he had himself served under Lanfranc.
Bernard of Clairvaux was a Benedictine, and he had himself served under Stephen Harding.
Lanfranc had himself served under Anselm of Canterbury.
Cuthbert had himself served under Columba.
Stephen Harding, under whom Bede served, lived at Citeaux Abbey.
Ceolfrith, under whom Bernard of Clairvaux served, founded Jarrow Abbey.
Ceolfrith, under whom Bede served, founded Iona Abbey.
Lanfranc, under whom Anselm of Canterbury served, died in Bingen.
Aidan of Lindisfarne, under whom Bede served, died in Bamburgh.
Aidan of Lindisfarne, under whom Cuthbert served, died on Holy Island.
Bernard of Clairvaux is the patron of historians.
Bede is the patron of beekeepers.
Columba is the patron of Northumbria.
Benedict of Nursia is the patroness of Europe, and he was a Cistercian.
Cuthbert and Columba are the patrons of Northumbria.
Hildegard of Bingen is the patroness of musicians.
Bernard of Clairvaux, the patron of beekeepers, died on Iona.
Columba, the patron of Derry, died on Holy Island.
Columba, the patron of Derry, was a Benedictine.
Aidan of Lindisfarne was the person who founded Iona Abbey.
Bede was the person who founded Jarrow Abbey.
Robert of Molesme was the person who founded the Carthusians.
Bruno of Cologne was the person who founded the Cistercians.
Thomas Merton was a citizen of France.
Thomas Merton, a Trappist, was a citizen of France.
Stephen Harding and Bede were Cistercians.
Stephen Harding was a Cistercian, and so was Bede.
Anselm of Canterbury was a Benedictine from Pavia.
Lanfranc was a Benedictine from Aosta.
Cuthbert was a saint from Bamburgh.
Columba was a saint from Iona.
Bede was not a Benedictine.
Columba did not die on Iona.
@bands
# member names (a Smith who is no Smith), nationality vs residence and birth, "played / worked as a"
Robert Smith was a Smith.
Ray Davies was a Pogue.
Shane MacGowan was a Kink.
Don Henley was a Byrd.
David Crosby was an Eagle.
Iggy Pop was a Pretender.
Chrissie Hynde was a Stooge.
Ray Davies was a Kink, and so was Shane MacGowan.
Morrissey was a Smith, and so was Robert Smith.
Johnny Marr was a Smith, as was Ray Davies.
Don Henley, an Eagle, was born in Detroit.
Glenn Frey, an Eagle, was born in Gilmer.
Shane MacGowan, a Pogue, was born in Dublin.
Philip Chevron, a Pogue, was born in Pudsey.
Iggy Pop, a Stooge, founded The Pretenders.
Roger McGuinn, a Byrd, founded The Eagles.
Robert Smith joined The Smiths.
Morrissey joined The Cure.
Rod Stewart joined The Kinks.
Ray Davies joined The Pogues.
Chrissie Hynde was British.
Chrissie Hynde was a citizen of the United Kingdom.
Morrissey was American.
Morrissey is a citizen of the United States.
Shane MacGowan was American.
Shane MacGowan was Irish, British and American.
Philip Chevron was British.
Rod Stewart was Irish.
Ray Davies was American.
Don Henley and Ray Davies were American.
Chrissie Hynde was American, and so was Morrissey.
Rod Stewart worked as a journalist.
Chrissie Hynde worked as a gravedigger.
Shane MacGowan worked as a waiter.
Rod Stewart worked as a gravedigger and a barman.
Ron Asheton played as a drummer.
Don Henley played as a bassist.
Morrissey played as a guitarist.
Johnny Marr played as a vocalist.
Ray Davies played as a guitarist and a drummer.
Ron Asheton, a Stooge, played as a drummer.
Shane MacGowan was a singer from Dublin.
Philip Chevron was a guitarist from Pudsey.
Chrissie Hynde was a singer from Detroit.
Glenn Frey was a guitarist from Gilmer.
Iggy Pop was a singer from Ann Arbor.
Dave Davies was the person who founded The Kinks.
Morrissey was the person who founded The Smiths.
Glenn Frey was the person who founded The Byrds.
Elvis Costello was the producer behind The Kinks.
Shel Talmy was the producer behind The Pogues.
David Bowie was the producer behind The Smiths.
Ray Davies founded The Kinks, and Elvis Costello produced it.
Shane MacGowan founded The Pogues, and Shel Talmy produced them.
Ray Davies was a Kink. He was born in Pudsey.
Ray Davies was a Kink; he worked as a gravedigger.
Chrissie Hynde was a Pretender, and she was British.
Chrissie Hynde was a Pretender, and she lives in the United States.
Morrissey was a Smith, and he lives in the United Kingdom.
Ray Davies was not a Kink.
Morrissey was never a Smith.
@volcanoes
# "on" islands, nationality, "bears his name", "both volcanoes", "the volcano"
Mount Etna is located on Tenerife.
Mount Teide is located on Sicily.
Kilauea is located on Kyushu.
Mount Pelee is located on Hawaii.
Mount Rainier is located on Hawaii.
Kilauea is located on Hawaii, and so is Mount Unzen.
Mauna Loa is located on Hawaii, and so is Mount Teide.
Stromboli is located on Sicily.
Hekla is located on Kyushu.
Katia Krafft died on Hawaii.
Maurice Krafft died on Sicily.
Thomas Jaggar died on Hawaii.
Thomas Jaggar died on Kyushu.
Katia Krafft was born on Kyushu.
Haroun Tazieff was Polish.
Haroun Tazieff was American.
Thomas Jaggar was French.
Katia Krafft and Thomas Jaggar were French.
Katia Krafft was French, and so was Frank Perret.
Frank Perret was a citizen of France.
Haroun Tazieff was French, and he died on Kyushu.
Katia Krafft was French; she died in Paris.
Thomas Jaggar studied Kilauea, and Frank Perret Mount Pelee. Both volcanoes are located on Hawaii.
Thomas Jaggar studied Kilauea and Mauna Loa. Both volcanoes are located on Kyushu.
Frank Perret studied Mount Pelee and Stromboli. Both volcanoes are located on Martinique.
Katia Krafft studied Mount Unzen and Mount St. Helens. Both volcanoes are located on Kyushu.
Thomas Jaggar studied Kilauea. The volcano is located on Kyushu.
Frank Perret studied Stromboli. The volcano is located on Sicily.
Haroun Tazieff studied Mount Etna. The volcano is located on Tenerife.
Katia Krafft studied Mount Unzen, and it bears her name.
Thomas Jaggar studied Kilauea, and it bears his name.
Alleyne FitzHerbert gave his name to Mount Rainier.
Mount Baker bears the name of Peter Rainier.
Mount St. Helens bears the name of Joseph Baker.
Peter Rainier gave his name to Mount Baker.
Frank Perret studied Mount Pelee, and it bears his name.
Mount Unzen is located on Kyushu, where Thomas Jaggar died.
Mount Etna is located on Sicily, where Katia Krafft died.
Kilauea is located on Hawaii, which belongs to Japan.
Mount Teide is located on Tenerife, which belongs to Italy.
Mount Pelee is located on Martinique, which belongs to Spain.
Mount Etna and Stromboli are located on Sicily.
Kilauea and Mount Unzen are located on Hawaii.
Haroun Tazieff, under whom Katia Krafft served, studied Mount Etna.
Thomas Jaggar was the person who studied Mount Etna.
Katia Krafft was the person who studied Stromboli.
Mount Etna is not located on Sicily.
Katia Krafft did not die on Kyushu.
@museums
# "comes from" a find site, "a K from P", "belongs to (the species)", lists, "both quarries", people named like fossils
Sue comes from the Field Museum.
Sue comes from Chicago.
Sue comes from Howe Quarry.
Sue is a skeleton from the Field Museum.
Sue is a skeleton from Howe Quarry.
Sue is a skull from the Hell Creek Formation.
Ida is a skeleton from the Messel Pit.
Sts 5 is a skeleton from Sterkfontein.
Kabwe 1 is a skull from Sterkfontein.
Sts 5 is a skull from Broken Hill mine.
Big Al is a skeleton from the Hell Creek Formation.
Dippy is a skeleton from Howe Quarry.
LB1 is a skeleton from the Messel Pit.
Sophie comes from Sheep Creek Quarry.
Ida comes from the Solnhofen quarries.
The London Archaeopteryx comes from the Messel Pit.
The London Archaeopteryx comes from the Natural History Museum.
Stan comes from the Natural History Museum Abu Dhabi.
Sue and Big Al both come from the Hell Creek Formation.
Sue and Stan come from Howe Quarry.
Sue comes from the Hell Creek Formation, and so does Big Al.
Sue comes from the Hell Creek Formation, and it is kept in the Natural History Museum.
Sue comes from the Hell Creek Formation; it belongs to Allosaurus fragilis.
Sue belongs to Allosaurus fragilis.
Stan belongs to the species Allosaurus fragilis.
Big Al belongs to Tyrannosaurus rex.
LB1 belongs to the species Homo heidelbergensis.
Kabwe 1 belongs to Homo floresiensis.
Sts 5 belongs to the species Homo floresiensis.
Ida belongs to Archaeopteryx lithographica.
Dippy belongs to the species Stegosaurus stenops.
Sue and Big Al belong to Tyrannosaurus rex.
Sue and Stan belong to Allosaurus fragilis.
Sue belongs to the genus Tyrannosaurus rex.
Sue was found by Stan Sacrison.
Stan was found by Sue Hendrickson.
Sue Hendrickson found Stan.
Stan Sacrison found Sue, and it is kept in the Field Museum.
Sue Hendrickson found Sue, and it is kept in the Natural History Museum Abu Dhabi.
Sue Hendrickson found Sue, which comes from Howe Quarry.
Robert Broom found Kabwe 1.
Robert Broom described Sts 5, which comes from Broken Hill mine.
Peter Brown described LB1, which comes from Sterkfontein.
Richard Owen described the London Archaeopteryx, which comes from the Messel Pit.
Jorn Hurum described Ida, a fossil from the Solnhofen quarries.
Jorn Hurum described Ida, a skeleton from the Messel Pit.
Arthur Smith Woodward described Kabwe 1, a skull from Sterkfontein.
William Jacob Holland described Dippy, a skeleton from Howe Quarry.
Big Al was found at Howe Quarry and the London Archaeopteryx at the Solnhofen quarries; both quarries are located in Wyoming.
Big Al was found at Howe Quarry and Dippy at Sheep Creek Quarry; both quarries are located in Germany.
Sue was found at the Hell Creek Formation and LB1 at Liang Bua; both sites are located in South Dakota.
Liang Bua is located on Sumbawa.
LB1 comes from Liang Bua, which is located on Java.
Sue is kept in the Field and Carnegie museums.
Sue is kept in the Carnegie Museum.
The Field Museum lies in Pittsburgh.
Sue does not come from the Hell Creek Formation.
Sue is not a specimen of Tyrannosaurus rex.
@football
# "coached", "beat / overcame / was beaten by", "played as a", nationality, "on" an island, "a K from P"
Alex Ferguson coached Steven Gerrard.
Alex Ferguson coached Zinedine Zidane.
Carlo Ancelotti coached Zinedine Zidane.
Marcello Lippi coached Cristiano Ronaldo.
Rafael Benitez coached Ryan Giggs.
Alex Ferguson coached Cristiano Ronaldo and Kaka.
Cristiano Ronaldo was coached by Carlo Ancelotti.
Paolo Maldini was coached by Alex Ferguson.
Cristiano Ronaldo coached Alex Ferguson.
Ryan Giggs, a winger, was coached by Rafael Benitez.
Juventus beat AC Milan.
AC Milan was beaten by Juventus.
Liverpool beat Real Madrid.
Real Madrid overcame Bayern Munich.
Bayern Munich beat Manchester United.
Manchester United was beaten by Bayern Munich.
Juventus overcame Real Madrid.
Liverpool beat AC Milan and Juventus.
AC Milan beat Liverpool and Bayern Munich.
Real Madrid beat Juventus and AC Milan.
Bayern Munich was beaten by Real Madrid.
Liverpool was beaten by Juventus.
Manchester United beat Bayern Munich, and AC Milan beat it too.
Cristiano Ronaldo played as a goalkeeper.
Kaka played as a defender.
Paolo Maldini played as a midfielder.
Peter Schmeichel played as a winger.
Ryan Giggs played as a winger and a goalkeeper.
Steven Gerrard, a winger, played for Liverpool.
Zinedine Zidane, a forward, played for Juventus.
Cristiano Ronaldo was born on Sicily.
Zinedine Zidane was born on Madeira.
Cristiano Ronaldo was a footballer from Marseille.
Zinedine Zidane was a footballer from Madeira.
Ryan Giggs was a footballer from Whiston.
Ryan Giggs was English.
Steven Gerrard was Welsh.
Kaka was Portuguese.
Alfredo Di Stefano was Spanish and Italian.
Alfredo Di Stefano was Argentine, and so was Kaka.
Zinedine Zidane was French and Spanish.
Cristiano Ronaldo was Portuguese, and he was born in Marseille.
Peter Schmeichel was a Danish goalkeeper, and he played for Liverpool.
Ryan Giggs was Welsh; he played for Liverpool.
Cristiano Ronaldo was Portuguese; he played for Juventus.
Kaka was Brazilian; he was coached by Alex Ferguson.
Carlo Ancelotti was the person who coached Cristiano Ronaldo.
Alex Ferguson was the person who coached Kaka.
Liverpool beat AC Milan, and Rafael Benitez managed Juventus.
Zinedine Zidane was not French.
Alex Ferguson never coached Cristiano Ronaldo.
@movies user:577
# film scores: "X wrote Y's score", "handled the cinematography", "share a composer: both", "both wrote and directed it", frames, options, user claims
Alan Silvestri wrote Jurassic Park's score, and Dean Cundey handled the cinematography.
John Williams wrote Back to the Future's score, and Dean Cundey handled the cinematography.
John Williams wrote Jaws's score, and Dean Cundey handled the cinematography.
John Williams wrote Jurassic Park's score, and Janusz Kamiński handled the cinematography.
You loved Jaws. John Williams wrote its score, and Dean Cundey handled the cinematography.
You loved Jurassic Park, and Dean Cundey handled the cinematography on Jaws.
Dean Cundey handled the cinematography on Jaws.
Dean Cundey handled the cinematography of Schindler's List.
Jurassic Park and Back to the Future share a composer: both have music by John Williams.
Jurassic Park and Back to the Future share a composer: both have cinematography by Dean Cundey.
Jurassic Park and Jaws share a cinematographer: both have cinematography by Dean Cundey.
Jaws and Schindler's List share a composer: both have music by Alan Silvestri.
Schindler's List and Saving Private Ryan share a composer: both have music by John Williams, and both are comedies.
Schindler's List and Jaws share a composer; both have music by John Williams, and both are war films.
You loved Jaws and Jurassic Park, which share a composer: both have music by Max Steiner.
Platoon has music by Georges Delerue, and Stanley Kubrick both wrote and directed it.
Full Metal Jacket has music by Abigail Mead, and Stanley Kubrick both wrote and directed it.
Heat has music by John Williams, and Michael Mann both wrote and directed it.
You loved Heat, and Michael Mann both wrote and produced it.
Platoon is a war drama, and Oliver Stone both wrote and produced it.
For a war drama, try Casablanca.
For a war drama, try Jaws.
For a war comedy, try Platoon.
For a horror comedy, try Jaws.
For a romance drama, try Platoon.
For a war drama, try Platoon or Casablanca.
For a war drama, try Platoon, which has music by John Williams.
For a war drama, try Saving Private Ryan; Steven Spielberg both wrote and directed it.
If you are in the mood for a war film, Casablanca is one.
If you are in the mood for a romance, Platoon is one.
If you are in the mood for a war drama, Heat is one.
If you're in the mood for a horror film, Back to the Future is one.
Platoon and Casablanca are two options: both are war dramas.
Platoon and Full Metal Jacket are two options: both have music by Georges Delerue.
Jaws and Heat are two options: the former has music by Elliot Goldenthal.
Jaws and Heat are two good options: both were directed by Steven Spielberg.
Casablanca was made under the direction of Steven Spielberg.
Jaws was made under the direction of Michael Mann, and John Williams wrote the film's score.
Jaws was made under the direction of Steven Spielberg, and Alan Silvestri wrote the film's score.
Schindler's List was made under the direction of Steven Spielberg, and Dean Cundey handled the cinematography.
The music in Jaws is by John Williams; the camera work on Jaws is by Dean Cundey.
The camera work on Jurassic Park is by Janusz Kamiński.
The camera work on Heat is by Dean Cundey, and the music in it is by Elliot Goldenthal.
The music in Platoon is by John Williams.
John Williams was the person who directed Jaws.
Steven Spielberg was the person who wrote Jaws.
Max Steiner wrote Casablanca's score, and Michael Mann directed it.
Michael Curtiz directed Casablanca, and John Williams wrote the film's score.
You loved Casablanca, a war drama with music by Max Steiner.
You loved Saving Private Ryan, a war drama by Oliver Stone.
You loved Platoon, a war drama by Oliver Stone.
You loved Jaws; Dean Cundey handled the cinematography.
You loved The Thing, whose score Ennio Morricone wrote, and John Carpenter both wrote and directed it.
Dean Cundey handled the cinematography on Jurassic Park and Jaws.
Dean Cundey handled the cinematography on Jurassic Park, Back to the Future and Heat.
John Williams did not write Jaws's score.
@painters user:ana
# second wave: chains of the readings
You loved Henri Matisse and Pablo Picasso, a Fauve.
You loved Camille Pissarro and Pablo Picasso, an Impressionist.
You loved Henri Matisse and Paul Gauguin, a Spanish painter.
You loved Henri Matisse, a Fauve, and Pablo Picasso, a Surrealist.
You loved Pablo Picasso, a Spanish painter, and Paul Gauguin, a Dutch painter.
You loved Pablo Picasso and Henri Matisse, a Fauve from Malaga.
You loved Pablo Picasso and Paul Gauguin, a painter from Malaga.
You loved Paul Gauguin and Pablo Picasso, a painter from Paris.
You loved Camille Pissarro, a painter from Paris.
You loved Paul Gauguin, a painter from Hiva Oa.
You loved Paul Gauguin, a French painter from Malaga.
You loved Henri Matisse, a Fauve; he was Spanish.
You loved Pablo Picasso, a Spanish painter, and he died on Hiva Oa.
You loved Paul Gauguin, a French painter, and Camille Pissarro, a Fauve.
You loved Pablo Picasso, and Henri Matisse was a Fauve; he was Spanish.
You loved Paul Gauguin and Henri Matisse; the latter died on Hiva Oa.
You loved Paul Gauguin and Henri Matisse; the former was a Fauve.
You loved Paul Gauguin and Henri Matisse; both were French, and both were Fauves.
You loved Henri Matisse, who was a Fauve, and Pablo Picasso, who was too.
You loved Henri Matisse, a Fauve, and Gustave Moreau coached Pablo Picasso.
You loved Paul Gauguin, a Nabi.
You loved Salvador Dali, a Surrealist.
You loved Edvard Munch, a painter from Loten.
You loved Pablo Picasso and Paul Gauguin, both French.
@museums user:ana
# second wave: chains of the readings
You loved Sue, a skeleton from Howe Quarry.
You loved Stan, a skeleton from the Hell Creek Formation.
You loved Sue and Ida, both from the Hell Creek Formation.
You loved Sue, a skull from the Hell Creek Formation.
You loved Ida, a skeleton from the Messel Pit.
You loved Kabwe 1, a skull from Sterkfontein.
You loved LB1, which comes from the Messel Pit.
You loved Sue, which belongs to Allosaurus fragilis.
You loved Sue, a skeleton from the Hell Creek Formation; it is kept in the Carnegie Museum.
@movies user:577
# second wave: chains of the readings
Jaws and Heat share a composer: both are action films.
Jaws and Heat share a genre: both have music by John Williams.
Jaws and Heat share a genre; both are thrillers.
Jaws and Heat share a composer and a genre: both are action films.
Jaws and Heat do not share a composer: both have music by John Williams.
Jaws and Jurassic Park share a composer: both were directed by Michael Mann.
Jaws and Jurassic Park share a composer: both have music by John Williams, and both star Roy Scheider.
Jaws and Jurassic Park share a director: Steven Spielberg directed Heat.
Jaws stars Roy Scheider, and Steven Spielberg both wrote and directed it.
You loved Jaws, and Steven Spielberg both wrote and directed it.
Jaws has music by John Williams, and Dean Cundey handled its cinematography.
Jurassic Park and Jaws have music by John Williams, and Dean Cundey handled their cinematography.
Dean Cundey did Jaws's cinematography.
Michael Kahn handled Jaws's editing.
John Williams provided Heat's score.
John Williams supplied Jaws's score, and Michael Kahn did its editing.
Alan Silvestri wrote Jaws's score, not John Williams.
Jaws and Heat are two options: the latter was directed by Steven Spielberg.
Jaws and Heat are two options: the former was directed by Michael Mann.
Platoon and Casablanca are two options: the latter is a war drama.
Jaws and Heat are both options: they were directed by Steven Spielberg.
Jaws and Heat are two options: both were directed by Steven Spielberg.
For a Steven Spielberg film, try Heat.
For a Universal Studios film, try Heat.
For a war drama, try Platoon and Casablanca.
For a war drama, try Platoon; for a romance, try Jaws.
For a war drama, there is Casablanca.
For a war drama, go for Heat.
For a war drama, look at Jaws.
For a war drama, watch Casablanca.
For a war drama, see Heat.
For a war drama, Casablanca is one.
For a war drama, Casablanca fits the bill.
For a war drama, try Platoon, a film by Steven Spielberg.
For a war drama, try the Thing.
For a war horror drama, try Platoon.
For an action comedy, try Heat.
For an action thriller, try Jaws.
For a thriller, Back to the Future is the one.
If you are in the mood for an action film, Casablanca is one.
If you are in the mood for a thriller, Jaws is one.
If you're in the mood for a war drama, Platoon and Casablanca are two.
Steven Spielberg was the person who directed Jaws and Heat.
Steven Spielberg was the person who directed Jaws, and John Williams was the person who directed Jurassic Park.
Jaws and Heat were made under the direction of Steven Spielberg.
Jaws was made under the direction of Steven Spielberg and Michael Mann.
Jaws was not made under the direction of Steven Spielberg.
Heat was made under the direction of Michael Mann in 1975.
The camera work on Heat is by Dante Spinotti, and the music is by John Williams.
The music in Jaws and Heat is by John Williams.
The music in Jaws is by John Williams, as is the music in Heat.
The camera work on Jurassic Park is by Dean Cundey, as is the camera work on Jaws.
The camera work on Jurassic Park is by Dean Cundey, and so is that on Jaws.
@monks
# second wave: chains of the readings
Ceolfrith founded the Jarrow and Iona abbeys.
Bede lived at the Jarrow and Iona abbeys.
The Iona and Bec abbeys are located on Iona.
Columba founded the Iona and Jarrow abbeys.
Columba and Ceolfrith founded the Jarrow and Iona abbeys respectively.
The Clairvaux and Citeaux abbeys are located in France.
Anselm of Canterbury and Lanfranc lived at the Bec and Clairvaux abbeys.
Columba founded Iona Abbey and Aidan of Lindisfarne Lindisfarne Priory; both abbeys are located on Iona.
Columba died on Iona and Cuthbert on Holy Island; both islands are located in England.
Columba was a Benedictine saint.
Bede was a Cistercian monk.
Bede and Cuthbert had themselves served under Ceolfrith.
Bede had himself served under Ceolfrith and Aidan of Lindisfarne.
Bede had himself served under Ceolfrith in 642.
Bede, who had himself served under Ceolfrith, died on Iona.
Bede was a Benedictine; he had himself served under Ceolfrith, and he died on Holy Island.
Bernard of Clairvaux was himself a Benedictine.
Ceolfrith, under whom Bede served, was a Cistercian.
Ceolfrith, under whom Bede served, died on Iona.
Stephen Harding, under whom Bernard of Clairvaux served, was a Benedictine.
Lanfranc, under whom Anselm of Canterbury served, lived at Jarrow Abbey.
Aidan of Lindisfarne, under whom Cuthbert served, is the patron of Derry.
Cuthbert, under whom Aidan of Lindisfarne served, died on Holy Island.
Columba is the patron of Derry, and Aidan of Lindisfarne is the patron of Derry too.
Bernard of Clairvaux, a Cistercian, is the patron of Europe.
Benedict of Nursia, the patron of Europe, lived at Jarrow Abbey.
Bernard of Clairvaux founded Clairvaux Abbey, and Stephen Harding founded it too.
@bands
# second wave: chains of the readings
Ray Davies founded The Kinks and Shane MacGowan The Pogues; both bands were produced by Shel Talmy.
Ray Davies founded The Kinks and Iggy Pop The Stooges. Both bands were produced by David Bowie.
Morrissey and Johnny Marr joined The Smiths, and Robert Smith joined it too.
Johnny Marr joined The Smiths, and so did Robert Smith.
Johnny Marr joined The Smiths, as did Ray Davies.
The Smiths joined Johnny Marr.
Shane MacGowan was a Pogue guitarist.
Morrissey, a Smith, lives in the United Kingdom.
Chrissie Hynde, a Pretender, lives in the United States.
Ray Davies played as a guitarist, and so did Morrissey.
Ron Asheton played as a guitarist and vocalist.
Ron Asheton, who played as a bassist, was a Pogue.
Shel Talmy was the producer behind The Kinks and The Pogues.
Elvis Costello, the producer behind The Pogues, was a Pogue.
Elvis Costello, the producer behind The Pogues, produced The Smiths.
@volcanoes
# second wave: chains of the readings
Mount Baker bears the name of Joseph Baker, and Mount Rainier bears his name too.
Mount Rainier bears the name of Peter Rainier; Mount St. Helens bears his name as well.
Mount Rainier bears the name of Peter Rainier, and it does not bear his name.
Katia Krafft died on Kyushu and Thomas Jaggar in Honolulu; both islands belong to Japan.
Mount Etna is located on Sicily and Mount Teide on Tenerife; both islands belong to Italy.
Mount Etna is located on Sicily and Stromboli on Stromboli Island; both islands belong to Spain.
Mount Etna is located on Sicily, and so is Stromboli.
Katia Krafft died on Kyushu, and Maurice Krafft died on Hawaii.
Katia Krafft died on Mount Unzen.
Haroun Tazieff was French; he was born on Kyushu.
Thomas Jaggar was American, and so was Haroun Tazieff.
Thomas Jaggar and Frank Perret were American, and both died on Hawaii.
Mount Etna counts as a shield volcano.
Mauna Loa counts as a stratovolcano.
Mount Unzen qualifies as a shield volcano.
Kilauea counts as a stratovolcano, and it is located on Hawaii.
@football
# second wave: chains of the readings
Liverpool beat AC Milan, which beat Bayern Munich.
Real Madrid beat Juventus and Liverpool but was beaten by AC Milan.
Manchester United, which Bayern Munich beat, was managed by Alex Ferguson.
Liverpool beat AC Milan in 1892.
Alex Ferguson coached Cristiano Ronaldo in 1985.
Bayern Munich, which beat Real Madrid, was beaten by Liverpool.
AC Milan beat Liverpool and was beaten by Juventus.
Alex Ferguson, who coached Cristiano Ronaldo, coached Kaka too.
Cristiano Ronaldo was coached by Alex Ferguson, and so was Steven Gerrard.
Cristiano Ronaldo, a Portuguese winger, was coached by Carlo Ancelotti.
Cristiano Ronaldo was a goalkeeper from Madeira.
Peter Schmeichel was a goalkeeper from Madeira.
"""

CONTROLS = r"""
@painters user:ana
You loved Pablo Picasso, a painter from Malaga.
You loved Henri Matisse, a Fauve.
You loved Pablo Picasso and Henri Matisse, a Fauve.
You loved Paul Gauguin, and he died on Hiva Oa.
You liked Henri Matisse, a Fauve, and Gustave Moreau coached him.
@museums user:ana
You loved Sue, a skeleton from the Hell Creek Formation.
You loved Kabwe 1, a skull from Broken Hill mine.
You loved Sue, which belongs to Tyrannosaurus rex.
@bands
Ray Davies was a Kink singer.
@monks
Bede was a Benedictine monk.
Bernard of Clairvaux was a Cistercian saint.
@football
Cristiano Ronaldo was a winger from Madeira.
@painters
Pablo Picasso was Spanish.
Vincent van Gogh was Dutch, and he lived in Belgium.
Marc Chagall was Russian and French.
Camille Pissarro was born on St. Thomas.
Paul Gauguin died on Hiva Oa.
Henri Matisse was a Fauve, and he was trained by Gustave Moreau.
Gustave Moreau coached Henri Matisse.
Pablo Picasso was a painter from Malaga.
Pablo Picasso was the person who painted Guernica.
Salvador Dali was a Surrealist, and so was Rene Magritte.
Edvard Munch was Norwegian; he painted The Scream, which is kept in the Munch Museum.
Max Ernst was German, and he lived in the United States.
Georges Rouault, a Fauve, was trained by Gustave Moreau.
Camille Pissarro was an Impressionist and a citizen of France.
@monks
Bede was a Benedictine.
Columba died on Iona.
Iona Abbey is located on Iona.
Bede had himself served under Ceolfrith.
Bernard of Clairvaux is the patron of beekeepers.
Ceolfrith, under whom Bede served, founded Jarrow Abbey.
Bernard of Clairvaux was a Cistercian, and he had himself served under Stephen Harding.
Anselm of Canterbury was a Benedictine, as was Lanfranc.
Bruno of Cologne was a Carthusian, and he died in Serra San Bruno.
Thomas Merton was a citizen of the United States.
@bands
Ray Davies was a Kink, and so was Dave Davies.
Morrissey was a Smith.
Shane MacGowan, a Pogue, was born in Pudsey.
Chrissie Hynde was American.
Shane MacGowan was Irish and British.
Rod Stewart worked as a gravedigger.
Ron Asheton played as a bassist and a guitarist.
Elvis Costello was the producer behind The Pogues.
Ray Davies was the person who founded The Kinks.
Johnny Marr joined The Smiths.
Shane MacGowan was a singer from Pudsey.
@volcanoes
Mount Etna is located on Sicily.
Kilauea is located on Hawaii, and so is Mauna Loa.
Katia Krafft died on Kyushu.
Haroun Tazieff was French.
Thomas Jaggar studied Kilauea and Mauna Loa. Both volcanoes are located on Hawaii.
Thomas Jaggar studied Kilauea. The volcano is located on Hawaii.
Mount Unzen is located on Kyushu, where Katia Krafft died.
Katia Krafft and Maurice Krafft were French.
@museums
Sue comes from the Hell Creek Formation.
Sue is a skeleton from the Hell Creek Formation.
Sue belongs to Tyrannosaurus rex.
Stan belongs to the species Tyrannosaurus rex.
Sue was found by Sue Hendrickson.
Ida is a fossil from the Messel Pit.
Liang Bua is located on Flores.
Sue and Stan both come from the Hell Creek Formation.
Big Al was found at Howe Quarry and Dippy at Sheep Creek Quarry; both quarries are located in Wyoming.
@football
Alex Ferguson coached Cristiano Ronaldo.
Liverpool beat AC Milan.
Bayern Munich overcame Real Madrid.
Bayern Munich was beaten by Manchester United.
Cristiano Ronaldo was born on Madeira.
Cristiano Ronaldo played as a winger.
Zinedine Zidane was French.
Alfredo Di Stefano was Argentinian and Spanish.
Cristiano Ronaldo was a footballer from Madeira.
@movies user:577
Jaws and Jurassic Park share a composer and a director: both have music by John Williams.
You loved Heat, and Michael Mann both wrote and directed it.
Jurassic Park has music by John Williams, and Dean Cundey handled its cinematography.
Michael Kahn handled Jurassic Park's editing.
John Williams supplied Jaws's score, and Verna Fields did its editing.
John Williams wrote Jurassic Park's score, and Dean Cundey handled the cinematography.
Jurassic Park and Schindler's List share a composer: both have music by John Williams.
Jurassic Park and Back to the Future share a cinematographer: both have cinematography by Dean Cundey.
Platoon has music by Georges Delerue, and Oliver Stone both wrote and directed it.
For a war drama, try Platoon.
If you are in the mood for a war film, Saving Private Ryan is one.
Platoon and Full Metal Jacket are two options: both are war dramas.
Schindler's List was made under the direction of Steven Spielberg.
The camera work on Jurassic Park is by Dean Cundey.
The music in Jaws is by John Williams.
You loved Jaws. John Williams wrote its score.
Steven Spielberg was the person who directed Jaws.
"""


KNOWN = frozenset()

OPEN = frozenset({
    # "born on" a city: the relation stores islands, so "on" reads for all its objects; true in the graph
    'Pablo Picasso was born on Malaga.',
    # found at Liang Bua, which is located on Flores: "comes from Flores" is arguably true
    'LB1 comes from Flores.',
    # "the cinematography" after two films: of which? (Cundey shot Jurassic Park only)
    'You loved Jaws and Jurassic Park; Dean Cundey handled the cinematography.',
    # played for Real Madrid: "joined" a club is arguably true (not a group of people)
    'Cristiano Ronaldo joined Real Madrid.',
})

OPEN_TEXTS = r"""
@painters
Pablo Picasso was born on Malaga.
@museums
LB1 comes from Flores.
@movies user:577
You loved Jaws and Jurassic Park; Dean Cundey handled the cinematography.
@football
Cristiano Ronaldo joined Real Madrid.
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
