"""A small Formula One racing cars graph (blind277)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("car",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("car",), range=("company",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("car",), range=("designer",)),
    kgx.Relation("powered_by", phrase="was powered by an engine from", inverse_phrase="supplied the engine for",
                 domain=("car",), range=("company",)),
    kgx.Relation("driven_by", phrase="was raced by", inverse_phrase="raced", domain=("car",), range=("driver",)),
    kgx.Relation("nationality", phrase="comes from", inverse_phrase="is the home country of",
                 domain=("driver",), range=("country",)),
    kgx.Relation("has_feature", phrase="featured", inverse_phrase="was used on", domain=("car",), range=("feature",)),
]

CARS = [
    ("car:cooper_t51", "Cooper T51", 1959),
    ("car:lotus_25", "Lotus 25", 1962),
    ("car:lotus_72", "Lotus 72", 1970),
    ("car:mclaren_m23", "McLaren M23", 1973),
    ("car:ferrari_312t", "Ferrari 312T", 1975),
    ("car:tyrrell_p34", "Tyrrell P34", 1976),
    ("car:lotus_79", "Lotus 79", 1978),
    ("car:brabham_bt46b", "Brabham BT46B", 1978),
    ("car:williams_fw11", "Williams FW11", 1986),
    ("car:mclaren_mp4_4", "McLaren MP4/4", 1988),
    ("car:williams_fw14b", "Williams FW14B", 1992),
    ("car:benetton_b194", "Benetton B194", 1994),
    ("car:ferrari_f2002", "Ferrari F2002", 2002),
    ("car:ferrari_f2004", "Ferrari F2004", 2004),
    ("car:brawn_bgp_001", "Brawn BGP 001", 2009),
    ("car:red_bull_rb9", "Red Bull RB9", 2013),
    ("car:mercedes_w07", "Mercedes F1 W07 Hybrid", 2016),
    ("car:mercedes_w11", "Mercedes-AMG F1 W11", 2020),
    ("car:red_bull_rb19", "Red Bull RB19", 2023),
]

COMPANIES = {
    "cooper": "Cooper", "lotus": "Lotus", "mclaren": "McLaren", "ferrari": "Ferrari",
    "tyrrell": "Tyrrell", "brabham": "Brabham", "williams": "Williams", "benetton": "Benetton",
    "brawn_gp": "Brawn GP", "red_bull_racing": "Red Bull Racing", "mercedes": "Mercedes",
    "coventry_climax": "Coventry Climax", "cosworth": "Cosworth", "alfa_romeo": "Alfa Romeo",
    "honda": "Honda", "renault": "Renault",
}

DESIGNERS = {
    "owen_maddock": "Owen Maddock", "colin_chapman": "Colin Chapman", "maurice_philippe": "Maurice Philippe",
    "gordon_coppuck": "Gordon Coppuck", "mauro_forghieri": "Mauro Forghieri", "derek_gardner": "Derek Gardner",
    "gordon_murray": "Gordon Murray", "patrick_head": "Patrick Head", "steve_nichols": "Steve Nichols",
    "adrian_newey": "Adrian Newey", "rory_byrne": "Rory Byrne", "aldo_costa": "Aldo Costa",
    "james_allison": "James Allison",
}

DRIVERS = {
    "jack_brabham": ("Jack Brabham", "australia"), "bruce_mclaren": ("Bruce McLaren", "new_zealand"),
    "jim_clark": ("Jim Clark", "united_kingdom"), "jochen_rindt": ("Jochen Rindt", "austria"),
    "emerson_fittipaldi": ("Emerson Fittipaldi", "brazil"), "james_hunt": ("James Hunt", "united_kingdom"),
    "niki_lauda": ("Niki Lauda", "austria"), "clay_regazzoni": ("Clay Regazzoni", "switzerland"),
    "jody_scheckter": ("Jody Scheckter", "south_africa"), "patrick_depailler": ("Patrick Depailler", "france"),
    "mario_andretti": ("Mario Andretti", "united_states"), "ronnie_peterson": ("Ronnie Peterson", "sweden"),
    "john_watson": ("John Watson", "united_kingdom"), "nelson_piquet": ("Nelson Piquet", "brazil"),
    "nigel_mansell": ("Nigel Mansell", "united_kingdom"), "ayrton_senna": ("Ayrton Senna", "brazil"),
    "alain_prost": ("Alain Prost", "france"), "riccardo_patrese": ("Riccardo Patrese", "italy"),
    "michael_schumacher": ("Michael Schumacher", "germany"), "rubens_barrichello": ("Rubens Barrichello", "brazil"),
    "jenson_button": ("Jenson Button", "united_kingdom"), "sebastian_vettel": ("Sebastian Vettel", "germany"),
    "mark_webber": ("Mark Webber", "australia"), "lewis_hamilton": ("Lewis Hamilton", "united_kingdom"),
    "nico_rosberg": ("Nico Rosberg", "germany"), "valtteri_bottas": ("Valtteri Bottas", "finland"),
    "max_verstappen": ("Max Verstappen", "netherlands"), "sergio_perez": ("Sergio Pérez", "mexico"),
}

COUNTRIES = {
    "australia": "Australia", "new_zealand": "New Zealand", "united_kingdom": "United Kingdom",
    "austria": "Austria", "brazil": "Brazil", "switzerland": "Switzerland", "south_africa": "South Africa",
    "france": "France", "united_states": "United States", "sweden": "Sweden", "italy": "Italy",
    "germany": "Germany", "finland": "Finland", "netherlands": "Netherlands", "mexico": "Mexico",
}

FEATURES = {
    "mid_engine_layout": "mid-engine layout", "monocoque_chassis": "monocoque chassis", "wedge_shape": "wedge shape",
    "transverse_gearbox": "transverse gearbox", "six_wheels": "six wheels", "ground_effect": "ground effect",
    "suction_fan": "suction fan", "turbocharged_engine": "turbocharged engine",
    "active_suspension": "active suspension", "double_diffuser": "double diffuser",
    "hybrid_power_unit": "hybrid power unit", "dual_axis_steering": "dual-axis steering",
}

CAR_FEATURES = {
    "cooper_t51": ["mid_engine_layout"], "lotus_25": ["monocoque_chassis"], "lotus_72": ["wedge_shape"],
    "ferrari_312t": ["transverse_gearbox"], "tyrrell_p34": ["six_wheels"], "lotus_79": ["ground_effect"],
    "brabham_bt46b": ["suction_fan"], "williams_fw11": ["turbocharged_engine"],
    "mclaren_mp4_4": ["turbocharged_engine"], "williams_fw14b": ["active_suspension"],
    "brawn_bgp_001": ["double_diffuser"], "mercedes_w07": ["hybrid_power_unit"],
    "mercedes_w11": ["hybrid_power_unit", "dual_axis_steering"], "red_bull_rb19": ["hybrid_power_unit", "ground_effect"],
}

# car slug: (builder, engine, [designers], [drivers])
CAR_FACTS = {
    "cooper_t51": ("cooper", "coventry_climax", ["owen_maddock"], ["jack_brabham", "bruce_mclaren"]),
    "lotus_25": ("lotus", "coventry_climax", ["colin_chapman"], ["jim_clark"]),
    "lotus_72": ("lotus", "cosworth", ["colin_chapman", "maurice_philippe"], ["jochen_rindt", "emerson_fittipaldi"]),
    "mclaren_m23": ("mclaren", "cosworth", ["gordon_coppuck"], ["emerson_fittipaldi", "james_hunt"]),
    "ferrari_312t": ("ferrari", "ferrari", ["mauro_forghieri"], ["niki_lauda", "clay_regazzoni"]),
    "tyrrell_p34": ("tyrrell", "cosworth", ["derek_gardner"], ["jody_scheckter", "patrick_depailler"]),
    "lotus_79": ("lotus", "cosworth", ["colin_chapman"], ["mario_andretti", "ronnie_peterson"]),
    "brabham_bt46b": ("brabham", "alfa_romeo", ["gordon_murray"], ["niki_lauda", "john_watson"]),
    "williams_fw11": ("williams", "honda", ["patrick_head"], ["nelson_piquet", "nigel_mansell"]),
    "mclaren_mp4_4": ("mclaren", "honda", ["steve_nichols", "gordon_murray"], ["ayrton_senna", "alain_prost"]),
    "williams_fw14b": ("williams", "renault", ["adrian_newey", "patrick_head"], ["nigel_mansell", "riccardo_patrese"]),
    "benetton_b194": ("benetton", "cosworth", ["rory_byrne"], ["michael_schumacher"]),
    "ferrari_f2002": ("ferrari", "ferrari", ["rory_byrne"], ["michael_schumacher", "rubens_barrichello"]),
    "ferrari_f2004": ("ferrari", "ferrari", ["rory_byrne"], ["michael_schumacher", "rubens_barrichello"]),
    "brawn_bgp_001": ("brawn_gp", "mercedes", [], ["jenson_button", "rubens_barrichello"]),
    "red_bull_rb9": ("red_bull_racing", "renault", ["adrian_newey"], ["sebastian_vettel", "mark_webber"]),
    "mercedes_w07": ("mercedes", "mercedes", ["aldo_costa"], ["lewis_hamilton", "nico_rosberg"]),
    "mercedes_w11": ("mercedes", "mercedes", ["james_allison"], ["lewis_hamilton", "valtteri_bottas"]),
    "red_bull_rb19": ("red_bull_racing", "honda", ["adrian_newey"], ["max_verstappen", "sergio_perez"]),
}

RATINGS = {
    "ana": {"lotus_72": 5.0, "mclaren_mp4_4": 4.5, "tyrrell_p34": 2.0, "red_bull_rb19": 1.5},
    "ben": {"ferrari_f2004": 4.0, "williams_fw14b": 5.0, "brawn_bgp_001": 3.0, "mercedes_w11": 1.0},
    "chen": {"lotus_79": 4.5, "brabham_bt46b": 5.0, "ferrari_312t": 3.5, "red_bull_rb9": 2.0},
    "dara": {"lotus_25": 4.0, "cooper_t51": 0.5, "mclaren_m23": 4.5, "mercedes_w07": 2.5},
    "emil": {"williams_fw11": 1.0, "ferrari_f2002": 4.0, "benetton_b194": 5.0, "lotus_72": 3.0},
}


def entities():
    out = [kgx.Entity(cid, kind="item", type="car", label=label, attrs={"year": year}) for cid, label, year in CARS]
    out += [kgx.Entity(f"company:{k}", kind="attribute", type="company", label=v) for k, v in COMPANIES.items()]
    out += [kgx.Entity(f"designer:{k}", kind="attribute", type="designer", label=v) for k, v in DESIGNERS.items()]
    out += [kgx.Entity(f"driver:{k}", kind="attribute", type="driver", label=v[0]) for k, v in DRIVERS.items()]
    out += [kgx.Entity(f"feature:{k}", kind="attribute", type="feature", label=v) for k, v in FEATURES.items()]
    out += [kgx.Entity(f"country:{k}", kind="attribute", type="country", label=v) for k, v in COUNTRIES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for car, (builder, engine, designers, drivers) in CAR_FACTS.items():
        out.append((f"car:{car}", "built_by", f"company:{builder}"))
        out.append((f"car:{car}", "powered_by", f"company:{engine}"))
        out += [(f"car:{car}", "designed_by", f"designer:{d}") for d in designers]
        out += [(f"car:{car}", "driven_by", f"driver:{d}") for d in drivers]
    for car, feats in CAR_FEATURES.items():
        out += [(f"car:{car}", "has_feature", f"feature:{f}") for f in feats]
    for driver, (_, country) in DRIVERS.items():
        out.append((f"driver:{driver}", "nationality", f"country:{country}"))
    for user, ratings in RATINGS.items():
        for car, r in ratings.items():
            out.append((f"user:{user}", "rated", f"car:{car}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind277")
