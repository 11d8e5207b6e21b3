"""A small graph of famous racing yachts (blind164)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("yacht",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("yacht",), range=("person", "design firm")),
    kgx.Relation("skippered_by", phrase="was skippered by", inverse_phrase="skippered",
                 domain=("yacht",), range=("person",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by", domain=("yacht",), range=("race",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("yacht",), range=("shipbuilder",)),
    kgx.Relation("represented", phrase="sailed for", inverse_phrase="was represented by",
                 domain=("yacht",), range=("yacht club",)),
    kgx.Relation("boat_type", phrase="is a", inverse_phrase="is the type of",
                 domain=("yacht",), range=("boat type",)),
]

YACHTS = [
    ("america", "America", 1851),
    ("australia_ii", "Australia II", 1982),
    ("liberty", "Liberty", 1983),
    ("stars_and_stripes_87", "Stars & Stripes 87", 1986),
    ("black_magic", "Black Magic", 1994),
    ("intrepid", "Intrepid", 1967),
    ("courageous", "Courageous", 1974),
    ("freedom", "Freedom", 1979),
    ("dorade", "Dorade", 1930),
    ("stormy_weather", "Stormy Weather", 1934),
    ("wild_oats_xi", "Wild Oats XI", 2005),
    ("comanche", "Comanche", 2014),
    ("banque_populaire_v", "Banque Populaire V", 2008),
    ("orange_ii", "Orange II", 2004),
    ("groupama_3", "Groupama 3", 2006),
    ("pen_duick_ii", "Pen Duick II", 1964),
    ("pen_duick_vi", "Pen Duick VI", 1973),
    ("flyer", "Flyer", 1977),
]

ATTRIBUTES = {
    "person": [
        ("george_steers", "George Steers"), ("dick_brown", "Dick Brown"),
        ("ben_lexcen", "Ben Lexcen"), ("john_bertrand", "John Bertrand"),
        ("johan_valentijn", "Johan Valentijn"), ("dennis_conner", "Dennis Conner"),
        ("britton_chance_jr", "Britton Chance Jr."), ("russell_coutts", "Russell Coutts"),
        ("doug_peterson", "Doug Peterson"), ("laurie_davidson", "Laurie Davidson"),
        ("olin_stephens", "Olin Stephens"), ("rod_stephens", "Rod Stephens"),
        ("bus_mosbacher", "Bus Mosbacher"), ("bill_ficker", "Bill Ficker"),
        ("ted_hood", "Ted Hood"), ("ted_turner", "Ted Turner"),
        ("mark_richards", "Mark Richards"), ("ken_read", "Ken Read"),
        ("guillaume_verdier", "Guillaume Verdier"), ("loick_peyron", "Loïck Peyron"),
        ("gilles_ollier", "Gilles Ollier"), ("bruno_peyron", "Bruno Peyron"),
        ("franck_cammas", "Franck Cammas"), ("eric_tabarly", "Éric Tabarly"),
        ("andre_mauric", "André Mauric"), ("conny_van_rietschoten", "Conny van Rietschoten"),
    ],
    "design firm": [
        ("reichel_pugh", "Reichel/Pugh"), ("vplp", "VPLP"),
        ("sparkman_stephens", "Sparkman & Stephens"),
    ],
    "race": [
        ("hundred_guinea_cup", "Hundred Guinea Cup"), ("americas_cup", "America's Cup"),
        ("transatlantic_race", "Transatlantic Race"), ("fastnet_race", "Fastnet Race"),
        ("sydney_hobart", "Sydney to Hobart Yacht Race"), ("jules_verne_trophy", "Jules Verne Trophy"),
        ("ostar", "Single-Handed Trans-Atlantic Race"),
        ("whitbread", "Whitbread Round the World Race"),
    ],
    "shipbuilder": [
        ("william_h_brown", "William H. Brown"), ("minneford", "Minneford Yacht Yard"),
        ("nevins", "Henry B. Nevins"), ("mcconaghy", "McConaghy Boats"),
        ("hodgdon", "Hodgdon Yachts"), ("multiplast", "Multiplast"),
        ("royal_huisman", "Royal Huisman"),
    ],
    "yacht club": [
        ("nyyc", "New York Yacht Club"), ("royal_perth", "Royal Perth Yacht Club"),
        ("sdyc", "San Diego Yacht Club"), ("rnzys", "Royal New Zealand Yacht Squadron"),
    ],
    "boat type": [
        ("schooner", "schooner"), ("sloop", "sloop"), ("yawl", "yawl"),
        ("ketch", "ketch"), ("catamaran", "catamaran"), ("trimaran", "trimaran"),
    ],
}

PREFIX = {"person": "person", "design firm": "firm", "race": "race", "shipbuilder": "builder",
          "yacht club": "club", "boat type": "boattype"}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"yacht:{slug}", kind="item", type="yacht", label=label, attrs={"year": year})
           for slug, label, year in YACHTS]
    for typ, pairs in ATTRIBUTES.items():
        out += [kgx.Entity(f"{PREFIX[typ]}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "america": {"designed_by": ["person:george_steers"], "built_by": ["builder:william_h_brown"],
                "skippered_by": ["person:dick_brown"], "won": ["race:hundred_guinea_cup"],
                "represented": ["club:nyyc"], "boat_type": ["boattype:schooner"]},
    "australia_ii": {"designed_by": ["person:ben_lexcen"], "skippered_by": ["person:john_bertrand"],
                     "won": ["race:americas_cup"], "represented": ["club:royal_perth"],
                     "boat_type": ["boattype:sloop"]},
    "liberty": {"designed_by": ["person:johan_valentijn"], "skippered_by": ["person:dennis_conner"],
                "represented": ["club:nyyc"], "boat_type": ["boattype:sloop"]},
    "stars_and_stripes_87": {"designed_by": ["person:britton_chance_jr"],
                             "skippered_by": ["person:dennis_conner"], "won": ["race:americas_cup"],
                             "represented": ["club:sdyc"], "boat_type": ["boattype:sloop"]},
    "black_magic": {"designed_by": ["person:doug_peterson", "person:laurie_davidson"],
                    "skippered_by": ["person:russell_coutts"], "won": ["race:americas_cup"],
                    "represented": ["club:rnzys"], "boat_type": ["boattype:sloop"]},
    "intrepid": {"designed_by": ["person:olin_stephens"], "built_by": ["builder:minneford"],
                 "skippered_by": ["person:bus_mosbacher", "person:bill_ficker"],
                 "won": ["race:americas_cup"], "represented": ["club:nyyc"],
                 "boat_type": ["boattype:sloop"]},
    "courageous": {"designed_by": ["person:olin_stephens"], "built_by": ["builder:minneford"],
                   "skippered_by": ["person:ted_hood", "person:ted_turner"],
                   "won": ["race:americas_cup"], "represented": ["club:nyyc"],
                   "boat_type": ["boattype:sloop"]},
    "freedom": {"designed_by": ["person:olin_stephens"], "skippered_by": ["person:dennis_conner"],
                "won": ["race:americas_cup"], "represented": ["club:nyyc"],
                "boat_type": ["boattype:sloop"]},
    "dorade": {"designed_by": ["person:olin_stephens"], "built_by": ["builder:minneford"],
               "skippered_by": ["person:olin_stephens"],
               "won": ["race:transatlantic_race", "race:fastnet_race"], "boat_type": ["boattype:yawl"]},
    "stormy_weather": {"designed_by": ["person:olin_stephens"], "built_by": ["builder:nevins"],
                       "skippered_by": ["person:rod_stephens"],
                       "won": ["race:transatlantic_race", "race:fastnet_race"],
                       "boat_type": ["boattype:yawl"]},
    "wild_oats_xi": {"designed_by": ["firm:reichel_pugh"], "built_by": ["builder:mcconaghy"],
                     "skippered_by": ["person:mark_richards"], "won": ["race:sydney_hobart"],
                     "boat_type": ["boattype:sloop"]},
    "comanche": {"designed_by": ["firm:vplp", "person:guillaume_verdier"], "built_by": ["builder:hodgdon"],
                 "skippered_by": ["person:ken_read"], "won": ["race:sydney_hobart"],
                 "boat_type": ["boattype:sloop"]},
    "banque_populaire_v": {"designed_by": ["firm:vplp"], "skippered_by": ["person:loick_peyron"],
                           "won": ["race:jules_verne_trophy"], "boat_type": ["boattype:trimaran"]},
    "orange_ii": {"designed_by": ["person:gilles_ollier"], "built_by": ["builder:multiplast"],
                  "skippered_by": ["person:bruno_peyron"], "won": ["race:jules_verne_trophy"],
                  "boat_type": ["boattype:catamaran"]},
    "groupama_3": {"designed_by": ["firm:vplp"], "skippered_by": ["person:franck_cammas"],
                   "won": ["race:jules_verne_trophy"], "boat_type": ["boattype:trimaran"]},
    "pen_duick_ii": {"skippered_by": ["person:eric_tabarly"], "won": ["race:ostar"],
                     "boat_type": ["boattype:ketch"]},
    "pen_duick_vi": {"designed_by": ["person:andre_mauric"], "skippered_by": ["person:eric_tabarly"],
                     "won": ["race:ostar"], "boat_type": ["boattype:ketch"]},
    "flyer": {"designed_by": ["firm:sparkman_stephens"], "built_by": ["builder:royal_huisman"],
              "skippered_by": ["person:conny_van_rietschoten"], "won": ["race:whitbread"],
              "boat_type": ["boattype:ketch"]},
}

RATINGS = {
    "ana": {"america": 5.0, "dorade": 4.5, "australia_ii": 2.0, "comanche": 3.5},
    "ben": {"wild_oats_xi": 4.0, "orange_ii": 1.5, "intrepid": 5.0, "pen_duick_vi": 3.0},
    "chen": {"black_magic": 4.5, "groupama_3": 2.0, "stormy_weather": 4.0, "liberty": 1.0},
    "dara": {"banque_populaire_v": 5.0, "pen_duick_ii": 4.0, "freedom": 2.5, "courageous": 1.5},
    "emil": {"stars_and_stripes_87": 3.0, "flyer": 4.5, "australia_ii": 5.0, "comanche": 0.5},
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            out += [(f"yacht:{slug}", rel, t) for t in tails]
    for user, items in RATINGS.items():
        out += [(f"user:{user}", "rated", f"yacht:{slug}", {"rating": r}) for slug, r in items.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind164")
