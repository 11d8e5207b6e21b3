"""A small sea straits graph for kgexplain blind evaluation (blind390).

Each strait's ``year`` is the year of the voyage that first explored or charted it
for Europeans (the expedition recorded in ``explored_by`` or, for Drake Passage,
the voyage of the man it is named after).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("strait",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave his name to",
                 domain=("strait",), range=("person",)),
    kgx.Relation("explored_by", phrase="was explored by", inverse_phrase="explored",
                 domain=("strait",), range=("person",)),
    kgx.Relation("connects", phrase="connects", inverse_phrase="is connected through",
                 domain=("strait",), range=("sea", "ocean", "bay", "sound")),
    kgx.Relation("separates", phrase="separates", inverse_phrase="is separated by",
                 domain=("strait",), range=("island", "peninsula", "continent", "landmass")),
    kgx.Relation("bordered_by", phrase="is bordered by", inverse_phrase="borders",
                 domain=("strait",), range=("country",)),
    kgx.Relation("climate", phrase="has a climate that is", inverse_phrase="is the climate of",
                 domain=("strait",), range=("climate",)),
]

_STRAITS = [
    ("magellan", "Strait of Magellan", 1520),
    ("bering", "Bering Strait", 1728),
    ("torres", "Torres Strait", 1606),
    ("hudson", "Hudson Strait", 1610),
    ("davis", "Davis Strait", 1585),
    ("bass", "Bass Strait", 1798),
    ("cook", "Cook Strait", 1770),
    ("le_maire", "Le Maire Strait", 1616),
    ("la_perouse", "La Pérouse Strait", 1787),
    ("vilkitsky", "Vilkitsky Strait", 1913),
    ("bellot", "Bellot Strait", 1852),
    ("nares", "Nares Strait", 1875),
    ("foveaux", "Foveaux Strait", 1804),
    ("long", "Long Strait", 1867),
    ("dampier", "Dampier Strait", 1700),
    ("barrow", "Barrow Strait", 1819),
    ("drake", "Drake Passage", 1578),
]

_ATTRS = [
    # people
    ("person:ferdinand_magellan", "person", "Ferdinand Magellan"),
    ("person:vitus_bering", "person", "Vitus Bering"),
    ("person:luis_vaz_de_torres", "person", "Luís Vaz de Torres"),
    ("person:henry_hudson", "person", "Henry Hudson"),
    ("person:john_davis", "person", "John Davis"),
    ("person:george_bass", "person", "George Bass"),
    ("person:matthew_flinders", "person", "Matthew Flinders"),
    ("person:james_cook", "person", "James Cook"),
    ("person:jacob_le_maire", "person", "Jacob Le Maire"),
    ("person:willem_schouten", "person", "Willem Schouten"),
    ("person:la_perouse", "person", "Jean-François de La Pérouse"),
    ("person:boris_vilkitsky", "person", "Boris Vilkitsky"),
    ("person:joseph_rene_bellot", "person", "Joseph René Bellot"),
    ("person:william_kennedy", "person", "William Kennedy"),
    ("person:george_nares", "person", "George Nares"),
    ("person:joseph_foveaux", "person", "Joseph Foveaux"),
    ("person:owen_folger_smith", "person", "Owen Folger Smith"),
    ("person:thomas_long", "person", "Thomas Long"),
    ("person:william_dampier", "person", "William Dampier"),
    ("person:john_barrow", "person", "John Barrow"),
    ("person:william_edward_parry", "person", "William Edward Parry"),
    ("person:francis_drake", "person", "Francis Drake"),
    # waters
    ("ocean:atlantic", "ocean", "Atlantic Ocean"),
    ("ocean:pacific", "ocean", "Pacific Ocean"),
    ("sea:bering_sea", "sea", "Bering Sea"),
    ("sea:chukchi_sea", "sea", "Chukchi Sea"),
    ("sea:arafura_sea", "sea", "Arafura Sea"),
    ("sea:coral_sea", "sea", "Coral Sea"),
    ("sea:labrador_sea", "sea", "Labrador Sea"),
    ("bay:hudson_bay", "bay", "Hudson Bay"),
    ("bay:baffin_bay", "bay", "Baffin Bay"),
    ("sea:tasman_sea", "sea", "Tasman Sea"),
    ("sea:sea_of_japan", "sea", "Sea of Japan"),
    ("sea:sea_of_okhotsk", "sea", "Sea of Okhotsk"),
    ("sea:kara_sea", "sea", "Kara Sea"),
    ("sea:laptev_sea", "sea", "Laptev Sea"),
    ("sea:lincoln_sea", "sea", "Lincoln Sea"),
    ("sea:east_siberian_sea", "sea", "East Siberian Sea"),
    ("sound:lancaster_sound", "sound", "Lancaster Sound"),
    ("sound:viscount_melville_sound", "sound", "Viscount Melville Sound"),
    # lands
    ("island:tierra_del_fuego", "island", "Tierra del Fuego"),
    ("continent:south_america", "continent", "South America"),
    ("continent:asia", "continent", "Asia"),
    ("continent:north_america", "continent", "North America"),
    ("continent:antarctica", "continent", "Antarctica"),
    ("island:new_guinea", "island", "New Guinea"),
    ("peninsula:cape_york", "peninsula", "Cape York Peninsula"),
    ("island:baffin_island", "island", "Baffin Island"),
    ("peninsula:ungava", "peninsula", "Ungava Peninsula"),
    ("island:greenland", "island", "Greenland"),
    ("island:tasmania", "island", "Tasmania"),
    ("landmass:australian_mainland", "landmass", "Australian mainland"),
    ("island:north_island", "island", "North Island"),
    ("island:south_island", "island", "South Island"),
    ("island:isla_de_los_estados", "island", "Isla de los Estados"),
    ("island:sakhalin", "island", "Sakhalin"),
    ("island:hokkaido", "island", "Hokkaido"),
    ("peninsula:taymyr", "peninsula", "Taymyr Peninsula"),
    ("island:bolshevik_island", "island", "Bolshevik Island"),
    ("island:somerset_island", "island", "Somerset Island"),
    ("peninsula:boothia", "peninsula", "Boothia Peninsula"),
    ("island:ellesmere_island", "island", "Ellesmere Island"),
    ("island:stewart_island", "island", "Stewart Island"),
    ("island:wrangel_island", "island", "Wrangel Island"),
    ("island:waigeo", "island", "Waigeo"),
    ("island:batanta", "island", "Batanta"),
    ("island:cornwallis_island", "island", "Cornwallis Island"),
    # countries
    ("country:chile", "country", "Chile"),
    ("country:argentina", "country", "Argentina"),
    ("country:russia", "country", "Russia"),
    ("country:united_states", "country", "United States"),
    ("country:australia", "country", "Australia"),
    ("country:papua_new_guinea", "country", "Papua New Guinea"),
    ("country:canada", "country", "Canada"),
    ("country:new_zealand", "country", "New Zealand"),
    ("country:japan", "country", "Japan"),
    ("country:indonesia", "country", "Indonesia"),
    # climates
    ("climate:polar", "climate", "Polar"),
    ("climate:tropical", "climate", "Tropical"),
    ("climate:temperate", "climate", "Temperate"),
    ("climate:subpolar_oceanic", "climate", "Subpolar oceanic"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"strait:{slug}", kind="item", type="strait", label=label, attrs={"year": year})
           for slug, label, year in _STRAITS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "magellan": {
        "named_after": ["person:ferdinand_magellan"],
        "explored_by": ["person:ferdinand_magellan"],
        "connects": ["ocean:atlantic", "ocean:pacific"],
        "separates": ["island:tierra_del_fuego", "continent:south_america"],
        "bordered_by": ["country:chile"],
    },
    "bering": {
        "named_after": ["person:vitus_bering"],
        "explored_by": ["person:vitus_bering"],
        "connects": ["sea:bering_sea", "sea:chukchi_sea"],
        "separates": ["continent:asia", "continent:north_america"],
        "bordered_by": ["country:russia", "country:united_states"],
    },
    "torres": {
        "named_after": ["person:luis_vaz_de_torres"],
        "explored_by": ["person:luis_vaz_de_torres"],
        "connects": ["sea:arafura_sea", "sea:coral_sea"],
        "separates": ["island:new_guinea", "peninsula:cape_york"],
        "bordered_by": ["country:australia", "country:papua_new_guinea"],
    },
    "hudson": {
        "named_after": ["person:henry_hudson"],
        "explored_by": ["person:henry_hudson"],
        "connects": ["sea:labrador_sea", "bay:hudson_bay"],
        "separates": ["island:baffin_island", "peninsula:ungava"],
        "bordered_by": ["country:canada"],
    },
    "davis": {
        "named_after": ["person:john_davis"],
        "explored_by": ["person:john_davis"],
        "connects": ["sea:labrador_sea", "bay:baffin_bay"],
        "separates": ["island:greenland", "island:baffin_island"],
        "bordered_by": ["country:canada"],
    },
    "bass": {
        "named_after": ["person:george_bass"],
        "explored_by": ["person:george_bass", "person:matthew_flinders"],
        "connects": ["sea:tasman_sea"],
        "separates": ["island:tasmania", "landmass:australian_mainland"],
        "bordered_by": ["country:australia"],
    },
    "cook": {
        "named_after": ["person:james_cook"],
        "explored_by": ["person:james_cook"],
        "connects": ["sea:tasman_sea", "ocean:pacific"],
        "separates": ["island:north_island", "island:south_island"],
        "bordered_by": ["country:new_zealand"],
    },
    "le_maire": {
        "named_after": ["person:jacob_le_maire"],
        "explored_by": ["person:jacob_le_maire", "person:willem_schouten"],
        "separates": ["island:tierra_del_fuego", "island:isla_de_los_estados"],
        "bordered_by": ["country:argentina"],
    },
    "la_perouse": {
        "named_after": ["person:la_perouse"],
        "explored_by": ["person:la_perouse"],
        "connects": ["sea:sea_of_japan", "sea:sea_of_okhotsk"],
        "separates": ["island:sakhalin", "island:hokkaido"],
        "bordered_by": ["country:russia", "country:japan"],
    },
    "vilkitsky": {
        "named_after": ["person:boris_vilkitsky"],
        "explored_by": ["person:boris_vilkitsky"],
        "connects": ["sea:kara_sea", "sea:laptev_sea"],
        "separates": ["peninsula:taymyr", "island:bolshevik_island"],
        "bordered_by": ["country:russia"],
    },
    "bellot": {
        "named_after": ["person:joseph_rene_bellot"],
        "explored_by": ["person:joseph_rene_bellot", "person:william_kennedy"],
        "separates": ["island:somerset_island", "peninsula:boothia"],
        "bordered_by": ["country:canada"],
    },
    "nares": {
        "named_after": ["person:george_nares"],
        "explored_by": ["person:george_nares"],
        "connects": ["bay:baffin_bay", "sea:lincoln_sea"],
        "separates": ["island:greenland", "island:ellesmere_island"],
        "bordered_by": ["country:canada"],
    },
    "foveaux": {
        "named_after": ["person:joseph_foveaux"],
        "explored_by": ["person:owen_folger_smith"],
        "separates": ["island:stewart_island", "island:south_island"],
        "bordered_by": ["country:new_zealand"],
    },
    "long": {
        "named_after": ["person:thomas_long"],
        "explored_by": ["person:thomas_long"],
        "connects": ["sea:east_siberian_sea", "sea:chukchi_sea"],
        "separates": ["island:wrangel_island"],
        "bordered_by": ["country:russia"],
    },
    "dampier": {
        "named_after": ["person:william_dampier"],
        "explored_by": ["person:william_dampier"],
        "separates": ["island:waigeo", "island:batanta"],
        "bordered_by": ["country:indonesia"],
    },
    "barrow": {
        "named_after": ["person:john_barrow"],
        "explored_by": ["person:william_edward_parry"],
        "connects": ["sound:lancaster_sound", "sound:viscount_melville_sound"],
        "separates": ["island:cornwallis_island", "island:somerset_island"],
        "bordered_by": ["country:canada"],
    },
    "drake": {
        "named_after": ["person:francis_drake"],
        "connects": ["ocean:atlantic", "ocean:pacific"],
        "separates": ["continent:south_america", "continent:antarctica"],
    },
}

CLIMATES = {
    "polar": ["hudson", "davis", "vilkitsky", "bellot", "nares", "barrow", "long"],
    "tropical": ["torres", "dampier"],
    "temperate": ["bass", "cook", "foveaux"],
    "subpolar_oceanic": ["magellan"],
}

RATINGS = {
    "ana": {"magellan": 5.0, "bering": 4.5, "cook": 1.5, "dampier": 3.0},
    "ben": {"torres": 4.0, "bass": 2.0, "hudson": 5.0, "nares": 3.5},
    "chen": {"la_perouse": 4.5, "vilkitsky": 1.0, "drake": 5.0, "long": 2.5},
    "dara": {"davis": 4.0, "bellot": 3.0, "foveaux": 1.5, "le_maire": 4.5},
    "emil": {"barrow": 2.0, "cook": 5.0, "magellan": 0.5, "torres": 3.0},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"strait:{slug}", rel, tail))
    for climate, slugs in CLIMATES.items():
        for slug in slugs:
            out.append((f"strait:{slug}", "climate", f"climate:{climate}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"strait:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind390")
