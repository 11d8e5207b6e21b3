"""A small graph of well-known public and museum sculptures (blind100)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("sculpture",)),
    kgx.Relation("sculpted_by", phrase="was sculpted by", inverse_phrase="sculpted",
                 domain=("sculpture",), range=("sculptor",)),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the material of",
                 domain=("sculpture",), range=("material",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("sculpture",), range=("city",)),
    kgx.Relation("stands_at", phrase="stands at", inverse_phrase="is the site of",
                 domain=("sculpture",), range=("site",)),
    kgx.Relation("has_form", phrase="is a", inverse_phrase="is the form of",
                 domain=("sculpture",), range=("form",)),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in",
                 domain=("sculpture",), range=("figure",)),
]

# (slug, label, year)
_SCULPTURES = [
    ("david", "David", 1504),
    ("pieta", "Pietà", 1499),
    ("burghers_of_calais", "The Burghers of Calais", 1889),
    ("statue_of_liberty", "Statue of Liberty", 1886),
    ("christ_the_redeemer", "Christ the Redeemer", 1931),
    ("cloud_gate", "Cloud Gate", 2006),
    ("little_mermaid", "The Little Mermaid", 1913),
    ("manneken_pis", "Manneken Pis", 1619),
    ("angel_of_the_north", "Angel of the North", 1998),
    ("ecstasy_of_saint_teresa", "Ecstasy of Saint Teresa", 1652),
    ("apollo_and_daphne", "Apollo and Daphne", 1625),
    ("rape_of_proserpina", "The Rape of Proserpina", 1622),
    ("charging_bull", "Charging Bull", 1989),
    ("spoonbridge_and_cherry", "Spoonbridge and Cherry", 1988),
    ("perseus_with_the_head_of_medusa", "Perseus with the Head of Medusa", 1554),
    ("motherland_calls", "The Motherland Calls", 1967),
    ("kelpies", "The Kelpies", 2013),
]

_SCULPTORS = [
    ("michelangelo", "Michelangelo", ()),
    ("auguste_rodin", "Auguste Rodin", ("Rodin",)),
    ("bartholdi", "Frédéric Auguste Bartholdi", ("Bartholdi",)),
    ("paul_landowski", "Paul Landowski", ("Landowski",)),
    ("anish_kapoor", "Anish Kapoor", ("Kapoor",)),
    ("edvard_eriksen", "Edvard Eriksen", ("Eriksen",)),
    ("jerome_duquesnoy", "Jérôme Duquesnoy the Elder", ("Jérôme Duquesnoy",)),
    ("antony_gormley", "Antony Gormley", ("Gormley",)),
    ("bernini", "Gian Lorenzo Bernini", ("Bernini",)),
    ("arturo_di_modica", "Arturo Di Modica", ("Di Modica",)),
    ("claes_oldenburg", "Claes Oldenburg", ("Oldenburg",)),
    ("coosje_van_bruggen", "Coosje van Bruggen", ("van Bruggen",)),
    ("benvenuto_cellini", "Benvenuto Cellini", ("Cellini",)),
    ("yevgeny_vuchetich", "Yevgeny Vuchetich", ("Vuchetich",)),
    ("andy_scott", "Andy Scott", ()),
]

_MATERIALS = [
    ("marble", "marble"), ("bronze", "bronze"), ("copper", "copper"),
    ("reinforced_concrete", "reinforced concrete"), ("soapstone", "soapstone"),
    ("stainless_steel", "stainless steel"), ("weathering_steel", "weathering steel"),
    ("aluminium", "aluminium"), ("concrete", "concrete"),
]

_CITIES = [
    ("florence", "Florence"), ("vatican_city", "Vatican City"), ("calais", "Calais"),
    ("new_york_city", "New York City"), ("rio_de_janeiro", "Rio de Janeiro"),
    ("chicago", "Chicago"), ("copenhagen", "Copenhagen"), ("brussels", "Brussels"),
    ("gateshead", "Gateshead"), ("rome", "Rome"), ("minneapolis", "Minneapolis"),
    ("volgograd", "Volgograd"), ("falkirk", "Falkirk"),
]

_SITES = [
    ("galleria_dell_accademia", "Galleria dell'Accademia"),
    ("st_peters_basilica", "St. Peter's Basilica"),
    ("liberty_island", "Liberty Island"),
    ("corcovado", "Corcovado"),
    ("millennium_park", "Millennium Park"),
    ("langelinie", "Langelinie"),
    ("santa_maria_della_vittoria", "Santa Maria della Vittoria"),
    ("galleria_borghese", "Galleria Borghese"),
    ("minneapolis_sculpture_garden", "Minneapolis Sculpture Garden"),
    ("loggia_dei_lanzi", "Loggia dei Lanzi"),
    ("mamayev_kurgan", "Mamayev Kurgan"),
    ("the_helix", "The Helix"),
]

_FORMS = [
    ("statue", "statue"), ("colossal_statue", "colossal statue"),
    ("fountain", "fountain"), ("sculpture_group", "sculpture group"),
]

_FIGURES = [
    ("jesus", "Jesus"), ("virgin_mary", "Virgin Mary"), ("libertas", "Libertas"),
    ("teresa_of_avila", "Teresa of Ávila"), ("apollo", "Apollo"), ("daphne", "Daphne"),
    ("proserpina", "Proserpina"), ("pluto", "Pluto"), ("perseus", "Perseus"),
    ("medusa", "Medusa"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"sculpture:{s}", kind="item", type="sculpture", label=label,
                      attrs={"year": year}) for s, label, year in _SCULPTURES]
    out += [kgx.Entity(f"sculptor:{s}", kind="attribute", type="sculptor", label=label,
                       aliases=aliases) for s, label, aliases in _SCULPTORS]
    for prefix, table in [("material", _MATERIALS), ("city", _CITIES), ("site", _SITES),
                          ("form", _FORMS), ("figure", _FIGURES)]:
        out += [kgx.Entity(f"{prefix}:{s}", kind="attribute", type=prefix, label=label)
                for s, label in table]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# sculpture slug -> facts
_FACTS = {
    "david": dict(by=["michelangelo"], of=["marble"], city="florence",
                  site="galleria_dell_accademia", form="statue", fig=[]),
    "pieta": dict(by=["michelangelo"], of=["marble"], city="vatican_city",
                  site="st_peters_basilica", form=None, fig=["virgin_mary", "jesus"]),
    "burghers_of_calais": dict(by=["auguste_rodin"], of=["bronze"], city="calais",
                               site=None, form="sculpture_group", fig=[]),
    "statue_of_liberty": dict(by=["bartholdi"], of=["copper"], city="new_york_city",
                              site="liberty_island", form="colossal_statue", fig=["libertas"]),
    "christ_the_redeemer": dict(by=["paul_landowski"], of=["reinforced_concrete", "soapstone"],
                                city="rio_de_janeiro", site="corcovado",
                                form="colossal_statue", fig=["jesus"]),
    "cloud_gate": dict(by=["anish_kapoor"], of=["stainless_steel"], city="chicago",
                       site="millennium_park", form=None, fig=[]),
    "little_mermaid": dict(by=["edvard_eriksen"], of=["bronze"], city="copenhagen",
                           site="langelinie", form="statue", fig=[]),
    "manneken_pis": dict(by=["jerome_duquesnoy"], of=["bronze"], city="brussels",
                         site=None, form="fountain", fig=[]),
    "angel_of_the_north": dict(by=["antony_gormley"], of=["weathering_steel"], city="gateshead",
                               site=None, form=None, fig=[]),
    "ecstasy_of_saint_teresa": dict(by=["bernini"], of=["marble"], city="rome",
                                    site="santa_maria_della_vittoria", form="sculpture_group",
                                    fig=["teresa_of_avila"]),
    "apollo_and_daphne": dict(by=["bernini"], of=["marble"], city="rome",
                              site="galleria_borghese", form="sculpture_group",
                              fig=["apollo", "daphne"]),
    "rape_of_proserpina": dict(by=["bernini"], of=["marble"], city="rome",
                               site="galleria_borghese", form="sculpture_group",
                               fig=["proserpina", "pluto"]),
    "charging_bull": dict(by=["arturo_di_modica"], of=["bronze"], city="new_york_city",
                          site=None, form=None, fig=[]),
    "spoonbridge_and_cherry": dict(by=["claes_oldenburg", "coosje_van_bruggen"],
                                   of=["stainless_steel", "aluminium"], city="minneapolis",
                                   site="minneapolis_sculpture_garden", form="fountain", fig=[]),
    "perseus_with_the_head_of_medusa": dict(by=["benvenuto_cellini"], of=["bronze"],
                                            city="florence", site="loggia_dei_lanzi",
                                            form="statue", fig=["perseus", "medusa"]),
    "motherland_calls": dict(by=["yevgeny_vuchetich"], of=["concrete"], city="volgograd",
                             site="mamayev_kurgan", form="colossal_statue", fig=[]),
    "kelpies": dict(by=["andy_scott"], of=["stainless_steel"], city="falkirk",
                    site="the_helix", form=None, fig=[]),
}

RATINGS = {
    "ana": {"david": 5.0, "pieta": 4.5, "apollo_and_daphne": 4.0, "charging_bull": 1.5},
    "ben": {"cloud_gate": 4.5, "spoonbridge_and_cherry": 4.0, "angel_of_the_north": 3.0,
            "manneken_pis": 2.0},
    "chen": {"statue_of_liberty": 5.0, "christ_the_redeemer": 4.0, "motherland_calls": 4.5,
             "little_mermaid": 1.0},
    "dara": {"ecstasy_of_saint_teresa": 4.5, "rape_of_proserpina": 5.0,
             "perseus_with_the_head_of_medusa": 3.5, "burghers_of_calais": 2.5},
    "emil": {"kelpies": 4.0, "angel_of_the_north": 5.0, "cloud_gate": 2.0, "charging_bull": 3.0},
}


def rows():
    out = []
    for s, f in _FACTS.items():
        h = f"sculpture:{s}"
        out += [(h, "sculpted_by", f"sculptor:{p}") for p in f["by"]]
        out += [(h, "made_of", f"material:{m}") for m in f["of"]]
        out.append((h, "located_in", f"city:{f['city']}"))
        if f["site"]:
            out.append((h, "stands_at", f"site:{f['site']}"))
        if f["form"]:
            out.append((h, "has_form", f"form:{f['form']}"))
        out += [(h, "depicts", f"figure:{x}") for x in f["fig"]]
    for u, items in RATINGS.items():
        out += [(f"user:{u}", "rated", f"sculpture:{s}", {"rating": r}) for s, r in items.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind100")
