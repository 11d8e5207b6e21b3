"""blind158: a small graph of real artificial satellites."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("satellite",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("satellite",), range=("organisation",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=("satellite",), range=("organisation",)),
    kgx.Relation("launched_on", phrase="was launched on", inverse_phrase="carried",
                 domain=("satellite",), range=("launch_vehicle",)),
    kgx.Relation("launched_from", phrase="was launched from", inverse_phrase="was the launch site of",
                 domain=("satellite",), range=("launch_site",)),
    kgx.Relation("placed_in", phrase="was placed in", inverse_phrase="is the orbit of",
                 domain=("satellite",), range=("orbit",)),
    kgx.Relation("satellite_class", phrase="is a", inverse_phrase="includes",
                 domain=("satellite",), range=("satellite_class",)),
]

_SATELLITES = [
    ("sputnik_1", "Sputnik 1", 1957, ()),
    ("explorer_1", "Explorer 1", 1958, ()),
    ("vanguard_1", "Vanguard 1", 1958, ()),
    ("tiros_1", "TIROS-1", 1960, ()),
    ("telstar_1", "Telstar 1", 1962, ()),
    ("ariel_1", "Ariel 1", 1962, ()),
    ("syncom_3", "Syncom 3", 1964, ()),
    ("intelsat_i", "Intelsat I", 1965, ("Early Bird",)),
    ("dong_fang_hong_1", "Dong Fang Hong 1", 1970, ()),
    ("landsat_1", "Landsat 1", 1972, ()),
    ("aryabhata", "Aryabhata", 1975, ()),
    ("meteosat_1", "Meteosat-1", 1977, ()),
    ("navstar_1", "Navstar 1", 1978, ()),
    ("hubble", "Hubble Space Telescope", 1990, ("Hubble",)),
    ("chandra", "Chandra X-ray Observatory", 1999, ("Chandra",)),
    ("xmm_newton", "XMM-Newton", 1999, ()),
    ("envisat", "Envisat", 2002, ()),
    ("giove_a", "GIOVE-A", 2005, ()),
    ("sentinel_2a", "Sentinel-2A", 2015, ()),
]

_ATTRIBUTES = [
    # organisations (builders and operators)
    ("organisation:okb_1", "organisation", "OKB-1"),
    ("organisation:jpl", "organisation", "Jet Propulsion Laboratory"),
    ("organisation:nrl", "organisation", "Naval Research Laboratory"),
    ("organisation:rca", "organisation", "RCA"),
    ("organisation:nasa", "organisation", "NASA"),
    ("organisation:bell_labs", "organisation", "Bell Labs"),
    ("organisation:att", "organisation", "AT&T"),
    ("organisation:goddard", "organisation", "Goddard Space Flight Center"),
    ("organisation:hughes", "organisation", "Hughes Aircraft"),
    ("organisation:intelsat", "organisation", "Intelsat"),
    ("organisation:cast", "organisation", "China Academy of Space Technology"),
    ("organisation:general_electric", "organisation", "General Electric"),
    ("organisation:isro", "organisation", "ISRO"),
    ("organisation:esa", "organisation", "European Space Agency"),
    ("organisation:rockwell", "organisation", "Rockwell International"),
    ("organisation:usaf", "organisation", "United States Air Force"),
    ("organisation:lockheed", "organisation", "Lockheed"),
    ("organisation:trw", "organisation", "TRW"),
    ("organisation:astrium", "organisation", "Astrium"),
    ("organisation:sstl", "organisation", "Surrey Satellite Technology"),
    ("organisation:airbus_ds", "organisation", "Airbus Defence and Space"),
    # launch vehicles
    ("launch_vehicle:sputnik_rocket", "launch_vehicle", "Sputnik rocket"),
    ("launch_vehicle:juno_i", "launch_vehicle", "Juno I"),
    ("launch_vehicle:vanguard", "launch_vehicle", "Vanguard rocket"),
    ("launch_vehicle:thor_able", "launch_vehicle", "Thor-Able"),
    ("launch_vehicle:thor_delta", "launch_vehicle", "Thor-Delta"),
    ("launch_vehicle:delta_d", "launch_vehicle", "Delta D"),
    ("launch_vehicle:long_march_1", "launch_vehicle", "Long March 1"),
    ("launch_vehicle:delta_900", "launch_vehicle", "Delta 900"),
    ("launch_vehicle:kosmos_3m", "launch_vehicle", "Kosmos-3M"),
    ("launch_vehicle:delta_2914", "launch_vehicle", "Delta 2914"),
    ("launch_vehicle:atlas_f", "launch_vehicle", "Atlas F"),
    ("launch_vehicle:discovery", "launch_vehicle", "Space Shuttle Discovery"),
    ("launch_vehicle:columbia", "launch_vehicle", "Space Shuttle Columbia"),
    ("launch_vehicle:ariane_5", "launch_vehicle", "Ariane 5"),
    ("launch_vehicle:soyuz_fg", "launch_vehicle", "Soyuz-FG"),
    ("launch_vehicle:vega", "launch_vehicle", "Vega"),
    # launch sites
    ("launch_site:baikonur", "launch_site", "Baikonur Cosmodrome"),
    ("launch_site:cape_canaveral", "launch_site", "Cape Canaveral"),
    ("launch_site:jiuquan", "launch_site", "Jiuquan Satellite Launch Center"),
    ("launch_site:vandenberg", "launch_site", "Vandenberg Air Force Base"),
    ("launch_site:kapustin_yar", "launch_site", "Kapustin Yar"),
    ("launch_site:kennedy", "launch_site", "Kennedy Space Center"),
    ("launch_site:kourou", "launch_site", "Guiana Space Centre"),
    # orbits
    ("orbit:leo", "orbit", "low Earth orbit"),
    ("orbit:meo", "orbit", "medium Earth orbit"),
    ("orbit:geo", "orbit", "geostationary orbit"),
    ("orbit:sso", "orbit", "sun-synchronous orbit"),
    ("orbit:heo", "orbit", "highly elliptical orbit"),
    # satellite classes
    ("satellite_class:communications", "satellite_class", "communications satellite"),
    ("satellite_class:weather", "satellite_class", "weather satellite"),
    ("satellite_class:earth_observation", "satellite_class", "Earth observation satellite"),
    ("satellite_class:navigation", "satellite_class", "navigation satellite"),
    ("satellite_class:scientific", "satellite_class", "scientific satellite"),
    ("satellite_class:space_telescope", "satellite_class", "space telescope"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in _SATELLITES:
        out.append(kgx.Entity(f"satellite:{slug}", kind="item", type="satellite", label=label,
                              aliases=tuple(aliases), attrs={"year": year}))
    for eid, etype, label in _ATTRIBUTES:
        out.append(kgx.Entity(eid, kind="attribute", type=etype, label=label))
    for u in _USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


_FACTS = {
    "sputnik_1": {"built_by": ["okb_1"], "launched_on": ["sputnik_rocket"],
                  "launched_from": ["baikonur"], "placed_in": ["leo"]},
    "explorer_1": {"built_by": ["jpl"], "launched_on": ["juno_i"],
                   "launched_from": ["cape_canaveral"], "satellite_class": ["scientific"]},
    "vanguard_1": {"built_by": ["nrl"], "launched_on": ["vanguard"],
                   "launched_from": ["cape_canaveral"], "satellite_class": ["scientific"]},
    "tiros_1": {"built_by": ["rca"], "operated_by": ["nasa"], "launched_on": ["thor_able"],
                "launched_from": ["cape_canaveral"], "placed_in": ["leo"],
                "satellite_class": ["weather"]},
    "telstar_1": {"built_by": ["bell_labs"], "operated_by": ["att"], "launched_on": ["thor_delta"],
                  "launched_from": ["cape_canaveral"], "satellite_class": ["communications"]},
    "ariel_1": {"built_by": ["goddard"], "launched_on": ["thor_delta"],
                "launched_from": ["cape_canaveral"], "satellite_class": ["scientific"]},
    "syncom_3": {"built_by": ["hughes"], "operated_by": ["nasa"], "launched_on": ["delta_d"],
                 "launched_from": ["cape_canaveral"], "placed_in": ["geo"],
                 "satellite_class": ["communications"]},
    "intelsat_i": {"built_by": ["hughes"], "operated_by": ["intelsat"], "launched_on": ["delta_d"],
                   "launched_from": ["cape_canaveral"], "placed_in": ["geo"],
                   "satellite_class": ["communications"]},
    "dong_fang_hong_1": {"built_by": ["cast"], "launched_on": ["long_march_1"],
                         "launched_from": ["jiuquan"], "placed_in": ["leo"]},
    "landsat_1": {"built_by": ["general_electric"], "operated_by": ["nasa"],
                  "launched_on": ["delta_900"], "launched_from": ["vandenberg"],
                  "placed_in": ["sso"], "satellite_class": ["earth_observation"]},
    "aryabhata": {"built_by": ["isro"], "operated_by": ["isro"], "launched_on": ["kosmos_3m"],
                  "launched_from": ["kapustin_yar"], "placed_in": ["leo"],
                  "satellite_class": ["scientific"]},
    "meteosat_1": {"operated_by": ["esa"], "launched_on": ["delta_2914"],
                   "launched_from": ["cape_canaveral"], "placed_in": ["geo"],
                   "satellite_class": ["weather"]},
    "navstar_1": {"built_by": ["rockwell"], "operated_by": ["usaf"], "launched_on": ["atlas_f"],
                  "launched_from": ["vandenberg"], "placed_in": ["meo"],
                  "satellite_class": ["navigation"]},
    "hubble": {"built_by": ["lockheed"], "operated_by": ["nasa"], "launched_on": ["discovery"],
               "launched_from": ["kennedy"], "placed_in": ["leo"],
               "satellite_class": ["space_telescope"]},
    "chandra": {"built_by": ["trw"], "operated_by": ["nasa"], "launched_on": ["columbia"],
                "launched_from": ["kennedy"], "placed_in": ["heo"],
                "satellite_class": ["space_telescope"]},
    "xmm_newton": {"operated_by": ["esa"], "launched_on": ["ariane_5"],
                   "launched_from": ["kourou"], "placed_in": ["heo"],
                   "satellite_class": ["space_telescope"]},
    "envisat": {"built_by": ["astrium"], "operated_by": ["esa"], "launched_on": ["ariane_5"],
                "launched_from": ["kourou"], "placed_in": ["sso"],
                "satellite_class": ["earth_observation"]},
    "giove_a": {"built_by": ["sstl"], "operated_by": ["esa"], "launched_on": ["soyuz_fg"],
                "launched_from": ["baikonur"], "placed_in": ["meo"],
                "satellite_class": ["navigation"]},
    "sentinel_2a": {"built_by": ["airbus_ds"], "operated_by": ["esa"], "launched_on": ["vega"],
                    "launched_from": ["kourou"], "placed_in": ["sso"],
                    "satellite_class": ["earth_observation"]},
}

_TAIL_TYPE = {"built_by": "organisation", "operated_by": "organisation",
              "launched_on": "launch_vehicle", "launched_from": "launch_site",
              "placed_in": "orbit", "satellite_class": "satellite_class"}

_RATINGS = {
    "ana": {"hubble": 5.0, "sputnik_1": 4.5, "landsat_1": 2.0, "telstar_1": 3.0},
    "ben": {"explorer_1": 4.0, "chandra": 1.5, "syncom_3": 5.0, "envisat": 3.5},
    "chen": {"giove_a": 4.5, "aryabhata": 2.0, "tiros_1": 1.0, "xmm_newton": 4.0},
    "dara": {"vanguard_1": 3.0, "meteosat_1": 5.0, "dong_fang_hong_1": 0.5, "sentinel_2a": 4.5},
    "emil": {"intelsat_i": 2.5, "navstar_1": 4.0, "ariel_1": 1.5, "hubble": 3.5},
}


def rows():
    out = []
    for sat, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"satellite:{sat}", rel, f"{_TAIL_TYPE[rel]}:{t}"))
    for user, ratings in _RATINGS.items():
        for sat, r in ratings.items():
            out.append((f"user:{user}", "rated", f"satellite:{sat}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind158")
