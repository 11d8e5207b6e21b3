"""A small ski jumpers graph (blind405).

Items are ski jumpers; their ``year`` is the year of birth.
"""
import kgexplain as kgx

J = "ski jumper"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(J,)),
    kgx.Relation("competed_for", phrase="competed for", inverse_phrase="was represented by",
                 domain=(J,), range=("country",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=(J,), range=("town",)),
    kgx.Relation("holds_title", phrase="became", inverse_phrase="is a title won by",
                 domain=(J,), range=("title",)),
    kgx.Relation("won_gold_at", phrase="won gold at", inverse_phrase="awarded gold to",
                 domain=(J,), range=("winter games",)),
]

# slug, label, birth year
JUMPERS = [
    ("adam_malysz", "Adam Małysz", 1977),
    ("kamil_stoch", "Kamil Stoch", 1987),
    ("simon_ammann", "Simon Ammann", 1981),
    ("janne_ahonen", "Janne Ahonen", 1977),
    ("matti_nykanen", "Matti Nykänen", 1963),
    ("jens_weissflog", "Jens Weißflog", 1964),
    ("sven_hannawald", "Sven Hannawald", 1974),
    ("martin_schmitt", "Martin Schmitt", 1978),
    ("gregor_schlierenzauer", "Gregor Schlierenzauer", 1990),
    ("thomas_morgenstern", "Thomas Morgenstern", 1986),
    ("andreas_goldberger", "Andreas Goldberger", 1972),
    ("noriaki_kasai", "Noriaki Kasai", 1972),
    ("ryoyu_kobayashi", "Ryōyū Kobayashi", 1996),
    ("peter_prevc", "Peter Prevc", 1992),
    ("toni_nieminen", "Toni Nieminen", 1975),
    ("espen_bredesen", "Espen Bredesen", 1968),
    ("kazuyoshi_funaki", "Kazuyoshi Funaki", 1975),
    ("halvor_egner_granerud", "Halvor Egner Granerud", 1996),
]

COUNTRIES = {
    "poland": "Poland", "switzerland": "Switzerland", "finland": "Finland", "germany": "Germany",
    "east_germany": "East Germany", "austria": "Austria", "japan": "Japan", "slovenia": "Slovenia",
    "norway": "Norway",
}

TOWNS = {
    "wisla": "Wisła", "zakopane": "Zakopane", "grabs": "Grabs", "lahti": "Lahti",
    "jyvaskyla": "Jyväskylä", "erlabrunn": "Erlabrunn", "villingen_schwenningen": "Villingen-Schwenningen",
    "innsbruck": "Innsbruck", "spittal_an_der_drau": "Spittal an der Drau",
    "ried_im_innkreis": "Ried im Innkreis", "shimokawa": "Shimokawa", "hachimantai": "Hachimantai",
    "kranj": "Kranj", "oslo": "Oslo", "yoichi": "Yoichi",
}

TITLES = {
    "world_champion": "World Champion",
    "ski_flying_world_champion": "Ski Flying World Champion",
    "four_hills_winner": "Four Hills Winner",
    "world_cup_winner": "World Cup Winner",
}

GAMES = {
    "sarajevo": "Sarajevo Winter Olympics", "calgary": "Calgary Winter Olympics",
    "albertville": "Albertville Winter Olympics", "lillehammer": "Lillehammer Winter Olympics",
    "nagano": "Nagano Winter Olympics", "salt_lake_city": "Salt Lake City Winter Olympics",
    "turin": "Turin Winter Olympics", "vancouver": "Vancouver Winter Olympics",
    "sochi": "Sochi Winter Olympics", "pyeongchang": "Pyeongchang Winter Olympics",
    "beijing": "Beijing Winter Olympics",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"{J}:{slug}", kind="item", type=J, label=label, attrs={"year": year})
           for slug, label, year in JUMPERS]
    out += [kgx.Entity(f"country:{k}", kind="attribute", type="country", label=v) for k, v in COUNTRIES.items()]
    out += [kgx.Entity(f"town:{k}", kind="attribute", type="town", label=v) for k, v in TOWNS.items()]
    out += [kgx.Entity(f"title:{k}", kind="attribute", type="title", label=v) for k, v in TITLES.items()]
    out += [kgx.Entity(f"winter games:{k}", kind="attribute", type="winter games", label=v)
            for k, v in GAMES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# jumper -> (countries, birthplace or None, titles, games with a gold medal)
FACTS = {
    "adam_malysz": (["poland"], "wisla", ["four_hills_winner", "world_cup_winner", "world_champion"], []),
    "kamil_stoch": (["poland"], "zakopane", ["four_hills_winner", "world_cup_winner", "world_champion"],
                    ["sochi", "pyeongchang"]),
    "simon_ammann": (["switzerland"], "grabs", ["world_cup_winner", "world_champion", "ski_flying_world_champion"],
                     ["salt_lake_city", "vancouver"]),
    "janne_ahonen": (["finland"], "lahti", ["four_hills_winner", "world_cup_winner", "world_champion"], []),
    "matti_nykanen": (["finland"], "jyvaskyla", ["four_hills_winner", "world_cup_winner", "world_champion",
                                                 "ski_flying_world_champion"], ["sarajevo", "calgary"]),
    "jens_weissflog": (["east_germany", "germany"], None, ["four_hills_winner", "world_cup_winner", "world_champion"],
                       ["sarajevo", "lillehammer"]),
    "sven_hannawald": (["germany"], "erlabrunn", ["four_hills_winner", "ski_flying_world_champion"],
                       ["salt_lake_city"]),
    "martin_schmitt": (["germany"], "villingen_schwenningen", ["world_cup_winner", "world_champion"],
                       ["salt_lake_city"]),
    "gregor_schlierenzauer": (["austria"], "innsbruck", ["four_hills_winner", "world_cup_winner", "world_champion",
                                                         "ski_flying_world_champion"], ["vancouver"]),
    "thomas_morgenstern": (["austria"], "spittal_an_der_drau", ["four_hills_winner", "world_cup_winner",
                                                                "world_champion"], ["turin", "vancouver"]),
    "andreas_goldberger": (["austria"], "ried_im_innkreis", ["four_hills_winner", "world_cup_winner",
                                                             "ski_flying_world_champion"], []),
    "noriaki_kasai": (["japan"], "shimokawa", ["ski_flying_world_champion"], []),
    "ryoyu_kobayashi": (["japan"], "hachimantai", ["four_hills_winner", "world_cup_winner"], ["beijing"]),
    "peter_prevc": (["slovenia"], "kranj", ["four_hills_winner", "world_cup_winner", "ski_flying_world_champion"], []),
    "toni_nieminen": (["finland"], "lahti", ["four_hills_winner", "world_cup_winner"], ["albertville"]),
    "espen_bredesen": (["norway"], "oslo", ["four_hills_winner", "world_cup_winner", "world_champion"],
                       ["lillehammer"]),
    "kazuyoshi_funaki": (["japan"], "yoichi", ["four_hills_winner", "world_champion"], ["nagano"]),
    "halvor_egner_granerud": (["norway"], "oslo", ["four_hills_winner", "world_cup_winner"], []),
}

RATINGS = {
    "ana": {"adam_malysz": 5.0, "kamil_stoch": 4.5, "noriaki_kasai": 2.0, "simon_ammann": 3.0},
    "ben": {"matti_nykanen": 4.0, "janne_ahonen": 1.5, "toni_nieminen": 5.0, "halvor_egner_granerud": 2.5},
    "chen": {"ryoyu_kobayashi": 5.0, "kazuyoshi_funaki": 4.0, "noriaki_kasai": 4.5, "peter_prevc": 1.0},
    "dara": {"gregor_schlierenzauer": 4.5, "thomas_morgenstern": 2.0, "andreas_goldberger": 3.5,
             "sven_hannawald": 5.0},
    "emil": {"jens_weissflog": 4.0, "martin_schmitt": 1.5, "espen_bredesen": 3.0, "simon_ammann": 4.5},
}


def rows():
    out = []
    for slug, (countries, town, titles, games) in FACTS.items():
        head = f"{J}:{slug}"
        out += [(head, "competed_for", f"country:{c}") for c in countries]
        if town:
            out.append((head, "born_in", f"town:{town}"))
        out += [(head, "holds_title", f"title:{t}") for t in titles]
        out += [(head, "won_gold_at", f"winter games:{g}") for g in games]
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"{J}:{slug}", {"rating": r}) for slug, r in ratings.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind405")
