"""What goes into a drink ("a gin cocktail", "is made with Campari", "both call for lime juice"),
who offers an item ("a course from Yale", "a Stanford course", "a Fairmont property"), what a
hotel has ("has a spa", "comes with a helipad", "a five-star hotel"), where an item is placed by
the passive of its inverse ("is hosted on Coursera"), a topic's bare "on" ("a course on
finance") and a lower-case tag after "about" ("a mystery about a serial killer").

The graphs are declared as a new user would, with phrases only.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _cocktails():
    rels = [R("base_spirit", phrase="is based on", inverse_phrase="is the base spirit of",
              domain=("cocktail",), range=("spirit",)),
            R("contains", phrase="contains", inverse_phrase="is an ingredient of",
              domain=("cocktail",), range=("ingredient",)),
            R("invented_by", phrase="was invented by", inverse_phrase="invented",
              domain=("cocktail",), range=("bartender",))]
    items = {"c:negroni": ("cocktail", "Negroni", 1919), "c:mule": ("cocktail", "Moscow Mule", 1941),
             "c:daiquiri": ("cocktail", "Daiquiri", 1898)}
    others = {"s:gin": ("spirit", "gin"), "s:vodka": ("spirit", "vodka"), "s:rum": ("spirit", "white rum"),
              "i:campari": ("ingredient", "Campari"), "i:ginger": ("ingredient", "ginger beer"),
              "i:lime": ("ingredient", "lime juice"), "p:negroni": ("bartender", "Camillo Negroni")}
    triples = [("c:negroni", "base_spirit", "s:gin"), ("c:mule", "base_spirit", "s:vodka"),
               ("c:daiquiri", "base_spirit", "s:rum"), ("c:negroni", "contains", "i:campari"),
               ("c:mule", "contains", "i:ginger"), ("c:mule", "contains", "i:lime"),
               ("c:daiquiri", "contains", "i:lime"), ("c:negroni", "invented_by", "p:negroni")]
    return _build(items, others, rels, triples)


def _courses():
    rels = [R("taught_by", phrase="is taught by", inverse_phrase="teaches",
              domain=("course",), range=("instructor",)),
            R("offered_by", phrase="is offered by", inverse_phrase="offers",
              domain=("course",), range=("university",)),
            R("hosted_on", phrase="is available on", inverse_phrase="hosts",
              domain=("course",), range=("platform",)),
            R("covers", phrase="covers", inverse_phrase="is covered in",
              domain=("course",), range=("subject",)),
            R("works_at", phrase="works at", inverse_phrase="employs",
              domain=("instructor",), range=("university",))]
    items = {"c:ml": ("course", "Machine Learning", 2011), "c:crypto": ("course", "Cryptography I", 2012),
             "c:markets": ("course", "Financial Markets", 2011)}
    others = {"p:ng": ("instructor", "Andrew Ng"), "p:boneh": ("instructor", "Dan Boneh"),
              "p:shiller": ("instructor", "Robert Shiller"), "u:stanford": ("university", "Stanford University"),
              "u:yale": ("university", "Yale University"), "x:coursera": ("platform", "Coursera"),
              "x:edx": ("platform", "edX"), "s:finance": ("subject", "Finance"),
              "s:security": ("subject", "Security")}
    triples = [("c:ml", "taught_by", "p:ng"), ("c:crypto", "taught_by", "p:boneh"),
               ("c:markets", "taught_by", "p:shiller"), ("c:ml", "offered_by", "u:stanford"),
               ("c:crypto", "offered_by", "u:stanford"), ("c:markets", "offered_by", "u:yale"),
               ("c:ml", "hosted_on", "x:coursera"), ("c:crypto", "hosted_on", "x:coursera"),
               ("c:markets", "hosted_on", "x:coursera"), ("c:markets", "covers", "s:finance"),
               ("c:crypto", "covers", "s:security"), ("p:ng", "works_at", "u:stanford"),
               ("p:boneh", "works_at", "u:stanford"), ("p:shiller", "works_at", "u:yale")]
    return _build(items, others, rels, triples)


def _hotels():
    rels = [R("located_in", phrase="is located in", inverse_phrase="is home to",
              domain=("hotel",), range=("city",)),
            R("operated_by", phrase="is run by", inverse_phrase="runs", domain=("hotel",), range=("chain",)),
            R("has_amenity", phrase="offers", inverse_phrase="is offered at",
              domain=("hotel",), range=("amenity",)),
            R("star_class", phrase="is rated as a", inverse_phrase="is the star class of",
              domain=("hotel",), range=("star_class",))]
    items = {"h:savoy": ("hotel", "The Savoy", 1889), "h:sacher": ("hotel", "Hotel Sacher", 1876),
             "h:burj": ("hotel", "Burj Al Arab", 1999)}
    others = {"x:london": ("city", "London"), "x:vienna": ("city", "Vienna"), "x:dubai": ("city", "Dubai"),
              "o:fairmont": ("chain", "Fairmont"), "o:jumeirah": ("chain", "Jumeirah"),
              "a:spa": ("amenity", "Spa"), "a:helipad": ("amenity", "Helipad"),
              "a:bar": ("amenity", "Cocktail Bar"), "k:five": ("star_class", "Five-Star"),
              "k:four": ("star_class", "Four-Star")}
    triples = [("h:savoy", "located_in", "x:london"), ("h:sacher", "located_in", "x:vienna"),
               ("h:burj", "located_in", "x:dubai"), ("h:savoy", "operated_by", "o:fairmont"),
               ("h:burj", "operated_by", "o:jumeirah"), ("h:sacher", "has_amenity", "a:spa"),
               ("h:burj", "has_amenity", "a:helipad"), ("h:savoy", "has_amenity", "a:bar"),
               ("h:savoy", "star_class", "k:five"), ("h:burj", "star_class", "k:five"),
               ("h:sacher", "star_class", "k:four")]
    return _build(items, others, rels, triples)


def _supported(kg, text):
    return ConsistencyChecker(kg, outside_evidence=True).check(text, ()).supported


@pytest.mark.parametrize("true_text, false_text", [
    ("The Negroni is a gin cocktail.", "The Negroni is a vodka cocktail."),
    ("The Moscow Mule is a vodka drink.", "The Moscow Mule is a gin drink."),
    ("The Negroni is made with Campari.", "The Daiquiri is made with Campari."),
    ("The Daiquiri is made with white rum.", "The Negroni is made with white rum."),
    ("The Daiquiri and the Moscow Mule both call for lime juice.",
     "The Daiquiri and the Negroni both call for lime juice."),
    ("The Moscow Mule is a vodka drink with ginger beer.", "The Negroni is a gin drink with ginger beer."),
    ("Campari goes into the Negroni.", "Campari goes into the Daiquiri."),
    ("The Negroni is a Campari cocktail.", "The Daiquiri is a Campari cocktail."),
    ("The Negroni includes Campari.", "The Moscow Mule includes Campari."),
    ("The Negroni was created by Camillo Negroni.", "The Daiquiri was created by Camillo Negroni."),
    ("Camillo Negroni devised the Negroni.", "Camillo Negroni devised the Moscow Mule."),
])
def test_what_goes_into_a_drink(true_text, false_text):
    kg = _cocktails()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("text", [
    "The Negroni is a cocktail with Camillo Negroni.",  # an inventor is no ingredient
    "Camillo Negroni is made with the Negroni.",
    "The Negroni is not made with Campari.",
])
def test_an_ingredient_reading_needs_an_ingredient(text):
    assert not _supported(_cocktails(), text)


@pytest.mark.parametrize("true_text, false_text", [
    ("Machine Learning is a course from Stanford University.",
     "Financial Markets is a course from Stanford University."),
    ("Cryptography I comes from Stanford University.", "Financial Markets comes from Stanford University."),
    ("Cryptography I is a Stanford University course.", "Cryptography I is a Yale University course."),
    ("Yale University's Financial Markets is taught by Robert Shiller.",
     "Stanford University's Financial Markets is taught by Robert Shiller."),
    ("Financial Markets is hosted on Coursera.", "Financial Markets is hosted on edX."),
    ("Financial Markets is a course on finance.", "Cryptography I is a course on finance."),
    ("Financial Markets is a course on Coursera.", "Financial Markets is a course on edX."),
    ("Financial Markets is led by Robert Shiller.", "Financial Markets is led by Dan Boneh."),
])
def test_who_offers_a_course_and_where_it_is(true_text, false_text):
    kg = _courses()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Hotel Sacher has a spa.", "The Savoy has a spa."),
    ("The Savoy is a hotel with a cocktail bar.", "Hotel Sacher is a hotel with a cocktail bar."),
    ("Burj Al Arab comes with a helipad.", "The Savoy comes with a helipad."),
    ("Hotel Sacher is a hotel complete with a spa.", "Burj Al Arab is a hotel complete with a spa."),
    ("The Savoy is a five-star hotel.", "Hotel Sacher is a five-star hotel."),
    ("The Savoy is a five-star hotel in London.", "The Savoy is a four-star hotel in London."),
    ("The Savoy is operated by Fairmont.", "Burj Al Arab is operated by Fairmont."),
    ("Jumeirah operates Burj Al Arab.", "Jumeirah operates The Savoy."),
    ("The Savoy is a Fairmont property.", "Burj Al Arab is a Fairmont property."),
])
def test_what_a_hotel_has_and_who_runs_it(true_text, false_text):
    kg = _hotels()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


def test_a_hedged_offer_is_still_no_kind():
    """ "was offered to" stays a hedge (a role offered, not taken): no "is a" reading of it."""
    rels = [R("offered_role", phrase="was offered the role in", inverse_phrase="offered a role to")]
    kg = _build({"f:x": ("film", "Heat", 1995)}, {"p:y": ("person", "Al Pacino")}, rels,
                [("p:y", "offered_role", "f:x")])
    assert not _supported(kg, "Heat is an Al Pacino film.")


@pytest.fixture(scope="module")
def movies():
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True).build()


@pytest.mark.parametrize("true_text, false_text", [
    ("Seven comes from director David Fincher.", "Seven comes from director Brad Pitt."),
    ("In 1995 Martin Scorsese directed Casino.", "In 1994 Martin Scorsese directed Casino."),
    ("Seven was directed by David Fincher, though it stars Brad Pitt.",
     "Seven was directed by David Fincher, though it stars Tom Hanks."),
    ("Seven stars Brad Pitt, although it was directed by David Fincher.",
     "Seven stars Brad Pitt, although it was not directed by David Fincher."),
    ("The Usual Suspects is tagged with twist ending.", "Seven is tagged with time travel."),
])
def test_movie_wordings(movies, true_text, false_text):
    assert movies.check(true_text, ()).supported, true_text
    assert not movies.check(false_text, ()).supported, false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Toy Story is a comedy tagged pixar.", "Toy Story is a comedy tagged dark comedy."),
    ("Fargo is a crime thriller tagged dark comedy.", "Fargo is a crime thriller tagged pixar."),
])
def test_a_tag_after_a_predicate_noun(movies, true_text, false_text):
    assert movies.check(true_text, ()).supported, true_text
    assert not movies.check(false_text, ()).supported, false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Cryptography I is a course at the Advanced level.", "Machine Learning is a course at the Advanced level."),
])
def test_a_level_said_with_its_noun(true_text, false_text):
    rels = [R("has_level", phrase="is aimed at the level", inverse_phrase="is the level of",
              domain=("course",), range=("level",))]
    kg = _build({"c:ml": ("course", "Machine Learning", 2011), "c:crypto": ("course", "Cryptography I", 2012)},
                {"l:b": ("level", "Beginner"), "l:a": ("level", "Advanced")}, rels,
                [("c:ml", "has_level", "l:b"), ("c:crypto", "has_level", "l:a")])
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("spec, true_text, false_text", [
    (("founded_by", "was founded by", "founded", "band", "person"),
     "Oasis was set up by Liam Gallagher.", "Blur was set up by Liam Gallagher."),
    (("founded_by", "was founded by", "founded", "band", "person"),
     "Liam Gallagher established Oasis.", "Oasis established Liam Gallagher."),
    (("has_amenity", "offers", "is offered at", "hotel", "amenity"),
     "The Savoy boasts a spa.", "The Ritz boasts a spa."),
    (("uses", "uses", "is used in", "game", "mechanic"),
     "Catan relies on dice rolling.", "Carcassonne relies on dice rolling."),
    (("made_by", "is made by", "makes", "phone", "company"),
     "The iPhone is manufactured by Apple.", "The Pixel is manufactured by Apple."),
])
def test_verb_synonyms(spec, true_text, false_text):
    """A relation's verb said by a synonym no other relation of the graph uses."""
    name, phrase, inverse, itype, otype = spec
    labels = {"band": ("Oasis", "Blur", "Liam Gallagher"), "hotel": ("The Savoy", "The Ritz", "Spa"), "game": ("Catan", "Carcassonne", "dice rolling"),
              "phone": ("iPhone", "Pixel", "Apple")}[itype]
    kg = _build({"i:a": (itype, labels[0], 1990), "i:b": (itype, labels[1], 1991)}, {"o:x": (otype, labels[2])},
                [R(name, phrase=phrase, inverse_phrase=inverse)], [("i:a", name, "o:x")])
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("spec, text", [
    (("found_in", "was found in", "yielded", "fossil", "site"), "Sue was set up in Hell Creek."),
    (("found_by", "was found by", "found", "fossil", "person"), "Sue Hendrickson established Sue."),
    (("ran", "was run by", "ran", "race", "athlete"), "The Berlin Marathon was operated by Eliud Kipchoge."),
    (("through", "runs through", "is crossed by", "trail", "valley"), "The Mist Trail operates through Yosemite Valley."),
    (("launched_from", "was launched from", "launched", "satellite", "site"), "Hubble was introduced from Kennedy."),
    (("led_to", "led to", "was caused by", "event", "event"), "The Crash headed to the Depression."),
    (("from", "developed from", "gave rise to", "language", "language"), "French was made from Latin."),
    (("worked_at", "once worked at", "employs", "researcher", "university"), "Ann Wu is employed at MIT."),
])
def test_a_synonym_only_where_the_verb_means_it(spec, text):
    """Red team 111: a synonym holds for the verb alone or its passive with "by", not for "led to",
    "developed from", "runs through", "found" of "find", a race run by an athlete or a past phrase."""
    name, phrase, inverse, itype, otype = spec
    subject, obj = {"Sue was set up in Hell Creek.": ("Sue", "Hell Creek"),
                    "Sue Hendrickson established Sue.": ("Sue", "Sue Hendrickson"),
                    "The Berlin Marathon was operated by Eliud Kipchoge.": ("Berlin Marathon", "Eliud Kipchoge"),
                    "The Mist Trail operates through Yosemite Valley.": ("Mist Trail", "Yosemite Valley"),
                    "Hubble was introduced from Kennedy.": ("Hubble", "Kennedy"),
                    "The Crash headed to the Depression.": ("Crash", "Depression"),
                    "French was made from Latin.": ("French", "Latin"),
                    "Ann Wu is employed at MIT.": ("Ann Wu", "MIT")}[text]
    kg = _build({"i:a": (itype, subject, 1990)}, {"o:x": (otype, obj)},
                [R(name, phrase=phrase, inverse_phrase=inverse)], [("i:a", name, "o:x")])
    assert not _supported(kg, text), text


def test_a_part_said_without_its_article(movies):
    assert movies.check("Mike Figgis composed music for Leaving Las Vegas.", ()).supported
    assert not movies.check("John Williams composed music for Heat.", ()).supported


def _removals():
    rels = [R("plat", phrase="is available on", inverse_phrase="hosts"),
            R("removed", phrase="was removed from", inverse_phrase="removed"),
            R("made_from", phrase="is made from", inverse_phrase="goes into"),
            R("free", phrase="is free of", inverse_phrase="is absent from")]
    items = {"k:ml": ("course", "Machine Learning", 2011), "k:fm": ("course", "Financial Markets", 2011),
             "d:risotto": ("dish", "Risotto", 1800), "d:pasta": ("dish", "Pasta", 1700)}
    others = {"x:coursera": ("platform", "Coursera"), "x:edx": ("platform", "edX"),
              "i:rice": ("grain", "rice"), "i:wheat": ("grain", "wheat")}
    triples = [("k:ml", "plat", "x:edx"), ("k:ml", "removed", "x:coursera"), ("k:fm", "plat", "x:coursera"),
               ("d:risotto", "made_from", "i:rice"), ("d:risotto", "free", "i:wheat"),
               ("d:pasta", "made_from", "i:wheat")]
    return _build(items, others, rels, triples)


@pytest.mark.parametrize("text", [
    "Machine Learning is a Coursera course.",  # removed from Coursera (red team 112)
    "Risotto is a wheat dish.",  # free of wheat
    "Financial Markets comes from Coursera.",  # a platform that hosts a course did not make it
    "Machine Learning is from edX.",
])
def test_a_removal_an_absence_or_a_host_is_no_modifier(text):
    assert not _supported(_removals(), text)


@pytest.mark.parametrize("text", ["Machine Learning is an edX course.", "Pasta is a wheat dish.",
                                  "Risotto is made from rice."])
def test_the_relations_beside_them_still_read(text):
    assert _supported(_removals(), text)
