"""French typography on screen and in documents: no-break spaces inside « » (and before ; ! ?)."""

from __future__ import annotations

import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from territoria.domain.format_fr import typographic

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402

#: A guillemet with an ordinary (breakable) space on its inner side.
LOOSE_GUILLEMET = re.compile(r"«[ \t]|[ \t]»")


@pytest.fixture(scope="module")
def french(tmp_path_factory, qapp):
    qm = next(q for q in translations.build(tmp_path_factory.mktemp("qm")) if q.name == "territoria_fr.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _sources() -> list[tuple[str, str]]:
    root = ET.parse(TS_DIR / "territoria_en.ts").getroot()
    return [(context.findtext("name"), message.findtext("source")) for context in root.iter("context")
            for message in context.iter("message") if message.get("numerus") != "yes"]


def test_french_window_strings_with_guillemets_carry_no_break_spaces(french):
    quoted = [(context, source) for context, source in _sources() if "«" in source or "»" in source]
    assert len(quoted) >= 20
    for context, source in quoted:
        shown = QCoreApplication.translate(context, source)
        assert not LOOSE_GUILLEMET.search(shown), (context, shown)
        assert shown == typographic(source)
    assert QCoreApplication.translate("CollectivitePicker", "« {0} » fait partie de {1} : voici cette commune.") == (
        "«\u00a0{0}\u00a0» fait partie de {1}\u00a0: voici cette commune.")


def test_every_french_typography_fix_is_in_the_french_file():
    root = ET.parse(TS_DIR / "territoria_fr.ts").getroot()
    fixed = {(context.findtext("name"), message.findtext("source")): message.findtext("translation")
             for context in root.iter("context") for message in context.iter("message")
             if message.get("numerus") != "yes"}
    needed = {key for key in _sources() if typographic(key[1]) != key[1]}
    assert needed == set(fixed), "run scripts/translations.py update"
    assert all(fixed[key] == typographic(key[1]) for key in needed)


def test_shipped_data_carries_no_break_spaces_inside_guillemets():
    loose = []
    for path in sorted((REPO / "data" / "curated").glob("*.toml")):
        for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LOOSE_GUILLEMET.search(line):
                loose.append(f"{path.name}:{line_number}")
        tomllib.loads(path.read_text(encoding="utf-8"))  # still valid TOML
    assert not loose, loose


def test_documents_write_guillemets_with_no_break_spaces(shared_db, tmp_path):
    from pdf_tools import page_texts

    from territoria.reports.exports import export_dossier_pdf

    path = export_dossier_pdf(shared_db, "commune", "61382", tmp_path / "dossier.pdf")
    text = "\n".join(page_texts(path))
    # the text extracted from a PDF shows a no-break space as a space: what it must do is never break
    assert text.count("Osez l'IA") >= 3
    assert not re.search(r"«[ \u00a0]*\n|\n[ \u00a0]*»", text)
