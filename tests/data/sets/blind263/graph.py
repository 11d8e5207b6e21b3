"""A small graph of famous diamonds (blind writer blind263).

Each diamond's ``year`` is the year the stone (or its rough) was found or,
for old Indian stones, the year of its first firm record.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("diamond",)),
    kgx.Relation("found_in", phrase="was found in", inverse_phrase="yielded",
                 domain=("diamond",), range=("country",)),
    kgx.Relation("mined_at", phrase="came from", inverse_phrase="produced",
                 domain=("diamond",), range=("mine",)),
    kgx.Relation("owned_by", phrase="was owned by", inverse_phrase="owned",
                 domain=("diamond",), range=("person", "company")),
    kgx.Relation("cut_by", phrase="was cut by", inverse_phrase="cut",
                 domain=("diamond",), range=("person", "company")),
    kgx.Relation("displayed_at", phrase="is on display at", inverse_phrase="displays",
                 domain=("diamond",), range=("museum",)),
    kgx.Relation("set_in", phrase="is set in", inverse_phrase="holds",
                 domain=("diamond",), range=("jewel",)),
    kgx.Relation("has_colour", phrase="has the colour", inverse_phrase="is the colour of",
                 domain=("diamond",), range=("colour",)),
]

DIAMONDS = [
    ("cullinan_i", "Cullinan I", 1905),
    ("cullinan_ii", "Cullinan II", 1905),
    ("hope", "Hope Diamond", 1666),
    ("regent", "Regent Diamond", 1698),
    ("dresden_green", "Dresden Green", 1722),
    ("tiffany_yellow", "Tiffany Yellow Diamond", 1877),
    ("excelsior", "Excelsior Diamond", 1893),
    ("jubilee", "Jubilee Diamond", 1895),
    ("centenary", "Centenary Diamond", 1986),
    ("golden_jubilee", "Golden Jubilee Diamond", 1985),
    ("millennium_star", "Millennium Star", 1990),
    ("taylor_burton", "Taylor-Burton Diamond", 1966),
    ("wittelsbach_graff", "Wittelsbach-Graff Diamond", 1664),
    ("star_of_the_south", "Star of the South", 1853),
    ("eureka", "Eureka Diamond", 1867),
    ("lesedi_la_rona", "Lesedi La Rona", 2015),
    ("pink_star", "Pink Star", 1999),
    ("star_of_sierra_leone", "Star of Sierra Leone", 1972),
]

ATTRIBUTES = [
    # countries
    ("country:south_africa", "country", "South Africa"),
    ("country:india", "country", "India"),
    ("country:brazil", "country", "Brazil"),
    ("country:botswana", "country", "Botswana"),
    ("country:sierra_leone", "country", "Sierra Leone"),
    ("country:dr_congo", "country", "Democratic Republic of the Congo"),
    # mines
    ("mine:premier", "mine", "Premier Mine"),
    ("mine:kollur", "mine", "Kollur Mine"),
    ("mine:kimberley", "mine", "Kimberley Mine"),
    ("mine:jagersfontein", "mine", "Jagersfontein Mine"),
    ("mine:karowe", "mine", "Karowe Mine"),
    # people
    ("person:edward_vii", "person", "Edward VII"),
    ("person:louis_xiv", "person", "Louis XIV"),
    ("person:evalyn_walsh_mclean", "person", "Evalyn Walsh McLean"),
    ("person:harry_winston", "person", "Harry Winston"),
    ("person:thomas_pitt", "person", "Thomas Pitt"),
    ("person:augustus_iii", "person", "Augustus III"),
    ("person:dorabji_tata", "person", "Dorabji Tata"),
    ("person:paul_louis_weiller", "person", "Paul-Louis Weiller"),
    ("person:robert_mouawad", "person", "Robert Mouawad"),
    ("person:gabi_tolkowsky", "person", "Gabi Tolkowsky"),
    ("person:bhumibol_adulyadej", "person", "Bhumibol Adulyadej"),
    ("person:elizabeth_taylor", "person", "Elizabeth Taylor"),
    ("person:laurence_graff", "person", "Laurence Graff"),
    # companies
    ("company:asscher", "company", "Asscher & Co."),
    ("company:de_beers", "company", "De Beers"),
    ("company:tiffany", "company", "Tiffany & Co."),
    ("company:chow_tai_fook", "company", "Chow Tai Fook"),
    ("company:steinmetz", "company", "Steinmetz Diamonds"),
    ("company:graff", "company", "Graff Diamonds"),
    ("company:cartier", "company", "Cartier"),
    # museums
    ("museum:tower_of_london", "museum", "Tower of London"),
    ("museum:nmnh", "museum", "National Museum of Natural History"),
    ("museum:louvre", "museum", "Louvre"),
    ("museum:green_vault", "museum", "Green Vault"),
    ("museum:kimberley_mine_museum", "museum", "Kimberley Mine Museum"),
    # jewels
    ("jewel:sovereigns_sceptre", "jewel", "Sovereign's Sceptre with Cross"),
    ("jewel:imperial_state_crown", "jewel", "Imperial State Crown"),
    ("jewel:crown_of_louis_xv", "jewel", "Crown of Louis XV"),
    # colours
    ("colour:colourless", "colour", "colourless"),
    ("colour:blue", "colour", "blue"),
    ("colour:green", "colour", "green"),
    ("colour:yellow", "colour", "yellow"),
    ("colour:pink", "colour", "pink"),
    ("colour:yellow_brown", "colour", "yellow-brown"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = [
    # Cullinan I
    ("diamond:cullinan_i", "found_in", "country:south_africa"),
    ("diamond:cullinan_i", "mined_at", "mine:premier"),
    ("diamond:cullinan_i", "cut_by", "company:asscher"),
    ("diamond:cullinan_i", "owned_by", "person:edward_vii"),
    ("diamond:cullinan_i", "set_in", "jewel:sovereigns_sceptre"),
    ("diamond:cullinan_i", "displayed_at", "museum:tower_of_london"),
    ("diamond:cullinan_i", "has_colour", "colour:colourless"),
    # Cullinan II
    ("diamond:cullinan_ii", "found_in", "country:south_africa"),
    ("diamond:cullinan_ii", "mined_at", "mine:premier"),
    ("diamond:cullinan_ii", "cut_by", "company:asscher"),
    ("diamond:cullinan_ii", "owned_by", "person:edward_vii"),
    ("diamond:cullinan_ii", "set_in", "jewel:imperial_state_crown"),
    ("diamond:cullinan_ii", "displayed_at", "museum:tower_of_london"),
    ("diamond:cullinan_ii", "has_colour", "colour:colourless"),
    # Hope
    ("diamond:hope", "found_in", "country:india"),
    ("diamond:hope", "owned_by", "person:louis_xiv"),
    ("diamond:hope", "owned_by", "person:evalyn_walsh_mclean"),
    ("diamond:hope", "owned_by", "person:harry_winston"),
    ("diamond:hope", "displayed_at", "museum:nmnh"),
    ("diamond:hope", "has_colour", "colour:blue"),
    # Regent
    ("diamond:regent", "found_in", "country:india"),
    ("diamond:regent", "mined_at", "mine:kollur"),
    ("diamond:regent", "owned_by", "person:thomas_pitt"),
    ("diamond:regent", "set_in", "jewel:crown_of_louis_xv"),
    ("diamond:regent", "displayed_at", "museum:louvre"),
    ("diamond:regent", "has_colour", "colour:colourless"),
    # Dresden Green
    ("diamond:dresden_green", "found_in", "country:india"),
    ("diamond:dresden_green", "owned_by", "person:augustus_iii"),
    ("diamond:dresden_green", "displayed_at", "museum:green_vault"),
    ("diamond:dresden_green", "has_colour", "colour:green"),
    # Tiffany Yellow
    ("diamond:tiffany_yellow", "found_in", "country:south_africa"),
    ("diamond:tiffany_yellow", "mined_at", "mine:kimberley"),
    ("diamond:tiffany_yellow", "owned_by", "company:tiffany"),
    ("diamond:tiffany_yellow", "has_colour", "colour:yellow"),
    # Excelsior
    ("diamond:excelsior", "found_in", "country:south_africa"),
    ("diamond:excelsior", "mined_at", "mine:jagersfontein"),
    ("diamond:excelsior", "cut_by", "company:asscher"),
    # Jubilee
    ("diamond:jubilee", "found_in", "country:south_africa"),
    ("diamond:jubilee", "mined_at", "mine:jagersfontein"),
    ("diamond:jubilee", "owned_by", "person:dorabji_tata"),
    ("diamond:jubilee", "owned_by", "person:paul_louis_weiller"),
    ("diamond:jubilee", "owned_by", "person:robert_mouawad"),
    ("diamond:jubilee", "has_colour", "colour:colourless"),
    # Centenary
    ("diamond:centenary", "found_in", "country:south_africa"),
    ("diamond:centenary", "mined_at", "mine:premier"),
    ("diamond:centenary", "cut_by", "person:gabi_tolkowsky"),
    ("diamond:centenary", "owned_by", "company:de_beers"),
    ("diamond:centenary", "has_colour", "colour:colourless"),
    # Golden Jubilee
    ("diamond:golden_jubilee", "found_in", "country:south_africa"),
    ("diamond:golden_jubilee", "mined_at", "mine:premier"),
    ("diamond:golden_jubilee", "cut_by", "person:gabi_tolkowsky"),
    ("diamond:golden_jubilee", "owned_by", "person:bhumibol_adulyadej"),
    ("diamond:golden_jubilee", "has_colour", "colour:yellow_brown"),
    # Millennium Star
    ("diamond:millennium_star", "found_in", "country:dr_congo"),
    ("diamond:millennium_star", "owned_by", "company:de_beers"),
    ("diamond:millennium_star", "has_colour", "colour:colourless"),
    # Taylor-Burton
    ("diamond:taylor_burton", "found_in", "country:south_africa"),
    ("diamond:taylor_burton", "mined_at", "mine:premier"),
    ("diamond:taylor_burton", "cut_by", "person:harry_winston"),
    ("diamond:taylor_burton", "owned_by", "person:elizabeth_taylor"),
    ("diamond:taylor_burton", "owned_by", "person:robert_mouawad"),
    # Wittelsbach-Graff
    ("diamond:wittelsbach_graff", "found_in", "country:india"),
    ("diamond:wittelsbach_graff", "owned_by", "person:laurence_graff"),
    ("diamond:wittelsbach_graff", "cut_by", "company:graff"),
    ("diamond:wittelsbach_graff", "has_colour", "colour:blue"),
    # Star of the South
    ("diamond:star_of_the_south", "found_in", "country:brazil"),
    ("diamond:star_of_the_south", "owned_by", "company:cartier"),
    # Eureka
    ("diamond:eureka", "found_in", "country:south_africa"),
    ("diamond:eureka", "owned_by", "company:de_beers"),
    ("diamond:eureka", "displayed_at", "museum:kimberley_mine_museum"),
    ("diamond:eureka", "has_colour", "colour:yellow"),
    # Lesedi La Rona
    ("diamond:lesedi_la_rona", "found_in", "country:botswana"),
    ("diamond:lesedi_la_rona", "mined_at", "mine:karowe"),
    ("diamond:lesedi_la_rona", "owned_by", "company:graff"),
    ("diamond:lesedi_la_rona", "cut_by", "company:graff"),
    ("diamond:lesedi_la_rona", "has_colour", "colour:colourless"),
    # Pink Star
    ("diamond:pink_star", "found_in", "country:south_africa"),
    ("diamond:pink_star", "owned_by", "company:de_beers"),
    ("diamond:pink_star", "owned_by", "company:chow_tai_fook"),
    ("diamond:pink_star", "cut_by", "company:steinmetz"),
    ("diamond:pink_star", "has_colour", "colour:pink"),
    # Star of Sierra Leone
    ("diamond:star_of_sierra_leone", "found_in", "country:sierra_leone"),
    ("diamond:star_of_sierra_leone", "owned_by", "person:harry_winston"),
    ("diamond:star_of_sierra_leone", "has_colour", "colour:colourless"),
]

RATINGS = [
    ("ana", "hope", 5.0), ("ana", "cullinan_i", 4.5), ("ana", "pink_star", 1.5), ("ana", "eureka", 3.0),
    ("ben", "regent", 4.0), ("ben", "taylor_burton", 2.0), ("ben", "dresden_green", 5.0), ("ben", "millennium_star", 3.5),
    ("chen", "golden_jubilee", 4.5), ("chen", "tiffany_yellow", 1.0), ("chen", "lesedi_la_rona", 4.0), ("chen", "excelsior", 2.5),
    ("dara", "jubilee", 5.0), ("dara", "wittelsbach_graff", 0.5), ("dara", "centenary", 4.0), ("dara", "star_of_the_south", 3.0),
    ("emil", "cullinan_ii", 2.0), ("emil", "star_of_sierra_leone", 4.5), ("emil", "hope", 3.5), ("emil", "eureka", 5.0),
]


def entities():
    ents = [kgx.Entity(f"diamond:{slug}", kind="item", type="diamond", label=label, attrs={"year": year})
            for slug, label, year in DIAMONDS]
    ents += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


def rows():
    out = list(FACTS)
    out += [(f"user:{u}", "rated", f"diamond:{d}", {"rating": r}) for u, d, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind263")
