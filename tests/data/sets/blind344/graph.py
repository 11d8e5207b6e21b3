"""A small figure skaters graph (blind344). Item year = the skater's birth year."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("skater",)),
    kgx.Relation("represents", phrase="represents", inverse_phrase="is represented by",
                 domain=("skater",), range=("country",)),
    kgx.Relation("coached_by", phrase="was coached by", inverse_phrase="coached",
                 domain=("skater",), range=("coach",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("skater",), range=("city",)),
    kgx.Relation("trained_in", phrase="trained in", inverse_phrase="was the training base of",
                 domain=("skater",), range=("city",)),
    kgx.Relation("won_olympic_gold_at", phrase="won Olympic gold at", inverse_phrase="saw Olympic gold won by",
                 domain=("skater",), range=("games",)),
    kgx.Relation("competes_in", phrase="competes in", inverse_phrase="is the discipline of",
                 domain=("skater",), range=("discipline",)),
]

SKATERS = [
    ("yuzuru_hanyu", "Yuzuru Hanyu", 1994),
    ("javier_fernandez", "Javier Fernández", 1991),
    ("yuna_kim", "Yuna Kim", 1990),
    ("evgeni_plushenko", "Evgeni Plushenko", 1982),
    ("alexei_yagudin", "Alexei Yagudin", 1980),
    ("nathan_chen", "Nathan Chen", 1999),
    ("tessa_virtue", "Tessa Virtue", 1989),
    ("scott_moir", "Scott Moir", 1987),
    ("katarina_witt", "Katarina Witt", 1965),
    ("evgenia_medvedeva", "Evgenia Medvedeva", 1999),
    ("alina_zagitova", "Alina Zagitova", 2002),
    ("anna_shcherbakova", "Anna Shcherbakova", 2004),
    ("shoma_uno", "Shoma Uno", 1997),
    ("michelle_kwan", "Michelle Kwan", 1980),
    ("evan_lysacek", "Evan Lysacek", 1985),
    ("tara_lipinski", "Tara Lipinski", 1982),
    ("kristi_yamaguchi", "Kristi Yamaguchi", 1971),
    ("brian_boitano", "Brian Boitano", 1963),
]

ATTRIBUTES = [
    # countries
    ("country:japan", "country", "Japan"),
    ("country:spain", "country", "Spain"),
    ("country:south_korea", "country", "South Korea"),
    ("country:russia", "country", "Russia"),
    ("country:united_states", "country", "the United States"),
    ("country:canada", "country", "Canada"),
    ("country:east_germany", "country", "East Germany"),
    # coaches
    ("coach:brian_orser", "coach", "Brian Orser"),
    ("coach:eteri_tutberidze", "coach", "Eteri Tutberidze"),
    ("coach:alexei_mishin", "coach", "Alexei Mishin"),
    ("coach:tatiana_tarasova", "coach", "Tatiana Tarasova"),
    ("coach:rafael_arutyunyan", "coach", "Rafael Arutyunyan"),
    ("coach:marina_zoueva", "coach", "Marina Zoueva"),
    ("coach:jutta_muller", "coach", "Jutta Müller"),
    ("coach:frank_carroll", "coach", "Frank Carroll"),
    ("coach:richard_callaghan", "coach", "Richard Callaghan"),
    ("coach:christy_ness", "coach", "Christy Ness"),
    ("coach:linda_leaver", "coach", "Linda Leaver"),
    ("coach:stephane_lambiel", "coach", "Stéphane Lambiel"),
    # cities
    ("city:sendai", "city", "Sendai"),
    ("city:madrid", "city", "Madrid"),
    ("city:bucheon", "city", "Bucheon"),
    ("city:salt_lake_city", "city", "Salt Lake City"),
    ("city:london_ontario", "city", "London, Ontario"),
    ("city:moscow", "city", "Moscow"),
    ("city:izhevsk", "city", "Izhevsk"),
    ("city:nagoya", "city", "Nagoya"),
    ("city:torrance", "city", "Torrance"),
    ("city:chicago", "city", "Chicago"),
    ("city:philadelphia", "city", "Philadelphia"),
    ("city:hayward", "city", "Hayward"),
    ("city:mountain_view", "city", "Mountain View"),
    ("city:toronto", "city", "Toronto"),
    ("city:saint_petersburg", "city", "Saint Petersburg"),
    ("city:canton_michigan", "city", "Canton, Michigan"),
    ("city:karl_marx_stadt", "city", "Karl-Marx-Stadt"),
    ("city:lake_arrowhead", "city", "Lake Arrowhead"),
    # Olympic Games
    ("games:sarajevo_1984", "games", "the 1984 Winter Olympics in Sarajevo"),
    ("games:calgary_1988", "games", "the 1988 Winter Olympics in Calgary"),
    ("games:albertville_1992", "games", "the 1992 Winter Olympics in Albertville"),
    ("games:nagano_1998", "games", "the 1998 Winter Olympics in Nagano"),
    ("games:salt_lake_city_2002", "games", "the 2002 Winter Olympics in Salt Lake City"),
    ("games:turin_2006", "games", "the 2006 Winter Olympics in Turin"),
    ("games:vancouver_2010", "games", "the 2010 Winter Olympics in Vancouver"),
    ("games:sochi_2014", "games", "the 2014 Winter Olympics in Sochi"),
    ("games:pyeongchang_2018", "games", "the 2018 Winter Olympics in PyeongChang"),
    ("games:beijing_2022", "games", "the 2022 Winter Olympics in Beijing"),
    # disciplines
    ("discipline:mens_singles", "discipline", "men's singles"),
    ("discipline:womens_singles", "discipline", "women's singles"),
    ("discipline:ice_dance", "discipline", "ice dance"),
]

ALIASES = {
    "country:united_states": ("United States", "USA", "the US"),
    "country:east_germany": ("GDR",),
    "city:saint_petersburg": ("St. Petersburg",),
    "games:sarajevo_1984": ("the 1984 Winter Olympics", "Sarajevo 1984", "the 1984 Sarajevo Olympics"),
    "games:calgary_1988": ("the 1988 Winter Olympics", "Calgary 1988", "the 1988 Calgary Olympics"),
    "games:albertville_1992": ("the 1992 Winter Olympics", "Albertville 1992", "the 1992 Albertville Olympics"),
    "games:nagano_1998": ("the 1998 Winter Olympics", "Nagano 1998", "the 1998 Nagano Olympics"),
    "games:salt_lake_city_2002": ("the 2002 Winter Olympics", "Salt Lake City 2002", "the 2002 Salt Lake City Olympics"),
    "games:turin_2006": ("the 2006 Winter Olympics", "Turin 2006", "the 2006 Turin Olympics"),
    "games:vancouver_2010": ("the 2010 Winter Olympics", "Vancouver 2010", "the 2010 Vancouver Olympics"),
    "games:sochi_2014": ("the 2014 Winter Olympics", "Sochi 2014", "the 2014 Sochi Olympics"),
    "games:pyeongchang_2018": ("the 2018 Winter Olympics", "PyeongChang 2018", "the 2018 PyeongChang Olympics"),
    "games:beijing_2022": ("the 2022 Winter Olympics", "Beijing 2022", "the 2022 Beijing Olympics"),
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"skater:{slug}", kind="item", type="skater", label=label, attrs={"year": year})
           for slug, label, year in SKATERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=ALIASES.get(eid, ()))
            for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "yuzuru_hanyu": {"represents": ["japan"], "coached_by": ["brian_orser"], "born_in": ["sendai"],
                     "trained_in": ["toronto"], "won_olympic_gold_at": ["sochi_2014", "pyeongchang_2018"],
                     "competes_in": ["mens_singles"]},
    "javier_fernandez": {"represents": ["spain"], "coached_by": ["brian_orser"], "born_in": ["madrid"],
                         "trained_in": ["toronto"], "competes_in": ["mens_singles"]},
    "yuna_kim": {"represents": ["south_korea"], "coached_by": ["brian_orser"], "born_in": ["bucheon"],
                 "trained_in": ["toronto"], "won_olympic_gold_at": ["vancouver_2010"],
                 "competes_in": ["womens_singles"]},
    "evgeni_plushenko": {"represents": ["russia"], "coached_by": ["alexei_mishin"],
                         "trained_in": ["saint_petersburg"], "won_olympic_gold_at": ["turin_2006"],
                         "competes_in": ["mens_singles"]},
    "alexei_yagudin": {"represents": ["russia"], "coached_by": ["alexei_mishin", "tatiana_tarasova"],
                       "won_olympic_gold_at": ["salt_lake_city_2002"], "competes_in": ["mens_singles"]},
    "nathan_chen": {"represents": ["united_states"], "coached_by": ["rafael_arutyunyan"],
                    "born_in": ["salt_lake_city"], "won_olympic_gold_at": ["beijing_2022"],
                    "competes_in": ["mens_singles"]},
    "tessa_virtue": {"represents": ["canada"], "coached_by": ["marina_zoueva"], "born_in": ["london_ontario"],
                     "trained_in": ["canton_michigan"], "won_olympic_gold_at": ["vancouver_2010", "pyeongchang_2018"],
                     "competes_in": ["ice_dance"]},
    "scott_moir": {"represents": ["canada"], "coached_by": ["marina_zoueva"], "born_in": ["london_ontario"],
                   "trained_in": ["canton_michigan"], "won_olympic_gold_at": ["vancouver_2010", "pyeongchang_2018"],
                   "competes_in": ["ice_dance"]},
    "katarina_witt": {"represents": ["east_germany"], "coached_by": ["jutta_muller"],
                      "trained_in": ["karl_marx_stadt"], "won_olympic_gold_at": ["sarajevo_1984", "calgary_1988"],
                      "competes_in": ["womens_singles"]},
    "evgenia_medvedeva": {"represents": ["russia"], "coached_by": ["eteri_tutberidze", "brian_orser"],
                          "born_in": ["moscow"], "trained_in": ["moscow", "toronto"],
                          "competes_in": ["womens_singles"]},
    "alina_zagitova": {"represents": ["russia"], "coached_by": ["eteri_tutberidze"], "born_in": ["izhevsk"],
                       "trained_in": ["moscow"], "won_olympic_gold_at": ["pyeongchang_2018"],
                       "competes_in": ["womens_singles"]},
    "anna_shcherbakova": {"represents": ["russia"], "coached_by": ["eteri_tutberidze"], "born_in": ["moscow"],
                          "trained_in": ["moscow"], "won_olympic_gold_at": ["beijing_2022"],
                          "competes_in": ["womens_singles"]},
    "shoma_uno": {"represents": ["japan"], "coached_by": ["stephane_lambiel"], "born_in": ["nagoya"],
                  "trained_in": ["nagoya"], "competes_in": ["mens_singles"]},
    "michelle_kwan": {"represents": ["united_states"], "coached_by": ["frank_carroll"], "born_in": ["torrance"],
                      "trained_in": ["lake_arrowhead"], "competes_in": ["womens_singles"]},
    "evan_lysacek": {"represents": ["united_states"], "coached_by": ["frank_carroll"], "born_in": ["chicago"],
                     "won_olympic_gold_at": ["vancouver_2010"], "competes_in": ["mens_singles"]},
    "tara_lipinski": {"represents": ["united_states"], "coached_by": ["richard_callaghan"],
                      "born_in": ["philadelphia"], "won_olympic_gold_at": ["nagano_1998"],
                      "competes_in": ["womens_singles"]},
    "kristi_yamaguchi": {"represents": ["united_states"], "coached_by": ["christy_ness"], "born_in": ["hayward"],
                         "won_olympic_gold_at": ["albertville_1992"], "competes_in": ["womens_singles"]},
    "brian_boitano": {"represents": ["united_states"], "coached_by": ["linda_leaver"],
                      "born_in": ["mountain_view"], "won_olympic_gold_at": ["calgary_1988"],
                      "competes_in": ["mens_singles"]},
}

PREFIX = {"represents": "country", "coached_by": "coach", "born_in": "city", "trained_in": "city",
          "won_olympic_gold_at": "games", "competes_in": "discipline"}

RATINGS = {
    "ana": {"yuzuru_hanyu": 5.0, "yuna_kim": 4.5, "evgeni_plushenko": 2.0, "katarina_witt": 4.0},
    "ben": {"nathan_chen": 4.5, "evan_lysacek": 1.5, "brian_boitano": 5.0, "michelle_kwan": 3.0},
    "chen": {"tessa_virtue": 5.0, "scott_moir": 4.0, "alina_zagitova": 1.0, "anna_shcherbakova": 3.5},
    "dara": {"evgenia_medvedeva": 4.5, "shoma_uno": 2.0, "javier_fernandez": 5.0, "kristi_yamaguchi": 0.5},
    "emil": {"alexei_yagudin": 4.0, "tara_lipinski": 2.5, "yuzuru_hanyu": 1.5, "nathan_chen": 3.0},
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"skater:{slug}", rel, f"{PREFIX[rel]}:{t}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"skater:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind344")
