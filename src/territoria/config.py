"""Where Territoria keeps its files (platformdirs, or one folder given by ``--data-dir``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from territoria import APP_NAME


@dataclass(frozen=True, slots=True)
class Paths:
    """Every location Territoria writes to."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        """The user's database (created from the seed on first run)."""
        return self.data_dir / "territoria.sqlite"

    @property
    def backups(self) -> Path:
        """Automatic backups made before a migration or a seed update."""
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        """The INI file behind QSettings (window layout, last folder, agency name)."""
        return self.config_dir / "settings.ini"

    @property
    def log_file(self) -> Path:
        """The rotating log."""
        return self.log_dir / "territoria.log"

    def ensure(self) -> None:
        """Create the folders (raises ``DataDirError`` in French when impossible)."""
        from territoria.errors import DataDirError

        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backups):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                # a name of its own: simultaneous starts must not race on one probe file
                probe = folder / f".write-test-{os.getpid()}-{os.urandom(4).hex()}"
                probe.write_bytes(b"")
                probe.unlink()
            except OSError as exc:
                raise DataDirError(folder, exc.strerror or str(exc)) from exc


def resolve_paths(data_dir: Path | None = None) -> Paths:
    """All paths under ``data_dir`` when given, else the platform's standard locations."""
    if data_dir is not None:
        root = data_dir.expanduser().resolve()
        return Paths(data_dir=root, config_dir=root, log_dir=root / "logs")
    import platformdirs

    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
