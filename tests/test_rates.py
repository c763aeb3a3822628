"""Rate table validation and the all-or-nothing save."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics import rates
from analytics.queries import direct


def test_shipped_table_is_valid(empty_store):
    table = rates.load_rates(direct(empty_store))
    clean, problems = rates.validate_rates(table)
    assert problems == []
    assert len(clean) == 12
    assert set(clean["program"]) == {"JKK", "JKM", "JHT", "JP", "JKP"}


@pytest.mark.parametrize("column,value,message", [
    ("rate", 24.0, "outside 0-20"),          # 24 typed for 0.24 %
    ("rate", -1.0, "outside 0-20"),
    ("rate", "abc", "not a number"),
    ("valid_from", "31/31/2021", "not a date"),
    ("valid_from", "1960-01-01", "outside 1977-2100"),
    ("legal_source", "", "legal source is required"),
    ("legal_source", None, "legal source is required"),
    ("risk_class", 6, "risk class 1-5"),
    ("program", "JKX", "not one of"),
    ("basis", "percent", "not one of"),
])
def test_invalid_rows_are_named(empty_store, column, value, message):
    table = rates.load_rates(direct(empty_store))
    table[column] = table[column].astype(object)
    table.loc[0, column] = value
    _, problems = rates.validate_rates(table)
    assert any(p.row == 1 and p.column == column and message in p.message for p in problems), problems


def test_fixed_amount_bounds(empty_store):
    table = rates.load_rates(direct(empty_store))
    i = table.index[(table["segment"] == "BPU") & (table["program"] == "JKK")][0]
    table.loc[i, "rate"] = 2_000_000.0
    _, problems = rates.validate_rates(table)
    assert [(p.row, p.column) for p in problems] == [(i + 1, "rate")]


def test_duplicates_refused(empty_store):
    table = rates.load_rates(direct(empty_store))
    _, problems = rates.validate_rates(pd.concat([table, table.head(1)], ignore_index=True))
    assert any("duplicate" in p.message for p in problems)


def test_invalid_save_changes_nothing(empty_store):
    before = rates.load_rates(direct(empty_store))
    version = empty_store.data_version()
    bad = before.copy()
    bad["legal_source"] = bad["legal_source"].astype(object)
    bad.loc[3, "legal_source"] = None
    with pytest.raises(rates.RateError, match="row 4, legal_source"):
        rates.save_rates(empty_store, bad)
    pd.testing.assert_frame_equal(rates.load_rates(direct(empty_store)), before)
    assert empty_store.data_version() == version


def test_save_replaces_table_in_one_transaction(empty_store):
    table = rates.load_rates(direct(empty_store))
    edited = table[table["program"] != "JKP"].copy()
    version = empty_store.data_version()
    assert rates.save_rates(empty_store, edited) == 10
    after = rates.load_rates(direct(empty_store))
    assert len(after) == 10 and "JKP" not in set(after["program"])
    assert empty_store.data_version() == version + 1


def test_rate_in_force_needs_risk_class_and_wage(empty_store):
    table = rates.load_rates(direct(empty_store))
    with pytest.raises(rates.RateError, match="risk class"):
        rates.rate_in_force(table, "JKK", "PU", 2022, 2_000_000, None)
    with pytest.raises(rates.RateError, match="give a wage"):
        rates.rate_in_force(table, "JKM", "PU", 2022, None, None)
    applied = rates.rate_in_force(table, "JKK", "PU", 2022, 2_000_000, 4)
    assert applied.rate == 1.27 and applied.monthly_rp == pytest.approx(25_400)
