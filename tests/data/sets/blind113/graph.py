"""A small graph of well-known symphonies (blind113).

Each symphony's ``year`` is the year of its first public performance.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("symphony",)),
    kgx.Relation("composed_by", phrase="was composed by", inverse_phrase="composed",
                 domain=("symphony",), range=("composer",)),
    kgx.Relation("premiered_in", phrase="was first performed in", inverse_phrase="hosted the premiere of",
                 domain=("symphony",), range=("city",)),
    kgx.Relation("in_key", phrase="is written in", inverse_phrase="is the key of",
                 domain=("symphony",), range=("key",)),
    kgx.Relation("premiere_conducted_by", phrase="was premiered under the baton of",
                 inverse_phrase="conducted the premiere of",
                 domain=("symphony",), range=("composer", "conductor")),
    kgx.Relation("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of",
                 domain=("symphony",), range=("person",)),
    kgx.Relation("scored_for", phrase="is scored for", inverse_phrase="is heard in",
                 domain=("symphony",), range=("instrument",)),
]

# slug, label, aliases, year (first performance)
SYMPHONIES = [
    ("beethoven_3", "Eroica Symphony", ("Eroica", "Beethoven's Third Symphony"), 1805),
    ("beethoven_5", "Beethoven's Fifth Symphony", ("Beethoven's Fifth",), 1808),
    ("beethoven_6", "Pastoral Symphony", ("Pastoral", "Beethoven's Sixth Symphony"), 1808),
    ("beethoven_9", "Beethoven's Ninth Symphony", ("Beethoven's Ninth", "Choral Symphony"), 1824),
    ("haydn_94", "Surprise Symphony", ("Haydn's Symphony No. 94",), 1792),
    ("mozart_38", "Prague Symphony", ("Mozart's Symphony No. 38",), 1787),
    ("schubert_8", "Unfinished Symphony", ("Schubert's Unfinished",), 1865),
    ("schubert_9", "Great C major Symphony", ("The Great", "Schubert's Ninth Symphony"), 1839),
    ("mendelssohn_3", "Scottish Symphony", ("Mendelssohn's Third Symphony",), 1842),
    ("berlioz_fantastique", "Symphonie fantastique", ("Fantastic Symphony",), 1830),
    ("brahms_1", "Brahms's First Symphony", ("Brahms's First",), 1876),
    ("brahms_4", "Brahms's Fourth Symphony", ("Brahms's Fourth",), 1885),
    ("tchaikovsky_4", "Tchaikovsky's Fourth Symphony", ("Tchaikovsky's Fourth",), 1878),
    ("tchaikovsky_6", "Pathétique Symphony", ("Pathétique", "Tchaikovsky's Sixth Symphony"), 1893),
    ("dvorak_9", "New World Symphony", ("From the New World", "Dvořák's Ninth Symphony"), 1893),
    ("mahler_2", "Resurrection Symphony", ("Mahler's Second Symphony",), 1895),
    ("mahler_5", "Mahler's Fifth Symphony", ("Mahler's Fifth",), 1904),
    ("mahler_8", "Symphony of a Thousand", ("Mahler's Eighth Symphony",), 1910),
    ("shostakovich_5", "Shostakovich's Fifth Symphony", ("Shostakovich's Fifth",), 1937),
    ("sibelius_2", "Sibelius's Second Symphony", ("Sibelius's Second",), 1902),
]

COMPOSERS = {
    "beethoven": "Ludwig van Beethoven", "haydn": "Joseph Haydn", "mozart": "Wolfgang Amadeus Mozart",
    "schubert": "Franz Schubert", "mendelssohn": "Felix Mendelssohn", "berlioz": "Hector Berlioz",
    "brahms": "Johannes Brahms", "tchaikovsky": "Pyotr Ilyich Tchaikovsky", "dvorak": "Antonín Dvořák",
    "mahler": "Gustav Mahler", "shostakovich": "Dmitri Shostakovich", "sibelius": "Jean Sibelius",
}
CONDUCTORS = {
    "herbeck": "Johann von Herbeck", "habeneck": "François Habeneck", "dessoff": "Otto Dessoff",
    "rubinstein": "Nikolai Rubinstein", "seidl": "Anton Seidl", "mravinsky": "Yevgeny Mravinsky",
}
CITIES = {
    "vienna": "Vienna", "london": "London", "prague": "Prague", "leipzig": "Leipzig", "paris": "Paris",
    "karlsruhe": "Karlsruhe", "meiningen": "Meiningen", "moscow": "Moscow",
    "saint_petersburg": "Saint Petersburg", "new_york": "New York City", "berlin": "Berlin",
    "cologne": "Cologne", "munich": "Munich", "helsinki": "Helsinki",
}
KEYS = {
    "e_flat_major": "E-flat major", "c_minor": "C minor", "f_major": "F major", "d_minor": "D minor",
    "g_major": "G major", "d_major": "D major", "b_minor": "B minor", "c_major": "C major",
    "a_minor": "A minor", "e_minor": "E minor", "f_minor": "F minor", "c_sharp_minor": "C-sharp minor",
}
DEDICATEES = {
    "lobkowitz": "Prince Lobkowitz", "razumovsky": "Count Razumovsky",
    "frederick_william_iii": "Frederick William III of Prussia", "queen_victoria": "Queen Victoria",
    "nicholas_i": "Nicholas I of Russia", "von_meck": "Nadezhda von Meck",
    "davydov": "Vladimir Davydov", "alma_mahler": "Alma Mahler", "carpelan": "Axel Carpelan",
}
INSTRUMENTS = {
    "chorus": "chorus", "organ": "organ", "mandolin": "mandolin", "trombone": "trombone",
    "triangle": "triangle", "cor_anglais": "cor anglais", "bells": "bells", "harp": "harp",
    "piano": "piano", "tam_tam": "tam-tam", "timpani": "timpani",
}

FACTS = {
    # slug: composer, city, key, conductor, dedicatees, instruments
    "beethoven_3": ("beethoven", "vienna", "e_flat_major", None, ["lobkowitz"], []),
    "beethoven_5": ("beethoven", "vienna", "c_minor", "composer:beethoven", ["lobkowitz", "razumovsky"], ["trombone"]),
    "beethoven_6": ("beethoven", "vienna", "f_major", "composer:beethoven", ["lobkowitz", "razumovsky"], []),
    "beethoven_9": ("beethoven", "vienna", "d_minor", None, ["frederick_william_iii"], ["chorus", "triangle"]),
    "haydn_94": ("haydn", "london", "g_major", None, [], ["timpani"]),
    "mozart_38": ("mozart", "prague", "d_major", None, [], []),
    "schubert_8": ("schubert", "vienna", "b_minor", "conductor:herbeck", [], ["trombone"]),
    "schubert_9": ("schubert", "leipzig", "c_major", "composer:mendelssohn", [], []),
    "mendelssohn_3": ("mendelssohn", "leipzig", "a_minor", "composer:mendelssohn", ["queen_victoria"], []),
    "berlioz_fantastique": ("berlioz", "paris", None, "conductor:habeneck", ["nicholas_i"], ["cor_anglais", "bells", "harp"]),
    "brahms_1": ("brahms", "karlsruhe", "c_minor", "conductor:dessoff", [], ["trombone"]),
    "brahms_4": ("brahms", "meiningen", "e_minor", "composer:brahms", [], ["triangle"]),
    "tchaikovsky_4": ("tchaikovsky", "moscow", "f_minor", "conductor:rubinstein", ["von_meck"], []),
    "tchaikovsky_6": ("tchaikovsky", "saint_petersburg", "b_minor", "composer:tchaikovsky", ["davydov"], ["tam_tam"]),
    "dvorak_9": ("dvorak", "new_york", "e_minor", "conductor:seidl", [], ["cor_anglais"]),
    "mahler_2": ("mahler", "berlin", "c_minor", "composer:mahler", [], ["chorus", "organ"]),
    "mahler_5": ("mahler", "cologne", "c_sharp_minor", "composer:mahler", [], ["harp"]),
    "mahler_8": ("mahler", "munich", "e_flat_major", "composer:mahler", ["alma_mahler"], ["chorus", "organ", "mandolin", "piano"]),
    "shostakovich_5": ("shostakovich", "saint_petersburg", "d_minor", "conductor:mravinsky", [], ["harp", "piano"]),
    "sibelius_2": ("sibelius", "helsinki", "d_major", "composer:sibelius", ["carpelan"], []),
}

RATINGS = {
    "ana": [("beethoven_9", 5.0), ("mahler_2", 4.5), ("haydn_94", 2.0), ("sibelius_2", 4.0)],
    "ben": [("berlioz_fantastique", 4.5), ("tchaikovsky_6", 1.5), ("dvorak_9", 5.0), ("brahms_4", 3.0)],
    "chen": [("shostakovich_5", 4.0), ("mahler_5", 5.0), ("mozart_38", 2.5), ("schubert_8", 1.0)],
    "dara": [("beethoven_5", 3.5), ("beethoven_6", 4.5), ("mendelssohn_3", 2.0), ("dvorak_9", 4.0)],
    "emil": [("beethoven_3", 5.0), ("brahms_1", 4.0), ("tchaikovsky_4", 1.5), ("mahler_8", 3.0)],
}


def entities():
    out = []
    for slug, label, aliases, year in SYMPHONIES:
        out.append(kgx.Entity(f"symphony:{slug}", kind="item", type="symphony", label=label,
                              aliases=aliases, attrs={"year": year}))
    for slug, label in COMPOSERS.items():
        out.append(kgx.Entity(f"composer:{slug}", kind="attribute", type="composer", label=label))
    for slug, label in CONDUCTORS.items():
        out.append(kgx.Entity(f"conductor:{slug}", kind="attribute", type="conductor", label=label))
    for slug, label in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in KEYS.items():
        out.append(kgx.Entity(f"key:{slug}", kind="attribute", type="key", label=label))
    for slug, label in DEDICATEES.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in INSTRUMENTS.items():
        out.append(kgx.Entity(f"instrument:{slug}", kind="attribute", type="instrument", label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (composer, city, key, conductor, dedicatees, instruments) in FACTS.items():
        s = f"symphony:{slug}"
        out.append((s, "composed_by", f"composer:{composer}"))
        out.append((s, "premiered_in", f"city:{city}"))
        if key:
            out.append((s, "in_key", f"key:{key}"))
        if conductor:
            out.append((s, "premiere_conducted_by", conductor))
        for d in dedicatees:
            out.append((s, "dedicated_to", f"person:{d}"))
        for i in instruments:
            out.append((s, "scored_for", f"instrument:{i}"))
    for name, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{name}", "rated", f"symphony:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind113")
