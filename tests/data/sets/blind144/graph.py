"""blind144: a small graph of famous individual trees.

Items are trees; `year` is the year each tree is best known for (named, discovered,
dated, recorded, felled ...).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("tree",)),
    kgx.Relation("species", phrase="is a", inverse_phrase="is the species of",
                 domain=("tree",), range=("species", "genus")),
    kgx.Relation("grows_in", phrase="grows in", inverse_phrase="is home to",
                 domain=("tree",), range=("national park", "national forest", "forest", "mountain",
                                          "city", "town", "desert", "valley")),
    kgx.Relation("in_country", phrase="stands in", inverse_phrase="is the country of",
                 domain=("tree",), range=("country",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of",
                 domain=("tree",), range=("person", "dog", "document")),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("tree",), range=("person", "organisation")),
    kgx.Relation("featured_in", phrase="appears in", inverse_phrase="features",
                 domain=("tree",), range=("film", "book")),
]

_TREES = [
    ("tree:general_sherman", "General Sherman", 1879),
    ("tree:general_grant", "General Grant", 1867),
    ("tree:the_president", "The President", 1923),
    ("tree:hyperion", "Hyperion", 2006),
    ("tree:methuselah", "Methuselah", 1957),
    ("tree:prometheus", "Prometheus", 1964),
    ("tree:pando", "Pando", 1976),
    ("tree:old_tjikko", "Old Tjikko", 2004),
    ("tree:major_oak", "Major Oak", 1790),
    ("tree:sycamore_gap", "Sycamore Gap Tree", 1991),
    ("tree:anne_frank_tree", "Anne Frank Tree", 1944),
    ("tree:survivor_tree", "Survivor Tree", 2001),
    ("tree:tree_of_tenere", "Tree of Ténéré", 1973),
    ("tree:charter_oak", "Charter Oak", 1687),
    ("tree:emancipation_oak", "Emancipation Oak", 1863),
    ("tree:wye_oak", "Wye Oak", 2002),
    ("tree:treaty_oak", "Treaty Oak", 1989),
    ("tree:centurion", "Centurion", 2008),
]

_ATTRS = [
    # species / genus
    ("species:giant_sequoia", "species", "Giant sequoia"),
    ("species:coast_redwood", "species", "Coast redwood"),
    ("species:bristlecone_pine", "species", "Great Basin bristlecone pine"),
    ("species:quaking_aspen", "species", "Quaking aspen"),
    ("species:norway_spruce", "species", "Norway spruce"),
    ("species:english_oak", "species", "English oak"),
    ("species:sycamore", "species", "Sycamore"),
    ("species:horse_chestnut", "species", "Horse chestnut"),
    ("species:callery_pear", "species", "Callery pear"),
    ("genus:acacia", "genus", "Acacia"),
    ("species:white_oak", "species", "White oak"),
    ("species:southern_live_oak", "species", "Southern live oak"),
    ("species:mountain_ash", "species", "Mountain ash"),
    # places
    ("park:sequoia", "national park", "Sequoia National Park"),
    ("park:kings_canyon", "national park", "Kings Canyon National Park"),
    ("park:redwood", "national park", "Redwood National Park"),
    ("forest:inyo", "national forest", "Inyo National Forest"),
    ("mountain:wheeler_peak", "mountain", "Wheeler Peak"),
    ("forest:fishlake", "national forest", "Fishlake National Forest"),
    ("park:fulufjallet", "national park", "Fulufjället National Park"),
    ("forest:sherwood", "forest", "Sherwood Forest"),
    ("park:northumberland", "national park", "Northumberland National Park"),
    ("city:amsterdam", "city", "Amsterdam"),
    ("city:new_york", "city", "New York City"),
    ("desert:tenere", "desert", "Ténéré"),
    ("city:hartford", "city", "Hartford"),
    ("city:hampton", "city", "Hampton"),
    ("town:wye_mills", "town", "Wye Mills"),
    ("city:austin", "city", "Austin"),
    ("valley:arve", "valley", "Arve Valley"),
    # countries
    ("country:usa", "country", "United States"),
    ("country:sweden", "country", "Sweden"),
    ("country:uk", "country", "United Kingdom"),
    ("country:netherlands", "country", "Netherlands"),
    ("country:niger", "country", "Niger"),
    ("country:australia", "country", "Australia"),
    # namesakes
    ("person:william_t_sherman", "person", "William Tecumseh Sherman"),
    ("person:ulysses_s_grant", "person", "Ulysses S. Grant"),
    ("person:warren_g_harding", "person", "Warren G. Harding"),
    ("dog:tjikko", "dog", "Tjikko"),
    ("person:hayman_rooke", "person", "Hayman Rooke"),
    ("person:anne_frank", "person", "Anne Frank"),
    ("document:emancipation_proclamation", "document", "Emancipation Proclamation"),
    ("document:charter_of_connecticut", "document", "Charter of Connecticut"),
    # discoverers
    ("person:chris_atkins", "person", "Chris Atkins"),
    ("person:michael_taylor", "person", "Michael Taylor"),
    ("person:edmund_schulman", "person", "Edmund Schulman"),
    ("person:burton_v_barnes", "person", "Burton V. Barnes"),
    ("person:jerry_kemperman", "person", "Jerry Kemperman"),
    ("person:leif_kullman", "person", "Leif Kullman"),
    ("org:forestry_tasmania", "organisation", "Forestry Tasmania"),
    # works
    ("film:robin_hood_prince_of_thieves", "film", "Robin Hood: Prince of Thieves"),
    ("book:diary_of_a_young_girl", "book", "The Diary of a Young Girl"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="tree", label=lab, attrs={"year": y}) for i, lab, y in _TREES]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, t, lab in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


def rows():
    return [
        # species
        ("tree:general_sherman", "species", "species:giant_sequoia"),
        ("tree:general_grant", "species", "species:giant_sequoia"),
        ("tree:the_president", "species", "species:giant_sequoia"),
        ("tree:hyperion", "species", "species:coast_redwood"),
        ("tree:methuselah", "species", "species:bristlecone_pine"),
        ("tree:prometheus", "species", "species:bristlecone_pine"),
        ("tree:pando", "species", "species:quaking_aspen"),
        ("tree:old_tjikko", "species", "species:norway_spruce"),
        ("tree:major_oak", "species", "species:english_oak"),
        ("tree:sycamore_gap", "species", "species:sycamore"),
        ("tree:anne_frank_tree", "species", "species:horse_chestnut"),
        ("tree:survivor_tree", "species", "species:callery_pear"),
        ("tree:tree_of_tenere", "species", "genus:acacia"),
        ("tree:charter_oak", "species", "species:white_oak"),
        ("tree:emancipation_oak", "species", "species:southern_live_oak"),
        ("tree:wye_oak", "species", "species:white_oak"),
        ("tree:treaty_oak", "species", "species:southern_live_oak"),
        ("tree:centurion", "species", "species:mountain_ash"),
        # where they grow (or grew)
        ("tree:general_sherman", "grows_in", "park:sequoia"),
        ("tree:general_grant", "grows_in", "park:kings_canyon"),
        ("tree:the_president", "grows_in", "park:sequoia"),
        ("tree:hyperion", "grows_in", "park:redwood"),
        ("tree:methuselah", "grows_in", "forest:inyo"),
        ("tree:prometheus", "grows_in", "mountain:wheeler_peak"),
        ("tree:pando", "grows_in", "forest:fishlake"),
        ("tree:old_tjikko", "grows_in", "park:fulufjallet"),
        ("tree:major_oak", "grows_in", "forest:sherwood"),
        ("tree:sycamore_gap", "grows_in", "park:northumberland"),
        ("tree:anne_frank_tree", "grows_in", "city:amsterdam"),
        ("tree:survivor_tree", "grows_in", "city:new_york"),
        ("tree:tree_of_tenere", "grows_in", "desert:tenere"),
        ("tree:charter_oak", "grows_in", "city:hartford"),
        ("tree:emancipation_oak", "grows_in", "city:hampton"),
        ("tree:wye_oak", "grows_in", "town:wye_mills"),
        ("tree:treaty_oak", "grows_in", "city:austin"),
        ("tree:centurion", "grows_in", "valley:arve"),
        # countries
        ("tree:general_sherman", "in_country", "country:usa"),
        ("tree:general_grant", "in_country", "country:usa"),
        ("tree:the_president", "in_country", "country:usa"),
        ("tree:hyperion", "in_country", "country:usa"),
        ("tree:methuselah", "in_country", "country:usa"),
        ("tree:prometheus", "in_country", "country:usa"),
        ("tree:pando", "in_country", "country:usa"),
        ("tree:old_tjikko", "in_country", "country:sweden"),
        ("tree:major_oak", "in_country", "country:uk"),
        ("tree:sycamore_gap", "in_country", "country:uk"),
        ("tree:anne_frank_tree", "in_country", "country:netherlands"),
        ("tree:survivor_tree", "in_country", "country:usa"),
        ("tree:tree_of_tenere", "in_country", "country:niger"),
        ("tree:charter_oak", "in_country", "country:usa"),
        ("tree:emancipation_oak", "in_country", "country:usa"),
        ("tree:wye_oak", "in_country", "country:usa"),
        ("tree:treaty_oak", "in_country", "country:usa"),
        ("tree:centurion", "in_country", "country:australia"),
        # namesakes
        ("tree:general_sherman", "named_after", "person:william_t_sherman"),
        ("tree:general_grant", "named_after", "person:ulysses_s_grant"),
        ("tree:the_president", "named_after", "person:warren_g_harding"),
        ("tree:old_tjikko", "named_after", "dog:tjikko"),
        ("tree:major_oak", "named_after", "person:hayman_rooke"),
        ("tree:anne_frank_tree", "named_after", "person:anne_frank"),
        ("tree:emancipation_oak", "named_after", "document:emancipation_proclamation"),
        ("tree:charter_oak", "named_after", "document:charter_of_connecticut"),
        # discoverers
        ("tree:hyperion", "discovered_by", "person:chris_atkins"),
        ("tree:hyperion", "discovered_by", "person:michael_taylor"),
        ("tree:methuselah", "discovered_by", "person:edmund_schulman"),
        ("tree:pando", "discovered_by", "person:burton_v_barnes"),
        ("tree:pando", "discovered_by", "person:jerry_kemperman"),
        ("tree:old_tjikko", "discovered_by", "person:leif_kullman"),
        ("tree:centurion", "discovered_by", "org:forestry_tasmania"),
        # appearances
        ("tree:sycamore_gap", "featured_in", "film:robin_hood_prince_of_thieves"),
        ("tree:anne_frank_tree", "featured_in", "book:diary_of_a_young_girl"),
        # ratings
        ("user:ana", "rated", "tree:general_sherman", {"rating": 5.0}),
        ("user:ana", "rated", "tree:hyperion", {"rating": 4.5}),
        ("user:ana", "rated", "tree:methuselah", {"rating": 2.0}),
        ("user:ana", "rated", "tree:anne_frank_tree", {"rating": 4.0}),
        ("user:ben", "rated", "tree:major_oak", {"rating": 4.5}),
        ("user:ben", "rated", "tree:sycamore_gap", {"rating": 5.0}),
        ("user:ben", "rated", "tree:pando", {"rating": 1.5}),
        ("user:ben", "rated", "tree:tree_of_tenere", {"rating": 3.0}),
        ("user:chen", "rated", "tree:old_tjikko", {"rating": 4.0}),
        ("user:chen", "rated", "tree:prometheus", {"rating": 1.0}),
        ("user:chen", "rated", "tree:survivor_tree", {"rating": 5.0}),
        ("user:chen", "rated", "tree:charter_oak", {"rating": 3.5}),
        ("user:dara", "rated", "tree:emancipation_oak", {"rating": 4.5}),
        ("user:dara", "rated", "tree:treaty_oak", {"rating": 2.0}),
        ("user:dara", "rated", "tree:wye_oak", {"rating": 3.0}),
        ("user:dara", "rated", "tree:general_grant", {"rating": 5.0}),
        ("user:emil", "rated", "tree:centurion", {"rating": 4.0}),
        ("user:emil", "rated", "tree:the_president", {"rating": 0.5}),
        ("user:emil", "rated", "tree:hyperion", {"rating": 3.5}),
        ("user:emil", "rated", "tree:sycamore_gap", {"rating": 2.5}),
    ]


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind144")
