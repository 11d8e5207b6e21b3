"""blind201: a small graph of classic fairy tales (first printed versions)."""
import kgexplain as kgx

T = "fairy_tale"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(T,)),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote", domain=(T,), range=("person",)),
    kgx.Relation("collected_by", phrase="was collected by", inverse_phrase="collected", domain=(T,), range=("person",)),
    kgx.Relation("published_in", phrase="was first published in", inverse_phrase="first included",
                 domain=(T,), range=("book",)),
    kgx.Relation("original_language", phrase="was first written in", inverse_phrase="is the original language of",
                 domain=(T,), range=("language",)),
    kgx.Relation("features", phrase="features", inverse_phrase="appears in", domain=(T,), range=("character",)),
]

# slug: (label, year of first publication)
TALES = {
    "little_red_riding_hood": ("Little Red Riding Hood", 1697),
    "cinderella": ("Cinderella", 1697),
    "puss_in_boots": ("Puss in Boots", 1697),
    "beauty_and_the_beast": ("Beauty and the Beast", 1756),
    "hansel_and_gretel": ("Hansel and Gretel", 1812),
    "rapunzel": ("Rapunzel", 1812),
    "snow_white": ("Snow White", 1812),
    "rumpelstiltskin": ("Rumpelstiltskin", 1812),
    "the_frog_prince": ("The Frog Prince", 1812),
    "town_musicians_of_bremen": ("Town Musicians of Bremen", 1819),
    "the_princess_and_the_pea": ("The Princess and the Pea", 1835),
    "thumbelina": ("Thumbelina", 1835),
    "the_little_mermaid": ("The Little Mermaid", 1837),
    "the_emperors_new_clothes": ("The Emperor's New Clothes", 1837),
    "the_ugly_duckling": ("The Ugly Duckling", 1843),
    "the_snow_queen": ("The Snow Queen", 1844),
    "jack_and_the_beanstalk": ("Jack and the Beanstalk", 1734),
    "the_happy_prince": ("The Happy Prince", 1888),
    "the_selfish_giant": ("The Selfish Giant", 1888),
}

PEOPLE = {
    "charles_perrault": "Charles Perrault",
    "jeanne_marie_leprince_de_beaumont": "Jeanne-Marie Leprince de Beaumont",
    "brothers_grimm": "Brothers Grimm",
    "hans_christian_andersen": "Hans Christian Andersen",
    "oscar_wilde": "Oscar Wilde",
}

BOOKS = {
    "histoires_ou_contes_du_temps_passe": "Histoires ou contes du temps passé",
    "magasin_des_enfants": "Magasin des enfants",
    "kinder_und_hausmarchen": "Kinder- und Hausmärchen",
    "fairy_tales_told_for_children": "Fairy Tales Told for Children",
    "new_fairy_tales": "New Fairy Tales",
    "the_happy_prince_and_other_tales": "The Happy Prince and Other Tales",
}

LANGUAGES = {"french": "French", "german": "German", "danish": "Danish", "english": "English"}

CHARACTERS = {
    "wolf": "Wolf", "fairy_godmother": "Fairy godmother", "ogre": "Ogre", "beast": "Beast",
    "witch": "Witch", "prince": "Prince", "dwarf": "Dwarf", "king": "King", "frog": "Frog",
    "princess": "Princess", "donkey": "Donkey", "toad": "Toad", "swallow": "Swallow",
    "mermaid": "Mermaid", "emperor": "Emperor", "swan": "Swan", "reindeer": "Reindeer", "giant": "Giant",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, (label, year) in TALES.items():
        out.append(kgx.Entity(f"{T}:{slug}", kind="item", type=T, label=label, attrs={"year": year}))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in BOOKS.items():
        out.append(kgx.Entity(f"book:{slug}", kind="attribute", type="book", label=label))
    for slug, label in LANGUAGES.items():
        out.append(kgx.Entity(f"language:{slug}", kind="attribute", type="language", label=label))
    for slug, label in CHARACTERS.items():
        out.append(kgx.Entity(f"character:{slug}", kind="attribute", type="character", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# tale: (written_by, collected_by, published_in, original_language, [features])
FACTS = {
    "little_red_riding_hood": ("charles_perrault", None, "histoires_ou_contes_du_temps_passe", "french", ["wolf"]),
    "cinderella": ("charles_perrault", None, "histoires_ou_contes_du_temps_passe", "french", ["fairy_godmother"]),
    "puss_in_boots": ("charles_perrault", None, "histoires_ou_contes_du_temps_passe", "french", ["ogre"]),
    "beauty_and_the_beast": ("jeanne_marie_leprince_de_beaumont", None, "magasin_des_enfants", "french", ["beast"]),
    "hansel_and_gretel": (None, "brothers_grimm", "kinder_und_hausmarchen", "german", ["witch"]),
    "rapunzel": (None, "brothers_grimm", "kinder_und_hausmarchen", "german", ["prince"]),
    "snow_white": (None, "brothers_grimm", "kinder_und_hausmarchen", "german", ["dwarf"]),
    "rumpelstiltskin": (None, "brothers_grimm", "kinder_und_hausmarchen", "german", ["king"]),
    "the_frog_prince": (None, "brothers_grimm", "kinder_und_hausmarchen", "german", ["frog", "princess"]),
    "town_musicians_of_bremen": (None, "brothers_grimm", "kinder_und_hausmarchen", "german", ["donkey"]),
    "the_princess_and_the_pea": ("hans_christian_andersen", None, "fairy_tales_told_for_children", "danish",
                                 ["princess", "prince"]),
    "thumbelina": ("hans_christian_andersen", None, "fairy_tales_told_for_children", "danish", ["toad", "swallow"]),
    "the_little_mermaid": ("hans_christian_andersen", None, "fairy_tales_told_for_children", "danish",
                           ["mermaid", "witch", "prince"]),
    "the_emperors_new_clothes": ("hans_christian_andersen", None, "fairy_tales_told_for_children", "danish",
                                 ["emperor"]),
    "the_ugly_duckling": ("hans_christian_andersen", None, "new_fairy_tales", "danish", ["swan"]),
    "the_snow_queen": ("hans_christian_andersen", None, "new_fairy_tales", "danish", ["reindeer"]),
    "jack_and_the_beanstalk": (None, None, None, "english", ["giant"]),
    "the_happy_prince": ("oscar_wilde", None, "the_happy_prince_and_other_tales", "english", ["swallow"]),
    "the_selfish_giant": ("oscar_wilde", None, "the_happy_prince_and_other_tales", "english", ["giant"]),
}

RATINGS = {
    "ana": {"the_little_mermaid": 5.0, "the_snow_queen": 4.5, "cinderella": 2.0, "thumbelina": 4.0},
    "ben": {"jack_and_the_beanstalk": 4.5, "puss_in_boots": 5.0, "rumpelstiltskin": 1.5, "the_selfish_giant": 3.0},
    "chen": {"hansel_and_gretel": 4.0, "snow_white": 3.5, "the_happy_prince": 5.0, "the_emperors_new_clothes": 1.0},
    "dara": {"beauty_and_the_beast": 5.0, "rapunzel": 4.5, "the_ugly_duckling": 2.0, "the_princess_and_the_pea": 3.0},
    "emil": {"the_frog_prince": 4.0, "town_musicians_of_bremen": 5.0, "little_red_riding_hood": 0.5,
             "the_little_mermaid": 3.5},
}


def rows():
    out = []
    for slug, (writer, collector, book, lang, chars) in FACTS.items():
        h = f"{T}:{slug}"
        if writer:
            out.append((h, "written_by", f"person:{writer}"))
        if collector:
            out.append((h, "collected_by", f"person:{collector}"))
        if book:
            out.append((h, "published_in", f"book:{book}"))
        out.append((h, "original_language", f"language:{lang}"))
        for c in chars:
            out.append((h, "features", f"character:{c}"))
    for u, items in RATINGS.items():
        for slug, r in items.items():
            out.append((f"user:{u}", "rated", f"{T}:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind201")
