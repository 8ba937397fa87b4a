"""Reading produced PDFs back with pypdf in tests."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader


def reader(pdf: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))


def page_texts(pdf: bytes | Path) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def squash(text: str) -> str:
    """Text without any white space (line wrapping in the PDF does not matter then)."""
    return re.sub(r"\s+", "", text)


def embedded_fonts(pdf: bytes | Path) -> dict[str, bool]:
    """Base font name → whether its descriptor embeds a TrueType program (/FontFile2)."""
    found: dict[str, bool] = {}

    def visit(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        fonts = resources.get("/Font")
        if fonts is not None:
            for ref in fonts.get_object().values():
                font = ref.get_object()
                descriptors = [font.get("/FontDescriptor")]
                for child in font.get("/DescendantFonts") or []:
                    descriptors.append(child.get_object().get("/FontDescriptor"))
                embedded = any(d is not None and "/FontFile2" in d.get_object() for d in descriptors)
                found[str(font.get("/BaseFont"))] = found.get(str(font.get("/BaseFont")), False) or embedded
        xobjects = resources.get("/XObject")
        if xobjects is not None:
            for ref in xobjects.get_object().values():
                xobject = ref.get_object()
                if xobject.get("/Subtype") == "/Form":
                    visit(xobject.get("/Resources"))

    for page in reader(pdf).pages:
        visit(page.get("/Resources"))
    return found


def outline_titles(pdf: bytes | Path) -> list[str]:
    """Every bookmark title, depth first."""
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader(pdf).outline)
    return titles


def image_count(pdf: bytes | Path) -> int:
    count = 0
    for page in reader(pdf).pages:
        xobjects = page.get("/Resources", {}).get_object().get("/XObject")
        if xobjects is None:
            continue
        count += sum(1 for ref in xobjects.get_object().values() if ref.get_object().get("/Subtype") == "/Image")
    return count


def link_targets(pdf: bytes | Path, page_index: int) -> list[int]:
    """The 0-based page each internal link of a page jumps to, top to bottom."""
    doc = reader(pdf)
    pages = [page.indirect_reference.idnum for page in doc.pages]
    found = []
    for ref in doc.pages[page_index].get("/Annots") or []:
        annotation = ref.get_object()
        dest = annotation.get("/Dest")
        if dest is None and "/A" in annotation:
            dest = annotation["/A"].get_object().get("/D")
        if dest is not None and not isinstance(dest, str):
            rect = annotation["/Rect"]
            found.append((-float(rect[1]), pages.index(dest[0].idnum)))
    return [target for _, target in sorted(found)]
