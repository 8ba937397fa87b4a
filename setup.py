"""Build hook: ship ``resources/`` and ``data/seed.sqlite`` inside the wheel.

They live at the repository root (where the seed build and PyInstaller expect them); in a
wheel they are copied to ``territoria/_bundled/`` where ``territoria.resources`` looks.
Everything else is configured in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithBundledData(build_py):
    """build_py that also copies the bundled data files."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "territoria" / "_bundled"
        if (ROOT / "resources").is_dir():
            shutil.copytree(ROOT / "resources", target / "resources", dirs_exist_ok=True)
        self._compile_translations(target / "resources" / "translations")
        seed = ROOT / "data" / "seed.sqlite"
        if seed.is_file():
            (target / "data").mkdir(parents=True, exist_ok=True)
            shutil.copy2(seed, target / "data" / "seed.sqlite")
            digest = seed.with_suffix(".sha256")  # checked on first run and before a seed update
            if digest.is_file():
                shutil.copy2(digest, target / "data" / digest.name)


    @staticmethod
    def _compile_translations(folder: Path) -> None:
        """Compile .ts to .qm with scripts/translations.py (PySide6 is a build requirement).

        A wheel without its .qm would silently lose the English interface: failing is better.
        """
        import runpy

        translations = runpy.run_path(str(ROOT / "scripts" / "translations.py"))
        translations["build"](folder)


setup(cmdclass={"build_py": BuildWithBundledData})
