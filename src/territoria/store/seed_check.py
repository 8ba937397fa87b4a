"""Is the bundled seed the one that was built? Its sha256 is recorded beside it at build time.

``build-seed`` writes ``seed.sha256`` next to ``seed.sqlite``; both are shipped (wheel,
frozen build). The digest is checked only when the seed is about to be read for real —
on first run and before a seed update — so a normal start-up never hashes 5 MB.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from territoria.errors import DamagedInstallationError, SeedMissingError
from territoria.store.backup import file_digest, inspect_database


def digest_path(seed: Path) -> Path:
    """Where the digest of ``seed`` is recorded (``seed.sqlite`` -> ``seed.sha256``)."""
    return seed.with_suffix(".sha256")


def write_digest(seed: Path) -> Path:
    """Record ``seed``'s sha256 beside it (``<hex>  <name>``, the format of ``sha256sum``)."""
    target = digest_path(seed)
    target.write_text(f"{file_digest(seed)}  {seed.name}\n", encoding="ascii")
    return target


def recorded_digest(seed: Path) -> str | None:
    """The digest recorded for ``seed``, or None when there is no (readable) record."""
    try:
        text = digest_path(seed).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    token = text.split()[0].lower() if text else ""
    return token if len(token) == 64 else ""


def verify_seed(seed: Path, *, require_digest: bool) -> None:
    """Raise unless ``seed`` is present, matches its recorded digest and is a readable Territoria database.

    ``require_digest`` is set for the installed seed (a missing record means a damaged
    installation); a seed handed in explicitly (tests, benches) is checked against its
    record only when it has one.
    """
    if not seed.is_file():
        raise SeedMissingError(seed)
    expected = recorded_digest(seed)
    if expected is None and require_digest:
        raise DamagedInstallationError(seed, f"empreinte {digest_path(seed).name} absente")
    if expected is not None:
        try:
            actual = file_digest(seed)
        except OSError as exc:
            raise DamagedInstallationError(seed, f"illisible : {exc.strerror or exc}") from exc
        if actual != expected:
            raise DamagedInstallationError(seed, "son empreinte SHA-256 ne correspond pas")
    check = inspect_database(seed, full=False)
    if not check.ok:
        raise DamagedInstallationError(seed, f"illisible : {check.detail}")


def read_seed_meta(seed: Path, key: str) -> str | None:
    """One ``meta`` value of the seed; a seed that cannot be read is a damaged installation."""
    try:
        connection = sqlite3.connect(f"file:{seed}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DamagedInstallationError(seed, f"illisible : {exc}") from exc
    return row[0] if row else None
