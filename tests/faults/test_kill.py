"""``kill -9`` at random moments: first run, upgrade of each earlier schema, seed update, export.

After every kill the data folder must open again (0 databases unusable), the user's own
records must all be there (0 lost), and no run that was not killed may end in a traceback.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from harness import RUNS, calibrate, own_records, rng, run_and_kill, scaled, schema_of

from territoria.store import migrate
from territoria.store.backup import inspect_database, list_backups
from territoria.store.seed_check import write_digest


def _assert_no_traceback(outcome, tally, scenario: str) -> None:
    traceback = "Traceback" in outcome.stderr
    tally.add(scenario, tracebacks=int(traceback))
    assert not traceback, outcome.stderr


def _reopen(data_dir: Path, seed: Path, tally, scenario: str) -> None:
    """The recovery start after a kill: it must succeed and leave a sound database at head."""
    outcome = run_and_kill("open", str(data_dir), str(seed), delay=None)
    _assert_no_traceback(outcome, tally, scenario)
    database = data_dir / "territoria.sqlite"
    check = inspect_database(database)
    unusable = outcome.returncode != 0 or not check.ok or check.schema != migrate.head_revision()
    tally.add(scenario, unusable=int(unusable))
    assert not unusable, (outcome.returncode, outcome.stderr, check)


def test_kill_during_first_run(tmp_path, seed_file, tally):
    random = rng("first run")
    duration = calibrate("open", str(tmp_path / "calibration"), str(seed_file))
    for run in range(scaled(4)):
        data_dir = tmp_path / f"run{run}"
        outcome = run_and_kill("open", str(data_dir), str(seed_file), delay=random.uniform(0.2, 1.2) * duration)
        tally.add("kill -9 during first run", runs=1, killed=int(outcome.killed))
        if not outcome.killed:
            _assert_no_traceback(outcome, tally, "kill -9 during first run")
        _reopen(data_dir, seed_file, tally, "kill -9 during first run")
        leftovers = [p.name for p in data_dir.glob(".territoria.sqlite-*")]
        assert leftovers == []
        with sqlite3.connect(data_dir / "territoria.sqlite") as connection:
            communes = connection.execute("SELECT count(*) FROM communes").fetchone()[0]
        connection.close()
        with sqlite3.connect(f"file:{seed_file}?mode=ro", uri=True) as connection:
            assert communes == connection.execute("SELECT count(*) FROM communes").fetchone()[0]
        connection.close()


def _upgrade_run(revision: str, source: Path, seed: Path, folder: Path, delay: float, recover: bool, tally) -> None:
    scenario = "kill -9 during upgrade (25,000 initiatives)"
    data_dir = folder / f"upgrade-{revision}"
    data_dir.mkdir(parents=True)
    shutil.copyfile(source, data_dir / "territoria.sqlite")
    expected = own_records(source)
    outcome = run_and_kill("open", str(data_dir), str(seed), delay=delay)
    tally.add(scenario, runs=1, killed=int(outcome.killed))
    if not outcome.killed:
        _assert_no_traceback(outcome, tally, scenario)
    database = data_dir / "territoria.sqlite"
    # all or nothing: the killed database is at its old revision or at head, never between
    after = schema_of(database)
    check = inspect_database(database, full=False)
    half = after not in (revision, migrate.head_revision()) or not check.ok
    tally.add(scenario, half_upgraded=int(half))
    assert not half, (revision, after, check)
    if not recover:  # the killed database is the one we started from: usable as it was
        mine = own_records(database)
        lost = sum(max(0, count - mine.get(key, 0)) for key, count in expected.items())
        tally.add(scenario, own_records_checked=sum(expected.values()), own_records_lost=lost)
        assert lost == 0, (expected, mine)
        return
    _reopen(data_dir, seed, tally, scenario)
    mine = own_records(database)
    lost = sum(max(0, count - mine.get(key, 0)) for key, count in expected.items())
    tally.add(scenario, own_records_checked=sum(expected.values()), own_records_lost=lost)
    assert lost == 0, (expected, mine)
    backups = list_backups(data_dir / "backups")
    # a killed attempt and the one that completed leave one backup, not two
    tally.add(scenario, duplicate_backups=max(0, len(backups) - 1))
    assert len(backups) == 1 and backups[0].sound and backups[0].schema == revision


def test_kill_during_upgrade_of_each_earlier_schema(tmp_path, old_schemas, seed_file, tally):
    random = rng("upgrade")
    revisions = list(old_schemas)
    # CI restarts the oldest and the newest earlier schema after the kill (a whole upgrade each);
    # a report run (TERRITORIA_FAULT_RUNS > 1) restarts every one
    restarted = set(revisions) if RUNS > 1 else {revisions[0], revisions[-1]}
    jobs = [(revision, old_schemas[revision], random.uniform(1.5, 15.0), revision in restarted)
            for revision in revisions for _ in range(scaled(1))]
    assert set(revisions) == set(sorted(migrate.known_revisions())[:-1])
    with ThreadPoolExecutor(max_workers=2) as pool:  # CI has two cores
        futures = [pool.submit(_upgrade_run, revision, source, seed_file, tmp_path / f"job{i}", delay, recover,
                               tally)
                   for i, (revision, source, delay, recover) in enumerate(jobs)]
        for future in futures:
            future.result()


def _newer_seed(seed_file: Path, folder: Path) -> Path:
    """A genuine newer seed: one title changed, a record removed, new edition; digest recorded."""
    folder.mkdir(parents=True, exist_ok=True)
    newer = folder / "seed.sqlite"
    shutil.copyfile(seed_file, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE initiatives SET title = 'Assistant virtuel (édition suivante)' "
                           "WHERE slug = 'drome-assistant-virtuel'")
        connection.execute("UPDATE meta SET value = 'next-inputs' WHERE key = 'inputs_sha256'")
        connection.execute("UPDATE meta SET value = '2027-01-15' WHERE key = 'data_edition'")
    connection.close()
    write_digest(newer)
    return newer


def _edition_and_title(database: Path) -> tuple[str, str]:
    connection = sqlite3.connect(database)
    try:
        edition = connection.execute("SELECT value FROM meta WHERE key = 'data_edition'").fetchone()[0]
        title = connection.execute(
            "SELECT title FROM initiatives WHERE slug = 'drome-assistant-virtuel'").fetchone()[0]
        return edition, title
    finally:
        connection.close()


def test_kill_during_seed_update(tmp_path, seed_file, user_template, tally):
    scenario = "kill -9 during seed update"
    random = rng("seed update")
    newer = _newer_seed(seed_file, tmp_path / "newer")
    expected = own_records(user_template)
    (tmp_path / "calibration").mkdir()
    shutil.copyfile(user_template, tmp_path / "calibration" / "territoria.sqlite")
    duration = calibrate("open", str(tmp_path / "calibration"), str(newer))
    for run in range(scaled(4)):
        data_dir = tmp_path / f"run{run}"
        data_dir.mkdir()
        shutil.copyfile(user_template, data_dir / "territoria.sqlite")
        outcome = run_and_kill("open", str(data_dir), str(newer), delay=random.uniform(0.3, 1.1) * duration)
        tally.add(scenario, runs=1, killed=int(outcome.killed))
        if not outcome.killed:
            _assert_no_traceback(outcome, tally, scenario)
        edition, title = _edition_and_title(data_dir / "territoria.sqlite")
        # all or nothing: the new edition comes with its new title, the old with the old
        assert (edition == "2027-01-15") == title.endswith("(édition suivante)"), (edition, title)
        _reopen(data_dir, newer, tally, scenario)
        assert _edition_and_title(data_dir / "territoria.sqlite")[0] == "2027-01-15"
        mine = own_records(data_dir / "territoria.sqlite")
        lost = sum(max(0, count - mine.get(key, 0)) for key, count in expected.items())
        tally.add(scenario, own_records_checked=sum(expected.values()), own_records_lost=lost)
        assert lost == 0


def test_kill_during_backup_export(tmp_path, user_template, tally):
    scenario = "kill -9 during backup export"
    random = rng("export")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(user_template, data_dir / "territoria.sqlite")
    before = hashlib.sha256((data_dir / "territoria.sqlite").read_bytes()).hexdigest()
    target = tmp_path / "usb" / "sauvegarde.zip"
    target.parent.mkdir()
    duration = calibrate("export", str(data_dir), str(tmp_path / "calibration.zip"))
    for _run in range(scaled(5)):
        outcome = run_and_kill("export", str(data_dir), str(target), delay=random.uniform(0.2, 1.1) * duration)
        tally.add(scenario, runs=1, killed=int(outcome.killed))
        if not outcome.killed:
            _assert_no_traceback(outcome, tally, scenario)
            assert outcome.returncode == 0, outcome.stderr
        if target.exists():  # a target, when there is one, is always a whole backup file
            with zipfile.ZipFile(target) as archive:
                assert archive.testzip() is None
                assert {"manifest.json", "territoria.sqlite"} <= set(archive.namelist())
        assert hashlib.sha256((data_dir / "territoria.sqlite").read_bytes()).hexdigest() == before
    tally.add(scenario, unusable=0, own_records_lost=0)


def test_kill_during_pdf_export(tmp_path, user_template, tally):
    """The catalogue PDF through the CLI: the target is absent or a whole PDF, never half of one."""
    from pypdf import PdfReader

    scenario = "kill -9 during PDF export"
    random = rng("pdf export")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(user_template, data_dir / "territoria.sqlite")
    duration = calibrate("cli", str(data_dir), "export-pdf", "--search", "eau", "-o", str(tmp_path / "c.pdf"))
    for run in range(scaled(3)):
        target = tmp_path / f"catalogue-{run}.pdf"
        outcome = run_and_kill("cli", str(data_dir), "export-pdf", "--search", "eau", "-o", str(target),
                               delay=random.uniform(0.2, 0.9) * duration)
        tally.add(scenario, runs=1, killed=int(outcome.killed))
        if not outcome.killed:
            _assert_no_traceback(outcome, tally, scenario)
        if target.exists():
            assert len(PdfReader(target).pages) >= 1
    assert inspect_database(data_dir / "territoria.sqlite").ok
