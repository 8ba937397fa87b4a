"""Preset ``table``: an agency's own spreadsheet of initiatives (CSV or .xlsx) and a mapping.

The mapping (a small TOML file, or the same dict from the app's wizard) names the column of
each field, constant values for every row, value translations ("En cours" -> ``pilot``) and
the source every record cites. With no mapping, :func:`template` builds one from the header.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from territoria.domain import vocab
from territoria.domain.text import fold
from territoria.services.importers.common import Converted, ImportOptions, MatcherFactory, is_url, parse_date
from territoria.services.importers.errors import ImportFileError, MappingError
from territoria.services.importers.readers import Table, open_table
from territoria.services.importers.records import clean_text, slugify
from territoria.services.importers.report import IMPORTED, REVIEW, RowOutcome, outcome

#: field -> (French label, kind); kinds: text, list, date, number, and vocabulary fields.
FIELDS: dict[str, tuple[str, str]] = {
    "external_id": ("Identifiant dans le tableau", "text"),
    "title": ("Titre", "text"),
    "summary": ("Résumé", "text"),
    "problem": ("Problème traité", "text"),
    "results": ("Résultats", "text"),
    "lead": ("Porteur (nom)", "text"),
    "lead_kind": ("Type de porteur", "vocab"),
    "lead_insee": ("Code INSEE du porteur", "text"),
    "status": ("Statut", "vocab"),
    "themes": ("Thèmes", "vocab_list"),
    "techniques": ("Techniques d'IA", "vocab_list"),
    "start_date": ("Début", "date"),
    "end_date": ("Fin", "date"),
    "budget_eur": ("Budget (€)", "number"),
    "supplier": ("Prestataire", "text"),
    "contact": ("Contact", "text"),
    "source_url": ("Lien de la fiche", "text"),
}
#: Free-text fields copied as they are (whitespace collapsed).
_TEXT_FIELDS = ("summary", "problem", "results", "supplier", "contact")
VOCABS: dict[str, dict[str, str]] = {
    "lead_kind": vocab.ORG_KINDS, "status": vocab.STATUSES, "themes": vocab.THEMES, "techniques": vocab.TECHNIQUES,
}
#: Usual French words of agencies' sheets, understood without a [values] table (which wins).
DEFAULT_VALUES: dict[str, dict[str, str]] = {
    "status": {"en cours": "pilot", "experimentation": "pilot", "pilote": "pilot", "test": "pilot",
               "termine": "production", "deploye": "production", "en production": "production",
               "operationnel": "production", "a l etude": "idea",
               "envisage": "idea", "annonce": "idea", "abandonne": "stopped", "arrete": "stopped"},
}
_GUESSES: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "identifiant", "n", "numero", "ref", "reference"),
    "title": ("titre", "intitule", "projet", "nom du projet", "nom"),
    "summary": ("description", "resume", "descriptif"),
    "problem": ("probleme", "enjeu", "besoin"),
    "results": ("resultats", "bilan", "impact"),
    "lead": ("porteur", "collectivite", "commune", "structure"),
    "lead_kind": ("type de porteur", "type de collectivite", "type"),
    "lead_insee": ("insee", "code insee", "code commune"),
    "status": ("statut", "etat", "avancement"),
    "themes": ("theme", "themes", "domaine", "thematique"),
    "techniques": ("technique", "techniques", "technologie", "type d ia"),
    "start_date": ("debut", "date de debut", "annee", "lancement"),
    "end_date": ("fin", "date de fin"),
    "budget_eur": ("budget", "cout", "montant"),
    "supplier": ("prestataire", "fournisseur", "editeur", "solution"),
    "contact": ("contact", "referent", "email", "courriel"),
    "source_url": ("lien", "url", "site", "source"),
}


@dataclass
class Mapping:
    """A validated column mapping."""

    columns: dict[str, str]
    constants: dict[str, Any] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)
    sheet: str | None = None
    id_prefix: str = "tableau"
    #: field -> folded value (translation, slug or French label) -> our slug; built once.
    lookups: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name, allowed in VOCABS.items():
            table = {fold(label): slug for slug, label in allowed.items()}
            table.update({fold(slug): slug for slug in allowed})
            table.update(DEFAULT_VALUES.get(name, {}))
            table.update(self.values.get(name, {}))
            self.lookups[name] = table

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        """Check a mapping read from TOML (or built by the wizard); MappingError in French."""
        problems = []
        columns = data.get("columns", {})
        constants = data.get("constants", {})
        for name in list(columns) + list(constants):
            if name not in FIELDS:
                problems.append(f"champ inconnu « {name} » (champs possibles : {', '.join(FIELDS)})")
        if "title" not in columns and "title" not in constants:
            problems.append("la colonne du champ « title » (titre) est obligatoire")
        source = data.get("source", {})
        for key in ("title", "publisher", "url"):
            if not str(source.get(key, "")).strip():
                problems.append(f"[source] : « {key} » manquant (la source que chaque fiche citera)")
        if source.get("url") and not is_url(str(source["url"])):
            problems.append(f"[source] : url « {source['url']} » invalide (http:// ou https://)")
        values = {f: {fold(k): str(v) for k, v in table.items()} for f, table in data.get("values", {}).items()}
        for name, table in values.items():
            allowed = VOCABS.get(name)
            for target in table.values():
                if allowed is not None and target not in allowed:
                    problems.append(f"[values.{name}] : « {target} » n'est pas une valeur de {name} "
                                    f"({', '.join(allowed)})")
        prefix = str(data.get("table", {}).get("id_prefix", "tableau"))
        if not re.match(r"^[a-z0-9][a-z0-9-]*$", prefix):
            problems.append(f"[table] id_prefix « {prefix} » invalide (minuscules, chiffres, tirets)")
        if problems:
            raise MappingError("Correspondance de colonnes invalide :\n- " + "\n- ".join(problems))
        return cls(columns={k: str(v) for k, v in columns.items()}, constants=dict(constants), values=values,
                   source=dict(source), sheet=data.get("table", {}).get("sheet"), id_prefix=prefix)

    @classmethod
    def load(cls, path: Path) -> Mapping:
        """Read and check a mapping TOML file."""
        try:
            with path.open("rb") as handle:
                return cls.from_dict(tomllib.load(handle))
        except tomllib.TOMLDecodeError as exc:
            raise MappingError(f"Fichier de correspondance {path.name} illisible : {exc}") from exc
        except OSError as exc:
            raise MappingError(f"Fichier de correspondance {path.name} introuvable ou illisible") from exc


def guess_columns(header: list[str]) -> dict[str, str]:
    """A first guess of the column of each field, from the header's names."""
    guesses: dict[str, str] = {}
    used: set[str] = set()
    # exact names first ("Statut"), then names that contain one of the words ("Intitulé du projet")
    for exact in (True, False):
        for name, words in _GUESSES.items():
            if name in guesses:
                continue
            for column in header:
                folded = fold(column)
                hit = folded in words if exact else any(f" {w} " in f" {folded} " for w in words if len(w) > 3)
                if column not in used and hit:
                    guesses[name] = column
                    used.add(column)
                    break
    return guesses


def template(header: list[str]) -> str:
    """A mapping TOML to complete, built from a sheet's header."""
    guesses = guess_columns(header)
    lines = [
        "# Correspondance des colonnes pour : territoria import-catalogue --format table FICHIER --mapping CE_FICHIER",
        "# Colonnes du tableau : " + ", ".join(f'"{h}"' for h in header),
        "",
        "[table]",
        '# sheet = "Feuille 1"      # classeur .xlsx : feuille à lire (défaut : la première)',
        'id_prefix = "tableau"      # identifiants externes « tableau:<identifiant> »',
        "",
        "[columns]                 # champ = \"en-tête de la colonne\"",
    ]
    for name, (label, _) in FIELDS.items():
        column = guesses.get(name)
        value = '"' + column.replace('"', '\\"') + '"' if column else '""'
        lines.append(f"{'' if column else '# '}{name} = {value}    # {label}")
    lines += [
        "",
        "[constants]               # valeur identique pour toutes les lignes",
        '# lead_kind = "commune"',
        "",
        "[values.status]           # traduction des valeurs du tableau vers : " + ", ".join(vocab.STATUSES),
        '# "En cours" = "pilot"',
        "",
        "[source]                  # la source que chaque fiche citera",
        'title = ""',
        'publisher = ""',
        'url = ""',
        '# published = "2025-01-31"',
        'licence = ""              # obligatoire (ou --licence), par exemple "etalab-2.0"',
        '# attribution = ""',
        "",
    ]
    return "\n".join(lines)


def _number(text: str) -> float | None:
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "").lower()
    factor = 1.0
    for suffix, value in (("meur", 1e6), ("m", 1e6), ("keur", 1e3), ("k", 1e3), ("eur", 1.0)):
        if cleaned.endswith(suffix):
            cleaned, factor = cleaned[: -len(suffix)], value
            break
    cleaned = cleaned.replace(",", ".")
    try:
        return round(float(cleaned) * factor, 2)
    except ValueError:
        return None


def _vocab_value(name: str, raw: str, mapping: Mapping, reasons: list[str]) -> str | None:
    if raw in VOCABS[name]:
        return raw
    table = mapping.lookups[name]
    found = table.get(raw) or table.get(fold(raw))
    if found:
        table[raw] = found  # the same spelling on the next rows costs one look-up
        return found
    reasons.append(f"{FIELDS[name][0].lower()} « {raw} » sans correspondance ([values.{name}] du fichier de "
                   "correspondance) : omis")
    return None


def licence_of(mapping: Mapping, options: ImportOptions | None = None) -> str:
    """The pack's licence: ``--licence``, else ``[source] licence``; :class:`MappingError` when neither."""
    licence = ((options.licence if options else None) or str(mapping.source.get("licence") or "")).strip()
    if not licence:  # a pack says under which licence its records may be reused
        raise MappingError("Licence du tableau inconnue : donnez-la avec --licence (par exemple --licence "
                           "etalab-2.0) ou dans la correspondance, section [source] : licence = \"etalab-2.0\".")
    return licence


def convert_table(table: Table, mapping: Mapping, options: ImportOptions, matcher: MatcherFactory,
                  publisher_name: str) -> Converted:
    """Map every row of an open ``table`` to an initiative."""
    path = table.path
    missing = [c for c in mapping.columns.values() if c not in table.header]
    if missing:
        raise ImportFileError(path, "colonne(s) de la correspondance absente(s) de l'en-tête : "
                              + ", ".join(f"« {m} »" for m in missing)
                              + f" (colonnes présentes : {', '.join(table.header)})", line=1)
    licence = licence_of(mapping, options)
    result = Converted(publisher_id=options.publisher_id or "agence", publisher_name=publisher_name,
                       title=str(mapping.source.get("title", path.stem)), licence=licence)
    records = result.records
    source = records.add("sources", {
        "id": "tableau", "title": str(mapping.source["title"]), "publisher": str(mapping.source["publisher"]),
        "url": str(mapping.source["url"]), "published": parse_date(str(mapping.source.get("published", ""))),
        "url_is_article": False, "licence": licence,
        "attribution": mapping.source.get("attribution"),
    })
    seen: dict[str, int] = {}
    columns = list(mapping.columns.items())
    unmapped = {name: mapping.constants.get(name, "") for name in FIELDS if name not in mapping.columns}
    # a field with neither a column nor a constant is "" on every row and gives nothing: skipped
    given = set(mapping.columns) | set(mapping.constants)
    text_fields = tuple(name for name in _TEXT_FIELDS if name in given)
    date_fields = tuple(name for name in ("start_date", "end_date") if name in given)
    list_fields = tuple(name for name in ("themes", "techniques") if name in given)
    # the same dates, amounts, theme lists and porteurs recur from row to row: each is mapped once
    # (with the reasons it gives), so a 10,000-row sheet costs its distinct values, not its rows
    dates: dict[str, str | None] = {}
    amounts: dict[str, float | None] = {}
    statuses: dict[str, tuple[str | None, list[str]]] = {}
    lists: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    leads: dict[tuple[str, str, str], tuple[str | None, list[str]]] = {}
    width = len(table.header)
    prefix = mapping.id_prefix
    outcomes = result.outcomes
    for row in table.rows:
        values = dict(unmapped)
        cells = row.cells
        for name, column in columns:
            values[name] = cells.get(column, "").strip()
        get = values.__getitem__

        title = " ".join(str(get("title")).split())  # clean_text, inline: it runs for every row
        raw_id = " ".join(str(get("external_id")).split()) or title
        external = f"{prefix}:{raw_id}" if raw_id else ""
        if row.width > width:
            result.outcomes.append(outcome(row.line, [f"{row.width} cellules au lieu de {len(table.header)}"],
                                           external, title, skipped=True))
            continue
        if not title:
            result.outcomes.append(outcome(row.line, ["titre vide"], external, title, skipped=True))
            continue
        if external in seen:
            result.outcomes.append(outcome(row.line, [f"identifiant « {raw_id} » en double (déjà ligne "
                                                      f"{seen[external]})"], external, title, skipped=True))
            continue
        seen[external] = row.line
        reasons: list[str] = []
        record: dict[str, Any] = {"id": slugify(raw_id, "fiche"), "external_id": external, "title": title,
                                  "language": "fr"}
        # empty fields are left out here rather than filtered out by records.add (a copy of every record)
        for name in text_fields:
            value = get(name)
            if value != "" and (text := " ".join(str(value).split())):
                record[name] = text
        for name in date_fields:
            raw = str(get(name))
            if raw:
                if raw not in dates:
                    dates[raw] = parse_date(raw)
                if (day := dates[raw]) is None:
                    reasons.append(f"date « {raw} » illisible ({FIELDS[name][0].lower()}) : laissée vide")
                else:
                    record[name] = day
        if raw := str(get("budget_eur")):
            if raw not in amounts:
                amounts[raw] = _number(raw)
            if (amount := amounts[raw]) is None:
                reasons.append(f"budget « {raw} » illisible : laissé vide")
            else:
                record["budget_eur"] = amount
        if raw := get("status"):
            if (text := str(raw)) not in statuses:  # once per distinct status, with the reason it gives
                noted: list[str] = []
                statuses[text] = (_vocab_value("status", text, mapping, noted), noted)
            status, noted = statuses[text]
            if status:
                record["status"] = status
            reasons.extend(noted)
        for name in list_fields:
            raw = get(name)
            if isinstance(raw, list):  # a constant list of the mapping
                if constant := [v for p in raw if (v := _vocab_value(name, str(p).strip(), mapping, reasons))]:
                    record[name] = constant
                continue
            if (list_key := (name, str(raw))) not in lists:
                found: list[str] = []
                parts = [p for p in re.split(r"[;,\n]", list_key[1]) if p.strip()]
                lists[list_key] = ([v for p in parts if (v := _vocab_value(name, p.strip(), mapping, found))], found)
            mapped, found = lists[list_key]
            if mapped:
                record[name] = list(mapped)
            reasons.extend(found)
        record["sources"] = [source]
        if (url := str(get("source_url"))) and is_url(url):
            record["sources"].insert(0, records.add("sources", {
                "id": slugify(f"fiche-{raw_id}"), "title": title, "publisher": str(mapping.source["publisher"]),
                "url": url, "licence": licence,
                "attribution": mapping.source.get("attribution")}))
        elif url:
            reasons.append(f"lien « {url[:60]} » invalide")
        lead_key = (str(get("lead")), str(get("lead_kind")), str(get("lead_insee")))
        if lead_key not in leads:  # the same porteur gets the same organisation and the same reasons
            noted = []
            leads[lead_key] = (_lead(row_lead=lead_key[0], kind_raw=lead_key[1], insee=lead_key[2], mapping=mapping,
                                     matcher=matcher, records=records, source=source, reasons=noted), noted)
        record["lead"], noted = leads[lead_key]
        reasons.extend(noted)
        if record["lead"] is None:  # the format needs a lead (or a place, which tables do not give)
            result.outcomes.append(outcome(row.line, ["porteur vide : fiche impossible à situer"], external, title,
                                           skipped=True))
            continue
        records.add("initiatives", record)
        # outcome(), inline: the title is already clean_text'd
        outcomes.append(RowOutcome(row.line, REVIEW if reasons else IMPORTED, " ; ".join(reasons), external,
                                   title[:200]))
    return result


def _lead(row_lead: str, kind_raw: str, insee: str, mapping: Mapping, matcher: MatcherFactory, records: Any,
          source: str, reasons: list[str]) -> str | None:
    name = clean_text(row_lead)
    if not name:
        return None
    kind = _vocab_value("lead_kind", kind_raw, mapping, reasons) if kind_raw else None
    folded = fold(name)  # once, for the name's geography key and for its organisation's id
    codes: dict[str, str] = {}
    if insee:
        link = matcher().commune_link(insee)
        if link is not None:
            kind, codes = "commune", link.fields
        else:
            reasons.append(f"code INSEE « {insee} » inconnu : porteur non rattaché")
    elif kind is None or kind in vocab.COLLECTIVITE_KINDS:
        resolution = matcher().resolve(name, folded=folded)
        if resolution.link is not None and kind in (None, resolution.link.kind):
            kind, codes = resolution.link.kind, resolution.link.fields  # read only: copied by ** below
        else:
            reasons.append(resolution.review or f"porteur « {name} » : type indiqué ({kind}) différent de la "
                           "collectivité trouvée")
            kind = kind or "other"
            codes = {}
    return records.organisation(name, kind or "other", source, folded, **codes)


def convert(path: Path, options: ImportOptions, matcher: MatcherFactory, mapping: Mapping | None = None) -> Converted:
    """Read a CSV or .xlsx table with ``mapping`` (or ``options.mapping``) and map its rows."""
    if mapping is None:
        if options.mapping is None:
            raise MappingError("le format « table » demande --mapping FICHIER.toml")
        mapping = Mapping.load(options.mapping)
    with open_table(path, options.sheet or mapping.sheet) as table:
        return convert_table(table, mapping, options, matcher, options.publisher_name or "Agence")


def read_header(path: Path, sheet: str | None = None, preview: int = 0) -> tuple[list[str], list[list[str]]]:
    """The header of a table and its first ``preview`` rows (for the template and the wizard)."""
    with open_table(path, sheet) as table:
        rows = []
        for row in table.rows:
            if len(rows) >= preview:
                break
            rows.append([row.cells.get(h, "") for h in table.header])
        return table.header, rows
