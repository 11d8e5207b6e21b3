"""blind403: a small singer-songwriters graph.

Items are singer-songwriters; the ``year`` attribute of each is the year of birth.
"""
import kgexplain as kgx

T = "singer-songwriter"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(T,)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(T,), range=("city",)),
    kgx.Relation("plays", phrase="plays", inverse_phrase="is played by", domain=(T,), range=("instrument",)),
    kgx.Relation("has_genre", phrase="works in the genre", inverse_phrase="is the genre of", domain=(T,), range=("genre",)),
    kgx.Relation("signed_to", phrase="was signed to", inverse_phrase="signed", domain=(T,), range=("record label",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="had as a member", domain=(T,), range=("band",)),
    kgx.Relation("citizen_of", phrase="is a citizen of", inverse_phrase="is the country of citizenship of", domain=(T,), range=("country",)),
]

# slug: (label, birth year, birthplace, country, instruments, genres, labels, bands)
ARTISTS = {
    "bob_dylan": ("Bob Dylan", 1941, "duluth", "usa", ["guitar", "harmonica", "piano"], ["folk", "rock"], ["columbia"], []),
    "joni_mitchell": ("Joni Mitchell", 1943, "fort_macleod", "canada", ["guitar", "piano", "dulcimer"], ["folk", "jazz"], ["reprise", "asylum"], []),
    "leonard_cohen": ("Leonard Cohen", 1934, "westmount", "canada", ["guitar"], ["folk"], ["columbia"], []),
    "neil_young": ("Neil Young", 1945, "toronto", "canada", ["guitar", "harmonica", "piano"], ["rock", "folk"], ["reprise"], ["buffalo_springfield", "csny"]),
    "paul_simon": ("Paul Simon", 1941, "newark", "usa", ["guitar"], ["folk"], ["columbia", "warner"], ["simon_garfunkel"]),
    "carole_king": ("Carole King", 1942, "new_york_city", "usa", ["piano"], ["pop"], ["ode"], []),
    "james_taylor": ("James Taylor", 1948, "boston", "usa", ["guitar"], ["folk"], ["apple", "warner"], []),
    "tom_waits": ("Tom Waits", 1949, "pomona", "usa", ["piano", "guitar"], ["jazz", "blues"], ["asylum", "island"], []),
    "bruce_springsteen": ("Bruce Springsteen", 1949, "long_branch", "usa", ["guitar", "harmonica"], ["rock"], ["columbia"], ["e_street_band"]),
    "kate_bush": ("Kate Bush", 1958, "bexleyheath", "uk", ["piano"], ["art_pop"], ["emi"], []),
    "nick_drake": ("Nick Drake", 1948, "rangoon", "uk", ["guitar"], ["folk"], ["island"], []),
    "tracy_chapman": ("Tracy Chapman", 1964, "cleveland", "usa", ["guitar"], ["folk"], ["elektra"], []),
    "elliott_smith": ("Elliott Smith", 1969, "omaha", "usa", ["guitar"], ["indie_rock", "folk"], ["kill_rock_stars"], ["heatmiser"]),
    "suzanne_vega": ("Suzanne Vega", 1959, "santa_monica", "usa", ["guitar"], ["folk"], ["am"], []),
    "jeff_buckley": ("Jeff Buckley", 1966, "anaheim", "usa", ["guitar"], ["rock"], ["columbia"], []),
    "cat_stevens": ("Cat Stevens", 1948, "london", "uk", ["guitar", "piano"], ["folk", "pop"], ["island"], []),
    "billy_joel": ("Billy Joel", 1949, "new_york_city", "usa", ["piano"], ["pop", "rock"], ["columbia"], []),
    "jackson_browne": ("Jackson Browne", 1948, "heidelberg", "usa", ["guitar", "piano"], ["rock"], ["asylum"], []),
}

CITIES = {
    "duluth": "Duluth", "fort_macleod": "Fort Macleod", "westmount": "Westmount", "toronto": "Toronto",
    "newark": "Newark", "new_york_city": "New York City", "boston": "Boston", "pomona": "Pomona",
    "long_branch": "Long Branch", "bexleyheath": "Bexleyheath", "rangoon": "Rangoon", "cleveland": "Cleveland",
    "omaha": "Omaha", "santa_monica": "Santa Monica", "anaheim": "Anaheim", "london": "London",
    "heidelberg": "Heidelberg",
}
COUNTRIES = {"usa": "United States", "canada": "Canada", "uk": "United Kingdom"}
INSTRUMENTS = {"guitar": "Guitar", "harmonica": "Harmonica", "piano": "Piano", "dulcimer": "Dulcimer"}
GENRES = {"folk": "Folk", "rock": "Rock", "jazz": "Jazz", "blues": "Blues", "pop": "Pop",
          "art_pop": "Art pop", "indie_rock": "Indie rock"}
LABELS = {
    "columbia": "Columbia Records", "reprise": "Reprise Records", "asylum": "Asylum Records",
    "warner": "Warner Bros. Records", "ode": "Ode Records", "apple": "Apple Records",
    "island": "Island Records", "emi": "EMI", "elektra": "Elektra Records",
    "kill_rock_stars": "Kill Rock Stars", "am": "A&M Records",
}
BANDS = {
    "buffalo_springfield": "Buffalo Springfield", "csny": "Crosby, Stills, Nash & Young",
    "simon_garfunkel": "Simon & Garfunkel", "e_street_band": "E Street Band", "heatmiser": "Heatmiser",
}

RATINGS = {
    "ana": [("bob_dylan", 5.0), ("joni_mitchell", 4.5), ("leonard_cohen", 2.0), ("nick_drake", 4.0)],
    "ben": [("bruce_springsteen", 5.0), ("billy_joel", 1.5), ("neil_young", 4.0), ("jeff_buckley", 3.0)],
    "chen": [("kate_bush", 4.5), ("suzanne_vega", 2.0), ("tracy_chapman", 5.0), ("elliott_smith", 3.5)],
    "dara": [("carole_king", 4.0), ("james_taylor", 1.0), ("paul_simon", 4.5), ("tom_waits", 2.5)],
    "emil": [("cat_stevens", 5.0), ("jackson_browne", 2.0), ("neil_young", 3.0), ("bob_dylan", 1.0)],
}


def entities():
    out = []
    for slug, (label, year, *_rest) in ARTISTS.items():
        out.append(kgx.Entity(f"{T}:{slug}", kind="item", type=T, label=label, attrs={"year": year}))
    for prefix, typ, table in [("city", "city", CITIES), ("country", "country", COUNTRIES),
                               ("instrument", "instrument", INSTRUMENTS), ("genre", "genre", GENRES),
                               ("label", "record label", LABELS), ("band", "band", BANDS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for user in RATINGS:
        out.append(kgx.Entity(f"user:{user}", kind="user", type="user", label=user))
    return out


def rows():
    out = []
    for slug, (_label, _year, city, country, instruments, genres, labels, bands) in ARTISTS.items():
        head = f"{T}:{slug}"
        out.append((head, "born_in", f"city:{city}"))
        out.append((head, "citizen_of", f"country:{country}"))
        out.extend((head, "plays", f"instrument:{i}") for i in instruments)
        out.extend((head, "has_genre", f"genre:{g}") for g in genres)
        out.extend((head, "signed_to", f"label:{lab}") for lab in labels)
        out.extend((head, "member_of", f"band:{b}") for b in bands)
    for user, ratings in RATINGS.items():
        out.extend((f"user:{user}", "rated", f"{T}:{slug}", {"rating": r}) for slug, r in ratings)
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind403")
