"""Readings changed in session 70, each with false twins: coming to hold a post ("became /
was appointed / elected / made / named archbishop of") for a declared "was <office> of"; a
firm that "is owned by" a firm "is a subsidiary of" it, which is its "parent company"; a
compound item type ending in a general head noun ("film studio", "aircraft carrier") named by
that noun alone."""

from __future__ import annotations

import pytest

import kgexplain as kgx

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad

R = kgx.Relation


@pytest.fixture(scope="module")
def sees():
    a = "archbishop"
    rels = [R("archbishop_of", phrase="was archbishop of", inverse_phrase="was led by", domain=(a,), range=("see",)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(a,), range=("city",)),
            R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("see",), range=(a,))]
    ents = [_item("a:wolsey", "Thomas Wolsey", a, 1514), _item("a:becket", "Thomas Becket", a, 1162),
            _attr("s:york", "York", "see"), _attr("s:canterbury", "Canterbury", "see"),
            _attr("c:ipswich", "Ipswich", "city"), _attr("c:london", "London", "city")]
    rows = [("a:wolsey", "archbishop_of", "s:york"), ("a:becket", "archbishop_of", "s:canterbury"),
            ("a:wolsey", "born_in", "c:ipswich"), ("a:becket", "born_in", "c:london")]
    return _graph("sees", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Thomas Wolsey became archbishop of York.", "Thomas Wolsey became archbishop of Canterbury."),
    ("Thomas Becket became archbishop of Canterbury.", "Thomas Wolsey became archbishop of Canterbury."),
    ("Thomas Wolsey was appointed archbishop of York.", "Thomas Wolsey was appointed archbishop of Canterbury."),
    ("Thomas Becket was elected archbishop of Canterbury.", "Thomas Becket was elected bishop of Canterbury."),
    ("Thomas Wolsey was named archbishop of York.", "Thomas Wolsey was not named archbishop of York."),
    ("Thomas Becket was born in London and went on to become archbishop of Canterbury.",
     "Thomas Becket was born in London and went on to become archbishop of York."),
    # (coming to hold a post, not a birth or a naming after)
    ("Thomas Wolsey became archbishop of York.", "Thomas Wolsey became a citizen of York."),
    ("Thomas Wolsey was born in Ipswich.", "Thomas Wolsey was made archbishop of Ipswich."),
])
def test_taking_office(sees, true, false):
    _ok(sees, true)
    _bad(sees, false)


@pytest.fixture(scope="module")
def studios():
    s = "film_studio"
    rels = [R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=(s,), range=("company",)),
            R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(s,), range=("person",)),
            R("based_in", phrase="is based in", inverse_phrase="is home to", domain=(s,), range=("city",))]
    ents = [_item("s:pixar", "Pixar Animation Studios", s, 1986), _item("s:ghibli", "Studio Ghibli", s, 1985),
            _attr("c:disney", "The Walt Disney Company", "company"), _attr("c:ntv", "Nippon Television", "company"),
            _attr("p:miyazaki", "Hayao Miyazaki", "person"), _attr("x:emeryville", "Emeryville", "city"),
            _attr("x:tokyo", "Tokyo", "city")]
    rows = [("s:pixar", "owned_by", "c:disney"), ("s:ghibli", "owned_by", "c:ntv"),
            ("s:ghibli", "founded_by", "p:miyazaki"), ("s:pixar", "based_in", "x:emeryville"),
            ("s:ghibli", "based_in", "x:tokyo")]
    return _graph("studios", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Studio Ghibli is a subsidiary of Nippon Television.", "Studio Ghibli is a subsidiary of The Walt Disney Company."),
    ("Studio Ghibli is a subsidiary of Nippon Television.", "Nippon Television is a subsidiary of Studio Ghibli."),
    ("The Walt Disney Company is the parent company of Pixar Animation Studios.",
     "Pixar Animation Studios is the parent company of The Walt Disney Company."),
    ("Pixar Animation Studios, a subsidiary of The Walt Disney Company, is based in Emeryville.",
     "Pixar Animation Studios, a subsidiary of Nippon Television, is based in Emeryville."),
    ("Studio Ghibli is a subsidiary of Nippon Television.", "Studio Ghibli is not a subsidiary of Nippon Television."),
    # (a founder is no parent company)
    ("Studio Ghibli was founded by Hayao Miyazaki.", "Studio Ghibli is a subsidiary of Hayao Miyazaki."),
    # a compound type by its head noun: "the studio" is the one named before
    ("Studio Ghibli was founded by Hayao Miyazaki. The studio is based in Tokyo.",
     "Studio Ghibli was founded by Hayao Miyazaki. The studio is based in Emeryville."),
    ("Pixar Animation Studios is a studio based in Emeryville.", "Tokyo is a studio based in Emeryville."),
])
def test_parent_companies_and_head_nouns(studios, true, false):
    _ok(studios, true)
    _bad(studios, false)


def test_owners_of_mixed_kinds_have_no_parent_company():
    """An ownership whose owners may be people says no "parent company" (a person owns no
    subsidiary): the text stays rejected."""
    rels = [R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("newspaper",), range=("company", "person"))]
    ents = [_item("n:post", "New York Post", "newspaper", 1801), _attr("c:news", "News Corp", "company"),
            _attr("p:murdoch", "Rupert Murdoch", "person")]
    kg = _graph("papers", rels, ents, [("n:post", "owned_by", "c:news")])
    _ok(kg, "The New York Post is owned by News Corp.")
    _bad(kg, "News Corp is the parent company of the New York Post.")


def test_two_types_of_one_head_noun_are_not_named_by_it():
    """Where two item types end in the same head noun, neither is named by it alone."""
    rels = [R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("film_studio", "recording_studio"),
              range=("city",))]
    ents = [_item("s:ealing", "Ealing Studios", "film_studio", 1902), _item("s:abbey", "Abbey Road Studios",
                                                                            "recording_studio", 1931),
            _attr("c:london", "London", "city")]
    kg = _graph("two", rels, ents, [("s:ealing", "based_in", "c:london"), ("s:abbey", "based_in", "c:london")])
    _ok(kg, "Ealing Studios is based in London.")
    _bad(kg, "Ealing Studios is a studio based in London.")


@pytest.mark.parametrize("true, false", [
    ("Thomas Becket was born in London. He went on to become archbishop of Canterbury.",
     "Thomas Becket was born in London. He went on to become archbishop of York."),
    ("Thomas Wolsey was born in Ipswich and went on to become archbishop of York.",
     "Thomas Wolsey was born in London and went on to become archbishop of York."),
])
def test_went_on_to_after_a_birth(sees, true, false):
    """ "went on to" after a birth of the one person of the sentence, as "later" there: whatever
    one did, one did after being born."""
    _ok(sees, true)
    _bad(sees, false)


def test_went_on_to_after_a_birth_needs_one_person_and_a_verb_of_the_graph(sees):
    _bad(sees, "Thomas Wolsey was born in Ipswich and Thomas Becket went on to become archbishop of York.")
    _bad(sees, "Thomas Wolsey was born in Ipswich and went on to be born in London.")


def test_went_on_to_win_after_a_birth():
    rels = [R("won", phrase="won", inverse_phrase="was won by", domain=("sailor",), range=("race",)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("sailor",), range=("city",))]
    ents = [_item("s:blake", "Peter Blake", "sailor", 1948), _item("s:knox", "Robin Knox-Johnston", "sailor", 1939),
            _attr("r:whitbread", "Whitbread Round the World Race", "race"), _attr("r:globe", "Golden Globe Race", "race"),
            _attr("c:auckland", "Auckland", "city"), _attr("c:putney", "Putney", "city")]
    rows = [("s:blake", "won", "r:whitbread"), ("s:knox", "won", "r:globe"),
            ("s:blake", "born_in", "c:auckland"), ("s:knox", "born_in", "c:putney")]
    kg = _graph("sailors", rels, ents, rows)
    _ok(kg, "Peter Blake was born in Auckland. He went on to win the Whitbread Round the World Race.")
    _ok(kg, "Robin Knox-Johnston was born in Putney and went on to win the Golden Globe Race.")
    _bad(kg, "Peter Blake was born in Auckland. He went on to win the Golden Globe Race.")
    _bad(kg, "Robin Knox-Johnston was born in Auckland and went on to win the Golden Globe Race.")
    _bad(kg, "Peter Blake went on to win the Whitbread Round the World Race.")  # (after what?)


@pytest.fixture(scope="module")
def pianists():
    p = "pianist"
    rels = [R("also_worked_as", phrase="also worked as a", inverse_phrase="was a further role of", domain=(p,),
              range=("occupation",)),
            R("recorded_for", phrase="recorded for", inverse_phrase="released recordings by", domain=(p,), range=("label",))]
    ents = [_item("p:rach", "Sergei Rachmaninoff", p, 1873), _item("p:ash", "Vladimir Ashkenazy", p, 1937),
            _item("p:brendel", "Alfred Brendel", p, 1931), _attr("o:conductor", "conductor", "occupation"),
            _attr("o:composer", "composer", "occupation"), _attr("o:writer", "writer", "occupation"),
            _attr("l:decca", "Decca", "label"), _attr("l:philips", "Philips", "label")]
    rows = [("p:rach", "also_worked_as", "o:composer"), ("p:rach", "also_worked_as", "o:conductor"),
            ("p:ash", "also_worked_as", "o:conductor"), ("p:brendel", "also_worked_as", "o:writer"),
            ("p:ash", "recorded_for", "l:decca"), ("p:brendel", "recorded_for", "l:philips")]
    return _graph("pianists", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # a declared phrase's own "also" shares nothing with another name
    ("Sergei Rachmaninoff also worked as a conductor.", "Alfred Brendel also worked as a conductor."),
    ("Vladimir Ashkenazy has also worked as a conductor.", "Vladimir Ashkenazy has also worked as a writer."),
    ("Sergei Rachmaninoff and Vladimir Ashkenazy also worked as conductors.",
     "Sergei Rachmaninoff and Alfred Brendel also worked as conductors."),
    # (an "also" of its own still asks for what is shared)
    ("Vladimir Ashkenazy recorded for Decca.", "Vladimir Ashkenazy also recorded for Decca."),
    # the occupation said with the copula, in the past only
    ("Sergei Rachmaninoff was a conductor.", "Alfred Brendel was a conductor."),
    ("Sergei Rachmaninoff was a conductor.", "Sergei Rachmaninoff is a conductor."),
    ("Sergei Rachmaninoff was both a composer and a conductor.", "Vladimir Ashkenazy was both a composer and a conductor."),
])
def test_a_phrase_with_also(pianists, true, false):
    _ok(pianists, true)
    _bad(pianists, false)


@pytest.fixture(scope="module")
def lakes():
    rels = [R("shore_city", phrase="has on its shore", inverse_phrase="lies on the shore of", domain=("lake",),
              range=("city",)),
            R("member_of", phrase="belonged to", inverse_phrase="counted among its members", domain=("rapper",),
              range=("group",))]
    ents = [_item("l:champlain", "Lake Champlain", "lake", 1609), _item("l:erie", "Lake Erie", "lake", 1669),
            _attr("c:burlington", "Burlington", "city"), _attr("c:cleveland", "Cleveland", "city"),
            _item("r:ghostface", "Ghostface Killah", "rapper", 1970), _item("r:method", "Method Man", "rapper", 1971),
            _item("r:eminem", "Eminem", "rapper", 1972), _attr("g:wu", "Wu-Tang Clan", "group")]
    rows = [("l:champlain", "shore_city", "c:burlington"), ("l:erie", "shore_city", "c:cleveland"),
            ("r:ghostface", "member_of", "g:wu"), ("r:method", "member_of", "g:wu")]
    return _graph("lakes", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # a phrase of a verb, a preposition and a possessive noun, said around its object
    ("Lake Champlain has Burlington on its shore.", "Lake Champlain has Cleveland on its shore."),
    ("Lake Champlain has Burlington on its shore.", "Burlington has Lake Champlain on its shore."),
    ("Lake Champlain has Burlington on its shore. Lake Erie has Cleveland on its shore.",
     "Lake Champlain has Burlington on its shore. Lake Erie has Burlington on its shore."),
    ("The Wu-Tang Clan counted Ghostface Killah among its members.", "The Wu-Tang Clan counted Eminem among its members."),
    ("The Wu-Tang Clan counted Ghostface Killah and Method Man among their members.",
     "The Wu-Tang Clan counted Ghostface Killah and Eminem among their members."),
    ("The Wu-Tang Clan counted Method Man among its members.", "The Wu-Tang Clan did not count Method Man among its members."),
    # (the rest must be the phrase's own words, ending the clause; "his" is no "its")
    ("The Wu-Tang Clan counted Method Man among its members.", "The Wu-Tang Clan counted Method Man among his members."),
    ("Lake Erie has Cleveland on its shore.", "Lake Erie has Cleveland on its shore road."),
])
def test_split_phrases(lakes, true, false):
    _ok(lakes, true)
    _bad(lakes, false)


@pytest.fixture(scope="module")
def inventors():
    rels = [R("won", phrase="won", inverse_phrase="was won by", domain=("sailor",), range=("race",)),
            R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("invention",),
              range=("inventor",))]
    ents = [_item("s:knox", "Robin Knox-Johnston", "sailor", 1939), _item("s:tabarly", "Eric Tabarly", "sailor", 1931),
            _attr("r:globe", "Golden Globe Race", "race"), _attr("r:ostar", "OSTAR", "race"),
            _item("i:diesel", "Diesel Engine", "invention", 1893), _item("i:cookie", "Toll House Cookie", "invention", 1938),
            _attr("p:diesel", "Rudolf Diesel", "inventor"), _attr("p:wakefield", "Ruth Wakefield", "inventor")]
    rows = [("s:knox", "won", "r:globe"), ("s:tabarly", "won", "r:ostar"),
            ("i:diesel", "invented_by", "p:diesel"), ("i:cookie", "invented_by", "p:wakefield")]
    return _graph("inventors", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # "won": its subject is "the winner" of its object
    ("Robin Knox-Johnston was the winner of the Golden Globe Race.", "Eric Tabarly was the winner of the Golden Globe Race."),
    ("Eric Tabarly is a winner of the OSTAR.", "The OSTAR is a winner of Eric Tabarly."),
    ("Eric Tabarly, a winner of the OSTAR, was a sailor.", "Eric Tabarly, a winner of the Golden Globe Race, was a sailor."),
    # "the man / woman behind" where the given name says that sex
    ("Rudolf Diesel is the man behind the Diesel Engine.", "Rudolf Diesel is the woman behind the Diesel Engine."),
    ("Ruth Wakefield is the woman behind the Toll House Cookie.", "Ruth Wakefield is the man behind the Toll House Cookie."),
    ("Rudolf Diesel is the man behind the Diesel Engine.", "Rudolf Diesel is the man behind the Toll House Cookie."),
    # (older: "a man / woman who" was read of anyone of a person type)
    ("Rudolf Diesel is a man who invented the Diesel Engine.", "Rudolf Diesel is a woman who invented the Diesel Engine."),
    ("Ruth Wakefield is a woman who invented the Toll House Cookie.",
     "Ruth Wakefield is a man who invented the Toll House Cookie."),
])
def test_winners_and_makers_by_sex(inventors, true, false):
    _ok(inventors, true)
    _bad(inventors, false)


def test_a_name_with_its_own_type_noun_after_it():
    """ "came out of the Harland and Wolff yard(s)": the noun after a name that "the" opens is
    the name's own type (or its synonym), said of that name only."""
    rels = [R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipyard", "studio"))]
    ents = [_item("s:titanic", "RMS Titanic", "ship", 1911), _item("s:lusitania", "RMS Lusitania", "ship", 1906),
            _attr("y:hw", "Harland and Wolff", "shipyard"), _attr("y:jb", "John Brown & Company", "shipyard"),
            _attr("x:pinewood", "Pinewood", "studio")]
    kg = _graph("yards", rels, ents, [("s:titanic", "built_by", "y:hw"), ("s:lusitania", "built_by", "y:jb")])
    _ok(kg, "RMS Titanic came out of the Harland and Wolff yard.")
    _ok(kg, "RMS Titanic came out of the Harland and Wolff yards.")
    _bad(kg, "RMS Lusitania came out of the Harland and Wolff yard.")
    _bad(kg, "RMS Titanic came out of the Harland and Wolff studio.")
    _bad(kg, "RMS Titanic came out of Harland and Wolff yard.")


def test_part_of_for_a_past_membership_and_a_firm_owned():
    rels = [R("member_of", phrase="was a member of", inverse_phrase="counted among its members", domain=("photographer",),
              range=("movement",)),
            R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("automaker",), range=("automaker", "company"))]
    ents = [_item("p:steichen", "Edward Steichen", "photographer", 1879), _item("p:adams", "Ansel Adams", "photographer", 1902),
            _attr("m:photo", "Photo-Secession", "movement"), _attr("m:f64", "Group f/64", "movement"),
            _item("a:jaguar", "Jaguar", "automaker", 1922), _item("a:tata", "Tata Motors", "automaker", 1945),
            _attr("c:vw", "Volkswagen Group", "company"), _item("a:seat", "SEAT", "automaker", 1950)]
    rows = [("p:steichen", "member_of", "m:photo"), ("p:adams", "member_of", "m:f64"),
            ("a:jaguar", "owned_by", "a:tata"), ("a:seat", "owned_by", "c:vw")]
    kg = _graph("parts", rels, ents, rows)
    _ok(kg, "Edward Steichen was part of the Photo-Secession.")
    _bad(kg, "Ansel Adams was part of the Photo-Secession.")
    _bad(kg, "Edward Steichen is part of the Photo-Secession.")  # (a past membership)
    _ok(kg, "Jaguar is part of Tata Motors.")
    _ok(kg, "SEAT is part of Volkswagen Group.")
    _bad(kg, "Tata Motors is part of Jaguar.")
    _bad(kg, "SEAT is part of Tata Motors.")


def test_invented_for_created_by_people():
    rels = [R("created_by", phrase="was created by", inverse_phrase="created", domain=("language",), range=("person",)),
            R("formed_by", phrase="was created by", inverse_phrase="created", domain=("lake",), range=("dam",))]
    ents = [_item("l:klingon", "Klingon", "language", 1984), _item("l:quenya", "Quenya", "language", 1915),
            _attr("p:okrand", "Marc Okrand", "person"), _attr("p:tolkien", "J. R. R. Tolkien", "person"),
            _item("k:mead", "Lake Mead", "lake", 1936), _attr("d:hoover", "Hoover Dam", "dam")]
    rows = [("l:klingon", "created_by", "p:okrand"), ("l:quenya", "created_by", "p:tolkien"), ("k:mead", "formed_by", "d:hoover")]
    kg = _graph("invented", rels, ents, rows)
    _ok(kg, "Marc Okrand invented Klingon.")
    _ok(kg, "Quenya was invented by J. R. R. Tolkien.")
    _bad(kg, "J. R. R. Tolkien invented Klingon.")
    _bad(kg, "Hoover Dam invented Lake Mead.")  # (no mind made it, red team 188)


def test_forces_think_nothing_up_and_clerics_are_people():
    """Red team 232: no landslide "invented" the lake it made; a cleric named Walter is no "she"."""
    rels = [R("formed_by", phrase="was created by", inverse_phrase="created", domain=("lake",), range=("landslide",)),
            R("abbot_of", phrase="was abbot of", inverse_phrase="was led by", domain=("cleric",), range=("abbey",)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("cleric",), range=("town",)),
            R("president_of", phrase="is the president of", inverse_phrase="is led by", domain=("executive",),
              range=("company",))]
    ents = [_item("k:sarin", "Lake Sarin", "lake", 1911), _attr("s:usoi", "Usoi landslide", "landslide"),
            _attr("c:tallis", "Walter Tallis", "cleric"), _attr("a:rievel", "Rievel Abbey", "abbey"),
            _attr("t:dunmow", "Dunmow", "town"), _attr("e:lowe", "Robin Lowe", "executive"),
            _attr("f:norda", "Norda Auto", "company")]
    rows = [("k:sarin", "formed_by", "s:usoi"), ("c:tallis", "abbot_of", "a:rievel"), ("c:tallis", "born_in", "t:dunmow"),
            ("e:lowe", "president_of", "f:norda")]
    kg = _graph("forces", rels, ents, rows)
    _ok(kg, "Lake Sarin was created by the Usoi landslide.")
    _bad(kg, "The Usoi landslide invented Lake Sarin.")
    _bad(kg, "The Usoi landslide came up with Lake Sarin.")
    _ok(kg, "Walter Tallis was born in Dunmow. He was abbot of Rievel Abbey.")
    _bad(kg, "Walter Tallis was born in Dunmow. She was abbot of Rievel Abbey.")
    _ok(kg, "Robin Lowe was elected president of Norda Auto.")


def test_no_subsidiary_where_a_firm_has_two_owners():
    """A joint venture owned half and half is a subsidiary of neither owner (red team 174's kept
    script): on a graph where any firm has two owners by the relation, no "subsidiary" is read."""
    rels = [R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("company",), range=("company",))]
    ents = [_item("c:ula", "United Launch Alliance", "company", 2006), _item("c:youtube", "YouTube", "company", 2005),
            _attr("o:boeing", "Boeing", "company"), _attr("o:lm", "Lockheed Martin", "company"),
            _attr("o:google", "Google", "company")]
    rows = [("c:ula", "owned_by", "o:boeing"), ("c:ula", "owned_by", "o:lm"), ("c:youtube", "owned_by", "o:google")]
    kg = _graph("jv", rels, ents, rows)
    _ok(kg, "United Launch Alliance is owned by Boeing and Lockheed Martin.")
    _bad(kg, "United Launch Alliance is a subsidiary of Boeing.")
    _bad(kg, "Boeing is the parent company of United Launch Alliance.")
    _bad(kg, "YouTube is a subsidiary of Google.")  # (the reading is off for the whole relation)


def test_a_natural_feature_is_not_from_its_year():
    """ "Lake Baikal dates from 1643" on a graph whose lakes are dated by their exploration: no one
    made the lake, so a word of origin ("from", "since", "dates back to") does not date it by the
    graph's year (older: read); a graph that says its lakes were made (a reservoir "was impounded
    by" a dam) still reads it."""
    rels = [R("explored_by", phrase="was explored by", inverse_phrase="explored", domain=("lake",), range=("explorer",))]
    ents = [_item("l:baikal", "Lake Baikal", "lake", 1643), _attr("e:ivanov", "Kurbat Ivanov", "explorer")]
    kg = _graph("lakes2", rels, ents, [("l:baikal", "explored_by", "e:ivanov")])
    _ok(kg, "Lake Baikal was explored by Kurbat Ivanov.")
    _bad(kg, "Lake Baikal dates from 1643.")
    _bad(kg, "Lake Baikal, from 1643, was explored by Kurbat Ivanov.")
    _bad(kg, "Lake Baikal has existed since 1643.")
    rels = [R("impounded_by", phrase="is impounded by", inverse_phrase="impounds", domain=("lake",), range=("dam",))]
    ents = [_item("l:kariba", "Lake Kariba", "lake", 1959), _attr("d:kariba", "Kariba Dam", "dam")]
    kg = _graph("reservoirs", rels, ents, [("l:kariba", "impounded_by", "d:kariba")])
    _ok(kg, "Lake Kariba dates from 1959.")
    _bad(kg, "Lake Kariba dates from 1958.")


def test_red_team_233_closed():
    """A firm owned through two relations said alike is a joint venture (no subsidiary); an owner
    typed "publisher" may be a person; a rockslide thinks nothing up; a natural feature's year
    (a survey's) dates it by no word."""
    rels = [R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("magazine",), range=("company",)),
            R("bank_owned", phrase="is owned by", inverse_phrase="owns", domain=("magazine",), range=("bank",)),
            R("pub_owned", phrase="is owned by", inverse_phrase="owns", domain=("newspaper",), range=("publisher",)),
            R("formed_by", phrase="was created by", inverse_phrase="created", domain=("gorge",), range=("rockslide",)),
            R("in_region", phrase="is located in", inverse_phrase="contains", domain=("gorge", "lake"), range=("region",))]
    ents = [_item("m:harbour", "Harbour Monthly", "magazine", 1950), _attr("c:corvin", "Corvin Press", "company"),
            _attr("b:stanmore", "Stanmore Bank", "bank"), _item("n:courier", "Daily Courier", "newspaper", 1880),
            _attr("p:voss", "Henry Voss", "publisher"), _item("g:corran", "Corran Gorge", "gorge", 1820),
            _attr("r:brae", "Brae rockslide", "rockslide"), _item("l:dorran", "Loch Dorran", "lake", 1643),
            _attr("x:high", "Highlands", "region")]
    rows = [("m:harbour", "owned_by", "c:corvin"), ("m:harbour", "bank_owned", "b:stanmore"),
            ("n:courier", "pub_owned", "p:voss"), ("g:corran", "formed_by", "r:brae"),
            ("g:corran", "in_region", "x:high"), ("l:dorran", "in_region", "x:high")]
    kg = _graph("rt233", rels, ents, rows)
    _bad(kg, "Harbour Monthly is a subsidiary of Corvin Press.")
    _bad(kg, "The Daily Courier is a subsidiary of Henry Voss.")
    _ok(kg, "Corran Gorge was created by the Brae rockslide.")
    _bad(kg, "The Brae rockslide invented Corran Gorge.")
    _ok(kg, "Loch Dorran is located in the Highlands.")
    for text in ("Loch Dorran (1643) is located in the Highlands.", "Loch Dorran was formed in 1643.",
                 "The 1643 Loch Dorran is located in the Highlands.", "Loch Dorran dates from 1643."):
        _bad(kg, text)
