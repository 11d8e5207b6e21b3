"""blind130: a small graph of international treaties, declared in code.

Each treaty's ``year`` is the year it was signed (or, for the Kyoto Protocol and
the Paris Agreement, adopted).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("treaty",)),
    kgx.Relation("signed_in", phrase="was signed in", inverse_phrase="hosted the signing of",
                 domain=("treaty",), range=("city",)),
    kgx.Relation("signed_by", phrase="was signed by", inverse_phrase="signed",
                 domain=("treaty",), range=("country",)),
    kgx.Relation("ended", phrase="ended", inverse_phrase="was ended by",
                 domain=("treaty",), range=("war",)),
    kgx.Relation("established", phrase="established", inverse_phrase="was established by",
                 domain=("treaty",), range=("organisation",)),
    kgx.Relation("concerns", phrase="concerns", inverse_phrase="is the subject of",
                 domain=("treaty",), range=("topic",)),
]

TREATIES = [
    ("peace_of_westphalia", "Peace of Westphalia", 1648, ()),
    ("treaty_of_paris_1783", "Treaty of Paris", 1783, ()),
    ("treaty_of_ghent", "Treaty of Ghent", 1814, ()),
    ("treaty_of_nanking", "Treaty of Nanking", 1842, ()),
    ("treaty_of_guadalupe_hidalgo", "Treaty of Guadalupe Hidalgo", 1848, ()),
    ("treaty_of_portsmouth", "Treaty of Portsmouth", 1905, ()),
    ("treaty_of_versailles", "Treaty of Versailles", 1919, ()),
    ("un_charter", "Charter of the United Nations", 1945, ("UN Charter",)),
    ("north_atlantic_treaty", "North Atlantic Treaty", 1949, ()),
    ("treaty_of_rome", "Treaty of Rome", 1957, ()),
    ("antarctic_treaty", "Antarctic Treaty", 1959, ()),
    ("npt", "Treaty on the Non-Proliferation of Nuclear Weapons", 1968,
     ("Non-Proliferation Treaty", "NPT")),
    ("ramsar_convention", "Ramsar Convention", 1971, ()),
    ("cites", "CITES", 1973,
     ("Convention on International Trade in Endangered Species of Wild Fauna and Flora",)),
    ("montreal_protocol", "Montreal Protocol", 1987, ()),
    ("maastricht_treaty", "Maastricht Treaty", 1992, ()),
    ("kyoto_protocol", "Kyoto Protocol", 1997, ()),
    ("rome_statute", "Rome Statute", 1998, ()),
    ("paris_agreement", "Paris Agreement", 2015, ()),
]

CITIES = {
    "osnabruck": "Osnabrück", "munster": "Münster", "paris": "Paris", "ghent": "Ghent",
    "nanjing": "Nanjing", "guadalupe_hidalgo": "Guadalupe Hidalgo", "versailles": "Versailles",
    "san_francisco": "San Francisco", "washington_dc": "Washington, D.C.", "rome": "Rome",
    "london": "London", "moscow": "Moscow", "ramsar": "Ramsar", "montreal": "Montreal",
    "maastricht": "Maastricht",
}

COUNTRIES = {
    "united_states": "United States", "great_britain": "Great Britain",
    "united_kingdom": "United Kingdom", "china": "China", "mexico": "Mexico",
    "russia": "Russia", "japan": "Japan", "germany": "Germany", "france": "France",
    "italy": "Italy", "canada": "Canada", "belgium": "Belgium", "netherlands": "Netherlands",
    "norway": "Norway", "west_germany": "West Germany", "luxembourg": "Luxembourg",
    "soviet_union": "Soviet Union", "argentina": "Argentina", "chile": "Chile", "spain": "Spain",
}

WARS = {
    "thirty_years_war": "Thirty Years' War",
    "american_revolutionary_war": "American Revolutionary War",
    "war_of_1812": "War of 1812",
    "first_opium_war": "First Opium War",
    "mexican_american_war": "Mexican-American War",
    "russo_japanese_war": "Russo-Japanese War",
    "world_war_i": "World War I",
}

ORGANISATIONS = {
    "league_of_nations": "League of Nations", "united_nations": "United Nations",
    "nato": "NATO", "eec": "European Economic Community", "european_union": "European Union",
    "icc": "International Criminal Court",
}

TOPICS = {
    "independence": "independence", "territorial_cession": "territorial cession",
    "war_reparations": "war reparations", "international_security": "international security",
    "collective_defence": "collective defence", "economic_integration": "economic integration",
    "antarctica": "Antarctica", "scientific_research": "scientific research",
    "nuclear_weapons": "nuclear weapons", "wetlands": "wetlands",
    "wildlife_trade": "wildlife trade", "ozone_layer": "ozone layer",
    "monetary_union": "monetary union", "climate_change": "climate change",
    "war_crimes": "war crimes",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in TREATIES:
        out.append(kgx.Entity(f"treaty:{slug}", kind="item", type="treaty", label=label,
                              aliases=aliases, attrs={"year": year}))
    for prefix, typ, table in [("city", "city", CITIES), ("country", "country", COUNTRIES),
                               ("war", "war", WARS), ("org", "organisation", ORGANISATIONS),
                               ("topic", "topic", TOPICS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def _t(slug):
    return f"treaty:{slug}"


def rows():
    r = []

    def add(treaty, rel, *tails):
        for tail in tails:
            r.append((_t(treaty), rel, tail))

    # Peace of Westphalia (1648)
    add("peace_of_westphalia", "signed_in", "city:osnabruck", "city:munster")
    add("peace_of_westphalia", "ended", "war:thirty_years_war")
    # Treaty of Paris (1783)
    add("treaty_of_paris_1783", "signed_in", "city:paris")
    add("treaty_of_paris_1783", "ended", "war:american_revolutionary_war")
    add("treaty_of_paris_1783", "signed_by", "country:united_states", "country:great_britain")
    add("treaty_of_paris_1783", "concerns", "topic:independence")
    # Treaty of Ghent (1814)
    add("treaty_of_ghent", "signed_in", "city:ghent")
    add("treaty_of_ghent", "ended", "war:war_of_1812")
    add("treaty_of_ghent", "signed_by", "country:united_states", "country:united_kingdom")
    # Treaty of Nanking (1842)
    add("treaty_of_nanking", "signed_in", "city:nanjing")
    add("treaty_of_nanking", "ended", "war:first_opium_war")
    add("treaty_of_nanking", "signed_by", "country:united_kingdom", "country:china")
    add("treaty_of_nanking", "concerns", "topic:territorial_cession")
    # Treaty of Guadalupe Hidalgo (1848)
    add("treaty_of_guadalupe_hidalgo", "signed_in", "city:guadalupe_hidalgo")
    add("treaty_of_guadalupe_hidalgo", "ended", "war:mexican_american_war")
    add("treaty_of_guadalupe_hidalgo", "signed_by", "country:united_states", "country:mexico")
    add("treaty_of_guadalupe_hidalgo", "concerns", "topic:territorial_cession")
    # Treaty of Portsmouth (1905)
    add("treaty_of_portsmouth", "ended", "war:russo_japanese_war")
    add("treaty_of_portsmouth", "signed_by", "country:russia", "country:japan")
    # Treaty of Versailles (1919)
    add("treaty_of_versailles", "signed_in", "city:versailles")
    add("treaty_of_versailles", "ended", "war:world_war_i")
    add("treaty_of_versailles", "established", "org:league_of_nations")
    add("treaty_of_versailles", "signed_by", "country:germany", "country:france",
        "country:united_kingdom", "country:united_states", "country:italy", "country:japan")
    add("treaty_of_versailles", "concerns", "topic:war_reparations")
    # Charter of the United Nations (1945)
    add("un_charter", "signed_in", "city:san_francisco")
    add("un_charter", "established", "org:united_nations")
    add("un_charter", "concerns", "topic:international_security")
    # North Atlantic Treaty (1949)
    add("north_atlantic_treaty", "signed_in", "city:washington_dc")
    add("north_atlantic_treaty", "established", "org:nato")
    add("north_atlantic_treaty", "concerns", "topic:collective_defence")
    add("north_atlantic_treaty", "signed_by", "country:united_states", "country:united_kingdom",
        "country:france", "country:canada", "country:italy", "country:belgium",
        "country:netherlands", "country:norway", "country:luxembourg")
    # Treaty of Rome (1957)
    add("treaty_of_rome", "signed_in", "city:rome")
    add("treaty_of_rome", "established", "org:eec")
    add("treaty_of_rome", "concerns", "topic:economic_integration")
    add("treaty_of_rome", "signed_by", "country:france", "country:west_germany", "country:italy",
        "country:belgium", "country:netherlands", "country:luxembourg")
    # Antarctic Treaty (1959)
    add("antarctic_treaty", "signed_in", "city:washington_dc")
    add("antarctic_treaty", "concerns", "topic:antarctica", "topic:scientific_research")
    add("antarctic_treaty", "signed_by", "country:united_states", "country:soviet_union",
        "country:united_kingdom", "country:argentina", "country:chile", "country:japan",
        "country:france", "country:norway")
    # Treaty on the Non-Proliferation of Nuclear Weapons (1968)
    add("npt", "signed_in", "city:london", "city:moscow", "city:washington_dc")
    add("npt", "concerns", "topic:nuclear_weapons")
    add("npt", "signed_by", "country:united_states", "country:united_kingdom",
        "country:soviet_union")
    # Ramsar Convention (1971)
    add("ramsar_convention", "signed_in", "city:ramsar")
    add("ramsar_convention", "concerns", "topic:wetlands")
    # CITES (1973)
    add("cites", "signed_in", "city:washington_dc")
    add("cites", "concerns", "topic:wildlife_trade")
    # Montreal Protocol (1987)
    add("montreal_protocol", "signed_in", "city:montreal")
    add("montreal_protocol", "concerns", "topic:ozone_layer")
    # Maastricht Treaty (1992)
    add("maastricht_treaty", "signed_in", "city:maastricht")
    add("maastricht_treaty", "established", "org:european_union")
    add("maastricht_treaty", "concerns", "topic:monetary_union")
    add("maastricht_treaty", "signed_by", "country:france", "country:germany",
        "country:united_kingdom", "country:italy", "country:spain", "country:netherlands",
        "country:belgium")
    # Kyoto Protocol (1997)
    add("kyoto_protocol", "concerns", "topic:climate_change")
    add("kyoto_protocol", "signed_by", "country:japan", "country:united_states")
    # Rome Statute (1998)
    add("rome_statute", "signed_in", "city:rome")
    add("rome_statute", "established", "org:icc")
    add("rome_statute", "concerns", "topic:war_crimes")
    add("rome_statute", "signed_by", "country:italy")
    # Paris Agreement (2015)
    add("paris_agreement", "concerns", "topic:climate_change")
    add("paris_agreement", "signed_by", "country:china", "country:united_states",
        "country:france")

    ratings = {
        "ana": [("paris_agreement", 5.0), ("kyoto_protocol", 4.5),
                ("treaty_of_versailles", 1.5), ("montreal_protocol", 3.0)],
        "ben": [("treaty_of_ghent", 4.0), ("north_atlantic_treaty", 2.0),
                ("treaty_of_rome", 5.0), ("antarctic_treaty", 3.5)],
        "chen": [("treaty_of_nanking", 1.0), ("ramsar_convention", 4.5),
                 ("cites", 4.0), ("un_charter", 2.5)],
        "dara": [("peace_of_westphalia", 5.0), ("maastricht_treaty", 2.0),
                 ("treaty_of_portsmouth", 3.0), ("rome_statute", 4.0)],
        "emil": [("npt", 0.5), ("treaty_of_guadalupe_hidalgo", 3.5),
                 ("treaty_of_paris_1783", 4.5), ("montreal_protocol", 4.0)],
    }
    for user, items in ratings.items():
        for slug, rating in items:
            r.append((f"user:{user}", "rated", _t(slug), {"rating": rating}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind130")
