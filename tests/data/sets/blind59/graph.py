"""A small knowledge graph of ballets: ballets, choreographers, composers, companies, theatres."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("ballet",)),
    kgx.Relation(
        "choreographed_by",
        phrase="was choreographed by",
        inverse_phrase="choreographed",
        domain=("ballet",),
        range=("choreographer",),
    ),
    kgx.Relation(
        "music_by",
        phrase="is set to music by",
        inverse_phrase="wrote the score for",
        domain=("ballet",),
        range=("composer",),
    ),
    kgx.Relation(
        "premiered_by",
        phrase="was first danced by",
        inverse_phrase="gave the first performance of",
        domain=("ballet",),
        range=("company",),
    ),
    kgx.Relation(
        "premiered_at",
        phrase="premiered at",
        inverse_phrase="hosted the premiere of",
        domain=("ballet",),
        range=("theatre",),
    ),
    kgx.Relation(
        "based_on_story_by",
        phrase="is adapted from a story by",
        inverse_phrase="wrote the story behind",
        domain=("ballet",),
        range=("writer",),
    ),
    kgx.Relation(
        "designed_by",
        phrase="has sets and costumes designed by",
        inverse_phrase="designed",
        domain=("ballet",),
        range=("designer",),
    ),
    kgx.Relation(
        "has_style", phrase="is a", inverse_phrase="is the style of", domain=("ballet",), range=("style",)
    ),
]

BALLETS = [
    ("ballet:swan_lake", "Swan Lake", 1877),
    ("ballet:sleeping_beauty", "The Sleeping Beauty", 1890),
    ("ballet:nutcracker", "The Nutcracker", 1892),
    ("ballet:giselle", "Giselle", 1841),
    ("ballet:la_sylphide", "La Sylphide", 1836),
    ("ballet:coppelia", "Coppélia", 1870),
    ("ballet:firebird", "The Firebird", 1910),
    ("ballet:petrushka", "Petrushka", 1911),
    ("ballet:rite_of_spring", "The Rite of Spring", 1913),
    ("ballet:apollo", "Apollo", 1928),
    ("ballet:romeo_juliet", "Romeo and Juliet", 1940),
    ("ballet:cinderella", "Cinderella", 1945),
    ("ballet:agon", "Agon", 1957),
    ("ballet:symphony_in_c", "Symphony in C", 1947),
    ("ballet:manon", "Manon", 1974),
    ("ballet:fille_mal_gardee", "La Fille mal gardée", 1960),
    ("ballet:don_quixote", "Don Quixote", 1869),
]

ATTRIBUTES = [
    # choreographers
    ("person:julius_reisinger", "choreographer", "Julius Reisinger"),
    ("person:marius_petipa", "choreographer", "Marius Petipa"),
    ("person:lev_ivanov", "choreographer", "Lev Ivanov"),
    ("person:jean_coralli", "choreographer", "Jean Coralli"),
    ("person:jules_perrot", "choreographer", "Jules Perrot"),
    ("person:august_bournonville", "choreographer", "August Bournonville"),
    ("person:arthur_saint_leon", "choreographer", "Arthur Saint-Léon"),
    ("person:michel_fokine", "choreographer", "Michel Fokine"),
    ("person:vaslav_nijinsky", "choreographer", "Vaslav Nijinsky"),
    ("person:george_balanchine", "choreographer", "George Balanchine"),
    ("person:leonid_lavrovsky", "choreographer", "Leonid Lavrovsky"),
    ("person:rostislav_zakharov", "choreographer", "Rostislav Zakharov"),
    ("person:kenneth_macmillan", "choreographer", "Kenneth MacMillan"),
    ("person:frederick_ashton", "choreographer", "Frederick Ashton"),
    # composers
    ("person:tchaikovsky", "composer", "Pyotr Ilyich Tchaikovsky"),
    ("person:adolphe_adam", "composer", "Adolphe Adam"),
    ("person:lovenskiold", "composer", "Herman Severin Løvenskiold"),
    ("person:leo_delibes", "composer", "Léo Delibes"),
    ("person:igor_stravinsky", "composer", "Igor Stravinsky"),
    ("person:sergei_prokofiev", "composer", "Sergei Prokofiev"),
    ("person:georges_bizet", "composer", "Georges Bizet"),
    ("person:jules_massenet", "composer", "Jules Massenet"),
    ("person:ferdinand_herold", "composer", "Ferdinand Hérold"),
    ("person:john_lanchbery", "composer", "John Lanchbery"),
    ("person:ludwig_minkus", "composer", "Ludwig Minkus"),
    # companies
    ("company:bolshoi_ballet", "company", "Bolshoi Ballet"),
    ("company:imperial_russian_ballet", "company", "Imperial Russian Ballet"),
    ("company:paris_opera_ballet", "company", "Paris Opera Ballet"),
    ("company:royal_danish_ballet", "company", "Royal Danish Ballet"),
    ("company:ballets_russes", "company", "Ballets Russes"),
    ("company:kirov_ballet", "company", "Kirov Ballet"),
    ("company:new_york_city_ballet", "company", "New York City Ballet"),
    ("company:royal_ballet", "company", "Royal Ballet"),
    # theatres
    ("theatre:bolshoi_theatre", "theatre", "Bolshoi Theatre"),
    ("theatre:mariinsky_theatre", "theatre", "Mariinsky Theatre"),
    ("theatre:salle_le_peletier", "theatre", "Salle Le Peletier"),
    ("theatre:royal_danish_theatre", "theatre", "Royal Danish Theatre"),
    ("theatre:palais_garnier", "theatre", "Palais Garnier"),
    ("theatre:chatelet", "theatre", "Théâtre du Châtelet"),
    ("theatre:champs_elysees", "theatre", "Théâtre des Champs-Élysées"),
    ("theatre:sarah_bernhardt", "theatre", "Théâtre Sarah-Bernhardt"),
    ("theatre:city_center", "theatre", "City Center of Music and Drama"),
    ("theatre:royal_opera_house", "theatre", "Royal Opera House"),
    # writers of the source stories
    ("person:charles_perrault", "writer", "Charles Perrault"),
    ("person:eta_hoffmann", "writer", "E. T. A. Hoffmann"),
    ("person:heinrich_heine", "writer", "Heinrich Heine"),
    ("person:william_shakespeare", "writer", "William Shakespeare"),
    ("person:miguel_de_cervantes", "writer", "Miguel de Cervantes"),
    ("person:abbe_prevost", "writer", "Abbé Prévost"),
    # designers
    ("person:leon_bakst", "designer", "Léon Bakst"),
    ("person:alexandre_benois", "designer", "Alexandre Benois"),
    ("person:nicholas_roerich", "designer", "Nicholas Roerich"),
    ("person:andre_bauchant", "designer", "André Bauchant"),
    ("person:pyotr_williams", "designer", "Pyotr Williams"),
    ("person:nicholas_georgiadis", "designer", "Nicholas Georgiadis"),
    ("person:osbert_lancaster", "designer", "Osbert Lancaster"),
    # styles
    ("style:romantic", "style", "Romantic ballet"),
    ("style:classical", "style", "classical ballet"),
    ("style:neoclassical", "style", "neoclassical ballet"),
    ("style:modernist", "style", "modernist ballet"),
]

USERS = [
    ("user:ana", "Ana"),
    ("user:ben", "Ben"),
    ("user:chloe", "Chloé"),
    ("user:dmitri", "Dmitri"),
    ("user:emma", "Emma"),
]


def entities():
    out = [kgx.Entity(i, kind="item", type="ballet", label=lab, attrs={"year": y}) for i, lab, y in BALLETS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, t, lab in ATTRIBUTES]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS]
    return out


def rows():
    return [
        # Swan Lake
        ("ballet:swan_lake", "choreographed_by", "person:julius_reisinger"),
        ("ballet:swan_lake", "music_by", "person:tchaikovsky"),
        ("ballet:swan_lake", "premiered_by", "company:bolshoi_ballet"),
        ("ballet:swan_lake", "premiered_at", "theatre:bolshoi_theatre"),
        ("ballet:swan_lake", "has_style", "style:classical"),
        # The Sleeping Beauty
        ("ballet:sleeping_beauty", "choreographed_by", "person:marius_petipa"),
        ("ballet:sleeping_beauty", "music_by", "person:tchaikovsky"),
        ("ballet:sleeping_beauty", "premiered_by", "company:imperial_russian_ballet"),
        ("ballet:sleeping_beauty", "premiered_at", "theatre:mariinsky_theatre"),
        ("ballet:sleeping_beauty", "based_on_story_by", "person:charles_perrault"),
        ("ballet:sleeping_beauty", "has_style", "style:classical"),
        # The Nutcracker
        ("ballet:nutcracker", "choreographed_by", "person:lev_ivanov"),
        ("ballet:nutcracker", "music_by", "person:tchaikovsky"),
        ("ballet:nutcracker", "premiered_by", "company:imperial_russian_ballet"),
        ("ballet:nutcracker", "premiered_at", "theatre:mariinsky_theatre"),
        ("ballet:nutcracker", "based_on_story_by", "person:eta_hoffmann"),
        ("ballet:nutcracker", "has_style", "style:classical"),
        # Giselle
        ("ballet:giselle", "choreographed_by", "person:jean_coralli"),
        ("ballet:giselle", "choreographed_by", "person:jules_perrot"),
        ("ballet:giselle", "music_by", "person:adolphe_adam"),
        ("ballet:giselle", "premiered_by", "company:paris_opera_ballet"),
        ("ballet:giselle", "premiered_at", "theatre:salle_le_peletier"),
        ("ballet:giselle", "based_on_story_by", "person:heinrich_heine"),
        ("ballet:giselle", "has_style", "style:romantic"),
        # La Sylphide (Bournonville)
        ("ballet:la_sylphide", "choreographed_by", "person:august_bournonville"),
        ("ballet:la_sylphide", "music_by", "person:lovenskiold"),
        ("ballet:la_sylphide", "premiered_by", "company:royal_danish_ballet"),
        ("ballet:la_sylphide", "premiered_at", "theatre:royal_danish_theatre"),
        ("ballet:la_sylphide", "has_style", "style:romantic"),
        # Coppélia
        ("ballet:coppelia", "choreographed_by", "person:arthur_saint_leon"),
        ("ballet:coppelia", "music_by", "person:leo_delibes"),
        ("ballet:coppelia", "premiered_by", "company:paris_opera_ballet"),
        ("ballet:coppelia", "premiered_at", "theatre:salle_le_peletier"),
        ("ballet:coppelia", "based_on_story_by", "person:eta_hoffmann"),
        ("ballet:coppelia", "has_style", "style:romantic"),
        # The Firebird
        ("ballet:firebird", "choreographed_by", "person:michel_fokine"),
        ("ballet:firebird", "music_by", "person:igor_stravinsky"),
        ("ballet:firebird", "premiered_by", "company:ballets_russes"),
        ("ballet:firebird", "premiered_at", "theatre:palais_garnier"),
        ("ballet:firebird", "designed_by", "person:leon_bakst"),
        # Petrushka
        ("ballet:petrushka", "choreographed_by", "person:michel_fokine"),
        ("ballet:petrushka", "music_by", "person:igor_stravinsky"),
        ("ballet:petrushka", "premiered_by", "company:ballets_russes"),
        ("ballet:petrushka", "premiered_at", "theatre:chatelet"),
        ("ballet:petrushka", "designed_by", "person:alexandre_benois"),
        # The Rite of Spring
        ("ballet:rite_of_spring", "choreographed_by", "person:vaslav_nijinsky"),
        ("ballet:rite_of_spring", "music_by", "person:igor_stravinsky"),
        ("ballet:rite_of_spring", "premiered_by", "company:ballets_russes"),
        ("ballet:rite_of_spring", "premiered_at", "theatre:champs_elysees"),
        ("ballet:rite_of_spring", "designed_by", "person:nicholas_roerich"),
        ("ballet:rite_of_spring", "has_style", "style:modernist"),
        # Apollo
        ("ballet:apollo", "choreographed_by", "person:george_balanchine"),
        ("ballet:apollo", "music_by", "person:igor_stravinsky"),
        ("ballet:apollo", "premiered_by", "company:ballets_russes"),
        ("ballet:apollo", "premiered_at", "theatre:sarah_bernhardt"),
        ("ballet:apollo", "designed_by", "person:andre_bauchant"),
        ("ballet:apollo", "has_style", "style:neoclassical"),
        # Romeo and Juliet (Lavrovsky)
        ("ballet:romeo_juliet", "choreographed_by", "person:leonid_lavrovsky"),
        ("ballet:romeo_juliet", "music_by", "person:sergei_prokofiev"),
        ("ballet:romeo_juliet", "premiered_by", "company:kirov_ballet"),
        ("ballet:romeo_juliet", "premiered_at", "theatre:mariinsky_theatre"),
        ("ballet:romeo_juliet", "based_on_story_by", "person:william_shakespeare"),
        ("ballet:romeo_juliet", "designed_by", "person:pyotr_williams"),
        # Cinderella (Zakharov)
        ("ballet:cinderella", "choreographed_by", "person:rostislav_zakharov"),
        ("ballet:cinderella", "music_by", "person:sergei_prokofiev"),
        ("ballet:cinderella", "premiered_by", "company:bolshoi_ballet"),
        ("ballet:cinderella", "premiered_at", "theatre:bolshoi_theatre"),
        ("ballet:cinderella", "based_on_story_by", "person:charles_perrault"),
        ("ballet:cinderella", "designed_by", "person:pyotr_williams"),
        # Agon
        ("ballet:agon", "choreographed_by", "person:george_balanchine"),
        ("ballet:agon", "music_by", "person:igor_stravinsky"),
        ("ballet:agon", "premiered_by", "company:new_york_city_ballet"),
        ("ballet:agon", "premiered_at", "theatre:city_center"),
        ("ballet:agon", "has_style", "style:neoclassical"),
        # Symphony in C
        ("ballet:symphony_in_c", "choreographed_by", "person:george_balanchine"),
        ("ballet:symphony_in_c", "music_by", "person:georges_bizet"),
        ("ballet:symphony_in_c", "premiered_by", "company:paris_opera_ballet"),
        ("ballet:symphony_in_c", "premiered_at", "theatre:palais_garnier"),
        ("ballet:symphony_in_c", "has_style", "style:neoclassical"),
        # Manon
        ("ballet:manon", "choreographed_by", "person:kenneth_macmillan"),
        ("ballet:manon", "music_by", "person:jules_massenet"),
        ("ballet:manon", "premiered_by", "company:royal_ballet"),
        ("ballet:manon", "premiered_at", "theatre:royal_opera_house"),
        ("ballet:manon", "based_on_story_by", "person:abbe_prevost"),
        ("ballet:manon", "designed_by", "person:nicholas_georgiadis"),
        # La Fille mal gardée (Ashton)
        ("ballet:fille_mal_gardee", "choreographed_by", "person:frederick_ashton"),
        ("ballet:fille_mal_gardee", "music_by", "person:ferdinand_herold"),
        ("ballet:fille_mal_gardee", "music_by", "person:john_lanchbery"),
        ("ballet:fille_mal_gardee", "premiered_by", "company:royal_ballet"),
        ("ballet:fille_mal_gardee", "premiered_at", "theatre:royal_opera_house"),
        ("ballet:fille_mal_gardee", "designed_by", "person:osbert_lancaster"),
        # Don Quixote
        ("ballet:don_quixote", "choreographed_by", "person:marius_petipa"),
        ("ballet:don_quixote", "music_by", "person:ludwig_minkus"),
        ("ballet:don_quixote", "premiered_by", "company:bolshoi_ballet"),
        ("ballet:don_quixote", "premiered_at", "theatre:bolshoi_theatre"),
        ("ballet:don_quixote", "based_on_story_by", "person:miguel_de_cervantes"),
        ("ballet:don_quixote", "has_style", "style:classical"),
        # ratings
        ("user:ana", "rated", "ballet:swan_lake", {"rating": 5.0}),
        ("user:ana", "rated", "ballet:giselle", {"rating": 4.0}),
        ("user:ana", "rated", "ballet:rite_of_spring", {"rating": 2.0}),
        ("user:ana", "rated", "ballet:nutcracker", {"rating": 3.0}),
        ("user:ana", "rated", "ballet:manon", {"rating": 4.5}),
        ("user:ben", "rated", "ballet:agon", {"rating": 5.0}),
        ("user:ben", "rated", "ballet:apollo", {"rating": 4.0}),
        ("user:ben", "rated", "ballet:swan_lake", {"rating": 2.5}),
        ("user:ben", "rated", "ballet:petrushka", {"rating": 3.5}),
        ("user:chloe", "rated", "ballet:coppelia", {"rating": 4.0}),
        ("user:chloe", "rated", "ballet:la_sylphide", {"rating": 5.0}),
        ("user:chloe", "rated", "ballet:don_quixote", {"rating": 1.5}),
        ("user:chloe", "rated", "ballet:cinderella", {"rating": 3.0}),
        ("user:dmitri", "rated", "ballet:romeo_juliet", {"rating": 5.0}),
        ("user:dmitri", "rated", "ballet:firebird", {"rating": 4.0}),
        ("user:dmitri", "rated", "ballet:sleeping_beauty", {"rating": 2.0}),
        ("user:dmitri", "rated", "ballet:fille_mal_gardee", {"rating": 3.5}),
        ("user:emma", "rated", "ballet:symphony_in_c", {"rating": 4.5}),
        ("user:emma", "rated", "ballet:nutcracker", {"rating": 5.0}),
        ("user:emma", "rated", "ballet:manon", {"rating": 1.0}),
        ("user:emma", "rated", "ballet:rite_of_spring", {"rating": 4.0}),
    ]


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind59")
