"""A small graph of famous robots (blind224)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("robot",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("robot",), range=("organization",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("robot",), range=("person",)),
    kgx.Relation("made_in", phrase="was made in", inverse_phrase="is the birthplace of", domain=("robot",), range=("place",)),
    kgx.Relation("is_a", phrase="is a", inverse_phrase="is the type of", domain=("robot",), range=("robot_kind",)),
    kgx.Relation("sent_to", phrase="was sent to", inverse_phrase="received", domain=("robot",), range=("destination",)),
    kgx.Relation("used_by", phrase="was used by", inverse_phrase="used", domain=("robot",), range=("organization",)),
]

_ROBOTS = [
    ("asimo", "ASIMO", 2000),
    ("shakey", "Shakey", 1966),
    ("unimate", "Unimate", 1961),
    ("sophia", "Sophia", 2016),
    ("atlas", "Atlas", 2013),
    ("spot", "Spot", 2019),
    ("bigdog", "BigDog", 2005),
    ("roomba", "Roomba", 2002),
    ("aibo", "AIBO", 1999),
    ("elektro", "Elektro", 1939),
    ("sojourner", "Sojourner", 1997),
    ("curiosity", "Curiosity", 2012),
    ("opportunity", "Opportunity", 2004),
    ("pepper", "Pepper", 2014),
    ("nao", "Nao", 2008),
    ("robonaut_2", "Robonaut 2", 2010),
    ("wabot_1", "WABOT-1", 1973),
    ("stanley", "Stanley", 2005),
]

_ATTRIBUTES = [
    # organisations
    ("org:honda", "organization", "Honda"),
    ("org:sri_international", "organization", "SRI International"),
    ("org:unimation", "organization", "Unimation"),
    ("org:hanson_robotics", "organization", "Hanson Robotics"),
    ("org:boston_dynamics", "organization", "Boston Dynamics"),
    ("org:irobot", "organization", "iRobot"),
    ("org:sony", "organization", "Sony"),
    ("org:westinghouse", "organization", "Westinghouse Electric"),
    ("org:jpl", "organization", "Jet Propulsion Laboratory"),
    ("org:softbank_robotics", "organization", "SoftBank Robotics"),
    ("org:aldebaran_robotics", "organization", "Aldebaran Robotics"),
    ("org:nasa", "organization", "NASA"),
    ("org:general_motors", "organization", "General Motors"),
    ("org:waseda_university", "organization", "Waseda University"),
    ("org:stanford_university", "organization", "Stanford University"),
    # people
    ("person:george_devol", "person", "George Devol"),
    ("person:david_hanson", "person", "David Hanson"),
    ("person:charles_rosen", "person", "Charles Rosen"),
    ("person:ichiro_kato", "person", "Ichiro Kato"),
    ("person:sebastian_thrun", "person", "Sebastian Thrun"),
    ("person:joe_jones", "person", "Joe Jones"),
    ("person:joseph_barnett", "person", "Joseph Barnett"),
    ("person:marc_raibert", "person", "Marc Raibert"),
    # places
    ("place:japan", "place", "Japan"),
    ("place:united_states", "place", "United States"),
    ("place:hong_kong", "place", "Hong Kong"),
    ("place:france", "place", "France"),
    # kinds
    ("kind:humanoid_robot", "robot_kind", "humanoid robot"),
    ("kind:quadruped_robot", "robot_kind", "quadruped robot"),
    ("kind:industrial_robot", "robot_kind", "industrial robot"),
    ("kind:mobile_robot", "robot_kind", "mobile robot"),
    ("kind:robotic_vacuum_cleaner", "robot_kind", "robotic vacuum cleaner"),
    ("kind:mars_rover", "robot_kind", "Mars rover"),
    ("kind:autonomous_car", "robot_kind", "autonomous car"),
    # destinations
    ("dest:mars", "destination", "Mars"),
    ("dest:iss", "destination", "International Space Station"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"robot:{slug}", kind="item", type="robot", label=label, attrs={"year": year})
           for slug, label, year in _ROBOTS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "asimo": {"built_by": ["org:honda"], "made_in": ["place:japan"], "is_a": ["kind:humanoid_robot"]},
    "shakey": {"built_by": ["org:sri_international"], "created_by": ["person:charles_rosen"],
               "made_in": ["place:united_states"], "is_a": ["kind:mobile_robot"]},
    "unimate": {"built_by": ["org:unimation"], "created_by": ["person:george_devol"],
                "made_in": ["place:united_states"], "is_a": ["kind:industrial_robot"],
                "used_by": ["org:general_motors"]},
    "sophia": {"built_by": ["org:hanson_robotics"], "created_by": ["person:david_hanson"],
               "made_in": ["place:hong_kong"], "is_a": ["kind:humanoid_robot"]},
    "atlas": {"built_by": ["org:boston_dynamics"], "made_in": ["place:united_states"],
              "is_a": ["kind:humanoid_robot"]},
    "spot": {"built_by": ["org:boston_dynamics"], "made_in": ["place:united_states"],
             "is_a": ["kind:quadruped_robot"]},
    "bigdog": {"built_by": ["org:boston_dynamics"], "created_by": ["person:marc_raibert"],
               "made_in": ["place:united_states"], "is_a": ["kind:quadruped_robot"]},
    "roomba": {"built_by": ["org:irobot"], "created_by": ["person:joe_jones"],
               "made_in": ["place:united_states"], "is_a": ["kind:robotic_vacuum_cleaner"]},
    "aibo": {"built_by": ["org:sony"], "made_in": ["place:japan"], "is_a": ["kind:quadruped_robot"]},
    "elektro": {"built_by": ["org:westinghouse"], "created_by": ["person:joseph_barnett"],
                "made_in": ["place:united_states"], "is_a": ["kind:humanoid_robot"]},
    "sojourner": {"built_by": ["org:jpl"], "made_in": ["place:united_states"], "is_a": ["kind:mars_rover"],
                  "sent_to": ["dest:mars"], "used_by": ["org:nasa"]},
    "curiosity": {"built_by": ["org:jpl"], "made_in": ["place:united_states"], "is_a": ["kind:mars_rover"],
                  "sent_to": ["dest:mars"], "used_by": ["org:nasa"]},
    "opportunity": {"built_by": ["org:jpl"], "made_in": ["place:united_states"], "is_a": ["kind:mars_rover"],
                    "sent_to": ["dest:mars"], "used_by": ["org:nasa"]},
    "pepper": {"built_by": ["org:softbank_robotics"], "is_a": ["kind:humanoid_robot"]},
    "nao": {"built_by": ["org:aldebaran_robotics"], "made_in": ["place:france"], "is_a": ["kind:humanoid_robot"]},
    "robonaut_2": {"built_by": ["org:nasa", "org:general_motors"], "made_in": ["place:united_states"],
                   "is_a": ["kind:humanoid_robot"], "sent_to": ["dest:iss"], "used_by": ["org:nasa"]},
    "wabot_1": {"built_by": ["org:waseda_university"], "created_by": ["person:ichiro_kato"],
                "made_in": ["place:japan"], "is_a": ["kind:humanoid_robot"]},
    "stanley": {"built_by": ["org:stanford_university"], "created_by": ["person:sebastian_thrun"],
                "made_in": ["place:united_states"], "is_a": ["kind:autonomous_car"]},
}

_RATINGS = {
    "ana": {"asimo": 5.0, "curiosity": 4.5, "roomba": 2.0, "pepper": 3.0},
    "ben": {"atlas": 4.0, "spot": 1.5, "sophia": 1.0, "bigdog": 4.5},
    "chen": {"unimate": 4.5, "shakey": 5.0, "elektro": 2.5, "wabot_1": 3.5},
    "dara": {"aibo": 5.0, "nao": 4.0, "sojourner": 2.0, "opportunity": 4.5},
    "emil": {"stanley": 4.0, "robonaut_2": 0.5, "curiosity": 3.0, "asimo": 4.5},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"robot:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"robot:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind224")
