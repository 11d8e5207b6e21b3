"""blind78: a small graph of real festivals."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("festival",)),
    kgx.Relation("held_in", phrase="is held in", inverse_phrase="hosts",
                 domain=("festival",), range=("place",)),
    kgx.Relation("has_genre", phrase="is devoted to", inverse_phrase="is the focus of",
                 domain=("festival",), range=("genre",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("festival",), range=("person",)),
    kgx.Relation("organised_by", phrase="is organised by", inverse_phrase="organises",
                 domain=("festival",), range=("organisation",)),
    kgx.Relation("awards", phrase="awards", inverse_phrase="is awarded at",
                 domain=("festival",), range=("award",)),
]

FESTIVALS = [
    ("cannes", "Cannes Film Festival", 1946),
    ("venice", "Venice Film Festival", 1932),
    ("berlinale", "Berlin International Film Festival", 1951),
    ("sundance", "Sundance Film Festival", 1978),
    ("tiff", "Toronto International Film Festival", 1976),
    ("locarno", "Locarno Film Festival", 1946),
    ("glastonbury", "Glastonbury Festival", 1970),
    ("woodstock", "Woodstock", 1969),
    ("coachella", "Coachella", 1999),
    ("roskilde", "Roskilde Festival", 1971),
    ("montreux_jazz", "Montreux Jazz Festival", 1967),
    ("newport_jazz", "Newport Jazz Festival", 1954),
    ("newport_folk", "Newport Folk Festival", 1959),
    ("salzburg", "Salzburg Festival", 1920),
    ("bayreuth", "Bayreuth Festival", 1876),
    ("fringe", "Edinburgh Festival Fringe", 1947),
    ("edinburgh_intl", "Edinburgh International Festival", 1947),
    ("oktoberfest", "Oktoberfest", 1810),
    ("tomorrowland", "Tomorrowland", 2005),
]

PLACES = {
    "cannes": "Cannes", "venice": "Venice", "berlin": "Berlin", "park_city": "Park City",
    "toronto": "Toronto", "locarno": "Locarno", "pilton": "Pilton", "bethel": "Bethel",
    "indio": "Indio", "roskilde": "Roskilde", "montreux": "Montreux", "newport": "Newport",
    "salzburg": "Salzburg", "bayreuth": "Bayreuth", "edinburgh": "Edinburgh",
    "munich": "Munich", "boom": "Boom",
}

GENRES = {
    "film": "film", "rock_music": "rock music", "hip_hop": "hip hop", "jazz": "jazz",
    "folk_music": "folk music", "opera": "opera", "classical_music": "classical music",
    "theatre": "theatre", "comedy": "comedy", "electronic_dance_music": "electronic dance music",
}

PEOPLE = {
    "giuseppe_volpi": "Giuseppe Volpi", "oscar_martay": "Oscar Martay",
    "michael_eavis": "Michael Eavis", "michael_lang": "Michael Lang",
    "artie_kornfeld": "Artie Kornfeld", "paul_tollett": "Paul Tollett",
    "claude_nobs": "Claude Nobs", "george_wein": "George Wein",
    "max_reinhardt": "Max Reinhardt", "hugo_von_hofmannsthal": "Hugo von Hofmannsthal",
    "richard_strauss": "Richard Strauss", "richard_wagner": "Richard Wagner",
    "rudolf_bing": "Rudolf Bing", "manu_beers": "Manu Beers", "michiel_beers": "Michiel Beers",
}

ORGANISATIONS = {
    "la_biennale": "La Biennale di Venezia", "goldenvoice": "Goldenvoice",
    "sundance_institute": "Sundance Institute",
    "roskilde_charity": "Roskilde Festival Charity Society",
    "fringe_society": "Edinburgh Festival Fringe Society",
    "woodstock_ventures": "Woodstock Ventures", "city_of_munich": "City of Munich",
    "newport_festivals_foundation": "Newport Festivals Foundation",
}

AWARDS = {
    "palme_dor": "Palme d'Or", "golden_lion": "Golden Lion", "golden_bear": "Golden Bear",
    "golden_leopard": "Golden Leopard", "peoples_choice_award": "People's Choice Award",
    "edinburgh_comedy_awards": "Edinburgh Comedy Awards",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"festival:{slug}", kind="item", type="festival", label=label,
                      attrs={"year": year}) for slug, label, year in FESTIVALS]
    for prefix, typ, table in [("place", "place", PLACES), ("genre", "genre", GENRES),
                               ("person", "person", PEOPLE), ("org", "organisation", ORGANISATIONS),
                               ("award", "award", AWARDS)]:
        out += [kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


HELD_IN = {
    "cannes": "cannes", "venice": "venice", "berlinale": "berlin", "sundance": "park_city",
    "tiff": "toronto", "locarno": "locarno", "glastonbury": "pilton", "woodstock": "bethel",
    "coachella": "indio", "roskilde": "roskilde", "montreux_jazz": "montreux",
    "newport_jazz": "newport", "newport_folk": "newport", "salzburg": "salzburg",
    "bayreuth": "bayreuth", "fringe": "edinburgh", "edinburgh_intl": "edinburgh",
    "oktoberfest": "munich", "tomorrowland": "boom",
}

HAS_GENRE = [
    ("cannes", "film"), ("venice", "film"), ("berlinale", "film"), ("sundance", "film"),
    ("tiff", "film"), ("locarno", "film"),
    ("glastonbury", "rock_music"), ("woodstock", "rock_music"), ("woodstock", "folk_music"),
    ("coachella", "rock_music"), ("coachella", "hip_hop"), ("roskilde", "rock_music"),
    ("montreux_jazz", "jazz"), ("newport_jazz", "jazz"), ("newport_folk", "folk_music"),
    ("salzburg", "opera"), ("salzburg", "classical_music"), ("salzburg", "theatre"),
    ("bayreuth", "opera"), ("fringe", "theatre"), ("fringe", "comedy"),
    ("edinburgh_intl", "classical_music"), ("edinburgh_intl", "theatre"),
    ("edinburgh_intl", "opera"), ("tomorrowland", "electronic_dance_music"),
]

FOUNDED_BY = [
    ("venice", "giuseppe_volpi"), ("berlinale", "oscar_martay"),
    ("glastonbury", "michael_eavis"), ("woodstock", "michael_lang"),
    ("woodstock", "artie_kornfeld"), ("coachella", "paul_tollett"),
    ("montreux_jazz", "claude_nobs"), ("newport_jazz", "george_wein"),
    ("newport_folk", "george_wein"), ("salzburg", "max_reinhardt"),
    ("salzburg", "hugo_von_hofmannsthal"), ("salzburg", "richard_strauss"),
    ("bayreuth", "richard_wagner"), ("edinburgh_intl", "rudolf_bing"),
    ("tomorrowland", "manu_beers"), ("tomorrowland", "michiel_beers"),
]

ORGANISED_BY = [
    ("venice", "la_biennale"), ("coachella", "goldenvoice"), ("sundance", "sundance_institute"),
    ("roskilde", "roskilde_charity"), ("fringe", "fringe_society"),
    ("woodstock", "woodstock_ventures"), ("oktoberfest", "city_of_munich"),
    ("newport_jazz", "newport_festivals_foundation"),
    ("newport_folk", "newport_festivals_foundation"),
]

AWARDS_GIVEN = [
    ("cannes", "palme_dor"), ("venice", "golden_lion"), ("berlinale", "golden_bear"),
    ("locarno", "golden_leopard"), ("tiff", "peoples_choice_award"),
    ("fringe", "edinburgh_comedy_awards"),
]

RATINGS = [
    ("ana", "cannes", 5.0), ("ana", "venice", 4.5), ("ana", "berlinale", 2.0), ("ana", "locarno", 3.5),
    ("ben", "glastonbury", 4.0), ("ben", "woodstock", 5.0), ("ben", "roskilde", 1.5), ("ben", "coachella", 3.0),
    ("chen", "montreux_jazz", 4.5), ("chen", "newport_jazz", 5.0), ("chen", "newport_folk", 2.0), ("chen", "bayreuth", 1.0),
    ("dara", "salzburg", 4.0), ("dara", "fringe", 5.0), ("dara", "edinburgh_intl", 3.5), ("dara", "oktoberfest", 1.5),
    ("emil", "tomorrowland", 4.5), ("emil", "coachella", 2.5), ("emil", "sundance", 4.0), ("emil", "tiff", 0.5),
]


def rows():
    out = []
    out += [(f"festival:{f}", "held_in", f"place:{p}") for f, p in HELD_IN.items()]
    out += [(f"festival:{f}", "has_genre", f"genre:{g}") for f, g in HAS_GENRE]
    out += [(f"festival:{f}", "founded_by", f"person:{p}") for f, p in FOUNDED_BY]
    out += [(f"festival:{f}", "organised_by", f"org:{o}") for f, o in ORGANISED_BY]
    out += [(f"festival:{f}", "awards", f"award:{a}") for f, a in AWARDS_GIVEN]
    out += [(f"user:{u}", "rated", f"festival:{f}", {"rating": r}) for u, f, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind78")
