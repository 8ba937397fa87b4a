"""Which schemes of a verdict share a heading: the same reason code, whatever only varies its wording.

Two schemes reserved to businesses say « Réservé aux entreprises : … » and « Réservé aux
entreprises (TPE, PME, ETI) : … »: the same verdict for the collectivité (relay them), worded
after which kind of business applies. They are listed under one heading, said once in its
general form; the detail of each scheme keeps its own sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from territoria.domain.reasons import Reason
from territoria.services.eligibility import BUSINESS_AUDIENCES

#: Reason codes whose audiences vary only the wording as far as businesses go (which size of business).
_AUDIENCE_CODES = ("businesses_only", "other_audiences")


def group_key(reason: Reason) -> Reason:
    """The reason in its general form: what schemes share to sit under one heading.

    The kinds of business (TPE, PME, ETI, start-up) become « entreprises »; every other value
    (a territory, a date, an operator) still tells groups apart.
    """
    if reason.code not in _AUDIENCE_CODES or "audiences" not in reason:
        return reason
    audiences = set(reason["audiences"] or ())  # type: ignore[arg-type]
    if audiences & BUSINESS_AUDIENCES:
        audiences = (audiences - BUSINESS_AUDIENCES) | {"company"}
    values = tuple((name, tuple(sorted(audiences)) if name == "audiences" else value)
                   for name, value in reason.values)
    return Reason(reason.code, values)


def heading_reason(reasons: Iterable[Reason]) -> Reason:
    """What a heading over schemes with ``reasons`` (one key) says: their reason if they all have
    the same, else the general form."""
    distinct = set(reasons)
    only = next(iter(distinct))
    return only if len(distinct) == 1 else group_key(only)
