"""A small islands graph (blind367).

Items are islands whose World Heritage site was inscribed on the UNESCO list;
the ``year`` attribute is the year of that inscription.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("island",)),
    kgx.Relation("belongs_to", phrase="belongs to", inverse_phrase="includes",
                 domain=("island",), range=("country", "territory")),
    kgx.Relation("lies_in", phrase="lies in", inverse_phrase="surrounds",
                 domain=("island",), range=("ocean", "sea", "bay", "lake", "river")),
    kgx.Relation("has_landmark", phrase="is home to", inverse_phrase="stands on",
                 domain=("island",), range=("landmark",)),
    kgx.Relation("refuge_for", phrase="is a refuge for", inverse_phrase="lives on",
                 domain=("island",), range=("species",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of",
                 domain=("island",), range=("namesake",)),
    kgx.Relation("landform", phrase="is a", inverse_phrase="is the landform of",
                 domain=("island",), range=("landform",)),
]

ISLANDS = [
    # slug, label, year of UNESCO World Heritage inscription, aliases
    ("robben_island", "Robben Island", 1999, ()),
    ("mont_saint_michel", "Mont-Saint-Michel", 1979, ()),
    ("skellig_michael", "Skellig Michael", 1996, ()),
    ("easter_island", "Easter Island", 1995, ("Rapa Nui",)),
    ("yakushima", "Yakushima", 1993, ()),
    ("henderson_island", "Henderson Island", 1988, ()),
    ("goree", "Gorée", 1978, ("Gorée Island",)),
    ("island_of_mozambique", "Island of Mozambique", 1991, ()),
    ("lord_howe_island", "Lord Howe Island", 1982, ()),
    ("fraser_island", "Fraser Island", 1992, ("K'gari",)),
    ("macquarie_island", "Macquarie Island", 1997, ()),
    ("aldabra", "Aldabra", 1982, ("Aldabra Atoll",)),
    ("kizhi", "Kizhi", 1990, ()),
    ("reichenau", "Reichenau", 2000, ("Reichenau Island",)),
    ("museum_island", "Museum Island", 1999, ("Museumsinsel",)),
    ("itsukushima", "Itsukushima", 1996, ("Miyajima",)),
    ("patmos", "Patmos", 1999, ()),
    ("delos", "Delos", 1990, ()),
    ("surtsey", "Surtsey", 2008, ()),
]

ATTRIBUTES = [
    # id, type, label
    ("country:south_africa", "country", "South Africa"),
    ("country:france", "country", "France"),
    ("country:ireland", "country", "Ireland"),
    ("country:chile", "country", "Chile"),
    ("country:japan", "country", "Japan"),
    ("territory:pitcairn_islands", "territory", "Pitcairn Islands"),
    ("country:senegal", "country", "Senegal"),
    ("country:mozambique", "country", "Mozambique"),
    ("country:australia", "country", "Australia"),
    ("country:seychelles", "country", "Seychelles"),
    ("country:russia", "country", "Russia"),
    ("country:germany", "country", "Germany"),
    ("country:greece", "country", "Greece"),
    ("country:iceland", "country", "Iceland"),
    ("water:table_bay", "bay", "Table Bay"),
    ("water:atlantic_ocean", "ocean", "Atlantic Ocean"),
    ("water:pacific_ocean", "ocean", "Pacific Ocean"),
    ("water:indian_ocean", "ocean", "Indian Ocean"),
    ("water:tasman_sea", "sea", "Tasman Sea"),
    ("water:lake_onega", "lake", "Lake Onega"),
    ("water:lake_constance", "lake", "Lake Constance"),
    ("water:spree", "river", "Spree"),
    ("water:seto_inland_sea", "sea", "Seto Inland Sea"),
    ("water:aegean_sea", "sea", "Aegean Sea"),
    ("landmark:robben_island_lighthouse", "landmark", "Robben Island Lighthouse"),
    ("landmark:mont_saint_michel_abbey", "landmark", "Mont-Saint-Michel Abbey"),
    ("landmark:ahu_tongariki", "landmark", "Ahu Tongariki"),
    ("landmark:rano_raraku", "landmark", "Rano Raraku"),
    ("landmark:jomon_sugi", "landmark", "Jōmon Sugi"),
    ("landmark:house_of_slaves", "landmark", "House of Slaves"),
    ("landmark:fort_sao_sebastiao", "landmark", "Fort São Sebastião"),
    ("landmark:mount_gower", "landmark", "Mount Gower"),
    ("landmark:lake_mckenzie", "landmark", "Lake McKenzie"),
    ("landmark:church_of_the_transfiguration", "landmark", "Church of the Transfiguration"),
    ("landmark:st_georges_oberzell", "landmark", "St. George's Church, Oberzell"),
    ("landmark:pergamon_museum", "landmark", "Pergamon Museum"),
    ("landmark:bode_museum", "landmark", "Bode Museum"),
    ("landmark:itsukushima_shrine", "landmark", "Itsukushima Shrine"),
    ("landmark:monastery_of_saint_john", "landmark", "Monastery of Saint John the Theologian"),
    ("landmark:cave_of_the_apocalypse", "landmark", "Cave of the Apocalypse"),
    ("landmark:terrace_of_the_lions", "landmark", "Terrace of the Lions"),
    ("species:african_penguin", "species", "African penguin"),
    ("species:atlantic_puffin", "species", "Atlantic puffin"),
    ("species:yakushima_macaque", "species", "Yakushima macaque"),
    ("species:henderson_crake", "species", "Henderson crake"),
    ("species:lord_howe_woodhen", "species", "Lord Howe woodhen"),
    ("species:dingo", "species", "dingo"),
    ("species:royal_penguin", "species", "royal penguin"),
    ("species:aldabra_giant_tortoise", "species", "Aldabra giant tortoise"),
    ("species:sika_deer", "species", "sika deer"),
    ("namesake:saint_michael", "namesake", "Saint Michael"),
    ("namesake:easter", "namesake", "Easter"),
    ("namesake:james_henderson", "namesake", "James Henderson"),
    ("namesake:richard_howe", "namesake", "Richard Howe"),
    ("namesake:eliza_fraser", "namesake", "Eliza Fraser"),
    ("namesake:lachlan_macquarie", "namesake", "Lachlan Macquarie"),
    ("namesake:surtr", "namesake", "Surtr"),
    ("landform:tidal_island", "landform", "tidal island"),
    ("landform:volcanic_island", "landform", "volcanic island"),
    ("landform:raised_coral_atoll", "landform", "raised coral atoll"),
    ("landform:sand_island", "landform", "sand island"),
    ("landform:lake_island", "landform", "lake island"),
    ("landform:river_island", "landform", "river island"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"island:{slug}", kind="item", type="island", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in ISLANDS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    # Robben Island
    ("island:robben_island", "belongs_to", "country:south_africa"),
    ("island:robben_island", "lies_in", "water:table_bay"),
    ("island:robben_island", "has_landmark", "landmark:robben_island_lighthouse"),
    ("island:robben_island", "refuge_for", "species:african_penguin"),
    # Mont-Saint-Michel
    ("island:mont_saint_michel", "belongs_to", "country:france"),
    ("island:mont_saint_michel", "has_landmark", "landmark:mont_saint_michel_abbey"),
    ("island:mont_saint_michel", "named_after", "namesake:saint_michael"),
    ("island:mont_saint_michel", "landform", "landform:tidal_island"),
    # Skellig Michael
    ("island:skellig_michael", "belongs_to", "country:ireland"),
    ("island:skellig_michael", "lies_in", "water:atlantic_ocean"),
    ("island:skellig_michael", "refuge_for", "species:atlantic_puffin"),
    ("island:skellig_michael", "named_after", "namesake:saint_michael"),
    # Easter Island
    ("island:easter_island", "belongs_to", "country:chile"),
    ("island:easter_island", "lies_in", "water:pacific_ocean"),
    ("island:easter_island", "has_landmark", "landmark:ahu_tongariki"),
    ("island:easter_island", "has_landmark", "landmark:rano_raraku"),
    ("island:easter_island", "named_after", "namesake:easter"),
    ("island:easter_island", "landform", "landform:volcanic_island"),
    # Yakushima
    ("island:yakushima", "belongs_to", "country:japan"),
    ("island:yakushima", "has_landmark", "landmark:jomon_sugi"),
    ("island:yakushima", "refuge_for", "species:yakushima_macaque"),
    # Henderson Island
    ("island:henderson_island", "belongs_to", "territory:pitcairn_islands"),
    ("island:henderson_island", "lies_in", "water:pacific_ocean"),
    ("island:henderson_island", "refuge_for", "species:henderson_crake"),
    ("island:henderson_island", "named_after", "namesake:james_henderson"),
    ("island:henderson_island", "landform", "landform:raised_coral_atoll"),
    # Gorée
    ("island:goree", "belongs_to", "country:senegal"),
    ("island:goree", "lies_in", "water:atlantic_ocean"),
    ("island:goree", "has_landmark", "landmark:house_of_slaves"),
    # Island of Mozambique
    ("island:island_of_mozambique", "belongs_to", "country:mozambique"),
    ("island:island_of_mozambique", "lies_in", "water:indian_ocean"),
    ("island:island_of_mozambique", "has_landmark", "landmark:fort_sao_sebastiao"),
    # Lord Howe Island
    ("island:lord_howe_island", "belongs_to", "country:australia"),
    ("island:lord_howe_island", "lies_in", "water:tasman_sea"),
    ("island:lord_howe_island", "has_landmark", "landmark:mount_gower"),
    ("island:lord_howe_island", "refuge_for", "species:lord_howe_woodhen"),
    ("island:lord_howe_island", "named_after", "namesake:richard_howe"),
    ("island:lord_howe_island", "landform", "landform:volcanic_island"),
    # Fraser Island
    ("island:fraser_island", "belongs_to", "country:australia"),
    ("island:fraser_island", "has_landmark", "landmark:lake_mckenzie"),
    ("island:fraser_island", "refuge_for", "species:dingo"),
    ("island:fraser_island", "named_after", "namesake:eliza_fraser"),
    ("island:fraser_island", "landform", "landform:sand_island"),
    # Macquarie Island
    ("island:macquarie_island", "belongs_to", "country:australia"),
    ("island:macquarie_island", "refuge_for", "species:royal_penguin"),
    ("island:macquarie_island", "named_after", "namesake:lachlan_macquarie"),
    # Aldabra
    ("island:aldabra", "belongs_to", "country:seychelles"),
    ("island:aldabra", "lies_in", "water:indian_ocean"),
    ("island:aldabra", "refuge_for", "species:aldabra_giant_tortoise"),
    ("island:aldabra", "landform", "landform:raised_coral_atoll"),
    # Kizhi
    ("island:kizhi", "belongs_to", "country:russia"),
    ("island:kizhi", "lies_in", "water:lake_onega"),
    ("island:kizhi", "has_landmark", "landmark:church_of_the_transfiguration"),
    ("island:kizhi", "landform", "landform:lake_island"),
    # Reichenau
    ("island:reichenau", "belongs_to", "country:germany"),
    ("island:reichenau", "lies_in", "water:lake_constance"),
    ("island:reichenau", "has_landmark", "landmark:st_georges_oberzell"),
    ("island:reichenau", "landform", "landform:lake_island"),
    # Museum Island
    ("island:museum_island", "belongs_to", "country:germany"),
    ("island:museum_island", "lies_in", "water:spree"),
    ("island:museum_island", "has_landmark", "landmark:pergamon_museum"),
    ("island:museum_island", "has_landmark", "landmark:bode_museum"),
    ("island:museum_island", "landform", "landform:river_island"),
    # Itsukushima
    ("island:itsukushima", "belongs_to", "country:japan"),
    ("island:itsukushima", "lies_in", "water:seto_inland_sea"),
    ("island:itsukushima", "has_landmark", "landmark:itsukushima_shrine"),
    ("island:itsukushima", "refuge_for", "species:sika_deer"),
    # Patmos
    ("island:patmos", "belongs_to", "country:greece"),
    ("island:patmos", "lies_in", "water:aegean_sea"),
    ("island:patmos", "has_landmark", "landmark:monastery_of_saint_john"),
    ("island:patmos", "has_landmark", "landmark:cave_of_the_apocalypse"),
    # Delos
    ("island:delos", "belongs_to", "country:greece"),
    ("island:delos", "lies_in", "water:aegean_sea"),
    ("island:delos", "has_landmark", "landmark:terrace_of_the_lions"),
    # Surtsey
    ("island:surtsey", "belongs_to", "country:iceland"),
    ("island:surtsey", "lies_in", "water:atlantic_ocean"),
    ("island:surtsey", "named_after", "namesake:surtr"),
    ("island:surtsey", "landform", "landform:volcanic_island"),
]

RATINGS = [
    ("user:ana", "island:mont_saint_michel", 5.0),
    ("user:ana", "island:skellig_michael", 4.5),
    ("user:ana", "island:patmos", 4.0),
    ("user:ana", "island:museum_island", 2.0),
    ("user:ben", "island:easter_island", 5.0),
    ("user:ben", "island:surtsey", 3.0),
    ("user:ben", "island:aldabra", 4.0),
    ("user:ben", "island:goree", 1.5),
    ("user:chen", "island:yakushima", 4.5),
    ("user:chen", "island:itsukushima", 5.0),
    ("user:chen", "island:kizhi", 3.5),
    ("user:chen", "island:delos", 2.0),
    ("user:dara", "island:lord_howe_island", 4.0),
    ("user:dara", "island:fraser_island", 5.0),
    ("user:dara", "island:macquarie_island", 1.0),
    ("user:dara", "island:robben_island", 4.5),
    ("user:emil", "island:reichenau", 3.0),
    ("user:emil", "island:henderson_island", 0.5),
    ("user:emil", "island:island_of_mozambique", 4.0),
    ("user:emil", "island:delos", 5.0),
]


def rows():
    out = list(FACTS)
    out += [(u, "rated", i, {"rating": r}) for u, i, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind367")
