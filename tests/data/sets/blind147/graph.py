"""blind147: a small graph of real cemeteries.

Items are cemeteries; ``year`` is the year each cemetery was opened (or founded,
or first consecrated). Attributes are cities, people buried or involved in the
design and founding, founding organisations, kinds of cemetery and heritage
designations. Five users rated four cemeteries each.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("cemetery",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("cemetery",), range=("city",)),
    kgx.Relation("burial_place_of", phrase="is the resting place of", inverse_phrase="is buried in",
                 domain=("cemetery",), range=("person",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("cemetery",), range=("person",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("cemetery",), range=("person", "organisation")),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of",
                 domain=("cemetery",), range=("kind",)),
    kgx.Relation("designated", phrase="is designated a", inverse_phrase="is a designation held by",
                 domain=("cemetery",), range=("designation",)),
]


def _c(slug, label, year, aliases=()):
    return kgx.Entity(f"cemetery:{slug}", kind="item", type="cemetery", label=label,
                      aliases=tuple(aliases), attrs={"year": year})


def _a(prefix, slug, label, aliases=()):
    return kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label,
                      aliases=tuple(aliases))


CEMETERIES = [
    _c("pere_lachaise", "Père Lachaise Cemetery", 1804, ["Père Lachaise"]),
    _c("montparnasse", "Montparnasse Cemetery", 1824, ["Montparnasse"]),
    _c("montmartre", "Montmartre Cemetery", 1825, ["Montmartre"]),
    _c("highgate", "Highgate Cemetery", 1839, ["Highgate"]),
    _c("kensal_green", "Kensal Green Cemetery", 1833, ["Kensal Green"]),
    _c("brompton", "Brompton Cemetery", 1840, ["Brompton"]),
    _c("arlington", "Arlington National Cemetery", 1864, ["Arlington"]),
    _c("green_wood", "Green-Wood Cemetery", 1838, ["Green-Wood"]),
    _c("mount_auburn", "Mount Auburn Cemetery", 1831, ["Mount Auburn"]),
    _c("woodlawn", "Woodlawn Cemetery", 1863, ["Woodlawn"]),
    _c("hollywood_forever", "Hollywood Forever Cemetery", 1899, ["Hollywood Forever"]),
    _c("forest_lawn_glendale", "Forest Lawn Memorial Park", 1906, ["Forest Lawn"]),
    _c("zentralfriedhof", "Vienna Central Cemetery", 1874, ["Zentralfriedhof"]),
    _c("novodevichy", "Novodevichy Cemetery", 1898, ["Novodevichy"]),
    _c("recoleta", "La Recoleta Cemetery", 1822, ["Recoleta Cemetery", "Recoleta"]),
    _c("glasnevin", "Glasnevin Cemetery", 1832, ["Glasnevin"]),
    _c("skogskyrkogarden", "Skogskyrkogården", 1920, ["the Woodland Cemetery"]),
    _c("monumentale_milano", "Monumental Cemetery of Milan", 1866, ["Cimitero Monumentale"]),
]

CITIES = [
    _a("city", "paris", "Paris"),
    _a("city", "london", "London"),
    _a("city", "arlington_va", "Arlington, Virginia"),
    _a("city", "new_york", "New York City", ["New York"]),
    _a("city", "cambridge_ma", "Cambridge, Massachusetts"),
    _a("city", "los_angeles", "Los Angeles"),
    _a("city", "glendale_ca", "Glendale, California"),
    _a("city", "vienna", "Vienna"),
    _a("city", "moscow", "Moscow"),
    _a("city", "buenos_aires", "Buenos Aires"),
    _a("city", "dublin", "Dublin"),
    _a("city", "stockholm", "Stockholm"),
    _a("city", "milan", "Milan"),
]

PEOPLE = [
    # buried
    _a("person", "jim_morrison", "Jim Morrison"),
    _a("person", "oscar_wilde", "Oscar Wilde"),
    _a("person", "frederic_chopin", "Frédéric Chopin", ["Chopin"]),
    _a("person", "edith_piaf", "Édith Piaf", ["Piaf"]),
    _a("person", "jean_paul_sartre", "Jean-Paul Sartre", ["Sartre"]),
    _a("person", "simone_de_beauvoir", "Simone de Beauvoir"),
    _a("person", "charles_baudelaire", "Charles Baudelaire", ["Baudelaire"]),
    _a("person", "samuel_beckett", "Samuel Beckett", ["Beckett"]),
    _a("person", "edgar_degas", "Edgar Degas", ["Degas"]),
    _a("person", "hector_berlioz", "Hector Berlioz", ["Berlioz"]),
    _a("person", "stendhal", "Stendhal"),
    _a("person", "karl_marx", "Karl Marx", ["Marx"]),
    _a("person", "george_eliot", "George Eliot"),
    _a("person", "douglas_adams", "Douglas Adams"),
    _a("person", "isambard_kingdom_brunel", "Isambard Kingdom Brunel", ["Brunel"]),
    _a("person", "william_makepeace_thackeray", "William Makepeace Thackeray", ["Thackeray"]),
    _a("person", "anthony_trollope", "Anthony Trollope", ["Trollope"]),
    _a("person", "emmeline_pankhurst", "Emmeline Pankhurst"),
    _a("person", "john_snow", "John Snow"),
    _a("person", "john_f_kennedy", "John F. Kennedy", ["JFK"]),
    _a("person", "robert_f_kennedy", "Robert F. Kennedy"),
    _a("person", "joe_louis", "Joe Louis"),
    _a("person", "jean_michel_basquiat", "Jean-Michel Basquiat", ["Basquiat"]),
    _a("person", "leonard_bernstein", "Leonard Bernstein"),
    _a("person", "william_m_tweed", "William M. Tweed", ["Boss Tweed"]),
    _a("person", "henry_wadsworth_longfellow", "Henry Wadsworth Longfellow", ["Longfellow"]),
    _a("person", "mary_baker_eddy", "Mary Baker Eddy"),
    _a("person", "winslow_homer", "Winslow Homer"),
    _a("person", "herman_melville", "Herman Melville", ["Melville"]),
    _a("person", "miles_davis", "Miles Davis"),
    _a("person", "duke_ellington", "Duke Ellington"),
    _a("person", "rudolph_valentino", "Rudolph Valentino", ["Valentino"]),
    _a("person", "judy_garland", "Judy Garland"),
    _a("person", "douglas_fairbanks", "Douglas Fairbanks"),
    _a("person", "cecil_b_demille", "Cecil B. DeMille"),
    _a("person", "walt_disney", "Walt Disney"),
    _a("person", "michael_jackson", "Michael Jackson"),
    _a("person", "humphrey_bogart", "Humphrey Bogart", ["Bogart"]),
    _a("person", "ludwig_van_beethoven", "Ludwig van Beethoven", ["Beethoven"]),
    _a("person", "franz_schubert", "Franz Schubert", ["Schubert"]),
    _a("person", "johannes_brahms", "Johannes Brahms", ["Brahms"]),
    _a("person", "johann_strauss_ii", "Johann Strauss II"),
    _a("person", "anton_chekhov", "Anton Chekhov", ["Chekhov"]),
    _a("person", "nikita_khrushchev", "Nikita Khrushchev", ["Khrushchev"]),
    _a("person", "boris_yeltsin", "Boris Yeltsin", ["Yeltsin"]),
    _a("person", "eva_peron", "Eva Perón", ["Evita"]),
    _a("person", "michael_collins", "Michael Collins"),
    _a("person", "charles_stewart_parnell", "Charles Stewart Parnell", ["Parnell"]),
    _a("person", "daniel_oconnell", "Daniel O'Connell", ["O'Connell"]),
    _a("person", "greta_garbo", "Greta Garbo", ["Garbo"]),
    _a("person", "alessandro_manzoni", "Alessandro Manzoni", ["Manzoni"]),
    # designers and founders
    _a("person", "alexandre_theodore_brongniart", "Alexandre-Théodore Brongniart", ["Brongniart"]),
    _a("person", "stephen_geary", "Stephen Geary"),
    _a("person", "john_griffith", "John Griffith"),
    _a("person", "benjamin_baud", "Benjamin Baud"),
    _a("person", "montgomery_c_meigs", "Montgomery C. Meigs", ["Meigs"]),
    _a("person", "david_bates_douglass", "David Bates Douglass"),
    _a("person", "henry_evelyn_pierrepont", "Henry Evelyn Pierrepont"),
    _a("person", "jacob_bigelow", "Jacob Bigelow"),
    _a("person", "prospero_catelin", "Próspero Catelin"),
    _a("person", "gunnar_asplund", "Gunnar Asplund", ["Asplund"]),
    _a("person", "sigurd_lewerentz", "Sigurd Lewerentz", ["Lewerentz"]),
    _a("person", "carlo_maciachini", "Carlo Maciachini", ["Maciachini"]),
]

ORGANISATIONS = [
    _a("organisation", "london_cemetery_company", "London Cemetery Company"),
    _a("organisation", "general_cemetery_company", "General Cemetery Company"),
    _a("organisation", "massachusetts_horticultural_society", "Massachusetts Horticultural Society"),
]

KINDS = [
    _a("kind", "garden_cemetery", "garden cemetery"),
    _a("kind", "rural_cemetery", "rural cemetery"),
    _a("kind", "military_cemetery", "military cemetery"),
    _a("kind", "memorial_park", "memorial park"),
    _a("kind", "woodland_cemetery", "woodland cemetery"),
]

DESIGNATIONS = [
    _a("designation", "world_heritage_site", "UNESCO World Heritage Site", ["World Heritage Site"]),
    _a("designation", "national_historic_landmark", "National Historic Landmark"),
]

USERS = [kgx.Entity(f"user:{u}", kind="user", type="user", label=u)
         for u in ("ana", "ben", "chen", "dara", "emil")]


def entities():
    return CEMETERIES + CITIES + PEOPLE + ORGANISATIONS + KINDS + DESIGNATIONS + USERS


_LOCATED = {
    "pere_lachaise": "paris", "montparnasse": "paris", "montmartre": "paris",
    "highgate": "london", "kensal_green": "london", "brompton": "london",
    "arlington": "arlington_va", "green_wood": "new_york", "woodlawn": "new_york",
    "mount_auburn": "cambridge_ma", "hollywood_forever": "los_angeles",
    "forest_lawn_glendale": "glendale_ca", "zentralfriedhof": "vienna",
    "novodevichy": "moscow", "recoleta": "buenos_aires", "glasnevin": "dublin",
    "skogskyrkogarden": "stockholm", "monumentale_milano": "milan",
}

_BURIED = {
    "pere_lachaise": ["jim_morrison", "oscar_wilde", "frederic_chopin", "edith_piaf"],
    "montparnasse": ["jean_paul_sartre", "simone_de_beauvoir", "charles_baudelaire", "samuel_beckett"],
    "montmartre": ["edgar_degas", "hector_berlioz", "stendhal"],
    "highgate": ["karl_marx", "george_eliot", "douglas_adams"],
    "kensal_green": ["isambard_kingdom_brunel", "william_makepeace_thackeray", "anthony_trollope"],
    "brompton": ["emmeline_pankhurst", "john_snow"],
    "arlington": ["john_f_kennedy", "robert_f_kennedy", "joe_louis"],
    "green_wood": ["jean_michel_basquiat", "leonard_bernstein", "william_m_tweed"],
    "mount_auburn": ["henry_wadsworth_longfellow", "mary_baker_eddy", "winslow_homer"],
    "woodlawn": ["herman_melville", "miles_davis", "duke_ellington"],
    "hollywood_forever": ["rudolph_valentino", "judy_garland", "douglas_fairbanks", "cecil_b_demille"],
    "forest_lawn_glendale": ["walt_disney", "michael_jackson", "humphrey_bogart"],
    "zentralfriedhof": ["ludwig_van_beethoven", "franz_schubert", "johannes_brahms", "johann_strauss_ii"],
    "novodevichy": ["anton_chekhov", "nikita_khrushchev", "boris_yeltsin"],
    "recoleta": ["eva_peron"],
    "glasnevin": ["michael_collins", "charles_stewart_parnell", "daniel_oconnell"],
    "skogskyrkogarden": ["greta_garbo"],
    "monumentale_milano": ["alessandro_manzoni"],
}

_DESIGNED = {
    "pere_lachaise": ["alexandre_theodore_brongniart"],
    "highgate": ["stephen_geary"],
    "kensal_green": ["john_griffith"],
    "brompton": ["benjamin_baud"],
    "green_wood": ["david_bates_douglass"],
    "recoleta": ["prospero_catelin"],
    "skogskyrkogarden": ["gunnar_asplund", "sigurd_lewerentz"],
    "monumentale_milano": ["carlo_maciachini"],
}

_FOUNDED = {
    "highgate": ["organisation:london_cemetery_company"],
    "kensal_green": ["organisation:general_cemetery_company"],
    "arlington": ["person:montgomery_c_meigs"],
    "green_wood": ["person:henry_evelyn_pierrepont"],
    "mount_auburn": ["person:jacob_bigelow", "organisation:massachusetts_horticultural_society"],
    "glasnevin": ["person:daniel_oconnell"],
}

_KIND = {
    "pere_lachaise": "garden_cemetery", "highgate": "garden_cemetery",
    "kensal_green": "garden_cemetery", "brompton": "garden_cemetery",
    "green_wood": "rural_cemetery", "mount_auburn": "rural_cemetery",
    "arlington": "military_cemetery", "forest_lawn_glendale": "memorial_park",
    "skogskyrkogarden": "woodland_cemetery",
}

_DESIGNATED = {
    "skogskyrkogarden": "world_heritage_site",
    "green_wood": "national_historic_landmark",
    "mount_auburn": "national_historic_landmark",
    "woodlawn": "national_historic_landmark",
}

_RATINGS = {
    "ana": {"pere_lachaise": 5.0, "highgate": 4.5, "recoleta": 2.0, "arlington": 3.5},
    "ben": {"green_wood": 4.0, "woodlawn": 1.5, "hollywood_forever": 5.0, "zentralfriedhof": 3.0},
    "chen": {"novodevichy": 4.5, "skogskyrkogarden": 5.0, "monumentale_milano": 2.5, "glasnevin": 1.0},
    "dara": {"mount_auburn": 4.0, "brompton": 2.0, "kensal_green": 4.5, "montparnasse": 3.0},
    "emil": {"forest_lawn_glendale": 1.5, "montmartre": 5.0, "glasnevin": 4.0, "pere_lachaise": 3.5},
}


def rows():
    out = []
    for c, city in _LOCATED.items():
        out.append((f"cemetery:{c}", "located_in", f"city:{city}"))
    for c, people in _BURIED.items():
        out += [(f"cemetery:{c}", "burial_place_of", f"person:{p}") for p in people]
    for c, people in _DESIGNED.items():
        out += [(f"cemetery:{c}", "designed_by", f"person:{p}") for p in people]
    for c, founders in _FOUNDED.items():
        out += [(f"cemetery:{c}", "founded_by", f) for f in founders]
    for c, k in _KIND.items():
        out.append((f"cemetery:{c}", "has_kind", f"kind:{k}"))
    for c, d in _DESIGNATED.items():
        out.append((f"cemetery:{c}", "designated", f"designation:{d}"))
    for u, ratings in _RATINGS.items():
        for c, r in ratings.items():
            out.append((f"user:{u}", "rated", f"cemetery:{c}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind147")
