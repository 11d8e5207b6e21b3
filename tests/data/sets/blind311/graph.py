"""A small inventions graph (blind311)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("invention",)),
    kgx.Relation("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("invention",), range=("person",)),
    kgx.Relation("originated_in", phrase="was invented in", inverse_phrase="is the birthplace of", domain=("invention",), range=("country",)),
    kgx.Relation("developed_at", phrase="was developed at", inverse_phrase="developed", domain=("invention",), range=("organisation",)),
    kgx.Relation("in_field", phrase="belongs to the field of", inverse_phrase="includes", domain=("invention",), range=("field",)),
]

ITEMS = [
    ("telephone", "Telephone", 1876),
    ("phonograph", "Phonograph", 1877),
    ("world_wide_web", "World Wide Web", 1989),
    ("transistor", "Transistor", 1947),
    ("laser", "Laser", 1960),
    ("printing_press", "Printing press", 1440),
    ("dynamite", "Dynamite", 1867),
    ("wireless_telegraph", "Wireless telegraph", 1895),
    ("jet_engine", "Jet engine", 1937),
    ("wright_flyer", "Wright Flyer", 1903),
    ("watt_steam_engine", "Watt steam engine", 1776),
    ("mechanical_television", "Mechanical television", 1926),
    ("polio_vaccine", "Polio vaccine", 1955),
    ("integrated_circuit", "Integrated circuit", 1958),
    ("lithium_ion_battery", "Lithium-ion battery", 1985),
    ("stethoscope", "Stethoscope", 1816),
    ("cinematographe", "Cinématographe", 1895),
    ("ballpoint_pen", "Ballpoint pen", 1938),
]

PEOPLE = [
    ("alexander_graham_bell", "Alexander Graham Bell"),
    ("thomas_edison", "Thomas Edison"),
    ("tim_berners_lee", "Tim Berners-Lee"),
    ("john_bardeen", "John Bardeen"),
    ("walter_brattain", "Walter Brattain"),
    ("william_shockley", "William Shockley"),
    ("theodore_maiman", "Theodore Maiman"),
    ("johannes_gutenberg", "Johannes Gutenberg"),
    ("alfred_nobel", "Alfred Nobel"),
    ("guglielmo_marconi", "Guglielmo Marconi"),
    ("frank_whittle", "Frank Whittle"),
    ("hans_von_ohain", "Hans von Ohain"),
    ("orville_wright", "Orville Wright"),
    ("wilbur_wright", "Wilbur Wright"),
    ("james_watt", "James Watt"),
    ("john_logie_baird", "John Logie Baird"),
    ("jonas_salk", "Jonas Salk"),
    ("jack_kilby", "Jack Kilby"),
    ("akira_yoshino", "Akira Yoshino"),
    ("rene_laennec", "René Laennec"),
    ("auguste_lumiere", "Auguste Lumière"),
    ("louis_lumiere", "Louis Lumière"),
    ("laszlo_biro", "László Bíró"),
]

COUNTRIES = [
    ("united_states", "United States"),
    ("switzerland", "Switzerland"),
    ("germany", "Germany"),
    ("italy", "Italy"),
    ("britain", "Britain"),
    ("japan", "Japan"),
    ("france", "France"),
]

ORGANISATIONS = [
    ("menlo_park_laboratory", "Menlo Park laboratory"),
    ("cern", "CERN"),
    ("bell_labs", "Bell Labs"),
    ("hughes_research_laboratories", "Hughes Research Laboratories"),
    ("boulton_and_watt", "Boulton & Watt"),
    ("university_of_pittsburgh", "University of Pittsburgh"),
    ("texas_instruments", "Texas Instruments"),
    ("asahi_kasei", "Asahi Kasei"),
]

FIELDS = [
    ("telecommunications", "telecommunications"),
    ("sound_recording", "sound recording"),
    ("computing", "computing"),
    ("electronics", "electronics"),
    ("optics", "optics"),
    ("printing", "printing"),
    ("explosives", "explosives"),
    ("aviation", "aviation"),
    ("mechanical_engineering", "mechanical engineering"),
    ("broadcasting", "broadcasting"),
    ("medicine", "medicine"),
    ("energy_storage", "energy storage"),
    ("cinema", "cinema"),
    ("writing_instruments", "writing instruments"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in ITEMS:
        out.append(kgx.Entity(f"invention:{slug}", kind="item", type="invention", label=label, attrs={"year": year}))
    for prefix, rows_, typ in [("person", PEOPLE, "person"), ("country", COUNTRIES, "country"),
                               ("org", ORGANISATIONS, "organisation"), ("field", FIELDS, "field")]:
        for slug, label in rows_:
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


_FACTS = {
    # invention: (inventors, country, organisation, fields)
    "telephone": (["alexander_graham_bell"], "united_states", None, ["telecommunications"]),
    "phonograph": (["thomas_edison"], "united_states", "menlo_park_laboratory", ["sound_recording"]),
    "world_wide_web": (["tim_berners_lee"], "switzerland", "cern", ["computing"]),
    "transistor": (["john_bardeen", "walter_brattain", "william_shockley"], "united_states", "bell_labs", ["electronics"]),
    "laser": (["theodore_maiman"], "united_states", "hughes_research_laboratories", ["optics"]),
    "printing_press": (["johannes_gutenberg"], "germany", None, ["printing"]),
    "dynamite": (["alfred_nobel"], None, None, ["explosives"]),
    "wireless_telegraph": (["guglielmo_marconi"], "italy", None, ["telecommunications"]),
    "jet_engine": (["frank_whittle", "hans_von_ohain"], None, None, ["aviation"]),
    "wright_flyer": (["orville_wright", "wilbur_wright"], "united_states", None, ["aviation"]),
    "watt_steam_engine": (["james_watt"], "britain", "boulton_and_watt", ["mechanical_engineering"]),
    "mechanical_television": (["john_logie_baird"], "britain", None, ["broadcasting"]),
    "polio_vaccine": (["jonas_salk"], "united_states", "university_of_pittsburgh", ["medicine"]),
    "integrated_circuit": (["jack_kilby"], "united_states", "texas_instruments", ["electronics"]),
    "lithium_ion_battery": (["akira_yoshino"], "japan", "asahi_kasei", ["energy_storage"]),
    "stethoscope": (["rene_laennec"], "france", None, ["medicine"]),
    "cinematographe": (["auguste_lumiere", "louis_lumiere"], "france", None, ["cinema"]),
    "ballpoint_pen": (["laszlo_biro"], None, None, ["writing_instruments"]),
}

_RATINGS = {
    "ana": [("telephone", 5.0), ("world_wide_web", 4.5), ("dynamite", 1.5), ("stethoscope", 3.0)],
    "ben": [("wright_flyer", 4.0), ("jet_engine", 5.0), ("ballpoint_pen", 2.0), ("laser", 3.5)],
    "chen": [("transistor", 4.5), ("integrated_circuit", 5.0), ("printing_press", 1.0), ("phonograph", 2.5)],
    "dara": [("polio_vaccine", 5.0), ("cinematographe", 4.0), ("mechanical_television", 1.5), ("lithium_ion_battery", 3.0)],
    "emil": [("watt_steam_engine", 4.5), ("wireless_telegraph", 2.0), ("laser", 4.0), ("telephone", 0.5)],
}


def rows():
    out = []
    for slug, (inventors, country, org, fields) in _FACTS.items():
        item = f"invention:{slug}"
        for p in inventors:
            out.append((item, "invented_by", f"person:{p}"))
        if country:
            out.append((item, "originated_in", f"country:{country}"))
        if org:
            out.append((item, "developed_at", f"org:{org}"))
        for f in fields:
            out.append((item, "in_field", f"field:{f}"))
    for u, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{u}", "rated", f"invention:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind311")
