"""blind104: a small graph of temples around the world, declared in code."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("temple",)),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to",
                 domain=("temple",), range=("city", "region")),
    kgx.Relation("dedicated_to", phrase="is dedicated to", inverse_phrase="is venerated at",
                 domain=("temple",), range=("deity", "buddha", "bodhisattva", "sage", "guru", "figure")),
    kgx.Relation("of_faith", phrase="is a holy site of", inverse_phrase="holds sacred",
                 domain=("temple",), range=("religion",)),
    kgx.Relation("architectural_style", phrase="is an example of", inverse_phrase="is exemplified by",
                 domain=("temple",), range=("style",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=("temple",), range=("person", "dynasty")),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("temple",), range=("person",)),
    kgx.Relation("has_form", phrase="is a", inverse_phrase="is the form of",
                 domain=("temple",), range=("form",)),
]

# (id, label, year) -- year: founded, completed or opened, whichever is the usual date
TEMPLES = [
    ("temple:todaiji", "Todai-ji", 752, ("Tōdai-ji",)),
    ("temple:kinkakuji", "Kinkaku-ji", 1397, ("Golden Pavilion",)),
    ("temple:ginkakuji", "Ginkaku-ji", 1482, ("Silver Pavilion",)),
    ("temple:kiyomizudera", "Kiyomizu-dera", 778, ()),
    ("temple:sensoji", "Senso-ji", 645, ("Sensō-ji",)),
    ("temple:byodoin", "Byodo-in", 1052, ("Byōdō-in",)),
    ("temple:golden_temple", "Golden Temple", 1604, ("Harmandir Sahib",)),
    ("temple:brihadisvara", "Brihadisvara Temple", 1010, ()),
    ("temple:konark", "Konark Sun Temple", 1250, ()),
    ("temple:kashi_vishwanath", "Kashi Vishwanath Temple", 1780, ()),
    ("temple:akshardham", "Swaminarayan Akshardham", 2005, ("Akshardham",)),
    ("temple:lotus_temple", "Lotus Temple", 1986, ()),
    ("temple:borobudur", "Borobudur", 825, ()),
    ("temple:prambanan", "Prambanan", 856, ()),
    ("temple:angkor_wat", "Angkor Wat", 1150, ()),
    ("temple:temple_of_literature", "Temple of Literature", 1070, ()),
    ("temple:sagrada_familia", "Sagrada Família", 1882, ("Sagrada Familia",)),
    ("temple:salt_lake_temple", "Salt Lake Temple", 1893, ()),
    ("temple:temple_of_heaven", "Temple of Heaven", 1420, ()),
]

# (id, type, label)
ATTRIBUTES = [
    ("city:nara", "city", "Nara"),
    ("city:kyoto", "city", "Kyoto"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:uji", "city", "Uji"),
    ("city:amritsar", "city", "Amritsar"),
    ("city:thanjavur", "city", "Thanjavur"),
    ("city:konark", "city", "Konark"),
    ("city:varanasi", "city", "Varanasi"),
    ("city:new_delhi", "city", "New Delhi"),
    ("city:hanoi", "city", "Hanoi"),
    ("city:barcelona", "city", "Barcelona"),
    ("city:salt_lake_city", "city", "Salt Lake City"),
    ("city:beijing", "city", "Beijing"),
    ("region:central_java", "region", "Central Java"),
    ("region:yogyakarta", "region", "Special Region of Yogyakarta"),
    ("region:siem_reap", "region", "Siem Reap Province"),
    ("deity:shiva", "deity", "Shiva"),
    ("deity:vishnu", "deity", "Vishnu"),
    ("deity:surya", "deity", "Surya"),
    ("buddha:vairocana", "buddha", "Vairocana"),
    ("buddha:amida", "buddha", "Amida Buddha"),
    ("bodhisattva:kannon", "bodhisattva", "Kannon"),
    ("sage:confucius", "sage", "Confucius"),
    ("guru:swaminarayan", "guru", "Swaminarayan"),
    ("figure:holy_family", "figure", "Holy Family"),
    ("religion:buddhism", "religion", "Buddhism"),
    ("religion:hinduism", "religion", "Hinduism"),
    ("religion:sikhism", "religion", "Sikhism"),
    ("religion:bahai", "religion", "Bahá'í Faith"),
    ("religion:confucianism", "religion", "Confucianism"),
    ("religion:catholicism", "religion", "Catholicism"),
    ("religion:lds", "religion", "The Church of Jesus Christ of Latter-day Saints"),
    ("style:dravidian", "style", "Dravidian architecture"),
    ("style:kalinga", "style", "Kalinga architecture"),
    ("style:khmer", "style", "Khmer architecture"),
    ("style:expressionist", "style", "Expressionist architecture"),
    ("style:modernisme", "style", "Catalan Modernisme"),
    ("person:emperor_shomu", "person", "Emperor Shomu"),
    ("person:ashikaga_yoshimitsu", "person", "Ashikaga Yoshimitsu"),
    ("person:ashikaga_yoshimasa", "person", "Ashikaga Yoshimasa"),
    ("person:fujiwara_no_yorimichi", "person", "Fujiwara no Yorimichi"),
    ("person:guru_arjan", "person", "Guru Arjan"),
    ("person:rajaraja_i", "person", "Rajaraja I"),
    ("person:narasimhadeva_i", "person", "Narasimhadeva I"),
    ("person:ahilyabai_holkar", "person", "Ahilyabai Holkar"),
    ("person:rakai_pikatan", "person", "Rakai Pikatan"),
    ("person:suryavarman_ii", "person", "Suryavarman II"),
    ("person:ly_thanh_tong", "person", "Ly Thanh Tong"),
    ("person:yongle_emperor", "person", "Yongle Emperor"),
    ("person:brigham_young", "person", "Brigham Young"),
    ("dynasty:sailendra", "dynasty", "Sailendra dynasty"),
    ("person:fariborz_sahba", "person", "Fariborz Sahba"),
    ("person:antoni_gaudi", "person", "Antoni Gaudí"),
    ("person:truman_o_angell", "person", "Truman O. Angell"),
    ("form:gurdwara", "form", "Gurdwara"),
    ("form:mandir", "form", "Mandir"),
    ("form:stupa", "form", "Stupa"),
    ("form:house_of_worship", "form", "House of Worship"),
    ("form:basilica", "form", "Basilica"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = [
    # Todai-ji
    ("temple:todaiji", "located_in", "city:nara"),
    ("temple:todaiji", "dedicated_to", "buddha:vairocana"),
    ("temple:todaiji", "of_faith", "religion:buddhism"),
    ("temple:todaiji", "commissioned_by", "person:emperor_shomu"),
    # Kinkaku-ji
    ("temple:kinkakuji", "located_in", "city:kyoto"),
    ("temple:kinkakuji", "of_faith", "religion:buddhism"),
    ("temple:kinkakuji", "commissioned_by", "person:ashikaga_yoshimitsu"),
    # Ginkaku-ji
    ("temple:ginkakuji", "located_in", "city:kyoto"),
    ("temple:ginkakuji", "of_faith", "religion:buddhism"),
    ("temple:ginkakuji", "commissioned_by", "person:ashikaga_yoshimasa"),
    # Kiyomizu-dera
    ("temple:kiyomizudera", "located_in", "city:kyoto"),
    ("temple:kiyomizudera", "dedicated_to", "bodhisattva:kannon"),
    ("temple:kiyomizudera", "of_faith", "religion:buddhism"),
    # Senso-ji
    ("temple:sensoji", "located_in", "city:tokyo"),
    ("temple:sensoji", "dedicated_to", "bodhisattva:kannon"),
    ("temple:sensoji", "of_faith", "religion:buddhism"),
    # Byodo-in
    ("temple:byodoin", "located_in", "city:uji"),
    ("temple:byodoin", "dedicated_to", "buddha:amida"),
    ("temple:byodoin", "of_faith", "religion:buddhism"),
    ("temple:byodoin", "commissioned_by", "person:fujiwara_no_yorimichi"),
    # Golden Temple
    ("temple:golden_temple", "located_in", "city:amritsar"),
    ("temple:golden_temple", "of_faith", "religion:sikhism"),
    ("temple:golden_temple", "commissioned_by", "person:guru_arjan"),
    ("temple:golden_temple", "has_form", "form:gurdwara"),
    # Brihadisvara Temple
    ("temple:brihadisvara", "located_in", "city:thanjavur"),
    ("temple:brihadisvara", "dedicated_to", "deity:shiva"),
    ("temple:brihadisvara", "of_faith", "religion:hinduism"),
    ("temple:brihadisvara", "architectural_style", "style:dravidian"),
    ("temple:brihadisvara", "commissioned_by", "person:rajaraja_i"),
    # Konark Sun Temple
    ("temple:konark", "located_in", "city:konark"),
    ("temple:konark", "dedicated_to", "deity:surya"),
    ("temple:konark", "of_faith", "religion:hinduism"),
    ("temple:konark", "architectural_style", "style:kalinga"),
    ("temple:konark", "commissioned_by", "person:narasimhadeva_i"),
    # Kashi Vishwanath Temple
    ("temple:kashi_vishwanath", "located_in", "city:varanasi"),
    ("temple:kashi_vishwanath", "dedicated_to", "deity:shiva"),
    ("temple:kashi_vishwanath", "of_faith", "religion:hinduism"),
    ("temple:kashi_vishwanath", "commissioned_by", "person:ahilyabai_holkar"),
    ("temple:kashi_vishwanath", "has_form", "form:mandir"),
    # Swaminarayan Akshardham
    ("temple:akshardham", "located_in", "city:new_delhi"),
    ("temple:akshardham", "dedicated_to", "guru:swaminarayan"),
    ("temple:akshardham", "of_faith", "religion:hinduism"),
    ("temple:akshardham", "has_form", "form:mandir"),
    # Lotus Temple
    ("temple:lotus_temple", "located_in", "city:new_delhi"),
    ("temple:lotus_temple", "of_faith", "religion:bahai"),
    ("temple:lotus_temple", "architectural_style", "style:expressionist"),
    ("temple:lotus_temple", "designed_by", "person:fariborz_sahba"),
    ("temple:lotus_temple", "has_form", "form:house_of_worship"),
    # Borobudur
    ("temple:borobudur", "located_in", "region:central_java"),
    ("temple:borobudur", "of_faith", "religion:buddhism"),
    ("temple:borobudur", "commissioned_by", "dynasty:sailendra"),
    ("temple:borobudur", "has_form", "form:stupa"),
    # Prambanan
    ("temple:prambanan", "located_in", "region:yogyakarta"),
    ("temple:prambanan", "dedicated_to", "deity:shiva"),
    ("temple:prambanan", "of_faith", "religion:hinduism"),
    ("temple:prambanan", "commissioned_by", "person:rakai_pikatan"),
    # Angkor Wat
    ("temple:angkor_wat", "located_in", "region:siem_reap"),
    ("temple:angkor_wat", "dedicated_to", "deity:vishnu"),
    ("temple:angkor_wat", "of_faith", "religion:hinduism"),
    ("temple:angkor_wat", "of_faith", "religion:buddhism"),
    ("temple:angkor_wat", "architectural_style", "style:khmer"),
    ("temple:angkor_wat", "commissioned_by", "person:suryavarman_ii"),
    # Temple of Literature
    ("temple:temple_of_literature", "located_in", "city:hanoi"),
    ("temple:temple_of_literature", "dedicated_to", "sage:confucius"),
    ("temple:temple_of_literature", "of_faith", "religion:confucianism"),
    ("temple:temple_of_literature", "commissioned_by", "person:ly_thanh_tong"),
    # Sagrada Família
    ("temple:sagrada_familia", "located_in", "city:barcelona"),
    ("temple:sagrada_familia", "dedicated_to", "figure:holy_family"),
    ("temple:sagrada_familia", "of_faith", "religion:catholicism"),
    ("temple:sagrada_familia", "architectural_style", "style:modernisme"),
    ("temple:sagrada_familia", "designed_by", "person:antoni_gaudi"),
    ("temple:sagrada_familia", "has_form", "form:basilica"),
    # Salt Lake Temple
    ("temple:salt_lake_temple", "located_in", "city:salt_lake_city"),
    ("temple:salt_lake_temple", "of_faith", "religion:lds"),
    ("temple:salt_lake_temple", "commissioned_by", "person:brigham_young"),
    ("temple:salt_lake_temple", "designed_by", "person:truman_o_angell"),
    # Temple of Heaven
    ("temple:temple_of_heaven", "located_in", "city:beijing"),
    ("temple:temple_of_heaven", "commissioned_by", "person:yongle_emperor"),
]

RATINGS = [
    ("user:ana", "temple:todaiji", 5.0),
    ("user:ana", "temple:kinkakuji", 4.5),
    ("user:ana", "temple:angkor_wat", 4.0),
    ("user:ana", "temple:lotus_temple", 1.5),
    ("user:ben", "temple:golden_temple", 5.0),
    ("user:ben", "temple:brihadisvara", 4.0),
    ("user:ben", "temple:sagrada_familia", 2.0),
    ("user:ben", "temple:sensoji", 3.0),
    ("user:chen", "temple:temple_of_heaven", 4.5),
    ("user:chen", "temple:borobudur", 5.0),
    ("user:chen", "temple:kiyomizudera", 1.0),
    ("user:chen", "temple:salt_lake_temple", 3.5),
    ("user:dara", "temple:prambanan", 4.5),
    ("user:dara", "temple:konark", 0.5),
    ("user:dara", "temple:ginkakuji", 4.0),
    ("user:dara", "temple:akshardham", 2.5),
    ("user:emil", "temple:byodoin", 5.0),
    ("user:emil", "temple:kashi_vishwanath", 1.5),
    ("user:emil", "temple:temple_of_literature", 4.0),
    ("user:emil", "temple:angkor_wat", 2.0),
]


def entities():
    out = [kgx.Entity(tid, kind="item", type="temple", label=label, aliases=aliases, attrs={"year": year})
           for tid, label, year, aliases in TEMPLES]
    out += [kgx.Entity(aid, kind="attribute", type=atype, label=label) for aid, atype, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = list(FACTS)
    out += [(u, "rated", t, {"rating": r}) for u, t, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind104")
