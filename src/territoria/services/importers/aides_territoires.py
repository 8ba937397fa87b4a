"""Preset ``aides-territoires``: the State's catalogue of support schemes (CSV export or API JSON).

CSV and JSON are told apart by the content. Each aid becomes a scheme: name, link (``url``,
the app's "Candidater"), financers (the first is the operator, the others ``funders``),
beneficiaries and aid types through the correspondence table of ``vocab_map``, AAP/AMI
(``call_type``), recurrence, description and closing date.

Territory: the CSV export has no perimeter, so it is inferred from the financers where they
name one unambiguously (a département's or a région's council, a body named after its
département or région, a national agency or ministry -> national); otherwise the scheme's
``territory_scope`` is ``unknown`` and eligibility says "territoire à vérifier auprès du
financeur". The API's ``perimeter`` is used when it names France, a région or a département.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from territoria.domain.text import fold
from territoria.services.importers.columns import column_map
from territoria.services.importers.common import Converted, ImportOptions, MatcherFactory, is_url, parse_date
from territoria.services.importers.geo_match import GeoMatcher
from territoria.services.importers.readers import looks_like_json, open_csv, read_json_records
from territoria.services.importers.records import PackRecords, clean_text, slugify
from territoria.services.importers.report import outcome
from territoria.services.importers.vocab_map import AID_TYPE_LOOKUP, AUDIENCE_LOOKUP, RECURRENCE_LOOKUP, map_values

SITE = "https://aides-territoires.beta.gouv.fr"
LICENCE = "etalab-2.0"
ATTRIBUTION = "Aides-territoires (aides-territoires.beta.gouv.fr), Licence Ouverte 2.0"
DATASET_SOURCE = "aides-territoires"

CSV_REQUIRED = ("Nom",)
CSV_OPTIONAL = ("Lien", "Financeurs", "Bénéficiaire", "Types d'aides", "AAP/AMI", "Récurrence", "Descriptif",
                "Date Clôture")

#: A financer whose name says it acts for the whole country.
_NATIONAL = re.compile(
    r"\b(ministere|ministry|direction generale|dgfip|dgcl|agence nationale|ademe|cerema|banque des territoires|"
    r"caisse des depots|bpifrance|anct|"
    r"secretariat general|etat|anah|office francais|france travail|cnc|centre national)\b")
#: A European financer: its aid may be open anywhere in the Union, so the territory stays unknown.
_EUROPEAN = re.compile(r"\b(commission europeenne|european commission|union europeenne|european union|"
                       r"parlement europeen|fonds europeens?|feder|feader|fse)\b")
_STATE = re.compile(r"\b(ministere|ministry|direction generale|dgfip|dgcl|prefecture|secretariat general|etat)\b")
_REGION_COUNCIL = re.compile(r"^(?:conseil regional|region|collectivite territoriale) (?:de la |de l |du |des |de |d )?(.+)$")
_DEP_COUNCIL = re.compile(r"^(?:conseil departemental|conseil general|departement) (?:de la |de l |du |des |de |d )?(.+)$")
_YES = {"oui", "true", "1", "yes", "aap", "appel a projets"}
_AMI = re.compile(r"\b(ami|appel a manifestation d interet|appel a manifestations d interet)\b")


def financer_territory(name: str, geo: GeoMatcher) -> tuple[str, str | None] | None:
    """(scope, code) a financer's name gives unambiguously, or None."""
    folded = fold(name)
    if m := _REGION_COUNCIL.match(folded):
        if (region := geo.region(m.group(1))) is not None:
            return "region", region[0]
    if m := _DEP_COUNCIL.match(folded):
        if (dep := geo.departement(m.group(1))) is not None:
            return "departement", dep[0]
    padded = f" {folded} "
    deps = {d[0]: f" {fold(d[1])} " for d in geo.names.departements if f" {fold(d[1])} " in padded}
    regions = {r[0]: f" {fold(r[1])} " for r in geo.names.regions if f" {fold(r[1])} " in padded}
    # "Moselle" inside "Meurthe-et-Moselle", "Rhône" inside "Auvergne-Rhône-Alpes": keep the longest names
    longer = list(deps.values()) + list(regions.values())
    deps = {c: n for c, n in deps.items() if not any(n != other and n in other for other in longer)}
    regions = {c: n for c, n in regions.items() if not any(n != other and n in other for other in longer)}
    if "departement" in folded and len(deps) == 1 and not regions:  # a départemental body named after it
        return "departement", next(iter(deps))
    if len(regions) == 1 and not deps:  # a regional body named after its région
        return "region", next(iter(regions))
    if _EUROPEAN.search(folded):  # only a national agency or ministry makes an aid national
        return None
    if _NATIONAL.search(folded):
        return "national", None
    return None


def infer_territory(financers: list[str], geo: GeoMatcher) -> tuple[str, str | None]:
    """The scheme's territory from all its financers: one clear local territory, or all
    national, else ``("unknown", None)``."""
    found = [financer_territory(f, geo) for f in financers]
    local = {t for t in found if t is not None and t[0] != "national"}
    if len(local) == 1:
        return local.pop()
    if found and not local and all(t is not None for t in found):
        return "national", None
    return "unknown", None


def _financer_kind(name: str, territory: tuple[str, str | None] | None) -> tuple[str, dict[str, str]]:
    folded = fold(name)
    if territory and _REGION_COUNCIL.match(folded) and territory[0] == "region":
        return "region", {"region_code": territory[1] or ""}
    if territory and _DEP_COUNCIL.match(folded) and territory[0] == "departement":
        return "departement", {"departement_code": territory[1] or ""}
    if _STATE.search(folded):
        return "state", {}
    if territory is not None:
        return "public_body", {}
    return "other", {}


def _split(text: str) -> list[str]:
    return [clean_text(part) for part in (text or "").split(";") if part.strip()]


def _strip_html(text: str) -> str:
    return clean_text(html.unescape(re.sub(r"<[^>]+>", " ", text or "")))


def convert(path: Path, options: ImportOptions, matcher: MatcherFactory) -> Converted:
    """Read an Aides-territoires CSV export or API JSON and map each aid to a scheme."""
    result = Converted(publisher_id="aides-territoires", publisher_name="Aides-territoires",
                       title="Aides-territoires — aides aux collectivités", licence=LICENCE)
    result.records.add("sources", {
        "id": DATASET_SOURCE, "title": "Aides-territoires — catalogue des aides aux collectivités",
        "publisher": "Aides-territoires (MTES-MCT)", "url": f"{SITE}/", "url_is_article": False,
        "licence": LICENCE, "attribution": ATTRIBUTION,
    })
    if looks_like_json(path):
        for index, item in enumerate(read_json_records(path), start=1):
            _add_aid(result, index, _from_api(item), matcher)
        return result
    with open_csv(path) as table:
        cols, result.warnings = column_map(path, table.header, CSV_REQUIRED, CSV_OPTIONAL)
        for row in table.rows:
            def get(name: str) -> str:
                return row.cells.get(cols.get(name, ""), "").strip()

            if row.width != len(table.header):
                result.outcomes.append(outcome(row.line, [f"{row.width} cellules au lieu de {len(table.header)}"],
                                               "", get("Nom"), skipped=True))
                continue
            aid = {"name": get("Nom"), "url": get("Lien"), "financers": _split(get("Financeurs")),
                   "audiences": _split(get("Bénéficiaire")), "aid_types": _split(get("Types d'aides")),
                   "call": get("AAP/AMI"), "recurrence": get("Récurrence"), "description": get("Descriptif"),
                   "closes": get("Date Clôture"), "opens": "", "perimeter": "", "contact": "", "slug": ""}
            _add_aid(result, row.line, aid, matcher)
    return result


def _from_api(item: dict[str, Any]) -> dict[str, Any]:
    def texts(value: Any) -> list[str]:
        if isinstance(value, list):
            return [clean_text(str(v.get("name", "")) if isinstance(v, dict) else str(v)) for v in value if v]
        return _split(str(value or ""))

    url = item.get("application_url") or item.get("origin_url") or ""
    if not url and item.get("url"):
        url = item["url"] if str(item["url"]).startswith("http") else SITE + str(item["url"])
    call = item.get("is_call_for_project")
    perimeter = item.get("perimeter")
    return {
        "name": clean_text(str(item.get("name") or "")), "url": str(url), "financers": texts(item.get("financers")),
        "audiences": texts(item.get("targeted_audiences")), "aid_types": texts(item.get("aid_types")),
        "call": "oui" if call is True else "", "recurrence": str(item.get("recurrence") or ""),
        "description": _strip_html(str(item.get("description") or "")),
        "closes": str(item.get("submission_deadline") or ""), "opens": str(item.get("start_date") or ""),
        "perimeter": perimeter if isinstance(perimeter, str) else "",
        "contact": _strip_html(str(item.get("contact") or "")),
        "slug": str(item.get("slug") or item.get("id") or ""),
    }


def _external_slug(aid: dict[str, Any]) -> str:
    if aid["slug"]:
        return slugify(aid["slug"])
    m = re.search(r"/aides/([^/?#]+)", aid["url"])
    return slugify(m.group(1)) if m else ""


def _add_aid(result: Converted, line: int, aid: dict[str, Any], matcher: MatcherFactory) -> None:
    records: PackRecords = result.records
    name = clean_text(aid["name"])
    reasons: list[str] = []
    slug = _external_slug(aid)
    if not name:
        result.outcomes.append(outcome(line, ["nom de l'aide vide"], "", "", skipped=True))
        return
    if not slug:
        slug = slugify(name)
        reasons.append("pas de lien vers la fiche Aides-territoires : identifiant tiré du nom")
    external = f"aides-territoires:{slug}"
    if slugify(f"at-{slug}") in records.records["schemes"]:
        result.outcomes.append(outcome(line, [f"aide en double ({external})"], external, name, skipped=True))
        return
    url = aid["url"] if is_url(aid["url"]) else None
    if aid["url"] and url is None:
        reasons.append(f"lien « {aid['url'][:60]} » invalide")
    geo = matcher()
    financers = list(dict.fromkeys(aid["financers"]))
    ids = []
    for financer in financers:
        kind, codes = _financer_kind(financer, financer_territory(financer, geo))
        ids.append(records.organisation(financer, kind, DATASET_SOURCE, **codes))
    if not ids:
        reasons.append("aucun financeur indiqué")
    scope, code = _perimeter(aid["perimeter"], geo) or infer_territory(financers, geo)
    audiences, unknown_aud = map_values(aid["audiences"], AUDIENCE_LOOKUP)
    aid_types, unknown_types = map_values(aid["aid_types"], AID_TYPE_LOOKUP)
    for label, values in (("bénéficiaire", unknown_aud), ("type d'aide", unknown_types)):
        for value in values:
            reasons.append(f"{label} « {value} » sans correspondance : omis")
    recurrence = RECURRENCE_LOOKUP.get(fold(aid["recurrence"])) if aid["recurrence"] else None
    if aid["recurrence"] and recurrence is None:
        reasons.append(f"récurrence « {aid['recurrence']} » inconnue : omise")
    call_type = None
    if fold(aid["call"]) in _YES or fold(aid["call"]) == "ami":
        call_type = "ami" if fold(aid["call"]) == "ami" or _AMI.search(fold(name)) else "aap"
    dates: dict[str, str] = {}
    for key in ("opens", "closes"):
        if aid[key]:
            parsed = parse_date(aid[key])
            if parsed is None or len(parsed) < 7:  # a call opens or closes on a month or a day
                reasons.append(f"date « {aid[key]} » illisible ({'ouverture' if key == 'opens' else 'clôture'}) : "
                               "laissée vide")
            else:
                dates[key] = parsed
    if "opens" in dates and "closes" in dates and dates["opens"][:7] > dates["closes"][:7]:
        reasons.append(f"ouverture ({dates['opens']}) après la clôture ({dates['closes']}) : ouverture omise")
        del dates["opens"]
    records.add("schemes", {
        "id": slugify(f"at-{slug}"), "external_id": external, "language": "fr", "name": name,
        "operator": ids[0] if ids else None, "funders": ids[1:], "summary": clean_text(aid["description"]),
        "audiences": audiences, "aid_types": aid_types, "territory_scope": scope, "territory_code": code,
        "recurrence": recurrence, "call_type": call_type, "url": url, "contact": aid["contact"] or None,
        **dates, "sources": [DATASET_SOURCE],
    })
    if scope == "unknown":
        reasons.append("territoire non déduit des financeurs : « territoire à vérifier auprès du financeur »")
    result.outcomes.append(outcome(line, reasons, external, name))


def _perimeter(perimeter: str, geo: GeoMatcher) -> tuple[str, str | None] | None:
    if not perimeter:
        return None
    folded = fold(perimeter)
    if folded in {"france", "europe", "france entiere", "national"}:
        return "national", None
    if (dep := geo.departement(perimeter)) is not None:
        return "departement", dep[0]
    if (region := geo.region(perimeter)) is not None:
        return "region", region[0]
    return None
