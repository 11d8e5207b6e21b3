"""A small martial arts knowledge graph (blind289).

Items are martial arts; ``year`` is the year the art was founded or first
established under its name (for Shotokan: the year the Shotokan dojo opened).
"""
import kgexplain as kgx

ART = ("martial_art",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=ART),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=ART, range=("person",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of",
                 domain=ART, range=("place",)),
    kgx.Relation("derived_from", phrase="is derived from", inverse_phrase="gave rise to",
                 domain=ART, range=ART),
    kgx.Relation("has_discipline", phrase="is a", inverse_phrase="is the discipline of",
                 domain=ART, range=("discipline",)),
    kgx.Relation("governed_by", phrase="is governed by", inverse_phrase="governs",
                 domain=ART, range=("organisation",)),
]

_ARTS = [
    ("judo", "Judo", 1882),
    ("aikido", "Aikido", 1942),
    ("brazilian_jiu_jitsu", "Brazilian jiu-jitsu", 1925),
    ("taekwondo", "Taekwondo", 1955),
    ("jeet_kune_do", "Jeet Kune Do", 1967),
    ("shotokan", "Shotokan", 1936),
    ("kyokushin", "Kyokushin", 1964),
    ("goju_ryu", "Goju-ryu", 1930),
    ("isshin_ryu", "Isshin-ryu", 1956),
    ("sambo", "Sambo", 1938),
    ("vovinam", "Vovinam", 1938),
    ("shorinji_kempo", "Shorinji Kempo", 1947),
    ("bartitsu", "Bartitsu", 1898),
    ("kajukenbo", "Kajukenbo", 1947),
    ("kudo", "Kudo", 1981),
    ("tang_soo_do", "Tang Soo Do", 1945),
]

_PEOPLE = [
    ("kano_jigoro", "Kano Jigoro"),
    ("morihei_ueshiba", "Morihei Ueshiba"),
    ("carlos_gracie", "Carlos Gracie"),
    ("helio_gracie", "Helio Gracie"),
    ("choi_hong_hi", "Choi Hong-hi"),
    ("bruce_lee", "Bruce Lee"),
    ("gichin_funakoshi", "Gichin Funakoshi"),
    ("mas_oyama", "Mas Oyama"),
    ("chojun_miyagi", "Chojun Miyagi"),
    ("tatsuo_shimabuku", "Tatsuo Shimabuku"),
    ("viktor_spiridonov", "Viktor Spiridonov"),
    ("vasili_oshchepkov", "Vasili Oshchepkov"),
    ("nguyen_loc", "Nguyen Loc"),
    ("doshin_so", "Doshin So"),
    ("edward_barton_wright", "Edward William Barton-Wright"),
    ("adriano_emperado", "Adriano Emperado"),
    ("takashi_azuma", "Takashi Azuma"),
    ("hwang_kee", "Hwang Kee"),
]

_PLACES = [
    ("japan", "Japan"),
    ("okinawa", "Okinawa"),
    ("brazil", "Brazil"),
    ("korea", "Korea"),
    ("united_states", "United States"),
    ("hawaii", "Hawaii"),
    ("soviet_union", "Soviet Union"),
    ("vietnam", "Vietnam"),
    ("england", "England"),
]

_DISCIPLINES = [
    ("grappling_art", "grappling art"),
    ("karate_style", "karate style"),
    ("striking_art", "striking art"),
    ("hybrid_martial_art", "hybrid martial art"),
]

_ORGS = [
    ("international_judo_federation", "International Judo Federation"),
    ("world_taekwondo", "World Taekwondo"),
    ("international_sambo_federation", "International Sambo Federation"),
    ("ibjjf", "International Brazilian Jiu-Jitsu Federation"),
    ("international_karate_organization", "International Karate Organization"),
    ("kudo_international_federation", "Kudo International Federation"),
    ("world_vovinam_federation", "World Vovinam Federation"),
    ("world_shorinji_kempo_organization", "World Shorinji Kempo Organization"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in _ARTS:
        out.append(kgx.Entity(f"martial_art:{slug}", kind="item", type="martial_art",
                              label=label, attrs={"year": year}))
    for slug, label in _PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in _PLACES:
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label))
    for slug, label in _DISCIPLINES:
        out.append(kgx.Entity(f"discipline:{slug}", kind="attribute", type="discipline", label=label))
    for slug, label in _ORGS:
        out.append(kgx.Entity(f"organisation:{slug}", kind="attribute", type="organisation", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def _a(slug):
    return f"martial_art:{slug}"


_FOUNDERS = [
    ("judo", "kano_jigoro"),
    ("aikido", "morihei_ueshiba"),
    ("brazilian_jiu_jitsu", "carlos_gracie"),
    ("brazilian_jiu_jitsu", "helio_gracie"),
    ("taekwondo", "choi_hong_hi"),
    ("jeet_kune_do", "bruce_lee"),
    ("shotokan", "gichin_funakoshi"),
    ("kyokushin", "mas_oyama"),
    ("goju_ryu", "chojun_miyagi"),
    ("isshin_ryu", "tatsuo_shimabuku"),
    ("sambo", "viktor_spiridonov"),
    ("sambo", "vasili_oshchepkov"),
    ("vovinam", "nguyen_loc"),
    ("shorinji_kempo", "doshin_so"),
    ("bartitsu", "edward_barton_wright"),
    ("kajukenbo", "adriano_emperado"),
    ("kudo", "takashi_azuma"),
    ("tang_soo_do", "hwang_kee"),
]

_ORIGINS = [
    ("judo", "japan"),
    ("aikido", "japan"),
    ("brazilian_jiu_jitsu", "brazil"),
    ("taekwondo", "korea"),
    ("jeet_kune_do", "united_states"),
    ("shotokan", "japan"),
    ("kyokushin", "japan"),
    ("goju_ryu", "okinawa"),
    ("isshin_ryu", "okinawa"),
    ("sambo", "soviet_union"),
    ("vovinam", "vietnam"),
    ("shorinji_kempo", "japan"),
    ("bartitsu", "england"),
    ("kajukenbo", "hawaii"),
    ("kudo", "japan"),
    ("tang_soo_do", "korea"),
]

_DERIVED = [
    ("brazilian_jiu_jitsu", "judo"),
    ("sambo", "judo"),
    ("kajukenbo", "judo"),
    ("kyokushin", "shotokan"),
    ("kyokushin", "goju_ryu"),
    ("isshin_ryu", "goju_ryu"),
    ("kudo", "kyokushin"),
]

_DISCIPLINE_OF = [
    ("judo", "grappling_art"),
    ("aikido", "grappling_art"),
    ("brazilian_jiu_jitsu", "grappling_art"),
    ("sambo", "grappling_art"),
    ("shotokan", "karate_style"),
    ("kyokushin", "karate_style"),
    ("goju_ryu", "karate_style"),
    ("isshin_ryu", "karate_style"),
    ("taekwondo", "striking_art"),
    ("tang_soo_do", "striking_art"),
    ("jeet_kune_do", "hybrid_martial_art"),
    ("kajukenbo", "hybrid_martial_art"),
    ("bartitsu", "hybrid_martial_art"),
    ("kudo", "hybrid_martial_art"),
    ("vovinam", "hybrid_martial_art"),
]

_GOVERNING = [
    ("judo", "international_judo_federation"),
    ("taekwondo", "world_taekwondo"),
    ("sambo", "international_sambo_federation"),
    ("brazilian_jiu_jitsu", "ibjjf"),
    ("kyokushin", "international_karate_organization"),
    ("kudo", "kudo_international_federation"),
    ("vovinam", "world_vovinam_federation"),
    ("shorinji_kempo", "world_shorinji_kempo_organization"),
]

_RATINGS = {
    "ana": [("judo", 5.0), ("aikido", 4.0), ("brazilian_jiu_jitsu", 1.5), ("kudo", 3.0)],
    "ben": [("kyokushin", 4.5), ("shotokan", 2.0), ("taekwondo", 5.0), ("bartitsu", 1.0)],
    "chen": [("sambo", 4.0), ("vovinam", 5.0), ("jeet_kune_do", 3.5), ("goju_ryu", 1.5)],
    "dara": [("kajukenbo", 4.5), ("isshin_ryu", 2.0), ("shorinji_kempo", 4.0), ("tang_soo_do", 0.5)],
    "emil": [("brazilian_jiu_jitsu", 5.0), ("judo", 2.5), ("jeet_kune_do", 4.5), ("taekwondo", 1.0)],
}


def rows():
    out = []
    for art, person in _FOUNDERS:
        out.append((_a(art), "founded_by", f"person:{person}"))
    for art, place in _ORIGINS:
        out.append((_a(art), "originated_in", f"place:{place}"))
    for art, parent in _DERIVED:
        out.append((_a(art), "derived_from", _a(parent)))
    for art, disc in _DISCIPLINE_OF:
        out.append((_a(art), "has_discipline", f"discipline:{disc}"))
    for art, org in _GOVERNING:
        out.append((_a(art), "governed_by", f"organisation:{org}"))
    for user, ratings in _RATINGS.items():
        for art, r in ratings:
            out.append((f"user:{user}", "rated", _a(art), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind289")
