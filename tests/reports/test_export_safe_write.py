"""Writing exports safely: temporary file then rename, French errors, nothing half-written."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from territoria.errors import TerritoriaError
from territoria.reports import safe_write
from territoria.reports.safe_write import ExportWriteError, atomic_output, write_bytes
from territoria.services.progress import Cancelled


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "fiche.pdf"
    assert write_bytes(target, b"%PDF-1.4 contenu") == target
    assert target.read_bytes() == b"%PDF-1.4 contenu"
    assert leftovers(tmp_path) == ["fiche.pdf"]
    if os.name != "nt":
        assert target.stat().st_mode & 0o777 == 0o644


def test_replacing_an_existing_file(tmp_path):
    target = tmp_path / "fiche.pdf"
    target.write_bytes(b"ancien")
    write_bytes(target, b"nouveau")
    assert target.read_bytes() == b"nouveau" and leftovers(tmp_path) == ["fiche.pdf"]


def test_locked_file_permission_denied_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "fiche.pdf"
    target.write_bytes(b"ancien")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(safe_write.os, "replace", locked)
    with pytest.raises(ExportWriteError) as caught:
        write_bytes(target, b"nouveau")
    assert isinstance(caught.value, TerritoriaError)
    assert "accès refusé" in caught.value.message and "lecteur PDF" in caught.value.message
    assert "Aucun fichier n'a été écrit" in caught.value.message
    assert target.read_bytes() == b"ancien"
    assert leftovers(tmp_path) == ["fiche.pdf"]


def test_full_disk(tmp_path):
    target = tmp_path / "catalogue.pdf"
    with pytest.raises(ExportWriteError) as caught, atomic_output(target) as out:
        out.write(b"debut")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert "disque est plein" in caught.value.message
    assert leftovers(tmp_path) == []


def test_full_disk_while_flushing(tmp_path, monkeypatch):
    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", no_space)
    with pytest.raises(ExportWriteError, match="disque est plein"):
        write_bytes(tmp_path / "x.csv", b"a;b")
    assert leftovers(tmp_path) == []


def test_read_only_folder(tmp_path, monkeypatch):
    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe_write.tempfile, "mkstemp", refused)
    with pytest.raises(ExportWriteError, match="accès refusé"):
        write_bytes(tmp_path / "x.pdf", b"x")
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_really_read_only_folder(tmp_path):
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportWriteError, match="accès refusé"):
            write_bytes(folder / "x.pdf", b"x")
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o755)


def test_read_only_file_system(tmp_path, monkeypatch):
    def erofs(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(safe_write.tempfile, "mkstemp", erofs)
    with pytest.raises(ExportWriteError, match="lecture seule"):
        write_bytes(tmp_path / "x.pdf", b"x")


def test_target_is_a_folder(tmp_path):
    folder = tmp_path / "dossier.pdf"
    folder.mkdir()
    with pytest.raises(ExportWriteError, match="c'est un dossier"):
        write_bytes(folder, b"x")
    assert leftovers(tmp_path) == ["dossier.pdf"] and leftovers(folder) == []


def test_missing_folder(tmp_path):
    with pytest.raises(ExportWriteError, match="n'existe pas"):
        write_bytes(tmp_path / "absent" / "x.pdf", b"x")
    assert leftovers(tmp_path) == []


def test_cancel_and_other_errors_remove_the_temporary_file(tmp_path):
    target = tmp_path / "x.pdf"
    with pytest.raises(Cancelled), atomic_output(target) as out:
        out.write(b"partiel")
        raise Cancelled()
    with pytest.raises(ValueError), atomic_output(target) as out:
        raise ValueError("bogue")
    assert leftovers(tmp_path) == []


def test_every_os_error_gets_a_french_reason(tmp_path):
    for error in (OSError(errno.ENAMETOOLONG, "x"), OSError(errno.EIO, "Input/output error"),
                  FileNotFoundError(errno.ENOENT, "x")):
        reason = safe_write._reason(error, tmp_path / "x.pdf")
        assert reason and reason[0].islower() and "Errno" not in reason
