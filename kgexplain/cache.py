"""The one cache folder where kgexplain keeps what is slow to build.

``$KGEXPLAIN_CACHE``, else ``$XDG_CACHE_HOME/kgexplain``, else ``~/.cache/kgexplain`` (never
inside the installed package). Each stage keeps its own sub-folder, keyed by the content it was
built from, so a changed model or graph gets new entries and never reads stale ones:

* ``graphs/``: snapshots of large graph files as loaded and checked, keyed by the files' bytes,
  the loader's arguments and code (:mod:`kgexplain.io._graph_cache`);
* ``ct2/<hash>``: the verbalizer checkpoint converted to CTranslate2
  (:mod:`kgexplain.verbalize.backends`);
* ``<sentence model id>/``: sentence embeddings and FAISS indexes (:mod:`kgexplain.retrieval`);
* ``checker/``: the tokenized entity names of a graph (:mod:`kgexplain.consistency.index`) and
  the checker's entity tables, keyed by the entities and the checker's code
  (:mod:`kgexplain.consistency._persist`);
* ``demo/``: the recommender's picks shown by ``kgexplain demo``.

Removing the folder is always safe: everything in it is rebuilt on next use. Every file in it is
written with :func:`write_atomically`, so processes starting together never read half a file.

>>> import os
>>> os.environ["KGEXPLAIN_CACHE"] = "/tmp/kgx-cache"
>>> str(cache_home())
'/tmp/kgx-cache'
>>> del os.environ["KGEXPLAIN_CACHE"]
"""

from __future__ import annotations

import os
import threading
import uuid
from pathlib import Path
from typing import IO, Callable

__all__ = ["cache_home", "write_atomically"]


def cache_home() -> Path:
    """``$KGEXPLAIN_CACHE``, else ``$XDG_CACHE_HOME/kgexplain``, else ``~/.cache/kgexplain``."""
    env = os.environ.get("KGEXPLAIN_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "kgexplain"


def write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write ``path`` through ``write(file)``: into a temporary file in the same folder whose name
    is unique to this process and thread, then moved into place with ``os.replace``, so a reader
    sees the old file or the whole new one, never part of one, and two writers never share a
    temporary file. On any error the temporary file is removed and the error raised.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write_atomically(folder / "a" / "x.bin", lambda fh: fh.write(b"data"))
    >>> (folder / "a" / "x.bin").read_bytes(), sorted(p.name for p in (folder / "a").iterdir())
    (b'data', ['x.bin'])
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
