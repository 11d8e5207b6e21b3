"""blind128: a small graph of real waterfalls.

The ``year`` of each waterfall is the year it was first recorded by an
outside explorer or visitor (or, for Angel Falls, the year Jimmie Angel flew
over it; for the Yosemite falls, the year the Mariposa Battalion entered the
valley).
"""
import kgexplain as kgx

W = ("waterfall",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=W),
    kgx.Relation("described_by", phrase="was first described by",
                 inverse_phrase="was the first to describe",
                 domain=W, range=("person",)),
    kgx.Relation("named_after", phrase="is named after",
                 inverse_phrase="gave its name to", domain=W, range=("person",)),
    kgx.Relation("on_river", phrase="lies on", inverse_phrase="flows over",
                 domain=W, range=("river",)),
    kgx.Relation("located_in", phrase="is located in",
                 inverse_phrase="is home to", domain=W, range=("country",)),
    kgx.Relation("in_park", phrase="lies within", inverse_phrase="contains",
                 domain=W, range=("park",)),
    kgx.Relation("has_form", phrase="has the form", inverse_phrase="is the form of",
                 domain=W, range=("form",)),
]

# slug, label, year
WATERFALLS = [
    ("victoria_falls", "Victoria Falls", 1855),
    ("niagara_falls", "Niagara Falls", 1678),
    ("saint_anthony_falls", "Saint Anthony Falls", 1680),
    ("iguazu_falls", "Iguazu Falls", 1541),
    ("angel_falls", "Angel Falls", 1933),
    ("kaieteur_falls", "Kaieteur Falls", 1870),
    ("sutherland_falls", "Sutherland Falls", 1880),
    ("murchison_falls", "Murchison Falls", 1864),
    ("boyoma_falls", "Boyoma Falls", 1877),
    ("blue_nile_falls", "Blue Nile Falls", 1770),
    ("ripon_falls", "Ripon Falls", 1862),
    ("thomsons_falls", "Thomson's Falls", 1883),
    ("huangguoshu_waterfall", "Huangguoshu Waterfall", 1638),
    ("montmorency_falls", "Montmorency Falls", 1613),
    ("yosemite_falls", "Yosemite Falls", 1851),
    ("bridalveil_fall", "Bridalveil Fall", 1851),
]

PEOPLE = {
    "david_livingstone": "David Livingstone",
    "louis_hennepin": "Louis Hennepin",
    "cabeza_de_vaca": "Álvar Núñez Cabeza de Vaca",
    "charles_barrington_brown": "Charles Barrington Brown",
    "donald_sutherland": "Donald Sutherland",
    "samuel_baker": "Samuel Baker",
    "henry_morton_stanley": "Henry Morton Stanley",
    "james_bruce": "James Bruce",
    "john_hanning_speke": "John Hanning Speke",
    "joseph_thomson": "Joseph Thomson",
    "xu_xiake": "Xu Xiake",
    "samuel_de_champlain": "Samuel de Champlain",
    "queen_victoria": "Queen Victoria",
    "anthony_of_padua": "Anthony of Padua",
    "jimmie_angel": "Jimmie Angel",
    "roderick_murchison": "Roderick Murchison",
    "henri_ii_de_montmorency": "Henri II de Montmorency",
}

RIVERS = {
    "zambezi": "Zambezi",
    "niagara_river": "Niagara River",
    "mississippi_river": "Mississippi River",
    "iguazu_river": "Iguazu River",
    "potaro_river": "Potaro River",
    "arthur_river": "Arthur River",
    "victoria_nile": "Victoria Nile",
    "lualaba_river": "Lualaba River",
    "blue_nile": "Blue Nile",
    "ewaso_ngiro": "Ewaso Ng'iro",
    "baishui_river": "Baishui River",
    "montmorency_river": "Montmorency River",
    "yosemite_creek": "Yosemite Creek",
    "bridalveil_creek": "Bridalveil Creek",
}

COUNTRIES = {
    "zambia": "Zambia",
    "zimbabwe": "Zimbabwe",
    "united_states": "United States",
    "canada": "Canada",
    "argentina": "Argentina",
    "brazil": "Brazil",
    "venezuela": "Venezuela",
    "guyana": "Guyana",
    "new_zealand": "New Zealand",
    "uganda": "Uganda",
    "dr_congo": "Democratic Republic of the Congo",
    "ethiopia": "Ethiopia",
    "kenya": "Kenya",
    "china": "China",
}

PARKS = {
    "mosi_oa_tunya": "Mosi-oa-Tunya National Park",
    "victoria_falls_np": "Victoria Falls National Park",
    "iguazu_np": "Iguazú National Park",
    "iguacu_np": "Iguaçu National Park",
    "canaima_np": "Canaima National Park",
    "kaieteur_np": "Kaieteur National Park",
    "fiordland_np": "Fiordland National Park",
    "murchison_falls_np": "Murchison Falls National Park",
    "yosemite_np": "Yosemite National Park",
}

FORMS = {"plunge": "Plunge", "tiered": "Tiered", "cataract": "Cataract"}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"waterfall:{s}", kind="item", type="waterfall", label=name,
                      attrs={"year": y}) for s, name, y in WATERFALLS]
    for prefix, table in [("person", PEOPLE), ("river", RIVERS), ("country", COUNTRIES),
                          ("park", PARKS), ("form", FORMS)]:
        out += [kgx.Entity(f"{prefix}:{k}", kind="attribute", type=prefix, label=v)
                for k, v in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    # waterfall slug: [(relation, tail id), ...]
    "victoria_falls": [("described_by", "person:david_livingstone"),
                       ("named_after", "person:queen_victoria"),
                       ("on_river", "river:zambezi"),
                       ("located_in", "country:zambia"),
                       ("located_in", "country:zimbabwe"),
                       ("in_park", "park:mosi_oa_tunya"),
                       ("in_park", "park:victoria_falls_np")],
    "niagara_falls": [("described_by", "person:louis_hennepin"),
                      ("on_river", "river:niagara_river"),
                      ("located_in", "country:united_states"),
                      ("located_in", "country:canada"),
                      ("has_form", "form:cataract")],
    "saint_anthony_falls": [("described_by", "person:louis_hennepin"),
                            ("named_after", "person:anthony_of_padua"),
                            ("on_river", "river:mississippi_river"),
                            ("located_in", "country:united_states")],
    "iguazu_falls": [("described_by", "person:cabeza_de_vaca"),
                     ("on_river", "river:iguazu_river"),
                     ("located_in", "country:argentina"),
                     ("located_in", "country:brazil"),
                     ("in_park", "park:iguazu_np"),
                     ("in_park", "park:iguacu_np"),
                     ("has_form", "form:cataract")],
    "angel_falls": [("named_after", "person:jimmie_angel"),
                    ("located_in", "country:venezuela"),
                    ("in_park", "park:canaima_np"),
                    ("has_form", "form:plunge")],
    "kaieteur_falls": [("described_by", "person:charles_barrington_brown"),
                       ("on_river", "river:potaro_river"),
                       ("located_in", "country:guyana"),
                       ("in_park", "park:kaieteur_np"),
                       ("has_form", "form:plunge")],
    "sutherland_falls": [("described_by", "person:donald_sutherland"),
                         ("named_after", "person:donald_sutherland"),
                         ("on_river", "river:arthur_river"),
                         ("located_in", "country:new_zealand"),
                         ("in_park", "park:fiordland_np"),
                         ("has_form", "form:tiered")],
    "murchison_falls": [("described_by", "person:samuel_baker"),
                        ("named_after", "person:roderick_murchison"),
                        ("on_river", "river:victoria_nile"),
                        ("located_in", "country:uganda"),
                        ("in_park", "park:murchison_falls_np")],
    "boyoma_falls": [("described_by", "person:henry_morton_stanley"),
                     ("on_river", "river:lualaba_river"),
                     ("located_in", "country:dr_congo"),
                     ("has_form", "form:cataract")],
    "blue_nile_falls": [("described_by", "person:james_bruce"),
                        ("on_river", "river:blue_nile"),
                        ("located_in", "country:ethiopia")],
    "ripon_falls": [("described_by", "person:john_hanning_speke"),
                    ("on_river", "river:victoria_nile"),
                    ("located_in", "country:uganda")],
    "thomsons_falls": [("described_by", "person:joseph_thomson"),
                       ("on_river", "river:ewaso_ngiro"),
                       ("located_in", "country:kenya"),
                       ("has_form", "form:plunge")],
    "huangguoshu_waterfall": [("described_by", "person:xu_xiake"),
                              ("on_river", "river:baishui_river"),
                              ("located_in", "country:china")],
    "montmorency_falls": [("described_by", "person:samuel_de_champlain"),
                          ("named_after", "person:henri_ii_de_montmorency"),
                          ("on_river", "river:montmorency_river"),
                          ("located_in", "country:canada")],
    "yosemite_falls": [("on_river", "river:yosemite_creek"),
                       ("located_in", "country:united_states"),
                       ("in_park", "park:yosemite_np"),
                       ("has_form", "form:tiered")],
    "bridalveil_fall": [("on_river", "river:bridalveil_creek"),
                        ("located_in", "country:united_states"),
                        ("in_park", "park:yosemite_np")],
}

RATINGS = {
    "ana": {"victoria_falls": 5.0, "angel_falls": 4.5, "niagara_falls": 2.0,
            "kaieteur_falls": 4.0},
    "ben": {"iguazu_falls": 4.5, "yosemite_falls": 1.5, "murchison_falls": 3.0,
            "montmorency_falls": 5.0},
    "chen": {"huangguoshu_waterfall": 5.0, "blue_nile_falls": 2.5,
             "sutherland_falls": 4.0, "boyoma_falls": 1.0},
    "dara": {"bridalveil_fall": 3.5, "thomsons_falls": 4.5, "ripon_falls": 2.0,
             "saint_anthony_falls": 1.5},
    "emil": {"niagara_falls": 4.0, "victoria_falls": 3.0, "kaieteur_falls": 5.0,
             "iguazu_falls": 0.5},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        out += [(f"waterfall:{slug}", rel, tail) for rel, tail in facts]
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"waterfall:{slug}", {"rating": r})
                for slug, r in ratings.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(),
                                           relations=RELATIONS, name="blind128")
