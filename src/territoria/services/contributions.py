"""Sharing back: a town hall's own projects, sent to its agency as an unsigned contribution.

A contribution file (``.territoria-contribution``) is a zip of two JSON members:

- ``contribution.json``: ``format`` (``"territoria-contribution"``), ``format_version``,
  ``app_version``, ``exported_at``, ``collectivite`` (kind, code, name), ``count``,
  ``with_notes``, ``with_contact``;
- ``initiatives.json``: the projects in the curated ``[[initiative]]`` shape (ids without
  the ``local:`` namespace), plus ``declared`` (the date of the declaration) and, only when
  asked, ``note`` (the private note) and ``contact``.

It carries no manifest and no signature: it is never a catalogue update (``pack import``
refuses it). On the agency side, :func:`review_contribution` turns it into curated TOML
drafts in a folder (never into a database) for the agency to check, cite and publish.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from territoria import __version__
from territoria.domain.file_errors import os_reason
from territoria.errors import TerritoriaError
from territoria.services.database import Database

FORMAT = "territoria-contribution"
FORMAT_VERSION = 1
EXTENSION = ".territoria-contribution"
MEMBERS = ("contribution.json", "initiatives.json")
#: A contribution is a few projects: anything bigger is not one (zip bombs included).
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_FILE_BYTES = 25 * 1024 * 1024
#: Reminder shown wherever contact fields may be included.
PERSONAL_DATA_NOTE = ("Les noms et adresses électroniques de personnes sont des données personnelles : "
                      "ne les envoyez que si les personnes concernées le savent et l'acceptent.")


class ContributionError(TerritoriaError):
    """A contribution that cannot be written or read; nothing was changed."""


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote."""

    path: Path
    count: int
    with_notes: bool
    with_contact: bool


@dataclass(frozen=True, slots=True)
class ReviewReport:
    """What a review wrote: the TOML drafts and the problems found in the records."""

    folder: Path
    files: tuple[Path, ...]
    count: int
    collectivite: str
    problems: tuple[str, ...]


def _record(detail: Any, note: str | None, *, with_contact: bool) -> dict[str, Any]:
    from territoria.services.local_projects import LOCAL_PREFIX

    record: dict[str, Any] = {"id": detail.slug.removeprefix(LOCAL_PREFIX), "title": detail.title}
    for name in ("summary", "problem", "results"):
        if getattr(detail, name):
            record[name] = getattr(detail, name)
    if detail.themes:
        record["themes"] = list(detail.themes)
    if detail.techniques:
        record["techniques"] = list(detail.techniques)
    record["status"] = detail.status
    for name in ("start_date", "end_date", "budget_eur", "supplier"):
        if getattr(detail, name) is not None:
            record[name] = getattr(detail, name)
    if detail.place.commune_insee:
        record["place_commune_insee"] = detail.place.commune_insee
    if detail.lead is not None:
        record["lead_name"] = detail.lead.name
    if detail.funding:
        record["funding"] = [{k: v for k, v in (("amount_eur", f.amount_eur), ("note", f.note)) if v is not None}
                             for f in detail.funding]
    if with_contact and detail.contact:
        record["contact"] = detail.contact
    if note:
        record["note"] = note
    record["declared"] = detail.last_checked
    return record


def _first_place(db: Database, details: list[Any], find_place: Any) -> Any:
    """The collectivité a contribution speaks for when "Ma commune" is not set.

    The first project with a commune gives it; failing that, the first project whose lead is a
    collectivité (commune, EPCI, département, région) gives the lead's place.
    """
    for detail in details:
        if detail.place.commune_insee:
            place = find_place(db, "commune", detail.place.commune_insee)
            if place is not None:
                return place
    for detail in details:
        codes = {"commune": detail.place.commune_insee, "epci": detail.place.epci_siren,
                 "departement": detail.place.departement_code, "region": detail.place.region_code}
        code = codes.get(detail.lead_kind) if detail.lead else None
        if code:
            place = find_place(db, detail.lead_kind, code)
            if place is not None:
                return place
    return None


def export_contribution(db: Database, output: Path, *, with_notes: bool = False,
                        with_contact: bool = False) -> ExportReport:
    """Write every own project to ``output`` (a ``.territoria-contribution`` zip).

    Notes are included only with ``with_notes``, contact fields only with ``with_contact``.
    Raises :class:`ContributionError` when there is nothing to send or the file cannot be written.
    """
    from territoria.services.communes import find_place
    from territoria.services.local_projects import local_ids
    from territoria.services.notes import get_note
    from territoria.services.profile import load_choice
    from territoria.services.records import get_initiatives

    output = Path(output)
    if output.suffix != EXTENSION:
        raise ContributionError(f"Le fichier d'une contribution doit finir par « {EXTENSION} » : {output.name}.")
    ids = sorted(local_ids(db))
    if not ids:
        raise ContributionError("Aucun projet de votre collectivité à envoyer : ajoutez-en d'abord dans « Mes projets ».")
    details = get_initiatives(db, ids)
    records = [_record(d, get_note(db, "initiative", d.slug) if with_notes else None, with_contact=with_contact)
               for d in details]
    choice = load_choice(db)
    place = find_place(db, choice.kind, choice.code) if choice else None
    if place is None:  # no "Ma commune": the first project that has a commune, else a lead's collectivité
        place = _first_place(db, details, find_place)
    header = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "collectivite": {"kind": place.kind, "code": place.code, "name": place.name} if place else None,
        "count": len(records), "with_notes": bool(with_notes), "with_contact": bool(with_contact),
    }
    tmp = output.with_name(f".{output.name}.part")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, value in zip(MEMBERS, (header, records)):
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True))
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ContributionError(f"Impossible d'écrire {output} : {os_reason(exc)}. Rien n'a été écrit.") from exc
    return ExportReport(output, len(records), bool(with_notes), bool(with_contact))


def read_contribution(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The header and records of a contribution file; :class:`ContributionError` if it is not one."""
    path = Path(path)
    what = f"{path.name} n'est pas une contribution Territoria valide"
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ContributionError(f"Fichier illisible : {path} ({os_reason(exc)}).") from exc
    if size > MAX_FILE_BYTES:
        raise ContributionError(f"{what} (fichier trop gros : {size} octets).")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            if sorted(names) != sorted(MEMBERS):
                if "manifest.json" in names:
                    raise ContributionError(f"{path.name} est un paquet de données signé, pas une contribution : "
                                            "importez-le avec « pack import ».")
                raise ContributionError(f"{what} (contenu inattendu : {', '.join(names) or 'vide'}).")
            if any(info.file_size > MAX_MEMBER_BYTES for info in infos):
                raise ContributionError(f"{what} (membre trop gros).")
            parsed = [json.loads(archive.read(name).decode("utf-8")) for name in MEMBERS]
    except ContributionError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError) as exc:
        raise ContributionError(f"{what} ({exc}).") from exc
    header, records = parsed
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ContributionError(f"{what} (en-tête inconnu).")
    version = header.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ContributionError(f"{path.name} a été écrite par une version plus récente de Territoria "
                                f"(format {version}) : mettez l'application à jour.")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ContributionError(f"{what} (liste de projets illisible).")
    return header, records


_DRAFT_FIELDS = ("title", "summary", "problem", "results", "themes", "techniques", "status", "start_date",
                 "end_date", "budget_eur", "supplier", "contact", "place_commune_insee", "funding")


def _slug(text: str) -> str:
    from territoria.domain.text import fold

    return "-".join(fold(text).split())[:60].strip("-") or "projet"


def review_contribution(path: Path, folder: Path) -> ReviewReport:
    """Write the records of contribution ``path`` as curated TOML drafts into ``folder``.

    Writes ``initiatives.toml`` (each record checked with the validation of "Mes projets";
    problems are listed in the report and as comments above the record), ``organisations.toml``
    (the contributing collectivité) and ``sources.toml`` (its declaration, to cite).
    Refuses to overwrite drafts already in ``folder``. Never touches a database.
    """
    from territoria.services.importers.writer import dump_toml
    from territoria.services.local_projects import ProjectError, fields_from_record, validate

    header, records = read_contribution(path)
    folder = Path(folder)
    targets = [folder / name for name in ("initiatives.toml", "organisations.toml", "sources.toml")]
    existing = [t.name for t in targets if t.exists()]
    if existing:
        raise ContributionError(f"{folder} contient déjà {', '.join(existing)} : choisissez un dossier vide "
                                "(rien n'a été écrit).")
    place = header.get("collectivite") if isinstance(header.get("collectivite"), dict) else {}
    place_name = str(place.get("name") or "collectivité inconnue")
    place_kind, place_code = str(place.get("kind") or ""), str(place.get("code") or "")
    exported = str(header.get("exported_at") or "")[:10]
    org_id = _slug(f"{place_kind} {place_name}") if place_name else "collectivite"
    source_id = f"declaration-{org_id}-{exported}" if exported else f"declaration-{org_id}"
    problems: list[str] = []
    blocks: list[str] = []
    seen: set[str] = set()
    for number, raw in enumerate(records, 1):
        record = {k: raw[k] for k in _DRAFT_FIELDS if k in raw}
        rid = _slug(str(raw.get("id") or raw.get("title") or f"projet-{number}"))
        while rid in seen:
            rid += "-bis"
        seen.add(rid)
        comments = [f"# Contribution de {place_name}, déclarée le {raw.get('declared') or '?'} — brouillon à vérifier"]
        try:
            issues = validate(fields_from_record(record))
        except ProjectError as exc:
            issues = exc.errors
        for name, message in issues.items():
            problems.append(f"projet {number} ({rid}) : {name} : {message}")
            comments.append(f"# À corriger : {name} : {message}")
        if isinstance(raw.get("note"), str) and raw["note"].strip():
            comments += ["# Note de la mairie : " + line for line in raw["note"].strip().splitlines()]
        draft: dict[str, Any] = {"id": rid}
        draft.update({k: v for k, v in record.items() if v is not None and v != ""})
        draft["lead"] = org_id
        draft["lead_attribution"] = "stated"
        draft["sources"] = [source_id]
        try:
            body = dump_toml({"initiative": [draft]})
        except (TypeError, ValueError) as exc:
            problems.append(f"projet {number} ({rid}) : illisible ({exc})")
            continue
        blocks.append("\n".join(comments) + "\n" + body)
    org: dict[str, Any] = {"id": org_id, "name": place_name, "kind": place_kind or "other", "sources": [source_id]}
    code_key = {"commune": "commune_insee", "epci": "epci_siren", "departement": "departement_code",
                "region": "region_code"}.get(place_kind)
    if code_key and re.fullmatch(r"[0-9A-Za-z]{2,9}", place_code):
        org[code_key] = place_code
    source = {"id": source_id, "title": f"Déclaration de la collectivité ({place_name})", "publisher": place_name,
              "published": exported or "", "url": "", "url_is_article": False}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        targets[0].write_text("# Brouillons issus d'une contribution : à vérifier avant publication.\n\n"
                              + "\n".join(blocks), encoding="utf-8")
        targets[1].write_text(dump_toml({"organisation": [org]}), encoding="utf-8")
        targets[2].write_text("# Ajoutez l'adresse (url) où la déclaration peut être consultée.\n"
                              + dump_toml({"source": [source]}), encoding="utf-8")
    except OSError as exc:
        for target in targets:
            target.unlink(missing_ok=True)
        raise ContributionError(f"Impossible d'écrire dans {folder} : {os_reason(exc)}.") from exc
    return ReviewReport(folder, tuple(targets), len(blocks), place_name, tuple(problems))
