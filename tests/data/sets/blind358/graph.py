"""blind358: a small graph of pioneer aviators.

Each aviator's ``year`` is the year of birth.
"""
import kgexplain as kgx

A = ("aviator",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=A),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=A, range=("place",)),
    kgx.Relation("nationality", phrase="was a citizen of", inverse_phrase="was the home country of", domain=A, range=("country",)),
    kgx.Relation("flew", phrase="flew", inverse_phrase="was flown by", domain=A, range=("aircraft",)),
    kgx.Relation("crossed", phrase="made a flight across", inverse_phrase="was flown across by", domain=A, range=("waterbody",)),
    kgx.Relation("occupation", phrase="worked as", inverse_phrase="was the occupation of", domain=A, range=("occupation",)),
]

# slug, label, birth year
AVIATORS = [
    ("wilbur_wright", "Wilbur Wright", 1867),
    ("orville_wright", "Orville Wright", 1871),
    ("louis_bleriot", "Louis Blériot", 1872),
    ("santos_dumont", "Alberto Santos-Dumont", 1873),
    ("henri_farman", "Henri Farman", 1874),
    ("harriet_quimby", "Harriet Quimby", 1875),
    ("glenn_curtiss", "Glenn Curtiss", 1878),
    ("raymonde_de_laroche", "Raymonde de Laroche", 1882),
    ("arthur_whitten_brown", "Arthur Whitten Brown", 1886),
    ("roland_garros", "Roland Garros", 1888),
    ("john_alcock", "John Alcock", 1892),
    ("bessie_coleman", "Bessie Coleman", 1892),
    ("amelia_earhart", "Amelia Earhart", 1897),
    ("wiley_post", "Wiley Post", 1898),
    ("charles_lindbergh", "Charles Lindbergh", 1902),
    ("beryl_markham", "Beryl Markham", 1902),
    ("amy_johnson", "Amy Johnson", 1903),
    ("jean_batten", "Jean Batten", 1909),
]

PLACES = [
    ("millville_indiana", "Millville, Indiana", ()),
    ("dayton", "Dayton", ()),
    ("cambrai", "Cambrai", ()),
    ("palmira", "Palmira", ()),
    ("paris", "Paris", ()),
    ("arcadia_township", "Arcadia Township", ()),
    ("hammondsport", "Hammondsport", ()),
    ("glasgow", "Glasgow", ()),
    ("saint_denis", "Saint-Denis", ()),
    ("manchester", "Manchester", ()),
    ("atlanta_texas", "Atlanta, Texas", ()),
    ("atchison", "Atchison", ()),
    ("van_zandt_county", "Van Zandt County", ()),
    ("detroit", "Detroit", ()),
    ("ashwell", "Ashwell", ()),
    ("hull", "Kingston upon Hull", ("Hull",)),
    ("rotorua", "Rotorua", ()),
]

COUNTRIES = [
    ("usa", "United States", ("USA",)),
    ("france", "France", ()),
    ("brazil", "Brazil", ()),
    ("uk", "United Kingdom", ("UK", "Britain")),
    ("new_zealand", "New Zealand", ()),
]

AIRCRAFT = [
    ("wright_flyer", "Wright Flyer"),
    ("bleriot_xi", "Blériot XI"),
    ("14_bis", "14-bis"),
    ("demoiselle", "Demoiselle"),
    ("june_bug", "June Bug"),
    ("spirit_of_st_louis", "Spirit of St. Louis"),
    ("curtiss_jn4", "Curtiss JN-4"),
    ("lockheed_vega", "Lockheed Vega"),
    ("lockheed_electra", "Lockheed Electra"),
    ("voisin_biplane", "Voisin biplane"),
    ("morane_saulnier_g", "Morane-Saulnier G"),
    ("vickers_vimy", "Vickers Vimy"),
    ("gipsy_moth", "Gipsy Moth"),
    ("percival_gull", "Percival Gull"),
    ("winnie_mae", "Winnie Mae"),
    ("vega_gull", "Percival Vega Gull"),
]

WATERS = [
    ("english_channel", "English Channel"),
    ("atlantic", "Atlantic Ocean"),
    ("mediterranean", "Mediterranean Sea"),
    ("tasman_sea", "Tasman Sea"),
]

OCCUPATIONS = [
    ("bicycle_maker", "bicycle maker"),
    ("aircraft_manufacturer", "aircraft manufacturer"),
    ("aircraft_designer", "aircraft designer"),
    ("motorcycle_racer", "motorcycle racer"),
    ("racing_cyclist", "racing cyclist"),
    ("airmail_pilot", "airmail pilot"),
    ("barnstormer", "barnstormer"),
    ("manicurist", "manicurist"),
    ("journalist", "journalist"),
    ("actress", "actress"),
    ("fighter_pilot", "fighter pilot"),
    ("test_pilot", "test pilot"),
    ("social_worker", "social worker"),
    ("engineer", "engineer"),
    ("secretary", "secretary"),
    ("horse_trainer", "horse trainer"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in AVIATORS:
        out.append(kgx.Entity(f"aviator:{slug}", kind="item", type="aviator", label=label, attrs={"year": year}))
    for slug, label, aliases in PLACES:
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label, aliases=aliases))
    for slug, label, aliases in COUNTRIES:
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label, aliases=aliases))
    for slug, label in AIRCRAFT:
        out.append(kgx.Entity(f"aircraft:{slug}", kind="attribute", type="aircraft", label=label))
    for slug, label in WATERS:
        out.append(kgx.Entity(f"water:{slug}", kind="attribute", type="waterbody", label=label))
    for slug, label in OCCUPATIONS:
        out.append(kgx.Entity(f"occupation:{slug}", kind="attribute", type="occupation", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# aviator slug -> (birthplace, country, aircraft list, waters crossed, occupations)
FACTS = {
    "wilbur_wright": ("millville_indiana", "usa", ["wright_flyer"], [], ["bicycle_maker"]),
    "orville_wright": ("dayton", "usa", ["wright_flyer"], [], ["bicycle_maker"]),
    "louis_bleriot": ("cambrai", "france", ["bleriot_xi"], ["english_channel"], ["aircraft_manufacturer"]),
    "santos_dumont": ("palmira", "brazil", ["14_bis", "demoiselle"], [], ["aircraft_designer"]),
    "henri_farman": ("paris", "france", ["voisin_biplane"], [], ["racing_cyclist", "aircraft_manufacturer"]),
    "harriet_quimby": ("arcadia_township", "usa", ["bleriot_xi"], ["english_channel"], ["journalist"]),
    "glenn_curtiss": ("hammondsport", "usa", ["june_bug"], [], ["motorcycle_racer", "aircraft_manufacturer"]),
    "raymonde_de_laroche": ("paris", "france", ["voisin_biplane"], [], ["actress"]),
    "arthur_whitten_brown": ("glasgow", "uk", ["vickers_vimy"], ["atlantic"], ["engineer"]),
    "roland_garros": ("saint_denis", "france", ["morane_saulnier_g"], ["mediterranean"], ["fighter_pilot"]),
    "john_alcock": ("manchester", "uk", ["vickers_vimy"], ["atlantic"], ["test_pilot"]),
    "bessie_coleman": ("atlanta_texas", "usa", ["curtiss_jn4"], [], ["manicurist", "barnstormer"]),
    "amelia_earhart": ("atchison", "usa", ["lockheed_vega", "lockheed_electra"], ["atlantic"], ["social_worker"]),
    "wiley_post": ("van_zandt_county", "usa", ["winnie_mae"], ["atlantic"], []),
    "charles_lindbergh": ("detroit", "usa", ["spirit_of_st_louis", "curtiss_jn4"], ["atlantic"], ["airmail_pilot", "barnstormer"]),
    "beryl_markham": ("ashwell", "uk", ["vega_gull"], ["atlantic"], ["horse_trainer"]),
    "amy_johnson": ("hull", "uk", ["gipsy_moth"], [], ["secretary"]),
    "jean_batten": ("rotorua", "new_zealand", ["percival_gull"], ["tasman_sea"], []),
}

RATINGS = {
    "ana": {"charles_lindbergh": 5.0, "amelia_earhart": 4.5, "louis_bleriot": 2.0, "wiley_post": 3.0},
    "ben": {"wilbur_wright": 4.0, "orville_wright": 1.5, "santos_dumont": 5.0, "glenn_curtiss": 2.5},
    "chen": {"bessie_coleman": 4.5, "harriet_quimby": 1.0, "raymonde_de_laroche": 3.5, "amy_johnson": 5.0},
    "dara": {"roland_garros": 4.0, "henri_farman": 2.0, "john_alcock": 3.0, "jean_batten": 4.5},
    "emil": {"arthur_whitten_brown": 5.0, "beryl_markham": 1.5, "amelia_earhart": 2.0, "charles_lindbergh": 4.0},
}


def rows():
    out = []
    for slug, (place, country, planes, waters, jobs) in FACTS.items():
        h = f"aviator:{slug}"
        out.append((h, "born_in", f"place:{place}"))
        out.append((h, "nationality", f"country:{country}"))
        out += [(h, "flew", f"aircraft:{p}") for p in planes]
        out += [(h, "crossed", f"water:{w}") for w in waters]
        out += [(h, "occupation", f"occupation:{j}") for j in jobs]
    for user, items in RATINGS.items():
        for slug, r in items.items():
            out.append((f"user:{user}", "rated", f"aviator:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind358")
