"""blind91: a small graph of real bridges, declared in code."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("bridge",)),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=("bridge",), range=("city",)),
    kgx.Relation("crosses", phrase="spans", inverse_phrase="is spanned by", domain=("bridge",), range=("waterway",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("bridge",), range=("person",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("bridge",), range=("organisation", "person")),
    kgx.Relation("bridge_type", phrase="is a", inverse_phrase="is the design of", domain=("bridge",), range=("structure",)),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is a material of", domain=("bridge",), range=("material",)),
]

BRIDGES = [
    ("golden_gate", "Golden Gate Bridge", 1937),
    ("brooklyn", "Brooklyn Bridge", 1883),
    ("tower", "Tower Bridge", 1894),
    ("forth", "Forth Bridge", 1890),
    ("sydney_harbour", "Sydney Harbour Bridge", 1932),
    ("ponte_vecchio", "Ponte Vecchio", 1345),
    ("rialto", "Rialto Bridge", 1591),
    ("charles", "Charles Bridge", 1357),
    ("millau", "Millau Viaduct", 2004),
    ("akashi_kaikyo", "Akashi Kaikyo Bridge", 1998),
    ("iron_bridge", "The Iron Bridge", 1779),
    ("clifton", "Clifton Suspension Bridge", 1864),
    ("pont_neuf", "Pont Neuf", 1607),
    ("oresund", "Øresund Bridge", 2000),
    ("stari_most", "Stari Most", 1566),
    ("chain_bridge", "Széchenyi Chain Bridge", 1849),
    ("george_washington", "George Washington Bridge", 1931),
    ("verrazzano", "Verrazzano-Narrows Bridge", 1964),
    ("tyne", "Tyne Bridge", 1928),
]

ATTRIBUTES = [
    # cities
    ("city:san_francisco", "city", "San Francisco"),
    ("city:new_york", "city", "New York City"),
    ("city:london", "city", "London"),
    ("city:sydney", "city", "Sydney"),
    ("city:florence", "city", "Florence"),
    ("city:venice", "city", "Venice"),
    ("city:prague", "city", "Prague"),
    ("city:bristol", "city", "Bristol"),
    ("city:paris", "city", "Paris"),
    ("city:mostar", "city", "Mostar"),
    ("city:budapest", "city", "Budapest"),
    ("city:newcastle", "city", "Newcastle upon Tyne"),
    # waterways
    ("water:golden_gate", "waterway", "Golden Gate"),
    ("water:east_river", "waterway", "East River"),
    ("water:thames", "waterway", "River Thames"),
    ("water:firth_of_forth", "waterway", "Firth of Forth"),
    ("water:sydney_harbour", "waterway", "Sydney Harbour"),
    ("water:arno", "waterway", "Arno"),
    ("water:grand_canal", "waterway", "Grand Canal"),
    ("water:vltava", "waterway", "Vltava"),
    ("water:tarn", "waterway", "Tarn"),
    ("water:akashi_strait", "waterway", "Akashi Strait"),
    ("water:severn", "waterway", "River Severn"),
    ("water:avon", "waterway", "River Avon"),
    ("water:seine", "waterway", "Seine"),
    ("water:oresund", "waterway", "Øresund"),
    ("water:neretva", "waterway", "Neretva"),
    ("water:danube", "waterway", "Danube"),
    ("water:hudson", "waterway", "Hudson River"),
    ("water:the_narrows", "waterway", "The Narrows"),
    ("water:tyne", "waterway", "River Tyne"),
    # designers
    ("person:joseph_strauss", "person", "Joseph Strauss"),
    ("person:john_a_roebling", "person", "John A. Roebling"),
    ("person:horace_jones", "person", "Horace Jones"),
    ("person:john_wolfe_barry", "person", "John Wolfe Barry"),
    ("person:john_fowler", "person", "John Fowler"),
    ("person:benjamin_baker", "person", "Benjamin Baker"),
    ("person:john_bradfield", "person", "John Bradfield"),
    ("person:antonio_da_ponte", "person", "Antonio da Ponte"),
    ("person:peter_parler", "person", "Peter Parler"),
    ("person:michel_virlogeux", "person", "Michel Virlogeux"),
    ("person:norman_foster", "person", "Norman Foster"),
    ("person:thomas_farnolls_pritchard", "person", "Thomas Farnolls Pritchard"),
    ("person:isambard_kingdom_brunel", "person", "Isambard Kingdom Brunel"),
    ("person:mimar_hayruddin", "person", "Mimar Hayruddin"),
    ("person:william_tierney_clark", "person", "William Tierney Clark"),
    ("person:othmar_ammann", "person", "Othmar Ammann"),
    # builders
    ("person:abraham_darby_iii", "person", "Abraham Darby III"),
    ("org:dorman_long", "organisation", "Dorman Long"),
    ("org:william_arrol_co", "organisation", "Sir William Arrol & Co."),
    ("org:eiffage", "organisation", "Eiffage"),
    # structural types
    ("structure:suspension", "structure", "Suspension bridge"),
    ("structure:arch", "structure", "Arch bridge"),
    ("structure:cantilever", "structure", "Cantilever bridge"),
    ("structure:cable_stayed", "structure", "Cable-stayed bridge"),
    ("structure:bascule", "structure", "Bascule bridge"),
    # materials
    ("material:steel", "material", "Steel"),
    ("material:stone", "material", "Stone"),
    ("material:granite", "material", "Granite"),
    ("material:concrete", "material", "Concrete"),
    ("material:cast_iron", "material", "Cast iron"),
    ("material:wrought_iron", "material", "Wrought iron"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = [
    # (bridge slug, relation, attribute id)
    ("golden_gate", "located_in", "city:san_francisco"),
    ("golden_gate", "crosses", "water:golden_gate"),
    ("golden_gate", "designed_by", "person:joseph_strauss"),
    ("golden_gate", "bridge_type", "structure:suspension"),
    ("golden_gate", "made_of", "material:steel"),

    ("brooklyn", "located_in", "city:new_york"),
    ("brooklyn", "crosses", "water:east_river"),
    ("brooklyn", "designed_by", "person:john_a_roebling"),
    ("brooklyn", "bridge_type", "structure:suspension"),
    ("brooklyn", "made_of", "material:granite"),
    ("brooklyn", "made_of", "material:steel"),

    ("tower", "located_in", "city:london"),
    ("tower", "crosses", "water:thames"),
    ("tower", "designed_by", "person:horace_jones"),
    ("tower", "designed_by", "person:john_wolfe_barry"),
    ("tower", "bridge_type", "structure:bascule"),

    ("forth", "crosses", "water:firth_of_forth"),
    ("forth", "designed_by", "person:john_fowler"),
    ("forth", "designed_by", "person:benjamin_baker"),
    ("forth", "built_by", "org:william_arrol_co"),
    ("forth", "bridge_type", "structure:cantilever"),
    ("forth", "made_of", "material:steel"),

    ("sydney_harbour", "located_in", "city:sydney"),
    ("sydney_harbour", "crosses", "water:sydney_harbour"),
    ("sydney_harbour", "designed_by", "person:john_bradfield"),
    ("sydney_harbour", "built_by", "org:dorman_long"),
    ("sydney_harbour", "bridge_type", "structure:arch"),
    ("sydney_harbour", "made_of", "material:steel"),

    ("ponte_vecchio", "located_in", "city:florence"),
    ("ponte_vecchio", "crosses", "water:arno"),
    ("ponte_vecchio", "bridge_type", "structure:arch"),
    ("ponte_vecchio", "made_of", "material:stone"),

    ("rialto", "located_in", "city:venice"),
    ("rialto", "crosses", "water:grand_canal"),
    ("rialto", "designed_by", "person:antonio_da_ponte"),
    ("rialto", "bridge_type", "structure:arch"),
    ("rialto", "made_of", "material:stone"),

    ("charles", "located_in", "city:prague"),
    ("charles", "crosses", "water:vltava"),
    ("charles", "designed_by", "person:peter_parler"),
    ("charles", "bridge_type", "structure:arch"),
    ("charles", "made_of", "material:stone"),

    ("millau", "crosses", "water:tarn"),
    ("millau", "designed_by", "person:michel_virlogeux"),
    ("millau", "designed_by", "person:norman_foster"),
    ("millau", "built_by", "org:eiffage"),
    ("millau", "bridge_type", "structure:cable_stayed"),
    ("millau", "made_of", "material:steel"),
    ("millau", "made_of", "material:concrete"),

    ("akashi_kaikyo", "crosses", "water:akashi_strait"),
    ("akashi_kaikyo", "bridge_type", "structure:suspension"),
    ("akashi_kaikyo", "made_of", "material:steel"),

    ("iron_bridge", "crosses", "water:severn"),
    ("iron_bridge", "designed_by", "person:thomas_farnolls_pritchard"),
    ("iron_bridge", "built_by", "person:abraham_darby_iii"),
    ("iron_bridge", "bridge_type", "structure:arch"),
    ("iron_bridge", "made_of", "material:cast_iron"),

    ("clifton", "located_in", "city:bristol"),
    ("clifton", "crosses", "water:avon"),
    ("clifton", "designed_by", "person:isambard_kingdom_brunel"),
    ("clifton", "bridge_type", "structure:suspension"),
    ("clifton", "made_of", "material:wrought_iron"),

    ("pont_neuf", "located_in", "city:paris"),
    ("pont_neuf", "crosses", "water:seine"),
    ("pont_neuf", "bridge_type", "structure:arch"),
    ("pont_neuf", "made_of", "material:stone"),

    ("oresund", "crosses", "water:oresund"),
    ("oresund", "bridge_type", "structure:cable_stayed"),
    ("oresund", "made_of", "material:steel"),
    ("oresund", "made_of", "material:concrete"),

    ("stari_most", "located_in", "city:mostar"),
    ("stari_most", "crosses", "water:neretva"),
    ("stari_most", "designed_by", "person:mimar_hayruddin"),
    ("stari_most", "bridge_type", "structure:arch"),
    ("stari_most", "made_of", "material:stone"),

    ("chain_bridge", "located_in", "city:budapest"),
    ("chain_bridge", "crosses", "water:danube"),
    ("chain_bridge", "designed_by", "person:william_tierney_clark"),
    ("chain_bridge", "bridge_type", "structure:suspension"),

    ("george_washington", "located_in", "city:new_york"),
    ("george_washington", "crosses", "water:hudson"),
    ("george_washington", "designed_by", "person:othmar_ammann"),
    ("george_washington", "bridge_type", "structure:suspension"),
    ("george_washington", "made_of", "material:steel"),

    ("verrazzano", "located_in", "city:new_york"),
    ("verrazzano", "crosses", "water:the_narrows"),
    ("verrazzano", "designed_by", "person:othmar_ammann"),
    ("verrazzano", "bridge_type", "structure:suspension"),
    ("verrazzano", "made_of", "material:steel"),

    ("tyne", "located_in", "city:newcastle"),
    ("tyne", "crosses", "water:tyne"),
    ("tyne", "built_by", "org:dorman_long"),
    ("tyne", "bridge_type", "structure:arch"),
    ("tyne", "made_of", "material:steel"),
]

RATINGS = [
    ("ana", "golden_gate", 5.0), ("ana", "brooklyn", 4.5), ("ana", "charles", 2.0), ("ana", "millau", 4.0),
    ("ben", "tower", 1.5), ("ben", "forth", 5.0), ("ben", "iron_bridge", 4.0), ("ben", "tyne", 3.0),
    ("chen", "rialto", 4.5), ("chen", "ponte_vecchio", 5.0), ("chen", "pont_neuf", 2.5), ("chen", "stari_most", 1.0),
    ("dara", "sydney_harbour", 3.5), ("dara", "akashi_kaikyo", 4.0), ("dara", "oresund", 2.0), ("dara", "verrazzano", 5.0),
    ("emil", "clifton", 4.5), ("emil", "george_washington", 1.0), ("emil", "chain_bridge", 3.0), ("emil", "golden_gate", 2.0),
]


def entities():
    out = [kgx.Entity(f"bridge:{slug}", kind="item", type="bridge", label=label, attrs={"year": year})
           for slug, label, year in BRIDGES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = [(f"bridge:{slug}", rel, tail) for slug, rel, tail in FACTS]
    out += [(f"user:{u}", "rated", f"bridge:{slug}", {"rating": r}) for u, slug, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind91")
