"""Shared type aliases."""

from __future__ import annotations

from os import PathLike
from typing import Any, Literal, Union

EntityId = str
"""A namespaced entity id such as ``"user:42"``, ``"movie:1210"`` or ``"genre:Drama"``."""

RelationName = str
EntityKind = Literal["user", "item", "attribute"]
TextSource = str
"""What wrote an explanation's text: ``"seq2seq"`` (the shipped model), ``"template"`` (the
template verbalizer or fallback), or a custom verbalizer's ``name`` attribute (else its class
name)."""
PathLikeStr = Union[str, "PathLike[str]"]
TripleLike = Union[tuple[str, str, str], tuple[str, str, str, dict[str, Any]]]

__all__ = ["EntityId", "RelationName", "EntityKind", "TextSource", "PathLikeStr", "TripleLike"]
