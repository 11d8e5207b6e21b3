"""The path-exploration notebook: stored without outputs, and it runs top to bottom."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("matplotlib")
pytest.importorskip("ipykernel")

NOTEBOOK = Path(__file__).parents[1] / "notebooks" / "explore_paths.ipynb"


def _read():
    return nbformat.read(NOTEBOOK, as_version=4)


def test_notebook_is_stored_without_outputs():
    nb = _read()
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


@pytest.mark.slow
def test_notebook_runs(tmp_path, monkeypatch):
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the notebook draws inline
    nb = _read()
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # the drawn subgraph
    assert any("image/png" in o.get("data", {}) for o in outputs)
    html = "\n".join(o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {}))
    # candidates with verdicts and highlighted claim spans, and the accepted reason
    assert ("✅ accepted" in html or "❌ rejected" in html) and "background:#c8f0c8" in html
    assert "<b>Reason</b>" in html and "all claims supported" in html
    text = "\n".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "score" in text and '"error": null' in text
