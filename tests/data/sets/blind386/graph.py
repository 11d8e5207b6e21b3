"""A small knowledge graph of sprinters (blind386).

Items are sprinters; their ``year`` attribute is the year of birth.
Attributes: countries they represent, places of birth, coaches, events
(labelled the way World Athletics titles them) and Summer Olympic Games.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("sprinter",)),
    kgx.Relation("represents", phrase="represents", inverse_phrase="is represented by",
                 domain=("sprinter",), range=("country",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("sprinter",), range=("place",)),
    kgx.Relation("coached_by", phrase="was coached by", inverse_phrase="coached",
                 domain=("sprinter",), range=("coach",)),
    kgx.Relation("specialises_in", phrase="specialises in", inverse_phrase="is the specialty of",
                 domain=("sprinter",), range=("event",)),
    kgx.Relation("won_gold_at", phrase="won Olympic gold at", inverse_phrase="awarded Olympic gold to",
                 domain=("sprinter",), range=("olympics",)),
    kgx.Relation("set_world_record_in", phrase="set a world record in",
                 inverse_phrase="had its world record set by",
                 domain=("sprinter",), range=("event",)),
]

# slug, label, birth year
SPRINTERS = [
    ("usain_bolt", "Usain Bolt", 1986),
    ("yohan_blake", "Yohan Blake", 1989),
    ("shelly_ann_fraser_pryce", "Shelly-Ann Fraser-Pryce", 1986),
    ("elaine_thompson_herah", "Elaine Thompson-Herah", 1992),
    ("asafa_powell", "Asafa Powell", 1982),
    ("carl_lewis", "Carl Lewis", 1961),
    ("michael_johnson", "Michael Johnson", 1967),
    ("florence_griffith_joyner", "Florence Griffith Joyner", 1959),
    ("allyson_felix", "Allyson Felix", 1985),
    ("justin_gatlin", "Justin Gatlin", 1982),
    ("maurice_greene", "Maurice Greene", 1974),
    ("wayde_van_niekerk", "Wayde van Niekerk", 1992),
    ("christian_coleman", "Christian Coleman", 1996),
    ("marcell_jacobs", "Marcell Jacobs", 1994),
    ("andre_de_grasse", "Andre De Grasse", 1994),
    ("linford_christie", "Linford Christie", 1960),
    ("marie_jose_perec", "Marie-José Pérec", 1968),
    ("noah_lyles", "Noah Lyles", 1997),
]

ALIASES = {
    "florence_griffith_joyner": ("Flo-Jo",),
    "marcell_jacobs": ("Lamont Marcell Jacobs",),
}

COUNTRIES = {
    "jamaica": "Jamaica",
    "united_states": "United States",
    "south_africa": "South Africa",
    "italy": "Italy",
    "canada": "Canada",
    "great_britain": "Great Britain",
    "france": "France",
}

PLACES = {
    "sherwood_content": "Sherwood Content",
    "saint_james_parish": "Saint James Parish",
    "kingston": "Kingston",
    "banana_ground": "Banana Ground",
    "birmingham_alabama": "Birmingham, Alabama",
    "dallas": "Dallas",
    "los_angeles": "Los Angeles",
    "brooklyn": "Brooklyn",
    "kansas_city_kansas": "Kansas City, Kansas",
    "cape_town": "Cape Town",
    "atlanta": "Atlanta",
    "el_paso": "El Paso",
    "scarborough_ontario": "Scarborough, Ontario",
    "saint_andrew_parish": "Saint Andrew Parish",
    "basse_terre": "Basse-Terre",
    "gainesville_florida": "Gainesville, Florida",
}

COACHES = {
    "glen_mills": "Glen Mills",
    "stephen_francis": "Stephen Francis",
    "tom_tellez": "Tom Tellez",
    "clyde_hart": "Clyde Hart",
    "bob_kersee": "Bob Kersee",
    "john_smith": "John Smith",
    "ans_botha": "Ans Botha",
    "paolo_camossi": "Paolo Camossi",
    "rana_reider": "Rana Reider",
    "ron_roddan": "Ron Roddan",
    "lance_brauman": "Lance Brauman",
    "dennis_mitchell": "Dennis Mitchell",
}

EVENTS = {
    "60m": "60 Metres",
    "100m": "100 Metres",
    "200m": "200 Metres",
    "400m": "400 Metres",
    "long_jump": "Long Jump",
}

# id suffix: (label, aliases)
OLYMPICS = {
    "1984": ("1984 Summer Olympics", ("Los Angeles 1984",)),
    "1988": ("1988 Summer Olympics", ("Seoul 1988",)),
    "1992": ("1992 Summer Olympics", ("Barcelona 1992",)),
    "1996": ("1996 Summer Olympics", ("Atlanta 1996",)),
    "2000": ("2000 Summer Olympics", ("Sydney 2000",)),
    "2004": ("2004 Summer Olympics", ("Athens 2004",)),
    "2008": ("2008 Summer Olympics", ("Beijing 2008",)),
    "2012": ("2012 Summer Olympics", ("London 2012",)),
    "2016": ("2016 Summer Olympics", ("Rio 2016",)),
    "2020": ("2020 Summer Olympics", ("Tokyo 2020",)),
    "2024": ("2024 Summer Olympics", ("Paris 2024",)),
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# sprinter slug -> facts
FACTS = {
    "usain_bolt": dict(country="jamaica", born="sherwood_content", coach=["glen_mills"],
                       events=["100m", "200m"], gold=["2008", "2012", "2016"], wr=["100m", "200m"]),
    "yohan_blake": dict(country="jamaica", born="saint_james_parish", coach=["glen_mills"],
                        events=["100m", "200m"], gold=["2012"], wr=[]),
    "shelly_ann_fraser_pryce": dict(country="jamaica", born="kingston", coach=["stephen_francis"],
                                    events=["100m"], gold=["2008", "2012", "2020"], wr=[]),
    "elaine_thompson_herah": dict(country="jamaica", born="banana_ground", coach=["stephen_francis"],
                                  events=["100m", "200m"], gold=["2016", "2020"], wr=[]),
    "asafa_powell": dict(country="jamaica", born=None, coach=["stephen_francis"],
                         events=["100m"], gold=["2016"], wr=["100m"]),
    "carl_lewis": dict(country="united_states", born="birmingham_alabama", coach=["tom_tellez"],
                       events=["100m", "200m", "long_jump"], gold=["1984", "1988", "1992", "1996"],
                       wr=["100m"]),
    "michael_johnson": dict(country="united_states", born="dallas", coach=["clyde_hart"],
                            events=["200m", "400m"], gold=["1992", "1996", "2000"], wr=["200m", "400m"]),
    "florence_griffith_joyner": dict(country="united_states", born="los_angeles", coach=["bob_kersee"],
                                     events=["100m", "200m"], gold=["1988"], wr=["100m", "200m"]),
    "allyson_felix": dict(country="united_states", born="los_angeles", coach=["bob_kersee"],
                          events=["200m", "400m"], gold=["2008", "2012", "2016", "2020"], wr=[]),
    "justin_gatlin": dict(country="united_states", born="brooklyn", coach=["dennis_mitchell"],
                          events=["100m"], gold=["2004"], wr=[]),
    "maurice_greene": dict(country="united_states", born="kansas_city_kansas", coach=["john_smith"],
                           events=["100m"], gold=["2000"], wr=["100m"]),
    "wayde_van_niekerk": dict(country="south_africa", born="cape_town", coach=["ans_botha"],
                              events=["400m"], gold=["2016"], wr=["400m"]),
    "christian_coleman": dict(country="united_states", born="atlanta", coach=[],
                              events=["60m", "100m"], gold=[], wr=["60m"]),
    "marcell_jacobs": dict(country="italy", born="el_paso", coach=["paolo_camossi"],
                           events=["100m"], gold=["2020"], wr=[]),
    "andre_de_grasse": dict(country="canada", born="scarborough_ontario", coach=["rana_reider"],
                            events=["100m", "200m"], gold=["2020"], wr=[]),
    "linford_christie": dict(country="great_britain", born="saint_andrew_parish", coach=["ron_roddan"],
                             events=["100m"], gold=["1992"], wr=[]),
    "marie_jose_perec": dict(country="france", born="basse_terre", coach=[],
                             events=["200m", "400m"], gold=["1992", "1996"], wr=[]),
    "noah_lyles": dict(country="united_states", born="gainesville_florida", coach=["lance_brauman"],
                       events=["100m", "200m"], gold=["2024"], wr=[]),
}

RATINGS = {
    "ana": {"usain_bolt": 5.0, "allyson_felix": 4.5, "christian_coleman": 2.0, "marie_jose_perec": 3.5},
    "ben": {"carl_lewis": 4.0, "justin_gatlin": 1.0, "marcell_jacobs": 3.0, "asafa_powell": 5.0},
    "chen": {"shelly_ann_fraser_pryce": 5.0, "elaine_thompson_herah": 4.0, "linford_christie": 1.5,
             "wayde_van_niekerk": 3.0},
    "dara": {"michael_johnson": 4.5, "florence_griffith_joyner": 2.0, "andre_de_grasse": 4.0,
             "maurice_greene": 0.5},
    "emil": {"yohan_blake": 3.5, "noah_lyles": 5.0, "usain_bolt": 1.5, "justin_gatlin": 4.0},
}


def entities():
    out = []
    for slug, label, year in SPRINTERS:
        out.append(kgx.Entity(f"sprinter:{slug}", kind="item", type="sprinter", label=label,
                              aliases=ALIASES.get(slug, ()), attrs={"year": year}))
    for slug, label in COUNTRIES.items():
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in PLACES.items():
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label))
    for slug, label in COACHES.items():
        out.append(kgx.Entity(f"coach:{slug}", kind="attribute", type="coach", label=label))
    for slug, label in EVENTS.items():
        out.append(kgx.Entity(f"event:{slug}", kind="attribute", type="event", label=label))
    for slug, (label, aliases) in OLYMPICS.items():
        out.append(kgx.Entity(f"olympics:{slug}", kind="attribute", type="olympics", label=label,
                              aliases=aliases))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, f in FACTS.items():
        s = f"sprinter:{slug}"
        out.append((s, "represents", f"country:{f['country']}"))
        if f["born"]:
            out.append((s, "born_in", f"place:{f['born']}"))
        for c in f["coach"]:
            out.append((s, "coached_by", f"coach:{c}"))
        for e in f["events"]:
            out.append((s, "specialises_in", f"event:{e}"))
        for g in f["gold"]:
            out.append((s, "won_gold_at", f"olympics:{g}"))
        for e in f["wr"]:
            out.append((s, "set_world_record_in", f"event:{e}"))
    for user, rated in RATINGS.items():
        for slug, r in rated.items():
            out.append((f"user:{user}", "rated", f"sprinter:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind386")
