"""A small knowledge graph of real synagogues (blind196).

Items are synagogue buildings; ``year`` is the year the building was completed,
consecrated or opened.  Attributes are cities, architects, architectural styles,
religious movements of the congregations and museums housed in the buildings.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("synagogue",)),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to",
                 domain=("synagogue",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("synagogue",), range=("architect",)),
    kgx.Relation("built_in_style", phrase="is built in the style of", inverse_phrase="is the style of",
                 domain=("synagogue",), range=("style",)),
    kgx.Relation("affiliated_with", phrase="is affiliated with", inverse_phrase="is the movement of",
                 domain=("synagogue",), range=("movement",)),
    kgx.Relation("houses", phrase="houses", inverse_phrase="is housed in",
                 domain=("synagogue",), range=("museum",)),
]

_SYNAGOGUES = [
    # slug, label, year, aliases
    ("dohany_street", "Dohány Street Synagogue", 1859, ("Dohány Synagogue",)),
    ("old_new", "Old New Synagogue", 1270, ("Altneuschul",)),
    ("spanish_prague", "Spanish Synagogue", 1868, ()),
    ("jubilee_prague", "Jubilee Synagogue", 1906, ("Jerusalem Synagogue",)),
    ("touro", "Touro Synagogue", 1763, ()),
    ("bevis_marks", "Bevis Marks Synagogue", 1701, ()),
    ("portuguese_amsterdam", "Portuguese Synagogue", 1675, ("Esnoga",)),
    ("central_nyc", "Central Synagogue", 1872, ()),
    ("temple_emanu_el", "Temple Emanu-El", 1929, ()),
    ("eldridge_street", "Eldridge Street Synagogue", 1887, ()),
    ("florence", "Great Synagogue of Florence", 1882, ("Tempio Maggiore of Florence",)),
    ("rome", "Great Synagogue of Rome", 1904, ("Tempio Maggiore di Roma",)),
    ("new_berlin", "New Synagogue", 1866, ("Neue Synagoge",)),
    ("el_transito", "Synagogue of El Tránsito", 1357, ("El Tránsito Synagogue",)),
    ("kahal_zur_israel", "Kahal Zur Israel Synagogue", 1636, ()),
    ("beth_shalom", "Beth Shalom Synagogue", 1959, ()),
    ("rumbach", "Rumbach Street Synagogue", 1872, ()),
    ("stockholm", "Great Synagogue of Stockholm", 1870, ()),
    ("subotica", "Subotica Synagogue", 1902, ()),
    ("szeged", "Szeged Synagogue", 1903, ("New Synagogue of Szeged",)),
]

_ATTRIBUTES = [
    # cities
    ("city:budapest", "city", "Budapest"),
    ("city:prague", "city", "Prague"),
    ("city:newport", "city", "Newport"),
    ("city:london", "city", "London"),
    ("city:amsterdam", "city", "Amsterdam"),
    ("city:new_york_city", "city", "New York City"),
    ("city:florence", "city", "Florence"),
    ("city:rome", "city", "Rome"),
    ("city:berlin", "city", "Berlin"),
    ("city:toledo", "city", "Toledo"),
    ("city:recife", "city", "Recife"),
    ("city:elkins_park", "city", "Elkins Park"),
    ("city:stockholm", "city", "Stockholm"),
    ("city:subotica", "city", "Subotica"),
    ("city:szeged", "city", "Szeged"),
    # architects
    ("architect:ludwig_forster", "architect", "Ludwig Förster"),
    ("architect:vojtech_ignac_ullmann", "architect", "Vojtěch Ignác Ullmann"),
    ("architect:wilhelm_stiassny", "architect", "Wilhelm Stiassny"),
    ("architect:peter_harrison", "architect", "Peter Harrison"),
    ("architect:joseph_avis", "architect", "Joseph Avis"),
    ("architect:elias_bouman", "architect", "Elias Bouman"),
    ("architect:henry_fernbach", "architect", "Henry Fernbach"),
    ("architect:robert_d_kohn", "architect", "Robert D. Kohn"),
    ("architect:charles_butler", "architect", "Charles Butler"),
    ("architect:clarence_stein", "architect", "Clarence Stein"),
    ("architect:herter_brothers", "architect", "Herter Brothers"),
    ("architect:marco_treves", "architect", "Marco Treves"),
    ("architect:mariano_falcini", "architect", "Mariano Falcini"),
    ("architect:vincenzo_micheli", "architect", "Vincenzo Micheli"),
    ("architect:vincenzo_costa", "architect", "Vincenzo Costa"),
    ("architect:osvaldo_armanni", "architect", "Osvaldo Armanni"),
    ("architect:eduard_knoblauch", "architect", "Eduard Knoblauch"),
    ("architect:friedrich_august_stuler", "architect", "Friedrich August Stüler"),
    ("architect:frank_lloyd_wright", "architect", "Frank Lloyd Wright"),
    ("architect:otto_wagner", "architect", "Otto Wagner"),
    ("architect:fredrik_wilhelm_scholander", "architect", "Fredrik Wilhelm Scholander"),
    ("architect:marcell_komor", "architect", "Marcell Komor"),
    ("architect:dezso_jakab", "architect", "Dezső Jakab"),
    ("architect:lipot_baumhorn", "architect", "Lipót Baumhorn"),
    # styles
    ("style:moorish_revival", "style", "Moorish Revival"),
    ("style:gothic", "style", "Gothic"),
    ("style:georgian", "style", "Georgian"),
    ("style:romanesque_revival", "style", "Romanesque Revival"),
    ("style:mudejar", "style", "Mudéjar"),
    ("style:modernist", "style", "Modernist"),
    ("style:art_nouveau", "style", "Art Nouveau"),
    # movements
    ("movement:orthodox", "movement", "Orthodox Judaism"),
    ("movement:reform", "movement", "Reform Judaism"),
    ("movement:conservative", "movement", "Conservative Judaism"),
    ("movement:neolog", "movement", "Neolog Judaism"),
    # museums
    ("museum:sephardic_museum", "museum", "Sephardic Museum"),
    ("museum:museum_at_eldridge_street", "museum", "Museum at Eldridge Street"),
    ("museum:jewish_museum_florence", "museum", "Jewish Museum of Florence"),
    ("museum:jewish_museum_rome", "museum", "Jewish Museum of Rome"),
    ("museum:centrum_judaicum", "museum", "Centrum Judaicum"),
    ("museum:jewish_museum_prague", "museum", "Jewish Museum in Prague"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"synagogue:{slug}", kind="item", type="synagogue", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _SYNAGOGUES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "dohany_street": dict(city="budapest", architects=["ludwig_forster"], styles=["moorish_revival"],
                          movements=["neolog"]),
    "old_new": dict(city="prague", styles=["gothic"], movements=["orthodox"]),
    "spanish_prague": dict(city="prague", architects=["vojtech_ignac_ullmann"], styles=["moorish_revival"],
                           museums=["jewish_museum_prague"]),
    "jubilee_prague": dict(city="prague", architects=["wilhelm_stiassny"], styles=["moorish_revival"]),
    "touro": dict(city="newport", architects=["peter_harrison"], styles=["georgian"], movements=["orthodox"]),
    "bevis_marks": dict(city="london", architects=["joseph_avis"], movements=["orthodox"]),
    "portuguese_amsterdam": dict(city="amsterdam", architects=["elias_bouman"], movements=["orthodox"]),
    "central_nyc": dict(city="new_york_city", architects=["henry_fernbach"], styles=["moorish_revival"],
                        movements=["reform"]),
    "temple_emanu_el": dict(city="new_york_city", architects=["robert_d_kohn", "charles_butler", "clarence_stein"],
                            styles=["romanesque_revival"], movements=["reform"]),
    "eldridge_street": dict(city="new_york_city", architects=["herter_brothers"], styles=["moorish_revival"],
                            movements=["orthodox"], museums=["museum_at_eldridge_street"]),
    "florence": dict(city="florence", architects=["marco_treves", "mariano_falcini", "vincenzo_micheli"],
                     styles=["moorish_revival"], movements=["orthodox"], museums=["jewish_museum_florence"]),
    "rome": dict(city="rome", architects=["vincenzo_costa", "osvaldo_armanni"], movements=["orthodox"],
                 museums=["jewish_museum_rome"]),
    "new_berlin": dict(city="berlin", architects=["eduard_knoblauch", "friedrich_august_stuler"],
                       styles=["moorish_revival"], museums=["centrum_judaicum"]),
    "el_transito": dict(city="toledo", styles=["mudejar"], museums=["sephardic_museum"]),
    "kahal_zur_israel": dict(city="recife"),
    "beth_shalom": dict(city="elkins_park", architects=["frank_lloyd_wright"], styles=["modernist"],
                        movements=["conservative"]),
    "rumbach": dict(city="budapest", architects=["otto_wagner"], styles=["moorish_revival"]),
    "stockholm": dict(city="stockholm", architects=["fredrik_wilhelm_scholander"], movements=["conservative"]),
    "subotica": dict(city="subotica", architects=["marcell_komor", "dezso_jakab"], styles=["art_nouveau"]),
    "szeged": dict(city="szeged", architects=["lipot_baumhorn"], styles=["art_nouveau"], movements=["neolog"]),
}

_RATINGS = {
    "ana": [("dohany_street", 5.0), ("old_new", 4.5), ("touro", 2.0), ("beth_shalom", 3.0)],
    "ben": [("central_nyc", 4.0), ("eldridge_street", 1.5), ("bevis_marks", 5.0), ("florence", 3.5)],
    "chen": [("el_transito", 4.5), ("portuguese_amsterdam", 2.5), ("rome", 1.0), ("spanish_prague", 5.0)],
    "dara": [("new_berlin", 4.0), ("stockholm", 2.0), ("subotica", 4.5), ("kahal_zur_israel", 3.0)],
    "emil": [("szeged", 5.0), ("temple_emanu_el", 1.0), ("jubilee_prague", 3.5), ("rumbach", 4.0)],
}


def rows():
    out = []
    for slug, f in _FACTS.items():
        s = f"synagogue:{slug}"
        out.append((s, "located_in", f"city:{f['city']}"))
        out += [(s, "designed_by", f"architect:{a}") for a in f.get("architects", [])]
        out += [(s, "built_in_style", f"style:{x}") for x in f.get("styles", [])]
        out += [(s, "affiliated_with", f"movement:{x}") for x in f.get("movements", [])]
        out += [(s, "houses", f"museum:{x}") for x in f.get("museums", [])]
    for user, rs in _RATINGS.items():
        out += [(f"user:{user}", "rated", f"synagogue:{slug}", {"rating": r}) for slug, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind196")
