"""A shared catalogue on a PostgreSQL server: the engine, and its failures in French.

``territoria --database postgresql+psycopg://user:password@host/base`` (or
``TERRITORIA_DATABASE_URL``) points Territoria at a server instead of the local SQLite
file. The driver (``psycopg`` 3) is the optional extra ``territoria[server]``, imported only
here, when a server URL is used. Every driver failure a person can meet (server down, wrong
password, unknown database, missing extension, dropped connection) becomes a
:class:`ServerError` with a French message; the password is never printed.
"""

from __future__ import annotations

import re
from typing import Any, Final

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from territoria.errors import TerritoriaError
from territoria.settings import DATABASE_URL_ENV  # noqa: F401 - its home is settings (read without SQLAlchemy)

#: URL schemes accepted for a server (``postgresql://`` is read as ``postgresql+psycopg://``).
SERVER_SCHEMES: Final = ("postgresql+psycopg", "postgresql")
#: Seconds before giving up on an unreachable server.
CONNECT_TIMEOUT: Final = 10


class ServerError(TerritoriaError):
    """The PostgreSQL server cannot be used; the message says why and what to do."""


def is_server_url(url: str | None) -> bool:
    """Whether ``url`` names a PostgreSQL database (anything else is a local file)."""
    return bool(url) and str(url).split(":", 1)[0].lower() in SERVER_SCHEMES


def safe_url(url: str) -> str:
    """``url`` without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(adresse illisible)"


def make_server_engine(url: str) -> Engine:
    """An engine on the PostgreSQL database ``url``, through psycopg 3.

    Raises :class:`ServerError` for a malformed URL or when the driver is not installed.
    Connecting happens on first use (see :func:`explain`).
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ServerError(f"Adresse de base de données illisible : « {url} ». Forme attendue : "
                          "postgresql+psycopg://utilisateur:motdepasse@serveur:5432/base") from exc
    if parsed.drivername not in SERVER_SCHEMES:
        raise ServerError(f"Seules les bases PostgreSQL (postgresql+psycopg://…) sont acceptées, "
                          f"pas « {parsed.drivername} ».")
    try:
        import psycopg  # noqa: F401 - the optional extra, checked here for a clear message
    except ImportError as exc:
        raise ServerError("Le pilote PostgreSQL n'est pas installé : installez Territoria avec "
                          "« pip install territoria[server] ».") from exc
    parsed = parsed.set(drivername="postgresql+psycopg")
    # no JIT: its compile time (tens of ms) outweighs what it saves on interactive queries
    engine = create_engine(parsed, pool_pre_ping=True,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT, "options": "-c jit=off"})
    event.listen(engine, "before_cursor_execute", _qmark_to_format, retval=True)
    event.listen(engine, "connect", _numbers_as_floats)
    return engine


#: A quoted SQL string, or a decimal literal (``1.5``, ``2e-05``) outside one.
_LITERALS: Final = re.compile(r"'(?:[^']|'')*'|(?<![\w.$:])(\d+\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)(?![\w.])")


def float_literals(statement: str) -> str:
    """Decimal literals made ``float8``: PostgreSQL reads ``1.5`` as an exact ``numeric``, SQLite
    as a double, and the ranking's sums must round the same way on both engines."""
    if "." not in statement and "e" not in statement.lower():
        return statement
    return _LITERALS.sub(lambda m: m.group(0) if m.group(1) is None else f"{m.group(1)}::float8", statement)


def _numbers_as_floats(dbapi_connection: Any, _record: Any) -> None:
    """Decimal literals (``40.0`` in the ranking's SQL) are ``numeric`` on PostgreSQL: read them
    back as Python floats, as SQLite gives them."""
    from psycopg.types.numeric import FloatLoader

    dbapi_connection.adapters.register_loader("numeric", FloatLoader)


def _qmark_to_format(connection: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                     executemany: bool) -> tuple[str, Any]:
    """Driver-level SQL of the services is written with ``?`` placeholders (SQLite's style):
    psycopg wants ``%s``, and ``%%`` for a literal ``%``. Compiled statements (ORM, ``text()``)
    are left alone: SQLAlchemy already wrote them in psycopg's style."""
    statement = float_literals(statement)
    if context is None or getattr(context, "compiled", None) is not None or parameters is None:
        return statement, parameters
    if isinstance(parameters, dict) and not parameters:  # psycopg still parses "%" then
        return statement.replace("%", "%%"), parameters
    if isinstance(parameters, dict) or (executemany and parameters and isinstance(parameters[0], dict)):
        return statement, parameters
    return statement.replace("%", "%%").replace("?", "%s"), parameters


def explain(exc: BaseException, url: str | None) -> ServerError | None:
    """The French :class:`ServerError` for a driver failure, or None when it is not one.

    Recognised by SQLSTATE where the server sends one, else by the driver's message.
    """
    original: Any = getattr(exc, "orig", exc)
    try:
        import psycopg
    except ImportError:
        return None
    if not isinstance(original, psycopg.Error):
        return None
    where = safe_url(url) if url else "(adresse indiquée)"
    state = getattr(original, "sqlstate", None) or ""
    text = str(original)
    if state == "28P01" or "password authentication failed" in text:
        return ServerError(f"Le serveur {where} refuse l'utilisateur ou le mot de passe. Vérifiez-les dans "
                           "l'adresse de la base ; rien n'a été modifié.")
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return ServerError(f"La base de données {where} n'existe pas sur le serveur. Créez-la (createdb) "
                           "puis lancez « territoria db init --from-seed ».")
    if state == "42501" and "extension" in text:
        return ServerError(f"Il manque une extension PostgreSQL (unaccent, pg_trgm) sur {where}, et cet "
                           "utilisateur n'a pas le droit de la créer. Demandez à l'administrateur du serveur : "
                           "CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm; (rien n'a été modifié).")
    if state.startswith("08") or isinstance(original, psycopg.OperationalError):
        return ServerError(f"Le serveur de base de données {where} ne répond pas ou la connexion a été "
                           "coupée. Vérifiez le réseau et que le serveur est démarré, puis réessayez ; "
                           "l'opération en cours a été annulée, rien n'a été enregistré à moitié.")
    return None
