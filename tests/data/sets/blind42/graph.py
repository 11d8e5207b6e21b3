"""A small graph of scientists and their discoveries for the blind42 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with scientists
(items, ``year`` = year of birth), fields, institutions, prizes, discoveries and countries
(attributes), doctoral advisors (scientist to scientist), and a few readers (users) who rated
scientists' profiles. Relations declare only ``phrase`` / ``inverse_phrase``, as a new user of the
library would.

Note: "radioactivity" is a field, and also what Henri Becquerel discovered.
"""

from __future__ import annotations

import kgexplain as kgx

SCIENTISTS = {
    # id: (label, year of birth)
    "sci:marie_curie": ("Marie Curie", 1867),
    "sci:pierre_curie": ("Pierre Curie", 1859),
    "sci:henri_becquerel": ("Henri Becquerel", 1852),
    "sci:jj_thomson": ("J. J. Thomson", 1856),
    "sci:ernest_rutherford": ("Ernest Rutherford", 1871),
    "sci:niels_bohr": ("Niels Bohr", 1885),
    "sci:arnold_sommerfeld": ("Arnold Sommerfeld", 1868),
    "sci:werner_heisenberg": ("Werner Heisenberg", 1901),
    "sci:wolfgang_pauli": ("Wolfgang Pauli", 1900),
    "sci:max_born": ("Max Born", 1882),
    "sci:lise_meitner": ("Lise Meitner", 1878),
    "sci:otto_hahn": ("Otto Hahn", 1879),
    "sci:dorothy_hodgkin": ("Dorothy Hodgkin", 1910),
    "sci:linus_pauling": ("Linus Pauling", 1901),
    "sci:barbara_mcclintock": ("Barbara McClintock", 1902),
    "sci:alexander_fleming": ("Alexander Fleming", 1881),
    "sci:enrico_fermi": ("Enrico Fermi", 1901),
    "sci:emmy_noether": ("Emmy Noether", 1882),
}

ATTRIBUTES = {
    # fields
    "field:physics": ("field", "physics"),
    "field:chemistry": ("field", "chemistry"),
    "field:radioactivity": ("field", "radioactivity"),
    "field:quantum_mechanics": ("field", "quantum mechanics"),
    "field:nuclear_physics": ("field", "nuclear physics"),
    "field:genetics": ("field", "genetics"),
    "field:bacteriology": ("field", "bacteriology"),
    "field:mathematics": ("field", "mathematics"),
    # discoveries
    "disc:polonium": ("discovery", "polonium"),
    "disc:radium": ("discovery", "radium"),
    "disc:piezoelectricity": ("discovery", "piezoelectricity"),
    "disc:electron": ("discovery", "the electron"),
    "disc:atomic_nucleus": ("discovery", "the atomic nucleus"),
    "disc:uncertainty_principle": ("discovery", "the uncertainty principle"),
    "disc:exclusion_principle": ("discovery", "the exclusion principle"),
    "disc:nuclear_fission": ("discovery", "nuclear fission"),
    "disc:b12_structure": ("discovery", "the structure of vitamin B12"),
    "disc:alpha_helix": ("discovery", "the alpha helix"),
    "disc:transposons": ("discovery", "transposons"),
    "disc:penicillin": ("discovery", "penicillin"),
    "disc:noethers_theorem": ("discovery", "Noether's theorem"),
    # institutions
    "inst:paris": ("institution", "University of Paris"),
    "inst:polytechnique": ("institution", "École Polytechnique"),
    "inst:cambridge": ("institution", "University of Cambridge"),
    "inst:manchester": ("institution", "University of Manchester"),
    "inst:copenhagen": ("institution", "University of Copenhagen"),
    "inst:munich": ("institution", "University of Munich"),
    "inst:gottingen": ("institution", "University of Göttingen"),
    "inst:eth": ("institution", "ETH Zurich"),
    "inst:kwi": ("institution", "Kaiser Wilhelm Institute"),
    "inst:oxford": ("institution", "University of Oxford"),
    "inst:caltech": ("institution", "Caltech"),
    "inst:cshl": ("institution", "Cold Spring Harbor Laboratory"),
    "inst:st_marys": ("institution", "St Mary's Hospital"),
    "inst:chicago": ("institution", "University of Chicago"),
    # prizes
    "prize:nobel_physics": ("prize", "Nobel Prize in Physics"),
    "prize:nobel_chemistry": ("prize", "Nobel Prize in Chemistry"),
    "prize:nobel_medicine": ("prize", "Nobel Prize in Physiology or Medicine"),
    "prize:nobel_peace": ("prize", "Nobel Peace Prize"),
    "prize:copley": ("prize", "Copley Medal"),
    "prize:planck_medal": ("prize", "Max Planck Medal"),
    # countries
    "country:poland": ("country", "Poland"),
    "country:france": ("country", "France"),
    "country:uk": ("country", "United Kingdom"),
    "country:new_zealand": ("country", "New Zealand"),
    "country:denmark": ("country", "Denmark"),
    "country:germany": ("country", "Germany"),
    "country:austria": ("country", "Austria"),
    "country:usa": ("country", "United States"),
    "country:italy": ("country", "Italy"),
}

USERS = {
    "user:ada": "Ada",
    "user:ben": "Ben",
    "user:chloe": "Chloe",
    "user:dev": "Dev",
    "user:emma": "Emma",
}

# scientist: fields, institutions, prizes, discoveries, countries, doctoral advisor
FACTS = {
    "sci:marie_curie": (["field:physics", "field:chemistry", "field:radioactivity"], ["inst:paris"],
                        ["prize:nobel_physics", "prize:nobel_chemistry"], ["disc:polonium", "disc:radium"],
                        ["country:poland", "country:france"], "sci:henri_becquerel"),
    "sci:pierre_curie": (["field:physics"], ["inst:paris"], ["prize:nobel_physics"],
                         ["disc:polonium", "disc:radium", "disc:piezoelectricity"], ["country:france"], None),
    "sci:henri_becquerel": (["field:physics"], ["inst:polytechnique"], ["prize:nobel_physics"],
                            ["field:radioactivity"], ["country:france"], None),
    "sci:jj_thomson": (["field:physics"], ["inst:cambridge"], ["prize:nobel_physics", "prize:copley"],
                       ["disc:electron"], ["country:uk"], None),
    "sci:ernest_rutherford": (["field:nuclear_physics"], ["inst:manchester", "inst:cambridge"],
                              ["prize:nobel_chemistry", "prize:copley"], ["disc:atomic_nucleus"],
                              ["country:new_zealand"], "sci:jj_thomson"),
    "sci:niels_bohr": (["field:physics", "field:quantum_mechanics"], ["inst:copenhagen", "inst:manchester"],
                       ["prize:nobel_physics", "prize:planck_medal"], [], ["country:denmark"], None),
    "sci:arnold_sommerfeld": (["field:physics"], ["inst:munich"], ["prize:planck_medal"], [],
                              ["country:germany"], None),
    "sci:werner_heisenberg": (["field:quantum_mechanics"], ["inst:gottingen", "inst:kwi"],
                              ["prize:nobel_physics", "prize:planck_medal"], ["disc:uncertainty_principle"],
                              ["country:germany"], "sci:arnold_sommerfeld"),
    "sci:wolfgang_pauli": (["field:quantum_mechanics"], ["inst:eth"], ["prize:nobel_physics", "prize:planck_medal"],
                           ["disc:exclusion_principle"], ["country:austria"], "sci:arnold_sommerfeld"),
    "sci:max_born": (["field:quantum_mechanics"], ["inst:gottingen"], ["prize:nobel_physics", "prize:planck_medal"],
                     [], ["country:germany"], None),
    "sci:lise_meitner": (["field:nuclear_physics"], ["inst:kwi"], ["prize:planck_medal"], ["disc:nuclear_fission"],
                         ["country:austria"], None),
    "sci:otto_hahn": (["field:chemistry", "field:radioactivity"], ["inst:kwi"],
                      ["prize:nobel_chemistry", "prize:planck_medal"], ["disc:nuclear_fission"],
                      ["country:germany"], None),
    "sci:dorothy_hodgkin": (["field:chemistry"], ["inst:oxford"], ["prize:nobel_chemistry", "prize:copley"],
                            ["disc:b12_structure"], ["country:uk"], None),
    "sci:linus_pauling": (["field:chemistry"], ["inst:caltech"], ["prize:nobel_chemistry", "prize:nobel_peace"],
                          ["disc:alpha_helix"], ["country:usa"], None),
    "sci:barbara_mcclintock": (["field:genetics"], ["inst:cshl"], ["prize:nobel_medicine"], ["disc:transposons"],
                               ["country:usa"], None),
    "sci:alexander_fleming": (["field:bacteriology"], ["inst:st_marys"], ["prize:nobel_medicine"],
                              ["disc:penicillin"], ["country:uk"], None),
    "sci:enrico_fermi": (["field:nuclear_physics"], ["inst:chicago"], ["prize:nobel_physics", "prize:planck_medal"],
                         [], ["country:italy"], None),
    "sci:emmy_noether": (["field:mathematics"], ["inst:gottingen"], [], ["disc:noethers_theorem"],
                         ["country:germany"], None),
}

RATINGS = [
    ("user:ada", "sci:marie_curie", 5),
    ("user:ada", "sci:pierre_curie", 4),
    ("user:ada", "sci:lise_meitner", 5),
    ("user:ada", "sci:niels_bohr", 2),
    ("user:ada", "sci:dorothy_hodgkin", 3),
    ("user:ben", "sci:werner_heisenberg", 5),
    ("user:ben", "sci:max_born", 4),
    ("user:ben", "sci:enrico_fermi", 1),
    ("user:ben", "sci:ernest_rutherford", 3),
    ("user:chloe", "sci:barbara_mcclintock", 5),
    ("user:chloe", "sci:alexander_fleming", 4),
    ("user:chloe", "sci:linus_pauling", 2),
    ("user:chloe", "sci:emmy_noether", 4),
    ("user:dev", "sci:jj_thomson", 4),
    ("user:dev", "sci:ernest_rutherford", 5),
    ("user:dev", "sci:otto_hahn", 3),
    ("user:dev", "sci:wolfgang_pauli", 2),
    ("user:dev", "sci:henri_becquerel", 4),
    ("user:emma", "sci:dorothy_hodgkin", 5),
    ("user:emma", "sci:linus_pauling", 4),
    ("user:emma", "sci:arnold_sommerfeld", 1),
    ("user:emma", "sci:marie_curie", 3),
]

RELATIONS = [
    kgx.Relation("read_about", phrase="read about", inverse_phrase="was read about by"),
    kgx.Relation("field", phrase="worked in", inverse_phrase="is the field of"),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="employed"),
    kgx.Relation("won", phrase="won", inverse_phrase="was awarded to"),
    kgx.Relation("discovered", phrase="discovered", inverse_phrase="was discovered by"),
    kgx.Relation("doctoral_advisor", phrase="was a doctoral student of",
                 inverse_phrase="was the doctoral advisor of"),
    kgx.Relation("nationality", phrase="is from", inverse_phrase="is the home country of"),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for sci, (fields, insts, prizes, discs, countries, advisor) in FACTS.items():
        out += [(sci, "field", f) for f in fields]
        out += [(sci, "worked_at", i) for i in insts]
        out += [(sci, "won", p) for p in prizes]
        out += [(sci, "discovered", d) for d in discs]
        out += [(sci, "nationality", c) for c in countries]
        if advisor:
            out.append((sci, "doctoral_advisor", advisor))
    out += [(u, "read_about", s, {"rating": float(r)}) for u, s, r in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="scientist", label=lab, attrs={"year": year, "born": year})
            for i, (lab, year) in SCIENTISTS.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind42 scientists graph (18 scientists, 50 attributes, 5 readers)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind42")
