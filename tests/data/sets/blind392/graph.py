"""blind392: a small graph of poets (year = year of birth)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("poet",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("poet",), range=("place",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="saw the death of",
                 domain=("poet",), range=("place",)),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by",
                 domain=("poet",), range=("poem", "collection")),
    kgx.Relation("member_of", phrase="belonged to", inverse_phrase="counted among its members",
                 domain=("poet",), range=("movement",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was awarded to",
                 domain=("poet",), range=("award",)),
    kgx.Relation("used_form", phrase="wrote poems in the form of", inverse_phrase="is a form used by",
                 domain=("poet",), range=("form",)),
]

POETS = [
    ("william_wordsworth", "William Wordsworth", 1770),
    ("samuel_taylor_coleridge", "Samuel Taylor Coleridge", 1772),
    ("john_keats", "John Keats", 1795),
    ("percy_bysshe_shelley", "Percy Bysshe Shelley", 1792),
    ("lord_byron", "Lord Byron", 1788),
    ("walt_whitman", "Walt Whitman", 1819),
    ("emily_dickinson", "Emily Dickinson", 1830),
    ("t_s_eliot", "T. S. Eliot", 1888),
    ("w_b_yeats", "W. B. Yeats", 1865),
    ("pablo_neruda", "Pablo Neruda", 1904),
    ("federico_garcia_lorca", "Federico García Lorca", 1898),
    ("charles_baudelaire", "Charles Baudelaire", 1821),
    ("arthur_rimbaud", "Arthur Rimbaud", 1854),
    ("rainer_maria_rilke", "Rainer Maria Rilke", 1875),
    ("sylvia_plath", "Sylvia Plath", 1932),
    ("robert_frost", "Robert Frost", 1874),
    ("langston_hughes", "Langston Hughes", 1901),
    ("anna_akhmatova", "Anna Akhmatova", 1889),
    ("seamus_heaney", "Seamus Heaney", 1939),
    ("wislawa_szymborska", "Wisława Szymborska", 1923),
]

PLACES = [
    ("cockermouth", "Cockermouth"), ("rydal", "Rydal"), ("ottery_st_mary", "Ottery St Mary"),
    ("london", "London"), ("rome", "Rome"), ("horsham", "Horsham"), ("missolonghi", "Missolonghi"),
    ("huntington", "Huntington"), ("camden", "Camden"), ("amherst", "Amherst"),
    ("st_louis", "St. Louis"), ("dublin", "Dublin"), ("menton", "Menton"), ("parral", "Parral"),
    ("santiago", "Santiago"), ("fuente_vaqueros", "Fuente Vaqueros"), ("paris", "Paris"),
    ("charleville", "Charleville"), ("marseille", "Marseille"), ("prague", "Prague"),
    ("montreux", "Montreux"), ("boston", "Boston"), ("san_francisco", "San Francisco"),
    ("joplin", "Joplin"), ("new_york_city", "New York City"), ("odessa", "Odessa"),
    ("domodedovo", "Domodedovo"), ("castledawson", "Castledawson"), ("kornik", "Kórnik"),
    ("krakow", "Kraków"),
]

WORKS = [  # (slug, label, type)
    ("lyrical_ballads", "Lyrical Ballads", "collection"),
    ("the_prelude", "The Prelude", "poem"),
    ("the_rime_of_the_ancient_mariner", "The Rime of the Ancient Mariner", "poem"),
    ("kubla_khan", "Kubla Khan", "poem"),
    ("ode_to_a_nightingale", "Ode to a Nightingale", "poem"),
    ("ode_on_a_grecian_urn", "Ode on a Grecian Urn", "poem"),
    ("ozymandias", "Ozymandias", "poem"),
    ("ode_to_the_west_wind", "Ode to the West Wind", "poem"),
    ("don_juan", "Don Juan", "poem"),
    ("childe_harolds_pilgrimage", "Childe Harold's Pilgrimage", "poem"),
    ("leaves_of_grass", "Leaves of Grass", "collection"),
    ("o_captain_my_captain", "O Captain! My Captain!", "poem"),
    ("because_i_could_not_stop_for_death", "Because I could not stop for Death", "poem"),
    ("hope_is_the_thing_with_feathers", "\"Hope\" is the thing with feathers", "poem"),
    ("the_waste_land", "The Waste Land", "poem"),
    ("the_love_song_of_j_alfred_prufrock", "The Love Song of J. Alfred Prufrock", "poem"),
    ("four_quartets", "Four Quartets", "poem"),
    ("the_second_coming", "The Second Coming", "poem"),
    ("the_lake_isle_of_innisfree", "The Lake Isle of Innisfree", "poem"),
    ("twenty_love_poems", "Twenty Love Poems and a Song of Despair", "collection"),
    ("canto_general", "Canto General", "collection"),
    ("gypsy_ballads", "Gypsy Ballads", "collection"),
    ("poet_in_new_york", "Poet in New York", "collection"),
    ("les_fleurs_du_mal", "Les Fleurs du mal", "collection"),
    ("paris_spleen", "Paris Spleen", "collection"),
    ("a_season_in_hell", "A Season in Hell", "poem"),
    ("the_drunken_boat", "The Drunken Boat", "poem"),
    ("illuminations", "Illuminations", "collection"),
    ("duino_elegies", "Duino Elegies", "collection"),
    ("sonnets_to_orpheus", "Sonnets to Orpheus", "collection"),
    ("ariel", "Ariel", "collection"),
    ("the_colossus", "The Colossus", "collection"),
    ("the_road_not_taken", "The Road Not Taken", "poem"),
    ("stopping_by_woods", "Stopping by Woods on a Snowy Evening", "poem"),
    ("the_weary_blues", "The Weary Blues", "collection"),
    ("the_negro_speaks_of_rivers", "The Negro Speaks of Rivers", "poem"),
    ("requiem", "Requiem", "poem"),
    ("poem_without_a_hero", "Poem Without a Hero", "poem"),
    ("death_of_a_naturalist", "Death of a Naturalist", "collection"),
    ("north", "North", "collection"),
    ("view_with_a_grain_of_sand", "View with a Grain of Sand", "collection"),
    ("people_on_a_bridge", "People on a Bridge", "collection"),
]

MOVEMENTS = [
    ("romanticism", "Romanticism"), ("modernism", "Modernism"), ("symbolism", "Symbolism"),
    ("irish_literary_revival", "Irish Literary Revival"), ("generation_of_27", "Generation of '27"),
    ("confessional_poetry", "Confessional poetry"), ("harlem_renaissance", "Harlem Renaissance"),
    ("acmeism", "Acmeism"),
]

AWARDS = [
    ("nobel_prize_in_literature", "Nobel Prize in Literature"),
    ("pulitzer_prize_for_poetry", "Pulitzer Prize for Poetry"),
]

FORMS = [
    ("sonnet", "sonnet"), ("ode", "ode"), ("ottava_rima", "ottava rima"), ("free_verse", "free verse"),
    ("dramatic_monologue", "dramatic monologue"), ("ballad", "ballad"), ("prose_poem", "prose poem"),
    ("elegy", "elegy"), ("villanelle", "villanelle"), ("blank_verse", "blank verse"),
    ("jazz_poetry", "jazz poetry"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"poet:{s}", kind="item", type="poet", label=lb, attrs={"year": y}) for s, lb, y in POETS]
    out += [kgx.Entity(f"place:{s}", kind="attribute", type="place", label=lb) for s, lb in PLACES]
    out += [kgx.Entity(f"work:{s}", kind="attribute", type=t, label=lb) for s, lb, t in WORKS]
    out += [kgx.Entity(f"movement:{s}", kind="attribute", type="movement", label=lb) for s, lb in MOVEMENTS]
    out += [kgx.Entity(f"award:{s}", kind="attribute", type="award", label=lb) for s, lb in AWARDS]
    out += [kgx.Entity(f"form:{s}", kind="attribute", type="form", label=lb) for s, lb in FORMS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    # poet slug: {relation: [tail ids]}
    "william_wordsworth": {"born_in": ["place:cockermouth"], "died_in": ["place:rydal"],
                           "wrote": ["work:lyrical_ballads", "work:the_prelude"],
                           "member_of": ["movement:romanticism"], "used_form": ["form:sonnet"]},
    "samuel_taylor_coleridge": {"born_in": ["place:ottery_st_mary"], "died_in": ["place:london"],
                                "wrote": ["work:lyrical_ballads", "work:the_rime_of_the_ancient_mariner",
                                          "work:kubla_khan"],
                                "member_of": ["movement:romanticism"]},
    "john_keats": {"born_in": ["place:london"], "died_in": ["place:rome"],
                   "wrote": ["work:ode_to_a_nightingale", "work:ode_on_a_grecian_urn"],
                   "member_of": ["movement:romanticism"], "used_form": ["form:ode", "form:sonnet"]},
    "percy_bysshe_shelley": {"born_in": ["place:horsham"],
                             "wrote": ["work:ozymandias", "work:ode_to_the_west_wind"],
                             "member_of": ["movement:romanticism"], "used_form": ["form:sonnet", "form:ode"]},
    "lord_byron": {"born_in": ["place:london"], "died_in": ["place:missolonghi"],
                   "wrote": ["work:don_juan", "work:childe_harolds_pilgrimage"],
                   "member_of": ["movement:romanticism"], "used_form": ["form:ottava_rima"]},
    "walt_whitman": {"born_in": ["place:huntington"], "died_in": ["place:camden"],
                     "wrote": ["work:leaves_of_grass", "work:o_captain_my_captain"],
                     "used_form": ["form:free_verse"]},
    "emily_dickinson": {"born_in": ["place:amherst"], "died_in": ["place:amherst"],
                        "wrote": ["work:because_i_could_not_stop_for_death",
                                  "work:hope_is_the_thing_with_feathers"]},
    "t_s_eliot": {"born_in": ["place:st_louis"], "died_in": ["place:london"],
                  "wrote": ["work:the_waste_land", "work:the_love_song_of_j_alfred_prufrock",
                            "work:four_quartets"],
                  "member_of": ["movement:modernism"], "won": ["award:nobel_prize_in_literature"],
                  "used_form": ["form:dramatic_monologue"]},
    "w_b_yeats": {"born_in": ["place:dublin"], "died_in": ["place:menton"],
                  "wrote": ["work:the_second_coming", "work:the_lake_isle_of_innisfree"],
                  "member_of": ["movement:irish_literary_revival"],
                  "won": ["award:nobel_prize_in_literature"]},
    "pablo_neruda": {"born_in": ["place:parral"], "died_in": ["place:santiago"],
                     "wrote": ["work:twenty_love_poems", "work:canto_general"],
                     "won": ["award:nobel_prize_in_literature"], "used_form": ["form:ode", "form:sonnet"]},
    "federico_garcia_lorca": {"born_in": ["place:fuente_vaqueros"],
                              "wrote": ["work:gypsy_ballads", "work:poet_in_new_york"],
                              "member_of": ["movement:generation_of_27"], "used_form": ["form:ballad"]},
    "charles_baudelaire": {"born_in": ["place:paris"], "died_in": ["place:paris"],
                           "wrote": ["work:les_fleurs_du_mal", "work:paris_spleen"],
                           "member_of": ["movement:symbolism"], "used_form": ["form:prose_poem"]},
    "arthur_rimbaud": {"born_in": ["place:charleville"], "died_in": ["place:marseille"],
                       "wrote": ["work:a_season_in_hell", "work:the_drunken_boat", "work:illuminations"],
                       "member_of": ["movement:symbolism"], "used_form": ["form:prose_poem"]},
    "rainer_maria_rilke": {"born_in": ["place:prague"], "died_in": ["place:montreux"],
                           "wrote": ["work:duino_elegies", "work:sonnets_to_orpheus"],
                           "used_form": ["form:elegy", "form:sonnet"]},
    "sylvia_plath": {"born_in": ["place:boston"], "died_in": ["place:london"],
                     "wrote": ["work:ariel", "work:the_colossus"],
                     "member_of": ["movement:confessional_poetry"],
                     "won": ["award:pulitzer_prize_for_poetry"], "used_form": ["form:villanelle"]},
    "robert_frost": {"born_in": ["place:san_francisco"], "died_in": ["place:boston"],
                     "wrote": ["work:the_road_not_taken", "work:stopping_by_woods"],
                     "won": ["award:pulitzer_prize_for_poetry"], "used_form": ["form:blank_verse"]},
    "langston_hughes": {"born_in": ["place:joplin"], "died_in": ["place:new_york_city"],
                        "wrote": ["work:the_weary_blues", "work:the_negro_speaks_of_rivers"],
                        "member_of": ["movement:harlem_renaissance"], "used_form": ["form:jazz_poetry"]},
    "anna_akhmatova": {"born_in": ["place:odessa"], "died_in": ["place:domodedovo"],
                       "wrote": ["work:requiem", "work:poem_without_a_hero"],
                       "member_of": ["movement:acmeism"]},
    "seamus_heaney": {"born_in": ["place:castledawson"], "died_in": ["place:dublin"],
                      "wrote": ["work:death_of_a_naturalist", "work:north"],
                      "won": ["award:nobel_prize_in_literature"], "used_form": ["form:sonnet"]},
    "wislawa_szymborska": {"born_in": ["place:kornik"], "died_in": ["place:krakow"],
                           "wrote": ["work:view_with_a_grain_of_sand", "work:people_on_a_bridge"],
                           "won": ["award:nobel_prize_in_literature"]},
}

RATINGS = {
    "ana": {"john_keats": 5.0, "percy_bysshe_shelley": 4.0, "lord_byron": 2.0, "william_wordsworth": 3.5},
    "ben": {"t_s_eliot": 4.5, "w_b_yeats": 1.5, "seamus_heaney": 4.0, "robert_frost": 3.0},
    "chen": {"pablo_neruda": 5.0, "federico_garcia_lorca": 4.5, "sylvia_plath": 2.0, "rainer_maria_rilke": 1.0},
    "dara": {"emily_dickinson": 4.0, "walt_whitman": 0.5, "langston_hughes": 5.0, "anna_akhmatova": 3.0},
    "emil": {"charles_baudelaire": 4.5, "arthur_rimbaud": 2.5, "wislawa_szymborska": 4.0,
             "samuel_taylor_coleridge": 1.5},
}


def rows():
    out = []
    for poet, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"poet:{poet}", rel, tail))
    for user, ratings in RATINGS.items():
        for poet, r in ratings.items():
            out.append((f"user:{user}", "rated", f"poet:{poet}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind392")
