"""A small graph of queens consort (blind383)."""
import kgexplain as kgx

Q = ("queen",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=Q),
    kgx.Relation("married_to", phrase="was the wife of", inverse_phrase="was the husband of",
                 domain=Q, range=("monarch",)),
    kgx.Relation("queen_of", phrase="was queen consort of", inverse_phrase="had as queen consort",
                 domain=Q, range=("kingdom",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="was the birthplace of",
                 domain=Q, range=("city",)),
    kgx.Relation("buried_at", phrase="is buried at", inverse_phrase="is the burial place of",
                 domain=Q, range=("burial site",)),
    kgx.Relation("mother_of", phrase="was the mother of", inverse_phrase="was a child of",
                 domain=Q, range=("monarch",)),
    kgx.Relation("served_as", phrase="served as", inverse_phrase="was a role held by",
                 domain=Q, range=("role",)),
]

# queen slug -> (label, year she became queen consort)
QUEENS = {
    "catherine_of_aragon": ("Catherine of Aragon", 1509),
    "anne_boleyn": ("Anne Boleyn", 1533),
    "jane_seymour": ("Jane Seymour", 1536),
    "anne_of_cleves": ("Anne of Cleves", 1540),
    "catherine_parr": ("Catherine Parr", 1543),
    "elizabeth_of_york": ("Elizabeth of York", 1486),
    "eleanor_of_aquitaine": ("Eleanor of Aquitaine", 1137),
    "catherine_de_medici": ("Catherine de' Medici", 1547),
    "marie_antoinette": ("Marie Antoinette", 1774),
    "maria_theresa_of_spain": ("Maria Theresa of Spain", 1660),
    "henrietta_maria": ("Henrietta Maria", 1625),
    "anne_of_denmark": ("Anne of Denmark", 1589),
    "charlotte_of_mecklenburg_strelitz": ("Charlotte of Mecklenburg-Strelitz", 1761),
    "adelaide_of_saxe_meiningen": ("Adelaide of Saxe-Meiningen", 1830),
    "alexandra_of_denmark": ("Alexandra of Denmark", 1901),
    "mary_of_teck": ("Mary of Teck", 1910),
    "elizabeth_bowes_lyon": ("Elizabeth Bowes-Lyon", 1936),
    "camilla": ("Queen Camilla", 2022),
}

MONARCHS = {
    "henry_vii": "Henry VII", "henry_viii": "Henry VIII", "louis_vii": "Louis VII",
    "henry_ii_england": "Henry II of England", "henry_ii_france": "Henry II of France",
    "louis_xvi": "Louis XVI", "louis_xiv": "Louis XIV", "charles_i": "Charles I",
    "james_vi_and_i": "James VI and I", "george_iii": "George III", "william_iv": "William IV",
    "edward_vii": "Edward VII", "george_v": "George V", "george_vi": "George VI",
    "charles_iii": "Charles III", "mary_i": "Mary I", "elizabeth_i": "Elizabeth I",
    "edward_vi": "Edward VI", "richard_i": "Richard I", "king_john": "King John",
    "francis_ii": "Francis II of France", "charles_ix": "Charles IX of France",
    "henry_iii_france": "Henry III of France", "charles_ii": "Charles II", "james_ii": "James II",
    "george_iv": "George IV", "edward_viii": "Edward VIII", "elizabeth_ii": "Elizabeth II",
}

KINGDOMS = {"england": "England", "scotland": "Scotland", "france": "France",
            "great_britain": "Great Britain", "united_kingdom": "United Kingdom"}

CITIES = {"alcala_de_henares": "Alcalá de Henares", "dusseldorf": "Düsseldorf", "florence": "Florence",
          "vienna": "Vienna", "paris": "Paris", "skanderborg": "Skanderborg", "mirow": "Mirow",
          "meiningen": "Meiningen", "copenhagen": "Copenhagen", "london": "London"}

BURIAL_SITES = {"peterborough_cathedral": "Peterborough Cathedral",
                "st_peter_ad_vincula": "Chapel of St Peter ad Vincula",
                "st_georges_chapel": "St George's Chapel", "westminster_abbey": "Westminster Abbey",
                "sudeley_castle": "Sudeley Castle", "fontevraud_abbey": "Fontevraud Abbey",
                "saint_denis": "Basilica of Saint-Denis"}

ROLES = {"regent": "Regent", "queen_mother": "Queen Mother", "queen_dowager": "Queen Dowager",
         "infanta": "Infanta", "duchess": "Duchess"}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"queen:{k}", kind="item", type="queen", label=lab, attrs={"year": y})
           for k, (lab, y) in QUEENS.items()]
    for prefix, typ, table in [("monarch", "monarch", MONARCHS), ("kingdom", "kingdom", KINGDOMS),
                               ("city", "city", CITIES), ("burial", "burial site", BURIAL_SITES),
                               ("role", "role", ROLES)]:
        out += [kgx.Entity(f"{prefix}:{k}", kind="attribute", type=typ, label=lab) for k, lab in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "catherine_of_aragon": [("married_to", "monarch:henry_viii"), ("queen_of", "kingdom:england"),
                            ("born_in", "city:alcala_de_henares"), ("buried_at", "burial:peterborough_cathedral"),
                            ("mother_of", "monarch:mary_i"), ("served_as", "role:regent"),
                            ("served_as", "role:infanta")],
    "anne_boleyn": [("married_to", "monarch:henry_viii"), ("queen_of", "kingdom:england"),
                    ("buried_at", "burial:st_peter_ad_vincula"), ("mother_of", "monarch:elizabeth_i")],
    "jane_seymour": [("married_to", "monarch:henry_viii"), ("queen_of", "kingdom:england"),
                     ("buried_at", "burial:st_georges_chapel"), ("mother_of", "monarch:edward_vi")],
    "anne_of_cleves": [("married_to", "monarch:henry_viii"), ("queen_of", "kingdom:england"),
                       ("born_in", "city:dusseldorf"), ("buried_at", "burial:westminster_abbey")],
    "catherine_parr": [("married_to", "monarch:henry_viii"), ("queen_of", "kingdom:england"),
                       ("buried_at", "burial:sudeley_castle"), ("served_as", "role:regent"),
                       ("served_as", "role:queen_dowager")],
    "elizabeth_of_york": [("married_to", "monarch:henry_vii"), ("queen_of", "kingdom:england"),
                          ("buried_at", "burial:westminster_abbey"), ("mother_of", "monarch:henry_viii")],
    "eleanor_of_aquitaine": [("married_to", "monarch:louis_vii"), ("married_to", "monarch:henry_ii_england"),
                             ("queen_of", "kingdom:france"), ("queen_of", "kingdom:england"),
                             ("buried_at", "burial:fontevraud_abbey"), ("mother_of", "monarch:richard_i"),
                             ("mother_of", "monarch:king_john"), ("served_as", "role:regent"),
                             ("served_as", "role:duchess")],
    "catherine_de_medici": [("married_to", "monarch:henry_ii_france"), ("queen_of", "kingdom:france"),
                            ("born_in", "city:florence"), ("buried_at", "burial:saint_denis"),
                            ("mother_of", "monarch:francis_ii"), ("mother_of", "monarch:charles_ix"),
                            ("mother_of", "monarch:henry_iii_france"), ("served_as", "role:regent"),
                            ("served_as", "role:queen_mother")],
    "marie_antoinette": [("married_to", "monarch:louis_xvi"), ("queen_of", "kingdom:france"),
                         ("born_in", "city:vienna"), ("buried_at", "burial:saint_denis")],
    "maria_theresa_of_spain": [("married_to", "monarch:louis_xiv"), ("queen_of", "kingdom:france"),
                               ("buried_at", "burial:saint_denis"), ("served_as", "role:infanta")],
    "henrietta_maria": [("married_to", "monarch:charles_i"), ("queen_of", "kingdom:england"),
                        ("queen_of", "kingdom:scotland"), ("born_in", "city:paris"),
                        ("buried_at", "burial:saint_denis"), ("mother_of", "monarch:charles_ii"),
                        ("mother_of", "monarch:james_ii"), ("served_as", "role:queen_mother")],
    "anne_of_denmark": [("married_to", "monarch:james_vi_and_i"), ("queen_of", "kingdom:scotland"),
                        ("queen_of", "kingdom:england"), ("born_in", "city:skanderborg"),
                        ("buried_at", "burial:westminster_abbey"), ("mother_of", "monarch:charles_i")],
    "charlotte_of_mecklenburg_strelitz": [("married_to", "monarch:george_iii"), ("queen_of", "kingdom:great_britain"),
                                          ("queen_of", "kingdom:united_kingdom"), ("born_in", "city:mirow"),
                                          ("buried_at", "burial:st_georges_chapel"), ("mother_of", "monarch:george_iv"),
                                          ("mother_of", "monarch:william_iv")],
    "adelaide_of_saxe_meiningen": [("married_to", "monarch:william_iv"), ("queen_of", "kingdom:united_kingdom"),
                                   ("born_in", "city:meiningen"), ("buried_at", "burial:st_georges_chapel"),
                                   ("served_as", "role:queen_dowager")],
    "alexandra_of_denmark": [("married_to", "monarch:edward_vii"), ("queen_of", "kingdom:united_kingdom"),
                             ("born_in", "city:copenhagen"), ("buried_at", "burial:st_georges_chapel"),
                             ("mother_of", "monarch:george_v"), ("served_as", "role:queen_mother")],
    "mary_of_teck": [("married_to", "monarch:george_v"), ("queen_of", "kingdom:united_kingdom"),
                     ("born_in", "city:london"), ("buried_at", "burial:st_georges_chapel"),
                     ("mother_of", "monarch:edward_viii"), ("mother_of", "monarch:george_vi"),
                     ("served_as", "role:queen_mother")],
    "elizabeth_bowes_lyon": [("married_to", "monarch:george_vi"), ("queen_of", "kingdom:united_kingdom"),
                             ("buried_at", "burial:st_georges_chapel"), ("mother_of", "monarch:elizabeth_ii"),
                             ("served_as", "role:queen_mother")],
    "camilla": [("married_to", "monarch:charles_iii"), ("queen_of", "kingdom:united_kingdom"),
                ("born_in", "city:london"), ("served_as", "role:duchess")],
}

RATINGS = {
    "ana": [("catherine_of_aragon", 4.5), ("anne_boleyn", 5.0), ("marie_antoinette", 2.0), ("camilla", 1.5)],
    "ben": [("eleanor_of_aquitaine", 5.0), ("catherine_de_medici", 4.0), ("mary_of_teck", 3.0), ("jane_seymour", 1.0)],
    "chen": [("henrietta_maria", 4.0), ("anne_of_denmark", 2.5), ("alexandra_of_denmark", 4.5),
             ("elizabeth_bowes_lyon", 0.5)],
    "dara": [("charlotte_of_mecklenburg_strelitz", 5.0), ("adelaide_of_saxe_meiningen", 2.0),
             ("maria_theresa_of_spain", 3.5), ("anne_of_cleves", 4.0)],
    "emil": [("catherine_parr", 4.5), ("elizabeth_of_york", 1.0), ("marie_antoinette", 5.0),
             ("elizabeth_bowes_lyon", 3.0)],
}


def rows():
    out = []
    for q, facts in FACTS.items():
        out += [(f"queen:{q}", rel, tail) for rel, tail in facts]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"queen:{q}", {"rating": r}) for q, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind383")
