"""A small graph of historic roads (blind141)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("road",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=("road",), range=("road_kind",)),
    kgx.Relation("runs_through", phrase="runs through", inverse_phrase="is crossed by", domain=("road",), range=("country",)),
    kgx.Relation("starts_in", phrase="starts in", inverse_phrase="is the starting point of", domain=("road",), range=("place",)),
    kgx.Relation("ends_in", phrase="ends in", inverse_phrase="is the end point of", domain=("road",), range=("place",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("road",), range=("organisation",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("road",), range=("person",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("road",), range=("person",)),
]

# (slug, label, year, aliases); year = opened, established, completed or construction begun
ROADS = [
    ("route_66", "U.S. Route 66", 1926, ("Route 66",)),                     # established
    ("lincoln_highway", "Lincoln Highway", 1913, ()),                        # dedicated
    ("alaska_highway", "Alaska Highway", 1942, ("Alcan Highway",)),          # built
    ("great_ocean_road", "Great Ocean Road", 1932, ()),                      # completed
    ("going_to_the_sun_road", "Going-to-the-Sun Road", 1933, ()),            # dedicated
    ("blue_ridge_parkway", "Blue Ridge Parkway", 1935, ()),                  # construction began
    ("trollstigen", "Trollstigen", 1936, ()),                                # opened
    ("atlantic_ocean_road", "Atlantic Ocean Road", 1989, ("Atlanterhavsveien",)),  # opened
    ("transfagarasan", "Transfăgărășan", 1974, ("Transfagarasan",)),         # inaugurated
    ("grossglockner_road", "Grossglockner High Alpine Road", 1935, ()),      # opened
    ("stelvio_pass_road", "Stelvio Pass Road", 1825, ()),                    # completed
    ("karakoram_highway", "Karakoram Highway", 1979, ()),                    # completed
    ("burma_road", "Burma Road", 1938, ()),                                  # completed
    ("ledo_road", "Ledo Road", 1945, ("Stilwell Road",)),                    # completed
    ("columbia_river_highway", "Historic Columbia River Highway", 1922, ("Columbia River Highway",)),  # completed
    ("mulholland_drive", "Mulholland Drive", 1924, ()),                      # opened
    ("icefields_parkway", "Icefields Parkway", 1940, ()),                    # opened
    ("romantic_road", "Romantic Road", 1950, ("Romantische Straße",)),       # founded
    ("route_napoleon", "Route Napoléon", 1932, ("Route Napoleon",)),         # opened
]

ATTRIBUTES = [
    # road kinds
    ("kind:highway", "road_kind", "highway"),
    ("kind:coastal_road", "road_kind", "coastal road"),
    ("kind:mountain_pass_road", "road_kind", "mountain pass road"),
    ("kind:parkway", "road_kind", "parkway"),
    ("kind:scenic_highway", "road_kind", "scenic highway"),
    ("kind:scenic_drive", "road_kind", "scenic drive"),
    ("kind:tourist_route", "road_kind", "tourist route"),
    # countries
    ("country:united_states", "country", "United States"),
    ("country:canada", "country", "Canada"),
    ("country:australia", "country", "Australia"),
    ("country:norway", "country", "Norway"),
    ("country:romania", "country", "Romania"),
    ("country:austria", "country", "Austria"),
    ("country:italy", "country", "Italy"),
    ("country:pakistan", "country", "Pakistan"),
    ("country:china", "country", "China"),
    ("country:myanmar", "country", "Myanmar"),
    ("country:india", "country", "India"),
    ("country:germany", "country", "Germany"),
    ("country:france", "country", "France"),
    # places
    ("place:chicago", "place", "Chicago"),
    ("place:santa_monica", "place", "Santa Monica"),
    ("place:new_york_city", "place", "New York City"),
    ("place:san_francisco", "place", "San Francisco"),
    ("place:dawson_creek", "place", "Dawson Creek"),
    ("place:delta_junction", "place", "Delta Junction"),
    ("place:torquay", "place", "Torquay"),
    ("place:allansford", "place", "Allansford"),
    ("place:cherokee", "place", "Cherokee"),
    ("place:heiligenblut", "place", "Heiligenblut"),
    ("place:lashio", "place", "Lashio"),
    ("place:kunming", "place", "Kunming"),
    ("place:ledo", "place", "Ledo"),
    ("place:lake_louise", "place", "Lake Louise"),
    ("place:jasper", "place", "Jasper"),
    ("place:wurzburg", "place", "Würzburg"),
    ("place:fussen", "place", "Füssen"),
    ("place:golfe_juan", "place", "Golfe-Juan"),
    ("place:grenoble", "place", "Grenoble"),
    # organisations
    ("org:us_army_corps_of_engineers", "organisation", "United States Army Corps of Engineers"),
    ("org:romanian_army", "organisation", "Romanian Army"),
    ("org:austrian_empire", "organisation", "Austrian Empire"),
    ("org:frontier_works_organization", "organisation", "Frontier Works Organization"),
    # people
    ("person:stanley_abbott", "person", "Stanley Abbott"),
    ("person:franz_wallack", "person", "Franz Wallack"),
    ("person:carlo_donegani", "person", "Carlo Donegani"),
    ("person:samuel_lancaster", "person", "Samuel C. Lancaster"),
    ("person:abraham_lincoln", "person", "Abraham Lincoln"),
    ("person:william_mulholland", "person", "William Mulholland"),
    ("person:napoleon", "person", "Napoleon"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = [
    # road, relation, tail
    ("route_66", "has_kind", "kind:highway"),
    ("route_66", "runs_through", "country:united_states"),
    ("route_66", "starts_in", "place:chicago"),
    ("route_66", "ends_in", "place:santa_monica"),

    ("lincoln_highway", "has_kind", "kind:highway"),
    ("lincoln_highway", "runs_through", "country:united_states"),
    ("lincoln_highway", "starts_in", "place:new_york_city"),
    ("lincoln_highway", "ends_in", "place:san_francisco"),
    ("lincoln_highway", "named_after", "person:abraham_lincoln"),

    ("alaska_highway", "has_kind", "kind:highway"),
    ("alaska_highway", "runs_through", "country:canada"),
    ("alaska_highway", "runs_through", "country:united_states"),
    ("alaska_highway", "starts_in", "place:dawson_creek"),
    ("alaska_highway", "ends_in", "place:delta_junction"),
    ("alaska_highway", "built_by", "org:us_army_corps_of_engineers"),

    ("great_ocean_road", "has_kind", "kind:coastal_road"),
    ("great_ocean_road", "runs_through", "country:australia"),
    ("great_ocean_road", "starts_in", "place:torquay"),
    ("great_ocean_road", "ends_in", "place:allansford"),

    ("going_to_the_sun_road", "has_kind", "kind:mountain_pass_road"),
    ("going_to_the_sun_road", "runs_through", "country:united_states"),

    ("blue_ridge_parkway", "has_kind", "kind:parkway"),
    ("blue_ridge_parkway", "runs_through", "country:united_states"),
    ("blue_ridge_parkway", "ends_in", "place:cherokee"),
    ("blue_ridge_parkway", "designed_by", "person:stanley_abbott"),

    ("trollstigen", "has_kind", "kind:mountain_pass_road"),
    ("trollstigen", "runs_through", "country:norway"),

    ("atlantic_ocean_road", "has_kind", "kind:coastal_road"),
    ("atlantic_ocean_road", "runs_through", "country:norway"),

    ("transfagarasan", "has_kind", "kind:mountain_pass_road"),
    ("transfagarasan", "runs_through", "country:romania"),
    ("transfagarasan", "built_by", "org:romanian_army"),

    ("grossglockner_road", "has_kind", "kind:mountain_pass_road"),
    ("grossglockner_road", "runs_through", "country:austria"),
    ("grossglockner_road", "ends_in", "place:heiligenblut"),
    ("grossglockner_road", "designed_by", "person:franz_wallack"),

    ("stelvio_pass_road", "has_kind", "kind:mountain_pass_road"),
    ("stelvio_pass_road", "runs_through", "country:italy"),
    ("stelvio_pass_road", "designed_by", "person:carlo_donegani"),
    ("stelvio_pass_road", "built_by", "org:austrian_empire"),

    ("karakoram_highway", "has_kind", "kind:highway"),
    ("karakoram_highway", "runs_through", "country:pakistan"),
    ("karakoram_highway", "runs_through", "country:china"),
    ("karakoram_highway", "built_by", "org:frontier_works_organization"),

    ("burma_road", "has_kind", "kind:highway"),
    ("burma_road", "runs_through", "country:myanmar"),
    ("burma_road", "runs_through", "country:china"),
    ("burma_road", "starts_in", "place:lashio"),
    ("burma_road", "ends_in", "place:kunming"),

    ("ledo_road", "has_kind", "kind:highway"),
    ("ledo_road", "runs_through", "country:india"),
    ("ledo_road", "runs_through", "country:myanmar"),
    ("ledo_road", "starts_in", "place:ledo"),
    ("ledo_road", "built_by", "org:us_army_corps_of_engineers"),

    ("columbia_river_highway", "has_kind", "kind:scenic_highway"),
    ("columbia_river_highway", "runs_through", "country:united_states"),
    ("columbia_river_highway", "designed_by", "person:samuel_lancaster"),

    ("mulholland_drive", "has_kind", "kind:scenic_drive"),
    ("mulholland_drive", "runs_through", "country:united_states"),
    ("mulholland_drive", "named_after", "person:william_mulholland"),

    ("icefields_parkway", "has_kind", "kind:parkway"),
    ("icefields_parkway", "runs_through", "country:canada"),
    ("icefields_parkway", "starts_in", "place:lake_louise"),
    ("icefields_parkway", "ends_in", "place:jasper"),

    ("romantic_road", "has_kind", "kind:tourist_route"),
    ("romantic_road", "runs_through", "country:germany"),
    ("romantic_road", "starts_in", "place:wurzburg"),
    ("romantic_road", "ends_in", "place:fussen"),

    ("route_napoleon", "has_kind", "kind:tourist_route"),
    ("route_napoleon", "runs_through", "country:france"),
    ("route_napoleon", "starts_in", "place:golfe_juan"),
    ("route_napoleon", "ends_in", "place:grenoble"),
    ("route_napoleon", "named_after", "person:napoleon"),
]

RATINGS = [
    ("ana", "route_66", 5.0), ("ana", "lincoln_highway", 4.0), ("ana", "great_ocean_road", 1.5), ("ana", "trollstigen", 4.5),
    ("ben", "stelvio_pass_road", 5.0), ("ben", "grossglockner_road", 4.5), ("ben", "mulholland_drive", 2.0), ("ben", "karakoram_highway", 3.0),
    ("chen", "burma_road", 4.0), ("chen", "ledo_road", 1.0), ("chen", "alaska_highway", 5.0), ("chen", "romantic_road", 2.5),
    ("dara", "blue_ridge_parkway", 4.5), ("dara", "icefields_parkway", 3.5), ("dara", "atlantic_ocean_road", 1.5), ("dara", "transfagarasan", 5.0),
    ("emil", "route_napoleon", 4.0), ("emil", "columbia_river_highway", 2.0), ("emil", "going_to_the_sun_road", 5.0), ("emil", "route_66", 0.5),
]


def entities():
    out = [kgx.Entity(f"road:{slug}", kind="item", type="road", label=label, aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in ROADS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = [(f"road:{road}", rel, tail) for road, rel, tail in FACTS]
    out += [(f"user:{u}", "rated", f"road:{road}", {"rating": r}) for u, road, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind141")
