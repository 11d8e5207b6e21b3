"""A small graph of jazz standards (songs), declared in code."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("jazz_standard",)),
    kgx.Relation("composed_by", phrase="was composed by", inverse_phrase="composed",
                 domain=("jazz_standard",), range=("person",)),
    kgx.Relation("lyrics_by", phrase="has lyrics by", inverse_phrase="wrote the lyrics for",
                 domain=("jazz_standard",), range=("person",)),
    kgx.Relation("introduced_in", phrase="was introduced in", inverse_phrase="introduced",
                 domain=("jazz_standard",), range=("show", "film")),
    kgx.Relation("appears_on", phrase="appears on", inverse_phrase="includes",
                 domain=("jazz_standard",), range=("album",)),
    kgx.Relation("has_style", phrase="is in the style of", inverse_phrase="is the style of",
                 domain=("jazz_standard",), range=("style",)),
]

# (slug, label, year the tune was written)
_SONGS = [
    ("take_the_a_train", "Take the 'A' Train", 1939),
    ("round_midnight", "'Round Midnight", 1944),
    ("summertime", "Summertime", 1934),
    ("autumn_leaves", "Autumn Leaves", 1945),
    ("body_and_soul", "Body and Soul", 1930),
    ("all_the_things_you_are", "All the Things You Are", 1939),
    ("my_funny_valentine", "My Funny Valentine", 1937),
    ("giant_steps", "Giant Steps", 1959),
    ("so_what", "So What", 1959),
    ("take_five", "Take Five", 1959),
    ("stella_by_starlight", "Stella by Starlight", 1944),
    ("misty", "Misty", 1954),
    ("blue_bossa", "Blue Bossa", 1963),
    ("a_night_in_tunisia", "A Night in Tunisia", 1942),
    ("the_girl_from_ipanema", "The Girl from Ipanema", 1962),
    ("satin_doll", "Satin Doll", 1953),
    ("in_a_sentimental_mood", "In a Sentimental Mood", 1935),
    ("straight_no_chaser", "Straight, No Chaser", 1951),
]

_PEOPLE = [
    ("billy_strayhorn", "Billy Strayhorn"), ("thelonious_monk", "Thelonious Monk"),
    ("bernie_hanighen", "Bernie Hanighen"), ("george_gershwin", "George Gershwin"),
    ("dubose_heyward", "DuBose Heyward"), ("joseph_kosma", "Joseph Kosma"),
    ("johnny_mercer", "Johnny Mercer"), ("johnny_green", "Johnny Green"),
    ("edward_heyman", "Edward Heyman"), ("jerome_kern", "Jerome Kern"),
    ("oscar_hammerstein_ii", "Oscar Hammerstein II"), ("richard_rodgers", "Richard Rodgers"),
    ("lorenz_hart", "Lorenz Hart"), ("john_coltrane", "John Coltrane"),
    ("miles_davis", "Miles Davis"), ("paul_desmond", "Paul Desmond"),
    ("victor_young", "Victor Young"), ("ned_washington", "Ned Washington"),
    ("erroll_garner", "Erroll Garner"), ("johnny_burke", "Johnny Burke"),
    ("kenny_dorham", "Kenny Dorham"), ("dizzy_gillespie", "Dizzy Gillespie"),
    ("antonio_carlos_jobim", "Antônio Carlos Jobim"), ("vinicius_de_moraes", "Vinícius de Moraes"),
    ("norman_gimbel", "Norman Gimbel"), ("duke_ellington", "Duke Ellington"),
    ("manny_kurtz", "Manny Kurtz"),
]

_SHOWS = [
    ("show:porgy_and_bess", "show", "Porgy and Bess"),
    ("show:threes_a_crowd", "show", "Three's a Crowd"),
    ("show:very_warm_for_may", "show", "Very Warm for May"),
    ("show:babes_in_arms", "show", "Babes in Arms"),
    ("film:the_uninvited", "film", "The Uninvited"),
    ("album:kind_of_blue", "album", "Kind of Blue"),
    ("album:time_out", "album", "Time Out"),
    ("album:page_one", "album", "Page One"),
    ("album:getz_gilberto", "album", "Getz/Gilberto"),
]

_STYLES = ["ballad", "bebop", "bossa nova", "modal jazz", "blues", "swing", "hard bop", "cool jazz"]


def _style_id(name):
    return "style:" + name.replace(" ", "_")


def entities():
    out = []
    for slug, label, year in _SONGS:
        out.append(kgx.Entity("jazz_standard:" + slug, kind="item", type="jazz_standard",
                              label=label, attrs={"year": year}))
    for slug, label in _PEOPLE:
        out.append(kgx.Entity("person:" + slug, kind="attribute", type="person", label=label))
    for eid, typ, label in _SHOWS:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label))
    for name in _STYLES:
        out.append(kgx.Entity(_style_id(name), kind="attribute", type="style", label=name))
    for name in ["ana", "ben", "chen", "dara", "emil"]:
        out.append(kgx.Entity("user:" + name, kind="user", type="user", label=name))
    return out


_FACTS = {
    # song: (composers, lyricists, introduced_in, appears_on, styles)
    "take_the_a_train": (["billy_strayhorn"], [], [], [], ["swing"]),
    "round_midnight": (["thelonious_monk"], ["bernie_hanighen"], [], [], ["ballad"]),
    "summertime": (["george_gershwin"], ["dubose_heyward"], ["show:porgy_and_bess"], [], []),
    "autumn_leaves": (["joseph_kosma"], ["johnny_mercer"], [], [], []),
    "body_and_soul": (["johnny_green"], ["edward_heyman"], ["show:threes_a_crowd"], [], ["ballad"]),
    "all_the_things_you_are": (["jerome_kern"], ["oscar_hammerstein_ii"], ["show:very_warm_for_may"], [], []),
    "my_funny_valentine": (["richard_rodgers"], ["lorenz_hart"], ["show:babes_in_arms"], [], ["ballad"]),
    "giant_steps": (["john_coltrane"], [], [], [], ["hard bop"]),
    "so_what": (["miles_davis"], [], [], ["album:kind_of_blue"], ["modal jazz"]),
    "take_five": (["paul_desmond"], [], [], ["album:time_out"], ["cool jazz"]),
    "stella_by_starlight": (["victor_young"], ["ned_washington"], ["film:the_uninvited"], [], []),
    "misty": (["erroll_garner"], ["johnny_burke"], [], [], ["ballad"]),
    "blue_bossa": (["kenny_dorham"], [], [], ["album:page_one"], ["bossa nova"]),
    "a_night_in_tunisia": (["dizzy_gillespie"], [], [], [], ["bebop"]),
    "the_girl_from_ipanema": (["antonio_carlos_jobim"], ["vinicius_de_moraes", "norman_gimbel"], [],
                              ["album:getz_gilberto"], ["bossa nova"]),
    "satin_doll": (["duke_ellington", "billy_strayhorn"], ["johnny_mercer"], [], [], ["swing"]),
    "in_a_sentimental_mood": (["duke_ellington"], ["manny_kurtz"], [], [], ["ballad"]),
    "straight_no_chaser": (["thelonious_monk"], [], [], [], ["blues"]),
}

_RATINGS = {
    "ana": [("so_what", 5.0), ("giant_steps", 4.5), ("round_midnight", 2.0), ("take_five", 3.0)],
    "ben": [("summertime", 4.0), ("autumn_leaves", 1.5), ("the_girl_from_ipanema", 5.0), ("misty", 3.5)],
    "chen": [("take_the_a_train", 4.5), ("satin_doll", 4.0), ("blue_bossa", 1.0), ("a_night_in_tunisia", 5.0)],
    "dara": [("my_funny_valentine", 5.0), ("body_and_soul", 2.5), ("stella_by_starlight", 4.0),
             ("in_a_sentimental_mood", 0.5)],
    "emil": [("straight_no_chaser", 4.0), ("all_the_things_you_are", 2.0), ("take_five", 5.0),
             ("round_midnight", 4.5)],
}


def rows():
    out = []
    for slug, (composers, lyricists, shows, albums, styles) in _FACTS.items():
        head = "jazz_standard:" + slug
        out += [(head, "composed_by", "person:" + p) for p in composers]
        out += [(head, "lyrics_by", "person:" + p) for p in lyricists]
        out += [(head, "introduced_in", s) for s in shows]
        out += [(head, "appears_on", a) for a in albums]
        out += [(head, "has_style", _style_id(s)) for s in styles]
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append(("user:" + user, "rated", "jazz_standard:" + slug, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind342")
