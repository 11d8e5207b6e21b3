import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("series",)),
    kgx.Relation("animated_by", phrase="was animated by", inverse_phrase="animated",
                 domain=("series",), range=("studio",)),
    kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed",
                 domain=("series",), range=("director",)),
    kgx.Relation("adapted_from", phrase="is adapted from", inverse_phrase="was adapted into",
                 domain=("series",), range=("manga",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("manga",), range=("mangaka",)),
    kgx.Relation("music_by", phrase="has music by", inverse_phrase="composed the music for",
                 domain=("series",), range=("composer",)),
    kgx.Relation("has_genre", phrase="is a series in the genre", inverse_phrase="is the genre of",
                 domain=("series",), range=("genre",)),
]

SERIES = [
    ("series:bebop", "Cowboy Bebop", 1998),
    ("series:champloo", "Samurai Champloo", 2004),
    ("series:eva", "Neon Genesis Evangelion", 1995),
    ("series:fmab", "Fullmetal Alchemist: Brotherhood", 2009),
    ("series:mob", "Mob Psycho 100", 2016),
    ("series:opm", "One-Punch Man", 2015),
    ("series:deathnote", "Death Note", 2006),
    ("series:aot", "Attack on Titan", 2013),
    ("series:monster", "Monster", 2004),
    ("series:vinland", "Vinland Saga", 2019),
    ("series:planetes", "Planetes", 2003),
    ("series:kids", "Kids on the Slope", 2012),
    ("series:csm", "Chainsaw Man", 2022),
    ("series:pingpong", "Ping Pong the Animation", 2014),
    ("series:terror", "Terror in Resonance", 2014),
]

ATTRS = {
    "studio": [("sunrise", "Sunrise"), ("manglobe", "Manglobe"), ("gainax", "Gainax"),
               ("bones", "Bones"), ("madhouse", "Madhouse"), ("wit", "Wit Studio"),
               ("mappa", "MAPPA"), ("tatsunoko", "Tatsunoko Production")],
    "director": [("watanabe", "Shinichirō Watanabe"), ("anno", "Hideaki Anno"),
                 ("irie", "Yasuhiro Irie"), ("tachikawa", "Yuzuru Tachikawa"),
                 ("natsume", "Shingo Natsume"), ("araki", "Tetsurō Araki"),
                 ("kojima", "Masayuki Kojima"), ("yabuta", "Shūhei Yabuta"),
                 ("taniguchi", "Gorō Taniguchi"), ("nakayama", "Ryū Nakayama"),
                 ("yuasa", "Masaaki Yuasa")],
    "composer": [("kanno", "Yoko Kanno"), ("nujabes", "Nujabes"), ("sagisu", "Shirō Sagisu"),
                 ("senju", "Akira Senju"), ("kawai", "Kenji Kawai"),
                 ("hirano", "Yoshihisa Hirano"), ("sawano", "Hiroyuki Sawano"),
                 ("yamada", "Yutaka Yamada"), ("nakagawa", "Kōtarō Nakagawa"),
                 ("ushio", "Kensuke Ushio")],
    "manga": [("fma", "Fullmetal Alchemist"), ("mob", "Mob Psycho 100"),
              ("opm", "One-Punch Man"), ("deathnote", "Death Note"),
              ("aot", "Attack on Titan"), ("monster", "Monster"),
              ("vinland", "Vinland Saga"), ("planetes", "Planetes"),
              ("apollon", "Sakamichi no Apollon"), ("csm", "Chainsaw Man"),
              ("pingpong", "Ping Pong")],
    "mangaka": [("arakawa", "Hiromu Arakawa"), ("one", "ONE"), ("murata", "Yusuke Murata"),
                ("ohba", "Tsugumi Ohba"), ("obata", "Takeshi Obata"),
                ("isayama", "Hajime Isayama"), ("urasawa", "Naoki Urasawa"),
                ("yukimura", "Makoto Yukimura"), ("kodama", "Yuki Kodama"),
                ("fujimoto", "Tatsuki Fujimoto"), ("matsumoto", "Taiyō Matsumoto")],
    "genre": [("scifi", "Science Fiction"), ("action", "Action"), ("historical", "Historical"),
              ("psychological", "Psychological"), ("fantasy", "Fantasy"),
              ("comedy", "Comedy"), ("thriller", "Thriller"), ("drama", "Drama"),
              ("sports", "Sports")],
}

USERS = [("user:ana", "Ana"), ("user:kenji", "Kenji"), ("user:priya", "Priya"),
         ("user:tomas", "Tomás"), ("user:lena", "Lena")]


def entities():
    out = [kgx.Entity(i, kind="item", type="series", label=lab, attrs={"year": y})
           for i, lab, y in SERIES]
    for t, items in ATTRS.items():
        out += [kgx.Entity(f"{t}:{k}", kind="attribute", type=t, label=lab) for k, lab in items]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS]
    return out


_S = {  # series: studios, directors, composers, manga, genres
    "bebop": (["sunrise"], ["watanabe"], ["kanno"], [], ["scifi", "action"]),
    "champloo": (["manglobe"], ["watanabe"], ["nujabes"], [], ["action", "historical"]),
    "eva": (["gainax", "tatsunoko"], ["anno"], ["sagisu"], [], ["scifi", "psychological"]),
    "fmab": (["bones"], ["irie"], ["senju"], ["fma"], ["action", "fantasy"]),
    "mob": (["bones"], ["tachikawa"], ["kawai"], ["mob"], ["action", "comedy"]),
    "opm": (["madhouse"], ["natsume"], [], ["opm"], ["action", "comedy"]),
    "deathnote": (["madhouse"], ["araki"], ["hirano"], ["deathnote"], ["thriller", "psychological"]),
    "aot": (["wit"], ["araki"], ["sawano"], ["aot"], ["action", "fantasy"]),
    "monster": (["madhouse"], ["kojima"], [], ["monster"], ["thriller", "psychological"]),
    "vinland": (["wit"], ["yabuta"], ["yamada"], ["vinland"], ["historical", "action"]),
    "planetes": (["sunrise"], ["taniguchi"], ["nakagawa"], ["planetes"], ["scifi", "drama"]),
    "kids": (["mappa"], ["watanabe"], ["kanno"], ["apollon"], ["drama"]),
    "csm": (["mappa"], ["nakayama"], ["ushio"], ["csm"], ["action", "fantasy"]),
    "pingpong": (["tatsunoko"], ["yuasa"], ["ushio"], ["pingpong"], ["sports", "drama"]),
    "terror": (["mappa"], ["watanabe"], ["kanno"], [], ["thriller", "drama"]),
}

_CREATORS = {"fma": ["arakawa"], "mob": ["one"], "opm": ["one", "murata"],
             "deathnote": ["ohba", "obata"], "aot": ["isayama"], "monster": ["urasawa"],
             "vinland": ["yukimura"], "planetes": ["yukimura"], "apollon": ["kodama"],
             "csm": ["fujimoto"], "pingpong": ["matsumoto"]}

_RATINGS = {
    "ana": {"bebop": 5, "champloo": 4, "eva": 2, "deathnote": 3, "kids": 4.5},
    "kenji": {"aot": 5, "csm": 4, "vinland": 5, "opm": 2, "mob": 3.5},
    "priya": {"monster": 5, "planetes": 4, "fmab": 5, "pingpong": 3, "terror": 1},
    "tomas": {"eva": 5, "bebop": 3, "deathnote": 4, "csm": 1.5},
    "lena": {"pingpong": 4, "mob": 5, "fmab": 2, "kids": 3},
}


def rows():
    out = []
    for s, (studios, dirs, comps, manga, genres) in _S.items():
        h = f"series:{s}"
        out += [(h, "animated_by", f"studio:{x}") for x in studios]
        out += [(h, "directed_by", f"director:{x}") for x in dirs]
        out += [(h, "music_by", f"composer:{x}") for x in comps]
        out += [(h, "adapted_from", f"manga:{x}") for x in manga]
        out += [(h, "has_genre", f"genre:{x}") for x in genres]
    for m, people in _CREATORS.items():
        out += [(f"manga:{m}", "created_by", f"mangaka:{p}") for p in people]
    for u, rs in _RATINGS.items():
        out += [(f"user:{u}", "rated", f"series:{s}", {"rating": float(r)}) for s, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind54")
