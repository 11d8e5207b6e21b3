"""A small typeface graph: well-known fonts with their designers, foundries, classifications,
the typefaces they drew on, the clients that commissioned them, and where the foundries were based."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation(
        "rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("typeface",)
    ),
    kgx.Relation(
        "designed_by",
        phrase="was designed by",
        inverse_phrase="designed",
        domain=("typeface",),
        range=("person",),
    ),
    kgx.Relation(
        "released_by",
        phrase="was released by",
        inverse_phrase="released",
        domain=("typeface",),
        range=("foundry",),
    ),
    kgx.Relation(
        "classified_as",
        phrase="is classified as",
        inverse_phrase="is the classification of",
        domain=("typeface",),
        range=("classification",),
    ),
    kgx.Relation(
        "based_on",
        phrase="is based on",
        inverse_phrase="was the model for",
        domain=("typeface",),
        range=("typeface",),
    ),
    kgx.Relation(
        "commissioned_by",
        phrase="was commissioned by",
        inverse_phrase="commissioned",
        domain=("typeface",),
        range=("organization",),
    ),
    kgx.Relation(
        "based_in", phrase="is based in", inverse_phrase="is home to", domain=("foundry",), range=("city",)
    ),
]

_ITEMS = [
    ("typeface:helvetica", "Helvetica", 1957),
    ("typeface:univers", "Univers", 1957),
    ("typeface:frutiger", "Frutiger", 1976),
    ("typeface:avenir", "Avenir", 1988),
    ("typeface:futura", "Futura", 1927),
    ("typeface:gill_sans", "Gill Sans", 1928),
    ("typeface:johnston", "Johnston", 1916),
    ("typeface:times_new_roman", "Times New Roman", 1932),
    ("typeface:baskerville", "Baskerville", 1757),
    ("typeface:bodoni", "Bodoni", 1798),
    ("typeface:palatino", "Palatino", 1949),
    ("typeface:optima", "Optima", 1958),
    ("typeface:rockwell", "Rockwell", 1934),
    ("typeface:akzidenz_grotesk", "Akzidenz-Grotesk", 1898),
    ("typeface:verdana", "Verdana", 1996),
    ("typeface:georgia", "Georgia", 1993),
    ("typeface:comic_sans_ms", "Comic Sans MS", 1994),
]

_ATTRS = [
    ("person:max_miedinger", "person", "Max Miedinger"),
    ("person:eduard_hoffmann", "person", "Eduard Hoffmann"),
    ("person:adrian_frutiger", "person", "Adrian Frutiger"),
    ("person:paul_renner", "person", "Paul Renner"),
    ("person:eric_gill", "person", "Eric Gill"),
    ("person:edward_johnston", "person", "Edward Johnston"),
    ("person:stanley_morison", "person", "Stanley Morison"),
    ("person:victor_lardent", "person", "Victor Lardent"),
    ("person:john_baskerville", "person", "John Baskerville"),
    ("person:giambattista_bodoni", "person", "Giambattista Bodoni"),
    ("person:hermann_zapf", "person", "Hermann Zapf"),
    ("person:frank_hinman_pierpont", "person", "Frank Hinman Pierpont"),
    ("person:matthew_carter", "person", "Matthew Carter"),
    ("person:vincent_connare", "person", "Vincent Connare"),
    ("foundry:haas_type_foundry", "foundry", "Haas Type Foundry"),
    ("foundry:deberny_et_peignot", "foundry", "Deberny & Peignot"),
    ("foundry:linotype", "foundry", "Linotype"),
    ("foundry:bauer_type_foundry", "foundry", "Bauer Type Foundry"),
    ("foundry:monotype", "foundry", "Monotype"),
    ("foundry:stempel", "foundry", "Stempel"),
    ("foundry:berthold", "foundry", "Berthold"),
    ("foundry:microsoft", "foundry", "Microsoft"),
    ("classification:neo_grotesque_sans_serif", "classification", "Neo-grotesque sans-serif"),
    ("classification:grotesque_sans_serif", "classification", "Grotesque sans-serif"),
    ("classification:humanist_sans_serif", "classification", "Humanist sans-serif"),
    ("classification:geometric_sans_serif", "classification", "Geometric sans-serif"),
    ("classification:transitional_serif", "classification", "Transitional serif"),
    ("classification:didone", "classification", "Didone"),
    ("classification:old_style_serif", "classification", "Old-style serif"),
    ("classification:slab_serif", "classification", "Slab serif"),
    ("classification:casual_script", "classification", "Casual script"),
    ("organization:london_underground", "organization", "London Underground"),
    ("organization:the_times", "organization", "The Times"),
    ("organization:charles_de_gaulle_airport", "organization", "Charles de Gaulle Airport"),
    ("city:paris", "city", "Paris"),
    ("city:frankfurt", "city", "Frankfurt"),
    ("city:berlin", "city", "Berlin"),
    ("city:redmond", "city", "Redmond"),
]

_USERS = ["ana", "ben", "chloe", "dev", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="typeface", label=lab, attrs={"year": y}) for i, lab, y in _ITEMS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, t, lab in _ATTRS]
    out += [kgx.Entity("user:" + u, kind="user", type="user", label=u) for u in _USERS]
    return out


def rows():
    t = "typeface:"
    r = [
        (t + "helvetica", "designed_by", "person:max_miedinger"),
        (t + "helvetica", "designed_by", "person:eduard_hoffmann"),
        (t + "univers", "designed_by", "person:adrian_frutiger"),
        (t + "frutiger", "designed_by", "person:adrian_frutiger"),
        (t + "avenir", "designed_by", "person:adrian_frutiger"),
        (t + "futura", "designed_by", "person:paul_renner"),
        (t + "gill_sans", "designed_by", "person:eric_gill"),
        (t + "johnston", "designed_by", "person:edward_johnston"),
        (t + "times_new_roman", "designed_by", "person:stanley_morison"),
        (t + "times_new_roman", "designed_by", "person:victor_lardent"),
        (t + "baskerville", "designed_by", "person:john_baskerville"),
        (t + "bodoni", "designed_by", "person:giambattista_bodoni"),
        (t + "palatino", "designed_by", "person:hermann_zapf"),
        (t + "optima", "designed_by", "person:hermann_zapf"),
        (t + "rockwell", "designed_by", "person:frank_hinman_pierpont"),
        (t + "verdana", "designed_by", "person:matthew_carter"),
        (t + "georgia", "designed_by", "person:matthew_carter"),
        (t + "comic_sans_ms", "designed_by", "person:vincent_connare"),
        (t + "helvetica", "released_by", "foundry:haas_type_foundry"),
        (t + "univers", "released_by", "foundry:deberny_et_peignot"),
        (t + "frutiger", "released_by", "foundry:linotype"),
        (t + "avenir", "released_by", "foundry:linotype"),
        (t + "futura", "released_by", "foundry:bauer_type_foundry"),
        (t + "gill_sans", "released_by", "foundry:monotype"),
        (t + "times_new_roman", "released_by", "foundry:monotype"),
        (t + "rockwell", "released_by", "foundry:monotype"),
        (t + "palatino", "released_by", "foundry:stempel"),
        (t + "optima", "released_by", "foundry:stempel"),
        (t + "akzidenz_grotesk", "released_by", "foundry:berthold"),
        (t + "verdana", "released_by", "foundry:microsoft"),
        (t + "georgia", "released_by", "foundry:microsoft"),
        (t + "comic_sans_ms", "released_by", "foundry:microsoft"),
        (t + "helvetica", "classified_as", "classification:neo_grotesque_sans_serif"),
        (t + "univers", "classified_as", "classification:neo_grotesque_sans_serif"),
        (t + "akzidenz_grotesk", "classified_as", "classification:grotesque_sans_serif"),
        (t + "frutiger", "classified_as", "classification:humanist_sans_serif"),
        (t + "gill_sans", "classified_as", "classification:humanist_sans_serif"),
        (t + "johnston", "classified_as", "classification:humanist_sans_serif"),
        (t + "optima", "classified_as", "classification:humanist_sans_serif"),
        (t + "verdana", "classified_as", "classification:humanist_sans_serif"),
        (t + "futura", "classified_as", "classification:geometric_sans_serif"),
        (t + "avenir", "classified_as", "classification:geometric_sans_serif"),
        (t + "times_new_roman", "classified_as", "classification:transitional_serif"),
        (t + "baskerville", "classified_as", "classification:transitional_serif"),
        (t + "georgia", "classified_as", "classification:transitional_serif"),
        (t + "bodoni", "classified_as", "classification:didone"),
        (t + "palatino", "classified_as", "classification:old_style_serif"),
        (t + "rockwell", "classified_as", "classification:slab_serif"),
        (t + "comic_sans_ms", "classified_as", "classification:casual_script"),
        (t + "gill_sans", "based_on", t + "johnston"),
        (t + "helvetica", "based_on", t + "akzidenz_grotesk"),
        (t + "avenir", "based_on", t + "futura"),
        (t + "johnston", "commissioned_by", "organization:london_underground"),
        (t + "times_new_roman", "commissioned_by", "organization:the_times"),
        (t + "frutiger", "commissioned_by", "organization:charles_de_gaulle_airport"),
        ("foundry:deberny_et_peignot", "based_in", "city:paris"),
        ("foundry:bauer_type_foundry", "based_in", "city:frankfurt"),
        ("foundry:stempel", "based_in", "city:frankfurt"),
        ("foundry:berthold", "based_in", "city:berlin"),
        ("foundry:microsoft", "based_in", "city:redmond"),
    ]
    ratings = [
        ("ana", "helvetica", 5.0),
        ("ana", "futura", 4.5),
        ("ana", "comic_sans_ms", 1.0),
        ("ana", "univers", 4.0),
        ("ben", "times_new_roman", 3.5),
        ("ben", "baskerville", 5.0),
        ("ben", "bodoni", 4.0),
        ("ben", "rockwell", 2.0),
        ("chloe", "gill_sans", 4.5),
        ("chloe", "johnston", 5.0),
        ("chloe", "verdana", 3.0),
        ("chloe", "optima", 4.0),
        ("dev", "georgia", 4.0),
        ("dev", "verdana", 4.5),
        ("dev", "comic_sans_ms", 2.5),
        ("dev", "palatino", 3.0),
        ("emil", "avenir", 5.0),
        ("emil", "frutiger", 4.5),
        ("emil", "akzidenz_grotesk", 3.5),
        ("emil", "helvetica", 2.0),
    ]
    r += [("user:" + u, "rated", t + i, {"rating": s}) for u, i, s in ratings]
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind63")
