"""A small architects graph for blind307: eighteen real architects (items, year = birth year),
the buildings they designed, where they were born and studied, whom they worked for,
the movements they belong to and the firms and schools they founded."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("architect",)),
    kgx.Relation("designed", phrase="designed", inverse_phrase="was designed by",
                 domain=("architect",), range=("building",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("architect",), range=("city",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="educated",
                 domain=("architect",), range=("school",)),
    kgx.Relation("worked_for", phrase="worked for", inverse_phrase="employed",
                 domain=("architect",), range=("architect",)),
    kgx.Relation("movement", phrase="belongs to", inverse_phrase="counts among its architects",
                 domain=("architect",), range=("movement",)),
    kgx.Relation("founded", phrase="founded", inverse_phrase="was founded by",
                 domain=("architect",), range=("firm", "school")),
]

# slug: (label, birth year)
ARCHITECTS = {
    "frank_lloyd_wright": ("Frank Lloyd Wright", 1867),
    "louis_sullivan": ("Louis Sullivan", 1856),
    "peter_behrens": ("Peter Behrens", 1868),
    "walter_gropius": ("Walter Gropius", 1883),
    "mies_van_der_rohe": ("Ludwig Mies van der Rohe", 1886),
    "le_corbusier": ("Le Corbusier", 1887),
    "zaha_hadid": ("Zaha Hadid", 1950),
    "rem_koolhaas": ("Rem Koolhaas", 1944),
    "frank_gehry": ("Frank Gehry", 1929),
    "antoni_gaudi": ("Antoni Gaudí", 1852),
    "oscar_niemeyer": ("Oscar Niemeyer", 1907),
    "alvar_aalto": ("Alvar Aalto", 1898),
    "im_pei": ("I. M. Pei", 1917),
    "norman_foster": ("Norman Foster", 1935),
    "renzo_piano": ("Renzo Piano", 1937),
    "richard_rogers": ("Richard Rogers", 1933),
    "kenzo_tange": ("Kenzo Tange", 1913),
    "eero_saarinen": ("Eero Saarinen", 1910),
    "richard_neutra": ("Richard Neutra", 1892),
}

CITIES = {
    "richland_center": "Richland Center", "boston": "Boston", "hamburg": "Hamburg",
    "berlin": "Berlin", "aachen": "Aachen", "la_chaux_de_fonds": "La Chaux-de-Fonds",
    "baghdad": "Baghdad", "rotterdam": "Rotterdam", "toronto": "Toronto", "reus": "Reus",
    "rio_de_janeiro": "Rio de Janeiro", "kuortane": "Kuortane", "guangzhou": "Guangzhou",
    "genoa": "Genoa", "florence": "Florence", "kirkkonummi": "Kirkkonummi", "vienna": "Vienna",
}

BUILDINGS = {
    "fallingwater": "Fallingwater",
    "guggenheim_new_york": "Solomon R. Guggenheim Museum",
    "robie_house": "Robie House",
    "wainwright_building": "Wainwright Building",
    "carson_pirie_scott": "Carson, Pirie, Scott and Company Building",
    "auditorium_building": "Auditorium Building",
    "aeg_turbine_factory": "AEG Turbine Factory",
    "behrens_house_darmstadt": "Behrens House",
    "fagus_factory": "Fagus Factory",
    "bauhaus_dessau": "Bauhaus Building",
    "barcelona_pavilion": "Barcelona Pavilion",
    "seagram_building": "Seagram Building",
    "farnsworth_house": "Farnsworth House",
    "villa_savoye": "Villa Savoye",
    "unite_marseille": "Unité d'Habitation",
    "notre_dame_du_haut": "Notre-Dame du Haut",
    "maxxi": "MAXXI",
    "heydar_aliyev_center": "Heydar Aliyev Center",
    "london_aquatics_centre": "London Aquatics Centre",
    "seattle_central_library": "Seattle Central Library",
    "cctv_headquarters": "CCTV Headquarters",
    "casa_da_musica": "Casa da Música",
    "guggenheim_bilbao": "Guggenheim Museum Bilbao",
    "walt_disney_concert_hall": "Walt Disney Concert Hall",
    "dancing_house": "Dancing House",
    "sagrada_familia": "Sagrada Família",
    "casa_batllo": "Casa Batlló",
    "park_guell": "Park Güell",
    "cathedral_of_brasilia": "Cathedral of Brasília",
    "national_congress_brazil": "National Congress of Brazil",
    "niteroi_museum": "Niterói Contemporary Art Museum",
    "paimio_sanatorium": "Paimio Sanatorium",
    "villa_mairea": "Villa Mairea",
    "finlandia_hall": "Finlandia Hall",
    "louvre_pyramid": "Louvre Pyramid",
    "bank_of_china_tower": "Bank of China Tower",
    "museum_of_islamic_art": "Museum of Islamic Art",
    "30_st_mary_axe": "30 St Mary Axe",
    "hearst_tower": "Hearst Tower",
    "millau_viaduct": "Millau Viaduct",
    "centre_pompidou": "Centre Pompidou",
    "the_shard": "The Shard",
    "kansai_airport_terminal": "Kansai International Airport Terminal",
    "lloyds_building": "Lloyd's Building",
    "millennium_dome": "Millennium Dome",
    "hiroshima_peace_museum": "Hiroshima Peace Memorial Museum",
    "yoyogi_gymnasium": "Yoyogi National Gymnasium",
    "st_marys_cathedral_tokyo": "St. Mary's Cathedral, Tokyo",
    "gateway_arch": "Gateway Arch",
    "twa_flight_center": "TWA Flight Center",
    "dulles_terminal": "Dulles International Airport Terminal",
    "lovell_health_house": "Lovell Health House",
    "kaufmann_desert_house": "Kaufmann Desert House",
}

SCHOOLS = {
    "uw_madison": "University of Wisconsin–Madison",
    "mit": "Massachusetts Institute of Technology",
    "ecole_des_beaux_arts": "École des Beaux-Arts",
    "tu_munich": "Technical University of Munich",
    "architectural_association": "Architectural Association School of Architecture",
    "usc": "University of Southern California",
    "barcelona_school": "Barcelona School of Architecture",
    "enba_rio": "Escola Nacional de Belas Artes",
    "helsinki_tech": "Helsinki University of Technology",
    "harvard_gsd": "Harvard Graduate School of Design",
    "university_of_manchester": "University of Manchester",
    "yale": "Yale University",
    "politecnico_milano": "Politecnico di Milano",
    "university_of_tokyo": "University of Tokyo",
    "tu_vienna": "Vienna University of Technology",
    "bauhaus": "Bauhaus",
}

MOVEMENTS = {
    "prairie_school": "Prairie School",
    "chicago_school": "Chicago School",
    "international_style": "International Style",
    "modernism": "Modernism",
    "deconstructivism": "Deconstructivism",
    "modernisme": "Modernisme",
    "high_tech": "High-tech architecture",
    "metabolism": "Metabolism",
}

FIRMS = {
    "the_architects_collaborative": "The Architects Collaborative",
    "zaha_hadid_architects": "Zaha Hadid Architects",
    "oma": "Office for Metropolitan Architecture",
    "gehry_partners": "Gehry Partners",
    "im_pei_associates": "I. M. Pei & Associates",
    "foster_partners": "Foster + Partners",
    "renzo_piano_building_workshop": "Renzo Piano Building Workshop",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, (label, year) in ARCHITECTS.items():
        out.append(kgx.Entity(f"architect:{slug}", kind="item", type="architect", label=label,
                              attrs={"year": year}))
    for prefix, table in [("city", CITIES), ("building", BUILDINGS), ("school", SCHOOLS),
                          ("movement", MOVEMENTS), ("firm", FIRMS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


DESIGNED = {
    "frank_lloyd_wright": ["fallingwater", "guggenheim_new_york", "robie_house"],
    "louis_sullivan": ["wainwright_building", "carson_pirie_scott", "auditorium_building"],
    "peter_behrens": ["aeg_turbine_factory", "behrens_house_darmstadt"],
    "walter_gropius": ["fagus_factory", "bauhaus_dessau"],
    "mies_van_der_rohe": ["barcelona_pavilion", "seagram_building", "farnsworth_house"],
    "le_corbusier": ["villa_savoye", "unite_marseille", "notre_dame_du_haut"],
    "zaha_hadid": ["maxxi", "heydar_aliyev_center", "london_aquatics_centre"],
    "rem_koolhaas": ["seattle_central_library", "cctv_headquarters", "casa_da_musica"],
    "frank_gehry": ["guggenheim_bilbao", "walt_disney_concert_hall", "dancing_house"],
    "antoni_gaudi": ["sagrada_familia", "casa_batllo", "park_guell"],
    "oscar_niemeyer": ["cathedral_of_brasilia", "national_congress_brazil", "niteroi_museum"],
    "alvar_aalto": ["paimio_sanatorium", "villa_mairea", "finlandia_hall"],
    "im_pei": ["louvre_pyramid", "bank_of_china_tower", "museum_of_islamic_art"],
    "norman_foster": ["30_st_mary_axe", "hearst_tower", "millau_viaduct"],
    "renzo_piano": ["centre_pompidou", "the_shard", "kansai_airport_terminal"],
    "richard_rogers": ["centre_pompidou", "lloyds_building", "millennium_dome"],
    "kenzo_tange": ["hiroshima_peace_museum", "yoyogi_gymnasium", "st_marys_cathedral_tokyo"],
    "eero_saarinen": ["gateway_arch", "twa_flight_center", "dulles_terminal"],
    "richard_neutra": ["lovell_health_house", "kaufmann_desert_house"],
}

BORN_IN = {
    "frank_lloyd_wright": "richland_center", "louis_sullivan": "boston",
    "peter_behrens": "hamburg", "walter_gropius": "berlin", "mies_van_der_rohe": "aachen",
    "le_corbusier": "la_chaux_de_fonds", "zaha_hadid": "baghdad", "rem_koolhaas": "rotterdam",
    "frank_gehry": "toronto", "antoni_gaudi": "reus", "oscar_niemeyer": "rio_de_janeiro",
    "alvar_aalto": "kuortane", "im_pei": "guangzhou", "renzo_piano": "genoa",
    "richard_rogers": "florence", "eero_saarinen": "kirkkonummi", "richard_neutra": "vienna",
}

STUDIED_AT = {
    "frank_lloyd_wright": ["uw_madison"],
    "louis_sullivan": ["mit", "ecole_des_beaux_arts"],
    "walter_gropius": ["tu_munich"],
    "zaha_hadid": ["architectural_association"],
    "rem_koolhaas": ["architectural_association"],
    "frank_gehry": ["usc"],
    "antoni_gaudi": ["barcelona_school"],
    "oscar_niemeyer": ["enba_rio"],
    "alvar_aalto": ["helsinki_tech"],
    "im_pei": ["mit", "harvard_gsd"],
    "norman_foster": ["university_of_manchester", "yale"],
    "renzo_piano": ["politecnico_milano"],
    "richard_rogers": ["architectural_association", "yale"],
    "kenzo_tange": ["university_of_tokyo"],
    "eero_saarinen": ["yale"],
    "richard_neutra": ["tu_vienna"],
}

WORKED_FOR = [
    ("frank_lloyd_wright", "louis_sullivan"),
    ("walter_gropius", "peter_behrens"),
    ("mies_van_der_rohe", "peter_behrens"),
    ("le_corbusier", "peter_behrens"),
    ("zaha_hadid", "rem_koolhaas"),
    ("richard_neutra", "frank_lloyd_wright"),
]

MOVEMENT = {
    "frank_lloyd_wright": ["prairie_school"],
    "louis_sullivan": ["chicago_school"],
    "walter_gropius": ["international_style"],
    "mies_van_der_rohe": ["international_style"],
    "le_corbusier": ["international_style"],
    "richard_neutra": ["international_style"],
    "zaha_hadid": ["deconstructivism"],
    "rem_koolhaas": ["deconstructivism"],
    "frank_gehry": ["deconstructivism"],
    "antoni_gaudi": ["modernisme"],
    "oscar_niemeyer": ["modernism"],
    "alvar_aalto": ["modernism"],
    "im_pei": ["modernism"],
    "norman_foster": ["high_tech"],
    "renzo_piano": ["high_tech"],
    "richard_rogers": ["high_tech"],
    "kenzo_tange": ["metabolism"],
}

FOUNDED = {
    "walter_gropius": ["school:bauhaus", "firm:the_architects_collaborative"],
    "zaha_hadid": ["firm:zaha_hadid_architects"],
    "rem_koolhaas": ["firm:oma"],
    "frank_gehry": ["firm:gehry_partners"],
    "im_pei": ["firm:im_pei_associates"],
    "norman_foster": ["firm:foster_partners"],
    "renzo_piano": ["firm:renzo_piano_building_workshop"],
}

RATINGS = {
    "ana": {"frank_lloyd_wright": 5.0, "antoni_gaudi": 4.5, "frank_gehry": 2.0, "mies_van_der_rohe": 3.5},
    "ben": {"zaha_hadid": 4.0, "rem_koolhaas": 1.5, "norman_foster": 5.0, "im_pei": 3.0},
    "chen": {"kenzo_tange": 4.5, "le_corbusier": 2.5, "alvar_aalto": 5.0, "oscar_niemeyer": 1.0},
    "dara": {"renzo_piano": 4.0, "richard_rogers": 4.5, "louis_sullivan": 2.0, "walter_gropius": 3.0},
    "emil": {"eero_saarinen": 5.0, "richard_neutra": 3.5, "peter_behrens": 1.5, "frank_lloyd_wright": 4.0},
}


def rows():
    out = []
    for a, bs in DESIGNED.items():
        out += [(f"architect:{a}", "designed", f"building:{b}") for b in bs]
    out += [(f"architect:{a}", "born_in", f"city:{c}") for a, c in BORN_IN.items()]
    for a, ss in STUDIED_AT.items():
        out += [(f"architect:{a}", "studied_at", f"school:{s}") for s in ss]
    out += [(f"architect:{a}", "worked_for", f"architect:{b}") for a, b in WORKED_FOR]
    for a, ms in MOVEMENT.items():
        out += [(f"architect:{a}", "movement", f"movement:{m}") for m in ms]
    for a, fs in FOUNDED.items():
        out += [(f"architect:{a}", "founded", f) for f in fs]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"architect:{a}", {"rating": r}) for a, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind307")
