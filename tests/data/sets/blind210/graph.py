"""blind210: a small graph of department stores (facts to the best of the writer's knowledge).

`year` on each store is the year the store (or the business behind it) was founded or opened.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("store",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("store",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("store",), range=("person",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("store",), range=("person", "firm")),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("store",), range=("company",)),
    kgx.Relation("has_style", phrase="is built in the architectural style", inverse_phrase="is the architectural style of",
                 domain=("store",), range=("style",)),
    kgx.Relation("has_feature", phrase="has", inverse_phrase="is a feature of",
                 domain=("store",), range=("feature",)),
]

_STORES = [
    ("store:harrods", "Harrods", 1849),
    ("store:selfridges", "Selfridges", 1909),
    ("store:liberty", "Liberty", 1875),
    ("store:galeries_lafayette", "Galeries Lafayette", 1893),
    ("store:le_bon_marche", "Le Bon Marché", 1838),
    ("store:printemps", "Printemps", 1865),
    ("store:kadewe", "KaDeWe", 1907),
    ("store:macys_herald_square", "Macy's Herald Square", 1902),
    ("store:bloomingdales", "Bloomingdale's", 1861),
    ("store:marshall_fields", "Marshall Field's", 1852),
    ("store:gum", "GUM", 1893),
    ("store:mitsukoshi_nihonbashi", "Mitsukoshi Nihonbashi", 1673),
    ("store:nordiska_kompaniet", "Nordiska Kompaniet", 1902),
    ("store:stockmann", "Stockmann", 1862),
    ("store:el_corte_ingles", "El Corte Inglés", 1940),
    ("store:de_bijenkorf", "De Bijenkorf", 1870),
    ("store:magasin_du_nord", "Magasin du Nord", 1868),
    ("store:harvey_nichols", "Harvey Nichols", 1831),
    ("store:fortnum_and_mason", "Fortnum & Mason", 1707),
]

_ATTRIBUTES = [
    # cities
    ("city:london", "city", "London"),
    ("city:paris", "city", "Paris"),
    ("city:berlin", "city", "Berlin"),
    ("city:new_york_city", "city", "New York City"),
    ("city:chicago", "city", "Chicago"),
    ("city:moscow", "city", "Moscow"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:stockholm", "city", "Stockholm"),
    ("city:helsinki", "city", "Helsinki"),
    ("city:madrid", "city", "Madrid"),
    ("city:amsterdam", "city", "Amsterdam"),
    ("city:copenhagen", "city", "Copenhagen"),
    # founders
    ("person:charles_henry_harrod", "person", "Charles Henry Harrod"),
    ("person:harry_gordon_selfridge", "person", "Harry Gordon Selfridge"),
    ("person:arthur_lasenby_liberty", "person", "Arthur Lasenby Liberty"),
    ("person:theophile_bader", "person", "Théophile Bader"),
    ("person:alphonse_kahn", "person", "Alphonse Kahn"),
    ("person:jules_jaluzot", "person", "Jules Jaluzot"),
    ("person:jean_alfred_duclos", "person", "Jean-Alfred Duclos"),
    ("person:adolf_jandorf", "person", "Adolf Jandorf"),
    ("person:lyman_bloomingdale", "person", "Lyman G. Bloomingdale"),
    ("person:joseph_bloomingdale", "person", "Joseph B. Bloomingdale"),
    ("person:mitsui_takatoshi", "person", "Mitsui Takatoshi"),
    ("person:josef_sachs", "person", "Josef Sachs"),
    ("person:georg_franz_stockmann", "person", "Georg Franz Stockmann"),
    ("person:ramon_areces", "person", "Ramón Areces"),
    ("person:simon_philip_goudsmit", "person", "Simon Philip Goudsmit"),
    ("person:theodor_wessel", "person", "Theodor Wessel"),
    ("person:emil_vett", "person", "Emil Vett"),
    ("person:benjamin_harvey", "person", "Benjamin Harvey"),
    ("person:william_fortnum", "person", "William Fortnum"),
    ("person:hugh_mason", "person", "Hugh Mason"),
    # architects
    ("person:charles_william_stephens", "person", "Charles William Stephens"),
    ("person:daniel_burnham", "person", "Daniel Burnham"),
    ("person:edwin_thomas_hall", "person", "Edwin Thomas Hall"),
    ("person:georges_chedanne", "person", "Georges Chedanne"),
    ("person:paul_sedille", "person", "Paul Sédille"),
    ("person:johann_emil_schaudt", "person", "Johann Emil Schaudt"),
    ("firm:de_lemos_and_cordes", "firm", "De Lemos & Cordes"),
    ("person:alexander_pomerantsev", "person", "Alexander Pomerantsev"),
    ("person:ferdinand_boberg", "person", "Ferdinand Boberg"),
    ("person:sigurd_frosterus", "person", "Sigurd Frosterus"),
    # owners
    ("company:qatar_investment_authority", "company", "Qatar Investment Authority"),
    ("company:groupe_galeries_lafayette", "company", "Groupe Galeries Lafayette"),
    ("company:lvmh", "company", "LVMH"),
    ("company:macys_inc", "company", "Macy's, Inc."),
    ("company:bosco_di_ciliegi", "company", "Bosco di Ciliegi"),
    ("company:isetan_mitsukoshi_holdings", "company", "Isetan Mitsukoshi Holdings"),
    ("company:hufvudstaden", "company", "Hufvudstaden"),
    ("company:dickson_concepts", "company", "Dickson Concepts"),
    ("company:wittington_investments", "company", "Wittington Investments"),
    # architectural styles
    ("style:art_nouveau", "style", "Art Nouveau"),
    ("style:tudor_revival", "style", "Tudor Revival"),
    ("style:russian_revival", "style", "Russian Revival"),
    # features
    ("feature:food_hall", "feature", "food hall"),
    ("feature:glass_dome", "feature", "glass dome"),
    ("feature:glass_roof", "feature", "glass roof"),
    ("feature:wooden_escalators", "feature", "wooden escalators"),
]

USERS = ["user:ana", "user:ben", "user:chen", "user:dara", "user:emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="store", label=label, attrs={"year": year})
           for i, label, year in _STORES]
    out += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in _ATTRIBUTES]
    out += [kgx.Entity(u, kind="user", type="user", label=u.split(":", 1)[1]) for u in USERS]
    return out


_FACTS = [
    # located_in
    ("store:harrods", "located_in", "city:london"),
    ("store:selfridges", "located_in", "city:london"),
    ("store:liberty", "located_in", "city:london"),
    ("store:harvey_nichols", "located_in", "city:london"),
    ("store:fortnum_and_mason", "located_in", "city:london"),
    ("store:galeries_lafayette", "located_in", "city:paris"),
    ("store:le_bon_marche", "located_in", "city:paris"),
    ("store:printemps", "located_in", "city:paris"),
    ("store:kadewe", "located_in", "city:berlin"),
    ("store:macys_herald_square", "located_in", "city:new_york_city"),
    ("store:bloomingdales", "located_in", "city:new_york_city"),
    ("store:marshall_fields", "located_in", "city:chicago"),
    ("store:gum", "located_in", "city:moscow"),
    ("store:mitsukoshi_nihonbashi", "located_in", "city:tokyo"),
    ("store:nordiska_kompaniet", "located_in", "city:stockholm"),
    ("store:stockmann", "located_in", "city:helsinki"),
    ("store:el_corte_ingles", "located_in", "city:madrid"),
    ("store:de_bijenkorf", "located_in", "city:amsterdam"),
    ("store:magasin_du_nord", "located_in", "city:copenhagen"),
    # founded_by
    ("store:harrods", "founded_by", "person:charles_henry_harrod"),
    ("store:selfridges", "founded_by", "person:harry_gordon_selfridge"),
    ("store:liberty", "founded_by", "person:arthur_lasenby_liberty"),
    ("store:galeries_lafayette", "founded_by", "person:theophile_bader"),
    ("store:galeries_lafayette", "founded_by", "person:alphonse_kahn"),
    ("store:printemps", "founded_by", "person:jules_jaluzot"),
    ("store:printemps", "founded_by", "person:jean_alfred_duclos"),
    ("store:kadewe", "founded_by", "person:adolf_jandorf"),
    ("store:bloomingdales", "founded_by", "person:lyman_bloomingdale"),
    ("store:bloomingdales", "founded_by", "person:joseph_bloomingdale"),
    ("store:mitsukoshi_nihonbashi", "founded_by", "person:mitsui_takatoshi"),
    ("store:nordiska_kompaniet", "founded_by", "person:josef_sachs"),
    ("store:stockmann", "founded_by", "person:georg_franz_stockmann"),
    ("store:el_corte_ingles", "founded_by", "person:ramon_areces"),
    ("store:de_bijenkorf", "founded_by", "person:simon_philip_goudsmit"),
    ("store:magasin_du_nord", "founded_by", "person:theodor_wessel"),
    ("store:magasin_du_nord", "founded_by", "person:emil_vett"),
    ("store:harvey_nichols", "founded_by", "person:benjamin_harvey"),
    ("store:fortnum_and_mason", "founded_by", "person:william_fortnum"),
    ("store:fortnum_and_mason", "founded_by", "person:hugh_mason"),
    # designed_by (the flagship building)
    ("store:harrods", "designed_by", "person:charles_william_stephens"),
    ("store:selfridges", "designed_by", "person:daniel_burnham"),
    ("store:liberty", "designed_by", "person:edwin_thomas_hall"),
    ("store:galeries_lafayette", "designed_by", "person:georges_chedanne"),
    ("store:printemps", "designed_by", "person:paul_sedille"),
    ("store:kadewe", "designed_by", "person:johann_emil_schaudt"),
    ("store:macys_herald_square", "designed_by", "firm:de_lemos_and_cordes"),
    ("store:marshall_fields", "designed_by", "person:daniel_burnham"),
    ("store:gum", "designed_by", "person:alexander_pomerantsev"),
    ("store:nordiska_kompaniet", "designed_by", "person:ferdinand_boberg"),
    ("store:stockmann", "designed_by", "person:sigurd_frosterus"),
    # owned_by
    ("store:harrods", "owned_by", "company:qatar_investment_authority"),
    ("store:galeries_lafayette", "owned_by", "company:groupe_galeries_lafayette"),
    ("store:le_bon_marche", "owned_by", "company:lvmh"),
    ("store:macys_herald_square", "owned_by", "company:macys_inc"),
    ("store:bloomingdales", "owned_by", "company:macys_inc"),
    ("store:marshall_fields", "owned_by", "company:macys_inc"),
    ("store:gum", "owned_by", "company:bosco_di_ciliegi"),
    ("store:mitsukoshi_nihonbashi", "owned_by", "company:isetan_mitsukoshi_holdings"),
    ("store:nordiska_kompaniet", "owned_by", "company:hufvudstaden"),
    ("store:harvey_nichols", "owned_by", "company:dickson_concepts"),
    ("store:fortnum_and_mason", "owned_by", "company:wittington_investments"),
    # has_style
    ("store:liberty", "has_style", "style:tudor_revival"),
    ("store:galeries_lafayette", "has_style", "style:art_nouveau"),
    ("store:gum", "has_style", "style:russian_revival"),
    # has_feature
    ("store:harrods", "has_feature", "feature:food_hall"),
    ("store:selfridges", "has_feature", "feature:food_hall"),
    ("store:kadewe", "has_feature", "feature:food_hall"),
    ("store:fortnum_and_mason", "has_feature", "feature:food_hall"),
    ("store:galeries_lafayette", "has_feature", "feature:glass_dome"),
    ("store:printemps", "has_feature", "feature:glass_dome"),
    ("store:gum", "has_feature", "feature:glass_roof"),
    ("store:macys_herald_square", "has_feature", "feature:wooden_escalators"),
]

_RATINGS = [
    ("user:ana", "store:harrods", 5.0),
    ("user:ana", "store:liberty", 4.5),
    ("user:ana", "store:gum", 2.0),
    ("user:ana", "store:kadewe", 3.0),
    ("user:ben", "store:selfridges", 4.0),
    ("user:ben", "store:galeries_lafayette", 5.0),
    ("user:ben", "store:macys_herald_square", 1.5),
    ("user:ben", "store:stockmann", 3.5),
    ("user:chen", "store:mitsukoshi_nihonbashi", 4.5),
    ("user:chen", "store:nordiska_kompaniet", 4.0),
    ("user:chen", "store:fortnum_and_mason", 1.0),
    ("user:chen", "store:el_corte_ingles", 3.0),
    ("user:dara", "store:printemps", 5.0),
    ("user:dara", "store:le_bon_marche", 4.0),
    ("user:dara", "store:bloomingdales", 2.0),
    ("user:dara", "store:de_bijenkorf", 2.5),
    ("user:emil", "store:magasin_du_nord", 4.5),
    ("user:emil", "store:harvey_nichols", 3.0),
    ("user:emil", "store:marshall_fields", 5.0),
    ("user:emil", "store:harrods", 1.5),
]


def rows():
    out = list(_FACTS)
    out += [(u, "rated", s, {"rating": r}) for u, s, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind210")
