"""What an export run did: :class:`ExportSummary`, and the counter that fills it as records are written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

__all__ = ["ExportSummary", "RecordCounter"]


@dataclass(frozen=True)
class ExportSummary:
    """What an export run did.

    Attributes:
        rows_written: records written by this run (error records included).
        errors: of those, records with ``error`` set (no explanation).
        rejections: candidate texts the checker rejected in this run.
        fallbacks: rows whose text is the template fallback because no verbalizer candidate passed
            (a row whose model texts were not checked, as they could not join into a reason
            that reads well, lists no candidates and is not counted).
        unsupported: rows written with a text the checker did not fully support (should be 0).
        skipped: rows already present in the output and skipped (``resume=True``).
        total: records in the output at the end (equals the number of pairs when complete).
        pairs: data rows in the pairs file.
        seconds: wall time of the run.
        out: the output file.
        format: ``"jsonl"``, ``"csv"`` or ``"parquet"``.
        by_source: rows written per text source (``seq2seq``, ``template``).
    """

    rows_written: int
    errors: int
    rejections: int
    fallbacks: int
    unsupported: int
    skipped: int
    total: int
    pairs: int
    seconds: float
    out: str
    format: str
    by_source: Mapping[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Rows written per second."""
        return self.rows_written / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows_written": self.rows_written,
            "errors": self.errors,
            "rejections": self.rejections,
            "fallbacks": self.fallbacks,
            "unsupported": self.unsupported,
            "skipped": self.skipped,
            "total": self.total,
            "pairs": self.pairs,
            "seconds": round(self.seconds, 3),
            "rows_per_s": round(self.rate, 2),
            "out": self.out,
            "format": self.format,
            "by_source": dict(self.by_source),
        }


class RecordCounter:
    def __init__(self) -> None:
        self.rows = self.errors = self.rejections = self.fallbacks = self.unsupported = 0
        self.by_source: dict[str, int] = {}

    def add(self, rec: Mapping[str, Any]) -> None:
        self.rows += 1
        if rec.get("error") is not None or rec.get("text") is None:
            self.errors += 1
            return
        src = rec.get("source") or "unknown"
        self.by_source[src] = self.by_source.get(src, 0) + 1
        cands = (rec.get("meta") or {}).get("candidates") or []
        self.rejections += sum(1 for c in cands if not c.get("supported"))
        if cands and not any(c.get("supported") for c in cands):
            self.fallbacks += 1
        if not (rec.get("verdict") or {}).get("supported"):
            self.unsupported += 1
