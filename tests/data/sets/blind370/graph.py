"""A small graph of Egyptian pharaohs (blind370).

Each pharaoh's ``year`` is the conventional first year of the reign (the accession year),
written as a negative number for a year BC (-1332 is 1332 BC). Dates follow the usual
modern chronologies and are approximate, as all Egyptian regnal dates are.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("pharaoh",)),
    kgx.Relation("of_dynasty", phrase="belonged to", inverse_phrase="included",
                 domain=("pharaoh",), range=("dynasty",)),
    kgx.Relation("reigned_during", phrase="reigned during", inverse_phrase="was the age of",
                 domain=("pharaoh",), range=("period",)),
    kgx.Relation("buried_at", phrase="was buried at", inverse_phrase="is the burial place of",
                 domain=("pharaoh",), range=("site",)),
    kgx.Relation("tomb_kind", phrase="was laid to rest in a", inverse_phrase="was the kind of tomb of",
                 domain=("pharaoh",), range=("tomb_kind",)),
    kgx.Relation("built", phrase="built", inverse_phrase="was built by",
                 domain=("pharaoh",), range=("monument",)),
]

# slug, label, accession year (negative = BC)
PHARAOHS = [
    ("narmer", "Narmer", -3100),
    ("djoser", "Djoser", -2670),
    ("sneferu", "Sneferu", -2613),
    ("khufu", "Khufu", -2589),
    ("khafre", "Khafre", -2558),
    ("menkaure", "Menkaure", -2532),
    ("mentuhotep_ii", "Mentuhotep II", -2055),
    ("senusret_iii", "Senusret III", -1878),
    ("ahmose_i", "Ahmose I", -1550),
    ("hatshepsut", "Hatshepsut", -1479),
    ("thutmose_iii", "Thutmose III", -1479),
    ("amenhotep_iii", "Amenhotep III", -1391),
    ("akhenaten", "Akhenaten", -1353),
    ("tutankhamun", "Tutankhamun", -1332),
    ("horemheb", "Horemheb", -1319),
    ("seti_i", "Seti I", -1290),
    ("ramesses_ii", "Ramesses II", -1279),
    ("ramesses_iii", "Ramesses III", -1186),
    ("taharqa", "Taharqa", -690),
    ("cleopatra_vii", "Cleopatra VII", -51),
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
    ("dynasty:twenty_fifth", "dynasty", "Twenty-fifth Dynasty"),
    ("dynasty:ptolemaic", "dynasty", "Ptolemaic Dynasty"),
    # periods
    ("period:early_dynastic", "period", "Early Dynastic Period"),
    ("period:old_kingdom", "period", "Old Kingdom"),
    ("period:middle_kingdom", "period", "Middle Kingdom"),
    ("period:new_kingdom", "period", "New Kingdom"),
    ("period:third_intermediate", "period", "Third Intermediate Period"),
    ("period:ptolemaic", "period", "Ptolemaic Period"),
    # burial sites
    ("site:abydos", "site", "Abydos"),
    ("site:saqqara", "site", "Saqqara"),
    ("site:dahshur", "site", "Dahshur"),
    ("site:giza", "site", "Giza"),
    ("site:deir_el_bahari", "site", "Deir el-Bahari"),
    ("site:valley_of_the_kings", "site", "Valley of the Kings"),
    ("site:amarna", "site", "Amarna"),
    ("site:nuri", "site", "Nuri"),
    # kinds of tomb
    ("tomb_kind:pyramid", "tomb_kind", "pyramid"),
    ("tomb_kind:step_pyramid", "tomb_kind", "step pyramid"),
    ("tomb_kind:rock_cut_tomb", "tomb_kind", "rock-cut tomb"),
    # monuments
    ("monument:pyramid_of_djoser", "monument", "Pyramid of Djoser"),
    ("monument:bent_pyramid", "monument", "Bent Pyramid"),
    ("monument:red_pyramid", "monument", "Red Pyramid"),
    ("monument:great_pyramid", "monument", "Great Pyramid of Giza"),
    ("monument:pyramid_of_khafre", "monument", "Pyramid of Khafre"),
    ("monument:pyramid_of_menkaure", "monument", "Pyramid of Menkaure"),
    ("monument:temple_of_mentuhotep_ii", "monument", "Mortuary Temple of Mentuhotep II"),
    ("monument:pyramid_of_senusret_iii", "monument", "Pyramid of Senusret III"),
    ("monument:pyramid_of_ahmose", "monument", "Pyramid of Ahmose"),
    ("monument:temple_of_hatshepsut", "monument", "Mortuary Temple of Hatshepsut"),
    ("monument:akh_menu", "monument", "Akh-menu"),
    ("monument:colossi_of_memnon", "monument", "Colossi of Memnon"),
    ("monument:luxor_temple", "monument", "Luxor Temple"),
    ("monument:great_aten_temple", "monument", "Great Temple of the Aten"),
    ("monument:temple_of_seti_i", "monument", "Temple of Seti I"),
    ("monument:abu_simbel", "monument", "Abu Simbel temples"),
    ("monument:ramesseum", "monument", "Ramesseum"),
    ("monument:medinet_habu", "monument", "Medinet Habu"),
    ("monument:kiosk_of_taharqa", "monument", "Kiosk of Taharqa"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "narmer": {"of_dynasty": ["dynasty:first"], "reigned_during": ["period:early_dynastic"],
               "buried_at": ["site:abydos"]},
    "djoser": {"of_dynasty": ["dynasty:third"], "reigned_during": ["period:old_kingdom"],
               "buried_at": ["site:saqqara"], "tomb_kind": ["tomb_kind:step_pyramid"],
               "built": ["monument:pyramid_of_djoser"]},
    "sneferu": {"of_dynasty": ["dynasty:fourth"], "reigned_during": ["period:old_kingdom"],
                "buried_at": ["site:dahshur"], "tomb_kind": ["tomb_kind:pyramid"],
                "built": ["monument:bent_pyramid", "monument:red_pyramid"]},
    "khufu": {"of_dynasty": ["dynasty:fourth"], "reigned_during": ["period:old_kingdom"],
              "buried_at": ["site:giza"], "tomb_kind": ["tomb_kind:pyramid"],
              "built": ["monument:great_pyramid"]},
    "khafre": {"of_dynasty": ["dynasty:fourth"], "reigned_during": ["period:old_kingdom"],
               "buried_at": ["site:giza"], "tomb_kind": ["tomb_kind:pyramid"],
               "built": ["monument:pyramid_of_khafre"]},
    "menkaure": {"of_dynasty": ["dynasty:fourth"], "reigned_during": ["period:old_kingdom"],
                 "buried_at": ["site:giza"], "tomb_kind": ["tomb_kind:pyramid"],
                 "built": ["monument:pyramid_of_menkaure"]},
    "mentuhotep_ii": {"of_dynasty": ["dynasty:eleventh"], "reigned_during": ["period:middle_kingdom"],
                      "buried_at": ["site:deir_el_bahari"],
                      "built": ["monument:temple_of_mentuhotep_ii"]},
    "senusret_iii": {"of_dynasty": ["dynasty:twelfth"], "reigned_during": ["period:middle_kingdom"],
                     "built": ["monument:pyramid_of_senusret_iii"]},
    "ahmose_i": {"of_dynasty": ["dynasty:eighteenth"], "reigned_during": ["period:new_kingdom"],
                 "built": ["monument:pyramid_of_ahmose"]},
    "hatshepsut": {"of_dynasty": ["dynasty:eighteenth"], "reigned_during": ["period:new_kingdom"],
                   "buried_at": ["site:valley_of_the_kings"], "tomb_kind": ["tomb_kind:rock_cut_tomb"],
                   "built": ["monument:temple_of_hatshepsut"]},
    "thutmose_iii": {"of_dynasty": ["dynasty:eighteenth"], "reigned_during": ["period:new_kingdom"],
                     "buried_at": ["site:valley_of_the_kings"], "tomb_kind": ["tomb_kind:rock_cut_tomb"],
                     "built": ["monument:akh_menu"]},
    "amenhotep_iii": {"of_dynasty": ["dynasty:eighteenth"], "reigned_during": ["period:new_kingdom"],
                      "buried_at": ["site:valley_of_the_kings"], "tomb_kind": ["tomb_kind:rock_cut_tomb"],
                      "built": ["monument:colossi_of_memnon", "monument:luxor_temple"]},
    "akhenaten": {"of_dynasty": ["dynasty:eighteenth"], "reigned_during": ["period:new_kingdom"],
                  "buried_at": ["site:amarna"], "tomb_kind": ["tomb_kind:rock_cut_tomb"],
                  "built": ["monument:great_aten_temple"]},
    "tutankhamun": {"of_dynasty": ["dynasty:eighteenth"], "reigned_during": ["period:new_kingdom"],
                    "buried_at": ["site:valley_of_the_kings"], "tomb_kind": ["tomb_kind:rock_cut_tomb"]},
    "horemheb": {"of_dynasty": ["dynasty:eighteenth"], "reigned_during": ["period:new_kingdom"],
                 "buried_at": ["site:valley_of_the_kings"], "tomb_kind": ["tomb_kind:rock_cut_tomb"]},
    "seti_i": {"of_dynasty": ["dynasty:nineteenth"], "reigned_during": ["period:new_kingdom"],
               "buried_at": ["site:valley_of_the_kings"], "tomb_kind": ["tomb_kind:rock_cut_tomb"],
               "built": ["monument:temple_of_seti_i"]},
    "ramesses_ii": {"of_dynasty": ["dynasty:nineteenth"], "reigned_during": ["period:new_kingdom"],
                    "buried_at": ["site:valley_of_the_kings"], "tomb_kind": ["tomb_kind:rock_cut_tomb"],
                    "built": ["monument:abu_simbel", "monument:ramesseum"]},
    "ramesses_iii": {"of_dynasty": ["dynasty:twentieth"], "reigned_during": ["period:new_kingdom"],
                     "buried_at": ["site:valley_of_the_kings"], "tomb_kind": ["tomb_kind:rock_cut_tomb"],
                     "built": ["monument:medinet_habu"]},
    "taharqa": {"of_dynasty": ["dynasty:twenty_fifth"], "reigned_during": ["period:third_intermediate"],
                "buried_at": ["site:nuri"], "tomb_kind": ["tomb_kind:pyramid"],
                "built": ["monument:kiosk_of_taharqa"]},
    "cleopatra_vii": {"of_dynasty": ["dynasty:ptolemaic"], "reigned_during": ["period:ptolemaic"]},
}

RATINGS = {
    "ana": [("khufu", 5.0), ("tutankhamun", 4.5), ("ramesses_ii", 2.0), ("djoser", 3.0)],
    "ben": [("hatshepsut", 4.0), ("akhenaten", 1.5), ("cleopatra_vii", 5.0), ("seti_i", 3.5)],
    "chen": [("ramesses_ii", 4.5), ("narmer", 2.5), ("thutmose_iii", 4.0), ("menkaure", 1.0)],
    "dara": [("taharqa", 5.0), ("khafre", 3.0), ("amenhotep_iii", 4.0), ("horemheb", 2.0)],
    "emil": [("sneferu", 4.5), ("mentuhotep_ii", 0.5), ("ramesses_iii", 3.5), ("tutankhamun", 1.5)],
}


def entities():
    out = [kgx.Entity(f"pharaoh:{slug}", kind="item", type="pharaoh", label=label,
                      attrs={"year": year})
           for slug, label, year in PHARAOHS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"pharaoh:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"pharaoh:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind370")
