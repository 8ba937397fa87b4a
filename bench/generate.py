"""Deterministic generator of a synthetic user database of N initiatives.

``python bench/generate.py [--n 100000] [--out bench/out/n100000] [--seed 6]`` writes
``<out>/territoria.sqlite`` and prints its path. The database is the real user database
made from ``data/seed.sqlite`` by ``services.database.open_database`` (so the 34,969
communes, 1,255 EPCI, départements, régions, schemes and curated initiatives are real),
plus N synthetic initiatives with their organisations, sources, themes, techniques,
partners and funding, written with plain ``sqlite3`` in one transaction:

- leads: 78 % communes (weighted by population ** 0.4, so most initiatives are in small
  communes while a city has more than a village), 12 % EPCI, 5 % départements, 2 %
  régions, 3 % agencies, associations and other bodies;
- texts: French sentences from ``bench/lexicon.py`` (title ~70 characters, summary
  ~400, problem ~110, results in 60 % of rows), with a few rare words;
- derived columns (``store.derived``) computed in bulk by :func:`derived_columns`, a
  port of ``apply_derived`` over preloaded reference dicts (a test compares them);
- the full-text index rebuilt once at the end (``store.search_index.sqlite_maintenance.search_index_suspended``).

The same ``--seed`` and ``--n`` give the same database, row for row.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:  # run from a fresh clone without `pip install -e`
    sys.path.insert(0, str(REPO / "src"))
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import lexicon  # noqa: E402
from territoria.domain import vocab  # noqa: E402
from territoria.domain.text import fold  # noqa: E402

SEED_DB = REPO / "data" / "seed.sqlite"
DEFAULT_N = 100_000
DEFAULT_RANDOM_SEED = 6
SLUG_PREFIX = "bench-"

LEAD_MIX = (("commune", 0.78), ("epci", 0.12), ("departement", 0.05), ("region", 0.02), ("other", 0.03))
STATUS_MIX = (("production", 0.35), ("pilot", 0.35), ("idea", 0.20), ("stopped", 0.10))
YEAR_MIX = ((2018, 2), (2019, 3), (2020, 4), (2021, 6), (2022, 9), (2023, 14), (2024, 20), (2025, 27), (2026, 15))
THEME_WEIGHTS = {
    "public_services": 14, "administration": 14, "legal": 4, "social": 5, "health": 3, "water": 4,
    "environment": 5, "waste": 4, "food": 2, "education": 5, "culture": 3, "mobility": 5,
    "agriculture": 2, "tourism": 3, "economy": 4, "employment": 2, "training": 8, "cybersecurity": 3,
    "data": 7, "research": 1, "energy": 4, "industry": 1,
}
TECHNIQUE_WEIGHTS = {
    "chatbot": 18, "generative": 22, "prediction": 9, "vision": 8, "nlp": 10, "speech": 6,
    "translation": 3, "data_analysis": 14, "optimisation": 6, "unspecified": 4,
}

#: (commune, epci, departement, region, lead_kind, lead_population, start_year, has_money)
Derived = tuple[str | None, str | None, str | None, str | None, str, int | None, int | None, int]


@dataclass(frozen=True, slots=True)
class Reference:
    """The real reference data of the base database, keyed for bulk look-ups."""

    communes: dict[str, tuple[str, int, str | None, str, str]]  # insee -> name, pop, epci, dep, reg
    epci: dict[str, tuple[str, int]]  # siren -> name, population
    epci_home: dict[str, tuple[str, str]]  # siren -> dep, reg of the most populous member
    departements: dict[str, tuple[str, str, int]]  # code -> name, region, population
    regions: dict[str, tuple[str, int]]  # code -> name, population


@dataclass(frozen=True, slots=True)
class Org:
    """An organisation row (existing or generated)."""

    id: int
    kind: str
    commune_insee: str | None = None
    epci_siren: str | None = None
    departement_code: str | None = None
    region_code: str | None = None
    name: str = ""


def load_reference(connection: sqlite3.Connection) -> Reference:
    """Read the geography of the base database."""
    communes = {
        r[0]: (r[1], r[2] or 0, r[3], r[4], r[5])
        for r in connection.execute(
            "SELECT insee, name, population, epci_siren, departement_code, region_code FROM communes"
        )
    }
    epci = {r[0]: (r[1], r[2] or 0) for r in connection.execute("SELECT siren, name, population FROM epci")}
    home: dict[str, tuple[str, str]] = {}
    # same order as store.derived.epci_home: population desc, then insee
    for insee, (_name, _pop, siren, dep, reg) in sorted(communes.items(), key=lambda kv: (-kv[1][1], kv[0])):
        if siren and siren not in home:
            home[siren] = (dep, reg)
    departements = {
        r[0]: (r[1], r[2], r[3] or 0)
        for r in connection.execute("SELECT code, name, region_code, population FROM departements")
    }
    regions = {r[0]: (r[1], r[2] or 0) for r in connection.execute("SELECT code, name, population FROM regions")}
    return Reference(communes, epci, home, departements, regions)


def derived_columns(
    ref: Reference, lead: Org | None, start_date: str | None, budget: float | None, funding_amounts: list[float | None]
) -> Derived:
    """The derived columns ``store.derived.apply_derived`` would give (no place overrides)."""
    commune = epci = dep = reg = None
    population: int | None = None
    kind = lead.kind if lead is not None and lead.kind in vocab.COLLECTIVITE_KINDS else "other"
    if lead is not None:
        if lead.commune_insee:
            row = ref.communes.get(lead.commune_insee)
            if row is not None:
                commune, epci, dep, reg = lead.commune_insee, row[2], row[3], row[4]
        elif lead.epci_siren:
            epci = lead.epci_siren
            dep, reg = ref.epci_home.get(epci, (None, None))
        elif lead.departement_code:
            dep = lead.departement_code
            departement = ref.departements.get(dep)
            reg = departement[1] if departement else lead.region_code
        elif lead.region_code:
            reg = lead.region_code
        if kind == "commune" and commune:
            population = ref.communes[commune][1]
        elif kind == "epci" and epci:
            population = ref.epci[epci][1]
        elif kind == "departement" and dep:
            population = ref.departements[dep][2]
        elif kind == "region" and reg:
            population = ref.regions[reg][1]
    start = start_date or ""
    start_year = int(start[:4]) if start[:4].isdigit() else None
    has_money = int(budget is not None or any(a is not None for a in funding_amounts))
    return commune, epci, dep, reg, kind, population, start_year, has_money


def _pick(rng: random.Random, mix: tuple[tuple[str, float], ...] | tuple[tuple[int, int], ...]):
    values = [v for v, _ in mix]
    return rng.choices(values, weights=[w for _, w in mix])[0]


def _sample_weighted(rng: random.Random, weights: dict[str, int], k: int) -> list[str]:
    keys = list(weights)
    chosen: list[str] = []
    while len(chosen) < k:
        value = rng.choices(keys, weights=[weights[x] for x in keys])[0]
        if value not in chosen:
            chosen.append(value)
    return chosen


def _of(name: str) -> str:
    """French "de" with elision: ``_of("Ain")`` → ``"de l'Ain"``."""
    return f"de l'{name}" if fold(name[:1]) in {"a", "e", "i", "o", "u", "y", "h"} else f"de {name}"


class _Builder:
    """Holds the random generator, the reference data and the rows being produced."""

    def __init__(self, connection: sqlite3.Connection, n: int, random_seed: int) -> None:
        self.rng = random.Random(random_seed)
        self.n = n
        self.ref = load_reference(connection)
        self.next_org = (connection.execute("SELECT max(id) FROM organisations").fetchone()[0] or 0) + 1
        self.next_source = (connection.execute("SELECT max(id) FROM sources").fetchone()[0] or 0) + 1
        self.next_initiative = (connection.execute("SELECT max(id) FROM initiatives").fetchone()[0] or 0) + 1
        self.next_funding = (connection.execute("SELECT max(id) FROM funding").fetchone()[0] or 0) + 1
        self.org_rows: list[tuple] = []
        self.existing: dict[tuple[str, str], Org] = {}
        self.orgs_by_id: dict[int, Org] = {}
        for row in connection.execute(
            "SELECT id, kind, commune_insee, epci_siren, departement_code, region_code, name FROM organisations ORDER BY id"
        ):
            org = Org(*row)
            self.orgs_by_id[org.id] = org
            key = self._place_key(org)
            if key and org.kind in vocab.COLLECTIVITE_KINDS:
                self.existing.setdefault(key, org)
        self.real_sources = [r[0] for r in connection.execute("SELECT id FROM sources ORDER BY id")]
        self.programmes = [r[0] for r in connection.execute("SELECT id FROM programmes ORDER BY id")]
        self.schemes = [
            (r[0], r[1], r[2], r[3], r[4])
            for r in connection.execute(
                "SELECT id, operator_id, programme_id, territory_scope, territory_code FROM schemes ORDER BY id"
            )
        ]
        self.commune_codes = sorted(self.ref.communes)
        self.commune_cum = list(_cumulative((self.ref.communes[c][1] + 10) ** 0.4 for c in self.commune_codes))
        self.epci_codes = sorted(self.ref.epci)
        self.epci_cum = list(_cumulative(math.sqrt(self.ref.epci[s][1] + 1000) for s in self.epci_codes))
        self.dep_codes = sorted(self.ref.departements)
        self.reg_codes = sorted(c for c in self.ref.regions if self.ref.regions[c][1] > 0)

    @staticmethod
    def _place_key(org: Org) -> tuple[str, str] | None:
        for kind, code in (
            ("commune", org.commune_insee), ("epci", org.epci_siren),
            ("departement", org.departement_code), ("region", org.region_code),
        ):
            if code:
                return kind, code
        return None

    def new_org(self, kind: str, name: str, slug: str, **place: str | None) -> Org:
        org = Org(self.next_org, kind, name=name, **place)
        self.next_org += 1
        self.orgs_by_id[org.id] = org
        self.org_rows.append(
            (org.id, slug, "user", name, kind, org.commune_insee, org.epci_siren, org.departement_code,
             org.region_code, None)
        )
        return org

    def collectivite(self, kind: str, code: str) -> Org:
        """The organisation of a collectivité, reusing a real one when the seed has it."""
        key = (kind, code)
        org = self.existing.get(key)
        if org is not None:
            return org
        if kind == "commune":
            name, population = self.ref.communes[code][0], self.ref.communes[code][1]
            label = f"Ville {_of(name)}" if population >= 10_000 else f"Commune {_of(name)}"
            org = self.new_org(kind, label, f"{SLUG_PREFIX}commune-{code}", commune_insee=code)
        elif kind == "epci":
            org = self.new_org(kind, self.ref.epci[code][0], f"{SLUG_PREFIX}epci-{code}", epci_siren=code)
        elif kind == "departement":
            name = self.ref.departements[code][0]
            org = self.new_org(kind, f"Département {_of(name)}", f"{SLUG_PREFIX}dep-{code}", departement_code=code)
        else:
            name = self.ref.regions[code][0]
            org = self.new_org(kind, f"Région {name}", f"{SLUG_PREFIX}reg-{code}", region_code=code)
        self.existing[key] = org
        return org

    def make_pools(self) -> None:
        """Partner, supplier and "other lead" organisations, and the synthetic sources."""
        rng = self.rng
        self.suppliers = sorted(
            {f"{p}{s} {f}".strip() for p in lexicon.SUPPLIER_PREFIXES for s in lexicon.SUPPLIER_SUFFIXES
             for f in lexicon.LEGAL_FORMS[:2]}
        )
        rng.shuffle(self.suppliers)
        self.partners: list[Org] = []
        for i, name in enumerate(self.suppliers[:300]):
            self.partners.append(self.new_org("company", name, f"{SLUG_PREFIX}company-{i}"))
        cities = [c for c in self.commune_codes if self.ref.communes[c][1] >= 50_000]
        for i, base in enumerate(lexicon.RESEARCH_NAMES * 10):
            city = self.ref.communes[cities[(i * 7) % len(cities)]][0]
            self.partners.append(self.new_org("research", f"{base} {_of(city)}", f"{SLUG_PREFIX}research-{i}"))
        self.other_leads: list[Org] = []
        for i, base in enumerate(lexicon.ASSOCIATION_NAMES):
            for region in self.reg_codes:
                name = f"{base} — {self.ref.regions[region][0]}"
                org = self.new_org("association", name, f"{SLUG_PREFIX}asso-{i}-{region}", region_code=region)
                self.other_leads.append(org)
        for dep in self.dep_codes:
            name = f"Syndicat mixte numérique {_of(self.ref.departements[dep][0])}"
            self.other_leads.append(
                self.new_org("public_body", name, f"{SLUG_PREFIX}syndicat-{dep}", departement_code=dep)
            )
        self.partners.extend(self.other_leads[::5])
        self.partners.extend(o for o in self.orgs_by_id.values() if o.id < self.partners[0].id)
        self.source_rows: list[tuple] = []
        self.sources: list[int] = []
        for _ in range(max(20, self.n // 25)):
            sid = self.next_source
            self.next_source += 1
            year = rng.choice((2021, 2022, 2023, 2024, 2025, 2026))
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            publisher = rng.choice(lexicon.PUBLISHERS)
            title = f"{rng.choice(lexicon.SUBJECTS)} {rng.choice(lexicon.VERBS)} {rng.choice(lexicon.OBJECTS)}"
            self.source_rows.append(
                (sid, f"{SLUG_PREFIX}source-{sid}", "user", title, publisher,
                 rng.choice(lexicon.AUTHORS) if rng.random() < 0.7 else None, date,
                 f"https://exemple.fr/{fold(publisher).replace(' ', '-')}/{sid}", 1)
            )
            self.sources.append(sid)

    def lead(self) -> Org:
        rng = self.rng
        kind = _pick(rng, LEAD_MIX)
        if kind == "commune":
            code = rng.choices(self.commune_codes, cum_weights=self.commune_cum)[0]
        elif kind == "epci":
            code = rng.choices(self.epci_codes, cum_weights=self.epci_cum)[0]
        elif kind == "departement":
            code = rng.choice(self.dep_codes)
        elif kind == "region":
            code = rng.choice(self.reg_codes)
        else:
            return rng.choice(self.other_leads)
        return self.collectivite(kind, code)

    def place_name(self, lead: Org) -> str:
        if lead.commune_insee:
            return self.ref.communes[lead.commune_insee][0]
        if lead.epci_siren:
            return self.ref.epci[lead.epci_siren][0]
        if lead.departement_code:
            return self.ref.departements[lead.departement_code][0]
        if lead.region_code:
            return self.ref.regions[lead.region_code][0]
        return "France"

    def texts(self, lead: Org, themes: list[str], techniques: list[str]) -> tuple[str, str, str, str]:
        rng = self.rng
        place = self.place_name(lead)
        title = f"{rng.choice(lexicon.TECHNIQUE_TITLES[techniques[0]])} {rng.choice(lexicon.THEME_TITLES[themes[0]])}"
        if rng.random() < 0.5:
            title += f" à {place}" if lead.commune_insee else f" — {place}"
        sentences = []
        for i in range(rng.choice((3, 4, 4, 5, 5, 6))):
            subject = rng.choice(lexicon.SUBJECTS)
            sentence = f"{subject} {rng.choice(lexicon.VERBS)} {rng.choice(lexicon.OBJECTS)}"
            if rng.random() < 0.8:
                sentence += f" {rng.choice(lexicon.COMPLEMENTS)}"
            if i == 0 and rng.random() < 0.4:
                sentence += f", à {place}"
            sentences.append(sentence + ".")
        if rng.random() < 0.02:
            word = rng.choice(lexicon.RARE_WORDS)
            sentences.append(rng.choice(lexicon.RARE_SENTENCES).format(word=word))
        summary = " ".join(sentences)
        problem = " ".join(rng.sample(lexicon.PROBLEMS, rng.choice((1, 1, 2))))
        results = " ".join(rng.sample(lexicon.RESULTS, rng.choice((1, 2)))) if rng.random() < 0.6 else ""
        return title, summary, problem, results

    def eligible_schemes(self, region: str | None, epci: str | None) -> list[tuple]:
        return [
            s for s in self.schemes
            if s[3] == "national" or (s[3] == "region" and s[4] == region) or (s[3] == "epci" and s[4] == epci)
        ]


def _cumulative(weights) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def _budget(rng: random.Random, kind: str, population: int | None) -> float:
    base = {"commune": 8_000.0, "epci": 40_000.0, "departement": 150_000.0, "region": 400_000.0}.get(kind, 30_000.0)
    if kind == "commune" and population:
        base *= (max(population, 50) / 1_000) ** 0.3
    return float(round(base * math.exp(rng.gauss(0.0, 0.9)), -2) or 100.0)


def _date(rng: random.Random) -> str | None:
    if rng.random() < 0.08:
        return None
    year = _pick(rng, YEAR_MIX)
    shape = rng.random()
    if shape < 0.6:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if shape < 0.85:
        return f"{year}-{rng.randint(1, 12):02d}"
    return str(year)


def generate(
    out_dir: Path,
    n: int = DEFAULT_N,
    *,
    random_seed: int = DEFAULT_RANDOM_SEED,
    base_seed: Path = SEED_DB,
    analyze: bool = True,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Write ``out_dir/territoria.sqlite`` (replacing it) with ``n`` synthetic initiatives."""
    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.store.search_index.sqlite_maintenance import search_index_suspended

    say = progress or (lambda _message: None)
    started = time.perf_counter()
    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    database = open_database(resolve_paths(out_dir), base_seed)
    path = database.path
    database.close()

    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -200000")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("BEGIN")
        builder = _Builder(connection, n, random_seed)
        builder.make_pools()
        rows = _build_rows(builder)
        say(f"rows built in {time.perf_counter() - started:.1f} s")
        with search_index_suspended(connection):
            _insert(connection, builder, rows)
            say(f"rows inserted in {time.perf_counter() - started:.1f} s")
        say(f"search index rebuilt in {time.perf_counter() - started:.1f} s")
        if analyze:
            connection.execute("ANALYZE")
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    finally:
        connection.close()
    say(f"done in {time.perf_counter() - started:.1f} s: {path}")
    return path


@dataclass
class _Rows:
    initiatives: list[tuple]
    themes: list[tuple]
    techniques: list[tuple]
    partners: list[tuple]
    sources: list[tuple]
    funding: list[tuple]


def _build_rows(b: _Builder) -> _Rows:
    rng = b.rng
    rows = _Rows([], [], [], [], [], [])
    for _ in range(b.n):
        iid = b.next_initiative
        b.next_initiative += 1
        lead = b.lead()
        themes = _sample_weighted(rng, THEME_WEIGHTS, rng.choice((1, 1, 2, 2, 3)))
        techniques = _sample_weighted(rng, TECHNIQUE_WEIGHTS, rng.choice((1, 1, 1, 2)))
        title, summary, problem, results = b.texts(lead, themes, techniques)
        status = _pick(rng, STATUS_MIX)
        start = _date(rng)
        end = None
        if status == "stopped" and start:
            end = str(int(start[:4]) + rng.choice((0, 1, 2)))
        kind = lead.kind if lead.kind in vocab.COLLECTIVITE_KINDS else "other"
        population = b.ref.communes[lead.commune_insee][1] if lead.commune_insee else None
        budget = _budget(rng, kind, population) if rng.random() < 0.55 else None
        place = derived_columns(b.ref, lead, start, budget, [])
        programme = None
        amounts: list[float | None] = []
        if rng.random() < 0.3:
            schemes = b.eligible_schemes(place[3], place[1])
            for scheme in rng.sample(schemes, min(len(schemes), rng.choice((1, 1, 1, 2)))):
                if rng.random() < 0.2:
                    amount = None
                elif budget is not None:
                    amount = float(round(budget * rng.choice((0.2, 0.3, 0.5, 0.8)), -2))
                else:
                    amount = _budget(rng, kind, population) / 2
                amounts.append(amount)
                rows.funding.append((b.next_funding, iid, amount, scheme[1], scheme[0], None))
                b.next_funding += 1
                if scheme[2] is not None and programme is None and rng.random() < 0.7:
                    programme = scheme[2]
        if programme is None and rng.random() < 0.03:
            programme = rng.choice(b.programmes)
        derived = derived_columns(b.ref, lead, start, budget, amounts)
        supplier = rng.choice(b.suppliers) if rng.random() < 0.5 else None
        contact = f"numerique@{fold(b.place_name(lead)).replace(' ', '-')}.fr" if rng.random() < 0.25 else None
        checked = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
        rows.initiatives.append(
            (iid, f"{SLUG_PREFIX}{iid:07d}", "user", title, summary, problem, results, lead.id, supplier,
             status, start, end, budget, programme, contact, checked, *derived, fold(title))
        )
        rows.themes.extend((iid, t) for t in themes)
        rows.techniques.extend((iid, t) for t in techniques)
        if rng.random() < 0.35:
            for partner in rng.sample(b.partners, rng.choice((1, 1, 2))):
                if partner.id != lead.id:
                    rows.partners.append((iid, partner.id))
        cited = rng.sample(b.sources, rng.choice((1, 1, 1, 2, 2, 3)))
        if rng.random() < 0.02:
            cited.append(rng.choice(b.real_sources))
        rows.sources.extend((iid, s) for s in dict.fromkeys(cited))
    return rows


def _insert(connection: sqlite3.Connection, b: _Builder, rows: _Rows) -> None:
    connection.executemany(
        "INSERT INTO organisations(id, slug, origin, name, kind, commune_insee, epci_siren, departement_code, "
        "region_code, url) VALUES (?,?,?,?,?,?,?,?,?,?)",
        b.org_rows,
    )
    connection.executemany(
        "INSERT INTO sources(id, slug, origin, title, publisher, author, published, url, url_is_article) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        b.source_rows,
    )
    connection.executemany(
        "INSERT INTO initiatives(id, slug, origin, title, summary, problem, results, lead_id, supplier, status, "
        "start_date, end_date, budget_eur, programme_id, contact, last_checked, commune_insee, epci_siren, "
        "departement_code, region_code, lead_kind, lead_population, start_year, has_money, title_key) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows.initiatives,
    )
    connection.executemany("INSERT INTO initiative_themes(initiative_id, theme) VALUES (?,?)", rows.themes)
    connection.executemany(
        "INSERT INTO initiative_techniques(initiative_id, technique) VALUES (?,?)", rows.techniques
    )
    connection.executemany(
        "INSERT INTO initiative_partners(initiative_id, organisation_id) VALUES (?,?)", rows.partners
    )
    connection.executemany("INSERT INTO initiative_sources(record_id, source_id) VALUES (?,?)", rows.sources)
    connection.executemany(
        "INSERT INTO funding(id, initiative_id, amount_eur, funder_id, scheme_id, note) VALUES (?,?,?,?,?,?)",
        rows.funding,
    )


def main(argv: list[str] | None = None) -> int:
    """Command line of the generator."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N, help="number of synthetic initiatives")
    parser.add_argument("--out", type=Path, help="output data dir (default bench/out/n<N>)")
    parser.add_argument("--seed", type=int, default=DEFAULT_RANDOM_SEED, help="random seed")
    parser.add_argument("--no-analyze", action="store_true", help="leave the seed's planner statistics")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    out = args.out or REPO / "bench" / "out" / f"n{args.n}"
    say = None if args.quiet else (lambda message: print(message, file=sys.stderr))
    path = generate(out, args.n, random_seed=args.seed, analyze=not args.no_analyze, progress=say)
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
