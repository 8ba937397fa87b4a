"""The French words of every reason, verdict and closeness the services return as codes.

One catalogue, free of Qt, for the command line and the documents (PDF, CSV): services
return :class:`~territoria.domain.reasons.Reason` values, and this module writes them the
way a French official would. The window does not use it: it writes the same codes through
Qt translation (``ui.reason_text``), so that its English is complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from territoria.domain import format_fr
from territoria.domain.reasons import Reason
from territoria.domain.vocab import THEMES

#: Eligibility verdicts in display order, with their French labels.
VERDICT_LABELS: dict[str, str] = {
    "eligible": "Vous pouvez en bénéficier",
    "territory_unknown": "Territoire à vérifier auprès du financeur",
    "relay_to_businesses": "À faire connaître aux entreprises et aux habitants de votre territoire",
    "not_yet_open": "Pas encore ouvert",
    "outside_territory": "Hors de votre territoire",
    "closed": "Clos",
}

#: Closeness of a comparable project, closest first.
CLOSENESS_LABELS: dict[str, str] = {"very_close": "Très proche", "close": "Proche", "further": "À regarder"}

#: "votre commune", "votre intercommunalité"…
YOUR: dict[str, str] = {"commune": "votre commune", "epci": "votre intercommunalité",
                        "departement": "votre département", "region": "votre région"}
#: Kind noun and feminine ending for "plus grande / plus grand".
_KIND_NOUN = {"commune": ("Commune", "e"), "epci": ("Intercommunalité", "e"),
              "departement": ("Département", ""), "region": ("Région", "e")}
#: Who a scheme is open to ("Ouvert aux communes", "… aux élus et agents").
_WHOM_PLURAL = {"commune": "communes", "epci": "intercommunalités", "departement": "départements",
                "region": "régions", "collectivite": "collectivités", "elected": "élus", "public_agent": "agents"}
#: How each audience is named after "Réservé" / "Destiné" (the business ones are grouped first).
AUDIENCE_PHRASES: dict[str, str] = {
    "commune": "aux communes", "epci": "aux intercommunalités", "departement": "aux départements",
    "region": "aux régions", "collectivite": "aux collectivités", "association": "aux associations",
    "citizen": "aux habitants", "student": "aux élèves et étudiants", "jobseeker": "aux demandeurs d'emploi",
    "employee": "aux salariés", "researcher": "aux chercheurs",
}
_BUSINESS_SHORT = {"tpe": "TPE", "pme": "PME", "eti": "ETI", "startup": "start-up"}
#: "Aucune commune n'a le code INSEE « 12 »."
_UNKNOWN_PLACE = {"commune": "Aucune commune n'a le code INSEE", "epci": "Aucune intercommunalité n'a le SIREN",
                  "departement": "Aucun département n'a le code", "region": "Aucune région n'a le code"}


def points(value: float) -> str:
    """A number of points, "36,5"."""
    return format_fr.decimal_fr(float(value), 1)


def _and(items: list[str]) -> str:
    """"a, b et c"."""
    return ", ".join(items[:-1]) + " et " + items[-1] if len(items) > 1 else (items[0] if items else "")


def audience_phrase(audiences: Iterable[str]) -> str:
    """"aux entreprises (TPE, PME) et aux habitants" for a set of audience codes."""
    audiences = set(audiences)
    business = [_BUSINESS_SHORT[a] for a in ("tpe", "pme", "eti", "startup") if a in audiences]
    phrases = []
    if business:
        phrases.append(f"aux entreprises ({', '.join(business)})")
    elif "company" in audiences:
        phrases.append("aux entreprises")
    phrases += [AUDIENCE_PHRASES[a] for a in AUDIENCE_PHRASES if a in audiences]
    return _and(phrases)


def _size(r: Reason, word: str) -> str:
    noun, feminine = _KIND_NOUN[str(r["kind"])]
    return f"{noun} {word.replace('·', feminine)} : {format_fr.population(r['population'])}"


def _since(r: Reason) -> str:
    return f" depuis {r.get('year')}" if r.get("year") else ""


def _timing(r: Reason) -> str:
    closes = r.get("closes")
    return f" ; candidatures jusqu'au {format_fr.partial_date(str(closes))}" if closes else ""


def _where(r: Reason) -> str:
    return f" ({r['territory']})" if r.get("territory") else ""


def _whom(r: Reason) -> str:
    return " et ".join(_WHOM_PLURAL[w] for w in r["whom"])


def _operator(r: Reason, before: str, after: str) -> str:
    return f"{before}{r['operator']}{after}" if r.get("operator") else ""


def _itself(r: Reason) -> str:
    return "lui-même" if r["kind"] == "departement" else "elle-même"


def _needs(r: Reason) -> str:
    themes = [THEMES.get(slug, slug) for slug in r["themes"]]
    label = "Répond à vos besoins" if len(themes) > 1 else "Répond à votre besoin"
    return f"{label} : {', '.join(themes)}"


def _outside(r: Reason) -> str:
    extra = f" ({YOUR[str(r['level'])]} : {r['mine']})" if r.get("mine") and r.get("level") else ""
    return f"Réservé au territoire : {r['territory']}{extra}"


def _closed(r: Reason) -> str:
    text = f"Appel clos depuis le {format_fr.partial_date(str(r['closes']))}"
    if r.get("yearly"):
        text += " ; il revient chaque année : surveillez la prochaine édition"
    return text


def _opens_on(r: Reason) -> str:
    opens = str(r["opens"])
    return f"Ouverture prévue {'le ' if len(opens) == 10 else 'en '}{format_fr.partial_date(opens)}"


def _unknown_place(r: Reason) -> str:
    return f"{_UNKNOWN_PLACE.get(str(r['kind']), 'Aucune collectivité n’a le code')} « {r['code']} »."


#: Every reason code with the function that writes it in French.
REASONS: dict[str, Callable[[Reason], str]] = {
    # comparable projects (services.comparable)
    "population_close": lambda r: _size(r, "de taille comparable"),
    "population_larger": lambda r: _size(r, "plus grand·"),
    "population_smaller": lambda r: _size(r, "plus petit·"),
    "lead_not_collectivite": lambda r: f"Porté par {r['lead']}, qui n'est pas une collectivité",
    "place_population_close": lambda r: ("Porteur non précisé par la source ; lieu du projet de taille comparable : "
                                         f"{format_fr.population(r['population'])}"),
    "place_population_larger": lambda r: ("Porteur non précisé par la source ; lieu du projet plus grand : "
                                          f"{format_fr.population(r['population'])}"),
    "place_population_smaller": lambda r: ("Porteur non précisé par la source ; lieu du projet plus petit : "
                                           f"{format_fr.population(r['population'])}"),
    "lead_inferred": lambda r: f"Porteur déduit, non précisé par la source : {r['lead']}",
    "same_commune": lambda r: f"Projet de votre commune : {r['name']}",
    "same_epci": lambda r: f"Même intercommunalité : {r['name']}",
    "same_departement": lambda r: f"Même département : {r['name']}",
    "same_region": lambda r: f"Même région : {r['name']}",
    "reach": lambda r: f"Porté par {YOUR[str(r['lead_kind'])]}, dont le territoire couvre {YOUR[str(r['kind'])]}",
    "theme_need": _needs,
    "status_production": lambda r: f"Projet en service{_since(r)}",
    "status_pilot": lambda r: f"Expérimentation en cours{_since(r)}",
    "status_idea": lambda r: "Projet annoncé, pas encore en service",
    "status_stopped": lambda r: "Projet arrêté",
    "status_unknown": lambda r: "Avancement non précisé par la source",
    "status_other": lambda r: "Avancement inconnu",
    "budget_unknown": lambda r: "Coût non renseigné",
    "budget_within": lambda r: f"Budget dans votre plafond : {format_fr.euros(r['amount'])}",
    "budget_over": lambda r: f"Budget au-dessus de votre plafond : {format_fr.euros(r['amount'])}",
    # how the score is made (services.comparable.explain_weights)
    "weight_size": lambda r: (f"Taille du porteur : jusqu'à {points(r['points'])} points, moins à mesure que "
                              f"l'écart grandit (0 au-delà d'un facteur {format_fr.group_thousands(r['factor'])})"),
    "weight_kind": lambda r: (f"Même type de collectivité : {points(r['points'])} points (type voisin : "
                              f"{points(r['near'])}), d'autant moins que la taille s'écarte"),
    "weight_geography": lambda r: (f"Proximité : {points(r['commune'])} points pour votre commune, "
                                   f"{points(r['epci'])} pour votre intercommunalité, "
                                   f"{points(r['departement'])} pour votre département, "
                                   f"{points(r['region'])} pour votre région"),
    "weight_reach": lambda r: ("Projet porté par votre intercommunalité, votre département ou votre région : "
                               f"{points(r['points'])} points"),
    "weight_need": lambda r: f"Répond à l'un de vos besoins : {points(r['points'])} points",
    "weight_maturity": lambda r: (f"Maturité : {points(r['points'])} points pour un projet en service, moins pour "
                                  "une expérimentation ou un projet annoncé"),
    "weight_budget": lambda r: (f"Budget connu dans votre plafond : {points(r['within'])} points ; au-dessus : "
                                f"{points(r['over'])} points en moins"),
    "weight_closeness": lambda r: (f"Très proche à partir de {points(r['very_close'])} points, proche à partir de "
                                   f"{points(r['close'])} points, à regarder en dessous"),
    # eligibility (services.eligibility)
    "outside_members": lambda r: (f"Réservé au territoire : {r['territory']} ; {YOUR[str(r['kind'])]} "
                                  "n'en est pas membre"),
    "outside_territory": _outside,
    "closed": _closed,
    "opens_on": _opens_on,
    "opens_announced": lambda r: (f"Annoncé pour {r['announced']} : à considérer comme pas encore ouvert tant "
                                  f"qu'aucune source ne confirme son ouverture"),
    "open_to": lambda r: f"Ouvert aux {_whom(r)}{_where(r)}, dont {YOUR[str(r['kind'])]}{_timing(r)}",
    "open_to_members": lambda r: (f"Ouvert aux {_whom(r)} membres ({r['territory']}), dont "
                                  f"{YOUR[str(r['kind'])]}{_timing(r)}"),
    "open_to_staff": lambda r: (f"Ouvert aux {_whom(r)}{_where(r)} : {YOUR[str(r['kind'])]} peut y inscrire les "
                                f"siens{_timing(r)}"),
    "territory_unknown": lambda r: (f"Ouvert aux {_whom(r)}, mais la source ne dit pas sur quel territoire : "
                                    f"territoire à vérifier auprès du financeur{_operator(r, ' (', ')')}"
                                    f"{_timing(r)}"),
    "audience_unknown": lambda r: ("Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de "
                                   f"l'opérateur{_operator(r, ', ', ',')} avant de le faire connaître"),
    "businesses_only": lambda r: (f"Réservé {audience_phrase(r['audiences'])} : {YOUR[str(r['kind'])]} ne peut "
                                  f"pas en bénéficier {_itself(r)}, mais peut le faire connaître aux entreprises "
                                  "de son territoire"),
    "other_audiences": lambda r: (f"Destiné {audience_phrase(r['audiences'])} : {YOUR[str(r['kind'])]} ne peut "
                                  f"pas en bénéficier {_itself(r)}, mais peut le faire connaître sur son territoire"),
    # what a scheme gives (services.eligibility.amounts)
    "amount_range": lambda r: f"de {format_fr.euros(r['low'])} à {format_fr.euros(r['high'])}",
    "amount_up_to": lambda r: f"jusqu'à {format_fr.euros(r['amount'])}",
    "amount_from": lambda r: f"à partir de {format_fr.euros(r['amount'])}",
    "rate_up_to": lambda r: f"jusqu'à {format_fr.percent(r['percent'])} du coût",
    "envelope": lambda r: f"enveloppe de {format_fr.euros(r['amount'])}",
    # what long work is doing (services.progress)
    "progress_pack_check": lambda r: "Vérification du paquet",
    "progress_folder_check": lambda r: "Vérification du dossier",
    "progress_writing": lambda r: f"Écriture des fiches : {r['kind']}",
    "progress_withdrawing": lambda r: "Retrait des fiches que l'éditeur n'envoie plus",
    "progress_search_index": lambda r: "Index de recherche",
    "progress_backup": lambda r: "Sauvegarde de la base",
    "progress_export_rows": lambda r: f"Export : {r['done']} / {r['total']} initiatives",
    "progress_comparable": lambda r: "Recherche des projets comparables…",
    "progress_dossier_layout": lambda r: "Mise en page du dossier…",
    "progress_contents": lambda r: "Préparation du sommaire…",
    "progress_layout": lambda r: (f"Mise en page : {format_fr.group_thousands(r['done'])} / "
                                  f"{format_fr.group_thousands(r['total'])} initiatives"),
    # errors the window shows (territoria.errors.TerritoriaError given a reason)
    "error_unknown_place": lambda r: _unknown_place(r),
    "error_choice_unknown_place": lambda r: f"{_unknown_place(r)} Le choix n'a pas été enregistré.",
    "error_choice_unknown_need": lambda r: f"Besoin inconnu : « {r['need']} ». Le choix n'a pas été enregistré.",
    "error_choice_budget": lambda r: ("Le plafond de budget doit être un montant positif en euros. "
                                      "Le choix n'a pas été enregistré."),
    "error_search_name_empty": lambda r: "Donnez un nom à la recherche à enregistrer.",
    "error_search_name_too_long": lambda r: (f"Le nom est trop long ({r['length']} caractères, {r['maximum']} "
                                             "au plus)."),
    "error_search_name_taken": lambda r: f"Une recherche s'appelle déjà « {r['name']} ».",
    "error_search_gone": lambda r: "Cette recherche enregistrée n'existe plus.",
    "error_note_not_text": lambda r: "La note doit être un texte.",
    "error_note_too_long": lambda r: (f"La note est trop longue ({r['length']} caractères ; {r['maximum']} au plus). "
                                      "Elle n'a pas été enregistrée."),
}


def reason_fr(reason: Reason) -> str:
    """``reason`` as a French sentence (an unknown code is shown as it is, never an error)."""
    write = REASONS.get(reason.code)
    return write(reason) if write is not None else reason.code


def reasons_fr(reasons: Iterable[Reason]) -> tuple[str, ...]:
    """Each of ``reasons`` in French."""
    return tuple(reason_fr(reason) for reason in reasons)


def verdict_label(code: str) -> str:
    """The French label of an eligibility verdict code."""
    return VERDICT_LABELS.get(code, code)


def closeness_label(code: str) -> str:
    """"Très proche", "Proche" or "À regarder"."""
    return CLOSENESS_LABELS.get(code, code)
