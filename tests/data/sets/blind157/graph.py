"""A small canyons graph for blind157.

Each canyon's ``year`` is the year its present protected area (national park,
monument, recreation area, state, tribal or regional park) was established.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("canyon",)),
    kgx.Relation("located_in", phrase="is in", inverse_phrase="is home to",
                 domain=("canyon",), range=("state", "country", "island")),
    kgx.Relation("carved_by", phrase="was carved by", inverse_phrase="carved",
                 domain=("canyon",), range=("river",)),
    kgx.Relation("protected_in", phrase="is protected within", inverse_phrase="protects",
                 domain=("canyon",), range=("protected_area",)),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages",
                 domain=("canyon",), range=("organisation",)),
    kgx.Relation("cut_into", phrase="is cut into", inverse_phrase="forms the walls of",
                 domain=("canyon",), range=("rock",)),
]

# slug, label, year
CANYONS = [
    ("grand_canyon", "Grand Canyon", 1919),
    ("zion_canyon", "Zion Canyon", 1919),
    ("bryce_canyon", "Bryce Canyon", 1928),
    ("black_canyon_of_the_gunnison", "Black Canyon of the Gunnison", 1999),
    ("canyon_de_chelly", "Canyon de Chelly", 1931),
    ("antelope_canyon", "Antelope Canyon", 1997),
    ("kings_canyon", "Kings Canyon", 1940),
    ("hells_canyon", "Hells Canyon", 1975),
    ("glen_canyon", "Glen Canyon", 1972),
    ("palo_duro_canyon", "Palo Duro Canyon", 1934),
    ("verdon_gorge", "Verdon Gorge", 1997),
    ("tara_river_canyon", "Tara River Canyon", 1952),
    ("vikos_gorge", "Vikos Gorge", 1973),
    ("samaria_gorge", "Samaria Gorge", 1962),
    ("taroko_gorge", "Taroko Gorge", 1986),
    ("sumidero_canyon", "Sumidero Canyon", 1980),
    ("charyn_canyon", "Charyn Canyon", 2004),
    ("fish_river_canyon", "Fish River Canyon", 2003),
]

ATTRIBUTES = [
    # places
    ("state:arizona", "state", "Arizona"),
    ("state:utah", "state", "Utah"),
    ("state:colorado", "state", "Colorado"),
    ("state:california", "state", "California"),
    ("state:idaho", "state", "Idaho"),
    ("state:oregon", "state", "Oregon"),
    ("state:texas", "state", "Texas"),
    ("country:france", "country", "France"),
    ("country:montenegro", "country", "Montenegro"),
    ("country:greece", "country", "Greece"),
    ("country:taiwan", "country", "Taiwan"),
    ("country:mexico", "country", "Mexico"),
    ("country:kazakhstan", "country", "Kazakhstan"),
    ("country:namibia", "country", "Namibia"),
    ("island:crete", "island", "Crete"),
    # rivers
    ("river:colorado_river", "river", "Colorado River"),
    ("river:virgin_river", "river", "Virgin River"),
    ("river:gunnison_river", "river", "Gunnison River"),
    ("river:antelope_creek", "river", "Antelope Creek"),
    ("river:kings_river", "river", "Kings River"),
    ("river:snake_river", "river", "Snake River"),
    ("river:prairie_dog_town_fork", "river", "Prairie Dog Town Fork of the Red River"),
    ("river:verdon", "river", "Verdon River"),
    ("river:tara", "river", "Tara River"),
    ("river:voidomatis", "river", "Voidomatis River"),
    ("river:liwu", "river", "Liwu River"),
    ("river:grijalva", "river", "Grijalva River"),
    ("river:charyn", "river", "Charyn River"),
    ("river:fish_river", "river", "Fish River"),
    # protected areas
    ("park:grand_canyon_np", "protected_area", "Grand Canyon National Park"),
    ("park:zion_np", "protected_area", "Zion National Park"),
    ("park:bryce_canyon_np", "protected_area", "Bryce Canyon National Park"),
    ("park:black_canyon_np", "protected_area", "Black Canyon of the Gunnison National Park"),
    ("park:canyon_de_chelly_nm", "protected_area", "Canyon de Chelly National Monument"),
    ("park:lake_powell_navajo_tp", "protected_area", "Lake Powell Navajo Tribal Park"),
    ("park:kings_canyon_np", "protected_area", "Kings Canyon National Park"),
    ("park:hells_canyon_nra", "protected_area", "Hells Canyon National Recreation Area"),
    ("park:glen_canyon_nra", "protected_area", "Glen Canyon National Recreation Area"),
    ("park:palo_duro_sp", "protected_area", "Palo Duro Canyon State Park"),
    ("park:verdon_rnp", "protected_area", "Verdon Regional Natural Park"),
    ("park:durmitor_np", "protected_area", "Durmitor National Park"),
    ("park:vikos_aoos_np", "protected_area", "Vikos-Aoös National Park"),
    ("park:samaria_np", "protected_area", "Samaria National Park"),
    ("park:taroko_np", "protected_area", "Taroko National Park"),
    ("park:sumidero_np", "protected_area", "Sumidero Canyon National Park"),
    ("park:charyn_np", "protected_area", "Charyn National Park"),
    ("park:ai_ais_richtersveld_tp", "protected_area", "Ai-Ais/Richtersveld Transfrontier Park"),
    # organisations
    ("org:nps", "organisation", "National Park Service"),
    ("org:navajo_nation", "organisation", "Navajo Nation"),
    ("org:usfs", "organisation", "U.S. Forest Service"),
    ("org:tpwd", "organisation", "Texas Parks and Wildlife Department"),
    # rocks
    ("rock:limestone", "rock", "Limestone"),
    ("rock:sandstone", "rock", "Sandstone"),
    ("rock:schist", "rock", "Schist"),
    ("rock:gneiss", "rock", "Gneiss"),
    ("rock:granite", "rock", "Granite"),
    ("rock:basalt", "rock", "Basalt"),
    ("rock:marble", "rock", "Marble"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

RATINGS = [
    ("ana", "grand_canyon", 5.0),
    ("ana", "antelope_canyon", 4.5),
    ("ana", "hells_canyon", 2.0),
    ("ana", "taroko_gorge", 3.5),
    ("ben", "zion_canyon", 4.0),
    ("ben", "bryce_canyon", 1.5),
    ("ben", "verdon_gorge", 5.0),
    ("ben", "glen_canyon", 3.0),
    ("chen", "tara_river_canyon", 4.5),
    ("chen", "kings_canyon", 2.5),
    ("chen", "samaria_gorge", 4.0),
    ("chen", "sumidero_canyon", 1.0),
    ("dara", "black_canyon_of_the_gunnison", 5.0),
    ("dara", "palo_duro_canyon", 3.5),
    ("dara", "canyon_de_chelly", 4.0),
    ("dara", "charyn_canyon", 2.0),
    ("emil", "vikos_gorge", 4.5),
    ("emil", "fish_river_canyon", 3.0),
    ("emil", "grand_canyon", 1.5),
    ("emil", "zion_canyon", 5.0),
]

# (canyon slug, relation, tail id)
FACTS = [
    # Grand Canyon
    ("grand_canyon", "located_in", "state:arizona"),
    ("grand_canyon", "carved_by", "river:colorado_river"),
    ("grand_canyon", "protected_in", "park:grand_canyon_np"),
    ("grand_canyon", "managed_by", "org:nps"),
    ("grand_canyon", "cut_into", "rock:limestone"),
    ("grand_canyon", "cut_into", "rock:sandstone"),
    ("grand_canyon", "cut_into", "rock:schist"),
    # Zion Canyon
    ("zion_canyon", "located_in", "state:utah"),
    ("zion_canyon", "carved_by", "river:virgin_river"),
    ("zion_canyon", "protected_in", "park:zion_np"),
    ("zion_canyon", "managed_by", "org:nps"),
    ("zion_canyon", "cut_into", "rock:sandstone"),
    # Bryce Canyon
    ("bryce_canyon", "located_in", "state:utah"),
    ("bryce_canyon", "protected_in", "park:bryce_canyon_np"),
    ("bryce_canyon", "managed_by", "org:nps"),
    ("bryce_canyon", "cut_into", "rock:limestone"),
    # Black Canyon of the Gunnison
    ("black_canyon_of_the_gunnison", "located_in", "state:colorado"),
    ("black_canyon_of_the_gunnison", "carved_by", "river:gunnison_river"),
    ("black_canyon_of_the_gunnison", "protected_in", "park:black_canyon_np"),
    ("black_canyon_of_the_gunnison", "managed_by", "org:nps"),
    ("black_canyon_of_the_gunnison", "cut_into", "rock:gneiss"),
    ("black_canyon_of_the_gunnison", "cut_into", "rock:schist"),
    # Canyon de Chelly
    ("canyon_de_chelly", "located_in", "state:arizona"),
    ("canyon_de_chelly", "protected_in", "park:canyon_de_chelly_nm"),
    ("canyon_de_chelly", "managed_by", "org:nps"),
    ("canyon_de_chelly", "managed_by", "org:navajo_nation"),
    ("canyon_de_chelly", "cut_into", "rock:sandstone"),
    # Antelope Canyon
    ("antelope_canyon", "located_in", "state:arizona"),
    ("antelope_canyon", "carved_by", "river:antelope_creek"),
    ("antelope_canyon", "protected_in", "park:lake_powell_navajo_tp"),
    ("antelope_canyon", "managed_by", "org:navajo_nation"),
    ("antelope_canyon", "cut_into", "rock:sandstone"),
    # Kings Canyon
    ("kings_canyon", "located_in", "state:california"),
    ("kings_canyon", "carved_by", "river:kings_river"),
    ("kings_canyon", "protected_in", "park:kings_canyon_np"),
    ("kings_canyon", "managed_by", "org:nps"),
    ("kings_canyon", "cut_into", "rock:granite"),
    # Hells Canyon
    ("hells_canyon", "located_in", "state:idaho"),
    ("hells_canyon", "located_in", "state:oregon"),
    ("hells_canyon", "carved_by", "river:snake_river"),
    ("hells_canyon", "protected_in", "park:hells_canyon_nra"),
    ("hells_canyon", "managed_by", "org:usfs"),
    ("hells_canyon", "cut_into", "rock:basalt"),
    # Glen Canyon
    ("glen_canyon", "located_in", "state:utah"),
    ("glen_canyon", "located_in", "state:arizona"),
    ("glen_canyon", "carved_by", "river:colorado_river"),
    ("glen_canyon", "protected_in", "park:glen_canyon_nra"),
    ("glen_canyon", "managed_by", "org:nps"),
    ("glen_canyon", "cut_into", "rock:sandstone"),
    # Palo Duro Canyon
    ("palo_duro_canyon", "located_in", "state:texas"),
    ("palo_duro_canyon", "carved_by", "river:prairie_dog_town_fork"),
    ("palo_duro_canyon", "protected_in", "park:palo_duro_sp"),
    ("palo_duro_canyon", "managed_by", "org:tpwd"),
    # Verdon Gorge
    ("verdon_gorge", "located_in", "country:france"),
    ("verdon_gorge", "carved_by", "river:verdon"),
    ("verdon_gorge", "protected_in", "park:verdon_rnp"),
    ("verdon_gorge", "cut_into", "rock:limestone"),
    # Tara River Canyon
    ("tara_river_canyon", "located_in", "country:montenegro"),
    ("tara_river_canyon", "carved_by", "river:tara"),
    ("tara_river_canyon", "protected_in", "park:durmitor_np"),
    ("tara_river_canyon", "cut_into", "rock:limestone"),
    # Vikos Gorge
    ("vikos_gorge", "located_in", "country:greece"),
    ("vikos_gorge", "carved_by", "river:voidomatis"),
    ("vikos_gorge", "protected_in", "park:vikos_aoos_np"),
    ("vikos_gorge", "cut_into", "rock:limestone"),
    # Samaria Gorge
    ("samaria_gorge", "located_in", "island:crete"),
    ("samaria_gorge", "protected_in", "park:samaria_np"),
    ("samaria_gorge", "cut_into", "rock:limestone"),
    # Taroko Gorge
    ("taroko_gorge", "located_in", "country:taiwan"),
    ("taroko_gorge", "carved_by", "river:liwu"),
    ("taroko_gorge", "protected_in", "park:taroko_np"),
    ("taroko_gorge", "cut_into", "rock:marble"),
    # Sumidero Canyon
    ("sumidero_canyon", "located_in", "country:mexico"),
    ("sumidero_canyon", "carved_by", "river:grijalva"),
    ("sumidero_canyon", "protected_in", "park:sumidero_np"),
    ("sumidero_canyon", "cut_into", "rock:limestone"),
    # Charyn Canyon
    ("charyn_canyon", "located_in", "country:kazakhstan"),
    ("charyn_canyon", "carved_by", "river:charyn"),
    ("charyn_canyon", "protected_in", "park:charyn_np"),
    # Fish River Canyon
    ("fish_river_canyon", "located_in", "country:namibia"),
    ("fish_river_canyon", "carved_by", "river:fish_river"),
    ("fish_river_canyon", "protected_in", "park:ai_ais_richtersveld_tp"),
]


def entities():
    out = [kgx.Entity(f"canyon:{slug}", kind="item", type="canyon", label=label,
                      attrs={"year": year})
           for slug, label, year in CANYONS]
    out += [kgx.Entity(eid, kind="attribute", type=etype, label=label)
            for eid, etype, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{name}", kind="user", type="user", label=name)
            for name in USERS]
    return out


def rows():
    out = [(f"canyon:{slug}", rel, tail) for slug, rel, tail in FACTS]
    out += [(f"user:{user}", "rated", f"canyon:{slug}", {"rating": r})
            for user, slug, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(),
                                           relations=RELATIONS, name="blind157")
