"""An item delegate that draws an item's HTML (a bold title, grey reasons) with word wrap.

Items keep a plain-text ``DisplayRole`` (for accessibility, search and tests) and put the
formatted version in ``HTML_ROLE``; check boxes, selection and focus are drawn by the style.
The HTML names no colour, only classes (``muted``, a closeness…): the delegate gives them
inks that reach 4.5:1 on the row's background in its state (selected, alternate, disabled).
"""

from __future__ import annotations

import re
from html import escape, unescape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from territoria.ui.palette import ItemInks, item_inks

HTML_ROLE = Qt.ItemDataRole.UserRole + 10


def html_block(title: str, lines: list[str], *, badge: str = "", badge_kind: str = "close") -> str:
    """``title`` in bold (after an optional ``badge`` of class ``badge_kind``), then each line in grey."""
    head = f"<b>{escape(title)}</b>"
    if badge:
        head = f"<span class='{escape(badge_kind)}'><b>{escape(badge)}</b></span>&nbsp;&nbsp;{head}"
    body = "".join(f"<div class='muted'>{escape(line)}</div>" for line in lines if line)
    return f"<div>{head}</div>{body}"


def plain_text(html: str) -> str:
    """The text of simple HTML (``<div>``, ``<br>``, inline tags), non-breaking spaces kept."""
    text = re.sub(r"<br\s*/?>|</div>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text)
    return "\n".join(line for line in unescape(text).split("\n") if line.strip()).strip()


class RichItemDelegate(QStyledItemDelegate):
    """Draws ``HTML_ROLE`` (falling back to the display text) wrapped to the view's width."""

    MARGIN = 4

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDefaultStyleSheet(self.inks(option).style_sheet())
        document.setDocumentMargin(self.MARGIN)
        html = index.data(HTML_ROLE)
        if html:
            document.setHtml(html)
        else:
            document.setPlainText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        document.setTextWidth(max(width, 50))
        return document

    @staticmethod
    def inks(option: QStyleOptionViewItem) -> ItemInks:
        """The inks of the row drawn with ``option`` (selected or not, window active or not, alternate)."""
        state = option.state
        return item_inks(option.palette, selected=bool(state & QStyle.StateFlag.State_Selected),
                         active=bool(state & QStyle.StateFlag.State_Active),
                         enabled=bool(state & QStyle.StateFlag.State_Enabled),
                         alternate=bool(option.features & QStyleOptionViewItem.ViewItemFeature.Alternate))

    def _text_width(self, option: QStyleOptionViewItem, index) -> int:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        width = rect.width()
        widget: QWidget | None = opt.widget
        if width <= 0 and widget is not None:
            width = widget.viewport().width() - 40 if hasattr(widget, "viewport") else widget.width()
        return width

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:  # noqa: D102 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(opt, index, text_rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(self.inks(opt).text))
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(text_rect.translated(-text_rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt API
        width = self._text_width(option, index)
        if width <= 0 and option.widget is not None:
            width = option.widget.width() - 60
        document = self._document(option, index, width)
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), int(document.size().height()) + 2))
