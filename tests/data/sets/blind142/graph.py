"""blind142: a small opera houses graph."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("opera_house",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("opera_house",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("opera_house",), range=("architect",)),
    kgx.Relation("has_style", phrase="was built in the style of", inverse_phrase="is the style of",
                 domain=("opera_house",), range=("style",)),
    kgx.Relation("hosted_premiere", phrase="hosted the premiere of", inverse_phrase="premiered at",
                 domain=("opera_house",), range=("work",)),
    kgx.Relation("home_of", phrase="is the home of", inverse_phrase="is based at",
                 domain=("opera_house",), range=("company",)),
    kgx.Relation("composed_by", phrase="was composed by", inverse_phrase="composed",
                 domain=("work",), range=("composer",)),
]

# (slug, label, year)
HOUSES = [
    ("la_scala", "Teatro alla Scala", 1778),
    ("palais_garnier", "Palais Garnier", 1875),
    ("vienna_state_opera", "Vienna State Opera", 1869),
    ("sydney_opera_house", "Sydney Opera House", 1973),
    ("royal_opera_house", "Royal Opera House", 1858),
    ("metropolitan_opera_house", "Metropolitan Opera House", 1966),
    ("la_fenice", "Teatro La Fenice", 1792),
    ("bolshoi_theatre", "Bolshoi Theatre", 1856),
    ("teatro_di_san_carlo", "Teatro di San Carlo", 1737),
    ("semperoper", "Semperoper", 1878),
    ("oslo_opera_house", "Oslo Opera House", 2008),
    ("bayreuth_festspielhaus", "Bayreuth Festspielhaus", 1876),
    ("teatro_colon", "Teatro Colón", 1908),
    ("mariinsky_theatre", "Mariinsky Theatre", 1860),
    ("hungarian_state_opera", "Hungarian State Opera House", 1884),
    ("opera_bastille", "Opéra Bastille", 1989),
    ("estates_theatre", "Estates Theatre", 1783),
    ("guangzhou_opera_house", "Guangzhou Opera House", 2010),
]

# (type, slug, label)
ATTRIBUTES = [
    ("city", "milan", "Milan"), ("city", "paris", "Paris"), ("city", "vienna", "Vienna"),
    ("city", "sydney", "Sydney"), ("city", "london", "London"), ("city", "new_york_city", "New York City"),
    ("city", "venice", "Venice"), ("city", "moscow", "Moscow"), ("city", "naples", "Naples"),
    ("city", "dresden", "Dresden"), ("city", "oslo", "Oslo"), ("city", "bayreuth", "Bayreuth"),
    ("city", "buenos_aires", "Buenos Aires"), ("city", "saint_petersburg", "Saint Petersburg"),
    ("city", "budapest", "Budapest"), ("city", "prague", "Prague"), ("city", "guangzhou", "Guangzhou"),
    ("architect", "giuseppe_piermarini", "Giuseppe Piermarini"),
    ("architect", "charles_garnier", "Charles Garnier"),
    ("architect", "eduard_van_der_null", "Eduard van der Nüll"),
    ("architect", "august_sicard_von_sicardsburg", "August Sicard von Sicardsburg"),
    ("architect", "jorn_utzon", "Jørn Utzon"),
    ("architect", "edward_middleton_barry", "Edward Middleton Barry"),
    ("architect", "wallace_harrison", "Wallace Harrison"),
    ("architect", "giannantonio_selva", "Giannantonio Selva"),
    ("architect", "alberto_cavos", "Alberto Cavos"),
    ("architect", "giovanni_antonio_medrano", "Giovanni Antonio Medrano"),
    ("architect", "gottfried_semper", "Gottfried Semper"),
    ("architect", "snohetta", "Snøhetta"),
    ("architect", "otto_bruckwald", "Otto Brückwald"),
    ("architect", "francesco_tamburini", "Francesco Tamburini"),
    ("architect", "vittorio_meano", "Vittorio Meano"),
    ("architect", "miklos_ybl", "Miklós Ybl"),
    ("architect", "carlos_ott", "Carlos Ott"),
    ("architect", "anton_haffenecker", "Anton Haffenecker"),
    ("architect", "zaha_hadid", "Zaha Hadid"),
    ("style", "neoclassical", "Neoclassical"),
    ("style", "beaux_arts", "Beaux-Arts"),
    ("style", "neo_renaissance", "Neo-Renaissance"),
    ("style", "expressionist", "Expressionist"),
    ("style", "modernist", "Modernist"),
    ("work", "otello", "Otello"), ("work", "madama_butterfly", "Madama Butterfly"),
    ("work", "turandot", "Turandot"), ("work", "rigoletto", "Rigoletto"),
    ("work", "la_traviata", "La traviata"), ("work", "don_giovanni", "Don Giovanni"),
    ("work", "parsifal", "Parsifal"), ("work", "salome", "Salome"),
    ("work", "der_rosenkavalier", "Der Rosenkavalier"),
    ("work", "lucia_di_lammermoor", "Lucia di Lammermoor"),
    ("work", "the_sleeping_beauty", "The Sleeping Beauty"),
    ("work", "the_queen_of_spades", "The Queen of Spades"),
    ("work", "swan_lake", "Swan Lake"),
    ("work", "antony_and_cleopatra", "Antony and Cleopatra"),
    ("work", "billy_budd", "Billy Budd"), ("work", "gloriana", "Gloriana"),
    ("work", "thais", "Thaïs"), ("work", "bluebeards_castle", "Bluebeard's Castle"),
    ("composer", "giuseppe_verdi", "Giuseppe Verdi"),
    ("composer", "giacomo_puccini", "Giacomo Puccini"),
    ("composer", "wolfgang_amadeus_mozart", "Wolfgang Amadeus Mozart"),
    ("composer", "richard_wagner", "Richard Wagner"),
    ("composer", "richard_strauss", "Richard Strauss"),
    ("composer", "gaetano_donizetti", "Gaetano Donizetti"),
    ("composer", "pyotr_ilyich_tchaikovsky", "Pyotr Ilyich Tchaikovsky"),
    ("composer", "samuel_barber", "Samuel Barber"),
    ("composer", "benjamin_britten", "Benjamin Britten"),
    ("composer", "jules_massenet", "Jules Massenet"),
    ("composer", "bela_bartok", "Béla Bartók"),
    ("company", "paris_opera", "Paris Opera"),
    ("company", "the_royal_opera", "The Royal Opera"),
    ("company", "the_royal_ballet", "The Royal Ballet"),
    ("company", "metropolitan_opera", "Metropolitan Opera"),
    ("company", "opera_australia", "Opera Australia"),
    ("company", "bolshoi_ballet", "Bolshoi Ballet"),
    ("company", "mariinsky_ballet", "Mariinsky Ballet"),
    ("company", "norwegian_national_opera_and_ballet", "Norwegian National Opera and Ballet"),
    ("company", "vienna_state_ballet", "Vienna State Ballet"),
    ("company", "staatskapelle_dresden", "Staatskapelle Dresden"),
    ("company", "bayreuth_festival", "Bayreuth Festival"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


ALIASES = {
    "la_scala": ("La Scala",),
    "la_fenice": ("La Fenice",),
    "metropolitan_opera_house": ("the Met",),
    "vienna_state_opera": ("Wiener Staatsoper",),
    "bolshoi_theatre": ("the Bolshoi",),
}


def entities():
    out = [kgx.Entity(f"opera_house:{s}", kind="item", type="opera_house", label=name,
                      aliases=ALIASES.get(s, ()), attrs={"year": y})
           for s, name, y in HOUSES]
    out += [kgx.Entity(f"{t}:{s}", kind="attribute", type=t, label=name) for t, s, name in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


LOCATED = {
    "la_scala": "milan", "palais_garnier": "paris", "vienna_state_opera": "vienna",
    "sydney_opera_house": "sydney", "royal_opera_house": "london",
    "metropolitan_opera_house": "new_york_city", "la_fenice": "venice", "bolshoi_theatre": "moscow",
    "teatro_di_san_carlo": "naples", "semperoper": "dresden", "oslo_opera_house": "oslo",
    "bayreuth_festspielhaus": "bayreuth", "teatro_colon": "buenos_aires",
    "mariinsky_theatre": "saint_petersburg", "hungarian_state_opera": "budapest",
    "opera_bastille": "paris", "estates_theatre": "prague", "guangzhou_opera_house": "guangzhou",
}
DESIGNED = {
    "la_scala": ["giuseppe_piermarini"], "palais_garnier": ["charles_garnier"],
    "vienna_state_opera": ["eduard_van_der_null", "august_sicard_von_sicardsburg"],
    "sydney_opera_house": ["jorn_utzon"], "royal_opera_house": ["edward_middleton_barry"],
    "metropolitan_opera_house": ["wallace_harrison"], "la_fenice": ["giannantonio_selva"],
    "bolshoi_theatre": ["alberto_cavos"], "teatro_di_san_carlo": ["giovanni_antonio_medrano"],
    "semperoper": ["gottfried_semper"], "oslo_opera_house": ["snohetta"],
    "bayreuth_festspielhaus": ["otto_bruckwald"],
    "teatro_colon": ["francesco_tamburini", "vittorio_meano"],
    "mariinsky_theatre": ["alberto_cavos"], "hungarian_state_opera": ["miklos_ybl"],
    "opera_bastille": ["carlos_ott"], "estates_theatre": ["anton_haffenecker"],
    "guangzhou_opera_house": ["zaha_hadid"],
}
STYLE = {
    "la_scala": "neoclassical", "palais_garnier": "beaux_arts", "vienna_state_opera": "neo_renaissance",
    "sydney_opera_house": "expressionist", "royal_opera_house": "neoclassical",
    "metropolitan_opera_house": "modernist", "la_fenice": "neoclassical",
    "bolshoi_theatre": "neoclassical", "teatro_di_san_carlo": "neoclassical",
    "oslo_opera_house": "modernist", "hungarian_state_opera": "neo_renaissance",
    "opera_bastille": "modernist", "estates_theatre": "neoclassical",
}
PREMIERES = {
    "la_scala": ["otello", "madama_butterfly", "turandot"],
    "la_fenice": ["rigoletto", "la_traviata"],
    "estates_theatre": ["don_giovanni"],
    "bayreuth_festspielhaus": ["parsifal"],
    "semperoper": ["salome", "der_rosenkavalier"],
    "teatro_di_san_carlo": ["lucia_di_lammermoor"],
    "mariinsky_theatre": ["the_sleeping_beauty", "the_queen_of_spades"],
    "bolshoi_theatre": ["swan_lake"],
    "metropolitan_opera_house": ["antony_and_cleopatra"],
    "royal_opera_house": ["billy_budd", "gloriana"],
    "palais_garnier": ["thais"],
    "hungarian_state_opera": ["bluebeards_castle"],
}
COMPOSER = {
    "otello": "giuseppe_verdi", "rigoletto": "giuseppe_verdi", "la_traviata": "giuseppe_verdi",
    "madama_butterfly": "giacomo_puccini", "turandot": "giacomo_puccini",
    "don_giovanni": "wolfgang_amadeus_mozart", "parsifal": "richard_wagner",
    "salome": "richard_strauss", "der_rosenkavalier": "richard_strauss",
    "lucia_di_lammermoor": "gaetano_donizetti",
    "the_sleeping_beauty": "pyotr_ilyich_tchaikovsky", "the_queen_of_spades": "pyotr_ilyich_tchaikovsky",
    "swan_lake": "pyotr_ilyich_tchaikovsky", "antony_and_cleopatra": "samuel_barber",
    "billy_budd": "benjamin_britten", "gloriana": "benjamin_britten",
    "thais": "jules_massenet", "bluebeards_castle": "bela_bartok",
}
COMPANIES = {
    "palais_garnier": ["paris_opera"], "opera_bastille": ["paris_opera"],
    "royal_opera_house": ["the_royal_opera", "the_royal_ballet"],
    "metropolitan_opera_house": ["metropolitan_opera"], "sydney_opera_house": ["opera_australia"],
    "bolshoi_theatre": ["bolshoi_ballet"], "mariinsky_theatre": ["mariinsky_ballet"],
    "oslo_opera_house": ["norwegian_national_opera_and_ballet"],
    "vienna_state_opera": ["vienna_state_ballet"], "semperoper": ["staatskapelle_dresden"],
    "bayreuth_festspielhaus": ["bayreuth_festival"],
}
RATINGS = {
    "ana": {"la_scala": 5.0, "palais_garnier": 4.5, "la_fenice": 4.0, "sydney_opera_house": 2.0},
    "ben": {"sydney_opera_house": 5.0, "oslo_opera_house": 4.5, "metropolitan_opera_house": 3.0,
            "bolshoi_theatre": 1.5},
    "chen": {"vienna_state_opera": 4.0, "semperoper": 5.0, "bayreuth_festspielhaus": 4.5,
             "guangzhou_opera_house": 2.0},
    "dara": {"mariinsky_theatre": 4.5, "bolshoi_theatre": 5.0, "hungarian_state_opera": 3.5,
             "teatro_colon": 1.0},
    "emil": {"royal_opera_house": 4.0, "estates_theatre": 5.0, "opera_bastille": 1.5,
             "teatro_di_san_carlo": 3.0},
}


def rows():
    out = []
    for h, c in LOCATED.items():
        out.append((f"opera_house:{h}", "located_in", f"city:{c}"))
    for h, archs in DESIGNED.items():
        out += [(f"opera_house:{h}", "designed_by", f"architect:{a}") for a in archs]
    for h, s in STYLE.items():
        out.append((f"opera_house:{h}", "has_style", f"style:{s}"))
    for h, works in PREMIERES.items():
        out += [(f"opera_house:{h}", "hosted_premiere", f"work:{w}") for w in works]
    for w, c in COMPOSER.items():
        out.append((f"work:{w}", "composed_by", f"composer:{c}"))
    for h, cos in COMPANIES.items():
        out += [(f"opera_house:{h}", "home_of", f"company:{c}") for c in cos]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"opera_house:{h}", {"rating": r}) for h, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind142")
