"""A small knowledge graph of monasteries (blind119).

Facts are real to the best of the writer's knowledge; each monastery's ``year``
is its founding year (or, for Saint Catherine's, the year its construction
under Justinian I was completed; for Paro Taktsang, the year it was built).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("monastery",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("monastery",), range=("place",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("monastery",), range=("person",)),
    kgx.Relation("belongs_to", phrase="belongs to", inverse_phrase="includes",
                 domain=("monastery",), range=("tradition",)),
    kgx.Relation("has_style", phrase="is an example of", inverse_phrase="is exemplified by",
                 domain=("monastery",), range=("style",)),
    kgx.Relation("kind_of", phrase="is a", inverse_phrase="is the type of",
                 domain=("monastery",), range=("kind",)),
    kgx.Relation("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of",
                 domain=("monastery",), range=("dedicatee",)),
]

_MONASTERIES = [
    ("mont_saint_michel", "Mont-Saint-Michel Abbey", 966),
    ("monte_cassino", "Monte Cassino", 529),
    ("cluny", "Cluny Abbey", 910),
    ("melk", "Melk Abbey", 1089),
    ("saint_catherine", "Saint Catherine's Monastery", 565),
    ("great_lavra", "Great Lavra", 963),
    ("kyiv_pechersk", "Kyiv Pechersk Lavra", 1051),
    ("trinity_lavra", "Trinity Lavra of St. Sergius", 1337),
    ("fountains", "Fountains Abbey", 1132),
    ("citeaux", "Cîteaux Abbey", 1098),
    ("clairvaux", "Clairvaux Abbey", 1115),
    ("saint_gall", "Abbey of Saint Gall", 719),
    ("paro_taktsang", "Paro Taktsang", 1692),
    ("tashilhunpo", "Tashilhunpo Monastery", 1447),
    ("drepung", "Drepung Monastery", 1416),
    ("shaolin", "Shaolin Monastery", 495),
    ("el_escorial", "El Escorial", 1563),
    ("jeronimos", "Jerónimos Monastery", 1501),
    ("batalha", "Batalha Monastery", 1386),
]

_ATTRIBUTES = {
    "place": [
        ("normandy", "Normandy"), ("cassino", "Cassino"), ("burgundy", "Burgundy"),
        ("lower_austria", "Lower Austria"), ("sinai_peninsula", "Sinai Peninsula"),
        ("mount_athos", "Mount Athos"), ("kyiv", "Kyiv"), ("sergiyev_posad", "Sergiyev Posad"),
        ("north_yorkshire", "North Yorkshire"), ("aube", "Aube"), ("st_gallen", "St. Gallen"),
        ("paro_valley", "Paro Valley"), ("shigatse", "Shigatse"), ("lhasa", "Lhasa"),
        ("mount_song", "Mount Song"), ("san_lorenzo_de_el_escorial", "San Lorenzo de El Escorial"),
        ("lisbon", "Lisbon"), ("leiria_district", "Leiria District"),
    ],
    "person": [
        ("benedict_of_nursia", "Benedict of Nursia"), ("william_i_of_aquitaine", "William I of Aquitaine"),
        ("justinian_i", "Justinian I"), ("athanasius_the_athonite", "Athanasius the Athonite"),
        ("anthony_of_the_caves", "Anthony of the Caves"), ("sergius_of_radonezh", "Sergius of Radonezh"),
        ("robert_of_molesme", "Robert of Molesme"), ("bernard_of_clairvaux", "Bernard of Clairvaux"),
        ("otmar", "Otmar"), ("tenzin_rabgye", "Tenzin Rabgye"), ("gendun_drup", "Gendun Drup"),
        ("jamyang_choje", "Jamyang Choje"), ("emperor_xiaowen", "Emperor Xiaowen of Northern Wei"),
        ("philip_ii_of_spain", "Philip II of Spain"), ("manuel_i_of_portugal", "Manuel I of Portugal"),
        ("john_i_of_portugal", "John I of Portugal"),
    ],
    "tradition": [
        ("benedictine_order", "Benedictine Order"), ("cistercian_order", "Cistercian Order"),
        ("eastern_orthodox_church", "Eastern Orthodox Church"), ("gelug", "Gelug school"),
        ("chan_buddhism", "Chan Buddhism"), ("order_of_saint_jerome", "Order of Saint Jerome"),
        ("dominican_order", "Dominican Order"),
    ],
    "style": [
        ("romanesque", "Romanesque"), ("gothic", "Gothic"), ("baroque", "Baroque"),
        ("byzantine", "Byzantine"), ("renaissance", "Renaissance"), ("manueline", "Manueline"),
    ],
    "kind": [("abbey", "abbey"), ("lavra", "lavra"), ("cave_monastery", "cave monastery")],
    "dedicatee": [
        ("michael_the_archangel", "Michael the Archangel"), ("saints_peter_and_paul", "Saints Peter and Paul"),
        ("catherine_of_alexandria", "Catherine of Alexandria"), ("holy_trinity", "Holy Trinity"),
        ("virgin_mary", "Virgin Mary"), ("saint_gall", "Saint Gall"), ("padmasambhava", "Padmasambhava"),
        ("lawrence_of_rome", "Lawrence of Rome"),
    ],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"monastery:{slug}", kind="item", type="monastery", label=label, attrs={"year": year})
           for slug, label, year in _MONASTERIES]
    for typ, pairs in _ATTRIBUTES.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label) for slug, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "mont_saint_michel": {"located_in": ["place:normandy"], "belongs_to": ["tradition:benedictine_order"],
                          "has_style": ["style:romanesque", "style:gothic"], "kind_of": ["kind:abbey"],
                          "dedicated_to": ["dedicatee:michael_the_archangel"]},
    "monte_cassino": {"located_in": ["place:cassino"], "founded_by": ["person:benedict_of_nursia"],
                      "belongs_to": ["tradition:benedictine_order"], "kind_of": ["kind:abbey"]},
    "cluny": {"located_in": ["place:burgundy"], "founded_by": ["person:william_i_of_aquitaine"],
              "belongs_to": ["tradition:benedictine_order"], "has_style": ["style:romanesque"],
              "kind_of": ["kind:abbey"], "dedicated_to": ["dedicatee:saints_peter_and_paul"]},
    "melk": {"located_in": ["place:lower_austria"], "belongs_to": ["tradition:benedictine_order"],
             "has_style": ["style:baroque"], "kind_of": ["kind:abbey"],
             "dedicated_to": ["dedicatee:saints_peter_and_paul"]},
    "saint_catherine": {"located_in": ["place:sinai_peninsula"], "founded_by": ["person:justinian_i"],
                        "belongs_to": ["tradition:eastern_orthodox_church"], "has_style": ["style:byzantine"],
                        "dedicated_to": ["dedicatee:catherine_of_alexandria"]},
    "great_lavra": {"located_in": ["place:mount_athos"], "founded_by": ["person:athanasius_the_athonite"],
                    "belongs_to": ["tradition:eastern_orthodox_church"], "has_style": ["style:byzantine"],
                    "kind_of": ["kind:lavra"]},
    "kyiv_pechersk": {"located_in": ["place:kyiv"], "founded_by": ["person:anthony_of_the_caves"],
                      "belongs_to": ["tradition:eastern_orthodox_church"], "has_style": ["style:baroque"],
                      "kind_of": ["kind:lavra", "kind:cave_monastery"]},
    "trinity_lavra": {"located_in": ["place:sergiyev_posad"], "founded_by": ["person:sergius_of_radonezh"],
                      "belongs_to": ["tradition:eastern_orthodox_church"], "kind_of": ["kind:lavra"],
                      "dedicated_to": ["dedicatee:holy_trinity"]},
    "fountains": {"located_in": ["place:north_yorkshire"], "belongs_to": ["tradition:cistercian_order"],
                  "kind_of": ["kind:abbey"], "dedicated_to": ["dedicatee:virgin_mary"]},
    "citeaux": {"located_in": ["place:burgundy"], "founded_by": ["person:robert_of_molesme"],
                "belongs_to": ["tradition:cistercian_order"], "kind_of": ["kind:abbey"],
                "dedicated_to": ["dedicatee:virgin_mary"]},
    "clairvaux": {"located_in": ["place:aube"], "founded_by": ["person:bernard_of_clairvaux"],
                  "belongs_to": ["tradition:cistercian_order"], "kind_of": ["kind:abbey"]},
    "saint_gall": {"located_in": ["place:st_gallen"], "founded_by": ["person:otmar"],
                   "belongs_to": ["tradition:benedictine_order"], "has_style": ["style:baroque"],
                   "kind_of": ["kind:abbey"], "dedicated_to": ["dedicatee:saint_gall"]},
    "paro_taktsang": {"located_in": ["place:paro_valley"], "founded_by": ["person:tenzin_rabgye"],
                      "dedicated_to": ["dedicatee:padmasambhava"]},
    "tashilhunpo": {"located_in": ["place:shigatse"], "founded_by": ["person:gendun_drup"],
                    "belongs_to": ["tradition:gelug"]},
    "drepung": {"located_in": ["place:lhasa"], "founded_by": ["person:jamyang_choje"],
                "belongs_to": ["tradition:gelug"]},
    "shaolin": {"located_in": ["place:mount_song"], "founded_by": ["person:emperor_xiaowen"],
                "belongs_to": ["tradition:chan_buddhism"]},
    "el_escorial": {"located_in": ["place:san_lorenzo_de_el_escorial"], "founded_by": ["person:philip_ii_of_spain"],
                    "has_style": ["style:renaissance"], "dedicated_to": ["dedicatee:lawrence_of_rome"]},
    "jeronimos": {"located_in": ["place:lisbon"], "founded_by": ["person:manuel_i_of_portugal"],
                  "belongs_to": ["tradition:order_of_saint_jerome"], "has_style": ["style:manueline"],
                  "dedicated_to": ["dedicatee:virgin_mary"]},
    "batalha": {"located_in": ["place:leiria_district"], "founded_by": ["person:john_i_of_portugal"],
                "belongs_to": ["tradition:dominican_order"], "has_style": ["style:gothic", "style:manueline"],
                "dedicated_to": ["dedicatee:virgin_mary"]},
}

RATINGS = {
    "ana": {"melk": 5.0, "cluny": 4.0, "shaolin": 2.0, "great_lavra": 3.5},
    "ben": {"paro_taktsang": 4.5, "drepung": 1.5, "monte_cassino": 3.0, "jeronimos": 5.0},
    "chen": {"fountains": 4.0, "saint_catherine": 5.0, "el_escorial": 2.5, "mont_saint_michel": 1.0},
    "dara": {"trinity_lavra": 4.5, "kyiv_pechersk": 2.0, "batalha": 3.0, "saint_gall": 5.0},
    "emil": {"clairvaux": 3.5, "tashilhunpo": 4.0, "citeaux": 1.5, "shaolin": 5.0},
}


def rows():
    out = []
    for slug, rels in _FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"monastery:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"monastery:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind119")
