"""Check that a compiled .qm really translates: one translated message of the .ts source."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "territoria_en.ts"


def first_translated_message() -> tuple[str, str, str]:
    """(context, French source, English translation) of the first plainly translated message."""
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            english = message.findtext("translation") or ""
            source = message.findtext("source") or ""
            if english and english != source and message.get("numerus") != "yes":
                return context.findtext("name") or "", source, english
    raise AssertionError("no translated message in territoria_en.ts")


def assert_translates(qm: Path) -> None:
    """Load ``qm`` with Qt and check it translates a message of the .ts as the .ts says."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} does not load"
    context, source, english = first_translated_message()
    assert translator.translate(context, source) == english
