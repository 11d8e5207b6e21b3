"""Small public fakes for tests: yours and kgexplain's own.

A test should exercise a stage through its public contract (:mod:`kgexplain.stages`) and never
override a private method; when it needs a stage that behaves in a known way, it takes one of
these:

* :func:`toy_movie_graph`: a tiny, deterministic movie graph (users rate films, films have a
  director and a genre) with labels and relation phrases, big enough for random walks and
  training runs;
* :class:`FixedVerbalizer`: says the texts you give it, whatever it is asked (a liar the checker
  must reject, or a known-good text);
* :class:`ItemFactsRetriever`: a fact retriever without embeddings or FAISS: the recommended
  item's own facts, in graph order;
* :class:`CannedModelVerbalizer`: the seq2seq verbalizer's own logic (delexicalization, ranking,
  relexicalization, beam and segment retries) over canned model outputs, no model loaded;
* :class:`CannedCandidatesVerbalizer`: the seq2seq verbalizer's segment retry over canned ranked
  candidates.

Every fake satisfies its stage's :class:`typing.Protocol` (``tests/test_stage_contracts.py``
checks that).

>>> from kgexplain.testing import FixedVerbalizer, toy_movie_graph
>>> kg = toy_movie_graph()
>>> kg
<KnowledgeGraph: 16 entities, 26 triples, 3 relations>
>>> FixedVerbalizer(["Film 2 is directed by Director 2."]).explain_candidates(kg, [], [], n=3)
['Film 2 is directed by Director 2.']
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

from kgexplain.graph import KnowledgeGraph
from kgexplain.records import Entity, Fact, Relation
from kgexplain.retrieval import FactRetriever
from kgexplain.verbalize import Seq2SeqVerbalizer, Verbalizer, default_model_dir

__all__ = ["toy_movie_graph", "FixedVerbalizer", "ItemFactsRetriever", "CannedModelVerbalizer",
           "CannedCandidatesVerbalizer"]


def toy_movie_graph(users: int = 4, films: int = 7, directors: int = 3, genres: int = 2) -> KnowledgeGraph:
    """User ``u`` rates films ``u``, ``u + 1`` and ``u + 2`` (ratings 2, 3 and 4); film ``m`` is
    directed by director ``m % directors`` and has genre ``m % genres``. Labels: ``"Film 3"``,
    ``"Director 1"``, ``"Genre 0"``; relations ``rated``, ``directed_by`` (``"is directed
    by"``) and ``has_genre`` (``"is a film of the genre"``)."""
    triples: list[tuple] = []
    for u in range(users):
        for m in range(3):
            triples.append((f"user:{u}", "rated", f"movie:{(u + m) % films}", {"rating": 2.0 + m}))
    for m in range(films):
        triples.append((f"movie:{m}", "directed_by", f"person:{m % directors}"))
        triples.append((f"movie:{m}", "has_genre", f"genre:{m % genres}"))
    entities = [Entity(f"user:{u}", kind="user") for u in range(users)]
    entities += [Entity(f"movie:{m}", kind="item", label=f"Film {m}") for m in range(films)]
    entities += [Entity(f"person:{p}", label=f"Director {p}") for p in range(directors)]
    entities += [Entity(f"genre:{g}", label=f"Genre {g}") for g in range(genres)]
    return KnowledgeGraph.from_triples(triples, entities=entities, relations=[
        Relation("rated", phrase="rated"),
        Relation("directed_by", phrase="is directed by", inverse_phrase="directed"),
        Relation("has_genre", phrase="is a film of the genre", inverse_phrase="is the genre of")])


class FixedVerbalizer(Verbalizer):
    """A verbalizer that offers the same texts (at most ``n`` of them) for every input.

    Args:
        texts: the candidates, best first.
        name: what the Explainer records as the ``source`` of a text it accepts.
    """

    def __init__(self, texts: Iterable[str], name: str = "fixed") -> None:
        self.texts = tuple(texts)
        self.name = name

    def candidates(self, triples: Sequence[Sequence[str]], n: int) -> list[str]:
        return list(self.texts[: max(n, 0)])


class ItemFactsRetriever(FactRetriever):
    """Facts without embeddings: the item's explainable triples that touch no user and that no
    path already states, in the graph's order, each with score 1.0."""

    def retrieve_many(self, requests: Iterable[tuple[str, str, Sequence]], k: int = 5) -> list[list[Fact]]:
        kg = self.kg
        out = []
        for user_id, item_id, paths in requests:
            kg.entity(user_id), kg.entity(item_id)  # unknown ids raise UnknownEntityError
            said = {h for p in paths for h in p.hops}
            facts = []
            for t in kg.triples_of(item_id):
                rel = kg.relation(t.relation)
                ends = (kg.entity(t.head).kind, kg.entity(t.tail).kind)
                if rel.usable and "user" not in ends and t not in said:
                    facts.append(Fact(t, self.fact_text(t), 1.0))
            out.append(facts[:k])
        return out


class CannedModelVerbalizer(Seq2SeqVerbalizer):
    """:class:`~kgexplain.verbalize.Seq2SeqVerbalizer` with its model replaced by canned outputs.

    Everything else is the real verbalizer: inputs are delexicalized, ``outputs(source, n)``
    stands for the model's ``n`` raw decodings of a delexicalized ``source`` (``n == 1``:
    greedy), and the texts are relexicalized, ranked and retried as the model's would be.
    ``calls`` records ``(sources, n)`` of every decoding round.
    """

    def __init__(self, outputs: Callable[[str, int], Sequence[str]], **kwargs) -> None:
        super().__init__(default_model_dir(), **kwargs)
        self.outputs = outputs
        self.calls: list[tuple[int, int]] = []

    def _load(self) -> None:  # no model: the canned outputs stand in for it
        self._delex = True

    def _generate(self, sources: Sequence[str], n: int) -> list[list[str]]:
        self.calls.append((len(sources), n))
        return [list(self.outputs(s, n)) for s in sources]


class CannedCandidatesVerbalizer(Seq2SeqVerbalizer):
    """:class:`~kgexplain.verbalize.Seq2SeqVerbalizer`'s segment retry over canned candidates.

    ``texts(triples)`` gives the ranked candidate texts of one input (the whole input or one of
    its segments); whether to retry in segments, and how segment texts are joined and ranked
    against the whole-input texts, is the real verbalizer's logic. ``calls`` records the input
    sizes of every ranking round.
    """

    def __init__(self, texts: Callable[[Sequence[Sequence[str]]], Sequence[str]], **kwargs) -> None:
        super().__init__(default_model_dir(), **kwargs)
        self.texts = texts
        self.calls: list[list[int]] = []

    def _ranked(self, batch: Sequence[Sequence[Sequence[str]]],
                n: int) -> tuple[list[list[str]], list[tuple[str, ...] | None]]:
        self.calls.append([len(t) for t in batch])
        return ([list(self.texts(t))[:n] for t in batch],
                [tuple(x for tr in t for x in (tr[0], tr[2])) for t in batch])
