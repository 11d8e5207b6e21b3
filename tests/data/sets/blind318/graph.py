"""A small graph of road racing cyclists (blind318).

Items are cyclists; their `year` is the year of birth. Attributes are birthplaces,
countries of nationality, races won, professional teams and rider types.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("cyclist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("cyclist",), range=("city", "town")),
    kgx.Relation("nationality", phrase="is a rider from", inverse_phrase="is the home country of",
                 domain=("cyclist",), range=("country",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by",
                 domain=("cyclist",), range=("race",)),
    kgx.Relation("rode_for", phrase="rode for", inverse_phrase="had on its roster",
                 domain=("cyclist",), range=("team",)),
    kgx.Relation("rider_type", phrase="is known as a", inverse_phrase="is the specialty of",
                 domain=("cyclist",), range=("rider_type",)),
]

# slug, label, birth year, (birthplace id, birthplace type, birthplace label), country,
# races won, teams, rider types
CYCLISTS = [
    ("eddy_merckx", "Eddy Merckx", 1945, ("meensel_kiezegem", "town", "Meensel-Kiezegem"), "belgium",
     ["tour_de_france", "giro_d_italia", "vuelta_a_espana", "milan_san_remo", "tour_of_flanders",
      "paris_roubaix", "liege_bastogne_liege"], ["faema", "molteni"], ["all_rounder"]),
    ("bernard_hinault", "Bernard Hinault", 1954, ("yffiniac", "town", "Yffiniac"), "france",
     ["tour_de_france", "giro_d_italia", "vuelta_a_espana", "paris_roubaix", "liege_bastogne_liege"],
     ["renault_elf", "la_vie_claire"], ["all_rounder"]),
    ("miguel_indurain", "Miguel Induráin", 1964, ("villava", "town", "Villava"), "spain",
     ["tour_de_france", "giro_d_italia"], ["banesto"], ["time_trialist"]),
    ("fausto_coppi", "Fausto Coppi", 1919, ("castellania", "town", "Castellania"), "italy",
     ["tour_de_france", "giro_d_italia", "milan_san_remo", "paris_roubaix"], ["bianchi"], ["all_rounder"]),
    ("jacques_anquetil", "Jacques Anquetil", 1934, ("mont_saint_aignan", "town", "Mont-Saint-Aignan"), "france",
     ["tour_de_france", "giro_d_italia", "vuelta_a_espana", "liege_bastogne_liege"], ["saint_raphael"],
     ["time_trialist"]),
    ("greg_lemond", "Greg LeMond", 1961, ("lakewood", "city", "Lakewood"), "united_states",
     ["tour_de_france"], ["renault_elf", "la_vie_claire"], ["grand_tour_specialist"]),
    ("chris_froome", "Chris Froome", 1985, ("nairobi", "city", "Nairobi"), "united_kingdom",
     ["tour_de_france", "giro_d_italia", "vuelta_a_espana"], ["team_sky"], ["grand_tour_specialist", "climber"]),
    ("bradley_wiggins", "Bradley Wiggins", 1980, ("ghent", "city", "Ghent"), "united_kingdom",
     ["tour_de_france"], ["team_sky"], ["time_trialist"]),
    ("mark_cavendish", "Mark Cavendish", 1985, ("douglas", "town", "Douglas"), "united_kingdom",
     ["milan_san_remo"], ["team_sky", "quick_step", "astana"], ["sprinter"]),
    ("peter_sagan", "Peter Sagan", 1990, ("zilina", "city", "Žilina"), "slovakia",
     ["tour_of_flanders", "paris_roubaix"], ["liquigas", "bora_hansgrohe"], ["sprinter", "classics_specialist"]),
    ("tadej_pogacar", "Tadej Pogačar", 1998, ("komenda", "town", "Komenda"), "slovenia",
     ["tour_de_france", "giro_d_italia", "tour_of_flanders", "liege_bastogne_liege"], ["uae_team_emirates"],
     ["all_rounder"]),
    ("jonas_vingegaard", "Jonas Vingegaard", 1996, ("hillerslev", "town", "Hillerslev"), "denmark",
     ["tour_de_france"], ["jumbo_visma"], ["climber"]),
    ("mathieu_van_der_poel", "Mathieu van der Poel", 1995, ("kapellen", "town", "Kapellen"), "netherlands",
     ["tour_of_flanders", "paris_roubaix", "milan_san_remo"], ["alpecin_deceuninck"], ["classics_specialist"]),
    ("wout_van_aert", "Wout van Aert", 1994, ("herentals", "town", "Herentals"), "belgium",
     ["milan_san_remo"], ["jumbo_visma"], ["classics_specialist"]),
    ("alberto_contador", "Alberto Contador", 1982, ("pinto", "town", "Pinto"), "spain",
     ["tour_de_france", "giro_d_italia", "vuelta_a_espana"], ["astana", "trek_segafredo"], ["climber"]),
    ("vincenzo_nibali", "Vincenzo Nibali", 1984, ("messina", "city", "Messina"), "italy",
     ["tour_de_france", "giro_d_italia", "vuelta_a_espana", "milan_san_remo"],
     ["liquigas", "astana", "trek_segafredo"], ["grand_tour_specialist"]),
    ("fabian_cancellara", "Fabian Cancellara", 1981, ("wohlen_bei_bern", "town", "Wohlen bei Bern"), "switzerland",
     ["tour_of_flanders", "paris_roubaix", "milan_san_remo"], ["trek_segafredo"],
     ["time_trialist", "classics_specialist"]),
    ("tom_boonen", "Tom Boonen", 1980, ("mol", "town", "Mol"), "belgium",
     ["tour_of_flanders", "paris_roubaix"], ["quick_step"], ["classics_specialist"]),
]

COUNTRIES = {
    "belgium": "Belgium", "france": "France", "spain": "Spain", "italy": "Italy",
    "united_states": "United States", "united_kingdom": "United Kingdom", "slovakia": "Slovakia",
    "slovenia": "Slovenia", "denmark": "Denmark", "netherlands": "Netherlands", "switzerland": "Switzerland",
}
RACES = {
    "tour_de_france": "Tour de France", "giro_d_italia": "Giro d'Italia", "vuelta_a_espana": "Vuelta a España",
    "milan_san_remo": "Milan–San Remo", "tour_of_flanders": "Tour of Flanders", "paris_roubaix": "Paris–Roubaix",
    "liege_bastogne_liege": "Liège–Bastogne–Liège",
}
TEAMS = {
    "faema": "Faema", "molteni": "Molteni", "renault_elf": "Renault-Elf", "la_vie_claire": "La Vie Claire",
    "banesto": "Banesto", "bianchi": "Bianchi", "saint_raphael": "Saint-Raphaël", "team_sky": "Team Sky",
    "quick_step": "Quick-Step", "astana": "Astana", "liquigas": "Liquigas", "bora_hansgrohe": "Bora–Hansgrohe",
    "uae_team_emirates": "UAE Team Emirates", "jumbo_visma": "Jumbo–Visma",
    "alpecin_deceuninck": "Alpecin–Deceuninck", "trek_segafredo": "Trek–Segafredo",
}
RIDER_TYPES = {
    "all_rounder": "All-rounder", "time_trialist": "Time trialist", "climber": "Climber",
    "sprinter": "Sprinter", "classics_specialist": "Classics specialist",
    "grand_tour_specialist": "Grand tour specialist",
}

RATINGS = [
    ("ana", "eddy_merckx", 5.0), ("ana", "tadej_pogacar", 4.5), ("ana", "mark_cavendish", 2.0),
    ("ana", "chris_froome", 3.0),
    ("ben", "bernard_hinault", 4.0), ("ben", "mathieu_van_der_poel", 5.0), ("ben", "bradley_wiggins", 1.5),
    ("ben", "tom_boonen", 4.5),
    ("chen", "fausto_coppi", 4.5), ("chen", "jacques_anquetil", 3.5), ("chen", "miguel_indurain", 4.0),
    ("chen", "peter_sagan", 1.0),
    ("dara", "jonas_vingegaard", 5.0), ("dara", "alberto_contador", 4.0), ("dara", "vincenzo_nibali", 2.0),
    ("dara", "greg_lemond", 3.5),
    ("emil", "fabian_cancellara", 4.5), ("emil", "wout_van_aert", 5.0), ("emil", "eddy_merckx", 4.0),
    ("emil", "chris_froome", 1.5),
]


def entities():
    out = []
    places = {}
    for slug, label, year, (pslug, ptype, plabel), *_ in CYCLISTS:
        out.append(kgx.Entity(f"cyclist:{slug}", kind="item", type="cyclist", label=label, attrs={"year": year}))
        places[f"{ptype}:{pslug}"] = (ptype, plabel)
    for pid, (ptype, plabel) in places.items():
        out.append(kgx.Entity(pid, kind="attribute", type=ptype, label=plabel))
    for prefix, table in (("country", COUNTRIES), ("race", RACES), ("team", TEAMS), ("rider_type", RIDER_TYPES)):
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for name in ("ana", "ben", "chen", "dara", "emil"):
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, _label, _year, (pslug, ptype, _plabel), country, races, teams, types in CYCLISTS:
        cid = f"cyclist:{slug}"
        out.append((cid, "born_in", f"{ptype}:{pslug}"))
        out.append((cid, "nationality", f"country:{country}"))
        out += [(cid, "won", f"race:{r}") for r in races]
        out += [(cid, "rode_for", f"team:{t}") for t in teams]
        out += [(cid, "rider_type", f"rider_type:{t}") for t in types]
    for user, slug, rating in RATINGS:
        out.append((f"user:{user}", "rated", f"cyclist:{slug}", {"rating": rating}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind318")
