"""The Explainer's configuration: a tree of frozen dataclasses that loads from and saves to YAML or
JSON (:class:`ExplainerConfig` and its parts), with bounded, safe reading of config files."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any, Literal, Mapping

import numpy as np

from kgexplain.errors import ConfigError, short_repr
from kgexplain.typing import PathLikeStr

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
