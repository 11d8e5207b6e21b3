"""blind132: a small graph of musical instruments (inventions and iconic models)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("instrument",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("instrument",), range=("person",)),
    kgx.Relation("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("instrument",), range=("company",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of", domain=("instrument",), range=("city",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("instrument",), range=("person",)),
    kgx.Relation("classified_as", phrase="is classified as", inverse_phrase="includes", domain=("instrument",), range=("instrument_class",)),
]

ITEMS = [
    ("fender_stratocaster", "Fender Stratocaster", 1954),
    ("fender_precision_bass", "Fender Precision Bass", 1951),
    ("gibson_les_paul", "Gibson Les Paul", 1952),
    ("moog_synthesizer", "Moog synthesizer", 1964),
    ("minimoog", "Minimoog", 1970),
    ("hammond_organ", "Hammond organ", 1935),
    ("theremin", "Theremin", 1920),
    ("ondes_martenot", "Ondes Martenot", 1928),
    ("saxophone", "Saxophone", 1846),
    ("piano", "Piano", 1700),
    ("celesta", "Celesta", 1886),
    ("sousaphone", "Sousaphone", 1893),
    ("roland_tr_808", "Roland TR-808", 1980),
    ("yamaha_dx7", "Yamaha DX7", 1983),
    ("stylophone", "Stylophone", 1967),
    ("accordion", "Accordion", 1829),
    ("fairlight_cmi", "Fairlight CMI", 1979),
]

PEOPLE = [
    ("leo_fender", "Leo Fender"),
    ("les_paul", "Les Paul"),
    ("robert_moog", "Robert Moog"),
    ("laurens_hammond", "Laurens Hammond"),
    ("leon_theremin", "Léon Theremin"),
    ("maurice_martenot", "Maurice Martenot"),
    ("adolphe_sax", "Adolphe Sax"),
    ("bartolomeo_cristofori", "Bartolomeo Cristofori"),
    ("auguste_mustel", "Auguste Mustel"),
    ("john_philip_sousa", "John Philip Sousa"),
    ("brian_jarvis", "Brian Jarvis"),
    ("cyrill_demian", "Cyrill Demian"),
    ("peter_vogel", "Peter Vogel"),
    ("kim_ryrie", "Kim Ryrie"),
]

COMPANIES = [
    ("fender", "Fender"),
    ("gibson", "Gibson"),
    ("moog_music", "Moog Music"),
    ("hammond_organ_company", "Hammond Organ Company"),
    ("roland", "Roland Corporation"),
    ("yamaha", "Yamaha Corporation"),
    ("dubreq", "Dubreq"),
    ("fairlight", "Fairlight"),
]

CITIES = [
    ("florence", "Florence"),
    ("paris", "Paris"),
    ("vienna", "Vienna"),
    ("sydney", "Sydney"),
    ("london", "London"),
    ("saint_petersburg", "Saint Petersburg"),
    ("trumansburg", "Trumansburg"),
    ("chicago", "Chicago"),
    ("fullerton", "Fullerton"),
    ("kalamazoo", "Kalamazoo"),
]

CLASSES = [
    ("electric_guitar", "Electric guitar"),
    ("bass_guitar", "Bass guitar"),
    ("synthesizer", "Synthesizer"),
    ("electric_organ", "Electric organ"),
    ("electronic_instrument", "Electronic instrument"),
    ("woodwind_instrument", "Woodwind instrument"),
    ("keyboard_instrument", "Keyboard instrument"),
    ("brass_instrument", "Brass instrument"),
    ("drum_machine", "Drum machine"),
    ("free_reed_instrument", "Free-reed instrument"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in ITEMS:
        out.append(kgx.Entity(f"instrument:{slug}", kind="item", type="instrument", label=label, attrs={"year": year}))
    for slug, label in PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in COMPANIES:
        out.append(kgx.Entity(f"company:{slug}", kind="attribute", type="company", label=label))
    for slug, label in CITIES:
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in CLASSES:
        out.append(kgx.Entity(f"class:{slug}", kind="attribute", type="instrument_class", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def _i(slug):
    return f"instrument:{slug}"


CREATED_BY = [
    ("fender_stratocaster", "leo_fender"),
    ("fender_precision_bass", "leo_fender"),
    ("moog_synthesizer", "robert_moog"),
    ("minimoog", "robert_moog"),
    ("hammond_organ", "laurens_hammond"),
    ("theremin", "leon_theremin"),
    ("ondes_martenot", "maurice_martenot"),
    ("saxophone", "adolphe_sax"),
    ("piano", "bartolomeo_cristofori"),
    ("celesta", "auguste_mustel"),
    ("stylophone", "brian_jarvis"),
    ("accordion", "cyrill_demian"),
    ("fairlight_cmi", "peter_vogel"),
    ("fairlight_cmi", "kim_ryrie"),
]

PRODUCED_BY = [
    ("fender_stratocaster", "fender"),
    ("fender_precision_bass", "fender"),
    ("gibson_les_paul", "gibson"),
    ("moog_synthesizer", "moog_music"),
    ("minimoog", "moog_music"),
    ("hammond_organ", "hammond_organ_company"),
    ("roland_tr_808", "roland"),
    ("yamaha_dx7", "yamaha"),
    ("stylophone", "dubreq"),
    ("fairlight_cmi", "fairlight"),
]

ORIGINATED_IN = [
    ("piano", "florence"),
    ("celesta", "paris"),
    ("ondes_martenot", "paris"),
    ("accordion", "vienna"),
    ("fairlight_cmi", "sydney"),
    ("stylophone", "london"),
    ("theremin", "saint_petersburg"),
    ("moog_synthesizer", "trumansburg"),
    ("hammond_organ", "chicago"),
    ("fender_stratocaster", "fullerton"),
    ("fender_precision_bass", "fullerton"),
    ("gibson_les_paul", "kalamazoo"),
]

NAMED_AFTER = [
    ("saxophone", "adolphe_sax"),
    ("sousaphone", "john_philip_sousa"),
    ("theremin", "leon_theremin"),
    ("ondes_martenot", "maurice_martenot"),
    ("gibson_les_paul", "les_paul"),
    ("hammond_organ", "laurens_hammond"),
    ("moog_synthesizer", "robert_moog"),
    ("minimoog", "robert_moog"),
]

CLASSIFIED_AS = [
    ("fender_stratocaster", "electric_guitar"),
    ("gibson_les_paul", "electric_guitar"),
    ("fender_precision_bass", "bass_guitar"),
    ("moog_synthesizer", "synthesizer"),
    ("minimoog", "synthesizer"),
    ("yamaha_dx7", "synthesizer"),
    ("fairlight_cmi", "synthesizer"),
    ("hammond_organ", "electric_organ"),
    ("theremin", "electronic_instrument"),
    ("ondes_martenot", "electronic_instrument"),
    ("stylophone", "electronic_instrument"),
    ("saxophone", "woodwind_instrument"),
    ("piano", "keyboard_instrument"),
    ("celesta", "keyboard_instrument"),
    ("sousaphone", "brass_instrument"),
    ("roland_tr_808", "drum_machine"),
    ("accordion", "free_reed_instrument"),
]

RATINGS = [
    ("ana", "fender_stratocaster", 5.0),
    ("ana", "theremin", 4.5),
    ("ana", "piano", 2.0),
    ("ana", "roland_tr_808", 3.5),
    ("ben", "minimoog", 4.0),
    ("ben", "saxophone", 1.5),
    ("ben", "gibson_les_paul", 4.5),
    ("ben", "accordion", 3.0),
    ("chen", "hammond_organ", 5.0),
    ("chen", "celesta", 4.0),
    ("chen", "yamaha_dx7", 1.0),
    ("chen", "fairlight_cmi", 2.5),
    ("dara", "ondes_martenot", 4.5),
    ("dara", "sousaphone", 2.0),
    ("dara", "stylophone", 5.0),
    ("dara", "fender_precision_bass", 3.0),
    ("emil", "moog_synthesizer", 4.0),
    ("emil", "piano", 5.0),
    ("emil", "theremin", 1.5),
    ("emil", "fender_stratocaster", 2.0),
]


def rows():
    out = []
    for a, b in CREATED_BY:
        out.append((_i(a), "created_by", f"person:{b}"))
    for a, b in PRODUCED_BY:
        out.append((_i(a), "produced_by", f"company:{b}"))
    for a, b in ORIGINATED_IN:
        out.append((_i(a), "originated_in", f"city:{b}"))
    for a, b in NAMED_AFTER:
        out.append((_i(a), "named_after", f"person:{b}"))
    for a, b in CLASSIFIED_AS:
        out.append((_i(a), "classified_as", f"class:{b}"))
    for u, item, r in RATINGS:
        out.append((f"user:{u}", "rated", _i(item), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind132")
