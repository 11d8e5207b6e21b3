"""blind183: a small graph of real grand hotels (year = year the hotel opened)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("hotel",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("hotel",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("hotel",), range=("architect",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("hotel",), range=("person", "company")),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("hotel",), range=("company",)),
    kgx.Relation("has_style", phrase="is built in the architectural style", inverse_phrase="is the architectural style of", domain=("hotel",), range=("style",)),
    kgx.Relation("hotel_kind", phrase="is a", inverse_phrase="describes", domain=("hotel",), range=("category",)),
]

HOTELS = [
    ("hotel:the_ritz_london", "The Ritz London", 1906),
    ("hotel:hotel_ritz_paris", "Hôtel Ritz Paris", 1898),
    ("hotel:the_savoy", "The Savoy", 1889),
    ("hotel:waldorf_astoria_new_york", "Waldorf Astoria New York", 1931),
    ("hotel:the_plaza", "The Plaza Hotel", 1907),
    ("hotel:raffles_singapore", "Raffles Hotel", 1887),
    ("hotel:peninsula_hong_kong", "The Peninsula Hong Kong", 1928),
    ("hotel:hotel_del_coronado", "Hotel del Coronado", 1888),
    ("hotel:chateau_frontenac", "Château Frontenac", 1893),
    ("hotel:banff_springs", "Banff Springs Hotel", 1888),
    ("hotel:taj_mahal_palace", "The Taj Mahal Palace", 1903),
    ("hotel:hotel_adlon", "Hotel Adlon", 1907),
    ("hotel:hotel_sacher", "Hotel Sacher", 1876),
    ("hotel:grand_hotel_stockholm", "Grand Hôtel Stockholm", 1874),
    ("hotel:hotel_negresco", "Hotel Negresco", 1913),
    ("hotel:copacabana_palace", "Copacabana Palace", 1923),
    ("hotel:hotel_de_paris_monte_carlo", "Hôtel de Paris Monte-Carlo", 1864),
]

ATTRIBUTES = [
    # cities
    ("city:london", "city", "London"),
    ("city:paris", "city", "Paris"),
    ("city:new_york_city", "city", "New York City"),
    ("city:singapore", "city", "Singapore"),
    ("city:hong_kong", "city", "Hong Kong"),
    ("city:coronado", "city", "Coronado"),
    ("city:quebec_city", "city", "Quebec City"),
    ("city:banff", "city", "Banff"),
    ("city:mumbai", "city", "Mumbai"),
    ("city:berlin", "city", "Berlin"),
    ("city:vienna", "city", "Vienna"),
    ("city:stockholm", "city", "Stockholm"),
    ("city:nice", "city", "Nice"),
    ("city:rio_de_janeiro", "city", "Rio de Janeiro"),
    ("city:monte_carlo", "city", "Monte Carlo"),
    # architects
    ("architect:charles_mewes", "architect", "Charles Mewès"),
    ("architect:arthur_davis", "architect", "Arthur Davis"),
    ("architect:thomas_collcutt", "architect", "Thomas Edward Collcutt"),
    ("architect:schultze_and_weaver", "architect", "Schultze and Weaver"),
    ("architect:henry_hardenbergh", "architect", "Henry Janeway Hardenbergh"),
    ("architect:regent_bidwell", "architect", "Regent Alfred John Bidwell"),
    ("architect:reid_brothers", "architect", "Reid Brothers"),
    ("architect:bruce_price", "architect", "Bruce Price"),
    ("architect:sitaram_vaidya", "architect", "Sitaram Khanderao Vaidya"),
    ("architect:axel_kumlien", "architect", "Axel Kumlien"),
    ("architect:edouard_niermans", "architect", "Édouard-Jean Niermans"),
    ("architect:joseph_gire", "architect", "Joseph Gire"),
    # founders
    ("person:cesar_ritz", "person", "César Ritz"),
    ("person:richard_doyly_carte", "person", "Richard D'Oyly Carte"),
    ("person:sarkies_brothers", "person", "Sarkies Brothers"),
    ("person:elisha_babcock", "person", "Elisha Babcock"),
    ("person:hampton_story", "person", "Hampton L. Story"),
    ("person:jamsetji_tata", "person", "Jamsetji Tata"),
    ("person:lorenz_adlon", "person", "Lorenz Adlon"),
    ("person:eduard_sacher", "person", "Eduard Sacher"),
    ("person:regis_cadier", "person", "Régis Cadier"),
    ("person:henri_negresco", "person", "Henri Negresco"),
    ("person:octavio_guinle", "person", "Octávio Guinle"),
    ("company:canadian_pacific_railway", "company", "Canadian Pacific Railway"),
    ("company:societe_des_bains_de_mer", "company", "Société des Bains de Mer"),
    # operators
    ("company:fairmont", "company", "Fairmont"),
    ("company:hilton", "company", "Hilton"),
    ("company:raffles_hotels_and_resorts", "company", "Raffles Hotels & Resorts"),
    ("company:the_peninsula_hotels", "company", "The Peninsula Hotels"),
    ("company:taj_hotels", "company", "Taj Hotels"),
    ("company:kempinski", "company", "Kempinski"),
    ("company:belmond", "company", "Belmond"),
    # styles
    ("style:louis_xvi", "style", "Louis XVI"),
    ("style:art_deco", "style", "Art Deco"),
    ("style:chateauesque", "style", "Châteauesque"),
    ("style:queen_anne", "style", "Queen Anne"),
    ("style:scottish_baronial", "style", "Scottish Baronial"),
    ("style:indo_saracenic", "style", "Indo-Saracenic"),
    # kinds of hotel
    ("category:railway_hotel", "category", "railway hotel"),
    ("category:seaside_hotel", "category", "seaside hotel"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="hotel", label=name, attrs={"year": y}) for i, name, y in HOTELS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=name) for i, t, name in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    # The Ritz London
    ("hotel:the_ritz_london", "located_in", "city:london"),
    ("hotel:the_ritz_london", "designed_by", "architect:charles_mewes"),
    ("hotel:the_ritz_london", "designed_by", "architect:arthur_davis"),
    ("hotel:the_ritz_london", "founded_by", "person:cesar_ritz"),
    ("hotel:the_ritz_london", "has_style", "style:louis_xvi"),
    # Hôtel Ritz Paris
    ("hotel:hotel_ritz_paris", "located_in", "city:paris"),
    ("hotel:hotel_ritz_paris", "designed_by", "architect:charles_mewes"),
    ("hotel:hotel_ritz_paris", "founded_by", "person:cesar_ritz"),
    # The Savoy
    ("hotel:the_savoy", "located_in", "city:london"),
    ("hotel:the_savoy", "designed_by", "architect:thomas_collcutt"),
    ("hotel:the_savoy", "founded_by", "person:richard_doyly_carte"),
    ("hotel:the_savoy", "managed_by", "company:fairmont"),
    # Waldorf Astoria New York
    ("hotel:waldorf_astoria_new_york", "located_in", "city:new_york_city"),
    ("hotel:waldorf_astoria_new_york", "designed_by", "architect:schultze_and_weaver"),
    ("hotel:waldorf_astoria_new_york", "managed_by", "company:hilton"),
    ("hotel:waldorf_astoria_new_york", "has_style", "style:art_deco"),
    # The Plaza Hotel
    ("hotel:the_plaza", "located_in", "city:new_york_city"),
    ("hotel:the_plaza", "designed_by", "architect:henry_hardenbergh"),
    ("hotel:the_plaza", "has_style", "style:chateauesque"),
    # Raffles Hotel
    ("hotel:raffles_singapore", "located_in", "city:singapore"),
    ("hotel:raffles_singapore", "designed_by", "architect:regent_bidwell"),
    ("hotel:raffles_singapore", "founded_by", "person:sarkies_brothers"),
    ("hotel:raffles_singapore", "managed_by", "company:raffles_hotels_and_resorts"),
    # The Peninsula Hong Kong
    ("hotel:peninsula_hong_kong", "located_in", "city:hong_kong"),
    ("hotel:peninsula_hong_kong", "managed_by", "company:the_peninsula_hotels"),
    # Hotel del Coronado
    ("hotel:hotel_del_coronado", "located_in", "city:coronado"),
    ("hotel:hotel_del_coronado", "designed_by", "architect:reid_brothers"),
    ("hotel:hotel_del_coronado", "founded_by", "person:elisha_babcock"),
    ("hotel:hotel_del_coronado", "founded_by", "person:hampton_story"),
    ("hotel:hotel_del_coronado", "managed_by", "company:hilton"),
    ("hotel:hotel_del_coronado", "has_style", "style:queen_anne"),
    ("hotel:hotel_del_coronado", "hotel_kind", "category:seaside_hotel"),
    # Château Frontenac
    ("hotel:chateau_frontenac", "located_in", "city:quebec_city"),
    ("hotel:chateau_frontenac", "designed_by", "architect:bruce_price"),
    ("hotel:chateau_frontenac", "founded_by", "company:canadian_pacific_railway"),
    ("hotel:chateau_frontenac", "managed_by", "company:fairmont"),
    ("hotel:chateau_frontenac", "has_style", "style:chateauesque"),
    ("hotel:chateau_frontenac", "hotel_kind", "category:railway_hotel"),
    # Banff Springs Hotel
    ("hotel:banff_springs", "located_in", "city:banff"),
    ("hotel:banff_springs", "designed_by", "architect:bruce_price"),
    ("hotel:banff_springs", "founded_by", "company:canadian_pacific_railway"),
    ("hotel:banff_springs", "managed_by", "company:fairmont"),
    ("hotel:banff_springs", "has_style", "style:scottish_baronial"),
    ("hotel:banff_springs", "hotel_kind", "category:railway_hotel"),
    # The Taj Mahal Palace
    ("hotel:taj_mahal_palace", "located_in", "city:mumbai"),
    ("hotel:taj_mahal_palace", "designed_by", "architect:sitaram_vaidya"),
    ("hotel:taj_mahal_palace", "founded_by", "person:jamsetji_tata"),
    ("hotel:taj_mahal_palace", "managed_by", "company:taj_hotels"),
    ("hotel:taj_mahal_palace", "has_style", "style:indo_saracenic"),
    # Hotel Adlon
    ("hotel:hotel_adlon", "located_in", "city:berlin"),
    ("hotel:hotel_adlon", "founded_by", "person:lorenz_adlon"),
    ("hotel:hotel_adlon", "managed_by", "company:kempinski"),
    # Hotel Sacher
    ("hotel:hotel_sacher", "located_in", "city:vienna"),
    ("hotel:hotel_sacher", "founded_by", "person:eduard_sacher"),
    # Grand Hôtel Stockholm
    ("hotel:grand_hotel_stockholm", "located_in", "city:stockholm"),
    ("hotel:grand_hotel_stockholm", "designed_by", "architect:axel_kumlien"),
    ("hotel:grand_hotel_stockholm", "founded_by", "person:regis_cadier"),
    # Hotel Negresco
    ("hotel:hotel_negresco", "located_in", "city:nice"),
    ("hotel:hotel_negresco", "designed_by", "architect:edouard_niermans"),
    ("hotel:hotel_negresco", "founded_by", "person:henri_negresco"),
    ("hotel:hotel_negresco", "hotel_kind", "category:seaside_hotel"),
    # Copacabana Palace
    ("hotel:copacabana_palace", "located_in", "city:rio_de_janeiro"),
    ("hotel:copacabana_palace", "designed_by", "architect:joseph_gire"),
    ("hotel:copacabana_palace", "founded_by", "person:octavio_guinle"),
    ("hotel:copacabana_palace", "managed_by", "company:belmond"),
    ("hotel:copacabana_palace", "hotel_kind", "category:seaside_hotel"),
    # Hôtel de Paris Monte-Carlo
    ("hotel:hotel_de_paris_monte_carlo", "located_in", "city:monte_carlo"),
    ("hotel:hotel_de_paris_monte_carlo", "founded_by", "company:societe_des_bains_de_mer"),
    ("hotel:hotel_de_paris_monte_carlo", "managed_by", "company:societe_des_bains_de_mer"),
]

RATINGS = [
    ("user:ana", "hotel:the_ritz_london", 5.0),
    ("user:ana", "hotel:the_savoy", 4.5),
    ("user:ana", "hotel:hotel_sacher", 2.0),
    ("user:ana", "hotel:raffles_singapore", 4.0),
    ("user:ben", "hotel:banff_springs", 5.0),
    ("user:ben", "hotel:chateau_frontenac", 4.0),
    ("user:ben", "hotel:waldorf_astoria_new_york", 1.5),
    ("user:ben", "hotel:the_plaza", 3.0),
    ("user:chen", "hotel:peninsula_hong_kong", 4.5),
    ("user:chen", "hotel:taj_mahal_palace", 5.0),
    ("user:chen", "hotel:raffles_singapore", 3.5),
    ("user:chen", "hotel:copacabana_palace", 2.0),
    ("user:dara", "hotel:hotel_del_coronado", 4.0),
    ("user:dara", "hotel:hotel_negresco", 1.0),
    ("user:dara", "hotel:hotel_de_paris_monte_carlo", 3.5),
    ("user:dara", "hotel:hotel_ritz_paris", 5.0),
    ("user:emil", "hotel:hotel_adlon", 4.5),
    ("user:emil", "hotel:grand_hotel_stockholm", 2.5),
    ("user:emil", "hotel:the_plaza", 5.0),
    ("user:emil", "hotel:the_savoy", 1.0),
]


def rows():
    out = list(FACTS)
    out += [(u, "rated", h, {"rating": r}) for u, h, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind183")
