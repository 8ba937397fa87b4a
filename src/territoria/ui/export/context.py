"""What the current page offers to export (every :class:`~territoria.ui.page.Page` implements ``export_context()``).

Besides the record kinds Fichier > Exporter lists one by one, a page names the one
document it *shows* (:class:`Printable`): the top of Fichier previews, prints and saves it as
PDF (« Aperçu avant impression… », « Imprimer… », « Enregistrer en PDF… »).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the search service is imported by the pages that make requests
    from territoria.services.search import SearchRequest


class PrintableKind(Enum):
    """The documents a page can show."""

    #: The one-page fiche of an initiative (catalogue, "Mes projets").
    FICHE = "fiche"
    #: The dossier of a collectivité ("Ma commune" with a collectivité chosen).
    DOSSIER = "dossier"
    #: The one-page sheet of a support scheme ("Aides et dispositifs").
    SCHEME = "scheme"
    #: A catalogue extract of chosen initiatives ("Ma sélection", ticked projects).
    SELECTION = "selection"


@dataclass(frozen=True, slots=True)
class Printable:
    """The document a page shows: what Fichier > Aperçu / Imprimer / Enregistrer en PDF act on.

    Build it with the class methods; ``label`` names the document for people (a title, a
    place) and may be empty when the page does not know it.
    """

    kind: PrintableKind
    label: str = ""
    initiative_id: int | None = None
    scheme_id: int | None = None
    commune: tuple[str, str] | None = None
    #: A selection given as a search (in its on-screen order)…
    request: SearchRequest | None = None
    #: …or as initiative ids (in that order).
    ids: tuple[int, ...] = ()

    @classmethod
    def fiche(cls, initiative_id: int, label: str = "") -> Printable:
        """The fiche of initiative ``initiative_id``."""
        return cls(PrintableKind.FICHE, label, initiative_id=initiative_id)

    @classmethod
    def dossier(cls, kind: str, code: str, label: str = "") -> Printable:
        """The dossier of the collectivité ``kind``/``code``."""
        return cls(PrintableKind.DOSSIER, label, commune=(kind, code))

    @classmethod
    def scheme(cls, scheme_id: int, label: str = "") -> Printable:
        """The sheet of support scheme ``scheme_id``."""
        return cls(PrintableKind.SCHEME, label, scheme_id=scheme_id)

    @classmethod
    def selection(cls, *, request: SearchRequest | None = None, ids: tuple[int, ...] = (),
                  label: str = "") -> Printable:
        """A catalogue extract: the results of ``request``, else ``ids``."""
        return cls(PrintableKind.SELECTION, label, request=request, ids=tuple(ids))


@dataclass(frozen=True, slots=True)
class ExportContext:
    """The selection of a page: any field may be None when the page has no such thing.

    ``search_request`` is the current result list, in its on-screen order (None: the whole
    catalogue); ``commune`` is ``(kind, code)`` of the collectivité shown; ``printable`` is
    the document shown (None: nothing to print), and ``hint`` says in French what to do to
    get one (the disabled print actions show it).
    """

    initiative_id: int | None = None
    search_request: SearchRequest | None = None
    scheme_id: int | None = None
    commune: tuple[str, str] | None = None
    printable: Printable | None = None
    hint: str = ""
