"""A small craft-beer graph: beers, breweries, brewers, styles, hops and towns."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("beer",)),
    kgx.Relation(
        "brewed_by", phrase="is brewed by", inverse_phrase="brews", domain=("beer",), range=("brewery",)
    ),
    kgx.Relation(
        "has_style", phrase="is a", inverse_phrase="is the style of", domain=("beer",), range=("style",)
    ),
    kgx.Relation(
        "hopped_with",
        phrase="is hopped with",
        inverse_phrase="is a hop used in",
        domain=("beer",),
        range=("hop",),
    ),
    kgx.Relation(
        "created_by", phrase="was created by", inverse_phrase="created", domain=("beer",), range=("person",)
    ),
    kgx.Relation(
        "brewed_in",
        phrase="is brewed in",
        inverse_phrase="is the town where they brew",
        domain=("beer",),
        range=("town",),
    ),
    kgx.Relation(
        "founded_by",
        phrase="was founded by",
        inverse_phrase="founded",
        domain=("brewery",),
        range=("person",),
    ),
    kgx.Relation(
        "owned_by",
        phrase="is owned by",
        inverse_phrase="owns",
        domain=("brewery",),
        range=("company", "brewery"),
    ),
]

BEERS = [
    ("beer:snpa", "Sierra Nevada Pale Ale", 1980),
    ("beer:celebration", "Sierra Nevada Celebration", 1981),
    ("beer:anchor_steam", "Anchor Steam Beer", 1971),
    ("beer:liberty_ale", "Anchor Liberty Ale", 1975),
    ("beer:boston_lager", "Samuel Adams Boston Lager", 1984),
    ("beer:brooklyn_lager", "Brooklyn Lager", 1988),
    ("beer:black_chocolate_stout", "Brooklyn Black Chocolate Stout", 1994),
    ("beer:pliny", "Pliny the Elder", 2000),
    ("beer:heady_topper", "Heady Topper", 2003),
    ("beer:two_hearted", "Two Hearted Ale", 1997),
    ("beer:fat_tire", "Fat Tire", 1991),
    ("beer:lagunitas_ipa", "Lagunitas IPA", 1995),
    ("beer:60_minute", "60 Minute IPA", 2003),
    ("beer:90_minute", "90 Minute IPA", 2001),
    ("beer:arrogant_bastard", "Arrogant Bastard Ale", 1997),
    ("beer:bcbs", "Bourbon County Brand Stout", 1992),
]

ATTRS = {
    "brewery": [
        ("brewery:sierra_nevada", "Sierra Nevada Brewing Co."),
        ("brewery:anchor", "Anchor Brewing"),
        ("brewery:boston_beer", "Boston Beer Company"),
        ("brewery:brooklyn", "Brooklyn Brewery"),
        ("brewery:russian_river", "Russian River Brewing"),
        ("brewery:alchemist", "The Alchemist"),
        ("brewery:bells", "Bell's Brewery"),
        ("brewery:new_belgium", "New Belgium Brewing"),
        ("brewery:lagunitas", "Lagunitas Brewing"),
        ("brewery:dogfish_head", "Dogfish Head"),
        ("brewery:stone", "Stone Brewing"),
        ("brewery:goose_island", "Goose Island"),
    ],
    "company": [
        ("company:heineken", "Heineken"),
        ("company:ab_inbev", "AB InBev"),
        ("company:sapporo", "Sapporo"),
        ("company:kirin", "Kirin"),
    ],
    "person": [
        ("person:ken_grossman", "Ken Grossman"),
        ("person:fritz_maytag", "Fritz Maytag"),
        ("person:jim_koch", "Jim Koch"),
        ("person:garrett_oliver", "Garrett Oliver"),
        ("person:steve_hindy", "Steve Hindy"),
        ("person:vinnie_cilurzo", "Vinnie Cilurzo"),
        ("person:john_kimmich", "John Kimmich"),
        ("person:larry_bell", "Larry Bell"),
        ("person:jeff_lebesch", "Jeff Lebesch"),
        ("person:kim_jordan", "Kim Jordan"),
        ("person:tony_magee", "Tony Magee"),
        ("person:sam_calagione", "Sam Calagione"),
        ("person:greg_koch", "Greg Koch"),
        ("person:steve_wagner", "Steve Wagner"),
        ("person:greg_hall", "Greg Hall"),
    ],
    "style": [
        ("style:american_pale_ale", "American Pale Ale"),
        ("style:american_ipa", "American IPA"),
        ("style:double_ipa", "Double IPA"),
        ("style:california_common", "California Common"),
        ("style:vienna_lager", "Vienna Lager"),
        ("style:imperial_stout", "Imperial Stout"),
        ("style:amber_ale", "Amber Ale"),
        ("style:american_strong_ale", "American Strong Ale"),
    ],
    "hop": [
        ("hop:cascade", "Cascade"),
        ("hop:centennial", "Centennial"),
        ("hop:chinook", "Chinook"),
        ("hop:simcoe", "Simcoe"),
        ("hop:amarillo", "Amarillo"),
        ("hop:northern_brewer", "Northern Brewer"),
        ("hop:hallertau", "Hallertau Mittelfrüh"),
        ("hop:warrior", "Warrior"),
        ("hop:willamette", "Willamette"),
    ],
    "town": [
        ("town:chico", "Chico"),
        ("town:san_francisco", "San Francisco"),
        ("town:boston", "Boston"),
        ("town:brooklyn", "Brooklyn"),
        ("town:santa_rosa", "Santa Rosa"),
        ("town:waterbury", "Waterbury"),
        ("town:kalamazoo", "Kalamazoo"),
        ("town:fort_collins", "Fort Collins"),
        ("town:petaluma", "Petaluma"),
        ("town:milton", "Milton"),
        ("town:escondido", "Escondido"),
        ("town:chicago", "Chicago"),
    ],
}

USERS = [
    ("user:ana", "Ana"),
    ("user:ben", "Ben"),
    ("user:chloe", "Chloe"),
    ("user:dev", "Dev"),
    ("user:eli", "Eli"),
]


def entities():
    out = [kgx.Entity(i, kind="item", type="beer", label=lab, attrs={"year": y}) for i, lab, y in BEERS]
    for typ, pairs in ATTRS.items():
        out += [kgx.Entity(i, kind="attribute", type=typ, label=lab) for i, lab in pairs]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS]
    return out


# beer: brewery, style, town, creator (or None), hops
BEER_FACTS = {
    "beer:snpa": (
        "brewery:sierra_nevada",
        "style:american_pale_ale",
        "town:chico",
        "person:ken_grossman",
        ["hop:cascade"],
    ),
    "beer:celebration": (
        "brewery:sierra_nevada",
        "style:american_ipa",
        "town:chico",
        "person:ken_grossman",
        ["hop:cascade", "hop:centennial", "hop:chinook"],
    ),
    "beer:anchor_steam": (
        "brewery:anchor",
        "style:california_common",
        "town:san_francisco",
        None,
        ["hop:northern_brewer"],
    ),
    "beer:liberty_ale": (
        "brewery:anchor",
        "style:american_ipa",
        "town:san_francisco",
        "person:fritz_maytag",
        ["hop:cascade"],
    ),
    "beer:boston_lager": (
        "brewery:boston_beer",
        "style:vienna_lager",
        "town:boston",
        "person:jim_koch",
        ["hop:hallertau"],
    ),
    "beer:brooklyn_lager": (
        "brewery:brooklyn",
        "style:vienna_lager",
        "town:brooklyn",
        None,
        ["hop:cascade", "hop:hallertau"],
    ),
    "beer:black_chocolate_stout": (
        "brewery:brooklyn",
        "style:imperial_stout",
        "town:brooklyn",
        "person:garrett_oliver",
        [],
    ),
    "beer:pliny": (
        "brewery:russian_river",
        "style:double_ipa",
        "town:santa_rosa",
        "person:vinnie_cilurzo",
        ["hop:simcoe", "hop:amarillo", "hop:centennial"],
    ),
    "beer:heady_topper": (
        "brewery:alchemist",
        "style:double_ipa",
        "town:waterbury",
        "person:john_kimmich",
        [],
    ),
    "beer:two_hearted": (
        "brewery:bells",
        "style:american_ipa",
        "town:kalamazoo",
        "person:larry_bell",
        ["hop:centennial"],
    ),
    "beer:fat_tire": (
        "brewery:new_belgium",
        "style:amber_ale",
        "town:fort_collins",
        "person:jeff_lebesch",
        ["hop:willamette"],
    ),
    "beer:lagunitas_ipa": (
        "brewery:lagunitas",
        "style:american_ipa",
        "town:petaluma",
        "person:tony_magee",
        ["hop:cascade", "hop:centennial"],
    ),
    "beer:60_minute": (
        "brewery:dogfish_head",
        "style:american_ipa",
        "town:milton",
        "person:sam_calagione",
        ["hop:warrior", "hop:amarillo", "hop:simcoe"],
    ),
    "beer:90_minute": (
        "brewery:dogfish_head",
        "style:double_ipa",
        "town:milton",
        "person:sam_calagione",
        ["hop:warrior", "hop:amarillo", "hop:simcoe"],
    ),
    "beer:arrogant_bastard": (
        "brewery:stone",
        "style:american_strong_ale",
        "town:escondido",
        "person:steve_wagner",
        ["hop:chinook"],
    ),
    "beer:bcbs": ("brewery:goose_island", "style:imperial_stout", "town:chicago", "person:greg_hall", []),
}

FOUNDERS = [
    ("brewery:sierra_nevada", "person:ken_grossman"),
    ("brewery:boston_beer", "person:jim_koch"),
    ("brewery:brooklyn", "person:steve_hindy"),
    ("brewery:alchemist", "person:john_kimmich"),
    ("brewery:bells", "person:larry_bell"),
    ("brewery:new_belgium", "person:jeff_lebesch"),
    ("brewery:new_belgium", "person:kim_jordan"),
    ("brewery:lagunitas", "person:tony_magee"),
    ("brewery:dogfish_head", "person:sam_calagione"),
    ("brewery:stone", "person:greg_koch"),
    ("brewery:stone", "person:steve_wagner"),
]

OWNERS = [
    ("brewery:lagunitas", "company:heineken"),
    ("brewery:goose_island", "company:ab_inbev"),
    ("brewery:anchor", "company:sapporo"),
    ("brewery:new_belgium", "company:kirin"),
    ("brewery:dogfish_head", "brewery:boston_beer"),
]

RATINGS = [
    ("user:ana", "beer:snpa", 5.0),
    ("user:ana", "beer:pliny", 4.5),
    ("user:ana", "beer:heady_topper", 4.0),
    ("user:ana", "beer:fat_tire", 2.0),
    ("user:ana", "beer:bcbs", 3.0),
    ("user:ben", "beer:anchor_steam", 4.0),
    ("user:ben", "beer:boston_lager", 3.0),
    ("user:ben", "beer:brooklyn_lager", 4.5),
    ("user:ben", "beer:arrogant_bastard", 1.5),
    ("user:ben", "beer:two_hearted", 5.0),
    ("user:chloe", "beer:black_chocolate_stout", 5.0),
    ("user:chloe", "beer:bcbs", 4.0),
    ("user:chloe", "beer:60_minute", 2.5),
    ("user:chloe", "beer:celebration", 4.0),
    ("user:chloe", "beer:liberty_ale", 3.5),
    ("user:dev", "beer:lagunitas_ipa", 4.0),
    ("user:dev", "beer:90_minute", 5.0),
    ("user:dev", "beer:heady_topper", 3.0),
    ("user:dev", "beer:snpa", 3.5),
    ("user:dev", "beer:fat_tire", 4.5),
    ("user:eli", "beer:arrogant_bastard", 5.0),
    ("user:eli", "beer:pliny", 2.0),
    ("user:eli", "beer:two_hearted", 3.0),
    ("user:eli", "beer:anchor_steam", 1.0),
]


def rows():
    out = []
    for beer, (brewery, style, town, creator, hops) in BEER_FACTS.items():
        out.append((beer, "brewed_by", brewery))
        out.append((beer, "has_style", style))
        out.append((beer, "brewed_in", town))
        if creator:
            out.append((beer, "created_by", creator))
        out += [(beer, "hopped_with", h) for h in hops]
    out += [(b, "founded_by", p) for b, p in FOUNDERS]
    out += [(b, "owned_by", c) for b, c in OWNERS]
    out += [(u, "rated", i, {"rating": r}) for u, i, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind62")
