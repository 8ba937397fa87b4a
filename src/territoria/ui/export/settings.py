"""Export settings kept in QSettings: last folder, agency name and logo for the header."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from territoria.reports.context import Branding

LAST_FOLDER = "export/last_folder"
AGENCY_NAME = "export/agency_name"
AGENCY_LOGO = "export/agency_logo"


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return value if isinstance(value, str) else ""


def branding(settings: QSettings) -> Branding:
    """The agency name and logo printed in document headers (empty when unset)."""
    logo = _text(settings, AGENCY_LOGO).strip()
    return Branding(agency_name=_text(settings, AGENCY_NAME).strip(), logo_path=Path(logo) if logo else None)


def set_branding(settings: QSettings, name: str, logo: str) -> None:
    """Remember the agency name and logo path."""
    settings.setValue(AGENCY_NAME, name.strip())
    settings.setValue(AGENCY_LOGO, logo.strip())


def last_folder(settings: QSettings) -> Path:
    """The folder of the last export, else the Documents folder, else the home folder."""
    remembered = _text(settings, LAST_FOLDER)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(settings: QSettings, path: Path) -> None:
    """Remember the folder of ``path`` for the next export."""
    settings.setValue(LAST_FOLDER, str(Path(path).parent))
