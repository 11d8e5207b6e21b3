"""A small horse breeds graph (blind325).

Each breed's `year` is the year its first stud book, breed registry or
founding stud was established (for the Haflinger: the year its foundation
stallion Folie was foaled).
"""
import kgexplain as kgx

B = "horse_breed"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(B,)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the homeland of",
                 domain=(B,), range=("country",)),
    kgx.Relation("classed_as", phrase="is classed as a", inverse_phrase="is the class of",
                 domain=(B,), range=("horse_type",)),
    kgx.Relation("registered_by", phrase="is registered by", inverse_phrase="keeps the stud book of",
                 domain=(B,), range=("organisation",)),
    kgx.Relation("foundation_sire", phrase="traces back to the foundation sire",
                 inverse_phrase="is a foundation sire of", domain=(B,), range=("stallion",)),
    kgx.Relation("used_for", phrase="is used for", inverse_phrase="is a discipline of",
                 domain=(B,), range=("discipline",)),
    kgx.Relation("coat_colour", phrase="typically has a coat that is",
                 inverse_phrase="is the typical coat colour of", domain=(B,), range=("coat_colour",)),
]

BREEDS = [
    ("thoroughbred", "Thoroughbred", 1791),
    ("american_quarter_horse", "American Quarter Horse", 1940),
    ("appaloosa", "Appaloosa", 1938),
    ("morgan", "Morgan", 1894),
    ("standardbred", "Standardbred", 1879),
    ("tennessee_walking_horse", "Tennessee Walking Horse", 1935),
    ("american_saddlebred", "American Saddlebred", 1891),
    ("lipizzaner", "Lipizzaner", 1580),
    ("friesian", "Friesian", 1879),
    ("haflinger", "Haflinger", 1874),
    ("clydesdale", "Clydesdale", 1877),
    ("shire", "Shire", 1878),
    ("percheron", "Percheron", 1883),
    ("suffolk_punch", "Suffolk Punch", 1877),
    ("hanoverian", "Hanoverian", 1735),
    ("trakehner", "Trakehner", 1732),
    ("connemara_pony", "Connemara pony", 1923),
    ("shetland_pony", "Shetland pony", 1890),
]

ATTRIBUTES = [
    # countries
    ("country:england", "country", "England"),
    ("country:scotland", "country", "Scotland"),
    ("country:ireland", "country", "Ireland"),
    ("country:united_states", "country", "United States"),
    ("country:france", "country", "France"),
    ("country:germany", "country", "Germany"),
    ("country:netherlands", "country", "Netherlands"),
    ("country:austria", "country", "Austria"),
    ("country:italy", "country", "Italy"),
    ("country:slovenia", "country", "Slovenia"),
    # horse types
    ("horse_type:light_horse", "horse_type", "Light horse"),
    ("horse_type:draft_horse", "horse_type", "Draft horse"),
    ("horse_type:warmblood", "horse_type", "Warmblood"),
    ("horse_type:gaited_horse", "horse_type", "Gaited horse"),
    ("horse_type:pony", "horse_type", "Pony"),
    # organisations
    ("organisation:weatherbys", "organisation", "Weatherbys"),
    ("organisation:aqha", "organisation", "American Quarter Horse Association"),
    ("organisation:appaloosa_horse_club", "organisation", "Appaloosa Horse Club"),
    ("organisation:amha", "organisation", "American Morgan Horse Association"),
    ("organisation:usta", "organisation", "United States Trotting Association"),
    ("organisation:twhbea", "organisation", "Tennessee Walking Horse Breeders' and Exhibitors' Association"),
    ("organisation:asha", "organisation", "American Saddlebred Horse Association"),
    ("organisation:kfps", "organisation", "Royal Friesian Horse Studbook"),
    ("organisation:clydesdale_horse_society", "organisation", "Clydesdale Horse Society"),
    ("organisation:shire_horse_society", "organisation", "Shire Horse Society"),
    ("organisation:suffolk_horse_society", "organisation", "Suffolk Horse Society"),
    ("organisation:cpbs", "organisation", "Connemara Pony Breeders' Society"),
    ("organisation:shetland_pony_society", "organisation", "Shetland Pony Stud-Book Society"),
    # foundation sires
    ("stallion:darley_arabian", "stallion", "Darley Arabian"),
    ("stallion:byerley_turk", "stallion", "Byerley Turk"),
    ("stallion:godolphin_arabian", "stallion", "Godolphin Arabian"),
    ("stallion:figure", "stallion", "Figure"),
    ("stallion:hambletonian_10", "stallion", "Hambletonian 10"),
    ("stallion:black_allan", "stallion", "Black Allan"),
    ("stallion:denmark", "stallion", "Denmark"),
    ("stallion:folie", "stallion", "Folie"),
    ("stallion:crisps_horse_of_ufford", "stallion", "Crisp's Horse of Ufford"),
    # disciplines
    ("discipline:flat_racing", "discipline", "Flat racing"),
    ("discipline:harness_racing", "discipline", "Harness racing"),
    ("discipline:western_riding", "discipline", "Western riding"),
    ("discipline:dressage", "discipline", "Dressage"),
    ("discipline:show_jumping", "discipline", "Show jumping"),
    ("discipline:carriage_driving", "discipline", "Carriage driving"),
    ("discipline:farm_work", "discipline", "Farm work"),
    # coat colours
    ("coat_colour:black", "coat_colour", "Black"),
    ("coat_colour:grey", "coat_colour", "Grey"),
    ("coat_colour:chestnut", "coat_colour", "Chestnut"),
    ("coat_colour:spotted", "coat_colour", "Spotted"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"{B}:{slug}", kind="item", type=B, label=label, attrs={"year": year})
           for slug, label, year in BREEDS]
    out += [kgx.Entity(eid, kind="attribute", type=t, label=label) for eid, t, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "thoroughbred": [("originated_in", "country:england"), ("classed_as", "horse_type:light_horse"),
                     ("registered_by", "organisation:weatherbys"),
                     ("foundation_sire", "stallion:darley_arabian"), ("foundation_sire", "stallion:byerley_turk"),
                     ("foundation_sire", "stallion:godolphin_arabian"), ("used_for", "discipline:flat_racing")],
    "american_quarter_horse": [("originated_in", "country:united_states"), ("classed_as", "horse_type:light_horse"),
                               ("registered_by", "organisation:aqha"), ("used_for", "discipline:western_riding")],
    "appaloosa": [("originated_in", "country:united_states"), ("classed_as", "horse_type:light_horse"),
                  ("registered_by", "organisation:appaloosa_horse_club"), ("used_for", "discipline:western_riding"),
                  ("coat_colour", "coat_colour:spotted")],
    "morgan": [("originated_in", "country:united_states"), ("classed_as", "horse_type:light_horse"),
               ("registered_by", "organisation:amha"), ("foundation_sire", "stallion:figure")],
    "standardbred": [("originated_in", "country:united_states"), ("classed_as", "horse_type:light_horse"),
                     ("registered_by", "organisation:usta"), ("foundation_sire", "stallion:hambletonian_10"),
                     ("used_for", "discipline:harness_racing")],
    "tennessee_walking_horse": [("originated_in", "country:united_states"), ("classed_as", "horse_type:gaited_horse"),
                                ("registered_by", "organisation:twhbea"), ("foundation_sire", "stallion:black_allan")],
    "american_saddlebred": [("originated_in", "country:united_states"), ("classed_as", "horse_type:gaited_horse"),
                            ("registered_by", "organisation:asha"), ("foundation_sire", "stallion:denmark")],
    "lipizzaner": [("originated_in", "country:slovenia"), ("used_for", "discipline:dressage"),
                   ("coat_colour", "coat_colour:grey")],
    "friesian": [("originated_in", "country:netherlands"), ("registered_by", "organisation:kfps"),
                 ("used_for", "discipline:carriage_driving"), ("coat_colour", "coat_colour:black")],
    "haflinger": [("originated_in", "country:austria"), ("originated_in", "country:italy"),
                  ("foundation_sire", "stallion:folie"), ("coat_colour", "coat_colour:chestnut")],
    "clydesdale": [("originated_in", "country:scotland"), ("classed_as", "horse_type:draft_horse"),
                   ("registered_by", "organisation:clydesdale_horse_society"), ("used_for", "discipline:farm_work")],
    "shire": [("originated_in", "country:england"), ("classed_as", "horse_type:draft_horse"),
              ("registered_by", "organisation:shire_horse_society"), ("used_for", "discipline:farm_work")],
    "percheron": [("originated_in", "country:france"), ("classed_as", "horse_type:draft_horse"),
                  ("used_for", "discipline:farm_work"), ("coat_colour", "coat_colour:grey")],
    "suffolk_punch": [("originated_in", "country:england"), ("classed_as", "horse_type:draft_horse"),
                      ("registered_by", "organisation:suffolk_horse_society"),
                      ("foundation_sire", "stallion:crisps_horse_of_ufford"), ("used_for", "discipline:farm_work"),
                      ("coat_colour", "coat_colour:chestnut")],
    "hanoverian": [("originated_in", "country:germany"), ("classed_as", "horse_type:warmblood"),
                   ("used_for", "discipline:show_jumping"), ("used_for", "discipline:dressage")],
    "trakehner": [("originated_in", "country:germany"), ("classed_as", "horse_type:warmblood"),
                  ("used_for", "discipline:dressage")],
    "connemara_pony": [("originated_in", "country:ireland"), ("classed_as", "horse_type:pony"),
                       ("registered_by", "organisation:cpbs")],
    "shetland_pony": [("originated_in", "country:scotland"), ("classed_as", "horse_type:pony"),
                      ("registered_by", "organisation:shetland_pony_society")],
}

RATINGS = {
    "ana": [("thoroughbred", 5.0), ("friesian", 4.5), ("shetland_pony", 1.5), ("hanoverian", 3.0)],
    "ben": [("clydesdale", 4.0), ("percheron", 2.0), ("tennessee_walking_horse", 5.0), ("appaloosa", 3.5)],
    "chen": [("lipizzaner", 4.5), ("haflinger", 1.0), ("morgan", 4.0), ("standardbred", 2.5)],
    "dara": [("american_quarter_horse", 5.0), ("connemara_pony", 4.0), ("trakehner", 0.5), ("shire", 3.0)],
    "emil": [("suffolk_punch", 4.5), ("american_saddlebred", 2.0), ("thoroughbred", 3.5), ("friesian", 5.0)],
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tail in facts:
            out.append((f"{B}:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"{B}:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind325")
