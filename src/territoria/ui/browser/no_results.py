"""What the catalogue says under "Aucune initiative ne correspond": the closest words the
catalogue does contain, and the filters to remove to find something (each a link)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from territoria.services.search.suggest import EmptySearchHelp
from territoria.ui.browser.facet_panel import heading
from territoria.ui.formatting import group_thousands


class NoResultsHint(QLabel):
    """Links to a corrected search or a wider one; hidden while the search finds something."""

    queryRequested = Signal(str)  # search this text instead
    queryWithoutFiltersRequested = Signal(str)  # search this text, every filter removed
    filterRemoved = Signal(str)  # untick every value of this facet
    filtersCleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setAccessibleName(self.tr("Suggestions pour trouver des initiatives"))
        self.linkActivated.connect(self._follow)
        self.hide()

    def _count(self, total: int) -> str:
        return self.tr("1 initiative") if total == 1 else self.tr("{0} initiatives").format(group_thousands(total))

    def show_help(self, help_: EmptySearchHelp) -> None:
        """Say what to try instead (hidden when there is nothing to suggest)."""
        lines = []
        for word in help_.words:
            links = ", ".join(f'<a href="query:{escape(q)}">{escape(w)}</a>'
                              for w, q in zip(word.closest, word.queries, strict=False))
            lines.append(self.tr("Aucun mot du catalogue ne commence par « {0} ». Mots proches : {1}.")
                         .format(escape(word.typed), links))
        if help_.corrected_query and help_.corrected_total:
            link = f'<a href="query:{escape(help_.corrected_query)}">{escape(help_.corrected_query)}</a>'
            lines.append(self.tr("Chercher {0} ({1}).").format(link, self._count(help_.corrected_total)))
        elif help_.corrected_query and help_.corrected_without_filters:
            link = f'<a href="anywhere:{escape(help_.corrected_query)}">{escape(help_.corrected_query)}</a>'
            lines.append(self.tr("Chercher {0} sans les filtres ({1}).").format(
                link, self._count(help_.corrected_without_filters)))
        for widening in help_.widen:
            link = f'<a href="drop:{escape(widening.facet)}">{escape(heading(widening.facet))}</a>'
            lines.append(self.tr("Élargir : retirer le filtre {0} ({1}).").format(link, self._count(widening.total)))
        if help_.without_filters and len(help_.widen) != 1:
            link = '<a href="clear:">' + escape(self.tr("retirer tous les filtres")) + "</a>"
            lines.append(self.tr("Élargir : {0} ({1}).").format(link, self._count(help_.without_filters)))
        self.setText("<br>".join(lines))
        self.setAccessibleDescription(self.text())
        self.setVisible(bool(lines))

    def _follow(self, link: str) -> None:
        kind, _sep, value = link.partition(":")
        if kind == "query":
            self.queryRequested.emit(value)
        elif kind == "anywhere":
            self.queryWithoutFiltersRequested.emit(value)
        elif kind == "drop":
            self.filterRemoved.emit(value)
        elif kind == "clear":
            self.filtersCleared.emit()
