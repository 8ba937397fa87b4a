"""Data packs: build, verify, preview and import N initiatives, each beside its floor.

    python bench/packs.py --n 10000     # about a minute
    python bench/packs.py --n 100000    # several minutes (run on a quiet machine)

Budgets of issue #9:
- import <= 2 x its floor: parsing the pack's records with ``json``, the same rows written
  with plain ``sqlite3`` ``executemany`` in one transaction, one full-text index rebuild,
  and the pre-import backup copy, all measured in the same run on the same database;
- verifying a 50 MB pack <= 1 s (the time is scaled from the pack's size: it is linear);
- the import preview within 1 s for 10,000 records.

The source folder is synthetic and deterministic (``--seed``): initiatives led by real
communes (one organisation per commune used), two themes and a technique each, one
source, a partner from the seed for one in three.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for entry in (str(REPO / "src"), str(REPO)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from bench import lexicon  # noqa: E402

SEED_DB = REPO / "data" / "seed.sqlite"
PASSPHRASE = "banc d'essai"


def write_source_folder(folder: Path, n: int, seed: int, edition: str = "2026-03-03") -> None:
    """A pack source folder of ``n`` initiatives (TOML, as an agency writes it)."""
    rng = random.Random(seed)
    connection = sqlite3.connect(f"file:{SEED_DB}?mode=ro", uri=True)
    communes = [r[0] for r in connection.execute("SELECT insee FROM communes ORDER BY insee")]
    connection.close()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text(
        f'publisher_id = "banc"\npublisher_name = "Agence du banc"\nedition = "{edition}"\n'
        f'title = "Banc d\'essai"\nlicence = "etalab-2.0"\n', "utf-8")
    (folder / "sources.toml").write_text(
        '[[source]]\nid = "veille"\ntitle = "Veille de l\'agence"\npublisher = "Agence du banc"\n'
        'published = "2026-02-01"\nurl = "https://agence.example/veille"\n', "utf-8")
    leads = rng.sample(communes, min(len(communes), max(1, n // 5)))
    orgs = [f'[[organisation]]\nid = "c-{c.lower()}"\nname = "Commune {c}"\nkind = "commune"\n'
            f'commune_insee = "{c}"\nsources = ["veille"]\n' for c in leads]
    (folder / "organisations.toml").write_text("\n".join(orgs), "utf-8")
    themes, techniques = list(lexicon.THEME_TITLES), list(lexicon.TECHNIQUE_TITLES)
    lines = []
    for i in range(n):
        technique = rng.choice(techniques)
        theme_pair = rng.sample(themes, 2)
        title = f"{rng.choice(lexicon.TECHNIQUE_TITLES[technique])} {rng.choice(lexicon.THEME_TITLES[theme_pair[0]])}"
        summary = " ".join(rng.choice(("Les agents", "La commune", "Le service", "Les habitants"))
                           + " " + rng.choice(("utilisent", "testent", "déploient", "évaluent"))
                           + " un outil d'aide à la décision pour les données publiques." for _ in range(4))
        lines.append(
            f'[[initiative]]\nid = "i-{i}"\ntitle = {json.dumps(title, ensure_ascii=False)}\n'
            f'summary = {json.dumps(summary, ensure_ascii=False)}\nlead = "c-{rng.choice(leads).lower()}"\n'
            f'themes = {json.dumps(theme_pair)}\ntechniques = ["{technique}"]\n'
            f'status = "{rng.choice(("idea", "pilot", "production"))}"\nstart_date = "{rng.randint(2019, 2026)}"\n'
            f'budget_eur = {rng.randint(1, 500) * 1000}\nsources = ["veille"]\n'
            + ('partners = ["bpifrance"]\n' if i % 3 == 0 else "")
        )
    (folder / "initiatives.toml").write_text("\n".join(lines), "utf-8")


def _timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


#: Tables of pack records, and the (child table, parent column, parent table) rows they own.
_RECORD_TABLES = ("sources", "organisations", "programmes", "schemes", "initiatives", "figures", "events")
_CHILD_TABLES = (
    ("organisation_sources", "record_id", "organisations"), ("programme_sources", "record_id", "programmes"),
    ("budget_mentions", "programme_id", "programmes"), ("scheme_sources", "record_id", "schemes"),
    ("scheme_funders", "scheme_id", "schemes"), ("initiative_sources", "record_id", "initiatives"),
    ("initiative_partners", "initiative_id", "initiatives"), ("initiative_themes", "initiative_id", "initiatives"),
    ("initiative_techniques", "initiative_id", "initiatives"), ("funding", "initiative_id", "initiatives"),
    ("figure_sources", "record_id", "figures"), ("event_sources", "record_id", "events"),
    ("event_actors", "event_id", "events"), ("event_regions", "event_id", "events"),
)
#: Columns the sort-key statements compute (written by the set-based refresh, not by the rows).
_COMPUTED = {"organisation_key", "place_key", "theme_key", "theme_mask"}


def captured_rows(database: Path, publisher: str) -> list[tuple[str, list[str], list[tuple]]]:
    """Every row the import wrote for ``publisher``, table by table, in writing order."""
    connection = sqlite3.connect(database)
    found = []
    try:
        for table in _RECORD_TABLES:
            columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table})") if r[1] not in _COMPUTED]
            rows = connection.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE pack_publisher = ?",
                                      (publisher,)).fetchall()
            found.append((table, columns, rows))
        for child, parent, parent_table in _CHILD_TABLES:
            columns = [r[1] for r in connection.execute(f"PRAGMA table_info({child})")]
            rows = connection.execute(
                f"SELECT {', '.join(columns)} FROM {child} WHERE {parent} IN "
                f"(SELECT id FROM {parent_table} WHERE pack_publisher = ?)", (publisher,)).fetchall()
            found.append((child, columns, rows))
    finally:
        connection.close()
    return found


def floor_import(before: Path, rows: list[tuple[str, list[str], list[tuple]]], members: dict[str, bytes],
                 backups: Path) -> dict[str, float]:
    """The floor of an import, on a copy of the database as it was before it: json parse of the
    members, the very rows the import wrote (``executemany``, sort keys set-based as the import
    does), one full-text index rebuild, and the backup copy."""
    from territoria.store import sort_keys
    from territoria.store.backup import copy_database

    times: dict[str, float] = {}
    times["json"], _ = _timed(lambda: {name: json.loads(data) for name, data in members.items()
                                       if name.startswith("records/")})
    target = backups / "floor.sqlite"
    times["backup"], _ = _timed(lambda: copy_database(before, target))
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        # the app's pragmas (store/engine.py), so that only the way of writing differs
        for pragma in ("foreign_keys = ON", "synchronous = NORMAL", "cache_size = -32000", "temp_store = MEMORY",
                       "journal_mode = WAL"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN IMMEDIATE")
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%initiatives_fts%'").fetchall()
        for name, _sql in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        start = time.perf_counter()
        with sort_keys.suspended_for_bulk(connection, "pack_publisher = 'banc'"):
            for table, columns, table_rows in rows:
                if table_rows:
                    connection.executemany(
                        f"INSERT INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                        table_rows)
        times["executemany"] = time.perf_counter() - start
        start = time.perf_counter()
        for name in ("initiatives", "initiative_partners", "initiative_themes", "initiative_techniques"):
            connection.execute(f"ANALYZE {name}")
        connection.execute("DELETE FROM initiatives_fts")
        connection.execute("INSERT INTO initiatives_fts(rowid, title, body, orgs, places, tags) "
                           "SELECT id, title, body, orgs, places, tags FROM initiative_search_text")
        times["fts_rebuild"] = time.perf_counter() - start
        for _name, sql in triggers:
            connection.execute(sql)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return times


def signed_big_pack(work: Path, key: Path, megabytes: int = 50) -> Path:
    """A validly signed pack of about ``megabytes`` MB on disk (poorly compressible member bytes)."""
    import base64
    import hashlib

    from territoria.services.packs import format as fmt
    from territoria.services.packs.archive import write_zip
    from territoria.services.packs.keys import SigningKey

    signing = SigningKey(key, PASSPHRASE)
    rng = random.Random(50)
    payload = base64.b64encode(rng.randbytes(megabytes * 1_000_000)) + b"\n"  # 50: ~67 MB of text, ~51 MB deflated
    member = fmt.record_member("initiatives")
    manifest = {
        "format": fmt.PACK_KIND, "format_version": fmt.FORMAT_VERSION, "min_app_version": fmt.MIN_APP_VERSION,
        "publisher": {"id": "banc", "name": "Agence du banc", "contact": None}, "edition": "2026-03-03",
        "title": f"{megabytes} Mo", "licence": None, "counts": {"initiatives": 0},
        "members": {member: hashlib.sha256(payload).hexdigest()},
        "signer": {"fingerprint": signing.public.fingerprint, "public_key": signing.public.encoded},
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=2).encode() + b"\n"
    signature = base64.b64encode(signing.sign(manifest_bytes)) + b"\n"
    return write_zip(work / "big.territoria", {fmt.MANIFEST: manifest_bytes, fmt.SIGNATURE: signature,
                                                member: payload})


def run(n: int, seed: int, work: Path, big_mb: int = 50) -> list[tuple[str, float, float | None, str]]:
    """Measure everything for ``n`` initiatives; returns (figure, seconds, floor, budget) rows."""
    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.services.packs.build import build_pack
    from territoria.services.packs.importer import import_pack, preview_import, verify_for
    from territoria.services.packs.keys import generate_key
    from territoria.services.packs.reference import context_of
    from territoria.services.packs.trust import TrustStore

    folder = work / "source"
    seconds, _ = _timed(lambda: write_source_folder(folder, n, seed))
    print(f"source folder of {n} initiatives written in {seconds:.1f} s", flush=True)
    key = generate_key(work / "banc.key", PASSPHRASE).private_path
    pack = work / "banc.territoria"
    context = context_of(SEED_DB)
    build_s, _ = _timed(lambda: build_pack(folder, key, pack, PASSPHRASE, context))
    size_mb = pack.stat().st_size / 1e6
    import zipfile

    with zipfile.ZipFile(pack) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    unpacked_mb = sum(len(v) for v in members.values()) / 1e6
    print(f"pack: {size_mb:.1f} MB ({unpacked_mb:.1f} MB uncompressed), built in {build_s:.2f} s", flush=True)

    paths = resolve_paths(work / "data")
    db = open_database(paths, SEED_DB)
    trust = TrustStore(work / "data", None)
    trust.add_file(key.with_name(key.name + ".pub"))
    verify_s, _ = _timed(lambda: verify_for(db, pack, trust))
    preview_s, _ = _timed(lambda: preview_import(db, pack, trust))
    import_s, result = _timed(lambda: import_pack(db, pack, trust, paths.backups))
    from territoria.store.backup import copy_database

    copy_database(paths.database, result.backup.parent / "after-first.sqlite")  # the rows the floor rewrites
    # a newer edition of the same records: the update path (every row updated in place)
    (folder / "pack.toml").write_text((folder / "pack.toml").read_text("utf-8").replace("2026-03-03", "2026-04-01"),
                                      "utf-8")
    newer = work / "banc-2.territoria"
    build_pack(folder, key, newer, PASSPHRASE, context)
    reimport_s, _ = _timed(lambda: import_pack(db, newer, trust, paths.backups))
    db.close()
    (work / "floor").mkdir()
    floor = floor_import(result.backup, captured_rows(result.backup.parent / "after-first.sqlite", "banc"),
                         members, work / "floor")
    floor_total = sum(floor.values())
    from territoria.store.backup import make_backup

    # the import's backup is store.backup's: a copy checked (quick_check, as the import asks), hashed, recorded
    backup_s, _ = _timed(lambda: make_backup(result.backup, work / "backup-check", "banc", full_check=False))
    from territoria.services.packs.verify import verify_signed_content

    big = signed_big_pack(work, key, big_mb)
    big_size = big.stat().st_size / 1e6
    integrity_s, _ = _timed(lambda: verify_signed_content(big, trust))
    with zipfile.ZipFile(big) as archive:  # floor: inflate and hash the same bytes, nothing else
        import hashlib

        integrity_floor, _ = _timed(lambda: [hashlib.sha256(archive.read(i)).digest() for i in archive.infolist()])
    print("floor parts: " + ", ".join(f"{k} {v:.2f} s" for k, v in floor.items()), flush=True)
    return [
        ("build", build_s, None, "—"),
        ("verify", verify_s, None, "—"),
        (f"verify signature+hashes, {big_size:.0f} MB", integrity_s, integrity_floor, "≤ 1 s"),
        ("preview", preview_s, None, "≤ 1 s at 10,000"),
        ("import", import_s, floor_total, "≤ 2 × floor"),
        ("  of which the checked backup", backup_s, floor["backup"], "(information)"),
        ("re-import, newer edition (updates)", reimport_s, None, "—"),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the pack benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="initiatives in the pack (default 10000)")
    parser.add_argument("--seed", type=int, default=9, help="random seed of the synthetic folder")
    parser.add_argument("--big-mb", type=int, default=50, help="size of the pack whose signature check is timed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="territoria-bench-packs-") as tmp:
        rows = run(args.n, args.seed, Path(tmp), args.big_mb)
    print(f"\nData packs, {args.n} initiatives (load {os.getloadavg()[0]:.1f})")
    print(f"{'figure':<36} {'seconds':>9} {'floor':>9} {'ratio':>7}  budget")
    for name, seconds, floor, budget in rows:
        floor_text = f"{floor:9.2f}" if floor is not None else f"{'':>9}"
        ratio = f"{seconds / floor:7.2f}" if floor else f"{'':>7}"
        print(f"{name:<36} {seconds:9.2f} {floor_text} {ratio}  {budget}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
