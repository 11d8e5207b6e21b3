"""Blind evaluation graph blind108: tea varieties.

Each tea's ``year`` is the year it was first planted, created or introduced
(as usually given: e.g. Darjeeling's first planting in 1841, Keemun's creation
in 1875, Eisai bringing powdered tea to Japan in 1191).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("tea",)),
    kgx.Relation("grown_in", phrase="is grown in", inverse_phrase="produces",
                 domain=("tea",), range=("region",)),
    kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home of",
                 domain=("tea",), range=("country",)),
    kgx.Relation("tea_class", phrase="is a type of", inverse_phrase="includes",
                 domain=("tea",), range=("tea class",)),
    kgx.Relation("pioneered_by", phrase="was pioneered by", inverse_phrase="pioneered",
                 domain=("tea",), range=("person", "organisation")),
    kgx.Relation("processed_by", phrase="is made using", inverse_phrase="is a step in making",
                 domain=("tea",), range=("process",)),
]

_TEAS = [
    ("darjeeling", "Darjeeling tea", 1841),
    ("assam", "Assam tea", 1823),
    ("keemun", "Keemun", 1875),
    ("huangshan_maofeng", "Huangshan Maofeng", 1875),
    ("dianhong", "Dianhong", 1939),
    ("jin_jun_mei", "Jin Jun Mei", 2005),
    ("sencha", "Sencha", 1738),
    ("gyokuro", "Gyokuro", 1835),
    ("matcha", "Matcha", 1191),
    ("ceylon", "Ceylon tea", 1867),
    ("kenyan", "Kenyan tea", 1903),
    ("rize", "Rize tea", 1924),
    ("ruby_red", "Ruby Red", 1999),
    ("dong_ding", "Dong Ding oolong", 1855),
    ("anji_bai_cha", "Anji bai cha", 1982),
]

_ATTRS = [
    # regions
    ("region:darjeeling", "region", "Darjeeling"),
    ("region:assam", "region", "Assam"),
    ("region:qimen", "region", "Qimen County"),
    ("region:huangshan", "region", "Mount Huangshan"),
    ("region:fengqing", "region", "Fengqing County"),
    ("region:wuyi", "region", "Wuyi Mountains"),
    ("region:shizuoka", "region", "Shizuoka"),
    ("region:uji", "region", "Uji"),
    ("region:nuwara_eliya", "region", "Nuwara Eliya"),
    ("region:kandy", "region", "Kandy"),
    ("region:limuru", "region", "Limuru"),
    ("region:rize", "region", "Rize"),
    ("region:nantou", "region", "Nantou County"),
    ("region:anji", "region", "Anji County"),
    # countries
    ("country:india", "country", "India"),
    ("country:china", "country", "China"),
    ("country:japan", "country", "Japan"),
    ("country:sri_lanka", "country", "Sri Lanka"),
    ("country:kenya", "country", "Kenya"),
    ("country:turkey", "country", "Turkey"),
    ("country:taiwan", "country", "Taiwan"),
    # classes
    ("class:black_tea", "tea class", "black tea"),
    ("class:green_tea", "tea class", "green tea"),
    ("class:oolong", "tea class", "oolong"),
    # people and organisations
    ("person:archibald_campbell", "person", "Archibald Campbell"),
    ("person:robert_bruce", "person", "Robert Bruce"),
    ("person:yu_ganchen", "person", "Yu Ganchen"),
    ("person:xie_zhengan", "person", "Xie Zhengan"),
    ("person:feng_shaoqiu", "person", "Feng Shaoqiu"),
    ("person:jiang_yuanxun", "person", "Jiang Yuanxun"),
    ("person:nagatani_soen", "person", "Nagatani Soen"),
    ("person:yamamoto_kahei", "person", "Yamamoto Kahei"),
    ("person:eisai", "person", "Eisai"),
    ("person:james_taylor", "person", "James Taylor"),
    ("person:gwl_caine", "person", "G. W. L. Caine"),
    ("person:zihni_derin", "person", "Zihni Derin"),
    ("person:lin_fengchi", "person", "Lin Feng-chi"),
    ("org:tres", "organisation", "Tea Research and Extension Station"),
    # processes
    ("process:steaming", "process", "steaming"),
    ("process:shading", "process", "shading"),
    ("process:stone_grinding", "process", "stone grinding"),
    ("process:roasting", "process", "roasting"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    ents = [kgx.Entity(f"tea:{slug}", kind="item", type="tea", label=label, attrs={"year": year})
            for slug, label, year in _TEAS]
    ents += [kgx.Entity(eid, kind="attribute", type=etype, label=label) for eid, etype, label in _ATTRS]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return ents


def rows():
    facts = [
        # Darjeeling tea
        ("tea:darjeeling", "grown_in", "region:darjeeling"),
        ("tea:darjeeling", "from_country", "country:india"),
        ("tea:darjeeling", "tea_class", "class:black_tea"),
        ("tea:darjeeling", "pioneered_by", "person:archibald_campbell"),
        # Assam tea
        ("tea:assam", "grown_in", "region:assam"),
        ("tea:assam", "from_country", "country:india"),
        ("tea:assam", "tea_class", "class:black_tea"),
        ("tea:assam", "pioneered_by", "person:robert_bruce"),
        # Keemun
        ("tea:keemun", "grown_in", "region:qimen"),
        ("tea:keemun", "from_country", "country:china"),
        ("tea:keemun", "tea_class", "class:black_tea"),
        ("tea:keemun", "pioneered_by", "person:yu_ganchen"),
        # Huangshan Maofeng
        ("tea:huangshan_maofeng", "grown_in", "region:huangshan"),
        ("tea:huangshan_maofeng", "from_country", "country:china"),
        ("tea:huangshan_maofeng", "tea_class", "class:green_tea"),
        ("tea:huangshan_maofeng", "pioneered_by", "person:xie_zhengan"),
        # Dianhong
        ("tea:dianhong", "grown_in", "region:fengqing"),
        ("tea:dianhong", "from_country", "country:china"),
        ("tea:dianhong", "tea_class", "class:black_tea"),
        ("tea:dianhong", "pioneered_by", "person:feng_shaoqiu"),
        # Jin Jun Mei
        ("tea:jin_jun_mei", "grown_in", "region:wuyi"),
        ("tea:jin_jun_mei", "from_country", "country:china"),
        ("tea:jin_jun_mei", "tea_class", "class:black_tea"),
        ("tea:jin_jun_mei", "pioneered_by", "person:jiang_yuanxun"),
        # Sencha
        ("tea:sencha", "grown_in", "region:shizuoka"),
        ("tea:sencha", "grown_in", "region:uji"),
        ("tea:sencha", "from_country", "country:japan"),
        ("tea:sencha", "tea_class", "class:green_tea"),
        ("tea:sencha", "pioneered_by", "person:nagatani_soen"),
        ("tea:sencha", "processed_by", "process:steaming"),
        # Gyokuro
        ("tea:gyokuro", "grown_in", "region:uji"),
        ("tea:gyokuro", "from_country", "country:japan"),
        ("tea:gyokuro", "tea_class", "class:green_tea"),
        ("tea:gyokuro", "pioneered_by", "person:yamamoto_kahei"),
        ("tea:gyokuro", "processed_by", "process:shading"),
        ("tea:gyokuro", "processed_by", "process:steaming"),
        # Matcha
        ("tea:matcha", "grown_in", "region:uji"),
        ("tea:matcha", "from_country", "country:japan"),
        ("tea:matcha", "tea_class", "class:green_tea"),
        ("tea:matcha", "pioneered_by", "person:eisai"),
        ("tea:matcha", "processed_by", "process:shading"),
        ("tea:matcha", "processed_by", "process:stone_grinding"),
        # Ceylon tea
        ("tea:ceylon", "grown_in", "region:nuwara_eliya"),
        ("tea:ceylon", "grown_in", "region:kandy"),
        ("tea:ceylon", "from_country", "country:sri_lanka"),
        ("tea:ceylon", "tea_class", "class:black_tea"),
        ("tea:ceylon", "pioneered_by", "person:james_taylor"),
        # Kenyan tea
        ("tea:kenyan", "grown_in", "region:limuru"),
        ("tea:kenyan", "from_country", "country:kenya"),
        ("tea:kenyan", "tea_class", "class:black_tea"),
        ("tea:kenyan", "pioneered_by", "person:gwl_caine"),
        # Rize tea
        ("tea:rize", "grown_in", "region:rize"),
        ("tea:rize", "from_country", "country:turkey"),
        ("tea:rize", "tea_class", "class:black_tea"),
        ("tea:rize", "pioneered_by", "person:zihni_derin"),
        # Ruby Red
        ("tea:ruby_red", "grown_in", "region:nantou"),
        ("tea:ruby_red", "from_country", "country:taiwan"),
        ("tea:ruby_red", "tea_class", "class:black_tea"),
        ("tea:ruby_red", "pioneered_by", "org:tres"),
        # Dong Ding oolong
        ("tea:dong_ding", "grown_in", "region:nantou"),
        ("tea:dong_ding", "from_country", "country:taiwan"),
        ("tea:dong_ding", "tea_class", "class:oolong"),
        ("tea:dong_ding", "pioneered_by", "person:lin_fengchi"),
        ("tea:dong_ding", "processed_by", "process:roasting"),
        # Anji bai cha
        ("tea:anji_bai_cha", "grown_in", "region:anji"),
        ("tea:anji_bai_cha", "from_country", "country:china"),
        ("tea:anji_bai_cha", "tea_class", "class:green_tea"),
    ]
    ratings = [
        ("user:ana", "tea:gyokuro", 5.0), ("user:ana", "tea:matcha", 4.5),
        ("user:ana", "tea:keemun", 2.0), ("user:ana", "tea:assam", 3.0),
        ("user:ben", "tea:darjeeling", 4.0), ("user:ben", "tea:ceylon", 5.0),
        ("user:ben", "tea:sencha", 1.5), ("user:ben", "tea:dong_ding", 3.5),
        ("user:chen", "tea:dianhong", 4.5), ("user:chen", "tea:jin_jun_mei", 5.0),
        ("user:chen", "tea:rize", 2.5), ("user:chen", "tea:anji_bai_cha", 1.0),
        ("user:dara", "tea:kenyan", 4.0), ("user:dara", "tea:huangshan_maofeng", 2.0),
        ("user:dara", "tea:ruby_red", 4.5), ("user:dara", "tea:matcha", 3.0),
        ("user:emil", "tea:assam", 5.0), ("user:emil", "tea:keemun", 4.0),
        ("user:emil", "tea:gyokuro", 0.5), ("user:emil", "tea:darjeeling", 3.5),
    ]
    return facts + [(u, "rated", i, {"rating": r}) for u, i, r in ratings]


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind108")
