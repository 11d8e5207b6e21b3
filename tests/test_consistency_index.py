"""The checker index's entity-name table: same matches as spaCy's PhraseMatcher, cached names."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import index as index_mod
from kgexplain.consistency._text import nlp
from kgexplain.consistency.index import GraphIndex, PhraseTable

TEXTS = [
    "You loved Toy Story; Toy Story 2 shares its director, John Lasseter.",
    "Warner Bros. distributes Heat. Heat stars Al Pacino and Robert De Niro.",
    "the toy story of a toy   story 2, TOY STORY 3 and toy.",
    "Science Fiction films, like Alien, are science fiction.",
    "",
]


def _spacy_matches(patterns, text):
    from spacy.matcher import PhraseMatcher

    pipe = nlp()
    matcher = PhraseMatcher(pipe.vocab, attr="LOWER")
    matcher.add("E", list(pipe.tokenizer.pipe(patterns)))
    doc = pipe.make_doc(text)
    return sorted({(s, e) for _, s, e in matcher(doc)}), [t.lower_ for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_phrase_table_finds_what_the_phrase_matcher_finds(text):
    names = ["Toy Story", "Toy Story 2", "toy", "Story", "Warner Bros.", "Heat", "Al Pacino",
             "Robert De Niro", "Science Fiction", "science fiction films", "Alien", "a toy"]
    expected, lowers = _spacy_matches(names, text)
    pipe = nlp()
    table = PhraseTable([tuple(t.lower_ for t in pipe.make_doc(n)) for n in names])
    assert table.find(lowers) == expected


def test_phrase_table_on_the_example_graph_names():
    kg = kgx.KnowledgeGraph.example()
    names = [e.label for e in kg.entities() if e.kind != "user"][:3000]
    text = " and ".join(names[::37]) + ". The Matrix, and Toy Story."
    expected, lowers = _spacy_matches(names, text)
    pipe = nlp()
    table = PhraseTable(tuple(t.lower_ for t in doc) for doc in pipe.tokenizer.pipe(names))
    assert table.find(lowers) == expected and len(expected) > 50


def _movie_graph():
    return kgx.KnowledgeGraph.from_triples(
        [("user:1", "rated", "movie:1", {"rating": 5.0}),
         ("movie:1", "distributed_by", "company:wb"),
         ("movie:2", "distributed_by", "company:wb"),
         ("movie:2", "has_genre", "genre:SciFi")],
        entities=[kgx.Entity("user:1", kind="user"),
                  kgx.Entity("movie:1", kind="item", label="Heat"),
                  kgx.Entity("movie:2", kind="item", label="Alien"),
                  kgx.Entity("company:wb", label="Warner Bros."),
                  kgx.Entity("genre:SciFi", label="Science Fiction")],
        relations=[kgx.Relation("rated", phrase="rated"),
                   kgx.Relation("distributed_by", phrase="is distributed by", inverse_phrase="distributes"),
                   kgx.Relation("has_genre", phrase="is a film of the genre")])


def test_tokenized_names_are_cached_and_read_back(monkeypatch, tmp_path):
    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path))
    monkeypatch.setattr(index_mod, "_CACHE_MIN_FORMS", 1)
    kg = _movie_graph()
    evidence = [("user:1", "rated", "movie:1"), ("movie:1", "distributed_by", "company:wb"),
                ("movie:2", "distributed_by", "company:wb")]
    text = "You loved Heat; Alien shares its distributor, Warner Bros."
    fresh = GraphIndex(kg)
    cached = list((tmp_path / "checker").glob("forms-*.json"))
    assert len(cached) == 1
    again = GraphIndex(kg)  # reads the file: same table, same verdicts
    lowers = [t.lower_ for t in nlp().make_doc(text)]
    assert again.entity_forms.find(lowers) == fresh.entity_forms.find(lowers) != []
    assert again.period_keys == fresh.period_keys and again.form_ids == fresh.form_ids
    checker = kgx.ConsistencyChecker(kg)
    v1 = checker.check(text, evidence, user="user:1")
    cached[0].write_text("{not json", encoding="utf-8")  # a damaged cache is rebuilt
    GraphIndex(kg)
    assert checker.check(text, evidence, user="user:1") == v1 and v1.supported


def test_names_tokenized_together_give_each_name_its_own_tokens():
    """The joined-text fast path gives every example name (and its form with a period) the
    tokens the tokenizer gives it alone, including names it must send through alone."""
    pipe = nlp()
    kg = kgx.KnowledgeGraph.example()
    names = list(dict.fromkeys(n for e in kg.entities() for n in (e.label, *e.aliases)))
    odd = ["", "Se7en", "U.N.C.L.E.", "Warner Bros.", "don't", "Dont Look Up", "  padded ",
           "two  spaces", "tab\there", "line\nbreak", "'71", "(500) Days of Summer", "C'mon C'mon",
           "Mr. & Mrs. Smith", "Kill Bill: Vol. 1", "WALL·E", "\u00a0nbsp", "a\u2009thin"]
    texts = names + odd + [n + "." for n in names[:3000]]
    alone = [[t.lower_ for t in pipe.tokenizer(text)] for text in texts]
    assert index_mod._tokenize_many(pipe, texts) == alone
