"""Qt translations: extract the UI's French source strings, and compile ``.ts`` to ``.qm``.

    python scripts/translations.py update   # refresh resources/translations/*.ts from src/territoria/ui
    python scripts/translations.py build    # compile every .ts to .qm (done by scripts/setup.sh)

The ``.qm`` files are build outputs (git-ignored); the ``.ts`` files are the sources. The
French source strings need a translation file too, for their plural forms only: Qt writes
``tr("%n projet(s) coché(s)", "", n)`` as "1 projet coché" / "3 projets cochés" from the
``<numerusform>`` of ``territoria_fr.ts``, which holds the messages with ``%n`` and nothing else.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "fr")


def tool(name: str) -> str:
    """Path of a PySide6 Qt tool (``pyside6-lupdate``…) next to this Python, or on PATH."""
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(candidate) if candidate.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} introuvable : installez PySide6 dans cet environnement")
    return found


def update() -> None:
    """Re-extract every ``tr()`` string of the UI into the ``.ts`` files (keeping translations)."""
    sources = sorted(str(p) for p in (ROOT / "src" / "territoria" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = TS_DIR / f"territoria_{language}.ts"
        subprocess.run([tool("lupdate"), "-no-obsolete", "-source-language", "fr_FR", "-target-language",
                        language, *sources, "-ts", str(ts)], check=True)
        # lupdate reads Python's "#:" comments as notes for translators; here they document
        # module constants (Sphinx style) and would only clutter the .ts
        text = ts.read_text(encoding="utf-8")
        text = re.sub(r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.DOTALL)
        if language == "fr":
            text = plural_only(text)
        ts.write_text(text, encoding="utf-8")


def plural_only(ts_text: str) -> str:
    """``ts_text`` keeping only its plural messages (``numerus="yes"``) and the contexts holding some."""
    def context(match: re.Match[str]) -> str:
        block = re.sub(r"\n *<message>.*?</message>", "", match.group(0), flags=re.DOTALL)
        return block if "<message" in block else ""

    text = re.sub(r"\n? *<context>.*?</context>", context, ts_text, flags=re.DOTALL)
    return text


def build(output_dir: Path = TS_DIR) -> list[Path]:
    """Compile every ``.ts`` into ``output_dir``; returns the ``.qm`` files written."""
    written = []
    for ts in sorted(TS_DIR.glob("territoria_*.ts")):
        qm = output_dir / ts.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
