"""A small graph of real porcelain manufactories (blind324)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("manufactory",)),
    kgx.Relation("based_in", phrase="was based in", inverse_phrase="was the seat of",
                 domain=("manufactory",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("manufactory",), range=("person",)),
    kgx.Relation("produced", phrase="produced", inverse_phrase="was produced by",
                 domain=("manufactory",), range=("porcelain body",)),
    kgx.Relation("marked_with", phrase="marked its wares with", inverse_phrase="is the factory mark of",
                 domain=("manufactory",), range=("mark",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("manufactory",), range=("person", "organisation")),
]

_ITEMS = [
    ("meissen", "Meissen Porcelain Manufactory", 1710),
    ("sevres", "Sèvres Porcelain Manufactory", 1740),
    ("nymphenburg", "Nymphenburg Porcelain Manufactory", 1747),
    ("royal_copenhagen", "Royal Copenhagen", 1775),
    ("herend", "Herend Porcelain Manufactory", 1826),
    ("imperial_porcelain", "Imperial Porcelain Factory", 1744),
    ("kpm_berlin", "KPM Berlin", 1763),
    ("royal_worcester", "Royal Worcester", 1751),
    ("vienna", "Vienna Porcelain Manufactory", 1718),
    ("furstenberg", "Fürstenberg Porcelain Manufactory", 1747),
    ("hochst", "Höchst Porcelain Manufactory", 1746),
    ("frankenthal", "Frankenthal Porcelain Manufactory", 1755),
    ("ludwigsburg", "Ludwigsburg Porcelain Manufactory", 1758),
    ("capodimonte", "Capodimonte Porcelain Manufactory", 1743),
    ("buen_retiro", "Buen Retiro Porcelain Factory", 1760),
    ("doccia", "Doccia Porcelain Manufactory", 1735),
    ("bing_grondahl", "Bing & Grøndahl", 1853),
    ("haviland", "Haviland & Co.", 1842),
    ("vista_alegre", "Vista Alegre", 1824),
    ("noritake", "Noritake", 1904),
]

_ATTRS = [
    # cities
    ("city:meissen", "city", "Meissen"),
    ("city:sevres", "city", "Sèvres"),
    ("city:munich", "city", "Munich"),
    ("city:copenhagen", "city", "Copenhagen"),
    ("city:herend", "city", "Herend"),
    ("city:saint_petersburg", "city", "Saint Petersburg"),
    ("city:berlin", "city", "Berlin"),
    ("city:worcester", "city", "Worcester"),
    ("city:vienna", "city", "Vienna"),
    ("city:furstenberg", "city", "Fürstenberg"),
    ("city:hochst", "city", "Höchst"),
    ("city:frankenthal", "city", "Frankenthal"),
    ("city:ludwigsburg", "city", "Ludwigsburg"),
    ("city:naples", "city", "Naples"),
    ("city:madrid", "city", "Madrid"),
    ("city:sesto_fiorentino", "city", "Sesto Fiorentino"),
    ("city:limoges", "city", "Limoges"),
    ("city:ilhavo", "city", "Ílhavo"),
    ("city:nagoya", "city", "Nagoya"),
    # people
    ("person:augustus_the_strong", "person", "Augustus the Strong"),
    ("person:max_iii_joseph", "person", "Maximilian III Joseph"),
    ("person:frantz_heinrich_muller", "person", "Frantz Heinrich Müller"),
    ("person:vince_stingl", "person", "Vince Stingl"),
    ("person:frederick_the_great", "person", "Frederick the Great"),
    ("person:john_wall", "person", "John Wall"),
    ("person:du_paquier", "person", "Claudius Innocentius du Paquier"),
    ("person:charles_i_brunswick", "person", "Charles I, Duke of Brunswick-Wolfenbüttel"),
    ("person:lowenfinck", "person", "Adam Friedrich von Löwenfinck"),
    ("person:paul_hannong", "person", "Paul Hannong"),
    ("person:charles_eugene", "person", "Charles Eugene, Duke of Württemberg"),
    ("person:charles_of_bourbon", "person", "Charles of Bourbon"),
    ("person:carlo_ginori", "person", "Carlo Ginori"),
    ("person:frederik_grondahl", "person", "Frederik Vilhelm Grøndahl"),
    ("person:meyer_herman_bing", "person", "Meyer Herman Bing"),
    ("person:jacob_herman_bing", "person", "Jacob Herman Bing"),
    ("person:david_haviland", "person", "David Haviland"),
    ("person:pinto_basto", "person", "José Ferreira Pinto Basto"),
    ("person:morimura_ichizaemon", "person", "Morimura Ichizaemon"),
    ("person:jorg_woltmann", "person", "Jörg Woltmann"),
    # porcelain bodies
    ("body:hard_paste", "porcelain body", "hard-paste porcelain"),
    ("body:soft_paste", "porcelain body", "soft-paste porcelain"),
    ("body:bone_china", "porcelain body", "bone china"),
    # marks
    ("mark:crossed_swords", "mark", "crossed swords"),
    ("mark:interlaced_ls", "mark", "interlaced Ls"),
    ("mark:lozenge_shield", "mark", "lozenge shield"),
    ("mark:three_wavy_lines", "mark", "three wavy lines"),
    ("mark:sceptre", "mark", "sceptre"),
    ("mark:crescent", "mark", "crescent"),
    ("mark:austrian_shield", "mark", "Austrian shield"),
    ("mark:script_f", "mark", "script F"),
    ("mark:wheel", "mark", "wheel"),
    ("mark:rampant_lion", "mark", "rampant lion"),
    ("mark:interlaced_cs", "mark", "interlaced Cs"),
    ("mark:fleur_de_lis", "mark", "fleur-de-lis"),
    # organisations
    ("org:free_state_of_saxony", "organisation", "Free State of Saxony"),
    ("org:fiskars", "organisation", "Fiskars"),
    ("org:portmeirion", "organisation", "Portmeirion Group"),
    ("org:kering", "organisation", "Kering"),
    ("org:visabeira", "organisation", "Grupo Visabeira"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"manufactory:{slug}", kind="item", type="manufactory", label=label,
                      attrs={"year": year}) for slug, label, year in _ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    def m(s):
        return f"manufactory:{s}"
    r = [
        # based_in
        (m("meissen"), "based_in", "city:meissen"),
        (m("sevres"), "based_in", "city:sevres"),
        (m("nymphenburg"), "based_in", "city:munich"),
        (m("royal_copenhagen"), "based_in", "city:copenhagen"),
        (m("herend"), "based_in", "city:herend"),
        (m("imperial_porcelain"), "based_in", "city:saint_petersburg"),
        (m("kpm_berlin"), "based_in", "city:berlin"),
        (m("royal_worcester"), "based_in", "city:worcester"),
        (m("vienna"), "based_in", "city:vienna"),
        (m("furstenberg"), "based_in", "city:furstenberg"),
        (m("hochst"), "based_in", "city:hochst"),
        (m("frankenthal"), "based_in", "city:frankenthal"),
        (m("ludwigsburg"), "based_in", "city:ludwigsburg"),
        (m("capodimonte"), "based_in", "city:naples"),
        (m("buen_retiro"), "based_in", "city:madrid"),
        (m("doccia"), "based_in", "city:sesto_fiorentino"),
        (m("bing_grondahl"), "based_in", "city:copenhagen"),
        (m("haviland"), "based_in", "city:limoges"),
        (m("vista_alegre"), "based_in", "city:ilhavo"),
        (m("noritake"), "based_in", "city:nagoya"),
        # founded_by
        (m("meissen"), "founded_by", "person:augustus_the_strong"),
        (m("nymphenburg"), "founded_by", "person:max_iii_joseph"),
        (m("royal_copenhagen"), "founded_by", "person:frantz_heinrich_muller"),
        (m("herend"), "founded_by", "person:vince_stingl"),
        (m("kpm_berlin"), "founded_by", "person:frederick_the_great"),
        (m("royal_worcester"), "founded_by", "person:john_wall"),
        (m("vienna"), "founded_by", "person:du_paquier"),
        (m("furstenberg"), "founded_by", "person:charles_i_brunswick"),
        (m("hochst"), "founded_by", "person:lowenfinck"),
        (m("frankenthal"), "founded_by", "person:paul_hannong"),
        (m("ludwigsburg"), "founded_by", "person:charles_eugene"),
        (m("capodimonte"), "founded_by", "person:charles_of_bourbon"),
        (m("buen_retiro"), "founded_by", "person:charles_of_bourbon"),
        (m("doccia"), "founded_by", "person:carlo_ginori"),
        (m("bing_grondahl"), "founded_by", "person:frederik_grondahl"),
        (m("bing_grondahl"), "founded_by", "person:meyer_herman_bing"),
        (m("bing_grondahl"), "founded_by", "person:jacob_herman_bing"),
        (m("haviland"), "founded_by", "person:david_haviland"),
        (m("vista_alegre"), "founded_by", "person:pinto_basto"),
        (m("noritake"), "founded_by", "person:morimura_ichizaemon"),
        # produced
        (m("meissen"), "produced", "body:hard_paste"),
        (m("sevres"), "produced", "body:soft_paste"),
        (m("sevres"), "produced", "body:hard_paste"),
        (m("nymphenburg"), "produced", "body:hard_paste"),
        (m("royal_copenhagen"), "produced", "body:hard_paste"),
        (m("herend"), "produced", "body:hard_paste"),
        (m("imperial_porcelain"), "produced", "body:hard_paste"),
        (m("kpm_berlin"), "produced", "body:hard_paste"),
        (m("royal_worcester"), "produced", "body:soft_paste"),
        (m("royal_worcester"), "produced", "body:bone_china"),
        (m("vienna"), "produced", "body:hard_paste"),
        (m("furstenberg"), "produced", "body:hard_paste"),
        (m("hochst"), "produced", "body:hard_paste"),
        (m("frankenthal"), "produced", "body:hard_paste"),
        (m("ludwigsburg"), "produced", "body:hard_paste"),
        (m("capodimonte"), "produced", "body:soft_paste"),
        (m("buen_retiro"), "produced", "body:soft_paste"),
        (m("haviland"), "produced", "body:hard_paste"),
        (m("noritake"), "produced", "body:bone_china"),
        # marked_with
        (m("meissen"), "marked_with", "mark:crossed_swords"),
        (m("sevres"), "marked_with", "mark:interlaced_ls"),
        (m("nymphenburg"), "marked_with", "mark:lozenge_shield"),
        (m("royal_copenhagen"), "marked_with", "mark:three_wavy_lines"),
        (m("kpm_berlin"), "marked_with", "mark:sceptre"),
        (m("royal_worcester"), "marked_with", "mark:crescent"),
        (m("vienna"), "marked_with", "mark:austrian_shield"),
        (m("furstenberg"), "marked_with", "mark:script_f"),
        (m("hochst"), "marked_with", "mark:wheel"),
        (m("frankenthal"), "marked_with", "mark:rampant_lion"),
        (m("ludwigsburg"), "marked_with", "mark:interlaced_cs"),
        (m("capodimonte"), "marked_with", "mark:fleur_de_lis"),
        (m("buen_retiro"), "marked_with", "mark:fleur_de_lis"),
        # owned_by
        (m("meissen"), "owned_by", "org:free_state_of_saxony"),
        (m("royal_copenhagen"), "owned_by", "org:fiskars"),
        (m("kpm_berlin"), "owned_by", "person:jorg_woltmann"),
        (m("royal_worcester"), "owned_by", "org:portmeirion"),
        (m("doccia"), "owned_by", "org:kering"),
        (m("vista_alegre"), "owned_by", "org:visabeira"),
    ]
    ratings = {
        "ana": [("meissen", 5.0), ("sevres", 4.5), ("herend", 2.0), ("noritake", 1.5)],
        "ben": [("royal_copenhagen", 4.0), ("bing_grondahl", 5.0), ("kpm_berlin", 1.0), ("capodimonte", 3.0)],
        "chen": [("imperial_porcelain", 4.5), ("nymphenburg", 2.0), ("royal_worcester", 5.0), ("haviland", 3.5)],
        "dara": [("doccia", 4.0), ("vista_alegre", 1.5), ("ludwigsburg", 4.5), ("vienna", 2.5)],
        "emil": [("furstenberg", 5.0), ("hochst", 0.5), ("frankenthal", 4.0), ("buen_retiro", 2.0)],
    }
    for u, lst in ratings.items():
        for slug, rating in lst:
            r.append((f"user:{u}", "rated", m(slug), {"rating": rating}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind324")
