"""A small aircraft graph: famous aircraft with their manufacturers, designers, engines,
operators, countries of origin, roles and years of first flight (real facts), plus five
users who rated some of them."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("aircraft",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("aircraft",), range=("company",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("aircraft",), range=("person",)),
    kgx.Relation("powered_by", phrase="is powered by", inverse_phrase="powers", domain=("aircraft",), range=("engine",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("aircraft",), range=("operator",)),
    kgx.Relation("originates_from", phrase="originates from", inverse_phrase="is the country of origin of", domain=("aircraft",), range=("country",)),
    kgx.Relation("has_role", phrase="serves as a", inverse_phrase="is the role of", domain=("aircraft",), range=("role",)),
    kgx.Relation("engine_built_by", phrase="is built by", inverse_phrase="builds", domain=("engine",), range=("company",)),
]

_AIRCRAFT = [
    ("aircraft:boeing_747", "Boeing 747", 1969),
    ("aircraft:concorde", "Concorde", 1969),
    ("aircraft:supermarine_spitfire", "Supermarine Spitfire", 1936),
    ("aircraft:p_51_mustang", "P-51 Mustang", 1940),
    ("aircraft:douglas_dc_3", "Douglas DC-3", 1935),
    ("aircraft:airbus_a380", "Airbus A380", 2005),
    ("aircraft:airbus_a320", "Airbus A320", 1987),
    ("aircraft:boeing_737", "Boeing 737", 1967),
    ("aircraft:sr_71_blackbird", "SR-71 Blackbird", 1964),
    ("aircraft:mig_21", "MiG-21", 1955),
    ("aircraft:bf_109", "Messerschmitt Bf 109", 1935),
    ("aircraft:de_havilland_comet", "de Havilland Comet", 1949),
    ("aircraft:c_130_hercules", "C-130 Hercules", 1954),
    ("aircraft:an_225_mriya", "Antonov An-225 Mriya", 1988),
    ("aircraft:b_17_flying_fortress", "B-17 Flying Fortress", 1935),
    ("aircraft:embraer_e190", "Embraer E190", 2004),
    ("aircraft:tu_144", "Tupolev Tu-144", 1968),
]

_ATTRS = {
    "company": ["Boeing", "Airbus", "Aérospatiale", "British Aircraft Corporation", "Supermarine",
                "North American Aviation", "Douglas Aircraft Company", "Lockheed", "Mikoyan-Gurevich",
                "Messerschmitt", "de Havilland", "Antonov", "Embraer", "Tupolev", "Rolls-Royce",
                "Pratt & Whitney", "CFM International", "General Electric", "Allison Engine Company",
                "Wright Aeronautical", "Daimler-Benz", "Snecma", "Packard", "Kuznetsov", "Tumansky"],
    "person": ["Joe Sutter", "R. J. Mitchell", "Edgar Schmued", "Arthur Raymond", "Kelly Johnson",
               "Willy Messerschmitt", "Ronald Bishop", "Alexei Tupolev", "Artem Mikoyan"],
    "engine": ["Pratt & Whitney JT9D", "Olympus 593", "Rolls-Royce Merlin", "Packard V-1650",
               "Wright R-1820 Cyclone", "Rolls-Royce Trent 900", "CFM56", "Pratt & Whitney J58",
               "Tumansky R-25", "Daimler-Benz DB 605", "de Havilland Ghost", "Allison T56",
               "Progress D-18T", "General Electric CF34", "Kuznetsov NK-144"],
    "operator": ["Pan Am", "British Airways", "Air France", "Royal Air Force", "United States Army Air Forces",
                 "American Airlines", "Emirates", "Singapore Airlines", "Southwest Airlines", "Lufthansa",
                 "United States Air Force", "Soviet Air Forces", "Indian Air Force", "Luftwaffe", "BOAC",
                 "Antonov Airlines", "JetBlue", "Aeroflot"],
    "country": ["United States", "France", "United Kingdom", "Soviet Union", "Germany", "Brazil"],
    "role": ["Wide-body airliner", "Narrow-body airliner", "Supersonic airliner", "Fighter", "Bomber",
             "Reconnaissance aircraft", "Military transport", "Cargo aircraft", "Regional jet",
             "Jet airliner", "Airliner"],
}

_USERS = ["ana", "ben", "chloe", "dev", "emma"]


def _slug(label):
    out = []
    for ch in label.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch == "é":
            out.append("e")
        else:
            out.append("_")
    s = "".join(out)
    while "__" in s:
        s = s.replace("__", "_")
    return s.strip("_")


def _id(kind, label):
    return f"{kind}:{_slug(label)}"


def entities():
    ents = [kgx.Entity(i, kind="item", type="aircraft", label=lab, attrs={"year": y}) for i, lab, y in _AIRCRAFT]
    for typ, labels in _ATTRS.items():
        for lab in labels:
            ents.append(kgx.Entity(_id(typ, lab), kind="attribute", type=typ, label=lab))
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return ents


def _facts():
    def C(s):
        return _id("company", s)
    def P(s):
        return _id("person", s)
    def E(s):
        return _id("engine", s)
    def Op(s):
        return _id("operator", s)
    def N(s):
        return _id("country", s)
    def R(s):
        return _id("role", s)
    return {
        "aircraft:boeing_747": [("made_by", C("Boeing")), ("designed_by", P("Joe Sutter")),
                                ("powered_by", E("Pratt & Whitney JT9D")), ("operated_by", Op("Pan Am")),
                                ("originates_from", N("United States")), ("has_role", R("Wide-body airliner"))],
        "aircraft:concorde": [("made_by", C("Aérospatiale")), ("made_by", C("British Aircraft Corporation")),
                              ("powered_by", E("Olympus 593")), ("operated_by", Op("British Airways")),
                              ("operated_by", Op("Air France")), ("originates_from", N("France")),
                              ("originates_from", N("United Kingdom")), ("has_role", R("Supersonic airliner"))],
        "aircraft:supermarine_spitfire": [("made_by", C("Supermarine")), ("designed_by", P("R. J. Mitchell")),
                                          ("powered_by", E("Rolls-Royce Merlin")), ("operated_by", Op("Royal Air Force")),
                                          ("originates_from", N("United Kingdom")), ("has_role", R("Fighter"))],
        "aircraft:p_51_mustang": [("made_by", C("North American Aviation")), ("designed_by", P("Edgar Schmued")),
                                  ("powered_by", E("Packard V-1650")), ("operated_by", Op("United States Army Air Forces")),
                                  ("originates_from", N("United States")), ("has_role", R("Fighter"))],
        "aircraft:douglas_dc_3": [("made_by", C("Douglas Aircraft Company")), ("designed_by", P("Arthur Raymond")),
                                  ("powered_by", E("Wright R-1820 Cyclone")), ("operated_by", Op("American Airlines")),
                                  ("originates_from", N("United States")), ("has_role", R("Airliner"))],
        "aircraft:airbus_a380": [("made_by", C("Airbus")), ("powered_by", E("Rolls-Royce Trent 900")),
                                 ("operated_by", Op("Emirates")), ("operated_by", Op("Singapore Airlines")),
                                 ("originates_from", N("France")), ("has_role", R("Wide-body airliner"))],
        "aircraft:airbus_a320": [("made_by", C("Airbus")), ("powered_by", E("CFM56")),
                                 ("operated_by", Op("Air France")), ("operated_by", Op("Lufthansa")),
                                 ("originates_from", N("France")), ("has_role", R("Narrow-body airliner"))],
        "aircraft:boeing_737": [("made_by", C("Boeing")), ("powered_by", E("CFM56")),
                                ("operated_by", Op("Southwest Airlines")), ("operated_by", Op("Lufthansa")),
                                ("originates_from", N("United States")), ("has_role", R("Narrow-body airliner"))],
        "aircraft:sr_71_blackbird": [("made_by", C("Lockheed")), ("designed_by", P("Kelly Johnson")),
                                     ("powered_by", E("Pratt & Whitney J58")), ("operated_by", Op("United States Air Force")),
                                     ("originates_from", N("United States")), ("has_role", R("Reconnaissance aircraft"))],
        "aircraft:mig_21": [("made_by", C("Mikoyan-Gurevich")), ("designed_by", P("Artem Mikoyan")),
                            ("powered_by", E("Tumansky R-25")), ("operated_by", Op("Soviet Air Forces")),
                            ("operated_by", Op("Indian Air Force")), ("originates_from", N("Soviet Union")),
                            ("has_role", R("Fighter"))],
        "aircraft:bf_109": [("made_by", C("Messerschmitt")), ("designed_by", P("Willy Messerschmitt")),
                            ("powered_by", E("Daimler-Benz DB 605")), ("operated_by", Op("Luftwaffe")),
                            ("originates_from", N("Germany")), ("has_role", R("Fighter"))],
        "aircraft:de_havilland_comet": [("made_by", C("de Havilland")), ("designed_by", P("Ronald Bishop")),
                                        ("powered_by", E("de Havilland Ghost")), ("operated_by", Op("BOAC")),
                                        ("originates_from", N("United Kingdom")), ("has_role", R("Jet airliner"))],
        "aircraft:c_130_hercules": [("made_by", C("Lockheed")), ("powered_by", E("Allison T56")),
                                    ("operated_by", Op("United States Air Force")), ("operated_by", Op("Royal Air Force")),
                                    ("originates_from", N("United States")), ("has_role", R("Military transport"))],
        "aircraft:an_225_mriya": [("made_by", C("Antonov")), ("powered_by", E("Progress D-18T")),
                                  ("operated_by", Op("Antonov Airlines")), ("originates_from", N("Soviet Union")),
                                  ("has_role", R("Cargo aircraft"))],
        "aircraft:b_17_flying_fortress": [("made_by", C("Boeing")), ("powered_by", E("Wright R-1820 Cyclone")),
                                          ("operated_by", Op("United States Army Air Forces")),
                                          ("originates_from", N("United States")), ("has_role", R("Bomber"))],
        "aircraft:embraer_e190": [("made_by", C("Embraer")), ("powered_by", E("General Electric CF34")),
                                  ("operated_by", Op("JetBlue")), ("originates_from", N("Brazil")),
                                  ("has_role", R("Regional jet"))],
        "aircraft:tu_144": [("made_by", C("Tupolev")), ("designed_by", P("Alexei Tupolev")),
                            ("powered_by", E("Kuznetsov NK-144")), ("operated_by", Op("Aeroflot")),
                            ("originates_from", N("Soviet Union")), ("has_role", R("Supersonic airliner"))],
    }


_ENGINE_MAKERS = [
    ("Pratt & Whitney JT9D", "Pratt & Whitney"), ("Olympus 593", "Rolls-Royce"), ("Olympus 593", "Snecma"),
    ("Rolls-Royce Merlin", "Rolls-Royce"), ("Packard V-1650", "Packard"),
    ("Wright R-1820 Cyclone", "Wright Aeronautical"), ("Rolls-Royce Trent 900", "Rolls-Royce"),
    ("CFM56", "CFM International"), ("Pratt & Whitney J58", "Pratt & Whitney"), ("Tumansky R-25", "Tumansky"),
    ("Daimler-Benz DB 605", "Daimler-Benz"), ("Allison T56", "Allison Engine Company"),
    ("General Electric CF34", "General Electric"), ("Kuznetsov NK-144", "Kuznetsov"),
]

_RATINGS = [
    ("ana", "aircraft:supermarine_spitfire", 5.0), ("ana", "aircraft:concorde", 4.5),
    ("ana", "aircraft:bf_109", 3.5), ("ana", "aircraft:airbus_a320", 2.0),
    ("ben", "aircraft:boeing_747", 4.0), ("ben", "aircraft:airbus_a380", 4.5),
    ("ben", "aircraft:embraer_e190", 2.5), ("ben", "aircraft:douglas_dc_3", 3.0),
    ("chloe", "aircraft:sr_71_blackbird", 5.0), ("chloe", "aircraft:mig_21", 4.0),
    ("chloe", "aircraft:tu_144", 1.5), ("chloe", "aircraft:c_130_hercules", 3.5),
    ("dev", "aircraft:p_51_mustang", 4.5), ("dev", "aircraft:b_17_flying_fortress", 4.0),
    ("dev", "aircraft:boeing_737", 2.0), ("dev", "aircraft:an_225_mriya", 5.0),
    ("emma", "aircraft:de_havilland_comet", 4.0), ("emma", "aircraft:concorde", 5.0),
    ("emma", "aircraft:boeing_747", 3.0), ("emma", "aircraft:airbus_a320", 4.5),
]


def rows():
    out = []
    for head, facts in _facts().items():
        for rel, tail in facts:
            out.append((head, rel, tail))
    for eng, maker in _ENGINE_MAKERS:
        out.append((_id("engine", eng), "engine_built_by", _id("company", maker)))
    for u, item, r in _RATINGS:
        out.append((f"user:{u}", "rated", item, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind71")
