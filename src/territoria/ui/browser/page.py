"""The catalogue browser page (the view): search box, facet panel, lazy results table, detail pane.

It only lays out widgets and forwards what the user does to its
:class:`~territoria.ui.browser.controller.BrowserController`, which owns the
:class:`~territoria.ui.browser.state.BrowserState` and calls the services. Typing searches
after a short pause (:data:`DEBOUNCE_MS`); ticking a facet, sorting or reopening a saved
search searches at once. The table gets its first page of ids synchronously; the facet
counts follow from the facets lane. Everything is reachable from the keyboard (see
:meth:`BrowserPage._build_actions`), and the layout, columns, sort and last search are
remembered in the settings (``browser/…``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from territoria.errors import TerritoriaError
from territoria.services.search import FacetValue
from territoria.settings import BROWSER_HEADER, BROWSER_SPLITTER
from territoria.ui.browser.chips import FilterChips
from territoria.ui.browser.columns import WIDTHS_EM, ColumnChooser
from territoria.ui.connection_bar import ConnectionBar
from territoria.ui.browser.controller import FIRST_PAGE, BrowserController, Fiche, Results
from territoria.ui.browser.detail_pane import DetailPane
from territoria.ui.browser.facet_panel import FacetPanel, heading
from territoria.ui.browser.no_results import NoResultsHint
from territoria.ui.browser.results_model import (
    COLUMN_BY_SORT_KEY,
    COLUMNS,
    STAR_COLUMN,
    ResultsModel,
    column_title,
)
from territoria.ui.browser.saved_searches import SavedSearchesMenu
from territoria.ui.browser.state import BrowserState
from territoria.ui.context import UiContext
from territoria.ui.export.context import ExportContext, Printable
from territoria.ui.formatting import group_thousands
from territoria.ui.reason_text import error_text
from territoria.ui.server_startup import server_failure

__all__ = ["DEBOUNCE_MS", "FIRST_PAGE", "BrowserPage"]

#: Pause after the last keystroke before searching (milliseconds).
DEBOUNCE_MS = 250


class BrowserPage(QWidget):
    """The "Catalogue" page of the main window (a :class:`~territoria.ui.page.Page`)."""

    searched = Signal(int)  # total of the search just shown

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = context.settings
        self.controller = BrowserController(context, self)
        self._restoring = False
        self._fiche: Fiche | None = None
        self._fiche_query: str | None = None  # the query the fiche was highlighted for

        self._build_widgets()
        self._build_actions()
        self._build_layout()

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_search_now)
        self.controller.countsReady.connect(self._show_counts)
        self.controller.countsFailed.connect(self._counts_failed)
        self.controller.starChanged.connect(self._star_changed)
        self.controller.savedSearchesChanged.connect(self.saved_menu.rebuild)
        self.controller.writeFailed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Territoria"), message))
        self.controller.connectionLost.connect(self._connection_lost)

        self.search_field.textChanged.connect(lambda _text: self.debounce.start())
        self.facets.filtersChanged.connect(lambda _filters: self.run_search_now())
        self.chips.removeRequested.connect(lambda facet, slug: self.facets.toggle(facet, slug, False))
        self.chips.clearRequested.connect(self.clear_filters)
        self.no_results.queryRequested.connect(self.set_query)
        self.no_results.filterRemoved.connect(self._remove_filter)
        self.no_results.filtersCleared.connect(self.clear_filters)
        self.no_results.queryWithoutFiltersRequested.connect(self._search_everywhere)
        self.model.sortRequested.connect(self._sort_from_header)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_row(current.row()))
        self.table.clicked.connect(self._table_clicked)
        self.detail.starToggled.connect(self.toggle_star)
        self.detail.initiativeRequested.connect(self.show_initiative)

        self.restore_state()
        # the columns that matter first, the rest on demand (header menu, Recherche > Colonnes)
        self.columns = ColumnChooser(self.table, self.settings)
        self.menu.addMenu(self.columns.menu)
        self.run_search_now()

    # --- the Page contract ----------------------------------------------------------------

    def title(self) -> str:
        """The tab's label."""
        return self.tr("Catalog&ue")  # Alt+U: the other letters are taken

    # --- construction ---------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Rechercher : mots, « expression exacte », -mot à exclure (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Rechercher dans le catalogue"))
        self.search_field.setToolTip(self.tr(
            "Les accents, majuscules, apostrophes et traits d'union sont ignorés ; les mots se cumulent.\n"
            "« fuite eau » trouve « fuites d'eau », « numeri » trouve « numérique ».\n"
            "Mettez une expression entre guillemets, et un signe moins devant un mot à exclure."))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.installEventFilter(self)

        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName(self.tr("Trier les résultats par"))
        self.sort_combo.addItem(self.tr("Pertinence"), "relevance")
        for key, _ in COLUMNS:
            if key != "star":
                self.sort_combo.addItem(column_title(key), key)
        self.sort_combo.activated.connect(self._sort_from_combo)
        self.order_button = QToolButton()
        self.order_button.setCheckable(True)
        self.order_button.setAccessibleName(self.tr("Ordre décroissant"))
        self.order_button.setToolTip(self.tr("Inverser l'ordre du tri"))
        self.order_button.setText("↑")
        self.order_button.toggled.connect(self._order_toggled)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Nombre de résultats"))
        self.chips = FilterChips()
        self.no_results = NoResultsHint()
        self.connection_bar = ConnectionBar(self)
        self.facets = FacetPanel()
        self.facets.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)

        self._rows_unreachable = False  # a rows fetch met a lost server: no new try until a search works
        self.model = ResultsModel(self._rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Résultats de la recherche"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size query: 100,000 rows stay smooth
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Colonnes des résultats (cliquer pour trier)"))
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, (key, _) in enumerate(COLUMNS):
            header.resizeSection(column, int(WIDTHS_EM[key] * em))
        header.setSectionResizeMode(STAR_COLUMN, QHeaderView.ResizeMode.Fixed)
        self.table.setSortingEnabled(True)
        header.setSortIndicatorShown(False)

        self.detail = DetailPane()
        self.detail.setMinimumWidth(em * 18)

        self.saved_button = QToolButton()
        self.saved_button.setText(self.tr("Recherches enregistrées"))
        self.saved_button.setAccessibleName(self.tr("Recherches enregistrées"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def _build_actions(self) -> None:
        def action(text: str, slot, *shortcuts: QKeySequence | str) -> QAction:
            item = QAction(text, self)
            item.setShortcuts([QKeySequence(s) for s in shortcuts])
            item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            item.triggered.connect(slot)
            self.addAction(item)
            return item

        self.focus_search_action = action(self.tr("&Rechercher"), self.focus_search, QKeySequence.StandardKey.Find)
        self.next_action = action(self.tr("Résultat &suivant"), self.next_result, "Ctrl+Down", "F3")
        self.previous_action = action(self.tr("Résultat &précédent"), self.previous_result, "Ctrl+Up", "Shift+F3")
        self.clear_action = action(self.tr("&Effacer les filtres"), self.clear_filters, "Ctrl+Shift+E")
        self.star_action = action(self.tr("Ajouter à / retirer de &ma sélection"), lambda: self.toggle_star(), "Ctrl+D")
        self.save_search_action = action(self.tr("&Enregistrer la recherche…"), self.save_search_dialog, "Ctrl+S")
        self.saved_menu = SavedSearchesMenu(self.save_search_action, self.controller.saved_searches, self)
        self.saved_menu.openRequested.connect(self.open_saved_search)
        self.saved_menu.deleteRequested.connect(self.delete_saved_search)
        self.saved_button.setMenu(self.saved_menu)
        self.menu = QMenu(self.tr("&Recherche"), self)
        for item in (self.focus_search_action, self.next_action, self.previous_action, self.clear_action,
                     self.star_action):
            self.menu.addAction(item)
        self.menu.addSeparator()
        self.menu.addMenu(self.saved_menu)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 1)
        sort_label = QLabel(self.tr("&Trier par"))
        sort_label.setBuddy(self.sort_combo)
        bar.addWidget(sort_label)
        bar.addWidget(self.sort_combo)
        bar.addWidget(self.order_button)
        bar.addWidget(self.saved_button)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.chips)
        center_layout.addWidget(self.count_label)
        center_layout.addWidget(self.no_results)
        center_layout.addWidget(self.table, 1)

        facets_box = QWidget()
        facets_layout = QVBoxLayout(facets_box)
        facets_layout.setContentsMargins(0, 0, 0, 0)
        facets_title = QLabel(self.tr("<b>Filtres</b>"))
        facets_title.setBuddy(self.facets)
        facets_layout.addWidget(facets_title)
        facets_layout.addWidget(self.facets, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(facets_box)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        em = self.fontMetrics().horizontalAdvance("M")
        self.splitter.setSizes([27 * em, 52 * em, 33 * em])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.connection_bar)
        layout.addWidget(self.splitter, 1)

    # --- searching ------------------------------------------------------------------------

    @property
    def state(self) -> BrowserState:
        """The search shown (text, filters, sort)."""
        return self.controller.state

    @property
    def sort_key(self) -> str:
        """The current sort (``relevance`` or a column key)."""
        return self.controller.state.sort

    @property
    def descending(self) -> bool:
        """Whether the current sort is reversed."""
        return self.controller.state.descending

    def run_search_now(self) -> None:
        """Search at once with the text and facets on screen, and show the results."""
        self.debounce.stop()
        self._search(self.state.with_query(self.search_field.text()).with_filters(self.facets.filters()))

    def _search(self, state: BrowserState) -> None:
        previous = self.selected_id()
        try:
            results = self.controller.search(state, remember=not self._restoring)
        except Exception as exc:  # noqa: BLE001 - a lost server is explained, anything else raised
            self._failed(exc, lambda: self._search(state), "search")
            return
        self.connection_bar.clear("search")
        self._rows_unreachable = False
        self._show_results(results, previous)

    def _all_ids(self, results: Results) -> Sequence[int]:
        """Every id of ``results`` (the table scrolled past its first page); on a lost server,
        the first page only (the bar says so)."""
        try:
            return results.load_all()
        except Exception as exc:  # noqa: BLE001 - a lost server is explained, anything else raised
            self._failed(exc, lambda: self._search(self.state), "search")
            return self.model.loaded_ids()

    def _rows(self, ids: Sequence[int]) -> list:
        """The table rows of ``ids``; none while the server is away (the bar says so, once)."""
        if self._rows_unreachable:
            return []
        try:
            return self.controller.rows(ids)
        except Exception as exc:  # noqa: BLE001 - a lost server is explained, anything else raised
            self._rows_unreachable = True
            self._failed(exc, lambda: self._search(self.state), "search")
            return []

    def _failed(self, exc: Exception, retry: Callable[[], None], kind: str) -> None:
        """An action that met a server failure: what is shown stays, the bar says why (« Réessayer »)."""
        message = server_failure(exc)
        if message is None:
            raise exc  # a bug: the application's exception hook shows it
        self._connection_lost(message, kind, retry)

    def _connection_lost(self, message: str, kind: str, retry: Callable[[], None] | None = None) -> None:
        """Show the French message of a server failure with « Réessayer » (``kind``: what failed)."""
        if retry is None:
            retry = self.controller.request_counts if kind == "counts" else self.controller.retry_write
        self.connection_bar.show_failure(message, retry, kind)

    def _show_results(self, results: Results, previous: int | None) -> None:
        self.model.set_results(results.total, results.first_ids, lambda: self._all_ids(results))
        self._show_count(results.total)
        if results.total == 0 and (results.state.query.strip() or results.state.filters):
            try:
                self.no_results.show_help(self.controller.empty_help())
            except Exception as exc:  # noqa: BLE001 - a lost server is explained, anything else raised
                self.no_results.hide()
                self._failed(exc, lambda: self._search(results.state), "search")
        else:
            self.no_results.hide()
        self._show_chips(results.state.filter_map())
        self._show_sort()
        # the selected initiative stays selected when the new results still hold it; nothing is
        # selected otherwise (Down from the search box selects the first result)
        row = self.model.row_of(previous) if previous is not None else None
        if row is not None:
            self._select_row(row)
        else:
            self.table.selectionModel().clear()
            self.detail.show_empty(results.total)
        self.searched.emit(results.total)

    def result_count(self) -> int:
        """How many initiatives the table lists."""
        return self.model.total

    def set_query(self, text: str, *, now: bool = True) -> None:
        """Put ``text`` in the search box (and search at once unless ``now`` is False)."""
        self.search_field.setText(text)
        if now:
            self.run_search_now()

    def set_filters(self, filters: Mapping[str, Sequence[str]]) -> None:
        """Tick exactly ``filters`` and search."""
        self.facets.set_filters(filters)
        self.run_search_now()

    def _search_everywhere(self, text: str) -> None:
        self.search_field.blockSignals(True)
        self.search_field.setText(text)
        self.search_field.blockSignals(False)
        self.clear_filters()

    def _remove_filter(self, facet: str) -> None:
        self.set_filters({name: values for name, values in self.state.filter_map().items() if name != facet})

    def clear_filters(self) -> None:
        """Untick every facet value and search."""
        self.facets.set_filters({})
        self.run_search_now()

    def _show_count(self, total: int) -> None:
        if total == 0:
            text = self.tr("Aucune initiative ne correspond")
        elif total == 1:
            text = self.tr("1 initiative")
        else:
            text = self.tr("{0} initiatives").format(group_thousands(total))
        self.count_label.setText(f"<b>{text}</b>")
        self.count_label.setAccessibleDescription(text)

    def _show_chips(self, filters: Mapping[str, Sequence[str]]) -> None:
        self.chips.show_filters(filters, lambda facet, slug: (heading(facet), self.facets.label_of(facet, slug)))

    def _show_sort(self) -> None:
        index = self.sort_combo.findData(self.sort_key)
        self.sort_combo.setCurrentIndex(max(index, 0))
        self.order_button.blockSignals(True)
        self.order_button.setChecked(self.descending)
        self.order_button.setText("↓" if self.descending else "↑")
        self.order_button.blockSignals(False)
        header = self.table.horizontalHeader()
        column = COLUMN_BY_SORT_KEY.get(self.sort_key)
        header.blockSignals(True)
        if column is None:
            header.setSortIndicatorShown(False)
        else:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.descending
                                    else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _sort_from_header(self, key: str, descending: bool) -> None:
        if self._restoring:
            return
        self._sort(key, descending if key != "relevance" else False)

    def _sort_from_combo(self, index: int) -> None:
        key = self.sort_combo.itemData(index)  # every item carries a key (never an empty variant)
        self._sort(key if isinstance(key, str) else "relevance", self.descending)

    def _order_toggled(self, checked: bool) -> None:
        self._sort(self.sort_key, checked)

    def set_sort(self, key: str, descending: bool = False) -> None:
        """Sort by ``key`` (``relevance`` or a column key) and search."""
        self._sort(key, descending)

    def _sort(self, key: str, descending: bool) -> None:
        self.debounce.stop()
        self._search(self.state.with_query(self.search_field.text()).with_filters(self.facets.filters())
                     .with_sort(key, descending))

    # --- facets ---------------------------------------------------------------------------

    def facets_pending(self) -> bool:
        """True while facet counts for the latest search are still being computed."""
        return self.controller.counts_pending()

    def _show_counts(self, counts: Mapping[str, Sequence[FacetValue]]) -> None:
        self.connection_bar.clear("counts")
        self.facets.set_counts(counts)
        self._show_chips(self.state.filter_map())  # labels may have become known

    def _counts_failed(self, _message: str) -> None:
        self.count_label.setToolTip(self.tr("Les compteurs des filtres n'ont pas pu être calculés."))

    # --- selection, detail, star ------------------------------------------------------------

    def selected_id(self) -> int | None:
        """Id of the selected initiative, or None."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.id_at(index.row())

    def selected_row(self) -> int | None:
        """The selected row, or None."""
        ident = self.selected_id()
        return None if ident is None else self.table.selectionModel().currentIndex().row()

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.total:
            self.detail.show_empty(self.model.total)
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        ident = self.model.id_at(row) if row >= 0 else None
        if ident is None:
            self.detail.show_empty(self.model.total)
            return
        if ident == self.detail.initiative_id and self._fiche_query == self.search_field.text():
            return
        self._show_detail(ident)

    def _show_detail(self, ident: int) -> None:
        try:
            fiche = self.controller.fiche(ident)
        except Exception as exc:  # noqa: BLE001 - a lost server is explained, anything else raised
            self._failed(exc, lambda: self._show_detail(ident), "detail")
            return
        self.connection_bar.clear("detail")
        if fiche is None:
            self.detail.show_empty(self.model.total)
            return
        self._show_fiche(fiche)

    def _show_fiche(self, fiche: Fiche) -> None:
        self._fiche = fiche
        self.detail.show_initiative(fiche.detail, fiche.related, self.controller.parsed, fiche.starred)
        self._fiche_query = self.search_field.text()

    def show_initiative(self, initiative_id: int) -> None:
        """Select ``initiative_id`` in the results, or show its fiche if the search hides it."""
        row = self.model.row_of(initiative_id, load=True)
        if row is not None:
            self._select_row(row)
            self.table.setFocus()
            return
        self.table.selectionModel().clearSelection()
        self._show_detail(initiative_id)

    def next_result(self) -> None:
        """Select the next row."""
        row = self.selected_row()
        self._select_row(0 if row is None else min(row + 1, self.model.total - 1))

    def previous_result(self) -> None:
        """Select the previous row."""
        row = self.selected_row()
        self._select_row(0 if row is None else max(row - 1, 0))

    def focus_search(self) -> None:
        """Put the keyboard in the search box, text selected."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def toggle_star(self, initiative_id: int | None = None) -> None:
        """Star or unstar an initiative (default: the one shown); the table and fiche follow."""
        ident = initiative_id if initiative_id is not None else (self.detail.initiative_id or self.selected_id())
        if ident is not None:
            self.controller.toggle_star(ident)

    def _star_changed(self, ident: int, starred: bool) -> None:
        self.connection_bar.clear("write")
        row = self.model.row_of(ident)
        cached = self.model.row_data(row) if row is not None else None
        if cached is not None:
            self.model.update_row(replace(cached, starred=starred))
        if self._fiche is not None and self._fiche.detail.id == ident and self.detail.initiative_id == ident:
            self._show_fiche(replace(self._fiche, starred=starred))
        if "selection" in dict(self.state.filters):
            self.run_search_now()
        else:
            self.controller.request_counts()

    def _table_clicked(self, index) -> None:
        if index.isValid() and index.column() == STAR_COLUMN:
            ident = self.model.id_at(index.row())
            if ident is not None:
                self.toggle_star(ident)

    # --- saved searches ---------------------------------------------------------------------

    def save_search_dialog(self) -> bool:
        """Ask for a name and save the current search; returns True when the save was made."""
        suggested = self.search_field.text().strip()[:60]
        name, ok = QInputDialog.getText(self, self.tr("Enregistrer la recherche"),
                                        self.tr("Nom de la recherche :"), QLineEdit.EchoMode.Normal, suggested)
        if not ok:
            return False
        replace_existing = False
        if self.controller.saved_search_exists(name):
            answer = QMessageBox.question(
                self, self.tr("Enregistrer la recherche"),
                self.tr("Une recherche porte déjà ce nom. La remplacer ?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            replace_existing = True
        try:
            self.controller.save_current_search(name, replace=replace_existing)
        except TerritoriaError as exc:
            QMessageBox.warning(self, self.tr("Enregistrer la recherche"), error_text(exc))
            return False
        return True

    def open_saved_search(self, search_id: int) -> None:
        """Put a saved search's text and filters back on screen and search."""
        try:
            saved = self.controller.saved_search(search_id)
        except TerritoriaError as exc:
            QMessageBox.warning(self, self.tr("Recherches enregistrées"), error_text(exc))
            self.saved_menu.rebuild()
            return
        self.search_field.blockSignals(True)
        self.search_field.setText(saved.query)
        self.search_field.blockSignals(False)
        self.facets.set_filters(saved.filters)
        self.run_search_now()

    def delete_saved_search(self, search_id: int) -> None:
        """Delete a saved search after confirmation."""
        answer = QMessageBox.question(self, self.tr("Recherches enregistrées"),
                                      self.tr("Supprimer cette recherche enregistrée ?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete_saved_search(search_id)

    # --- exports and settings -------------------------------------------------------------------

    def export_context(self) -> ExportContext:
        """What Fichier > Exporter acts on: the selected initiative and the result list.

        What prints: "Ma sélection" while the list is filtered on it (a catalogue extract, in
        the list's order), else the fiche shown.
        """
        context = self.controller.export_context(self.detail.initiative_id)
        if "yes" in self.state.filter_map().get("selection", []):
            if self.result_count() == 0:
                return replace(context, hint=self.tr("Rien à imprimer : votre sélection est vide. Ajoutez-y des "
                                                     "initiatives avec ☆ (Ctrl+D)."))
            printable = Printable.selection(request=context.search_request, label=self.tr("Ma sélection"))
        elif (ident := self.detail.initiative_id) is not None:
            fiche = self._fiche
            printable = Printable.fiche(ident, fiche.detail.title if fiche and fiche.detail.id == ident else "")
        else:
            return replace(context, hint=self.tr("Rien à imprimer : sélectionnez une initiative dans la liste, "
                                                 "ou cochez le filtre « Ma sélection » pour imprimer votre sélection."))
        return replace(context, printable=printable)

    def save_state(self) -> None:
        """Remember splitter sizes, columns and the last search."""
        self.settings.set(BROWSER_SPLITTER, self.splitter.saveState().data())
        self.settings.set(BROWSER_HEADER, self.table.horizontalHeader().saveState().data())
        self.controller.remember()

    def restore_state(self) -> None:
        """Put back what :meth:`save_state` remembered (bad values are ignored); the caller searches."""
        self._restoring = True
        try:
            if splitter := self.settings.get(BROWSER_SPLITTER):
                self.splitter.restoreState(splitter)
            if header := self.settings.get(BROWSER_HEADER):
                self.table.horizontalHeader().restoreState(header)
            state = self.controller.remembered(tuple(COLUMN_BY_SORT_KEY))
            self.search_field.blockSignals(True)
            self.search_field.setText(state.query)
            self.search_field.blockSignals(False)
            self.facets.set_filters(state.filter_map())
            self.controller.state = state
        finally:
            self._restoring = False

    # --- keyboard -----------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Search box: Down goes to the results, Enter searches now, Escape clears."""
        if watched is self.search_field and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and not event.modifiers():
                if self.debounce.isActive():
                    self.run_search_now()
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.selected_id() is None:
                    self._select_row(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_search_now()
                return True
            if key == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                self.run_search_now()
                return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        """Stop the typing timer and the background counts (window closing)."""
        self.debounce.stop()
        self.controller.shutdown()
