"""blind116: a small graph of rock bands, declared in code."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("band",)),
    kgx.Relation("formed_in", phrase="was formed in", inverse_phrase="is the birthplace of", domain=("band",), range=("city",)),
    kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home country of", domain=("band",), range=("country",)),
    kgx.Relation("has_member", phrase="had as a member", inverse_phrase="was a member of", domain=("band",), range=("musician",)),
    kgx.Relation("plays_genre", phrase="plays", inverse_phrase="is played by", domain=("band",), range=("genre",)),
    kgx.Relation("signed_to", phrase="was signed to", inverse_phrase="signed", domain=("band",), range=("label",)),
    kgx.Relation("debut_album", phrase="debuted with the album", inverse_phrase="was the debut album of", domain=("band",), range=("album",)),
]

# slug: (label, year formed, city, country, genres, label(s), debut album or None, members)
BANDS = {
    "the_beatles": ("The Beatles", 1960, "liverpool", "uk", ["rock", "pop_rock"], ["parlophone"], "please_please_me",
                    ["john_lennon", "paul_mccartney", "george_harrison", "ringo_starr"]),
    "the_rolling_stones": ("The Rolling Stones", 1962, "london", "uk", ["rock", "blues_rock"], ["decca"], None,
                           ["mick_jagger", "keith_richards", "charlie_watts"]),
    "led_zeppelin": ("Led Zeppelin", 1968, "london", "uk", ["hard_rock", "blues_rock", "heavy_metal"], ["atlantic"], None,
                     ["jimmy_page", "robert_plant", "john_bonham", "john_paul_jones"]),
    "pink_floyd": ("Pink Floyd", 1965, "london", "uk", ["progressive_rock", "psychedelic_rock"], ["emi"], "piper",
                   ["syd_barrett", "roger_waters", "david_gilmour", "nick_mason"]),
    "queen": ("Queen", 1970, "london", "uk", ["hard_rock", "glam_rock"], ["emi"], None,
              ["freddie_mercury", "brian_may", "roger_taylor", "john_deacon"]),
    "the_who": ("The Who", 1964, "london", "uk", ["hard_rock"], ["track"], "my_generation",
                ["roger_daltrey", "pete_townshend", "keith_moon", "john_entwistle"]),
    "nirvana": ("Nirvana", 1987, "aberdeen_wa", "usa", ["grunge"], ["sub_pop", "dgc"], "bleach",
                ["kurt_cobain", "krist_novoselic", "dave_grohl"]),
    "pearl_jam": ("Pearl Jam", 1990, "seattle", "usa", ["grunge"], ["epic"], "ten",
                  ["eddie_vedder", "jeff_ament", "stone_gossard"]),
    "radiohead": ("Radiohead", 1985, "abingdon", "uk", ["alternative_rock", "art_rock"], ["parlophone"], "pablo_honey",
                  ["thom_yorke", "jonny_greenwood", "colin_greenwood"]),
    "u2": ("U2", 1976, "dublin", "ireland", ["rock", "post_punk"], ["island"], "boy",
           ["bono", "the_edge", "adam_clayton", "larry_mullen_jr"]),
    "ac_dc": ("AC/DC", 1973, "sydney", "australia", ["hard_rock"], ["atlantic"], "high_voltage",
              ["angus_young", "malcolm_young", "bon_scott", "brian_johnson"]),
    "ramones": ("Ramones", 1974, "new_york_city", "usa", ["punk_rock"], ["sire"], None,
                ["joey_ramone", "johnny_ramone", "dee_dee_ramone"]),
    "metallica": ("Metallica", 1981, "los_angeles", "usa", ["heavy_metal", "thrash_metal"], ["elektra"], "kill_em_all",
                  ["james_hetfield", "lars_ulrich", "kirk_hammett"]),
    "the_clash": ("The Clash", 1976, "london", "uk", ["punk_rock"], ["cbs"], None,
                  ["joe_strummer", "mick_jones"]),
    "red_hot_chili_peppers": ("Red Hot Chili Peppers", 1983, "los_angeles", "usa", ["funk_rock", "alternative_rock"], ["warner_bros"], None,
                              ["anthony_kiedis", "flea"]),
    "the_doors": ("The Doors", 1965, "los_angeles", "usa", ["psychedelic_rock"], ["elektra"], None,
                  ["jim_morrison", "ray_manzarek"]),
    "foo_fighters": ("Foo Fighters", 1994, "seattle", "usa", ["alternative_rock"], ["capitol"], None,
                     ["dave_grohl", "taylor_hawkins"]),
    "rem": ("R.E.M.", 1980, "athens_ga", "usa", ["alternative_rock"], ["irs", "warner_bros"], "murmur",
            ["michael_stipe", "peter_buck"]),
}

CITIES = {"liverpool": "Liverpool", "london": "London", "aberdeen_wa": "Aberdeen, Washington", "seattle": "Seattle",
          "abingdon": "Abingdon", "dublin": "Dublin", "sydney": "Sydney", "new_york_city": "New York City",
          "los_angeles": "Los Angeles", "athens_ga": "Athens, Georgia"}
COUNTRIES = {"uk": "United Kingdom", "usa": "United States", "ireland": "Ireland", "australia": "Australia"}
GENRES = {"rock": "rock", "pop_rock": "pop rock", "blues_rock": "blues rock", "hard_rock": "hard rock",
          "heavy_metal": "heavy metal", "progressive_rock": "progressive rock", "psychedelic_rock": "psychedelic rock",
          "glam_rock": "glam rock", "grunge": "grunge", "alternative_rock": "alternative rock", "art_rock": "art rock",
          "post_punk": "post-punk", "punk_rock": "punk rock", "thrash_metal": "thrash metal", "funk_rock": "funk rock"}
LABELS = {"parlophone": "Parlophone", "decca": "Decca Records", "atlantic": "Atlantic Records", "emi": "EMI",
          "track": "Track Records", "sub_pop": "Sub Pop", "dgc": "DGC Records", "epic": "Epic Records",
          "island": "Island Records", "sire": "Sire Records", "elektra": "Elektra Records", "cbs": "CBS Records",
          "warner_bros": "Warner Bros. Records", "capitol": "Capitol Records", "irs": "I.R.S. Records"}
ALBUMS = {"please_please_me": "Please Please Me", "piper": "The Piper at the Gates of Dawn",
          "my_generation": "My Generation", "bleach": "Bleach", "ten": "Ten", "pablo_honey": "Pablo Honey",
          "boy": "Boy", "high_voltage": "High Voltage", "kill_em_all": "Kill 'Em All", "murmur": "Murmur"}
MUSICIANS = {
    "john_lennon": "John Lennon", "paul_mccartney": "Paul McCartney", "george_harrison": "George Harrison",
    "ringo_starr": "Ringo Starr", "mick_jagger": "Mick Jagger", "keith_richards": "Keith Richards",
    "charlie_watts": "Charlie Watts", "jimmy_page": "Jimmy Page", "robert_plant": "Robert Plant",
    "john_bonham": "John Bonham", "john_paul_jones": "John Paul Jones", "syd_barrett": "Syd Barrett",
    "roger_waters": "Roger Waters", "david_gilmour": "David Gilmour", "nick_mason": "Nick Mason",
    "freddie_mercury": "Freddie Mercury", "brian_may": "Brian May", "roger_taylor": "Roger Taylor",
    "john_deacon": "John Deacon", "roger_daltrey": "Roger Daltrey", "pete_townshend": "Pete Townshend",
    "keith_moon": "Keith Moon", "john_entwistle": "John Entwistle", "kurt_cobain": "Kurt Cobain",
    "krist_novoselic": "Krist Novoselic", "dave_grohl": "Dave Grohl", "eddie_vedder": "Eddie Vedder",
    "jeff_ament": "Jeff Ament", "stone_gossard": "Stone Gossard", "thom_yorke": "Thom Yorke",
    "jonny_greenwood": "Jonny Greenwood", "colin_greenwood": "Colin Greenwood", "bono": "Bono",
    "the_edge": "The Edge", "adam_clayton": "Adam Clayton", "larry_mullen_jr": "Larry Mullen Jr.",
    "angus_young": "Angus Young", "malcolm_young": "Malcolm Young", "bon_scott": "Bon Scott",
    "brian_johnson": "Brian Johnson", "joey_ramone": "Joey Ramone", "johnny_ramone": "Johnny Ramone",
    "dee_dee_ramone": "Dee Dee Ramone", "james_hetfield": "James Hetfield", "lars_ulrich": "Lars Ulrich",
    "kirk_hammett": "Kirk Hammett", "joe_strummer": "Joe Strummer", "mick_jones": "Mick Jones",
    "anthony_kiedis": "Anthony Kiedis", "flea": "Flea", "jim_morrison": "Jim Morrison",
    "ray_manzarek": "Ray Manzarek", "taylor_hawkins": "Taylor Hawkins", "michael_stipe": "Michael Stipe",
    "peter_buck": "Peter Buck",
}

RATINGS = {
    "ana": {"the_beatles": 5.0, "radiohead": 4.5, "metallica": 1.5, "queen": 4.0},
    "ben": {"nirvana": 5.0, "pearl_jam": 4.0, "the_doors": 2.0, "ac_dc": 3.0},
    "chen": {"pink_floyd": 5.0, "led_zeppelin": 4.5, "ramones": 1.0, "u2": 3.5},
    "dara": {"the_clash": 4.5, "rem": 4.0, "foo_fighters": 2.5, "the_rolling_stones": 1.5},
    "emil": {"metallica": 5.0, "the_who": 3.0, "red_hot_chili_peppers": 2.0, "ac_dc": 4.5},
}


def entities():
    out = []
    for slug, (label, year, *_rest) in BANDS.items():
        out.append(kgx.Entity(f"band:{slug}", kind="item", type="band", label=label, attrs={"year": year}))
    for prefix, table in [("city", CITIES), ("country", COUNTRIES), ("genre", GENRES), ("label", LABELS),
                          ("album", ALBUMS), ("musician", MUSICIANS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (_label, _year, city, country, genres, labels, album, members) in BANDS.items():
        b = f"band:{slug}"
        out.append((b, "formed_in", f"city:{city}"))
        out.append((b, "from_country", f"country:{country}"))
        out += [(b, "plays_genre", f"genre:{g}") for g in genres]
        out += [(b, "signed_to", f"label:{x}") for x in labels]
        if album:
            out.append((b, "debut_album", f"album:{album}"))
        out += [(b, "has_member", f"musician:{m}") for m in members]
    for name, items in RATINGS.items():
        for slug, r in items.items():
            out.append((f"user:{name}", "rated", f"band:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind116")
