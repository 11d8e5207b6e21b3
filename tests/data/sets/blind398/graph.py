"""A small stage musicals graph (blind398)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("musical",)),
    kgx.Relation("music_by", phrase="has music by", inverse_phrase="wrote the music for",
                 domain=("musical",), range=("person",)),
    kgx.Relation("lyrics_by", phrase="has lyrics by", inverse_phrase="wrote the lyrics for",
                 domain=("musical",), range=("person",)),
    kgx.Relation("premiered_in", phrase="premiered in", inverse_phrase="hosted the premiere of",
                 domain=("musical",), range=("city",)),
    kgx.Relation("set_in", phrase="is set in", inverse_phrase="is the setting of",
                 domain=("musical",), range=("city", "country", "place")),
    kgx.Relation("based_on", phrase="is based on", inverse_phrase="was adapted into",
                 domain=("musical",), range=("work",)),
    kgx.Relation("has_style", phrase="is a", inverse_phrase="is the style of",
                 domain=("musical",), range=("style",)),
]

MUSICALS = [
    ("west_side_story", "West Side Story", 1957),
    ("les_miserables", "Les Misérables", 1980),
    ("cats", "Cats", 1981),
    ("phantom_of_the_opera", "The Phantom of the Opera", 1986),
    ("evita", "Evita", 1978),
    ("rent", "Rent", 1996),
    ("hamilton", "Hamilton", 2015),
    ("miss_saigon", "Miss Saigon", 1989),
    ("cabaret", "Cabaret", 1966),
    ("chicago", "Chicago", 1975),
    ("my_fair_lady", "My Fair Lady", 1956),
    ("oliver", "Oliver!", 1960),
    ("mamma_mia", "Mamma Mia!", 1999),
    ("the_lion_king", "The Lion King", 1997),
    ("wicked", "Wicked", 2003),
    ("sweeney_todd", "Sweeney Todd", 1979),
    ("a_chorus_line", "A Chorus Line", 1975),
    ("hair", "Hair", 1967),
]

PEOPLE = [
    ("leonard_bernstein", "Leonard Bernstein"),
    ("stephen_sondheim", "Stephen Sondheim"),
    ("claude_michel_schonberg", "Claude-Michel Schönberg"),
    ("alain_boublil", "Alain Boublil"),
    ("herbert_kretzmer", "Herbert Kretzmer"),
    ("andrew_lloyd_webber", "Andrew Lloyd Webber"),
    ("t_s_eliot", "T. S. Eliot"),
    ("charles_hart", "Charles Hart"),
    ("tim_rice", "Tim Rice"),
    ("jonathan_larson", "Jonathan Larson"),
    ("lin_manuel_miranda", "Lin-Manuel Miranda"),
    ("richard_maltby_jr", "Richard Maltby Jr."),
    ("john_kander", "John Kander"),
    ("fred_ebb", "Fred Ebb"),
    ("frederick_loewe", "Frederick Loewe"),
    ("alan_jay_lerner", "Alan Jay Lerner"),
    ("lionel_bart", "Lionel Bart"),
    ("benny_andersson", "Benny Andersson"),
    ("bjorn_ulvaeus", "Björn Ulvaeus"),
    ("elton_john", "Elton John"),
    ("stephen_schwartz", "Stephen Schwartz"),
    ("marvin_hamlisch", "Marvin Hamlisch"),
    ("edward_kleban", "Edward Kleban"),
    ("galt_macdermot", "Galt MacDermot"),
    ("gerome_ragni", "Gerome Ragni"),
    ("james_rado", "James Rado"),
]

PLACES = [
    ("city:new_york_city", "city", "New York City"),
    ("city:london", "city", "London"),
    ("city:paris", "city", "Paris"),
    ("city:washington_dc", "city", "Washington, D.C."),
    ("city:minneapolis", "city", "Minneapolis"),
    ("city:san_francisco", "city", "San Francisco"),
    ("city:chicago", "city", "Chicago"),
    ("city:berlin", "city", "Berlin"),
    ("country:france", "country", "France"),
    ("country:argentina", "country", "Argentina"),
    ("country:greece", "country", "Greece"),
    ("place:land_of_oz", "place", "Land of Oz"),
]

WORKS = [
    ("romeo_and_juliet", "Romeo and Juliet"),
    ("old_possums_book", "Old Possum's Book of Practical Cats"),
    ("le_fantome_de_l_opera", "Le Fantôme de l'Opéra"),
    ("la_boheme", "La Bohème"),
    ("alexander_hamilton_biography", "Alexander Hamilton"),
    ("madama_butterfly", "Madama Butterfly"),
    ("i_am_a_camera", "I Am a Camera"),
    ("pygmalion", "Pygmalion"),
    ("oliver_twist", "Oliver Twist"),
    ("wicked_novel", "Wicked: The Life and Times of the Wicked Witch of the West"),
]

STYLES = [
    ("rock_musical", "Rock musical"),
    ("sung_through_musical", "Sung-through musical"),
    ("hip_hop_musical", "Hip-hop musical"),
    ("jukebox_musical", "Jukebox musical"),
    ("concept_musical", "Concept musical"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in MUSICALS:
        out.append(kgx.Entity(f"musical:{slug}", kind="item", type="musical", label=label,
                              attrs={"year": year}))
    for slug, label in PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for eid, typ, label in PLACES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label))
    for slug, label in WORKS:
        out.append(kgx.Entity(f"work:{slug}", kind="attribute", type="work", label=label))
    for slug, label in STYLES:
        out.append(kgx.Entity(f"style:{slug}", kind="attribute", type="style", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def _m(slug):
    return f"musical:{slug}"


def _p(slug):
    return f"person:{slug}"


FACTS = [
    # West Side Story
    (_m("west_side_story"), "music_by", _p("leonard_bernstein")),
    (_m("west_side_story"), "lyrics_by", _p("stephen_sondheim")),
    (_m("west_side_story"), "premiered_in", "city:washington_dc"),
    (_m("west_side_story"), "set_in", "city:new_york_city"),
    (_m("west_side_story"), "based_on", "work:romeo_and_juliet"),
    # Les Misérables
    (_m("les_miserables"), "music_by", _p("claude_michel_schonberg")),
    (_m("les_miserables"), "lyrics_by", _p("alain_boublil")),
    (_m("les_miserables"), "lyrics_by", _p("herbert_kretzmer")),
    (_m("les_miserables"), "premiered_in", "city:paris"),
    (_m("les_miserables"), "set_in", "country:france"),
    (_m("les_miserables"), "has_style", "style:sung_through_musical"),
    # Cats
    (_m("cats"), "music_by", _p("andrew_lloyd_webber")),
    (_m("cats"), "lyrics_by", _p("t_s_eliot")),
    (_m("cats"), "premiered_in", "city:london"),
    (_m("cats"), "based_on", "work:old_possums_book"),
    (_m("cats"), "has_style", "style:sung_through_musical"),
    # The Phantom of the Opera
    (_m("phantom_of_the_opera"), "music_by", _p("andrew_lloyd_webber")),
    (_m("phantom_of_the_opera"), "lyrics_by", _p("charles_hart")),
    (_m("phantom_of_the_opera"), "premiered_in", "city:london"),
    (_m("phantom_of_the_opera"), "set_in", "city:paris"),
    (_m("phantom_of_the_opera"), "based_on", "work:le_fantome_de_l_opera"),
    # Evita
    (_m("evita"), "music_by", _p("andrew_lloyd_webber")),
    (_m("evita"), "lyrics_by", _p("tim_rice")),
    (_m("evita"), "premiered_in", "city:london"),
    (_m("evita"), "set_in", "country:argentina"),
    (_m("evita"), "has_style", "style:sung_through_musical"),
    # Rent
    (_m("rent"), "music_by", _p("jonathan_larson")),
    (_m("rent"), "lyrics_by", _p("jonathan_larson")),
    (_m("rent"), "premiered_in", "city:new_york_city"),
    (_m("rent"), "set_in", "city:new_york_city"),
    (_m("rent"), "based_on", "work:la_boheme"),
    (_m("rent"), "has_style", "style:rock_musical"),
    # Hamilton
    (_m("hamilton"), "music_by", _p("lin_manuel_miranda")),
    (_m("hamilton"), "lyrics_by", _p("lin_manuel_miranda")),
    (_m("hamilton"), "premiered_in", "city:new_york_city"),
    (_m("hamilton"), "based_on", "work:alexander_hamilton_biography"),
    (_m("hamilton"), "has_style", "style:hip_hop_musical"),
    # Miss Saigon
    (_m("miss_saigon"), "music_by", _p("claude_michel_schonberg")),
    (_m("miss_saigon"), "lyrics_by", _p("alain_boublil")),
    (_m("miss_saigon"), "lyrics_by", _p("richard_maltby_jr")),
    (_m("miss_saigon"), "premiered_in", "city:london"),
    (_m("miss_saigon"), "based_on", "work:madama_butterfly"),
    (_m("miss_saigon"), "has_style", "style:sung_through_musical"),
    # Cabaret
    (_m("cabaret"), "music_by", _p("john_kander")),
    (_m("cabaret"), "lyrics_by", _p("fred_ebb")),
    (_m("cabaret"), "set_in", "city:berlin"),
    (_m("cabaret"), "based_on", "work:i_am_a_camera"),
    (_m("cabaret"), "has_style", "style:concept_musical"),
    # Chicago
    (_m("chicago"), "music_by", _p("john_kander")),
    (_m("chicago"), "lyrics_by", _p("fred_ebb")),
    (_m("chicago"), "set_in", "city:chicago"),
    # My Fair Lady
    (_m("my_fair_lady"), "music_by", _p("frederick_loewe")),
    (_m("my_fair_lady"), "lyrics_by", _p("alan_jay_lerner")),
    (_m("my_fair_lady"), "set_in", "city:london"),
    (_m("my_fair_lady"), "based_on", "work:pygmalion"),
    # Oliver!
    (_m("oliver"), "music_by", _p("lionel_bart")),
    (_m("oliver"), "lyrics_by", _p("lionel_bart")),
    (_m("oliver"), "premiered_in", "city:london"),
    (_m("oliver"), "set_in", "city:london"),
    (_m("oliver"), "based_on", "work:oliver_twist"),
    # Mamma Mia!
    (_m("mamma_mia"), "music_by", _p("benny_andersson")),
    (_m("mamma_mia"), "music_by", _p("bjorn_ulvaeus")),
    (_m("mamma_mia"), "premiered_in", "city:london"),
    (_m("mamma_mia"), "set_in", "country:greece"),
    (_m("mamma_mia"), "has_style", "style:jukebox_musical"),
    # The Lion King
    (_m("the_lion_king"), "music_by", _p("elton_john")),
    (_m("the_lion_king"), "lyrics_by", _p("tim_rice")),
    (_m("the_lion_king"), "premiered_in", "city:minneapolis"),
    # Wicked
    (_m("wicked"), "music_by", _p("stephen_schwartz")),
    (_m("wicked"), "lyrics_by", _p("stephen_schwartz")),
    (_m("wicked"), "premiered_in", "city:san_francisco"),
    (_m("wicked"), "set_in", "place:land_of_oz"),
    (_m("wicked"), "based_on", "work:wicked_novel"),
    # Sweeney Todd
    (_m("sweeney_todd"), "music_by", _p("stephen_sondheim")),
    (_m("sweeney_todd"), "lyrics_by", _p("stephen_sondheim")),
    (_m("sweeney_todd"), "premiered_in", "city:new_york_city"),
    (_m("sweeney_todd"), "set_in", "city:london"),
    # A Chorus Line
    (_m("a_chorus_line"), "music_by", _p("marvin_hamlisch")),
    (_m("a_chorus_line"), "lyrics_by", _p("edward_kleban")),
    (_m("a_chorus_line"), "premiered_in", "city:new_york_city"),
    (_m("a_chorus_line"), "set_in", "city:new_york_city"),
    (_m("a_chorus_line"), "has_style", "style:concept_musical"),
    # Hair
    (_m("hair"), "music_by", _p("galt_macdermot")),
    (_m("hair"), "lyrics_by", _p("gerome_ragni")),
    (_m("hair"), "lyrics_by", _p("james_rado")),
    (_m("hair"), "premiered_in", "city:new_york_city"),
    (_m("hair"), "set_in", "city:new_york_city"),
    (_m("hair"), "has_style", "style:rock_musical"),
]

RATINGS = [
    ("ana", "hamilton", 5.0), ("ana", "les_miserables", 4.5), ("ana", "cats", 1.5), ("ana", "rent", 4.0),
    ("ben", "phantom_of_the_opera", 4.0), ("ben", "mamma_mia", 2.0), ("ben", "west_side_story", 5.0),
    ("ben", "chicago", 3.0),
    ("chen", "cabaret", 4.5), ("chen", "sweeney_todd", 5.0), ("chen", "the_lion_king", 1.0),
    ("chen", "evita", 3.5),
    ("dara", "wicked", 4.0), ("dara", "hair", 2.0), ("dara", "a_chorus_line", 3.0),
    ("dara", "my_fair_lady", 4.5),
    ("emil", "oliver", 2.5), ("emil", "miss_saigon", 4.0), ("emil", "hamilton", 1.5), ("emil", "cats", 5.0),
]


def rows():
    out = list(FACTS)
    for user, slug, r in RATINGS:
        out.append((f"user:{user}", "rated", _m(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind398")
