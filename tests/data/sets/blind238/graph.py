"""A small typewriter-models knowledge graph (blind238)."""
import kgexplain as kgx

T = ("typewriter",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=T),
    kgx.Relation("made_by", phrase="was manufactured by", inverse_phrase="manufactured",
                 domain=T, range=("company",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=T, range=("person",)),
    kgx.Relation("made_in", phrase="was built in", inverse_phrase="was the country that built",
                 domain=T, range=("country",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the class of",
                 domain=T, range=("kind",)),
    kgx.Relation("uses_mechanism", phrase="prints with a", inverse_phrase="is the printing mechanism of",
                 domain=T, range=("mechanism",)),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by",
                 domain=T, range=T),
]

# slug -> (label, year)
ITEMS = {
    "sholes_and_glidden": ("Sholes and Glidden Type-Writer", 1874),
    "remington_no_2": ("Remington No. 2", 1878),
    "ibm_selectric": ("IBM Selectric", 1961),
    "olivetti_m1": ("Olivetti M1", 1911),
    "olivetti_lexikon_80": ("Olivetti Lexikon 80", 1948),
    "olivetti_lettera_22": ("Olivetti Lettera 22", 1950),
    "olivetti_praxis_48": ("Olivetti Praxis 48", 1964),
    "olivetti_valentine": ("Olivetti Valentine", 1969),
    "hammond_1": ("Hammond No. 1", 1881),
    "blickensderfer_5": ("Blickensderfer Model 5", 1893),
    "underwood_5": ("Underwood No. 5", 1900),
    "remington_portable": ("Remington Portable", 1920),
    "corona_3": ("Corona No. 3", 1912),
    "hermes_baby": ("Hermes Baby", 1935),
    "hermes_3000": ("Hermes 3000", 1958),
    "royal_quiet_de_luxe": ("Royal Quiet De Luxe", 1939),
    "writing_ball": ("Malling-Hansen Writing Ball", 1870),
}

ATTRIBUTES = {
    # companies
    "company:e_remington_and_sons": ("company", "E. Remington and Sons"),
    "company:ibm": ("company", "IBM"),
    "company:olivetti": ("company", "Olivetti"),
    "company:hammond_typewriter_company": ("company", "Hammond Typewriter Company"),
    "company:blickensderfer_manufacturing_company": ("company", "Blickensderfer Manufacturing Company"),
    "company:underwood_typewriter_company": ("company", "Underwood Typewriter Company"),
    "company:remington_typewriter_company": ("company", "Remington Typewriter Company"),
    "company:corona_typewriter_company": ("company", "Corona Typewriter Company"),
    "company:paillard": ("company", "Paillard"),
    "company:royal_typewriter_company": ("company", "Royal Typewriter Company"),
    # people
    "person:christopher_latham_sholes": ("person", "Christopher Latham Sholes"),
    "person:carlos_glidden": ("person", "Carlos Glidden"),
    "person:eliot_noyes": ("person", "Eliot Noyes"),
    "person:camillo_olivetti": ("person", "Camillo Olivetti"),
    "person:marcello_nizzoli": ("person", "Marcello Nizzoli"),
    "person:ettore_sottsass": ("person", "Ettore Sottsass"),
    "person:perry_king": ("person", "Perry King"),
    "person:james_bartlett_hammond": ("person", "James Bartlett Hammond"),
    "person:george_canfield_blickensderfer": ("person", "George Canfield Blickensderfer"),
    "person:franz_xaver_wagner": ("person", "Franz Xaver Wagner"),
    "person:giuseppe_prezioso": ("person", "Giuseppe Prezioso"),
    "person:rasmus_malling_hansen": ("person", "Rasmus Malling-Hansen"),
    # countries
    "country:united_states": ("country", "United States"),
    "country:italy": ("country", "Italy"),
    "country:switzerland": ("country", "Switzerland"),
    "country:denmark": ("country", "Denmark"),
    # kinds
    "kind:portable_typewriter": ("kind", "portable typewriter"),
    "kind:electric_typewriter": ("kind", "electric typewriter"),
    "kind:standard_typewriter": ("kind", "standard typewriter"),
    # mechanisms
    "mechanism:typebar": ("mechanism", "typebar"),
    "mechanism:typeball": ("mechanism", "typeball"),
    "mechanism:typewheel": ("mechanism", "typewheel"),
    "mechanism:type_shuttle": ("mechanism", "type shuttle"),
}

# slug -> (company, [designers], country, kind, mechanism); None where not stated
FACTS = {
    "sholes_and_glidden": ("e_remington_and_sons", ["christopher_latham_sholes", "carlos_glidden"], "united_states", "standard_typewriter", "typebar"),
    "remington_no_2": ("e_remington_and_sons", [], "united_states", "standard_typewriter", "typebar"),
    "ibm_selectric": ("ibm", ["eliot_noyes"], "united_states", "electric_typewriter", "typeball"),
    "olivetti_m1": ("olivetti", ["camillo_olivetti"], "italy", "standard_typewriter", "typebar"),
    "olivetti_lexikon_80": ("olivetti", ["marcello_nizzoli"], "italy", "standard_typewriter", "typebar"),
    "olivetti_lettera_22": ("olivetti", ["marcello_nizzoli"], "italy", "portable_typewriter", "typebar"),
    "olivetti_praxis_48": ("olivetti", ["ettore_sottsass"], "italy", "electric_typewriter", "typebar"),
    "olivetti_valentine": ("olivetti", ["ettore_sottsass", "perry_king"], "italy", "portable_typewriter", "typebar"),
    "hammond_1": ("hammond_typewriter_company", ["james_bartlett_hammond"], "united_states", "standard_typewriter", "type_shuttle"),
    "blickensderfer_5": ("blickensderfer_manufacturing_company", ["george_canfield_blickensderfer"], "united_states", "portable_typewriter", "typewheel"),
    "underwood_5": ("underwood_typewriter_company", ["franz_xaver_wagner"], "united_states", "standard_typewriter", "typebar"),
    "remington_portable": ("remington_typewriter_company", [], "united_states", "portable_typewriter", "typebar"),
    "corona_3": ("corona_typewriter_company", [], "united_states", "portable_typewriter", "typebar"),
    "hermes_baby": ("paillard", ["giuseppe_prezioso"], "switzerland", "portable_typewriter", "typebar"),
    "hermes_3000": ("paillard", [], "switzerland", "portable_typewriter", "typebar"),
    "royal_quiet_de_luxe": ("royal_typewriter_company", [], "united_states", "portable_typewriter", "typebar"),
    "writing_ball": (None, ["rasmus_malling_hansen"], "denmark", None, None),
}

RATINGS = {
    "ana": {"olivetti_lettera_22": 5.0, "ibm_selectric": 4.0, "underwood_5": 2.0, "hermes_baby": 3.0},
    "ben": {"sholes_and_glidden": 4.5, "hammond_1": 1.5, "olivetti_valentine": 5.0, "royal_quiet_de_luxe": 3.5},
    "chen": {"blickensderfer_5": 4.0, "hermes_3000": 5.0, "corona_3": 1.0, "olivetti_praxis_48": 2.5},
    "dara": {"writing_ball": 4.5, "remington_portable": 2.0, "olivetti_lexikon_80": 3.0, "remington_no_2": 5.0},
    "emil": {"olivetti_m1": 1.5, "ibm_selectric": 3.0, "royal_quiet_de_luxe": 4.0, "olivetti_lettera_22": 0.5},
}


def entities():
    out = [kgx.Entity(f"typewriter:{slug}", kind="item", type="typewriter", label=label, attrs={"year": year})
           for slug, (label, year) in ITEMS.items()]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, (typ, label) in ATTRIBUTES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for slug, (company, designers, country, kind, mech) in FACTS.items():
        item = f"typewriter:{slug}"
        if company:
            out.append((item, "made_by", f"company:{company}"))
        for d in designers:
            out.append((item, "designed_by", f"person:{d}"))
        if country:
            out.append((item, "made_in", f"country:{country}"))
        if kind:
            out.append((item, "has_kind", f"kind:{kind}"))
        if mech:
            out.append((item, "uses_mechanism", f"mechanism:{mech}"))
    out.append(("typewriter:remington_no_2", "succeeded", "typewriter:sholes_and_glidden"))
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"typewriter:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind238")
