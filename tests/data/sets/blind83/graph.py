"""A small graph of real zoos, declared in code (blind writer blind83).

``year`` is the year each zoo was founded or first opened to visitors.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("zoo",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("zoo",), range=("city", "county")),
    kgx.Relation("set_in", phrase="lies within", inverse_phrase="surrounds",
                 domain=("zoo",), range=("park",)),
    kgx.Relation("operated_by", phrase="is run by", inverse_phrase="runs",
                 domain=("zoo",), range=("organisation",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("zoo",), range=("person",)),
    kgx.Relation("keeps", phrase="keeps", inverse_phrase="can be seen at",
                 domain=("zoo",), range=("species",)),
]

ZOOS = [
    ("zoo:san_diego", "San Diego Zoo", 1916),
    ("zoo:bronx", "Bronx Zoo", 1899),
    ("zoo:london", "London Zoo", 1828),
    ("zoo:whipsnade", "Whipsnade Zoo", 1931),
    ("zoo:berlin", "Berlin Zoological Garden", 1844),
    ("zoo:schonbrunn", "Tiergarten Schönbrunn", 1752),
    ("zoo:artis", "Artis", 1838),
    ("zoo:antwerp", "Antwerp Zoo", 1843),
    ("zoo:dublin", "Dublin Zoo", 1831),
    ("zoo:national", "Smithsonian National Zoological Park", 1889),
    ("zoo:lincoln_park", "Lincoln Park Zoo", 1868),
    ("zoo:brookfield", "Brookfield Zoo", 1934),
    ("zoo:saint_louis", "Saint Louis Zoo", 1910),
    ("zoo:cincinnati", "Cincinnati Zoo", 1875),
    ("zoo:philadelphia", "Philadelphia Zoo", 1874),
    ("zoo:taronga", "Taronga Zoo", 1916),
    ("zoo:singapore", "Singapore Zoo", 1973),
    ("zoo:chapultepec", "Chapultepec Zoo", 1923),
    ("zoo:hagenbeck", "Tierpark Hagenbeck", 1907),
    ("zoo:beijing", "Beijing Zoo", 1906),
]

ATTRIBUTES = [
    # places
    ("city:san_diego", "city", "San Diego"),
    ("city:new_york", "city", "New York City"),
    ("city:london", "city", "London"),
    ("county:bedfordshire", "county", "Bedfordshire"),
    ("city:berlin", "city", "Berlin"),
    ("city:vienna", "city", "Vienna"),
    ("city:amsterdam", "city", "Amsterdam"),
    ("city:antwerp", "city", "Antwerp"),
    ("city:dublin", "city", "Dublin"),
    ("city:washington", "city", "Washington, D.C."),
    ("city:chicago", "city", "Chicago"),
    ("city:brookfield", "city", "Brookfield"),
    ("city:st_louis", "city", "St. Louis"),
    ("city:cincinnati", "city", "Cincinnati"),
    ("city:philadelphia", "city", "Philadelphia"),
    ("city:sydney", "city", "Sydney"),
    ("city:singapore", "city", "Singapore"),
    ("city:mexico_city", "city", "Mexico City"),
    ("city:hamburg", "city", "Hamburg"),
    ("city:beijing", "city", "Beijing"),
    # parks
    ("park:balboa", "park", "Balboa Park"),
    ("park:bronx", "park", "Bronx Park"),
    ("park:regents", "park", "Regent's Park"),
    ("park:tiergarten", "park", "Tiergarten"),
    ("park:schonbrunn", "park", "Schönbrunn Palace Park"),
    ("park:phoenix", "park", "Phoenix Park"),
    ("park:rock_creek", "park", "Rock Creek Park"),
    ("park:lincoln", "park", "Lincoln Park"),
    ("park:forest", "park", "Forest Park"),
    ("park:fairmount", "park", "Fairmount Park"),
    ("park:chapultepec", "park", "Chapultepec Park"),
    # organisations
    ("org:sdzwa", "organisation", "San Diego Zoo Wildlife Alliance"),
    ("org:wcs", "organisation", "Wildlife Conservation Society"),
    ("org:zsl", "organisation", "Zoological Society of London"),
    ("org:kmda", "organisation", "Royal Zoological Society of Antwerp"),
    ("org:zsi", "organisation", "Zoological Society of Ireland"),
    ("org:smithsonian", "organisation", "Smithsonian Institution"),
    ("org:czs", "organisation", "Chicago Zoological Society"),
    ("org:taronga", "organisation", "Taronga Conservation Society Australia"),
    ("org:mandai", "organisation", "Mandai Wildlife Group"),
    # people
    ("person:harry_wegeforth", "person", "Harry Wegeforth"),
    ("person:stamford_raffles", "person", "Stamford Raffles"),
    ("person:martin_lichtenstein", "person", "Martin Lichtenstein"),
    ("person:francis_i", "person", "Emperor Francis I"),
    ("person:gerardus_westerman", "person", "Gerardus Frederik Westerman"),
    ("person:william_hornaday", "person", "William Temple Hornaday"),
    ("person:ong_swee_law", "person", "Ong Swee Law"),
    ("person:alfonso_herrera", "person", "Alfonso L. Herrera"),
    ("person:carl_hagenbeck", "person", "Carl Hagenbeck"),
    # species
    ("species:koala", "species", "koala"),
    ("species:giant_panda", "species", "giant panda"),
    ("species:okapi", "species", "okapi"),
    ("species:gorilla", "species", "gorilla"),
    ("species:hippopotamus", "species", "hippopotamus"),
    ("species:platypus", "species", "platypus"),
    ("species:orangutan", "species", "orangutan"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = [
    ("zoo:san_diego", "located_in", "city:san_diego"),
    ("zoo:san_diego", "set_in", "park:balboa"),
    ("zoo:san_diego", "operated_by", "org:sdzwa"),
    ("zoo:san_diego", "founded_by", "person:harry_wegeforth"),
    ("zoo:san_diego", "keeps", "species:koala"),
    ("zoo:san_diego", "keeps", "species:giant_panda"),
    ("zoo:san_diego", "keeps", "species:okapi"),

    ("zoo:bronx", "located_in", "city:new_york"),
    ("zoo:bronx", "set_in", "park:bronx"),
    ("zoo:bronx", "operated_by", "org:wcs"),
    ("zoo:bronx", "keeps", "species:gorilla"),
    ("zoo:bronx", "keeps", "species:okapi"),

    ("zoo:london", "located_in", "city:london"),
    ("zoo:london", "set_in", "park:regents"),
    ("zoo:london", "operated_by", "org:zsl"),
    ("zoo:london", "founded_by", "person:stamford_raffles"),
    ("zoo:london", "keeps", "species:gorilla"),
    ("zoo:london", "keeps", "species:okapi"),

    ("zoo:whipsnade", "located_in", "county:bedfordshire"),
    ("zoo:whipsnade", "operated_by", "org:zsl"),

    ("zoo:berlin", "located_in", "city:berlin"),
    ("zoo:berlin", "set_in", "park:tiergarten"),
    ("zoo:berlin", "founded_by", "person:martin_lichtenstein"),
    ("zoo:berlin", "keeps", "species:giant_panda"),

    ("zoo:schonbrunn", "located_in", "city:vienna"),
    ("zoo:schonbrunn", "set_in", "park:schonbrunn"),
    ("zoo:schonbrunn", "founded_by", "person:francis_i"),

    ("zoo:artis", "located_in", "city:amsterdam"),
    ("zoo:artis", "founded_by", "person:gerardus_westerman"),

    ("zoo:antwerp", "located_in", "city:antwerp"),
    ("zoo:antwerp", "operated_by", "org:kmda"),
    ("zoo:antwerp", "keeps", "species:okapi"),

    ("zoo:dublin", "located_in", "city:dublin"),
    ("zoo:dublin", "set_in", "park:phoenix"),
    ("zoo:dublin", "operated_by", "org:zsi"),

    ("zoo:national", "located_in", "city:washington"),
    ("zoo:national", "set_in", "park:rock_creek"),
    ("zoo:national", "operated_by", "org:smithsonian"),
    ("zoo:national", "founded_by", "person:william_hornaday"),
    ("zoo:national", "keeps", "species:giant_panda"),

    ("zoo:lincoln_park", "located_in", "city:chicago"),
    ("zoo:lincoln_park", "set_in", "park:lincoln"),
    ("zoo:lincoln_park", "keeps", "species:gorilla"),

    ("zoo:brookfield", "located_in", "city:brookfield"),
    ("zoo:brookfield", "operated_by", "org:czs"),

    ("zoo:saint_louis", "located_in", "city:st_louis"),
    ("zoo:saint_louis", "set_in", "park:forest"),

    ("zoo:cincinnati", "located_in", "city:cincinnati"),
    ("zoo:cincinnati", "keeps", "species:gorilla"),
    ("zoo:cincinnati", "keeps", "species:hippopotamus"),

    ("zoo:philadelphia", "located_in", "city:philadelphia"),
    ("zoo:philadelphia", "set_in", "park:fairmount"),

    ("zoo:taronga", "located_in", "city:sydney"),
    ("zoo:taronga", "operated_by", "org:taronga"),
    ("zoo:taronga", "keeps", "species:koala"),
    ("zoo:taronga", "keeps", "species:platypus"),

    ("zoo:singapore", "located_in", "city:singapore"),
    ("zoo:singapore", "operated_by", "org:mandai"),
    ("zoo:singapore", "founded_by", "person:ong_swee_law"),
    ("zoo:singapore", "keeps", "species:orangutan"),

    ("zoo:chapultepec", "located_in", "city:mexico_city"),
    ("zoo:chapultepec", "set_in", "park:chapultepec"),
    ("zoo:chapultepec", "founded_by", "person:alfonso_herrera"),
    ("zoo:chapultepec", "keeps", "species:giant_panda"),

    ("zoo:hagenbeck", "located_in", "city:hamburg"),
    ("zoo:hagenbeck", "founded_by", "person:carl_hagenbeck"),

    ("zoo:beijing", "located_in", "city:beijing"),
    ("zoo:beijing", "keeps", "species:giant_panda"),
]

RATINGS = [
    ("user:ana", "zoo:san_diego", 5.0),
    ("user:ana", "zoo:taronga", 4.5),
    ("user:ana", "zoo:bronx", 2.0),
    ("user:ana", "zoo:singapore", 4.0),
    ("user:ben", "zoo:london", 4.0),
    ("user:ben", "zoo:berlin", 1.5),
    ("user:ben", "zoo:artis", 5.0),
    ("user:ben", "zoo:dublin", 3.0),
    ("user:chen", "zoo:beijing", 4.5),
    ("user:chen", "zoo:singapore", 5.0),
    ("user:chen", "zoo:schonbrunn", 2.0),
    ("user:chen", "zoo:chapultepec", 3.5),
    ("user:dara", "zoo:lincoln_park", 4.0),
    ("user:dara", "zoo:brookfield", 1.0),
    ("user:dara", "zoo:saint_louis", 5.0),
    ("user:dara", "zoo:cincinnati", 2.5),
    ("user:emil", "zoo:hagenbeck", 4.5),
    ("user:emil", "zoo:antwerp", 0.5),
    ("user:emil", "zoo:whipsnade", 3.0),
    ("user:emil", "zoo:national", 4.0),
]


def entities():
    out = [kgx.Entity(i, kind="item", type="zoo", label=label, attrs={"year": year})
           for i, label, year in ZOOS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = list(FACTS)
    out += [(u, "rated", z, {"rating": r}) for u, z, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind83")
