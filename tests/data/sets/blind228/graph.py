"""A small soft drinks knowledge graph (blind228)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("soft_drink",)),
    kgx.Relation("created_by", phrase="was invented by", inverse_phrase="invented",
                 domain=("soft_drink",), range=("person",)),
    kgx.Relation("originated_in", phrase="was first made in", inverse_phrase="is the birthplace of",
                 domain=("soft_drink",), range=("city", "country")),
    kgx.Relation("produced_by", phrase="is produced by", inverse_phrase="produces",
                 domain=("soft_drink",), range=("company",)),
    kgx.Relation("has_flavor", phrase="is flavored with", inverse_phrase="is the flavor of",
                 domain=("soft_drink",), range=("flavor",)),
]

_ITEMS = [
    ("coca_cola", "Coca-Cola", 1886),
    ("pepsi", "Pepsi", 1893),
    ("dr_pepper", "Dr Pepper", 1885),
    ("fanta", "Fanta", 1940),
    ("sprite", "Sprite", 1961),
    ("seven_up", "7 Up", 1929),
    ("irn_bru", "Irn-Bru", 1901),
    ("inca_kola", "Inca Kola", 1935),
    ("mountain_dew", "Mountain Dew", 1940),
    ("fresca", "Fresca", 1966),
    ("orangina", "Orangina", 1935),
    ("canada_dry", "Canada Dry", 1904),
    ("barqs", "Barq's", 1898),
    ("aw_root_beer", "A&W Root Beer", 1919),
    ("vimto", "Vimto", 1908),
    ("mirinda", "Mirinda", 1959),
    ("almdudler", "Almdudler", 1957),
    ("kinnie", "Kinnie", 1952),
]

_ATTRS = [
    # people
    ("person:john_pemberton", "person", "John Pemberton"),
    ("person:caleb_bradham", "person", "Caleb Bradham"),
    ("person:charles_alderton", "person", "Charles Alderton"),
    ("person:max_keith", "person", "Max Keith"),
    ("person:charles_leiper_grigg", "person", "Charles Leiper Grigg"),
    ("person:joseph_robinson_lindley", "person", "Joseph Robinson Lindley"),
    ("person:barney_hartman", "person", "Barney Hartman"),
    ("person:ally_hartman", "person", "Ally Hartman"),
    ("person:john_mclaughlin", "person", "John J. McLaughlin"),
    ("person:edward_barq", "person", "Edward Barq"),
    ("person:roy_allen", "person", "Roy W. Allen"),
    ("person:john_noel_nichols", "person", "John Noel Nichols"),
    ("person:erwin_klein", "person", "Erwin Klein"),
    # cities
    ("city:atlanta", "city", "Atlanta"),
    ("city:new_bern", "city", "New Bern"),
    ("city:waco", "city", "Waco"),
    ("city:st_louis", "city", "St. Louis"),
    ("city:falkirk", "city", "Falkirk"),
    ("city:lima", "city", "Lima"),
    ("city:knoxville", "city", "Knoxville"),
    ("city:toronto", "city", "Toronto"),
    ("city:biloxi", "city", "Biloxi"),
    ("city:lodi", "city", "Lodi"),
    ("city:manchester", "city", "Manchester"),
    # countries
    ("country:germany", "country", "Germany"),
    ("country:france", "country", "France"),
    ("country:spain", "country", "Spain"),
    ("country:austria", "country", "Austria"),
    ("country:malta", "country", "Malta"),
    # companies
    ("company:coca_cola_company", "company", "The Coca-Cola Company"),
    ("company:pepsico", "company", "PepsiCo"),
    ("company:keurig_dr_pepper", "company", "Keurig Dr Pepper"),
    ("company:ag_barr", "company", "A.G. Barr"),
    ("company:suntory", "company", "Suntory"),
    ("company:nichols_plc", "company", "Nichols plc"),
    ("company:simonds_farsons_cisk", "company", "Simonds Farsons Cisk"),
    # flavors
    ("flavor:cola", "flavor", "cola"),
    ("flavor:orange", "flavor", "orange"),
    ("flavor:lemon_lime", "flavor", "lemon-lime"),
    ("flavor:lemon_verbena", "flavor", "lemon verbena"),
    ("flavor:citrus", "flavor", "citrus"),
    ("flavor:grapefruit", "flavor", "grapefruit"),
    ("flavor:ginger", "flavor", "ginger"),
    ("flavor:root_beer", "flavor", "root beer"),
    ("flavor:grape", "flavor", "grape"),
    ("flavor:raspberry", "flavor", "raspberry"),
    ("flavor:blackcurrant", "flavor", "blackcurrant"),
    ("flavor:alpine_herbs", "flavor", "alpine herbs"),
    ("flavor:bitter_orange", "flavor", "bitter orange"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"soft_drink:{slug}", kind="item", type="soft_drink", label=label,
                      attrs={"year": year}) for slug, label, year in _ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = [
    ("coca_cola", "created_by", "person:john_pemberton"),
    ("coca_cola", "originated_in", "city:atlanta"),
    ("coca_cola", "produced_by", "company:coca_cola_company"),
    ("coca_cola", "has_flavor", "flavor:cola"),
    ("pepsi", "created_by", "person:caleb_bradham"),
    ("pepsi", "originated_in", "city:new_bern"),
    ("pepsi", "produced_by", "company:pepsico"),
    ("pepsi", "has_flavor", "flavor:cola"),
    ("dr_pepper", "created_by", "person:charles_alderton"),
    ("dr_pepper", "originated_in", "city:waco"),
    ("dr_pepper", "produced_by", "company:keurig_dr_pepper"),
    ("fanta", "created_by", "person:max_keith"),
    ("fanta", "originated_in", "country:germany"),
    ("fanta", "produced_by", "company:coca_cola_company"),
    ("fanta", "has_flavor", "flavor:orange"),
    ("sprite", "produced_by", "company:coca_cola_company"),
    ("sprite", "has_flavor", "flavor:lemon_lime"),
    ("seven_up", "created_by", "person:charles_leiper_grigg"),
    ("seven_up", "originated_in", "city:st_louis"),
    ("seven_up", "produced_by", "company:keurig_dr_pepper"),
    ("seven_up", "has_flavor", "flavor:lemon_lime"),
    ("irn_bru", "originated_in", "city:falkirk"),
    ("irn_bru", "produced_by", "company:ag_barr"),
    ("inca_kola", "created_by", "person:joseph_robinson_lindley"),
    ("inca_kola", "originated_in", "city:lima"),
    ("inca_kola", "has_flavor", "flavor:lemon_verbena"),
    ("mountain_dew", "created_by", "person:barney_hartman"),
    ("mountain_dew", "created_by", "person:ally_hartman"),
    ("mountain_dew", "originated_in", "city:knoxville"),
    ("mountain_dew", "produced_by", "company:pepsico"),
    ("mountain_dew", "has_flavor", "flavor:citrus"),
    ("fresca", "produced_by", "company:coca_cola_company"),
    ("fresca", "has_flavor", "flavor:grapefruit"),
    ("orangina", "originated_in", "country:france"),
    ("orangina", "produced_by", "company:suntory"),
    ("orangina", "has_flavor", "flavor:orange"),
    ("canada_dry", "created_by", "person:john_mclaughlin"),
    ("canada_dry", "originated_in", "city:toronto"),
    ("canada_dry", "produced_by", "company:keurig_dr_pepper"),
    ("canada_dry", "has_flavor", "flavor:ginger"),
    ("barqs", "created_by", "person:edward_barq"),
    ("barqs", "originated_in", "city:biloxi"),
    ("barqs", "produced_by", "company:coca_cola_company"),
    ("barqs", "has_flavor", "flavor:root_beer"),
    ("aw_root_beer", "created_by", "person:roy_allen"),
    ("aw_root_beer", "originated_in", "city:lodi"),
    ("aw_root_beer", "produced_by", "company:keurig_dr_pepper"),
    ("aw_root_beer", "has_flavor", "flavor:root_beer"),
    ("vimto", "created_by", "person:john_noel_nichols"),
    ("vimto", "originated_in", "city:manchester"),
    ("vimto", "produced_by", "company:nichols_plc"),
    ("vimto", "has_flavor", "flavor:grape"),
    ("vimto", "has_flavor", "flavor:raspberry"),
    ("vimto", "has_flavor", "flavor:blackcurrant"),
    ("mirinda", "originated_in", "country:spain"),
    ("mirinda", "produced_by", "company:pepsico"),
    ("mirinda", "has_flavor", "flavor:orange"),
    ("almdudler", "created_by", "person:erwin_klein"),
    ("almdudler", "originated_in", "country:austria"),
    ("almdudler", "has_flavor", "flavor:alpine_herbs"),
    ("kinnie", "originated_in", "country:malta"),
    ("kinnie", "produced_by", "company:simonds_farsons_cisk"),
    ("kinnie", "has_flavor", "flavor:bitter_orange"),
]

_RATINGS = {
    "ana": [("coca_cola", 5.0), ("fanta", 4.0), ("vimto", 1.5), ("irn_bru", 3.0)],
    "ben": [("pepsi", 4.5), ("mountain_dew", 2.0), ("dr_pepper", 5.0), ("kinnie", 3.5)],
    "chen": [("inca_kola", 4.0), ("sprite", 1.0), ("orangina", 4.5), ("fresca", 2.5)],
    "dara": [("barqs", 5.0), ("aw_root_beer", 4.0), ("canada_dry", 1.5), ("seven_up", 3.0)],
    "emil": [("almdudler", 4.5), ("mirinda", 2.0), ("coca_cola", 3.5), ("irn_bru", 5.0)],
}


def rows():
    out = [(f"soft_drink:{h}", r, t) for h, r, t in _FACTS]
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"soft_drink:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind228")
