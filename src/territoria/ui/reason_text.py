"""The reasons the services return as codes, written in the window's language.

The same codes as ``domain.messages_fr`` (the French of the command line and the documents),
here through Qt translation context ``"reasons"``: the French source strings give exactly
the catalogue's sentences, and ``territoria_en.ts`` gives their English. Numbers, money and
dates go through ``ui.formatting`` so that an English window shows "1,055 inhabitants".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from territoria.domain.reasons import Reason
from territoria.ui import formatting
from territoria.ui.labels import label


def _your(kind: object) -> str:
    return {
        "commune": QCoreApplication.translate("reasons", "votre commune"),
        "epci": QCoreApplication.translate("reasons", "votre intercommunalité"),
        "departement": QCoreApplication.translate("reasons", "votre département"),
        "region": QCoreApplication.translate("reasons", "votre région"),
    }.get(str(kind), str(kind))


def _whom(codes: object) -> str:
    names = {
        "commune": QCoreApplication.translate("reasons", "communes"),
        "epci": QCoreApplication.translate("reasons", "intercommunalités"),
        "departement": QCoreApplication.translate("reasons", "départements"),
        "region": QCoreApplication.translate("reasons", "régions"),
        "collectivite": QCoreApplication.translate("reasons", "collectivités"),
        "elected": QCoreApplication.translate("reasons", "élus"),
        "public_agent": QCoreApplication.translate("reasons", "agents"),
    }
    return _and([names.get(code, code) for code in codes])


def _and(items: list[str]) -> str:
    """"a, b et c" / "a, b and c"."""
    if len(items) < 2:
        return items[0] if items else ""
    return QCoreApplication.translate("reasons", "{0} et {1}").format(", ".join(items[:-1]), items[-1])


def _audiences(codes: object) -> str:
    """"aux entreprises (TPE, PME) et aux habitants" for audience codes, translated."""
    audiences = set(codes)
    short = {"tpe": "TPE", "pme": "PME", "eti": "ETI",
             "startup": QCoreApplication.translate("reasons", "start-up")}
    business = [short[a] for a in ("tpe", "pme", "eti", "startup") if a in audiences]
    phrases = []
    if business:
        phrases.append(QCoreApplication.translate("reasons", "aux entreprises ({0})").format(", ".join(business)))
    elif "company" in audiences:
        phrases.append(QCoreApplication.translate("reasons", "aux entreprises"))
    named = {
        "commune": QCoreApplication.translate("reasons", "aux communes"),
        "epci": QCoreApplication.translate("reasons", "aux intercommunalités"),
        "departement": QCoreApplication.translate("reasons", "aux départements"),
        "region": QCoreApplication.translate("reasons", "aux régions"),
        "collectivite": QCoreApplication.translate("reasons", "aux collectivités"),
        "association": QCoreApplication.translate("reasons", "aux associations"),
        "citizen": QCoreApplication.translate("reasons", "aux habitants"),
        "student": QCoreApplication.translate("reasons", "aux élèves et étudiants"),
        "jobseeker": QCoreApplication.translate("reasons", "aux demandeurs d'emploi"),
        "employee": QCoreApplication.translate("reasons", "aux salariés"),
        "researcher": QCoreApplication.translate("reasons", "aux chercheurs"),
    }
    phrases += [text for code, text in named.items() if code in audiences]
    return _and(phrases)


def _size(r: Reason) -> str:
    texts = {
        ("commune", "close"): QCoreApplication.translate("reasons", "Commune de taille comparable : {0}"),
        ("commune", "larger"): QCoreApplication.translate("reasons", "Commune plus grande : {0}"),
        ("commune", "smaller"): QCoreApplication.translate("reasons", "Commune plus petite : {0}"),
        ("epci", "close"): QCoreApplication.translate("reasons", "Intercommunalité de taille comparable : {0}"),
        ("epci", "larger"): QCoreApplication.translate("reasons", "Intercommunalité plus grande : {0}"),
        ("epci", "smaller"): QCoreApplication.translate("reasons", "Intercommunalité plus petite : {0}"),
        ("departement", "close"): QCoreApplication.translate("reasons", "Département de taille comparable : {0}"),
        ("departement", "larger"): QCoreApplication.translate("reasons", "Département plus grand : {0}"),
        ("departement", "smaller"): QCoreApplication.translate("reasons", "Département plus petit : {0}"),
        ("region", "close"): QCoreApplication.translate("reasons", "Région de taille comparable : {0}"),
        ("region", "larger"): QCoreApplication.translate("reasons", "Région plus grande : {0}"),
        ("region", "smaller"): QCoreApplication.translate("reasons", "Région plus petite : {0}"),
    }
    size = r.code.removeprefix("population_")
    return texts[(str(r["kind"]), size)].format(formatting.population(r["population"]))


def _place_size(r: Reason) -> str:
    texts = {
        "close": QCoreApplication.translate(
            "reasons", "Porteur non précisé par la source ; lieu du projet de taille comparable : {0}"),
        "larger": QCoreApplication.translate(
            "reasons", "Porteur non précisé par la source ; lieu du projet plus grand : {0}"),
        "smaller": QCoreApplication.translate(
            "reasons", "Porteur non précisé par la source ; lieu du projet plus petit : {0}"),
    }
    return texts[r.code.removeprefix("place_population_")].format(formatting.population(r["population"]))


def _since(r: Reason, without: str, with_year: str) -> str:
    return with_year.format(r["year"]) if r.get("year") else without


def _needs(r: Reason) -> str:
    themes = ", ".join(label("theme", slug) for slug in r["themes"])
    if len(r["themes"]) > 1:
        return QCoreApplication.translate("reasons", "Répond à vos besoins : {0}").format(themes)
    return QCoreApplication.translate("reasons", "Répond à votre besoin : {0}").format(themes)


def _points(value: object) -> str:
    return formatting.decimal(float(value), 1)


def _timing(r: Reason) -> str:
    if not r.get("closes"):
        return ""
    return QCoreApplication.translate("reasons", " ; candidatures jusqu'au {0}").format(
        formatting.partial_date(str(r["closes"])))


def _where(r: Reason) -> str:
    return f" ({r['territory']})" if r.get("territory") else ""


def _itself(r: Reason) -> str:
    if r["kind"] == "departement":
        return QCoreApplication.translate("reasons", "lui-même")
    return QCoreApplication.translate("reasons", "elle-même")


def _outside(r: Reason) -> str:
    if r.get("mine") and r.get("level"):
        return QCoreApplication.translate("reasons", "Réservé au territoire : {0} ({1} : {2})").format(
            r["territory"], _your(r["level"]), r["mine"])
    return QCoreApplication.translate("reasons", "Réservé au territoire : {0}").format(r["territory"])


def _closed(r: Reason) -> str:
    when = formatting.partial_date(str(r["closes"]))
    if r.get("yearly"):
        return QCoreApplication.translate(
            "reasons", "Appel clos depuis le {0} ; il revient chaque année : surveillez la prochaine édition"
        ).format(when)
    return QCoreApplication.translate("reasons", "Appel clos depuis le {0}").format(when)


def _opens_on(r: Reason) -> str:
    opens = str(r["opens"])
    if len(opens) == 10:
        return QCoreApplication.translate("reasons", "Ouverture prévue le {0}").format(formatting.partial_date(opens))
    return QCoreApplication.translate("reasons", "Ouverture prévue en {0}").format(formatting.partial_date(opens))


def _territory_unknown(r: Reason) -> str:
    if r.get("operator"):
        text = QCoreApplication.translate(
            "reasons", "Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier "
                       "auprès du financeur ({1})").format(_whom(r["whom"]), r["operator"])
    else:
        text = QCoreApplication.translate(
            "reasons", "Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier "
                       "auprès du financeur").format(_whom(r["whom"]))
    return text + _timing(r)


def _audience_unknown(r: Reason) -> str:
    if r.get("operator"):
        return QCoreApplication.translate(
            "reasons", "Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de "
                       "l'opérateur, {0}, avant de le faire connaître").format(r["operator"])
    return QCoreApplication.translate(
        "reasons", "Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de l'opérateur "
                   "avant de le faire connaître")


def _unknown_place(r: Reason) -> str:
    texts = {
        "commune": QCoreApplication.translate("reasons", "Aucune commune n'a le code INSEE « {0} »."),
        "epci": QCoreApplication.translate("reasons", "Aucune intercommunalité n'a le SIREN « {0} »."),
        "departement": QCoreApplication.translate("reasons", "Aucun département n'a le code « {0} »."),
        "region": QCoreApplication.translate("reasons", "Aucune région n'a le code « {0} »."),
    }
    other = QCoreApplication.translate("reasons", "Aucune collectivité n’a le code « {0} ».")
    return texts.get(str(r["kind"]), other).format(r["code"])


#: Every reason code with the function that writes it in the window's language.
WRITERS: dict[str, Callable[[Reason], str]] = {
    "population_close": _size, "population_larger": _size, "population_smaller": _size,
    "lead_not_collectivite": lambda r: QCoreApplication.translate(
        "reasons", "Porté par {0}, qui n'est pas une collectivité").format(r["lead"]),
    "place_population_close": _place_size, "place_population_larger": _place_size,
    "place_population_smaller": _place_size,
    "lead_inferred": lambda r: QCoreApplication.translate(
        "reasons", "Porteur déduit, non précisé par la source : {0}").format(r["lead"]),
    "same_commune": lambda r: QCoreApplication.translate("reasons", "Projet de votre commune : {0}").format(r["name"]),
    "same_epci": lambda r: QCoreApplication.translate("reasons", "Même intercommunalité : {0}").format(r["name"]),
    "same_departement": lambda r: QCoreApplication.translate("reasons", "Même département : {0}").format(r["name"]),
    "same_region": lambda r: QCoreApplication.translate("reasons", "Même région : {0}").format(r["name"]),
    "reach": lambda r: QCoreApplication.translate("reasons", "Porté par {0}, dont le territoire couvre {1}").format(
        _your(r["lead_kind"]), _your(r["kind"])),
    "theme_need": _needs,
    "status_production": lambda r: _since(r, QCoreApplication.translate("reasons", "Projet en service"),
                                          QCoreApplication.translate("reasons", "Projet en service depuis {0}")),
    "status_pilot": lambda r: _since(r, QCoreApplication.translate("reasons", "Expérimentation en cours"),
                                     QCoreApplication.translate("reasons", "Expérimentation en cours depuis {0}")),
    "status_idea": lambda r: QCoreApplication.translate("reasons", "Projet annoncé, pas encore en service"),
    "status_stopped": lambda r: QCoreApplication.translate("reasons", "Projet arrêté"),
    "status_unknown": lambda r: QCoreApplication.translate("reasons", "Avancement non précisé par la source"),
    "status_other": lambda r: QCoreApplication.translate("reasons", "Avancement inconnu"),
    "budget_unknown": lambda r: QCoreApplication.translate("reasons", "Coût non renseigné"),
    "budget_within": lambda r: QCoreApplication.translate("reasons", "Budget dans votre plafond : {0}").format(
        formatting.euros(r["amount"])),
    "budget_over": lambda r: QCoreApplication.translate("reasons", "Budget au-dessus de votre plafond : {0}").format(
        formatting.euros(r["amount"])),
    "weight_size": lambda r: QCoreApplication.translate(
        "reasons", "Taille du porteur : jusqu'à {0} points, moins à mesure que l'écart grandit (0 au-delà d'un "
                   "facteur {1})").format(_points(r["points"]), formatting.group_thousands(int(r["factor"]))),
    "weight_kind": lambda r: QCoreApplication.translate(
        "reasons", "Même type de collectivité : {0} points (type voisin : {1}), d'autant moins que la taille "
                   "s'écarte").format(_points(r["points"]), _points(r["near"])),
    "weight_geography": lambda r: QCoreApplication.translate(
        "reasons", "Proximité : {0} points pour votre commune, {1} pour votre intercommunalité, {2} pour votre "
                   "département, {3} pour votre région").format(
        _points(r["commune"]), _points(r["epci"]), _points(r["departement"]), _points(r["region"])),
    "weight_reach": lambda r: QCoreApplication.translate(
        "reasons", "Projet porté par votre intercommunalité, votre département ou votre région : {0} points"
    ).format(_points(r["points"])),
    "weight_need": lambda r: QCoreApplication.translate("reasons", "Répond à l'un de vos besoins : {0} points").format(
        _points(r["points"])),
    "weight_maturity": lambda r: QCoreApplication.translate(
        "reasons", "Maturité : {0} points pour un projet en service, moins pour une expérimentation ou un projet "
                   "annoncé").format(_points(r["points"])),
    "weight_budget": lambda r: QCoreApplication.translate(
        "reasons", "Budget connu dans votre plafond : {0} points ; au-dessus : {1} points en moins").format(
        _points(r["within"]), _points(r["over"])),
    "weight_closeness": lambda r: QCoreApplication.translate(
        "reasons", "Très proche à partir de {0} points, proche à partir de {1} points, à regarder en dessous"
    ).format(_points(r["very_close"]), _points(r["close"])),
    "outside_members": lambda r: QCoreApplication.translate(
        "reasons", "Réservé au territoire : {0} ; {1} n'en est pas membre").format(r["territory"], _your(r["kind"])),
    "outside_territory": _outside,
    "closed": _closed,
    "opens_on": _opens_on,
    "opens_announced": lambda r: QCoreApplication.translate(
        "reasons", "Annoncé pour {0} : à considérer comme pas encore ouvert tant qu'aucune source ne confirme son "
                   "ouverture").format(r["announced"]),
    "open_to": lambda r: QCoreApplication.translate("reasons", "Ouvert aux {0}{1}, dont {2}").format(
        _whom(r["whom"]), _where(r), _your(r["kind"])) + _timing(r),
    "open_to_members": lambda r: QCoreApplication.translate("reasons", "Ouvert aux {0} membres ({1}), dont {2}").format(
        _whom(r["whom"]), r["territory"], _your(r["kind"])) + _timing(r),
    "open_to_staff": lambda r: QCoreApplication.translate(
        "reasons", "Ouvert aux {0}{1} : {2} peut y inscrire les siens").format(
        _whom(r["whom"]), _where(r), _your(r["kind"])) + _timing(r),
    "territory_unknown": _territory_unknown,
    "audience_unknown": _audience_unknown,
    "businesses_only": lambda r: QCoreApplication.translate(
        "reasons", "Réservé {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître aux entreprises de "
                   "son territoire").format(_audiences(r["audiences"]), _your(r["kind"]), _itself(r)),
    "other_audiences": lambda r: QCoreApplication.translate(
        "reasons", "Destiné {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître sur son "
                   "territoire").format(_audiences(r["audiences"]), _your(r["kind"]), _itself(r)),
    "amount_range": lambda r: QCoreApplication.translate("reasons", "de {0} à {1}").format(
        formatting.euros(r["low"]), formatting.euros(r["high"])),
    "amount_up_to": lambda r: QCoreApplication.translate("reasons", "jusqu'à {0}").format(
        formatting.euros(r["amount"])),
    "amount_from": lambda r: QCoreApplication.translate("reasons", "à partir de {0}").format(
        formatting.euros(r["amount"])),
    "rate_up_to": lambda r: QCoreApplication.translate("reasons", "jusqu'à {0} du coût").format(
        QCoreApplication.translate("reasons", "{0}\u00a0%", "percentage").format(_points(r["percent"]))),
    "envelope": lambda r: QCoreApplication.translate("reasons", "enveloppe de {0}").format(
        formatting.euros(r["amount"])),
    "progress_pack_check": lambda r: QCoreApplication.translate("reasons", "Vérification du paquet"),
    "progress_backup": lambda r: QCoreApplication.translate("reasons", "Sauvegarde de la base"),
    "progress_folder_check": lambda r: QCoreApplication.translate("reasons", "Vérification du dossier"),
    "progress_writing": lambda r: QCoreApplication.translate("reasons", "Écriture des fiches : {0}").format(
        r["kind"]),  # the record kind's own name ("initiatives", "schemes")
    "progress_withdrawing": lambda r: QCoreApplication.translate(
        "reasons", "Retrait des fiches que l'éditeur n'envoie plus"),
    "progress_search_index": lambda r: QCoreApplication.translate("reasons", "Index de recherche"),
    "progress_export_rows": lambda r: QCoreApplication.translate("reasons", "Export : {0} / {1} initiatives").format(
        r["done"], r["total"]),
    "progress_comparable": lambda r: QCoreApplication.translate("reasons", "Recherche des projets comparables…"),
    "progress_dossier_layout": lambda r: QCoreApplication.translate("reasons", "Mise en page du dossier…"),
    "progress_contents": lambda r: QCoreApplication.translate("reasons", "Préparation du sommaire…"),
    "progress_layout": lambda r: QCoreApplication.translate("reasons", "Mise en page : {0} / {1} initiatives").format(
        formatting.group_thousands(int(r["done"])), formatting.group_thousands(int(r["total"]))),
    "error_unknown_place": _unknown_place,
    "error_choice_unknown_place": lambda r: _unknown_place(r) + " " + QCoreApplication.translate(
        "reasons", "Le choix n'a pas été enregistré."),
    "error_choice_unknown_need": lambda r: QCoreApplication.translate(
        "reasons", "Besoin inconnu : « {0} ». Le choix n'a pas été enregistré.").format(r["need"]),
    "error_choice_budget": lambda r: QCoreApplication.translate(
        "reasons", "Le plafond de budget doit être un montant positif en euros. Le choix n'a pas été enregistré."),
    "error_search_name_empty": lambda r: QCoreApplication.translate(
        "reasons", "Donnez un nom à la recherche à enregistrer."),
    "error_search_name_too_long": lambda r: QCoreApplication.translate(
        "reasons", "Le nom est trop long ({0} caractères, {1} au plus).").format(r["length"], r["maximum"]),
    "error_search_name_taken": lambda r: QCoreApplication.translate(
        "reasons", "Une recherche s'appelle déjà « {0} ».").format(r["name"]),
    "error_search_gone": lambda r: QCoreApplication.translate("reasons", "Cette recherche enregistrée n'existe plus."),
    "error_note_not_text": lambda r: QCoreApplication.translate("reasons", "La note doit être un texte."),
    "error_note_too_long": lambda r: QCoreApplication.translate(
        "reasons", "La note est trop longue ({0} caractères ; {1} au plus). Elle n'a pas été enregistrée.").format(
        r["length"], r["maximum"]),
}


def reason_text(reason: Reason) -> str:
    """``reason`` in the window's language (an unknown code is shown as it is)."""
    write = WRITERS.get(reason.code)
    return write(reason) if write is not None else reason.code


def error_text(error: BaseException) -> str:
    """What to show for ``error``: its reason in the window's language, else its French message."""
    reason = getattr(error, "reason", None)
    if isinstance(reason, Reason):
        return reason_text(reason)
    return str(getattr(error, "message", "") or error)


def reason_texts(reasons: Iterable[Reason]) -> list[str]:
    """Each of ``reasons`` in the window's language."""
    return [reason_text(reason) for reason in reasons]
