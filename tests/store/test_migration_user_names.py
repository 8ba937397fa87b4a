"""Migration 0010 keeps the user's data: stars, saved searches, notes and own projects gain the
user name ('' on SQLite, the migrating role on a server), an old duplicate profile row goes,
records start at version 1; and it goes down and up again. On both engines."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from territoria.store import migrate


def _run(engine, revision: str, *, down: bool) -> None:
    from alembic import command

    from territoria.store.engine import make_transactional_engine

    config = migrate._config()
    target = engine if engine.dialect.name != "sqlite" else make_transactional_engine(Path(engine.url.database))
    try:
        with target.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        if target is not engine:
            target.dispose()


def test_0010_keeps_user_rows_and_goes_down_and_up(engine_db):
    engine = engine_db.engine
    _run(engine, "0009", down=True)
    assert migrate.current_revision(engine) == "0009"
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO user_selection (initiative_slug, added_at) VALUES ('anaouder', :t)"),
                           {"t": "2026-01-01 10:00:00"})
        connection.execute(text("INSERT INTO user_notes (kind, record_slug, text, updated_at) "
                                "VALUES ('initiative', 'anaouder', 'à rappeler', :t)"), {"t": "2026-01-01 10:00:00"})
        for ident, code in ((3, "26362"), (7, "61382")):  # an old version's second row
            connection.execute(text("INSERT INTO user_profile (id, kind, code, needs) VALUES (:i, 'commune', :c, '[]')"),
                               {"i": ident, "c": code})
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD
    with engine.connect() as connection:
        me = "" if engine.dialect.name == "sqlite" else connection.execute(text("SELECT current_user")).scalar()
        assert connection.execute(text("SELECT initiative_slug, user_name FROM user_selection")).all() == [
            ("anaouder", me)]
        assert connection.execute(text("SELECT text, user_name FROM user_notes")).all() == [("à rappeler", me)]
        assert connection.execute(text("SELECT id, code, user_name FROM user_profile")).all() == [(3, "26362", me)]
        assert connection.execute(text("SELECT DISTINCT version FROM initiatives")).scalars().all() == [1]
        assert connection.execute(text("SELECT DISTINCT version FROM schemes")).scalars().all() == [1]
        assert connection.execute(text("SELECT count(*) FROM initiatives WHERE user_name IS NOT NULL")).scalar() == 0
