"""RDF graphs through rdflib: Turtle, N-Triples, N3, RDF/XML and JSON-LD, in and out, and SPARQL.

``rdfs:label`` becomes the label, ``rdf:type`` the type, ``skos:altLabel`` an alias; graphs
written by kgexplain (entities under ``kgx:entity/``, relations under ``kgx:relation/`` with
their metadata, reified edge attributes) come back exactly. Typed literals other than numbers,
booleans and strings (``xsd:date``, ``xsd:dateTime``, ``xsd:decimal``...) load as plain values
(ISO strings for dates, floats for decimals), so a loaded graph always saves and reloads equal.

RDF never reaches the network (:mod:`kgexplain._rdf_safety`): RDF/XML may declare simple
internal entities only (no external DTD, no entity inside an entity, bounded expansion), a
JSON-LD document may not name a remote or local ``@context``/``@import``, and :func:`sparql`
refuses ``SERVICE`` and ``FROM`` unless asked. rdflib is imported on first use.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import json
import math
import urllib.parse
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Any, Iterable

from kgexplain._rdf_safety import check_query, prepare_rdf
from kgexplain.errors import (
    EmptyGraphError,
    GraphFormatError,
    InputTooLargeError,
    InvalidRecordError,
    KGExplainError,
    UnsafeQueryError,
)
from kgexplain.graph import KnowledgeGraph, infer_entities
from kgexplain.io._files import open_text
from kgexplain.io._values import dumps, json_default, json_value
from kgexplain.io.relations import relations_from_mapping
from kgexplain.limits import DEFAULT_LIMITS, LoadLimits, read_text
from kgexplain.records import Entity, Relation
from kgexplain.typing import PathLikeStr

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

__all__ = ["KGX", "RDF_FORMATS", "load_rdf", "save_rdf", "from_rdflib", "to_rdflib", "sparql"]

KGX = "https://w3id.org/kgexplain/"
_ENT = KGX + "entity/"
_REL = KGX + "relation/"
_TYPE = KGX + "type/"
_VOCAB = KGX + "vocab#"
_XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
RDF_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".n3": "n3",
    ".jsonld": "json-ld",
    ".json-ld": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
}
"""rdflib's format name, by suffix."""


def _ent_iri(eid: str) -> str:
    return _ENT + urllib.parse.quote(eid, safe=":")


def _rel_iri(name: str) -> str:
    return _REL + urllib.parse.quote(name, safe="")


def load_rdf(
    path: PathLikeStr,
    *,
    format: str,
    relations: Iterable[Relation] | None = None,
    limits: LoadLimits | None = None,
) -> KnowledgeGraph:
    """Parse an RDF file with rdflib and build a graph from it (see :func:`from_rdflib`).

    Nothing is fetched and nothing expands without bound (see the module docstring).
    """
    from rdflib import Graph

    limits = limits or DEFAULT_LIMITS
    p = FsPath(path)
    text = read_text(p, limits, lines=format in ("nt", "turtle", "n3", "nquads", "trig"))
    data = prepare_rdf(text, format, p, limits)
    g = Graph()
    try:
        g.parse(data=data, format=format)
    except KGExplainError:
        raise
    except Exception as exc:  # rdflib raises many parser-specific types
        raise _rdf_error(exc, format, p) from None
    return from_rdflib(g, relations=relations, where=p, limits=limits)


def _rdf_error(exc: Exception, format: str, path: FsPath) -> GraphFormatError:
    """rdflib's reason for a syntax error and the one line it names."""
    why = getattr(exc, "_why", None)
    if why is not None and isinstance(getattr(exc, "lines", None), int):  # notation3 BadSyntax
        text = getattr(exc, "_str", b"")
        text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        i = getattr(exc, "_i", 0)
        near = text[max(0, i - 30): i].rsplit("\n", 1)[-1] + " ^ " + text[i: i + 30].split("\n", 1)[0]
        return GraphFormatError(f"invalid {format} RDF: {why}, near {near.strip()!r}", path, exc.lines + 1)
    get_line = getattr(exc, "getLineNumber", None)  # SAXParseException
    if callable(get_line):
        msg = getattr(exc, "getMessage", lambda: str(exc))()
        return GraphFormatError(f"invalid {format} RDF: {msg}", path, get_line())
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return GraphFormatError(f"invalid {format} RDF: {msg[:500]}", path)


def from_rdflib(
    g: "rdflib.Graph",
    *,
    relations: Iterable[Relation] | None = None,
    where: object = None,
    limits: LoadLimits | None = None,
) -> KnowledgeGraph:
    """Build a :class:`KnowledgeGraph` from an ``rdflib.Graph``.

    Literals longer than ``limits.max_literal_chars`` and malformed kgexplain metadata raise
    :class:`~kgexplain.errors.GraphFormatError`.

    Graphs written by kgexplain come back exactly. For other RDF: IRIs become ids
    ``<type>:<local name>`` (type from ``rdf:type``, else ``entity``), ``rdfs:label`` the label,
    ``skos:altLabel`` aliases, literal-valued predicates entity attributes, and IRI-valued
    predicates relations named by the predicate's local name.
    """
    limits = limits or DEFAULT_LIMITS
    try:
        return _from_rdflib(g, relations, where, limits)
    except InvalidRecordError as exc:
        raise GraphFormatError(str(exc), where) from None


def _from_rdflib(g: "rdflib.Graph", relations: Iterable[Relation] | None, where: object, limits: LoadLimits) -> KnowledgeGraph:
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    _check_literals(g, where, limits)
    rels = _rdf_relations(g, relations, where, limits)
    rel_iris = set(g.subjects(RDF.type, URIRef(_VOCAB + "Relation")))
    nodes = _RdfNodes(g)
    edge_attrs, statements = _edge_attrs(g, where, limits)
    triples = []
    for s, p, o in g:
        if s in rel_iris or s in statements:
            continue
        if p == RDF.type:
            nodes.entity(s)
        elif isinstance(o, Literal):
            _add_literal(nodes.entity(s), p, o, where, limits)
        else:
            nodes.entity(s)
            nodes.entity(o)
            triples.append((nodes.id(s), _rel_name(p), nodes.id(o), edge_attrs.get((s, p, o), {})))
    if not nodes.entities:
        raise EmptyGraphError(f"{where or 'RDF graph'}: no entities found in the RDF data")
    declared = _declared_entities(nodes, triples, where)
    if not triples and not declared:
        raise EmptyGraphError(f"{where}: no triples")
    return KnowledgeGraph.from_triples(triples, entities=declared, relations=list(rels.values()))


def _check_literals(g: "rdflib.Graph", where: object, limits: LoadLimits) -> None:
    from rdflib import Literal

    for o in g.objects():
        if isinstance(o, Literal) and len(o) > limits.max_literal_chars:
            raise InputTooLargeError(
                f"a literal is longer than {limits.max_literal_chars:,} characters "
                f"(LoadLimits.max_literal_chars): {str(o)[:40]!r}...; pass "
                "limits=LoadLimits(max_literal_chars=...) to allow more",
                where,
            )


def _rdf_relations(
    g: "rdflib.Graph", relations: Iterable[Relation] | None, where: object, limits: LoadLimits
) -> dict[str, Relation]:
    """The relations given, then those the graph describes (``kgx:Relation`` subjects), by name."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    V = _VOCAB
    rels: dict[str, Relation] = {r.name: r for r in (relations or ())}
    # relation metadata written by kgexplain
    for r in g.subjects(RDF.type, URIRef(V + "Relation")):
        meta: dict[str, Any] = {"domain": [], "range": [], "cues": [], "inverse_cues": []}
        name = None
        spec = g.value(r, URIRef(V + "spec"))
        if spec is not None:  # written by kgexplain: exact, ordered
            d = json_value(str(spec), "a kgx:spec literal", where, None, limits)
            if not isinstance(d, dict) or not isinstance(d.get("name"), str):
                raise GraphFormatError(f"the kgx:spec of {str(r)[:80]} is not a relation object with a name", where)
            rel = relations_from_mapping({d["name"]: {k: v for k, v in d.items() if k != "name"}}, where)[0]
            rels.setdefault(rel.name, rel)
            continue
        for p, o in g.predicate_objects(r):
            key = str(p)[len(V):] if str(p).startswith(V) else None
            if key == "name":
                name = str(o)
            elif key == "phrase":
                meta["phrase"] = str(o)
            elif key == "inversePhrase":
                meta["inverse_phrase"] = str(o)
            elif key in ("explainable", "sensitive"):
                meta[key] = o.toPython() if isinstance(o, Literal) else str(o)
            elif key in ("domain", "range"):
                meta[key].append(str(o))
            elif key == "cue":
                meta["cues"].append(str(o))
            elif key == "inverseCue":
                meta["inverse_cues"].append(str(o))
        name = name or urllib.parse.unquote(str(r)[len(_REL):])
        rels.setdefault(name, Relation(name, **{k: (tuple(v) if isinstance(v, list) else v) for k, v in meta.items()}))
    return rels


def _local(iri: str) -> str:
    """The local name of a foreign IRI (after its last ``#``, ``/`` or ``:``)."""
    for sep in ("#", "/", ":"):
        if sep in iri.rstrip("/#"):
            iri = iri.rstrip("/#").rsplit(sep, 1)[-1]
            break
    return urllib.parse.unquote(iri)


def _rel_name(p: Any) -> str:
    s = str(p)
    if s.startswith(_REL):
        return urllib.parse.unquote(s[len(_REL):])
    return _local(s)


class _RdfNodes:
    """Entity ids of RDF nodes (kgexplain's own IRIs exactly, others ``<type>:<local name>``) and
    the fields read so far for each entity, in the order the nodes are met."""

    def __init__(self, g: "rdflib.Graph") -> None:
        from rdflib import URIRef
        from rdflib.namespace import RDF

        self.ids: dict[Any, str] = {}
        self.types: dict[Any, str] = {}
        self.entities: dict[str, dict[str, Any]] = {}
        for s, o in g.subject_objects(RDF.type):
            if o == URIRef(_VOCAB + "Relation") or o == RDF.Statement:
                continue
            self.types[s] = urllib.parse.unquote(str(o)[len(_TYPE):]) if str(o).startswith(_TYPE) else _local(str(o))

    def id(self, node: Any) -> str:
        from rdflib import URIRef

        if node in self.ids:
            return self.ids[node]
        s = str(node)
        if s.startswith(_ENT):
            eid = urllib.parse.unquote(s[len(_ENT):])
        else:
            eid = f"{self.types.get(node, 'entity')}:{_local(s) if isinstance(node, URIRef) else s}"
        self.ids[node] = eid
        return eid

    def entity(self, node: Any) -> dict[str, Any]:
        return self.entities.setdefault(self.id(node), {"aliases": [], "attrs": {}})


def _edge_attrs(g: "rdflib.Graph", where: object, limits: LoadLimits) -> tuple[dict[tuple[Any, Any, Any], dict[str, Any]], set[Any]]:
    """Edge attributes from reified statements, by (subject, predicate, object); the statements."""
    from rdflib import Literal
    from rdflib.namespace import RDF

    V = _VOCAB
    edge_attrs: dict[tuple[Any, Any, Any], dict[str, Any]] = {}
    statements = set(g.subjects(RDF.type, RDF.Statement))
    for st in statements:
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        attrs = {}
        for pp, oo in g.predicate_objects(st):
            if str(pp).startswith(V + "attr_"):
                if not isinstance(oo, Literal):
                    raise GraphFormatError(f"edge attribute {str(pp)[:80]} must be a literal, got {str(oo)[:80]}", where)
                attrs[urllib.parse.unquote(str(pp)[len(V) + 5:])] = _py(oo, where, limits)
        edge_attrs[(s, p, o)] = attrs
    return edge_attrs, statements


def _add_literal(d: dict[str, Any], p: Any, o: Any, where: object, limits: LoadLimits) -> None:
    """Record one literal-valued statement about an entity: label, alias, kind or attribute."""
    from rdflib.namespace import RDFS, SKOS

    V = _VOCAB
    ps = str(p)
    if p == RDFS.label:
        d["label"] = str(o)
    elif p == SKOS.altLabel:
        d["aliases"].append(str(o))
    elif ps == V + "kind":
        d["kind"] = str(o)
    elif ps == V + "id":
        pass
    elif ps == V + "aliasOrder":
        order = json_value(str(o), "a kgx:aliasOrder literal", where, None, limits)
        if not isinstance(order, list):
            raise GraphFormatError("a kgx:aliasOrder literal must be a JSON list of strings", where)
        d["alias_order"] = order
    elif ps.startswith(V + "attr_"):
        d["attrs"][urllib.parse.unquote(ps[len(V) + 5:])] = _py(o, where, limits)
    else:
        d["attrs"][_local(ps)] = _py(o, where, limits)


def _declared_entities(nodes: _RdfNodes, triples: list[tuple[str, str, str, dict[str, Any]]], where: object) -> list[Entity]:
    """The entities read, with kinds and types inferred from the ids where the RDF gives none."""
    inferred = {e.id: e for e in infer_entities(triples)}
    declared_type: dict[str, str] = {}
    for node, i in nodes.ids.items():
        if node in nodes.types:
            declared_type.setdefault(i, nodes.types[node])
    declared = []
    for eid, d in nodes.entities.items():
        base = inferred.get(eid) or Entity(eid)
        typ = declared_type.get(eid, base.type)
        try:
            declared.append(
                Entity(
                    eid,
                    kind=d.get("kind", base.kind),
                    type=typ,
                    label=d.get("label", ""),
                    aliases=tuple(d.get("alias_order") or sorted(set(d["aliases"]))),
                    attrs=d["attrs"],
                )
            )
        except ValueError as exc:
            raise GraphFormatError(str(exc), where) from None
    return declared


def _py(lit: Any, where: object = None, limits: LoadLimits = DEFAULT_LIMITS) -> Any:
    """A literal as a plain value: str, int, float, bool, or JSON for ``kgx:json`` literals.

    Other typed literals keep a plain form that saves and reloads unchanged: dates, times and
    durations their ISO lexical form (a string), ``xsd:decimal`` a float, an ill-typed literal
    (``"abc"^^xsd:integer``) its text.
    """
    if str(getattr(lit, "datatype", "") or "") == _VOCAB + "json":
        return json_value(str(lit), "a kgx:json literal", where, None, limits)
    value = lit.toPython()
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, decimal.Decimal):
        return float(value)
    return str(lit)


def to_rdflib(kg: KnowledgeGraph) -> "rdflib.Graph":
    """The graph as RDF: entities, labels, types, relation metadata and reified edge attributes."""
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, RDFS, SKOS

    V = Namespace(_VOCAB)
    g = Graph()
    g.bind("kgx", V)
    g.bind("ent", _ENT)
    g.bind("rel", _REL)
    g.bind("skos", SKOS)
    for rel in kg.relations.values():
        r = URIRef(_rel_iri(rel.name))
        g.add((r, RDF.type, V.Relation))
        g.add((r, V.name, Literal(rel.name)))
        g.add((r, V.spec, Literal(json.dumps(rel.to_dict(), ensure_ascii=False))))
        g.add((r, V.phrase, Literal(rel.phrase)))
        g.add((r, V.inversePhrase, Literal(rel.inverse_phrase)))
        g.add((r, V.explainable, Literal(rel.explainable)))
        g.add((r, V.sensitive, Literal(rel.sensitive)))
        for d in rel.domain:
            g.add((r, V.domain, Literal(d)))
        for d in rel.range:
            g.add((r, V.range, Literal(d)))
        for c in rel.cues:
            g.add((r, V.cue, Literal(c)))
        for c in rel.inverse_cues:
            g.add((r, V.inverseCue, Literal(c)))
    for ent in kg.entities():
        e = URIRef(_ent_iri(ent.id))
        g.add((e, RDF.type, URIRef(_TYPE + urllib.parse.quote(ent.type, safe=""))))
        g.add((e, V.kind, Literal(ent.kind)))
        g.add((e, V.id, Literal(ent.id)))
        g.add((e, RDFS.label, Literal(ent.label)))
        for a in ent.aliases:
            g.add((e, SKOS.altLabel, Literal(a)))
        if len(ent.aliases) > 1:  # RDF has no order; keep it for an exact round trip
            g.add((e, V.aliasOrder, Literal(json.dumps(list(ent.aliases), ensure_ascii=False))))
        for k, v in ent.attrs.items():
            g.add((e, V["attr_" + urllib.parse.quote(k, safe="")], _literal(v)))
    for triple, attrs in kg.edges():
        s, p, o = URIRef(_ent_iri(triple.head)), URIRef(_rel_iri(triple.relation)), URIRef(_ent_iri(triple.tail))
        g.add((s, p, o))
        if attrs:
            st = BNode()
            g.add((st, RDF.type, RDF.Statement))
            g.add((st, RDF.subject, s))
            g.add((st, RDF.predicate, p))
            g.add((st, RDF.object, o))
            for k, v in attrs.items():
                g.add((st, V["attr_" + urllib.parse.quote(k, safe="")], _literal(v)))
    return g


def _literal(value: Any):
    from rdflib import Literal

    if isinstance(value, float) and math.isfinite(value) and float("%e" % value) != value:
        # Turtle writes an xsd:double as "%e" (7 digits); an exact decimal keeps every digit
        return Literal(format(decimal.Decimal(repr(value)), "f"), datatype=_XSD_DECIMAL)
    if isinstance(value, (bool, int, float, str)):
        return Literal(value)
    if isinstance(value, (_dt.date, _dt.time, decimal.Decimal)) or (
        hasattr(value, "item") and callable(value.item)
    ):
        plain = json_default(value)
        return Literal(plain)
    return Literal(dumps(value), datatype=_VOCAB + "json")


def sparql(kg: KnowledgeGraph, query: str, *, allow_service: bool = False) -> list[dict[str, Any]]:
    """Run SPARQL over ``kg.to_rdflib()``; entity IRIs come back as ids, literals as Python.

    ``SERVICE`` clauses (federated queries sent over the network) raise
    :class:`~kgexplain.errors.UnsafeQueryError` unless ``allow_service=True``; ``FROM`` and
    ``FROM NAMED`` (rdflib would load those graphs from their IRIs) always do.
    """
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    if not isinstance(query, str):
        raise UnsafeQueryError(f"a SPARQL query must be a string, got {type(query).__name__}")
    prefixes = (
        f"PREFIX kgx: <{_VOCAB}>\nPREFIX ent: <{_ENT}>\nPREFIX rel: <{_REL}>\n"
        f"PREFIX rdfs: <{RDFS}>\nPREFIX rdf: <{RDF}>\n"
    )
    check_query(prefixes + query, allow_service=allow_service)
    g = kg.to_rdflib()
    try:
        result = g.query(prefixes + query)
    except Exception as exc:
        raise GraphFormatError(f"invalid SPARQL query: {exc}") from None
    out = []
    for row in result:
        d = {}
        for var in result.vars:
            value = row[var]
            if isinstance(value, URIRef):
                s = str(value)
                if s.startswith(_ENT):
                    value = urllib.parse.unquote(s[len(_ENT):])
                elif s.startswith(_REL):
                    value = urllib.parse.unquote(s[len(_REL):])
                else:
                    value = s
            elif isinstance(value, Literal):
                value = _py(value)
            d[str(var)] = value
        out.append(d)
    return out


def save_rdf(kg: KnowledgeGraph, path: PathLikeStr, *, format: str) -> None:
    """Write the graph as RDF in rdflib's ``format`` (gzipped when the name ends in ``.gz``)."""
    data = to_rdflib(kg).serialize(format=format, encoding="utf-8")
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    with open_text(FsPath(path), "w") as fh:
        fh.write(text)
