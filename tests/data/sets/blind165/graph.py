"""blind165: a small islands graph (year = year of the first recorded European discovery)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("island",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("island",), range=("explorer",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("island",), range=("explorer", "naval officer", "saint", "fictional character")),
    kgx.Relation("belongs_to", phrase="belongs to", inverse_phrase="governs",
                 domain=("island",), range=("country",)),
    kgx.Relation("lies_in", phrase="lies in", inverse_phrase="surrounds",
                 domain=("island",), range=("ocean", "sea")),
    kgx.Relation("island_kind", phrase="is a", inverse_phrase="is the kind of island of",
                 domain=("island",), range=("island kind",)),
]

# (slug, label, year of European discovery, aliases)
_ISLANDS = [
    ("easter_island", "Easter Island", 1722, ("Rapa Nui",)),
    ("pitcairn_island", "Pitcairn Island", 1767, ()),
    ("tasmania", "Tasmania", 1642, ()),
    ("norfolk_island", "Norfolk Island", 1774, ()),
    ("lord_howe_island", "Lord Howe Island", 1788, ()),
    ("bouvet_island", "Bouvet Island", 1739, ()),
    ("tristan_da_cunha", "Tristan da Cunha", 1506, ()),
    ("saint_helena", "Saint Helena", 1502, ("St Helena",)),
    ("madeira", "Madeira", 1419, ()),
    ("spitsbergen", "Spitsbergen", 1596, ()),
    ("bear_island", "Bear Island", 1596, ("Bjørnøya",)),
    ("heard_island", "Heard Island", 1853, ()),
    ("kauai", "Kauai", 1778, ("Kauaʻi",)),
    ("tahiti", "Tahiti", 1767, ()),
    ("kiritimati", "Kiritimati", 1777, ("Christmas Island",)),
    ("tongatapu", "Tongatapu", 1643, ()),
    ("robinson_crusoe_island", "Robinson Crusoe Island", 1574, ("Más a Tierra",)),
    ("south_island", "South Island", 1642, ()),
]

_ATTRIBUTES = [
    # explorers
    ("explorer:jacob_roggeveen", "explorer", "Jacob Roggeveen"),
    ("explorer:philip_carteret", "explorer", "Philip Carteret"),
    ("explorer:abel_tasman", "explorer", "Abel Tasman"),
    ("explorer:james_cook", "explorer", "James Cook"),
    ("explorer:henry_lidgbird_ball", "explorer", "Henry Lidgbird Ball"),
    ("explorer:jean_baptiste_bouvet", "explorer", "Jean-Baptiste Bouvet de Lozier"),
    ("explorer:tristao_da_cunha", "explorer", "Tristão da Cunha"),
    ("explorer:joao_da_nova", "explorer", "João da Nova"),
    ("explorer:joao_goncalves_zarco", "explorer", "João Gonçalves Zarco"),
    ("explorer:tristao_vaz_teixeira", "explorer", "Tristão Vaz Teixeira"),
    ("explorer:willem_barentsz", "explorer", "Willem Barentsz"),
    ("explorer:john_heard", "explorer", "John Heard"),
    ("explorer:samuel_wallis", "explorer", "Samuel Wallis"),
    ("explorer:juan_fernandez", "explorer", "Juan Fernández"),
    # other namesakes
    ("naval_officer:robert_pitcairn", "naval officer", "Robert Pitcairn"),
    ("naval_officer:richard_howe", "naval officer", "Richard Howe"),
    ("saint:helena", "saint", "Helena of Constantinople"),
    ("fictional_character:robinson_crusoe", "fictional character", "Robinson Crusoe"),
    # countries
    ("country:chile", "country", "Chile"),
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:australia", "country", "Australia"),
    ("country:norway", "country", "Norway"),
    ("country:portugal", "country", "Portugal"),
    ("country:united_states", "country", "United States"),
    ("country:france", "country", "France"),
    ("country:kiribati", "country", "Kiribati"),
    ("country:tonga", "country", "Tonga"),
    ("country:new_zealand", "country", "New Zealand"),
    # waters
    ("ocean:pacific", "ocean", "Pacific Ocean"),
    ("ocean:atlantic", "ocean", "Atlantic Ocean"),
    ("ocean:arctic", "ocean", "Arctic Ocean"),
    ("ocean:southern", "ocean", "Southern Ocean"),
    ("sea:barents_sea", "sea", "Barents Sea"),
    # kinds of island
    ("island_kind:volcanic_island", "island kind", "volcanic island"),
    ("island_kind:coral_atoll", "island kind", "coral atoll"),
    ("island_kind:continental_island", "island kind", "continental island"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"island:{slug}", kind="item", type="island", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _ISLANDS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "easter_island": {"discovered_by": ["explorer:jacob_roggeveen"], "belongs_to": ["country:chile"],
                      "lies_in": ["ocean:pacific"], "island_kind": ["island_kind:volcanic_island"]},
    "pitcairn_island": {"discovered_by": ["explorer:philip_carteret"],
                        "named_after": ["naval_officer:robert_pitcairn"],
                        "belongs_to": ["country:united_kingdom"], "lies_in": ["ocean:pacific"],
                        "island_kind": ["island_kind:volcanic_island"]},
    "tasmania": {"discovered_by": ["explorer:abel_tasman"], "named_after": ["explorer:abel_tasman"],
                 "belongs_to": ["country:australia"],
                 "island_kind": ["island_kind:continental_island"]},
    "norfolk_island": {"discovered_by": ["explorer:james_cook"], "belongs_to": ["country:australia"],
                       "lies_in": ["ocean:pacific"], "island_kind": ["island_kind:volcanic_island"]},
    "lord_howe_island": {"discovered_by": ["explorer:henry_lidgbird_ball"],
                         "named_after": ["naval_officer:richard_howe"],
                         "belongs_to": ["country:australia"], "lies_in": ["ocean:pacific"],
                         "island_kind": ["island_kind:volcanic_island"]},
    "bouvet_island": {"discovered_by": ["explorer:jean_baptiste_bouvet"],
                      "named_after": ["explorer:jean_baptiste_bouvet"],
                      "belongs_to": ["country:norway"], "lies_in": ["ocean:atlantic"],
                      "island_kind": ["island_kind:volcanic_island"]},
    "tristan_da_cunha": {"discovered_by": ["explorer:tristao_da_cunha"],
                         "named_after": ["explorer:tristao_da_cunha"],
                         "belongs_to": ["country:united_kingdom"], "lies_in": ["ocean:atlantic"],
                         "island_kind": ["island_kind:volcanic_island"]},
    "saint_helena": {"discovered_by": ["explorer:joao_da_nova"], "named_after": ["saint:helena"],
                     "belongs_to": ["country:united_kingdom"], "lies_in": ["ocean:atlantic"],
                     "island_kind": ["island_kind:volcanic_island"]},
    "madeira": {"discovered_by": ["explorer:joao_goncalves_zarco", "explorer:tristao_vaz_teixeira"],
                "belongs_to": ["country:portugal"], "lies_in": ["ocean:atlantic"],
                "island_kind": ["island_kind:volcanic_island"]},
    "spitsbergen": {"discovered_by": ["explorer:willem_barentsz"], "belongs_to": ["country:norway"],
                    "lies_in": ["ocean:arctic"]},
    "bear_island": {"discovered_by": ["explorer:willem_barentsz"], "belongs_to": ["country:norway"],
                    "lies_in": ["sea:barents_sea"]},
    "heard_island": {"discovered_by": ["explorer:john_heard"], "named_after": ["explorer:john_heard"],
                     "belongs_to": ["country:australia"], "lies_in": ["ocean:southern"],
                     "island_kind": ["island_kind:volcanic_island"]},
    "kauai": {"discovered_by": ["explorer:james_cook"], "belongs_to": ["country:united_states"],
              "lies_in": ["ocean:pacific"], "island_kind": ["island_kind:volcanic_island"]},
    "tahiti": {"discovered_by": ["explorer:samuel_wallis"], "belongs_to": ["country:france"],
               "lies_in": ["ocean:pacific"], "island_kind": ["island_kind:volcanic_island"]},
    "kiritimati": {"discovered_by": ["explorer:james_cook"], "belongs_to": ["country:kiribati"],
                   "lies_in": ["ocean:pacific"], "island_kind": ["island_kind:coral_atoll"]},
    "tongatapu": {"discovered_by": ["explorer:abel_tasman"], "belongs_to": ["country:tonga"],
                  "lies_in": ["ocean:pacific"]},
    "robinson_crusoe_island": {"discovered_by": ["explorer:juan_fernandez"],
                               "named_after": ["fictional_character:robinson_crusoe"],
                               "belongs_to": ["country:chile"], "lies_in": ["ocean:pacific"],
                               "island_kind": ["island_kind:volcanic_island"]},
    "south_island": {"discovered_by": ["explorer:abel_tasman"], "belongs_to": ["country:new_zealand"],
                     "lies_in": ["ocean:pacific"], "island_kind": ["island_kind:continental_island"]},
}

_RATINGS = {
    "ana": {"easter_island": 5.0, "pitcairn_island": 4.5, "tahiti": 1.5, "madeira": 3.0},
    "ben": {"spitsbergen": 4.0, "bear_island": 2.0, "kauai": 5.0, "heard_island": 3.5},
    "chen": {"tasmania": 4.5, "south_island": 5.0, "tongatapu": 1.0, "lord_howe_island": 4.0},
    "dara": {"saint_helena": 2.0, "tristan_da_cunha": 4.5, "bouvet_island": 0.5,
             "robinson_crusoe_island": 5.0},
    "emil": {"kiritimati": 3.0, "norfolk_island": 4.0, "madeira": 5.0, "easter_island": 2.0},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"island:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"island:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind165")
