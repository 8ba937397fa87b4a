"""Private notes on any record: references, saving, clearing, search."""

from __future__ import annotations

import pytest

from territoria.errors import NotFoundError
from territoria.services.notes import (
    MAX_NOTE_CHARS,
    NoteError,
    clear_note,
    get_note,
    list_notes,
    parse_ref,
    set_note,
)


def _fts(db, word: str) -> list[int]:
    with db.engine.connect() as connection:
        return [r[0] for r in connection.exec_driver_sql(
            "SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH ?", (word,))]


@pytest.mark.parametrize("kind", ["initiative", "scheme", "programme", "figure", "organisation"])
def test_a_note_on_every_kind_by_number_or_identifier(db, kind):
    first = parse_ref(db, f"{kind}:1")
    assert parse_ref(db, f"{kind}:{first.slug}") == first and first.title
    set_note(db, first, "  Appeler la préfecture\n  avant mars ")
    assert get_note(db, kind, first.slug) == "Appeler la préfecture\n  avant mars"
    assert [(n.kind, n.slug) for n in list_notes(db)] == [(kind, first.slug)]
    assert clear_note(db, first) and get_note(db, kind, first.slug) is None
    assert not clear_note(db, first)


@pytest.mark.parametrize(("reference", "error"), [
    ("initiative", NoteError), ("initiative:", NoteError), ("dossier:3", NoteError),
    ("scheme:n-existe-pas", NotFoundError), ("initiative:999999", NotFoundError),
])
def test_bad_references_are_explained(db, reference, error):
    with pytest.raises(error) as caught:
        parse_ref(db, reference)
    assert caught.value.message and "Traceback" not in caught.value.message


def test_an_empty_note_clears_and_a_huge_one_is_refused(db):
    ref = parse_ref(db, "initiative:1")
    set_note(db, ref, "garder")
    with pytest.raises(NoteError):
        set_note(db, ref, "x" * (MAX_NOTE_CHARS + 1))
    assert get_note(db, "initiative", ref.slug) == "garder"
    assert set_note(db, ref, "   ") is None and get_note(db, "initiative", ref.slug) is None


def test_an_initiative_note_is_searchable_at_once(db):
    ref = parse_ref(db, "initiative:drome-assistant-virtuel")
    assert _fts(db, "ornithorynque") == []
    set_note(db, ref, "Penser à l'ornithorynque")
    assert _fts(db, "ornithorynque") == [ref.id]
    set_note(db, ref, "autre chose")
    assert _fts(db, "ornithorynque") == []
    set_note(db, ref, "ornithorynque encore")
    clear_note(db, ref)
    assert _fts(db, "ornithorynque") == [] and _fts(db, "drome")  # the rest of its row is still indexed
