"""blind351: a small graph of cartoonists, declared in code.

Items are cartoonists (type "cartoonist"); their `year` attribute is the year of birth.
Attributes: cities (birth and death places), comics they created, publications they
drew for, and the medium (form) they worked in. Cartoonists also influence each other.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("cartoonist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("cartoonist",), range=("city",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of",
                 domain=("cartoonist",), range=("city",)),
    kgx.Relation("created", phrase="created", inverse_phrase="was created by",
                 domain=("cartoonist",), range=("comic",)),
    kgx.Relation("drew_for", phrase="drew for", inverse_phrase="published the work of",
                 domain=("cartoonist",), range=("publication",)),
    kgx.Relation("medium", phrase="worked in", inverse_phrase="was the medium of",
                 domain=("cartoonist",), range=("form",)),
    kgx.Relation("influenced", phrase="influenced", inverse_phrase="was influenced by",
                 domain=("cartoonist",), range=("cartoonist",)),
]

# id slug: (label, birth year)
CARTOONISTS = {
    "charles_schulz": ("Charles M. Schulz", 1922),
    "bill_watterson": ("Bill Watterson", 1958),
    "george_herriman": ("George Herriman", 1880),
    "walt_kelly": ("Walt Kelly", 1913),
    "herge": ("Hergé", 1907),
    "albert_uderzo": ("Albert Uderzo", 1927),
    "osamu_tezuka": ("Osamu Tezuka", 1928),
    "akira_toriyama": ("Akira Toriyama", 1955),
    "robert_crumb": ("Robert Crumb", 1943),
    "harvey_kurtzman": ("Harvey Kurtzman", 1924),
    "art_spiegelman": ("Art Spiegelman", 1948),
    "gary_larson": ("Gary Larson", 1950),
    "jim_davis": ("Jim Davis", 1945),
    "charles_addams": ("Charles Addams", 1912),
    "moebius": ("Moebius", 1938),
    "jije": ("Jijé", 1914),
    "andre_franquin": ("André Franquin", 1924),
    "quino": ("Quino", 1932),
    "herblock": ("Herblock", 1909),
    "thomas_nast": ("Thomas Nast", 1840),
}

CITIES = {
    "minneapolis": "Minneapolis", "santa_rosa": "Santa Rosa", "washington_dc": "Washington, D.C.",
    "new_orleans": "New Orleans", "los_angeles": "Los Angeles", "philadelphia": "Philadelphia",
    "brussels": "Brussels", "fismes": "Fismes", "neuilly_sur_seine": "Neuilly-sur-Seine",
    "toyonaka": "Toyonaka", "tokyo": "Tokyo", "nagoya": "Nagoya", "new_york_city": "New York City",
    "mount_vernon": "Mount Vernon", "stockholm": "Stockholm", "tacoma": "Tacoma", "marion": "Marion",
    "westfield": "Westfield", "nogent_sur_marne": "Nogent-sur-Marne", "paris": "Paris",
    "gedinne": "Gedinne", "versailles": "Versailles", "saint_laurent_du_var": "Saint-Laurent-du-Var",
    "mendoza": "Mendoza", "chicago": "Chicago", "landau": "Landau", "guayaquil": "Guayaquil",
}

COMICS = {
    "peanuts": "Peanuts", "calvin_and_hobbes": "Calvin and Hobbes", "krazy_kat": "Krazy Kat",
    "pogo": "Pogo", "tintin": "The Adventures of Tintin", "asterix": "Asterix",
    "astro_boy": "Astro Boy", "black_jack": "Black Jack", "dragon_ball": "Dragon Ball",
    "dr_slump": "Dr. Slump", "fritz_the_cat": "Fritz the Cat", "mr_natural": "Mr. Natural",
    "little_annie_fanny": "Little Annie Fanny", "maus": "Maus", "the_far_side": "The Far Side",
    "garfield": "Garfield", "the_addams_family": "The Addams Family", "blueberry": "Blueberry",
    "arzach": "Arzach", "jerry_spring": "Jerry Spring", "gaston_lagaffe": "Gaston Lagaffe",
    "mafalda": "Mafalda",
}

PUBLICATIONS = {
    "saturday_evening_post": "The Saturday Evening Post",
    "new_york_evening_journal": "New York Evening Journal",
    "le_petit_vingtieme": "Le Petit Vingtième", "pilote": "Pilote",
    "weekly_shonen_champion": "Weekly Shōnen Champion", "weekly_shonen_jump": "Weekly Shōnen Jump",
    "zap_comix": "Zap Comix", "mad": "Mad", "raw": "Raw", "the_new_yorker": "The New Yorker",
    "metal_hurlant": "Métal hurlant", "spirou": "Spirou", "primera_plana": "Primera Plana",
    "washington_post": "The Washington Post", "harpers_weekly": "Harper's Weekly",
}

FORMS = {
    "comic_strip": "Comic strip", "bande_dessinee": "Bande dessinée", "manga": "Manga",
    "underground_comix": "Underground comix", "graphic_novel": "Graphic novel",
    "comic_book": "Comic book", "gag_cartoon": "Gag cartoon", "editorial_cartoon": "Editorial cartoon",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, (label, year) in CARTOONISTS.items():
        out.append(kgx.Entity(f"cartoonist:{slug}", kind="item", type="cartoonist", label=label,
                              attrs={"year": year}))
    for prefix, table in (("city", CITIES), ("comic", COMICS), ("publication", PUBLICATIONS),
                          ("form", FORMS)):
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


# cartoonist slug -> facts
FACTS = {
    "charles_schulz": dict(born_in=["minneapolis"], died_in=["santa_rosa"], created=["peanuts"],
                           drew_for=["saturday_evening_post"], medium=["comic_strip"],
                           influenced=["bill_watterson"]),
    "bill_watterson": dict(born_in=["washington_dc"], created=["calvin_and_hobbes"],
                           medium=["comic_strip"]),
    "george_herriman": dict(born_in=["new_orleans"], died_in=["los_angeles"], created=["krazy_kat"],
                            drew_for=["new_york_evening_journal"], medium=["comic_strip"],
                            influenced=["charles_schulz", "bill_watterson"]),
    "walt_kelly": dict(born_in=["philadelphia"], created=["pogo"], medium=["comic_strip"],
                       influenced=["bill_watterson"]),
    "herge": dict(born_in=["brussels"], died_in=["brussels"], created=["tintin"],
                  drew_for=["le_petit_vingtieme"], medium=["bande_dessinee"], influenced=["jije"]),
    "albert_uderzo": dict(born_in=["fismes"], died_in=["neuilly_sur_seine"], created=["asterix"],
                          drew_for=["pilote"], medium=["bande_dessinee"]),
    "osamu_tezuka": dict(born_in=["toyonaka"], died_in=["tokyo"], created=["astro_boy", "black_jack"],
                         drew_for=["weekly_shonen_champion"], medium=["manga"],
                         influenced=["akira_toriyama"]),
    "akira_toriyama": dict(born_in=["nagoya"], created=["dragon_ball", "dr_slump"],
                           drew_for=["weekly_shonen_jump"], medium=["manga"]),
    "robert_crumb": dict(born_in=["philadelphia"], created=["fritz_the_cat", "mr_natural"],
                         drew_for=["zap_comix"], medium=["underground_comix"]),
    "harvey_kurtzman": dict(born_in=["new_york_city"], died_in=["mount_vernon"],
                            created=["little_annie_fanny"], drew_for=["mad"], medium=["comic_book"],
                            influenced=["robert_crumb", "art_spiegelman"]),
    "art_spiegelman": dict(born_in=["stockholm"], created=["maus"], drew_for=["raw", "the_new_yorker"],
                           medium=["underground_comix", "graphic_novel"]),
    "gary_larson": dict(born_in=["tacoma"], created=["the_far_side"], medium=["gag_cartoon"]),
    "jim_davis": dict(born_in=["marion"], created=["garfield"], medium=["comic_strip"]),
    "charles_addams": dict(born_in=["westfield"], died_in=["new_york_city"], created=["the_addams_family"],
                           drew_for=["the_new_yorker"], medium=["gag_cartoon"]),
    "moebius": dict(born_in=["nogent_sur_marne"], died_in=["paris"], created=["blueberry", "arzach"],
                    drew_for=["pilote", "metal_hurlant"], medium=["bande_dessinee"]),
    "jije": dict(born_in=["gedinne"], died_in=["versailles"], created=["jerry_spring"], drew_for=["spirou"],
                 medium=["bande_dessinee"], influenced=["moebius", "andre_franquin"]),
    "andre_franquin": dict(born_in=["brussels"], died_in=["saint_laurent_du_var"], created=["gaston_lagaffe"],
                           drew_for=["spirou"], medium=["bande_dessinee"]),
    "quino": dict(born_in=["mendoza"], died_in=["mendoza"], created=["mafalda"], drew_for=["primera_plana"],
                  medium=["comic_strip"]),
    "herblock": dict(born_in=["chicago"], died_in=["washington_dc"], drew_for=["washington_post"],
                     medium=["editorial_cartoon"]),
    "thomas_nast": dict(born_in=["landau"], died_in=["guayaquil"], drew_for=["harpers_weekly"],
                        medium=["editorial_cartoon"]),
}

TAIL_PREFIX = {"born_in": "city", "died_in": "city", "created": "comic", "drew_for": "publication",
               "medium": "form", "influenced": "cartoonist"}

RATINGS = {
    "ana": {"charles_schulz": 5.0, "bill_watterson": 4.5, "gary_larson": 2.0, "thomas_nast": 3.0},
    "ben": {"osamu_tezuka": 4.0, "akira_toriyama": 5.0, "herge": 1.5, "robert_crumb": 2.5},
    "chen": {"herge": 4.5, "albert_uderzo": 4.0, "andre_franquin": 1.0, "moebius": 3.5},
    "dara": {"robert_crumb": 4.5, "art_spiegelman": 5.0, "harvey_kurtzman": 2.0, "charles_addams": 3.0},
    "emil": {"jim_davis": 1.0, "quino": 4.0, "herblock": 5.0, "walt_kelly": 0.5},
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"cartoonist:{slug}", rel, f"{TAIL_PREFIX[rel]}:{tail}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"cartoonist:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind351")
