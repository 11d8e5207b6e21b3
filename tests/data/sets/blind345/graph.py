"""A small graph of real racecourses (horse racing venues), declared in code.

Items are racecourses; their `year` is the year racing began there (or the
year the venue opened). Attributes are places, races, organisations, people,
racing disciplines and track surfaces.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("racecourse",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("racecourse",), range=("place",)),
    kgx.Relation("hosts_race", phrase="hosts", inverse_phrase="is run at",
                 domain=("racecourse",), range=("race",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=("racecourse",), range=("organisation",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("racecourse",), range=("person",)),
    kgx.Relation("discipline", phrase="stages", inverse_phrase="is staged at",
                 domain=("racecourse",), range=("discipline",)),
    kgx.Relation("surface", phrase="races on", inverse_phrase="is a racing surface at",
                 domain=("racecourse",), range=("surface",)),
]

# slug, label, year
_ITEMS = [
    ("epsom_downs", "Epsom Downs Racecourse", 1661),
    ("ascot", "Ascot Racecourse", 1711),
    ("aintree", "Aintree Racecourse", 1829),
    ("cheltenham", "Cheltenham Racecourse", 1831),
    ("newmarket", "Newmarket Racecourse", 1622),
    ("york", "York Racecourse", 1731),
    ("goodwood", "Goodwood Racecourse", 1802),
    ("churchill_downs", "Churchill Downs", 1875),
    ("pimlico", "Pimlico Race Course", 1870),
    ("belmont_park", "Belmont Park", 1905),
    ("saratoga", "Saratoga Race Course", 1863),
    ("santa_anita", "Santa Anita Park", 1934),
    ("longchamp", "Longchamp Racecourse", 1857),
    ("chantilly", "Chantilly Racecourse", 1834),
    ("flemington", "Flemington Racecourse", 1840),
    ("meydan", "Meydan Racecourse", 2010),
    ("sha_tin", "Sha Tin Racecourse", 1978),
    ("tokyo", "Tokyo Racecourse", 1933),
]

_PLACES = {
    "epsom": "Epsom", "ascot": "Ascot", "merseyside": "Merseyside",
    "cheltenham": "Cheltenham", "newmarket": "Newmarket", "york": "York",
    "west_sussex": "West Sussex", "louisville": "Louisville", "baltimore": "Baltimore",
    "elmont": "Elmont", "saratoga_springs": "Saratoga Springs", "arcadia": "Arcadia",
    "paris": "Paris", "chantilly": "Chantilly", "melbourne": "Melbourne",
    "dubai": "Dubai", "hong_kong": "Hong Kong", "fuchu": "Fuchū",
}

_RACES = {
    "epsom_derby": "Epsom Derby", "epsom_oaks": "Epsom Oaks",
    "ascot_gold_cup": "Ascot Gold Cup",
    "king_george_vi_and_queen_elizabeth_stakes": "King George VI and Queen Elizabeth Stakes",
    "grand_national": "Grand National",
    "cheltenham_gold_cup": "Cheltenham Gold Cup", "champion_hurdle": "Champion Hurdle",
    "2000_guineas": "2000 Guineas", "1000_guineas": "1000 Guineas",
    "ebor_handicap": "Ebor Handicap", "juddmonte_international": "Juddmonte International",
    "sussex_stakes": "Sussex Stakes",
    "kentucky_derby": "Kentucky Derby", "kentucky_oaks": "Kentucky Oaks",
    "preakness_stakes": "Preakness Stakes", "belmont_stakes": "Belmont Stakes",
    "travers_stakes": "Travers Stakes", "santa_anita_handicap": "Santa Anita Handicap",
    "prix_de_l_arc_de_triomphe": "Prix de l'Arc de Triomphe",
    "prix_du_jockey_club": "Prix du Jockey Club", "prix_de_diane": "Prix de Diane",
    "melbourne_cup": "Melbourne Cup", "dubai_world_cup": "Dubai World Cup",
    "hong_kong_cup": "Hong Kong Cup", "japan_cup": "Japan Cup", "tokyo_yushun": "Tokyo Yushun",
}

_ORGS = {
    "jockey_club": "The Jockey Club",
    "churchill_downs_incorporated": "Churchill Downs Incorporated",
    "new_york_racing_association": "New York Racing Association",
    "stronach_group": "The Stronach Group",
    "france_galop": "France Galop",
    "victoria_racing_club": "Victoria Racing Club",
    "hong_kong_jockey_club": "Hong Kong Jockey Club",
    "japan_racing_association": "Japan Racing Association",
}

_PEOPLE = {
    "queen_anne": "Queen Anne",
    "william_lynn": "William Lynn",
    "meriwether_lewis_clark_jr": "Meriwether Lewis Clark Jr.",
    "john_morrissey": "John Morrissey",
    "august_belmont_jr": "August Belmont Jr.",
    "charles_h_strub": "Charles H. Strub",
    "hal_roach": "Hal Roach",
    "mohammed_bin_rashid_al_maktoum": "Mohammed bin Rashid Al Maktoum",
}

_DISCIPLINES = {"flat_racing": "flat racing", "jump_racing": "jump racing"}
_SURFACES = {"turf": "turf", "dirt": "dirt", "all_weather": "all-weather"}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    ents = [kgx.Entity(f"racecourse:{slug}", kind="item", type="racecourse", label=label,
                       attrs={"year": year}) for slug, label, year in _ITEMS]
    for prefix, typ, table in [("place", "place", _PLACES), ("race", "race", _RACES),
                               ("org", "organisation", _ORGS), ("person", "person", _PEOPLE),
                               ("discipline", "discipline", _DISCIPLINES),
                               ("surface", "surface", _SURFACES)]:
        ents += [kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label)
                 for slug, label in table.items()]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


_FACTS = {
    # slug: (place, [races], organisation or None, [founders], [disciplines], [surfaces])
    "epsom_downs": ("epsom", ["epsom_derby", "epsom_oaks"], "jockey_club", [],
                    ["flat_racing"], ["turf"]),
    "ascot": ("ascot", ["ascot_gold_cup", "king_george_vi_and_queen_elizabeth_stakes"], None,
              ["queen_anne"], ["flat_racing", "jump_racing"], ["turf"]),
    "aintree": ("merseyside", ["grand_national"], "jockey_club", ["william_lynn"],
                ["jump_racing"], ["turf"]),
    "cheltenham": ("cheltenham", ["cheltenham_gold_cup", "champion_hurdle"], "jockey_club", [],
                   ["jump_racing"], ["turf"]),
    "newmarket": ("newmarket", ["2000_guineas", "1000_guineas"], "jockey_club", [],
                  ["flat_racing"], ["turf"]),
    "york": ("york", ["ebor_handicap", "juddmonte_international"], None, [],
             ["flat_racing"], ["turf"]),
    "goodwood": ("west_sussex", ["sussex_stakes"], None, [], ["flat_racing"], ["turf"]),
    "churchill_downs": ("louisville", ["kentucky_derby", "kentucky_oaks"],
                        "churchill_downs_incorporated", ["meriwether_lewis_clark_jr"],
                        ["flat_racing"], ["dirt", "turf"]),
    "pimlico": ("baltimore", ["preakness_stakes"], None, [], ["flat_racing"], ["dirt", "turf"]),
    "belmont_park": ("elmont", ["belmont_stakes"], "new_york_racing_association",
                     ["august_belmont_jr"], ["flat_racing"], ["dirt", "turf"]),
    "saratoga": ("saratoga_springs", ["travers_stakes"], "new_york_racing_association",
                 ["john_morrissey"], ["flat_racing"], ["dirt", "turf"]),
    "santa_anita": ("arcadia", ["santa_anita_handicap"], "stronach_group",
                    ["charles_h_strub", "hal_roach"], ["flat_racing"], ["dirt", "turf"]),
    "longchamp": ("paris", ["prix_de_l_arc_de_triomphe"], "france_galop", [],
                  ["flat_racing"], ["turf"]),
    "chantilly": ("chantilly", ["prix_du_jockey_club", "prix_de_diane"], "france_galop", [],
                  ["flat_racing"], ["turf", "all_weather"]),
    "flemington": ("melbourne", ["melbourne_cup"], "victoria_racing_club", [],
                   ["flat_racing"], ["turf"]),
    "meydan": ("dubai", ["dubai_world_cup"], None, ["mohammed_bin_rashid_al_maktoum"],
               ["flat_racing"], ["dirt", "turf"]),
    "sha_tin": ("hong_kong", ["hong_kong_cup"], "hong_kong_jockey_club", [],
                ["flat_racing"], ["turf", "all_weather"]),
    "tokyo": ("fuchu", ["japan_cup", "tokyo_yushun"], "japan_racing_association", [],
              ["flat_racing"], ["turf", "dirt"]),
}

_RATINGS = {
    "ana": {"epsom_downs": 4.5, "ascot": 5.0, "cheltenham": 2.0, "longchamp": 4.0},
    "ben": {"churchill_downs": 5.0, "saratoga": 4.0, "pimlico": 1.5, "santa_anita": 3.0},
    "chen": {"sha_tin": 4.5, "tokyo": 5.0, "meydan": 2.5, "flemington": 4.0},
    "dara": {"aintree": 5.0, "cheltenham": 4.5, "york": 1.0, "goodwood": 3.5},
    "emil": {"newmarket": 4.0, "chantilly": 3.0, "belmont_park": 0.5, "flemington": 2.0},
}


def rows():
    out = []
    for slug, (place, races, org, founders, disciplines, surfaces) in _FACTS.items():
        item = f"racecourse:{slug}"
        out.append((item, "located_in", f"place:{place}"))
        out += [(item, "hosts_race", f"race:{r}") for r in races]
        if org:
            out.append((item, "operated_by", f"org:{org}"))
        out += [(item, "founded_by", f"person:{p}") for p in founders]
        out += [(item, "discipline", f"discipline:{d}") for d in disciplines]
        out += [(item, "surface", f"surface:{s}") for s in surfaces]
    for user, ratings in _RATINGS.items():
        out += [(f"user:{user}", "rated", f"racecourse:{slug}", {"rating": r})
                for slug, r in ratings.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind345")
