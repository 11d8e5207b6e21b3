"""webnlg_train_cues.py OUT.json [MIN_COUNT]: cue proposals (:func:`kgexplain.consistency.propose.propose_cues`)
from the WebNLG *train* references, on a graph of the train entries declared with the shipped
lexicon, printed most frequent first and saved to OUT.json for a person to read; the kept ones go
into ``kgexplain/evaluation/data/webnlg_relations.yaml`` by hand. Never run on dev (dev is the
held-out measurement). Needs ``../shared/data/webnlg``; about a minute on 2 cores."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kgexplain.consistency import ConsistencyChecker
from kgexplain.consistency.propose import propose_cues
from kgexplain.datasets.webnlg import read_webnlg
from kgexplain.evaluation.webnlg import webnlg_graph

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "webnlg"


def main(out: str, min_count: int) -> None:
    if not DATA.exists():
        sys.exit(f"skipped: no WebNLG data at {DATA}")
    entries = read_webnlg(DATA, "train")
    graph, _ = webnlg_graph(entries, name="webnlg-train")
    texts = [r for e in entries for r in e.references]
    proposals = sorted(propose_cues(ConsistencyChecker(graph, outside_evidence=True), texts, min_count=min_count),
                       key=lambda p: -p.count)
    for p in proposals:
        print(f"{p.count:4d} {p.relation}{' (inverse)' if p.inverse else ''}: {p.words}  | {p.examples[0][:100]}")
    Path(out).write_text(json.dumps([{"relation": p.relation, "inverse": p.inverse, "words": p.words,
                                      "count": p.count, "examples": list(p.examples)} for p in proposals], indent=1))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2)
