"""blind162: a small lunar craters graph (facts to the best of the writer's knowledge).

The item attribute ``year`` is the year the crater's name was first given: 1651 for the
names from Giovanni Riccioli's Almagestum Novum, otherwise the year the IAU approved it.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("crater",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of",
                 domain=("crater",), range=("person",)),
    kgx.Relation("named_by", phrase="was named by", inverse_phrase="gave its name to",
                 domain=("crater",), range=("person", "organisation")),
    kgx.Relation("lies_on", phrase="lies on the", inverse_phrase="is home to",
                 domain=("crater",), range=("hemisphere",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="contains",
                 domain=("crater",), range=("region",)),
    kgx.Relation("has_feature", phrase="has a", inverse_phrase="is found in",
                 domain=("crater",), range=("feature",)),
    kgx.Relation("visited_by", phrase="was visited by", inverse_phrase="visited",
                 domain=("crater",), range=("spacecraft",)),
]

# slug, label, year
CRATERS = [
    ("tycho", "Tycho", 1651),
    ("copernicus", "Copernicus", 1651),
    ("kepler", "Kepler", 1651),
    ("aristarchus", "Aristarchus", 1651),
    ("plato", "Plato", 1651),
    ("archimedes", "Archimedes", 1651),
    ("clavius", "Clavius", 1651),
    ("alphonsus", "Alphonsus", 1651),
    ("grimaldi", "Grimaldi", 1651),
    ("theophilus", "Theophilus", 1651),
    ("tsiolkovskiy", "Tsiolkovskiy", 1961),
    ("giordano_bruno", "Giordano Bruno", 1961),
    ("korolev", "Korolev", 1970),
    ("gagarin", "Gagarin", 1970),
    ("von_karman", "Von Kármán", 1970),
    ("apollo", "Apollo", 1970),
    ("schrodinger", "Schrödinger", 1970),
    ("shackleton", "Shackleton", 1994),
]

PERSONS = [
    ("tycho_brahe", "Tycho Brahe"),
    ("nicolaus_copernicus", "Nicolaus Copernicus"),
    ("johannes_kepler", "Johannes Kepler"),
    ("aristarchus_of_samos", "Aristarchus of Samos"),
    ("christopher_clavius", "Christopher Clavius"),
    ("alfonso_x", "Alfonso X of Castile"),
    ("francesco_grimaldi", "Francesco Maria Grimaldi"),
    ("theophilus_of_alexandria", "Theophilus of Alexandria"),
    ("konstantin_tsiolkovsky", "Konstantin Tsiolkovsky"),
    ("sergei_korolev", "Sergei Korolev"),
    ("yuri_gagarin", "Yuri Gagarin"),
    ("theodore_von_karman", "Theodore von Kármán"),
    ("erwin_schrodinger", "Erwin Schrödinger"),
    ("ernest_shackleton", "Ernest Shackleton"),
    ("giovanni_riccioli", "Giovanni Riccioli"),
]

ATTRS = [
    ("organisation:iau", "organisation", "International Astronomical Union", ("IAU",)),
    ("hemisphere:near_side", "hemisphere", "near side", ("near side of the Moon",)),
    ("hemisphere:far_side", "hemisphere", "far side", ("far side of the Moon",)),
    ("region:oceanus_procellarum", "region", "Oceanus Procellarum", ()),
    ("region:mare_imbrium", "region", "Mare Imbrium", ()),
    ("region:south_pole_aitken_basin", "region", "South Pole–Aitken basin", ()),
    ("feature:ray_system", "feature", "ray system", ()),
    ("feature:central_peak", "feature", "central peak", ()),
    ("feature:flooded_floor", "feature", "lava-flooded floor", ()),
    ("feature:peak_ring", "feature", "peak ring", ()),
    ("feature:permanently_shadowed_floor", "feature", "permanently shadowed floor", ()),
    ("spacecraft:surveyor_7", "spacecraft", "Surveyor 7", ()),
    ("spacecraft:ranger_9", "spacecraft", "Ranger 9", ()),
    ("spacecraft:change_4", "spacecraft", "Chang'e 4", ()),
    ("spacecraft:yutu_2", "spacecraft", "Yutu-2", ()),
    ("spacecraft:change_6", "spacecraft", "Chang'e 6", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

NAMED_AFTER = {
    "tycho": "tycho_brahe",
    "copernicus": "nicolaus_copernicus",
    "kepler": "johannes_kepler",
    "aristarchus": "aristarchus_of_samos",
    "clavius": "christopher_clavius",
    "alphonsus": "alfonso_x",
    "grimaldi": "francesco_grimaldi",
    "theophilus": "theophilus_of_alexandria",
    "tsiolkovskiy": "konstantin_tsiolkovsky",
    "korolev": "sergei_korolev",
    "gagarin": "yuri_gagarin",
    "von_karman": "theodore_von_karman",
    "schrodinger": "erwin_schrodinger",
    "shackleton": "ernest_shackleton",
}

NEAR = ["tycho", "copernicus", "kepler", "aristarchus", "plato", "archimedes",
        "clavius", "alphonsus", "grimaldi", "theophilus"]
FAR = ["tsiolkovskiy", "giordano_bruno", "korolev", "gagarin", "von_karman",
       "apollo", "schrodinger"]

LOCATED_IN = [
    ("copernicus", "oceanus_procellarum"),
    ("aristarchus", "oceanus_procellarum"),
    ("archimedes", "mare_imbrium"),
    ("von_karman", "south_pole_aitken_basin"),
    ("apollo", "south_pole_aitken_basin"),
    ("schrodinger", "south_pole_aitken_basin"),
]

FEATURES = [
    ("tycho", "ray_system"), ("tycho", "central_peak"),
    ("copernicus", "ray_system"), ("copernicus", "central_peak"),
    ("kepler", "ray_system"),
    ("aristarchus", "ray_system"), ("aristarchus", "central_peak"),
    ("plato", "flooded_floor"),
    ("archimedes", "flooded_floor"),
    ("alphonsus", "central_peak"),
    ("theophilus", "central_peak"),
    ("grimaldi", "flooded_floor"),
    ("tsiolkovskiy", "central_peak"), ("tsiolkovskiy", "flooded_floor"),
    ("giordano_bruno", "ray_system"),
    ("von_karman", "flooded_floor"),
    ("schrodinger", "peak_ring"),
    ("apollo", "peak_ring"),
    ("korolev", "peak_ring"),
    ("shackleton", "permanently_shadowed_floor"),
]

VISITED_BY = [
    ("tycho", "surveyor_7"),
    ("alphonsus", "ranger_9"),
    ("von_karman", "change_4"),
    ("von_karman", "yutu_2"),
    ("apollo", "change_6"),
]

RATINGS = [
    ("ana", "tycho", 5.0), ("ana", "copernicus", 4.5), ("ana", "plato", 2.0), ("ana", "korolev", 3.0),
    ("ben", "aristarchus", 4.0), ("ben", "von_karman", 5.0), ("ben", "clavius", 1.5), ("ben", "apollo", 3.5),
    ("chen", "shackleton", 4.5), ("chen", "tsiolkovskiy", 5.0), ("chen", "grimaldi", 1.0), ("chen", "kepler", 3.0),
    ("dara", "theophilus", 4.0), ("dara", "alphonsus", 2.0), ("dara", "schrodinger", 5.0), ("dara", "gagarin", 2.5),
    ("emil", "archimedes", 1.5), ("emil", "giordano_bruno", 4.5), ("emil", "tycho", 2.0), ("emil", "korolev", 4.0),
]


def entities():
    out = [kgx.Entity(f"crater:{slug}", kind="item", type="crater", label=label, attrs={"year": year})
           for slug, label, year in CRATERS]
    out += [kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label)
            for slug, label in PERSONS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=aliases)
            for eid, typ, label, aliases in ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for crater, person in NAMED_AFTER.items():
        out.append((f"crater:{crater}", "named_after", f"person:{person}"))
    for slug, _label, year in CRATERS:
        namer = "person:giovanni_riccioli" if year == 1651 else "organisation:iau"
        out.append((f"crater:{slug}", "named_by", namer))
    for c in NEAR:
        out.append((f"crater:{c}", "lies_on", "hemisphere:near_side"))
    for c in FAR:
        out.append((f"crater:{c}", "lies_on", "hemisphere:far_side"))
    for c, r in LOCATED_IN:
        out.append((f"crater:{c}", "located_in", f"region:{r}"))
    for c, f in FEATURES:
        out.append((f"crater:{c}", "has_feature", f"feature:{f}"))
    for c, s in VISITED_BY:
        out.append((f"crater:{c}", "visited_by", f"spacecraft:{s}"))
    for u, c, r in RATINGS:
        out.append((f"user:{u}", "rated", f"crater:{c}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind162")
