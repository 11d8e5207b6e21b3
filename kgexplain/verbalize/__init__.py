"""Verbalizer stage: turn reasoning paths and facts (as label triples) into a short reason.

Two implementations share the :class:`Verbalizer` interface:

* :class:`TemplateVerbalizer` renders Jinja2 templates (``templates/*.j2``, sandboxed: labels are
  data, never template code) from the graph's relation phrases. It states only what the triples
  say, so it is the always-faithful fallback and the source of path→reason training pairs.
* :class:`Seq2SeqVerbalizer` runs a T5 model (trained by the project, shipped in
  ``kgexplain/models/``) over linearized triples. Entity labels are *delexicalized* to placeholders
  (``<E0>``, ``<E1>``, …) before the model and restored after, so names come out exactly and unseen
  entities work. Two backends: ``transformers`` (the reference) and CTranslate2 int8 (fast CPU).

Input format (documented, stable)::

    <H> <E0> <R> is directed by <T> <E1> <H> you <R> loved <T> <E0>

The user is always the literal word ``you`` (never a placeholder).

Modules: :mod:`~kgexplain.verbalize.base` (the base class, paths and facts to label triples),
:mod:`~kgexplain.verbalize.linearization` (linearize, delexicalize, relexicalize),
:mod:`~kgexplain.verbalize.template` (the template verbalizer, training pairs),
:mod:`~kgexplain.verbalize.seq2seq` (the seq2seq verbalizer),
:mod:`~kgexplain.verbalize.backends` (torch and CTranslate2, the conversion cache) and
:mod:`~kgexplain.verbalize.ranking` (N-best ranking, invented-entity checks). Every name below
stays importable from ``kgexplain.verbalize``.
"""

from __future__ import annotations

# names in __all__ are the public API; the others ("X as X": an explicit re-export) stay
# importable from here as they were from the flat module: constants and helpers that other
# modules and tests import
from kgexplain.verbalize.backends import Backend as Backend
from kgexplain.verbalize.base import LabelTriple as LabelTriple
from kgexplain.verbalize.base import Verbalizer, reason_triples
from kgexplain.verbalize.base import loved_threshold as loved_threshold
from kgexplain.verbalize.linearization import HEAD as HEAD
from kgexplain.verbalize.linearization import MAX_PLACEHOLDERS as MAX_PLACEHOLDERS
from kgexplain.verbalize.linearization import PLACEHOLDERS as PLACEHOLDERS
from kgexplain.verbalize.linearization import REL as REL
from kgexplain.verbalize.linearization import TAIL as TAIL
from kgexplain.verbalize.linearization import USER_WORD as USER_WORD
from kgexplain.verbalize.linearization import (
    Delexicalized,
    delexicalize,
    delexicalize_text,
    linearize,
    relexicalize,
)
from kgexplain.verbalize.linearization import strip_loop as strip_loop
from kgexplain.verbalize.ranking import _context as _context
from kgexplain.verbalize.ranking import _join_segments as _join_segments
from kgexplain.verbalize.ranking import _rank_key as _rank_key
from kgexplain.verbalize.seq2seq import Seq2SeqVerbalizer, default_model_dir
from kgexplain.verbalize.template import TemplateVerbalizer, path_training_pairs

__all__ = [
    "Verbalizer",
    "TemplateVerbalizer",
    "Seq2SeqVerbalizer",
    "Delexicalized",
    "delexicalize",
    "delexicalize_text",
    "relexicalize",
    "linearize",
    "reason_triples",
    "path_training_pairs",
    "default_model_dir",
]
