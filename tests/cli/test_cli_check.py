"""``territoria check`` survives what it detects and ``check --repair`` rebuilds what is derived."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from territoria.cli import main


def _create(data_dir, capsys) -> object:
    assert main(["--data-dir", str(data_dir), "info"]) == 0
    capsys.readouterr()
    return data_dir / "territoria.sqlite"


def _damage(path, *statements) -> None:
    with sqlite3.connect(path) as connection:
        for sql in statements:
            connection.execute(sql)


def _check(data_dir, capsys, *extra) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "check", *extra])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


@pytest.mark.parametrize("statement, expected", [
    ("UPDATE initiatives SET status = '<x>' WHERE id = (SELECT min(id) FROM initiatives)",
     "« initiatives.status » vaut « <x> », valeur inconnue"),
    ("UPDATE initiatives SET budget_eur = 'abc' WHERE id = (SELECT min(id) FROM initiatives)",
     "« initiatives.budget_eur » : 1 ligne contient du texte au lieu d'un nombre"),
    ("UPDATE schemes SET audiences = '{pas du json' WHERE id = (SELECT min(id) FROM schemes)",
     "« schemes.audiences » : 1 valeur illisible"),
    ("UPDATE schemes SET aid_types = '[\"inconnu\"]' WHERE id = (SELECT min(id) FROM schemes)",
     "« schemes.aid_types » : 1 liste contient une valeur inconnue"),
    ("UPDATE initiatives SET start_date = '2024-13-45' WHERE id = (SELECT min(id) FROM initiatives)",
     "« initiatives.start_date » : 1 date invalide"),
    ("UPDATE sources SET url = 'javascript:alert(1)' WHERE id = (SELECT min(id) FROM sources)",
     "« sources.url » : 1 adresse refusée"),
    ("UPDATE initiatives SET lead_id = 999999 WHERE id = (SELECT min(id) FROM initiatives)",
     "renvoie à « organisations » inexistant"),
    ("ALTER TABLE initiatives DROP COLUMN contact", "colonne « initiatives.contact » absente"),
])
def test_each_damaged_value_is_reported_in_french(data_dir, capsys, statement, expected):
    path = _create(data_dir, capsys)
    _damage(path, statement)
    code, _out, err = _check(data_dir, capsys)
    assert code == 1 and expected in err, err
    assert "territoria backup restore" in err  # not derived: the way out is a backup


def test_readers_treat_damaged_values_as_unknown(data_dir, capsys, tmp_path):
    path = _create(data_dir, capsys)
    _damage(path, "UPDATE initiatives SET status = '<x>', budget_eur = 'abc', lead_population = 'x', start_year = 'y'",
            "UPDATE schemes SET audiences = '{pas du json', amount_max_eur = 'x', closes = 'zz'")
    first = sqlite3.connect(path).execute("SELECT min(id) FROM initiatives").fetchone()[0]
    scheme = sqlite3.connect(path).execute("SELECT min(id) FROM schemes").fetchone()[0]
    assert main(["--data-dir", str(data_dir), "export-pdf", "--initiative", str(first), "-o",
                 str(tmp_path / "f.pdf")]) == 0
    assert main(["--data-dir", str(data_dir), "export-pdf", "--scheme", str(scheme), "-o",
                 str(tmp_path / "s.pdf")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "schemes", "--commune", "44109", "--json"]) == 0
    verdicts = json.loads(capsys.readouterr().out)
    assert any(v["id"] == scheme for v in verdicts)
    assert main(["--data-dir", str(data_dir), "export-csv", "--search", "", "-o", str(tmp_path / "l.csv")]) == 0
    assert (tmp_path / "l.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["--data-dir", str(data_dir), "comparable", "--commune", "44109"]) == 0
    assert main(["--data-dir", str(data_dir), "export-pdf", "--commune", "44109", "-o", str(tmp_path / "d.pdf")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "search", "--json", "--limit", "0"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["budget_eur"] is None and r["status"] is None and r["population"] is None for r in rows)


def test_dropped_search_index_check_search_and_repair(data_dir, capsys):
    path = _create(data_dir, capsys)
    _damage(path, "DROP TABLE initiatives_fts", "DROP INDEX ix_initiatives_status")
    code, _out, err = _check(data_dir, capsys)
    assert code == 1
    assert "index de recherche « initiatives_fts » absent" in err and "index « ix_initiatives_status » absent" in err
    assert "réparable" in err
    code = main(["--data-dir", str(data_dir), "search", "eau"])
    captured = capsys.readouterr()
    assert code == 1 and "index de recherche" in captured.err and "Traceback" not in captured.err
    code, out, err = _check(data_dir, capsys, "--repair")
    assert code == 0, err
    assert "Réparé : index de recherche reconstruit" in out and "Base de données saine." in out
    assert main(["--data-dir", str(data_dir), "search", "eau", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_repair_rebuilds_derived_columns_and_leaves_the_rest_to_a_backup(data_dir, capsys):
    path = _create(data_dir, capsys)
    _damage(path, "UPDATE initiatives SET title_key = 'zzz'",
            "DELETE FROM initiatives_fts WHERE rowid = (SELECT min(id) FROM initiatives)",
            "UPDATE initiatives SET budget_eur = 'abc' WHERE id = (SELECT max(id) FROM initiatives)")
    code, out, err = _check(data_dir, capsys, "--repair")
    assert code == 1
    assert "colonnes dérivées recalculées" in out and "index de recherche reconstruit" in out
    assert "Colonnes dérivées" not in err and "Index de recherche" not in err
    assert "initiatives.budget_eur" in err and "territoria backup restore" in err
    keys = sqlite3.connect(path).execute("SELECT count(*) FROM initiatives WHERE title_key = 'zzz'").fetchone()[0]
    assert keys == 0


def test_garbled_middle_of_the_file(data_dir, capsys):
    path = _create(data_dir, capsys)
    # fold the WAL into the file first so the garbage lands on real pages
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(64 * 1024))
    before = path.read_bytes()
    code, _out, err = _check(data_dir, capsys)
    # where the garbage lands decides whether SQLite's integrity check reports it or fails on it
    integrity = next(line for line in err.splitlines() if "Intégrité :" in line)
    assert code == 1 and "endommagé" in integrity, err
    code, _out, err = _check(data_dir, capsys, "--repair")
    assert code == 1 and "territoria backup restore" in err
    assert path.read_bytes() == before  # nothing was written to a damaged file


def test_not_a_database_at_all(data_dir, capsys):
    (data_dir / "territoria.sqlite").write_bytes(b"\x00garbage" * 100)
    code, _out, err = _check(data_dir, capsys)
    assert code == 1 and "ce n'est pas une base SQLite" in err


def test_index_entries_out_of_step_are_reindexed(data_dir, capsys):
    path = _create(data_dir, capsys)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA writable_schema = ON")
        # make the status index cover a different column: its entries no longer match the rows
        connection.execute("UPDATE sqlite_master SET sql = replace(sql, '(status)', '(lead_kind)') "
                           "WHERE name = 'ix_initiatives_status'")
    code, _out, err = _check(data_dir, capsys)
    assert code == 1 and "Intégrité" in err
    code, out, err = _check(data_dir, capsys, "--repair")
    assert "REINDEX" in out and code == 0, err


def test_a_damaged_date_and_time_in_a_user_table(data_dir, capsys):
    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.services.selection import list_saved_searches

    path = _create(data_dir, capsys)
    _damage(path, "INSERT INTO user_saved_searches(name, query, filters, created_at) "
                  "VALUES ('Eau', 'eau', '{}', 'pas une date')",
            "INSERT INTO user_saved_searches(name, query, filters, created_at) "
            "VALUES ('Cantines', 'cantine', '{pas du json', '2026-11-26 10:00:00.000000')")
    code, _out, err = _check(data_dir, capsys)
    assert code == 1 and "« user_saved_searches.created_at » : 1 date et heure invalide" in err
    assert "« user_saved_searches.filters » : 1 valeur illisible" in err
    db = open_database(resolve_paths(data_dir))
    try:
        saved = {s.name: s for s in list_saved_searches(db)}  # readers: unknown, not a crash
    finally:
        db.close()
    assert saved["Eau"].created_at is None and saved["Cantines"].filters == {}
