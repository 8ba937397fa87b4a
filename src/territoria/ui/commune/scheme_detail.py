"""One support scheme in full, for a collectivité: what it is, who can apply, what it gives, when, whom to ask.

Shown beside the schemes of "Ma commune" for the selected scheme, and in a window of its own
on a double click. "Candidater / en savoir plus" opens the scheme's page (else its operator's,
else its main source) in the system browser, only when clicked; schemes to relay to
businesses offer the one-page sheet to print and hand out.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from territoria.services.eligibility import SchemeVerdict
from territoria.ui.browser.chips import FlowLayout
from territoria.ui.formatting import partial_date
from territoria.ui.labels import label
from territoria.ui.reason_text import reason_text, reason_texts
from territoria.ui.window_geometry import fit_window

#: Only these addresses are shown as links or opened (never a file or a script).
SAFE_SCHEMES = ("http://", "https://", "mailto:")


def open_in_browser(url: str | None) -> bool:
    """Open ``url`` in the system browser (http, https and mailto only); whether it was opened."""
    if not url or not url.lower().startswith(SAFE_SCHEMES):
        return False
    return QDesktopServices.openUrl(QUrl(url))


class SchemeDetailView(QWidget):
    """The text of one scheme, with "Candidater / en savoir plus" and the sheet to print."""

    #: The sheet of this scheme (id) is asked for (PDF to print or save).
    sheetRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict: SchemeVerdict | None = None
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Détail du dispositif"))
        self.text.setOpenLinks(False)  # links open in the system browser, on click only
        self.text.anchorClicked.connect(lambda url: open_in_browser(url.toString()))
        self.apply_button = QPushButton(self.tr("Candidater / en &savoir plus"))
        self.apply_button.setAccessibleName(self.tr("Candidater / en savoir plus (ouvre le navigateur)"))
        self.apply_button.clicked.connect(self.open_link)
        self.sheet_button = QPushButton(self.tr("Fic&he à imprimer (PDF)…"))
        self.sheet_button.setAccessibleName(self.tr("Fiche du dispositif à imprimer"))
        self.sheet_button.clicked.connect(self._ask_sheet)
        # the buttons wrap onto a second line rather than squeezing the list (large system text)
        buttons = FlowLayout(spacing=6)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.sheet_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.show_verdict(None)

    def show_verdict(self, verdict: SchemeVerdict | None) -> None:
        """Show ``verdict``'s scheme (None: a hint to select one)."""
        self.verdict = verdict
        if verdict is None:
            hint = self.tr("Choisissez un dispositif pour en voir le détail.")  # tr() outside f-strings, for lupdate
            self.text.setHtml(f"<p>{escape(hint)}</p>")
            self.apply_button.setEnabled(False)
            self.sheet_button.setEnabled(False)
            return
        self.text.setHtml(self.html(verdict))
        self.apply_button.setEnabled(bool(verdict.link))
        self.apply_button.setToolTip(verdict.link or "")
        self.sheet_button.setEnabled(True)
        if verdict.verdict == "relay_to_businesses":
            self.sheet_button.setText(self.tr("Fiche à remettre aux en&treprises (PDF)…"))
        else:
            self.sheet_button.setText(self.tr("Fic&he à imprimer (PDF)…"))
        self.sheet_button.setAccessibleName(self.sheet_button.text().replace("&", ""))

    def open_link(self) -> bool:
        """Open where to apply or learn more in the system browser; whether it was opened."""
        return open_in_browser(self.verdict.link if self.verdict else None)

    def _ask_sheet(self) -> None:
        if self.verdict is not None:
            self.sheetRequested.emit(self.verdict.id)

    def dates(self, verdict: SchemeVerdict) -> str:
        """The call's dates in words, or that they are not known."""
        scheme = verdict.scheme
        announced = scheme.opens_announced if scheme else None
        if verdict.opens and verdict.closes:
            return self.tr("du {0} au {1}").format(partial_date(verdict.opens), partial_date(verdict.closes))
        if verdict.opens:
            return self.tr("ouverture le {0} ; date de clôture non connue").format(partial_date(verdict.opens))
        if verdict.closes:
            return self.tr("date d'ouverture non connue ; clôture le {0}").format(partial_date(verdict.closes))
        if announced:
            return self.tr("ouverture annoncée : {0} (aucune date confirmée)").format(announced)
        return self.tr("dates d'ouverture et de clôture non connues")

    def html(self, verdict: SchemeVerdict) -> str:
        """The scheme's detail as HTML (escaped; links only for http, https and mailto)."""
        scheme = verdict.scheme
        rows: list[tuple[str, str]] = []
        audiences = ", ".join(label("audience", slug) for slug in scheme.audiences) if scheme else ""
        rows.append((self.tr("Qui peut candidater"),
                     escape(audiences or self.tr("non précisé par les sources : renseignez-vous auprès de "
                                                 "l'opérateur"))))
        gives = ", ".join(label("aid_type", slug) for slug in verdict.aid_types)
        rows.append((self.tr("Ce que cela apporte"), escape(gives or self.tr("non précisé"))))
        given = ", ".join(reason_texts(verdict.amounts))  # in the window's language: "up to €200,000"
        rows.append((self.tr("Montants et taux"), escape(given or self.tr("non communiqués"))))
        rows.append((self.tr("Dates"), escape(self.dates(verdict))))
        territory = verdict.territory
        if scheme is not None and (scheme.territory_scope in ("national", "unknown") or not scheme.territory_code):
            territory = label("territory_scope", scheme.territory_scope if scheme.territory_code or
                              scheme.territory_scope == "unknown" else "national")
        rows.append((self.tr("Territoire"), escape(territory)))
        if verdict.programme:
            rows.append((self.tr("Programme"), escape(verdict.programme)))
        operator = escape(verdict.operator or self.tr("non précisé"))
        contact = scheme.operator_url if scheme else None
        if contact and contact.lower().startswith(SAFE_SCHEMES):
            operator += f" — <a href='{escape(contact, quote=True)}'>{escape(contact)}</a>"
        rows.append((self.tr("Opérateur et contact"), operator))
        if verdict.link and verdict.link.lower().startswith(SAFE_SCHEMES):
            rows.append((self.tr("Candidater / en savoir plus"),
                         f"<a href='{escape(verdict.link, quote=True)}'>{escape(verdict.link)}</a>"))
        table = "".join(f"<tr><td style='padding-right:10px'><b>{escape(name)}</b></td><td>{value}</td></tr>"
                        for name, value in rows)
        verdict_line = (f"<p><b>{escape(self.verdict_title(verdict.verdict))}</b> — "
                        f"{escape(reason_text(verdict.reason))}</p>")
        relay = ""
        if verdict.verdict == "relay_to_businesses":
            relay = "<p><i>" + escape(self.tr("À faire : imprimez la fiche d'une page et remettez-la aux "
                                              "entreprises de votre territoire ; elle donne le contact de "
                                              "l'opérateur.")) + "</i></p>"
        summary = f"<p>{escape(verdict.summary)}</p>" if verdict.summary else ""
        sources = ""
        if scheme and scheme.sources:
            items = []
            for source in scheme.sources:
                title = escape(", ".join(p for p in (source.title, source.publisher, partial_date(source.published)
                                                     if source.published else "") if p))
                if source.url and source.url.lower().startswith(SAFE_SCHEMES):
                    title = f"<a href='{escape(source.url, quote=True)}'>{title}</a>"
                items.append(f"<li>{title}</li>")
            heading = self.tr("Sources")
            sources = f"<p><b>{escape(heading)}</b></p><ul>{''.join(items)}</ul>"
        # the table's own top margin: Qt lays a table right under the paragraph before it otherwise
        return (f"<h3>{escape(verdict.name)}</h3>{verdict_line}{relay}{summary}"
                f"<table style='margin-top:10px'>{table}</table>{sources}")

    def verdict_title(self, verdict: str) -> str:
        """The verdict in words."""
        return {
            "eligible": self.tr("Vous pouvez en bénéficier"),
            "relay_to_businesses": self.tr("À faire connaître sur votre territoire"),
            "territory_unknown": self.tr("Territoire à vérifier auprès du financeur"),
            "not_yet_open": self.tr("Pas encore ouvert"),
            "outside_territory": self.tr("Hors de votre territoire"),
            "closed": self.tr("Appel clos"),
        }.get(verdict, verdict)

    def plain_text(self) -> str:
        """The shown text (for tests and accessibility checks)."""
        return self.text.toPlainText()


class SchemeDetailDialog(QDialog):
    """A scheme's detail in a window of its own (double click in the list)."""

    def __init__(self, verdict: SchemeVerdict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(verdict.name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = SchemeDetailView()
        self.view.show_verdict(verdict)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        fit_window(self, "scheme_detail", QSize(640, 520))
