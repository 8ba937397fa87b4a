"""Join a long document written in parts into one PDF (pypdf), keeping links, outline and page totals.

reportlab keeps every page of a document in memory until it saves the file (about 60 KB
per catalogue page), so a 1,000-initiative catalogue is written as several PDFs of a few
hundred pages each, every part numbering its pages from its offset in the whole. What
only the whole knows is settled here:

- the total of "page X / N": each part draws it from its form XObject ``pagetotal``,
  written as :data:`~territoria.reports.flow.TOTAL_PLACEHOLDER` (every digit, so the part's
  font subset holds them); the join rewrites that form's text with the real total;
- links between parts (the contents page points at every section by named destination):
  the sections are merged first, so their names are known when the front part arrives;
- the outline: each part's entries, in order, with the front's first.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from territoria.reports.flow import TOTAL_FORM, TOTAL_PLACEHOLDER

#: Catalog entries of the front part copied to the joined document.
_ROOT_KEYS = ("/Lang", "/PageMode", "/ViewerPreferences", "/MarkInfo")


def _set_total(reader: Any, total: int) -> None:
    """Write ``total`` into the part's total form (one XObject shared by its pages)."""
    from pypdf.generic import NameObject

    name = NameObject(f"/FormXob.{TOTAL_FORM}")
    done: set[int] = set()
    placeholder = f"({TOTAL_PLACEHOLDER})".encode()
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        form = xobjects.get(name)
        if form is None:
            continue
        stream = form.get_object()
        ident = form.idnum if hasattr(form, "idnum") else id(stream)
        if ident in done:
            continue
        data = stream.get_data()
        if placeholder in data:
            _replace_data(stream, data.replace(placeholder, f"({total})".encode()))
        done.add(ident)


def _replace_data(stream: Any, data: bytes) -> None:
    """Give ``stream`` new content, Flate-compressed (reportlab writes forms ASCII85 + Flate,
    which pypdf cannot re-encode)."""
    import zlib

    from pypdf.generic import NameObject, StreamObject

    StreamObject.set_data(stream, zlib.compress(data))
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream.pop(NameObject("/DecodeParms"), None)
    stream.decoded_self = None


def join_parts(front: Path, parts: Sequence[Path], out: str | Path | IO[bytes], total: int) -> None:
    """Write ``front`` followed by ``parts`` to ``out``, with ``total`` as every page's "N".

    The parts' outline entries are their sections, one each, in order; the front's links
    lead to stand-ins (reportlab resolves every link when it saves, see
    ``catalogue._placeholders``) and are pointed at their sections' destinations. The front's outline entries come first; the document
    information and the catalogue's language come from the front.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter()
    for part in parts:
        reader = PdfReader(part)
        _set_total(reader, total)
        writer.append(reader)
        _release(writer)
    sections = [(item.page, item.get("/Left"), item.get("/Top")) for item in writer.outline
                if not isinstance(item, list)]
    reader = PdfReader(front)
    _set_total(reader, total)
    front_pages = len(reader.pages)
    writer.merge(0, reader, import_outline=False)
    _point_links(writer, front_pages, sections)
    _front_outline(writer, reader)
    root = reader.trailer["/Root"]
    for key in _ROOT_KEYS:
        if key in root:
            writer.root_object[NameObject(key)] = root[key].clone(writer)
    if reader.metadata:
        writer.add_metadata({key: value for key, value in reader.metadata.items()})
    writer.write(out)


def _release(writer: Any) -> None:
    """Drop the merged pages' links to their source pages, so each part's reader (and every
    object it parsed) is freed once copied: keeping them all doubled the join's memory."""
    for page in writer.pages:
        if "original_page" in vars(page):
            del page.original_page


def _point_links(writer: Any, front_pages: int, sections: list[tuple[Any, Any, Any]]) -> None:
    """Point each link of the front at its section's destination.

    The front's links lead to stand-ins one point apart on its last page, the first
    section's highest (``catalogue._placeholders``): the gap below the highest is the
    section's index.
    """
    from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject

    links = []
    for index in range(front_pages):
        for annotation in writer.pages[index].get("/Annots", []):
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
                links.append(annotation)
    if not links:
        return
    highest = max(float(link["/Dest"][3]) for link in links)
    for annotation in links:
        index = round(highest - float(annotation["/Dest"][3]))
        if not 0 <= index < len(sections):
            raise ValueError(f"a link of the contents leads to no section ({index})")
        page, left, top = sections[index]
        annotation[NameObject("/Dest")] = ArrayObject([
            page, NameObject("/XYZ"), FloatObject(left or 0), FloatObject(top or 0), NumberObject(0)])


def _front_outline(writer: Any, reader: Any) -> None:
    """The front's own outline entries, placed before the sections' first."""
    from pypdf.generic import Fit

    added = []
    for item in reader.outline:
        if isinstance(item, list):  # nested entries: the front has none
            continue
        top = item.get("/Top")
        fit = Fit.xyz(left=item.get("/Left"), top=top, zoom=0) if top is not None else Fit.fit()
        added.append(writer.add_outline_item(title=item.title, page_number=reader.get_destination_page_number(item),
                                             fit=fit, is_open=False))
    for reference in reversed(added):
        _move_first(writer.get_outline_root(), reference)


def _move_first(root: Any, reference: Any) -> None:
    """Make the outline entry ``reference`` (a child of ``root``) its first child."""
    from pypdf.generic import NameObject

    first_reference = root.raw_get("/First")
    if first_reference == reference:
        return
    item = reference.get_object()
    previous_reference = item.raw_get("/Prev")  # present: the entry is not the first
    following_reference = item.raw_get("/Next") if "/Next" in item else None
    previous = previous_reference.get_object()
    if following_reference is not None:
        previous[NameObject("/Next")] = following_reference
        following_reference.get_object()[NameObject("/Prev")] = previous_reference
    else:
        del previous[NameObject("/Next")]
        root[NameObject("/Last")] = previous_reference
    del item[NameObject("/Prev")]
    item[NameObject("/Next")] = first_reference
    first_reference.get_object()[NameObject("/Prev")] = reference
    root[NameObject("/First")] = reference
