"""A small hand-built graph of real libraries (blind109)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("library",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("library",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("library",), range=("architect",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("library",), range=("person",)),
    kgx.Relation("library_type", phrase="is a", inverse_phrase="is the type of", domain=("library",), range=("library_kind",)),
    kgx.Relation("holds", phrase="holds", inverse_phrase="is held by", domain=("library",), range=("work",)),
]

_LIBRARIES = [
    # slug, label, year (founded / opened)
    ("library_of_congress", "Library of Congress", 1800),
    ("british_library", "British Library", 1973),
    ("bodleian_library", "Bodleian Library", 1602),
    ("new_york_public_library", "New York Public Library", 1895),
    ("boston_public_library", "Boston Public Library", 1848),
    ("trinity_college_library_dublin", "Trinity College Library Dublin", 1592),
    ("stockholm_public_library", "Stockholm Public Library", 1928),
    ("seattle_central_library", "Seattle Central Library", 2004),
    ("bibliotheca_alexandrina", "Bibliotheca Alexandrina", 2002),
    ("vatican_library", "Vatican Library", 1475),
    ("biblioteca_ambrosiana", "Biblioteca Ambrosiana", 1609),
    ("laurentian_library", "Laurentian Library", 1571),
    ("state_library_victoria", "State Library Victoria", 1856),
    ("morgan_library", "Morgan Library", 1906),
    ("john_rylands_library", "John Rylands Library", 1900),
    ("library_of_birmingham", "Library of Birmingham", 2013),
    ("royal_danish_library", "Royal Danish Library", 1648),
    ("folger_shakespeare_library", "Folger Shakespeare Library", 1932),
]

_ATTRIBUTES = [
    # cities
    ("city:washington_dc", "city", "Washington, D.C."),
    ("city:london", "city", "London"),
    ("city:oxford", "city", "Oxford"),
    ("city:new_york_city", "city", "New York City"),
    ("city:boston", "city", "Boston"),
    ("city:dublin", "city", "Dublin"),
    ("city:stockholm", "city", "Stockholm"),
    ("city:seattle", "city", "Seattle"),
    ("city:alexandria", "city", "Alexandria"),
    ("city:vatican_city", "city", "Vatican City"),
    ("city:milan", "city", "Milan"),
    ("city:florence", "city", "Florence"),
    ("city:melbourne", "city", "Melbourne"),
    ("city:manchester", "city", "Manchester"),
    ("city:birmingham", "city", "Birmingham"),
    ("city:copenhagen", "city", "Copenhagen"),
    # architects (people and firms)
    ("architect:colin_st_john_wilson", "architect", "Colin St John Wilson"),
    ("architect:carrere_and_hastings", "architect", "Carrère and Hastings"),
    ("architect:mckim_mead_and_white", "architect", "McKim, Mead & White"),
    ("architect:thomas_burgh", "architect", "Thomas Burgh"),
    ("architect:gunnar_asplund", "architect", "Gunnar Asplund"),
    ("architect:rem_koolhaas", "architect", "Rem Koolhaas"),
    ("architect:snohetta", "architect", "Snøhetta"),
    ("architect:michelangelo", "architect", "Michelangelo"),
    ("architect:joseph_reed", "architect", "Joseph Reed"),
    ("architect:basil_champneys", "architect", "Basil Champneys"),
    ("architect:mecanoo", "architect", "Mecanoo"),
    ("architect:schmidt_hammer_lassen", "architect", "Schmidt Hammer Lassen"),
    ("architect:paul_philippe_cret", "architect", "Paul Philippe Cret"),
    # founders
    ("person:thomas_bodley", "person", "Thomas Bodley"),
    ("person:federico_borromeo", "person", "Federico Borromeo"),
    ("person:sixtus_iv", "person", "Pope Sixtus IV"),
    ("person:redmond_barry", "person", "Redmond Barry"),
    ("person:j_p_morgan", "person", "J. P. Morgan"),
    ("person:enriqueta_rylands", "person", "Enriqueta Rylands"),
    ("person:frederick_iii", "person", "Frederick III"),
    ("person:henry_clay_folger", "person", "Henry Clay Folger"),
    # kinds of library
    ("kind:national_library", "library_kind", "national library"),
    ("kind:public_library", "library_kind", "public library"),
    ("kind:academic_library", "library_kind", "academic library"),
    ("kind:research_library", "library_kind", "research library"),
    ("kind:state_library", "library_kind", "state library"),
    # works held
    ("work:book_of_kells", "work", "Book of Kells"),
    ("work:lindisfarne_gospels", "work", "Lindisfarne Gospels"),
    ("work:codex_sinaiticus", "work", "Codex Sinaiticus"),
    ("work:codex_atlanticus", "work", "Codex Atlanticus"),
    ("work:codex_amiatinus", "work", "Codex Amiatinus"),
    ("work:codex_vaticanus", "work", "Codex Vaticanus"),
    ("work:rylands_papyrus_p52", "work", "Rylands Papyrus P52"),
    ("work:gutenberg_bible", "work", "Gutenberg Bible"),
    ("work:shakespeare_first_folio", "work", "Shakespeare First Folio"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in _LIBRARIES:
        out.append(kgx.Entity(f"library:{slug}", kind="item", type="library", label=label, attrs={"year": year}))
    for eid, typ, label in _ATTRIBUTES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label))
    for u in _USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


_FACTS = [
    # Library of Congress
    ("library_of_congress", "located_in", "city:washington_dc"),
    ("library_of_congress", "library_type", "kind:national_library"),
    ("library_of_congress", "holds", "work:gutenberg_bible"),
    # British Library
    ("british_library", "located_in", "city:london"),
    ("british_library", "library_type", "kind:national_library"),
    ("british_library", "designed_by", "architect:colin_st_john_wilson"),
    ("british_library", "holds", "work:lindisfarne_gospels"),
    ("british_library", "holds", "work:codex_sinaiticus"),
    # Bodleian Library
    ("bodleian_library", "located_in", "city:oxford"),
    ("bodleian_library", "library_type", "kind:academic_library"),
    ("bodleian_library", "founded_by", "person:thomas_bodley"),
    ("bodleian_library", "holds", "work:gutenberg_bible"),
    # New York Public Library
    ("new_york_public_library", "located_in", "city:new_york_city"),
    ("new_york_public_library", "library_type", "kind:public_library"),
    ("new_york_public_library", "designed_by", "architect:carrere_and_hastings"),
    # Boston Public Library
    ("boston_public_library", "located_in", "city:boston"),
    ("boston_public_library", "library_type", "kind:public_library"),
    ("boston_public_library", "designed_by", "architect:mckim_mead_and_white"),
    # Trinity College Library Dublin
    ("trinity_college_library_dublin", "located_in", "city:dublin"),
    ("trinity_college_library_dublin", "library_type", "kind:academic_library"),
    ("trinity_college_library_dublin", "designed_by", "architect:thomas_burgh"),
    ("trinity_college_library_dublin", "holds", "work:book_of_kells"),
    # Stockholm Public Library
    ("stockholm_public_library", "located_in", "city:stockholm"),
    ("stockholm_public_library", "library_type", "kind:public_library"),
    ("stockholm_public_library", "designed_by", "architect:gunnar_asplund"),
    # Seattle Central Library
    ("seattle_central_library", "located_in", "city:seattle"),
    ("seattle_central_library", "library_type", "kind:public_library"),
    ("seattle_central_library", "designed_by", "architect:rem_koolhaas"),
    # Bibliotheca Alexandrina
    ("bibliotheca_alexandrina", "located_in", "city:alexandria"),
    ("bibliotheca_alexandrina", "designed_by", "architect:snohetta"),
    # Vatican Library
    ("vatican_library", "located_in", "city:vatican_city"),
    ("vatican_library", "library_type", "kind:research_library"),
    ("vatican_library", "founded_by", "person:sixtus_iv"),
    ("vatican_library", "holds", "work:codex_vaticanus"),
    # Biblioteca Ambrosiana
    ("biblioteca_ambrosiana", "located_in", "city:milan"),
    ("biblioteca_ambrosiana", "founded_by", "person:federico_borromeo"),
    ("biblioteca_ambrosiana", "holds", "work:codex_atlanticus"),
    # Laurentian Library
    ("laurentian_library", "located_in", "city:florence"),
    ("laurentian_library", "designed_by", "architect:michelangelo"),
    ("laurentian_library", "holds", "work:codex_amiatinus"),
    # State Library Victoria
    ("state_library_victoria", "located_in", "city:melbourne"),
    ("state_library_victoria", "library_type", "kind:state_library"),
    ("state_library_victoria", "designed_by", "architect:joseph_reed"),
    ("state_library_victoria", "founded_by", "person:redmond_barry"),
    # Morgan Library
    ("morgan_library", "located_in", "city:new_york_city"),
    ("morgan_library", "library_type", "kind:research_library"),
    ("morgan_library", "designed_by", "architect:mckim_mead_and_white"),
    ("morgan_library", "founded_by", "person:j_p_morgan"),
    ("morgan_library", "holds", "work:gutenberg_bible"),
    # John Rylands Library
    ("john_rylands_library", "located_in", "city:manchester"),
    ("john_rylands_library", "library_type", "kind:academic_library"),
    ("john_rylands_library", "designed_by", "architect:basil_champneys"),
    ("john_rylands_library", "founded_by", "person:enriqueta_rylands"),
    ("john_rylands_library", "holds", "work:rylands_papyrus_p52"),
    # Library of Birmingham
    ("library_of_birmingham", "located_in", "city:birmingham"),
    ("library_of_birmingham", "library_type", "kind:public_library"),
    ("library_of_birmingham", "designed_by", "architect:mecanoo"),
    # Royal Danish Library
    ("royal_danish_library", "located_in", "city:copenhagen"),
    ("royal_danish_library", "library_type", "kind:national_library"),
    ("royal_danish_library", "designed_by", "architect:schmidt_hammer_lassen"),
    ("royal_danish_library", "founded_by", "person:frederick_iii"),
    # Folger Shakespeare Library
    ("folger_shakespeare_library", "located_in", "city:washington_dc"),
    ("folger_shakespeare_library", "library_type", "kind:research_library"),
    ("folger_shakespeare_library", "designed_by", "architect:paul_philippe_cret"),
    ("folger_shakespeare_library", "founded_by", "person:henry_clay_folger"),
    ("folger_shakespeare_library", "holds", "work:shakespeare_first_folio"),
]

_RATINGS = {
    "ana": [("bodleian_library", 5.0), ("trinity_college_library_dublin", 4.5), ("seattle_central_library", 1.5), ("morgan_library", 4.0)],
    "ben": [("british_library", 4.0), ("library_of_birmingham", 2.0), ("new_york_public_library", 5.0), ("vatican_library", 3.0)],
    "chen": [("stockholm_public_library", 4.5), ("laurentian_library", 5.0), ("library_of_congress", 1.0), ("john_rylands_library", 3.5)],
    "dara": [("folger_shakespeare_library", 4.5), ("biblioteca_ambrosiana", 2.0), ("state_library_victoria", 5.0), ("boston_public_library", 1.5)],
    "emil": [("royal_danish_library", 4.0), ("bibliotheca_alexandrina", 5.0), ("seattle_central_library", 4.5), ("bodleian_library", 0.5)],
}


def rows():
    out = []
    for slug, rel, tail in _FACTS:
        out.append((f"library:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"library:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind109")
