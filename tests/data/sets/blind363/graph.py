"""A small celebrity chefs graph (blind363). Item year = the chef's birth year."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("chef",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("chef",), range=("city",)),
    kgx.Relation("founded", phrase="founded", inverse_phrase="was founded by",
                 domain=("chef",), range=("restaurant", "competition")),
    kgx.Relation("hosted", phrase="hosted", inverse_phrase="was hosted by",
                 domain=("chef",), range=("tv_show",)),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by",
                 domain=("chef",), range=("book",)),
    kgx.Relation("known_for", phrase="is known for", inverse_phrase="is associated with",
                 domain=("chef",), range=("cuisine",)),
    kgx.Relation("profession", phrase="works as", inverse_phrase="is the profession of",
                 domain=("chef",), range=("profession",)),
]

CHEFS = [
    ("gordon_ramsay", "Gordon Ramsay", 1966),
    ("jamie_oliver", "Jamie Oliver", 1975),
    ("julia_child", "Julia Child", 1912),
    ("anthony_bourdain", "Anthony Bourdain", 1956),
    ("nigella_lawson", "Nigella Lawson", 1960),
    ("marco_pierre_white", "Marco Pierre White", 1961),
    ("wolfgang_puck", "Wolfgang Puck", 1949),
    ("emeril_lagasse", "Emeril Lagasse", 1959),
    ("paul_bocuse", "Paul Bocuse", 1926),
    ("joel_robuchon", "Joël Robuchon", 1945),
    ("ferran_adria", "Ferran Adrià", 1962),
    ("heston_blumenthal", "Heston Blumenthal", 1966),
    ("massimo_bottura", "Massimo Bottura", 1962),
    ("rene_redzepi", "René Redzepi", 1977),
    ("bobby_flay", "Bobby Flay", 1964),
    ("ina_garten", "Ina Garten", 1948),
    ("nobu_matsuhisa", "Nobu Matsuhisa", 1949),
    ("guy_fieri", "Guy Fieri", 1968),
]

ATTRIBUTES = [
    # cities
    ("city:johnstone", "city", "Johnstone"),
    ("city:clavering", "city", "Clavering"),
    ("city:pasadena", "city", "Pasadena"),
    ("city:new_york_city", "city", "New York City"),
    ("city:london", "city", "London"),
    ("city:leeds", "city", "Leeds"),
    ("city:sankt_veit_an_der_glan", "city", "Sankt Veit an der Glan"),
    ("city:fall_river", "city", "Fall River"),
    ("city:collonges_au_mont_dor", "city", "Collonges-au-Mont-d'Or"),
    ("city:poitiers", "city", "Poitiers"),
    ("city:lhospitalet_de_llobregat", "city", "L'Hospitalet de Llobregat"),
    ("city:modena", "city", "Modena"),
    ("city:copenhagen", "city", "Copenhagen"),
    ("city:saitama", "city", "Saitama"),
    ("city:columbus_ohio", "city", "Columbus, Ohio"),
    # restaurants and a competition
    ("restaurant:restaurant_gordon_ramsay", "restaurant", "Restaurant Gordon Ramsay"),
    ("restaurant:fifteen", "restaurant", "Fifteen"),
    ("restaurant:harveys", "restaurant", "Harveys"),
    ("restaurant:spago", "restaurant", "Spago"),
    ("restaurant:chinois_on_main", "restaurant", "Chinois on Main"),
    ("restaurant:emerils", "restaurant", "Emeril's"),
    ("restaurant:latelier_de_joel_robuchon", "restaurant", "L'Atelier de Joël Robuchon"),
    ("restaurant:the_fat_duck", "restaurant", "The Fat Duck"),
    ("restaurant:osteria_francescana", "restaurant", "Osteria Francescana"),
    ("restaurant:noma", "restaurant", "Noma"),
    ("restaurant:mesa_grill", "restaurant", "Mesa Grill"),
    ("restaurant:nobu", "restaurant", "Nobu"),
    ("restaurant:johnny_garlics", "restaurant", "Johnny Garlic's"),
    ("competition:bocuse_dor", "competition", "Bocuse d'Or"),
    # television shows
    ("tv_show:hells_kitchen", "tv_show", "Hell's Kitchen"),
    ("tv_show:kitchen_nightmares", "tv_show", "Kitchen Nightmares"),
    ("tv_show:the_naked_chef", "tv_show", "The Naked Chef"),
    ("tv_show:the_french_chef", "tv_show", "The French Chef"),
    ("tv_show:parts_unknown", "tv_show", "Parts Unknown"),
    ("tv_show:no_reservations", "tv_show", "No Reservations"),
    ("tv_show:nigella_bites", "tv_show", "Nigella Bites"),
    ("tv_show:emeril_live", "tv_show", "Emeril Live"),
    ("tv_show:hestons_feasts", "tv_show", "Heston's Feasts"),
    ("tv_show:beat_bobby_flay", "tv_show", "Beat Bobby Flay"),
    ("tv_show:barefoot_contessa", "tv_show", "Barefoot Contessa"),
    ("tv_show:diners_drive_ins_and_dives", "tv_show", "Diners, Drive-Ins and Dives"),
    # books
    ("book:mastering_the_art_of_french_cooking", "book", "Mastering the Art of French Cooking"),
    ("book:kitchen_confidential", "book", "Kitchen Confidential"),
    ("book:how_to_eat", "book", "How to Eat"),
    ("book:how_to_be_a_domestic_goddess", "book", "How to Be a Domestic Goddess"),
    ("book:white_heat", "book", "White Heat"),
    ("book:jamies_30_minute_meals", "book", "Jamie's 30-Minute Meals"),
    ("book:the_big_fat_duck_cookbook", "book", "The Big Fat Duck Cookbook"),
    ("book:a_day_at_elbulli", "book", "A Day at elBulli"),
    ("book:noma_time_and_place", "book", "Noma: Time and Place in Nordic Cuisine"),
    ("book:never_trust_a_skinny_italian_chef", "book", "Never Trust a Skinny Italian Chef"),
    ("book:humble_pie", "book", "Humble Pie"),
    ("book:cooking_for_jeffrey", "book", "Cooking for Jeffrey"),
    # cuisines
    ("cuisine:french", "cuisine", "French cuisine"),
    ("cuisine:italian", "cuisine", "Italian cuisine"),
    ("cuisine:nouvelle_cuisine", "cuisine", "nouvelle cuisine"),
    ("cuisine:molecular_gastronomy", "cuisine", "molecular gastronomy"),
    ("cuisine:new_nordic", "cuisine", "New Nordic cuisine"),
    ("cuisine:fusion", "cuisine", "fusion cuisine"),
    ("cuisine:californian", "cuisine", "Californian cuisine"),
    ("cuisine:creole", "cuisine", "Creole cuisine"),
    ("cuisine:southwestern", "cuisine", "Southwestern cuisine"),
    # professions
    ("profession:restaurateur", "profession", "restaurateur"),
    ("profession:television_presenter", "profession", "television presenter"),
    ("profession:food_writer", "profession", "food writer"),
    ("profession:cookbook_author", "profession", "cookbook author"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = [
    # born_in
    ("gordon_ramsay", "born_in", "city:johnstone"),
    ("jamie_oliver", "born_in", "city:clavering"),
    ("julia_child", "born_in", "city:pasadena"),
    ("anthony_bourdain", "born_in", "city:new_york_city"),
    ("nigella_lawson", "born_in", "city:london"),
    ("marco_pierre_white", "born_in", "city:leeds"),
    ("wolfgang_puck", "born_in", "city:sankt_veit_an_der_glan"),
    ("emeril_lagasse", "born_in", "city:fall_river"),
    ("paul_bocuse", "born_in", "city:collonges_au_mont_dor"),
    ("joel_robuchon", "born_in", "city:poitiers"),
    ("ferran_adria", "born_in", "city:lhospitalet_de_llobregat"),
    ("heston_blumenthal", "born_in", "city:london"),
    ("massimo_bottura", "born_in", "city:modena"),
    ("rene_redzepi", "born_in", "city:copenhagen"),
    ("bobby_flay", "born_in", "city:new_york_city"),
    ("ina_garten", "born_in", "city:new_york_city"),
    ("nobu_matsuhisa", "born_in", "city:saitama"),
    ("guy_fieri", "born_in", "city:columbus_ohio"),
    # founded
    ("gordon_ramsay", "founded", "restaurant:restaurant_gordon_ramsay"),
    ("jamie_oliver", "founded", "restaurant:fifteen"),
    ("marco_pierre_white", "founded", "restaurant:harveys"),
    ("wolfgang_puck", "founded", "restaurant:spago"),
    ("wolfgang_puck", "founded", "restaurant:chinois_on_main"),
    ("emeril_lagasse", "founded", "restaurant:emerils"),
    ("paul_bocuse", "founded", "competition:bocuse_dor"),
    ("joel_robuchon", "founded", "restaurant:latelier_de_joel_robuchon"),
    ("heston_blumenthal", "founded", "restaurant:the_fat_duck"),
    ("massimo_bottura", "founded", "restaurant:osteria_francescana"),
    ("rene_redzepi", "founded", "restaurant:noma"),
    ("bobby_flay", "founded", "restaurant:mesa_grill"),
    ("nobu_matsuhisa", "founded", "restaurant:nobu"),
    ("guy_fieri", "founded", "restaurant:johnny_garlics"),
    # hosted
    ("gordon_ramsay", "hosted", "tv_show:hells_kitchen"),
    ("gordon_ramsay", "hosted", "tv_show:kitchen_nightmares"),
    ("jamie_oliver", "hosted", "tv_show:the_naked_chef"),
    ("julia_child", "hosted", "tv_show:the_french_chef"),
    ("anthony_bourdain", "hosted", "tv_show:parts_unknown"),
    ("anthony_bourdain", "hosted", "tv_show:no_reservations"),
    ("nigella_lawson", "hosted", "tv_show:nigella_bites"),
    ("emeril_lagasse", "hosted", "tv_show:emeril_live"),
    ("heston_blumenthal", "hosted", "tv_show:hestons_feasts"),
    ("bobby_flay", "hosted", "tv_show:beat_bobby_flay"),
    ("ina_garten", "hosted", "tv_show:barefoot_contessa"),
    ("guy_fieri", "hosted", "tv_show:diners_drive_ins_and_dives"),
    # wrote
    ("julia_child", "wrote", "book:mastering_the_art_of_french_cooking"),
    ("anthony_bourdain", "wrote", "book:kitchen_confidential"),
    ("nigella_lawson", "wrote", "book:how_to_eat"),
    ("nigella_lawson", "wrote", "book:how_to_be_a_domestic_goddess"),
    ("marco_pierre_white", "wrote", "book:white_heat"),
    ("jamie_oliver", "wrote", "book:jamies_30_minute_meals"),
    ("heston_blumenthal", "wrote", "book:the_big_fat_duck_cookbook"),
    ("ferran_adria", "wrote", "book:a_day_at_elbulli"),
    ("rene_redzepi", "wrote", "book:noma_time_and_place"),
    ("massimo_bottura", "wrote", "book:never_trust_a_skinny_italian_chef"),
    ("gordon_ramsay", "wrote", "book:humble_pie"),
    ("ina_garten", "wrote", "book:cooking_for_jeffrey"),
    # known_for
    ("paul_bocuse", "known_for", "cuisine:nouvelle_cuisine"),
    ("ferran_adria", "known_for", "cuisine:molecular_gastronomy"),
    ("heston_blumenthal", "known_for", "cuisine:molecular_gastronomy"),
    ("rene_redzepi", "known_for", "cuisine:new_nordic"),
    ("nobu_matsuhisa", "known_for", "cuisine:fusion"),
    ("wolfgang_puck", "known_for", "cuisine:fusion"),
    ("wolfgang_puck", "known_for", "cuisine:californian"),
    ("emeril_lagasse", "known_for", "cuisine:creole"),
    ("bobby_flay", "known_for", "cuisine:southwestern"),
    ("julia_child", "known_for", "cuisine:french"),
    ("joel_robuchon", "known_for", "cuisine:french"),
    ("marco_pierre_white", "known_for", "cuisine:french"),
    ("gordon_ramsay", "known_for", "cuisine:french"),
    ("massimo_bottura", "known_for", "cuisine:italian"),
    ("jamie_oliver", "known_for", "cuisine:italian"),
    # profession
    ("gordon_ramsay", "profession", "profession:restaurateur"),
    ("jamie_oliver", "profession", "profession:restaurateur"),
    ("wolfgang_puck", "profession", "profession:restaurateur"),
    ("nobu_matsuhisa", "profession", "profession:restaurateur"),
    ("guy_fieri", "profession", "profession:restaurateur"),
    ("emeril_lagasse", "profession", "profession:restaurateur"),
    ("gordon_ramsay", "profession", "profession:television_presenter"),
    ("jamie_oliver", "profession", "profession:television_presenter"),
    ("anthony_bourdain", "profession", "profession:television_presenter"),
    ("nigella_lawson", "profession", "profession:television_presenter"),
    ("guy_fieri", "profession", "profession:television_presenter"),
    ("bobby_flay", "profession", "profession:television_presenter"),
    ("nigella_lawson", "profession", "profession:food_writer"),
    ("anthony_bourdain", "profession", "profession:food_writer"),
    ("julia_child", "profession", "profession:cookbook_author"),
    ("ina_garten", "profession", "profession:cookbook_author"),
    ("nigella_lawson", "profession", "profession:cookbook_author"),
]

RATINGS = [
    ("ana", "gordon_ramsay", 5.0), ("ana", "julia_child", 4.5),
    ("ana", "paul_bocuse", 1.5), ("ana", "guy_fieri", 2.0),
    ("ben", "anthony_bourdain", 5.0), ("ben", "nigella_lawson", 4.0),
    ("ben", "jamie_oliver", 1.0), ("ben", "wolfgang_puck", 3.0),
    ("chen", "ferran_adria", 4.5), ("chen", "heston_blumenthal", 5.0),
    ("chen", "bobby_flay", 2.0), ("chen", "nobu_matsuhisa", 4.0),
    ("dara", "massimo_bottura", 5.0), ("dara", "rene_redzepi", 3.5),
    ("dara", "ina_garten", 1.5), ("dara", "marco_pierre_white", 4.5),
    ("emil", "emeril_lagasse", 2.5), ("emil", "joel_robuchon", 4.0),
    ("emil", "gordon_ramsay", 0.5), ("emil", "anthony_bourdain", 4.5),
]


def entities():
    out = [kgx.Entity(f"chef:{slug}", kind="item", type="chef", label=label, attrs={"year": year})
           for slug, label, year in CHEFS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = [(f"chef:{h}", r, t) for h, r, t in FACTS]
    out += [(f"user:{u}", "rated", f"chef:{c}", {"rating": r}) for u, c, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind363")
