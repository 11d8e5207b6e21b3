"""A small hand-written graph of real stadiums (blind373)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("stadium",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is the site of", domain=("stadium",), range=("city",)),
    kgx.Relation("home_of", phrase="is the home ground of", inverse_phrase="plays its home games at", domain=("stadium",), range=("team",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("stadium",), range=("architect",)),
    kgx.Relation("venue_for", phrase="is a venue for", inverse_phrase="is played at", domain=("stadium",), range=("sport",)),
    kgx.Relation("hosted", phrase="hosted", inverse_phrase="was held at", domain=("stadium",), range=("event",)),
]

_STADIUMS = [
    ("wembley", "Wembley Stadium", 2007),
    ("camp_nou", "Camp Nou", 1957),
    ("maracana", "Maracanã Stadium", 1950),
    ("azteca", "Estadio Azteca", 1966),
    ("stade_de_france", "Stade de France", 1998),
    ("olympiastadion_berlin", "Olympiastadion Berlin", 1936),
    ("rose_bowl", "Rose Bowl", 1922),
    ("la_coliseum", "Los Angeles Memorial Coliseum", 1923),
    ("lambeau_field", "Lambeau Field", 1957),
    ("yankee_stadium", "Yankee Stadium", 2009),
    ("fenway_park", "Fenway Park", 1912),
    ("wrigley_field", "Wrigley Field", 1914),
    ("mcg", "Melbourne Cricket Ground", 1853),
    ("lords", "Lord's", 1814),
    ("eden_gardens", "Eden Gardens", 1864),
    ("allianz_arena", "Allianz Arena", 2005),
    ("beijing_national_stadium", "Beijing National Stadium", 2008),
    ("bernabeu", "Santiago Bernabéu Stadium", 1947),
]

_ATTRIBUTES = [
    # cities
    ("city:london", "city", "London"),
    ("city:barcelona", "city", "Barcelona"),
    ("city:rio_de_janeiro", "city", "Rio de Janeiro"),
    ("city:mexico_city", "city", "Mexico City"),
    ("city:saint_denis", "city", "Saint-Denis"),
    ("city:berlin", "city", "Berlin"),
    ("city:pasadena", "city", "Pasadena"),
    ("city:los_angeles", "city", "Los Angeles"),
    ("city:green_bay", "city", "Green Bay"),
    ("city:new_york_city", "city", "New York City"),
    ("city:boston", "city", "Boston"),
    ("city:chicago", "city", "Chicago"),
    ("city:melbourne", "city", "Melbourne"),
    ("city:kolkata", "city", "Kolkata"),
    ("city:munich", "city", "Munich"),
    ("city:beijing", "city", "Beijing"),
    ("city:madrid", "city", "Madrid"),
    # teams
    ("team:england", "team", "England national football team"),
    ("team:fc_barcelona", "team", "FC Barcelona"),
    ("team:flamengo", "team", "Flamengo"),
    ("team:fluminense", "team", "Fluminense"),
    ("team:club_america", "team", "Club América"),
    ("team:mexico", "team", "Mexico national football team"),
    ("team:france_football", "team", "France national football team"),
    ("team:france_rugby", "team", "France national rugby union team"),
    ("team:hertha_bsc", "team", "Hertha BSC"),
    ("team:ucla_bruins", "team", "UCLA Bruins football"),
    ("team:usc_trojans", "team", "USC Trojans football"),
    ("team:green_bay_packers", "team", "Green Bay Packers"),
    ("team:new_york_yankees", "team", "New York Yankees"),
    ("team:new_york_city_fc", "team", "New York City FC"),
    ("team:boston_red_sox", "team", "Boston Red Sox"),
    ("team:chicago_cubs", "team", "Chicago Cubs"),
    ("team:melbourne_fc", "team", "Melbourne Football Club"),
    ("team:collingwood", "team", "Collingwood Football Club"),
    ("team:mcc", "team", "Marylebone Cricket Club"),
    ("team:middlesex", "team", "Middlesex County Cricket Club"),
    ("team:kolkata_knight_riders", "team", "Kolkata Knight Riders"),
    ("team:bengal", "team", "Bengal cricket team"),
    ("team:bayern_munich", "team", "FC Bayern Munich"),
    ("team:real_madrid", "team", "Real Madrid"),
    # architects
    ("architect:foster_partners", "architect", "Foster + Partners"),
    ("architect:populous", "architect", "Populous"),
    ("architect:francesc_mitjans", "architect", "Francesc Mitjans"),
    ("architect:pedro_ramirez_vazquez", "architect", "Pedro Ramírez Vázquez"),
    ("architect:michel_macary", "architect", "Michel Macary"),
    ("architect:aymeric_zublena", "architect", "Aymeric Zublena"),
    ("architect:werner_march", "architect", "Werner March"),
    ("architect:myron_hunt", "architect", "Myron Hunt"),
    ("architect:john_parkinson", "architect", "John Parkinson"),
    ("architect:james_mclaughlin", "architect", "James McLaughlin"),
    ("architect:zachary_taylor_davis", "architect", "Zachary Taylor Davis"),
    ("architect:herzog_de_meuron", "architect", "Herzog & de Meuron"),
    ("architect:manuel_munoz_monasterio", "architect", "Manuel Muñoz Monasterio"),
    # sports
    ("sport:football", "sport", "football"),
    ("sport:american_football", "sport", "American football"),
    ("sport:baseball", "sport", "baseball"),
    ("sport:cricket", "sport", "cricket"),
    ("sport:athletics", "sport", "athletics"),
    ("sport:rugby_union", "sport", "rugby union"),
    ("sport:australian_rules_football", "sport", "Australian rules football"),
    # events
    ("event:world_cup_final", "event", "FIFA World Cup final"),
    ("event:champions_league_final", "event", "UEFA Champions League final"),
    ("event:summer_olympics", "event", "Summer Olympics"),
    ("event:super_bowl", "event", "Super Bowl"),
    ("event:cricket_world_cup_final", "event", "Cricket World Cup final"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"stadium:{slug}", kind="item", type="stadium", label=label, attrs={"year": year})
           for slug, label, year in _STADIUMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "wembley": {
        "located_in": ["london"], "home_of": ["england"],
        "designed_by": ["foster_partners", "populous"], "venue_for": ["football"],
        "hosted": ["champions_league_final"],
    },
    "camp_nou": {
        "located_in": ["barcelona"], "home_of": ["fc_barcelona"],
        "designed_by": ["francesc_mitjans"], "venue_for": ["football"],
        "hosted": ["champions_league_final"],
    },
    "maracana": {
        "located_in": ["rio_de_janeiro"], "home_of": ["flamengo", "fluminense"],
        "venue_for": ["football"], "hosted": ["world_cup_final"],
    },
    "azteca": {
        "located_in": ["mexico_city"], "home_of": ["club_america", "mexico"],
        "designed_by": ["pedro_ramirez_vazquez"], "venue_for": ["football"],
        "hosted": ["world_cup_final"],
    },
    "stade_de_france": {
        "located_in": ["saint_denis"], "home_of": ["france_football", "france_rugby"],
        "designed_by": ["michel_macary", "aymeric_zublena"],
        "venue_for": ["football", "rugby_union", "athletics"],
        "hosted": ["world_cup_final", "champions_league_final", "summer_olympics"],
    },
    "olympiastadion_berlin": {
        "located_in": ["berlin"], "home_of": ["hertha_bsc"], "designed_by": ["werner_march"],
        "venue_for": ["football", "athletics"],
        "hosted": ["summer_olympics", "world_cup_final", "champions_league_final"],
    },
    "rose_bowl": {
        "located_in": ["pasadena"], "home_of": ["ucla_bruins"], "designed_by": ["myron_hunt"],
        "venue_for": ["american_football"], "hosted": ["world_cup_final", "super_bowl"],
    },
    "la_coliseum": {
        "located_in": ["los_angeles"], "home_of": ["usc_trojans"], "designed_by": ["john_parkinson"],
        "venue_for": ["american_football", "athletics"], "hosted": ["summer_olympics", "super_bowl"],
    },
    "lambeau_field": {
        "located_in": ["green_bay"], "home_of": ["green_bay_packers"], "venue_for": ["american_football"],
    },
    "yankee_stadium": {
        "located_in": ["new_york_city"], "home_of": ["new_york_yankees", "new_york_city_fc"],
        "designed_by": ["populous"], "venue_for": ["baseball", "football"],
    },
    "fenway_park": {
        "located_in": ["boston"], "home_of": ["boston_red_sox"], "designed_by": ["james_mclaughlin"],
        "venue_for": ["baseball"],
    },
    "wrigley_field": {
        "located_in": ["chicago"], "home_of": ["chicago_cubs"], "designed_by": ["zachary_taylor_davis"],
        "venue_for": ["baseball"],
    },
    "mcg": {
        "located_in": ["melbourne"], "home_of": ["melbourne_fc", "collingwood"],
        "venue_for": ["cricket", "australian_rules_football"],
        "hosted": ["summer_olympics", "cricket_world_cup_final"],
    },
    "lords": {
        "located_in": ["london"], "home_of": ["mcc", "middlesex"], "venue_for": ["cricket"],
        "hosted": ["cricket_world_cup_final"],
    },
    "eden_gardens": {
        "located_in": ["kolkata"], "home_of": ["kolkata_knight_riders", "bengal"], "venue_for": ["cricket"],
        "hosted": ["cricket_world_cup_final"],
    },
    "allianz_arena": {
        "located_in": ["munich"], "home_of": ["bayern_munich"], "designed_by": ["herzog_de_meuron"],
        "venue_for": ["football"], "hosted": ["champions_league_final"],
    },
    "beijing_national_stadium": {
        "located_in": ["beijing"], "designed_by": ["herzog_de_meuron"], "venue_for": ["athletics"],
        "hosted": ["summer_olympics"],
    },
    "bernabeu": {
        "located_in": ["madrid"], "home_of": ["real_madrid"], "designed_by": ["manuel_munoz_monasterio"],
        "venue_for": ["football"], "hosted": ["world_cup_final", "champions_league_final"],
    },
}

_PREFIX = {"located_in": "city", "home_of": "team", "designed_by": "architect",
           "venue_for": "sport", "hosted": "event"}

_RATINGS = {
    "ana": {"camp_nou": 5.0, "wembley": 4.0, "fenway_park": 2.0, "lords": 3.5},
    "ben": {"wrigley_field": 4.5, "lambeau_field": 1.5, "rose_bowl": 5.0, "stade_de_france": 3.0},
    "chen": {"beijing_national_stadium": 4.0, "mcg": 1.0, "eden_gardens": 5.0, "allianz_arena": 2.5},
    "dara": {"maracana": 4.5, "azteca": 2.0, "bernabeu": 5.0, "yankee_stadium": 3.0},
    "emil": {"olympiastadion_berlin": 4.0, "lords": 1.5, "la_coliseum": 4.5, "allianz_arena": 5.0},
}


def rows():
    out = []
    for slug, rels in _FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((f"stadium:{slug}", rel, f"{_PREFIX[rel]}:{t}"))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"stadium:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind373")
