"""blind131: a small graph of glaciers.

Each glacier's ``year`` is the year it received its present name
(for the Antarctic ones, the year they were discovered and named).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("glacier",)),
    kgx.Relation("located_in", phrase="lies in", inverse_phrase="is home to",
                 domain=("glacier",), range=("country", "continent")),
    kgx.Relation("named_by", phrase="was named by", inverse_phrase="named",
                 domain=("glacier",), range=("person", "expedition")),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of",
                 domain=("glacier",), range=("person", "university", "college")),
    kgx.Relation("classified_as", phrase="is classified as a", inverse_phrase="is the classification of",
                 domain=("glacier",), range=("glacier_kind",)),
    kgx.Relation("protected_in", phrase="lies within", inverse_phrase="protects",
                 domain=("glacier",), range=("national_park", "national_forest")),
    kgx.Relation("flows_into", phrase="flows into", inverse_phrase="is fed by",
                 domain=("glacier",), range=("bay", "sound", "fjord", "lake", "ice_shelf")),
]

_GLACIERS = [
    ("glacier:franz_josef", "Franz Josef Glacier", 1865),
    ("glacier:fox", "Fox Glacier", 1872),
    ("glacier:tasman", "Tasman Glacier", 1862),
    ("glacier:hooker", "Hooker Glacier", 1862),
    ("glacier:mueller", "Mueller Glacier", 1862),
    ("glacier:murchison", "Murchison Glacier", 1862),
    ("glacier:malaspina", "Malaspina Glacier", 1874),
    ("glacier:hubbard", "Hubbard Glacier", 1890),
    ("glacier:columbia", "Columbia Glacier", 1899),
    ("glacier:harvard", "Harvard Glacier", 1899),
    ("glacier:yale", "Yale Glacier", 1899),
    ("glacier:bryn_mawr", "Bryn Mawr Glacier", 1899),
    ("glacier:beardmore", "Beardmore Glacier", 1908),
    ("glacier:axel_heiberg", "Axel Heiberg Glacier", 1911),
    ("glacier:liv", "Liv Glacier", 1911),
]

_ATTRIBUTES = [
    # people
    ("person:julius_von_haast", "person", "Julius von Haast"),
    ("person:franz_joseph_i", "person", "Franz Joseph I of Austria"),
    ("person:william_fox", "person", "William Fox"),
    ("person:abel_tasman", "person", "Abel Tasman"),
    ("person:joseph_dalton_hooker", "person", "Joseph Dalton Hooker"),
    ("person:ferdinand_von_mueller", "person", "Ferdinand von Mueller"),
    ("person:roderick_murchison", "person", "Roderick Murchison"),
    ("person:william_healey_dall", "person", "William Healey Dall"),
    ("person:alessandro_malaspina", "person", "Alessandro Malaspina"),
    ("person:israel_russell", "person", "Israel Russell"),
    ("person:gardiner_greene_hubbard", "person", "Gardiner Greene Hubbard"),
    ("person:ernest_shackleton", "person", "Ernest Shackleton"),
    ("person:william_beardmore", "person", "William Beardmore"),
    ("person:roald_amundsen", "person", "Roald Amundsen"),
    ("person:axel_heiberg", "person", "Axel Heiberg"),
    ("person:liv_nansen", "person", "Liv Nansen"),
    # organisations
    ("expedition:harriman", "expedition", "Harriman Alaska Expedition"),
    ("university:columbia", "university", "Columbia University"),
    ("university:harvard", "university", "Harvard University"),
    ("university:yale", "university", "Yale University"),
    ("college:bryn_mawr", "college", "Bryn Mawr College"),
    # places
    ("country:new_zealand", "country", "New Zealand"),
    ("country:united_states", "country", "United States"),
    ("country:canada", "country", "Canada"),
    ("continent:antarctica", "continent", "Antarctica"),
    ("park:westland", "national_park", "Westland Tai Poutini National Park"),
    ("park:aoraki", "national_park", "Aoraki/Mount Cook National Park"),
    ("forest:chugach", "national_forest", "Chugach National Forest"),
    ("water:disenchantment_bay", "bay", "Disenchantment Bay"),
    ("water:prince_william_sound", "sound", "Prince William Sound"),
    ("water:college_fjord", "fjord", "College Fjord"),
    ("water:tasman_lake", "lake", "Tasman Lake"),
    ("water:hooker_lake", "lake", "Hooker Lake"),
    ("water:ross_ice_shelf", "ice_shelf", "Ross Ice Shelf"),
    # kinds
    ("kind:valley", "glacier_kind", "valley glacier"),
    ("kind:tidewater", "glacier_kind", "tidewater glacier"),
    ("kind:piedmont", "glacier_kind", "piedmont glacier"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="glacier", label=label, attrs={"year": year})
           for i, label, year in _GLACIERS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = [
    # New Zealand
    ("glacier:franz_josef", "located_in", "country:new_zealand"),
    ("glacier:franz_josef", "named_by", "person:julius_von_haast"),
    ("glacier:franz_josef", "named_after", "person:franz_joseph_i"),
    ("glacier:franz_josef", "classified_as", "kind:valley"),
    ("glacier:franz_josef", "protected_in", "park:westland"),
    ("glacier:fox", "located_in", "country:new_zealand"),
    ("glacier:fox", "named_after", "person:william_fox"),
    ("glacier:fox", "classified_as", "kind:valley"),
    ("glacier:fox", "protected_in", "park:westland"),
    ("glacier:tasman", "located_in", "country:new_zealand"),
    ("glacier:tasman", "named_by", "person:julius_von_haast"),
    ("glacier:tasman", "named_after", "person:abel_tasman"),
    ("glacier:tasman", "classified_as", "kind:valley"),
    ("glacier:tasman", "protected_in", "park:aoraki"),
    ("glacier:tasman", "flows_into", "water:tasman_lake"),
    ("glacier:hooker", "located_in", "country:new_zealand"),
    ("glacier:hooker", "named_by", "person:julius_von_haast"),
    ("glacier:hooker", "named_after", "person:joseph_dalton_hooker"),
    ("glacier:hooker", "classified_as", "kind:valley"),
    ("glacier:hooker", "protected_in", "park:aoraki"),
    ("glacier:hooker", "flows_into", "water:hooker_lake"),
    ("glacier:mueller", "located_in", "country:new_zealand"),
    ("glacier:mueller", "named_by", "person:julius_von_haast"),
    ("glacier:mueller", "named_after", "person:ferdinand_von_mueller"),
    ("glacier:mueller", "classified_as", "kind:valley"),
    ("glacier:mueller", "protected_in", "park:aoraki"),
    ("glacier:murchison", "located_in", "country:new_zealand"),
    ("glacier:murchison", "named_by", "person:julius_von_haast"),
    ("glacier:murchison", "named_after", "person:roderick_murchison"),
    ("glacier:murchison", "classified_as", "kind:valley"),
    ("glacier:murchison", "protected_in", "park:aoraki"),
    # Alaska and Yukon
    ("glacier:malaspina", "located_in", "country:united_states"),
    ("glacier:malaspina", "named_by", "person:william_healey_dall"),
    ("glacier:malaspina", "named_after", "person:alessandro_malaspina"),
    ("glacier:malaspina", "classified_as", "kind:piedmont"),
    ("glacier:hubbard", "located_in", "country:united_states"),
    ("glacier:hubbard", "located_in", "country:canada"),
    ("glacier:hubbard", "named_by", "person:israel_russell"),
    ("glacier:hubbard", "named_after", "person:gardiner_greene_hubbard"),
    ("glacier:hubbard", "classified_as", "kind:tidewater"),
    ("glacier:hubbard", "flows_into", "water:disenchantment_bay"),
    ("glacier:columbia", "located_in", "country:united_states"),
    ("glacier:columbia", "named_by", "expedition:harriman"),
    ("glacier:columbia", "named_after", "university:columbia"),
    ("glacier:columbia", "classified_as", "kind:tidewater"),
    ("glacier:columbia", "protected_in", "forest:chugach"),
    ("glacier:columbia", "flows_into", "water:prince_william_sound"),
    ("glacier:harvard", "located_in", "country:united_states"),
    ("glacier:harvard", "named_by", "expedition:harriman"),
    ("glacier:harvard", "named_after", "university:harvard"),
    ("glacier:harvard", "classified_as", "kind:tidewater"),
    ("glacier:harvard", "protected_in", "forest:chugach"),
    ("glacier:harvard", "flows_into", "water:college_fjord"),
    ("glacier:yale", "located_in", "country:united_states"),
    ("glacier:yale", "named_by", "expedition:harriman"),
    ("glacier:yale", "named_after", "university:yale"),
    ("glacier:yale", "classified_as", "kind:tidewater"),
    ("glacier:yale", "protected_in", "forest:chugach"),
    ("glacier:yale", "flows_into", "water:college_fjord"),
    ("glacier:bryn_mawr", "located_in", "country:united_states"),
    ("glacier:bryn_mawr", "named_by", "expedition:harriman"),
    ("glacier:bryn_mawr", "named_after", "college:bryn_mawr"),
    ("glacier:bryn_mawr", "classified_as", "kind:tidewater"),
    ("glacier:bryn_mawr", "protected_in", "forest:chugach"),
    ("glacier:bryn_mawr", "flows_into", "water:college_fjord"),
    # Antarctica
    ("glacier:beardmore", "located_in", "continent:antarctica"),
    ("glacier:beardmore", "named_by", "person:ernest_shackleton"),
    ("glacier:beardmore", "named_after", "person:william_beardmore"),
    ("glacier:beardmore", "classified_as", "kind:valley"),
    ("glacier:beardmore", "flows_into", "water:ross_ice_shelf"),
    ("glacier:axel_heiberg", "located_in", "continent:antarctica"),
    ("glacier:axel_heiberg", "named_by", "person:roald_amundsen"),
    ("glacier:axel_heiberg", "named_after", "person:axel_heiberg"),
    ("glacier:axel_heiberg", "classified_as", "kind:valley"),
    ("glacier:axel_heiberg", "flows_into", "water:ross_ice_shelf"),
    ("glacier:liv", "located_in", "continent:antarctica"),
    ("glacier:liv", "named_by", "person:roald_amundsen"),
    ("glacier:liv", "named_after", "person:liv_nansen"),
    ("glacier:liv", "classified_as", "kind:valley"),
    ("glacier:liv", "flows_into", "water:ross_ice_shelf"),
]

_RATINGS = [
    ("ana", "franz_josef", 5.0), ("ana", "tasman", 4.5), ("ana", "hubbard", 2.0), ("ana", "beardmore", 3.5),
    ("ben", "columbia", 4.0), ("ben", "harvard", 1.5), ("ben", "malaspina", 5.0), ("ben", "fox", 3.0),
    ("chen", "axel_heiberg", 4.5), ("chen", "liv", 1.0), ("chen", "yale", 4.0), ("chen", "hooker", 2.5),
    ("dara", "murchison", 0.5), ("dara", "mueller", 4.0), ("dara", "bryn_mawr", 5.0), ("dara", "franz_josef", 2.0),
    ("emil", "beardmore", 5.0), ("emil", "hubbard", 4.5), ("emil", "fox", 1.5), ("emil", "tasman", 3.0),
]


def rows():
    out = list(_FACTS)
    out += [(f"user:{u}", "rated", f"glacier:{g}", {"rating": r}) for u, g, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind131")
