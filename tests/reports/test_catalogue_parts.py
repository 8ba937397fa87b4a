"""A long catalogue is written in parts and joined: the file reads exactly as if written whole."""

from __future__ import annotations

import pytest
from pdf_tools import embedded_fonts, link_targets, outline_titles, page_texts, reader, squash
from reports_records import add_longest_initiative

from territoria.reports.catalogue import write_catalogue_pdf
from territoria.reports.exports import _fetcher, report_context
from territoria.services.progress import Cancelled
from territoria.services.records import get_initiatives


def _write(db, ids, path, part_size, **options):
    with open(path, "wb") as out:
        count = write_catalogue_pdf(ids, _fetcher(db), report_context(db, None), out, part_size=part_size,
                                    **options)
    return count


def _links(path):
    return [target for index in range(len(reader(path).pages)) for target in link_targets(path, index)]


def test_parts_read_like_the_whole(db, tmp_path):
    longest = add_longest_initiative(db)  # a long title wraps: one contents entry, two links
    with db.engine.connect() as connection:
        ids = [r[0] for r in connection.exec_driver_sql("SELECT id FROM initiatives ORDER BY id DESC LIMIT 6")]
    ids = [ids[0], longest, *ids[1:]] if longest not in ids else ids
    whole, parted = tmp_path / "whole.pdf", tmp_path / "parts.pdf"
    assert _write(db, ids, whole, 1_000, description="Recherche « IA »") == len(ids)
    assert _write(db, ids, parted, 2, description="Recherche « IA »") == len(ids)
    pages = page_texts(parted)
    assert pages == page_texts(whole)  # same pages, same "page X / N", same contents numbers
    for n, page in enumerate(pages, start=1):
        assert f"page{n}/{len(pages)}" in squash(page)
    details = get_initiatives(db, ids)
    assert outline_titles(parted) == outline_titles(whole) == (
        ["Sommaire"] + [f"{n}. {d.title}"[:200] for n, d in enumerate(details, start=1)])
    assert _links(parted) == _links(whole) and len(_links(parted)) > len(ids)
    starts = [next(n for n, text in enumerate(pages) if n > 0 and squash(d.title)[:40] in squash(text))
              for d in details]
    assert list(dict.fromkeys(_links(parted))) == starts  # each section's first page, in order
    assert all(embedded_fonts(parted).values())
    doc = reader(parted)
    assert doc.metadata.title == "Catalogue des initiatives" and doc.trailer["/Root"]["/Lang"] == "fr-FR"


def test_a_cancelled_catalogue_in_parts_leaves_nothing(shared_db, tmp_path):
    class StopLate:
        def step(self, done, total, message=""):
            if done >= 3:
                raise Cancelled()

    with shared_db.engine.connect() as connection:
        ids = [r[0] for r in connection.exec_driver_sql("SELECT id FROM initiatives ORDER BY id LIMIT 6")]
    with pytest.raises(Cancelled):
        _write(shared_db, ids, tmp_path / "c.pdf", 2, progress=StopLate(), batch_size=1)
