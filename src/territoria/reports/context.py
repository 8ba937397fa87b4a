"""What every document prints besides its record: data edition, dates, version, branding."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from territoria import __version__


#: Longest agency name printed in a header (a longer one is refused on the command line and
#: cut in documents: the header has one line for it).
MAX_AGENCY_NAME = 200


def agency_name_problem(name: str) -> str | None:
    """A French message when ``name`` is too long to be an agency name, else None."""
    if len(name) > MAX_AGENCY_NAME:
        return (f"le nom de la structure est trop long ({len(name)} caractères, {MAX_AGENCY_NAME} au plus). "
                "Choisissez un nom plus court.")
    return None


def logo_problem(path: Path) -> str | None:
    """A French message when ``path`` is not a readable PNG or JPEG image, else None."""
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(str(path)).getSize()
    except Exception:  # noqa: BLE001 - any failure of the image library means "unreadable"
        return f"le logo « {path} » n'est pas une image lisible (PNG ou JPEG attendu)"
    if width <= 0 or height <= 0:
        return f"le logo « {path} » est une image vide"
    return None


@dataclass(frozen=True, slots=True)
class Branding:
    """The letterhead (name and logo) and the agency that distributed the data, if any."""

    agency_name: str = ""
    logo_path: Path | None = None
    #: Short name of the agency whose branded installation made the document ("diffusé par …").
    distributed_by: str = ""
    #: The agency's accent colour (``#RRGGBB``) for the letterhead rule; ``None``: the default.
    accent_colour: str | None = None
    #: The branded agency's contact lines (e-mail, telephone, web page): whom a one-pager sends
    #: its reader to when the record names no contact.
    contact: tuple[str, ...] = ()


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
        text = (f"Données à jour au {edition} · Document généré le {long_date(self.generated)}"
                f" · Territoria {self.app_version}")
        if self.branding.distributed_by:
            text += f", diffusé par {self.branding.distributed_by}"
        return text


@dataclass(frozen=True, slots=True)
class WhyComparable:
    """Why an initiative matters for the collectivité chosen in "Ma commune" (one-pager block)."""

    #: "Saint-Denis-sur-Sarthon (61)".
    place: str
    #: "Très proche", "Proche" or "À regarder".
    closeness: str
    #: The ranking's reasons, in French, in their order.
    reasons: tuple[str, ...]
