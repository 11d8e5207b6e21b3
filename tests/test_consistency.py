"""Tests for kgexplain.consistency: each claim kind, each error kind, spans, user-declared graphs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import kgexplain as kgx
from kgexplain.consistency import STATUSES, ConsistencyChecker, fold
from kgexplain.consistency import index_for as _index_for
from kgexplain.errors import ConfigError, UnknownEntityError
from kgexplain.records import Claim, Triple, Verdict

DATA = Path(__file__).parent / "data"


def _bookshelf():
    spec = importlib.util.spec_from_file_location("bookshelf", DATA / "bookshelf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- a small movie graph
@pytest.fixture(scope="module")
def movies() -> kgx.KnowledgeGraph:
    ents = [
        kgx.Entity("user:1", kind="user", label="User 1"),
        kgx.Entity("user:2", kind="user", label="User 2"),
        kgx.Entity("movie:1", kind="item", label="Toy Story", attrs={"year": 1995}),
        kgx.Entity("movie:2", kind="item", label="Toy Story 2", attrs={"year": 1999}),
        kgx.Entity("movie:3", kind="item", label="A Bug's Life", attrs={"year": 1998}),
        kgx.Entity("movie:4", kind="item", label="Jaws", attrs={"year": 1975}),
        kgx.Entity("movie:5", kind="item", label="Up", attrs={"year": 2009}),
        kgx.Entity("person:lasseter", label="John Lasseter"),
        kgx.Entity("person:newman", label="Randy Newman"),
        kgx.Entity("person:spielberg", label="Steven Spielberg"),
        kgx.Entity("person:hanks", label="Tom Hanks"),
        kgx.Entity("genre:Animation", label="Animation"),
        kgx.Entity("genre:Thriller", label="Thriller"),
        kgx.Entity("tag:pixar", label="pixar"),
        kgx.Entity("tag:sharks", label="sharks"),
    ]
    rels = [
        kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                     cues=("loved", "watched", "seen")),
        kgx.Relation("tagged", phrase="tagged", inverse_phrase="was tagged by",
                     explainable=False, sensitive=True),
        kgx.Relation("directed_by", phrase="is directed by", inverse_phrase="directed",
                     cues=("director", "directed by")),
        kgx.Relation("music_by", phrase="has music by", inverse_phrase="composed the music for",
                     cues=("composer", "music by")),
        kgx.Relation("starring", phrase="stars", inverse_phrase="stars in", cues=("starring",)),
        kgx.Relation("has_genre", phrase="is a film of the genre", inverse_phrase="is the genre of",
                     cues=("genre",)),
        kgx.Relation("has_tag", phrase="is tagged", inverse_phrase="is a tag of"),
    ]
    triples = [
        ("user:1", "rated", "movie:1", {"rating": 5.0}),
        ("user:1", "rated", "movie:4", {"rating": 2.0}),
        ("user:1", "tagged", "tag:sharks"),
        ("user:2", "rated", "movie:3", {"rating": 4.5}),
        ("movie:1", "directed_by", "person:lasseter"),
        ("movie:2", "directed_by", "person:lasseter"),
        ("movie:3", "directed_by", "person:lasseter"),
        ("movie:1", "music_by", "person:newman"),
        ("movie:2", "music_by", "person:newman"),
        ("movie:1", "starring", "person:hanks"),
        ("movie:2", "starring", "person:hanks"),
        ("movie:4", "directed_by", "person:spielberg"),
        ("movie:1", "has_genre", "genre:Animation"),
        ("movie:2", "has_genre", "genre:Animation"),
        ("movie:4", "has_genre", "genre:Thriller"),
        ("movie:1", "has_tag", "tag:pixar"),
        ("movie:2", "has_tag", "tag:pixar"),
        ("movie:4", "has_tag", "tag:sharks"),
        ("movie:5", "has_genre", "genre:Animation"),
    ]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def checker(movies) -> ConsistencyChecker:
    return ConsistencyChecker(movies)


EVIDENCE = (
    Triple("user:1", "rated", "movie:1"),
    Triple("movie:1", "directed_by", "person:lasseter"),
    Triple("movie:2", "directed_by", "person:lasseter"),
)


def _statuses(v: Verdict) -> list[tuple[str, str, str]]:
    return [(c.kind, c.status, c.text) for c in v.claims]


def _rejected(v: Verdict) -> list[tuple[str, str]]:
    return [(c.status, c.text) for c in v.rejected]


def _spans_exact(text: str, v: Verdict) -> None:
    for c in v.claims:
        assert text[c.start:c.end] == c.text, c


# --------------------------------------------------------------------------- faithful texts
FAITHFUL = [
    "You loved Toy Story; Toy Story 2 shares its director, John Lasseter.",
    "You loved Toy Story, which is directed by John Lasseter; Toy Story 2 is directed by John Lasseter.",
    "John Lasseter directed Toy Story, which you loved; Toy Story 2 is directed by John Lasseter.",
    "Toy Story 2 is directed by John Lasseter, and Toy Story, which you loved, is directed by John Lasseter.",
    "Like Toy Story, which you loved, Toy Story 2 is directed by John Lasseter.",
    "Toy Story 2 has the same director as Toy Story, which you loved: John Lasseter.",
    "You loved Toy Story; Toy Story 2 is directed by John Lasseter too.",
    "Because you loved Toy Story (1995), you might enjoy Toy Story 2 (1999), also directed by John Lasseter.",
    "Toy Story 2 is here because you loved Toy Story, directed by John Lasseter.",
]


@pytest.mark.parametrize("text", FAITHFUL)
def test_faithful_template_texts_are_supported(checker, text):
    v = checker.check(text, EVIDENCE, user="user:1")
    assert v.supported, (v.reason, _statuses(v))
    _spans_exact(text, v)
    assert not v.uncovered


def test_claim_kinds_and_backing_triples(checker):
    text = "You loved Toy Story; Toy Story 2 shares its director, John Lasseter."
    v = checker.check(text, EVIDENCE, user="user:1")
    kinds = {c.kind for c in v.claims}
    assert {"mention", "assertion", "user"} <= kinds
    user = next(c for c in v.claims if c.kind == "user")
    assert user.text == "You loved Toy Story"
    assert user.triple == Triple("user:1", "rated", "movie:1")
    assertions = {c.triple: c.text for c in v.claims if c.kind == "assertion"}
    assert assertions[Triple("movie:2", "directed_by", "person:lasseter")] == (
        "Toy Story 2 shares its director, John Lasseter")
    # "shares its director" also says Toy Story has that director
    assert assertions[Triple("movie:1", "directed_by", "person:lasseter")] == (
        "Toy Story; Toy Story 2 shares its director, John Lasseter")
    mention = next(c for c in v.claims if c.text == "John Lasseter")
    assert (mention.start, mention.end) == (text.index("John"), text.index("John") + 13)
    assert mention.entities == ("person:lasseter",)
    assert all(c.status in STATUSES for c in v.claims)


# --------------------------------------------------------------------------- error kinds
def test_tail_swapped_with_unlinked_entity(checker):
    text = "You loved Toy Story; Toy Story 2 shares its director, Steven Spielberg."
    v = checker.check(text, EVIDENCE, user="user:1")
    assert not v.supported
    assert ("not_in_evidence", "Steven Spielberg") in _rejected(v)
    assert ("not_in_graph", "Toy Story 2 shares its director, Steven Spielberg") in _rejected(v)
    _spans_exact(text, v)


def test_tail_swapped_with_an_evidence_entity_is_caught_by_the_assertion(checker):
    evidence = EVIDENCE + (Triple("movie:4", "directed_by", "person:spielberg"),)
    text = "You loved Toy Story; Toy Story 2 is directed by Steven Spielberg."
    v = checker.check(text, evidence, user="user:1")
    assert not v.supported
    assert _rejected(v) == [("not_in_graph", "Toy Story 2 is directed by Steven Spielberg")]


def test_swapped_relation_phrase(checker):
    for text in ("You loved Toy Story; Toy Story 2 shares its composer, John Lasseter.",
                 "You loved Toy Story; Toy Story 2 has music by John Lasseter."):
        v = checker.check(text, EVIDENCE, user="user:1")
        assert not v.supported
        wrong = [c for c in v.rejected if c.status == "wrong_relation"]
        assert wrong and wrong[-1].triple == Triple("movie:2", "directed_by", "person:lasseter")


def test_invented_entity(checker):
    text = "You loved Toy Story; Toy Story 2 shares its director, Marla Quennell."
    v = checker.check(text, EVIDENCE, user="user:1")
    assert ("unknown_entity", "Marla Quennell") in _rejected(v)
    c = next(c for c in v.rejected if c.status == "unknown_entity")
    assert text[c.start:c.end] == "Marla Quennell"


def test_sentence_initial_capitals_and_function_words_are_not_names(checker):
    texts = [
        "Because you loved Toy Story, Toy Story 2 is directed by John Lasseter.",
        "Toy Story 2 is directed by John Lasseter. He directed Toy Story too.",
        "Both Toy Story and Toy Story 2 are directed by John Lasseter.",
        "Toy Story 2 is directed by John Lasseter, like Toy Story.",
    ]
    for text in texts:
        v = checker.check(text, EVIDENCE, user="user:1")
        assert v.supported, (text, v.reason)


def test_false_user_claims(checker):
    # the user never rated Toy Story 2
    v = checker.check("You loved Toy Story 2; Toy Story shares its director, John Lasseter.",
                      EVIDENCE, user="user:1")
    assert ("not_rated", "You loved Toy Story 2") in _rejected(v)
    # "loved" needs a rating >= threshold: user:1 rated Jaws 2.0
    ev = (Triple("user:1", "rated", "movie:4"),)
    assert _rejected(checker.check("You loved Jaws.", ev, user="user:1")) == [("low_rating", "You loved Jaws")]
    assert checker.check("You watched Jaws.", ev, user="user:1").supported
    assert checker.check("You rated Jaws 2.", ev, user="user:1").supported
    assert not checker.check("You rated Jaws 5.", ev, user="user:1").supported
    # the threshold is a setting
    lenient = ConsistencyChecker(checker.kg, rating_threshold=2.0)
    assert lenient.check("You loved Jaws.", ev, user="user:1").supported


def test_user_claim_about_an_attribute_is_rejected(checker):
    # a model once wrote "You loved Thriller": no user relation links a user to a genre, so the
    # graph cannot back it, even though the genre is in the evidence
    ev = EVIDENCE + (Triple("movie:4", "has_genre", "genre:Thriller"),)
    v = checker.check("You loved Toy Story; Toy Story 2 shares its director, John Lasseter. "
                      "You loved Thriller; Jaws is a film of the genre Thriller.", ev, user="user:1")
    assert ("not_rated", "You loved Thriller") in _rejected(v)
    assert not v.supported


def test_relation_noun_before_a_mention_must_match_a_link(checker):
    # seen in seq2seq output: the noun names a relation that links nothing in the sentence to
    # the mention after it (two movies), or a relation other than the one the graph stores
    ev = EVIDENCE + (Triple("movie:1", "music_by", "person:newman"),
                     Triple("movie:2", "music_by", "person:newman"))
    v = checker.check("You loved Toy Story; Toy Story 2 shares its genre, Jaws.", ev, user="user:1")
    assert not v.supported
    v = checker.check("You loved Toy Story; Toy Story 2 shares its genre, Randy Newman.", ev, user="user:1")
    assert not v.supported and any(c.status == "wrong_relation" for c in v.rejected)
    assert checker.check("You loved Toy Story; Toy Story 2 shares its composer, Randy Newman.",
                         ev, user="user:1").supported


def test_relative_clause_takes_the_mention_before_it_as_subject(checker):
    # seen in seq2seq output: "X is a film of the genre Thriller, which is a film of the genre Comedy"
    ev = (Triple("movie:4", "has_genre", "genre:Thriller"), Triple("movie:1", "has_genre", "genre:Animation"))
    for text in ("Jaws is a film of the genre Thriller, which is a film of the genre Animation.",
                 "Jaws is a film of the genre Thriller which is a film of the genre Animation."):
        assert not checker.check(text, ev).supported, text
    assert checker.check("You loved Toy Story, which is directed by John Lasseter; Toy Story 2 is "
                         "directed by John Lasseter.", EVIDENCE, user="user:1").supported


def test_user_claim_forms(checker):
    ev = EVIDENCE
    assert checker.check("Toy Story, which you loved, is directed by John Lasseter.", ev, "user:1").supported
    assert checker.check("Toy Story 2, which you have not seen yet, is directed by John Lasseter.",
                         ev, "user:1").supported
    v = checker.check("Toy Story, which you have not seen, is directed by John Lasseter.", ev, "user:1")
    assert [c.status for c in v.rejected] == ["interacted"]
    # a recommendation is not a claim about the past
    v = checker.check("You might enjoy Toy Story 2, directed by John Lasseter.", ev, "user:1")
    assert v.supported and not [c for c in v.claims if c.kind == "user"]
    # "you" with no user to check it against
    v = checker.check("You loved Toy Story, directed by John Lasseter.", ev, None)
    assert [c.status for c in v.rejected] == ["unknown_user"]


def test_coordinated_items_share_the_user_claim(checker):
    ev = EVIDENCE + (Triple("user:1", "rated", "movie:4"),)
    v = checker.check("You loved Toy Story and Jaws.", ev, user="user:1")
    assert ("low_rating", "You loved Toy Story and Jaws") in _rejected(v)
    ok = checker.check("You watched Toy Story and Jaws.", ev, user="user:1")
    assert ok.supported and sum(c.kind == "user" for c in ok.claims) == 2


def test_numbers_and_years(checker):
    text = "You loved Toy Story (1995); Toy Story 2 (1999) shares its director, John Lasseter."
    v = checker.check(text, EVIDENCE, user="user:1")
    assert v.supported
    years = [c for c in v.claims if c.kind == "number"]
    assert [c.text for c in years] == ["1995", "1999"] and all(c.supported for c in years)
    bad = text.replace("(1999)", "(1997)")
    v = checker.check(bad, EVIDENCE, user="user:1")
    assert _rejected(v) == [("wrong_value", "1997")]
    # a year that belongs to another title of the sentence is still wrong for this one
    bad = text.replace("(1995)", "(1999)")
    assert _rejected(checker.check(bad, EVIDENCE, user="user:1")) == [("wrong_value", "1999")]
    v = checker.check("Toy Story 2 is directed by John Lasseter and sold 40 copies.", EVIDENCE, "user:1")
    assert ("unverified_number", "40") in _rejected(v) and ("unknown_words", "sold") in _rejected(v)


def test_sensitive_relation_verbalized(checker):
    ev = (Triple("user:1", "tagged", "tag:sharks"), Triple("movie:4", "has_tag", "tag:sharks"))
    v = checker.check("You tagged Jaws as sharks.", ev, user="user:1")
    assert not v.supported
    assert "sensitive" in [c.status for c in v.rejected]
    # the same tag said of the movie is fine
    assert checker.check("Jaws is tagged sharks.", ev[1:], user="user:1").supported


def test_entity_outside_the_evidence_and_lowercase_arguments(checker):
    # true in the graph, but not part of the evidence: a lowercase tag right after its cue
    v = checker.check("Toy Story 2 is tagged pixar.", EVIDENCE, user="user:1")
    assert ("not_in_evidence", "Toy Story 2 is tagged pixar") in _rejected(v)
    assert checker.check("Toy Story 2 is tagged pixar.", EVIDENCE + (Triple("movie:2", "has_tag", "tag:pixar"),),
                         user="user:1").supported
    v = checker.check("Toy Story 2 is tagged sharks.", EVIDENCE, user="user:1")
    assert ("not_in_graph", "Toy Story 2 is tagged sharks") in _rejected(v)
    # a common word that is also a title ("up") is not a mention
    v = checker.check("Cheer up: Toy Story 2 is directed by John Lasseter.", EVIDENCE, user="user:1")
    assert ("unknown_words", "cheer up") in [(c.status, c.text.lower()) for c in v.rejected]
    assert not [c for c in v.claims if c.text == "up" and c.kind == "mention"]


def test_coverage_lists_unmentioned_evidence(checker):
    ev = EVIDENCE + (Triple("movie:2", "music_by", "person:newman"),)
    v = checker.check("You loved Toy Story; Toy Story 2 shares its director, John Lasseter.", ev, "user:1")
    assert v.supported
    assert v.uncovered == (Triple("movie:2", "music_by", "person:newman"),)


def test_text_naming_no_evidence_is_not_supported(checker):
    v = checker.check("A great pick for a quiet evening.", EVIDENCE, user="user:1")
    assert not v.supported and "evaluative" in [c.status for c in v.rejected]
    assert not checker.check("   ", EVIDENCE, user="user:1").supported


def test_accents_and_typographic_quotes_are_folded(checker):
    assert fold("García Márquez’s") == "Garcia Marquez's"
    text = "You loved Toy Story; A Bug’s Life shares its director, John Lasseter."
    ev = EVIDENCE + (Triple("movie:3", "directed_by", "person:lasseter"),)
    v = checker.check(text, ev, user="user:1")
    assert v.supported, v.reason
    assert any(c.text == "A Bug’s Life" for c in v.claims)
    _spans_exact(text, v)


def test_check_many_matches_check(checker):
    items = [(t, EVIDENCE, "user:1") for t in FAITHFUL] + [
        ("You loved Toy Story; Toy Story 2 shares its director, Marla Quennell.", EVIDENCE, "user:1")
    ]
    many = checker.check_many(items)
    single = [checker.check(*it) for it in items]
    assert [v.to_dict() for v in many] == [v.to_dict() for v in single]
    assert [v.supported for v in many] == [True] * len(FAITHFUL) + [False]


def test_evidence_forms(checker):
    text = "You loved Toy Story; Toy Story 2 shares its director, John Lasseter."
    tuples = [tuple(t) for t in EVIDENCE]
    facts = [kgx.Fact(t, "") for t in EVIDENCE]
    for ev in (tuples, facts, iter(EVIDENCE)):
        assert checker.check(text, ev, user="user:1").supported


def test_misuse_raises(checker, movies):
    with pytest.raises(UnknownEntityError):
        checker.check("You loved Toy Story.", EVIDENCE, user="user:999")
    with pytest.raises(ConfigError):
        checker.check("You loved Toy Story.", [42], user="user:1")
    with pytest.raises(ConfigError):
        checker.check_many([("only text",)])
    with pytest.raises(ConfigError):
        ConsistencyChecker(movies, rating_threshold="high")
    with pytest.raises(ConfigError):
        ConsistencyChecker({"not": "a graph"})


def test_index_is_cached_per_graph_and_rebuilt_after_a_change():
    kg = kgx.KnowledgeGraph.from_triples(
        [("user:1", "rated", "movie:1", {"rating": 5.0})],
        entities=[kgx.Entity("user:1", kind="user"), kgx.Entity("movie:1", kind="item", label="Heat")],
    )
    first = _index_for(kg)
    assert _index_for(kg) is first
    c = ConsistencyChecker(kg)
    assert not c.check("You loved Heat; Ronin is also great.", [("user:1", "rated", "movie:1")],
                       "user:1").supported
    kg.add_entity(kgx.Entity("movie:2", kind="item", label="Ronin"))
    assert _index_for(kg) is not first
    v = c.check("You loved Heat; Ronin is also great.", [("user:1", "rated", "movie:1")], "user:1")
    assert ("not_in_evidence", "Ronin") in _rejected(v)


def test_verdict_serializes(checker):
    v = checker.check("You loved Toy Story; Toy Story 2 shares its director, Marla Quennell.",
                      EVIDENCE, user="user:1")
    d = v.to_dict()
    assert d["supported"] is False and "unknown_entity" in [c["status"] for c in d["rejected"]]
    assert isinstance(v.claims[0], Claim)


# --------------------------------------------------------------------------- user-declared graphs
def test_user_declared_books_graph_templates_and_errors():
    kg = _bookshelf().build()
    checker = ConsistencyChecker(kg)
    ev = (
        Triple("user:ana", "read", "book:hobbit"),
        Triple("book:hobbit", "written_by", "person:tolkien"),
        Triple("book:silmarillion", "written_by", "person:tolkien"),
    )
    good = [
        "You loved The Hobbit, which was written by J. R. R. Tolkien; The Silmarillion was written by J. R. R. Tolkien.",
        "J. R. R. Tolkien wrote The Hobbit, which you read; The Silmarillion was written by J. R. R. Tolkien.",
        "You read The Hobbit (1937); The Silmarillion (1977) was written by Tolkien too.",
    ]
    for text in good:
        v = checker.check(text, ev, user="user:ana")
        assert v.supported, (text, v.reason)
        _spans_exact(text, v)
    bad = {
        "You read The Hobbit; The Silmarillion was illustrated by J. R. R. Tolkien.": "wrong_relation",
        "You read The Hobbit; The Silmarillion was written by Lewis Carroll.": "not_in_evidence",
        "You read The Hobbit; The Silmarillion was written by Oswin Trevanion.": "unknown_entity",
        "You read The Silmarillion; The Hobbit was written by J. R. R. Tolkien.": "not_rated",
        "You read The Hobbit (1936); The Silmarillion was written by J. R. R. Tolkien.": "wrong_value",
    }
    for text, status in bad.items():
        v = checker.check(text, ev, user="user:ana")
        assert status in [c.status for c in v.rejected], (text, _statuses(v))
    # fay rated The Silmarillion 1.5: "loved" is false, "read" is true
    ev2 = (Triple("user:fay", "read", "book:silmarillion"),)
    assert not checker.check("You loved The Silmarillion.", ev2, "user:fay").supported
    assert checker.check("You read The Silmarillion.", ev2, "user:fay").supported
    # accents: the label is "Gabriel García Márquez"
    ev3 = (Triple("book:solitude", "written_by", "person:garcia_marquez"),)
    assert checker.check("One Hundred Years of Solitude was written by Gabriel Garcia Marquez.",
                         ev3, None).supported
    # the sensitive relation
    ev4 = (Triple("user:ana", "shelved", "book:dune"),)
    v = checker.check("You shelved Dune.", ev4, "user:ana")
    assert "sensitive" in [c.status for c in v.rejected]


def test_user_declared_music_graph(music_kg):
    checker = ConsistencyChecker(music_kg)
    ev = (Triple("user:ann", "listened", "artist:daft_punk"),
          Triple("artist:daft_punk", "has_genre", "genre:house"),
          Triple("artist:justice", "has_genre", "genre:house"))
    assert checker.check("You listened to Daft Punk; Justice plays House too.", ev, "user:ann").supported
    assert checker.check("You loved Daft Punk, which plays house music, like Justice.", ev, "user:ann").supported
    v = checker.check("You listened to Justice; Daft Punk plays House too.", ev, "user:ann")
    assert "not_rated" in [c.status for c in v.rejected]
    v = checker.check("You listened to Daft Punk; Justice comes from House.", ev, "user:ann")
    assert "wrong_relation" in [c.status for c in v.rejected]


def test_sentence_initial_it_stands_for_the_item_before(checker):
    ev = EVIDENCE + (Triple("movie:2", "music_by", "person:newman"),)
    ok = "You loved Toy Story, so try Toy Story 2. It is directed by John Lasseter."
    assert checker.check(ok, ev, user="user:1").supported
    v = checker.check("You loved Toy Story, so try Toy Story 2. It has music by John Lasseter.", ev, "user:1")
    assert _rejected(v) == [("wrong_relation", "It has music by John Lasseter")]


def test_relation_phrase_right_after_a_mention_takes_it_as_subject(checker):
    ev = EVIDENCE + (Triple("movie:2", "has_genre", "genre:Animation"),
                     Triple("movie:2", "starring", "person:hanks"))
    ok = "Toy Story 2 is directed by John Lasseter and stars Tom Hanks."
    assert checker.check(ok, ev, user="user:1").supported
    v = checker.check("You loved Toy Story, and John Lasseter is a film of the genre Animation.",
                      ev, user="user:1")
    assert ("not_in_graph", "John Lasseter is a film of the genre Animation") in _rejected(v)


def test_interaction_verbs_come_from_the_registry():
    """ "you watched X" is a claim the registry must know: on a music graph it is not understood."""
    kg = kgx.KnowledgeGraph.from_triples(
        [("user:a", "listened", "artist:1", {"rating": 5.0})],
        entities=[kgx.Entity("user:a", kind="user"),
                  kgx.Entity("artist:1", kind="item", type="artist", label="Public Enemy")],
        relations=[kgx.Relation("listened", phrase="listened to", inverse_phrase="was heard by")])
    checker = ConsistencyChecker(kg)
    ev = [("user:a", "listened", "artist:1")]
    assert checker.check("You listened to Public Enemy.", ev, user="user:a").supported
    assert checker.check("You loved Public Enemy.", ev, user="user:a").supported
    v = checker.check("You watched Public Enemy.", ev, user="user:a")
    assert not v.supported and "unknown_words" in [c.status for c in v.rejected]


# --------------------------------------------------------------------------- the adversarial suite
@pytest.fixture(scope="module")
def suite_report():
    from kgexplain.evaluation.suite import build_suite, evaluate_suite, load_graphs

    graphs = load_graphs()
    cases = [c for c in build_suite(graphs, seed=0) if c.split == "dev"]
    return evaluate_suite(graphs=graphs, cases=cases)


@pytest.mark.parametrize("graph", ["example", "music"])
def test_suite_recall_in_every_unfaithful_category(suite_report, graph):
    """Generated and hand-written unfaithful texts (wrong relation words, unknown relation words,
    role reversal, negation, false user claims, invented/unlinked entities, lowercase attributes,
    numbers on the wrong entity, evaluative claims, coreference) are rejected."""
    for part in ("dev_generated", "dev_hand"):
        block = suite_report["graphs"][graph][part]
        for category, r in block["recall"].items():
            assert r["recall"] >= 0.97, (graph, part, category, r["missed_examples"])


@pytest.mark.parametrize("graph", ["example", "music"])
def test_suite_template_texts_are_never_rejected(suite_report, graph):
    fr = suite_report["graphs"][graph]["dev_generated"]["false_reject"]
    assert fr["template"]["false_reject_rate"] == 0.0, fr["template"]["examples"]
    for category in ("coordination", "faithful_coreference", "faithful_user_claim"):
        assert fr[category]["false_reject_rate"] <= 0.05, (category, fr[category]["examples"])


# Forms derived from a registry that declares only phrases (the music graph declares no cues):
# each true sentence has a false twin that differs in one name, and only the true one passes.
DERIVED_FORMS = [
    # copula for a relation from items to attributes: "is a britpop band"
    ("Oasis is a britpop band.", "Oasis is a grunge band."),
    ("Pearl Jam and Soundgarden are grunge bands.", "Pearl Jam and Oasis are grunge bands."),
    # apposition: ", a grunge band,"
    ("Nirvana, a grunge band, was signed to Sub Pop.", "Nirvana, a britpop band, was signed to Sub Pop."),
    # a verb of origin gives its bare preposition: "comes from" -> "is from", "a band from"
    ("Pearl Jam is from Seattle.", "Pearl Jam is from Paris."),
    ("Radiohead, from Abingdon, were influenced by R.E.M.", "Radiohead, from Paris, were influenced by R.E.M."),
    ("Daft Punk, a house act from Paris, is signed to Virgin Records.",
     "Daft Punk, a house act from Seattle, is signed to Virgin Records."),
    # a guessed copula needs a noun for the kind: "a rock band", not "a rock"
    ("Oasis is a britpop band.", "David Bowie is a rock."),
    # "plays the instrument" -> "plays guitar"
    ("Jack White plays guitar.", "Jack White plays drums."),
]


@pytest.mark.parametrize("true_text,false_text", DERIVED_FORMS)
def test_forms_derived_from_phrases_only_registry(true_text, false_text):
    from kgexplain.datasets.music import music_graph

    checker = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert checker.check(true_text, ()).supported, checker.check(true_text, ()).reason
    v = checker.check(false_text, ())
    assert not v.supported
    assert {"not_in_graph", "unattached_mention"} & {c.status for c in v.rejected}


def test_passive_verb_chain():
    # each participle of the chain is a claim of its own: "edited" must hold too
    checker = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    assert checker.check("Aliens was written and directed by James Cameron.", ()).supported
    v = checker.check("Aliens was edited and directed by James Cameron.", ())
    assert [c.status for c in v.rejected] == ["wrong_relation"]


def test_words_before_fan_of_must_still_be_glue(movies):
    # "As a fan of X" claims the user loved X; "Loved by many fans of X" is a predicate with no
    # subject, and its words are not framing
    checker = ConsistencyChecker(movies)
    ev = (Triple("user:1", "rated", "movie:1"), Triple("movie:1", "directed_by", "person:lasseter"),
          Triple("movie:2", "directed_by", "person:lasseter"))
    ok = "As a fan of Toy Story, you might like Toy Story 2, also directed by John Lasseter."
    assert checker.check(ok, ev, user="user:1").supported
    v = checker.check("Loved by many fans of Toy Story, which you loved.", ev, user="user:1")
    assert ("unknown_words", "Loved by many") in _rejected(v)


def test_restaurant_graph_declared_with_phrases_only():
    # a third domain, declared in code with phrases only: copula, apposition and place
    # prepositions are derived; each true sentence has a false twin
    E, R = kgx.Entity, kgx.Relation
    kg = kgx.KnowledgeGraph.from_triples(
        [("user:1", "visited", "r:2", {"rating": 5.0}), ("r:1", "serves", "c:it"),
         ("r:2", "serves", "c:fr"), ("r:1", "located_in", "n:wv"), ("r:2", "located_in", "n:soho")],
        entities=[E("user:1", kind="user"),
                  E("r:1", kind="item", type="restaurant", label="Osteria Blu"),
                  E("r:2", kind="item", type="restaurant", label="Chez Nous"),
                  E("c:it", kind="attribute", type="cuisine", label="Italian"),
                  E("c:fr", kind="attribute", type="cuisine", label="French"),
                  E("n:wv", kind="attribute", type="neighborhood", label="West Village"),
                  E("n:soho", kind="attribute", type="neighborhood", label="Soho")],
        relations=[R("visited", phrase="visited", inverse_phrase="was visited by"),
                   R("serves", phrase="serves", inverse_phrase="is served at",
                     domain=("restaurant",), range=("cuisine",)),
                   R("located_in", phrase="is located in", inverse_phrase="is home to",
                     domain=("restaurant",), range=("neighborhood",))])
    checker = ConsistencyChecker(kg, outside_evidence=True)
    for true_text, false_text in [
        ("Osteria Blu is an Italian restaurant in the West Village.",
         "Osteria Blu is an Italian restaurant in Soho."),
        ("Osteria Blu, an Italian restaurant, is located in the West Village.",
         "Osteria Blu, a French restaurant, is located in the West Village."),
        ("Chez Nous is in Soho.", "Osteria Blu is in Soho."),
    ]:
        assert checker.check(true_text, ()).supported, true_text
        assert not checker.check(false_text, ()).supported, false_text


# Relation nouns in fixed constructions; each true sentence has a false twin (another person).
ROLE_NOUNS = [
    ("Alfred Hitchcock is Psycho's director.", "Bernard Herrmann is Psycho's director."),
    ("The director of Psycho is Alfred Hitchcock.", "The director of Psycho is Bernard Herrmann."),
    ("Psycho has Alfred Hitchcock as its director.", "Psycho has Bernard Herrmann as its director."),
    ("Psycho, whose director is Alfred Hitchcock, has music by Bernard Herrmann.",
     "Psycho, whose director is Bernard Herrmann, has music by Alfred Hitchcock."),
    # (not Psycho: the graph's 1960 Psycho is no Thriller, only the 1998 one is)
    ("Vertigo is a thriller directed by Alfred Hitchcock.",
     "Vertigo is a thriller directed by Bernard Herrmann."),
]


@pytest.fixture(scope="module")
def example_checker():
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", ROLE_NOUNS)
def test_relation_nouns_in_fixed_constructions(example_checker, true_text, false_text):
    assert example_checker.check(true_text, ()).supported, example_checker.check(true_text, ()).reason
    v = example_checker.check(false_text, ())
    assert "wrong_relation" in [c.status for c in v.rejected]


def test_nouns_derived_from_inverse_phrases():
    # the music registry declares no nouns: "is a member of" gives "member"
    from kgexplain.datasets.music import music_graph

    checker = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert checker.check("Nirvana and Foo Fighters both have Dave Grohl as a member.", ()).supported
    assert not checker.check("Nirvana and Oasis both have Dave Grohl as a member.", ()).supported
    assert checker.check("Bass guitar is Krist Novoselic's instrument.", ()).supported
    # "Y is X's N" says the only one: Nirvana has three members
    v = checker.check("Dave Grohl is Nirvana's member.", ())
    assert "incomplete_list" in [c.status for c in v.rejected]
    # a possessive chain is not the construction: unread words stay unverified
    v = checker.check("Dave Grohl is Nirvana's member's friend.", ())
    assert not v.supported


# After a relative clause or an apposition closes, the main clause goes on with its own subject,
# never with the relative clause's object (found by an outside review: all of these passed).
MAIN_CLAUSE_AFTER_RELATIVE = [
    # (false, true) on the example graph
    ("Jumanji, which is loved by many fans of Waterworld, is directed by Kevin Reynolds.",
     "Alfred Hitchcock, who directed Psycho, also directed Vertigo."),
    ("Back to the Future Part II, which stars Lea Thompson, stars in Howard the Duck.",
     "Vertigo, directed by Alfred Hitchcock, has music by Bernard Herrmann."),
    ("Bernard Herrmann, the composer of Psycho, also directed Vertigo.",
     "Alfred Hitchcock, the director of Psycho, also directed Vertigo."),
    ("Bernard Herrmann, who scored Psycho, also directed Vertigo.",
     "Psycho's director, Alfred Hitchcock, also directed Vertigo."),
]


@pytest.mark.parametrize("false_text,true_text", MAIN_CLAUSE_AFTER_RELATIVE)
def test_main_clause_subject_after_a_relative_clause(example_checker, false_text, true_text):
    assert not example_checker.check(false_text, ()).supported, false_text
    assert example_checker.check(true_text, ()).supported, example_checker.check(true_text, ()).reason


def test_main_clause_subject_after_a_relative_clause_on_a_books_graph():
    E, R = kgx.Entity, kgx.Relation
    kg = kgx.KnowledgeGraph.from_triples(
        [("user:ann", "read", "book:dune", {"rating": 5.0}),
         ("book:dune", "written_by", "person:herbert"), ("book:dune", "published_by", "pub:chilton"),
         ("person:herbert", "born_in", "country:us"), ("book:found", "written_by", "person:asimov"),
         ("person:asimov", "born_in", "country:ru")],
        entities=[E("user:ann", kind="user"), E("book:dune", kind="item", type="book", label="Dune"),
                  E("book:found", kind="item", type="book", label="Foundation"),
                  E("person:herbert", label="Frank Herbert"), E("person:asimov", label="Isaac Asimov"),
                  E("pub:chilton", label="Chilton Books"), E("country:us", label="the United States"),
                  E("country:ru", label="Russia")],
        relations=[R("read", phrase="read", inverse_phrase="was read by"),
                   R("written_by", phrase="is written by", inverse_phrase="wrote"),
                   R("published_by", phrase="is published by", inverse_phrase="published"),
                   R("born_in", phrase="was born in", inverse_phrase="is the birthplace of")])
    checker = ConsistencyChecker(kg, outside_evidence=True)
    for false_text in ("Frank Herbert, who wrote Dune, was published by Chilton Books.",
                       "Chilton Books, which published Dune, was written by Frank Herbert.",
                       "Russia, which is the birthplace of Isaac Asimov, wrote Foundation.",
                       "Russia, the birthplace of Isaac Asimov, wrote Foundation."):
        assert not checker.check(false_text, ()).supported, false_text
    for true_text in ("Isaac Asimov, who was born in Russia, wrote Foundation.",
                      "Frank Herbert, who wrote Dune, was born in the United States.",
                      "Dune, which was written by Frank Herbert, was published by Chilton Books."):
        assert checker.check(true_text, ()).supported, true_text


def test_copula_without_declared_domain_and_range():
    # no domain/range in the registry: the stored edges say the relation runs item -> attribute
    E, R = kgx.Entity, kgx.Relation
    kg = kgx.KnowledgeGraph.from_triples(
        [("user:1", "read", "b:1", {"rating": 5.0}), ("b:1", "has_genre", "g:f"),
         ("b:2", "has_genre", "g:c"), ("b:1", "written_by", "p:1")],
        entities=[E("user:1", kind="user"), E("b:1", kind="item", type="book", label="The Hobbit"),
                  E("b:2", kind="item", type="book", label="Dune"),
                  E("g:f", kind="attribute", type="genre", label="fantasy"),
                  E("g:c", kind="attribute", type="genre", label="crime"),
                  E("p:1", label="J. R. R. Tolkien")],
        relations=[R("read", phrase="read", inverse_phrase="was read by"),
                   R("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of"),
                   R("written_by", phrase="is written by", inverse_phrase="wrote")])
    checker = ConsistencyChecker(kg, outside_evidence=True)
    assert checker.check("The Hobbit is a fantasy novel written by J. R. R. Tolkien.", ()).supported
    assert not checker.check("The Hobbit is a crime book.", ()).supported
    assert not checker.check("Dune is a fantasy book.", ()).supported


# Found by a red-team review; every one passed before. Each name is one entity throughout a text
# ("Psycho": 1960, Hitchcock; 1998, Van Sant, Vaughn), a negation no claim takes is unverified,
# and a rating is said of every item it follows.
RED_TEAM_FALSE = [
    (None, "Psycho, directed by Alfred Hitchcock, starred Vince Vaughn."),
    (None, "Psycho was directed by Alfred Hitchcock and Gus Van Sant."),
    (None, "Psycho was directed by Alfred Hitchcock. It starred Vince Vaughn."),
    (None, "The 1960 film Psycho starred Vince Vaughn."),
    (None, "The 1998 Psycho was directed by Alfred Hitchcock."),
    (None, "Ed Wood, directed by Tim Burton, directed Glen or Glenda."),
    (None, "Christopher Lloyd starred in The Pagemaster and produced Dream for an Insomniac."),
    (None, "Vertigo is a romance directed by Catherine Breillat."),
    (None, "Alfred Hitchcock directed Vertigo, but that is not so."),
    (None, "Alfred Hitchcock directed Vertigo never."),
    (None, "Alfred Hitchcock directed North by Northwest and Vertigo not."),
    (None, "Alfred Hitchcock directed Vertigo again."),
    ("user:1", "You loved Reservoir Dogs, but that isn't so."),
    ("user:1", "You rated Reservoir Dogs and Pulp Fiction five stars."),
    ("user:1", "You rated Pulp Fiction 3 stars and Reservoir Dogs 3 stars."),
    ("user:1", "You rated Pulp Fiction and Reservoir Dogs equally."),
    ("user:1", "You rated Pulp Fiction 3 out of 3."),
    ("user:4", "You loved Psycho (1998)."),
    ("user:177", "You rated Psycho 0.5 stars and loved it."),
    (None, "If Alfred Hitchcock directed Vertigo, then Quentin Tarantino directed Reservoir Dogs."),
    (None, "Whereas Alfred Hitchcock directed Vertigo."),
    ("user:1", "You rated Reservoir Dogs five stars, and Pulp Fiction too."),
    ("user:1", "You rated Pulp Fiction 3 out of 10."),
    (None, "Vertigo is a mystery and a romance starring Rocco Siffredi."),
    # fifth round: a relative clause or a year said of a whole list is checked for every member
    ("user:1", "You loved Heat and Reservoir Dogs, both of which Quentin Tarantino directed."),
    ("user:1", "You loved Heat and Reservoir Dogs, which were both directed by Quentin Tarantino."),
    ("user:1", "You loved Heat, Goodfellas and Reservoir Dogs, which were all directed by Quentin Tarantino."),
    (None, "The 1995 films Heat and Ronin star Robert De Niro."),
]
RED_TEAM_TRUE = [
    (None, "Psycho (1960) was directed by Alfred Hitchcock."),
    (None, "Psycho, directed by Gus Van Sant, starred Vince Vaughn."),
    ("user:1", "You rated Pulp Fiction 3 stars and Reservoir Dogs 5 stars."),
    ("user:1", "You rated Pulp Fiction 3 out of 5."),
    (None, "The 1995 films Heat and Casino star Robert De Niro."),
    (None, "Reservoir Dogs and Pulp Fiction were both directed by Quentin Tarantino."),
]


@pytest.mark.parametrize("user,text", RED_TEAM_FALSE)
def test_red_team_false_sentences_are_rejected(example_checker, user, text):
    assert not example_checker.check(text, (), user=user).supported


@pytest.mark.parametrize("user,text", RED_TEAM_TRUE)
def test_red_team_true_twins_pass(example_checker, user, text):
    v = example_checker.check(text, (), user=user)
    assert v.supported, v.reason


# Second red-team round: an apposition or "whose" after an object is said of that object, never
# of the clause's subject (all of the false ones passed before).
APPOSITION_FALSE = [
    ("music", "Oasis was influenced by The Beatles, a band from Manchester."),
    ("music", "Oasis was influenced by The Beatles, a britpop band."),
    ("music", "The Beatles influenced Oasis, a band from Liverpool."),
    ("music", "Metallica was influenced by Black Sabbath, whose home is Los Angeles."),
    ("music", "Black Sabbath influenced Metallica, whose member is Ozzy Osbourne."),
    ("music", "Coldplay, influenced by U2, a band from London."),
    ("example", "Vertigo was scored by Bernard Herrmann, a thriller directed by Alfred Hitchcock."),
    ("example", "Vertigo was directed by Alfred Hitchcock, whose editor is George Tomasini."),
    ("example", "Chinatown was distributed by Paramount Pictures directed by Roman Polanski."),
    ("music", "Nirvana was influenced by Pixies, an alternative rock band signed to Sub Pop."),
    ("music", "Pixies influenced Nirvana, a grunge band from Boston."),
]
APPOSITION_TRUE = [
    ("music", "Pixies influenced Nirvana, a grunge band."),
    ("music", "Metallica was influenced by Black Sabbath, whose home is Birmingham."),
    ("music", "Nirvana, a grunge band, was signed to Sub Pop."),
    ("example", "Psycho, whose director is Alfred Hitchcock, has music by Bernard Herrmann."),
]


@pytest.fixture(scope="module")
def music_checker():
    from kgexplain.datasets.music import music_graph

    return ConsistencyChecker(music_graph(), outside_evidence=True)


@pytest.mark.parametrize("graph,text", APPOSITION_FALSE)
def test_apposition_after_an_object_is_said_of_it(example_checker, music_checker, graph, text):
    checker = music_checker if graph == "music" else example_checker
    assert not checker.check(text, ()).supported


@pytest.mark.parametrize("graph,text", APPOSITION_TRUE)
def test_apposition_true_twins(example_checker, music_checker, graph, text):
    checker = music_checker if graph == "music" else example_checker
    v = checker.check(text, ())
    assert v.supported, v.reason


def test_third_red_team_round(example_checker):
    # the same bare name said twice is the same entity (1960 Psycho: Hitchcock; 1998: Vaughn)
    for text in ("Psycho stars Vince Vaughn and Psycho is directed by Alfred Hitchcock.",
                 "Psycho is directed by Alfred Hitchcock. Psycho stars Vince Vaughn."):
        assert not example_checker.check(text, ()).supported, text
    assert example_checker.check("Psycho is directed by Gus Van Sant. Psycho stars Vince Vaughn.", ()).supported
    # a person's name is matched only as written: "nobody" is not the director Nobody
    E, R = kgx.Entity, kgx.Relation
    kg = kgx.KnowledgeGraph.from_triples(
        [("user:1", "rated", "m:1", {"rating": 5.0}), ("m:1", "directed_by", "person:nobody")],
        entities=[E("user:1", kind="user"), E("m:1", kind="item", type="movie", label="Quiet Days"),
                  E("person:nobody", kind="attribute", type="person", label="Nobody")],
        relations=[R("rated", phrase="rated"),
                   R("directed_by", phrase="is directed by", inverse_phrase="directed")])
    checker = ConsistencyChecker(kg, outside_evidence=True)
    assert not checker.check("Quiet Days was directed by nobody.", ()).supported
    assert checker.check("Quiet Days was directed by Nobody.", ()).supported


# A name placed before another describes it; quotes and emphasis around a title are not words.
# Each pair: a faithful text (rejected before) and a false twin that must stay rejected.
MODIFIERS = [
    ("example", "The thriller Vertigo was scored by Bernard Herrmann.",
     "The comedy Vertigo was scored by Bernard Herrmann."),
    ("example", "Bernard Herrmann scored the Alfred Hitchcock film Vertigo.",
     "Bernard Herrmann scored the Quentin Tarantino film Vertigo."),
    ("example", "Alfred Hitchcock's Vertigo was scored by Bernard Herrmann.",
     "Quentin Tarantino's Vertigo was scored by Bernard Herrmann."),
    ("example", "Bernard Herrmann scored Vertigo, Alfred Hitchcock's film.",
     "Bernard Herrmann scored Vertigo, Quentin Tarantino's film."),
    ("example", "Vertigo is an Alfred Hitchcock film.", "Vertigo is a Cary Grant film."),
    ("example", "Chinatown is a Roman Polanski thriller.", "Chinatown is a Roman Polanski comedy."),
    ("example", "Jaws is a Steven Spielberg horror film.", "Jaws is a Steven Spielberg comedy film."),
    ("example", "Chinatown is a Roman Polanski film written by Robert Towne.",
     "Chinatown is a Roman Polanski film written by Jack Nicholson."),
    ("example", 'Alfred Hitchcock directed "Vertigo".', 'Quentin Tarantino directed "Vertigo".'),
    ("example", "Alfred Hitchcock directed *Vertigo*.", "Alfred Hitchcock directed *Reservoir Dogs*."),
    ("example", "Alfred Hitchcock directed “Vertigo,” which Bernard Herrmann scored.",
     "Alfred Hitchcock directed “Vertigo,” which Quentin Tarantino scored."),
    ("music", "Grunge band Nirvana was signed to Sub Pop.", "Britpop band Nirvana was signed to Sub Pop."),
    ("music", "Seattle band Soundgarden was signed to Sub Pop.",
     "Seattle band Nirvana was signed to Sub Pop."),
    ("music", "Liverpool's The Beatles signed to Parlophone.", "London's The Beatles signed to Parlophone."),
    ("music", "Motörhead's Lemmy played bass guitar.", "Nirvana's Lemmy played bass guitar."),
    ("music", "The Beatles are a rock band.", "The Beatles are a grunge band."),
]


@pytest.mark.parametrize("graph,true_text,false_text", MODIFIERS)
def test_names_that_describe_a_name(example_checker, music_checker, graph, true_text, false_text):
    checker = music_checker if graph == "music" else example_checker
    v = checker.check(true_text, ())
    assert v.supported, v.reason
    assert not checker.check(false_text, ()).supported


def test_modifier_claims_report_their_span(example_checker):
    v = example_checker.check("Bernard Herrmann scored Alfred Hitchcock's Vertigo.", ())
    claim = next(c for c in v.claims if c.triple is not None and c.triple.relation == "directed_by")  # sorted: first
    assert claim.text == "Alfred Hitchcock's Vertigo" and claim.triple.head == "movie:903"
    v = example_checker.check('Alfred Hitchcock directed "Vertigo".', ())
    assert [c.text for c in v.claims if c.kind == "mention"] == ["Alfred Hitchcock", "Vertigo"]


def test_a_star_is_not_the_owner_and_a_title_keeps_its_inner_marks(example_checker):
    # starring is not authorship: "a Cary Grant film" says nothing the graph backs
    assert not example_checker.check("North by Northwest is a Cary Grant film.", ()).supported
    from kgexplain.consistency.checker import _clean

    assert _clean("M*A*S*H and *Vertigo*") == "M*A*S*H and Vertigo"


def test_a_modifier_with_several_readings_takes_the_one_in_the_evidence():
    kg = kgx.KnowledgeGraph.example()
    hitchcock, herrmann = "person:Alfred_Hitchcock", "person:Bernard_Herrmann"
    strict = ConsistencyChecker(kg)
    text = "Alfred Hitchcock's Vertigo was scored by Bernard Herrmann."
    for rel in ("produced_by", "directed_by"):
        ev = [("movie:903", rel, hitchcock), ("movie:903", "music_by", herrmann)]
        v = strict.check(text, ev)
        assert v.supported, v.reason
        assert Triple("movie:903", rel, hitchcock) in [c.triple for c in v.claims]
    # starring is no reading of the possessive, even when it is the evidence
    ev = [("movie:908", "starring", "person:Cary_Grant"), ("movie:908", "music_by", herrmann)]
    assert strict.check("North by Northwest, starring Cary Grant, was scored by Bernard Herrmann.", ev).supported
    assert not strict.check("Cary Grant's North by Northwest was scored by Bernard Herrmann.", ev).supported


# Constructions a writer uses, each with a false twin (all of the true ones were rejected before).
CONSTRUCTIONS = [
    ("example", "Chinatown is a thriller which Roman Polanski directed.",
     "Chinatown is a thriller which Alfred Hitchcock directed."),
    ("example", "Roman Polanski directed Chinatown, a thriller written by Robert Towne.",
     "Roman Polanski directed Chinatown, a thriller written by Roman Polanski."),
    ("example", "Vertigo is a thriller, directed by Alfred Hitchcock.",
     "Vertigo is a thriller, directed by Roman Polanski."),
    ("example", "Vertigo and North by Northwest are thrillers directed by Alfred Hitchcock.",
     "Vertigo and Chinatown are thrillers directed by Alfred Hitchcock."),
    ("example", "Annie Hall, written and directed by Woody Allen, was distributed by United Artists.",
     "Annie Hall, edited and directed by Woody Allen, was distributed by United Artists."),
    ("example", "Alfred Hitchcock is the director and producer of Vertigo.",
     "Alfred Hitchcock is the director and writer of Vertigo."),
    ("example", "Vertigo, which Alfred Hitchcock directed and produced, has music by Bernard Herrmann.",
     "Vertigo, which Alfred Hitchcock directed and scored, has music by Bernard Herrmann."),
    ("example", "Vertigo was directed by Alfred Hitchcock, as were North by Northwest and Psycho.",
     "Vertigo was directed by Alfred Hitchcock, as were North by Northwest and Chinatown."),
    ("example", "North by Northwest and Vertigo share a director.",
     "North by Northwest and Chinatown share a director."),
    ("example", "North by Northwest shares a director with Vertigo.",
     "North by Northwest shares a director with Chinatown."),
    ("example", "North by Northwest has the same director as Vertigo.",
     "North by Northwest has the same director as Chinatown."),
    ("example", "Psycho (1998) stars Vince Vaughn. Psycho (1960) was directed by Alfred Hitchcock.",
     "Psycho (1998) was directed by Alfred Hitchcock."),
    ("example", "Vertigo is a 1958 thriller.", "Vertigo is a 1962 thriller."),
    ("example", "Alfred Hitchcock directed Vertigo, a 1958 thriller.",
     "Alfred Hitchcock directed Vertigo, a 1962 thriller."),
    ("example", "Vertigo is a 1958 Alfred Hitchcock film.", "Vertigo is a 1962 Alfred Hitchcock film."),
    ("example", "Alfred Hitchcock directed Vertigo and North by Northwest. Both were scored by Bernard Herrmann.",
     "Alfred Hitchcock directed Vertigo and Chinatown. Both were scored by Bernard Herrmann."),
    ("example", "Alfred Hitchcock directed Vertigo and North by Northwest. They were scored by Bernard Herrmann.",
     "Alfred Hitchcock directed Vertigo and North by Northwest. They were scored by Quentin Tarantino."),
    ("example", "Vertigo's directors include Alfred Hitchcock.", "Vertigo's directors include Quentin Tarantino."),
    ("music", "Pixies is an alternative rock band that influenced Nirvana.",
     "Pixies is an alternative rock band that influenced Oasis."),
    ("music", "Nirvana's members include Kurt Cobain and Dave Grohl.",
     "Nirvana's members include Kurt Cobain and Liam Gallagher."),
    ("music", "The members of Nirvana include Kurt Cobain and Dave Grohl.",
     "The members of Nirvana include Kurt Cobain and Liam Gallagher."),
    ("music", "Oasis, the Manchester britpop band, was influenced by The Beatles.",
     "Oasis, the Seattle britpop band, was influenced by The Beatles."),
    ("music", "Kurt Cobain plays guitar in Nirvana.", "Kurt Cobain plays guitar in Oasis."),
    ("music", "Nirvana is a 1987 grunge band.", "Nirvana is a 1990 grunge band."),
    # "another" needs another item of the text to share the fact
    ("example", "Aliens is a James Cameron film, and Titanic is another James Cameron film.",
     "Jaws is a James Cameron film, and Titanic is another James Cameron film."),
    ("example", "Chinatown is a thriller, and Vertigo is another thriller.", "Vertigo is another thriller."),
    # sixth red-team round's faithful texts, and their false twins
    ("example", "Alfred Hitchcock's 1958 thriller Vertigo was scored by Bernard Herrmann.",
     "Alfred Hitchcock's 1962 thriller Vertigo was scored by Bernard Herrmann."),
    ("example", "Bernard Herrmann scored the 1958 Alfred Hitchcock film Vertigo.",
     "Bernard Herrmann scored the 1962 Alfred Hitchcock film Vertigo."),
    ("example", "Gus Van Sant directed Psycho in 1998.", "Gus Van Sant directed Psycho in 1960."),
    ("example", "Vertigo, released in 1958, was directed by Alfred Hitchcock.",
     "Vertigo, released in 1962, was directed by Alfred Hitchcock."),
    ("example", "Psycho (1960) and Psycho (1998) share a composer.",
     "Psycho (1960) and Chinatown share a composer."),
    ("example", "Vertigo by Alfred Hitchcock is a thriller.", "Vertigo by Alfred Hitchcock is a comedy."),
    ("example", "Psycho (1960) by Alfred Hitchcock was scored by Bernard Herrmann.",
     "Psycho (1998) by Alfred Hitchcock was scored by Bernard Herrmann."),
    ("example", "Vertigo is a thriller Alfred Hitchcock directed.",
     "Vertigo is a thriller Roman Polanski directed."),
    ("example", "Vertigo's director also directed Rebecca.", "Vertigo's director also directed Chinatown."),
    ("example", "Vertigo's composer also scored Psycho.", "Vertigo's director also scored Psycho."),
    # a relation's noun from its declared range, when the type is its own ("label", "city")
    ("music", "Nirvana and Soundgarden share a label.", "Nirvana and Oasis share a label."),
    ("music", "Foo Fighters and Pearl Jam share a city.", "Nirvana and Oasis share a city."),
    ("music", "Sub Pop is a label of Nirvana.", "Sub Pop is a label of Oasis."),
    ("music", "Parlophone is the label of The Beatles.", "Sub Pop is the label of Nirvana."),
    # player nouns: membership and the instrument
    ("music", "Ringo Starr was the drummer of The Beatles.", "Ringo Starr was the guitarist of The Beatles."),
    ("music", "Dave Grohl was the drummer of Nirvana.", "Ringo Starr was the drummer of Oasis."),
    ("music", "Oasis guitarist Noel Gallagher plays guitar.", "Oasis drummer Noel Gallagher plays guitar."),
    ("music", "Drummer Ringo Starr is a member of The Beatles.",
     "Guitarist Ringo Starr is a member of The Beatles."),
    # the third blind writer's rejected faithful texts, each with a false twin
    ("example", "Reservoir Dogs, a crime film, has the same editor as Pulp Fiction, Sally Menke.",
     "Reservoir Dogs, a crime film, has the same editor as Pulp Fiction, Quentin Tarantino."),
    ("example", "Blade Runner is a Ridley Scott film, and so is Gladiator.",
     "Blade Runner is a Ridley Scott film, and so is Toy Story."),
    ("example", "Gladiator was directed by Ridley Scott, and so was Blade Runner.",
     "Gladiator was directed by Ridley Scott, and so was Toy Story."),
    ("example", "Julianne Moore appears in The Big Lebowski and in Psycho (1998).",
     "Julianne Moore appears in The Big Lebowski and in Psycho (1960)."),
    ("example", "Julianne Moore appears in The Big Lebowski and in Psycho (1998), which Gus Van Sant "
     "directed.", "Julianne Moore appears in The Big Lebowski and in Psycho (1998), which Joel Coen "
     "directed."),
    ("example", "The Fugitive (1993) is a thriller with music by James Newton Howard.",
     "The Fugitive (1993) is a thriller with music by Hans Zimmer."),
    ("example", "Vertigo, a 1958 film by Alfred Hitchcock, has music by Bernard Herrmann.",
     "Vertigo, a 1958 film by Steven Spielberg, has music by Bernard Herrmann."),
    ("example", "Vertigo, a film by Alfred Hitchcock, has music by Bernard Herrmann.",
     "Vertigo, a 1968 film by Alfred Hitchcock, has music by Bernard Herrmann."),
    ("example", "Alfred Hitchcock's Vertigo was released in 1958.",
     "Alfred Hitchcock's Vertigo was released in 1968."),
    ("example", "Vertigo was released in 1958.", "Vertigo and Rear Window were released in 1958."),
    # red-team round 8's rejected true sentences
    ("example", "Vertigo was directed by Alfred Hitchcock in 1958.",
     "Vertigo was directed by Alfred Hitchcock in 1968."),
    ("example", "Spike Lee wrote Clockers with Richard Price.",
     "Spike Lee wrote Clockers with Harvey Keitel."),
    ("example", "Harvey Keitel starred in Clockers alongside John Turturro.",
     "Harvey Keitel starred in Clockers alongside Richard Price."),
    ("example", "Clockers was produced by Spike Lee with Martin Scorsese.",
     "Clockers was produced by Spike Lee with Richard Price."),
    ("example", "Clockers stars Harvey Keitel along with John Turturro and Delroy Lindo.",
     "Clockers stars Harvey Keitel along with John Turturro and Richard Price."),
    ("example", "David Fincher directed Fight Club and Se7en, both thrillers.",
     "David Fincher directed Fight Club and Toy Story, both thrillers."),
    ("example", "Vertigo and Psycho (1998) were scored by the same composer, Bernard Herrmann.",
     "Vertigo and Psycho (1998) were scored by the same director, Bernard Herrmann."),
    ("example", "Vertigo and Rope have the same director.", "Vertigo and Rope have the same composer."),
    ("example", "Vertigo and Rope are by the same director.",
     "Vertigo and Toy Story are by the same director."),
    ("example", "Vertigo and Rope have a director in common.", "Vertigo and Rope have a director."),
    ("example", "Vertigo features a score by Bernard Herrmann.",
     "Vertigo features cinematography by Bernard Herrmann."),
    ("example", "Vertigo, with its score by Bernard Herrmann, is a thriller.",
     "Vertigo, with its score by Robert Burks, is a thriller."),
    ("example", "Alex Proyas co-wrote Dark City.", "Michael Mann co-wrote Heat."),  # Mann alone
    ("example", "Titanic was co-produced by Jon Landau.", "Heat was co-produced by Art Linson."),
    ("example", "Ed Wood is a comedy starring Johnny Depp.", "Ed Wood is a comedy starring Tom Hanks."),
    ("example", "Casino (1995) is a Martin Scorsese crime drama starring Robert De Niro, Sharon Stone "
     "and Joe Pesci.", "Casino (1995) is a Martin Scorsese crime drama starring Robert De Niro, "
     "Sharon Stone and Tom Hanks."),
    ("example", "Edward Scissorhands (1990) is a Tim Burton fantasy with Johnny Depp, Winona Ryder and "
     "Vincent Price.", "Edward Scissorhands (1990) is a Tim Burton fantasy with Johnny Depp and Tom Hanks."),
    ("example", "Vertigo shares a cinematographer with The Birds.",
     "Vertigo shares a cinematographer with Toy Story."),
    ("example", "Vertigo, Alfred Hitchcock's 1958 mystery, has music by Bernard Herrmann and was shot "
     "by Robert Burks.", "Vertigo, Alfred Hitchcock's 1968 mystery, has music by Bernard Herrmann."),
    ("example", "Vertigo, Alfred Hitchcock's mystery, has music by Bernard Herrmann.",
     "Vertigo, Alfred Hitchcock's comedy, has music by Bernard Herrmann."),
    ("example", "Bernard Herrmann scored Vertigo, Alfred Hitchcock's 1958 thriller.",
     "Bernard Herrmann scored Vertigo, Steven Spielberg's 1958 thriller."),
    ("example", "North by Northwest stars Cary Grant, Eva Marie Saint and James Mason, with a score by "
     "Bernard Herrmann.", "North by Northwest stars Cary Grant, Eva Marie Saint and James Mason, with "
     "a score by John Williams."),
    ("example", "Psycho (1960) was directed by Alfred Hitchcock, the director of Vertigo, and scored "
     "by Bernard Herrmann.", "Psycho (1960) was directed by Alfred Hitchcock, the director of Toy "
     "Story."),
    ("example", "Psycho (1960) was scored by Bernard Herrmann, the composer of Vertigo.",
     "Psycho (1960) was scored by Bernard Herrmann, the director of Vertigo."),
    ("example", "Legend is a 1985 fantasy from Ridley Scott.",
     "Legend is a 1985 fantasy from Steven Spielberg."),
    ("example", "Dial M for Murder (1954) comes from Alfred Hitchcock.",
     "Dial M for Murder (1954) comes from Steven Spielberg."),
    ("music", "Soundgarden is a grunge band from Seattle.", "Soundgarden is a grunge band from Aberdeen."),
    ("example", "North by Northwest is a 1959 thriller from Alfred Hitchcock starring Cary Grant.",
     "North by Northwest is a 1959 thriller from Alfred Hitchcock starring Tom Hanks."),
    ("music", "Iron Maiden is a London heavy metal band from 1975.",
     "Iron Maiden is a London heavy metal band from 1976."),
    ("example", "Toy Story is an animated comedy.", "Toy Story is an animated horror film."),
    ("example", "Vertigo, from 1958, was directed by Alfred Hitchcock.",
     "Vertigo, from 1968, was directed by Alfred Hitchcock."),
    ("example", "Vertigo is from 1958.", "Vertigo is from 1959."),
    ("example", "Bernard Herrmann wrote the score for Vertigo.",
     "Hans Zimmer wrote the score for The Rock."),  # he is one of two: "the score" says the only
    ("example", "Vangelis composed the score of Blade Runner.", "Vangelis composed the score of Vertigo."),
    ("example", "Vertigo premiered in 1958.", "Vertigo premiered in 1957."),
    ("example", "In 1958, Alfred Hitchcock directed Vertigo.", "In 1960, Alfred Hitchcock directed Vertigo."),
    ("example", "Released in 1958, Vertigo was directed by Alfred Hitchcock.",
     "In 1958, Alfred Hitchcock directed Vertigo and Psycho."),
    ("example", "Misery (1990): directed by Rob Reiner and written by William Goldman.",
     "Misery (1990): directed by Steven Spielberg."),
    ("music", "Public Enemy, whose members include Chuck D and Flavor Flav, signed to Def Jam Recordings.",
     "Public Enemy, whose members include Chuck D and Flavor Flav, signed to Sub Pop."),
    ("example", "Alien is a science fiction horror film.", "Alien is a science fiction comedy."),
    ("example", "Alfred Hitchcock directed Vertigo in 1958 and Psycho in 1960.",
     "Alfred Hitchcock directed Vertigo in 1958 and Psycho in 1961."),
    ("example", "Vertigo was scored by Bernard Herrmann. Citizen Kane was too.",
     "Vertigo was scored by Bernard Herrmann. Toy Story was too."),
    ("example", "Vertigo was scored by Bernard Herrmann. So was Psycho.",
     "Vertigo was scored by Bernard Herrmann. So was Toy Story."),
    ("music", "Lemmy plays bass guitar in Motörhead, and the band comes from London.",
     "Lemmy plays bass guitar in Motörhead, and the band comes from Seattle."),
    ("music", "Coldplay were influenced by Radiohead and U2 and, like Radiohead, are signed to Parlophone.",
     "Coldplay were influenced by Radiohead and U2 and, like U2, are signed to Parlophone."),
    ("example", "Philadelphia (1993) is a drama from Jonathan Demme, director of The Silence of the Lambs.",
     "Philadelphia (1993) is a drama from Jonathan Demme, director of Vertigo."),
    ("example", "Woody Allen wrote Annie Hall (1977) with Marshall Brickman and directed it.",
     "Woody Allen wrote Annie Hall (1977) with Diane Keaton and directed it."),
    ("example", "Fans of Raging Bull should try Cape Fear (1991): it was directed by Martin Scorsese.",
     "Fans of Raging Bull should try Cape Fear (1991): it was directed by Steven Spielberg."),
    ("example", "Howard Shore scored Seven, David Fincher's 1995 thriller with Brad Pitt and Morgan "
     "Freeman.", "Howard Shore scored Seven, David Fincher's 1995 thriller with Brad Pitt and Tom Hanks."),
]


BLIND_3_USER = [  # (user, true text, false twin)
    ("user:474", "Titanic is a film you liked.", "Titanic is a film you hated."),
    ("user:1", "Bryan Singer directed The Usual Suspects, rated five stars by you.",
     "Bryan Singer directed The Usual Suspects, rated four stars by you."),
    ("user:469", "Ridley Scott directed Alien and Blade Runner, both rated five stars by you.",
     "Ridley Scott directed Alien and Blade Runner, both rated four stars by you."),
    ("user:1", "You gave The Usual Suspects a perfect 5.", "You gave Heat a perfect 5."),
    ("user:1", "Bryan Singer directed The Usual Suspects, which you rated 5★.",
     "Bryan Singer directed The Usual Suspects, which you rated 4★."),
    ("user:1", "The Producers (1968). Because you watched Young Frankenstein: same director, Mel Brooks.",
     "The Producers (1968). Because you watched Young Frankenstein: same director, Steven Spielberg."),
    ("user:1", "The Aristocats (1970). Why: you loved The Sword in the Stone; same director, Wolfgang "
     "Reitherman; same composer, George Bruns.", "The Aristocats (1971). Why: you loved The Sword in "
     "the Stone; same director, Wolfgang Reitherman."),
    ("user:1", "Loved Young Frankenstein? Gene Wilder and Kenneth Mars also star in The Producers (1968), "
     "another Mel Brooks comedy.", "Loved Young Frankenstein? Gene Wilder and Kenneth Mars also star in "
     "The Producers (1968), another Steven Spielberg comedy."),
    ("user:1", "You gave Fight Club five stars and Psycho two.",
     "You gave Fight Club five stars and Psycho three."),
    ("user:474", "You gave The Birds four and a half stars.", "You gave The Birds three and a half stars."),
    ("user:469", "You gave Blood Simple and Raising Arizona five stars each.",
     "You gave Blood Simple and Raising Arizona four stars each."),
    ("user:91", "Steve Buscemi, who starred in Reservoir Dogs, a film you rated four stars, also "
     "appears in The Big Lebowski.", "Steve Buscemi, who starred in Reservoir Dogs, a film you "
     "rated two stars, also appears in The Big Lebowski."),
    ("user:387", "Alfred Hitchcock directed Vertigo and Psycho, two films you rated highly.",
     "Alfred Hitchcock directed Vertigo and Psycho, three films you rated highly."),
    ("user:469", "Steven Spielberg directed Jaws, one of your favourites.",
     "Steven Spielberg directed Jaws and Hook, two of your favourites."),
    ("user:288", "Terry Gilliam directed Twelve Monkeys, one of your five-star films.",
     "Terry Gilliam directed Twelve Monkeys and Brazil, two of your five-star films."),
    ("user:387", "If you loved Vertigo, Rope is another Alfred Hitchcock thriller, starring James "
     "Stewart.", "If you loved Vertigo, Rope is another Alfred Hitchcock thriller, starring Tom Hanks."),
    ("user:474", "You gave Titanic four stars, so we think you'll enjoy The Abyss, another film "
     "directed by James Cameron.", "You gave Titanic four stars, so we think you'll enjoy The "
     "Abyss, another film directed by Steven Spielberg."),
    ("user:1", "You loved Fight Club and The Matrix, both thrillers.",
     "You loved Fight Club and The Matrix, both comedies."),
    ("user:1", "Psycho, which you rated two stars, is a horror film.",
     "Psycho, which you rated two stars, is a comedy."),
    ("user:1", "You rated Fight Club 5/5.", "You rated Fight Club 4/5."),
    ("user:1", "You gave Fargo five stars; like The Big Lebowski, it is a crime comedy.",
     "You gave Fargo five stars; like Toy Story, it is a crime comedy."),
    ("user:1", "Since you loved Gladiator, you might enjoy Blade Runner, another Ridley Scott film.",
     "Since you loved Toy Story, you might enjoy Blade Runner, another Ridley Scott film."),
    ("user:1", "Reservoir Dogs, which you loved, has the same editor as Pulp Fiction, Sally Menke.",
     "Reservoir Dogs, which you loved, has the same editor as Pulp Fiction, Quentin Tarantino."),
]


@pytest.mark.parametrize("user,true_text,false_text", BLIND_3_USER)
def test_writers_constructions_with_user_claims(example_checker, user, true_text, false_text):
    v = example_checker.check(true_text, (), user=user)
    assert v.supported, v.reason
    assert not example_checker.check(false_text, (), user=user).supported


def test_both_after_a_list_of_user_claims_is_said_of_each(music_checker):
    text = "You loved Beastie Boys and Jay-Z, both from New York City."
    assert music_checker.check(text, (), user="user:bruno").supported
    text = "You loved Beastie Boys and Jay-Z, both from Seattle."
    assert not music_checker.check(text, (), user="user:bruno").supported


def test_if_is_read_only_before_a_user_claim(example_checker):
    text = "If Alfred Hitchcock directed Vertigo, Quentin Tarantino directed Reservoir Dogs."
    assert not example_checker.check(text, ()).supported
    v = example_checker.check("If you loved Vertigo, Rope is another Alfred Hitchcock thriller.", (),
                              user="user:1")  # user:1 never rated Vertigo
    assert "not_rated" in [c.status for c in v.rejected]


def test_a_capitalized_genre_after_a_guessed_copula_on_a_phrases_only_graph():
    # a board-game registry declares phrases only: "is a" is the guessed copula there
    kg = kgx.KnowledgeGraph.from_triples(
        [("game:hk", "has_genre", "genre:mv"), ("game:hk", "developed_by", "studio:tc"),
         ("game:ce", "has_genre", "genre:pf"), ("game:ce", "developed_by", "studio:mm")],
        entities=[kgx.Entity("game:hk", kind="item", label="Hollow Knight", type="game"),
                  kgx.Entity("game:ce", kind="item", label="Celeste", type="game", attrs={"year": 2018}),
                  kgx.Entity("genre:mv", kind="attribute", label="Metroidvania", type="genre"),
                  kgx.Entity("genre:pf", kind="attribute", label="platformer", type="genre"),
                  kgx.Entity("studio:tc", kind="attribute", label="Team Cherry", type="studio"),
                  kgx.Entity("studio:mm", kind="attribute", label="Maddy Makes Games", type="studio")],
        relations=[kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of",
                                domain=("game",), range=("genre",)),
                   kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                                domain=("game",), range=("studio",))])
    checker = ConsistencyChecker(kg, outside_evidence=True)
    for true, false in [("Hollow Knight is a Metroidvania.", "Celeste is a Metroidvania."),
                        ("Hollow Knight is a Metroidvania by Team Cherry.",
                         "Hollow Knight is a Metroidvania by Maddy Makes Games."),
                        ("Hollow Knight, a Metroidvania, was developed by Team Cherry.",
                         "Hollow Knight, a platformer, was developed by Team Cherry.")]:
        v = checker.check(true, ())
        assert v.supported, (true, v.reason)
        assert not checker.check(false, ()).supported, false
    v = checker.check("Celeste, a 2018 platformer developed by Maddy Makes Games.", ())
    assert v.supported, v.reason
    assert not checker.check("Celeste, a 2019 platformer developed by Maddy Makes Games.", ()).supported


ALSO_INSIDE_THE_CUE = [  # round-10 dev writer: false texts accepted before (nothing else shares it)
    ("user:1", "Because you loved Alien: Chinatown is also directed by Roman Polanski."),
    ("user:1", "You loved Heat. Blade Runner is also directed by Ridley Scott."),
    (None, "The Goonies is fun; Stand by Me is also a Rob Reiner film."),
]


@pytest.mark.parametrize("user,text", ALSO_INSIDE_THE_CUE)
def test_also_inside_a_cue_needs_another_item_to_share_it(example_checker, user, text):
    v = example_checker.check(text, (), user=user)
    assert "nothing_shared" in [c.status for c in v.rejected]


def test_also_inside_a_cue_holds_when_another_item_shares_it(example_checker, music_checker):
    text = "Alien was directed by Ridley Scott. Blade Runner is also directed by Ridley Scott."
    assert example_checker.check(text, ()).supported
    assert not music_checker.check("Oasis is also signed to Creation Records.", ()).supported


def test_a_noun_of_names_without_a_cue_is_not_read(music_checker):
    # "the band of A and B" named no relation the graph's cues know: A and B were read as
    # the subjects of the next verb
    text = "The Velvet Underground, the art rock band of Lou Reed and John Cale, influenced David Bowie."
    assert "unknown_words" in [c.status for c in music_checker.check(text, ()).rejected]
    v = music_checker.check("Loved Nirvana? Try Foo Fighters.", (), user=None)
    assert not v.supported


RED_TEAM_11_FALSE = [  # accepted before: "another"/"also"/"too" after the noun, years through
    # ellipsis and comparison, "co-" beyond the first object (round 11, 135 of 707 accepted)
    ("user:1", "You loved Alien; Aliens is another film directed by James Cameron."),
    (None, "Aliens is another film directed by James Cameron."),
    ("user:177", "You loved Chinatown; Vertigo is another thriller directed by Alfred Hitchcock."),
    ("user:177", "Fans of Rebecca should try Vertigo, another mystery scored by Bernard Herrmann."),
    ("user:177", "You loved Chinatown; Vertigo is another mystery that Alfred Hitchcock directed."),
    ("user:177", "You loved Chinatown; Vertigo is a thriller directed by Alfred Hitchcock too."),
    ("user:177", "Fans of Rebecca should try Vertigo, another 1958 thriller."),
    (None, "Vertigo is a 1958 thriller. So is Rebecca."),
    (None, "Vertigo was directed by Alfred Hitchcock in 1958, as was Rebecca."),
    (None, "Vertigo came out in 1958, like North by Northwest."),
    (None, "Rebecca is a thriller; like Rebecca, Citizen Kane came out in 1941."),
    (None, "Spike Lee co-wrote Clockers and Jungle Fever."),
    (None, "Heat, which Michael Mann co-wrote, stars Al Pacino."),
    (None, "Clockers was co-written by Spike Lee. So was Jungle Fever."),
    ("user:177", "You loved Vertigo, a 1958 thriller, and Rebecca, another."),
    ("user:177", "If you loved Rebecca, try Vertigo, another thriller from 1958."),
]
RED_TEAM_11_TRUE = [
    (None, "Heat and The Insider, Michael Mann's films, star Al Pacino."),
    (None, "Spike Lee wrote Clockers and also directed it."),
    (None, "Alfred Hitchcock directed Vertigo and also North by Northwest."),
    (None, "Alien was directed by Ridley Scott. Blade Runner is also directed by Ridley Scott."),
    (None, "Vertigo is a thriller. So is North by Northwest."),
    (None, "Spike Lee co-wrote Clockers."),
    ("user:387", "If you loved Vertigo, Rope is another Alfred Hitchcock thriller, starring James Stewart."),
]


RED_TEAM_12_FALSE = [  # accepted before (round 12: 152 of 747)
    ("user:1", "You loved Heat. Titanic was likewise directed by James Cameron."),
    ("user:1", "You loved Heat. Titanic, similarly, stars Kate Winslet."),
    ("user:1", "Because you loved Heat, you may like Titanic, which James Cameron also directed."),
    ("user:1", "Because you loved Heat, you may like Titanic, a drama James Cameron also directed."),
    ("user:1", "You gave Heat four stars. Titanic, which James Cameron directed, too."),
    (None, "Vertigo was produced by Alfred Hitchcock. So was Rebecca, which he directed."),
    ("user:1", "Because you loved Heat, you may like Titanic, as both were directed by James Cameron."),
    ("user:1", "Because you loved The Abyss, you may like Titanic, another James Cameron drama."),
    ("user:1", "Because you loved The Abyss, you may like Titanic, another film written and directed "
               "by James Cameron."),
    ("user:1", "Because you loved The Abyss, you may like Titanic, another film which James Cameron "
               "edited."),
    ("user:1", "You loved Heat and The Abyss, James Cameron's films."),
    (None, "Alfred Hitchcock directed Vertigo in 1958, and Psycho too."),
    (None, "Vertigo came out in 1958, as did North by Northwest, which Alfred Hitchcock directed."),
    (None, "North by Northwest, which, like Vertigo, came out in 1958, is a thriller."),
    (None, "Vertigo was scored by Bernard Herrmann; so was Rebecca, which Alfred Hitchcock directed."),
]


RED_TEAM_13_FALSE = [  # accepted before (round 13: 54 of 349): user:19 rated Notorious 3 and
    # never rated Rebecca; Psycho is from 1960
    ("user:19", "Alfred Hitchcock directed Notorious and Vertigo, loved by you."),
    ("user:19", "Alfred Hitchcock directed Rebecca and Vertigo, watched by you."),
    ("user:19", "Psycho was directed by Alfred Hitchcock, like Notorious and Vertigo, loved by you."),
    ("user:19", "Released in 1958, Vertigo was directed by Alfred Hitchcock. So was Psycho."),
    ("user:19", "In 1958, Vertigo was scored by Bernard Herrmann. So was North by Northwest."),
    ("user:19", "Released in 1958, Vertigo and Psycho were directed by Alfred Hitchcock."),
    ("user:19", "Bernard Herrmann scored Vertigo and, in 1958, Psycho."),
]
RED_TEAM_14_FALSE = [  # accepted before (round 14: 38 of 462): "like X" and ellipsis took only
    # one part of a joined predicate
    ("user:603", "Like Rebecca, Vertigo was directed by Alfred Hitchcock and scored by Bernard Herrmann."),
    ("user:603", "You loved Rebecca, so try Vertigo: like Rebecca, it was directed by Alfred Hitchcock "
                 "and scored by Bernard Herrmann."),
    ("user:603", "Vertigo was scored by Bernard Herrmann and directed by Alfred Hitchcock, as was Rebecca."),
    ("user:603", "Vertigo was scored by Bernard Herrmann and directed by Alfred Hitchcock. So was Rebecca."),
]



def test_like_x_and_ellipsis_repeat_the_whole_predicate(music_checker, example_checker):
    assert not music_checker.check("Like Nirvana, Soundgarden is signed to Sub Pop and comes from Seattle.",
                                   ()).supported  # Nirvana is from Aberdeen
    # an apposition only describes: "as was" repeats the clause's own predicate
    v = example_checker.check("Vertigo, scored by Bernard Herrmann, was directed by Alfred Hitchcock, "
                              "as was Rebecca.", ())
    assert v.supported, v.reason


RED_TEAM_13_TRUE = [
    ("user:19", "Vertigo, rated five stars by you, was directed by Alfred Hitchcock."),
    ("user:19", "Released in 1958, Vertigo was scored by Bernard Herrmann, who also scored Psycho."),
]



@pytest.mark.parametrize("user,text", RED_TEAM_13_TRUE)
def test_thirteenth_red_team_true_twins(example_checker, user, text):
    v = example_checker.check(text, (), user=user)
    assert v.supported, v.reason


@pytest.mark.parametrize("user,text", RED_TEAM_11_FALSE + RED_TEAM_12_FALSE + RED_TEAM_13_FALSE
                         + RED_TEAM_14_FALSE)
def test_red_team_11_to_14_false_sentences(example_checker, user, text):
    assert not example_checker.check(text, (), user=user).supported


def test_a_span_at_the_end_of_a_text_is_reported_not_raised(example_checker):
    v = example_checker.check("Vertigo is also a thriller", ())  # no final period
    assert not v.supported and "nothing_shared" in [c.status for c in v.rejected]




@pytest.mark.parametrize("user,text", RED_TEAM_11_TRUE)
def test_eleventh_red_team_true_twins(example_checker, user, text):
    v = example_checker.check(text, (), user=user)
    assert v.supported, v.reason


def test_like_x_it_is_not_x(example_checker):
    v = example_checker.check("Like The Big Lebowski, it is a crime comedy.", ())
    assert "unresolved_reference" in [c.status for c in v.rejected]


@pytest.mark.parametrize("graph,true_text,false_text", CONSTRUCTIONS)
def test_writers_constructions(example_checker, music_checker, graph, true_text, false_text):
    checker = music_checker if graph == "music" else example_checker
    v = checker.check(true_text, ())
    assert v.supported, v.reason
    assert not checker.check(false_text, ()).supported


def test_a_shared_value_needs_its_facts_in_the_evidence():
    strict = ConsistencyChecker(kgx.KnowledgeGraph.example())
    ev = [("movie:908", "directed_by", "person:Alfred_Hitchcock"),
          ("movie:903", "directed_by", "person:Alfred_Hitchcock")]
    v = strict.check("North by Northwest and Vertigo share a director.", ev)
    assert v.supported, v.reason
    assert set(ev) <= {tuple(c.triple) for c in v.claims if c.triple is not None}
    # true in the graph (both produced by Hitchcock), but not what the evidence holds
    assert not strict.check("North by Northwest and Vertigo share a producer.", ev).supported
    assert not strict.check("North by Northwest and Vertigo do not share a director.", ev).supported


def test_one_name_said_of_several_items_is_not_a_claim_about_one(example_checker):
    # sixth red-team round: "Both Psycho films ..." passed as a claim about one of them
    for text in ("Both Psycho films were directed by Alfred Hitchcock.",
                 "The Psycho films both starred Vince Vaughn.",
                 "Both Vertigo films were directed by Alfred Hitchcock.",
                 "Both Cape Fear films starred Robert De Niro."):
        v = example_checker.check(text, ())
        assert "plural_name" in [c.status for c in v.rejected], (text, v.reason)
    assert example_checker.check("Heat and Casino are crime films.", ()).supported


# Sixth red-team round (an outside reviewer, 1,604 sentences): 223 false sentences passed, from
# five gaps. One test per cause; each false sentence passed before the fix.
RED_TEAM_6_FALSE = [
    # C: a modifier before a list is said of every item
    ("example", None, "The thrillers Vertigo and Annie Hall are romances."),
    ("example", None, "Alfred Hitchcock's Vertigo and Chinatown are thrillers."),
    ("example", "user:57", "You loved the thrillers Vertigo and Citizen Kane."),
    ("music", None, "The Seattle bands Soundgarden and Nirvana are signed to Sub Pop."),
    ("music", None, "The Beatles' John Lennon and Keith Richards play guitar."),
    ("music", None, "The Beatles members John Lennon and Keith Richards play guitar."),
    # D: an apposition or relative clause on a listed object keeps the clause's predicate
    ("example", None, "Alfred Hitchcock directed Vertigo, a thriller, and Chinatown, a thriller."),
    ("example", None, "Alfred Hitchcock directed Vertigo, which is a thriller, and Chinatown, which is a thriller."),
    ("example", "user:219", "You loved Rear Window, a thriller, and Rebecca, a romance."),
    ("example", "user:219", "You rated Rear Window, a thriller, and Chinatown, a thriller, five stars."),
    ("music", None, "Oasis was influenced by The Beatles, a rock band, as was Blur, a britpop band."),
    # E: a name only described is not yet said ("also", "too", a fragment)
    ("example", None, "Alfred Hitchcock directed Vertigo. Also Chinatown, a thriller."),
    ("example", None, "Alfred Hitchcock directed Vertigo and also the thriller Chinatown."),
    ("music", "user:chiara", "You loved Motörhead. Also the grunge band Nirvana."),
    # B: a definite list names all of them; "the N of X is Y" the only one
    ("music", None, "The members of Nirvana are Kurt Cobain and Dave Grohl."),
    ("music", None, "Kurt Cobain and Dave Grohl are the members of Nirvana."),
    ("music", None, "The Nirvana members are Kurt Cobain and Dave Grohl."),
    ("example", None, "Vertigo's genres are thriller and mystery."),
    ("example", None, "The writer of Annie Hall is Marshall Brickman."),
]
RED_TEAM_6_TRUE = [
    ("example", None, "The thrillers Vertigo and North by Northwest were directed by Alfred Hitchcock."),
    ("example", None, "Alfred Hitchcock directed Vertigo, a thriller, and Psycho, a horror film."),
    ("example", None, "Alfred Hitchcock directed Vertigo and also North by Northwest."),
    ("music", None, "The members of Nirvana are Kurt Cobain, Krist Novoselic and Dave Grohl."),
    ("music", None, "Nirvana's members include Kurt Cobain and Dave Grohl."),
    ("music", None, "Kurt Cobain and Dave Grohl are members of Nirvana."),
    ("music", None, "The Beatles' members John Lennon and George Harrison play guitar."),
    ("example", None, "The director of Vertigo is Alfred Hitchcock."),
    ("example", None, "Crime and Action are the genres of both Heat and Ronin."),
]


@pytest.mark.parametrize("graph,user,text", RED_TEAM_6_FALSE)
def test_sixth_red_team_false_sentences(example_checker, music_checker, graph, user, text):
    checker = music_checker if graph == "music" else example_checker
    assert not checker.check(text, (), user=user).supported


@pytest.mark.parametrize("graph,user,text", RED_TEAM_6_TRUE)
def test_sixth_red_team_true_twins(example_checker, music_checker, graph, user, text):
    checker = music_checker if graph == "music" else example_checker
    v = checker.check(text, (), user=user)
    assert v.supported, v.reason


def test_a_negated_love_is_checked_against_the_rating(example_checker):
    # user:219 rated Vertigo 3.5 and Rear Window 4.5
    assert example_checker.check("You didn't love Vertigo.", (), user="user:219").supported
    v = example_checker.check("You didn't love Rear Window.", (), user="user:219")
    assert not v.supported and "negated_fact" in v.reason


def test_a_third_domain_reads_the_same_constructions():
    # books (tests/data/bookshelf.py): relations declared in code, genre with its own cues
    checker = ConsistencyChecker(_bookshelf().build(), outside_evidence=True)
    pairs = [
        ("Dune, a science fiction novel by Frank Herbert, is set in Arrakis.",
         "Dune, a science fiction novel by Isaac Asimov, is set in Arrakis."),
        ("The Hobbit and The Silmarillion share an author.", "The Hobbit and Dune share an author."),
        ("Beloved is a Toni Morrison novel.", "Beloved is a Jane Austen novel."),
        ("Like Dune, Neuromancer is science fiction.", "Like Dune, The Hobbit is science fiction."),
        ("Jane Austen's Emma is a romance novel.", "Jane Austen's Emma is a fantasy novel."),
        ("Dune by Frank Herbert was published by Chilton Books.",
         "Dune by Isaac Asimov was published by Chilton Books."),
    ]
    for true_text, false_text in pairs:
        v = checker.check(true_text, ())
        assert v.supported, (true_text, v.reason)
        assert not checker.check(false_text, ()).supported, false_text


def test_a_person_named_by_a_tag_is_not_an_author(example_checker):
    # the example graph tags films with people's names; a tag never makes "a Y film" true
    assert not example_checker.check("The Shining is a Stanley Kubrick film.", ()).supported
    assert not example_checker.check("North by Northwest is a Cary Grant film.", ()).supported
    assert example_checker.check("Toy Story is a pixar film.", ()).supported


def test_a_title_without_letters_is_a_name():
    # the audit found the template's "'71 is a film of the genre Thriller." rejected: a title
    # with no letters counted as written in lower case, where only attributes may be named
    checker = ConsistencyChecker(kgx.KnowledgeGraph.example())
    ev = [("movie:117867", "has_genre", "genre:Thriller")]
    v = checker.check("'71 is a film of the genre Thriller.", ev)
    assert v.supported, v.reason


def test_them_is_not_the_subject_of_its_own_clause(music_checker):
    text = "You loved The Beatles, and Oasis was influenced by them."
    v = music_checker.check(text, (), user="user:ada")
    assert v.supported, v.reason
    false = "You loved The Beatles, and Metallica was influenced by them."
    assert not music_checker.check(false, (), user="user:ada").supported


def test_he_or_she_with_several_people_before_stands_for_each(example_checker):
    # the second blind writer's set: "she" was read as the nearest person (James Cameron)
    for text in ("Kate Winslet stars in Titanic, which James Cameron directed; she also wrote Aliens.",
                 "Diane Keaton stars in Manhattan, which Woody Allen wrote; she also directed it."):
        assert not example_checker.check(text, ()).supported, text
    assert example_checker.check("Woody Allen wrote Manhattan; he also directed it.", ()).supported


@pytest.mark.parametrize("domain", ["restaurants", "books"])
def test_template_texts_are_understood_on_graphs_declared_with_phrases(domain):
    # the fallback must be understood on any graph: a restaurant graph an outside writer declared
    # with phrases only, and the books fixture
    from kgexplain.evaluation.data.blind2_graph import build
    from kgexplain.evaluation.generate import _Generator

    kg = build() if domain == "restaurants" else _bookshelf().build()
    gen = _Generator(kg, domain, 0)
    checker = ConsistencyChecker(kg)
    texts = 0
    for i, ctx in enumerate(gen.paths[:120]):
        for text in gen.templates(i, ctx):
            texts += 1
            v = checker.check(text, gen.evidence(ctx), user=ctx["user"])
            assert v.supported, (text, v.reason)
    assert texts >= 100


# Seventh red-team round (an outside reviewer, 1,625 attempts): 160 false sentences passed. One
# case per cause; each passed before.
RED_TEAM_7_FALSE = [
    # A: a modal clause was skipped unchecked
    ("example", None, "Alfred Hitchcock directed Vertigo, so Titanic will star Vince Vaughn."),
    ("example", None, "Alfred Hitchcock directed Vertigo, Titanic might not star Kate Winslet."),
    ("example", "user:1", "You loved Fight Club, so you will love Psycho."),
    ("example", None, "Alfred Hitchcock directed Vertigo, so you will love Titanic."),
    # B: a verb chain before a list is said of every item
    ("example", None, "James Cameron wrote and directed Titanic and The Abyss."),
    ("example", None, "Alfred Hitchcock produced and directed Vertigo and Rebecca."),
    # C: whose item "his X" is goes unchecked
    ("example", None, "Alfred Hitchcock directed Vertigo. His Titanic stars Kate Winslet."),
    # D: a plural relative clause after a list is said of each
    ("music", None, "Coldplay was influenced by U2 and Radiohead, which come from Abingdon."),
    ("music", None, "Kraftwerk influenced Daft Punk and New Order, signed to Factory Records."),
    # E: "Y is the N of X" and "Y is X's N" say the only one; "the Y film" too
    ("example", None, "James Cameron is the producer of Titanic."),
    ("example", None, "Kate Winslet is Titanic's star."),
    ("example", None, "Vertigo is the Alfred Hitchcock film."),
    ("example", None, "Titanic's editor, James Cameron, also directed it."),
    # F: the guessed copula is never membership, a label, a chef or an owner
    ("music", None, "Nirvana is a Chess Records band."),  # (a label before a band: signed to it)
    ("music", None, "Nirvana is a Krist Novoselic band."),
    # G: a year after a list is said of each item, never of the user's viewing
    ("example", None, "Alfred Hitchcock directed Vertigo and Psycho in 1960."),
    ("example", "user:1", "You watched Fight Club in 1999."),
    # H: a name said with its year names that film when said again
    ("example", None, "Titanic (1953) stars Barbara Stanwyck. Titanic stars Kate Winslet."),
]
RED_TEAM_7_TRUE = [
    ("example", "user:1", "You loved Fight Club, so you will love Vertigo."),
    ("example", None, "Alfred Hitchcock produced and directed Vertigo and Rope."),
    ("music", None, "Coldplay was influenced by U2 and Radiohead, which comes from Abingdon."),
    ("example", None, "Alfred Hitchcock is the director of Vertigo."),
    ("example", None, "Thriller is the genre of Vertigo."),
    ("example", None, "Pulp Fiction's director, Quentin Tarantino, also wrote it."),
    ("music", None, "Oasis is a Manchester britpop band."),
    ("example", None, "Gus Van Sant directed Psycho in 1998."),
    ("example", None, "Titanic (1997) stars Kate Winslet. Titanic was directed by James Cameron."),
]


@pytest.mark.parametrize("graph,user,text", RED_TEAM_7_FALSE)
def test_seventh_red_team_false_sentences(example_checker, music_checker, graph, user, text):
    checker = music_checker if graph == "music" else example_checker
    assert not checker.check(text, (), user=user).supported


@pytest.mark.parametrize("graph,user,text", RED_TEAM_7_TRUE)
def test_seventh_red_team_true_twins(example_checker, music_checker, graph, user, text):
    checker = music_checker if graph == "music" else example_checker
    v = checker.check(text, (), user=user)
    assert v.supported, v.reason


def test_a_lower_case_tag_does_not_decide_which_entity_a_capitalized_name_is():
    # the export benchmark found the template's text rejected: the tag "aliens" (said in lower
    # case) made the film "Aliens" read as the tag; only a name with its year in brackets does so
    checker = ConsistencyChecker(kgx.KnowledgeGraph.example())
    ev = [("user:183", "rated", "movie:1200"), ("movie:1200", "has_tag", "tag:aliens"),
          ("movie:780", "has_tag", "tag:aliens")]
    v = checker.check("You loved Aliens; Independence Day shares its tag, aliens.", ev, user="user:183")
    assert v.supported, v.reason


# Eighth red-team round (3,013 attempts): definite role phrases in more forms, "one", dislikes.
RED_TEAM_8_FALSE = [
    (None, "Four Rooms has one director, Quentin Tarantino."),  # "one" is a count, unread
    (None, "Heat stars Al Pacino. Its stars are Al Pacino and Robert De Niro."),  # Heat has 11
    (None, "The Rock, whose composer is Hans Zimmer, stars Sean Connery."),  # two composers
    (None, "Hans Zimmer, the composer of The Rock, scored The Rock."),
    ("user:177", "You hated Rope."),  # rated 3.5: no dislike
    (None, "Spike Lee was the director and producer of Clockers."),  # each noun of the chain
]
RED_TEAM_8_TRUE = [
    (None, "Alfred Hitchcock, the director of Psycho, also directed Vertigo."),
    (None, "Vertigo has Alfred Hitchcock as its director."),
    ("user:1", "You loved Heat; Ronin shares its star, Robert De Niro."),
]


@pytest.mark.parametrize("user,text", RED_TEAM_8_FALSE)
def test_eighth_red_team_false_sentences(example_checker, user, text):
    assert not example_checker.check(text, (), user=user).supported


@pytest.mark.parametrize("user,text", RED_TEAM_8_TRUE)
def test_eighth_red_team_true_twins(example_checker, user, text):
    v = example_checker.check(text, (), user=user)
    assert v.supported, v.reason


def test_the_player_of_a_group_is_its_only_one(music_checker):
    v = music_checker.check("John Lennon was the guitarist of The Beatles.", ())  # Harrison too
    assert "incomplete_list" in [c.status for c in v.rejected]
    assert music_checker.check("Ringo Starr was the drummer of The Beatles.", ()).supported


def test_by_after_a_predicate_noun_is_authorship_of_the_subject(example_checker):
    # the third blind writer's most common rejection: "a worker placement game by Uwe Rosenberg"
    checker = ConsistencyChecker(_bookshelf().build(), outside_evidence=True)
    assert checker.check("Neuromancer is a 1984 science fiction novel by William Gibson.", ()).supported
    assert not checker.check("Neuromancer is a 1984 science fiction novel by Frank Herbert.", ()).supported
    assert example_checker.check("Bernard Herrmann scored Vertigo, a thriller by Alfred Hitchcock.", ()).supported
    assert not example_checker.check("Vertigo is a thriller by Bernard Herrmann.", ()).supported
    assert not example_checker.check("Bernard Herrmann scored Vertigo, a thriller by Roman Polanski.", ()).supported


def test_a_relative_clause_after_a_list_is_said_of_every_item(example_checker):
    # "A and B, which you loved": the verb after "you" cannot tell the number, so both are checked
    text = ("Knocked Up is a film of the genre Romance, which is also the genre of Chasing Liberty "
            "and A Walk to Remember, which you loved.")
    v = example_checker.check(text, (), user="user:143")  # rated both 5
    assert v.supported, v.reason
    assert len([c for c in v.claims if c.kind == "user" and c.supported]) == 2
    assert not example_checker.check(
        "Bernard Herrmann scored Citizen Kane and Vertigo, which Alfred Hitchcock directed.", ()).supported
