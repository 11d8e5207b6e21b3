"""A small shipwrecks graph (blind146).

Each shipwreck's ``year`` is the year the ship sank.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("shipwreck",)),
    kgx.Relation("sank_in", phrase="sank in", inverse_phrase="saw the sinking of",
                 domain=("shipwreck",), range=("waters",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("shipwreck",), range=("shipbuilder",)),
    kgx.Relation("owned_by", phrase="belonged to", inverse_phrase="owned",
                 domain=("shipwreck",), range=("owner",)),
    kgx.Relation("ship_type", phrase="was a", inverse_phrase="was the type of",
                 domain=("shipwreck",), range=("ship type",)),
    kgx.Relation("lost_to", phrase="was lost to", inverse_phrase="claimed",
                 domain=("shipwreck",), range=("cause",)),
    kgx.Relation("found_by", phrase="was found by", inverse_phrase="found the wreck of",
                 domain=("shipwreck",), range=("explorer",)),
]

# slug: (label, year sunk, aliases)
_WRECKS = {
    "titanic": ("RMS Titanic", 1912, ("Titanic",)),
    "britannic": ("HMHS Britannic", 1916, ("Britannic",)),
    "lusitania": ("RMS Lusitania", 1915, ("Lusitania",)),
    "bismarck": ("Bismarck", 1941, ()),
    "vasa": ("Vasa", 1628, ()),
    "mary_rose": ("Mary Rose", 1545, ()),
    "edmund_fitzgerald": ("SS Edmund Fitzgerald", 1975, ("Edmund Fitzgerald",)),
    "estonia": ("MS Estonia", 1994, ("Estonia",)),
    "costa_concordia": ("Costa Concordia", 2012, ()),
    "uss_arizona": ("USS Arizona", 1941, ("Arizona",)),
    "hms_hood": ("HMS Hood", 1941, ("Hood",)),
    "endurance": ("Endurance", 1915, ()),
    "uss_indianapolis": ("USS Indianapolis", 1945, ("Indianapolis",)),
    "yamato": ("Yamato", 1945, ()),
    "musashi": ("Musashi", 1944, ()),
    "central_america": ("SS Central America", 1857, ("Central America",)),
    "andrea_doria": ("SS Andrea Doria", 1956, ("Andrea Doria",)),
    "wilhelm_gustloff": ("MV Wilhelm Gustloff", 1945, ("Wilhelm Gustloff",)),
}

# id: (type, label)
_ATTRS = {
    # waters
    "waters:north_atlantic": ("waters", "North Atlantic Ocean"),
    "waters:aegean_sea": ("waters", "Aegean Sea"),
    "waters:celtic_sea": ("waters", "Celtic Sea"),
    "waters:stockholm_harbour": ("waters", "Stockholm harbour"),
    "waters:solent": ("waters", "Solent"),
    "waters:lake_superior": ("waters", "Lake Superior"),
    "waters:baltic_sea": ("waters", "Baltic Sea"),
    "waters:tyrrhenian_sea": ("waters", "Tyrrhenian Sea"),
    "waters:pearl_harbor": ("waters", "Pearl Harbor"),
    "waters:denmark_strait": ("waters", "Denmark Strait"),
    "waters:weddell_sea": ("waters", "Weddell Sea"),
    "waters:philippine_sea": ("waters", "Philippine Sea"),
    "waters:east_china_sea": ("waters", "East China Sea"),
    "waters:sibuyan_sea": ("waters", "Sibuyan Sea"),
    # shipbuilders
    "shipbuilder:harland_and_wolff": ("shipbuilder", "Harland and Wolff"),
    "shipbuilder:john_brown": ("shipbuilder", "John Brown & Company"),
    "shipbuilder:blohm_voss": ("shipbuilder", "Blohm & Voss"),
    "shipbuilder:henrik_hybertsson": ("shipbuilder", "Henrik Hybertsson"),
    "shipbuilder:great_lakes_engineering_works": ("shipbuilder", "Great Lakes Engineering Works"),
    "shipbuilder:meyer_werft": ("shipbuilder", "Meyer Werft"),
    "shipbuilder:fincantieri": ("shipbuilder", "Fincantieri"),
    "shipbuilder:new_york_navy_yard": ("shipbuilder", "New York Navy Yard"),
    "shipbuilder:framnaes": ("shipbuilder", "Framnæs shipyard"),
    "shipbuilder:new_york_shipbuilding": ("shipbuilder", "New York Shipbuilding Corporation"),
    "shipbuilder:kure_naval_arsenal": ("shipbuilder", "Kure Naval Arsenal"),
    "shipbuilder:mitsubishi_nagasaki": ("shipbuilder", "Mitsubishi Nagasaki Shipyard"),
    "shipbuilder:william_h_webb": ("shipbuilder", "William H. Webb"),
    "shipbuilder:ansaldo": ("shipbuilder", "Ansaldo"),
    # owners
    "owner:white_star_line": ("owner", "White Star Line"),
    "owner:cunard_line": ("owner", "Cunard Line"),
    "owner:kriegsmarine": ("owner", "Kriegsmarine"),
    "owner:swedish_navy": ("owner", "Swedish Navy"),
    "owner:northwestern_mutual": ("owner", "Northwestern Mutual"),
    "owner:costa_crociere": ("owner", "Costa Crociere"),
    "owner:us_navy": ("owner", "United States Navy"),
    "owner:royal_navy": ("owner", "Royal Navy"),
    "owner:imperial_japanese_navy": ("owner", "Imperial Japanese Navy"),
    "owner:us_mail_steamship": ("owner", "U.S. Mail Steamship Company"),
    "owner:italian_line": ("owner", "Italian Line"),
    "owner:german_labour_front": ("owner", "German Labour Front"),
    # ship types
    "ship_type:ocean_liner": ("ship type", "ocean liner"),
    "ship_type:hospital_ship": ("ship type", "hospital ship"),
    "ship_type:battleship": ("ship type", "battleship"),
    "ship_type:warship": ("ship type", "warship"),
    "ship_type:carrack": ("ship type", "carrack"),
    "ship_type:lake_freighter": ("ship type", "lake freighter"),
    "ship_type:cruise_ferry": ("ship type", "cruise ferry"),
    "ship_type:cruise_ship": ("ship type", "cruise ship"),
    "ship_type:battlecruiser": ("ship type", "battlecruiser"),
    "ship_type:barquentine": ("ship type", "barquentine"),
    "ship_type:heavy_cruiser": ("ship type", "heavy cruiser"),
    "ship_type:sidewheel_steamer": ("ship type", "sidewheel steamer"),
    # causes
    "cause:iceberg": ("cause", "iceberg"),
    "cause:naval_mine": ("cause", "naval mine"),
    "cause:torpedo": ("cause", "torpedo"),
    "cause:storm": ("cause", "storm"),
    "cause:air_attack": ("cause", "air attack"),
    "cause:gunfire": ("cause", "gunfire"),
    "cause:pack_ice": ("cause", "pack ice"),
    "cause:collision": ("cause", "collision"),
    # explorers
    "explorer:robert_ballard": ("explorer", "Robert Ballard"),
    "explorer:jacques_cousteau": ("explorer", "Jacques Cousteau"),
    "explorer:anders_franzen": ("explorer", "Anders Franzén"),
    "explorer:alexander_mckee": ("explorer", "Alexander McKee"),
    "explorer:david_mearns": ("explorer", "David Mearns"),
    "explorer:mensun_bound": ("explorer", "Mensun Bound"),
    "explorer:paul_allen": ("explorer", "Paul Allen"),
    "explorer:tommy_thompson": ("explorer", "Tommy Thompson"),
}

# slug: {relation: attribute id}
_FACTS = {
    "titanic": {"sank_in": "waters:north_atlantic", "built_by": "shipbuilder:harland_and_wolff",
                "owned_by": "owner:white_star_line", "ship_type": "ship_type:ocean_liner",
                "lost_to": "cause:iceberg", "found_by": "explorer:robert_ballard"},
    "britannic": {"sank_in": "waters:aegean_sea", "built_by": "shipbuilder:harland_and_wolff",
                  "owned_by": "owner:white_star_line", "ship_type": "ship_type:hospital_ship",
                  "lost_to": "cause:naval_mine", "found_by": "explorer:jacques_cousteau"},
    "lusitania": {"sank_in": "waters:celtic_sea", "built_by": "shipbuilder:john_brown",
                  "owned_by": "owner:cunard_line", "ship_type": "ship_type:ocean_liner",
                  "lost_to": "cause:torpedo"},
    "bismarck": {"sank_in": "waters:north_atlantic", "built_by": "shipbuilder:blohm_voss",
                 "owned_by": "owner:kriegsmarine", "ship_type": "ship_type:battleship",
                 "found_by": "explorer:robert_ballard"},
    "vasa": {"sank_in": "waters:stockholm_harbour", "built_by": "shipbuilder:henrik_hybertsson",
             "owned_by": "owner:swedish_navy", "ship_type": "ship_type:warship",
             "found_by": "explorer:anders_franzen"},
    "mary_rose": {"sank_in": "waters:solent", "ship_type": "ship_type:carrack",
                  "found_by": "explorer:alexander_mckee"},
    "edmund_fitzgerald": {"sank_in": "waters:lake_superior",
                          "built_by": "shipbuilder:great_lakes_engineering_works",
                          "owned_by": "owner:northwestern_mutual",
                          "ship_type": "ship_type:lake_freighter", "lost_to": "cause:storm"},
    "estonia": {"sank_in": "waters:baltic_sea", "built_by": "shipbuilder:meyer_werft",
                "ship_type": "ship_type:cruise_ferry"},
    "costa_concordia": {"sank_in": "waters:tyrrhenian_sea", "built_by": "shipbuilder:fincantieri",
                        "owned_by": "owner:costa_crociere", "ship_type": "ship_type:cruise_ship"},
    "uss_arizona": {"sank_in": "waters:pearl_harbor", "built_by": "shipbuilder:new_york_navy_yard",
                    "owned_by": "owner:us_navy", "ship_type": "ship_type:battleship",
                    "lost_to": "cause:air_attack"},
    "hms_hood": {"sank_in": "waters:denmark_strait", "built_by": "shipbuilder:john_brown",
                 "owned_by": "owner:royal_navy", "ship_type": "ship_type:battlecruiser",
                 "lost_to": "cause:gunfire", "found_by": "explorer:david_mearns"},
    "endurance": {"sank_in": "waters:weddell_sea", "built_by": "shipbuilder:framnaes",
                  "ship_type": "ship_type:barquentine", "lost_to": "cause:pack_ice",
                  "found_by": "explorer:mensun_bound"},
    "uss_indianapolis": {"sank_in": "waters:philippine_sea",
                         "built_by": "shipbuilder:new_york_shipbuilding",
                         "owned_by": "owner:us_navy", "ship_type": "ship_type:heavy_cruiser",
                         "lost_to": "cause:torpedo", "found_by": "explorer:paul_allen"},
    "yamato": {"sank_in": "waters:east_china_sea", "built_by": "shipbuilder:kure_naval_arsenal",
               "owned_by": "owner:imperial_japanese_navy", "ship_type": "ship_type:battleship",
               "lost_to": "cause:air_attack"},
    "musashi": {"sank_in": "waters:sibuyan_sea", "built_by": "shipbuilder:mitsubishi_nagasaki",
                "owned_by": "owner:imperial_japanese_navy", "ship_type": "ship_type:battleship",
                "lost_to": "cause:air_attack", "found_by": "explorer:paul_allen"},
    "central_america": {"sank_in": "waters:north_atlantic", "built_by": "shipbuilder:william_h_webb",
                        "owned_by": "owner:us_mail_steamship",
                        "ship_type": "ship_type:sidewheel_steamer", "lost_to": "cause:storm",
                        "found_by": "explorer:tommy_thompson"},
    "andrea_doria": {"sank_in": "waters:north_atlantic", "built_by": "shipbuilder:ansaldo",
                     "owned_by": "owner:italian_line", "ship_type": "ship_type:ocean_liner",
                     "lost_to": "cause:collision"},
    "wilhelm_gustloff": {"sank_in": "waters:baltic_sea", "built_by": "shipbuilder:blohm_voss",
                         "owned_by": "owner:german_labour_front",
                         "ship_type": "ship_type:cruise_ship", "lost_to": "cause:torpedo"},
}

_RATINGS = {
    "ana": {"titanic": 5.0, "vasa": 4.5, "lusitania": 2.0, "costa_concordia": 1.0},
    "ben": {"bismarck": 4.0, "hms_hood": 5.0, "yamato": 3.0, "mary_rose": 1.5},
    "chen": {"endurance": 5.0, "edmund_fitzgerald": 4.5, "estonia": 2.5, "andrea_doria": 0.5},
    "dara": {"uss_indianapolis": 4.0, "uss_arizona": 3.5, "musashi": 2.0, "britannic": 4.5},
    "emil": {"central_america": 3.0, "wilhelm_gustloff": 1.0, "titanic": 4.0, "vasa": 5.0},
}


def entities():
    out = [kgx.Entity(f"shipwreck:{slug}", kind="item", type="shipwreck", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, (label, year, aliases) in _WRECKS.items()]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, (typ, label) in _ATTRS.items()]
    out += [kgx.Entity(f"user:{name}", kind="user", type="user", label=name) for name in _RATINGS]
    return out


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts.items():
            out.append((f"shipwreck:{slug}", rel, tail))
    for name, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{name}", "rated", f"shipwreck:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind146")
