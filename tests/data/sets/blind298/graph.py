"""A small graph of real orchestral conductors (blind298).

Items are conductors; ``year`` is the conductor's year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("conductor",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("conductor",), range=("city",)),
    kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home country of",
                 domain=("conductor",), range=("country",)),
    kgx.Relation("music_director_of", phrase="was music director of",
                 inverse_phrase="had as its music director",
                 domain=("conductor",), range=("orchestra", "opera house")),
    kgx.Relation("studied_with", phrase="studied with", inverse_phrase="taught",
                 domain=("conductor",), range=("person", "conductor")),
    kgx.Relation("also_a", phrase="was also a", inverse_phrase="is a second profession of",
                 domain=("conductor",), range=("profession",)),
]

CONDUCTORS = [
    # slug, label, birth year
    ("leonard_bernstein", "Leonard Bernstein", 1918),
    ("herbert_von_karajan", "Herbert von Karajan", 1908),
    ("claudio_abbado", "Claudio Abbado", 1933),
    ("zubin_mehta", "Zubin Mehta", 1936),
    ("simon_rattle", "Simon Rattle", 1955),
    ("gustavo_dudamel", "Gustavo Dudamel", 1981),
    ("daniel_barenboim", "Daniel Barenboim", 1942),
    ("georg_solti", "Georg Solti", 1912),
    ("arturo_toscanini", "Arturo Toscanini", 1867),
    ("seiji_ozawa", "Seiji Ozawa", 1935),
    ("marin_alsop", "Marin Alsop", 1956),
    ("esa_pekka_salonen", "Esa-Pekka Salonen", 1958),
    ("riccardo_muti", "Riccardo Muti", 1941),
    ("gustav_mahler", "Gustav Mahler", 1860),
    ("yannick_nezet_seguin", "Yannick Nézet-Séguin", 1975),
    ("mariss_jansons", "Mariss Jansons", 1943),
    ("kirill_petrenko", "Kirill Petrenko", 1972),
    ("andris_nelsons", "Andris Nelsons", 1978),
]

ATTRIBUTES = [
    # id, type, label
    ("city:lawrence", "city", "Lawrence"),
    ("city:salzburg", "city", "Salzburg"),
    ("city:milan", "city", "Milan"),
    ("city:mumbai", "city", "Mumbai"),
    ("city:liverpool", "city", "Liverpool"),
    ("city:barquisimeto", "city", "Barquisimeto"),
    ("city:buenos_aires", "city", "Buenos Aires"),
    ("city:budapest", "city", "Budapest"),
    ("city:parma", "city", "Parma"),
    ("city:shenyang", "city", "Shenyang"),
    ("city:new_york_city", "city", "New York City"),
    ("city:helsinki", "city", "Helsinki"),
    ("city:naples", "city", "Naples"),
    ("city:kaliste", "city", "Kaliště"),
    ("city:montreal", "city", "Montreal"),
    ("city:riga", "city", "Riga"),
    ("city:omsk", "city", "Omsk"),
    ("country:united_states", "country", "United States"),
    ("country:austria", "country", "Austria"),
    ("country:italy", "country", "Italy"),
    ("country:india", "country", "India"),
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:venezuela", "country", "Venezuela"),
    ("country:argentina", "country", "Argentina"),
    ("country:hungary", "country", "Hungary"),
    ("country:japan", "country", "Japan"),
    ("country:finland", "country", "Finland"),
    ("country:canada", "country", "Canada"),
    ("country:latvia", "country", "Latvia"),
    ("country:russia", "country", "Russia"),
    ("orchestra:new_york_philharmonic", "orchestra", "New York Philharmonic"),
    ("orchestra:berlin_philharmonic", "orchestra", "Berlin Philharmonic"),
    ("orchestra:london_symphony_orchestra", "orchestra", "London Symphony Orchestra"),
    ("orchestra:los_angeles_philharmonic", "orchestra", "Los Angeles Philharmonic"),
    ("orchestra:city_of_birmingham_symphony_orchestra", "orchestra", "City of Birmingham Symphony Orchestra"),
    ("orchestra:chicago_symphony_orchestra", "orchestra", "Chicago Symphony Orchestra"),
    ("orchestra:nbc_symphony_orchestra", "orchestra", "NBC Symphony Orchestra"),
    ("orchestra:boston_symphony_orchestra", "orchestra", "Boston Symphony Orchestra"),
    ("orchestra:baltimore_symphony_orchestra", "orchestra", "Baltimore Symphony Orchestra"),
    ("orchestra:philadelphia_orchestra", "orchestra", "Philadelphia Orchestra"),
    ("orchestra:royal_concertgebouw_orchestra", "orchestra", "Royal Concertgebouw Orchestra"),
    ("orchestra:bavarian_radio_symphony_orchestra", "orchestra", "Bavarian Radio Symphony Orchestra"),
    ("orchestra:simon_bolivar_symphony_orchestra", "orchestra", "Simón Bolívar Symphony Orchestra"),
    ("orchestra:israel_philharmonic_orchestra", "orchestra", "Israel Philharmonic Orchestra"),
    ("orchestra:philharmonia_orchestra", "orchestra", "Philharmonia Orchestra"),
    ("orchestra:orchestre_de_paris", "orchestra", "Orchestre de Paris"),
    ("orchestra:gewandhaus_orchestra", "orchestra", "Gewandhaus Orchestra"),
    ("opera:la_scala", "opera house", "La Scala"),
    ("opera:vienna_state_opera", "opera house", "Vienna State Opera"),
    ("opera:metropolitan_opera", "opera house", "Metropolitan Opera"),
    ("opera:bavarian_state_opera", "opera house", "Bavarian State Opera"),
    ("person:fritz_reiner", "person", "Fritz Reiner"),
    ("person:serge_koussevitzky", "person", "Serge Koussevitzky"),
    ("person:hans_swarowsky", "person", "Hans Swarowsky"),
    ("person:nadia_boulanger", "person", "Nadia Boulanger"),
    ("person:bela_bartok", "person", "Béla Bartók"),
    ("person:hideo_saito", "person", "Hideo Saito"),
    ("person:jorma_panula", "person", "Jorma Panula"),
    ("person:jose_antonio_abreu", "person", "José Antonio Abreu"),
    ("person:carlo_maria_giulini", "person", "Carlo Maria Giulini"),
    ("person:antonino_votto", "person", "Antonino Votto"),
    ("person:uros_lajovic", "person", "Uroš Lajovic"),
    ("profession:composer", "profession", "composer"),
    ("profession:pianist", "profession", "pianist"),
    ("profession:cellist", "profession", "cellist"),
    ("profession:violinist", "profession", "violinist"),
    ("profession:trumpeter", "profession", "trumpeter"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"conductor:{slug}", kind="item", type="conductor", label=label,
                      attrs={"year": year})
           for slug, label, year in CONDUCTORS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# (conductor slug, birth city, country, [music director of], [studied with], [also a])
FACTS = [
    ("leonard_bernstein", "lawrence", "united_states",
     ["orchestra:new_york_philharmonic"],
     ["person:fritz_reiner", "person:serge_koussevitzky"], ["composer", "pianist"]),
    ("herbert_von_karajan", "salzburg", "austria",
     ["orchestra:berlin_philharmonic", "opera:vienna_state_opera"], [], []),
    ("claudio_abbado", "milan", "italy",
     ["orchestra:berlin_philharmonic", "orchestra:london_symphony_orchestra",
      "opera:la_scala", "opera:vienna_state_opera"],
     ["person:hans_swarowsky"], []),
    ("zubin_mehta", "mumbai", "india",
     ["orchestra:new_york_philharmonic", "orchestra:los_angeles_philharmonic",
      "orchestra:israel_philharmonic_orchestra"],
     ["person:hans_swarowsky"], []),
    ("simon_rattle", "liverpool", "united_kingdom",
     ["orchestra:city_of_birmingham_symphony_orchestra", "orchestra:berlin_philharmonic",
      "orchestra:london_symphony_orchestra"], [], []),
    ("gustavo_dudamel", "barquisimeto", "venezuela",
     ["orchestra:los_angeles_philharmonic", "orchestra:simon_bolivar_symphony_orchestra"],
     ["person:jose_antonio_abreu"], ["violinist"]),
    ("daniel_barenboim", "buenos_aires", "argentina",
     ["orchestra:chicago_symphony_orchestra", "orchestra:orchestre_de_paris"],
     ["person:nadia_boulanger"], ["pianist"]),
    ("georg_solti", "budapest", "hungary",
     ["orchestra:chicago_symphony_orchestra", "opera:bavarian_state_opera"],
     ["person:bela_bartok"], ["pianist"]),
    ("arturo_toscanini", "parma", "italy",
     ["orchestra:new_york_philharmonic", "orchestra:nbc_symphony_orchestra",
      "opera:la_scala", "opera:metropolitan_opera"], [], ["cellist"]),
    ("seiji_ozawa", "shenyang", "japan",
     ["orchestra:boston_symphony_orchestra", "opera:vienna_state_opera"],
     ["person:hideo_saito", "conductor:herbert_von_karajan"], []),
    ("marin_alsop", "new_york_city", "united_states",
     ["orchestra:baltimore_symphony_orchestra"],
     ["conductor:leonard_bernstein"], ["violinist"]),
    ("esa_pekka_salonen", "helsinki", "finland",
     ["orchestra:los_angeles_philharmonic", "orchestra:philharmonia_orchestra"],
     ["person:jorma_panula"], ["composer"]),
    ("riccardo_muti", "naples", "italy",
     ["orchestra:chicago_symphony_orchestra", "orchestra:philadelphia_orchestra",
      "opera:la_scala"],
     ["person:antonino_votto"], []),
    ("gustav_mahler", "kaliste", "austria",
     ["orchestra:new_york_philharmonic", "opera:vienna_state_opera"], [], ["composer"]),
    ("yannick_nezet_seguin", "montreal", "canada",
     ["orchestra:philadelphia_orchestra", "opera:metropolitan_opera"],
     ["person:carlo_maria_giulini"], ["pianist"]),
    ("mariss_jansons", "riga", "latvia",
     ["orchestra:bavarian_radio_symphony_orchestra", "orchestra:royal_concertgebouw_orchestra"],
     ["person:hans_swarowsky", "conductor:herbert_von_karajan"], []),
    ("kirill_petrenko", "omsk", "russia",
     ["orchestra:berlin_philharmonic", "opera:bavarian_state_opera"],
     ["person:uros_lajovic"], []),
    ("andris_nelsons", "riga", "latvia",
     ["orchestra:boston_symphony_orchestra", "orchestra:city_of_birmingham_symphony_orchestra",
      "orchestra:gewandhaus_orchestra"],
     ["conductor:mariss_jansons"], ["trumpeter"]),
]

RATINGS = {
    "ana": [("leonard_bernstein", 5.0), ("herbert_von_karajan", 4.0),
            ("gustavo_dudamel", 1.5), ("gustav_mahler", 3.0)],
    "ben": [("simon_rattle", 4.5), ("claudio_abbado", 2.0),
            ("arturo_toscanini", 5.0), ("marin_alsop", 3.5)],
    "chen": [("seiji_ozawa", 5.0), ("esa_pekka_salonen", 1.0),
             ("daniel_barenboim", 4.0), ("mariss_jansons", 2.5)],
    "dara": [("georg_solti", 0.5), ("riccardo_muti", 4.5),
             ("andris_nelsons", 3.0), ("yannick_nezet_seguin", 5.0)],
    "emil": [("kirill_petrenko", 4.0), ("zubin_mehta", 2.0),
             ("leonard_bernstein", 3.5), ("simon_rattle", 1.0)],
}


def rows():
    out = []
    for slug, city, country, posts, teachers, extra in FACTS:
        head = f"conductor:{slug}"
        out.append((head, "born_in", f"city:{city}"))
        out.append((head, "from_country", f"country:{country}"))
        out += [(head, "music_director_of", p) for p in posts]
        out += [(head, "studied_with", t) for t in teachers]
        out += [(head, "also_a", f"profession:{p}") for p in extra]
    for user, rated in RATINGS.items():
        out += [(f"user:{user}", "rated", f"conductor:{slug}", {"rating": r}) for slug, r in rated]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind298")
