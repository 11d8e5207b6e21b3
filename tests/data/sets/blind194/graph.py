"""blind194: a small graph of national anthems.

`year` on each anthem is the year its words or music were written or first
performed (for Marcha Real, the year it became the official honour march).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("anthem",)),
    kgx.Relation("anthem_of", phrase="is the national anthem of",
                 inverse_phrase="has as its national anthem",
                 domain=("anthem",), range=("country",)),
    kgx.Relation("music_by", phrase="has music by",
                 inverse_phrase="composed the music of",
                 domain=("anthem",), range=("person",)),
    kgx.Relation("lyrics_by", phrase="has lyrics by",
                 inverse_phrase="wrote the lyrics of",
                 domain=("anthem",), range=("person",)),
    kgx.Relation("sung_in", phrase="is sung in",
                 inverse_phrase="is a language of",
                 domain=("anthem",), range=("language",)),
    kgx.Relation("has_form", phrase="is in the form of",
                 inverse_phrase="is the musical form of",
                 domain=("anthem",), range=("form",)),
    kgx.Relation("melody_of", phrase="is sung to the melody of",
                 inverse_phrase="lent its melody to",
                 domain=("anthem",), range=("anthem",)),
]

ANTHEMS = [
    ("la_marseillaise", "La Marseillaise", 1792),
    ("star_spangled_banner", "The Star-Spangled Banner", 1814),
    ("lied_der_deutschen", "Das Lied der Deutschen", 1841),
    ("canto_degli_italiani", "Il Canto degli Italiani", 1847),
    ("marcha_real", "Marcha Real", 1770),
    ("kimigayo", "Kimigayo", 1880),
    ("o_canada", "O Canada", 1880),
    ("advance_australia_fair", "Advance Australia Fair", 1878),
    ("himno_nacional_mexicano", "Himno Nacional Mexicano", 1854),
    ("jana_gana_mana", "Jana Gana Mana", 1911),
    ("hymn_to_liberty", "Hymn to Liberty", 1823),
    ("dabrowskis_mazurka", "Dąbrowski's Mazurka", 1797),
    ("maamme", "Maamme", 1848),
    ("swiss_psalm", "Swiss Psalm", 1841),
    ("himnusz", "Himnusz", 1823),
    ("kde_domov_muj", "Kde domov můj", 1834),
    ("lofsongur", "Lofsöngur", 1874),
    ("god_save_the_king", "God Save the King", 1745),
    ("oben_am_jungen_rhein", "Oben am jungen Rhein", 1850),
    ("mu_isamaa", "Mu isamaa, mu õnn ja rõõm", 1869),
]

COUNTRIES = {
    "france": "France", "united_states": "United States", "germany": "Germany",
    "italy": "Italy", "spain": "Spain", "japan": "Japan", "canada": "Canada",
    "australia": "Australia", "mexico": "Mexico", "united_kingdom": "United Kingdom",
    "india": "India", "greece": "Greece", "cyprus": "Cyprus", "poland": "Poland",
    "finland": "Finland", "switzerland": "Switzerland", "hungary": "Hungary",
    "czech_republic": "Czech Republic", "iceland": "Iceland",
    "liechtenstein": "Liechtenstein", "estonia": "Estonia",
}

PEOPLE = {
    "rouget_de_lisle": "Claude Joseph Rouget de Lisle",
    "francis_scott_key": "Francis Scott Key",
    "john_stafford_smith": "John Stafford Smith",
    "hoffmann_von_fallersleben": "August Heinrich Hoffmann von Fallersleben",
    "joseph_haydn": "Joseph Haydn",
    "goffredo_mameli": "Goffredo Mameli",
    "michele_novaro": "Michele Novaro",
    "calixa_lavallee": "Calixa Lavallée",
    "adolphe_basile_routhier": "Adolphe-Basile Routhier",
    "robert_stanley_weir": "Robert Stanley Weir",
    "peter_dodds_mccormick": "Peter Dodds McCormick",
    "gonzalez_bocanegra": "Francisco González Bocanegra",
    "jaime_nuno": "Jaime Nunó",
    "rabindranath_tagore": "Rabindranath Tagore",
    "dionysios_solomos": "Dionysios Solomos",
    "nikolaos_mantzaros": "Nikolaos Mantzaros",
    "jozef_wybicki": "Józef Wybicki",
    "fredrik_pacius": "Fredrik Pacius",
    "johan_ludvig_runeberg": "Johan Ludvig Runeberg",
    "alberich_zwyssig": "Alberich Zwyssig",
    "leonhard_widmer": "Leonhard Widmer",
    "ferenc_kolcsey": "Ferenc Kölcsey",
    "ferenc_erkel": "Ferenc Erkel",
    "frantisek_skroup": "František Škroup",
    "josef_kajetan_tyl": "Josef Kajetán Tyl",
    "sveinbjorn_sveinbjornsson": "Sveinbjörn Sveinbjörnsson",
    "matthias_jochumsson": "Matthías Jochumsson",
    "johann_voldemar_jannsen": "Johann Voldemar Jannsen",
    "jakob_josef_jauch": "Jakob Josef Jauch",
}

LANGUAGES = {
    "french": "French", "english": "English", "german": "German",
    "italian": "Italian", "japanese": "Japanese", "spanish": "Spanish",
    "estonian": "Estonian", "bengali": "Bengali", "greek": "Greek",
    "polish": "Polish", "finnish": "Finnish", "swedish": "Swedish",
    "hungarian": "Hungarian", "czech": "Czech", "icelandic": "Icelandic",
}

ALIASES = {"mu_isamaa": ("My Fatherland, My Happiness and Joy",),
           "lied_der_deutschen": ("Deutschlandlied",),
           "swiss_psalm": ("Schweizerpsalm",)}

FORMS = {"march": "march", "hymn": "hymn", "mazurka": "mazurka"}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"anthem:{slug}", kind="item", type="anthem", label=label,
                      aliases=ALIASES.get(slug, ()), attrs={"year": year})
           for slug, label, year in ANTHEMS]
    out += [kgx.Entity(f"country:{k}", kind="attribute", type="country", label=v)
            for k, v in COUNTRIES.items()]
    out += [kgx.Entity(f"person:{k}", kind="attribute", type="person", label=v)
            for k, v in PEOPLE.items()]
    out += [kgx.Entity(f"language:{k}", kind="attribute", type="language", label=v)
            for k, v in LANGUAGES.items()]
    out += [kgx.Entity(f"form:{k}", kind="attribute", type="form", label=v)
            for k, v in FORMS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# anthem slug: (countries, music, lyrics, languages, forms)
FACTS = {
    "la_marseillaise": (["france"], ["rouget_de_lisle"], ["rouget_de_lisle"], ["french"], ["march"]),
    "star_spangled_banner": (["united_states"], ["john_stafford_smith"], ["francis_scott_key"], ["english"], []),
    "lied_der_deutschen": (["germany"], ["joseph_haydn"], ["hoffmann_von_fallersleben"], ["german"], []),
    "canto_degli_italiani": (["italy"], ["michele_novaro"], ["goffredo_mameli"], ["italian"], []),
    "marcha_real": (["spain"], [], [], [], ["march"]),
    "kimigayo": (["japan"], [], [], ["japanese"], []),
    "o_canada": (["canada"], ["calixa_lavallee"], ["adolphe_basile_routhier", "robert_stanley_weir"],
                 ["french", "english"], []),
    "advance_australia_fair": (["australia"], ["peter_dodds_mccormick"], ["peter_dodds_mccormick"], ["english"], []),
    "himno_nacional_mexicano": (["mexico"], ["jaime_nuno"], ["gonzalez_bocanegra"], ["spanish"], []),
    "jana_gana_mana": (["india"], ["rabindranath_tagore"], ["rabindranath_tagore"], ["bengali"], []),
    "hymn_to_liberty": (["greece", "cyprus"], ["nikolaos_mantzaros"], ["dionysios_solomos"], ["greek"], ["hymn"]),
    "dabrowskis_mazurka": (["poland"], [], ["jozef_wybicki"], ["polish"], ["mazurka"]),
    "maamme": (["finland"], ["fredrik_pacius"], ["johan_ludvig_runeberg"], ["finnish", "swedish"], []),
    "swiss_psalm": (["switzerland"], ["alberich_zwyssig"], ["leonhard_widmer"], ["german", "french", "italian"], ["hymn"]),
    "himnusz": (["hungary"], ["ferenc_erkel"], ["ferenc_kolcsey"], ["hungarian"], ["hymn"]),
    "kde_domov_muj": (["czech_republic"], ["frantisek_skroup"], ["josef_kajetan_tyl"], ["czech"], []),
    "lofsongur": (["iceland"], ["sveinbjorn_sveinbjornsson"], ["matthias_jochumsson"], ["icelandic"], ["hymn"]),
    "god_save_the_king": (["united_kingdom"], [], [], ["english"], []),
    "oben_am_jungen_rhein": (["liechtenstein"], [], ["jakob_josef_jauch"], ["german"], []),
    "mu_isamaa": (["estonia"], ["fredrik_pacius"], ["johann_voldemar_jannsen"], ["estonian"], []),
}

# (anthem, anthem whose melody it is sung to)
MELODIES = [
    ("oben_am_jungen_rhein", "god_save_the_king"),
    ("mu_isamaa", "maamme"),
]

RATINGS = {
    "ana": [("la_marseillaise", 5.0), ("canto_degli_italiani", 4.5), ("kimigayo", 2.0), ("maamme", 3.5)],
    "ben": [("star_spangled_banner", 1.5), ("o_canada", 4.0), ("himno_nacional_mexicano", 5.0),
            ("advance_australia_fair", 3.0)],
    "chen": [("jana_gana_mana", 5.0), ("kimigayo", 4.5), ("hymn_to_liberty", 2.0), ("lied_der_deutschen", 3.0)],
    "dara": [("dabrowskis_mazurka", 4.5), ("himnusz", 1.0), ("kde_domov_muj", 4.0), ("swiss_psalm", 2.5)],
    "emil": [("lofsongur", 5.0), ("god_save_the_king", 2.0), ("mu_isamaa", 4.0), ("marcha_real", 0.5)],
}


def rows():
    out = []
    for slug, (countries, music, lyrics, langs, forms) in FACTS.items():
        a = f"anthem:{slug}"
        out += [(a, "anthem_of", f"country:{c}") for c in countries]
        out += [(a, "music_by", f"person:{p}") for p in music]
        out += [(a, "lyrics_by", f"person:{p}") for p in lyrics]
        out += [(a, "sung_in", f"language:{lang}") for lang in langs]
        out += [(a, "has_form", f"form:{f}") for f in forms]
    out += [(f"anthem:{a}", "melody_of", f"anthem:{b}") for a, b in MELODIES]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"anthem:{slug}", {"rating": r}) for slug, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind194")
