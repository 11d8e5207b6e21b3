"""A small graph of jazz musicians (year = year of birth)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("musician",)),
    kgx.Relation("played", phrase="played", inverse_phrase="was played by", domain=("musician",), range=("instrument",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("musician",), range=("city",)),
    kgx.Relation("recorded_for", phrase="recorded for", inverse_phrase="released recordings by", domain=("musician",), range=("label",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="counted among its members", domain=("musician",), range=("band",)),
    kgx.Relation("has_style", phrase="is associated with", inverse_phrase="is the style of", domain=("musician",), range=("style",)),
]

MUSICIANS = [
    ("louis_armstrong", "Louis Armstrong", 1901),
    ("duke_ellington", "Duke Ellington", 1899),
    ("charlie_parker", "Charlie Parker", 1920),
    ("dizzy_gillespie", "Dizzy Gillespie", 1917),
    ("miles_davis", "Miles Davis", 1926),
    ("john_coltrane", "John Coltrane", 1926),
    ("thelonious_monk", "Thelonious Monk", 1917),
    ("bill_evans", "Bill Evans", 1929),
    ("charles_mingus", "Charles Mingus", 1922),
    ("art_blakey", "Art Blakey", 1919),
    ("ella_fitzgerald", "Ella Fitzgerald", 1917),
    ("billie_holiday", "Billie Holiday", 1915),
    ("count_basie", "Count Basie", 1904),
    ("sonny_rollins", "Sonny Rollins", 1930),
    ("herbie_hancock", "Herbie Hancock", 1940),
    ("wayne_shorter", "Wayne Shorter", 1933),
    ("ornette_coleman", "Ornette Coleman", 1930),
    ("chet_baker", "Chet Baker", 1929),
]

ATTRIBUTES = {
    "instrument": [("trumpet", "trumpet"), ("piano", "piano"), ("alto_saxophone", "alto saxophone"),
                   ("tenor_saxophone", "tenor saxophone"), ("double_bass", "double bass"), ("drums", "drums")],
    "city": [("new_orleans", "New Orleans"), ("washington_dc", "Washington, D.C."), ("kansas_city", "Kansas City"),
             ("cheraw", "Cheraw"), ("alton", "Alton"), ("hamlet", "Hamlet"), ("rocky_mount", "Rocky Mount"),
             ("plainfield", "Plainfield"), ("nogales", "Nogales"), ("pittsburgh", "Pittsburgh"),
             ("newport_news", "Newport News"), ("philadelphia", "Philadelphia"), ("red_bank", "Red Bank"),
             ("new_york_city", "New York City"), ("chicago", "Chicago"), ("newark", "Newark"),
             ("fort_worth", "Fort Worth"), ("yale_oklahoma", "Yale, Oklahoma")],
    "label": [("okeh", "OKeh Records"), ("rca_victor", "RCA Victor"), ("columbia", "Columbia Records"),
              ("savoy", "Savoy Records"), ("dial", "Dial Records"), ("verve", "Verve Records"),
              ("prestige", "Prestige Records"), ("blue_note", "Blue Note Records"), ("atlantic", "Atlantic Records"),
              ("impulse", "Impulse! Records"), ("riverside", "Riverside Records"), ("decca", "Decca Records"),
              ("pacific_jazz", "Pacific Jazz Records"), ("contemporary", "Contemporary Records")],
    "band": [("hot_five", "Hot Five"), ("jay_mcshann_orchestra", "Jay McShann Orchestra"),
             ("earl_hines_orchestra", "Earl Hines Orchestra"), ("cab_calloway_orchestra", "Cab Calloway Orchestra"),
             ("charlie_parker_quintet", "Charlie Parker Quintet"), ("miles_davis_quintet", "Miles Davis Quintet"),
             ("jazz_messengers", "Jazz Messengers"), ("chick_webb_orchestra", "Chick Webb Orchestra"),
             ("count_basie_orchestra", "Count Basie Orchestra"), ("bennie_moten_orchestra", "Bennie Moten Orchestra"),
             ("clifford_brown_max_roach_quintet", "Clifford Brown–Max Roach Quintet"),
             ("weather_report", "Weather Report"), ("gerry_mulligan_quartet", "Gerry Mulligan Quartet"),
             ("lionel_hampton_orchestra", "Lionel Hampton Orchestra")],
    "style": [("new_orleans_jazz", "New Orleans jazz"), ("swing", "swing"), ("bebop", "bebop"), ("hard_bop", "hard bop"),
              ("cool_jazz", "cool jazz"), ("modal_jazz", "modal jazz"), ("free_jazz", "free jazz"),
              ("jazz_fusion", "jazz fusion")],
}

FACTS = {
    "louis_armstrong": dict(played=["trumpet"], born_in=["new_orleans"], recorded_for=["okeh", "decca"],
                            member_of=["hot_five"], has_style=["new_orleans_jazz"]),
    "duke_ellington": dict(played=["piano"], born_in=["washington_dc"], recorded_for=["rca_victor", "columbia"],
                           has_style=["swing"]),
    "charlie_parker": dict(played=["alto_saxophone"], born_in=["kansas_city"], recorded_for=["savoy", "dial", "verve"],
                           member_of=["jay_mcshann_orchestra", "earl_hines_orchestra"], has_style=["bebop"]),
    "dizzy_gillespie": dict(played=["trumpet"], born_in=["cheraw"], recorded_for=["verve"],
                            member_of=["cab_calloway_orchestra", "earl_hines_orchestra"], has_style=["bebop"]),
    "miles_davis": dict(played=["trumpet"], born_in=["alton"], recorded_for=["columbia", "prestige", "blue_note"],
                        member_of=["charlie_parker_quintet"], has_style=["cool_jazz", "modal_jazz", "jazz_fusion"]),
    "john_coltrane": dict(played=["tenor_saxophone"], born_in=["hamlet"], recorded_for=["prestige", "atlantic", "impulse", "blue_note"],
                          member_of=["miles_davis_quintet"], has_style=["hard_bop", "modal_jazz", "free_jazz"]),
    "thelonious_monk": dict(played=["piano"], born_in=["rocky_mount"], recorded_for=["blue_note", "riverside", "prestige", "columbia"],
                            has_style=["bebop"]),
    "bill_evans": dict(played=["piano"], born_in=["plainfield"], recorded_for=["riverside", "verve"],
                       has_style=["modal_jazz"]),
    "charles_mingus": dict(played=["double_bass"], born_in=["nogales"], recorded_for=["atlantic", "columbia", "impulse"],
                           member_of=["lionel_hampton_orchestra"], has_style=["hard_bop"]),
    "art_blakey": dict(played=["drums"], born_in=["pittsburgh"], recorded_for=["blue_note"],
                       member_of=["jazz_messengers"], has_style=["hard_bop"]),
    "ella_fitzgerald": dict(born_in=["newport_news"], recorded_for=["decca", "verve"],
                            member_of=["chick_webb_orchestra"], has_style=["swing"]),
    "billie_holiday": dict(born_in=["philadelphia"], recorded_for=["columbia", "decca", "verve"],
                           member_of=["count_basie_orchestra"], has_style=["swing"]),
    "count_basie": dict(played=["piano"], born_in=["red_bank"], recorded_for=["decca", "columbia"],
                        member_of=["bennie_moten_orchestra"], has_style=["swing"]),
    "sonny_rollins": dict(played=["tenor_saxophone"], born_in=["new_york_city"], recorded_for=["prestige", "blue_note", "rca_victor"],
                          member_of=["clifford_brown_max_roach_quintet"], has_style=["hard_bop"]),
    "herbie_hancock": dict(played=["piano"], born_in=["chicago"], recorded_for=["blue_note", "columbia"],
                           member_of=["miles_davis_quintet"], has_style=["jazz_fusion"]),
    "wayne_shorter": dict(played=["tenor_saxophone"], born_in=["newark"], recorded_for=["blue_note"],
                          member_of=["jazz_messengers", "miles_davis_quintet", "weather_report"],
                          has_style=["hard_bop", "jazz_fusion"]),
    "ornette_coleman": dict(played=["alto_saxophone"], born_in=["fort_worth"], recorded_for=["atlantic", "contemporary"],
                            has_style=["free_jazz"]),
    "chet_baker": dict(played=["trumpet"], born_in=["yale_oklahoma"], recorded_for=["pacific_jazz"],
                       member_of=["gerry_mulligan_quartet"], has_style=["cool_jazz"]),
}

RATINGS = {
    "ana": [("miles_davis", 5.0), ("john_coltrane", 4.5), ("bill_evans", 4.0), ("chet_baker", 2.0)],
    "ben": [("louis_armstrong", 4.5), ("duke_ellington", 5.0), ("count_basie", 3.0), ("ornette_coleman", 1.0)],
    "chen": [("charlie_parker", 5.0), ("dizzy_gillespie", 4.0), ("thelonious_monk", 1.5), ("herbie_hancock", 3.5)],
    "dara": [("ella_fitzgerald", 5.0), ("billie_holiday", 4.5), ("sonny_rollins", 2.5), ("art_blakey", 4.0)],
    "emil": [("charles_mingus", 4.5), ("wayne_shorter", 3.0), ("ornette_coleman", 5.0), ("john_coltrane", 1.5)],
}

_RANGE = {"played": "instrument", "born_in": "city", "recorded_for": "label", "member_of": "band", "has_style": "style"}


def entities():
    out = [kgx.Entity(f"musician:{slug}", kind="item", type="musician", label=name, attrs={"year": year, "born": year})
           for slug, name, year in MUSICIANS]
    for typ, values in ATTRIBUTES.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label) for slug, label in values]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            out += [(f"musician:{slug}", rel, f"{_RANGE[rel]}:{t}") for t in tails]
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"musician:{slug}", {"rating": r}) for slug, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind283")
