"""Timing helpers, statistics and the result row of one benchmark figure."""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: Result words of the table (INFO: a diagnostic row, with no budget of its own).
PASS, FAIL, MISSING, ERROR, INFO = "pass", "FAIL", "n/a", "ERROR", "—"


class FeatureMissing(Exception):
    """The feature a figure measures is not in this tree yet."""


@dataclass
class Figure:
    """One row of the table: samples of the figure and of its floor, and the verdict."""

    key: str
    label: str
    unit: str  # "ms", "s" or "MB"
    budget: str
    samples: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    result: str = MISSING
    note: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def p95(self) -> float | None:
        return percentile(self.samples, 95) if self.samples else None

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor_median:
            return None
        return self.median / self.floor_median

    def judge(self, passed: bool) -> None:
        self.result = PASS if passed else FAIL


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (p95 of 20 samples is the 19th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def time_calls(function: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Milliseconds taken by each of ``repeat`` calls of ``function`` (after ``warmup`` calls)."""
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def time_interleaved(
    functions: Sequence[Callable[[], object]], repeat: int, warmup: int = 1
) -> list[list[float]]:
    """Milliseconds of each function, called in turn ``repeat`` times (a figure beside its floor).

    Alternating the calls exposes both to the same moments of machine load.
    """
    for _ in range(warmup):
        for function in functions:
            function()
    samples: list[list[float]] = [[] for _ in functions]
    for _ in range(repeat):
        for function, into in zip(functions, samples):
            started = time.perf_counter()
            function()
            into.append((time.perf_counter() - started) * 1000)
    return samples


def child_env() -> dict[str, str]:
    """Environment of the measured processes: headless Qt, the source tree importable."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), str(REPO), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_process(args: Sequence[str], timeout: float = 300) -> tuple[float, str]:
    """Run ``args``; return (wall milliseconds from spawn to exit, stdout). Raises on failure."""
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=child_env(), timeout=timeout)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args[:4]))}… exit {done.returncode}: {done.stderr.strip()[-400:]}")
    return elapsed, done.stdout


def python() -> str:
    """The interpreter running the benchmark (the project's virtualenv)."""
    return sys.executable


def format_value(value: float | None, unit: str) -> str:
    """``12.3 ms``, ``1.52 s``, ``87 MB``."""
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} MB"
