"""A small rugby union players graph (blind378). Item year = year of birth."""
import kgexplain as kgx

P = "rugby_player"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(P,)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(P,), range=("city",)),
    kgx.Relation("represented", phrase="played Test rugby for", inverse_phrase="capped", domain=(P,), range=("national_team",)),
    kgx.Relation("captained", phrase="captained", inverse_phrase="was captained by", domain=(P,), range=("national_team",)),
    kgx.Relation("plays_position", phrase="played as a", inverse_phrase="is the position of", domain=(P,), range=("position",)),
    kgx.Relation("played_for_club", phrase="played club rugby for", inverse_phrase="had on its books", domain=(P,), range=("club",)),
]

# slug: (label, birth year)
PLAYERS = {
    "richie_mccaw": ("Richie McCaw", 1980),
    "dan_carter": ("Dan Carter", 1982),
    "jonah_lomu": ("Jonah Lomu", 1975),
    "jonny_wilkinson": ("Jonny Wilkinson", 1979),
    "martin_johnson": ("Martin Johnson", 1970),
    "brian_odriscoll": ("Brian O'Driscoll", 1979),
    "gareth_edwards": ("Gareth Edwards", 1947),
    "francois_pienaar": ("Francois Pienaar", 1967),
    "siya_kolisi": ("Siya Kolisi", 1991),
    "david_campese": ("David Campese", 1962),
    "john_eales": ("John Eales", 1970),
    "serge_blanco": ("Serge Blanco", 1958),
    "antoine_dupont": ("Antoine Dupont", 1996),
    "johnny_sexton": ("Johnny Sexton", 1985),
    "alun_wyn_jones": ("Alun Wyn Jones", 1985),
    "bryan_habana": ("Bryan Habana", 1983),
    "beauden_barrett": ("Beauden Barrett", 1991),
    "paul_oconnell": ("Paul O'Connell", 1979),
}

CITIES = {
    "oamaru": "Oamaru", "auckland": "Auckland", "frimley": "Frimley", "solihull": "Solihull",
    "dublin": "Dublin", "gwaun_cae_gurwen": "Gwaun-Cae-Gurwen", "vereeniging": "Vereeniging",
    "port_elizabeth": "Port Elizabeth", "queanbeyan": "Queanbeyan", "brisbane": "Brisbane",
    "caracas": "Caracas", "lannemezan": "Lannemezan", "swansea": "Swansea",
    "johannesburg": "Johannesburg", "new_plymouth": "New Plymouth", "limerick": "Limerick",
}

TEAMS = {
    "new_zealand": "New Zealand", "england": "England", "ireland": "Ireland", "wales": "Wales",
    "south_africa": "South Africa", "australia": "Australia", "france": "France",
}

POSITIONS = {
    "flanker": "flanker", "fly_half": "fly-half", "wing": "wing", "lock": "lock",
    "centre": "centre", "scrum_half": "scrum-half", "fullback": "fullback",
}

CLUBS = {
    "crusaders": "Crusaders", "racing_92": "Racing 92", "perpignan": "Perpignan", "blues": "Blues",
    "hurricanes": "Hurricanes", "newcastle_falcons": "Newcastle Falcons", "toulon": "Toulon",
    "leicester_tigers": "Leicester Tigers", "leinster": "Leinster", "cardiff_rfc": "Cardiff RFC",
    "saracens": "Saracens", "stormers": "Stormers", "sharks": "Sharks", "randwick": "Randwick",
    "queensland_reds": "Queensland Reds", "biarritz": "Biarritz Olympique", "toulouse": "Toulouse",
    "castres": "Castres", "ospreys": "Ospreys", "bulls": "Bulls", "munster": "Munster",
}

# slug: (city or None, team, captained?, [positions], [clubs])
FACTS = {
    "richie_mccaw": ("oamaru", "new_zealand", True, ["flanker"], ["crusaders"]),
    "dan_carter": (None, "new_zealand", False, ["fly_half"], ["crusaders", "perpignan", "racing_92"]),
    "jonah_lomu": ("auckland", "new_zealand", False, ["wing"], ["blues", "hurricanes"]),
    "jonny_wilkinson": ("frimley", "england", False, ["fly_half"], ["newcastle_falcons", "toulon"]),
    "martin_johnson": ("solihull", "england", True, ["lock"], ["leicester_tigers"]),
    "brian_odriscoll": ("dublin", "ireland", True, ["centre"], ["leinster"]),
    "gareth_edwards": ("gwaun_cae_gurwen", "wales", True, ["scrum_half"], ["cardiff_rfc"]),
    "francois_pienaar": ("vereeniging", "south_africa", True, ["flanker"], ["saracens"]),
    "siya_kolisi": ("port_elizabeth", "south_africa", True, ["flanker"], ["stormers", "sharks", "racing_92"]),
    "david_campese": ("queanbeyan", "australia", False, ["wing"], ["randwick"]),
    "john_eales": ("brisbane", "australia", True, ["lock"], ["queensland_reds"]),
    "serge_blanco": ("caracas", "france", True, ["fullback"], ["biarritz"]),
    "antoine_dupont": ("lannemezan", "france", True, ["scrum_half"], ["castres", "toulouse"]),
    "johnny_sexton": ("dublin", "ireland", True, ["fly_half"], ["leinster", "racing_92"]),
    "alun_wyn_jones": ("swansea", "wales", True, ["lock"], ["ospreys"]),
    "bryan_habana": ("johannesburg", "south_africa", False, ["wing"], ["bulls", "stormers", "toulon"]),
    "beauden_barrett": ("new_plymouth", "new_zealand", False, ["fly_half", "fullback"], ["hurricanes", "blues"]),
    "paul_oconnell": ("limerick", "ireland", True, ["lock"], ["munster"]),
}

RATINGS = {
    "ana": [("richie_mccaw", 5.0), ("jonny_wilkinson", 4.5), ("antoine_dupont", 2.0), ("jonah_lomu", 4.0)],
    "ben": [("brian_odriscoll", 1.5), ("dan_carter", 5.0), ("bryan_habana", 3.5), ("siya_kolisi", 4.5)],
    "chen": [("serge_blanco", 4.0), ("gareth_edwards", 5.0), ("david_campese", 1.0), ("johnny_sexton", 3.0)],
    "dara": [("martin_johnson", 2.5), ("john_eales", 4.5), ("beauden_barrett", 1.5), ("francois_pienaar", 5.0)],
    "emil": [("paul_oconnell", 4.0), ("alun_wyn_jones", 0.5), ("richie_mccaw", 3.0), ("antoine_dupont", 5.0)],
}


def entities():
    out = []
    for slug, (label, year) in PLAYERS.items():
        out.append(kgx.Entity(f"{P}:{slug}", kind="item", type=P, label=label, attrs={"year": year}))
    for prefix, table in (("city", CITIES), ("national_team", TEAMS), ("position", POSITIONS), ("club", CLUBS)):
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for u in RATINGS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, (city, team, capt, positions, clubs) in FACTS.items():
        h = f"{P}:{slug}"
        if city:
            out.append((h, "born_in", f"city:{city}"))
        out.append((h, "represented", f"national_team:{team}"))
        if capt:
            out.append((h, "captained", f"national_team:{team}"))
        for pos in positions:
            out.append((h, "plays_position", f"position:{pos}"))
        for club in clubs:
            out.append((h, "played_for_club", f"club:{club}"))
    for u, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{u}", "rated", f"{P}:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind378")
