"""An unexpected database error in the window is explained in French, with the way out."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import OperationalError

from territoria.ui import error_dialog


def test_a_missing_search_index_is_explained_in_french(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(error_dialog.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    exc = OperationalError("SELECT rowid FROM initiatives_fts", {}, sqlite3.OperationalError("no such table: initiatives_fts"))
    error_dialog.report_unexpected(type(exc), exc, None)
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert "La base de données est endommagée (l'index de recherche" in dialog.message_label.text()
    assert "territoria check --repair" in dialog.message_label.text() and "Restaurer une sauvegarde" in dialog.message_label.text()
    assert "no such table" in dialog.details  # the technical details stay available on demand


def test_other_errors_keep_their_own_message(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(error_dialog.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    error_dialog.report_unexpected(ValueError, ValueError("autre chose"), None)
    qtbot.addWidget(shown[0])
    assert shown[0].message_label.text().endswith("autre chose")
