"""blind121: a small knowledge graph of famous gemstones.

Each item is a named gemstone; its ``year`` is the year it was found or,
for stones whose finding is not on record, the year it first enters the
record (1367: Black Prince's Ruby given to Edward the Black Prince; 1668:
Hope/Tavernier Blue sold to Louis XIV; 1742: Dresden Green bought at the
Leipzig fair; 1850: Koh-i-Noor presented to Queen Victoria; 1900: Star of
India given to the AMNH; 1937, 1960, 1977: DeLong, Logan and Hooker gems
given to their museums).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("gemstone",)),
    kgx.Relation("gem_type", phrase="is a", inverse_phrase="is the gem type of",
                 domain=("gemstone",), range=("mineral",)),
    kgx.Relation("found_in", phrase="was found in", inverse_phrase="is the source of",
                 domain=("gemstone",), range=("country",)),
    kgx.Relation("mined_at", phrase="came from", inverse_phrase="produced",
                 domain=("gemstone",), range=("mine",)),
    kgx.Relation("kept_at", phrase="is kept at", inverse_phrase="houses",
                 domain=("gemstone",), range=("institution",)),
    kgx.Relation("owned_by", phrase="was owned by", inverse_phrase="owned",
                 domain=("gemstone",), range=("person", "company")),
    kgx.Relation("cut_by", phrase="was cut by", inverse_phrase="cut",
                 domain=("gemstone",), range=("person", "company")),
]

_ITEMS = [
    ("hope_diamond", "Hope Diamond", 1668),
    ("cullinan_diamond", "Cullinan Diamond", 1905),
    ("regent_diamond", "Regent Diamond", 1698),
    ("koh_i_noor", "Koh-i-Noor", 1850),
    ("black_princes_ruby", "Black Prince's Ruby", 1367),
    ("star_of_india", "Star of India", 1900),
    ("delong_star_ruby", "DeLong Star Ruby", 1937),
    ("logan_sapphire", "Logan Sapphire", 1960),
    ("hooker_emerald", "Hooker Emerald", 1977),
    ("patricia_emerald", "Patricia Emerald", 1920),
    ("tiffany_yellow_diamond", "Tiffany Yellow Diamond", 1877),
    ("taylor_burton_diamond", "Taylor-Burton Diamond", 1966),
    ("centenary_diamond", "Centenary Diamond", 1986),
    ("golden_jubilee_diamond", "Golden Jubilee Diamond", 1985),
    ("lesedi_la_rona", "Lesedi La Rona", 2015),
    ("dresden_green_diamond", "Dresden Green Diamond", 1742),
    ("jonker_diamond", "Jonker Diamond", 1934),
    ("eureka_diamond", "Eureka Diamond", 1867),
]

_ATTRIBUTES = [
    # minerals
    ("mineral:diamond", "mineral", "Diamond"),
    ("mineral:sapphire", "mineral", "Sapphire"),
    ("mineral:ruby", "mineral", "Ruby"),
    ("mineral:emerald", "mineral", "Emerald"),
    ("mineral:spinel", "mineral", "Spinel"),
    # countries
    ("country:india", "country", "India"),
    ("country:south_africa", "country", "South Africa"),
    ("country:sri_lanka", "country", "Sri Lanka"),
    ("country:myanmar", "country", "Myanmar"),
    ("country:colombia", "country", "Colombia"),
    ("country:botswana", "country", "Botswana"),
    # mines
    ("mine:kollur", "mine", "Kollur Mine"),
    ("mine:premier", "mine", "Premier Mine"),
    ("mine:kimberley", "mine", "Kimberley Mine"),
    ("mine:karowe", "mine", "Karowe Mine"),
    ("mine:chivor", "mine", "Chivor Mine"),
    ("mine:elandsfontein", "mine", "Elandsfontein"),
    # institutions
    ("institution:nmnh", "institution", "National Museum of Natural History"),
    ("institution:amnh", "institution", "American Museum of Natural History"),
    ("institution:louvre", "institution", "Louvre"),
    ("institution:green_vault", "institution", "Green Vault"),
    ("institution:tower_of_london", "institution", "Tower of London"),
    # people
    ("person:louis_xiv", "person", "Louis XIV"),
    ("person:henry_philip_hope", "person", "Henry Philip Hope"),
    ("person:evalyn_walsh_mclean", "person", "Evalyn Walsh McLean"),
    ("person:harry_winston", "person", "Harry Winston"),
    ("person:edward_vii", "person", "Edward VII"),
    ("person:joseph_asscher", "person", "Joseph Asscher"),
    ("person:thomas_pitt", "person", "Thomas Pitt"),
    ("person:queen_victoria", "person", "Queen Victoria"),
    ("person:edward_the_black_prince", "person", "Edward the Black Prince"),
    ("person:jp_morgan", "person", "J. P. Morgan"),
    ("person:edith_haggin_delong", "person", "Edith Haggin DeLong"),
    ("person:rebecca_guggenheim_logan", "person", "Rebecca Pollard Guggenheim Logan"),
    ("person:janet_annenberg_hooker", "person", "Janet Annenberg Hooker"),
    ("person:elizabeth_taylor", "person", "Elizabeth Taylor"),
    ("person:gabi_tolkowsky", "person", "Gabi Tolkowsky"),
    ("person:bhumibol_adulyadej", "person", "Bhumibol Adulyadej"),
    ("person:augustus_iii", "person", "Augustus III of Poland"),
    ("person:lazare_kaplan", "person", "Lazare Kaplan"),
    # companies
    ("company:tiffany", "company", "Tiffany & Co."),
    ("company:de_beers", "company", "De Beers"),
    ("company:graff", "company", "Graff Diamonds"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"gemstone:{slug}", kind="item", type="gemstone", label=label,
                      attrs={"year": year}) for slug, label, year in _ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "hope_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:india"),
        ("mined_at", "mine:kollur"), ("kept_at", "institution:nmnh"),
        ("owned_by", "person:louis_xiv"), ("owned_by", "person:henry_philip_hope"),
        ("owned_by", "person:evalyn_walsh_mclean"), ("owned_by", "person:harry_winston"),
    ],
    "cullinan_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:south_africa"),
        ("mined_at", "mine:premier"), ("cut_by", "person:joseph_asscher"),
        ("owned_by", "person:edward_vii"),
    ],
    "regent_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:india"),
        ("mined_at", "mine:kollur"), ("kept_at", "institution:louvre"),
        ("owned_by", "person:thomas_pitt"),
    ],
    "koh_i_noor": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:india"),
        ("kept_at", "institution:tower_of_london"), ("owned_by", "person:queen_victoria"),
    ],
    "black_princes_ruby": [
        ("gem_type", "mineral:spinel"), ("kept_at", "institution:tower_of_london"),
        ("owned_by", "person:edward_the_black_prince"),
    ],
    "star_of_india": [
        ("gem_type", "mineral:sapphire"), ("found_in", "country:sri_lanka"),
        ("kept_at", "institution:amnh"), ("owned_by", "person:jp_morgan"),
    ],
    "delong_star_ruby": [
        ("gem_type", "mineral:ruby"), ("found_in", "country:myanmar"),
        ("kept_at", "institution:amnh"), ("owned_by", "person:edith_haggin_delong"),
    ],
    "logan_sapphire": [
        ("gem_type", "mineral:sapphire"), ("found_in", "country:sri_lanka"),
        ("kept_at", "institution:nmnh"), ("owned_by", "person:rebecca_guggenheim_logan"),
    ],
    "hooker_emerald": [
        ("gem_type", "mineral:emerald"), ("found_in", "country:colombia"),
        ("kept_at", "institution:nmnh"), ("owned_by", "person:janet_annenberg_hooker"),
    ],
    "patricia_emerald": [
        ("gem_type", "mineral:emerald"), ("found_in", "country:colombia"),
        ("mined_at", "mine:chivor"), ("kept_at", "institution:amnh"),
    ],
    "tiffany_yellow_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:south_africa"),
        ("mined_at", "mine:kimberley"), ("owned_by", "company:tiffany"),
    ],
    "taylor_burton_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:south_africa"),
        ("mined_at", "mine:premier"), ("cut_by", "person:harry_winston"),
        ("owned_by", "person:elizabeth_taylor"),
    ],
    "centenary_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:south_africa"),
        ("mined_at", "mine:premier"), ("cut_by", "person:gabi_tolkowsky"),
        ("owned_by", "company:de_beers"),
    ],
    "golden_jubilee_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:south_africa"),
        ("mined_at", "mine:premier"), ("cut_by", "person:gabi_tolkowsky"),
        ("owned_by", "person:bhumibol_adulyadej"),
    ],
    "lesedi_la_rona": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:botswana"),
        ("mined_at", "mine:karowe"), ("cut_by", "company:graff"),
        ("owned_by", "company:graff"),
    ],
    "dresden_green_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:india"),
        ("kept_at", "institution:green_vault"), ("owned_by", "person:augustus_iii"),
    ],
    "jonker_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:south_africa"),
        ("mined_at", "mine:elandsfontein"), ("cut_by", "person:lazare_kaplan"),
        ("owned_by", "person:harry_winston"),
    ],
    "eureka_diamond": [
        ("gem_type", "mineral:diamond"), ("found_in", "country:south_africa"),
    ],
}

_RATINGS = {
    "ana": [("hope_diamond", 5.0), ("star_of_india", 4.5), ("koh_i_noor", 2.0),
            ("patricia_emerald", 3.5)],
    "ben": [("cullinan_diamond", 4.0), ("regent_diamond", 1.5), ("hooker_emerald", 5.0),
            ("jonker_diamond", 3.0)],
    "chen": [("black_princes_ruby", 4.5), ("taylor_burton_diamond", 1.0),
             ("logan_sapphire", 4.0), ("dresden_green_diamond", 2.5)],
    "dara": [("golden_jubilee_diamond", 5.0), ("delong_star_ruby", 2.0),
             ("tiffany_yellow_diamond", 4.5), ("eureka_diamond", 3.0)],
    "emil": [("lesedi_la_rona", 4.0), ("centenary_diamond", 0.5), ("hope_diamond", 3.5),
             ("star_of_india", 5.0)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((f"gemstone:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"gemstone:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind121")
