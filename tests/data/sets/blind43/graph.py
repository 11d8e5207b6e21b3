"""A small classical-music graph for the blind43 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with
compositions (operas, symphonies, concertos, ballets: items, with the year of their
premiere or completion), and as attributes their composers, librettists, premiere
venues, forms, keys and eras; a few listeners (users) rate some of them 1-5.
Relations declare only ``phrase`` / ``inverse_phrase``, as a new user of the library would.
"""

from __future__ import annotations

import kgexplain as kgx

WORKS = {
    # id: (label, year, aliases)
    "work:figaro": ("Le nozze di Figaro", 1786, ("The Marriage of Figaro",)),
    "work:don_giovanni": ("Don Giovanni", 1787, ()),
    "work:zauberfloete": ("Die Zauberflöte", 1791, ("The Magic Flute",)),
    "work:mozart_40": ("Symphony No. 40", 1788, ()),
    "work:eroica": ("Symphony No. 3", 1805, ("Eroica",)),
    "work:beethoven_5": ("Symphony No. 5", 1808, ()),
    "work:beethoven_9": ("Symphony No. 9", 1824, ("Choral Symphony",)),
    "work:rigoletto": ("Rigoletto", 1851, ()),
    "work:traviata": ("La traviata", 1853, ()),
    "work:aida": ("Aida", 1871, ()),
    "work:carmen": ("Carmen", 1875, ()),
    "work:boheme": ("La bohème", 1896, ()),
    "work:tosca": ("Tosca", 1900, ()),
    "work:swan_lake": ("Swan Lake", 1877, ()),
    "work:pathetique": ("Symphony No. 6", 1893, ("Pathétique",)),
    "work:rite_of_spring": ("The Rite of Spring", 1913, ()),
    "work:tchaikovsky_pc1": ("Piano Concerto No. 1", 1875, ()),
    "work:mendelssohn_vc": ("Violin Concerto in E minor", 1845, ()),
    "work:brahms_vc": ("Violin Concerto in D major", 1879, ()),
}

ATTRIBUTES = {
    # composers
    "composer:mozart": ("composer", "Wolfgang Amadeus Mozart", ("Mozart",)),
    "composer:beethoven": ("composer", "Ludwig van Beethoven", ("Beethoven",)),
    "composer:verdi": ("composer", "Giuseppe Verdi", ("Verdi",)),
    "composer:puccini": ("composer", "Giacomo Puccini", ("Puccini",)),
    "composer:bizet": ("composer", "Georges Bizet", ("Bizet",)),
    "composer:tchaikovsky": ("composer", "Pyotr Ilyich Tchaikovsky", ("Tchaikovsky",)),
    "composer:brahms": ("composer", "Johannes Brahms", ("Brahms",)),
    "composer:mendelssohn": ("composer", "Felix Mendelssohn", ("Mendelssohn",)),
    "composer:stravinsky": ("composer", "Igor Stravinsky", ("Stravinsky",)),
    # librettists
    "librettist:da_ponte": ("librettist", "Lorenzo Da Ponte", ("Da Ponte",)),
    "librettist:schikaneder": ("librettist", "Emanuel Schikaneder", ("Schikaneder",)),
    "librettist:piave": ("librettist", "Francesco Maria Piave", ("Piave",)),
    "librettist:ghislanzoni": ("librettist", "Antonio Ghislanzoni", ("Ghislanzoni",)),
    "librettist:meilhac": ("librettist", "Henri Meilhac", ("Meilhac",)),
    "librettist:halevy": ("librettist", "Ludovic Halévy", ("Halévy",)),
    "librettist:illica": ("librettist", "Luigi Illica", ("Illica",)),
    "librettist:giacosa": ("librettist", "Giuseppe Giacosa", ("Giacosa",)),
    # premiere venues
    "venue:burgtheater": ("venue", "Burgtheater", ()),
    "venue:estates_theatre": ("venue", "Estates Theatre", ()),
    "venue:theater_auf_der_wieden": ("venue", "Theater auf der Wieden", ()),
    "venue:theater_an_der_wien": ("venue", "Theater an der Wien", ()),
    "venue:kaerntnertortheater": ("venue", "Kärntnertortheater", ()),
    "venue:la_fenice": ("venue", "La Fenice", ()),
    "venue:khedivial": ("venue", "Khedivial Opera House", ()),
    "venue:opera_comique": ("venue", "Opéra-Comique", ()),
    "venue:teatro_regio": ("venue", "Teatro Regio", ()),
    "venue:teatro_costanzi": ("venue", "Teatro Costanzi", ()),
    "venue:bolshoi": ("venue", "Bolshoi Theatre", ()),
    "venue:champs_elysees": ("venue", "Théâtre des Champs-Élysées", ()),
    "venue:gewandhaus": ("venue", "Gewandhaus", ()),
    "venue:boston_music_hall": ("venue", "Boston Music Hall", ()),
    # forms
    "form:opera": ("form", "opera", ()),
    "form:symphony": ("form", "symphony", ()),
    "form:violin_concerto": ("form", "violin concerto", ()),
    "form:piano_concerto": ("form", "piano concerto", ()),
    "form:ballet": ("form", "ballet", ()),
    # keys
    "key:g_minor": ("key", "G minor", ()),
    "key:e_flat_major": ("key", "E-flat major", ()),
    "key:c_minor": ("key", "C minor", ()),
    "key:d_minor": ("key", "D minor", ()),
    "key:b_minor": ("key", "B minor", ()),
    "key:b_flat_minor": ("key", "B-flat minor", ()),
    "key:e_minor": ("key", "E minor", ()),
    "key:d_major": ("key", "D major", ()),
    # eras
    "era:classical": ("era", "Classical period", ("Classical",)),
    "era:romantic": ("era", "Romantic period", ("Romantic",)),
    "era:modernist": ("era", "Modernist period", ("Modernist",)),
}

USERS = {
    "user:anna": "Anna",
    "user:ben": "Ben",
    "user:clara": "Clara",
    "user:david": "David",
    "user:elif": "Elif",
}

FACTS = [
    # work, composer, librettists, venue, form, key, era
    ("work:figaro", "composer:mozart", ["librettist:da_ponte"], "venue:burgtheater", "form:opera", None, "era:classical"),
    ("work:don_giovanni", "composer:mozart", ["librettist:da_ponte"], "venue:estates_theatre", "form:opera", None, "era:classical"),
    ("work:zauberfloete", "composer:mozart", ["librettist:schikaneder"], "venue:theater_auf_der_wieden", "form:opera", None, "era:classical"),
    ("work:mozart_40", "composer:mozart", [], None, "form:symphony", "key:g_minor", "era:classical"),
    ("work:eroica", "composer:beethoven", [], "venue:theater_an_der_wien", "form:symphony", "key:e_flat_major", "era:classical"),
    ("work:beethoven_5", "composer:beethoven", [], "venue:theater_an_der_wien", "form:symphony", "key:c_minor", "era:classical"),
    ("work:beethoven_9", "composer:beethoven", [], "venue:kaerntnertortheater", "form:symphony", "key:d_minor", "era:romantic"),
    ("work:rigoletto", "composer:verdi", ["librettist:piave"], "venue:la_fenice", "form:opera", None, "era:romantic"),
    ("work:traviata", "composer:verdi", ["librettist:piave"], "venue:la_fenice", "form:opera", None, "era:romantic"),
    ("work:aida", "composer:verdi", ["librettist:ghislanzoni"], "venue:khedivial", "form:opera", None, "era:romantic"),
    ("work:carmen", "composer:bizet", ["librettist:meilhac", "librettist:halevy"], "venue:opera_comique", "form:opera", None, "era:romantic"),
    ("work:boheme", "composer:puccini", ["librettist:illica", "librettist:giacosa"], "venue:teatro_regio", "form:opera", None, "era:romantic"),
    ("work:tosca", "composer:puccini", ["librettist:illica", "librettist:giacosa"], "venue:teatro_costanzi", "form:opera", None, "era:romantic"),
    ("work:swan_lake", "composer:tchaikovsky", [], "venue:bolshoi", "form:ballet", None, "era:romantic"),
    ("work:pathetique", "composer:tchaikovsky", [], None, "form:symphony", "key:b_minor", "era:romantic"),
    ("work:rite_of_spring", "composer:stravinsky", [], "venue:champs_elysees", "form:ballet", None, "era:modernist"),
    ("work:tchaikovsky_pc1", "composer:tchaikovsky", [], "venue:boston_music_hall", "form:piano_concerto", "key:b_flat_minor", "era:romantic"),
    ("work:mendelssohn_vc", "composer:mendelssohn", [], "venue:gewandhaus", "form:violin_concerto", "key:e_minor", "era:romantic"),
    ("work:brahms_vc", "composer:brahms", [], "venue:gewandhaus", "form:violin_concerto", "key:d_major", "era:romantic"),
]

RATINGS = [
    ("user:anna", "work:don_giovanni", 5),
    ("user:anna", "work:traviata", 4),
    ("user:anna", "work:beethoven_5", 2),
    ("user:anna", "work:carmen", 3),
    ("user:anna", "work:tosca", 5),
    ("user:ben", "work:beethoven_9", 5),
    ("user:ben", "work:eroica", 4),
    ("user:ben", "work:rite_of_spring", 1),
    ("user:ben", "work:brahms_vc", 4),
    ("user:ben", "work:swan_lake", 3),
    ("user:clara", "work:boheme", 5),
    ("user:clara", "work:rigoletto", 2),
    ("user:clara", "work:zauberfloete", 4),
    ("user:clara", "work:mozart_40", 5),
    ("user:clara", "work:aida", 3),
    ("user:david", "work:tchaikovsky_pc1", 5),
    ("user:david", "work:pathetique", 4),
    ("user:david", "work:figaro", 2),
    ("user:david", "work:mendelssohn_vc", 3),
    ("user:david", "work:swan_lake", 5),
    ("user:elif", "work:rite_of_spring", 5),
    ("user:elif", "work:carmen", 4),
    ("user:elif", "work:beethoven_9", 2),
    ("user:elif", "work:tosca", 3),
    ("user:elif", "work:boheme", 1),
]

RELATIONS = [
    kgx.Relation("listened_to", phrase="listened to", inverse_phrase="was heard by",
                 domain=("user",), range=("work",)),
    kgx.Relation("composed_by", phrase="was composed by", inverse_phrase="composed",
                 domain=("work",), range=("composer",)),
    kgx.Relation("libretto_by", phrase="has a libretto by", inverse_phrase="wrote the libretto of",
                 domain=("work",), range=("librettist",)),
    kgx.Relation("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of",
                 domain=("work",), range=("venue",)),
    kgx.Relation("has_form", phrase="is a", inverse_phrase="is the form of",
                 domain=("work",), range=("form",)),
    kgx.Relation("in_key", phrase="is in the key of", inverse_phrase="is the key of",
                 domain=("work",), range=("key",)),
    kgx.Relation("from_era", phrase="dates from the", inverse_phrase="is the era of",
                 domain=("work",), range=("era",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for work, composer, librettists, venue, form, key, era in FACTS:
        out.append((work, "composed_by", composer))
        out += [(work, "libretto_by", lib) for lib in librettists]
        if venue:
            out.append((work, "premiered_at", venue))
        out.append((work, "has_form", form))
        if key:
            out.append((work, "in_key", key))
        out.append((work, "from_era", era))
    out += [(u, "listened_to", w, {"rating": float(s)}) for u, w, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [
        kgx.Entity(i, kind="item", type="work", label=lab, aliases=al, attrs={"year": year})
        for i, (lab, year, al) in WORKS.items()
    ]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab, aliases=al)
             for i, (t, lab, al) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind43 classical-music graph (19 works, 47 attributes, 5 listeners)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind43")
