"""Build ``data/seed.sqlite`` from ``data/reference`` and ``data/curated``.

The build is deterministic: the same inputs give the same rows (``content_digest``
proves it), and the seed records a digest of its inputs so a test can tell when the
committed seed is out of date.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from territoria.domain import text as textfold
from territoria.domain import vocab
from territoria.store import migrate
from territoria.store.derived import apply_derived, population_totals
from territoria.store.engine import make_engine
from territoria.store.models import (
    BudgetMention,
    Commune,
    CommuneAlias,
    Departement,
    Epci,
    Event,
    Figure,
    Funding,
    Initiative,
    InitiativeTechnique,
    InitiativeTheme,
    Meta,
    Organisation,
    Priority,
    Programme,
    Region,
    Scheme,
    Source,
)
from territoria.store.seed import reference
from territoria.store.seed.curated import CuratedData, lead_attribution, load_curated

VOCABULARIES = {
    "theme": vocab.THEMES,
    "technique": vocab.TECHNIQUES,
    "status": vocab.STATUSES,
    "org_kind": vocab.ORG_KINDS,
    "audience": vocab.AUDIENCES,
    "aid_type": vocab.AID_TYPES,
}


def input_files(data_dir: Path) -> list[Path]:
    """Every file the seed is built from, in a stable order."""
    return sorted([data_dir / "reference" / reference.TARBALL, *(data_dir / "curated").glob("*.toml")])


def inputs_digest(data_dir: Path) -> str:
    """sha256 over the names and bytes of the seed's input files."""
    digest = hashlib.sha256()
    for path in input_files(data_dir):
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def build_seed(data_dir: Path, output: Path) -> Path:
    """Build the seed database at ``output`` (written to a temp file, then renamed)."""
    curated = load_curated(data_dir / "curated")
    ref = reference.load_reference(data_dir / "reference" / reference.TARBALL)
    with (data_dir / "curated" / "edition.toml").open("rb") as handle:
        edition = tomllib.load(handle)["data_edition"]

    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".seed-", suffix=".sqlite", dir=output.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        engine = make_engine(tmp)
        migrate.upgrade(engine)
        with Session(engine) as session:
            _write_vocab(session)
            _write_reference(session, ref)
            _write_curated(session, curated)
            session.add_all(
                [
                    Meta(key="data_edition", value=str(edition)),
                    Meta(key="inputs_sha256", value=inputs_digest(data_dir)),
                    Meta(key="reference", value=f"{reference.PACKAGE} {reference.VERSION}"),
                ]
            )
            session.commit()
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.exec_driver_sql("PRAGMA journal_mode = DELETE")
            connection.exec_driver_sql("VACUUM")
        engine.dispose()
        tmp.chmod(0o644)  # mkstemp makes 0600; the shipped file is world-readable
        os.replace(tmp, output)
        # the digest shipped beside the seed: a damaged or altered copy is refused at install
        from territoria.store.seed_check import write_digest

        write_digest(output)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
    return output


def _write_vocab(session: Session) -> None:
    for kind, labels in VOCABULARIES.items():
        for slug, label in labels.items():
            session.execute(
                text("INSERT INTO vocab_labels(kind, slug, label) VALUES (:k, :s, :l)"),
                {"k": kind, "s": slug, "l": label},
            )


def _write_reference(session: Session, ref: reference.ReferenceData) -> None:
    for r in sorted(ref.regions, key=lambda r: r["code"]):
        session.add(Region(code=r["code"], name=r["nom"], zone=r["zone"], population=0))
    for d in sorted(ref.departements, key=lambda d: d["code"]):
        session.add(Departement(code=d["code"], name=d["nom"], region_code=d["region"], zone=d["zone"], population=0))
    session.flush()
    membership: dict[str, str] = {}
    for e in sorted(ref.epci, key=lambda e: e["code"]):
        session.add(Epci(siren=e["code"], name=e["nom"], kind=e["type"], population=e.get("populationMunicipale") or 0))
        for member in e["membres"]:
            membership[member["code"]] = e["code"]
    session.flush()
    for c in sorted(ref.communes, key=lambda c: c["code"]):
        session.add(
            Commune(
                insee=c["code"],
                name=c["nom"],
                name_key=textfold.fold(c["nom"]),
                postcodes=" ".join(sorted(c.get("codesPostaux", []))),
                population=c.get("population") or 0,
                siren=c.get("siren"),
                departement_code=c["departement"],
                region_code=c["region"],
                epci_siren=membership.get(c["code"]),
            )
        )
    session.flush()
    known = {c["code"] for c in ref.communes}
    aliases = sorted(ref.aliases, key=lambda a: (a["code"], a["type"], a["nom"]))
    for a in aliases:
        parent = reference.alias_parent(a)
        if parent not in known:  # an alias must open a commune that exists
            continue
        session.add(
            CommuneAlias(
                insee=a["code"], name=a["nom"], name_key=textfold.fold(a["nom"]),
                kind=reference.ALIAS_TYPES[a["type"]], parent_insee=parent,
                postcodes=" ".join(sorted(a.get("codesPostaux", []))), population=a.get("population"),
            )
        )
    session.flush()
    population_totals(session)
    session.flush()


def _opt(record: dict[str, Any], key: str) -> Any:
    return record.get(key)


def _write_curated(session: Session, data: CuratedData) -> None:
    sources: dict[str, Source] = {}
    for r in data.records["sources"]:
        sources[r["id"]] = Source(
            slug=r["id"], title=r["title"], publisher=r["publisher"], author=_opt(r, "author"),
            published=_opt(r, "published"), url=r["url"], url_is_article=r.get("url_is_article", True),
            licence=_opt(r, "licence"), attribution=_opt(r, "attribution"),
        )
    session.add_all(sources.values())

    def cite(record: dict[str, Any]) -> list[Source]:
        return [sources[s] for s in record.get("sources", [])]

    orgs: dict[str, Organisation] = {}
    for r in data.records["organisations"]:
        orgs[r["id"]] = Organisation(
            slug=r["id"], name=r["name"], kind=r["kind"], commune_insee=_opt(r, "commune_insee"),
            epci_siren=_opt(r, "epci_siren"), departement_code=_opt(r, "departement_code"),
            region_code=_opt(r, "region_code"), url=_opt(r, "url"), sources=cite(r),
        )
    session.add_all(orgs.values())

    programmes: dict[str, Programme] = {}
    for r in data.records["programmes"]:
        programme = Programme(
            slug=r["id"], name=r["name"], kind=r["kind"], operator=orgs.get(r.get("operator", "")),
            region_code=_opt(r, "region_code"), summary=r.get("summary", ""),
            start_year=_opt(r, "start_year"), end_year=_opt(r, "end_year"),
            budget_eur=_opt(r, "budget_eur"), url=_opt(r, "url"), sources=cite(r),
        )
        for m in r.get("budget_mentions", []):
            programme.budget_mentions.append(
                BudgetMention(
                    amount_eur=m["amount_eur"], qualifier=_opt(m, "qualifier"), label=m.get("label", ""),
                    date=_opt(m, "date"), source=sources[m["source"]],
                )
            )
        programmes[r["id"]] = programme
    session.add_all(programmes.values())

    schemes: dict[str, Scheme] = {}
    for r in data.records["schemes"]:
        schemes[r["id"]] = Scheme(
            slug=r["id"], name=r["name"], programme=programmes.get(r.get("programme", "")),
            operator=orgs.get(r.get("operator", "")), summary=r.get("summary", ""),
            audiences=list(r.get("audiences", [])), territory_scope=r.get("territory_scope", "national"),
            territory_code=_opt(r, "territory_code"), aid_types=list(r.get("aid_types", [])),
            amount_min_eur=_opt(r, "amount_min_eur"), amount_max_eur=_opt(r, "amount_max_eur"),
            rate_max_percent=_opt(r, "rate_max_percent"), budget_eur=_opt(r, "budget_eur"),
            opens=_opt(r, "opens"), closes=_opt(r, "closes"), opens_announced=_opt(r, "opens_announced"),
            recurrence=_opt(r, "recurrence"),
            url=_opt(r, "url"), sources=cite(r), external_id=_opt(r, "external_id"),
            language=r.get("language", "fr"), call_type=_opt(r, "call_type"), contact=_opt(r, "contact"),
            funders=[orgs[f] for f in r.get("funders", [])],
        )
    session.add_all(schemes.values())
    session.flush()

    for r in data.records["initiatives"]:
        initiative = Initiative(
            slug=r["id"], title=r["title"], summary=r.get("summary", ""), problem=r.get("problem", ""),
            results=r.get("results", ""), lead=orgs.get(r.get("lead", "")), supplier=_opt(r, "supplier"),
            lead_attribution=lead_attribution(r), lead_note=_opt(r, "lead_note"),
            status=r.get("status", "idea"), start_date=_opt(r, "start_date"), end_date=_opt(r, "end_date"),
            budget_eur=_opt(r, "budget_eur"), programme=programmes.get(r.get("programme", "")),
            contact=_opt(r, "contact"), last_checked=_opt(r, "last_checked"), sources=cite(r),
            partners=[orgs[p] for p in r.get("partners", [])], external_id=_opt(r, "external_id"),
            language=r.get("language", "fr"),
        )
        for m in r.get("funding", []):
            initiative.funding.append(
                Funding(amount_eur=_opt(m, "amount_eur"), funder=orgs.get(m.get("funder", "")),
                        scheme=schemes.get(m.get("scheme", "")), note=_opt(m, "note"))
            )
        initiative.themes = [InitiativeTheme(theme=t) for t in dict.fromkeys(r.get("themes", []))]
        initiative.techniques = [InitiativeTechnique(technique=t) for t in dict.fromkeys(r.get("techniques", []))]
        session.add(initiative)
        session.flush()
        apply_derived(session, initiative, {k: v for k, v in r.items() if k.startswith("place_")})
    session.flush()

    for r in data.records["figures"]:
        session.add(
            Figure(
                slug=r["id"], label=r["label"], value=r["value"], unit=r["unit"], qualifier=_opt(r, "qualifier"),
                scope=r.get("scope", ""), region_code=_opt(r, "region_code"), date=_opt(r, "date"),
                note=_opt(r, "note"), sources=cite(r),
            )
        )
    session.flush()

    regions = {region.code: region for region in session.scalars(select(Region))}
    for r in data.records.get("events", []):
        session.add(
            Event(
                slug=r["id"], date=str(r["date"]), title=r["title"], summary=r.get("summary", ""),
                actors=[orgs[a] for a in r.get("actors", [])],
                regions=[regions[c] for c in dict.fromkeys(r.get("regions", []))], sources=cite(r),
            )
        )
    for r in data.records.get("priorities", []):
        session.add(
            Priority(
                slug=r["id"], label=r["label"], theme=_opt(r, "theme"), note=_opt(r, "note"),
                regions=[regions[c] for c in dict.fromkeys(r.get("regions", []))], sources=cite(r),
            )
        )
    session.flush()


def content_digest(path: Path) -> str:
    """sha256 over every row of every table, in key order: equal digests mean equal content."""
    import sqlite3

    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'initiatives_fts_%' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            width = len(connection.execute(f'PRAGMA table_info("{table}")').fetchall())
            order = ", ".join(str(i) for i in range(1, width + 1))
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY {order}'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def seed_is_current(data_dir: Path, seed: Path) -> bool:
    """Whether ``seed`` was built from the inputs now in ``data_dir``."""
    engine = make_engine(seed, read_only=True)
    try:
        with Session(engine) as session:
            stored = session.scalar(select(Meta.value).where(Meta.key == "inputs_sha256"))
    finally:
        engine.dispose()
    return stored == inputs_digest(data_dir)
