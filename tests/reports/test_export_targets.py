"""Export targets: devices, FIFOs, sockets and folders refused; symlinks followed; permissions
kept; read-only files replaced only when confirmed; stale temporary files cleaned."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from territoria.reports.safe_write import (
    ExportWriteError,
    ReadOnlyTargetError,
    atomic_output,
    clean_stale_parts,
    write_bytes,
)

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file types")


@posix_only
def test_a_device_is_refused_and_left_alone():
    before = os.stat("/dev/null")
    with pytest.raises(ExportWriteError, match="périphérique"):
        write_bytes("/dev/null", b"%PDF")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@posix_only
def test_dev_full_and_dev_stdout_are_refused():
    for name in ("/dev/full", "/dev/stdout"):
        if os.path.exists(name):
            with pytest.raises(ExportWriteError):
                write_bytes(name, b"x")
    assert os.path.islink("/dev/stdout") or not os.path.exists("/dev/stdout")


@posix_only
def test_a_fifo_is_refused(tmp_path):
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    with pytest.raises(ExportWriteError, match="FIFO"):
        write_bytes(fifo, b"x")
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and sorted(p.name for p in tmp_path.iterdir()) == ["tube"]


@posix_only
def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s"
    if len(str(path)) > 100:
        pytest.skip("socket path too long for AF_UNIX")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(ExportWriteError, match="socket"):
            write_bytes(path, b"x")
    finally:
        server.close()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ExportWriteError, match="dossier"):
        write_bytes(tmp_path, b"x")


@posix_only
def test_a_symlink_is_followed_and_kept(tmp_path):
    real_dir = tmp_path / "ailleurs"
    real_dir.mkdir()
    real = real_dir / "fiche.pdf"
    real.write_bytes(b"ancien")
    link = tmp_path / "lien.pdf"
    link.symlink_to(real)
    assert write_bytes(link, b"nouveau") == link
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"nouveau"
    assert sorted(p.name for p in real_dir.iterdir()) == ["fiche.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ailleurs", "lien.pdf"]


@posix_only
def test_a_symlink_to_a_device_is_refused(tmp_path):
    link = tmp_path / "sortie.pdf"
    link.symlink_to("/dev/null")
    with pytest.raises(ExportWriteError, match="périphérique"):
        write_bytes(link, b"x")
    assert link.is_symlink()


@posix_only
def test_the_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "liste.csv"
    target.write_bytes(b"ancien")
    target.chmod(0o640)
    write_bytes(target, b"nouveau")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_bytes() == b"nouveau"


@posix_only
def test_a_read_only_file_needs_confirmation(tmp_path):
    target = tmp_path / "fiche.pdf"
    target.write_bytes(b"ancien")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyTargetError, match="lecture seule") as caught:
        write_bytes(target, b"nouveau")
    assert "--force" in caught.value.message
    assert target.read_bytes() == b"ancien"
    write_bytes(target, b"nouveau", force=True)
    assert target.read_bytes() == b"nouveau" and stat.S_IMODE(target.stat().st_mode) == 0o444


@posix_only
def test_stale_part_files_of_a_killed_export_are_cleaned(tmp_path):
    # a process that dies without cleaning up: its part file names its (now dead) pid
    code = ("import os, sys, tempfile; fd, name = tempfile.mkstemp(prefix=f'.territoria-{os.getpid()}-', "
            "suffix='.part', dir=sys.argv[1]); os.write(fd, b'moitie'); os._exit(9)")
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=False)
    old_style = tmp_path / ".territoria-abc123.part"
    old_style.write_bytes(b"x")
    os.utime(old_style, (0, 0))  # older than a day
    mine = tmp_path / f".territoria-{os.getpid()}-live.part"
    mine.write_bytes(b"en cours")  # an export of this very process, still running
    assert len(list(tmp_path.glob(".territoria-*.part"))) == 3
    write_bytes(tmp_path / "fiche.pdf", b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["fiche.pdf", mine.name])
    assert clean_stale_parts(tmp_path) == 0


@posix_only
def test_kill_9_during_an_export_leaves_nothing_after_the_next_write(tmp_path):
    code = ("import sys, os; from territoria.reports.safe_write import atomic_output\n"
            "with atomic_output(sys.argv[1]) as out:\n    out.write(b'x' * 1000); out.flush(); os._exit(137)\n")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "fiche.pdf")], check=False)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert not (tmp_path / "fiche.pdf").exists()
    write_bytes(tmp_path / "autre.pdf", b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autre.pdf"]


def test_a_name_too_long_is_a_french_message(tmp_path):
    with pytest.raises(ExportWriteError, match="trop long"):
        write_bytes(tmp_path / ("x" * 300 + ".pdf"), b"x")


def test_a_failed_write_through_atomic_output_keeps_the_read_only_refusal_first(tmp_path):
    target = tmp_path / "x.pdf"
    target.write_bytes(b"a")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyTargetError):
        with atomic_output(target):
            pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]
    Path(target).chmod(0o644)


def test_a_nul_character_in_the_name_is_a_french_message(tmp_path):
    with pytest.raises(ExportWriteError, match="caractère nul"):
        write_bytes(tmp_path / "a\x00b.pdf", b"x")
