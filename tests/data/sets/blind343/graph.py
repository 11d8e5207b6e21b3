"""A small sculpture parks graph for blind evaluation set blind343."""
import kgexplain as kgx

P = "sculpture_park"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(P,)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=(P,), range=("place",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(P,), range=("person", "artist")),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=(P,), range=("architect", "artist", "firm")),
    kgx.Relation("shows_work_by", phrase="shows work by", inverse_phrase="has work on view at", domain=(P,), range=("artist",)),
    kgx.Relation("run_by", phrase="is run by", inverse_phrase="runs", domain=(P,), range=("organisation",)),
    kgx.Relation("kind_of", phrase="is a", inverse_phrase="describes", domain=(P,), range=("park_kind",)),
]

PARKS = {
    "storm_king": ("Storm King Art Center", 1960),
    "yorkshire": ("Yorkshire Sculpture Park", 1977),
    "kroller_muller": ("Kröller-Müller Sculpture Garden", 1961),
    "gibbs_farm": ("Gibbs Farm", 1991),
    "inhotim": ("Inhotim", 2006),
    "hakone": ("Hakone Open-Air Museum", 1969),
    "olympic": ("Olympic Sculpture Park", 2007),
    "minneapolis": ("Minneapolis Sculpture Garden", 1988),
    "socrates": ("Socrates Sculpture Park", 1986),
    "meijer": ("Frederik Meijer Gardens & Sculpture Park", 1995),
    "nasher": ("Nasher Sculpture Center", 2003),
    "tarot_garden": ("Tarot Garden", 1998),
    "jupiter_artland": ("Jupiter Artland", 2009),
    "ekebergparken": ("Ekebergparken", 2013),
    "europos_parkas": ("Europos Parkas", 1991),
    "memento_park": ("Memento Park", 1993),
    "billy_rose": ("Billy Rose Art Garden", 1965),
    "hirshhorn": ("Hirshhorn Sculpture Garden", 1974),
}

ATTRIBUTES = [
    # places
    ("place:new_windsor", "place", "New Windsor"),
    ("place:west_bretton", "place", "West Bretton"),
    ("place:otterlo", "place", "Otterlo"),
    ("place:kaipara_harbour", "place", "Kaipara Harbour"),
    ("place:brumadinho", "place", "Brumadinho"),
    ("place:hakone", "place", "Hakone"),
    ("place:seattle", "place", "Seattle"),
    ("place:minneapolis", "place", "Minneapolis"),
    ("place:new_york_city", "place", "New York City"),
    ("place:grand_rapids", "place", "Grand Rapids"),
    ("place:dallas", "place", "Dallas"),
    ("place:capalbio", "place", "Capalbio"),
    ("place:wilkieston", "place", "Wilkieston"),
    ("place:oslo", "place", "Oslo"),
    ("place:vilnius_district", "place", "Vilnius District"),
    ("place:budapest", "place", "Budapest"),
    ("place:jerusalem", "place", "Jerusalem"),
    ("place:washington_dc", "place", "Washington, D.C."),
    # artists
    ("artist:alexander_calder", "artist", "Alexander Calder"),
    ("artist:mark_di_suvero", "artist", "Mark di Suvero"),
    ("artist:andy_goldsworthy", "artist", "Andy Goldsworthy"),
    ("artist:richard_serra", "artist", "Richard Serra"),
    ("artist:isamu_noguchi", "artist", "Isamu Noguchi"),
    ("artist:henry_moore", "artist", "Henry Moore"),
    ("artist:barbara_hepworth", "artist", "Barbara Hepworth"),
    ("artist:james_turrell", "artist", "James Turrell"),
    ("artist:jean_dubuffet", "artist", "Jean Dubuffet"),
    ("artist:claes_oldenburg", "artist", "Claes Oldenburg"),
    ("artist:anish_kapoor", "artist", "Anish Kapoor"),
    ("artist:maya_lin", "artist", "Maya Lin"),
    ("artist:chris_burden", "artist", "Chris Burden"),
    ("artist:olafur_eliasson", "artist", "Olafur Eliasson"),
    ("artist:yayoi_kusama", "artist", "Yayoi Kusama"),
    ("artist:niki_de_saint_phalle", "artist", "Niki de Saint Phalle"),
    ("artist:pablo_picasso", "artist", "Pablo Picasso"),
    ("artist:louise_bourgeois", "artist", "Louise Bourgeois"),
    ("artist:jaume_plensa", "artist", "Jaume Plensa"),
    ("artist:nina_akamu", "artist", "Nina Akamu"),
    ("artist:jean_tinguely", "artist", "Jean Tinguely"),
    ("artist:charles_jencks", "artist", "Charles Jencks"),
    ("artist:antony_gormley", "artist", "Antony Gormley"),
    ("artist:salvador_dali", "artist", "Salvador Dalí"),
    ("artist:dennis_oppenheim", "artist", "Dennis Oppenheim"),
    ("artist:magdalena_abakanowicz", "artist", "Magdalena Abakanowicz"),
    ("artist:sol_lewitt", "artist", "Sol LeWitt"),
    ("artist:auguste_rodin", "artist", "Auguste Rodin"),
    # founders
    ("person:ralph_e_ogden", "person", "Ralph E. Ogden"),
    ("person:h_peter_stern", "person", "H. Peter Stern"),
    ("person:peter_murray", "person", "Peter Murray"),
    ("person:alan_gibbs", "person", "Alan Gibbs"),
    ("person:bernardo_paz", "person", "Bernardo Paz"),
    ("person:frederik_meijer", "person", "Frederik Meijer"),
    ("person:raymond_nasher", "person", "Raymond Nasher"),
    ("person:robert_wilson", "person", "Robert Wilson"),
    ("person:nicky_wilson", "person", "Nicky Wilson"),
    ("person:christian_ringnes", "person", "Christian Ringnes"),
    ("person:gintaras_karosas", "person", "Gintaras Karosas"),
    # designers
    ("firm:weiss_manfredi", "firm", "Weiss/Manfredi"),
    ("architect:edward_larrabee_barnes", "architect", "Edward Larrabee Barnes"),
    ("architect:renzo_piano", "architect", "Renzo Piano"),
    ("architect:akos_eleod", "architect", "Ákos Eleőd"),
    ("architect:gordon_bunshaft", "architect", "Gordon Bunshaft"),
    # organisations
    ("organisation:seattle_art_museum", "organisation", "Seattle Art Museum"),
    ("organisation:walker_art_center", "organisation", "Walker Art Center"),
    ("organisation:fujisankei", "organisation", "Fujisankei Communications Group"),
    ("organisation:israel_museum", "organisation", "Israel Museum"),
    ("organisation:smithsonian", "organisation", "Smithsonian Institution"),
    ("organisation:kroller_muller_museum", "organisation", "Kröller-Müller Museum"),
    # kinds
    ("park_kind:open_air_museum", "park_kind", "open-air museum"),
    ("park_kind:sculpture_garden", "park_kind", "sculpture garden"),
    ("park_kind:botanical_garden", "park_kind", "botanical garden"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "storm_king": {
        "located_in": ["place:new_windsor"],
        "founded_by": ["person:ralph_e_ogden", "person:h_peter_stern"],
        "shows_work_by": ["artist:alexander_calder", "artist:mark_di_suvero", "artist:andy_goldsworthy",
                          "artist:richard_serra", "artist:isamu_noguchi", "artist:maya_lin"],
        "kind_of": ["park_kind:open_air_museum"],
    },
    "yorkshire": {
        "located_in": ["place:west_bretton"],
        "founded_by": ["person:peter_murray"],
        "shows_work_by": ["artist:henry_moore", "artist:barbara_hepworth", "artist:james_turrell",
                          "artist:andy_goldsworthy"],
    },
    "kroller_muller": {
        "located_in": ["place:otterlo"],
        "run_by": ["organisation:kroller_muller_museum"],
        "shows_work_by": ["artist:jean_dubuffet", "artist:claes_oldenburg"],
        "kind_of": ["park_kind:sculpture_garden"],
    },
    "gibbs_farm": {
        "located_in": ["place:kaipara_harbour"],
        "founded_by": ["person:alan_gibbs"],
        "shows_work_by": ["artist:anish_kapoor", "artist:richard_serra", "artist:andy_goldsworthy",
                          "artist:maya_lin"],
    },
    "inhotim": {
        "located_in": ["place:brumadinho"],
        "founded_by": ["person:bernardo_paz"],
        "shows_work_by": ["artist:chris_burden", "artist:olafur_eliasson", "artist:yayoi_kusama"],
        "kind_of": ["park_kind:botanical_garden"],
    },
    "hakone": {
        "located_in": ["place:hakone"],
        "run_by": ["organisation:fujisankei"],
        "shows_work_by": ["artist:henry_moore", "artist:niki_de_saint_phalle", "artist:pablo_picasso"],
        "kind_of": ["park_kind:open_air_museum"],
    },
    "olympic": {
        "located_in": ["place:seattle"],
        "designed_by": ["firm:weiss_manfredi"],
        "run_by": ["organisation:seattle_art_museum"],
        "shows_work_by": ["artist:alexander_calder", "artist:richard_serra", "artist:louise_bourgeois",
                          "artist:claes_oldenburg", "artist:jaume_plensa"],
    },
    "minneapolis": {
        "located_in": ["place:minneapolis"],
        "designed_by": ["architect:edward_larrabee_barnes"],
        "run_by": ["organisation:walker_art_center"],
        "shows_work_by": ["artist:claes_oldenburg", "artist:henry_moore"],
        "kind_of": ["park_kind:sculpture_garden"],
    },
    "socrates": {
        "located_in": ["place:new_york_city"],
        "founded_by": ["artist:mark_di_suvero"],
    },
    "meijer": {
        "located_in": ["place:grand_rapids"],
        "founded_by": ["person:frederik_meijer"],
        "shows_work_by": ["artist:nina_akamu", "artist:claes_oldenburg"],
        "kind_of": ["park_kind:botanical_garden"],
    },
    "nasher": {
        "located_in": ["place:dallas"],
        "founded_by": ["person:raymond_nasher"],
        "designed_by": ["architect:renzo_piano"],
        "shows_work_by": ["artist:james_turrell", "artist:richard_serra", "artist:henry_moore"],
    },
    "tarot_garden": {
        "located_in": ["place:capalbio"],
        "founded_by": ["artist:niki_de_saint_phalle"],
        "designed_by": ["artist:niki_de_saint_phalle"],
        "shows_work_by": ["artist:niki_de_saint_phalle", "artist:jean_tinguely"],
        "kind_of": ["park_kind:sculpture_garden"],
    },
    "jupiter_artland": {
        "located_in": ["place:wilkieston"],
        "founded_by": ["person:robert_wilson", "person:nicky_wilson"],
        "shows_work_by": ["artist:charles_jencks", "artist:anish_kapoor", "artist:andy_goldsworthy",
                          "artist:antony_gormley"],
    },
    "ekebergparken": {
        "located_in": ["place:oslo"],
        "founded_by": ["person:christian_ringnes"],
        "shows_work_by": ["artist:louise_bourgeois", "artist:james_turrell", "artist:salvador_dali"],
    },
    "europos_parkas": {
        "located_in": ["place:vilnius_district"],
        "founded_by": ["person:gintaras_karosas"],
        "shows_work_by": ["artist:dennis_oppenheim", "artist:magdalena_abakanowicz", "artist:sol_lewitt"],
        "kind_of": ["park_kind:open_air_museum"],
    },
    "memento_park": {
        "located_in": ["place:budapest"],
        "designed_by": ["architect:akos_eleod"],
        "kind_of": ["park_kind:open_air_museum"],
    },
    "billy_rose": {
        "located_in": ["place:jerusalem"],
        "designed_by": ["artist:isamu_noguchi"],
        "run_by": ["organisation:israel_museum"],
        "shows_work_by": ["artist:henry_moore", "artist:claes_oldenburg", "artist:anish_kapoor"],
        "kind_of": ["park_kind:sculpture_garden"],
    },
    "hirshhorn": {
        "located_in": ["place:washington_dc"],
        "designed_by": ["architect:gordon_bunshaft"],
        "run_by": ["organisation:smithsonian"],
        "shows_work_by": ["artist:auguste_rodin", "artist:henry_moore"],
        "kind_of": ["park_kind:sculpture_garden"],
    },
}

RATINGS = {
    "ana": {"storm_king": 5.0, "yorkshire": 4.5, "hakone": 2.0, "memento_park": 3.0},
    "ben": {"olympic": 4.0, "minneapolis": 1.5, "socrates": 3.5, "nasher": 5.0},
    "chen": {"inhotim": 4.5, "gibbs_farm": 1.0, "jupiter_artland": 4.0, "tarot_garden": 2.5},
    "dara": {"ekebergparken": 5.0, "europos_parkas": 2.0, "kroller_muller": 4.0, "billy_rose": 3.0},
    "emil": {"hirshhorn": 4.5, "meijer": 0.5, "storm_king": 3.5, "tarot_garden": 5.0},
}


def entities():
    out = [kgx.Entity(f"{P}:{slug}", kind="item", type=P, label=label, attrs={"year": year})
           for slug, (label, year) in PARKS.items()]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"{P}:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"{P}:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind343")
