"""A small kings of France graph (blind407).

Items are kings of France; ``year`` is the year each one came to the throne.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("king",)),
    kgx.Relation("member_of", phrase="belonged to", inverse_phrase="included",
                 domain=("king",), range=("dynasty",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="was the birthplace of",
                 domain=("king",), range=("city",)),
    kgx.Relation("buried_in", phrase="is buried in", inverse_phrase="holds the tomb of",
                 domain=("king",), range=("church",)),
    kgx.Relation("died_of", phrase="died of", inverse_phrase="caused the death of",
                 domain=("king",), range=("cause of death",)),
    kgx.Relation("married", phrase="was married to", inverse_phrase="was the wife of",
                 domain=("king",), range=("queen",)),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by",
                 domain=("king",), range=("king",)),
]

# slug, label, accession year
KINGS = [
    ("hugh_capet", "Hugh Capet", 987),
    ("philip_ii", "Philip II", 1180),
    ("louis_ix", "Louis IX", 1226),
    ("philip_iv", "Philip IV", 1285),
    ("philip_vi", "Philip VI", 1328),
    ("charles_v", "Charles V", 1364),
    ("charles_vii", "Charles VII", 1422),
    ("louis_xi", "Louis XI", 1461),
    ("louis_xii", "Louis XII", 1498),
    ("francis_i", "Francis I", 1515),
    ("henry_ii", "Henry II", 1547),
    ("henry_iv", "Henry IV", 1589),
    ("louis_xiii", "Louis XIII", 1610),
    ("louis_xiv", "Louis XIV", 1643),
    ("louis_xv", "Louis XV", 1715),
    ("louis_xvi", "Louis XVI", 1774),
    ("louis_xviii", "Louis XVIII", 1814),
    ("charles_x", "Charles X", 1824),
    ("louis_philippe_i", "Louis-Philippe I", 1830),
]

ATTRIBUTES = [
    # dynasties
    ("dynasty:capet", "dynasty", "House of Capet"),
    ("dynasty:valois", "dynasty", "House of Valois"),
    ("dynasty:bourbon", "dynasty", "House of Bourbon"),
    ("dynasty:orleans", "dynasty", "House of Orléans"),
    # birthplaces
    ("city:gonesse", "city", "Gonesse"),
    ("city:poissy", "city", "Poissy"),
    ("city:fontainebleau", "city", "Fontainebleau"),
    ("city:vincennes", "city", "Vincennes"),
    ("city:paris", "city", "Paris"),
    ("city:bourges", "city", "Bourges"),
    ("city:blois", "city", "Blois"),
    ("city:cognac", "city", "Cognac"),
    ("city:saint_germain_en_laye", "city", "Saint-Germain-en-Laye"),
    ("city:pau", "city", "Pau"),
    ("city:versailles", "city", "Versailles"),
    # burial places
    ("church:saint_denis", "church", "Basilica of Saint-Denis"),
    ("church:notre_dame_de_clery", "church", "Basilica of Notre-Dame de Cléry"),
    ("church:kostanjevica", "church", "Kostanjevica Monastery"),
    ("church:dreux", "church", "Royal Chapel of Dreux"),
    # causes of death
    ("cause:dysentery", "cause of death", "Dysentery"),
    ("cause:jousting_accident", "cause of death", "Jousting accident"),
    ("cause:assassination", "cause of death", "Assassination"),
    ("cause:gangrene", "cause of death", "Gangrene"),
    ("cause:smallpox", "cause of death", "Smallpox"),
    ("cause:execution", "cause of death", "Execution"),
    ("cause:cholera", "cause of death", "Cholera"),
    # queens
    ("queen:adelaide_of_aquitaine", "queen", "Adelaide of Aquitaine"),
    ("queen:isabella_of_hainault", "queen", "Isabella of Hainault"),
    ("queen:margaret_of_provence", "queen", "Margaret of Provence"),
    ("queen:joan_i_of_navarre", "queen", "Joan I of Navarre"),
    ("queen:joan_of_burgundy", "queen", "Joan of Burgundy"),
    ("queen:joanna_of_bourbon", "queen", "Joanna of Bourbon"),
    ("queen:marie_of_anjou", "queen", "Marie of Anjou"),
    ("queen:charlotte_of_savoy", "queen", "Charlotte of Savoy"),
    ("queen:anne_of_brittany", "queen", "Anne of Brittany"),
    ("queen:claude_of_france", "queen", "Claude of France"),
    ("queen:catherine_de_medici", "queen", "Catherine de' Medici"),
    ("queen:marie_de_medici", "queen", "Marie de' Medici"),
    ("queen:anne_of_austria", "queen", "Anne of Austria"),
    ("queen:maria_theresa_of_spain", "queen", "Maria Theresa of Spain"),
    ("queen:marie_leszczynska", "queen", "Marie Leszczyńska"),
    ("queen:marie_antoinette", "queen", "Marie Antoinette"),
    ("queen:marie_josephine_of_savoy", "queen", "Marie Joséphine of Savoy"),
    ("queen:maria_theresa_of_savoy", "queen", "Maria Theresa of Savoy"),
    ("queen:maria_amalia", "queen", "Maria Amalia of Naples and Sicily"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"king:{slug}", kind="item", type="king", label=label, attrs={"year": year})
           for slug, label, year in KINGS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _k(slug):
    return f"king:{slug}"


def rows():
    r = []
    # dynasty
    for slug in ["hugh_capet", "philip_ii", "louis_ix", "philip_iv"]:
        r.append((_k(slug), "member_of", "dynasty:capet"))
    for slug in ["philip_vi", "charles_v", "charles_vii", "louis_xi", "louis_xii", "francis_i", "henry_ii"]:
        r.append((_k(slug), "member_of", "dynasty:valois"))
    for slug in ["henry_iv", "louis_xiii", "louis_xiv", "louis_xv", "louis_xvi", "louis_xviii", "charles_x"]:
        r.append((_k(slug), "member_of", "dynasty:bourbon"))
    r.append((_k("louis_philippe_i"), "member_of", "dynasty:orleans"))
    # birthplaces (Hugh Capet and Philip VI left out: not known for certain)
    for slug, city in [
        ("philip_ii", "gonesse"), ("louis_ix", "poissy"), ("philip_iv", "fontainebleau"),
        ("charles_v", "vincennes"), ("charles_vii", "paris"), ("louis_xi", "bourges"),
        ("louis_xii", "blois"), ("francis_i", "cognac"), ("henry_ii", "saint_germain_en_laye"),
        ("henry_iv", "pau"), ("louis_xiii", "fontainebleau"), ("louis_xiv", "saint_germain_en_laye"),
        ("louis_xv", "versailles"), ("louis_xvi", "versailles"), ("louis_xviii", "versailles"),
        ("charles_x", "versailles"), ("louis_philippe_i", "paris"),
    ]:
        r.append((_k(slug), "born_in", f"city:{city}"))
    # burial
    for slug, _, _ in KINGS:
        if slug == "louis_xi":
            r.append((_k(slug), "buried_in", "church:notre_dame_de_clery"))
        elif slug == "charles_x":
            r.append((_k(slug), "buried_in", "church:kostanjevica"))
        elif slug == "louis_philippe_i":
            r.append((_k(slug), "buried_in", "church:dreux"))
        else:
            r.append((_k(slug), "buried_in", "church:saint_denis"))
    # causes of death (only the well attested ones)
    for slug, cause in [
        ("louis_ix", "dysentery"), ("henry_ii", "jousting_accident"), ("henry_iv", "assassination"),
        ("louis_xiv", "gangrene"), ("louis_xv", "smallpox"), ("louis_xvi", "execution"),
        ("charles_x", "cholera"),
    ]:
        r.append((_k(slug), "died_of", f"cause:{cause}"))
    # marriages (one queen each)
    for slug, queen in [
        ("hugh_capet", "adelaide_of_aquitaine"), ("philip_ii", "isabella_of_hainault"),
        ("louis_ix", "margaret_of_provence"), ("philip_iv", "joan_i_of_navarre"),
        ("philip_vi", "joan_of_burgundy"), ("charles_v", "joanna_of_bourbon"),
        ("charles_vii", "marie_of_anjou"), ("louis_xi", "charlotte_of_savoy"),
        ("louis_xii", "anne_of_brittany"), ("francis_i", "claude_of_france"),
        ("henry_ii", "catherine_de_medici"), ("henry_iv", "marie_de_medici"),
        ("louis_xiii", "anne_of_austria"), ("louis_xiv", "maria_theresa_of_spain"),
        ("louis_xv", "marie_leszczynska"), ("louis_xvi", "marie_antoinette"),
        ("louis_xviii", "marie_josephine_of_savoy"), ("charles_x", "maria_theresa_of_savoy"),
        ("louis_philippe_i", "maria_amalia"),
    ]:
        r.append((_k(slug), "married", f"queen:{queen}"))
    # direct successions within the graph (successor, predecessor)
    for succ, pred in [
        ("louis_xi", "charles_vii"), ("francis_i", "louis_xii"), ("henry_ii", "francis_i"),
        ("louis_xiii", "henry_iv"), ("louis_xiv", "louis_xiii"), ("louis_xv", "louis_xiv"),
        ("louis_xvi", "louis_xv"), ("charles_x", "louis_xviii"),
    ]:
        r.append((_k(succ), "succeeded", _k(pred)))
    # ratings
    for user, item, rating in [
        ("ana", "louis_xiv", 5.0), ("ana", "henry_iv", 4.5), ("ana", "francis_i", 4.0), ("ana", "louis_xvi", 2.0),
        ("ben", "philip_ii", 4.0), ("ben", "louis_ix", 5.0), ("ben", "charles_vii", 1.5), ("ben", "louis_xi", 3.0),
        ("chen", "louis_xv", 2.5), ("chen", "louis_xiii", 4.5), ("chen", "charles_x", 1.0), ("chen", "louis_philippe_i", 4.0),
        ("dara", "hugh_capet", 3.5), ("dara", "philip_iv", 4.5), ("dara", "charles_v", 5.0), ("dara", "henry_ii", 2.0),
        ("emil", "philip_vi", 3.0), ("emil", "louis_xii", 4.0), ("emil", "louis_xviii", 1.5), ("emil", "francis_i", 5.0),
    ]:
        r.append((f"user:{user}", "rated", _k(item), {"rating": rating}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind407")
