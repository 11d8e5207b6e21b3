"""blind198: a small graph of real piano sonatas."""
import kgexplain as kgx

T = "piano sonata"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(T,)),
    kgx.Relation("composed_by", phrase="was composed by", inverse_phrase="composed",
                 domain=(T,), range=("composer",)),
    kgx.Relation("in_key", phrase="is in the key of", inverse_phrase="is the key of",
                 domain=(T,), range=("key",)),
    kgx.Relation("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of",
                 domain=(T,), range=("person", "composer")),
    kgx.Relation("premiered_by", phrase="was premiered by", inverse_phrase="gave the premiere of",
                 domain=(T,), range=("pianist", "composer")),
    kgx.Relation("written_in", phrase="was written in", inverse_phrase="is where the composer wrote",
                 domain=(T,), range=("place",)),
    kgx.Relation("has_movements", phrase="has", inverse_phrase="is the number of movements of",
                 domain=(T,), range=("movement count",)),
    kgx.Relation("taught", phrase="taught", inverse_phrase="studied with",
                 domain=("composer", "pianist"), range=("composer", "pianist")),
]

# slug, label, aliases, year
SONATAS = [
    ("pathetique", "Pathétique Sonata", ("Piano Sonata No. 8",), 1798),
    ("moonlight", "Moonlight Sonata", ("Piano Sonata No. 14",), 1801),
    ("waldstein", "Waldstein Sonata", ("Piano Sonata No. 21",), 1804),
    ("appassionata", "Appassionata Sonata", ("Appassionata", "Piano Sonata No. 23"), 1805),
    ("les_adieux", "Les Adieux Sonata", ("Les Adieux", "Piano Sonata No. 26"), 1810),
    ("hammerklavier", "Hammerklavier Sonata", ("Hammerklavier", "Piano Sonata No. 29"), 1818),
    ("k331", "Sonata K. 331", ("K. 331",), 1783),
    ("k545", "Sonata K. 545", ("K. 545", "Sonata facile"), 1788),
    ("hob16_52", "Sonata Hob. XVI:52", ("Hob. XVI:52",), 1794),
    ("chopin_op35", "Funeral March Sonata", ("Sonata Op. 35",), 1839),
    ("chopin_op58", "Sonata Op. 58", (), 1844),
    ("liszt_s178", "Sonata S. 178", (), 1853),
    ("schubert_d960", "Sonata D. 960", ("D. 960",), 1828),
    ("schumann_op11", "Sonata Op. 11", (), 1835),
    ("prokofiev_op82", "Sonata Op. 82", (), 1940),
    ("prokofiev_op83", "Sonata Op. 83", ("Stalingrad Sonata",), 1942),
    ("prokofiev_op84", "Sonata Op. 84", (), 1944),
    ("barber_op26", "Sonata Op. 26", (), 1949),
    ("berg_op1", "Sonata Op. 1", (), 1908),
]

ATTRS = [
    # composers
    ("composer:beethoven", "composer", "Ludwig van Beethoven"),
    ("composer:mozart", "composer", "Wolfgang Amadeus Mozart"),
    ("composer:haydn", "composer", "Joseph Haydn"),
    ("composer:chopin", "composer", "Frédéric Chopin"),
    ("composer:liszt", "composer", "Franz Liszt"),
    ("composer:schubert", "composer", "Franz Schubert"),
    ("composer:schumann", "composer", "Robert Schumann"),
    ("composer:prokofiev", "composer", "Sergei Prokofiev"),
    ("composer:barber", "composer", "Samuel Barber"),
    ("composer:berg", "composer", "Alban Berg"),
    # keys
    ("key:c_minor", "key", "C minor"),
    ("key:c_sharp_minor", "key", "C-sharp minor"),
    ("key:c_major", "key", "C major"),
    ("key:f_minor", "key", "F minor"),
    ("key:e_flat_major", "key", "E-flat major"),
    ("key:b_flat_major", "key", "B-flat major"),
    ("key:a_major", "key", "A major"),
    ("key:b_flat_minor", "key", "B-flat minor"),
    ("key:b_minor", "key", "B minor"),
    ("key:f_sharp_minor", "key", "F-sharp minor"),
    ("key:e_flat_minor", "key", "E-flat minor"),
    # dedicatees
    ("person:lichnowsky", "person", "Prince Karl Lichnowsky"),
    ("person:guicciardi", "person", "Giulietta Guicciardi"),
    ("person:ferdinand_waldstein", "person", "Count Ferdinand von Waldstein"),
    ("person:franz_brunsvik", "person", "Count Franz Brunsvik"),
    ("person:archduke_rudolph", "person", "Archduke Rudolph"),
    ("person:therese_jansen", "person", "Therese Jansen"),
    ("person:emilie_de_perthuis", "person", "Countess Emilie de Perthuis"),
    ("person:clara_wieck", "person", "Clara Wieck"),
    # pianists
    ("pianist:hans_von_bulow", "pianist", "Hans von Bülow"),
    ("pianist:richter", "pianist", "Sviatoslav Richter"),
    ("pianist:gilels", "pianist", "Emil Gilels"),
    ("pianist:horowitz", "pianist", "Vladimir Horowitz"),
    ("pianist:neuhaus", "pianist", "Heinrich Neuhaus"),
    ("composer:schoenberg", "composer", "Arnold Schoenberg"),
    # places
    ("place:vienna", "place", "Vienna"),
    ("place:nohant", "place", "Nohant"),
    ("place:london", "place", "London"),
    ("place:weimar", "place", "Weimar"),
    # movement counts
    ("movements:one", "movement count", "one movement"),
    ("movements:three", "movement count", "three movements"),
    ("movements:four", "movement count", "four movements"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    # slug: composer, key, movements, dedicatee, premiered_by, written_in
    "pathetique": ("beethoven", "c_minor", "three", "person:lichnowsky", None, "vienna"),
    "moonlight": ("beethoven", "c_sharp_minor", "three", "person:guicciardi", None, None),
    "waldstein": ("beethoven", "c_major", "three", "person:ferdinand_waldstein", None, "vienna"),
    "appassionata": ("beethoven", "f_minor", "three", "person:franz_brunsvik", None, None),
    "les_adieux": ("beethoven", "e_flat_major", "three", "person:archduke_rudolph", None, "vienna"),
    "hammerklavier": ("beethoven", "b_flat_major", "four", "person:archduke_rudolph", None, None),
    "k331": ("mozart", "a_major", "three", None, None, None),
    "k545": ("mozart", "c_major", "three", None, None, "vienna"),
    "hob16_52": ("haydn", "e_flat_major", "three", "person:therese_jansen", None, "london"),
    "chopin_op35": ("chopin", "b_flat_minor", "four", None, None, "nohant"),
    "chopin_op58": ("chopin", "b_minor", "four", "person:emilie_de_perthuis", None, "nohant"),
    "liszt_s178": ("liszt", "b_minor", "one", "composer:schumann", "pianist:hans_von_bulow", "weimar"),
    "schubert_d960": ("schubert", "b_flat_major", "four", "composer:schumann", None, "vienna"),
    "schumann_op11": ("schumann", "f_sharp_minor", "four", "person:clara_wieck", None, None),
    "prokofiev_op82": ("prokofiev", "a_major", "four", None, "composer:prokofiev", None),
    "prokofiev_op83": ("prokofiev", "b_flat_major", "three", None, "pianist:richter", None),
    "prokofiev_op84": ("prokofiev", "b_flat_major", "three", None, "pianist:gilels", None),
    "barber_op26": ("barber", "e_flat_minor", "four", None, "pianist:horowitz", None),
    "berg_op1": ("berg", "b_minor", "one", None, None, None),
}

TEACHERS = [
    ("composer:haydn", "composer:beethoven"),
    ("composer:liszt", "pianist:hans_von_bulow"),
    ("pianist:neuhaus", "pianist:richter"),
    ("pianist:neuhaus", "pianist:gilels"),
    ("composer:schoenberg", "composer:berg"),
]

RATINGS = {
    "ana": [("moonlight", 5.0), ("liszt_s178", 4.5), ("k545", 2.0), ("prokofiev_op83", 3.0)],
    "ben": [("hammerklavier", 4.0), ("chopin_op35", 1.5), ("schubert_d960", 5.0), ("barber_op26", 3.5)],
    "chen": [("pathetique", 4.5), ("berg_op1", 1.0), ("prokofiev_op84", 4.0), ("k331", 2.5)],
    "dara": [("appassionata", 5.0), ("chopin_op58", 4.0), ("schumann_op11", 2.0), ("hob16_52", 3.0)],
    "emil": [("waldstein", 3.5), ("les_adieux", 4.5), ("prokofiev_op82", 0.5), ("k331", 5.0)],
}


def entities():
    out = []
    for slug, label, aliases, year in SONATAS:
        out.append(kgx.Entity(f"sonata:{slug}", kind="item", type=T, label=label,
                              aliases=aliases, attrs={"year": year}))
    for eid, typ, label in ATTRS:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, (comp, key, mov, ded, prem, place) in FACTS.items():
        s = f"sonata:{slug}"
        out.append((s, "composed_by", f"composer:{comp}"))
        out.append((s, "in_key", f"key:{key}"))
        out.append((s, "has_movements", f"movements:{mov}"))
        if ded:
            out.append((s, "dedicated_to", ded))
        if prem:
            out.append((s, "premiered_by", prem))
        if place:
            out.append((s, "written_in", f"place:{place}"))
    for teacher, pupil in TEACHERS:
        out.append((teacher, "taught", pupil))
    for u, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{u}", "rated", f"sonata:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind198")
