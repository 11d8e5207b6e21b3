"""blind295: a small graph of ancient Egyptian pharaohs.

Each pharaoh's ``year`` is the conventional year (BC) in which the reign began,
stored as a positive number; texts write it with "BC".
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("pharaoh",)),
    kgx.Relation("of_dynasty", phrase="belonged to the", inverse_phrase="included", domain=("pharaoh",), range=("dynasty",)),
    kgx.Relation("built", phrase="built", inverse_phrase="was built by", domain=("pharaoh",), range=("monument",)),
    kgx.Relation("buried_at", phrase="was buried at", inverse_phrase="is the burial place of", domain=("pharaoh",), range=("necropolis",)),
    kgx.Relation("child_of", phrase="was a child of", inverse_phrase="was a parent of", domain=("pharaoh",), range=("pharaoh",)),
    kgx.Relation("ruled_from", phrase="ruled from", inverse_phrase="was the capital of", domain=("pharaoh",), range=("city",)),
    kgx.Relation("married", phrase="was married to", inverse_phrase="was the wife of", domain=("pharaoh",), range=("queen",)),
]

PHARAOHS = [
    ("narmer", "Narmer", 3100),
    ("djoser", "Djoser", 2670),
    ("sneferu", "Sneferu", 2613),
    ("khufu", "Khufu", 2589),
    ("khafre", "Khafre", 2558),
    ("menkaure", "Menkaure", 2530),
    ("mentuhotep_ii", "Mentuhotep II", 2061),
    ("senusret_iii", "Senusret III", 1878),
    ("amenemhat_iii", "Amenemhat III", 1860),
    ("ahmose_i", "Ahmose I", 1550),
    ("thutmose_i", "Thutmose I", 1506),
    ("hatshepsut", "Hatshepsut", 1479),
    ("amenhotep_iii", "Amenhotep III", 1388),
    ("akhenaten", "Akhenaten", 1353),
    ("tutankhamun", "Tutankhamun", 1332),
    ("seti_i", "Seti I", 1290),
    ("ramesses_ii", "Ramesses II", 1279),
    ("ramesses_iii", "Ramesses III", 1186),
    ("cleopatra_vii", "Cleopatra VII", 51),
]

ATTRIBUTES = [
    # dynasties
    ("dynasty:first", "dynasty", "First Dynasty"),
    ("dynasty:third", "dynasty", "Third Dynasty"),
    ("dynasty:fourth", "dynasty", "Fourth Dynasty"),
    ("dynasty:eleventh", "dynasty", "Eleventh Dynasty"),
    ("dynasty:twelfth", "dynasty", "Twelfth Dynasty"),
    ("dynasty:eighteenth", "dynasty", "Eighteenth Dynasty"),
    ("dynasty:nineteenth", "dynasty", "Nineteenth Dynasty"),
    ("dynasty:twentieth", "dynasty", "Twentieth Dynasty"),
    ("dynasty:ptolemaic", "dynasty", "Ptolemaic dynasty"),
    # kinds of monument
    ("monument:step_pyramid", "monument", "Step pyramid"),
    ("monument:bent_pyramid", "monument", "Bent pyramid"),
    ("monument:pyramid", "monument", "Pyramid"),
    ("monument:sphinx", "monument", "Sphinx"),
    ("monument:mortuary_temple", "monument", "Mortuary temple"),
    ("monument:rock_cut_temple", "monument", "Rock-cut temple"),
    ("monument:obelisk", "monument", "Obelisk"),
    # burial grounds
    ("necropolis:abydos", "necropolis", "Abydos"),
    ("necropolis:saqqara", "necropolis", "Saqqara"),
    ("necropolis:dahshur", "necropolis", "Dahshur"),
    ("necropolis:giza", "necropolis", "Giza"),
    ("necropolis:deir_el_bahari", "necropolis", "Deir el-Bahari"),
    ("necropolis:hawara", "necropolis", "Hawara"),
    ("necropolis:valley_of_the_kings", "necropolis", "Valley of the Kings"),
    # capitals
    ("city:memphis", "city", "Memphis"),
    ("city:thebes", "city", "Thebes"),
    ("city:itjtawy", "city", "Itjtawy"),
    ("city:amarna", "city", "Amarna"),
    ("city:pi_ramesses", "city", "Pi-Ramesses"),
    ("city:alexandria", "city", "Alexandria"),
    # queens
    ("queen:meritites_i", "queen", "Meritites I"),
    ("queen:ahmose_nefertari", "queen", "Ahmose-Nefertari"),
    ("queen:tiye", "queen", "Tiye"),
    ("queen:nefertiti", "queen", "Nefertiti"),
    ("queen:ankhesenamun", "queen", "Ankhesenamun"),
    ("queen:nefertari", "queen", "Nefertari"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"pharaoh:{slug}", kind="item", type="pharaoh", label=label, attrs={"year": year})
           for slug, label, year in PHARAOHS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _p(slug):
    return f"pharaoh:{slug}"


DYNASTY = {
    "narmer": "first", "djoser": "third",
    "sneferu": "fourth", "khufu": "fourth", "khafre": "fourth", "menkaure": "fourth",
    "mentuhotep_ii": "eleventh",
    "senusret_iii": "twelfth", "amenemhat_iii": "twelfth",
    "ahmose_i": "eighteenth", "thutmose_i": "eighteenth", "hatshepsut": "eighteenth",
    "amenhotep_iii": "eighteenth", "akhenaten": "eighteenth", "tutankhamun": "eighteenth",
    "seti_i": "nineteenth", "ramesses_ii": "nineteenth",
    "ramesses_iii": "twentieth",
    "cleopatra_vii": "ptolemaic",
}

BUILT = [
    ("djoser", "step_pyramid"),
    ("sneferu", "bent_pyramid"), ("sneferu", "pyramid"),
    ("khufu", "pyramid"),
    ("khafre", "pyramid"), ("khafre", "sphinx"),
    ("menkaure", "pyramid"),
    ("mentuhotep_ii", "mortuary_temple"),
    ("senusret_iii", "pyramid"),
    ("amenemhat_iii", "pyramid"),
    ("ahmose_i", "pyramid"),
    ("thutmose_i", "obelisk"),
    ("hatshepsut", "mortuary_temple"), ("hatshepsut", "obelisk"),
    ("amenhotep_iii", "mortuary_temple"),
    ("seti_i", "mortuary_temple"),
    ("ramesses_ii", "rock_cut_temple"), ("ramesses_ii", "mortuary_temple"), ("ramesses_ii", "obelisk"),
    ("ramesses_iii", "mortuary_temple"),
]

BURIED = [
    ("narmer", "abydos"),
    ("djoser", "saqqara"),
    ("sneferu", "dahshur"),
    ("khufu", "giza"), ("khafre", "giza"), ("menkaure", "giza"),
    ("mentuhotep_ii", "deir_el_bahari"),
    ("amenemhat_iii", "hawara"),
    ("thutmose_i", "valley_of_the_kings"), ("hatshepsut", "valley_of_the_kings"),
    ("amenhotep_iii", "valley_of_the_kings"), ("tutankhamun", "valley_of_the_kings"),
    ("seti_i", "valley_of_the_kings"), ("ramesses_ii", "valley_of_the_kings"),
    ("ramesses_iii", "valley_of_the_kings"),
]

CHILD_OF = [
    ("khufu", "sneferu"),
    ("khafre", "khufu"),
    ("menkaure", "khafre"),
    ("amenemhat_iii", "senusret_iii"),
    ("hatshepsut", "thutmose_i"),
    ("akhenaten", "amenhotep_iii"),
    ("tutankhamun", "akhenaten"),
    ("ramesses_ii", "seti_i"),
]

RULED_FROM = [
    ("djoser", "memphis"), ("khufu", "memphis"),
    ("mentuhotep_ii", "thebes"), ("hatshepsut", "thebes"), ("amenhotep_iii", "thebes"),
    ("senusret_iii", "itjtawy"), ("amenemhat_iii", "itjtawy"),
    ("akhenaten", "amarna"),
    ("ramesses_ii", "pi_ramesses"),
    ("cleopatra_vii", "alexandria"),
]

MARRIED = [
    ("khufu", "meritites_i"),
    ("ahmose_i", "ahmose_nefertari"),
    ("amenhotep_iii", "tiye"),
    ("akhenaten", "nefertiti"),
    ("tutankhamun", "ankhesenamun"),
    ("ramesses_ii", "nefertari"),
]

RATINGS = {
    "ana": [("tutankhamun", 5.0), ("ramesses_ii", 4.5), ("cleopatra_vii", 2.0), ("khufu", 4.0)],
    "ben": [("hatshepsut", 4.5), ("akhenaten", 1.5), ("djoser", 3.0), ("narmer", 5.0)],
    "chen": [("khafre", 4.0), ("menkaure", 1.0), ("seti_i", 3.5), ("amenemhat_iii", 4.5)],
    "dara": [("sneferu", 2.5), ("ramesses_iii", 5.0), ("thutmose_i", 0.5), ("mentuhotep_ii", 4.0)],
    "emil": [("amenhotep_iii", 3.0), ("ahmose_i", 4.5), ("senusret_iii", 2.0), ("tutankhamun", 1.5)],
}


def rows():
    out = []
    for slug, dyn in DYNASTY.items():
        out.append((_p(slug), "of_dynasty", f"dynasty:{dyn}"))
    for slug, mon in BUILT:
        out.append((_p(slug), "built", f"monument:{mon}"))
    for slug, nec in BURIED:
        out.append((_p(slug), "buried_at", f"necropolis:{nec}"))
    for child, parent in CHILD_OF:
        out.append((_p(child), "child_of", _p(parent)))
    for slug, city in RULED_FROM:
        out.append((_p(slug), "ruled_from", f"city:{city}"))
    for slug, queen in MARRIED:
        out.append((_p(slug), "married", f"queen:{queen}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", _p(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind295")
