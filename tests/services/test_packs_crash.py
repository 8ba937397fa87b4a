"""Crash safety of ``pack import``: SIGKILL at random moments leaves the old or the new content.

The import runs in a child process (``python -m territoria … pack import --yes``) killed
after a random delay spread over a whole import; after each kill ``territoria check`` must
pass and the database must hold exactly the content before or after the import.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest
from pack_tools import CONTENT_TABLES, build, initiative_toml, make_key, table_digest, write_folder

from territoria.cli import main

KILLS = 20


def _import_command(data: str, pack: str) -> list[str]:
    return [sys.executable, "-m", "territoria", "--data-dir", data, "pack", "import", pack, "--yes"]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_during_import_leaves_old_or_new_content(tmp_path, seed_file, capsys):
    key = make_key(tmp_path)
    # enough records for the write to take a noticeable part of the run
    rows = [initiative_toml(f"projet-{i}", f"Projet numéro {i} de la ville", seed_partner=i % 2 == 0)
            for i in range(1500)]
    pack = build(write_folder(tmp_path / "src", initiatives=rows), key, tmp_path / "big.territoria")
    pristine = tmp_path / "pristine"
    assert main(["--data-dir", str(pristine), "trust", "add", str(key) + ".pub", "--yes"]) == 0
    assert main(["--data-dir", str(pristine), "info"]) == 0  # creates the database from the seed
    database = "territoria.sqlite"
    old = table_digest(pristine / database, CONTENT_TABLES)

    finished = tmp_path / "finished"
    shutil.copytree(pristine, finished)
    start = time.monotonic()
    subprocess.run(_import_command(str(finished), str(pack)), check=True, capture_output=True, env=os.environ)
    duration = time.monotonic() - start
    new = table_digest(finished / database, CONTENT_TABLES)
    assert new != old

    work = tmp_path / "work"
    shutil.copytree(pristine, work)
    rng = random.Random(9)
    outcomes = {"old": 0, "new": 0}
    kills = attempts = late_kills = 0
    while kills < KILLS and attempts < 3 * KILLS:
        attempts += 1
        backups_before = set((work / "backups").glob("*avant-paquet*"))
        child = subprocess.Popen(_import_command(str(work), str(pack)), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, env=os.environ)
        if attempts % 2:  # anywhere in the run: start-up, verification, backup, write, commit
            time.sleep(rng.uniform(0.05, duration))
        else:  # aimed at the write: once the pre-import backup exists, within the rest of the run
            deadline = time.monotonic() + 2 * duration
            while (child.poll() is None and time.monotonic() < deadline
                   and not set((work / "backups").glob("*avant-paquet*")) - backups_before):
                time.sleep(0.01)
            time.sleep(rng.uniform(0, duration / 3))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
            # a backup is made right before the transaction: this kill came during the write
            late_kills += bool(set((work / "backups").glob("*avant-paquet*")) - backups_before)
        child.wait()
        capsys.readouterr()
        assert main(["--data-dir", str(work), "check"]) == 0, capsys.readouterr().err
        content = table_digest(work / database, CONTENT_TABLES)
        assert content in (old, new), f"partial content after a kill at attempt {attempts}"
        outcomes["old" if content == old else "new"] += 1
        if content == new:  # start again from the old content
            shutil.rmtree(work)
            shutil.copytree(pristine, work)
    assert kills >= KILLS
    assert outcomes["old"] > 0 and late_kills >= 3, (outcomes, late_kills)
