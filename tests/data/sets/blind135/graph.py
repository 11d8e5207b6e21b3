"""blind135: a small graph of real fountains, declared in code."""
import kgexplain as kgx

F = ("fountain",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=F),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=F, range=("city", "place")),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=F, range=("person", "organisation")),
    kgx.Relation("sculpted_by", phrase="has sculpture by", inverse_phrase="sculpted figures for", domain=F, range=("person",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=F, range=("person",)),
    kgx.Relation("donated_by", phrase="was donated by", inverse_phrase="donated", domain=F, range=("person",)),
    kgx.Relation("has_style", phrase="is in the style of", inverse_phrase="is the style of", domain=F, range=("style",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=F, range=("fountain_kind",)),
]

# slug, label, year (completed / unveiled / first switched on)
FOUNTAINS = [
    ("trevi", "Trevi Fountain", 1762),
    ("four_rivers", "Fountain of the Four Rivers", 1651),
    ("triton", "Triton Fountain", 1643),
    ("barcaccia", "Fontana della Barcaccia", 1629),
    ("turtle", "Turtle Fountain", 1588),
    ("maggiore", "Fontana Maggiore", 1278),
    ("innocents", "Fontaine des Innocents", 1549),
    ("saint_michel", "Fontaine Saint-Michel", 1860),
    ("concorde", "Fontaines de la Concorde", 1840),
    ("stravinsky", "Stravinsky Fountain", 1983),
    ("wallace", "Wallace Fountain", 1872),
    ("manneken_pis", "Manneken Pis", 1619),
    ("jet_deau", "Jet d'Eau", 1891),
    ("bethesda", "Bethesda Fountain", 1873),
    ("buckingham", "Buckingham Fountain", 1927),
    ("crown", "Crown Fountain", 2004),
    ("time", "Fountain of Time", 1922),
    ("bellagio", "Fountains of Bellagio", 1998),
    ("dubai", "Dubai Fountain", 2009),
]

ATTRIBUTES = [
    # places
    ("city:rome", "city", "Rome"),
    ("city:perugia", "city", "Perugia"),
    ("city:paris", "city", "Paris"),
    ("city:brussels", "city", "Brussels"),
    ("city:geneva", "city", "Geneva"),
    ("city:new_york", "city", "New York City"),
    ("city:chicago", "city", "Chicago"),
    ("place:las_vegas_strip", "place", "Las Vegas Strip"),
    ("city:dubai", "city", "Dubai"),
    # people and organisations
    ("person:nicola_salvi", "person", "Nicola Salvi"),
    ("person:pietro_bracci", "person", "Pietro Bracci"),
    ("person:gian_lorenzo_bernini", "person", "Gian Lorenzo Bernini"),
    ("person:pietro_bernini", "person", "Pietro Bernini"),
    ("person:giacomo_della_porta", "person", "Giacomo della Porta"),
    ("person:taddeo_landini", "person", "Taddeo Landini"),
    ("person:fra_bevignate", "person", "Fra Bevignate"),
    ("person:nicola_pisano", "person", "Nicola Pisano"),
    ("person:giovanni_pisano", "person", "Giovanni Pisano"),
    ("person:pierre_lescot", "person", "Pierre Lescot"),
    ("person:jean_goujon", "person", "Jean Goujon"),
    ("person:gabriel_davioud", "person", "Gabriel Davioud"),
    ("person:francisque_duret", "person", "Francisque Duret"),
    ("person:jacques_ignace_hittorff", "person", "Jacques Ignace Hittorff"),
    ("person:jean_tinguely", "person", "Jean Tinguely"),
    ("person:niki_de_saint_phalle", "person", "Niki de Saint Phalle"),
    ("person:charles_auguste_lebourg", "person", "Charles-Auguste Lebourg"),
    ("person:richard_wallace", "person", "Richard Wallace"),
    ("person:jerome_duquesnoy", "person", "Jérôme Duquesnoy the Elder"),
    ("person:emma_stebbins", "person", "Emma Stebbins"),
    ("person:edward_h_bennett", "person", "Edward H. Bennett"),
    ("person:marcel_loyau", "person", "Marcel Loyau"),
    ("person:kate_buckingham", "person", "Kate Buckingham"),
    ("person:jaume_plensa", "person", "Jaume Plensa"),
    ("person:lorado_taft", "person", "Lorado Taft"),
    ("org:wet_design", "organisation", "WET Design"),
    ("person:pope_clement_xii", "person", "Pope Clement XII"),
    ("person:pope_innocent_x", "person", "Pope Innocent X"),
    ("person:pope_urban_viii", "person", "Pope Urban VIII"),
    # styles and kinds
    ("style:baroque", "style", "Baroque"),
    ("style:renaissance", "style", "Renaissance"),
    ("kind:musical_fountain", "fountain_kind", "Musical fountain"),
    ("kind:drinking_fountain", "fountain_kind", "Drinking fountain"),
    ("kind:interactive_fountain", "fountain_kind", "Interactive fountain"),
    ("kind:wall_fountain", "fountain_kind", "Wall fountain"),
]


def entities():
    out = [kgx.Entity(f"fountain:{slug}", kind="item", type="fountain", label=label, attrs={"year": year})
           for slug, label, year in FOUNTAINS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u)
            for u in ("ana", "ben", "chen", "dara", "emil")]
    return out


FACTS = [
    # Rome
    ("trevi", "located_in", "city:rome"),
    ("trevi", "designed_by", "person:nicola_salvi"),
    ("trevi", "sculpted_by", "person:pietro_bracci"),
    ("trevi", "commissioned_by", "person:pope_clement_xii"),
    ("trevi", "has_style", "style:baroque"),
    ("four_rivers", "located_in", "city:rome"),
    ("four_rivers", "designed_by", "person:gian_lorenzo_bernini"),
    ("four_rivers", "commissioned_by", "person:pope_innocent_x"),
    ("four_rivers", "has_style", "style:baroque"),
    ("triton", "located_in", "city:rome"),
    ("triton", "designed_by", "person:gian_lorenzo_bernini"),
    ("triton", "commissioned_by", "person:pope_urban_viii"),
    ("triton", "has_style", "style:baroque"),
    ("barcaccia", "located_in", "city:rome"),
    ("barcaccia", "designed_by", "person:pietro_bernini"),
    ("barcaccia", "commissioned_by", "person:pope_urban_viii"),
    ("barcaccia", "has_style", "style:baroque"),
    ("turtle", "located_in", "city:rome"),
    ("turtle", "designed_by", "person:giacomo_della_porta"),
    ("turtle", "sculpted_by", "person:taddeo_landini"),
    ("turtle", "has_style", "style:renaissance"),
    # Perugia
    ("maggiore", "located_in", "city:perugia"),
    ("maggiore", "designed_by", "person:fra_bevignate"),
    ("maggiore", "sculpted_by", "person:nicola_pisano"),
    ("maggiore", "sculpted_by", "person:giovanni_pisano"),
    # Paris
    ("innocents", "located_in", "city:paris"),
    ("innocents", "designed_by", "person:pierre_lescot"),
    ("innocents", "sculpted_by", "person:jean_goujon"),
    ("innocents", "has_style", "style:renaissance"),
    ("saint_michel", "located_in", "city:paris"),
    ("saint_michel", "designed_by", "person:gabriel_davioud"),
    ("saint_michel", "sculpted_by", "person:francisque_duret"),
    ("saint_michel", "has_kind", "kind:wall_fountain"),
    ("concorde", "located_in", "city:paris"),
    ("concorde", "designed_by", "person:jacques_ignace_hittorff"),
    ("stravinsky", "located_in", "city:paris"),
    ("stravinsky", "designed_by", "person:jean_tinguely"),
    ("stravinsky", "designed_by", "person:niki_de_saint_phalle"),
    ("wallace", "located_in", "city:paris"),
    ("wallace", "designed_by", "person:charles_auguste_lebourg"),
    ("wallace", "donated_by", "person:richard_wallace"),
    ("wallace", "has_kind", "kind:drinking_fountain"),
    # Brussels, Geneva
    ("manneken_pis", "located_in", "city:brussels"),
    ("manneken_pis", "sculpted_by", "person:jerome_duquesnoy"),
    ("jet_deau", "located_in", "city:geneva"),
    # United States
    ("bethesda", "located_in", "city:new_york"),
    ("bethesda", "sculpted_by", "person:emma_stebbins"),
    ("buckingham", "located_in", "city:chicago"),
    ("buckingham", "designed_by", "person:edward_h_bennett"),
    ("buckingham", "sculpted_by", "person:marcel_loyau"),
    ("buckingham", "donated_by", "person:kate_buckingham"),
    ("crown", "located_in", "city:chicago"),
    ("crown", "designed_by", "person:jaume_plensa"),
    ("crown", "has_kind", "kind:interactive_fountain"),
    ("time", "located_in", "city:chicago"),
    ("time", "sculpted_by", "person:lorado_taft"),
    ("bellagio", "located_in", "place:las_vegas_strip"),
    ("bellagio", "designed_by", "org:wet_design"),
    ("bellagio", "has_kind", "kind:musical_fountain"),
    # Dubai
    ("dubai", "located_in", "city:dubai"),
    ("dubai", "designed_by", "org:wet_design"),
    ("dubai", "has_kind", "kind:musical_fountain"),
]

RATINGS = [
    ("ana", "trevi", 5.0), ("ana", "four_rivers", 4.5), ("ana", "manneken_pis", 2.0), ("ana", "dubai", 3.0),
    ("ben", "bellagio", 4.0), ("ben", "crown", 1.5), ("ben", "buckingham", 4.5), ("ben", "jet_deau", 3.5),
    ("chen", "stravinsky", 5.0), ("chen", "innocents", 2.5), ("chen", "saint_michel", 4.0), ("chen", "wallace", 1.0),
    ("dara", "maggiore", 4.5), ("dara", "turtle", 3.0), ("dara", "triton", 5.0), ("dara", "bethesda", 2.0),
    ("emil", "time", 4.0), ("emil", "concorde", 0.5), ("emil", "barcaccia", 3.5), ("emil", "dubai", 5.0),
]


def rows():
    out = [(f"fountain:{h}", r, t) for h, r, t in FACTS]
    out += [(f"user:{u}", "rated", f"fountain:{i}", {"rating": r}) for u, i, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind135")
