"""Guard against Qt bindings that corrupt Python's reference counts (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QTreeWidgetItem


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    item = QTreeWidgetItem()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        label.setToolTip("y")
        item.setText(0, "z")
    # a binding that drops one reference per call would be 600 short here and, over a long
    # session, make CPython free None and abort (PySide6 6.12.0 on Python 3.11)
    assert abs(sys.getrefcount(None) - before) < 50
