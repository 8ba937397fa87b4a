"""Two people on one server database: two PostgreSQL roles (not superusers) with the rights an
agency administrator grants its editors, each with its own :class:`Database`.

``server_users(server_db, n)`` yields ``n`` databases opened as distinct login roles on the
database of ``server_db``; the roles are dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

PASSWORD = "editeur-tests"


@contextmanager
def server_users(server_db, count: int = 2) -> Iterator[list]:
    """``count`` databases on ``server_db``'s server database, each as its own new login role."""
    from sqlalchemy.engine import make_url

    from territoria.services.database import open_server_database

    names = [f"editeur_{uuid.uuid4().hex[:8]}" for _ in range(count)]
    base = server_db.engine.url
    with server_db.engine.begin() as connection:
        for name in names:
            connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}'")
            connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {name}")
            connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}")
            connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}")
    databases = []
    try:
        for name in names:
            url = make_url(base).set(username=name, password=PASSWORD).render_as_string(hide_password=False)
            databases.append(open_server_database(url))
        yield databases
    finally:
        for database in databases:
            database.engine.dispose()
        with server_db.engine.begin() as connection:
            for name in names:
                connection.exec_driver_sql(f"DROP OWNED BY {name}")
                connection.exec_driver_sql(f"DROP ROLE {name}")
