"""A small cheese graph: traditional European cheeses with their countries, regions,
milk animals, styles, textures, makers and the year each was first recorded."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("cheese",)),
    kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home of", domain=("cheese",), range=("country",)),
    kgx.Relation("from_region", phrase="is made in", inverse_phrase="is the home region of", domain=("cheese",), range=("region",)),
    kgx.Relation("region_of", phrase="is a region of", inverse_phrase="contains", domain=("region",), range=("country",)),
    kgx.Relation("milk_of", phrase="is made from the milk of", inverse_phrase="gives the milk for", domain=("cheese",), range=("animal",)),
    kgx.Relation("has_style", phrase="is a", inverse_phrase="is the style of", domain=("cheese",), range=("style",)),
    kgx.Relation("has_texture", phrase="has the texture", inverse_phrase="is the texture of", domain=("cheese",), range=("texture",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("cheese",), range=("maker",)),
]

_CHEESES = [
    ("roquefort", "Roquefort", 1070),
    ("camembert_de_normandie", "Camembert de Normandie", 1791),
    ("brie_de_meaux", "Brie de Meaux", 1217),
    ("comte", "Comté", 1264),
    ("crottin_de_chavignol", "Crottin de Chavignol", 1829),
    ("parmigiano_reggiano", "Parmigiano Reggiano", 1254),
    ("gorgonzola", "Gorgonzola", 879),
    ("fontina", "Fontina", 1477),
    ("manchego", "Manchego", 1605),
    ("stilton", "Stilton", 1722),
    ("cheddar", "Cheddar", 1170),
    ("wensleydale", "Wensleydale", 1150),
    ("gouda", "Gouda", 1184),
    ("emmental", "Emmental", 1542),
    ("gruyere", "Gruyère", 1115),
    ("halloumi", "Halloumi", 1554),
]

_ATTRS = {
    "country": [("france", "France"), ("italy", "Italy"), ("spain", "Spain"), ("england", "England"),
                ("netherlands", "the Netherlands"), ("switzerland", "Switzerland"), ("cyprus", "Cyprus")],
    "region": [("occitania", "Occitania"), ("normandy", "Normandy"), ("ile_de_france", "Île-de-France"),
               ("franche_comte", "Franche-Comté"), ("centre_val_de_loire", "Centre-Val de Loire"),
               ("emilia_romagna", "Emilia-Romagna"), ("lombardy", "Lombardy"), ("aosta_valley", "Aosta Valley"),
               ("castilla_la_mancha", "Castilla-La Mancha"), ("east_midlands", "East Midlands"),
               ("somerset", "Somerset"), ("north_yorkshire", "North Yorkshire"), ("south_holland", "South Holland"),
               ("bern", "Bern"), ("fribourg", "Fribourg")],
    "animal": [("cow", "cow"), ("sheep", "sheep"), ("goat", "goat")],
    "style": [("blue_cheese", "blue cheese"), ("bloomy_rind_cheese", "bloomy-rind cheese"),
              ("alpine_cheese", "alpine cheese"), ("grana", "grana"), ("brined_cheese", "brined cheese")],
    "texture": [("soft", "soft"), ("semi_soft", "semi-soft"), ("semi_hard", "semi-hard"), ("hard", "hard"),
                ("crumbly", "crumbly")],
    "maker": [("societe", "Société"), ("papillon", "Papillon"), ("fromagerie_gillot", "Fromagerie Gillot"),
              ("colston_bassett_dairy", "Colston Bassett Dairy"), ("montgomerys", "Montgomery's"),
              ("wensleydale_creamery", "Wensleydale Creamery")],
}

_USERS = ["ana", "ben", "chloe", "dev", "eli"]


def entities():
    out = [kgx.Entity(f"cheese:{cid}", kind="item", type="cheese", label=label, attrs={"year": year})
           for cid, label, year in _CHEESES]
    for typ, pairs in _ATTRS.items():
        out += [kgx.Entity(f"{typ}:{aid}", kind="attribute", type=typ, label=label) for aid, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


# cheese: (country, region, animals, style or None, texture, makers)
_FACTS = {
    "roquefort": ("france", "occitania", ["sheep"], "blue_cheese", "semi_soft", ["societe", "papillon"]),
    "camembert_de_normandie": ("france", "normandy", ["cow"], "bloomy_rind_cheese", "soft", ["fromagerie_gillot"]),
    "brie_de_meaux": ("france", "ile_de_france", ["cow"], "bloomy_rind_cheese", "soft", []),
    "comte": ("france", "franche_comte", ["cow"], "alpine_cheese", "hard", []),
    "crottin_de_chavignol": ("france", "centre_val_de_loire", ["goat"], None, "soft", []),
    "parmigiano_reggiano": ("italy", "emilia_romagna", ["cow"], "grana", "hard", []),
    "gorgonzola": ("italy", "lombardy", ["cow"], "blue_cheese", "semi_soft", []),
    "fontina": ("italy", "aosta_valley", ["cow"], "alpine_cheese", "semi_soft", []),
    "manchego": ("spain", "castilla_la_mancha", ["sheep"], None, "semi_hard", []),
    "stilton": ("england", "east_midlands", ["cow"], "blue_cheese", "crumbly", ["colston_bassett_dairy"]),
    "cheddar": ("england", "somerset", ["cow"], None, "hard", ["montgomerys"]),
    "wensleydale": ("england", "north_yorkshire", ["cow"], None, "crumbly", ["wensleydale_creamery"]),
    "gouda": ("netherlands", "south_holland", ["cow"], None, "semi_hard", []),
    "emmental": ("switzerland", "bern", ["cow"], "alpine_cheese", "hard", []),
    "gruyere": ("switzerland", "fribourg", ["cow"], "alpine_cheese", "hard", []),
    "halloumi": ("cyprus", None, ["sheep", "goat"], "brined_cheese", "semi_hard", []),
}

_REGION_COUNTRY = {
    "occitania": "france", "normandy": "france", "ile_de_france": "france", "franche_comte": "france",
    "centre_val_de_loire": "france", "emilia_romagna": "italy", "lombardy": "italy", "aosta_valley": "italy",
    "castilla_la_mancha": "spain", "east_midlands": "england", "somerset": "england",
    "north_yorkshire": "england", "south_holland": "netherlands", "bern": "switzerland", "fribourg": "switzerland",
}

_RATINGS = [
    ("ana", "roquefort", 5.0), ("ana", "comte", 4.5), ("ana", "gouda", 2.5), ("ana", "halloumi", 4.0),
    ("ben", "cheddar", 4.5), ("ben", "stilton", 3.0), ("ben", "parmigiano_reggiano", 5.0), ("ben", "manchego", 2.0),
    ("chloe", "brie_de_meaux", 4.0), ("chloe", "camembert_de_normandie", 3.5), ("chloe", "crottin_de_chavignol", 5.0),
    ("chloe", "emmental", 1.5),
    ("dev", "gorgonzola", 4.5), ("dev", "fontina", 3.0), ("dev", "gruyere", 4.0), ("dev", "wensleydale", 2.0),
    ("eli", "manchego", 4.5), ("eli", "halloumi", 3.5), ("eli", "stilton", 5.0), ("eli", "cheddar", 1.0),
]


def rows():
    out = []
    for cid, (country, region, animals, style, texture, makers) in _FACTS.items():
        c = f"cheese:{cid}"
        out.append((c, "from_country", f"country:{country}"))
        if region:
            out.append((c, "from_region", f"region:{region}"))
        for a in animals:
            out.append((c, "milk_of", f"animal:{a}"))
        if style:
            out.append((c, "has_style", f"style:{style}"))
        out.append((c, "has_texture", f"texture:{texture}"))
        for m in makers:
            out.append((c, "made_by", f"maker:{m}"))
    for region, country in _REGION_COUNTRY.items():
        out.append((f"region:{region}", "region_of", f"country:{country}"))
    for u, cid, r in _RATINGS:
        out.append((f"user:{u}", "rated", f"cheese:{cid}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind73")
