"""Join a long document written in parts into one PDF, keeping links, outline and page totals.

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

The join streams: one part at a time is open (pypdf reads it), the objects its pages
reach are renumbered and written out at once, then the part is dropped; only page
numbers, outline entries and xref offsets remain. (pypdf's ``PdfWriter`` would hold every
object of the whole until it writes: about 60 MB of Python objects for 1,000 pages.)
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


_CATALOG, _PAGES = 1, 2


class _Output:
    """``out`` with a byte count (xref offsets) and fresh object numbers."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.position = 0
        self.offsets: dict[int, int] = {}
        self.next_id = 3

    def write(self, data: bytes) -> None:
        self.raw.write(data)
        self.position += len(data)

    def new_id(self) -> int:
        ident = self.next_id
        self.next_id += 1
        return ident

    def put(self, ident: int, obj: Any) -> None:
        """Write ``obj`` (a pypdf object whose references are already renumbered) as ``ident``."""
        import io

        self.offsets[ident] = self.position
        buffer = io.BytesIO()
        obj.write_to_stream(buffer)
        self.write(f"{ident} 0 obj\n".encode() + buffer.getvalue() + b"\nendobj\n")


def _remap(obj: Any, numbers: Any, *, parent: int | None = None) -> Any:
    """A copy of ``obj`` whose references point at the new numbers (``/Parent`` of a page → ``parent``)."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        EncodedStreamObject,
        IndirectObject,
        NameObject,
        StreamObject,
    )

    if isinstance(obj, IndirectObject):
        return IndirectObject(numbers(obj.idnum), 0, None)  # type: ignore[arg-type]
    if isinstance(obj, StreamObject):
        copy = EncodedStreamObject()
        for key, value in obj.items():
            copy[NameObject(key)] = _remap(value, numbers)
        StreamObject.set_data(copy, obj._data)
        return copy
    if isinstance(obj, DictionaryObject):
        copy = DictionaryObject()
        for key, value in obj.items():
            if key == "/Parent" and parent is not None:
                copy[NameObject(key)] = IndirectObject(parent, 0, None)  # type: ignore[arg-type]
            else:
                copy[NameObject(key)] = _remap(value, numbers)
        return copy
    if isinstance(obj, ArrayObject):
        return ArrayObject(_remap(value, numbers) for value in obj)
    return obj


class StreamJoin:
    """Writes documents one after the other into one PDF; ``finish`` adds pages tree and outline."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = _Output(out)
        self.out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        self.page_ids: list[int] = []
        self.info: Any = None
        self.root_extra: dict[str, Any] = {}

    def add(self, reader: Any, link_targets: Any = None) -> list[int]:
        """Copy every page of ``reader`` and what it reaches; returns the pages' new numbers.

        Objects are numbered when first referred to and written, then forgotten by the
        reader, one at a time. ``link_targets(annotation) -> (page number, left, top)`` may
        redirect links.
        """
        from collections import deque

        from pypdf.generic import ArrayObject, FloatObject, IndirectObject, NameObject, NumberObject

        numbers: dict[int, int] = {}
        waiting: deque[int] = deque()

        def number(old: int) -> int:
            if old not in numbers:
                numbers[old] = self.out.new_id()
                waiting.append(old)
            return numbers[old]

        new_pages = [number(page.indirect_reference.idnum) for page in reader.pages]
        pages = set(numbers)
        cache = getattr(reader, "resolved_objects", {})
        while waiting:
            old = waiting.popleft()
            obj = reader.get_object(old)
            copy = _remap(obj, number, parent=_PAGES if old in pages else None)
            if link_targets is not None and isinstance(copy, dict) and copy.get("/Subtype") == "/Link" \
                    and "/Dest" in copy:
                target = link_targets(obj)
                if target is not None:
                    page, left, top = target
                    copy[NameObject("/Dest")] = ArrayObject([
                        IndirectObject(page, 0, None), NameObject("/XYZ"), FloatObject(left or 0),  # type: ignore[arg-type]
                        FloatObject(top or 0), NumberObject(0)])
            self.out.put(numbers[old], copy)
            if old not in pages:
                cache.pop((0, old), None)  # written: the reader need not keep it
        self.page_ids.extend(new_pages)
        return new_pages

    def finish(self, outline: Sequence[tuple[str, int, float | None, float | None]], info: dict[str, str],
               root_extra: dict[str, Any]) -> None:
        """Pages tree, outline (title, page number, left, top), document information, xref."""
        from pypdf.generic import (
            ArrayObject,
            DictionaryObject,
            FloatObject,
            IndirectObject,
            NameObject,
            NumberObject,
            TextStringObject,
        )

        def ref(ident: int) -> Any:
            return IndirectObject(ident, 0, None)  # type: ignore[arg-type]

        out = self.out
        out.put(_PAGES, DictionaryObject({
            NameObject("/Type"): NameObject("/Pages"),
            NameObject("/Kids"): ArrayObject(ref(i) for i in self.page_ids),
            NameObject("/Count"): NumberObject(len(self.page_ids)),
        }))
        catalog = DictionaryObject({NameObject("/Type"): NameObject("/Catalog"), NameObject("/Pages"): ref(_PAGES)})
        for key, value in root_extra.items():
            catalog[NameObject(key)] = value
        if outline:
            root_id = out.new_id()
            item_ids = [out.new_id() for _ in outline]
            for index, (title, page, left, top) in enumerate(outline):
                item = DictionaryObject({
                    NameObject("/Title"): TextStringObject(title),
                    NameObject("/Parent"): ref(root_id),
                    NameObject("/Dest"): ArrayObject([ref(page), NameObject("/XYZ"), FloatObject(left or 0),
                                                      FloatObject(top or 0), NumberObject(0)]),
                })
                if index > 0:
                    item[NameObject("/Prev")] = ref(item_ids[index - 1])
                if index + 1 < len(item_ids):
                    item[NameObject("/Next")] = ref(item_ids[index + 1])
                out.put(item_ids[index], item)
            out.put(root_id, DictionaryObject({
                NameObject("/Type"): NameObject("/Outlines"), NameObject("/First"): ref(item_ids[0]),
                NameObject("/Last"): ref(item_ids[-1]), NameObject("/Count"): NumberObject(len(item_ids)),
            }))
            catalog[NameObject("/Outlines")] = ref(root_id)
        out.put(_CATALOG, catalog)
        info_id = out.new_id()
        out.put(info_id, DictionaryObject({NameObject(k): TextStringObject(v) for k, v in info.items()}))
        size = out.next_id
        xref = out.position
        lines = [f"xref\n0 {size}\n", "0000000000 65535 f \n"]
        for ident in range(1, size):
            offset = out.offsets.get(ident)
            lines.append(f"{offset:010d} 00000 n \n" if offset is not None else "0000000000 65535 f \n")
        out.write("".join(lines).encode())
        out.write(f"trailer\n<< /Size {size} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())


def join_parts(front: Path, parts: Sequence[Path], out: IO[bytes], total: int) -> None:
    """Write ``front`` then ``parts`` to ``out``, with ``total`` as every page's "N".

    The parts' outline entries are their sections, one each, in order; the front's links
    lead to stand-ins one point apart (``catalogue._placeholders``) and are pointed at their
    sections. The front's outline entries come first; the document information and the
    catalogue's language come from the front.
    """
    import gc

    from pypdf import PdfReader

    join = StreamJoin(out)
    sections: list[tuple[str, int, Any, Any]] = []
    front_reader = PdfReader(front)
    for part in parts:
        reader = PdfReader(part)
        _set_total(reader, total)
        page_ids = join.add(reader)
        index = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
        for item in reader.outline:
            if isinstance(item, list):
                continue
            sections.append((str(item.title), page_ids[index[item.page.idnum]], item.get("/Left"), item.get("/Top")))
        del reader, index
        gc.collect()  # the part's parsed objects refer to the reader: free them before the next part
    _set_total(front_reader, total)
    highest = _highest_link_top(front_reader)

    def target(annotation: Any) -> Any:
        position = round(highest - float(annotation["/Dest"][3]))
        if not 0 <= position < len(sections):
            raise ValueError(f"a link of the contents leads to no section ({position})")
        return sections[position][1:]

    front_pages = join.add(front_reader, target)
    join.page_ids = front_pages + join.page_ids[:len(join.page_ids) - len(front_pages)]
    outline = [(str(item.title), front_pages[front_reader.get_destination_page_number(item)], item.get("/Left"),
                item.get("/Top")) for item in front_reader.outline if not isinstance(item, list)]
    root = front_reader.trailer["/Root"]
    extra = {key: _plain(root[key]) for key in _ROOT_KEYS if key in root}
    info = {str(k): str(v) for k, v in (front_reader.metadata or {}).items()}
    join.finish(outline + sections, info, extra)


def _highest_link_top(reader: Any) -> float:
    tops = [float(a.get_object()["/Dest"][3]) for page in reader.pages for a in page.get("/Annots", [])
            if a.get_object().get("/Subtype") == "/Link" and "/Dest" in a.get_object()]
    return max(tops) if tops else 0.0


def _plain(value: Any) -> Any:
    """A direct copy of a small catalogue entry (no references in the ones copied)."""
    return value.get_object() if hasattr(value, "get_object") else value
