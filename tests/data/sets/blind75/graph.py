"""blind75: a small graph of real stadiums (year = year the stadium opened)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("stadium",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is the city of",
                 domain=("stadium",), range=("city",)),
    kgx.Relation("home_of", phrase="is the home ground of", inverse_phrase="plays its home games at",
                 domain=("stadium",), range=("team",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("stadium",), range=("architect",)),
    kgx.Relation("hosted", phrase="hosted", inverse_phrase="was held at",
                 domain=("stadium",), range=("event",)),
    kgx.Relation("used_for", phrase="is used for", inverse_phrase="is played at",
                 domain=("stadium",), range=("sport",)),
]

STADIUMS = [
    # slug, label, year opened
    ("wembley", "Wembley Stadium", 2007),
    ("camp_nou", "Camp Nou", 1957),
    ("bernabeu", "Santiago Bernabéu Stadium", 1947),
    ("maracana", "Maracanã Stadium", 1950),
    ("allianz_arena", "Allianz Arena", 2005),
    ("san_siro", "San Siro", 1926),
    ("azteca", "Estadio Azteca", 1966),
    ("old_trafford", "Old Trafford", 1910),
    ("anfield", "Anfield", 1884),
    ("beijing_national", "Beijing National Stadium", 2008),
    ("yankee_stadium", "Yankee Stadium", 2009),
    ("fenway_park", "Fenway Park", 1912),
    ("wrigley_field", "Wrigley Field", 1914),
    ("mcg", "Melbourne Cricket Ground", 1853),
    ("lords", "Lord's", 1814),
    ("olympiastadion_berlin", "Olympiastadion Berlin", 1936),
    ("signal_iduna_park", "Signal Iduna Park", 1974),
    ("stade_de_france", "Stade de France", 1998),
    ("lambeau_field", "Lambeau Field", 1957),
]

CITIES = {
    "london": "London", "barcelona": "Barcelona", "madrid": "Madrid", "rio": "Rio de Janeiro",
    "munich": "Munich", "milan": "Milan", "mexico_city": "Mexico City", "manchester": "Manchester",
    "liverpool": "Liverpool", "beijing": "Beijing", "new_york": "New York City", "boston": "Boston",
    "chicago": "Chicago", "melbourne": "Melbourne", "berlin": "Berlin", "dortmund": "Dortmund",
    "saint_denis": "Saint-Denis", "green_bay": "Green Bay",
}

TEAMS = {
    "england": "England national football team", "barcelona": "FC Barcelona", "real_madrid": "Real Madrid",
    "flamengo": "Flamengo", "fluminense": "Fluminense", "bayern": "FC Bayern Munich", "ac_milan": "AC Milan",
    "inter": "Inter Milan", "club_america": "Club América", "mexico": "Mexico national football team",
    "man_united": "Manchester United", "liverpool": "Liverpool FC", "yankees": "New York Yankees",
    "red_sox": "Boston Red Sox", "cubs": "Chicago Cubs", "melbourne_fc": "Melbourne Football Club",
    "richmond": "Richmond Football Club", "middlesex": "Middlesex County Cricket Club",
    "mcc": "Marylebone Cricket Club", "hertha": "Hertha BSC", "dortmund": "Borussia Dortmund",
    "france": "France national football team", "packers": "Green Bay Packers",
}

ARCHITECTS = {
    "foster": "Foster + Partners", "populous": "Populous", "herzog_de_meuron": "Herzog & de Meuron",
    "leitch": "Archibald Leitch", "ramirez_vazquez": "Pedro Ramírez Vázquez", "march": "Werner March",
    "davis": "Zachary Taylor Davis", "mitjans": "Francesc Mitjans",
    "munoz_monasterio": "Manuel Muñoz Monasterio", "alemany": "Luis Alemany Soler",
    "mclaughlin": "James E. McLaughlin",
}

EVENTS = {
    "euro_2020_final": "UEFA Euro 2020 Final", "ucl_1999_final": "1999 UEFA Champions League Final",
    "wc_1982_final": "1982 FIFA World Cup Final", "wc_2014_final": "2014 FIFA World Cup Final",
    "ucl_2012_final": "2012 UEFA Champions League Final", "ucl_2016_final": "2016 UEFA Champions League Final",
    "wc_1970_final": "1970 FIFA World Cup Final", "wc_1986_final": "1986 FIFA World Cup Final",
    "ucl_2003_final": "2003 UEFA Champions League Final", "olympics_2008": "2008 Summer Olympics",
    "world_series_2009": "2009 World Series", "world_series_2004": "2004 World Series",
    "world_series_2016": "2016 World Series", "olympics_1956": "1956 Summer Olympics",
    "cwc_2015_final": "2015 Cricket World Cup Final", "cwc_2019_final": "2019 Cricket World Cup Final",
    "olympics_1936": "1936 Summer Olympics", "wc_2006_final": "2006 FIFA World Cup Final",
    "wc_1998_final": "1998 FIFA World Cup Final", "nfl_1967_championship": "1967 NFL Championship Game",
}

SPORTS = {
    "football": "Football", "baseball": "Baseball", "cricket": "Cricket",
    "australian_rules": "Australian Rules Football", "athletics": "Athletics",
    "american_football": "American Football", "rugby_union": "Rugby Union",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"stadium:{s}", kind="item", type="stadium", label=label, attrs={"year": year})
           for s, label, year in STADIUMS]
    for prefix, table in [("city", CITIES), ("team", TEAMS), ("architect", ARCHITECTS),
                          ("event", EVENTS), ("sport", SPORTS)]:
        out += [kgx.Entity(f"{prefix}:{k}", kind="attribute", type=prefix, label=v) for k, v in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    # stadium: (city, [teams], [architects], [events], [sports])
    "wembley": ("london", ["england"], ["foster", "populous"], ["euro_2020_final"], ["football"]),
    "camp_nou": ("barcelona", ["barcelona"], ["mitjans"], ["ucl_1999_final"], ["football"]),
    "bernabeu": ("madrid", ["real_madrid"], ["munoz_monasterio", "alemany"], ["wc_1982_final"], ["football"]),
    "maracana": ("rio", ["flamengo", "fluminense"], [], ["wc_2014_final"], ["football"]),
    "allianz_arena": ("munich", ["bayern"], ["herzog_de_meuron"], ["ucl_2012_final"], ["football"]),
    "san_siro": ("milan", ["ac_milan", "inter"], [], ["ucl_2016_final"], ["football"]),
    "azteca": ("mexico_city", ["club_america", "mexico"], ["ramirez_vazquez"],
               ["wc_1970_final", "wc_1986_final"], ["football"]),
    "old_trafford": ("manchester", ["man_united"], ["leitch"], ["ucl_2003_final"], ["football"]),
    "anfield": ("liverpool", ["liverpool"], [], [], ["football"]),
    "beijing_national": ("beijing", [], ["herzog_de_meuron"], ["olympics_2008"], ["athletics"]),
    "yankee_stadium": ("new_york", ["yankees"], ["populous"], ["world_series_2009"], ["baseball"]),
    "fenway_park": ("boston", ["red_sox"], ["mclaughlin"], ["world_series_2004"], ["baseball"]),
    "wrigley_field": ("chicago", ["cubs"], ["davis"], ["world_series_2016"], ["baseball"]),
    "mcg": ("melbourne", ["melbourne_fc", "richmond"], [], ["olympics_1956", "cwc_2015_final"],
            ["cricket", "australian_rules"]),
    "lords": ("london", ["middlesex", "mcc"], [], ["cwc_2019_final"], ["cricket"]),
    "olympiastadion_berlin": ("berlin", ["hertha"], ["march"], ["olympics_1936", "wc_2006_final"],
                              ["football", "athletics"]),
    "signal_iduna_park": ("dortmund", ["dortmund"], [], [], ["football"]),
    "stade_de_france": ("saint_denis", ["france"], [], ["wc_1998_final"], ["football", "rugby_union"]),
    "lambeau_field": ("green_bay", ["packers"], [], ["nfl_1967_championship"], ["american_football"]),
}

RATINGS = {
    "ana": [("camp_nou", 5.0), ("wembley", 4.5), ("fenway_park", 2.0), ("anfield", 4.0)],
    "ben": [("yankee_stadium", 4.5), ("wrigley_field", 5.0), ("lords", 1.5), ("san_siro", 3.0)],
    "chen": [("beijing_national", 5.0), ("allianz_arena", 4.0), ("old_trafford", 1.0), ("mcg", 3.5)],
    "dara": [("maracana", 4.5), ("azteca", 5.0), ("stade_de_france", 2.0), ("lambeau_field", 3.0)],
    "emil": [("olympiastadion_berlin", 4.0), ("signal_iduna_park", 5.0), ("bernabeu", 1.5), ("lords", 4.5)],
}


def rows():
    out = []
    for s, (city, teams, archs, events, sports) in FACTS.items():
        h = f"stadium:{s}"
        out.append((h, "located_in", f"city:{city}"))
        out += [(h, "home_of", f"team:{t}") for t in teams]
        out += [(h, "designed_by", f"architect:{a}") for a in archs]
        out += [(h, "hosted", f"event:{e}") for e in events]
        out += [(h, "used_for", f"sport:{sp}") for sp in sports]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"stadium:{s}", {"rating": r}) for s, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind75")
