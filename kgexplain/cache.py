"""The one cache folder where kgexplain keeps what is slow to build.

``$KGEXPLAIN_CACHE``, else ``$XDG_CACHE_HOME/kgexplain``, else ``~/.cache/kgexplain`` (never
inside the installed package). Each stage keeps its own sub-folder, keyed by the content it was
built from, so a changed model or graph gets new entries and never reads stale ones:

* ``graphs/``: snapshots of large graph files as loaded and checked, keyed by the files' bytes,
  the loader's arguments and code (:mod:`kgexplain.io._graph_cache`);
* ``ct2/<hash>``: the verbalizer checkpoint converted to CTranslate2
  (:mod:`kgexplain.verbalize.backends`);
* ``<sentence model id>/``: sentence embeddings and FAISS indexes (:mod:`kgexplain.retrieval`);
* ``checker/``: the tokenized entity names of a graph (:mod:`kgexplain.consistency.index`);
* ``demo/``: the recommender's picks shown by ``kgexplain demo``.

Removing the folder is always safe: everything in it is rebuilt on next use.

>>> import os
>>> os.environ["KGEXPLAIN_CACHE"] = "/tmp/kgx-cache"
>>> str(cache_home())
'/tmp/kgx-cache'
>>> del os.environ["KGEXPLAIN_CACHE"]
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_home"]


def cache_home() -> Path:
    """``$KGEXPLAIN_CACHE``, else ``$XDG_CACHE_HOME/kgexplain``, else ``~/.cache/kgexplain``."""
    env = os.environ.get("KGEXPLAIN_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "kgexplain"
