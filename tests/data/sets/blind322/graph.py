"""A small knowledge graph of alpine skiers (blind322).

Items are alpine skiers; their ``year`` is the year of birth. Attributes are
birthplaces, the countries they raced for, their disciplines, some of their
coaches and the Winter Olympics at which they won gold. Facts are real, to the best of my knowledge.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("skier",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("skier",), range=("place",)),
    kgx.Relation("represented", phrase="raced for", inverse_phrase="was represented by",
                 domain=("skier",), range=("country",)),
    kgx.Relation("specialized_in", phrase="specialized in", inverse_phrase="was a specialty of",
                 domain=("skier",), range=("discipline",)),
    kgx.Relation("olympic_gold_at", phrase="won Olympic gold at", inverse_phrase="saw Olympic gold won by",
                 domain=("skier",), range=("olympics",)),
    kgx.Relation("coached_by", phrase="was coached by", inverse_phrase="coached",
                 domain=("skier",), range=("person",)),
    kgx.Relation("sibling_of", phrase="is a sibling of", inverse_phrase="is a sibling of",
                 domain=("skier",), range=("skier",)),
]

# slug, name, birth year
SKIERS = [
    ("lindsey_vonn", "Lindsey Vonn", 1984),
    ("mikaela_shiffrin", "Mikaela Shiffrin", 1995),
    ("hermann_maier", "Hermann Maier", 1972),
    ("marcel_hirscher", "Marcel Hirscher", 1989),
    ("alberto_tomba", "Alberto Tomba", 1966),
    ("ingemar_stenmark", "Ingemar Stenmark", 1956),
    ("jean_claude_killy", "Jean-Claude Killy", 1943),
    ("franz_klammer", "Franz Klammer", 1953),
    ("toni_sailer", "Toni Sailer", 1935),
    ("annemarie_moser_proell", "Annemarie Moser-Pröll", 1953),
    ("vreni_schneider", "Vreni Schneider", 1964),
    ("janica_kostelic", "Janica Kostelić", 1982),
    ("ivica_kostelic", "Ivica Kostelić", 1979),
    ("bode_miller", "Bode Miller", 1977),
    ("aksel_lund_svindal", "Aksel Lund Svindal", 1982),
    ("kjetil_andre_aamodt", "Kjetil André Aamodt", 1971),
    ("phil_mahre", "Phil Mahre", 1957),
    ("steve_mahre", "Steve Mahre", 1957),
    ("sofia_goggia", "Sofia Goggia", 1992),
]

PLACES = {
    "saint_paul": "Saint Paul", "vail": "Vail", "altenmarkt_im_pongau": "Altenmarkt im Pongau",
    "bologna": "Bologna", "joesjo": "Joesjö", "saint_cloud": "Saint-Cloud",
    "mooswald": "Mooswald", "kitzbuehel": "Kitzbühel", "kleinarl": "Kleinarl", "elm": "Elm",
    "zagreb": "Zagreb", "easton": "Easton", "lorenskog": "Lørenskog", "oslo": "Oslo",
    "yakima": "Yakima", "bergamo": "Bergamo",
}

COUNTRIES = {
    "usa": "United States", "austria": "Austria", "italy": "Italy", "sweden": "Sweden",
    "france": "France", "switzerland": "Switzerland", "croatia": "Croatia", "norway": "Norway",
}

DISCIPLINES = {
    "downhill": "Downhill", "super_g": "Super-G", "giant_slalom": "Giant slalom",
    "slalom": "Slalom", "combined": "Combined",
}

# year -> host city
OLYMPICS = {
    1956: "Cortina d'Ampezzo", 1968: "Grenoble", 1976: "Innsbruck", 1980: "Lake Placid",
    1984: "Sarajevo", 1988: "Calgary", 1992: "Albertville", 1994: "Lillehammer",
    1998: "Nagano", 2002: "Salt Lake City", 2006: "Turin", 2010: "Vancouver",
    2014: "Sochi", 2018: "PyeongChang",
}

COACHES = {
    "ante_kostelic": "Ante Kostelić", "ferdinand_hirscher": "Ferdinand Hirscher",
    "eileen_shiffrin": "Eileen Shiffrin", "mike_day": "Mike Day",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, name, year in SKIERS:
        out.append(kgx.Entity(f"skier:{slug}", kind="item", type="skier", label=name,
                              attrs={"year": year}))
    for slug, name in PLACES.items():
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=name))
    for slug, name in COUNTRIES.items():
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=name))
    for slug, name in DISCIPLINES.items():
        out.append(kgx.Entity(f"discipline:{slug}", kind="attribute", type="discipline", label=name))
    for slug, name in COACHES.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=name))
    for year, city in OLYMPICS.items():
        out.append(kgx.Entity(f"olympics:{year}", kind="attribute", type="olympics",
                              label=f"{year} Winter Olympics",
                              aliases=(f"{city} {year}", f"{year} {city} Olympics")))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# skier slug -> (birthplace, country, disciplines, Olympic gold years)
FACTS = {
    "lindsey_vonn": ("saint_paul", "usa", ["downhill", "super_g"], [2010]),
    "mikaela_shiffrin": ("vail", "usa", ["slalom", "giant_slalom"], [2014, 2018]),
    "hermann_maier": ("altenmarkt_im_pongau", "austria", ["downhill", "super_g", "giant_slalom"], [1998]),
    "marcel_hirscher": (None, "austria", ["slalom", "giant_slalom"], [2018]),
    "alberto_tomba": ("bologna", "italy", ["slalom", "giant_slalom"], [1988, 1992]),
    "ingemar_stenmark": ("joesjo", "sweden", ["slalom", "giant_slalom"], [1980]),
    "jean_claude_killy": ("saint_cloud", "france", [], [1968]),
    "franz_klammer": ("mooswald", "austria", ["downhill"], [1976]),
    "toni_sailer": ("kitzbuehel", "austria", [], [1956]),
    "annemarie_moser_proell": ("kleinarl", "austria", ["downhill"], [1980]),
    "vreni_schneider": ("elm", "switzerland", ["slalom", "giant_slalom"], [1988, 1994]),
    "janica_kostelic": ("zagreb", "croatia", ["slalom", "combined"], [2002, 2006]),
    "ivica_kostelic": ("zagreb", "croatia", ["slalom", "combined"], []),
    "bode_miller": ("easton", "usa", ["super_g", "giant_slalom"], [2010]),
    "aksel_lund_svindal": ("lorenskog", "norway", ["downhill", "super_g"], [2010, 2018]),
    "kjetil_andre_aamodt": ("oslo", "norway", ["super_g", "combined"], [1992, 2002, 2006]),
    "phil_mahre": ("yakima", "usa", ["slalom"], [1984]),
    "steve_mahre": ("yakima", "usa", ["slalom", "giant_slalom"], []),
    "sofia_goggia": ("bergamo", "italy", ["downhill"], [2018]),
}

COACHING = [
    ("janica_kostelic", "ante_kostelic"), ("ivica_kostelic", "ante_kostelic"),
    ("marcel_hirscher", "ferdinand_hirscher"),
    ("mikaela_shiffrin", "eileen_shiffrin"), ("mikaela_shiffrin", "mike_day"),
]

SIBLINGS = [("ivica_kostelic", "janica_kostelic"), ("steve_mahre", "phil_mahre")]

RATINGS = {
    "ana": {"lindsey_vonn": 5.0, "mikaela_shiffrin": 4.5, "alberto_tomba": 2.0, "jean_claude_killy": 3.5},
    "ben": {"hermann_maier": 4.0, "marcel_hirscher": 1.5, "ingemar_stenmark": 5.0, "franz_klammer": 3.0},
    "chen": {"janica_kostelic": 4.5, "ivica_kostelic": 2.5, "aksel_lund_svindal": 1.0, "kjetil_andre_aamodt": 4.0},
    "dara": {"bode_miller": 2.0, "phil_mahre": 5.0, "steve_mahre": 3.0, "sofia_goggia": 4.5},
    "emil": {"toni_sailer": 0.5, "annemarie_moser_proell": 4.0, "vreni_schneider": 5.0, "lindsey_vonn": 3.0},
}


def rows():
    out = []
    for slug, (place, country, disciplines, golds) in FACTS.items():
        s = f"skier:{slug}"
        if place:
            out.append((s, "born_in", f"place:{place}"))
        out.append((s, "represented", f"country:{country}"))
        for d in disciplines:
            out.append((s, "specialized_in", f"discipline:{d}"))
        for y in golds:
            out.append((s, "olympic_gold_at", f"olympics:{y}"))
    for a, b in COACHING:
        out.append((f"skier:{a}", "coached_by", f"person:{b}"))
    for a, b in SIBLINGS:
        out.append((f"skier:{a}", "sibling_of", f"skier:{b}"))
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"skier:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind322")
