"""blind171: a small graph of historic prisons, declared in code.

Item years: the year the prison opened or its building was begun
(Alcatraz as a federal penitentiary 1934, Robben Island's maximum security
prison 1961, the Tower of London's White Tower 1078, ...).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("prison",)),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to",
                 domain=("prison",), range=("city", "region")),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="describes",
                 domain=("prison",), range=("prison_kind",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("prison",), range=("person",)),
    kgx.Relation("held", phrase="held", inverse_phrase="was imprisoned in",
                 domain=("prison",), range=("person",)),
    kgx.Relation("now_used_as", phrase="now serves as a", inverse_phrase="is the present use of",
                 domain=("prison",), range=("use",)),
    kgx.Relation("designated", phrase="is designated a", inverse_phrase="is the designation of",
                 domain=("prison",), range=("designation",)),
]

_PRISONS = [
    ("alcatraz", "Alcatraz Federal Penitentiary", 1934),
    ("eastern_state", "Eastern State Penitentiary", 1829),
    ("tower_of_london", "Tower of London", 1078),
    ("robben_island", "Robben Island", 1961),
    ("bastille", "Bastille", 1370),
    ("chateau_d_if", "Château d'If", 1524),
    ("sing_sing", "Sing Sing", 1826),
    ("devils_island", "Devil's Island", 1852),
    ("port_arthur", "Port Arthur", 1833),
    ("kilmainham", "Kilmainham Gaol", 1796),
    ("spandau", "Spandau Prison", 1876),
    ("pentonville", "Pentonville Prison", 1842),
    ("reading_gaol", "Reading Gaol", 1844),
    ("fremantle", "Fremantle Prison", 1855),
    ("hoa_lo", "Hỏa Lò Prison", 1896),
    ("newgate", "Newgate Prison", 1188),
    ("marshalsea", "Marshalsea", 1373),
    ("peter_and_paul", "Peter and Paul Fortress", 1703),
]

_ATTRIBUTES = [
    # places
    ("city:san_francisco", "city", "San Francisco"),
    ("city:philadelphia", "city", "Philadelphia"),
    ("city:london", "city", "London"),
    ("city:cape_town", "city", "Cape Town"),
    ("city:paris", "city", "Paris"),
    ("city:marseille", "city", "Marseille"),
    ("city:ossining", "city", "Ossining"),
    ("region:french_guiana", "region", "French Guiana"),
    ("region:tasmania", "region", "Tasmania"),
    ("city:dublin", "city", "Dublin"),
    ("city:berlin", "city", "Berlin"),
    ("city:reading", "city", "Reading"),
    ("city:fremantle", "city", "Fremantle"),
    ("city:hanoi", "city", "Hanoi"),
    ("city:saint_petersburg", "city", "Saint Petersburg"),
    # kinds of prison
    ("kind:federal_penitentiary", "prison_kind", "federal penitentiary"),
    ("kind:penitentiary", "prison_kind", "penitentiary"),
    ("kind:fortress", "prison_kind", "fortress"),
    ("kind:penal_colony", "prison_kind", "penal colony"),
    ("kind:debtors_prison", "prison_kind", "debtors' prison"),
    ("kind:maximum_security_prison", "prison_kind", "maximum security prison"),
    ("kind:military_prison", "prison_kind", "military prison"),
    ("kind:model_prison", "prison_kind", "model prison"),
    ("kind:county_gaol", "prison_kind", "county gaol"),
    # architects
    ("person:john_haviland", "person", "John Haviland"),
    ("person:john_traill", "person", "John Traill"),
    ("person:joshua_jebb", "person", "Joshua Jebb"),
    ("person:george_gilbert_scott", "person", "George Gilbert Scott"),
    ("person:george_dance_the_younger", "person", "George Dance the Younger"),
    # prisoners
    ("person:al_capone", "person", "Al Capone"),
    ("person:alvin_karpis", "person", "Alvin Karpis"),
    ("person:robert_stroud", "person", "Robert Stroud"),
    ("person:willie_sutton", "person", "Willie Sutton"),
    ("person:julius_rosenberg", "person", "Julius Rosenberg"),
    ("person:ethel_rosenberg", "person", "Ethel Rosenberg"),
    ("person:anne_boleyn", "person", "Anne Boleyn"),
    ("person:walter_raleigh", "person", "Walter Raleigh"),
    ("person:rudolf_hess", "person", "Rudolf Hess"),
    ("person:albert_speer", "person", "Albert Speer"),
    ("person:karl_doenitz", "person", "Karl Dönitz"),
    ("person:nelson_mandela", "person", "Nelson Mandela"),
    ("person:walter_sisulu", "person", "Walter Sisulu"),
    ("person:robert_sobukwe", "person", "Robert Sobukwe"),
    ("person:voltaire", "person", "Voltaire"),
    ("person:marquis_de_sade", "person", "Marquis de Sade"),
    ("person:mirabeau", "person", "Comte de Mirabeau"),
    ("person:alfred_dreyfus", "person", "Alfred Dreyfus"),
    ("person:william_smith_obrien", "person", "William Smith O'Brien"),
    ("person:charles_stewart_parnell", "person", "Charles Stewart Parnell"),
    ("person:eamon_de_valera", "person", "Éamon de Valera"),
    ("person:oscar_wilde", "person", "Oscar Wilde"),
    ("person:roger_casement", "person", "Roger Casement"),
    ("person:moondyne_joe", "person", "Moondyne Joe"),
    ("person:john_boyle_oreilly", "person", "John Boyle O'Reilly"),
    ("person:john_mccain", "person", "John McCain"),
    ("person:daniel_defoe", "person", "Daniel Defoe"),
    ("person:william_kidd", "person", "William Kidd"),
    ("person:john_dickens", "person", "John Dickens"),
    ("person:fyodor_dostoevsky", "person", "Fyodor Dostoevsky"),
    ("person:tsarevich_alexei", "person", "Tsarevich Alexei Petrovich"),
    # present uses and designations
    ("use:museum", "use", "museum"),
    ("designation:unesco_world_heritage_site", "designation", "UNESCO World Heritage Site"),
    ("designation:national_historic_landmark", "designation", "National Historic Landmark"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"prison:{slug}", kind="item", type="prison", label=label, attrs={"year": year})
           for slug, label, year in _PRISONS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "alcatraz": {
        "located_in": ["city:san_francisco"],
        "has_kind": ["kind:federal_penitentiary"],
        "held": ["person:al_capone", "person:alvin_karpis", "person:robert_stroud"],
        "now_used_as": ["use:museum"],
        "designated": ["designation:national_historic_landmark"],
    },
    "eastern_state": {
        "located_in": ["city:philadelphia"],
        "has_kind": ["kind:penitentiary"],
        "designed_by": ["person:john_haviland"],
        "held": ["person:al_capone", "person:willie_sutton"],
        "now_used_as": ["use:museum"],
        "designated": ["designation:national_historic_landmark"],
    },
    "tower_of_london": {
        "located_in": ["city:london"],
        "has_kind": ["kind:fortress"],
        "held": ["person:anne_boleyn", "person:walter_raleigh", "person:rudolf_hess"],
        "now_used_as": ["use:museum"],
        "designated": ["designation:unesco_world_heritage_site"],
    },
    "robben_island": {
        "located_in": ["city:cape_town"],
        "has_kind": ["kind:maximum_security_prison"],
        "held": ["person:nelson_mandela", "person:walter_sisulu", "person:robert_sobukwe"],
        "now_used_as": ["use:museum"],
        "designated": ["designation:unesco_world_heritage_site"],
    },
    "bastille": {
        "located_in": ["city:paris"],
        "has_kind": ["kind:fortress"],
        "held": ["person:voltaire", "person:marquis_de_sade"],
    },
    "chateau_d_if": {
        "located_in": ["city:marseille"],
        "has_kind": ["kind:fortress"],
        "held": ["person:mirabeau"],
    },
    "sing_sing": {
        "located_in": ["city:ossining"],
        "has_kind": ["kind:maximum_security_prison"],
        "held": ["person:julius_rosenberg", "person:ethel_rosenberg", "person:willie_sutton"],
    },
    "devils_island": {
        "located_in": ["region:french_guiana"],
        "has_kind": ["kind:penal_colony"],
        "held": ["person:alfred_dreyfus"],
    },
    "port_arthur": {
        "located_in": ["region:tasmania"],
        "has_kind": ["kind:penal_colony"],
        "held": ["person:william_smith_obrien"],
        "now_used_as": ["use:museum"],
        "designated": ["designation:unesco_world_heritage_site"],
    },
    "kilmainham": {
        "located_in": ["city:dublin"],
        "has_kind": ["kind:county_gaol"],
        "designed_by": ["person:john_traill"],
        "held": ["person:charles_stewart_parnell", "person:eamon_de_valera"],
        "now_used_as": ["use:museum"],
    },
    "spandau": {
        "located_in": ["city:berlin"],
        "has_kind": ["kind:military_prison"],
        "held": ["person:rudolf_hess", "person:albert_speer", "person:karl_doenitz"],
    },
    "pentonville": {
        "located_in": ["city:london"],
        "has_kind": ["kind:model_prison"],
        "designed_by": ["person:joshua_jebb"],
        "held": ["person:oscar_wilde", "person:roger_casement"],
    },
    "reading_gaol": {
        "located_in": ["city:reading"],
        "has_kind": ["kind:county_gaol"],
        "designed_by": ["person:george_gilbert_scott"],
        "held": ["person:oscar_wilde"],
    },
    "fremantle": {
        "located_in": ["city:fremantle"],
        "has_kind": ["kind:maximum_security_prison"],
        "held": ["person:moondyne_joe", "person:john_boyle_oreilly"],
        "now_used_as": ["use:museum"],
        "designated": ["designation:unesco_world_heritage_site"],
    },
    "hoa_lo": {
        "located_in": ["city:hanoi"],
        "held": ["person:john_mccain"],
        "now_used_as": ["use:museum"],
    },
    "newgate": {
        "located_in": ["city:london"],
        "designed_by": ["person:george_dance_the_younger"],
        "held": ["person:daniel_defoe", "person:william_kidd"],
    },
    "marshalsea": {
        "located_in": ["city:london"],
        "has_kind": ["kind:debtors_prison"],
        "held": ["person:john_dickens"],
    },
    "peter_and_paul": {
        "located_in": ["city:saint_petersburg"],
        "has_kind": ["kind:fortress"],
        "held": ["person:fyodor_dostoevsky", "person:tsarevich_alexei"],
        "now_used_as": ["use:museum"],
    },
}

_RATINGS = {
    "ana": [("alcatraz", 5.0), ("eastern_state", 4.5), ("sing_sing", 2.0), ("tower_of_london", 3.5)],
    "ben": [("robben_island", 5.0), ("kilmainham", 4.0), ("spandau", 1.5), ("bastille", 3.0)],
    "chen": [("chateau_d_if", 4.5), ("peter_and_paul", 4.0), ("devils_island", 1.0), ("newgate", 3.0)],
    "dara": [("fremantle", 5.0), ("port_arthur", 4.5), ("hoa_lo", 2.0), ("reading_gaol", 3.5)],
    "emil": [("pentonville", 1.5), ("marshalsea", 4.0), ("tower_of_london", 5.0), ("alcatraz", 2.5)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for relation, tails in facts.items():
            for tail in tails:
                out.append((f"prison:{slug}", relation, tail))
    for user, ratings in _RATINGS.items():
        for slug, rating in ratings:
            out.append((f"user:{user}", "rated", f"prison:{slug}", {"rating": rating}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind171")
