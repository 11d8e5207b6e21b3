"""blind366: a small graph of popes (year = year of election)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("pope",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("pope",), range=("place",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="had as a member", domain=("pope",), range=("religious order",)),
    kgx.Relation("convened", phrase="convened", inverse_phrase="was convened by", domain=("pope",), range=("council",)),
    kgx.Relation("buried_in", phrase="is buried in", inverse_phrase="is the burial place of", domain=("pope",), range=("church",)),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("pope",), range=("pope",)),
    kgx.Relation("has_status", phrase="has been declared", inverse_phrase="is the title given to", domain=("pope",), range=("status",)),
]

# slug, label, year of election, extra aliases
POPES = [
    ("gregory_i", "Gregory I", 590, ("Gregory the Great",)),
    ("innocent_iii", "Innocent III", 1198, ()),
    ("celestine_v", "Celestine V", 1294, ()),
    ("boniface_viii", "Boniface VIII", 1294, ()),
    ("paul_iii", "Paul III", 1534, ()),
    ("pius_v", "Pius V", 1566, ()),
    ("sixtus_v", "Sixtus V", 1585, ()),
    ("pius_vii", "Pius VII", 1800, ()),
    ("pius_ix", "Pius IX", 1846, ()),
    ("leo_xiii", "Leo XIII", 1878, ()),
    ("pius_x", "Pius X", 1903, ()),
    ("benedict_xv", "Benedict XV", 1914, ()),
    ("pius_xi", "Pius XI", 1922, ()),
    ("pius_xii", "Pius XII", 1939, ()),
    ("john_xxiii", "John XXIII", 1958, ()),
    ("paul_vi", "Paul VI", 1963, ()),
    ("john_paul_i", "John Paul I", 1978, ()),
    ("john_paul_ii", "John Paul II", 1978, ()),
    ("benedict_xvi", "Benedict XVI", 2005, ()),
    ("francis", "Francis", 2013, ("Jorge Mario Bergoglio",)),
]

PLACES = {
    "rome": "Rome", "gavignano": "Gavignano", "anagni": "Anagni", "canino": "Canino",
    "bosco_marengo": "Bosco Marengo", "grottammare": "Grottammare", "cesena": "Cesena",
    "senigallia": "Senigallia", "carpineto_romano": "Carpineto Romano", "riese": "Riese",
    "genoa": "Genoa", "desio": "Desio", "sotto_il_monte": "Sotto il Monte", "concesio": "Concesio",
    "canale_d_agordo": "Canale d'Agordo", "wadowice": "Wadowice", "marktl": "Marktl",
    "buenos_aires": "Buenos Aires",
}

ORDERS = {
    "order_of_preachers": ("Order of Preachers", ("Dominican Order", "Dominicans")),
    "conventual_franciscans": ("Order of Friars Minor Conventual", ("Conventual Franciscans",)),
    "order_of_saint_benedict": ("Order of Saint Benedict", ("Benedictines",)),
    "society_of_jesus": ("Society of Jesus", ("Jesuits",)),
}

COUNCILS = {
    "fourth_lateran_council": "Fourth Lateran Council",
    "council_of_trent": "Council of Trent",
    "first_vatican_council": "First Vatican Council",
    "second_vatican_council": "Second Vatican Council",
}

CHURCHES = {
    "st_peters_basilica": ("St. Peter's Basilica", ("Saint Peter's Basilica",)),
    "santa_maria_maggiore": ("Santa Maria Maggiore", ("Basilica of Saint Mary Major",)),
    "lateran_basilica": ("Archbasilica of St. John Lateran", ("Lateran Basilica",)),
    "san_lorenzo_fuori_le_mura": ("San Lorenzo fuori le Mura", ("Basilica of Saint Lawrence outside the Walls",)),
    "santa_maria_di_collemaggio": ("Santa Maria di Collemaggio", ()),
}

STATUSES = {
    "saint": "saint", "blessed": "blessed", "venerable": "venerable", "servant_of_god": "servant of God",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in POPES:
        out.append(kgx.Entity(f"pope:{slug}", kind="item", type="pope", label=label,
                              aliases=(f"Pope {label}",) + tuple(aliases), attrs={"year": year}))
    for slug, label in PLACES.items():
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label))
    for slug, (label, aliases) in ORDERS.items():
        out.append(kgx.Entity(f"order:{slug}", kind="attribute", type="religious order", label=label, aliases=aliases))
    for slug, label in COUNCILS.items():
        out.append(kgx.Entity(f"council:{slug}", kind="attribute", type="council", label=label))
    for slug, (label, aliases) in CHURCHES.items():
        out.append(kgx.Entity(f"church:{slug}", kind="attribute", type="church", label=label, aliases=aliases))
    for slug, label in STATUSES.items():
        out.append(kgx.Entity(f"status:{slug}", kind="attribute", type="status", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


BORN = {
    "gregory_i": "rome", "innocent_iii": "gavignano", "boniface_viii": "anagni", "paul_iii": "canino",
    "pius_v": "bosco_marengo", "sixtus_v": "grottammare", "pius_vii": "cesena", "pius_ix": "senigallia",
    "leo_xiii": "carpineto_romano", "pius_x": "riese", "benedict_xv": "genoa", "pius_xi": "desio",
    "pius_xii": "rome", "john_xxiii": "sotto_il_monte", "paul_vi": "concesio",
    "john_paul_i": "canale_d_agordo", "john_paul_ii": "wadowice", "benedict_xvi": "marktl",
    "francis": "buenos_aires",
}

MEMBER = {
    "pius_v": "order_of_preachers", "sixtus_v": "conventual_franciscans",
    "pius_vii": "order_of_saint_benedict", "francis": "society_of_jesus",
}

CONVENED = {
    "innocent_iii": "fourth_lateran_council", "paul_iii": "council_of_trent",
    "pius_ix": "first_vatican_council", "john_xxiii": "second_vatican_council",
}

BURIED = {
    "gregory_i": "st_peters_basilica", "innocent_iii": "lateran_basilica",
    "celestine_v": "santa_maria_di_collemaggio", "boniface_viii": "st_peters_basilica",
    "paul_iii": "st_peters_basilica", "pius_v": "santa_maria_maggiore", "sixtus_v": "santa_maria_maggiore",
    "pius_vii": "st_peters_basilica", "pius_ix": "san_lorenzo_fuori_le_mura", "leo_xiii": "lateran_basilica",
    "pius_x": "st_peters_basilica", "benedict_xv": "st_peters_basilica", "pius_xi": "st_peters_basilica",
    "pius_xii": "st_peters_basilica", "john_xxiii": "st_peters_basilica", "paul_vi": "st_peters_basilica",
    "john_paul_i": "st_peters_basilica", "john_paul_ii": "st_peters_basilica",
    "benedict_xvi": "st_peters_basilica", "francis": "santa_maria_maggiore",
}

# (successor, predecessor): the successor directly followed the predecessor
SUCCEEDED = [
    ("boniface_viii", "celestine_v"), ("leo_xiii", "pius_ix"), ("pius_x", "leo_xiii"),
    ("benedict_xv", "pius_x"), ("pius_xi", "benedict_xv"), ("pius_xii", "pius_xi"),
    ("john_xxiii", "pius_xii"), ("paul_vi", "john_xxiii"), ("john_paul_i", "paul_vi"),
    ("john_paul_ii", "john_paul_i"), ("benedict_xvi", "john_paul_ii"), ("francis", "benedict_xvi"),
]

STATUS = {
    "gregory_i": "saint", "celestine_v": "saint", "pius_v": "saint", "pius_x": "saint",
    "john_xxiii": "saint", "paul_vi": "saint", "john_paul_ii": "saint",
    "pius_ix": "blessed", "john_paul_i": "blessed", "pius_xii": "venerable", "pius_vii": "servant_of_god",
}

RATINGS = {
    "ana": {"john_xxiii": 5.0, "pius_xii": 2.0, "francis": 4.5, "sixtus_v": 3.0},
    "ben": {"gregory_i": 4.0, "boniface_viii": 1.5, "john_paul_ii": 5.0, "leo_xiii": 3.5},
    "chen": {"pius_ix": 1.0, "paul_vi": 4.0, "innocent_iii": 4.5, "celestine_v": 2.5},
    "dara": {"benedict_xvi": 2.0, "pius_v": 3.5, "john_paul_i": 4.5, "pius_x": 5.0},
    "emil": {"paul_iii": 4.0, "francis": 1.5, "pius_vii": 3.0, "benedict_xv": 4.5},
}


def rows():
    out = []
    for p, c in BORN.items():
        out.append((f"pope:{p}", "born_in", f"place:{c}"))
    for p, o in MEMBER.items():
        out.append((f"pope:{p}", "member_of", f"order:{o}"))
    for p, c in CONVENED.items():
        out.append((f"pope:{p}", "convened", f"council:{c}"))
    for p, c in BURIED.items():
        out.append((f"pope:{p}", "buried_in", f"church:{c}"))
    for a, b in SUCCEEDED:
        out.append((f"pope:{a}", "succeeded", f"pope:{b}"))
    for p, s in STATUS.items():
        out.append((f"pope:{p}", "has_status", f"status:{s}"))
    for u, rs in RATINGS.items():
        for p, r in rs.items():
            out.append((f"user:{u}", "rated", f"pope:{p}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind366")
