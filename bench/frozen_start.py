"""Cold start of the frozen (PyInstaller) app beside the source app and the same floor.

    python bench/frozen_start.py dist/territoria [--repeat 7]

The frozen executable cannot run the in-process probe of ``gui_probe.py``, so all three are
timed the same way from outside, under a private Xvfb display: process spawn → a visible
window of that process (``xdotool search --onlyvisible --pid``, polled every 5 ms). The
floor is ``gui_probe.py floor`` (PySide6 + ``import sqlalchemy.orm`` + a shown
QMainWindow/QTableView), the floor of ``bench/run.py``'s cold start. Each app start is a
start on an existing database without settings (a first start of the window). Needs the
Debian packages ``xvfb`` and ``xdotool``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROBE = REPO / "bench" / "gui_probe.py"
DISPLAY = ":87"


def _window_of(pid: int, env: dict[str, str]) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], env=env,
                           capture_output=True, text=True)
    return bool(found.stdout.strip())


def time_to_window(command: list[str], env: dict[str, str], timeout: float = 60) -> float:
    """Milliseconds from spawning ``command`` to a visible window of its process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not _window_of(process.pid, env):
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} ended before showing a window")
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"no window from {command[0]}")
            time.sleep(0.005)
        return (time.perf_counter() - start) * 1000
    finally:
        process.kill()
        process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the PyInstaller folder (dist/territoria)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} manque : apt-get install xvfb xdotool", file=sys.stderr)
            return 1
    frozen = args.bundle / ("territoria.exe" if os.name == "nt" else "territoria")
    frozen_cli = args.bundle / ("territoria-cli.exe" if os.name == "nt" else "territoria-cli")
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
        with tempfile.TemporaryDirectory() as tmp:
            frozen_data, source_data = Path(tmp, "frozen"), Path(tmp, "source")
            subprocess.run([str(frozen_cli), "--data-dir", str(frozen_data), "info"], check=True,
                           stdout=subprocess.DEVNULL)
            subprocess.run([sys.executable, "-m", "territoria", "--data-dir", str(source_data), "info"],
                           check=True, stdout=subprocess.DEVNULL, cwd=REPO)
            runs = {
                "floor (PySide6 + sqlalchemy.orm + QMainWindow/QTableView)": [sys.executable, str(PROBE), "floor"],
                "source app (python -m territoria)": [sys.executable, "-m", "territoria", "--data-dir", str(source_data)],
                "frozen app (dist/territoria)": [str(frozen), "--data-dir", str(frozen_data)],
            }
            samples: dict[str, list[float]] = {name: [] for name in runs}
            for round_ in range(args.repeat + 1):  # round 0 warms the file cache
                for name, command in runs.items():
                    for data in (frozen_data, source_data):
                        (data / "settings.ini").unlink(missing_ok=True)
                    elapsed = time_to_window(command, env)
                    if round_:
                        samples[name].append(elapsed)
    finally:
        xvfb.kill()
        xvfb.wait()
    floor = statistics.median(samples[next(iter(runs))])
    print(f"cold start to a visible window, {args.repeat} runs each, load {os.getloadavg()[0]:.2f}")
    print(f"{'':<58} {'median':>8} {'p95':>8} {'ratio':>6}")
    for name, values in samples.items():
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        median = statistics.median(values)
        print(f"{name:<58} {median:>6.0f}ms {p95:>6.0f}ms {median / floor:>5.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
