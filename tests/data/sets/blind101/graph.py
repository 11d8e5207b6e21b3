"""A small volcanoes graph for blind evaluation (blind101).

Each volcano's ``year`` is the year of its best-known eruption.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("volcano",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("volcano",), range=("country",)),
    kgx.Relation("on_island", phrase="lies on", inverse_phrase="is the site of", domain=("volcano",), range=("island",)),
    kgx.Relation("volcano_type", phrase="is a", inverse_phrase="is the form of", domain=("volcano",), range=("volcano_form",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes", domain=("volcano",), range=("volcanic_region",)),
    kgx.Relation("monitored_by", phrase="is monitored by", inverse_phrase="monitors", domain=("volcano",), range=("organisation",)),
    kgx.Relation("destroyed", phrase="destroyed", inverse_phrase="was destroyed by", domain=("volcano",), range=("settlement",)),
]

VOLCANOES = [
    ("vesuvius", "Mount Vesuvius", 79),
    ("mount_st_helens", "Mount St. Helens", 1980),
    ("krakatoa", "Krakatoa", 1883),
    ("pinatubo", "Mount Pinatubo", 1991),
    ("tambora", "Mount Tambora", 1815),
    ("etna", "Mount Etna", 1669),
    ("fuji", "Mount Fuji", 1707),
    ("eyjafjallajokull", "Eyjafjallajökull", 2010),
    ("kilauea", "Kilauea", 2018),
    ("mauna_loa", "Mauna Loa", 2022),
    ("pelee", "Mount Pelée", 1902),
    ("nevado_del_ruiz", "Nevado del Ruiz", 1985),
    ("hekla", "Hekla", 1947),
    ("stromboli", "Stromboli", 2019),
    ("paricutin", "Parícutin", 1943),
    ("laki", "Laki", 1783),
    ("unzen", "Mount Unzen", 1792),
    ("novarupta", "Novarupta", 1912),
]

ATTRIBUTES = [
    # countries
    ("country:italy", "country", "Italy"),
    ("country:united_states", "country", "United States"),
    ("country:indonesia", "country", "Indonesia"),
    ("country:philippines", "country", "Philippines"),
    ("country:japan", "country", "Japan"),
    ("country:iceland", "country", "Iceland"),
    ("country:france", "country", "France"),
    ("country:colombia", "country", "Colombia"),
    ("country:mexico", "country", "Mexico"),
    # islands
    ("island:sicily", "island", "Sicily"),
    ("island:sumbawa", "island", "Sumbawa"),
    ("island:honshu", "island", "Honshu"),
    ("island:kyushu", "island", "Kyushu"),
    ("island:luzon", "island", "Luzon"),
    ("island:hawaii", "island", "Hawaii Island"),
    ("island:martinique", "island", "Martinique"),
    # forms
    ("form:stratovolcano", "volcano_form", "stratovolcano"),
    ("form:shield_volcano", "volcano_form", "shield volcano"),
    ("form:caldera", "volcano_form", "caldera"),
    ("form:cinder_cone", "volcano_form", "cinder cone"),
    ("form:fissure_vent", "volcano_form", "fissure vent"),
    ("form:lava_dome", "volcano_form", "lava dome"),
    # regions
    ("region:cascade_range", "volcanic_region", "Cascade Range"),
    ("region:andes", "volcanic_region", "Andes"),
    ("region:trans_mexican_volcanic_belt", "volcanic_region", "Trans-Mexican Volcanic Belt"),
    ("region:aleutian_range", "volcanic_region", "Aleutian Range"),
    ("region:sunda_arc", "volcanic_region", "Sunda Arc"),
    ("region:zambales_mountains", "volcanic_region", "Zambales Mountains"),
    ("region:aeolian_islands", "volcanic_region", "Aeolian Islands"),
    ("region:campanian_volcanic_arc", "volcanic_region", "Campanian volcanic arc"),
    # organisations
    ("org:cascades_volcano_observatory", "organisation", "Cascades Volcano Observatory"),
    ("org:hawaiian_volcano_observatory", "organisation", "Hawaiian Volcano Observatory"),
    ("org:alaska_volcano_observatory", "organisation", "Alaska Volcano Observatory"),
    ("org:vesuvius_observatory", "organisation", "Vesuvius Observatory"),
    ("org:ingv", "organisation", "National Institute of Geophysics and Volcanology"),
    ("org:phivolcs", "organisation", "PHIVOLCS"),
    ("org:jma", "organisation", "Japan Meteorological Agency"),
    ("org:icelandic_met_office", "organisation", "Icelandic Meteorological Office"),
    ("org:cvghm", "organisation", "Center for Volcanology and Geological Hazard Mitigation"),
    ("org:colombian_geological_survey", "organisation", "Colombian Geological Survey"),
    ("org:martinique_observatory", "organisation", "Martinique Volcanological and Seismological Observatory"),
    # settlements
    ("settlement:pompeii", "settlement", "Pompeii"),
    ("settlement:herculaneum", "settlement", "Herculaneum"),
    ("settlement:saint_pierre", "settlement", "Saint-Pierre"),
    ("settlement:armero", "settlement", "Armero"),
    ("settlement:san_juan_parangaricutiro", "settlement", "San Juan Parangaricutiro"),
    ("settlement:kapoho", "settlement", "Kapoho"),
    ("settlement:anjer", "settlement", "Anjer"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"volcano:{slug}", kind="item", type="volcano", label=label, attrs={"year": year})
           for slug, label, year in VOLCANOES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "vesuvius": {"located_in": ["country:italy"], "volcano_type": ["form:stratovolcano"],
                 "part_of": ["region:campanian_volcanic_arc"], "monitored_by": ["org:vesuvius_observatory"],
                 "destroyed": ["settlement:pompeii", "settlement:herculaneum"]},
    "mount_st_helens": {"located_in": ["country:united_states"], "volcano_type": ["form:stratovolcano"],
                        "part_of": ["region:cascade_range"], "monitored_by": ["org:cascades_volcano_observatory"]},
    "krakatoa": {"located_in": ["country:indonesia"], "volcano_type": ["form:caldera"],
                 "part_of": ["region:sunda_arc"], "monitored_by": ["org:cvghm"],
                 "destroyed": ["settlement:anjer"]},
    "pinatubo": {"located_in": ["country:philippines"], "on_island": ["island:luzon"],
                 "volcano_type": ["form:stratovolcano"], "part_of": ["region:zambales_mountains"],
                 "monitored_by": ["org:phivolcs"]},
    "tambora": {"located_in": ["country:indonesia"], "on_island": ["island:sumbawa"],
                "volcano_type": ["form:stratovolcano"], "part_of": ["region:sunda_arc"],
                "monitored_by": ["org:cvghm"]},
    "etna": {"located_in": ["country:italy"], "on_island": ["island:sicily"],
             "volcano_type": ["form:stratovolcano"], "monitored_by": ["org:ingv"]},
    "fuji": {"located_in": ["country:japan"], "on_island": ["island:honshu"],
             "volcano_type": ["form:stratovolcano"], "monitored_by": ["org:jma"]},
    "eyjafjallajokull": {"located_in": ["country:iceland"], "volcano_type": ["form:stratovolcano"],
                         "monitored_by": ["org:icelandic_met_office"]},
    "kilauea": {"located_in": ["country:united_states"], "on_island": ["island:hawaii"],
                "volcano_type": ["form:shield_volcano"], "monitored_by": ["org:hawaiian_volcano_observatory"],
                "destroyed": ["settlement:kapoho"]},
    "mauna_loa": {"located_in": ["country:united_states"], "on_island": ["island:hawaii"],
                  "volcano_type": ["form:shield_volcano"], "monitored_by": ["org:hawaiian_volcano_observatory"]},
    "pelee": {"located_in": ["country:france"], "on_island": ["island:martinique"],
              "volcano_type": ["form:stratovolcano"], "monitored_by": ["org:martinique_observatory"],
              "destroyed": ["settlement:saint_pierre"]},
    "nevado_del_ruiz": {"located_in": ["country:colombia"], "volcano_type": ["form:stratovolcano"],
                        "part_of": ["region:andes"], "monitored_by": ["org:colombian_geological_survey"],
                        "destroyed": ["settlement:armero"]},
    "hekla": {"located_in": ["country:iceland"], "volcano_type": ["form:stratovolcano"],
              "monitored_by": ["org:icelandic_met_office"]},
    "stromboli": {"located_in": ["country:italy"], "volcano_type": ["form:stratovolcano"],
                  "part_of": ["region:aeolian_islands"], "monitored_by": ["org:ingv"]},
    "paricutin": {"located_in": ["country:mexico"], "volcano_type": ["form:cinder_cone"],
                  "part_of": ["region:trans_mexican_volcanic_belt"],
                  "destroyed": ["settlement:san_juan_parangaricutiro"]},
    "laki": {"located_in": ["country:iceland"], "volcano_type": ["form:fissure_vent"]},
    "unzen": {"located_in": ["country:japan"], "on_island": ["island:kyushu"], "monitored_by": ["org:jma"]},
    "novarupta": {"located_in": ["country:united_states"], "volcano_type": ["form:lava_dome"],
                  "part_of": ["region:aleutian_range"], "monitored_by": ["org:alaska_volcano_observatory"]},
}

RATINGS = {
    "ana": {"vesuvius": 5.0, "etna": 4.5, "fuji": 2.0, "krakatoa": 3.5},
    "ben": {"mount_st_helens": 4.0, "kilauea": 1.5, "pinatubo": 5.0, "hekla": 3.0},
    "chen": {"mauna_loa": 4.5, "pelee": 1.0, "stromboli": 4.0, "laki": 2.5},
    "dara": {"tambora": 5.0, "nevado_del_ruiz": 2.0, "paricutin": 4.5, "eyjafjallajokull": 3.0},
    "emil": {"novarupta": 4.0, "unzen": 1.5, "vesuvius": 3.5, "kilauea": 5.0},
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"volcano:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"volcano:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind101")
