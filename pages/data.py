"""Data page: templates, upload, column mapping, validation report, import; history and rollback."""

import pandas as pd
import streamlit as st

from analytics.ingest import datasets, importers, templates
from analytics.i18n import fmt_int, t
from analytics.web.data import StoreError, active_duplicate, import_report, rollback_batch, run_query
from analytics.presentation.tables import col as column
from analytics.web.downloads import download_table
from analytics.web.tables import show_table
from analytics.web.frame import demo_notice, require_dashboard_frame
from analytics.web.roles import can_edit
from analytics.presentation.markup import md_text

require_dashboard_frame()

st.title(t("data.title"))
demo_notice()
st.write(t("data.intro"))

editor = can_edit()
if not editor:
    st.info(t("data.editor_only"), icon=":material/lock:")
else:
    dataset = st.segmented_control(
        t("data.dataset"), list(datasets.SPECS), format_func=lambda d: t(f"data.dataset.{d}"),
        default="coverage", key="import_dataset",
    ) or "coverage"
    spec = datasets.SPECS[dataset]
    template = templates.template_for(dataset)
    st.download_button(t("data.template", name=template.name), template.read_bytes(),
                       file_name=template.name, mime="text/csv", key=f"template_{dataset}",
                       icon=":material/description:", help=t("data.templates_help"))
    upload = st.file_uploader(t("data.upload"), type=["csv", "txt", "tsv", "xlsx", "xls"],
                              key="import_file", max_upload_size=20)
    constant_fields = [f for f in spec.fields if f.constant_allowed]
    # the boxes' labels are also how import messages name them (never by a CLI flag)
    labels = ({f.name: t(f"field.{f.name}") for f in constant_fields}
              | {"province": t("data.const.province"), "sheet": t("data.sheet")})
    wording = importers.Wording(labels, label_key="data.box")
    with st.expander(t("data.constants"), expanded=True):
        cols = st.columns(len(constant_fields) + 1)
        constants = {}
        for col, f in zip(cols, constant_fields):
            label = labels[f.name]
            if f.vocabulary:
                options = [""] + datasets.allowed_values(f.vocabulary)
                constants[f.name] = col.selectbox(label, options, key=f"const_{dataset}_{f.name}",
                                                  placeholder=t("data.choose"))
            else:
                constants[f.name] = col.text_input(label, key=f"const_{dataset}_{f.name}")
        constants["province"] = cols[-1].text_input(labels["province"], key=f"const_{dataset}_province")

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
            fields = [""] + [f.name for f in spec.fields]
            mapping_frame = pd.DataFrame({
                "header": report.headers,
                "field": [report.mapping.get(h, "") or "" for h in report.headers],
            })
            edited = st.data_editor(
                mapping_frame, hide_index=True, disabled=["header"], key=f"mapping_{upload.file_id}",
                column_config={
                    "header": t("data.mapping.header"),
                    "field": st.column_config.SelectboxColumn(t("data.mapping.field"), options=fields),
                },
            )
            new_mapping = {h: (f or "") for h, f in zip(edited["header"], edited["field"])}
            if new_mapping != {h: report.mapping.get(h, "") or "" for h in report.headers}:
                report = importers.prepare(dataset, data, upload.name, sheet=report.sheet,
                                           constants=constants, mapping=new_mapping)
        st.subheader(t("data.report"))
        if report.skipped_total_rows:
            st.caption(t("data.totals_skipped", rows=", ".join(map(str, report.skipped_total_rows))))
        for note in report.notes:
            st.info(md_text(importers.render(note, wording=wording)))
        for warning in report.warnings:
            st.warning(md_text(importers.render(warning, wording=wording)))
        imported_key = f"imported_{report.sha256}_{dataset}"
        if report.ok:
            st.success(t("data.ok", n=len(report.frame)))
            st.dataframe(report.frame.head(50), hide_index=True, width="stretch")
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

st.subheader(t("data.history"))
batches = run_query("batches")
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
