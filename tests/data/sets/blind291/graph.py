"""blind291: a small graph of popes (year = year of election)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("pope",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("pope",), range=("place",)),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by",
                 domain=("pope",), range=("pope",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="counted among its members",
                 domain=("pope",), range=("religious_order",)),
    kgx.Relation("convened", phrase="convened", inverse_phrase="was convened by",
                 domain=("pope",), range=("council",)),
    kgx.Relation("led_archdiocese", phrase="had been archbishop of", inverse_phrase="was once led by",
                 domain=("pope",), range=("archdiocese",)),
    kgx.Relation("canonized", phrase="canonized", inverse_phrase="was canonized by",
                 domain=("pope",), range=("pope",)),
]

POPES = [
    ("pope:francis", "Francis", 2013),
    ("pope:benedict_xvi", "Benedict XVI", 2005),
    ("pope:john_paul_ii", "John Paul II", 1978),
    ("pope:john_paul_i", "John Paul I", 1978),
    ("pope:paul_vi", "Paul VI", 1963),
    ("pope:john_xxiii", "John XXIII", 1958),
    ("pope:pius_xii", "Pius XII", 1939),
    ("pope:pius_xi", "Pius XI", 1922),
    ("pope:benedict_xv", "Benedict XV", 1914),
    ("pope:pius_x", "Pius X", 1903),
    ("pope:leo_xiii", "Leo XIII", 1878),
    ("pope:pius_ix", "Pius IX", 1846),
    ("pope:gregory_xvi", "Gregory XVI", 1831),
    ("pope:pius_vii", "Pius VII", 1800),
    ("pope:sixtus_v", "Sixtus V", 1585),
    ("pope:gregory_xiii", "Gregory XIII", 1572),
    ("pope:pius_v", "Pius V", 1566),
    ("pope:paul_iii", "Paul III", 1534),
    ("pope:leo_x", "Leo X", 1513),
]

PLACES = [
    ("place:buenos_aires", "Buenos Aires"),
    ("place:marktl", "Marktl"),
    ("place:wadowice", "Wadowice"),
    ("place:canale_d_agordo", "Canale d'Agordo"),
    ("place:concesio", "Concesio"),
    ("place:sotto_il_monte", "Sotto il Monte"),
    ("place:rome", "Rome"),
    ("place:desio", "Desio"),
    ("place:genoa", "Genoa"),
    ("place:riese", "Riese"),
    ("place:carpineto_romano", "Carpineto Romano"),
    ("place:senigallia", "Senigallia"),
    ("place:belluno", "Belluno"),
    ("place:cesena", "Cesena"),
    ("place:grottammare", "Grottammare"),
    ("place:bologna", "Bologna"),
    ("place:bosco_marengo", "Bosco Marengo"),
    ("place:florence", "Florence"),
]

ORDERS = [
    ("order:society_of_jesus", "Society of Jesus"),
    ("order:camaldolese", "Camaldolese Order"),
    ("order:dominican", "Dominican Order"),
    ("order:franciscan", "Franciscan Order"),
    ("order:benedictine", "Order of Saint Benedict"),
]

COUNCILS = [
    ("council:vatican_i", "First Vatican Council"),
    ("council:vatican_ii", "Second Vatican Council"),
    ("council:trent", "Council of Trent"),
]

ARCHDIOCESES = [
    ("archdiocese:buenos_aires", "Archdiocese of Buenos Aires"),
    ("archdiocese:munich_freising", "Archdiocese of Munich and Freising"),
    ("archdiocese:krakow", "Archdiocese of Kraków"),
    ("archdiocese:milan", "Archdiocese of Milan"),
    ("archdiocese:bologna", "Archdiocese of Bologna"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="pope", label=lab, attrs={"year": y}) for i, lab, y in POPES]
    out += [kgx.Entity(i, kind="attribute", type="place", label=lab) for i, lab in PLACES]
    out += [kgx.Entity(i, kind="attribute", type="religious_order", label=lab) for i, lab in ORDERS]
    out += [kgx.Entity(i, kind="attribute", type="council", label=lab) for i, lab in COUNCILS]
    out += [kgx.Entity(i, kind="attribute", type="archdiocese", label=lab) for i, lab in ARCHDIOCESES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    r = [
        # birthplaces
        ("pope:francis", "born_in", "place:buenos_aires"),
        ("pope:benedict_xvi", "born_in", "place:marktl"),
        ("pope:john_paul_ii", "born_in", "place:wadowice"),
        ("pope:john_paul_i", "born_in", "place:canale_d_agordo"),
        ("pope:paul_vi", "born_in", "place:concesio"),
        ("pope:john_xxiii", "born_in", "place:sotto_il_monte"),
        ("pope:pius_xii", "born_in", "place:rome"),
        ("pope:pius_xi", "born_in", "place:desio"),
        ("pope:benedict_xv", "born_in", "place:genoa"),
        ("pope:pius_x", "born_in", "place:riese"),
        ("pope:leo_xiii", "born_in", "place:carpineto_romano"),
        ("pope:pius_ix", "born_in", "place:senigallia"),
        ("pope:gregory_xvi", "born_in", "place:belluno"),
        ("pope:pius_vii", "born_in", "place:cesena"),
        ("pope:sixtus_v", "born_in", "place:grottammare"),
        ("pope:gregory_xiii", "born_in", "place:bologna"),
        ("pope:pius_v", "born_in", "place:bosco_marengo"),
        ("pope:leo_x", "born_in", "place:florence"),
        # successions (head succeeded tail)
        ("pope:francis", "succeeded", "pope:benedict_xvi"),
        ("pope:benedict_xvi", "succeeded", "pope:john_paul_ii"),
        ("pope:john_paul_ii", "succeeded", "pope:john_paul_i"),
        ("pope:john_paul_i", "succeeded", "pope:paul_vi"),
        ("pope:paul_vi", "succeeded", "pope:john_xxiii"),
        ("pope:john_xxiii", "succeeded", "pope:pius_xii"),
        ("pope:pius_xii", "succeeded", "pope:pius_xi"),
        ("pope:pius_xi", "succeeded", "pope:benedict_xv"),
        ("pope:benedict_xv", "succeeded", "pope:pius_x"),
        ("pope:pius_x", "succeeded", "pope:leo_xiii"),
        ("pope:leo_xiii", "succeeded", "pope:pius_ix"),
        ("pope:pius_ix", "succeeded", "pope:gregory_xvi"),
        ("pope:gregory_xiii", "succeeded", "pope:pius_v"),
        ("pope:sixtus_v", "succeeded", "pope:gregory_xiii"),
        # religious orders
        ("pope:francis", "member_of", "order:society_of_jesus"),
        ("pope:gregory_xvi", "member_of", "order:camaldolese"),
        ("pope:pius_v", "member_of", "order:dominican"),
        ("pope:sixtus_v", "member_of", "order:franciscan"),
        ("pope:pius_vii", "member_of", "order:benedictine"),
        # councils
        ("pope:pius_ix", "convened", "council:vatican_i"),
        ("pope:john_xxiii", "convened", "council:vatican_ii"),
        ("pope:paul_iii", "convened", "council:trent"),
        # archdioceses led before election
        ("pope:francis", "led_archdiocese", "archdiocese:buenos_aires"),
        ("pope:benedict_xvi", "led_archdiocese", "archdiocese:munich_freising"),
        ("pope:john_paul_ii", "led_archdiocese", "archdiocese:krakow"),
        ("pope:paul_vi", "led_archdiocese", "archdiocese:milan"),
        ("pope:pius_xi", "led_archdiocese", "archdiocese:milan"),
        ("pope:benedict_xv", "led_archdiocese", "archdiocese:bologna"),
        # canonizations of popes
        ("pope:pius_xii", "canonized", "pope:pius_x"),
        ("pope:francis", "canonized", "pope:john_xxiii"),
        ("pope:francis", "canonized", "pope:john_paul_ii"),
        ("pope:francis", "canonized", "pope:paul_vi"),
    ]
    ratings = {
        "ana": [("francis", 5.0), ("john_xxiii", 4.5), ("paul_vi", 2.0), ("leo_x", 1.5)],
        "ben": [("john_paul_ii", 4.0), ("benedict_xvi", 5.0), ("pius_ix", 2.0), ("sixtus_v", 3.5)],
        "chen": [("pius_v", 4.5), ("gregory_xiii", 3.0), ("pius_vii", 1.0), ("leo_xiii", 5.0)],
        "dara": [("pius_xii", 2.5), ("benedict_xv", 4.0), ("pius_x", 4.5), ("john_paul_i", 2.0)],
        "emil": [("gregory_xvi", 1.5), ("paul_iii", 4.0), ("pius_xi", 5.0), ("francis", 3.0)],
    }
    for u, rs in ratings.items():
        for p, v in rs:
            r.append((f"user:{u}", "rated", f"pope:{p}", {"rating": v}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind291")
