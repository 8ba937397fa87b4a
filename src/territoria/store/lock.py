"""One writer per data folder: an advisory lock file taken by every process that writes.

The lock is ``filelock``'s (``flock`` on Unix, ``LockFileEx`` on Windows), released by the
system when the process dies, so a ``kill -9`` never leaves the folder locked. Who holds it
(pid, host, since when) is written beside it for the message the others show. Readers do
not take it: SQLite's WAL lets them read while the holder writes.
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from territoria.errors import DataFolderBusyError

LOCK_NAME = ".territoria.lock"
HOLDER_NAME = ".territoria.lock.json"
#: How long a command that writes waits for the lock before saying who holds it.
WRITE_WAIT_SECONDS = 5.0
#: How long a start waits when the database needs creating, upgrading or updating: the holder
#: is most likely another start doing that very work, which can take a while on a big base.
STARTUP_WAIT_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class LockHolder:
    """The process that holds (or last held) a data folder's lock."""

    pid: int
    host: str
    since: str  # ISO 8601, local time
    program: str

    def describe(self) -> str:
        """French phrase naming the holder: « processus 1234 sur « pc-mairie », depuis le 26/11/2026 à 10:31 »."""
        try:
            when = datetime.fromisoformat(self.since).strftime("le %d/%m/%Y à %H:%M")
        except ValueError:
            when = self.since
        return f"{self.program}, processus {self.pid} sur « {self.host} », depuis {when}"


class DataFolderLock:
    """The writer lock of one data folder (re-entrant within a process)."""

    def __init__(self, folder: Path, program: str = "territoria") -> None:
        self.folder = folder
        self.program = program
        # one instance per lock file in a process: a second FileLock on the same file
        # would block on its own process's lock (flock is per open file)
        self._lock = FileLock(folder / LOCK_NAME, thread_local=False, is_singleton=True)

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._lock.is_locked

    def acquire(self, timeout: float | None = None) -> None:
        """Take the lock, waiting up to ``timeout`` seconds (default :data:`WRITE_WAIT_SECONDS`);
        raise ``DataFolderBusyError`` naming the holder."""
        first = not self._lock.is_locked
        try:
            self._lock.acquire(timeout=WRITE_WAIT_SECONDS if timeout is None else timeout)
        except Timeout:
            holder = self.holder()
            raise DataFolderBusyError(self.folder, holder.describe() if holder else "") from None
        if first:
            self._write_holder()

    def release(self) -> None:
        """Give the lock back (the outermost release lets others in)."""
        if self._lock.is_locked:
            self._lock.release()

    @contextmanager
    def hold(self, timeout: float | None = None) -> Iterator[None]:
        """``with lock.hold():`` — the lock for the length of a block."""
        self.acquire(timeout)
        try:
            yield
        finally:
            self.release()

    def holder(self) -> LockHolder | None:
        """Who last took the lock (None when unknown or unreadable)."""
        try:
            data = json.loads((self.folder / HOLDER_NAME).read_text(encoding="utf-8"))
            return LockHolder(int(data["pid"]), str(data["host"]), str(data["since"]), str(data["program"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write_holder(self) -> None:
        info = {"pid": os.getpid(), "host": platform.node(), "program": self.program,
                "since": datetime.now().isoformat(timespec="seconds")}
        target = self.folder / HOLDER_NAME
        tmp = self.folder / f".territoria.lock.{os.getpid()}.tmp"
        try:
            tmp.write_text(json.dumps(info), encoding="utf-8")
            os.replace(tmp, target)
        except OSError:  # the message loses its details, the lock still works
            tmp.unlink(missing_ok=True)
