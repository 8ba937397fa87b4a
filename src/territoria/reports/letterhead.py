"""Whose name heads a document: the user's choice, else the commune of "Ma commune", else the agency.

The letterhead of a printed sheet is the collectivité that hands it to its council. An explicit
name or logo (the export option or the setting) wins; otherwise the collectivité chosen in "Ma
commune"; otherwise the agency the installation is branded for. The footer says which agency
distributed the data ("diffusé par …") whenever the installation is branded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from territoria.services.branding import Branding as InstalledBranding
from territoria.reports.context import Branding

if TYPE_CHECKING:  # the one-pager's quick read builds a letterhead without SQLAlchemy
    from territoria.services.database import Database

_PREFIX = {"commune": "Commune de ", "departement": "Département : ", "region": "Région "}


def chosen_collectivite_name(db: Database) -> str:
    """"Commune de Saint-Denis-sur-Sarthon" for the place chosen in "Ma commune", else ""."""
    from territoria.services.communes import find_place
    from territoria.services.profile import load_choice

    choice = load_choice(db)
    if choice is None:
        return ""
    place = find_place(db, choice.kind, choice.code)
    if place is None:
        return ""
    return collectivite_title(place.kind, place.name)


def collectivite_title(kind: str, name: str) -> str:
    """"Commune de Saint-Denis-sur-Sarthon" for a place of ``kind`` named ``name``."""
    return _PREFIX.get(kind, "") + name


def document_branding(db: Database | None, *, name: str | None = None, logo: Path | None = None,
                      installed: InstalledBranding | None = None) -> Branding:
    """The header and footer branding of a document (see the module docstring for the order)."""
    name = (name or "").strip()
    if not name and db is not None:
        name = chosen_collectivite_name(db)
    if not name and installed is not None:
        # the agency heads the sheet: with its logo unless another one was given
        name = installed.letterhead
        logo = logo or installed.logo
    return Branding(agency_name=name, logo_path=logo,
                    distributed_by=installed.short_name if installed is not None else "",
                    accent_colour=installed.accent_colour if installed is not None else None,
                    contact=installed.contact_lines if installed is not None else ())
