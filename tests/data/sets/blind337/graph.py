"""A small graph of real ballet companies (blind337).

Items are ballet companies; `year` is the year each company was founded.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("ballet_company",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("ballet_company",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("ballet_company",), range=("person",)),
    kgx.Relation("led_by", phrase="has been led by", inverse_phrase="served as artistic director of",
                 domain=("ballet_company",), range=("person",)),
    kgx.Relation("performs_at", phrase="performs at", inverse_phrase="is the home stage of",
                 domain=("ballet_company",), range=("venue",)),
    kgx.Relation("premiered", phrase="gave the world premiere of", inverse_phrase="was first performed by",
                 domain=("ballet_company",), range=("ballet",)),
    kgx.Relation("has_style", phrase="specializes in", inverse_phrase="is the specialty of",
                 domain=("ballet_company",), range=("style",)),
]

# slug, label, founding year
COMPANIES = [
    ("paris_opera_ballet", "Paris Opera Ballet", 1669),
    ("royal_danish_ballet", "Royal Danish Ballet", 1748),
    ("royal_swedish_ballet", "Royal Swedish Ballet", 1773),
    ("bolshoi_ballet", "Bolshoi Ballet", 1776),
    ("the_royal_ballet", "The Royal Ballet", 1931),
    ("san_francisco_ballet", "San Francisco Ballet", 1933),
    ("american_ballet_theatre", "American Ballet Theatre", 1939),
    ("royal_winnipeg_ballet", "Royal Winnipeg Ballet", 1939),
    ("new_york_city_ballet", "New York City Ballet", 1948),
    ("ballet_nacional_de_cuba", "Ballet Nacional de Cuba", 1948),
    ("english_national_ballet", "English National Ballet", 1950),
    ("national_ballet_of_canada", "National Ballet of Canada", 1951),
    ("joffrey_ballet", "Joffrey Ballet", 1956),
    ("dutch_national_ballet", "Dutch National Ballet", 1961),
    ("the_australian_ballet", "The Australian Ballet", 1962),
    ("boston_ballet", "Boston Ballet", 1963),
    ("dance_theatre_of_harlem", "Dance Theatre of Harlem", 1969),
    ("pacific_northwest_ballet", "Pacific Northwest Ballet", 1972),
    ("miami_city_ballet", "Miami City Ballet", 1985),
]

CITIES = {
    "paris": "Paris", "copenhagen": "Copenhagen", "stockholm": "Stockholm", "moscow": "Moscow",
    "london": "London", "san_francisco": "San Francisco", "new_york_city": "New York City",
    "winnipeg": "Winnipeg", "havana": "Havana", "toronto": "Toronto", "chicago": "Chicago",
    "amsterdam": "Amsterdam", "melbourne": "Melbourne", "boston": "Boston", "seattle": "Seattle",
    "miami_beach": "Miami Beach",
}

PEOPLE = {
    "louis_xiv": "Louis XIV", "gustav_iii": "Gustav III", "ninette_de_valois": "Ninette de Valois",
    "lucia_chase": "Lucia Chase", "richard_pleasant": "Richard Pleasant",
    "gweneth_lloyd": "Gweneth Lloyd", "betty_farrally": "Betty Farrally",
    "george_balanchine": "George Balanchine", "lincoln_kirstein": "Lincoln Kirstein",
    "alicia_alonso": "Alicia Alonso", "alicia_markova": "Alicia Markova", "anton_dolin": "Anton Dolin",
    "celia_franca": "Celia Franca", "robert_joffrey": "Robert Joffrey", "gerald_arpino": "Gerald Arpino",
    "sonia_gaskell": "Sonia Gaskell", "e_virginia_williams": "E. Virginia Williams",
    "arthur_mitchell": "Arthur Mitchell", "karel_shook": "Karel Shook", "edward_villella": "Edward Villella",
    "rudolf_nureyev": "Rudolf Nureyev", "august_bournonville": "August Bournonville",
    "yuri_grigorovich": "Yuri Grigorovich", "frederick_ashton": "Frederick Ashton",
    "helgi_tomasson": "Helgi Tómasson", "mikhail_baryshnikov": "Mikhail Baryshnikov",
    "arnold_spohr": "Arnold Spohr", "peter_martins": "Peter Martins", "tamara_rojo": "Tamara Rojo",
    "karen_kain": "Karen Kain", "ashley_wheater": "Ashley Wheater", "rudi_van_dantzig": "Rudi van Dantzig",
    "peggy_van_praagh": "Peggy van Praagh", "mikko_nissinen": "Mikko Nissinen",
    "virginia_johnson": "Virginia Johnson", "peter_boal": "Peter Boal", "lourdes_lopez": "Lourdes Lopez",
}

VENUES = {
    "palais_garnier": "Palais Garnier", "opera_bastille": "Opéra Bastille",
    "royal_danish_theatre": "Royal Danish Theatre", "royal_swedish_opera": "Royal Swedish Opera",
    "bolshoi_theatre": "Bolshoi Theatre", "royal_opera_house": "Royal Opera House",
    "war_memorial_opera_house": "War Memorial Opera House",
    "metropolitan_opera_house": "Metropolitan Opera House",
    "centennial_concert_hall": "Centennial Concert Hall", "david_h_koch_theater": "David H. Koch Theater",
    "gran_teatro_de_la_habana": "Gran Teatro de La Habana", "london_coliseum": "London Coliseum",
    "four_seasons_centre": "Four Seasons Centre for the Performing Arts",
    "mccaw_hall": "McCaw Hall",
}

BALLETS = {
    "la_sylphide": "La Sylphide", "giselle": "Giselle", "coppelia": "Coppélia", "napoli": "Napoli",
    "swan_lake": "Swan Lake", "don_quixote": "Don Quixote",
    "enigma_variations": "Enigma Variations", "mayerling": "Mayerling",
    "fancy_free": "Fancy Free", "pillar_of_fire": "Pillar of Fire", "agon": "Agon", "jewels": "Jewels",
    "astarte": "Astarte", "deuce_coupe": "Deuce Coupe",
}

STYLES = {
    "classical_ballet": "classical ballet", "neoclassical_ballet": "neoclassical ballet",
    "romantic_ballet": "romantic ballet", "contemporary_ballet": "contemporary ballet",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    ents = [kgx.Entity(f"ballet_company:{s}", kind="item", type="ballet_company", label=lab, attrs={"year": y})
            for s, lab, y in COMPANIES]
    ents += [kgx.Entity(f"city:{k}", kind="attribute", type="city", label=v) for k, v in CITIES.items()]
    ents += [kgx.Entity(f"person:{k}", kind="attribute", type="person", label=v) for k, v in PEOPLE.items()]
    ents += [kgx.Entity(f"venue:{k}", kind="attribute", type="venue", label=v) for k, v in VENUES.items()]
    ents += [kgx.Entity(f"ballet:{k}", kind="attribute", type="ballet", label=v) for k, v in BALLETS.items()]
    ents += [kgx.Entity(f"style:{k}", kind="attribute", type="style", label=v) for k, v in STYLES.items()]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


# company slug -> relation -> list of tail slugs
FACTS = {
    "paris_opera_ballet": {"based_in": ["paris"], "founded_by": ["louis_xiv"], "led_by": ["rudolf_nureyev"],
                           "performs_at": ["palais_garnier", "opera_bastille"],
                           "premiered": ["la_sylphide", "giselle", "coppelia"], "has_style": ["classical_ballet"]},
    "royal_danish_ballet": {"based_in": ["copenhagen"], "led_by": ["august_bournonville"],
                            "performs_at": ["royal_danish_theatre"], "premiered": ["napoli"],
                            "has_style": ["romantic_ballet"]},
    "royal_swedish_ballet": {"based_in": ["stockholm"], "founded_by": ["gustav_iii"],
                             "performs_at": ["royal_swedish_opera"], "has_style": ["classical_ballet"]},
    "bolshoi_ballet": {"based_in": ["moscow"], "led_by": ["yuri_grigorovich"], "performs_at": ["bolshoi_theatre"],
                       "premiered": ["swan_lake", "don_quixote"], "has_style": ["classical_ballet"]},
    "the_royal_ballet": {"based_in": ["london"], "founded_by": ["ninette_de_valois"], "led_by": ["frederick_ashton"],
                         "performs_at": ["royal_opera_house"], "premiered": ["enigma_variations", "mayerling"],
                         "has_style": ["classical_ballet"]},
    "san_francisco_ballet": {"based_in": ["san_francisco"], "led_by": ["helgi_tomasson"],
                             "performs_at": ["war_memorial_opera_house"], "has_style": ["classical_ballet"]},
    "american_ballet_theatre": {"based_in": ["new_york_city"], "founded_by": ["lucia_chase", "richard_pleasant"],
                                "led_by": ["mikhail_baryshnikov"], "performs_at": ["metropolitan_opera_house"],
                                "premiered": ["fancy_free", "pillar_of_fire"], "has_style": ["classical_ballet"]},
    "royal_winnipeg_ballet": {"based_in": ["winnipeg"], "founded_by": ["gweneth_lloyd", "betty_farrally"],
                              "led_by": ["arnold_spohr"], "performs_at": ["centennial_concert_hall"],
                              "has_style": ["classical_ballet"]},
    "new_york_city_ballet": {"based_in": ["new_york_city"], "founded_by": ["george_balanchine", "lincoln_kirstein"],
                             "led_by": ["george_balanchine", "peter_martins"], "performs_at": ["david_h_koch_theater"],
                             "premiered": ["agon", "jewels"], "has_style": ["neoclassical_ballet"]},
    "ballet_nacional_de_cuba": {"based_in": ["havana"], "founded_by": ["alicia_alonso"], "led_by": ["alicia_alonso"],
                                "performs_at": ["gran_teatro_de_la_habana"], "has_style": ["classical_ballet"]},
    "english_national_ballet": {"based_in": ["london"], "founded_by": ["alicia_markova", "anton_dolin"],
                                "led_by": ["tamara_rojo"], "performs_at": ["london_coliseum"],
                                "has_style": ["classical_ballet"]},
    "national_ballet_of_canada": {"based_in": ["toronto"], "founded_by": ["celia_franca"], "led_by": ["karen_kain"],
                                  "performs_at": ["four_seasons_centre"], "has_style": ["classical_ballet"]},
    "joffrey_ballet": {"based_in": ["chicago"], "founded_by": ["robert_joffrey", "gerald_arpino"],
                       "led_by": ["ashley_wheater"], "premiered": ["astarte", "deuce_coupe"],
                       "has_style": ["contemporary_ballet"]},
    "dutch_national_ballet": {"based_in": ["amsterdam"], "founded_by": ["sonia_gaskell"],
                              "led_by": ["rudi_van_dantzig"], "has_style": ["classical_ballet"]},
    "the_australian_ballet": {"based_in": ["melbourne"], "led_by": ["peggy_van_praagh"],
                              "has_style": ["classical_ballet"]},
    "boston_ballet": {"based_in": ["boston"], "founded_by": ["e_virginia_williams"], "led_by": ["mikko_nissinen"],
                      "has_style": ["classical_ballet"]},
    "dance_theatre_of_harlem": {"based_in": ["new_york_city"], "founded_by": ["arthur_mitchell", "karel_shook"],
                                "led_by": ["virginia_johnson"], "has_style": ["neoclassical_ballet"]},
    "pacific_northwest_ballet": {"based_in": ["seattle"], "led_by": ["peter_boal"], "performs_at": ["mccaw_hall"],
                                 "has_style": ["neoclassical_ballet"]},
    "miami_city_ballet": {"based_in": ["miami_beach"], "founded_by": ["edward_villella"], "led_by": ["lourdes_lopez"],
                          "has_style": ["neoclassical_ballet"]},
}

PREFIX = {"based_in": "city", "founded_by": "person", "led_by": "person", "performs_at": "venue",
          "premiered": "ballet", "has_style": "style"}

RATINGS = {
    "ana": {"new_york_city_ballet": 5.0, "the_royal_ballet": 4.5, "bolshoi_ballet": 2.0, "joffrey_ballet": 3.5},
    "ben": {"paris_opera_ballet": 5.0, "bolshoi_ballet": 4.0, "american_ballet_theatre": 1.5,
            "the_australian_ballet": 3.0},
    "chen": {"san_francisco_ballet": 4.0, "dance_theatre_of_harlem": 4.5, "english_national_ballet": 2.5,
             "royal_danish_ballet": 1.0},
    "dara": {"ballet_nacional_de_cuba": 5.0, "royal_winnipeg_ballet": 4.0, "national_ballet_of_canada": 3.0,
             "boston_ballet": 2.0},
    "emil": {"dutch_national_ballet": 5.0, "pacific_northwest_ballet": 4.5, "royal_swedish_ballet": 3.5,
             "miami_city_ballet": 1.5},
}


def rows():
    out = []
    for company, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((f"ballet_company:{company}", rel, f"{PREFIX[rel]}:{t}"))
    for user, ratings in RATINGS.items():
        for company, r in ratings.items():
            out.append((f"user:{user}", "rated", f"ballet_company:{company}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind337")
