"""The detail's subtitle names the place once (a lead called after its place does not repeat it)."""

from __future__ import annotations

import html
import re

from territoria.domain.text import fold
from territoria.services.records import get_initiative
from territoria.ui.browser.detail_html import DetailRenderer


def _subtitle(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<p style='margin-top:0'>(.*?)</p>", markup).group(1)))


def test_the_place_is_said_once_in_every_subtitle(qapp, shared_db):
    renderer = DetailRenderer()
    with shared_db.session() as session:
        ids = [row[0] for row in session.connection().exec_driver_sql("SELECT id FROM initiatives")]
    named_after_place = 0
    for ident in ids:
        detail = get_initiative(shared_db, ident)
        subtitle = _subtitle(renderer.render(detail, [], None, False))
        name = detail.place.label.split(" (")[0]
        if name:
            assert fold(subtitle).count(fold(name)) == 1, subtitle
            named_after_place += bool(detail.lead and fold(name) in fold(detail.lead.name))
    assert named_after_place  # the seed has leads named after their place: the case is exercised
