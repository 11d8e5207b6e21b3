"""A small pirates graph (blind316). Each pirate's ``year`` is the year of death."""
import kgexplain as kgx

PLACE_TYPES = ("country", "island", "city", "cape", "sea")

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("pirate",)),
    kgx.Relation("captained", phrase="captained", inverse_phrase="was captained by",
                 domain=("pirate",), range=("ship",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="was the birthplace of",
                 domain=("pirate",), range=PLACE_TYPES),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of",
                 domain=("pirate",), range=PLACE_TYPES),
    kgx.Relation("served_under", phrase="served under", inverse_phrase="had under his command",
                 domain=("pirate",), range=("pirate",)),
    kgx.Relation("defeated_by", phrase="was defeated by", inverse_phrase="defeated",
                 domain=("pirate",), range=("person",)),
    kgx.Relation("operated_in", phrase="operated in", inverse_phrase="was the hunting ground of",
                 domain=("pirate",), range=("sea",)),
]

_PIRATES = [
    # slug, label, year of death, aliases
    ("blackbeard", "Blackbeard", 1718, ("Edward Teach",)),
    ("stede_bonnet", "Stede Bonnet", 1718, ()),
    ("william_kidd", "William Kidd", 1701, ("Captain Kidd",)),
    ("bartholomew_roberts", "Bartholomew Roberts", 1722, ("Black Bart",)),
    ("calico_jack", "Calico Jack", 1720, ("John Rackham",)),
    ("mary_read", "Mary Read", 1721, ()),
    ("charles_vane", "Charles Vane", 1721, ()),
    ("samuel_bellamy", "Samuel Bellamy", 1717, ("Black Sam Bellamy",)),
    ("howell_davis", "Howell Davis", 1719, ()),
    ("edward_england", "Edward England", 1721, ()),
    ("francis_drake", "Francis Drake", 1596, ()),
    ("henry_morgan", "Henry Morgan", 1688, ()),
    ("ching_shih", "Ching Shih", 1844, ("Zheng Yi Sao",)),
    ("thomas_tew", "Thomas Tew", 1695, ()),
    ("hayreddin_barbarossa", "Hayreddin Barbarossa", 1546, ()),
    ("klaus_stortebeker", "Klaus Störtebeker", 1401, ()),
    ("olivier_levasseur", "Olivier Levasseur", 1730, ("La Buse",)),
    ("benjamin_hornigold", "Benjamin Hornigold", 1719, ()),
]

_ATTRIBUTES = [
    # ships
    ("ship:queen_annes_revenge", "ship", "Queen Anne's Revenge"),
    ("ship:revenge", "ship", "Revenge"),
    ("ship:adventure_galley", "ship", "Adventure Galley"),
    ("ship:royal_fortune", "ship", "Royal Fortune"),
    ("ship:william", "ship", "William"),
    ("ship:ranger", "ship", "Ranger"),
    ("ship:whydah_gally", "ship", "Whydah Gally"),
    ("ship:royal_rover", "ship", "Royal Rover"),
    ("ship:fancy", "ship", "Fancy"),
    ("ship:golden_hind", "ship", "Golden Hind"),
    ("ship:amity", "ship", "Amity"),
    # countries
    ("country:england", "country", "England"),
    ("country:scotland", "country", "Scotland"),
    ("country:wales", "country", "Wales"),
    ("country:ireland", "country", "Ireland"),
    ("country:france", "country", "France"),
    ("country:china", "country", "China"),
    # islands
    ("island:barbados", "island", "Barbados"),
    ("island:lesbos", "island", "Lesbos"),
    ("island:ocracoke", "island", "Ocracoke Island"),
    ("island:principe", "island", "Príncipe"),
    ("island:madagascar", "island", "Madagascar"),
    ("island:jamaica", "island", "Jamaica"),
    # cities
    ("city:charleston", "city", "Charleston"),
    ("city:london", "city", "London"),
    ("city:port_royal", "city", "Port Royal"),
    ("city:spanish_town", "city", "Spanish Town"),
    ("city:portobelo", "city", "Portobelo"),
    ("city:guangzhou", "city", "Guangzhou"),
    ("city:constantinople", "city", "Constantinople"),
    ("city:hamburg", "city", "Hamburg"),
    ("city:saint_denis", "city", "Saint-Denis"),
    # capes
    ("cape:cape_lopez", "cape", "Cape Lopez"),
    ("cape:cape_cod", "cape", "Cape Cod"),
    # seas
    ("sea:caribbean", "sea", "Caribbean Sea"),
    ("sea:indian_ocean", "sea", "Indian Ocean"),
    ("sea:mediterranean", "sea", "Mediterranean Sea"),
    ("sea:south_china_sea", "sea", "South China Sea"),
    ("sea:baltic", "sea", "Baltic Sea"),
    ("sea:gulf_of_guinea", "sea", "Gulf of Guinea"),
    ("sea:red_sea", "sea", "Red Sea"),
    # people
    ("person:robert_maynard", "person", "Robert Maynard"),
    ("person:william_rhett", "person", "William Rhett"),
    ("person:chaloner_ogle", "person", "Chaloner Ogle"),
    ("person:jonathan_barnet", "person", "Jonathan Barnet"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"pirate:{slug}", kind="item", type="pirate", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _PIRATES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = [
    # captained
    ("pirate:blackbeard", "captained", "ship:queen_annes_revenge"),
    ("pirate:stede_bonnet", "captained", "ship:revenge"),
    ("pirate:william_kidd", "captained", "ship:adventure_galley"),
    ("pirate:bartholomew_roberts", "captained", "ship:royal_fortune"),
    ("pirate:calico_jack", "captained", "ship:william"),
    ("pirate:charles_vane", "captained", "ship:ranger"),
    ("pirate:samuel_bellamy", "captained", "ship:whydah_gally"),
    ("pirate:howell_davis", "captained", "ship:royal_rover"),
    ("pirate:edward_england", "captained", "ship:fancy"),
    ("pirate:francis_drake", "captained", "ship:golden_hind"),
    ("pirate:thomas_tew", "captained", "ship:amity"),
    # born_in
    ("pirate:blackbeard", "born_in", "country:england"),
    ("pirate:stede_bonnet", "born_in", "island:barbados"),
    ("pirate:william_kidd", "born_in", "country:scotland"),
    ("pirate:bartholomew_roberts", "born_in", "country:wales"),
    ("pirate:mary_read", "born_in", "country:england"),
    ("pirate:samuel_bellamy", "born_in", "country:england"),
    ("pirate:howell_davis", "born_in", "country:wales"),
    ("pirate:edward_england", "born_in", "country:ireland"),
    ("pirate:francis_drake", "born_in", "country:england"),
    ("pirate:henry_morgan", "born_in", "country:wales"),
    ("pirate:ching_shih", "born_in", "country:china"),
    ("pirate:hayreddin_barbarossa", "born_in", "island:lesbos"),
    ("pirate:olivier_levasseur", "born_in", "country:france"),
    # died_in
    ("pirate:blackbeard", "died_in", "island:ocracoke"),
    ("pirate:stede_bonnet", "died_in", "city:charleston"),
    ("pirate:william_kidd", "died_in", "city:london"),
    ("pirate:bartholomew_roberts", "died_in", "cape:cape_lopez"),
    ("pirate:calico_jack", "died_in", "city:port_royal"),
    ("pirate:mary_read", "died_in", "city:spanish_town"),
    ("pirate:charles_vane", "died_in", "city:port_royal"),
    ("pirate:samuel_bellamy", "died_in", "cape:cape_cod"),
    ("pirate:howell_davis", "died_in", "island:principe"),
    ("pirate:edward_england", "died_in", "island:madagascar"),
    ("pirate:francis_drake", "died_in", "city:portobelo"),
    ("pirate:henry_morgan", "died_in", "island:jamaica"),
    ("pirate:ching_shih", "died_in", "city:guangzhou"),
    ("pirate:thomas_tew", "died_in", "sea:red_sea"),
    ("pirate:hayreddin_barbarossa", "died_in", "city:constantinople"),
    ("pirate:klaus_stortebeker", "died_in", "city:hamburg"),
    ("pirate:olivier_levasseur", "died_in", "city:saint_denis"),
    # served_under
    ("pirate:blackbeard", "served_under", "pirate:benjamin_hornigold"),
    ("pirate:samuel_bellamy", "served_under", "pirate:benjamin_hornigold"),
    ("pirate:bartholomew_roberts", "served_under", "pirate:howell_davis"),
    ("pirate:calico_jack", "served_under", "pirate:charles_vane"),
    ("pirate:mary_read", "served_under", "pirate:calico_jack"),
    # defeated_by
    ("pirate:blackbeard", "defeated_by", "person:robert_maynard"),
    ("pirate:stede_bonnet", "defeated_by", "person:william_rhett"),
    ("pirate:bartholomew_roberts", "defeated_by", "person:chaloner_ogle"),
    ("pirate:calico_jack", "defeated_by", "person:jonathan_barnet"),
    # operated_in
    ("pirate:blackbeard", "operated_in", "sea:caribbean"),
    ("pirate:stede_bonnet", "operated_in", "sea:caribbean"),
    ("pirate:william_kidd", "operated_in", "sea:indian_ocean"),
    ("pirate:bartholomew_roberts", "operated_in", "sea:caribbean"),
    ("pirate:bartholomew_roberts", "operated_in", "sea:gulf_of_guinea"),
    ("pirate:calico_jack", "operated_in", "sea:caribbean"),
    ("pirate:mary_read", "operated_in", "sea:caribbean"),
    ("pirate:charles_vane", "operated_in", "sea:caribbean"),
    ("pirate:samuel_bellamy", "operated_in", "sea:caribbean"),
    ("pirate:howell_davis", "operated_in", "sea:gulf_of_guinea"),
    ("pirate:edward_england", "operated_in", "sea:indian_ocean"),
    ("pirate:francis_drake", "operated_in", "sea:caribbean"),
    ("pirate:henry_morgan", "operated_in", "sea:caribbean"),
    ("pirate:ching_shih", "operated_in", "sea:south_china_sea"),
    ("pirate:thomas_tew", "operated_in", "sea:indian_ocean"),
    ("pirate:hayreddin_barbarossa", "operated_in", "sea:mediterranean"),
    ("pirate:klaus_stortebeker", "operated_in", "sea:baltic"),
    ("pirate:olivier_levasseur", "operated_in", "sea:indian_ocean"),
    ("pirate:benjamin_hornigold", "operated_in", "sea:caribbean"),
]

_RATINGS = {
    "ana": [("blackbeard", 5.0), ("calico_jack", 4.0), ("francis_drake", 2.0), ("ching_shih", 4.5)],
    "ben": [("william_kidd", 4.5), ("thomas_tew", 1.5), ("henry_morgan", 3.0), ("samuel_bellamy", 5.0)],
    "chen": [("ching_shih", 5.0), ("hayreddin_barbarossa", 4.0), ("klaus_stortebeker", 1.0), ("mary_read", 3.5)],
    "dara": [("mary_read", 4.5), ("bartholomew_roberts", 5.0), ("stede_bonnet", 2.0), ("olivier_levasseur", 4.0)],
    "emil": [("charles_vane", 0.5), ("howell_davis", 4.0), ("edward_england", 2.5), ("benjamin_hornigold", 3.0)],
}


def rows():
    out = list(_FACTS)
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"pirate:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind316")
