"""A small astronomers graph (blind356). Item year = the astronomer's birth year."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("astronomer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("astronomer",), range=("city",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="educated",
                 domain=("astronomer",), range=("university",)),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="employed",
                 domain=("astronomer",), range=("university", "observatory", "institute")),
    kgx.Relation("discovered", phrase="discovered", inverse_phrase="was discovered by",
                 domain=("astronomer",), range=("moon", "planet", "dwarf_planet", "galaxy", "comet", "pulsar")),
    kgx.Relation("specialized_in", phrase="specialized in", inverse_phrase="was the specialty of",
                 domain=("astronomer",), range=("field",)),
    kgx.Relation("assisted", phrase="was an assistant to", inverse_phrase="was assisted by",
                 domain=("astronomer",), range=("astronomer",)),
    kgx.Relation("namesake_of", phrase="is the namesake of", inverse_phrase="is named after",
                 domain=("astronomer",), range=("telescope", "spacecraft", "observatory", "comet")),
]

ASTRONOMERS = [
    # slug, label, birth year
    ("galileo_galilei", "Galileo Galilei", 1564),
    ("johannes_kepler", "Johannes Kepler", 1571),
    ("tycho_brahe", "Tycho Brahe", 1546),
    ("nicolaus_copernicus", "Nicolaus Copernicus", 1473),
    ("william_herschel", "William Herschel", 1738),
    ("caroline_herschel", "Caroline Herschel", 1750),
    ("edwin_hubble", "Edwin Hubble", 1889),
    ("clyde_tombaugh", "Clyde Tombaugh", 1906),
    ("henrietta_swan_leavitt", "Henrietta Swan Leavitt", 1868),
    ("annie_jump_cannon", "Annie Jump Cannon", 1863),
    ("cecilia_payne_gaposchkin", "Cecilia Payne-Gaposchkin", 1900),
    ("jocelyn_bell_burnell", "Jocelyn Bell Burnell", 1943),
    ("vera_rubin", "Vera Rubin", 1928),
    ("giovanni_domenico_cassini", "Giovanni Domenico Cassini", 1625),
    ("christiaan_huygens", "Christiaan Huygens", 1629),
    ("edmond_halley", "Edmond Halley", 1656),
    ("subrahmanyan_chandrasekhar", "Subrahmanyan Chandrasekhar", 1910),
    ("carl_sagan", "Carl Sagan", 1934),
    ("gerard_kuiper", "Gerard Kuiper", 1905),
]

ATTRIBUTES = [
    # cities
    ("city:pisa", "city", "Pisa"),
    ("city:weil_der_stadt", "city", "Weil der Stadt"),
    ("city:torun", "city", "Toruń"),
    ("city:hanover", "city", "Hanover"),
    ("city:marshfield", "city", "Marshfield"),
    ("city:streator", "city", "Streator"),
    ("city:lancaster_ma", "city", "Lancaster"),
    ("city:dover_de", "city", "Dover"),
    ("city:wendover", "city", "Wendover"),
    ("city:lurgan", "city", "Lurgan"),
    ("city:philadelphia", "city", "Philadelphia"),
    ("city:perinaldo", "city", "Perinaldo"),
    ("city:the_hague", "city", "The Hague"),
    ("city:london", "city", "London"),
    ("city:lahore", "city", "Lahore"),
    ("city:new_york_city", "city", "New York City"),
    ("city:tuitjenhorn", "city", "Tuitjenhorn"),
    # universities and colleges
    ("university:pisa", "university", "University of Pisa"),
    ("university:padua", "university", "University of Padua"),
    ("university:tubingen", "university", "University of Tübingen"),
    ("university:copenhagen", "university", "University of Copenhagen"),
    ("university:jagiellonian", "university", "Jagiellonian University"),
    ("university:bologna", "university", "University of Bologna"),
    ("university:chicago", "university", "University of Chicago"),
    ("university:oxford", "university", "University of Oxford"),
    ("university:kansas", "university", "University of Kansas"),
    ("university:radcliffe", "university", "Radcliffe College"),
    ("university:oberlin", "university", "Oberlin College"),
    ("university:wellesley", "university", "Wellesley College"),
    ("university:cambridge", "university", "University of Cambridge"),
    ("university:glasgow", "university", "University of Glasgow"),
    ("university:vassar", "university", "Vassar College"),
    ("university:cornell", "university", "Cornell University"),
    ("university:georgetown", "university", "Georgetown University"),
    ("university:leiden", "university", "Leiden University"),
    ("university:open", "university", "Open University"),
    # observatories and institutes
    ("observatory:uraniborg", "observatory", "Uraniborg"),
    ("observatory:mount_wilson", "observatory", "Mount Wilson Observatory"),
    ("observatory:lowell", "observatory", "Lowell Observatory"),
    ("observatory:harvard_college", "observatory", "Harvard College Observatory"),
    ("observatory:paris", "observatory", "Paris Observatory"),
    ("observatory:greenwich", "observatory", "Royal Observatory, Greenwich"),
    ("observatory:yerkes", "observatory", "Yerkes Observatory"),
    ("institute:carnegie", "institute", "Carnegie Institution of Washington"),
    # discovered objects
    ("moon:io", "moon", "Io"),
    ("moon:europa", "moon", "Europa"),
    ("moon:ganymede", "moon", "Ganymede"),
    ("moon:callisto", "moon", "Callisto"),
    ("planet:uranus", "planet", "Uranus"),
    ("moon:titania", "moon", "Titania"),
    ("moon:oberon", "moon", "Oberon"),
    ("moon:enceladus", "moon", "Enceladus"),
    ("moon:mimas", "moon", "Mimas"),
    ("galaxy:sculptor", "galaxy", "Sculptor Galaxy"),
    ("comet:35p", "comet", "35P/Herschel-Rigollet"),
    ("dwarf_planet:pluto", "dwarf_planet", "Pluto"),
    ("pulsar:psr_b1919_21", "pulsar", "PSR B1919+21"),
    ("moon:iapetus", "moon", "Iapetus"),
    ("moon:rhea", "moon", "Rhea"),
    ("moon:tethys", "moon", "Tethys"),
    ("moon:dione", "moon", "Dione"),
    ("moon:titan", "moon", "Titan"),
    ("moon:miranda", "moon", "Miranda"),
    ("moon:nereid", "moon", "Nereid"),
    # things named after astronomers
    ("telescope:hubble_space_telescope", "telescope", "Hubble Space Telescope"),
    ("telescope:kepler_space_telescope", "telescope", "Kepler space telescope"),
    ("telescope:chandra", "telescope", "Chandra X-ray Observatory"),
    ("telescope:herschel_space_observatory", "telescope", "Herschel Space Observatory"),
    ("spacecraft:galileo", "spacecraft", "Galileo spacecraft"),
    ("spacecraft:cassini", "spacecraft", "Cassini orbiter"),
    ("spacecraft:huygens", "spacecraft", "Huygens probe"),
    ("observatory:vera_c_rubin", "observatory", "Vera C. Rubin Observatory"),
    ("comet:halley", "comet", "Halley's Comet"),
    # fields
    ("field:observational_astronomy", "field", "Observational astronomy"),
    ("field:celestial_mechanics", "field", "Celestial mechanics"),
    ("field:cosmology", "field", "Cosmology"),
    ("field:photometry", "field", "Photometry"),
    ("field:stellar_classification", "field", "Stellar classification"),
    ("field:astrophysics", "field", "Astrophysics"),
    ("field:radio_astronomy", "field", "Radio astronomy"),
    ("field:extragalactic_astronomy", "field", "Extragalactic astronomy"),
    ("field:planetary_science", "field", "Planetary science"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"astronomer:{slug}", kind="item", type="astronomer", label=label,
                      attrs={"year": year}) for slug, label, year in ASTRONOMERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "galileo_galilei": {
        "namesake_of": ["spacecraft:galileo"],
        "born_in": ["city:pisa"],
        "studied_at": ["university:pisa"],
        "worked_at": ["university:padua"],
        "discovered": ["moon:io", "moon:europa", "moon:ganymede", "moon:callisto"],
        "specialized_in": ["field:observational_astronomy"],
    },
    "johannes_kepler": {
        "assisted": ["astronomer:tycho_brahe"],
        "namesake_of": ["telescope:kepler_space_telescope"],
        "born_in": ["city:weil_der_stadt"],
        "studied_at": ["university:tubingen"],
        "specialized_in": ["field:celestial_mechanics"],
    },
    "tycho_brahe": {
        "studied_at": ["university:copenhagen"],
        "worked_at": ["observatory:uraniborg"],
        "specialized_in": ["field:observational_astronomy"],
    },
    "nicolaus_copernicus": {
        "born_in": ["city:torun"],
        "studied_at": ["university:jagiellonian", "university:bologna", "university:padua"],
        "specialized_in": ["field:cosmology"],
    },
    "william_herschel": {
        "namesake_of": ["telescope:herschel_space_observatory"],
        "born_in": ["city:hanover"],
        "discovered": ["planet:uranus", "moon:titania", "moon:oberon", "moon:enceladus", "moon:mimas"],
        "specialized_in": ["field:observational_astronomy"],
    },
    "caroline_herschel": {
        "assisted": ["astronomer:william_herschel"],
        "born_in": ["city:hanover"],
        "discovered": ["galaxy:sculptor", "comet:35p"],
        "specialized_in": ["field:observational_astronomy"],
    },
    "edwin_hubble": {
        "namesake_of": ["telescope:hubble_space_telescope"],
        "born_in": ["city:marshfield"],
        "studied_at": ["university:chicago", "university:oxford"],
        "worked_at": ["observatory:mount_wilson"],
        "specialized_in": ["field:cosmology"],
    },
    "clyde_tombaugh": {
        "born_in": ["city:streator"],
        "studied_at": ["university:kansas"],
        "worked_at": ["observatory:lowell"],
        "discovered": ["dwarf_planet:pluto"],
        "specialized_in": ["field:observational_astronomy"],
    },
    "henrietta_swan_leavitt": {
        "born_in": ["city:lancaster_ma"],
        "studied_at": ["university:oberlin", "university:radcliffe"],
        "worked_at": ["observatory:harvard_college"],
        "specialized_in": ["field:photometry"],
    },
    "annie_jump_cannon": {
        "born_in": ["city:dover_de"],
        "studied_at": ["university:wellesley"],
        "worked_at": ["observatory:harvard_college"],
        "specialized_in": ["field:stellar_classification"],
    },
    "cecilia_payne_gaposchkin": {
        "born_in": ["city:wendover"],
        "studied_at": ["university:cambridge", "university:radcliffe"],
        "worked_at": ["observatory:harvard_college"],
        "specialized_in": ["field:astrophysics"],
    },
    "jocelyn_bell_burnell": {
        "born_in": ["city:lurgan"],
        "studied_at": ["university:glasgow", "university:cambridge"],
        "worked_at": ["university:open"],
        "discovered": ["pulsar:psr_b1919_21"],
        "specialized_in": ["field:radio_astronomy"],
    },
    "vera_rubin": {
        "namesake_of": ["observatory:vera_c_rubin"],
        "born_in": ["city:philadelphia"],
        "studied_at": ["university:vassar", "university:cornell", "university:georgetown"],
        "worked_at": ["institute:carnegie"],
        "specialized_in": ["field:extragalactic_astronomy"],
    },
    "giovanni_domenico_cassini": {
        "namesake_of": ["spacecraft:cassini"],
        "born_in": ["city:perinaldo"],
        "worked_at": ["observatory:paris"],
        "discovered": ["moon:iapetus", "moon:rhea", "moon:tethys", "moon:dione"],
        "specialized_in": ["field:observational_astronomy"],
    },
    "christiaan_huygens": {
        "namesake_of": ["spacecraft:huygens"],
        "born_in": ["city:the_hague"],
        "studied_at": ["university:leiden"],
        "discovered": ["moon:titan"],
    },
    "edmond_halley": {
        "namesake_of": ["comet:halley"],
        "born_in": ["city:london"],
        "studied_at": ["university:oxford"],
        "worked_at": ["observatory:greenwich"],
        "specialized_in": ["field:celestial_mechanics"],
    },
    "subrahmanyan_chandrasekhar": {
        "namesake_of": ["telescope:chandra"],
        "born_in": ["city:lahore"],
        "studied_at": ["university:cambridge"],
        "worked_at": ["university:chicago", "observatory:yerkes"],
        "specialized_in": ["field:astrophysics"],
    },
    "carl_sagan": {
        "born_in": ["city:new_york_city"],
        "studied_at": ["university:chicago"],
        "worked_at": ["university:cornell"],
        "specialized_in": ["field:planetary_science"],
    },
    "gerard_kuiper": {
        "born_in": ["city:tuitjenhorn"],
        "studied_at": ["university:leiden"],
        "worked_at": ["observatory:yerkes"],
        "discovered": ["moon:miranda", "moon:nereid"],
        "specialized_in": ["field:planetary_science"],
    },
}

RATINGS = {
    "ana": {"galileo_galilei": 5.0, "edwin_hubble": 4.5, "clyde_tombaugh": 2.0, "annie_jump_cannon": 3.0},
    "ben": {"johannes_kepler": 4.0, "carl_sagan": 5.0, "tycho_brahe": 1.5, "vera_rubin": 4.5},
    "chen": {"jocelyn_bell_burnell": 5.0, "giovanni_domenico_cassini": 2.5,
             "subrahmanyan_chandrasekhar": 4.0, "william_herschel": 1.0},
    "dara": {"henrietta_swan_leavitt": 4.5, "cecilia_payne_gaposchkin": 5.0,
             "nicolaus_copernicus": 2.0, "christiaan_huygens": 3.5},
    "emil": {"edmond_halley": 4.0, "gerard_kuiper": 1.5, "caroline_herschel": 5.0, "galileo_galilei": 3.0},
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"astronomer:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"astronomer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind356")
