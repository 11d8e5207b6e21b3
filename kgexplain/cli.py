"""Command-line interface: a thin layer over the Python API.

``kgexplain demo | explain | paths | recommend | export | cues | train-verbalizer | evaluate``.

Exit status: 0 success; 1 an error, printed as one line on stderr (``error: ...``, no traceback);
2 a usage error; 3 ``explain``/``paths`` found no explanation or no path for the pair; 130
interrupted (Ctrl-C; ``export`` then prints the command that resumes it).

Graph text (labels, ids, reasons) is printed through :func:`terminal_safe`: control characters,
ANSI escape sequences, newlines and bidirectional overrides are shown escaped (``\\x1b``,
``\\n``, ``\\u202e``), so a label cannot move the cursor, recolour or rewrite the terminal.
"""

from __future__ import annotations

import json
import logging
import re
import shlex
import sys
from pathlib import Path as FsPath
from typing import Any, Optional

import typer

from kgexplain.errors import KGExplainError

logger = logging.getLogger(__name__)

app = typer.Typer(
    help="kgexplain: grounded, claim-checked explanations for recommendations over a knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
evaluate_app = typer.Typer(help="Evaluate a stage (verbalizer, checker).", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

GraphOpt = typer.Option(None, "--graph", "-g", help="Graph file or folder (default: the shipped example graph).")


EXIT_ERROR, EXIT_USAGE, EXIT_NO_EXPLANATION, EXIT_INTERRUPTED = 1, 2, 3, 130

# C0/C1 controls and DEL, bidi embeddings/overrides/isolates, line and paragraph separators
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


# what json.dumps(ensure_ascii=False) leaves raw: C1 controls, DEL, bidi and separators
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


_said_interrupted: list[bool] = []  # a command already said how it was interrupted


def _escape_char(m: re.Match[str]) -> str:
    c = m.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c)
    if named:
        return named
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def terminal_safe(text: object) -> str:
    """``str(text)`` with every character that could drive a terminal shown escaped.

    >>> terminal_safe("Daft\\x1b[2J Punk\\nnext line")
    'Daft\\\\x1b[2J Punk\\\\nnext line'
    >>> terminal_safe("Amélie")
    'Amélie'
    """
    return _UNSAFE.sub(_escape_char, str(text))


def _echo(text: object, err: bool = False) -> None:
    typer.echo(terminal_safe(text), err=err)


_MAX_ERROR_CHARS = 1_000


def _error_line(exc: BaseException) -> str:
    """``error: <message>``, cut to about 1,000 characters (a message that echoes a huge id
    stays one readable line)."""
    text = str(exc)
    if len(text) > _MAX_ERROR_CHARS:
        text = f"{text[:_MAX_ERROR_CHARS]}... ({len(text) - _MAX_ERROR_CHARS:,} more characters)"
    return f"error: {text}"


def _json_safe(text: str) -> str:
    """JSON text whose C1 controls, DEL and bidi characters are written as ``\\uXXXX`` escapes
    (``json.dumps`` already escapes C0 controls); still valid JSON with the same values."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _graph(path: Optional[FsPath]):
    import kgexplain as kgx

    return kgx.KnowledgeGraph.example() if path is None else kgx.KnowledgeGraph.load(path)


def _explainer(kg: Any, verbalizer: str, config: Optional[FsPath], retrieval: bool = True):
    from kgexplain.pipeline import Explainer

    return Explainer(kg, verbalizer=verbalizer, retriever="faiss" if retrieval else None, config=config)


def _marked(text: str, claims: Any) -> str:
    """The text with supported claims in [brackets] and rejected ones in >>chevrons<<."""
    spans = sorted(
        (c for c in claims if c.kind in ("mention", "assertion", "user") or not c.supported),
        key=lambda c: (c.start, -c.end),
    )
    out, pos = [], 0
    for c in spans:
        if c.start < pos:
            continue
        out.append(text[pos:c.start])
        seg = text[c.start:c.end]
        out.append(f"[{seg}]" if c.supported else f">>{seg}<<")
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


def _print_explanation(kg: Any, e: Any, show_paths: bool = True) -> None:
    title = f"{kg.label(e.user) if e.user in kg else e.user} -> {kg.label(e.item) if e.item in kg else e.item}"
    _echo(f"  {title}")
    if e.error:
        _echo(f"    (no explanation: {e.error})")
        return
    _echo(f"    reason ({e.source}, {'all claims supported' if e.verdict.supported else 'UNSUPPORTED'}): {e.text}")
    _echo(f"    claims: {_marked(e.text, e.claims)}")
    if show_paths:
        for p in e.paths:
            _echo(f"    path {p.score:.3g}: " + " | ".join(f"{kg.label(h.head)} -{h.relation}-> {kg.label(h.tail)}" for h in p.hops))
    for f in e.facts:
        _echo(f"    fact {f.score:.2f}: {f.text}")


def _demo_pairs(kg: Any, ex: Any, rec: Any, users: list[str], k: int) -> list[tuple[str, str]]:
    """The recommender's top ``k`` picks for ``users``, fitted on first use and then read back from
    kgexplain's cache folder (``demo/``, :mod:`kgexplain.cache`), keyed by the graph (its files'
    bytes and fingerprint), the recommender's settings and code, the users and ``k``: the fit
    (EASE over thousands of items) is most of a cold demo and six reasons do not need it again.
    With ``co_liked`` the graph gets that relation either way, as ``Recommender.fit`` adds it; the
    cache keeps its edges too, so a warm demo adds them without recomputing them."""
    import hashlib
    from concurrent.futures import ThreadPoolExecutor
    from importlib import resources

    from kgexplain import __version__
    from kgexplain.cache import cache_home, write_atomically
    from kgexplain.recommend.co_liked import add_co_liked, apply_co_liked, co_liked_edges
    from kgexplain.records import Relation

    h = hashlib.sha256(json.dumps([__version__, kg.fingerprint(), rec.get_params(), users, k],
                                  sort_keys=True, default=str).encode())
    code = resources.files("kgexplain.recommend")
    for name in sorted(p.name for p in code.iterdir() if p.name.endswith(".py")):
        h.update(name.encode() + (code / name).read_bytes())
    graphs = resources.files("kgexplain") / "graphs"  # the example's ratings are not in its fingerprint
    for name in sorted(p.name for p in graphs.iterdir() if p.name.startswith("movielens_small")):
        h.update(name.encode() + (graphs / name).read_bytes())
    path = cache_home() / "demo" / f"picks-{h.hexdigest()[:24]}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pairs = [(str(u), str(i)) for u, i in data["pairs"]]
        co_liked = None
        if rec.co_liked:
            co_liked = (Relation(**data["co_liked"]["relation"]),
                        [(str(a), str(r), str(b), dict(attrs)) for a, r, b, attrs in data["co_liked"]["rows"]])
    except (OSError, ValueError, KeyError, TypeError, KGExplainError):
        pairs = None
    if pairs is not None:
        if co_liked is not None:
            apply_co_liked(kg, *co_liked)  # as Recommender.fit adds it
        return pairs
    record: dict[str, Any] = {}
    if rec.co_liked:  # what fit adds: the same computation, kept for the next demo
        relation, rows = co_liked_edges(kg, min_support=rec.min_support)
        record["co_liked"] = {"relation": relation.to_dict(), "rows": rows}
        add_co_liked(kg, min_support=rec.min_support)  # added now, fit finds it there
    kg.compile()
    import scipy.linalg  # noqa: F401 - the fit's one new import, here: only the worker imports below
    # the graph no longer changes: the checker indexes it (Python) while the fit runs, most of
    # which is EASE's LAPACK, which releases the GIL; neither depends on the other
    with ThreadPoolExecutor(max_workers=1) as pool:
        checker_ready = pool.submit(ex.checker.build)
        ex.recommender = rec.fit(kg)
        checker_ready.result()
    pairs = [(u, item) for u in users for item, _ in ex.recommend(u, k=k)]
    record["pairs"] = pairs
    try:
        write_atomically(path, lambda fh: fh.write(json.dumps(record).encode("utf-8")))
    except OSError as exc:
        logger.debug("could not cache the demo's picks in %s: %s", path, exc)
    return pairs


@app.command()
def demo(
    users: int = typer.Option(3, help="How many users to show."),
    k: int = typer.Option(2, help="Recommendations per user."),
    verbalizer: str = typer.Option("seq2seq", help="seq2seq (shipped model) or template."),
    co_liked: bool = typer.Option(True, "--co-liked/--no-co-liked",
                                  help="Add the aggregated 'is loved by many fans of' item relation."),
) -> None:
    """Explain kgexplain's own top picks (items the user has not rated) for a few users of the
    example graph."""
    import gc

    import kgexplain as kgx

    kg = kgx.KnowledgeGraph.example()
    # the graph's million containers live as long as the command: once frozen, the cycle
    # collections that the later stages' allocations start no longer walk them every time
    gc.freeze()
    typer.echo(f"Example graph: {kg}")
    typer.echo(str(kg.summary()))
    ex = _explainer(kg, verbalizer, None)
    picks = sorted(kg.users(), key=lambda u: int(u.split(":")[1]))[:users]
    rec = kgx.Recommender(co_liked=co_liked, anchor_rating=ex.config.checker.rating_threshold)
    pairs = _demo_pairs(kg, ex, rec, picks, k)
    gc.freeze()  # and the recommender's and the checker's, built by now
    typer.echo(f"\nGrounded reasons for {len(pairs)} recommendations ([claim] = proven against the graph):")
    for e in ex.explain_many(pairs, batch_size=32):
        _print_explanation(kg, e)


@app.command()
def explain(
    user: str = typer.Option(..., "--user", "-u", help="User id, e.g. user:1"),
    item: str = typer.Option(..., "--item", "-i", help="Item id, e.g. movie:2571"),
    graph: Optional[FsPath] = GraphOpt,
    verbalizer: str = typer.Option("seq2seq", help="seq2seq or template."),
    config: Optional[FsPath] = typer.Option(None, help="Explainer config (YAML or JSON)."),
    as_json: bool = typer.Option(False, "--json", help="Print the Explanation as JSON."),
) -> None:
    """Explain why ITEM suits USER."""
    kg = _graph(graph)
    e = _explainer(kg, verbalizer, config).explain(user, item)
    if as_json:
        typer.echo(_json_safe(json.dumps(e.to_dict(), ensure_ascii=False, indent=2)))
    else:
        _print_explanation(kg, e)
    if e.error:
        raise typer.Exit(EXIT_NO_EXPLANATION)


@app.command()
def paths(
    user: str = typer.Option(..., "--user", "-u", help="User id, e.g. user:1"),
    item: str = typer.Option(..., "--item", "-i", help="Item id, e.g. movie:2571"),
    graph: Optional[FsPath] = GraphOpt,
    k: int = typer.Option(3, help="How many paths."),
    max_hops: int = typer.Option(3, help="Longest path, in hops."),
) -> None:
    """Print the k strongest user->item paths with their scores."""
    from kgexplain.paths import PathFinder
    from kgexplain.pipeline import PathConfig

    PathConfig(k=k, max_hops=max_hops)  # the documented ranges, checked before any search
    kg = _graph(graph)
    found = PathFinder(kg, max_hops=max_hops).find(user, item, k=k, max_hops=max_hops)
    if not found:
        _echo(f"no path of at most {max_hops} hops from {user} to {item}")
        raise typer.Exit(EXIT_NO_EXPLANATION)
    for n, p in enumerate(found, 1):
        walk = [kg.label(p.nodes[0])]
        for i, h in enumerate(p.hops):
            arrow = f"-[{h.relation}]->" if h.head == p.nodes[i] else f"<-[{h.relation}]-"
            walk.append(f"{arrow} {kg.label(p.nodes[i + 1])}")
        parts = ", ".join(f"{k_}={v:.3g}" for k_, v in p.parts.items())
        _echo(f"{n}. score {p.score:.4f}  {' '.join(walk)}")
        if parts:
            _echo(f"   parts: {parts}")


@app.command()
def recommend(
    user: str = typer.Option(..., "--user", "-u"),
    graph: Optional[FsPath] = GraphOpt,
    k: int = typer.Option(10),
    co_liked: bool = typer.Option(True, "--co-liked/--no-co-liked",
                                  help="Add the aggregated 'is loved by many fans of' item relation."),
) -> None:
    """The built-in recommender's top K unseen items for USER (each one explainable)."""
    from kgexplain.pipeline import CheckerConfig
    from kgexplain.recommend import Recommender

    kg = _graph(graph)
    rec = Recommender(co_liked=co_liked, anchor_rating=CheckerConfig().rating_threshold)
    for item, score in rec.fit(kg).recommend(user, k=k):
        _echo(f"{score:8.3f}  {item}  {kg.label(item)}")


@app.command()
def export(
    pairs: str = typer.Option(..., "--pairs", "-p", help="CSV with a header naming user and item columns, or Parquet (.parquet/.pq: a path or a URI pyarrow reads)."),
    out: FsPath = typer.Option(..., "--out", "-o", help="Output file (.jsonl, .csv or .parquet); with --engine ray a folder of part files."),
    graph: Optional[FsPath] = GraphOpt,
    format: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl, csv or parquet (default: by suffix)."),
    resume: bool = typer.Option(False, "--resume", help="Skip pairs already written to OUT."),
    workers: int = typer.Option(1, "--workers", "-w", help="Worker processes."),
    batch_size: int = typer.Option(64, help="Pairs per batch."),
    verbalizer: str = typer.Option("seq2seq", help="seq2seq or template."),
    config: Optional[FsPath] = typer.Option(None, help="Explainer config (YAML or JSON)."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
    engine: str = typer.Option("local", help="local (this machine) or ray (a Ray cluster; needs kgexplain's 'ray' extra)."),
    address: Optional[str] = typer.Option(
        None, help="--engine ray: auto, HOST:PORT or ray://HOST:PORT (default: RAY_ADDRESS, else a local cluster)."),
    actors: Optional[int] = typer.Option(None, "--actors", help="--engine ray: explainer actors (default: one per CPU)."),
    block_size: Optional[int] = typer.Option(None, help="--engine ray: rows per part file (default 4096)."),
) -> None:
    """Explain every pair of a CSV and write the results, resumably."""
    from kgexplain.export import export_pairs

    try:
        summary = export_pairs(
            graph=graph, pairs=pairs, out=out, format=format, resume=resume, workers=workers,
            batch_size=batch_size, verbalizer=verbalizer, config=config, progress=progress,
            engine=engine, address=address, num_actors=actors, block_size=block_size,  # type: ignore[arg-type]
        )
    except KeyboardInterrupt:
        again = ["kgexplain", "export", "--pairs", str(pairs), "--out", str(out)]
        for flag, value, default in (("--graph", graph, None), ("--format", format, None),
                                     ("--workers", workers, 1), ("--batch-size", batch_size, 64),
                                     ("--verbalizer", verbalizer, "seq2seq"), ("--config", config, None),
                                     ("--engine", engine, "local"), ("--address", address, None),
                                     ("--actors", actors, None), ("--block-size", block_size, None)):
            if value != default:
                again += [flag, str(value)]
        typer.echo("", err=True)  # end the progress bar's line
        _echo(f"interrupted: every batch written to {out} before Ctrl-C is kept; resume with:", err=True)
        _echo("  " + shlex.join([*again, "--resume"]), err=True)
        _said_interrupted.append(True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    _echo(json.dumps(summary.to_dict()))


@app.command("train-verbalizer")
def train_verbalizer(
    out: FsPath = typer.Option(FsPath("runs/verbalizer"), "--out", help="Run folder (checkpoints, log)."),
    webnlg: FsPath = typer.Option(FsPath("../shared/data/webnlg"), help="WebNLG 2020 folder."),
    epochs: int = typer.Option(20),
    max_minutes: Optional[float] = typer.Option(None, help="Stop (after saving) after this many minutes."),
    resume: bool = typer.Option(True, help="Resume from OUT/last when present."),
    path_pairs: bool = typer.Option(True, help="Add template path->reason pairs from the example graph."),
    path_pair_count: Optional[int] = typer.Option(
        None, min=1, help="How many example-graph paths become training pairs, each with paraphrases (default 4000)."),
    init_from: Optional[FsPath] = typer.Option(
        None, help="Keep training this model directory (e.g. the shipped model) instead of starting from scratch."),
    threads: int = typer.Option(2, help="CPU threads for torch."),
    bf16: bool = typer.Option(False, help="bfloat16 autocast (about 1.8x faster on CPUs with AVX512-BF16)."),
    anneal_to_step: int = typer.Option(
        0, help="End with a cool-down: the learning rate falls linearly to 0 at this step, where training stops."),
    patience: int = typer.Option(8, help="Stop after this many evaluations without a better dev score."),
    eval_every: Optional[int] = typer.Option(
        None, min=1, help="Evaluate on the held-back split, and snapshot the weights, every N steps (default 400)."),
    keep_snapshots: Optional[int] = typer.Option(
        None, min=0, help="Keep the newest N weight snapshots for average-checkpoints (default 8)."),
    device: Optional[str] = typer.Option(None, help="cpu, cuda or cuda:N (default: a GPU when torch sees one)."),
) -> None:
    """Train (or resume) the seq2seq verbalizer on WebNLG + example-graph path pairs."""
    import kgexplain as kgx
    from kgexplain.training import train_verbalizer as train

    if not webnlg.exists():
        raise KGExplainError(f"WebNLG folder {str(webnlg)!r} not found; pass --webnlg DIR (release_v3.0 inside)")
    kg = kgx.KnowledgeGraph.example() if path_pairs else None
    # options left out keep TrainConfig's defaults
    optional = {"path_pairs": path_pair_count, "eval_every": eval_every, "keep_snapshots": keep_snapshots}
    result = train(out, webnlg_dir=webnlg, epochs=epochs, resume=resume, kg=kg,
                   max_minutes=max_minutes, progress=True, init_from=init_from, threads=threads, bf16=bf16,
                   anneal_to_step=anneal_to_step, patience=patience, device=device,
                   **{name: value for name, value in optional.items() if value is not None})
    typer.echo(str(result))


@app.command("average-checkpoints")
def average_checkpoints(
    run: FsPath = typer.Argument(..., help="A train-verbalizer run folder (with snapshots/)."),
    out: FsPath = typer.Option(..., "--out", help="Model directory to write."),
    last: int = typer.Option(5, help="Average the newest N snapshots."),
    steps: Optional[str] = typer.Option(None, help="Comma-separated snapshot steps instead of --last."),
) -> None:
    """Average a run's weight snapshots into a model directory (how the shipped model was made)."""
    from kgexplain.training import average_checkpoints as average

    chosen = [int(x) for x in steps.split(",") if x.strip()] if steps else None
    typer.echo(str(average(run, out, last=last, steps=chosen)))


@evaluate_app.command("verbalizer")
def evaluate_verbalizer(
    model: Optional[FsPath] = typer.Option(None, help="Model dir (default: the shipped model)."),
    webnlg: FsPath = typer.Option(FsPath("../shared/data/webnlg"), help="WebNLG 2020 folder."),
    limit: Optional[int] = typer.Option(None, help="Evaluate on the first N dev sets only."),
    heldout: str = typer.Option("Astronaut,Company,Monument", help="Held-out WebNLG categories."),
    per_group: int = typer.Option(150, help="WebNLG entries per seen/held-out group."),
    graph_inputs: int = typer.Option(200, help="Music-graph fact inputs and path inputs (each)."),
    template_pairs: int = typer.Option(150, help="Example-graph pairs for the template-copy share."),
    generalization: bool = typer.Option(True, help="Add the held-out/second-domain/template report."),
) -> None:
    """WebNLG dev BLEU/chrF++, entity faithfulness shares, texts/s; example-graph path shares;
    seen vs held-out WebNLG categories, music-graph acceptance, template-identical share."""
    from kgexplain.evaluation.verbalizer import evaluate_verbalizer as run

    res = run(model_dir=model, webnlg_dir=webnlg, limit=limit).to_dict()
    if generalization:
        from kgexplain.evaluation.verbalizer import evaluate_generalization

        res["generalization"] = evaluate_generalization(
            model_dir=model, webnlg_dir=webnlg if webnlg.exists() else None,
            heldout=tuple(c.strip() for c in heldout.split(",") if c.strip()), per_group=per_group,
            n_facts=graph_inputs, n_paths=graph_inputs, template_pairs=template_pairs).to_dict()
    typer.echo(json.dumps(res, indent=2, ensure_ascii=False))


@app.command()
def cues(
    texts: FsPath = typer.Argument(..., help="Texts you trust: .jsonl (objects with \"text\", optional \"evidence\", \"user\") or one text per line."),
    graph: Optional[FsPath] = GraphOpt,
    min_count: int = typer.Option(1, help="Propose words found at least this many times."),
) -> None:
    """Propose relation cues from the texts the checker rejects: the words between two linked
    names it could not read, as a relations file's block to review and merge."""
    from kgexplain.consistency import ConsistencyChecker
    from kgexplain.consistency.propose import cues_yaml, propose_cues, read_texts

    items = read_texts(texts)
    kg = _graph(graph)
    proposals = propose_cues(ConsistencyChecker(kg), items, min_count=max(1, min_count))
    if not proposals:
        _echo(f"no proposal: of {len(items)} texts, none rejected for words between two linked names")
        return
    _echo(f"# {len(proposals)} proposals from {len(items)} texts; keep only the words that say the relation")
    for line in cues_yaml(proposals).splitlines():
        _echo(line)


@evaluate_app.command("checker")
def evaluate_checker(
    webnlg: FsPath = typer.Option(FsPath("../shared/data/webnlg"), help="WebNLG 2020 folder (skipped when absent)."),
    webnlg_limit: Optional[int] = typer.Option(None, help="At most N WebNLG dev references (default: all)."),
    audit: str = typer.Option("0,0", help="Pairs to explain and audit on the example and music graphs, e.g. 300,150 (slow)."),
    checker_module: Optional[FsPath] = typer.Option(None, help="A .py file defining ConsistencyChecker to measure instead."),
    seed: int = typer.Option(0, help="Seed of the generated cases."),
    out: Optional[FsPath] = typer.Option(None, help="Also write the full JSON report here."),
) -> None:
    """Adversarial suite (recall per unfaithful category, false rejects per faithful one, dev and
    held-out, both graphs, checks/s), WebNLG dev references and corruptions, Explainer audit."""
    from kgexplain.evaluation.checker import evaluate_checker as run

    pairs = tuple(int(x) for x in audit.split(","))
    res = run(checker_module=checker_module, seed=seed, webnlg_dir=webnlg if webnlg.exists() else None,
              webnlg_limit=webnlg_limit, audit_pairs=(pairs + (0, 0))[:2])
    text = json.dumps(res, indent=2, ensure_ascii=False)
    if out is not None:
        out.write_text(text, encoding="utf-8")
    typer.echo(text)


@evaluate_app.command("reasons")
def evaluate_reasons(
    graph: Optional[FsPath] = GraphOpt,
    n: int = typer.Option(200, help="Recommended pairs and random pairs (each)."),
    verbalizer: str = typer.Option("seq2seq", help="seq2seq or template."),
    seed: int = typer.Option(0, help="Seed of the users and random pairs drawn."),
) -> None:
    """Reason texts on N recommended and N random pairs: words, sentences, item mentions,
    specific entities, hub-only share, sentence patterns, duplicates, off-topic facts, seq2seq
    and template shares, checker acceptance."""
    from kgexplain.evaluation.reasons import evaluate_reasons as run

    res = run(_graph(graph), n=n, verbalizer=verbalizer, seed=seed)
    typer.echo(json.dumps(res, indent=2, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kgexplain`` console script."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # the application, not the library, decides this: no per-load weight bars from transformers
    import os

    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    _said_interrupted.clear()
    try:
        # with standalone_mode=False click *returns* the code of a typer.Exit raised by a command
        # (typer turns Ctrl-C into Exit(130))
        status = app(args=argv, standalone_mode=False)
    except KGExplainError as exc:
        _echo(_error_line(exc), err=True)
        return EXIT_ERROR
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort as exc:  # click turns Ctrl-C (KeyboardInterrupt) into Abort
        if isinstance(exc.__context__, KeyboardInterrupt) or isinstance(exc.__cause__, KeyboardInterrupt):
            _echo("interrupted", err=True)
            return EXIT_INTERRUPTED
        _echo("aborted", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        _echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    except typer.TyperException as exc:  # usage errors (typer's click)
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            _echo(_error_line(exc), err=True)
        return int(getattr(exc, "exit_code", 2))
    except Exception as exc:
        if isinstance(exc, (FileNotFoundError, PermissionError, IsADirectoryError)):
            _echo(_error_line(exc), err=True)
            return EXIT_ERROR
        raise
    if status == EXIT_INTERRUPTED and not _said_interrupted:
        _echo("interrupted", err=True)
    return status if isinstance(status, int) and not isinstance(status, bool) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def run() -> None:
    """Console-script wrapper: exit with :func:`main`'s status."""
    sys.exit(main())
