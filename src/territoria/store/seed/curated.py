"""Load and validate the curated TOML files of ``data/curated`` (format: FORMAT.md there)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from territoria.domain import vocab
from territoria.domain.urls import url_problem
from territoria.store.seed.fields import Geography, field_problems, geography_problems

FILES = {
    "sources": "source",
    "organisations": "organisation",
    "programmes": "programme",
    "schemes": "scheme",
    "initiatives": "initiative",
    "figures": "figure",
    "events": "event",
    "priorities": "priority",
}
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: A scheme opens / closes on a month or a day, never on a bare year.
_MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_REGION_CODE = re.compile(r"^\d{2,3}$")
_DATE_KEYS = frozenset({"published", "opens", "closes", "start_date", "end_date", "last_checked", "date"})
_PLACE_KEYS = ("place_commune_insee", "place_epci_siren", "place_departement_code", "place_region_code")


class CuratedDataError(ValueError):
    """The curated files are inconsistent; the message lists every problem, in French."""


@dataclass
class CuratedData:
    """Curated records by kind, each a dict as written in TOML, in file order."""

    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def by_id(self, kind: str) -> dict[str, dict[str, Any]]:
        """The records of ``kind`` keyed by id."""
        return {r["id"]: r for r in self.records[kind]}


def load_curated(
    folder: Path, *, known: dict[str, set[str]] | None = None, geography: Geography | None = None
) -> CuratedData:
    """Read every curated file of ``folder``; raise CuratedDataError listing all problems.

    ``known`` gives ids by kind that references may also name (a data pack's folder may cite
    the seed's organisations and sources); ``geography``, when given, refuses place codes
    that are not real communes, EPCI, départements or régions.
    """
    data = CuratedData()
    for kind, table in FILES.items():
        path = folder / f"{kind}.toml"
        if not path.exists():  # a pack source folder holds any subset of the files
            data.records[kind] = []
            continue
        try:
            with path.open("rb") as handle:
                data.records[kind] = tomllib.load(handle).get(table, [])
        except tomllib.TOMLDecodeError as exc:
            raise CuratedDataError(f"{path.name} : TOML invalide ({exc})") from exc
        if not isinstance(data.records[kind], list) or not all(isinstance(r, dict) for r in data.records[kind]):
            raise CuratedDataError(f"{path.name} : [[{table}]] attendu (une liste de tables)")
    problems = _validate(data, known or {}, geography)
    if problems:
        raise CuratedDataError("Données éditoriales incohérentes :\n- " + "\n- ".join(problems))
    return data


def validate_curated(
    data: CuratedData, *, known: dict[str, set[str]] | None = None, geography: Geography | None = None
) -> list[str]:
    """Every problem of records already in memory (a data pack's), as ``load_curated`` reports them."""
    for kind in FILES:
        data.records.setdefault(kind, [])
    return _validate(data, known or {}, geography)


def _validate(data: CuratedData, known: dict[str, set[str]], geography: Geography | None) -> list[str]:
    typed = [p for kind, records in data.records.items() for record in records for p in field_problems(kind, record)]
    if typed:  # references and codes are read only once every field has its type
        return typed
    problems: list[str] = []
    ids = {kind: set() for kind in FILES}
    # records of a kind share their fields: which of them hold a date or a URL is worked out
    # once per field list, not field by field for each of thousands of records
    checked: dict[tuple[str, ...], tuple[str, ...]] = {}
    for kind, records in data.records.items():
        for record in records:
            if geography is not None:
                problems.extend(geography_problems(kind, record, geography))
            rid = record.get("id", "")
            if not _SLUG.match(str(rid)):
                problems.append(f"{kind}: identifiant invalide {rid!r}")
            if rid in ids[kind]:
                problems.append(f"{kind}: identifiant en double {rid!r}")
            ids[kind].add(rid)
            if kind != "sources" and not record.get("sources"):
                problems.append(f"{kind}/{rid}: aucune source")
            keys = tuple(record)
            if keys not in checked:
                checked[keys] = tuple(k for k in keys if k in _DATE_KEYS or k == "url" or k.endswith("_url"))
            for key in checked[keys]:
                value = record[key]
                if key in _DATE_KEYS:
                    if not _DATE.match(str(value)):
                        problems.append(f"{kind}/{rid}: date invalide {key}={value!r}")
                if (key == "url" or key.endswith("_url")) and value not in (None, ""):
                    problem = url_problem(value)
                    if problem:
                        problems.append(f"{kind}/{rid}: {key} refusée ({problem}) : {str(value)[:80]!r}")

    for kind, extra in known.items():  # ids referenced from outside (the seed's, for a pack)
        ids.setdefault(kind, set()).update(extra)

    def ref(kind: str, rid: str, target: str, value: Any, where: str) -> None:
        if value is not None and value not in ids[target]:
            problems.append(f"{kind}/{rid}: {where} renvoie à {target} inconnu {value!r}")

    def vocab_check(kind: str, rid: str, values: Any, allowed: dict[str, str], where: str) -> None:
        for value in values if isinstance(values, list) else [values]:
            if value is not None and value not in allowed:
                problems.append(f"{kind}/{rid}: {where} inconnu {value!r}")

    for kind, records in data.records.items():
        for r in records:
            rid = r.get("id", "?")
            for source in r.get("sources", []):
                ref(kind, rid, "sources", source, "sources")
            if kind == "sources" and not r.get("url"):
                problems.append(f"sources/{rid}: pas d'URL")
            if kind in {"initiatives", "schemes"}:
                vocab_check(kind, rid, r.get("language", "fr"), vocab.LANGUAGES, "language")
                if r.get("external_id") is not None and not str(r["external_id"]).strip():
                    problems.append(f"{kind}/{rid}: external_id vide")
            if kind == "organisations":
                vocab_check(kind, rid, r.get("kind"), vocab.ORG_KINDS, "kind")
            if kind == "programmes":
                vocab_check(kind, rid, r.get("kind"), vocab.PROGRAMME_KINDS, "kind")
                ref(kind, rid, "organisations", r.get("operator"), "operator")
                for mention in r.get("budget_mentions", []):
                    ref(kind, rid, "sources", mention.get("source"), "budget_mentions.source")
            if kind == "schemes":
                ref(kind, rid, "programmes", r.get("programme"), "programme")
                ref(kind, rid, "organisations", r.get("operator"), "operator")
                vocab_check(kind, rid, r.get("audiences", []), vocab.AUDIENCES, "audience")
                vocab_check(kind, rid, r.get("aid_types", []), vocab.AID_TYPES, "aid_type")
                vocab_check(kind, rid, r.get("territory_scope", "national"), vocab.TERRITORY_SCOPES, "territory_scope")
                vocab_check(kind, rid, r.get("recurrence"), vocab.RECURRENCES, "recurrence")
                vocab_check(kind, rid, r.get("call_type"), vocab.CALL_TYPES, "call_type")
                for funder in r.get("funders", []):
                    ref(kind, rid, "organisations", funder, "funders")
            if kind == "initiatives":
                ref(kind, rid, "organisations", r.get("lead"), "lead")
                ref(kind, rid, "programmes", r.get("programme"), "programme")
                for partner in r.get("partners", []):
                    ref(kind, rid, "organisations", partner, "partners")
                for money in r.get("funding", []):
                    ref(kind, rid, "organisations", money.get("funder"), "funding.funder")
                    ref(kind, rid, "schemes", money.get("scheme"), "funding.scheme")
                vocab_check(kind, rid, r.get("themes", []), vocab.THEMES, "theme")
                vocab_check(kind, rid, r.get("techniques", []), vocab.TECHNIQUES, "technique")
                vocab_check(kind, rid, r.get("status", "idea"), vocab.STATUSES, "status")
            if kind == "figures":
                vocab_check(kind, rid, r.get("unit"), vocab.FIGURE_UNITS, "unit")
            if kind == "initiatives":
                problems.extend(_lead_problems(rid, r))
            if kind == "schemes":
                problems.extend(_opening_problems(rid, r))
            if kind == "events":
                if not r.get("date"):
                    problems.append(f"events/{rid}: pas de date")
                if not r.get("title"):
                    problems.append(f"events/{rid}: pas de titre")
                for actor in r.get("actors", []):
                    ref(kind, rid, "organisations", actor, "actors")
            if kind in {"events", "priorities"}:
                for code in r.get("regions", []):
                    if not _REGION_CODE.match(str(code)):
                        problems.append(f"{kind}/{rid}: code de région invalide {code!r}")
            if kind == "priorities":
                if not r.get("label"):
                    problems.append(f"priorities/{rid}: pas de libellé")
                if not r.get("regions"):
                    problems.append(f"priorities/{rid}: aucune région")
                vocab_check(kind, rid, r.get("theme"), vocab.THEMES, "theme")
    return problems


def lead_attribution(record: dict[str, Any]) -> str:
    """The lead attribution of an initiative record: as written, else ``stated`` when it
    names a lead and ``unknown`` when it does not."""
    return str(record.get("lead_attribution") or ("stated" if record.get("lead") else "unknown"))


def _lead_problems(rid: str, record: dict[str, Any]) -> list[str]:
    """The lead rules of FORMAT.md: an inferred lead says why, an unknown one has a place."""
    attribution = lead_attribution(record)
    where = f"initiatives/{rid}"
    if attribution not in vocab.LEAD_ATTRIBUTIONS:
        return [f"{where}: lead_attribution inconnu {attribution!r}"]
    problems: list[str] = []
    if attribution in {"stated", "inferred"} and not record.get("lead"):
        problems.append(f"{where}: lead_attribution={attribution!r} sans porteur (lead)")
    if attribution == "inferred" and not str(record.get("lead_note") or "").strip():
        problems.append(f"{where}: un porteur déduit (inferred) demande sa raison (lead_note)")
    if attribution == "unknown":
        if record.get("lead"):
            problems.append(f"{where}: porteur inconnu (unknown) mais lead donné")
        if not any(record.get(key) for key in _PLACE_KEYS):
            problems.append(f"{where}: porteur inconnu : un lieu (place_*) est obligatoire")
    return problems


def _opening_problems(rid: str, record: dict[str, Any]) -> list[str]:
    """Opening and closing dates are a month or a day, and a scheme closes after it opens."""
    problems: list[str] = []
    for key in ("opens", "closes"):
        value = record.get(key)
        if value is not None and not _MONTH_OR_DAY.match(str(value)):
            problems.append(f"schemes/{rid}: {key} doit être AAAA-MM ou AAAA-MM-JJ, pas {value!r}")
    opens, closes = record.get("opens"), record.get("closes")
    if opens and closes and str(opens)[:7] > str(closes)[:7]:
        problems.append(f"schemes/{rid}: ferme ({closes}) avant d'ouvrir ({opens})")
    announced = record.get("opens_announced")
    if announced is not None and not str(announced).strip():
        problems.append(f"schemes/{rid}: opens_announced vide")
    return problems
