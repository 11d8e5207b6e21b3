"""A small graph of real radio stations (blind261)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("radio_station",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("radio_station",), range=("city",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("radio_station",), range=("organisation",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("radio_station",), range=("organisation", "person")),
    kgx.Relation("airs", phrase="airs", inverse_phrase="is aired on",
                 domain=("radio_station",), range=("format",)),
    kgx.Relation("has_presenter", phrase="has had the presenter", inverse_phrase="has presented on",
                 domain=("radio_station",), range=("person",)),
]

_STATIONS = [
    ("bbc_radio_1", "BBC Radio 1", 1967),
    ("bbc_radio_2", "BBC Radio 2", 1967),
    ("bbc_radio_3", "BBC Radio 3", 1967),
    ("bbc_radio_4", "BBC Radio 4", 1967),
    ("classic_fm", "Classic FM", 1992),
    ("capital_fm", "Capital FM", 1973),
    ("lbc", "LBC", 1973),
    ("kdka", "KDKA", 1920),
    ("wnyc", "WNYC", 1924),
    ("wwl", "WWL", 1922),
    ("wls", "WLS", 1924),
    ("kfi", "KFI", 1922),
    ("wsm", "WSM", 1925),
    ("triple_j", "Triple J", 1975),
    ("kexp", "KEXP", 1972),
    ("wfmu", "WFMU", 1958),
    ("radio_caroline", "Radio Caroline", 1964),
    ("rte_radio_1", "RTÉ Radio 1", 1926),
]

_ATTRS = [
    # cities
    ("city:london", "city", "London"),
    ("city:pittsburgh", "city", "Pittsburgh"),
    ("city:new_york_city", "city", "New York City"),
    ("city:new_orleans", "city", "New Orleans"),
    ("city:chicago", "city", "Chicago"),
    ("city:los_angeles", "city", "Los Angeles"),
    ("city:nashville", "city", "Nashville"),
    ("city:sydney", "city", "Sydney"),
    ("city:seattle", "city", "Seattle"),
    ("city:jersey_city", "city", "Jersey City"),
    ("city:dublin", "city", "Dublin"),
    # organisations
    ("organisation:bbc", "organisation", "BBC"),
    ("organisation:global", "organisation", "Global"),
    ("organisation:audacy", "organisation", "Audacy"),
    ("organisation:new_york_public_radio", "organisation", "New York Public Radio"),
    ("organisation:cumulus_media", "organisation", "Cumulus Media"),
    ("organisation:iheartmedia", "organisation", "iHeartMedia"),
    ("organisation:abc_australia", "organisation", "Australian Broadcasting Corporation"),
    ("organisation:auricle_communications", "organisation", "Auricle Communications"),
    ("organisation:rte", "organisation", "RTÉ"),
    ("organisation:westinghouse", "organisation", "Westinghouse Electric"),
    ("organisation:sears", "organisation", "Sears, Roebuck and Company"),
    ("organisation:loyola_new_orleans", "organisation", "Loyola University New Orleans"),
    ("organisation:national_life", "organisation", "National Life and Accident Insurance Company"),
    # people
    ("person:earle_c_anthony", "person", "Earle C. Anthony"),
    ("person:ronan_orahilly", "person", "Ronan O'Rahilly"),
    ("person:tony_blackburn", "person", "Tony Blackburn"),
    ("person:john_peel", "person", "John Peel"),
    ("person:zane_lowe", "person", "Zane Lowe"),
    ("person:annie_nightingale", "person", "Annie Nightingale"),
    ("person:terry_wogan", "person", "Terry Wogan"),
    ("person:zoe_ball", "person", "Zoe Ball"),
    ("person:ken_bruce", "person", "Ken Bruce"),
    ("person:john_humphrys", "person", "John Humphrys"),
    ("person:chris_tarrant", "person", "Chris Tarrant"),
    ("person:james_obrien", "person", "James O'Brien"),
    ("person:nick_ferrari", "person", "Nick Ferrari"),
    ("person:john_suchet", "person", "John Suchet"),
    ("person:simon_dee", "person", "Simon Dee"),
    ("person:john_richards", "person", "John Richards"),
    # formats
    ("format:pop_music", "format", "pop music"),
    ("format:adult_contemporary", "format", "adult contemporary music"),
    ("format:classical_music", "format", "classical music"),
    ("format:jazz", "format", "jazz"),
    ("format:speech_radio", "format", "speech radio"),
    ("format:talk_radio", "format", "talk radio"),
    ("format:country_music", "format", "country music"),
    ("format:alternative_music", "format", "alternative music"),
    ("format:freeform_radio", "format", "freeform radio"),
    ("format:rock_music", "format", "rock music"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"radio_station:{slug}", kind="item", type="radio_station",
                      label=label, attrs={"year": year})
           for slug, label, year in _STATIONS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


def _s(slug):
    return f"radio_station:{slug}"


def rows():
    r = []
    # based_in
    for slug in ["bbc_radio_1", "bbc_radio_2", "bbc_radio_3", "bbc_radio_4",
                 "classic_fm", "capital_fm", "lbc"]:
        r.append((_s(slug), "based_in", "city:london"))
    r += [
        (_s("kdka"), "based_in", "city:pittsburgh"),
        (_s("wnyc"), "based_in", "city:new_york_city"),
        (_s("wwl"), "based_in", "city:new_orleans"),
        (_s("wls"), "based_in", "city:chicago"),
        (_s("kfi"), "based_in", "city:los_angeles"),
        (_s("wsm"), "based_in", "city:nashville"),
        (_s("triple_j"), "based_in", "city:sydney"),
        (_s("kexp"), "based_in", "city:seattle"),
        (_s("wfmu"), "based_in", "city:jersey_city"),
        (_s("rte_radio_1"), "based_in", "city:dublin"),
    ]
    # owned_by
    for slug in ["bbc_radio_1", "bbc_radio_2", "bbc_radio_3", "bbc_radio_4"]:
        r.append((_s(slug), "owned_by", "organisation:bbc"))
    for slug in ["classic_fm", "capital_fm", "lbc"]:
        r.append((_s(slug), "owned_by", "organisation:global"))
    r += [
        (_s("kdka"), "owned_by", "organisation:audacy"),
        (_s("wwl"), "owned_by", "organisation:audacy"),
        (_s("wnyc"), "owned_by", "organisation:new_york_public_radio"),
        (_s("wls"), "owned_by", "organisation:cumulus_media"),
        (_s("kfi"), "owned_by", "organisation:iheartmedia"),
        (_s("triple_j"), "owned_by", "organisation:abc_australia"),
        (_s("wfmu"), "owned_by", "organisation:auricle_communications"),
        (_s("rte_radio_1"), "owned_by", "organisation:rte"),
    ]
    # founded_by
    r += [
        (_s("kdka"), "founded_by", "organisation:westinghouse"),
        (_s("wls"), "founded_by", "organisation:sears"),
        (_s("wwl"), "founded_by", "organisation:loyola_new_orleans"),
        (_s("wsm"), "founded_by", "organisation:national_life"),
        (_s("kfi"), "founded_by", "person:earle_c_anthony"),
        (_s("radio_caroline"), "founded_by", "person:ronan_orahilly"),
    ]
    # airs
    r += [
        (_s("bbc_radio_1"), "airs", "format:pop_music"),
        (_s("bbc_radio_2"), "airs", "format:adult_contemporary"),
        (_s("bbc_radio_3"), "airs", "format:classical_music"),
        (_s("bbc_radio_3"), "airs", "format:jazz"),
        (_s("bbc_radio_4"), "airs", "format:speech_radio"),
        (_s("classic_fm"), "airs", "format:classical_music"),
        (_s("capital_fm"), "airs", "format:pop_music"),
        (_s("lbc"), "airs", "format:talk_radio"),
        (_s("kdka"), "airs", "format:talk_radio"),
        (_s("wnyc"), "airs", "format:talk_radio"),
        (_s("wwl"), "airs", "format:talk_radio"),
        (_s("wls"), "airs", "format:talk_radio"),
        (_s("kfi"), "airs", "format:talk_radio"),
        (_s("wsm"), "airs", "format:country_music"),
        (_s("triple_j"), "airs", "format:alternative_music"),
        (_s("kexp"), "airs", "format:alternative_music"),
        (_s("wfmu"), "airs", "format:freeform_radio"),
        (_s("radio_caroline"), "airs", "format:rock_music"),
        (_s("rte_radio_1"), "airs", "format:speech_radio"),
    ]
    # has_presenter
    r += [
        (_s("bbc_radio_1"), "has_presenter", "person:tony_blackburn"),
        (_s("bbc_radio_1"), "has_presenter", "person:john_peel"),
        (_s("bbc_radio_1"), "has_presenter", "person:zane_lowe"),
        (_s("bbc_radio_1"), "has_presenter", "person:annie_nightingale"),
        (_s("bbc_radio_2"), "has_presenter", "person:terry_wogan"),
        (_s("bbc_radio_2"), "has_presenter", "person:zoe_ball"),
        (_s("bbc_radio_2"), "has_presenter", "person:ken_bruce"),
        (_s("bbc_radio_2"), "has_presenter", "person:tony_blackburn"),
        (_s("bbc_radio_4"), "has_presenter", "person:john_humphrys"),
        (_s("capital_fm"), "has_presenter", "person:chris_tarrant"),
        (_s("lbc"), "has_presenter", "person:james_obrien"),
        (_s("lbc"), "has_presenter", "person:nick_ferrari"),
        (_s("classic_fm"), "has_presenter", "person:john_suchet"),
        (_s("radio_caroline"), "has_presenter", "person:tony_blackburn"),
        (_s("radio_caroline"), "has_presenter", "person:simon_dee"),
        (_s("kexp"), "has_presenter", "person:john_richards"),
    ]
    # ratings: 5 users x 4 items
    ratings = {
        "ana": [("bbc_radio_1", 4.5), ("capital_fm", 2.0), ("triple_j", 5.0), ("kexp", 4.0)],
        "ben": [("bbc_radio_3", 5.0), ("classic_fm", 4.5), ("wfmu", 1.5), ("bbc_radio_4", 3.0)],
        "chen": [("lbc", 1.0), ("kfi", 4.0), ("wls", 2.5), ("wnyc", 5.0)],
        "dara": [("wsm", 5.0), ("radio_caroline", 4.0), ("kdka", 0.5), ("bbc_radio_2", 3.5)],
        "emil": [("rte_radio_1", 4.5), ("wwl", 2.0), ("bbc_radio_1", 1.5), ("triple_j", 3.0)],
    }
    for u, lst in ratings.items():
        for slug, val in lst:
            r.append((f"user:{u}", "rated", _s(slug), {"rating": val}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind261")
