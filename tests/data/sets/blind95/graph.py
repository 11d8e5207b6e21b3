"""A small skyscrapers graph (blind95)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("skyscraper",)),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to",
                 domain=("skyscraper",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("skyscraper",), range=("architect", "architecture firm")),
    kgx.Relation("has_style", phrase="is built in the style of", inverse_phrase="is the style of",
                 domain=("skyscraper",), range=("architectural style",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=("skyscraper",), range=("company", "person")),
    kgx.Relation("houses", phrase="houses", inverse_phrase="is found in",
                 domain=("skyscraper",), range=("use",)),
]

_SKYSCRAPERS = [
    ("empire_state_building", "Empire State Building", 1931),
    ("chrysler_building", "Chrysler Building", 1930),
    ("burj_khalifa", "Burj Khalifa", 2010),
    ("willis_tower", "Willis Tower", 1973),
    ("john_hancock_center", "John Hancock Center", 1969),
    ("petronas_towers", "Petronas Towers", 1998),
    ("taipei_101", "Taipei 101", 2004),
    ("shanghai_tower", "Shanghai Tower", 2015),
    ("one_world_trade_center", "One World Trade Center", 2014),
    ("the_shard", "The Shard", 2012),
    ("30_st_mary_axe", "30 St Mary Axe", 2004),
    ("flatiron_building", "Flatiron Building", 1902),
    ("woolworth_building", "Woolworth Building", 1913),
    ("seagram_building", "Seagram Building", 1958),
    ("lotte_world_tower", "Lotte World Tower", 2017),
    ("jin_mao_tower", "Jin Mao Tower", 1999),
    ("shanghai_world_financial_center", "Shanghai World Financial Center", 2008),
    ("transamerica_pyramid", "Transamerica Pyramid", 1972),
    ("commerzbank_tower", "Commerzbank Tower", 1997),
]

_ATTRIBUTES = [
    # cities
    ("city:new_york_city", "city", "New York City"),
    ("city:chicago", "city", "Chicago"),
    ("city:dubai", "city", "Dubai"),
    ("city:kuala_lumpur", "city", "Kuala Lumpur"),
    ("city:taipei", "city", "Taipei"),
    ("city:shanghai", "city", "Shanghai"),
    ("city:london", "city", "London"),
    ("city:seoul", "city", "Seoul"),
    ("city:san_francisco", "city", "San Francisco"),
    ("city:frankfurt", "city", "Frankfurt"),
    # architects and firms
    ("architect:shreve_lamb_harmon", "architecture firm", "Shreve, Lamb & Harmon"),
    ("architect:william_van_alen", "architect", "William Van Alen"),
    ("architect:som", "architecture firm", "Skidmore, Owings & Merrill"),
    ("architect:cesar_pelli", "architect", "César Pelli"),
    ("architect:cy_lee_partners", "architecture firm", "C. Y. Lee & Partners"),
    ("architect:gensler", "architecture firm", "Gensler"),
    ("architect:renzo_piano", "architect", "Renzo Piano"),
    ("architect:foster_partners", "architecture firm", "Foster + Partners"),
    ("architect:daniel_burnham", "architect", "Daniel Burnham"),
    ("architect:cass_gilbert", "architect", "Cass Gilbert"),
    ("architect:mies_van_der_rohe", "architect", "Ludwig Mies van der Rohe"),
    ("architect:philip_johnson", "architect", "Philip Johnson"),
    ("architect:kohn_pedersen_fox", "architecture firm", "Kohn Pedersen Fox"),
    ("architect:william_pereira", "architect", "William Pereira"),
    # styles
    ("style:art_deco", "architectural style", "Art Deco"),
    ("style:neo_gothic", "architectural style", "Neo-Gothic"),
    ("style:beaux_arts", "architectural style", "Beaux-Arts"),
    ("style:international_style", "architectural style", "International Style"),
    ("style:structural_expressionism", "architectural style", "Structural expressionism"),
    ("style:postmodernism", "architectural style", "Postmodernism"),
    ("style:neo_futurism", "architectural style", "Neo-futurism"),
    ("style:high_tech", "architectural style", "High-tech architecture"),
    # clients
    ("company:emaar_properties", "company", "Emaar Properties"),
    ("company:sears_roebuck", "company", "Sears, Roebuck and Co."),
    ("person:walter_chrysler", "person", "Walter Chrysler"),
    ("company:woolworth_company", "company", "F. W. Woolworth Company"),
    ("company:seagram", "company", "Joseph E. Seagram & Sons"),
    ("company:swiss_re", "company", "Swiss Re"),
    ("company:commerzbank", "company", "Commerzbank"),
    ("company:transamerica_corporation", "company", "Transamerica Corporation"),
    ("company:mori_building", "company", "Mori Building Company"),
    ("company:lotte_group", "company", "Lotte Group"),
    ("company:petronas", "company", "Petronas"),
    # uses
    ("use:offices", "use", "offices"),
    ("use:hotel", "use", "hotel"),
    ("use:residences", "use", "residences"),
    ("use:observation_deck", "use", "observation deck"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity("skyscraper:" + slug, kind="item", type="skyscraper", label=label,
                      attrs={"year": year})
           for slug, label, year in _SKYSCRAPERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity("user:" + u, kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "empire_state_building": {
        "located_in": ["city:new_york_city"],
        "designed_by": ["architect:shreve_lamb_harmon"],
        "has_style": ["style:art_deco"],
        "houses": ["use:offices", "use:observation_deck"],
    },
    "chrysler_building": {
        "located_in": ["city:new_york_city"],
        "designed_by": ["architect:william_van_alen"],
        "has_style": ["style:art_deco"],
        "commissioned_by": ["person:walter_chrysler"],
        "houses": ["use:offices"],
    },
    "burj_khalifa": {
        "located_in": ["city:dubai"],
        "designed_by": ["architect:som"],
        "has_style": ["style:neo_futurism"],
        "commissioned_by": ["company:emaar_properties"],
        "houses": ["use:offices", "use:hotel", "use:residences", "use:observation_deck"],
    },
    "willis_tower": {
        "located_in": ["city:chicago"],
        "designed_by": ["architect:som"],
        "has_style": ["style:international_style"],
        "commissioned_by": ["company:sears_roebuck"],
        "houses": ["use:offices", "use:observation_deck"],
    },
    "john_hancock_center": {
        "located_in": ["city:chicago"],
        "designed_by": ["architect:som"],
        "has_style": ["style:structural_expressionism"],
        "houses": ["use:offices", "use:residences", "use:observation_deck"],
    },
    "petronas_towers": {
        "located_in": ["city:kuala_lumpur"],
        "designed_by": ["architect:cesar_pelli"],
        "has_style": ["style:postmodernism"],
        "commissioned_by": ["company:petronas"],
        "houses": ["use:offices"],
    },
    "taipei_101": {
        "located_in": ["city:taipei"],
        "designed_by": ["architect:cy_lee_partners"],
        "has_style": ["style:postmodernism"],
        "houses": ["use:offices", "use:observation_deck"],
    },
    "shanghai_tower": {
        "located_in": ["city:shanghai"],
        "designed_by": ["architect:gensler"],
        "houses": ["use:offices", "use:hotel", "use:observation_deck"],
    },
    "one_world_trade_center": {
        "located_in": ["city:new_york_city"],
        "designed_by": ["architect:som"],
        "houses": ["use:offices", "use:observation_deck"],
    },
    "the_shard": {
        "located_in": ["city:london"],
        "designed_by": ["architect:renzo_piano"],
        "houses": ["use:offices", "use:hotel", "use:residences", "use:observation_deck"],
    },
    "30_st_mary_axe": {
        "located_in": ["city:london"],
        "designed_by": ["architect:foster_partners"],
        "has_style": ["style:neo_futurism"],
        "commissioned_by": ["company:swiss_re"],
        "houses": ["use:offices"],
    },
    "flatiron_building": {
        "located_in": ["city:new_york_city"],
        "designed_by": ["architect:daniel_burnham"],
        "has_style": ["style:beaux_arts"],
        "houses": ["use:offices"],
    },
    "woolworth_building": {
        "located_in": ["city:new_york_city"],
        "designed_by": ["architect:cass_gilbert"],
        "has_style": ["style:neo_gothic"],
        "commissioned_by": ["company:woolworth_company"],
        "houses": ["use:offices", "use:residences"],
    },
    "seagram_building": {
        "located_in": ["city:new_york_city"],
        "designed_by": ["architect:mies_van_der_rohe", "architect:philip_johnson"],
        "has_style": ["style:international_style"],
        "commissioned_by": ["company:seagram"],
        "houses": ["use:offices"],
    },
    "lotte_world_tower": {
        "located_in": ["city:seoul"],
        "designed_by": ["architect:kohn_pedersen_fox"],
        "commissioned_by": ["company:lotte_group"],
        "houses": ["use:offices", "use:hotel", "use:residences", "use:observation_deck"],
    },
    "jin_mao_tower": {
        "located_in": ["city:shanghai"],
        "designed_by": ["architect:som"],
        "has_style": ["style:postmodernism"],
        "houses": ["use:offices", "use:hotel", "use:observation_deck"],
    },
    "shanghai_world_financial_center": {
        "located_in": ["city:shanghai"],
        "designed_by": ["architect:kohn_pedersen_fox"],
        "commissioned_by": ["company:mori_building"],
        "houses": ["use:offices", "use:hotel", "use:observation_deck"],
    },
    "transamerica_pyramid": {
        "located_in": ["city:san_francisco"],
        "designed_by": ["architect:william_pereira"],
        "commissioned_by": ["company:transamerica_corporation"],
        "houses": ["use:offices"],
    },
    "commerzbank_tower": {
        "located_in": ["city:frankfurt"],
        "designed_by": ["architect:foster_partners"],
        "has_style": ["style:high_tech"],
        "commissioned_by": ["company:commerzbank"],
        "houses": ["use:offices"],
    },
}

_RATINGS = {
    "ana": {"empire_state_building": 5.0, "chrysler_building": 4.5, "the_shard": 2.0, "taipei_101": 3.0},
    "ben": {"burj_khalifa": 4.0, "willis_tower": 1.5, "30_st_mary_axe": 4.5, "flatiron_building": 3.5},
    "chen": {"shanghai_tower": 5.0, "petronas_towers": 4.0, "one_world_trade_center": 1.0,
             "seagram_building": 2.5},
    "dara": {"woolworth_building": 4.5, "jin_mao_tower": 2.0, "lotte_world_tower": 3.0,
             "transamerica_pyramid": 5.0},
    "emil": {"john_hancock_center": 4.0, "commerzbank_tower": 1.5,
             "shanghai_world_financial_center": 4.5, "empire_state_building": 3.5},
}


def rows():
    out = []
    for slug, rels in _FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append(("skyscraper:" + slug, rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append(("user:" + user, "rated", "skyscraper:" + slug, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind95")
