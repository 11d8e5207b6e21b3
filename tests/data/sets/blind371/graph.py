"""blind371: a small graph of real waterfalls.

``year`` on each waterfall is the year of the notable visit recorded by the
``reached_by`` relation (the first recorded visit by the named explorer or
writer).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("waterfall",)),
    kgx.Relation("located_in", phrase="is in", inverse_phrase="is home to",
                 domain=("waterfall",), range=("country",)),
    kgx.Relation("on_river", phrase="is on", inverse_phrase="flows over",
                 domain=("waterfall",), range=("river",)),
    kgx.Relation("in_park", phrase="lies within", inverse_phrase="contains",
                 domain=("waterfall",), range=("park",)),
    kgx.Relation("reached_by", phrase="was reached by", inverse_phrase="reached",
                 domain=("waterfall",), range=("person",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("waterfall",), range=("person",)),
    kgx.Relation("has_form", phrase="has the form", inverse_phrase="is the form of",
                 domain=("waterfall",), range=("form",)),
]

WATERFALLS = [
    ("niagara_falls", "Niagara Falls", 1678),
    ("victoria_falls", "Victoria Falls", 1855),
    ("angel_falls", "Angel Falls", 1933),
    ("iguazu_falls", "Iguazu Falls", 1541),
    ("kaieteur_falls", "Kaieteur Falls", 1870),
    ("sutherland_falls", "Sutherland Falls", 1880),
    ("murchison_falls", "Murchison Falls", 1864),
    ("boyoma_falls", "Boyoma Falls", 1877),
    ("livingstone_falls", "Livingstone Falls", 1877),
    ("huangguoshu_waterfall", "Huangguoshu Waterfall", 1638),
    ("ripon_falls", "Ripon Falls", 1862),
    ("thomsons_falls", "Thomson's Falls", 1883),
    ("staubbach_falls", "Staubbach Falls", 1779),
    ("wentworth_falls", "Wentworth Falls", 1836),
    ("tequendama_falls", "Tequendama Falls", 1801),
]

ATTRIBUTES = [
    # countries
    ("country:united_states", "country", "United States"),
    ("country:canada", "country", "Canada"),
    ("country:zambia", "country", "Zambia"),
    ("country:zimbabwe", "country", "Zimbabwe"),
    ("country:venezuela", "country", "Venezuela"),
    ("country:argentina", "country", "Argentina"),
    ("country:brazil", "country", "Brazil"),
    ("country:guyana", "country", "Guyana"),
    ("country:new_zealand", "country", "New Zealand"),
    ("country:uganda", "country", "Uganda"),
    ("country:dr_congo", "country", "Democratic Republic of the Congo"),
    ("country:china", "country", "China"),
    ("country:kenya", "country", "Kenya"),
    ("country:switzerland", "country", "Switzerland"),
    ("country:australia", "country", "Australia"),
    ("country:colombia", "country", "Colombia"),
    # rivers
    ("river:niagara_river", "river", "Niagara River"),
    ("river:zambezi", "river", "Zambezi"),
    ("river:iguazu_river", "river", "Iguazu River"),
    ("river:potaro_river", "river", "Potaro River"),
    ("river:arthur_river", "river", "Arthur River"),
    ("river:nile", "river", "Nile"),
    ("river:lualaba_river", "river", "Lualaba River"),
    ("river:congo_river", "river", "Congo River"),
    ("river:baishui_river", "river", "Baishui River"),
    ("river:jamison_creek", "river", "Jamison Creek"),
    ("river:bogota_river", "river", "Bogotá River"),
    # parks
    ("park:niagara_falls_state_park", "park", "Niagara Falls State Park"),
    ("park:mosi_oa_tunya", "park", "Mosi-oa-Tunya National Park"),
    ("park:victoria_falls_np", "park", "Victoria Falls National Park"),
    ("park:canaima", "park", "Canaima National Park"),
    ("park:iguazu_np", "park", "Iguazú National Park"),
    ("park:iguacu_np", "park", "Iguaçu National Park"),
    ("park:kaieteur_np", "park", "Kaieteur National Park"),
    ("park:fiordland", "park", "Fiordland National Park"),
    ("park:murchison_falls_np", "park", "Murchison Falls National Park"),
    ("park:blue_mountains", "park", "Blue Mountains National Park"),
    # people
    ("person:louis_hennepin", "person", "Louis Hennepin"),
    ("person:david_livingstone", "person", "David Livingstone"),
    ("person:queen_victoria", "person", "Queen Victoria"),
    ("person:jimmie_angel", "person", "Jimmie Angel"),
    ("person:cabeza_de_vaca", "person", "Álvar Núñez Cabeza de Vaca"),
    ("person:barrington_brown", "person", "Charles Barrington Brown"),
    ("person:donald_sutherland", "person", "Donald Sutherland"),
    ("person:samuel_baker", "person", "Samuel Baker"),
    ("person:roderick_murchison", "person", "Roderick Murchison"),
    ("person:henry_morton_stanley", "person", "Henry Morton Stanley"),
    ("person:xu_xiake", "person", "Xu Xiake"),
    ("person:john_hanning_speke", "person", "John Hanning Speke"),
    ("person:joseph_thomson", "person", "Joseph Thomson"),
    ("person:goethe", "person", "Johann Wolfgang von Goethe"),
    ("person:charles_darwin", "person", "Charles Darwin"),
    ("person:william_wentworth", "person", "William Charles Wentworth"),
    ("person:alexander_von_humboldt", "person", "Alexander von Humboldt"),
    # forms
    ("form:plunge", "form", "plunge"),
    ("form:tiered", "form", "tiered"),
    ("form:segmented", "form", "segmented"),
    ("form:cataract", "form", "cataract"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"waterfall:{slug}", kind="item", type="waterfall", label=label,
                      attrs={"year": year}) for slug, label, year in WATERFALLS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    w = lambda s: f"waterfall:{s}"  # noqa: E731
    facts = [
        # Niagara Falls
        (w("niagara_falls"), "located_in", "country:united_states"),
        (w("niagara_falls"), "located_in", "country:canada"),
        (w("niagara_falls"), "on_river", "river:niagara_river"),
        (w("niagara_falls"), "in_park", "park:niagara_falls_state_park"),
        (w("niagara_falls"), "reached_by", "person:louis_hennepin"),
        # Victoria Falls
        (w("victoria_falls"), "located_in", "country:zambia"),
        (w("victoria_falls"), "located_in", "country:zimbabwe"),
        (w("victoria_falls"), "on_river", "river:zambezi"),
        (w("victoria_falls"), "in_park", "park:mosi_oa_tunya"),
        (w("victoria_falls"), "in_park", "park:victoria_falls_np"),
        (w("victoria_falls"), "reached_by", "person:david_livingstone"),
        (w("victoria_falls"), "named_after", "person:queen_victoria"),
        (w("victoria_falls"), "has_form", "form:plunge"),
        # Angel Falls
        (w("angel_falls"), "located_in", "country:venezuela"),
        (w("angel_falls"), "in_park", "park:canaima"),
        (w("angel_falls"), "reached_by", "person:jimmie_angel"),
        (w("angel_falls"), "named_after", "person:jimmie_angel"),
        (w("angel_falls"), "has_form", "form:plunge"),
        # Iguazu Falls
        (w("iguazu_falls"), "located_in", "country:argentina"),
        (w("iguazu_falls"), "located_in", "country:brazil"),
        (w("iguazu_falls"), "on_river", "river:iguazu_river"),
        (w("iguazu_falls"), "in_park", "park:iguazu_np"),
        (w("iguazu_falls"), "in_park", "park:iguacu_np"),
        (w("iguazu_falls"), "reached_by", "person:cabeza_de_vaca"),
        (w("iguazu_falls"), "has_form", "form:segmented"),
        # Kaieteur Falls
        (w("kaieteur_falls"), "located_in", "country:guyana"),
        (w("kaieteur_falls"), "on_river", "river:potaro_river"),
        (w("kaieteur_falls"), "in_park", "park:kaieteur_np"),
        (w("kaieteur_falls"), "reached_by", "person:barrington_brown"),
        (w("kaieteur_falls"), "has_form", "form:plunge"),
        # Sutherland Falls
        (w("sutherland_falls"), "located_in", "country:new_zealand"),
        (w("sutherland_falls"), "on_river", "river:arthur_river"),
        (w("sutherland_falls"), "in_park", "park:fiordland"),
        (w("sutherland_falls"), "reached_by", "person:donald_sutherland"),
        (w("sutherland_falls"), "named_after", "person:donald_sutherland"),
        (w("sutherland_falls"), "has_form", "form:tiered"),
        # Murchison Falls
        (w("murchison_falls"), "located_in", "country:uganda"),
        (w("murchison_falls"), "on_river", "river:nile"),
        (w("murchison_falls"), "in_park", "park:murchison_falls_np"),
        (w("murchison_falls"), "reached_by", "person:samuel_baker"),
        (w("murchison_falls"), "named_after", "person:roderick_murchison"),
        # Boyoma Falls
        (w("boyoma_falls"), "located_in", "country:dr_congo"),
        (w("boyoma_falls"), "on_river", "river:lualaba_river"),
        (w("boyoma_falls"), "reached_by", "person:henry_morton_stanley"),
        (w("boyoma_falls"), "has_form", "form:cataract"),
        # Livingstone Falls
        (w("livingstone_falls"), "located_in", "country:dr_congo"),
        (w("livingstone_falls"), "on_river", "river:congo_river"),
        (w("livingstone_falls"), "reached_by", "person:henry_morton_stanley"),
        (w("livingstone_falls"), "named_after", "person:david_livingstone"),
        (w("livingstone_falls"), "has_form", "form:cataract"),
        # Huangguoshu Waterfall
        (w("huangguoshu_waterfall"), "located_in", "country:china"),
        (w("huangguoshu_waterfall"), "on_river", "river:baishui_river"),
        (w("huangguoshu_waterfall"), "reached_by", "person:xu_xiake"),
        # Ripon Falls
        (w("ripon_falls"), "located_in", "country:uganda"),
        (w("ripon_falls"), "on_river", "river:nile"),
        (w("ripon_falls"), "reached_by", "person:john_hanning_speke"),
        # Thomson's Falls
        (w("thomsons_falls"), "located_in", "country:kenya"),
        (w("thomsons_falls"), "reached_by", "person:joseph_thomson"),
        (w("thomsons_falls"), "named_after", "person:joseph_thomson"),
        (w("thomsons_falls"), "has_form", "form:plunge"),
        # Staubbach Falls
        (w("staubbach_falls"), "located_in", "country:switzerland"),
        (w("staubbach_falls"), "reached_by", "person:goethe"),
        (w("staubbach_falls"), "has_form", "form:plunge"),
        # Wentworth Falls
        (w("wentworth_falls"), "located_in", "country:australia"),
        (w("wentworth_falls"), "on_river", "river:jamison_creek"),
        (w("wentworth_falls"), "in_park", "park:blue_mountains"),
        (w("wentworth_falls"), "reached_by", "person:charles_darwin"),
        (w("wentworth_falls"), "named_after", "person:william_wentworth"),
        (w("wentworth_falls"), "has_form", "form:tiered"),
        # Tequendama Falls
        (w("tequendama_falls"), "located_in", "country:colombia"),
        (w("tequendama_falls"), "on_river", "river:bogota_river"),
        (w("tequendama_falls"), "reached_by", "person:alexander_von_humboldt"),
        (w("tequendama_falls"), "has_form", "form:plunge"),
    ]
    ratings = [
        ("ana", "victoria_falls", 5.0), ("ana", "angel_falls", 4.5),
        ("ana", "niagara_falls", 2.0), ("ana", "staubbach_falls", 3.0),
        ("ben", "iguazu_falls", 4.0), ("ben", "kaieteur_falls", 1.5),
        ("ben", "sutherland_falls", 5.0), ("ben", "huangguoshu_waterfall", 3.5),
        ("chen", "murchison_falls", 4.5), ("chen", "boyoma_falls", 1.0),
        ("chen", "wentworth_falls", 4.0), ("chen", "tequendama_falls", 2.5),
        ("dara", "thomsons_falls", 2.0), ("dara", "ripon_falls", 4.0),
        ("dara", "livingstone_falls", 0.5), ("dara", "victoria_falls", 3.5),
        ("emil", "angel_falls", 5.0), ("emil", "niagara_falls", 4.5),
        ("emil", "iguazu_falls", 1.5), ("emil", "wentworth_falls", 3.0),
    ]
    return facts + [(f"user:{u}", "rated", w(s), {"rating": r}) for u, s, r in ratings]


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind371")
