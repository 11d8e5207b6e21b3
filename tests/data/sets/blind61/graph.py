"""blind61: a small graph of magazines and newspapers."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation(
        "rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("publication",)
    ),
    kgx.Relation(
        "founded_by",
        phrase="was founded by",
        inverse_phrase="founded",
        domain=("publication",),
        range=("person",),
    ),
    kgx.Relation(
        "edited_by",
        phrase="was edited by",
        inverse_phrase="edited",
        domain=("publication",),
        range=("person",),
    ),
    kgx.Relation(
        "published_by",
        phrase="is published by",
        inverse_phrase="publishes",
        domain=("publication",),
        range=("company",),
    ),
    kgx.Relation(
        "based_in",
        phrase="is based in",
        inverse_phrase="is home to",
        domain=("publication",),
        range=("city",),
    ),
    kgx.Relation(
        "covers", phrase="covers", inverse_phrase="is covered by", domain=("publication",), range=("topic",)
    ),
    kgx.Relation(
        "issued",
        phrase="is issued",
        inverse_phrase="is the publishing schedule of",
        domain=("publication",),
        range=("frequency",),
    ),
    kgx.Relation(
        "written_in",
        phrase="is written in",
        inverse_phrase="is the language of",
        domain=("publication",),
        range=("language",),
    ),
]

_ITEMS = [
    ("pub:new_yorker", "The New Yorker", 1925),
    ("pub:vogue", "Vogue", 1892),
    ("pub:vanity_fair", "Vanity Fair", 1913),
    ("pub:time", "Time", 1923),
    ("pub:life", "Life", 1936),
    ("pub:economist", "The Economist", 1843),
    ("pub:guardian", "The Guardian", 1821),
    ("pub:nyt", "The New York Times", 1851),
    ("pub:wapo", "The Washington Post", 1877),
    ("pub:le_monde", "Le Monde", 1944),
    ("pub:spiegel", "Der Spiegel", 1947),
    ("pub:rolling_stone", "Rolling Stone", 1967),
    ("pub:natgeo", "National Geographic", 1888),
    ("pub:atlantic", "The Atlantic", 1857),
    ("pub:private_eye", "Private Eye", 1961),
]

_PEOPLE = [
    ("person:harold_ross", "Harold Ross"),
    ("person:jane_grant", "Jane Grant"),
    ("person:david_remnick", "David Remnick"),
    ("person:arthur_turnure", "Arthur Baldwin Turnure"),
    ("person:diana_vreeland", "Diana Vreeland"),
    ("person:anna_wintour", "Anna Wintour"),
    ("person:henry_luce", "Henry Luce"),
    ("person:briton_hadden", "Briton Hadden"),
    ("person:james_wilson", "James Wilson"),
    ("person:walter_bagehot", "Walter Bagehot"),
    ("person:john_edward_taylor", "John Edward Taylor"),
    ("person:cp_scott", "C. P. Scott"),
    ("person:alan_rusbridger", "Alan Rusbridger"),
    ("person:katharine_viner", "Katharine Viner"),
    ("person:marty_baron", "Marty Baron"),
    ("person:beuve_mery", "Hubert Beuve-Méry"),
    ("person:rudolf_augstein", "Rudolf Augstein"),
    ("person:jann_wenner", "Jann Wenner"),
    ("person:tina_brown", "Tina Brown"),
    ("person:graydon_carter", "Graydon Carter"),
    ("person:henry_raymond", "Henry Jarvis Raymond"),
    ("person:ben_bradlee", "Ben Bradlee"),
    ("person:ralph_gleason", "Ralph J. Gleason"),
    ("person:jeffrey_goldberg", "Jeffrey Goldberg"),
    ("person:richard_ingrams", "Richard Ingrams"),
    ("person:ian_hislop", "Ian Hislop"),
]

_COMPANIES = [
    ("company:conde_nast", "Condé Nast"),
    ("company:time_inc", "Time Inc."),
    ("company:economist_group", "The Economist Group"),
    ("company:gmg", "Guardian Media Group"),
    ("company:nyt_company", "The New York Times Company"),
    ("company:nash_holdings", "Nash Holdings"),
    ("company:groupe_le_monde", "Groupe Le Monde"),
    ("company:spiegel_verlag", "Spiegel-Verlag"),
    ("company:penske_media", "Penske Media"),
    ("company:natgeo_partners", "National Geographic Partners"),
    ("company:emerson_collective", "Emerson Collective"),
    ("company:pressdram", "Pressdram"),
]

_CITIES = [
    ("city:nyc", "New York City"),
    ("city:london", "London"),
    ("city:washington", "Washington, D.C."),
    ("city:paris", "Paris"),
    ("city:hamburg", "Hamburg"),
]

_TOPICS = [
    ("topic:news", "news"),
    ("topic:politics", "politics"),
    ("topic:culture", "culture"),
    ("topic:fashion", "fashion"),
    ("topic:music", "music"),
    ("topic:economics", "economics"),
    ("topic:photojournalism", "photojournalism"),
    ("topic:science", "science"),
    ("topic:geography", "geography"),
    ("topic:satire", "satire"),
]

_FREQ = [
    ("freq:daily", "daily"),
    ("freq:weekly", "weekly"),
    ("freq:fortnightly", "fortnightly"),
    ("freq:monthly", "monthly"),
]

_LANG = [("lang:english", "English"), ("lang:french", "French"), ("lang:german", "German")]

_USERS = [
    ("user:ana", "Ana"),
    ("user:tomas", "Tomás"),
    ("user:priya", "Priya"),
    ("user:lena", "Lena"),
    ("user:kofi", "Kofi"),
]


def entities():
    ents = [
        kgx.Entity(i, kind="item", type="publication", label=lab, attrs={"year": y}) for i, lab, y in _ITEMS
    ]
    for group, typ in (
        (_PEOPLE, "person"),
        (_COMPANIES, "company"),
        (_CITIES, "city"),
        (_TOPICS, "topic"),
        (_FREQ, "frequency"),
        (_LANG, "language"),
    ):
        ents += [kgx.Entity(i, kind="attribute", type=typ, label=lab) for i, lab in group]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in _USERS]
    return ents


def rows():
    r = []

    def add(pub, rel, *tails):
        for t in tails:
            r.append((pub, rel, t))

    P = "person:"
    # The New Yorker
    add("pub:new_yorker", "founded_by", P + "harold_ross", P + "jane_grant")
    add("pub:new_yorker", "edited_by", P + "harold_ross", P + "tina_brown", P + "david_remnick")
    add("pub:new_yorker", "published_by", "company:conde_nast")
    add("pub:new_yorker", "based_in", "city:nyc")
    add("pub:new_yorker", "covers", "topic:culture", "topic:politics")
    add("pub:new_yorker", "issued", "freq:weekly")
    add("pub:new_yorker", "written_in", "lang:english")
    # Vogue
    add("pub:vogue", "founded_by", P + "arthur_turnure")
    add("pub:vogue", "edited_by", P + "diana_vreeland", P + "anna_wintour")
    add("pub:vogue", "published_by", "company:conde_nast")
    add("pub:vogue", "based_in", "city:nyc")
    add("pub:vogue", "covers", "topic:fashion")
    add("pub:vogue", "issued", "freq:monthly")
    add("pub:vogue", "written_in", "lang:english")
    # Vanity Fair
    add("pub:vanity_fair", "edited_by", P + "tina_brown", P + "graydon_carter")
    add("pub:vanity_fair", "published_by", "company:conde_nast")
    add("pub:vanity_fair", "based_in", "city:nyc")
    add("pub:vanity_fair", "covers", "topic:culture", "topic:politics")
    add("pub:vanity_fair", "issued", "freq:monthly")
    add("pub:vanity_fair", "written_in", "lang:english")
    # Time
    add("pub:time", "founded_by", P + "henry_luce", P + "briton_hadden")
    add("pub:time", "published_by", "company:time_inc")
    add("pub:time", "based_in", "city:nyc")
    add("pub:time", "covers", "topic:news", "topic:politics")
    add("pub:time", "issued", "freq:weekly")
    add("pub:time", "written_in", "lang:english")
    # Life
    add("pub:life", "founded_by", P + "henry_luce")
    add("pub:life", "published_by", "company:time_inc")
    add("pub:life", "based_in", "city:nyc")
    add("pub:life", "covers", "topic:photojournalism")
    add("pub:life", "issued", "freq:weekly")
    add("pub:life", "written_in", "lang:english")
    # The Economist
    add("pub:economist", "founded_by", P + "james_wilson")
    add("pub:economist", "edited_by", P + "walter_bagehot")
    add("pub:economist", "published_by", "company:economist_group")
    add("pub:economist", "based_in", "city:london")
    add("pub:economist", "covers", "topic:economics", "topic:politics")
    add("pub:economist", "issued", "freq:weekly")
    add("pub:economist", "written_in", "lang:english")
    # The Guardian
    add("pub:guardian", "founded_by", P + "john_edward_taylor")
    add("pub:guardian", "edited_by", P + "cp_scott", P + "alan_rusbridger", P + "katharine_viner")
    add("pub:guardian", "published_by", "company:gmg")
    add("pub:guardian", "based_in", "city:london")
    add("pub:guardian", "covers", "topic:news")
    add("pub:guardian", "issued", "freq:daily")
    add("pub:guardian", "written_in", "lang:english")
    # The New York Times
    add("pub:nyt", "founded_by", P + "henry_raymond")
    add("pub:nyt", "published_by", "company:nyt_company")
    add("pub:nyt", "based_in", "city:nyc")
    add("pub:nyt", "covers", "topic:news")
    add("pub:nyt", "issued", "freq:daily")
    add("pub:nyt", "written_in", "lang:english")
    # The Washington Post
    add("pub:wapo", "edited_by", P + "ben_bradlee", P + "marty_baron")
    add("pub:wapo", "published_by", "company:nash_holdings")
    add("pub:wapo", "based_in", "city:washington")
    add("pub:wapo", "covers", "topic:news", "topic:politics")
    add("pub:wapo", "issued", "freq:daily")
    add("pub:wapo", "written_in", "lang:english")
    # Le Monde
    add("pub:le_monde", "founded_by", P + "beuve_mery")
    add("pub:le_monde", "edited_by", P + "beuve_mery")
    add("pub:le_monde", "published_by", "company:groupe_le_monde")
    add("pub:le_monde", "based_in", "city:paris")
    add("pub:le_monde", "covers", "topic:news")
    add("pub:le_monde", "issued", "freq:daily")
    add("pub:le_monde", "written_in", "lang:french")
    # Der Spiegel
    add("pub:spiegel", "founded_by", P + "rudolf_augstein")
    add("pub:spiegel", "edited_by", P + "rudolf_augstein")
    add("pub:spiegel", "published_by", "company:spiegel_verlag")
    add("pub:spiegel", "based_in", "city:hamburg")
    add("pub:spiegel", "covers", "topic:news", "topic:politics")
    add("pub:spiegel", "issued", "freq:weekly")
    add("pub:spiegel", "written_in", "lang:german")
    # Rolling Stone
    add("pub:rolling_stone", "founded_by", P + "jann_wenner", P + "ralph_gleason")
    add("pub:rolling_stone", "edited_by", P + "jann_wenner")
    add("pub:rolling_stone", "published_by", "company:penske_media")
    add("pub:rolling_stone", "based_in", "city:nyc")
    add("pub:rolling_stone", "covers", "topic:music", "topic:politics")
    add("pub:rolling_stone", "issued", "freq:monthly")
    add("pub:rolling_stone", "written_in", "lang:english")
    # National Geographic
    add("pub:natgeo", "published_by", "company:natgeo_partners")
    add("pub:natgeo", "based_in", "city:washington")
    add("pub:natgeo", "covers", "topic:geography", "topic:science")
    add("pub:natgeo", "issued", "freq:monthly")
    add("pub:natgeo", "written_in", "lang:english")
    # The Atlantic
    add("pub:atlantic", "edited_by", P + "jeffrey_goldberg")
    add("pub:atlantic", "published_by", "company:emerson_collective")
    add("pub:atlantic", "based_in", "city:washington")
    add("pub:atlantic", "covers", "topic:politics", "topic:culture")
    add("pub:atlantic", "issued", "freq:monthly")
    add("pub:atlantic", "written_in", "lang:english")
    # Private Eye
    add("pub:private_eye", "founded_by", P + "richard_ingrams")
    add("pub:private_eye", "edited_by", P + "richard_ingrams", P + "ian_hislop")
    add("pub:private_eye", "published_by", "company:pressdram")
    add("pub:private_eye", "based_in", "city:london")
    add("pub:private_eye", "covers", "topic:satire", "topic:politics")
    add("pub:private_eye", "issued", "freq:fortnightly")
    add("pub:private_eye", "written_in", "lang:english")

    ratings = [
        ("user:ana", "pub:new_yorker", 5.0),
        ("user:ana", "pub:vogue", 2.0),
        ("user:ana", "pub:economist", 4.0),
        ("user:ana", "pub:private_eye", 4.5),
        ("user:tomas", "pub:le_monde", 5.0),
        ("user:tomas", "pub:time", 3.0),
        ("user:tomas", "pub:rolling_stone", 4.0),
        ("user:tomas", "pub:spiegel", 1.5),
        ("user:priya", "pub:natgeo", 5.0),
        ("user:priya", "pub:guardian", 4.0),
        ("user:priya", "pub:vanity_fair", 3.5),
        ("user:priya", "pub:life", 2.5),
        ("user:lena", "pub:wapo", 4.5),
        ("user:lena", "pub:atlantic", 3.0),
        ("user:lena", "pub:nyt", 1.0),
        ("user:lena", "pub:vogue", 4.0),
        ("user:kofi", "pub:economist", 2.0),
        ("user:kofi", "pub:rolling_stone", 5.0),
        ("user:kofi", "pub:life", 4.0),
        ("user:kofi", "pub:new_yorker", 3.0),
    ]
    for u, p, s in ratings:
        r.append((u, "rated", p, {"rating": s}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind61")
