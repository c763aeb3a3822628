"""Budget simulator: budget needed to cover a worker group, per kabupaten/kota and province total."""

import pandas as pd
import streamlit as st

from analytics import budget, rates
from analytics.charts.budget import need_vs_allocation_bar
from analytics.i18n import fmt_decimal, fmt_int, fmt_period, fmt_rp, t
from analytics.web.url_widgets import url_multiselect, url_number, url_select
from analytics.web.data import run_query, save_rates
from analytics.presentation.codes import label
from analytics.presentation.tables import col, gap_text
from analytics.web import views
from analytics.web.downloads import show_chart_view
from analytics.web.tables import show_table
from analytics.web.frame import demo_notice, metric_row, end_page, no_public_data, require_dashboard_frame
from analytics.web.roles import can_edit
from analytics.presentation.markup import md_text

require_dashboard_frame()

st.title(t("bud.title"))
demo_notice()
st.caption(t("bud.intro"))

provinces = run_query("provinces")
names = dict(zip(provinces["code"], provinces["name"]))
years = budget.available_years(run_query)
if not years or not names:
    st.info(t("bud.no_data"))
    end_page()

c1, c2, c3, c4 = st.columns([2, 3, 2, 1])
province = url_select(c1, t("bud.province"), list(names), "bud_province", default="62", format_func=names.get)
regions = run_query("regions_of_province", [province])
region_names = {"": t("bud.whole_province"), **dict(zip(regions["code"], regions["name"]))}
region = url_select(c2, t("bud.region"), list(region_names), "bud_region", default="",
                    format_func=region_names.get)
group = url_select(c3, t("bud.group"), list(budget.BUDGET_GROUPS), "bud_group",
                   format_func=lambda g: t(f"group.{g}"))
year = url_select(c4, t("bud.year"), years, "bud_year", default=years[-1])

c1, c2, c3 = st.columns([2, 1, 3])
wage = url_number(c1, t("bud.wage"), "bud_wage", default=budget.DEFAULT_WAGE_RP, min_value=100_000,
                  max_value=100_000_000, step=100_000, help=t("bud.wage_help"))
# the box shows digits only (Streamlit's number input has no thousands separators): the amount
# as the page writes money, right below it
c1.caption(t("bud.wage_shown", wage=fmt_rp(wage)))
risk = url_select(c2, t("bud.risk"), list(rates.RISK_CLASSES), "bud_risk", default=budget.DEFAULT_RISK_CLASS,
                  help=t("bud.risk_help"))
programs = url_multiselect(c3, t("bud.programs"), list(rates.PROGRAMS), "bud_programs",
                           default=list(budget.DEFAULT_PROGRAMS))
programs = tuple(p for p in rates.PROGRAMS if p in programs) or budget.DEFAULT_PROGRAMS

# the same for everyone who asks for these inputs on this data and language: built once
# (analytics/web/views.py) and only read here
chosen = {"region": region or province, "year": int(year), "group": group, "wage": float(wage), "risk": int(risk),
          "programs": programs}


def _budget_view() -> tuple[budget.BudgetResult, pd.DataFrame]:
    """The budget and the table shown of it: a province's kab/kota with its total row last."""
    built = budget.region_budget(run_query, chosen["region"], chosen["year"], chosen["group"], chosen["wage"],
                                 chosen["risk"], chosen["programs"])
    rows = built.regions
    if built.level == "provinsi" and len(rows) > 1:
        rows = pd.concat([rows, pd.DataFrame([budget.total_row(rows, built.region_code, t("bud.total"))])],
                         ignore_index=True)
    return built, rows


try:
    result, shown = views.view("budget", chosen, _budget_view, copy=False)
except budget.BudgetError as exc:
    st.error(t("bud.error", reason=exc))
    end_page()

m = metric_row()
m.metric(t("bud.monthly"), fmt_rp(result.monthly_contribution_rp))
m.metric(t("bud.uncovered"), fmt_int(result.uncovered_workers) if result.uncovered_workers is not None
         else t("common.no_data"))
m.metric(t("bud.needed", year=result.year), fmt_rp(result.needed_rp) if result.needed_rp is not None
         else t("common.no_data"))
m = metric_row()
m.metric(t("bud.allocated"), fmt_rp(result.allocated_rp) if result.allocated_rp is not None
         else t("common.no_data"))
m.metric(t("bud.gap"), gap_text(result.gap_rp) if result.gap_rp is not None else t("common.no_data"),
         help=t("bud.gap_help"))
parts = [
    f"{p.program} {fmt_decimal(p.rate, 2)}% × {fmt_rp(result.contribution.wage_rp)} = {fmt_rp(p.monthly_rp)}"
    if p.basis == "wage_pct" else f"{p.program} {fmt_rp(p.rate)}"
    for p in result.contribution.parts
]
st.caption(t("bud.formula", text=" + ".join(parts) + f" = {fmt_rp(result.monthly_contribution_rp)}"))
table = result.regions
full_cost = table["full_cost_rp"].sum(min_count=1)
if result.period is not None:
    st.caption(t("bud.period_note", period=fmt_period(result.period)) + " "
               + t("bud.full_cost", value=fmt_rp(full_cost)))
if result.contribution.wage_assumed:
    st.info(t("bud.wage_assumed", wage=fmt_int(budget.DEFAULT_WAGE_RP)))
n_total = len(table)
if not result.has_inputs:
    # no target and no budget anywhere in the scope: say so, draw nothing (never a chart of empty bars)
    no_public_data(t("bud.nodata.what", region=result.name, group=t(f"group.{group}"), year=result.year), "budget")
elif (n := int(table["target_workers"].isna().sum())):
    st.info(t("bud.no_target", n=n, total=n_total, year=result.year))
if result.has_inputs and (n := int(table["allocated_rp"].isna().sum())):
    st.info(t("bud.no_alloc", n=n, total=n_total, year=result.year))

sources = result.allocated_by_source
if not sources.empty:
    st.subheader(t("bud.by_source"))
    show_table(sources, [
        col("funding_source", "bud.col.funding_source", "code", vocab="funding_source"),
        col("allocated_rp", "bud.col.allocated_rp", "money", missing="missing.no_value"),
        col("realised_rp", "bud.col.realised_rp", "money", missing="missing.no_value"),
        col("workers_funded", "bud.col.workers_funded", "count", missing="missing.no_value"),
        col("is_demo", "bud.col.is_demo", "bool"),
    ], key="bud_sources_table", width="content")

if result.has_inputs:
    st.subheader(t("bud.by_region"))
    if result.level == "provinsi" and len(table) > 1:
        show_chart_view("budget.chart", chosen, lambda: need_vs_allocation_bar(table, {
            "needed": t("bud.col.needed_rp"), "allocated": t("bud.col.allocated_rp"), "axis": "Rp"}),
            f"anggaran_{result.region_code}_{group}_{year}", key="bud_chart", data=table)
    show_table(shown, [
        col("name", "bud.col.name"),
        col("target_workers", "bud.col.target_workers", "count", missing="missing.target"),
        col("active_participants", "col.active_participants", "count", missing="missing.no_report"),
        col("uncovered_workers", "bud.col.uncovered_workers", "count", missing="missing.target"),
        col("needed_rp", "bud.col.needed_rp", "money", missing="missing.target"),
        col("allocated_rp", "bud.col.allocated_rp", "money", missing="missing.budget"),
        col("gap_rp", "bud.col.gap_rp", "gap"),
        col("full_cost_rp", "bud.col.full_cost_rp", "money", missing="missing.target"),
        col("monthly_contribution_rp", "bud.col.monthly_contribution_rp", "money"),
        col("period", "bud.col.period", "month"), col("region_code", "bud.col.region_code"),
        col("level", "bud.col.level", "code", vocab="level"), col("is_demo", "bud.col.is_demo", "bool"),
    ], key="bud_region_table", stem=f"anggaran_{result.region_code}_{group}_{year}", demo=result.is_demo)

st.subheader(t("bud.rates"))
st.caption(t("bud.rates_intro"))
rate_table = views.view("budget.rates", None, lambda: rates.load_rates(run_query), copy=False)  # only read
show_table(rate_table, [
    col("program", "bud.col.program"), col("segment", "bud.col.segment", "code", vocab="segment"),
    col("basis", "bud.col.basis", "code", vocab="basis"), col("risk_class", "bud.col.risk_class", "count"),
    col("rate", "bud.col.rate", "by", by="basis", kinds={"wage_pct": "pct", "fixed_rp": "money"}),
    col("valid_from", "bud.col.valid_from", "date"), col("legal_source", "bud.col.legal_source"),
    col("note", "bud.col.note", "data"),
], key="bud_rates_table", height="content", stem="tarif_iuran", demo=False)
if can_edit():
    with st.expander(t("bud.rates_edit"), icon=":material/edit:"):
        editable = rate_table.assign(valid_from=pd.to_datetime(rate_table["valid_from"]).dt.date)
        edited = st.data_editor(
            editable, hide_index=True, num_rows="dynamic", key="bud_rates_editor", width="stretch",
            column_config={
                "program": st.column_config.SelectboxColumn(t("bud.col.program"), options=list(rates.PROGRAMS), required=True),
                "segment": st.column_config.SelectboxColumn(t("bud.col.segment"), options=list(rates.SEGMENTS), required=True,
                                                            format_func=lambda v: label("segment", v)),
                "basis": st.column_config.SelectboxColumn(t("bud.col.basis"), options=list(rates.BASES), required=True,
                                                          format_func=lambda v: label("basis", v)),
                "risk_class": st.column_config.NumberColumn(t("bud.col.risk_class"), min_value=1, max_value=5, step=1),
                "rate": st.column_config.NumberColumn(t("bud.col.rate"), min_value=0.0, format="%g", required=True),
                "valid_from": st.column_config.DateColumn(t("bud.col.valid_from"), required=True),
                "legal_source": st.column_config.TextColumn(t("bud.col.legal_source"), required=True),
                "note": st.column_config.TextColumn(t("bud.col.note")),
            },
        )
        if st.button(t("bud.rates_save"), key="bud_rates_save", icon=":material/save:"):
            _, problems = rates.validate_rates(edited)
            if problems:
                st.error(t("bud.rates_invalid") + "\n" + "\n".join(f"- {md_text(p)}" for p in problems))
            else:
                n = save_rates(edited)
                st.toast(t("bud.rates_saved", n=n), icon=":material/check:")
                st.rerun()
else:
    st.caption(t("bud.rates_editor_only"))
