"""A small civil engineers graph (blind402).

Items are civil engineers; their ``year`` is the year of birth.
"""
import kgexplain as kgx

CE = "civil engineer"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(CE,)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(CE,), range=("place",)),
    kgx.Relation("designed", phrase="designed", inverse_phrase="was designed by", domain=(CE,), range=("structure",)),
    kgx.Relation("chief_engineer_of", phrase="was chief engineer of", inverse_phrase="had as its chief engineer", domain=(CE,), range=("structure",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="was attended by", domain=(CE,), range=("school",)),
    kgx.Relation("specialized_in", phrase="specialized in", inverse_phrase="was the specialty of", domain=(CE,), range=("field",)),
    kgx.Relation("president_of", phrase="served as president of", inverse_phrase="was presided over by", domain=(CE,), range=("organisation",)),
]

# id slug -> (label, year of birth)
ENGINEERS = {
    "isambard_kingdom_brunel": ("Isambard Kingdom Brunel", 1806),
    "marc_isambard_brunel": ("Marc Isambard Brunel", 1769),
    "thomas_telford": ("Thomas Telford", 1757),
    "robert_stephenson": ("Robert Stephenson", 1803),
    "john_rennie": ("John Rennie", 1761),
    "joseph_bazalgette": ("Joseph Bazalgette", 1819),
    "john_fowler": ("John Fowler", 1817),
    "benjamin_baker": ("Benjamin Baker", 1840),
    "gustave_eiffel": ("Gustave Eiffel", 1832),
    "john_a_roebling": ("John A. Roebling", 1806),
    "washington_roebling": ("Washington Roebling", 1837),
    "joseph_strauss": ("Joseph Strauss", 1870),
    "othmar_ammann": ("Othmar Ammann", 1879),
    "robert_maillart": ("Robert Maillart", 1872),
    "fazlur_rahman_khan": ("Fazlur Rahman Khan", 1929),
    "pierre_paul_riquet": ("Pierre-Paul Riquet", 1609),
    "john_smeaton": ("John Smeaton", 1724),
    "christian_menn": ("Christian Menn", 1927),
}

PLACES = {
    "portsmouth": "Portsmouth", "hacqueville": "Hacqueville", "westerkirk": "Westerkirk",
    "willington_quay": "Willington Quay", "phantassie": "Phantassie", "enfield": "Enfield",
    "wadsley": "Wadsley", "frome": "Frome", "dijon": "Dijon", "muhlhausen": "Mühlhausen",
    "saxonburg": "Saxonburg", "cincinnati": "Cincinnati", "feuerthalen": "Feuerthalen",
    "bern": "Bern", "dhaka": "Dhaka", "beziers": "Béziers", "austhorpe": "Austhorpe",
    "meiringen": "Meiringen",
}

STRUCTURES = {
    "clifton_suspension_bridge": "Clifton Suspension Bridge",
    "royal_albert_bridge": "Royal Albert Bridge",
    "great_western_railway": "Great Western Railway",
    "thames_tunnel": "Thames Tunnel",
    "menai_suspension_bridge": "Menai Suspension Bridge",
    "pontcysyllte_aqueduct": "Pontcysyllte Aqueduct",
    "britannia_bridge": "Britannia Bridge",
    "high_level_bridge": "High Level Bridge",
    "london_and_birmingham_railway": "London and Birmingham Railway",
    "waterloo_bridge": "Waterloo Bridge",
    "kennet_and_avon_canal": "Kennet and Avon Canal",
    "hammersmith_bridge": "Hammersmith Bridge",
    "victoria_embankment": "Victoria Embankment",
    "forth_bridge": "Forth Bridge",
    "metropolitan_railway": "Metropolitan Railway",
    "eiffel_tower": "Eiffel Tower",
    "garabit_viaduct": "Garabit Viaduct",
    "maria_pia_bridge": "Maria Pia Bridge",
    "brooklyn_bridge": "Brooklyn Bridge",
    "niagara_falls_suspension_bridge": "Niagara Falls Suspension Bridge",
    "golden_gate_bridge": "Golden Gate Bridge",
    "george_washington_bridge": "George Washington Bridge",
    "verrazzano_narrows_bridge": "Verrazzano-Narrows Bridge",
    "salginatobel_bridge": "Salginatobel Bridge",
    "willis_tower": "Willis Tower",
    "john_hancock_center": "John Hancock Center",
    "canal_du_midi": "Canal du Midi",
    "smeatons_tower": "Smeaton's Tower",
    "sunniberg_bridge": "Sunniberg Bridge",
    "ganter_bridge": "Ganter Bridge",
}

SCHOOLS = {
    "university_of_edinburgh": "University of Edinburgh",
    "ecole_centrale_paris": "École Centrale Paris",
    "berlin_building_academy": "Berlin Building Academy",
    "rensselaer_polytechnic_institute": "Rensselaer Polytechnic Institute",
    "university_of_cincinnati": "University of Cincinnati",
    "eth_zurich": "ETH Zurich",
    "university_of_illinois": "University of Illinois Urbana-Champaign",
}

FIELDS = {
    "railway_engineering": "Railway engineering",
    "tunnel_engineering": "Tunnel engineering",
    "canal_engineering": "Canal engineering",
    "sanitary_engineering": "Sanitary engineering",
    "structural_engineering": "Structural engineering",
    "bridge_engineering": "Bridge engineering",
    "reinforced_concrete": "Reinforced concrete",
}

ORGANISATIONS = {
    "institution_of_civil_engineers": "Institution of Civil Engineers",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, (label, year) in ENGINEERS.items():
        out.append(kgx.Entity(f"{CE}:{slug}", kind="item", type=CE, label=label, attrs={"year": year}))
    for prefix, table in [("place", PLACES), ("structure", STRUCTURES), ("school", SCHOOLS),
                          ("field", FIELDS), ("organisation", ORGANISATIONS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# engineer slug -> list of (relation, tail id)
FACTS = {
    "isambard_kingdom_brunel": [
        ("born_in", "place:portsmouth"),
        ("designed", "structure:clifton_suspension_bridge"),
        ("designed", "structure:royal_albert_bridge"),
        ("chief_engineer_of", "structure:great_western_railway"),
        ("specialized_in", "field:railway_engineering"),
    ],
    "marc_isambard_brunel": [
        ("born_in", "place:hacqueville"),
        ("designed", "structure:thames_tunnel"),
        ("specialized_in", "field:tunnel_engineering"),
    ],
    "thomas_telford": [
        ("born_in", "place:westerkirk"),
        ("designed", "structure:menai_suspension_bridge"),
        ("designed", "structure:pontcysyllte_aqueduct"),
        ("specialized_in", "field:canal_engineering"),
        ("president_of", "organisation:institution_of_civil_engineers"),
    ],
    "robert_stephenson": [
        ("born_in", "place:willington_quay"),
        ("designed", "structure:britannia_bridge"),
        ("designed", "structure:high_level_bridge"),
        ("chief_engineer_of", "structure:london_and_birmingham_railway"),
        ("studied_at", "school:university_of_edinburgh"),
        ("specialized_in", "field:railway_engineering"),
        ("president_of", "organisation:institution_of_civil_engineers"),
    ],
    "john_rennie": [
        ("born_in", "place:phantassie"),
        ("designed", "structure:waterloo_bridge"),
        ("chief_engineer_of", "structure:kennet_and_avon_canal"),
        ("studied_at", "school:university_of_edinburgh"),
        ("specialized_in", "field:canal_engineering"),
    ],
    "joseph_bazalgette": [
        ("born_in", "place:enfield"),
        ("designed", "structure:hammersmith_bridge"),
        ("designed", "structure:victoria_embankment"),
        ("specialized_in", "field:sanitary_engineering"),
        ("president_of", "organisation:institution_of_civil_engineers"),
    ],
    "john_fowler": [
        ("born_in", "place:wadsley"),
        ("designed", "structure:forth_bridge"),
        ("chief_engineer_of", "structure:metropolitan_railway"),
        ("specialized_in", "field:railway_engineering"),
        ("president_of", "organisation:institution_of_civil_engineers"),
    ],
    "benjamin_baker": [
        ("born_in", "place:frome"),
        ("designed", "structure:forth_bridge"),
        ("president_of", "organisation:institution_of_civil_engineers"),
    ],
    "gustave_eiffel": [
        ("born_in", "place:dijon"),
        ("designed", "structure:eiffel_tower"),
        ("designed", "structure:garabit_viaduct"),
        ("designed", "structure:maria_pia_bridge"),
        ("studied_at", "school:ecole_centrale_paris"),
        ("specialized_in", "field:structural_engineering"),
    ],
    "john_a_roebling": [
        ("born_in", "place:muhlhausen"),
        ("designed", "structure:brooklyn_bridge"),
        ("designed", "structure:niagara_falls_suspension_bridge"),
        ("studied_at", "school:berlin_building_academy"),
        ("specialized_in", "field:bridge_engineering"),
    ],
    "washington_roebling": [
        ("born_in", "place:saxonburg"),
        ("chief_engineer_of", "structure:brooklyn_bridge"),
        ("studied_at", "school:rensselaer_polytechnic_institute"),
        ("specialized_in", "field:bridge_engineering"),
    ],
    "joseph_strauss": [
        ("born_in", "place:cincinnati"),
        ("chief_engineer_of", "structure:golden_gate_bridge"),
        ("studied_at", "school:university_of_cincinnati"),
        ("specialized_in", "field:bridge_engineering"),
    ],
    "othmar_ammann": [
        ("born_in", "place:feuerthalen"),
        ("designed", "structure:george_washington_bridge"),
        ("designed", "structure:verrazzano_narrows_bridge"),
        ("studied_at", "school:eth_zurich"),
        ("specialized_in", "field:bridge_engineering"),
    ],
    "robert_maillart": [
        ("born_in", "place:bern"),
        ("designed", "structure:salginatobel_bridge"),
        ("studied_at", "school:eth_zurich"),
        ("specialized_in", "field:reinforced_concrete"),
    ],
    "fazlur_rahman_khan": [
        ("born_in", "place:dhaka"),
        ("designed", "structure:willis_tower"),
        ("designed", "structure:john_hancock_center"),
        ("studied_at", "school:university_of_illinois"),
        ("specialized_in", "field:structural_engineering"),
    ],
    "pierre_paul_riquet": [
        ("born_in", "place:beziers"),
        ("designed", "structure:canal_du_midi"),
        ("specialized_in", "field:canal_engineering"),
    ],
    "john_smeaton": [
        ("born_in", "place:austhorpe"),
        ("designed", "structure:smeatons_tower"),
    ],
    "christian_menn": [
        ("born_in", "place:meiringen"),
        ("designed", "structure:sunniberg_bridge"),
        ("designed", "structure:ganter_bridge"),
        ("studied_at", "school:eth_zurich"),
        ("specialized_in", "field:bridge_engineering"),
    ],
}

RATINGS = {
    "ana": {"thomas_telford": 5.0, "isambard_kingdom_brunel": 4.5, "fazlur_rahman_khan": 2.0, "john_smeaton": 3.0},
    "ben": {"gustave_eiffel": 4.0, "othmar_ammann": 1.5, "robert_maillart": 5.0, "pierre_paul_riquet": 3.5},
    "chen": {"joseph_strauss": 4.5, "john_a_roebling": 2.0, "joseph_bazalgette": 1.0, "christian_menn": 4.0},
    "dara": {"robert_stephenson": 3.0, "john_fowler": 4.5, "benjamin_baker": 0.5, "washington_roebling": 5.0},
    "emil": {"marc_isambard_brunel": 4.0, "john_rennie": 2.5, "fazlur_rahman_khan": 4.5, "gustave_eiffel": 1.0},
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tail in facts:
            out.append((f"{CE}:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"{CE}:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind402")
