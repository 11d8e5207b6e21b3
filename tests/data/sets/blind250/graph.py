"""A small graph of natural satellites (moons) of the planets, for blind evaluation texts.

Years are discovery years.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("moon",)),
    kgx.Relation("orbits", phrase="orbits", inverse_phrase="is orbited by", domain=("moon",), range=("planet",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("moon",), range=("astronomer",)),
    kgx.Relation("named_from", phrase="is named after a figure from", inverse_phrase="is the source of the name of",
                 domain=("moon",), range=("naming source",)),
    kgx.Relation("classified_as", phrase="is classified as a", inverse_phrase="includes",
                 domain=("moon",), range=("moon class",)),
    kgx.Relation("has_feature", phrase="has", inverse_phrase="is a feature of", domain=("moon",), range=("feature",)),
    kgx.Relation("visited_by", phrase="was visited by", inverse_phrase="visited", domain=("moon",), range=("spacecraft",)),
]

MOONS = [
    ("phobos", "Phobos", 1877),
    ("deimos", "Deimos", 1877),
    ("io", "Io", 1610),
    ("europa", "Europa", 1610),
    ("ganymede", "Ganymede", 1610),
    ("callisto", "Callisto", 1610),
    ("amalthea", "Amalthea", 1892),
    ("titan", "Titan", 1655),
    ("enceladus", "Enceladus", 1789),
    ("mimas", "Mimas", 1789),
    ("iapetus", "Iapetus", 1671),
    ("rhea", "Rhea", 1672),
    ("hyperion", "Hyperion", 1848),
    ("phoebe", "Phoebe", 1899),
    ("titania", "Titania", 1787),
    ("oberon", "Oberon", 1787),
    ("miranda", "Miranda", 1948),
    ("triton", "Triton", 1846),
    ("nereid", "Nereid", 1949),
]

ATTRIBUTES = [
    # planets
    ("planet:mars", "planet", "Mars"),
    ("planet:jupiter", "planet", "Jupiter"),
    ("planet:saturn", "planet", "Saturn"),
    ("planet:uranus", "planet", "Uranus"),
    ("planet:neptune", "planet", "Neptune"),
    # astronomers
    ("astronomer:asaph_hall", "astronomer", "Asaph Hall"),
    ("astronomer:galileo_galilei", "astronomer", "Galileo Galilei"),
    ("astronomer:edward_emerson_barnard", "astronomer", "Edward Emerson Barnard"),
    ("astronomer:christiaan_huygens", "astronomer", "Christiaan Huygens"),
    ("astronomer:william_herschel", "astronomer", "William Herschel"),
    ("astronomer:giovanni_domenico_cassini", "astronomer", "Giovanni Domenico Cassini"),
    ("astronomer:william_lassell", "astronomer", "William Lassell"),
    ("astronomer:william_cranch_bond", "astronomer", "William Cranch Bond"),
    ("astronomer:george_phillips_bond", "astronomer", "George Phillips Bond"),
    ("astronomer:william_henry_pickering", "astronomer", "William Henry Pickering"),
    ("astronomer:gerard_kuiper", "astronomer", "Gerard Kuiper"),
    # naming sources
    ("source:greek_mythology", "naming source", "Greek mythology"),
    ("source:midsummer_nights_dream", "naming source", "A Midsummer Night's Dream"),
    ("source:the_tempest", "naming source", "The Tempest"),
    # moon classes
    ("class:galilean_moon", "moon class", "Galilean moon"),
    ("class:inner_moon", "moon class", "inner moon"),
    ("class:irregular_moon", "moon class", "irregular moon"),
    # features
    ("feature:active_volcanism", "feature", "active volcanism"),
    ("feature:subsurface_ocean", "feature", "subsurface ocean"),
    ("feature:intrinsic_magnetic_field", "feature", "intrinsic magnetic field"),
    ("feature:heavily_cratered_surface", "feature", "heavily cratered surface"),
    ("feature:thick_atmosphere", "feature", "thick atmosphere"),
    ("feature:hydrocarbon_lakes", "feature", "hydrocarbon lakes"),
    ("feature:water_plumes", "feature", "water plumes"),
    ("feature:giant_impact_crater", "feature", "giant impact crater"),
    ("feature:two_tone_coloration", "feature", "two-tone coloration"),
    ("feature:equatorial_ridge", "feature", "equatorial ridge"),
    ("feature:chaotic_rotation", "feature", "chaotic rotation"),
    ("feature:retrograde_orbit", "feature", "retrograde orbit"),
    ("feature:nitrogen_geysers", "feature", "nitrogen geysers"),
    ("feature:grooved_surface", "feature", "grooved surface"),
    ("feature:enormous_cliffs", "feature", "enormous cliffs"),
    ("feature:eccentric_orbit", "feature", "highly eccentric orbit"),
    # spacecraft
    ("spacecraft:mars_express", "spacecraft", "Mars Express"),
    ("spacecraft:viking_2", "spacecraft", "Viking 2"),
    ("spacecraft:voyager_1", "spacecraft", "Voyager 1"),
    ("spacecraft:voyager_2", "spacecraft", "Voyager 2"),
    ("spacecraft:galileo_orbiter", "spacecraft", "Galileo orbiter"),
    ("spacecraft:juno", "spacecraft", "Juno"),
    ("spacecraft:cassini_orbiter", "spacecraft", "Cassini orbiter"),
    ("spacecraft:huygens_probe", "spacecraft", "Huygens probe"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"moon:{slug}", kind="item", type="moon", label=label, attrs={"year": year})
           for slug, label, year in MOONS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "phobos": {"orbits": ["planet:mars"], "discovered_by": ["astronomer:asaph_hall"],
               "named_from": ["source:greek_mythology"], "has_feature": ["feature:grooved_surface"],
               "visited_by": ["spacecraft:mars_express"]},
    "deimos": {"orbits": ["planet:mars"], "discovered_by": ["astronomer:asaph_hall"],
               "named_from": ["source:greek_mythology"], "visited_by": ["spacecraft:viking_2"]},
    "io": {"orbits": ["planet:jupiter"], "discovered_by": ["astronomer:galileo_galilei"],
           "named_from": ["source:greek_mythology"], "classified_as": ["class:galilean_moon"],
           "has_feature": ["feature:active_volcanism"],
           "visited_by": ["spacecraft:galileo_orbiter", "spacecraft:voyager_1", "spacecraft:juno"]},
    "europa": {"orbits": ["planet:jupiter"], "discovered_by": ["astronomer:galileo_galilei"],
               "named_from": ["source:greek_mythology"], "classified_as": ["class:galilean_moon"],
               "has_feature": ["feature:subsurface_ocean"],
               "visited_by": ["spacecraft:galileo_orbiter", "spacecraft:juno"]},
    "ganymede": {"orbits": ["planet:jupiter"], "discovered_by": ["astronomer:galileo_galilei"],
                 "named_from": ["source:greek_mythology"], "classified_as": ["class:galilean_moon"],
                 "has_feature": ["feature:subsurface_ocean", "feature:intrinsic_magnetic_field"],
                 "visited_by": ["spacecraft:galileo_orbiter", "spacecraft:juno"]},
    "callisto": {"orbits": ["planet:jupiter"], "discovered_by": ["astronomer:galileo_galilei"],
                 "named_from": ["source:greek_mythology"], "classified_as": ["class:galilean_moon"],
                 "has_feature": ["feature:heavily_cratered_surface"],
                 "visited_by": ["spacecraft:galileo_orbiter"]},
    "amalthea": {"orbits": ["planet:jupiter"], "discovered_by": ["astronomer:edward_emerson_barnard"],
                 "named_from": ["source:greek_mythology"], "classified_as": ["class:inner_moon"],
                 "visited_by": ["spacecraft:galileo_orbiter"]},
    "titan": {"orbits": ["planet:saturn"], "discovered_by": ["astronomer:christiaan_huygens"],
              "named_from": ["source:greek_mythology"],
              "has_feature": ["feature:thick_atmosphere", "feature:hydrocarbon_lakes"],
              "visited_by": ["spacecraft:cassini_orbiter", "spacecraft:huygens_probe", "spacecraft:voyager_1"]},
    "enceladus": {"orbits": ["planet:saturn"], "discovered_by": ["astronomer:william_herschel"],
                  "named_from": ["source:greek_mythology"],
                  "has_feature": ["feature:subsurface_ocean", "feature:water_plumes"],
                  "visited_by": ["spacecraft:cassini_orbiter"]},
    "mimas": {"orbits": ["planet:saturn"], "discovered_by": ["astronomer:william_herschel"],
              "named_from": ["source:greek_mythology"], "has_feature": ["feature:giant_impact_crater"],
              "visited_by": ["spacecraft:cassini_orbiter"]},
    "iapetus": {"orbits": ["planet:saturn"], "discovered_by": ["astronomer:giovanni_domenico_cassini"],
                "named_from": ["source:greek_mythology"],
                "has_feature": ["feature:two_tone_coloration", "feature:equatorial_ridge"],
                "visited_by": ["spacecraft:cassini_orbiter"]},
    "rhea": {"orbits": ["planet:saturn"], "discovered_by": ["astronomer:giovanni_domenico_cassini"],
             "named_from": ["source:greek_mythology"], "visited_by": ["spacecraft:cassini_orbiter"]},
    "hyperion": {"orbits": ["planet:saturn"],
                 "discovered_by": ["astronomer:william_cranch_bond", "astronomer:george_phillips_bond",
                                   "astronomer:william_lassell"],
                 "named_from": ["source:greek_mythology"], "has_feature": ["feature:chaotic_rotation"],
                 "visited_by": ["spacecraft:cassini_orbiter"]},
    "phoebe": {"orbits": ["planet:saturn"], "discovered_by": ["astronomer:william_henry_pickering"],
               "named_from": ["source:greek_mythology"], "classified_as": ["class:irregular_moon"],
               "has_feature": ["feature:retrograde_orbit"], "visited_by": ["spacecraft:cassini_orbiter"]},
    "titania": {"orbits": ["planet:uranus"], "discovered_by": ["astronomer:william_herschel"],
                "named_from": ["source:midsummer_nights_dream"], "visited_by": ["spacecraft:voyager_2"]},
    "oberon": {"orbits": ["planet:uranus"], "discovered_by": ["astronomer:william_herschel"],
               "named_from": ["source:midsummer_nights_dream"], "visited_by": ["spacecraft:voyager_2"]},
    "miranda": {"orbits": ["planet:uranus"], "discovered_by": ["astronomer:gerard_kuiper"],
                "named_from": ["source:the_tempest"], "has_feature": ["feature:enormous_cliffs"],
                "visited_by": ["spacecraft:voyager_2"]},
    "triton": {"orbits": ["planet:neptune"], "discovered_by": ["astronomer:william_lassell"],
               "named_from": ["source:greek_mythology"],
               "has_feature": ["feature:retrograde_orbit", "feature:nitrogen_geysers"],
               "visited_by": ["spacecraft:voyager_2"]},
    "nereid": {"orbits": ["planet:neptune"], "discovered_by": ["astronomer:gerard_kuiper"],
               "named_from": ["source:greek_mythology"], "classified_as": ["class:irregular_moon"],
               "has_feature": ["feature:eccentric_orbit"]},
}

RATINGS = {
    "ana": {"io": 5.0, "titan": 4.5, "mimas": 2.0, "nereid": 3.0},
    "ben": {"europa": 4.0, "enceladus": 5.0, "phobos": 1.5, "hyperion": 3.5},
    "chen": {"triton": 4.5, "miranda": 4.0, "callisto": 2.5, "deimos": 1.0},
    "dara": {"ganymede": 5.0, "iapetus": 4.0, "amalthea": 0.5, "titania": 3.0},
    "emil": {"oberon": 2.0, "rhea": 4.5, "phoebe": 3.5, "io": 1.5},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"moon:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"moon:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind250")
