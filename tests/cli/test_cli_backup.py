"""`territoria backup list|restore|export|import`: the user's data survives a damaged file and a dead PC."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from territoria.cli import main
from territoria.config import resolve_paths
from territoria.services.database import open_database
from territoria.store.models import SavedSearch, SelectionEntry


def _prepare(data_dir: Path, seed: Path) -> None:
    """A user database with a star, a saved search, and a backup."""
    paths = resolve_paths(data_dir)
    db = open_database(paths, seed)
    with db.session() as session:
        session.add(SelectionEntry(initiative_slug="drome-assistant-virtuel", added_at=datetime(2026, 1, 2)))
        session.add(SavedSearch(name="Eau", query="eau", filters={}, created_at=datetime(2026, 1, 2)))
    db.close()
    paths.settings_file.write_text("[agency]\nname=Mairie de Test\n", encoding="utf-8")


def _stars(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        rows = [r[0] for r in connection.execute("SELECT initiative_slug FROM user_selection")]
    connection.close()
    return rows


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_export_then_import_on_another_pc_brings_everything_back(data_dir, seed_file, tmp_path, capsys):
    _prepare(data_dir, seed_file)
    archive = tmp_path / "usb" / "sauvegarde.zip"
    archive.parent.mkdir()
    assert run(data_dir, "backup", "export", "-o", str(archive)) == 0
    assert "1 sélection" in capsys.readouterr().out
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert set(z.namelist()) == {"manifest.json", "territoria.sqlite", "settings.ini"}
    assert manifest["own_records"]["stars"] == 1 and manifest["own_records"]["saved_searches"] == 1

    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    open_database(resolve_paths(new_pc), seed_file).close()  # a fresh install, its own empty database
    assert run(new_pc, "backup", "import", str(archive)) == 0
    out = capsys.readouterr().out
    assert "avec ses réglages" in out
    paths = resolve_paths(new_pc)
    assert _stars(paths.database) == ["drome-assistant-virtuel"]
    assert "Mairie de Test" in paths.settings_file.read_text(encoding="utf-8")
    saved = [b for b in paths.backups.glob("*avant-import.sqlite")]
    assert len(saved) == 1 and _stars(saved[0]) == []  # the replaced database is kept
    assert run(new_pc, "info") == 0  # and the imported one opens


def test_restore_puts_a_backup_back_after_keeping_the_damaged_file(data_dir, seed_file, capsys):
    _prepare(data_dir, seed_file)
    paths = resolve_paths(data_dir)
    assert run(data_dir, "backup", "export", "-o", str(data_dir.parent / "x.zip")) == 0
    from territoria.store.backup import make_backup

    good = make_backup(paths.database, paths.backups, "manuelle")
    damaged = b"SQLite format 3\x00" + b"\xff" * 9000
    paths.database.write_bytes(damaged)
    assert run(data_dir, "info") == 1
    assert "endommagée" in capsys.readouterr().err

    assert run(data_dir, "backup", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["name"] for b in listed] == [good.name] and listed[0]["sound"] and listed[0]["own_records"]["stars"] == 1

    assert run(data_dir, "backup", "restore", good.stem) == 0
    assert _stars(paths.database) == ["drome-assistant-virtuel"]
    kept = list(paths.backups.glob("*avant-restauration-endommagee.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert run(data_dir, "info") == 0


def test_a_damaged_backup_is_refused_and_nothing_changes(data_dir, seed_file, capsys):
    _prepare(data_dir, seed_file)
    paths = resolve_paths(data_dir)
    from territoria.store.backup import make_backup

    backup = make_backup(paths.database, paths.backups, "manuelle")
    with backup.open("r+b") as handle:
        handle.seek(backup.stat().st_size // 2 // 4096 * 4096)
        handle.write(b"garbage!" * 4000)
    backup.with_suffix(".json").unlink()
    before = paths.database.read_bytes()
    assert run(data_dir, "backup", "restore", backup.name) == 1
    assert "endommagée" in capsys.readouterr().err
    assert paths.database.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", b"x" * 5000])
def test_import_of_a_file_that_is_not_a_backup_is_refused(data_dir, seed_file, tmp_path, capsys, content):
    _prepare(data_dir, seed_file)
    bogus = tmp_path / "bogus.zip"
    bogus.write_bytes(content)
    before = resolve_paths(data_dir).database.read_bytes()
    assert run(data_dir, "backup", "import", str(bogus)) == 1
    assert "n'est pas une sauvegarde Territoria" in capsys.readouterr().err
    assert resolve_paths(data_dir).database.read_bytes() == before


def test_import_of_an_archive_with_an_altered_database_is_refused(data_dir, seed_file, tmp_path, capsys):
    _prepare(data_dir, seed_file)
    good = tmp_path / "good.zip"
    assert run(data_dir, "backup", "export", "-o", str(good)) == 0
    altered = tmp_path / "altered.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(altered, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "territoria.sqlite":
                data = data[:50000] + bytes(b ^ 0x5A for b in data[50000:50100]) + data[50100:]
            dst.writestr(name, data)
    assert run(data_dir, "backup", "import", str(altered)) == 1
    assert "empreinte ne correspond pas" in capsys.readouterr().err


def test_export_to_a_folder_or_a_missing_folder_says_why(data_dir, seed_file, tmp_path, capsys):
    _prepare(data_dir, seed_file)
    assert run(data_dir, "backup", "export", "-o", str(tmp_path)) == 1
    assert "dossier" in capsys.readouterr().err
    assert run(data_dir, "backup", "export", "-o", str(tmp_path / "absent" / "x.zip")) == 1
    assert "n'existe pas" in capsys.readouterr().err
    assert not list(tmp_path.glob(".territoria-*.part"))


def test_restore_of_an_unknown_name_is_refused(data_dir, seed_file, capsys):
    _prepare(data_dir, seed_file)
    assert run(data_dir, "backup", "restore", "../../etc/passwd") == 1
    assert "Aucune sauvegarde ne s'appelle" in capsys.readouterr().err


def test_a_writing_command_waits_then_names_the_lock_holder(data_dir, seed_file, capsys, monkeypatch):
    import os

    from territoria.store import lock as lock_module

    _prepare(data_dir, seed_file)
    shutil.copy(resolve_paths(data_dir).database, data_dir / "copy.sqlite")
    monkeypatch.setattr(lock_module, "WRITE_WAIT_SECONDS", 0.2)
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time; from pathlib import Path; from territoria.store.lock import "
         "DataFolderLock as L; lock = L(Path(sys.argv[1])); lock.acquire(5); print('held', flush=True); time.sleep(60)",
         str(resolve_paths(data_dir).data_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        from territoria.store.backup import make_backup

        backup = make_backup(resolve_paths(data_dir).database, resolve_paths(data_dir).backups, "manuelle")
        assert run(data_dir, "backup", "restore", backup.name) == 1
        err = capsys.readouterr().err
        assert f"processus {holder.pid}" in err and "utilisées par un autre programme" in err
        assert run(data_dir, "search", "eau", "--limit", "1") == 0  # reading goes on alongside
    finally:
        holder.kill()
        holder.wait()
    assert os.path.exists(data_dir / "copy.sqlite")
