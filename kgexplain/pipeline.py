"""Explainer: composes the stages into grounded, checked explanations.

``graph -> PathFinder -> FactRetriever -> Verbalizer -> ConsistencyChecker -> Explanation``.
For each (user, item) pair the explainer finds the strongest paths, retrieves supporting facts,
asks the verbalizer for N candidate texts, and keeps the first candidate whose every claim the
checker proves against the graph; if none passes it falls back to the template text. A pair with
no path gets an honest explanation-less record. Every stage can be given by name, class or
instance; the configuration is a tree of frozen dataclasses that saves to YAML or JSON.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([
...     ("user:1", "rated", "movie:1", {"rating": 5.0}),
...     ("movie:1", "directed_by", "person:Lasseter"),
...     ("movie:2", "directed_by", "person:Lasseter")])
>>> ex = kgx.Explainer(kg, verbalizer="template", retriever=None)
>>> e = ex.explain("user:1", "movie:2")
>>> e.source, e.verdict.supported
('template', True)
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any, Iterable, Iterator, Literal, Mapping, Sequence

import numpy as np

from kgexplain.errors import (
    ConfigError,
    EntityKindError,
    InvalidArgumentError,
    KGExplainError,
    UnknownEntityError,
    short_repr,
)
from kgexplain.graph import KnowledgeGraph
from kgexplain.records import Explanation, Fact, Path, Triple, Verdict
from kgexplain.stages import STAGE_METHODS, implementations
from kgexplain.typing import PathLikeStr

logger = logging.getLogger(__name__)

__all__ = [
    "Explainer",
    "ExplainerConfig",
    "PathConfig",
    "RetrievalConfig",
    "VerbalizerConfig",
    "CheckerConfig",
    "MAX_HOPS_LIMIT",
]

MAX_HOPS_LIMIT = 6
"""Longest path an :class:`Explainer` searches (``PathConfig.max_hops`` is 1..6): the search
holds every path prefix, so each extra hop multiplies time and memory by the graph's degree."""

Backend = Literal["auto", "torch", "ct2"]


# --------------------------------------------------------------------------- config
def _check_int(owner: str, name: str, value: Any, lo: int, hi: int) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ConfigError(f"{owner}.{name} must be an int in {lo}..{hi}, got {short_repr(value)}")
    if not lo <= value <= hi:
        raise ConfigError(f"{owner}.{name} must be in {lo}..{hi}, got {value}")


def _check_bool(owner: str, name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise ConfigError(f"{owner}.{name} must be true or false, got {short_repr(value)}")


@dataclass(frozen=True)
class PathConfig:
    """Path search: how many paths back one explanation (``k``, 1..100), and how long they may be
    (``max_hops``, 1..:data:`MAX_HOPS_LIMIT`)."""

    k: int = 2
    max_hops: int = 3
    allow_users: bool = False

    def __post_init__(self) -> None:
        _check_int("paths", "k", self.k, 1, 100)
        _check_int("paths", "max_hops", self.max_hops, 1, MAX_HOPS_LIMIT)
        _check_bool("paths", "allow_users", self.allow_users)


@dataclass(frozen=True)
class RetrievalConfig:
    """Fact retrieval: how many supporting facts join the paths (0..100; 0 disables retrieval)."""

    k: int = 2

    def __post_init__(self) -> None:
        _check_int("retrieval", "k", self.k, 0, 100)


@dataclass(frozen=True)
class VerbalizerConfig:
    """Verbalization: N-best candidates per segment (1..64); ``segments`` verbalizes each path on
    its own (and each fact) and joins them; ``greedy_first`` tries the greedy text before
    asking for N candidates; ``backend`` is ``"auto"``, ``"torch"`` or ``"ct2"``."""

    n_candidates: int = 4
    segments: bool = True
    greedy_first: bool = True
    model_dir: str | None = None
    backend: Backend = "auto"

    def __post_init__(self) -> None:
        _check_int("verbalizer", "n_candidates", self.n_candidates, 1, 64)
        _check_bool("verbalizer", "segments", self.segments)
        _check_bool("verbalizer", "greedy_first", self.greedy_first)
        if self.model_dir is not None and (not isinstance(self.model_dir, str) or not self.model_dir):
            raise ConfigError(f"verbalizer.model_dir must be a folder path (a string) or null, got "
                              f"{short_repr(self.model_dir)}")
        if self.backend not in ("auto", "torch", "ct2"):
            raise ConfigError(f"verbalizer.backend must be 'auto', 'torch' or 'ct2', got "
                              f"{short_repr(self.backend)}")


@dataclass(frozen=True)
class CheckerConfig:
    """Consistency checking: the rating at or above which "you loved X" is true (a finite number)."""

    rating_threshold: float = 4.0

    def __post_init__(self) -> None:
        v = self.rating_threshold
        if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)) \
                or not math.isfinite(v):
            raise ConfigError(f"checker.rating_threshold must be a finite number, got {short_repr(v)}")


@dataclass(frozen=True)
class ExplainerConfig:
    """All settings of an :class:`Explainer`; saved with every explanation it makes.

    Every field is checked on construction (type, range, option), so a bad value is a
    :class:`ConfigError` naming the field, never a failure later. ``seed`` (an int in
    0..2**32-1) seeds every stage that makes a choice: the template verbalizer's paraphrase
    order (the built-in ``"template"`` verbalizer and the fallback), and any stage given by class
    whose constructor takes a ``seed``. Path search, retrieval and seq2seq decoding (greedy and
    beam search) are deterministic, so the seed does not change them.

    >>> cfg = ExplainerConfig(paths=PathConfig(k=2))
    >>> ExplainerConfig.from_dict(cfg.to_dict()) == cfg
    True
    """

    paths: PathConfig = field(default_factory=PathConfig)
    retrieval: RetrievalConfig = field(default_factory=RetrievalConfig)
    verbalizer: VerbalizerConfig = field(default_factory=VerbalizerConfig)
    checker: CheckerConfig = field(default_factory=CheckerConfig)
    seed: int = 0

    def __post_init__(self) -> None:
        for name, kind in (("paths", PathConfig), ("retrieval", RetrievalConfig),
                           ("verbalizer", VerbalizerConfig), ("checker", CheckerConfig)):
            if not isinstance(getattr(self, name), kind):
                raise ConfigError(f"ExplainerConfig.{name} must be a {kind.__name__}, got "
                                  f"{short_repr(getattr(self, name))}")
        _check_int("config", "seed", self.seed, 0, 2**32 - 1)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ExplainerConfig":
        """Build from plain data (as read from YAML/JSON); every value is validated."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"a config must be a mapping of sections (paths, retrieval, "
                              f"verbalizer, checker, seed), got {short_repr(data)}")
        bad_keys = [k for k in data if not isinstance(k, str)]
        if bad_keys:
            raise ConfigError(f"config keys must be strings, got {short_repr(bad_keys)}")
        parts: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            sub = {"paths": PathConfig, "retrieval": RetrievalConfig,
                   "verbalizer": VerbalizerConfig, "checker": CheckerConfig}.get(f.name)
            if sub is not None:
                if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
                    raise ConfigError(f"config section {f.name!r} must be a mapping of option "
                                      f"names to values, got {short_repr(value)}")
                known = {x.name for x in dataclasses.fields(sub)}
                unknown = set(value) - known
                if unknown:
                    raise ConfigError(
                        f"unknown option(s) {sorted(unknown)} in config section {f.name!r}; "
                        f"known: {sorted(known)}"
                    )
                value = sub(**value)
            parts[f.name] = value
        unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise ConfigError(f"unknown config section(s) {short_repr(sorted(unknown))}; known: "
                              f"{[f.name for f in dataclasses.fields(cls)]}")
        return cls(**parts)

    def save(self, path: PathLikeStr) -> None:
        """Write YAML (``.yaml``/``.yml``) or JSON (anything else)."""
        p = FsPath(path)
        if p.suffix in (".yaml", ".yml"):
            import yaml

            p.write_text(yaml.safe_dump(self.to_dict(), sort_keys=False), encoding="utf-8")
        else:
            p.write_text(json.dumps(self.to_dict(), indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: PathLikeStr) -> "ExplainerConfig":
        """Read YAML (``.yaml``/``.yml``: the safe loader, no anchors or aliases) or JSON.

        Raises:
            ConfigError: the file is missing, not a small regular UTF-8 file, not valid YAML/JSON,
                or holds a bad value; the message names the file and how to fix it.
        """
        p = FsPath(path)
        text = _read_config_text(p)
        try:
            if p.suffix.lower() in (".yaml", ".yml"):
                data = _safe_yaml_config(text, p)
                data = {} if data is None else data
            else:
                data = json.loads(text, parse_constant=lambda name: _no_json_constant(p, name))
        except ConfigError:
            raise
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{p}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                              f"{exc.msg}); fix the file, or name it .yaml for YAML") from None
        except RecursionError:
            raise ConfigError(f"{p}: the JSON nests too deeply; fix the file") from None
        try:
            return cls.from_dict(data)
        except ConfigError as exc:
            raise ConfigError(f"{p}: {exc}") from None


_CONFIG_MAX_BYTES = 1 << 20


def _read_config_text(p: FsPath) -> str:
    import stat

    try:
        st = p.stat()
    except OSError as exc:
        raise ConfigError(f"config file {str(p)!r} cannot be read ({exc.strerror or exc}); pass "
                          "the path of a YAML or JSON ExplainerConfig (see ExplainerConfig.save)") from None
    if not stat.S_ISREG(st.st_mode):
        raise ConfigError(f"config file {str(p)!r} is not a regular file; pass a YAML or JSON file")
    if st.st_size > _CONFIG_MAX_BYTES:
        raise ConfigError(f"config file {str(p)!r} is {st.st_size:,} bytes; a config is a few "
                          f"hundred bytes (at most {_CONFIG_MAX_BYTES:,} are read): pass the right file")
    try:
        with open(p, "rb") as fh:
            raw = fh.read(_CONFIG_MAX_BYTES + 1)
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{p}, line {line}: not UTF-8 text (byte {raw[exc.start]:#04x}); save the "
                          "config as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"config file {str(p)!r} cannot be read ({exc.strerror or exc})") from None


def _no_json_constant(p: FsPath, name: str) -> Any:
    raise ConfigError(f"{p}: {name} is not JSON (numbers must be finite); fix the file")


def _safe_yaml_config(text: str, p: FsPath) -> Any:
    """YAML with the safe loader, no anchors/aliases and bounded depth (an alias bomb cannot
    expand); a problem is a :class:`ConfigError` naming the file and line."""
    from kgexplain.errors import GraphFormatError
    from kgexplain.limits import safe_yaml

    try:
        return safe_yaml(text, p)
    except GraphFormatError as exc:
        raise ConfigError(f"{exc}; fix the config file, or name it .json for JSON") from None


# --------------------------------------------------------------------------- stage resolution
# what a stage instance must offer (any one of the listed methods), checked when it is given
_STAGE_METHODS = STAGE_METHODS


def _resolve(stage: Any, registry: dict[str, Any], what: str, *args: Any, **kwargs: Any) -> Any:
    """A stage given by name (``registry`` key), class or instance.

    A class is instantiated with the arguments its constructor accepts: the graph as the first
    positional argument when it takes one, and those of ``kwargs`` it names (all of them when it
    takes ``**kwargs``); a class whose constructor needs something else should be given as an
    instance.
    """
    if stage is None:
        return None
    if isinstance(stage, str):
        try:
            factory = registry[stage]
        except KeyError:
            raise ConfigError(
                f"unknown {what} {short_repr(stage)}; choose one of {sorted(registry)} or pass "
                "a class or an instance") from None
        return factory(*args, **kwargs)
    if isinstance(stage, type):
        return _instantiate(stage, what, *args, **kwargs)
    return stage


def _instantiate(cls: type, what: str, *args: Any, **kwargs: Any) -> Any:
    try:
        params = inspect.signature(cls).parameters.values()
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        params = ()
    names = {p.name for p in params}
    open_kwargs = any(p.kind is p.VAR_KEYWORD for p in params)
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    # the graph goes first when the constructor's first parameter is (or must be) the graph
    takes_graph = bool(positional) and (positional[0].name in ("kg", "graph", "knowledge_graph")
                                         or positional[0].default is inspect.Parameter.empty)
    call_args = list(args[:1]) if takes_graph else []
    taken = {p.name for p in positional[: len(call_args)]}
    call_kwargs = {k: v for k, v in kwargs.items() if (open_kwargs or k in names) and k not in taken}
    try:
        return cls(*call_args, **call_kwargs)
    except TypeError as exc:
        raise InvalidArgumentError(
            f"could not build the {what} from class {cls.__name__} ({exc}); its constructor should "
            f"take the graph (and optional keyword settings), or pass an instance instead") from None


def _path_finders() -> dict[str, Any]:
    return implementations("path_finder")


def _retrievers() -> dict[str, Any]:
    return implementations("retriever")


def _verbalizers() -> dict[str, Any]:
    """Registered verbalizers; the built-in ones are built from the verbalizer config."""
    from kgexplain.verbalize import Seq2SeqVerbalizer, TemplateVerbalizer

    def registered(cls: type) -> Any:
        return lambda kg, cfg, seed=0: _instantiate(cls, "verbalizer", kg, seed=seed)

    def seq2seq(kg: KnowledgeGraph, cfg: VerbalizerConfig, seed: int = 0) -> Any:
        if cfg.model_dir:
            return Seq2SeqVerbalizer(cfg.model_dir, backend=cfg.backend)
        return Seq2SeqVerbalizer.default(backend=cfg.backend)

    table = {name: registered(cls) for name, cls in implementations("verbalizer").items()}
    table.update({
        "seq2seq": seq2seq,
        "default": seq2seq,
        "template": lambda kg, cfg, seed=0: TemplateVerbalizer(kg, seed=seed),
    })
    return table


def _checkers() -> dict[str, Any]:
    return implementations("checker")


# --------------------------------------------------------------------------- reason shape
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _labels(kg: KnowledgeGraph, paths: Sequence[Path], facts: Sequence[Fact]) -> list[str]:
    """Labels of the entities a reason may name, longest first."""
    ids = {n for p in paths for n in p.nodes} | {x for f in facts for x in (f.triple.head, f.triple.tail)}
    return sorted({kg.label(i) for i in ids if kg.entity(i).kind != "user"}, key=len, reverse=True)


def _anchors(kg: KnowledgeGraph, paths: Sequence[Path]) -> list[str]:
    """Labels of the items the paths start from (the node after the user)."""
    return [kg.label(p.nodes[1]) for p in paths if len(p.nodes) > 2]


def _shape(text: str, labels: Sequence[str]) -> str:
    """The text with every name replaced by one placeholder."""
    for lab in labels:
        text = re.sub(r"(?<!\w)" + re.escape(lab) + r"(?!\w)", "\u2039E\u203a", text)
    return text


def _reads_well(text: str, item_label: str, labels: Sequence[str] = (),
                anchors: Sequence[str] = ()) -> bool:
    """Shape rules of a reason: two sentences at most, none said twice, the item named at most
    twice, each anchor (the item the user loved) once (names masked first, so a label's full
    stop ends no sentence)."""
    masked = _shape(text, [item_label])
    if len(re.findall("\u2039E\u203a", masked)) > 2:
        return False
    for anchor in set(anchors) - {item_label}:
        # longer names that hold the anchor ("Toy Story 2" for "Toy Story") are masked first
        longer = [lab for lab in (*labels, item_label) if anchor in lab and lab != anchor]
        plain = _shape(text, longer) if longer else text
        if len(re.findall(r"(?<!\w)" + re.escape(anchor) + r"(?!\w)", plain)) > 1:
            return False
    masked = _shape(masked, [lab for lab in labels if lab != item_label])
    sentences = [x for x in _SENTENCE_END.split(masked.strip()) if x]
    return len(sentences) <= 2 and len(set(sentences)) == len(sentences)


def _a(noun: str) -> str:
    return f"{'an' if noun in ('item', 'attribute', 'entity') else 'a'} {noun}"


def _is_seq2seq(cls: type) -> bool:
    from kgexplain.verbalize import Seq2SeqVerbalizer

    return issubclass(cls, Seq2SeqVerbalizer)


def _check_stage_spec(name: str, spec: Any) -> None:
    """A stage is a name, a class, an instance or ``None`` (retriever only)."""
    what = name.replace("_", " ")
    if spec is None:
        if name != "retriever":
            raise InvalidArgumentError(f"the {what} cannot be None; give a name such as 'default', "
                                       "a class or an instance (only retriever=None is allowed)")
        return
    if isinstance(spec, (bool, int, float, bytes, list, tuple, dict, set)):
        raise InvalidArgumentError(f"{name} must be a name, a class or an instance, got "
                                   f"{type(spec).__name__} {short_repr(spec)}")
    if not isinstance(spec, (str, type)):
        _check_stage(name, spec)


def _check_stage(name: str, obj: Any) -> None:
    if obj is None:
        return
    methods = _STAGE_METHODS[name]
    if not any(callable(getattr(obj, m, None)) for m in methods):
        raise InvalidArgumentError(
            f"{type(obj).__name__} cannot serve as the {name.replace('_', ' ')}: it has no "
            f"{' or '.join(m + '()' for m in methods)} method; pass a {name.replace('_', ' ')} "
            "by name, class or instance (see the stage's base class)")


def _source_of(verbalizer: Any) -> str:
    """What an explanation's ``source`` says wrote a text: ``"seq2seq"`` / ``"template"`` for the
    built-in verbalizers, else the verbalizer's ``name`` attribute, else its class name."""
    from kgexplain.verbalize import Seq2SeqVerbalizer, TemplateVerbalizer

    if isinstance(verbalizer, Seq2SeqVerbalizer):
        return "seq2seq"
    if isinstance(verbalizer, TemplateVerbalizer):
        return "template"
    name = getattr(verbalizer, "name", None)
    return name if isinstance(name, str) and name else type(verbalizer).__name__


# --------------------------------------------------------------------------- explainer
class Explainer:
    """Grounded, checked explanations for (user, item) pairs.

    Args:
        kg: the knowledge graph.
        path_finder: ``"default"``, a ``PathFinder`` class or instance.
        retriever: ``"faiss"``, a retriever class or instance, or ``None`` for no fact retrieval.
        verbalizer: ``"seq2seq"`` (the shipped model), ``"template"``, a class or an instance.
        checker: ``"default"``, a checker class or instance.
        config: an :class:`ExplainerConfig` (or a dict / YAML / JSON path).
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        path_finder: Any = "default",
        retriever: Any = "faiss",
        verbalizer: Any = "seq2seq",
        checker: Any = "default",
        config: ExplainerConfig | dict[str, Any] | PathLikeStr | None = None,
    ) -> None:
        if not isinstance(kg, KnowledgeGraph):
            raise InvalidArgumentError(
                f"Explainer needs a KnowledgeGraph, got {type(kg).__name__}; build one with "
                "KnowledgeGraph.load(path) or KnowledgeGraph.from_triples(...)")
        if config is None:
            config = ExplainerConfig()
        elif isinstance(config, Mapping):
            config = ExplainerConfig.from_dict(config)
        elif isinstance(config, (str, FsPath)) or hasattr(config, "__fspath__"):
            config = ExplainerConfig.load(config)
        elif not isinstance(config, ExplainerConfig):
            raise InvalidArgumentError(
                f"config must be an ExplainerConfig, a dict or the path of a YAML/JSON file, got "
                f"{type(config).__name__}")
        for name, spec in (("path_finder", path_finder), ("retriever", retriever),
                           ("verbalizer", verbalizer), ("checker", checker)):
            _check_stage_spec(name, spec)
        self.kg = kg
        self.config: ExplainerConfig = config
        self._stage_specs = {
            "path_finder": path_finder,
            "retriever": retriever,
            "verbalizer": verbalizer,
            "checker": checker,
        }
        self._stages: dict[str, Any] = {}
        self._template: Any = None

    # ------------------------------------------------------------- stages (lazy)
    def _stage(self, name: str) -> Any:
        if name not in self._stages:
            spec = self._stage_specs[name]
            cfg = self.config
            if name == "path_finder":
                extra = {} if isinstance(spec, str) else {"seed": cfg.seed}
                obj = _resolve(spec, _path_finders() if isinstance(spec, str) else {}, "path finder",
                               self.kg, max_hops=cfg.paths.max_hops, allow_users=cfg.paths.allow_users,
                               **extra)
            elif name == "retriever":
                extra = {} if isinstance(spec, str) else {"seed": cfg.seed}
                obj = _resolve(spec, _retrievers() if isinstance(spec, str) else {}, "retriever",
                               self.kg, **extra)
            elif name == "verbalizer":
                if isinstance(spec, str):
                    obj = _resolve(spec, _verbalizers(), "verbalizer", self.kg, cfg.verbalizer,
                                   seed=cfg.seed)
                elif isinstance(spec, type) and _is_seq2seq(spec):  # the configured model and backend
                    v = cfg.verbalizer
                    obj = spec(v.model_dir, backend=v.backend) if v.model_dir else spec.default(backend=v.backend)
                else:
                    obj = _resolve(spec, {}, "verbalizer", self.kg, seed=cfg.seed)
            else:
                obj = _resolve(spec, _checkers() if isinstance(spec, str) else {}, "checker",
                               self.kg, rating_threshold=cfg.checker.rating_threshold)
            _check_stage(name, obj)
            self._stages[name] = obj
        return self._stages[name]

    @property
    def path_finder(self) -> Any:
        return self._stage("path_finder")

    @property
    def retriever(self) -> Any:
        return self._stage("retriever")

    @property
    def verbalizer(self) -> Any:
        return self._stage("verbalizer")

    @property
    def checker(self) -> Any:
        return self._stage("checker")

    @property
    def template(self) -> Any:
        """The always-faithful template verbalizer used as fallback."""
        if self._template is None:
            from kgexplain.verbalize import TemplateVerbalizer

            v = self.verbalizer
            self._template = (v if isinstance(v, TemplateVerbalizer)
                              else TemplateVerbalizer(self.kg, seed=self.config.seed))
        return self._template

    def meta(self) -> dict[str, Any]:
        """Provenance recorded in every explanation: version, config, seed, graph, verbalizer."""
        cached = getattr(self, "_meta", None)
        if cached is None:
            from kgexplain import __version__

            verb = self.verbalizer
            cached = {
                "version": __version__,
                "config": self.config.to_dict(),
                "seed": self.config.seed,
                "graph": self.kg.name or None,
                "verbalizer": getattr(verb, "name", type(verb).__name__),
            }
            self._meta = cached
        return dict(cached)

    @property
    def stage_specs(self) -> dict[str, Any]:
        """How each stage was given (name, class, instance or ``None``)."""
        return dict(self._stage_specs)

    def unloaded_copy(self) -> "Explainer":
        """A new explainer with the same graph, config and stage specs, nothing loaded yet
        (for worker processes: each loads its own models)."""
        return type(self)(self.kg, config=self.config, **self._stage_specs)

    # ------------------------------------------------------------- API
    def explain(self, user_id: str, item_id: str) -> Explanation:
        """Explain one pair; a pair with no path within ``max_hops`` returns an
        :class:`Explanation` whose ``error`` says so.

        Raises:
            InvalidArgumentError: an id is not a string.
            UnknownEntityError: an id is not in the graph.
            EntityKindError: ``user_id`` is not a user or ``item_id`` is not an item (an
                attribute such as ``"genre:Drama"`` is not explained).
        """
        self._check_pair(user_id, item_id)
        return next(iter(self.explain_many([(user_id, item_id)], batch_size=1)))

    def explain_many(
        self, pairs: Iterable[tuple[str, str]], batch_size: int = 64
    ) -> Iterator[Explanation]:
        """Explain many pairs lazily, in batches (paths, retrieval, generation and checking are
        batched). A bad pair never fails its batch: a malformed pair, an id that is not a string
        or not in the graph, a user position that holds no user, an item position that holds no
        item, or no path, each becomes an explanation with ``error`` set.

        Raises (on the first ``next``, before any work):
            InvalidArgumentError: ``pairs`` is not an iterable of pairs or ``batch_size`` is not
                an int.
            ConfigError: ``batch_size`` < 1.
        """
        if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)):
            raise InvalidArgumentError(f"batch_size must be an int >= 1, got {short_repr(batch_size)}")
        if batch_size < 1:
            raise ConfigError(f"batch_size must be >= 1, got {batch_size}")
        if isinstance(pairs, (str, bytes, Mapping)) or not isinstance(pairs, Iterable):
            raise InvalidArgumentError(
                f"pairs must be an iterable of (user_id, item_id) tuples, got {type(pairs).__name__} "
                f"{short_repr(pairs)}; for one pair call explain(user_id, item_id)")
        batch: list[tuple[str, str]] = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= batch_size:
                yield from self._only_supported(self._threshold_batch(batch))
                batch = []
        if batch:
            yield from self._only_supported(self._threshold_batch(batch))

    def _error(self, user: Any, item: Any, message: str, paths: Sequence[Path] = ()) -> Explanation:
        return Explanation(
            user=str(user), item=str(item), text=None, source=None, paths=tuple(paths),
            verdict=Verdict(supported=False, reason=message), error=message, meta=self.meta(),
        )

    def _explain_batch(self, pairs: list[tuple[str, str]]) -> list[Explanation]:
        cfg = self.config
        results: list[Explanation | None] = [None] * len(pairs)
        todo: list[int] = []
        for i, pair in enumerate(pairs):
            try:
                user, item = pair
            except (TypeError, ValueError):
                results[i] = self._error(pair, "", f"malformed pair {short_repr(pair)}: expected "
                                         "(user_id, item_id)")
                continue
            msg = self._validate(user, item)
            if msg:
                results[i] = self._error(user, item, msg)
            else:
                todo.append(i)
        # 1. paths: a wider search, then the reader's selection (see _reason_paths)
        found: dict[int, list[Path]] = {}
        pools: dict[int, list[Path]] = {}  # every path found, for _vary_shapes
        search_k = max(8 * cfg.paths.k, 16)
        if todo:
            try:
                all_paths = self.path_finder.find_many([pairs[i] for i in todo], k=search_k,
                                                       max_hops=cfg.paths.max_hops)
            except KGExplainError:
                all_paths = []
                for i in todo:
                    try:
                        all_paths.append(self.path_finder.find(*pairs[i], k=search_k,
                                                               max_hops=cfg.paths.max_hops))
                    except KGExplainError as exc:
                        all_paths.append(exc)
            for i, paths in zip(todo, all_paths):
                if isinstance(paths, Exception):
                    results[i] = self._error(*pairs[i], str(paths))
                    continue
                chosen_paths, why = self._reason_paths(pairs[i][0], pairs[i][1], list(paths))
                if chosen_paths:
                    found[i] = chosen_paths
                    pools[i] = list(paths)
                else:
                    results[i] = self._error(*pairs[i], why or "no path")
        idx = list(found)
        if not idx:
            return results  # type: ignore[return-value]
        # 2. facts: about the recommended item only, at most one, never what a path says
        facts: dict[int, list[Fact]] = {i: [] for i in idx}
        retriever = self.retriever
        if retriever is not None and cfg.retrieval.k > 0:
            requests = [(pairs[i][0], pairs[i][1], found[i]) for i in idx]
            if hasattr(retriever, "retrieve_many"):
                got = retriever.retrieve_many(requests, k=max(cfg.retrieval.k, 8))
            else:
                got = [retriever.retrieve(u, it, p, k=max(cfg.retrieval.k, 8)) for u, it, p in requests]
            facts = {i: self._reason_facts(pairs[i][1], found[i], f) for i, f in zip(idx, got)}
        # 3. verbalize segment by segment (one per path, one per fact), each
        #    segment's first supported candidate wins, then the joined text is checked as a whole
        seg_texts, seg_cands = self._verbalize_segments(pairs, idx, found, facts)
        # the joined text must read well (cheap, so first) and pass the checker as a whole
        finals: list[tuple[int, str, list[str]]] = []
        for j, segs in enumerate(seg_texts):
            if all(seg is not None for seg in segs):
                text = " ".join(seg[0] for seg in segs)
                i = idx[j]
                if _reads_well(text, self.kg.label(pairs[i][1]), _labels(self.kg, found[i], facts[i]),
                               _anchors(self.kg, found[i])):
                    finals.append((j, text, [seg[1] for seg in segs]))
        final_verdicts = self.checker.check_many(
            [(text, self._evidence(found[idx[j]], facts[idx[j]]), pairs[idx[j]][0]) for j, text, _ in finals]
        ) if finals else []
        chosen: dict[int, tuple[tuple[str, Verdict], str, list[str]]] = {}
        model_source = _source_of(self.verbalizer)
        for (j, text, sources), v in zip(finals, final_verdicts):
            if v.supported:
                src = model_source if all(x == model_source for x in sources) else "template"
                chosen[j] = ((text, v), src, sources)
        # a segment or the joined text failed: whole-pair template fallback
        fallen = [j for j in range(len(idx)) if j not in chosen]
        fallbacks = dict(zip(fallen, self._fallback_many(
            [(pairs[idx[j]][0], found[idx[j]], facts[idx[j]]) for j in fallen])))
        meta_base = self.meta()
        for j, i in enumerate(idx):
            cands = seg_cands[j]
            if j in chosen:
                (text, verdict), src, sources = chosen[j]
            else:
                (text, verdict), src = fallbacks[j]
                sources = ["template"]
            meta = dict(meta_base)
            meta["segment_sources"] = sources
            meta["candidates"] = [{"text": t, "supported": v.supported, "reason": v.reason} for t, v in cands]
            results[i] = Explanation(
                user=pairs[i][0], item=pairs[i][1], text=text, source=src,  # type: ignore[arg-type]
                paths=tuple(found[i]), facts=tuple(facts[i]), claims=tuple(verdict.claims),
                verdict=verdict, error=None, meta=meta, candidates=tuple(cands),
                interacted=self._interacted(*pairs[i]),
            )
        self._vary_shapes(results, found, facts, pools)
        return results  # type: ignore[return-value]

    # ------------------------------------------------------------- reason assembly
    def _loved(self, user: str, hop: Triple) -> bool | None:
        """Whether the user's hop is an interaction at or above the rating threshold (``None``
        when it carries no rating: the template then reads it with its own verb)."""
        rating = self.kg.edge_attrs(hop.head, hop.relation, hop.tail).get("rating")
        if rating is None:
            return None
        try:
            return float(rating) >= self.config.checker.rating_threshold
        except (TypeError, ValueError):
            return False

    def _interacted(self, user: str, item: str) -> bool:
        """Whether the graph already holds an interaction between the user and the item."""
        return any(True for _ in self.kg.triples_between(user, item))

    def _reason_paths(self, user: str, item: str, paths: list[Path]) -> tuple[list[Path], str | None]:
        """The paths a reader wants, from the finder's strongest (best first): each starts at an
        item the user loved (rating >= threshold), none is the user's own interaction with the
        item; the best link (for one anchor and one shared entity, the relation with the
        highest learned lift, so the director before the producer) plus at most one more link
        from the same anchor, or the same shared entity from another anchor, that scores at
        least half as well. Returns ``([], why)`` when nothing fits."""
        cfg = self.config
        if not paths:
            return [], (f"no path of at most {cfg.paths.max_hops} hops links {user} to {item} "
                        "through explainable relations")
        usable = [p for p in paths if len(p.hops) >= 2]
        loved = [p for p in usable if self._loved(user, p.hops[0]) is not False]
        # a collaborative link (co_liked) reads well from a loved item straight to this one,
        # not chained through a third item ("A and B are loved by many fans of both X and Y");
        # when the search found only chains, one wider search looks for anything else
        plain = [p for p in loved if not self._collaborative_chain(p)]
        if loved and not plain:
            try:
                wider = self.path_finder.find(user, item, k=256, max_hops=cfg.paths.max_hops)
            except KGExplainError:
                wider = []
            plain = [p for p in wider if len(p.hops) >= 2 and not self._collaborative_chain(p)
                     and self._loved(user, p.hops[0]) is not False]
        loved = plain or loved
        if not loved:
            threshold = cfg.checker.rating_threshold
            if not any(self._loved(user, t) for t in self.kg.triples_of(user) if t.head == user):
                return [], (f"{user} rated nothing at or above {threshold:g}, so there is no "
                            f"item they loved to explain {item} from")
            return [], (f"none of the items {user} loved (rated {threshold:g} or more) links to "
                        f"{item} within {cfg.paths.max_hops} hops; only items they rated lower do")
        scorer = getattr(self.path_finder, "scorer", None)
        lift = getattr(scorer, "relation_lift_", {}) or {}

        def same(p: Path) -> bool:
            return len(p.hops) == 3 and p.hops[1].relation == p.hops[2].relation

        groups: dict[tuple[str, str], list[Path]] = {}
        for p in loved:
            groups.setdefault((p.nodes[1], p.nodes[-2]), []).append(p)
        links: list[tuple[float, Path]] = []
        for members in groups.values():
            best = max(p.score for p in members)
            rep = max(members, key=lambda p: (same(p), lift.get(p.hops[-1].relation, 0.0), p.score))
            links.append((best, rep))
        links.sort(key=lambda x: -x[0])
        top_score, top = links[0]
        chosen = [top]
        for score, p in links[1:]:
            if score < 0.5 * top_score:
                break
            same_anchor = p.nodes[1] == top.nodes[1]
            same_shared = p.nodes[-2] == top.nodes[-2]
            if (same_anchor or same_shared) and (same(p) or len(p.hops) == 2):
                chosen.append(p)
                break
        return chosen, None

    def _collaborative_chain(self, path: Path) -> bool:
        """Whether ``path`` walks a collaborative relation (``co_liked``) anywhere but as the
        one hop from the loved item to the recommended item."""
        scorer = getattr(self.path_finder, "scorer", None)
        collab = getattr(scorer, "collaborative_relations", None) or frozenset({"co_liked"})
        hops = path.hops[1:]
        return any(h.relation in collab for h in hops) and len(hops) != 1

    def _reason_facts(self, item: str, paths: Sequence[Path], facts: Sequence[Fact]) -> list[Fact]:
        """At most one fact: about the item, naming something no path names, and the most
        telling one (the other end's specificity x salience times the relation's relevance,
        at least 0.3, so no hub genre or popular tag)."""
        on_path = {n for p in paths for n in p.nodes}
        said = {h for p in paths for h in p.hops}
        scorer = getattr(self.path_finder, "scorer", None)
        weight = getattr(scorer, "node_log_weight_", None)
        relevance = getattr(scorer, "relation_relevance_", {}) or {}
        cg = self.kg.compile()
        best: tuple[float, Fact] | None = None
        for f in facts:
            head, rel, tail = f.triple
            if f.triple in said or item not in (head, tail):
                continue
            other = tail if head == item else head
            if other in on_path:
                continue
            value = 1.0
            if weight is not None and len(weight) == cg.num_nodes:
                value = float(np.exp(weight[cg.node(other)])) * relevance.get(rel, 1.0)
            if value >= 0.3 and (best is None or value > best[0]):
                best = (value, f)
        return [best[1]] if best else []

    def _vary_shapes(self, results: list[Explanation | None], found: dict[int, list[Path]],
                     facts: dict[int, list[Fact]],
                     pools: dict[int, list[Path]] | None = None) -> None:
        """A user's reasons in one batch do not share a shape (their text with every name
        masked): a repeat is replaced by the first checked template paraphrase of a new shape;
        when the paths have none (a ``co_liked`` link reads one way only), by a checked text
        that adds one more link from the same loved item (the finder's next best, from
        ``pools``: "Y is loved by many fans of X, which you loved. Z stars in Y too.")."""
        seen: dict[str, set[str]] = {}
        pairs_seen: set[tuple[str, str]] = set()
        for i, e in enumerate(results):
            if e is None or e.error or not e.text or i not in found:
                continue
            if (e.user, e.item) in pairs_seen:
                continue  # the same pair again reads the same (a resumed export writes the same)
            pairs_seen.add((e.user, e.item))
            labels = _labels(self.kg, found[i], facts[i])
            shapes = seen.setdefault(e.user, set())
            shape = _shape(e.text, labels)
            if shape not in shapes:
                shapes.add(shape)
                continue
            for paths in self._shape_alternatives(e.user, found[i], (pools or {}).get(i, [])):
                got = self._fresh_text(e, paths, facts[i], shapes)
                if got is None:
                    continue
                text, verdict, new_shape = got
                shapes.add(new_shape)
                meta = dict(e.meta)
                meta["segment_sources"] = ["template"]
                found[i] = paths
                results[i] = dataclasses.replace(
                    e, text=text, source="template", paths=tuple(paths), claims=tuple(verdict.claims),
                    verdict=verdict, meta=meta)
                break

    def _shape_alternatives(self, user: str, chosen: list[Path], pool: Sequence[Path],
                            limit: int = 6) -> Iterator[list[Path]]:
        """The chosen paths, then the best link plus one more from the same loved item (a
        different shared entity; the best of each relation first, then the rest by score), at
        most ``limit`` of them from ``pool``, then from one wider search)."""
        yield chosen
        top = chosen[0]
        named = {n for p in chosen for n in p.nodes}

        def extras(paths: Sequence[Path]) -> list[Path]:
            ok = [p for p in sorted(paths, key=lambda q: -q.score)
                  if len(p.hops) >= 2 and p.nodes[1] == top.nodes[1] and p.nodes[-2] not in named
                  and p not in chosen and not self._collaborative_chain(p)
                  and self._loved(user, p.hops[0]) is not False]
            # the best link of each relation first (a new relation reads as a new shape)
            firsts: dict[str, Path] = {}
            for p in ok:
                firsts.setdefault(p.hops[-1].relation, p)
            rest = [p for p in ok if p not in firsts.values()]
            return (list(firsts.values()) + rest)[:limit]

        tried = extras(pool)
        for p in tried:
            yield [top, p]
        # the first search was crowded by other loved items: look wider, once
        try:
            wider = self.path_finder.find(user, top.nodes[-1], k=256,
                                          max_hops=self.config.paths.max_hops)
        except KGExplainError:
            return
        for p in extras([q for q in wider if q not in tried]):
            yield [top, p]

    def _fresh_text(self, e: Explanation, paths: list[Path], facts: list[Fact],
                    shapes: set[str]) -> tuple[str, Verdict, str] | None:
        """The first template text for ``paths`` whose shape is not in ``shapes``, that reads
        well and that the checker supports: (text, verdict, shape), or ``None``."""
        labels = _labels(self.kg, paths, facts)
        texts = self.template.explain_candidates(self.kg, paths, facts, 8)
        fresh = [t for t in texts if _shape(t, labels) not in shapes
                 and _reads_well(t, self.kg.label(e.item), labels, _anchors(self.kg, paths))]
        if not fresh:
            return None
        evidence = self._evidence(paths, facts)
        verdicts = self.checker.check_many([(t, evidence, e.user) for t in fresh])
        for t, v in zip(fresh, verdicts):
            if v.supported:
                return t, v, _shape(t, labels)
        return None

    _SEGMENT_CACHE_SIZE = 50_000

    def _generate_cached(
        self, verbalizer: Any, requests: list[tuple[list[Path], list[Fact]]], n: int
    ) -> list[list[str]]:
        """``verbalizer.explain_candidates_batch`` with identical requests generated once.

        The same fact (or path) recurs across pairs — every user recommended a movie gets its
        facts — and generation is deterministic, so texts are memoized per verbalizer, graph
        version, request and ``n`` (a bounded, least-recently-used cache).
        """
        from collections import OrderedDict

        cache = getattr(self, "_segment_cache", None)
        key0 = (id(verbalizer), self.kg.version, n)
        if cache is None or cache[0] != key0:
            cache = (key0, OrderedDict())
            self._segment_cache = cache
        memo: OrderedDict = cache[1]
        keys = [
            (tuple((p.nodes, p.hops) for p in paths), tuple(f.triple for f in facts))
            for paths, facts in requests
        ]
        todo: dict[Any, int] = {}
        for k, req in zip(keys, requests):
            if k not in memo and k not in todo:
                todo[k] = len(todo)
        if todo:
            first = {k: req for k, req in zip(keys, requests)}
            fresh = verbalizer.explain_candidates_batch(self.kg, [first[k] for k in todo], n)
            for k, texts in zip(todo, fresh):
                memo[k] = list(texts)
        out = []
        for k in keys:
            memo.move_to_end(k)
            out.append(list(memo[k]))
        while len(memo) > self._SEGMENT_CACHE_SIZE:
            memo.popitem(last=False)
        return out

    def _verbalize_segments(
        self,
        pairs: list[tuple[str, str]],
        idx: list[int],
        found: dict[int, list[Path]],
        facts: dict[int, list[Fact]],
    ) -> tuple[list[list[tuple[str, str] | None]], list[list[tuple[str, Verdict]]]]:
        """Verbalize and check segments in batches: greedy first, then N-best for the segments
        whose greedy text failed, then the template text for the segments still failing.

        Returns per pair the accepted ``(text, source)`` of each segment (``None``
        where nothing passed), and per pair the model's candidates with their verdicts.
        """
        cfg = self.config.verbalizer
        verb = self.verbalizer
        segs: list[tuple[int, list[Path], list[Fact]]] = []
        for j, i in enumerate(idx):
            if cfg.segments:
                for p in found[i]:
                    segs.append((j, [p], []))
                for f in facts[i]:
                    segs.append((j, [], [f]))
            else:
                segs.append((j, found[i], facts[i]))
        accepted: dict[int, tuple[str, str]] = {}
        tried: dict[int, list[tuple[str, Verdict]]] = {s: [] for s in range(len(segs))}

        def attempt(seg_ids: list[int], verbalizer: Any, n: int, source: str) -> list[int]:
            lists = self._generate_cached(verbalizer, [(segs[s][1], segs[s][2]) for s in seg_ids], n)
            checks, owners = [], []
            for s, texts in zip(seg_ids, lists):
                evidence = self._evidence(segs[s][1], segs[s][2])
                user = pairs[idx[segs[s][0]]][0]
                seen = {t for t, _ in tried[s]}
                for t in texts:
                    if t and t not in seen:
                        seen.add(t)
                        checks.append((t, evidence, user))
                        owners.append(s)
            verdicts = self.checker.check_many(checks) if checks else []
            for (t, _, _), s, v in zip(checks, owners, verdicts):
                if verbalizer is not self.template:  # the model's candidates, kept in meta
                    tried[s].append((t, v))
                if s not in accepted and v.supported:
                    accepted[s] = (t, source)
            return [s for s in seg_ids if s not in accepted]

        open_ = list(range(len(segs)))
        n = max(1, cfg.n_candidates)
        if verb is not self.template:
            if cfg.greedy_first and n > 1 and open_:
                # short segments: the greedy text nearly always passes; N-best only for the rest
                open_ = attempt(open_, verb, 1, _source_of(verb))
            if open_:
                open_ = attempt(open_, verb, n, _source_of(verb))
        if open_:
            attempt(open_, self.template, 1, "template")
        per_pair: list[list[tuple[str, str] | None]] = [[] for _ in idx]
        cands: list[list[tuple[str, Verdict]]] = [[] for _ in idx]
        for s, (j, _, _) in enumerate(segs):
            per_pair[j].append(accepted.get(s))
            cands[j].extend(tried[s])
        return per_pair, cands

    def _fallback(self, user: str, paths: list[Path], facts: list[Fact]) -> tuple[tuple[str, Verdict], str]:
        """Template text; tries paraphrases, then fewer facts/paths, until the checker passes."""
        return self._fallback_many([(user, paths, facts)])[0]

    def _fallback_many(
        self, requests: Sequence[tuple[str, list[Path], list[Fact]]]
    ) -> list[tuple[tuple[str, Verdict], str]]:
        """:meth:`_fallback` for many pairs: each pair's template texts (its paraphrases, then
        fewer facts, then the first path alone) are checked in order until one passes, one text
        per pair per round, the rounds batched over the pairs (the first text nearly always
        passes, so the others are seldom checked)."""
        tpl = self.template
        attempts = [
            [(paths, facts), (paths, []), (paths[:1], [])] for _, paths, facts in requests
        ]
        evidence = [self._evidence(paths, facts) for _, paths, facts in requests]
        out: list[tuple[tuple[str, Verdict], str] | None] = [None] * len(requests)
        first: list[tuple[str, Verdict] | None] = [None] * len(requests)
        # per pair: the attempt it is at, that attempt's texts, the next text to check
        state = {r: [0, tpl.explain_candidates(self.kg, *attempts[r][0], 3), 0]
                 for r in range(len(requests))}
        while state:
            for r in list(state):  # an attempt whose texts are spent moves on to the next
                st = state[r]
                while st[2] >= len(st[1]):
                    st[0] += 1
                    if st[0] >= len(attempts[r]):
                        break
                    st[1], st[2] = tpl.explain_candidates(self.kg, *attempts[r][st[0]], 3), 0
                if st[0] >= len(attempts[r]):
                    del state[r]
            batch = list(state)
            verdicts = self.checker.check_many(
                [(state[r][1][state[r][2]], evidence[r], requests[r][0]) for r in batch]
            ) if batch else []
            for r, v in zip(batch, verdicts):
                st = state[r]
                text = st[1][st[2]]
                st[2] += 1
                if first[r] is None:
                    first[r] = (text, v)
                if v.supported:
                    out[r] = ((text, v), "template")
                    del state[r]
        for r, got in enumerate(out):
            if got is None:
                user, found = requests[r][0], first[r]
                assert found is not None
                logger.warning("template text for %s failed the checker: %s", user, found[1].reason)
                out[r] = (found, "template")  # unsupported: _only_supported makes it an error
        return out  # type: ignore[return-value]

    def _threshold_batch(self, batch: list[tuple[str, str]]) -> list[Explanation]:
        """One batch, with the templates' "loved" bound to the checker's rating threshold."""
        from kgexplain.verbalize import loved_threshold

        with loved_threshold(self.config.checker.rating_threshold):
            return self._explain_batch(batch)

    def _only_supported(self, results: Iterable[Explanation]) -> Iterator[Explanation]:
        """The last gate: a text the checker did not accept is never returned; its pair becomes
        an error record that says why (whatever the configuration or the stages given)."""
        for e in results:
            if e.text is not None and e.error is None and not e.verdict.supported:
                yield dataclasses.replace(
                    e, text=None, source=None, claims=tuple(e.verdict.claims),
                    error=("no text the checker accepts for this pair (even the template's was "
                           f"rejected: {e.verdict.reason}); the record keeps its paths and facts"),
                )
            else:
                yield e

    @staticmethod
    def _evidence(paths: Sequence[Path], facts: Sequence[Fact]) -> list[Triple]:
        ev: dict[Triple, None] = {}
        for p in paths:
            for h in p.hops:
                ev[h] = None
        for f in facts:
            ev[f.triple] = None
        return list(ev)

    def _check_pair(self, user: Any, item: Any) -> None:
        """Raise the typed error for a pair that cannot be explained as given."""
        for role, eid in (("user", user), ("item", item)):
            if not isinstance(eid, str):
                raise InvalidArgumentError(
                    f"the {role} id must be a string such as {'user:1' if role == 'user' else 'movie:1'!r}, "
                    f"got {type(eid).__name__} {short_repr(eid)}")
        for eid in (user, item):
            if eid not in self.kg:
                err = UnknownEntityError(short_repr(eid)[1:-1])  # a 1 MB id is not echoed whole
                err.entity_id = eid
                raise err
        for role, eid, place in (("user", user, "first"), ("item", item, "second")):
            kind = self.kg.entity(eid).kind
            if kind != role:
                raise EntityKindError(
                    f"{short_repr(eid)} is {_a(kind)}, not {_a(role)}; explain takes (user_id, "
                    f"item_id) with the {role} id {place} (only items are explained, not attributes)")

    def _validate(self, user: Any, item: Any) -> str | None:
        """Why a pair cannot be explained as given (the message of its error record), or ``None``."""
        try:
            self._check_pair(user, item)
        except KGExplainError as exc:
            return str(exc)
        return None

    # ------------------------------------------------------------- recommender
    @property
    def recommender(self) -> Any:
        """The built-in :class:`~kgexplain.recommend.Recommender`, fitted on :attr:`kg` on first
        use (assign a fitted one to use other settings, e.g. ``Recommender(co_liked=True)``)."""
        rec = getattr(self, "_recommender", None)
        if rec is None:
            from kgexplain.recommend import Recommender

            rec = self._recommender = Recommender().fit(self.kg)
        return rec

    @recommender.setter
    def recommender(self, value: Any) -> None:
        self._recommender = value

    def recommend(self, user_id: str, k: int = 10) -> list[tuple[str, float]]:
        """The ``k`` best items for ``user_id`` that the user has not interacted with, as
        ``(item_id, score)``, from :attr:`recommender` (EASE on the interactions blended with
        the graph's attributes); every item has a path the explainer can explain."""
        return self.recommender.recommend(user_id, k)
