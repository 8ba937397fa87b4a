"""Ma commune's scheme list: the territory_unknown group and the "Candidater" link."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices

from territoria.domain.reasons import Reason
from territoria.services.eligibility import SchemeVerdict
from territoria.ui.commune.schemes_view import SCHEME_ROLE, URL_ROLE, SchemesView


def _verdict(ident: int, verdict: str, url: str | None) -> SchemeVerdict:
    return SchemeVerdict(id=ident, slug=f"s{ident}", name=f"Aide {ident}", programme=None, operator="ID77",
                         verdict=verdict, reason=Reason.of("territory_unknown", whom=("commune",), operator="ID77"),
                         summary="", aid_types=("technical_engineering",), amount="", territory="", url=url)


def test_unknown_territory_group_and_apply_link(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    view = SchemesView()
    qtbot.addWidget(view)
    view.set_verdicts([_verdict(1, "territory_unknown", "https://example.org/candidater"),
                       _verdict(2, "closed", "https://example.org/clos")])
    groups = view.group_texts()
    assert groups["territory_unknown"] == ["Aide 1"] and groups["closed"] == ["Aide 2"]
    header = next(view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())
                  if view.tree.topLevelItem(i).data(0, SCHEME_ROLE) == "territory_unknown")
    assert "Territoire à vérifier auprès du financeur (1)" == header.text(0)
    scheme = header.child(0)
    links = [scheme.child(i) for i in range(scheme.childCount()) if scheme.child(i).data(0, URL_ROLE)]
    assert len(links) == 1 and "Candidater" in links[0].text(0)
    view.tree.itemActivated.emit(links[0], 0)
    assert opened == ["https://example.org/candidater"]
    closed = next(view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())
                  if view.tree.topLevelItem(i).data(0, SCHEME_ROLE) == "closed").child(0)
    assert not any(closed.child(i).data(0, URL_ROLE) for i in range(closed.childCount()))  # no link to a closed call
