"""A small natural lakes graph (blind401).

Each lake's ``year`` is the year of the first recorded expedition to it by the
explorer(s) it is linked to through ``explored_by``.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("lake",)),
    kgx.Relation("located_in", phrase="lies in", inverse_phrase="is home to",
                 domain=("lake",), range=("country",)),
    kgx.Relation("explored_by", phrase="was explored by", inverse_phrase="explored",
                 domain=("lake",), range=("person",)),
    kgx.Relation("lake_kind", phrase="is a", inverse_phrase="is the kind of",
                 domain=("lake",), range=("lake_kind",)),
    kgx.Relation("fed_by", phrase="is fed by", inverse_phrase="flows into",
                 domain=("lake",), range=("river",)),
    kgx.Relation("drained_by", phrase="is drained by", inverse_phrase="drains",
                 domain=("lake",), range=("river",)),
    kgx.Relation("shore_city", phrase="has on its shore", inverse_phrase="lies on the shore of",
                 domain=("lake",), range=("city", "town")),
]

LAKES = [
    ("lake:victoria", "Lake Victoria", 1858),
    ("lake:tanganyika", "Lake Tanganyika", 1858),
    ("lake:malawi", "Lake Malawi", 1859),
    ("lake:baikal", "Lake Baikal", 1643),
    ("lake:crater_lake", "Crater Lake", 1853),
    ("lake:tahoe", "Lake Tahoe", 1844),
    ("lake:champlain", "Lake Champlain", 1609),
    ("lake:albert", "Lake Albert", 1864),
    ("lake:chad", "Lake Chad", 1823),
    ("lake:turkana", "Lake Turkana", 1888),
    ("lake:ontario", "Lake Ontario", 1615),
    ("lake:michigan", "Lake Michigan", 1634),
    ("lake:erie", "Lake Erie", 1669),
    ("lake:kivu", "Lake Kivu", 1894),
    ("lake:bangweulu", "Lake Bangweulu", 1868),
    ("lake:mweru", "Lake Mweru", 1867),
    ("lake:ngami", "Lake Ngami", 1849),
    ("lake:great_slave", "Great Slave Lake", 1771),
    ("lake:great_salt", "Great Salt Lake", 1824),
]

ATTRIBUTES = [
    # countries
    ("country:uganda", "country", "Uganda"),
    ("country:kenya", "country", "Kenya"),
    ("country:tanzania", "country", "Tanzania"),
    ("country:dr_congo", "country", "Democratic Republic of the Congo"),
    ("country:burundi", "country", "Burundi"),
    ("country:zambia", "country", "Zambia"),
    ("country:malawi", "country", "Malawi"),
    ("country:mozambique", "country", "Mozambique"),
    ("country:russia", "country", "Russia"),
    ("country:usa", "country", "United States"),
    ("country:canada", "country", "Canada"),
    ("country:chad", "country", "Chad"),
    ("country:cameroon", "country", "Cameroon"),
    ("country:niger", "country", "Niger"),
    ("country:nigeria", "country", "Nigeria"),
    ("country:ethiopia", "country", "Ethiopia"),
    ("country:rwanda", "country", "Rwanda"),
    ("country:botswana", "country", "Botswana"),
    # explorers
    ("person:john_hanning_speke", "person", "John Hanning Speke"),
    ("person:richard_francis_burton", "person", "Richard Francis Burton"),
    ("person:david_livingstone", "person", "David Livingstone"),
    ("person:kurbat_ivanov", "person", "Kurbat Ivanov"),
    ("person:john_wesley_hillman", "person", "John Wesley Hillman"),
    ("person:john_c_fremont", "person", "John C. Frémont"),
    ("person:samuel_de_champlain", "person", "Samuel de Champlain"),
    ("person:samuel_baker", "person", "Samuel Baker"),
    ("person:dixon_denham", "person", "Dixon Denham"),
    ("person:hugh_clapperton", "person", "Hugh Clapperton"),
    ("person:samuel_teleki", "person", "Sámuel Teleki"),
    ("person:ludwig_von_hohnel", "person", "Ludwig von Höhnel"),
    ("person:jean_nicolet", "person", "Jean Nicolet"),
    ("person:louis_jolliet", "person", "Louis Jolliet"),
    ("person:gustav_adolf_von_gotzen", "person", "Gustav Adolf von Götzen"),
    ("person:william_cotton_oswell", "person", "William Cotton Oswell"),
    ("person:samuel_hearne", "person", "Samuel Hearne"),
    ("person:jim_bridger", "person", "Jim Bridger"),
    # kinds of lake
    ("kind:rift_lake", "lake_kind", "Rift lake"),
    ("kind:caldera_lake", "lake_kind", "Caldera lake"),
    ("kind:glacial_lake", "lake_kind", "Glacial lake"),
    ("kind:endorheic_lake", "lake_kind", "Endorheic lake"),
    ("kind:salt_lake", "lake_kind", "Salt lake"),
    ("kind:alkaline_lake", "lake_kind", "Alkaline lake"),
    ("kind:freshwater_lake", "lake_kind", "Freshwater lake"),
    # rivers
    ("river:victoria_nile", "river", "Victoria Nile"),
    ("river:albert_nile", "river", "Albert Nile"),
    ("river:kagera", "river", "Kagera River"),
    ("river:lukuga", "river", "Lukuga River"),
    ("river:ruzizi", "river", "Ruzizi River"),
    ("river:malagarasi", "river", "Malagarasi River"),
    ("river:shire", "river", "Shire River"),
    ("river:ruhuhu", "river", "Ruhuhu River"),
    ("river:angara", "river", "Angara River"),
    ("river:selenga", "river", "Selenga River"),
    ("river:truckee", "river", "Truckee River"),
    ("river:upper_truckee", "river", "Upper Truckee River"),
    ("river:richelieu", "river", "Richelieu River"),
    ("river:winooski", "river", "Winooski River"),
    ("river:semliki", "river", "Semliki River"),
    ("river:chari", "river", "Chari River"),
    ("river:omo", "river", "Omo River"),
    ("river:st_lawrence", "river", "Saint Lawrence River"),
    ("river:niagara", "river", "Niagara River"),
    ("river:fox", "river", "Fox River"),
    ("river:detroit", "river", "Detroit River"),
    ("river:luapula", "river", "Luapula River"),
    ("river:chambeshi", "river", "Chambeshi River"),
    ("river:luvua", "river", "Luvua River"),
    ("river:mackenzie", "river", "Mackenzie River"),
    ("river:slave", "river", "Slave River"),
    ("river:bear", "river", "Bear River"),
    # cities and towns on the shores
    ("city:entebbe", "city", "Entebbe"),
    ("city:kisumu", "city", "Kisumu"),
    ("city:mwanza", "city", "Mwanza"),
    ("city:kigoma", "city", "Kigoma"),
    ("city:bujumbura", "city", "Bujumbura"),
    ("town:nkhata_bay", "town", "Nkhata Bay"),
    ("town:severobaikalsk", "town", "Severobaikalsk"),
    ("city:south_lake_tahoe", "city", "South Lake Tahoe"),
    ("city:burlington", "city", "Burlington"),
    ("city:plattsburgh", "city", "Plattsburgh"),
    ("city:toronto", "city", "Toronto"),
    ("city:rochester", "city", "Rochester"),
    ("city:kingston", "city", "Kingston"),
    ("city:chicago", "city", "Chicago"),
    ("city:milwaukee", "city", "Milwaukee"),
    ("city:cleveland", "city", "Cleveland"),
    ("city:buffalo", "city", "Buffalo"),
    ("city:goma", "city", "Goma"),
    ("city:bukavu", "city", "Bukavu"),
    ("city:yellowknife", "city", "Yellowknife"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "lake:victoria": {
        "located_in": ["country:uganda", "country:kenya", "country:tanzania"],
        "explored_by": ["person:john_hanning_speke"],
        "lake_kind": ["kind:freshwater_lake"],
        "fed_by": ["river:kagera"],
        "drained_by": ["river:victoria_nile"],
        "shore_city": ["city:entebbe", "city:kisumu", "city:mwanza"],
    },
    "lake:tanganyika": {
        "located_in": ["country:tanzania", "country:dr_congo", "country:burundi", "country:zambia"],
        "explored_by": ["person:richard_francis_burton", "person:john_hanning_speke"],
        "lake_kind": ["kind:rift_lake", "kind:freshwater_lake"],
        "fed_by": ["river:ruzizi", "river:malagarasi"],
        "drained_by": ["river:lukuga"],
        "shore_city": ["city:kigoma", "city:bujumbura"],
    },
    "lake:malawi": {
        "located_in": ["country:malawi", "country:mozambique", "country:tanzania"],
        "explored_by": ["person:david_livingstone"],
        "lake_kind": ["kind:rift_lake", "kind:freshwater_lake"],
        "fed_by": ["river:ruhuhu"],
        "drained_by": ["river:shire"],
        "shore_city": ["town:nkhata_bay"],
    },
    "lake:baikal": {
        "located_in": ["country:russia"],
        "explored_by": ["person:kurbat_ivanov"],
        "lake_kind": ["kind:rift_lake", "kind:freshwater_lake"],
        "fed_by": ["river:selenga"],
        "drained_by": ["river:angara"],
        "shore_city": ["town:severobaikalsk"],
    },
    "lake:crater_lake": {
        "located_in": ["country:usa"],
        "explored_by": ["person:john_wesley_hillman"],
        "lake_kind": ["kind:caldera_lake", "kind:freshwater_lake"],
    },
    "lake:tahoe": {
        "located_in": ["country:usa"],
        "explored_by": ["person:john_c_fremont"],
        "lake_kind": ["kind:freshwater_lake"],
        "fed_by": ["river:upper_truckee"],
        "drained_by": ["river:truckee"],
        "shore_city": ["city:south_lake_tahoe"],
    },
    "lake:champlain": {
        "located_in": ["country:usa", "country:canada"],
        "explored_by": ["person:samuel_de_champlain"],
        "lake_kind": ["kind:freshwater_lake"],
        "fed_by": ["river:winooski"],
        "drained_by": ["river:richelieu"],
        "shore_city": ["city:burlington", "city:plattsburgh"],
    },
    "lake:albert": {
        "located_in": ["country:uganda", "country:dr_congo"],
        "explored_by": ["person:samuel_baker"],
        "lake_kind": ["kind:rift_lake"],
        "fed_by": ["river:semliki", "river:victoria_nile"],
        "drained_by": ["river:albert_nile"],
    },
    "lake:chad": {
        "located_in": ["country:chad", "country:cameroon", "country:niger", "country:nigeria"],
        "explored_by": ["person:dixon_denham", "person:hugh_clapperton"],
        "lake_kind": ["kind:endorheic_lake"],
        "fed_by": ["river:chari"],
    },
    "lake:turkana": {
        "located_in": ["country:kenya", "country:ethiopia"],
        "explored_by": ["person:samuel_teleki", "person:ludwig_von_hohnel"],
        "lake_kind": ["kind:rift_lake", "kind:endorheic_lake", "kind:alkaline_lake"],
        "fed_by": ["river:omo"],
    },
    "lake:ontario": {
        "located_in": ["country:canada", "country:usa"],
        "explored_by": ["person:samuel_de_champlain"],
        "lake_kind": ["kind:glacial_lake", "kind:freshwater_lake"],
        "fed_by": ["river:niagara"],
        "drained_by": ["river:st_lawrence"],
        "shore_city": ["city:toronto", "city:rochester", "city:kingston"],
    },
    "lake:michigan": {
        "located_in": ["country:usa"],
        "explored_by": ["person:jean_nicolet"],
        "lake_kind": ["kind:glacial_lake", "kind:freshwater_lake"],
        "fed_by": ["river:fox"],
        "shore_city": ["city:chicago", "city:milwaukee"],
    },
    "lake:erie": {
        "located_in": ["country:usa", "country:canada"],
        "explored_by": ["person:louis_jolliet"],
        "lake_kind": ["kind:glacial_lake", "kind:freshwater_lake"],
        "fed_by": ["river:detroit"],
        "drained_by": ["river:niagara"],
        "shore_city": ["city:cleveland", "city:buffalo"],
    },
    "lake:kivu": {
        "located_in": ["country:rwanda", "country:dr_congo"],
        "explored_by": ["person:gustav_adolf_von_gotzen"],
        "lake_kind": ["kind:rift_lake"],
        "drained_by": ["river:ruzizi"],
        "shore_city": ["city:goma", "city:bukavu"],
    },
    "lake:bangweulu": {
        "located_in": ["country:zambia"],
        "explored_by": ["person:david_livingstone"],
        "fed_by": ["river:chambeshi"],
        "drained_by": ["river:luapula"],
    },
    "lake:mweru": {
        "located_in": ["country:zambia", "country:dr_congo"],
        "explored_by": ["person:david_livingstone"],
        "fed_by": ["river:luapula"],
        "drained_by": ["river:luvua"],
    },
    "lake:ngami": {
        "located_in": ["country:botswana"],
        "explored_by": ["person:david_livingstone", "person:william_cotton_oswell"],
        "lake_kind": ["kind:endorheic_lake"],
    },
    "lake:great_slave": {
        "located_in": ["country:canada"],
        "explored_by": ["person:samuel_hearne"],
        "lake_kind": ["kind:glacial_lake", "kind:freshwater_lake"],
        "fed_by": ["river:slave"],
        "drained_by": ["river:mackenzie"],
        "shore_city": ["city:yellowknife"],
    },
    "lake:great_salt": {
        "located_in": ["country:usa"],
        "explored_by": ["person:jim_bridger"],
        "lake_kind": ["kind:endorheic_lake", "kind:salt_lake"],
        "fed_by": ["river:bear"],
    },
}

RATINGS = {
    "ana": [("lake:baikal", 5.0), ("lake:crater_lake", 4.5), ("lake:chad", 2.0), ("lake:erie", 3.0)],
    "ben": [("lake:tahoe", 4.0), ("lake:victoria", 1.5), ("lake:tanganyika", 5.0), ("lake:great_salt", 2.5)],
    "chen": [("lake:malawi", 4.5), ("lake:michigan", 3.5), ("lake:kivu", 1.0), ("lake:champlain", 4.0)],
    "dara": [("lake:turkana", 5.0), ("lake:ontario", 2.0), ("lake:albert", 4.0), ("lake:great_slave", 0.5)],
    "emil": [("lake:bangweulu", 3.0), ("lake:mweru", 4.5), ("lake:ngami", 1.5), ("lake:baikal", 4.0)],
}


def entities():
    ents = [kgx.Entity(i, kind="item", type="lake", label=label, attrs={"year": year})
            for i, label, year in LAKES]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in ATTRIBUTES]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


def rows():
    out = []
    for lake, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((lake, rel, tail))
    for user, pairs in RATINGS.items():
        for lake, r in pairs:
            out.append((f"user:{user}", "rated", lake, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind401")
