"""A small graph of ocean sailors (blind391). Item year = year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("sailor",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("sailor",), range=("place",)),
    kgx.Relation("nationality", phrase="is a sailor from", inverse_phrase="is the home country of", domain=("sailor",), range=("country",)),
    kgx.Relation("sailed", phrase="sailed", inverse_phrase="was sailed by", domain=("sailor",), range=("boat",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by", domain=("sailor",), range=("race",)),
    kgx.Relation("boat_type", phrase="is a", inverse_phrase="is the type of", domain=("boat",), range=("boat type",)),
]

SAILORS = [
    ("joshua_slocum", "Joshua Slocum", 1844),
    ("robin_knox_johnston", "Robin Knox-Johnston", 1939),
    ("bernard_moitessier", "Bernard Moitessier", 1925),
    ("francis_chichester", "Francis Chichester", 1901),
    ("ellen_macarthur", "Ellen MacArthur", 1976),
    ("eric_tabarly", "Éric Tabarly", 1931),
    ("florence_arthaud", "Florence Arthaud", 1957),
    ("michel_desjoyeaux", "Michel Desjoyeaux", 1965),
    ("vincent_riou", "Vincent Riou", 1972),
    ("francois_gabart", "François Gabart", 1983),
    ("armel_le_cleach", "Armel Le Cléac'h", 1977),
    ("alex_thomson", "Alex Thomson", 1974),
    ("jessica_watson", "Jessica Watson", 1993),
    ("kay_cottee", "Kay Cottee", 1954),
    ("peter_blake", "Peter Blake", 1948),
    ("chay_blyth", "Chay Blyth", 1940),
    ("loick_peyron", "Loïck Peyron", 1959),
    ("jean_luc_van_den_heede", "Jean-Luc Van Den Heede", 1945),
]

ATTRS = [
    # places of birth
    ("place:mount_hanley", "place", "Mount Hanley"),
    ("place:putney", "place", "Putney"),
    ("place:hanoi", "place", "Hanoi"),
    ("place:devon", "place", "Devon"),
    ("place:derbyshire", "place", "Derbyshire"),
    ("place:nantes", "place", "Nantes"),
    ("place:boulogne_billancourt", "place", "Boulogne-Billancourt"),
    ("place:concarneau", "place", "Concarneau"),
    ("place:pont_l_abbe", "place", "Pont-l'Abbé"),
    ("place:saint_pol_de_leon", "place", "Saint-Pol-de-Léon"),
    ("place:bangor", "place", "Bangor"),
    ("place:gold_coast", "place", "Gold Coast"),
    ("place:sydney", "place", "Sydney"),
    ("place:auckland", "place", "Auckland"),
    ("place:hawick", "place", "Hawick"),
    ("place:amiens", "place", "Amiens"),
    # countries
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:france", "country", "France"),
    ("country:australia", "country", "Australia"),
    ("country:new_zealand", "country", "New Zealand"),
    ("country:united_states", "country", "United States"),
    # boats
    ("boat:spray", "boat", "Spray"),
    ("boat:suhaili", "boat", "Suhaili"),
    ("boat:joshua", "boat", "Joshua"),
    ("boat:gipsy_moth_iv", "boat", "Gipsy Moth IV"),
    ("boat:kingfisher", "boat", "Kingfisher"),
    ("boat:b_and_q", "boat", "B&Q"),
    ("boat:pen_duick_ii", "boat", "Pen Duick II"),
    ("boat:pierre_1er", "boat", "Pierre 1er"),
    ("boat:prb", "boat", "PRB"),
    ("boat:foncia", "boat", "Foncia"),
    ("boat:macif", "boat", "Macif"),
    ("boat:banque_populaire_viii", "boat", "Banque Populaire VIII"),
    ("boat:banque_populaire_vii", "boat", "Banque Populaire VII"),
    ("boat:hugo_boss", "boat", "Hugo Boss"),
    ("boat:ellas_pink_lady", "boat", "Ella's Pink Lady"),
    ("boat:blackmores_first_lady", "boat", "Blackmores First Lady"),
    ("boat:steinlager_2", "boat", "Steinlager 2"),
    ("boat:enza_new_zealand", "boat", "ENZA New Zealand"),
    ("boat:british_steel", "boat", "British Steel"),
    ("boat:matmut", "boat", "Matmut"),
    # boat types
    ("boattype:sloop", "boat type", "sloop"),
    ("boattype:ketch", "boat type", "ketch"),
    ("boattype:trimaran", "boat type", "trimaran"),
    ("boattype:catamaran", "boat type", "catamaran"),
    ("boattype:imoca_60", "boat type", "IMOCA 60"),
    # races
    ("race:golden_globe_race", "race", "Golden Globe Race"),
    ("race:vendee_globe", "race", "Vendée Globe"),
    ("race:route_du_rhum", "race", "Route du Rhum"),
    ("race:ostar", "race", "Single-Handed Trans-Atlantic Race"),
    ("race:whitbread", "race", "Whitbread Round the World Race"),
    ("race:jules_verne_trophy", "race", "Jules Verne Trophy"),
]

ALIASES = {
    "race:ostar": ("OSTAR",),
    "race:whitbread": ("Whitbread",),
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"sailor:{slug}", kind="item", type="sailor", label=label, attrs={"year": year})
           for slug, label, year in SAILORS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=ALIASES.get(eid, ()))
            for eid, typ, label in ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _s(slug):
    return f"sailor:{slug}"


FACTS = {
    "joshua_slocum": {"born_in": ["place:mount_hanley"], "nationality": ["country:united_states"],
                      "sailed": ["boat:spray"]},
    "robin_knox_johnston": {"born_in": ["place:putney"], "nationality": ["country:united_kingdom"],
                            "sailed": ["boat:suhaili", "boat:enza_new_zealand"],
                            "won": ["race:golden_globe_race", "race:jules_verne_trophy"]},
    "bernard_moitessier": {"born_in": ["place:hanoi"], "nationality": ["country:france"],
                           "sailed": ["boat:joshua"]},
    "francis_chichester": {"born_in": ["place:devon"], "nationality": ["country:united_kingdom"],
                           "sailed": ["boat:gipsy_moth_iv"], "won": ["race:ostar"]},
    "ellen_macarthur": {"born_in": ["place:derbyshire"], "nationality": ["country:united_kingdom"],
                        "sailed": ["boat:kingfisher", "boat:b_and_q"]},
    "eric_tabarly": {"born_in": ["place:nantes"], "nationality": ["country:france"],
                     "sailed": ["boat:pen_duick_ii"], "won": ["race:ostar"]},
    "florence_arthaud": {"born_in": ["place:boulogne_billancourt"], "nationality": ["country:france"],
                         "sailed": ["boat:pierre_1er"], "won": ["race:route_du_rhum"]},
    "michel_desjoyeaux": {"born_in": ["place:concarneau"], "nationality": ["country:france"],
                          "sailed": ["boat:prb", "boat:foncia"], "won": ["race:vendee_globe"]},
    "vincent_riou": {"born_in": ["place:pont_l_abbe"], "nationality": ["country:france"],
                     "sailed": ["boat:prb"], "won": ["race:vendee_globe"]},
    "francois_gabart": {"nationality": ["country:france"], "sailed": ["boat:macif"],
                        "won": ["race:vendee_globe"]},
    "armel_le_cleach": {"born_in": ["place:saint_pol_de_leon"], "nationality": ["country:france"],
                        "sailed": ["boat:banque_populaire_viii"], "won": ["race:vendee_globe"]},
    "alex_thomson": {"born_in": ["place:bangor"], "nationality": ["country:united_kingdom"],
                     "sailed": ["boat:hugo_boss"]},
    "jessica_watson": {"born_in": ["place:gold_coast"], "nationality": ["country:australia"],
                       "sailed": ["boat:ellas_pink_lady"]},
    "kay_cottee": {"born_in": ["place:sydney"], "nationality": ["country:australia"],
                   "sailed": ["boat:blackmores_first_lady"]},
    "peter_blake": {"born_in": ["place:auckland"], "nationality": ["country:new_zealand"],
                    "sailed": ["boat:steinlager_2", "boat:enza_new_zealand"],
                    "won": ["race:whitbread", "race:jules_verne_trophy"]},
    "chay_blyth": {"born_in": ["place:hawick"], "nationality": ["country:united_kingdom"],
                   "sailed": ["boat:british_steel"]},
    "loick_peyron": {"born_in": ["place:nantes"], "nationality": ["country:france"],
                     "sailed": ["boat:banque_populaire_vii"],
                     "won": ["race:ostar", "race:route_du_rhum", "race:jules_verne_trophy"]},
    "jean_luc_van_den_heede": {"born_in": ["place:amiens"], "nationality": ["country:france"],
                               "sailed": ["boat:matmut"], "won": ["race:golden_globe_race"]},
}

BOAT_TYPES = {
    "boat:spray": "boattype:sloop",
    "boat:suhaili": "boattype:ketch",
    "boat:joshua": "boattype:ketch",
    "boat:gipsy_moth_iv": "boattype:ketch",
    "boat:pen_duick_ii": "boattype:ketch",
    "boat:steinlager_2": "boattype:ketch",
    "boat:british_steel": "boattype:ketch",
    "boat:ellas_pink_lady": "boattype:sloop",
    "boat:pierre_1er": "boattype:trimaran",
    "boat:b_and_q": "boattype:trimaran",
    "boat:banque_populaire_vii": "boattype:trimaran",
    "boat:enza_new_zealand": "boattype:catamaran",
    "boat:kingfisher": "boattype:imoca_60",
    "boat:prb": "boattype:imoca_60",
    "boat:foncia": "boattype:imoca_60",
    "boat:macif": "boattype:imoca_60",
    "boat:banque_populaire_viii": "boattype:imoca_60",
    "boat:hugo_boss": "boattype:imoca_60",
}

RATINGS = {
    "ana": {"robin_knox_johnston": 5.0, "bernard_moitessier": 4.5, "joshua_slocum": 4.0, "eric_tabarly": 2.0},
    "ben": {"ellen_macarthur": 4.5, "francois_gabart": 1.5, "armel_le_cleach": 3.0, "alex_thomson": 5.0},
    "chen": {"peter_blake": 5.0, "jessica_watson": 4.0, "kay_cottee": 2.0, "michel_desjoyeaux": 3.5},
    "dara": {"florence_arthaud": 4.5, "loick_peyron": 1.0, "francis_chichester": 4.0, "vincent_riou": 2.5},
    "emil": {"chay_blyth": 3.0, "jean_luc_van_den_heede": 5.0, "eric_tabarly": 4.5, "robin_knox_johnston": 1.5},
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((_s(slug), rel, t))
    for boat, typ in BOAT_TYPES.items():
        out.append((boat, "boat_type", typ))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", _s(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind391")
