"""Where the pack dialogs find the trust store and the backups folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class PackLocations:
    """The configuration folder (trusted keys) and the backups folder (before an import)."""

    config_dir: Path
    backups: Path


def locations_of(context: Any) -> PackLocations:
    """The locations of the application's ``context`` (``UiContext``).

    The paths the context or its database carry; otherwise the folder of the settings
    file (the configuration folder, see ``config.Paths``) and ``backups`` next to the database.
    """
    paths = getattr(context, "paths", None) or getattr(context.db, "paths", None)
    if paths is not None:
        return PackLocations(paths.config_dir, paths.backups)
    backups = Path(context.db.path).parent / "backups"
    qsettings = getattr(getattr(context.settings, "backend", None), "qsettings", None)
    if qsettings is not None and qsettings.fileName():
        return PackLocations(Path(qsettings.fileName()).parent, backups)
    return PackLocations(Path(context.db.path).parent, backups)
