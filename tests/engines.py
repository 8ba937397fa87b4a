"""Both database engines for the store and services tests: SQLite files and a PostgreSQL server.

``scripts/run-tests.sh`` starts a throw-away server and exports ``TERRITORIA_TEST_POSTGRES_URL``
(a superuser URL). The seed is loaded once per session into a template database
(``territoria db init --from-seed``'s code path); each test gets a fresh database cloned from
it (``CREATE DATABASE … TEMPLATE``, a file copy). Without the variable, the PostgreSQL
parameter is skipped with the reason.

Fixtures (imported by ``conftest.py``):

- ``engine_db``: a writable database made from the seed, once per engine (``sqlite``,
  ``postgresql``): the test runs twice;
- ``server_db``: the PostgreSQL one only;
- ``server_admin``: ``new_database()`` / ``drop_database(url)`` on the test server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ENV = "TERRITORIA_TEST_POSTGRES_URL"
TEMPLATE = "territoria_template"


class ServerAdmin:
    """Creates and drops databases on the test server."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.base = make_url(url)
        self.engine = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.template_ready = False

    def url(self, name: str) -> str:
        """The URL of database ``name`` on the test server."""
        return self.base.set(database=name).render_as_string(hide_password=False)

    def new_database(self, template: str | None = None) -> str:
        """A new empty database (or a clone of ``template``); returns its URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        clause = f" TEMPLATE {template}" if template else ""
        with self.engine.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name}{clause}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop the database of ``url`` (its connections closed first)."""
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with self.engine.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def seeded(self, seed: Path) -> str:
        """The URL of a new database holding ``seed`` (the template is made on first use)."""
        if not self.template_ready:
            from territoria.services.server_database import init_server_database

            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
                connection.exec_driver_sql(f"CREATE DATABASE {TEMPLATE}")
            init_server_database(self.url(TEMPLATE), seed)
            self.template_ready = True
        return self.new_database(TEMPLATE)


@pytest.fixture(scope="session")
def server_admin() -> Iterator[ServerAdmin]:
    """The test server's administration, or a skip when the suite runs without a server."""
    url = os.environ.get(ENV)
    if not url:
        pytest.skip(f"pas de serveur PostgreSQL de test ({ENV} absent : lancez scripts/run-tests.sh)")
    admin = ServerAdmin(url)
    yield admin
    admin.engine.dispose()


def _server_database(admin: ServerAdmin, seed: Path) -> Iterator:
    from territoria.services.database import open_server_database

    url = admin.seeded(seed)
    database = open_server_database(url)
    try:
        yield database
    finally:
        database.close()
        admin.drop_database(url)


@pytest.fixture()
def server_db(request: pytest.FixtureRequest, seed_file: Path) -> Iterator:
    """A fresh server database holding the seed."""
    yield from _server_database(request.getfixturevalue("server_admin"), seed_file)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_db(request: pytest.FixtureRequest, seed_file: Path) -> Iterator:
    """A writable database made from the seed, on each engine in turn."""
    if request.param == "sqlite":
        yield request.getfixturevalue("db")
    else:
        yield from _server_database(request.getfixturevalue("server_admin"), seed_file)

