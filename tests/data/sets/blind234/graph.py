"""A small hand-built graph of classic synthesizers (blind234)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("synthesizer",)),
    kgx.Relation("made_by", phrase="was made by", inverse_phrase="made",
                 domain=("synthesizer",), range=("company",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("synthesizer",), range=("person",)),
    kgx.Relation("uses_synthesis", phrase="uses", inverse_phrase="is used by",
                 domain=("synthesizer",), range=("synthesis_method",)),
    kgx.Relation("has_voicing", phrase="is", inverse_phrase="is the voicing of",
                 domain=("synthesizer",), range=("voicing",)),
    kgx.Relation("built_in", phrase="was built in", inverse_phrase="produced",
                 domain=("synthesizer",), range=("country",)),
    kgx.Relation("played_by", phrase="was played by", inverse_phrase="played",
                 domain=("synthesizer",), range=("musician",)),
]

# slug: (label, year)
SYNTHS = {
    "minimoog": ("Minimoog", 1970),
    "arp_2600": ("ARP 2600", 1971),
    "arp_odyssey": ("ARP Odyssey", 1972),
    "ems_vcs3": ("EMS VCS3", 1969),
    "buchla_100": ("Buchla 100", 1963),
    "yamaha_cs80": ("Yamaha CS-80", 1977),
    "prophet_5": ("Prophet-5", 1978),
    "korg_ms20": ("Korg MS-20", 1978),
    "fairlight_cmi": ("Fairlight CMI", 1979),
    "oberheim_obxa": ("Oberheim OB-Xa", 1980),
    "roland_jupiter8": ("Roland Jupiter-8", 1981),
    "roland_tb303": ("Roland TB-303", 1981),
    "ppg_wave": ("PPG Wave", 1981),
    "synclavier": ("Synclavier", 1977),
    "yamaha_dx7": ("Yamaha DX7", 1983),
    "casio_cz101": ("Casio CZ-101", 1984),
    "roland_juno106": ("Roland Juno-106", 1984),
    "roland_d50": ("Roland D-50", 1987),
    "korg_m1": ("Korg M1", 1988),
    "korg_wavestation": ("Korg Wavestation", 1990),
}

ATTRS = {
    "company": {
        "moog_music": "Moog Music", "arp_instruments": "ARP Instruments",
        "ems": "Electronic Music Studios", "buchla_and_associates": "Buchla and Associates",
        "yamaha": "Yamaha", "sequential_circuits": "Sequential Circuits", "korg": "Korg",
        "fairlight": "Fairlight", "oberheim_electronics": "Oberheim Electronics",
        "roland": "Roland", "ppg": "PPG", "new_england_digital": "New England Digital",
        "casio": "Casio",
    },
    "person": {
        "robert_moog": "Robert Moog", "alan_r_pearlman": "Alan R. Pearlman",
        "david_cockerell": "David Cockerell", "peter_zinovieff": "Peter Zinovieff",
        "don_buchla": "Don Buchla", "dave_smith": "Dave Smith", "john_bowen": "John Bowen",
        "fumio_mieda": "Fumio Mieda", "peter_vogel": "Peter Vogel", "kim_ryrie": "Kim Ryrie",
        "tom_oberheim": "Tom Oberheim", "tadao_kikumoto": "Tadao Kikumoto",
        "wolfgang_palm": "Wolfgang Palm", "sydney_alonso": "Sydney Alonso",
        "cameron_jones": "Cameron Jones",
    },
    "synthesis_method": {
        "subtractive": "Subtractive synthesis", "fm": "FM synthesis",
        "sample_based": "Sample-based synthesis", "wavetable": "Wavetable synthesis",
        "phase_distortion": "Phase distortion synthesis",
        "linear_arithmetic": "Linear arithmetic synthesis", "vector": "Vector synthesis",
    },
    "voicing": {"monophonic": "Monophonic", "duophonic": "Duophonic", "polyphonic": "Polyphonic"},
    "country": {
        "united_states": "United States", "united_kingdom": "United Kingdom",
        "japan": "Japan", "australia": "Australia", "germany": "Germany",
    },
    "musician": {
        "kraftwerk": "Kraftwerk", "gary_numan": "Gary Numan", "bernie_worrell": "Bernie Worrell",
        "edgar_winter": "Edgar Winter", "jean_michel_jarre": "Jean-Michel Jarre",
        "herbie_hancock": "Herbie Hancock", "pink_floyd": "Pink Floyd", "brian_eno": "Brian Eno",
        "morton_subotnick": "Morton Subotnick", "vangelis": "Vangelis",
        "peter_gabriel": "Peter Gabriel", "kate_bush": "Kate Bush",
        "eddie_van_halen": "Eddie Van Halen", "nick_rhodes": "Nick Rhodes",
        "phuture": "Phuture", "thomas_dolby": "Thomas Dolby", "frank_zappa": "Frank Zappa",
    },
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# synth slug -> {relation: [attribute slugs]}
FACTS = {
    "minimoog": {"made_by": ["moog_music"], "designed_by": ["robert_moog"],
                 "uses_synthesis": ["subtractive"], "has_voicing": ["monophonic"],
                 "built_in": ["united_states"],
                 "played_by": ["kraftwerk", "gary_numan", "bernie_worrell"]},
    "arp_2600": {"made_by": ["arp_instruments"], "designed_by": ["alan_r_pearlman"],
                 "uses_synthesis": ["subtractive"], "built_in": ["united_states"],
                 "played_by": ["edgar_winter", "jean_michel_jarre"]},
    "arp_odyssey": {"made_by": ["arp_instruments"], "uses_synthesis": ["subtractive"],
                    "has_voicing": ["duophonic"], "built_in": ["united_states"],
                    "played_by": ["herbie_hancock"]},
    "ems_vcs3": {"made_by": ["ems"], "designed_by": ["david_cockerell", "peter_zinovieff"],
                 "uses_synthesis": ["subtractive"], "has_voicing": ["monophonic"],
                 "built_in": ["united_kingdom"],
                 "played_by": ["pink_floyd", "brian_eno", "jean_michel_jarre"]},
    "buchla_100": {"made_by": ["buchla_and_associates"], "designed_by": ["don_buchla"],
                   "built_in": ["united_states"], "played_by": ["morton_subotnick"]},
    "yamaha_cs80": {"made_by": ["yamaha"], "uses_synthesis": ["subtractive"],
                    "has_voicing": ["polyphonic"], "built_in": ["japan"],
                    "played_by": ["vangelis"]},
    "prophet_5": {"made_by": ["sequential_circuits"], "designed_by": ["dave_smith", "john_bowen"],
                  "uses_synthesis": ["subtractive"], "has_voicing": ["polyphonic"],
                  "built_in": ["united_states"]},
    "korg_ms20": {"made_by": ["korg"], "designed_by": ["fumio_mieda"],
                  "uses_synthesis": ["subtractive"], "has_voicing": ["monophonic"],
                  "built_in": ["japan"]},
    "fairlight_cmi": {"made_by": ["fairlight"], "designed_by": ["peter_vogel", "kim_ryrie"],
                      "uses_synthesis": ["sample_based"], "has_voicing": ["polyphonic"],
                      "built_in": ["australia"], "played_by": ["peter_gabriel", "kate_bush"]},
    "oberheim_obxa": {"made_by": ["oberheim_electronics"], "designed_by": ["tom_oberheim"],
                      "uses_synthesis": ["subtractive"], "has_voicing": ["polyphonic"],
                      "built_in": ["united_states"], "played_by": ["eddie_van_halen"]},
    "roland_jupiter8": {"made_by": ["roland"], "uses_synthesis": ["subtractive"],
                        "has_voicing": ["polyphonic"], "built_in": ["japan"],
                        "played_by": ["nick_rhodes"]},
    "roland_tb303": {"made_by": ["roland"], "designed_by": ["tadao_kikumoto"],
                     "uses_synthesis": ["subtractive"], "has_voicing": ["monophonic"],
                     "built_in": ["japan"], "played_by": ["phuture"]},
    "ppg_wave": {"made_by": ["ppg"], "designed_by": ["wolfgang_palm"],
                 "uses_synthesis": ["wavetable"], "has_voicing": ["polyphonic"],
                 "built_in": ["germany"], "played_by": ["thomas_dolby"]},
    "synclavier": {"made_by": ["new_england_digital"],
                   "designed_by": ["sydney_alonso", "cameron_jones"],
                   "uses_synthesis": ["fm"], "built_in": ["united_states"],
                   "played_by": ["frank_zappa"]},
    "yamaha_dx7": {"made_by": ["yamaha"], "uses_synthesis": ["fm"],
                   "has_voicing": ["polyphonic"], "built_in": ["japan"],
                   "played_by": ["brian_eno"]},
    "casio_cz101": {"made_by": ["casio"], "uses_synthesis": ["phase_distortion"],
                    "has_voicing": ["polyphonic"], "built_in": ["japan"]},
    "roland_juno106": {"made_by": ["roland"], "uses_synthesis": ["subtractive"],
                       "has_voicing": ["polyphonic"], "built_in": ["japan"]},
    "roland_d50": {"made_by": ["roland"], "uses_synthesis": ["linear_arithmetic"],
                   "has_voicing": ["polyphonic"], "built_in": ["japan"]},
    "korg_m1": {"made_by": ["korg"], "uses_synthesis": ["sample_based"],
                "has_voicing": ["polyphonic"], "built_in": ["japan"]},
    "korg_wavestation": {"made_by": ["korg"], "uses_synthesis": ["vector"],
                         "has_voicing": ["polyphonic"], "built_in": ["japan"]},
}

RATINGS = {
    "ana": {"minimoog": 5.0, "yamaha_dx7": 2.0, "prophet_5": 4.5, "korg_m1": 3.0},
    "ben": {"roland_tb303": 4.0, "roland_juno106": 1.5, "yamaha_cs80": 5.0, "casio_cz101": 3.5},
    "chen": {"fairlight_cmi": 4.5, "synclavier": 2.5, "ppg_wave": 4.0, "ems_vcs3": 1.0},
    "dara": {"arp_2600": 5.0, "korg_ms20": 4.0, "oberheim_obxa": 2.0, "roland_jupiter8": 3.5},
    "emil": {"buchla_100": 4.5, "arp_odyssey": 0.5, "roland_d50": 4.0, "korg_wavestation": 3.0},
}

_RANGE = {r.name: r.range[0] for r in RELATIONS}


def entities():
    out = [kgx.Entity(f"synthesizer:{slug}", kind="item", type="synthesizer", label=label,
                      attrs={"year": year})
           for slug, (label, year) in SYNTHS.items()]
    for typ, members in ATTRS.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in members.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"synthesizer:{slug}", rel, f"{_RANGE[rel]}:{t}"))
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"synthesizer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind234")
