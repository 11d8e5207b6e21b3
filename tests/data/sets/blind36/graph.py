"""A small football-club graph for the blind36 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with clubs (items,
``year`` = the year the club was founded), stadiums, leagues, cities, managers, founders and kit
makers (attributes), and a few fans (users) who rated clubs 1-5. Relations declare only
``phrase`` / ``inverse_phrase``, as a new user of the library would. The graph is the truth.
"""

from __future__ import annotations

import kgexplain as kgx

CLUBS = {
    # id: (label, year founded)
    "club:arsenal": ("Arsenal", 1886),
    "club:chelsea": ("Chelsea", 1905),
    "club:everton": ("Everton", 1878),
    "club:man_united": ("Manchester United", 1878),
    "club:man_city": ("Manchester City", 1880),
    "club:celtic": ("Celtic", 1887),
    "club:rangers": ("Rangers", 1872),
    "club:real_madrid": ("Real Madrid", 1902),
    "club:atletico": ("Atlético Madrid", 1903),
    "club:barcelona": ("FC Barcelona", 1899),
    "club:bayern": ("Bayern Munich", 1900),
    "club:ac_milan": ("AC Milan", 1899),
    "club:inter": ("Inter Milan", 1908),
}

ATTRIBUTES = {
    # stadiums
    "stadium:emirates": ("stadium", "Emirates Stadium"),
    "stadium:stamford_bridge": ("stadium", "Stamford Bridge"),
    "stadium:goodison_park": ("stadium", "Goodison Park"),
    "stadium:old_trafford": ("stadium", "Old Trafford"),
    "stadium:etihad": ("stadium", "Etihad Stadium"),
    "stadium:celtic_park": ("stadium", "Celtic Park"),
    "stadium:ibrox": ("stadium", "Ibrox Stadium"),
    "stadium:bernabeu": ("stadium", "Santiago Bernabéu"),
    "stadium:metropolitano": ("stadium", "Metropolitano"),
    "stadium:camp_nou": ("stadium", "Camp Nou"),
    "stadium:allianz_arena": ("stadium", "Allianz Arena"),
    "stadium:san_siro": ("stadium", "San Siro"),
    # leagues
    "league:premier_league": ("league", "Premier League"),
    "league:scottish_premiership": ("league", "Scottish Premiership"),
    "league:la_liga": ("league", "La Liga"),
    "league:bundesliga": ("league", "Bundesliga"),
    "league:serie_a": ("league", "Serie A"),
    # cities
    "city:london": ("city", "London"),
    "city:liverpool": ("city", "Liverpool"),
    "city:manchester": ("city", "Manchester"),
    "city:glasgow": ("city", "Glasgow"),
    "city:madrid": ("city", "Madrid"),
    "city:munich": ("city", "Munich"),
    "city:milan": ("city", "Milan"),
    # managers
    "manager:mikel_arteta": ("manager", "Mikel Arteta"),
    "manager:enzo_maresca": ("manager", "Enzo Maresca"),
    "manager:david_moyes": ("manager", "David Moyes"),
    "manager:ruben_amorim": ("manager", "Ruben Amorim"),
    "manager:pep_guardiola": ("manager", "Pep Guardiola"),
    "manager:brendan_rodgers": ("manager", "Brendan Rodgers"),
    "manager:carlo_ancelotti": ("manager", "Carlo Ancelotti"),
    "manager:diego_simeone": ("manager", "Diego Simeone"),
    "manager:hansi_flick": ("manager", "Hansi Flick"),
    "manager:vincent_kompany": ("manager", "Vincent Kompany"),
    "manager:simone_inzaghi": ("manager", "Simone Inzaghi"),
    # founders
    "founder:david_danskin": ("founder", "David Danskin"),
    "founder:gus_mears": ("founder", "Gus Mears"),
    "founder:anna_connell": ("founder", "Anna Connell"),
    "founder:brother_walfrid": ("founder", "Brother Walfrid"),
    "founder:moses_mcneil": ("founder", "Moses McNeil"),
    "founder:juan_padros": ("founder", "Juan Padrós"),
    "founder:joan_gamper": ("founder", "Joan Gamper"),
    "founder:franz_john": ("founder", "Franz John"),
    "founder:herbert_kilpin": ("founder", "Herbert Kilpin"),
    # kit makers
    "kit:adidas": ("kit_maker", "adidas"),
    "kit:nike": ("kit_maker", "Nike"),
    "kit:puma": ("kit_maker", "Puma"),
    "kit:castore": ("kit_maker", "Castore"),
}

USERS = {
    "user:dara": "Dara",
    "user:felix": "Felix",
    "user:grace": "Grace",
    "user:omar": "Omar",
    "user:sian": "Sian",
}

FACTS = [
    # club, stadium, league, city, manager, founder, kit maker
    ("club:arsenal", "stadium:emirates", "league:premier_league", "city:london",
     "manager:mikel_arteta", "founder:david_danskin", "kit:adidas"),
    ("club:chelsea", "stadium:stamford_bridge", "league:premier_league", "city:london",
     "manager:enzo_maresca", "founder:gus_mears", "kit:nike"),
    ("club:everton", "stadium:goodison_park", "league:premier_league", "city:liverpool",
     "manager:david_moyes", None, "kit:castore"),
    ("club:man_united", "stadium:old_trafford", "league:premier_league", "city:manchester",
     "manager:ruben_amorim", None, "kit:adidas"),
    ("club:man_city", "stadium:etihad", "league:premier_league", "city:manchester",
     "manager:pep_guardiola", "founder:anna_connell", "kit:puma"),
    ("club:celtic", "stadium:celtic_park", "league:scottish_premiership", "city:glasgow",
     "manager:brendan_rodgers", "founder:brother_walfrid", "kit:adidas"),
    ("club:rangers", "stadium:ibrox", "league:scottish_premiership", "city:glasgow",
     None, "founder:moses_mcneil", "kit:castore"),
    ("club:real_madrid", "stadium:bernabeu", "league:la_liga", "city:madrid",
     "manager:carlo_ancelotti", "founder:juan_padros", "kit:adidas"),
    ("club:atletico", "stadium:metropolitano", "league:la_liga", "city:madrid",
     "manager:diego_simeone", None, "kit:nike"),
    ("club:barcelona", "stadium:camp_nou", "league:la_liga", None,
     "manager:hansi_flick", "founder:joan_gamper", "kit:nike"),
    ("club:bayern", "stadium:allianz_arena", "league:bundesliga", "city:munich",
     "manager:vincent_kompany", "founder:franz_john", "kit:adidas"),
    ("club:ac_milan", "stadium:san_siro", "league:serie_a", "city:milan",
     None, "founder:herbert_kilpin", "kit:puma"),
    ("club:inter", "stadium:san_siro", "league:serie_a", "city:milan",
     "manager:simone_inzaghi", None, "kit:nike"),
]

RATINGS = [
    ("user:dara", "club:arsenal", 5),
    ("user:dara", "club:chelsea", 2),
    ("user:dara", "club:celtic", 4),
    ("user:dara", "club:barcelona", 3),
    ("user:dara", "club:bayern", 5),
    ("user:felix", "club:man_city", 5),
    ("user:felix", "club:man_united", 1),
    ("user:felix", "club:real_madrid", 4),
    ("user:felix", "club:inter", 4),
    ("user:felix", "club:everton", 2),
    ("user:grace", "club:everton", 5),
    ("user:grace", "club:rangers", 3),
    ("user:grace", "club:atletico", 4),
    ("user:grace", "club:ac_milan", 5),
    ("user:grace", "club:arsenal", 2),
    ("user:omar", "club:real_madrid", 5),
    ("user:omar", "club:barcelona", 4),
    ("user:omar", "club:bayern", 3),
    ("user:omar", "club:chelsea", 4),
    ("user:omar", "club:celtic", 1),
    ("user:sian", "club:celtic", 5),
    ("user:sian", "club:man_united", 4),
    ("user:sian", "club:ac_milan", 2),
    ("user:sian", "club:inter", 5),
    ("user:sian", "club:atletico", 3),
]

RELATIONS = [
    kgx.Relation("follows", phrase="follows", inverse_phrase="is followed by",
                 domain=("user",), range=("club",)),
    kgx.Relation("home_ground", phrase="plays its home games at", inverse_phrase="is the home ground of",
                 domain=("club",), range=("stadium",)),
    kgx.Relation("competes_in", phrase="competes in", inverse_phrase="is the league of",
                 domain=("club",), range=("league",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("club",), range=("city",)),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages",
                 domain=("club",), range=("manager",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("club",), range=("founder",)),
    kgx.Relation("kit_by", phrase="wears kits made by", inverse_phrase="makes the kits of",
                 domain=("club",), range=("kit_maker",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for club, stadium, league, city, manager, founder, kit in FACTS:
        out.append((club, "home_ground", stadium))
        out.append((club, "competes_in", league))
        if city:
            out.append((club, "based_in", city))
        if manager:
            out.append((club, "managed_by", manager))
        if founder:
            out.append((club, "founded_by", founder))
        out.append((club, "kit_by", kit))
    out += [(u, "follows", c, {"rating": float(s)}) for u, c, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="club", label=lab, attrs={"year": year})
            for i, (lab, year) in CLUBS.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind36 football graph (13 clubs, 48 attributes of 6 types, 5 fans)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind36")
