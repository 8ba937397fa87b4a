"""Fixtures of the fault-injection suite: databases built once per session in a temporary cache.

- ``user_template``: the user's database made from the seed, with own records (a project,
  notes, stars, a saved search);
- ``old_schemas``: a 25,000-initiative database (``bench/generate.py``) with the same own
  records, downgraded with Alembic to every earlier schema revision.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from harness import FaultTally

REPO = Path(__file__).resolve().parents[2]
#: Initiatives of the upgrade database (the issue's finding was made on ~28,500).
UPGRADE_INITIATIVES = 25_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test of this folder carries the ``faults`` marker (``-m faults`` / ``-m 'not faults'``)."""
    for item in items:
        if "tests/faults/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.faults)


@pytest.fixture(scope="session")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the committed seed and its digest: the suite's runs last minutes and the
    repository's seed may be rebuilt meanwhile, which would look like a seed update."""
    from territoria.store.seed_check import write_digest

    committed = REPO / "data" / "seed.sqlite"
    assert committed.is_file(), "data/seed.sqlite is missing: run `territoria build-seed`"
    folder = tmp_path_factory.mktemp("faults-seed")
    seed = folder / "seed.sqlite"
    shutil.copyfile(committed, seed)
    write_digest(seed)
    return seed


@pytest.fixture(scope="session")
def tally() -> Iterator[FaultTally]:
    """The suite's counts, printed (and written to TERRITORIA_FAULT_REPORT) at the end."""
    counts = FaultTally()
    yield counts
    counts.write()


def add_own_records(database: Path, seed: Path) -> dict[str, int]:
    """Give ``database`` (at head) the user's own records; returns their counts."""
    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.store.backup import inspect_database
    from territoria.store.derived import apply_derived
    from territoria.store.models import (
        ORIGIN_USER,
        Initiative,
        InitiativeTheme,
        Organisation,
        SavedSearch,
        SelectionEntry,
        UserNote,
    )

    db = open_database(resolve_paths(database.parent), seed)
    try:
        with db.session() as session:
            org = Organisation(slug="user-mairie-faults", origin=ORIGIN_USER, name="Mairie d'Essai",
                               kind="commune", commune_insee="61382")
            session.add(org)
            session.flush()
            mine = Initiative(slug="user-projet-faults", origin=ORIGIN_USER, title="Notre projet local",
                              summary="Un projet de la mairie, noté à la main", lead_id=org.id, status="pilot")
            mine.themes = [InitiativeTheme(theme="administration")]
            session.add(mine)
            session.flush()
            apply_derived(session, mine)
            slugs = ["drome-assistant-virtuel", "datalab-normandie", "user-projet-faults"]
            for slug in slugs:
                session.add(SelectionEntry(initiative_slug=slug, added_at=datetime(2026, 1, 2)))
            session.add(SavedSearch(name="Eau potable", query="eau", filters={"region": ["28"]},
                                    created_at=datetime(2026, 1, 2)))
            for slug in slugs[:2]:
                session.add(UserNote(kind="initiative", record_slug=slug, text="À présenter au conseil",
                                     updated_at=datetime(2026, 1, 3)))
    finally:
        db.close()
    return inspect_database(database, full=False).own_records


@pytest.fixture(scope="session")
def user_template(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> Path:
    """A user's database at head, made from the seed, with own records (copy it, never write it)."""
    folder = tmp_path_factory.mktemp("faults-user")
    add_own_records(folder / "territoria.sqlite", seed_file)
    return folder / "territoria.sqlite"


@pytest.fixture(scope="session")
def old_schemas(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> dict[str, Path]:
    """{revision: 25,000-initiative database at that revision}, for every revision before head."""
    from alembic import command

    from territoria.store import migrate
    from territoria.store.engine import make_transactional_engine

    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from bench.generate import generate

    cache = tmp_path_factory.mktemp("faults-schemas")
    database = generate(cache / "head", UPGRADE_INITIATIVES, base_seed=seed_file)
    add_own_records(database, seed_file)
    revisions = sorted(migrate.known_revisions())
    built: dict[str, Path] = {}
    for revision in reversed(revisions[:-1]):
        engine = make_transactional_engine(database)
        config = migrate._config()
        try:
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.downgrade(config, revision)
        finally:
            engine.dispose()
        built[revision] = cache / f"schema-{revision}.sqlite"
        shutil.copyfile(database, built[revision])
    return dict(sorted(built.items()))
