"""Schema migrations with Alembic, driven from code (no alembic.ini to ship)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from territoria.errors import NewerDatabaseError

if TYPE_CHECKING:  # HEAD is read without SQLAlchemy (the one-pager's quick export, store.quick_read)
    from sqlalchemy import Engine

_MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The newest revision, known without importing Alembic (slow) so a normal start-up,
#: where the database is already at head, costs one query. A test keeps it equal to
#: Alembic's own head.
HEAD = "0013"


def _config():  # -> alembic.config.Config (imported lazily: alembic is slow to import)
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this version of the app can migrate from."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty or unversioned file."""
    from sqlalchemy import inspect

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def needs_upgrade(engine: Engine) -> bool:
    """Whether the database is behind this app's head revision.

    Raises :class:`NewerDatabaseError` when the database was written by a newer version.
    """
    current = current_revision(engine)
    if current == HEAD:
        return False
    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(current)
    return current != head_revision()


def upgrade(engine: Engine) -> None:
    """Migrate the database to the head revision (creating every table on an empty file)."""
    from alembic import command

    from territoria.store.engine import make_transactional_engine

    needs_upgrade(engine)  # refuse a newer database before touching it
    config = _config()
    if engine.dialect.name != "sqlite":
        # a server's DDL is transactional: the whole upgrade commits or vanishes
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return
    # The whole upgrade, DDL included, is one SQLite transaction: a crash or a failing
    # migration leaves the database exactly at its old revision (see make_transactional_engine).
    assert engine.url.database, "upgrade needs a database file"
    transactional = make_transactional_engine(Path(engine.url.database))
    try:
        with transactional.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        transactional.dispose()
