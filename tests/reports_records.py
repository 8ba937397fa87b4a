"""Records made through the ORM for the report tests: the longest possible one, hostile titles."""

from __future__ import annotations

from territoria.store.derived import apply_derived
from territoria.store.models import (
    Funding,
    Initiative,
    InitiativeTechnique,
    InitiativeTheme,
    Organisation,
    Scheme,
    Source,
)

LONG_WORDS = ("intelligence artificielle au service des habitants, des agents et des élus, "
              "avec un accompagnement juridique, technique et financier renouvelé ; ")


def long_text(length: int) -> str:
    """French-looking text of exactly ``length`` characters."""
    return (LONG_WORDS * (length // len(LONG_WORDS) + 1))[:length]


def add_longest_initiative(db) -> int:
    """An initiative with every field filled at an extreme length; returns its id."""
    with db.session() as session:
        lead = Organisation(slug="test-lead-longest", origin="user", name="Commune de " + long_text(200),
                            kind="commune", commune_insee="61382")
        partners = [Organisation(slug=f"test-partner-{n}", origin="user", name=f"Partenaire {n} " + long_text(180),
                                 kind="company") for n in range(30)]
        sources = [Source(slug=f"test-source-{n}", origin="user", title=f"Source {n} : " + long_text(400),
                          publisher="Éditeur " + long_text(150), author="Autrice " + long_text(100),
                          published=f"20{10 + n % 15:02d}-0{1 + n % 9}-1{n % 9}",
                          url="https://exemple.fr/" + "tres-long-chemin/" * 60 + f"{n}", url_is_article=True)
                   for n in range(25)]
        scheme = Scheme(slug="test-scheme-longest", origin="user", name="Dispositif " + long_text(240),
                        summary=long_text(8000), audiences=["commune", "epci"], territory_scope="national",
                        aid_types=["grant", "expertise"], amount_min_eur=5_000, amount_max_eur=2_500_000,
                        rate_max_percent=80, budget_eur=1_250_000_000, opens="2025-03-01", closes="2026-12-31",
                        recurrence="yearly", url="https://exemple.fr/" + "dispositif/" * 80, sources=sources[:20])
        initiative = Initiative(
            slug="test-longest", origin="user", title="Initiative " + long_text(1990),
            summary=long_text(20000), problem=long_text(10000), results=long_text(10000), lead=lead,
            supplier="Prestataire " + long_text(900), status="production", start_date="2023-01-15",
            end_date="2026-06-30", budget_eur=12_345_678.9, contact="Contact : " + long_text(1000),
            last_checked="2025-11-28", partners=partners, sources=sources,
        )
        initiative.themes = [InitiativeTheme(theme=t) for t in ("administration", "legal", "social", "health",
                                                                 "water", "environment", "education", "culture")]
        initiative.techniques = [InitiativeTechnique(technique=t) for t in ("chatbot", "generative", "nlp", "vision")]
        initiative.funding = [Funding(amount_eur=100_000.0 * (n + 1), funder=partners[n], scheme=scheme,
                                      note="Note " + long_text(300)) for n in range(20)]
        session.add_all([lead, *partners, *sources, scheme, initiative])
        session.flush()
        apply_derived(session, initiative)
        return initiative.id


def add_initiative(db, title: str, *, summary: str = "Résumé.", slug: str = "test-hostile",
                   budget_eur: float | None = None, contact: str | None = None) -> int:
    """A small initiative of Saint-Denis-sur-Sarthon with the given title; returns its id."""
    with db.session() as session:
        lead = Organisation(slug=slug + "-lead", origin="user", name="Saint-Denis-sur-Sarthon", kind="commune",
                            commune_insee="61382")
        source = Source(slug=slug + "-source", origin="user", title=title, publisher="Éditeur",
                        published="2025-06-12", url="https://exemple.fr/article?id=1&x=<b>", url_is_article=True)
        initiative = Initiative(slug=slug, origin="user", title=title, summary=summary, problem=title,
                                results="", lead=lead, status="pilot", budget_eur=budget_eur, contact=contact,
                                sources=[source])
        initiative.themes = [InitiativeTheme(theme="administration")]
        session.add_all([lead, source, initiative])
        session.flush()
        apply_derived(session, initiative)
        return initiative.id


def longest_scheme_id(db) -> int:
    """The scheme made by :func:`add_longest_initiative`."""
    from sqlalchemy import select

    with db.session() as session:
        return session.scalar(select(Scheme.id).where(Scheme.slug == "test-scheme-longest"))
