"""blind290: a small graph of sculptors (year = year of birth)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("sculptor",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("sculptor",), range=("place",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of",
                 domain=("sculptor",), range=("place",)),
    kgx.Relation("created", phrase="created", inverse_phrase="was created by",
                 domain=("sculptor",), range=("sculpture",)),
    kgx.Relation("trained_under", phrase="trained under", inverse_phrase="taught",
                 domain=("sculptor",), range=("person", "sculptor")),
    kgx.Relation("movement", phrase="belonged to the movement", inverse_phrase="counted among its artists",
                 domain=("sculptor",), range=("movement",)),
]

# slug: (label, birth year)
SCULPTORS = {
    "donatello": ("Donatello", 1386),
    "lorenzo_ghiberti": ("Lorenzo Ghiberti", 1378),
    "michelangelo": ("Michelangelo", 1475),
    "gian_lorenzo_bernini": ("Gian Lorenzo Bernini", 1598),
    "antonio_canova": ("Antonio Canova", 1757),
    "bertel_thorvaldsen": ("Bertel Thorvaldsen", 1770),
    "jean_antoine_houdon": ("Jean-Antoine Houdon", 1741),
    "auguste_rodin": ("Auguste Rodin", 1840),
    "camille_claudel": ("Camille Claudel", 1864),
    "antoine_bourdelle": ("Antoine Bourdelle", 1861),
    "constantin_brancusi": ("Constantin Brâncuși", 1876),
    "umberto_boccioni": ("Umberto Boccioni", 1882),
    "alexander_archipenko": ("Alexander Archipenko", 1887),
    "jacques_lipchitz": ("Jacques Lipchitz", 1891),
    "naum_gabo": ("Naum Gabo", 1890),
    "henry_moore": ("Henry Moore", 1898),
    "barbara_hepworth": ("Barbara Hepworth", 1903),
    "alberto_giacometti": ("Alberto Giacometti", 1901),
}

PLACES = {
    "florence": "Florence", "pelago": "Pelago", "caprese": "Caprese", "rome": "Rome",
    "naples": "Naples", "possagno": "Possagno", "venice": "Venice",
    "copenhagen": "Copenhagen", "versailles": "Versailles", "paris": "Paris",
    "meudon": "Meudon", "fere_en_tardenois": "Fère-en-Tardenois", "montfavet": "Montfavet",
    "montauban": "Montauban", "le_vesinet": "Le Vésinet", "hobita": "Hobița",
    "reggio_calabria": "Reggio Calabria", "verona": "Verona", "kyiv": "Kyiv",
    "new_york_city": "New York City", "druskininkai": "Druskininkai", "capri": "Capri",
    "bryansk": "Bryansk", "waterbury": "Waterbury", "castleford": "Castleford",
    "much_hadham": "Much Hadham", "wakefield": "Wakefield", "st_ives": "St Ives",
    "borgonovo": "Borgonovo", "chur": "Chur",
}

SCULPTURES = {
    "equestrian_statue_of_gattamelata": "Equestrian Statue of Gattamelata",
    "penitent_magdalene": "Penitent Magdalene",
    "gates_of_paradise": "Gates of Paradise",
    "david": "David",
    "pieta": "Pietà",
    "moses": "Moses",
    "apollo_and_daphne": "Apollo and Daphne",
    "ecstasy_of_saint_teresa": "Ecstasy of Saint Teresa",
    "fountain_of_the_four_rivers": "Fountain of the Four Rivers",
    "psyche_revived_by_cupids_kiss": "Psyche Revived by Cupid's Kiss",
    "the_three_graces": "The Three Graces",
    "jason_with_the_golden_fleece": "Jason with the Golden Fleece",
    "voltaire_seated": "Voltaire Seated",
    "the_thinker": "The Thinker",
    "the_kiss": "The Kiss",
    "the_burghers_of_calais": "The Burghers of Calais",
    "the_waltz": "The Waltz",
    "the_mature_age": "The Mature Age",
    "hercules_the_archer": "Hercules the Archer",
    "bird_in_space": "Bird in Space",
    "endless_column": "Endless Column",
    "sleeping_muse": "Sleeping Muse",
    "unique_forms_of_continuity_in_space": "Unique Forms of Continuity in Space",
    "walking_woman": "Walking Woman",
    "man_with_a_guitar": "Man with a Guitar",
    "linear_construction_in_space_no_1": "Linear Construction in Space No. 1",
    "knife_edge_two_piece": "Knife Edge Two Piece",
    "king_and_queen": "King and Queen",
    "single_form": "Single Form",
    "winged_figure": "Winged Figure",
    "walking_man_i": "Walking Man I",
    "the_palace_at_4_am": "The Palace at 4 a.m.",
}

TEACHERS = {
    "domenico_ghirlandaio": "Domenico Ghirlandaio",
    "pietro_bernini": "Pietro Bernini",
    "michel_ange_slodtz": "Michel-Ange Slodtz",
    "horace_lecoq_de_boisbaudran": "Horace Lecoq de Boisbaudran",
    "alfred_boucher": "Alfred Boucher",
    "alexandre_falguiere": "Alexandre Falguière",
    "antonin_mercie": "Antonin Mercié",
    "giacomo_balla": "Giacomo Balla",
}

MOVEMENTS = {
    "renaissance": "Renaissance", "baroque": "Baroque", "neoclassicism": "Neoclassicism",
    "modernism": "Modernism", "futurism": "Futurism", "cubism": "Cubism",
    "constructivism": "Constructivism", "surrealism": "Surrealism",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# sculptor slug: (born, died, works, teachers (ids), movements)
FACTS = {
    "donatello": ("florence", "florence", ["equestrian_statue_of_gattamelata", "penitent_magdalene"],
                  ["sculptor:lorenzo_ghiberti"], ["renaissance"]),
    "lorenzo_ghiberti": ("pelago", "florence", ["gates_of_paradise"], [], ["renaissance"]),
    "michelangelo": ("caprese", "rome", ["david", "pieta", "moses"],
                     ["person:domenico_ghirlandaio"], ["renaissance"]),
    "gian_lorenzo_bernini": ("naples", "rome",
                             ["apollo_and_daphne", "ecstasy_of_saint_teresa", "fountain_of_the_four_rivers"],
                             ["person:pietro_bernini"], ["baroque"]),
    "antonio_canova": ("possagno", "venice", ["psyche_revived_by_cupids_kiss", "the_three_graces"],
                       [], ["neoclassicism"]),
    "bertel_thorvaldsen": ("copenhagen", "copenhagen", ["jason_with_the_golden_fleece"], [],
                           ["neoclassicism"]),
    "jean_antoine_houdon": ("versailles", "paris", ["voltaire_seated"],
                            ["person:michel_ange_slodtz"], ["neoclassicism"]),
    "auguste_rodin": ("paris", "meudon", ["the_thinker", "the_kiss", "the_burghers_of_calais"],
                      ["person:horace_lecoq_de_boisbaudran"], []),
    "camille_claudel": ("fere_en_tardenois", "montfavet", ["the_waltz", "the_mature_age"],
                        ["person:alfred_boucher", "sculptor:auguste_rodin"], []),
    "antoine_bourdelle": ("montauban", "le_vesinet", ["hercules_the_archer"],
                          ["person:alexandre_falguiere", "sculptor:auguste_rodin"], []),
    "constantin_brancusi": ("hobita", "paris", ["bird_in_space", "endless_column", "sleeping_muse"],
                            ["person:antonin_mercie"], ["modernism"]),
    "umberto_boccioni": ("reggio_calabria", "verona", ["unique_forms_of_continuity_in_space"],
                         ["person:giacomo_balla"], ["futurism"]),
    "alexander_archipenko": ("kyiv", "new_york_city", ["walking_woman"], [], ["cubism"]),
    "jacques_lipchitz": ("druskininkai", "capri", ["man_with_a_guitar"], [], ["cubism"]),
    "naum_gabo": ("bryansk", "waterbury", ["linear_construction_in_space_no_1"], [],
                  ["constructivism"]),
    "henry_moore": ("castleford", "much_hadham", ["knife_edge_two_piece", "king_and_queen"], [],
                    ["modernism"]),
    "barbara_hepworth": ("wakefield", "st_ives", ["single_form", "winged_figure"], [], ["modernism"]),
    "alberto_giacometti": ("borgonovo", "chur", ["walking_man_i", "the_palace_at_4_am"],
                           ["sculptor:antoine_bourdelle"], ["surrealism"]),
}

RATINGS = {
    "ana": {"auguste_rodin": 5.0, "camille_claudel": 4.5, "antoine_bourdelle": 3.0, "antonio_canova": 1.5},
    "ben": {"michelangelo": 4.0, "gian_lorenzo_bernini": 5.0, "donatello": 2.0, "jean_antoine_houdon": 3.5},
    "chen": {"constantin_brancusi": 4.5, "umberto_boccioni": 1.0, "alexander_archipenko": 4.0, "naum_gabo": 2.5},
    "dara": {"henry_moore": 5.0, "barbara_hepworth": 4.5, "alberto_giacometti": 2.0, "jacques_lipchitz": 3.0},
    "emil": {"bertel_thorvaldsen": 4.0, "lorenzo_ghiberti": 1.5, "antonio_canova": 5.0, "auguste_rodin": 0.5},
}


def entities():
    out = [kgx.Entity(f"sculptor:{s}", kind="item", type="sculptor", label=lab, attrs={"year": y})
           for s, (lab, y) in SCULPTORS.items()]
    out += [kgx.Entity(f"place:{s}", kind="attribute", type="place", label=lab) for s, lab in PLACES.items()]
    out += [kgx.Entity(f"sculpture:{s}", kind="attribute", type="sculpture", label=lab)
            for s, lab in SCULPTURES.items()]
    out += [kgx.Entity(f"person:{s}", kind="attribute", type="person", label=lab) for s, lab in TEACHERS.items()]
    out += [kgx.Entity(f"movement:{s}", kind="attribute", type="movement", label=lab)
            for s, lab in MOVEMENTS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for s, (born, died, works, teachers, movements) in FACTS.items():
        h = f"sculptor:{s}"
        out.append((h, "born_in", f"place:{born}"))
        out.append((h, "died_in", f"place:{died}"))
        out += [(h, "created", f"sculpture:{w}") for w in works]
        out += [(h, "trained_under", t) for t in teachers]
        out += [(h, "movement", f"movement:{m}") for m in movements]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"sculptor:{s}", {"rating": r}) for s, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind290")
