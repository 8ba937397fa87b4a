"""What every document prints besides its record: data edition, dates, version, branding."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from territoria import __version__


@dataclass(frozen=True, slots=True)
class Branding:
    """The optional agency name and logo printed in the header (from the settings)."""

    agency_name: str = ""
    logo_path: Path | None = None


@dataclass(frozen=True, slots=True)
class ReportContext:
    """Facts printed in the header and footer of every page."""

    data_edition: str | None = None
    generated: date = field(default_factory=date.today)
    app_version: str = __version__
    branding: Branding = field(default_factory=Branding)

    def footer_text(self) -> str:
        """"Données à jour au 28 novembre 2025 · Document généré le … · Territoria 0.1.0"."""
        from territoria.domain.format_fr import long_date, partial_date

        edition = partial_date(self.data_edition) if self.data_edition else "date inconnue"
        return (f"Données à jour au {edition} · Document généré le {long_date(self.generated)}"
                f" · Territoria {self.app_version}")
