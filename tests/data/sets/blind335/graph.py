"""A small knowledge graph of string quartets (the ensembles), declared in code.

Item years are the years the ensembles were founded.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("string_quartet",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("string_quartet",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("string_quartet",), range=("person",)),
    kgx.Relation("formed_at", phrase="was formed at", inverse_phrase="was the birthplace of",
                 domain=("string_quartet",), range=("school",)),
    kgx.Relation("recorded_for", phrase="recorded for", inverse_phrase="released recordings by",
                 domain=("string_quartet",), range=("record_label",)),
    kgx.Relation("premiered", phrase="gave the premiere of", inverse_phrase="was premiered by",
                 domain=("string_quartet",), range=("composition",)),
    kgx.Relation("plays", phrase="plays", inverse_phrase="is played by",
                 domain=("string_quartet",), range=("repertoire",)),
]

_QUARTETS = [
    ("juilliard_string_quartet", "Juilliard String Quartet", 1946),
    ("emerson_string_quartet", "Emerson String Quartet", 1976),
    ("tokyo_string_quartet", "Tokyo String Quartet", 1969),
    ("kronos_quartet", "Kronos Quartet", 1973),
    ("arditti_quartet", "Arditti Quartet", 1974),
    ("alban_berg_quartett", "Alban Berg Quartett", 1970),
    ("hagen_quartett", "Hagen Quartett", 1981),
    ("takacs_quartet", "Takács Quartet", 1975),
    ("amadeus_quartet", "Amadeus Quartet", 1947),
    ("borodin_quartet", "Borodin Quartet", 1945),
    ("beethoven_quartet", "Beethoven Quartet", 1923),
    ("guarneri_quartet", "Guarneri Quartet", 1964),
    ("quartetto_italiano", "Quartetto Italiano", 1945),
    ("budapest_string_quartet", "Budapest String Quartet", 1917),
    ("kolisch_quartet", "Kolisch Quartet", 1921),
    ("lasalle_quartet", "LaSalle Quartet", 1946),
    ("quatuor_mosaiques", "Quatuor Mosaïques", 1987),
    ("danish_string_quartet", "Danish String Quartet", 2001),
    ("quatuor_ebene", "Quatuor Ébène", 1999),
    ("jack_quartet", "JACK Quartet", 2005),
]

_ATTRIBUTES = [
    # cities
    ("city:new_york_city", "city", "New York City"),
    ("city:san_francisco", "city", "San Francisco"),
    ("city:london", "city", "London"),
    ("city:vienna", "city", "Vienna"),
    ("city:salzburg", "city", "Salzburg"),
    ("city:boulder", "city", "Boulder"),
    ("city:moscow", "city", "Moscow"),
    ("city:cincinnati", "city", "Cincinnati"),
    ("city:copenhagen", "city", "Copenhagen"),
    # people (founding members)
    ("person:robert_mann", "person", "Robert Mann"),
    ("person:eugene_drucker", "person", "Eugene Drucker"),
    ("person:philip_setzer", "person", "Philip Setzer"),
    ("person:david_harrington", "person", "David Harrington"),
    ("person:irvine_arditti", "person", "Irvine Arditti"),
    ("person:gunter_pichler", "person", "Günter Pichler"),
    ("person:gabor_takacs_nagy", "person", "Gábor Takács-Nagy"),
    ("person:norbert_brainin", "person", "Norbert Brainin"),
    ("person:rostislav_dubinsky", "person", "Rostislav Dubinsky"),
    ("person:dmitri_tsyganov", "person", "Dmitri Tsyganov"),
    ("person:arnold_steinhardt", "person", "Arnold Steinhardt"),
    ("person:paolo_borciani", "person", "Paolo Borciani"),
    ("person:rudolf_kolisch", "person", "Rudolf Kolisch"),
    ("person:walter_levin", "person", "Walter Levin"),
    # schools
    ("school:juilliard_school", "school", "Juilliard School"),
    ("school:franz_liszt_academy", "school", "Franz Liszt Academy of Music"),
    ("school:moscow_conservatory", "school", "Moscow Conservatory"),
    # record labels
    ("record_label:deutsche_grammophon", "record_label", "Deutsche Grammophon"),
    ("record_label:sony_classical", "record_label", "Sony Classical"),
    ("record_label:nonesuch_records", "record_label", "Nonesuch Records"),
    ("record_label:emi_classics", "record_label", "EMI Classics"),
    ("record_label:hyperion_records", "record_label", "Hyperion Records"),
    ("record_label:melodiya", "record_label", "Melodiya"),
    ("record_label:rca_victor", "record_label", "RCA Victor"),
    ("record_label:philips_records", "record_label", "Philips Records"),
    ("record_label:columbia_records", "record_label", "Columbia Records"),
    ("record_label:ecm_records", "record_label", "ECM Records"),
    ("record_label:erato_records", "record_label", "Erato Records"),
    ("record_label:harmonia_mundi", "record_label", "Harmonia Mundi"),
    # compositions
    ("composition:carter_string_quartet_2", "composition", "Carter's String Quartet No. 2"),
    ("composition:carter_string_quartet_5", "composition", "Carter's String Quartet No. 5"),
    ("composition:different_trains", "composition", "Different Trains"),
    ("composition:bartok_string_quartet_5", "composition", "Bartók's String Quartet No. 5"),
    ("composition:schoenberg_string_quartet_4", "composition", "Schoenberg's String Quartet No. 4"),
    ("composition:ligeti_string_quartet_2", "composition", "Ligeti's String Quartet No. 2"),
    ("composition:shostakovich_piano_quintet", "composition", "Shostakovich's Piano Quintet"),
    # repertoire / performance focus
    ("repertoire:contemporary_music", "repertoire", "Contemporary music"),
    ("repertoire:period_instruments", "repertoire", "Period instruments"),
    ("repertoire:folk_music", "repertoire", "Folk music"),
    ("repertoire:jazz", "repertoire", "Jazz"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"string_quartet:{slug}", kind="item", type="string_quartet",
                      label=label, attrs={"year": year})
           for slug, label, year in _QUARTETS]
    out += [kgx.Entity(eid, kind="attribute", type=etype, label=label)
            for eid, etype, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _q(slug):
    return f"string_quartet:{slug}"


_FACTS = [
    # Juilliard String Quartet
    ("juilliard_string_quartet", "based_in", "city:new_york_city"),
    ("juilliard_string_quartet", "founded_by", "person:robert_mann"),
    ("juilliard_string_quartet", "formed_at", "school:juilliard_school"),
    ("juilliard_string_quartet", "recorded_for", "record_label:sony_classical"),
    ("juilliard_string_quartet", "premiered", "composition:carter_string_quartet_2"),
    # Emerson String Quartet
    ("emerson_string_quartet", "based_in", "city:new_york_city"),
    ("emerson_string_quartet", "founded_by", "person:eugene_drucker"),
    ("emerson_string_quartet", "founded_by", "person:philip_setzer"),
    ("emerson_string_quartet", "formed_at", "school:juilliard_school"),
    ("emerson_string_quartet", "recorded_for", "record_label:deutsche_grammophon"),
    # Tokyo String Quartet
    ("tokyo_string_quartet", "based_in", "city:new_york_city"),
    ("tokyo_string_quartet", "formed_at", "school:juilliard_school"),
    ("tokyo_string_quartet", "recorded_for", "record_label:harmonia_mundi"),
    # Kronos Quartet
    ("kronos_quartet", "based_in", "city:san_francisco"),
    ("kronos_quartet", "founded_by", "person:david_harrington"),
    ("kronos_quartet", "recorded_for", "record_label:nonesuch_records"),
    ("kronos_quartet", "premiered", "composition:different_trains"),
    ("kronos_quartet", "plays", "repertoire:contemporary_music"),
    # Arditti Quartet
    ("arditti_quartet", "based_in", "city:london"),
    ("arditti_quartet", "founded_by", "person:irvine_arditti"),
    ("arditti_quartet", "premiered", "composition:carter_string_quartet_5"),
    ("arditti_quartet", "plays", "repertoire:contemporary_music"),
    # Alban Berg Quartett
    ("alban_berg_quartett", "based_in", "city:vienna"),
    ("alban_berg_quartett", "founded_by", "person:gunter_pichler"),
    ("alban_berg_quartett", "recorded_for", "record_label:emi_classics"),
    # Hagen Quartett
    ("hagen_quartett", "based_in", "city:salzburg"),
    ("hagen_quartett", "recorded_for", "record_label:deutsche_grammophon"),
    # Takács Quartet
    ("takacs_quartet", "based_in", "city:boulder"),
    ("takacs_quartet", "founded_by", "person:gabor_takacs_nagy"),
    ("takacs_quartet", "formed_at", "school:franz_liszt_academy"),
    ("takacs_quartet", "recorded_for", "record_label:hyperion_records"),
    # Amadeus Quartet
    ("amadeus_quartet", "based_in", "city:london"),
    ("amadeus_quartet", "founded_by", "person:norbert_brainin"),
    ("amadeus_quartet", "recorded_for", "record_label:deutsche_grammophon"),
    # Borodin Quartet
    ("borodin_quartet", "based_in", "city:moscow"),
    ("borodin_quartet", "founded_by", "person:rostislav_dubinsky"),
    ("borodin_quartet", "recorded_for", "record_label:melodiya"),
    # Beethoven Quartet
    ("beethoven_quartet", "based_in", "city:moscow"),
    ("beethoven_quartet", "founded_by", "person:dmitri_tsyganov"),
    ("beethoven_quartet", "formed_at", "school:moscow_conservatory"),
    ("beethoven_quartet", "premiered", "composition:shostakovich_piano_quintet"),
    # Guarneri Quartet
    ("guarneri_quartet", "based_in", "city:new_york_city"),
    ("guarneri_quartet", "founded_by", "person:arnold_steinhardt"),
    ("guarneri_quartet", "recorded_for", "record_label:rca_victor"),
    # Quartetto Italiano
    ("quartetto_italiano", "founded_by", "person:paolo_borciani"),
    ("quartetto_italiano", "recorded_for", "record_label:philips_records"),
    # Budapest String Quartet
    ("budapest_string_quartet", "recorded_for", "record_label:columbia_records"),
    # Kolisch Quartet
    ("kolisch_quartet", "based_in", "city:vienna"),
    ("kolisch_quartet", "founded_by", "person:rudolf_kolisch"),
    ("kolisch_quartet", "premiered", "composition:bartok_string_quartet_5"),
    ("kolisch_quartet", "premiered", "composition:schoenberg_string_quartet_4"),
    # LaSalle Quartet
    ("lasalle_quartet", "based_in", "city:cincinnati"),
    ("lasalle_quartet", "founded_by", "person:walter_levin"),
    ("lasalle_quartet", "formed_at", "school:juilliard_school"),
    ("lasalle_quartet", "recorded_for", "record_label:deutsche_grammophon"),
    ("lasalle_quartet", "premiered", "composition:ligeti_string_quartet_2"),
    # Quatuor Mosaïques
    ("quatuor_mosaiques", "based_in", "city:vienna"),
    ("quatuor_mosaiques", "plays", "repertoire:period_instruments"),
    # Danish String Quartet
    ("danish_string_quartet", "based_in", "city:copenhagen"),
    ("danish_string_quartet", "recorded_for", "record_label:ecm_records"),
    ("danish_string_quartet", "plays", "repertoire:folk_music"),
    # Quatuor Ébène
    ("quatuor_ebene", "recorded_for", "record_label:erato_records"),
    ("quatuor_ebene", "plays", "repertoire:jazz"),
    # JACK Quartet
    ("jack_quartet", "based_in", "city:new_york_city"),
    ("jack_quartet", "plays", "repertoire:contemporary_music"),
]

_RATINGS = [
    ("ana", "kronos_quartet", 5.0),
    ("ana", "arditti_quartet", 4.5),
    ("ana", "jack_quartet", 4.0),
    ("ana", "emerson_string_quartet", 2.0),
    ("ben", "amadeus_quartet", 4.5),
    ("ben", "alban_berg_quartett", 5.0),
    ("ben", "hagen_quartett", 1.5),
    ("ben", "quartetto_italiano", 4.0),
    ("chen", "takacs_quartet", 4.0),
    ("chen", "tokyo_string_quartet", 3.0),
    ("chen", "juilliard_string_quartet", 5.0),
    ("chen", "lasalle_quartet", 2.0),
    ("dara", "danish_string_quartet", 5.0),
    ("dara", "quatuor_ebene", 4.5),
    ("dara", "quatuor_mosaiques", 1.0),
    ("dara", "guarneri_quartet", 3.5),
    ("emil", "borodin_quartet", 4.0),
    ("emil", "beethoven_quartet", 4.5),
    ("emil", "kolisch_quartet", 2.5),
    ("emil", "budapest_string_quartet", 0.5),
]


def rows():
    out = [(_q(slug), rel, tail) for slug, rel, tail in _FACTS]
    out += [(f"user:{u}", "rated", _q(slug), {"rating": r}) for u, slug, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind335")
