"""blind203: a small graph of real sports trophies."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("trophy",)),
    kgx.Relation("awarded_in", phrase="is awarded in", inverse_phrase="awards", domain=("trophy",), range=("sport",)),
    kgx.Relation("presented_by", phrase="is presented by", inverse_phrase="presents", domain=("trophy",), range=("organisation",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("trophy",), range=("person", "city", "yacht", "company")),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("trophy",), range=("person",)),
    kgx.Relation("made_by", phrase="was made by", inverse_phrase="made", domain=("trophy",), range=("company",)),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the material of", domain=("trophy",), range=("material",)),
]

_TROPHIES = [
    ("stanley_cup", "Stanley Cup", 1893),
    ("fifa_world_cup_trophy", "FIFA World Cup Trophy", 1974),
    ("jules_rimet_trophy", "Jules Rimet Trophy", 1930),
    ("vince_lombardi_trophy", "Vince Lombardi Trophy", 1967),
    ("larry_obrien_trophy", "Larry O'Brien Championship Trophy", 1977),
    ("commissioners_trophy", "Commissioner's Trophy", 1967),
    ("webb_ellis_cup", "Webb Ellis Cup", 1987),
    ("claret_jug", "Claret Jug", 1873),
    ("calcutta_cup", "Calcutta Cup", 1879),
    ("ryder_cup", "Ryder Cup", 1927),
    ("davis_cup", "Davis Cup", 1900),
    ("americas_cup", "America's Cup", 1851),
    ("grey_cup", "Grey Cup", 1909),
    ("heisman_trophy", "Heisman Trophy", 1935),
    ("ballon_dor", "Ballon d'Or", 1956),
    ("borg_warner_trophy", "Borg-Warner Trophy", 1936),
    ("european_cup", "European Champion Clubs' Cup", 1967),
    ("venus_rosewater_dish", "Venus Rosewater Dish", 1886),
]

_ATTRIBUTES = [
    # sports
    ("sport:ice_hockey", "sport", "ice hockey", ()),
    ("sport:association_football", "sport", "association football", ("soccer",)),
    ("sport:american_football", "sport", "American football", ()),
    ("sport:basketball", "sport", "basketball", ()),
    ("sport:baseball", "sport", "baseball", ()),
    ("sport:rugby_union", "sport", "rugby union", ()),
    ("sport:golf", "sport", "golf", ()),
    ("sport:tennis", "sport", "tennis", ()),
    ("sport:sailing", "sport", "sailing", ()),
    ("sport:canadian_football", "sport", "Canadian football", ()),
    ("sport:motor_racing", "sport", "motor racing", ()),
    # organisations
    ("org:nhl", "organisation", "National Hockey League", ("NHL",)),
    ("org:fifa", "organisation", "FIFA", ()),
    ("org:nfl", "organisation", "National Football League", ("NFL",)),
    ("org:nba", "organisation", "National Basketball Association", ("NBA",)),
    ("org:mlb", "organisation", "Major League Baseball", ("MLB",)),
    ("org:world_rugby", "organisation", "World Rugby", ()),
    ("org:randa", "organisation", "The R&A", ("R&A",)),
    ("org:itf", "organisation", "International Tennis Federation", ("ITF",)),
    ("org:cfl", "organisation", "Canadian Football League", ("CFL",)),
    ("org:heisman_trust", "organisation", "Heisman Trophy Trust", ()),
    ("org:france_football", "organisation", "France Football", ()),
    ("org:uefa", "organisation", "UEFA", ()),
    ("org:aeltc", "organisation", "All England Lawn Tennis Club", ()),
    # namesakes
    ("person:lord_stanley", "person", "Lord Stanley of Preston", ()),
    ("person:jules_rimet", "person", "Jules Rimet", ()),
    ("person:vince_lombardi", "person", "Vince Lombardi", ()),
    ("person:larry_obrien", "person", "Larry O'Brien", ()),
    ("person:william_webb_ellis", "person", "William Webb Ellis", ()),
    ("person:samuel_ryder", "person", "Samuel Ryder", ()),
    ("person:dwight_davis", "person", "Dwight F. Davis", ()),
    ("person:earl_grey", "person", "Earl Grey", ()),
    ("person:john_heisman", "person", "John Heisman", ()),
    ("city:calcutta", "city", "Calcutta", ()),
    ("yacht:america", "yacht", "America", ()),
    ("company:borgwarner", "company", "BorgWarner", ()),
    # designers
    ("person:silvio_gazzaniga", "person", "Silvio Gazzaniga", ()),
    ("person:abel_lafleur", "person", "Abel Lafleur", ()),
    ("person:oscar_riedener", "person", "Oscar Riedener", ()),
    ("person:rowland_rhodes", "person", "Rowland Rhodes", ()),
    ("person:frank_eliscu", "person", "Frank Eliscu", ()),
    ("person:robert_j_hill", "person", "Robert J. Hill", ()),
    ("person:jurg_stadelmann", "person", "Jürg Stadelmann", ()),
    # makers
    ("company:bertoni", "company", "GDE Bertoni", ("Bertoni",)),
    ("company:tiffany", "company", "Tiffany & Co.", ("Tiffany",)),
    ("company:carrington", "company", "Carrington & Co.", ()),
    ("company:mackay_cunningham", "company", "Mackay Cunningham & Company", ()),
    ("company:mappin_webb", "company", "Mappin & Webb", ()),
    ("company:garrard", "company", "Garrard & Co.", ("Garrard",)),
    ("company:birks", "company", "Birks", ()),
    ("company:mellerio", "company", "Mellerio dits Meller", ("Mellerio",)),
    ("company:gorham", "company", "Gorham Manufacturing Company", ("Gorham",)),
    ("company:elkington", "company", "Elkington & Co.", ()),
    # materials
    ("material:silver", "material", "silver", ()),
    ("material:sterling_silver", "material", "sterling silver", ()),
    ("material:gold", "material", "gold", ()),
    ("material:silver_gilt", "material", "silver gilt", ("gilded silver",)),
    ("material:lapis_lazuli", "material", "lapis lazuli", ()),
    ("material:malachite", "material", "malachite", ()),
    ("material:bronze", "material", "bronze", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"trophy:{slug}", kind="item", type="trophy", label=label, attrs={"year": year})
           for slug, label, year in _TROPHIES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=aliases)
            for eid, typ, label, aliases in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "stanley_cup": [("awarded_in", "sport:ice_hockey"), ("presented_by", "org:nhl"),
                    ("named_after", "person:lord_stanley"), ("made_of", "material:silver")],
    "fifa_world_cup_trophy": [("awarded_in", "sport:association_football"), ("presented_by", "org:fifa"),
                              ("designed_by", "person:silvio_gazzaniga"), ("made_by", "company:bertoni"),
                              ("made_of", "material:gold"), ("made_of", "material:malachite")],
    "jules_rimet_trophy": [("awarded_in", "sport:association_football"), ("presented_by", "org:fifa"),
                           ("named_after", "person:jules_rimet"), ("designed_by", "person:abel_lafleur"),
                           ("made_of", "material:silver_gilt"), ("made_of", "material:lapis_lazuli")],
    "vince_lombardi_trophy": [("awarded_in", "sport:american_football"), ("presented_by", "org:nfl"),
                              ("named_after", "person:vince_lombardi"), ("designed_by", "person:oscar_riedener"),
                              ("made_by", "company:tiffany"), ("made_of", "material:sterling_silver")],
    "larry_obrien_trophy": [("awarded_in", "sport:basketball"), ("presented_by", "org:nba"),
                            ("named_after", "person:larry_obrien"), ("made_of", "material:sterling_silver")],
    "commissioners_trophy": [("awarded_in", "sport:baseball"), ("presented_by", "org:mlb"),
                             ("made_by", "company:tiffany"), ("made_of", "material:sterling_silver")],
    "webb_ellis_cup": [("awarded_in", "sport:rugby_union"), ("presented_by", "org:world_rugby"),
                       ("named_after", "person:william_webb_ellis"), ("made_by", "company:carrington"),
                       ("made_of", "material:silver_gilt")],
    "claret_jug": [("awarded_in", "sport:golf"), ("presented_by", "org:randa"),
                   ("made_by", "company:mackay_cunningham"), ("made_of", "material:silver")],
    "calcutta_cup": [("awarded_in", "sport:rugby_union"), ("named_after", "city:calcutta"),
                     ("made_of", "material:silver")],
    "ryder_cup": [("awarded_in", "sport:golf"), ("named_after", "person:samuel_ryder"),
                  ("made_by", "company:mappin_webb")],
    "davis_cup": [("awarded_in", "sport:tennis"), ("presented_by", "org:itf"),
                  ("named_after", "person:dwight_davis"), ("designed_by", "person:rowland_rhodes"),
                  ("made_of", "material:sterling_silver")],
    "americas_cup": [("awarded_in", "sport:sailing"), ("named_after", "yacht:america"),
                     ("made_by", "company:garrard"), ("made_of", "material:sterling_silver")],
    "grey_cup": [("awarded_in", "sport:canadian_football"), ("presented_by", "org:cfl"),
                 ("named_after", "person:earl_grey"), ("made_by", "company:birks"),
                 ("made_of", "material:silver")],
    "heisman_trophy": [("awarded_in", "sport:american_football"), ("presented_by", "org:heisman_trust"),
                       ("named_after", "person:john_heisman"), ("designed_by", "person:frank_eliscu"),
                       ("made_of", "material:bronze")],
    "ballon_dor": [("awarded_in", "sport:association_football"), ("presented_by", "org:france_football"),
                   ("made_by", "company:mellerio")],
    "borg_warner_trophy": [("awarded_in", "sport:motor_racing"), ("named_after", "company:borgwarner"),
                           ("designed_by", "person:robert_j_hill"), ("made_by", "company:gorham"),
                           ("made_of", "material:sterling_silver")],
    "european_cup": [("awarded_in", "sport:association_football"), ("presented_by", "org:uefa"),
                     ("designed_by", "person:jurg_stadelmann"), ("made_of", "material:silver")],
    "venus_rosewater_dish": [("awarded_in", "sport:tennis"), ("presented_by", "org:aeltc"),
                             ("made_by", "company:elkington"), ("made_of", "material:sterling_silver")],
}

_RATINGS = {
    "ana": [("stanley_cup", 5.0), ("claret_jug", 4.5), ("grey_cup", 2.0), ("heisman_trophy", 3.0)],
    "ben": [("fifa_world_cup_trophy", 4.0), ("jules_rimet_trophy", 5.0), ("ballon_dor", 1.5), ("webb_ellis_cup", 3.5)],
    "chen": [("davis_cup", 4.5), ("venus_rosewater_dish", 4.0), ("americas_cup", 1.0), ("ryder_cup", 2.5)],
    "dara": [("vince_lombardi_trophy", 3.0), ("larry_obrien_trophy", 4.0), ("commissioners_trophy", 2.0), ("borg_warner_trophy", 5.0)],
    "emil": [("calcutta_cup", 4.5), ("european_cup", 5.0), ("heisman_trophy", 1.5), ("stanley_cup", 3.5)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((f"trophy:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"trophy:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind203")
