"""``export-pdf`` / ``export-csv`` targets from the command line: devices refused, ``--force``
for a read-only file, rc 1 for a refused write."""

from __future__ import annotations

import os
import stat

import pytest

from territoria.cli import main

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file types")


@posix_only
def test_dev_full_is_refused_and_stays_a_device(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "export-pdf", "--initiative", "1", "-o", "/dev/full"]) == 1
    err = capsys.readouterr().err
    assert "périphérique" in err and "Traceback" not in err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@posix_only
def test_read_only_target_needs_force(data_dir, tmp_path, capsys):
    target = tmp_path / "fiche.pdf"
    target.write_bytes(b"ancien")
    target.chmod(0o444)
    assert main(["--data-dir", str(data_dir), "export-pdf", "--initiative", "1", "-o", str(target)]) == 1
    assert "lecture seule" in capsys.readouterr().err and target.read_bytes() == b"ancien"
    assert main(["--data-dir", str(data_dir), "export-pdf", "--initiative", "1", "-o", str(target), "--force"]) == 0
    assert target.read_bytes().startswith(b"%PDF") and stat.S_IMODE(target.stat().st_mode) == 0o444


def test_a_folder_target_is_refused(data_dir, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "export-pdf", "--scheme", "1", "-o", str(tmp_path)]) == 1
    assert "dossier" in capsys.readouterr().err
