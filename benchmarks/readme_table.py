"""The README's benchmark table from the saved results.

``python benchmarks/readme_table.py`` prints it; ``--write README.md`` replaces the table between
the ``<!-- bench-table:start -->`` and ``<!-- bench-table:end -->`` markers.

Each row comes from ``benchmarks/results/<bench>.json``, written by ``benchmarks/run.py`` from a
benchmark's last JSON line. A benchmark without a saved result is left out (its older figures are
in ``benchmarks/README.md``). Cells stay short: the full JSON is in the results file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

RESULTS = Path(__file__).resolve().parent / "results"


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %" if round(100 * x, 1) not in (0.0, 100.0) or x in (0, 1) else f"{100 * x:.2f} %"


def _checker(r: dict[str, Any]) -> tuple[str, str]:
    s = r["suite"]
    ex, mu = s["graphs"]["example"], s["graphs"]["music"]
    recall = min(g[split]["recall_overall"] for g in s["graphs"].values() for split in ("dev", "heldout")
                 if split in g)
    held = {name: 1 - g["heldout"]["false_reject_overall"] for name, g in s["graphs"].items()
            if g.get("heldout", {}).get("false_reject_overall") is not None}
    shown = {"example": "movies", "music": "music", "blind2": "restaurants"}
    fig = (f"recall on unfaithful texts ≥ {recall:.2f} in every split; false rejects: template 0, "
           f"dev hand paraphrases {_pct(ex['dev']['false_reject']['paraphrase'])} (movies) / "
           f"{_pct(mu['dev']['false_reject']['paraphrase'])} (music); held-out faithful texts "
           f"(three writers, two of them blind) accepted: "
           + ", ".join(f"{_pct(v)} ({shown.get(name, name)})" for name, v in held.items()) + "; "
           f"{s['checks_per_s_1_process']['example']:,.0f} checks/s")
    audit = s.get("audit") or {}
    base = (f"audit: {sum(a.get('false_sentences', 0) for a in audit.values())} false sentences in "
            f"{sum(a.get('accepted', 0) for a in audit.values())} accepted reasons; WebNLG refs "
            f"accepted {_pct(s['webnlg']['accepted_share'])}")
    return fig, base


def _cue_proposals(r: dict[str, Any]) -> tuple[str, str]:
    fig = (f"cues proposed from half of each kept writer's faithful texts, all accepted unread: the "
           f"other half accepted {r['accepted_after']:,} of {r['faithful']:,} "
           f"({_pct(r['accepted_share_after'])}), false texts accepted {r['false_accepted_after']} of "
           f"{r['false']:,}")
    base = (f"the graphs as declared: {r['accepted_before']:,} ({_pct(r['accepted_share_before'])}); "
            f"ratio ×{r['ratio_after_before']:.3f}")
    return fig, base


def _recommend(r: dict[str, Any]) -> tuple[str, str]:
    parts, ratios = [], []
    for name, d in r["datasets"].items():
        if "models" not in d:
            continue
        m = d["models"]
        ours, ease = m["kgexplain"]["ndcg@10"], m["ease"]["ndcg@10"]
        parts.append(f"{name}: NDCG@10 {ours:.3f} (EASE {ease:.3f}, most-popular "
                     f"{m['most-popular']['ndcg@10']:.3f}), explainable {_pct(m['kgexplain']['explainable_share'])}")
        ratios.append(f"{name} ×{ours / ease:.2f} vs EASE")
    return "; ".join(parts), ", ".join(ratios)


def _reasons(r: dict[str, Any]) -> tuple[str, str]:
    parts, base = [], []
    for graph in ("movielens_small+co_liked", "music+co_liked"):
        rec = r.get(graph, {}).get("recommended")
        if not rec:
            continue
        name = graph.split("+")[0].split("_")[0]
        person = rec.get("director_star_share")
        parts.append(f"{name}: median {rec['median_words']:.0f} words, {rec['median_sentences']:.0f} "
                     f"sentence, genre/tag-only {_pct(rec['hub_only_share'])}"
                     + (f", names the shared director/star {_pct(person)}" if person is not None else ""))
        plain = r.get(graph.split("+")[0], {}).get("recommended")
        if plain:
            base.append(f"{name} genre/tag-only {_pct(plain['hub_only_share'])}")
    return "; ".join(parts), "without co-liked: " + ", ".join(base)


def _export(r: dict[str, Any]) -> tuple[str, str]:
    d, t = r["default"], r["template"]
    cpu = (f" ({d['reasons_per_cpu_s']:.0f} per CPU-second, load {d['load_avg'][0]:.1f})"
           if d.get("reasons_per_cpu_s") else "")
    fig = (f"{r['pairs']:,} pairs, 1 process: {d['reasons_per_s']:.0f} checked reasons/s{cpu}, "
           f"seq2seq share {_pct(d['seq2seq_share'])}, unsupported rows {d['unsupported_rows']}, "
           f"peak RSS {d['peak_rss_mb']:,.0f} MB")
    base = (f"template-only {t['reasons_per_s']:.0f}/s (ratio "
            f"{r['rate_ratio_default_over_template']:.2f})")
    return fig, base


def _coldstart(r: dict[str, Any]) -> tuple[str, str]:
    w = r["first_explain_warm"]
    st = w["stages_median"]
    top = sorted((k for k in st if k not in ("total_in_process", "explain")), key=lambda k: -st[k])[:3]
    fig = (f"`kgexplain demo` cold {r['demo_cold']['wall_s']:.1f} s, warm "
           f"{r['demo_warm']['wall_s_median']:.1f} s; first `explain()` in a fresh process "
           f"{w['wall_s_median']:.1f} s warm ({', '.join(f'{k} {st[k]:.1f} s' for k in top)}), "
           f"{r['first_explain_cold']['wall_s']:.1f} s cold; load "
           f"{r['demo_cold']['load_avg'][0]:.1f}")
    b = r.get("baseline")
    if not b:
        return fig, f"cold / warm demo ×{r['cold_over_warm']:.1f}"
    sp = r["speedup_vs_baseline"]
    base = (f"previous code ({b['code']}): demo cold {b['demo_cold']['wall_s']:.1f} s, warm "
            f"{b['demo_warm']['wall_s_median']:.1f} s (×{sp['demo_warm']:.1f}), first explain warm "
            f"{b['first_explain_warm']['wall_s_median']:.1f} s (×{sp['first_explain_warm']:.1f}); "
            f"same demo output: {'yes' if r.get('same_demo_output_as_baseline') else 'NO'}")
    return fig, base


def _verbalizer(r: dict[str, Any]) -> tuple[str, str]:
    g = r.get("generalization", {})
    web = g.get("webnlg", {})
    fig = (f"WebNLG dev BLEU {r['bleu']:.1f}, labels verbatim {_pct(r['label_verbatim'])}; "
           f"3 categories {web.get('dev_heldout', {}).get('bleu', float('nan')):.1f} BLEU; "
           f"music graph texts accepted {_pct(g.get('second_domain', {}).get('accepted_top', 0))}")
    base = (f"CTranslate2 int8 {r['ct2_int8_texts_per_s_batch64']:.0f} texts/s vs torch "
            f"{r['torch_greedy_texts_per_s_batch64']:.0f} (batch 64)")
    return fig, base


def _scale(r: dict[str, Any]) -> tuple[str, str]:
    parts, base = [], []
    for name in r.get("pipelines", []):
        runs = r[name]["ray"]
        steady = ", ".join(f"{k} {v['steady_rows_per_s']:.0f}" for k, v in runs.items()
                           if v.get("steady_rows_per_s"))
        eff = runs.get("2", {}).get("efficiency")
        parts.append(f"{name}: steady rows/s by actors {steady}; efficiency 1→2 "
                     f"{eff if eff is not None else float('nan'):.2f}")
        base.append(f"{name} local {r[name]['local']['rows_per_s']:.0f}/s")
    once = all(v for k, v in r["goals"].items() if k.endswith("count_ok"))
    fig = (f"Ray on {r['cpus']} cores, {r['pairs']:,} pairs, "
           f"{'each pair exactly once' if once else 'PAIRS MISSING OR TWICE'}; " + "; ".join(parts))
    cal = r["calibration"]["raw_efficiency_2"]
    return fig, ", ".join(base) + f"; the machine's own 2-process efficiency {cal:.2f}"


FORMATTERS: dict[str, Callable[[dict[str, Any]], tuple[str, str]]] = {
    "bench_checker": _checker,
    "bench_cue_proposals": _cue_proposals,
    "bench_recommend": _recommend,
    "bench_reasons": _reasons,
    "bench_export": _export,
    "bench_verbalizer": _verbalizer,
    "bench_scale": _scale,
    "bench_coldstart": _coldstart,
}


def table() -> str:
    rows = ["| benchmark | command | figures | baseline in the same run |", "|---|---|---|---|"]
    for name, fmt in FORMATTERS.items():
        path = RESULTS / f"{name}.json"
        if not path.exists():
            continue
        rec = json.loads(path.read_text(encoding="utf-8"))
        try:
            fig, base = fmt(rec["result"])
        except (KeyError, TypeError, ValueError, ZeroDivisionError) as exc:
            fig, base = f"(result not readable: {exc!r})", ""
        rows.append(f"| {name.removeprefix('bench_')} | `{rec['command']}` ({rec['date']}) | {fig} | {base} |")
    return "\n".join(rows)


START, END = "<!-- bench-table:start -->", "<!-- bench-table:end -->"


def write(readme: Path) -> None:
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{readme}: no {START} ... {END} markers")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{START}\n{table()}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--write"] and len(sys.argv) == 3:
        write(Path(sys.argv[2]))
    else:
        print(table())
