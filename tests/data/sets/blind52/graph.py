"""Blind evaluation graph blind52: podcast shows, their hosts, networks,
producers, topics, countries and languages."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("podcast",)),
    kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts",
                 domain=("podcast",), range=("person",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("podcast",), range=("person",)),
    kgx.Relation("produced_by", phrase="is produced by", inverse_phrase="produces",
                 domain=("podcast",), range=("person", "company")),
    kgx.Relation("on_network", phrase="is part of the network", inverse_phrase="carries",
                 domain=("podcast",), range=("company",)),
    kgx.Relation("about", phrase="is about", inverse_phrase="is the subject of",
                 domain=("podcast",), range=("topic",)),
    kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home country of",
                 domain=("podcast",), range=("country",)),
    kgx.Relation("in_language", phrase="is in", inverse_phrase="is the language of",
                 domain=("podcast",), range=("language",)),
]

_PODCASTS = [
    ("pod:serial", "Serial", 2014),
    ("pod:this_american_life", "This American Life", 1995),
    ("pod:radiolab", "Radiolab", 2002),
    ("pod:freakonomics", "Freakonomics Radio", 2010),
    ("pod:the_daily", "The Daily", 2017),
    ("pod:99pi", "99% Invisible", 2010),
    ("pod:reply_all", "Reply All", 2014),
    ("pod:startup", "StartUp", 2014),
    ("pod:hardcore_history", "Hardcore History", 2005),
    ("pod:nstaaf", "No Such Thing As A Fish", 2014),
    ("pod:mdwap", "My Dad Wrote a Porno", 2015),
    ("pod:rest_is_history", "The Rest Is History", 2020),
    ("pod:radio_ambulante", "Radio Ambulante", 2012),
    ("pod:night_vale", "Welcome to Night Vale", 2012),
    ("pod:sysk", "Stuff You Should Know", 2008),
    ("pod:fest_flauschig", "Fest & Flauschig", 2016),
]

_PEOPLE = [
    ("person:sarah_koenig", "Sarah Koenig"),
    ("person:julie_snyder", "Julie Snyder"),
    ("person:ira_glass", "Ira Glass"),
    ("person:jad_abumrad", "Jad Abumrad"),
    ("person:robert_krulwich", "Robert Krulwich"),
    ("person:stephen_dubner", "Stephen J. Dubner"),
    ("person:michael_barbaro", "Michael Barbaro"),
    ("person:roman_mars", "Roman Mars"),
    ("person:pj_vogt", "PJ Vogt"),
    ("person:alex_goldman", "Alex Goldman"),
    ("person:alex_blumberg", "Alex Blumberg"),
    ("person:dan_carlin", "Dan Carlin"),
    ("person:james_harkin", "James Harkin"),
    ("person:anna_ptaszynski", "Anna Ptaszynski"),
    ("person:dan_schreiber", "Dan Schreiber"),
    ("person:jamie_morton", "Jamie Morton"),
    ("person:james_cooper", "James Cooper"),
    ("person:alice_levine", "Alice Levine"),
    ("person:tom_holland", "Tom Holland"),
    ("person:dominic_sandbrook", "Dominic Sandbrook"),
    ("person:daniel_alarcon", "Daniel Alarcón"),
    ("person:joseph_fink", "Joseph Fink"),
    ("person:jeffrey_cranor", "Jeffrey Cranor"),
    ("person:cecil_baldwin", "Cecil Baldwin"),
    ("person:josh_clark", "Josh Clark"),
    ("person:chuck_bryant", "Chuck Bryant"),
    ("person:jan_boehmermann", "Jan Böhmermann"),
    ("person:olli_schulz", "Olli Schulz"),
]

_COMPANIES = [
    ("company:serial_productions", "Serial Productions"),
    ("company:prx", "PRX"),
    ("company:wnyc_studios", "WNYC Studios"),
    ("company:freakonomics_network", "Freakonomics Radio Network"),
    ("company:nyt", "The New York Times"),
    ("company:radiotopia", "Radiotopia"),
    ("company:gimlet", "Gimlet Media"),
    ("company:qi", "QI"),
    ("company:goalhanger", "Goalhanger"),
    ("company:npr", "NPR"),
    ("company:night_vale_presents", "Night Vale Presents"),
    ("company:iheartradio", "iHeartRadio"),
    ("company:spotify", "Spotify"),
]

_TOPICS = [
    ("topic:true_crime", "True crime"),
    ("topic:storytelling", "Storytelling"),
    ("topic:science", "Science"),
    ("topic:economics", "Economics"),
    ("topic:news", "News"),
    ("topic:design", "Design"),
    ("topic:internet_culture", "Internet culture"),
    ("topic:business", "Business"),
    ("topic:history", "History"),
    ("topic:trivia", "Trivia"),
    ("topic:comedy", "Comedy"),
    ("topic:fiction", "Fiction"),
    ("topic:general_knowledge", "General knowledge"),
]

_COUNTRIES = [
    ("country:us", "United States"),
    ("country:uk", "United Kingdom"),
    ("country:germany", "Germany"),
]

_LANGUAGES = [
    ("language:english", "English"),
    ("language:spanish", "Spanish"),
    ("language:german", "German"),
]

_USERS = [
    ("user:ana", "Ana"),
    ("user:ben", "Ben"),
    ("user:chloe", "Chloe"),
    ("user:dev", "Dev"),
    ("user:emre", "Emre"),
]


def entities():
    out = []
    for eid, label, year in _PODCASTS:
        out.append(kgx.Entity(eid, kind="item", type="podcast", label=label,
                              attrs={"year": year}))
    for group, etype in ((_PEOPLE, "person"), (_COMPANIES, "company"),
                         (_TOPICS, "topic"), (_COUNTRIES, "country"),
                         (_LANGUAGES, "language")):
        for eid, label in group:
            out.append(kgx.Entity(eid, kind="attribute", type=etype, label=label))
    for eid, label in _USERS:
        out.append(kgx.Entity(eid, kind="user", type="user", label=label))
    return out


def rows():
    r = [
        # Serial
        ("pod:serial", "hosted_by", "person:sarah_koenig"),
        ("pod:serial", "created_by", "person:sarah_koenig"),
        ("pod:serial", "created_by", "person:julie_snyder"),
        ("pod:serial", "produced_by", "person:julie_snyder"),
        ("pod:serial", "on_network", "company:serial_productions"),
        ("pod:serial", "about", "topic:true_crime"),
        ("pod:serial", "from_country", "country:us"),
        ("pod:serial", "in_language", "language:english"),
        # This American Life
        ("pod:this_american_life", "hosted_by", "person:ira_glass"),
        ("pod:this_american_life", "created_by", "person:ira_glass"),
        ("pod:this_american_life", "on_network", "company:prx"),
        ("pod:this_american_life", "about", "topic:storytelling"),
        ("pod:this_american_life", "from_country", "country:us"),
        ("pod:this_american_life", "in_language", "language:english"),
        # Radiolab
        ("pod:radiolab", "hosted_by", "person:jad_abumrad"),
        ("pod:radiolab", "hosted_by", "person:robert_krulwich"),
        ("pod:radiolab", "created_by", "person:jad_abumrad"),
        ("pod:radiolab", "on_network", "company:wnyc_studios"),
        ("pod:radiolab", "about", "topic:science"),
        ("pod:radiolab", "from_country", "country:us"),
        ("pod:radiolab", "in_language", "language:english"),
        # Freakonomics Radio
        ("pod:freakonomics", "hosted_by", "person:stephen_dubner"),
        ("pod:freakonomics", "on_network", "company:freakonomics_network"),
        ("pod:freakonomics", "about", "topic:economics"),
        ("pod:freakonomics", "from_country", "country:us"),
        ("pod:freakonomics", "in_language", "language:english"),
        # The Daily
        ("pod:the_daily", "hosted_by", "person:michael_barbaro"),
        ("pod:the_daily", "produced_by", "company:nyt"),
        ("pod:the_daily", "about", "topic:news"),
        ("pod:the_daily", "from_country", "country:us"),
        ("pod:the_daily", "in_language", "language:english"),
        # 99% Invisible
        ("pod:99pi", "hosted_by", "person:roman_mars"),
        ("pod:99pi", "created_by", "person:roman_mars"),
        ("pod:99pi", "on_network", "company:radiotopia"),
        ("pod:99pi", "about", "topic:design"),
        ("pod:99pi", "from_country", "country:us"),
        ("pod:99pi", "in_language", "language:english"),
        # Reply All
        ("pod:reply_all", "hosted_by", "person:pj_vogt"),
        ("pod:reply_all", "hosted_by", "person:alex_goldman"),
        ("pod:reply_all", "on_network", "company:gimlet"),
        ("pod:reply_all", "about", "topic:internet_culture"),
        ("pod:reply_all", "from_country", "country:us"),
        ("pod:reply_all", "in_language", "language:english"),
        # StartUp
        ("pod:startup", "hosted_by", "person:alex_blumberg"),
        ("pod:startup", "created_by", "person:alex_blumberg"),
        ("pod:startup", "on_network", "company:gimlet"),
        ("pod:startup", "about", "topic:business"),
        ("pod:startup", "from_country", "country:us"),
        ("pod:startup", "in_language", "language:english"),
        # Hardcore History
        ("pod:hardcore_history", "hosted_by", "person:dan_carlin"),
        ("pod:hardcore_history", "created_by", "person:dan_carlin"),
        ("pod:hardcore_history", "about", "topic:history"),
        ("pod:hardcore_history", "from_country", "country:us"),
        ("pod:hardcore_history", "in_language", "language:english"),
        # No Such Thing As A Fish
        ("pod:nstaaf", "hosted_by", "person:james_harkin"),
        ("pod:nstaaf", "hosted_by", "person:anna_ptaszynski"),
        ("pod:nstaaf", "hosted_by", "person:dan_schreiber"),
        ("pod:nstaaf", "produced_by", "company:qi"),
        ("pod:nstaaf", "about", "topic:trivia"),
        ("pod:nstaaf", "about", "topic:comedy"),
        ("pod:nstaaf", "from_country", "country:uk"),
        ("pod:nstaaf", "in_language", "language:english"),
        # My Dad Wrote a Porno
        ("pod:mdwap", "hosted_by", "person:jamie_morton"),
        ("pod:mdwap", "hosted_by", "person:james_cooper"),
        ("pod:mdwap", "hosted_by", "person:alice_levine"),
        ("pod:mdwap", "created_by", "person:jamie_morton"),
        ("pod:mdwap", "about", "topic:comedy"),
        ("pod:mdwap", "from_country", "country:uk"),
        ("pod:mdwap", "in_language", "language:english"),
        # The Rest Is History
        ("pod:rest_is_history", "hosted_by", "person:tom_holland"),
        ("pod:rest_is_history", "hosted_by", "person:dominic_sandbrook"),
        ("pod:rest_is_history", "produced_by", "company:goalhanger"),
        ("pod:rest_is_history", "about", "topic:history"),
        ("pod:rest_is_history", "from_country", "country:uk"),
        ("pod:rest_is_history", "in_language", "language:english"),
        # Radio Ambulante
        ("pod:radio_ambulante", "hosted_by", "person:daniel_alarcon"),
        ("pod:radio_ambulante", "created_by", "person:daniel_alarcon"),
        ("pod:radio_ambulante", "on_network", "company:npr"),
        ("pod:radio_ambulante", "about", "topic:storytelling"),
        ("pod:radio_ambulante", "from_country", "country:us"),
        ("pod:radio_ambulante", "in_language", "language:spanish"),
        # Welcome to Night Vale
        ("pod:night_vale", "hosted_by", "person:cecil_baldwin"),
        ("pod:night_vale", "created_by", "person:joseph_fink"),
        ("pod:night_vale", "created_by", "person:jeffrey_cranor"),
        ("pod:night_vale", "on_network", "company:night_vale_presents"),
        ("pod:night_vale", "about", "topic:fiction"),
        ("pod:night_vale", "from_country", "country:us"),
        ("pod:night_vale", "in_language", "language:english"),
        # Stuff You Should Know
        ("pod:sysk", "hosted_by", "person:josh_clark"),
        ("pod:sysk", "hosted_by", "person:chuck_bryant"),
        ("pod:sysk", "on_network", "company:iheartradio"),
        ("pod:sysk", "about", "topic:general_knowledge"),
        ("pod:sysk", "from_country", "country:us"),
        ("pod:sysk", "in_language", "language:english"),
        # Fest & Flauschig
        ("pod:fest_flauschig", "hosted_by", "person:jan_boehmermann"),
        ("pod:fest_flauschig", "hosted_by", "person:olli_schulz"),
        ("pod:fest_flauschig", "on_network", "company:spotify"),
        ("pod:fest_flauschig", "about", "topic:comedy"),
        ("pod:fest_flauschig", "from_country", "country:germany"),
        ("pod:fest_flauschig", "in_language", "language:german"),
    ]
    ratings = [
        ("user:ana", "pod:serial", 5.0),
        ("user:ana", "pod:radiolab", 4.0),
        ("user:ana", "pod:99pi", 4.5),
        ("user:ana", "pod:reply_all", 2.0),
        ("user:ana", "pod:the_daily", 3.0),
        ("user:ben", "pod:hardcore_history", 5.0),
        ("user:ben", "pod:rest_is_history", 4.0),
        ("user:ben", "pod:freakonomics", 3.5),
        ("user:ben", "pod:sysk", 2.5),
        ("user:chloe", "pod:nstaaf", 5.0),
        ("user:chloe", "pod:mdwap", 4.0),
        ("user:chloe", "pod:night_vale", 1.5),
        ("user:chloe", "pod:fest_flauschig", 3.0),
        ("user:dev", "pod:startup", 4.0),
        ("user:dev", "pod:reply_all", 4.5),
        ("user:dev", "pod:this_american_life", 5.0),
        ("user:dev", "pod:radio_ambulante", 2.0),
        ("user:emre", "pod:fest_flauschig", 4.5),
        ("user:emre", "pod:serial", 3.0),
        ("user:emre", "pod:night_vale", 5.0),
        ("user:emre", "pod:radiolab", 2.0),
    ]
    r += [(u, "rated", i, {"rating": s}) for u, i, s in ratings]
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(),
                                           relations=RELATIONS, name="blind52")
