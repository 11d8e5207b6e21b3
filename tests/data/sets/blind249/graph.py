"""A small record labels graph (blind249)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("record_label",)),
    kgx.Relation("founded_in", phrase="was founded in", inverse_phrase="is the birthplace of",
                 domain=("record_label",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("record_label",), range=("person",)),
    kgx.Relation("specializes_in", phrase="specializes in", inverse_phrase="is a specialty of",
                 domain=("record_label",), range=("genre",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("record_label",), range=("company",)),
    kgx.Relation("signed", phrase="signed", inverse_phrase="was signed to",
                 domain=("record_label",), range=("artist",)),
]

_LABELS = [
    ("motown", "Motown", 1959),
    ("sun_records", "Sun Records", 1952),
    ("stax_records", "Stax Records", 1957),
    ("chess_records", "Chess Records", 1950),
    ("blue_note_records", "Blue Note Records", 1939),
    ("atlantic_records", "Atlantic Records", 1947),
    ("sub_pop", "Sub Pop", 1986),
    ("factory_records", "Factory Records", 1978),
    ("rough_trade_records", "Rough Trade Records", 1978),
    ("def_jam_recordings", "Def Jam Recordings", 1984),
    ("island_records", "Island Records", 1959),
    ("elektra_records", "Elektra Records", 1950),
    ("creation_records", "Creation Records", 1983),
    ("warp_records", "Warp Records", 1989),
    ("sugar_hill_records", "Sugar Hill Records", 1979),
    ("capitol_records", "Capitol Records", 1942),
    ("4ad", "4AD", 1980),
    ("geffen_records", "Geffen Records", 1980),
]

_CITIES = {
    "detroit": "Detroit", "memphis": "Memphis", "chicago": "Chicago",
    "new_york_city": "New York City", "seattle": "Seattle", "manchester": "Manchester",
    "london": "London", "kingston": "Kingston", "sheffield": "Sheffield",
    "englewood": "Englewood", "los_angeles": "Los Angeles",
}

_PEOPLE = {
    "berry_gordy": "Berry Gordy", "sam_phillips": "Sam Phillips", "jim_stewart": "Jim Stewart",
    "estelle_axton": "Estelle Axton", "leonard_chess": "Leonard Chess", "phil_chess": "Phil Chess",
    "alfred_lion": "Alfred Lion", "ahmet_ertegun": "Ahmet Ertegun", "herb_abramson": "Herb Abramson",
    "bruce_pavitt": "Bruce Pavitt", "jonathan_poneman": "Jonathan Poneman",
    "tony_wilson": "Tony Wilson", "alan_erasmus": "Alan Erasmus", "geoff_travis": "Geoff Travis",
    "rick_rubin": "Rick Rubin", "russell_simmons": "Russell Simmons",
    "chris_blackwell": "Chris Blackwell", "jac_holzman": "Jac Holzman", "alan_mcgee": "Alan McGee",
    "steve_beckett": "Steve Beckett", "rob_mitchell": "Rob Mitchell",
    "sylvia_robinson": "Sylvia Robinson", "johnny_mercer": "Johnny Mercer",
    "ivo_watts_russell": "Ivo Watts-Russell", "david_geffen": "David Geffen",
}

_GENRES = {
    "soul": "Soul", "rock_and_roll": "Rock and roll", "blues": "Blues", "jazz": "Jazz",
    "rhythm_and_blues": "Rhythm and blues", "grunge": "Grunge", "post_punk": "Post-punk",
    "indie_rock": "Indie rock", "hip_hop": "Hip hop", "reggae": "Reggae", "folk": "Folk",
    "electronic_music": "Electronic music", "dream_pop": "Dream pop",
}

_COMPANIES = {
    "universal_music_group": "Universal Music Group", "warner_music_group": "Warner Music Group",
    "beggars_group": "Beggars Group", "concord": "Concord",
}

_ARTISTS = {
    "stevie_wonder": "Stevie Wonder", "marvin_gaye": "Marvin Gaye", "the_supremes": "The Supremes",
    "elvis_presley": "Elvis Presley", "johnny_cash": "Johnny Cash",
    "otis_redding": "Otis Redding", "isaac_hayes": "Isaac Hayes",
    "chuck_berry": "Chuck Berry", "muddy_waters": "Muddy Waters",
    "art_blakey": "Art Blakey", "norah_jones": "Norah Jones",
    "aretha_franklin": "Aretha Franklin", "led_zeppelin": "Led Zeppelin", "ray_charles": "Ray Charles",
    "nirvana": "Nirvana", "soundgarden": "Soundgarden",
    "joy_division": "Joy Division", "new_order": "New Order", "happy_mondays": "Happy Mondays",
    "the_smiths": "The Smiths", "the_strokes": "The Strokes",
    "public_enemy": "Public Enemy", "ll_cool_j": "LL Cool J",
    "bob_marley_and_the_wailers": "Bob Marley and the Wailers", "u2": "U2",
    "the_doors": "The Doors", "oasis": "Oasis", "my_bloody_valentine": "My Bloody Valentine",
    "aphex_twin": "Aphex Twin", "boards_of_canada": "Boards of Canada",
    "the_sugarhill_gang": "The Sugarhill Gang",
    "grandmaster_flash_and_the_furious_five": "Grandmaster Flash and the Furious Five",
    "the_beach_boys": "The Beach Boys", "frank_sinatra": "Frank Sinatra",
    "pixies": "Pixies", "cocteau_twins": "Cocteau Twins", "guns_n_roses": "Guns N' Roses",
}

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"record_label:{slug}", kind="item", type="record_label", label=name,
                      attrs={"year": year}) for slug, name, year in _LABELS]
    for prefix, table in [("city", _CITIES), ("person", _PEOPLE), ("genre", _GENRES),
                          ("company", _COMPANIES), ("artist", _ARTISTS)]:
        out += [kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=name)
                for slug, name in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


# label slug -> {relation: [tail slugs]}
_FACTS = {
    "motown": {"founded_in": ["city:detroit"], "founded_by": ["person:berry_gordy"],
               "specializes_in": ["genre:soul"], "owned_by": ["company:universal_music_group"],
               "signed": ["artist:stevie_wonder", "artist:marvin_gaye", "artist:the_supremes"]},
    "sun_records": {"founded_in": ["city:memphis"], "founded_by": ["person:sam_phillips"],
                    "specializes_in": ["genre:rock_and_roll"],
                    "signed": ["artist:elvis_presley", "artist:johnny_cash"]},
    "stax_records": {"founded_in": ["city:memphis"],
                     "founded_by": ["person:jim_stewart", "person:estelle_axton"],
                     "specializes_in": ["genre:soul"], "owned_by": ["company:concord"],
                     "signed": ["artist:otis_redding", "artist:isaac_hayes"]},
    "chess_records": {"founded_in": ["city:chicago"],
                      "founded_by": ["person:leonard_chess", "person:phil_chess"],
                      "specializes_in": ["genre:blues"],
                      "signed": ["artist:chuck_berry", "artist:muddy_waters"]},
    "blue_note_records": {"founded_in": ["city:new_york_city"], "founded_by": ["person:alfred_lion"],
                          "specializes_in": ["genre:jazz"],
                          "owned_by": ["company:universal_music_group"],
                          "signed": ["artist:art_blakey", "artist:norah_jones"]},
    "atlantic_records": {"founded_in": ["city:new_york_city"],
                         "founded_by": ["person:ahmet_ertegun", "person:herb_abramson"],
                         "specializes_in": ["genre:rhythm_and_blues"],
                         "owned_by": ["company:warner_music_group"],
                         "signed": ["artist:aretha_franklin", "artist:led_zeppelin",
                                    "artist:ray_charles"]},
    "sub_pop": {"founded_in": ["city:seattle"],
                "founded_by": ["person:bruce_pavitt", "person:jonathan_poneman"],
                "specializes_in": ["genre:grunge"],
                "signed": ["artist:nirvana", "artist:soundgarden"]},
    "factory_records": {"founded_in": ["city:manchester"],
                        "founded_by": ["person:tony_wilson", "person:alan_erasmus"],
                        "specializes_in": ["genre:post_punk"],
                        "signed": ["artist:joy_division", "artist:new_order", "artist:happy_mondays"]},
    "rough_trade_records": {"founded_in": ["city:london"], "founded_by": ["person:geoff_travis"],
                            "specializes_in": ["genre:indie_rock"],
                            "signed": ["artist:the_smiths", "artist:the_strokes"]},
    "def_jam_recordings": {"founded_in": ["city:new_york_city"],
                           "founded_by": ["person:rick_rubin", "person:russell_simmons"],
                           "specializes_in": ["genre:hip_hop"],
                           "owned_by": ["company:universal_music_group"],
                           "signed": ["artist:public_enemy", "artist:ll_cool_j"]},
    "island_records": {"founded_in": ["city:kingston"], "founded_by": ["person:chris_blackwell"],
                       "specializes_in": ["genre:reggae"],
                       "owned_by": ["company:universal_music_group"],
                       "signed": ["artist:bob_marley_and_the_wailers", "artist:u2"]},
    "elektra_records": {"founded_by": ["person:jac_holzman"], "specializes_in": ["genre:folk"],
                        "owned_by": ["company:warner_music_group"], "signed": ["artist:the_doors"]},
    "creation_records": {"founded_in": ["city:london"], "founded_by": ["person:alan_mcgee"],
                         "specializes_in": ["genre:indie_rock"],
                         "signed": ["artist:oasis", "artist:my_bloody_valentine"]},
    "warp_records": {"founded_in": ["city:sheffield"],
                     "founded_by": ["person:steve_beckett", "person:rob_mitchell"],
                     "specializes_in": ["genre:electronic_music"],
                     "signed": ["artist:aphex_twin", "artist:boards_of_canada"]},
    "sugar_hill_records": {"founded_in": ["city:englewood"], "founded_by": ["person:sylvia_robinson"],
                           "specializes_in": ["genre:hip_hop"],
                           "signed": ["artist:the_sugarhill_gang",
                                      "artist:grandmaster_flash_and_the_furious_five"]},
    "capitol_records": {"founded_in": ["city:los_angeles"], "founded_by": ["person:johnny_mercer"],
                        "owned_by": ["company:universal_music_group"],
                        "signed": ["artist:the_beach_boys", "artist:frank_sinatra"]},
    "4ad": {"founded_in": ["city:london"], "founded_by": ["person:ivo_watts_russell"],
            "specializes_in": ["genre:dream_pop"], "owned_by": ["company:beggars_group"],
            "signed": ["artist:pixies", "artist:cocteau_twins"]},
    "geffen_records": {"founded_in": ["city:los_angeles"], "founded_by": ["person:david_geffen"],
                       "owned_by": ["company:universal_music_group"],
                       "signed": ["artist:guns_n_roses"]},
}

_RATINGS = {
    "ana": {"motown": 5.0, "stax_records": 4.5, "def_jam_recordings": 2.0, "warp_records": 3.0},
    "ben": {"sub_pop": 4.0, "factory_records": 5.0, "capitol_records": 1.5, "rough_trade_records": 3.5},
    "chen": {"blue_note_records": 5.0, "chess_records": 4.0, "geffen_records": 2.5, "island_records": 1.0},
    "dara": {"sun_records": 4.5, "atlantic_records": 3.0, "creation_records": 2.0, "4ad": 5.0},
    "emil": {"sugar_hill_records": 4.0, "elektra_records": 0.5, "warp_records": 4.5, "motown": 2.0},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            out += [(f"record_label:{slug}", rel, tail) for tail in tails]
    for user, ratings in _RATINGS.items():
        out += [(f"user:{user}", "rated", f"record_label:{slug}", {"rating": r})
                for slug, r in ratings.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind249")
