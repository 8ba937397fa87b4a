"""``territoria FILE.territoria`` (a double-clicked pack) opens the window and offers the import."""

from __future__ import annotations

from pathlib import Path

import pytest

from territoria import cli


@pytest.fixture()
def gui_calls(monkeypatch) -> list[dict]:
    calls: list[dict] = []

    def fake_run_gui(paths, *, verbose=False, open_pack=None, database_url=None):
        calls.append({"paths": paths, "open_pack": open_pack, "database_url": database_url})
        return 0

    monkeypatch.setattr("territoria.ui.app.run_gui", fake_run_gui)
    return calls


def test_a_pack_alone_opens_the_window_with_it(gui_calls, data_dir: Path) -> None:
    assert cli.main(["--data-dir", str(data_dir), "ARNia 2026.territoria"]) == 0
    [call] = gui_calls
    assert call["open_pack"] == Path("ARNia 2026.territoria")
    assert call["paths"].data_dir == data_dir.resolve()


def test_no_argument_opens_the_window_without_a_pack(gui_calls, data_dir: Path) -> None:
    assert cli.main(["--data-dir", str(data_dir)]) == 0
    assert gui_calls[0]["open_pack"] is None


def test_a_command_keeps_its_own_pack_argument(gui_calls, data_dir: Path, capsys) -> None:
    rc = cli.main(["--data-dir", str(data_dir), "pack", "verify", str(data_dir / "absent.territoria")])
    assert gui_calls == []
    assert rc == 1
    assert "absent.territoria" in capsys.readouterr().err


def test_other_file_types_are_not_taken_for_packs(gui_calls, data_dir: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--data-dir", str(data_dir), "notes.txt"])
    assert exited.value.code == 2
    assert gui_calls == []
