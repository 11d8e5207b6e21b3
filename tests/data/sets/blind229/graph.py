"""A small graph of real video game consoles (blind229)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("console",)),
    kgx.Relation("manufactured_by", phrase="is manufactured by", inverse_phrase="manufactures",
                 domain=("console",), range=("company",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("console",), range=("person",)),
    kgx.Relation("in_generation", phrase="belongs to the", inverse_phrase="includes",
                 domain=("console",), range=("generation",)),
    kgx.Relation("uses_media", phrase="plays games stored on", inverse_phrase="stores the games of",
                 domain=("console",), range=("media format",)),
    kgx.Relation("console_type", phrase="is a", inverse_phrase="is the form of",
                 domain=("console",), range=("console type",)),
    kgx.Relation("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded",
                 domain=("console",), range=("console",)),
]

# slug, label, year, aliases
_CONSOLES = [
    ("magnavox_odyssey", "Magnavox Odyssey", 1972, ("Odyssey",)),
    ("channel_f", "Fairchild Channel F", 1976, ("Channel F",)),
    ("atari_2600", "Atari 2600", 1977, ("Atari VCS",)),
    ("nes", "Nintendo Entertainment System", 1983, ("NES", "Famicom")),
    ("master_system", "Sega Master System", 1985, ("Master System",)),
    ("genesis", "Sega Genesis", 1988, ("Mega Drive", "Genesis")),
    ("game_boy", "Game Boy", 1989, ()),
    ("snes", "Super Nintendo Entertainment System", 1990, ("SNES", "Super Famicom")),
    ("saturn", "Sega Saturn", 1994, ("Saturn",)),
    ("playstation", "PlayStation", 1994, ("PS1",)),
    ("n64", "Nintendo 64", 1996, ("N64",)),
    ("dreamcast", "Dreamcast", 1998, ()),
    ("ps2", "PlayStation 2", 2000, ("PS2",)),
    ("xbox", "Xbox", 2001, ()),
    ("gamecube", "GameCube", 2001, ()),
    ("xbox_360", "Xbox 360", 2005, ()),
    ("wii", "Wii", 2006, ()),
    ("ps3", "PlayStation 3", 2006, ("PS3",)),
    ("switch", "Nintendo Switch", 2017, ("Switch",)),
]

_ATTRIBUTES = [
    # companies
    ("company:magnavox", "company", "Magnavox"),
    ("company:fairchild", "company", "Fairchild Semiconductor"),
    ("company:atari", "company", "Atari"),
    ("company:nintendo", "company", "Nintendo"),
    ("company:sega", "company", "Sega"),
    ("company:sony", "company", "Sony"),
    ("company:microsoft", "company", "Microsoft"),
    # people
    ("person:ralph_baer", "person", "Ralph Baer"),
    ("person:jerry_lawson", "person", "Jerry Lawson"),
    ("person:masayuki_uemura", "person", "Masayuki Uemura"),
    ("person:gunpei_yokoi", "person", "Gunpei Yokoi"),
    ("person:ken_kutaragi", "person", "Ken Kutaragi"),
    ("person:hideki_sato", "person", "Hideki Sato"),
    ("person:seamus_blackley", "person", "Seamus Blackley"),
    # generations
    ("generation:first", "generation", "first generation"),
    ("generation:second", "generation", "second generation"),
    ("generation:third", "generation", "third generation"),
    ("generation:fourth", "generation", "fourth generation"),
    ("generation:fifth", "generation", "fifth generation"),
    ("generation:sixth", "generation", "sixth generation"),
    ("generation:seventh", "generation", "seventh generation"),
    ("generation:eighth", "generation", "eighth generation"),
    # media formats
    ("media:cartridge", "media format", "cartridge"),
    ("media:cd_rom", "media format", "CD-ROM"),
    ("media:gd_rom", "media format", "GD-ROM"),
    ("media:dvd", "media format", "DVD"),
    ("media:blu_ray", "media format", "Blu-ray Disc"),
    ("media:optical_disc", "media format", "optical disc"),
    ("media:game_card", "media format", "game card"),
    # console types
    ("type:home", "console type", "home console"),
    ("type:handheld", "console type", "handheld console"),
    ("type:hybrid", "console type", "hybrid console"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"console:{slug}", kind="item", type="console", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _CONSOLES]
    out += [kgx.Entity(eid, kind="attribute", type=etype, label=label) for eid, etype, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _c(slug):
    return f"console:{slug}"


_MAKER = {
    "magnavox_odyssey": "magnavox", "channel_f": "fairchild", "atari_2600": "atari",
    "nes": "nintendo", "master_system": "sega", "genesis": "sega", "game_boy": "nintendo",
    "snes": "nintendo", "saturn": "sega", "playstation": "sony", "n64": "nintendo",
    "dreamcast": "sega", "ps2": "sony", "xbox": "microsoft", "gamecube": "nintendo",
    "xbox_360": "microsoft", "wii": "nintendo", "ps3": "sony", "switch": "nintendo",
}

_DESIGNER = [
    ("magnavox_odyssey", "ralph_baer"), ("channel_f", "jerry_lawson"),
    ("nes", "masayuki_uemura"), ("snes", "masayuki_uemura"), ("game_boy", "gunpei_yokoi"),
    ("playstation", "ken_kutaragi"), ("ps2", "ken_kutaragi"),
    ("genesis", "hideki_sato"), ("saturn", "hideki_sato"), ("dreamcast", "hideki_sato"),
    ("xbox", "seamus_blackley"),
]

_GENERATION = {
    "magnavox_odyssey": "first", "channel_f": "second", "atari_2600": "second",
    "nes": "third", "master_system": "third", "genesis": "fourth", "game_boy": "fourth",
    "snes": "fourth", "saturn": "fifth", "playstation": "fifth", "n64": "fifth",
    "dreamcast": "sixth", "ps2": "sixth", "xbox": "sixth", "gamecube": "sixth",
    "xbox_360": "seventh", "wii": "seventh", "ps3": "seventh", "switch": "eighth",
}

_MEDIA = {
    "channel_f": "cartridge", "atari_2600": "cartridge", "nes": "cartridge",
    "master_system": "cartridge", "genesis": "cartridge", "game_boy": "cartridge",
    "snes": "cartridge", "saturn": "cd_rom", "playstation": "cd_rom", "n64": "cartridge",
    "dreamcast": "gd_rom", "ps2": "dvd", "xbox": "dvd", "gamecube": "optical_disc",
    "xbox_360": "dvd", "wii": "optical_disc", "ps3": "blu_ray", "switch": "game_card",
}

_TYPE = {slug: "home" for slug, *_ in _CONSOLES}
_TYPE.update({"game_boy": "handheld", "switch": "hybrid"})

_SUCCESSOR = [
    ("nes", "snes"), ("snes", "n64"), ("n64", "gamecube"), ("gamecube", "wii"),
    ("master_system", "genesis"), ("genesis", "saturn"), ("saturn", "dreamcast"),
    ("playstation", "ps2"), ("ps2", "ps3"), ("xbox", "xbox_360"),
]

_RATINGS = {
    "ana": [("nes", 5.0), ("snes", 4.5), ("game_boy", 4.0), ("xbox", 1.5)],
    "ben": [("playstation", 4.5), ("ps2", 5.0), ("dreamcast", 2.0), ("wii", 3.0)],
    "chen": [("genesis", 4.0), ("saturn", 1.0), ("dreamcast", 4.5), ("n64", 3.5)],
    "dara": [("atari_2600", 4.5), ("channel_f", 2.5), ("magnavox_odyssey", 3.0), ("switch", 5.0)],
    "emil": [("xbox_360", 4.0), ("ps3", 2.0), ("gamecube", 4.5), ("master_system", 1.5)],
}


def rows():
    out = []
    for slug, maker in _MAKER.items():
        out.append((_c(slug), "manufactured_by", f"company:{maker}"))
    for slug, person in _DESIGNER:
        out.append((_c(slug), "designed_by", f"person:{person}"))
    for slug, gen in _GENERATION.items():
        out.append((_c(slug), "in_generation", f"generation:{gen}"))
    for slug, media in _MEDIA.items():
        out.append((_c(slug), "uses_media", f"media:{media}"))
    for slug, kind in _TYPE.items():
        out.append((_c(slug), "console_type", f"type:{kind}"))
    for old, new in _SUCCESSOR:
        out.append((_c(old), "succeeded_by", _c(new)))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", _c(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind229")
