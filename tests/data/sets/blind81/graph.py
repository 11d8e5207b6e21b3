"""A small lighthouses graph (blind81)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("lighthouse",)),
    kgx.Relation("in_country", phrase="stands in", inverse_phrase="is home to",
                 domain=("lighthouse",), range=("country",)),
    kgx.Relation("overlooks", phrase="overlooks", inverse_phrase="is overlooked by",
                 domain=("lighthouse",), range=("body_of_water",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("lighthouse",), range=("person",)),
    kgx.Relation("built_of", phrase="is built of", inverse_phrase="was used to build",
                 domain=("lighthouse",), range=("material",)),
    kgx.Relation("operated_by", phrase="is run by", inverse_phrase="runs",
                 domain=("lighthouse",), range=("organisation",)),
]

_LIGHTHOUSES = [
    ("bell_rock", "Bell Rock Lighthouse", 1811),
    ("skerryvore", "Skerryvore Lighthouse", 1844),
    ("eddystone", "Eddystone Lighthouse", 1882),
    ("smeatons_tower", "Smeaton's Tower", 1759),
    ("bishop_rock", "Bishop Rock Lighthouse", 1858),
    ("fastnet", "Fastnet Lighthouse", 1904),
    ("cordouan", "Cordouan Lighthouse", 1611),
    ("eckmuhl", "Phare d'Eckmühl", 1897),
    ("cape_hatteras", "Cape Hatteras Lighthouse", 1870),
    ("portland_head", "Portland Head Light", 1791),
    ("boston_light", "Boston Light", 1783),
    ("split_rock", "Split Rock Lighthouse", 1910),
    ("point_reyes", "Point Reyes Lighthouse", 1870),
    ("cape_byron", "Cape Byron Lighthouse", 1901),
    ("macquarie", "Macquarie Lighthouse", 1883),
    ("peggys_point", "Peggy's Point Lighthouse", 1915),
    ("kopu", "Kõpu Lighthouse", 1531),
    ("lanterna", "Lanterna of Genoa", 1543),
    ("longstone", "Longstone Lighthouse", 1826),
]

_ATTRIBUTES = [
    # countries
    ("country:scotland", "country", "Scotland"),
    ("country:england", "country", "England"),
    ("country:ireland", "country", "Ireland"),
    ("country:france", "country", "France"),
    ("country:united_states", "country", "United States"),
    ("country:australia", "country", "Australia"),
    ("country:canada", "country", "Canada"),
    ("country:estonia", "country", "Estonia"),
    ("country:italy", "country", "Italy"),
    # waters
    ("water:north_sea", "body_of_water", "North Sea"),
    ("water:atlantic_ocean", "body_of_water", "Atlantic Ocean"),
    ("water:english_channel", "body_of_water", "English Channel"),
    ("water:plymouth_sound", "body_of_water", "Plymouth Sound"),
    ("water:boston_harbor", "body_of_water", "Boston Harbor"),
    ("water:lake_superior", "body_of_water", "Lake Superior"),
    ("water:pacific_ocean", "body_of_water", "Pacific Ocean"),
    ("water:tasman_sea", "body_of_water", "Tasman Sea"),
    ("water:baltic_sea", "body_of_water", "Baltic Sea"),
    ("water:ligurian_sea", "body_of_water", "Ligurian Sea"),
    # people
    ("person:robert_stevenson", "person", "Robert Stevenson"),
    ("person:alan_stevenson", "person", "Alan Stevenson"),
    ("person:james_douglass", "person", "James Douglass"),
    ("person:john_smeaton", "person", "John Smeaton"),
    ("person:james_walker", "person", "James Walker"),
    ("person:william_douglass", "person", "William Douglass"),
    ("person:louis_de_foix", "person", "Louis de Foix"),
    ("person:charles_harding", "person", "Charles Harding"),
    ("person:james_barnet", "person", "James Barnet"),
    ("person:joseph_whinnery", "person", "Joseph Whinnery"),
    # materials
    ("material:granite", "material", "granite"),
    ("material:sandstone", "material", "sandstone"),
    ("material:limestone", "material", "limestone"),
    ("material:brick", "material", "brick"),
    ("material:rubblestone", "material", "rubblestone"),
    ("material:cast_iron", "material", "cast iron"),
    ("material:concrete", "material", "concrete"),
    # organisations
    ("org:northern_lighthouse_board", "organisation", "Northern Lighthouse Board"),
    ("org:trinity_house", "organisation", "Trinity House"),
    ("org:irish_lights", "organisation", "Commissioners of Irish Lights"),
    ("org:us_coast_guard", "organisation", "United States Coast Guard"),
    ("org:national_park_service", "organisation", "National Park Service"),
    ("org:minnesota_historical_society", "organisation", "Minnesota Historical Society"),
    ("org:amsa", "organisation", "Australian Maritime Safety Authority"),
    ("org:canadian_coast_guard", "organisation", "Canadian Coast Guard"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"lighthouse:{slug}", kind="item", type="lighthouse", label=label,
                      attrs={"year": year})
           for slug, label, year in _LIGHTHOUSES]
    out += [kgx.Entity(eid, kind="attribute", type=etype, label=label)
            for eid, etype, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "bell_rock": {"in_country": ["scotland"], "overlooks": ["north_sea"],
                  "designed_by": ["robert_stevenson"], "built_of": ["granite", "sandstone"],
                  "operated_by": ["northern_lighthouse_board"]},
    "skerryvore": {"in_country": ["scotland"], "overlooks": ["atlantic_ocean"],
                   "designed_by": ["alan_stevenson"], "built_of": ["granite"],
                   "operated_by": ["northern_lighthouse_board"]},
    "eddystone": {"in_country": ["england"], "overlooks": ["english_channel"],
                  "designed_by": ["james_douglass"], "built_of": ["granite"],
                  "operated_by": ["trinity_house"]},
    "smeatons_tower": {"in_country": ["england"], "overlooks": ["plymouth_sound"],
                       "designed_by": ["john_smeaton"], "built_of": ["granite"]},
    "bishop_rock": {"in_country": ["england"], "overlooks": ["atlantic_ocean"],
                    "designed_by": ["james_walker"], "built_of": ["granite"],
                    "operated_by": ["trinity_house"]},
    "fastnet": {"in_country": ["ireland"], "overlooks": ["atlantic_ocean"],
                "designed_by": ["william_douglass"], "built_of": ["granite"],
                "operated_by": ["irish_lights"]},
    "cordouan": {"in_country": ["france"], "overlooks": ["atlantic_ocean"],
                 "designed_by": ["louis_de_foix"], "built_of": ["limestone"]},
    "eckmuhl": {"in_country": ["france"], "overlooks": ["atlantic_ocean"],
                "built_of": ["granite"]},
    "cape_hatteras": {"in_country": ["united_states"], "overlooks": ["atlantic_ocean"],
                      "built_of": ["brick"], "operated_by": ["national_park_service"]},
    "portland_head": {"in_country": ["united_states"], "overlooks": ["atlantic_ocean"],
                      "built_of": ["rubblestone"], "operated_by": ["us_coast_guard"]},
    "boston_light": {"in_country": ["united_states"], "overlooks": ["boston_harbor"],
                     "built_of": ["rubblestone"], "operated_by": ["us_coast_guard"]},
    "split_rock": {"in_country": ["united_states"], "overlooks": ["lake_superior"],
                   "built_of": ["brick"], "operated_by": ["minnesota_historical_society"]},
    "point_reyes": {"in_country": ["united_states"], "overlooks": ["pacific_ocean"],
                    "built_of": ["cast_iron"], "operated_by": ["national_park_service"]},
    "cape_byron": {"in_country": ["australia"], "overlooks": ["pacific_ocean"],
                   "designed_by": ["charles_harding"], "built_of": ["concrete"],
                   "operated_by": ["amsa"]},
    "macquarie": {"in_country": ["australia"], "overlooks": ["tasman_sea"],
                  "designed_by": ["james_barnet"], "built_of": ["sandstone"]},
    "peggys_point": {"in_country": ["canada"], "overlooks": ["atlantic_ocean"],
                     "built_of": ["concrete"], "operated_by": ["canadian_coast_guard"]},
    "kopu": {"in_country": ["estonia"], "overlooks": ["baltic_sea"],
             "built_of": ["limestone"]},
    "lanterna": {"in_country": ["italy"], "overlooks": ["ligurian_sea"]},
    "longstone": {"in_country": ["england"], "overlooks": ["north_sea"],
                  "designed_by": ["joseph_whinnery"], "operated_by": ["trinity_house"]},
}

_PREFIX = {"in_country": "country", "overlooks": "water", "designed_by": "person",
           "built_of": "material", "operated_by": "org"}

_RATINGS = {
    "ana": {"bell_rock": 5.0, "fastnet": 4.5, "split_rock": 1.5, "cordouan": 4.0},
    "ben": {"cape_hatteras": 2.0, "peggys_point": 5.0, "eddystone": 3.0, "skerryvore": 4.0},
    "chen": {"point_reyes": 4.5, "cape_byron": 1.0, "kopu": 3.5, "longstone": 5.0},
    "dara": {"portland_head": 4.0, "boston_light": 2.5, "macquarie": 5.0, "bishop_rock": 2.0},
    "emil": {"smeatons_tower": 3.0, "lanterna": 4.5, "eckmuhl": 1.5, "bell_rock": 4.0},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"lighthouse:{slug}", rel, f"{_PREFIX[rel]}:{tail}"))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"lighthouse:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind81")
