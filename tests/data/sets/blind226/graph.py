"""blind226: a small graph of real wristwatch models."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("watch",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("watch",), range=("brand",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("watch",), range=("person",)),
    kgx.Relation("worn_by", phrase="was worn by", inverse_phrase="wore", domain=("watch",), range=("person",)),
    kgx.Relation("watch_style", phrase="is a", inverse_phrase="is the style of", domain=("watch",), range=("style",)),
    kgx.Relation("has_movement", phrase="runs on", inverse_phrase="drives", domain=("watch",), range=("movement",)),
    kgx.Relation("case_material", phrase="has a case of", inverse_phrase="is the case material of", domain=("watch",), range=("material",)),
]

WATCHES = [
    # slug, label, year, aliases
    ("rolex_submariner", "Rolex Submariner", 1953, ("Submariner",)),
    ("rolex_daytona", "Rolex Cosmograph Daytona", 1963, ("Rolex Daytona", "Daytona")),
    ("rolex_gmt_master", "Rolex GMT-Master", 1954, ("GMT-Master",)),
    ("omega_speedmaster", "Omega Speedmaster", 1957, ("Speedmaster",)),
    ("omega_seamaster_300m", "Omega Seamaster Diver 300M", 1993, ("Seamaster 300M", "Omega Seamaster 300M")),
    ("heuer_monaco", "Heuer Monaco", 1969, ("Monaco",)),
    ("heuer_carrera", "Heuer Carrera", 1963, ("Carrera",)),
    ("cartier_tank", "Cartier Tank", 1917, ("Tank",)),
    ("cartier_santos", "Cartier Santos", 1904, ("Santos",)),
    ("jlc_reverso", "Jaeger-LeCoultre Reverso", 1931, ("Reverso",)),
    ("ap_royal_oak", "Audemars Piguet Royal Oak", 1972, ("Royal Oak",)),
    ("patek_nautilus", "Patek Philippe Nautilus", 1976, ("Nautilus",)),
    ("iwc_ingenieur_sl", "IWC Ingenieur SL", 1976, ("Ingenieur SL", "Ingenieur")),
    ("blancpain_fifty_fathoms", "Blancpain Fifty Fathoms", 1953, ("Fifty Fathoms",)),
    ("hamilton_ventura", "Hamilton Ventura", 1957, ("Ventura",)),
    ("bulova_accutron", "Bulova Accutron", 1960, ("Accutron",)),
    ("seiko_astron", "Seiko Astron", 1969, ("Astron", "Seiko Quartz Astron")),
    ("casio_dw5000c", "Casio G-Shock DW-5000C", 1983, ("G-Shock", "DW-5000C")),
    ("casio_f91w", "Casio F-91W", 1989, ("F-91W",)),
    ("breitling_navitimer", "Breitling Navitimer", 1952, ("Navitimer",)),
]

BRANDS = [
    ("rolex", "Rolex"), ("omega", "Omega"), ("heuer", "Heuer"), ("cartier", "Cartier"),
    ("jaeger_lecoultre", "Jaeger-LeCoultre"), ("audemars_piguet", "Audemars Piguet"),
    ("patek_philippe", "Patek Philippe"), ("iwc", "IWC"), ("blancpain", "Blancpain"),
    ("hamilton", "Hamilton"), ("bulova", "Bulova"), ("seiko", "Seiko"), ("casio", "Casio"),
    ("breitling", "Breitling"),
]

PEOPLE = [
    ("sean_connery", "Sean Connery"), ("paul_newman", "Paul Newman"), ("buzz_aldrin", "Buzz Aldrin"),
    ("pierce_brosnan", "Pierce Brosnan"), ("steve_mcqueen", "Steve McQueen"), ("andy_warhol", "Andy Warhol"),
    ("alberto_santos_dumont", "Alberto Santos-Dumont"), ("elvis_presley", "Elvis Presley"),
    ("jack_heuer", "Jack Heuer"), ("louis_cartier", "Louis Cartier"),
    ("rene_alfred_chauvot", "René-Alfred Chauvot"), ("gerald_genta", "Gérald Genta"),
    ("jean_jacques_fiechter", "Jean-Jacques Fiechter"), ("richard_arbib", "Richard Arbib"),
    ("max_hetzel", "Max Hetzel"), ("kikuo_ibe", "Kikuo Ibe"),
]

STYLES = [
    ("dive_watch", "dive watch"), ("chronograph", "chronograph"), ("gmt_watch", "GMT watch"),
    ("dress_watch", "dress watch"), ("sports_watch", "sports watch"), ("digital_watch", "digital watch"),
    ("pilots_watch", "pilot's watch"),
]

MOVEMENTS = [
    ("automatic", "automatic movement"), ("manual_wind", "manual-wind movement"),
    ("quartz", "quartz movement"), ("electric", "electric movement"), ("tuning_fork", "tuning-fork movement"),
]

MATERIALS = [
    ("stainless_steel", "stainless steel"), ("gold", "gold"), ("resin", "resin"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in WATCHES:
        out.append(kgx.Entity(f"watch:{slug}", kind="item", type="watch", label=label,
                              aliases=aliases, attrs={"year": year}))
    for slug, label in BRANDS:
        out.append(kgx.Entity(f"brand:{slug}", kind="attribute", type="brand", label=label))
    for slug, label in PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in STYLES:
        out.append(kgx.Entity(f"style:{slug}", kind="attribute", type="style", label=label))
    for slug, label in MOVEMENTS:
        out.append(kgx.Entity(f"movement:{slug}", kind="attribute", type="movement", label=label))
    for slug, label in MATERIALS:
        out.append(kgx.Entity(f"material:{slug}", kind="attribute", type="material", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


FACTS = {
    # watch slug: {relation: [tail ids]}
    "rolex_submariner": {"made_by": ["brand:rolex"], "watch_style": ["style:dive_watch"],
                         "has_movement": ["movement:automatic"], "worn_by": ["person:sean_connery"],
                         "case_material": ["material:stainless_steel"]},
    "rolex_daytona": {"made_by": ["brand:rolex"], "watch_style": ["style:chronograph"],
                      "has_movement": ["movement:manual_wind"], "worn_by": ["person:paul_newman"],
                      "case_material": ["material:stainless_steel"]},
    "rolex_gmt_master": {"made_by": ["brand:rolex"], "watch_style": ["style:gmt_watch"],
                         "has_movement": ["movement:automatic"], "case_material": ["material:stainless_steel"]},
    "omega_speedmaster": {"made_by": ["brand:omega"], "watch_style": ["style:chronograph"],
                          "has_movement": ["movement:manual_wind"], "worn_by": ["person:buzz_aldrin"],
                          "case_material": ["material:stainless_steel"]},
    "omega_seamaster_300m": {"made_by": ["brand:omega"], "watch_style": ["style:dive_watch"],
                             "worn_by": ["person:pierce_brosnan"], "case_material": ["material:stainless_steel"]},
    "heuer_monaco": {"made_by": ["brand:heuer"], "watch_style": ["style:chronograph"],
                     "has_movement": ["movement:automatic"], "worn_by": ["person:steve_mcqueen"],
                     "case_material": ["material:stainless_steel"]},
    "heuer_carrera": {"made_by": ["brand:heuer"], "watch_style": ["style:chronograph"],
                      "has_movement": ["movement:manual_wind"], "designed_by": ["person:jack_heuer"],
                      "case_material": ["material:stainless_steel"]},
    "cartier_tank": {"made_by": ["brand:cartier"], "watch_style": ["style:dress_watch"],
                     "has_movement": ["movement:manual_wind"], "designed_by": ["person:louis_cartier"],
                     "worn_by": ["person:andy_warhol"], "case_material": ["material:gold"]},
    "cartier_santos": {"made_by": ["brand:cartier"], "designed_by": ["person:louis_cartier"],
                       "worn_by": ["person:alberto_santos_dumont"]},
    "jlc_reverso": {"made_by": ["brand:jaeger_lecoultre"], "watch_style": ["style:dress_watch"],
                    "has_movement": ["movement:manual_wind"], "designed_by": ["person:rene_alfred_chauvot"]},
    "ap_royal_oak": {"made_by": ["brand:audemars_piguet"], "watch_style": ["style:sports_watch"],
                     "has_movement": ["movement:automatic"], "designed_by": ["person:gerald_genta"],
                     "case_material": ["material:stainless_steel"]},
    "patek_nautilus": {"made_by": ["brand:patek_philippe"], "watch_style": ["style:sports_watch"],
                       "has_movement": ["movement:automatic"], "designed_by": ["person:gerald_genta"],
                       "case_material": ["material:stainless_steel"]},
    "iwc_ingenieur_sl": {"made_by": ["brand:iwc"], "watch_style": ["style:sports_watch"],
                         "has_movement": ["movement:automatic"], "designed_by": ["person:gerald_genta"],
                         "case_material": ["material:stainless_steel"]},
    "blancpain_fifty_fathoms": {"made_by": ["brand:blancpain"], "watch_style": ["style:dive_watch"],
                                "has_movement": ["movement:automatic"],
                                "designed_by": ["person:jean_jacques_fiechter"],
                                "case_material": ["material:stainless_steel"]},
    "hamilton_ventura": {"made_by": ["brand:hamilton"], "has_movement": ["movement:electric"],
                         "designed_by": ["person:richard_arbib"], "worn_by": ["person:elvis_presley"],
                         "case_material": ["material:gold"]},
    "bulova_accutron": {"made_by": ["brand:bulova"], "has_movement": ["movement:tuning_fork"],
                        "designed_by": ["person:max_hetzel"]},
    "seiko_astron": {"made_by": ["brand:seiko"], "has_movement": ["movement:quartz"],
                     "case_material": ["material:gold"]},
    "casio_dw5000c": {"made_by": ["brand:casio"], "watch_style": ["style:digital_watch"],
                      "has_movement": ["movement:quartz"], "designed_by": ["person:kikuo_ibe"],
                      "case_material": ["material:resin"]},
    "casio_f91w": {"made_by": ["brand:casio"], "watch_style": ["style:digital_watch"],
                   "has_movement": ["movement:quartz"], "case_material": ["material:resin"]},
    "breitling_navitimer": {"made_by": ["brand:breitling"], "watch_style": ["style:pilots_watch", "style:chronograph"],
                            "has_movement": ["movement:manual_wind"]},
}

RATINGS = {
    "ana": {"rolex_submariner": 5.0, "ap_royal_oak": 4.5, "casio_f91w": 2.0, "cartier_tank": 4.0},
    "ben": {"omega_speedmaster": 5.0, "heuer_monaco": 1.5, "casio_dw5000c": 4.0, "breitling_navitimer": 3.0},
    "chen": {"patek_nautilus": 4.5, "jlc_reverso": 2.0, "seiko_astron": 5.0, "hamilton_ventura": 1.0},
    "dara": {"rolex_daytona": 4.0, "blancpain_fifty_fathoms": 4.5, "bulova_accutron": 0.5, "heuer_carrera": 3.5},
    "emil": {"rolex_gmt_master": 2.5, "omega_seamaster_300m": 4.0, "cartier_santos": 5.0, "iwc_ingenieur_sl": 1.5},
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((f"watch:{slug}", rel, t))
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"watch:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind226")
