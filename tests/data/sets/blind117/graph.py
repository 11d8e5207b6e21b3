"""blind117: a small graph of real astronomical observatories."""
import kgexplain as kgx

OBS = ("observatory",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=OBS),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=OBS, range=("country", "territory")),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=OBS, range=("organisation",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=OBS, range=("person",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of",
                 domain=OBS, range=("kind",)),
    kgx.Relation("houses", phrase="houses", inverse_phrase="is housed at",
                 domain=OBS, range=("telescope",)),
    kgx.Relation("discovery_site_of", phrase="was the site of the discovery of",
                 inverse_phrase="was discovered at", domain=OBS, range=("discovery",)),
]

_ITEMS = [
    ("greenwich", "Royal Observatory, Greenwich", 1675),
    ("paris", "Paris Observatory", 1667),
    ("berlin", "Berlin Observatory", 1700),
    ("pulkovo", "Pulkovo Observatory", 1839),
    ("lick", "Lick Observatory", 1888),
    ("lowell", "Lowell Observatory", 1894),
    ("yerkes", "Yerkes Observatory", 1897),
    ("mount_wilson", "Mount Wilson Observatory", 1904),
    ("jodrell_bank", "Jodrell Bank Observatory", 1945),
    ("palomar", "Palomar Observatory", 1948),
    ("mullard", "Mullard Radio Astronomy Observatory", 1957),
    ("green_bank", "Green Bank Observatory", 1957),
    ("kitt_peak", "Kitt Peak National Observatory", 1958),
    ("parkes", "Parkes Observatory", 1961),
    ("arecibo", "Arecibo Observatory", 1963),
    ("la_silla", "La Silla Observatory", 1969),
    ("roque", "Roque de los Muchachos Observatory", 1985),
    ("keck", "W. M. Keck Observatory", 1993),
    ("paranal", "Paranal Observatory", 1999),
    ("ligo_hanford", "LIGO Hanford Observatory", 2002),
]

_ATTRS = [
    # places
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:france", "country", "France"),
    ("country:germany", "country", "Germany"),
    ("country:russia", "country", "Russia"),
    ("country:united_states", "country", "United States"),
    ("country:australia", "country", "Australia"),
    ("country:chile", "country", "Chile"),
    ("country:spain", "country", "Spain"),
    ("territory:puerto_rico", "territory", "Puerto Rico"),
    # organisations
    ("org:royal_museums_greenwich", "organisation", "Royal Museums Greenwich"),
    ("org:russian_academy_of_sciences", "organisation", "Russian Academy of Sciences"),
    ("org:university_of_california", "organisation", "University of California"),
    ("org:mount_wilson_institute", "organisation", "Mount Wilson Institute"),
    ("org:university_of_manchester", "organisation", "University of Manchester"),
    ("org:caltech", "organisation", "Caltech"),
    ("org:mit", "organisation", "MIT"),
    ("org:university_of_cambridge", "organisation", "University of Cambridge"),
    ("org:aui", "organisation", "Associated Universities, Inc."),
    ("org:noirlab", "organisation", "NOIRLab"),
    ("org:csiro", "organisation", "CSIRO"),
    ("org:eso", "organisation", "European Southern Observatory"),
    ("org:iac", "organisation", "Instituto de Astrofísica de Canarias"),
    ("org:cara", "organisation", "California Association for Research in Astronomy"),
    # people
    ("person:charles_ii", "person", "Charles II"),
    ("person:struve", "person", "Friedrich Georg Wilhelm von Struve"),
    ("person:james_lick", "person", "James Lick"),
    ("person:percival_lowell", "person", "Percival Lowell"),
    ("person:george_ellery_hale", "person", "George Ellery Hale"),
    ("person:bernard_lovell", "person", "Bernard Lovell"),
    ("person:martin_ryle", "person", "Martin Ryle"),
    ("person:william_e_gordon", "person", "William E. Gordon"),
    # kinds
    ("kind:optical_observatory", "kind", "optical observatory"),
    ("kind:radio_observatory", "kind", "radio observatory"),
    ("kind:gravitational_wave_observatory", "kind", "gravitational-wave observatory"),
    # telescopes
    ("telescope:great_equatorial", "telescope", "Great Equatorial Telescope"),
    ("telescope:great_lick_refractor", "telescope", "Great Lick Refractor"),
    ("telescope:clark_telescope", "telescope", "Clark Telescope"),
    ("telescope:hooker_telescope", "telescope", "Hooker Telescope"),
    ("telescope:lovell_telescope", "telescope", "Lovell Telescope"),
    ("telescope:hale_telescope", "telescope", "Hale Telescope"),
    ("telescope:green_bank_telescope", "telescope", "Green Bank Telescope"),
    ("telescope:mayall_telescope", "telescope", "Mayall Telescope"),
    ("telescope:murriyang", "telescope", "Murriyang"),
    ("telescope:new_technology_telescope", "telescope", "New Technology Telescope"),
    ("telescope:gran_telescopio_canarias", "telescope", "Gran Telescopio Canarias"),
    ("telescope:very_large_telescope", "telescope", "Very Large Telescope"),
    # discoveries
    ("discovery:iapetus", "discovery", "Iapetus"),
    ("discovery:neptune", "discovery", "Neptune"),
    ("discovery:amalthea", "discovery", "Amalthea"),
    ("discovery:pluto", "discovery", "Pluto"),
    ("discovery:eris", "discovery", "Eris"),
    ("discovery:pulsars", "discovery", "pulsars"),
    ("discovery:fast_radio_bursts", "discovery", "fast radio bursts"),
    ("discovery:hulse_taylor_binary", "discovery", "Hulse-Taylor binary pulsar"),
    ("discovery:gravitational_waves", "discovery", "gravitational waves"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"observatory:{slug}", kind="item", type="observatory", label=label,
                      attrs={"year": year}) for slug, label, year in _ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "greenwich": [("located_in", "country:united_kingdom"), ("founded_by", "person:charles_ii"),
                  ("operated_by", "org:royal_museums_greenwich"), ("has_kind", "kind:optical_observatory"),
                  ("houses", "telescope:great_equatorial")],
    "paris": [("located_in", "country:france"), ("has_kind", "kind:optical_observatory"),
              ("discovery_site_of", "discovery:iapetus")],
    "berlin": [("located_in", "country:germany"), ("has_kind", "kind:optical_observatory"),
               ("discovery_site_of", "discovery:neptune")],
    "pulkovo": [("located_in", "country:russia"), ("founded_by", "person:struve"),
                ("operated_by", "org:russian_academy_of_sciences"), ("has_kind", "kind:optical_observatory")],
    "lick": [("located_in", "country:united_states"), ("founded_by", "person:james_lick"),
             ("operated_by", "org:university_of_california"), ("has_kind", "kind:optical_observatory"),
             ("houses", "telescope:great_lick_refractor"), ("discovery_site_of", "discovery:amalthea")],
    "lowell": [("located_in", "country:united_states"), ("founded_by", "person:percival_lowell"),
               ("has_kind", "kind:optical_observatory"), ("houses", "telescope:clark_telescope"),
               ("discovery_site_of", "discovery:pluto")],
    "yerkes": [("located_in", "country:united_states"), ("founded_by", "person:george_ellery_hale"),
               ("has_kind", "kind:optical_observatory")],
    "mount_wilson": [("located_in", "country:united_states"), ("founded_by", "person:george_ellery_hale"),
                     ("operated_by", "org:mount_wilson_institute"), ("has_kind", "kind:optical_observatory"),
                     ("houses", "telescope:hooker_telescope")],
    "jodrell_bank": [("located_in", "country:united_kingdom"), ("founded_by", "person:bernard_lovell"),
                     ("operated_by", "org:university_of_manchester"), ("has_kind", "kind:radio_observatory"),
                     ("houses", "telescope:lovell_telescope")],
    "palomar": [("located_in", "country:united_states"), ("operated_by", "org:caltech"),
                ("has_kind", "kind:optical_observatory"), ("houses", "telescope:hale_telescope"),
                ("discovery_site_of", "discovery:eris")],
    "mullard": [("located_in", "country:united_kingdom"), ("founded_by", "person:martin_ryle"),
                ("operated_by", "org:university_of_cambridge"), ("has_kind", "kind:radio_observatory"),
                ("discovery_site_of", "discovery:pulsars")],
    "green_bank": [("located_in", "country:united_states"), ("operated_by", "org:aui"),
                   ("has_kind", "kind:radio_observatory"), ("houses", "telescope:green_bank_telescope")],
    "kitt_peak": [("located_in", "country:united_states"), ("operated_by", "org:noirlab"),
                  ("has_kind", "kind:optical_observatory"), ("houses", "telescope:mayall_telescope")],
    "parkes": [("located_in", "country:australia"), ("operated_by", "org:csiro"),
               ("has_kind", "kind:radio_observatory"), ("houses", "telescope:murriyang"),
               ("discovery_site_of", "discovery:fast_radio_bursts")],
    "arecibo": [("located_in", "territory:puerto_rico"), ("founded_by", "person:william_e_gordon"),
                ("has_kind", "kind:radio_observatory"), ("discovery_site_of", "discovery:hulse_taylor_binary")],
    "la_silla": [("located_in", "country:chile"), ("operated_by", "org:eso"),
                 ("has_kind", "kind:optical_observatory"), ("houses", "telescope:new_technology_telescope")],
    "roque": [("located_in", "country:spain"), ("operated_by", "org:iac"),
              ("has_kind", "kind:optical_observatory"), ("houses", "telescope:gran_telescopio_canarias")],
    "keck": [("located_in", "country:united_states"), ("operated_by", "org:cara"),
             ("has_kind", "kind:optical_observatory")],
    "paranal": [("located_in", "country:chile"), ("operated_by", "org:eso"),
                ("has_kind", "kind:optical_observatory"), ("houses", "telescope:very_large_telescope")],
    "ligo_hanford": [("located_in", "country:united_states"), ("operated_by", "org:caltech"),
                     ("operated_by", "org:mit"), ("has_kind", "kind:gravitational_wave_observatory"),
                     ("discovery_site_of", "discovery:gravitational_waves")],
}

RATINGS = {
    "ana": [("lowell", 5.0), ("palomar", 4.5), ("paris", 2.0), ("arecibo", 4.0)],
    "ben": [("jodrell_bank", 5.0), ("greenwich", 1.5), ("parkes", 4.0), ("berlin", 3.0)],
    "chen": [("paranal", 4.5), ("la_silla", 2.0), ("keck", 3.5), ("mount_wilson", 5.0)],
    "dara": [("mullard", 4.0), ("ligo_hanford", 5.0), ("green_bank", 1.0), ("lick", 3.0)],
    "emil": [("pulkovo", 2.5), ("roque", 4.5), ("kitt_peak", 1.5), ("yerkes", 5.0)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((f"observatory:{slug}", rel, tail))
    for user, rated in RATINGS.items():
        for slug, r in rated:
            out.append((f"user:{user}", "rated", f"observatory:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind117")
