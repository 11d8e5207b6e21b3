"""diff.py run OUT.json [SET_DIR ...]: every verdict of the kept sets (those of the kgexplain on the
path, plus extra set folders) and of the WebNLG dev references
(faithful, each against its entry's own small graph) and their corruptions (false; those of ``kgexplain evaluate checker``), saved to OUT.json.
diff.py cmp A.json B.json: faithful texts gained (GAIN) or lost (LOSS) from A to B, and every
false text B accepts (FALSE)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import checker, read_cases, set_files  # noqa: E402


def run(out: str, extra: list[str]) -> None:
    import kgexplain
    from kgexplain.consistency import ConsistencyChecker
    from kgexplain.datasets.webnlg import read_webnlg
    from kgexplain.evaluation.webnlg import CORRUPTIONS, corrupt_reference, webnlg_graph
    from kgexplain.graph import KnowledgeGraph

    root = Path(kgexplain.__file__).resolve().parents[1]
    folders = sorted(p for p in (root / "tests" / "data" / "sets").iterdir() if p.is_dir()) + [Path(e) for e in extra]
    result = {}
    for folder in folders:
        for cases_file, graph in set_files(folder):
            cases = read_cases(cases_file)
            verdicts = checker(graph).check_many([(c.text, c.evidence, c.user) for c in cases])
            for c, v in zip(cases, verdicts):
                result[f"{folder.name}/{c.id}"] = [c.faithful, v.supported, c.text]
    webnlg = root.parent / "shared" / "data" / "webnlg"
    if webnlg.is_dir():  # every reference taken as faithful, against its entry's own small graph
        entries = read_webnlg(webnlg, "dev")
        kg, evidence = webnlg_graph(entries, name="webnlg-dev")
        items = [(f"webnlg/{e.key}/{i}", ref, e.key, True) for e in entries for i, ref in enumerate(e.references)]
        rng = random.Random(0)  # the corruptions of evaluate_webnlg (seed 0), each a false text
        items += [(f"webnlg-x/{kind}/{e.key}/{i}", t, e.key, False) for kind in CORRUPTIONS
                  for e in entries for i, ref in enumerate(e.references)
                  for t in [corrupt_reference(ref, e.triples, kind, rng)] if t is not None and t != ref]
        by_entry: dict = {}
        for item in items:
            by_entry.setdefault(item[2], []).append(item)
        for e in entries:  # (built here from webnlg_graph, so that older code runs it too)
            ev = evidence[e.key]
            ids = dict.fromkeys(x for t in ev for x in (t.head, t.tail))
            small = KnowledgeGraph.from_triples([(t.head, t.relation, t.tail) for t in ev],
                                                entities=[kg.entity(i) for i in ids],
                                                relations=[kg.relations[r] for r in dict.fromkeys(t.relation for t in ev)],
                                                name=f"webnlg-dev:{e.key}")
            mine = by_entry.get(e.key, [])
            for (key, text, _, faithful), v in zip(mine, ConsistencyChecker(small).check_many(
                    [(t, ev, None) for _, t, _, _ in mine])):
                result[key] = [faithful, v.supported, text]
    Path(out).write_text(json.dumps(result))
    faithful = [v for v in result.values() if v[0]]
    print(f"{len(result)} texts, faithful accepted {sum(v[1] for v in faithful)}/{len(faithful)}, "
          f"false accepted {sum(v[1] for v in result.values() if not v[0])}")


def compare(a: str, b: str) -> None:
    before, after = json.loads(Path(a).read_text()), json.loads(Path(b).read_text())
    gains = losses = false = 0
    for key, (faithful, supported, text) in sorted(after.items()):
        old = before.get(key, [faithful, None])[1]
        if not faithful and supported:
            print("FALSE", key, text)
            false += 1
        elif faithful and supported and old is False:
            print("GAIN", key, text)
            gains += 1
        elif faithful and not supported and old:
            print("LOSS", key, text)
            losses += 1
    print(f"gains {gains}, losses {losses}, false accepted {false}")


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3:])
    else:
        compare(sys.argv[2], sys.argv[3])
