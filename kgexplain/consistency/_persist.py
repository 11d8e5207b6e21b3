"""The checker's entity tables kept in kgexplain's cache folder, so a new process skips building them.

:func:`persisted` runs one build step of :class:`~kgexplain.consistency.index.GraphIndex` (a
method that sets attributes on the index) or, when the same step was run before on the same
inputs, sets the attributes it set then. The inputs are named by a SHA-256 of:

* every entity of the graph in node order (id, kind, type, label, aliases, attributes), which is
  all the entity step reads, and for safety the whole relation registry (a step that came to read
  it would still never be stale; the edges are not in the key, as hashing them costs as much as
  the step: a step that reads them must add them);
* the source of every module of :mod:`kgexplain.consistency` (the checker changes often: any edit
  gives a new key, never a stale table) and the shipped templates' nouns, read when the checker is
  imported; a process whose checker files changed on disk after that (an edit while a notebook
  runs) neither reads nor writes tables, since its code is no longer the code on disk;
* kgexplain's, spaCy's and Python's versions (tokenizer rules, Unicode tables).

The attributes are written with :mod:`marshal` (plain builtins: dicts, tuples, sets, strings,
numbers; a :class:`~kgexplain.consistency.index.PhraseTable` as its trie), behind a header with
the payload's SHA-256: a truncated or damaged file fails the check and the step is run again; a
step whose attributes hold anything else is simply not kept. Files are written through
:func:`kgexplain.cache.write_atomically` (``checker/tables-*.bin``).
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import sys
from importlib import resources
from typing import TYPE_CHECKING, Any, Callable

from kgexplain.cache import cache_home, write_atomically

if TYPE_CHECKING:  # pragma: no cover
    from kgexplain.graph import KnowledgeGraph

logger = logging.getLogger(__name__)

__all__ = ["persisted", "MIN_ENTITIES"]

MIN_ENTITIES = 5000
"""Graphs with fewer entities build their tables in well under a second: nothing is kept."""

_MAGIC = b"kgexplain-checker-tables/1\n"
_PHRASE_TABLE = "\x00PhraseTable"


def _source_digest() -> str:
    """A digest of the checker's source files (its reading mixins and the shared plurals too) and
    the templates' nouns, as they are on disk now."""
    from kgexplain import __version__

    h = hashlib.sha256(f"{_MAGIC!r}|{__version__}|{sys.version}".encode())
    pkg = resources.files("kgexplain")
    files = sorted((f for d in (pkg / "consistency", pkg / "consistency" / "_reading") for f in d.iterdir()
                    if f.name.endswith(".py")), key=lambda f: (f.parent.name, f.name))
    # (and the plurals the tables are built with: kgexplain/_english.py, code review 51)
    for f in [*files, pkg / "_english.py", pkg / "templates" / "paths.yaml"]:
        h.update(f"\x00{f.name}\x00".encode())
        h.update(f.read_bytes())
    return h.hexdigest()


try:
    # the code this process runs is the code on disk when the checker was imported (index.py
    # imports this module): read once here, so a table is keyed by the code that built it
    _AT_IMPORT: str | None = _source_digest()
except OSError:  # pragma: no cover - sources not readable: nothing is kept
    _AT_IMPORT = None


def _code_digest() -> str | None:
    """The digest of the checker's code, or None when the files on disk have changed since this
    process imported them (an edited checker in a running notebook): such a process neither
    reads nor writes tables, as what it would build is not what the files on disk would."""
    try:
        if _AT_IMPORT is None or _source_digest() != _AT_IMPORT:
            return None
    except OSError:
        return None
    import spacy

    return hashlib.sha256(f"{_AT_IMPORT}|{spacy.__version__}".encode()).hexdigest()


def _entities_digest(kg: KnowledgeGraph) -> str:
    h = hashlib.sha256()
    for e in kg.entities():
        h.update(f"{e.id}\x00{e.kind}\x00{e.type}\x00{e.label}\x00{chr(1).join(e.aliases)}\x00"
                 f"{e.attrs!r}\x02".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def persisted(index: Any, kg: KnowledgeGraph, step: str, build: Callable[[], None]) -> None:
    """Run ``build()`` (which sets attributes on ``index`` from the entities of ``kg``) or set
    the attributes it set on the same inputs before."""
    if kg.num_entities < MIN_ENTITIES:
        build()
        return
    code = _code_digest()
    if code is None:
        logger.debug("checker tables not kept: the checker's files changed since it was imported")
        build()
        return
    registry = repr([r.to_dict() for r in kg.relations.values()])
    key = hashlib.sha256(f"{step}|{code}|{_entities_digest(kg)}|{registry}"
                         .encode("utf-8", "surrogatepass")).hexdigest()
    path = cache_home() / "checker" / f"tables-{key[:32]}.bin"
    saved = _read(path)
    if saved is not None:
        from kgexplain.consistency.index import PhraseTable

        for name, value in saved.items():
            if isinstance(value, tuple) and len(value) == 2 and value[0] == _PHRASE_TABLE:
                table = PhraseTable(())
                table._root = value[1]
                value = table
            setattr(index, name, value)
        return
    before = dict(vars(index))
    build()
    new = {k: v for k, v in vars(index).items() if k not in before or before[k] is not v}
    _write(path, new)


def _read(path: Any) -> dict[str, Any] | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        logger.debug("checker tables %s not read: %s", path, exc)
        return None
    head = len(_MAGIC) + 32
    if len(data) < head or not data.startswith(_MAGIC) \
            or hashlib.sha256(data[head:]).digest() != data[len(_MAGIC):head]:
        logger.warning("rebuilding the checker's tables: %s is damaged", path)
        return None
    collecting = gc.isenabled()
    gc.disable()  # many new containers, none of them garbage: no cycle collection
    try:
        saved = marshal.loads(data[head:])
    except (ValueError, EOFError, TypeError) as exc:  # pragma: no cover - the digest matched
        logger.warning("rebuilding the checker's tables: %s cannot be read (%s)", path, exc)
        return None
    finally:
        if collecting:
            gc.enable()
    return saved if isinstance(saved, dict) else None


def _write(path: Any, attrs: dict[str, Any]) -> None:
    from kgexplain.consistency.index import PhraseTable

    plain = {k: (_PHRASE_TABLE, v._root) if isinstance(v, PhraseTable) else v for k, v in attrs.items()}
    try:
        payload = marshal.dumps(plain)
    except ValueError as exc:  # an attribute that is not a plain builtin
        logger.debug("checker tables not kept: %s", exc)
        return
    try:
        write_atomically(path, lambda fh: fh.write(_MAGIC + hashlib.sha256(payload).digest() + payload))
    except OSError as exc:
        logger.debug("could not keep the checker's tables in %s: %s", path, exc)
