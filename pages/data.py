"""Data page: templates, upload, column mapping, validation report, import; history and rollback."""

import pandas as pd
import streamlit as st

from analytics import i18n, regulation_sheet
from analytics.ingest import datasets, importers, templates
from analytics.ingest.regions import default_matcher
from analytics.i18n import fmt_int, language, t
from analytics.presentation import codes
from analytics.presentation.import_preview import preview
from analytics.maps.metrics import as_period
from analytics.web.data import StoreError, active_duplicate, import_report, rollback_batch, run_query
from analytics.presentation.tables import col as column
from analytics.web.downloads import download_table
from analytics.web.tables import show_table
from analytics.web.frame import demo_notice, require_dashboard_frame
from analytics.web.roles import can_edit
from analytics.presentation.markup import md_text

require_dashboard_frame()


def coverage_sheet_box() -> None:
    """A province's coverage sheet for one period, segment and group (what a branch office fills)."""
    with st.expander(t("data.coverage_sheet.title")):
        st.caption(t("data.coverage_sheet.help"))
        provinces = run_query("regulation_province_list")
        names = dict(zip(provinces["province_code"], provinces["province_name"]))
        cols = st.columns(4)
        province = cols[0].selectbox(t("data.coverage_sheet.province"), list(names), format_func=names.get,
                                     index=list(names).index("62") if "62" in names else 0, key="cov_sheet_province")
        period = cols[1].text_input(t("data.coverage_sheet.period"), value=f"{i18n.today():%Y-%m}",
                                    key="cov_sheet_period")
        # labels made here: Streamlit may format options outside this run's thread (language)
        segments = {s: t(f"segment.{s}") for s in datasets.allowed_values("segment")}
        groups = {g: t(f"group.{g}") for g in datasets.allowed_values("worker_group")}
        segment = cols[2].selectbox(t("field.segment"), list(segments), index=list(segments).index("ALL"),
                                    format_func=segments.get, key="cov_sheet_segment")
        group = cols[3].selectbox(t("field.worker_group"), list(groups), format_func=groups.get,
                                  key="cov_sheet_group")
        try:
            month = as_period(period)
        except ValueError:
            st.error(t("data.coverage_sheet.bad_period", value=period))
            return
        lang = i18n.language()

        def make() -> bytes:
            with i18n.using(lang):
                return regulation_sheet.coverage_sheet_bytes(rows, province, month, segment, group, names[province])

        rows = run_query("coverage_sheet_rows", {"province": province, "period": month, "segment": segment,
                                                  "group": group})
        st.download_button(t("data.coverage_sheet.download"), make,
                           file_name=f"kepesertaan_{province}_{month:%Y-%m}_{segment}_{group}.xlsx",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           key="cov_sheet_download", icon=":material/table_view:", on_click="ignore")


st.title(t("data.title"))
demo_notice()
st.write(t("data.intro"))

editor = can_edit()
if not editor:
    st.info(t("data.editor_only"), icon=":material/lock:")
else:
    # what users upload, each by its name and with its template; curated reference facts below
    dataset = st.segmented_control(
        t("data.dataset"), list(datasets.UPLOADABLE), format_func=lambda d: datasets.SPECS[d].title(language()),
        default=datasets.UPLOADABLE[0], key="import_dataset",
    ) or datasets.UPLOADABLE[0]
    spec = datasets.SPECS[dataset]
    if spec.sheet:  # its sheet is made per province and date (the tracker)
        st.caption(t("data.regulation_status.template"))
    else:
        template = templates.template_for(dataset)
        st.download_button(t("data.template", name=template.name), template.read_bytes(),
                           file_name=template.name, mime="text/csv", key=f"template_{dataset}",
                           icon=":material/description:", help=t("data.templates_help"))
    if dataset == "coverage":
        coverage_sheet_box()
    upload = st.file_uploader(t("data.upload"), type=["csv", "txt", "tsv", "xlsx", "xls"],
                              key="import_file", max_upload_size=20)
    constant_fields = [f for f in spec.fields if f.constant_allowed]
    # the boxes' labels are also how import messages name them (never by a CLI flag)
    labels = ({f.name: t(f"field.{f.name}") for f in constant_fields}
              | {"province": t("data.const.province"), "sheet": t("data.sheet")})
    wording = importers.Wording(labels, label_key="data.box")
    with st.expander(t("data.constants"), expanded=True):
        # a row that wraps, each box as wide as its longest choice: in equal columns a chosen
        # "Penerima Upah (PU)" showed as "Penerima Upah ("
        row = st.container(horizontal=True, gap="small")
        constants = {}
        for f in constant_fields:
            label = labels[f.name]
            if f.vocabulary:
                options = [""] + datasets.allowed_values(f.vocabulary)
                longest = max([len(label)] + [len(codes.label(f.vocabulary, v)) for v in options if v])
                constants[f.name] = row.selectbox(
                    label, options, key=f"const_{dataset}_{f.name}", placeholder=t("data.choose"),
                    format_func=lambda v, voc=f.vocabulary: codes.label(voc, v) if v else "",
                    width=min(340, max(170, round(7.8 * longest + 56))))
            else:
                constants[f.name] = row.text_input(label, key=f"const_{dataset}_{f.name}", width=190)
        constants["province"] = row.text_input(labels["province"], key=f"const_{dataset}_province", width=190)

    if upload is not None:
        data = upload.getvalue()
        report = importers.prepare(dataset, data, upload.name, constants=constants)
        if report.sheets and len(report.sheets) > 1:
            sheet = st.selectbox(labels["sheet"], report.sheets, index=report.sheets.index(report.sheet),
                                 key="import_sheet")
            if sheet != report.sheet:
                report = importers.prepare(dataset, data, upload.name, sheet=sheet, constants=constants)
        if report.header_row:
            st.caption(t("data.header_found", row=report.header_row))
            st.caption(t("data.mapping"))
            # fields by their names (a name two fields share gets the field's code beside it)
            names = [t(f"field.{f.name}") for f in spec.fields]
            field_label = {f.name: (n if names.count(n) == 1 else f"{n} ({f.name})")
                           for f, n in zip(spec.fields, names)}
            not_read = t("data.mapping.not_read")  # a column the import leaves out (the grid shows "None" for empty)
            label_field = {v: k for k, v in field_label.items()} | {not_read: ""}
            fields = [not_read] + list(field_label.values())
            mapping_frame = pd.DataFrame({
                "header": report.headers,
                "field": [field_label.get(report.mapping.get(h, "") or "", not_read) for h in report.headers],
            })
            edited = st.data_editor(
                mapping_frame, hide_index=True, disabled=["header"], key=f"mapping_{upload.file_id}",
                column_config={
                    "header": t("data.mapping.header"),
                    "field": st.column_config.SelectboxColumn(t("data.mapping.field"), options=fields),
                },
            )
            new_mapping = {h: label_field.get(f or "", "") for h, f in zip(edited["header"], edited["field"])}
            if new_mapping != {h: report.mapping.get(h, "") or "" for h in report.headers}:
                report = importers.prepare(dataset, data, upload.name, sheet=report.sheet,
                                           constants=constants, mapping=new_mapping)
        st.subheader(t("data.report"))
        if report.skipped_total_rows:
            st.caption(t("data.totals_skipped" if len(report.skipped_total_rows) == 1 else "data.totals_skipped_many",
                         rows=", ".join(map(str, report.skipped_total_rows))))
        for note in report.notes:
            st.info(md_text(importers.render(note, wording=wording)))
        for warning in report.warnings:
            st.warning(md_text(importers.render(warning, wording=wording)))
        imported_key = f"imported_{report.sha256}_{dataset}"
        if report.ok:
            st.success(t("data.ok", n=len(report.frame)))
            st.caption(t("data.preview_rows", n=min(len(report.frame), 50)))
            st.dataframe(preview(spec, report.frame, report.mapping, default_matcher().names),
                         hide_index=True, width="stretch", key="import_preview")
            duplicate = active_duplicate(report)
            if st.session_state.get(imported_key):
                st.success(t("data.imported", batch=st.session_state[imported_key]))
            else:
                if duplicate is not None:
                    st.warning(t("data.duplicate", batch=duplicate))
                if st.button(t("data.import"), type="primary", key="do_import"):
                    st.session_state[imported_key] = import_report(report)
                    st.rerun()
        else:
            st.error(t("data.problems", n=len(report.problems)))
            problems = pd.DataFrame([
                {t("data.col.row"): p.row, t("data.col.column"): p.where(wording=wording),
                 t("data.col.value"): p.value, t("data.col.reason"): importers.render(p.reason, wording=wording)}
                for p in report.problems[:importers.MAX_PROBLEMS_SHOWN]
            ])
            st.dataframe(problems, hide_index=True, width="stretch")
            download_table(problems, f"masalah_{importers.safe_file_name(upload.name)}", key="dl_problems",
                           demo=False)

batches = run_query("batches")
# curated reference facts: loaded by init from data/curated (the CLI imports any of them), not uploaded here
st.subheader(t("data.reference"))
st.caption(t("data.reference_help"))
reference_lines = []
for name in datasets.REFERENCE:
    spec_ = datasets.SPECS[name]
    active_rows = batches[(batches["dataset"] == spec_.table) & (batches["status"] == "active")]["row_count"]
    count = int(active_rows.sum()) if len(active_rows) else 0
    reference_lines.append(f"- **{spec_.title(language())}**: {t('data.reference_rows', n=fmt_int(count))}")
st.markdown("\n".join(reference_lines))

st.subheader(t("data.history"))
show_table(batches, [
    column("batch_id", "data.col.batch_id"), column("dataset", "data.col.dataset", "code", vocab="dataset"),
    column("file_name", "data.col.file_name"), column("row_count", "data.col.row_count", "count"),
    column("imported_at", "data.col.imported_at", "datetime"), column("is_demo", "data.col.is_demo", "bool"),
    column("status", "data.col.status", "code", vocab="batch_status"), column("note", "data.col.note", "data", width="large"),
    column("rolled_back_at", "data.col.rolled_back_at", "datetime", missing="missing.not_rolled_back"),
    column("sha256", "sha256", width="small"),
], key="data_batches", stem="riwayat_impor", demo=False)
if editor:
    active = batches[batches["status"] == "active"]
    if not active.empty:
        st.caption(t("data.rollback_help"))
        cols = st.columns([2, 3, 1], vertical_alignment="bottom")
        chosen = cols[0].selectbox(t("data.rollback_pick"), active["batch_id"].tolist(), key="rollback_batch")
        row = active[active["batch_id"] == chosen].iloc[0]
        confirmed = cols[1].checkbox(
            t("data.rollback_confirm", batch=chosen, file=row["file_name"], rows=fmt_int(row["row_count"])),
            key=f"rollback_confirm_{chosen}",
        )
        if cols[2].button(t("data.rollback"), key="do_rollback", disabled=not confirmed):
            try:
                rollback_batch(int(chosen))
                st.toast(t("data.rolled_back", batch=chosen))
                st.rerun()
            except StoreError as exc:
                st.error(str(exc))
