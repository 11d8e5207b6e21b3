"""Relation registries in YAML (``relations.yaml``): read safely, type-checked, written back.

A registry maps relation names to :class:`~kgexplain.records.Relation` fields::

    relations:
      directed_by: {phrase: is directed by, inverse_phrase: directed, explainable: true}

>>> default_relations()["directed_by"].phrase
'is directed by'
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path as FsPath
from typing import Any, Iterable, Mapping

import yaml

from kgexplain.errors import GraphFormatError, InvalidRecordError
from kgexplain.limits import DEFAULT_LIMITS, LoadLimits, read_text, safe_yaml
from kgexplain.records import Relation
from kgexplain.typing import PathLikeStr

__all__ = ["load_relations", "default_relations", "relations_from_mapping", "relations_yaml"]


def load_relations(path: PathLikeStr, *, limits: LoadLimits | None = None) -> list[Relation]:
    """Relations from a YAML registry (``relations: {name: {phrase, inverse_phrase, ...}}``).

    Read safely (:func:`kgexplain.limits.safe_yaml`: no aliases, bounded size and depth) and
    type-checked: phrases are strings, ``explainable``/``sensitive`` are true/false, ``domain``,
    ``range``, ``cues`` and ``inverse_cues`` are lists of strings.
    """
    limits = limits or DEFAULT_LIMITS
    p = FsPath(path)
    data = safe_yaml(read_text(p, limits), p, limits)
    return relations_from_mapping({} if data is None else data, p)


def relations_from_mapping(data: Any, where: object) -> list[Relation]:
    rels = data.get("relations", data) if isinstance(data, Mapping) else None
    if isinstance(rels, Mapping) and "relations" not in rels and len(rels) == 1:
        (key, inner), = rels.items()
        if isinstance(inner, Mapping) and inner and all(isinstance(v, Mapping) for v in inner.values()) \
                and not set(inner) & set(Relation.__dataclass_fields__):
            raise GraphFormatError(
                f"the top-level key is {key!r}, which holds relations; name it `relations:`", where)
    if not isinstance(rels, Mapping):
        raise GraphFormatError(
            "expected a mapping `relations: {name: {phrase: ..., inverse_phrase: ...}}`", where
        )
    out = []
    allowed = set(Relation.__dataclass_fields__)
    for name, spec in rels.items():
        if not isinstance(name, (str, int)) or isinstance(name, bool):
            raise GraphFormatError(f"a relation name must be a string, got {name!r}", where)
        spec = {} if spec is None else spec
        if not isinstance(spec, Mapping):
            raise GraphFormatError(
                f"relation {name!r} must map field names to values (phrase: ..., inverse_phrase: ...), "
                f"got {type(spec).__name__}",
                where,
            )
        unknown = [k for k in spec if k not in allowed or k == "name"]
        if unknown:
            raise GraphFormatError(
                f"relation {name!r} has unknown fields {sorted(map(str, unknown))}; allowed: "
                f"{sorted(allowed - {'name'})}",
                where,
            )
        try:
            out.append(Relation(str(name), **spec))
        except InvalidRecordError as exc:
            raise GraphFormatError(f"{exc}", where) from None
    return out


@lru_cache(maxsize=1)
def _default_relations() -> tuple[Relation, ...]:
    ref = resources.files("kgexplain") / "templates" / "relations.yaml"
    data = yaml.safe_load(ref.read_text(encoding="utf-8"))
    return tuple(relations_from_mapping(data, "kgexplain/templates/relations.yaml"))


def default_relations() -> dict[str, Relation]:
    """The relation registry shipped for the example graph, by name."""
    return {r.name: r for r in _default_relations()}


def relations_yaml(relations: Iterable[Relation]) -> str:
    data = {"relations": {}}
    for rel in relations:
        d = rel.to_dict()
        d.pop("name")
        data["relations"][rel.name] = d
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
