"""A small graph of real comets: who discovered them, whom they are named after, which
spacecraft visited them, their orbital class, where they were found, the meteor showers they
feed, and who operated each spacecraft and what kind of mission it flew.  The ``year``
attribute of a comet is the year of its discovery (for Halley's Comet, the year of its first
predicted return)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("comet",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("comet",), range=("person",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of",
                 domain=("comet",), range=("person",)),
    kgx.Relation("visited_by", phrase="was visited by", inverse_phrase="flew to",
                 domain=("comet",), range=("spacecraft",)),
    kgx.Relation("orbit_class", phrase="is classed as a", inverse_phrase="is the orbital class of",
                 domain=("comet",), range=("comet_class",)),
    kgx.Relation("discovered_at", phrase="was discovered at", inverse_phrase="is where astronomers found",
                 domain=("comet",), range=("observatory",)),
    kgx.Relation("parent_of", phrase="is the parent comet of", inverse_phrase="comes from the debris of",
                 domain=("comet",), range=("meteor_shower",)),
    kgx.Relation("operated_by", phrase="was operated by", inverse_phrase="operated",
                 domain=("spacecraft",), range=("agency",)),
    kgx.Relation("mission_type", phrase="was a", inverse_phrase="was the mission type of",
                 domain=("spacecraft",), range=("mission_type",)),
]

# slug, label, year, aliases
COMETS = [
    ("halley", "Halley's Comet", 1758, ("Comet Halley", "1P/Halley", "Halley")),
    ("encke", "Comet Encke", 1786, ("2P/Encke", "Encke's Comet", "Encke")),
    ("churyumov_gerasimenko", "67P/Churyumov-Gerasimenko", 1969,
     ("Comet Churyumov-Gerasimenko", "Churyumov-Gerasimenko", "67P")),
    ("wild_2", "Comet Wild 2", 1978, ("81P/Wild", "Wild 2")),
    ("tempel_1", "Comet Tempel 1", 1867, ("9P/Tempel", "Tempel 1")),
    ("borrelly", "Comet Borrelly", 1904, ("19P/Borrelly", "Borrelly")),
    ("hartley_2", "Comet Hartley 2", 1986, ("103P/Hartley", "Hartley 2")),
    ("giacobini_zinner", "Comet Giacobini-Zinner", 1900, ("21P/Giacobini-Zinner", "Giacobini-Zinner")),
    ("grigg_skjellerup", "Comet Grigg-Skjellerup", 1902, ("26P/Grigg-Skjellerup", "Grigg-Skjellerup")),
    ("swift_tuttle", "Comet Swift-Tuttle", 1862, ("109P/Swift-Tuttle", "Swift-Tuttle")),
    ("tempel_tuttle", "Comet Tempel-Tuttle", 1865, ("55P/Tempel-Tuttle", "Tempel-Tuttle")),
    ("hale_bopp", "Comet Hale-Bopp", 1995, ("C/1995 O1", "Hale-Bopp")),
    ("hyakutake", "Comet Hyakutake", 1996, ("C/1996 B2", "Hyakutake")),
    ("shoemaker_levy_9", "Comet Shoemaker-Levy 9", 1993, ("D/1993 F2", "Shoemaker-Levy 9", "SL9")),
    ("mcnaught", "Comet McNaught", 2006, ("C/2006 P1", "Great Comet of 2007")),
    ("ikeya_seki", "Comet Ikeya-Seki", 1965, ("C/1965 S1", "Ikeya-Seki")),
    ("lovejoy", "Comet Lovejoy", 2011, ("C/2011 W3",)),
    ("thatcher", "Comet Thatcher", 1861, ("C/1861 G1",)),
]

PEOPLE = [
    ("edmond_halley", "Edmond Halley"), ("pierre_mechain", "Pierre Méchain"),
    ("johann_franz_encke", "Johann Franz Encke"), ("klim_churyumov", "Klim Churyumov"),
    ("svetlana_gerasimenko", "Svetlana Gerasimenko"), ("paul_wild", "Paul Wild"),
    ("wilhelm_tempel", "Wilhelm Tempel"), ("alphonse_borrelly", "Alphonse Borrelly"),
    ("malcolm_hartley", "Malcolm Hartley"), ("michel_giacobini", "Michel Giacobini"),
    ("ernst_zinner", "Ernst Zinner"), ("john_grigg", "John Grigg"),
    ("john_francis_skjellerup", "John Francis Skjellerup"), ("lewis_swift", "Lewis Swift"),
    ("horace_tuttle", "Horace Tuttle"), ("alan_hale", "Alan Hale"), ("thomas_bopp", "Thomas Bopp"),
    ("yuji_hyakutake", "Yuji Hyakutake"), ("carolyn_shoemaker", "Carolyn Shoemaker"),
    ("eugene_shoemaker", "Eugene Shoemaker"), ("david_levy", "David Levy"),
    ("robert_mcnaught", "Robert McNaught"), ("kaoru_ikeya", "Kaoru Ikeya"),
    ("tsutomu_seki", "Tsutomu Seki"), ("terry_lovejoy", "Terry Lovejoy"),
    ("a_e_thatcher", "A. E. Thatcher"),
]

SPACECRAFT = [
    ("giotto", "Giotto"), ("vega_1", "Vega 1"), ("vega_2", "Vega 2"), ("suisei", "Suisei"),
    ("rosetta", "Rosetta"), ("stardust", "Stardust"), ("deep_impact", "Deep Impact"),
    ("deep_space_1", "Deep Space 1"), ("ice", "International Cometary Explorer"),
]

CLASSES = [
    ("halley_type", "Halley-type comet"), ("jupiter_family", "Jupiter-family comet"),
    ("long_period", "Long-period comet"), ("sungrazer", "Sungrazing comet"),
]

OBSERVATORIES = [
    ("palomar", "Palomar Observatory"), ("siding_spring", "Siding Spring Observatory"),
    ("zimmerwald", "Zimmerwald Observatory"), ("marseille", "Marseille Observatory"),
    ("nice", "Nice Observatory"),
]

SHOWERS = [
    ("orionids", "Orionids"), ("eta_aquariids", "Eta Aquariids"), ("taurids", "Taurids"),
    ("perseids", "Perseids"), ("leonids", "Leonids"), ("draconids", "Draconids"),
    ("lyrids", "Lyrids"), ("pi_puppids", "Pi Puppids"),
]

AGENCIES = [
    ("esa", "European Space Agency", ("ESA",)), ("nasa", "NASA", ()),
    ("isas", "Institute of Space and Astronautical Science", ("ISAS",)),
]

MISSION_TYPES = [
    ("flyby", "Flyby spacecraft"), ("orbiter", "Orbiter"), ("sample_return", "Sample-return spacecraft"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"comet:{s}", kind="item", type="comet", label=name, aliases=a, attrs={"year": y})
           for s, name, y, a in COMETS]
    out += [kgx.Entity(f"person:{s}", kind="attribute", type="person", label=name) for s, name in PEOPLE]
    out += [kgx.Entity(f"spacecraft:{s}", kind="attribute", type="spacecraft", label=name) for s, name in SPACECRAFT]
    out += [kgx.Entity(f"class:{s}", kind="attribute", type="comet_class", label=name) for s, name in CLASSES]
    out += [kgx.Entity(f"observatory:{s}", kind="attribute", type="observatory", label=name) for s, name in OBSERVATORIES]
    out += [kgx.Entity(f"shower:{s}", kind="attribute", type="meteor_shower", label=name) for s, name in SHOWERS]
    out += [kgx.Entity(f"agency:{s}", kind="attribute", type="agency", label=name, aliases=a) for s, name, a in AGENCIES]
    out += [kgx.Entity(f"mission:{s}", kind="attribute", type="mission_type", label=name) for s, name in MISSION_TYPES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _many(comet, relation, prefix, slugs):
    return [(f"comet:{comet}", relation, f"{prefix}:{s}") for s in slugs]


def rows():
    r = []
    # discoverers
    for comet, people in [
        ("encke", ["pierre_mechain"]),
        ("churyumov_gerasimenko", ["klim_churyumov", "svetlana_gerasimenko"]),
        ("wild_2", ["paul_wild"]),
        ("tempel_1", ["wilhelm_tempel"]),
        ("borrelly", ["alphonse_borrelly"]),
        ("hartley_2", ["malcolm_hartley"]),
        ("giacobini_zinner", ["michel_giacobini"]),
        ("grigg_skjellerup", ["john_grigg"]),
        ("swift_tuttle", ["lewis_swift", "horace_tuttle"]),
        ("tempel_tuttle", ["wilhelm_tempel", "horace_tuttle"]),
        ("hale_bopp", ["alan_hale", "thomas_bopp"]),
        ("hyakutake", ["yuji_hyakutake"]),
        ("shoemaker_levy_9", ["carolyn_shoemaker", "eugene_shoemaker", "david_levy"]),
        ("mcnaught", ["robert_mcnaught"]),
        ("ikeya_seki", ["kaoru_ikeya", "tsutomu_seki"]),
        ("lovejoy", ["terry_lovejoy"]),
        ("thatcher", ["a_e_thatcher"]),
    ]:
        r += _many(comet, "discovered_by", "person", people)
    # namesakes
    for comet, people in [
        ("halley", ["edmond_halley"]),
        ("encke", ["johann_franz_encke"]),
        ("churyumov_gerasimenko", ["klim_churyumov", "svetlana_gerasimenko"]),
        ("wild_2", ["paul_wild"]),
        ("tempel_1", ["wilhelm_tempel"]),
        ("borrelly", ["alphonse_borrelly"]),
        ("hartley_2", ["malcolm_hartley"]),
        ("giacobini_zinner", ["michel_giacobini", "ernst_zinner"]),
        ("grigg_skjellerup", ["john_grigg", "john_francis_skjellerup"]),
        ("swift_tuttle", ["lewis_swift", "horace_tuttle"]),
        ("tempel_tuttle", ["wilhelm_tempel", "horace_tuttle"]),
        ("hale_bopp", ["alan_hale", "thomas_bopp"]),
        ("hyakutake", ["yuji_hyakutake"]),
        ("shoemaker_levy_9", ["carolyn_shoemaker", "eugene_shoemaker", "david_levy"]),
        ("mcnaught", ["robert_mcnaught"]),
        ("ikeya_seki", ["kaoru_ikeya", "tsutomu_seki"]),
        ("lovejoy", ["terry_lovejoy"]),
        ("thatcher", ["a_e_thatcher"]),
    ]:
        r += _many(comet, "named_after", "person", people)
    # spacecraft encounters
    for comet, craft in [
        ("halley", ["giotto", "vega_1", "vega_2", "suisei"]),
        ("grigg_skjellerup", ["giotto"]),
        ("churyumov_gerasimenko", ["rosetta"]),
        ("wild_2", ["stardust"]),
        ("tempel_1", ["deep_impact", "stardust"]),
        ("hartley_2", ["deep_impact"]),
        ("borrelly", ["deep_space_1"]),
        ("giacobini_zinner", ["ice"]),
    ]:
        r += _many(comet, "visited_by", "spacecraft", craft)
    # orbital classes
    for comet, classes in [
        ("halley", ["halley_type"]), ("swift_tuttle", ["halley_type"]), ("tempel_tuttle", ["halley_type"]),
        ("churyumov_gerasimenko", ["jupiter_family"]), ("wild_2", ["jupiter_family"]),
        ("tempel_1", ["jupiter_family"]), ("borrelly", ["jupiter_family"]), ("hartley_2", ["jupiter_family"]),
        ("giacobini_zinner", ["jupiter_family"]), ("grigg_skjellerup", ["jupiter_family"]),
        ("hale_bopp", ["long_period"]), ("hyakutake", ["long_period"]), ("mcnaught", ["long_period"]),
        ("thatcher", ["long_period"]),
        ("ikeya_seki", ["long_period", "sungrazer"]), ("lovejoy", ["long_period", "sungrazer"]),
    ]:
        r += _many(comet, "orbit_class", "class", classes)
    # discovery sites
    for comet, site in [
        ("shoemaker_levy_9", "palomar"), ("mcnaught", "siding_spring"), ("hartley_2", "siding_spring"),
        ("wild_2", "zimmerwald"), ("tempel_1", "marseille"), ("borrelly", "marseille"),
        ("giacobini_zinner", "nice"),
    ]:
        r += _many(comet, "discovered_at", "observatory", [site])
    # meteor showers
    for comet, showers in [
        ("halley", ["orionids", "eta_aquariids"]), ("encke", ["taurids"]), ("swift_tuttle", ["perseids"]),
        ("tempel_tuttle", ["leonids"]), ("giacobini_zinner", ["draconids"]), ("thatcher", ["lyrids"]),
        ("grigg_skjellerup", ["pi_puppids"]),
    ]:
        r += _many(comet, "parent_of", "shower", showers)
    # spacecraft operators
    for craft, agency in [
        ("giotto", "esa"), ("rosetta", "esa"), ("suisei", "isas"), ("stardust", "nasa"),
        ("deep_impact", "nasa"), ("deep_space_1", "nasa"), ("ice", "nasa"),
    ]:
        r.append((f"spacecraft:{craft}", "operated_by", f"agency:{agency}"))
    # mission types
    for craft, kind in [
        ("giotto", "flyby"), ("vega_1", "flyby"), ("vega_2", "flyby"), ("suisei", "flyby"),
        ("deep_impact", "flyby"), ("deep_space_1", "flyby"), ("ice", "flyby"),
        ("rosetta", "orbiter"), ("stardust", "sample_return"),
    ]:
        r.append((f"spacecraft:{craft}", "mission_type", f"mission:{kind}"))
    # ratings
    for user, ratings in [
        ("ana", [("halley", 5.0), ("hale_bopp", 4.5), ("encke", 2.0), ("churyumov_gerasimenko", 3.5)]),
        ("ben", [("churyumov_gerasimenko", 4.0), ("tempel_1", 1.5), ("shoemaker_levy_9", 5.0), ("wild_2", 3.0)]),
        ("chen", [("hyakutake", 4.5), ("mcnaught", 1.0), ("swift_tuttle", 4.0), ("borrelly", 2.5)]),
        ("dara", [("ikeya_seki", 5.0), ("lovejoy", 2.0), ("hartley_2", 4.5), ("tempel_tuttle", 3.0)]),
        ("emil", [("giacobini_zinner", 1.5), ("grigg_skjellerup", 4.0), ("thatcher", 5.0), ("halley", 0.5)]),
    ]:
        for comet, rating in ratings:
            r.append((f"user:{user}", "rated", f"comet:{comet}", {"rating": rating}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind112")
