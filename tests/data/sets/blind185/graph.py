"""A small graph of historic tapestries (blind185)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("tapestry",)),
    kgx.Relation("located_in", phrase="hangs in", inverse_phrase="is home to", domain=("tapestry",), range=("city",)),
    kgx.Relation("held_by", phrase="is in the collection of", inverse_phrase="owns", domain=("tapestry",),
                 range=("museum", "castle", "cathedral", "college", "art collection", "heritage agency", "parliament")),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("tapestry",), range=("artist",)),
    kgx.Relation("woven_in", phrase="was woven in", inverse_phrase="was the weaving place of", domain=("tapestry",),
                 range=("city", "region")),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("tapestry",), range=("subject",)),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is a material of", domain=("tapestry",), range=("material",)),
]

_ITEMS = [
    ("bayeux_tapestry", "Bayeux Tapestry", 1070),
    ("lady_and_the_unicorn", "The Lady and the Unicorn", 1500),
    ("apocalypse_tapestry", "Apocalypse Tapestry", 1377),
    ("hunt_of_the_unicorn", "The Hunt of the Unicorn", 1495),
    ("nine_heroes_tapestries", "Nine Heroes Tapestries", 1400),
    ("devonshire_hunting_tapestries", "Devonshire Hunting Tapestries", 1430),
    ("acts_of_the_apostles", "The Acts of the Apostles", 1519),
    ("hunts_of_maximilian", "The Hunts of Maximilian", 1530),
    ("battle_of_pavia_tapestries", "Battle of Pavia Tapestries", 1531),
    ("conquest_of_tunis", "The Conquest of Tunis", 1554),
    ("story_of_abraham", "The Story of Abraham", 1540),
    ("history_of_the_king", "The History of the King", 1665),
    ("adoration_of_the_magi", "The Adoration of the Magi", 1890),
    ("christ_in_glory", "Christ in Glory", 1962),
    ("le_chant_du_monde", "Le Chant du Monde", 1957),
    ("great_hall_tapestry", "Great Hall Tapestry", 1988),
    ("great_tapestry_of_scotland", "Great Tapestry of Scotland", 2013),
]

_ATTRS = [
    # cities
    ("city:bayeux", "city", "Bayeux"),
    ("city:paris", "city", "Paris"),
    ("city:angers", "city", "Angers"),
    ("city:new_york_city", "city", "New York City"),
    ("city:london", "city", "London"),
    ("city:vatican_city", "city", "Vatican City"),
    ("city:naples", "city", "Naples"),
    ("city:madrid", "city", "Madrid"),
    ("city:oxford", "city", "Oxford"),
    ("city:coventry", "city", "Coventry"),
    ("city:canberra", "city", "Canberra"),
    ("city:galashiels", "city", "Galashiels"),
    ("city:brussels", "city", "Brussels"),
    ("city:felletin", "city", "Felletin"),
    ("city:melbourne", "city", "Melbourne"),
    # regions
    ("region:flanders", "region", "Flanders"),
    ("region:southern_netherlands", "region", "Southern Netherlands"),
    # holders
    ("museum:bayeux_museum", "museum", "Bayeux Museum"),
    ("museum:musee_de_cluny", "museum", "Musée de Cluny"),
    ("castle:chateau_d_angers", "castle", "Château d'Angers"),
    ("museum:met_cloisters", "museum", "The Met Cloisters"),
    ("museum:victoria_and_albert_museum", "museum", "Victoria and Albert Museum"),
    ("museum:vatican_museums", "museum", "Vatican Museums"),
    ("museum:louvre", "museum", "Louvre"),
    ("museum:museo_di_capodimonte", "museum", "Museo di Capodimonte"),
    ("agency:patrimonio_nacional", "heritage agency", "Patrimonio Nacional"),
    ("collection:royal_collection", "art collection", "Royal Collection"),
    ("college:exeter_college", "college", "Exeter College"),
    ("cathedral:coventry_cathedral", "cathedral", "Coventry Cathedral"),
    ("museum:musee_jean_lurcat", "museum", "Musée Jean-Lurçat"),
    ("parliament:parliament_of_australia", "parliament", "Parliament of Australia"),
    # artists
    ("artist:jean_bondol", "artist", "Jean Bondol"),
    ("artist:raphael", "artist", "Raphael"),
    ("artist:bernard_van_orley", "artist", "Bernard van Orley"),
    ("artist:jan_cornelisz_vermeyen", "artist", "Jan Cornelisz Vermeyen"),
    ("artist:pieter_coecke_van_aelst", "artist", "Pieter Coecke van Aelst"),
    ("artist:charles_le_brun", "artist", "Charles Le Brun"),
    ("artist:edward_burne_jones", "artist", "Edward Burne-Jones"),
    ("artist:graham_sutherland", "artist", "Graham Sutherland"),
    ("artist:jean_lurcat", "artist", "Jean Lurçat"),
    ("artist:arthur_boyd", "artist", "Arthur Boyd"),
    ("artist:andrew_crummy", "artist", "Andrew Crummy"),
    # subjects
    ("subject:norman_conquest", "subject", "Norman conquest of England"),
    ("subject:unicorn", "subject", "Unicorn"),
    ("subject:five_senses", "subject", "Five senses"),
    ("subject:book_of_revelation", "subject", "Book of Revelation"),
    ("subject:hunting", "subject", "Hunting"),
    ("subject:nine_worthies", "subject", "Nine Worthies"),
    ("subject:saint_peter", "subject", "Saint Peter"),
    ("subject:saint_paul", "subject", "Saint Paul"),
    ("subject:battle_of_pavia", "subject", "Battle of Pavia"),
    ("subject:charles_v", "subject", "Charles V"),
    ("subject:abraham", "subject", "Abraham"),
    ("subject:louis_xiv", "subject", "Louis XIV"),
    ("subject:magi", "subject", "Magi"),
    ("subject:christ", "subject", "Christ"),
    ("subject:history_of_scotland", "subject", "History of Scotland"),
    # materials
    ("material:wool", "material", "Wool"),
    ("material:linen", "material", "Linen"),
    ("material:silk", "material", "Silk"),
    ("material:gold_thread", "material", "Gold thread"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"tapestry:{slug}", kind="item", type="tapestry", label=label, attrs={"year": year})
           for slug, label, year in _ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "bayeux_tapestry": {
        "located_in": ["city:bayeux"], "held_by": ["museum:bayeux_museum"],
        "depicts": ["subject:norman_conquest"], "made_of": ["material:wool", "material:linen"]},
    "lady_and_the_unicorn": {
        "located_in": ["city:paris"], "held_by": ["museum:musee_de_cluny"], "woven_in": ["region:flanders"],
        "depicts": ["subject:unicorn", "subject:five_senses"], "made_of": ["material:wool", "material:silk"]},
    "apocalypse_tapestry": {
        "located_in": ["city:angers"], "held_by": ["castle:chateau_d_angers"], "designed_by": ["artist:jean_bondol"],
        "woven_in": ["city:paris"], "depicts": ["subject:book_of_revelation"], "made_of": ["material:wool"]},
    "hunt_of_the_unicorn": {
        "located_in": ["city:new_york_city"], "held_by": ["museum:met_cloisters"],
        "woven_in": ["region:southern_netherlands"], "depicts": ["subject:unicorn", "subject:hunting"],
        "made_of": ["material:wool", "material:silk"]},
    "nine_heroes_tapestries": {
        "located_in": ["city:new_york_city"], "held_by": ["museum:met_cloisters"],
        "woven_in": ["region:southern_netherlands"], "depicts": ["subject:nine_worthies"],
        "made_of": ["material:wool"]},
    "devonshire_hunting_tapestries": {
        "located_in": ["city:london"], "held_by": ["museum:victoria_and_albert_museum"],
        "woven_in": ["region:southern_netherlands"], "depicts": ["subject:hunting"], "made_of": ["material:wool"]},
    "acts_of_the_apostles": {
        "located_in": ["city:vatican_city"], "held_by": ["museum:vatican_museums"], "designed_by": ["artist:raphael"],
        "woven_in": ["city:brussels"], "depicts": ["subject:saint_peter", "subject:saint_paul"],
        "made_of": ["material:wool", "material:silk", "material:gold_thread"]},
    "hunts_of_maximilian": {
        "located_in": ["city:paris"], "held_by": ["museum:louvre"], "designed_by": ["artist:bernard_van_orley"],
        "woven_in": ["city:brussels"], "depicts": ["subject:hunting"],
        "made_of": ["material:wool", "material:silk", "material:gold_thread"]},
    "battle_of_pavia_tapestries": {
        "located_in": ["city:naples"], "held_by": ["museum:museo_di_capodimonte"],
        "designed_by": ["artist:bernard_van_orley"], "woven_in": ["city:brussels"],
        "depicts": ["subject:battle_of_pavia"], "made_of": ["material:wool", "material:silk", "material:gold_thread"]},
    "conquest_of_tunis": {
        "located_in": ["city:madrid"], "held_by": ["agency:patrimonio_nacional"],
        "designed_by": ["artist:jan_cornelisz_vermeyen"], "woven_in": ["city:brussels"],
        "depicts": ["subject:charles_v"], "made_of": ["material:wool", "material:silk", "material:gold_thread"]},
    "story_of_abraham": {
        "located_in": ["city:london"], "held_by": ["collection:royal_collection"],
        "designed_by": ["artist:pieter_coecke_van_aelst"], "woven_in": ["city:brussels"],
        "depicts": ["subject:abraham"], "made_of": ["material:wool", "material:silk", "material:gold_thread"]},
    "history_of_the_king": {
        "designed_by": ["artist:charles_le_brun"], "woven_in": ["city:paris"], "depicts": ["subject:louis_xiv"],
        "made_of": ["material:wool", "material:silk", "material:gold_thread"]},
    "adoration_of_the_magi": {
        "located_in": ["city:oxford"], "held_by": ["college:exeter_college"],
        "designed_by": ["artist:edward_burne_jones"], "depicts": ["subject:magi"],
        "made_of": ["material:wool", "material:silk"]},
    "christ_in_glory": {
        "located_in": ["city:coventry"], "held_by": ["cathedral:coventry_cathedral"],
        "designed_by": ["artist:graham_sutherland"], "woven_in": ["city:felletin"], "depicts": ["subject:christ"],
        "made_of": ["material:wool"]},
    "le_chant_du_monde": {
        "located_in": ["city:angers"], "held_by": ["museum:musee_jean_lurcat"], "designed_by": ["artist:jean_lurcat"],
        "made_of": ["material:wool"]},
    "great_hall_tapestry": {
        "located_in": ["city:canberra"], "held_by": ["parliament:parliament_of_australia"],
        "designed_by": ["artist:arthur_boyd"], "woven_in": ["city:melbourne"], "made_of": ["material:wool"]},
    "great_tapestry_of_scotland": {
        "located_in": ["city:galashiels"], "designed_by": ["artist:andrew_crummy"],
        "depicts": ["subject:history_of_scotland"], "made_of": ["material:wool", "material:linen"]},
}

RATINGS = {
    "ana": [("bayeux_tapestry", 5.0), ("lady_and_the_unicorn", 4.5), ("apocalypse_tapestry", 2.0),
            ("christ_in_glory", 3.0)],
    "ben": [("hunt_of_the_unicorn", 4.0), ("acts_of_the_apostles", 5.0), ("history_of_the_king", 1.5),
            ("devonshire_hunting_tapestries", 3.5)],
    "chen": [("battle_of_pavia_tapestries", 4.5), ("conquest_of_tunis", 2.0), ("hunts_of_maximilian", 4.0),
             ("great_tapestry_of_scotland", 1.0)],
    "dara": [("adoration_of_the_magi", 5.0), ("le_chant_du_monde", 4.0), ("great_hall_tapestry", 2.5),
             ("story_of_abraham", 1.5)],
    "emil": [("nine_heroes_tapestries", 4.5), ("bayeux_tapestry", 3.0), ("christ_in_glory", 5.0),
             ("apocalypse_tapestry", 4.0)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"tapestry:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"tapestry:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind185")
