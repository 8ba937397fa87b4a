"""Private notes of the town hall on any record (initiative, scheme, programme, figure, organisation).

A note names its record by kind and slug (``user_notes``), so it survives seed and
data-pack updates; nothing but the user writes it. An initiative's note is searchable with
the initiative (the search index reads it, migration 0006).

API:
- ``parse_ref("initiative:12")`` / ``parse_ref("scheme:osez-ia-diag")`` -> ``RecordRef``
- ``parse_note_ref(db, "initiative:slug")``: also a withdrawn record that still has a note
- ``set_note(db, ref, text) -> Note`` (empty text clears), ``clear_note(db, ref) -> bool``
- ``get_note(db, kind, slug) -> str | None``, ``list_notes(db) -> list[Note]``
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from territoria.domain.reasons import Reason
from territoria.errors import NotFoundError, TerritoriaError
from territoria.services.database import Database
from territoria.store import user_writes
from territoria.store.models import Figure, Initiative, Organisation, Programme, Scheme, UserNote
from territoria.store.user_tables import mine

#: The codes of the errors this module raises with a reason (the window writes them in its language).
ERROR_CODES: frozenset[str] = frozenset({"error_note_not_text", "error_note_too_long"})

#: Record kinds a note may be attached to, with their French name.
NOTE_KINDS: dict[str, str] = {
    "initiative": "initiative",
    "scheme": "dispositif",
    "programme": "programme",
    "figure": "chiffre",
    "organisation": "organisation",
}
_MODELS = {"initiative": Initiative, "scheme": Scheme, "programme": Programme, "figure": Figure,
           "organisation": Organisation}
#: Longest note kept (a page of text); longer is refused rather than cut.
MAX_NOTE_CHARS = 10_000


class NoteError(TerritoriaError):
    """A note that cannot be saved (bad reference or text); nothing was changed."""


@dataclass(frozen=True, slots=True)
class RecordRef:
    """A record named by kind and slug, with its row id and title."""

    kind: str
    slug: str
    id: int
    title: str


@dataclass(frozen=True, slots=True)
class Note:
    """A saved note."""

    kind: str
    slug: str
    text: str
    updated_at: datetime


def _title(row: object) -> str:
    for attribute in ("title", "name", "label"):
        value = getattr(row, attribute, None)
        if value:
            return str(value)
    return ""


def parse_ref(db: Database, reference: str) -> RecordRef:
    """Resolve ``KIND:ID`` (ID: the record's number or its identifier) into a record.

    Raises :class:`NoteError` for a malformed reference or an unknown kind, and
    :class:`NotFoundError` when no such record exists.
    """
    kind, sep, ident = str(reference).strip().partition(":")
    kind = kind.strip().lower()
    ident = ident.strip()
    if not sep or not ident:
        raise NoteError(f"Référence « {reference} » invalide : écrivez TYPE:ID, par exemple initiative:12 "
                        f"(types : {', '.join(NOTE_KINDS)}).")
    if kind not in _MODELS:
        raise NoteError(f"Type de fiche inconnu « {kind} » : choisissez parmi {', '.join(NOTE_KINDS)}.")
    return find_record(db, kind, ident)


def parse_note_ref(db: Database, reference: str) -> RecordRef:
    """Like :func:`parse_ref`, but a record withdrawn since (``pack remove``) is still accepted
    while a note names it by its identifier, so that note can be cleared (its ``id`` is then 0)."""
    try:
        return parse_ref(db, reference)
    except NotFoundError:
        kind, _, ident = str(reference).strip().partition(":")
        kind, ident = kind.strip().lower(), ident.strip()
        if get_note(db, kind, ident) is None:
            raise
        return RecordRef(kind, ident, 0, "fiche retirée de la base")


def find_record(db: Database, kind: str, ident: str | int) -> RecordRef:
    """The record of ``kind`` whose number or identifier is ``ident``; ``NotFoundError`` if none."""
    model = _MODELS.get(kind)
    if model is None:
        raise NoteError(f"Type de fiche inconnu « {kind} ».")
    with db.session() as session:
        row = None
        text_ident = str(ident)
        if text_ident.isdigit():
            row = session.get(model, int(text_ident))
        if row is None:
            row = session.scalars(select(model).where(model.slug == text_ident)).first()
        if row is None:
            raise NotFoundError(f"Aucune fiche {NOTE_KINDS[kind]} « {ident} » dans la base.")
        return RecordRef(kind, row.slug, row.id, _title(row))


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise NoteError(Reason.of("error_note_not_text"))
    # keep line breaks and tabs, drop other control characters (pasted from odd sources)
    cleaned = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable()).strip()
    if len(cleaned) > MAX_NOTE_CHARS:
        raise NoteError(Reason.of("error_note_too_long", length=len(cleaned), maximum=MAX_NOTE_CHARS))
    return cleaned


def set_note(db: Database, ref: RecordRef, text: str) -> Note | None:
    """Save ``text`` as the note of ``ref`` (an empty text clears it; returns None then)."""
    cleaned = _clean(text)
    if not cleaned:
        clear_note(db, ref)
        return None
    now = datetime.now().replace(microsecond=0)
    with db.session() as session:
        user_writes.put_note(session, ref.kind, ref.slug, cleaned, now)
    return Note(ref.kind, ref.slug, cleaned, now)


def clear_note(db: Database, ref: RecordRef) -> bool:
    """Remove the note of ``ref``; True when there was one."""
    with db.session() as session:
        result = session.execute(delete(UserNote).where(UserNote.kind == ref.kind,
                                                        UserNote.record_slug == ref.slug, mine(UserNote, session)))
        return bool(result.rowcount)


def get_note(db: Database, kind: str, slug: str) -> str | None:
    """The note on the record ``kind``/``slug``, or None."""
    with db.session() as session:
        return session.scalar(select(UserNote.text).where(UserNote.kind == kind, UserNote.record_slug == slug,
                                                          mine(UserNote, session)))


def list_notes(db: Database) -> list[Note]:
    """Every note, newest first."""
    with db.session() as session:
        rows = session.scalars(select(UserNote).where(mine(UserNote, session))
                               .order_by(UserNote.updated_at.desc(), UserNote.kind, UserNote.record_slug))
        return [Note(r.kind, r.record_slug, r.text, r.updated_at) for r in rows]
