"""blind305: a small graph of Olympic swimmers (facts as of the 2024 Games).

Items are swimmers; their `year` attribute is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("swimmer",)),
    kgx.Relation("represented", phrase="represented", inverse_phrase="was represented by",
                 domain=("swimmer",), range=("country",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("swimmer",), range=("city",)),
    kgx.Relation("specialised_in", phrase="specialised in", inverse_phrase="was the specialty of",
                 domain=("swimmer",), range=("stroke",)),
    kgx.Relation("won_gold_at", phrase="won gold at", inverse_phrase="saw a gold medal won by",
                 domain=("swimmer",), range=("olympic_games",)),
    kgx.Relation("coached_by", phrase="was coached by", inverse_phrase="coached",
                 domain=("swimmer",), range=("coach",)),
]

# slug: (label, birth year, country, birthplace, strokes, games with a gold, coaches)
SWIMMERS = {
    "michael_phelps": ("Michael Phelps", 1985, "united_states", "baltimore",
                       ["butterfly", "individual_medley"],
                       ["2004_athens", "2008_beijing", "2012_london", "2016_rio"], ["bob_bowman"]),
    "katie_ledecky": ("Katie Ledecky", 1997, "united_states", "washington_dc",
                      ["freestyle"],
                      ["2012_london", "2016_rio", "2020_tokyo", "2024_paris"], ["anthony_nesty"]),
    "mark_spitz": ("Mark Spitz", 1950, "united_states", "modesto",
                   ["butterfly", "freestyle"],
                   ["1968_mexico_city", "1972_munich"], ["doc_counsilman"]),
    "ian_thorpe": ("Ian Thorpe", 1982, "australia", "sydney",
                   ["freestyle"],
                   ["2000_sydney", "2004_athens"], ["doug_frost"]),
    "dawn_fraser": ("Dawn Fraser", 1937, "australia", "sydney",
                    ["freestyle"],
                    ["1956_melbourne", "1960_rome", "1964_tokyo"], []),
    "adam_peaty": ("Adam Peaty", 1994, "great_britain", "uttoxeter",
                   ["breaststroke"],
                   ["2016_rio", "2020_tokyo"], ["mel_marshall"]),
    "ryan_lochte": ("Ryan Lochte", 1984, "united_states", "canandaigua",
                    ["individual_medley", "backstroke"],
                    ["2004_athens", "2008_beijing", "2012_london", "2016_rio"], ["gregg_troy"]),
    "caeleb_dressel": ("Caeleb Dressel", 1996, "united_states", "green_cove_springs",
                       ["freestyle", "butterfly"],
                       ["2016_rio", "2020_tokyo", "2024_paris"], ["gregg_troy", "anthony_nesty"]),
    "federica_pellegrini": ("Federica Pellegrini", 1988, "italy", "mirano",
                            ["freestyle"],
                            ["2008_beijing"], ["alberto_castagnetti"]),
    "leon_marchand": ("Léon Marchand", 2002, "france", "toulouse",
                      ["individual_medley"],
                      ["2024_paris"], ["bob_bowman"]),
    "ariarne_titmus": ("Ariarne Titmus", 2000, "australia", "launceston",
                       ["freestyle"],
                       ["2020_tokyo", "2024_paris"], ["dean_boxall"]),
    "krisztina_egerszegi": ("Krisztina Egerszegi", 1974, "hungary", "budapest",
                            ["backstroke"],
                            ["1988_seoul", "1992_barcelona", "1996_atlanta"], []),
    "kristin_otto": ("Kristin Otto", 1966, "east_germany", "leipzig",
                     ["freestyle"],
                     ["1988_seoul"], []),
    "inge_de_bruijn": ("Inge de Bruijn", 1973, "netherlands", "barendrecht",
                       ["freestyle", "butterfly"],
                       ["2000_sydney", "2004_athens"], []),
    "kosuke_kitajima": ("Kosuke Kitajima", 1982, "japan", "tokyo",
                        ["breaststroke"],
                        ["2004_athens", "2008_beijing"], ["norimasa_hirai"]),
    "sun_yang": ("Sun Yang", 1991, "china", "hangzhou",
                 ["freestyle"],
                 ["2012_london", "2016_rio"], []),
    "penny_oleksiak": ("Penny Oleksiak", 2000, "canada", "toronto",
                       ["freestyle"],
                       ["2016_rio"], []),
    "johnny_weissmuller": ("Johnny Weissmuller", 1904, "united_states", "freidorf",
                           ["freestyle"],
                           ["1924_paris", "1928_amsterdam"], []),
}

COUNTRIES = {
    "united_states": "United States", "australia": "Australia", "great_britain": "Great Britain",
    "italy": "Italy", "france": "France", "hungary": "Hungary", "east_germany": "East Germany",
    "netherlands": "Netherlands", "japan": "Japan", "china": "China", "canada": "Canada",
}
CITIES = {
    "baltimore": "Baltimore", "washington_dc": "Washington, D.C.", "modesto": "Modesto",
    "sydney": "Sydney", "uttoxeter": "Uttoxeter", "canandaigua": "Canandaigua",
    "green_cove_springs": "Green Cove Springs", "mirano": "Mirano", "toulouse": "Toulouse",
    "launceston": "Launceston", "budapest": "Budapest", "leipzig": "Leipzig",
    "barendrecht": "Barendrecht", "tokyo": "Tokyo", "hangzhou": "Hangzhou",
    "toronto": "Toronto", "freidorf": "Freidorf",
}
STROKES = {
    "freestyle": "Freestyle", "butterfly": "Butterfly", "backstroke": "Backstroke",
    "breaststroke": "Breaststroke", "individual_medley": "Individual medley",
}
GAMES = {
    "1924_paris": "Paris 1924", "1928_amsterdam": "Amsterdam 1928",
    "1956_melbourne": "Melbourne 1956", "1960_rome": "Rome 1960", "1964_tokyo": "Tokyo 1964",
    "1968_mexico_city": "Mexico City 1968", "1972_munich": "Munich 1972",
    "1988_seoul": "Seoul 1988", "1992_barcelona": "Barcelona 1992", "1996_atlanta": "Atlanta 1996",
    "2000_sydney": "Sydney 2000", "2004_athens": "Athens 2004", "2008_beijing": "Beijing 2008",
    "2012_london": "London 2012", "2016_rio": "Rio 2016", "2020_tokyo": "Tokyo 2020",
    "2024_paris": "Paris 2024",
}
COACHES = {
    "bob_bowman": "Bob Bowman", "anthony_nesty": "Anthony Nesty", "gregg_troy": "Gregg Troy",
    "dean_boxall": "Dean Boxall", "mel_marshall": "Mel Marshall",
    "doc_counsilman": "Doc Counsilman", "alberto_castagnetti": "Alberto Castagnetti",
    "doug_frost": "Doug Frost", "norimasa_hirai": "Norimasa Hirai",
}
USERS = ["ana", "ben", "chen", "dara", "emil"]
RATINGS = {
    "ana": {"michael_phelps": 5.0, "katie_ledecky": 4.5, "sun_yang": 1.5, "johnny_weissmuller": 3.0},
    "ben": {"adam_peaty": 4.0, "ian_thorpe": 5.0, "ryan_lochte": 2.0, "federica_pellegrini": 3.5},
    "chen": {"kosuke_kitajima": 4.5, "ariarne_titmus": 1.0, "leon_marchand": 5.0, "dawn_fraser": 3.0},
    "dara": {"krisztina_egerszegi": 4.0, "kristin_otto": 2.5, "caeleb_dressel": 0.5, "mark_spitz": 4.5},
    "emil": {"inge_de_bruijn": 5.0, "penny_oleksiak": 3.5, "michael_phelps": 2.0, "ariarne_titmus": 4.0},
}


def entities():
    out = []
    for slug, (label, year, *_rest) in SWIMMERS.items():
        out.append(kgx.Entity(f"swimmer:{slug}", kind="item", type="swimmer", label=label,
                              attrs={"year": year}))
    for prefix, typ, table in [("country", "country", COUNTRIES), ("city", "city", CITIES),
                               ("stroke", "stroke", STROKES), ("games", "olympic_games", GAMES),
                               ("coach", "coach", COACHES)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, (_label, _year, country, city, strokes, games, coaches) in SWIMMERS.items():
        s = f"swimmer:{slug}"
        out.append((s, "represented", f"country:{country}"))
        out.append((s, "born_in", f"city:{city}"))
        out.extend((s, "specialised_in", f"stroke:{x}") for x in strokes)
        out.extend((s, "won_gold_at", f"games:{x}") for x in games)
        out.extend((s, "coached_by", f"coach:{x}") for x in coaches)
    for u, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{u}", "rated", f"swimmer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind305")
