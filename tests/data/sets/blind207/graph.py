"""blind207: a small graph of famous bells, declared in code.

Each bell's ``year`` is the year the existing bell was cast (for recast bells, the
casting of the bell that survives today).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("bell",)),
    kgx.Relation("cast_by", phrase="was cast by", inverse_phrase="cast",
                 domain=("bell",), range=("foundry", "person")),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("bell",), range=("city",)),
    kgx.Relation("housed_in", phrase="is housed in", inverse_phrase="houses",
                 domain=("bell",), range=("building",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of",
                 domain=("bell",), range=("bell kind",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=("bell",), range=("person", "organisation")),
]

BELLS = [
    ("bell:big_ben", "Big Ben", 1858),
    ("bell:liberty_bell", "Liberty Bell", 1753),
    ("bell:tsar_bell", "Tsar Bell", 1735),
    ("bell:pummerin", "Pummerin", 1951),
    ("bell:petersglocke", "Petersglocke", 1923),
    ("bell:emmanuel", "Emmanuel", 1686),
    ("bell:great_paul", "Great Paul", 1881),
    ("bell:great_peter", "Great Peter", 1927),
    ("bell:great_tom", "Great Tom", 1680),
    ("bell:savoyarde", "La Savoyarde", 1891),
    ("bell:gloriosa", "Gloriosa", 1497),
    ("bell:freedom_bell", "Freedom Bell", 1950),
    ("bell:mingun_bell", "Mingun Bell", 1808),
    ("bell:king_seongdeok", "Bell of King Seongdeok", 771),
    ("bell:chion_in", "Great Bell of Chion-in", 1636),
    ("bell:todaiji", "Great Bell of Todai-ji", 752),
    ("bell:world_peace_bell", "World Peace Bell", 1998),
]

ATTRIBUTES = [
    # cities
    ("city:london", "city", "London"),
    ("city:philadelphia", "city", "Philadelphia"),
    ("city:moscow", "city", "Moscow"),
    ("city:vienna", "city", "Vienna"),
    ("city:cologne", "city", "Cologne"),
    ("city:paris", "city", "Paris"),
    ("city:york", "city", "York"),
    ("city:oxford", "city", "Oxford"),
    ("city:erfurt", "city", "Erfurt"),
    ("city:berlin", "city", "Berlin"),
    ("city:mingun", "city", "Mingun"),
    ("city:gyeongju", "city", "Gyeongju"),
    ("city:kyoto", "city", "Kyoto"),
    ("city:nara", "city", "Nara"),
    ("city:newport_ky", "city", "Newport"),
    # buildings
    ("building:elizabeth_tower", "building", "Elizabeth Tower"),
    ("building:liberty_bell_center", "building", "Liberty Bell Center"),
    ("building:moscow_kremlin", "building", "Moscow Kremlin"),
    ("building:st_stephens_cathedral", "building", "St. Stephen's Cathedral"),
    ("building:cologne_cathedral", "building", "Cologne Cathedral"),
    ("building:notre_dame_de_paris", "building", "Notre-Dame de Paris"),
    ("building:st_pauls_cathedral", "building", "St Paul's Cathedral"),
    ("building:york_minster", "building", "York Minster"),
    ("building:tom_tower", "building", "Tom Tower"),
    ("building:sacre_coeur", "building", "Sacré-Cœur Basilica"),
    ("building:erfurt_cathedral", "building", "Erfurt Cathedral"),
    ("building:rathaus_schoeneberg", "building", "Rathaus Schöneberg"),
    ("building:gyeongju_national_museum", "building", "Gyeongju National Museum"),
    ("building:chion_in", "building", "Chion-in"),
    ("building:todaiji", "building", "Todai-ji"),
    # founders
    ("foundry:whitechapel", "foundry", "Whitechapel Bell Foundry"),
    ("foundry:pass_and_stow", "foundry", "Pass and Stow"),
    ("foundry:st_florian", "foundry", "St. Florian Bell Foundry"),
    ("foundry:john_taylor", "foundry", "John Taylor & Co"),
    ("foundry:paccard", "foundry", "Paccard"),
    ("foundry:gillett_johnston", "foundry", "Gillett & Johnston"),
    ("person:ivan_motorin", "person", "Ivan Motorin"),
    ("person:mikhail_motorin", "person", "Mikhail Motorin"),
    ("person:heinrich_ulrich", "person", "Heinrich Ulrich"),
    ("person:florentin_le_guay", "person", "Florentin Le Guay"),
    ("person:christopher_hodson", "person", "Christopher Hodson"),
    ("person:gerhard_van_wou", "person", "Gerhard van Wou"),
    # patrons
    ("person:empress_anna", "person", "Empress Anna"),
    ("person:bodawpaya", "person", "King Bodawpaya"),
    ("person:gyeongdeok", "person", "King Gyeongdeok"),
    ("org:pennsylvania_assembly", "organisation", "Pennsylvania Provincial Assembly"),
    ("org:crusade_for_freedom", "organisation", "Crusade for Freedom"),
    # kinds of bell
    ("kind:clock_bell", "bell kind", "clock bell"),
    ("kind:church_bell", "bell kind", "church bell"),
    ("kind:temple_bell", "bell kind", "temple bell"),
    ("kind:peace_bell", "bell kind", "peace bell"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="bell", label=label, attrs={"year": year})
           for i, label, year in BELLS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    # bell, cast_by..., located_in, housed_in, kind, commissioned_by
    ("bell:big_ben", ["foundry:whitechapel"], "city:london", "building:elizabeth_tower",
     "kind:clock_bell", None),
    ("bell:liberty_bell", ["foundry:pass_and_stow"], "city:philadelphia",
     "building:liberty_bell_center", None, "org:pennsylvania_assembly"),
    ("bell:tsar_bell", ["person:ivan_motorin", "person:mikhail_motorin"], "city:moscow",
     "building:moscow_kremlin", None, "person:empress_anna"),
    ("bell:pummerin", ["foundry:st_florian"], "city:vienna", "building:st_stephens_cathedral",
     "kind:church_bell", None),
    ("bell:petersglocke", ["person:heinrich_ulrich"], "city:cologne",
     "building:cologne_cathedral", "kind:church_bell", None),
    ("bell:emmanuel", ["person:florentin_le_guay"], "city:paris",
     "building:notre_dame_de_paris", "kind:church_bell", None),
    ("bell:great_paul", ["foundry:john_taylor"], "city:london", "building:st_pauls_cathedral",
     "kind:church_bell", None),
    ("bell:great_peter", ["foundry:john_taylor"], "city:york", "building:york_minster",
     "kind:clock_bell", None),
    ("bell:great_tom", ["person:christopher_hodson"], "city:oxford", "building:tom_tower",
     "kind:clock_bell", None),
    ("bell:savoyarde", ["foundry:paccard"], "city:paris", "building:sacre_coeur",
     "kind:church_bell", None),
    ("bell:gloriosa", ["person:gerhard_van_wou"], "city:erfurt", "building:erfurt_cathedral",
     "kind:church_bell", None),
    ("bell:freedom_bell", ["foundry:gillett_johnston"], "city:berlin",
     "building:rathaus_schoeneberg", None, "org:crusade_for_freedom"),
    ("bell:mingun_bell", [], "city:mingun", None, None, "person:bodawpaya"),
    ("bell:king_seongdeok", [], "city:gyeongju", "building:gyeongju_national_museum",
     "kind:temple_bell", "person:gyeongdeok"),
    ("bell:chion_in", [], "city:kyoto", "building:chion_in", "kind:temple_bell", None),
    ("bell:todaiji", [], "city:nara", "building:todaiji", "kind:temple_bell", None),
    ("bell:world_peace_bell", ["foundry:paccard"], "city:newport_ky", None,
     "kind:peace_bell", None),
]

RATINGS = {
    "ana": [("bell:big_ben", 5.0), ("bell:liberty_bell", 4.5), ("bell:tsar_bell", 2.0),
            ("bell:great_paul", 3.5)],
    "ben": [("bell:pummerin", 4.0), ("bell:petersglocke", 5.0), ("bell:savoyarde", 1.5),
            ("bell:freedom_bell", 3.0)],
    "chen": [("bell:todaiji", 5.0), ("bell:chion_in", 4.5), ("bell:mingun_bell", 4.0),
             ("bell:king_seongdeok", 1.0)],
    "dara": [("bell:great_tom", 4.5), ("bell:great_peter", 2.0), ("bell:emmanuel", 5.0),
             ("bell:gloriosa", 3.0)],
    "emil": [("bell:world_peace_bell", 1.5), ("bell:liberty_bell", 4.0), ("bell:big_ben", 2.5),
             ("bell:tsar_bell", 5.0)],
}


def rows():
    out = []
    for bell, founders, city, building, kind, patron in FACTS:
        for f in founders:
            out.append((bell, "cast_by", f))
        out.append((bell, "located_in", city))
        if building:
            out.append((bell, "housed_in", building))
        if kind:
            out.append((bell, "has_kind", kind))
        if patron:
            out.append((bell, "commissioned_by", patron))
    for user, ratings in RATINGS.items():
        for bell, r in ratings:
            out.append((f"user:{user}", "rated", bell, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind207")
