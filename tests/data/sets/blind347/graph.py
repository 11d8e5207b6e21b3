"""A small graph of rock and jazz guitarists (blind347).

Items are guitarists; their ``year`` is the year they were born.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("guitarist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("guitarist",), range=("city",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="counted among its members",
                 domain=("guitarist",), range=("band",)),
    kgx.Relation("plays_genre", phrase="plays", inverse_phrase="is played by",
                 domain=("guitarist",), range=("genre",)),
    kgx.Relation("played_guitar", phrase="played a", inverse_phrase="was the guitar of",
                 domain=("guitarist",), range=("guitar",)),
    kgx.Relation("recorded_for", phrase="recorded for", inverse_phrase="released records by",
                 domain=("guitarist",), range=("label",)),
    kgx.Relation("influenced_by", phrase="was influenced by", inverse_phrase="influenced",
                 domain=("guitarist",), range=("guitarist",)),
]

_GUITARISTS = [
    # slug, name, birth year
    ("jimi_hendrix", "Jimi Hendrix", 1942),
    ("eric_clapton", "Eric Clapton", 1945),
    ("jimmy_page", "Jimmy Page", 1944),
    ("jeff_beck", "Jeff Beck", 1944),
    ("keith_richards", "Keith Richards", 1943),
    ("david_gilmour", "David Gilmour", 1946),
    ("brian_may", "Brian May", 1947),
    ("carlos_santana", "Carlos Santana", 1947),
    ("stevie_ray_vaughan", "Stevie Ray Vaughan", 1954),
    ("eddie_van_halen", "Eddie Van Halen", 1955),
    ("django_reinhardt", "Django Reinhardt", 1910),
    ("wes_montgomery", "Wes Montgomery", 1923),
    ("charlie_christian", "Charlie Christian", 1916),
    ("joe_pass", "Joe Pass", 1929),
    ("pat_metheny", "Pat Metheny", 1954),
    ("john_mclaughlin", "John McLaughlin", 1942),
    ("george_benson", "George Benson", 1943),
    ("grant_green", "Grant Green", 1935),
    ("kenny_burrell", "Kenny Burrell", 1931),
]

_ATTRIBUTES = {
    "city": [
        ("seattle", "Seattle"), ("ripley", "Ripley"), ("heston", "Heston"),
        ("wallington", "Wallington"), ("dartford", "Dartford"), ("cambridge", "Cambridge"),
        ("hampton_hill", "Hampton Hill"), ("autlan_de_navarro", "Autlán de Navarro"),
        ("dallas", "Dallas"), ("amsterdam", "Amsterdam"), ("liberchies", "Liberchies"),
        ("indianapolis", "Indianapolis"), ("bonham", "Bonham"),
        ("new_brunswick", "New Brunswick"), ("lees_summit", "Lee's Summit"),
        ("doncaster", "Doncaster"), ("pittsburgh", "Pittsburgh"), ("st_louis", "St. Louis"),
        ("detroit", "Detroit"),
    ],
    "band": [
        ("the_jimi_hendrix_experience", "The Jimi Hendrix Experience"),
        ("cream", "Cream"), ("the_yardbirds", "The Yardbirds"),
        ("led_zeppelin", "Led Zeppelin"), ("the_rolling_stones", "The Rolling Stones"),
        ("pink_floyd", "Pink Floyd"), ("queen", "Queen"), ("double_trouble", "Double Trouble"),
        ("van_halen", "Van Halen"),
        ("quintette_du_hot_club_de_france", "Quintette du Hot Club de France"),
        ("benny_goodman_sextet", "Benny Goodman Sextet"),
        ("pat_metheny_group", "Pat Metheny Group"),
        ("mahavishnu_orchestra", "Mahavishnu Orchestra"),
    ],
    "genre": [
        ("rock", "Rock"), ("blues_rock", "Blues rock"), ("hard_rock", "Hard rock"),
        ("progressive_rock", "Progressive rock"), ("latin_rock", "Latin rock"),
        ("jazz", "Jazz"), ("jazz_fusion", "Jazz fusion"), ("gypsy_jazz", "Gypsy jazz"),
        ("swing", "Swing"),
    ],
    "guitar": [
        ("fender_stratocaster", "Fender Stratocaster"),
        ("fender_telecaster", "Fender Telecaster"),
        ("gibson_les_paul", "Gibson Les Paul"), ("gibson_sg", "Gibson SG"),
        ("gibson_eds_1275", "Gibson EDS-1275"), ("gibson_es_150", "Gibson ES-150"),
        ("gibson_es_175", "Gibson ES-175"), ("gibson_l_5", "Gibson L-5"),
        ("selmer_maccaferri", "Selmer-Maccaferri"), ("red_special", "Red Special"),
        ("ibanez_gb10", "Ibanez GB10"),
    ],
    "label": [
        ("reprise_records", "Reprise Records"), ("atlantic_records", "Atlantic Records"),
        ("epic_records", "Epic Records"), ("columbia_records", "Columbia Records"),
        ("warner_bros_records", "Warner Bros. Records"), ("riverside_records", "Riverside Records"),
        ("pablo_records", "Pablo Records"), ("ecm_records", "ECM Records"),
        ("blue_note_records", "Blue Note Records"), ("harvest_records", "Harvest Records"),
        ("rso_records", "RSO Records"),
    ],
}

_USERS = ["ana", "ben", "chen", "dara", "emil"]

# guitarist slug -> list of (relation, attribute id)
_FACTS = {
    "jimi_hendrix": [("born_in", "city:seattle"), ("member_of", "band:the_jimi_hendrix_experience"),
                     ("plays_genre", "genre:rock"), ("played_guitar", "guitar:fender_stratocaster"),
                     ("recorded_for", "label:reprise_records")],
    "eric_clapton": [("born_in", "city:ripley"), ("member_of", "band:cream"),
                     ("member_of", "band:the_yardbirds"), ("plays_genre", "genre:blues_rock"),
                     ("played_guitar", "guitar:fender_stratocaster"),
                     ("recorded_for", "label:rso_records")],
    "jimmy_page": [("born_in", "city:heston"), ("member_of", "band:led_zeppelin"),
                   ("member_of", "band:the_yardbirds"), ("plays_genre", "genre:hard_rock"),
                   ("played_guitar", "guitar:gibson_les_paul"),
                   ("played_guitar", "guitar:gibson_eds_1275"),
                   ("recorded_for", "label:atlantic_records")],
    "jeff_beck": [("born_in", "city:wallington"), ("member_of", "band:the_yardbirds"),
                  ("plays_genre", "genre:blues_rock"), ("plays_genre", "genre:jazz_fusion"),
                  ("played_guitar", "guitar:fender_stratocaster"),
                  ("recorded_for", "label:epic_records")],
    "keith_richards": [("born_in", "city:dartford"), ("member_of", "band:the_rolling_stones"),
                       ("plays_genre", "genre:rock"), ("played_guitar", "guitar:fender_telecaster")],
    "david_gilmour": [("born_in", "city:cambridge"), ("member_of", "band:pink_floyd"),
                      ("plays_genre", "genre:progressive_rock"),
                      ("played_guitar", "guitar:fender_stratocaster"),
                      ("recorded_for", "label:harvest_records")],
    "brian_may": [("born_in", "city:hampton_hill"), ("member_of", "band:queen"),
                  ("plays_genre", "genre:rock"), ("played_guitar", "guitar:red_special")],
    "carlos_santana": [("born_in", "city:autlan_de_navarro"), ("plays_genre", "genre:latin_rock"),
                       ("played_guitar", "guitar:gibson_sg"),
                       ("recorded_for", "label:columbia_records")],
    "stevie_ray_vaughan": [("born_in", "city:dallas"), ("member_of", "band:double_trouble"),
                           ("plays_genre", "genre:blues_rock"),
                           ("played_guitar", "guitar:fender_stratocaster"),
                           ("recorded_for", "label:epic_records")],
    "eddie_van_halen": [("born_in", "city:amsterdam"), ("member_of", "band:van_halen"),
                        ("plays_genre", "genre:hard_rock"),
                        ("recorded_for", "label:warner_bros_records")],
    "django_reinhardt": [("born_in", "city:liberchies"),
                         ("member_of", "band:quintette_du_hot_club_de_france"),
                         ("plays_genre", "genre:gypsy_jazz"), ("plays_genre", "genre:jazz"),
                         ("played_guitar", "guitar:selmer_maccaferri")],
    "wes_montgomery": [("born_in", "city:indianapolis"), ("plays_genre", "genre:jazz"),
                       ("played_guitar", "guitar:gibson_l_5"),
                       ("recorded_for", "label:riverside_records")],
    "charlie_christian": [("born_in", "city:bonham"), ("member_of", "band:benny_goodman_sextet"),
                          ("plays_genre", "genre:jazz"), ("plays_genre", "genre:swing"),
                          ("played_guitar", "guitar:gibson_es_150")],
    "joe_pass": [("born_in", "city:new_brunswick"), ("plays_genre", "genre:jazz"),
                 ("played_guitar", "guitar:gibson_es_175"), ("recorded_for", "label:pablo_records")],
    "pat_metheny": [("born_in", "city:lees_summit"), ("member_of", "band:pat_metheny_group"),
                    ("plays_genre", "genre:jazz"), ("plays_genre", "genre:jazz_fusion"),
                    ("played_guitar", "guitar:gibson_es_175"), ("recorded_for", "label:ecm_records")],
    "john_mclaughlin": [("born_in", "city:doncaster"), ("member_of", "band:mahavishnu_orchestra"),
                        ("plays_genre", "genre:jazz_fusion"),
                        ("played_guitar", "guitar:gibson_eds_1275"),
                        ("recorded_for", "label:columbia_records")],
    "george_benson": [("born_in", "city:pittsburgh"), ("plays_genre", "genre:jazz"),
                      ("played_guitar", "guitar:ibanez_gb10"),
                      ("recorded_for", "label:warner_bros_records")],
    "grant_green": [("born_in", "city:st_louis"), ("plays_genre", "genre:jazz"),
                    ("recorded_for", "label:blue_note_records")],
    "kenny_burrell": [("born_in", "city:detroit"), ("plays_genre", "genre:jazz"),
                      ("recorded_for", "label:blue_note_records")],
}

# (influenced guitarist, influence)
_INFLUENCES = [
    ("stevie_ray_vaughan", "jimi_hendrix"),
    ("eddie_van_halen", "eric_clapton"),
    ("pat_metheny", "wes_montgomery"),
    ("george_benson", "charlie_christian"),
    ("wes_montgomery", "charlie_christian"),
    ("kenny_burrell", "charlie_christian"),
    ("grant_green", "charlie_christian"),
    ("john_mclaughlin", "django_reinhardt"),
    ("joe_pass", "django_reinhardt"),
]

_RATINGS = {
    "ana": [("jimi_hendrix", 5.0), ("wes_montgomery", 4.5), ("eric_clapton", 2.0), ("joe_pass", 4.0)],
    "ben": [("jimmy_page", 5.0), ("django_reinhardt", 1.5), ("eddie_van_halen", 4.5), ("grant_green", 3.0)],
    "chen": [("pat_metheny", 5.0), ("keith_richards", 2.0), ("john_mclaughlin", 4.0), ("carlos_santana", 3.5)],
    "dara": [("david_gilmour", 4.5), ("stevie_ray_vaughan", 5.0), ("george_benson", 1.0), ("brian_may", 3.0)],
    "emil": [("kenny_burrell", 4.0), ("charlie_christian", 5.0), ("jeff_beck", 2.5), ("jimi_hendrix", 1.5)],
}


def entities():
    out = [kgx.Entity(f"guitarist:{slug}", kind="item", type="guitarist", label=name,
                      attrs={"year": year})
           for slug, name, year in _GUITARISTS]
    for typ, pairs in _ATTRIBUTES.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


def rows():
    out = []
    for slug, facts in _FACTS.items():
        out += [(f"guitarist:{slug}", rel, tail) for rel, tail in facts]
    out += [(f"guitarist:{a}", "influenced_by", f"guitarist:{b}") for a, b in _INFLUENCES]
    for user, ratings in _RATINGS.items():
        out += [(f"user:{user}", "rated", f"guitarist:{slug}", {"rating": r}) for slug, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind347")
