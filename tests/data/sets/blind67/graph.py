"""A small bridges graph: famous bridges with their designers, builders, cities, countries,
the waters they cross, their structural types and materials, and five users who rated them."""
import kgexplain as kgx

B = ("bridge",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=B,
                 cues=("loved", "liked", "enjoyed", "visited", "rated", "gave", "crossed"),
                 inverse_cues=("was rated by",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=B,
                 range=("person", "company"),
                 cues=("designed by", "the work of", "engineered by", "conceived by"),
                 inverse_cues=("designed", "engineered", "conceived")),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=B,
                 range=("person", "company"),
                 cues=("built by", "constructed by", "erected by"),
                 inverse_cues=("built", "constructed", "erected")),
    kgx.Relation("located_in", phrase="is in", inverse_phrase="is home to", domain=B, range=("city",),
                 cues=("in", "stands in", "located in"), inverse_cues=("is home to", "has")),
    kgx.Relation("in_country", phrase="is in the country", inverse_phrase="is the country of", domain=B,
                 range=("country",), cues=("in",), inverse_cues=()),
    kgx.Relation("crosses", phrase="crosses", inverse_phrase="is crossed by", domain=B, range=("waterway",),
                 cues=("crosses", "spans", "over", "across"), inverse_cues=("is crossed by", "is spanned by")),
    kgx.Relation("has_type", phrase="is a bridge of the type", inverse_phrase="is the type of", domain=B,
                 range=("bridge_type",), cues=("is a", "is an"), inverse_cues=()),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the material of", domain=B,
                 range=("material",), cues=("made of", "built of", "built in", "of"), inverse_cues=()),
]

ITEMS = {
    "bridge:golden_gate_bridge": ("Golden Gate Bridge", 1937),
    "bridge:brooklyn_bridge": ("Brooklyn Bridge", 1883),
    "bridge:tower_bridge": ("Tower Bridge", 1894),
    "bridge:sydney_harbour_bridge": ("Sydney Harbour Bridge", 1932),
    "bridge:forth_bridge": ("Forth Bridge", 1890),
    "bridge:millau_viaduct": ("Millau Viaduct", 2004),
    "bridge:clifton_suspension_bridge": ("Clifton Suspension Bridge", 1864),
    "bridge:charles_bridge": ("Charles Bridge", 1402),
    "bridge:rialto_bridge": ("Rialto Bridge", 1591),
    "bridge:erasmus_bridge": ("Erasmus Bridge", 1996),
    "bridge:margaret_hunt_hill_bridge": ("Margaret Hunt Hill Bridge", 2012),
    "bridge:iron_bridge": ("The Iron Bridge", 1781),
    "bridge:george_washington_bridge": ("George Washington Bridge", 1931),
    "bridge:verrazzano_narrows_bridge": ("Verrazzano-Narrows Bridge", 1964),
    "bridge:pont_de_normandie": ("Pont de Normandie", 1995),
    "bridge:millennium_bridge_london": ("Millennium Bridge", 2000),
    "bridge:gateshead_millennium_bridge": ("Gateshead Millennium Bridge", 2001),
}

ATTRS = {
    # people
    "person:joseph_strauss": "Joseph Strauss",
    "person:irving_morrow": "Irving Morrow",
    "person:john_a_roebling": "John A. Roebling",
    "person:horace_jones": "Horace Jones",
    "person:john_wolfe_barry": "John Wolfe Barry",
    "person:john_bradfield": "John Bradfield",
    "person:john_fowler": "John Fowler",
    "person:benjamin_baker": "Benjamin Baker",
    "person:michel_virlogeux": "Michel Virlogeux",
    "person:norman_foster": "Norman Foster",
    "person:isambard_kingdom_brunel": "Isambard Kingdom Brunel",
    "person:peter_parler": "Peter Parler",
    "person:antonio_da_ponte": "Antonio da Ponte",
    "person:ben_van_berkel": "Ben van Berkel",
    "person:santiago_calatrava": "Santiago Calatrava",
    "person:thomas_farnolls_pritchard": "Thomas Farnolls Pritchard",
    "person:abraham_darby_iii": "Abraham Darby III",
    "person:othmar_ammann": "Othmar Ammann",
    # companies
    "company:dorman_long": "Dorman Long",
    "company:eiffage": "Eiffage",
    "company:sir_william_arrol_and_co": "Sir William Arrol & Co.",
    "company:wilkinson_eyre": "WilkinsonEyre",
    # cities
    "city:san_francisco": "San Francisco",
    "city:new_york_city": "New York City",
    "city:london": "London",
    "city:sydney": "Sydney",
    "city:queensferry": "Queensferry",
    "city:millau": "Millau",
    "city:bristol": "Bristol",
    "city:prague": "Prague",
    "city:venice": "Venice",
    "city:rotterdam": "Rotterdam",
    "city:dallas": "Dallas",
    "city:ironbridge": "Ironbridge",
    "city:le_havre": "Le Havre",
    "city:gateshead": "Gateshead",
    # countries
    "country:united_states": "United States",
    "country:united_kingdom": "United Kingdom",
    "country:australia": "Australia",
    "country:france": "France",
    "country:czech_republic": "Czech Republic",
    "country:italy": "Italy",
    "country:netherlands": "Netherlands",
    # waterways
    "waterway:golden_gate_strait": "Golden Gate strait",
    "waterway:east_river": "East River",
    "waterway:river_thames": "River Thames",
    "waterway:sydney_harbour": "Sydney Harbour",
    "waterway:firth_of_forth": "Firth of Forth",
    "waterway:tarn": "Tarn",
    "waterway:river_avon": "River Avon",
    "waterway:vltava": "Vltava",
    "waterway:grand_canal": "Grand Canal",
    "waterway:nieuwe_maas": "Nieuwe Maas",
    "waterway:trinity_river": "Trinity River",
    "waterway:river_severn": "River Severn",
    "waterway:hudson_river": "Hudson River",
    "waterway:the_narrows": "The Narrows",
    "waterway:seine": "Seine",
    "waterway:river_tyne": "River Tyne",
    # bridge types
    "bridge_type:suspension_bridge": "Suspension bridge",
    "bridge_type:bascule_bridge": "Bascule bridge",
    "bridge_type:arch_bridge": "Arch bridge",
    "bridge_type:cantilever_bridge": "Cantilever bridge",
    "bridge_type:cable_stayed_bridge": "Cable-stayed bridge",
    "bridge_type:tilt_bridge": "Tilt bridge",
    # materials
    "material:steel": "Steel",
    "material:stone": "Stone",
    "material:granite": "Granite",
    "material:concrete": "Concrete",
    "material:wrought_iron": "Wrought iron",
    "material:cast_iron": "Cast iron",
}

USERS = ["ana", "ben", "chloe", "dev", "emma"]

FACTS = {
    "bridge:golden_gate_bridge": dict(designed_by=["person:joseph_strauss", "person:irving_morrow"],
        located_in=["city:san_francisco"], in_country=["country:united_states"],
        crosses=["waterway:golden_gate_strait"], has_type=["bridge_type:suspension_bridge"],
        made_of=["material:steel"]),
    "bridge:brooklyn_bridge": dict(designed_by=["person:john_a_roebling"],
        located_in=["city:new_york_city"], in_country=["country:united_states"],
        crosses=["waterway:east_river"], has_type=["bridge_type:suspension_bridge"],
        made_of=["material:steel", "material:granite"]),
    "bridge:tower_bridge": dict(designed_by=["person:horace_jones", "person:john_wolfe_barry"],
        built_by=["company:sir_william_arrol_and_co"],
        located_in=["city:london"], in_country=["country:united_kingdom"],
        crosses=["waterway:river_thames"],
        has_type=["bridge_type:bascule_bridge", "bridge_type:suspension_bridge"],
        made_of=["material:steel"]),
    "bridge:sydney_harbour_bridge": dict(designed_by=["person:john_bradfield"],
        built_by=["company:dorman_long"],
        located_in=["city:sydney"], in_country=["country:australia"],
        crosses=["waterway:sydney_harbour"], has_type=["bridge_type:arch_bridge"],
        made_of=["material:steel"]),
    "bridge:forth_bridge": dict(designed_by=["person:john_fowler", "person:benjamin_baker"],
        built_by=["company:sir_william_arrol_and_co"],
        located_in=["city:queensferry"], in_country=["country:united_kingdom"],
        crosses=["waterway:firth_of_forth"], has_type=["bridge_type:cantilever_bridge"],
        made_of=["material:steel"]),
    "bridge:millau_viaduct": dict(designed_by=["person:michel_virlogeux", "person:norman_foster"],
        built_by=["company:eiffage"],
        located_in=["city:millau"], in_country=["country:france"],
        crosses=["waterway:tarn"], has_type=["bridge_type:cable_stayed_bridge"],
        made_of=["material:steel", "material:concrete"]),
    "bridge:clifton_suspension_bridge": dict(designed_by=["person:isambard_kingdom_brunel"],
        located_in=["city:bristol"], in_country=["country:united_kingdom"],
        crosses=["waterway:river_avon"], has_type=["bridge_type:suspension_bridge"],
        made_of=["material:wrought_iron"]),
    "bridge:charles_bridge": dict(designed_by=["person:peter_parler"],
        located_in=["city:prague"], in_country=["country:czech_republic"],
        crosses=["waterway:vltava"], has_type=["bridge_type:arch_bridge"],
        made_of=["material:stone"]),
    "bridge:rialto_bridge": dict(designed_by=["person:antonio_da_ponte"],
        located_in=["city:venice"], in_country=["country:italy"],
        crosses=["waterway:grand_canal"], has_type=["bridge_type:arch_bridge"],
        made_of=["material:stone"]),
    "bridge:erasmus_bridge": dict(designed_by=["person:ben_van_berkel"],
        located_in=["city:rotterdam"], in_country=["country:netherlands"],
        crosses=["waterway:nieuwe_maas"], has_type=["bridge_type:cable_stayed_bridge"],
        made_of=["material:steel"]),
    "bridge:margaret_hunt_hill_bridge": dict(designed_by=["person:santiago_calatrava"],
        located_in=["city:dallas"], in_country=["country:united_states"],
        crosses=["waterway:trinity_river"], has_type=["bridge_type:cable_stayed_bridge"],
        made_of=["material:steel"]),
    "bridge:iron_bridge": dict(designed_by=["person:thomas_farnolls_pritchard"],
        built_by=["person:abraham_darby_iii"],
        located_in=["city:ironbridge"], in_country=["country:united_kingdom"],
        crosses=["waterway:river_severn"], has_type=["bridge_type:arch_bridge"],
        made_of=["material:cast_iron"]),
    "bridge:george_washington_bridge": dict(designed_by=["person:othmar_ammann"],
        located_in=["city:new_york_city"], in_country=["country:united_states"],
        crosses=["waterway:hudson_river"], has_type=["bridge_type:suspension_bridge"],
        made_of=["material:steel"]),
    "bridge:verrazzano_narrows_bridge": dict(designed_by=["person:othmar_ammann"],
        located_in=["city:new_york_city"], in_country=["country:united_states"],
        crosses=["waterway:the_narrows"], has_type=["bridge_type:suspension_bridge"],
        made_of=["material:steel"]),
    "bridge:pont_de_normandie": dict(designed_by=["person:michel_virlogeux"],
        located_in=["city:le_havre"], in_country=["country:france"],
        crosses=["waterway:seine"], has_type=["bridge_type:cable_stayed_bridge"],
        made_of=["material:steel", "material:concrete"]),
    "bridge:millennium_bridge_london": dict(designed_by=["person:norman_foster"],
        located_in=["city:london"], in_country=["country:united_kingdom"],
        crosses=["waterway:river_thames"], has_type=["bridge_type:suspension_bridge"],
        made_of=["material:steel"]),
    "bridge:gateshead_millennium_bridge": dict(designed_by=["company:wilkinson_eyre"],
        located_in=["city:gateshead"], in_country=["country:united_kingdom"],
        crosses=["waterway:river_tyne"], has_type=["bridge_type:tilt_bridge"],
        made_of=["material:steel"]),
}

RATINGS = [
    ("user:ana", "bridge:golden_gate_bridge", 5.0),
    ("user:ana", "bridge:brooklyn_bridge", 4.5),
    ("user:ana", "bridge:millau_viaduct", 4.0),
    ("user:ana", "bridge:erasmus_bridge", 2.5),
    ("user:ben", "bridge:tower_bridge", 4.5),
    ("user:ben", "bridge:forth_bridge", 5.0),
    ("user:ben", "bridge:millennium_bridge_london", 3.0),
    ("user:ben", "bridge:iron_bridge", 4.0),
    ("user:chloe", "bridge:charles_bridge", 5.0),
    ("user:chloe", "bridge:rialto_bridge", 4.5),
    ("user:chloe", "bridge:pont_de_normandie", 3.5),
    ("user:chloe", "bridge:clifton_suspension_bridge", 2.0),
    ("user:dev", "bridge:sydney_harbour_bridge", 4.0),
    ("user:dev", "bridge:george_washington_bridge", 3.0),
    ("user:dev", "bridge:verrazzano_narrows_bridge", 4.5),
    ("user:dev", "bridge:margaret_hunt_hill_bridge", 1.5),
    ("user:emma", "bridge:gateshead_millennium_bridge", 5.0),
    ("user:emma", "bridge:clifton_suspension_bridge", 4.5),
    ("user:emma", "bridge:tower_bridge", 3.5),
    ("user:emma", "bridge:millau_viaduct", 2.0),
]


def entities():
    out = []
    for iid, (label, year) in ITEMS.items():
        out.append(kgx.Entity(iid, kind="item", type="bridge", label=label, attrs={"year": year}))
    for aid, label in ATTRS.items():
        out.append(kgx.Entity(aid, kind="attribute", type=aid.split(":", 1)[0], label=label))
    for u in USERS:
        out.append(kgx.Entity("user:" + u, kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for head, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((head, rel, tail))
    for user, item, r in RATINGS:
        out.append((user, "rated", item, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind67")
