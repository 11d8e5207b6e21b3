import kgexplain as kgx

DEV = ("device",)
RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=DEV),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=DEV, range=("company",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=DEV, range=("designer",)),
    kgx.Relation("uses_chip", phrase="is powered by", inverse_phrase="powers", domain=DEV, range=("chipset",)),
    kgx.Relation("runs_os", phrase="runs", inverse_phrase="runs on", domain=DEV, range=("os",)),
    kgx.Relation("in_line", phrase="belongs to the product line", inverse_phrase="includes", domain=DEV, range=("product_line",)),
    kgx.Relation("is_category", phrase="is a", inverse_phrase="is the category of", domain=DEV, range=("category",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("country",)),
]

ITEMS = [
    ("d:iphone_x", "iPhone X", 2017), ("d:iphone_4", "iPhone 4", 2010),
    ("d:macbook_air_m1", "MacBook Air (M1)", 2020), ("d:airpods_pro", "AirPods Pro", 2019),
    ("d:galaxy_s8", "Galaxy S8", 2017), ("d:galaxy_note7", "Galaxy Note 7", 2016),
    ("d:pixel_6", "Pixel 6", 2021), ("d:pixel_3", "Pixel 3", 2018),
    ("d:thinkpad_700c", "ThinkPad 700C", 1992), ("d:thinkpad_x1", "ThinkPad X1 Carbon", 2012),
    ("d:wh1000xm4", "WH-1000XM4", 2020), ("d:qc35", "QuietComfort 35", 2016),
    ("d:xps13", "XPS 13", 2015), ("d:surface_laptop", "Surface Laptop", 2017),
    ("d:oneplus_one", "OnePlus One", 2014), ("d:nokia_3310", "Nokia 3310", 2000),
]
ATTRS = {
    "company": [("co:apple", "Apple"), ("co:samsung", "Samsung"), ("co:google", "Google"), ("co:lenovo", "Lenovo"),
                ("co:ibm", "IBM"), ("co:sony", "Sony"), ("co:bose", "Bose"), ("co:dell", "Dell"),
                ("co:microsoft", "Microsoft"), ("co:oneplus", "OnePlus"), ("co:nokia", "Nokia")],
    "designer": [("p:jony_ive", "Jony Ive"), ("p:richard_sapper", "Richard Sapper"), ("p:panos_panay", "Panos Panay")],
    "chipset": [("chip:a11", "A11 Bionic"), ("chip:a4", "Apple A4"), ("chip:m1", "M1"), ("chip:h1", "H1"),
                ("chip:exynos8895", "Exynos 8895"), ("chip:sd820", "Snapdragon 820"), ("chip:tensor", "Google Tensor"),
                ("chip:sd845", "Snapdragon 845"), ("chip:sd801", "Snapdragon 801"), ("chip:qn1", "QN1")],
    "os": [("os:ios", "iOS"), ("os:macos", "macOS"), ("os:android", "Android"), ("os:windows", "Windows"),
           ("os:windows10s", "Windows 10 S"), ("os:cyanogen", "Cyanogen OS"), ("os:series20", "Series 20")],
    "product_line": [("line:iphone", "iPhone"), ("line:macbook_air", "MacBook Air"), ("line:airpods", "AirPods"),
                     ("line:galaxy_s", "Galaxy S"), ("line:galaxy_note", "Galaxy Note"), ("line:pixel", "Pixel"),
                     ("line:thinkpad", "ThinkPad"), ("line:1000x", "1000X"), ("line:quietcomfort", "QuietComfort"),
                     ("line:xps", "XPS"), ("line:surface", "Surface")],
    "category": [("cat:smartphone", "smartphone"), ("cat:laptop", "laptop"), ("cat:headphones", "headphones"),
                 ("cat:earbuds", "wireless earbuds"), ("cat:mobile_phone", "mobile phone")],
    "country": [("c:usa", "United States"), ("c:south_korea", "South Korea"), ("c:china", "China"),
                ("c:japan", "Japan"), ("c:finland", "Finland")],
}
USERS = [("u:ana", "Ana"), ("u:ben", "Ben"), ("u:chloe", "Chloe"), ("u:dev", "Dev"), ("u:emma", "Emma")]


def entities():
    out = [kgx.Entity(i, kind="item", type="device", label=lab, attrs={"year": y}) for i, lab, y in ITEMS]
    for t, lst in ATTRS.items():
        out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, lab in lst]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS]
    return out


FACTS = {
    "d:iphone_x": dict(made_by="co:apple", designed_by="p:jony_ive", uses_chip="chip:a11", runs_os="os:ios", in_line="line:iphone", is_category="cat:smartphone"),
    "d:iphone_4": dict(made_by="co:apple", designed_by="p:jony_ive", uses_chip="chip:a4", runs_os="os:ios", in_line="line:iphone", is_category="cat:smartphone"),
    "d:macbook_air_m1": dict(made_by="co:apple", uses_chip="chip:m1", runs_os="os:macos", in_line="line:macbook_air", is_category="cat:laptop"),
    "d:airpods_pro": dict(made_by="co:apple", uses_chip="chip:h1", in_line="line:airpods", is_category="cat:earbuds"),
    "d:galaxy_s8": dict(made_by="co:samsung", uses_chip="chip:exynos8895", runs_os="os:android", in_line="line:galaxy_s", is_category="cat:smartphone"),
    "d:galaxy_note7": dict(made_by="co:samsung", uses_chip="chip:sd820", runs_os="os:android", in_line="line:galaxy_note", is_category="cat:smartphone"),
    "d:pixel_6": dict(made_by="co:google", uses_chip="chip:tensor", runs_os="os:android", in_line="line:pixel", is_category="cat:smartphone"),
    "d:pixel_3": dict(made_by="co:google", uses_chip="chip:sd845", runs_os="os:android", in_line="line:pixel", is_category="cat:smartphone"),
    "d:thinkpad_700c": dict(made_by="co:ibm", designed_by="p:richard_sapper", in_line="line:thinkpad", is_category="cat:laptop"),
    "d:thinkpad_x1": dict(made_by="co:lenovo", runs_os="os:windows", in_line="line:thinkpad", is_category="cat:laptop"),
    "d:wh1000xm4": dict(made_by="co:sony", uses_chip="chip:qn1", in_line="line:1000x", is_category="cat:headphones"),
    "d:qc35": dict(made_by="co:bose", in_line="line:quietcomfort", is_category="cat:headphones"),
    "d:xps13": dict(made_by="co:dell", runs_os="os:windows", in_line="line:xps", is_category="cat:laptop"),
    "d:surface_laptop": dict(made_by="co:microsoft", designed_by="p:panos_panay", runs_os="os:windows10s", in_line="line:surface", is_category="cat:laptop"),
    "d:oneplus_one": dict(made_by="co:oneplus", uses_chip="chip:sd801", runs_os="os:cyanogen", is_category="cat:smartphone"),
    "d:nokia_3310": dict(made_by="co:nokia", runs_os="os:series20", is_category="cat:mobile_phone"),
}
BASED = {"co:apple": "c:usa", "co:samsung": "c:south_korea", "co:google": "c:usa", "co:lenovo": "c:china",
         "co:ibm": "c:usa", "co:sony": "c:japan", "co:bose": "c:usa", "co:dell": "c:usa",
         "co:microsoft": "c:usa", "co:oneplus": "c:china", "co:nokia": "c:finland"}
RATINGS = [
    ("u:ana", "d:iphone_x", 5.0), ("u:ana", "d:macbook_air_m1", 4.5), ("u:ana", "d:airpods_pro", 2.0), ("u:ana", "d:pixel_6", 3.0),
    ("u:ben", "d:galaxy_s8", 4.0), ("u:ben", "d:thinkpad_x1", 5.0), ("u:ben", "d:xps13", 2.5), ("u:ben", "d:qc35", 4.0),
    ("u:chloe", "d:wh1000xm4", 5.0), ("u:chloe", "d:pixel_3", 4.0), ("u:chloe", "d:nokia_3310", 3.5), ("u:chloe", "d:surface_laptop", 1.5),
    ("u:dev", "d:oneplus_one", 4.5), ("u:dev", "d:galaxy_note7", 1.0), ("u:dev", "d:thinkpad_700c", 5.0), ("u:dev", "d:iphone_4", 3.0),
    ("u:emma", "d:airpods_pro", 4.0), ("u:emma", "d:qc35", 2.0), ("u:emma", "d:iphone_4", 5.0), ("u:emma", "d:macbook_air_m1", 3.0),
]


def rows():
    out = []
    for d, fs in FACTS.items():
        out += [(d, r, t) for r, t in fs.items()]
    out += [(c, "based_in", k) for c, k in BASED.items()]
    out += [(u, "rated", i, {"rating": r}) for u, i, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind49")


if __name__ == "__main__":
    print(build().num_triples)
