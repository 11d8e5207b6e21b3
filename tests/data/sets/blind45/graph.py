"""A small space-missions graph for the blind45 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with missions and
spacecraft (items), and agencies, launch vehicles, destinations, crew members and launch sites
(attributes), plus a few space fans (users) with ratings. Relations declare only
``phrase`` / ``inverse_phrase``, as a new user of the library would.
"""

from __future__ import annotations

import kgexplain as kgx

MISSIONS = {
    # id: (label, launch year)
    "mission:apollo_11": ("Apollo 11", 1969),
    "mission:apollo_13": ("Apollo 13", 1970),
    "mission:vostok_1": ("Vostok 1", 1961),
    "mission:voyager_1": ("Voyager 1", 1977),
    "mission:voyager_2": ("Voyager 2", 1977),
    "mission:cassini": ("Cassini-Huygens", 1997),
    "mission:shenzhou_5": ("Shenzhou 5", 2003),
    "mission:rosetta": ("Rosetta", 2004),
    "mission:new_horizons": ("New Horizons", 2006),
    "mission:curiosity": ("Curiosity", 2011),
    "mission:juno": ("Juno", 2011),
    "mission:mangalyaan": ("Mangalyaan", 2013),
    "mission:hayabusa2": ("Hayabusa2", 2014),
    "mission:bepicolombo": ("BepiColombo", 2018),
    "mission:perseverance": ("Perseverance", 2020),
    "mission:crew_dragon_demo2": ("Crew Dragon Demo-2", 2020),
    "mission:jwst": ("James Webb Space Telescope", 2021),
    "mission:chandrayaan_3": ("Chandrayaan-3", 2023),
}

ATTRIBUTES = {
    # agencies
    "agency:nasa": ("agency", "NASA"),
    "agency:esa": ("agency", "ESA"),
    "agency:jaxa": ("agency", "JAXA"),
    "agency:isro": ("agency", "ISRO"),
    "agency:cnsa": ("agency", "CNSA"),
    "agency:soviet": ("agency", "Soviet space program"),
    "agency:spacex": ("agency", "SpaceX"),
    "agency:csa": ("agency", "Canadian Space Agency"),
    # launch vehicles
    "rocket:saturn_v": ("launch_vehicle", "Saturn V"),
    "rocket:titan_iiie": ("launch_vehicle", "Titan IIIE"),
    "rocket:titan_ivb": ("launch_vehicle", "Titan IVB"),
    "rocket:ariane_5": ("launch_vehicle", "Ariane 5"),
    "rocket:atlas_v": ("launch_vehicle", "Atlas V"),
    "rocket:vostok_k": ("launch_vehicle", "Vostok-K"),
    "rocket:lvm3": ("launch_vehicle", "LVM3"),
    "rocket:pslv": ("launch_vehicle", "PSLV"),
    "rocket:h_iia": ("launch_vehicle", "H-IIA"),
    "rocket:falcon_9": ("launch_vehicle", "Falcon 9"),
    "rocket:long_march_2f": ("launch_vehicle", "Long March 2F"),
    # destinations
    "dest:moon": ("destination", "the Moon"),
    "dest:mars": ("destination", "Mars"),
    "dest:mercury": ("destination", "Mercury"),
    "dest:jupiter": ("destination", "Jupiter"),
    "dest:saturn": ("destination", "Saturn"),
    "dest:uranus": ("destination", "Uranus"),
    "dest:neptune": ("destination", "Neptune"),
    "dest:pluto": ("destination", "Pluto"),
    "dest:comet_67p": ("destination", "comet 67P"),
    "dest:ryugu": ("destination", "Ryugu"),
    "dest:iss": ("destination", "International Space Station"),
    "dest:earth_orbit": ("destination", "low Earth orbit"),
    "dest:l2": ("destination", "Sun-Earth L2"),
    # crew members
    "crew:neil_armstrong": ("astronaut", "Neil Armstrong"),
    "crew:buzz_aldrin": ("astronaut", "Buzz Aldrin"),
    "crew:michael_collins": ("astronaut", "Michael Collins"),
    "crew:jim_lovell": ("astronaut", "Jim Lovell"),
    "crew:fred_haise": ("astronaut", "Fred Haise"),
    "crew:jack_swigert": ("astronaut", "Jack Swigert"),
    "crew:yuri_gagarin": ("astronaut", "Yuri Gagarin"),
    "crew:yang_liwei": ("astronaut", "Yang Liwei"),
    "crew:bob_behnken": ("astronaut", "Bob Behnken"),
    "crew:doug_hurley": ("astronaut", "Doug Hurley"),
    # launch sites
    "site:ksc": ("launch_site", "Kennedy Space Center"),
    "site:cape_canaveral": ("launch_site", "Cape Canaveral"),
    "site:baikonur": ("launch_site", "Baikonur Cosmodrome"),
    "site:kourou": ("launch_site", "Guiana Space Centre"),
    "site:sriharikota": ("launch_site", "Satish Dhawan Space Centre"),
    "site:tanegashima": ("launch_site", "Tanegashima Space Center"),
    "site:jiuquan": ("launch_site", "Jiuquan Satellite Launch Center"),
}

USERS = {
    "user:amara": "Amara",
    "user:bjorn": "Bjorn",
    "user:chen": "Chen",
    "user:dalia": "Dalia",
    "user:emeka": "Emeka",
}

FACTS = [
    # mission, agencies, launch vehicle, destinations, crew, launch site
    ("mission:apollo_11", ["agency:nasa"], "rocket:saturn_v", ["dest:moon"],
     ["crew:neil_armstrong", "crew:buzz_aldrin", "crew:michael_collins"], "site:ksc"),
    ("mission:apollo_13", ["agency:nasa"], "rocket:saturn_v", ["dest:moon"],
     ["crew:jim_lovell", "crew:fred_haise", "crew:jack_swigert"], "site:ksc"),
    ("mission:vostok_1", ["agency:soviet"], "rocket:vostok_k", ["dest:earth_orbit"],
     ["crew:yuri_gagarin"], "site:baikonur"),
    ("mission:voyager_1", ["agency:nasa"], "rocket:titan_iiie", ["dest:jupiter", "dest:saturn"],
     [], "site:cape_canaveral"),
    ("mission:voyager_2", ["agency:nasa"], "rocket:titan_iiie",
     ["dest:jupiter", "dest:saturn", "dest:uranus", "dest:neptune"], [], "site:cape_canaveral"),
    ("mission:cassini", ["agency:nasa", "agency:esa"], "rocket:titan_ivb", ["dest:saturn"],
     [], "site:cape_canaveral"),
    ("mission:shenzhou_5", ["agency:cnsa"], "rocket:long_march_2f", ["dest:earth_orbit"],
     ["crew:yang_liwei"], "site:jiuquan"),
    ("mission:rosetta", ["agency:esa"], "rocket:ariane_5", ["dest:comet_67p"], [], "site:kourou"),
    ("mission:new_horizons", ["agency:nasa"], "rocket:atlas_v", ["dest:pluto"], [],
     "site:cape_canaveral"),
    ("mission:curiosity", ["agency:nasa"], "rocket:atlas_v", ["dest:mars"], [],
     "site:cape_canaveral"),
    ("mission:juno", ["agency:nasa"], "rocket:atlas_v", ["dest:jupiter"], [], "site:cape_canaveral"),
    ("mission:mangalyaan", ["agency:isro"], "rocket:pslv", ["dest:mars"], [], "site:sriharikota"),
    ("mission:hayabusa2", ["agency:jaxa"], "rocket:h_iia", ["dest:ryugu"], [], "site:tanegashima"),
    ("mission:bepicolombo", ["agency:esa", "agency:jaxa"], "rocket:ariane_5", ["dest:mercury"], [],
     "site:kourou"),
    ("mission:perseverance", ["agency:nasa"], "rocket:atlas_v", ["dest:mars"], [],
     "site:cape_canaveral"),
    ("mission:crew_dragon_demo2", ["agency:spacex", "agency:nasa"], "rocket:falcon_9", ["dest:iss"],
     ["crew:bob_behnken", "crew:doug_hurley"], "site:ksc"),
    ("mission:jwst", ["agency:nasa", "agency:esa", "agency:csa"], "rocket:ariane_5", ["dest:l2"], [],
     "site:kourou"),
    ("mission:chandrayaan_3", ["agency:isro"], "rocket:lvm3", ["dest:moon"], [], "site:sriharikota"),
]

RATINGS = [
    ("user:amara", "mission:apollo_11", 5),
    ("user:amara", "mission:voyager_1", 4),
    ("user:amara", "mission:juno", 2),
    ("user:amara", "mission:chandrayaan_3", 5),
    ("user:amara", "mission:rosetta", 3),
    ("user:bjorn", "mission:rosetta", 5),
    ("user:bjorn", "mission:bepicolombo", 4),
    ("user:bjorn", "mission:apollo_13", 1),
    ("user:bjorn", "mission:jwst", 5),
    ("user:bjorn", "mission:curiosity", 3),
    ("user:chen", "mission:shenzhou_5", 5),
    ("user:chen", "mission:vostok_1", 4),
    ("user:chen", "mission:crew_dragon_demo2", 2),
    ("user:chen", "mission:new_horizons", 4),
    ("user:dalia", "mission:perseverance", 5),
    ("user:dalia", "mission:curiosity", 4),
    ("user:dalia", "mission:mangalyaan", 3),
    ("user:dalia", "mission:voyager_2", 2),
    ("user:emeka", "mission:hayabusa2", 5),
    ("user:emeka", "mission:cassini", 4),
    ("user:emeka", "mission:apollo_11", 3),
    ("user:emeka", "mission:voyager_2", 5),
]

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("mission",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=("mission",), range=("agency",)),
    kgx.Relation("launched_on", phrase="was launched on", inverse_phrase="launched",
                 domain=("mission",), range=("launch_vehicle",)),
    kgx.Relation("destination", phrase="went to", inverse_phrase="was the destination of",
                 domain=("mission",), range=("destination",)),
    kgx.Relation("crew_member", phrase="had crew member", inverse_phrase="flew on",
                 domain=("mission",), range=("astronaut",)),
    kgx.Relation("launch_site", phrase="launched from", inverse_phrase="was the launch site of",
                 domain=("mission",), range=("launch_site",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for mission, agencies, rocket, dests, crew, site in FACTS:
        out += [(mission, "operated_by", a) for a in agencies]
        out.append((mission, "launched_on", rocket))
        out += [(mission, "destination", d) for d in dests]
        out += [(mission, "crew_member", c) for c in crew]
        out.append((mission, "launch_site", site))
    out += [(u, "rated", m, {"rating": float(s)}) for u, m, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [
        kgx.Entity(i, kind="item", type="mission", label=lab, attrs={"year": year})
        for i, (lab, year) in MISSIONS.items()
    ]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind45 space-missions graph (18 missions, 49 attributes, 5 users)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind45")
