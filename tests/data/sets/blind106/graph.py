"""A small graph of real fashion houses (blind106)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("house",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("house",), range=("person",)),
    kgx.Relation("founded_in", phrase="was founded in", inverse_phrase="is the birthplace of",
                 domain=("house",), range=("city",)),
    kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                 domain=("house",), range=("city",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("house",), range=("group",)),
    kgx.Relation("creative_director_of", phrase="was creative director of",
                 inverse_phrase="had as creative director",
                 domain=("person",), range=("house",)),
    kgx.Relation("makes", phrase="makes", inverse_phrase="is made by",
                 domain=("house",), range=("product",)),
]

HOUSES = [
    ("chanel", "Chanel", 1910, ()),
    ("dior", "Dior", 1946, ("Christian Dior Couture",)),
    ("louis_vuitton", "Louis Vuitton", 1854, ()),
    ("hermes", "Hermès", 1837, ("Hermes",)),
    ("gucci", "Gucci", 1921, ()),
    ("prada", "Prada", 1913, ()),
    ("versace", "Versace", 1978, ()),
    ("givenchy", "Givenchy", 1952, ()),
    ("saint_laurent", "Saint Laurent", 1961, ("Yves Saint Laurent", "YSL")),
    ("balenciaga", "Balenciaga", 1917, ()),
    ("fendi", "Fendi", 1925, ()),
    ("valentino", "Valentino", 1960, ()),
    ("burberry", "Burberry", 1856, ()),
    ("armani", "Armani", 1975, ("Giorgio Armani S.p.A.",)),
    ("dolce_gabbana", "Dolce & Gabbana", 1985, ()),
    ("lanvin", "Lanvin", 1889, ()),
    ("alexander_mcqueen", "Alexander McQueen", 1992, ()),
    ("celine", "Celine", 1945, ("Céline",)),
]

PEOPLE = [
    ("coco_chanel", "Coco Chanel"), ("christian_dior", "Christian Dior"),
    ("thierry_hermes", "Thierry Hermès"), ("guccio_gucci", "Guccio Gucci"),
    ("mario_prada", "Mario Prada"), ("gianni_versace", "Gianni Versace"),
    ("hubert_de_givenchy", "Hubert de Givenchy"), ("yves_saint_laurent", "Yves Saint Laurent"),
    ("pierre_berge", "Pierre Bergé"), ("cristobal_balenciaga", "Cristóbal Balenciaga"),
    ("adele_fendi", "Adele Fendi"), ("edoardo_fendi", "Edoardo Fendi"),
    ("valentino_garavani", "Valentino Garavani"), ("giancarlo_giammetti", "Giancarlo Giammetti"),
    ("thomas_burberry", "Thomas Burberry"), ("giorgio_armani", "Giorgio Armani"),
    ("sergio_galeotti", "Sergio Galeotti"), ("domenico_dolce", "Domenico Dolce"),
    ("stefano_gabbana", "Stefano Gabbana"), ("jeanne_lanvin", "Jeanne Lanvin"),
    ("lee_alexander_mcqueen", "Lee Alexander McQueen"), ("celine_vipiana", "Céline Vipiana"),
    ("karl_lagerfeld", "Karl Lagerfeld"), ("john_galliano", "John Galliano"),
    ("maria_grazia_chiuri", "Maria Grazia Chiuri"), ("raf_simons", "Raf Simons"),
    ("marc_jacobs", "Marc Jacobs"), ("nicolas_ghesquiere", "Nicolas Ghesquière"),
    ("martin_margiela", "Martin Margiela"), ("jean_paul_gaultier", "Jean Paul Gaultier"),
    ("tom_ford", "Tom Ford"), ("alessandro_michele", "Alessandro Michele"),
    ("miuccia_prada", "Miuccia Prada"), ("donatella_versace", "Donatella Versace"),
    ("riccardo_tisci", "Riccardo Tisci"), ("hedi_slimane", "Hedi Slimane"),
    ("demna", "Demna"), ("pierpaolo_piccioli", "Pierpaolo Piccioli"),
    ("christopher_bailey", "Christopher Bailey"), ("alber_elbaz", "Alber Elbaz"),
    ("sarah_burton", "Sarah Burton"), ("phoebe_philo", "Phoebe Philo"),
]

CITIES = [
    ("paris", "Paris"), ("milan", "Milan"), ("rome", "Rome"), ("florence", "Florence"),
    ("london", "London"), ("san_sebastian", "San Sebastián"), ("basingstoke", "Basingstoke"),
]

GROUPS = [("lvmh", "LVMH"), ("kering", "Kering")]

PRODUCTS = [
    ("haute_couture", "Haute couture"), ("perfume", "Perfume"), ("luggage", "Luggage"),
    ("handbags", "Handbags"), ("leather_goods", "Leather goods"), ("silk_scarves", "Silk scarves"),
    ("ready_to_wear", "Ready-to-wear"), ("furs", "Furs"), ("trench_coats", "Trench coats"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in HOUSES:
        out.append(kgx.Entity(f"house:{slug}", kind="item", type="house", label=label,
                              aliases=aliases, attrs={"year": year}))
    for slug, label in PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in CITIES:
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in GROUPS:
        out.append(kgx.Entity(f"group:{slug}", kind="attribute", type="group", label=label))
    for slug, label in PRODUCTS:
        out.append(kgx.Entity(f"product:{slug}", kind="attribute", type="product", label=label))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


FOUNDED_BY = {
    "chanel": ["coco_chanel"], "dior": ["christian_dior"], "hermes": ["thierry_hermes"],
    "gucci": ["guccio_gucci"], "prada": ["mario_prada"], "versace": ["gianni_versace"],
    "givenchy": ["hubert_de_givenchy"], "saint_laurent": ["yves_saint_laurent", "pierre_berge"],
    "balenciaga": ["cristobal_balenciaga"], "fendi": ["adele_fendi", "edoardo_fendi"],
    "valentino": ["valentino_garavani", "giancarlo_giammetti"], "burberry": ["thomas_burberry"],
    "armani": ["giorgio_armani", "sergio_galeotti"],
    "dolce_gabbana": ["domenico_dolce", "stefano_gabbana"], "lanvin": ["jeanne_lanvin"],
    "alexander_mcqueen": ["lee_alexander_mcqueen"], "celine": ["celine_vipiana"],
}

FOUNDED_IN = {
    "chanel": "paris", "louis_vuitton": "paris", "hermes": "paris", "gucci": "florence",
    "prada": "milan", "balenciaga": "san_sebastian", "fendi": "rome", "burberry": "basingstoke",
}

HEADQUARTERED_IN = {
    "dior": "paris", "louis_vuitton": "paris", "hermes": "paris", "gucci": "florence",
    "prada": "milan", "versace": "milan", "givenchy": "paris", "saint_laurent": "paris",
    "balenciaga": "paris", "fendi": "rome", "valentino": "rome", "burberry": "london",
    "armani": "milan", "dolce_gabbana": "milan", "lanvin": "paris",
    "alexander_mcqueen": "london", "celine": "paris",
}

OWNED_BY = {
    "dior": "lvmh", "louis_vuitton": "lvmh", "givenchy": "lvmh", "fendi": "lvmh", "celine": "lvmh",
    "gucci": "kering", "saint_laurent": "kering", "balenciaga": "kering",
    "alexander_mcqueen": "kering",
}

CREATIVE_DIRECTOR_OF = {
    "karl_lagerfeld": ["chanel", "fendi"], "john_galliano": ["dior", "givenchy"],
    "maria_grazia_chiuri": ["dior", "valentino"], "raf_simons": ["dior", "prada"],
    "yves_saint_laurent": ["dior"], "marc_jacobs": ["louis_vuitton"],
    "nicolas_ghesquiere": ["louis_vuitton", "balenciaga"], "martin_margiela": ["hermes"],
    "jean_paul_gaultier": ["hermes"], "tom_ford": ["gucci", "saint_laurent"],
    "alessandro_michele": ["gucci", "valentino"], "miuccia_prada": ["prada"],
    "donatella_versace": ["versace"], "riccardo_tisci": ["givenchy", "burberry"],
    "lee_alexander_mcqueen": ["givenchy", "alexander_mcqueen"],
    "hedi_slimane": ["saint_laurent", "celine"], "demna": ["balenciaga"],
    "pierpaolo_piccioli": ["valentino"], "christopher_bailey": ["burberry"],
    "alber_elbaz": ["lanvin"], "sarah_burton": ["alexander_mcqueen"], "phoebe_philo": ["celine"],
}

MAKES = {
    "chanel": ["perfume", "haute_couture"], "dior": ["haute_couture", "perfume"],
    "louis_vuitton": ["luggage", "handbags"], "hermes": ["leather_goods", "silk_scarves"],
    "gucci": ["leather_goods"], "prada": ["handbags"], "versace": ["ready_to_wear"],
    "givenchy": ["haute_couture", "perfume"], "saint_laurent": ["ready_to_wear"],
    "balenciaga": ["haute_couture"], "fendi": ["furs", "handbags"],
    "valentino": ["haute_couture"], "burberry": ["trench_coats"], "armani": ["ready_to_wear"],
    "dolce_gabbana": ["ready_to_wear"], "lanvin": ["haute_couture", "perfume"],
    "alexander_mcqueen": ["ready_to_wear"], "celine": ["leather_goods"],
}

RATINGS = {
    "ana": [("chanel", 5.0), ("hermes", 4.5), ("versace", 1.5), ("burberry", 3.0)],
    "ben": [("gucci", 4.0), ("prada", 2.0), ("dior", 5.0), ("fendi", 3.5)],
    "chen": [("saint_laurent", 4.5), ("balenciaga", 1.0), ("valentino", 4.0), ("lanvin", 2.5)],
    "dara": [("louis_vuitton", 2.0), ("givenchy", 5.0), ("armani", 4.0), ("celine", 3.0)],
    "emil": [("alexander_mcqueen", 5.0), ("dolce_gabbana", 1.5), ("burberry", 4.5), ("gucci", 2.0)],
}


def rows():
    out = []
    for house, people in FOUNDED_BY.items():
        out += [(f"house:{house}", "founded_by", f"person:{p}") for p in people]
    for house, city in FOUNDED_IN.items():
        out.append((f"house:{house}", "founded_in", f"city:{city}"))
    for house, city in HEADQUARTERED_IN.items():
        out.append((f"house:{house}", "headquartered_in", f"city:{city}"))
    for house, group in OWNED_BY.items():
        out.append((f"house:{house}", "owned_by", f"group:{group}"))
    for person, houses in CREATIVE_DIRECTOR_OF.items():
        out += [(f"person:{person}", "creative_director_of", f"house:{h}") for h in houses]
    for house, products in MAKES.items():
        out += [(f"house:{house}", "makes", f"product:{p}") for p in products]
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"house:{h}", {"rating": r}) for h, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind106")
