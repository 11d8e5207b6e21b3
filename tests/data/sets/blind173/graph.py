"""A small knowledge graph of real windmills (blind173)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("windmill",)),
    kgx.Relation("stands_in", phrase="stands in", inverse_phrase="is home to",
                 domain=("windmill",), range=("town",)),
    kgx.Relation("in_country", phrase="lies in", inverse_phrase="is the country of",
                 domain=("windmill",), range=("country",)),
    kgx.Relation("mill_type", phrase="is a", inverse_phrase="is the design of",
                 domain=("windmill",), range=("mill_type",)),
    kgx.Relation("used_for", phrase="was used for", inverse_phrase="was the work of",
                 domain=("windmill",), range=("use",)),
    kgx.Relation("owned_by", phrase="has been owned by", inverse_phrase="has owned",
                 domain=("windmill",), range=("organisation", "person")),
]

# slug: (label, year, town, country, mill type or None, use or None, owner or None)
_MILLS = {
    "de_adriaan": ("De Adriaan", 1779, "haarlem", "netherlands", None, None, None),
    "de_gooyer": ("De Gooyer", 1725, "amsterdam", "netherlands", "smock_mill", "grinding_grain", None),
    "de_valk": ("De Valk", 1743, "leiden", "netherlands", "tower_mill", "grinding_grain", None),
    "de_schoolmeester": ("De Schoolmeester", 1692, "westzaan", "netherlands", "smock_mill", "papermaking", "de_zaansche_molen"),
    "de_zoeker": ("De Zoeker", 1672, "zaandam", "netherlands", "smock_mill", "oil_pressing", "de_zaansche_molen"),
    "de_noord": ("De Noord", 1803, "schiedam", "netherlands", "tower_mill", "grinding_grain", None),
    "molen_van_sloten": ("Molen van Sloten", 1990, "amsterdam", "netherlands", None, "drainage", None),
    "pitstone_windmill": ("Pitstone Windmill", 1627, "pitstone", "england", "post_mill", "grinding_grain", "national_trust"),
    "bourn_windmill": ("Bourn Windmill", 1636, "bourn", "england", "post_mill", "grinding_grain", "cambridge_ppf"),
    "chesterton_windmill": ("Chesterton Windmill", 1632, "chesterton", "england", "tower_mill", "grinding_grain", None),
    "heage_windmill": ("Heage Windmill", 1797, "heage", "england", "tower_mill", "grinding_grain", None),
    "shipley_windmill": ("Shipley Windmill", 1879, "shipley", "england", "smock_mill", "grinding_grain", "hilaire_belloc"),
    "brixton_windmill": ("Brixton Windmill", 1816, "london", "england", "tower_mill", "grinding_grain", "lambeth_council"),
    "jill_windmill": ("Jill Windmill", 1821, "clayton", "england", "post_mill", "grinding_grain", None),
    "old_windmill_brisbane": ("Old Windmill", 1828, "brisbane", "australia", "tower_mill", "grinding_grain", None),
    "de_zwaan": ("De Zwaan", 1761, "holland_michigan", "united_states", None, "grinding_grain", None),
    "dutch_windmill_golden_gate_park": ("Dutch Windmill", 1902, "san_francisco", "united_states", None, "pumping_water", None),
    "blute_fin": ("Blute-Fin", 1622, "paris", "france", "post_mill", None, None),
}

_TOWNS = {
    "haarlem": "Haarlem", "amsterdam": "Amsterdam", "leiden": "Leiden", "westzaan": "Westzaan",
    "zaandam": "Zaandam", "schiedam": "Schiedam", "pitstone": "Pitstone", "bourn": "Bourn",
    "chesterton": "Chesterton", "heage": "Heage", "shipley": "Shipley", "london": "London",
    "clayton": "Clayton", "brisbane": "Brisbane", "holland_michigan": "Holland, Michigan",
    "san_francisco": "San Francisco", "paris": "Paris",
}
_COUNTRIES = {"netherlands": "the Netherlands", "england": "England", "australia": "Australia",
              "united_states": "the United States", "france": "France"}
_TYPES = {"tower_mill": "tower mill", "smock_mill": "smock mill", "post_mill": "post mill"}
_USES = {"grinding_grain": "grinding grain", "papermaking": "papermaking",
         "oil_pressing": "oil pressing", "drainage": "drainage", "pumping_water": "pumping water"}
_OWNERS = {"de_zaansche_molen": ("organisation", "De Zaansche Molen"),
           "national_trust": ("organisation", "National Trust"),
           "cambridge_ppf": ("organisation", "Cambridge Past, Present & Future"),
           "hilaire_belloc": ("person", "Hilaire Belloc"),
           "lambeth_council": ("organisation", "Lambeth Council")}

_RATINGS = [
    ("ana", "pitstone_windmill", 5.0), ("ana", "de_valk", 4.5),
    ("ana", "brixton_windmill", 2.0), ("ana", "old_windmill_brisbane", 3.5),
    ("ben", "de_noord", 4.0), ("ben", "heage_windmill", 1.5),
    ("ben", "shipley_windmill", 5.0), ("ben", "dutch_windmill_golden_gate_park", 3.0),
    ("chen", "de_schoolmeester", 4.5), ("chen", "blute_fin", 2.5),
    ("chen", "jill_windmill", 4.0), ("chen", "de_zwaan", 1.0),
    ("dara", "de_gooyer", 5.0), ("dara", "chesterton_windmill", 3.0),
    ("dara", "bourn_windmill", 4.0), ("dara", "molen_van_sloten", 2.0),
    ("emil", "de_adriaan", 4.5), ("emil", "de_zoeker", 1.5),
    ("emil", "pitstone_windmill", 3.0), ("emil", "heage_windmill", 4.0),
]


def entities():
    out = []
    for slug, (label, year, *_rest) in _MILLS.items():
        out.append(kgx.Entity(f"windmill:{slug}", kind="item", type="windmill", label=label,
                              attrs={"year": year}))
    out += [kgx.Entity(f"town:{k}", kind="attribute", type="town", label=v) for k, v in _TOWNS.items()]
    out += [kgx.Entity(f"country:{k}", kind="attribute", type="country", label=v) for k, v in _COUNTRIES.items()]
    out += [kgx.Entity(f"mill_type:{k}", kind="attribute", type="mill_type", label=v) for k, v in _TYPES.items()]
    out += [kgx.Entity(f"use:{k}", kind="attribute", type="use", label=v) for k, v in _USES.items()]
    out += [kgx.Entity(f"owner:{k}", kind="attribute", type=t, label=v) for k, (t, v) in _OWNERS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u)
            for u in ("ana", "ben", "chen", "dara", "emil")]
    return out


def rows():
    out = []
    for slug, (_label, _year, town, country, mtype, use, owner) in _MILLS.items():
        w = f"windmill:{slug}"
        out.append((w, "stands_in", f"town:{town}"))
        out.append((w, "in_country", f"country:{country}"))
        if mtype:
            out.append((w, "mill_type", f"mill_type:{mtype}"))
        if use:
            out.append((w, "used_for", f"use:{use}"))
        if owner:
            out.append((w, "owned_by", f"owner:{owner}"))
    for u, slug, r in _RATINGS:
        out.append((f"user:{u}", "rated", f"windmill:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind173")
