"""blind247: a small graph of classic cartoon characters.

Items are cartoon characters; `year` is the year of the character's first
appearance. Attributes are creators and voice actors (people), studios,
species and the work in which each character debuted.
"""
import kgexplain as kgx

CC = "cartoon_character"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(CC,)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=(CC,), range=("person",)),
    kgx.Relation("voiced_by", phrase="was voiced by", inverse_phrase="voiced", domain=(CC,), range=("person",)),
    kgx.Relation("studio", phrase="was brought to the screen by", inverse_phrase="brought to the screen",
                 domain=(CC,), range=("studio",)),
    kgx.Relation("species", phrase="is a", inverse_phrase="is the species of", domain=(CC,), range=("species",)),
    kgx.Relation("debuted_in", phrase="first appeared in", inverse_phrase="introduced", domain=(CC,), range=("work",)),
]

# slug, label, year of first appearance
CHARACTERS = [
    ("mickey_mouse", "Mickey Mouse", 1928),
    ("donald_duck", "Donald Duck", 1934),
    ("goofy", "Goofy", 1932),
    ("bugs_bunny", "Bugs Bunny", 1940),
    ("daffy_duck", "Daffy Duck", 1937),
    ("porky_pig", "Porky Pig", 1935),
    ("tweety", "Tweety", 1942),
    ("sylvester", "Sylvester", 1945),
    ("wile_e_coyote", "Wile E. Coyote", 1949),
    ("road_runner", "Road Runner", 1949),
    ("tom_cat", "Tom Cat", 1940),
    ("jerry_mouse", "Jerry Mouse", 1940),
    ("popeye", "Popeye", 1929),
    ("betty_boop", "Betty Boop", 1930),
    ("woody_woodpecker", "Woody Woodpecker", 1940),
    ("yogi_bear", "Yogi Bear", 1958),
    ("scooby_doo", "Scooby-Doo", 1969),
    ("felix_the_cat", "Felix the Cat", 1919),
]

PEOPLE = {
    "walt_disney": "Walt Disney",
    "ub_iwerks": "Ub Iwerks",
    "tex_avery": "Tex Avery",
    "bob_clampett": "Bob Clampett",
    "friz_freleng": "Friz Freleng",
    "chuck_jones": "Chuck Jones",
    "michael_maltese": "Michael Maltese",
    "william_hanna": "William Hanna",
    "joseph_barbera": "Joseph Barbera",
    "e_c_segar": "E. C. Segar",
    "max_fleischer": "Max Fleischer",
    "grim_natwick": "Grim Natwick",
    "walter_lantz": "Walter Lantz",
    "ben_hardaway": "Ben Hardaway",
    "joe_ruby": "Joe Ruby",
    "ken_spears": "Ken Spears",
    "otto_messmer": "Otto Messmer",
    "pat_sullivan": "Pat Sullivan",
    "clarence_nash": "Clarence Nash",
    "pinto_colvig": "Pinto Colvig",
    "mel_blanc": "Mel Blanc",
    "jack_mercer": "Jack Mercer",
    "mae_questel": "Mae Questel",
    "grace_stafford": "Grace Stafford",
    "daws_butler": "Daws Butler",
    "don_messick": "Don Messick",
}

STUDIOS = {
    "walt_disney_productions": "Walt Disney Productions",
    "warner_bros_cartoons": "Warner Bros. Cartoons",
    "mgm_cartoons": "MGM Cartoons",
    "fleischer_studios": "Fleischer Studios",
    "walter_lantz_productions": "Walter Lantz Productions",
    "hanna_barbera": "Hanna-Barbera",
}

SPECIES = ["mouse", "duck", "dog", "rabbit", "pig", "canary", "cat", "coyote", "roadrunner", "woodpecker", "bear"]

WORKS = {
    "steamboat_willie": "Steamboat Willie",
    "the_wise_little_hen": "The Wise Little Hen",
    "mickeys_revue": "Mickey's Revue",
    "a_wild_hare": "A Wild Hare",
    "porkys_duck_hunt": "Porky's Duck Hunt",
    "i_havent_got_a_hat": "I Haven't Got a Hat",
    "a_tale_of_two_kitties": "A Tale of Two Kitties",
    "life_with_feathers": "Life with Feathers",
    "fast_and_furry_ous": "Fast and Furry-ous",
    "puss_gets_the_boot": "Puss Gets the Boot",
    "thimble_theatre": "Thimble Theatre",
    "dizzy_dishes": "Dizzy Dishes",
    "knock_knock": "Knock Knock",
    "the_huckleberry_hound_show": "The Huckleberry Hound Show",
    "scooby_doo_where_are_you": "Scooby-Doo, Where Are You!",
    "feline_follies": "Feline Follies",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# character slug -> facts
FACTS = {
    "mickey_mouse": dict(created_by=["walt_disney", "ub_iwerks"], voiced_by=["walt_disney"],
                         studio=["walt_disney_productions"], species=["mouse"], debuted_in=["steamboat_willie"]),
    "donald_duck": dict(created_by=["walt_disney"], voiced_by=["clarence_nash"],
                        studio=["walt_disney_productions"], species=["duck"], debuted_in=["the_wise_little_hen"]),
    "goofy": dict(voiced_by=["pinto_colvig"], studio=["walt_disney_productions"], species=["dog"],
                  debuted_in=["mickeys_revue"]),
    "bugs_bunny": dict(created_by=["tex_avery"], voiced_by=["mel_blanc"], studio=["warner_bros_cartoons"],
                       species=["rabbit"], debuted_in=["a_wild_hare"]),
    "daffy_duck": dict(created_by=["tex_avery", "bob_clampett"], voiced_by=["mel_blanc"],
                       studio=["warner_bros_cartoons"], species=["duck"], debuted_in=["porkys_duck_hunt"]),
    "porky_pig": dict(created_by=["friz_freleng"], voiced_by=["mel_blanc"], studio=["warner_bros_cartoons"],
                      species=["pig"], debuted_in=["i_havent_got_a_hat"]),
    "tweety": dict(created_by=["bob_clampett"], voiced_by=["mel_blanc"], studio=["warner_bros_cartoons"],
                   species=["canary"], debuted_in=["a_tale_of_two_kitties"]),
    "sylvester": dict(created_by=["friz_freleng"], voiced_by=["mel_blanc"], studio=["warner_bros_cartoons"],
                      species=["cat"], debuted_in=["life_with_feathers"]),
    "wile_e_coyote": dict(created_by=["chuck_jones", "michael_maltese"], studio=["warner_bros_cartoons"],
                          species=["coyote"], debuted_in=["fast_and_furry_ous"]),
    "road_runner": dict(created_by=["chuck_jones", "michael_maltese"], studio=["warner_bros_cartoons"],
                        species=["roadrunner"], debuted_in=["fast_and_furry_ous"]),
    "tom_cat": dict(created_by=["william_hanna", "joseph_barbera"], studio=["mgm_cartoons"], species=["cat"],
                    debuted_in=["puss_gets_the_boot"]),
    "jerry_mouse": dict(created_by=["william_hanna", "joseph_barbera"], studio=["mgm_cartoons"], species=["mouse"],
                        debuted_in=["puss_gets_the_boot"]),
    "popeye": dict(created_by=["e_c_segar"], voiced_by=["jack_mercer"], studio=["fleischer_studios"],
                   debuted_in=["thimble_theatre"]),
    "betty_boop": dict(created_by=["max_fleischer", "grim_natwick"], voiced_by=["mae_questel"],
                       studio=["fleischer_studios"], debuted_in=["dizzy_dishes"]),
    "woody_woodpecker": dict(created_by=["walter_lantz", "ben_hardaway"], voiced_by=["grace_stafford"],
                             studio=["walter_lantz_productions"], species=["woodpecker"], debuted_in=["knock_knock"]),
    "yogi_bear": dict(created_by=["william_hanna", "joseph_barbera"], voiced_by=["daws_butler"],
                      studio=["hanna_barbera"], species=["bear"], debuted_in=["the_huckleberry_hound_show"]),
    "scooby_doo": dict(created_by=["joe_ruby", "ken_spears"], voiced_by=["don_messick"], studio=["hanna_barbera"],
                       species=["dog"], debuted_in=["scooby_doo_where_are_you"]),
    "felix_the_cat": dict(created_by=["otto_messmer", "pat_sullivan"], species=["cat"], debuted_in=["feline_follies"]),
}

RATINGS = {
    "ana": {"bugs_bunny": 5.0, "mickey_mouse": 4.5, "tom_cat": 2.0, "scooby_doo": 3.0},
    "ben": {"daffy_duck": 4.0, "popeye": 1.5, "wile_e_coyote": 5.0, "betty_boop": 3.5},
    "chen": {"tweety": 4.5, "sylvester": 4.0, "goofy": 1.0, "yogi_bear": 2.5},
    "dara": {"jerry_mouse": 5.0, "felix_the_cat": 3.0, "woody_woodpecker": 2.0, "donald_duck": 4.5},
    "emil": {"road_runner": 4.0, "porky_pig": 0.5, "scooby_doo": 5.0, "mickey_mouse": 3.5},
}

_PREFIX = {"created_by": "person", "voiced_by": "person", "studio": "studio", "species": "species",
           "debuted_in": "work"}


def entities():
    out = [kgx.Entity(f"{CC}:{slug}", kind="item", type=CC, label=label, attrs={"year": year})
           for slug, label, year in CHARACTERS]
    out += [kgx.Entity(f"person:{k}", kind="attribute", type="person", label=v) for k, v in PEOPLE.items()]
    out += [kgx.Entity(f"studio:{k}", kind="attribute", type="studio", label=v) for k, v in STUDIOS.items()]
    out += [kgx.Entity(f"species:{s}", kind="attribute", type="species", label=s) for s in SPECIES]
    out += [kgx.Entity(f"work:{k}", kind="attribute", type="work", label=v) for k, v in WORKS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"{CC}:{slug}", rel, f"{_PREFIX[rel]}:{t}"))
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"{CC}:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind247")
