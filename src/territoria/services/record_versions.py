"""A save refused because someone else saved the record since it was opened (optimistic locking).

The form keeps the version it opened (``local_projects.open_project``); the save claims the
next one (``store.versions.claim_version``). When another editor saved first, nothing is
written and :class:`EditConflictError` carries both versions of the record, and the fields
that differ, for the French message and the conflict dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from territoria.errors import TerritoriaError

#: How an empty value is shown in a comparison.
EMPTY = "(vide)"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field whose saved value (theirs) differs from the one being saved (yours)."""

    name: str
    label: str
    yours: str
    theirs: str


def shown(value: Any) -> str:
    """A field value as one line of text (lists joined, amounts without a useless ``.0``)."""
    if value is None or value == "" or value == ():
        return EMPTY
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f") + " €"
    if isinstance(value, (tuple, list)):
        return ", ".join(shown(item) for item in value)
    if hasattr(value, "__dataclass_fields__"):
        return " ".join(shown(getattr(value, f.name)) for f in fields(value) if getattr(value, f.name) not in (None, ""))
    return " ".join(str(value).split())


def changes(yours: Any, theirs: Any, labels: dict[str, str],
            vocabularies: dict[str, dict[str, str]] | None = None) -> tuple[FieldChange, ...]:
    """The fields of two dataclass values that differ, in declaration order (``vocabularies``:
    field -> {slug: French label}, for fields holding vocabulary slugs)."""
    vocabularies = vocabularies or {}

    def text(name: str, value: Any) -> str:
        words = vocabularies.get(name)
        if words is not None:
            value = tuple(words.get(v, v) for v in value) if isinstance(value, tuple) else words.get(value, value)
        return shown(value)

    return tuple(
        FieldChange(f.name, labels.get(f.name, f.name), text(f.name, getattr(yours, f.name)),
                    text(f.name, getattr(theirs, f.name)))
        for f in fields(yours) if getattr(yours, f.name) != getattr(theirs, f.name)
    )


class EditConflictError(TerritoriaError):
    """The record was saved by someone else since it was opened: nothing was written."""

    def __init__(self, title: str, your_version: int, their_version: int, yours: Any, theirs: Any,
                 labels: dict[str, str], vocabularies: dict[str, dict[str, str]] | None = None) -> None:
        self.title = title
        self.your_version = your_version
        self.their_version = their_version
        self.yours = yours
        self.theirs = theirs
        self.changes = changes(yours, theirs, labels, vocabularies)
        lines = [f"{c.label} : vous « {c.yours} » ; enregistré « {c.theirs} »" for c in self.changes]
        detail = ("\n- " + "\n- ".join(lines)) if lines else " (les mêmes valeurs que les vôtres)."
        super().__init__(
            f"« {title} » a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert (version "
            f"{your_version} ouverte, version {their_version} enregistrée) : vos changements n'ont pas été "
            f"enregistrés, rien n'a été écrasé. Ce qui diffère :{detail}\nRouvrez la fiche pour partir de la "
            "version enregistrée, puis refaites vos changements."
        )
