"""What an ``ExportController`` reported, collected from its signals (tests read it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ExportRecord:
    """Every file written and every French message shown, in order."""

    paths: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def last_path(self) -> Path | None:
        """The last file written, if any."""
        return self.paths[-1] if self.paths else None

    @property
    def last_error(self) -> str | None:
        """The last message shown, if any."""
        return self.errors[-1] if self.errors else None


def record_exports(controller) -> ExportRecord:
    """Start recording ``controller``'s ``exported`` and ``failed`` signals."""
    record = ExportRecord()
    controller.exported.connect(lambda path: record.paths.append(Path(path)))
    controller.failed.connect(record.errors.append)
    return record
