"""The French provenance line of a record imported from an agency's data pack."""

from __future__ import annotations

import re

_EDITION = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:\.(\d+))?$")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre")


def provenance_line(publisher_name: str, edition: str) -> str:
    """"Source des données : ARNia, édition du 3 mars 2026" (a ".N" revision adds "(révision N)")."""
    match = _EDITION.match(edition or "")
    if match is None or not 1 <= int(match.group(2)) <= 12:
        return f"Source des données : {publisher_name}, édition {edition}"
    year, month, day, revision = match.groups()
    day_text = "1er" if int(day) == 1 else str(int(day))
    text = f"Source des données : {publisher_name}, édition du {day_text} {_MONTHS[int(month) - 1]} {year}"
    return f"{text} (révision {revision})" if revision else text
