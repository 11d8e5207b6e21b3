"""A small microprocessors knowledge graph (blind204)."""
import kgexplain as kgx

M = "microprocessor"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(M,)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed", domain=(M,), range=("company",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=(M,), range=("person",)),
    kgx.Relation("implements", phrase="implements", inverse_phrase="is implemented by", domain=(M,), range=("instruction set architecture",)),
    kgx.Relation("used_in", phrase="was used in", inverse_phrase="was powered by", domain=(M,), range=("computer", "game console", "calculator")),
    kgx.Relation("designed_for", phrase="was designed for", inverse_phrase="was the intended use of", domain=(M,), range=("application",)),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=(M,), range=(M,)),
]

ITEMS = [
    ("intel_4004", "Intel 4004", 1971),
    ("intel_8008", "Intel 8008", 1972),
    ("intel_8080", "Intel 8080", 1974),
    ("motorola_6800", "Motorola 6800", 1974),
    ("mos_6502", "MOS Technology 6502", 1975),
    ("zilog_z80", "Zilog Z80", 1976),
    ("intel_8086", "Intel 8086", 1978),
    ("intel_8088", "Intel 8088", 1979),
    ("motorola_68000", "Motorola 68000", 1979),
    ("intel_80286", "Intel 80286", 1982),
    ("mos_6510", "MOS Technology 6510", 1982),
    ("intel_80386", "Intel 80386", 1985),
    ("arm1", "ARM1", 1985),
    ("arm2", "ARM2", 1986),
    ("mips_r2000", "MIPS R2000", 1986),
    ("mips_r3000", "MIPS R3000", 1988),
    ("intel_80486", "Intel 80486", 1989),
    ("alpha_21064", "Alpha 21064", 1992),
    ("intel_pentium", "Intel Pentium", 1993),
    ("amd_athlon_64", "Athlon 64", 2003),
]

ATTRIBUTES = [
    # companies
    ("company:intel", "company", "Intel"),
    ("company:zilog", "company", "Zilog"),
    ("company:mos_technology", "company", "MOS Technology"),
    ("company:motorola", "company", "Motorola"),
    ("company:acorn_computers", "company", "Acorn Computers"),
    ("company:mips_computer_systems", "company", "MIPS Computer Systems"),
    ("company:dec", "company", "Digital Equipment Corporation"),
    ("company:amd", "company", "AMD"),
    # people
    ("person:federico_faggin", "person", "Federico Faggin"),
    ("person:ted_hoff", "person", "Ted Hoff"),
    ("person:stanley_mazor", "person", "Stanley Mazor"),
    ("person:masatoshi_shima", "person", "Masatoshi Shima"),
    ("person:chuck_peddle", "person", "Chuck Peddle"),
    ("person:bill_mensch", "person", "Bill Mensch"),
    ("person:tom_bennett", "person", "Tom Bennett"),
    ("person:tom_gunter", "person", "Tom Gunter"),
    ("person:stephen_morse", "person", "Stephen Morse"),
    ("person:john_crawford", "person", "John Crawford"),
    ("person:pat_gelsinger", "person", "Pat Gelsinger"),
    ("person:sophie_wilson", "person", "Sophie Wilson"),
    ("person:steve_furber", "person", "Steve Furber"),
    ("person:dan_dobberpuhl", "person", "Dan Dobberpuhl"),
    # instruction set architectures
    ("isa:x86", "instruction set architecture", "x86"),
    ("isa:x86_64", "instruction set architecture", "x86-64"),
    ("isa:arm", "instruction set architecture", "ARM"),
    ("isa:mips", "instruction set architecture", "MIPS"),
    ("isa:alpha", "instruction set architecture", "Alpha"),
    ("isa:m68k", "instruction set architecture", "m68k"),
    # machines that used the chips
    ("calculator:busicom_141pf", "calculator", "Busicom 141-PF"),
    ("computer:altair_8800", "computer", "Altair 8800"),
    ("computer:altair_680", "computer", "Altair 680"),
    ("computer:zx_spectrum", "computer", "ZX Spectrum"),
    ("computer:trs_80", "computer", "TRS-80"),
    ("computer:apple_ii", "computer", "Apple II"),
    ("computer:bbc_micro", "computer", "BBC Micro"),
    ("computer:commodore_pet", "computer", "Commodore PET"),
    ("computer:commodore_64", "computer", "Commodore 64"),
    ("computer:macintosh_128k", "computer", "Macintosh 128K"),
    ("computer:amiga_1000", "computer", "Amiga 1000"),
    ("computer:atari_st", "computer", "Atari ST"),
    ("game_console:sega_genesis", "game console", "Sega Genesis"),
    ("computer:ibm_pc", "computer", "IBM PC"),
    ("computer:ibm_pc_at", "computer", "IBM PC/AT"),
    ("computer:compaq_deskpro_386", "computer", "Compaq Deskpro 386"),
    ("computer:acorn_archimedes", "computer", "Acorn Archimedes"),
    ("computer:decstation_3100", "computer", "DECstation 3100"),
    ("computer:sgi_indigo", "computer", "SGI Indigo"),
    ("computer:dec_3000_axp", "computer", "DEC 3000 AXP"),
    # intended applications
    ("application:calculator", "application", "Calculator"),
    ("application:computer_terminal", "application", "Computer terminal"),
    ("application:personal_computer", "application", "Personal computer"),
    ("application:workstation", "application", "Workstation"),
    ("application:desktop_computer", "application", "Desktop computer"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"{M}:{slug}", kind="item", type=M, label=label, attrs={"year": year})
           for slug, label, year in ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _m(slug):
    return f"{M}:{slug}"


DEVELOPED_BY = {
    "company:intel": ["intel_4004", "intel_8008", "intel_8080", "intel_8086", "intel_8088", "intel_80286",
                      "intel_80386", "intel_80486", "intel_pentium"],
    "company:zilog": ["zilog_z80"],
    "company:mos_technology": ["mos_6502", "mos_6510"],
    "company:motorola": ["motorola_6800", "motorola_68000"],
    "company:acorn_computers": ["arm1", "arm2"],
    "company:mips_computer_systems": ["mips_r2000", "mips_r3000"],
    "company:dec": ["alpha_21064"],
    "company:amd": ["amd_athlon_64"],
}

DESIGNED_BY = {
    "intel_4004": ["federico_faggin", "ted_hoff", "stanley_mazor", "masatoshi_shima"],
    "intel_8080": ["federico_faggin", "masatoshi_shima"],
    "zilog_z80": ["federico_faggin", "masatoshi_shima"],
    "mos_6502": ["chuck_peddle", "bill_mensch"],
    "motorola_6800": ["tom_bennett"],
    "motorola_68000": ["tom_gunter"],
    "intel_8086": ["stephen_morse"],
    "intel_80386": ["john_crawford"],
    "intel_80486": ["pat_gelsinger"],
    "arm1": ["sophie_wilson", "steve_furber"],
    "arm2": ["sophie_wilson", "steve_furber"],
    "alpha_21064": ["dan_dobberpuhl"],
}

IMPLEMENTS = {
    "isa:x86": ["intel_8086", "intel_8088", "intel_80286", "intel_80386", "intel_80486", "intel_pentium"],
    "isa:x86_64": ["amd_athlon_64"],
    "isa:arm": ["arm1", "arm2"],
    "isa:mips": ["mips_r2000", "mips_r3000"],
    "isa:alpha": ["alpha_21064"],
    "isa:m68k": ["motorola_68000"],
}

USED_IN = {
    "intel_4004": ["calculator:busicom_141pf"],
    "intel_8080": ["computer:altair_8800"],
    "motorola_6800": ["computer:altair_680"],
    "zilog_z80": ["computer:zx_spectrum", "computer:trs_80"],
    "mos_6502": ["computer:apple_ii", "computer:bbc_micro", "computer:commodore_pet"],
    "mos_6510": ["computer:commodore_64"],
    "motorola_68000": ["computer:macintosh_128k", "computer:amiga_1000", "computer:atari_st",
                       "game_console:sega_genesis"],
    "intel_8088": ["computer:ibm_pc"],
    "intel_80286": ["computer:ibm_pc_at"],
    "intel_80386": ["computer:compaq_deskpro_386"],
    "arm2": ["computer:acorn_archimedes"],
    "mips_r2000": ["computer:decstation_3100"],
    "mips_r3000": ["computer:sgi_indigo"],
    "alpha_21064": ["computer:dec_3000_axp"],
}

DESIGNED_FOR = {
    "intel_4004": "application:calculator",
    "intel_8008": "application:computer_terminal",
    "arm2": "application:personal_computer",
    "intel_pentium": "application:personal_computer",
    "mips_r2000": "application:workstation",
    "alpha_21064": "application:workstation",
    "amd_athlon_64": "application:desktop_computer",
}

SUCCEEDED = [  # (successor, predecessor)
    ("intel_8080", "intel_8008"),
    ("intel_80286", "intel_8086"),
    ("intel_80386", "intel_80286"),
    ("intel_80486", "intel_80386"),
    ("intel_pentium", "intel_80486"),
    ("arm2", "arm1"),
    ("mips_r3000", "mips_r2000"),
]

RATINGS = {
    "ana": [("zilog_z80", 5.0), ("mos_6502", 4.5), ("arm2", 2.0), ("intel_pentium", 3.0)],
    "ben": [("motorola_68000", 4.0), ("intel_4004", 1.5), ("alpha_21064", 5.0), ("intel_80386", 3.5)],
    "chen": [("arm1", 4.5), ("mips_r3000", 1.0), ("intel_8086", 4.0), ("mos_6510", 2.5)],
    "dara": [("intel_4004", 5.0), ("intel_8080", 2.0), ("amd_athlon_64", 4.5), ("intel_80486", 3.0)],
    "emil": [("motorola_6800", 1.5), ("mips_r2000", 4.0), ("intel_8088", 5.0), ("motorola_68000", 0.5)],
}


def rows():
    out = []
    for company, chips in DEVELOPED_BY.items():
        out += [(_m(c), "developed_by", company) for c in chips]
    for chip, people in DESIGNED_BY.items():
        out += [(_m(chip), "designed_by", f"person:{p}") for p in people]
    for isa, chips in IMPLEMENTS.items():
        out += [(_m(c), "implements", isa) for c in chips]
    for chip, machines in USED_IN.items():
        out += [(_m(chip), "used_in", m) for m in machines]
    for chip, app in DESIGNED_FOR.items():
        out.append((_m(chip), "designed_for", app))
    out += [(_m(a), "succeeded", _m(b)) for a, b in SUCCEEDED]
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", _m(c), {"rating": r}) for c, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind204")
