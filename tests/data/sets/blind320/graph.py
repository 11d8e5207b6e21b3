"""A small graph of famous individual trees (blind320)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("tree",)),
    kgx.Relation("of_species", phrase="is a", inverse_phrase="is the species of",
                 domain=("tree",), range=("species",)),
    kgx.Relation("located_at", phrase="is located at", inverse_phrase="is the location of",
                 domain=("tree",), range=("place",)),
    kgx.Relation("in_country", phrase="is in", inverse_phrase="is the country of",
                 domain=("tree",), range=("country",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("tree",), range=("person", "organisation")),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("tree",), range=("person",)),
    kgx.Relation("managed_by", phrase="is looked after by", inverse_phrase="looks after",
                 domain=("tree",), range=("organisation",)),
]

# (slug, label, year): the year is the tree's best-known date
# (named, discovered, dated, felled, fell, ...).
TREES = [
    ("general_sherman", "General Sherman", 1879),    # named by James Wolverton
    ("general_grant", "General Grant", 1867),        # named by Lucretia Baker
    ("hyperion", "Hyperion", 2006),                  # discovered
    ("methuselah", "Methuselah", 1957),              # age found by Schulman
    ("prometheus", "Prometheus", 1964),              # cut down
    ("old_tjikko", "Old Tjikko", 2004),              # discovered by Kullman
    ("major_oak", "Major Oak", 1790),                # described by Hayman Rooke
    ("tree_of_tenere", "Tree of Ténéré", 1973),      # knocked down by a lorry
    ("anne_frank_tree", "Anne Frank Tree", 2010),    # blown down
    ("survivor_tree", "Survivor Tree", 2001),        # found at Ground Zero
    ("sycamore_gap_tree", "Sycamore Gap Tree", 2023),  # felled
    ("pando", "Pando", 1976),                        # identified by Burton Barnes
    ("centurion", "Centurion", 2008),                # found by Forestry Tasmania
    ("wawona_tree", "Wawona Tree", 1881),            # tunnel cut
    ("emancipation_oak", "Emancipation Oak", 1863),  # Emancipation Proclamation read
    ("charter_oak", "Charter Oak", 1687),            # charter hidden in it
    ("eisenhower_tree", "Eisenhower Tree", 2014),    # removed after ice storm
]

ATTRIBUTES = [
    # species
    ("species:giant_sequoia", "species", "Giant sequoia"),
    ("species:coast_redwood", "species", "Coast redwood"),
    ("species:bristlecone_pine", "species", "Great Basin bristlecone pine"),
    ("species:norway_spruce", "species", "Norway spruce"),
    ("species:english_oak", "species", "English oak"),
    ("species:acacia", "species", "Acacia"),
    ("species:horse_chestnut", "species", "Horse chestnut"),
    ("species:callery_pear", "species", "Callery pear"),
    ("species:sycamore", "species", "Sycamore"),
    ("species:quaking_aspen", "species", "Quaking aspen"),
    ("species:mountain_ash", "species", "Mountain ash"),
    ("species:southern_live_oak", "species", "Southern live oak"),
    ("species:white_oak", "species", "White oak"),
    ("species:loblolly_pine", "species", "Loblolly pine"),
    # places
    ("place:sequoia_np", "place", "Sequoia National Park"),
    ("place:kings_canyon_np", "place", "Kings Canyon National Park"),
    ("place:redwood_np", "place", "Redwood National Park"),
    ("place:inyo_nf", "place", "Inyo National Forest"),
    ("place:wheeler_peak", "place", "Wheeler Peak"),
    ("place:fulufjallet_np", "place", "Fulufjället National Park"),
    ("place:sherwood_forest", "place", "Sherwood Forest"),
    ("place:tenere", "place", "Ténéré"),
    ("place:amsterdam", "place", "Amsterdam"),
    ("place:sept11_memorial", "place", "National September 11 Memorial"),
    ("place:hadrians_wall", "place", "Hadrian's Wall"),
    ("place:fishlake_nf", "place", "Fishlake National Forest"),
    ("place:arve_valley", "place", "Arve Valley"),
    ("place:mariposa_grove", "place", "Mariposa Grove"),
    ("place:hampton_university", "place", "Hampton University"),
    ("place:hartford", "place", "Hartford"),
    ("place:augusta_national", "place", "Augusta National Golf Club"),
    # countries
    ("country:usa", "country", "United States"),
    ("country:sweden", "country", "Sweden"),
    ("country:england", "country", "England"),
    ("country:niger", "country", "Niger"),
    ("country:netherlands", "country", "Netherlands"),
    ("country:australia", "country", "Australia"),
    # people
    ("person:chris_atkins", "person", "Chris Atkins"),
    ("person:michael_taylor", "person", "Michael Taylor"),
    ("person:edmund_schulman", "person", "Edmund Schulman"),
    ("person:leif_kullman", "person", "Leif Kullman"),
    ("person:burton_barnes", "person", "Burton Barnes"),
    ("person:william_t_sherman", "person", "William Tecumseh Sherman"),
    ("person:ulysses_s_grant", "person", "Ulysses S. Grant"),
    ("person:hayman_rooke", "person", "Hayman Rooke"),
    ("person:anne_frank", "person", "Anne Frank"),
    ("person:dwight_eisenhower", "person", "Dwight D. Eisenhower"),
    # organisations
    ("org:forestry_tasmania", "organisation", "Forestry Tasmania"),
    ("org:nps", "organisation", "National Park Service"),
    ("org:usfs", "organisation", "United States Forest Service"),
    ("org:national_trust", "organisation", "National Trust"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "general_sherman": [("of_species", "species:giant_sequoia"), ("located_at", "place:sequoia_np"),
                        ("in_country", "country:usa"), ("named_after", "person:william_t_sherman"),
                        ("managed_by", "org:nps")],
    "general_grant": [("of_species", "species:giant_sequoia"), ("located_at", "place:kings_canyon_np"),
                      ("in_country", "country:usa"), ("named_after", "person:ulysses_s_grant"),
                      ("managed_by", "org:nps")],
    "hyperion": [("of_species", "species:coast_redwood"), ("located_at", "place:redwood_np"),
                 ("in_country", "country:usa"), ("discovered_by", "person:chris_atkins"),
                 ("discovered_by", "person:michael_taylor"), ("managed_by", "org:nps")],
    "methuselah": [("of_species", "species:bristlecone_pine"), ("located_at", "place:inyo_nf"),
                   ("in_country", "country:usa"), ("discovered_by", "person:edmund_schulman"),
                   ("managed_by", "org:usfs")],
    "prometheus": [("of_species", "species:bristlecone_pine"), ("located_at", "place:wheeler_peak"),
                   ("in_country", "country:usa")],
    "old_tjikko": [("of_species", "species:norway_spruce"), ("located_at", "place:fulufjallet_np"),
                   ("in_country", "country:sweden"), ("discovered_by", "person:leif_kullman")],
    "major_oak": [("of_species", "species:english_oak"), ("located_at", "place:sherwood_forest"),
                  ("in_country", "country:england"), ("named_after", "person:hayman_rooke")],
    "tree_of_tenere": [("of_species", "species:acacia"), ("located_at", "place:tenere"),
                       ("in_country", "country:niger")],
    "anne_frank_tree": [("of_species", "species:horse_chestnut"), ("located_at", "place:amsterdam"),
                        ("in_country", "country:netherlands"), ("named_after", "person:anne_frank")],
    "survivor_tree": [("of_species", "species:callery_pear"), ("located_at", "place:sept11_memorial"),
                      ("in_country", "country:usa")],
    "sycamore_gap_tree": [("of_species", "species:sycamore"), ("located_at", "place:hadrians_wall"),
                          ("in_country", "country:england"), ("managed_by", "org:national_trust")],
    "pando": [("of_species", "species:quaking_aspen"), ("located_at", "place:fishlake_nf"),
              ("in_country", "country:usa"), ("discovered_by", "person:burton_barnes"),
              ("managed_by", "org:usfs")],
    "centurion": [("of_species", "species:mountain_ash"), ("located_at", "place:arve_valley"),
                  ("in_country", "country:australia"), ("discovered_by", "org:forestry_tasmania")],
    "wawona_tree": [("of_species", "species:giant_sequoia"), ("located_at", "place:mariposa_grove"),
                    ("in_country", "country:usa"), ("managed_by", "org:nps")],
    "emancipation_oak": [("of_species", "species:southern_live_oak"),
                         ("located_at", "place:hampton_university"), ("in_country", "country:usa")],
    "charter_oak": [("of_species", "species:white_oak"), ("located_at", "place:hartford"),
                    ("in_country", "country:usa")],
    "eisenhower_tree": [("of_species", "species:loblolly_pine"), ("located_at", "place:augusta_national"),
                        ("in_country", "country:usa"), ("named_after", "person:dwight_eisenhower")],
}

RATINGS = {
    "ana": [("general_sherman", 5.0), ("hyperion", 4.5), ("anne_frank_tree", 2.0), ("pando", 3.5)],
    "ben": [("major_oak", 4.0), ("sycamore_gap_tree", 5.0), ("methuselah", 1.5), ("charter_oak", 3.0)],
    "chen": [("old_tjikko", 4.5), ("tree_of_tenere", 1.0), ("survivor_tree", 5.0), ("centurion", 2.5)],
    "dara": [("prometheus", 2.0), ("wawona_tree", 4.0), ("emancipation_oak", 4.5), ("general_grant", 3.0)],
    "emil": [("eisenhower_tree", 1.5), ("pando", 5.0), ("methuselah", 4.0), ("anne_frank_tree", 3.5)],
}


def entities():
    out = [kgx.Entity(f"tree:{slug}", kind="item", type="tree", label=label, attrs={"year": year})
           for slug, label, year in TREES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tail in facts:
            out.append((f"tree:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"tree:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind320")
