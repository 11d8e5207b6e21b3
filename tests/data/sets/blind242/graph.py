"""blind242: a small warships graph (launch years, builders, navies, types, battles, museums, flagships)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("warship",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("warship",), range=("shipyard",)),
    kgx.Relation("served_in", phrase="served in", inverse_phrase="operated", domain=("warship",), range=("navy",)),
    kgx.Relation("ship_type", phrase="is a", inverse_phrase="is the type of", domain=("warship",), range=("ship type",)),
    kgx.Relation("fought_in", phrase="fought in", inverse_phrase="involved", domain=("warship",), range=("battle", "war")),
    kgx.Relation("preserved_in", phrase="is preserved as a museum ship in", inverse_phrase="keeps the museum ship",
                 domain=("warship",), range=("city",)),
    kgx.Relation("flagship_of", phrase="was the flagship of", inverse_phrase="flew his flag in",
                 domain=("warship",), range=("person",)),
]

# slug: (label, launch year)
SHIPS = {
    "hms_victory": ("HMS Victory", 1765),
    "uss_constitution": ("USS Constitution", 1797),
    "hms_dreadnought": ("HMS Dreadnought", 1906),
    "bismarck": ("Bismarck", 1939),
    "yamato": ("Yamato", 1940),
    "uss_missouri": ("USS Missouri", 1944),
    "uss_arizona": ("USS Arizona", 1915),
    "hms_hood": ("HMS Hood", 1918),
    "mikasa": ("Mikasa", 1900),
    "vasa": ("Vasa", 1627),
    "mary_rose": ("Mary Rose", 1511),
    "uss_enterprise": ("USS Enterprise", 1936),
    "aurora": ("Aurora", 1900),
    "hms_belfast": ("HMS Belfast", 1938),
    "uss_monitor": ("USS Monitor", 1862),
    "css_virginia": ("CSS Virginia", 1862),
    "hms_warrior": ("HMS Warrior", 1860),
    "scharnhorst": ("Scharnhorst", 1936),
}

ATTRS = [
    # shipyards
    ("shipyard:chatham_dockyard", "shipyard", "Chatham Dockyard", ()),
    ("shipyard:hartt_shipyard", "shipyard", "Edmund Hartt's Shipyard", ()),
    ("shipyard:portsmouth_dockyard", "shipyard", "Portsmouth Dockyard", ()),
    ("shipyard:blohm_voss", "shipyard", "Blohm & Voss", ("Blohm and Voss",)),
    ("shipyard:kure_arsenal", "shipyard", "Kure Naval Arsenal", ()),
    ("shipyard:new_york_navy_yard", "shipyard", "New York Navy Yard", ("Brooklyn Navy Yard",)),
    ("shipyard:john_brown", "shipyard", "John Brown & Company", ("John Brown and Company",)),
    ("shipyard:vickers", "shipyard", "Vickers", ()),
    ("shipyard:newport_news", "shipyard", "Newport News Shipbuilding", ()),
    ("shipyard:admiralty_shipyard", "shipyard", "Admiralty Shipyard", ()),
    ("shipyard:harland_wolff", "shipyard", "Harland and Wolff", ("Harland & Wolff",)),
    ("shipyard:continental_iron_works", "shipyard", "Continental Iron Works", ()),
    ("shipyard:gosport_navy_yard", "shipyard", "Gosport Navy Yard", ()),
    ("shipyard:thames_ironworks", "shipyard", "Thames Ironworks", ()),
    ("shipyard:wilhelmshaven", "shipyard", "Kriegsmarinewerft Wilhelmshaven", ()),
    # navies
    ("navy:royal_navy", "navy", "Royal Navy", ()),
    ("navy:us_navy", "navy", "United States Navy", ("US Navy", "U.S. Navy")),
    ("navy:kriegsmarine", "navy", "Kriegsmarine", ()),
    ("navy:ijn", "navy", "Imperial Japanese Navy", ()),
    ("navy:imperial_russian_navy", "navy", "Imperial Russian Navy", ()),
    ("navy:confederate_navy", "navy", "Confederate States Navy", ()),
    ("navy:swedish_navy", "navy", "Swedish Navy", ()),
    # ship types
    ("type:ship_of_the_line", "ship type", "ship of the line", ()),
    ("type:frigate", "ship type", "frigate", ()),
    ("type:battleship", "ship type", "battleship", ()),
    ("type:battlecruiser", "ship type", "battlecruiser", ()),
    ("type:aircraft_carrier", "ship type", "aircraft carrier", ()),
    ("type:protected_cruiser", "ship type", "protected cruiser", ()),
    ("type:light_cruiser", "ship type", "light cruiser", ()),
    ("type:ironclad", "ship type", "ironclad", ()),
    ("type:carrack", "ship type", "carrack", ()),
    # battles and wars
    ("battle:trafalgar", "battle", "Battle of Trafalgar", ()),
    ("war:war_of_1812", "war", "War of 1812", ()),
    ("battle:denmark_strait", "battle", "Battle of the Denmark Strait", ()),
    ("battle:tsushima", "battle", "Battle of Tsushima", ()),
    ("battle:leyte_gulf", "battle", "Battle of Leyte Gulf", ()),
    ("battle:midway", "battle", "Battle of Midway", ()),
    ("battle:hampton_roads", "battle", "Battle of Hampton Roads", ()),
    ("battle:north_cape", "battle", "Battle of the North Cape", ()),
    ("battle:okinawa", "battle", "Battle of Okinawa", ()),
    ("battle:pearl_harbor", "battle", "Attack on Pearl Harbor", ()),
    ("battle:solent", "battle", "Battle of the Solent", ()),
    # cities
    ("city:portsmouth", "city", "Portsmouth", ()),
    ("city:boston", "city", "Boston", ()),
    ("city:honolulu", "city", "Honolulu", ()),
    ("city:yokosuka", "city", "Yokosuka", ()),
    ("city:stockholm", "city", "Stockholm", ()),
    ("city:saint_petersburg", "city", "Saint Petersburg", ("St Petersburg",)),
    ("city:london", "city", "London", ()),
    # people
    ("person:horatio_nelson", "person", "Horatio Nelson", ()),
    ("person:togo_heihachiro", "person", "Togo Heihachiro", ("Heihachiro Togo",)),
    ("person:gunther_lutjens", "person", "Günther Lütjens", ("Gunther Lutjens",)),
    ("person:isoroku_yamamoto", "person", "Isoroku Yamamoto", ()),
    ("person:william_halsey", "person", "William Halsey", ()),
    ("person:lancelot_holland", "person", "Lancelot Holland", ()),
    ("person:erich_bey", "person", "Erich Bey", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "hms_victory": {"built_by": ["chatham_dockyard"], "served_in": ["royal_navy"], "ship_type": ["ship_of_the_line"],
                    "fought_in": ["trafalgar"], "preserved_in": ["portsmouth"], "flagship_of": ["horatio_nelson"]},
    "uss_constitution": {"built_by": ["hartt_shipyard"], "served_in": ["us_navy"], "ship_type": ["frigate"],
                         "fought_in": ["war_of_1812"], "preserved_in": ["boston"]},
    "hms_dreadnought": {"built_by": ["portsmouth_dockyard"], "served_in": ["royal_navy"], "ship_type": ["battleship"]},
    "bismarck": {"built_by": ["blohm_voss"], "served_in": ["kriegsmarine"], "ship_type": ["battleship"],
                 "fought_in": ["denmark_strait"], "flagship_of": ["gunther_lutjens"]},
    "yamato": {"built_by": ["kure_arsenal"], "served_in": ["ijn"], "ship_type": ["battleship"],
               "fought_in": ["leyte_gulf"], "flagship_of": ["isoroku_yamamoto"]},
    "uss_missouri": {"built_by": ["new_york_navy_yard"], "served_in": ["us_navy"], "ship_type": ["battleship"],
                     "fought_in": ["okinawa"], "preserved_in": ["honolulu"], "flagship_of": ["william_halsey"]},
    "uss_arizona": {"built_by": ["new_york_navy_yard"], "served_in": ["us_navy"], "ship_type": ["battleship"],
                    "fought_in": ["pearl_harbor"]},
    "hms_hood": {"built_by": ["john_brown"], "served_in": ["royal_navy"], "ship_type": ["battlecruiser"],
                 "fought_in": ["denmark_strait"], "flagship_of": ["lancelot_holland"]},
    "mikasa": {"built_by": ["vickers"], "served_in": ["ijn"], "ship_type": ["battleship"],
               "fought_in": ["tsushima"], "preserved_in": ["yokosuka"], "flagship_of": ["togo_heihachiro"]},
    "vasa": {"served_in": ["swedish_navy"], "preserved_in": ["stockholm"]},
    "mary_rose": {"built_by": ["portsmouth_dockyard"], "ship_type": ["carrack"], "fought_in": ["solent"],
                  "preserved_in": ["portsmouth"]},
    "uss_enterprise": {"built_by": ["newport_news"], "served_in": ["us_navy"], "ship_type": ["aircraft_carrier"],
                       "fought_in": ["midway"]},
    "aurora": {"built_by": ["admiralty_shipyard"], "served_in": ["imperial_russian_navy"],
               "ship_type": ["protected_cruiser"], "fought_in": ["tsushima"], "preserved_in": ["saint_petersburg"]},
    "hms_belfast": {"built_by": ["harland_wolff"], "served_in": ["royal_navy"], "ship_type": ["light_cruiser"],
                    "fought_in": ["north_cape"], "preserved_in": ["london"]},
    "uss_monitor": {"built_by": ["continental_iron_works"], "served_in": ["us_navy"], "ship_type": ["ironclad"],
                    "fought_in": ["hampton_roads"]},
    "css_virginia": {"built_by": ["gosport_navy_yard"], "served_in": ["confederate_navy"], "ship_type": ["ironclad"],
                     "fought_in": ["hampton_roads"]},
    "hms_warrior": {"built_by": ["thames_ironworks"], "served_in": ["royal_navy"], "ship_type": ["ironclad"],
                    "preserved_in": ["portsmouth"]},
    "scharnhorst": {"built_by": ["wilhelmshaven"], "served_in": ["kriegsmarine"], "ship_type": ["battleship"],
                    "fought_in": ["north_cape"], "flagship_of": ["erich_bey"]},
}

RATINGS = {
    "ana": {"hms_victory": 5.0, "vasa": 4.5, "mary_rose": 4.0, "bismarck": 1.5},
    "ben": {"yamato": 4.5, "bismarck": 5.0, "hms_hood": 2.0, "uss_monitor": 3.0},
    "chen": {"uss_missouri": 4.0, "uss_enterprise": 5.0, "uss_arizona": 3.5, "mikasa": 1.0},
    "dara": {"uss_constitution": 4.5, "hms_belfast": 2.0, "aurora": 5.0, "hms_warrior": 4.0},
    "emil": {"hms_dreadnought": 3.0, "scharnhorst": 1.5, "css_virginia": 4.5, "uss_monitor": 4.0},
}

_PREFIX = {"built_by": "shipyard", "served_in": "navy", "ship_type": "type", "preserved_in": "city",
           "flagship_of": "person"}


def _tail(rel, slug):
    if rel == "fought_in":
        return ("war:" if slug.startswith("war_") else "battle:") + slug
    return f"{_PREFIX[rel]}:{slug}"


def entities():
    out = [kgx.Entity(f"warship:{s}", kind="item", type="warship", label=lab, attrs={"year": y})
           for s, (lab, y) in SHIPS.items()]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab, aliases=al) for i, t, lab, al in ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for s, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((f"warship:{s}", rel, _tail(rel, t)))
    for u, rs in RATINGS.items():
        for s, r in rs.items():
            out.append((f"user:{u}", "rated", f"warship:{s}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind242")
