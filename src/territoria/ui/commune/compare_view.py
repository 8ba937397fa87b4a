"""Two to four initiatives side by side: place, population, cost, funding, status, results…"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from territoria.errors import TerritoriaError
from territoria.services.database import Database
from territoria.services.records import InitiativeDetail, get_initiatives
from territoria.ui import formatting
from territoria.ui.commune.rich_item import plain_text
from territoria.ui.labels import label
from territoria.ui.palette import semantic_colour

#: The compared facts, in row order (keys used by :meth:`CompareView.cell_text`).
ROWS = ("title", "summary", "lead", "place", "population", "cost", "funding", "status", "technique", "themes",
        "results", "sources")


class CompareView(QWidget):
    """A grid: one column per initiative, one row per fact."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.details: list[InitiativeDetail] = []
        self._cells: dict[tuple[str, int], QLabel] = {}
        self.message = QLabel(self.tr("Cochez de 2 à 4 projets dans la liste des projets comparables, "
                                      "puis choisissez « Comparer les projets cochés »."))
        self.message.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid_host)
        self.scroll.setAccessibleName(self.tr("Comparaison des projets"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)

    def _row_titles(self) -> dict[str, str]:
        return {
            "title": self.tr("Projet"), "summary": self.tr("En bref"), "lead": self.tr("Porteur"), "place": self.tr("Lieu"),
            "population": self.tr("Population du porteur"), "cost": self.tr("Coût"),
            "funding": self.tr("Financement"), "status": self.tr("Statut"), "technique": self.tr("Technique"),
            "themes": self.tr("Thèmes"), "results": self.tr("Résultats"), "sources": self.tr("Sources"),
        }

    def show_initiatives(self, ids: list[int]) -> None:
        """Compare the initiatives ``ids`` (2 to 4; unknown ids are skipped)."""
        try:
            self.details = get_initiatives(self.db, list(ids)[:4])
        except TerritoriaError as exc:
            self.details = []
            self.message.setText(exc.message)
        self._rebuild()

    def _clear(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._cells.clear()

    def _rebuild(self) -> None:
        self._clear()
        if len(self.details) < 2:
            if not self.details:
                self.message.show()
            return
        self.message.hide()
        titles = self._row_titles()
        for row, key in enumerate(ROWS):
            head = QLabel(f"<b>{escape(titles[key])}</b>")
            head.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(head, row, 0)
            for column, detail in enumerate(self.details, 1):
                cell = QLabel(self._cell_html(key, detail))
                cell.setWordWrap(True)
                cell.setTextFormat(Qt.TextFormat.RichText)
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                cell.setOpenExternalLinks(True)  # the system browser, only on click
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                cell.setAccessibleName(f"{titles[key]} — {detail.title}")
                self.grid.addWidget(cell, row, column)
                self._cells[(key, column - 1)] = cell
        for column in range(1, len(self.details) + 1):
            self.grid.setColumnStretch(column, 1)
        self.grid.setColumnStretch(0, 0)
        self.grid.setRowStretch(len(ROWS), 1)

    def cell_text(self, key: str, column: int) -> str:
        """The plain text shown for fact ``key`` of the ``column``-th initiative."""
        cell = self._cells.get((key, column))
        if cell is None:
            return ""
        return plain_text(cell.text())

    def _cell_html(self, key: str, d: InitiativeDetail) -> str:
        not_given = self.tr("non renseigné")  # tr() outside f-strings, for lupdate
        muted = semantic_colour(self, "muted")  # grey that still reads 4.5:1 on this palette
        unknown = f"<i>{escape(not_given)}</i>"
        if key == "title":
            return f"<b>{escape(d.title)}</b>"
        if key == "summary":
            return escape(d.summary) if d.summary else unknown
        if key == "lead":
            if d.lead is None:
                return unknown
            return f"{escape(d.lead.name)}<br><span style='color:{muted}'>{escape(label('org_kind', d.lead.kind))}</span>"
        if key == "place":
            place = d.place
            parts = [place.label, place.departement_name if place.commune_name else None,
                     place.region_name if place.region_name != place.label else None]
            text = ", ".join(escape(p) for p in parts if p)
            return text or unknown
        if key == "population":
            return escape(formatting.population(d.lead_population)) if d.lead_population is not None else unknown
        if key == "cost":
            return escape(formatting.euros(d.budget_eur)) if d.budget_eur is not None else unknown
        if key == "funding":
            if not d.funding:
                return unknown
            lines = []
            for money in d.funding:
                parts = [formatting.euros(money.amount_eur) if money.amount_eur is not None else None,
                         money.funder, money.scheme_name, money.note]
                lines.append(escape(" — ".join(p for p in parts if p)))
            return "<br>".join(lines)
        if key == "status":
            text = label("status", d.status)
            if d.start_date:
                text += " " + self.tr("depuis {0}").format(formatting.partial_date(d.start_date))
            if d.end_date:
                text += " " + self.tr("jusqu'à {0}").format(formatting.partial_date(d.end_date))
            return escape(text)
        if key == "technique":
            return escape(", ".join(label("technique", t) for t in d.techniques)) or unknown
        if key == "themes":
            return escape(", ".join(label("theme", t) for t in d.themes)) or unknown
        if key == "results":
            return escape(d.results) if d.results else unknown
        if key == "sources":
            if not d.sources:
                return unknown
            lines = []
            for source in d.sources:
                when = formatting.partial_date(source.published) if source.published else ""
                meta = ", ".join(p for p in (source.publisher, when) if p)
                lines.append(f"<a href='{escape(source.url, quote=True)}'>{escape(source.title)}</a>"
                             f" <span style='color:{muted}'>({escape(meta)})</span>")
            return "<br>".join(lines)
        return ""
