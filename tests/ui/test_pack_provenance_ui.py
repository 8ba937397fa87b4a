"""The detail pane names the agency and edition a pack record comes from."""

from __future__ import annotations

from dataclasses import replace

from territoria.services.records import get_initiative
from territoria.ui.browser.detail_html import DetailRenderer


def test_detail_pane_shows_the_provenance_of_a_pack_record(qapp, shared_db):
    detail = get_initiative(shared_db, 2)
    renderer = DetailRenderer()
    assert "Source des données" not in renderer.render(detail, [], None, False)
    pack_detail = replace(detail, origin="pack", provenance="Source des données : ARNia, édition du 3 mars 2026")
    html = renderer.render(pack_detail, [], None, False)
    assert "Source des données : ARNia, édition du 3 mars 2026" in html
