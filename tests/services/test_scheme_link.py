"""Where a scheme leads: its own page, else its operator's, else its main source; its dates as given."""

from __future__ import annotations

from datetime import date

from commune_synthetic import add_scheme
from sqlalchemy import select

from territoria.services.communes import find_place
from territoria.services.eligibility import scheme_verdicts
from territoria.store.models import Organisation, Scheme, Source


def _operator(db, slug: str, url: str | None) -> int:
    with db.session() as session:
        org = Organisation(slug=slug, origin="user", name=f"Opérateur {slug}", kind="agency", url=url)
        session.add(org)
        session.flush()
        return org.id


def _source(db, slug: str, url: str) -> int:
    with db.session() as session:
        source = Source(slug=slug, title=f"Article {slug}", publisher="Presse", url=url)
        session.add(source)
        session.flush()
        return source.id


def _verdicts(db):
    place = find_place(db, "commune", "61382")
    return {v.slug: v for v in scheme_verdicts(db, place, today=date(2026, 1, 15))}


def test_the_link_prefers_the_scheme_page_then_the_operator_then_the_main_source(db):
    with_site = _operator(db, "op-site", "https://operateur.example/aides")
    without_site = _operator(db, "op-sans", None)
    add_scheme(db, "avec-page", audiences=["commune"], url="https://aide.example/candidater", operator_id=with_site,
               opens="2025-09", closes="2026-03-31")
    add_scheme(db, "page-operateur", audiences=["commune"], operator_id=with_site)
    add_scheme(db, "rien", audiences=["commune"], operator_id=without_site)
    source_id = _source(db, "article-aide", "https://presse.example/article")
    with db.session() as session:
        scheme = session.scalars(select(Scheme).where(Scheme.slug == "rien")).one()
        scheme.sources = [session.get(Source, source_id)]
    found = _verdicts(db)
    assert found["avec-page"].link == "https://aide.example/candidater"
    assert (found["avec-page"].opens, found["avec-page"].closes) == ("2025-09", "2026-03-31")
    assert found["page-operateur"].link == "https://operateur.example/aides"
    assert found["page-operateur"].opens is None and found["page-operateur"].closes is None
    assert found["rien"].link == "https://presse.example/article"
    assert found["rien"].scheme is not None and found["rien"].scheme.operator.name == "Opérateur op-sans"
