"""blind219: a small smartphones graph (real phones, real facts)."""
import kgexplain as kgx

P = "smartphone"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(P,)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed", domain=(P,), range=("company",)),
    kgx.Relation("runs", phrase="runs", inverse_phrase="runs on", domain=(P,), range=("operating_system",)),
    kgx.Relation("powered_by", phrase="is powered by", inverse_phrase="powers", domain=(P,), range=("chip",)),
    kgx.Relation("unveiled_in", phrase="was unveiled in", inverse_phrase="hosted the unveiling of", domain=(P,), range=("city",)),
    kgx.Relation("has_form_factor", phrase="is a", inverse_phrase="is the form factor of", domain=(P,), range=("form_factor",)),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=(P,), range=(P,)),
]

PHONES = [  # (slug, label, year first announced, aliases)
    ("iphone", "iPhone", 2007, ("original iPhone",)),
    ("iphone_3gs", "iPhone 3GS", 2009, ()),
    ("iphone_4", "iPhone 4", 2010, ()),
    ("iphone_6", "iPhone 6", 2014, ()),
    ("iphone_x", "iPhone X", 2017, ()),
    ("galaxy_s", "Samsung Galaxy S", 2010, ("Galaxy S",)),
    ("galaxy_s2", "Samsung Galaxy S II", 2011, ("Galaxy S II", "Galaxy S2")),
    ("galaxy_s7", "Samsung Galaxy S7", 2016, ("Galaxy S7",)),
    ("galaxy_s8", "Samsung Galaxy S8", 2017, ("Galaxy S8",)),
    ("galaxy_note7", "Samsung Galaxy Note 7", 2016, ("Galaxy Note 7", "Note 7")),
    ("galaxy_fold", "Samsung Galaxy Fold", 2019, ("Galaxy Fold",)),
    ("pixel", "Google Pixel", 2016, ("Pixel",)),
    ("pixel_2", "Pixel 2", 2017, ("Google Pixel 2",)),
    ("pixel_3", "Pixel 3", 2018, ("Google Pixel 3",)),
    ("nokia_n95", "Nokia N95", 2006, ("N95",)),
    ("lumia_920", "Nokia Lumia 920", 2012, ("Lumia 920",)),
    ("blackberry_bold_9000", "BlackBerry Bold 9000", 2008, ("Bold 9000",)),
    ("htc_dream", "HTC Dream", 2008, ("T-Mobile G1",)),
    ("razr_2019", "Motorola Razr", 2019, ("Razr",)),
]

ATTRS = [
    # companies
    ("company:apple", "company", "Apple"),
    ("company:samsung", "company", "Samsung"),
    ("company:google", "company", "Google"),
    ("company:nokia", "company", "Nokia"),
    ("company:rim", "company", "Research In Motion", ("RIM",)),
    ("company:htc", "company", "HTC"),
    ("company:motorola", "company", "Motorola"),
    # operating systems
    ("os:ios", "operating_system", "iOS"),
    ("os:android", "operating_system", "Android"),
    ("os:symbian", "operating_system", "Symbian"),
    ("os:windows_phone", "operating_system", "Windows Phone"),
    ("os:blackberry_os", "operating_system", "BlackBerry OS"),
    # chips
    ("chip:apple_a4", "chip", "Apple A4"),
    ("chip:apple_a8", "chip", "Apple A8"),
    ("chip:apple_a11", "chip", "Apple A11 Bionic", ("A11 Bionic",)),
    ("chip:exynos_3110", "chip", "Exynos 3110"),
    ("chip:exynos_4210", "chip", "Exynos 4210"),
    ("chip:exynos_8890", "chip", "Exynos 8890"),
    ("chip:exynos_8895", "chip", "Exynos 8895"),
    ("chip:snapdragon_820", "chip", "Snapdragon 820"),
    ("chip:snapdragon_821", "chip", "Snapdragon 821"),
    ("chip:snapdragon_835", "chip", "Snapdragon 835"),
    ("chip:snapdragon_845", "chip", "Snapdragon 845"),
    ("chip:snapdragon_855", "chip", "Snapdragon 855"),
    ("chip:snapdragon_710", "chip", "Snapdragon 710"),
    ("chip:snapdragon_s4", "chip", "Snapdragon S4"),
    ("chip:msm7201a", "chip", "Qualcomm MSM7201A", ("MSM7201A",)),
    ("chip:omap2420", "chip", "OMAP 2420"),
    # cities
    ("city:san_francisco", "city", "San Francisco"),
    ("city:cupertino", "city", "Cupertino"),
    ("city:new_york", "city", "New York"),
    ("city:barcelona", "city", "Barcelona"),
    ("city:las_vegas", "city", "Las Vegas"),
    ("city:los_angeles", "city", "Los Angeles"),
    # form factors
    ("form:slate", "form_factor", "slate"),
    ("form:phablet", "form_factor", "phablet"),
    ("form:foldable", "form_factor", "foldable"),
    ("form:flip_phone", "form_factor", "flip phone"),
    ("form:slider", "form_factor", "slider"),
    ("form:candybar", "form_factor", "candybar"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"phone:{slug}", kind="item", type=P, label=label, aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in PHONES]
    out += [kgx.Entity(a[0], kind="attribute", type=a[1], label=a[2], aliases=a[3] if len(a) > 3 else ())
            for a in ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# phone slug -> (developer, os, [chips], city or None, [form factors])
FACTS = {
    "iphone": ("apple", "ios", [], "san_francisco", ["slate"]),
    "iphone_3gs": ("apple", "ios", [], "san_francisco", ["slate"]),
    "iphone_4": ("apple", "ios", ["apple_a4"], "san_francisco", ["slate"]),
    "iphone_6": ("apple", "ios", ["apple_a8"], "cupertino", ["slate"]),
    "iphone_x": ("apple", "ios", ["apple_a11"], "cupertino", ["slate"]),
    "galaxy_s": ("samsung", "android", ["exynos_3110"], "las_vegas", ["slate"]),
    "galaxy_s2": ("samsung", "android", ["exynos_4210"], "barcelona", ["slate"]),
    "galaxy_s7": ("samsung", "android", ["exynos_8890", "snapdragon_820"], "barcelona", ["slate"]),
    "galaxy_s8": ("samsung", "android", ["exynos_8895", "snapdragon_835"], "new_york", ["slate"]),
    "galaxy_note7": ("samsung", "android", ["exynos_8890", "snapdragon_820"], "new_york", ["phablet"]),
    "galaxy_fold": ("samsung", "android", ["snapdragon_855"], "san_francisco", ["foldable"]),
    "pixel": ("google", "android", ["snapdragon_821"], "san_francisco", ["slate"]),
    "pixel_2": ("google", "android", ["snapdragon_835"], "san_francisco", ["slate"]),
    "pixel_3": ("google", "android", ["snapdragon_845"], "new_york", ["slate"]),
    "nokia_n95": ("nokia", "symbian", ["omap2420"], None, ["slider"]),
    "lumia_920": ("nokia", "windows_phone", ["snapdragon_s4"], "new_york", ["slate"]),
    "blackberry_bold_9000": ("rim", "blackberry_os", [], None, ["candybar"]),
    "htc_dream": ("htc", "android", ["msm7201a"], "new_york", ["slider"]),
    "razr_2019": ("motorola", "android", ["snapdragon_710"], "los_angeles", ["foldable", "flip_phone"]),
}

SUCCESSIONS = [  # (newer, older)
    ("iphone_4", "iphone_3gs"),
    ("galaxy_s2", "galaxy_s"),
    ("galaxy_s8", "galaxy_s7"),
    ("pixel_2", "pixel"),
    ("pixel_3", "pixel_2"),
]

RATINGS = {
    "ana": [("iphone_x", 5.0), ("pixel_3", 2.0), ("galaxy_s8", 4.0), ("nokia_n95", 4.5)],
    "ben": [("galaxy_fold", 1.5), ("razr_2019", 4.5), ("iphone_4", 5.0), ("lumia_920", 3.0)],
    "chen": [("htc_dream", 4.0), ("blackberry_bold_9000", 1.0), ("pixel", 4.5), ("galaxy_note7", 0.5)],
    "dara": [("iphone", 5.0), ("galaxy_s2", 3.5), ("iphone_6", 2.0), ("pixel_2", 4.0)],
    "emil": [("galaxy_s7", 4.5), ("lumia_920", 5.0), ("iphone_3gs", 1.5), ("galaxy_s", 3.0)],
}


def rows():
    out = []
    for slug, (dev, os_, chips, city, forms) in FACTS.items():
        h = f"phone:{slug}"
        out.append((h, "developed_by", f"company:{dev}"))
        out.append((h, "runs", f"os:{os_}"))
        for c in chips:
            out.append((h, "powered_by", f"chip:{c}"))
        if city:
            out.append((h, "unveiled_in", f"city:{city}"))
        for f in forms:
            out.append((h, "has_form_factor", f"form:{f}"))
    for newer, older in SUCCESSIONS:
        out.append((f"phone:{newer}", "succeeded", f"phone:{older}"))
    for u, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{u}", "rated", f"phone:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind219")
