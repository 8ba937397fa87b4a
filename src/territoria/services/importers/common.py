"""What every preset shares: options, the converted result, dates and years."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from territoria.services.importers.geo_match import GeoMatcher
from territoria.services.importers.records import PackRecords
from territoria.services.importers.report import RowOutcome


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """Options of ``import-catalogue`` (None: the preset's default)."""

    publisher_id: str | None = None
    publisher_name: str | None = None
    edition: str | None = None
    country: str = "France"
    all_technologies: bool = False
    mapping: Path | None = None
    sheet: str | None = None
    #: the pack's licence (table preset; the pstw and aides-territoires presets name their own)
    licence: str | None = None


@dataclass
class Converted:
    """Records, one outcome per row, warnings and ``pack.toml`` defaults of one preset run."""

    records: PackRecords = field(default_factory=PackRecords)
    outcomes: list[RowOutcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    publisher_id: str = ""
    publisher_name: str = ""
    title: str = ""
    licence: str | None = None


#: Builds the reference-geography matcher on first need (reading 35,000 communes costs ~1 s).
MatcherFactory = Callable[[], GeoMatcher]

_YEAR = re.compile(r"^\s*((?:19|20)\d{2})(?:\.0+)?\s*$")
_DATE_FORMATS = (
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$"), ("d", "m", "yy")),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), ("y", "m", "d")),
)
_URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.-](\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_year(text: str) -> str | None:
    """"2021" (or "2021.0" from a spreadsheet) -> "2021"; anything else -> None."""
    m = _YEAR.match(text or "")
    return m.group(1) if m else None


def parse_date(text: str) -> str | None:
    """A French or ISO date ("31/12/2024", "2024-12-31", "31.12.24", "12/2024", "2024-12", "2024") in
    curated form ("YYYY-MM-DD", "YYYY-MM" or "YYYY"); None when it is not a real date."""
    text = (text or "").strip()
    if not text:
        return None
    if (year := parse_year(text)) is not None:
        return year
    if m := _MONTH_YEAR.match(text):
        month, year_ = int(m.group(1)), int(m.group(2))
        return f"{year_:04d}-{month:02d}" if 1 <= month <= 12 else None
    if m := _YEAR_MONTH.match(text):
        year_, month = int(m.group(1)), int(m.group(2))
        return f"{year_:04d}-{month:02d}" if 1 <= month <= 12 else None
    for pattern, order in _DATE_FORMATS:
        m = pattern.match(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        year_ = int(parts["y"]) if "y" in parts else 2000 + int(parts["yy"])
        try:
            return date(year_, int(parts["m"]), int(parts["d"])).isoformat()
        except ValueError:
            return None
    return None


def is_url(text: str) -> bool:
    """Whether ``text`` is a plain http(s) address (no spaces, a host)."""
    return bool(_URL.match(text or ""))
