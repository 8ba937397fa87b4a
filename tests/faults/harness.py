"""Helpers of the fault-injection suite: kill a run at a random moment, check what it left.

Every run's outcome is appended to a tally (``FaultTally``) that the suite prints at the end
and, with ``TERRITORIA_FAULT_REPORT=FILE``, writes as JSON (the figures of RELIABILITY.md).
``TERRITORIA_FAULT_RUNS=N`` multiplies the number of runs of every loop (CI: 1).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

DRIVER = Path(__file__).with_name("driver.py")
RUNS = max(1, int(os.environ.get("TERRITORIA_FAULT_RUNS", "1") or 1))


def scaled(n: int) -> int:
    """``n`` runs in CI, ``n × TERRITORIA_FAULT_RUNS`` for a report run."""
    return n * RUNS


@dataclass
class Outcome:
    """What one run under fault did."""

    killed: bool
    returncode: int | None
    stdout: str
    stderr: str
    elapsed: float


def run_and_kill(action: str, *args: str, delay: float | None, timeout: float = 300) -> Outcome:
    """Run the driver's ``action``; send SIGKILL after ``delay`` seconds (None: let it finish)."""
    env = dict(os.environ, PYTHONFAULTHANDLER="0", QT_QPA_PLATFORM="offscreen")
    start = time.monotonic()
    process = subprocess.Popen([sys.executable, str(DRIVER), action, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    killed = False
    try:
        process.wait(timeout=timeout if delay is None else delay)
    except subprocess.TimeoutExpired:
        if delay is None:
            process.kill()
            raise
        process.send_signal(signal.SIGKILL)
        killed = True
    out, err = process.communicate()
    return Outcome(killed, process.returncode, out, err, time.monotonic() - start)


def calibrate(action: str, *args: str) -> float:
    """Seconds one uninterrupted run of ``action`` takes here (kills are then spread over it)."""
    outcome = run_and_kill(action, *args, delay=None)
    assert outcome.returncode == 0 and "Traceback" not in outcome.stderr, outcome.stderr
    return outcome.elapsed


def own_records(database: Path) -> dict[str, int]:
    """The user's own records in ``database`` (projects, notes, stars, saved searches)."""
    from territoria.store.backup import inspect_database

    return inspect_database(database, full=False).own_records


def schema_of(database: Path) -> str | None:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def rng(name: str) -> random.Random:
    """A random generator whose seed is printed with failures (TERRITORIA_FAULT_SEED to replay)."""
    seed = int(os.environ.get("TERRITORIA_FAULT_SEED", "0") or 0) or random.SystemRandom().randrange(1 << 30)
    print(f"[faults] {name}: random seed {seed}")
    return random.Random(seed)


@dataclass
class FaultTally:
    """Counts of the whole suite: runs, kills, and the three outcomes that must stay at zero."""

    rows: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, scenario: str, **counts: int) -> None:
        row = self.rows.setdefault(scenario, {})
        for key, value in counts.items():
            row[key] = row.get(key, 0) + value

    def write(self) -> None:
        target = os.environ.get("TERRITORIA_FAULT_REPORT")
        text = json.dumps(self.rows, indent=1, ensure_ascii=False)
        print("\n[faults] tally:\n" + text)
        if target:
            Path(target).write_text(text, encoding="utf-8")
