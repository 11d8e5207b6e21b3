"""blind139: a small graph of famous clocks and clock towers."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("clock",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("clock",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("clock",),
                 range=("person", "organisation")),
    kgx.Relation("mechanism_by", phrase="has a mechanism built by", inverse_phrase="built the mechanism of",
                 domain=("clock",), range=("person", "company")),
    kgx.Relation("has_style", phrase="is built in the style of", inverse_phrase="is the style of",
                 domain=("clock",), range=("style",)),
    kgx.Relation("is_a", phrase="is a", inverse_phrase="is the type of", domain=("clock",), range=("clock_kind",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes", domain=("clock",), range=("building",)),
]

_CLOCKS = [
    ("big_ben", "Big Ben", 1859, ("Elizabeth Tower",)),
    ("prague_orloj", "Prague astronomical clock", 1410, ("Prague Orloj",)),
    ("zytglogge", "Zytglogge", 1530, ()),
    ("strasbourg", "Strasbourg astronomical clock", 1843, ()),
    ("makkah_tower", "Makkah Royal Clock Tower", 2012, ()),
    ("rajabai", "Rajabai Clock Tower", 1878, ()),
    ("spasskaya", "Spasskaya Tower", 1491, ()),
    ("st_marks", "St Mark's Clocktower", 1499, ("Torre dell'Orologio",)),
    ("peace_tower", "Peace Tower", 1927, ()),
    ("salisbury", "Salisbury Cathedral clock", 1386, ()),
    ("glockenspiel", "Rathaus-Glockenspiel", 1908, ()),
    ("sather", "Sather Tower", 1914, ()),
    ("old_joe", "Old Joe", 1908, ("Joseph Chamberlain Memorial Clock Tower",)),
    ("kcr_tower", "Former Kowloon-Canton Railway Clock Tower", 1915, ("Tsim Sha Tsui Clock Tower",)),
    ("sapporo", "Sapporo Clock Tower", 1881, ()),
    ("dolmabahce", "Dolmabahçe Clock Tower", 1895, ()),
    ("allen_bradley", "Allen-Bradley Clock Tower", 1962, ()),
    ("world_clock", "Jens Olsen's World Clock", 1955, ()),
]

_ATTRS = [
    # cities
    ("city:london", "city", "London"), ("city:prague", "city", "Prague"), ("city:bern", "city", "Bern"),
    ("city:strasbourg", "city", "Strasbourg"), ("city:mecca", "city", "Mecca"), ("city:mumbai", "city", "Mumbai"),
    ("city:moscow", "city", "Moscow"), ("city:venice", "city", "Venice"), ("city:ottawa", "city", "Ottawa"),
    ("city:salisbury", "city", "Salisbury"), ("city:munich", "city", "Munich"), ("city:berkeley", "city", "Berkeley"),
    ("city:birmingham", "city", "Birmingham"), ("city:hong_kong", "city", "Hong Kong"),
    ("city:sapporo", "city", "Sapporo"), ("city:istanbul", "city", "Istanbul"),
    ("city:milwaukee", "city", "Milwaukee"), ("city:copenhagen", "city", "Copenhagen"),
    # designers
    ("person:augustus_pugin", "person", "Augustus Pugin"), ("person:jan_sindel", "person", "Jan Šindel"),
    ("org:dar_al_handasah", "organisation", "Dar Al-Handasah"),
    ("person:george_gilbert_scott", "person", "George Gilbert Scott"),
    ("person:pietro_antonio_solari", "person", "Pietro Antonio Solari"),
    ("person:mauro_codussi", "person", "Mauro Codussi"), ("person:john_a_pearson", "person", "John A. Pearson"),
    ("person:jean_omer_marchand", "person", "Jean-Omer Marchand"),
    ("person:john_galen_howard", "person", "John Galen Howard"), ("person:aston_webb", "person", "Aston Webb"),
    ("person:ingress_bell", "person", "Ingress Bell"), ("person:sarkis_balyan", "person", "Sarkis Balyan"),
    # clockmakers
    ("person:frederick_dent", "person", "Frederick Dent"), ("person:mikulas_of_kadan", "person", "Mikuláš of Kadaň"),
    ("person:kaspar_brunner", "person", "Kaspar Brunner"),
    ("person:jean_baptiste_schwilgue", "person", "Jean-Baptiste Schwilgué"),
    ("person:gian_paolo_rainieri", "person", "Gian Paolo Rainieri"),
    ("company:e_howard", "company", "E. Howard & Co."), ("person:jens_olsen", "person", "Jens Olsen"),
    # styles
    ("style:gothic_revival", "style", "Gothic Revival"), ("style:renaissance", "style", "Renaissance"),
    # kinds
    ("kind:clock_tower", "clock_kind", "clock tower"), ("kind:astronomical_clock", "clock_kind", "astronomical clock"),
    ("kind:glockenspiel", "clock_kind", "glockenspiel"), ("kind:campanile", "clock_kind", "campanile"),
    ("kind:mechanical_clock", "clock_kind", "mechanical clock"),
    # buildings
    ("building:palace_of_westminster", "building", "Palace of Westminster"),
    ("building:prague_old_town_hall", "building", "Prague Old Town Hall"),
    ("building:strasbourg_cathedral", "building", "Strasbourg Cathedral"),
    ("building:abraj_al_bait", "building", "Abraj Al-Bait"),
    ("building:university_of_mumbai", "building", "University of Mumbai"),
    ("building:moscow_kremlin", "building", "Moscow Kremlin"), ("building:centre_block", "building", "Centre Block"),
    ("building:salisbury_cathedral", "building", "Salisbury Cathedral"),
    ("building:neues_rathaus", "building", "New Town Hall"),
    ("building:uc_berkeley", "building", "University of California, Berkeley"),
    ("building:university_of_birmingham", "building", "University of Birmingham"),
    ("building:copenhagen_city_hall", "building", "Copenhagen City Hall"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"clock:{slug}", kind="item", type="clock", label=label, aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _CLOCKS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


def rows():
    r = [
        # Big Ben
        ("clock:big_ben", "located_in", "city:london"),
        ("clock:big_ben", "designed_by", "person:augustus_pugin"),
        ("clock:big_ben", "mechanism_by", "person:frederick_dent"),
        ("clock:big_ben", "has_style", "style:gothic_revival"),
        ("clock:big_ben", "is_a", "kind:clock_tower"),
        ("clock:big_ben", "part_of", "building:palace_of_westminster"),
        # Prague astronomical clock
        ("clock:prague_orloj", "located_in", "city:prague"),
        ("clock:prague_orloj", "designed_by", "person:jan_sindel"),
        ("clock:prague_orloj", "mechanism_by", "person:mikulas_of_kadan"),
        ("clock:prague_orloj", "is_a", "kind:astronomical_clock"),
        ("clock:prague_orloj", "part_of", "building:prague_old_town_hall"),
        # Zytglogge
        ("clock:zytglogge", "located_in", "city:bern"),
        ("clock:zytglogge", "mechanism_by", "person:kaspar_brunner"),
        ("clock:zytglogge", "is_a", "kind:clock_tower"),
        ("clock:zytglogge", "is_a", "kind:astronomical_clock"),
        # Strasbourg astronomical clock
        ("clock:strasbourg", "located_in", "city:strasbourg"),
        ("clock:strasbourg", "mechanism_by", "person:jean_baptiste_schwilgue"),
        ("clock:strasbourg", "is_a", "kind:astronomical_clock"),
        ("clock:strasbourg", "part_of", "building:strasbourg_cathedral"),
        # Makkah Royal Clock Tower
        ("clock:makkah_tower", "located_in", "city:mecca"),
        ("clock:makkah_tower", "designed_by", "org:dar_al_handasah"),
        ("clock:makkah_tower", "is_a", "kind:clock_tower"),
        ("clock:makkah_tower", "part_of", "building:abraj_al_bait"),
        # Rajabai Clock Tower
        ("clock:rajabai", "located_in", "city:mumbai"),
        ("clock:rajabai", "designed_by", "person:george_gilbert_scott"),
        ("clock:rajabai", "has_style", "style:gothic_revival"),
        ("clock:rajabai", "is_a", "kind:clock_tower"),
        ("clock:rajabai", "part_of", "building:university_of_mumbai"),
        # Spasskaya Tower
        ("clock:spasskaya", "located_in", "city:moscow"),
        ("clock:spasskaya", "designed_by", "person:pietro_antonio_solari"),
        ("clock:spasskaya", "is_a", "kind:clock_tower"),
        ("clock:spasskaya", "part_of", "building:moscow_kremlin"),
        # St Mark's Clocktower
        ("clock:st_marks", "located_in", "city:venice"),
        ("clock:st_marks", "designed_by", "person:mauro_codussi"),
        ("clock:st_marks", "mechanism_by", "person:gian_paolo_rainieri"),
        ("clock:st_marks", "has_style", "style:renaissance"),
        ("clock:st_marks", "is_a", "kind:clock_tower"),
        # Peace Tower
        ("clock:peace_tower", "located_in", "city:ottawa"),
        ("clock:peace_tower", "designed_by", "person:john_a_pearson"),
        ("clock:peace_tower", "designed_by", "person:jean_omer_marchand"),
        ("clock:peace_tower", "has_style", "style:gothic_revival"),
        ("clock:peace_tower", "is_a", "kind:clock_tower"),
        ("clock:peace_tower", "part_of", "building:centre_block"),
        # Salisbury Cathedral clock
        ("clock:salisbury", "located_in", "city:salisbury"),
        ("clock:salisbury", "is_a", "kind:mechanical_clock"),
        ("clock:salisbury", "part_of", "building:salisbury_cathedral"),
        # Rathaus-Glockenspiel
        ("clock:glockenspiel", "located_in", "city:munich"),
        ("clock:glockenspiel", "is_a", "kind:glockenspiel"),
        ("clock:glockenspiel", "part_of", "building:neues_rathaus"),
        # Sather Tower
        ("clock:sather", "located_in", "city:berkeley"),
        ("clock:sather", "designed_by", "person:john_galen_howard"),
        ("clock:sather", "is_a", "kind:campanile"),
        ("clock:sather", "is_a", "kind:clock_tower"),
        ("clock:sather", "part_of", "building:uc_berkeley"),
        # Old Joe
        ("clock:old_joe", "located_in", "city:birmingham"),
        ("clock:old_joe", "designed_by", "person:aston_webb"),
        ("clock:old_joe", "designed_by", "person:ingress_bell"),
        ("clock:old_joe", "is_a", "kind:clock_tower"),
        ("clock:old_joe", "part_of", "building:university_of_birmingham"),
        # Former Kowloon-Canton Railway Clock Tower
        ("clock:kcr_tower", "located_in", "city:hong_kong"),
        ("clock:kcr_tower", "is_a", "kind:clock_tower"),
        # Sapporo Clock Tower
        ("clock:sapporo", "located_in", "city:sapporo"),
        ("clock:sapporo", "mechanism_by", "company:e_howard"),
        ("clock:sapporo", "is_a", "kind:clock_tower"),
        # Dolmabahçe Clock Tower
        ("clock:dolmabahce", "located_in", "city:istanbul"),
        ("clock:dolmabahce", "designed_by", "person:sarkis_balyan"),
        ("clock:dolmabahce", "is_a", "kind:clock_tower"),
        # Allen-Bradley Clock Tower
        ("clock:allen_bradley", "located_in", "city:milwaukee"),
        ("clock:allen_bradley", "is_a", "kind:clock_tower"),
        # Jens Olsen's World Clock
        ("clock:world_clock", "located_in", "city:copenhagen"),
        ("clock:world_clock", "mechanism_by", "person:jens_olsen"),
        ("clock:world_clock", "is_a", "kind:astronomical_clock"),
        ("clock:world_clock", "part_of", "building:copenhagen_city_hall"),
    ]
    ratings = [
        ("ana", "big_ben", 5.0), ("ana", "prague_orloj", 4.5), ("ana", "makkah_tower", 1.5), ("ana", "sapporo", 3.0),
        ("ben", "zytglogge", 4.0), ("ben", "strasbourg", 5.0), ("ben", "allen_bradley", 2.0), ("ben", "big_ben", 3.5),
        ("chen", "sather", 4.5), ("chen", "old_joe", 4.0), ("chen", "rajabai", 1.0), ("chen", "spasskaya", 3.5),
        ("dara", "st_marks", 5.0), ("dara", "salisbury", 2.5), ("dara", "world_clock", 4.0), ("dara", "dolmabahce", 0.5),
        ("emil", "peace_tower", 4.0), ("emil", "kcr_tower", 2.0), ("emil", "glockenspiel", 5.0),
        ("emil", "prague_orloj", 3.0),
    ]
    r += [(f"user:{u}", "rated", f"clock:{c}", {"rating": x}) for u, c, x in ratings]
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind139")
