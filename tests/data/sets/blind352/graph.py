"""A small violinists knowledge graph (blind352).

Items are violinists; their `year` attribute is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("violinist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("violinist",), range=("city",)),
    kgx.Relation("studied_with", phrase="studied with", inverse_phrase="taught",
                 domain=("violinist",), range=("teacher",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="is the alma mater of",
                 domain=("violinist",), range=("conservatory",)),
    kgx.Relation("plays_genre", phrase="plays", inverse_phrase="is played by",
                 domain=("violinist",), range=("genre",)),
    kgx.Relation("also_worked_as", phrase="also worked as", inverse_phrase="was also the job of",
                 domain=("violinist",), range=("profession",)),
    kgx.Relation("played_violin_by", phrase="played a violin made by",
                 inverse_phrase="made a violin played by",
                 domain=("violinist",), range=("luthier",)),
]

# slug, label, birth year
VIOLINISTS = [
    ("niccolo_paganini", "Niccolò Paganini", 1782),
    ("fritz_kreisler", "Fritz Kreisler", 1875),
    ("mischa_elman", "Mischa Elman", 1891),
    ("jascha_heifetz", "Jascha Heifetz", 1901),
    ("nathan_milstein", "Nathan Milstein", 1903),
    ("david_oistrakh", "David Oistrakh", 1908),
    ("stephane_grappelli", "Stéphane Grappelli", 1908),
    ("yehudi_menuhin", "Yehudi Menuhin", 1916),
    ("ginette_neveu", "Ginette Neveu", 1919),
    ("isaac_stern", "Isaac Stern", 1920),
    ("jean_luc_ponty", "Jean-Luc Ponty", 1942),
    ("itzhak_perlman", "Itzhak Perlman", 1945),
    ("pinchas_zukerman", "Pinchas Zukerman", 1948),
    ("anne_sophie_mutter", "Anne-Sophie Mutter", 1963),
    ("joshua_bell", "Joshua Bell", 1967),
    ("vadim_repin", "Vadim Repin", 1971),
    ("midori_goto", "Midori Gotō", 1971),
    ("maxim_vengerov", "Maxim Vengerov", 1974),
    ("hilary_hahn", "Hilary Hahn", 1979),
    ("sarah_chang", "Sarah Chang", 1980),
]

ATTRIBUTES = [
    # cities
    ("city:genoa", "city", "Genoa"),
    ("city:vienna", "city", "Vienna"),
    ("city:talne", "city", "Talne"),
    ("city:vilnius", "city", "Vilnius"),
    ("city:odessa", "city", "Odessa"),
    ("city:paris", "city", "Paris"),
    ("city:new_york_city", "city", "New York City"),
    ("city:kremenets", "city", "Kremenets"),
    ("city:avranches", "city", "Avranches"),
    ("city:tel_aviv", "city", "Tel Aviv"),
    ("city:rheinfelden", "city", "Rheinfelden"),
    ("city:bloomington", "city", "Bloomington"),
    ("city:novosibirsk", "city", "Novosibirsk"),
    ("city:osaka", "city", "Osaka"),
    ("city:lexington", "city", "Lexington"),
    ("city:philadelphia", "city", "Philadelphia"),
    # teachers
    ("teacher:alessandro_rolla", "teacher", "Alessandro Rolla"),
    ("teacher:joseph_hellmesberger_jr", "teacher", "Joseph Hellmesberger Jr."),
    ("teacher:lambert_massart", "teacher", "Lambert Massart"),
    ("teacher:leopold_auer", "teacher", "Leopold Auer"),
    ("teacher:pyotr_stolyarsky", "teacher", "Pyotr Stolyarsky"),
    ("teacher:louis_persinger", "teacher", "Louis Persinger"),
    ("teacher:george_enescu", "teacher", "George Enescu"),
    ("teacher:carl_flesch", "teacher", "Carl Flesch"),
    ("teacher:naoum_blinder", "teacher", "Naoum Blinder"),
    ("teacher:ivan_galamian", "teacher", "Ivan Galamian"),
    ("teacher:dorothy_delay", "teacher", "Dorothy DeLay"),
    ("teacher:aida_stucki", "teacher", "Aida Stucki"),
    ("teacher:josef_gingold", "teacher", "Josef Gingold"),
    ("teacher:zakhar_bron", "teacher", "Zakhar Bron"),
    ("teacher:jascha_brodsky", "teacher", "Jascha Brodsky"),
    # conservatories
    ("conservatory:vienna_conservatory", "conservatory", "Vienna Conservatory"),
    ("conservatory:paris_conservatoire", "conservatory", "Paris Conservatoire"),
    ("conservatory:st_petersburg_conservatory", "conservatory", "Saint Petersburg Conservatory"),
    ("conservatory:odessa_conservatory", "conservatory", "Odessa Conservatory"),
    ("conservatory:san_francisco_conservatory", "conservatory", "San Francisco Conservatory of Music"),
    ("conservatory:juilliard", "conservatory", "Juilliard School"),
    ("conservatory:indiana_university", "conservatory", "Indiana University"),
    ("conservatory:curtis_institute", "conservatory", "Curtis Institute of Music"),
    # genres
    ("genre:classical_music", "genre", "classical music"),
    ("genre:jazz", "genre", "jazz"),
    # professions
    ("profession:composer", "profession", "composer"),
    ("profession:conductor", "profession", "conductor"),
    # luthiers
    ("luthier:antonio_stradivari", "luthier", "Antonio Stradivari"),
    ("luthier:guarneri_del_gesu", "luthier", "Giuseppe Guarneri del Gesù"),
    ("luthier:jean_baptiste_vuillaume", "luthier", "Jean-Baptiste Vuillaume"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "niccolo_paganini": {"born_in": ["city:genoa"], "studied_with": ["teacher:alessandro_rolla"],
                         "plays_genre": ["genre:classical_music"], "also_worked_as": ["profession:composer"],
                         "played_violin_by": ["luthier:guarneri_del_gesu"]},
    "fritz_kreisler": {"born_in": ["city:vienna"],
                       "studied_with": ["teacher:joseph_hellmesberger_jr", "teacher:lambert_massart"],
                       "studied_at": ["conservatory:vienna_conservatory", "conservatory:paris_conservatoire"],
                       "plays_genre": ["genre:classical_music"], "also_worked_as": ["profession:composer"],
                       "played_violin_by": ["luthier:guarneri_del_gesu"]},
    "mischa_elman": {"born_in": ["city:talne"], "studied_with": ["teacher:leopold_auer"],
                     "studied_at": ["conservatory:st_petersburg_conservatory"],
                     "plays_genre": ["genre:classical_music"]},
    "jascha_heifetz": {"born_in": ["city:vilnius"], "studied_with": ["teacher:leopold_auer"],
                       "studied_at": ["conservatory:st_petersburg_conservatory"],
                       "plays_genre": ["genre:classical_music"],
                       "played_violin_by": ["luthier:guarneri_del_gesu"]},
    "nathan_milstein": {"born_in": ["city:odessa"],
                        "studied_with": ["teacher:pyotr_stolyarsky", "teacher:leopold_auer"],
                        "studied_at": ["conservatory:st_petersburg_conservatory"],
                        "plays_genre": ["genre:classical_music"],
                        "played_violin_by": ["luthier:antonio_stradivari"]},
    "david_oistrakh": {"born_in": ["city:odessa"], "studied_with": ["teacher:pyotr_stolyarsky"],
                       "studied_at": ["conservatory:odessa_conservatory"],
                       "plays_genre": ["genre:classical_music"], "also_worked_as": ["profession:conductor"],
                       "played_violin_by": ["luthier:antonio_stradivari"]},
    "stephane_grappelli": {"born_in": ["city:paris"], "plays_genre": ["genre:jazz"]},
    "yehudi_menuhin": {"born_in": ["city:new_york_city"],
                       "studied_with": ["teacher:louis_persinger", "teacher:george_enescu"],
                       "plays_genre": ["genre:classical_music"], "also_worked_as": ["profession:conductor"],
                       "played_violin_by": ["luthier:antonio_stradivari"]},
    "ginette_neveu": {"born_in": ["city:paris"],
                      "studied_with": ["teacher:george_enescu", "teacher:carl_flesch"],
                      "studied_at": ["conservatory:paris_conservatoire"],
                      "plays_genre": ["genre:classical_music"],
                      "played_violin_by": ["luthier:antonio_stradivari"]},
    "isaac_stern": {"born_in": ["city:kremenets"], "studied_with": ["teacher:naoum_blinder"],
                    "studied_at": ["conservatory:san_francisco_conservatory"],
                    "plays_genre": ["genre:classical_music"],
                    "played_violin_by": ["luthier:guarneri_del_gesu"]},
    "jean_luc_ponty": {"born_in": ["city:avranches"], "studied_at": ["conservatory:paris_conservatoire"],
                       "plays_genre": ["genre:jazz"], "also_worked_as": ["profession:composer"]},
    "itzhak_perlman": {"born_in": ["city:tel_aviv"],
                       "studied_with": ["teacher:ivan_galamian", "teacher:dorothy_delay"],
                       "studied_at": ["conservatory:juilliard"],
                       "plays_genre": ["genre:classical_music"], "also_worked_as": ["profession:conductor"],
                       "played_violin_by": ["luthier:antonio_stradivari"]},
    "pinchas_zukerman": {"born_in": ["city:tel_aviv"], "studied_with": ["teacher:ivan_galamian"],
                         "studied_at": ["conservatory:juilliard"],
                         "plays_genre": ["genre:classical_music"], "also_worked_as": ["profession:conductor"],
                         "played_violin_by": ["luthier:guarneri_del_gesu"]},
    "anne_sophie_mutter": {"born_in": ["city:rheinfelden"], "studied_with": ["teacher:aida_stucki"],
                           "plays_genre": ["genre:classical_music"],
                           "played_violin_by": ["luthier:antonio_stradivari"]},
    "joshua_bell": {"born_in": ["city:bloomington"], "studied_with": ["teacher:josef_gingold"],
                    "studied_at": ["conservatory:indiana_university"],
                    "plays_genre": ["genre:classical_music"], "also_worked_as": ["profession:conductor"],
                    "played_violin_by": ["luthier:antonio_stradivari"]},
    "vadim_repin": {"born_in": ["city:novosibirsk"], "studied_with": ["teacher:zakhar_bron"],
                    "plays_genre": ["genre:classical_music"]},
    "midori_goto": {"born_in": ["city:osaka"], "studied_with": ["teacher:dorothy_delay"],
                    "studied_at": ["conservatory:juilliard"], "plays_genre": ["genre:classical_music"]},
    "maxim_vengerov": {"born_in": ["city:novosibirsk"], "studied_with": ["teacher:zakhar_bron"],
                       "plays_genre": ["genre:classical_music"], "also_worked_as": ["profession:conductor"],
                       "played_violin_by": ["luthier:antonio_stradivari"]},
    "hilary_hahn": {"born_in": ["city:lexington"], "studied_with": ["teacher:jascha_brodsky"],
                    "studied_at": ["conservatory:curtis_institute"],
                    "plays_genre": ["genre:classical_music"],
                    "played_violin_by": ["luthier:jean_baptiste_vuillaume"]},
    "sarah_chang": {"born_in": ["city:philadelphia"], "studied_with": ["teacher:dorothy_delay"],
                    "studied_at": ["conservatory:juilliard"], "plays_genre": ["genre:classical_music"]},
}

RATINGS = {
    "ana": {"jascha_heifetz": 5.0, "itzhak_perlman": 4.5, "stephane_grappelli": 2.0, "hilary_hahn": 4.0},
    "ben": {"jean_luc_ponty": 5.0, "stephane_grappelli": 4.5, "yehudi_menuhin": 1.5, "niccolo_paganini": 3.0},
    "chen": {"david_oistrakh": 4.0, "nathan_milstein": 5.0, "joshua_bell": 2.5, "maxim_vengerov": 1.0},
    "dara": {"anne_sophie_mutter": 4.5, "sarah_chang": 3.5, "midori_goto": 2.0, "fritz_kreisler": 5.0},
    "emil": {"ginette_neveu": 4.0, "isaac_stern": 1.5, "pinchas_zukerman": 4.5, "vadim_repin": 3.0},
}


def entities():
    ents = [kgx.Entity(f"violinist:{slug}", kind="item", type="violinist", label=label, attrs={"year": year})
            for slug, label, year in VIOLINISTS]
    ents += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"violinist:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"violinist:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind352")
