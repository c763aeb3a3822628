"""A deterministic demo dataset: monthly coverage, regulations, budgets and employment.

Magnitudes follow the national figures in the domain notes (about 31 M active participants in
Dec 2021 rising to about 45 M in Dec 2024, roughly PU 60 %, BPU 22 %, Jakon+PMI the rest) and
scale with each region's real population. Everything made here is stored with ``is_demo`` so
the UI and exports mark it. The same seed always gives the same numbers.

Regions that the curated facts describe (Kalimantan Tengah) get no demo regulations, so the
demo never contradicts a real fact.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import numpy as np
import pandas as pd

SEED = 20210325  # Inpres 2/2021 came into force on 25 March 2021
FIRST_PERIOD = "2021-01-01"
LAST_PERIOD = "2025-06-01"
EMPLOYED_SHARE = 0.49  # employed population / total population, national order of magnitude

# Shares of a region's active participants by segment (sum 1).
SEGMENT_SHARE = {"PU": 0.60, "BPU": 0.22, "JAKON": 0.15, "PMI": 0.03}
# Provinces whose regulations the curated facts describe: no demo regulations there.
CURATED_REGULATION_PROVINCES = {"62"}
DEFAULT_POPULATION = 300_000  # used only when population is unknown (reference data offline)

REGULATION_SCOPES = ["non_asn", "pekerja_rentan", "perangkat_desa", "rt_rw", "gtt_ptt"]


def _rng(*parts: object) -> np.random.Generator:
    """A generator per named stream, so adding a region or table never shifts the others."""
    digest = hashlib.sha256(("|".join(map(str, (SEED, *parts)))).encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


def _regions(regions: pd.DataFrame) -> pd.DataFrame:
    kab = regions[regions["level"].isin(["kabupaten", "kota"])].copy()
    pop = pd.to_numeric(kab["population"], errors="coerce").fillna(DEFAULT_POPULATION)
    kab["population"] = pop.astype("int64")
    rng = _rng("region-profile")
    n = len(kab)
    # Kota are more formal economies: higher coverage; a spread of +-40 % across regions.
    base = np.where(kab["level"].eq("kota"), 0.31, 0.17) * rng.lognormal(0, 0.3, n)
    kab["ucj_2021"] = np.clip(base, 0.05, 0.75)
    kab["growth"] = rng.normal(0.085, 0.03, n)  # yearly relative growth
    # About one region in eight pays Non-ASN contributions in one bulk payment a year.
    kab["bulk_payer"] = rng.random(n) < 0.125
    kab["employed_share"] = EMPLOYED_SHARE * rng.normal(1.0, 0.05, n)
    return kab.reset_index(drop=True)


def demo_employment(regions: pd.DataFrame) -> pd.DataFrame:
    kab = _regions(regions)
    rows = []
    for year in range(2021, 2026):
        factor = 1 + 0.012 * (year - 2021)
        employed = (kab["population"] * kab["employed_share"] * factor).round().astype("int64")
        rows.append(pd.DataFrame({
            "region_code": kab["code"], "year": year, "employed": employed,
            "edition": f"Sakernas Agustus {year} (demo)", "source": "demo generator",
        }))
    return pd.concat(rows, ignore_index=True)


def demo_coverage(regions: pd.DataFrame) -> pd.DataFrame:
    kab = _regions(regions)
    periods = pd.date_range(FIRST_PERIOD, LAST_PERIOD, freq="MS")
    months = np.arange(len(periods))
    n, m = len(kab), len(periods)
    rng = _rng("coverage")
    employed = (kab["population"] * kab["employed_share"]).to_numpy()[:, None]
    trend = kab["ucj_2021"].to_numpy()[:, None] * (1 + kab["growth"].to_numpy()[:, None]) ** (months / 12)
    noise = rng.normal(1.0, 0.01, (n, m))
    total = employed * trend * noise

    frames = []
    period_dates = periods.date
    for segment, share in SEGMENT_SHARE.items():
        values = total * share * rng.normal(1.0, 0.08, (n, 1))
        frames.append(_long(kab["code"], period_dates, values, segment, "all", None))

    # Non-ASN (PU): headcount ~0.8 % of population; covered share rises after the Inpres.
    non_asn_target = (kab["population"].to_numpy() * 0.008 * rng.normal(1, 0.15, n)).round()
    ramp = np.clip(0.35 + 0.5 * (months - 3) / 36, 0.3, 0.9)[None, :]
    covered = np.clip(ramp * rng.normal(1, 0.12, (n, 1)), 0.05, 0.98)
    non_asn = non_asn_target[:, None] * covered
    # Bulk payers: contributions lapse in January and February until the yearly payment.
    bulk = kab["bulk_payer"].to_numpy()[:, None]
    lapse = np.isin(periods.month, [1, 2])[None, :]
    non_asn = np.where(bulk & lapse, non_asn * 0.03, non_asn)
    frames.append(_long(kab["code"], period_dates, non_asn, "PU", "non_asn",
                        np.repeat(non_asn_target[:, None], m, axis=1)))

    # Pekerja rentan (BPU): ~5 % of population; low coverage growing from a small base.
    rentan_target = (kab["population"].to_numpy() * 0.05 * rng.normal(1, 0.2, n)).round()
    rentan_share = np.clip(0.02 + 0.12 * months / len(months), 0, 1)[None, :] * rng.lognormal(0, 0.5, (n, 1))
    rentan = rentan_target[:, None] * np.clip(rentan_share, 0, 0.9)
    frames.append(_long(kab["code"], period_dates, rentan, "BPU", "pekerja_rentan",
                        np.repeat(rentan_target[:, None], m, axis=1)))

    # Perangkat desa: only kabupaten have villages.
    is_kab = kab["level"].eq("kabupaten").to_numpy()
    desa_target = (kab["population"].to_numpy() * 0.003 * rng.normal(1, 0.1, n)).round()
    desa_share = np.clip(0.2 + 0.4 * months / len(months), 0, 0.95)[None, :] * rng.normal(1, 0.2, (n, 1))
    desa = desa_target[:, None] * np.clip(desa_share, 0.02, 0.95)
    frames.append(_long(kab["code"][is_kab], period_dates, desa[is_kab], "PU", "perangkat_desa",
                        np.repeat(desa_target[is_kab][:, None], m, axis=1)))
    result = pd.concat(frames, ignore_index=True)
    result["active_participants"] = result["active_participants"].round().astype("int64")
    return result


def _long(codes: pd.Series, periods, values: np.ndarray, segment: str, group: str,
          targets: np.ndarray | None) -> pd.DataFrame:
    codes = np.asarray(codes)
    frame = pd.DataFrame({
        "region_code": np.repeat(codes, len(periods)),
        "period": np.tile(periods, len(codes)),
        "segment": segment,
        "worker_group": group,
        "active_participants": values.reshape(-1),
    })
    frame["target_workers"] = (
        pd.array(targets.reshape(-1).round().astype("int64"), dtype="Int64")
        if targets is not None else pd.array([pd.NA] * len(frame), dtype="Int64")
    )
    return frame


def demo_regulations(regions: pd.DataFrame) -> pd.DataFrame:
    rng = _rng("regulations")
    rows = []
    inpres = dt.date(2021, 3, 25)
    for code, name, level, province in regions[["code", "name", "level", "province_code"]].itertuples(index=False):
        if province in CURATED_REGULATION_PROVINCES:
            continue
        draw = rng.random()
        if level == "provinsi":
            instrument, leader = "pergub", "Gubernur"
            p_issued = 0.75
        elif level == "kota":
            instrument, leader = "perwali", "Wali Kota"
            p_issued = 0.6
        else:
            instrument, leader = "perbup", "Bupati"
            p_issued = 0.55
        scopes = ",".join(sorted(rng.choice(REGULATION_SCOPES, size=rng.integers(1, 4), replace=False)))
        if draw < p_issued:
            issued = inpres + dt.timedelta(days=int(rng.integers(60, 1400)))
            rows.append(_regulation(code, name, instrument, leader, issued, scopes, "issued", rng))
            if rng.random() < 0.15:  # some are later amended
                amended = issued + dt.timedelta(days=int(rng.integers(200, 500)))
                if amended < dt.date(2025, 6, 30):
                    rows.append(_regulation(code, name, instrument, leader, amended, scopes, "issued",
                                            rng, amends=f"{rows[-1]['number']}/{issued.year}"))
        elif draw < p_issued + 0.15:
            # No regulation, but an instruksi or surat edaran
            kind = "surat_edaran" if rng.random() < 0.5 else {
                "pergub": "instruksi_gubernur", "perbup": "instruksi_bupati", "perwali": "instruksi_walikota"}[instrument]
            issued = inpres + dt.timedelta(days=int(rng.integers(30, 900)))
            rows.append(_regulation(code, name, kind, leader, issued, scopes, "issued", rng))
        elif draw < p_issued + 0.25:
            known = inpres + dt.timedelta(days=int(rng.integers(300, 1400)))
            row = _regulation(code, name, instrument, leader, None, scopes, "draft", rng)
            row["known_by"] = known
            rows.append(row)
    frame = pd.DataFrame(rows)
    frame["year"] = frame["year"].astype("Int64")
    return frame


_TITLES = {
    "perda": "Peraturan Daerah {name} tentang Penyelenggaraan Jaminan Sosial Ketenagakerjaan",
    "pergub": "Peraturan Gubernur {name} tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan",
    "perbup": "Peraturan Bupati {short} tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan",
    "perwali": "Peraturan Wali Kota {short} tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan",
    "instruksi_gubernur": "Instruksi Gubernur {name} tentang Optimalisasi Program Jaminan Sosial Ketenagakerjaan",
    "instruksi_bupati": "Instruksi Bupati {short} tentang Optimalisasi Program Jaminan Sosial Ketenagakerjaan",
    "instruksi_walikota": "Instruksi Wali Kota {short} tentang Optimalisasi Program Jaminan Sosial Ketenagakerjaan",
    "surat_edaran": "Surat Edaran {leader} {short} tentang Kepesertaan Jaminan Sosial Ketenagakerjaan",
}


def _regulation(code, name, instrument, leader, issued, scopes, status, rng, amends=None) -> dict:
    short = name.removeprefix("Kabupaten ").removeprefix("Kota ")
    year = issued.year if issued else None
    number = str(int(rng.integers(1, 80))) if issued else None
    return {
        "region_code": code, "instrument": instrument, "number": number, "year": year,
        "issued_on": issued, "known_by": None,
        "title": _TITLES[instrument].format(name=name, short=short, leader=leader),
        "scopes": scopes, "status": status, "revoked_on": None, "amends": amends,
        "source_url": None, "source_note": "demo generator",
    }


def demo_budget(regions: pd.DataFrame, coverage: pd.DataFrame) -> pd.DataFrame:
    """Yearly allocations for Non-ASN and pekerja rentan, near what their covered counts cost."""
    rng = _rng("budget")
    groups = coverage[coverage["worker_group"].isin(["non_asn", "pekerja_rentan", "perangkat_desa"])]
    yearly = groups.assign(year=pd.to_datetime(groups["period"]).dt.year).groupby(
        ["region_code", "year", "worker_group"], as_index=False)["active_participants"].max()
    yearly = yearly[yearly["year"] >= 2022]
    # JKK (0.24 %) + JKM (0.30 %) on a Rp2.5 M wage for Non-ASN; BPU minimum Rp16,800 for the rest.
    monthly = np.where(yearly["worker_group"].eq("non_asn"), 2_500_000 * 0.0054, 16_800)
    need = yearly["active_participants"] * monthly * 12
    allocated = need * rng.normal(1.0, 0.15, len(yearly))
    province = yearly["region_code"].str[:2]
    source = np.where(yearly["worker_group"].eq("perangkat_desa"), "apbdes", "apbd")
    source = np.where(province.isin(["14", "61", "62", "63", "64"]) & yearly["worker_group"].eq("pekerja_rentan")
                      & (rng.random(len(yearly)) < 0.4), "dbh_sawit", source)
    source = np.where(province.isin(["33", "35"]) & yearly["worker_group"].eq("pekerja_rentan")
                      & (rng.random(len(yearly)) < 0.4), "dbhcht", source)
    realised = allocated * np.clip(rng.normal(0.88, 0.08, len(yearly)), 0.4, 1.0)
    return pd.DataFrame({
        "region_code": yearly["region_code"].to_numpy(),
        "year": yearly["year"].to_numpy(),
        "worker_group": yearly["worker_group"].to_numpy(),
        "funding_source": source,
        "allocated_rp": allocated.round(-3).to_numpy(),
        "realised_rp": np.where(yearly["year"].to_numpy() >= 2025, np.nan, realised.round(-3)),
        "workers_funded": yearly["active_participants"].to_numpy(),
    })


def generate(regions: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """All demo datasets, keyed by dataset name."""
    coverage = demo_coverage(regions)
    return {
        "coverage": coverage,
        "regulation": demo_regulations(regions),
        "budget": demo_budget(regions, coverage),
        "employment": demo_employment(regions),
    }


def bulk_payer_codes(regions: pd.DataFrame) -> list[str]:
    """Regions the generator made pay Non-ASN contributions once a year (for tests and docs)."""
    kab = _regions(regions)
    return sorted(kab.loc[kab["bulk_payer"], "code"])
