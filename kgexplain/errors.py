"""Errors raised by kgexplain.

Every error derives from :class:`KGExplainError` and also from the builtin exception a caller
would naturally catch (``KeyError`` for an unknown id, ``ValueError`` for malformed input,
``FileNotFoundError`` for a missing file). Messages say what went wrong *and how to fix it*.
A claim that the graph does not back is never an exception: it is data in a ``Verdict``.
"""

from __future__ import annotations

__all__ = [
    "KGExplainError",
    "UnknownEntityError",
    "UnknownRelationError",
    "ConflictingEntityError",
    "EmptyGraphError",
    "GraphFormatError",
    "MissingColumnError",
    "GraphFileNotFoundError",
    "ConfigError",
    "ModelNotFoundError",
    "NoPathError",
    "InputTooLargeError",
    "UnsafeInputError",
    "InvalidRecordError",
    "UnsafeQueryError",
    "UnsafeWeightsError",
    "EntityKindError",
    "NoInteractionsError",
    "NotFittedError",
]


class KGExplainError(Exception):
    """Root of every error kgexplain raises on misuse or bad input."""

    def __str__(self) -> str:  # KeyError quotes its message; keep ours readable
        return str(self.args[0]) if self.args else self.__class__.__name__


class UnknownEntityError(KGExplainError, KeyError):
    """An entity id is not in the graph."""

    def __init__(self, entity_id: str, hint: str | None = None) -> None:
        self.entity_id = entity_id
        msg = f"unknown entity {short_repr(entity_id)}: it is not in the graph"
        msg += f"; {hint}" if hint else (
            "; ids are namespaced strings such as 'user:1' or 'movie:1' — "
            "check the prefix, or look the entity up by label with kg.find(label)"
        )
        super().__init__(msg)


class UnknownRelationError(KGExplainError, KeyError):
    """A relation name is not in the graph's relation registry."""

    def __init__(self, relation: str, known: list[str] | None = None) -> None:
        self.relation = relation
        msg = f"unknown relation {relation!r}"
        if known:
            msg += f"; known relations: {', '.join(sorted(known)[:20])}"
        super().__init__(msg)


class ConflictingEntityError(KGExplainError, ValueError):
    """One id was declared twice with different kinds (or types)."""


class EmptyGraphError(KGExplainError, ValueError):
    """A graph (or a file meant to hold one) has no entities or no triples."""


class GraphFormatError(KGExplainError, ValueError):
    """A graph file is malformed; the message names the file and, where known, the line."""

    def __init__(self, message: str, path: object = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}"
            if line is not None:
                where += f", line {line}"
            where += ": "
        super().__init__(where + message)


class MissingColumnError(GraphFormatError):
    """A tabular file lacks a required column."""


class GraphFileNotFoundError(KGExplainError, FileNotFoundError):
    """A graph path does not exist."""


class ConfigError(KGExplainError, ValueError):
    """A configuration value, stage name or option is invalid."""


class ModelNotFoundError(KGExplainError, FileNotFoundError):
    """A model directory or checkpoint is missing or incomplete."""


class NoPathError(KGExplainError, LookupError):
    """No reasoning path links a user to an item within the hop limit."""


class InputTooLargeError(GraphFormatError):
    """A file, line, literal or YAML document is over a :class:`kgexplain.limits.LoadLimits`
    bound; the message names the limit and how to raise it."""


class UnsafeInputError(GraphFormatError):
    """Input refused for safety: not a regular file, an XML entity or external DTD, a remote or
    local JSON-LD context, YAML anchors/aliases."""


class InvalidRecordError(KGExplainError, ValueError, TypeError):
    """A record field (of an ``Entity``, ``Relation`` or edge) has the wrong type or value, e.g. a
    phrase that is not a string, ``explainable: 'no'``, a label with a control character or a
    weight that is not a finite number. Also a ``ValueError`` and a ``TypeError``."""


class UnsafeQueryError(KGExplainError, ValueError):
    """A SPARQL query would reach the network (``SERVICE``, ``FROM``) and was refused."""


class UnsafeWeightsError(KGExplainError, ValueError):
    """A model folder holds pickled weights (``pytorch_model.bin``, ``*.pt``...); kgexplain loads
    safetensors only."""


class EntityKindError(KGExplainError, ValueError):
    """An entity of the wrong kind was given, e.g. an item id where a user id is expected."""


class NoInteractionsError(KGExplainError, ValueError):
    """A graph has no user-item interaction edges, so there is nothing to fit a recommender on."""


class NotFittedError(KGExplainError, RuntimeError):
    """A stage was used before ``fit`` (or ``load``) gave it its fitted state."""


class InvalidArgumentError(ConfigError, TypeError):
    """An argument of a public call has the wrong type (a number where an id string is expected,
    a string where an int is expected...). Also a ``ConfigError``, ``ValueError`` and ``TypeError``."""


class ExportFormatError(KGExplainError, ValueError):
    """An existing export output (or journal) is not what this export would have written."""


class ExportLockedError(KGExplainError, RuntimeError):
    """Another export is writing the same output file right now (its lock file is held)."""


class ExportWriteError(KGExplainError, OSError):
    """The export output could not be written (disk full, read-only folder, no permission); the
    rows written before the failure are safe and ``resume=True`` (``--resume``) continues."""

    def __init__(self, message: str, errno_: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno_


class RayClusterError(KGExplainError, ConnectionError):
    """The Ray cluster of a ``engine="ray"`` export cannot be reached or has no CPUs; the
    message says how to start or address it."""


def short_repr(value: object, limit: int = 80) -> str:
    """``repr(value)`` cut to about ``limit`` characters, for error messages that echo input
    (a 1 MB id is never echoed whole).

    >>> short_repr("x" * 1000)[:12], len(short_repr("x" * 1000)) <= 80
    ("'xxxxxxxxxxx", True)
    >>> short_repr("user:1")
    "'user:1'"
    """
    import reprlib

    r = reprlib.Repr()
    r.maxstring = r.maxother = max(8, limit)
    r.maxlist = r.maxtuple = r.maxdict = r.maxset = 4
    r.maxlevel = 2
    text = r.repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


__all__ += [
    "InvalidArgumentError",
    "ExportFormatError",
    "ExportLockedError",
    "ExportWriteError",
    "RayClusterError",
    "short_repr",
]
