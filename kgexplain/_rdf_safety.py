"""Checks that keep RDF parsing local, bounded and quick, run before rdflib sees the data.

* RDF/XML: no external DTD and no external, parameter or nested entity; simple internal
  entities (the ``<!ENTITY owl "http://...">`` idiom of OWL files) are expanded here, with the
  growth bounded, and the DOCTYPE removed, so the XML parser never expands anything.
* JSON-LD: the document is parsed here (nesting bounded) and refused if any ``@context`` names a
  document (remote or local) or any context ``@import``\\ s one: rdflib would fetch it.
* Turtle/N3: a triple-quoted string longer than ``max_literal_chars`` is refused (rdflib parses
  one in quadratic time: 2 MB took minutes).
* SPARQL: ``SERVICE`` (a federated query over the network) is refused unless allowed, ``FROM``
  and ``FROM NAMED`` (rdflib loads those graphs from their IRIs) always.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from kgexplain.errors import GraphFormatError, InputTooLargeError, UnsafeInputError, UnsafeQueryError
from kgexplain.limits import LoadLimits

logger = logging.getLogger(__name__)

__all__ = ["prepare_rdf", "bounded_json", "check_query"]

_DOCTYPE = re.compile(r"<!DOCTYPE\b", re.IGNORECASE)
_DOCTYPE_HEAD = re.compile(r"<!DOCTYPE\s+[^\s\[>]+\s*(?P<rest>[^\[>]*)(?P<subset>\[)?", re.IGNORECASE)
_ENTITY_DECL = re.compile(r"""<!ENTITY\s+(?P<name>[A-Za-z_][\w.\-]*)\s+(?P<q>["'])(?P<value>.*?)(?P=q)\s*>""", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ENTITY_REF = re.compile(r"&([A-Za-z_][\w.\-]*);")
_PREDEFINED = {"amp", "lt", "gt", "quot", "apos"}
_MAX_ENTITIES = 1000
_TRIPLE_QUOTE = re.compile(r'"""|\'\'\'')


def prepare_rdf(text: str, format: str, path: object, limits: LoadLimits) -> Any:
    """The text to hand rdflib for ``format``, checked (and for RDF/XML, entities expanded)."""
    if format == "xml":
        return _expand_xml_entities(text, path, limits)
    if format == "json-ld":
        _refuse_remote_contexts(bounded_json(text, "the JSON-LD document", path, None, limits), path)
        return text
    if format in ("turtle", "n3", "trig"):
        _check_long_strings(text, path, limits)
    return text


def bounded_json(text: str, what: str, path: object, line: int | None, limits: LoadLimits) -> Any:
    """``json.loads`` with nesting bounded by ``limits.max_depth`` (a deep document would
    otherwise exhaust the recursion limit)."""
    depth = 0
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):  # strings skipped, brackets counted
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > limits.max_depth:
                raise GraphFormatError(
                    f"{what} nests deeper than {limits.max_depth} levels (LoadLimits.max_depth)", path, line
                )
        elif ch in "]}":
            depth -= 1
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, the int digit limit
        raise GraphFormatError(f"invalid JSON in {what}: {exc}", path, line) from None


def _expand_xml_entities(text: str, path: object, limits: LoadLimits) -> str:
    m = _DOCTYPE.search(text)
    if m is None:
        if "<!ENTITY" in text.upper():
            raise UnsafeInputError("an <!ENTITY> declaration outside a DOCTYPE; remove it", path)
        return text
    head = _DOCTYPE_HEAD.match(text, m.start())
    if head is None:
        raise UnsafeInputError("a malformed <!DOCTYPE>; remove it", path)
    if re.search(r"\b(SYSTEM|PUBLIC)\b", head.group("rest"), re.IGNORECASE):
        raise UnsafeInputError(
            "the <!DOCTYPE> names an external DTD (SYSTEM/PUBLIC), which is never fetched; remove it",
            path,
        )
    end = head.end()
    entities: dict[str, str] = {}
    if head.group("subset"):
        close = text.find("]", end)
        if close < 0:
            raise GraphFormatError("the <!DOCTYPE> internal subset is not closed with ']>'", path)
        subset = _COMMENT.sub("", text[end:close])
        pos = 0
        for decl in _ENTITY_DECL.finditer(subset):
            _only_space(subset[pos:decl.start()], path)
            name, value = decl.group("name"), decl.group("value")
            if "&" in value or "%" in value or "<" in value:
                raise UnsafeInputError(
                    f"entity {name!r} refers to other entities or holds markup; only plain-text "
                    "internal entities are expanded (nested entities are how expansion bombs work)",
                    path,
                )
            if len(value) > limits.max_literal_chars:
                raise InputTooLargeError(
                    f"entity {name!r} is longer than {limits.max_literal_chars:,} characters "
                    "(LoadLimits.max_literal_chars)",
                    path,
                )
            entities.setdefault(name, value)
            pos = decl.end()
        _only_space(subset[pos:], path)
        if len(entities) > _MAX_ENTITIES:
            raise UnsafeInputError(f"more than {_MAX_ENTITIES} entity declarations", path)
        end = close + 1
    tail = re.match(r"\s*>", text[end:])
    if tail is None:
        raise GraphFormatError("the <!DOCTYPE> is not closed with '>'", path)
    body = text[: m.start()] + text[end + tail.end():]
    if _DOCTYPE.search(body) or "<!ENTITY" in body.upper():
        raise UnsafeInputError("a second <!DOCTYPE> or a stray <!ENTITY>; remove it", path)
    growth = 0
    for ref in _ENTITY_REF.finditer(body):
        value = entities.get(ref.group(1))
        if value is not None:
            growth += len(value) - len(ref.group())
    budget = max(8 * len(text), 1 << 20)
    if growth > budget or len(body) + growth > limits.max_bytes:
        raise InputTooLargeError(
            f"entity references would grow the document by {growth:,} characters (allowed: "
            f"{budget:,}, 8x the file); this is how XML expansion bombs work",
            path,
        )
    return _ENTITY_REF.sub(lambda r: entities.get(r.group(1), r.group()), body)


def _only_space(gap: str, path: object) -> None:
    if gap.strip():
        raise UnsafeInputError(
            f"the <!DOCTYPE> declares {gap.strip()[:60]!r}; only plain internal "
            "<!ENTITY name \"text\"> declarations are accepted in RDF/XML",
            path,
        )


def _refuse_remote_contexts(data: Any, path: object) -> None:
    """Walk the whole document (iteratively) for a ``@context`` or ``@import`` naming a URL."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "@import":
                    _refuse_url(value, "@import", path)
                elif key == "@context":
                    for ctx in value if isinstance(value, list) else [value]:
                        if isinstance(ctx, str):
                            _refuse_url(ctx, "@context", path)
                if isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))


def _refuse_url(url: Any, key: str, path: object) -> None:
    raise UnsafeInputError(
        f"the JSON-LD {key} {str(url)[:200]!r} names a document to fetch; kgexplain never fetches "
        "remote or local contexts (no network, no file reads): inline the context object instead",
        path,
    )


def _check_long_strings(text: str, path: object, limits: LoadLimits) -> None:
    limit = limits.max_literal_chars
    pos = 0
    while True:
        m = _TRIPLE_QUOTE.search(text, pos)
        if m is None:
            return
        close = text.find(m.group(), m.end())
        if close < 0:
            return  # unterminated: rdflib reports it
        if close - m.end() > limit:
            line = text.count("\n", 0, m.start()) + 1
            raise InputTooLargeError(
                f"a triple-quoted string is longer than {limit:,} characters "
                "(LoadLimits.max_literal_chars); pass limits=LoadLimits(max_literal_chars=...) to allow more",
                path,
                line,
            )
        pos = close + 3


def check_query(query: str, *, allow_service: bool = False) -> None:
    """Refuse a SPARQL query that would reach the network (see the module docstring)."""
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        parsed = prepareQuery(query)
    except Exception as exc:  # pyparsing and rdflib raise many types
        raise UnsafeQueryError(f"invalid SPARQL query: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    stack: list[Any] = [parsed.algebra]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, CompValue):
            if node.name == "DatasetClause" or (node.name.endswith("Query") and node.get("datasetClause")):
                raise UnsafeQueryError(
                    "SPARQL FROM / FROM NAMED clauses are refused: rdflib would load those graphs "
                    "from their IRIs over the network; query the graph without them"
                )
            if node.name == "ServiceGraphPattern" and not allow_service:
                raise UnsafeQueryError(
                    f"SPARQL SERVICE <{node.get('term')}> is refused: it sends the query over the "
                    "network; pass allow_service=True to kg.sparql() to run federated queries"
                )
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, set)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
