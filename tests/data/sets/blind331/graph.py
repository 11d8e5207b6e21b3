"""A small choirs graph (blind331)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("choir",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("choir",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("choir",), range=("person",)),
    kgx.Relation("led_by", phrase="was led by", inverse_phrase="led", domain=("choir",), range=("person",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=("choir",), range=("choir_kind",)),
    kgx.Relation("sings_at", phrase="sings at", inverse_phrase="hosts", domain=("choir",), range=("venue",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("choir",), range=("person", "venue")),
]

ITEMS = [
    ("vienna_boys_choir", "Vienna Boys' Choir", 1498),
    ("thomanerchor", "Thomanerchor", 1212),
    ("regensburger_domspatzen", "Regensburger Domspatzen", 975),
    ("kings_college_choir", "Choir of King's College, Cambridge", 1441),
    ("new_college_choir", "Choir of New College, Oxford", 1379),
    ("tallis_scholars", "The Tallis Scholars", 1973),
    ("the_sixteen", "The Sixteen", 1979),
    ("monteverdi_choir", "Monteverdi Choir", 1964),
    ("kings_singers", "The King's Singers", 1968),
    ("tabernacle_choir", "Tabernacle Choir at Temple Square", 1847),
    ("swedish_radio_choir", "Swedish Radio Choir", 1925),
    ("eric_ericson_chamber_choir", "Eric Ericson Chamber Choir", 1945),
    ("ladysmith_black_mambazo", "Ladysmith Black Mambazo", 1960),
    ("gabrieli_consort", "Gabrieli Consort", 1982),
    ("tenebrae", "Tenebrae", 2001),
    ("voces8", "Voces8", 2005),
    ("boys_choir_of_harlem", "Boys Choir of Harlem", 1968),
    ("wiener_singverein", "Wiener Singverein", 1858),
    ("chanticleer", "Chanticleer", 1978),
    ("philippine_madrigal_singers", "Philippine Madrigal Singers", 1963),
]

ATTRIBUTES = [
    # cities
    ("city:vienna", "city", "Vienna"),
    ("city:leipzig", "city", "Leipzig"),
    ("city:regensburg", "city", "Regensburg"),
    ("city:cambridge", "city", "Cambridge"),
    ("city:oxford", "city", "Oxford"),
    ("city:london", "city", "London"),
    ("city:salt_lake_city", "city", "Salt Lake City"),
    ("city:stockholm", "city", "Stockholm"),
    ("city:ladysmith", "city", "Ladysmith"),
    ("city:new_york_city", "city", "New York City"),
    ("city:san_francisco", "city", "San Francisco"),
    ("city:quezon_city", "city", "Quezon City"),
    # people
    ("person:maximilian_i", "person", "Maximilian I"),
    ("person:henry_vi", "person", "Henry VI"),
    ("person:william_of_wykeham", "person", "William of Wykeham"),
    ("person:peter_phillips", "person", "Peter Phillips"),
    ("person:harry_christophers", "person", "Harry Christophers"),
    ("person:john_eliot_gardiner", "person", "John Eliot Gardiner"),
    ("person:eric_ericson", "person", "Eric Ericson"),
    ("person:joseph_shabalala", "person", "Joseph Shabalala"),
    ("person:paul_mccreesh", "person", "Paul McCreesh"),
    ("person:nigel_short", "person", "Nigel Short"),
    ("person:paul_smith", "person", "Paul Smith"),
    ("person:walter_turnbull", "person", "Walter Turnbull"),
    ("person:louis_botto", "person", "Louis Botto"),
    ("person:andrea_veneracion", "person", "Andrea Veneracion"),
    ("person:johann_sebastian_bach", "person", "Johann Sebastian Bach"),
    ("person:georg_ratzinger", "person", "Georg Ratzinger"),
    ("person:david_willcocks", "person", "David Willcocks"),
    ("person:stephen_cleobury", "person", "Stephen Cleobury"),
    ("person:johannes_brahms", "person", "Johannes Brahms"),
    ("person:mack_wilberg", "person", "Mack Wilberg"),
    ("person:thomas_tallis", "person", "Thomas Tallis"),
    ("person:claudio_monteverdi", "person", "Claudio Monteverdi"),
    # kinds
    ("kind:boys_choir", "choir_kind", "boys' choir"),
    ("kind:chapel_choir", "choir_kind", "chapel choir"),
    ("kind:vocal_ensemble", "choir_kind", "vocal ensemble"),
    ("kind:a_cappella_group", "choir_kind", "a cappella group"),
    ("kind:chamber_choir", "choir_kind", "chamber choir"),
    ("kind:radio_choir", "choir_kind", "radio choir"),
    ("kind:concert_choir", "choir_kind", "concert choir"),
    ("kind:church_choir", "choir_kind", "church choir"),
    # venues
    ("venue:hofburg_chapel", "venue", "Hofburg Chapel"),
    ("venue:st_thomas_church", "venue", "St. Thomas Church"),
    ("venue:regensburg_cathedral", "venue", "Regensburg Cathedral"),
    ("venue:kings_college_chapel", "venue", "King's College Chapel"),
    ("venue:new_college_chapel", "venue", "New College Chapel"),
    ("venue:salt_lake_tabernacle", "venue", "Salt Lake Tabernacle"),
    ("venue:musikverein", "venue", "Musikverein"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"choir:{slug}", kind="item", type="choir", label=label, attrs={"year": year})
           for slug, label, year in ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    # Vienna Boys' Choir
    ("choir:vienna_boys_choir", "based_in", "city:vienna"),
    ("choir:vienna_boys_choir", "founded_by", "person:maximilian_i"),
    ("choir:vienna_boys_choir", "has_kind", "kind:boys_choir"),
    ("choir:vienna_boys_choir", "sings_at", "venue:hofburg_chapel"),
    # Thomanerchor
    ("choir:thomanerchor", "based_in", "city:leipzig"),
    ("choir:thomanerchor", "led_by", "person:johann_sebastian_bach"),
    ("choir:thomanerchor", "has_kind", "kind:boys_choir"),
    ("choir:thomanerchor", "sings_at", "venue:st_thomas_church"),
    ("choir:thomanerchor", "named_after", "venue:st_thomas_church"),
    # Regensburger Domspatzen
    ("choir:regensburger_domspatzen", "based_in", "city:regensburg"),
    ("choir:regensburger_domspatzen", "led_by", "person:georg_ratzinger"),
    ("choir:regensburger_domspatzen", "has_kind", "kind:boys_choir"),
    ("choir:regensburger_domspatzen", "sings_at", "venue:regensburg_cathedral"),
    # King's College
    ("choir:kings_college_choir", "based_in", "city:cambridge"),
    ("choir:kings_college_choir", "founded_by", "person:henry_vi"),
    ("choir:kings_college_choir", "led_by", "person:david_willcocks"),
    ("choir:kings_college_choir", "led_by", "person:stephen_cleobury"),
    ("choir:kings_college_choir", "has_kind", "kind:chapel_choir"),
    ("choir:kings_college_choir", "sings_at", "venue:kings_college_chapel"),
    # New College
    ("choir:new_college_choir", "based_in", "city:oxford"),
    ("choir:new_college_choir", "founded_by", "person:william_of_wykeham"),
    ("choir:new_college_choir", "has_kind", "kind:chapel_choir"),
    ("choir:new_college_choir", "sings_at", "venue:new_college_chapel"),
    # Tallis Scholars
    ("choir:tallis_scholars", "based_in", "city:london"),
    ("choir:tallis_scholars", "founded_by", "person:peter_phillips"),
    ("choir:tallis_scholars", "led_by", "person:peter_phillips"),
    ("choir:tallis_scholars", "has_kind", "kind:vocal_ensemble"),
    ("choir:tallis_scholars", "named_after", "person:thomas_tallis"),
    # The Sixteen
    ("choir:the_sixteen", "based_in", "city:london"),
    ("choir:the_sixteen", "founded_by", "person:harry_christophers"),
    ("choir:the_sixteen", "led_by", "person:harry_christophers"),
    ("choir:the_sixteen", "has_kind", "kind:vocal_ensemble"),
    # Monteverdi Choir
    ("choir:monteverdi_choir", "based_in", "city:london"),
    ("choir:monteverdi_choir", "founded_by", "person:john_eliot_gardiner"),
    ("choir:monteverdi_choir", "led_by", "person:john_eliot_gardiner"),
    ("choir:monteverdi_choir", "named_after", "person:claudio_monteverdi"),
    # King's Singers
    ("choir:kings_singers", "has_kind", "kind:a_cappella_group"),
    # Tabernacle Choir
    ("choir:tabernacle_choir", "based_in", "city:salt_lake_city"),
    ("choir:tabernacle_choir", "led_by", "person:mack_wilberg"),
    ("choir:tabernacle_choir", "has_kind", "kind:church_choir"),
    ("choir:tabernacle_choir", "sings_at", "venue:salt_lake_tabernacle"),
    # Swedish Radio Choir
    ("choir:swedish_radio_choir", "based_in", "city:stockholm"),
    ("choir:swedish_radio_choir", "led_by", "person:eric_ericson"),
    ("choir:swedish_radio_choir", "has_kind", "kind:radio_choir"),
    # Eric Ericson Chamber Choir
    ("choir:eric_ericson_chamber_choir", "based_in", "city:stockholm"),
    ("choir:eric_ericson_chamber_choir", "founded_by", "person:eric_ericson"),
    ("choir:eric_ericson_chamber_choir", "has_kind", "kind:chamber_choir"),
    ("choir:eric_ericson_chamber_choir", "named_after", "person:eric_ericson"),
    # Ladysmith Black Mambazo
    ("choir:ladysmith_black_mambazo", "based_in", "city:ladysmith"),
    ("choir:ladysmith_black_mambazo", "founded_by", "person:joseph_shabalala"),
    ("choir:ladysmith_black_mambazo", "has_kind", "kind:a_cappella_group"),
    # Gabrieli Consort
    ("choir:gabrieli_consort", "based_in", "city:london"),
    ("choir:gabrieli_consort", "founded_by", "person:paul_mccreesh"),
    ("choir:gabrieli_consort", "has_kind", "kind:vocal_ensemble"),
    # Tenebrae
    ("choir:tenebrae", "based_in", "city:london"),
    ("choir:tenebrae", "founded_by", "person:nigel_short"),
    ("choir:tenebrae", "led_by", "person:nigel_short"),
    ("choir:tenebrae", "has_kind", "kind:vocal_ensemble"),
    # Voces8
    ("choir:voces8", "based_in", "city:london"),
    ("choir:voces8", "founded_by", "person:paul_smith"),
    ("choir:voces8", "has_kind", "kind:a_cappella_group"),
    # Boys Choir of Harlem
    ("choir:boys_choir_of_harlem", "based_in", "city:new_york_city"),
    ("choir:boys_choir_of_harlem", "founded_by", "person:walter_turnbull"),
    ("choir:boys_choir_of_harlem", "has_kind", "kind:boys_choir"),
    # Wiener Singverein
    ("choir:wiener_singverein", "based_in", "city:vienna"),
    ("choir:wiener_singverein", "led_by", "person:johannes_brahms"),
    ("choir:wiener_singverein", "has_kind", "kind:concert_choir"),
    ("choir:wiener_singverein", "sings_at", "venue:musikverein"),
    # Chanticleer
    ("choir:chanticleer", "based_in", "city:san_francisco"),
    ("choir:chanticleer", "founded_by", "person:louis_botto"),
    ("choir:chanticleer", "has_kind", "kind:a_cappella_group"),
    # Philippine Madrigal Singers
    ("choir:philippine_madrigal_singers", "based_in", "city:quezon_city"),
    ("choir:philippine_madrigal_singers", "founded_by", "person:andrea_veneracion"),
    ("choir:philippine_madrigal_singers", "has_kind", "kind:chamber_choir"),
]

RATINGS = [
    ("ana", "vienna_boys_choir", 5.0), ("ana", "kings_college_choir", 4.5),
    ("ana", "tallis_scholars", 2.0), ("ana", "chanticleer", 3.5),
    ("ben", "thomanerchor", 4.0), ("ben", "the_sixteen", 1.5),
    ("ben", "tabernacle_choir", 5.0), ("ben", "voces8", 3.0),
    ("chen", "ladysmith_black_mambazo", 4.5), ("chen", "swedish_radio_choir", 2.0),
    ("chen", "monteverdi_choir", 4.0), ("chen", "new_college_choir", 1.0),
    ("dara", "kings_singers", 5.0), ("dara", "wiener_singverein", 2.5),
    ("dara", "gabrieli_consort", 4.5), ("dara", "boys_choir_of_harlem", 1.5),
    ("emil", "regensburger_domspatzen", 3.0), ("emil", "eric_ericson_chamber_choir", 4.0),
    ("emil", "tenebrae", 2.0), ("emil", "philippine_madrigal_singers", 5.0),
]


def rows():
    out = list(FACTS)
    out += [(f"user:{u}", "rated", f"choir:{i}", {"rating": r}) for u, i, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind331")
