"""blind170: a small graph of real sports stadiums.

Items are stadiums (``year`` = the year the current stadium opened); attributes
are cities, home teams, architects, sports and events the stadium has hosted.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("stadium",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("stadium",), range=("city", "town")),
    kgx.Relation("home_of", phrase="is the home ground of", inverse_phrase="plays its home games at",
                 domain=("stadium",), range=("team",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("stadium",), range=("architect", "firm")),
    kgx.Relation("used_for", phrase="is used for", inverse_phrase="is played at",
                 domain=("stadium",), range=("sport",)),
    kgx.Relation("hosted", phrase="hosted", inverse_phrase="was held at",
                 domain=("stadium",), range=("event",)),
]

_STADIUMS = [
    # slug, label, year opened, aliases
    ("wembley", "Wembley Stadium", 2007, ("Wembley",)),
    ("camp_nou", "Camp Nou", 1957, ()),
    ("bernabeu", "Santiago Bernabéu Stadium", 1947, ("Santiago Bernabéu", "the Bernabéu")),
    ("maracana", "Maracanã", 1950, ("Maracanã Stadium", "Maracana")),
    ("allianz_arena", "Allianz Arena", 2005, ()),
    ("old_trafford", "Old Trafford", 1910, ()),
    ("anfield", "Anfield", 1884, ()),
    ("yankee_stadium", "Yankee Stadium", 2009, ()),
    ("fenway_park", "Fenway Park", 1912, ("Fenway",)),
    ("wrigley_field", "Wrigley Field", 1914, ("Wrigley",)),
    ("mcg", "Melbourne Cricket Ground", 1853, ("MCG",)),
    ("lords", "Lord's", 1814, ("Lord's Cricket Ground",)),
    ("eden_gardens", "Eden Gardens", 1864, ()),
    ("rose_bowl", "Rose Bowl", 1922, ()),
    ("lambeau_field", "Lambeau Field", 1957, ("Lambeau",)),
    ("stade_de_france", "Stade de France", 1998, ()),
    ("estadio_azteca", "Estadio Azteca", 1966, ("Azteca",)),
    ("beijing_national_stadium", "Beijing National Stadium", 2008, ("Bird's Nest",)),
]

_ATTRIBUTES = [
    # cities and towns
    ("city:london", "city", "London", ()),
    ("city:barcelona", "city", "Barcelona", ()),
    ("city:madrid", "city", "Madrid", ()),
    ("city:rio_de_janeiro", "city", "Rio de Janeiro", ()),
    ("city:munich", "city", "Munich", ()),
    ("town:stretford", "town", "Stretford", ()),
    ("city:liverpool", "city", "Liverpool", ()),
    ("city:new_york_city", "city", "New York City", ()),
    ("city:boston", "city", "Boston", ()),
    ("city:chicago", "city", "Chicago", ()),
    ("city:melbourne", "city", "Melbourne", ()),
    ("city:kolkata", "city", "Kolkata", ()),
    ("city:pasadena", "city", "Pasadena", ()),
    ("city:green_bay", "city", "Green Bay", ()),
    ("city:saint_denis", "city", "Saint-Denis", ()),
    ("city:mexico_city", "city", "Mexico City", ()),
    ("city:beijing", "city", "Beijing", ()),
    # teams
    ("team:england_national_football_team", "team", "England national football team", ()),
    ("team:fc_barcelona", "team", "FC Barcelona", ()),
    ("team:real_madrid", "team", "Real Madrid", ()),
    ("team:flamengo", "team", "Flamengo", ()),
    ("team:fluminense", "team", "Fluminense", ()),
    ("team:bayern_munich", "team", "Bayern Munich", ()),
    ("team:manchester_united", "team", "Manchester United", ()),
    ("team:liverpool_fc", "team", "Liverpool F.C.", ("Liverpool FC",)),
    ("team:new_york_yankees", "team", "New York Yankees", ()),
    ("team:new_york_city_fc", "team", "New York City FC", ()),
    ("team:boston_red_sox", "team", "Boston Red Sox", ()),
    ("team:chicago_cubs", "team", "Chicago Cubs", ()),
    ("team:melbourne_fc", "team", "Melbourne Football Club", ()),
    ("team:collingwood_fc", "team", "Collingwood Football Club", ("Collingwood",)),
    ("team:richmond_fc", "team", "Richmond Football Club", ()),
    ("team:mcc", "team", "Marylebone Cricket Club", ("MCC",)),
    ("team:middlesex_ccc", "team", "Middlesex County Cricket Club", ("Middlesex",)),
    ("team:kolkata_knight_riders", "team", "Kolkata Knight Riders", ()),
    ("team:ucla_bruins_football", "team", "UCLA Bruins football", ("UCLA Bruins",)),
    ("team:green_bay_packers", "team", "Green Bay Packers", ()),
    ("team:france_national_football_team", "team", "France national football team", ()),
    ("team:france_national_rugby_union_team", "team", "France national rugby union team", ()),
    ("team:club_america", "team", "Club América", ()),
    ("team:mexico_national_football_team", "team", "Mexico national football team", ()),
    # architects and firms
    ("firm:foster_partners", "firm", "Foster + Partners", ()),
    ("firm:populous", "firm", "Populous", ()),
    ("firm:herzog_de_meuron", "firm", "Herzog & de Meuron", ()),
    ("architect:francesc_mitjans", "architect", "Francesc Mitjans", ()),
    ("architect:manuel_munoz_monasterio", "architect", "Manuel Muñoz Monasterio", ()),
    ("architect:archibald_leitch", "architect", "Archibald Leitch", ()),
    ("architect:james_mclaughlin", "architect", "James E. McLaughlin", ()),
    ("architect:zachary_taylor_davis", "architect", "Zachary Taylor Davis", ()),
    ("architect:myron_hunt", "architect", "Myron Hunt", ()),
    ("architect:michel_macary", "architect", "Michel Macary", ()),
    ("architect:aymeric_zublena", "architect", "Aymeric Zublena", ()),
    ("architect:pedro_ramirez_vazquez", "architect", "Pedro Ramírez Vázquez", ()),
    # sports
    ("sport:association_football", "sport", "association football", ("football", "soccer")),
    ("sport:baseball", "sport", "baseball", ()),
    ("sport:cricket", "sport", "cricket", ()),
    ("sport:american_football", "sport", "American football", ()),
    ("sport:australian_rules_football", "sport", "Australian rules football", ()),
    ("sport:rugby_union", "sport", "rugby union", ()),
    ("sport:athletics", "sport", "athletics", ()),
    # events
    ("event:fifa_world_cup_final", "event", "FIFA World Cup Final", ()),
    ("event:uefa_champions_league_final", "event", "UEFA Champions League Final", ()),
    ("event:summer_olympics", "event", "Summer Olympics", ()),
    ("event:super_bowl", "event", "Super Bowl", ()),
    ("event:cricket_world_cup_final", "event", "Cricket World Cup Final", ()),
    ("event:rugby_world_cup_final", "event", "Rugby World Cup Final", ()),
    ("event:afl_grand_final", "event", "AFL Grand Final", ()),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"stadium:{slug}", kind="item", type="stadium", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _STADIUMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=aliases)
            for eid, typ, label, aliases in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "wembley": {
        "located_in": ["city:london"],
        "home_of": ["team:england_national_football_team"],
        "designed_by": ["firm:foster_partners", "firm:populous"],
        "used_for": ["sport:association_football"],
        "hosted": ["event:uefa_champions_league_final"],
    },
    "camp_nou": {
        "located_in": ["city:barcelona"],
        "home_of": ["team:fc_barcelona"],
        "designed_by": ["architect:francesc_mitjans"],
        "used_for": ["sport:association_football"],
        "hosted": ["event:uefa_champions_league_final"],
    },
    "bernabeu": {
        "located_in": ["city:madrid"],
        "home_of": ["team:real_madrid"],
        "designed_by": ["architect:manuel_munoz_monasterio"],
        "used_for": ["sport:association_football"],
        "hosted": ["event:fifa_world_cup_final", "event:uefa_champions_league_final"],
    },
    "maracana": {
        "located_in": ["city:rio_de_janeiro"],
        "home_of": ["team:flamengo", "team:fluminense"],
        "used_for": ["sport:association_football"],
        "hosted": ["event:fifa_world_cup_final", "event:summer_olympics"],
    },
    "allianz_arena": {
        "located_in": ["city:munich"],
        "home_of": ["team:bayern_munich"],
        "designed_by": ["firm:herzog_de_meuron"],
        "used_for": ["sport:association_football"],
        "hosted": ["event:uefa_champions_league_final"],
    },
    "old_trafford": {
        "located_in": ["town:stretford"],
        "home_of": ["team:manchester_united"],
        "designed_by": ["architect:archibald_leitch"],
        "used_for": ["sport:association_football"],
        "hosted": ["event:uefa_champions_league_final"],
    },
    "anfield": {
        "located_in": ["city:liverpool"],
        "home_of": ["team:liverpool_fc"],
        "used_for": ["sport:association_football"],
    },
    "yankee_stadium": {
        "located_in": ["city:new_york_city"],
        "home_of": ["team:new_york_yankees", "team:new_york_city_fc"],
        "designed_by": ["firm:populous"],
        "used_for": ["sport:baseball", "sport:association_football"],
    },
    "fenway_park": {
        "located_in": ["city:boston"],
        "home_of": ["team:boston_red_sox"],
        "designed_by": ["architect:james_mclaughlin"],
        "used_for": ["sport:baseball"],
    },
    "wrigley_field": {
        "located_in": ["city:chicago"],
        "home_of": ["team:chicago_cubs"],
        "designed_by": ["architect:zachary_taylor_davis"],
        "used_for": ["sport:baseball"],
    },
    "mcg": {
        "located_in": ["city:melbourne"],
        "home_of": ["team:melbourne_fc", "team:collingwood_fc", "team:richmond_fc"],
        "used_for": ["sport:cricket", "sport:australian_rules_football"],
        "hosted": ["event:summer_olympics", "event:cricket_world_cup_final", "event:afl_grand_final"],
    },
    "lords": {
        "located_in": ["city:london"],
        "home_of": ["team:mcc", "team:middlesex_ccc"],
        "used_for": ["sport:cricket"],
        "hosted": ["event:cricket_world_cup_final"],
    },
    "eden_gardens": {
        "located_in": ["city:kolkata"],
        "home_of": ["team:kolkata_knight_riders"],
        "used_for": ["sport:cricket"],
        "hosted": ["event:cricket_world_cup_final"],
    },
    "rose_bowl": {
        "located_in": ["city:pasadena"],
        "home_of": ["team:ucla_bruins_football"],
        "designed_by": ["architect:myron_hunt"],
        "used_for": ["sport:american_football"],
        "hosted": ["event:super_bowl", "event:fifa_world_cup_final"],
    },
    "lambeau_field": {
        "located_in": ["city:green_bay"],
        "home_of": ["team:green_bay_packers"],
        "used_for": ["sport:american_football"],
    },
    "stade_de_france": {
        "located_in": ["city:saint_denis"],
        "home_of": ["team:france_national_football_team", "team:france_national_rugby_union_team"],
        "designed_by": ["architect:michel_macary", "architect:aymeric_zublena"],
        "used_for": ["sport:association_football", "sport:rugby_union", "sport:athletics"],
        "hosted": ["event:fifa_world_cup_final", "event:uefa_champions_league_final",
                   "event:rugby_world_cup_final"],
    },
    "estadio_azteca": {
        "located_in": ["city:mexico_city"],
        "home_of": ["team:club_america", "team:mexico_national_football_team"],
        "designed_by": ["architect:pedro_ramirez_vazquez"],
        "used_for": ["sport:association_football"],
        "hosted": ["event:fifa_world_cup_final"],
    },
    "beijing_national_stadium": {
        "located_in": ["city:beijing"],
        "designed_by": ["firm:herzog_de_meuron"],
        "used_for": ["sport:athletics"],
        "hosted": ["event:summer_olympics"],
    },
}

_RATINGS = {
    "ana": {"camp_nou": 5.0, "wembley": 4.0, "fenway_park": 1.5, "lords": 3.0},
    "ben": {"yankee_stadium": 4.5, "wrigley_field": 2.0, "rose_bowl": 5.0, "lambeau_field": 3.5},
    "chen": {"beijing_national_stadium": 5.0, "eden_gardens": 4.0, "mcg": 1.0, "allianz_arena": 2.5},
    "dara": {"maracana": 4.5, "estadio_azteca": 0.5, "bernabeu": 3.0, "stade_de_france": 4.0},
    "emil": {"old_trafford": 2.0, "anfield": 5.0, "mcg": 3.5, "allianz_arena": 4.5},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"stadium:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"stadium:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind170")
