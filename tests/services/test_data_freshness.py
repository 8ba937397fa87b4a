"""The age of the installed data: the newest edition of the shipped data and the packs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text

from territoria.services.freshness import STALE_AFTER_MONTHS, data_freshness, months_between
from territoria.services.meta import data_edition
from territoria.store.models import Pack


def test_months_between_counts_whole_months():
    assert months_between(date(2025, 11, 28), date(2026, 11, 27)) == 11
    assert months_between(date(2025, 11, 28), date(2026, 11, 28)) == 12
    assert months_between(date(2025, 1, 31), date(2025, 3, 1)) == 1
    assert months_between(date(2026, 1, 1), date(2025, 1, 1)) == 0


def test_the_shipped_edition_ages(db):
    shipped = data_edition(db)
    year, month, day = (int(p) for p in shipped.split("-"))
    fresh = data_freshness(db, today=date(year, month, day))
    assert fresh.edition == shipped and fresh.months_old == 0 and not fresh.stale
    old = data_freshness(db, today=date(year + 1, month, day))
    assert old.months_old == STALE_AFTER_MONTHS and old.stale


def test_a_newer_pack_makes_the_data_fresh_again_and_a_damaged_date_is_unknown(db):
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE meta SET value = '2020-02-03' WHERE key = 'data_edition'"))
    assert data_freshness(db, today=date(2026, 1, 1)).stale
    with db.session() as session:  # as an imported pack records itself
        session.add(Pack(publisher_id="arnia", publisher_name="ARNia", edition="2025-10-01", fingerprint="ab",
                         format_version="1", counts={}, manifest_sha256="0" * 64,
                         imported_at=datetime(2025, 10, 2, 10, 0)))
    fresh = data_freshness(db, today=date(2026, 1, 1))
    assert fresh.edition == "2025-10-01" and fresh.months_old == 3 and not fresh.stale
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM packs"))
        connection.execute(text("UPDATE meta SET value = 'hier' WHERE key = 'data_edition'"))
    assert data_freshness(db).edition is None and not data_freshness(db).stale
