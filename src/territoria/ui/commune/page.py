"""The "Ma commune" page: choose a collectivité, see comparable projects and support schemes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from territoria.errors import TerritoriaError
from territoria.services.communes import Place, find_place
from territoria.services.comparable import explain_weights, rank_initiatives
from territoria.services.eligibility import scheme_verdicts
from territoria.services.profile import load_choice, profile_card, save_choice
from territoria.ui import formatting
from territoria.ui.commune.compare_view import CompareView
from territoria.ui.commune.needs_panel import NeedsPanel
from territoria.ui.commune.picker import CollectivitePicker
from territoria.ui.commune.profile_card import ProfileCardView
from territoria.ui.commune.ranked_list import RankedList
from territoria.ui.commune.schemes_view import SchemesView
from territoria.ui.context import UiContext
from territoria.ui.export.context import ExportContext
from territoria.ui.labels import tr_label
from territoria.ui.projects.own_list import OwnProjectsView
from territoria.ui.tasks import Lane, show_error

#: How many comparable projects the list shows.
RANKED_LIMIT = 100


class CommunePage(QWidget):
    """Picker on top; profile card and needs on the left; projects, schemes and comparison on the right.

    A :class:`~territoria.ui.page.Page`: its export context is the chosen collectivité. The
    choice is kept in the database (written in the ``writes`` lane), not in the settings.
    """

    initiativeRequested = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = context.db
        self.tasks = context.tasks
        self.place: Place | None = None
        self._stale = False

        self.picker = CollectivitePicker(self.db, self.tasks)
        self.picker.placeChosen.connect(self.choose)
        self.card = ProfileCardView()
        self.needs = NeedsPanel()
        self.needs.changed.connect(self._needs_changed)
        self.ranked = RankedList()
        self.ranked.compareRequested.connect(self.compare)
        self.ranked.initiativeActivated.connect(self.initiativeRequested)
        self.schemes = SchemesView()
        self.schemes.attach_notes(self.db)
        self.comparison = CompareView(self.db)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Résultats pour votre collectivité"))
        self.tabs.addTab(self.ranked, self.tr("Projets c&omparables"))
        self.tabs.addTab(self.schemes, self.tr("A&ides et dispositifs"))
        self.tabs.addTab(self.comparison, self.tr("Compa&rer"))
        self.own_projects = OwnProjectsView()
        self.own_projects.initiativeActivated.connect(self.initiativeRequested)
        self.tabs.addTab(self.own_projects, self.tr("&Vos projets"))
        legend_title = self.tr("Comment les projets sont classés")  # tr() outside f-strings, for lupdate
        self.legend = QLabel(
            f"<b>{escape(legend_title)}</b>" + "".join(f"<div>• {escape(line)}</div>" for line in explain_weights()))
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet("color: #444;")
        self.legend.setAccessibleName(legend_title)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.card)
        left_layout.addWidget(self.needs, 1)
        left_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 900])
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.restore_state()

    # --- the Page contract ----------------------------------------------------------

    def title(self) -> str:
        """The tab's label."""
        return self.tr("Ma commune")

    def export_context(self) -> ExportContext:
        """The chosen collectivité (its dossier), or nothing."""
        return ExportContext(commune=(self.place.kind, self.place.code)) if self.place is not None else ExportContext()

    def save_state(self) -> None:
        """Nothing to do: every change of the choice is saved as it is made."""

    def shutdown(self) -> None:
        """Let the index being built and the last choice being saved finish (window closing)."""
        self.tasks.wait(5000, Lane.INDEX)
        self.tasks.wait(5000, Lane.WRITES)

    # --- state ----------------------------------------------------------------------

    def restore_state(self) -> None:
        """Show the remembered choice (computed when the page is first shown)."""
        try:
            choice = load_choice(self.db)
        except TerritoriaError as exc:
            self._say(exc.message)
            return
        if choice is None:
            return
        place = find_place(self.db, choice.kind, choice.code)
        if place is None:
            self._say(self.tr("La collectivité choisie auparavant n'existe plus dans les données : "
                              "choisissez-la à nouveau."))
            return
        self.place = place
        self.picker.show_place(place)
        self.needs.set_values(choice.needs, choice.budget_max_eur)
        self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Compute the remembered choice's results the first time the page appears."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def choose(self, place: Place) -> None:
        """Make ``place`` the chosen collectivité: remember it and show its results."""
        self.place = place
        self._save()
        self.refresh()

    def _needs_changed(self) -> None:
        if self.place is None:
            return
        self._save()
        self.refresh(card=False)

    def _save(self) -> None:
        if self.place is None:
            return
        db, kind, code, needs, budget = self.db, self.place.kind, self.place.code, self.needs.needs(), \
            self.needs.budget_max()
        self.tasks.run(Lane.WRITES, "", lambda _progress: save_choice(db, kind, code, needs, budget),
                       lambda _saved: None, self._save_failed, show_progress=False)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, TerritoriaError):
            self._say(exc.message)
        else:
            show_error(exc, self)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- results --------------------------------------------------------------------

    def refresh(self, *, card: bool = True) -> None:
        """Recompute the card, the ranking and the schemes for the chosen collectivité."""
        self._stale = False
        place = self.place
        if place is None:
            return
        self._say("")
        needs, budget = self.needs.needs(), self.needs.budget_max()
        try:
            if card:
                self.card.show_card(profile_card(self.db, place))
            ranked = rank_initiatives(self.db, place, needs, budget, limit=RANKED_LIMIT)
            verdicts = scheme_verdicts(self.db, place, needs=needs, budget_max_eur=budget)
        except TerritoriaError as exc:
            self._say(exc.message)
            return
        heading = self.tr("Projets classés pour {0} ({1}, {2}) : les plus proches d'abord.").format(
            place.name, tr_label(place.kind_label).lower() if place.kind_label else "",
            formatting.population(place.population))
        if needs or budget:
            heading += " " + self.tr("Vos besoins et votre plafond de budget sont pris en compte.")
        # own projects are listed under "Vos projets", never ranked against themselves
        from territoria.services.local_projects import list_projects

        try:
            own = list_projects(self.db)
        except TerritoriaError as exc:
            own = []
            self._say(exc.message)
        own_ids = {project.id for project in own}
        self.ranked.set_results([item for item in ranked if item.id not in own_ids], heading)
        self.own_projects.set_projects(own)
        self.tabs.setTabText(self.tabs.indexOf(self.own_projects),
                             self.tr("&Vos projets ({0})").format(len(own)) if own else self.tr("&Vos projets"))
        self.schemes.set_verdicts(verdicts)

    def compare(self, ids: list[int]) -> None:
        """Show the initiatives ``ids`` side by side."""
        self.comparison.show_initiatives(ids)
        self.tabs.setCurrentWidget(self.comparison)
