"""Run one benchmark and keep its result: ``python benchmarks/run.py bench_checker.py [ARGS...]``.

The benchmark's own output streams through unchanged; its last stdout line (one JSON object) is
saved to ``benchmarks/results/<name>.json`` together with the exact command, the date and the
machine's CPU count, so ``benchmarks/readme_table.py`` can rebuild the README's table from the
latest figures. A benchmark that skips (data absent) or fails leaves the saved result untouched.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    script, args = argv[0], argv[1:]
    path = HERE / script if not script.startswith(("/", ".")) else Path(script)
    cmd = [sys.executable, str(path), *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=HERE.parent)
    last = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        sys.stdout.write(line)
        if line.strip():
            last = line.strip()
    rc = proc.wait()
    if rc != 0:
        return rc
    try:
        result = json.loads(last)
    except json.JSONDecodeError:
        print(f"run.py: the last line of {script} is not JSON; nothing saved", file=sys.stderr)
        return 1
    if not isinstance(result, dict) or result.get("skipped"):
        print(f"run.py: {script} skipped; the saved result is kept", file=sys.stderr)
        return 0
    RESULTS.mkdir(exist_ok=True)
    record = {
        "command": " ".join(["python", f"benchmarks/{path.name}", *args]),
        "date": _dt.date.today().isoformat(),
        "cpus": os.cpu_count(),
        "result": result,
    }
    out = RESULTS / f"{path.stem}.json"
    out.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"run.py: saved {out.relative_to(HERE.parent)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
