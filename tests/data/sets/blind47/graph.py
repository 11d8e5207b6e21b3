"""Small knowledge graph of online courses (blind47)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("course",)),
    kgx.Relation("taught_by", phrase="is taught by", inverse_phrase="teaches",
                 domain=("course",), range=("instructor",)),
    kgx.Relation("offered_by", phrase="is offered by", inverse_phrase="offers",
                 domain=("course",), range=("university",)),
    kgx.Relation("hosted_on", phrase="is available on", inverse_phrase="hosts",
                 domain=("course",), range=("platform",)),
    kgx.Relation("covers", phrase="covers", inverse_phrase="is covered in",
                 domain=("course",), range=("subject",)),
    kgx.Relation("has_level", phrase="is aimed at the level", inverse_phrase="is the level of",
                 domain=("course",), range=("level",)),
    kgx.Relation("taught_in", phrase="is taught in", inverse_phrase="is the language of",
                 domain=("course",), range=("language",)),
    kgx.Relation("works_at", phrase="works at", inverse_phrase="employs",
                 domain=("instructor",), range=("university",)),
]

COURSES = [
    ("course:ml", "Machine Learning", 2012),
    ("course:lhtl", "Learning How to Learn", 2014),
    ("course:justice", "Justice", 2013),
    ("course:cs50", "CS50's Introduction to Computer Science", 2012),
    ("course:wellbeing", "The Science of Well-Being", 2018),
    ("course:finmarkets", "Financial Markets", 2014),
    ("course:py4e", "Programming for Everybody", 2015),
    ("course:model", "Model Thinking", 2012),
    ("course:compthink", "Introduction to Computational Thinking and Data Science", 2016),
    ("course:circuits", "Circuits and Electronics", 2012),
    ("course:crypto", "Cryptography I", 2012),
    ("course:algs", "Algorithms, Part I", 2012),
    ("course:aprender", "Aprendiendo a aprender", 2016),
    ("course:poo", "Introduction à la programmation orientée objet", 2014),
    ("course:linmodels", "Introduction to Linear Models and Matrix Algebra", 2015),
    ("course:ai", "Intro to Artificial Intelligence", 2011),
]

INSTRUCTORS = {
    "inst:ng": "Andrew Ng", "inst:oakley": "Barbara Oakley", "inst:sejnowski": "Terrence Sejnowski",
    "inst:sandel": "Michael Sandel", "inst:malan": "David Malan", "inst:santos": "Laurie Santos",
    "inst:shiller": "Robert Shiller", "inst:severance": "Charles Severance", "inst:page": "Scott Page",
    "inst:guttag": "John Guttag", "inst:agarwal": "Anant Agarwal", "inst:boneh": "Dan Boneh",
    "inst:sedgewick": "Robert Sedgewick", "inst:wayne": "Kevin Wayne", "inst:sam": "Jamila Sam",
    "inst:chappelier": "Jean-Cédric Chappelier", "inst:irizarry": "Rafael Irizarry",
    "inst:thrun": "Sebastian Thrun", "inst:norvig": "Peter Norvig",
}
UNIVERSITIES = {
    "uni:stanford": "Stanford University", "uni:harvard": "Harvard University", "uni:yale": "Yale University",
    "uni:mit": "MIT", "uni:umich": "University of Michigan", "uni:princeton": "Princeton University",
    "uni:ucsd": "UC San Diego", "uni:epfl": "EPFL", "uni:oakland": "Oakland University",
}
PLATFORMS = {"plat:coursera": "Coursera", "plat:edx": "edX", "plat:udacity": "Udacity"}
SUBJECTS = {
    "subj:ml": "Machine Learning", "subj:psych": "Psychology", "subj:philosophy": "Philosophy",
    "subj:cs": "Computer Science", "subj:finance": "Finance", "subj:programming": "Programming",
    "subj:socsci": "Social Science", "subj:datasci": "Data Science", "subj:ee": "Electrical Engineering",
    "subj:crypto": "Cryptography", "subj:algorithms": "Algorithms", "subj:statistics": "Statistics",
    "subj:ai": "Artificial Intelligence", "subj:study": "Study Skills",
}
LEVELS = {"level:beginner": "Beginner", "level:intermediate": "Intermediate", "level:advanced": "Advanced"}
LANGUAGES = {"lang:en": "English", "lang:es": "Spanish", "lang:fr": "French", "lang:zh": "Mandarin"}
USERS = {"user:ana": "Ana", "user:ben": "Ben", "user:chloe": "Chloe", "user:dev": "Dev", "user:emma": "Emma"}


def entities():
    out = [kgx.Entity(i, kind="item", type="course", label=lab, attrs={"year": y}) for i, lab, y in COURSES]
    for table, typ in ((INSTRUCTORS, "instructor"), (UNIVERSITIES, "university"), (PLATFORMS, "platform"),
                       (SUBJECTS, "subject"), (LEVELS, "level"), (LANGUAGES, "language")):
        out += [kgx.Entity(i, kind="attribute", type=typ, label=lab) for i, lab in table.items()]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return out


# course: (instructors, university or None, platform, subjects, level, language)
FACTS = {
    "course:ml": (["inst:ng"], "uni:stanford", "plat:coursera", ["subj:ml"], "level:beginner", "lang:en"),
    "course:lhtl": (["inst:oakley", "inst:sejnowski"], "uni:ucsd", "plat:coursera", ["subj:study", "subj:psych"], "level:beginner", "lang:en"),
    "course:justice": (["inst:sandel"], "uni:harvard", "plat:edx", ["subj:philosophy"], "level:beginner", "lang:en"),
    "course:cs50": (["inst:malan"], "uni:harvard", "plat:edx", ["subj:cs", "subj:programming"], "level:beginner", "lang:en"),
    "course:wellbeing": (["inst:santos"], "uni:yale", "plat:coursera", ["subj:psych"], "level:beginner", "lang:en"),
    "course:finmarkets": (["inst:shiller"], "uni:yale", "plat:coursera", ["subj:finance"], "level:intermediate", "lang:en"),
    "course:py4e": (["inst:severance"], "uni:umich", "plat:coursera", ["subj:programming"], "level:beginner", "lang:en"),
    "course:model": (["inst:page"], "uni:umich", "plat:coursera", ["subj:socsci"], "level:intermediate", "lang:en"),
    "course:compthink": (["inst:guttag"], "uni:mit", "plat:edx", ["subj:cs", "subj:datasci"], "level:intermediate", "lang:en"),
    "course:circuits": (["inst:agarwal"], "uni:mit", "plat:edx", ["subj:ee"], "level:intermediate", "lang:en"),
    "course:crypto": (["inst:boneh"], "uni:stanford", "plat:coursera", ["subj:crypto", "subj:cs"], "level:advanced", "lang:en"),
    "course:algs": (["inst:sedgewick", "inst:wayne"], "uni:princeton", "plat:coursera", ["subj:algorithms"], "level:intermediate", "lang:en"),
    "course:aprender": (["inst:oakley", "inst:sejnowski"], "uni:ucsd", "plat:coursera", ["subj:study"], "level:beginner", "lang:es"),
    "course:poo": (["inst:sam", "inst:chappelier"], "uni:epfl", "plat:coursera", ["subj:programming"], "level:beginner", "lang:fr"),
    "course:linmodels": (["inst:irizarry"], "uni:harvard", "plat:edx", ["subj:statistics", "subj:datasci"], "level:intermediate", "lang:en"),
    "course:ai": (["inst:thrun", "inst:norvig"], None, "plat:udacity", ["subj:ai"], "level:intermediate", "lang:en"),
}
WORKS_AT = {
    "inst:ng": "uni:stanford", "inst:oakley": "uni:oakland", "inst:sejnowski": "uni:ucsd",
    "inst:sandel": "uni:harvard", "inst:malan": "uni:harvard", "inst:santos": "uni:yale",
    "inst:shiller": "uni:yale", "inst:severance": "uni:umich", "inst:page": "uni:umich",
    "inst:guttag": "uni:mit", "inst:agarwal": "uni:mit", "inst:boneh": "uni:stanford",
    "inst:sedgewick": "uni:princeton", "inst:wayne": "uni:princeton", "inst:sam": "uni:epfl",
    "inst:chappelier": "uni:epfl", "inst:irizarry": "uni:harvard", "inst:thrun": "uni:stanford",
}
RATINGS = [
    ("user:ana", "course:ml", 5.0), ("user:ana", "course:cs50", 4.5), ("user:ana", "course:crypto", 4.0),
    ("user:ana", "course:algs", 2.0), ("user:ana", "course:wellbeing", 3.0),
    ("user:ben", "course:justice", 5.0), ("user:ben", "course:wellbeing", 4.0),
    ("user:ben", "course:lhtl", 2.5), ("user:ben", "course:finmarkets", 3.5),
    ("user:chloe", "course:aprender", 5.0), ("user:chloe", "course:poo", 4.0),
    ("user:chloe", "course:py4e", 1.5), ("user:chloe", "course:lhtl", 4.0),
    ("user:dev", "course:compthink", 4.0), ("user:dev", "course:circuits", 5.0),
    ("user:dev", "course:ai", 3.0), ("user:dev", "course:ml", 2.0),
    ("user:emma", "course:linmodels", 4.5), ("user:emma", "course:model", 3.0),
    ("user:emma", "course:finmarkets", 5.0), ("user:emma", "course:justice", 1.0),
]


def rows():
    out = []
    for c, (insts, uni, plat, subjs, level, lang) in FACTS.items():
        out += [(c, "taught_by", i) for i in insts]
        if uni:
            out.append((c, "offered_by", uni))
        out.append((c, "hosted_on", plat))
        out += [(c, "covers", s) for s in subjs]
        out.append((c, "has_level", level))
        out.append((c, "taught_in", lang))
    out += [(i, "works_at", u) for i, u in WORKS_AT.items()]
    out += [(u, "rated", c, {"rating": r}) for u, c, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind47")
