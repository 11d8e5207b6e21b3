"""A small castles graph for the blind77 evaluation texts."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("castle",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("castle",), range=("country",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=("castle",), range=("person", "organisation")),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages",
                 domain=("castle",), range=("organisation",)),
    kgx.Relation("has_kind", phrase="is a castle of the kind", inverse_phrase="is the kind of",
                 domain=("castle",), range=("castle_kind",)),
    kgx.Relation("part_of_site", phrase="is part of the World Heritage Site",
                 inverse_phrase="includes", domain=("castle",), range=("heritage_site",)),
]

CASTLES = [
    # slug, label, year (construction begun / completed / inaugurated)
    ("neuschwanstein", "Neuschwanstein Castle", 1869),
    ("hohenzollern", "Hohenzollern Castle", 1850),
    ("windsor", "Windsor Castle", 1070),
    ("tower_of_london", "Tower of London", 1078),
    ("warwick", "Warwick Castle", 1068),
    ("bodiam", "Bodiam Castle", 1385),
    ("conwy", "Conwy Castle", 1283),
    ("caernarfon", "Caernarfon Castle", 1283),
    ("beaumaris", "Beaumaris Castle", 1295),
    ("himeji", "Himeji Castle", 1609),
    ("matsumoto", "Matsumoto Castle", 1594),
    ("prague", "Prague Castle", 880),
    ("malbork", "Malbork Castle", 1274),
    ("chambord", "Château de Chambord", 1519),
    ("alhambra", "Alhambra", 1238),
    ("bran", "Bran Castle", 1388),
    ("kronborg", "Kronborg Castle", 1574),
    ("peles", "Peleș Castle", 1883),
]

ATTRIBUTES = [
    # countries
    ("country:germany", "country", "Germany"),
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:japan", "country", "Japan"),
    ("country:czech_republic", "country", "Czech Republic"),
    ("country:poland", "country", "Poland"),
    ("country:france", "country", "France"),
    ("country:spain", "country", "Spain"),
    ("country:romania", "country", "Romania"),
    ("country:denmark", "country", "Denmark"),
    # people
    ("person:ludwig_ii", "person", "Ludwig II of Bavaria"),
    ("person:frederick_william_iv", "person", "Frederick William IV of Prussia"),
    ("person:william_the_conqueror", "person", "William the Conqueror"),
    ("person:edward_dalyngrigge", "person", "Edward Dalyngrigge"),
    ("person:edward_i", "person", "Edward I of England"),
    ("person:ikeda_terumasa", "person", "Ikeda Terumasa"),
    ("person:ishikawa_kazumasa", "person", "Ishikawa Kazumasa"),
    ("person:borivoj_i", "person", "Bořivoj I of Bohemia"),
    ("person:francis_i", "person", "Francis I of France"),
    ("person:muhammad_i_granada", "person", "Muhammad I of Granada"),
    ("person:frederick_ii_denmark", "person", "Frederick II of Denmark"),
    ("person:carol_i", "person", "Carol I of Romania"),
    # organisations
    ("org:teutonic_order", "organisation", "Teutonic Order"),
    ("org:bavarian_palace_administration", "organisation", "Bavarian Palace Administration"),
    ("org:royal_collection_trust", "organisation", "Royal Collection Trust"),
    ("org:historic_royal_palaces", "organisation", "Historic Royal Palaces"),
    ("org:merlin_entertainments", "organisation", "Merlin Entertainments"),
    ("org:national_trust", "organisation", "National Trust"),
    ("org:cadw", "organisation", "Cadw"),
    ("org:domaine_chambord", "organisation", "Domaine national de Chambord"),
    ("org:patronato_alhambra", "organisation", "Patronato de la Alhambra y Generalife"),
    # kinds of castle
    ("kind:palace", "castle_kind", "palace"),
    ("kind:hilltop_castle", "castle_kind", "hilltop castle"),
    ("kind:motte_and_bailey", "castle_kind", "motte-and-bailey castle"),
    ("kind:concentric_castle", "castle_kind", "concentric castle"),
    ("kind:moated_castle", "castle_kind", "moated castle"),
    ("kind:flatland_castle", "castle_kind", "flatland castle"),
    ("kind:fortress", "castle_kind", "fortress"),
    ("kind:chateau", "castle_kind", "château"),
    # World Heritage Sites
    ("site:gwynedd", "heritage_site", "Castles and Town Walls of King Edward in Gwynedd"),
    ("site:prague_centre", "heritage_site", "Historic Centre of Prague"),
    ("site:loire_valley", "heritage_site", "Loire Valley between Sully-sur-Loire and Chalonnes"),
    ("site:alhambra_granada", "heritage_site", "Alhambra, Generalife and Albayzín, Granada"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"castle:{slug}", kind="item", type="castle", label=label, attrs={"year": year})
           for slug, label, year in CASTLES]
    out += [kgx.Entity(eid, kind="attribute", type=etype, label=label) for eid, etype, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    ("castle:neuschwanstein", "located_in", "country:germany"),
    ("castle:neuschwanstein", "commissioned_by", "person:ludwig_ii"),
    ("castle:neuschwanstein", "managed_by", "org:bavarian_palace_administration"),
    ("castle:neuschwanstein", "has_kind", "kind:palace"),

    ("castle:hohenzollern", "located_in", "country:germany"),
    ("castle:hohenzollern", "commissioned_by", "person:frederick_william_iv"),
    ("castle:hohenzollern", "has_kind", "kind:hilltop_castle"),

    ("castle:windsor", "located_in", "country:united_kingdom"),
    ("castle:windsor", "commissioned_by", "person:william_the_conqueror"),
    ("castle:windsor", "managed_by", "org:royal_collection_trust"),
    ("castle:windsor", "has_kind", "kind:motte_and_bailey"),

    ("castle:tower_of_london", "located_in", "country:united_kingdom"),
    ("castle:tower_of_london", "commissioned_by", "person:william_the_conqueror"),
    ("castle:tower_of_london", "managed_by", "org:historic_royal_palaces"),
    ("castle:tower_of_london", "has_kind", "kind:concentric_castle"),

    ("castle:warwick", "located_in", "country:united_kingdom"),
    ("castle:warwick", "commissioned_by", "person:william_the_conqueror"),
    ("castle:warwick", "managed_by", "org:merlin_entertainments"),
    ("castle:warwick", "has_kind", "kind:motte_and_bailey"),

    ("castle:bodiam", "located_in", "country:united_kingdom"),
    ("castle:bodiam", "commissioned_by", "person:edward_dalyngrigge"),
    ("castle:bodiam", "managed_by", "org:national_trust"),
    ("castle:bodiam", "has_kind", "kind:moated_castle"),

    ("castle:conwy", "located_in", "country:united_kingdom"),
    ("castle:conwy", "commissioned_by", "person:edward_i"),
    ("castle:conwy", "managed_by", "org:cadw"),
    ("castle:conwy", "part_of_site", "site:gwynedd"),

    ("castle:caernarfon", "located_in", "country:united_kingdom"),
    ("castle:caernarfon", "commissioned_by", "person:edward_i"),
    ("castle:caernarfon", "managed_by", "org:cadw"),
    ("castle:caernarfon", "part_of_site", "site:gwynedd"),

    ("castle:beaumaris", "located_in", "country:united_kingdom"),
    ("castle:beaumaris", "commissioned_by", "person:edward_i"),
    ("castle:beaumaris", "managed_by", "org:cadw"),
    ("castle:beaumaris", "has_kind", "kind:concentric_castle"),
    ("castle:beaumaris", "part_of_site", "site:gwynedd"),

    ("castle:himeji", "located_in", "country:japan"),
    ("castle:himeji", "commissioned_by", "person:ikeda_terumasa"),
    ("castle:himeji", "has_kind", "kind:hilltop_castle"),

    ("castle:matsumoto", "located_in", "country:japan"),
    ("castle:matsumoto", "commissioned_by", "person:ishikawa_kazumasa"),
    ("castle:matsumoto", "has_kind", "kind:flatland_castle"),

    ("castle:prague", "located_in", "country:czech_republic"),
    ("castle:prague", "commissioned_by", "person:borivoj_i"),
    ("castle:prague", "part_of_site", "site:prague_centre"),

    ("castle:malbork", "located_in", "country:poland"),
    ("castle:malbork", "commissioned_by", "org:teutonic_order"),
    ("castle:malbork", "has_kind", "kind:fortress"),

    ("castle:chambord", "located_in", "country:france"),
    ("castle:chambord", "commissioned_by", "person:francis_i"),
    ("castle:chambord", "managed_by", "org:domaine_chambord"),
    ("castle:chambord", "has_kind", "kind:chateau"),
    ("castle:chambord", "part_of_site", "site:loire_valley"),

    ("castle:alhambra", "located_in", "country:spain"),
    ("castle:alhambra", "commissioned_by", "person:muhammad_i_granada"),
    ("castle:alhambra", "managed_by", "org:patronato_alhambra"),
    ("castle:alhambra", "has_kind", "kind:palace"),
    ("castle:alhambra", "has_kind", "kind:fortress"),
    ("castle:alhambra", "part_of_site", "site:alhambra_granada"),

    ("castle:bran", "located_in", "country:romania"),

    ("castle:kronborg", "located_in", "country:denmark"),
    ("castle:kronborg", "commissioned_by", "person:frederick_ii_denmark"),

    ("castle:peles", "located_in", "country:romania"),
    ("castle:peles", "commissioned_by", "person:carol_i"),
]

RATINGS = [
    ("ana", "neuschwanstein", 5.0), ("ana", "himeji", 4.5), ("ana", "tower_of_london", 2.0), ("ana", "bran", 3.0),
    ("ben", "windsor", 4.0), ("ben", "conwy", 1.5), ("ben", "chambord", 5.0), ("ben", "malbork", 3.5),
    ("chen", "matsumoto", 4.5), ("chen", "alhambra", 5.0), ("chen", "warwick", 2.5), ("chen", "kronborg", 1.0),
    ("dara", "bodiam", 4.0), ("dara", "prague", 2.0), ("dara", "hohenzollern", 4.5), ("dara", "beaumaris", 3.0),
    ("emil", "caernarfon", 3.5), ("emil", "peles", 5.0), ("emil", "neuschwanstein", 1.5), ("emil", "alhambra", 4.0),
]


def rows():
    out = list(FACTS)
    out += [(f"user:{u}", "rated", f"castle:{c}", {"rating": r}) for u, c, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind77")
