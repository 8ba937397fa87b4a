"""``region`` and ``timeline``: a région's AI profile and the dated events of the sources."""

from __future__ import annotations

import argparse

from territoria.cli.context import CliContext
from territoria.cli.output import print_json


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``region`` and ``timeline`` commands."""
    region = sub.add_parser(
        "region", help="profil IA d'une région : plans, priorités, agences, chiffres, événements",
        description="Montre ce que disent les sources d'une région (code INSEE, p. ex. 93) : ses plans IA "
        "avec chaque montant cité et sa source, ses secteurs prioritaires, ses agences et programmes, "
        "ses chiffres clés et la chronologie de ses événements.",
    )
    region.add_argument("code", metavar="CODE", help="code INSEE de la région (p. ex. 76 pour l'Occitanie)")
    region.add_argument("--json", action="store_true", help="sortie JSON")
    region.set_defaults(handler=run_region)

    timeline = sub.add_parser(
        "timeline", help="chronologie des événements datés, du plus récent au plus ancien",
        description="Liste les événements datés rapportés par les sources (sommets, salons, communiqués, "
        "adoptions de plans), du plus récent au plus ancien.",
    )
    timeline.add_argument("--region", metavar="CODE", default=None, help="seulement les événements de cette région")
    timeline.add_argument("--json", action="store_true", help="sortie JSON")
    timeline.set_defaults(handler=run_timeline)


def _source_json(source) -> dict:
    return {"title": source.title, "publisher": source.publisher, "published": source.published, "url": source.url}


def _event_json(event) -> dict:
    return {"date": event.date, "title": event.title, "summary": event.summary, "actors": list(event.actors),
            "regions": list(event.regions), "sources": [_source_json(s) for s in event.sources]}


def _source_text(sources) -> str:
    return "; ".join(f"{s.publisher}{', ' + s.published if s.published else ''}" for s in sources)


def run_region(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the région's profile."""
    from territoria.domain import format_fr
    from territoria.services.regions import region_profile

    profile = region_profile(ctx.database(), args.code)
    if args.json:
        print_json({
            "code": profile.code, "name": profile.name, "population": profile.population,
            "plans": [{
                "name": p.name, "kind": p.kind, "operator": p.operator.name if p.operator else None,
                "start_year": p.start_year, "end_year": p.end_year, "budget_eur": p.budget_eur,
                "summary": p.summary,
                "budget_mentions": [{"amount_eur": m.amount_eur, "qualifier": m.qualifier, "label": m.label,
                                     "date": m.date, "source": _source_json(m.source)} for m in p.budget_mentions],
                "sources": [_source_json(s) for s in p.sources],
            } for p in (*profile.plans, *profile.programmes)],
            "priorities": [{"label": p.label, "theme": p.theme, "note": p.note, "shared_with": list(p.shared_with),
                            "sources": [_source_json(s) for s in p.sources]} for p in profile.priorities],
            "agencies": [a.name for a in profile.agencies],
            "schemes": list(profile.schemes),
            "figures": [{"label": f.label, "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
                         "date": f.date, "note": f.note, "sources": [_source_json(s) for s in f.sources]}
                        for f in profile.figures],
            "events": [_event_json(e) for e in profile.events],
        })
        return 0
    print(f"{profile.name} (région {profile.code}) — {format_fr.population(profile.population)}")
    print("\nPlans et programmes IA :")
    for p in (*profile.plans, *profile.programmes):
        print(f"  - {p.name}")
        for m in p.budget_mentions:
            amount = f"{m.qualifier + ' ' if m.qualifier else ''}{format_fr.euros(m.amount_eur)}"
            print(f"      {amount} : {m.label} ({_source_text([m.source])})")
        if not p.budget_mentions:
            print(f"      montant non cité ({_source_text(p.sources)})")
    if not profile.plans and not profile.programmes:
        print("  aucun plan cité par les sources")
    print("\nSecteurs prioritaires cités :")
    for p in profile.priorities:
        print(f"  - {p.label} ({_source_text(p.sources)})")
    if not profile.priorities:
        print("  aucun cité par les sources")
    if profile.agencies:
        print("\nAgences : " + ", ".join(a.name for a in profile.agencies))
    if profile.schemes:
        print("\nDispositifs de la région :")
        for name in profile.schemes:
            print(f"  - {name}")
    if profile.figures:
        print("\nChiffres clés :")
        for f in profile.figures:
            value = format_fr.euros(f.value) if f.unit in ("eur", "eur_per_year") else format_fr.decimal_fr(f.value)
            print(f"  - {f.label} : {f.qualifier + ' ' if f.qualifier else ''}{value} ({_source_text(f.sources)})")
    print("\nChronologie :")
    for e in profile.events:
        print(f"  {format_fr.partial_date(e.date):<20} {e.title}")
    if not profile.events:
        print("  aucun événement daté")
    return 0


def run_timeline(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the dated events, newest first."""
    from territoria.domain import format_fr
    from territoria.services.regions import timeline

    events = timeline(ctx.database(), args.region.strip() if args.region else None)
    if args.json:
        print_json([_event_json(e) for e in events])
        return 0
    if not events:
        print("Aucun événement daté.")
    for e in events:
        where = f" [{', '.join(e.region_names)}]" if e.region_names else ""
        print(f"{format_fr.partial_date(e.date):<20} {e.title}{where}")
        print(f"{'':<20} sources : {_source_text(e.sources)}")
    return 0
