"""A small graph of Olympic Games editions (blind138)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("games",)),
    kgx.Relation("held_in", phrase="was held in", inverse_phrase="hosted",
                 domain=("games",), range=("city",)),
    kgx.Relation("opened_by", phrase="was officially opened by", inverse_phrase="officially opened",
                 domain=("games",), range=("person",)),
    kgx.Relation("mascot", phrase="had as its mascot", inverse_phrase="was the mascot of",
                 domain=("games",), range=("mascot",)),
    kgx.Relation("ceremony_venue", phrase="held its opening ceremony at",
                 inverse_phrase="staged the opening ceremony of",
                 domain=("games",), range=("venue",)),
    kgx.Relation("debut_sport", phrase="saw the medal debut of", inverse_phrase="made its medal debut at",
                 domain=("games",), range=("sport",)),
    kgx.Relation("season", phrase="is one of the", inverse_phrase="include",
                 domain=("games",), range=("season",)),
]

# slug, label, alias, year, city, season
_GAMES = [
    ("berlin_1936", "1936 Summer Olympics", "Berlin 1936", 1936, "berlin", "summer"),
    ("london_1948", "1948 Summer Olympics", "London 1948", 1948, "london", "summer"),
    ("tokyo_1964", "1964 Summer Olympics", "Tokyo 1964", 1964, "tokyo", "summer"),
    ("munich_1972", "1972 Summer Olympics", "Munich 1972", 1972, "munich", "summer"),
    ("montreal_1976", "1976 Summer Olympics", "Montreal 1976", 1976, "montreal", "summer"),
    ("moscow_1980", "1980 Summer Olympics", "Moscow 1980", 1980, "moscow", "summer"),
    ("los_angeles_1984", "1984 Summer Olympics", "Los Angeles 1984", 1984, "los_angeles", "summer"),
    ("seoul_1988", "1988 Summer Olympics", "Seoul 1988", 1988, "seoul", "summer"),
    ("barcelona_1992", "1992 Summer Olympics", "Barcelona 1992", 1992, "barcelona", "summer"),
    ("atlanta_1996", "1996 Summer Olympics", "Atlanta 1996", 1996, "atlanta", "summer"),
    ("sydney_2000", "2000 Summer Olympics", "Sydney 2000", 2000, "sydney", "summer"),
    ("beijing_2008", "2008 Summer Olympics", "Beijing 2008", 2008, "beijing", "summer"),
    ("london_2012", "2012 Summer Olympics", "London 2012", 2012, "london", "summer"),
    ("calgary_1988", "1988 Winter Olympics", "Calgary 1988", 1988, "calgary", "winter"),
    ("lillehammer_1994", "1994 Winter Olympics", "Lillehammer 1994", 1994, "lillehammer", "winter"),
    ("nagano_1998", "1998 Winter Olympics", "Nagano 1998", 1998, "nagano", "winter"),
    ("salt_lake_city_2002", "2002 Winter Olympics", "Salt Lake City 2002", 2002, "salt_lake_city", "winter"),
    ("beijing_2022", "2022 Winter Olympics", "Beijing 2022", 2022, "beijing", "winter"),
]

_CITIES = {
    "berlin": "Berlin", "london": "London", "tokyo": "Tokyo", "munich": "Munich",
    "montreal": "Montreal", "moscow": "Moscow", "los_angeles": "Los Angeles", "seoul": "Seoul",
    "barcelona": "Barcelona", "atlanta": "Atlanta", "sydney": "Sydney", "beijing": "Beijing",
    "calgary": "Calgary", "lillehammer": "Lillehammer", "nagano": "Nagano",
    "salt_lake_city": "Salt Lake City",
}

_PEOPLE = {
    "george_vi": "George VI", "hirohito": "Hirohito", "gustav_heinemann": "Gustav Heinemann",
    "elizabeth_ii": "Elizabeth II", "leonid_brezhnev": "Leonid Brezhnev",
    "ronald_reagan": "Ronald Reagan", "roh_tae_woo": "Roh Tae-woo", "jeanne_sauve": "Jeanne Sauvé",
    "juan_carlos_i": "Juan Carlos I", "harald_v": "Harald V", "bill_clinton": "Bill Clinton",
    "akihito": "Akihito", "william_deane": "William Deane", "george_w_bush": "George W. Bush",
    "hu_jintao": "Hu Jintao", "xi_jinping": "Xi Jinping",
}

_MASCOTS = {
    "waldi": "Waldi", "amik": "Amik", "misha": "Misha", "sam": "Sam the Olympic Eagle",
    "hodori": "Hodori", "hidy_and_howdy": "Hidy and Howdy", "cobi": "Cobi",
    "haakon_and_kristin": "Haakon and Kristin", "izzy": "Izzy", "snowlets": "The Snowlets",
    "fuwa": "Fuwa", "wenlock": "Wenlock", "bing_dwen_dwen": "Bing Dwen Dwen",
}

_VENUES = {
    "olympiastadion_berlin": "Olympiastadion Berlin", "wembley_stadium": "Wembley Stadium",
    "munich_olympic_stadium": "Munich Olympic Stadium",
    "montreal_olympic_stadium": "Montreal Olympic Stadium", "luzhniki_stadium": "Luzhniki Stadium",
    "la_memorial_coliseum": "Los Angeles Memorial Coliseum",
    "seoul_olympic_stadium": "Seoul Olympic Stadium",
    "estadi_olimpic": "Estadi Olímpic Lluís Companys",
    "centennial_olympic_stadium": "Centennial Olympic Stadium", "stadium_australia": "Stadium Australia",
    "beijing_national_stadium": "Beijing National Stadium",
    "london_olympic_stadium": "London Olympic Stadium", "mcmahon_stadium": "McMahon Stadium",
    "lysgardsbakken": "Lysgårdsbakken", "nagano_olympic_stadium": "Nagano Olympic Stadium",
    "rice_eccles_stadium": "Rice-Eccles Stadium",
}

_SPORTS = {
    "basketball": "Basketball", "canoeing": "Canoeing", "volleyball": "Volleyball", "judo": "Judo",
    "canoe_slalom": "Canoe slalom", "synchronized_swimming": "Synchronized swimming",
    "rhythmic_gymnastics": "Rhythmic gymnastics", "table_tennis": "Table tennis",
    "badminton": "Badminton", "baseball": "Baseball", "beach_volleyball": "Beach volleyball",
    "mountain_biking": "Mountain biking", "triathlon": "Triathlon", "taekwondo": "Taekwondo",
    "trampoline": "Trampoline", "bmx": "BMX racing", "super_g": "Super-G",
    "aerial_skiing": "Aerial skiing", "snowboarding": "Snowboarding", "monobob": "Monobob",
}

_OPENED_BY = {
    "london_1948": "george_vi", "tokyo_1964": "hirohito", "munich_1972": "gustav_heinemann",
    "montreal_1976": "elizabeth_ii", "moscow_1980": "leonid_brezhnev",
    "los_angeles_1984": "ronald_reagan", "seoul_1988": "roh_tae_woo", "calgary_1988": "jeanne_sauve",
    "barcelona_1992": "juan_carlos_i", "lillehammer_1994": "harald_v", "atlanta_1996": "bill_clinton",
    "nagano_1998": "akihito", "sydney_2000": "william_deane", "salt_lake_city_2002": "george_w_bush",
    "beijing_2008": "hu_jintao", "london_2012": "elizabeth_ii", "beijing_2022": "xi_jinping",
}

_MASCOT_OF = {
    "munich_1972": "waldi", "montreal_1976": "amik", "moscow_1980": "misha",
    "los_angeles_1984": "sam", "seoul_1988": "hodori", "calgary_1988": "hidy_and_howdy",
    "barcelona_1992": "cobi", "lillehammer_1994": "haakon_and_kristin", "atlanta_1996": "izzy",
    "nagano_1998": "snowlets", "beijing_2008": "fuwa", "london_2012": "wenlock",
    "beijing_2022": "bing_dwen_dwen",
}

_CEREMONY_VENUE = {
    "berlin_1936": "olympiastadion_berlin", "london_1948": "wembley_stadium",
    "munich_1972": "munich_olympic_stadium", "montreal_1976": "montreal_olympic_stadium",
    "moscow_1980": "luzhniki_stadium", "los_angeles_1984": "la_memorial_coliseum",
    "seoul_1988": "seoul_olympic_stadium", "barcelona_1992": "estadi_olimpic",
    "atlanta_1996": "centennial_olympic_stadium", "sydney_2000": "stadium_australia",
    "beijing_2008": "beijing_national_stadium", "london_2012": "london_olympic_stadium",
    "calgary_1988": "mcmahon_stadium", "lillehammer_1994": "lysgardsbakken",
    "nagano_1998": "nagano_olympic_stadium", "salt_lake_city_2002": "rice_eccles_stadium",
    "beijing_2022": "beijing_national_stadium",
}

_DEBUTS = [
    ("berlin_1936", "basketball"), ("berlin_1936", "canoeing"),
    ("tokyo_1964", "volleyball"), ("tokyo_1964", "judo"),
    ("munich_1972", "canoe_slalom"),
    ("los_angeles_1984", "synchronized_swimming"), ("los_angeles_1984", "rhythmic_gymnastics"),
    ("seoul_1988", "table_tennis"),
    ("barcelona_1992", "badminton"), ("barcelona_1992", "baseball"),
    ("atlanta_1996", "beach_volleyball"), ("atlanta_1996", "mountain_biking"),
    ("sydney_2000", "triathlon"), ("sydney_2000", "taekwondo"), ("sydney_2000", "trampoline"),
    ("beijing_2008", "bmx"),
    ("calgary_1988", "super_g"),
    ("lillehammer_1994", "aerial_skiing"),
    ("nagano_1998", "snowboarding"),
    ("beijing_2022", "monobob"),
]

_RATINGS = [
    ("ana", "london_2012", 5.0), ("ana", "sydney_2000", 4.5), ("ana", "moscow_1980", 1.5),
    ("ana", "nagano_1998", 3.0),
    ("ben", "barcelona_1992", 4.0), ("ben", "atlanta_1996", 2.0), ("ben", "calgary_1988", 5.0),
    ("ben", "beijing_2008", 3.5),
    ("chen", "beijing_2022", 4.5), ("chen", "tokyo_1964", 5.0), ("chen", "seoul_1988", 2.5),
    ("chen", "lillehammer_1994", 1.0),
    ("dara", "munich_1972", 2.0), ("dara", "los_angeles_1984", 4.0),
    ("dara", "salt_lake_city_2002", 4.5), ("dara", "montreal_1976", 0.5),
    ("emil", "berlin_1936", 1.0), ("emil", "london_1948", 4.0), ("emil", "sydney_2000", 3.0),
    ("emil", "lillehammer_1994", 5.0),
]


def entities():
    out = []
    for slug, label, alias, year, _city, _season in _GAMES:
        out.append(kgx.Entity(f"games:{slug}", kind="item", type="games", label=label,
                              aliases=(alias,), attrs={"year": year}))
    for key, label in _CITIES.items():
        out.append(kgx.Entity(f"city:{key}", kind="attribute", type="city", label=label))
    for key, label in _PEOPLE.items():
        out.append(kgx.Entity(f"person:{key}", kind="attribute", type="person", label=label))
    for key, label in _MASCOTS.items():
        out.append(kgx.Entity(f"mascot:{key}", kind="attribute", type="mascot", label=label))
    for key, label in _VENUES.items():
        out.append(kgx.Entity(f"venue:{key}", kind="attribute", type="venue", label=label))
    for key, label in _SPORTS.items():
        out.append(kgx.Entity(f"sport:{key}", kind="attribute", type="sport", label=label))
    out.append(kgx.Entity("season:summer", kind="attribute", type="season", label="Summer Games"))
    out.append(kgx.Entity("season:winter", kind="attribute", type="season", label="Winter Games"))
    for name in ("ana", "ben", "chen", "dara", "emil"):
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, _label, _alias, _year, city, season in _GAMES:
        out.append((f"games:{slug}", "held_in", f"city:{city}"))
        out.append((f"games:{slug}", "season", f"season:{season}"))
    for slug, person in _OPENED_BY.items():
        out.append((f"games:{slug}", "opened_by", f"person:{person}"))
    for slug, mascot in _MASCOT_OF.items():
        out.append((f"games:{slug}", "mascot", f"mascot:{mascot}"))
    for slug, venue in _CEREMONY_VENUE.items():
        out.append((f"games:{slug}", "ceremony_venue", f"venue:{venue}"))
    for slug, sport in _DEBUTS:
        out.append((f"games:{slug}", "debut_sport", f"sport:{sport}"))
    for user, slug, rating in _RATINGS:
        out.append((f"user:{user}", "rated", f"games:{slug}", {"rating": rating}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind138")
