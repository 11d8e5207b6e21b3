"""A small sculptors graph for blind evaluation texts (blind361).

Items are sculptors; each has a ``year`` attribute holding the sculptor's
birth year.  Attributes are birth / death places, works, materials, movements
and teachers.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("sculptor",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("sculptor",), range=("city",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of",
                 domain=("sculptor",), range=("city",)),
    kgx.Relation("created", phrase="created", inverse_phrase="was created by",
                 domain=("sculptor",), range=("artwork",)),
    kgx.Relation("worked_in", phrase="worked in", inverse_phrase="was a material used by",
                 domain=("sculptor",), range=("material",)),
    kgx.Relation("associated_with", phrase="is associated with",
                 inverse_phrase="counts among its sculptors",
                 domain=("sculptor",), range=("movement",)),
    kgx.Relation("studied_under", phrase="studied under", inverse_phrase="taught",
                 domain=("sculptor",), range=("person", "sculptor")),
]

# slug: (label, birth year)
SCULPTORS = {
    "auguste_rodin": ("Auguste Rodin", 1840),
    "camille_claudel": ("Camille Claudel", 1864),
    "constantin_brancusi": ("Constantin Brâncuși", 1876),
    "michelangelo": ("Michelangelo", 1475),
    "donatello": ("Donatello", 1386),
    "gian_lorenzo_bernini": ("Gian Lorenzo Bernini", 1598),
    "antonio_canova": ("Antonio Canova", 1757),
    "bertel_thorvaldsen": ("Bertel Thorvaldsen", 1770),
    "henry_moore": ("Henry Moore", 1898),
    "barbara_hepworth": ("Barbara Hepworth", 1903),
    "alberto_giacometti": ("Alberto Giacometti", 1901),
    "louise_bourgeois": ("Louise Bourgeois", 1911),
    "alexander_calder": ("Alexander Calder", 1898),
    "frederic_auguste_bartholdi": ("Frédéric Auguste Bartholdi", 1834),
    "jacob_epstein": ("Jacob Epstein", 1880),
    "antony_gormley": ("Antony Gormley", 1950),
    "augusta_savage": ("Augusta Savage", 1892),
}

CITIES = {
    "paris": "Paris", "meudon": "Meudon", "fere_en_tardenois": "Fère-en-Tardenois",
    "hobita": "Hobița", "caprese": "Caprese", "rome": "Rome", "florence": "Florence",
    "naples": "Naples", "possagno": "Possagno", "venice": "Venice",
    "copenhagen": "Copenhagen", "castleford": "Castleford", "much_hadham": "Much Hadham",
    "wakefield": "Wakefield", "st_ives": "St Ives", "borgonovo": "Borgonovo", "chur": "Chur",
    "new_york_city": "New York City", "lawnton": "Lawnton", "colmar": "Colmar",
    "london": "London", "green_cove_springs": "Green Cove Springs",
}

ARTWORKS = {
    "the_thinker": "The Thinker", "the_kiss": "The Kiss", "the_gates_of_hell": "The Gates of Hell",
    "the_burghers_of_calais": "The Burghers of Calais",
    "the_waltz": "The Waltz", "the_mature_age": "The Mature Age", "sakountala": "Sakountala",
    "bird_in_space": "Bird in Space", "endless_column": "Endless Column",
    "sleeping_muse": "Sleeping Muse",
    "david": "David", "pieta": "Pietà", "moses": "Moses",
    "gattamelata": "Equestrian Statue of Gattamelata",
    "judith_and_holofernes": "Judith and Holofernes", "saint_george": "Saint George",
    "apollo_and_daphne": "Apollo and Daphne",
    "ecstasy_of_saint_teresa": "The Ecstasy of Saint Teresa",
    "fountain_of_the_four_rivers": "Fountain of the Four Rivers",
    "psyche_revived": "Psyche Revived by Cupid's Kiss", "the_three_graces": "The Three Graces",
    "paolina_borghese": "Paolina Borghese as Venus Victrix",
    "lion_of_lucerne": "Lion of Lucerne", "jason_golden_fleece": "Jason with the Golden Fleece",
    "knife_edge_two_piece": "Knife Edge Two Piece", "king_and_queen": "King and Queen",
    "single_form": "Single Form", "winged_figure": "Winged Figure",
    "walking_man_i": "Walking Man I", "palace_at_4am": "The Palace at 4 a.m.",
    "maman": "Maman",
    "flamingo": "Flamingo", "calders_circus": "Calder's Circus",
    "statue_of_liberty": "Statue of Liberty", "lion_of_belfort": "Lion of Belfort",
    "rock_drill": "Rock Drill",
    "st_michaels_victory": "St Michael's Victory over the Devil",
    "angel_of_the_north": "Angel of the North",
    "the_harp": "The Harp",
}

MATERIALS = {"marble": "Marble", "bronze": "Bronze", "wood": "Wood", "steel": "Steel",
             "copper": "Copper", "plaster": "Plaster"}

MOVEMENTS = {"renaissance": "Renaissance", "baroque": "Baroque",
             "neoclassicism": "Neoclassicism", "modernism": "Modernism",
             "surrealism": "Surrealism", "kinetic_art": "Kinetic art",
             "vorticism": "Vorticism", "harlem_renaissance": "Harlem Renaissance"}

TEACHERS = {
    "horace_lecoq_de_boisbaudran": "Horace Lecoq de Boisbaudran",
    "alfred_boucher": "Alfred Boucher", "antonin_mercie": "Antonin Mercié",
    "domenico_ghirlandaio": "Domenico Ghirlandaio", "lorenzo_ghiberti": "Lorenzo Ghiberti",
    "pietro_bernini": "Pietro Bernini", "giuseppe_bernardi": "Giuseppe Bernardi",
    "antoine_bourdelle": "Antoine Bourdelle", "fernand_leger": "Fernand Léger",
    "ary_scheffer": "Ary Scheffer",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# sculptor slug -> facts
FACTS = {
    "auguste_rodin": dict(born="paris", died="meudon",
                          works=["the_thinker", "the_kiss", "the_gates_of_hell", "the_burghers_of_calais"],
                          materials=["bronze", "marble"], movements=[],
                          teachers=["person:horace_lecoq_de_boisbaudran"]),
    "camille_claudel": dict(born="fere_en_tardenois", died=None,
                            works=["the_waltz", "the_mature_age", "sakountala"],
                            materials=["bronze", "marble"], movements=[],
                            teachers=["person:alfred_boucher", "sculptor:auguste_rodin"]),
    "constantin_brancusi": dict(born="hobita", died="paris",
                                works=["bird_in_space", "endless_column", "sleeping_muse"],
                                materials=["bronze", "marble", "wood"], movements=["modernism"],
                                teachers=["person:antonin_mercie"]),
    "michelangelo": dict(born="caprese", died="rome", works=["david", "pieta", "moses"],
                         materials=["marble"], movements=["renaissance"],
                         teachers=["person:domenico_ghirlandaio"]),
    "donatello": dict(born="florence", died="florence",
                      works=["gattamelata", "judith_and_holofernes", "saint_george"],
                      materials=["bronze", "marble"], movements=["renaissance"],
                      teachers=["person:lorenzo_ghiberti"]),
    "gian_lorenzo_bernini": dict(born="naples", died="rome",
                                 works=["apollo_and_daphne", "ecstasy_of_saint_teresa",
                                        "fountain_of_the_four_rivers"],
                                 materials=["marble"], movements=["baroque"],
                                 teachers=["person:pietro_bernini"]),
    "antonio_canova": dict(born="possagno", died="venice",
                           works=["psyche_revived", "the_three_graces", "paolina_borghese"],
                           materials=["marble"], movements=["neoclassicism"],
                           teachers=["person:giuseppe_bernardi"]),
    "bertel_thorvaldsen": dict(born="copenhagen", died="copenhagen",
                               works=["lion_of_lucerne", "jason_golden_fleece"],
                               materials=["marble"], movements=["neoclassicism"], teachers=[]),
    "henry_moore": dict(born="castleford", died="much_hadham",
                        works=["knife_edge_two_piece", "king_and_queen"],
                        materials=["bronze"], movements=["modernism"], teachers=[]),
    "barbara_hepworth": dict(born="wakefield", died="st_ives",
                             works=["single_form", "winged_figure"],
                             materials=["bronze", "wood"], movements=["modernism"], teachers=[]),
    "alberto_giacometti": dict(born="borgonovo", died="chur",
                               works=["walking_man_i", "palace_at_4am"],
                               materials=["bronze"], movements=["surrealism"],
                               teachers=["person:antoine_bourdelle"]),
    "louise_bourgeois": dict(born="paris", died="new_york_city", works=["maman"],
                             materials=["bronze", "steel"], movements=[],
                             teachers=["person:fernand_leger"]),
    "alexander_calder": dict(born="lawnton", died="new_york_city",
                             works=["flamingo", "calders_circus"],
                             materials=["steel"], movements=["kinetic_art"], teachers=[]),
    "frederic_auguste_bartholdi": dict(born="colmar", died="paris",
                                       works=["statue_of_liberty", "lion_of_belfort"],
                                       materials=["copper"], movements=[],
                                       teachers=["person:ary_scheffer"]),
    "jacob_epstein": dict(born="new_york_city", died="london",
                          works=["rock_drill", "st_michaels_victory"],
                          materials=["bronze"], movements=["vorticism"], teachers=[]),
    "antony_gormley": dict(born="london", died=None, works=["angel_of_the_north"],
                           materials=["steel"], movements=[], teachers=[]),
    "augusta_savage": dict(born="green_cove_springs", died="new_york_city", works=["the_harp"],
                           materials=["plaster"], movements=["harlem_renaissance"], teachers=[]),
}

RATINGS = {
    "ana": {"auguste_rodin": 5.0, "michelangelo": 4.5, "alexander_calder": 2.0, "antony_gormley": 3.0},
    "ben": {"gian_lorenzo_bernini": 4.0, "antonio_canova": 1.5, "barbara_hepworth": 5.0,
            "alberto_giacometti": 3.5},
    "chen": {"constantin_brancusi": 4.5, "henry_moore": 2.0, "louise_bourgeois": 5.0,
             "donatello": 3.0},
    "dara": {"camille_claudel": 5.0, "frederic_auguste_bartholdi": 1.0, "jacob_epstein": 4.0,
             "bertel_thorvaldsen": 2.5},
    "emil": {"augusta_savage": 4.0, "alberto_giacometti": 0.5, "michelangelo": 3.5,
             "antony_gormley": 5.0},
}


def entities():
    out = []
    for slug, (label, year) in SCULPTORS.items():
        out.append(kgx.Entity(f"sculptor:{slug}", kind="item", type="sculptor", label=label,
                              attrs={"year": year}))
    for table, typ in [(CITIES, "city"), (ARTWORKS, "artwork"), (MATERIALS, "material"),
                       (MOVEMENTS, "movement"), (TEACHERS, "person")]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, f in FACTS.items():
        s = f"sculptor:{slug}"
        out.append((s, "born_in", f"city:{f['born']}"))
        if f["died"]:
            out.append((s, "died_in", f"city:{f['died']}"))
        out += [(s, "created", f"artwork:{w}") for w in f["works"]]
        out += [(s, "worked_in", f"material:{m}") for m in f["materials"]]
        out += [(s, "associated_with", f"movement:{m}") for m in f["movements"]]
        out += [(s, "studied_under", t) for t in f["teachers"]]
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"sculptor:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind361")
