"""Where the pack dialogs find the trust store and the backups folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from territoria.ui.context import UiContext


@dataclass(frozen=True, slots=True)
class PackLocations:
    """The configuration folder (trusted keys) and the backups folder (before an import)."""

    config_dir: Path
    backups: Path


def locations_of(context: UiContext) -> PackLocations:
    """The locations of the application's ``context``."""
    return PackLocations(context.paths.config_dir, context.paths.backups)
