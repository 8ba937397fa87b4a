"""Random pages of the user's database garbled: every command answers in French, a restore repairs it."""

from __future__ import annotations

import shutil
import traceback
from pathlib import Path

from harness import own_records, rng, scaled

from territoria.cli import main
from territoria.store.backup import inspect_database, make_backup

PAGE = 4096


def _commands(out: Path) -> list[list[str]]:
    return [["info"], ["check"], ["search", "eau", "--limit", "3"], ["search", "--limit", "0", "--json"],
            ["communes", "saint", "--limit", "3"], ["schemes", "--commune", "61382"],
            ["comparable", "--commune", "61382", "--limit", "3"], ["backup", "list"],
            ["export-csv", "--search", "eau", "-o", str(out / "liste.csv")],
            ["backup", "export", "-o", str(out / "sauvegarde.zip")]]


def _garble(database: Path, random) -> str:
    """Overwrite 1–3 random pages (random bytes, zeros, or a torn half page); returns what was done."""
    pages = database.stat().st_size // PAGE
    done = []
    with database.open("r+b") as handle:
        for _ in range(random.randint(1, 3)):
            page = random.randrange(1, pages)  # page 0 (the header) is covered by the CLI's own tests
            kind = random.choice(("random", "zeros", "torn"))
            handle.seek(page * PAGE + (PAGE // 2 if kind == "torn" else 0))
            size = PAGE // 2 if kind == "torn" else PAGE
            handle.write(random.randbytes(size) if kind != "zeros" else bytes(size))
            done.append(f"{kind}@{page}")
    return ",".join(done)


def test_random_page_corruption(tmp_path, user_template, tally, capsys):
    scenario = "random page corruption"
    random = rng(scenario)
    expected = own_records(user_template)
    for run in range(scaled(6)):
        data_dir = tmp_path / f"run{run}"
        data_dir.mkdir()
        database = data_dir / "territoria.sqlite"
        shutil.copyfile(user_template, database)
        good = make_backup(database, data_dir / "backups", "manuelle")
        what = _garble(database, random)
        crashes = []
        for command in _commands(tmp_path):
            try:
                code = main(["--data-dir", str(data_dir), *command])
            except SystemExit as exc:
                code = exc.code
            except Exception:  # noqa: BLE001 - what the suite counts: a traceback reaching the person
                crashes.append((command, what, traceback.format_exc()))
                continue
            assert code in (0, 1, 2), (command, code)
        capsys.readouterr()
        tally.add(scenario, runs=1, commands=len(_commands(tmp_path)), tracebacks=len(crashes))
        assert not crashes, crashes[0]
        # the way out: the backup made before the damage puts everything back
        assert main(["--data-dir", str(data_dir), "backup", "restore", good.name]) == 0
        check = inspect_database(database)
        mine = own_records(database)
        lost = sum(max(0, count - mine.get(key, 0)) for key, count in expected.items())
        tally.add(scenario, unusable=int(not check.ok), own_records_checked=sum(expected.values()),
                  own_records_lost=lost)
        assert check.ok and lost == 0
        capsys.readouterr()
