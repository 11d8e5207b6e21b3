"""blind216: a small graph of real encyclopedias."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("encyclopedia",)),
    kgx.Relation("edited_by", phrase="was edited by", inverse_phrase="edited",
                 domain=("encyclopedia",), range=("person",)),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote",
                 domain=("encyclopedia",), range=("person",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("encyclopedia",), range=("person",)),
    kgx.Relation("published_by", phrase="is published by", inverse_phrase="publishes",
                 domain=("encyclopedia",), range=("organisation",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of",
                 domain=("encyclopedia",), range=("city",)),
    kgx.Relation("written_in", phrase="is written in", inverse_phrase="is the language of",
                 domain=("encyclopedia",), range=("language",)),
    kgx.Relation("has_format", phrase="comes in the format", inverse_phrase="is the format of",
                 domain=("encyclopedia",), range=("format",)),
]

_ITEMS = [
    ("britannica", "Encyclopædia Britannica", 1768, ("Encyclopaedia Britannica", "Britannica")),
    ("encyclopedie", "Encyclopédie", 1751, ("Encyclopedie",)),
    ("cyclopaedia", "Cyclopaedia", 1728, ("Chambers's Cyclopaedia",)),
    ("yongle", "Yongle Encyclopedia", 1408, ("Yongle Dadian",)),
    ("naturalis_historia", "Naturalis Historia", 77, ("Natural History",)),
    ("americana", "Encyclopedia Americana", 1829, ("Americana",)),
    ("grand_dictionnaire", "Grand dictionnaire universel du XIXe siècle", 1866,
     ("Grand dictionnaire universel",)),
    ("scholarpedia", "Scholarpedia", 2006, ()),
    ("baidu_baike", "Baidu Baike", 2006, ()),
    ("sep", "Stanford Encyclopedia of Philosophy", 1995, ("SEP",)),
    ("encyclopaedia_of_islam", "Encyclopaedia of Islam", 1913, ()),
    ("world_book", "World Book Encyclopedia", 1917, ("World Book",)),
    ("meyers", "Meyers Konversations-Lexikon", 1839, ()),
    ("bayle_dictionnaire", "Dictionnaire historique et critique", 1697, ()),
    ("great_soviet", "Great Soviet Encyclopedia", 1926, ()),
    ("encarta", "Encarta", 1993, ("Microsoft Encarta",)),
    ("wikipedia", "Wikipedia", 2001, ()),
    ("nupedia", "Nupedia", 2000, ()),
]

_ATTRS = {
    "person": [
        ("william_smellie", "William Smellie"), ("colin_macfarquhar", "Colin Macfarquhar"),
        ("andrew_bell", "Andrew Bell"), ("denis_diderot", "Denis Diderot"),
        ("jean_le_rond_dalembert", "Jean le Rond d'Alembert"), ("ephraim_chambers", "Ephraim Chambers"),
        ("xie_jin", "Xie Jin"), ("pliny_the_elder", "Pliny the Elder"),
        ("francis_lieber", "Francis Lieber"), ("pierre_larousse", "Pierre Larousse"),
        ("eugene_izhikevich", "Eugene M. Izhikevich"), ("edward_zalta", "Edward N. Zalta"),
        ("michael_vincent_oshea", "Michael Vincent O'Shea"), ("joseph_meyer", "Joseph Meyer"),
        ("pierre_bayle", "Pierre Bayle"), ("otto_schmidt", "Otto Schmidt"),
        ("jimmy_wales", "Jimmy Wales"), ("larry_sanger", "Larry Sanger"),
    ],
    "organisation": [
        ("britannica_inc", "Encyclopædia Britannica, Inc."), ("grolier", "Grolier"),
        ("microsoft", "Microsoft"), ("baidu", "Baidu"), ("stanford_university", "Stanford University"),
        ("brill", "Brill"), ("world_book_inc", "World Book, Inc."),
        ("bibliographisches_institut", "Bibliographisches Institut"),
        ("wikimedia_foundation", "Wikimedia Foundation"), ("bomis", "Bomis"),
    ],
    "city": [
        ("edinburgh", "Edinburgh"), ("paris", "Paris"), ("london", "London"), ("nanjing", "Nanjing"),
        ("moscow", "Moscow"), ("philadelphia", "Philadelphia"), ("leiden", "Leiden"),
        ("chicago", "Chicago"), ("hildburghausen", "Hildburghausen"), ("rotterdam", "Rotterdam"),
        ("beijing", "Beijing"),
    ],
    "language": [
        ("english", "English"), ("french", "French"), ("german", "German"),
        ("russian", "Russian"), ("chinese", "Chinese"), ("latin", "Latin"),
    ],
    "format": [
        ("print", "print"), ("online", "online"), ("cd_rom", "CD-ROM"), ("manuscript", "manuscript"),
    ],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"encyclopedia:{slug}", kind="item", type="encyclopedia", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _ITEMS]
    for typ, pairs in _ATTRS.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "britannica": {"founded_by": ["colin_macfarquhar", "andrew_bell"], "edited_by": ["william_smellie"],
                   "published_by": ["britannica_inc"], "originated_in": ["edinburgh"],
                   "written_in": ["english"], "has_format": ["print", "online"]},
    "encyclopedie": {"edited_by": ["denis_diderot", "jean_le_rond_dalembert"], "originated_in": ["paris"],
                     "written_in": ["french"], "has_format": ["print"]},
    "cyclopaedia": {"written_by": ["ephraim_chambers"], "originated_in": ["london"],
                    "written_in": ["english"], "has_format": ["print"]},
    "yongle": {"edited_by": ["xie_jin"], "originated_in": ["nanjing"], "written_in": ["chinese"],
               "has_format": ["manuscript"]},
    "naturalis_historia": {"written_by": ["pliny_the_elder"], "written_in": ["latin"]},
    "americana": {"edited_by": ["francis_lieber"], "published_by": ["grolier"],
                  "originated_in": ["philadelphia"], "written_in": ["english"], "has_format": ["print"]},
    "grand_dictionnaire": {"edited_by": ["pierre_larousse"], "originated_in": ["paris"],
                           "written_in": ["french"], "has_format": ["print"]},
    "scholarpedia": {"founded_by": ["eugene_izhikevich"], "written_in": ["english"], "has_format": ["online"]},
    "baidu_baike": {"published_by": ["baidu"], "originated_in": ["beijing"], "written_in": ["chinese"],
                    "has_format": ["online"]},
    "sep": {"edited_by": ["edward_zalta"], "published_by": ["stanford_university"],
            "written_in": ["english"], "has_format": ["online"]},
    "encyclopaedia_of_islam": {"published_by": ["brill"], "originated_in": ["leiden"], "has_format": ["print"]},
    "world_book": {"edited_by": ["michael_vincent_oshea"], "published_by": ["world_book_inc"],
                   "originated_in": ["chicago"], "written_in": ["english"], "has_format": ["print"]},
    "meyers": {"founded_by": ["joseph_meyer"], "published_by": ["bibliographisches_institut"],
               "originated_in": ["hildburghausen"], "written_in": ["german"], "has_format": ["print"]},
    "bayle_dictionnaire": {"written_by": ["pierre_bayle"], "originated_in": ["rotterdam"],
                           "written_in": ["french"], "has_format": ["print"]},
    "great_soviet": {"edited_by": ["otto_schmidt"], "originated_in": ["moscow"], "written_in": ["russian"],
                     "has_format": ["print"]},
    "encarta": {"published_by": ["microsoft"], "has_format": ["cd_rom"]},
    "wikipedia": {"founded_by": ["jimmy_wales", "larry_sanger"], "published_by": ["wikimedia_foundation"],
                  "has_format": ["online"]},
    "nupedia": {"founded_by": ["jimmy_wales"], "edited_by": ["larry_sanger"], "published_by": ["bomis"],
                "written_in": ["english"], "has_format": ["online"]},
}

_TAIL_TYPE = {"edited_by": "person", "written_by": "person", "founded_by": "person",
              "published_by": "organisation", "originated_in": "city", "written_in": "language",
              "has_format": "format"}

_RATINGS = {
    "ana": {"britannica": 5.0, "wikipedia": 4.5, "encarta": 2.0, "sep": 4.0},
    "ben": {"encyclopedie": 4.5, "cyclopaedia": 3.0, "bayle_dictionnaire": 1.5, "meyers": 5.0},
    "chen": {"yongle": 5.0, "baidu_baike": 1.0, "naturalis_historia": 4.0, "great_soviet": 2.5},
    "dara": {"scholarpedia": 4.5, "nupedia": 2.0, "world_book": 3.5, "americana": 5.0},
    "emil": {"encyclopaedia_of_islam": 4.0, "grand_dictionnaire": 1.5, "wikipedia": 2.0, "encarta": 5.0},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"encyclopedia:{slug}", rel, f"{_TAIL_TYPE[rel]}:{t}"))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"encyclopedia:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind216")
