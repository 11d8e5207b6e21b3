"""blind176: a small graph of obelisks (ancient and modern), declared in code.

Each obelisk's ``year`` is the year it was raised where it stands now (for ancient
obelisks moved in later times, the year of that re-erection; for modern monuments,
the year they were completed).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("obelisk",)),
    kgx.Relation("in_city", phrase="is in", inverse_phrase="is home to",
                 domain=("obelisk",), range=("city",)),
    kgx.Relation("stands_at", phrase="stands at", inverse_phrase="is the setting of",
                 domain=("obelisk",), range=("place",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=("obelisk",), range=("ruler",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("obelisk",), range=("person",)),
    kgx.Relation("raised_by", phrase="was raised by", inverse_phrase="raised",
                 domain=("obelisk",), range=("person",)),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the stone of",
                 domain=("obelisk",), range=("material",)),
    kgx.Relation("brought_from", phrase="was brought from", inverse_phrase="was the earlier home of",
                 domain=("obelisk",), range=("site",)),
]

# id slug, label, year, aliases
_OBELISKS = [
    ("luxor_obelisk", "Luxor Obelisk", 1836, ("Obelisk of Luxor",)),
    ("vatican_obelisk", "Vatican Obelisk", 1586, ()),
    ("lateran_obelisk", "Lateran Obelisk", 1588, ()),
    ("flaminio_obelisk", "Flaminio Obelisk", 1589, ()),
    ("esquiline_obelisk", "Esquiline Obelisk", 1587, ()),
    ("quirinale_obelisk", "Quirinale Obelisk", 1786, ()),
    ("sallustiano_obelisk", "Sallustiano Obelisk", 1789, ()),
    ("montecitorio_obelisk", "Montecitorio Obelisk", 1792, ("Obelisk of Montecitorio",)),
    ("minerva_obelisk", "Obelisk of Santa Maria sopra Minerva", 1667, ("Minerva Obelisk",)),
    ("agonalis_obelisk", "Agonalis Obelisk", 1651, ("Obelisk of Piazza Navona",)),
    ("cleopatras_needle_london", "Cleopatra's Needle (London)", 1878,
     ("London's Cleopatra's Needle", "the London Cleopatra's Needle")),
    ("cleopatras_needle_new_york", "Cleopatra's Needle (New York)", 1881,
     ("New York's Cleopatra's Needle", "the New York Cleopatra's Needle")),
    ("obelisk_of_theodosius", "Obelisk of Theodosius", 390, ()),
    ("washington_monument", "Washington Monument", 1884, ()),
    ("wellington_monument", "Wellington Monument", 1861, ("Wellington Testimonial",)),
    ("bunker_hill_monument", "Bunker Hill Monument", 1843, ()),
    ("obelisk_of_buenos_aires", "Obelisk of Buenos Aires", 1936, ()),
]

_ATTRIBUTES = [
    # cities
    ("city:paris", "city", "Paris"),
    ("city:vatican_city", "city", "Vatican City"),
    ("city:rome", "city", "Rome"),
    ("city:london", "city", "London"),
    ("city:new_york_city", "city", "New York City"),
    ("city:istanbul", "city", "Istanbul"),
    ("city:washington_dc", "city", "Washington, D.C."),
    ("city:dublin", "city", "Dublin"),
    ("city:boston", "city", "Boston"),
    ("city:buenos_aires", "city", "Buenos Aires"),
    # squares, parks and other settings
    ("place:place_de_la_concorde", "place", "Place de la Concorde"),
    ("place:st_peters_square", "place", "St. Peter's Square"),
    ("place:piazza_san_giovanni_in_laterano", "place", "Piazza San Giovanni in Laterano"),
    ("place:piazza_del_popolo", "place", "Piazza del Popolo"),
    ("place:piazza_dell_esquilino", "place", "Piazza dell'Esquilino"),
    ("place:piazza_del_quirinale", "place", "Piazza del Quirinale"),
    ("place:trinita_dei_monti", "place", "Trinità dei Monti"),
    ("place:piazza_di_montecitorio", "place", "Piazza di Montecitorio"),
    ("place:piazza_della_minerva", "place", "Piazza della Minerva"),
    ("place:piazza_navona", "place", "Piazza Navona"),
    ("place:victoria_embankment", "place", "Victoria Embankment"),
    ("place:central_park", "place", "Central Park"),
    ("place:hippodrome_of_constantinople", "place", "Hippodrome of Constantinople"),
    ("place:national_mall", "place", "National Mall"),
    ("place:phoenix_park", "place", "Phoenix Park"),
    ("place:breeds_hill", "place", "Breed's Hill"),
    ("place:plaza_de_la_republica", "place", "Plaza de la República"),
    # rulers who commissioned the obelisks
    ("ruler:ramesses_ii", "ruler", "Ramesses II"),
    ("ruler:thutmose_iii", "ruler", "Thutmose III"),
    ("ruler:seti_i", "ruler", "Seti I"),
    ("ruler:psamtik_ii", "ruler", "Psamtik II"),
    ("ruler:apries", "ruler", "Apries"),
    ("ruler:domitian", "ruler", "Domitian"),
    # architects, sculptors and engineers
    ("person:domenico_fontana", "person", "Domenico Fontana"),
    ("person:giovanni_antinori", "person", "Giovanni Antinori"),
    ("person:jean_baptiste_apollinaire_lebas", "person", "Jean-Baptiste Apollinaire Lebas"),
    ("person:henry_gorringe", "person", "Henry Gorringe"),
    ("person:gian_lorenzo_bernini", "person", "Gian Lorenzo Bernini"),
    ("person:robert_mills", "person", "Robert Mills"),
    ("person:robert_smirke", "person", "Robert Smirke"),
    ("person:solomon_willard", "person", "Solomon Willard"),
    ("person:alberto_prebisch", "person", "Alberto Prebisch"),
    # materials
    ("material:red_granite", "material", "red granite"),
    ("material:granite", "material", "granite"),
    ("material:marble", "material", "marble"),
    # earlier homes of moved obelisks
    ("site:luxor_temple", "site", "Luxor Temple"),
    ("site:karnak", "site", "Karnak"),
    ("site:heliopolis", "site", "Heliopolis"),
    ("site:alexandria", "site", "Alexandria"),
    ("site:sais", "site", "Sais"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"obelisk:{slug}", kind="item", type="obelisk", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _OBELISKS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


def _facts():
    o = lambda s: f"obelisk:{s}"  # noqa: E731
    return [
        # Luxor Obelisk, Paris
        (o("luxor_obelisk"), "in_city", "city:paris"),
        (o("luxor_obelisk"), "stands_at", "place:place_de_la_concorde"),
        (o("luxor_obelisk"), "commissioned_by", "ruler:ramesses_ii"),
        (o("luxor_obelisk"), "raised_by", "person:jean_baptiste_apollinaire_lebas"),
        (o("luxor_obelisk"), "made_of", "material:red_granite"),
        (o("luxor_obelisk"), "brought_from", "site:luxor_temple"),
        # Vatican Obelisk
        (o("vatican_obelisk"), "in_city", "city:vatican_city"),
        (o("vatican_obelisk"), "stands_at", "place:st_peters_square"),
        (o("vatican_obelisk"), "raised_by", "person:domenico_fontana"),
        (o("vatican_obelisk"), "made_of", "material:red_granite"),
        (o("vatican_obelisk"), "brought_from", "site:alexandria"),
        # Lateran Obelisk
        (o("lateran_obelisk"), "in_city", "city:rome"),
        (o("lateran_obelisk"), "stands_at", "place:piazza_san_giovanni_in_laterano"),
        (o("lateran_obelisk"), "commissioned_by", "ruler:thutmose_iii"),
        (o("lateran_obelisk"), "raised_by", "person:domenico_fontana"),
        (o("lateran_obelisk"), "made_of", "material:red_granite"),
        (o("lateran_obelisk"), "brought_from", "site:karnak"),
        # Flaminio Obelisk
        (o("flaminio_obelisk"), "in_city", "city:rome"),
        (o("flaminio_obelisk"), "stands_at", "place:piazza_del_popolo"),
        (o("flaminio_obelisk"), "commissioned_by", "ruler:seti_i"),
        (o("flaminio_obelisk"), "raised_by", "person:domenico_fontana"),
        (o("flaminio_obelisk"), "made_of", "material:red_granite"),
        (o("flaminio_obelisk"), "brought_from", "site:heliopolis"),
        # Esquiline Obelisk
        (o("esquiline_obelisk"), "in_city", "city:rome"),
        (o("esquiline_obelisk"), "stands_at", "place:piazza_dell_esquilino"),
        (o("esquiline_obelisk"), "raised_by", "person:domenico_fontana"),
        (o("esquiline_obelisk"), "made_of", "material:red_granite"),
        # Quirinale Obelisk
        (o("quirinale_obelisk"), "in_city", "city:rome"),
        (o("quirinale_obelisk"), "stands_at", "place:piazza_del_quirinale"),
        (o("quirinale_obelisk"), "raised_by", "person:giovanni_antinori"),
        (o("quirinale_obelisk"), "made_of", "material:red_granite"),
        # Sallustiano Obelisk
        (o("sallustiano_obelisk"), "in_city", "city:rome"),
        (o("sallustiano_obelisk"), "stands_at", "place:trinita_dei_monti"),
        (o("sallustiano_obelisk"), "raised_by", "person:giovanni_antinori"),
        # Montecitorio Obelisk
        (o("montecitorio_obelisk"), "in_city", "city:rome"),
        (o("montecitorio_obelisk"), "stands_at", "place:piazza_di_montecitorio"),
        (o("montecitorio_obelisk"), "commissioned_by", "ruler:psamtik_ii"),
        (o("montecitorio_obelisk"), "raised_by", "person:giovanni_antinori"),
        (o("montecitorio_obelisk"), "made_of", "material:red_granite"),
        (o("montecitorio_obelisk"), "brought_from", "site:heliopolis"),
        # Obelisk of Santa Maria sopra Minerva
        (o("minerva_obelisk"), "in_city", "city:rome"),
        (o("minerva_obelisk"), "stands_at", "place:piazza_della_minerva"),
        (o("minerva_obelisk"), "commissioned_by", "ruler:apries"),
        (o("minerva_obelisk"), "designed_by", "person:gian_lorenzo_bernini"),
        (o("minerva_obelisk"), "brought_from", "site:sais"),
        # Agonalis Obelisk, Piazza Navona
        (o("agonalis_obelisk"), "in_city", "city:rome"),
        (o("agonalis_obelisk"), "stands_at", "place:piazza_navona"),
        (o("agonalis_obelisk"), "commissioned_by", "ruler:domitian"),
        (o("agonalis_obelisk"), "designed_by", "person:gian_lorenzo_bernini"),
        # Cleopatra's Needle, London
        (o("cleopatras_needle_london"), "in_city", "city:london"),
        (o("cleopatras_needle_london"), "stands_at", "place:victoria_embankment"),
        (o("cleopatras_needle_london"), "commissioned_by", "ruler:thutmose_iii"),
        (o("cleopatras_needle_london"), "made_of", "material:red_granite"),
        (o("cleopatras_needle_london"), "brought_from", "site:alexandria"),
        # Cleopatra's Needle, New York
        (o("cleopatras_needle_new_york"), "in_city", "city:new_york_city"),
        (o("cleopatras_needle_new_york"), "stands_at", "place:central_park"),
        (o("cleopatras_needle_new_york"), "commissioned_by", "ruler:thutmose_iii"),
        (o("cleopatras_needle_new_york"), "raised_by", "person:henry_gorringe"),
        (o("cleopatras_needle_new_york"), "made_of", "material:red_granite"),
        (o("cleopatras_needle_new_york"), "brought_from", "site:alexandria"),
        # Obelisk of Theodosius, Istanbul
        (o("obelisk_of_theodosius"), "in_city", "city:istanbul"),
        (o("obelisk_of_theodosius"), "stands_at", "place:hippodrome_of_constantinople"),
        (o("obelisk_of_theodosius"), "commissioned_by", "ruler:thutmose_iii"),
        (o("obelisk_of_theodosius"), "made_of", "material:red_granite"),
        (o("obelisk_of_theodosius"), "brought_from", "site:karnak"),
        # Washington Monument
        (o("washington_monument"), "in_city", "city:washington_dc"),
        (o("washington_monument"), "stands_at", "place:national_mall"),
        (o("washington_monument"), "designed_by", "person:robert_mills"),
        (o("washington_monument"), "made_of", "material:marble"),
        # Wellington Monument, Dublin
        (o("wellington_monument"), "in_city", "city:dublin"),
        (o("wellington_monument"), "stands_at", "place:phoenix_park"),
        (o("wellington_monument"), "designed_by", "person:robert_smirke"),
        (o("wellington_monument"), "made_of", "material:granite"),
        # Bunker Hill Monument
        (o("bunker_hill_monument"), "in_city", "city:boston"),
        (o("bunker_hill_monument"), "stands_at", "place:breeds_hill"),
        (o("bunker_hill_monument"), "designed_by", "person:solomon_willard"),
        (o("bunker_hill_monument"), "made_of", "material:granite"),
        # Obelisk of Buenos Aires
        (o("obelisk_of_buenos_aires"), "in_city", "city:buenos_aires"),
        (o("obelisk_of_buenos_aires"), "stands_at", "place:plaza_de_la_republica"),
        (o("obelisk_of_buenos_aires"), "designed_by", "person:alberto_prebisch"),
    ]


_RATINGS = [
    ("ana", "luxor_obelisk", 5.0),
    ("ana", "vatican_obelisk", 4.0),
    ("ana", "washington_monument", 2.0),
    ("ana", "obelisk_of_theodosius", 4.5),
    ("ben", "cleopatras_needle_london", 1.5),
    ("ben", "cleopatras_needle_new_york", 4.5),
    ("ben", "bunker_hill_monument", 3.0),
    ("ben", "wellington_monument", 4.0),
    ("chen", "lateran_obelisk", 5.0),
    ("chen", "flaminio_obelisk", 3.5),
    ("chen", "agonalis_obelisk", 4.0),
    ("chen", "obelisk_of_buenos_aires", 1.0),
    ("dara", "minerva_obelisk", 4.5),
    ("dara", "montecitorio_obelisk", 2.0),
    ("dara", "esquiline_obelisk", 3.0),
    ("dara", "washington_monument", 5.0),
    ("emil", "quirinale_obelisk", 0.5),
    ("emil", "sallustiano_obelisk", 4.0),
    ("emil", "luxor_obelisk", 3.0),
    ("emil", "obelisk_of_buenos_aires", 4.5),
]


def rows():
    out = list(_facts())
    out += [(f"user:{u}", "rated", f"obelisk:{s}", {"rating": r}) for u, s, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind176")
