"""A small palaces graph (blind115): twenty real palaces, who commissioned and
designed them, where they stand, their architectural style, who manages them,
and five users who rated four palaces each.

The ``year`` of a palace is the year its construction (or, for Versailles,
Louis XIV's expansion) began.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("palace",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("palace",), range=("place",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=("palace",), range=("person",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("palace",), range=("person",)),
    kgx.Relation("has_style", phrase="is built in the style of", inverse_phrase="is the style of",
                 domain=("palace",), range=("style",)),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages",
                 domain=("palace",), range=("organisation",)),
]

# slug, label, year, place, commissioned by, designed by, styles, managed by
PALACES = [
    ("sanssouci", "Sanssouci", 1745, "potsdam", ["frederick_the_great"],
     ["knobelsdorff"], ["rococo"], ["spsg"]),
    ("new_palace_potsdam", "New Palace", 1763, "potsdam", ["frederick_the_great"],
     ["buring", "gontard"], ["baroque"], ["spsg"]),
    ("charlottenburg", "Charlottenburg Palace", 1695, "berlin", ["sophie_charlotte"],
     ["nering"], ["baroque"], ["spsg"]),
    ("neuschwanstein", "Neuschwanstein Castle", 1869, "schwangau", ["ludwig_ii"],
     ["riedel"], ["romanesque_revival"], ["bsv"]),
    ("nymphenburg", "Nymphenburg Palace", 1664, "munich", ["ferdinand_maria"],
     ["barelli"], ["baroque"], ["bsv"]),
    ("royal_palace_madrid", "Royal Palace of Madrid", 1738, "madrid", ["philip_v"],
     ["juvarra", "sacchetti"], ["baroque"], ["patrimonio_nacional"]),
    ("el_escorial", "El Escorial", 1563, "san_lorenzo", ["philip_ii"],
     ["toledo", "herrera"], ["herrerian"], ["patrimonio_nacional"]),
    ("versailles", "Palace of Versailles", 1661, "versailles", ["louis_xiv"],
     ["le_vau", "hardouin_mansart"], ["baroque"], []),
    ("buckingham", "Buckingham Palace", 1703, "london", ["john_sheffield"],
     ["winde", "nash"], ["neoclassical"], []),
    ("hampton_court", "Hampton Court Palace", 1515, "richmond", ["wolsey"],
     ["wren"], ["tudor", "baroque"], ["hrp"]),
    ("schonbrunn", "Schönbrunn Palace", 1696, "vienna", ["leopold_i"],
     ["fischer_von_erlach"], ["baroque"], []),
    ("upper_belvedere", "Upper Belvedere", 1717, "vienna", ["eugene_of_savoy"],
     ["hildebrandt"], ["baroque"], []),
    ("winter_palace", "Winter Palace", 1754, "saint_petersburg", ["elizabeth_of_russia"],
     ["rastrelli"], ["baroque"], ["hermitage"]),
    ("catherine_palace", "Catherine Palace", 1717, "tsarskoye_selo",
     ["catherine_i", "elizabeth_of_russia"], ["rastrelli"], ["rococo"], ["tsarskoye_selo_museum"]),
    ("peterhof", "Peterhof Palace", 1714, "peterhof_town", ["peter_the_great"],
     ["rastrelli"], ["baroque"], ["peterhof_museum"]),
    ("dolmabahce", "Dolmabahçe Palace", 1843, "istanbul", ["abdulmejid_i"],
     ["garabet_balyan", "nigogayos_balyan"], ["baroque", "neoclassical"], ["national_palaces"]),
    ("topkapi", "Topkapı Palace", 1459, "istanbul", ["mehmed_ii"],
     [], ["ottoman"], []),
    ("caserta", "Royal Palace of Caserta", 1752, "caserta", ["charles_iii_of_spain"],
     ["vanvitelli"], ["baroque"], []),
    ("blenheim", "Blenheim Palace", 1705, "woodstock", ["marlborough"],
     ["vanbrugh"], ["baroque"], []),
    ("forbidden_city", "Forbidden City", 1406, "beijing", ["yongle_emperor"],
     ["kuai_xiang"], [], ["palace_museum"]),
]

PLACES = {
    "potsdam": "Potsdam", "berlin": "Berlin", "schwangau": "Schwangau", "munich": "Munich",
    "madrid": "Madrid", "san_lorenzo": "San Lorenzo de El Escorial", "versailles": "Versailles",
    "london": "London", "richmond": "Richmond upon Thames", "vienna": "Vienna",
    "saint_petersburg": "Saint Petersburg", "tsarskoye_selo": "Tsarskoye Selo",
    "peterhof_town": "Peterhof", "istanbul": "Istanbul", "caserta": "Caserta",
    "woodstock": "Woodstock", "beijing": "Beijing",
}

PEOPLE = {
    # patrons
    "frederick_the_great": "Frederick the Great", "sophie_charlotte": "Sophie Charlotte",
    "ludwig_ii": "Ludwig II", "ferdinand_maria": "Ferdinand Maria", "philip_v": "Philip V",
    "philip_ii": "Philip II", "louis_xiv": "Louis XIV", "john_sheffield": "John Sheffield",
    "wolsey": "Thomas Wolsey", "leopold_i": "Leopold I", "eugene_of_savoy": "Prince Eugene of Savoy",
    "elizabeth_of_russia": "Elizabeth of Russia", "catherine_i": "Catherine I",
    "peter_the_great": "Peter the Great", "abdulmejid_i": "Abdulmejid I", "mehmed_ii": "Mehmed II",
    "charles_iii_of_spain": "Charles III of Spain", "marlborough": "John Churchill",
    "yongle_emperor": "Yongle Emperor",
    # architects
    "knobelsdorff": "Georg Wenzeslaus von Knobelsdorff", "buring": "Johann Gottfried Büring",
    "gontard": "Carl von Gontard", "nering": "Johann Arnold Nering", "riedel": "Eduard Riedel",
    "barelli": "Agostino Barelli", "juvarra": "Filippo Juvarra",
    "sacchetti": "Giovanni Battista Sacchetti", "toledo": "Juan Bautista de Toledo",
    "herrera": "Juan de Herrera", "le_vau": "Louis Le Vau", "hardouin_mansart": "Jules Hardouin-Mansart",
    "winde": "William Winde", "nash": "John Nash", "wren": "Christopher Wren",
    "fischer_von_erlach": "Johann Bernhard Fischer von Erlach",
    "hildebrandt": "Johann Lukas von Hildebrandt", "rastrelli": "Bartolomeo Rastrelli",
    "garabet_balyan": "Garabet Balyan", "nigogayos_balyan": "Nigoğayos Balyan",
    "vanvitelli": "Luigi Vanvitelli", "vanbrugh": "John Vanbrugh", "kuai_xiang": "Kuai Xiang",
}

STYLES = {
    "baroque": "Baroque", "rococo": "Rococo", "romanesque_revival": "Romanesque Revival",
    "herrerian": "Herrerian", "neoclassical": "Neoclassical", "tudor": "Tudor",
    "ottoman": "Ottoman",
}

ORGANISATIONS = {
    "spsg": "Prussian Palaces and Gardens Foundation",
    "bsv": "Bavarian Palace Department",
    "patrimonio_nacional": "Patrimonio Nacional",
    "hrp": "Historic Royal Palaces",
    "hermitage": "State Hermitage Museum",
    "tsarskoye_selo_museum": "Tsarskoye Selo State Museum",
    "peterhof_museum": "Peterhof State Museum",
    "national_palaces": "National Palaces Administration",
    "palace_museum": "Palace Museum",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

RATINGS = [
    ("ana", "sanssouci", 5.0), ("ana", "winter_palace", 4.5),
    ("ana", "versailles", 2.0), ("ana", "topkapi", 3.5),
    ("ben", "neuschwanstein", 4.0), ("ben", "buckingham", 1.5),
    ("ben", "hampton_court", 4.5), ("ben", "schonbrunn", 3.0),
    ("chen", "forbidden_city", 5.0), ("chen", "dolmabahce", 4.0),
    ("chen", "royal_palace_madrid", 2.5), ("chen", "catherine_palace", 1.0),
    ("dara", "blenheim", 4.5), ("dara", "caserta", 3.0),
    ("dara", "el_escorial", 2.0), ("dara", "peterhof", 5.0),
    ("emil", "nymphenburg", 3.5), ("emil", "charlottenburg", 4.0),
    ("emil", "upper_belvedere", 0.5), ("emil", "new_palace_potsdam", 4.5),
]


def entities():
    out = []
    for slug, label, year, *_ in PALACES:
        out.append(kgx.Entity(f"palace:{slug}", kind="item", type="palace", label=label,
                              attrs={"year": year}))
    for slug, label in PLACES.items():
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in STYLES.items():
        out.append(kgx.Entity(f"style:{slug}", kind="attribute", type="style", label=label))
    for slug, label in ORGANISATIONS.items():
        out.append(kgx.Entity(f"org:{slug}", kind="attribute", type="organisation", label=label))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, _label, _year, place, patrons, architects, styles, managers in PALACES:
        pid = f"palace:{slug}"
        out.append((pid, "located_in", f"place:{place}"))
        out += [(pid, "commissioned_by", f"person:{p}") for p in patrons]
        out += [(pid, "designed_by", f"person:{a}") for a in architects]
        out += [(pid, "has_style", f"style:{s}") for s in styles]
        out += [(pid, "managed_by", f"org:{m}") for m in managers]
    for user, slug, rating in RATINGS:
        out.append((f"user:{user}", "rated", f"palace:{slug}", {"rating": rating}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind115")
