"""Nothing leaves the machine and nothing runs from a file: JSON-LD contexts, SPARQL SERVICE/FROM,
RDF/XML entities and external DTDs, pickled weights (issue 21, "Security")."""

from __future__ import annotations

import json
import pickle
import shutil
import socket
import threading
import time

import pytest

import kgexplain as kgx
from kgexplain.errors import (
    InputTooLargeError,
    UnsafeInputError,
    UnsafeQueryError,
    UnsafeWeightsError,
)


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()  # answer nothing: a client gets an error, never data

    def close(self) -> None:
        self._stop = True
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


def test_listener_sees_a_connection(listener):
    # the probe itself works: a real connection is counted
    socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
    time.sleep(0.3)
    assert listener.connections == 1


JSONLD_DOC = {"@id": "http://e/a", "http://e/likes": {"@id": "http://e/b"}}


@pytest.mark.parametrize(
    "context",
    [
        "{url}/context.jsonld",  # remote @context
        ["{url}/a.jsonld", {"ex": "http://e/"}],  # remote context in a list
        {"@import": "{url}/import.jsonld", "ex": "http://e/"},  # JSON-LD 1.1 @import
        {"ex": {"@id": "http://e/ex", "@context": "{url}/scoped.jsonld"}},  # scoped context
    ],
)
def test_jsonld_remote_context_is_refused_without_a_connection(tmp_path, listener, context):
    ctx = json.loads(json.dumps(context).replace("{url}", listener.url))
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps({"@context": ctx, **JSONLD_DOC}))
    with pytest.raises(UnsafeInputError, match=rf"127\.0\.0\.1:{listener.port}"):
        kgx.KnowledgeGraph.load(path)
    time.sleep(0.3)
    assert listener.connections == 0


def test_jsonld_file_context_is_refused(tmp_path):
    secret = tmp_path / "ctx.jsonld"
    secret.write_text(json.dumps({"@context": {"ex": "http://e/"}}))
    for ref in (secret.as_uri(), "ctx.jsonld"):
        path = tmp_path / "g.jsonld"
        path.write_text(json.dumps({"@context": ref, **JSONLD_DOC}))
        with pytest.raises(UnsafeInputError, match="never fetches remote or local contexts"):
            kgx.KnowledgeGraph.load(path)


def test_jsonld_inline_context_still_loads(tmp_path):
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps({"@context": {"ex": "http://e/"}, "@id": "ex:a", "ex:likes": {"@id": "ex:b"}}))
    kg = kgx.KnowledgeGraph.load(path)
    assert kg.num_triples == 1


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT ?s WHERE {{ ?s ?p ?o . OPTIONAL {{ SERVICE SILENT <{url}/sparql> {{ ?s ?q ?x }} }} }}",
        "SELECT ?s FROM <{url}/g.ttl> WHERE {{ ?s ?p ?o }}",
        "SELECT ?s FROM NAMED <{url}/g.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    ],
)
def test_sparql_network_clauses_refused_without_a_connection(music_kg, listener, query):
    with pytest.raises(UnsafeQueryError, match="refused"):
        music_kg.sparql(query.format(url=listener.url))
    time.sleep(0.3)
    assert listener.connections == 0


def test_sparql_service_runs_only_when_allowed(music_kg, listener):
    # allowed explicitly: rdflib does try the endpoint (the listener hangs up, so it fails)
    query = f"SELECT ?s WHERE {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}"
    with pytest.raises(Exception):
        music_kg.sparql(query, allow_service=True)
    time.sleep(0.3)
    assert listener.connections >= 1


def test_plain_sparql_still_works(music_kg):
    rows = music_kg.sparql("SELECT ?label WHERE { ent:artist:daft_punk rdfs:label ?label }")
    assert rows == [{"label": "Daft Punk"}]


def test_rdfxml_external_entity_and_dtd_refused_without_a_connection(tmp_path, listener):
    body = (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">'
        '<rdf:Description rdf:about="http://e/a"><ex:p>&x;</ex:p></rdf:Description></rdf:RDF>'
    )
    for doctype in (
        f'<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "{listener.url}/x">]>',
        f'<!DOCTYPE rdf:RDF SYSTEM "{listener.url}/x.dtd">',
        f'<!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM "{listener.url}/p"> %p;]>',
    ):
        path = tmp_path / "g.rdf"
        path.write_text('<?xml version="1.0"?>\n' + doctype + "\n" + body)
        with pytest.raises(UnsafeInputError):
            kgx.KnowledgeGraph.load(path)
    time.sleep(0.3)
    assert listener.connections == 0


def test_rdfxml_entity_bomb_refused_quickly(tmp_path):
    # "billion laughs": 10 levels of 10 references, 1 KB on disk
    decls = ['<!ENTITY a0 "lol">'] + [f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    path = tmp_path / "bomb.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [' + "".join(decls) + "]>\n"
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">'
        '<rdf:Description rdf:about="http://e/a"><ex:p>&a9;</ex:p></rdf:Description></rdf:RDF>'
    )
    start = time.perf_counter()
    with pytest.raises(UnsafeInputError, match="nested entities"):
        kgx.KnowledgeGraph.load(path)
    assert time.perf_counter() - start < 2


def test_rdfxml_quadratic_blowup_refused(tmp_path):
    # one 100 KB entity referenced 2,000 times: 200 MB from a 120 KB file
    path = tmp_path / "quad.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY big "' + "x" * 100_000 + '">]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">'
        '<rdf:Description rdf:about="http://e/a"><ex:p>' + "&big;" * 2000 + "</ex:p></rdf:Description></rdf:RDF>"
    )
    with pytest.raises(InputTooLargeError, match="expansion bombs"):
        kgx.KnowledgeGraph.load(path)


def test_rdfxml_owl_style_entities_still_load(tmp_path):
    path = tmp_path / "onto.owl"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n  <!ENTITY ex "http://e/" >\n'
        '  <!-- a comment -->\n  <!ENTITY rdfs "http://www.w3.org/2000/01/rdf-schema#" >\n]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="&ex;" xmlns:rdfs="&rdfs;">'
        '<rdf:Description rdf:about="&ex;a"><rdfs:label>A &amp; B</rdfs:label>'
        '<ex:likes rdf:resource="&ex;b"/></rdf:Description></rdf:RDF>'
    )
    kg = kgx.KnowledgeGraph.load(path)
    assert kg.entity("entity:a").label == "A & B"
    assert kg.has_triple("entity:a", "likes", "entity:b")


# --------------------------------------------------------------------------- weights
PAYLOAD_MARKER = "pickle_payload_ran"


class _Payload:
    """Unpickling this creates a marker file (stands in for arbitrary code)."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        import pathlib

        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def _decoy_model(folder, marker) -> None:
    """A model folder whose real weights are a pickle, with a decoy .safetensors beside it."""
    from safetensors.numpy import save_file
    import numpy as np

    from kgexplain.verbalize import default_model_dir

    src = default_model_dir()
    folder.mkdir()
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json", "kgexplain.json"):
        shutil.copy(src / name, folder / name)
    save_file({"decoy": np.zeros(1, dtype=np.float32)}, str(folder / "decoy.safetensors"))
    with open(folder / "pytorch_model.bin", "wb") as fh:
        pickle.dump(_Payload(str(marker)), fh)


@pytest.mark.parametrize("backend", ["ct2", "torch"])
def test_verbalizer_refuses_a_folder_with_pickled_weights(tmp_path, backend):
    marker = tmp_path / PAYLOAD_MARKER
    _decoy_model(tmp_path / "model", marker)
    verbalizer = kgx.Seq2SeqVerbalizer(tmp_path / "model", backend=backend, device="cpu")
    with pytest.raises(UnsafeWeightsError, match="pytorch_model.bin"):
        verbalizer.verbalize([("Daft Punk", "plays", "House")])
    assert not marker.exists()


def test_average_checkpoints_refuses_pickled_best(tmp_path):
    from safetensors.numpy import save_file
    import numpy as np

    from kgexplain.training import average_checkpoints

    marker = tmp_path / PAYLOAD_MARKER
    run = tmp_path / "run"
    run.mkdir()
    _decoy_model(run / "best", marker)
    (run / "snapshots").mkdir()
    save_file({"shared.weight": np.zeros((2, 2), dtype=np.float32)}, str(run / "snapshots" / "step-1.safetensors"))
    with pytest.raises(UnsafeWeightsError, match="safetensors only"):
        average_checkpoints(run, tmp_path / "out", last=1)
    assert not marker.exists()


def test_shipped_model_folder_passes_the_check():
    from kgexplain._safe_weights import refuse_pickled_weights
    from kgexplain.verbalize import default_model_dir

    refuse_pickled_weights(default_model_dir())
