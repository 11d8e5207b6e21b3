"""A small graph of real mountaineers (blind369). The item `year` is the year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("mountaineer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("mountaineer",), range=("city",)),
    kgx.Relation("first_ascent_of", phrase="made the first ascent of", inverse_phrase="was first climbed by",
                 domain=("mountaineer",), range=("mountain",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="included",
                 domain=("mountaineer",), range=("expedition",)),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by",
                 domain=("mountaineer",), range=("book",)),
    kgx.Relation("occupation", phrase="worked as", inverse_phrase="was the occupation of",
                 domain=("mountaineer",), range=("occupation",)),
    kgx.Relation("died_on", phrase="died on", inverse_phrase="claimed the life of",
                 domain=("mountaineer",), range=("mountain",)),
]

_ITEMS = [
    ("edmund_hillary", "Edmund Hillary", 1919),
    ("tenzing_norgay", "Tenzing Norgay", 1914),
    ("george_mallory", "George Mallory", 1886),
    ("reinhold_messner", "Reinhold Messner", 1944),
    ("maurice_herzog", "Maurice Herzog", 1919),
    ("louis_lachenal", "Louis Lachenal", 1921),
    ("hermann_buhl", "Hermann Buhl", 1924),
    ("lino_lacedelli", "Lino Lacedelli", 1925),
    ("achille_compagnoni", "Achille Compagnoni", 1914),
    ("junko_tabei", "Junko Tabei", 1939),
    ("edward_whymper", "Edward Whymper", 1840),
    ("jerzy_kukuczka", "Jerzy Kukuczka", 1948),
    ("wanda_rutkiewicz", "Wanda Rutkiewicz", 1943),
    ("kurt_diemberger", "Kurt Diemberger", 1932),
    ("heinrich_harrer", "Heinrich Harrer", 1912),
    ("walter_bonatti", "Walter Bonatti", 1930),
    ("eric_shipton", "Eric Shipton", 1907),
    ("lionel_terray", "Lionel Terray", 1921),
]

_ATTRS = {
    "occupation": [("beekeeper", "Beekeeper"), ("schoolteacher", "Schoolteacher"), ("politician", "Politician"),
                   ("mountain_guide", "Mountain guide"), ("engraver", "Engraver"), ("engineer", "Engineer"),
                   ("filmmaker", "Filmmaker"), ("geographer", "Geographer"), ("journalist", "Journalist"),
                   ("diplomat", "Diplomat")],
    "city": [("auckland", "Auckland"), ("mobberley", "Mobberley"), ("brixen", "Brixen"), ("lyon", "Lyon"),
             ("annecy", "Annecy"), ("innsbruck", "Innsbruck"), ("cortina_d_ampezzo", "Cortina d'Ampezzo"),
             ("valfurva", "Valfurva"), ("miharu", "Miharu"), ("london", "London"), ("katowice", "Katowice"),
             ("plunge", "Plungė"), ("villach", "Villach"), ("huttenberg", "Hüttenberg"), ("bergamo", "Bergamo"),
             ("grenoble", "Grenoble")],
    "mountain": [("mount_everest", "Mount Everest"), ("annapurna", "Annapurna"), ("nanga_parbat", "Nanga Parbat"),
                 ("k2", "K2"), ("matterhorn", "Matterhorn"), ("broad_peak", "Broad Peak"),
                 ("dhaulagiri", "Dhaulagiri"), ("gasherbrum_iv", "Gasherbrum IV"),
                 ("carstensz_pyramid", "Carstensz Pyramid"), ("nelion", "Nelion"), ("makalu", "Makalu"),
                 ("fitz_roy", "Fitz Roy"), ("chogolisa", "Chogolisa"), ("lhotse", "Lhotse"),
                 ("kangchenjunga", "Kangchenjunga")],
    "expedition": [("everest_1953", "1953 British Mount Everest expedition"),
                   ("everest_recon_1951", "1951 British Mount Everest reconnaissance expedition"),
                   ("everest_recon_1921", "1921 British Mount Everest reconnaissance expedition"),
                   ("everest_1924", "1924 British Mount Everest expedition"),
                   ("annapurna_1950", "1950 French Annapurna expedition"),
                   ("nanga_parbat_1953", "1953 German-Austrian Nanga Parbat expedition"),
                   ("k2_1954", "1954 Italian K2 expedition"),
                   ("everest_women_1975", "1975 Japanese Women's Everest Expedition")],
    "book": [("high_adventure", "High Adventure"), ("tiger_of_the_snows", "Tiger of the Snows"),
             ("the_crystal_horizon", "The Crystal Horizon"), ("annapurna_book", "Annapurna: First Conquest of an 8000-Meter Peak"),
             ("nanga_parbat_pilgrimage", "Nanga Parbat Pilgrimage"),
             ("scrambles_amongst_the_alps", "Scrambles Amongst the Alps"),
             ("summits_and_secrets", "Summits and Secrets"), ("seven_years_in_tibet", "Seven Years in Tibet"),
             ("the_white_spider", "The White Spider"), ("upon_that_mountain", "Upon That Mountain"),
             ("conquistadors_of_the_useless", "Conquistadors of the Useless")],
}

_USERS = ["ana", "ben", "chen", "dara", "emil"]

_FACTS = {
    "edmund_hillary": {"occupation": ["beekeeper"], "born_in": ["auckland"], "first_ascent_of": ["mount_everest"],
                       "member_of": ["everest_1953", "everest_recon_1951"], "wrote": ["high_adventure"]},
    "tenzing_norgay": {"first_ascent_of": ["mount_everest"], "member_of": ["everest_1953"],
                       "wrote": ["tiger_of_the_snows"]},
    "george_mallory": {"died_on": ["mount_everest"], "occupation": ["schoolteacher"], "born_in": ["mobberley"],
                       "member_of": ["everest_recon_1921", "everest_1924"]},
    "reinhold_messner": {"occupation": ["politician"], "born_in": ["brixen"], "wrote": ["the_crystal_horizon"]},
    "maurice_herzog": {"occupation": ["politician"], "born_in": ["lyon"], "first_ascent_of": ["annapurna"],
                       "member_of": ["annapurna_1950"], "wrote": ["annapurna_book"]},
    "louis_lachenal": {"occupation": ["mountain_guide"], "born_in": ["annecy"], "first_ascent_of": ["annapurna"],
                       "member_of": ["annapurna_1950"]},
    "hermann_buhl": {"died_on": ["chogolisa"], "born_in": ["innsbruck"],
                     "first_ascent_of": ["nanga_parbat", "broad_peak"], "member_of": ["nanga_parbat_1953"],
                     "wrote": ["nanga_parbat_pilgrimage"]},
    "lino_lacedelli": {"occupation": ["mountain_guide"], "born_in": ["cortina_d_ampezzo"], "first_ascent_of": ["k2"],
                       "member_of": ["k2_1954"]},
    "achille_compagnoni": {"occupation": ["mountain_guide"], "born_in": ["valfurva"], "first_ascent_of": ["k2"],
                           "member_of": ["k2_1954"]},
    "junko_tabei": {"born_in": ["miharu"], "member_of": ["everest_women_1975"]},
    "edward_whymper": {"occupation": ["engraver"], "born_in": ["london"], "first_ascent_of": ["matterhorn"],
                       "wrote": ["scrambles_amongst_the_alps"]},
    "jerzy_kukuczka": {"died_on": ["lhotse"], "born_in": ["katowice"]},
    "wanda_rutkiewicz": {"died_on": ["kangchenjunga"], "occupation": ["engineer"], "born_in": ["plunge"]},
    "kurt_diemberger": {"occupation": ["filmmaker"], "born_in": ["villach"],
                        "first_ascent_of": ["broad_peak", "dhaulagiri"], "wrote": ["summits_and_secrets"]},
    "heinrich_harrer": {"occupation": ["geographer"], "born_in": ["huttenberg"], "first_ascent_of": ["carstensz_pyramid"],
                        "wrote": ["seven_years_in_tibet", "the_white_spider"]},
    "walter_bonatti": {"occupation": ["journalist"], "born_in": ["bergamo"], "first_ascent_of": ["gasherbrum_iv"],
                       "member_of": ["k2_1954"]},
    "eric_shipton": {"occupation": ["diplomat"], "first_ascent_of": ["nelion"],
                     "member_of": ["everest_recon_1951"], "wrote": ["upon_that_mountain"]},
    "lionel_terray": {"occupation": ["mountain_guide"], "born_in": ["grenoble"], "first_ascent_of": ["makalu", "fitz_roy"],
                      "member_of": ["annapurna_1950"], "wrote": ["conquistadors_of_the_useless"]},
}

_RANGE = {"occupation": "occupation", "died_on": "mountain", "born_in": "city", "first_ascent_of": "mountain",
          "member_of": "expedition", "wrote": "book"}

_RATINGS = {
    "ana": [("edmund_hillary", 5.0), ("reinhold_messner", 4.5), ("edward_whymper", 2.0), ("junko_tabei", 4.0)],
    "ben": [("maurice_herzog", 1.5), ("hermann_buhl", 5.0), ("walter_bonatti", 4.0), ("jerzy_kukuczka", 3.0)],
    "chen": [("junko_tabei", 5.0), ("wanda_rutkiewicz", 4.5), ("george_mallory", 1.0), ("lino_lacedelli", 3.5)],
    "dara": [("lionel_terray", 4.0), ("kurt_diemberger", 2.0), ("heinrich_harrer", 5.0), ("eric_shipton", 3.0)],
    "emil": [("tenzing_norgay", 4.5), ("achille_compagnoni", 0.5), ("louis_lachenal", 4.0), ("edmund_hillary", 2.5)],
}


def entities():
    out = [kgx.Entity(f"mountaineer:{slug}", kind="item", type="mountaineer", label=label, attrs={"year": year})
           for slug, label, year in _ITEMS]
    for typ, pairs in _ATTRS.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label) for slug, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"mountaineer:{slug}", rel, f"{_RANGE[rel]}:{t}"))
    for u, pairs in _RATINGS.items():
        for slug, r in pairs:
            out.append((f"user:{u}", "rated", f"mountaineer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind369")
