"""Shared fixtures: every test works on a copy of the real seed in a temporary data dir."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from engines import engine_db, server_admin, server_db  # noqa: F401 - fixtures on SQLite and PostgreSQL

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "seed.sqlite"


@pytest.fixture(scope="session")
def seed_file() -> Path:
    """The committed seed database (never written to)."""
    assert SEED.is_file(), "data/seed.sqlite is missing: run `territoria build-seed`"
    return SEED


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    """An empty ``--data-dir`` for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture()
def db(data_dir: Path, seed_file: Path) -> Iterator:
    """The user's database created from the seed in a fresh data dir (writable, per test)."""
    from territoria.config import resolve_paths
    from territoria.services.database import open_database

    database = open_database(resolve_paths(data_dir), seed_file)
    yield database
    database.close()


@pytest.fixture(scope="session")
def shared_db(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> Iterator:
    """One user database for read-only tests of a whole session (faster than ``db``)."""
    from territoria.config import resolve_paths
    from territoria.services.database import open_database

    folder = tmp_path_factory.mktemp("shared-data")
    database = open_database(resolve_paths(folder), seed_file)
    yield database
    database.close()


@pytest.fixture()
def copy_seed(tmp_path: Path, seed_file: Path):
    """Copy the seed to a temp path (for tests that alter a seed)."""

    def make(name: str = "seed.sqlite") -> Path:
        target = tmp_path / name
        shutil.copy(seed_file, target)
        return target

    return make
