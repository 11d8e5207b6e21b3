"""blind304: a small earthquakes graph (real earthquakes, real facts)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("earthquake",)),
    kgx.Relation("struck_country", phrase="struck", inverse_phrase="was struck by",
                 domain=("earthquake",), range=("country",)),
    kgx.Relation("damaged_city", phrase="caused heavy damage in", inverse_phrase="was heavily damaged by",
                 domain=("earthquake",), range=("city",)),
    kgx.Relation("occurred_on", phrase="occurred on", inverse_phrase="produced",
                 domain=("earthquake",), range=("fault", "subduction zone")),
    kgx.Relation("triggered", phrase="triggered", inverse_phrase="was triggered by",
                 domain=("earthquake",), range=("hazard", "eruption", "disaster")),
    kgx.Relation("faulting_style", phrase="had the faulting style", inverse_phrase="was the faulting style of",
                 domain=("earthquake",), range=("faulting style",)),
]

# slug, label, year, aliases
QUAKES = [
    ("san_francisco_1906", "San Francisco earthquake", 1906, ()),
    ("loma_prieta_1989", "Loma Prieta earthquake", 1989, ()),
    ("northridge_1994", "Northridge earthquake", 1994, ()),
    ("valdivia_1960", "Valdivia earthquake", 1960, ("Great Chilean earthquake",)),
    ("alaska_1964", "Great Alaska earthquake", 1964, ("Good Friday earthquake",)),
    ("indian_ocean_2004", "Indian Ocean earthquake", 2004, ("Sumatra–Andaman earthquake",)),
    ("tohoku_2011", "Tōhoku earthquake", 2011, ("Tohoku earthquake", "Great East Japan earthquake")),
    ("great_hanshin_1995", "Great Hanshin earthquake", 1995, ("Kobe earthquake",)),
    ("great_kanto_1923", "Great Kantō earthquake", 1923, ("Great Kanto earthquake",)),
    ("haiti_2010", "Haiti earthquake", 2010, ()),
    ("gorkha_2015", "Gorkha earthquake", 2015, ("Nepal earthquake",)),
    ("izmit_1999", "İzmit earthquake", 1999, ("Izmit earthquake", "Kocaeli earthquake")),
    ("kahramanmaras_2023", "Kahramanmaraş earthquake", 2023,
     ("Kahramanmaras earthquake", "Turkey–Syria earthquake")),
    ("tangshan_1976", "Tangshan earthquake", 1976, ()),
    ("wenchuan_2008", "Wenchuan earthquake", 2008, ("Sichuan earthquake",)),
    ("lisbon_1755", "Lisbon earthquake", 1755, ()),
    ("maule_2010", "Maule earthquake", 2010, ()),
    ("mexico_city_1985", "Mexico City earthquake", 1985, ()),
    ("christchurch_2011", "Christchurch earthquake", 2011, ()),
]

ATTRIBUTES = [
    # countries
    ("country:united_states", "country", "United States", ("USA", "the US")),
    ("country:chile", "country", "Chile", ()),
    ("country:indonesia", "country", "Indonesia", ()),
    ("country:japan", "country", "Japan", ()),
    ("country:haiti", "country", "Haiti", ()),
    ("country:nepal", "country", "Nepal", ()),
    ("country:turkey", "country", "Turkey", ("Türkiye",)),
    ("country:syria", "country", "Syria", ()),
    ("country:china", "country", "China", ()),
    ("country:portugal", "country", "Portugal", ()),
    ("country:mexico", "country", "Mexico", ()),
    ("country:new_zealand", "country", "New Zealand", ()),
    # cities
    ("city:san_francisco", "city", "San Francisco", ()),
    ("city:oakland", "city", "Oakland", ()),
    ("city:santa_cruz", "city", "Santa Cruz", ()),
    ("city:los_angeles", "city", "Los Angeles", ()),
    ("city:valdivia", "city", "Valdivia", ()),
    ("city:anchorage", "city", "Anchorage", ()),
    ("city:banda_aceh", "city", "Banda Aceh", ()),
    ("city:sendai", "city", "Sendai", ()),
    ("city:kobe", "city", "Kobe", ()),
    ("city:tokyo", "city", "Tokyo", ()),
    ("city:yokohama", "city", "Yokohama", ()),
    ("city:port_au_prince", "city", "Port-au-Prince", ()),
    ("city:kathmandu", "city", "Kathmandu", ()),
    ("city:izmit", "city", "İzmit", ("Izmit",)),
    ("city:kahramanmaras", "city", "Kahramanmaraş", ("Kahramanmaras",)),
    ("city:antakya", "city", "Antakya", ()),
    ("city:tangshan", "city", "Tangshan", ()),
    ("city:dujiangyan", "city", "Dujiangyan", ()),
    ("city:lisbon", "city", "Lisbon", ()),
    ("city:concepcion", "city", "Concepción", ("Concepcion",)),
    ("city:mexico_city", "city", "Mexico City", ()),
    ("city:christchurch", "city", "Christchurch", ()),
    # faults and subduction zones
    ("fault:san_andreas", "fault", "San Andreas Fault", ()),
    ("fault:nojima", "fault", "Nojima Fault", ()),
    ("fault:north_anatolian", "fault", "North Anatolian Fault", ()),
    ("fault:east_anatolian", "fault", "East Anatolian Fault", ()),
    ("fault:longmenshan", "fault", "Longmenshan Fault", ()),
    ("fault:main_himalayan_thrust", "fault", "Main Himalayan Thrust", ()),
    ("subduction:peru_chile_trench", "subduction zone", "Peru–Chile Trench", ("Peru-Chile Trench",)),
    ("subduction:aleutian_trench", "subduction zone", "Aleutian Trench", ()),
    ("subduction:sunda_trench", "subduction zone", "Sunda Trench", ()),
    ("subduction:japan_trench", "subduction zone", "Japan Trench", ()),
    ("subduction:sagami_trough", "subduction zone", "Sagami Trough", ()),
    ("subduction:middle_america_trench", "subduction zone", "Middle America Trench", ()),
    # effects
    ("hazard:tsunami", "hazard", "tsunami", ()),
    ("hazard:fire", "hazard", "fire", ("fires",)),
    ("hazard:landslide", "hazard", "landslide", ("landslides",)),
    ("hazard:liquefaction", "hazard", "liquefaction", ()),
    ("hazard:avalanche", "hazard", "avalanche", ()),
    ("eruption:cordon_caulle", "eruption", "Cordón Caulle eruption", ("Cordon Caulle eruption",)),
    ("disaster:fukushima", "disaster", "Fukushima Daiichi nuclear disaster", ("Fukushima nuclear disaster",)),
    # faulting styles
    ("style:megathrust", "faulting style", "megathrust", ()),
    ("style:strike_slip", "faulting style", "strike-slip", ("strike slip",)),
    ("style:thrust", "faulting style", "thrust", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "san_francisco_1906": {
        "struck_country": ["country:united_states"], "damaged_city": ["city:san_francisco"],
        "occurred_on": ["fault:san_andreas"], "triggered": ["hazard:fire"],
        "faulting_style": ["style:strike_slip"]},
    "loma_prieta_1989": {
        "struck_country": ["country:united_states"],
        "damaged_city": ["city:san_francisco", "city:oakland", "city:santa_cruz"],
        "occurred_on": ["fault:san_andreas"], "triggered": ["hazard:liquefaction"]},
    "northridge_1994": {
        "struck_country": ["country:united_states"], "damaged_city": ["city:los_angeles"],
        "faulting_style": ["style:thrust"]},
    "valdivia_1960": {
        "struck_country": ["country:chile"], "damaged_city": ["city:valdivia"],
        "occurred_on": ["subduction:peru_chile_trench"],
        "triggered": ["hazard:tsunami", "eruption:cordon_caulle"],
        "faulting_style": ["style:megathrust"]},
    "alaska_1964": {
        "struck_country": ["country:united_states"], "damaged_city": ["city:anchorage"],
        "occurred_on": ["subduction:aleutian_trench"],
        "triggered": ["hazard:tsunami", "hazard:landslide"],
        "faulting_style": ["style:megathrust"]},
    "indian_ocean_2004": {
        "struck_country": ["country:indonesia"], "damaged_city": ["city:banda_aceh"],
        "occurred_on": ["subduction:sunda_trench"], "triggered": ["hazard:tsunami"],
        "faulting_style": ["style:megathrust"]},
    "tohoku_2011": {
        "struck_country": ["country:japan"], "damaged_city": ["city:sendai"],
        "occurred_on": ["subduction:japan_trench"],
        "triggered": ["hazard:tsunami", "disaster:fukushima"],
        "faulting_style": ["style:megathrust"]},
    "great_hanshin_1995": {
        "struck_country": ["country:japan"], "damaged_city": ["city:kobe"],
        "occurred_on": ["fault:nojima"], "triggered": ["hazard:fire"],
        "faulting_style": ["style:strike_slip"]},
    "great_kanto_1923": {
        "struck_country": ["country:japan"], "damaged_city": ["city:tokyo", "city:yokohama"],
        "occurred_on": ["subduction:sagami_trough"],
        "triggered": ["hazard:fire", "hazard:tsunami"]},
    "haiti_2010": {
        "struck_country": ["country:haiti"], "damaged_city": ["city:port_au_prince"]},
    "gorkha_2015": {
        "struck_country": ["country:nepal"], "damaged_city": ["city:kathmandu"],
        "occurred_on": ["fault:main_himalayan_thrust"],
        "triggered": ["hazard:avalanche", "hazard:landslide"],
        "faulting_style": ["style:thrust"]},
    "izmit_1999": {
        "struck_country": ["country:turkey"], "damaged_city": ["city:izmit"],
        "occurred_on": ["fault:north_anatolian"], "faulting_style": ["style:strike_slip"]},
    "kahramanmaras_2023": {
        "struck_country": ["country:turkey", "country:syria"],
        "damaged_city": ["city:kahramanmaras", "city:antakya"],
        "occurred_on": ["fault:east_anatolian"], "faulting_style": ["style:strike_slip"]},
    "tangshan_1976": {
        "struck_country": ["country:china"], "damaged_city": ["city:tangshan"],
        "faulting_style": ["style:strike_slip"]},
    "wenchuan_2008": {
        "struck_country": ["country:china"], "damaged_city": ["city:dujiangyan"],
        "occurred_on": ["fault:longmenshan"], "triggered": ["hazard:landslide"],
        "faulting_style": ["style:thrust"]},
    "lisbon_1755": {
        "struck_country": ["country:portugal"], "damaged_city": ["city:lisbon"],
        "triggered": ["hazard:tsunami", "hazard:fire"]},
    "maule_2010": {
        "struck_country": ["country:chile"], "damaged_city": ["city:concepcion"],
        "occurred_on": ["subduction:peru_chile_trench"], "triggered": ["hazard:tsunami"],
        "faulting_style": ["style:megathrust"]},
    "mexico_city_1985": {
        "struck_country": ["country:mexico"], "damaged_city": ["city:mexico_city"],
        "occurred_on": ["subduction:middle_america_trench"]},
    "christchurch_2011": {
        "struck_country": ["country:new_zealand"], "damaged_city": ["city:christchurch"],
        "triggered": ["hazard:liquefaction"]},
}

RATINGS = {
    "ana": [("san_francisco_1906", 5.0), ("tohoku_2011", 4.5), ("lisbon_1755", 1.5), ("haiti_2010", 3.0)],
    "ben": [("valdivia_1960", 4.0), ("great_hanshin_1995", 2.0), ("northridge_1994", 5.0), ("gorkha_2015", 1.0)],
    "chen": [("tangshan_1976", 4.5), ("wenchuan_2008", 0.5), ("great_kanto_1923", 3.5), ("indian_ocean_2004", 5.0)],
    "dara": [("loma_prieta_1989", 2.5), ("izmit_1999", 4.0), ("kahramanmaras_2023", 1.5), ("christchurch_2011", 4.5)],
    "emil": [("alaska_1964", 5.0), ("maule_2010", 2.0), ("mexico_city_1985", 4.0), ("san_francisco_1906", 1.0)],
}


def entities():
    out = []
    for slug, label, year, aliases in QUAKES:
        out.append(kgx.Entity(f"earthquake:{slug}", kind="item", type="earthquake", label=label,
                              aliases=tuple(aliases), attrs={"year": year}))
    for eid, typ, label, aliases in ATTRIBUTES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=tuple(aliases)))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"earthquake:{slug}", rel, tail))
    for u, items in RATINGS.items():
        for slug, r in items:
            out.append((f"user:{u}", "rated", f"earthquake:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind304")
