"""Simultaneous starts on one data folder, and permission faults seen by a non-root user.

CI runs as root, for whom mode bits mean nothing: the permission cases run the app as
``nobody`` through ``setpriv`` instead of being skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from harness import DRIVER, own_records

from territoria.store import migrate
from territoria.store.backup import inspect_database, list_backups

STARTS = 6


def _start_together(data_dir: Path, seed: Path, n: int) -> list[subprocess.CompletedProcess]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    processes = [subprocess.Popen([sys.executable, str(DRIVER), "open", str(data_dir), str(seed)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                 for _ in range(n)]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def test_simultaneous_first_starts_create_the_database_once(tmp_path, seed_file, tally):
    data_dir = tmp_path / "data"
    results = _start_together(data_dir, seed_file, STARTS)
    scenario = "simultaneous first starts (6 processes)"
    failures = [r for r in results if r.returncode != 0 or "Traceback" in r.stderr]
    tally.add(scenario, runs=1, processes=len(results), failed=len(failures),
              tracebacks=sum("Traceback" in r.stderr for r in results))
    assert not failures, [r.stderr for r in failures]
    assert sum("created=True" in r.stdout for r in results) == 1
    assert inspect_database(data_dir / "territoria.sqlite").ok
    assert not list(data_dir.rglob(".write-test*"))


def test_simultaneous_starts_on_an_old_schema_upgrade_it_once(tmp_path, seed_file, user_template, tally):
    from alembic import command

    from territoria.store.engine import make_transactional_engine

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / "territoria.sqlite"
    shutil.copyfile(user_template, database)
    engine = make_transactional_engine(database)
    config = migrate._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    expected = own_records(database)
    results = _start_together(data_dir, seed_file, STARTS)
    scenario = "simultaneous starts on schema 0001 (6 processes)"
    failures = [r for r in results if r.returncode != 0 or "Traceback" in r.stderr]
    tally.add(scenario, runs=1, processes=len(results), failed=len(failures),
              tracebacks=sum("Traceback" in r.stderr for r in results))
    assert not failures, [r.stderr for r in failures]  # no loser reports « base endommagée »
    assert sum("migrated=True" in r.stdout for r in results) == 1
    assert inspect_database(database).schema == migrate.HEAD
    assert len(list_backups(data_dir / "backups")) == 1
    mine = own_records(database)
    assert all(mine.get(key, 0) >= count for key, count in expected.items())


NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture()
def public_tmp():
    """A folder ``nobody`` can reach (pytest's own temp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="territoria-faults-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _as_nobody(*args: str) -> subprocess.CompletedProcess:
    if shutil.which("setpriv") is None or os.name != "posix":
        pytest.fail("setpriv is needed to run the permission cases as a non-root user")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME="/tmp")
    return subprocess.run([*NOBODY, sys.executable, str(DRIVER), *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd="/tmp")


def _setup_public(public_tmp: Path, seed_file: Path) -> Path:
    seed_dir = public_tmp / "seed"
    seed_dir.mkdir()
    seed_dir.chmod(0o755)
    for name in ("seed.sqlite", "seed.sha256"):
        shutil.copyfile(seed_file.with_name(name), seed_dir / name)
        (seed_dir / name).chmod(0o644)
    return seed_dir / "seed.sqlite"


def test_a_data_folder_the_user_cannot_write_gets_a_french_message(public_tmp, seed_file, tally):
    if os.geteuid() != 0:
        pytest.fail("this case switches to the user nobody: run the suite as root (as CI does)")
    seed = _setup_public(public_tmp, seed_file)
    data_dir = public_tmp / "data"
    data_dir.mkdir()
    data_dir.chmod(0o555)  # root's, read-only for everyone else
    result = _as_nobody("open", str(data_dir), str(seed))
    tally.add("permissions (as nobody)", runs=1, tracebacks=int("Traceback" in result.stderr))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Impossible d'écrire dans le dossier de données" in result.stderr


def test_a_read_only_database_is_reported_and_left_alone(public_tmp, seed_file, user_template, tally):
    if os.geteuid() != 0:
        pytest.fail("this case switches to the user nobody: run the suite as root (as CI does)")
    seed = _setup_public(public_tmp, seed_file)
    data_dir = public_tmp / "data"
    data_dir.mkdir()
    data_dir.chmod(0o777)  # (mkdir's mode goes through the umask)
    database = data_dir / "territoria.sqlite"
    shutil.copyfile(user_template, database)
    database.chmod(0o444)  # root's file, read-only for nobody
    before = database.read_bytes()
    for args in (["cli", str(data_dir), "info"], ["cli", str(data_dir), "search", "eau"],
                 ["export", str(data_dir), str(public_tmp / "out.zip")]):
        result = _as_nobody(*args)
        tally.add("permissions (as nobody)", runs=1, tracebacks=int("Traceback" in result.stderr))
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode in (0, 1), result.stderr
    assert database.read_bytes() == before


def test_a_backup_export_to_a_folder_the_user_cannot_write_says_why(public_tmp, seed_file, user_template, tally):
    if os.geteuid() != 0:
        pytest.fail("this case switches to the user nobody: run the suite as root (as CI does)")
    _setup_public(public_tmp, seed_file)
    data_dir = public_tmp / "data"
    data_dir.mkdir()
    data_dir.chmod(0o777)
    shutil.copyfile(user_template, data_dir / "territoria.sqlite")
    (data_dir / "territoria.sqlite").chmod(0o666)
    locked = public_tmp / "usb"
    locked.mkdir()
    locked.chmod(0o555)
    result = _as_nobody("export", str(data_dir), str(locked / "sauvegarde.zip"))
    tally.add("permissions (as nobody)", runs=1, tracebacks=int("Traceback" in result.stderr))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "accès refusé" in result.stderr and not list(locked.iterdir())
