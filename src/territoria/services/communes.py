"""Choosing a collectivité: a forgiving type-ahead over communes, EPCI, départements, régions.

:class:`PlaceIndex` loads every commune, EPCI, département and région once (about 36,000
rows, a few hundred milliseconds) and then answers each keystroke in memory:

- case, accents, hyphens and apostrophes do not matter (``domain.text.fold``);
- ``St``, ``Ste``, ``S`` and ``Sainte`` stand for ``Saint`` and the other way round;
- words may come in any order and the last one may be unfinished (word prefixes);
- digits match postcodes, INSEE codes, département codes and EPCI SIRENs by prefix,
  and narrow a name: ``valence 26`` is Valence in the Drôme;
- homonymous communes are told apart by their département: ``Valence (26)``;
- arrondissements municipaux ("Lyon 3e", 69383), communes déléguées ("Cherbourg-Octeville")
  and communes associées are found too: they answer with their current commune (the place
  a person means), with ``alias_name``/``alias_kind``/``alias_code`` saying what was typed.

Order: exact name (or code) first, then names that start like the query, then the rest;
inside each tier the most populous first, then the code.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace

from territoria.domain.format_fr import population as population_text
from territoria.domain.text import fold
from territoria.domain.vocab import COLLECTIVITE_KINDS, COMMUNE_ALIAS_KINDS, EPCI_KINDS, ORG_KINDS
from territoria.services.database import Database

#: The kinds of collectivité one can choose, in display order.
PLACE_KINDS: dict[str, str] = {kind: ORG_KINDS[kind] for kind in COLLECTIVITE_KINDS}

#: Query words that stand for "Saint"/"Sainte" (abbreviations are interchangeable).
SAINT_FORMS: frozenset[str] = frozenset({"s", "st", "ste", "saint", "sainte"})
_SAINT = "saint"
_CODE_TOKEN = re.compile(r"^(?:\d|2[ab]\d)[0-9ab]*$")
#: A bare arrondissement number (Paris has 20, Marseille 16, Lyon 9).
_ARRONDISSEMENT_NUMBER = re.compile(r"^(?:[1-9]|1[0-9]|20)$")

#: Kinds of commune alias with their French labels (``store.models.ALIAS_KINDS``).
ALIAS_KINDS: dict[str, str] = COMMUNE_ALIAS_KINDS


@dataclass(frozen=True, slots=True)
class Place:
    """A collectivité one can choose: a commune, an EPCI, a département or a région."""

    kind: str
    code: str
    name: str
    #: What a list shows: ``"Valence (26)"``, ``"Orne (61)"``, ``"Normandie"``.
    label: str
    population: int
    departement_code: str | None = None
    departement: str = ""
    region_code: str | None = None
    region: str = ""
    epci_siren: str | None = None
    postcodes: tuple[str, ...] = ()
    #: "Commune", "Communauté de communes", "Département"…
    kind_label: str = ""
    #: The folded name (``domain.text.fold``), as ``communes.name_key`` stores it.
    name_key: str = ""
    #: When the place was found through an alias (arrondissement, commune déléguée or
    #: associée): its name, kind (``ALIAS_KINDS``) and own INSEE code; the rest is the parent's.
    alias_name: str = ""
    alias_kind: str = ""
    alias_code: str = ""

    @property
    def alias_note(self) -> str:
        """"Lyon 3e Arrondissement (arrondissement municipal) fait partie de Lyon (69)", or ""."""
        if not self.alias_name:
            return ""
        kind = ALIAS_KINDS.get(self.alias_kind, "").lower()
        return f"{self.alias_name} ({kind}) fait partie de {self.label}"

    @property
    def detail(self) -> str:
        """The second line of a list entry: ``"Commune · 1 055 hab. · Orne, Normandie"``."""
        parts = [self.kind_label or PLACE_KINDS[self.kind], population_text(self.population)]
        where = ", ".join(part for part in (self.departement, self.region) if part and part != self.name)
        if where:
            parts.append(where)
        return " · ".join(parts)


def _canonical_words(words: Iterable[str]) -> list[str]:
    return [_SAINT if word in SAINT_FORMS else word for word in words]


def _index_words(words: list[str]) -> set[str]:
    """The words a name is found by: its folded words, Saint forms, elisions glued (``lhay``)."""
    found = set(words)
    if not found.isdisjoint(SAINT_FORMS):
        found.add(_SAINT)
    for first, second in zip(words, words[1:]):
        if first in ("l", "d", "qu", "j", "n", "s"):
            found.add(first + second)
    return found


class PlaceIndex:
    """Every choosable collectivité, indexed in memory for type-ahead search.

    Rows are kept as compact tuples in rank order (most populous first, then kind, then
    code); :class:`Place` objects are only built for the results.
    """

    def __init__(self, rows: list[tuple], departements: dict[str, str], regions: dict[str, str],
                 epci_homes: dict[str, tuple[str, str]]) -> None:
        #: (kind, code, name, folded name, postcodes, population, dep, reg, epci, kind label,
        #: parent insee); kind "alias" rows are arrondissements / communes déléguées / associées
        self._rows = rows
        self._departements = departements
        self._regions = regions
        self._epci_homes = epci_homes
        self._by_code: dict[str, dict[str, int]] = {}  # kind -> code -> id (no tuple per place)
        postings: dict[str, list[int]] = {}
        codes: list[tuple[str, int]] = []
        keys: list[tuple[str, int]] = []
        shared: dict[str, str] = {}  # one object per distinct postcode or lower-cased code
        for ident, (kind, code, name, key, postcodes, *_rest) in enumerate(rows):
            self._by_code.setdefault(kind, {})[code] = ident
            words = (key or fold(name)).split()
            for word in _index_words(words):
                postings.setdefault(word, []).append(ident)
            keys.append((" ".join(_canonical_words(words)), ident))
            if kind in ("commune", "alias"):
                codes.append((shared.setdefault(code.lower(), code.lower()), ident))
                codes.extend((shared.setdefault(postcode, postcode), ident) for postcode in postcodes.split())
            elif kind != "region":  # région codes ("93") would be mistaken for département codes
                codes.append((shared.setdefault(code.lower(), code.lower()), ident))
        self._words: list[str] = sorted(postings)
        self._postings: list[list[int]] = [postings[word] for word in self._words]
        # sorted keys and their ids in two parallel lists: a (key, id) tuple per entry cost
        # ~64 bytes each over some 120,000 entries (see BENCHMARKS.md, GUI memory)
        codes.sort()
        self._code_keys: list[str] = [code for code, _ in codes]
        self._code_ids: list[int] = [ident for _, ident in codes]
        del codes
        keys.sort()
        self._key_keys: list[str] = [key for key, _ in keys]
        self._key_ids: list[int] = [ident for _, ident in keys]

    # --- loading ------------------------------------------------------------------

    @classmethod
    def load(cls, db: Database, prefilter: str | None = None) -> PlaceIndex:
        """Read every commune, EPCI, département and (proper) région from ``db``.

        ``prefilter`` (a query) keeps only the communes that query can match: a quick
        one-shot search (command line) without indexing all 35,000 communes.
        """
        where, params = _commune_prefilter(prefilter) if prefilter else ("", ())
        with db.read() as connection:
            run = connection.exec_driver_sql
            regions = {code: name for code, name in run("SELECT code, name FROM regions WHERE zone != 'com'")}
            departements = {code: name for code, name in
                            run("SELECT code, name FROM departements WHERE zone != 'com'")}
            homes: dict[str, tuple[str, str]] = {}
            for siren, dep, reg in run(
                "SELECT epci_siren, departement_code, region_code FROM communes "
                "WHERE epci_siren IS NOT NULL ORDER BY epci_siren, population DESC, insee"
            ):
                homes.setdefault(siren, (dep, reg))
            if where:  # the communes of matching aliases too: an alias answers with its commune
                sql = _PLACES_SQL.format(
                    where=f"{where} OR insee IN (SELECT parent_insee FROM commune_aliases {where})",
                    alias_where=where)
                params = params * 3
            else:
                sql = _PLACES_SQL.format(where="", alias_where="")
            # rows streamed into tuples, each repeated text (kind, codes, labels, postcodes)
            # kept once: the index of 39,000 places held ~60 MB with a str per field and row
            shared: dict[str, str] = {}
            rows = [(shared.setdefault(kind, kind), code, name, key, shared.setdefault(postcodes, postcodes),
                     population, dep and shared.setdefault(dep, dep), reg and shared.setdefault(reg, reg),
                     epci and shared.setdefault(epci, epci), kind_label and shared.setdefault(kind_label, kind_label),
                     parent and shared.setdefault(parent, parent))
                    for kind, code, name, key, postcodes, population, dep, reg, epci, kind_label, parent
                    in run(sql, params)]
        return cls(rows, departements, regions, homes)

    # --- look-ups -----------------------------------------------------------------

    def _place(self, ident: int) -> Place:
        kind, code, name, key, postcodes, population, dep, reg, epci, kind_label, parent = self._rows[ident]
        if kind == "alias":
            found = self._by_code.get("commune", {}).get(parent)
            if found is not None:
                return replace(self._place(found), alias_name=name, alias_kind=kind_label, alias_code=code)
        if kind == "epci":
            dep, reg = self._epci_homes.get(code, (None, None))
            kind_label = EPCI_KINDS.get(kind_label, "Intercommunalité")
        label = f"{name} ({dep})" if kind in ("commune", "departement") else name
        return Place(kind, code, name, label, population or 0, departement_code=dep,
                     departement=self._departements.get(dep, "") if dep else "",
                     region_code=reg, region=self._regions.get(reg, "") if reg else "",
                     epci_siren=epci, postcodes=tuple(postcodes.split()), kind_label=kind_label,
                     name_key=key or fold(name))

    def get(self, kind: str, code: str) -> Place | None:
        """The place of that kind and code, or None."""
        ident = self._by_code.get(kind, {}).get(code)
        return None if ident is None else self._place(ident)

    def __len__(self) -> int:
        return len(self._rows)

    def search(self, query: str, limit: int = 20, kinds: Iterable[str] | None = None) -> list[Place]:
        """The best ``limit`` places for ``query`` (see the module docstring for the rules)."""
        tokens = fold(query).split()
        if not tokens or limit <= 0:
            return []
        ordinal = _ordinal_tokens(tokens)
        if ordinal is not None:  # "Paris 15" means "Paris 15e" when such a name exists
            found = self._search_tokens(ordinal, limit, kinds)
            if found:
                return found
        return self._search_tokens(tokens, limit, kinds)

    def _search_tokens(self, tokens: list[str], limit: int, kinds: Iterable[str] | None) -> list[Place]:
        allowed = frozenset(kinds) if kinds is not None else None
        code_tokens = [t for t in tokens if _CODE_TOKEN.match(t)]
        word_tokens = [t for t in tokens if not _CODE_TOKEN.match(t)]

        sets = [self._word_matches(t) for t in word_tokens]
        sets += [self._code_matches(t) for t in code_tokens]
        sets.sort(key=len)
        candidates = set(sets[0])
        for other in sets[1:]:
            candidates.intersection_update(other)
            if not candidates:
                break
        if allowed is not None:
            if "commune" in allowed:  # an alias answers for its commune
                allowed = allowed | {"alias"}
            candidates = {i for i in candidates if self._rows[i][0] in allowed}
        if not candidates:
            return []

        exact, prefix = self._tiers(word_tokens, code_tokens, candidates)
        chosen: list[int] = []
        for tier in (sorted(exact), sorted(prefix - exact)):
            chosen.extend(tier[: limit - len(chosen)])
            if len(chosen) >= limit:
                return self._unique([self._place(i) for i in chosen])
        rest = candidates - exact - prefix
        chosen.extend(heapq.nsmallest(limit - len(chosen), rest))
        return self._unique([self._place(i) for i in chosen])

    @staticmethod
    def _unique(places: list[Place]) -> list[Place]:
        """``places`` without an alias whose commune is already listed under its own name."""
        communes = {p.code for p in places if p.kind == "commune" and not p.alias_name}
        return [p for p in places if not (p.alias_name and p.code in communes
                                          and fold(p.alias_name) == fold(p.name))]

    def _prefix_range(self, sorted_keys: list[str], prefix: str) -> tuple[int, int]:
        start = bisect_left(sorted_keys, prefix)
        end = bisect_left(sorted_keys, prefix + "\uffff", lo=start)
        return start, end

    def _word_matches(self, token: str) -> set[int]:
        start, end = self._prefix_range(self._words, token)
        found: set[int] = set()
        for postings in self._postings[start:end]:
            found.update(postings)
        if token in SAINT_FORMS:
            position = bisect_left(self._words, _SAINT)
            if position < len(self._words) and self._words[position] == _SAINT:
                found.update(self._postings[position])
        return found

    def _code_matches(self, token: str) -> set[int]:
        start, end = self._prefix_range(self._code_keys, token)
        return set(self._code_ids[start:end])

    def _tiers(self, word_tokens: list[str], code_tokens: list[str], candidates: set[int]) -> tuple[set[int], set[int]]:
        """Ids whose name (or code) equals the query, and ids whose name starts with it."""
        exact: set[int] = set()
        prefix: set[int] = set()
        if word_tokens:
            heads = _canonical_words(word_tokens[:-1])
            last = word_tokens[-1]
            variants = {last, _SAINT} if last in SAINT_FORMS else {last}
            for variant in variants:
                key = " ".join([*heads, variant])
                start, end = self._prefix_range(self._key_keys, key)
                for name_key, ident in zip(self._key_keys[start:end], self._key_ids[start:end]):
                    if ident in candidates:
                        (exact if name_key == key else prefix).add(ident)
        else:
            for token in code_tokens:
                start, end = self._prefix_range(self._code_keys, token)
                for code, ident in zip(self._code_keys[start:end], self._code_ids[start:end]):
                    if code == token:
                        exact.add(ident)
            exact &= candidates
        return exact, prefix


def find_place(db: Database, kind: str, code: str) -> Place | None:
    """One place by kind and code, read directly (no index needed).

    A commune code may be an alias's (arrondissement 69383, commune déléguée): the answer is
    then its current commune, with the alias fields set.
    """
    code = (code or "").strip()
    if kind not in PLACE_KINDS or not code:
        return None
    with db.session() as session:
        run = session.connection().exec_driver_sql
        if kind == "commune":
            alias = None
            if run("SELECT 1 FROM communes WHERE insee = ?", (code.upper(),)).first() is None:
                # arrondissements first: their codes are their own, unlike many communes déléguées
                alias = run(
                    "SELECT name, kind, insee, parent_insee FROM commune_aliases WHERE insee = ? "
                    "ORDER BY kind = 'arrondissement' DESC, kind, name LIMIT 1", (code.upper(),)
                ).first()
                if alias is None:
                    return None
                code = alias[3]
            row = run(
                "SELECT c.insee, c.name, c.name_key, c.postcodes, c.population, c.departement_code, "
                "c.region_code, c.epci_siren, d.name, r.name FROM communes c "
                "JOIN departements d ON d.code = c.departement_code "
                "JOIN regions r ON r.code = c.region_code WHERE c.insee = ?", (code.upper(),)
            ).first()
            if row is None:
                return None
            insee, name, key, postcodes, pop, dep, reg, epci, dep_name, reg_name = row
            return Place("commune", insee, name, f"{name} ({dep})", pop, departement_code=dep,
                         departement=dep_name, region_code=reg, region=reg_name, epci_siren=epci,
                         postcodes=tuple(postcodes.split()), kind_label="Commune", name_key=key,
                         alias_name=alias[0] if alias else "", alias_kind=alias[1] if alias else "",
                         alias_code=alias[2] if alias else "")
        if kind == "epci":
            row = run("SELECT siren, name, kind, population FROM epci WHERE siren = ?", (code,)).first()
            if row is None:
                return None
            siren, name, epci_kind, pop = row
            home = run(
                "SELECT c.departement_code, c.region_code, d.name, r.name FROM communes c "
                "JOIN departements d ON d.code = c.departement_code "
                "JOIN regions r ON r.code = c.region_code WHERE c.epci_siren = ? "
                "ORDER BY c.population DESC, c.insee LIMIT 1", (code,)
            ).first()
            dep, reg, dep_name, reg_name = home if home else (None, None, "", "")
            return Place("epci", siren, name, name, pop, departement_code=dep, departement=dep_name,
                         region_code=reg, region=reg_name, epci_siren=siren,
                         kind_label=EPCI_KINDS.get(epci_kind, "Intercommunalité"), name_key=fold(name))
        if kind == "departement":
            row = run(
                "SELECT d.code, d.name, d.region_code, d.population, r.name FROM departements d "
                "JOIN regions r ON r.code = d.region_code WHERE d.code = ? AND d.zone != 'com'",
                (code.upper(),),
            ).first()
            if row is None:
                return None
            dep, name, reg, pop, reg_name = row
            return Place("departement", dep, name, f"{name} ({dep})", pop, departement_code=dep,
                         departement=name, region_code=reg, region=reg_name, kind_label="Département",
                         name_key=fold(name))
        row = run("SELECT code, name, population FROM regions WHERE code = ? AND zone != 'com'", (code,)).first()
        if row is None:
            return None
        reg, name, pop = row
        return Place("region", reg, name, name, pop, region_code=reg, region=name, kind_label="Région",
                     name_key=fold(name))


def search_places(db: Database, query: str, limit: int = 20, kinds: Iterable[str] | None = None) -> list[Place]:
    """One-shot search (keep a :class:`PlaceIndex` for repeated searches, as the picker does)."""
    return PlaceIndex.load(db, prefilter=query).search(query, limit, kinds)


_PLACES_SQL = """
SELECT kind, code, name, name_key, postcodes, population, dep, reg, epci, kind_label, parent FROM (
    SELECT 'commune' AS kind, 0 AS rank, insee AS code, name, name_key, postcodes, population,
           departement_code AS dep, region_code AS reg, epci_siren AS epci, 'Commune' AS kind_label,
           NULL AS parent
    FROM communes {where}
    UNION ALL
    SELECT 'alias', 4, a.insee, a.name, a.name_key, a.postcodes, coalesce(a.population, 0),
           c.departement_code, c.region_code, c.epci_siren, a.kind, a.parent_insee
    FROM (SELECT * FROM commune_aliases {alias_where}) a JOIN communes c ON c.insee = a.parent_insee
    UNION ALL
    SELECT 'epci', 1, siren, name, NULL, '', population, NULL, NULL, siren, kind, NULL FROM epci
    UNION ALL
    SELECT 'departement', 2, code, name, NULL, '', population, code, region_code, NULL, 'Département', NULL
    FROM departements WHERE zone != 'com'
    UNION ALL
    SELECT 'region', 3, code, name, NULL, '', population, NULL, code, NULL, 'Région', NULL
    FROM regions WHERE zone != 'com'
) AS places ORDER BY population DESC, rank, code
"""


def _ordinal_tokens(tokens: list[str]) -> list[str] | None:
    """``tokens`` with a bare arrondissement number after a name made ordinal ("15" -> "15e",
    "1" -> "1er"), or None when there is no such number."""
    if not any(not _CODE_TOKEN.match(t) for t in tokens):
        return None
    changed = [("1er" if t == "1" else f"{int(t)}e") if _ARRONDISSEMENT_NUMBER.match(t) else t for t in tokens]
    return changed if changed != tokens else None


def _commune_prefilter(query: str) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause keeping a superset of the communes ``query`` can match."""
    tokens = fold(query).split()
    # a bare arrondissement number after a name ("Paris 15") may be a name word, not a code
    tokens = _ordinal_tokens(tokens) or tokens if any(len(t) >= 3 and not _CODE_TOKEN.match(t) for t in tokens) \
        else tokens
    codes = [t for t in tokens if _CODE_TOKEN.match(t)]
    if codes:
        token = max(codes, key=len)
        return "WHERE insee LIKE ? OR (' ' || postcodes) LIKE ?", (f"{token}%", f"% {token}%")
    words = [t for t in tokens if t not in SAINT_FORMS and len(t) >= 3]
    if not words:
        return "", ()
    token = max(words, key=len)
    return "WHERE replace(name_key, ' ', '') LIKE ?", (f"%{token}%",)
