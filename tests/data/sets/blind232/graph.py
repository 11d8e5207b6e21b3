"""A small fountain pen models graph for blind evaluation (blind232)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("pen",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("pen",), range=("company",)),
    kgx.Relation("uses_filling", phrase="fills with a", inverse_phrase="is the filling system of",
                 domain=("pen",), range=("filling_system",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("pen",), range=("designer",)),
    kgx.Relation("nib_material", phrase="has a nib made of", inverse_phrase="is the nib material of",
                 domain=("pen",), range=("material",)),
    kgx.Relation("body_material", phrase="has a body made of", inverse_phrase="is the body material of",
                 domain=("pen",), range=("material",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("city",)),
]

PENS = [
    ("pen:parker_duofold", "Parker Duofold", 1921, ()),
    ("pen:parker_vacumatic", "Parker Vacumatic", 1933, ()),
    ("pen:parker_51", "Parker 51", 1941, ()),
    ("pen:parker_61", "Parker 61", 1956, ()),
    ("pen:parker_75", "Parker 75", 1963, ()),
    ("pen:sheaffer_balance", "Sheaffer Balance", 1929, ()),
    ("pen:sheaffer_snorkel", "Sheaffer Snorkel", 1952, ()),
    ("pen:sheaffer_pfm", "Sheaffer PFM", 1959, ("Pen for Men",)),
    ("pen:esterbrook_j", "Esterbrook J", 1948, ()),
    ("pen:pelikan_100", "Pelikan 100", 1929, ()),
    ("pen:pelikan_400", "Pelikan 400", 1950, ()),
    ("pen:pelikan_m800", "Pelikan Souverän M800", 1987, ("Pelikan M800",)),
    ("pen:montblanc_146", "Montblanc Meisterstück 146", 1949, ("Montblanc 146",)),
    ("pen:montblanc_149", "Montblanc Meisterstück 149", 1952, ("Montblanc 149",)),
    ("pen:lamy_2000", "Lamy 2000", 1966, ()),
    ("pen:lamy_safari", "Lamy Safari", 1980, ()),
    ("pen:aurora_88", "Aurora 88", 1947, ()),
    ("pen:platinum_3776", "Platinum 3776", 1978, ()),
    ("pen:pilot_capless", "Pilot Capless", 1963, ("Vanishing Point",)),
]

ATTRIBUTES = [
    ("company:parker", "company", "Parker", ("Parker Pen Company",)),
    ("company:sheaffer", "company", "Sheaffer", ("Sheaffer Pen Company",)),
    ("company:esterbrook", "company", "Esterbrook", ("Esterbrook Pen Company",)),
    ("company:pelikan", "company", "Pelikan", ()),
    ("company:montblanc", "company", "Montblanc", ()),
    ("company:lamy", "company", "Lamy", ()),
    ("company:aurora", "company", "Aurora", ()),
    ("company:platinum", "company", "Platinum", ()),
    ("company:pilot", "company", "Pilot", ()),
    ("filling_system:button", "filling_system", "button filler", ()),
    ("filling_system:vacumatic", "filling_system", "vacumatic filler", ()),
    ("filling_system:aerometric", "filling_system", "aerometric filler", ()),
    ("filling_system:capillary", "filling_system", "capillary filler", ()),
    ("filling_system:cartridge_converter", "filling_system", "cartridge converter", ()),
    ("filling_system:lever", "filling_system", "lever filler", ()),
    ("filling_system:snorkel", "filling_system", "snorkel filler", ()),
    ("filling_system:piston", "filling_system", "piston filler", ()),
    ("designer:gerd_a_muller", "designer", "Gerd A. Müller", ("Gerd Alfred Müller",)),
    ("designer:wolfgang_fabian", "designer", "Wolfgang Fabian", ()),
    ("designer:bernt_spiegel", "designer", "Bernt Spiegel", ()),
    ("designer:marcello_nizzoli", "designer", "Marcello Nizzoli", ()),
    ("material:gold", "material", "gold", ()),
    ("material:steel", "material", "steel", ()),
    ("material:celluloid", "material", "celluloid", ()),
    ("material:lucite", "material", "Lucite", ()),
    ("material:polycarbonate", "material", "polycarbonate", ()),
    ("material:abs_plastic", "material", "ABS plastic", ()),
    ("material:resin", "material", "resin", ()),
    ("material:sterling_silver", "material", "sterling silver", ()),
    ("city:janesville", "city", "Janesville", ()),
    ("city:fort_madison", "city", "Fort Madison", ()),
    ("city:camden", "city", "Camden", ()),
    ("city:hanover", "city", "Hanover", ()),
    ("city:hamburg", "city", "Hamburg", ()),
    ("city:heidelberg", "city", "Heidelberg", ()),
    ("city:turin", "city", "Turin", ()),
    ("city:tokyo", "city", "Tokyo", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="pen", label=name, aliases=a, attrs={"year": y}) for i, name, y, a in PENS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=name, aliases=a) for i, t, name, a in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    r = []
    made = {
        "company:parker": ["pen:parker_duofold", "pen:parker_vacumatic", "pen:parker_51", "pen:parker_61", "pen:parker_75"],
        "company:sheaffer": ["pen:sheaffer_balance", "pen:sheaffer_snorkel", "pen:sheaffer_pfm"],
        "company:esterbrook": ["pen:esterbrook_j"],
        "company:pelikan": ["pen:pelikan_100", "pen:pelikan_400", "pen:pelikan_m800"],
        "company:montblanc": ["pen:montblanc_146", "pen:montblanc_149"],
        "company:lamy": ["pen:lamy_2000", "pen:lamy_safari"],
        "company:aurora": ["pen:aurora_88"],
        "company:platinum": ["pen:platinum_3776"],
        "company:pilot": ["pen:pilot_capless"],
    }
    for company, pens in made.items():
        r += [(p, "made_by", company) for p in pens]
    filling = [
        ("pen:parker_duofold", "filling_system:button"),
        ("pen:parker_vacumatic", "filling_system:vacumatic"),
        ("pen:parker_51", "filling_system:vacumatic"),
        ("pen:parker_51", "filling_system:aerometric"),
        ("pen:parker_61", "filling_system:capillary"),
        ("pen:parker_75", "filling_system:cartridge_converter"),
        ("pen:sheaffer_balance", "filling_system:lever"),
        ("pen:sheaffer_snorkel", "filling_system:snorkel"),
        ("pen:sheaffer_pfm", "filling_system:snorkel"),
        ("pen:esterbrook_j", "filling_system:lever"),
        ("pen:pelikan_100", "filling_system:piston"),
        ("pen:pelikan_400", "filling_system:piston"),
        ("pen:pelikan_m800", "filling_system:piston"),
        ("pen:montblanc_146", "filling_system:piston"),
        ("pen:montblanc_149", "filling_system:piston"),
        ("pen:lamy_2000", "filling_system:piston"),
        ("pen:lamy_safari", "filling_system:cartridge_converter"),
        ("pen:aurora_88", "filling_system:piston"),
        ("pen:platinum_3776", "filling_system:cartridge_converter"),
        ("pen:pilot_capless", "filling_system:cartridge_converter"),
    ]
    r += [(p, "uses_filling", f) for p, f in filling]
    r += [
        ("pen:lamy_2000", "designed_by", "designer:gerd_a_muller"),
        ("pen:lamy_safari", "designed_by", "designer:wolfgang_fabian"),
        ("pen:lamy_safari", "designed_by", "designer:bernt_spiegel"),
        ("pen:aurora_88", "designed_by", "designer:marcello_nizzoli"),
    ]
    nibs = [
        ("pen:parker_duofold", "material:gold"),
        ("pen:parker_51", "material:gold"),
        ("pen:sheaffer_pfm", "material:gold"),
        ("pen:esterbrook_j", "material:steel"),
        ("pen:pelikan_400", "material:gold"),
        ("pen:pelikan_m800", "material:gold"),
        ("pen:montblanc_146", "material:gold"),
        ("pen:montblanc_149", "material:gold"),
        ("pen:lamy_2000", "material:gold"),
        ("pen:lamy_safari", "material:steel"),
        ("pen:aurora_88", "material:gold"),
        ("pen:platinum_3776", "material:gold"),
    ]
    r += [(p, "nib_material", m) for p, m in nibs]
    bodies = [
        ("pen:parker_vacumatic", "material:celluloid"),
        ("pen:parker_51", "material:lucite"),
        ("pen:parker_75", "material:sterling_silver"),
        ("pen:sheaffer_balance", "material:celluloid"),
        ("pen:montblanc_149", "material:resin"),
        ("pen:lamy_2000", "material:polycarbonate"),
        ("pen:lamy_safari", "material:abs_plastic"),
    ]
    r += [(p, "body_material", m) for p, m in bodies]
    r += [
        ("company:parker", "based_in", "city:janesville"),
        ("company:sheaffer", "based_in", "city:fort_madison"),
        ("company:esterbrook", "based_in", "city:camden"),
        ("company:pelikan", "based_in", "city:hanover"),
        ("company:montblanc", "based_in", "city:hamburg"),
        ("company:lamy", "based_in", "city:heidelberg"),
        ("company:aurora", "based_in", "city:turin"),
        ("company:platinum", "based_in", "city:tokyo"),
        ("company:pilot", "based_in", "city:tokyo"),
    ]
    ratings = {
        "ana": [("pen:lamy_2000", 5.0), ("pen:lamy_safari", 4.0), ("pen:parker_51", 1.5), ("pen:pelikan_m800", 3.0)],
        "ben": [("pen:montblanc_149", 4.5), ("pen:sheaffer_snorkel", 2.0), ("pen:aurora_88", 5.0), ("pen:pilot_capless", 3.5)],
        "chen": [("pen:platinum_3776", 4.0), ("pen:pilot_capless", 5.0), ("pen:esterbrook_j", 1.0), ("pen:parker_vacumatic", 4.5)],
        "dara": [("pen:pelikan_100", 3.0), ("pen:pelikan_400", 4.5), ("pen:sheaffer_balance", 2.0), ("pen:parker_duofold", 5.0)],
        "emil": [("pen:parker_61", 0.5), ("pen:parker_75", 4.0), ("pen:sheaffer_pfm", 3.5), ("pen:montblanc_146", 4.5)],
    }
    for u, rs in ratings.items():
        r += [(f"user:{u}", "rated", p, {"rating": x}) for p, x in rs]
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind232")
