"""A small fictional detectives graph (blind285).

Items are fictional detectives; `year` is the year of the detective's first
published (or broadcast) appearance.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("detective",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("detective",), range=("author",)),
    kgx.Relation("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced",
                 domain=("detective",), range=("work",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is the home base of",
                 domain=("detective",), range=("place",)),
    kgx.Relation("occupation", phrase="works as a", inverse_phrase="is the profession of",
                 domain=("detective",), range=("occupation",)),
    kgx.Relation("assisted_by", phrase="is assisted by", inverse_phrase="assists",
                 domain=("detective",), range=("character",)),
    kgx.Relation("portrayed_by", phrase="has been played by", inverse_phrase="played",
                 domain=("detective",), range=("actor",)),
]

# slug, label, year of first appearance
DETECTIVES = [
    ("sherlock_holmes", "Sherlock Holmes", 1887),
    ("hercule_poirot", "Hercule Poirot", 1920),
    ("miss_marple", "Miss Marple", 1927),
    ("auguste_dupin", "C. Auguste Dupin", 1841),
    ("philip_marlowe", "Philip Marlowe", 1939),
    ("sam_spade", "Sam Spade", 1929),
    ("nero_wolfe", "Nero Wolfe", 1934),
    ("jules_maigret", "Jules Maigret", 1931),
    ("peter_wimsey", "Lord Peter Wimsey", 1923),
    ("father_brown", "Father Brown", 1910),
    ("ellery_queen", "Ellery Queen", 1929),
    ("inspector_morse", "Inspector Morse", 1975),
    ("kurt_wallander", "Kurt Wallander", 1991),
    ("precious_ramotswe", "Precious Ramotswe", 1998),
    ("adam_dalgliesh", "Adam Dalgliesh", 1962),
    ("brother_cadfael", "Brother Cadfael", 1977),
    ("harry_hole", "Harry Hole", 1997),
    ("mike_hammer", "Mike Hammer", 1947),
]

AUTHORS = [
    ("arthur_conan_doyle", "Arthur Conan Doyle"),
    ("agatha_christie", "Agatha Christie"),
    ("edgar_allan_poe", "Edgar Allan Poe"),
    ("raymond_chandler", "Raymond Chandler"),
    ("dashiell_hammett", "Dashiell Hammett"),
    ("rex_stout", "Rex Stout"),
    ("georges_simenon", "Georges Simenon"),
    ("dorothy_l_sayers", "Dorothy L. Sayers"),
    ("g_k_chesterton", "G. K. Chesterton"),
    ("frederic_dannay", "Frederic Dannay"),
    ("manfred_b_lee", "Manfred B. Lee"),
    ("colin_dexter", "Colin Dexter"),
    ("henning_mankell", "Henning Mankell"),
    ("alexander_mccall_smith", "Alexander McCall Smith"),
    ("p_d_james", "P. D. James"),
    ("ellis_peters", "Ellis Peters"),
    ("jo_nesbo", "Jo Nesbø"),
    ("mickey_spillane", "Mickey Spillane"),
]

WORKS = [
    ("a_study_in_scarlet", "A Study in Scarlet"),
    ("the_mysterious_affair_at_styles", "The Mysterious Affair at Styles"),
    ("the_tuesday_night_club", "The Tuesday Night Club"),
    ("the_murders_in_the_rue_morgue", "The Murders in the Rue Morgue"),
    ("the_big_sleep", "The Big Sleep"),
    ("the_maltese_falcon", "The Maltese Falcon"),
    ("fer_de_lance", "Fer-de-Lance"),
    ("pietr_the_latvian", "Pietr the Latvian"),
    ("whose_body", "Whose Body?"),
    ("the_blue_cross", "The Blue Cross"),
    ("the_roman_hat_mystery", "The Roman Hat Mystery"),
    ("last_bus_to_woodstock", "Last Bus to Woodstock"),
    ("faceless_killers", "Faceless Killers"),
    ("the_no_1_ladies_detective_agency", "The No. 1 Ladies' Detective Agency"),
    ("cover_her_face", "Cover Her Face"),
    ("a_morbid_taste_for_bones", "A Morbid Taste for Bones"),
    ("the_bat", "The Bat"),
    ("i_the_jury", "I, the Jury"),
]

PLACES = [
    ("london", "London"),
    ("st_mary_mead", "St. Mary Mead"),
    ("paris", "Paris"),
    ("los_angeles", "Los Angeles"),
    ("san_francisco", "San Francisco"),
    ("new_york_city", "New York City"),
    ("oxford", "Oxford"),
    ("ystad", "Ystad"),
    ("gaborone", "Gaborone"),
    ("shrewsbury", "Shrewsbury"),
    ("oslo", "Oslo"),
]

OCCUPATIONS = [
    ("consulting_detective", "consulting detective"),
    ("private_investigator", "private investigator"),
    ("amateur_sleuth", "amateur sleuth"),
    ("police_detective", "police detective"),
    ("priest", "priest"),
    ("monk", "monk"),
    ("mystery_writer", "mystery writer"),
]

CHARACTERS = [
    ("john_watson", "Dr. John Watson"),
    ("arthur_hastings", "Arthur Hastings"),
    ("archie_goodwin", "Archie Goodwin"),
    ("mervyn_bunter", "Mervyn Bunter"),
    ("flambeau", "Flambeau"),
    ("robert_lewis", "Robert Lewis"),
    ("grace_makutsi", "Grace Makutsi"),
    ("velda", "Velda"),
]

ACTORS = [
    ("basil_rathbone", "Basil Rathbone"),
    ("jeremy_brett", "Jeremy Brett"),
    ("benedict_cumberbatch", "Benedict Cumberbatch"),
    ("david_suchet", "David Suchet"),
    ("peter_ustinov", "Peter Ustinov"),
    ("joan_hickson", "Joan Hickson"),
    ("margaret_rutherford", "Margaret Rutherford"),
    ("humphrey_bogart", "Humphrey Bogart"),
    ("robert_mitchum", "Robert Mitchum"),
    ("michael_gambon", "Michael Gambon"),
    ("rowan_atkinson", "Rowan Atkinson"),
    ("ian_carmichael", "Ian Carmichael"),
    ("alec_guinness", "Alec Guinness"),
    ("mark_williams", "Mark Williams"),
    ("john_thaw", "John Thaw"),
    ("kenneth_branagh", "Kenneth Branagh"),
    ("krister_henriksson", "Krister Henriksson"),
    ("roy_marsden", "Roy Marsden"),
    ("derek_jacobi", "Derek Jacobi"),
    ("michael_fassbender", "Michael Fassbender"),
    ("stacy_keach", "Stacy Keach"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in DETECTIVES:
        out.append(kgx.Entity(f"detective:{slug}", kind="item", type="detective",
                              label=label, attrs={"year": year}))
    for prefix, rows_ in [("author", AUTHORS), ("work", WORKS), ("place", PLACES),
                          ("occupation", OCCUPATIONS), ("character", CHARACTERS),
                          ("actor", ACTORS)]:
        for slug, label in rows_:
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# detective slug -> facts
FACTS = {
    "sherlock_holmes": dict(created_by=["arthur_conan_doyle"], first_appeared_in=["a_study_in_scarlet"],
                            based_in=["london"], occupation=["consulting_detective"],
                            assisted_by=["john_watson"],
                            portrayed_by=["basil_rathbone", "jeremy_brett", "benedict_cumberbatch"]),
    "hercule_poirot": dict(created_by=["agatha_christie"], first_appeared_in=["the_mysterious_affair_at_styles"],
                           based_in=["london"], occupation=["private_investigator"],
                           assisted_by=["arthur_hastings"],
                           portrayed_by=["david_suchet", "peter_ustinov"]),
    "miss_marple": dict(created_by=["agatha_christie"], first_appeared_in=["the_tuesday_night_club"],
                        based_in=["st_mary_mead"], occupation=["amateur_sleuth"],
                        portrayed_by=["joan_hickson", "margaret_rutherford"]),
    "auguste_dupin": dict(created_by=["edgar_allan_poe"], first_appeared_in=["the_murders_in_the_rue_morgue"],
                          based_in=["paris"], occupation=["amateur_sleuth"]),
    "philip_marlowe": dict(created_by=["raymond_chandler"], first_appeared_in=["the_big_sleep"],
                           based_in=["los_angeles"], occupation=["private_investigator"],
                           portrayed_by=["humphrey_bogart", "robert_mitchum"]),
    "sam_spade": dict(created_by=["dashiell_hammett"], first_appeared_in=["the_maltese_falcon"],
                      based_in=["san_francisco"], occupation=["private_investigator"],
                      portrayed_by=["humphrey_bogart"]),
    "nero_wolfe": dict(created_by=["rex_stout"], first_appeared_in=["fer_de_lance"],
                       based_in=["new_york_city"], occupation=["private_investigator"],
                       assisted_by=["archie_goodwin"]),
    "jules_maigret": dict(created_by=["georges_simenon"], first_appeared_in=["pietr_the_latvian"],
                          based_in=["paris"], occupation=["police_detective"],
                          portrayed_by=["michael_gambon", "rowan_atkinson"]),
    "peter_wimsey": dict(created_by=["dorothy_l_sayers"], first_appeared_in=["whose_body"],
                         based_in=["london"], occupation=["amateur_sleuth"],
                         assisted_by=["mervyn_bunter"], portrayed_by=["ian_carmichael"]),
    "father_brown": dict(created_by=["g_k_chesterton"], first_appeared_in=["the_blue_cross"],
                         occupation=["priest"], assisted_by=["flambeau"],
                         portrayed_by=["alec_guinness", "mark_williams"]),
    "ellery_queen": dict(created_by=["frederic_dannay", "manfred_b_lee"],
                         first_appeared_in=["the_roman_hat_mystery"],
                         based_in=["new_york_city"], occupation=["mystery_writer"]),
    "inspector_morse": dict(created_by=["colin_dexter"], first_appeared_in=["last_bus_to_woodstock"],
                            based_in=["oxford"], occupation=["police_detective"],
                            assisted_by=["robert_lewis"], portrayed_by=["john_thaw"]),
    "kurt_wallander": dict(created_by=["henning_mankell"], first_appeared_in=["faceless_killers"],
                           based_in=["ystad"], occupation=["police_detective"],
                           portrayed_by=["kenneth_branagh", "krister_henriksson"]),
    "precious_ramotswe": dict(created_by=["alexander_mccall_smith"],
                              first_appeared_in=["the_no_1_ladies_detective_agency"],
                              based_in=["gaborone"], occupation=["private_investigator"],
                              assisted_by=["grace_makutsi"]),
    "adam_dalgliesh": dict(created_by=["p_d_james"], first_appeared_in=["cover_her_face"],
                           based_in=["london"], occupation=["police_detective"],
                           portrayed_by=["roy_marsden"]),
    "brother_cadfael": dict(created_by=["ellis_peters"], first_appeared_in=["a_morbid_taste_for_bones"],
                            based_in=["shrewsbury"], occupation=["monk"],
                            portrayed_by=["derek_jacobi"]),
    "harry_hole": dict(created_by=["jo_nesbo"], first_appeared_in=["the_bat"],
                       based_in=["oslo"], occupation=["police_detective"],
                       portrayed_by=["michael_fassbender"]),
    "mike_hammer": dict(created_by=["mickey_spillane"], first_appeared_in=["i_the_jury"],
                        based_in=["new_york_city"], occupation=["private_investigator"],
                        assisted_by=["velda"], portrayed_by=["stacy_keach"]),
}

TAIL_PREFIX = {"created_by": "author", "first_appeared_in": "work", "based_in": "place",
               "occupation": "occupation", "assisted_by": "character", "portrayed_by": "actor"}

RATINGS = {
    "ana": [("sherlock_holmes", 5.0), ("hercule_poirot", 4.5), ("philip_marlowe", 2.0), ("inspector_morse", 3.5)],
    "ben": [("sam_spade", 4.0), ("nero_wolfe", 1.5), ("jules_maigret", 4.5), ("auguste_dupin", 3.0)],
    "chen": [("kurt_wallander", 5.0), ("harry_hole", 4.0), ("miss_marple", 2.5), ("father_brown", 1.0)],
    "dara": [("precious_ramotswe", 4.5), ("brother_cadfael", 5.0), ("peter_wimsey", 2.0), ("ellery_queen", 3.0)],
    "emil": [("mike_hammer", 1.0), ("adam_dalgliesh", 4.0), ("sherlock_holmes", 3.0), ("philip_marlowe", 4.5)],
}


def rows():
    out = []
    for det, facts in FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"detective:{det}", rel, f"{TAIL_PREFIX[rel]}:{t}"))
    for user, rs in RATINGS.items():
        for det, r in rs:
            out.append((f"user:{user}", "rated", f"detective:{det}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind285")
