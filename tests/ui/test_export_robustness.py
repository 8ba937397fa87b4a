"""Export robustness in the window: read-only targets need a confirmation; an unreadable logo is refused."""

from __future__ import annotations

import os
import stat

import pytest
from export_record import record_exports
from PySide6.QtWidgets import QWidget

from territoria.ui.export.controller import ExportController
from territoria.ui.tasks import BackgroundWork

posix_only = pytest.mark.skipif(os.name == "nt", reason="mode bits")


@pytest.fixture()
def controller(qtbot, shared_db, settings, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    ctrl = ExportController(shared_db, settings, BackgroundWork.inline(), parent)
    target = tmp_path / "fiche.pdf"
    target.write_bytes(b"ancien")
    target.chmod(0o444)
    ctrl.choose_target = lambda title, suggested, file_filter: target
    ctrl.target = target
    ctrl.record = record_exports(ctrl)
    ctrl.asked = []
    return ctrl


@posix_only
def test_a_read_only_file_is_kept_when_the_person_declines(controller):
    controller.confirm_read_only = lambda path: controller.asked.append(path) or False
    controller.export_initiative(5)
    assert controller.asked == [controller.target]
    assert controller.target.read_bytes() == b"ancien" and controller.record.last_path is None


@posix_only
def test_a_read_only_file_is_replaced_after_confirmation(controller):
    controller.confirm_read_only = lambda path: controller.asked.append(path) or True
    controller.export_initiative(5)
    assert controller.asked == [controller.target]
    assert controller.target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(controller.target.stat().st_mode) == 0o444  # its permissions are kept


def test_an_unreadable_logo_is_refused_with_a_french_warning(qtbot, settings, tmp_path):
    from territoria.ui.export.branding_dialog import BrandingDialog
    from territoria.ui.export.settings import branding

    logo = tmp_path / "logo.png"
    logo.write_bytes(b"pas une image")
    dialog = BrandingDialog(settings)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Agence")
    dialog.logo_edit.setText(str(logo))
    dialog.accept()
    assert "n'est pas une image lisible" in dialog.last_warning
    assert branding(settings).logo_path is None and dialog.result() == 0
