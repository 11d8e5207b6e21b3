"""blind152: a small graph of medieval manuscripts, declared in code.

Years are the usual (often approximate) dates given for each manuscript's making.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("manuscript",)),
    kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds",
                 domain=("manuscript",), range=("institution",)),
    kgx.Relation("written_in", phrase="is written in", inverse_phrase="is the language of",
                 domain=("manuscript",), range=("language",)),
    kgx.Relation("produced_in", phrase="was produced in", inverse_phrase="is the place of origin of",
                 domain=("manuscript",), range=("place",)),
    kgx.Relation("illuminated_by", phrase="was illuminated by", inverse_phrase="illuminated",
                 domain=("manuscript",), range=("person",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=("manuscript",), range=("person",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of",
                 domain=("manuscript",), range=("kind",)),
]

_MANUSCRIPTS = [
    # slug, label, year, aliases
    ("book_of_kells", "Book of Kells", 800, ()),
    ("lindisfarne_gospels", "Lindisfarne Gospels", 715, ()),
    ("book_of_durrow", "Book of Durrow", 680, ()),
    ("codex_amiatinus", "Codex Amiatinus", 716, ()),
    ("utrecht_psalter", "Utrecht Psalter", 830, ()),
    ("vienna_dioscurides", "Vienna Dioscurides", 512, ()),
    ("luttrell_psalter", "Luttrell Psalter", 1330, ()),
    ("tres_riches_heures", "Très Riches Heures du Duc de Berry", 1412, ("Très Riches Heures",)),
    ("belles_heures", "Belles Heures", 1409, ("Belles Heures of Jean de France, Duc de Berry",)),
    ("hours_of_jeanne_devreux", "Hours of Jeanne d'Évreux", 1324, ()),
    ("hours_of_catherine_of_cleves", "Hours of Catherine of Cleves", 1440, ()),
    ("domesday_book", "Domesday Book", 1086, ()),
    ("nowell_codex", "Nowell Codex", 1000, ("Beowulf manuscript",)),
    ("ellesmere_chaucer", "Ellesmere Chaucer", 1405, ()),
    ("codex_manesse", "Codex Manesse", 1304, ()),
    ("winchester_bible", "Winchester Bible", 1160, ()),
    ("exeter_book", "Exeter Book", 975, ()),
]

_ATTRIBUTES = [
    # id, type, label, aliases
    ("institution:trinity_college_dublin", "institution", "Trinity College Dublin", ()),
    ("institution:british_library", "institution", "British Library", ()),
    ("institution:laurenziana", "institution", "Biblioteca Medicea Laurenziana", ()),
    ("institution:utrecht_university_library", "institution", "Utrecht University Library", ()),
    ("institution:austrian_national_library", "institution", "Austrian National Library", ()),
    ("institution:musee_conde", "institution", "Musée Condé", ()),
    ("institution:met_cloisters", "institution", "The Met Cloisters", ("The Cloisters",)),
    ("institution:morgan_library", "institution", "Morgan Library & Museum", ()),
    ("institution:national_archives", "institution", "The National Archives", ()),
    ("institution:huntington_library", "institution", "Huntington Library", ()),
    ("institution:heidelberg_university_library", "institution", "Heidelberg University Library", ()),
    ("institution:winchester_cathedral", "institution", "Winchester Cathedral", ()),
    ("institution:exeter_cathedral_library", "institution", "Exeter Cathedral Library", ()),
    ("language:latin", "language", "Latin", ()),
    ("language:greek", "language", "Greek", ()),
    ("language:old_english", "language", "Old English", ()),
    ("language:middle_english", "language", "Middle English", ()),
    ("language:middle_high_german", "language", "Middle High German", ()),
    ("place:lindisfarne", "place", "Lindisfarne", ()),
    ("place:monkwearmouth_jarrow", "place", "Monkwearmouth–Jarrow Abbey", ()),
    ("place:constantinople", "place", "Constantinople", ()),
    ("place:zurich", "place", "Zürich", ()),
    ("place:winchester", "place", "Winchester", ()),
    ("person:eadfrith", "person", "Eadfrith of Lindisfarne", ()),
    ("person:limbourg_brothers", "person", "Limbourg brothers", ()),
    ("person:jean_pucelle", "person", "Jean Pucelle", ()),
    ("person:master_of_catherine_of_cleves", "person", "Master of Catherine of Cleves", ()),
    ("person:john_duke_of_berry", "person", "John, Duke of Berry", ("Jean de Berry",)),
    ("person:geoffrey_luttrell", "person", "Geoffrey Luttrell", ()),
    ("person:charles_iv_of_france", "person", "Charles IV of France", ()),
    ("person:catherine_of_cleves", "person", "Catherine of Cleves", ()),
    ("person:william_the_conqueror", "person", "William the Conqueror", ()),
    ("person:ceolfrith", "person", "Ceolfrith", ()),
    ("kind:gospel_book", "kind", "gospel book", ()),
    ("kind:bible", "kind", "bible", ()),
    ("kind:psalter", "kind", "psalter", ()),
    ("kind:book_of_hours", "kind", "book of hours", ()),
    ("kind:herbal", "kind", "herbal", ()),
    ("kind:survey", "kind", "survey", ()),
    ("kind:songbook", "kind", "songbook", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"manuscript:{slug}", kind="item", type="manuscript", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _MANUSCRIPTS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=aliases)
            for eid, typ, label, aliases in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _m(slug):
    return f"manuscript:{slug}"


_FACTS = {
    # manuscript slug: [(relation, tail_id), ...]
    "book_of_kells": [("has_kind", "kind:gospel_book"), ("written_in", "language:latin"),
                      ("held_by", "institution:trinity_college_dublin")],
    "lindisfarne_gospels": [("has_kind", "kind:gospel_book"), ("written_in", "language:latin"),
                            ("held_by", "institution:british_library"),
                            ("produced_in", "place:lindisfarne"),
                            ("illuminated_by", "person:eadfrith")],
    "book_of_durrow": [("has_kind", "kind:gospel_book"), ("written_in", "language:latin"),
                       ("held_by", "institution:trinity_college_dublin")],
    "codex_amiatinus": [("has_kind", "kind:bible"), ("written_in", "language:latin"),
                        ("held_by", "institution:laurenziana"),
                        ("produced_in", "place:monkwearmouth_jarrow"),
                        ("commissioned_by", "person:ceolfrith")],
    "utrecht_psalter": [("has_kind", "kind:psalter"), ("written_in", "language:latin"),
                        ("held_by", "institution:utrecht_university_library")],
    "vienna_dioscurides": [("has_kind", "kind:herbal"), ("written_in", "language:greek"),
                           ("held_by", "institution:austrian_national_library"),
                           ("produced_in", "place:constantinople")],
    "luttrell_psalter": [("has_kind", "kind:psalter"), ("written_in", "language:latin"),
                         ("held_by", "institution:british_library"),
                         ("commissioned_by", "person:geoffrey_luttrell")],
    "tres_riches_heures": [("has_kind", "kind:book_of_hours"), ("written_in", "language:latin"),
                           ("held_by", "institution:musee_conde"),
                           ("illuminated_by", "person:limbourg_brothers"),
                           ("commissioned_by", "person:john_duke_of_berry")],
    "belles_heures": [("has_kind", "kind:book_of_hours"), ("written_in", "language:latin"),
                      ("held_by", "institution:met_cloisters"),
                      ("illuminated_by", "person:limbourg_brothers"),
                      ("commissioned_by", "person:john_duke_of_berry")],
    "hours_of_jeanne_devreux": [("has_kind", "kind:book_of_hours"), ("written_in", "language:latin"),
                                ("held_by", "institution:met_cloisters"),
                                ("illuminated_by", "person:jean_pucelle"),
                                ("commissioned_by", "person:charles_iv_of_france")],
    "hours_of_catherine_of_cleves": [("has_kind", "kind:book_of_hours"),
                                     ("written_in", "language:latin"),
                                     ("held_by", "institution:morgan_library"),
                                     ("illuminated_by", "person:master_of_catherine_of_cleves"),
                                     ("commissioned_by", "person:catherine_of_cleves")],
    "domesday_book": [("has_kind", "kind:survey"), ("written_in", "language:latin"),
                      ("held_by", "institution:national_archives"),
                      ("commissioned_by", "person:william_the_conqueror")],
    "nowell_codex": [("written_in", "language:old_english"),
                     ("held_by", "institution:british_library")],
    "ellesmere_chaucer": [("written_in", "language:middle_english"),
                          ("held_by", "institution:huntington_library")],
    "codex_manesse": [("has_kind", "kind:songbook"), ("written_in", "language:middle_high_german"),
                      ("held_by", "institution:heidelberg_university_library"),
                      ("produced_in", "place:zurich")],
    "winchester_bible": [("has_kind", "kind:bible"), ("written_in", "language:latin"),
                         ("held_by", "institution:winchester_cathedral"),
                         ("produced_in", "place:winchester")],
    "exeter_book": [("written_in", "language:old_english"),
                    ("held_by", "institution:exeter_cathedral_library")],
}

_RATINGS = {
    "ana": [("book_of_kells", 5.0), ("lindisfarne_gospels", 4.5), ("tres_riches_heures", 4.0),
            ("domesday_book", 1.5)],
    "ben": [("domesday_book", 4.5), ("nowell_codex", 5.0), ("ellesmere_chaucer", 3.0),
            ("book_of_durrow", 2.0)],
    "chen": [("tres_riches_heures", 5.0), ("belles_heures", 4.5),
             ("hours_of_catherine_of_cleves", 3.5), ("luttrell_psalter", 1.0)],
    "dara": [("codex_manesse", 4.0), ("vienna_dioscurides", 5.0), ("utrecht_psalter", 2.5),
             ("winchester_bible", 4.5)],
    "emil": [("codex_amiatinus", 3.5), ("exeter_book", 4.0), ("hours_of_jeanne_devreux", 2.0),
             ("book_of_kells", 0.5)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((_m(slug), rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", _m(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind152")
