"""blind317: a small graph of canonized saints.

Each saint's ``year`` is the year of the saint's canonization.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("saint",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="was the birthplace of",
                 domain=("saint",), range=("place",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of",
                 domain=("saint",), range=("place",)),
    kgx.Relation("founded", phrase="founded", inverse_phrase="was founded by",
                 domain=("saint",), range=("order",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="counted among its members",
                 domain=("saint",), range=("order",)),
    kgx.Relation("canonized_by", phrase="was canonized by", inverse_phrase="canonized",
                 domain=("saint",), range=("pope",)),
    kgx.Relation("patron_of", phrase="is the patron saint of", inverse_phrase="has as its patron saint",
                 domain=("saint",), range=("patronage",)),
]

# slug, label, canonization year, aliases
SAINTS = [
    ("francis_of_assisi", "Francis of Assisi", 1228, ()),
    ("clare_of_assisi", "Clare of Assisi", 1255, ()),
    ("anthony_of_padua", "Anthony of Padua", 1232, ()),
    ("dominic", "Saint Dominic", 1234, ("Dominic de Guzmán",)),
    ("thomas_aquinas", "Thomas Aquinas", 1323, ()),
    ("catherine_of_siena", "Catherine of Siena", 1461, ()),
    ("teresa_of_avila", "Teresa of Ávila", 1622, ("Teresa of Avila",)),
    ("john_of_the_cross", "John of the Cross", 1726, ()),
    ("ignatius_of_loyola", "Ignatius of Loyola", 1622, ()),
    ("francis_xavier", "Francis Xavier", 1622, ()),
    ("therese_of_lisieux", "Thérèse of Lisieux", 1925, ("Therese of Lisieux",)),
    ("joan_of_arc", "Joan of Arc", 1920, ()),
    ("bernadette_soubirous", "Bernadette Soubirous", 1933, ()),
    ("thomas_more", "Thomas More", 1935, ()),
    ("john_fisher", "John Fisher", 1935, ()),
    ("maximilian_kolbe", "Maximilian Kolbe", 1982, ()),
    ("teresa_of_calcutta", "Teresa of Calcutta", 2016, ("Mother Teresa",)),
    ("padre_pio", "Padre Pio", 2002, ("Pio of Pietrelcina",)),
]

PLACES = {
    "assisi": ("Assisi", ()), "lisbon": ("Lisbon", ()), "padua": ("Padua", ()),
    "caleruega": ("Caleruega", ()), "bologna": ("Bologna", ()), "roccasecca": ("Roccasecca", ()),
    "fossanova_abbey": ("Fossanova Abbey", ()), "siena": ("Siena", ()), "rome": ("Rome", ()),
    "avila": ("Ávila", ("Avila",)), "alba_de_tormes": ("Alba de Tormes", ()),
    "fontiveros": ("Fontiveros", ()), "ubeda": ("Úbeda", ("Ubeda",)), "azpeitia": ("Azpeitia", ()),
    "javier": ("Javier", ()), "shangchuan_island": ("Shangchuan Island", ()),
    "alencon": ("Alençon", ("Alencon",)), "lisieux": ("Lisieux", ()), "domremy": ("Domrémy", ("Domremy",)),
    "rouen": ("Rouen", ()), "lourdes": ("Lourdes", ()), "nevers": ("Nevers", ()), "london": ("London", ()),
    "beverley": ("Beverley", ()), "zdunska_wola": ("Zduńska Wola", ("Zdunska Wola",)),
    "auschwitz": ("Auschwitz", ()), "skopje": ("Skopje", ()), "kolkata": ("Kolkata", ("Calcutta",)),
    "pietrelcina": ("Pietrelcina", ()), "san_giovanni_rotondo": ("San Giovanni Rotondo", ()),
}

ORDERS = {
    "franciscans": ("Franciscans", ("Order of Friars Minor",)),
    "poor_clares": ("Poor Clares", ()),
    "dominicans": ("Dominicans", ("Order of Preachers",)),
    "discalced_carmelites": ("Discalced Carmelites", ()),
    "society_of_jesus": ("Society of Jesus", ("Jesuits",)),
    "missionaries_of_charity": ("Missionaries of Charity", ()),
    "sisters_of_charity_of_nevers": ("Sisters of Charity of Nevers", ()),
    "capuchins": ("Capuchins", ()),
}

POPES = {
    "gregory_ix": ("Pope Gregory IX", ("Gregory IX",)),
    "alexander_iv": ("Pope Alexander IV", ("Alexander IV",)),
    "john_xxii": ("Pope John XXII", ("John XXII",)),
    "pius_ii": ("Pope Pius II", ("Pius II",)),
    "gregory_xv": ("Pope Gregory XV", ("Gregory XV",)),
    "benedict_xiii": ("Pope Benedict XIII", ("Benedict XIII",)),
    "benedict_xv": ("Pope Benedict XV", ("Benedict XV",)),
    "pius_xi": ("Pope Pius XI", ("Pius XI",)),
    "john_paul_ii": ("Pope John Paul II", ("John Paul II",)),
    "francis": ("Pope Francis", ()),
}

PATRONAGES = {
    "animals": "animals", "italy": "Italy", "europe": "Europe", "lost_things": "lost things",
    "astronomers": "astronomers", "television": "television", "students": "students",
    "headache_sufferers": "headache sufferers", "spiritual_retreats": "spiritual retreats",
    "missions": "missions", "france": "France", "politicians": "politicians",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in SAINTS:
        out.append(kgx.Entity(f"saint:{slug}", kind="item", type="saint", label=label,
                              aliases=tuple(aliases), attrs={"year": year}))
    for slug, (label, aliases) in PLACES.items():
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label, aliases=aliases))
    for slug, (label, aliases) in ORDERS.items():
        out.append(kgx.Entity(f"order:{slug}", kind="attribute", type="order", label=label, aliases=aliases))
    for slug, (label, aliases) in POPES.items():
        out.append(kgx.Entity(f"pope:{slug}", kind="attribute", type="pope", label=label, aliases=aliases))
    for slug, label in PATRONAGES.items():
        out.append(kgx.Entity(f"patronage:{slug}", kind="attribute", type="patronage", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


BORN = {
    "francis_of_assisi": "assisi", "clare_of_assisi": "assisi", "anthony_of_padua": "lisbon",
    "dominic": "caleruega", "thomas_aquinas": "roccasecca", "catherine_of_siena": "siena",
    "teresa_of_avila": "avila", "john_of_the_cross": "fontiveros", "ignatius_of_loyola": "azpeitia",
    "francis_xavier": "javier", "therese_of_lisieux": "alencon", "joan_of_arc": "domremy",
    "bernadette_soubirous": "lourdes", "thomas_more": "london", "john_fisher": "beverley",
    "maximilian_kolbe": "zdunska_wola", "teresa_of_calcutta": "skopje", "padre_pio": "pietrelcina",
}

DIED = {
    "francis_of_assisi": "assisi", "clare_of_assisi": "assisi", "anthony_of_padua": "padua",
    "dominic": "bologna", "thomas_aquinas": "fossanova_abbey", "catherine_of_siena": "rome",
    "teresa_of_avila": "alba_de_tormes", "john_of_the_cross": "ubeda", "ignatius_of_loyola": "rome",
    "francis_xavier": "shangchuan_island", "therese_of_lisieux": "lisieux", "joan_of_arc": "rouen",
    "bernadette_soubirous": "nevers", "thomas_more": "london", "john_fisher": "london",
    "maximilian_kolbe": "auschwitz", "teresa_of_calcutta": "kolkata", "padre_pio": "san_giovanni_rotondo",
}

FOUNDED = [
    ("francis_of_assisi", "franciscans"), ("clare_of_assisi", "poor_clares"),
    ("dominic", "dominicans"), ("teresa_of_avila", "discalced_carmelites"),
    ("john_of_the_cross", "discalced_carmelites"), ("ignatius_of_loyola", "society_of_jesus"),
    ("teresa_of_calcutta", "missionaries_of_charity"),
]

MEMBER = [
    ("anthony_of_padua", "franciscans"), ("maximilian_kolbe", "franciscans"),
    ("padre_pio", "capuchins"), ("thomas_aquinas", "dominicans"),
    ("catherine_of_siena", "dominicans"), ("francis_xavier", "society_of_jesus"),
    ("therese_of_lisieux", "discalced_carmelites"),
    ("bernadette_soubirous", "sisters_of_charity_of_nevers"),
]

CANONIZED = {
    "francis_of_assisi": "gregory_ix", "clare_of_assisi": "alexander_iv",
    "anthony_of_padua": "gregory_ix", "dominic": "gregory_ix", "thomas_aquinas": "john_xxii",
    "catherine_of_siena": "pius_ii", "teresa_of_avila": "gregory_xv",
    "john_of_the_cross": "benedict_xiii", "ignatius_of_loyola": "gregory_xv",
    "francis_xavier": "gregory_xv", "therese_of_lisieux": "pius_xi", "joan_of_arc": "benedict_xv",
    "bernadette_soubirous": "pius_xi", "thomas_more": "pius_xi", "john_fisher": "pius_xi",
    "maximilian_kolbe": "john_paul_ii", "teresa_of_calcutta": "francis", "padre_pio": "john_paul_ii",
}

PATRON = [
    ("francis_of_assisi", "animals"), ("francis_of_assisi", "italy"),
    ("catherine_of_siena", "italy"), ("catherine_of_siena", "europe"),
    ("anthony_of_padua", "lost_things"), ("dominic", "astronomers"),
    ("clare_of_assisi", "television"), ("thomas_aquinas", "students"),
    ("teresa_of_avila", "headache_sufferers"), ("ignatius_of_loyola", "spiritual_retreats"),
    ("francis_xavier", "missions"), ("therese_of_lisieux", "missions"),
    ("therese_of_lisieux", "france"), ("joan_of_arc", "france"),
    ("thomas_more", "politicians"),
]

RATINGS = {
    "ana": [("francis_of_assisi", 5.0), ("clare_of_assisi", 4.5), ("therese_of_lisieux", 2.0), ("joan_of_arc", 3.0)],
    "ben": [("ignatius_of_loyola", 4.0), ("francis_xavier", 1.5), ("thomas_more", 5.0), ("teresa_of_calcutta", 3.5)],
    "chen": [("thomas_aquinas", 4.5), ("dominic", 2.0), ("catherine_of_siena", 4.0), ("anthony_of_padua", 1.0)],
    "dara": [("teresa_of_avila", 5.0), ("john_of_the_cross", 4.0), ("bernadette_soubirous", 0.5), ("padre_pio", 2.5)],
    "emil": [("maximilian_kolbe", 4.5), ("john_fisher", 2.0), ("joan_of_arc", 5.0), ("therese_of_lisieux", 3.0)],
}


def rows():
    out = []
    for s, p in BORN.items():
        out.append((f"saint:{s}", "born_in", f"place:{p}"))
    for s, p in DIED.items():
        out.append((f"saint:{s}", "died_in", f"place:{p}"))
    for s, o in FOUNDED:
        out.append((f"saint:{s}", "founded", f"order:{o}"))
    for s, o in MEMBER:
        out.append((f"saint:{s}", "member_of", f"order:{o}"))
    for s, p in CANONIZED.items():
        out.append((f"saint:{s}", "canonized_by", f"pope:{p}"))
    for s, p in PATRON:
        out.append((f"saint:{s}", "patron_of", f"patronage:{p}"))
    for u, rs in RATINGS.items():
        for s, r in rs:
            out.append((f"user:{u}", "rated", f"saint:{s}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind317")
