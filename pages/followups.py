"""Follow-up register: what meetings agreed, judged by the data as of a date; filters in the URL;
CSV/XLSX export; editing, adding and importing for editors (viewers get no controls)."""

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import followups, i18n
from analytics.i18n import fmt_int, t
from analytics.ingest import followups as followup_import
from analytics.ingest.importers import MAX_PROBLEMS_SHOWN, render
from analytics.web.data import import_followups, run_query, save_followups
from analytics.web.views import view
from analytics.web.downloads import download_table
from analytics.web.frame import demo_notice, metric_row, require_dashboard_frame
from analytics.web.roles import can_edit, who
from analytics.web.url_widgets import url_date, url_multiselect, url_select, url_toggle
from analytics.presentation.markup import md_text

require_dashboard_frame()


def _flash() -> None:
    """The message of the change made just before this run (kept over the rerun it caused), in a
    slot that is always there: an element that comes and goes would shift those below it, and
    Streamlit would redraw the expanders below collapsed."""
    slot = st.empty()
    message = st.session_state.pop("fu_flash", None)
    if message:
        slot.success(message, icon=":material/check_circle:")


def _problems(exc: followups.FollowupError) -> None:
    st.error(t("fu.edit.refused") + "\n\n" + "\n".join(f"- {md_text(p)}" for p in exc.texts()))


st.title(t("fu.title"))
demo_notice()
st.caption(t("fu.intro"))
_flash()

provinces = run_query("provinces")
names = dict(zip(provinces["code"], provinces["name"]))
c1, c2 = st.columns([3, 2])
province = url_select(c1, t("common.province"), ["", *names], "fu_province", default="",
                      format_func=lambda c: names.get(c, t("common.all_provinces")))
today = i18n.today()
as_of = url_date(c2, t("fu.as_of"), "fu_as_of", default=today, min_value=dt.date(2015, 1, 1),
                 max_value=today + dt.timedelta(days=366), help=t("fu.as_of_help"), format="DD/MM/YYYY")
c1, c2 = st.columns(2)
statuses = url_multiselect(c1, t("fu.f.status"), list(followups.STATUSES), "fu_status",
                           format_func=lambda s: t(f"fu.status.{s}"), placeholder=t("fu.f.any"))
kinds = url_multiselect(c2, t("fu.f.kind"), list(followups.KINDS), "fu_kind",
                        format_func=lambda k: t(f"fu.kind.{k}"), placeholder=t("fu.f.any"))
switches = st.container(horizontal=True, gap="large")  # a row that wraps: labels stay whole
overdue_only = url_toggle(switches, t("fu.f.overdue"), "fu_overdue", default=False)
disagreement_only = url_toggle(switches, t("fu.f.disagreement"), "fu_disagree", default=False)

judged = view("followups", {"province": province or None, "day": as_of},
              lambda: followups.register(run_query, province or None, as_of))
shown = followups.filter_register(judged, statuses, kinds, overdue_only, disagreement_only)

cards = metric_row()
cards.metric(t("fu.m.items"), fmt_int(len(judged)))
cards.metric(t("fu.m.open"), fmt_int(int((~judged["status"].isin(followups.CLOSED)).sum())))
cards.metric(t("fu.m.overdue"), fmt_int(int(judged["overdue"].sum())) if len(judged) else "0")
cards.metric(t("fu.m.disagreements"), fmt_int(int(judged["disagreement"].notna().sum())))

if shown.empty:
    st.info(t("fu.none") if judged.empty else t("fu.none_filtered"))
else:
    st.dataframe(followups.styled_table(shown), hide_index=True, width="stretch", column_config={
        t("fu.col.id"): st.column_config.NumberColumn(width="small"),
        t("fu.col.action"): st.column_config.TextColumn(width="large"),
    })
stem = f"tindak_lanjut_{province or 'semua'}_{as_of:%Y-%m-%d}"
# CSV: the register's codes as `followups export` writes them (re-importable); XLSX: what is read on screen
download_table(followups.export_frame(shown), stem, key="fu_download", readable=followups.display_frame(shown))
st.caption(t("fu.definitions"))

if len(shown):
    with st.expander(t("fu.history.title"), icon=":material/history:", key="fu_history_open"):
        labels = dict(zip(shown["id"], shown["action"]))
        chosen = st.selectbox(t("fu.history.item"), list(labels), key="fu_history_item",
                              format_func=lambda i: f"{i} · {labels[i]}")
        st.dataframe(followups.history_frame(followups.history(run_query, chosen)), hide_index=True,
                     width="stretch")

# --- editors: change, add, import -----------------------------------------------------------------
if not can_edit():
    st.caption(t("fu.editor_only"))
else:
    by = who()  # the logged-in e-mail under OIDC, else "editor (web)"
    st.subheader(t("fu.edit.title"))
    stale = st.session_state.pop("fu_edit_stale", None)
    if stale is not None:
        for name in ("version", "status", "owner", "due", "action", "note", "url"):
            st.session_state.pop(f"fu_edit_{name}_{stale[0]}", None)
        _problems(followups.FollowupError(stale[1]))
    if len(shown):
        labels = dict(zip(shown["id"], shown["action"]))
        item_id = st.selectbox(t("fu.edit.item"), list(labels), key="fu_edit_item",
                               format_func=lambda i: f"{i} · {labels[i]}")
        item = shown.set_index("id").loc[item_id]
        # the version the form was opened on: a save made on it is refused once another editor changed the item
        opened_on = st.session_state.setdefault(f"fu_edit_version_{item_id}", int(item["version"]))
        with st.form(f"fu_edit_form_{item_id}", border=True):
            c1, c2, c3 = st.columns([2, 3, 2])
            status = c1.selectbox(t("fu.field.status"), list(followups.STATUSES), key=f"fu_edit_status_{item_id}",
                                  index=list(followups.STATUSES).index(item["status"]),
                                  format_func=lambda s: t(f"fu.status.{s}"))
            owner = c2.text_input(t("fu.field.owner"), value=item["owner"], key=f"fu_edit_owner_{item_id}")
            due = c3.date_input(t("fu.field.due_date"),
                                value=None if pd.isna(item["due_date"]) else pd.Timestamp(item["due_date"]).date(),
                                key=f"fu_edit_due_{item_id}", format="DD/MM/YYYY")
            action = st.text_input(t("fu.field.action"), value=item["action"], key=f"fu_edit_action_{item_id}")
            note = st.text_area(t("fu.field.note"), value=item["note"] if isinstance(item["note"], str) else "",
                                key=f"fu_edit_note_{item_id}", height=80)
            url = st.text_input(t("fu.field.evidence_url"), key=f"fu_edit_url_{item_id}",
                                value=item["evidence_url"] if isinstance(item["evidence_url"], str) else "")
            if st.form_submit_button(t("fu.edit.save"), type="primary", key="fu_edit_save"):
                try:
                    result = save_followups(updates=[(int(item_id), {
                        "status": status, "owner": owner, "due_date": due, "action": action, "note": note,
                        "evidence_url": url, followups.VERSION: opened_on})], by=by)
                    st.session_state.pop(f"fu_edit_version_{item_id}", None)
                    changed = result["changed"].get(int(item_id), [])
                    st.session_state["fu_flash"] = (t("fu.edit.saved", id=item_id, n=len(changed)) if changed
                                                    else t("fu.edit.unchanged", id=item_id))
                    st.rerun()
                except followups.FollowupError as exc:
                    if int(item_id) not in exc.stale:
                        _problems(exc)
                    else:  # changed by someone else since the form opened: it opens again on the item as it is now
                        st.session_state["fu_edit_stale"] = (int(item_id), exc.problems)
                        st.rerun()

    adding = st.toggle(t("fu.add.title"), key="fu_add_open")
    if adding and not province:
        st.info(t("fu.add.choose_province"))
    elif adding:
        regions = run_query("followup_regions")
        kabkota = regions[regions["level"].isin(["kabupaten", "kota"]) & (regions["province_code"] == province)]
        region_names = dict(zip(kabkota["code"], kabkota["name"]))
        with st.form("fu_add_form"):
            st.caption(t("fu.add.for", province=names[province]))
            c1, c2 = st.columns(2)
            region = c1.selectbox(t("fu.field.region_code"), ["", *region_names], key="fu_add_region",
                                  format_func=lambda c: region_names.get(c, t("fu.add.province_itself")))
            kind = c2.selectbox(t("fu.field.kind"), list(followups.KINDS), key="fu_add_kind",
                                format_func=lambda k: t(f"fu.kind.{k}"))
            action = st.text_input(t("fu.field.action"), key="fu_add_action")
            c1, c2, c3 = st.columns([3, 2, 2])
            owner = c1.text_input(t("fu.field.owner"), key="fu_add_owner")
            meeting = c2.date_input(t("fu.field.agreed_at_meeting"), value=as_of, key="fu_add_meeting",
                                    format="DD/MM/YYYY")
            due = c3.date_input(t("fu.field.due_date"), value=None, key="fu_add_due", format="DD/MM/YYYY")
            c1, c2, c3, c4 = st.columns(4)
            target = c1.number_input(t("fu.field.target_value"), value=None, min_value=0.0, key="fu_add_target",
                                     help=t("fu.add.target_help"))
            unit = c2.selectbox(t("fu.field.target_unit"), ["", "workers", "percent", "rupiah"], key="fu_add_unit",
                                format_func=lambda u: t(f"fu.unit.{u}") if u else "–")
            group = c3.selectbox(t("fu.field.worker_group"), ["", "non_asn", "pekerja_rentan", "perangkat_desa",
                                                               "rt_rw", "gtt_ptt", "nelayan", "petani", "other"],
                                 key="fu_add_group", format_func=lambda g: t(f"group.{g or 'all'}"))
            year = c4.number_input(t("fu.field.budget_year"), value=None, min_value=2000, max_value=2100, step=1,
                                   key="fu_add_year")
            note = st.text_input(t("fu.field.note"), key="fu_add_note")
            if st.form_submit_button(t("fu.add.save"), type="primary", key="fu_add_save"):
                try:
                    result = save_followups(adds=[{
                        "province_code": province, "region_code": region or None, "kind": kind,
                        "action": action, "owner": owner, "agreed_at_meeting": meeting, "due_date": due,
                        "target_value": target, "target_unit": unit or None, "worker_group": group or None,
                        "budget_year": year, "note": note}], by=by)
                    st.session_state["fu_flash"] = t("fu.add.saved", id=result["added"][0])
                    st.rerun()
                except followups.FollowupError as exc:
                    _problems(exc)

    with st.expander(t("fu.import.title"), icon=":material/upload_file:", key="fu_import_open"):
        st.caption(t("fu.import.help"))
        upload = st.file_uploader(t("fu.import.file"), type=["csv", "txt", "xlsx"], key="fu_import_file",
                                  max_upload_size=5)
        if upload is not None:
            report = followup_import.prepare(run_query, upload.getvalue(), upload.name)
            if report.ok:
                st.success(t("fu.import.ok", new=len(report.adds), changed=len(report.updates),
                             unchanged=len(report.unchanged)))
                if (report.adds or report.updates) and st.button(t("fu.import.do"), type="primary",
                                                                 key="fu_import_do"):
                    try:
                        result = import_followups(report, by=by)
                        st.session_state["fu_flash"] = t("fu.import.done", new=len(result["added"]),
                                                         changed=len(result["changed"]))
                        st.rerun()
                    except followup_import.FollowupImportRefused as exc:
                        problems = exc.report.problems
                        st.error(t("fu.import.problems", n=len(problems)) + "\n\n" + "\n".join(
                            f"- {md_text(p.render())}" for p in problems[:MAX_PROBLEMS_SHOWN]))
            else:
                st.error(t("fu.import.problems", n=len(report.problems)))
                st.dataframe(pd.DataFrame([
                    {t("data.col.row"): p.row, t("data.col.column"): p.column, t("data.col.value"): p.value,
                     t("data.col.reason"): render(p.reason)} for p in report.problems[:MAX_PROBLEMS_SHOWN]
                ]), hide_index=True, width="stretch")
