"""blind102: a small graph of well-known poems (English and German), their poets, forms,
first publications, settings and languages, plus five users who rated four poems each."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("poem",)),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote",
                 domain=("poem",), range=("poet",)),
    kgx.Relation("has_form", phrase="takes the form of", inverse_phrase="is the form of",
                 domain=("poem",), range=("form",)),
    kgx.Relation("first_published_in", phrase="first appeared in", inverse_phrase="first printed",
                 domain=("poem",), range=("magazine", "newspaper", "collection", "play")),
    kgx.Relation("set_in", phrase="is set in", inverse_phrase="is the setting of",
                 domain=("poem",), range=("place",)),
    kgx.Relation("in_language", phrase="is written in", inverse_phrase="is the language of",
                 domain=("poem",), range=("language",)),
]

# slug, label, year (first publication)
POEMS = [
    ("prufrock", "The Love Song of J. Alfred Prufrock", 1915),
    ("ozymandias", "Ozymandias", 1818),
    ("ode_to_a_nightingale", "Ode to a Nightingale", 1819),
    ("the_raven", "The Raven", 1845),
    ("do_not_go_gentle", "Do Not Go Gentle into That Good Night", 1951),
    ("the_road_not_taken", "The Road Not Taken", 1915),
    ("stopping_by_woods", "Stopping by Woods on a Snowy Evening", 1923),
    ("howl", "Howl", 1956),
    ("sonnet_18", "Sonnet 18", 1609),
    ("ancient_mariner", "The Rime of the Ancient Mariner", 1798),
    ("tintern_abbey", "Tintern Abbey", 1798),
    ("paradise_lost", "Paradise Lost", 1667),
    ("song_of_myself", "Song of Myself", 1855),
    ("dover_beach", "Dover Beach", 1867),
    ("the_second_coming", "The Second Coming", 1920),
    ("sailing_to_byzantium", "Sailing to Byzantium", 1927),
    ("ulysses", "Ulysses", 1842),
    ("light_brigade", "The Charge of the Light Brigade", 1854),
    ("erlkonig", "Der Erlkönig", 1782),
    ("kubla_khan", "Kubla Khan", 1816),
]

ALIASES = {
    "tintern_abbey": ("Lines Composed a Few Miles above Tintern Abbey",),
    "erlkonig": ("Erlkönig", "The Erl-King"),
    "sonnet_18": ("Shall I compare thee to a summer's day?",),
}

POETS = {
    "t_s_eliot": "T. S. Eliot",
    "percy_bysshe_shelley": "Percy Bysshe Shelley",
    "john_keats": "John Keats",
    "edgar_allan_poe": "Edgar Allan Poe",
    "dylan_thomas": "Dylan Thomas",
    "robert_frost": "Robert Frost",
    "allen_ginsberg": "Allen Ginsberg",
    "william_shakespeare": "William Shakespeare",
    "samuel_taylor_coleridge": "Samuel Taylor Coleridge",
    "william_wordsworth": "William Wordsworth",
    "john_milton": "John Milton",
    "walt_whitman": "Walt Whitman",
    "matthew_arnold": "Matthew Arnold",
    "w_b_yeats": "W. B. Yeats",
    "alfred_tennyson": "Alfred Tennyson",
    "goethe": "Johann Wolfgang von Goethe",
}

FORMS = ["sonnet", "ode", "villanelle", "dramatic monologue", "ballad", "epic poem",
         "free verse", "ottava rima", "blank verse", "narrative poem"]

# slug: (label, type)
PUBLICATIONS = {
    "poetry_magazine": ("Poetry", "magazine"),
    "the_examiner": ("The Examiner", "newspaper"),
    "annals_of_the_fine_arts": ("Annals of the Fine Arts", "magazine"),
    "new_york_evening_mirror": ("New York Evening Mirror", "newspaper"),
    "botteghe_oscure": ("Botteghe Oscure", "magazine"),
    "the_atlantic_monthly": ("The Atlantic Monthly", "magazine"),
    "the_new_republic": ("The New Republic", "magazine"),
    "howl_and_other_poems": ("Howl and Other Poems", "collection"),
    "shakespeares_sonnets": ("Shakespeare's Sonnets", "collection"),
    "lyrical_ballads": ("Lyrical Ballads", "collection"),
    "leaves_of_grass": ("Leaves of Grass", "collection"),
    "new_poems": ("New Poems", "collection"),
    "the_dial": ("The Dial", "magazine"),
    "october_blast": ("October Blast", "collection"),
    "die_fischerin": ("Die Fischerin", "play"),
    "christabel_pamphlet": ("Christabel; Kubla Khan, a Vision; The Pains of Sleep", "collection"),
}

PLACES = {
    "xanadu": "Xanadu",
    "ithaca": "Ithaca",
    "balaclava": "Balaclava",
    "dover": "Dover",
    "byzantium": "Byzantium",
    "garden_of_eden": "the Garden of Eden",
    "wye_valley": "the Wye Valley",
}

LANGUAGES = {"english": "English", "german": "German"}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# poem: poet, [forms], publication or None, place or None, language
FACTS = {
    "prufrock": ("t_s_eliot", ["dramatic monologue"], "poetry_magazine", None, "english"),
    "ozymandias": ("percy_bysshe_shelley", ["sonnet"], "the_examiner", None, "english"),
    "ode_to_a_nightingale": ("john_keats", ["ode"], "annals_of_the_fine_arts", None, "english"),
    "the_raven": ("edgar_allan_poe", ["narrative poem"], "new_york_evening_mirror", None, "english"),
    "do_not_go_gentle": ("dylan_thomas", ["villanelle"], "botteghe_oscure", None, "english"),
    "the_road_not_taken": ("robert_frost", [], "the_atlantic_monthly", None, "english"),
    "stopping_by_woods": ("robert_frost", [], "the_new_republic", None, "english"),
    "howl": ("allen_ginsberg", ["free verse"], "howl_and_other_poems", None, "english"),
    "sonnet_18": ("william_shakespeare", ["sonnet"], "shakespeares_sonnets", None, "english"),
    "ancient_mariner": ("samuel_taylor_coleridge", ["ballad"], "lyrical_ballads", None, "english"),
    "tintern_abbey": ("william_wordsworth", ["blank verse"], "lyrical_ballads", "wye_valley", "english"),
    "paradise_lost": ("john_milton", ["epic poem", "blank verse"], None, "garden_of_eden", "english"),
    "song_of_myself": ("walt_whitman", ["free verse"], "leaves_of_grass", None, "english"),
    "dover_beach": ("matthew_arnold", [], "new_poems", "dover", "english"),
    "the_second_coming": ("w_b_yeats", [], "the_dial", None, "english"),
    "sailing_to_byzantium": ("w_b_yeats", ["ottava rima"], "october_blast", "byzantium", "english"),
    "ulysses": ("alfred_tennyson", ["dramatic monologue", "blank verse"], None, "ithaca", "english"),
    "light_brigade": ("alfred_tennyson", [], "the_examiner", "balaclava", "english"),
    "erlkonig": ("goethe", ["ballad"], "die_fischerin", None, "german"),
    "kubla_khan": ("samuel_taylor_coleridge", [], "christabel_pamphlet", "xanadu", "english"),
}

RATINGS = {
    "ana": [("ozymandias", 5.0), ("the_raven", 4.5), ("howl", 1.5), ("dover_beach", 3.0)],
    "ben": [("the_road_not_taken", 4.0), ("paradise_lost", 2.0), ("the_second_coming", 5.0),
            ("erlkonig", 3.5)],
    "chen": [("ode_to_a_nightingale", 4.5), ("prufrock", 1.0), ("kubla_khan", 4.0),
             ("light_brigade", 2.5)],
    "dara": [("do_not_go_gentle", 5.0), ("song_of_myself", 0.5), ("ulysses", 4.5),
             ("sonnet_18", 3.0)],
    "emil": [("stopping_by_woods", 2.0), ("sailing_to_byzantium", 4.0), ("ancient_mariner", 1.5),
             ("tintern_abbey", 3.5)],
}


def _form_id(name):
    return "form:" + name.replace(" ", "_")


def entities():
    out = []
    for slug, label, year in POEMS:
        out.append(kgx.Entity(f"poem:{slug}", kind="item", type="poem", label=label,
                              aliases=ALIASES.get(slug, ()), attrs={"year": year}))
    for slug, label in POETS.items():
        out.append(kgx.Entity(f"poet:{slug}", kind="attribute", type="poet", label=label))
    for name in FORMS:
        out.append(kgx.Entity(_form_id(name), kind="attribute", type="form", label=name))
    for slug, (label, typ) in PUBLICATIONS.items():
        out.append(kgx.Entity(f"pub:{slug}", kind="attribute", type=typ, label=label))
    for slug, label in PLACES.items():
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label))
    for slug, label in LANGUAGES.items():
        out.append(kgx.Entity(f"language:{slug}", kind="attribute", type="language", label=label))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (poet, forms, pub, place, lang) in FACTS.items():
        item = f"poem:{slug}"
        out.append((item, "written_by", f"poet:{poet}"))
        for name in forms:
            out.append((item, "has_form", _form_id(name)))
        if pub:
            out.append((item, "first_published_in", f"pub:{pub}"))
        if place:
            out.append((item, "set_in", f"place:{place}"))
        out.append((item, "in_language", f"language:{lang}"))
    for name, rated in RATINGS.items():
        for slug, r in rated:
            out.append((f"user:{name}", "rated", f"poem:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind102")
