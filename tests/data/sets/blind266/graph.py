"""blind266: a small graph of historic houses and villas."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("house",)),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=("house",), range=("place",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("house",), range=("person",)),
    kgx.Relation("built_for", phrase="was built for", inverse_phrase="commissioned", domain=("house",), range=("person",)),
    kgx.Relation("has_style", phrase="is an example of", inverse_phrase="is exemplified by", domain=("house",), range=("style",)),
    kgx.Relation("cared_for_by", phrase="is cared for by", inverse_phrase="looks after", domain=("house",), range=("organisation",)),
    kgx.Relation("part_of", phrase="is part of the World Heritage Site", inverse_phrase="includes", domain=("house",), range=("heritage_site",)),
]

# slug, label, year, place, architects, clients, style, organisation, heritage site
HOUSES = [
    ("villa_savoye", "Villa Savoye", 1931, "poissy", ["le_corbusier"], ["pierre_savoye"], "modernism", "cmn", "le_corbusier_works"),
    ("fallingwater", "Fallingwater", 1937, "mill_run", ["frank_lloyd_wright"], ["edgar_kaufmann"], "organic", "wpc", "wright_works"),
    ("villa_rotonda", "Villa Rotonda", 1567, "vicenza", ["andrea_palladio"], ["paolo_almerico"], "palladian", None, "palladian_villas"),
    ("villa_tugendhat", "Villa Tugendhat", 1930, "brno", ["mies_van_der_rohe"], ["fritz_tugendhat", "grete_tugendhat"], "modernism", "brno_city_museum", None),
    ("farnsworth_house", "Farnsworth House", 1951, "plano", ["mies_van_der_rohe"], ["edith_farnsworth"], "modernism", "nthp", None),
    ("robie_house", "Robie House", 1910, "chicago", ["frank_lloyd_wright"], ["frederick_robie"], "prairie_school", "flw_trust", "wright_works"),
    ("monticello", "Monticello", 1768, "charlottesville", ["thomas_jefferson"], ["thomas_jefferson"], "neoclassicism", "tj_foundation", "monticello_uva"),
    ("rietveld_schroder_house", "Rietveld Schröder House", 1924, "utrecht", ["gerrit_rietveld"], ["truus_schroder"], "de_stijl", "centraal_museum", None),
    ("villa_muller", "Villa Müller", 1930, "prague", ["adolf_loos"], ["frantisek_muller"], "modernism", "prague_city_museum", None),
    ("gamble_house", "Gamble House", 1908, "pasadena", ["charles_greene", "henry_greene"], ["david_gamble"], "arts_and_crafts", None, None),
    ("hill_house", "The Hill House", 1904, "helensburgh", ["charles_rennie_mackintosh"], ["walter_blackie"], "art_nouveau", "nts", None),
    ("red_house", "Red House", 1860, "bexleyheath", ["philip_webb"], ["william_morris"], "arts_and_crafts", "national_trust", None),
    ("glass_house", "Glass House", 1949, "new_canaan", ["philip_johnson"], ["philip_johnson"], "modernism", "nthp", None),
    ("villa_mairea", "Villa Mairea", 1939, "noormarkku", ["alvar_aalto"], ["harry_gullichsen", "maire_gullichsen"], "modernism", None, None),
    ("hotel_tassel", "Hôtel Tassel", 1894, "brussels", ["victor_horta"], ["emile_tassel"], "art_nouveau", None, "horta_houses"),
    ("chiswick_house", "Chiswick House", 1729, "london", ["lord_burlington"], ["lord_burlington"], "palladian", None, None),
    ("villa_barbaro", "Villa Barbaro", 1560, "maser", ["andrea_palladio"], ["daniele_barbaro", "marcantonio_barbaro"], "palladian", None, "palladian_villas"),
    ("eames_house", "Eames House", 1949, "los_angeles", ["charles_eames", "ray_eames"], ["charles_eames", "ray_eames"], "modernism", "eames_foundation", None),
    ("casa_vicens", "Casa Vicens", 1885, "barcelona", ["antoni_gaudi"], ["manuel_vicens"], "modernisme", None, "gaudi_works"),
]

PLACES = {
    "poissy": "Poissy", "mill_run": "Mill Run", "vicenza": "Vicenza", "brno": "Brno", "plano": "Plano",
    "chicago": "Chicago", "charlottesville": "Charlottesville", "utrecht": "Utrecht", "prague": "Prague",
    "pasadena": "Pasadena", "helensburgh": "Helensburgh", "bexleyheath": "Bexleyheath", "new_canaan": "New Canaan",
    "noormarkku": "Noormarkku", "brussels": "Brussels", "london": "London", "maser": "Maser",
    "los_angeles": "Los Angeles", "barcelona": "Barcelona",
}

PEOPLE = {
    "le_corbusier": "Le Corbusier", "frank_lloyd_wright": "Frank Lloyd Wright", "andrea_palladio": "Andrea Palladio",
    "mies_van_der_rohe": "Ludwig Mies van der Rohe", "thomas_jefferson": "Thomas Jefferson",
    "gerrit_rietveld": "Gerrit Rietveld", "adolf_loos": "Adolf Loos", "charles_greene": "Charles Sumner Greene",
    "henry_greene": "Henry Mather Greene", "charles_rennie_mackintosh": "Charles Rennie Mackintosh",
    "philip_webb": "Philip Webb", "philip_johnson": "Philip Johnson", "alvar_aalto": "Alvar Aalto",
    "victor_horta": "Victor Horta", "lord_burlington": "Lord Burlington", "charles_eames": "Charles Eames",
    "ray_eames": "Ray Eames", "antoni_gaudi": "Antoni Gaudí",
    "pierre_savoye": "Pierre Savoye", "edgar_kaufmann": "Edgar J. Kaufmann", "paolo_almerico": "Paolo Almerico",
    "fritz_tugendhat": "Fritz Tugendhat", "grete_tugendhat": "Grete Tugendhat", "edith_farnsworth": "Edith Farnsworth",
    "frederick_robie": "Frederick C. Robie", "truus_schroder": "Truus Schröder", "frantisek_muller": "František Müller",
    "david_gamble": "David B. Gamble", "walter_blackie": "Walter Blackie", "william_morris": "William Morris",
    "harry_gullichsen": "Harry Gullichsen", "maire_gullichsen": "Maire Gullichsen", "emile_tassel": "Émile Tassel",
    "daniele_barbaro": "Daniele Barbaro", "marcantonio_barbaro": "Marcantonio Barbaro", "manuel_vicens": "Manuel Vicens",
}

ALIASES = {
    "mies_van_der_rohe": ("Mies van der Rohe", "Mies"),
    "lord_burlington": ("Richard Boyle, 3rd Earl of Burlington", "the Earl of Burlington"),
    "charles_greene": ("Charles Greene",),
    "henry_greene": ("Henry Greene",),
    "edgar_kaufmann": ("Edgar Kaufmann",),
    "frederick_robie": ("Frederick Robie",),
    "david_gamble": ("David Gamble",),
}

STYLES = {
    "modernism": ("Modernism", ("Modernist", "Modern Movement")),
    "organic": ("Organic architecture", ()),
    "palladian": ("Palladian architecture", ("Palladian", "Palladianism")),
    "prairie_school": ("Prairie School", ()),
    "neoclassicism": ("Neoclassicism", ("Neoclassical",)),
    "de_stijl": ("De Stijl", ()),
    "arts_and_crafts": ("Arts and Crafts", ("Arts and Crafts movement",)),
    "art_nouveau": ("Art Nouveau", ()),
    "modernisme": ("Catalan Modernisme", ("Modernisme",)),
}

ORGANISATIONS = {
    "cmn": "Centre des monuments nationaux", "wpc": "Western Pennsylvania Conservancy",
    "brno_city_museum": "Brno City Museum", "nthp": "National Trust for Historic Preservation",
    "flw_trust": "Frank Lloyd Wright Trust", "tj_foundation": "Thomas Jefferson Foundation",
    "centraal_museum": "Centraal Museum", "prague_city_museum": "City of Prague Museum",
    "nts": "National Trust for Scotland", "national_trust": "National Trust", "eames_foundation": "Eames Foundation",
}

SITES = {
    "le_corbusier_works": "The Architectural Work of Le Corbusier",
    "wright_works": "The 20th-Century Architecture of Frank Lloyd Wright",
    "palladian_villas": "City of Vicenza and the Palladian Villas of the Veneto",
    "monticello_uva": "Monticello and the University of Virginia in Charlottesville",
    "horta_houses": "Major Town Houses of the Architect Victor Horta",
    "gaudi_works": "Works of Antoni Gaudí",
}

RATINGS = {
    "ana": [("villa_savoye", 5.0), ("fallingwater", 4.5), ("red_house", 2.0), ("monticello", 3.0)],
    "ben": [("farnsworth_house", 4.0), ("glass_house", 1.5), ("villa_rotonda", 5.0), ("hill_house", 3.5)],
    "chen": [("villa_tugendhat", 4.5), ("casa_vicens", 1.0), ("eames_house", 5.0), ("robie_house", 2.5)],
    "dara": [("rietveld_schroder_house", 4.0), ("hotel_tassel", 5.0), ("chiswick_house", 2.0), ("villa_muller", 3.5)],
    "emil": [("gamble_house", 4.5), ("villa_mairea", 5.0), ("villa_barbaro", 0.5), ("fallingwater", 3.0)],
}


def entities():
    out = [kgx.Entity(f"house:{s}", kind="item", type="house", label=label, attrs={"year": year})
           for s, label, year, *_ in HOUSES]
    out += [kgx.Entity(f"place:{k}", kind="attribute", type="place", label=v) for k, v in PLACES.items()]
    out += [kgx.Entity(f"person:{k}", kind="attribute", type="person", label=v, aliases=ALIASES.get(k, ()))
            for k, v in PEOPLE.items()]
    out += [kgx.Entity(f"style:{k}", kind="attribute", type="style", label=lab, aliases=al)
            for k, (lab, al) in STYLES.items()]
    out += [kgx.Entity(f"org:{k}", kind="attribute", type="organisation", label=v) for k, v in ORGANISATIONS.items()]
    out += [kgx.Entity(f"site:{k}", kind="attribute", type="heritage_site", label=v) for k, v in SITES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for s, _label, _year, place, architects, clients, style, org, site in HOUSES:
        h = f"house:{s}"
        out.append((h, "located_in", f"place:{place}"))
        out += [(h, "designed_by", f"person:{a}") for a in architects]
        out += [(h, "built_for", f"person:{c}") for c in clients]
        out.append((h, "has_style", f"style:{style}"))
        if org:
            out.append((h, "cared_for_by", f"org:{org}"))
        if site:
            out.append((h, "part_of", f"site:{site}"))
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"house:{s}", {"rating": r}) for s, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind266")
