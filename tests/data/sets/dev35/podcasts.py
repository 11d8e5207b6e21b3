"""A small podcast graph for the dev35 evaluation set.

``build()`` returns a ``kgexplain.KnowledgeGraph``: podcasts (items, ``year`` = launch year),
hosts, networks, topics, countries and guests (attributes), and four listeners (users) with
ratings. Relations declare only ``phrase`` / ``inverse_phrase``.
"""

from __future__ import annotations

import kgexplain as kgx

PODCASTS = {
    "podcast:deep_orbit": ("Deep Orbit", 2016),
    "podcast:kitchen_table": ("The Kitchen Table", 2018),
    "podcast:cold_case_files": ("Cold Case Files", 2014),
    "podcast:market_pulse": ("Market Pulse", 2019),
    "podcast:rewind": ("Rewind", 2012),
    "podcast:the_long_run": ("The Long Run", 2020),
    "podcast:night_shift_stories": ("Night Shift Stories", 2017),
    "podcast:byte_sized": ("Byte Sized", 2015),
    "podcast:green_thumb_radio": ("Green Thumb Radio", 2021),
    "podcast:lost_languages": ("Lost Languages", 2013),
    "podcast:pitch_side": ("Pitch Side", 2011),
    "podcast:open_mic_hour": ("Open Mic Hour", 2022),
}

ATTRIBUTES = {
    "host:nadia_brooks": ("host", "Nadia Brooks"),
    "host:sam_okoro": ("host", "Sam Okoro"),
    "host:lucia_ferrante": ("host", "Lucia Ferrante"),
    "host:ethan_cole": ("host", "Ethan Cole"),
    "host:mira_lindqvist": ("host", "Mira Lindqvist"),
    "host:tom_hale": ("host", "Tom Hale"),
    "host:aiko_mori": ("host", "Aiko Mori"),
    "host:rafael_duarte": ("host", "Rafael Duarte"),
    "network:lanternfish": ("network", "Lanternfish Audio"),
    "network:wavelength": ("network", "Wavelength Media"),
    "network:harbor_sound": ("network", "Harbor Sound"),
    "network:static_collective": ("network", "Static Collective"),
    "topic:science": ("topic", "science"),
    "topic:true_crime": ("topic", "true crime"),
    "topic:cooking": ("topic", "cooking"),
    "topic:personal_finance": ("topic", "personal finance"),
    "topic:history": ("topic", "history"),
    "topic:running": ("topic", "running"),
    "topic:technology": ("topic", "technology"),
    "topic:gardening": ("topic", "gardening"),
    "topic:comedy": ("topic", "comedy"),
    "topic:linguistics": ("topic", "linguistics"),
    "topic:football": ("topic", "football"),
    "country:canada": ("country", "Canada"),
    "country:ireland": ("country", "Ireland"),
    "country:australia": ("country", "Australia"),
    "country:uk": ("country", "the United Kingdom"),
    "guest:priya_raman": ("guest", "Priya Raman"),
    "guest:jonah_wilde": ("guest", "Jonah Wilde"),
    "guest:keiko_tanaka": ("guest", "Keiko Tanaka"),
    "guest:marcus_bell": ("guest", "Marcus Bell"),
    "guest:greta_holm": ("guest", "Greta Holm"),
    "guest:leo_park": ("guest", "Leo Park"),
}

USERS = {"user:ava": "Ava", "user:ben": "Ben", "user:chloe": "Chloe", "user:dev": "Dev"}

FACTS = [
    # podcast, hosts, network, topics, country, guests
    ("podcast:deep_orbit", ["host:nadia_brooks"], "network:lanternfish", ["topic:science"],
     "country:canada", ["guest:priya_raman", "guest:keiko_tanaka"]),
    ("podcast:kitchen_table", ["host:lucia_ferrante", "host:tom_hale"], "network:wavelength",
     ["topic:cooking"], "country:ireland", ["guest:marcus_bell"]),
    ("podcast:cold_case_files", ["host:ethan_cole"], "network:harbor_sound", ["topic:true_crime"],
     "country:uk", ["guest:jonah_wilde"]),
    ("podcast:market_pulse", ["host:sam_okoro"], "network:static_collective",
     ["topic:personal_finance"], "country:canada", ["guest:greta_holm"]),
    ("podcast:rewind", ["host:mira_lindqvist"], "network:lanternfish", ["topic:history"],
     "country:uk", ["guest:jonah_wilde", "guest:leo_park"]),
    ("podcast:the_long_run", ["host:rafael_duarte"], "network:wavelength", ["topic:running"],
     "country:australia", []),
    ("podcast:night_shift_stories", ["host:ethan_cole", "host:aiko_mori"], "network:harbor_sound",
     ["topic:true_crime", "topic:comedy"], "country:australia", []),
    ("podcast:byte_sized", ["host:aiko_mori"], "network:static_collective",
     ["topic:technology", "topic:science"], "country:australia", ["guest:priya_raman"]),
    ("podcast:green_thumb_radio", ["host:tom_hale"], None, ["topic:gardening"], "country:ireland",
     ["guest:greta_holm"]),
    ("podcast:lost_languages", ["host:nadia_brooks", "host:mira_lindqvist"], "network:lanternfish",
     ["topic:linguistics", "topic:history"], "country:canada", ["guest:keiko_tanaka"]),
    ("podcast:pitch_side", ["host:sam_okoro"], "network:wavelength", ["topic:football"],
     "country:uk", ["guest:leo_park"]),
    ("podcast:open_mic_hour", ["host:lucia_ferrante"], None, ["topic:comedy"], "country:ireland",
     ["guest:marcus_bell"]),
]

RATINGS = [
    ("user:ava", "podcast:deep_orbit", 5),
    ("user:ava", "podcast:byte_sized", 4),
    ("user:ava", "podcast:cold_case_files", 2),
    ("user:ava", "podcast:lost_languages", 5),
    ("user:ben", "podcast:pitch_side", 5),
    ("user:ben", "podcast:the_long_run", 4),
    ("user:ben", "podcast:market_pulse", 3),
    ("user:ben", "podcast:kitchen_table", 1),
    ("user:chloe", "podcast:night_shift_stories", 5),
    ("user:chloe", "podcast:cold_case_files", 4),
    ("user:chloe", "podcast:open_mic_hour", 3),
    ("user:chloe", "podcast:rewind", 2),
    ("user:dev", "podcast:kitchen_table", 5),
    ("user:dev", "podcast:green_thumb_radio", 4),
    ("user:dev", "podcast:deep_orbit", 3),
    ("user:dev", "podcast:market_pulse", 1),
]

RELATIONS = [
    kgx.Relation("listened_to", phrase="listened to", inverse_phrase="was heard by",
                 domain=("user",), range=("podcast",)),
    kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts",
                 domain=("podcast",), range=("host",)),
    kgx.Relation("network", phrase="is produced by", inverse_phrase="produces",
                 domain=("podcast",), range=("network",)),
    kgx.Relation("about", phrase="is about", inverse_phrase="is the topic of",
                 domain=("podcast",), range=("topic",)),
    kgx.Relation("country", phrase="is from", inverse_phrase="is the home country of",
                 domain=("podcast",), range=("country",)),
    kgx.Relation("guest", phrase="featured", inverse_phrase="appeared on",
                 domain=("podcast",), range=("guest",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for pod, hosts, network, topics, country, guests in FACTS:
        out += [(pod, "hosted_by", h) for h in hosts]
        if network:
            out.append((pod, "network", network))
        out += [(pod, "about", t) for t in topics]
        out.append((pod, "country", country))
        out += [(pod, "guest", g) for g in guests]
    out += [(u, "listened_to", p, {"rating": float(s)}) for u, p, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="podcast", label=lab, attrs={"year": year})
            for i, (lab, year) in PODCASTS.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The podcasts graph (12 podcasts, 33 attributes, 4 listeners)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="podcasts")
