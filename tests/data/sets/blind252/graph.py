"""A small graph of real nuclear power plants (blind252).

`year` on a plant is the year its first unit entered service
(first supplied power or began commercial operation).
"""
import kgexplain as kgx

PLANT = "power_plant"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=(PLANT,)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=(PLANT,), range=("region",)),
    kgx.Relation("in_country", phrase="stands in", inverse_phrase="hosts",
                 domain=(PLANT,), range=("country",)),
    kgx.Relation("reactor_type", phrase="uses reactors of the type", inverse_phrase="is the reactor design used at",
                 domain=(PLANT,), range=("reactor_type",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=(PLANT,), range=("organisation",)),
    kgx.Relation("cooled_by", phrase="takes its cooling water from", inverse_phrase="supplies cooling water to",
                 domain=(PLANT,), range=("body_of_water",)),
]

# slug: (label, year, region, country, reactor types, operator or None, cooling water or None)
PLANTS = {
    "obninsk": ("Obninsk Nuclear Power Plant", 1954, "kaluga_oblast", "russia", ["am_1"], None, None),
    "calder_hall": ("Calder Hall", 1956, "cumbria", "united_kingdom", ["magnox"], "ukaea", None),
    "shippingport": ("Shippingport Atomic Power Station", 1957, "pennsylvania", "united_states", ["pwr"], "duquesne_light", "ohio_river"),
    "beznau": ("Beznau Nuclear Power Plant", 1969, "aargau", "switzerland", ["pwr"], "axpo", "aare"),
    "fukushima_daiichi": ("Fukushima Daiichi Nuclear Power Plant", 1971, "fukushima_prefecture", "japan", ["bwr"], "tepco", "pacific_ocean"),
    "pickering": ("Pickering Nuclear Generating Station", 1971, "ontario", "canada", ["candu"], "opg", "lake_ontario"),
    "three_mile_island": ("Three Mile Island Nuclear Generating Station", 1974, "pennsylvania", "united_states", ["pwr"], None, "susquehanna_river"),
    "hinkley_point_b": ("Hinkley Point B", 1976, "somerset", "united_kingdom", ["agr"], "edf_energy", "bristol_channel"),
    "chernobyl": ("Chernobyl Nuclear Power Plant", 1977, "kyiv_oblast", "ukraine", ["rbmk"], None, None),
    "bruce": ("Bruce Nuclear Generating Station", 1977, "ontario", "canada", ["candu"], "bruce_power", "lake_huron"),
    "kori": ("Kori Nuclear Power Plant", 1978, "busan", "south_korea", ["pwr"], "khnp", None),
    "olkiluoto": ("Olkiluoto Nuclear Power Plant", 1979, "satakunta", "finland", ["bwr", "epr"], "tvo", "baltic_sea"),
    "gravelines": ("Gravelines Nuclear Power Station", 1980, "nord", "france", ["pwr"], "edf", "north_sea"),
    "kashiwazaki_kariwa": ("Kashiwazaki-Kariwa Nuclear Power Plant", 1985, "niigata_prefecture", "japan", ["bwr", "abwr"], "tepco", "sea_of_japan"),
    "zaporizhzhia": ("Zaporizhzhia Nuclear Power Plant", 1985, "zaporizhzhia_oblast", "ukraine", ["vver"], None, None),
    "palo_verde": ("Palo Verde Nuclear Generating Station", 1986, "arizona", "united_states", ["pwr"], "aps", None),
    "sizewell_b": ("Sizewell B", 1995, "suffolk", "united_kingdom", ["pwr"], "edf_energy", "north_sea"),
    "taishan": ("Taishan Nuclear Power Plant", 2018, "guangdong", "china", ["epr"], None, "south_china_sea"),
    "barakah": ("Barakah Nuclear Power Plant", 2020, "abu_dhabi", "united_arab_emirates", ["apr_1400"], "nawah", "persian_gulf"),
}

REGIONS = {
    "kaluga_oblast": "Kaluga Oblast", "cumbria": "Cumbria", "pennsylvania": "Pennsylvania",
    "aargau": "Aargau", "fukushima_prefecture": "Fukushima Prefecture", "ontario": "Ontario",
    "somerset": "Somerset", "kyiv_oblast": "Kyiv Oblast", "busan": "Busan", "satakunta": "Satakunta",
    "nord": "Nord", "niigata_prefecture": "Niigata Prefecture", "zaporizhzhia_oblast": "Zaporizhzhia Oblast",
    "arizona": "Arizona", "suffolk": "Suffolk", "guangdong": "Guangdong", "abu_dhabi": "Abu Dhabi",
}

COUNTRIES = {
    "russia": "Russia", "united_kingdom": "United Kingdom", "united_states": "United States",
    "switzerland": "Switzerland", "japan": "Japan", "canada": "Canada", "ukraine": "Ukraine",
    "south_korea": "South Korea", "finland": "Finland", "france": "France", "china": "China",
    "united_arab_emirates": "United Arab Emirates",
}

REACTOR_TYPES = {
    "am_1": "AM-1", "magnox": "Magnox", "pwr": "pressurized water reactor",
    "bwr": "boiling water reactor", "abwr": "advanced boiling water reactor",
    "candu": "CANDU", "agr": "advanced gas-cooled reactor", "rbmk": "RBMK", "epr": "EPR",
    "vver": "VVER", "apr_1400": "APR-1400",
}

ORGANISATIONS = {
    "ukaea": "United Kingdom Atomic Energy Authority", "duquesne_light": "Duquesne Light Company",
    "axpo": "Axpo", "tepco": "Tokyo Electric Power Company", "opg": "Ontario Power Generation",
    "edf_energy": "EDF Energy", "bruce_power": "Bruce Power", "khnp": "Korea Hydro & Nuclear Power",
    "tvo": "Teollisuuden Voima", "edf": "Électricité de France", "aps": "Arizona Public Service",
    "nawah": "Nawah Energy Company",
}

WATERS = {
    "ohio_river": "Ohio River", "aare": "Aare", "pacific_ocean": "Pacific Ocean",
    "lake_ontario": "Lake Ontario", "susquehanna_river": "Susquehanna River",
    "bristol_channel": "Bristol Channel", "lake_huron": "Lake Huron", "baltic_sea": "Baltic Sea",
    "north_sea": "North Sea", "sea_of_japan": "Sea of Japan", "south_china_sea": "South China Sea",
    "persian_gulf": "Persian Gulf",
}

RATINGS = {
    "ana": {"calder_hall": 4.5, "sizewell_b": 5.0, "hinkley_point_b": 2.0, "bruce": 4.0},
    "ben": {"fukushima_daiichi": 1.5, "kashiwazaki_kariwa": 3.0, "palo_verde": 5.0, "beznau": 4.0},
    "chen": {"taishan": 5.0, "olkiluoto": 4.5, "chernobyl": 1.0, "gravelines": 3.5},
    "dara": {"shippingport": 4.0, "three_mile_island": 2.0, "pickering": 5.0, "kori": 3.0},
    "emil": {"obninsk": 5.0, "zaporizhzhia": 2.5, "barakah": 4.0, "chernobyl": 0.5},
}


def entities():
    out = []
    for slug, (label, year, *_rest) in PLANTS.items():
        out.append(kgx.Entity(f"{PLANT}:{slug}", kind="item", type=PLANT, label=label, attrs={"year": year}))
    for table, typ in [(REGIONS, "region"), (COUNTRIES, "country"), (REACTOR_TYPES, "reactor_type"),
                       (ORGANISATIONS, "organisation"), (WATERS, "body_of_water")]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (_label, _year, region, country, rtypes, operator, water) in PLANTS.items():
        pid = f"{PLANT}:{slug}"
        out.append((pid, "located_in", f"region:{region}"))
        out.append((pid, "in_country", f"country:{country}"))
        for rt in rtypes:
            out.append((pid, "reactor_type", f"reactor_type:{rt}"))
        if operator:
            out.append((pid, "operated_by", f"organisation:{operator}"))
        if water:
            out.append((pid, "cooled_by", f"body_of_water:{water}"))
    for name, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{name}", "rated", f"{PLANT}:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind252")
