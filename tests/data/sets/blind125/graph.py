"""blind125: a small graph of deserts.

Each desert's ``year`` is the year of the crossing recorded through ``crossed_by``
(the explorer's crossing of that desert).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("desert",)),
    kgx.Relation("crossed_by", phrase="was crossed by", inverse_phrase="crossed",
                 domain=("desert",), range=("explorer",)),
    kgx.Relation("located_in", phrase="lies in", inverse_phrase="is home to",
                 domain=("desert",), range=("country", "region")),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("desert",), range=("person", "explorer", "people", "river")),
    kgx.Relation("climate_class", phrase="is classified as a", inverse_phrase="is the classification of",
                 domain=("desert",), range=("climate",)),
    kgx.Relation("has_landform", phrase="features", inverse_phrase="is a feature of",
                 domain=("desert",), range=("landform",)),
]

_DESERTS = [
    # slug, label, year, aliases
    ("rub_al_khali", "Rub' al Khali", 1931, ("Empty Quarter",)),
    ("simpson", "Simpson Desert", 1936, ()),
    ("great_victoria", "Great Victoria Desert", 1875, ()),
    ("great_sandy", "Great Sandy Desert", 1873, ()),
    ("gibson", "Gibson Desert", 1876, ()),
    ("tanami", "Tanami Desert", 1900, ()),
    ("sturt_stony", "Sturt Stony Desert", 1845, ()),
    ("kalahari", "Kalahari Desert", 1849, ()),
    ("taklamakan", "Taklamakan Desert", 1895, ()),
    ("sahara", "Sahara", 1823, ()),
    ("mojave", "Mojave Desert", 1776, ()),
    ("great_basin", "Great Basin Desert", 1827, ()),
    ("colorado", "Colorado Desert", 1774, ()),
    ("black_rock", "Black Rock Desert", 1843, ()),
    ("danakil", "Danakil Desert", 1928, ()),
    ("nafud", "Nafud Desert", 1879, ("An Nafud",)),
]

_ATTRIBUTES = [
    # explorers
    ("explorer:bertram_thomas", "explorer", "Bertram Thomas"),
    ("explorer:ted_colson", "explorer", "Ted Colson"),
    ("explorer:ernest_giles", "explorer", "Ernest Giles"),
    ("explorer:peter_egerton_warburton", "explorer", "Peter Egerton Warburton"),
    ("explorer:allan_davidson", "explorer", "Allan Davidson"),
    ("explorer:charles_sturt", "explorer", "Charles Sturt"),
    ("explorer:david_livingstone", "explorer", "David Livingstone"),
    ("explorer:sven_hedin", "explorer", "Sven Hedin"),
    ("explorer:hugh_clapperton", "explorer", "Hugh Clapperton"),
    ("explorer:francisco_garces", "explorer", "Francisco Garcés"),
    ("explorer:jedediah_smith", "explorer", "Jedediah Smith"),
    ("explorer:juan_bautista_de_anza", "explorer", "Juan Bautista de Anza"),
    ("explorer:john_c_fremont", "explorer", "John C. Frémont"),
    ("explorer:lm_nesbitt", "explorer", "L. M. Nesbitt"),
    ("explorer:anne_blunt", "explorer", "Anne Blunt"),
    # namesakes
    ("person:alfred_allen_simpson", "person", "Alfred Allen Simpson"),
    ("person:queen_victoria", "person", "Queen Victoria"),
    ("person:alfred_gibson", "person", "Alfred Gibson"),
    ("people:mohave", "people", "Mohave people"),
    ("people:afar", "people", "Afar people"),
    ("river:colorado", "river", "Colorado River"),
    # countries
    ("country:saudi_arabia", "country", "Saudi Arabia"),
    ("country:oman", "country", "Oman"),
    ("country:yemen", "country", "Yemen"),
    ("country:united_arab_emirates", "country", "United Arab Emirates"),
    ("country:botswana", "country", "Botswana"),
    ("country:namibia", "country", "Namibia"),
    ("country:south_africa", "country", "South Africa"),
    ("country:china", "country", "China"),
    ("country:algeria", "country", "Algeria"),
    ("country:libya", "country", "Libya"),
    ("country:egypt", "country", "Egypt"),
    ("country:niger", "country", "Niger"),
    ("country:chad", "country", "Chad"),
    ("country:mali", "country", "Mali"),
    ("country:ethiopia", "country", "Ethiopia"),
    ("country:eritrea", "country", "Eritrea"),
    ("country:djibouti", "country", "Djibouti"),
    # regions (states and territories)
    ("region:northern_territory", "region", "Northern Territory"),
    ("region:queensland", "region", "Queensland"),
    ("region:south_australia", "region", "South Australia"),
    ("region:western_australia", "region", "Western Australia"),
    ("region:california", "region", "California"),
    ("region:nevada", "region", "Nevada"),
    ("region:arizona", "region", "Arizona"),
    ("region:utah", "region", "Utah"),
    ("region:oregon", "region", "Oregon"),
    ("region:idaho", "region", "Idaho"),
    ("region:baja_california", "region", "Baja California"),
    # climate classes
    ("climate:hot_desert", "climate", "hot desert"),
    ("climate:cold_desert", "climate", "cold desert"),
    ("climate:semi_arid", "climate", "semi-arid desert"),
    # landforms
    ("landform:sand_dunes", "landform", "sand dunes"),
    ("landform:gibber_plains", "landform", "gibber plains"),
    ("landform:gravel_plains", "landform", "gravel plains"),
    ("landform:salt_flats", "landform", "salt flats"),
    ("landform:playas", "landform", "playas"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"desert:{slug}", kind="item", type="desert", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _DESERTS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "rub_al_khali": {
        "crossed_by": ["explorer:bertram_thomas"],
        "located_in": ["country:saudi_arabia", "country:oman", "country:yemen",
                       "country:united_arab_emirates"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:sand_dunes"],
    },
    "simpson": {
        "crossed_by": ["explorer:ted_colson"],
        "located_in": ["region:northern_territory", "region:queensland", "region:south_australia"],
        "named_after": ["person:alfred_allen_simpson"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:sand_dunes"],
    },
    "great_victoria": {
        "crossed_by": ["explorer:ernest_giles"],
        "located_in": ["region:western_australia", "region:south_australia"],
        "named_after": ["person:queen_victoria"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:sand_dunes"],
    },
    "great_sandy": {
        "crossed_by": ["explorer:peter_egerton_warburton"],
        "located_in": ["region:western_australia"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:sand_dunes"],
    },
    "gibson": {
        "crossed_by": ["explorer:ernest_giles"],
        "located_in": ["region:western_australia"],
        "named_after": ["person:alfred_gibson"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:gravel_plains"],
    },
    "tanami": {
        "crossed_by": ["explorer:allan_davidson"],
        "located_in": ["region:northern_territory", "region:western_australia"],
    },
    "sturt_stony": {
        "crossed_by": ["explorer:charles_sturt"],
        "located_in": ["region:south_australia", "region:queensland"],
        "named_after": ["explorer:charles_sturt"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:gibber_plains"],
    },
    "kalahari": {
        "crossed_by": ["explorer:david_livingstone"],
        "located_in": ["country:botswana", "country:namibia", "country:south_africa"],
        "climate_class": ["climate:semi_arid"],
    },
    "taklamakan": {
        "crossed_by": ["explorer:sven_hedin"],
        "located_in": ["country:china"],
        "climate_class": ["climate:cold_desert"],
        "has_landform": ["landform:sand_dunes"],
    },
    "sahara": {
        "crossed_by": ["explorer:hugh_clapperton"],
        "located_in": ["country:algeria", "country:libya", "country:egypt", "country:niger",
                       "country:chad", "country:mali"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:sand_dunes"],
    },
    "mojave": {
        "crossed_by": ["explorer:francisco_garces"],
        "located_in": ["region:california", "region:nevada", "region:arizona", "region:utah"],
        "named_after": ["people:mohave"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:playas"],
    },
    "great_basin": {
        "crossed_by": ["explorer:jedediah_smith"],
        "located_in": ["region:nevada", "region:utah", "region:oregon", "region:idaho"],
        "climate_class": ["climate:cold_desert"],
        "has_landform": ["landform:playas"],
    },
    "colorado": {
        "crossed_by": ["explorer:juan_bautista_de_anza"],
        "located_in": ["region:california", "region:baja_california"],
        "named_after": ["river:colorado"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:sand_dunes"],
    },
    "black_rock": {
        "crossed_by": ["explorer:john_c_fremont"],
        "located_in": ["region:nevada"],
        "climate_class": ["climate:cold_desert"],
        "has_landform": ["landform:playas"],
    },
    "danakil": {
        "crossed_by": ["explorer:lm_nesbitt"],
        "located_in": ["country:ethiopia", "country:eritrea", "country:djibouti"],
        "named_after": ["people:afar"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:salt_flats"],
    },
    "nafud": {
        "crossed_by": ["explorer:anne_blunt"],
        "located_in": ["country:saudi_arabia"],
        "climate_class": ["climate:hot_desert"],
        "has_landform": ["landform:sand_dunes"],
    },
}

RATINGS = {
    "ana": {"rub_al_khali": 5.0, "sahara": 4.0, "gibson": 2.0, "mojave": 3.0},
    "ben": {"simpson": 4.5, "great_victoria": 1.5, "kalahari": 5.0, "black_rock": 3.5},
    "chen": {"taklamakan": 5.0, "great_basin": 2.0, "danakil": 4.0, "nafud": 0.5},
    "dara": {"colorado": 4.5, "tanami": 1.0, "sturt_stony": 3.0, "great_sandy": 5.0},
    "emil": {"sahara": 2.0, "mojave": 5.0, "rub_al_khali": 1.0, "danakil": 4.5},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"desert:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"desert:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind125")
