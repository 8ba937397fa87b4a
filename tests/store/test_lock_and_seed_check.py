"""The data folder's writer lock, the unique probe files, and the seed checked against its digest."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from territoria.config import resolve_paths
from territoria.errors import DamagedInstallationError, DataFolderBusyError, SeedMissingError
from territoria.store.bootstrap import open_user_database
from territoria.store.lock import DataFolderLock
from territoria.store.seed_check import digest_path, verify_seed, write_digest

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from territoria.store.lock import DataFolderLock
    lock = DataFolderLock(Path(sys.argv[1]), program="territoria (test)")
    lock.acquire(timeout=5)
    print("held", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture()
def holder(data_dir):
    """Another process holding ``data_dir``'s lock."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    yield process
    process.kill()
    process.wait()


def test_a_second_writer_waits_then_is_told_who_holds_the_lock(data_dir, holder):
    start = time.monotonic()
    with pytest.raises(DataFolderBusyError) as caught:
        DataFolderLock(data_dir).acquire(timeout=0.5)
    assert time.monotonic() - start >= 0.5
    message = caught.value.message
    assert f"processus {holder.pid}" in message and "territoria (test)" in message and "depuis le" in message


def test_the_lock_is_free_again_when_its_holder_is_killed(data_dir, holder):
    holder.kill()
    holder.wait()
    lock = DataFolderLock(data_dir)
    lock.acquire(timeout=2)
    assert lock.held and lock.holder().pid == os.getpid()
    lock.release()


def test_the_lock_is_reentrant_within_a_process(data_dir):
    first, second = DataFolderLock(data_dir), DataFolderLock(data_dir)
    with first.hold(timeout=0):
        with second.hold(timeout=0):
            assert first.held
        assert first.held
    assert not first.held


def test_reading_works_while_another_process_holds_the_lock(data_dir, seed_file, holder):
    # the database already exists and is current: opening it needs no lock
    database = resolve_paths(data_dir).database
    shutil.copy(seed_file, database)
    engine, report = open_user_database(resolve_paths(data_dir), seed_file)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM communes").scalar() > 30000
    engine.dispose()
    assert not report.created


def test_first_run_waits_for_the_lock_and_says_who_has_it(data_dir, seed_file, holder, monkeypatch):
    from territoria.store import lock as lock_module

    monkeypatch.setattr(lock_module, "STARTUP_WAIT_SECONDS", 0.3)
    with pytest.raises(DataFolderBusyError, match=f"processus {holder.pid}"):
        open_user_database(resolve_paths(data_dir), seed_file)
    assert not resolve_paths(data_dir).database.exists()


def test_probe_files_have_unique_names_and_are_removed(data_dir):
    paths = resolve_paths(data_dir)
    paths.ensure()
    paths.ensure()
    assert not [p for p in data_dir.rglob(".write-test*")]


# --- the seed and its recorded digest ---------------------------------------------------

def test_build_seed_records_the_digest_beside_the_seed(seed_file):
    recorded = digest_path(seed_file).read_text(encoding="ascii").split()[0]
    assert recorded == hashlib.sha256(seed_file.read_bytes()).hexdigest()


def _signed_copy(seed_file: Path, folder: Path) -> Path:
    seed = folder / "seed.sqlite"
    shutil.copy(seed_file, seed)
    write_digest(seed)
    return seed


def test_a_seed_garbled_in_the_middle_is_refused_on_first_run(data_dir, seed_file, tmp_path):
    seed = _signed_copy(seed_file, tmp_path)
    with seed.open("r+b") as handle:
        handle.seek(seed.stat().st_size // 2)
        handle.write(b"\xff" * 4096)
    with pytest.raises(DamagedInstallationError, match="Installation endommagée : réinstallez Territoria"):
        open_user_database(resolve_paths(data_dir), seed, require_digest=True)
    assert not resolve_paths(data_dir).database.exists()


def test_a_tampered_seed_is_not_merged_into_an_existing_database(data_dir, seed_file, tmp_path):
    seed = _signed_copy(seed_file, tmp_path)
    paths = resolve_paths(data_dir)
    open_user_database(paths, seed, require_digest=True)[0].dispose()
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    with sqlite3.connect(seed) as connection:  # new digest, edition 2099, markup in a title
        connection.execute("UPDATE meta SET value = 'tampered' WHERE key = 'inputs_sha256'")
        connection.execute("UPDATE meta SET value = '2099-01-01' WHERE key = 'data_edition'")
        connection.execute("UPDATE initiatives SET title = '<b>pwned</b>' WHERE id = 1")
    connection.close()
    with pytest.raises(DamagedInstallationError) as caught:
        open_user_database(paths, seed, require_digest=True)
    assert "endommagée ou n'est pas une base" not in caught.value.message  # not blamed on the user's base
    assert "restaurer une sauvegarde ne servirait à rien" in caught.value.message
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    assert list(paths.backups.glob("*.sqlite")) == []


def test_the_installed_seed_must_have_its_digest(tmp_path, seed_file):
    seed = tmp_path / "seed.sqlite"
    shutil.copy(seed_file, seed)
    with pytest.raises(DamagedInstallationError, match="seed.sha256 absente"):
        verify_seed(seed, require_digest=True)
    verify_seed(seed, require_digest=False)  # a seed handed in by a test or a bench
    write_digest(seed)
    verify_seed(seed, require_digest=True)


def test_a_missing_seed_is_still_reported_as_missing(tmp_path):
    with pytest.raises(SeedMissingError, match="introuvable"):
        verify_seed(tmp_path / "absent.sqlite", require_digest=True)
