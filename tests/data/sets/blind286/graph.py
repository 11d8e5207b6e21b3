"""A small graph of real explorers (year = year of birth)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("explorer",)),
    kgx.Relation("explored", phrase="explored", inverse_phrase="was explored by",
                 domain=("explorer",), range=("region",)),
    kgx.Relation("commanded", phrase="commanded", inverse_phrase="was commanded by",
                 domain=("explorer",), range=("ship",)),
    kgx.Relation("sponsored_by", phrase="was sponsored by", inverse_phrase="sponsored",
                 domain=("explorer",), range=("patron",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("explorer",), range=("place",)),
    kgx.Relation("occupation", phrase="worked as", inverse_phrase="was the occupation of",
                 domain=("explorer",), range=("occupation",)),
]

EXPLORERS = [
    ("christopher_columbus", "Christopher Columbus", 1451),
    ("ferdinand_magellan", "Ferdinand Magellan", 1480),
    ("james_cook", "James Cook", 1728),
    ("roald_amundsen", "Roald Amundsen", 1872),
    ("robert_falcon_scott", "Robert Falcon Scott", 1868),
    ("ernest_shackleton", "Ernest Shackleton", 1874),
    ("fridtjof_nansen", "Fridtjof Nansen", 1861),
    ("marco_polo", "Marco Polo", 1254),
    ("zheng_he", "Zheng He", 1371),
    ("ibn_battuta", "Ibn Battuta", 1304),
    ("david_livingstone", "David Livingstone", 1813),
    ("abel_tasman", "Abel Tasman", 1603),
    ("jacques_cartier", "Jacques Cartier", 1491),
    ("edmund_hillary", "Edmund Hillary", 1919),
    ("robert_peary", "Robert Peary", 1856),
    ("meriwether_lewis", "Meriwether Lewis", 1774),
    ("william_clark", "William Clark", 1770),
]

ATTRIBUTES = {
    "region": [
        ("caribbean", "Caribbean"), ("pacific_ocean", "Pacific Ocean"), ("new_zealand", "New Zealand"),
        ("antarctica", "Antarctica"), ("northwest_passage", "Northwest Passage"), ("greenland", "Greenland"),
        ("arctic", "Arctic"), ("china", "China"), ("indian_ocean", "Indian Ocean"), ("india", "India"),
        ("zambezi_river", "Zambezi River"), ("tasmania", "Tasmania"),
        ("saint_lawrence_river", "Saint Lawrence River"), ("missouri_river", "Missouri River"),
    ],
    "ship": [
        ("santa_maria", "Santa María"), ("trinidad", "Trinidad"), ("hms_endeavour", "HMS Endeavour"),
        ("hms_resolution", "HMS Resolution"), ("gjoa", "Gjøa"), ("rrs_discovery", "RRS Discovery"),
        ("grande_hermine", "Grande Hermine"),
    ],
    "patron": [
        ("isabella_i_of_castile", "Isabella I of Castile"), ("ferdinand_ii_of_aragon", "Ferdinand II of Aragon"),
        ("charles_i_of_spain", "Charles I of Spain"), ("royal_society", "Royal Society"),
        ("royal_geographical_society", "Royal Geographical Society"), ("james_caird", "James Caird"),
        ("yongle_emperor", "Yongle Emperor"), ("london_missionary_society", "London Missionary Society"),
        ("dutch_east_india_company", "Dutch East India Company"), ("francis_i_of_france", "Francis I of France"),
        ("peary_arctic_club", "Peary Arctic Club"), ("thomas_jefferson", "Thomas Jefferson"),
    ],
    "place": [
        ("genoa", "Genoa"), ("marton", "Marton"), ("borge", "Borge"), ("plymouth", "Plymouth"),
        ("kilkea", "Kilkea"), ("venice", "Venice"), ("kunyang", "Kunyang"), ("tangier", "Tangier"),
        ("blantyre", "Blantyre"), ("lutjegast", "Lutjegast"), ("saint_malo", "Saint-Malo"),
        ("auckland", "Auckland"), ("cresson", "Cresson"),
    ],
    "occupation": [
        ("navigator", "navigator"), ("naval_officer", "naval officer"), ("polar_explorer", "polar explorer"),
        ("scientist", "scientist"), ("diplomat", "diplomat"), ("merchant", "merchant"), ("admiral", "admiral"),
        ("scholar", "scholar"), ("missionary", "missionary"), ("physician", "physician"),
        ("mountaineer", "mountaineer"), ("army_officer", "army officer"),
    ],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"explorer:{slug}", kind="item", type="explorer", label=label, attrs={"year": year, "born": year})
           for slug, label, year in EXPLORERS]
    for typ, members in ATTRIBUTES.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label) for slug, label in members]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "christopher_columbus": {"explored": ["caribbean"], "commanded": ["santa_maria"],
                             "sponsored_by": ["isabella_i_of_castile", "ferdinand_ii_of_aragon"],
                             "born_in": ["genoa"], "occupation": ["navigator"]},
    "ferdinand_magellan": {"explored": ["pacific_ocean"], "commanded": ["trinidad"],
                           "sponsored_by": ["charles_i_of_spain"], "occupation": ["navigator"]},
    "james_cook": {"explored": ["pacific_ocean", "new_zealand"], "commanded": ["hms_endeavour", "hms_resolution"],
                   "sponsored_by": ["royal_society"], "born_in": ["marton"],
                   "occupation": ["naval_officer", "navigator"]},
    "roald_amundsen": {"explored": ["antarctica", "northwest_passage"], "commanded": ["gjoa"],
                       "born_in": ["borge"], "occupation": ["polar_explorer"]},
    "robert_falcon_scott": {"explored": ["antarctica"], "commanded": ["rrs_discovery"],
                            "sponsored_by": ["royal_geographical_society", "royal_society"],
                            "born_in": ["plymouth"], "occupation": ["naval_officer"]},
    "ernest_shackleton": {"explored": ["antarctica"], "sponsored_by": ["james_caird"],
                          "born_in": ["kilkea"], "occupation": ["polar_explorer"]},
    "fridtjof_nansen": {"explored": ["greenland", "arctic"], "occupation": ["scientist", "diplomat"]},
    "marco_polo": {"explored": ["china"], "born_in": ["venice"], "occupation": ["merchant"]},
    "zheng_he": {"explored": ["indian_ocean"], "sponsored_by": ["yongle_emperor"], "born_in": ["kunyang"],
                 "occupation": ["admiral"]},
    "ibn_battuta": {"explored": ["india"], "born_in": ["tangier"], "occupation": ["scholar"]},
    "david_livingstone": {"explored": ["zambezi_river"], "sponsored_by": ["london_missionary_society"],
                          "born_in": ["blantyre"], "occupation": ["missionary", "physician"]},
    "abel_tasman": {"explored": ["new_zealand", "tasmania"], "sponsored_by": ["dutch_east_india_company"],
                    "born_in": ["lutjegast"], "occupation": ["navigator"]},
    "jacques_cartier": {"explored": ["saint_lawrence_river"], "commanded": ["grande_hermine"],
                        "sponsored_by": ["francis_i_of_france"], "born_in": ["saint_malo"],
                        "occupation": ["navigator"]},
    "edmund_hillary": {"explored": ["antarctica"], "born_in": ["auckland"], "occupation": ["mountaineer"]},
    "robert_peary": {"explored": ["arctic", "greenland"], "sponsored_by": ["peary_arctic_club"],
                     "born_in": ["cresson"], "occupation": ["naval_officer"]},
    "meriwether_lewis": {"explored": ["missouri_river"], "sponsored_by": ["thomas_jefferson"],
                         "occupation": ["army_officer"]},
    "william_clark": {"explored": ["missouri_river"], "sponsored_by": ["thomas_jefferson"],
                      "occupation": ["army_officer"]},
}

_TAIL_TYPE = {"explored": "region", "commanded": "ship", "sponsored_by": "patron", "born_in": "place",
              "occupation": "occupation"}

RATINGS = {
    "ana": [("james_cook", 5.0), ("roald_amundsen", 4.5), ("christopher_columbus", 2.0), ("marco_polo", 3.0)],
    "ben": [("ernest_shackleton", 4.0), ("robert_falcon_scott", 1.5), ("zheng_he", 5.0), ("david_livingstone", 2.5)],
    "chen": [("abel_tasman", 4.5), ("fridtjof_nansen", 1.0), ("jacques_cartier", 3.5), ("edmund_hillary", 4.0)],
    "dara": [("ferdinand_magellan", 0.5), ("ibn_battuta", 5.0), ("robert_peary", 2.0), ("meriwether_lewis", 4.5)],
    "emil": [("william_clark", 3.0), ("james_cook", 1.5), ("ernest_shackleton", 5.0), ("marco_polo", 4.0)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"explorer:{slug}", rel, f"{_TAIL_TYPE[rel]}:{t}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"explorer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind286")
