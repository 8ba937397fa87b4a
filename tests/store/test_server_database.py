"""The shared catalogue on a real PostgreSQL server: ``db init``, ``db upgrade``, the
``--database`` option, and the French messages of what goes wrong (nothing half-written)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url

from territoria.cli import main
from territoria.errors import NewerDatabaseError, TerritoriaError
from territoria.services.database import open_server_database
from territoria.store import migrate
from territoria.store.server import ServerError, float_literals, is_server_url, safe_url


def _counts(url: str, tables: list[str]) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {t: connection.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in tables}
    finally:
        engine.dispose()


def test_init_from_seed_loads_every_table_then_upgrade_and_a_second_init(server_admin, seed_file, data_dir, capsys):
    url = server_admin.new_database()
    try:
        assert main(["--data-dir", str(data_dir), "--database", url, "db", "init", "--from-seed"]) == 0
        assert "communes" in capsys.readouterr().out
        engine = create_engine(url)
        try:
            assert migrate.current_revision(engine) == migrate.HEAD
            server_tables = set(inspect(engine).get_table_names())
        finally:
            engine.dispose()
        with sqlite3.connect(seed_file) as seed:
            seed_tables = [name for (name,) in seed.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                           if name in server_tables and name != "alembic_version"]
            want = {t: seed.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in seed_tables}
        assert want["communes"] > 0 and want["initiatives"] > 0
        assert _counts(url, seed_tables) == want
        assert _counts(url, ["initiative_search"]) == {"initiative_search": want["initiatives"]}

        assert main(["--data-dir", str(data_dir), "--database", url, "db", "upgrade"]) == 0
        assert migrate.HEAD in capsys.readouterr().out
        assert main(["--data-dir", str(data_dir), "--database", url, "db", "init", "--from-seed"]) == 1
        assert "n'est pas vide" in capsys.readouterr().err
        # the commands read the server (same answers as the local file)
        for command in (["search", "assistant", "--json"], ["search", "--", "ia", "-bretagne", "--limit", "0"],
                        ["communes", "st", "denis", "sarthon", "--json"], ["comparable", "--commune", "61411", "--json"],
                        ["schemes", "--commune", "61411", "--date", "2026-01-15", "--json"], ["region", "53", "--json"],
                        ["timeline", "--json"]):
            assert main(["--data-dir", str(data_dir), "--database", url, *command]) == 0, command
            on_server = capsys.readouterr().out
            assert main(["--data-dir", str(data_dir), *command]) == 0, command
            assert capsys.readouterr().out == on_server, command
    finally:
        server_admin.drop_database(url)


def test_environment_variable_chooses_the_server(server_db, data_dir, monkeypatch, capsys):
    url = server_db.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("TERRITORIA_DATABASE_URL", url)
    assert main(["--data-dir", str(data_dir), "info", "--json"]) == 0
    assert '"schema_version"' in capsys.readouterr().out
    assert not (data_dir / "territoria.sqlite").exists()  # the local file was never made


def test_unreachable_server_and_missing_database_are_explained(server_admin, data_dir, capsys):
    closed = make_url(server_admin.url("postgres")).set(host="127.0.0.1", port=1)
    assert main(["--data-dir", str(data_dir), "--database", closed.render_as_string(hide_password=False),
                 "info"]) == 1
    err = capsys.readouterr().err
    assert "ne répond pas" in err and "Traceback" not in err
    missing = server_admin.url("territoria_nulle_part")
    assert main(["--data-dir", str(data_dir), "--database", missing, "info"]) == 1
    assert "n'existe pas" in capsys.readouterr().err


def test_empty_older_and_newer_schemas(server_admin, server_db):
    empty = server_admin.new_database()
    try:
        with pytest.raises(ServerError, match="db init --from-seed"):
            open_server_database(empty)
    finally:
        server_admin.drop_database(empty)
    with server_db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NewerDatabaseError):
        open_server_database(server_db.engine.url.render_as_string(hide_password=False))
    with server_db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0008'")
    with pytest.raises(ServerError, match="db upgrade"):
        open_server_database(server_db.engine.url.render_as_string(hide_password=False))


def test_missing_extension_without_the_right_to_create_it(server_admin, seed_file):
    """A user who may not create extensions gets the administrator's commands, and nothing is written."""
    url = server_admin.new_database()
    name = make_url(url).database
    with server_admin.engine.connect() as connection:
        connection.exec_driver_sql("DROP ROLE IF EXISTS territoria_editor")
        connection.exec_driver_sql("CREATE ROLE territoria_editor LOGIN PASSWORD 'editor'")
        connection.exec_driver_sql(f"REVOKE CREATE ON DATABASE {name} FROM PUBLIC")
    admin_engine = create_engine(url)
    with admin_engine.begin() as connection:
        connection.exec_driver_sql("GRANT ALL ON SCHEMA public TO territoria_editor")
    editor = make_url(url).set(username="territoria_editor", password="editor").render_as_string(hide_password=False)
    try:
        from territoria.services.server_database import init_server_database

        with pytest.raises(TerritoriaError, match="extension"):
            init_server_database(editor, seed_file)
        assert inspect(admin_engine).get_table_names() == []  # one transaction: nothing half-made
    finally:
        admin_engine.dispose()
        server_admin.drop_database(url)
        with server_admin.engine.connect() as connection:
            connection.exec_driver_sql("DROP ROLE IF EXISTS territoria_editor")


def test_urls_and_literals():
    assert is_server_url("postgresql+psycopg://u:p@h/b") and not is_server_url("/tmp/x.sqlite")
    assert "secret" not in safe_url("postgresql+psycopg://u:secret@h/b")
    assert float_literals("SELECT 1.5, 'a 2.5', x2.5, 3, 2e-05") == "SELECT 1.5::float8, 'a 2.5', x2.5, 3, 2e-05::float8"
    with pytest.raises(ServerError, match="PostgreSQL"):
        open_server_database("mysql://u@h/b")


def test_wrong_password_is_explained(server_admin, data_dir, capsys):
    url = make_url(server_admin.url("postgres"))
    if not url.password:
        pytest.skip("le serveur de test n'exige pas de mot de passe")
    wrong = url.set(password="pas-le-bon").render_as_string(hide_password=False)
    assert main(["--data-dir", str(data_dir), "--database", wrong, "info"]) == 1
    err = capsys.readouterr().err
    assert "mot de passe" in err and "pas-le-bon" not in err


def test_a_dropped_connection_is_explained_and_the_next_search_works(server_admin, server_db):
    from sqlalchemy.exc import OperationalError

    from territoria.services.search import SearchRequest, search
    from territoria.services.server_database import server_failure_message

    want = search(server_db, SearchRequest("ia"))
    name = server_db.engine.url.database
    with server_db.session() as session:
        session.connection().exec_driver_sql("SELECT 1")
        with server_admin.engine.connect() as admin:  # the server drops every connection of the base
            admin.exec_driver_sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
        with pytest.raises(OperationalError) as caught:
            session.connection().exec_driver_sql("SELECT count(*) FROM initiatives")
        session.rollback()
    assert "ne répond pas ou la connexion a été coupée" in server_failure_message(caught.value)
    assert search(server_db, SearchRequest("ia")) == want  # a fresh connection: usable again


def test_a_load_failing_half_way_leaves_the_server_empty(server_admin, copy_seed):
    from territoria.services.server_database import init_server_database

    seed = copy_seed()
    with sqlite3.connect(seed) as connection:  # SQLite keeps it; the server's varchar(16) refuses it
        connection.execute("UPDATE initiatives SET status = ? WHERE id = (SELECT max(id) FROM initiatives)",
                           ("x" * 40,))
    url = server_admin.new_database()
    try:
        with pytest.raises(ServerError, match="restée vide"):
            init_server_database(url, seed)
        engine = create_engine(url)
        try:
            assert inspect(engine).get_table_names() == []
        finally:
            engine.dispose()
    finally:
        server_admin.drop_database(url)


def test_check_says_it_checks_local_files_only(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "--database", "postgresql+psycopg://u@127.0.0.1:1/b", "check"]) == 1
    assert "pg_amcheck" in capsys.readouterr().err
    assert not (data_dir / "territoria.sqlite").exists()
