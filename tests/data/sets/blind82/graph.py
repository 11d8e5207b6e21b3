"""A small cathedrals graph (blind82).

Item ``year``: the year construction of the present building began
(foundation stone or start of works).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("cathedral",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("cathedral",), range=("city",)),
    kgx.Relation("has_style", phrase="is an example of", inverse_phrase="is the style of",
                 domain=("cathedral",), range=("style",)),
    kgx.Relation("built_of", phrase="is built of", inverse_phrase="is the building material of",
                 domain=("cathedral",), range=("material",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("cathedral",), range=("architect",)),
    kgx.Relation("belongs_to", phrase="belongs to", inverse_phrase="counts among its cathedrals",
                 domain=("cathedral",), range=("denomination",)),
]

# slug: (label, year, aliases)
CATHEDRALS = {
    "notre_dame_paris": ("Notre-Dame de Paris", 1163, ("Notre-Dame",)),
    "chartres": ("Chartres Cathedral", 1194, ()),
    "reims": ("Reims Cathedral", 1211, ()),
    "salisbury": ("Salisbury Cathedral", 1220, ()),
    "cologne": ("Cologne Cathedral", 1248, ()),
    "florence": ("Florence Cathedral", 1296, ("Santa Maria del Fiore",)),
    "milan": ("Milan Cathedral", 1386, ("Duomo di Milano",)),
    "seville": ("Seville Cathedral", 1401, ()),
    "speyer": ("Speyer Cathedral", 1030, ()),
    "durham": ("Durham Cathedral", 1093, ()),
    "st_pauls": ("St Paul's Cathedral", 1675, ("St Paul's",)),
    "st_basils": ("St. Basil's Cathedral", 1555, ("St. Basil's",)),
    "saint_isaacs": ("Saint Isaac's Cathedral", 1818, ("Saint Isaac's",)),
    "helsinki": ("Helsinki Cathedral", 1830, ()),
    "st_patricks_nyc": ("St. Patrick's Cathedral", 1858, ("St. Patrick's",)),
    "liverpool": ("Liverpool Cathedral", 1904, ()),
    "washington": ("Washington National Cathedral", 1907, ()),
    "coventry": ("Coventry Cathedral", 1956, ()),
    "brasilia": ("Cathedral of Brasília", 1958, ("Brasília Cathedral",)),
}

ATTRIBUTES = [
    # cities
    ("city:paris", "city", "Paris", ()),
    ("city:chartres", "city", "Chartres", ()),
    ("city:reims", "city", "Reims", ()),
    ("city:salisbury", "city", "Salisbury", ()),
    ("city:cologne", "city", "Cologne", ()),
    ("city:florence", "city", "Florence", ()),
    ("city:milan", "city", "Milan", ()),
    ("city:seville", "city", "Seville", ()),
    ("city:speyer", "city", "Speyer", ()),
    ("city:durham", "city", "Durham", ()),
    ("city:london", "city", "London", ()),
    ("city:moscow", "city", "Moscow", ()),
    ("city:saint_petersburg", "city", "Saint Petersburg", ("St Petersburg",)),
    ("city:helsinki", "city", "Helsinki", ()),
    ("city:new_york_city", "city", "New York City", ("New York",)),
    ("city:liverpool", "city", "Liverpool", ()),
    ("city:washington_dc", "city", "Washington, D.C.", ()),
    ("city:coventry", "city", "Coventry", ()),
    ("city:brasilia", "city", "Brasília", ()),
    # styles
    ("style:gothic", "style", "Gothic architecture", ("Gothic",)),
    ("style:romanesque", "style", "Romanesque architecture", ("Romanesque",)),
    ("style:baroque", "style", "Baroque architecture", ("Baroque",)),
    ("style:neoclassical", "style", "Neoclassical architecture", ("Neoclassical",)),
    ("style:gothic_revival", "style", "Gothic Revival architecture", ("Gothic Revival",)),
    ("style:modernist", "style", "Modernist architecture", ("Modernist", "modernism")),
    # materials
    ("material:limestone", "material", "limestone", ()),
    ("material:sandstone", "material", "sandstone", ()),
    ("material:marble", "material", "marble", ()),
    ("material:brick", "material", "brick", ()),
    ("material:concrete", "material", "concrete", ()),
    # architects
    ("architect:arnolfo_di_cambio", "architect", "Arnolfo di Cambio", ()),
    ("architect:christopher_wren", "architect", "Christopher Wren", ()),
    ("architect:auguste_de_montferrand", "architect", "Auguste de Montferrand", ()),
    ("architect:carl_ludvig_engel", "architect", "Carl Ludvig Engel", ()),
    ("architect:james_renwick_jr", "architect", "James Renwick Jr.", ()),
    ("architect:giles_gilbert_scott", "architect", "Giles Gilbert Scott", ()),
    ("architect:basil_spence", "architect", "Basil Spence", ()),
    ("architect:oscar_niemeyer", "architect", "Oscar Niemeyer", ()),
    # denominations
    ("denomination:catholic_church", "denomination", "Catholic Church", ("Roman Catholic Church",)),
    ("denomination:church_of_england", "denomination", "Church of England", ()),
    ("denomination:russian_orthodox_church", "denomination", "Russian Orthodox Church", ()),
    ("denomination:evangelical_lutheran_church_of_finland", "denomination",
     "Evangelical Lutheran Church of Finland", ()),
    ("denomination:episcopal_church", "denomination", "Episcopal Church", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

# slug: (city, style or None, material or None, architect or None, denomination)
FACTS = {
    "notre_dame_paris": ("paris", "gothic", "limestone", None, "catholic_church"),
    "chartres": ("chartres", "gothic", "limestone", None, "catholic_church"),
    "reims": ("reims", "gothic", None, None, "catholic_church"),
    "salisbury": ("salisbury", "gothic", "limestone", None, "church_of_england"),
    "cologne": ("cologne", "gothic", None, None, "catholic_church"),
    "florence": ("florence", "gothic", "marble", "arnolfo_di_cambio", "catholic_church"),
    "milan": ("milan", "gothic", "marble", None, "catholic_church"),
    "seville": ("seville", "gothic", None, None, "catholic_church"),
    "speyer": ("speyer", "romanesque", "sandstone", None, "catholic_church"),
    "durham": ("durham", "romanesque", "sandstone", None, "church_of_england"),
    "st_pauls": ("london", "baroque", "limestone", "christopher_wren", "church_of_england"),
    "st_basils": ("moscow", None, "brick", None, "russian_orthodox_church"),
    "saint_isaacs": ("saint_petersburg", "neoclassical", None, "auguste_de_montferrand",
                     "russian_orthodox_church"),
    "helsinki": ("helsinki", "neoclassical", None, "carl_ludvig_engel",
                 "evangelical_lutheran_church_of_finland"),
    "st_patricks_nyc": ("new_york_city", "gothic_revival", "marble", "james_renwick_jr",
                        "catholic_church"),
    "liverpool": ("liverpool", "gothic_revival", "sandstone", "giles_gilbert_scott",
                  "church_of_england"),
    "washington": ("washington_dc", "gothic_revival", "limestone", None, "episcopal_church"),
    "coventry": ("coventry", "modernist", "sandstone", "basil_spence", "church_of_england"),
    "brasilia": ("brasilia", "modernist", "concrete", "oscar_niemeyer", "catholic_church"),
}

RATINGS = {
    "ana": {"notre_dame_paris": 5.0, "chartres": 4.5, "st_pauls": 1.5, "brasilia": 3.0},
    "ben": {"cologne": 4.0, "st_basils": 5.0, "coventry": 2.0, "milan": 3.5},
    "chen": {"florence": 5.0, "seville": 1.0, "helsinki": 4.5, "durham": 2.5},
    "dara": {"liverpool": 4.0, "salisbury": 0.5, "saint_isaacs": 5.0, "speyer": 3.0},
    "emil": {"st_patricks_nyc": 2.0, "washington": 4.5, "reims": 1.5, "brasilia": 4.0},
}


def entities():
    out = []
    for slug, (label, year, aliases) in CATHEDRALS.items():
        out.append(kgx.Entity(f"cathedral:{slug}", kind="item", type="cathedral", label=label,
                              aliases=aliases, attrs={"year": year}))
    for eid, typ, label, aliases in ATTRIBUTES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=aliases))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (city, style, material, architect, denomination) in FACTS.items():
        head = f"cathedral:{slug}"
        out.append((head, "located_in", f"city:{city}"))
        if style:
            out.append((head, "has_style", f"style:{style}"))
        if material:
            out.append((head, "built_of", f"material:{material}"))
        if architect:
            out.append((head, "designed_by", f"architect:{architect}"))
        out.append((head, "belongs_to", f"denomination:{denomination}"))
    for name, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{name}", "rated", f"cathedral:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind82")
