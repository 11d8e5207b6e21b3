"""A small anime television series graph (blind253).

Items are anime television series; ``year`` is the year the series first aired.
"""
import kgexplain as kgx

T = "anime_series"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(T,)),
    kgx.Relation("animated_by", phrase="was animated by", inverse_phrase="animated", domain=(T,), range=("studio",)),
    kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed", domain=(T,), range=("person",)),
    kgx.Relation("adapted_from_manga_by", phrase="is adapted from the manga by",
                 inverse_phrase="created the manga adapted as", domain=(T,), range=("person",)),
    kgx.Relation("music_by", phrase="has music by", inverse_phrase="composed the music for", domain=(T,), range=("person",)),
    kgx.Relation("has_genre", phrase="is a series of the genre", inverse_phrase="is the genre of", domain=(T,), range=("genre",)),
    kgx.Relation("first_aired_on", phrase="first aired on", inverse_phrase="first broadcast", domain=(T,), range=("network",)),
]

# slug: (label, year)
SERIES = {
    "cowboy_bebop": ("Cowboy Bebop", 1998),
    "samurai_champloo": ("Samurai Champloo", 2004),
    "neon_genesis_evangelion": ("Neon Genesis Evangelion", 1995),
    "fullmetal_alchemist_brotherhood": ("Fullmetal Alchemist: Brotherhood", 2009),
    "fullmetal_alchemist_2003": ("Fullmetal Alchemist", 2003),
    "attack_on_titan": ("Attack on Titan", 2013),
    "death_note": ("Death Note", 2006),
    "steins_gate": ("Steins;Gate", 2011),
    "mushishi": ("Mushishi", 2005),
    "one_punch_man": ("One Punch Man", 2015),
    "hunter_x_hunter_2011": ("Hunter x Hunter", 2011),
    "mob_psycho_100": ("Mob Psycho 100", 2016),
    "monster": ("Monster", 2004),
    "madoka_magica": ("Puella Magi Madoka Magica", 2011),
    "haikyu": ("Haikyu!!", 2014),
    "your_lie_in_april": ("Your Lie in April", 2014),
    "sailor_moon": ("Sailor Moon", 1992),
    "dragon_ball_z": ("Dragon Ball Z", 1989),
}

STUDIOS = {
    "sunrise": "Sunrise", "manglobe": "Manglobe", "gainax": "Gainax", "bones": "Bones",
    "wit_studio": "Wit Studio", "madhouse": "Madhouse", "white_fox": "White Fox", "artland": "Artland",
    "shaft": "Shaft", "production_ig": "Production I.G", "a1_pictures": "A-1 Pictures",
    "toei_animation": "Toei Animation",
}

PEOPLE = {
    # directors
    "shinichiro_watanabe": "Shinichiro Watanabe", "hideaki_anno": "Hideaki Anno", "yasuhiro_irie": "Yasuhiro Irie",
    "seiji_mizushima": "Seiji Mizushima", "tetsuro_araki": "Tetsuro Araki", "hiroshi_hamasaki": "Hiroshi Hamasaki",
    "takuya_sato": "Takuya Sato", "hiroshi_nagahama": "Hiroshi Nagahama", "shingo_natsume": "Shingo Natsume",
    "hiroshi_kojina": "Hiroshi Kojina", "yuzuru_tachikawa": "Yuzuru Tachikawa", "masayuki_kojima": "Masayuki Kojima",
    "akiyuki_shinbo": "Akiyuki Shinbo", "susumu_mitsunaka": "Susumu Mitsunaka", "kyohei_ishiguro": "Kyohei Ishiguro",
    "junichi_sato": "Junichi Sato", "daisuke_nishio": "Daisuke Nishio",
    # manga authors
    "hiromu_arakawa": "Hiromu Arakawa", "hajime_isayama": "Hajime Isayama", "tsugumi_ohba": "Tsugumi Ohba",
    "takeshi_obata": "Takeshi Obata", "yuki_urushibara": "Yuki Urushibara", "one": "ONE",
    "yusuke_murata": "Yusuke Murata", "yoshihiro_togashi": "Yoshihiro Togashi", "naoki_urasawa": "Naoki Urasawa",
    "haruichi_furudate": "Haruichi Furudate", "naoshi_arakawa": "Naoshi Arakawa", "naoko_takeuchi": "Naoko Takeuchi",
    "akira_toriyama": "Akira Toriyama",
    # composers
    "yoko_kanno": "Yoko Kanno", "nujabes": "Nujabes", "shiro_sagisu": "Shiro Sagisu", "akira_senju": "Akira Senju",
    "michiru_oshima": "Michiru Oshima", "hiroyuki_sawano": "Hiroyuki Sawano", "hideki_taniuchi": "Hideki Taniuchi",
    "yoshihisa_hirano": "Yoshihisa Hirano", "takeshi_abo": "Takeshi Abo", "toshio_masuda": "Toshio Masuda",
    "makoto_miyazaki": "Makoto Miyazaki", "kenji_kawai": "Kenji Kawai", "kuniaki_haishima": "Kuniaki Haishima",
    "yuki_kajiura": "Yuki Kajiura", "yuki_hayashi": "Yuki Hayashi", "masaru_yokoyama": "Masaru Yokoyama",
    "takanori_arisawa": "Takanori Arisawa", "shunsuke_kikuchi": "Shunsuke Kikuchi",
}

GENRES = {
    "science_fiction": "Science Fiction", "action": "Action", "mecha": "Mecha", "fantasy": "Fantasy",
    "dark_fantasy": "Dark Fantasy", "psychological_thriller": "Psychological Thriller",
    "supernatural": "Supernatural", "comedy": "Comedy", "adventure": "Adventure",
    "magical_girl": "Magical Girl", "sports": "Sports", "romance": "Romance", "martial_arts": "Martial Arts",
}

NETWORKS = {
    "tv_tokyo": "TV Tokyo", "fuji_tv": "Fuji TV", "mbs": "MBS", "nippon_tv": "Nippon TV",
    "tokyo_mx": "Tokyo MX", "tv_asahi": "TV Asahi",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# slug: (studio, [directors], [manga authors], [composers], [genres], network)
FACTS = {
    "cowboy_bebop": ("sunrise", ["shinichiro_watanabe"], [], ["yoko_kanno"], ["science_fiction"], "tv_tokyo"),
    "samurai_champloo": ("manglobe", ["shinichiro_watanabe"], [], ["nujabes"], ["action"], "fuji_tv"),
    "neon_genesis_evangelion": ("gainax", ["hideaki_anno"], [], ["shiro_sagisu"], ["mecha"], "tv_tokyo"),
    "fullmetal_alchemist_brotherhood": ("bones", ["yasuhiro_irie"], ["hiromu_arakawa"], ["akira_senju"], ["fantasy"], "mbs"),
    "fullmetal_alchemist_2003": ("bones", ["seiji_mizushima"], ["hiromu_arakawa"], ["michiru_oshima"], ["fantasy"], "mbs"),
    "attack_on_titan": ("wit_studio", ["tetsuro_araki"], ["hajime_isayama"], ["hiroyuki_sawano"], ["dark_fantasy"], "mbs"),
    "death_note": ("madhouse", ["tetsuro_araki"], ["tsugumi_ohba", "takeshi_obata"],
                   ["hideki_taniuchi", "yoshihisa_hirano"], ["psychological_thriller"], "nippon_tv"),
    "steins_gate": ("white_fox", ["hiroshi_hamasaki", "takuya_sato"], [], ["takeshi_abo"], ["science_fiction"], "tv_tokyo"),
    "mushishi": ("artland", ["hiroshi_nagahama"], ["yuki_urushibara"], ["toshio_masuda"], ["supernatural"], "fuji_tv"),
    "one_punch_man": ("madhouse", ["shingo_natsume"], ["one", "yusuke_murata"], ["makoto_miyazaki"],
                      ["action", "comedy"], "tv_tokyo"),
    "hunter_x_hunter_2011": ("madhouse", ["hiroshi_kojina"], ["yoshihiro_togashi"], ["yoshihisa_hirano"],
                             ["adventure"], "nippon_tv"),
    "mob_psycho_100": ("bones", ["yuzuru_tachikawa"], ["one"], ["kenji_kawai"], ["supernatural", "comedy"], "tokyo_mx"),
    "monster": ("madhouse", ["masayuki_kojima"], ["naoki_urasawa"], ["kuniaki_haishima"], ["psychological_thriller"], "nippon_tv"),
    "madoka_magica": ("shaft", ["akiyuki_shinbo"], [], ["yuki_kajiura"], ["magical_girl"], "mbs"),
    "haikyu": ("production_ig", ["susumu_mitsunaka"], ["haruichi_furudate"], ["yuki_hayashi"], ["sports"], "mbs"),
    "your_lie_in_april": ("a1_pictures", ["kyohei_ishiguro"], ["naoshi_arakawa"], ["masaru_yokoyama"], ["romance"], "fuji_tv"),
    "sailor_moon": ("toei_animation", ["junichi_sato"], ["naoko_takeuchi"], ["takanori_arisawa"], ["magical_girl"], "tv_asahi"),
    "dragon_ball_z": ("toei_animation", ["daisuke_nishio"], ["akira_toriyama"], ["shunsuke_kikuchi"], ["martial_arts"], "fuji_tv"),
}

RATINGS = {
    "ana": {"cowboy_bebop": 5.0, "samurai_champloo": 4.5, "neon_genesis_evangelion": 2.0, "mushishi": 4.0},
    "ben": {"attack_on_titan": 4.5, "death_note": 5.0, "one_punch_man": 3.0, "haikyu": 1.5},
    "chen": {"steins_gate": 5.0, "madoka_magica": 4.0, "sailor_moon": 1.0, "your_lie_in_april": 3.5},
    "dara": {"fullmetal_alchemist_brotherhood": 5.0, "fullmetal_alchemist_2003": 2.5,
             "hunter_x_hunter_2011": 4.5, "dragon_ball_z": 2.0},
    "emil": {"monster": 4.0, "mob_psycho_100": 5.0, "cowboy_bebop": 1.5, "attack_on_titan": 3.0},
}


def entities():
    out = []
    for slug, (label, year) in SERIES.items():
        out.append(kgx.Entity(f"{T}:{slug}", kind="item", type=T, label=label, attrs={"year": year}))
    for slug, label in STUDIOS.items():
        out.append(kgx.Entity(f"studio:{slug}", kind="attribute", type="studio", label=label))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in GENRES.items():
        out.append(kgx.Entity(f"genre:{slug}", kind="attribute", type="genre", label=label))
    for slug, label in NETWORKS.items():
        out.append(kgx.Entity(f"network:{slug}", kind="attribute", type="network", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, (studio, directors, authors, composers, genres, network) in FACTS.items():
        s = f"{T}:{slug}"
        out.append((s, "animated_by", f"studio:{studio}"))
        out += [(s, "directed_by", f"person:{p}") for p in directors]
        out += [(s, "adapted_from_manga_by", f"person:{p}") for p in authors]
        out += [(s, "music_by", f"person:{p}") for p in composers]
        out += [(s, "has_genre", f"genre:{g}") for g in genres]
        out.append((s, "first_aired_on", f"network:{network}"))
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"{T}:{slug}", {"rating": r}) for slug, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind253")
