"""A small chess grandmasters graph (blind302).

Items are FIDE grandmasters; their ``year`` attribute is the year of birth.
"""
import kgexplain as kgx

GM = ("grandmaster",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=GM),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=GM, range=("city",)),
    kgx.Relation("represented", phrase="represented", inverse_phrase="was represented by", domain=GM, range=("country",)),
    kgx.Relation("won_title_match_against", phrase="won a world championship match against",
                 inverse_phrase="lost a world championship match to", domain=GM, range=GM),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by", domain=GM, range=("book",)),
    kgx.Relation("gave_name_to", phrase="gave the name to", inverse_phrase="is named after", domain=GM, range=("opening",)),
    kgx.Relation("held_title", phrase="held the title of", inverse_phrase="is a title held by", domain=GM, range=("title",)),
]

# slug, label, birth year
GRANDMASTERS = [
    ("max_euwe", "Max Euwe", 1901),
    ("mikhail_botvinnik", "Mikhail Botvinnik", 1911),
    ("vasily_smyslov", "Vasily Smyslov", 1921),
    ("miguel_najdorf", "Miguel Najdorf", 1910),
    ("tigran_petrosian", "Tigran Petrosian", 1929),
    ("mikhail_tal", "Mikhail Tal", 1936),
    ("boris_spassky", "Boris Spassky", 1937),
    ("bobby_fischer", "Bobby Fischer", 1943),
    ("anatoly_karpov", "Anatoly Karpov", 1951),
    ("garry_kasparov", "Garry Kasparov", 1963),
    ("vladimir_kramnik", "Vladimir Kramnik", 1975),
    ("viswanathan_anand", "Viswanathan Anand", 1969),
    ("magnus_carlsen", "Magnus Carlsen", 1990),
    ("judit_polgar", "Judit Polgár", 1976),
    ("ding_liren", "Ding Liren", 1992),
    ("ian_nepomniachtchi", "Ian Nepomniachtchi", 1990),
    ("veselin_topalov", "Veselin Topalov", 1975),
    ("pal_benko", "Pal Benko", 1928),
    ("bent_larsen", "Bent Larsen", 1935),
    ("hou_yifan", "Hou Yifan", 1994),
]

ATTRIBUTES = [
    # cities (birthplaces)
    ("city:amsterdam", "city", "Amsterdam"),
    ("city:moscow", "city", "Moscow"),
    ("city:grodzisk_mazowiecki", "city", "Grodzisk Mazowiecki"),
    ("city:tbilisi", "city", "Tbilisi"),
    ("city:riga", "city", "Riga"),
    ("city:leningrad", "city", "Leningrad"),
    ("city:chicago", "city", "Chicago"),
    ("city:zlatoust", "city", "Zlatoust"),
    ("city:baku", "city", "Baku"),
    ("city:tuapse", "city", "Tuapse"),
    ("city:mayiladuthurai", "city", "Mayiladuthurai"),
    ("city:tonsberg", "city", "Tønsberg"),
    ("city:budapest", "city", "Budapest"),
    ("city:wenzhou", "city", "Wenzhou"),
    ("city:bryansk", "city", "Bryansk"),
    ("city:ruse", "city", "Ruse"),
    ("city:amiens", "city", "Amiens"),
    ("city:tilsted", "city", "Tilsted"),
    ("city:xinghua", "city", "Xinghua"),
    # countries / federations
    ("country:netherlands", "country", "Netherlands"),
    ("country:soviet_union", "country", "Soviet Union"),
    ("country:russia", "country", "Russia"),
    ("country:poland", "country", "Poland"),
    ("country:argentina", "country", "Argentina"),
    ("country:france", "country", "France"),
    ("country:united_states", "country", "United States"),
    ("country:india", "country", "India"),
    ("country:norway", "country", "Norway"),
    ("country:hungary", "country", "Hungary"),
    ("country:china", "country", "China"),
    ("country:bulgaria", "country", "Bulgaria"),
    ("country:denmark", "country", "Denmark"),
    # books
    ("book:judgment_and_planning_in_chess", "book", "Judgment and Planning in Chess"),
    ("book:one_hundred_selected_games", "book", "One Hundred Selected Games"),
    ("book:the_life_and_games_of_mikhail_tal", "book", "The Life and Games of Mikhail Tal"),
    ("book:my_60_memorable_games", "book", "My 60 Memorable Games"),
    ("book:my_great_predecessors", "book", "My Great Predecessors"),
    ("book:how_i_beat_fischers_record", "book", "How I Beat Fischer's Record"),
    # openings
    ("opening:najdorf_variation", "opening", "Najdorf Variation"),
    ("opening:benko_gambit", "opening", "Benko Gambit"),
    ("opening:larsens_opening", "opening", "Larsen's Opening"),
    ("opening:botvinnik_variation", "opening", "Botvinnik Variation"),
    ("opening:petrosian_variation", "opening", "Petrosian Variation"),
    # titles
    ("title:world_chess_champion", "title", "World Chess Champion"),
    ("title:fide_world_champion", "title", "FIDE World Champion"),
    ("title:womens_world_chess_champion", "title", "Women's World Chess Champion"),
    ("title:world_junior_champion", "title", "World Junior Champion"),
    ("title:world_rapid_champion", "title", "World Rapid Champion"),
    ("title:world_blitz_champion", "title", "World Blitz Champion"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"grandmaster:{slug}", kind="item", type="grandmaster", label=label, attrs={"year": year})
           for slug, label, year in GRANDMASTERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _gm(slug):
    return f"grandmaster:{slug}"


BORN_IN = {
    "max_euwe": "amsterdam",
    "vasily_smyslov": "moscow",
    "miguel_najdorf": "grodzisk_mazowiecki",
    "tigran_petrosian": "tbilisi",
    "mikhail_tal": "riga",
    "boris_spassky": "leningrad",
    "bobby_fischer": "chicago",
    "anatoly_karpov": "zlatoust",
    "garry_kasparov": "baku",
    "vladimir_kramnik": "tuapse",
    "viswanathan_anand": "mayiladuthurai",
    "magnus_carlsen": "tonsberg",
    "judit_polgar": "budapest",
    "ding_liren": "wenzhou",
    "ian_nepomniachtchi": "bryansk",
    "veselin_topalov": "ruse",
    "pal_benko": "amiens",
    "bent_larsen": "tilsted",
    "hou_yifan": "xinghua",
}

REPRESENTED = [
    ("max_euwe", "netherlands"),
    ("mikhail_botvinnik", "soviet_union"),
    ("vasily_smyslov", "soviet_union"),
    ("miguel_najdorf", "poland"),
    ("miguel_najdorf", "argentina"),
    ("tigran_petrosian", "soviet_union"),
    ("mikhail_tal", "soviet_union"),
    ("boris_spassky", "soviet_union"),
    ("boris_spassky", "france"),
    ("bobby_fischer", "united_states"),
    ("anatoly_karpov", "soviet_union"),
    ("anatoly_karpov", "russia"),
    ("garry_kasparov", "soviet_union"),
    ("garry_kasparov", "russia"),
    ("vladimir_kramnik", "russia"),
    ("viswanathan_anand", "india"),
    ("magnus_carlsen", "norway"),
    ("judit_polgar", "hungary"),
    ("ding_liren", "china"),
    ("ian_nepomniachtchi", "russia"),
    ("veselin_topalov", "bulgaria"),
    ("pal_benko", "hungary"),
    ("pal_benko", "united_states"),
    ("bent_larsen", "denmark"),
    ("hou_yifan", "china"),
]

# winner, loser of a world championship match
TITLE_MATCHES = [
    ("vasily_smyslov", "mikhail_botvinnik"),      # 1957
    ("mikhail_botvinnik", "vasily_smyslov"),      # 1958 rematch
    ("mikhail_tal", "mikhail_botvinnik"),         # 1960
    ("mikhail_botvinnik", "mikhail_tal"),         # 1961 rematch
    ("tigran_petrosian", "mikhail_botvinnik"),    # 1963
    ("tigran_petrosian", "boris_spassky"),        # 1966
    ("boris_spassky", "tigran_petrosian"),        # 1969
    ("bobby_fischer", "boris_spassky"),           # 1972
    ("garry_kasparov", "anatoly_karpov"),         # 1985
    ("garry_kasparov", "viswanathan_anand"),      # 1995 (PCA)
    ("vladimir_kramnik", "garry_kasparov"),       # 2000
    ("vladimir_kramnik", "veselin_topalov"),      # 2006
    ("viswanathan_anand", "vladimir_kramnik"),    # 2008
    ("viswanathan_anand", "veselin_topalov"),     # 2010
    ("magnus_carlsen", "viswanathan_anand"),      # 2013
    ("magnus_carlsen", "ian_nepomniachtchi"),     # 2021
    ("ding_liren", "ian_nepomniachtchi"),         # 2023
]

WROTE = [
    ("max_euwe", "judgment_and_planning_in_chess"),
    ("mikhail_botvinnik", "one_hundred_selected_games"),
    ("mikhail_tal", "the_life_and_games_of_mikhail_tal"),
    ("bobby_fischer", "my_60_memorable_games"),
    ("garry_kasparov", "my_great_predecessors"),
    ("judit_polgar", "how_i_beat_fischers_record"),
]

OPENINGS = [
    ("miguel_najdorf", "najdorf_variation"),
    ("pal_benko", "benko_gambit"),
    ("bent_larsen", "larsens_opening"),
    ("mikhail_botvinnik", "botvinnik_variation"),
    ("tigran_petrosian", "petrosian_variation"),
]

TITLES = [
    ("max_euwe", "world_chess_champion"),
    ("mikhail_botvinnik", "world_chess_champion"),
    ("vasily_smyslov", "world_chess_champion"),
    ("tigran_petrosian", "world_chess_champion"),
    ("mikhail_tal", "world_chess_champion"),
    ("boris_spassky", "world_chess_champion"),
    ("boris_spassky", "world_junior_champion"),
    ("bobby_fischer", "world_chess_champion"),
    ("anatoly_karpov", "world_chess_champion"),
    ("anatoly_karpov", "fide_world_champion"),
    ("anatoly_karpov", "world_junior_champion"),
    ("garry_kasparov", "world_chess_champion"),
    ("garry_kasparov", "world_junior_champion"),
    ("vladimir_kramnik", "world_chess_champion"),
    ("viswanathan_anand", "world_chess_champion"),
    ("viswanathan_anand", "fide_world_champion"),
    ("viswanathan_anand", "world_junior_champion"),
    ("viswanathan_anand", "world_rapid_champion"),
    ("magnus_carlsen", "world_chess_champion"),
    ("magnus_carlsen", "world_rapid_champion"),
    ("magnus_carlsen", "world_blitz_champion"),
    ("ding_liren", "world_chess_champion"),
    ("veselin_topalov", "fide_world_champion"),
    ("hou_yifan", "womens_world_chess_champion"),
]

RATINGS = {
    "ana": [("magnus_carlsen", 5.0), ("mikhail_tal", 4.5), ("bobby_fischer", 2.0), ("vladimir_kramnik", 3.0)],
    "ben": [("garry_kasparov", 4.0), ("anatoly_karpov", 1.5), ("judit_polgar", 5.0), ("viswanathan_anand", 3.5)],
    "chen": [("ding_liren", 5.0), ("hou_yifan", 4.0), ("ian_nepomniachtchi", 2.5), ("tigran_petrosian", 1.0)],
    "dara": [("boris_spassky", 4.5), ("mikhail_botvinnik", 2.0), ("vasily_smyslov", 3.5), ("max_euwe", 4.0)],
    "emil": [("miguel_najdorf", 5.0), ("bent_larsen", 4.0), ("pal_benko", 0.5), ("veselin_topalov", 3.0)],
}


def rows():
    out = []
    for gm, city in BORN_IN.items():
        out.append((_gm(gm), "born_in", f"city:{city}"))
    for gm, country in REPRESENTED:
        out.append((_gm(gm), "represented", f"country:{country}"))
    for winner, loser in TITLE_MATCHES:
        out.append((_gm(winner), "won_title_match_against", _gm(loser)))
    for gm, book in WROTE:
        out.append((_gm(gm), "wrote", f"book:{book}"))
    for gm, opening in OPENINGS:
        out.append((_gm(gm), "gave_name_to", f"opening:{opening}"))
    for gm, title in TITLES:
        out.append((_gm(gm), "held_title", f"title:{title}"))
    for user, items in RATINGS.items():
        for gm, r in items:
            out.append((f"user:{user}", "rated", _gm(gm), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind302")
