"""A small racehorses graph (blind149): famous racehorses, their sires, trainers, jockeys,
big-race wins and countries of birth. ``year`` is the year each horse was foaled."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("racehorse",)),
    kgx.Relation("sired_by", phrase="was sired by", inverse_phrase="sired",
                 domain=("racehorse",), range=("stallion",)),
    kgx.Relation("trained_by", phrase="was trained by", inverse_phrase="trained",
                 domain=("racehorse",), range=("trainer",)),
    kgx.Relation("ridden_by", phrase="was ridden by", inverse_phrase="rode",
                 domain=("racehorse",), range=("jockey",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by",
                 domain=("racehorse",), range=("race",)),
    kgx.Relation("foaled_in", phrase="was foaled in", inverse_phrase="is the birthplace of",
                 domain=("racehorse",), range=("country",)),
    kgx.Relation("sex", phrase="is a", inverse_phrase="is the sex of",
                 domain=("racehorse",), range=("sex",)),
]

# slug, label, year foaled
HORSES = [
    ("secretariat", "Secretariat", 1970),
    ("seattle_slew", "Seattle Slew", 1974),
    ("affirmed", "Affirmed", 1975),
    ("american_pharoah", "American Pharoah", 2012),
    ("justify", "Justify", 2015),
    ("man_o_war", "Man o' War", 1917),
    ("seabiscuit", "Seabiscuit", 1933),
    ("war_admiral", "War Admiral", 1934),
    ("frankel", "Frankel", 2008),
    ("sea_the_stars", "Sea The Stars", 2006),
    ("nijinsky", "Nijinsky", 1967),
    ("phar_lap", "Phar Lap", 1926),
    ("winx", "Winx", 2011),
    ("makybe_diva", "Makybe Diva", 1999),
    ("arkle", "Arkle", 1957),
    ("red_rum", "Red Rum", 1965),
    ("enable", "Enable", 2014),
    ("zenyatta", "Zenyatta", 2004),
    ("dancing_brave", "Dancing Brave", 1983),
]

# attribute type -> [(slug, label)]
ATTRIBUTES = {
    "stallion": [
        ("bold_ruler", "Bold Ruler"), ("bold_reasoning", "Bold Reasoning"),
        ("exclusive_native", "Exclusive Native"), ("pioneerof_the_nile", "Pioneerof the Nile"),
        ("scat_daddy", "Scat Daddy"), ("fair_play", "Fair Play"), ("hard_tack", "Hard Tack"),
        ("galileo", "Galileo"), ("cape_cross", "Cape Cross"), ("northern_dancer", "Northern Dancer"),
        ("night_raid", "Night Raid"), ("street_cry", "Street Cry"), ("desert_king", "Desert King"),
        ("archive", "Archive"), ("quorum", "Quorum"), ("nathaniel", "Nathaniel"),
        ("lyphard", "Lyphard"),
    ],
    "trainer": [
        ("lucien_laurin", "Lucien Laurin"), ("billy_turner", "Billy Turner"),
        ("laz_barrera", "Laz Barrera"), ("bob_baffert", "Bob Baffert"),
        ("louis_feustel", "Louis Feustel"), ("tom_smith", "Tom Smith"),
        ("george_conway", "George Conway"), ("henry_cecil", "Henry Cecil"),
        ("john_oxx", "John Oxx"), ("vincent_obrien", "Vincent O'Brien"),
        ("harry_telford", "Harry Telford"), ("chris_waller", "Chris Waller"),
        ("lee_freedman", "Lee Freedman"), ("tom_dreaper", "Tom Dreaper"),
        ("ginger_mccain", "Ginger McCain"), ("john_gosden", "John Gosden"),
        ("john_shirreffs", "John Shirreffs"), ("guy_harwood", "Guy Harwood"),
    ],
    "jockey": [
        ("ron_turcotte", "Ron Turcotte"), ("jean_cruguet", "Jean Cruguet"),
        ("steve_cauthen", "Steve Cauthen"), ("victor_espinoza", "Victor Espinoza"),
        ("mike_smith", "Mike Smith"), ("clarence_kummer", "Clarence Kummer"),
        ("red_pollard", "Red Pollard"), ("charley_kurtsinger", "Charley Kurtsinger"),
        ("tom_queally", "Tom Queally"), ("mick_kinane", "Mick Kinane"),
        ("lester_piggott", "Lester Piggott"), ("jim_pike", "Jim Pike"),
        ("hugh_bowman", "Hugh Bowman"), ("glen_boss", "Glen Boss"),
        ("pat_taaffe", "Pat Taaffe"), ("brian_fletcher", "Brian Fletcher"),
        ("tommy_stack", "Tommy Stack"), ("frankie_dettori", "Frankie Dettori"),
        ("pat_eddery", "Pat Eddery"),
    ],
    "race": [
        ("kentucky_derby", "Kentucky Derby"), ("preakness_stakes", "Preakness Stakes"),
        ("belmont_stakes", "Belmont Stakes"), ("breeders_cup_classic", "Breeders' Cup Classic"),
        ("santa_anita_handicap", "Santa Anita Handicap"), ("two_thousand_guineas", "2000 Guineas"),
        ("epsom_derby", "Epsom Derby"), ("st_leger", "St Leger Stakes"),
        ("king_george", "King George VI and Queen Elizabeth Stakes"),
        ("arc", "Prix de l'Arc de Triomphe"), ("sussex_stakes", "Sussex Stakes"),
        ("international_stakes", "International Stakes"), ("champion_stakes", "Champion Stakes"),
        ("melbourne_cup", "Melbourne Cup"), ("cox_plate", "Cox Plate"),
        ("cheltenham_gold_cup", "Cheltenham Gold Cup"), ("grand_national", "Grand National"),
        ("epsom_oaks", "Epsom Oaks"),
    ],
    "sex": [("stallion", "stallion"), ("mare", "mare"), ("gelding", "gelding")],
    "country": [
        ("united_states", "United States"), ("great_britain", "Great Britain"),
        ("ireland", "Ireland"), ("canada", "Canada"), ("new_zealand", "New Zealand"),
        ("australia", "Australia"),
    ],
}

SEX = {"phar_lap": "gelding", "arkle": "gelding", "red_rum": "gelding",
       "winx": "mare", "makybe_diva": "mare", "enable": "mare", "zenyatta": "mare"}
# every other horse of the graph is an entire male (stallion)

USERS = ["ana", "ben", "chen", "dara", "emil"]

# horse slug: (sire, trainer, [jockeys], [races], country)
FACTS = {
    "secretariat": ("bold_ruler", "lucien_laurin", ["ron_turcotte"],
                    ["kentucky_derby", "preakness_stakes", "belmont_stakes"], "united_states"),
    "seattle_slew": ("bold_reasoning", "billy_turner", ["jean_cruguet"],
                     ["kentucky_derby", "preakness_stakes", "belmont_stakes"], "united_states"),
    "affirmed": ("exclusive_native", "laz_barrera", ["steve_cauthen"],
                 ["kentucky_derby", "preakness_stakes", "belmont_stakes"], "united_states"),
    "american_pharoah": ("pioneerof_the_nile", "bob_baffert", ["victor_espinoza"],
                         ["kentucky_derby", "preakness_stakes", "belmont_stakes",
                          "breeders_cup_classic"], "united_states"),
    "justify": ("scat_daddy", "bob_baffert", ["mike_smith"],
                ["kentucky_derby", "preakness_stakes", "belmont_stakes"], "united_states"),
    "man_o_war": ("fair_play", "louis_feustel", ["clarence_kummer"],
                  ["preakness_stakes", "belmont_stakes"], "united_states"),
    "seabiscuit": ("hard_tack", "tom_smith", ["red_pollard"], ["santa_anita_handicap"],
                   "united_states"),
    "war_admiral": (None, "george_conway", ["charley_kurtsinger"],
                    ["kentucky_derby", "preakness_stakes", "belmont_stakes"], "united_states"),
    "frankel": ("galileo", "henry_cecil", ["tom_queally"],
                ["two_thousand_guineas", "sussex_stakes", "international_stakes",
                 "champion_stakes"], "great_britain"),
    "sea_the_stars": ("cape_cross", "john_oxx", ["mick_kinane"],
                      ["two_thousand_guineas", "epsom_derby", "international_stakes", "arc"],
                      "ireland"),
    "nijinsky": ("northern_dancer", "vincent_obrien", ["lester_piggott"],
                 ["two_thousand_guineas", "epsom_derby", "king_george", "st_leger"], "canada"),
    "phar_lap": ("night_raid", "harry_telford", ["jim_pike"], ["melbourne_cup"], "new_zealand"),
    "winx": ("street_cry", "chris_waller", ["hugh_bowman"], ["cox_plate"], "australia"),
    "makybe_diva": ("desert_king", "lee_freedman", ["glen_boss"], ["melbourne_cup"],
                    "great_britain"),
    "arkle": ("archive", "tom_dreaper", ["pat_taaffe"], ["cheltenham_gold_cup"], "ireland"),
    "red_rum": ("quorum", "ginger_mccain", ["brian_fletcher", "tommy_stack"],
                ["grand_national"], "ireland"),
    "enable": ("nathaniel", "john_gosden", ["frankie_dettori"],
               ["epsom_oaks", "king_george", "arc"], "great_britain"),
    "zenyatta": ("street_cry", "john_shirreffs", ["mike_smith"], ["breeders_cup_classic"],
                 "united_states"),
    "dancing_brave": ("lyphard", "guy_harwood", ["pat_eddery"],
                      ["two_thousand_guineas", "king_george", "arc"], "united_states"),
}

RATINGS = {
    "ana": [("secretariat", 5.0), ("frankel", 4.5), ("red_rum", 2.0), ("phar_lap", 4.0)],
    "ben": [("seabiscuit", 5.0), ("justify", 1.5), ("arkle", 4.0), ("enable", 3.0)],
    "chen": [("winx", 4.5), ("zenyatta", 5.0), ("man_o_war", 1.0), ("nijinsky", 3.5)],
    "dara": [("sea_the_stars", 4.0), ("american_pharoah", 2.0), ("makybe_diva", 5.0),
             ("affirmed", 3.0)],
    "emil": [("seattle_slew", 4.5), ("war_admiral", 0.5), ("dancing_brave", 4.0),
             ("secretariat", 3.5)],
}


def entities():
    out = [kgx.Entity(f"racehorse:{slug}", kind="item", type="racehorse", label=label,
                      attrs={"year": year, "born": year}) for slug, label, year in HORSES]
    for typ, members in ATTRIBUTES.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in members]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for horse, (sire, trainer, jockeys, races, country) in FACTS.items():
        h = f"racehorse:{horse}"
        if sire:
            out.append((h, "sired_by", f"stallion:{sire}"))
        out.append((h, "trained_by", f"trainer:{trainer}"))
        out += [(h, "ridden_by", f"jockey:{j}") for j in jockeys]
        out += [(h, "won", f"race:{r}") for r in races]
        out.append((h, "foaled_in", f"country:{country}"))
        out.append((h, "sex", f"sex:{SEX.get(horse, 'stallion')}"))
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"racehorse:{item}", {"rating": r})
                for item, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind149")
