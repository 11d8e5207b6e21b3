"""Explaining batches of pairs: in this process, or in forked worker processes.

:func:`explain_rows` turns rows into output records and never raises for one bad pair (a failing
batch is retried pair by pair; setup problems such as a missing model still end the run).
:func:`run_parallel` runs batches in forked workers that share the parent's compiled graph
copy-on-write and load their own models from an unloaded copy of the explainer; a process where
CTranslate2 already ran starts its workers from a fork server instead. Results come back through
a bounded window of in-flight batches and are written in input order.
"""

from __future__ import annotations

import inspect
import logging
import os
import sys
from collections import deque
from typing import Any, Iterator, Sequence

from kgexplain.errors import ConfigError, KGExplainError, ModelNotFoundError
from kgexplain.export.pairs import PairRow

logger = logging.getLogger(__name__)

__all__ = ["explain_rows", "batches_of", "unloaded_copy", "run_parallel"]

_WORKER_EXPLAINER: Any = None
# setup problems (a missing model, a bad option, no memory) end the run instead of filling it
# with error records; anything else is one pair's problem
_FATAL = (ConfigError, ModelNotFoundError, ImportError, MemoryError)


def explain_rows(explainer: Any, rows: Sequence[PairRow], batch_size: int) -> list[dict[str, Any]]:
    """Explain rows (in order) into output records; never raises for a bad row."""
    from kgexplain.records import Explanation, Verdict

    out: dict[int, dict[str, Any]] = {}
    good = [r for r in rows if r.error is None]

    def error_record(r: PairRow, message: str) -> dict[str, Any]:
        e = Explanation(user=r.user, item=r.item, text=None, source=None,
                        verdict=Verdict(supported=False, reason=message), error=message,
                        meta=explainer.meta())
        return e.to_dict()

    try:
        explained = list(explainer.explain_many([(r.user, r.item) for r in good],
                                                batch_size=batch_size))
        for r, e in zip(good, explained):
            out[r.row] = e.to_dict()
    except _FATAL:
        raise
    except Exception:  # a bug in one stage must not end a long export: isolate the bad pair
        logger.exception("batch of %d pairs failed; retrying its pairs one by one", len(good))
        for r in good:
            try:
                out[r.row] = next(iter(explainer.explain_many([(r.user, r.item)], batch_size=1))).to_dict()
            except _FATAL:
                raise
            except Exception as exc:
                logger.exception("pair (%s, %s) failed", r.user, r.item)
                out[r.row] = error_record(r, f"internal error: {type(exc).__name__}: {exc}")
    records = []
    for r in rows:
        body = out.get(r.row) if r.error is None else error_record(r, r.error)
        rec: dict[str, Any] = {"row": r.row}
        rec.update(body)  # type: ignore[arg-type]
        # an unreadable id stays as read, so resume checks match the input
        rec["user"], rec["item"] = r.user, r.item
        rec.update(r.carried)
        records.append(rec)
    return records


def _worker_init(threads: int, explainer: Any = None) -> None:
    global _WORKER_EXPLAINER
    import signal

    # Ctrl-C reaches the whole process group: the parent stops the run (and says how to resume);
    # a worker finishes its batch quietly instead of printing a KeyboardInterrupt traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if explainer is not None:  # forkserver: the explainer comes pickled
        _WORKER_EXPLAINER = explainer
    os.environ["OMP_NUM_THREADS"] = str(threads)
    os.environ["MKL_NUM_THREADS"] = str(threads)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)


def _worker_run(rows: list[PairRow], batch_size: int) -> list[dict[str, Any]]:
    return explain_rows(_WORKER_EXPLAINER, rows, batch_size)


def batches_of(rows: Iterator[PairRow], size: int) -> Iterator[list[PairRow]]:
    batch: list[PairRow] = []
    for r in rows:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def unloaded_copy(explainer: Any, threads: int | None = None) -> Any:
    """An explainer with the same stage specs and config whose stages are not loaded yet, its
    seq2seq verbalizer decoding with ``threads`` CPU threads (a worker's share of the machine;
    ``None``: the explainer's own setting).

    Models loaded in the parent must not cross a fork: a CTranslate2 translator (or an OpenMP
    pool) inherited by a child waits forever for threads that only exist in the parent. Stages
    given by name or class are rebuilt in each worker; stages given as instances are inherited.
    """
    specs = getattr(explainer, "stage_specs", None)
    if not isinstance(specs, dict) or not hasattr(explainer, "unloaded_copy"):
        logger.warning("workers > 1 with a %s: its stages are inherited by the forked workers; "
                       "give stages by name so each worker loads its own", type(explainer).__name__)
        return explainer
    shared = [k for k, v in specs.items() if v is not None and not isinstance(v, (str, type))]
    if shared:
        logger.warning("stage(s) %s were given as instances and are shared with the forked workers; "
                       "a model loaded before the fork may hang them — give stages by name "
                       "(e.g. verbalizer='seq2seq') to load one per worker", shared)
    if threads is None:
        return explainer.unloaded_copy()
    try:
        takes_threads = "threads" in inspect.signature(explainer.unloaded_copy).parameters
    except (TypeError, ValueError):  # pragma: no cover - a builtin without a signature
        takes_threads = False
    if not takes_threads:  # an Explainer subclass with its own unloaded_copy()
        logger.info("%s.unloaded_copy() takes no threads: its workers decode with the default "
                    "threads", type(explainer).__name__)
        return explainer.unloaded_copy()
    return explainer.unloaded_copy(threads=threads)


def run_parallel(explainer: Any, batches: Iterator[list[PairRow]], batch_size: int,
                  workers: int, write: Any) -> None:
    """Run batches in forked workers, at most ``2 * workers`` in flight, writing in input order."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _WORKER_EXPLAINER
    methods = mp.get_all_start_methods()
    if "fork" not in methods:  # pragma: no cover - Windows
        raise ConfigError("workers > 1 needs the 'fork' start method (Linux, macOS); "
                          "use workers=1 on this platform")
    explainer.kg.compile()  # compiled once here; the workers share the arrays copy-on-write
    threads = max(1, (os.cpu_count() or 1) // workers)
    copy = unloaded_copy(explainer, threads)  # each worker decodes with its share of the cores
    logger.info("export: %d worker processes, %d decoding thread(s) each", workers,
                getattr(copy, "threads", None) or threads)
    if "ctranslate2" in sys.modules and "forkserver" in methods:
        # CTranslate2 already ran in this process: a forked child would hang in it, so the
        # workers start from a clean fork server and get the (unloaded) explainer pickled
        logger.info("CTranslate2 is loaded in this process: starting workers from a fork server")
        ctx = mp.get_context("forkserver")
        initargs: tuple[Any, ...] = (threads, copy)
    else:
        ctx = mp.get_context("fork")
        _WORKER_EXPLAINER = copy
        initargs = (threads, None)
    try:
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init,
                                 initargs=initargs) as pool:
            window: deque[Any] = deque()
            try:
                for batch in batches:
                    window.append(pool.submit(_worker_run, batch, batch_size))
                    if len(window) >= 2 * workers:
                        write(window.popleft().result())
                while window:
                    write(window.popleft().result())
            except KeyboardInterrupt:  # unwritten batches are dropped; resume explains them again
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    except BrokenProcessPool as exc:
        raise KGExplainError(
            f"a worker process died ({exc}); the rows written so far are safe — rerun with "
            "resume=True (--resume), perhaps with fewer workers if memory ran out") from None
    finally:
        _WORKER_EXPLAINER = None
