"""A small breakfast cereals graph (blind240).

Items are breakfast cereals; ``year`` is the year the cereal first went on sale
under its name (Shredded Wheat: the year Henry Perky patented and launched it).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("cereal",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes",
                 domain=("cereal",), range=("company",)),
    kgx.Relation("made_from", phrase="is made from", inverse_phrase="goes into",
                 domain=("cereal",), range=("grain",)),
    kgx.Relation("has_mascot", phrase="has the mascot", inverse_phrase="is the mascot of",
                 domain=("cereal",), range=("character",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("cereal",), range=("person",)),
    kgx.Relation("first_made_in", phrase="was first made in", inverse_phrase="is the birthplace of",
                 domain=("cereal",), range=("city",)),
]

_CEREALS = [
    ("corn_flakes", "Corn Flakes", 1906),
    ("cheerios", "Cheerios", 1941),
    ("rice_krispies", "Rice Krispies", 1928),
    ("frosted_flakes", "Frosted Flakes", 1952),
    ("froot_loops", "Froot Loops", 1963),
    ("lucky_charms", "Lucky Charms", 1964),
    ("trix", "Trix", 1954),
    ("capn_crunch", "Cap'n Crunch", 1963),
    ("wheaties", "Wheaties", 1924),
    ("shredded_wheat", "Shredded Wheat", 1893),
    ("grape_nuts", "Grape-Nuts", 1897),
    ("raisin_bran", "Raisin Bran", 1942),
    ("honey_nut_cheerios", "Honey Nut Cheerios", 1979),
    ("cinnamon_toast_crunch", "Cinnamon Toast Crunch", 1984),
    ("weetabix", "Weetabix", 1932),
    ("special_k", "Special K", 1955),
    ("fruity_pebbles", "Fruity Pebbles", 1971),
    ("kix", "Kix", 1937),
]

_ATTRIBUTES = [
    ("company:kelloggs", "company", "Kellogg's"),
    ("company:general_mills", "company", "General Mills"),
    ("company:post", "company", "Post Consumer Brands"),
    ("company:quaker_oats", "company", "Quaker Oats Company"),
    ("company:weetabix_limited", "company", "Weetabix Limited"),
    ("grain:corn", "grain", "corn"),
    ("grain:oats", "grain", "oats"),
    ("grain:rice", "grain", "rice"),
    ("grain:wheat", "grain", "wheat"),
    ("grain:barley", "grain", "barley"),
    ("character:tony_the_tiger", "character", "Tony the Tiger"),
    ("character:toucan_sam", "character", "Toucan Sam"),
    ("character:snap_crackle_pop", "character", "Snap, Crackle and Pop"),
    ("character:lucky_the_leprechaun", "character", "Lucky the Leprechaun"),
    ("character:trix_rabbit", "character", "Trix Rabbit"),
    ("character:buzz_the_bee", "character", "Buzz the Bee"),
    ("character:fred_flintstone", "character", "Fred Flintstone"),
    ("character:sunny", "character", "Sunny"),
    ("person:john_harvey_kellogg", "person", "John Harvey Kellogg"),
    ("person:wk_kellogg", "person", "W. K. Kellogg"),
    ("person:cw_post", "person", "C. W. Post"),
    ("person:henry_perky", "person", "Henry Perky"),
    ("person:lester_borchardt", "person", "Lester Borchardt"),
    ("person:john_holahan", "person", "John Holahan"),
    ("city:battle_creek", "city", "Battle Creek"),
    ("city:minneapolis", "city", "Minneapolis"),
    ("city:denver", "city", "Denver"),
    ("city:burton_latimer", "city", "Burton Latimer"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"cereal:{slug}", kind="item", type="cereal", label=label, attrs={"year": year})
           for slug, label, year in _CEREALS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_MADE_BY = {
    "kelloggs": ["corn_flakes", "rice_krispies", "frosted_flakes", "froot_loops", "raisin_bran", "special_k"],
    "general_mills": ["cheerios", "lucky_charms", "trix", "wheaties", "honey_nut_cheerios",
                      "cinnamon_toast_crunch", "kix"],
    "post": ["shredded_wheat", "grape_nuts", "fruity_pebbles"],
    "quaker_oats": ["capn_crunch"],
    "weetabix_limited": ["weetabix"],
}

_MADE_FROM = {
    "corn": ["corn_flakes", "frosted_flakes", "froot_loops", "trix", "capn_crunch", "kix"],
    "oats": ["cheerios", "lucky_charms", "honey_nut_cheerios"],
    "rice": ["rice_krispies", "special_k", "fruity_pebbles"],
    "wheat": ["wheaties", "shredded_wheat", "grape_nuts", "raisin_bran", "cinnamon_toast_crunch", "weetabix"],
    "barley": ["grape_nuts"],
}

_MASCOT = {
    "frosted_flakes": "tony_the_tiger",
    "froot_loops": "toucan_sam",
    "rice_krispies": "snap_crackle_pop",
    "lucky_charms": "lucky_the_leprechaun",
    "trix": "trix_rabbit",
    "honey_nut_cheerios": "buzz_the_bee",
    "fruity_pebbles": "fred_flintstone",
    "raisin_bran": "sunny",
}

_CREATED_BY = [
    ("corn_flakes", "john_harvey_kellogg"),
    ("corn_flakes", "wk_kellogg"),
    ("grape_nuts", "cw_post"),
    ("shredded_wheat", "henry_perky"),
    ("cheerios", "lester_borchardt"),
    ("lucky_charms", "john_holahan"),
]

_FIRST_MADE_IN = [
    ("corn_flakes", "battle_creek"),
    ("rice_krispies", "battle_creek"),
    ("grape_nuts", "battle_creek"),
    ("cheerios", "minneapolis"),
    ("wheaties", "minneapolis"),
    ("shredded_wheat", "denver"),
    ("weetabix", "burton_latimer"),
]

_RATINGS = {
    "ana": [("cheerios", 4.5), ("frosted_flakes", 2.0), ("weetabix", 5.0), ("lucky_charms", 1.5)],
    "ben": [("corn_flakes", 4.0), ("trix", 1.0), ("grape_nuts", 3.0), ("capn_crunch", 5.0)],
    "chen": [("rice_krispies", 4.5), ("shredded_wheat", 2.0), ("froot_loops", 3.5), ("wheaties", 4.0)],
    "dara": [("honey_nut_cheerios", 5.0), ("raisin_bran", 1.5), ("special_k", 2.5), ("fruity_pebbles", 4.0)],
    "emil": [("cinnamon_toast_crunch", 4.5), ("kix", 2.0), ("corn_flakes", 1.0), ("weetabix", 3.0)],
}


def rows():
    out = []
    for company, cereals in _MADE_BY.items():
        out += [(f"cereal:{c}", "made_by", f"company:{company}") for c in cereals]
    for grain, cereals in _MADE_FROM.items():
        out += [(f"cereal:{c}", "made_from", f"grain:{grain}") for c in cereals]
    out += [(f"cereal:{c}", "has_mascot", f"character:{m}") for c, m in _MASCOT.items()]
    out += [(f"cereal:{c}", "created_by", f"person:{p}") for c, p in _CREATED_BY]
    out += [(f"cereal:{c}", "first_made_in", f"city:{p}") for c, p in _FIRST_MADE_IN]
    for user, ratings in _RATINGS.items():
        out += [(f"user:{user}", "rated", f"cereal:{c}", {"rating": r}) for c, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind240")
