"""blind348: a small graph of marathon runners (year = birth year)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("runner",)),
    kgx.Relation("represents", phrase="represents", inverse_phrase="is represented by",
                 domain=("runner",), range=("country",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by", domain=("runner",), range=("race",)),
    kgx.Relation("olympic_gold_at", phrase="won Olympic gold at", inverse_phrase="saw Olympic gold go to",
                 domain=("runner",), range=("games",)),
    kgx.Relation("coached_by", phrase="was coached by", inverse_phrase="coached",
                 domain=("runner",), range=("person",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("runner",), range=("place",)),
    kgx.Relation("world_champion_in", phrase="was world champion in", inverse_phrase="had as world champion",
                 domain=("runner",), range=("discipline",)),
]

_RUNNERS = [
    ("eliud_kipchoge", "Eliud Kipchoge", 1984),
    ("kenenisa_bekele", "Kenenisa Bekele", 1982),
    ("haile_gebrselassie", "Haile Gebrselassie", 1973),
    ("paula_radcliffe", "Paula Radcliffe", 1973),
    ("mary_keitany", "Mary Keitany", 1982),
    ("brigid_kosgei", "Brigid Kosgei", 1994),
    ("tigst_assefa", "Tigst Assefa", 1996),
    ("kelvin_kiptum", "Kelvin Kiptum", 1999),
    ("sifan_hassan", "Sifan Hassan", 1993),
    ("tamirat_tola", "Tamirat Tola", 1991),
    ("abebe_bikila", "Abebe Bikila", 1932),
    ("frank_shorter", "Frank Shorter", 1947),
    ("joan_benoit_samuelson", "Joan Benoit Samuelson", 1957),
    ("grete_waitz", "Grete Waitz", 1953),
    ("emil_zatopek", "Emil Zátopek", 1922),
    ("meb_keflezighi", "Meb Keflezighi", 1975),
    ("bill_rodgers", "Bill Rodgers", 1947),
    ("catherine_ndereba", "Catherine Ndereba", 1972),
    ("peres_jepchirchir", "Peres Jepchirchir", 1993),
]

_ATTRS = [
    ("country:kenya", "country", "Kenya"),
    ("country:ethiopia", "country", "Ethiopia"),
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:netherlands", "country", "Netherlands"),
    ("country:united_states", "country", "United States"),
    ("country:norway", "country", "Norway"),
    ("country:czechoslovakia", "country", "Czechoslovakia"),
    ("race:berlin_marathon", "race", "Berlin Marathon"),
    ("race:london_marathon", "race", "London Marathon"),
    ("race:chicago_marathon", "race", "Chicago Marathon"),
    ("race:tokyo_marathon", "race", "Tokyo Marathon"),
    ("race:new_york_city_marathon", "race", "New York City Marathon"),
    ("race:boston_marathon", "race", "Boston Marathon"),
    ("race:dubai_marathon", "race", "Dubai Marathon"),
    ("race:paris_marathon", "race", "Paris Marathon"),
    ("race:valencia_marathon", "race", "Valencia Marathon"),
    ("race:fukuoka_marathon", "race", "Fukuoka Marathon"),
    ("games:1948_summer_olympics", "games", "1948 Summer Olympics"),
    ("games:1952_summer_olympics", "games", "1952 Summer Olympics"),
    ("games:1960_summer_olympics", "games", "1960 Summer Olympics"),
    ("games:1964_summer_olympics", "games", "1964 Summer Olympics"),
    ("games:1972_summer_olympics", "games", "1972 Summer Olympics"),
    ("games:1984_summer_olympics", "games", "1984 Summer Olympics"),
    ("games:1996_summer_olympics", "games", "1996 Summer Olympics"),
    ("games:2000_summer_olympics", "games", "2000 Summer Olympics"),
    ("games:2004_summer_olympics", "games", "2004 Summer Olympics"),
    ("games:2008_summer_olympics", "games", "2008 Summer Olympics"),
    ("games:2016_summer_olympics", "games", "2016 Summer Olympics"),
    ("games:2020_summer_olympics", "games", "2020 Summer Olympics"),
    ("games:2024_summer_olympics", "games", "2024 Summer Olympics"),
    ("person:patrick_sang", "person", "Patrick Sang"),
    ("person:gervais_hakizimana", "person", "Gervais Hakizimana"),
    ("person:bill_squires", "person", "Bill Squires"),
    ("person:gary_lough", "person", "Gary Lough"),
    ("person:jack_waitz", "person", "Jack Waitz"),
    ("place:kapsisiywa", "place", "Kapsisiywa"),
    ("place:bekoji", "place", "Bekoji"),
    ("place:asella", "place", "Asella"),
    ("place:adama", "place", "Adama"),
    ("place:munich", "place", "Munich"),
    ("place:cape_elizabeth", "place", "Cape Elizabeth"),
    ("place:oslo", "place", "Oslo"),
    ("place:koprivnice", "place", "Kopřivnice"),
    ("place:hartford", "place", "Hartford"),
    ("discipline:marathon", "discipline", "marathon"),
    ("discipline:half_marathon", "discipline", "half marathon"),
    ("discipline:cross_country", "discipline", "cross country"),
    ("discipline:10000_metres", "discipline", "10,000 metres"),
    ("discipline:5000_metres", "discipline", "5000 metres"),
    ("discipline:1500_metres", "discipline", "1500 metres"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    ents = [kgx.Entity(f"runner:{slug}", kind="item", type="runner", label=label, attrs={"year": year})
            for slug, label, year in _RUNNERS]
    ents += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return ents


_FACTS = {
    "eliud_kipchoge": {
        "represents": ["country:kenya"],
        "won": ["race:berlin_marathon", "race:london_marathon", "race:chicago_marathon", "race:tokyo_marathon"],
        "olympic_gold_at": ["games:2016_summer_olympics", "games:2020_summer_olympics"],
        "coached_by": ["person:patrick_sang"],
        "born_in": ["place:kapsisiywa"],
        "world_champion_in": ["discipline:5000_metres"],
    },
    "kenenisa_bekele": {
        "represents": ["country:ethiopia"],
        "won": ["race:berlin_marathon", "race:paris_marathon"],
        "olympic_gold_at": ["games:2004_summer_olympics", "games:2008_summer_olympics"],
        "born_in": ["place:bekoji"],
        "world_champion_in": ["discipline:cross_country", "discipline:10000_metres", "discipline:5000_metres"],
    },
    "haile_gebrselassie": {
        "represents": ["country:ethiopia"],
        "won": ["race:berlin_marathon", "race:dubai_marathon"],
        "olympic_gold_at": ["games:1996_summer_olympics", "games:2000_summer_olympics"],
        "born_in": ["place:asella"],
        "world_champion_in": ["discipline:10000_metres"],
    },
    "paula_radcliffe": {
        "represents": ["country:united_kingdom"],
        "won": ["race:london_marathon", "race:chicago_marathon", "race:new_york_city_marathon"],
        "coached_by": ["person:gary_lough"],
        "world_champion_in": ["discipline:marathon", "discipline:half_marathon", "discipline:cross_country"],
    },
    "mary_keitany": {
        "represents": ["country:kenya"],
        "won": ["race:london_marathon", "race:new_york_city_marathon"],
        "world_champion_in": ["discipline:half_marathon"],
    },
    "brigid_kosgei": {
        "represents": ["country:kenya"],
        "won": ["race:chicago_marathon", "race:london_marathon", "race:tokyo_marathon"],
    },
    "tigst_assefa": {
        "represents": ["country:ethiopia"],
        "won": ["race:berlin_marathon"],
    },
    "kelvin_kiptum": {
        "represents": ["country:kenya"],
        "won": ["race:valencia_marathon", "race:london_marathon", "race:chicago_marathon"],
        "coached_by": ["person:gervais_hakizimana"],
    },
    "sifan_hassan": {
        "represents": ["country:netherlands"],
        "won": ["race:london_marathon", "race:chicago_marathon"],
        "olympic_gold_at": ["games:2020_summer_olympics", "games:2024_summer_olympics"],
        "born_in": ["place:adama"],
        "world_champion_in": ["discipline:1500_metres", "discipline:10000_metres"],
    },
    "tamirat_tola": {
        "represents": ["country:ethiopia"],
        "won": ["race:new_york_city_marathon", "race:dubai_marathon"],
        "olympic_gold_at": ["games:2024_summer_olympics"],
        "world_champion_in": ["discipline:marathon"],
    },
    "abebe_bikila": {
        "represents": ["country:ethiopia"],
        "olympic_gold_at": ["games:1960_summer_olympics", "games:1964_summer_olympics"],
    },
    "frank_shorter": {
        "represents": ["country:united_states"],
        "won": ["race:fukuoka_marathon"],
        "olympic_gold_at": ["games:1972_summer_olympics"],
        "born_in": ["place:munich"],
    },
    "joan_benoit_samuelson": {
        "represents": ["country:united_states"],
        "won": ["race:boston_marathon", "race:chicago_marathon"],
        "olympic_gold_at": ["games:1984_summer_olympics"],
        "born_in": ["place:cape_elizabeth"],
    },
    "grete_waitz": {
        "represents": ["country:norway"],
        "won": ["race:new_york_city_marathon", "race:london_marathon"],
        "coached_by": ["person:jack_waitz"],
        "born_in": ["place:oslo"],
        "world_champion_in": ["discipline:marathon", "discipline:cross_country"],
    },
    "emil_zatopek": {
        "represents": ["country:czechoslovakia"],
        "olympic_gold_at": ["games:1948_summer_olympics", "games:1952_summer_olympics"],
        "born_in": ["place:koprivnice"],
    },
    "meb_keflezighi": {
        "represents": ["country:united_states"],
        "won": ["race:new_york_city_marathon", "race:boston_marathon"],
    },
    "bill_rodgers": {
        "represents": ["country:united_states"],
        "won": ["race:boston_marathon", "race:new_york_city_marathon"],
        "coached_by": ["person:bill_squires"],
        "born_in": ["place:hartford"],
    },
    "catherine_ndereba": {
        "represents": ["country:kenya"],
        "won": ["race:boston_marathon", "race:chicago_marathon"],
        "world_champion_in": ["discipline:marathon"],
    },
    "peres_jepchirchir": {
        "represents": ["country:kenya"],
        "won": ["race:new_york_city_marathon", "race:boston_marathon", "race:london_marathon"],
        "olympic_gold_at": ["games:2020_summer_olympics"],
        "world_champion_in": ["discipline:half_marathon"],
    },
}

_RATINGS = {
    "ana": {"eliud_kipchoge": 5.0, "paula_radcliffe": 4.5, "abebe_bikila": 2.0, "sifan_hassan": 4.0},
    "ben": {"kenenisa_bekele": 3.0, "haile_gebrselassie": 5.0, "kelvin_kiptum": 1.5, "frank_shorter": 4.5},
    "chen": {"mary_keitany": 4.0, "brigid_kosgei": 1.0, "grete_waitz": 5.0, "emil_zatopek": 3.5},
    "dara": {"joan_benoit_samuelson": 4.5, "bill_rodgers": 2.0, "meb_keflezighi": 5.0, "tamirat_tola": 0.5},
    "emil": {"catherine_ndereba": 2.5, "peres_jepchirchir": 4.5, "tigst_assefa": 5.0, "eliud_kipchoge": 1.5},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"runner:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"runner:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind348")
