"""Qt translations: extract the UI's French source strings, and compile ``.ts`` to ``.qm``.

    python scripts/translations.py update   # refresh resources/translations/*.ts from src/territoria/ui
    python scripts/translations.py build    # compile every .ts to .qm (done by scripts/setup.sh)

The ``.qm`` files are build outputs (git-ignored); the ``.ts`` files are the sources. The
French source strings need a translation file too: Qt writes ``tr("%n projet(s) coché(s)", "", n)``
as "1 projet coché" / "3 projets cochés" from the ``<numerusform>`` of ``territoria_fr.ts``, and
``update`` gives every source that French typography changes its typographic text there (no-break
spaces inside « », before ; ! ? and a closing colon), so source strings stay easy to type.
"""

from __future__ import annotations

import html
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
            text = french_only(text)
        ts.write_text(text, encoding="utf-8")


def french_only(ts_text: str) -> str:
    """``ts_text`` (French target) keeping what French needs: plural forms, and typography.

    Plural messages (``numerus="yes"``) keep their hand-written ``<numerusform>``; a message
    whose source French typography changes (« Osez l'IA » with no-break spaces inside the
    guillemets, a narrow no-break space before ; ! ?, a no-break space before a closing colon)
    gets that typographic text as its translation, rewritten at every update; the others are
    left out (the source is shown as it is).
    """
    sys.path.insert(0, str(ROOT / "src"))
    from territoria.domain.format_fr import typographic

    def message(match: re.Match[str]) -> str:
        block = match.group(0)
        if 'numerus="yes"' in block:
            return block
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, flags=re.DOTALL).group(1))
        french = typographic(source)
        if french == source:
            return ""
        escaped = html.escape(french, quote=False).replace("'", "&apos;").replace('"', "&quot;")
        return re.sub(r"<translation[^>]*>.*?</translation>", lambda _m: f"<translation>{escaped}</translation>",
                      block, flags=re.DOTALL)

    def context(match: re.Match[str]) -> str:
        block = re.sub(r"\n *<message[ >].*?</message>", message, match.group(0), flags=re.DOTALL)
        return block if "<message" in block else ""

    return re.sub(r"\n? *<context>.*?</context>", context, ts_text, flags=re.DOTALL)


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
