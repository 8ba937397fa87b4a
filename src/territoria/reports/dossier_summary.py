"""The dossier's cover summary: what the catalogue holds for the collectivité, and what to do next.

Plain French sentences (not markup) computed from a :class:`~territoria.reports.dossier.DossierData`,
so the figures the cover prints are the services' figures and can be tested as such.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from territoria.domain.format_fr import group_thousands, partial_date
from territoria.reports.markup import shorten

if TYPE_CHECKING:
    from territoria.reports.dossier import DossierData
    from territoria.services.eligibility import SchemeVerdict

SUMMARY_TITLE = "L'essentiel"
STEPS_TITLE = "Que faire maintenant ?"
#: Aids named one by one in the summary (the others are counted).
_NAMED = 4
#: Longest name or title quoted in a sentence of the summary.
_LONGEST = 110


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """One line of the summary: a label ("Projets comparables") and what it says."""

    label: str
    value: str


def _plural(count: int, one: str, many: str) -> str:
    return f"{group_thousands(count)} {one if count == 1 else many}"


def _names(verdicts: Sequence[SchemeVerdict], with_dates: str = "") -> str:
    """"« A » (jusqu'au 30 juin 2026), « B » et 2 autres"."""
    shown = []
    for verdict in verdicts[:_NAMED]:
        when = ""
        if with_dates == "closes" and verdict.closes:
            when = f" (jusqu'au {partial_date(verdict.closes)})"
        elif with_dates == "opens":
            when = f" (ouverture {opening(verdict)})"
        shown.append(f"« {shorten(verdict.name, _LONGEST)} »{when}")
    rest = len(verdicts) - len(shown)
    if rest > 0:
        shown.append(_plural(rest, "autre", "autres"))
    return ", ".join(shown[:-1]) + " et " + shown[-1] if len(shown) > 1 else "".join(shown)


def opening(verdict: SchemeVerdict) -> str:
    """"prévue en septembre 2026", "annoncée pour fin 2025" or "non datée"."""
    if verdict.opens:
        return f"prévue {'le' if len(verdict.opens) == 10 else 'en'} {partial_date(verdict.opens)}"
    announced = verdict.scheme.opens_announced if verdict.scheme is not None else None
    return f"annoncée pour {announced}" if announced else "non datée"


#: Audiences through which a collectivité applies itself (besides its own kind).
_SELF_AUDIENCES = frozenset({"collectivite", "elected", "public_agent"})


def _for_the_collectivite(verdict: SchemeVerdict, kind: str) -> bool:
    """Whether the collectivité itself may apply (its kind, all collectivités, its members or staff)."""
    audiences = set(verdict.scheme.audiences) if verdict.scheme is not None else set()
    return not audiences or bool(audiences & (_SELF_AUDIENCES | {kind}))


def summary_lines(data: DossierData) -> list[SummaryLine]:
    """The cover's figures: comparable projects, aids open now, not yet open, to relay."""
    counts = data.closeness_counts
    shown = len(data.comparable)
    very_close = sum(1 for item in data.comparable if item.closeness == "very_close")
    close = sum(1 for item in data.comparable if item.closeness == "close")
    if shown:
        value = (f"les {_plural(shown, 'plus proche', 'plus proches')} du catalogue sont présentés : "
                 f"{_plural(very_close, 'très proche', 'très proches')}, {_plural(close, 'proche', 'proches')}, "
                 f"{group_thousands(shown - very_close - close)} à regarder")
        in_all = (counts.get("very_close", very_close), counts.get("close", close))
        if in_all != (very_close, close):  # more close projects than the dossier shows
            value += (f" ; le catalogue en compte {_plural(in_all[0], 'très proche', 'très proches')} "
                      f"et {_plural(in_all[1], 'proche', 'proches')} en tout")
        lines = [SummaryLine("Projets comparables", value + ".")]
    else:
        lines = [SummaryLine("Projets comparables", "aucun projet du catalogue n'a pu être comparé.")]
    if data.eligible:
        lines.append(SummaryLine("Aides ouvertes aujourd'hui",
                                 f"{group_thousands(len(data.eligible))} : {_names(data.eligible, 'closes')}."))
    else:
        lines.append(SummaryLine("Aides ouvertes aujourd'hui",
                                 "aucune aide du catalogue n'est ouverte à votre collectivité à ce jour."))
    if data.to_check:
        lines.append(SummaryLine("Territoire à vérifier",
                                 f"{group_thousands(len(data.to_check))} : {_names(data.to_check)}."))
    if data.upcoming:
        lines.append(SummaryLine("Pas encore ouvertes",
                                 f"{group_thousands(len(data.upcoming))} : {_names(data.upcoming, 'opens')}."))
    if data.relay:
        lines.append(SummaryLine("À faire connaître",
                                 f"{_plural(len(data.relay), 'aide réservée', 'aides réservées')} aux entreprises, "
                                 "associations ou habitants de votre territoire."))
    return lines


def next_steps(data: DossierData) -> list[str]:
    """Concrete steps, most useful first."""
    steps: list[str] = []
    for verdict in data.eligible[:2]:
        who = f" auprès de {verdict.operator}" if verdict.operator else ""
        until = f" avant le {partial_date(verdict.closes)}" if verdict.closes else ""
        steps.append(f"Préparer une candidature à « {shorten(verdict.name, _LONGEST)} »{who}{until} : "
                     "le lien et le QR code "
                     "mènent à la page pour candidater.")
    if data.to_check:
        steps.append(f"Demander au financeur de « {shorten(data.to_check[0].name, _LONGEST)} » si votre "
                     "territoire est couvert.")
    if data.upcoming:
        first = data.upcoming[0]
        name = f"« {shorten(first.name, _LONGEST)} » ({opening(first)})"
        if _for_the_collectivite(first, data.profile.place.kind):
            steps.append(f"Surveiller l'ouverture de {name} et préparer le dossier à l'avance.")
        else:  # announced for businesses or inhabitants: the collectivité relays it when it opens
            steps.append(f"Surveiller l'ouverture de {name} pour la faire connaître sur votre territoire.")
    close = [item for item in data.comparable if item.closeness in ("very_close", "close")][:3]
    if close:
        titles = ", ".join(f"« {shorten(item.title, _LONGEST)} »" for item in close)
        steps.append(f"Contacter les porteurs des projets les plus proches ({titles}) pour connaître leur coût "
                     "réel, leurs résultats et leurs difficultés ; imprimez leur fiche depuis Territoria.")
    elif data.comparable:
        steps.append("Lire les projets comparables et retenir ceux à approfondir ; imprimez leur fiche depuis "
                     "Territoria pour le conseil.")
    if not data.needs:
        steps.append("Indiquer vos besoins et votre budget dans « Ma commune » : le classement des projets "
                     "en tiendra compte.")
    if data.relay:
        steps.append(f"Faire connaître les {_plural(len(data.relay), 'aide', 'aides')} pour les entreprises "
                     "et les habitants (bulletin municipal, site, réunion des commerçants) : Territoria imprime "
                     "pour chacune une fiche à leur remettre.")
    if data.programmes:
        operator = next((p.operator.name for p in data.programmes if p.operator), "")
        whom = f" auprès de {operator}" if operator else ""
        steps.append(f"Se renseigner sur le plan IA de votre région{whom} : il finance souvent des "
                     "accompagnements.")
    steps.append("Vérifier les conditions de chaque aide auprès de son opérateur avant de candidater.")
    return steps
