"""Stage resolution: a stage given by name (the public registry in :mod:`kgexplain.stages`), class
or instance, checked for the method its role needs; and what an explanation's ``source`` names."""

from __future__ import annotations

import inspect
from typing import Any


from kgexplain.errors import ConfigError, InvalidArgumentError, short_repr
from kgexplain.graph import KnowledgeGraph
from kgexplain.stages import STAGE_METHODS, implementations


from kgexplain.pipeline.config import VerbalizerConfig

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
    """Registered verbalizers; the built-in ones are built from the verbalizer config (and the
    explainer's ``threads``, given only when set: a registered class that takes ``threads``
    gets it)."""
    from kgexplain.verbalize import Seq2SeqVerbalizer, TemplateVerbalizer

    def registered(cls: type) -> Any:
        return lambda kg, cfg, seed=0, **threads: _instantiate(cls, "verbalizer", kg, seed=seed, **threads)

    def seq2seq(kg: KnowledgeGraph, cfg: VerbalizerConfig, seed: int = 0,
                threads: int | None = None) -> Any:
        if cfg.model_dir:
            return Seq2SeqVerbalizer(cfg.model_dir, backend=cfg.backend, threads=threads)
        return Seq2SeqVerbalizer.default(backend=cfg.backend, threads=threads)

    table = {name: registered(cls) for name, cls in implementations("verbalizer").items()}
    table.update({
        "seq2seq": seq2seq,
        "default": seq2seq,
        "template": lambda kg, cfg, seed=0, threads=None: TemplateVerbalizer(kg, seed=seed),
    })
    return table


def _checkers() -> dict[str, Any]:
    return implementations("checker")


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
