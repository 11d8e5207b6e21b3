"""A small novels graph for the blind37 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with novels (items,
with the year of first publication), authors, publishers, translators, settings, literary prizes
and series (attributes), and a few readers (users) with ratings. Relations declare only
``phrase`` / ``inverse_phrase``, as a new user of the library would.
"""

from __future__ import annotations

import kgexplain as kgx

NOVELS = {
    # id: (label, year first published)
    "novel:name_of_the_rose": ("The Name of the Rose", 1980),
    "novel:foucaults_pendulum": ("Foucault's Pendulum", 1988),
    "novel:my_brilliant_friend": ("My Brilliant Friend", 2011),
    "novel:story_of_a_new_name": ("The Story of a New Name", 2012),
    "novel:story_of_the_lost_child": ("The Story of the Lost Child", 2014),
    "novel:wolf_hall": ("Wolf Hall", 2009),
    "novel:bring_up_the_bodies": ("Bring Up the Bodies", 2012),
    "novel:remains_of_the_day": ("The Remains of the Day", 1989),
    "novel:never_let_me_go": ("Never Let Me Go", 2005),
    "novel:kafka_on_the_shore": ("Kafka on the Shore", 2002),
    "novel:norwegian_wood": ("Norwegian Wood", 1987),
    "novel:1q84": ("1Q84", 2009),
    "novel:flights": ("Flights", 2007),
    "novel:drive_your_plow": ("Drive Your Plow Over the Bones of the Dead", 2009),
    "novel:shadow_of_the_wind": ("The Shadow of the Wind", 2001),
    "novel:angels_game": ("The Angel's Game", 2008),
    "novel:the_vegetarian": ("The Vegetarian", 2007),
}

ATTRIBUTES = {
    # authors
    "author:umberto_eco": ("author", "Umberto Eco"),
    "author:elena_ferrante": ("author", "Elena Ferrante"),
    "author:hilary_mantel": ("author", "Hilary Mantel"),
    "author:kazuo_ishiguro": ("author", "Kazuo Ishiguro"),
    "author:haruki_murakami": ("author", "Haruki Murakami"),
    "author:olga_tokarczuk": ("author", "Olga Tokarczuk"),
    "author:carlos_ruiz_zafon": ("author", "Carlos Ruiz Zafón"),
    "author:han_kang": ("author", "Han Kang"),
    # translators
    "translator:william_weaver": ("translator", "William Weaver"),
    "translator:ann_goldstein": ("translator", "Ann Goldstein"),
    "translator:philip_gabriel": ("translator", "Philip Gabriel"),
    "translator:jay_rubin": ("translator", "Jay Rubin"),
    "translator:jennifer_croft": ("translator", "Jennifer Croft"),
    "translator:antonia_lloyd_jones": ("translator", "Antonia Lloyd-Jones"),
    "translator:lucia_graves": ("translator", "Lucia Graves"),
    "translator:deborah_smith": ("translator", "Deborah Smith"),
    # publishers
    "publisher:harcourt": ("publisher", "Harcourt"),
    "publisher:europa_editions": ("publisher", "Europa Editions"),
    "publisher:fourth_estate": ("publisher", "Fourth Estate"),
    "publisher:faber": ("publisher", "Faber & Faber"),
    "publisher:harvill_secker": ("publisher", "Harvill Secker"),
    "publisher:fitzcarraldo": ("publisher", "Fitzcarraldo Editions"),
    "publisher:weidenfeld": ("publisher", "Weidenfeld & Nicolson"),
    "publisher:portobello": ("publisher", "Portobello Books"),
    # settings (places, and a few kinds of place in lower case)
    "setting:italy": ("setting", "Italy"),
    "setting:medieval_abbey": ("setting", "medieval abbey"),
    "setting:milan": ("setting", "Milan"),
    "setting:paris": ("setting", "Paris"),
    "setting:naples": ("setting", "Naples"),
    "setting:london": ("setting", "London"),
    "setting:england": ("setting", "England"),
    "setting:country_house": ("setting", "country house"),
    "setting:boarding_school": ("setting", "boarding school"),
    "setting:tokyo": ("setting", "Tokyo"),
    "setting:poland": ("setting", "Poland"),
    "setting:barcelona": ("setting", "Barcelona"),
    "setting:seoul": ("setting", "Seoul"),
    # literary prizes
    "prize:strega": ("prize", "Strega Prize"),
    "prize:booker": ("prize", "Booker Prize"),
    "prize:international_booker": ("prize", "International Booker Prize"),
    "prize:world_fantasy": ("prize", "World Fantasy Award"),
    # series
    "series:neapolitan": ("series", "Neapolitan Novels"),
    "series:wolf_hall_trilogy": ("series", "Wolf Hall trilogy"),
    "series:cemetery_of_forgotten_books": ("series", "The Cemetery of Forgotten Books"),
}

USERS = {
    "user:ada": "Ada",
    "user:bruno": "Bruno",
    "user:chiara": "Chiara",
    "user:dev": "Dev",
    "user:emi": "Emi",
}

FACTS = [
    # novel, author, translators, publisher, settings, prizes, series
    ("novel:name_of_the_rose", "author:umberto_eco", ["translator:william_weaver"], "publisher:harcourt",
     ["setting:italy", "setting:medieval_abbey"], ["prize:strega"], None),
    ("novel:foucaults_pendulum", "author:umberto_eco", ["translator:william_weaver"], "publisher:harcourt",
     ["setting:milan", "setting:paris"], [], None),
    ("novel:my_brilliant_friend", "author:elena_ferrante", ["translator:ann_goldstein"],
     "publisher:europa_editions", ["setting:naples"], [], "series:neapolitan"),
    ("novel:story_of_a_new_name", "author:elena_ferrante", ["translator:ann_goldstein"],
     "publisher:europa_editions", ["setting:naples"], [], "series:neapolitan"),
    ("novel:story_of_the_lost_child", "author:elena_ferrante", ["translator:ann_goldstein"],
     "publisher:europa_editions", ["setting:naples"], [], "series:neapolitan"),
    ("novel:wolf_hall", "author:hilary_mantel", [], "publisher:fourth_estate",
     ["setting:london"], ["prize:booker"], "series:wolf_hall_trilogy"),
    ("novel:bring_up_the_bodies", "author:hilary_mantel", [], "publisher:fourth_estate",
     ["setting:london"], ["prize:booker"], "series:wolf_hall_trilogy"),
    ("novel:remains_of_the_day", "author:kazuo_ishiguro", [], "publisher:faber",
     ["setting:england", "setting:country_house"], ["prize:booker"], None),
    ("novel:never_let_me_go", "author:kazuo_ishiguro", [], "publisher:faber",
     ["setting:england", "setting:boarding_school"], [], None),
    ("novel:kafka_on_the_shore", "author:haruki_murakami", ["translator:philip_gabriel"],
     "publisher:harvill_secker", ["setting:tokyo"], ["prize:world_fantasy"], None),
    ("novel:norwegian_wood", "author:haruki_murakami", ["translator:jay_rubin"],
     "publisher:harvill_secker", ["setting:tokyo"], [], None),
    ("novel:1q84", "author:haruki_murakami", ["translator:jay_rubin", "translator:philip_gabriel"],
     "publisher:harvill_secker", ["setting:tokyo"], [], None),
    ("novel:flights", "author:olga_tokarczuk", ["translator:jennifer_croft"], "publisher:fitzcarraldo",
     [], ["prize:international_booker"], None),
    ("novel:drive_your_plow", "author:olga_tokarczuk", ["translator:antonia_lloyd_jones"],
     "publisher:fitzcarraldo", ["setting:poland"], [], None),
    ("novel:shadow_of_the_wind", "author:carlos_ruiz_zafon", ["translator:lucia_graves"],
     "publisher:weidenfeld", ["setting:barcelona"], [], "series:cemetery_of_forgotten_books"),
    ("novel:angels_game", "author:carlos_ruiz_zafon", ["translator:lucia_graves"],
     "publisher:weidenfeld", ["setting:barcelona"], [], "series:cemetery_of_forgotten_books"),
    ("novel:the_vegetarian", "author:han_kang", ["translator:deborah_smith"], "publisher:portobello",
     ["setting:seoul"], ["prize:international_booker"], None),
]

RATINGS = [
    ("user:ada", "novel:name_of_the_rose", 5),
    ("user:ada", "novel:foucaults_pendulum", 3),
    ("user:ada", "novel:wolf_hall", 4),
    ("user:ada", "novel:remains_of_the_day", 5),
    ("user:ada", "novel:flights", 2),
    ("user:bruno", "novel:my_brilliant_friend", 5),
    ("user:bruno", "novel:story_of_a_new_name", 4),
    ("user:bruno", "novel:story_of_the_lost_child", 2),
    ("user:bruno", "novel:shadow_of_the_wind", 4),
    ("user:bruno", "novel:the_vegetarian", 3),
    ("user:chiara", "novel:kafka_on_the_shore", 4),
    ("user:chiara", "novel:norwegian_wood", 1),
    ("user:chiara", "novel:1q84", 3),
    ("user:chiara", "novel:never_let_me_go", 5),
    ("user:chiara", "novel:bring_up_the_bodies", 4),
    ("user:dev", "novel:shadow_of_the_wind", 5),
    ("user:dev", "novel:angels_game", 3),
    ("user:dev", "novel:drive_your_plow", 4),
    ("user:dev", "novel:the_vegetarian", 5),
    ("user:dev", "novel:name_of_the_rose", 2),
    ("user:emi", "novel:flights", 5),
    ("user:emi", "novel:remains_of_the_day", 3),
    ("user:emi", "novel:kafka_on_the_shore", 5),
    ("user:emi", "novel:my_brilliant_friend", 4),
    ("user:emi", "novel:wolf_hall", 1),
]

RELATIONS = [
    kgx.Relation("read", phrase="read", inverse_phrase="was read by", domain=("user",), range=("novel",)),
    kgx.Relation("written_by", phrase="is written by", inverse_phrase="wrote",
                 domain=("novel",), range=("author",)),
    kgx.Relation("translated_by", phrase="is translated by", inverse_phrase="translated",
                 domain=("novel",), range=("translator",)),
    kgx.Relation("published_by", phrase="is published by", inverse_phrase="publishes",
                 domain=("novel",), range=("publisher",)),
    kgx.Relation("set_in", phrase="is set in", inverse_phrase="is the setting of",
                 domain=("novel",), range=("setting",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was awarded to", domain=("novel",), range=("prize",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes",
                 domain=("novel",), range=("series",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for novel, author, translators, publisher, settings, prizes, series in FACTS:
        out.append((novel, "written_by", author))
        out += [(novel, "translated_by", t) for t in translators]
        out.append((novel, "published_by", publisher))
        out += [(novel, "set_in", s) for s in settings]
        out += [(novel, "won", p) for p in prizes]
        if series:
            out.append((novel, "part_of", series))
    out += [(u, "read", n, {"rating": float(s)}) for u, n, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [
        kgx.Entity(i, kind="item", type="novel", label=lab, attrs={"year": year})
        for i, (lab, year) in NOVELS.items()
    ]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind37 novels graph (17 novels, 44 attributes, 5 readers)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind37")
