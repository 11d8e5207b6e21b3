"""blind300: a small graph of mountaineers.

Items are mountaineers; their ``year`` attribute is the year of birth.
"""
import kgexplain as kgx

M = ("mountaineer",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=M),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=M, range=("place",)),
    kgx.Relation("first_ascent_of", phrase="made the first ascent of",
                 inverse_phrase="was first climbed by", domain=M, range=("mountain",)),
    kgx.Relation("summited", phrase="reached the summit of", inverse_phrase="was summited by",
                 domain=M, range=("mountain",)),
    kgx.Relation("died_on", phrase="died on", inverse_phrase="claimed the life of",
                 domain=M, range=("mountain",)),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by",
                 domain=M, range=("book",)),
    kgx.Relation("expedition_led_by", phrase="climbed on an expedition led by",
                 inverse_phrase="led an expedition that included",
                 domain=M, range=("person", "mountaineer")),
    kgx.Relation("occupation", phrase="worked as", inverse_phrase="was the occupation of",
                 domain=M, range=("occupation",)),
]

_MOUNTAINEERS = [
    ("edmund_hillary", "Edmund Hillary", 1919),
    ("tenzing_norgay", "Tenzing Norgay", 1914),
    ("george_mallory", "George Mallory", 1886),
    ("reinhold_messner", "Reinhold Messner", 1944),
    ("hermann_buhl", "Hermann Buhl", 1924),
    ("maurice_herzog", "Maurice Herzog", 1919),
    ("louis_lachenal", "Louis Lachenal", 1921),
    ("lino_lacedelli", "Lino Lacedelli", 1925),
    ("achille_compagnoni", "Achille Compagnoni", 1914),
    ("walter_bonatti", "Walter Bonatti", 1930),
    ("junko_tabei", "Junko Tabei", 1939),
    ("jerzy_kukuczka", "Jerzy Kukuczka", 1948),
    ("wanda_rutkiewicz", "Wanda Rutkiewicz", 1943),
    ("alison_hargreaves", "Alison Hargreaves", 1962),
    ("heinrich_harrer", "Heinrich Harrer", 1912),
    ("anderl_heckmair", "Anderl Heckmair", 1906),
    ("anatoli_boukreev", "Anatoli Boukreev", 1958),
    ("kurt_diemberger", "Kurt Diemberger", 1932),
]

_ATTRIBUTES = {
    "place": [
        ("auckland", "Auckland"), ("mobberley", "Mobberley"), ("brixen", "Brixen"),
        ("innsbruck", "Innsbruck"), ("lyon", "Lyon"), ("annecy", "Annecy"),
        ("cortina_d_ampezzo", "Cortina d'Ampezzo"), ("valfurva", "Valfurva"),
        ("bergamo", "Bergamo"), ("miharu", "Miharu"), ("katowice", "Katowice"),
        ("plunge", "Plungė"), ("huttenberg", "Hüttenberg"), ("munich", "Munich"),
        ("korkino", "Korkino"), ("villach", "Villach"),
    ],
    "mountain": [
        ("everest", "Mount Everest"), ("k2", "K2"), ("annapurna", "Annapurna"),
        ("nanga_parbat", "Nanga Parbat"), ("broad_peak", "Broad Peak"),
        ("dhaulagiri", "Dhaulagiri"), ("gasherbrum_iv", "Gasherbrum IV"),
        ("chogolisa", "Chogolisa"), ("lhotse", "Lhotse"),
        ("kangchenjunga", "Kangchenjunga"), ("eiger", "Eiger"),
    ],
    "book": [
        ("high_adventure", "High Adventure"),
        ("tiger_of_the_snows", "Tiger of the Snows"),
        ("annapurna_first_conquest", "Annapurna: First Conquest of an 8000-Meter Peak"),
        ("seven_years_in_tibet", "Seven Years in Tibet"),
        ("the_white_spider", "The White Spider"),
        ("the_crystal_horizon", "The Crystal Horizon"),
        ("the_mountains_of_my_life", "The Mountains of My Life"),
        ("nanga_parbat_pilgrimage", "Nanga Parbat Pilgrimage"),
        ("summits_and_secrets", "Summits and Secrets"),
        ("my_vertical_world", "My Vertical World"),
        ("above_the_clouds", "Above the Clouds"),
        ("carnets_du_vertige", "Carnets du vertige"),
    ],
    "person": [
        ("john_hunt", "John Hunt"), ("ardito_desio", "Ardito Desio"),
        ("karl_herrligkoffer", "Karl Herrligkoffer"), ("marcus_schmuck", "Marcus Schmuck"),
        ("eiko_hisano", "Eiko Hisano"), ("scott_fischer", "Scott Fischer"),
        ("peter_aufschnaiter", "Peter Aufschnaiter"),
    ],
    "occupation": [
        ("mountain_guide", "Mountain guide"), ("beekeeper", "Beekeeper"),
        ("photojournalist", "Photojournalist"), ("schoolteacher", "Schoolteacher"),
        ("politician", "Politician"), ("engineer", "Engineer"),
        ("geographer", "Geographer"), ("filmmaker", "Filmmaker"),
    ],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"mountaineer:{slug}", kind="item", type="mountaineer", label=label,
                      attrs={"year": year})
           for slug, label, year in _MOUNTAINEERS]
    for typ, rows_ in _ATTRIBUTES.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in rows_]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "born_in": [
        ("edmund_hillary", "place:auckland"), ("george_mallory", "place:mobberley"),
        ("reinhold_messner", "place:brixen"), ("hermann_buhl", "place:innsbruck"),
        ("maurice_herzog", "place:lyon"), ("louis_lachenal", "place:annecy"),
        ("lino_lacedelli", "place:cortina_d_ampezzo"), ("achille_compagnoni", "place:valfurva"),
        ("walter_bonatti", "place:bergamo"), ("junko_tabei", "place:miharu"),
        ("jerzy_kukuczka", "place:katowice"), ("wanda_rutkiewicz", "place:plunge"),
        ("heinrich_harrer", "place:huttenberg"), ("anderl_heckmair", "place:munich"),
        ("anatoli_boukreev", "place:korkino"), ("kurt_diemberger", "place:villach"),
    ],
    "first_ascent_of": [
        ("edmund_hillary", "mountain:everest"), ("tenzing_norgay", "mountain:everest"),
        ("maurice_herzog", "mountain:annapurna"), ("louis_lachenal", "mountain:annapurna"),
        ("lino_lacedelli", "mountain:k2"), ("achille_compagnoni", "mountain:k2"),
        ("hermann_buhl", "mountain:nanga_parbat"), ("hermann_buhl", "mountain:broad_peak"),
        ("kurt_diemberger", "mountain:broad_peak"), ("kurt_diemberger", "mountain:dhaulagiri"),
        ("walter_bonatti", "mountain:gasherbrum_iv"),
    ],
    "summited": [
        ("reinhold_messner", "mountain:everest"), ("reinhold_messner", "mountain:k2"),
        ("reinhold_messner", "mountain:nanga_parbat"),
        ("reinhold_messner", "mountain:kangchenjunga"), ("reinhold_messner", "mountain:lhotse"),
        ("junko_tabei", "mountain:everest"),
        ("jerzy_kukuczka", "mountain:everest"), ("jerzy_kukuczka", "mountain:k2"),
        ("jerzy_kukuczka", "mountain:kangchenjunga"),
        ("wanda_rutkiewicz", "mountain:everest"), ("wanda_rutkiewicz", "mountain:k2"),
        ("alison_hargreaves", "mountain:everest"), ("alison_hargreaves", "mountain:k2"),
        ("anatoli_boukreev", "mountain:everest"),
        ("heinrich_harrer", "mountain:eiger"), ("anderl_heckmair", "mountain:eiger"),
        ("louis_lachenal", "mountain:eiger"),
        ("kurt_diemberger", "mountain:k2"), ("kurt_diemberger", "mountain:everest"),
    ],
    "died_on": [
        ("george_mallory", "mountain:everest"), ("hermann_buhl", "mountain:chogolisa"),
        ("jerzy_kukuczka", "mountain:lhotse"), ("wanda_rutkiewicz", "mountain:kangchenjunga"),
        ("alison_hargreaves", "mountain:k2"), ("anatoli_boukreev", "mountain:annapurna"),
    ],
    "wrote": [
        ("edmund_hillary", "book:high_adventure"), ("tenzing_norgay", "book:tiger_of_the_snows"),
        ("maurice_herzog", "book:annapurna_first_conquest"),
        ("heinrich_harrer", "book:seven_years_in_tibet"),
        ("heinrich_harrer", "book:the_white_spider"),
        ("reinhold_messner", "book:the_crystal_horizon"),
        ("walter_bonatti", "book:the_mountains_of_my_life"),
        ("hermann_buhl", "book:nanga_parbat_pilgrimage"),
        ("kurt_diemberger", "book:summits_and_secrets"),
        ("jerzy_kukuczka", "book:my_vertical_world"),
        ("anatoli_boukreev", "book:above_the_clouds"),
        ("louis_lachenal", "book:carnets_du_vertige"),
    ],
    "expedition_led_by": [
        ("edmund_hillary", "person:john_hunt"), ("tenzing_norgay", "person:john_hunt"),
        ("lino_lacedelli", "person:ardito_desio"), ("achille_compagnoni", "person:ardito_desio"),
        ("walter_bonatti", "person:ardito_desio"),
        ("hermann_buhl", "person:karl_herrligkoffer"),
        ("reinhold_messner", "person:karl_herrligkoffer"),
        ("wanda_rutkiewicz", "person:karl_herrligkoffer"),
        ("hermann_buhl", "person:marcus_schmuck"), ("kurt_diemberger", "person:marcus_schmuck"),
        ("louis_lachenal", "mountaineer:maurice_herzog"),
        ("junko_tabei", "person:eiko_hisano"),
        ("anatoli_boukreev", "person:scott_fischer"),
        ("heinrich_harrer", "person:peter_aufschnaiter"),
    ],
    "occupation": [
        ("edmund_hillary", "occupation:beekeeper"),
        ("george_mallory", "occupation:schoolteacher"),
        ("maurice_herzog", "occupation:politician"),
        ("reinhold_messner", "occupation:politician"),
        ("louis_lachenal", "occupation:mountain_guide"),
        ("lino_lacedelli", "occupation:mountain_guide"),
        ("achille_compagnoni", "occupation:mountain_guide"),
        ("walter_bonatti", "occupation:mountain_guide"),
        ("walter_bonatti", "occupation:photojournalist"),
        ("anderl_heckmair", "occupation:mountain_guide"),
        ("anatoli_boukreev", "occupation:mountain_guide"),
        ("wanda_rutkiewicz", "occupation:engineer"),
        ("heinrich_harrer", "occupation:geographer"),
        ("kurt_diemberger", "occupation:filmmaker"),
    ],
}

_RATINGS = {
    "ana": [("edmund_hillary", 5.0), ("reinhold_messner", 4.5), ("george_mallory", 2.0),
            ("junko_tabei", 4.0)],
    "ben": [("hermann_buhl", 4.0), ("walter_bonatti", 5.0), ("maurice_herzog", 1.5),
            ("jerzy_kukuczka", 3.0)],
    "chen": [("junko_tabei", 5.0), ("wanda_rutkiewicz", 4.5), ("alison_hargreaves", 4.0),
             ("heinrich_harrer", 1.0)],
    "dara": [("anderl_heckmair", 4.5), ("heinrich_harrer", 4.0), ("anatoli_boukreev", 2.0),
             ("lino_lacedelli", 3.5)],
    "emil": [("kurt_diemberger", 5.0), ("achille_compagnoni", 1.5), ("louis_lachenal", 4.0),
             ("tenzing_norgay", 4.5)],
}


def rows():
    out = []
    for rel, pairs in _FACTS.items():
        for head, tail in pairs:
            out.append((f"mountaineer:{head}", rel, tail))
    for user, ratings in _RATINGS.items():
        for item, r in ratings:
            out.append((f"user:{user}", "rated", f"mountaineer:{item}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind300")
