"""A small operating systems knowledge graph (blind235).

Items are operating systems; ``year`` is the year of first release.
"""
import kgexplain as kgx

OS = "operating_system"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(OS,)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                 domain=(OS,), range=("organization",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=(OS,), range=("person",)),
    kgx.Relation("written_in", phrase="is written in", inverse_phrase="is a language used to write",
                 domain=(OS,), range=("programming_language",)),
    kgx.Relation("kernel_type", phrase="uses a", inverse_phrase="is the kernel design of",
                 domain=(OS,), range=("kernel_type",)),
    kgx.Relation("influenced_by", phrase="was influenced by", inverse_phrase="influenced",
                 domain=(OS,), range=(OS,)),
    kgx.Relation("based_on", phrase="is based on", inverse_phrase="is the basis of",
                 domain=(OS,), range=(OS,)),
]

_ITEMS = [
    # slug, label, year, aliases
    ("unix", "Unix", 1971, ()),
    ("linux", "Linux", 1991, ()),
    ("minix", "MINIX", 1987, ("Minix",)),
    ("windows_nt", "Windows NT", 1993, ()),
    ("macos", "macOS", 2001, ("Mac OS X",)),
    ("ms_dos", "MS-DOS", 1981, ()),
    ("freebsd", "FreeBSD", 1993, ()),
    ("plan_9", "Plan 9 from Bell Labs", 1992, ("Plan 9",)),
    ("multics", "Multics", 1969, ()),
    ("openvms", "OpenVMS", 1977, ("VMS",)),
    ("beos", "BeOS", 1995, ()),
    ("amigaos", "AmigaOS", 1985, ()),
    ("qnx", "QNX", 1982, ()),
    ("android", "Android", 2008, ()),
    ("ios", "iOS", 2007, ()),
    ("os_2", "OS/2", 1987, ()),
    ("cp_m", "CP/M", 1974, ()),
    ("solaris", "Solaris", 1992, ()),
]

_ATTRS = [
    # organizations
    ("organization:bell_labs", "organization", "Bell Labs", ()),
    ("organization:microsoft", "organization", "Microsoft", ()),
    ("organization:apple", "organization", "Apple", ("Apple Inc.",)),
    ("organization:freebsd_project", "organization", "The FreeBSD Project", ("FreeBSD Project",)),
    ("organization:mit", "organization", "MIT", ("Massachusetts Institute of Technology",)),
    ("organization:general_electric", "organization", "General Electric", ()),
    ("organization:dec", "organization", "Digital Equipment Corporation", ("DEC",)),
    ("organization:be_inc", "organization", "Be Inc.", ()),
    ("organization:commodore", "organization", "Commodore International", ("Commodore",)),
    ("organization:quantum_software_systems", "organization", "Quantum Software Systems", ()),
    ("organization:google", "organization", "Google", ()),
    ("organization:ibm", "organization", "IBM", ()),
    ("organization:digital_research", "organization", "Digital Research", ()),
    ("organization:sun_microsystems", "organization", "Sun Microsystems", ()),
    ("organization:oracle", "organization", "Oracle Corporation", ("Oracle",)),
    # people
    ("person:ken_thompson", "person", "Ken Thompson", ()),
    ("person:dennis_ritchie", "person", "Dennis Ritchie", ()),
    ("person:linus_torvalds", "person", "Linus Torvalds", ()),
    ("person:andrew_tanenbaum", "person", "Andrew S. Tanenbaum", ("Andrew Tanenbaum",)),
    ("person:dave_cutler", "person", "Dave Cutler", ()),
    ("person:rob_pike", "person", "Rob Pike", ()),
    ("person:gordon_bell", "person", "Gordon Bell", ()),
    ("person:dan_dodge", "person", "Dan Dodge", ()),
    ("person:andy_rubin", "person", "Andy Rubin", ()),
    ("person:gary_kildall", "person", "Gary Kildall", ()),
    # programming languages
    ("programming_language:c", "programming_language", "C", ()),
    ("programming_language:cpp", "programming_language", "C++", ()),
    ("programming_language:assembly", "programming_language", "assembly language", ()),
    ("programming_language:objective_c", "programming_language", "Objective-C", ()),
    ("programming_language:swift", "programming_language", "Swift", ()),
    ("programming_language:pl_i", "programming_language", "PL/I", ()),
    ("programming_language:bliss", "programming_language", "BLISS", ()),
    ("programming_language:bcpl", "programming_language", "BCPL", ()),
    ("programming_language:java", "programming_language", "Java", ()),
    ("programming_language:pl_m", "programming_language", "PL/M", ()),
    # kernel types
    ("kernel_type:monolithic", "kernel_type", "monolithic kernel", ()),
    ("kernel_type:microkernel", "kernel_type", "microkernel", ()),
    ("kernel_type:hybrid", "kernel_type", "hybrid kernel", ()),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]

_FACTS = {
    "unix": {
        "influenced_by": ["multics"],
        "developed_by": ["bell_labs"],
        "created_by": ["ken_thompson", "dennis_ritchie"],
        "written_in": ["c", "assembly"],
        "kernel_type": ["monolithic"],
    },
    "linux": {
        "influenced_by": ["minix", "unix"],
        "created_by": ["linus_torvalds"],
        "written_in": ["c", "assembly"],
        "kernel_type": ["monolithic"],
    },
    "minix": {
        "influenced_by": ["unix"],
        "created_by": ["andrew_tanenbaum"],
        "written_in": ["c"],
        "kernel_type": ["microkernel"],
    },
    "windows_nt": {
        "influenced_by": ["openvms"],
        "developed_by": ["microsoft"],
        "created_by": ["dave_cutler"],
        "written_in": ["c", "cpp", "assembly"],
        "kernel_type": ["hybrid"],
    },
    "macos": {
        "developed_by": ["apple"],
        "written_in": ["c", "cpp", "objective_c", "swift"],
        "kernel_type": ["hybrid"],
    },
    "ms_dos": {
        "influenced_by": ["cp_m"],
        "developed_by": ["microsoft"],
        "written_in": ["assembly"],
        "kernel_type": ["monolithic"],
    },
    "freebsd": {
        "developed_by": ["freebsd_project"],
        "written_in": ["c"],
        "kernel_type": ["monolithic"],
    },
    "plan_9": {
        "influenced_by": ["unix"],
        "developed_by": ["bell_labs"],
        "created_by": ["rob_pike", "ken_thompson"],
        "written_in": ["c"],
    },
    "multics": {
        "developed_by": ["mit", "general_electric", "bell_labs"],
        "written_in": ["pl_i", "assembly"],
    },
    "openvms": {
        "developed_by": ["dec"],
        "created_by": ["dave_cutler"],
        "written_in": ["bliss", "c"],
    },
    "beos": {
        "developed_by": ["be_inc"],
        "written_in": ["cpp"],
        "kernel_type": ["hybrid"],
    },
    "amigaos": {
        "developed_by": ["commodore"],
        "written_in": ["c", "assembly", "bcpl"],
        "kernel_type": ["microkernel"],
    },
    "qnx": {
        "developed_by": ["quantum_software_systems"],
        "created_by": ["gordon_bell", "dan_dodge"],
        "written_in": ["c"],
        "kernel_type": ["microkernel"],
    },
    "android": {
        "based_on": ["linux"],
        "developed_by": ["google"],
        "created_by": ["andy_rubin"],
        "written_in": ["java", "c", "cpp"],
        "kernel_type": ["monolithic"],
    },
    "ios": {
        "based_on": ["macos"],
        "developed_by": ["apple"],
        "written_in": ["c", "cpp", "objective_c", "swift"],
        "kernel_type": ["hybrid"],
    },
    "os_2": {
        "developed_by": ["microsoft", "ibm"],
        "written_in": ["c", "cpp", "assembly"],
    },
    "cp_m": {
        "developed_by": ["digital_research"],
        "created_by": ["gary_kildall"],
        "written_in": ["pl_m", "assembly"],
    },
    "solaris": {
        "based_on": ["unix"],
        "developed_by": ["sun_microsystems", "oracle"],
        "written_in": ["c", "cpp"],
        "kernel_type": ["monolithic"],
    },
}

_TAIL_TYPE = {
    "developed_by": "organization",
    "created_by": "person",
    "written_in": "programming_language",
    "kernel_type": "kernel_type",
    "influenced_by": OS,
    "based_on": OS,
}

_RATINGS = {
    "ana": [("linux", 5.0), ("freebsd", 4.5), ("windows_nt", 2.0), ("plan_9", 3.5)],
    "ben": [("macos", 4.0), ("ios", 4.5), ("ms_dos", 1.5), ("beos", 3.0)],
    "chen": [("unix", 5.0), ("minix", 4.0), ("cp_m", 1.0), ("android", 2.5)],
    "dara": [("amigaos", 4.5), ("os_2", 2.0), ("qnx", 4.0), ("solaris", 1.5)],
    "emil": [("openvms", 4.0), ("multics", 3.0), ("android", 5.0), ("windows_nt", 0.5)],
}


def entities():
    out = []
    for slug, label, year, aliases in _ITEMS:
        out.append(kgx.Entity(f"{OS}:{slug}", kind="item", type=OS, label=label,
                              aliases=tuple(aliases), attrs={"year": year}))
    for eid, etype, label, aliases in _ATTRS:
        out.append(kgx.Entity(eid, kind="attribute", type=etype, label=label, aliases=tuple(aliases)))
    for u in _USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"{OS}:{slug}", rel, f"{_TAIL_TYPE[rel]}:{t}"))
    for u, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{u}", "rated", f"{OS}:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind235")
