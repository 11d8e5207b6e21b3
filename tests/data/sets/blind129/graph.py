"""blind129: a small graph of archaeological sites.

Each site is an item of type "site". Its ``year`` attribute is the year the
site was discovered (or rediscovered) or, for sites that were always known,
the year its modern excavation began:

  Knossos 1900 (Arthur Evans begins digging), Mycenae 1876 (Schliemann's dig),
  Troy 1870 (Schliemann begins at Hisarlik), Pompeii 1748 (excavation begins),
  Herculaneum 1738 (excavation begins), Tomb of Tutankhamun 1922 (found by
  Carter), Machu Picchu 1911 (Bingham's visit), Terracotta Army 1974 (found by
  farmers), Sutton Hoo 1939 (ship burial excavated), Skara Brae 1850 (exposed
  by a storm), Lascaux 1940 (found), Gobekli Tepe 1995 (excavation begins),
  Catalhoyuk 1958 (found by Mellaart), Ur 1922 (Woolley's excavation begins),
  Harappa 1921 (Sahni's excavation begins), Akrotiri 1967 (Marinatos begins),
  Nineveh 1847 (Layard begins at Kuyunjik), L'Anse aux Meadows 1960 (found
  by the Ingstads).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("site",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("site",), range=("country",)),
    kgx.Relation("near", phrase="lies near", inverse_phrase="is near",
                 domain=("site",), range=("city",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("site",), range=("culture",)),
    kgx.Relation("excavated_by", phrase="was excavated by", inverse_phrase="excavated",
                 domain=("site",), range=("person",)),
    kgx.Relation("site_type", phrase="is a", inverse_phrase="is the type of",
                 domain=("site",), range=("kind",)),
    kgx.Relation("dates_to", phrase="dates to the", inverse_phrase="is the period of",
                 domain=("site",), range=("period",)),
]

SITES = [
    ("site:knossos", "Knossos", 1900),
    ("site:mycenae", "Mycenae", 1876),
    ("site:troy", "Troy", 1870),
    ("site:pompeii", "Pompeii", 1748),
    ("site:herculaneum", "Herculaneum", 1738),
    ("site:tutankhamun_tomb", "Tomb of Tutankhamun", 1922),
    ("site:machu_picchu", "Machu Picchu", 1911),
    ("site:terracotta_army", "Terracotta Army", 1974),
    ("site:sutton_hoo", "Sutton Hoo", 1939),
    ("site:skara_brae", "Skara Brae", 1850),
    ("site:lascaux", "Lascaux", 1940),
    ("site:gobekli_tepe", "Göbekli Tepe", 1995),
    ("site:catalhoyuk", "Çatalhöyük", 1958),
    ("site:ur", "Ur", 1922),
    ("site:harappa", "Harappa", 1921),
    ("site:akrotiri", "Akrotiri", 1967),
    ("site:nineveh", "Nineveh", 1847),
    ("site:lanse_aux_meadows", "L'Anse aux Meadows", 1960),
]

ATTRIBUTES = [
    # countries
    ("country:greece", "country", "Greece"),
    ("country:turkey", "country", "Turkey"),
    ("country:italy", "country", "Italy"),
    ("country:egypt", "country", "Egypt"),
    ("country:peru", "country", "Peru"),
    ("country:china", "country", "China"),
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:france", "country", "France"),
    ("country:iraq", "country", "Iraq"),
    ("country:pakistan", "country", "Pakistan"),
    ("country:canada", "country", "Canada"),
    # nearby towns and cities
    ("city:heraklion", "city", "Heraklion"),
    ("city:canakkale", "city", "Çanakkale"),
    ("city:naples", "city", "Naples"),
    ("city:luxor", "city", "Luxor"),
    ("city:aguas_calientes", "city", "Aguas Calientes"),
    ("city:xian", "city", "Xi'an"),
    ("city:woodbridge", "city", "Woodbridge"),
    ("city:stromness", "city", "Stromness"),
    ("city:montignac", "city", "Montignac"),
    ("city:sanliurfa", "city", "Şanlıurfa"),
    ("city:konya", "city", "Konya"),
    ("city:nasiriyah", "city", "Nasiriyah"),
    ("city:sahiwal", "city", "Sahiwal"),
    ("city:fira", "city", "Fira"),
    ("city:mosul", "city", "Mosul"),
    ("city:st_anthony", "city", "St. Anthony"),
    # builders
    ("culture:minoans", "culture", "Minoans"),
    ("culture:mycenaeans", "culture", "Mycenaeans"),
    ("culture:ancient_egyptians", "culture", "Ancient Egyptians"),
    ("culture:inca", "culture", "Inca"),
    ("culture:qin_dynasty", "culture", "Qin dynasty"),
    ("culture:anglo_saxons", "culture", "Anglo-Saxons"),
    ("culture:sumerians", "culture", "Sumerians"),
    ("culture:indus_valley_civilisation", "culture", "Indus Valley Civilisation"),
    ("culture:assyrians", "culture", "Assyrians"),
    ("culture:norse", "culture", "Norse"),
    # archaeologists
    ("person:arthur_evans", "person", "Arthur Evans"),
    ("person:heinrich_schliemann", "person", "Heinrich Schliemann"),
    ("person:carl_blegen", "person", "Carl Blegen"),
    ("person:giuseppe_fiorelli", "person", "Giuseppe Fiorelli"),
    ("person:amedeo_maiuri", "person", "Amedeo Maiuri"),
    ("person:howard_carter", "person", "Howard Carter"),
    ("person:hiram_bingham", "person", "Hiram Bingham"),
    ("person:yuan_zhongyi", "person", "Yuan Zhongyi"),
    ("person:basil_brown", "person", "Basil Brown"),
    ("person:v_gordon_childe", "person", "V. Gordon Childe"),
    ("person:klaus_schmidt", "person", "Klaus Schmidt"),
    ("person:james_mellaart", "person", "James Mellaart"),
    ("person:ian_hodder", "person", "Ian Hodder"),
    ("person:leonard_woolley", "person", "Leonard Woolley"),
    ("person:daya_ram_sahni", "person", "Daya Ram Sahni"),
    ("person:mortimer_wheeler", "person", "Mortimer Wheeler"),
    ("person:spyridon_marinatos", "person", "Spyridon Marinatos"),
    ("person:austen_henry_layard", "person", "Austen Henry Layard"),
    ("person:anne_stine_ingstad", "person", "Anne Stine Ingstad"),
    # kinds of site
    ("kind:palace_complex", "kind", "palace complex"),
    ("kind:citadel", "kind", "citadel"),
    ("kind:city", "kind", "city"),
    ("kind:town", "kind", "town"),
    ("kind:tomb", "kind", "tomb"),
    ("kind:burial_complex", "kind", "burial complex"),
    ("kind:burial_ground", "kind", "burial ground"),
    ("kind:village", "kind", "village"),
    ("kind:decorated_cave", "kind", "decorated cave"),
    ("kind:sanctuary", "kind", "sanctuary"),
    ("kind:settlement", "kind", "settlement"),
    # periods
    ("period:bronze_age", "period", "Bronze Age"),
    ("period:neolithic", "period", "Neolithic"),
    ("period:upper_paleolithic", "period", "Upper Paleolithic"),
    ("period:roman_era", "period", "Roman era"),
    ("period:new_kingdom", "period", "New Kingdom"),
    ("period:early_middle_ages", "period", "Early Middle Ages"),
    ("period:viking_age", "period", "Viking Age"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = [
    # Knossos
    ("site:knossos", "located_in", "country:greece"),
    ("site:knossos", "near", "city:heraklion"),
    ("site:knossos", "built_by", "culture:minoans"),
    ("site:knossos", "excavated_by", "person:arthur_evans"),
    ("site:knossos", "site_type", "kind:palace_complex"),
    ("site:knossos", "dates_to", "period:bronze_age"),
    # Mycenae
    ("site:mycenae", "located_in", "country:greece"),
    ("site:mycenae", "built_by", "culture:mycenaeans"),
    ("site:mycenae", "excavated_by", "person:heinrich_schliemann"),
    ("site:mycenae", "site_type", "kind:citadel"),
    ("site:mycenae", "dates_to", "period:bronze_age"),
    # Troy
    ("site:troy", "located_in", "country:turkey"),
    ("site:troy", "near", "city:canakkale"),
    ("site:troy", "excavated_by", "person:heinrich_schliemann"),
    ("site:troy", "excavated_by", "person:carl_blegen"),
    ("site:troy", "site_type", "kind:city"),
    ("site:troy", "dates_to", "period:bronze_age"),
    # Pompeii
    ("site:pompeii", "located_in", "country:italy"),
    ("site:pompeii", "near", "city:naples"),
    ("site:pompeii", "excavated_by", "person:giuseppe_fiorelli"),
    ("site:pompeii", "site_type", "kind:town"),
    ("site:pompeii", "dates_to", "period:roman_era"),
    # Herculaneum
    ("site:herculaneum", "located_in", "country:italy"),
    ("site:herculaneum", "near", "city:naples"),
    ("site:herculaneum", "excavated_by", "person:amedeo_maiuri"),
    ("site:herculaneum", "site_type", "kind:town"),
    ("site:herculaneum", "dates_to", "period:roman_era"),
    # Tomb of Tutankhamun
    ("site:tutankhamun_tomb", "located_in", "country:egypt"),
    ("site:tutankhamun_tomb", "near", "city:luxor"),
    ("site:tutankhamun_tomb", "built_by", "culture:ancient_egyptians"),
    ("site:tutankhamun_tomb", "excavated_by", "person:howard_carter"),
    ("site:tutankhamun_tomb", "site_type", "kind:tomb"),
    ("site:tutankhamun_tomb", "dates_to", "period:new_kingdom"),
    # Machu Picchu
    ("site:machu_picchu", "located_in", "country:peru"),
    ("site:machu_picchu", "near", "city:aguas_calientes"),
    ("site:machu_picchu", "built_by", "culture:inca"),
    ("site:machu_picchu", "excavated_by", "person:hiram_bingham"),
    ("site:machu_picchu", "site_type", "kind:citadel"),
    # Terracotta Army
    ("site:terracotta_army", "located_in", "country:china"),
    ("site:terracotta_army", "near", "city:xian"),
    ("site:terracotta_army", "built_by", "culture:qin_dynasty"),
    ("site:terracotta_army", "excavated_by", "person:yuan_zhongyi"),
    ("site:terracotta_army", "site_type", "kind:burial_complex"),
    # Sutton Hoo
    ("site:sutton_hoo", "located_in", "country:united_kingdom"),
    ("site:sutton_hoo", "near", "city:woodbridge"),
    ("site:sutton_hoo", "built_by", "culture:anglo_saxons"),
    ("site:sutton_hoo", "excavated_by", "person:basil_brown"),
    ("site:sutton_hoo", "site_type", "kind:burial_ground"),
    ("site:sutton_hoo", "dates_to", "period:early_middle_ages"),
    # Skara Brae
    ("site:skara_brae", "located_in", "country:united_kingdom"),
    ("site:skara_brae", "near", "city:stromness"),
    ("site:skara_brae", "excavated_by", "person:v_gordon_childe"),
    ("site:skara_brae", "site_type", "kind:village"),
    ("site:skara_brae", "dates_to", "period:neolithic"),
    # Lascaux
    ("site:lascaux", "located_in", "country:france"),
    ("site:lascaux", "near", "city:montignac"),
    ("site:lascaux", "site_type", "kind:decorated_cave"),
    ("site:lascaux", "dates_to", "period:upper_paleolithic"),
    # Gobekli Tepe
    ("site:gobekli_tepe", "located_in", "country:turkey"),
    ("site:gobekli_tepe", "near", "city:sanliurfa"),
    ("site:gobekli_tepe", "excavated_by", "person:klaus_schmidt"),
    ("site:gobekli_tepe", "site_type", "kind:sanctuary"),
    ("site:gobekli_tepe", "dates_to", "period:neolithic"),
    # Catalhoyuk
    ("site:catalhoyuk", "located_in", "country:turkey"),
    ("site:catalhoyuk", "near", "city:konya"),
    ("site:catalhoyuk", "excavated_by", "person:james_mellaart"),
    ("site:catalhoyuk", "excavated_by", "person:ian_hodder"),
    ("site:catalhoyuk", "site_type", "kind:settlement"),
    ("site:catalhoyuk", "dates_to", "period:neolithic"),
    # Ur
    ("site:ur", "located_in", "country:iraq"),
    ("site:ur", "near", "city:nasiriyah"),
    ("site:ur", "built_by", "culture:sumerians"),
    ("site:ur", "excavated_by", "person:leonard_woolley"),
    ("site:ur", "site_type", "kind:city"),
    ("site:ur", "dates_to", "period:bronze_age"),
    # Harappa
    ("site:harappa", "located_in", "country:pakistan"),
    ("site:harappa", "near", "city:sahiwal"),
    ("site:harappa", "built_by", "culture:indus_valley_civilisation"),
    ("site:harappa", "excavated_by", "person:daya_ram_sahni"),
    ("site:harappa", "excavated_by", "person:mortimer_wheeler"),
    ("site:harappa", "site_type", "kind:city"),
    ("site:harappa", "dates_to", "period:bronze_age"),
    # Akrotiri
    ("site:akrotiri", "located_in", "country:greece"),
    ("site:akrotiri", "near", "city:fira"),
    ("site:akrotiri", "built_by", "culture:minoans"),
    ("site:akrotiri", "excavated_by", "person:spyridon_marinatos"),
    ("site:akrotiri", "site_type", "kind:town"),
    ("site:akrotiri", "dates_to", "period:bronze_age"),
    # Nineveh
    ("site:nineveh", "located_in", "country:iraq"),
    ("site:nineveh", "near", "city:mosul"),
    ("site:nineveh", "built_by", "culture:assyrians"),
    ("site:nineveh", "excavated_by", "person:austen_henry_layard"),
    ("site:nineveh", "site_type", "kind:city"),
    # L'Anse aux Meadows
    ("site:lanse_aux_meadows", "located_in", "country:canada"),
    ("site:lanse_aux_meadows", "near", "city:st_anthony"),
    ("site:lanse_aux_meadows", "built_by", "culture:norse"),
    ("site:lanse_aux_meadows", "excavated_by", "person:anne_stine_ingstad"),
    ("site:lanse_aux_meadows", "site_type", "kind:settlement"),
    ("site:lanse_aux_meadows", "dates_to", "period:viking_age"),
]

RATINGS = [
    ("user:ana", "site:knossos", 5.0),
    ("user:ana", "site:pompeii", 4.5),
    ("user:ana", "site:troy", 2.0),
    ("user:ana", "site:lascaux", 4.0),
    ("user:ben", "site:sutton_hoo", 5.0),
    ("user:ben", "site:skara_brae", 4.0),
    ("user:ben", "site:machu_picchu", 1.5),
    ("user:ben", "site:ur", 3.0),
    ("user:chen", "site:terracotta_army", 4.5),
    ("user:chen", "site:harappa", 4.0),
    ("user:chen", "site:nineveh", 1.0),
    ("user:chen", "site:gobekli_tepe", 5.0),
    ("user:dara", "site:tutankhamun_tomb", 2.5),
    ("user:dara", "site:akrotiri", 4.5),
    ("user:dara", "site:herculaneum", 4.0),
    ("user:dara", "site:mycenae", 2.0),
    ("user:emil", "site:lanse_aux_meadows", 5.0),
    ("user:emil", "site:catalhoyuk", 3.5),
    ("user:emil", "site:knossos", 1.5),
    ("user:emil", "site:pompeii", 4.0),
]


def entities():
    out = [kgx.Entity(sid, kind="item", type="site", label=label, attrs={"year": year})
           for sid, label, year in SITES]
    out += [kgx.Entity(aid, kind="attribute", type=typ, label=label)
            for aid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = list(FACTS)
    out += [(u, "rated", s, {"rating": r}) for u, s, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind129")
