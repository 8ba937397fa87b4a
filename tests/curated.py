"""Expectations read from the curated files (``data/curated/*.toml``), so that adding or
correcting a record never breaks a test about something else."""

from __future__ import annotations

import tomllib
from pathlib import Path

CURATED = Path(__file__).resolve().parent.parent / "data" / "curated"
#: The TOML array of tables holding each kind of record.
TABLES = {"initiatives": "initiative", "schemes": "scheme", "programmes": "programme",
          "organisations": "organisation", "figures": "figure", "sources": "source"}


def curated_count(kind: str = "initiatives") -> int:
    """How many records of ``kind`` the curated files hold (as many as the seed built from them)."""
    with (CURATED / f"{kind}.toml").open("rb") as handle:
        return len(tomllib.load(handle).get(TABLES[kind], []))
