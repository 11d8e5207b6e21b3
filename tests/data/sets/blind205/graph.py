"""A small vaccines knowledge graph (blind205)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("vaccine",)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                 domain=("vaccine",), range=("person", "organisation")),
    kgx.Relation("manufactured_by", phrase="is manufactured by", inverse_phrase="manufactures",
                 domain=("vaccine",), range=("organisation",)),
    kgx.Relation("protects_against", phrase="protects against", inverse_phrase="is prevented by",
                 domain=("vaccine",), range=("disease",)),
    kgx.Relation("uses_platform", phrase="is a vaccine of the type", inverse_phrase="is the type of",
                 domain=("vaccine",), range=("platform",)),
    kgx.Relation("developed_in", phrase="was developed in", inverse_phrase="is the country of origin of",
                 domain=("vaccine",), range=("country",)),
]

_VACCINES = [
    ("vaccine:smallpox_jenner", "Smallpox vaccine", 1796, ()),
    ("vaccine:rabies_pasteur", "Rabies vaccine", 1885, ()),
    ("vaccine:bcg", "BCG vaccine", 1921, ("BCG",)),
    ("vaccine:yellow_fever_17d", "17D yellow fever vaccine", 1937, ("17D vaccine",)),
    ("vaccine:salk_ipv", "Salk polio vaccine", 1955, ("Salk vaccine",)),
    ("vaccine:sabin_opv", "Sabin oral polio vaccine", 1961, ("Sabin vaccine",)),
    ("vaccine:edmonston_measles", "Edmonston-B measles vaccine", 1963, ()),
    ("vaccine:jeryl_lynn_mumps", "Jeryl Lynn mumps vaccine", 1967, ()),
    ("vaccine:mmr", "MMR vaccine", 1971, ("MMR",)),
    ("vaccine:recombivax_hb", "Recombivax HB", 1986, ()),
    ("vaccine:gardasil", "Gardasil", 2006, ()),
    ("vaccine:mosquirix", "Mosquirix", 2015, ("RTS,S",)),
    ("vaccine:shingrix", "Shingrix", 2017, ()),
    ("vaccine:ervebo", "Ervebo", 2019, ("rVSV-ZEBOV",)),
    ("vaccine:comirnaty", "Comirnaty", 2020, ("Pfizer-BioNTech vaccine",)),
    ("vaccine:spikevax", "Spikevax", 2020, ("Moderna vaccine",)),
    ("vaccine:vaxzevria", "Vaxzevria", 2020, ("Oxford-AstraZeneca vaccine",)),
    ("vaccine:sputnik_v", "Sputnik V", 2020, ()),
]

_ATTRS = [
    # people
    ("person:edward_jenner", "person", "Edward Jenner", ()),
    ("person:louis_pasteur", "person", "Louis Pasteur", ()),
    ("person:albert_calmette", "person", "Albert Calmette", ()),
    ("person:camille_guerin", "person", "Camille Guérin", ("Camille Guerin",)),
    ("person:max_theiler", "person", "Max Theiler", ()),
    ("person:jonas_salk", "person", "Jonas Salk", ()),
    ("person:albert_sabin", "person", "Albert Sabin", ()),
    ("person:john_enders", "person", "John Enders", ()),
    ("person:maurice_hilleman", "person", "Maurice Hilleman", ()),
    ("person:ugur_sahin", "person", "Uğur Şahin", ("Ugur Sahin",)),
    ("person:ozlem_tureci", "person", "Özlem Türeci", ("Ozlem Tureci",)),
    ("person:sarah_gilbert", "person", "Sarah Gilbert", ()),
    # organisations
    ("organisation:merck", "organisation", "Merck", ("Merck & Co.",)),
    ("organisation:gsk", "organisation", "GSK", ("GlaxoSmithKline",)),
    ("organisation:pfizer", "organisation", "Pfizer", ()),
    ("organisation:biontech", "organisation", "BioNTech", ()),
    ("organisation:moderna", "organisation", "Moderna", ()),
    ("organisation:astrazeneca", "organisation", "AstraZeneca", ()),
    ("organisation:university_of_oxford", "organisation", "University of Oxford", ()),
    ("organisation:gamaleya", "organisation", "Gamaleya Research Institute", ("Gamaleya Institute",)),
    # diseases
    ("disease:smallpox", "disease", "Smallpox", ()),
    ("disease:rabies", "disease", "Rabies", ()),
    ("disease:tuberculosis", "disease", "Tuberculosis", ()),
    ("disease:yellow_fever", "disease", "Yellow fever", ()),
    ("disease:polio", "disease", "Polio", ("Poliomyelitis",)),
    ("disease:measles", "disease", "Measles", ()),
    ("disease:mumps", "disease", "Mumps", ()),
    ("disease:rubella", "disease", "Rubella", ()),
    ("disease:hepatitis_b", "disease", "Hepatitis B", ()),
    ("disease:hpv", "disease", "Human papillomavirus", ("HPV",)),
    ("disease:malaria", "disease", "Malaria", ()),
    ("disease:shingles", "disease", "Shingles", ()),
    ("disease:ebola", "disease", "Ebola", ()),
    ("disease:covid_19", "disease", "COVID-19", ()),
    # platforms
    ("platform:live_attenuated", "platform", "Live attenuated", ()),
    ("platform:inactivated", "platform", "Inactivated", ()),
    ("platform:mrna", "platform", "mRNA", ()),
    ("platform:viral_vector", "platform", "Viral vector", ()),
    ("platform:recombinant_protein", "platform", "Recombinant protein", ()),
    ("platform:virus_like_particle", "platform", "Virus-like particle", ()),
    # countries
    ("country:united_kingdom", "country", "United Kingdom", ("UK", "Britain")),
    ("country:france", "country", "France", ()),
    ("country:united_states", "country", "United States", ("US", "USA")),
    ("country:germany", "country", "Germany", ()),
    ("country:russia", "country", "Russia", ()),
    ("country:canada", "country", "Canada", ()),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="vaccine", label=lab, aliases=al, attrs={"year": y})
           for i, lab, y, al in _VACCINES]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab, aliases=al) for i, t, lab, al in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "vaccine:smallpox_jenner": dict(dev=["person:edward_jenner"], dis=["disease:smallpox"],
                                    country=["country:united_kingdom"]),
    "vaccine:rabies_pasteur": dict(dev=["person:louis_pasteur"], dis=["disease:rabies"], country=["country:france"]),
    "vaccine:bcg": dict(dev=["person:albert_calmette", "person:camille_guerin"], dis=["disease:tuberculosis"],
                        plat=["platform:live_attenuated"], country=["country:france"]),
    "vaccine:yellow_fever_17d": dict(dev=["person:max_theiler"], dis=["disease:yellow_fever"],
                                     plat=["platform:live_attenuated"], country=["country:united_states"]),
    "vaccine:salk_ipv": dict(dev=["person:jonas_salk"], dis=["disease:polio"], plat=["platform:inactivated"],
                             country=["country:united_states"]),
    "vaccine:sabin_opv": dict(dev=["person:albert_sabin"], dis=["disease:polio"], plat=["platform:live_attenuated"],
                              country=["country:united_states"]),
    "vaccine:edmonston_measles": dict(dev=["person:john_enders"], dis=["disease:measles"],
                                      plat=["platform:live_attenuated"], country=["country:united_states"]),
    "vaccine:jeryl_lynn_mumps": dict(dev=["person:maurice_hilleman"], man=["organisation:merck"],
                                     dis=["disease:mumps"], plat=["platform:live_attenuated"],
                                     country=["country:united_states"]),
    "vaccine:mmr": dict(dev=["person:maurice_hilleman"], man=["organisation:merck"],
                        dis=["disease:measles", "disease:mumps", "disease:rubella"],
                        plat=["platform:live_attenuated"], country=["country:united_states"]),
    "vaccine:recombivax_hb": dict(man=["organisation:merck"], dis=["disease:hepatitis_b"],
                                  plat=["platform:recombinant_protein"], country=["country:united_states"]),
    "vaccine:gardasil": dict(man=["organisation:merck"], dis=["disease:hpv"], plat=["platform:virus_like_particle"]),
    "vaccine:mosquirix": dict(man=["organisation:gsk"], dis=["disease:malaria"], plat=["platform:recombinant_protein"]),
    "vaccine:shingrix": dict(man=["organisation:gsk"], dis=["disease:shingles"], plat=["platform:recombinant_protein"]),
    "vaccine:ervebo": dict(man=["organisation:merck"], dis=["disease:ebola"], plat=["platform:viral_vector"],
                           country=["country:canada"]),
    "vaccine:comirnaty": dict(dev=["person:ugur_sahin", "person:ozlem_tureci"],
                              man=["organisation:pfizer", "organisation:biontech"], dis=["disease:covid_19"],
                              plat=["platform:mrna"], country=["country:germany"]),
    "vaccine:spikevax": dict(man=["organisation:moderna"], dis=["disease:covid_19"], plat=["platform:mrna"],
                             country=["country:united_states"]),
    "vaccine:vaxzevria": dict(dev=["person:sarah_gilbert", "organisation:university_of_oxford"],
                              man=["organisation:astrazeneca"], dis=["disease:covid_19"],
                              plat=["platform:viral_vector"], country=["country:united_kingdom"]),
    "vaccine:sputnik_v": dict(dev=["organisation:gamaleya"], dis=["disease:covid_19"], plat=["platform:viral_vector"],
                              country=["country:russia"]),
}

_REL = {"dev": "developed_by", "man": "manufactured_by", "dis": "protects_against",
        "plat": "uses_platform", "country": "developed_in"}

RATINGS = {
    "user:ana": {"vaccine:comirnaty": 5.0, "vaccine:salk_ipv": 4.5, "vaccine:mmr": 2.0, "vaccine:sputnik_v": 1.5},
    "user:ben": {"vaccine:spikevax": 4.0, "vaccine:bcg": 1.0, "vaccine:smallpox_jenner": 5.0,
                 "vaccine:gardasil": 3.0},
    "user:chen": {"vaccine:vaxzevria": 4.5, "vaccine:yellow_fever_17d": 2.0, "vaccine:shingrix": 3.5,
                  "vaccine:rabies_pasteur": 5.0},
    "user:dara": {"vaccine:sabin_opv": 4.0, "vaccine:mosquirix": 0.5, "vaccine:ervebo": 4.5,
                  "vaccine:recombivax_hb": 2.5},
    "user:emil": {"vaccine:edmonston_measles": 3.0, "vaccine:jeryl_lynn_mumps": 5.0, "vaccine:comirnaty": 1.0,
                  "vaccine:bcg": 4.0},
}


def rows():
    out = []
    for item, facts in _FACTS.items():
        for key, tails in facts.items():
            for t in tails:
                out.append((item, _REL[key], t))
    for user, rs in RATINGS.items():
        for item, r in rs.items():
            out.append((user, "rated", item, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind205")
