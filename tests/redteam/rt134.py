"""Red team round 134 (the readings of the round's CHANGES.diff): a style, movement, period or
school said as an adjective after a bare copula ("Durham Cathedral is Romanesque", "are both
Gothic", "X, which is Baroque, ..."); "stands in" / "sits in" / "lies in" / "is situated in" read
as "is in", "is located in", "is situated in", "can be found in"; "The N of the X is Y" with a
determiner before the name; "even though" as "though"; no role noun after "has" / "does".
Attacked: a period or movement the item "predates", "prefigures", "anticipates", "parodies", "was
restored / damaged / looted / automated during" (later than it, never its own) said as its style;
a style said of the wrong item, of a person, a place, a saint or a river, of a painting for the
building it depicts, in lists where only some have it, with negations, hedges and tenses, before
other words ("is Gothic Revival"); nationality adjectives; a "lies in" that is a state ("lies in
ruins", "in good repair"), no place, read as "is located in"; "stands in for" (a person);
"stands near" a river next to "stands in" a country; "The N of the X is Y" with a wrong person, a
wrong role noun, reversed roles, plurals, "at" / "for"; auxiliaries before role nouns ("has been
designer of" for a restorer, "has designer of", "does designer of"); "even though" and "even if"
with a false clause on either side. False texts only (one false statement each), plus faithful
controls."""

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


CHURCH_KINDS = ("cathedral", "basilica", "abbey", "chapel")


def churches():
    """Cathedrals, basilicas, abbeys and chapels (items, the year each was begun): the style each
    "is an example of" next to the period it "belongs to the period" of and the period it
    "predates" (never its own); the movement it "inspired" (later, not its own); the architect who
    designed it ("was designed by") next to the one who restored it ("was restored by") and the
    patron who commissioned it ("was commissioned by"); three place relations (the country it
    "stands in", the region it "lies in", the city it "sits in") next to the river it "stands
    near"; the saint it "is dedicated to"."""
    K = CHURCH_KINDS
    rels = [
        R("style", phrase="is an example of", inverse_phrase="is the style of", domain=K, range=("style",)),
        R("period", phrase="belongs to the period", inverse_phrase="is the period of", domain=K, range=("period",)),
        R("predates", phrase="predates", inverse_phrase="came after", domain=K, range=("period",)),
        R("restored_during", phrase="was restored during", inverse_phrase="saw the restoration of", domain=K,
          range=("period",)),
        R("damaged_during", phrase="was damaged during", inverse_phrase="saw damage to", domain=K, range=("period",)),
        R("prefigures", phrase="prefigures", inverse_phrase="was prefigured by", domain=K, range=("movement",)),
        R("inspired", phrase="inspired", inverse_phrase="was inspired by", domain=K, range=("movement",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=K, range=("architect",)),
        R("restored_by", phrase="was restored by", inverse_phrase="restored", domain=K, range=("architect",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=K,
          range=("patron",)),
        R("stands_in", phrase="stands in", inverse_phrase="is the country of", domain=K, range=("country",)),
        R("lies_in", phrase="lies in", inverse_phrase="is the region of", domain=K, range=("region",)),
        R("sits_in", phrase="sits in", inverse_phrase="is the city of", domain=K, range=("city",)),
        R("stands_near", phrase="stands near", inverse_phrase="flows past", domain=K, range=("river",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the patron saint of", domain=K,
          range=("saint",)),
    ]
    items = {
        "c:chartres": ("cathedral", "Chartres Cathedral", 1194), "c:reims": ("cathedral", "Reims Cathedral", 1211),
        "c:durham": ("cathedral", "Durham Cathedral", 1093), "c:speyer": ("cathedral", "Speyer Cathedral", 1030),
        "c:stpauls": ("cathedral", "St Paul's Cathedral", 1675), "c:salisbury": ("cathedral", "Salisbury Cathedral", 1220),
        "c:truro": ("cathedral", "Truro Cathedral", 1880), "c:cordoba": ("cathedral", "Córdoba Cathedral", 785),
        "b:stmark": ("basilica", "St Mark's Basilica", 1063), "b:denis": ("basilica", "Basilica of Saint-Denis", 1135),
        "b:sagrada": ("basilica", "Sagrada Família", 1882),
        "a:westminster": ("abbey", "Westminster Abbey", 1245), "a:tintern": ("abbey", "Tintern Abbey", 1131),
        "a:melk": ("abbey", "Melk Abbey", 1702), "a:cluny": ("abbey", "Cluny Abbey", 910),
        "h:sainte": ("chapel", "Sainte-Chapelle", 1238), "h:kings": ("chapel", "King's College Chapel", 1446),
        "h:rosslyn": ("chapel", "Rosslyn Chapel", 1456),
    }
    others = {
        "s:gothic": ("style", "Gothic"), "s:romanesque": ("style", "Romanesque"), "s:baroque": ("style", "Baroque"),
        "s:revival": ("style", "Gothic Revival"), "s:byzantine": ("style", "Byzantine"), "s:moorish": ("style", "Moorish"),
        "s:modernisme": ("style", "Modernisme"), "s:perp": ("style", "Perpendicular Gothic"),
        "p:high": ("period", "Capetian"), "p:late": ("period", "Lancastrian"),
        "p:early": ("period", "Carolingian"), "p:victorian": ("period", "Victorian"),
        "p:plantagenet": ("period", "Plantagenet"), "p:comnenian": ("period", "Comnenian"), "p:revolution": ("period", "Revolutionary"),
        "p:reformation": ("period", "Reformation"), "p:napoleonic": ("period", "Napoleonic"),
        "p:salian": ("period", "Salian"), "p:norman": ("period", "Norman"), "p:renaissance": ("period", "Renaissance"),
        "p:enlightenment": ("period", "Enlightenment"), "p:umayyad": ("period", "Umayyad"),
        "m:romanticism": ("movement", "Romanticism"), "m:neogothic": ("movement", "Neo-Gothic"),
        "m:arts": ("movement", "Arts and Crafts"),
        "r:wren": ("architect", "Christopher Wren"), "r:gaudi": ("architect", "Antoni Gaudí"),
        "r:orbais": ("architect", "Jean d'Orbais"), "r:montreuil": ("architect", "Pierre de Montreuil"),
        "r:pearson": ("architect", "John Loughborough Pearson"), "r:prandtauer": ("architect", "Jakob Prandtauer"),
        "r:reyns": ("architect", "Henry of Reyns"), "r:ely": ("architect", "Reginald Ely"),
        "r:viollet": ("architect", "Eugène Viollet-le-Duc"), "r:scott": ("architect", "George Gilbert Scott"),
        "r:wyatt": ("architect", "James Wyatt"),
        "t:suger": ("patron", "Abbot Suger"), "t:louis": ("patron", "Louis IX"), "t:henry6": ("patron", "Henry VI"),
        "t:henry3": ("patron", "Henry III"), "t:sinclair": ("patron", "William Sinclair"),
        "t:dietmayr": ("patron", "Berthold Dietmayr"), "t:abdrahman": ("patron", "Abd al-Rahman I"),
        "n:france": ("country", "France"), "n:england": ("country", "England"), "n:germany": ("country", "Germany"),
        "n:italy": ("country", "Italy"), "n:spain": ("country", "Spain"), "n:austria": ("country", "Austria"),
        "n:wales": ("country", "Wales"), "n:scotland": ("country", "Scotland"),
        "g:centre": ("region", "Centre-Val de Loire"), "g:champagne": ("region", "Champagne"),
        "g:countydurham": ("region", "County Durham"), "g:palatinate": ("region", "Rhineland-Palatinate"),
        "g:wiltshire": ("region", "Wiltshire"), "g:cornwall": ("region", "Cornwall"),
        "g:monmouth": ("region", "Monmouthshire"), "g:loweraustria": ("region", "Lower Austria"),
        "g:burgundy": ("region", "Burgundy"), "g:andalusia": ("region", "Andalusia"),
        "g:catalonia": ("region", "Catalonia"), "g:veneto": ("region", "Veneto"), "g:midlothian": ("region", "Midlothian"),
        "g:cambs": ("region", "Cambridgeshire"), "g:idf": ("region", "Île-de-France"),
        "g:greaterlondon": ("region", "Greater London"),
        "y:chartres": ("city", "Chartres"), "y:reims": ("city", "Reims"), "y:durham": ("city", "Durham"),
        "y:speyer": ("city", "Speyer"), "y:london": ("city", "London"), "y:salisbury": ("city", "Salisbury"),
        "y:truro": ("city", "Truro"), "y:cordoba": ("city", "Córdoba"), "y:venice": ("city", "Venice"),
        "y:denis": ("city", "Saint-Denis"), "y:barcelona": ("city", "Barcelona"), "y:paris": ("city", "Paris"),
        "y:cambridge": ("city", "Cambridge"), "y:roslin": ("city", "Roslin"), "y:melk": ("city", "Melk"),
        "y:cluny": ("city", "Cluny"), "y:tintern": ("city", "Tintern"),
        "v:eure": ("river", "Eure"), "v:vesle": ("river", "Vesle"), "v:wear": ("river", "River Wear"),
        "v:rhine": ("river", "Rhine"), "v:thames": ("river", "Thames"), "v:avon": ("river", "River Avon"),
        "v:fal": ("river", "River Fal"), "v:wye": ("river", "River Wye"), "v:danube": ("river", "Danube"),
        "v:seine": ("river", "Seine"), "v:guadalquivir": ("river", "Guadalquivir"), "v:cam": ("river", "River Cam"),
        "z:mary": ("saint", "the Virgin Mary"), "z:cuthbert": ("saint", "Saint Cuthbert"), "z:paul": ("saint", "Saint Paul"),
        "z:mark": ("saint", "Saint Mark"), "z:denis": ("saint", "Saint Denis"), "z:peter": ("saint", "Saint Peter"),
        "z:matthew": ("saint", "Saint Matthew"),
    }
    T = [
        # styles
        ("c:chartres", "style", "s:gothic"), ("c:reims", "style", "s:gothic"), ("c:salisbury", "style", "s:gothic"),
        ("b:denis", "style", "s:gothic"), ("a:westminster", "style", "s:gothic"), ("a:tintern", "style", "s:gothic"),
        ("h:sainte", "style", "s:gothic"), ("h:rosslyn", "style", "s:gothic"),
        ("c:durham", "style", "s:romanesque"), ("c:speyer", "style", "s:romanesque"), ("a:cluny", "style", "s:romanesque"),
        ("c:stpauls", "style", "s:baroque"), ("a:melk", "style", "s:baroque"),
        ("c:truro", "style", "s:revival"), ("b:stmark", "style", "s:byzantine"), ("c:cordoba", "style", "s:moorish"),
        ("b:sagrada", "style", "s:modernisme"), ("h:kings", "style", "s:perp"),
        # periods
        ("c:chartres", "period", "p:high"), ("c:reims", "period", "p:high"), ("c:salisbury", "period", "p:plantagenet"),
        ("b:denis", "period", "p:high"), ("a:westminster", "period", "p:plantagenet"), ("h:sainte", "period", "p:high"),
        ("a:tintern", "period", "p:plantagenet"), ("c:durham", "period", "p:norman"), ("c:speyer", "period", "p:salian"),
        ("a:cluny", "period", "p:early"), ("h:kings", "period", "p:late"), ("h:rosslyn", "period", "p:late"),
        ("c:truro", "period", "p:victorian"), ("c:cordoba", "period", "p:umayyad"), ("b:stmark", "period", "p:comnenian"),
        ("a:melk", "period", "p:enlightenment"),
        # predates (a later period, never its own)
        ("c:chartres", "predates", "p:renaissance"), ("c:durham", "predates", "p:renaissance"),
        ("c:speyer", "predates", "p:norman"), ("a:cluny", "predates", "p:salian"), ("b:stmark", "predates", "p:late"),
        ("c:cordoba", "predates", "p:high"), ("h:rosslyn", "predates", "p:enlightenment"),
        ("c:reims", "predates", "p:victorian"),
        ("c:durham", "restored_during", "p:victorian"), ("c:salisbury", "restored_during", "p:victorian"),
        ("a:westminster", "restored_during", "p:victorian"), ("b:denis", "restored_during", "p:napoleonic"),
        ("h:sainte", "restored_during", "p:napoleonic"), ("c:speyer", "restored_during", "p:napoleonic"),
        ("a:cluny", "damaged_during", "p:revolution"), ("b:denis", "damaged_during", "p:revolution"),
        ("c:reims", "damaged_during", "p:revolution"), ("a:tintern", "damaged_during", "p:reformation"),
        ("h:rosslyn", "damaged_during", "p:reformation"),
        ("b:denis", "prefigures", "m:neogothic"), ("c:durham", "prefigures", "m:arts"), ("a:cluny", "prefigures", "m:romanticism"),
        # inspired (a later movement)
        ("a:tintern", "inspired", "m:romanticism"), ("h:rosslyn", "inspired", "m:romanticism"),
        ("h:sainte", "inspired", "m:neogothic"), ("c:salisbury", "inspired", "m:neogothic"),
        ("h:kings", "inspired", "m:arts"),
        # people
        ("c:stpauls", "designed_by", "r:wren"), ("b:sagrada", "designed_by", "r:gaudi"), ("c:reims", "designed_by", "r:orbais"),
        ("h:sainte", "designed_by", "r:montreuil"), ("c:truro", "designed_by", "r:pearson"),
        ("a:melk", "designed_by", "r:prandtauer"), ("a:westminster", "designed_by", "r:reyns"), ("h:kings", "designed_by", "r:ely"),
        ("b:denis", "restored_by", "r:viollet"), ("h:sainte", "restored_by", "r:viollet"),
        ("c:salisbury", "restored_by", "r:scott"), ("a:westminster", "restored_by", "r:scott"),
        ("c:salisbury", "restored_by", "r:wyatt"), ("c:durham", "restored_by", "r:wyatt"),
        ("b:denis", "commissioned_by", "t:suger"), ("h:sainte", "commissioned_by", "t:louis"),
        ("h:kings", "commissioned_by", "t:henry6"), ("a:westminster", "commissioned_by", "t:henry3"),
        ("h:rosslyn", "commissioned_by", "t:sinclair"), ("a:melk", "commissioned_by", "t:dietmayr"),
        ("c:cordoba", "commissioned_by", "t:abdrahman"),
        # places
        ("c:chartres", "stands_in", "n:france"), ("c:reims", "stands_in", "n:france"), ("c:durham", "stands_in", "n:england"),
        ("c:speyer", "stands_in", "n:germany"), ("c:stpauls", "stands_in", "n:england"), ("c:salisbury", "stands_in", "n:england"),
        ("c:truro", "stands_in", "n:england"), ("c:cordoba", "stands_in", "n:spain"), ("b:stmark", "stands_in", "n:italy"),
        ("b:denis", "stands_in", "n:france"), ("b:sagrada", "stands_in", "n:spain"), ("a:westminster", "stands_in", "n:england"),
        ("a:tintern", "stands_in", "n:wales"), ("a:melk", "stands_in", "n:austria"), ("a:cluny", "stands_in", "n:france"),
        ("h:sainte", "stands_in", "n:france"), ("h:kings", "stands_in", "n:england"), ("h:rosslyn", "stands_in", "n:scotland"),
        ("c:chartres", "lies_in", "g:centre"), ("c:reims", "lies_in", "g:champagne"), ("c:durham", "lies_in", "g:countydurham"),
        ("c:speyer", "lies_in", "g:palatinate"), ("c:stpauls", "lies_in", "g:greaterlondon"),
        ("c:salisbury", "lies_in", "g:wiltshire"), ("c:truro", "lies_in", "g:cornwall"), ("c:cordoba", "lies_in", "g:andalusia"),
        ("b:stmark", "lies_in", "g:veneto"), ("b:denis", "lies_in", "g:idf"), ("b:sagrada", "lies_in", "g:catalonia"),
        ("a:westminster", "lies_in", "g:greaterlondon"), ("a:tintern", "lies_in", "g:monmouth"),
        ("a:melk", "lies_in", "g:loweraustria"), ("a:cluny", "lies_in", "g:burgundy"), ("h:sainte", "lies_in", "g:idf"),
        ("h:kings", "lies_in", "g:cambs"), ("h:rosslyn", "lies_in", "g:midlothian"),
        ("c:chartres", "sits_in", "y:chartres"), ("c:reims", "sits_in", "y:reims"), ("c:durham", "sits_in", "y:durham"),
        ("c:speyer", "sits_in", "y:speyer"), ("c:stpauls", "sits_in", "y:london"), ("c:salisbury", "sits_in", "y:salisbury"),
        ("c:truro", "sits_in", "y:truro"), ("c:cordoba", "sits_in", "y:cordoba"), ("b:stmark", "sits_in", "y:venice"),
        ("b:denis", "sits_in", "y:denis"), ("b:sagrada", "sits_in", "y:barcelona"), ("a:westminster", "sits_in", "y:london"),
        ("a:tintern", "sits_in", "y:tintern"), ("a:melk", "sits_in", "y:melk"), ("a:cluny", "sits_in", "y:cluny"),
        ("h:sainte", "sits_in", "y:paris"), ("h:kings", "sits_in", "y:cambridge"), ("h:rosslyn", "sits_in", "y:roslin"),
        ("c:chartres", "stands_near", "v:eure"), ("c:reims", "stands_near", "v:vesle"), ("c:durham", "stands_near", "v:wear"),
        ("c:speyer", "stands_near", "v:rhine"), ("c:stpauls", "stands_near", "v:thames"),
        ("c:salisbury", "stands_near", "v:avon"), ("c:truro", "stands_near", "v:fal"),
        ("c:cordoba", "stands_near", "v:guadalquivir"), ("a:westminster", "stands_near", "v:thames"),
        ("a:tintern", "stands_near", "v:wye"), ("a:melk", "stands_near", "v:danube"), ("h:sainte", "stands_near", "v:seine"),
        ("h:kings", "stands_near", "v:cam"),
        ("c:chartres", "dedicated_to", "z:mary"), ("c:reims", "dedicated_to", "z:mary"), ("c:durham", "dedicated_to", "z:cuthbert"),
        ("c:stpauls", "dedicated_to", "z:paul"), ("b:stmark", "dedicated_to", "z:mark"), ("b:denis", "dedicated_to", "z:denis"),
        ("a:westminster", "dedicated_to", "z:peter"), ("h:rosslyn", "dedicated_to", "z:matthew"),
        ("c:salisbury", "dedicated_to", "z:mary"), ("a:tintern", "dedicated_to", "z:mary"),
    ]
    return _build(items, others, rels, T)


def paintings():
    """Paintings (items, the year each was painted), painters (items, the year each was born) and
    the buildings some depict (items, the year each was built): a painting's painter ("was painted
    by"), movement ("belongs to the movement"), the movement it "anticipates" (a later one) and
    the building it "depicts"; a building's style ("is an example of"); a painter's school
    ("belonged to the school"), the movement he "influenced" (not his own) and the one he
    "founded"; where each painting "hangs in" (a museum) and who "owns" it; a painter's country
    ("comes from") and birthplace ("was born in")."""
    P, A, B = ("painting",), ("painter",), ("building",)
    rels = [
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=P, range=A),
        R("movement", phrase="belongs to the movement", inverse_phrase="includes", domain=P, range=("movement",)),
        R("anticipates", phrase="anticipates", inverse_phrase="was anticipated by", domain=P, range=("movement",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=P, range=B),
        R("b_style", phrase="is an example of", inverse_phrase="is the style of", domain=B, range=("style",)),
        R("school", phrase="belongs to the school", inverse_phrase="counts among its members", domain=A,
          range=("school",)),
        R("parodies", phrase="parodies", inverse_phrase="is parodied by", domain=P, range=("movement",)),
        R("looted_during", phrase="was looted during", inverse_phrase="saw the looting of", domain=P,
          range=("period",)),
        R("admired", phrase="admired", inverse_phrase="was admired by", domain=A, range=("school",)),
        R("influenced", phrase="influenced", inverse_phrase="was influenced by", domain=A, range=("movement",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=A, range=("movement",)),
        R("hangs_in", phrase="hangs in", inverse_phrase="displays", domain=P, range=("museum",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=P, range=("collector",)),
        R("comes_from", phrase="comes from", inverse_phrase="is the home country of", domain=A, range=("country",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=A, range=("city",)),
    ]
    items = {
        "w:impression": ("painting", "Impression, Sunrise", 1872), "w:rouen": ("painting", "The Portal at Noon", 1894),
        "w:parliament": ("painting", "The Houses of Parliament, Sunset", 1903),
        "w:rain": ("painting", "Rain, Steam and Speed", 1844), "w:temeraire": ("painting", "The Fighting Temeraire", 1839),
        "w:nightwatch": ("painting", "The Night Watch", 1642), "w:milkmaid": ("painting", "The Milkmaid", 1658),
        "w:venus": ("painting", "Venus of Urbino", 1538), "w:tempest": ("painting", "The Tempest", 1508),
        "w:matthew": ("painting", "The Calling of Saint Matthew", 1600), "w:ophelia": ("painting", "Ophelia", 1852),
        "w:wanderer": ("painting", "Wanderer above the Sea of Fog", 1818), "w:abbey": ("painting", "The Abbey in the Oakwood", 1810),
        "w:grande": ("painting", "A Sunday on La Grande Jatte", 1884), "w:santamaria": ("painting", "Regatta on the Grand Canal", 1730),
        "a:monet": ("painter", "Claude Monet", 1840), "a:turner": ("painter", "J. M. W. Turner", 1775),
        "a:rembrandt": ("painter", "Rembrandt", 1606), "a:vermeer": ("painter", "Johannes Vermeer", 1632),
        "a:titian": ("painter", "Titian", 1488), "a:giorgione": ("painter", "Giorgione", 1477),
        "a:caravaggio": ("painter", "Caravaggio", 1571), "a:millais": ("painter", "John Everett Millais", 1829),
        "a:friedrich": ("painter", "Caspar David Friedrich", 1774), "a:seurat": ("painter", "Georges Seurat", 1859),
        "a:canaletto": ("painter", "Canaletto", 1697),
        "b:rouen": ("building", "Rouen Cathedral", 1030), "b:parliament": ("building", "Palace of Westminster", 1840),
        "b:eldena": ("building", "Eldena Abbey", 1199), "b:salute": ("building", "Santa Maria della Salute", 1631),
    }
    others = {
        "m:impressionism": ("movement", "Impressionism"), "m:romanticism": ("movement", "Romanticism"),
        "m:baroque": ("movement", "Baroque"), "m:renaissance": ("movement", "High Renaissance"),
        "m:prb": ("movement", "Pre-Raphaelite Brotherhood"), "m:pointillism": ("movement", "Pointillism"),
        "m:expressionism": ("movement", "Expressionism"), "m:golden": ("movement", "Dutch Golden Age"),
        "m:neo": ("movement", "Neo-Impressionism"), "m:rococo": ("movement", "Rococo"),
        "s:gothic": ("style", "Gothic"), "s:revival": ("style", "Gothic Revival"), "s:venetian": ("style", "Venetian Baroque"),
        "q:napoleonic": ("period", "Napoleonic"), "q:nazi": ("period", "Third Reich"),
        "k:venetian": ("school", "Venetian"), "k:delft": ("school", "Delft School"), "k:barbizon": ("school", "Barbizon"),
        "k:roman": ("school", "Roman"), "k:dresden": ("school", "Dresden"),
        "u:orsay": ("museum", "Musée d'Orsay"), "u:marmottan": ("museum", "Musée Marmottan Monet"),
        "u:ng": ("museum", "the National Gallery"), "u:rijks": ("museum", "the Rijksmuseum"), "u:uffizi": ("museum", "the Uffizi"),
        "u:accademia": ("museum", "Gallerie dell'Accademia"), "u:tate": ("museum", "Tate Britain"),
        "u:kunsthalle": ("museum", "Hamburger Kunsthalle"), "u:alte": ("museum", "Alte Nationalgalerie"),
        "u:artinst": ("museum", "the Art Institute of Chicago"), "u:brooklyn": ("museum", "the Brooklyn Museum"),
        "u:contarelli": ("museum", "San Luigi dei Francesi"),
        "o:amsterdam": ("collector", "the City of Amsterdam"), "o:getty": ("collector", "the Getty Trust"),
        "n:france": ("country", "France"), "n:england": ("country", "England"), "n:netherlands": ("country", "Netherlands"),
        "n:italy": ("country", "Italy"), "n:germany": ("country", "Germany"),
        "y:paris": ("city", "Paris"), "y:london": ("city", "London"), "y:leiden": ("city", "Leiden"), "y:delft": ("city", "Delft"),
        "y:cadore": ("city", "Pieve di Cadore"), "y:castelfranco": ("city", "Castelfranco Veneto"),
        "y:milan": ("city", "Milan"), "y:southampton": ("city", "Southampton"), "y:greifswald": ("city", "Greifswald"),
        "y:venice": ("city", "Venice"),
    }
    T = [
        ("w:impression", "painted_by", "a:monet"), ("w:rouen", "painted_by", "a:monet"), ("w:parliament", "painted_by", "a:monet"),
        ("w:rain", "painted_by", "a:turner"), ("w:temeraire", "painted_by", "a:turner"),
        ("w:nightwatch", "painted_by", "a:rembrandt"), ("w:milkmaid", "painted_by", "a:vermeer"),
        ("w:venus", "painted_by", "a:titian"), ("w:tempest", "painted_by", "a:giorgione"),
        ("w:matthew", "painted_by", "a:caravaggio"), ("w:ophelia", "painted_by", "a:millais"),
        ("w:wanderer", "painted_by", "a:friedrich"), ("w:abbey", "painted_by", "a:friedrich"),
        ("w:grande", "painted_by", "a:seurat"), ("w:santamaria", "painted_by", "a:canaletto"),
        ("w:impression", "movement", "m:impressionism"), ("w:rouen", "movement", "m:impressionism"),
        ("w:parliament", "movement", "m:impressionism"), ("w:rain", "movement", "m:romanticism"),
        ("w:temeraire", "movement", "m:romanticism"), ("w:nightwatch", "movement", "m:golden"),
        ("w:nightwatch", "movement", "m:baroque"), ("w:milkmaid", "movement", "m:golden"),
        ("w:venus", "movement", "m:renaissance"), ("w:tempest", "movement", "m:renaissance"),
        ("w:matthew", "movement", "m:baroque"), ("w:ophelia", "movement", "m:prb"),
        ("w:wanderer", "movement", "m:romanticism"), ("w:abbey", "movement", "m:romanticism"),
        ("w:grande", "movement", "m:pointillism"), ("w:grande", "movement", "m:neo"), ("w:santamaria", "movement", "m:rococo"),
        ("w:rain", "anticipates", "m:impressionism"), ("w:wanderer", "anticipates", "m:expressionism"),
        ("w:tempest", "anticipates", "m:romanticism"), ("w:impression", "anticipates", "m:neo"),
        ("w:grande", "parodies", "m:rococo"), ("w:santamaria", "parodies", "m:baroque"),
        ("w:venus", "looted_during", "q:napoleonic"), ("w:tempest", "looted_during", "q:napoleonic"),
        ("w:milkmaid", "looted_during", "q:nazi"), ("w:wanderer", "looted_during", "q:nazi"),
        ("a:rembrandt", "admired", "k:venetian"), ("a:millais", "admired", "k:venetian"), ("a:turner", "admired", "k:roman"),
        ("a:vermeer", "admired", "k:roman"),
        ("w:rouen", "depicts", "b:rouen"), ("w:parliament", "depicts", "b:parliament"), ("w:abbey", "depicts", "b:eldena"),
        ("w:santamaria", "depicts", "b:salute"),
        ("b:rouen", "b_style", "s:gothic"), ("b:parliament", "b_style", "s:revival"), ("b:eldena", "b_style", "s:gothic"),
        ("b:salute", "b_style", "s:venetian"),
        ("a:titian", "school", "k:venetian"), ("a:giorgione", "school", "k:venetian"), ("a:canaletto", "school", "k:venetian"),
        ("a:vermeer", "school", "k:delft"), ("a:caravaggio", "school", "k:roman"), ("a:friedrich", "school", "k:dresden"),
        ("a:turner", "influenced", "m:impressionism"), ("a:caravaggio", "influenced", "m:baroque"),
        ("a:friedrich", "influenced", "m:expressionism"), ("a:seurat", "influenced", "m:expressionism"),
        ("a:monet", "founded", "m:impressionism"), ("a:millais", "founded", "m:prb"), ("a:seurat", "founded", "m:pointillism"),
        ("w:impression", "hangs_in", "u:marmottan"), ("w:rouen", "hangs_in", "u:orsay"), ("w:parliament", "hangs_in", "u:orsay"),
        ("w:rain", "hangs_in", "u:ng"), ("w:temeraire", "hangs_in", "u:ng"), ("w:nightwatch", "hangs_in", "u:rijks"),
        ("w:milkmaid", "hangs_in", "u:rijks"), ("w:venus", "hangs_in", "u:uffizi"), ("w:tempest", "hangs_in", "u:accademia"),
        ("w:matthew", "hangs_in", "u:contarelli"), ("w:ophelia", "hangs_in", "u:tate"), ("w:wanderer", "hangs_in", "u:kunsthalle"),
        ("w:abbey", "hangs_in", "u:alte"), ("w:grande", "hangs_in", "u:artinst"), ("w:santamaria", "hangs_in", "u:brooklyn"),
        ("w:nightwatch", "owned_by", "o:amsterdam"), ("w:santamaria", "owned_by", "o:getty"),
        ("a:monet", "comes_from", "n:france"), ("a:seurat", "comes_from", "n:france"), ("a:turner", "comes_from", "n:england"),
        ("a:millais", "comes_from", "n:england"), ("a:rembrandt", "comes_from", "n:netherlands"),
        ("a:vermeer", "comes_from", "n:netherlands"), ("a:titian", "comes_from", "n:italy"),
        ("a:giorgione", "comes_from", "n:italy"), ("a:caravaggio", "comes_from", "n:italy"),
        ("a:canaletto", "comes_from", "n:italy"), ("a:friedrich", "comes_from", "n:germany"),
        ("a:monet", "born_in", "y:paris"), ("a:seurat", "born_in", "y:paris"), ("a:turner", "born_in", "y:london"),
        ("a:millais", "born_in", "y:southampton"), ("a:rembrandt", "born_in", "y:leiden"), ("a:vermeer", "born_in", "y:delft"),
        ("a:titian", "born_in", "y:cadore"), ("a:giorgione", "born_in", "y:castelfranco"), ("a:caravaggio", "born_in", "y:milan"),
        ("a:canaletto", "born_in", "y:venice"), ("a:friedrich", "born_in", "y:greifswald"),
    ]
    return _build(items, others, rels, T)


def lighthouses():
    """Lighthouses (items, the year each was first lit) and their keepers (items, the year each
    was born): the country each "stands in" next to the sea it "lies in", the rock or island it
    "stands on" and the town it "stands near"; the engineer who designed it ("was designed by")
    next to the authority that operates it ("is operated by"); its style ("is built in the
    style"); the keeper who "kept" it (past) and the one who "stands in for" another keeper (a
    person, no place); the lighthouse that "replaced" another."""
    L = ("lighthouse",)
    rels = [
        R("stands_in", phrase="stands in", inverse_phrase="is the country of", domain=L, range=("country",)),
        R("lies_in", phrase="lies in", inverse_phrase="surrounds", domain=L, range=("sea",)),
        R("stands_on", phrase="stands on", inverse_phrase="is the site of", domain=L, range=("island",)),
        R("stands_near", phrase="stands near", inverse_phrase="is near", domain=L, range=("town",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=L, range=("engineer",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=L, range=("authority",)),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", domain=L, range=("style",)),
        R("built_during", phrase="was built during the period", inverse_phrase="is the period of", domain=L,
          range=("period",)),
        R("automated_during", phrase="was automated during", inverse_phrase="saw the automation of", domain=L,
          range=("period",)),
        R("kept", phrase="kept", inverse_phrase="was kept by", domain=("keeper",), range=L),
        R("stands_in_for", phrase="stands in for", inverse_phrase="is relieved by", domain=("keeper",), range=("keeper",)),
        R("replaced", phrase="replaced", inverse_phrase="was replaced by", domain=L, range=L),
    ]
    items = {
        "l:bellrock": ("lighthouse", "Bell Rock Lighthouse", 1810), "l:skerryvore": ("lighthouse", "Skerryvore Lighthouse", 1844),
        "l:eddystone": ("lighthouse", "Eddystone Lighthouse", 1882), "l:smeaton": ("lighthouse", "Smeaton's Tower", 1759),
        "l:longstone": ("lighthouse", "Longstone Lighthouse", 1826), "l:fastnet": ("lighthouse", "Fastnet Lighthouse", 1904),
        "l:hookhead": ("lighthouse", "Hook Head Lighthouse", 1172), "l:cordouan": ("lighthouse", "Cordouan Lighthouse", 1611),
        "l:vieille": ("lighthouse", "La Vieille Lighthouse", 1887), "l:roter": ("lighthouse", "Roter Sand Lighthouse", 1885),
        "l:westerhever": ("lighthouse", "Westerheversand Lighthouse", 1908),
        "k:darling": ("keeper", "William Darling", 1786), "k:grace": ("keeper", "Grace Darling", 1815),
        "k:jenkins": ("keeper", "Henry Jenkins", 1840), "k:hall": ("keeper", "Henry Hall", 1661),
        "k:guellec": ("keeper", "Jean Guellec", 1890),
    }
    others = {
        "n:scotland": ("country", "Scotland"), "n:england": ("country", "England"), "n:ireland": ("country", "Ireland"),
        "n:france": ("country", "France"), "n:germany": ("country", "Germany"),
        "e:north": ("sea", "North Sea"), "e:atlantic": ("sea", "Atlantic Ocean"), "e:channel": ("sea", "English Channel"),
        "e:celtic": ("sea", "Celtic Sea"), "e:biscay": ("sea", "Bay of Biscay"), "e:iroise": ("sea", "Iroise Sea"),
        "i:inchcape": ("island", "Inchcape Rock"), "i:tiree": ("island", "Skerryvore reef"),
        "i:eddystone": ("island", "Eddystone Rocks"), "i:hoe": ("island", "Plymouth Hoe"), "i:farne": ("island", "Longstone Rock"),
        "i:fastnet": ("island", "Fastnet Rock"), "i:hook": ("island", "Hook Peninsula"), "i:cordouan": ("island", "Cordouan plateau"),
        "i:gorlebella": ("island", "Gorlebella rock"),
        "t:arbroath": ("town", "Arbroath"), "t:tiree": ("town", "Tiree"), "t:plymouth": ("town", "Plymouth"),
        "t:bamburgh": ("town", "Bamburgh"), "t:crookhaven": ("town", "Crookhaven"), "t:fethard": ("town", "Fethard"),
        "t:royan": ("town", "Royan"), "t:plogoff": ("town", "Plogoff"), "t:bremerhaven": ("town", "Bremerhaven"),
        "t:husum": ("town", "Husum"),
        "g:stevenson": ("engineer", "Robert Stevenson"), "g:alan": ("engineer", "Alan Stevenson"),
        "g:douglass": ("engineer", "James Douglass"), "g:smeaton": ("engineer", "John Smeaton"),
        "g:foix": ("engineer", "Louis de Foix"), "g:hanckes": ("engineer", "Carl Hanckes"),
        "g:scott": ("engineer", "William Douglass"), "g:joseph": ("engineer", "Joseph Nelson"),
        "o:nlb": ("authority", "the Northern Lighthouse Board"), "o:trinity": ("authority", "Trinity House"),
        "o:cil": ("authority", "the Commissioners of Irish Lights"), "o:phares": ("authority", "Phares et Balises"),
        "o:wsa": ("authority", "the German Waterways Authority"), "o:plymouth": ("authority", "Plymouth City Council"),
        "s:neoclassical": ("style", "Neoclassical"), "s:renaissance": ("style", "Renaissance"),
        "s:victorian": ("style", "Victorian"), "s:historicist": ("style", "Historicist"),
        "s:medieval": ("style", "Medieval"),
        "q:georgian": ("period", "Georgian"), "q:victorian": ("period", "Victorian"), "q:edwardian": ("period", "Edwardian"),
        "q:wilhelmine": ("period", "Wilhelmine"), "q:bourbon": ("period", "Bourbon"), "q:interwar": ("period", "Interwar"),
        "q:postwar": ("period", "Postwar"), "q:norman": ("period", "Norman"),
    }
    T = [
        ("l:bellrock", "stands_in", "n:scotland"), ("l:skerryvore", "stands_in", "n:scotland"),
        ("l:eddystone", "stands_in", "n:england"), ("l:smeaton", "stands_in", "n:england"),
        ("l:longstone", "stands_in", "n:england"), ("l:fastnet", "stands_in", "n:ireland"),
        ("l:hookhead", "stands_in", "n:ireland"), ("l:cordouan", "stands_in", "n:france"),
        ("l:vieille", "stands_in", "n:france"), ("l:roter", "stands_in", "n:germany"),
        ("l:westerhever", "stands_in", "n:germany"),
        ("l:bellrock", "lies_in", "e:north"), ("l:skerryvore", "lies_in", "e:atlantic"), ("l:eddystone", "lies_in", "e:channel"),
        ("l:longstone", "lies_in", "e:north"), ("l:fastnet", "lies_in", "e:celtic"), ("l:hookhead", "lies_in", "e:celtic"),
        ("l:cordouan", "lies_in", "e:biscay"), ("l:vieille", "lies_in", "e:iroise"), ("l:roter", "lies_in", "e:north"),
        ("l:bellrock", "stands_on", "i:inchcape"), ("l:skerryvore", "stands_on", "i:tiree"),
        ("l:eddystone", "stands_on", "i:eddystone"), ("l:smeaton", "stands_on", "i:hoe"), ("l:longstone", "stands_on", "i:farne"),
        ("l:fastnet", "stands_on", "i:fastnet"), ("l:hookhead", "stands_on", "i:hook"), ("l:cordouan", "stands_on", "i:cordouan"),
        ("l:vieille", "stands_on", "i:gorlebella"),
        ("l:bellrock", "stands_near", "t:arbroath"), ("l:skerryvore", "stands_near", "t:tiree"),
        ("l:eddystone", "stands_near", "t:plymouth"), ("l:smeaton", "stands_near", "t:plymouth"),
        ("l:longstone", "stands_near", "t:bamburgh"), ("l:fastnet", "stands_near", "t:crookhaven"),
        ("l:hookhead", "stands_near", "t:fethard"), ("l:cordouan", "stands_near", "t:royan"),
        ("l:vieille", "stands_near", "t:plogoff"), ("l:roter", "stands_near", "t:bremerhaven"),
        ("l:westerhever", "stands_near", "t:husum"),
        ("l:bellrock", "designed_by", "g:stevenson"), ("l:skerryvore", "designed_by", "g:alan"),
        ("l:eddystone", "designed_by", "g:douglass"), ("l:smeaton", "designed_by", "g:smeaton"),
        ("l:longstone", "designed_by", "g:joseph"), ("l:fastnet", "designed_by", "g:scott"),
        ("l:cordouan", "designed_by", "g:foix"), ("l:roter", "designed_by", "g:hanckes"),
        ("l:bellrock", "operated_by", "o:nlb"), ("l:skerryvore", "operated_by", "o:nlb"),
        ("l:eddystone", "operated_by", "o:trinity"), ("l:longstone", "operated_by", "o:trinity"),
        ("l:smeaton", "operated_by", "o:plymouth"), ("l:fastnet", "operated_by", "o:cil"), ("l:hookhead", "operated_by", "o:cil"),
        ("l:cordouan", "operated_by", "o:phares"), ("l:vieille", "operated_by", "o:phares"),
        ("l:roter", "operated_by", "o:wsa"), ("l:westerhever", "operated_by", "o:wsa"),
        ("l:bellrock", "style", "s:neoclassical"), ("l:skerryvore", "style", "s:neoclassical"),
        ("l:cordouan", "style", "s:renaissance"), ("l:eddystone", "style", "s:victorian"), ("l:fastnet", "style", "s:victorian"),
        ("l:roter", "style", "s:historicist"), ("l:hookhead", "style", "s:medieval"),
        ("l:bellrock", "built_during", "q:georgian"), ("l:smeaton", "built_during", "q:georgian"),
        ("l:longstone", "built_during", "q:georgian"), ("l:skerryvore", "built_during", "q:victorian"),
        ("l:eddystone", "built_during", "q:victorian"), ("l:vieille", "built_during", "q:victorian"),
        ("l:fastnet", "built_during", "q:edwardian"), ("l:westerhever", "built_during", "q:wilhelmine"),
        ("l:roter", "built_during", "q:wilhelmine"), ("l:cordouan", "built_during", "q:bourbon"),
        ("l:hookhead", "built_during", "q:norman"),
        ("l:bellrock", "automated_during", "q:postwar"), ("l:longstone", "automated_during", "q:edwardian"),
        ("l:skerryvore", "automated_during", "q:postwar"), ("l:eddystone", "automated_during", "q:postwar"),
        ("l:fastnet", "automated_during", "q:postwar"), ("l:cordouan", "automated_during", "q:postwar"),
        ("l:roter", "automated_during", "q:interwar"), ("l:hookhead", "automated_during", "q:postwar"),
        ("k:darling", "kept", "l:longstone"), ("k:grace", "kept", "l:longstone"), ("k:jenkins", "kept", "l:eddystone"),
        ("k:hall", "kept", "l:smeaton"), ("k:guellec", "kept", "l:vieille"),
        ("k:grace", "stands_in_for", "k:darling"), ("k:jenkins", "stands_in_for", "k:hall"),
        ("l:eddystone", "replaced", "l:smeaton"),
    ]
    return _build(items, others, rels, T)


def castles():
    """Castles and palaces (items, the year each was begun): the county each "stands in", the
    valley it "is situated in" and its state ("lies in" ruins or in good repair: no place); the
    river it "stands near"; its style ("is built in the style") next to the period it "dates from
    the period" of; its builder ("was built by"), its owner ("is owned by") and the family it "was
    the seat of"; the monarch who "besieged" it."""
    K = ("castle", "palace")
    rels = [
        R("stands_in", phrase="stands in", inverse_phrase="is the county of", domain=K, range=("county",)),
        R("situated_in", phrase="is situated in", inverse_phrase="is the valley of", domain=K, range=("valley",)),
        R("state", phrase="lies in", inverse_phrase="is the state of", domain=K, range=("condition",)),
        R("stands_near", phrase="stands near", inverse_phrase="flows past", domain=K, range=("river",)),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", domain=K, range=("style",)),
        R("period", phrase="dates from the period", inverse_phrase="is the period of", domain=K, range=("period",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=K, range=("ruler",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=K, range=("owner",)),
        R("seat_of", phrase="was the seat of", inverse_phrase="had its seat at", domain=K, range=("family",)),
        R("besieged_by", phrase="was besieged by", inverse_phrase="besieged", domain=K, range=("ruler",)),
    ]
    items = {
        "c:bodiam": ("castle", "Bodiam Castle", 1385), "c:tintagel": ("castle", "Tintagel Castle", 1233),
        "c:warwick": ("castle", "Warwick Castle", 1068), "c:kenilworth": ("castle", "Kenilworth Castle", 1120),
        "c:harlech": ("castle", "Harlech Castle", 1283), "c:conwy": ("castle", "Conwy Castle", 1283),
        "c:corfe": ("castle", "Corfe Castle", 1090), "c:balmoral": ("castle", "Balmoral Castle", 1853),
        "c:alnwick": ("castle", "Alnwick Castle", 1096), "c:raglan": ("castle", "Raglan Castle", 1435),
        "p:hampton": ("palace", "Hampton Court Palace", 1515), "p:blenheim": ("palace", "Blenheim Palace", 1705),
        "p:brighton": ("palace", "Royal Pavilion", 1787), "p:holyrood": ("palace", "Palace of Holyroodhouse", 1671),
    }
    others = {
        "y:sussex": ("county", "East Sussex"), "y:cornwall": ("county", "Cornwall"), "y:warwickshire": ("county", "Warwickshire"),
        "y:gwynedd": ("county", "Gwynedd"), "y:conwy": ("county", "Conwy County"), "y:dorset": ("county", "Dorset"),
        "y:aberdeenshire": ("county", "Aberdeenshire"), "y:northumberland": ("county", "Northumberland"),
        "y:monmouth": ("county", "Monmouthshire"), "y:surrey": ("county", "Surrey"), "y:oxfordshire": ("county", "Oxfordshire"),
        "y:edinburgh": ("county", "Midlothian"),
        "d:rother": ("valley", "Rother Valley"), "d:avon": ("valley", "Avon Valley"), "d:dee": ("valley", "Dee Valley"),
        "d:aln": ("valley", "Aln Valley"), "d:usk": ("valley", "Usk Valley"), "d:thames": ("valley", "Thames Valley"),
        "d:conwy": ("valley", "Conwy Valley"),
        "x:ruins": ("condition", "ruins"), "x:repair": ("condition", "good repair"), "x:disrepair": ("condition", "disrepair"),
        "v:rother": ("river", "River Rother"), "v:avon": ("river", "River Avon"), "v:dee": ("river", "River Dee"),
        "v:aln": ("river", "River Aln"), "v:thames": ("river", "Thames"), "v:conwy": ("river", "River Conwy"),
        "v:glyme": ("river", "River Glyme"),
        "s:norman": ("style", "Norman"), "s:tudor": ("style", "Tudor"), "s:baronial": ("style", "Scottish Baronial"),
        "s:baroque": ("style", "English Baroque"), "s:indo": ("style", "Indo-Saracenic"), "s:gothic": ("style", "Gothic"),
        "s:revival": ("style", "Gothic Revival"), "s:palladian": ("style", "Palladian"),
        "q:medieval": ("period", "Middle Ages"), "q:tudor": ("period", "Tudor"), "q:victorian": ("period", "Victorian"),
        "q:georgian": ("period", "Georgian"), "q:stuart": ("period", "Stuart"), "q:regency": ("period", "Regency"),
        "r:dalyngrigge": ("ruler", "Edward Dalyngrigge"), "r:richard": ("ruler", "Richard of Cornwall"),
        "r:william": ("ruler", "William the Conqueror"), "r:clinton": ("ruler", "Geoffrey de Clinton"),
        "r:edward": ("ruler", "Edward I"), "r:albert": ("ruler", "Prince Albert"), "r:wolsey": ("ruler", "Thomas Wolsey"),
        "r:marlborough": ("ruler", "the Duke of Marlborough"), "r:george": ("ruler", "George IV"),
        "r:charles2": ("ruler", "Charles II"), "r:cromwell": ("ruler", "Oliver Cromwell"), "r:herbert": ("ruler", "William ap Thomas"),
        "r:henry3": ("ruler", "Henry III"), "r:tyson": ("ruler", "Gilbert Tyson"),
        "o:eh": ("owner", "English Heritage"), "o:cadw": ("owner", "Cadw"), "o:nt": ("owner", "the National Trust"),
        "o:merlin": ("owner", "Merlin Entertainments"), "o:crown": ("owner", "the Crown"),
        "o:percy": ("owner", "the Duke of Northumberland"), "o:hrp": ("owner", "Historic Royal Palaces"),
        "o:brighton": ("owner", "Brighton and Hove City Council"), "o:spencer": ("owner", "the Spencer-Churchill family"),
        "f:percy": ("family", "the Percy family"), "f:beauchamp": ("family", "the Beauchamp family"),
        "f:dudley": ("family", "the Dudley family"), "f:herbert": ("family", "the Herbert family"),
        "f:churchill": ("family", "the Churchill family"), "f:bankes": ("family", "the Bankes family"),
    }
    T = [
        ("c:bodiam", "stands_in", "y:sussex"), ("c:tintagel", "stands_in", "y:cornwall"), ("c:warwick", "stands_in", "y:warwickshire"),
        ("c:kenilworth", "stands_in", "y:warwickshire"), ("c:harlech", "stands_in", "y:gwynedd"), ("c:conwy", "stands_in", "y:conwy"),
        ("c:corfe", "stands_in", "y:dorset"), ("c:balmoral", "stands_in", "y:aberdeenshire"),
        ("c:alnwick", "stands_in", "y:northumberland"), ("c:raglan", "stands_in", "y:monmouth"),
        ("p:hampton", "stands_in", "y:surrey"), ("p:blenheim", "stands_in", "y:oxfordshire"),
        ("p:brighton", "stands_in", "y:sussex"), ("p:holyrood", "stands_in", "y:edinburgh"),
        ("c:bodiam", "situated_in", "d:rother"), ("c:warwick", "situated_in", "d:avon"), ("c:balmoral", "situated_in", "d:dee"),
        ("c:alnwick", "situated_in", "d:aln"), ("c:raglan", "situated_in", "d:usk"), ("p:hampton", "situated_in", "d:thames"),
        ("c:conwy", "situated_in", "d:conwy"),
        ("c:bodiam", "state", "x:ruins"), ("c:tintagel", "state", "x:ruins"), ("c:kenilworth", "state", "x:ruins"),
        ("c:corfe", "state", "x:ruins"), ("c:raglan", "state", "x:ruins"), ("c:harlech", "state", "x:ruins"),
        ("c:conwy", "state", "x:ruins"), ("c:warwick", "state", "x:repair"), ("c:balmoral", "state", "x:repair"),
        ("c:alnwick", "state", "x:repair"), ("p:hampton", "state", "x:repair"), ("p:blenheim", "state", "x:repair"),
        ("p:brighton", "state", "x:repair"), ("p:holyrood", "state", "x:repair"),
        ("c:bodiam", "stands_near", "v:rother"), ("c:warwick", "stands_near", "v:avon"), ("c:balmoral", "stands_near", "v:dee"),
        ("c:alnwick", "stands_near", "v:aln"), ("p:hampton", "stands_near", "v:thames"), ("c:conwy", "stands_near", "v:conwy"),
        ("p:blenheim", "stands_near", "v:glyme"),
        ("c:bodiam", "style", "s:gothic"), ("c:warwick", "style", "s:norman"), ("c:kenilworth", "style", "s:norman"),
        ("c:corfe", "style", "s:norman"), ("c:alnwick", "style", "s:norman"), ("c:harlech", "style", "s:gothic"),
        ("c:conwy", "style", "s:gothic"), ("c:balmoral", "style", "s:baronial"), ("p:hampton", "style", "s:tudor"),
        ("p:blenheim", "style", "s:baroque"), ("p:brighton", "style", "s:indo"), ("c:raglan", "style", "s:tudor"),
        ("p:holyrood", "style", "s:palladian"), ("c:tintagel", "style", "s:gothic"),
        ("c:bodiam", "period", "q:medieval"), ("c:warwick", "period", "q:medieval"), ("c:kenilworth", "period", "q:medieval"),
        ("c:harlech", "period", "q:medieval"), ("c:conwy", "period", "q:medieval"), ("c:corfe", "period", "q:medieval"),
        ("c:tintagel", "period", "q:medieval"), ("c:alnwick", "period", "q:medieval"), ("c:raglan", "period", "q:medieval"),
        ("c:balmoral", "period", "q:victorian"), ("p:hampton", "period", "q:tudor"), ("p:blenheim", "period", "q:georgian"),
        ("p:brighton", "period", "q:regency"), ("p:holyrood", "period", "q:stuart"),
        ("c:bodiam", "built_by", "r:dalyngrigge"), ("c:tintagel", "built_by", "r:richard"), ("c:warwick", "built_by", "r:william"),
        ("c:kenilworth", "built_by", "r:clinton"), ("c:harlech", "built_by", "r:edward"), ("c:conwy", "built_by", "r:edward"),
        ("c:corfe", "built_by", "r:william"), ("c:balmoral", "built_by", "r:albert"), ("c:alnwick", "built_by", "r:tyson"),
        ("c:raglan", "built_by", "r:herbert"), ("p:hampton", "built_by", "r:wolsey"), ("p:blenheim", "built_by", "r:marlborough"),
        ("p:brighton", "built_by", "r:george"), ("p:holyrood", "built_by", "r:charles2"),
        ("c:bodiam", "owned_by", "o:nt"), ("c:tintagel", "owned_by", "o:eh"), ("c:warwick", "owned_by", "o:merlin"),
        ("c:kenilworth", "owned_by", "o:eh"), ("c:harlech", "owned_by", "o:cadw"), ("c:conwy", "owned_by", "o:cadw"),
        ("c:corfe", "owned_by", "o:nt"), ("c:balmoral", "owned_by", "o:crown"), ("c:alnwick", "owned_by", "o:percy"),
        ("c:raglan", "owned_by", "o:cadw"), ("p:hampton", "owned_by", "o:hrp"), ("p:blenheim", "owned_by", "o:spencer"),
        ("p:brighton", "owned_by", "o:brighton"), ("p:holyrood", "owned_by", "o:crown"),
        ("c:alnwick", "seat_of", "f:percy"), ("c:warwick", "seat_of", "f:beauchamp"), ("c:kenilworth", "seat_of", "f:dudley"),
        ("c:raglan", "seat_of", "f:herbert"), ("p:blenheim", "seat_of", "f:churchill"), ("c:corfe", "seat_of", "f:bankes"),
        ("c:kenilworth", "besieged_by", "r:henry3"), ("c:corfe", "besieged_by", "r:cromwell"),
        ("c:raglan", "besieged_by", "r:cromwell"), ("c:harlech", "besieged_by", "r:edward"),
    ]
    return _build(items, others, rels, T)


BUILDERS = {"churches": churches, "paintings": paintings, "lighthouses": lighthouses, "castles": castles}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason
TEXTS = r"""
@churches
# (1) a period the item "predates" (a later one, never its own), said after a bare copula
Chartres Cathedral is Renaissance.
Durham Cathedral is Renaissance.
Speyer Cathedral is Norman.
Cluny Abbey is Salian.
Córdoba Cathedral is Capetian.
Rosslyn Chapel is Enlightenment.
Reims Cathedral is Victorian.
St Mark's Basilica is Lancastrian.
Chartres Cathedral, which is Renaissance, stands in France.
Chartres Cathedral stands in France and is Renaissance.
Chartres Cathedral stands in France. It is Renaissance.
Speyer Cathedral and Durham Cathedral are both Norman.
Chartres Cathedral and Córdoba Cathedral are both Capetian.
Chartres Cathedral, a Renaissance cathedral, stands in France.
Chartres Cathedral is Gothic and Renaissance.
Chartres Cathedral is a Renaissance cathedral.
Chartres Cathedral stands in France, even though it is Renaissance.
Even though Chartres Cathedral is Renaissance, it stands in France.
Chartres Cathedral is also Renaissance.
Chartres Cathedral is Renaissance too.
# (2) the period it "was restored during" or "was damaged during" (later events, not its own period)
Durham Cathedral is Victorian.
Salisbury Cathedral is Victorian.
Westminster Abbey is Victorian.
Basilica of Saint-Denis is Napoleonic.
Sainte-Chapelle is Napoleonic.
Speyer Cathedral is Napoleonic.
Cluny Abbey is Revolutionary.
Reims Cathedral is Revolutionary.
Tintern Abbey is Reformation.
Rosslyn Chapel is Reformation.
Durham Cathedral, which is Victorian, stands near the River Wear.
Durham Cathedral and Truro Cathedral are both Victorian.
Durham Cathedral is a Victorian cathedral.
Durham Cathedral stands near the River Wear. It is Victorian.
# (3) the movement it "prefigures" (later) and the one it "inspired" (later)
Basilica of Saint-Denis is Neo-Gothic.
Durham Cathedral is Arts and Crafts.
Cluny Abbey is Romanticism.
Tintern Abbey is Romanticism.
Tintern Abbey is Romanticist.
Sainte-Chapelle is Neo-Gothic.
King's College Chapel is Arts and Crafts.
Salisbury Cathedral is Neo-Gothic.
# (4) a style said of the wrong item; lists where only some have it
Durham Cathedral is Gothic.
Chartres Cathedral is Romanesque.
St Paul's Cathedral is Gothic.
Melk Abbey is Romanesque.
Sagrada Família is Gothic.
Truro Cathedral is Baroque.
St Mark's Basilica is Moorish.
Córdoba Cathedral is Byzantine.
Chartres Cathedral is Byzantine.
Cluny Abbey is Gothic.
Durham Cathedral is Plantagenet.
Chartres Cathedral is Umayyad.
Chartres Cathedral is Norman.
Chartres Cathedral and Durham Cathedral are both Gothic.
Both Chartres Cathedral and Durham Cathedral are Gothic.
Chartres Cathedral and Durham Cathedral are Gothic.
Chartres Cathedral, Reims Cathedral and Durham Cathedral are all Gothic.
Durham Cathedral, Speyer Cathedral and Chartres Cathedral are Romanesque.
Durham Cathedral and Speyer Cathedral are both Romanesque, and Cluny Abbey is Gothic.
Chartres Cathedral is Gothic and Romanesque.
Chartres Cathedral is Gothic, and so is Durham Cathedral.
Chartres Cathedral is Gothic, as is Durham Cathedral.
Chartres Cathedral is Gothic like Durham Cathedral.
Chartres Cathedral stands near the Eure and Durham Cathedral is Gothic.
Melk Abbey, which is Gothic, stands near the Danube.
Reims Cathedral is Capetian and Victorian.
# (5) persons, places, saints and rivers said to be a style
Christopher Wren is Baroque.
Antoni Gaudí is Modernisme.
Jean d'Orbais is Gothic.
Abbot Suger is Gothic.
George Gilbert Scott is Victorian.
France is Gothic.
Chartres is Gothic.
Venice is Byzantine.
The Virgin Mary is Gothic.
The Thames is Baroque.
Chartres Cathedral stands in France, which is Gothic.
Chartres Cathedral stands near the Eure, which is Gothic.
Chartres Cathedral sits in Chartres, which is Gothic.
Chartres Cathedral is dedicated to the Virgin Mary, who is Gothic.
Christopher Wren, who is Baroque, designed St Paul's Cathedral.
# (6) negation, tense and hedges
Chartres Cathedral is no longer Gothic.
Chartres Cathedral is not Gothic.
Chartres Cathedral isn't Gothic.
Chartres Cathedral is never Gothic.
Chartres Cathedral is Gothic, not Capetian.
Chartres Cathedral used to be Romanesque.
Chartres Cathedral was once Romanesque.
Chartres Cathedral is partly Romanesque.
Chartres Cathedral will be Baroque.
Chartres Cathedral became Baroque.
# (7) a style word before other words
Chartres Cathedral is Gothic Revival.
Chartres Cathedral is Perpendicular Gothic.
Durham Cathedral is neo-Gothic.
Durham Cathedral is Gothic architecture.
Durham Cathedral is Gothic in style.
Durham Cathedral is Gothic-style.
St Mark's Basilica is Byzantine Revival.
# (open) a style named by the head of its name; "was" of a present relation; "even if"
King's College Chapel is Gothic.
Truro Cathedral is Gothic.
Chartres Cathedral was Gothic.
Chartres Cathedral is Gothic even if it stands in Spain.
The designers of the St Paul's Cathedral are Christopher Wren.
# (8) adjectives of nationality next to the styles
Chartres Cathedral is English.
Durham Cathedral is English.
Córdoba Cathedral is Spanish.
Córdoba Cathedral is Italian.
St Mark's Basilica is Spanish.
Melk Abbey is German.
# (9) "stands in", "sits in", "lies in", "is situated in", "is located in", "can be found in"
Chartres Cathedral is located in Spain.
Chartres Cathedral is situated in Champagne.
Chartres Cathedral can be found in Reims.
Chartres Cathedral is located in the Eure.
Chartres Cathedral is in the Eure.
Chartres Cathedral stands in the Eure.
Durham Cathedral lies in the River Wear.
St Paul's Cathedral sits in the Thames.
Westminster Abbey is situated in the Thames.
France is located in Chartres Cathedral.
France stands in Chartres Cathedral.
Champagne lies in Reims Cathedral.
Reims Cathedral lies in Chartres.
Tintern Abbey stands in England.
Rosslyn Chapel lies in England.
Melk Abbey can be found in Germany.
Speyer Cathedral is found in Austria.
Chartres Cathedral is located in the Virgin Mary.
Chartres Cathedral can be found in Gothic.
Chartres Cathedral is situated in Renaissance.
Chartres Cathedral can be found in Christopher Wren.
# (10) "The N of the X is Y": a wrong person, a wrong role noun, reversed roles, plurals
The designer of the Sagrada Família is Christopher Wren.
The designer of the Westminster Abbey is George Gilbert Scott.
The designer of the Sainte-Chapelle is Eugène Viollet-le-Duc.
The designer of the Sainte-Chapelle is Louis IX.
The patron of the Melk Abbey is Jakob Prandtauer.
The designer of the Melk Abbey is Berthold Dietmayr.
The designer of the Christopher Wren is St Paul's Cathedral.
The style of the Durham Cathedral is Gothic.
The style of the Durham Cathedral is Norman.
The style of the Durham Cathedral is Victorian.
The period of the Durham Cathedral is Victorian.
The style of the Chartres Cathedral is Renaissance.
The period of the Chartres Cathedral is Renaissance.
The style of the Gothic is Chartres Cathedral.
The country of the Chartres Cathedral is Spain.
The country of the Tintern Abbey is England.
The region of the Reims Cathedral is Centre-Val de Loire.
The region of the Champagne is Reims Cathedral.
The city of the Durham Cathedral is Chartres.
The city of the Durham Cathedral is Romanesque.
The region of the Chartres Cathedral is Gothic.
The country of the Melk Abbey is Baroque.
The designer of the St Paul's Cathedral is Gothic.
The designers of the Reims Cathedral are Christopher Wren and Jean d'Orbais.
The designer at the Melk Abbey is Berthold Dietmayr.
The designer for the Reims Cathedral is Pierre de Montreuil.
The patron saint of the Durham Cathedral is the Virgin Mary.
# (11) auxiliaries before role nouns
George Gilbert Scott has been designer of Salisbury Cathedral.
Eugène Viollet-le-Duc has been designer of Sainte-Chapelle.
Eugène Viollet-le-Duc has also been designer of Sainte-Chapelle.
Louis IX has been designer of Sainte-Chapelle.
Abbot Suger has been designer of Basilica of Saint-Denis.
George Gilbert Scott has designer of Salisbury Cathedral.
Louis IX does designer of Sainte-Chapelle.
Salisbury Cathedral had designer George Gilbert Scott.
Salisbury Cathedral has designer James Wyatt.
Christopher Wren has designer St Paul's Cathedral.
St Paul's Cathedral has designer Antoni Gaudí.
Sainte-Chapelle has patron Pierre de Montreuil.
Louis IX had been patron of Melk Abbey.
# (12) "even though" and "even if" with a false clause on either side
Chartres Cathedral is Gothic even though it stands in Spain.
Even though Chartres Cathedral is Romanesque, it stands in France.
Even though Chartres Cathedral is Gothic, it stands in Spain.
Chartres Cathedral, even though Romanesque, stands in France.
Chartres Cathedral stands in France even though Durham Cathedral is Gothic.
Chartres Cathedral is Romanesque even if it stands in France.
Even if Chartres Cathedral stands in France, it is Romanesque.
Chartres Cathedral, which is Gothic, stands in France even though it sits in Reims.
Even though it was designed by Christopher Wren, Chartres Cathedral is Gothic.
Chartres Cathedral is Gothic, even though it was designed by Christopher Wren.
Durham Cathedral stands in England even though it lies in Wiltshire.
Reims Cathedral stands near the Vesle even though it was designed by Pierre de Montreuil.
Chartres Cathedral is Gothic, even though Reims Cathedral stands in Spain.
Even though Durham Cathedral is Norman, it is Gothic.
Even though Melk Abbey is Baroque, it stands near the Rhine.
@paintings
# (1) a movement the painting "anticipates" or "parodies", a period it "was looted during"
Rain, Steam and Speed is Impressionism.
Rain, Steam and Speed is Impressionist.
The Tempest is Romanticism.
Wanderer above the Sea of Fog is Expressionist.
Wanderer above the Sea of Fog is Expressionism.
Impression, Sunrise is Neo-Impressionism.
Impression, Sunrise is Neo-Impressionist.
A Sunday on La Grande Jatte is Rococo.
Regatta on the Grand Canal is Baroque.
Rain, Steam and Speed, which is Impressionist, hangs in the National Gallery.
Rain, Steam and Speed is an Impressionist painting.
The Tempest is Napoleonic.
Venus of Urbino is Napoleonic.
The Milkmaid is Third Reich.
Venus of Urbino, which is Napoleonic, was painted by Titian.
The Fighting Temeraire and The Tempest are both Romanticism.
# (2) the style of the building a painting depicts
The Portal at Noon is Gothic.
The Abbey in the Oakwood is Gothic.
Regatta on the Grand Canal is Venetian Baroque.
# (3) painters said to be the movement of their paintings or one they influenced
J. M. W. Turner is Impressionist.
Caravaggio is Baroque.
Caspar David Friedrich is Expressionist.
Georges Seurat is Expressionist.
Rembrandt is Baroque.
Johannes Vermeer is Baroque.
Rembrandt is Venetian.
John Everett Millais is Venetian.
J. M. W. Turner is Roman.
Caravaggio is Venetian.
Claude Monet is Pointillist.
Claude Monet is Impressionist.
# (4) the wrong movement of the painting
The Milkmaid is Baroque.
The Night Watch is Romanticism.
Ophelia is Impressionist.
The Fighting Temeraire is Impressionist.
The Milkmaid and The Night Watch are both Baroque.
# (5) nationality and place neighbours
Rembrandt is Italian.
Titian is Dutch.
The Night Watch is located in the Uffizi.
The Night Watch can be found in the Uffizi.
The Night Watch hangs in Leiden.
@lighthouses
# (1) a period it "was automated during" (later) said as its own
Longstone Lighthouse is Edwardian.
Bell Rock Lighthouse is Postwar.
Roter Sand Lighthouse is Interwar.
Fastnet Lighthouse is Postwar.
Cordouan Lighthouse is Postwar.
Hook Head Lighthouse is Postwar.
Longstone Lighthouse, which is Edwardian, stands near Bamburgh.
Fastnet Lighthouse and Longstone Lighthouse are both Edwardian.
# (2) the wrong style or period
Bell Rock Lighthouse is Victorian.
Cordouan Lighthouse is Neoclassical.
Eddystone Lighthouse is Renaissance.
Bell Rock Lighthouse and Eddystone Lighthouse are both Neoclassical.
Skerryvore Lighthouse is Georgian.
Robert Stevenson is Neoclassical.
William Darling is Victorian.
Grace Darling is Georgian.
# (3) place readings
Bell Rock Lighthouse is located in Arbroath.
Bell Rock Lighthouse is in Arbroath.
Bell Rock Lighthouse lies in the Atlantic Ocean.
Skerryvore Lighthouse lies in the North Sea.
Fastnet Lighthouse is located in the English Channel.
Eddystone Lighthouse is situated in Scotland.
Cordouan Lighthouse can be found in Germany.
Roter Sand Lighthouse sits in the Bay of Biscay.
Longstone Lighthouse stands in Scotland.
Scotland stands in Bell Rock Lighthouse.
# (4) "stands in for" (a person, no place)
Grace Darling is located in William Darling.
Grace Darling is in William Darling.
Grace Darling stands in William Darling.
Grace Darling can be found in William Darling.
Grace Darling is situated in William Darling.
Grace Darling lies in William Darling.
William Darling stands in for Grace Darling.
Grace Darling stands in for Henry Hall.
# (5) role nouns and auxiliaries
The designer of the Bell Rock Lighthouse is Alan Stevenson.
The designer of the Bell Rock Lighthouse is the Northern Lighthouse Board.
The operator of the Bell Rock Lighthouse is Robert Stevenson.
The operator of the Fastnet Lighthouse is Trinity House.
The designer of the Robert Stevenson is Bell Rock Lighthouse.
Robert Stevenson has been designer of Skerryvore Lighthouse.
Robert Stevenson has been operator of Bell Rock Lighthouse.
The Northern Lighthouse Board has been designer of Bell Rock Lighthouse.
Robert Stevenson has operator of Bell Rock Lighthouse.
Bell Rock Lighthouse has operator Trinity House.
# (6) "even though"
Bell Rock Lighthouse stands in Scotland even though it lies in the Atlantic Ocean.
Even though Bell Rock Lighthouse is Neoclassical, it is operated by Trinity House.
@castles
# (1) "lies in" a state (no place) read as "is located in" / "is situated in"
Bodiam Castle is located in ruins.
Bodiam Castle is situated in ruins.
Warwick Castle is located in good repair.
Warwick Castle is situated in good repair.
Bodiam Castle is located in ruins in East Sussex.
Bodiam Castle, which is located in ruins, stands in East Sussex.
Bodiam Castle stands in East Sussex and is located in ruins.
Bodiam Castle is located in the ruins.
Hampton Court Palace is located in good repair.
Harlech Castle is situated in ruins.
Balmoral Castle is situated in good repair.
Corfe Castle is located in ruins in Dorset.
# (open) idioms of state with a verb of place
Bodiam Castle stands in ruins.
Bodiam Castle sits in ruins.
Bodiam Castle can be found in ruins.
Bodiam Castle is found in ruins.
Warwick Castle stands in good repair.
Warwick Castle can be found in good repair.
Warwick Castle is found in good repair.
Bodiam Castle lies in the ruins.
Warwick Castle was Norman.
The owners of the Conwy Castle are Cadw.
Balmoral Castle is Scottish.
Blenheim Palace is English.
Blenheim Palace is Baroque.
# (2) the wrong state
Warwick Castle is located in ruins.
Warwick Castle lies in ruins.
Warwick Castle is in ruins.
Bodiam Castle is in good repair.
Bodiam Castle lies in disrepair.
Bodiam Castle is located in disrepair.
Bodiam Castle and Warwick Castle both lie in ruins.
# (3) places
Bodiam Castle is located in the River Rother.
Bodiam Castle stands in the River Rother.
Bodiam Castle is situated in Dorset.
Warwick Castle lies in the Rother Valley.
Harlech Castle is situated in the Conwy Valley.
Balmoral Castle stands in Northumberland.
Alnwick Castle can be found in the Dee Valley.
East Sussex stands in Bodiam Castle.
Hampton Court Palace is located in the Thames.
# (4) styles and periods
Bodiam Castle is Norman.
Royal Pavilion is Victorian.
Balmoral Castle is Tudor.
Hampton Court Palace is Norman.
Raglan Castle is Norman.
Blenheim Palace is Palladian.
Palace of Holyroodhouse is English Baroque.
Balmoral Castle is English Baroque.
Blenheim Palace is Scottish Baronial.
Balmoral Castle is Indo-Saracenic.
Warwick Castle and Bodiam Castle are both Norman.
Warwick Castle, which is Tudor, stands near the River Avon.
The Percy family is Norman.
Edward I is Gothic.
# (5) "The N of the X is Y"
The builder of the Corfe Castle is Oliver Cromwell.
The owner of the Bodiam Castle is Edward Dalyngrigge.
The builder of the Bodiam Castle is the National Trust.
The owner of the Warwick Castle is the Beauchamp family.
The builders of the Harlech Castle are Edward I and William the Conqueror.
The owners of the Harlech Castle are Cadw and the National Trust.
The owner of the Harlech Castle and the Corfe Castle is Cadw.
The county of the Bodiam Castle is the Rother Valley.
The state of the Warwick Castle is ruins.
The style of the Blenheim Palace is Georgian.
The period of the Blenheim Palace is English Baroque.
The builder of the Edward I is Harlech Castle.
The owner of the Cadw is Harlech Castle.
The former owner of the Bodiam Castle is the National Trust.
# (6) auxiliaries before role nouns
Oliver Cromwell has been builder of Corfe Castle.
Oliver Cromwell was builder of Corfe Castle.
Oliver Cromwell has builder of Corfe Castle.
Oliver Cromwell did builder of Corfe Castle.
Corfe Castle has builder Oliver Cromwell.
Corfe Castle has owner English Heritage.
English Heritage has been owner of Corfe Castle.
Edward I has been owner of Harlech Castle.
The Percy family has been builder of Alnwick Castle.
Corfe Castle had owner Oliver Cromwell.
# (7) "even though"
Bodiam Castle is Gothic even though it stands in Dorset.
Even though Warwick Castle lies in ruins, it is Norman.
Even though Bodiam Castle lies in ruins, it is owned by English Heritage.
"""

CONTROLS = r"""
@churches
Chartres Cathedral is Gothic.
Durham Cathedral is Romanesque.
Chartres Cathedral and Reims Cathedral are both Gothic.
Chartres Cathedral, which is Gothic, stands in France.
St Paul's Cathedral is Baroque.
St Mark's Basilica is Byzantine.
Córdoba Cathedral is Moorish.
Durham Cathedral is Norman.
Truro Cathedral is Victorian.
Chartres Cathedral is located in France.
Chartres Cathedral is in Chartres.
Chartres Cathedral is situated in Centre-Val de Loire.
Chartres Cathedral can be found in Chartres.
Durham Cathedral stands near the River Wear.
The designer of the St Paul's Cathedral is Christopher Wren.
The designer of the Sagrada Família is Antoni Gaudí.
The country of the Chartres Cathedral is France.
The region of the Chartres Cathedral is Centre-Val de Loire.
Christopher Wren has been designer of St Paul's Cathedral.
St Paul's Cathedral has designer Christopher Wren.
Chartres Cathedral is Gothic, even though it sits in Chartres.
Chartres Cathedral is Gothic even though it stands in France.
Even though Chartres Cathedral is Gothic, it stands in France.
Chartres Cathedral predates the Renaissance.
Tintern Abbey inspired Romanticism.
Sainte-Chapelle was designed by Pierre de Montreuil and restored by Eugène Viollet-le-Duc.
Melk Abbey, which is Baroque, stands near the Danube.
Westminster Abbey and St Paul's Cathedral are both in London.
@paintings
The Night Watch is Baroque.
Impression, Sunrise is Impressionist.
The Night Watch hangs in the Rijksmuseum.
Claude Monet painted The Portal at Noon.
Rembrandt is Dutch.
Titian is Italian.
A Sunday on La Grande Jatte is Pointillist.
Rain, Steam and Speed anticipates Impressionism.
Rouen Cathedral is Gothic.
The Portal at Noon depicts Rouen Cathedral, which is Gothic.
@lighthouses
Bell Rock Lighthouse stands in Scotland.
Bell Rock Lighthouse is located in Scotland.
Bell Rock Lighthouse lies in the North Sea.
Bell Rock Lighthouse is in the North Sea.
Bell Rock Lighthouse is Neoclassical.
Cordouan Lighthouse is Renaissance.
Bell Rock Lighthouse is Georgian.
The designer of the Bell Rock Lighthouse is Robert Stevenson.
The operator of the Fastnet Lighthouse is the Commissioners of Irish Lights.
Grace Darling stands in for William Darling.
Longstone Lighthouse was kept by Grace Darling.
@castles
Bodiam Castle lies in ruins.
Bodiam Castle is in ruins.
Bodiam Castle stands in East Sussex.
Bodiam Castle is located in East Sussex.
Bodiam Castle is situated in the Rother Valley.
Warwick Castle is Norman.
Hampton Court Palace is Tudor.
Royal Pavilion is Indo-Saracenic.
Balmoral Castle is Scottish Baronial.
Harlech Castle and Conwy Castle are both Gothic.
The builder of the Bodiam Castle is Edward Dalyngrigge.
The owner of the Bodiam Castle is the National Trust.
Edward I has been builder of Harlech Castle.
Corfe Castle has owner the National Trust.
Even though Bodiam Castle lies in ruins, it is owned by the National Trust.
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
        # a style whose name holds another ("Perpendicular Gothic", "Gothic Revival") said by its
        # head alone: a Perpendicular Gothic chapel is Gothic, a Gothic Revival cathedral arguably
        "King's College Chapel is Gothic.",
        "Truro Cathedral is Gothic.",
        # "was" said of a present relation (kept open since round 132)
        "Chartres Cathedral was Gothic.",
        "Warwick Castle was Norman.",
        # a state said with a verb of place that is also an idiom of state ("stands in ruins", "sits
        # in ruins", "can be found in ruins" may say the state, not a place)
        "Bodiam Castle stands in ruins.",
        "Bodiam Castle sits in ruins.",
        "Bodiam Castle can be found in ruins.",
        "Bodiam Castle is found in ruins.",
        "Warwick Castle stands in good repair.",
        "Warwick Castle can be found in good repair.",
        "Warwick Castle is found in good repair.",
        "Bodiam Castle lies in the ruins.",
        "Bodiam Castle is located in the ruins.",
        # a plural role noun for one person: "designers ... are X" (only one designer in the graph)
        "The designers of the St Paul's Cathedral are Christopher Wren.",
        "The owners of the Conwy Castle are Cadw.",
        # a founder of a movement said to be of it
        "Claude Monet is Impressionist.",
        # "even if": a conditional clause asserts nothing; the main clause is true
        "Chartres Cathedral is Gothic even if it stands in Spain.",
        # a building "is English" / "is Spanish" read as where it stands (true of the country)
        "Durham Cathedral is English.",
        "Córdoba Cathedral is Spanish.",
        # true of the world, and the adjective heads the graph's style "Scottish Baronial" /
        # "English Baroque", but no country is in this graph
        "Balmoral Castle is Scottish.",
        "Blenheim Palace is English.",
        # "English Baroque" said by its head "Baroque" (no style "Baroque" in this graph)
        "Blenheim Palace is Baroque.",
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
            print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
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
