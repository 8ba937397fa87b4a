"""Shared pieces of the importer tests: fixture paths and one reference-geography matcher."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "importers"
PSTW = FIXTURES / "pstw_sample.csv"
AIDES = FIXTURES / "aides_territoires_sample.csv"


@pytest.fixture(scope="session")
def geo(shared_db):
    """A matcher factory over the seed's reference geography (read once per session)."""
    from territoria.services.importers.run import matcher_from_database

    factory = matcher_from_database(shared_db)
    factory()
    return factory


def csv_rows(path: Path) -> list[dict[str, str]]:
    """The fixture's rows read independently with ``csv`` (expectations come from the file)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    """Write ``rows`` as CSV (quoting as Excel does)."""
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path
