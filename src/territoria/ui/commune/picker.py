"""Type-ahead choice of a collectivité: a line edit whose popup is driven by ``PlaceIndex``.

The index of the 36,000 collectivités is built once, in the ``index`` lane, the first time
the picker is shown or focused (inline when the tests' background work is). Each keystroke then asks
the index for the 12 best matches; Qt's completer only shows them (no filtering of its own).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from territoria.services.communes import ALIAS_KINDS, PLACE_KINDS, Place, PlaceIndex
from territoria.services.database import Database
from territoria.ui.formatting import population
from territoria.ui.labels import tr_label
from territoria.ui.tasks import BackgroundWork, Lane

#: Item data role holding the :class:`Place` of a suggestion.
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
RESULTS = 12


def place_detail(place: Place) -> str:
    """The second part of a suggestion, translated: ``"Commune · 1 055 hab. · Orne, Normandie"``."""
    kind = place.kind_label or PLACE_KINDS.get(place.kind, "")
    parts = [tr_label(kind) if kind else "", population(place.population)]
    parts.append(", ".join(part for part in (place.departement, place.region) if part and part != place.name))
    return " · ".join(part for part in parts if part)


class CollectivitePicker(QWidget):
    """A search field: type a name, a postcode or an INSEE code, pick a collectivité."""

    placeChosen = Signal(object)  # Place

    def __init__(self, db: Database, tasks: BackgroundWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.index: PlaceIndex | None = None
        self._loading = False

        self.label = QLabel(self.tr("&Ma collectivité :"))
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Rechercher une commune, une intercommunalité, un département ou une région"))
        self.edit.setPlaceholderText(self.tr("Nom, code postal ou code INSEE (ex. : st denis sarthon, 61420)"))
        self.edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.edit)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("État de la recherche"))

        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(RESULTS)
        self.completer.setWidget(self.edit)
        self.completer.popup().setAccessibleName(self.tr("Collectivités trouvées"))
        self.completer.activated[QModelIndex].connect(self._on_activated)

        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.returnPressed.connect(self.choose_first)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)

    # --- index ----------------------------------------------------------------------

    def ensure_index(self) -> None:
        """Start building the index if it is not there yet (in the index lane)."""
        if self.index is not None or self._loading:
            return
        self._loading = True
        self.status.setText(self.tr("Chargement des communes…"))
        db = self.db
        self.tasks.run(Lane.INDEX, "", lambda _progress: PlaceIndex.load(db), self._on_loaded,
                       lambda exc: self._on_failed(str(exc)), show_progress=False)

    def _on_loaded(self, index: PlaceIndex) -> None:
        self.index = index
        self._loading = False
        self.status.setText("")
        if self.edit.text().strip() and self.edit.hasFocus():
            self.search(self.edit.text())

    def _on_failed(self, detail: str) -> None:
        self._loading = False
        self.status.setText(self.tr("Liste des communes indisponible"))
        self.status.setToolTip(detail)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Build the index the first time the picker appears."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self.ensure_index)  # cancelled if the picker is gone

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the index to be built (tests, shutdown)."""
        return self.tasks.wait(msecs, Lane.INDEX)

    # --- search ---------------------------------------------------------------------

    def search(self, text: str) -> list[Place]:
        """Fill the suggestions for ``text`` and show them; returns the places found."""
        if self.index is None:
            self.ensure_index()
            if self.index is None:
                return []
        places = self.index.search(text, RESULTS) if text.strip() else []
        self.model.clear()
        for place in places:
            shown = f"{place.label} — {place_detail(place)}"
            if place.alias_name:  # "Lyon 3e Arrondissement → Lyon (69) — Arrondissement municipal"
                shown = f"{place.alias_name} → {place.label} — {tr_label(ALIAS_KINDS.get(place.alias_kind, ''))}"
            item = QStandardItem(shown)
            item.setData(place.label, Qt.ItemDataRole.EditRole)
            item.setData(shown, Qt.ItemDataRole.DisplayRole)
            item.setData(place, PLACE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if places:
            self.status.setText("")
            self.completer.complete()
        else:
            self.completer.popup().hide()
            if text.strip():
                self.status.setText(self.tr("Aucune collectivité trouvée"))
        return places

    def _on_text_edited(self, text: str) -> None:
        self.search(text)

    def suggestions(self) -> list[Place]:
        """The places currently suggested, best first."""
        return [self.model.item(row).data(PLACE_ROLE) for row in range(self.model.rowCount())]

    def _on_activated(self, index: QModelIndex) -> None:
        place = index.data(PLACE_ROLE)
        if place is not None:
            self.choose(place)

    def choose_first(self) -> None:
        """Choose the highlighted suggestion, else the best one (Entrée in the field)."""
        popup = self.completer.popup()
        current = popup.currentIndex() if popup.isVisible() else None
        if current is not None and current.isValid() and current.data(PLACE_ROLE) is not None:
            self.choose(current.data(PLACE_ROLE))
            return
        places = self.suggestions()
        if places:
            self.choose(places[0])

    def choose(self, place: Place) -> None:
        """Show ``place`` in the field and announce it."""
        self.completer.popup().hide()
        self.edit.setText(place.label)
        self.status.setText("")
        if place.alias_name:  # an arrondissement or a commune déléguée opens its commune, saying so
            self.status.setText(self.tr("« {0} » fait partie de {1} : voici cette commune.")
                                .format(place.alias_name, place.label))
        self.placeChosen.emit(place)

    def show_place(self, place: Place | None) -> None:
        """Show a place chosen elsewhere (the remembered one) without announcing it."""
        self.edit.setText(place.label if place else "")
