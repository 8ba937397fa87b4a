"""The "Ma commune" controller: the chosen collectivité, its saved choice and its results.

The view (:mod:`territoria.ui.commune.page`) lays out the picker, the card, the needs and the
result tabs; this object remembers the choice (in the ``writes`` lane) and asks the
services for the card, the ranking, the schemes and the town hall's own projects. It holds
no widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from territoria.errors import TerritoriaError
from territoria.services.communes import Place, find_place
from territoria.services.comparable import Comparable, comparable_projects
from territoria.services.eligibility import SchemeVerdict, scheme_verdicts
from territoria.services.local_projects import ProjectSummary, list_projects
from territoria.services.profile import ProfileCard, SavedChoice, load_choice, profile_card, save_choice
from territoria.services.server_database import server_failure_message
from territoria.ui.context import UiContext
from territoria.ui.export.context import ExportContext
from territoria.ui.tasks import Lane

#: How many comparable projects the list shows.
RANKED_LIMIT = 100


@dataclass(frozen=True, slots=True)
class CommuneResults:
    """What the page shows for a collectivité and its needs."""

    card: ProfileCard | None  # None when only the needs changed (the card stays)
    ranked: tuple[Comparable, ...]  # the town hall's own projects left out
    own_projects: tuple[ProjectSummary, ...]  # "Mes projets"
    verdicts: tuple[SchemeVerdict, ...]
    problem: str = ""  # a French message when a part could not be read
    #: The catalogue's projects led by the collectivité itself (not "Mes projets"): not ranked either.
    own_catalogue: tuple[Comparable, ...] = ()


class CommuneController(QObject):
    """State and service calls of the "Ma commune" page."""

    saveFailed = Signal(str)  # a French message
    #: a lost server met while saving the choice (a French message)
    saveLost = Signal(str)
    #: the choice was saved
    saved = Signal()

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = context.db
        self.tasks = context.tasks
        self.place: Place | None = None

    def remembered(self) -> tuple[Place | None, SavedChoice | None]:
        """The saved choice and its place (None when the place left the data); raises ``TerritoriaError``."""
        choice = load_choice(self.db)
        if choice is None:
            return None, None
        place = find_place(self.db, choice.kind, choice.code)
        if place is not None:
            self.place = place
        return place, choice

    def save(self, needs: tuple[str, ...], budget: float | None) -> None:
        """Remember the chosen place with ``needs`` and ``budget`` (writes lane)."""
        if self.place is None:
            return
        db, kind, code = self.db, self.place.kind, self.place.code
        self.tasks.run(Lane.WRITES, "", lambda _progress: save_choice(db, kind, code, needs, budget),
                       lambda _saved: self.saved.emit(), self._save_failed, show_progress=False)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, TerritoriaError):
            self.saveFailed.emit(exc.message)
            return
        lost = server_failure_message(exc)
        if lost is None:
            raise exc  # a bug: the application's exception hook shows it (and a test fails on it)
        self.saveLost.emit(lost)

    def results(self, needs: tuple[str, ...], budget: float | None, *, card: bool = True) -> CommuneResults:
        """The card, ranking, schemes and own projects of the chosen place; raises ``TerritoriaError``."""
        place = self.place
        assert place is not None
        shown_card = profile_card(self.db, place) if card else None
        verdicts = scheme_verdicts(self.db, place, needs=needs, budget_max_eur=budget)
        problem = ""
        try:
            own = list_projects(self.db)
        except TerritoriaError as exc:
            own, problem = [], exc.message
        own_ids = {project.id for project in own}
        # own projects (led by the place, or in "Mes projets") are listed under "Vos projets",
        # never ranked against themselves
        found = comparable_projects(self.db, place, needs, budget, limit=RANKED_LIMIT, local_ids=own_ids)
        catalogue = tuple(item for item in found.own if item.id not in own_ids)
        return CommuneResults(shown_card, found.ranked, tuple(own), tuple(verdicts), problem, catalogue)

    def export_context(self) -> ExportContext:
        """The chosen collectivité (its dossier), or nothing."""
        return ExportContext(commune=(self.place.kind, self.place.code)) if self.place is not None else ExportContext()
