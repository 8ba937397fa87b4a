"""A wheel built from a clean clone keeps every language (the compiled .qm) and its data."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from a clean clone (no .qm there: they are git-ignored) in a fresh venv."""
    if not (REPO / ".git").exists() or shutil.which("git") is None:
        pytest.skip("needs a git checkout to clone")
    root = tmp_path_factory.mktemp("wheel")
    clone = root / "clone"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
    assert not list(clone.rglob("*.qm")), "a clean clone must not hold compiled translations"
    env_dir = root / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    out = root / "out"
    subprocess.run([str(python), "-m", "pip", "wheel", "-q", "--no-deps", str(clone), "-w", str(out)],
                   check=True)
    [built] = out.glob("territoria-*.whl")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(built)], check=True)
    return built


def test_wheel_holds_the_compiled_english_translation(wheel: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        qm_name = "territoria/_bundled/resources/translations/territoria_en.qm"
        assert qm_name in names
        qm = tmp_path / "territoria_en.qm"
        qm.write_bytes(archive.read(qm_name))
        assert "territoria/_bundled/data/seed.sqlite" in names
    assert qm.read_bytes()[:16] == QM_MAGIC
    from qm_probe import assert_translates

    assert_translates(qm)


def test_installed_wheel_finds_its_translation_through_the_resource_lookup(wheel: Path) -> None:
    python = wheel.parent.parent / "venv" / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    found = subprocess.run(
        [str(python), "-c",
         "from territoria.resources import resource_path, seed_path;"
         "print(resource_path('translations', 'territoria_en.qm')); print(seed_path())"],
        check=True, capture_output=True, text=True, cwd=wheel.parent,
    ).stdout.split()
    assert found[0].endswith("_bundled/resources/translations/territoria_en.qm")
    assert "site-packages" in found[0]
    assert found[1].endswith("_bundled/data/seed.sqlite")
