"""blind88: a small mountains graph (first ascents, ranges, countries, kinds)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("mountain",)),
    kgx.Relation("first_climbed_by", phrase="was first climbed by",
                 inverse_phrase="made the first ascent of",
                 domain=("mountain",), range=("person",)),
    kgx.Relation("in_range", phrase="is part of", inverse_phrase="contains",
                 domain=("mountain",), range=("range",)),
    kgx.Relation("located_in", phrase="lies in", inverse_phrase="is home to",
                 domain=("mountain",), range=("country", "continent")),
    kgx.Relation("has_kind", phrase="is classed as a", inverse_phrase="is the class of",
                 domain=("mountain",), range=("kind",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave his name to",
                 domain=("mountain",), range=("person",)),
    kgx.Relation("member_of", phrase="is one of", inverse_phrase="counts among its peaks",
                 domain=("mountain",), range=("group",)),
]

# slug, label, year of the first ascent
MOUNTAINS = [
    ("everest", "Mount Everest", 1953),
    ("k2", "K2", 1954),
    ("kangchenjunga", "Kangchenjunga", 1955),
    ("lhotse", "Lhotse", 1956),
    ("nanga_parbat", "Nanga Parbat", 1953),
    ("annapurna", "Annapurna", 1950),
    ("cho_oyu", "Cho Oyu", 1954),
    ("matterhorn", "Matterhorn", 1865),
    ("mont_blanc", "Mont Blanc", 1786),
    ("eiger", "Eiger", 1858),
    ("denali", "Denali", 1913),
    ("aconcagua", "Aconcagua", 1897),
    ("kilimanjaro", "Kilimanjaro", 1889),
    ("elbrus", "Mount Elbrus", 1874),
    ("mount_kenya", "Mount Kenya", 1899),
    ("cotopaxi", "Cotopaxi", 1872),
    ("aoraki", "Aoraki / Mount Cook", 1894),
    ("vinson", "Mount Vinson", 1966),
]

PEOPLE = [
    ("edmund_hillary", "Edmund Hillary"), ("tenzing_norgay", "Tenzing Norgay"),
    ("lino_lacedelli", "Lino Lacedelli"), ("achille_compagnoni", "Achille Compagnoni"),
    ("joe_brown", "Joe Brown"), ("george_band", "George Band"),
    ("ernst_reiss", "Ernst Reiss"), ("fritz_luchsinger", "Fritz Luchsinger"),
    ("hermann_buhl", "Hermann Buhl"),
    ("maurice_herzog", "Maurice Herzog"), ("louis_lachenal", "Louis Lachenal"),
    ("herbert_tichy", "Herbert Tichy"), ("joseph_jochler", "Joseph Jöchler"),
    ("pasang_dawa_lama", "Pasang Dawa Lama"),
    ("edward_whymper", "Edward Whymper"), ("michel_croz", "Michel Croz"),
    ("jacques_balmat", "Jacques Balmat"), ("michel_gabriel_paccard", "Michel-Gabriel Paccard"),
    ("charles_barrington", "Charles Barrington"), ("christian_almer", "Christian Almer"),
    ("hudson_stuck", "Hudson Stuck"), ("walter_harper", "Walter Harper"),
    ("matthias_zurbriggen", "Matthias Zurbriggen"),
    ("hans_meyer", "Hans Meyer"), ("ludwig_purtscheller", "Ludwig Purtscheller"),
    ("horace_walker", "Horace Walker"), ("peter_knubel", "Peter Knubel"),
    ("halford_mackinder", "Halford Mackinder"), ("cesar_ollier", "César Ollier"),
    ("joseph_brocherel", "Joseph Brocherel"),
    ("wilhelm_reiss", "Wilhelm Reiss"), ("angel_escobar", "Angel Escobar"),
    ("tom_fyfe", "Tom Fyfe"), ("george_graham", "George Graham"), ("jack_clarke", "Jack Clarke"),
    ("barry_corbet", "Barry Corbet"), ("pete_schoening", "Pete Schoening"),
    ("george_everest", "George Everest"), ("james_cook", "James Cook"),
    ("carl_vinson", "Carl Vinson"),
]

RANGES = [
    ("himalayas", "Himalayas"), ("karakoram", "Karakoram"), ("alps", "Alps"),
    ("alaska_range", "Alaska Range"), ("andes", "Andes"),
    ("caucasus", "Caucasus Mountains"), ("southern_alps", "Southern Alps"),
    ("sentinel_range", "Sentinel Range"),
]

COUNTRIES = [
    ("nepal", "Nepal"), ("china", "China"), ("pakistan", "Pakistan"), ("india", "India"),
    ("switzerland", "Switzerland"), ("italy", "Italy"), ("france", "France"),
    ("united_states", "United States"), ("argentina", "Argentina"), ("tanzania", "Tanzania"),
    ("russia", "Russia"), ("kenya", "Kenya"), ("ecuador", "Ecuador"),
    ("new_zealand", "New Zealand"),
]

KINDS = [
    ("eight_thousander", "Eight-thousander"), ("four_thousander", "Four-thousander"),
    ("stratovolcano", "Stratovolcano"), ("pyramidal_peak", "Pyramidal peak"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"mountain:{s}", kind="item", type="mountain", label=name, attrs={"year": y})
           for s, name, y in MOUNTAINS]
    out += [kgx.Entity(f"person:{s}", kind="attribute", type="person", label=name) for s, name in PEOPLE]
    out += [kgx.Entity(f"range:{s}", kind="attribute", type="range", label=name) for s, name in RANGES]
    out += [kgx.Entity(f"country:{s}", kind="attribute", type="country", label=name) for s, name in COUNTRIES]
    out.append(kgx.Entity("continent:antarctica", kind="attribute", type="continent", label="Antarctica"))
    out += [kgx.Entity(f"kind:{s}", kind="attribute", type="kind", label=name) for s, name in KINDS]
    out.append(kgx.Entity("group:seven_summits", kind="attribute", type="group", label="Seven Summits"))
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FIRST_ASCENTS = {
    "everest": ["edmund_hillary", "tenzing_norgay"],
    "k2": ["lino_lacedelli", "achille_compagnoni"],
    "kangchenjunga": ["joe_brown", "george_band"],
    "lhotse": ["ernst_reiss", "fritz_luchsinger"],
    "nanga_parbat": ["hermann_buhl"],
    "annapurna": ["maurice_herzog", "louis_lachenal"],
    "cho_oyu": ["herbert_tichy", "joseph_jochler", "pasang_dawa_lama"],
    "matterhorn": ["edward_whymper", "michel_croz"],
    "mont_blanc": ["jacques_balmat", "michel_gabriel_paccard"],
    "eiger": ["charles_barrington", "christian_almer"],
    "denali": ["hudson_stuck", "walter_harper"],
    "aconcagua": ["matthias_zurbriggen"],
    "kilimanjaro": ["hans_meyer", "ludwig_purtscheller"],
    "elbrus": ["horace_walker", "peter_knubel"],
    "mount_kenya": ["halford_mackinder", "cesar_ollier", "joseph_brocherel"],
    "cotopaxi": ["wilhelm_reiss", "angel_escobar"],
    "aoraki": ["tom_fyfe", "george_graham", "jack_clarke"],
    "vinson": ["barry_corbet", "pete_schoening"],
}

RANGE_OF = {
    "everest": "himalayas", "kangchenjunga": "himalayas", "lhotse": "himalayas",
    "nanga_parbat": "himalayas", "annapurna": "himalayas", "cho_oyu": "himalayas",
    "k2": "karakoram",
    "matterhorn": "alps", "mont_blanc": "alps", "eiger": "alps",
    "denali": "alaska_range", "aconcagua": "andes", "cotopaxi": "andes",
    "elbrus": "caucasus", "aoraki": "southern_alps", "vinson": "sentinel_range",
}

COUNTRY_OF = {
    "everest": ["nepal", "china"], "k2": ["pakistan", "china"],
    "kangchenjunga": ["nepal", "india"], "lhotse": ["nepal", "china"],
    "nanga_parbat": ["pakistan"], "annapurna": ["nepal"], "cho_oyu": ["nepal", "china"],
    "matterhorn": ["switzerland", "italy"], "mont_blanc": ["france", "italy"],
    "eiger": ["switzerland"], "denali": ["united_states"], "aconcagua": ["argentina"],
    "kilimanjaro": ["tanzania"], "elbrus": ["russia"], "mount_kenya": ["kenya"],
    "cotopaxi": ["ecuador"], "aoraki": ["new_zealand"],
}

KIND_OF = {
    "everest": ["eight_thousander"], "k2": ["eight_thousander"],
    "kangchenjunga": ["eight_thousander"], "lhotse": ["eight_thousander"],
    "nanga_parbat": ["eight_thousander"], "annapurna": ["eight_thousander"],
    "cho_oyu": ["eight_thousander"],
    "matterhorn": ["four_thousander", "pyramidal_peak"], "mont_blanc": ["four_thousander"],
    "kilimanjaro": ["stratovolcano"], "elbrus": ["stratovolcano"],
    "mount_kenya": ["stratovolcano"], "cotopaxi": ["stratovolcano"],
}

NAMED_AFTER = {"everest": "george_everest", "aoraki": "james_cook", "vinson": "carl_vinson"}

SEVEN_SUMMITS = ["everest", "aconcagua", "denali", "kilimanjaro", "elbrus", "vinson"]

RATINGS = {
    "ana": {"everest": 5.0, "matterhorn": 4.5, "k2": 2.0, "kilimanjaro": 3.0},
    "ben": {"mont_blanc": 4.0, "denali": 1.5, "aconcagua": 5.0, "eiger": 3.5},
    "chen": {"annapurna": 4.5, "kangchenjunga": 1.0, "cotopaxi": 3.0, "mount_kenya": 4.0},
    "dara": {"elbrus": 2.0, "aoraki": 5.0, "lhotse": 4.0, "nanga_parbat": 0.5},
    "emil": {"vinson": 4.5, "cho_oyu": 2.5, "matterhorn": 1.5, "everest": 3.5},
}


def rows():
    out = []
    for m, people in FIRST_ASCENTS.items():
        out += [(f"mountain:{m}", "first_climbed_by", f"person:{p}") for p in people]
    for m, r in RANGE_OF.items():
        out.append((f"mountain:{m}", "in_range", f"range:{r}"))
    for m, cs in COUNTRY_OF.items():
        out += [(f"mountain:{m}", "located_in", f"country:{c}") for c in cs]
    out.append(("mountain:vinson", "located_in", "continent:antarctica"))
    for m, ks in KIND_OF.items():
        out += [(f"mountain:{m}", "has_kind", f"kind:{k}") for k in ks]
    for m, p in NAMED_AFTER.items():
        out.append((f"mountain:{m}", "named_after", f"person:{p}"))
    out += [(f"mountain:{m}", "member_of", "group:seven_summits") for m in SEVEN_SUMMITS]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"mountain:{m}", {"rating": r}) for m, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind88")
