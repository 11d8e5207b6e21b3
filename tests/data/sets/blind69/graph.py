"""A small mountains graph: famous peaks, the ranges and countries they stand in, the climbers
who made their first ascents (and where those climbers came from), landform types, peak lists,
and five users who rated the mountains. Each mountain's year is the year of its first ascent."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("mountain",)),
    kgx.Relation("in_range", phrase="is part of", inverse_phrase="includes", domain=("mountain",), range=("mountain_range",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("mountain",), range=("country", "region")),
    kgx.Relation("first_climbed_by", phrase="was first climbed by", inverse_phrase="made the first ascent of", domain=("mountain",), range=("climber",)),
    kgx.Relation("climber_from", phrase="comes from", inverse_phrase="is the home country of", domain=("climber",), range=("country",)),
    kgx.Relation("is_a", phrase="is a", inverse_phrase="is the landform type of", domain=("mountain",), range=("landform",)),
    kgx.Relation("on_list", phrase="is listed among", inverse_phrase="lists", domain=("mountain",), range=("peak_list",)),
]

_MOUNTAINS = [
    ("mountain:mount_everest", "Mount Everest", 1953),
    ("mountain:k2", "K2", 1954),
    ("mountain:annapurna", "Annapurna", 1950),
    ("mountain:nanga_parbat", "Nanga Parbat", 1953),
    ("mountain:kangchenjunga", "Kangchenjunga", 1955),
    ("mountain:makalu", "Makalu", 1955),
    ("mountain:cho_oyu", "Cho Oyu", 1954),
    ("mountain:matterhorn", "Matterhorn", 1865),
    ("mountain:mont_blanc", "Mont Blanc", 1786),
    ("mountain:eiger", "Eiger", 1858),
    ("mountain:denali", "Denali", 1913),
    ("mountain:aconcagua", "Aconcagua", 1897),
    ("mountain:kilimanjaro", "Kilimanjaro", 1889),
    ("mountain:mount_elbrus", "Mount Elbrus", 1874),
    ("mountain:mount_kenya", "Mount Kenya", 1899),
    ("mountain:vinson_massif", "Vinson Massif", 1966),
    ("mountain:chimborazo", "Chimborazo", 1880),
]

_CLIMBERS = [
    ("climber:edmund_hillary", "Edmund Hillary"),
    ("climber:tenzing_norgay", "Tenzing Norgay"),
    ("climber:lino_lacedelli", "Lino Lacedelli"),
    ("climber:achille_compagnoni", "Achille Compagnoni"),
    ("climber:maurice_herzog", "Maurice Herzog"),
    ("climber:louis_lachenal", "Louis Lachenal"),
    ("climber:hermann_buhl", "Hermann Buhl"),
    ("climber:joe_brown", "Joe Brown"),
    ("climber:george_band", "George Band"),
    ("climber:lionel_terray", "Lionel Terray"),
    ("climber:jean_couzy", "Jean Couzy"),
    ("climber:herbert_tichy", "Herbert Tichy"),
    ("climber:edward_whymper", "Edward Whymper"),
    ("climber:jacques_balmat", "Jacques Balmat"),
    ("climber:michel_gabriel_paccard", "Michel-Gabriel Paccard"),
    ("climber:charles_barrington", "Charles Barrington"),
    ("climber:hudson_stuck", "Hudson Stuck"),
    ("climber:walter_harper", "Walter Harper"),
    ("climber:matthias_zurbriggen", "Matthias Zurbriggen"),
    ("climber:hans_meyer", "Hans Meyer"),
    ("climber:ludwig_purtscheller", "Ludwig Purtscheller"),
    ("climber:florence_crauford_grove", "Florence Crauford Grove"),
    ("climber:halford_mackinder", "Halford Mackinder"),
    ("climber:nicholas_clinch", "Nicholas Clinch"),
]

_COUNTRIES = ["Nepal", "China", "Pakistan", "India", "Switzerland", "Italy", "France",
              "United States", "Argentina", "Tanzania", "Russia", "Kenya", "Ecuador",
              "New Zealand", "Austria", "United Kingdom", "Ireland", "Germany"]

_RANGES = ["Himalayas", "Karakoram", "Alps", "Alaska Range", "Andes", "Caucasus", "Sentinel Range"]


def _slug(label):
    return label.lower().replace(" ", "_").replace("-", "_")


def entities():
    out = [kgx.Entity(i, kind="item", type="mountain", label=lab, attrs={"year": y}) for i, lab, y in _MOUNTAINS]
    out += [kgx.Entity(i, kind="attribute", type="climber", label=lab) for i, lab in _CLIMBERS]
    out += [kgx.Entity("country:" + _slug(c), kind="attribute", type="country", label=c) for c in _COUNTRIES]
    out.append(kgx.Entity("region:antarctica", kind="attribute", type="region", label="Antarctica"))
    out += [kgx.Entity("mountain_range:" + _slug(r), kind="attribute", type="mountain_range", label=r) for r in _RANGES]
    out.append(kgx.Entity("landform:stratovolcano", kind="attribute", type="landform", label="stratovolcano"))
    out.append(kgx.Entity("landform:pyramidal_peak", kind="attribute", type="landform", label="pyramidal peak"))
    out.append(kgx.Entity("peak_list:seven_summits", kind="attribute", type="peak_list", label="Seven Summits"))
    out.append(kgx.Entity("peak_list:eight_thousanders", kind="attribute", type="peak_list", label="eight-thousanders"))
    for u in ["ana", "ben", "chen", "dara", "eli"]:
        out.append(kgx.Entity("user:" + u, kind="user", type="user", label=u))
    return out


def _m(x):
    return "mountain:" + x


def _c(x):
    return "country:" + x


def rows():
    t = []
    # ranges
    for m, r in [("mount_everest", "himalayas"), ("annapurna", "himalayas"), ("nanga_parbat", "himalayas"),
                 ("kangchenjunga", "himalayas"), ("makalu", "himalayas"), ("cho_oyu", "himalayas"),
                 ("k2", "karakoram"), ("matterhorn", "alps"), ("mont_blanc", "alps"), ("eiger", "alps"),
                 ("denali", "alaska_range"), ("aconcagua", "andes"), ("chimborazo", "andes"),
                 ("mount_elbrus", "caucasus"), ("vinson_massif", "sentinel_range")]:
        t.append((_m(m), "in_range", "mountain_range:" + r))
    # locations
    for m, cs in [("mount_everest", ["nepal", "china"]), ("k2", ["pakistan", "china"]), ("annapurna", ["nepal"]),
                  ("nanga_parbat", ["pakistan"]), ("kangchenjunga", ["nepal", "india"]), ("makalu", ["nepal", "china"]),
                  ("cho_oyu", ["nepal", "china"]), ("matterhorn", ["switzerland", "italy"]),
                  ("mont_blanc", ["france", "italy"]), ("eiger", ["switzerland"]), ("denali", ["united_states"]),
                  ("aconcagua", ["argentina"]), ("kilimanjaro", ["tanzania"]), ("mount_elbrus", ["russia"]),
                  ("mount_kenya", ["kenya"]), ("chimborazo", ["ecuador"])]:
        for c in cs:
            t.append((_m(m), "located_in", _c(c)))
    t.append((_m("vinson_massif"), "located_in", "region:antarctica"))
    # first ascents
    for m, cl in [("mount_everest", ["edmund_hillary", "tenzing_norgay"]),
                  ("k2", ["lino_lacedelli", "achille_compagnoni"]),
                  ("annapurna", ["maurice_herzog", "louis_lachenal"]),
                  ("nanga_parbat", ["hermann_buhl"]),
                  ("kangchenjunga", ["joe_brown", "george_band"]),
                  ("makalu", ["lionel_terray", "jean_couzy"]),
                  ("cho_oyu", ["herbert_tichy"]),
                  ("matterhorn", ["edward_whymper"]),
                  ("mont_blanc", ["jacques_balmat", "michel_gabriel_paccard"]),
                  ("eiger", ["charles_barrington"]),
                  ("denali", ["hudson_stuck", "walter_harper"]),
                  ("aconcagua", ["matthias_zurbriggen"]),
                  ("kilimanjaro", ["hans_meyer", "ludwig_purtscheller"]),
                  ("mount_elbrus", ["florence_crauford_grove"]),
                  ("mount_kenya", ["halford_mackinder"]),
                  ("vinson_massif", ["nicholas_clinch"]),
                  ("chimborazo", ["edward_whymper"])]:
        for c in cl:
            t.append((_m(m), "first_climbed_by", "climber:" + c))
    # climbers' home countries
    for cl, c in [("edmund_hillary", "new_zealand"), ("lino_lacedelli", "italy"), ("achille_compagnoni", "italy"),
                  ("maurice_herzog", "france"), ("louis_lachenal", "france"), ("hermann_buhl", "austria"),
                  ("joe_brown", "united_kingdom"), ("george_band", "united_kingdom"), ("lionel_terray", "france"),
                  ("jean_couzy", "france"), ("herbert_tichy", "austria"), ("edward_whymper", "united_kingdom"),
                  ("charles_barrington", "ireland"), ("walter_harper", "united_states"),
                  ("matthias_zurbriggen", "switzerland"), ("hans_meyer", "germany"),
                  ("ludwig_purtscheller", "austria"), ("florence_crauford_grove", "united_kingdom"),
                  ("halford_mackinder", "united_kingdom"), ("nicholas_clinch", "united_states")]:
        t.append(("climber:" + cl, "climber_from", _c(c)))
    # landforms
    for m in ["kilimanjaro", "mount_elbrus", "mount_kenya", "chimborazo"]:
        t.append((_m(m), "is_a", "landform:stratovolcano"))
    t.append((_m("matterhorn"), "is_a", "landform:pyramidal_peak"))
    # peak lists
    for m in ["mount_everest", "denali", "aconcagua", "kilimanjaro", "mount_elbrus", "vinson_massif"]:
        t.append((_m(m), "on_list", "peak_list:seven_summits"))
    for m in ["mount_everest", "k2", "annapurna", "nanga_parbat", "kangchenjunga", "makalu", "cho_oyu"]:
        t.append((_m(m), "on_list", "peak_list:eight_thousanders"))
    # ratings
    for u, m, r in [("ana", "mount_everest", 5.0), ("ana", "matterhorn", 4.5), ("ana", "k2", 3.0), ("ana", "kilimanjaro", 2.5),
                    ("ben", "denali", 4.0), ("ben", "aconcagua", 3.5), ("ben", "eiger", 5.0), ("ben", "mont_blanc", 2.0),
                    ("chen", "annapurna", 4.5), ("chen", "makalu", 4.0), ("chen", "cho_oyu", 1.5), ("chen", "mount_everest", 3.5),
                    ("dara", "chimborazo", 5.0), ("dara", "mount_kenya", 3.0), ("dara", "mount_elbrus", 4.0), ("dara", "vinson_massif", 2.5),
                    ("eli", "kangchenjunga", 4.5), ("eli", "nanga_parbat", 2.0), ("eli", "matterhorn", 3.5), ("eli", "k2", 5.0)]:
        t.append(("user:" + u, "rated", _m(m), {"rating": r}))
    return t


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind69")
