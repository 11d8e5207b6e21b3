"""A small graph of famous speeches (blind206)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("speech",)),
    kgx.Relation("delivered_by", phrase="was delivered by", inverse_phrase="delivered", domain=("speech",), range=("person",)),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote", domain=("speech",), range=("person",)),
    kgx.Relation("delivered_in", phrase="was delivered in", inverse_phrase="was the setting of", domain=("speech",), range=("city",)),
    kgx.Relation("delivered_at", phrase="was delivered at", inverse_phrase="was the venue of", domain=("speech",), range=("venue",)),
    kgx.Relation("has_form", phrase="is a", inverse_phrase="is the form of", domain=("speech",), range=("form",)),
    kgx.Relation("in_language", phrase="was given in", inverse_phrase="was the language of", domain=("speech",), range=("language",)),
]

SPEECHES = [
    ("gettysburg_address", "Gettysburg Address", 1863),
    ("i_have_a_dream", "I Have a Dream", 1963),
    ("fight_on_the_beaches", "We Shall Fight on the Beaches", 1940),
    ("their_finest_hour", "Their Finest Hour", 1940),
    ("kennedy_inaugural", "Kennedy's Inaugural Address", 1961),
    ("lincoln_second_inaugural", "Lincoln's Second Inaugural Address", 1865),
    ("roosevelt_first_inaugural", "Roosevelt's First Inaugural Address", 1933),
    ("day_of_infamy", "Day of Infamy speech", 1941),
    ("ich_bin_ein_berliner", "Ich bin ein Berliner", 1963),
    ("tear_down_this_wall", "Tear Down This Wall", 1987),
    ("challenger_address", "Challenger Disaster Address", 1986),
    ("appeal_of_18_june", "Appeal of 18 June", 1940),
    ("tryst_with_destiny", "Tryst with Destiny", 1947),
    ("i_am_prepared_to_die", "I Am Prepared to Die", 1964),
    ("aint_i_a_woman", "Ain't I a Woman?", 1851),
    ("stanford_commencement", "Stanford Commencement Address", 2005),
    ("tilbury_speech", "Speech to the Troops at Tilbury", 1588),
    ("mountaintop", "I've Been to the Mountaintop", 1968),
]

PEOPLE = {
    "abraham_lincoln": "Abraham Lincoln",
    "martin_luther_king": "Martin Luther King Jr.",
    "winston_churchill": "Winston Churchill",
    "john_f_kennedy": "John F. Kennedy",
    "franklin_d_roosevelt": "Franklin D. Roosevelt",
    "ronald_reagan": "Ronald Reagan",
    "charles_de_gaulle": "Charles de Gaulle",
    "jawaharlal_nehru": "Jawaharlal Nehru",
    "nelson_mandela": "Nelson Mandela",
    "sojourner_truth": "Sojourner Truth",
    "steve_jobs": "Steve Jobs",
    "elizabeth_i": "Elizabeth I",
    "ted_sorensen": "Ted Sorensen",
    "peter_robinson": "Peter Robinson",
    "peggy_noonan": "Peggy Noonan",
}

CITIES = {
    "gettysburg": "Gettysburg",
    "washington_dc": "Washington, D.C.",
    "london": "London",
    "west_berlin": "West Berlin",
    "new_delhi": "New Delhi",
    "pretoria": "Pretoria",
    "akron": "Akron",
    "stanford": "Stanford",
    "tilbury": "Tilbury",
    "memphis": "Memphis",
}

VENUES = {
    "soldiers_national_cemetery": "Soldiers' National Cemetery",
    "lincoln_memorial": "Lincoln Memorial",
    "house_of_commons": "House of Commons",
    "us_capitol": "United States Capitol",
    "rathaus_schoeneberg": "Rathaus Schöneberg",
    "brandenburg_gate": "Brandenburg Gate",
    "oval_office": "Oval Office",
    "broadcasting_house": "Broadcasting House",
    "parliament_house_delhi": "Parliament House",
    "palace_of_justice_pretoria": "Palace of Justice",
    "stanford_stadium": "Stanford Stadium",
    "mason_temple": "Mason Temple",
}

FORMS = {
    "inaugural_address": "inaugural address",
    "parliamentary_speech": "parliamentary speech",
    "radio_address": "radio address",
    "televised_address": "televised address",
    "commencement_address": "commencement address",
    "courtroom_speech": "courtroom speech",
    "dedication_speech": "dedication speech",
    "address_to_troops": "address to troops",
}

LANGUAGES = {
    "english": "English",
    "french": "French",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# speech slug: (speaker, city, venue or None, form or None, language or None, writer or None)
FACTS = {
    "gettysburg_address": ("abraham_lincoln", "gettysburg", "soldiers_national_cemetery", "dedication_speech", "english", "abraham_lincoln"),
    "i_have_a_dream": ("martin_luther_king", "washington_dc", "lincoln_memorial", None, "english", None),
    "fight_on_the_beaches": ("winston_churchill", "london", "house_of_commons", "parliamentary_speech", "english", None),
    "their_finest_hour": ("winston_churchill", "london", "house_of_commons", "parliamentary_speech", "english", None),
    "kennedy_inaugural": ("john_f_kennedy", "washington_dc", "us_capitol", "inaugural_address", "english", "ted_sorensen"),
    "lincoln_second_inaugural": ("abraham_lincoln", "washington_dc", "us_capitol", "inaugural_address", "english", None),
    "roosevelt_first_inaugural": ("franklin_d_roosevelt", "washington_dc", "us_capitol", "inaugural_address", "english", None),
    "day_of_infamy": ("franklin_d_roosevelt", "washington_dc", "us_capitol", None, "english", None),
    "ich_bin_ein_berliner": ("john_f_kennedy", "west_berlin", "rathaus_schoeneberg", None, None, None),
    "tear_down_this_wall": ("ronald_reagan", "west_berlin", "brandenburg_gate", None, "english", "peter_robinson"),
    "challenger_address": ("ronald_reagan", "washington_dc", "oval_office", "televised_address", "english", "peggy_noonan"),
    "appeal_of_18_june": ("charles_de_gaulle", "london", "broadcasting_house", "radio_address", "french", None),
    "tryst_with_destiny": ("jawaharlal_nehru", "new_delhi", "parliament_house_delhi", None, "english", None),
    "i_am_prepared_to_die": ("nelson_mandela", "pretoria", "palace_of_justice_pretoria", "courtroom_speech", "english", None),
    "aint_i_a_woman": ("sojourner_truth", "akron", None, None, None, None),
    "stanford_commencement": ("steve_jobs", "stanford", "stanford_stadium", "commencement_address", "english", None),
    "tilbury_speech": ("elizabeth_i", "tilbury", None, "address_to_troops", None, None),
    "mountaintop": ("martin_luther_king", "memphis", "mason_temple", None, "english", None),
}

RATINGS = {
    "ana": {"gettysburg_address": 5.0, "i_have_a_dream": 4.5, "tear_down_this_wall": 2.0, "stanford_commencement": 3.5},
    "ben": {"fight_on_the_beaches": 4.0, "their_finest_hour": 1.5, "appeal_of_18_june": 5.0, "tilbury_speech": 3.0},
    "chen": {"tryst_with_destiny": 4.5, "i_am_prepared_to_die": 5.0, "aint_i_a_woman": 2.5, "kennedy_inaugural": 1.0},
    "dara": {"mountaintop": 4.0, "challenger_address": 3.0, "day_of_infamy": 0.5, "roosevelt_first_inaugural": 4.5},
    "emil": {"ich_bin_ein_berliner": 5.0, "stanford_commencement": 2.0, "lincoln_second_inaugural": 4.0, "gettysburg_address": 3.5},
}


def entities():
    out = []
    for slug, label, year in SPEECHES:
        out.append(kgx.Entity(f"speech:{slug}", kind="item", type="speech", label=label, attrs={"year": year}))
    for prefix, table in (("person", PEOPLE), ("city", CITIES), ("venue", VENUES),
                          ("form", FORMS), ("language", LANGUAGES)):
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, (speaker, city, venue, form, language, writer) in FACTS.items():
        s = f"speech:{slug}"
        out.append((s, "delivered_by", f"person:{speaker}"))
        out.append((s, "delivered_in", f"city:{city}"))
        if venue:
            out.append((s, "delivered_at", f"venue:{venue}"))
        if form:
            out.append((s, "has_form", f"form:{form}"))
        if language:
            out.append((s, "in_language", f"language:{language}"))
        if writer:
            out.append((s, "written_by", f"person:{writer}"))
    for u, table in RATINGS.items():
        for slug, r in table.items():
            out.append((f"user:{u}", "rated", f"speech:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind206")
