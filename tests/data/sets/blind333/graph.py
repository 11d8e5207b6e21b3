"""A small graph of real jazz clubs (blind333).

Each club carries the year it opened (as a jazz venue).  Facts are real to the best
of the writer's knowledge; five made-up users rated four clubs each.
"""
import kgexplain as kgx

CLUB = ("jazz_club",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=CLUB),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=CLUB, range=("city",)),
    kgx.Relation("in_neighborhood", phrase="sits in the neighborhood of", inverse_phrase="is the neighborhood of",
                 domain=CLUB, range=("neighborhood",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=CLUB, range=("person",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=CLUB, range=("person",)),
    kgx.Relation("run_by", phrase="is run by", inverse_phrase="runs",
                 domain=CLUB, range=("person", "organisation")),
    kgx.Relation("venue_type", phrase="is a venue of the type", inverse_phrase="is the venue type of",
                 domain=CLUB, range=("venue_type",)),
    kgx.Relation("known_for_style", phrase="is known for", inverse_phrase="is the style associated with",
                 domain=CLUB, range=("style",)),
]

_CLUBS = [
    ("village_vanguard", "Village Vanguard", 1935),
    ("blue_note_new_york", "Blue Note Jazz Club", 1981),
    ("birdland", "Birdland", 1949),
    ("smalls", "Smalls Jazz Club", 1994),
    ("mintons_playhouse", "Minton's Playhouse", 1938),
    ("dizzys_club", "Dizzy's Club", 2004),
    ("ronnie_scotts", "Ronnie Scott's Jazz Club", 1959),
    ("preservation_hall", "Preservation Hall", 1961),
    ("snug_harbor", "Snug Harbor Jazz Bistro", 1983),
    ("green_mill", "Green Mill Cocktail Lounge", 1907),
    ("jazz_showcase", "Jazz Showcase", 1947),
    ("keystone_korner", "Keystone Korner", 1972),
    ("yoshis", "Yoshi's", 1973),
    ("new_morning", "New Morning", 1981),
    ("caveau_de_la_huchette", "Le Caveau de la Huchette", 1946),
    ("bimhuis", "Bimhuis", 1974),
    ("jazzhus_montmartre", "Jazzhus Montmartre", 1959),
    ("blues_alley", "Blues Alley", 1965),
]

_ATTRS = [
    # cities
    ("city:new_york_city", "city", "New York City"),
    ("city:london", "city", "London"),
    ("city:new_orleans", "city", "New Orleans"),
    ("city:chicago", "city", "Chicago"),
    ("city:san_francisco", "city", "San Francisco"),
    ("city:oakland", "city", "Oakland"),
    ("city:paris", "city", "Paris"),
    ("city:amsterdam", "city", "Amsterdam"),
    ("city:copenhagen", "city", "Copenhagen"),
    ("city:washington_dc", "city", "Washington, D.C."),
    # neighborhoods
    ("neighborhood:greenwich_village", "neighborhood", "Greenwich Village"),
    ("neighborhood:harlem", "neighborhood", "Harlem"),
    ("neighborhood:midtown_manhattan", "neighborhood", "Midtown Manhattan"),
    ("neighborhood:soho_london", "neighborhood", "Soho"),
    ("neighborhood:french_quarter", "neighborhood", "French Quarter"),
    ("neighborhood:faubourg_marigny", "neighborhood", "Faubourg Marigny"),
    ("neighborhood:uptown_chicago", "neighborhood", "Uptown"),
    ("neighborhood:north_beach", "neighborhood", "North Beach"),
    ("neighborhood:jack_london_square", "neighborhood", "Jack London Square"),
    ("neighborhood:latin_quarter", "neighborhood", "Latin Quarter"),
    ("neighborhood:georgetown", "neighborhood", "Georgetown"),
    # people
    ("person:max_gordon", "person", "Max Gordon"),
    ("person:danny_bensusan", "person", "Danny Bensusan"),
    ("person:mitchell_borden", "person", "Mitchell Borden"),
    ("person:henry_minton", "person", "Henry Minton"),
    ("person:ronnie_scott", "person", "Ronnie Scott"),
    ("person:pete_king", "person", "Pete King"),
    ("person:allan_jaffe", "person", "Allan Jaffe"),
    ("person:sandra_jaffe", "person", "Sandra Jaffe"),
    ("person:joe_segal", "person", "Joe Segal"),
    ("person:todd_barkan", "person", "Todd Barkan"),
    ("person:yoshie_akiba", "person", "Yoshie Akiba"),
    ("person:kaz_kajimura", "person", "Kaz Kajimura"),
    ("person:eglal_farhi", "person", "Eglal Farhi"),
    ("person:charlie_parker", "person", "Charlie Parker"),
    ("person:dizzy_gillespie", "person", "Dizzy Gillespie"),
    ("person:deborah_gordon", "person", "Deborah Gordon"),
    ("person:gianni_valenti", "person", "Gianni Valenti"),
    ("person:sally_greene", "person", "Sally Greene"),
    ("person:spike_wilner", "person", "Spike Wilner"),
    # organisations
    ("organisation:jazz_at_lincoln_center", "organisation", "Jazz at Lincoln Center"),
    ("organisation:blue_note_entertainment_group", "organisation", "Blue Note Entertainment Group"),
    # venue types
    ("venue_type:basement_club", "venue_type", "basement club"),
    ("venue_type:supper_club", "venue_type", "supper club"),
    ("venue_type:cocktail_lounge", "venue_type", "cocktail lounge"),
    ("venue_type:concert_venue", "venue_type", "concert venue"),
    ("venue_type:restaurant", "venue_type", "restaurant"),
    # styles
    ("style:bebop", "style", "bebop"),
    ("style:traditional_jazz", "style", "traditional jazz"),
    ("style:swing", "style", "swing"),
    ("style:improvised_music", "style", "improvised music"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"jazz_club:{slug}", kind="item", type="jazz_club", label=label, attrs={"year": year})
           for slug, label, year in _CLUBS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    c = lambda slug: f"jazz_club:{slug}"  # noqa: E731
    return [
        # located_in
        (c("village_vanguard"), "located_in", "city:new_york_city"),
        (c("blue_note_new_york"), "located_in", "city:new_york_city"),
        (c("birdland"), "located_in", "city:new_york_city"),
        (c("smalls"), "located_in", "city:new_york_city"),
        (c("mintons_playhouse"), "located_in", "city:new_york_city"),
        (c("dizzys_club"), "located_in", "city:new_york_city"),
        (c("ronnie_scotts"), "located_in", "city:london"),
        (c("preservation_hall"), "located_in", "city:new_orleans"),
        (c("snug_harbor"), "located_in", "city:new_orleans"),
        (c("green_mill"), "located_in", "city:chicago"),
        (c("jazz_showcase"), "located_in", "city:chicago"),
        (c("keystone_korner"), "located_in", "city:san_francisco"),
        (c("yoshis"), "located_in", "city:oakland"),
        (c("new_morning"), "located_in", "city:paris"),
        (c("caveau_de_la_huchette"), "located_in", "city:paris"),
        (c("bimhuis"), "located_in", "city:amsterdam"),
        (c("jazzhus_montmartre"), "located_in", "city:copenhagen"),
        (c("blues_alley"), "located_in", "city:washington_dc"),
        # in_neighborhood
        (c("village_vanguard"), "in_neighborhood", "neighborhood:greenwich_village"),
        (c("blue_note_new_york"), "in_neighborhood", "neighborhood:greenwich_village"),
        (c("smalls"), "in_neighborhood", "neighborhood:greenwich_village"),
        (c("mintons_playhouse"), "in_neighborhood", "neighborhood:harlem"),
        (c("birdland"), "in_neighborhood", "neighborhood:midtown_manhattan"),
        (c("ronnie_scotts"), "in_neighborhood", "neighborhood:soho_london"),
        (c("preservation_hall"), "in_neighborhood", "neighborhood:french_quarter"),
        (c("snug_harbor"), "in_neighborhood", "neighborhood:faubourg_marigny"),
        (c("green_mill"), "in_neighborhood", "neighborhood:uptown_chicago"),
        (c("keystone_korner"), "in_neighborhood", "neighborhood:north_beach"),
        (c("yoshis"), "in_neighborhood", "neighborhood:jack_london_square"),
        (c("caveau_de_la_huchette"), "in_neighborhood", "neighborhood:latin_quarter"),
        (c("blues_alley"), "in_neighborhood", "neighborhood:georgetown"),
        # founded_by
        (c("village_vanguard"), "founded_by", "person:max_gordon"),
        (c("blue_note_new_york"), "founded_by", "person:danny_bensusan"),
        (c("smalls"), "founded_by", "person:mitchell_borden"),
        (c("mintons_playhouse"), "founded_by", "person:henry_minton"),
        (c("ronnie_scotts"), "founded_by", "person:ronnie_scott"),
        (c("ronnie_scotts"), "founded_by", "person:pete_king"),
        (c("preservation_hall"), "founded_by", "person:allan_jaffe"),
        (c("preservation_hall"), "founded_by", "person:sandra_jaffe"),
        (c("jazz_showcase"), "founded_by", "person:joe_segal"),
        (c("keystone_korner"), "founded_by", "person:todd_barkan"),
        (c("yoshis"), "founded_by", "person:yoshie_akiba"),
        (c("yoshis"), "founded_by", "person:kaz_kajimura"),
        (c("new_morning"), "founded_by", "person:eglal_farhi"),
        # named_after
        (c("birdland"), "named_after", "person:charlie_parker"),
        (c("dizzys_club"), "named_after", "person:dizzy_gillespie"),
        (c("ronnie_scotts"), "named_after", "person:ronnie_scott"),
        (c("mintons_playhouse"), "named_after", "person:henry_minton"),
        (c("yoshis"), "named_after", "person:yoshie_akiba"),
        # run_by
        (c("dizzys_club"), "run_by", "organisation:jazz_at_lincoln_center"),
        (c("blue_note_new_york"), "run_by", "organisation:blue_note_entertainment_group"),
        (c("village_vanguard"), "run_by", "person:deborah_gordon"),
        (c("birdland"), "run_by", "person:gianni_valenti"),
        (c("ronnie_scotts"), "run_by", "person:sally_greene"),
        (c("smalls"), "run_by", "person:spike_wilner"),
        # venue_type
        (c("village_vanguard"), "venue_type", "venue_type:basement_club"),
        (c("smalls"), "venue_type", "venue_type:basement_club"),
        (c("caveau_de_la_huchette"), "venue_type", "venue_type:basement_club"),
        (c("blues_alley"), "venue_type", "venue_type:supper_club"),
        (c("green_mill"), "venue_type", "venue_type:cocktail_lounge"),
        (c("bimhuis"), "venue_type", "venue_type:concert_venue"),
        (c("yoshis"), "venue_type", "venue_type:restaurant"),
        # known_for_style
        (c("mintons_playhouse"), "known_for_style", "style:bebop"),
        (c("preservation_hall"), "known_for_style", "style:traditional_jazz"),
        (c("caveau_de_la_huchette"), "known_for_style", "style:swing"),
        (c("bimhuis"), "known_for_style", "style:improvised_music"),
        # ratings
        ("user:ana", "rated", c("village_vanguard"), {"rating": 5.0}),
        ("user:ana", "rated", c("preservation_hall"), {"rating": 4.5}),
        ("user:ana", "rated", c("bimhuis"), {"rating": 2.0}),
        ("user:ana", "rated", c("green_mill"), {"rating": 4.0}),
        ("user:ben", "rated", c("blue_note_new_york"), {"rating": 1.5}),
        ("user:ben", "rated", c("ronnie_scotts"), {"rating": 5.0}),
        ("user:ben", "rated", c("birdland"), {"rating": 4.0}),
        ("user:ben", "rated", c("jazz_showcase"), {"rating": 3.0}),
        ("user:chen", "rated", c("yoshis"), {"rating": 4.5}),
        ("user:chen", "rated", c("keystone_korner"), {"rating": 4.0}),
        ("user:chen", "rated", c("smalls"), {"rating": 2.5}),
        ("user:chen", "rated", c("dizzys_club"), {"rating": 1.0}),
        ("user:dara", "rated", c("caveau_de_la_huchette"), {"rating": 5.0}),
        ("user:dara", "rated", c("new_morning"), {"rating": 3.5}),
        ("user:dara", "rated", c("jazzhus_montmartre"), {"rating": 2.0}),
        ("user:dara", "rated", c("mintons_playhouse"), {"rating": 4.5}),
        ("user:emil", "rated", c("snug_harbor"), {"rating": 4.0}),
        ("user:emil", "rated", c("blues_alley"), {"rating": 0.5}),
        ("user:emil", "rated", c("village_vanguard"), {"rating": 3.0}),
        ("user:emil", "rated", c("ronnie_scotts"), {"rating": 4.5}),
    ]


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind333")
