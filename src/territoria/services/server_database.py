"""The shared catalogue on a PostgreSQL server: create it from the seed, migrate it, explain failures.

The command line (``territoria --database URL db init --from-seed`` / ``db upgrade``) and the
tests go through here; what is engine-specific is in ``store.server`` and ``store.server_seed``.
"""

from __future__ import annotations

from pathlib import Path

from territoria.errors import TerritoriaError


def _explained(exc: BaseException, url: str) -> BaseException:
    from territoria.store.server import explain

    return explain(exc, url) or exc


def init_server_database(url: str, seed: Path | None = None) -> dict[str, int]:
    """Schema and seed on the empty server database ``url``; rows copied per table."""
    from territoria.resources import seed_path
    from territoria.store.seed_check import verify_seed
    from territoria.store.server import ServerError, make_server_engine
    from territoria.store.server_seed import init_from_seed

    installed = seed is None
    seed = seed or seed_path()
    verify_seed(seed, require_digest=installed)
    engine = make_server_engine(url)
    try:
        return init_from_seed(engine, seed)
    except TerritoriaError:
        raise
    except Exception as exc:
        explained = _explained(exc, url)
        if explained is exc and _is_database_error(exc):
            # one transaction: whatever failed, the server database is as empty as before
            raise ServerError(f"Le chargement de la base fournie sur le serveur a échoué ({_first_line(exc)}) ; "
                              "la base du serveur est restée vide.") from exc
        raise explained from exc
    finally:
        engine.dispose()


def _is_database_error(exc: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError)


def _first_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", exc)
    return (str(original).strip().splitlines() or [type(original).__name__])[0]


def upgrade_server_database(url: str) -> tuple[str, str]:
    """Migrate the server database ``url`` to head in one transaction: (revision before, after)."""
    from territoria.store import migrate
    from territoria.store.server import ServerError, make_server_engine, safe_url

    engine = make_server_engine(url)
    try:
        before = migrate.current_revision(engine)
        if before is None:
            raise ServerError(f"La base {safe_url(url)} n'est pas une base Territoria : "
                              "lancez d'abord « territoria --database URL db init --from-seed ».")
        if migrate.needs_upgrade(engine):
            migrate.upgrade(engine)
        return before, migrate.current_revision(engine) or before
    except TerritoriaError:
        raise
    except Exception as exc:
        raise _explained(exc, url) from exc
    finally:
        engine.dispose()


def server_failure_message(exc: BaseException) -> str | None:
    """The French message of a server failure met mid-command (dropped connection…), or None."""
    from territoria.store.server import explain

    explained = explain(exc, None)
    return explained.message if explained is not None else None


def server_label(db) -> str | None:
    """« base sur serveur (utilisateur) » for the window's status bar; None for a local file."""
    if not db.is_server:
        return None
    url = db.engine.url
    port = f":{url.port}" if url.port else ""
    return f"{url.database} sur {url.host}{port} ({url.username})"
