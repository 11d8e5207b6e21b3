"""A small carillons graph for blind evaluation (blind338)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("carillon",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("carillon",), range=("city",)),
    kgx.Relation("in_country", phrase="lies in", inverse_phrase="includes", domain=("city",), range=("country",)),
    kgx.Relation("cast_by", phrase="has bells cast by", inverse_phrase="cast the bells of", domain=("carillon",), range=("bell founder",)),
    kgx.Relation("housed_in", phrase="hangs in", inverse_phrase="houses", domain=("carillon",), range=("tower", "church", "building")),
    kgx.Relation("gift_of", phrase="was a gift from", inverse_phrase="gave", domain=("carillon",), range=("person", "country")),
    kgx.Relation("kind", phrase="is a", inverse_phrase="is the kind of", domain=("carillon",), range=("kind",)),
]

# slug, label, year
_ITEMS = [
    ("riverside", "Riverside Church Carillon", 1930),
    ("rockefeller_chapel", "Rockefeller Chapel Carillon", 1932),
    ("bok_tower", "Bok Tower Carillon", 1929),
    ("peace_tower", "Peace Tower Carillon", 1927),
    ("national_canberra", "National Carillon", 1970),
    ("netherlands", "Netherlands Carillon", 1960),
    ("kibbey", "Kibbey Carillon", 1963),
    ("yale", "Yale Memorial Carillon", 1966),
    ("baird", "Baird Carillon", 1936),
    ("lurie", "Lurie Carillon", 1996),
    ("rees", "Thomas Rees Memorial Carillon", 1962),
    ("loughborough", "Loughborough Carillon", 1923),
    ("bournville", "Bournville Carillon", 1906),
    ("wellington", "National War Memorial Carillon", 1932),
    ("dom_tower", "Dom Tower Carillon", 1664),
    ("wijnhuis", "Wijnhuis Carillon", 1652),
    ("bruges", "Bruges Belfry Carillon", 1748),
    ("mayo", "Mayo Clinic Carillon", 1928),
]

# id, type, label
_ATTRS = [
    ("city:new_york", "city", "New York City"),
    ("city:chicago", "city", "Chicago"),
    ("city:lake_wales", "city", "Lake Wales"),
    ("city:ottawa", "city", "Ottawa"),
    ("city:canberra", "city", "Canberra"),
    ("city:arlington", "city", "Arlington"),
    ("city:washington", "city", "Washington, D.C."),
    ("city:new_haven", "city", "New Haven"),
    ("city:ann_arbor", "city", "Ann Arbor"),
    ("city:springfield", "city", "Springfield, Illinois"),
    ("city:loughborough", "city", "Loughborough"),
    ("city:birmingham", "city", "Birmingham"),
    ("city:wellington", "city", "Wellington"),
    ("city:utrecht", "city", "Utrecht"),
    ("city:zutphen", "city", "Zutphen"),
    ("city:bruges", "city", "Bruges"),
    ("city:rochester", "city", "Rochester, Minnesota"),
    ("country:usa", "country", "United States"),
    ("country:canada", "country", "Canada"),
    ("country:australia", "country", "Australia"),
    ("country:uk", "country", "United Kingdom"),
    ("country:new_zealand", "country", "New Zealand"),
    ("country:netherlands", "country", "Netherlands"),
    ("country:belgium", "country", "Belgium"),
    ("founder:taylor", "bell founder", "John Taylor & Co"),
    ("founder:gillett_johnston", "bell founder", "Gillett & Johnston"),
    ("founder:petit_fritsen", "bell founder", "Petit & Fritsen"),
    ("founder:eijsbouts", "bell founder", "Royal Eijsbouts"),
    ("founder:hemony", "bell founder", "Hemony brothers"),
    ("founder:du_mery", "bell founder", "Joris Du Mery"),
    ("building:riverside_church", "church", "Riverside Church"),
    ("building:rockefeller_chapel", "church", "Rockefeller Chapel"),
    ("building:national_cathedral", "church", "Washington National Cathedral"),
    ("building:bok_tower", "tower", "Bok Tower"),
    ("building:peace_tower", "tower", "Peace Tower"),
    ("building:harkness_tower", "tower", "Harkness Tower"),
    ("building:burton_tower", "tower", "Burton Memorial Tower"),
    ("building:lurie_tower", "tower", "Lurie Tower"),
    ("building:dom_tower", "tower", "Dom Tower"),
    ("building:wijnhuistoren", "tower", "Wijnhuistoren"),
    ("building:belfry_bruges", "tower", "Belfry of Bruges"),
    ("building:plummer", "building", "Plummer Building"),
    ("person:rockefeller_jr", "person", "John D. Rockefeller Jr."),
    ("person:edward_bok", "person", "Edward Bok"),
    ("person:charles_baird", "person", "Charles Baird"),
    ("person:george_cadbury", "person", "George Cadbury"),
    ("person:thomas_rees", "person", "Thomas Rees"),
    ("kind:war_memorial", "kind", "war memorial"),
    ("kind:university_carillon", "kind", "university carillon"),
    ("kind:church_carillon", "kind", "church carillon"),
    ("kind:diplomatic_gift", "kind", "diplomatic gift"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]

_FACTS = {
    "riverside": {"located_in": "city:new_york", "cast_by": "founder:gillett_johnston",
                  "housed_in": "building:riverside_church", "gift_of": "person:rockefeller_jr",
                  "kind": "kind:church_carillon"},
    "rockefeller_chapel": {"located_in": "city:chicago", "cast_by": "founder:gillett_johnston",
                           "housed_in": "building:rockefeller_chapel", "gift_of": "person:rockefeller_jr",
                           "kind": "kind:university_carillon"},
    "bok_tower": {"located_in": "city:lake_wales", "cast_by": "founder:taylor",
                  "housed_in": "building:bok_tower", "gift_of": "person:edward_bok"},
    "peace_tower": {"located_in": "city:ottawa", "cast_by": "founder:gillett_johnston",
                    "housed_in": "building:peace_tower"},
    "national_canberra": {"located_in": "city:canberra", "cast_by": "founder:taylor",
                          "gift_of": "country:uk", "kind": "kind:diplomatic_gift"},
    "netherlands": {"located_in": "city:arlington", "gift_of": "country:netherlands",
                    "kind": "kind:diplomatic_gift"},
    "kibbey": {"located_in": "city:washington", "cast_by": "founder:taylor",
               "housed_in": "building:national_cathedral", "kind": "kind:church_carillon"},
    "yale": {"located_in": "city:new_haven", "cast_by": "founder:taylor",
             "housed_in": "building:harkness_tower", "kind": "kind:university_carillon"},
    "baird": {"located_in": "city:ann_arbor", "cast_by": "founder:taylor",
              "housed_in": "building:burton_tower", "gift_of": "person:charles_baird",
              "kind": "kind:university_carillon"},
    "lurie": {"located_in": "city:ann_arbor", "cast_by": "founder:eijsbouts",
              "housed_in": "building:lurie_tower", "kind": "kind:university_carillon"},
    "rees": {"located_in": "city:springfield", "cast_by": "founder:petit_fritsen",
             "gift_of": "person:thomas_rees"},
    "loughborough": {"located_in": "city:loughborough", "cast_by": "founder:taylor",
                     "kind": "kind:war_memorial"},
    "bournville": {"located_in": "city:birmingham", "cast_by": "founder:taylor",
                   "gift_of": "person:george_cadbury"},
    "wellington": {"located_in": "city:wellington", "cast_by": "founder:gillett_johnston",
                   "kind": "kind:war_memorial"},
    "dom_tower": {"located_in": "city:utrecht", "cast_by": "founder:hemony",
                  "housed_in": "building:dom_tower"},
    "wijnhuis": {"located_in": "city:zutphen", "cast_by": "founder:hemony",
                 "housed_in": "building:wijnhuistoren"},
    "bruges": {"located_in": "city:bruges", "cast_by": "founder:du_mery",
               "housed_in": "building:belfry_bruges"},
    "mayo": {"located_in": "city:rochester", "cast_by": "founder:gillett_johnston",
             "housed_in": "building:plummer"},
}

_CITY_COUNTRY = {
    "city:new_york": "country:usa", "city:chicago": "country:usa", "city:lake_wales": "country:usa",
    "city:ottawa": "country:canada", "city:canberra": "country:australia", "city:arlington": "country:usa",
    "city:washington": "country:usa", "city:new_haven": "country:usa", "city:ann_arbor": "country:usa",
    "city:springfield": "country:usa", "city:loughborough": "country:uk", "city:birmingham": "country:uk",
    "city:wellington": "country:new_zealand", "city:utrecht": "country:netherlands",
    "city:zutphen": "country:netherlands", "city:bruges": "country:belgium", "city:rochester": "country:usa",
}

_RATINGS = {
    "ana": [("bok_tower", 5.0), ("riverside", 4.5), ("loughborough", 2.0), ("dom_tower", 4.0)],
    "ben": [("peace_tower", 4.5), ("national_canberra", 1.5), ("kibbey", 3.0), ("wijnhuis", 5.0)],
    "chen": [("baird", 5.0), ("lurie", 4.0), ("rockefeller_chapel", 2.0), ("bruges", 3.5)],
    "dara": [("netherlands", 4.5), ("rees", 1.0), ("bournville", 5.0), ("mayo", 2.5)],
    "emil": [("wellington", 4.0), ("yale", 1.5), ("bok_tower", 3.0), ("bruges", 5.0)],
}


def entities():
    ents = [kgx.Entity(f"carillon:{slug}", kind="item", type="carillon", label=label, attrs={"year": year})
            for slug, label, year in _ITEMS]
    ents += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return ents


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts.items():
            out.append((f"carillon:{slug}", rel, tail))
    for city, country in _CITY_COUNTRY.items():
        out.append((city, "in_country", country))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"carillon:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind338")
