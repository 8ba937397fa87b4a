"""A pack given on the command line is offered for import once the window is shown."""

from __future__ import annotations

from pathlib import Path

from territoria.ui.app import offer_pack_import
from territoria.ui.main_window import MainWindow


def test_pack_on_the_command_line_opens_the_import_dialog(qtbot, ui_context, tmp_path: Path) -> None:
    from pack_tools import build, make_key, write_folder

    key = make_key(tmp_path / "keys", "arnia.key", "arnia")
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "arnia.territoria")
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    offer_pack_import(window, pack)
    qtbot.waitUntil(lambda: getattr(window.data_menu, "dialog", None) is not None and window.data_menu.dialog.isVisible())
    dialog = window.data_menu.dialog
    assert Path(dialog.path_edit.text()) == pack.resolve()
    # the key is not trusted by this installation: the dialog says so and offers no import
    qtbot.waitUntil(lambda: bool(dialog.message.text()))
    assert "confiance" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
