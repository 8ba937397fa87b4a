"""``pack list`` and ``pack remove``: the packs installed in a database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from territoria.domain.provenance import provenance_line
from territoria.services.database import Database
from territoria.services.packs import format as fmt
from territoria.services.packs.errors import PackError
from territoria.services.packs.info import InstalledPack, KindChanges

__all__ = ["list_packs", "provenance_line", "remove_pack"]


def list_packs(db: Database) -> list[InstalledPack]:
    """Every installed pack, by publisher id."""
    from territoria.store.models import Pack

    with db.session() as session:
        rows = session.scalars(select(Pack).order_by(Pack.publisher_id)).all()
        return [
            InstalledPack(
                p.publisher_id, p.publisher_name, p.edition, p.title, p.fingerprint,
                tuple((kind, int(p.counts[kind])) for kind in fmt.KINDS if kind in (p.counts or {})),
                p.imported_at.isoformat(timespec="seconds"),
            )
            for p in rows
        ]


def remove_pack(db: Database, publisher_id: str, backups: Path) -> tuple[InstalledPack, tuple[KindChanges, ...]]:
    """Withdraw every record of ``publisher_id`` (backup first, one transaction).

    Initiatives in "Ma sélection" stay, as with seed updates. Raises ``PackError`` when no
    pack of that publisher is installed.
    """
    from territoria.store.backup import make_backup
    from territoria.store.import_transaction import import_transaction, keeps_file_backups
    from territoria.store.pack_merge import withdraw_publisher

    installed = {p.publisher_id: p for p in list_packs(db)}
    if publisher_id not in installed:
        known = ", ".join(installed) or "aucun"
        raise PackError(f"Aucun paquet de l'éditeur « {publisher_id} » n'est installé (installés : {known}).")
    if keeps_file_backups(db.engine):  # a server: its transaction (and pg_dump) stand in for the copy
        make_backup(db.path, backups, "avant-retrait-paquet")
    try:
        # DDL inside the transaction on SQLite; the import lock on a server (see importer)
        with import_transaction(db.engine) as connection:
            plan = withdraw_publisher(connection, publisher_id)
    except SQLAlchemyError as exc:  # rolled back
        raise PackError(f"Le retrait des fiches de « {publisher_id} » a échoué et a été annulé : rien n'a été "
                        f"modifié (détail : {str(exc).splitlines()[0][:200]}).") from exc
    changes = tuple(KindChanges(kind, 0, 0, len(p.withdrawn), len(p.kept_starred))
                    for kind, p in plan.kinds.items() if p.withdrawn or p.kept_starred)
    return installed[publisher_id], changes
