"""A small graph of operas: composers, librettists, premiere houses, cities, sources, languages."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("opera",)),
    kgx.Relation(
        "composed_by",
        phrase="was composed by",
        inverse_phrase="composed",
        domain=("opera",),
        range=("person",),
    ),
    kgx.Relation(
        "libretto_by",
        phrase="has a libretto by",
        inverse_phrase="wrote the libretto of",
        domain=("opera",),
        range=("person",),
    ),
    kgx.Relation(
        "premiered_at",
        phrase="premiered at",
        inverse_phrase="hosted the premiere of",
        domain=("opera",),
        range=("opera_house",),
    ),
    kgx.Relation(
        "premiered_in",
        phrase="was first performed in",
        inverse_phrase="saw the first performance of",
        domain=("opera",),
        range=("city",),
    ),
    kgx.Relation(
        "based_on",
        phrase="is based on",
        inverse_phrase="is the source of",
        domain=("opera",),
        range=("work",),
    ),
    kgx.Relation(
        "sung_in",
        phrase="is sung in",
        inverse_phrase="is the language of",
        domain=("opera",),
        range=("language",),
    ),
    kgx.Relation(
        "has_genre", phrase="is a", inverse_phrase="is the genre of", domain=("opera",), range=("genre",)
    ),
]

OPERAS = {
    "op:traviata": ("La traviata", 1853),
    "op:rigoletto": ("Rigoletto", 1851),
    "op:otello": ("Otello", 1887),
    "op:falstaff": ("Falstaff", 1893),
    "op:carmen": ("Carmen", 1875),
    "op:boheme": ("La bohème", 1896),
    "op:tosca": ("Tosca", 1900),
    "op:butterfly": ("Madama Butterfly", 1904),
    "op:onegin": ("Eugene Onegin", 1879),
    "op:figaro": ("Le nozze di Figaro", 1786),
    "op:giovanni": ("Don Giovanni", 1787),
    "op:barbiere": ("Il barbiere di Siviglia", 1816),
    "op:salome": ("Salome", 1905),
    "op:grimes": ("Peter Grimes", 1945),
    "op:lucia": ("Lucia di Lammermoor", 1835),
}

ATTRS = {
    # composers
    "person:verdi": ("person", "Giuseppe Verdi"),
    "person:bizet": ("person", "Georges Bizet"),
    "person:puccini": ("person", "Giacomo Puccini"),
    "person:tchaikovsky": ("person", "Pyotr Ilyich Tchaikovsky"),
    "person:mozart": ("person", "Wolfgang Amadeus Mozart"),
    "person:rossini": ("person", "Gioachino Rossini"),
    "person:strauss": ("person", "Richard Strauss"),
    "person:britten": ("person", "Benjamin Britten"),
    "person:donizetti": ("person", "Gaetano Donizetti"),
    # librettists
    "person:piave": ("person", "Francesco Maria Piave"),
    "person:boito": ("person", "Arrigo Boito"),
    "person:meilhac": ("person", "Henri Meilhac"),
    "person:halevy": ("person", "Ludovic Halévy"),
    "person:illica": ("person", "Luigi Illica"),
    "person:giacosa": ("person", "Giuseppe Giacosa"),
    "person:da_ponte": ("person", "Lorenzo Da Ponte"),
    "person:sterbini": ("person", "Cesare Sterbini"),
    "person:slater": ("person", "Montagu Slater"),
    # opera houses
    "house:la_fenice": ("opera_house", "La Fenice"),
    "house:la_scala": ("opera_house", "La Scala"),
    "house:opera_comique": ("opera_house", "Opéra-Comique"),
    "house:teatro_regio": ("opera_house", "Teatro Regio"),
    "house:teatro_costanzi": ("opera_house", "Teatro Costanzi"),
    "house:maly": ("opera_house", "Maly Theatre"),
    "house:burgtheater": ("opera_house", "Burgtheater"),
    "house:estates": ("opera_house", "Estates Theatre"),
    "house:teatro_argentina": ("opera_house", "Teatro Argentina"),
    "house:dresden": ("opera_house", "Dresden Court Opera"),
    "house:sadlers_wells": ("opera_house", "Sadler's Wells Theatre"),
    "house:san_carlo": ("opera_house", "Teatro di San Carlo"),
    # cities
    "city:venice": ("city", "Venice"),
    "city:milan": ("city", "Milan"),
    "city:paris": ("city", "Paris"),
    "city:turin": ("city", "Turin"),
    "city:rome": ("city", "Rome"),
    "city:moscow": ("city", "Moscow"),
    "city:vienna": ("city", "Vienna"),
    "city:prague": ("city", "Prague"),
    "city:dresden": ("city", "Dresden"),
    "city:london": ("city", "London"),
    "city:naples": ("city", "Naples"),
    # source works
    "work:dame_camelias": ("work", "La Dame aux camélias"),
    "work:roi_samuse": ("work", "Le roi s'amuse"),
    "work:othello": ("work", "Othello"),
    "work:merry_wives": ("work", "The Merry Wives of Windsor"),
    "work:vie_de_boheme": ("work", "Scènes de la vie de bohème"),
    "work:la_tosca": ("work", "La Tosca"),
    "work:madame_butterfly": ("work", "Madame Butterfly"),
    "work:mariage_figaro": ("work", "Le Mariage de Figaro"),
    "work:barbier_seville": ("work", "Le Barbier de Séville"),
    "work:the_borough": ("work", "The Borough"),
    "work:bride_lammermoor": ("work", "The Bride of Lammermoor"),
    # languages
    "lang:italian": ("language", "Italian"),
    "lang:french": ("language", "French"),
    "lang:russian": ("language", "Russian"),
    "lang:german": ("language", "German"),
    "lang:english": ("language", "English"),
    # genres
    "genre:comic": ("genre", "comic opera"),
    "genre:tragic": ("genre", "tragic opera"),
    "genre:opera_comique": ("genre", "opéra comique"),
}

USERS = {
    "user:ana": "Ana",
    "user:ben": "Ben",
    "user:chiara": "Chiara",
    "user:dmitri": "Dmitri",
    "user:elena": "Elena",
}


def entities():
    out = [
        kgx.Entity(i, kind="item", type="opera", label=lab, attrs={"year": y})
        for i, (lab, y) in OPERAS.items()
    ]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRS.items()]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return out


FACTS = {
    "op:traviata": dict(
        composed_by=["person:verdi"],
        libretto_by=["person:piave"],
        premiered_at=["house:la_fenice"],
        premiered_in=["city:venice"],
        based_on=["work:dame_camelias"],
        sung_in=["lang:italian"],
        has_genre=["genre:tragic"],
    ),
    "op:rigoletto": dict(
        composed_by=["person:verdi"],
        libretto_by=["person:piave"],
        premiered_at=["house:la_fenice"],
        premiered_in=["city:venice"],
        based_on=["work:roi_samuse"],
        sung_in=["lang:italian"],
        has_genre=["genre:tragic"],
    ),
    "op:otello": dict(
        composed_by=["person:verdi"],
        libretto_by=["person:boito"],
        premiered_at=["house:la_scala"],
        premiered_in=["city:milan"],
        based_on=["work:othello"],
        sung_in=["lang:italian"],
        has_genre=["genre:tragic"],
    ),
    "op:falstaff": dict(
        composed_by=["person:verdi"],
        libretto_by=["person:boito"],
        premiered_at=["house:la_scala"],
        premiered_in=["city:milan"],
        based_on=["work:merry_wives"],
        sung_in=["lang:italian"],
        has_genre=["genre:comic"],
    ),
    "op:carmen": dict(
        composed_by=["person:bizet"],
        libretto_by=["person:meilhac", "person:halevy"],
        premiered_at=["house:opera_comique"],
        premiered_in=["city:paris"],
        sung_in=["lang:french"],
        has_genre=["genre:opera_comique"],
    ),
    "op:boheme": dict(
        composed_by=["person:puccini"],
        libretto_by=["person:illica", "person:giacosa"],
        premiered_at=["house:teatro_regio"],
        premiered_in=["city:turin"],
        based_on=["work:vie_de_boheme"],
        sung_in=["lang:italian"],
        has_genre=["genre:tragic"],
    ),
    "op:tosca": dict(
        composed_by=["person:puccini"],
        libretto_by=["person:illica", "person:giacosa"],
        premiered_at=["house:teatro_costanzi"],
        premiered_in=["city:rome"],
        based_on=["work:la_tosca"],
        sung_in=["lang:italian"],
        has_genre=["genre:tragic"],
    ),
    "op:butterfly": dict(
        composed_by=["person:puccini"],
        libretto_by=["person:illica", "person:giacosa"],
        premiered_at=["house:la_scala"],
        premiered_in=["city:milan"],
        based_on=["work:madame_butterfly"],
        sung_in=["lang:italian"],
        has_genre=["genre:tragic"],
    ),
    "op:onegin": dict(
        composed_by=["person:tchaikovsky"],
        libretto_by=["person:tchaikovsky"],
        premiered_at=["house:maly"],
        premiered_in=["city:moscow"],
        sung_in=["lang:russian"],
    ),
    "op:figaro": dict(
        composed_by=["person:mozart"],
        libretto_by=["person:da_ponte"],
        premiered_at=["house:burgtheater"],
        premiered_in=["city:vienna"],
        based_on=["work:mariage_figaro"],
        sung_in=["lang:italian"],
        has_genre=["genre:comic"],
    ),
    "op:giovanni": dict(
        composed_by=["person:mozart"],
        libretto_by=["person:da_ponte"],
        premiered_at=["house:estates"],
        premiered_in=["city:prague"],
        sung_in=["lang:italian"],
        has_genre=["genre:comic"],
    ),
    "op:barbiere": dict(
        composed_by=["person:rossini"],
        libretto_by=["person:sterbini"],
        premiered_at=["house:teatro_argentina"],
        premiered_in=["city:rome"],
        based_on=["work:barbier_seville"],
        sung_in=["lang:italian"],
        has_genre=["genre:comic"],
    ),
    "op:salome": dict(
        composed_by=["person:strauss"],
        libretto_by=["person:strauss"],
        premiered_at=["house:dresden"],
        premiered_in=["city:dresden"],
        sung_in=["lang:german"],
        has_genre=["genre:tragic"],
    ),
    "op:grimes": dict(
        composed_by=["person:britten"],
        libretto_by=["person:slater"],
        premiered_at=["house:sadlers_wells"],
        premiered_in=["city:london"],
        based_on=["work:the_borough"],
        sung_in=["lang:english"],
        has_genre=["genre:tragic"],
    ),
    "op:lucia": dict(
        composed_by=["person:donizetti"],
        premiered_at=["house:san_carlo"],
        premiered_in=["city:naples"],
        based_on=["work:bride_lammermoor"],
        sung_in=["lang:italian"],
        has_genre=["genre:tragic"],
    ),
}

RATINGS = {
    "user:ana": {
        "op:traviata": 5.0,
        "op:rigoletto": 4.0,
        "op:carmen": 2.0,
        "op:tosca": 4.5,
        "op:salome": 1.5,
    },
    "user:ben": {
        "op:figaro": 5.0,
        "op:barbiere": 4.0,
        "op:falstaff": 3.0,
        "op:grimes": 4.5,
        "op:butterfly": 2.0,
    },
    "user:chiara": {
        "op:boheme": 5.0,
        "op:otello": 3.5,
        "op:lucia": 4.0,
        "op:onegin": 2.5,
        "op:giovanni": 5.0,
    },
    "user:dmitri": {
        "op:onegin": 5.0,
        "op:salome": 4.0,
        "op:grimes": 2.0,
        "op:carmen": 4.5,
        "op:traviata": 3.0,
    },
    "user:elena": {
        "op:butterfly": 4.0,
        "op:giovanni": 3.0,
        "op:rigoletto": 1.0,
        "op:otello": 5.0,
        "op:falstaff": 4.0,
    },
}


def rows():
    out = []
    for item, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((item, rel, t))
    for user, rs in RATINGS.items():
        for item, r in rs.items():
            out.append((user, "rated", item, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind57")
