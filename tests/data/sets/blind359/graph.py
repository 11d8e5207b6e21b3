"""A small graph of chemists (blind359). Item year = year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("chemist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("chemist",), range=("place",)),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="was the workplace of", domain=("chemist",), range=("institution",)),
    kgx.Relation("discovered", phrase="discovered", inverse_phrase="was discovered by", domain=("chemist",), range=("element",)),
    kgx.Relation("received", phrase="received", inverse_phrase="was awarded to", domain=("chemist",), range=("award",)),
    kgx.Relation("field", phrase="worked in the field of", inverse_phrase="was the field of", domain=("chemist",), range=("field",)),
]

CHEMISTS = [
    ("marie_curie", "Marie Curie", 1867),
    ("dmitri_mendeleev", "Dmitri Mendeleev", 1834),
    ("humphry_davy", "Humphry Davy", 1778),
    ("michael_faraday", "Michael Faraday", 1791),
    ("linus_pauling", "Linus Pauling", 1901),
    ("dorothy_hodgkin", "Dorothy Hodgkin", 1910),
    ("glenn_seaborg", "Glenn T. Seaborg", 1912),
    ("william_ramsay", "William Ramsay", 1852),
    ("robert_bunsen", "Robert Bunsen", 1811),
    ("carl_wilhelm_scheele", "Carl Wilhelm Scheele", 1742),
    ("henry_cavendish", "Henry Cavendish", 1731),
    ("otto_hahn", "Otto Hahn", 1879),
    ("frederick_sanger", "Frederick Sanger", 1918),
    ("rosalind_franklin", "Rosalind Franklin", 1920),
    ("fritz_haber", "Fritz Haber", 1868),
    ("jons_jacob_berzelius", "Jöns Jacob Berzelius", 1779),
    ("irene_joliot_curie", "Irène Joliot-Curie", 1897),
    ("ahmed_zewail", "Ahmed Zewail", 1946),
]

PLACES = ["Warsaw", "Tobolsk", "Penzance", "London", "Portland", "Cairo", "Ishpeming", "Glasgow",
          "Göttingen", "Stralsund", "Nice", "Frankfurt", "Rendcomb", "Breslau", "Väversunda",
          "Paris", "Damanhur"]

INSTITUTIONS = ["University of Paris", "Radium Institute", "Saint Petersburg University", "Royal Institution",
                "California Institute of Technology", "University of Oxford",
                "University of California, Berkeley", "University College London", "Heidelberg University",
                "Kaiser Wilhelm Institute for Chemistry", "University of Cambridge", "King's College London",
                "Kaiser Wilhelm Institute for Physical Chemistry", "Karolinska Institute"]

ELEMENTS = ["polonium", "radium", "sodium", "potassium", "calcium", "plutonium", "americium", "curium",
            "argon", "neon", "krypton", "xenon", "caesium", "rubidium", "chlorine", "hydrogen",
            "protactinium", "cerium", "selenium", "thorium"]

AWARDS = ["Nobel Prize in Chemistry", "Nobel Prize in Physics", "Nobel Peace Prize", "Copley Medal", "Davy Medal"]

FIELDS = ["radiochemistry", "nuclear chemistry", "inorganic chemistry", "electrochemistry", "quantum chemistry",
          "X-ray crystallography", "spectroscopy", "pneumatic chemistry", "biochemistry", "physical chemistry",
          "femtochemistry"]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def slug(label):
    s = label.lower()
    for a, b in [("ö", "o"), ("ä", "a"), ("è", "e"), ("'", ""), (",", ""), ("-", "_"), (" ", "_"), (".", "")]:
        s = s.replace(a, b)
    return s


def entities():
    out = [kgx.Entity(f"chemist:{s}", kind="item", type="chemist", label=lab, attrs={"year": y}) for s, lab, y in CHEMISTS]
    for typ, labels in [("place", PLACES), ("institution", INSTITUTIONS), ("element", ELEMENTS),
                        ("award", AWARDS), ("field", FIELDS)]:
        out += [kgx.Entity(f"{typ}:{slug(lab)}", kind="attribute", type=typ, label=lab[0].upper() + lab[1:]) for lab in labels]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    # chemist: (birthplace, [institutions], [elements], [awards], [fields])
    "marie_curie": ("Warsaw", ["University of Paris", "Radium Institute"], ["polonium", "radium"],
                    ["Nobel Prize in Physics", "Nobel Prize in Chemistry"], ["radiochemistry"]),
    "dmitri_mendeleev": ("Tobolsk", ["Saint Petersburg University"], [], ["Copley Medal", "Davy Medal"],
                         ["inorganic chemistry"]),
    "humphry_davy": ("Penzance", ["Royal Institution"], ["sodium", "potassium", "calcium"], ["Copley Medal"],
                     ["electrochemistry"]),
    "michael_faraday": ("London", ["Royal Institution"], [], ["Copley Medal"], ["electrochemistry"]),
    "linus_pauling": ("Portland", ["California Institute of Technology"], [],
                      ["Nobel Prize in Chemistry", "Nobel Peace Prize", "Davy Medal"], ["quantum chemistry"]),
    "dorothy_hodgkin": ("Cairo", ["University of Oxford"], [], ["Nobel Prize in Chemistry", "Copley Medal"],
                        ["X-ray crystallography"]),
    "glenn_seaborg": ("Ishpeming", ["University of California, Berkeley"], ["plutonium", "americium", "curium"],
                      ["Nobel Prize in Chemistry"], ["nuclear chemistry"]),
    "william_ramsay": ("Glasgow", ["University College London"], ["argon", "neon", "krypton", "xenon"],
                       ["Nobel Prize in Chemistry", "Davy Medal"], ["inorganic chemistry"]),
    "robert_bunsen": ("Göttingen", ["Heidelberg University"], ["caesium", "rubidium"],
                      ["Copley Medal", "Davy Medal"], ["spectroscopy"]),
    "carl_wilhelm_scheele": ("Stralsund", [], ["chlorine"], [], []),
    "henry_cavendish": ("Nice", [], ["hydrogen"], ["Copley Medal"], ["pneumatic chemistry"]),
    "otto_hahn": ("Frankfurt", ["Kaiser Wilhelm Institute for Chemistry"], ["protactinium"],
                  ["Nobel Prize in Chemistry"], ["radiochemistry"]),
    "frederick_sanger": ("Rendcomb", ["University of Cambridge"], [], ["Nobel Prize in Chemistry", "Copley Medal"],
                         ["biochemistry"]),
    "rosalind_franklin": ("London", ["King's College London"], [], [], ["X-ray crystallography"]),
    "fritz_haber": ("Breslau", ["Kaiser Wilhelm Institute for Physical Chemistry"], [], ["Nobel Prize in Chemistry"],
                    ["physical chemistry"]),
    "jons_jacob_berzelius": ("Väversunda", ["Karolinska Institute"], ["cerium", "selenium", "thorium"],
                             ["Copley Medal"], []),
    "irene_joliot_curie": ("Paris", ["Radium Institute"], [], ["Nobel Prize in Chemistry"], ["nuclear chemistry"]),
    "ahmed_zewail": ("Damanhur", ["California Institute of Technology"], [], ["Nobel Prize in Chemistry"],
                     ["femtochemistry"]),
}

RATINGS = {
    "ana": {"marie_curie": 5.0, "linus_pauling": 4.5, "dorothy_hodgkin": 4.0, "humphry_davy": 2.0},
    "ben": {"dmitri_mendeleev": 5.0, "michael_faraday": 4.0, "fritz_haber": 1.5, "glenn_seaborg": 3.0},
    "chen": {"rosalind_franklin": 5.0, "frederick_sanger": 4.5, "william_ramsay": 2.0, "robert_bunsen": 3.5},
    "dara": {"ahmed_zewail": 4.0, "jons_jacob_berzelius": 1.0, "otto_hahn": 4.5, "henry_cavendish": 3.0},
    "emil": {"carl_wilhelm_scheele": 2.0, "irene_joliot_curie": 5.0, "humphry_davy": 4.0, "dmitri_mendeleev": 3.0},
}


def rows():
    out = []
    for c, (place, insts, elems, awards, fields) in FACTS.items():
        h = f"chemist:{c}"
        out.append((h, "born_in", f"place:{slug(place)}"))
        out += [(h, "worked_at", f"institution:{slug(i)}") for i in insts]
        out += [(h, "discovered", f"element:{slug(e)}") for e in elems]
        out += [(h, "received", f"award:{slug(a)}") for a in awards]
        out += [(h, "field", f"field:{slug(f)}") for f in fields]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"chemist:{c}", {"rating": r}) for c, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind359")
