"""The "Ma commune" page (the view): choose a collectivité, see comparable projects and support schemes.

Its :class:`~territoria.ui.commune.controller.CommuneController` keeps the choice and calls
the services; this module lays out the widgets and shows what the controller answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from territoria.errors import TerritoriaError
from territoria.services.communes import Place
from territoria.services.server_database import server_failure_message
from territoria.settings import COMMUNE_SPLITTERS
from territoria.ui import formatting
from territoria.ui.commune.compare_view import CompareView
from territoria.ui.commune.controller import CommuneController
from territoria.ui.commune.needs_panel import NeedsPanel
from territoria.ui.commune.picker import CollectivitePicker
from territoria.ui.commune.profile_card import ProfileCardView
from territoria.ui.commune.ranked_list import RankedList
from territoria.ui.commune.schemes_view import SchemesView
from territoria.ui.connection_bar import ConnectionBar
from territoria.ui.context import UiContext
from territoria.ui.export.context import ExportContext, Printable
from territoria.ui.labels import tr_label
from territoria.ui.projects.own_list import OwnProjectsView
from territoria.ui.tasks import Lane


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
        self.controller = CommuneController(context, self)
        self.controller.saveFailed.connect(self._say)
        #: a lost server (shared catalogue): what failed, in French, and « Réessayer »
        self.connection_bar = ConnectionBar(self)
        # « Réessayer » saves what is on screen then (not what failed: a later choice may have been made)
        self.controller.saveLost.connect(lambda message: self.connection_bar.show_failure(message, self._save, "save"))
        self.controller.saved.connect(lambda: self.connection_bar.clear("save"))
        self._stale = False
        #: the card shown is not the chosen place's (its reading failed): the next reading redoes it
        self._card_stale = False

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
        self.schemes.sheetRequested.connect(context.exports.export_scheme)
        self.comparison = CompareView(self.db)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Résultats pour votre collectivité"))
        self.tabs.addTab(self.ranked, self.tr("Projets c&omparables"))
        self.tabs.addTab(self.schemes, self.tr("A&ides et dispositifs"))
        self.tabs.addTab(self.comparison, self.tr("Compar&er"))  # Alt+R is the Recherche menu
        self.own_projects = OwnProjectsView()
        self.own_projects.initiativeActivated.connect(self.initiativeRequested)
        self.tabs.addTab(self.own_projects, self.tr("&Vos projets"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        # the card scrolls and shares the height with the needs through a splitter: a long card
        # (plans, a région's timeline) no longer squeezes the needs to a few rows on a small screen
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidget(self.card)
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setAccessibleName(self.tr("Fiche de la collectivité (défilante)"))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.card_scroll)
        left.addWidget(self.needs)
        left.setChildrenCollapsible(False)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setSizes([300, 200])
        self.left_splitter = left
        #: Whether the user placed the divider (then the card no longer sizes it)
        self.card_divider_moved = False
        left.splitterMoved.connect(lambda _pos, _index: setattr(self, "card_divider_moved", True))
        self.settings = context.settings
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
        layout.addWidget(self.connection_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self._restore_splitters()
        self.restore_state()

    # --- the Page contract ----------------------------------------------------------

    def title(self) -> str:
        """The tab's label."""
        return self.tr("Ma commu&ne")

    def export_context(self) -> ExportContext:
        """The chosen collectivité (its dossier), and the scheme selected in "Aides et dispositifs".

        What prints is what the tab shows: the selected scheme's sheet, the compared projects
        (a catalogue extract), else the collectivité's dossier.
        """
        context = self.controller.export_context()
        if context.commune is None or self.place is None:
            return replace(context, hint=self.tr("Choisissez votre collectivité pour imprimer son dossier."))
        printable = Printable.dossier(*context.commune, label=self.place.label)
        current = self.tabs.currentWidget()
        if current is self.schemes and (verdict := self.schemes.verdict_of(self.schemes.tree.currentItem())):
            return ExportContext(commune=context.commune, scheme_id=verdict.id,
                                 printable=Printable.scheme(verdict.id, verdict.name))
        if current is self.comparison and self.comparison.details:
            printable = Printable.selection(ids=tuple(detail.id for detail in self.comparison.details),
                                            label=self.tr("Projets comparés"))
        if current is self.ranked and (entry := self.ranked.current_entry()) is not None:
            # Exporter > Fiche: the selected project's one-pager, saying why it matters here
            context = replace(context, initiative_id=entry.id)
        return replace(context, printable=printable)

    def save_state(self) -> None:
        """Remember the splitters (every change of the choice is saved as it is made)."""
        self.settings.set(COMMUNE_SPLITTERS, {"main": self.splitter.saveState().toBase64().data().decode(),
                                              "left": self.left_splitter.saveState().toBase64().data().decode()})

    def _restore_splitters(self) -> None:
        states = self.settings.get(COMMUNE_SPLITTERS)
        for splitter, key in ((self.splitter, "main"), (self.left_splitter, "left")):
            if isinstance(states.get(key), str):
                restored = splitter.restoreState(QByteArray.fromBase64(states[key].encode()))
                if restored and splitter is self.left_splitter:
                    self.card_divider_moved = True

    def fit_card(self) -> None:
        """The card as high as its text (at most three fifths), the needs the rest, until the user
        moves the divider between them."""
        total = sum(self.left_splitter.sizes())
        if self.card_divider_moved or total <= 0:
            return
        width = self.card_scroll.viewport().width()
        wanted = self.card.heightForWidth(width) if self.card.hasHeightForWidth() else -1
        wanted = wanted if wanted > 0 else self.card.sizeHint().height()
        card = min(wanted + 2 * self.card_scroll.frameWidth(), total * 3 // 5)
        self.left_splitter.setSizes([card, total - card])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The card keeps the height its text needs."""
        super().resizeEvent(event)
        self.fit_card()

    def shutdown(self) -> None:
        """Let the index being built and the last choice being saved finish (window closing)."""
        self.tasks.wait(5000, Lane.INDEX)
        self.tasks.wait(5000, Lane.WRITES)

    @property
    def place(self) -> Place | None:
        """The chosen collectivité."""
        return self.controller.place

    # --- state ----------------------------------------------------------------------

    def restore_state(self) -> None:
        """Show the remembered choice (computed when the page is first shown)."""
        try:
            place, choice = self.controller.remembered()
        except TerritoriaError as exc:
            self._say(exc.message)
            return
        except Exception as exc:  # noqa: BLE001 - a lost server is offered a retry, anything else re-raised
            self._server_lost(exc, self._restore_again, "restore")
            return
        self.connection_bar.clear("restore")
        if choice is None:
            return
        if place is None:
            self._say(self.tr("La collectivité choisie auparavant n'existe plus dans les données : "
                              "choisissez-la à nouveau."))
            return
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
        self.connection_bar.clear("restore")  # the person's choice replaces the remembered one
        self.controller.place = place
        self._save()
        self.refresh()

    def _needs_changed(self) -> None:
        if self.place is None:
            return
        self.connection_bar.clear("restore")
        self._save()
        self.refresh(card=False)

    def _save(self) -> None:
        self.controller.save(self.needs.needs(), self.needs.budget_max())

    def _restore_again(self) -> None:
        self.restore_state()
        if self._stale and self.isVisible():
            self.refresh()

    def _server_lost(self, exc: Exception, again: Callable[[], None], kind: str) -> None:
        """Offer « Réessayer » for a lost server (what is shown stays); re-raise anything else."""
        message = server_failure_message(exc)
        if message is None:
            raise exc
        self.connection_bar.show_failure(message, again, kind)

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
        card = card or self._card_stale
        try:
            results = self.controller.results(needs, budget, card=card)
        except TerritoriaError as exc:
            self._say(exc.message)
            return
        except Exception as exc:  # noqa: BLE001 - a lost server is offered a retry, anything else re-raised
            self._card_stale = card
            self._server_lost(exc, lambda: self.refresh(card=card), "results")
            return
        self._card_stale = False
        self.connection_bar.clear("results")
        if results.card is not None:
            self.card.show_card(results.card)
            self.fit_card()
        heading = self.tr("Projets classés pour {0} ({1}, {2}) : les plus proches d'abord.").format(
            place.name, tr_label(place.kind_label).lower() if place.kind_label else "",
            formatting.population(place.population))
        if needs or budget:
            heading += " " + self.tr("Vos besoins et votre plafond de budget sont pris en compte.")
        if results.problem:
            self._say(results.problem)
        self.ranked.set_results(list(results.ranked), heading)
        self.own_projects.set_projects(list(results.own_projects), results.own_catalogue)
        own = (*results.own_catalogue, *results.own_projects)
        self.tabs.setTabText(self.tabs.indexOf(self.own_projects),
                             self.tr("&Vos projets ({0})").format(len(own)) if own else self.tr("&Vos projets"))
        self.schemes.set_verdicts(list(results.verdicts))

    def compare(self, ids: list[int]) -> None:
        """Show the initiatives ``ids`` side by side."""
        self.comparison.show_initiatives(ids)
        self.tabs.setCurrentWidget(self.comparison)
