"""A small hand-built graph of hiking trails (blind50)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("trail",)),
    kgx.Relation("in_park", phrase="runs through", inverse_phrase="is crossed by",
                 domain=("trail",), range=("park",)),
    kgx.Relation("in_range", phrase="lies in", inverse_phrase="contains",
                 domain=("trail",), range=("range",)),
    kgx.Relation("in_country", phrase="is in", inverse_phrase="is home to",
                 domain=("trail",), range=("country",)),
    kgx.Relation("graded", phrase="is graded", inverse_phrase="is the grade of",
                 domain=("trail",), range=("grade",)),
    kgx.Relation("starts_at", phrase="starts at", inverse_phrase="is the trailhead of",
                 domain=("trail",), range=("trailhead",)),
    kgx.Relation("passes", phrase="passes", inverse_phrase="is passed by",
                 domain=("trail",), range=("landmark",)),
    kgx.Relation("maintained_by", phrase="is maintained by", inverse_phrase="maintains",
                 domain=("trail",), range=("organization",)),
]

_ITEMS = [
    ("trail:half_dome", "Half Dome Trail", 1919),
    ("trail:mist", "Mist Trail", 1890),
    ("trail:angels_landing", "Angels Landing Trail", 1926),
    ("trail:bright_angel", "Bright Angel Trail", 1891),
    ("trail:highline", "Highline Trail", 1918),
    ("trail:precipice", "Precipice Trail", 1915),
    ("trail:tmb", "Tour du Mont Blanc", 1767),
    ("trail:haute_route", "Haute Route", 1861),
    ("trail:w_trek", "W Trek", 1976),
    ("trail:inca", "Inca Trail", 1450),
    ("trail:milford", "Milford Track", 1888),
    ("trail:routeburn", "Routeburn Track", 1912),
    ("trail:tongariro", "Tongariro Alpine Crossing", 1894),
    ("trail:west_highland", "West Highland Way", 1980),
    ("trail:appalachian", "Appalachian Trail", 1937),
]

_ATTRS = {
    "park": [
        ("park:yosemite", "Yosemite National Park"),
        ("park:zion", "Zion National Park"),
        ("park:grand_canyon", "Grand Canyon National Park"),
        ("park:glacier", "Glacier National Park"),
        ("park:acadia", "Acadia National Park"),
        ("park:torres_del_paine", "Torres del Paine National Park"),
        ("park:fiordland", "Fiordland National Park"),
        ("park:mount_aspiring", "Mount Aspiring National Park"),
        ("park:tongariro", "Tongariro National Park"),
        ("park:loch_lomond", "Loch Lomond and The Trossachs National Park"),
        ("park:great_smoky", "Great Smoky Mountains National Park"),
    ],
    "range": [
        ("range:sierra_nevada", "Sierra Nevada"),
        ("range:rockies", "Rocky Mountains"),
        ("range:alps", "Alps"),
        ("range:andes", "Andes"),
        ("range:southern_alps", "Southern Alps"),
        ("range:appalachians", "Appalachian Mountains"),
    ],
    "country": [
        ("country:usa", "United States"),
        ("country:france", "France"),
        ("country:italy", "Italy"),
        ("country:switzerland", "Switzerland"),
        ("country:chile", "Chile"),
        ("country:peru", "Peru"),
        ("country:new_zealand", "New Zealand"),
        ("country:scotland", "Scotland"),
    ],
    "grade": [
        ("grade:easy", "Easy"),
        ("grade:moderate", "Moderate"),
        ("grade:strenuous", "Strenuous"),
    ],
    "trailhead": [
        ("th:happy_isles", "Happy Isles"),
        ("th:grotto", "The Grotto"),
        ("th:gc_village", "Grand Canyon Village"),
        ("th:logan_pass", "Logan Pass"),
        ("th:les_houches", "Les Houches"),
        ("th:chamonix", "Chamonix"),
        ("th:mangatepopo", "Mangatepopo"),
        ("th:milngavie", "Milngavie"),
        ("th:springer", "Springer Mountain"),
    ],
    "landmark": [
        ("lm:vernal_fall", "Vernal Fall"),
        ("lm:nevada_fall", "Nevada Fall"),
        ("lm:scout_lookout", "Scout Lookout"),
        ("lm:havasupai_gardens", "Havasupai Gardens"),
        ("lm:granite_park_chalet", "Granite Park Chalet"),
        ("lm:col_de_la_seigne", "Col de la Seigne"),
        ("lm:matterhorn", "Matterhorn"),
        ("lm:base_torres", "Base Torres"),
        ("lm:french_valley", "French Valley"),
        ("lm:dead_womans_pass", "Dead Woman's Pass"),
        ("lm:sun_gate", "Sun Gate"),
        ("lm:machu_picchu", "Machu Picchu"),
        ("lm:mackinnon_pass", "Mackinnon Pass"),
        ("lm:sutherland_falls", "Sutherland Falls"),
        ("lm:harris_saddle", "Harris Saddle"),
        ("lm:red_crater", "Red Crater"),
        ("lm:emerald_lakes", "Emerald Lakes"),
        ("lm:devils_staircase", "Devil's Staircase"),
        ("lm:clingmans_dome", "Clingmans Dome"),
    ],
    "organization": [
        ("org:nps", "National Park Service"),
        ("org:doc", "Department of Conservation"),
        ("org:atc", "Appalachian Trail Conservancy"),
        ("org:conaf", "CONAF"),
    ],
}

_USERS = [("user:ana", "Ana"), ("user:ben", "Ben"), ("user:chiara", "Chiara"),
          ("user:dev", "Dev"), ("user:emi", "Emi")]


def entities():
    out = [kgx.Entity(i, kind="item", type="trail", label=lab, attrs={"year": y}) for i, lab, y in _ITEMS]
    for typ, lst in _ATTRS.items():
        out += [kgx.Entity(i, kind="attribute", type=typ, label=lab) for i, lab in lst]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in _USERS]
    return out


def rows():
    T = []
    def add(trail, **kw):
        for rel, tails in kw.items():
            for t in ([tails] if isinstance(tails, str) else tails):
                T.append((trail, rel, t))
    add("trail:half_dome", in_park="park:yosemite", in_range="range:sierra_nevada", in_country="country:usa",
        graded="grade:strenuous", starts_at="th:happy_isles", passes=["lm:vernal_fall", "lm:nevada_fall"],
        maintained_by="org:nps")
    add("trail:mist", in_park="park:yosemite", in_range="range:sierra_nevada", in_country="country:usa",
        graded="grade:moderate", starts_at="th:happy_isles", passes=["lm:vernal_fall", "lm:nevada_fall"],
        maintained_by="org:nps")
    add("trail:angels_landing", in_park="park:zion", in_country="country:usa", graded="grade:strenuous",
        starts_at="th:grotto", passes="lm:scout_lookout", maintained_by="org:nps")
    add("trail:bright_angel", in_park="park:grand_canyon", in_country="country:usa", graded="grade:strenuous",
        starts_at="th:gc_village", passes="lm:havasupai_gardens", maintained_by="org:nps")
    add("trail:highline", in_park="park:glacier", in_range="range:rockies", in_country="country:usa",
        graded="grade:moderate", starts_at="th:logan_pass", passes="lm:granite_park_chalet", maintained_by="org:nps")
    add("trail:precipice", in_park="park:acadia", in_country="country:usa", graded="grade:strenuous",
        maintained_by="org:nps")
    add("trail:tmb", in_range="range:alps", in_country=["country:france", "country:italy", "country:switzerland"],
        graded="grade:strenuous", starts_at="th:les_houches", passes="lm:col_de_la_seigne")
    add("trail:haute_route", in_range="range:alps", in_country=["country:france", "country:switzerland"],
        graded="grade:strenuous", starts_at="th:chamonix", passes="lm:matterhorn")
    add("trail:w_trek", in_park="park:torres_del_paine", in_range="range:andes", in_country="country:chile",
        graded="grade:moderate", passes=["lm:base_torres", "lm:french_valley"], maintained_by="org:conaf")
    add("trail:inca", in_range="range:andes", in_country="country:peru", graded="grade:strenuous",
        passes=["lm:dead_womans_pass", "lm:sun_gate", "lm:machu_picchu"])
    add("trail:milford", in_park="park:fiordland", in_range="range:southern_alps", in_country="country:new_zealand",
        graded="grade:moderate", passes=["lm:mackinnon_pass", "lm:sutherland_falls"], maintained_by="org:doc")
    add("trail:routeburn", in_park=["park:fiordland", "park:mount_aspiring"], in_range="range:southern_alps",
        in_country="country:new_zealand", graded="grade:moderate", passes="lm:harris_saddle", maintained_by="org:doc")
    add("trail:tongariro", in_park="park:tongariro", in_country="country:new_zealand", graded="grade:moderate",
        starts_at="th:mangatepopo", passes=["lm:red_crater", "lm:emerald_lakes"], maintained_by="org:doc")
    add("trail:west_highland", in_park="park:loch_lomond", in_country="country:scotland", graded="grade:easy",
        starts_at="th:milngavie", passes="lm:devils_staircase")
    add("trail:appalachian", in_park="park:great_smoky", in_range="range:appalachians", in_country="country:usa",
        graded="grade:strenuous", starts_at="th:springer", passes="lm:clingmans_dome", maintained_by="org:atc")
    ratings = [
        ("user:ana", "trail:half_dome", 5.0), ("user:ana", "trail:angels_landing", 4.0),
        ("user:ana", "trail:west_highland", 2.0), ("user:ana", "trail:milford", 4.5),
        ("user:ben", "trail:tmb", 5.0), ("user:ben", "trail:bright_angel", 3.0),
        ("user:ben", "trail:inca", 4.0), ("user:ben", "trail:precipice", 1.0),
        ("user:chiara", "trail:w_trek", 4.0), ("user:chiara", "trail:tongariro", 5.0),
        ("user:chiara", "trail:mist", 2.5), ("user:chiara", "trail:haute_route", 3.0),
        ("user:dev", "trail:appalachian", 4.0), ("user:dev", "trail:highline", 5.0),
        ("user:dev", "trail:routeburn", 2.0),
        ("user:emi", "trail:inca", 5.0), ("user:emi", "trail:tongariro", 3.0),
        ("user:emi", "trail:west_highland", 4.0), ("user:emi", "trail:half_dome", 1.0),
    ]
    T += [(u, "rated", i, {"rating": r}) for u, i, r in ratings]
    return T


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind50")
