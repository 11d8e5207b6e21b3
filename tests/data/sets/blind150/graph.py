"""blind150: a small knowledge graph of public squares, declared in code.

Items are public squares; each carries a ``year`` attribute (the year it was
opened, completed, laid out, named or, for Piazza del Campidoglio, when
Michelangelo's redesign began).  Facts are real to the best of the writer's
knowledge.
"""
import kgexplain as kgx

SQ = ("square",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=SQ),
    kgx.Relation("located_in", phrase="is in", inverse_phrase="is home to",
                 domain=SQ, range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=SQ, range=("architect", "architecture firm")),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=SQ, range=("ruler", "pope")),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=SQ, range=("event", "department", "saint", "ruler", "newspaper",
                                   "scientist", "politician", "building")),
    kgx.Relation("has_landmark", phrase="features", inverse_phrase="stands on",
                 domain=SQ, range=("monument", "building")),
    kgx.Relation("style", phrase="has the style", inverse_phrase="is the style of",
                 domain=SQ, range=("style",)),
    kgx.Relation("kind_of", phrase="is a", inverse_phrase="is the kind of square of",
                 domain=SQ, range=("square kind",)),
]

# (slug, label, year)
SQUARES = [
    ("trafalgar_square", "Trafalgar Square", 1844),
    ("place_de_la_concorde", "Place de la Concorde", 1772),
    ("place_des_vosges", "Place des Vosges", 1612),
    ("plaza_mayor_madrid", "Plaza Mayor", 1619),
    ("st_peters_square", "St. Peter's Square", 1667),
    ("piazza_del_campidoglio", "Piazza del Campidoglio", 1538),
    ("wenceslas_square", "Wenceslas Square", 1348),
    ("main_market_square", "Main Market Square", 1257),
    ("alexanderplatz", "Alexanderplatz", 1805),
    ("times_square", "Times Square", 1904),
    ("union_square_sf", "Union Square", 1850),
    ("rittenhouse_square", "Rittenhouse Square", 1682),
    ("federation_square", "Federation Square", 2002),
    ("nathan_phillips_square", "Nathan Phillips Square", 1965),
    ("yonge_dundas_square", "Yonge-Dundas Square", 2002),
    ("pioneer_courthouse_square", "Pioneer Courthouse Square", 1984),
    ("place_stanislas", "Place Stanislas", 1755),
    ("naqsh_e_jahan_square", "Naqsh-e Jahan Square", 1598),
]

# (id, type, label)
ATTRIBUTES = [
    # cities
    ("city:london", "city", "London"),
    ("city:paris", "city", "Paris"),
    ("city:madrid", "city", "Madrid"),
    ("city:vatican_city", "city", "Vatican City"),
    ("city:rome", "city", "Rome"),
    ("city:prague", "city", "Prague"),
    ("city:krakow", "city", "Kraków"),
    ("city:berlin", "city", "Berlin"),
    ("city:new_york_city", "city", "New York City"),
    ("city:san_francisco", "city", "San Francisco"),
    ("city:philadelphia", "city", "Philadelphia"),
    ("city:melbourne", "city", "Melbourne"),
    ("city:toronto", "city", "Toronto"),
    ("city:portland", "city", "Portland"),
    ("city:nancy", "city", "Nancy"),
    ("city:isfahan", "city", "Isfahan"),
    # designers
    ("architect:charles_barry", "architect", "Charles Barry"),
    ("architect:ange_jacques_gabriel", "architect", "Ange-Jacques Gabriel"),
    ("architect:juan_gomez_de_mora", "architect", "Juan Gómez de Mora"),
    ("architect:gian_lorenzo_bernini", "architect", "Gian Lorenzo Bernini"),
    ("architect:michelangelo", "architect", "Michelangelo"),
    ("architect:paul_philippe_cret", "architect", "Paul Philippe Cret"),
    ("architect:viljo_revell", "architect", "Viljo Revell"),
    ("architect:willard_martin", "architect", "Willard Martin"),
    ("architect:emmanuel_here", "architect", "Emmanuel Héré"),
    ("firm:lab_architecture_studio", "architecture firm", "Lab Architecture Studio"),
    ("firm:brown_and_storey", "architecture firm", "Brown and Storey Architects"),
    # patrons
    ("ruler:louis_xv", "ruler", "Louis XV"),
    ("ruler:henry_iv", "ruler", "Henry IV"),
    ("ruler:philip_iii", "ruler", "Philip III"),
    ("ruler:stanislaw_leszczynski", "ruler", "Stanisław Leszczyński"),
    ("ruler:abbas_the_great", "ruler", "Abbas the Great"),
    ("ruler:alexander_i", "ruler", "Alexander I of Russia"),
    ("pope:alexander_vii", "pope", "Pope Alexander VII"),
    ("pope:paul_iii", "pope", "Pope Paul III"),
    # namesakes
    ("event:battle_of_trafalgar", "event", "Battle of Trafalgar"),
    ("event:federation_of_australia", "event", "Federation of Australia"),
    ("department:vosges", "department", "Vosges"),
    ("saint:saint_peter", "saint", "Saint Peter"),
    ("saint:saint_wenceslas", "saint", "Saint Wenceslas"),
    ("newspaper:new_york_times", "newspaper", "The New York Times"),
    ("scientist:david_rittenhouse", "scientist", "David Rittenhouse"),
    ("politician:nathan_phillips", "politician", "Nathan Phillips"),
    ("building:pioneer_courthouse", "building", "Pioneer Courthouse"),
    # landmarks
    ("monument:nelsons_column", "monument", "Nelson's Column"),
    ("monument:luxor_obelisk", "monument", "Luxor Obelisk"),
    ("monument:statue_of_louis_xiii", "monument", "Statue of Louis XIII"),
    ("monument:statue_of_philip_iii", "monument", "Statue of Philip III"),
    ("monument:vatican_obelisk", "monument", "Vatican Obelisk"),
    ("monument:statue_of_marcus_aurelius", "monument", "Equestrian Statue of Marcus Aurelius"),
    ("monument:statue_of_saint_wenceslas", "monument", "Statue of Saint Wenceslas"),
    ("building:national_museum_prague", "building", "National Museum"),
    ("building:cloth_hall", "building", "Cloth Hall"),
    ("building:st_marys_basilica", "building", "St. Mary's Basilica"),
    ("monument:world_clock", "monument", "Urania World Clock"),
    ("building:one_times_square", "building", "One Times Square"),
    ("monument:dewey_monument", "monument", "Dewey Monument"),
    ("monument:statue_of_stanislas", "monument", "Statue of Stanislas"),
    ("building:shah_mosque", "building", "Shah Mosque"),
    ("building:ali_qapu", "building", "Ali Qapu"),
    # styles
    ("style:baroque", "style", "Baroque"),
    ("style:renaissance", "style", "Renaissance"),
    ("style:modernist", "style", "Modernist"),
    ("style:deconstructivist", "style", "Deconstructivist"),
    # kinds of square
    ("kind:royal_square", "square kind", "Royal square"),
    ("kind:market_square", "square kind", "Market square"),
    ("kind:civic_square", "square kind", "Civic square"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"square:{slug}", kind="item", type="square", label=label,
                      attrs={"year": year}) for slug, label, year in SQUARES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    # Trafalgar Square
    ("square:trafalgar_square", "located_in", "city:london"),
    ("square:trafalgar_square", "designed_by", "architect:charles_barry"),
    ("square:trafalgar_square", "named_after", "event:battle_of_trafalgar"),
    ("square:trafalgar_square", "has_landmark", "monument:nelsons_column"),
    # Place de la Concorde
    ("square:place_de_la_concorde", "located_in", "city:paris"),
    ("square:place_de_la_concorde", "designed_by", "architect:ange_jacques_gabriel"),
    ("square:place_de_la_concorde", "commissioned_by", "ruler:louis_xv"),
    ("square:place_de_la_concorde", "has_landmark", "monument:luxor_obelisk"),
    ("square:place_de_la_concorde", "kind_of", "kind:royal_square"),
    # Place des Vosges
    ("square:place_des_vosges", "located_in", "city:paris"),
    ("square:place_des_vosges", "commissioned_by", "ruler:henry_iv"),
    ("square:place_des_vosges", "named_after", "department:vosges"),
    ("square:place_des_vosges", "has_landmark", "monument:statue_of_louis_xiii"),
    ("square:place_des_vosges", "kind_of", "kind:royal_square"),
    # Plaza Mayor (Madrid)
    ("square:plaza_mayor_madrid", "located_in", "city:madrid"),
    ("square:plaza_mayor_madrid", "designed_by", "architect:juan_gomez_de_mora"),
    ("square:plaza_mayor_madrid", "commissioned_by", "ruler:philip_iii"),
    ("square:plaza_mayor_madrid", "has_landmark", "monument:statue_of_philip_iii"),
    # St. Peter's Square
    ("square:st_peters_square", "located_in", "city:vatican_city"),
    ("square:st_peters_square", "designed_by", "architect:gian_lorenzo_bernini"),
    ("square:st_peters_square", "commissioned_by", "pope:alexander_vii"),
    ("square:st_peters_square", "named_after", "saint:saint_peter"),
    ("square:st_peters_square", "has_landmark", "monument:vatican_obelisk"),
    ("square:st_peters_square", "style", "style:baroque"),
    # Piazza del Campidoglio
    ("square:piazza_del_campidoglio", "located_in", "city:rome"),
    ("square:piazza_del_campidoglio", "designed_by", "architect:michelangelo"),
    ("square:piazza_del_campidoglio", "commissioned_by", "pope:paul_iii"),
    ("square:piazza_del_campidoglio", "has_landmark", "monument:statue_of_marcus_aurelius"),
    ("square:piazza_del_campidoglio", "style", "style:renaissance"),
    ("square:piazza_del_campidoglio", "kind_of", "kind:civic_square"),
    # Wenceslas Square
    ("square:wenceslas_square", "located_in", "city:prague"),
    ("square:wenceslas_square", "named_after", "saint:saint_wenceslas"),
    ("square:wenceslas_square", "has_landmark", "monument:statue_of_saint_wenceslas"),
    ("square:wenceslas_square", "has_landmark", "building:national_museum_prague"),
    ("square:wenceslas_square", "kind_of", "kind:market_square"),
    # Main Market Square (Kraków)
    ("square:main_market_square", "located_in", "city:krakow"),
    ("square:main_market_square", "has_landmark", "building:cloth_hall"),
    ("square:main_market_square", "has_landmark", "building:st_marys_basilica"),
    ("square:main_market_square", "kind_of", "kind:market_square"),
    # Alexanderplatz
    ("square:alexanderplatz", "located_in", "city:berlin"),
    ("square:alexanderplatz", "named_after", "ruler:alexander_i"),
    ("square:alexanderplatz", "has_landmark", "monument:world_clock"),
    # Times Square
    ("square:times_square", "located_in", "city:new_york_city"),
    ("square:times_square", "named_after", "newspaper:new_york_times"),
    ("square:times_square", "has_landmark", "building:one_times_square"),
    # Union Square (San Francisco)
    ("square:union_square_sf", "located_in", "city:san_francisco"),
    ("square:union_square_sf", "has_landmark", "monument:dewey_monument"),
    # Rittenhouse Square
    ("square:rittenhouse_square", "located_in", "city:philadelphia"),
    ("square:rittenhouse_square", "designed_by", "architect:paul_philippe_cret"),
    ("square:rittenhouse_square", "named_after", "scientist:david_rittenhouse"),
    # Federation Square
    ("square:federation_square", "located_in", "city:melbourne"),
    ("square:federation_square", "designed_by", "firm:lab_architecture_studio"),
    ("square:federation_square", "named_after", "event:federation_of_australia"),
    ("square:federation_square", "style", "style:deconstructivist"),
    ("square:federation_square", "kind_of", "kind:civic_square"),
    # Nathan Phillips Square
    ("square:nathan_phillips_square", "located_in", "city:toronto"),
    ("square:nathan_phillips_square", "designed_by", "architect:viljo_revell"),
    ("square:nathan_phillips_square", "named_after", "politician:nathan_phillips"),
    ("square:nathan_phillips_square", "style", "style:modernist"),
    ("square:nathan_phillips_square", "kind_of", "kind:civic_square"),
    # Yonge-Dundas Square
    ("square:yonge_dundas_square", "located_in", "city:toronto"),
    ("square:yonge_dundas_square", "designed_by", "firm:brown_and_storey"),
    # Pioneer Courthouse Square
    ("square:pioneer_courthouse_square", "located_in", "city:portland"),
    ("square:pioneer_courthouse_square", "designed_by", "architect:willard_martin"),
    ("square:pioneer_courthouse_square", "named_after", "building:pioneer_courthouse"),
    # Place Stanislas
    ("square:place_stanislas", "located_in", "city:nancy"),
    ("square:place_stanislas", "designed_by", "architect:emmanuel_here"),
    ("square:place_stanislas", "commissioned_by", "ruler:stanislaw_leszczynski"),
    ("square:place_stanislas", "named_after", "ruler:stanislaw_leszczynski"),
    ("square:place_stanislas", "has_landmark", "monument:statue_of_stanislas"),
    ("square:place_stanislas", "kind_of", "kind:royal_square"),
    # Naqsh-e Jahan Square
    ("square:naqsh_e_jahan_square", "located_in", "city:isfahan"),
    ("square:naqsh_e_jahan_square", "commissioned_by", "ruler:abbas_the_great"),
    ("square:naqsh_e_jahan_square", "has_landmark", "building:shah_mosque"),
    ("square:naqsh_e_jahan_square", "has_landmark", "building:ali_qapu"),
]

RATINGS = [
    ("user:ana", "square:st_peters_square", 5.0),
    ("user:ana", "square:piazza_del_campidoglio", 4.5),
    ("user:ana", "square:times_square", 1.5),
    ("user:ana", "square:place_des_vosges", 4.0),
    ("user:ben", "square:trafalgar_square", 4.0),
    ("user:ben", "square:alexanderplatz", 2.0),
    ("user:ben", "square:federation_square", 1.0),
    ("user:ben", "square:main_market_square", 5.0),
    ("user:chen", "square:nathan_phillips_square", 4.5),
    ("user:chen", "square:yonge_dundas_square", 2.0),
    ("user:chen", "square:union_square_sf", 3.0),
    ("user:chen", "square:pioneer_courthouse_square", 5.0),
    ("user:dara", "square:place_stanislas", 5.0),
    ("user:dara", "square:plaza_mayor_madrid", 3.5),
    ("user:dara", "square:naqsh_e_jahan_square", 4.5),
    ("user:dara", "square:wenceslas_square", 0.5),
    ("user:emil", "square:rittenhouse_square", 4.0),
    ("user:emil", "square:place_de_la_concorde", 1.5),
    ("user:emil", "square:st_peters_square", 3.0),
    ("user:emil", "square:federation_square", 4.5),
]


def rows():
    out = list(FACTS)
    out += [(u, "rated", item, {"rating": r}) for u, item, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind150")
