"""Batch export: explain every (user, item) pair of a CSV or Parquet file and write JSONL, CSV or
Parquet, resumably.

``kgexplain export --graph G --pairs PAIRS.csv --out OUT [--format F] [--resume] [--workers N]``
is a thin layer over :func:`export_pairs`. The package holds one module per concern:
:mod:`~kgexplain.export.api` (:func:`export_pairs`, one locked run),
:mod:`~kgexplain.export.pairs` (the pairs readers, CSV and Parquet), :mod:`~kgexplain.export.formats` (JSONL, CSV
and Parquet rows), :mod:`~kgexplain.export.journal` (the crash-safe journal and the final file),
:mod:`~kgexplain.export.lock` (one writer per output), :mod:`~kgexplain.export.workers`
(batches in worker processes), :mod:`~kgexplain.export.summary` (what a run did) and
:mod:`~kgexplain.export.ray_engine` with :mod:`~kgexplain.export.ray_cluster` (the same export
on a Ray cluster).

Engines
    ``engine="local"`` (the default) runs on this machine, in ``workers`` processes, and writes
    one file as described below. ``engine="ray"`` (``--engine ray [--address auto|HOST:PORT|
    ray://HOST:PORT] [--actors N]``; ``pip install "kgexplain[ray]"``) runs an actor pool on a
    Ray cluster and writes ``out`` as a folder of part files, one per block of rows, each
    committed atomically under a deterministic name, with the same records, error records,
    resume and exactly-once guarantee; see :mod:`~kgexplain.export.ray_engine`. Ray is imported
    only by that engine.

Input
    A CSV file with a header row naming a ``user`` and an ``item`` column (matched after stripping
    and lower-casing). Every other column (a recommender's ``score``, ``rank``, ...) is carried
    into the output unchanged, as a string; a carried column whose name clashes with an output
    field is renamed ``input_<name>``. Blank lines are ignored. Each non-blank data line is one
    *row*, numbered from 0 in file order; that number is the ``row`` field of its output record.
    A Parquet file (``.parquet`` / ``.pq``: a local path, or a URI pyarrow's file systems read such
    as ``s3://``) follows the same column rules (:func:`~kgexplain.export.pairs.pair_columns`) on
    its column names; each of its rows is a row, read in record batches, its values carried as
    text (nulls as ``""``); a row with a null or empty id becomes an error record.

Output (one record per row; formats by suffix or ``format=``)
    * **JSONL** (``.jsonl``, ``.ndjson``): ``{"row": n, **Explanation.to_dict(), **carried}`` per line.
    * **CSV** (``.csv``): flat columns :data:`FLAT_COLUMNS` plus the carried ones; nested fields
      (``paths``, ``path_scores``, ``facts``, ``claims``, ``verdict``, ``meta``) are compact JSON.
      Every text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is prefixed
      with ``'`` so a spreadsheet never evaluates it as a formula (plain numbers such as ``-0.5``
      are left alone: they cannot be formulas); header cells (carried column names come from the
      pairs file) are escaped the same way.
    * **Parquet** (``.parquet``, ``.pq``): the same columns with native types — ``paths``,
      ``path_scores``, ``facts`` and ``claims`` as nested lists/structs, ``verdict`` and ``meta``
      as JSON strings (their content is open-ended), carried columns as strings.

A row that cannot be explained (unknown id, malformed CSV line, empty user or item, no path within
``max_hops``) becomes an *error record*: ``text`` is null and ``error`` says why. The run goes on.

Crash safety and resume (the design)
    Results are appended to a JSONL *journal* in input order, one batch at a time, each batch
    written with a single ``write`` followed by ``flush`` and ``fsync``. JSON lines never contain a
    raw newline, so a line that ends in ``\\n`` is a finished row and a trailing line without one
    is the torn write of a killed process. For JSONL output the journal *is* the output file; for
    CSV and Parquet it is ``OUT.partial.jsonl``, converted at the end into ``OUT.tmp``, fsynced and
    atomically renamed onto ``OUT`` (``os.replace``), and only then deleted.

    ``resume=True`` truncates a torn trailing line, reads the ``row`` numbers already present (in
    the journal and, for CSV/Parquet, in an existing ``OUT``), checks that each of them names the
    same user and item as the pairs file (so a different pairs file is refused instead of silently
    mixed in) and explains only the other rows. The conversion copies ``OUT``'s rows first, then the
    journal rows whose ``row`` is not already there, so a crash between the rename and the journal's
    deletion duplicates nothing. Hence a ``kill -9`` at any moment loses no finished row (a row is
    finished once its batch is fsynced) and duplicates none, and a completed export holds exactly
    one record per pair. Without ``resume=True`` an existing ``OUT`` (or journal) is an error
    rather than silently overwritten — pass ``overwrite=True`` to start afresh.

One writer, and failures that leave the output resumable
    An export holds an exclusive lock (``flock``) on ``OUT.lock`` while it runs: a second export to
    the same ``OUT`` fails at once with :class:`~kgexplain.errors.ExportLockedError`. The system
    releases the lock when its process dies, so the lock file a ``kill -9`` leaves never blocks a
    ``resume=True``; a finished export deletes it. An output that cannot be written (disk full,
    read-only folder, no permission) ends the run with one
    :class:`~kgexplain.errors.ExportWriteError` line: a batch whose write fails is cut back from the
    journal, so it holds whole batches only, and ``resume=True`` continues once the cause is
    fixed. An interrupted export (Ctrl-C) keeps every fsynced batch; ``kgexplain export`` then
    exits with status 130 and prints the command that resumes it.

Workers
    ``workers > 1`` runs batches in forked worker processes. The parent loads and compiles the
    graph before forking, so the workers share its CSR arrays copy-on-write; each worker loads its
    own models (verbalizer, retriever, checker) on first use from an unloaded copy of the explainer
    (same stage specs and config), and the parent never loads them. A CTranslate2 model that ran in
    the parent (a warmed explainer passed in) would hang a forked child, so in that case the workers
    start from a clean fork server and receive the explainer pickled (the graph is then copied per
    worker). Results come back through a bounded window of in-flight batches and are written in
    input order.

>>> import tempfile, pathlib
>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([
...     ("user:1", "rated", "movie:1", {"rating": 5.0}),
...     ("movie:1", "directed_by", "person:Lasseter"),
...     ("movie:2", "directed_by", "person:Lasseter")])
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "pairs.csv").write_text("user,item,score\\nuser:1,movie:2,0.9\\nuser:1,movie:9,0.1\\n")
>>> s = export_pairs(kg, d / "pairs.csv", d / "out.jsonl", verbalizer="template", progress=False,
...                  explainer=kgx.Explainer(kg, verbalizer="template", retriever=None))
>>> s.rows_written, s.errors, s.total
(2, 1, 2)
"""

from __future__ import annotations

from kgexplain.errors import ExportFormatError
from kgexplain.export.api import export_pairs
from kgexplain.export.formats import FLAT_COLUMNS, ExportFormat, escape_formula
from kgexplain.export.pairs import PairRow, read_pairs
from kgexplain.export.summary import ExportSummary

__all__ = [
    "export_pairs",
    "ExportSummary",
    "ExportFormatError",
    "ExportFormat",
    "FLAT_COLUMNS",
    "escape_formula",
    "read_pairs",
    "PairRow",
]
