"""Tests for the verbalizer stage (kgexplain/verbalize/) and its evaluation helpers."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import textwrap

import pytest

import kgexplain as kgx
from kgexplain.errors import ConfigError, ModelNotFoundError
from kgexplain.records import Entity, Fact, Path, Relation, Triple
from kgexplain.testing import CannedCandidatesVerbalizer, CannedModelVerbalizer
from kgexplain.verbalize import (
    path_training_pairs,
    PLACEHOLDERS,
    Seq2SeqVerbalizer,
    TemplateVerbalizer,
    Verbalizer,
    default_model_dir,
    delexicalize,
    delexicalize_text,
    reason_triples,
    relexicalize,
)

# ---------------------------------------------------------------------------------------------
# fixtures
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def movie_kg() -> kgx.KnowledgeGraph:
    return kgx.KnowledgeGraph.from_triples(
        [
            ("user:1", "rated", "movie:1", {"rating": 5.0}),
            ("user:1", "rated", "movie:3", {"rating": 2.5}),
            ("user:2", "rated", "movie:1", {"rating": 4.0}),
            ("user:2", "rated", "movie:2", {"rating": 4.5}),
            ("user:1", "tagged", "tag:1"),
            ("movie:2", "has_tag", "tag:1"),
            ("movie:1", "directed_by", "person:1"),
            ("movie:2", "directed_by", "person:1"),
            ("movie:3", "has_genre", "genre:1"),
            ("movie:2", "has_genre", "genre:1"),
            ("movie:2", "starring", "person:2"),
        ],
        entities=[
            Entity("user:1", kind="user", label="User 1"), Entity("user:2", kind="user", label="User 2"),
            Entity("movie:1", kind="item", label="Toy Story"),
            Entity("movie:2", kind="item", label="Toy Story 2"),
            Entity("movie:3", kind="item", label="Cars"),
            Entity("person:1", label="John Lasseter"), Entity("person:2", label="Tom Hanks"),
            Entity("genre:1", label="Animation"), Entity("tag:1", label="pixar"),
        ],
        relations=[
            Relation("rated", phrase="rated", inverse_phrase="was rated by"),
            Relation("tagged", phrase="tagged", explainable=False, sensitive=True),
            Relation("has_tag", phrase="is tagged", inverse_phrase="is a tag of"),
            Relation("directed_by", phrase="is directed by", inverse_phrase="directed"),
            Relation("has_genre", phrase="is a film of the genre", inverse_phrase="is the genre of"),
            Relation("starring", phrase="stars", inverse_phrase="stars in"),
        ],
    )


@pytest.fixture(scope="module")
def music_kg() -> kgx.KnowledgeGraph:
    """A user's own graph: relations and phrases declared in code, nothing from the movie registry."""
    return kgx.KnowledgeGraph.from_triples(
        [
            ("listener:1", "listened_to", "artist:1"),
            ("artist:1", "plays", "style:house"),
            ("artist:2", "plays", "style:house"),
            ("label:1", "signed", "artist:2"),
            ("label:1", "signed", "artist:3"),
            ("listener:1", "listened_to", "artist:3"),
        ],
        entities=[
            Entity("listener:1", kind="user", label="Ana"),
            Entity("artist:1", kind="item", label="Daft Punk"),
            Entity("artist:2", kind="item", label="Justice"),
            Entity("artist:3", kind="item", label="Cassius"),
            Entity("style:house", label="French house"),
            Entity("label:1", label="Ed Banger {{ 7*7 }}"),
        ],
        relations=[
            Relation("listened_to", phrase="listens to", inverse_phrase="is played by"),
            Relation("plays", phrase="plays", inverse_phrase="is played by"),
            Relation("signed", phrase="signed", inverse_phrase="is signed to"),
        ],
    )


@pytest.fixture(scope="module")
def director_path() -> Path:
    return Path(
        ("user:1", "movie:1", "person:1", "movie:2"),
        (Triple("user:1", "rated", "movie:1"), Triple("movie:1", "directed_by", "person:1"),
         Triple("movie:2", "directed_by", "person:1")),
    )


@pytest.fixture(scope="module")
def model_cache(tmp_path_factory):
    """CTranslate2 conversions go to a temporary cache, not the user's home."""
    mp = pytest.MonkeyPatch()
    mp.setenv("KGEXPLAIN_CACHE", str(tmp_path_factory.mktemp("kgx-cache")))
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.setenv("TRANSFORMERS_OFFLINE", "1")
    yield
    mp.undo()


@pytest.fixture(scope="module")
def torch_verbalizer(model_cache) -> Seq2SeqVerbalizer:
    return Seq2SeqVerbalizer.default(backend="torch", threads=2)


@pytest.fixture(scope="module")
def ct2_verbalizer(model_cache) -> Seq2SeqVerbalizer:
    return Seq2SeqVerbalizer.default(backend="ct2", threads=2)


INPUTS = [
    [("Toy Story", "is directed by", "John Lasseter")],
    [("you", "loved", "Toy Story"), ("Toy Story", "is directed by", "John Lasseter"),
     ("Toy Story 2", "is directed by", "John Lasseter")],
    [("Aarhus Airport", "city served", "Aarhus, Denmark"), ("Aarhus, Denmark", "leader", "Jacob Bundsgaard")],
    [("Zorblax Quintavius", "birth place", "Vemuldria")],
    [("you", "watched", "Cars"), ("Cars", "is a film of the genre", "Animation"),
     ("Up", "is a film of the genre", "Animation"), ("Up", "stars", "Ed Asner")],
    [("Alan Bean", "occupation", "Test pilot"), ("Alan Bean", "birth date", "1932-03-15"),
     ("Alan Bean", "nationality", "United States")],
]

# ---------------------------------------------------------------------------------------------
# delexicalization
# ---------------------------------------------------------------------------------------------


def test_delexicalize_numbers_labels_in_order_and_keeps_you():
    d = delexicalize([("you", "loved", "Toy Story"), ("Toy Story", "is directed by", "John Lasseter")])
    assert d.source == "<H> you <R> loved <T> <E0> <H> <E0> <R> is directed by <T> <E1>"
    assert d.labels == ("Toy Story", "John Lasseter")


@pytest.mark.parametrize("labels,text", [
    (["Toy Story", "John Lasseter"], "John Lasseter directed Toy Story, which you loved."),
    (["Adolfo Suárez Madrid–Barajas Airport", "14L/32R"],
     "The runway of Adolfo Suárez Madrid–Barajas Airport is named 14L/32R."),
    (["C++ (language)", "a.b*c"], "C++ (language) was the a.b*c of it."),
    (["Texas", "Arlington, Texas"], "Arlington, Texas is in Texas."),
    (["Ed Banger {{ 7*7 }}", "Justice"], "Justice signed with Ed Banger {{ 7*7 }}."),
])
def test_delex_round_trip_restores_exact_text(labels, text):
    delex = delexicalize_text(text, labels)
    assert delex is not None
    for label in labels:
        assert label not in delex.replace("Arlington, Texas", "")  or label == "Texas"
    assert relexicalize(delex, labels) == text


@pytest.mark.parametrize("labels,text,expected", [
    # dropped dots, hyphen as space, "&" as "and", dropped colon
    (["A.F.C. Fylde", "Dave Challinor"], "Dave Challinor manages AFC Fylde.", "<E1> manages <E0>."),
    (["Mid-Atlantic Regional Spaceport"], "It left the Mid Atlantic Regional Spaceport.", "It left the <E0>."),
    (["College of William & Mary"], "It is owned by the College of William and Mary.", "It is owned by the <E0>."),
    (["1634: The Ram Rebellion"], "1634 The Ram Rebellion is a book.", "<E0> is a book."),
    # numbers with a thousands separator or without a zero fraction
    (["4100.0"], "Its runway is 4,100 metres long.", "Its runway is <E0> metres long."),
    (["Trance music"], "He plays Trance.", "He plays <E0>."),
    # abbreviations keep their letter case, and a sentence's final dot stays
    (["Anaheim", "United States"], "Anaheim is in the U.S.", "<E0> is in the <E1>."),
    (["United Kingdom", "Elizabeth II"], "The U.K. is led by Elizabeth II.", "The <E0> is led by <E1>."),
    (["United States"], "Give us the USA.", "Give us the <E0>."),
])
def test_delex_matches_the_surface_forms_references_use(labels, text, expected):
    assert delexicalize_text(text, labels) == expected


def test_delex_abbreviations_do_not_match_other_words():
    # "us" is a pronoun, not the United States: the reference is skipped, not mislabelled
    assert delexicalize_text("Give us a break.", ["United States"]) is None
    assert delexicalize_text("Aarhus is big.", ["Aarhus Airport"]) is None
    # a decimal point or thousands separator is never optional: "1.8" is not "18"
    assert delexicalize_text("It weighs 18 tonnes.", ["1.8"]) is None


def test_delex_round_trip_random_labels():
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyzÄÉøß0123456789 .,'-&()"
    for _ in range(200):
        labels = []
        while len(labels) < rng.randint(1, 6):
            word = "".join(rng.choice(alphabet) for _ in range(rng.randint(3, 14))).strip(" ,.")
            lab = "Q" + word
            if lab and all(lab.lower() not in o.lower() and o.lower() not in lab.lower() for o in labels):
                labels.append(lab)
        text = "Here " + " and then ".join(labels) + " end."
        delex = delexicalize_text(text, labels)
        assert delex is not None, (labels, text)
        assert "Q" not in delex.replace("<E", "")
        assert relexicalize(delex, [re_space(lab) for lab in labels]) == re_space(text)


def re_space(text: str) -> str:
    import re

    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip()


def test_delex_text_returns_none_when_a_label_is_missing():
    assert delexicalize_text("Toy Story is great.", ["Toy Story", "John Lasseter"]) is None


def test_delex_text_matches_variants():
    assert delexicalize_text("They speak English.", ["English language"]) == "They speak <E0>."
    assert delexicalize_text("Born on March 15, 1932.", ["1932-03-15"]) == "Born on <E0>."


def test_relexicalize_rejects_invented_placeholder():
    assert relexicalize("<E0> met <E5>.", ["A"]) is None
    assert relexicalize("<E0>,<E1>.", ["A", "B"]) == "A, B."


def test_delexicalize_caps_placeholders():
    triples = [(f"Entity {i}", "knows", f"Entity {i + 1}") for i in range(40)]
    d = delexicalize(triples)
    assert len(d.labels) == len(PLACEHOLDERS)
    assert "Entity 39" in d.source  # beyond the budget labels stay literal


# ---------------------------------------------------------------------------------------------
# reason_triples and templates
# ---------------------------------------------------------------------------------------------


def test_reason_triples_renders_user_ratings_and_drops_sensitive(movie_kg, director_path):
    p2 = Path(("user:1", "movie:3", "genre:1", "movie:2"),
              (Triple("user:1", "rated", "movie:3"), Triple("movie:3", "has_genre", "genre:1"),
               Triple("movie:2", "has_genre", "genre:1")))
    p3 = Path(("user:1", "tag:1", "movie:2"),
              (Triple("user:1", "tagged", "tag:1"), Triple("movie:2", "has_tag", "tag:1")))
    triples = reason_triples(movie_kg, [director_path, p2, p3],
                             [Fact(Triple("movie:2", "starring", "person:2"), "")])
    assert triples[:3] == [("you", "loved", "Toy Story"), ("Toy Story", "is directed by", "John Lasseter"),
                           ("Toy Story 2", "is directed by", "John Lasseter")]
    assert ("you", "watched", "Cars") in triples
    assert ("Toy Story 2", "is tagged", "pixar") in triples
    assert all(rel != "tagged" for _, rel, _ in triples)
    assert triples[-1] == ("Toy Story 2", "stars", "Tom Hanks")


def test_reason_triples_keeps_other_users_labelled(movie_kg):
    collab = Path(("user:1", "movie:1", "user:2", "movie:2"),
                  (Triple("user:1", "rated", "movie:1"), Triple("user:2", "rated", "movie:1"),
                   Triple("user:2", "rated", "movie:2")))
    triples = reason_triples(movie_kg, [collab])
    assert triples == [("you", "loved", "Toy Story"), ("User 2", "loved", "Toy Story"),
                       ("User 2", "loved", "Toy Story 2")]


def test_template_reason_example_from_the_issue(movie_kg, director_path):
    texts = TemplateVerbalizer().explain_candidates(movie_kg, [director_path], [], n=5)
    assert texts[0] == ("Toy Story 2 is directed by John Lasseter, who also directed Toy Story, "
                        "which you loved.")
    assert texts[1] == "John Lasseter directed both Toy Story, which you loved, and Toy Story 2."
    assert texts[3] == "You loved Toy Story; Toy Story 2 shares its director, John Lasseter."
    assert len(texts) == 4 and len(set(texts)) == 4
    for text in texts:  # every paraphrase names exactly the path's entities
        assert "Toy Story 2" in text and "John Lasseter" in text and "loved" in text


def test_template_seed_rotates_paraphrases(movie_kg, director_path):
    a = TemplateVerbalizer(seed=0).explain_candidates(movie_kg, [director_path], n=3)
    b = TemplateVerbalizer(seed=1).explain_candidates(movie_kg, [director_path], n=3)
    assert a[0] != b[0] and a[1] == b[0]


def test_template_low_rating_reads_watched_and_facts_appended(movie_kg):
    p = Path(("user:1", "movie:3", "genre:1", "movie:2"),
             (Triple("user:1", "rated", "movie:3"), Triple("movie:3", "has_genre", "genre:1"),
              Triple("movie:2", "has_genre", "genre:1")))
    text = TemplateVerbalizer().explain_candidates(
        movie_kg, [p], [Fact(Triple("movie:2", "starring", "person:2"), "")], n=1)[0]
    assert text == ("Toy Story 2 is a film of the genre Animation, which is also the genre of "
                    "Cars, which you watched. Toy Story 2 stars Tom Hanks.")


def test_template_on_user_declared_relations(music_kg):
    tv = TemplateVerbalizer(kg=music_kg)
    p = Path(("listener:1", "artist:1", "style:house", "artist:2"),
             (Triple("listener:1", "listened_to", "artist:1"), Triple("artist:1", "plays", "style:house"),
              Triple("artist:2", "plays", "style:house")))
    texts = tv.explain_candidates(None, [p], [], n=10)
    assert texts[0] == "Justice plays French house, which is also played by Daft Punk, which you listen to."
    assert "You listen to Daft Punk; Justice plays French house too." in texts
    assert len(texts) >= 4
    for text in texts:
        assert "Ana" not in text  # the user is "you"
        assert "Daft Punk" in text and "Justice" in text and "French house" in text
    # a path through an inverse hop reads with the declared inverse phrase
    q = Path(("listener:1", "artist:3", "label:1", "artist:2"),
             (Triple("listener:1", "listened_to", "artist:3"), Triple("label:1", "signed", "artist:3"),
              Triple("label:1", "signed", "artist:2")))
    texts = tv.explain_candidates(music_kg, [q], n=10)
    assert texts[0] == ("Justice is signed to Ed Banger {{ 7*7 }}, which also signed Cassius, "
                        "which you listen to.")
    assert "Ed Banger {{ 7*7 }} signed both Cassius, which you listen to, and Justice." in texts
    assert all("49" not in t for t in texts)  # labels are data, never template code


def test_template_requires_a_graph():
    with pytest.raises(ConfigError):
        TemplateVerbalizer().explain_candidates(None, [], [])


def test_template_candidates_from_label_triples():
    tv = TemplateVerbalizer()
    out = tv.candidates([("you", "loved", "Toy Story"), ("Toy Story", "is directed by", "John Lasseter"),
                         ("Toy Story", "stars", "Tom Hanks")], 3)
    assert out[0] == ("You loved Toy Story. Toy Story is directed by John Lasseter. "
                      "Toy Story stars Tom Hanks.")
    assert "Toy Story is directed by John Lasseter and stars Tom Hanks." in out[1]
    assert tv.verbalize([]) == ""


def test_template_batch_api(movie_kg, director_path):
    tv = TemplateVerbalizer()
    many = tv.explain_candidates_batch(movie_kg, [([director_path], []), ([], [])], n=2)
    assert many[0] == tv.explain_candidates(movie_kg, [director_path], [], n=2)
    assert many[1] == []


def test_path_training_pairs_are_seeded_and_faithful():
    from kgexplain.verbalize import path_training_pairs

    kg = _small_walk_graph()
    a = path_training_pairs(kg, 20, seed=3)
    b = path_training_pairs(kg, 20, seed=3)
    assert a == b and len(a) > 0
    for triples, texts in a:
        labels = {x for h, _, t in triples for x in (h, t) if x != "you"}
        for text in texts:
            assert all(lab in text for lab in labels if lab != "you"), (triples, text)


def _small_walk_graph() -> kgx.KnowledgeGraph:
    triples = []
    for u in range(4):
        for m in range(3):
            triples.append((f"user:{u}", "rated", f"movie:{u + m}", {"rating": 2.0 + m}))
    for m in range(7):
        triples.append((f"movie:{m}", "directed_by", f"person:{m % 3}"))
        triples.append((f"movie:{m}", "has_genre", f"genre:{m % 2}"))
    ents = [Entity(f"user:{u}", kind="user") for u in range(4)]
    ents += [Entity(f"movie:{m}", kind="item", label=f"Film {m}") for m in range(7)]
    ents += [Entity(f"person:{p}", label=f"Director {p}") for p in range(3)]
    ents += [Entity(f"genre:{g}", label=f"Genre {g}") for g in range(2)]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=[
        Relation("rated", phrase="rated"),
        Relation("directed_by", phrase="is directed by", inverse_phrase="directed"),
        Relation("has_genre", phrase="is a film of the genre", inverse_phrase="is the genre of")])


# ---------------------------------------------------------------------------------------------
# seq2seq (the shipped small model)
# ---------------------------------------------------------------------------------------------


def test_default_model_is_shipped_with_safetensors_only():
    d = default_model_dir()
    names = {p.name for p in d.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "kgexplain.json"} <= names
    assert not any(n.endswith((".bin", ".pt", ".pth", ".pkl", ".ckpt")) for n in names)
    assert sum(p.stat().st_size for p in d.iterdir()) < 50 * 2**20


def test_default_loads_offline_and_restores_labels(torch_verbalizer):
    v = torch_verbalizer
    assert isinstance(v, Verbalizer)
    text = v.verbalize([("Zorblax Quintavius", "birth place", "Vemuldria")])
    assert "<E" not in text
    assert "Zorblax Quintavius" in text and "Vemuldria" in text  # unseen names come out exactly
    assert v.backend_ == "torch"


def test_batch_and_single_outputs_agree(torch_verbalizer, ct2_verbalizer):
    for v in (torch_verbalizer, ct2_verbalizer):
        batch = v.verbalize_batch(INPUTS)
        # one input at a time on a fresh verbalizer (nothing memoized from the batch)
        fresh = Seq2SeqVerbalizer.default(backend=v.backend, threads=2)
        assert batch == [fresh.verbalize(t) for t in INPUTS]
        assert all(isinstance(t, str) and t and "<E" not in t for t in batch)


def test_inputs_of_one_shape_keep_their_own_names(ct2_verbalizer):
    """Inputs whose delexicalized source is the same (same relation phrases, other names) share
    one decoding per process; each text still names its own entities, exactly as when its input
    is decoded alone on a fresh verbalizer."""
    a = [("Toy Story", "is directed by", "John Lasseter")]
    b = [("Jaws", "is directed by", "Steven Spielberg")]
    c = [("you", "loved", "Jaws"), ("Jaws", "is directed by", "Steven Spielberg"),
         ("Duel", "is directed by", "Steven Spielberg")]
    d = [("you", "loved", "Up"), ("Up", "is directed by", "Pete Docter"),
         ("Inside Out", "is directed by", "Pete Docter")]
    together = ct2_verbalizer.candidates_batch([a, b, c, d, a], 3)
    got_1 = ct2_verbalizer.candidates_batch([a, b, c, d], 1)
    for inputs, n, got in (([a, b, c, d, a], 3, together), ([a, b, c, d], 1, got_1)):
        alone = [Seq2SeqVerbalizer.default(backend="ct2", threads=2).candidates(t, n) for t in inputs]
        assert got == alone
    assert "Jaws" in together[1][0] and "Toy Story" not in together[1][0]
    assert "Inside Out" in together[3][0] and "Duel" not in together[3][0]


def test_candidates_are_distinct_nbest(torch_verbalizer, ct2_verbalizer):
    for v in (torch_verbalizer, ct2_verbalizer):
        cands = v.candidates(INPUTS[1], 4)
        assert 1 <= len(cands) <= 4 and len(set(cands)) == len(cands)
        batch = v.candidates_batch(INPUTS, 3)
        assert batch[1] == v.candidates(INPUTS[1], 3)
        assert v.candidates([], 3) == []


def test_fast_path_agrees_with_reference(model_cache, example_kg):
    """CTranslate2 float32 reproduces transformers' greedy texts; int8 agrees on most of them.

    int8 flips near-tied words in some greedy texts (87-93 % of texts agree on WebNLG dev, per
    checkpoint; 2 of the 6 INPUTS with the step-68,500 model), so its agreement is measured over
    INPUTS plus 40 example-graph path inputs (44 of 46 agree). A stale conversion of another
    checkpoint is caught by test_ct2_conversion_cache_follows_the_weights_content, not here.
    """
    torch_v = Seq2SeqVerbalizer.default(backend="torch", rerank_beams=1)
    f32 = Seq2SeqVerbalizer.default(backend="ct2", compute_type="float32", rerank_beams=1, threads=2)
    inputs = INPUTS + [triples for triples, _ in path_training_pairs(example_kg, 40, seed=5)]
    ref = torch_v.verbalize_batch(inputs)
    assert f32.verbalize_batch(INPUTS) == ref[: len(INPUTS)]
    i8 = Seq2SeqVerbalizer.default(backend="ct2", compute_type="int8", rerank_beams=1, threads=2)
    same = sum(a == b for a, b in zip(i8.verbalize_batch(inputs), ref))
    assert same >= 0.8 * len(inputs)


def test_fast_path_beams_agree_with_reference(torch_verbalizer, model_cache):
    """Beam search (N-best + coverage ranking): CTranslate2 float32 vs transformers."""
    ref = torch_verbalizer.candidates_batch(INPUTS, 3)
    f32 = Seq2SeqVerbalizer.default(backend="ct2", compute_type="float32", threads=2)
    got = f32.candidates_batch(INPUTS, 3)
    assert sum(a[0] == b[0] for a, b in zip(got, ref)) >= len(INPUTS) - 1
    assert f32.verbalize_batch(INPUTS) == [c[0] for c in got]


def test_greedy_mode(model_cache):
    v = Seq2SeqVerbalizer.default(rerank_beams=1, threads=2)
    out = v.verbalize_batch(INPUTS)
    assert out == [v.verbalize(t) for t in INPUTS]
    assert v.verbalize([]) == ""


def test_explain_candidates_seq2seq(ct2_verbalizer, movie_kg, director_path):
    out = ct2_verbalizer.explain_candidates(movie_kg, [director_path], [], n=3)
    assert 1 <= len(out) <= 3
    batch = ct2_verbalizer.explain_candidates_batch(movie_kg, [([director_path], []), ([], [])], n=3)
    assert batch[0] == out and batch[1] == []


def test_loading_a_checkpoint_directory(tmp_path, model_cache):
    target = tmp_path / "my-model"
    shutil.copytree(default_model_dir(), target)
    v = Seq2SeqVerbalizer(target, backend="torch")
    ref = Seq2SeqVerbalizer.default(backend="torch")
    assert v.verbalize(INPUTS[0]) == ref.verbalize(INPUTS[0])
    with pytest.raises(ModelNotFoundError):
        Seq2SeqVerbalizer(tmp_path / "missing").verbalize(INPUTS[0])
    (target / "model.safetensors").unlink()
    with pytest.raises(ModelNotFoundError, match="safetensors"):
        Seq2SeqVerbalizer(target).verbalize(INPUTS[0])


def test_ct2_conversion_cache_follows_the_weights_content(tmp_path, model_cache):
    """Two checkpoints of one architecture have weights files of the same size; with the same
    mtime (a copy that keeps it, a wheel install) they must still get separate conversions."""
    from safetensors.torch import load_file, save_file

    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(default_model_dir(), a)
    shutil.copytree(default_model_dir(), b)
    weights = load_file(str(b / "model.safetensors"))
    name = sorted(weights)[0]
    weights[name] = weights[name] * 0.5
    save_file(weights, str(b / "model.safetensors"), metadata={"format": "pt"})
    stat = (a / "model.safetensors").stat()
    assert (b / "model.safetensors").stat().st_size == stat.st_size
    os.utime(b / "model.safetensors", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    va, vb = Seq2SeqVerbalizer(a, backend="ct2"), Seq2SeqVerbalizer(b, backend="ct2")
    assert va._ct2_dir() != vb._ct2_dir()
    assert va._ct2_dir() == Seq2SeqVerbalizer(default_model_dir(), backend="ct2")._ct2_dir()


def test_bad_backend_is_a_config_error():
    with pytest.raises(ConfigError):
        Seq2SeqVerbalizer(default_model_dir(), backend="onnx")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# evaluation helpers
# ---------------------------------------------------------------------------------------------


def test_entity_shares_counts_verbatim_and_foreign():
    from kgexplain.evaluation.text_scores import EntityIndex, entity_shares

    index = EntityIndex(["Toy Story", "John Lasseter", "Pixar Studios", "Texas", "Arlington, Texas"])
    inputs = [[("Toy Story", "is directed by", "John Lasseter")],
              [("Arlington, Texas", "mayor", "Jeff Williams")]]
    verbatim, foreign = entity_shares(
        ["Toy Story is directed by John Lasseter of Pixar Studios.", "Arlington, Texas has a mayor."],
        inputs, index)
    assert verbatim == pytest.approx(3 / 4)
    assert foreign == pytest.approx(1 / 2)
    # a relation phrase in other letter case is not a foreign entity
    index = EntityIndex(["Vice President", "Joe Biden", "Barack Obama"])
    _, foreign = entity_shares(["Joe Biden was Vice President under Barack Obama."],
                               [[("Barack Obama", "vice president", "Joe Biden")]], index)
    assert foreign == 0.0


def test_strip_loop_cuts_degenerate_repetition():
    from kgexplain.verbalize import strip_loop

    assert strip_loop("Rome is the capital. The leader is the leader is the leader is the") == \
        "Rome is the capital."
    text = ("You loved X, which is a film of the genre Drama, and Y is a film of the genre "
            "Drama as well.")
    assert strip_loop(text) == text  # a structural repeat is not a loop


def test_relexicalize_label_ending_in_full_stop():
    assert relexicalize("It is <E0>.", ["Acta Math. Hungar."]) == "It is Acta Math. Hungar."
    assert relexicalize("<E0> and <E1>.", ["A..B", "C"]) == "A..B and C."


def test_template_label_ending_in_full_stop(movie_kg):
    kg = kgx.KnowledgeGraph.from_triples(
        [("movie:1", "distributed_by", "company:1")],
        entities=[Entity("movie:1", kind="item", label="Heat"), Entity("company:1", label="Warner Bros.")],
        relations=[Relation("distributed_by", phrase="is distributed by", inverse_phrase="distributed")])
    assert TemplateVerbalizer(kg).explain_candidates(
        kg, [], [Triple("movie:1", "distributed_by", "company:1")], n=1) == ["Heat is distributed by Warner Bros."]


def test_path_training_pairs_with_a_path_finder(movie_kg):
    kg = _small_walk_graph()
    calls = []

    def find(user, item):
        calls.append((user, item))
        return []  # nothing better found: the sampled walk is used

    pairs = path_training_pairs(kg, 10, seed=1, find_paths=find, multi_path_share=1.0)
    assert pairs and calls


def test_training_runs_resumes_and_writes_a_loadable_model(tmp_path, model_cache):
    """A tiny model on template path pairs: log, resumable state, best/ loads as a verbalizer."""
    import json

    from kgexplain.training import train_verbalizer

    kg = _small_walk_graph()
    tiny = dict(d_model=32, d_ff=64, d_kv=8, num_heads=2, num_layers=1, num_decoder_layers=1,
                vocab_size=400, batch_size=8, eval_every=3, path_pairs=24, dev_path_pairs=4,
                max_source_len=64, max_target_len=48, threads=1, warmup_steps=2)
    first = train_verbalizer(tmp_path, webnlg_dir=None, kg=kg, epochs=1, **tiny)
    assert first.stopped == "epochs" and first.step > 0
    log = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert log[0]["event"] == "start" and any(r["event"] == "eval" for r in log)
    state = json.loads((tmp_path / "last" / "state.json").read_text())
    assert state["step"] == first.step and state["epoch"] == 1
    # resuming a finished run continues from the saved state (one more epoch)
    second = train_verbalizer(tmp_path, webnlg_dir=None, kg=kg, epochs=2, **tiny)
    assert second.step == 2 * first.step
    assert any(r["event"] == "resume" for r in second.log)
    names = {p.name for p in (tmp_path / "best").iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "kgexplain.json"} <= names
    text = Seq2SeqVerbalizer(tmp_path / "best", backend="torch", rerank_beams=1).verbalize(
        [("Film 1", "is directed by", "Director 1")])
    assert isinstance(text, str)


def test_training_keeps_snapshots_and_averages_them(tmp_path, model_cache):
    """Each evaluation leaves a weight snapshot (the newest few kept); averaging them gives a
    loadable model whose weights are the snapshots' mean."""
    import json

    import torch
    from safetensors.torch import load_file

    from kgexplain.errors import ConfigError
    from kgexplain.training import average_checkpoints, list_snapshots, train_verbalizer

    tiny = dict(d_model=32, d_ff=64, d_kv=8, num_heads=2, num_layers=1, num_decoder_layers=1,
                vocab_size=400, batch_size=8, eval_every=2, path_pairs=24, dev_path_pairs=4,
                max_source_len=64, max_target_len=48, threads=1, warmup_steps=2, keep_snapshots=3)
    run = train_verbalizer(tmp_path / "run", webnlg_dir=None, kg=_small_walk_graph(), epochs=2, **tiny)
    kept = list_snapshots(tmp_path / "run" / "snapshots")
    evals = [r["step"] for r in run.log if r["event"] == "eval"]
    assert len(evals) > 3 and kept == evals[-3:]
    out = average_checkpoints(tmp_path / "run", tmp_path / "avg", last=2)
    meta = json.loads((out / "kgexplain.json").read_text())
    assert meta["averaged_steps"] == kept[-2:] and meta["step"] == kept[-1]
    a, b = (load_file(str(tmp_path / "run" / "snapshots" / f"step-{s}.safetensors")) for s in kept[-2:])
    avg = load_file(str(out / "model.safetensors"))
    name = next(k for k in a if k.endswith("SelfAttention.q.weight"))
    assert not torch.equal(a[name], b[name])
    assert torch.allclose(avg[name], (a[name] + b[name]) / 2, atol=1e-6)
    text = Seq2SeqVerbalizer(out, backend="torch", rerank_beams=1).verbalize(
        [("Film 1", "is directed by", "Director 1")])
    assert isinstance(text, str)
    with pytest.raises(ConfigError, match="no snapshot for step"):
        average_checkpoints(tmp_path / "run", tmp_path / "x", steps=[kept[0], 10_000])
    with pytest.raises(ConfigError, match="not a train-verbalizer run"):
        average_checkpoints(tmp_path / "nothing", tmp_path / "x")


def test_training_init_from_keeps_weights_tokenizer_and_step(tmp_path, model_cache):
    """Continuing from a model directory: same tokenizer and size, step counted on, the
    starting model kept as best until a better one comes; bf16 autocast trains too."""
    import json

    from safetensors.torch import load_file

    from kgexplain.training import train_verbalizer

    kg = _small_walk_graph()
    tiny = dict(d_model=32, d_ff=64, d_kv=8, num_heads=2, num_layers=1, num_decoder_layers=1,
                vocab_size=400, batch_size=8, eval_every=3, path_pairs=24, dev_path_pairs=4,
                max_source_len=64, max_target_len=48, threads=1, warmup_steps=2)
    first = train_verbalizer(tmp_path / "a", webnlg_dir=None, kg=kg, epochs=1, **tiny)
    start = json.loads((tmp_path / "a" / "best" / "kgexplain.json").read_text())["step"]
    # other model sizes asked for are overridden by the starting model's own
    second = train_verbalizer(tmp_path / "b", webnlg_dir=None, kg=kg, epochs=2, bf16=True,
                              init_from=tmp_path / "a" / "best", **{**tiny, "d_model": 64})
    log = second.log
    assert log[0]["event"] == "init_from" and log[0]["step"] == start
    assert log[1]["event"] == "eval" and log[1]["step"] == start  # the model to beat
    assert second.step == start + 2 * first.step  # two epochs from the starting epoch (0)
    assert (tmp_path / "b" / "tokenizer.json").read_text() == (
        tmp_path / "a" / "best" / "tokenizer.json").read_text()
    before = load_file(str(tmp_path / "a" / "best" / "model.safetensors"))
    after = load_file(str(tmp_path / "b" / "last" / "model.safetensors"))
    common = [k for k in before if k in after]
    assert len(common) > 10 and all(before[k].shape == after[k].shape for k in common)
    assert not all(bool((before[k] == after[k]).all()) for k in common)
    # a cool-down on resume: the learning rate falls to 0 at anneal_to_step, where the run stops
    cooled = train_verbalizer(tmp_path / "b", webnlg_dir=None, kg=kg, epochs=50, bf16=True,
                              init_from=tmp_path / "a" / "best",
                              **{**tiny, "anneal_to_step": second.step + 5})
    assert cooled.stopped == "annealed" and cooled.step == second.step + 5
    assert cooled.log[-2]["event"] == "eval" and cooled.log[-2]["lr"] == 0.0
    with pytest.raises(ConfigError, match="not a model directory"):
        train_verbalizer(tmp_path / "c", webnlg_dir=None, kg=kg, init_from=tmp_path / "nothing")


def test_training_needs_data(tmp_path):
    from kgexplain.training import train_verbalizer

    with pytest.raises(ConfigError):
        train_verbalizer(tmp_path, webnlg_dir=None, kg=None)


# ---------------------------------------------------------------------------------------------
# segment retry (max_triples)
# ---------------------------------------------------------------------------------------------

LONG = [("Alan Bean", "occupation", "Test pilot"), ("Alan Bean", "birth date", "1932-03-15"),
        ("Alan Bean", "nationality", "United States"),
        ("Alan Bean", "was a crew member of", "Apollo 12"), ("Apollo 12", "operator", "NASA"),
        ("Alan Bean", "alma mater", "UT Austin, B.S. 1955"),
        ("Alan Bean", "birth place", "Wheeler, Texas")]


def test_segments_cut_in_order_evenly_into_at_least_two():
    v = Seq2SeqVerbalizer(default_model_dir(), max_triples=3)
    assert [len(s) for s in v._segments(LONG)] == [3, 2, 2]
    assert [t for s in v._segments(LONG) for t in s] == LONG
    assert [len(s) for s in v._segments(LONG[:4])] == [2, 2]
    assert [len(s) for s in v._segments(LONG[:3])] == [2, 1]
    assert [len(s) for s in v._segments(LONG[:2])] == [1, 1]
    assert [len(s) for s in Seq2SeqVerbalizer(default_model_dir(), max_triples=4)._segments(LONG)] == [4, 3]


def test_join_segments_pairs_the_ith_candidates():
    from kgexplain.verbalize import _join_segments

    plan = [[["a"], ["b"]], [["c"], ["d"]]]
    found = [["A1.", "A2."], ["B1."], ["C1."], []]
    assert _join_segments(plan, found, 3) == [["A1. B1.", "A2. B1."], []]


def _canned(canned, **kw):
    """The real merge logic over canned candidates (keyed by the input's first triple)."""
    return CannedCandidatesVerbalizer(lambda triples: canned[triples[0]], **kw)


def test_segment_retry_only_when_an_entity_is_missing():
    t1, t2, t3 = ("A", "r", "B"), ("C", "r", "D"), ("E", "r", "F")
    canned = {t1: ["A and B. C and D."], t2: ["C and D."], t3: ["E and F."]}
    v = _canned(canned)
    # the whole-input text names every entity: kept, nothing regenerated
    assert v.candidates_batch([[t1, t2]], 2) == [["A and B. C and D."]] and v.calls == [[2]]
    # the whole-input text misses E and F: the two segments are generated and joined
    canned[t1] = ["A and B. C and D."]
    v = _canned(canned)
    assert v.candidates_batch([[t1, t3]], 2) == [["A and B. C and D. E and F.", "A and B. C and D."]]
    assert v.calls == [[2], [1, 1]]
    # max_triples=None: whole input only
    v = _canned(canned, max_triples=None)
    assert v.candidates_batch([[t1, t3]], 2) == [["A and B. C and D."]] and v.calls == [[2]]


def _whole_and_parts(whole, parts, **kw):
    """Canned texts for whole inputs (several triples) and for one-triple segments."""
    return CannedCandidatesVerbalizer(lambda t: (whole if len(t) > 1 else parts)[t[0]], **kw)


def test_segment_retry_when_the_whole_text_invents_a_name():
    t1, t2, t3 = ("A", "r", "B"), ("C", "r", "D"), ("Georgia", "r", "1962")
    # names every entity, but also "Georgia" and "1962", which the input lacks
    whole = {t1: ["A and B in Georgia. C and D in 1962."], t3: ["Georgia and 1962. A and B."]}
    parts = {t1: ["A and B."], t2: ["C and D."], t3: ["Georgia and 1962."]}
    v = _whole_and_parts(whole, parts)
    assert v.candidates_batch([[t1, t2]], 2) == [["A and B. C and D.", "A and B in Georgia. C and D in 1962."]]
    assert v.calls == [[2], [1, 1]]
    # names and numbers the input has are not inventions: nothing regenerated
    v = _whole_and_parts(whole, parts)
    assert v.candidates_batch([[t3, t1]], 2) == [["Georgia and 1962. A and B."]] and v.calls == [[2]]


def _canned_raw(greedy, beam, **kw):
    """Real delexicalization, ranking and relexicalization over canned raw model outputs
    (keyed by the delexicalized source): greedy text for width 1, else the beam's texts."""
    return CannedModelVerbalizer(lambda s, n: [greedy[s]] if n == 1 else list(beam[s])[:n], **kw)


def test_greedy_text_dropping_an_entity_is_decoded_again_with_the_beam():
    fact = ("Dragonheart 2", "is a film of the genre", "Adventure")
    other = ("Toy Story", "is a film of the genre", "Comedy")
    one = "<H> <E0> <R> is a film of the genre <T> <E1>"
    two = one + " <H> <E2> <R> is a film of the genre <T> <E3>"
    greedy = {two: "<E1> is a film of the genre <E1>. <E2> is a film of the genre <E3>.",
              one: "<E1> is a film of the genre <E1>."}
    beam = {two: ["<E0> is a film of the genre <E1>, <E2> of the genre <E3>.", "<E1> is a genre."],
            one: ["<E0> is a film of the genre <E1>.", "<E1> is a genre."]}
    both = "Dragonheart 2 is a film of the genre Adventure, Toy Story of the genre Comedy."
    v = _canned_raw(greedy, beam)
    assert v.candidates_batch([[fact, other]], 1) == [[both]]
    assert v.calls == [(1, 1), (1, v.num_beams)]
    # a greedy text naming every entity is kept: no beam
    greedy[two] = "<E0> is a film of the genre <E1>. <E2> is a film of the genre <E3>."
    v = _canned_raw(greedy, beam)
    assert v.candidates_batch([[fact, other], [other, fact]], 1)[0] == [
        "Dragonheart 2 is a film of the genre Adventure. Toy Story is a film of the genre Comedy."]
    assert v.calls == [(2, 1)]
    # a one-triple input goes straight to the beam (its greedy text is never decoded)
    v = _canned_raw(greedy, beam)
    assert v.candidates_batch([[fact], [fact, other]], 1) == [
        ["Dragonheart 2 is a film of the genre Adventure."],
        ["Dragonheart 2 is a film of the genre Adventure. Toy Story is a film of the genre Comedy."]]
    assert v.calls == [(1, v.num_beams), (1, 1)]
    # num_beams=1: greedy only, whatever it names
    v = _canned_raw(greedy, beam, num_beams=1)
    assert v.candidates_batch([[fact]], 1) == [["Adventure is a film of the genre Adventure."]]
    assert v.calls == [(1, 1)]


def test_segment_retry_names_the_entities_the_whole_text_drops(ct2_verbalizer):
    labels = {x for t in LONG for x in (t[0], t[2])}
    whole = Seq2SeqVerbalizer.default(max_triples=None, threads=2).candidates(LONG, 3)
    got = ct2_verbalizer.candidates(LONG, 3)
    assert ct2_verbalizer.max_triples == 3
    named = [sum(lab in t for lab in labels) for t in (whole[0], got[0])]
    assert named[1] >= named[0]
    assert named[1] == len(labels)
    assert ct2_verbalizer.verbalize(LONG) == got[0]


def test_rank_key_prefers_coverage_then_fewer_invented_names():
    from kgexplain.verbalize import _context, _rank_key

    triples = [("Alan Shepard", "birth place", "New Hampshire")]
    labels, ctx = ["Alan Shepard", "New Hampshire"], _context(triples)
    full_invented = "Alan Shepard was born in New Hampshire in 1962, selected by NASA."
    full_clean = "Alan Shepard was born in New Hampshire. He lived there."
    partial = "Alan Shepard was born there."
    ranked = sorted([partial, full_invented, full_clean], key=lambda t: _rank_key(t, labels, ctx))
    assert ranked == [full_clean, full_invented, partial]
    assert _rank_key(full_invented, labels, ctx) == (-2, 2)  # "1962" and "NASA"
    # sentence-initial capitals and words of the input (any case) are not inventions
    assert _rank_key("He was born. Birth Place: New Hampshire.", labels, ctx)[1] == 0


def test_shipped_shapes_fill_in_as_jinja_renders_them():
    """The template verbalizer fills the shipped shapes (text and ``{{ name }}`` only) without
    Jinja's per-render overhead; every shape gives what the sandboxed Jinja render gives, for
    awkward values too, and any other syntax still goes through Jinja."""
    import random
    import re as _re

    from kgexplain.verbalize import template as tpl
    from kgexplain.verbalize.base import _path_templates

    sources: list[str] = []

    def walk(x):
        if isinstance(x, str):
            sources.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    walk(_path_templates())
    assert len(sources) > 20 and all(tpl._plain_parts(s) is not None for s in sources)
    rng = random.Random(0)
    values = ["Toy Story", "you", "  two  spaces ", "Warner Bros.", "{{ x }}", "{% if %}", "", None, 3]
    for src in sources:
        names = set(_re.findall(r"\{\{\s*(\w+)\s*\}\}", src))
        for _ in range(10):
            ctx = {k: rng.choice(values) for k in names | {"unused"}}
            slow = " ".join(tpl._compiled(src).render(**ctx).split())
            assert tpl._render(src, **ctx) == slow[:1].upper() + slow[1:]
    assert tpl._plain_parts("{% for x in y %}{{ x }}{% endfor %}") is None
    assert tpl._plain_parts("{{ x | upper }}") is None
    assert tpl._render("{{ x | upper }} and {{ y }}", x="a", y="b") == "A and b"
    with pytest.raises(Exception, match="undefined"):
        tpl._render("{{ x }} and {{ missing }}", x="a")


def test_shipped_conversion_decodes_as_a_fresh_one(tmp_path, model_cache):
    """The CTranslate2 conversion shipped beside the model (int8 weights) loads without torch
    or a conversion and decodes exactly as the conversion made on first use (float32 weights
    quantized to int8 at load); a checkpoint it was not made from does not use it."""
    from kgexplain.verbalize.backends import SHIPPED_SUFFIX, shipped_ct2_dir

    d = default_model_dir()
    assert shipped_ct2_dir(d, "int8", "cpu") is not None
    assert shipped_ct2_dir(d, "float32", "cpu") is None and shipped_ct2_dir(d, "int8", "cuda") is None
    script = textwrap.dedent(f"""
        import json, os, sys
        os.environ["KGEXPLAIN_CACHE"] = {str(tmp_path / "empty")!r}
        from kgexplain.verbalize import Seq2SeqVerbalizer
        v = Seq2SeqVerbalizer.default(backend="ct2", threads=2)
        out = v.candidates_batch({INPUTS!r}, 3)
        print(json.dumps([out, "torch" in sys.modules, os.path.exists({str(tmp_path / "empty")!r})]))
        """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    shipped, torch_imported, cache_written = json.loads(proc.stdout.strip().splitlines()[-1])
    assert not torch_imported and not cache_written
    # a copy of the checkpoint elsewhere has no conversion beside it: converted on first use
    copy = tmp_path / "copy"
    shutil.copytree(d, copy)
    fresh = Seq2SeqVerbalizer(copy, backend="ct2", threads=2)
    assert [list(map(str, c)) for c in fresh.candidates_batch(INPUTS, 3)] == shipped
    assert fresh._ct2_dir().is_dir()
    # a conversion beside a checkpoint it was not made from is not used
    shutil.copytree(d.parent / (d.name + SHIPPED_SUFFIX), tmp_path / ("copy" + SHIPPED_SUFFIX))
    assert shipped_ct2_dir(copy, "int8", "cpu") is not None
    (copy / "config.json").write_text((copy / "config.json").read_text() + "\n")
    assert shipped_ct2_dir(copy, "int8", "cpu") is None


def test_template_articles_punctuation_and_who_on_a_podcast_graph():
    # found by an outside audit: "is a interview", "Sushi Go!.", "Peter Lee, which also hosted"
    import kgexplain as kgx

    E, R = kgx.Entity, kgx.Relation
    kg = kgx.KnowledgeGraph.from_triples(
        [("user:1", "listened", "show:1", {"rating": 5.0}), ("show:1", "hosted_by", "host:lee"),
         ("show:2", "hosted_by", "host:lee"), ("show:2", "has_format", "format:interview")],
        entities=[E("user:1", kind="user"), E("show:1", kind="item", type="show", label="Why Not?"),
                  E("show:2", kind="item", type="show", label="Deep Talk"),
                  E("host:lee", type="host", label="Peter Lee"),
                  E("format:interview", kind="attribute", type="format", label="interview")],
        relations=[R("listened", phrase="listened to", inverse_phrase="was heard by"),
                   R("hosted_by", phrase="is hosted by", inverse_phrase="hosted"),
                   R("has_format", phrase="is a", inverse_phrase="is the format of")])
    ex = kgx.Explainer(kg, verbalizer="template", retriever=None)
    e = ex.explain("user:1", "show:2")
    assert e.error is None and e.verdict.supported, e.error
    assert "?." not in e.text and " a interview" not in e.text
    assert "Peter Lee, which" not in e.text
    template = kgx.TemplateVerbalizer(kg=kg)
    assert template.fact_sentence(kg, ("show:2", "has_format", "format:interview")) == \
        "Deep Talk is an interview."


def test_template_renders_only_what_is_asked_and_says_the_same():
    """path_sentences(limit=k) is path_sentences()[:k]; explain_candidates(n) is the first n of
    the full list (it skips the plain last-resort sentence when n reasons are there)."""
    from kgexplain.testing import toy_movie_graph

    kg = toy_movie_graph()
    tv = kgx.TemplateVerbalizer(kg)
    finder = kgx.PathFinder(kg)
    seen_lengths = set()
    for u in kg.users():
        for item in [m for m in kg.items() if not kg.triples_between(u, m)]:
            paths = finder.find(u, item, k=4, max_hops=3)
            for p in paths:
                seen_lengths.add(len(p.hops))
                full = tv.path_sentences(kg, p)
                for k in (1, 2, 5):
                    assert tv.path_sentences(kg, p, limit=k) == full[:k]
            for group in (paths[:1], paths[:2]):
                if group:
                    every = tv.explain_candidates(kg, group, (), 64)
                    for n in (1, 2, 3, 8):
                        assert tv.explain_candidates(kg, group, (), n) == every[:n]
    assert seen_lengths >= {3}


def test_template_keeps_an_ellipsis_inside_a_label(movie_kg):
    # "Hush... Hush, Sweet Charlotte": the label's "..." is not the sentence's stop
    kg = kgx.KnowledgeGraph.from_triples(
        [("movie:1", "has_genre", "genre:1"), ("company:1", "remade", "movie:2")],
        entities=[Entity("movie:1", kind="item", label="Hush... Hush, Sweet Charlotte"),
                  Entity("genre:1", label="horror"), Entity("movie:2", kind="item", label="Hush..."),
                  Entity("company:1", label="Fox")],
        relations=[Relation("has_genre", phrase="is a film of the genre", inverse_phrase="is the genre of"),
                   Relation("remade", phrase="remade", inverse_phrase="was remade by")])
    verbalizer = TemplateVerbalizer(kg)
    assert verbalizer.explain_candidates(kg, [], [Triple("movie:1", "has_genre", "genre:1")], n=1) == [
        "Hush... Hush, Sweet Charlotte is a film of the genre horror."]
    assert verbalizer.explain_candidates(kg, [], [Triple("company:1", "remade", "movie:2")], n=1) == [
        "Fox remade Hush..."]
