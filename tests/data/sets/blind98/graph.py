"""A small airlines knowledge graph (blind98)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("airline",)),
    kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to the head office of",
                 domain=("airline",), range=("city",)),
    kgx.Relation("based_at", phrase="is based at", inverse_phrase="is a home base of",
                 domain=("airline",), range=("airport",)),
    kgx.Relation("member_of", phrase="is a member of", inverse_phrase="counts among its members",
                 domain=("airline",), range=("alliance",)),
    kgx.Relation("flag_carrier_of", phrase="is the flag carrier of", inverse_phrase="has as its flag carrier",
                 domain=("airline",), range=("country",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("airline",), range=("person",)),
    kgx.Relation("business_model", phrase="operates as a", inverse_phrase="is the business model of",
                 domain=("airline",), range=("carrier_type",)),
]

AIRLINES = [
    ("klm", "KLM", 1919),
    ("qantas", "Qantas", 1920),
    ("lufthansa", "Lufthansa", 1953),
    ("british_airways", "British Airways", 1974),
    ("air_france", "Air France", 1933),
    ("delta_air_lines", "Delta Air Lines", 1925),
    ("united_airlines", "United Airlines", 1926),
    ("southwest_airlines", "Southwest Airlines", 1967),
    ("ryanair", "Ryanair", 1984),
    ("easyjet", "easyJet", 1995),
    ("jetblue", "JetBlue", 1998),
    ("emirates", "Emirates", 1985),
    ("singapore_airlines", "Singapore Airlines", 1947),
    ("cathay_pacific", "Cathay Pacific", 1946),
    ("virgin_atlantic", "Virgin Atlantic", 1984),
    ("turkish_airlines", "Turkish Airlines", 1933),
    ("aer_lingus", "Aer Lingus", 1936),
    ("wizz_air", "Wizz Air", 2003),
]

ATTRIBUTES = [
    # cities
    ("city:amstelveen", "city", "Amstelveen"),
    ("city:sydney", "city", "Sydney"),
    ("city:cologne", "city", "Cologne"),
    ("city:london", "city", "London"),
    ("city:atlanta", "city", "Atlanta"),
    ("city:chicago", "city", "Chicago"),
    ("city:dallas", "city", "Dallas"),
    ("city:swords", "city", "Swords"),
    ("city:luton", "city", "Luton"),
    ("city:new_york_city", "city", "New York City"),
    ("city:dubai", "city", "Dubai"),
    ("city:hong_kong", "city", "Hong Kong"),
    ("city:crawley", "city", "Crawley"),
    ("city:istanbul", "city", "Istanbul"),
    ("city:budapest", "city", "Budapest"),
    # airports
    ("airport:schiphol", "airport", "Amsterdam Airport Schiphol"),
    ("airport:sydney", "airport", "Sydney Airport"),
    ("airport:melbourne", "airport", "Melbourne Airport"),
    ("airport:frankfurt", "airport", "Frankfurt Airport"),
    ("airport:munich", "airport", "Munich Airport"),
    ("airport:heathrow", "airport", "Heathrow Airport"),
    ("airport:charles_de_gaulle", "airport", "Charles de Gaulle Airport"),
    ("airport:atlanta", "airport", "Hartsfield-Jackson Atlanta International Airport"),
    ("airport:ohare", "airport", "O'Hare International Airport"),
    ("airport:dallas_love_field", "airport", "Dallas Love Field"),
    ("airport:dublin", "airport", "Dublin Airport"),
    ("airport:stansted", "airport", "London Stansted Airport"),
    ("airport:gatwick", "airport", "Gatwick Airport"),
    ("airport:jfk", "airport", "John F. Kennedy International Airport"),
    ("airport:dubai", "airport", "Dubai International Airport"),
    ("airport:changi", "airport", "Singapore Changi Airport"),
    ("airport:hong_kong", "airport", "Hong Kong International Airport"),
    ("airport:istanbul", "airport", "Istanbul Airport"),
    ("airport:budapest", "airport", "Budapest Ferenc Liszt International Airport"),
    # alliances
    ("alliance:skyteam", "alliance", "SkyTeam"),
    ("alliance:star_alliance", "alliance", "Star Alliance"),
    ("alliance:oneworld", "alliance", "Oneworld"),
    # countries
    ("country:netherlands", "country", "Netherlands"),
    ("country:australia", "country", "Australia"),
    ("country:germany", "country", "Germany"),
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:france", "country", "France"),
    ("country:united_arab_emirates", "country", "United Arab Emirates"),
    ("country:singapore", "country", "Singapore"),
    ("country:turkey", "country", "Turkey"),
    ("country:ireland", "country", "Ireland"),
    # founders
    ("person:albert_plesman", "person", "Albert Plesman"),
    ("person:hudson_fysh", "person", "Hudson Fysh"),
    ("person:paul_mcginness", "person", "Paul McGinness"),
    ("person:herb_kelleher", "person", "Herb Kelleher"),
    ("person:rollin_king", "person", "Rollin King"),
    ("person:tony_ryan", "person", "Tony Ryan"),
    ("person:stelios_haji_ioannou", "person", "Stelios Haji-Ioannou"),
    ("person:david_neeleman", "person", "David Neeleman"),
    ("person:roy_farrell", "person", "Roy Farrell"),
    ("person:sydney_de_kantzow", "person", "Sydney de Kantzow"),
    ("person:richard_branson", "person", "Richard Branson"),
    ("person:randolph_fields", "person", "Randolph Fields"),
    ("person:jozsef_varadi", "person", "József Váradi"),
    ("person:walter_varney", "person", "Walter Varney"),
    # carrier types
    ("carrier_type:low_cost", "carrier_type", "low-cost carrier"),
    ("carrier_type:full_service", "carrier_type", "full-service carrier"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = [
    # KLM
    ("klm", "headquartered_in", "city:amstelveen"),
    ("klm", "based_at", "airport:schiphol"),
    ("klm", "member_of", "alliance:skyteam"),
    ("klm", "flag_carrier_of", "country:netherlands"),
    ("klm", "founded_by", "person:albert_plesman"),
    ("klm", "business_model", "carrier_type:full_service"),
    # Qantas
    ("qantas", "headquartered_in", "city:sydney"),
    ("qantas", "based_at", "airport:sydney"),
    ("qantas", "based_at", "airport:melbourne"),
    ("qantas", "member_of", "alliance:oneworld"),
    ("qantas", "flag_carrier_of", "country:australia"),
    ("qantas", "founded_by", "person:hudson_fysh"),
    ("qantas", "founded_by", "person:paul_mcginness"),
    ("qantas", "business_model", "carrier_type:full_service"),
    # Lufthansa
    ("lufthansa", "headquartered_in", "city:cologne"),
    ("lufthansa", "based_at", "airport:frankfurt"),
    ("lufthansa", "based_at", "airport:munich"),
    ("lufthansa", "member_of", "alliance:star_alliance"),
    ("lufthansa", "flag_carrier_of", "country:germany"),
    ("lufthansa", "business_model", "carrier_type:full_service"),
    # British Airways
    ("british_airways", "headquartered_in", "city:london"),
    ("british_airways", "based_at", "airport:heathrow"),
    ("british_airways", "member_of", "alliance:oneworld"),
    ("british_airways", "flag_carrier_of", "country:united_kingdom"),
    ("british_airways", "business_model", "carrier_type:full_service"),
    # Air France
    ("air_france", "based_at", "airport:charles_de_gaulle"),
    ("air_france", "member_of", "alliance:skyteam"),
    ("air_france", "flag_carrier_of", "country:france"),
    ("air_france", "business_model", "carrier_type:full_service"),
    # Delta
    ("delta_air_lines", "headquartered_in", "city:atlanta"),
    ("delta_air_lines", "based_at", "airport:atlanta"),
    ("delta_air_lines", "member_of", "alliance:skyteam"),
    ("delta_air_lines", "business_model", "carrier_type:full_service"),
    # United
    ("united_airlines", "headquartered_in", "city:chicago"),
    ("united_airlines", "based_at", "airport:ohare"),
    ("united_airlines", "member_of", "alliance:star_alliance"),
    ("united_airlines", "founded_by", "person:walter_varney"),
    ("united_airlines", "business_model", "carrier_type:full_service"),
    # Southwest
    ("southwest_airlines", "headquartered_in", "city:dallas"),
    ("southwest_airlines", "based_at", "airport:dallas_love_field"),
    ("southwest_airlines", "founded_by", "person:herb_kelleher"),
    ("southwest_airlines", "founded_by", "person:rollin_king"),
    ("southwest_airlines", "business_model", "carrier_type:low_cost"),
    # Ryanair
    ("ryanair", "headquartered_in", "city:swords"),
    ("ryanair", "based_at", "airport:dublin"),
    ("ryanair", "based_at", "airport:stansted"),
    ("ryanair", "founded_by", "person:tony_ryan"),
    ("ryanair", "business_model", "carrier_type:low_cost"),
    # easyJet
    ("easyjet", "headquartered_in", "city:luton"),
    ("easyjet", "based_at", "airport:gatwick"),
    ("easyjet", "founded_by", "person:stelios_haji_ioannou"),
    ("easyjet", "business_model", "carrier_type:low_cost"),
    # JetBlue
    ("jetblue", "headquartered_in", "city:new_york_city"),
    ("jetblue", "based_at", "airport:jfk"),
    ("jetblue", "founded_by", "person:david_neeleman"),
    ("jetblue", "business_model", "carrier_type:low_cost"),
    # Emirates
    ("emirates", "headquartered_in", "city:dubai"),
    ("emirates", "based_at", "airport:dubai"),
    ("emirates", "flag_carrier_of", "country:united_arab_emirates"),
    ("emirates", "business_model", "carrier_type:full_service"),
    # Singapore Airlines
    ("singapore_airlines", "based_at", "airport:changi"),
    ("singapore_airlines", "member_of", "alliance:star_alliance"),
    ("singapore_airlines", "flag_carrier_of", "country:singapore"),
    ("singapore_airlines", "business_model", "carrier_type:full_service"),
    # Cathay Pacific
    ("cathay_pacific", "headquartered_in", "city:hong_kong"),
    ("cathay_pacific", "based_at", "airport:hong_kong"),
    ("cathay_pacific", "member_of", "alliance:oneworld"),
    ("cathay_pacific", "founded_by", "person:roy_farrell"),
    ("cathay_pacific", "founded_by", "person:sydney_de_kantzow"),
    ("cathay_pacific", "business_model", "carrier_type:full_service"),
    # Virgin Atlantic
    ("virgin_atlantic", "headquartered_in", "city:crawley"),
    ("virgin_atlantic", "based_at", "airport:heathrow"),
    ("virgin_atlantic", "member_of", "alliance:skyteam"),
    ("virgin_atlantic", "founded_by", "person:richard_branson"),
    ("virgin_atlantic", "founded_by", "person:randolph_fields"),
    ("virgin_atlantic", "business_model", "carrier_type:full_service"),
    # Turkish Airlines
    ("turkish_airlines", "headquartered_in", "city:istanbul"),
    ("turkish_airlines", "based_at", "airport:istanbul"),
    ("turkish_airlines", "member_of", "alliance:star_alliance"),
    ("turkish_airlines", "flag_carrier_of", "country:turkey"),
    ("turkish_airlines", "business_model", "carrier_type:full_service"),
    # Aer Lingus
    ("aer_lingus", "based_at", "airport:dublin"),
    ("aer_lingus", "flag_carrier_of", "country:ireland"),
    # Wizz Air
    ("wizz_air", "headquartered_in", "city:budapest"),
    ("wizz_air", "based_at", "airport:budapest"),
    ("wizz_air", "founded_by", "person:jozsef_varadi"),
    ("wizz_air", "business_model", "carrier_type:low_cost"),
]

RATINGS = [
    ("ana", "klm", 4.5), ("ana", "ryanair", 1.5), ("ana", "emirates", 5.0), ("ana", "qantas", 4.0),
    ("ben", "easyjet", 3.0), ("ben", "lufthansa", 4.0), ("ben", "southwest_airlines", 5.0), ("ben", "delta_air_lines", 2.0),
    ("chen", "singapore_airlines", 5.0), ("chen", "cathay_pacific", 4.5), ("chen", "wizz_air", 1.0), ("chen", "united_airlines", 2.5),
    ("dara", "aer_lingus", 4.0), ("dara", "british_airways", 2.0), ("dara", "virgin_atlantic", 4.5), ("dara", "jetblue", 3.5),
    ("emil", "turkish_airlines", 5.0), ("emil", "air_france", 3.0), ("emil", "ryanair", 2.0), ("emil", "klm", 0.5),
]


def entities():
    out = [kgx.Entity(f"airline:{slug}", kind="item", type="airline", label=label, attrs={"year": year})
           for slug, label, year in AIRLINES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = [(f"airline:{h}", r, t) for h, r, t in FACTS]
    out += [(f"user:{u}", "rated", f"airline:{a}", {"rating": r}) for u, a, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind98")
