"""A small universities graph: seventeen real universities with their cities, countries,
founders, notable alumni, kinds of university, associations and founding years, plus five users."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("university",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("university",), range=("city",)),
    kgx.Relation("in_country", phrase="is in the country", inverse_phrase="is the country of", domain=("university",), range=("country",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("university",), range=("person",)),
    kgx.Relation("has_alumnus", phrase="has as an alumnus", inverse_phrase="is an alumnus of", domain=("university",), range=("person",)),
    kgx.Relation("of_kind", phrase="is a", inverse_phrase="is the kind of", domain=("university",), range=("kind",)),
    kgx.Relation("member_of", phrase="is a member of", inverse_phrase="has as a member", domain=("university",), range=("association",)),
]

_UNIS = [
    ("university:harvard_university", "Harvard University", 1636),
    ("university:yale_university", "Yale University", 1701),
    ("university:princeton_university", "Princeton University", 1746),
    ("university:cornell_university", "Cornell University", 1865),
    ("university:stanford_university", "Stanford University", 1885),
    ("university:mit", "Massachusetts Institute of Technology", 1861),
    ("university:johns_hopkins_university", "Johns Hopkins University", 1876),
    ("university:university_of_oxford", "University of Oxford", 1096),
    ("university:university_of_cambridge", "University of Cambridge", 1209),
    ("university:university_of_edinburgh", "University of Edinburgh", 1583),
    ("university:university_of_bologna", "University of Bologna", 1088),
    ("university:heidelberg_university", "Heidelberg University", 1386),
    ("university:eth_zurich", "ETH Zurich", 1855),
    ("university:university_of_tokyo", "University of Tokyo", 1877),
    ("university:mcgill_university", "McGill University", 1821),
    ("university:university_of_melbourne", "University of Melbourne", 1853),
    ("university:university_of_sydney", "University of Sydney", 1850),
]

_ATTRS = {
    "city": ["Cambridge, Massachusetts", "New Haven", "Princeton", "Ithaca", "Stanford", "Baltimore",
             "Oxford", "Cambridge, England", "Edinburgh", "Bologna", "Heidelberg", "Zurich", "Tokyo",
             "Montreal", "Melbourne", "Sydney"],
    "country": ["United States", "United Kingdom", "Italy", "Germany", "Switzerland", "Japan",
                "Canada", "Australia"],
    "person": ["Leland Stanford", "Jane Stanford", "Ezra Cornell", "Andrew Dickson White",
               "William Barton Rogers", "Johns Hopkins", "James McGill", "William Wentworth",
               "Rupert I, Elector Palatine",
               "John F. Kennedy", "Meryl Streep", "Michelle Obama", "Jeff Bezos", "Toni Morrison",
               "Larry Page", "Buzz Aldrin", "Woodrow Wilson", "Margaret Thatcher", "Stephen Hawking",
               "Isaac Newton", "Arthur Conan Doyle", "Pier Paolo Pasolini", "Max Weber",
               "Albert Einstein", "Yasunari Kawabata", "Leonard Cohen", "Julia Gillard",
               "Malcolm Turnbull"],
    "kind": ["private research university", "public research university", "collegiate university",
             "national university"],
    "association": ["Ivy League", "Russell Group", "Group of Eight", "U15"],
}


def _slug(label):
    s = label.lower()
    for ch in ",.'":
        s = s.replace(ch, "")
    return "_".join(s.split())


def _id(kind, label):
    return f"{kind}:{_slug(label)}"


def entities():
    ents = [kgx.Entity(uid, kind="item", type="university", label=label, attrs={"year": year})
            for uid, label, year in _UNIS]
    for typ, labels in _ATTRS.items():
        for label in labels:
            ents.append(kgx.Entity(_id(typ, label), kind="attribute", type=typ, label=label))
    for name in ["ana", "ben", "chen", "dara", "emil"]:
        ents.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return ents


# university short key -> (city, country, kind, association or None, founders, alumni)
_FACTS = {
    "harvard_university": ("Cambridge, Massachusetts", "United States", "private research university", "Ivy League", [], ["John F. Kennedy"]),
    "yale_university": ("New Haven", "United States", "private research university", "Ivy League", [], ["Meryl Streep"]),
    "princeton_university": ("Princeton", "United States", "private research university", "Ivy League", [], ["Michelle Obama", "Jeff Bezos"]),
    "cornell_university": ("Ithaca", "United States", "private research university", "Ivy League", ["Ezra Cornell", "Andrew Dickson White"], ["Toni Morrison"]),
    "stanford_university": ("Stanford", "United States", "private research university", None, ["Leland Stanford", "Jane Stanford"], ["Larry Page"]),
    "mit": ("Cambridge, Massachusetts", "United States", "private research university", None, ["William Barton Rogers"], ["Buzz Aldrin"]),
    "johns_hopkins_university": ("Baltimore", "United States", "private research university", None, ["Johns Hopkins"], ["Woodrow Wilson"]),
    "university_of_oxford": ("Oxford", "United Kingdom", "collegiate university", "Russell Group", [], ["Margaret Thatcher"]),
    "university_of_cambridge": ("Cambridge, England", "United Kingdom", "collegiate university", "Russell Group", [], ["Isaac Newton", "Stephen Hawking"]),
    "university_of_edinburgh": ("Edinburgh", "United Kingdom", "public research university", "Russell Group", [], ["Arthur Conan Doyle"]),
    "university_of_bologna": ("Bologna", "Italy", "public research university", None, [], ["Pier Paolo Pasolini"]),
    "heidelberg_university": ("Heidelberg", "Germany", "public research university", None, ["Rupert I, Elector Palatine"], ["Max Weber"]),
    "eth_zurich": ("Zurich", "Switzerland", "public research university", None, [], ["Albert Einstein"]),
    "university_of_tokyo": ("Tokyo", "Japan", "national university", None, [], ["Yasunari Kawabata"]),
    "mcgill_university": ("Montreal", "Canada", "public research university", "U15", ["James McGill"], ["Leonard Cohen"]),
    "university_of_melbourne": ("Melbourne", "Australia", "public research university", "Group of Eight", [], ["Julia Gillard"]),
    "university_of_sydney": ("Sydney", "Australia", "public research university", "Group of Eight", ["William Wentworth"], ["Malcolm Turnbull"]),
}

_RATINGS = [
    ("ana", "harvard_university", 5.0), ("ana", "university_of_oxford", 4.5),
    ("ana", "university_of_bologna", 2.0), ("ana", "mit", 4.0),
    ("ben", "stanford_university", 4.5), ("ben", "eth_zurich", 5.0),
    ("ben", "university_of_tokyo", 3.0), ("ben", "yale_university", 1.5),
    ("chen", "university_of_cambridge", 5.0), ("chen", "mcgill_university", 4.0),
    ("chen", "university_of_melbourne", 2.5), ("chen", "princeton_university", 3.5),
    ("dara", "university_of_edinburgh", 4.5), ("dara", "heidelberg_university", 4.0),
    ("dara", "university_of_sydney", 5.0), ("dara", "cornell_university", 2.0),
    ("emil", "johns_hopkins_university", 3.0), ("emil", "university_of_bologna", 4.5),
    ("emil", "harvard_university", 1.0), ("emil", "university_of_tokyo", 4.0),
]


def rows():
    out = []
    for key, (city, country, kind, assoc, founders, alumni) in _FACTS.items():
        u = f"university:{key}"
        out.append((u, "located_in", _id("city", city)))
        out.append((u, "in_country", _id("country", country)))
        out.append((u, "of_kind", _id("kind", kind)))
        if assoc:
            out.append((u, "member_of", _id("association", assoc)))
        for f in founders:
            out.append((u, "founded_by", _id("person", f)))
        for a in alumni:
            out.append((u, "has_alumnus", _id("person", a)))
    for user, key, r in _RATINGS:
        out.append((f"user:{user}", "rated", f"university:{key}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind74")
