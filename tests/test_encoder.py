"""Tests of kgexplain.retrieval.numpy_encoder: the torch-free BERT encoder against
sentence-transformers, which folders it runs, the engine choice and its cache key."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

import kgexplain as kgx
from kgexplain.errors import ConfigError, KGExplainError, ModelNotFoundError
from kgexplain.retrieval import FaissFactRetriever, default_model_path, load_sentence_model
from kgexplain.retrieval.embeddings import DEFAULT_MODEL_ID, choose_encoder, encoder_cache_id
from kgexplain.retrieval.facts import _FactTable
from kgexplain.retrieval.numpy_encoder import NumpyBertEncoder, numpy_support

MIN_COSINE = 0.99999

UNICODE = [
    "Amélie est un film français réalisé par Jean-Pierre Jeunet.",
    "Ça va? Ñandú, Øresund, Straße, façade, naïve, coöperate, señor.",
    "Björk and Sigur Rós are from Reykjavík.",
    "東京は日本の首都です。",
    "Москва — столица России.",
    "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.",
    "مرحبا بالعالم",
    "Der Himmel über Berlin is directed by Wim Wenders.",
    "Emoji are rare in facts 🎬🍿 but must not break anything ✨.",
    "Ｆｕｌｌｗｉｄｔｈ letters and ligatures: ﬁne ﬂow.",
    "Tabs\tand\nnew lines\r\nand   many    spaces.",
    "Zero\u200bwidth and soft\u00adhyphen and combining e\u0301.",
    "ALL CAPS SENTENCE WITH NUMBERS 1999 AND 3.14159.",
    "x" * 150,  # longer than WordPiece's 100 characters per word: [UNK]
    "([{<'\"!?.,;:-_/\\|@#$%^&*+=~`\"'>}])",
]
SHORT = ["", " ", "word", "Jumanji", "a", "?", "1984", "Sci-Fi", "don't", "U.S.A."]


def _long_sentences(texts: list[str]) -> list[str]:
    """Sentences well past the 256-token truncation (a different cut each)."""
    out = [" ".join(texts[i:i + 60]) for i in range(0, 240, 60)]
    out.append(" ".join(["Amélie Poulain naïvement à Montréal"] * 90))
    out.append("supercalifragilisticexpialidocious " * 120)
    out.append(" ".join(str(i) for i in range(600)))
    return out


@pytest.fixture(scope="module")
def sentences(example_kg) -> list[str]:
    """A few hundred varied sentences: the example graph's fact sentences (a seeded sample),
    entity labels, long ones, other scripts, the empty string, single words."""
    facts = _FactTable.from_graph(example_kg)
    rng = np.random.default_rng(7)
    sample = [facts.texts[i] for i in rng.choice(len(facts), 300, replace=False).tolist()]
    labels = sorted({e.label for e in list(example_kg.entities())[:40] if e.label})
    return sample + labels + _long_sentences(sample) + UNICODE + SHORT


@pytest.fixture(scope="module")
def numpy_encoder() -> NumpyBertEncoder:
    return NumpyBertEncoder.load(default_model_path())


def _sentence_transformer(folder: Path):
    st = pytest.importorskip("sentence_transformers")
    return st.SentenceTransformer(str(folder), device="cpu", local_files_only=True)


def test_matches_sentence_transformers(sentences, numpy_encoder):
    """Every sentence's embedding has cosine >= 0.99999 with sentence-transformers', and the
    token ids (truncation, [CLS]/[SEP]) are the same."""
    model = _sentence_transformer(default_model_path())
    ours = numpy_encoder.encode(sentences, batch_size=64)
    theirs = model.encode(sentences, batch_size=64, normalize_embeddings=True)
    assert ours.shape == theirs.shape == (len(sentences), 384) and ours.dtype == np.float32
    cos = np.sum(ours.astype(np.float64) * theirs, axis=1)
    worst = int(np.argmin(cos))
    print(f"\nnumpy vs sentence-transformers: {len(sentences)} sentences, min cosine "
          f"{cos.min():.9f} ({sentences[worst][:60]!r}), max |diff| {np.abs(ours - theirs).max():.2e}")
    assert cos.min() >= MIN_COSINE, sentences[worst]
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)

    feats = model.tokenize(sentences)
    ids, mask = feats["input_ids"].numpy(), feats["attention_mask"].numpy().astype(bool)
    expected = [row[m].tolist() for row, m in zip(ids, mask)]
    assert numpy_encoder.tokenize(sentences) == expected
    lengths = [len(t) for t in expected]
    assert max(lengths) == 256 and sum(n == 256 for n in lengths) >= 7  # truncated ones


def test_a_tiny_random_bert_folder_matches_sentence_transformers(tmp_path):
    """Another BERT + mean-pooling folder (random weights, 2 layers, 4 heads, no Normalize
    module, max_seq_length 20) gives sentence-transformers' raw, unnormalized vectors."""
    folder = _tiny_bert(tmp_path / "tiny", max_seq_length=20)
    assert numpy_support(folder) is None
    texts = ["Jumanji stars Robin Williams.", "", "word", UNICODE[0], " ".join(SHORT) * 5]
    ours = NumpyBertEncoder.load(folder).encode(texts)
    theirs = _sentence_transformer(folder).encode(texts, normalize_embeddings=False)
    assert ours.shape == (len(texts), 16)
    assert not np.allclose(np.linalg.norm(ours, axis=1), 1.0)  # no Normalize module
    np.testing.assert_allclose(ours, theirs, rtol=1e-4, atol=1e-5)


def test_no_torch_after_encoding_in_a_fresh_process(tmp_path):
    """The default path (load the model, encode, retrieve with an empty cache) imports neither
    torch, transformers nor sentence-transformers."""
    script = textwrap.dedent(
        f"""
        import sys
        import kgexplain as kgx
        from kgexplain.retrieval import load_sentence_model
        vec = load_sentence_model().encode(["Jumanji stars Robin Williams."],
                                           normalize_embeddings=True)
        assert vec.shape == (1, 384), vec.shape
        kg = kgx.KnowledgeGraph.from_triples([
            ("user:1", "rated", "movie:1", {{"rating": 5.0}}),
            ("movie:1", "has_genre", "genre:Comedy"), ("movie:2", "has_genre", "genre:Comedy"),
            ("movie:2", "directed_by", "person:Ivan_Reitman")])
        r = kgx.FactRetriever(kg, cache_dir={str(tmp_path / "cache")!r})
        facts = r.retrieve("user:1", "movie:2", [], k=2)
        assert r.encoded_ > 0 and type(r.model_).__name__ == "NumpyBertEncoder", r.model_
        print(sorted(m for m in ("torch", "transformers", "sentence_transformers")
                     if m in sys.modules))
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_encode_keeps_input_order_and_batches_agree(numpy_encoder, sentences):
    """Sorting by length is internal: row i is sentence i, whatever the batch size."""
    texts = sentences[:40] + sentences[-30:]
    whole = numpy_encoder.encode(texts, batch_size=128)
    small = numpy_encoder.encode(texts, batch_size=3)
    one_by_one = np.stack([numpy_encoder.encode(t) for t in texts])
    np.testing.assert_allclose(whole, small, atol=2e-6)
    np.testing.assert_allclose(whole, one_by_one, atol=2e-6)
    assert numpy_encoder.encode("word").shape == (384,)
    assert numpy_encoder.encode([]).shape == (0, 384)
    # the same sentence twice in one batch gives the same row
    twice = numpy_encoder.encode(["Alien is directed by Ridley Scott.", "short",
                                  "Alien is directed by Ridley Scott."])
    np.testing.assert_allclose(twice[0], twice[2], atol=1e-6)


def test_threads_give_the_same_vectors_and_restore_blas(sentences):
    """Batches on 3 threads (each with a one-thread BLAS) give the rows of 1 thread; the
    process's BLAS thread count is back afterwards, also after encoders ran in several threads."""
    from concurrent.futures import ThreadPoolExecutor

    threadpoolctl = pytest.importorskip("threadpoolctl")

    def blas_threads() -> list[int]:
        return [p["num_threads"] for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas"]

    before = blas_threads()
    texts = sentences[:50] + sentences[-25:]
    one = NumpyBertEncoder.load(default_model_path(), threads=1)
    three = NumpyBertEncoder.load(default_model_path(), threads=3)
    expected = one.encode(texts, batch_size=16)
    np.testing.assert_allclose(three.encode(texts, batch_size=16, show_progress_bar=True),
                               expected, atol=2e-6)
    assert blas_threads() == before
    with ThreadPoolExecutor(4) as pool:  # encoders running at once in several threads
        results = list(pool.map(lambda i: three.encode(texts[i:] + texts[:i], batch_size=8),
                                range(4)))
    for i, got in enumerate(results):
        np.testing.assert_allclose(got, np.roll(expected, -i, axis=0), atol=2e-6)
    assert blas_threads() == before
    with pytest.raises(ConfigError):
        NumpyBertEncoder.load(default_model_path(), threads=0)


def test_gelu_is_the_exact_erf_gelu():
    """The activation is x Phi(x) with erf (not the tanh approximation) to float32 rounding."""
    from scipy.special import erf

    from kgexplain.retrieval.numpy_encoder import _gelu

    x = np.linspace(-12, 12, 480_001, dtype=np.float32)
    exact = 0.5 * x.astype(np.float64) * (1 + erf(x.astype(np.float64) / np.sqrt(2)))
    got = _gelu(x.copy())
    assert got.dtype == np.float32
    assert np.abs(got - exact).max() < 5e-7
    tanh_gelu = 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))
    assert np.abs(tanh_gelu - exact).max() > 1e-4  # the approximation it is not


def test_encode_rejects_misuse(numpy_encoder):
    with pytest.raises(ConfigError):
        numpy_encoder.encode(["fine", 3])  # type: ignore[list-item]
    with pytest.raises(ConfigError):
        numpy_encoder.encode(["fine"], batch_size=0)


def _copy_configs(dst: Path) -> Path:
    """The default model's folder with its weights linked, to edit its configs."""
    src = default_model_path()
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("model.safetensors"))
    (dst / "model.safetensors").symlink_to(src / "model.safetensors")
    return dst


def _edit_json(path: Path, **changes) -> None:
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))


@pytest.mark.parametrize("case", ["cls_pooling", "dense_module", "no_pooling", "roberta",
                                  "gelu_new", "lowercase", "prompts", "relative_positions",
                                  "tokenizer_disagrees"])
def test_other_kinds_of_model_fall_back_to_sentence_transformers(tmp_path, case):
    folder = _copy_configs(tmp_path / "model")
    modules = json.loads((folder / "modules.json").read_text())
    if case == "cls_pooling":
        _edit_json(folder / "1_Pooling/config.json", pooling_mode_cls_token=True,
                   pooling_mode_mean_tokens=False)
    elif case == "dense_module":
        modules.insert(2, {"idx": 2, "name": "2", "path": "2_Dense",
                           "type": "sentence_transformers.models.Dense"})
        (folder / "modules.json").write_text(json.dumps(modules))
    elif case == "no_pooling":
        (folder / "modules.json").write_text(json.dumps(modules[:1]))
    elif case == "roberta":
        _edit_json(folder / "config.json", model_type="roberta", architectures=["RobertaModel"])
    elif case == "gelu_new":
        _edit_json(folder / "config.json", hidden_act="gelu_new")
    elif case == "lowercase":
        _edit_json(folder / "sentence_bert_config.json", do_lower_case=True)
    elif case == "prompts":
        _edit_json(folder / "config_sentence_transformers.json", prompts={"query": "query: "})
    elif case == "relative_positions":
        _edit_json(folder / "config.json", position_embedding_type="relative_key")
    elif case == "tokenizer_disagrees":
        _edit_json(folder / "tokenizer_config.json", do_lower_case=False)
    why = numpy_support(folder)
    assert isinstance(why, str) and why
    assert choose_encoder(folder) == "sentence-transformers"
    with pytest.raises(ConfigError, match="numpy encoder cannot run"):
        choose_encoder(folder, encoder="numpy")
    with pytest.raises(ConfigError):
        NumpyBertEncoder.load(folder)


def test_engine_choice_and_errors(tmp_path):
    folder = default_model_path()
    assert choose_encoder(folder) == "numpy"
    assert choose_encoder(folder, encoder="sentence-transformers") == "sentence-transformers"
    assert choose_encoder(folder, device="cuda") == "sentence-transformers"
    with pytest.raises(ConfigError, match="not the CPU"):
        choose_encoder(folder, device="cuda", encoder="numpy")
    with pytest.raises(ConfigError):
        choose_encoder(folder, encoder="onnx")  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        kgx.FactRetriever(kgx.KnowledgeGraph.example(), encoder="torch")  # type: ignore[arg-type]
    assert isinstance(load_sentence_model(), NumpyBertEncoder)
    assert load_sentence_model() is load_sentence_model(folder, encoder="numpy")  # shared

    # a folder whose weights lack a tensor its config needs
    broken = _copy_configs(tmp_path / "broken")
    _edit_json(broken / "config.json", num_hidden_layers=7)
    with pytest.raises(ModelNotFoundError, match="encoder.layer.6"):
        NumpyBertEncoder.load(broken)
    assert issubclass(ModelNotFoundError, KGExplainError)


def test_each_engine_has_its_own_cache(tmp_path):
    """A cache filled by sentence-transformers is not read by the numpy encoder (and back):
    the vectors differ in the last bits, and scores must not depend on who filled the cache."""
    pytest.importorskip("sentence_transformers")
    kg = kgx.KnowledgeGraph.from_triples([
        ("user:1", "rated", "movie:1", {"rating": 5.0}),
        ("movie:1", "has_genre", "genre:Comedy"), ("movie:2", "has_genre", "genre:Comedy"),
        ("movie:2", "directed_by", "person:Ivan_Reitman")])
    cache = tmp_path / "cache"
    st = FaissFactRetriever(kg, cache_dir=cache, encoder="sentence-transformers")
    st_facts = st.retrieve("user:1", "movie:2", [], k=2)
    st.save()
    assert st.model_id_ == DEFAULT_MODEL_ID and st.encoded_ > 0
    fresh = FaissFactRetriever(kg, cache_dir=cache)
    facts = fresh.retrieve("user:1", "movie:2", [], k=2)
    fresh.save()
    assert fresh.model_id_ == encoder_cache_id(DEFAULT_MODEL_ID, "numpy") != st.model_id_
    assert fresh.encoded_ == st.encoded_  # nothing read from the other engine's cache
    assert {p.name for p in cache.iterdir()} == {DEFAULT_MODEL_ID, f"{DEFAULT_MODEL_ID}@numpy"}
    assert [f.triple for f in facts] == [f.triple for f in st_facts]
    assert [f.score for f in facts] == pytest.approx([f.score for f in st_facts], abs=1e-5)
    again = FaissFactRetriever(kg, cache_dir=cache)
    assert again.retrieve("user:1", "movie:2", [], k=2) == facts and again.encoded_ == 0


# --------------------------------------------------------------------------- a tiny BERT folder
def _tiny_bert(folder: Path, max_seq_length: int) -> Path:
    """A random 2-layer BERT (hidden 16, 4 heads) with the default model's tokenizer."""
    from safetensors.numpy import save_file

    src = default_model_path()
    folder.mkdir(parents=True)
    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"):
        shutil.copy(src / name, folder / name)
    hidden, inner, layers, vocab, positions = 16, 32, 2, 30522, 64
    config = json.loads((src / "config.json").read_text())
    config.update(hidden_size=hidden, intermediate_size=inner, num_hidden_layers=layers,
                  num_attention_heads=4, max_position_embeddings=positions)
    (folder / "config.json").write_text(json.dumps(config))
    (folder / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
    ]))
    (folder / "1_Pooling").mkdir()
    (folder / "1_Pooling/config.json").write_text(json.dumps(
        {"word_embedding_dimension": hidden, "pooling_mode_mean_tokens": True}))
    (folder / "sentence_bert_config.json").write_text(json.dumps(
        {"max_seq_length": max_seq_length, "do_lower_case": False}))
    rng = np.random.default_rng(0)

    def rand(*shape: int, scale: float = 0.2) -> np.ndarray:
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    w = {
        "embeddings.word_embeddings.weight": rand(vocab, hidden),
        "embeddings.position_embeddings.weight": rand(positions, hidden),
        "embeddings.token_type_embeddings.weight": rand(2, hidden),
        "embeddings.LayerNorm.weight": 1 + rand(hidden, scale=0.1),
        "embeddings.LayerNorm.bias": rand(hidden, scale=0.1),
        "pooler.dense.weight": rand(hidden, hidden),
        "pooler.dense.bias": rand(hidden),
    }
    for i in range(layers):
        p = f"encoder.layer.{i}."
        for name in ("query", "key", "value"):
            w[p + f"attention.self.{name}.weight"] = rand(hidden, hidden, scale=0.5)
            w[p + f"attention.self.{name}.bias"] = rand(hidden)
        w[p + "attention.output.dense.weight"] = rand(hidden, hidden)
        w[p + "attention.output.dense.bias"] = rand(hidden)
        w[p + "attention.output.LayerNorm.weight"] = 1 + rand(hidden, scale=0.1)
        w[p + "attention.output.LayerNorm.bias"] = rand(hidden, scale=0.1)
        w[p + "intermediate.dense.weight"] = rand(inner, hidden, scale=0.5)
        w[p + "intermediate.dense.bias"] = rand(inner)
        w[p + "output.dense.weight"] = rand(hidden, inner)
        w[p + "output.dense.bias"] = rand(hidden)
        w[p + "output.LayerNorm.weight"] = 1 + rand(hidden, scale=0.1)
        w[p + "output.LayerNorm.bias"] = rand(hidden, scale=0.1)
    save_file(w, str(folder / "model.safetensors"))
    return folder
