"""Synthetic records for the "Ma commune" tests, written through the ORM like a local edit."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from territoria.store.derived import apply_derived
from territoria.store.models import Funding, Initiative, InitiativeTheme, Organisation, Scheme


def add_initiative(db, slug: str, *, kind: str = "commune", commune: str | None = None, epci: str | None = None,
                   departement: str | None = None, region: str | None = None, status: str = "production",
                   themes: Sequence[str] = (), budget: float | None = None, start: str | None = None,
                   title: str | None = None) -> int:
    """Add an initiative led by a new organisation of ``kind`` at the given place; returns its id."""
    with db.session() as session:
        org = Organisation(slug=f"org-{slug}", origin="user", name=f"Porteur {slug}", kind=kind,
                           commune_insee=commune, epci_siren=epci, departement_code=departement, region_code=region)
        session.add(org)
        session.flush()
        initiative = Initiative(slug=slug, origin="user", title=title or f"Projet {slug}", lead_id=org.id,
                                status=status, budget_eur=budget, start_date=start)
        initiative.themes = [InitiativeTheme(theme=theme) for theme in themes]
        session.add(initiative)
        session.flush()
        apply_derived(session, initiative)
        return initiative.id


def add_funding(db, initiative_id: int, scheme_slug: str, amount: float | None = None) -> None:
    """Record that the scheme ``scheme_slug`` funded the initiative."""
    with db.session() as session:
        scheme_id = session.scalar(select(Scheme.id).where(Scheme.slug == scheme_slug))
        session.add(Funding(initiative_id=initiative_id, scheme_id=scheme_id, amount_eur=amount))
        initiative = session.get(Initiative, initiative_id)
        session.flush()
        session.refresh(initiative)
        apply_derived(session, initiative)


def add_scheme(db, slug: str, **fields) -> int:
    """Add a support scheme (``audiences``, ``territory_scope``, ``closes``…); returns its id."""
    with db.session() as session:
        scheme = Scheme(slug=slug, origin="user", name=fields.pop("name", f"Dispositif {slug}"), **fields)
        session.add(scheme)
        session.flush()
        return scheme.id


def initiative_id(db, slug: str) -> int:
    """The id of the initiative ``slug``."""
    with db.session() as session:
        return session.scalar(select(Initiative.id).where(Initiative.slug == slug))
