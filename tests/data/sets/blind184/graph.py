"""A small graph of famous violins (blind184).

Items are individual named violins; `year` is the year the violin was made.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("violin",)),
    kgx.Relation("made_by", phrase="was made by", inverse_phrase="made",
                 domain=("violin",), range=("luthier",)),
    kgx.Relation("from_period", phrase="dates from its maker's", inverse_phrase="is the maker's period of",
                 domain=("violin",), range=("period",)),
    kgx.Relation("owned_by", phrase="was owned by", inverse_phrase="owned",
                 domain=("violin",), range=("violinist", "collector", "luthier", "monarch", "person", "foundation")),
    kgx.Relation("played_by", phrase="was played by", inverse_phrase="played",
                 domain=("violin",), range=("violinist",)),
    kgx.Relation("kept_at", phrase="is kept at", inverse_phrase="houses",
                 domain=("violin",), range=("museum", "library")),
    kgx.Relation("stolen_in", phrase="was stolen in", inverse_phrase="is the city where thieves took",
                 domain=("violin",), range=("city",)),
]

_VIOLINS = [
    ("messiah", "Messiah Stradivarius", 1716, ("Messiah", "Le Messie")),
    ("il_cannone", "Il Cannone Guarnerius", 1743, ("Il Cannone", "Cannone")),
    ("vieuxtemps", "Vieuxtemps Guarneri", 1741, ("Vieuxtemps",)),
    ("lord_wilton", "Lord Wilton Guarneri", 1742, ("Lord Wilton",)),
    ("soil", "Soil Stradivarius", 1714, ("Soil",)),
    ("gibson", "Gibson Stradivarius", 1713, ("Gibson", "Gibson ex-Huberman")),
    ("dolphin", "Dolphin Stradivarius", 1714, ("Dolphin",)),
    ("lipinski", "Lipinski Stradivarius", 1715, ("Lipinski", "Lipiński Stradivarius")),
    ("hellier", "Hellier Stradivarius", 1679, ("Hellier",)),
    ("davidoff_morini", "Davidoff-Morini Stradivarius", 1727, ("Davidoff-Morini",)),
    ("molitor", "Molitor Stradivarius", 1697, ("Molitor",)),
    ("hammer", "Hammer Stradivarius", 1707, ("Hammer",)),
    ("cremonese", "Cremonese Stradivarius", 1715, ("Cremonese", "ex-Joachim")),
    ("betts", "Betts Stradivarius", 1704, ("Betts",)),
    ("kreisler", "Kreisler Guarneri", 1730, ("Kreisler Guarnerius",)),
    ("red_mendelssohn", "Red Mendelssohn", 1720, ("Red Mendelssohn Stradivarius",)),
    ("charles_ix", "Charles IX Amati", 1564, ("Charles IX",)),
    ("lady_blunt", "Lady Blunt Stradivarius", 1721, ("Lady Blunt",)),
]

_ATTRIBUTES = [
    # makers
    ("luthier:antonio_stradivari", "luthier", "Antonio Stradivari", ("Stradivari", "Stradivarius")),
    ("luthier:guarneri_del_gesu", "luthier", "Giuseppe Guarneri del Gesù", ("Guarneri del Gesù", "del Gesù")),
    ("luthier:andrea_amati", "luthier", "Andrea Amati", ("Amati",)),
    ("luthier:jean_baptiste_vuillaume", "luthier", "Jean-Baptiste Vuillaume", ("Vuillaume",)),
    # periods of a maker's career
    ("period:golden", "period", "golden period", ()),
    ("period:long_pattern", "period", "long pattern period", ()),
    ("period:late", "period", "late period", ()),
    # violinists
    ("person:niccolo_paganini", "violinist", "Niccolò Paganini", ("Paganini",)),
    ("person:henri_vieuxtemps", "violinist", "Henri Vieuxtemps", ()),
    ("person:anne_akiko_meyers", "violinist", "Anne Akiko Meyers", ()),
    ("person:yehudi_menuhin", "violinist", "Yehudi Menuhin", ("Menuhin",)),
    ("person:itzhak_perlman", "violinist", "Itzhak Perlman", ("Perlman",)),
    ("person:bronislaw_huberman", "violinist", "Bronisław Huberman", ("Huberman",)),
    ("person:joshua_bell", "violinist", "Joshua Bell", ()),
    ("person:jascha_heifetz", "violinist", "Jascha Heifetz", ("Heifetz",)),
    ("person:akiko_suwanai", "violinist", "Akiko Suwanai", ()),
    ("person:frank_almond", "violinist", "Frank Almond", ()),
    ("person:karol_lipinski", "violinist", "Karol Lipiński", ()),
    ("person:erica_morini", "violinist", "Erica Morini", ()),
    ("person:joseph_joachim", "violinist", "Joseph Joachim", ("Joachim",)),
    ("person:fritz_kreisler", "violinist", "Fritz Kreisler", ()),
    ("person:elizabeth_pitcairn", "violinist", "Elizabeth Pitcairn", ()),
    # other owners
    ("person:samuel_hellier", "collector", "Samuel Hellier", ()),
    ("person:christian_hammer", "collector", "Christian Hammer", ()),
    ("person:charles_ix", "monarch", "Charles IX of France", ("King Charles IX",)),
    ("person:lady_anne_blunt", "person", "Lady Anne Blunt", ()),
    ("org:nippon_music_foundation", "foundation", "Nippon Music Foundation", ()),
    # where violins are kept
    ("place:ashmolean_museum", "museum", "Ashmolean Museum", ("the Ashmolean",)),
    ("place:palazzo_doria_tursi", "museum", "Palazzo Doria-Tursi", ("Palazzo Tursi",)),
    ("place:museo_del_violino", "museum", "Museo del Violino", ()),
    ("place:library_of_congress", "library", "Library of Congress", ()),
    # cities
    ("city:new_york_city", "city", "New York City", ("New York",)),
    ("city:milwaukee", "city", "Milwaukee", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in _VIOLINS:
        out.append(kgx.Entity(f"violin:{slug}", kind="item", type="violin", label=label,
                              aliases=aliases, attrs={"year": year}))
    for eid, typ, label, aliases in _ATTRIBUTES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=aliases))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


_FACTS = [
    # Messiah
    ("violin:messiah", "made_by", "luthier:antonio_stradivari"),
    ("violin:messiah", "from_period", "period:golden"),
    ("violin:messiah", "kept_at", "place:ashmolean_museum"),
    ("violin:messiah", "owned_by", "luthier:jean_baptiste_vuillaume"),
    # Il Cannone
    ("violin:il_cannone", "made_by", "luthier:guarneri_del_gesu"),
    ("violin:il_cannone", "from_period", "period:late"),
    ("violin:il_cannone", "owned_by", "person:niccolo_paganini"),
    ("violin:il_cannone", "played_by", "person:niccolo_paganini"),
    ("violin:il_cannone", "kept_at", "place:palazzo_doria_tursi"),
    # Vieuxtemps
    ("violin:vieuxtemps", "made_by", "luthier:guarneri_del_gesu"),
    ("violin:vieuxtemps", "from_period", "period:late"),
    ("violin:vieuxtemps", "owned_by", "person:henri_vieuxtemps"),
    ("violin:vieuxtemps", "played_by", "person:anne_akiko_meyers"),
    # Lord Wilton
    ("violin:lord_wilton", "made_by", "luthier:guarneri_del_gesu"),
    ("violin:lord_wilton", "from_period", "period:late"),
    ("violin:lord_wilton", "owned_by", "person:yehudi_menuhin"),
    ("violin:lord_wilton", "played_by", "person:yehudi_menuhin"),
    # Soil
    ("violin:soil", "made_by", "luthier:antonio_stradivari"),
    ("violin:soil", "from_period", "period:golden"),
    ("violin:soil", "owned_by", "person:yehudi_menuhin"),
    ("violin:soil", "owned_by", "person:itzhak_perlman"),
    ("violin:soil", "played_by", "person:itzhak_perlman"),
    # Gibson
    ("violin:gibson", "made_by", "luthier:antonio_stradivari"),
    ("violin:gibson", "from_period", "period:golden"),
    ("violin:gibson", "owned_by", "person:bronislaw_huberman"),
    ("violin:gibson", "played_by", "person:bronislaw_huberman"),
    ("violin:gibson", "owned_by", "person:joshua_bell"),
    ("violin:gibson", "played_by", "person:joshua_bell"),
    ("violin:gibson", "stolen_in", "city:new_york_city"),
    # Dolphin
    ("violin:dolphin", "made_by", "luthier:antonio_stradivari"),
    ("violin:dolphin", "from_period", "period:golden"),
    ("violin:dolphin", "owned_by", "person:jascha_heifetz"),
    ("violin:dolphin", "owned_by", "org:nippon_music_foundation"),
    ("violin:dolphin", "played_by", "person:akiko_suwanai"),
    # Lipinski
    ("violin:lipinski", "made_by", "luthier:antonio_stradivari"),
    ("violin:lipinski", "from_period", "period:golden"),
    ("violin:lipinski", "owned_by", "person:karol_lipinski"),
    ("violin:lipinski", "played_by", "person:frank_almond"),
    ("violin:lipinski", "stolen_in", "city:milwaukee"),
    # Hellier
    ("violin:hellier", "made_by", "luthier:antonio_stradivari"),
    ("violin:hellier", "owned_by", "person:samuel_hellier"),
    # Davidoff-Morini
    ("violin:davidoff_morini", "made_by", "luthier:antonio_stradivari"),
    ("violin:davidoff_morini", "from_period", "period:late"),
    ("violin:davidoff_morini", "owned_by", "person:erica_morini"),
    ("violin:davidoff_morini", "played_by", "person:erica_morini"),
    ("violin:davidoff_morini", "stolen_in", "city:new_york_city"),
    # Molitor
    ("violin:molitor", "made_by", "luthier:antonio_stradivari"),
    ("violin:molitor", "from_period", "period:long_pattern"),
    ("violin:molitor", "owned_by", "person:anne_akiko_meyers"),
    ("violin:molitor", "played_by", "person:anne_akiko_meyers"),
    # Hammer
    ("violin:hammer", "made_by", "luthier:antonio_stradivari"),
    ("violin:hammer", "from_period", "period:golden"),
    ("violin:hammer", "owned_by", "person:christian_hammer"),
    # Cremonese
    ("violin:cremonese", "made_by", "luthier:antonio_stradivari"),
    ("violin:cremonese", "from_period", "period:golden"),
    ("violin:cremonese", "played_by", "person:joseph_joachim"),
    ("violin:cremonese", "kept_at", "place:museo_del_violino"),
    # Betts
    ("violin:betts", "made_by", "luthier:antonio_stradivari"),
    ("violin:betts", "from_period", "period:golden"),
    ("violin:betts", "kept_at", "place:library_of_congress"),
    # Kreisler
    ("violin:kreisler", "made_by", "luthier:guarneri_del_gesu"),
    ("violin:kreisler", "owned_by", "person:fritz_kreisler"),
    ("violin:kreisler", "played_by", "person:fritz_kreisler"),
    ("violin:kreisler", "kept_at", "place:library_of_congress"),
    # Red Mendelssohn
    ("violin:red_mendelssohn", "made_by", "luthier:antonio_stradivari"),
    ("violin:red_mendelssohn", "from_period", "period:golden"),
    ("violin:red_mendelssohn", "played_by", "person:elizabeth_pitcairn"),
    # Charles IX
    ("violin:charles_ix", "made_by", "luthier:andrea_amati"),
    ("violin:charles_ix", "owned_by", "person:charles_ix"),
    ("violin:charles_ix", "kept_at", "place:ashmolean_museum"),
    # Lady Blunt
    ("violin:lady_blunt", "made_by", "luthier:antonio_stradivari"),
    ("violin:lady_blunt", "from_period", "period:golden"),
    ("violin:lady_blunt", "owned_by", "person:lady_anne_blunt"),
    ("violin:lady_blunt", "owned_by", "org:nippon_music_foundation"),
]

_RATINGS = [
    ("ana", "messiah", 5.0), ("ana", "il_cannone", 4.5), ("ana", "dolphin", 2.0), ("ana", "charles_ix", 3.0),
    ("ben", "gibson", 4.0), ("ben", "soil", 5.0), ("ben", "hellier", 1.5), ("ben", "lipinski", 3.5),
    ("chen", "vieuxtemps", 5.0), ("chen", "molitor", 4.0), ("chen", "hammer", 2.5), ("chen", "kreisler", 1.0),
    ("dara", "lady_blunt", 4.5), ("dara", "red_mendelssohn", 2.0), ("dara", "cremonese", 5.0), ("dara", "betts", 3.0),
    ("emil", "davidoff_morini", 4.0), ("emil", "lord_wilton", 1.0), ("emil", "messiah", 3.5), ("emil", "gibson", 5.0),
]


def rows():
    out = list(_FACTS)
    for u, v, r in _RATINGS:
        out.append((f"user:{u}", "rated", f"violin:{v}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind184")
