"""One writer per output: an exclusive ``flock`` on ``OUT.lock`` for the length of an export."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path as FsPath
from typing import Any

from kgexplain.errors import ExportLockedError
from kgexplain.export.journal import write_error

logger = logging.getLogger(__name__)

__all__ = ["OutputLock"]


class OutputLock:
    """An exclusive lock on ``OUT.lock`` (``flock``) for the length of one export.

    A second export to the same output fails at once with :class:`ExportLockedError`. The
    operating system drops the lock when its process dies, so the lock file a ``kill -9`` leaves
    behind never blocks a ``--resume``; a finished export deletes it.
    """

    def __init__(self, out: FsPath) -> None:
        self.out = out
        self.path = out.with_name(out.name + ".lock")
        self._fd: int | None = None

    def __enter__(self) -> "OutputLock":
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no flock
            logger.warning("no file locking on this platform: do not run two exports to %s", self.out)
            return self
        while True:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise write_error(exc, self.out, 0) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise write_error(exc, self.out, 0) from None
                raise ExportLockedError(
                    f"another export is writing {self.out} right now (it holds {self.path.name}); "
                    "wait for it to finish or choose another output file (a lock left by a killed "
                    "export is released by the system and does not block --resume)") from None
            try:  # a finishing export may have deleted the file we locked: lock the new one
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                try:  # the holder's pid, for a person looking at the lock file
                    os.ftruncate(fd, 0)
                    os.write(fd, f"{os.getpid()}\n".encode())
                except OSError:  # a full disk: the lock holds without it
                    pass
                return self
            os.close(fd)

    def __exit__(self, *exc: Any) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)  # while still holding it (see __enter__)
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None
