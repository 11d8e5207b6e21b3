"""unk.py own|movies [N] [WORD]: the N most frequent unread words in the kept sets' rejected
faithful texts (own graphs or movie texts), each with one example; with WORD, the texts whose
unread words include it."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import checker, read_cases, set_files  # noqa: E402


def main(which: str, most: int, word: str | None) -> None:
    import kgexplain

    root = Path(kgexplain.__file__).resolve().parents[1]
    counts: collections.Counter[str] = collections.Counter()
    example: dict[str, str] = {}
    for folder in sorted(p for p in (root / "tests" / "data" / "sets").iterdir() if p.is_dir()):
        for cases_file, graph in set_files(folder):
            if (cases_file.stem == "movies") != (which == "movies"):
                continue
            cases = [c for c in read_cases(cases_file) if c.faithful]
            for c, v in zip(cases, checker(graph).check_many([(c.text, c.evidence, c.user) for c in cases])):
                if v.supported:
                    continue
                unread = [cl.text.lower() for cl in v.rejected if cl.status == "unknown_words"]
                if word is not None and word in unread:
                    print(folder.name, c.text)
                for w in unread:
                    counts[w] += 1
                    example.setdefault(w, c.text)
    if word is None:
        for w, n in counts.most_common(most):
            print(n, repr(w), "|", example[w][:120])


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40, sys.argv[3] if len(sys.argv) > 3 else None)
