"""Which consistency checker an evaluation measures: the importable one (default) or a
``ConsistencyChecker`` loaded from a given module file (for example an older checker extracted
with ``git show <rev>:kgexplain/consistency.py > old_checker.py``, to compare before and after).

Only the public API is used: ``ConsistencyChecker(kg, rating_threshold=...)``, ``check_many``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path as FsPath
from typing import Any, Callable

__all__ = ["checker_factory", "checker_description"]


def _checker_class(module_file: str | FsPath | None) -> Any:
    if module_file is None:
        from kgexplain.consistency import ConsistencyChecker

        return ConsistencyChecker
    path = FsPath(module_file).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"no checker module at {path}; pass a .py file that defines "
                                "ConsistencyChecker")
    name = f"kgexplain._checker_under_test_{abs(hash(str(path)))}"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module.ConsistencyChecker


def checker_factory(module_file: str | FsPath | None = None, rating_threshold: float = 4.0
                    ) -> Callable[[Any], Any]:
    """``kg -> ConsistencyChecker(kg, rating_threshold=rating_threshold)`` of the chosen code."""
    cls = _checker_class(module_file)
    return lambda kg: cls(kg, rating_threshold=rating_threshold)


def checker_description(module_file: str | FsPath | None = None) -> str:
    _checker_class(module_file)  # fails early, with its message, when the module is unusable
    where = "kgexplain.consistency" if module_file is None else str(module_file)
    return f"ConsistencyChecker from {where}"
