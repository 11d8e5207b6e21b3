"""A small gymnasts graph (blind382). Item year = year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("gymnast",)),
    kgx.Relation("competed_for", phrase="competed for", inverse_phrase="was represented by", domain=("gymnast",), range=("country",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("gymnast",), range=("city",)),
    kgx.Relation("coached_by", phrase="was coached by", inverse_phrase="coached", domain=("gymnast",), range=("person",)),
    kgx.Relation("in_discipline", phrase="competed in", inverse_phrase="is the discipline of", domain=("gymnast",), range=("discipline",)),
    kgx.Relation("gave_name_to", phrase="gave her name to", inverse_phrase="is named after", domain=("gymnast",), range=("skill",)),
    kgx.Relation("trained_at", phrase="trained at", inverse_phrase="was the home gym of", domain=("gymnast",), range=("club",)),
]

GYMNASTS = [
    ("simone_biles", "Simone Biles", 1997),
    ("nadia_comaneci", "Nadia Comăneci", 1961),
    ("olga_korbut", "Olga Korbut", 1955),
    ("mary_lou_retton", "Mary Lou Retton", 1968),
    ("kohei_uchimura", "Kōhei Uchimura", 1989),
    ("larisa_latynina", "Larisa Latynina", 1934),
    ("vera_caslavska", "Věra Čáslavská", 1942),
    ("nastia_liukin", "Nastia Liukin", 1989),
    ("shawn_johnson", "Shawn Johnson", 1992),
    ("gabby_douglas", "Gabby Douglas", 1995),
    ("aliya_mustafina", "Aliya Mustafina", 1994),
    ("margarita_mamun", "Margarita Mamun", 1995),
    ("alina_kabaeva", "Alina Kabaeva", 1983),
    ("evgenia_kanaeva", "Evgenia Kanaeva", 1990),
    ("max_whitlock", "Max Whitlock", 1993),
    ("louis_smith", "Louis Smith", 1989),
    ("rebeca_andrade", "Rebeca Andrade", 1999),
    ("sunisa_lee", "Sunisa Lee", 2003),
    ("natalia_yurchenko", "Natalia Yurchenko", 1965),
]

ATTRIBUTES = [
    # countries
    ("country:usa", "country", "the United States"),
    ("country:romania", "country", "Romania"),
    ("country:soviet_union", "country", "the Soviet Union"),
    ("country:japan", "country", "Japan"),
    ("country:czechoslovakia", "country", "Czechoslovakia"),
    ("country:russia", "country", "Russia"),
    ("country:great_britain", "country", "Great Britain"),
    ("country:brazil", "country", "Brazil"),
    # cities
    ("city:columbus", "city", "Columbus"),
    ("city:onesti", "city", "Onești"),
    ("city:grodno", "city", "Grodno"),
    ("city:fairmont", "city", "Fairmont"),
    ("city:kitakyushu", "city", "Kitakyushu"),
    ("city:kherson", "city", "Kherson"),
    ("city:prague", "city", "Prague"),
    ("city:moscow", "city", "Moscow"),
    ("city:des_moines", "city", "Des Moines"),
    ("city:yegoryevsk", "city", "Yegoryevsk"),
    ("city:tashkent", "city", "Tashkent"),
    ("city:omsk", "city", "Omsk"),
    ("city:hemel_hempstead", "city", "Hemel Hempstead"),
    ("city:peterborough", "city", "Peterborough"),
    ("city:guarulhos", "city", "Guarulhos"),
    ("city:saint_paul", "city", "Saint Paul"),
    ("city:norilsk", "city", "Norilsk"),
    # coaches
    ("person:aimee_boorman", "person", "Aimee Boorman"),
    ("person:laurent_landi", "person", "Laurent Landi"),
    ("person:bela_karolyi", "person", "Béla Károlyi"),
    ("person:renald_knysh", "person", "Renald Knysh"),
    ("person:valeri_liukin", "person", "Valeri Liukin"),
    ("person:liang_chow", "person", "Liang Chow"),
    ("person:irina_viner", "person", "Irina Viner"),
    ("person:jess_graba", "person", "Jess Graba"),
    ("person:francisco_porath", "person", "Francisco Porath"),
    ("person:scott_hann", "person", "Scott Hann"),
    ("person:paul_hall", "person", "Paul Hall"),
    # disciplines
    ("discipline:artistic", "discipline", "artistic gymnastics"),
    ("discipline:rhythmic", "discipline", "rhythmic gymnastics"),
    # named skills
    ("skill:biles", "skill", "the Biles"),
    ("skill:comaneci_salto", "skill", "the Comăneci salto"),
    ("skill:korbut_flip", "skill", "the Korbut flip"),
    ("skill:retton_flip", "skill", "the Retton flip"),
    ("skill:yurchenko_vault", "skill", "the Yurchenko vault"),
    # clubs
    ("club:world_champions_centre", "club", "World Champions Centre"),
    ("club:woga", "club", "World Olympic Gymnastics Academy"),
    ("club:chows", "club", "Chow's Gymnastics and Dance Institute"),
    ("club:midwest_gymnastics", "club", "Midwest Gymnastics Center"),
    ("club:south_essex", "club", "South Essex Gymnastics Club"),
    ("club:huntingdon", "club", "Huntingdon Olympic Gymnastics Club"),
    ("club:flamengo", "club", "Flamengo"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"gymnast:{slug}", kind="item", type="gymnast", label=label, attrs={"year": year})
           for slug, label, year in GYMNASTS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "simone_biles": dict(competed_for="usa", born_in="columbus", coached_by=["aimee_boorman", "laurent_landi"],
                         in_discipline="artistic", gave_name_to="biles", trained_at="world_champions_centre"),
    "nadia_comaneci": dict(competed_for="romania", born_in="onesti", coached_by=["bela_karolyi"],
                           in_discipline="artistic", gave_name_to="comaneci_salto"),
    "olga_korbut": dict(competed_for="soviet_union", born_in="grodno", coached_by=["renald_knysh"],
                        in_discipline="artistic", gave_name_to="korbut_flip"),
    "mary_lou_retton": dict(competed_for="usa", born_in="fairmont", coached_by=["bela_karolyi"],
                            in_discipline="artistic", gave_name_to="retton_flip"),
    "kohei_uchimura": dict(competed_for="japan", born_in="kitakyushu", in_discipline="artistic"),
    "larisa_latynina": dict(competed_for="soviet_union", born_in="kherson", in_discipline="artistic"),
    "vera_caslavska": dict(competed_for="czechoslovakia", born_in="prague", in_discipline="artistic"),
    "nastia_liukin": dict(competed_for="usa", born_in="moscow", coached_by=["valeri_liukin"],
                          in_discipline="artistic", trained_at="woga"),
    "shawn_johnson": dict(competed_for="usa", born_in="des_moines", coached_by=["liang_chow"],
                          in_discipline="artistic", trained_at="chows"),
    "gabby_douglas": dict(competed_for="usa", coached_by=["liang_chow"], in_discipline="artistic",
                          trained_at="chows"),
    "aliya_mustafina": dict(competed_for="russia", born_in="yegoryevsk", in_discipline="artistic"),
    "margarita_mamun": dict(competed_for="russia", born_in="moscow", coached_by=["irina_viner"],
                            in_discipline="rhythmic"),
    "alina_kabaeva": dict(competed_for="russia", born_in="tashkent", coached_by=["irina_viner"],
                          in_discipline="rhythmic"),
    "evgenia_kanaeva": dict(competed_for="russia", born_in="omsk", coached_by=["irina_viner"],
                            in_discipline="rhythmic"),
    "max_whitlock": dict(competed_for="great_britain", born_in="hemel_hempstead", coached_by=["scott_hann"],
                         in_discipline="artistic", trained_at="south_essex"),
    "louis_smith": dict(competed_for="great_britain", born_in="peterborough", coached_by=["paul_hall"],
                        in_discipline="artistic", trained_at="huntingdon"),
    "rebeca_andrade": dict(competed_for="brazil", born_in="guarulhos", coached_by=["francisco_porath"],
                           in_discipline="artistic", trained_at="flamengo"),
    "sunisa_lee": dict(competed_for="usa", born_in="saint_paul", coached_by=["jess_graba"],
                       in_discipline="artistic", trained_at="midwest_gymnastics"),
    "natalia_yurchenko": dict(competed_for="soviet_union", born_in="norilsk", in_discipline="artistic",
                              gave_name_to="yurchenko_vault"),
}

PREFIX = {"competed_for": "country", "born_in": "city", "coached_by": "person",
          "in_discipline": "discipline", "gave_name_to": "skill", "trained_at": "club"}

RATINGS = {
    "ana": [("simone_biles", 5.0), ("nadia_comaneci", 4.5), ("alina_kabaeva", 1.5), ("max_whitlock", 3.0)],
    "ben": [("kohei_uchimura", 4.0), ("louis_smith", 2.0), ("olga_korbut", 5.0), ("sunisa_lee", 3.5)],
    "chen": [("evgenia_kanaeva", 4.5), ("margarita_mamun", 1.0), ("rebeca_andrade", 5.0), ("shawn_johnson", 2.5)],
    "dara": [("nastia_liukin", 3.0), ("gabby_douglas", 4.0), ("mary_lou_retton", 0.5), ("vera_caslavska", 4.5)],
    "emil": [("larisa_latynina", 5.0), ("aliya_mustafina", 2.0), ("natalia_yurchenko", 4.0), ("simone_biles", 1.5)],
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            if isinstance(tails, str):
                tails = [tails]
            for t in tails:
                out.append((f"gymnast:{slug}", rel, f"{PREFIX[rel]}:{t}"))
    for u, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{u}", "rated", f"gymnast:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind382")
