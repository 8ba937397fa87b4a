"""The Windows installer script compiles with makensis (against a stand-in payload)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "windows" / "territoria.nsi"


@pytest.fixture()
def payload(tmp_path: Path) -> Path:
    """A folder shaped like dist/territoria (two executables and _internal)."""
    folder = tmp_path / "territoria"
    (folder / "_internal" / "resources").mkdir(parents=True)
    for name in ("territoria.exe", "territoria-cli.exe"):
        (folder / name).write_bytes(b"MZ stand-in")
    (folder / "_internal" / "resources" / "a.txt").write_text("x", encoding="utf-8")
    return folder


@pytest.mark.parametrize("agency", [None, "ARNia — Agence régionale"])
def test_nsis_script_compiles(payload: Path, tmp_path: Path, agency: str | None) -> None:
    makensis = shutil.which("makensis")
    if makensis is None:
        if not sys.platform.startswith("linux"):
            pytest.skip("makensis is installed on the Linux test machine; the workflow builds the installer on Windows")
        pytest.fail("makensis is missing: bash scripts/setup.sh --tests installs it (Debian package nsis)")
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        from icons import make_icons
    finally:
        sys.path.remove(str(REPO / "packaging"))
    icons = make_icons(REPO / "resources" / "icons" / "territoria.svg", tmp_path / "icons")
    out = tmp_path / "Territoria-setup.exe"
    command = [makensis, "-V2", "-DVERSION=1.2.3", f"-DPAYLOAD_DIR={payload}", f"-DICON={icons['ico']}",
               f"-DOUTFILE={out}"]
    if agency:
        command.append(f"-DAGENCY={agency}")
    result = subprocess.run([*command, str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ"  # a Windows executable
    # the per-user install and the uninstaller's question are in the compiled installer
    assert "Territoria".encode("utf-16-le") in data or b"Territoria" in data


def test_nsis_script_installs_per_user_and_keeps_data_unless_asked() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert "$LOCALAPPDATA\\Programs\\Territoria" in text
    assert 'HKCU "Software\\Classes\\.territoria"' in text
    assert "/SD IDNO IDNO keep_data" in text  # silent uninstall keeps the data; default button is No
    assert "MB_DEFBUTTON2" in text
