"""A small graph of Italian Renaissance painters (blind278).

Items are painters; their `year` attribute is the year of birth (approximate
birth years follow the usual reference dates).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("painter",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("painter",), range=("city",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of",
                 domain=("painter",), range=("city",)),
    kgx.Relation("trained_under", phrase="trained under", inverse_phrase="taught",
                 domain=("painter",), range=("painter",)),
    kgx.Relation("painted", phrase="painted", inverse_phrase="was painted by",
                 domain=("painter",), range=("painting",)),
    kgx.Relation("member_of_school", phrase="belonged to", inverse_phrase="counted among its painters",
                 domain=("painter",), range=("school",)),
    kgx.Relation("also_worked_as", phrase="also worked as", inverse_phrase="was another occupation of",
                 domain=("painter",), range=("occupation",)),
]

PAINTERS = [
    # slug, label, birth year
    ("masaccio", "Masaccio", 1401),
    ("filippo_lippi", "Filippo Lippi", 1406),
    ("sandro_botticelli", "Sandro Botticelli", 1445),
    ("andrea_del_verrocchio", "Andrea del Verrocchio", 1435),
    ("leonardo_da_vinci", "Leonardo da Vinci", 1452),
    ("domenico_ghirlandaio", "Domenico Ghirlandaio", 1448),
    ("michelangelo", "Michelangelo", 1475),
    ("pietro_perugino", "Pietro Perugino", 1446),
    ("raphael", "Raphael", 1483),
    ("giovanni_bellini", "Giovanni Bellini", 1430),
    ("giorgione", "Giorgione", 1477),
    ("titian", "Titian", 1488),
    ("andrea_mantegna", "Andrea Mantegna", 1431),
    ("piero_della_francesca", "Piero della Francesca", 1415),
    ("paolo_uccello", "Paolo Uccello", 1397),
    ("tintoretto", "Tintoretto", 1518),
    ("paolo_veronese", "Paolo Veronese", 1528),
]

CITIES = {
    "florence": "Florence", "rome": "Rome", "venice": "Venice", "vinci": "Vinci",
    "amboise": "Amboise", "caprese": "Caprese", "urbino": "Urbino", "spoleto": "Spoleto",
    "citta_della_pieve": "Città della Pieve", "fontignano": "Fontignano",
    "castelfranco_veneto": "Castelfranco Veneto", "pieve_di_cadore": "Pieve di Cadore",
    "mantua": "Mantua", "isola_di_carturo": "Isola di Carturo", "sansepolcro": "Sansepolcro",
    "pratovecchio": "Pratovecchio", "verona": "Verona",
    "san_giovanni_valdarno": "San Giovanni Valdarno",
}

PAINTINGS = {
    "holy_trinity": "The Holy Trinity",
    "tribute_money": "The Tribute Money",
    "lippina": "Madonna and Child with Two Angels",
    "birth_of_venus": "The Birth of Venus",
    "primavera": "Primavera",
    "baptism_of_christ": "The Baptism of Christ",
    "mona_lisa": "Mona Lisa",
    "last_supper": "The Last Supper",
    "old_man_and_grandson": "An Old Man and His Grandson",
    "creation_of_adam": "The Creation of Adam",
    "doni_tondo": "Doni Tondo",
    "delivery_of_the_keys": "Delivery of the Keys",
    "school_of_athens": "The School of Athens",
    "sistine_madonna": "Sistine Madonna",
    "san_zaccaria_altarpiece": "San Zaccaria Altarpiece",
    "the_tempest": "The Tempest",
    "venus_of_urbino": "Venus of Urbino",
    "assumption_of_the_virgin": "Assumption of the Virgin",
    "lamentation_of_christ": "Lamentation of Christ",
    "flagellation_of_christ": "The Flagellation of Christ",
    "battle_of_san_romano": "The Battle of San Romano",
    "miracle_of_the_slave": "Miracle of the Slave",
    "wedding_at_cana": "The Wedding at Cana",
}

SCHOOLS = {
    "florentine_school": "Florentine School",
    "venetian_school": "Venetian School",
    "umbrian_school": "Umbrian School",
    "paduan_school": "Paduan School",
}

OCCUPATIONS = {
    "sculptor": "Sculptor", "architect": "Architect", "goldsmith": "Goldsmith",
    "engineer": "Engineer", "friar": "Friar", "mathematician": "Mathematician",
    "engraver": "Engraver", "poet": "Poet",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"painter:{slug}", kind="item", type="painter", label=label,
                      attrs={"year": year, "born": year}) for slug, label, year in PAINTERS]
    out += [kgx.Entity(f"city:{k}", kind="attribute", type="city", label=v) for k, v in CITIES.items()]
    out += [kgx.Entity(f"painting:{k}", kind="attribute", type="painting", label=v) for k, v in PAINTINGS.items()]
    out += [kgx.Entity(f"school:{k}", kind="attribute", type="school", label=v) for k, v in SCHOOLS.items()]
    out += [kgx.Entity(f"occupation:{k}", kind="attribute", type="occupation", label=v) for k, v in OCCUPATIONS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _p(slug):
    return f"painter:{slug}"


BORN = {
    "masaccio": "san_giovanni_valdarno", "filippo_lippi": "florence",
    "sandro_botticelli": "florence", "andrea_del_verrocchio": "florence",
    "leonardo_da_vinci": "vinci", "domenico_ghirlandaio": "florence",
    "michelangelo": "caprese", "pietro_perugino": "citta_della_pieve", "raphael": "urbino",
    "giovanni_bellini": "venice", "giorgione": "castelfranco_veneto", "titian": "pieve_di_cadore",
    "andrea_mantegna": "isola_di_carturo", "piero_della_francesca": "sansepolcro",
    "paolo_uccello": "pratovecchio", "tintoretto": "venice", "paolo_veronese": "verona",
}

DIED = {
    "masaccio": "rome", "filippo_lippi": "spoleto", "sandro_botticelli": "florence",
    "andrea_del_verrocchio": "venice", "leonardo_da_vinci": "amboise",
    "domenico_ghirlandaio": "florence", "michelangelo": "rome", "pietro_perugino": "fontignano",
    "raphael": "rome", "giovanni_bellini": "venice", "giorgione": "venice", "titian": "venice",
    "andrea_mantegna": "mantua", "piero_della_francesca": "sansepolcro",
    "paolo_uccello": "florence", "tintoretto": "venice", "paolo_veronese": "venice",
}

TRAINED_UNDER = [  # (student, teacher)
    ("sandro_botticelli", "filippo_lippi"),
    ("leonardo_da_vinci", "andrea_del_verrocchio"),
    ("pietro_perugino", "andrea_del_verrocchio"),
    ("michelangelo", "domenico_ghirlandaio"),
    ("raphael", "pietro_perugino"),
    ("giorgione", "giovanni_bellini"),
    ("titian", "giovanni_bellini"),
    ("tintoretto", "titian"),
]

PAINTED = [
    ("masaccio", "holy_trinity"), ("masaccio", "tribute_money"),
    ("filippo_lippi", "lippina"),
    ("sandro_botticelli", "birth_of_venus"), ("sandro_botticelli", "primavera"),
    ("andrea_del_verrocchio", "baptism_of_christ"),
    ("leonardo_da_vinci", "mona_lisa"), ("leonardo_da_vinci", "last_supper"),
    ("domenico_ghirlandaio", "old_man_and_grandson"),
    ("michelangelo", "creation_of_adam"), ("michelangelo", "doni_tondo"),
    ("pietro_perugino", "delivery_of_the_keys"),
    ("raphael", "school_of_athens"), ("raphael", "sistine_madonna"),
    ("giovanni_bellini", "san_zaccaria_altarpiece"),
    ("giorgione", "the_tempest"),
    ("titian", "venus_of_urbino"), ("titian", "assumption_of_the_virgin"),
    ("andrea_mantegna", "lamentation_of_christ"),
    ("piero_della_francesca", "flagellation_of_christ"),
    ("paolo_uccello", "battle_of_san_romano"),
    ("tintoretto", "miracle_of_the_slave"),
    ("paolo_veronese", "wedding_at_cana"),
]

SCHOOL_OF = {
    "masaccio": "florentine_school", "filippo_lippi": "florentine_school",
    "sandro_botticelli": "florentine_school", "andrea_del_verrocchio": "florentine_school",
    "leonardo_da_vinci": "florentine_school", "domenico_ghirlandaio": "florentine_school",
    "michelangelo": "florentine_school", "paolo_uccello": "florentine_school",
    "pietro_perugino": "umbrian_school", "raphael": "umbrian_school",
    "giovanni_bellini": "venetian_school", "giorgione": "venetian_school",
    "titian": "venetian_school", "tintoretto": "venetian_school",
    "paolo_veronese": "venetian_school", "andrea_mantegna": "paduan_school",
}

OTHER_WORK = [
    ("michelangelo", "sculptor"), ("michelangelo", "architect"), ("michelangelo", "poet"),
    ("leonardo_da_vinci", "engineer"),
    ("raphael", "architect"),
    ("andrea_del_verrocchio", "sculptor"), ("andrea_del_verrocchio", "goldsmith"),
    ("filippo_lippi", "friar"),
    ("piero_della_francesca", "mathematician"),
    ("andrea_mantegna", "engraver"),
]

RATINGS = {
    "ana": [("leonardo_da_vinci", 5.0), ("raphael", 4.5), ("sandro_botticelli", 2.0), ("titian", 4.0)],
    "ben": [("michelangelo", 5.0), ("giorgione", 3.0), ("tintoretto", 1.5), ("paolo_veronese", 4.0)],
    "chen": [("masaccio", 4.5), ("piero_della_francesca", 5.0), ("paolo_uccello", 3.5), ("andrea_mantegna", 1.0)],
    "dara": [("titian", 5.0), ("giovanni_bellini", 4.0), ("pietro_perugino", 2.5), ("filippo_lippi", 4.5)],
    "emil": [("andrea_del_verrocchio", 3.0), ("domenico_ghirlandaio", 4.0), ("leonardo_da_vinci", 2.0), ("sandro_botticelli", 5.0)],
}


def rows():
    out = []
    for p, c in BORN.items():
        out.append((_p(p), "born_in", f"city:{c}"))
    for p, c in DIED.items():
        out.append((_p(p), "died_in", f"city:{c}"))
    for s, t in TRAINED_UNDER:
        out.append((_p(s), "trained_under", _p(t)))
    for p, w in PAINTED:
        out.append((_p(p), "painted", f"painting:{w}"))
    for p, s in SCHOOL_OF.items():
        out.append((_p(p), "member_of_school", f"school:{s}"))
    for p, o in OTHER_WORK:
        out.append((_p(p), "also_worked_as", f"occupation:{o}"))
    for u, rs in RATINGS.items():
        for p, r in rs:
            out.append((f"user:{u}", "rated", _p(p), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind278")
