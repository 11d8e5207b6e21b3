"""blind93: a small graph of islands.

Each island's ``year`` is the year it (or the World Heritage site it forms)
was inscribed on the UNESCO World Heritage List.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("island",)),
    kgx.Relation("part_of_country", phrase="is part of", inverse_phrase="includes",
                 domain=("island",), range=("country",)),
    kgx.Relation("lies_in", phrase="lies in", inverse_phrase="surrounds",
                 domain=("island",), range=("body of water",)),
    kgx.Relation("landform", phrase="is a", inverse_phrase="is the landform of",
                 domain=("island",), range=("landform",)),
    kgx.Relation("home_to", phrase="is home to", inverse_phrase="lives on",
                 domain=("island",), range=("species",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("island",), range=("person", "mythological figure", "holiday")),
    kgx.Relation("has_landmark", phrase="is the site of", inverse_phrase="stands on",
                 domain=("island",), range=("landmark",)),
]

_ISLANDS = [
    ("galapagos", "Galápagos Islands", 1978, ("Galapagos Islands", "the Galápagos")),
    ("easter_island", "Easter Island", 1995, ("Rapa Nui",)),
    ("lord_howe", "Lord Howe Island", 1982, ()),
    ("henderson", "Henderson Island", 1988, ()),
    ("fraser", "Fraser Island", 1992, ("K'gari",)),
    ("macquarie", "Macquarie Island", 1997, ()),
    ("aldabra", "Aldabra", 1982, ("Aldabra Atoll",)),
    ("st_kilda", "St Kilda", 1986, ()),
    ("surtsey", "Surtsey", 2008, ()),
    ("gough", "Gough Island", 1995, ()),
    ("robben", "Robben Island", 1999, ()),
    ("mont_saint_michel", "Mont-Saint-Michel", 1979, ()),
    ("delos", "Delos", 1990, ()),
    ("skellig_michael", "Skellig Michael", 1996, ()),
    ("goree", "Gorée", 1978, ("Goree Island",)),
    ("wrangel", "Wrangel Island", 2004, ()),
    ("reichenau", "Reichenau", 2000, ()),
    ("socotra", "Socotra", 2008, ()),
    ("komodo", "Komodo", 1991, ()),
]

_ATTRIBUTES = [
    # countries
    ("country:ecuador", "country", "Ecuador"),
    ("country:chile", "country", "Chile"),
    ("country:australia", "country", "Australia"),
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:seychelles", "country", "Seychelles"),
    ("country:iceland", "country", "Iceland"),
    ("country:south_africa", "country", "South Africa"),
    ("country:france", "country", "France"),
    ("country:greece", "country", "Greece"),
    ("country:ireland", "country", "Ireland"),
    ("country:senegal", "country", "Senegal"),
    ("country:russia", "country", "Russia"),
    ("country:germany", "country", "Germany"),
    ("country:yemen", "country", "Yemen"),
    ("country:indonesia", "country", "Indonesia"),
    # bodies of water
    ("water:pacific_ocean", "body of water", "Pacific Ocean"),
    ("water:atlantic_ocean", "body of water", "Atlantic Ocean"),
    ("water:indian_ocean", "body of water", "Indian Ocean"),
    ("water:southern_ocean", "body of water", "Southern Ocean"),
    ("water:arctic_ocean", "body of water", "Arctic Ocean"),
    ("water:tasman_sea", "body of water", "Tasman Sea"),
    ("water:aegean_sea", "body of water", "Aegean Sea"),
    ("water:english_channel", "body of water", "English Channel"),
    ("water:lake_constance", "body of water", "Lake Constance"),
    # landforms
    ("landform:volcanic_island", "landform", "volcanic island"),
    ("landform:volcanic_archipelago", "landform", "volcanic archipelago"),
    ("landform:raised_coral_atoll", "landform", "raised coral atoll"),
    ("landform:sand_island", "landform", "sand island"),
    ("landform:tidal_island", "landform", "tidal island"),
    ("landform:lake_island", "landform", "lake island"),
    ("landform:archipelago", "landform", "archipelago"),
    # species
    ("species:galapagos_giant_tortoise", "species", "Galápagos giant tortoise"),
    ("species:marine_iguana", "species", "marine iguana"),
    ("species:lord_howe_woodhen", "species", "Lord Howe woodhen"),
    ("species:henderson_crake", "species", "Henderson crake"),
    ("species:dingo", "species", "dingo"),
    ("species:royal_penguin", "species", "royal penguin"),
    ("species:aldabra_giant_tortoise", "species", "Aldabra giant tortoise"),
    ("species:soay_sheep", "species", "Soay sheep"),
    ("species:st_kilda_wren", "species", "St Kilda wren"),
    ("species:tristan_albatross", "species", "Tristan albatross"),
    ("species:gough_moorhen", "species", "Gough moorhen"),
    ("species:african_penguin", "species", "African penguin"),
    ("species:atlantic_puffin", "species", "Atlantic puffin"),
    ("species:polar_bear", "species", "polar bear"),
    ("species:walrus", "species", "walrus"),
    ("species:dragons_blood_tree", "species", "dragon's blood tree"),
    ("species:komodo_dragon", "species", "Komodo dragon"),
    # namesakes
    ("person:richard_howe", "person", "Richard Howe"),
    ("person:james_henderson", "person", "James Henderson"),
    ("person:lachlan_macquarie", "person", "Lachlan Macquarie"),
    ("person:charles_gough", "person", "Charles Gough"),
    ("person:ferdinand_von_wrangel", "person", "Ferdinand von Wrangel"),
    ("figure:saint_michael", "mythological figure", "Saint Michael"),
    ("figure:surtr", "mythological figure", "Surtr"),
    ("holiday:easter", "holiday", "Easter"),
    # landmarks
    ("landmark:moai", "landmark", "moai"),
    ("landmark:mont_saint_michel_abbey", "landmark", "Mont-Saint-Michel Abbey"),
    ("landmark:terrace_of_the_lions", "landmark", "Terrace of the Lions"),
    ("landmark:skellig_monastery", "landmark", "Skellig Michael monastery"),
    ("landmark:house_of_slaves", "landmark", "House of Slaves"),
    ("landmark:reichenau_abbey", "landmark", "Reichenau Abbey"),
    ("landmark:robben_island_prison", "landmark", "Robben Island prison"),
]

_FACTS = {
    "galapagos": {"part_of_country": ["country:ecuador"], "lies_in": ["water:pacific_ocean"],
                  "landform": ["landform:volcanic_archipelago"],
                  "home_to": ["species:galapagos_giant_tortoise", "species:marine_iguana"]},
    "easter_island": {"part_of_country": ["country:chile"], "lies_in": ["water:pacific_ocean"],
                      "landform": ["landform:volcanic_island"], "named_after": ["holiday:easter"],
                      "has_landmark": ["landmark:moai"]},
    "lord_howe": {"part_of_country": ["country:australia"], "lies_in": ["water:tasman_sea"],
                  "landform": ["landform:volcanic_island"], "home_to": ["species:lord_howe_woodhen"],
                  "named_after": ["person:richard_howe"]},
    "henderson": {"part_of_country": ["country:united_kingdom"], "lies_in": ["water:pacific_ocean"],
                  "landform": ["landform:raised_coral_atoll"], "home_to": ["species:henderson_crake"],
                  "named_after": ["person:james_henderson"]},
    "fraser": {"part_of_country": ["country:australia"], "lies_in": ["water:pacific_ocean"],
               "landform": ["landform:sand_island"], "home_to": ["species:dingo"]},
    "macquarie": {"part_of_country": ["country:australia"], "lies_in": ["water:southern_ocean"],
                  "home_to": ["species:royal_penguin"], "named_after": ["person:lachlan_macquarie"]},
    "aldabra": {"part_of_country": ["country:seychelles"], "lies_in": ["water:indian_ocean"],
                "landform": ["landform:raised_coral_atoll"], "home_to": ["species:aldabra_giant_tortoise"]},
    "st_kilda": {"part_of_country": ["country:united_kingdom"], "lies_in": ["water:atlantic_ocean"],
                 "landform": ["landform:archipelago"],
                 "home_to": ["species:soay_sheep", "species:st_kilda_wren"]},
    "surtsey": {"part_of_country": ["country:iceland"], "lies_in": ["water:atlantic_ocean"],
                "landform": ["landform:volcanic_island"], "named_after": ["figure:surtr"]},
    "gough": {"part_of_country": ["country:united_kingdom"], "lies_in": ["water:atlantic_ocean"],
              "landform": ["landform:volcanic_island"],
              "home_to": ["species:tristan_albatross", "species:gough_moorhen"],
              "named_after": ["person:charles_gough"]},
    "robben": {"part_of_country": ["country:south_africa"], "lies_in": ["water:atlantic_ocean"],
               "home_to": ["species:african_penguin"], "has_landmark": ["landmark:robben_island_prison"]},
    "mont_saint_michel": {"part_of_country": ["country:france"], "lies_in": ["water:english_channel"],
                          "landform": ["landform:tidal_island"], "named_after": ["figure:saint_michael"],
                          "has_landmark": ["landmark:mont_saint_michel_abbey"]},
    "delos": {"part_of_country": ["country:greece"], "lies_in": ["water:aegean_sea"],
              "has_landmark": ["landmark:terrace_of_the_lions"]},
    "skellig_michael": {"part_of_country": ["country:ireland"], "lies_in": ["water:atlantic_ocean"],
                        "home_to": ["species:atlantic_puffin"], "named_after": ["figure:saint_michael"],
                        "has_landmark": ["landmark:skellig_monastery"]},
    "goree": {"part_of_country": ["country:senegal"], "lies_in": ["water:atlantic_ocean"],
              "has_landmark": ["landmark:house_of_slaves"]},
    "wrangel": {"part_of_country": ["country:russia"], "lies_in": ["water:arctic_ocean"],
                "home_to": ["species:polar_bear", "species:walrus"],
                "named_after": ["person:ferdinand_von_wrangel"]},
    "reichenau": {"part_of_country": ["country:germany"], "lies_in": ["water:lake_constance"],
                  "landform": ["landform:lake_island"], "has_landmark": ["landmark:reichenau_abbey"]},
    "socotra": {"part_of_country": ["country:yemen"], "lies_in": ["water:indian_ocean"],
                "home_to": ["species:dragons_blood_tree"]},
    "komodo": {"part_of_country": ["country:indonesia"], "home_to": ["species:komodo_dragon"]},
}

_RATINGS = {
    "ana": [("galapagos", 5.0), ("easter_island", 4.5), ("delos", 2.0), ("reichenau", 3.0)],
    "ben": [("surtsey", 4.0), ("robben", 1.5), ("mont_saint_michel", 5.0), ("komodo", 3.5)],
    "chen": [("aldabra", 4.5), ("wrangel", 1.0), ("skellig_michael", 4.0), ("socotra", 2.5)],
    "dara": [("lord_howe", 5.0), ("fraser", 2.0), ("goree", 4.0), ("henderson", 3.0)],
    "emil": [("st_kilda", 4.5), ("macquarie", 0.5), ("gough", 3.5), ("easter_island", 2.0)],
}


def entities():
    out = [kgx.Entity(f"island:{slug}", kind="item", type="island", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _ISLANDS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _RATINGS]
    return out


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"island:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"island:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind93")
