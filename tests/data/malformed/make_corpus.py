"""Build (and measure) corpora of malformed and hostile graph files for kgexplain's loaders.

Seed corpus (committed; ``tests/test_fuzz_loaders.py`` runs it)::

    python tests/data/malformed/make_corpus.py            # rewrites tests/data/malformed/cases + manifest.json

Each case is a folder ``cases/<name>/``; ``manifest.json`` says what to load (a file in it, or
the folder itself for RecBole) and what must happen: ``"error"`` (a ``KGExplainError``, with the
named class when given) or ``"ok"`` (it loads). Anything else escaping is a bug.

Big corpus (not committed): the seed cases, random mutations of valid files in every format,
and cases that cannot live in git (FIFOs, symlinks to /dev/zero, a gzip bomb past the default
1 GiB limit), then each one loaded in a worker process with a 10 s timeout and a memory cap::

    python tests/data/malformed/make_corpus.py --big /tmp/kgx-corpus --count 600 --run

It prints counts of loads that succeeded, typed errors, untyped exceptions, hangs (> 10 s) and
out-of-memory kills, and writes ``results.json`` beside the corpus.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------- valid bases
CSV = "head,relation,tail,rating,timestamp,attrs\nuser:1,rated,movie:1,5,1700000000,\nuser:1,rated,movie:2,3,,\nmovie:1,has_genre,genre:drama,,,\"{\"\"source\"\": \"\"x\"\"}\"\nmovie:2,has_genre,genre:drama,,,\n"
ENTITIES = "id,kind,type,label,aliases,attrs\nuser:1,user,user,Ann,,\nmovie:1,item,movie,Heat,Heat (1995),\"{\"\"year\"\": 1995}\"\nmovie:2,item,movie,Alien,,\ngenre:drama,attribute,genre,Drama,,\n"
RELATIONS = "relations:\n  rated:\n    phrase: rated\n    inverse_phrase: was rated by\n    domain: [user]\n    range: [movie]\n  has_genre:\n    phrase: is a\n    inverse_phrase: is the genre of\n    cues: [genre]\n"
TTL = (
    "@prefix ex: <http://e/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    'ex:heat a ex:Film ; rdfs:label "Heat" ; ex:year 1995 ; ex:released "1995-12-15"^^xsd:date ;\n'
    "    ex:starring ex:pacino .\nex:pacino rdfs:label \"Al Pacino\" .\n"
)
NT = (
    "<http://e/heat> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://e/Film> .\n"
    '<http://e/heat> <http://www.w3.org/2000/01/rdf-schema#label> "Heat" .\n'
    "<http://e/heat> <http://e/starring> <http://e/pacino> .\n"
    '<http://e/pacino> <http://www.w3.org/2000/01/rdf-schema#label> "Al Pacino"@en .\n'
)
XML = (
    '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
    '  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:ex="http://e/">\n'
    '  <rdf:Description rdf:about="http://e/heat"><rdfs:label>Heat</rdfs:label>\n'
    '    <ex:starring rdf:resource="http://e/pacino"/></rdf:Description>\n</rdf:RDF>\n'
)
JSONLD = json.dumps(
    {"@context": {"ex": "http://e/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
     "@graph": [{"@id": "ex:heat", "rdfs:label": "Heat", "ex:starring": {"@id": "ex:pacino"}},
                {"@id": "ex:pacino", "rdfs:label": "Al Pacino"}]},
    indent=1,
)
RECBOLE = {
    "toy.inter": "user_id:token\titem_id:token\trating:float\ttimestamp:float\n1\t10\t4\t100\n2\t11\t5\t200\n",
    "toy.kg": "head_id:token\trelation_id:token\ttail_id:token\nm.010\tfilm.directed_by\tm.dir\nm.011\tfilm.directed_by\tm.dir\n",
    "toy.link": "item_id:token\tentity_id:token\n10\tm.010\n11\tm.011\n",
    "toy.item": "item_id:token\tmovie_title:token_seq\n10\tAlpha\n11\tBeta\n",
}
BASES = {"g.csv": CSV, "g.tsv": CSV.replace(",", "\t"), "g.ttl": TTL, "g.nt": NT, "g.rdf": XML, "g.jsonld": JSONLD}
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
KGX = "https://w3id.org/kgexplain/vocab#"
XML_HEAD = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">'
XML_BODY = XML_HEAD + '<rdf:Description rdf:about="http://e/a"><ex:p>{}</ex:p></rdf:Description></rdf:RDF>'


class Corpus:
    """Writes cases into ``root/cases`` and collects the manifest."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cases: list[dict] = []

    def add(self, name: str, files: dict[str, str | bytes], load: str, expect: str = "error",
            error: str | None = None, limits: dict | None = None) -> Path:
        folder = self.root / "cases" / f"{len(self.cases):03d}_{name}"
        folder.mkdir(parents=True, exist_ok=True)
        for fname, content in files.items():
            target = folder / fname
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                content = content.encode("utf-8", "surrogatepass")
            target.write_bytes(content)
        entry = {"name": folder.name, "load": load, "expect": expect}
        if error:
            entry["error"] = error
        if limits:
            entry["limits"] = limits
        self.cases.append(entry)
        return folder

    def table(self, name: str, csv: str, expect: str = "error", error: str | None = None, **sidecars: str | bytes) -> None:
        files: dict[str, str | bytes] = {"g.csv": csv}
        if "entities" in sidecars:
            files["g.entities.csv"] = sidecars["entities"]
        if "relations" in sidecars:
            files["g.relations.yaml"] = sidecars["relations"]
        self.add(name, files, "g.csv", expect, error)

    def write_manifest(self) -> None:
        (self.root / "manifest.json").write_text(json.dumps(self.cases, indent=1) + "\n")


def seed_cases(c: Corpus) -> None:
    """The committed seed corpus: each case written by hand, its outcome declared."""
    # -- valid files load
    for fname, text in BASES.items():
        c.add(f"valid_{fname.replace('.', '_')}", {fname: text}, fname, "ok")
    c.add("valid_csv_sidecars", {"g.csv": CSV, "g.entities.csv": ENTITIES, "g.relations.yaml": RELATIONS}, "g.csv", "ok")
    c.add("valid_recbole", RECBOLE, ".", "ok")
    c.add("valid_csv_bom", {"g.csv": "\ufeff" + CSV}, "g.csv", "ok")
    c.add("valid_gz", {"g.ttl.gz": gzip.compress(TTL.encode(), mtime=0)}, "g.ttl.gz", "ok")
    c.add("valid_owl_entities", {"g.owl": '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY ex "http://e/">]>\n'
                                          + XML_HEAD.replace('"http://e/"', '"&ex;"')
                                          + '<rdf:Description rdf:about="&ex;a"><ex:p rdf:resource="&ex;b"/></rdf:Description></rdf:RDF>'},
          "g.owl", "ok")
    c.add("valid_blank_label", {"g.nt": NT + '<http://e/x> <http://www.w3.org/2000/01/rdf-schema#label> "  " .\n<http://e/x> <http://e/p> <http://e/y> .\n'}, "g.nt", "ok")

    # -- encodings and empty files, every format
    for fname, text in BASES.items():
        stem = fname.replace(".", "_")
        c.add(f"latin1_{stem}", {fname: (text.replace("Heat", "Caf\xe9") if "Heat" in text else text.replace("rated", "rat\xe9d")).encode("latin-1")}, fname, error="GraphFormatError")
        c.add(f"utf16_{stem}", {fname: text.encode("utf-16")}, fname)
        c.add(f"empty_{stem}", {fname: b""}, fname)
        c.add(f"truncated_{stem}", {fname: text[: len(text) // 2]}, fname, "any")
        c.add(f"nul_{stem}", {fname: text[:20] + "\x00" + text[20:]}, fname, "any")
    # -- CSV/TSV tables
    header = "head,relation,tail,rating,timestamp,attrs\n"
    for name, row in [
        ("short_row", "user:1,rated\n"), ("empty_head", ",rated,movie:1,,,\n"),
        ("attrs_list", 'user:1,rated,movie:1,,,"[1, 2]"\n'), ("attrs_number", "user:1,rated,movie:1,,,5\n"),
        ("attrs_bad_json", 'user:1,rated,movie:1,,,"{oops"\n'), ("attrs_string", 'user:1,rated,movie:1,,,"""x"""\n'),
        ("attrs_deep", 'user:1,rated,movie:1,,,"' + "[" * 100 + "]" * 100 + '"\n'),
        ("attrs_big_int", 'user:1,rated,movie:1,,,"{""n"": ' + "9" * 5000 + '}"\n'),
        ("attrs_surrogate", 'user:1,rated,movie:1,,,"{""n"": ""\\ud800""}"\n'),
        ("attrs_key_surrogate", 'user:1,rated,movie:1,,,"{""\\udfff"": 1}"\n'),
        ("rating_text", "user:1,rated,movie:1,loved,,\n"), ("rating_nan", "user:1,rated,movie:1,nan,,\n"),
        ("rating_inf", "user:1,rated,movie:1,inf,,\n"), ("rating_1e400", "user:1,rated,movie:1,1e400,,\n"),
        ("timestamp_text", "user:1,rated,movie:1,5,yesterday,\n"), ("control_in_id", "user:1\x1b[2J,rated,movie:1,,,\n"),
        ("newline_in_id", '"user:1\nx",rated,movie:1,,,\n'), ("unterminated_quote", 'user:1,rated,"movie:1,,,\n'),
        ("huge_field", "user:1,rated,movie:" + "1" * 140_000 + ",,,\n"),
    ]:
        c.table(f"csv_{name}", header + row, error="GraphFormatError")
    c.add("csv_huge_line", {"g.csv": header + 'user:1,rated,movie:1,,,"{""a"": ""' + "x" * 9_000 + '"", ""b"": ""' + "y" * 9_000 + '""}"\n'},
          "g.csv", error="InputTooLargeError", limits={"max_line_bytes": 16_000})
    c.table("csv_no_header_columns", "subject,predicate,object\na:1,r,b:1\n", error="MissingColumnError")
    c.table("csv_header_only", header, error="EmptyGraphError")
    c.add("tsv_weight_text", {"g.tsv": "head\trelation\ttail\tweight\nuser:1\trated\tmovie:1\theavy\n"}, "g.tsv", error="GraphFormatError")
    c.add("csv_is_directory", {"g.csv/inner.txt": "x"}, "g.csv", error="KGExplainError")
    # -- entity sidecars
    for name, ents in [
        ("kind_robot", "id,kind,type,label\nuser:1,robot,user,Ann\n"),
        ("conflict", "id,kind,type,label\nuser:1,user,user,Ann\nuser:1,item,user,Ann\n"),
        ("label_escape", 'id,kind,type,label\nuser:1,user,user,"Ann\x1b]0;pwned\x07"\n'),
        ("label_newline", 'id,kind,type,label\nuser:1,user,user,"Ann\nBob"\n'),
        ("attrs_list", 'id,kind,attrs\nuser:1,user,"[1]"\n'),
        ("attrs_surrogate", 'id,kind,attrs\nuser:1,user,"{""a"": ""\\udc80""}"\n'),
        ("empty_id", "id,kind\n,user\n"), ("short_row", "id,kind,type\nuser:1,user\n"),
        ("invalid_utf8", b"id,kind,label\nuser:1,user,\xff\xfe\n"),
    ]:
        c.table(f"entities_{name}", CSV, entities=ents)
    # -- relations.yaml
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9))
    for name, rel in [
        ("invalid_utf8", b"relations:\n  rated:\n    phrase: \xffrated\n"),
        ("spec_string", "relations:\n  rated: loved\n"), ("domain_int", "relations:\n  rated: {domain: 5}\n"),
        ("phrase_list", "relations:\n  rated: {phrase: [a, b]}\n"), ("explainable_no", "relations:\n  rated: {explainable: 'no'}\n"),
        ("sensitive_int", "relations:\n  rated: {sensitive: 1}\n"), ("cues_mixed", "relations:\n  rated: {cues: [a, 5]}\n"),
        ("unknown_field", "relations:\n  rated: {colour: red}\n"), ("name_field", "relations:\n  rated: {name: other}\n"),
        ("alias_bomb", bomb + "relations:\n  rated:\n    cues: *j\n"), ("anchor_only", "relations:\n  rated: &r {phrase: x}\n"),
        ("deep", "relations:\n  rated:\n    cues: " + "[" * 200 + "]" * 200 + "\n"), ("list_top", "- a\n- b\n"),
        ("syntax", "relations: {rated: {phrase: x}\n"), ("tabs", "relations:\n\trated: {}\n"),
        ("python_tag", "relations: !!python/object/apply:os.system ['true']\n"),
        ("date_phrase", "relations:\n  rated: {phrase: 2020-01-01}\n"), ("bool_name", "relations:\n  true: {phrase: x}\n"),
        ("null_name", "relations:\n  ~: {phrase: x}\n"),
        ("control_phrase", 'relations:\n  rated: {phrase: "rated\\e[31m"}\n'),
    ]:
        c.table(f"relations_{name}", CSV, relations=rel)
    c.add("relations_huge", {"g.csv": CSV, "g.relations.yaml": "relations:\n  rated: {phrase: " + "x" * 5_000 + "}\n"},
          "g.csv", error="InputTooLargeError", limits={"max_yaml_bytes": 4_000})
    # -- Turtle / N3 / N-Triples
    for name, text in [
        ("syntax", "@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b .\n"),
        ("bad_prefix", "ex:a ex:b ex:c .\n"),
        ("surrogate_label", '<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "\\uD800" .\n<http://e/a> <http://e/p> <http://e/b> .\n'),
        ("control_label", '<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "a\\u001b[2Jb" .\n<http://e/a> <http://e/p> <http://e/b> .\n'),
        ("nul_iri", "<http://e/a%00> <http://e/p> <http://e/b> .\n"),
        ("explainable_no", f"<https://w3id.org/kgexplain/relation/r> <{RDF}type> <{KGX}Relation> ;\n  <{KGX}explainable> \"no\" .\n<http://e/a> <https://w3id.org/kgexplain/relation/r> <http://e/b> .\n"),
        ("spec_bad_json", f"<https://w3id.org/kgexplain/relation/r> <{RDF}type> <{KGX}Relation> ; <{KGX}spec> \"{{oops\" .\n"),
        ("spec_list", f"<https://w3id.org/kgexplain/relation/r> <{RDF}type> <{KGX}Relation> ; <{KGX}spec> \"[1]\" .\n"),
        ("spec_wrong_types", f"<https://w3id.org/kgexplain/relation/r> <{RDF}type> <{KGX}Relation> ; <{KGX}spec> \"{{\\\"name\\\": \\\"r\\\", \\\"phrase\\\": [1]}}\" .\n"),
        ("alias_order_bad", f"<http://e/a> <{KGX}aliasOrder> \"{{\" .\n<http://e/a> <http://e/p> <http://e/b> .\n"),
        ("json_literal_bad", f"<http://e/a> <http://e/p> \"{{]\"^^<{KGX}json> .\n"),
        ("edge_weight_nan", f"<http://e/a> <http://e/p> <http://e/b> .\n_:s <{RDF}type> <{RDF}Statement> ; <{RDF}subject> <http://e/a> ; <{RDF}predicate> <http://e/p> ; <{RDF}object> <http://e/b> ; <{KGX}attr_weight> \"NaN\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"),
        ("edge_attr_iri", f"<http://e/a> <http://e/p> <http://e/b> .\n_:s <{RDF}type> <{RDF}Statement> ; <{RDF}subject> <http://e/a> ; <{RDF}predicate> <http://e/p> ; <{RDF}object> <http://e/b> ; <{KGX}attr_weight> <http://e/x> .\n"),
    ]:
        c.add(f"ttl_{name}", {"g.ttl": text}, "g.ttl", error="GraphFormatError")
    c.add("ttl_huge_triple_quoted", {"g.ttl": '<http://e/a> <http://e/b> """' + "x\n" * 6_000 + '""" .\n'}, "g.ttl",
          error="InputTooLargeError", limits={"max_literal_chars": 10_000})
    c.add("nt_huge_line", {"g.nt": '<http://e/a> <http://e/b> "' + "x" * 12_000 + '" .\n'}, "g.nt",
          error="InputTooLargeError", limits={"max_line_bytes": 10_000})
    c.add("ttl_space_in_iri", {"g.ttl": "<http://e/a b> <http://e/p> <http://e/c> .\n"}, "g.ttl", "any")
    c.add("nt_missing_dot", {"g.nt": "<http://e/a> <http://e/b> <http://e/c>\n"}, "g.nt", error="GraphFormatError")
    c.add("nt_literal_subject", {"g.nt": '"a" <http://e/b> <http://e/c> .\n'}, "g.nt", error="GraphFormatError")
    c.add("n3_formula", {"g.n3": "@prefix ex: <http://e/> .\n{ ex:a ex:b ex:c } ex:d ex:e .\n"}, "g.n3", "any")
    # -- RDF/XML
    for name, doc in [
        ("billion_laughs", '<!DOCTYPE rdf:RDF [<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10)) + "]>\n" + XML_BODY.format("&a9;")),
        ("quadratic", '<!DOCTYPE rdf:RDF [<!ENTITY big "' + "x" * 20_000 + '">]>\n' + XML_BODY.format("&big;" * 500)),
        ("external_entity", '<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n' + XML_BODY.format("&x;")),
        ("external_dtd", '<!DOCTYPE rdf:RDF SYSTEM "http://127.0.0.1:9/x.dtd">\n' + XML_BODY.format("x")),
        ("parameter_entity", '<!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p"> %p;]>\n' + XML_BODY.format("x")),
        ("element_decl", '<!DOCTYPE rdf:RDF [<!ELEMENT x ANY>]>\n' + XML_BODY.format("x")),
        ("unclosed_doctype", '<!DOCTYPE rdf:RDF [<!ENTITY a "b">\n' + XML_BODY.format("x")),
        ("mismatched_tag", XML_HEAD + "<rdf:Description></rdf:Descr></rdf:RDF>"),
        ("surrogate_ref", XML_BODY.format("&#xD800;")),
    ]:
        c.add(f"xml_{name}", {"g.rdf": '<?xml version="1.0"?>\n' + doc}, "g.rdf", error="GraphFormatError")
    c.add("xml_not_rdf", {"g.rdf": "<html><body>hello</body></html>"}, "g.rdf", "any")
    c.add("xml_huge_literal", {"g.rdf": XML_BODY.format("x" * 12_000)}, "g.rdf", error="InputTooLargeError",
          limits={"max_literal_chars": 10_000})
    # -- JSON-LD
    doc = {"@id": "http://e/a", "http://e/p": {"@id": "http://e/b"}}
    for name, value in [
        ("remote_context", {"@context": "http://127.0.0.1:9/ctx.jsonld", **doc}),
        ("file_context", {"@context": "file:///etc/passwd", **doc}),
        ("relative_context", {"@context": "ctx.jsonld", **doc}),
        ("context_list", {"@context": [{"ex": "http://e/"}, "https://schema.org/"], **doc}),
        ("import", {"@context": {"@version": 1.1, "@import": "http://127.0.0.1:9/i.jsonld"}, **doc}),
        ("scoped_context", {"@context": {"ex": {"@id": "http://e/ex", "@context": "http://127.0.0.1:9/s"}}, **doc}),
        ("nested_context", {"@graph": [{"@context": "http://127.0.0.1:9/n", **doc}]}),
    ]:
        c.add(f"jsonld_{name}", {"g.jsonld": json.dumps(value)}, "g.jsonld", error="UnsafeInputError")
    c.add("jsonld_deep", {"g.jsonld": "[" * 5000 + "]" * 5000}, "g.jsonld", error="GraphFormatError")
    c.add("jsonld_bad_json", {"g.jsonld": '{"@id": '}, "g.jsonld", error="GraphFormatError")
    c.add("jsonld_number", {"g.jsonld": "5"}, "g.jsonld", error="KGExplainError")
    c.add("jsonld_bad_types", {"g.jsonld": json.dumps({"@id": 5, "@type": [1, None], "http://e/p": {"@value": [1]}})}, "g.jsonld", "any")
    # -- gzip
    c.add("gz_corrupt", {"g.csv.gz": b"\x1f\x8b\x08\x00garbage"}, "g.csv.gz", error="GraphFormatError")
    c.add("gz_truncated", {"g.csv.gz": gzip.compress(CSV.encode(), mtime=0)[:-12]}, "g.csv.gz", error="GraphFormatError")
    c.add("gz_not_gzip", {"g.ttl.gz": TTL}, "g.ttl.gz", error="GraphFormatError")
    c.add("gz_bomb", {"g.csv.gz": _gzip_zeros(64 << 20, prefix=b"head,relation,tail\n")}, "g.csv.gz",
          error="InputTooLargeError", limits={"max_bytes": 16 << 20})
    # -- RecBole
    for name, change in [
        ("link_one_field", {"toy.link": "item_id:token\tentity_id:token\n10\n"}),
        ("link_huge_field", {"toy.link": "item_id:token\tentity_id:token\n10\t" + "m" * 140_000 + "\n"}),
        ("inter_rating_text", {"toy.inter": "user_id:token\titem_id:token\trating:float\n1\t10\tloved\n"}),
        ("inter_missing_column", {"toy.inter": "uid:token\titem_id:token\n1\t10\n"}),
        ("inter_empty_user", {"toy.inter": "user_id:token\titem_id:token\n\t10\n"}),
        ("item_short_row", {"toy.item": "item_id:token\tmovie_title:token_seq\n10\n"}),
        ("kg_short_row", {"toy.kg": "head_id:token\trelation_id:token\ttail_id:token\nm.010\tr\n"}),
        ("kg_empty_relation", {"toy.kg": "head_id:token\trelation_id:token\ttail_id:token\nm.010\t/\tm.dir\n"}),
        ("invalid_utf8", {"toy.item": b"item_id:token\tmovie_title:token_seq\n10\t\xff\n"}),
        ("control_label", {"toy.item": "item_id:token\tmovie_title:token_seq\n10\tAl\x1bpha\n"}),
        ("empty_inter", {"toy.inter": ""}),
    ]:
        c.add(f"recbole_{name}", {**RECBOLE, **change}, ".", error="GraphFormatError" if name != "empty_inter" else "EmptyGraphError")
    c.add("recbole_no_files", {"readme.txt": "nothing"}, ".", error="GraphFormatError")


def _gzip_zeros(n: int, prefix: bytes = b"") -> bytes:
    import zlib

    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [comp.compress(prefix)]
    block = b"\n" * (1 << 20)
    for _ in range(n // len(block)):
        out.append(comp.compress(block))
    out.append(comp.flush())
    return b"".join(out)


# ----------------------------------------------------------------------------- big corpus
SNIPPETS = [
    "\x00", "\x1b[31m", "\ud800", "\"", "'''", '"""', "<", ">", "&", "&x;", "<!DOCTYPE x [<!ENTITY x \"y\">]>",
    "{", "}", "[", "]", "@context", "\"@context\": \"http://127.0.0.1:9/c\"", "\n", "\t", ",", ";", ".",
    "@prefix", "\\u0000", "\\uD800", "NaN", "1e400", "-inf", "*a", "&a", "!!python/object:os.system", "%00",
    "\ufeff", "\u2028", "\xff", "\r", "^^<https://w3id.org/kgexplain/vocab#json>", "x" * 1000,
]


def mutate(text: str, rng: random.Random) -> bytes:
    data = text
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        pos = rng.randint(0, len(data))
        if op < 0.4:
            data = data[:pos] + rng.choice(SNIPPETS) + data[pos:]
        elif op < 0.6:
            data = data[:pos] + data[pos + rng.randint(1, 20):]
        elif op < 0.8:
            end = min(len(data), pos + rng.randint(1, 40))
            data = data[:pos] + data[pos:end] * rng.randint(2, 50) + data[end:]
        else:
            data = data[:pos]
    raw = data.encode("utf-8", "surrogatepass")
    if rng.random() < 0.1 and raw:
        i = rng.randrange(len(raw))
        raw = raw[:i] + bytes([rng.randrange(256)]) + raw[i + 1:]
    return raw


def big_cases(c: Corpus, count: int, seed: int) -> None:
    rng = random.Random(seed)
    seed_cases(c)
    # cases git cannot hold
    for fname in ("g.csv", "g.ttl", "g.nt.gz", "g.jsonld"):
        folder = c.add(f"fifo_{fname.replace('.', '_')}", {}, fname, error="UnsafeInputError")
        os.mkfifo(folder / fname)
        folder = c.add(f"devzero_{fname.replace('.', '_')}", {}, fname, error="UnsafeInputError")
        os.symlink("/dev/zero", folder / fname)
    folder = c.add("devzero_sidecar", {"g.csv": CSV}, "g.csv", error="UnsafeInputError")
    os.symlink("/dev/zero", folder / "g.entities.csv")
    folder = c.add("fifo_relations", {"g.csv": CSV}, "g.csv", error="UnsafeInputError")
    os.mkfifo(folder / "g.relations.yaml")
    folder = c.add("recbole_fifo", {k: v for k, v in RECBOLE.items() if k != "toy.kg"}, ".", error="UnsafeInputError")
    os.mkfifo(folder / "toy.kg")
    c.add("gz_bomb_default_limit", {"g.csv.gz": _gzip_zeros(1100 << 20, prefix=b"head,relation,tail\n")}, "g.csv.gz",
          error="InputTooLargeError")
    # random mutations of every valid base, sidecars and RecBole files included
    targets = list(BASES.items()) + [("g.relations.yaml", RELATIONS), ("g.entities.csv", ENTITIES)] + [
        (f"recbole/{k}", v) for k, v in RECBOLE.items()]
    i = 0
    while len(c.cases) < count:
        fname, text = targets[i % len(targets)]
        i += 1
        raw = mutate(text, rng)
        if fname == "g.relations.yaml":
            c.add(f"mut{i}_relations", {"g.csv": CSV, fname: raw}, "g.csv", "any")
        elif fname == "g.entities.csv":
            c.add(f"mut{i}_entities", {"g.csv": CSV, fname: raw}, "g.csv", "any")
        elif fname.startswith("recbole/"):
            name = fname.split("/", 1)[1]
            c.add(f"mut{i}_recbole_{name.replace('.', '_')}", {**RECBOLE, name: raw}, ".", "any")
        else:
            gz = rng.random() < 0.1
            files = {fname + (".gz" if gz else ""): gzip.compress(raw, mtime=0) if gz else raw}
            c.add(f"mut{i}_{fname.replace('.', '_')}", files, next(iter(files)), "any")


# ----------------------------------------------------------------------------- measuring
def _worker(conn, mem_limit: int, package: str | None) -> None:  # pragma: no cover - a child process
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (mem_limit, mem_limit))
    if package:  # measure another checkout of kgexplain (e.g. the code before a fix)
        sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
        sys.path.insert(0, package)
    import kgexplain as kgx
    from kgexplain.errors import KGExplainError

    try:
        from kgexplain.limits import LoadLimits
    except ImportError:  # an older checkout: cases that need other limits are skipped
        LoadLimits = None

    while True:
        job = conn.recv()
        if job is None:
            return
        path, limits = job
        start = time.perf_counter()
        if limits and LoadLimits is None:
            conn.send(("skipped", "", "needs LoadLimits", 0.0))
            continue
        try:
            if limits:
                kgx.KnowledgeGraph.load(path, limits=LoadLimits(**limits))
            else:
                kgx.KnowledgeGraph.load(path)
            out = ("ok", "", "")
        except KGExplainError as exc:
            out = ("typed", type(exc).__name__, str(exc)[:300])
        except MemoryError:
            out = ("oom", "MemoryError", "")
        except BaseException as exc:  # noqa: BLE001 - counting what escapes is the point
            out = ("untyped", type(exc).__name__, str(exc)[:300])
        conn.send((*out, time.perf_counter() - start))


def run_corpus(root: Path, timeout: float = 10.0, mem_limit: int = 6 << 30, package: str | None = None) -> dict:
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    cases = json.loads((root / "manifest.json").read_text())
    results = []
    proc = conn = None
    for case in cases:
        if proc is None:
            conn, child = ctx.Pipe()
            proc = ctx.Process(target=_worker, args=(child, mem_limit, package), daemon=True)
            proc.start()
        target = root / "cases" / case["name"] / case["load"]
        conn.send((str(target), case.get("limits")))
        if conn.poll(timeout + 60 if not results else timeout):  # the first job also imports kgexplain
            try:
                status, exc_type, msg, seconds = conn.recv()
            except EOFError:
                status, exc_type, msg, seconds = "oom", "killed", f"exit code {proc.exitcode}", 0.0
                proc = None
        else:
            status, exc_type, msg, seconds = "hang", "", f"> {timeout:g} s", timeout
            proc.kill()
            proc = None
        if proc is not None and not proc.is_alive():
            proc = None
        ok_expect = status == "skipped" or (
            case["expect"] == "any" and status in ("ok", "typed")
            or case["expect"] == "ok" and status == "ok"
            or case["expect"] == "error" and status == "typed"
        )
        results.append({**case, "status": status, "exception": exc_type, "message": msg,
                        "seconds": round(seconds, 3), "as_expected": ok_expect})
    if proc is not None:
        conn.send(None)
        proc.join(5)
    counts: dict[str, int] = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    summary = {
        "inputs": len(results),
        "counts": counts,
        "untyped": [f"{r['name']}: {r['exception']}: {r['message'][:120]}" for r in results if r["status"] == "untyped"],
        "hangs": [r["name"] for r in results if r["status"] == "hang"],
        "oom": [r["name"] for r in results if r["status"] == "oom"],
        "not_as_expected": [f"{r['name']}: {r['status']} {r['exception']}" for r in results if not r["as_expected"]],
        "slowest": sorted(((r["seconds"], r["name"]) for r in results), reverse=True)[:5],
    }
    (root / "results.json").write_text(json.dumps({"summary": summary, "results": results}, indent=1))
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--big", type=Path, help="write the big corpus into this folder (not the seed corpus)")
    ap.add_argument("--count", type=int, default=600, help="size of the big corpus (default 600)")
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--run", action="store_true", help="load every case in a worker and report")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds before a load counts as a hang")
    ap.add_argument("--package", help="folder holding the kgexplain package to measure (default: the installed one)")
    ap.add_argument("--reuse", action="store_true", help="measure the corpus already in --big, do not rewrite it")
    args = ap.parse_args(argv)
    root = args.big or HERE
    if not args.reuse:
        if (root / "cases").exists():
            shutil.rmtree(root / "cases")
        corpus = Corpus(root)
        if args.big:
            big_cases(corpus, args.count, args.seed)
        else:
            seed_cases(corpus)
        corpus.write_manifest()
        print(f"wrote {len(corpus.cases)} cases to {root / 'cases'}")
    if args.run:
        summary = run_corpus(root, timeout=args.timeout, package=args.package)
        print(json.dumps(summary, indent=1))
        return 1 if summary["untyped"] or summary["hangs"] or summary["oom"] else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
