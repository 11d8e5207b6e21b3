"""A small graph of real polar expeditions (blind202)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("expedition",)),
    kgx.Relation("led_by", phrase="was led by", inverse_phrase="led",
                 domain=("expedition",), range=("person",)),
    kgx.Relation("sailed_aboard", phrase="travelled aboard", inverse_phrase="carried",
                 domain=("expedition",), range=("craft",)),
    kgx.Relation("mounted_by", phrase="was mounted by", inverse_phrase="mounted",
                 domain=("expedition",), range=("country",)),
    kgx.Relation("explored", phrase="explored", inverse_phrase="was explored by",
                 domain=("expedition",), range=("region",)),
    kgx.Relation("has_kind", phrase="was a", inverse_phrase="is the kind of",
                 domain=("expedition",), range=("kind",)),
    kgx.Relation("aimed_for", phrase="set out to reach", inverse_phrase="was the goal of",
                 domain=("expedition",), range=("destination",)),
]

# slug, label, year
EXPEDITIONS = [
    ("fram", "Fram expedition", 1893),
    ("amundsen_south_pole", "Amundsen's South Pole expedition", 1910),
    ("terra_nova", "Terra Nova Expedition", 1910),
    ("discovery", "Discovery Expedition", 1901),
    ("nimrod", "Nimrod Expedition", 1907),
    ("imperial_trans_antarctic", "Imperial Trans-Antarctic Expedition", 1914),
    ("belgian_antarctic", "Belgian Antarctic Expedition", 1897),
    ("franklin", "Franklin expedition", 1845),
    ("gjoa", "Gjøa expedition", 1903),
    ("australasian_antarctic", "Australasian Antarctic Expedition", 1911),
    ("jeannette", "Jeannette expedition", 1879),
    ("vega", "Vega expedition", 1878),
    ("andree_balloon", "Andrée's Arctic balloon expedition", 1897),
    ("norge_flight", "Norge flight", 1926),
    ("commonwealth_trans_antarctic", "Commonwealth Trans-Antarctic Expedition", 1955),
    ("british_arctic_air_route", "British Arctic Air Route Expedition", 1930),
    ("scottish_national_antarctic", "Scottish National Antarctic Expedition", 1902),
    ("swedish_antarctic", "Swedish Antarctic Expedition", 1901),
]

PEOPLE = [
    ("fridtjof_nansen", "Fridtjof Nansen"),
    ("roald_amundsen", "Roald Amundsen"),
    ("robert_falcon_scott", "Robert Falcon Scott"),
    ("ernest_shackleton", "Ernest Shackleton"),
    ("adrien_de_gerlache", "Adrien de Gerlache"),
    ("john_franklin", "John Franklin"),
    ("douglas_mawson", "Douglas Mawson"),
    ("george_de_long", "George W. De Long"),
    ("adolf_erik_nordenskiold", "Adolf Erik Nordenskiöld"),
    ("salomon_august_andree", "Salomon August Andrée"),
    ("umberto_nobile", "Umberto Nobile"),
    ("vivian_fuchs", "Vivian Fuchs"),
    ("gino_watkins", "Gino Watkins"),
    ("william_speirs_bruce", "William Speirs Bruce"),
    ("otto_nordenskjold", "Otto Nordenskjöld"),
]

CRAFT = [
    ("fram", "Fram"),
    ("terra_nova", "Terra Nova"),
    ("discovery", "Discovery"),
    ("nimrod", "Nimrod"),
    ("endurance", "Endurance"),
    ("aurora", "Aurora"),
    ("belgica", "Belgica"),
    ("hms_erebus", "HMS Erebus"),
    ("hms_terror", "HMS Terror"),
    ("gjoa", "Gjøa"),
    ("uss_jeannette", "USS Jeannette"),
    ("vega", "Vega"),
    ("ornen", "Örnen"),
    ("norge", "Norge"),
    ("magga_dan", "Magga Dan"),
    ("quest", "Quest"),
    ("scotia", "Scotia"),
]

COUNTRIES = [
    ("norway", "Norway"),
    ("united_kingdom", "United Kingdom"),
    ("belgium", "Belgium"),
    ("australia", "Australia"),
    ("united_states", "United States"),
    ("sweden", "Sweden"),
    ("new_zealand", "New Zealand"),
    ("scotland", "Scotland"),
]

REGIONS = [
    ("antarctica", "Antarctica"),
    ("arctic_ocean", "Arctic Ocean"),
    ("canadian_arctic_archipelago", "Canadian Arctic Archipelago"),
    ("greenland", "Greenland"),
    ("weddell_sea", "Weddell Sea"),
]

KINDS = [
    ("drift_expedition", "Drift expedition"),
    ("balloon_flight", "Balloon flight"),
    ("airship_flight", "Airship flight"),
    ("overland_crossing", "Overland crossing"),
    ("scientific_expedition", "Scientific expedition"),
    ("naval_expedition", "Naval expedition"),
]

DESTINATIONS = [
    ("south_pole", "South Pole"),
    ("north_pole", "North Pole"),
    ("northwest_passage", "Northwest Passage"),
    ("northeast_passage", "Northeast Passage"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in EXPEDITIONS:
        out.append(kgx.Entity(f"expedition:{slug}", kind="item", type="expedition",
                              label=label, attrs={"year": year}))
    for prefix, typ, table in [("person", "person", PEOPLE), ("craft", "craft", CRAFT),
                               ("country", "country", COUNTRIES), ("region", "region", REGIONS),
                               ("kind", "kind", KINDS), ("destination", "destination", DESTINATIONS)]:
        for slug, label in table:
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# expedition slug -> {relation: [tail ids]}
FACTS = {
    "fram": {
        "led_by": ["person:fridtjof_nansen"],
        "sailed_aboard": ["craft:fram"],
        "mounted_by": ["country:norway"],
        "explored": ["region:arctic_ocean"],
        "has_kind": ["kind:drift_expedition"],
        "aimed_for": ["destination:north_pole"],
    },
    "amundsen_south_pole": {
        "led_by": ["person:roald_amundsen"],
        "sailed_aboard": ["craft:fram"],
        "mounted_by": ["country:norway"],
        "explored": ["region:antarctica"],
        "aimed_for": ["destination:south_pole"],
    },
    "terra_nova": {
        "led_by": ["person:robert_falcon_scott"],
        "sailed_aboard": ["craft:terra_nova"],
        "mounted_by": ["country:united_kingdom"],
        "explored": ["region:antarctica"],
        "aimed_for": ["destination:south_pole"],
    },
    "discovery": {
        "led_by": ["person:robert_falcon_scott"],
        "sailed_aboard": ["craft:discovery"],
        "mounted_by": ["country:united_kingdom"],
        "explored": ["region:antarctica"],
        "has_kind": ["kind:scientific_expedition"],
    },
    "nimrod": {
        "led_by": ["person:ernest_shackleton"],
        "sailed_aboard": ["craft:nimrod"],
        "mounted_by": ["country:united_kingdom"],
        "explored": ["region:antarctica"],
        "aimed_for": ["destination:south_pole"],
    },
    "imperial_trans_antarctic": {
        "led_by": ["person:ernest_shackleton"],
        "sailed_aboard": ["craft:endurance", "craft:aurora"],
        "mounted_by": ["country:united_kingdom"],
        "explored": ["region:weddell_sea", "region:antarctica"],
    },
    "belgian_antarctic": {
        "led_by": ["person:adrien_de_gerlache"],
        "sailed_aboard": ["craft:belgica"],
        "mounted_by": ["country:belgium"],
        "explored": ["region:antarctica"],
        "has_kind": ["kind:scientific_expedition"],
    },
    "franklin": {
        "led_by": ["person:john_franklin"],
        "sailed_aboard": ["craft:hms_erebus", "craft:hms_terror"],
        "mounted_by": ["country:united_kingdom"],
        "explored": ["region:canadian_arctic_archipelago"],
        "has_kind": ["kind:naval_expedition"],
        "aimed_for": ["destination:northwest_passage"],
    },
    "gjoa": {
        "led_by": ["person:roald_amundsen"],
        "sailed_aboard": ["craft:gjoa"],
        "mounted_by": ["country:norway"],
        "explored": ["region:canadian_arctic_archipelago"],
        "aimed_for": ["destination:northwest_passage"],
    },
    "australasian_antarctic": {
        "led_by": ["person:douglas_mawson"],
        "sailed_aboard": ["craft:aurora"],
        "mounted_by": ["country:australia"],
        "explored": ["region:antarctica"],
        "has_kind": ["kind:scientific_expedition"],
    },
    "jeannette": {
        "led_by": ["person:george_de_long"],
        "sailed_aboard": ["craft:uss_jeannette"],
        "mounted_by": ["country:united_states"],
        "explored": ["region:arctic_ocean"],
        "has_kind": ["kind:naval_expedition"],
        "aimed_for": ["destination:north_pole"],
    },
    "vega": {
        "led_by": ["person:adolf_erik_nordenskiold"],
        "sailed_aboard": ["craft:vega"],
        "mounted_by": ["country:sweden"],
        "explored": ["region:arctic_ocean"],
        "aimed_for": ["destination:northeast_passage"],
    },
    "andree_balloon": {
        "led_by": ["person:salomon_august_andree"],
        "sailed_aboard": ["craft:ornen"],
        "mounted_by": ["country:sweden"],
        "explored": ["region:arctic_ocean"],
        "has_kind": ["kind:balloon_flight"],
        "aimed_for": ["destination:north_pole"],
    },
    "norge_flight": {
        "led_by": ["person:roald_amundsen", "person:umberto_nobile"],
        "sailed_aboard": ["craft:norge"],
        "mounted_by": ["country:norway"],
        "explored": ["region:arctic_ocean"],
        "has_kind": ["kind:airship_flight"],
        "aimed_for": ["destination:north_pole"],
    },
    "commonwealth_trans_antarctic": {
        "led_by": ["person:vivian_fuchs"],
        "sailed_aboard": ["craft:magga_dan"],
        "mounted_by": ["country:united_kingdom", "country:new_zealand"],
        "explored": ["region:antarctica"],
        "has_kind": ["kind:overland_crossing"],
    },
    "british_arctic_air_route": {
        "led_by": ["person:gino_watkins"],
        "sailed_aboard": ["craft:quest"],
        "mounted_by": ["country:united_kingdom"],
        "explored": ["region:greenland"],
    },
    "scottish_national_antarctic": {
        "led_by": ["person:william_speirs_bruce"],
        "sailed_aboard": ["craft:scotia"],
        "mounted_by": ["country:scotland"],
        "explored": ["region:weddell_sea", "region:antarctica"],
        "has_kind": ["kind:scientific_expedition"],
    },
    "swedish_antarctic": {
        "led_by": ["person:otto_nordenskjold"],
        "mounted_by": ["country:sweden"],
        "explored": ["region:antarctica"],
        "has_kind": ["kind:scientific_expedition"],
    },
}

RATINGS = {
    "ana": {"fram": 5.0, "terra_nova": 4.5, "franklin": 1.5, "norge_flight": 4.0},
    "ben": {"imperial_trans_antarctic": 5.0, "andree_balloon": 2.0, "gjoa": 4.0, "vega": 3.0},
    "chen": {"australasian_antarctic": 4.5, "jeannette": 1.0, "discovery": 3.5,
             "british_arctic_air_route": 5.0},
    "dara": {"amundsen_south_pole": 5.0, "nimrod": 2.5, "belgian_antarctic": 4.0,
             "scottish_national_antarctic": 1.5},
    "emil": {"commonwealth_trans_antarctic": 4.5, "swedish_antarctic": 2.0, "fram": 3.0,
             "terra_nova": 0.5},
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"expedition:{slug}", rel, t))
    for u, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{u}", "rated", f"expedition:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind202")
