"""Data page: upload, map columns, validate, import; batch history and rollback."""

import pandas as pd
import streamlit as st

from analytics import datasets, importers
from analytics.i18n import t
from analytics.store import StoreError
from analytics.webapp import can_edit, demo_notice, get_store, run_query

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
    upload = st.file_uploader(t("data.upload"), type=["csv", "txt", "tsv", "xlsx"], key="import_file",
                              max_upload_size=20)
    constant_fields = [f for f in spec.fields if f.constant_allowed]
    with st.expander(t("data.constants"), expanded=True):
        cols = st.columns(len(constant_fields) + 1)
        constants = {}
        for col, f in zip(cols, constant_fields):
            if f.vocabulary:
                options = [""] + datasets.allowed_values(f.vocabulary)
                constants[f.name] = col.selectbox(f.name, options, key=f"const_{dataset}_{f.name}")
            else:
                constants[f.name] = col.text_input(f.name, key=f"const_{dataset}_{f.name}")
        constants["province"] = cols[-1].text_input("province", key=f"const_{dataset}_province")

    if upload is not None:
        data = upload.getvalue()
        report = importers.prepare(dataset, data, upload.name, constants=constants)
        if report.sheets and len(report.sheets) > 1:
            sheet = st.selectbox(t("data.sheet"), report.sheets, index=report.sheets.index(report.sheet),
                                 key="import_sheet")
            if sheet != report.sheet:
                report = importers.prepare(dataset, data, upload.name, sheet=sheet, constants=constants)
        if report.header_row:
            st.caption(t("data.header_found", row=report.header_row))
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
        for warning in report.warnings:
            st.warning(warning)
        if report.ok:
            st.success(t("data.ok", n=len(report.frame)))
            st.dataframe(report.frame.head(50), hide_index=True, width="stretch")
            if st.button(t("data.import"), type="primary", key="do_import"):
                batch = importers.commit(get_store(), report)
                st.success(t("data.imported", batch=batch))
        else:
            st.error(t("data.problems", n=len(report.problems)))
            st.dataframe(
                pd.DataFrame([
                    {t("data.col.row"): p.row, t("data.col.column"): p.column,
                     t("data.col.value"): p.value, t("data.col.reason"): p.reason}
                    for p in report.problems[:importers.MAX_PROBLEMS_SHOWN]
                ]),
                hide_index=True, width="stretch",
            )

st.subheader(t("data.history"))
batches = run_query("batches")
st.dataframe(batches, hide_index=True, width="stretch")
if editor:
    active = batches[batches["status"] == "active"]["batch_id"].tolist()
    if active:
        cols = st.columns([2, 1])
        chosen = cols[0].selectbox(t("data.rollback_pick"), active, key="rollback_batch")
        if cols[1].button(t("data.rollback"), key="do_rollback"):
            try:
                get_store().rollback_batch(int(chosen))
                st.success(t("data.rolled_back", batch=chosen))
                st.rerun()
            except StoreError as exc:
                st.error(str(exc))
