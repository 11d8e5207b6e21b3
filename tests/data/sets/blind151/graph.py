"""A small aqueducts graph for blind writer blind151."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("aqueduct",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("aqueduct",), range=("country",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("aqueduct",), range=("person",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("aqueduct",), range=("person",)),
    kgx.Relation("carries", phrase="carries", inverse_phrase="is carried by", domain=("aqueduct",), range=("canal",)),
    kgx.Relation("spans", phrase="spans", inverse_phrase="is spanned by", domain=("aqueduct",), range=("river", "canal")),
    kgx.Relation("supplies", phrase="supplies water to", inverse_phrase="gets its water from", domain=("aqueduct",), range=("city",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=("aqueduct",), range=("kind",)),
]

_ITEMS = [
    ("pontcysyllte", "Pontcysyllte Aqueduct", 1805),
    ("chirk", "Chirk Aqueduct", 1801),
    ("barton_swing", "Barton Swing Aqueduct", 1894),
    ("magdeburg", "Magdeburg Water Bridge", 2003),
    ("valens", "Aqueduct of Valens", 368),
    ("aqua_claudia", "Aqua Claudia", 52),
    ("old_croton", "Croton Aqueduct", 1842),
    ("catskill", "Catskill Aqueduct", 1916),
    ("los_angeles", "Los Angeles Aqueduct", 1913),
    ("aguas_livres", "Águas Livres Aqueduct", 1748),
    ("carioca", "Carioca Aqueduct", 1750),
    ("queretaro", "Aqueduct of Querétaro", 1738),
    ("briare", "Briare Aqueduct", 1896),
    ("roquefavour", "Roquefavour Aqueduct", 1847),
    ("carolino", "Caroline Aqueduct", 1762),
    ("avon", "Avon Aqueduct", 1822),
    ("lune", "Lune Aqueduct", 1797),
    ("hetch_hetchy", "Hetch Hetchy Aqueduct", 1934),
]

_ATTRS = [
    # countries
    ("country:wales", "country", "Wales"),
    ("country:england", "country", "England"),
    ("country:scotland", "country", "Scotland"),
    ("country:germany", "country", "Germany"),
    ("country:turkey", "country", "Turkey"),
    ("country:italy", "country", "Italy"),
    ("country:usa", "country", "United States"),
    ("country:portugal", "country", "Portugal"),
    ("country:brazil", "country", "Brazil"),
    ("country:mexico", "country", "Mexico"),
    ("country:france", "country", "France"),
    # people
    ("person:thomas_telford", "person", "Thomas Telford"),
    ("person:william_jessop", "person", "William Jessop"),
    ("person:edward_leader_williams", "person", "Edward Leader Williams"),
    ("person:john_b_jervis", "person", "John B. Jervis"),
    ("person:william_mulholland", "person", "William Mulholland"),
    ("person:leonce_abel_mazoyer", "person", "Léonce-Abel Mazoyer"),
    ("person:franz_mayor_de_montricher", "person", "Franz Mayor de Montricher"),
    ("person:luigi_vanvitelli", "person", "Luigi Vanvitelli"),
    ("person:hugh_baird", "person", "Hugh Baird"),
    ("person:john_rennie", "person", "John Rennie"),
    ("person:michael_oshaughnessy", "person", "Michael O'Shaughnessy"),
    ("person:caligula", "person", "Caligula"),
    ("person:john_v", "person", "John V of Portugal"),
    ("person:marquis_villa_del_aguila", "person", "Juan Antonio de Urrutia y Arana"),
    ("person:charles_vii_naples", "person", "Charles VII of Naples"),
    # canals
    ("canal:llangollen", "canal", "Llangollen Canal"),
    ("canal:bridgewater", "canal", "Bridgewater Canal"),
    ("canal:manchester_ship", "canal", "Manchester Ship Canal"),
    ("canal:lateral_loire", "canal", "Canal latéral à la Loire"),
    ("canal:marseille", "canal", "Canal de Marseille"),
    ("canal:union", "canal", "Union Canal"),
    ("canal:lancaster", "canal", "Lancaster Canal"),
    # rivers
    ("river:dee", "river", "River Dee"),
    ("river:ceiriog", "river", "River Ceiriog"),
    ("river:elbe", "river", "Elbe"),
    ("river:loire", "river", "Loire"),
    ("river:arc", "river", "Arc"),
    ("river:avon", "river", "River Avon"),
    ("river:lune", "river", "River Lune"),
    # cities
    ("city:constantinople", "city", "Constantinople"),
    ("city:rome", "city", "Rome"),
    ("city:new_york", "city", "New York City"),
    ("city:los_angeles", "city", "Los Angeles"),
    ("city:lisbon", "city", "Lisbon"),
    ("city:rio", "city", "Rio de Janeiro"),
    ("city:queretaro", "city", "Querétaro"),
    ("city:marseille", "city", "Marseille"),
    ("city:san_francisco", "city", "San Francisco"),
    # kinds
    ("kind:navigable", "kind", "Navigable aqueduct"),
    ("kind:swing", "kind", "Swing aqueduct"),
    ("kind:water_supply", "kind", "Water supply aqueduct"),
    ("kind:roman", "kind", "Roman aqueduct"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"aqueduct:{slug}", kind="item", type="aqueduct", label=label, attrs={"year": year})
           for slug, label, year in _ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _a(slug):
    return f"aqueduct:{slug}"


def rows():
    r = []
    # located_in
    for slug, c in [("pontcysyllte", "wales"), ("barton_swing", "england"), ("magdeburg", "germany"),
                    ("valens", "turkey"), ("aqua_claudia", "italy"), ("old_croton", "usa"),
                    ("catskill", "usa"), ("los_angeles", "usa"), ("aguas_livres", "portugal"),
                    ("carioca", "brazil"), ("queretaro", "mexico"), ("briare", "france"),
                    ("roquefavour", "france"), ("carolino", "italy"), ("avon", "scotland"),
                    ("lune", "england"), ("hetch_hetchy", "usa")]:
        r.append((_a(slug), "located_in", f"country:{c}"))
    # designed_by
    for slug, p in [("pontcysyllte", "thomas_telford"), ("pontcysyllte", "william_jessop"),
                    ("chirk", "thomas_telford"), ("chirk", "william_jessop"),
                    ("barton_swing", "edward_leader_williams"), ("old_croton", "john_b_jervis"),
                    ("los_angeles", "william_mulholland"), ("briare", "leonce_abel_mazoyer"),
                    ("roquefavour", "franz_mayor_de_montricher"), ("carolino", "luigi_vanvitelli"),
                    ("avon", "hugh_baird"), ("lune", "john_rennie"),
                    ("hetch_hetchy", "michael_oshaughnessy")]:
        r.append((_a(slug), "designed_by", f"person:{p}"))
    # commissioned_by
    for slug, p in [("aqua_claudia", "caligula"), ("aguas_livres", "john_v"),
                    ("queretaro", "marquis_villa_del_aguila"), ("carolino", "charles_vii_naples")]:
        r.append((_a(slug), "commissioned_by", f"person:{p}"))
    # carries
    for slug, c in [("pontcysyllte", "llangollen"), ("chirk", "llangollen"), ("barton_swing", "bridgewater"),
                    ("briare", "lateral_loire"), ("roquefavour", "marseille"), ("avon", "union"),
                    ("lune", "lancaster")]:
        r.append((_a(slug), "carries", f"canal:{c}"))
    # spans
    for slug, t in [("pontcysyllte", "river:dee"), ("chirk", "river:ceiriog"),
                    ("barton_swing", "canal:manchester_ship"), ("magdeburg", "river:elbe"),
                    ("briare", "river:loire"), ("roquefavour", "river:arc"), ("avon", "river:avon"),
                    ("lune", "river:lune")]:
        r.append((_a(slug), "spans", t))
    # supplies
    for slug, c in [("valens", "constantinople"), ("aqua_claudia", "rome"), ("old_croton", "new_york"),
                    ("catskill", "new_york"), ("los_angeles", "los_angeles"), ("aguas_livres", "lisbon"),
                    ("carioca", "rio"), ("queretaro", "queretaro"), ("roquefavour", "marseille"),
                    ("hetch_hetchy", "san_francisco")]:
        r.append((_a(slug), "supplies", f"city:{c}"))
    # has_kind
    for slug, k in [("pontcysyllte", "navigable"), ("chirk", "navigable"), ("barton_swing", "navigable"),
                    ("barton_swing", "swing"), ("magdeburg", "navigable"), ("briare", "navigable"),
                    ("avon", "navigable"), ("lune", "navigable"),
                    ("valens", "roman"), ("aqua_claudia", "roman"),
                    ("old_croton", "water_supply"), ("catskill", "water_supply"), ("los_angeles", "water_supply"),
                    ("aguas_livres", "water_supply"), ("carioca", "water_supply"), ("queretaro", "water_supply"),
                    ("roquefavour", "water_supply"), ("carolino", "water_supply"), ("hetch_hetchy", "water_supply")]:
        r.append((_a(slug), "has_kind", f"kind:{k}"))
    # ratings
    for user, slug, rating in [
        ("ana", "pontcysyllte", 5.0), ("ana", "valens", 4.5), ("ana", "los_angeles", 2.0), ("ana", "magdeburg", 3.0),
        ("ben", "barton_swing", 4.0), ("ben", "old_croton", 1.5), ("ben", "aqua_claudia", 5.0), ("ben", "briare", 3.5),
        ("chen", "aguas_livres", 4.5), ("chen", "carioca", 1.0), ("chen", "roquefavour", 4.0), ("chen", "chirk", 2.5),
        ("dara", "avon", 5.0), ("dara", "lune", 3.0), ("dara", "hetch_hetchy", 2.0), ("dara", "carolino", 4.5),
        ("emil", "queretaro", 4.0), ("emil", "catskill", 0.5), ("emil", "pontcysyllte", 3.5), ("emil", "magdeburg", 5.0),
    ]:
        r.append((f"user:{user}", "rated", _a(slug), {"rating": rating}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind151")
