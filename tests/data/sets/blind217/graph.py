"""blind217: a small graph of hit songs (facts as best known)."""
import kgexplain as kgx

PERF = ("person", "band")
RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("song",)),
    kgx.Relation("performed_by", phrase="is performed by", inverse_phrase="performed", domain=("song",), range=PERF),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote", domain=("song",), range=("person",)),
    kgx.Relation("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("song",), range=PERF),
    kgx.Relation("has_genre", phrase="is a song in the genre", inverse_phrase="is the genre of", domain=("song",), range=("genre",)),
    kgx.Relation("on_album", phrase="appears on the album", inverse_phrase="includes", domain=("song",), range=("album",)),
    kgx.Relation("released_by", phrase="was released by", inverse_phrase="released", domain=("song",), range=("record label",)),
]

SONGS = [
    ("bohemian_rhapsody", "Bohemian Rhapsody", 1975),
    ("billie_jean", "Billie Jean", 1983),
    ("beat_it", "Beat It", 1983),
    ("like_a_rolling_stone", "Like a Rolling Stone", 1965),
    ("smells_like_teen_spirit", "Smells Like Teen Spirit", 1991),
    ("hey_jude", "Hey Jude", 1968),
    ("imagine", "Imagine", 1971),
    ("rolling_in_the_deep", "Rolling in the Deep", 2010),
    ("uptown_funk", "Uptown Funk", 2014),
    ("hotel_california", "Hotel California", 1977),
    ("purple_rain", "Purple Rain", 1984),
    ("respect", "Respect", 1967),
    ("crazy_in_love", "Crazy in Love", 2003),
    ("rehab", "Rehab", 2006),
    ("superstition", "Superstition", 1972),
    ("dancing_queen", "Dancing Queen", 1976),
    ("wonderwall", "Wonderwall", 1995),
    ("stayin_alive", "Stayin' Alive", 1977),
]

BANDS = [("queen", "Queen"), ("nirvana", "Nirvana"), ("the_beatles", "The Beatles"), ("eagles", "Eagles"),
         ("abba", "ABBA"), ("oasis", "Oasis"), ("bee_gees", "Bee Gees")]

PEOPLE = [
    ("freddie_mercury", "Freddie Mercury"), ("roy_thomas_baker", "Roy Thomas Baker"),
    ("michael_jackson", "Michael Jackson"), ("quincy_jones", "Quincy Jones"),
    ("bob_dylan", "Bob Dylan"), ("tom_wilson", "Tom Wilson"),
    ("kurt_cobain", "Kurt Cobain"), ("krist_novoselic", "Krist Novoselic"), ("dave_grohl", "Dave Grohl"),
    ("butch_vig", "Butch Vig"),
    ("paul_mccartney", "Paul McCartney"), ("george_martin", "George Martin"),
    ("john_lennon", "John Lennon"), ("yoko_ono", "Yoko Ono"), ("phil_spector", "Phil Spector"),
    ("adele", "Adele"), ("paul_epworth", "Paul Epworth"),
    ("mark_ronson", "Mark Ronson"), ("bruno_mars", "Bruno Mars"), ("jeff_bhasker", "Jeff Bhasker"),
    ("philip_lawrence", "Philip Lawrence"),
    ("don_felder", "Don Felder"), ("don_henley", "Don Henley"), ("glenn_frey", "Glenn Frey"),
    ("bill_szymczyk", "Bill Szymczyk"),
    ("prince", "Prince"),
    ("aretha_franklin", "Aretha Franklin"), ("otis_redding", "Otis Redding"), ("jerry_wexler", "Jerry Wexler"),
    ("beyonce", "Beyoncé"), ("jay_z", "Jay-Z"), ("rich_harrison", "Rich Harrison"), ("eugene_record", "Eugene Record"),
    ("amy_winehouse", "Amy Winehouse"),
    ("stevie_wonder", "Stevie Wonder"),
    ("benny_andersson", "Benny Andersson"), ("bjorn_ulvaeus", "Björn Ulvaeus"), ("stig_anderson", "Stig Anderson"),
    ("noel_gallagher", "Noel Gallagher"), ("owen_morris", "Owen Morris"),
    ("barry_gibb", "Barry Gibb"), ("robin_gibb", "Robin Gibb"), ("maurice_gibb", "Maurice Gibb"),
    ("albhy_galuten", "Albhy Galuten"), ("karl_richardson", "Karl Richardson"),
]

GENRES = [("progressive_rock", "progressive rock"), ("dance_pop", "dance-pop"), ("hard_rock", "hard rock"),
          ("folk_rock", "folk rock"), ("grunge", "grunge"), ("pop_rock", "pop rock"), ("soft_rock", "soft rock"),
          ("soul", "soul"), ("funk", "funk"), ("rock", "rock"), ("rnb", "R&B"), ("disco", "disco"),
          ("britpop", "Britpop")]

ALBUMS = [("a_night_at_the_opera", "A Night at the Opera"), ("thriller", "Thriller"),
          ("highway_61_revisited", "Highway 61 Revisited"), ("nevermind", "Nevermind"), ("21", "21"),
          ("uptown_special", "Uptown Special"),
          ("i_never_loved_a_man", "I Never Loved a Man the Way I Love You"),
          ("dangerously_in_love", "Dangerously in Love"), ("back_to_black", "Back to Black"),
          ("talking_book", "Talking Book"), ("arrival", "Arrival"),
          ("morning_glory", "(What's the Story) Morning Glory?"),
          ("saturday_night_fever", "Saturday Night Fever")]

LABELS = [("emi", "EMI"), ("epic_records", "Epic Records"), ("columbia_records", "Columbia Records"),
          ("dgc_records", "DGC Records"), ("apple_records", "Apple Records"), ("xl_recordings", "XL Recordings"),
          ("rca_records", "RCA Records"), ("asylum_records", "Asylum Records"),
          ("warner_bros_records", "Warner Bros. Records"), ("atlantic_records", "Atlantic Records"),
          ("island_records", "Island Records"), ("tamla", "Tamla"), ("polar_music", "Polar Music"),
          ("creation_records", "Creation Records"), ("rso_records", "RSO Records")]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"song:{s}", kind="item", type="song", label=lab, attrs={"year": y}) for s, lab, y in SONGS]
    out += [kgx.Entity(f"band:{s}", kind="attribute", type="band", label=lab) for s, lab in BANDS]
    out += [kgx.Entity(f"person:{s}", kind="attribute", type="person", label=lab) for s, lab in PEOPLE]
    out += [kgx.Entity(f"genre:{s}", kind="attribute", type="genre", label=lab) for s, lab in GENRES]
    out += [kgx.Entity(f"album:{s}", kind="attribute", type="album", label=lab) for s, lab in ALBUMS]
    out += [kgx.Entity(f"label:{s}", kind="attribute", type="record label", label=lab) for s, lab in LABELS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# song slug -> (performers, writers, producers, genres, album or None, label)
FACTS = {
    "bohemian_rhapsody": (["band:queen"], ["freddie_mercury"], ["person:roy_thomas_baker"], ["progressive_rock"],
                          "a_night_at_the_opera", "emi"),
    "billie_jean": (["person:michael_jackson"], ["michael_jackson"], ["person:quincy_jones", "person:michael_jackson"],
                    ["dance_pop"], "thriller", "epic_records"),
    "beat_it": (["person:michael_jackson"], ["michael_jackson"], ["person:quincy_jones", "person:michael_jackson"],
                ["hard_rock"], "thriller", "epic_records"),
    "like_a_rolling_stone": (["person:bob_dylan"], ["bob_dylan"], ["person:tom_wilson"], ["folk_rock"],
                             "highway_61_revisited", "columbia_records"),
    "smells_like_teen_spirit": (["band:nirvana"], ["kurt_cobain", "krist_novoselic", "dave_grohl"],
                                ["person:butch_vig"], ["grunge"], "nevermind", "dgc_records"),
    "hey_jude": (["band:the_beatles"], ["paul_mccartney"], ["person:george_martin"], ["pop_rock"], None,
                 "apple_records"),
    "imagine": (["person:john_lennon"], ["john_lennon", "yoko_ono"],
                ["person:john_lennon", "person:yoko_ono", "person:phil_spector"], ["soft_rock"], None, "apple_records"),
    "rolling_in_the_deep": (["person:adele"], ["adele", "paul_epworth"], ["person:paul_epworth"], ["soul"], "21",
                            "xl_recordings"),
    "uptown_funk": (["person:mark_ronson", "person:bruno_mars"],
                    ["mark_ronson", "bruno_mars", "jeff_bhasker", "philip_lawrence"],
                    ["person:mark_ronson", "person:jeff_bhasker", "person:bruno_mars"], ["funk"], "uptown_special",
                    "rca_records"),
    "hotel_california": (["band:eagles"], ["don_felder", "don_henley", "glenn_frey"], ["person:bill_szymczyk"],
                         ["rock"], None, "asylum_records"),
    "purple_rain": (["person:prince"], ["prince"], ["person:prince"], ["rock"], None, "warner_bros_records"),
    "respect": (["person:aretha_franklin"], ["otis_redding"], ["person:jerry_wexler"], ["soul"],
                "i_never_loved_a_man", "atlantic_records"),
    "crazy_in_love": (["person:beyonce", "person:jay_z"], ["beyonce", "rich_harrison", "jay_z", "eugene_record"],
                      ["person:rich_harrison", "person:beyonce"], ["rnb"], "dangerously_in_love", "columbia_records"),
    "rehab": (["person:amy_winehouse"], ["amy_winehouse"], ["person:mark_ronson"], ["soul"], "back_to_black",
              "island_records"),
    "superstition": (["person:stevie_wonder"], ["stevie_wonder"], ["person:stevie_wonder"], ["funk"], "talking_book",
                     "tamla"),
    "dancing_queen": (["band:abba"], ["benny_andersson", "bjorn_ulvaeus", "stig_anderson"],
                      ["person:benny_andersson", "person:bjorn_ulvaeus"], ["disco"], "arrival", "polar_music"),
    "wonderwall": (["band:oasis"], ["noel_gallagher"], ["person:owen_morris", "person:noel_gallagher"], ["britpop"],
                   "morning_glory", "creation_records"),
    "stayin_alive": (["band:bee_gees"], ["barry_gibb", "robin_gibb", "maurice_gibb"],
                     ["band:bee_gees", "person:albhy_galuten", "person:karl_richardson"], ["disco"],
                     "saturday_night_fever", "rso_records"),
}

RATINGS = {
    "ana": [("bohemian_rhapsody", 5.0), ("hotel_california", 4.5), ("wonderwall", 2.0), ("dancing_queen", 1.5)],
    "ben": [("billie_jean", 4.0), ("uptown_funk", 5.0), ("smells_like_teen_spirit", 1.0), ("superstition", 4.5)],
    "chen": [("rolling_in_the_deep", 4.5), ("rehab", 5.0), ("crazy_in_love", 3.0), ("imagine", 2.0)],
    "dara": [("like_a_rolling_stone", 5.0), ("respect", 4.0), ("stayin_alive", 1.5), ("purple_rain", 3.5)],
    "emil": [("smells_like_teen_spirit", 5.0), ("wonderwall", 4.0), ("beat_it", 2.5), ("hey_jude", 0.5)],
}


def rows():
    out = []
    for slug, (perf, writers, prods, genres, album, label) in FACTS.items():
        s = f"song:{slug}"
        out += [(s, "performed_by", p) for p in perf]
        out += [(s, "written_by", f"person:{w}") for w in writers]
        out += [(s, "produced_by", p) for p in prods]
        out += [(s, "has_genre", f"genre:{g}") for g in genres]
        if album:
            out.append((s, "on_album", f"album:{album}"))
        out.append((s, "released_by", f"label:{label}"))
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"song:{s}", {"rating": r}) for s, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind217")
