"""A small playwrights graph for blind evaluation (blind381).

Items are playwrights; their `year` attribute is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("playwright",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("playwright",), range=("city",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of", domain=("playwright",), range=("city",)),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by", domain=("playwright",), range=("play",)),
    kgx.Relation("associated_with", phrase="is associated with", inverse_phrase="counts among its playwrights", domain=("playwright",), range=("movement",)),
    kgx.Relation("received", phrase="received", inverse_phrase="was awarded to", domain=("playwright",), range=("award",)),
    kgx.Relation("wrote_genre", phrase="wrote plays in the genre of", inverse_phrase="is a genre practised by", domain=("playwright",), range=("genre",)),
]

# slug: (label, birth year)
PLAYWRIGHTS = {
    "william_shakespeare": ("William Shakespeare", 1564),
    "christopher_marlowe": ("Christopher Marlowe", 1564),
    "moliere": ("Molière", 1622),
    "henrik_ibsen": ("Henrik Ibsen", 1828),
    "anton_chekhov": ("Anton Chekhov", 1860),
    "george_bernard_shaw": ("George Bernard Shaw", 1856),
    "oscar_wilde": ("Oscar Wilde", 1854),
    "samuel_beckett": ("Samuel Beckett", 1906),
    "eugene_ionesco": ("Eugène Ionesco", 1909),
    "bertolt_brecht": ("Bertolt Brecht", 1898),
    "arthur_miller": ("Arthur Miller", 1915),
    "tennessee_williams": ("Tennessee Williams", 1911),
    "eugene_oneill": ("Eugene O'Neill", 1888),
    "federico_garcia_lorca": ("Federico García Lorca", 1898),
    "luigi_pirandello": ("Luigi Pirandello", 1867),
    "harold_pinter": ("Harold Pinter", 1930),
    "august_strindberg": ("August Strindberg", 1849),
    "lorraine_hansberry": ("Lorraine Hansberry", 1930),
}

CITIES = {
    "stratford_upon_avon": "Stratford-upon-Avon", "canterbury": "Canterbury", "deptford": "Deptford",
    "paris": "Paris", "skien": "Skien", "oslo": "Oslo", "taganrog": "Taganrog", "badenweiler": "Badenweiler",
    "dublin": "Dublin", "ayot_st_lawrence": "Ayot St Lawrence", "slatina": "Slatina", "augsburg": "Augsburg",
    "berlin": "Berlin", "new_york_city": "New York City", "roxbury": "Roxbury", "columbus_mississippi": "Columbus",
    "boston": "Boston", "fuente_vaqueros": "Fuente Vaqueros", "agrigento": "Agrigento", "rome": "Rome",
    "london": "London", "stockholm": "Stockholm", "chicago": "Chicago",
}

PLAYS = {
    "hamlet": "Hamlet", "macbeth": "Macbeth", "a_midsummer_nights_dream": "A Midsummer Night's Dream",
    "doctor_faustus": "Doctor Faustus", "tamburlaine": "Tamburlaine",
    "tartuffe": "Tartuffe", "the_misanthrope": "The Misanthrope",
    "a_dolls_house": "A Doll's House", "hedda_gabler": "Hedda Gabler", "ghosts": "Ghosts",
    "the_seagull": "The Seagull", "the_cherry_orchard": "The Cherry Orchard", "three_sisters": "Three Sisters",
    "pygmalion": "Pygmalion", "man_and_superman": "Man and Superman",
    "the_importance_of_being_earnest": "The Importance of Being Earnest", "lady_windermeres_fan": "Lady Windermere's Fan",
    "waiting_for_godot": "Waiting for Godot", "endgame": "Endgame",
    "the_bald_soprano": "The Bald Soprano", "rhinoceros": "Rhinoceros",
    "the_threepenny_opera": "The Threepenny Opera", "mother_courage_and_her_children": "Mother Courage and Her Children",
    "death_of_a_salesman": "Death of a Salesman", "the_crucible": "The Crucible",
    "a_streetcar_named_desire": "A Streetcar Named Desire", "cat_on_a_hot_tin_roof": "Cat on a Hot Tin Roof",
    "long_days_journey_into_night": "Long Day's Journey into Night", "the_iceman_cometh": "The Iceman Cometh",
    "blood_wedding": "Blood Wedding", "the_house_of_bernarda_alba": "The House of Bernarda Alba",
    "six_characters_in_search_of_an_author": "Six Characters in Search of an Author", "henry_iv": "Henry IV",
    "the_birthday_party": "The Birthday Party", "the_homecoming": "The Homecoming",
    "miss_julie": "Miss Julie", "the_father": "The Father",
    "a_raisin_in_the_sun": "A Raisin in the Sun",
}

MOVEMENTS = {"realism": "realism", "naturalism": "naturalism",
             "theatre_of_the_absurd": "theatre of the absurd", "epic_theatre": "epic theatre"}
GENRES = {"comedy": "comedy", "tragedy": "tragedy"}
AWARDS = {"nobel_prize_in_literature": "Nobel Prize in Literature", "pulitzer_prize_for_drama": "Pulitzer Prize for Drama"}
USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"playwright:{s}", kind="item", type="playwright", label=lab, attrs={"year": y})
           for s, (lab, y) in PLAYWRIGHTS.items()]
    for typ, table in [("city", CITIES), ("play", PLAYS), ("movement", MOVEMENTS), ("genre", GENRES), ("award", AWARDS)]:
        out += [kgx.Entity(f"{typ}:{s}", kind="attribute", type=typ, label=lab) for s, lab in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# playwright slug: (birthplace, place of death or None, plays, movements, awards, genres)
FACTS = {
    "william_shakespeare": ("stratford_upon_avon", "stratford_upon_avon", ["hamlet", "macbeth", "a_midsummer_nights_dream"], [], [], ["comedy", "tragedy"]),
    "christopher_marlowe": ("canterbury", "deptford", ["doctor_faustus", "tamburlaine"], [], [], ["tragedy"]),
    "moliere": ("paris", "paris", ["tartuffe", "the_misanthrope"], [], [], ["comedy"]),
    "henrik_ibsen": ("skien", "oslo", ["a_dolls_house", "hedda_gabler", "ghosts"], ["realism"], [], []),
    "anton_chekhov": ("taganrog", "badenweiler", ["the_seagull", "the_cherry_orchard", "three_sisters"], ["realism"], [], []),
    "george_bernard_shaw": ("dublin", "ayot_st_lawrence", ["pygmalion", "man_and_superman"], [], ["nobel_prize_in_literature"], ["comedy"]),
    "oscar_wilde": ("dublin", "paris", ["the_importance_of_being_earnest", "lady_windermeres_fan"], [], [], ["comedy"]),
    "samuel_beckett": ("dublin", "paris", ["waiting_for_godot", "endgame"], ["theatre_of_the_absurd"], ["nobel_prize_in_literature"], []),
    "eugene_ionesco": ("slatina", "paris", ["the_bald_soprano", "rhinoceros"], ["theatre_of_the_absurd"], [], []),
    "bertolt_brecht": ("augsburg", "berlin", ["the_threepenny_opera", "mother_courage_and_her_children"], ["epic_theatre"], [], []),
    "arthur_miller": ("new_york_city", "roxbury", ["death_of_a_salesman", "the_crucible"], [], ["pulitzer_prize_for_drama"], ["tragedy"]),
    "tennessee_williams": ("columbus_mississippi", "new_york_city", ["a_streetcar_named_desire", "cat_on_a_hot_tin_roof"], [], ["pulitzer_prize_for_drama"], []),
    "eugene_oneill": ("new_york_city", "boston", ["long_days_journey_into_night", "the_iceman_cometh"], [], ["nobel_prize_in_literature", "pulitzer_prize_for_drama"], []),
    "federico_garcia_lorca": ("fuente_vaqueros", None, ["blood_wedding", "the_house_of_bernarda_alba"], [], [], ["tragedy"]),
    "luigi_pirandello": ("agrigento", "rome", ["six_characters_in_search_of_an_author", "henry_iv"], [], ["nobel_prize_in_literature"], []),
    "harold_pinter": ("london", "london", ["the_birthday_party", "the_homecoming"], ["theatre_of_the_absurd"], ["nobel_prize_in_literature"], []),
    "august_strindberg": ("stockholm", "stockholm", ["miss_julie", "the_father"], ["naturalism"], [], []),
    "lorraine_hansberry": ("chicago", "new_york_city", ["a_raisin_in_the_sun"], [], [], []),
}

RATINGS = {
    "ana": {"william_shakespeare": 5.0, "samuel_beckett": 4.5, "henrik_ibsen": 2.0, "oscar_wilde": 4.0},
    "ben": {"bertolt_brecht": 4.5, "arthur_miller": 1.5, "anton_chekhov": 5.0, "moliere": 3.0},
    "chen": {"harold_pinter": 4.0, "federico_garcia_lorca": 2.0, "august_strindberg": 4.5, "eugene_oneill": 1.0},
    "dara": {"tennessee_williams": 5.0, "eugene_ionesco": 1.5, "george_bernard_shaw": 4.0, "lorraine_hansberry": 4.5},
    "emil": {"christopher_marlowe": 2.5, "luigi_pirandello": 4.0, "samuel_beckett": 1.0, "william_shakespeare": 3.5},
}


def rows():
    out = []
    for s, (born, died, plays, movements, awards, genres) in FACTS.items():
        p = f"playwright:{s}"
        out.append((p, "born_in", f"city:{born}"))
        if died:
            out.append((p, "died_in", f"city:{died}"))
        out += [(p, "wrote", f"play:{x}") for x in plays]
        out += [(p, "associated_with", f"movement:{x}") for x in movements]
        out += [(p, "received", f"award:{x}") for x in awards]
        out += [(p, "wrote_genre", f"genre:{x}") for x in genres]
    for u, table in RATINGS.items():
        out += [(f"user:{u}", "rated", f"playwright:{s}", {"rating": r}) for s, r in table.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind381")
