"""chk.py GRAPH USER|- 'text' ...: probe texts against a graph (GRAPH: example, a .py file with
build(), or a graph file); no evidence is passed, so any claim true in the graph is allowed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import checker, why  # noqa: E402

if __name__ == "__main__":
    graph, user, texts = sys.argv[1], sys.argv[2], sys.argv[3:]
    probe = checker(graph, outside=True)
    for text in texts:
        verdict = probe.check(text, (), None if user == "-" else user)
        print(("OK   " if verdict.supported else "REJ  ") + text + ("" if verdict.supported else "\n     -> " + why(verdict)[:500]))
