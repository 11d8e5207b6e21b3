"""Reader for the WebNLG 2020 (release v3.0) XML corpus, English part.

Each entry is a set of 1-7 DBpedia triples (``modifiedtripleset``) with one or more crowd-sourced
reference texts (``lex``). Entities are in DBpedia resource form (``Adams_County,_Pennsylvania``)
and literals may carry quotes; :func:`clean_entity` turns both into readable labels and
:func:`clean_property` turns a camelCase property (``birthPlace``) into a phrase (``birth place``).

The corpus is CC BY-NC-SA 4.0: it is read at training/evaluation time from a local folder and never
shipped with the package.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Iterator, Literal

from kgexplain.errors import GraphFileNotFoundError

logger = logging.getLogger(__name__)

__all__ = ["WebNLGEntry", "read_webnlg", "default_webnlg_dir", "clean_entity", "clean_property", "readable_label",
           "find_split_dir"]

Split = Literal["train", "dev", "test"]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class WebNLGEntry:
    """One WebNLG triple set with its references.

    Args:
        key: ``"<split>/<file>/<eid>"``, unique across the corpus.
        category: DBpedia category (``"Airport"``).
        triples: cleaned ``(subject, property phrase, object)`` labels.
        references: reference texts (possibly empty for test entries without lexicalisations).
    """

    key: str
    category: str
    triples: tuple[tuple[str, str, str], ...]
    references: tuple[str, ...]


def clean_entity(raw: str) -> str:
    """Turn a DBpedia resource or literal into a readable label.

    >>> clean_entity('Adams_County,_Pennsylvania')
    'Adams County, Pennsylvania'
    >>> clean_entity('"Dr. G. P. Prabhukumar"')
    'Dr. G. P. Prabhukumar'
    """
    text = raw.strip()
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
    text = text.replace("_", " ").replace('"', "")
    return re.sub(r"\s+", " ", text).strip()


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def readable_label(label: str) -> str:
    """Render a cleaned WebNLG label the way a reader writes it.

    DBpedia identifiers carry disambiguation suffixes and literals carry units in parentheses
    and ISO dates; references write none of these. Evaluation feeds these readable labels to the
    verbalizer (the model itself only ever sees placeholders).

    >>> readable_label("Washington (state)")
    'Washington'
    >>> readable_label("77.41 (square kilometres)")
    '77.41 square kilometres'
    >>> readable_label("16.86 (kilometrePerSeconds)")
    '16.86 kilometre per seconds'
    >>> readable_label("1988-01-08")
    'January 8, 1988'
    """
    text = label.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{_MONTHS[int(m.group(2)) - 1]} {int(m.group(3))}, {m.group(1)}"
    m = re.fullmatch(r"(.+?)\s*\(([^()]*)\)", text)
    if m:
        head, inner = m.group(1).strip(), m.group(2).strip()
        if re.fullmatch(r"[-+]?[\d.,]+", head):
            return f"{head} {clean_property(inner)}"
        if head:
            return head
    return text


def clean_property(raw: str) -> str:
    """Turn a camelCase DBpedia property into a lower-case phrase.

    >>> clean_property('isPartOf')
    'is part of'
    >>> clean_property('leaderName')
    'leader name'
    """
    text = _CAMEL.sub(" ", raw.strip()).replace("_", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def default_webnlg_dir() -> FsPath:
    """``$KGEXPLAIN_DATA/webnlg`` when set, else ``../shared/data/webnlg`` (from the project root)."""
    import os

    root = os.environ.get("KGEXPLAIN_DATA")
    return FsPath(root) / "webnlg" if root else FsPath("..") / "shared" / "data" / "webnlg"


def find_split_dir(webnlg_dir: str | FsPath, split: Split) -> FsPath:
    """Locate ``<split>`` under a WebNLG folder (the release root or its ``en`` folder).

    Raises:
        GraphFileNotFoundError: when the folder holds no such split.
    """
    root = FsPath(webnlg_dir)
    for cand in (root / split, root / "en" / split, root / "release_v3.0" / "en" / split):
        if cand.is_dir():
            return cand
    raise GraphFileNotFoundError(
        f"no WebNLG {split!r} split under {root}: pass the folder that holds "
        f"release_v3.0/en/{split} (e.g. ../shared/data/webnlg, or set $KGEXPLAIN_DATA)"
    )


def read_webnlg(webnlg_dir: str | FsPath, split: Split = "train") -> list[WebNLGEntry]:
    """Read every entry of one split, in a stable order (file path, then entry order).

    Args:
        webnlg_dir: the corpus folder (holding ``release_v3.0/en/<split>`` or ``en/<split>``).
        split: ``"train"``, ``"dev"`` or ``"test"``.

    Returns:
        The entries; references keep their corpus order.
    """
    base = find_split_dir(webnlg_dir, split)
    files = sorted(base.rglob("*.xml"))
    entries: list[WebNLGEntry] = []
    for path in files:
        entries.extend(_read_file(path, f"{split}/{path.relative_to(base).as_posix()}"))
    logger.info("read %d WebNLG %s entries from %d files", len(entries), split, len(files))
    return entries


def _read_file(path: FsPath, prefix: str) -> Iterator[WebNLGEntry]:
    root = ET.parse(path).getroot()
    for entry in root.iter("entry"):
        mset = entry.find("modifiedtripleset")
        triples: list[tuple[str, str, str]] = []
        if mset is not None:
            for mt in mset.findall("mtriple"):
                parts = [p.strip() for p in (mt.text or "").split("|")]
                if len(parts) != 3:
                    continue
                triples.append((clean_entity(parts[0]), clean_property(parts[1]),
                                clean_entity(parts[2])))
        refs = tuple(
            re.sub(r"\s+", " ", lex.text).strip()
            for lex in entry.findall("lex")
            if lex.text and lex.text.strip()
        )
        if triples:
            yield WebNLGEntry(
                key=f"{prefix}/{entry.get('eid')}",
                category=entry.get("category", ""),
                triples=tuple(triples),
                references=refs,
            )
