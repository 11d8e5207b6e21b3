"""A small rappers graph (blind380). Item year = the rapper's birth year."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("rapper",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("rapper",), range=("place",)),
    kgx.Relation("signed_to", phrase="was signed to", inverse_phrase="signed",
                 domain=("rapper",), range=("label",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="counted among its members",
                 domain=("rapper",), range=("group",)),
    kgx.Relation("has_genre", phrase="is an artist of the genre", inverse_phrase="is a genre of",
                 domain=("rapper",), range=("genre",)),
    kgx.Relation("debut_album", phrase="released the debut album", inverse_phrase="is the debut album of",
                 domain=("rapper",), range=("album",)),
]

# slug, label, birth year
RAPPERS = [
    ("tupac_shakur", "Tupac Shakur", 1971),
    ("the_notorious_big", "The Notorious B.I.G.", 1972),
    ("nas", "Nas", 1973),
    ("jay_z", "Jay-Z", 1969),
    ("eminem", "Eminem", 1972),
    ("snoop_dogg", "Snoop Dogg", 1971),
    ("dr_dre", "Dr. Dre", 1965),
    ("ice_cube", "Ice Cube", 1969),
    ("kendrick_lamar", "Kendrick Lamar", 1987),
    ("lil_wayne", "Lil Wayne", 1982),
    ("kanye_west", "Kanye West", 1977),
    ("missy_elliott", "Missy Elliott", 1971),
    ("lauryn_hill", "Lauryn Hill", 1975),
    ("andre_3000", "André 3000", 1975),
    ("drake", "Drake", 1986),
    ("nicki_minaj", "Nicki Minaj", 1982),
    ("method_man", "Method Man", 1971),
    ("ghostface_killah", "Ghostface Killah", 1970),
]

PLACES = {
    "new_york_city": "New York City", "brooklyn": "Brooklyn", "st_joseph_missouri": "St. Joseph",
    "long_beach": "Long Beach", "compton": "Compton", "los_angeles": "Los Angeles",
    "new_orleans": "New Orleans", "atlanta": "Atlanta", "portsmouth_virginia": "Portsmouth",
    "newark": "Newark", "toronto": "Toronto", "port_of_spain": "Port of Spain",
    "hempstead": "Hempstead", "staten_island": "Staten Island",
}
LABELS = {
    "death_row_records": "Death Row Records", "interscope_records": "Interscope Records",
    "bad_boy_records": "Bad Boy Records", "columbia_records": "Columbia Records",
    "roc_a_fella_records": "Roc-A-Fella Records", "def_jam_recordings": "Def Jam Recordings",
    "aftermath_entertainment": "Aftermath Entertainment", "priority_records": "Priority Records",
    "top_dawg_entertainment": "Top Dawg Entertainment", "cash_money_records": "Cash Money Records",
    "elektra_records": "Elektra Records", "ruffhouse_records": "Ruffhouse Records",
    "laface_records": "LaFace Records", "young_money_entertainment": "Young Money Entertainment",
    "epic_records": "Epic Records",
}
GROUPS = {
    "thug_life": "Thug Life", "the_firm": "The Firm", "nwa": "N.W.A", "d12": "D12",
    "213": "213", "black_hippy": "Black Hippy", "hot_boys": "Hot Boys", "fugees": "Fugees",
    "outkast": "OutKast", "wu_tang_clan": "Wu-Tang Clan", "westside_connection": "Westside Connection",
}
GENRES = {
    "gangsta_rap": "gangsta rap", "g_funk": "G-funk", "east_coast_hip_hop": "East Coast hip hop",
    "west_coast_hip_hop": "West Coast hip hop", "southern_hip_hop": "Southern hip hop",
    "conscious_hip_hop": "conscious hip hop", "pop_rap": "pop rap",
}
ALBUMS = {
    "2pacalypse_now": "2Pacalypse Now", "ready_to_die": "Ready to Die", "illmatic": "Illmatic",
    "reasonable_doubt": "Reasonable Doubt", "infinite": "Infinite", "doggystyle": "Doggystyle",
    "the_chronic": "The Chronic", "amerikkkas_most_wanted": "AmeriKKKa's Most Wanted",
    "section_80": "Section.80", "tha_block_is_hot": "Tha Block Is Hot",
    "the_college_dropout": "The College Dropout", "supa_dupa_fly": "Supa Dupa Fly",
    "the_miseducation_of_lauryn_hill": "The Miseducation of Lauryn Hill",
    "new_blue_sun": "New Blue Sun", "thank_me_later": "Thank Me Later",
    "pink_friday": "Pink Friday", "tical": "Tical", "ironman": "Ironman",
}
USERS = ["ana", "ben", "chen", "dara", "emil"]

# rapper slug -> (born_in, [signed_to], [member_of], [has_genre], debut_album)
FACTS = {
    "tupac_shakur": ("new_york_city", ["death_row_records", "interscope_records"], ["thug_life"],
                     ["gangsta_rap", "west_coast_hip_hop"], "2pacalypse_now"),
    "the_notorious_big": ("brooklyn", ["bad_boy_records"], [], ["gangsta_rap", "east_coast_hip_hop"],
                          "ready_to_die"),
    "nas": ("brooklyn", ["columbia_records"], ["the_firm"], ["east_coast_hip_hop"], "illmatic"),
    "jay_z": ("brooklyn", ["roc_a_fella_records", "def_jam_recordings"], [], ["east_coast_hip_hop"],
              "reasonable_doubt"),
    "eminem": ("st_joseph_missouri", ["aftermath_entertainment"], ["d12"], [], "infinite"),
    "snoop_dogg": ("long_beach", ["death_row_records"], ["213"], ["g_funk", "west_coast_hip_hop"],
                   "doggystyle"),
    "dr_dre": ("compton", ["death_row_records"], ["nwa"], ["g_funk", "west_coast_hip_hop"], "the_chronic"),
    "ice_cube": ("los_angeles", ["priority_records"], ["nwa", "westside_connection"],
                 ["gangsta_rap", "west_coast_hip_hop"], "amerikkkas_most_wanted"),
    "kendrick_lamar": ("compton", ["top_dawg_entertainment", "aftermath_entertainment"], ["black_hippy"],
                       ["west_coast_hip_hop", "conscious_hip_hop"], "section_80"),
    "lil_wayne": ("new_orleans", ["cash_money_records"], ["hot_boys"], ["southern_hip_hop"],
                  "tha_block_is_hot"),
    "kanye_west": ("atlanta", ["roc_a_fella_records"], [], [], "the_college_dropout"),
    "missy_elliott": ("portsmouth_virginia", ["elektra_records"], [], [], "supa_dupa_fly"),
    "lauryn_hill": ("newark", ["ruffhouse_records"], ["fugees"], ["conscious_hip_hop"],
                    "the_miseducation_of_lauryn_hill"),
    "andre_3000": ("atlanta", ["laface_records"], ["outkast"], ["southern_hip_hop"], "new_blue_sun"),
    "drake": ("toronto", ["young_money_entertainment"], [], ["pop_rap"], "thank_me_later"),
    "nicki_minaj": ("port_of_spain", ["young_money_entertainment"], [], ["pop_rap"], "pink_friday"),
    "method_man": ("hempstead", ["def_jam_recordings"], ["wu_tang_clan"], ["east_coast_hip_hop"], "tical"),
    "ghostface_killah": ("staten_island", ["epic_records"], ["wu_tang_clan"], ["east_coast_hip_hop"],
                         "ironman"),
}

RATINGS = {
    "ana": {"tupac_shakur": 5.0, "nas": 4.5, "drake": 1.5, "kendrick_lamar": 4.0},
    "ben": {"eminem": 5.0, "dr_dre": 4.5, "nicki_minaj": 2.0, "method_man": 3.0},
    "chen": {"lauryn_hill": 5.0, "kanye_west": 1.0, "missy_elliott": 4.0, "andre_3000": 4.5},
    "dara": {"jay_z": 3.5, "the_notorious_big": 5.0, "lil_wayne": 0.5, "ghostface_killah": 4.0},
    "emil": {"snoop_dogg": 4.5, "ice_cube": 2.0, "drake": 4.0, "kendrick_lamar": 2.5},
}


def entities():
    ents = [kgx.Entity(f"rapper:{s}", kind="item", type="rapper", label=lab, attrs={"year": y})
            for s, lab, y in RAPPERS]
    for prefix, table in (("place", PLACES), ("label", LABELS), ("group", GROUPS),
                          ("genre", GENRES), ("album", ALBUMS)):
        ents += [kgx.Entity(f"{prefix}:{s}", kind="attribute", type=prefix, label=lab)
                 for s, lab in table.items()]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


def rows():
    out = []
    for s, (place, labels, groups, genres, album) in FACTS.items():
        h = f"rapper:{s}"
        out.append((h, "born_in", f"place:{place}"))
        out += [(h, "signed_to", f"label:{x}") for x in labels]
        out += [(h, "member_of", f"group:{x}") for x in groups]
        out += [(h, "has_genre", f"genre:{x}") for x in genres]
        out.append((h, "debut_album", f"album:{album}"))
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"rapper:{s}", {"rating": r}) for s, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind380")
