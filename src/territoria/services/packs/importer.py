"""``pack import``: preview, then apply a verified pack in one transaction (a local file is backed up first)."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from territoria.domain.reasons import Reason
from territoria.services.database import Database
from territoria.services.packs import format as fmt
from territoria.services.packs.errors import PackError
from territoria.services.packs.info import ImportPreview, ImportResult, KindChanges
from territoria.services.packs.reference import context_of_database
from territoria.services.packs.trust import TrustStore
from territoria.services.packs.verify import VerifiedPack, verify_pack
from territoria.services.progress import NullProgress, Progress

log = logging.getLogger(__name__)


def _installed_edition(db: Database, publisher_id: str) -> str | None:
    from territoria.store.models import Pack

    with db.session() as session:
        return session.scalar(select(Pack.edition).where(Pack.publisher_id == publisher_id))


def _plan(db: Database, verified: VerifiedPack):
    from territoria.store.pack_merge import plan_merge

    with db.engine.connect() as connection:
        return plan_merge(connection, verified.info.publisher_id, verified.records)


def _changes(plan) -> tuple[KindChanges, ...]:
    return tuple(
        KindChanges(kind, len(p.added), len(p.updated), len(p.withdrawn), len(p.kept_starred))
        for kind, p in plan.kinds.items()
        if p.added or p.updated or p.withdrawn or p.kept_starred
    )


def _preview(db: Database, verified: VerifiedPack) -> tuple[ImportPreview, object]:
    info = verified.info
    installed = _installed_edition(db, info.publisher_id)
    downgrade = installed is not None and fmt.edition_key(info.edition) <= fmt.edition_key(installed)
    plan = _plan(db, verified)
    if plan.collisions:
        shown = ", ".join(plan.collisions[:5]) + (" …" if len(plan.collisions) > 5 else "")
        raise PackError(
            f"Paquet refusé ({info.path.name}) : des identifiants appartiennent déjà à d'autres données "
            f"de la base ({shown}). Rien n'a été modifié."
        )
    notes = list(info.notes)
    if downgrade:
        notes.append(f"Édition {info.edition} antérieure ou égale à l'édition installée ({installed}).")
    return ImportPreview(info, installed, downgrade, _changes(plan), tuple(notes)), plan


def verify_for(db: Database, path: Path, trust: TrustStore) -> VerifiedPack:
    """Verify ``path`` against ``db``'s seed ids and geography (no write; a file or a server)."""
    return verify_pack(path, trust, context_of_database(db.engine))


def preview_import(db: Database, path: Path, trust: TrustStore) -> ImportPreview:
    """Verify the pack and say what importing it would change; writes nothing.

    Raises ``PackError`` (French) for any invalid, untrusted or colliding pack. A downgrade
    is *not* an error here: ``ImportPreview.is_downgrade`` tells the caller to ask.
    """
    preview, _plan_unused = _preview(db, verify_for(db, path, trust))
    return preview


def import_pack(
    db: Database,
    path: Path,
    trust: TrustStore,
    backups: Path,
    *,
    allow_downgrade: bool = False,
    progress: Progress | None = None,
    wait: float | None = None,
) -> ImportResult:
    """Verify, back the database up into ``backups``, then apply the pack in one transaction.

    An older or equal edition of an installed publisher is refused unless
    ``allow_downgrade``. ``progress.step`` may raise ``Cancelled``: the transaction is then
    rolled back and the database is exactly as before. After the commit the signing key is
    bound to the publisher, and a next key the pack introduces becomes trusted.

    On a server there is no file to copy (``result.backup`` is None): the transaction is the
    safety net, and the server's import lock makes a second import wait for the first (up to
    ``wait`` seconds, then a French refusal); the plan is made again once the lock is held.
    """
    from territoria.store.backup import make_backup
    from territoria.store.import_transaction import keeps_file_backups

    progress = progress or NullProgress()
    progress.step(0, 1, Reason.of("progress_pack_check"))
    verified = verify_for(db, path, trust)
    preview, _plan_unused = _preview(db, verified)
    info = verified.info
    if preview.is_downgrade and not allow_downgrade:
        raise _downgrade_refused(path, info, preview.installed_edition)
    backup = None
    if keeps_file_backups(db.engine):
        progress.step(0, 1, Reason.of("progress_backup"))
        # quick_check rather than integrity_check on this copy: the backup API copies pages as they
        # are, and quick_check reads every page and record (what a torn or damaged copy breaks); it
        # skips only re-deriving each index from its table, an O(N log N) pass that doubled the
        # backup's cost and finds nothing a page copy can introduce
        backup = make_backup(db.path, backups, "avant-paquet", full_check=False)
    publisher = {
        "publisher_id": info.publisher_id, "publisher_name": info.publisher_name, "edition": info.edition,
        "title": info.title, "licence": info.licence, "contact": info.contact, "fingerprint": info.fingerprint,
        "format_version": info.format_version, "counts": dict(info.counts), "manifest_sha256": info.manifest_sha256,
    }
    installed, changes = apply_records(db, publisher, verified.records, path.name, progress,
                                       allow_downgrade=allow_downgrade, wait=wait)
    log.info("pack %s %s imported from %s (backup %s)", info.publisher_id, info.edition, path, backup)
    key = trust.get(info.fingerprint)
    if key is not None and info.publisher_id not in key.publishers:
        trust.bind(info.fingerprint, info.publisher_id)
    new_key = None
    if verified.next_key is not None:  # read from the verified manifest, never from the file again
        new_key = trust.add_rotated(verified.next_key, info.publisher_id).fingerprint
    return ImportResult(info, installed, changes, backup, new_key)


def _downgrade_refused(path: Path, info, installed: str | None) -> PackError:
    return PackError(
        f"Paquet refusé ({path.name}) : l'édition {info.edition} de « {info.publisher_name} » n'est pas plus "
        f"récente que l'édition installée ({installed}). Utilisez --allow-downgrade pour "
        "la réinstaller quand même."
    )


def apply_records(
    db: Database,
    publisher: dict,
    records: dict[str, list[dict]],
    name: str,
    progress: Progress,
    *,
    allow_downgrade: bool = False,
    wait: float | None = None,
) -> tuple[str | None, tuple[KindChanges, ...]]:
    """Write a publisher's verified ``records`` in the import's single transaction (see
    ``store.import_transaction``): the installed edition and the plan are read again inside
    it, so an import that waited for another one sees what that one wrote.

    Returns (edition installed before, changes). ``name`` names the file in messages.
    """
    from territoria.store.import_transaction import DEFAULT_WAIT, import_transaction
    from territoria.store.models import Pack
    from territoria.store.pack_merge import merge_pack, plan_merge

    pid = publisher["publisher_id"]
    try:
        with import_transaction(db.engine, wait=DEFAULT_WAIT if wait is None else wait) as connection:
            installed = connection.execute(select(Pack.edition).where(Pack.publisher_id == pid)).scalar()
            if (installed is not None and not allow_downgrade
                    and fmt.edition_key(publisher["edition"]) <= fmt.edition_key(installed)):
                raise PackError(
                    f"Import refusé ({name}) : l'édition {publisher['edition']} de « {publisher['publisher_name']} » "
                    f"n'est pas plus récente que l'édition installée ({installed}, peut-être par un autre import "
                    "entre-temps). Utilisez --allow-downgrade pour la réinstaller quand même ; rien n'a été modifié.")
            plan = plan_merge(connection, pid, records)
            if plan.collisions:
                raise PackError(f"Import refusé ({name}) : des identifiants appartiennent déjà à d'autres données "
                                f"de la base ({', '.join(plan.collisions[:5])}). Rien n'a été modifié.")
            merge_pack(connection, publisher, records, plan, progress.step)  # type: ignore[arg-type]
    except SQLAlchemyError as exc:  # rolled back: say so in French, never a traceback
        log.exception("pack import failed")
        from territoria.services.server_database import server_failure_message

        detail = server_failure_message(exc) or f"détail : {str(exc).splitlines()[0][:200]}"
        raise PackError(f"L'import de {name} a échoué et a été annulé : rien n'a été modifié ({detail}).") from exc
    return installed, _changes(plan)

