"""A small cookbooks graph for blind225 evaluation texts."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("cookbook",)),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote",
                 domain=("cookbook",), range=("person",)),
    kgx.Relation("published_by", phrase="was published by", inverse_phrase="published",
                 domain=("cookbook",), range=("publisher",)),
    kgx.Relation("focuses_on", phrase="focuses on", inverse_phrase="is the focus of",
                 domain=("cookbook",), range=("cuisine",)),
    kgx.Relation("has_genre", phrase="is a", inverse_phrase="is the genre of",
                 domain=("cookbook",), range=("genre",)),
    kgx.Relation("illustrated_by", phrase="was illustrated by", inverse_phrase="illustrated",
                 domain=("cookbook",), range=("person",)),
]

# (slug, label, year of first publication)
_BOOKS = [
    ("mastering_the_art_of_french_cooking", "Mastering the Art of French Cooking", 1961),
    ("joy_of_cooking", "The Joy of Cooking", 1931),
    ("book_of_household_management", "Mrs Beeton's Book of Household Management", 1861),
    ("the_silver_spoon", "The Silver Spoon", 1950),
    ("essentials_of_classic_italian_cooking", "Essentials of Classic Italian Cooking", 1992),
    ("moosewood_cookbook", "The Moosewood Cookbook", 1977),
    ("salt_fat_acid_heat", "Salt, Fat, Acid, Heat", 2017),
    ("jerusalem", "Jerusalem", 2012),
    ("plenty", "Plenty", 2010),
    ("how_to_cook_everything", "How to Cook Everything", 1998),
    ("the_food_lab", "The Food Lab", 2015),
    ("le_guide_culinaire", "Le Guide Culinaire", 1903),
    ("art_of_cookery", "The Art of Cookery Made Plain and Easy", 1747),
    ("larousse_gastronomique", "Larousse Gastronomique", 1938),
    ("book_of_mediterranean_food", "A Book of Mediterranean Food", 1950),
    ("zuni_cafe_cookbook", "The Zuni Cafe Cookbook", 2002),
    ("momofuku", "Momofuku", 2009),
    ("how_to_eat", "How to Eat", 1998),
]

_PEOPLE = [
    ("julia_child", "Julia Child"), ("simone_beck", "Simone Beck"),
    ("louisette_bertholle", "Louisette Bertholle"), ("irma_rombauer", "Irma S. Rombauer"),
    ("isabella_beeton", "Isabella Beeton"), ("marcella_hazan", "Marcella Hazan"),
    ("mollie_katzen", "Mollie Katzen"), ("samin_nosrat", "Samin Nosrat"),
    ("yotam_ottolenghi", "Yotam Ottolenghi"), ("sami_tamimi", "Sami Tamimi"),
    ("mark_bittman", "Mark Bittman"), ("kenji_lopez_alt", "J. Kenji López-Alt"),
    ("auguste_escoffier", "Auguste Escoffier"), ("hannah_glasse", "Hannah Glasse"),
    ("prosper_montagne", "Prosper Montagné"), ("elizabeth_david", "Elizabeth David"),
    ("judy_rodgers", "Judy Rodgers"), ("david_chang", "David Chang"),
    ("peter_meehan", "Peter Meehan"), ("nigella_lawson", "Nigella Lawson"),
    ("wendy_macnaughton", "Wendy MacNaughton"), ("john_minton", "John Minton"),
    ("sidonie_coryn", "Sidonie Coryn"),
]

_PUBLISHERS = [
    ("knopf", "Alfred A. Knopf"), ("s_o_beeton", "S. O. Beeton"),
    ("editoriale_domus", "Editoriale Domus"), ("ten_speed_press", "Ten Speed Press"),
    ("simon_and_schuster", "Simon & Schuster"), ("ebury_press", "Ebury Press"),
    ("macmillan", "Macmillan"), ("ww_norton", "W. W. Norton"),
    ("larousse", "Larousse"), ("john_lehmann", "John Lehmann"),
    ("clarkson_potter", "Clarkson Potter"), ("chatto_and_windus", "Chatto & Windus"),
]

_CUISINES = [
    ("french", "French cuisine"), ("italian", "Italian cuisine"),
    ("british", "British cuisine"), ("middle_eastern", "Middle Eastern cuisine"),
    ("mediterranean", "Mediterranean cuisine"), ("american", "American cuisine"),
]

_GENRES = [
    ("vegetarian_cookbook", "Vegetarian cookbook"), ("restaurant_cookbook", "Restaurant cookbook"),
    ("encyclopedia", "Encyclopedia"), ("household_manual", "Household manual"),
    ("food_science", "Food science"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in _BOOKS:
        out.append(kgx.Entity(f"cookbook:{slug}", kind="item", type="cookbook",
                              label=label, attrs={"year": year}))
    for slug, label in _PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in _PUBLISHERS:
        out.append(kgx.Entity(f"publisher:{slug}", kind="attribute", type="publisher", label=label))
    for slug, label in _CUISINES:
        out.append(kgx.Entity(f"cuisine:{slug}", kind="attribute", type="cuisine", label=label))
    for slug, label in _GENRES:
        out.append(kgx.Entity(f"genre:{slug}", kind="attribute", type="genre", label=label))
    for name in _USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


_FACTS = {
    "mastering_the_art_of_french_cooking": {
        "written_by": ["julia_child", "simone_beck", "louisette_bertholle"],
        "published_by": ["knopf"], "focuses_on": ["french"], "illustrated_by": ["sidonie_coryn"]},
    "joy_of_cooking": {
        "written_by": ["irma_rombauer"], "focuses_on": ["american"]},
    "book_of_household_management": {
        "written_by": ["isabella_beeton"], "published_by": ["s_o_beeton"],
        "focuses_on": ["british"], "has_genre": ["household_manual"]},
    "the_silver_spoon": {
        "published_by": ["editoriale_domus"], "focuses_on": ["italian"]},
    "essentials_of_classic_italian_cooking": {
        "written_by": ["marcella_hazan"], "published_by": ["knopf"], "focuses_on": ["italian"]},
    "moosewood_cookbook": {
        "written_by": ["mollie_katzen"], "published_by": ["ten_speed_press"],
        "has_genre": ["vegetarian_cookbook"], "illustrated_by": ["mollie_katzen"]},
    "salt_fat_acid_heat": {
        "written_by": ["samin_nosrat"], "published_by": ["simon_and_schuster"],
        "illustrated_by": ["wendy_macnaughton"]},
    "jerusalem": {
        "written_by": ["yotam_ottolenghi", "sami_tamimi"], "published_by": ["ebury_press"],
        "focuses_on": ["middle_eastern"]},
    "plenty": {
        "written_by": ["yotam_ottolenghi"], "published_by": ["ebury_press"],
        "has_genre": ["vegetarian_cookbook"]},
    "how_to_cook_everything": {
        "written_by": ["mark_bittman"], "published_by": ["macmillan"], "focuses_on": ["american"]},
    "the_food_lab": {
        "written_by": ["kenji_lopez_alt"], "published_by": ["ww_norton"],
        "has_genre": ["food_science"]},
    "le_guide_culinaire": {
        "written_by": ["auguste_escoffier"], "focuses_on": ["french"]},
    "art_of_cookery": {
        "written_by": ["hannah_glasse"], "focuses_on": ["british"]},
    "larousse_gastronomique": {
        "written_by": ["prosper_montagne"], "published_by": ["larousse"],
        "focuses_on": ["french"], "has_genre": ["encyclopedia"]},
    "book_of_mediterranean_food": {
        "written_by": ["elizabeth_david"], "published_by": ["john_lehmann"],
        "focuses_on": ["mediterranean"], "illustrated_by": ["john_minton"]},
    "zuni_cafe_cookbook": {
        "written_by": ["judy_rodgers"], "published_by": ["ww_norton"],
        "has_genre": ["restaurant_cookbook"]},
    "momofuku": {
        "written_by": ["david_chang", "peter_meehan"], "published_by": ["clarkson_potter"],
        "has_genre": ["restaurant_cookbook"]},
    "how_to_eat": {
        "written_by": ["nigella_lawson"], "published_by": ["chatto_and_windus"]},
}

_PREFIX = {"written_by": "person", "illustrated_by": "person", "published_by": "publisher",
           "focuses_on": "cuisine", "has_genre": "genre"}

_RATINGS = {
    "ana": [("mastering_the_art_of_french_cooking", 5.0), ("plenty", 4.5),
            ("joy_of_cooking", 2.0), ("the_food_lab", 3.5)],
    "ben": [("momofuku", 4.0), ("salt_fat_acid_heat", 5.0),
            ("book_of_household_management", 1.5), ("larousse_gastronomique", 3.0)],
    "chen": [("jerusalem", 4.5), ("the_silver_spoon", 4.0),
             ("how_to_eat", 2.5), ("how_to_cook_everything", 1.0)],
    "dara": [("moosewood_cookbook", 5.0), ("essentials_of_classic_italian_cooking", 3.0),
             ("zuni_cafe_cookbook", 4.0), ("art_of_cookery", 2.0)],
    "emil": [("le_guide_culinaire", 4.5), ("book_of_mediterranean_food", 1.5),
             ("the_food_lab", 4.0), ("mastering_the_art_of_french_cooking", 3.0)],
}


def rows():
    out = []
    for book, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"cookbook:{book}", rel, f"{_PREFIX[rel]}:{t}"))
    for user, ratings in _RATINGS.items():
        for book, r in ratings:
            out.append((f"user:{user}", "rated", f"cookbook:{book}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind225")
