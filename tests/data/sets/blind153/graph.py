"""A small graph of historic forts (blind153)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("fort",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("fort",), range=("city", "town", "island", "region", "country")),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("fort",), range=("nation", "company", "person")),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("fort",), range=("person",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("fort",), range=("person",)),
    kgx.Relation("fort_type", phrase="is a", inverse_phrase="is the kind of fort of",
                 domain=("fort",), range=("fort kind",)),
    kgx.Relation("made_of", phrase="is built of", inverse_phrase="is the building material of",
                 domain=("fort",), range=("material",)),
]

FORTS = [
    ("fort:sumter", "Fort Sumter", 1829),
    ("fort:mchenry", "Fort McHenry", 1798),
    ("fort:ticonderoga", "Fort Ticonderoga", 1755),
    ("fort:jefferson", "Fort Jefferson", 1846),
    ("fort:pulaski", "Fort Pulaski", 1829),
    ("fort:louisbourg", "Fortress of Louisbourg", 1720),
    ("fort:henry", "Fort Henry", 1832),
    ("fort:castillo_de_san_marcos", "Castillo de San Marcos", 1672),
    ("fort:santiago", "Fort Santiago", 1571),
    ("fort:red_fort", "Red Fort", 1639),
    ("fort:agra_fort", "Agra Fort", 1565),
    ("fort:mehrangarh", "Mehrangarh", 1459),
    ("fort:bourtange", "Fort Bourtange", 1593),
    ("fort:ross", "Fort Ross", 1812),
    ("fort:zeelandia", "Fort Zeelandia", 1624),
    ("fort:elmina", "Elmina Castle", 1482),
    ("fort:suomenlinna", "Suomenlinna", 1748),
    ("fort:clinch", "Fort Clinch", 1847),
]

ATTRIBUTES = [
    # places
    ("city:charleston", "city", "Charleston"),
    ("city:baltimore", "city", "Baltimore"),
    ("town:ticonderoga", "town", "Ticonderoga"),
    ("island:dry_tortugas", "island", "Dry Tortugas"),
    ("island:cockspur_island", "island", "Cockspur Island"),
    ("town:louisbourg", "town", "Louisbourg"),
    ("city:kingston", "city", "Kingston"),
    ("city:st_augustine", "city", "St. Augustine"),
    ("city:manila", "city", "Manila"),
    ("city:delhi", "city", "Delhi"),
    ("city:agra", "city", "Agra"),
    ("city:jodhpur", "city", "Jodhpur"),
    ("city:tainan", "city", "Tainan"),
    ("town:elmina", "town", "Elmina"),
    ("city:helsinki", "city", "Helsinki"),
    ("island:amelia_island", "island", "Amelia Island"),
    ("region:south_carolina", "region", "South Carolina"),
    ("region:maryland", "region", "Maryland"),
    ("region:new_york", "region", "New York"),
    ("region:florida", "region", "Florida"),
    ("region:georgia", "region", "Georgia"),
    ("region:nova_scotia", "region", "Nova Scotia"),
    ("region:ontario", "region", "Ontario"),
    ("region:groningen", "region", "Groningen"),
    ("region:sonoma_county", "region", "Sonoma County"),
    ("region:california", "region", "California"),
    ("country:philippines", "country", "Philippines"),
    ("country:india", "country", "India"),
    ("country:netherlands", "country", "Netherlands"),
    ("country:taiwan", "country", "Taiwan"),
    ("country:ghana", "country", "Ghana"),
    ("country:finland", "country", "Finland"),
    # builders
    ("nation:united_states", "nation", "United States"),
    ("nation:france", "nation", "France"),
    ("nation:united_kingdom", "nation", "United Kingdom"),
    ("nation:spain", "nation", "Spain"),
    ("nation:mughal_empire", "nation", "Mughal Empire"),
    ("nation:dutch_republic", "nation", "Dutch Republic"),
    ("nation:portugal", "nation", "Portugal"),
    ("nation:sweden", "nation", "Sweden"),
    ("company:russian_american_company", "company", "Russian-American Company"),
    ("company:dutch_east_india_company", "company", "Dutch East India Company"),
    # people
    ("person:shah_jahan", "person", "Shah Jahan"),
    ("person:akbar", "person", "Akbar"),
    ("person:rao_jodha", "person", "Rao Jodha"),
    ("person:jean_foncin", "person", "Jean Foncin"),
    ("person:michel_chartier_de_lotbiniere", "person", "Michel Chartier de Lotbinière"),
    ("person:simon_bernard", "person", "Simon Bernard"),
    ("person:ignacio_daza", "person", "Ignacio Daza"),
    ("person:ustad_ahmad_lahori", "person", "Ustad Ahmad Lahori"),
    ("person:augustin_ehrensvard", "person", "Augustin Ehrensvärd"),
    ("person:thomas_sumter", "person", "Thomas Sumter"),
    ("person:james_mchenry", "person", "James McHenry"),
    ("person:thomas_jefferson", "person", "Thomas Jefferson"),
    ("person:casimir_pulaski", "person", "Casimir Pulaski"),
    ("person:duncan_lamont_clinch", "person", "Duncan Lamont Clinch"),
    ("person:saint_james", "person", "Saint James"),
    # kinds of fort
    ("kind:star_fort", "fort kind", "star fort"),
    ("kind:coastal_fort", "fort kind", "coastal fort"),
    ("kind:sea_fortress", "fort kind", "sea fortress"),
    ("kind:hill_fort", "fort kind", "hill fort"),
    ("kind:palace_fortress", "fort kind", "palace fortress"),
    # materials
    ("material:brick", "material", "brick"),
    ("material:stone", "material", "stone"),
    ("material:limestone", "material", "limestone"),
    ("material:coquina", "material", "coquina"),
    ("material:red_sandstone", "material", "red sandstone"),
    ("material:redwood", "material", "redwood"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = [
    ("fort:sumter", "located_in", "city:charleston"),
    ("fort:sumter", "located_in", "region:south_carolina"),
    ("fort:sumter", "built_by", "nation:united_states"),
    ("fort:sumter", "named_after", "person:thomas_sumter"),
    ("fort:sumter", "fort_type", "kind:coastal_fort"),
    ("fort:sumter", "made_of", "material:brick"),

    ("fort:mchenry", "located_in", "city:baltimore"),
    ("fort:mchenry", "located_in", "region:maryland"),
    ("fort:mchenry", "built_by", "nation:united_states"),
    ("fort:mchenry", "designed_by", "person:jean_foncin"),
    ("fort:mchenry", "named_after", "person:james_mchenry"),
    ("fort:mchenry", "fort_type", "kind:star_fort"),
    ("fort:mchenry", "made_of", "material:brick"),

    ("fort:ticonderoga", "located_in", "town:ticonderoga"),
    ("fort:ticonderoga", "located_in", "region:new_york"),
    ("fort:ticonderoga", "built_by", "nation:france"),
    ("fort:ticonderoga", "designed_by", "person:michel_chartier_de_lotbiniere"),
    ("fort:ticonderoga", "fort_type", "kind:star_fort"),

    ("fort:jefferson", "located_in", "island:dry_tortugas"),
    ("fort:jefferson", "located_in", "region:florida"),
    ("fort:jefferson", "built_by", "nation:united_states"),
    ("fort:jefferson", "named_after", "person:thomas_jefferson"),
    ("fort:jefferson", "fort_type", "kind:coastal_fort"),
    ("fort:jefferson", "made_of", "material:brick"),

    ("fort:pulaski", "located_in", "island:cockspur_island"),
    ("fort:pulaski", "located_in", "region:georgia"),
    ("fort:pulaski", "built_by", "nation:united_states"),
    ("fort:pulaski", "designed_by", "person:simon_bernard"),
    ("fort:pulaski", "named_after", "person:casimir_pulaski"),
    ("fort:pulaski", "fort_type", "kind:coastal_fort"),
    ("fort:pulaski", "made_of", "material:brick"),

    ("fort:louisbourg", "located_in", "town:louisbourg"),
    ("fort:louisbourg", "located_in", "region:nova_scotia"),
    ("fort:louisbourg", "built_by", "nation:france"),
    ("fort:louisbourg", "made_of", "material:stone"),

    ("fort:henry", "located_in", "city:kingston"),
    ("fort:henry", "located_in", "region:ontario"),
    ("fort:henry", "built_by", "nation:united_kingdom"),
    ("fort:henry", "made_of", "material:limestone"),

    ("fort:castillo_de_san_marcos", "located_in", "city:st_augustine"),
    ("fort:castillo_de_san_marcos", "located_in", "region:florida"),
    ("fort:castillo_de_san_marcos", "built_by", "nation:spain"),
    ("fort:castillo_de_san_marcos", "designed_by", "person:ignacio_daza"),
    ("fort:castillo_de_san_marcos", "fort_type", "kind:star_fort"),
    ("fort:castillo_de_san_marcos", "made_of", "material:coquina"),

    ("fort:santiago", "located_in", "city:manila"),
    ("fort:santiago", "located_in", "country:philippines"),
    ("fort:santiago", "built_by", "nation:spain"),
    ("fort:santiago", "named_after", "person:saint_james"),
    ("fort:santiago", "made_of", "material:stone"),

    ("fort:red_fort", "located_in", "city:delhi"),
    ("fort:red_fort", "located_in", "country:india"),
    ("fort:red_fort", "built_by", "person:shah_jahan"),
    ("fort:red_fort", "built_by", "nation:mughal_empire"),
    ("fort:red_fort", "designed_by", "person:ustad_ahmad_lahori"),
    ("fort:red_fort", "fort_type", "kind:palace_fortress"),
    ("fort:red_fort", "made_of", "material:red_sandstone"),

    ("fort:agra_fort", "located_in", "city:agra"),
    ("fort:agra_fort", "located_in", "country:india"),
    ("fort:agra_fort", "built_by", "person:akbar"),
    ("fort:agra_fort", "built_by", "nation:mughal_empire"),
    ("fort:agra_fort", "made_of", "material:red_sandstone"),

    ("fort:mehrangarh", "located_in", "city:jodhpur"),
    ("fort:mehrangarh", "located_in", "country:india"),
    ("fort:mehrangarh", "built_by", "person:rao_jodha"),
    ("fort:mehrangarh", "fort_type", "kind:hill_fort"),

    ("fort:bourtange", "located_in", "region:groningen"),
    ("fort:bourtange", "located_in", "country:netherlands"),
    ("fort:bourtange", "built_by", "nation:dutch_republic"),
    ("fort:bourtange", "fort_type", "kind:star_fort"),

    ("fort:ross", "located_in", "region:sonoma_county"),
    ("fort:ross", "located_in", "region:california"),
    ("fort:ross", "built_by", "company:russian_american_company"),
    ("fort:ross", "made_of", "material:redwood"),

    ("fort:zeelandia", "located_in", "city:tainan"),
    ("fort:zeelandia", "located_in", "country:taiwan"),
    ("fort:zeelandia", "built_by", "company:dutch_east_india_company"),

    ("fort:elmina", "located_in", "town:elmina"),
    ("fort:elmina", "located_in", "country:ghana"),
    ("fort:elmina", "built_by", "nation:portugal"),

    ("fort:suomenlinna", "located_in", "city:helsinki"),
    ("fort:suomenlinna", "located_in", "country:finland"),
    ("fort:suomenlinna", "built_by", "nation:sweden"),
    ("fort:suomenlinna", "designed_by", "person:augustin_ehrensvard"),
    ("fort:suomenlinna", "fort_type", "kind:sea_fortress"),

    ("fort:clinch", "located_in", "island:amelia_island"),
    ("fort:clinch", "located_in", "region:florida"),
    ("fort:clinch", "built_by", "nation:united_states"),
    ("fort:clinch", "named_after", "person:duncan_lamont_clinch"),
    ("fort:clinch", "fort_type", "kind:coastal_fort"),
    ("fort:clinch", "made_of", "material:brick"),
]

RATINGS = [
    ("user:ana", "fort:sumter", 5.0),
    ("user:ana", "fort:mchenry", 4.5),
    ("user:ana", "fort:red_fort", 2.0),
    ("user:ana", "fort:suomenlinna", 3.5),
    ("user:ben", "fort:castillo_de_san_marcos", 4.0),
    ("user:ben", "fort:agra_fort", 1.5),
    ("user:ben", "fort:ticonderoga", 5.0),
    ("user:ben", "fort:zeelandia", 3.0),
    ("user:chen", "fort:mehrangarh", 4.5),
    ("user:chen", "fort:elmina", 2.5),
    ("user:chen", "fort:pulaski", 1.0),
    ("user:chen", "fort:bourtange", 4.0),
    ("user:dara", "fort:ross", 5.0),
    ("user:dara", "fort:henry", 2.0),
    ("user:dara", "fort:jefferson", 4.5),
    ("user:dara", "fort:santiago", 3.0),
    ("user:emil", "fort:louisbourg", 4.0),
    ("user:emil", "fort:clinch", 0.5),
    ("user:emil", "fort:red_fort", 4.5),
    ("user:emil", "fort:sumter", 3.5),
]


def entities():
    out = [kgx.Entity(i, kind="item", type="fort", label=label, attrs={"year": year})
           for i, label, year in FORTS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = list(FACTS)
    out += [(u, "rated", i, {"rating": r}) for u, i, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind153")
