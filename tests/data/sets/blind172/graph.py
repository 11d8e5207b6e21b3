"""A small graph of ancient pyramids (blind172).

Years are the conventional (approximate) construction or completion years;
years before the common era are stored as negative numbers (-2560 = 2560 BC).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("pyramid",)),
    kgx.Relation("located_at", phrase="stands at", inverse_phrase="is the site of",
                 domain=("pyramid",), range=("site",)),
    kgx.Relation("in_country", phrase="is in", inverse_phrase="is home to",
                 domain=("pyramid",), range=("country",)),
    kgx.Relation("built_for", phrase="was built for", inverse_phrase="is commemorated by",
                 domain=("pyramid",), range=("person",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("pyramid",), range=("person",)),
    kgx.Relation("has_form", phrase="is a", inverse_phrase="is the form of",
                 domain=("pyramid",), range=("form",)),
    kgx.Relation("dates_from", phrase="dates from", inverse_phrase="saw the construction of",
                 domain=("pyramid",), range=("period",)),
]

# slug, label, year
_PYRAMIDS = [
    ("djoser", "Pyramid of Djoser", -2670),
    ("bent", "Bent Pyramid", -2600),
    ("red", "Red Pyramid", -2590),
    ("khufu", "Great Pyramid of Giza", -2560),
    ("khafre", "Pyramid of Khafre", -2570),
    ("menkaure", "Pyramid of Menkaure", -2510),
    ("unas", "Pyramid of Unas", -2345),
    ("black", "Black Pyramid", -1860),
    ("taharqa", "Pyramid of Taharqa", -664),
    ("cestius", "Pyramid of Cestius", -12),
    ("sun", "Pyramid of the Sun", 200),
    ("moon", "Pyramid of the Moon", 250),
    ("cholula", "Great Pyramid of Cholula", -300),
    ("inscriptions", "Temple of the Inscriptions", 683),
    ("tikal_temple_i", "Tikal Temple I", 732),
]

_ATTRIBUTES = [
    # sites
    ("site:saqqara", "site", "Saqqara"),
    ("site:dahshur", "site", "Dahshur"),
    ("site:giza", "site", "Giza"),
    ("site:nuri", "site", "Nuri"),
    ("site:rome", "site", "Rome"),
    ("site:teotihuacan", "site", "Teotihuacan"),
    ("site:cholula", "site", "Cholula"),
    ("site:palenque", "site", "Palenque"),
    ("site:tikal", "site", "Tikal"),
    # countries
    ("country:egypt", "country", "Egypt"),
    ("country:sudan", "country", "Sudan"),
    ("country:italy", "country", "Italy"),
    ("country:mexico", "country", "Mexico"),
    ("country:guatemala", "country", "Guatemala"),
    # people
    ("person:djoser", "person", "Djoser"),
    ("person:sneferu", "person", "Sneferu"),
    ("person:khufu", "person", "Khufu"),
    ("person:khafre", "person", "Khafre"),
    ("person:menkaure", "person", "Menkaure"),
    ("person:unas", "person", "Unas"),
    ("person:amenemhat_iii", "person", "Amenemhat III"),
    ("person:taharqa", "person", "Taharqa"),
    ("person:gaius_cestius", "person", "Gaius Cestius"),
    ("person:pakal", "person", "K'inich Janaab Pakal"),
    ("person:jasaw_chan_kawiil_i", "person", "Jasaw Chan K'awiil I"),
    ("person:imhotep", "person", "Imhotep"),
    ("person:hemiunu", "person", "Hemiunu"),
    # forms
    ("form:step_pyramid", "form", "step pyramid"),
    ("form:smooth_sided_pyramid", "form", "smooth-sided pyramid"),
    ("form:bent_pyramid", "form", "bent pyramid"),
    # periods
    ("period:third_dynasty", "period", "Third Dynasty"),
    ("period:fourth_dynasty", "period", "Fourth Dynasty"),
    ("period:fifth_dynasty", "period", "Fifth Dynasty"),
    ("period:twelfth_dynasty", "period", "Twelfth Dynasty"),
    ("period:twenty_fifth_dynasty", "period", "Twenty-fifth Dynasty"),
    ("period:late_classic", "period", "Late Classic period"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"pyramid:{slug}", kind="item", type="pyramid", label=label,
                      attrs={"year": year})
           for slug, label, year in _PYRAMIDS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


# pyramid slug -> site, country, built_for, form, period
_FACTS = {
    "djoser": ("saqqara", "egypt", "djoser", "step_pyramid", "third_dynasty"),
    "bent": ("dahshur", "egypt", "sneferu", "bent_pyramid", "fourth_dynasty"),
    "red": ("dahshur", "egypt", "sneferu", "smooth_sided_pyramid", "fourth_dynasty"),
    "khufu": ("giza", "egypt", "khufu", "smooth_sided_pyramid", "fourth_dynasty"),
    "khafre": ("giza", "egypt", "khafre", "smooth_sided_pyramid", "fourth_dynasty"),
    "menkaure": ("giza", "egypt", "menkaure", "smooth_sided_pyramid", "fourth_dynasty"),
    "unas": ("saqqara", "egypt", "unas", "smooth_sided_pyramid", "fifth_dynasty"),
    "black": ("dahshur", "egypt", "amenemhat_iii", "smooth_sided_pyramid", "twelfth_dynasty"),
    "taharqa": ("nuri", "sudan", "taharqa", None, "twenty_fifth_dynasty"),
    "cestius": ("rome", "italy", "gaius_cestius", "smooth_sided_pyramid", None),
    "sun": ("teotihuacan", "mexico", None, "step_pyramid", None),
    "moon": ("teotihuacan", "mexico", None, "step_pyramid", None),
    "cholula": ("cholula", "mexico", None, None, None),
    "inscriptions": ("palenque", "mexico", "pakal", "step_pyramid", "late_classic"),
    "tikal_temple_i": ("tikal", "guatemala", "jasaw_chan_kawiil_i", "step_pyramid", "late_classic"),
}

_DESIGNERS = {"djoser": "imhotep", "khufu": "hemiunu"}

_RATINGS = {
    "ana": [("khufu", 5.0), ("djoser", 4.5), ("cestius", 2.0), ("sun", 4.0)],
    "ben": [("red", 3.5), ("bent", 4.0), ("tikal_temple_i", 5.0), ("black", 1.5)],
    "chen": [("inscriptions", 4.5), ("moon", 2.5), ("cholula", 1.0), ("khafre", 4.0)],
    "dara": [("menkaure", 5.0), ("unas", 2.0), ("taharqa", 4.5), ("khufu", 3.0)],
    "emil": [("sun", 1.5), ("djoser", 3.0), ("red", 5.0), ("tikal_temple_i", 4.0)],
}


def rows():
    out = []
    for slug, (site, country, person, form, period) in _FACTS.items():
        p = f"pyramid:{slug}"
        out.append((p, "located_at", f"site:{site}"))
        out.append((p, "in_country", f"country:{country}"))
        if person:
            out.append((p, "built_for", f"person:{person}"))
        if form:
            out.append((p, "has_form", f"form:{form}"))
        if period:
            out.append((p, "dates_from", f"period:{period}"))
    for slug, person in _DESIGNERS.items():
        out.append((f"pyramid:{slug}", "designed_by", f"person:{person}"))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"pyramid:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind172")
