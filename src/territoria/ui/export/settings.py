"""Export settings: last folder, agency name and logo for the header (declared in ``territoria.settings``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from territoria.reports.context import Branding
from territoria.services.branding import Branding as InstalledBranding
from territoria.services.database import Database
from territoria.settings import EXPORT_AGENCY_LOGO, EXPORT_AGENCY_NAME, EXPORT_LAST_FOLDER, Settings


def branding(settings: Settings) -> Branding:
    """The agency name and logo printed in document headers (empty when unset)."""
    logo = settings.get(EXPORT_AGENCY_LOGO).strip()
    return Branding(agency_name=settings.get(EXPORT_AGENCY_NAME).strip(), logo_path=Path(logo) if logo else None)


def letterhead(db: Database, settings: Settings, agency: InstalledBranding | None) -> Branding:
    """What heads a document: the name/logo set in the settings, else "Ma commune", else the agency."""
    from territoria.reports.letterhead import document_branding

    explicit = branding(settings)
    return document_branding(db, name=explicit.agency_name, logo=explicit.logo_path, installed=agency)


def default_letterhead(db: Database, agency: InstalledBranding | None) -> Branding:
    """What heads documents while nothing is set: the collectivité of "Ma commune", else the agency."""
    from territoria.errors import TerritoriaError
    from territoria.reports.letterhead import document_branding

    try:
        return document_branding(db, installed=agency)
    except TerritoriaError:  # an unreadable "Ma commune" choice: the agency, else nothing
        return document_branding(None, installed=agency)


def set_branding(settings: Settings, name: str, logo: str) -> None:
    """Remember the agency name and logo path."""
    settings.set(EXPORT_AGENCY_NAME, name.strip())
    settings.set(EXPORT_AGENCY_LOGO, logo.strip())


def last_folder(settings: Settings) -> Path:
    """The folder of the last export, else the Documents folder, else the home folder."""
    remembered = settings.get(EXPORT_LAST_FOLDER)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(settings: Settings, path: Path) -> None:
    """Remember the folder of ``path`` for the next export."""
    settings.set(EXPORT_LAST_FOLDER, str(Path(path).parent))
