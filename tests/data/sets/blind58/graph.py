"""Blind evaluation graph blind58: open-source software projects."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation(
        "rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("project",)
    ),
    kgx.Relation(
        "created_by",
        phrase="was created by",
        inverse_phrase="created",
        domain=("project",),
        range=("person",),
    ),
    kgx.Relation(
        "originated_at",
        phrase="was first developed at",
        inverse_phrase="first developed",
        domain=("project",),
        range=("organization",),
    ),
    kgx.Relation(
        "maintained_by",
        phrase="is maintained by",
        inverse_phrase="maintains",
        domain=("project",),
        range=("organization", "person"),
    ),
    kgx.Relation(
        "written_in",
        phrase="is written in",
        inverse_phrase="is the language of",
        domain=("project",),
        range=("language",),
    ),
    kgx.Relation(
        "licensed_under",
        phrase="is released under",
        inverse_phrase="is the license of",
        domain=("project",),
        range=("license",),
    ),
    kgx.Relation(
        "has_category",
        phrase="belongs to the category",
        inverse_phrase="is the category of",
        domain=("project",),
        range=("category",),
    ),
]

_ITEMS = [
    ("proj:linux", "Linux", 1991),
    ("proj:git", "Git", 2005),
    ("proj:postgresql", "PostgreSQL", 1996),
    ("proj:httpd", "Apache HTTP Server", 1995),
    ("proj:kubernetes", "Kubernetes", 2014),
    ("proj:firefox", "Firefox", 2002),
    ("proj:nodejs", "Node.js", 2009),
    ("proj:react", "React", 2013),
    ("proj:vscode", "Visual Studio Code", 2015),
    ("proj:tensorflow", "TensorFlow", 2015),
    ("proj:django", "Django", 2005),
    ("proj:vim", "Vim", 1991),
    ("proj:emacs", "GNU Emacs", 1985),
    ("proj:blender", "Blender", 1994),
    ("proj:libreoffice", "LibreOffice", 2011),
    ("proj:curl", "curl", 1998),
]
_PEOPLE = [
    "Linus Torvalds",
    "Junio Hamano",
    "Michael Stonebraker",
    "Brendan Burns",
    "Blake Ross",
    "Ryan Dahl",
    "Jordan Walke",
    "Adrian Holovaty",
    "Simon Willison",
    "Bram Moolenaar",
    "Richard Stallman",
    "Ton Roosendaal",
    "Daniel Stenberg",
]
_ORGS = [
    "Linux Foundation",
    "PostgreSQL Global Development Group",
    "Apache Software Foundation",
    "Cloud Native Computing Foundation",
    "Mozilla",
    "OpenJS Foundation",
    "Django Software Foundation",
    "Free Software Foundation",
    "Microsoft",
    "University of California, Berkeley",
    "Google",
    "Meta",
    "Lawrence Journal-World",
    "Blender Foundation",
    "The Document Foundation",
]
_LANGS = ["C", "C++", "Go", "Python", "JavaScript", "TypeScript", "Rust"]
_LICENSES = [
    "GPL-2.0",
    "GPL-3.0",
    "GPL-2.0-or-later",
    "Apache License 2.0",
    "MIT License",
    "BSD 3-Clause License",
    "PostgreSQL License",
    "Mozilla Public License 2.0",
    "Vim License",
    "curl License",
]
_CATS = [
    "Operating system kernel",
    "Version control system",
    "Relational database",
    "Web server",
    "Container orchestration system",
    "Web browser",
    "JavaScript runtime",
    "UI library",
    "Code editor",
    "Machine learning framework",
    "Web framework",
    "Text editor",
    "3D graphics software",
    "Office suite",
    "Command-line tool",
]
_USERS = [
    ("user:ana", "Ana"),
    ("user:ben", "Ben"),
    ("user:chloe", "Chloe"),
    ("user:dev", "Dev"),
    ("user:elif", "Elif"),
]


def _slug(s):
    return s.replace(" ", "_").replace(",", "").replace("+", "p")


def pid(name):
    return "person:" + _slug(name)


def oid(name):
    return "org:" + _slug(name)


def lid(name):
    return "lang:" + _slug(name)


def licid(name):
    return "license:" + _slug(name)


def cid(name):
    return "cat:" + _slug(name)


def entities():
    out = [kgx.Entity(i, kind="item", type="project", label=lab, attrs={"year": y}) for i, lab, y in _ITEMS]
    out += [kgx.Entity(pid(n), kind="attribute", type="person", label=n) for n in _PEOPLE]
    out += [kgx.Entity(oid(n), kind="attribute", type="organization", label=n) for n in _ORGS]
    out += [kgx.Entity(lid(n), kind="attribute", type="language", label=n) for n in _LANGS]
    out += [kgx.Entity(licid(n), kind="attribute", type="license", label=n) for n in _LICENSES]
    out += [kgx.Entity(cid(n), kind="attribute", type="category", label=n) for n in _CATS]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in _USERS]
    return out


_FACTS = {
    "proj:linux": dict(
        created_by=["Linus Torvalds"],
        maintained_by=["Linux Foundation"],
        written_in=["C"],
        licensed_under=["GPL-2.0"],
        has_category=["Operating system kernel"],
    ),
    "proj:git": dict(
        created_by=["Linus Torvalds"],
        maintained_by=["Junio Hamano"],
        written_in=["C"],
        licensed_under=["GPL-2.0"],
        has_category=["Version control system"],
    ),
    "proj:postgresql": dict(
        created_by=["Michael Stonebraker"],
        originated_at=["University of California, Berkeley"],
        maintained_by=["PostgreSQL Global Development Group"],
        written_in=["C"],
        licensed_under=["PostgreSQL License"],
        has_category=["Relational database"],
    ),
    "proj:httpd": dict(
        maintained_by=["Apache Software Foundation"],
        written_in=["C"],
        licensed_under=["Apache License 2.0"],
        has_category=["Web server"],
    ),
    "proj:kubernetes": dict(
        created_by=["Brendan Burns"],
        originated_at=["Google"],
        maintained_by=["Cloud Native Computing Foundation"],
        written_in=["Go"],
        licensed_under=["Apache License 2.0"],
        has_category=["Container orchestration system"],
    ),
    "proj:firefox": dict(
        created_by=["Blake Ross"],
        maintained_by=["Mozilla"],
        written_in=["C++", "JavaScript", "Rust"],
        licensed_under=["Mozilla Public License 2.0"],
        has_category=["Web browser"],
    ),
    "proj:nodejs": dict(
        created_by=["Ryan Dahl"],
        maintained_by=["OpenJS Foundation"],
        written_in=["C++", "JavaScript"],
        licensed_under=["MIT License"],
        has_category=["JavaScript runtime"],
    ),
    "proj:react": dict(
        created_by=["Jordan Walke"],
        originated_at=["Meta"],
        maintained_by=["Meta"],
        written_in=["JavaScript"],
        licensed_under=["MIT License"],
        has_category=["UI library"],
    ),
    "proj:vscode": dict(
        originated_at=["Microsoft"],
        maintained_by=["Microsoft"],
        written_in=["TypeScript"],
        licensed_under=["MIT License"],
        has_category=["Code editor"],
    ),
    "proj:tensorflow": dict(
        originated_at=["Google"],
        maintained_by=["Google"],
        written_in=["C++", "Python"],
        licensed_under=["Apache License 2.0"],
        has_category=["Machine learning framework"],
    ),
    "proj:django": dict(
        created_by=["Adrian Holovaty", "Simon Willison"],
        originated_at=["Lawrence Journal-World"],
        maintained_by=["Django Software Foundation"],
        written_in=["Python"],
        licensed_under=["BSD 3-Clause License"],
        has_category=["Web framework"],
    ),
    "proj:vim": dict(
        created_by=["Bram Moolenaar"],
        written_in=["C"],
        licensed_under=["Vim License"],
        has_category=["Text editor"],
    ),
    "proj:emacs": dict(
        created_by=["Richard Stallman"],
        maintained_by=["Free Software Foundation"],
        written_in=["C"],
        licensed_under=["GPL-3.0"],
        has_category=["Text editor"],
    ),
    "proj:blender": dict(
        created_by=["Ton Roosendaal"],
        maintained_by=["Blender Foundation"],
        written_in=["C", "C++", "Python"],
        licensed_under=["GPL-2.0-or-later"],
        has_category=["3D graphics software"],
    ),
    "proj:libreoffice": dict(
        maintained_by=["The Document Foundation"],
        written_in=["C++"],
        licensed_under=["Mozilla Public License 2.0"],
        has_category=["Office suite"],
    ),
    "proj:curl": dict(
        created_by=["Daniel Stenberg"],
        written_in=["C"],
        licensed_under=["curl License"],
        has_category=["Command-line tool"],
    ),
}

_IDS = {
    "created_by": pid,
    "originated_at": oid,
    "written_in": lid,
    "licensed_under": licid,
    "has_category": cid,
}

_RATINGS = {
    "user:ana": {"proj:linux": 5.0, "proj:git": 4.5, "proj:vim": 4.0, "proj:firefox": 2.0, "proj:emacs": 1.5},
    "user:ben": {
        "proj:react": 5.0,
        "proj:nodejs": 4.0,
        "proj:vscode": 4.5,
        "proj:django": 2.5,
        "proj:tensorflow": 3.0,
    },
    "user:chloe": {
        "proj:postgresql": 5.0,
        "proj:django": 4.0,
        "proj:kubernetes": 3.5,
        "proj:blender": 1.0,
        "proj:libreoffice": 3.0,
    },
    "user:dev": {
        "proj:tensorflow": 4.5,
        "proj:kubernetes": 2.0,
        "proj:curl": 5.0,
        "proj:httpd": 3.0,
        "proj:git": 3.5,
    },
    "user:elif": {
        "proj:blender": 5.0,
        "proj:libreoffice": 4.0,
        "proj:firefox": 4.5,
        "proj:emacs": 3.0,
        "proj:vim": 2.0,
    },
}


def rows():
    out = []
    for item, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                if rel == "maintained_by":
                    tid = pid(t) if t in _PEOPLE else oid(t)
                else:
                    tid = _IDS[rel](t)
                out.append((item, rel, tid))
    for user, ratings in _RATINGS.items():
        for item, r in ratings.items():
            out.append((user, "rated", item, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind58")
