"""A small graph of real web browsers (blind239)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("browser",)),
    kgx.Relation("developed_by", phrase="is developed by", inverse_phrase="develops",
                 domain=("browser",), range=("organisation", "person")),
    kgx.Relation("uses_engine", phrase="renders pages with", inverse_phrase="is the layout engine of",
                 domain=("browser",), range=("engine",)),
    kgx.Relation("written_in", phrase="is written in", inverse_phrase="is a language used to write",
                 domain=("browser",), range=("programming language",)),
    kgx.Relation("licensed_under", phrase="is released under", inverse_phrase="is the license of",
                 domain=("browser",), range=("license",)),
    kgx.Relation("runs_on", phrase="runs on", inverse_phrase="can run",
                 domain=("browser",), range=("operating system",)),
]

_BROWSERS = [
    ("firefox", "Firefox", 2002),
    ("google_chrome", "Google Chrome", 2008),
    ("chromium", "Chromium", 2008),
    ("safari", "Safari", 2003),
    ("microsoft_edge", "Microsoft Edge", 2015),
    ("internet_explorer", "Internet Explorer", 1995),
    ("opera", "Opera", 1995),
    ("vivaldi", "Vivaldi", 2016),
    ("brave", "Brave", 2016),
    ("netscape_navigator", "Netscape Navigator", 1994),
    ("mosaic", "NCSA Mosaic", 1993),
    ("konqueror", "Konqueror", 2000),
    ("gnome_web", "GNOME Web", 2002),
    ("lynx", "Lynx", 1992),
    ("seamonkey", "SeaMonkey", 2006),
    ("tor_browser", "Tor Browser", 2008),
    ("worldwideweb", "WorldWideWeb", 1990),
    ("samsung_internet", "Samsung Internet", 2012),
]

_ATTRIBUTES = [
    # developers
    ("org:mozilla_foundation", "organisation", "Mozilla Foundation"),
    ("org:google", "organisation", "Google"),
    ("org:apple", "organisation", "Apple"),
    ("org:microsoft", "organisation", "Microsoft"),
    ("org:opera_software", "organisation", "Opera Software"),
    ("org:vivaldi_technologies", "organisation", "Vivaldi Technologies"),
    ("org:brave_software", "organisation", "Brave Software"),
    ("org:netscape", "organisation", "Netscape Communications"),
    ("org:ncsa", "organisation", "National Center for Supercomputing Applications"),
    ("org:kde", "organisation", "KDE"),
    ("org:gnome_project", "organisation", "GNOME Project"),
    ("org:university_of_kansas", "organisation", "University of Kansas"),
    ("org:seamonkey_council", "organisation", "SeaMonkey Council"),
    ("org:tor_project", "organisation", "Tor Project"),
    ("org:samsung_electronics", "organisation", "Samsung Electronics"),
    ("person:tim_berners_lee", "person", "Tim Berners-Lee"),
    # engines
    ("engine:gecko", "engine", "Gecko"),
    ("engine:blink", "engine", "Blink"),
    ("engine:webkit", "engine", "WebKit"),
    ("engine:trident", "engine", "Trident"),
    ("engine:khtml", "engine", "KHTML"),
    # languages
    ("lang:cpp", "programming language", "C++"),
    ("lang:c", "programming language", "C"),
    ("lang:objective_c", "programming language", "Objective-C"),
    ("lang:rust", "programming language", "Rust"),
    ("lang:javascript", "programming language", "JavaScript"),
    # licenses
    ("license:mpl", "license", "Mozilla Public License"),
    ("license:gpl", "license", "GNU General Public License"),
    ("license:bsd", "license", "BSD license"),
    # operating systems
    ("os:windows", "operating system", "Windows"),
    ("os:macos", "operating system", "macOS"),
    ("os:linux", "operating system", "Linux"),
    ("os:android", "operating system", "Android"),
    ("os:ios", "operating system", "iOS"),
    ("os:nextstep", "operating system", "NeXTSTEP"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"browser:{slug}", kind="item", type="browser", label=label, attrs={"year": year})
           for slug, label, year in _BROWSERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    # slug: (developers, engines, languages, licenses, operating systems)
    "firefox": (["org:mozilla_foundation"], ["engine:gecko"], ["lang:cpp", "lang:rust", "lang:javascript"],
                ["license:mpl"], ["os:windows", "os:macos", "os:linux", "os:android", "os:ios"]),
    "google_chrome": (["org:google"], ["engine:blink"], ["lang:cpp"], [],
                      ["os:windows", "os:macos", "os:linux", "os:android", "os:ios"]),
    "chromium": (["org:google"], ["engine:blink"], ["lang:cpp"], ["license:bsd"],
                 ["os:windows", "os:macos", "os:linux"]),
    "safari": (["org:apple"], ["engine:webkit"], ["lang:cpp", "lang:objective_c"], [], ["os:macos", "os:ios"]),
    "microsoft_edge": (["org:microsoft"], ["engine:blink"], ["lang:cpp"], [],
                       ["os:windows", "os:macos", "os:linux", "os:android", "os:ios"]),
    "internet_explorer": (["org:microsoft"], ["engine:trident"], ["lang:cpp"], [], ["os:windows"]),
    "opera": (["org:opera_software"], ["engine:blink"], ["lang:cpp"], [],
              ["os:windows", "os:macos", "os:linux", "os:android"]),
    "vivaldi": (["org:vivaldi_technologies"], ["engine:blink"], ["lang:cpp", "lang:javascript"], [],
                ["os:windows", "os:macos", "os:linux", "os:android"]),
    "brave": (["org:brave_software"], ["engine:blink"], ["lang:cpp"], ["license:mpl"],
              ["os:windows", "os:macos", "os:linux", "os:android", "os:ios"]),
    "netscape_navigator": (["org:netscape"], [], [], [], ["os:windows"]),
    "mosaic": (["org:ncsa"], [], ["lang:c"], [], ["os:windows"]),
    "konqueror": (["org:kde"], ["engine:khtml"], ["lang:cpp"], ["license:gpl"], ["os:linux"]),
    "gnome_web": (["org:gnome_project"], ["engine:webkit"], ["lang:c"], ["license:gpl"], ["os:linux"]),
    "lynx": (["org:university_of_kansas"], [], ["lang:c"], ["license:gpl"], ["os:linux"]),
    "seamonkey": (["org:seamonkey_council"], ["engine:gecko"], ["lang:cpp"], ["license:mpl"],
                  ["os:windows", "os:macos", "os:linux"]),
    "tor_browser": (["org:tor_project"], ["engine:gecko"], [], ["license:mpl"],
                    ["os:windows", "os:macos", "os:linux", "os:android"]),
    "worldwideweb": (["person:tim_berners_lee"], [], ["lang:objective_c"], [], ["os:nextstep"]),
    "samsung_internet": (["org:samsung_electronics"], ["engine:blink"], [], [], ["os:android"]),
}

RATINGS = {
    "ana": [("firefox", 5.0), ("google_chrome", 2.0), ("brave", 4.5), ("lynx", 3.0)],
    "ben": [("safari", 4.0), ("opera", 1.5), ("vivaldi", 5.0), ("internet_explorer", 1.0)],
    "chen": [("konqueror", 4.5), ("gnome_web", 3.5), ("chromium", 4.0), ("microsoft_edge", 2.5)],
    "dara": [("tor_browser", 5.0), ("seamonkey", 3.0), ("netscape_navigator", 4.0), ("mosaic", 2.0)],
    "emil": [("worldwideweb", 4.5), ("samsung_internet", 1.0), ("firefox", 3.5), ("google_chrome", 4.0)],
}


def rows():
    out = []
    rels = ["developed_by", "uses_engine", "written_in", "licensed_under", "runs_on"]
    for slug, groups in _FACTS.items():
        for rel, tails in zip(rels, groups):
            for tail in tails:
                out.append((f"browser:{slug}", rel, tail))
    for user, pairs in RATINGS.items():
        for slug, r in pairs:
            out.append((f"user:{user}", "rated", f"browser:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind239")
