"""A small graph of real carnivals and street festivals (blind191)."""
import kgexplain as kgx

FEST = ("festival",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=FEST),
    kgx.Relation("held_in", phrase="is held in", inverse_phrase="hosts", domain=FEST, range=("city",)),
    kgx.Relation("in_country", phrase="is a city in", inverse_phrase="is the country of", domain=("city",), range=("country",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of festival of", domain=FEST, range=("festival_kind",)),
    kgx.Relation("held_during", phrase="takes place in", inverse_phrase="is the month of", domain=FEST, range=("month",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=FEST, range=("person", "organisation")),
    kgx.Relation("features", phrase="features", inverse_phrase="is a highlight of", domain=FEST, range=("tradition",)),
]

# slug, label, year (first held / first documented), city, kind, months, founder, traditions
FESTIVALS = [
    ("notting_hill_carnival", "Notting Hill Carnival", 1966, "london", "caribbean_carnival", ["august"], "person:rhaune_laslett", ["steelpan"]),
    ("leeds_west_indian_carnival", "Leeds West Indian Carnival", 1967, "leeds", "caribbean_carnival", ["august"], "person:arthur_france", []),
    ("caribana", "Caribana", 1967, "toronto", "caribbean_carnival", [], None, ["steelpan"]),
    ("carnival_of_venice", "Carnival of Venice", 1162, "venice", "pre_lenten_carnival", [], None, ["masks"]),
    ("new_orleans_mardi_gras", "New Orleans Mardi Gras", 1857, "new_orleans", "pre_lenten_carnival", [], None, ["krewes"]),
    ("cologne_carnival", "Cologne Carnival", 1823, "cologne", "street_carnival", [], None, ["rose_monday_parade"]),
    ("basel_fasnacht", "Basel Fasnacht", 1376, "basel", "street_carnival", [], None, ["morgestraich"]),
    ("viareggio_carnival", "Viareggio Carnival", 1873, "viareggio", "pre_lenten_carnival", [], None, ["papier_mache_floats"]),
    ("nice_carnival", "Nice Carnival", 1294, "nice", "pre_lenten_carnival", [], None, ["flower_battles"]),
    ("rio_carnival", "Rio Carnival", 1723, "rio_de_janeiro", "pre_lenten_carnival", [], None, ["samba_schools"]),
    ("love_parade", "Love Parade", 1989, "berlin", "techno_parade", ["july"], "person:dr_motte", []),
    ("street_parade", "Street Parade", 1992, "zurich", "techno_parade", ["august"], "person:marek_krynski", ["love_mobiles"]),
    ("karneval_der_kulturen", "Karneval der Kulturen", 1996, "berlin", "multicultural_street_festival", [], "organisation:werkstatt_der_kulturen", []),
    ("la_tomatina", "La Tomatina", 1945, "bunol", "food_fight", ["august"], None, []),
    ("oktoberfest", "Oktoberfest", 1810, "munich", "folk_festival", ["september", "october"], None, ["beer_tents"]),
    ("sydney_mardi_gras", "Sydney Gay and Lesbian Mardi Gras", 1978, "sydney", "pride_parade", [], None, []),
    ("feast_of_san_gennaro", "Feast of San Gennaro", 1926, "new_york_city", "religious_festival", ["september"], None, []),
    ("mummers_parade", "Mummers Parade", 1901, "philadelphia", "new_years_day_parade", ["january"], None, ["string_bands"]),
    ("quebec_winter_carnival", "Quebec Winter Carnival", 1955, "quebec_city", "winter_carnival", ["february"], None, ["bonhomme_carnaval"]),
    ("gion_matsuri", "Gion Matsuri", 869, "kyoto", "religious_festival", ["july"], None, ["yamaboko_floats"]),
]

CITIES = {
    "london": ("London", "united_kingdom"), "leeds": ("Leeds", "united_kingdom"), "toronto": ("Toronto", "canada"),
    "venice": ("Venice", "italy"), "new_orleans": ("New Orleans", "united_states"), "cologne": ("Cologne", "germany"),
    "basel": ("Basel", "switzerland"), "viareggio": ("Viareggio", "italy"), "nice": ("Nice", "france"),
    "rio_de_janeiro": ("Rio de Janeiro", "brazil"), "berlin": ("Berlin", "germany"), "zurich": ("Zurich", "switzerland"),
    "bunol": ("Buñol", "spain"), "munich": ("Munich", "germany"), "sydney": ("Sydney", "australia"),
    "new_york_city": ("New York City", "united_states"), "philadelphia": ("Philadelphia", "united_states"),
    "quebec_city": ("Quebec City", "canada"), "kyoto": ("Kyoto", "japan"),
}

COUNTRIES = {
    "united_kingdom": "United Kingdom", "canada": "Canada", "italy": "Italy", "united_states": "United States",
    "germany": "Germany", "switzerland": "Switzerland", "france": "France", "brazil": "Brazil", "spain": "Spain",
    "australia": "Australia", "japan": "Japan",
}

KINDS = {
    "caribbean_carnival": "Caribbean carnival", "pre_lenten_carnival": "pre-Lenten carnival",
    "street_carnival": "street carnival", "techno_parade": "techno parade",
    "multicultural_street_festival": "multicultural street festival", "food_fight": "food fight",
    "folk_festival": "folk festival", "pride_parade": "pride parade", "religious_festival": "religious festival",
    "new_years_day_parade": "New Year's Day parade", "winter_carnival": "winter carnival",
}

MONTHS = ["january", "february", "july", "august", "september", "october"]

PEOPLE = {
    "person:rhaune_laslett": ("person", "Rhaune Laslett"), "person:arthur_france": ("person", "Arthur France"),
    "person:dr_motte": ("person", "Dr. Motte"), "person:marek_krynski": ("person", "Marek Krynski"),
    "organisation:werkstatt_der_kulturen": ("organisation", "Werkstatt der Kulturen"),
}

TRADITIONS = {
    "steelpan": "steelpan", "masks": "masks", "krewes": "krewes", "rose_monday_parade": "Rose Monday parade",
    "morgestraich": "Morgestraich", "papier_mache_floats": "papier-mâché floats", "flower_battles": "flower battles",
    "samba_schools": "samba schools", "love_mobiles": "Love Mobiles", "beer_tents": "beer tents",
    "string_bands": "string bands", "bonhomme_carnaval": "Bonhomme Carnaval", "yamaboko_floats": "yamaboko floats",
}

RATINGS = {
    "ana": [("notting_hill_carnival", 5.0), ("carnival_of_venice", 4.5), ("la_tomatina", 1.5), ("gion_matsuri", 3.0)],
    "ben": [("love_parade", 4.0), ("street_parade", 5.0), ("oktoberfest", 2.0), ("rio_carnival", 3.5)],
    "chen": [("rio_carnival", 4.5), ("new_orleans_mardi_gras", 4.0), ("mummers_parade", 1.0), ("quebec_winter_carnival", 2.5)],
    "dara": [("basel_fasnacht", 5.0), ("cologne_carnival", 3.5), ("caribana", 4.0), ("sydney_mardi_gras", 0.5)],
    "emil": [("nice_carnival", 2.0), ("viareggio_carnival", 4.5), ("feast_of_san_gennaro", 5.0), ("karneval_der_kulturen", 3.0)],
}


def entities():
    out = []
    for slug, label, year, *_ in FESTIVALS:
        out.append(kgx.Entity(f"festival:{slug}", kind="item", type="festival", label=label, attrs={"year": year}))
    for slug, (label, _) in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in COUNTRIES.items():
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in KINDS.items():
        out.append(kgx.Entity(f"kind:{slug}", kind="attribute", type="festival_kind", label=label))
    for slug in MONTHS:
        out.append(kgx.Entity(f"month:{slug}", kind="attribute", type="month", label=slug.capitalize()))
    for eid, (etype, label) in PEOPLE.items():
        out.append(kgx.Entity(eid, kind="attribute", type=etype, label=label))
    for slug, label in TRADITIONS.items():
        out.append(kgx.Entity(f"tradition:{slug}", kind="attribute", type="tradition", label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, _label, _year, city, kind, months, founder, traditions in FESTIVALS:
        fid = f"festival:{slug}"
        out.append((fid, "held_in", f"city:{city}"))
        out.append((fid, "has_kind", f"kind:{kind}"))
        for m in months:
            out.append((fid, "held_during", f"month:{m}"))
        if founder:
            out.append((fid, "founded_by", founder))
        for t in traditions:
            out.append((fid, "features", f"tradition:{t}"))
    for slug, (_label, country) in CITIES.items():
        out.append((f"city:{slug}", "in_country", f"country:{country}"))
    for name, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{name}", "rated", f"festival:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind191")
