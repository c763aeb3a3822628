"""Roles: who may edit under each configuration (pure rules), and the Streamlit wiring."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from analytics.web import roles

DIGEST = hashlib.sha256(b"kantor-palangkaraya").hexdigest()


def test_nothing_configured_local_session_is_editor_remote_is_not():
    config = roles.load_config(secrets={}, environ={})
    assert config.mode == "local"
    assert roles.decide(config, email=None, logged_in=False, unlocked=False, local=True)
    assert not roles.decide(config, email=None, logged_in=False, unlocked=False, local=False)
    assert roles.is_local_request(None, {})
    assert not roles.is_local_request("10.0.0.5", {})
    assert not roles.is_local_request(None, {"X-Forwarded-For": "203.0.113.9"})  # proxy on localhost
    # http://127.0.0.1:8501 reports the loopback address, http://localhost:8501 none: both local
    assert roles.is_local_request("127.0.0.1", {}) and roles.is_local_request("::1", {})
    assert roles.is_local_request("::ffff:127.0.0.1", {})
    assert not roles.is_local_request("127.0.0.1", {"X-Forwarded-For": "203.0.113.9"})
    assert not roles.is_local_request("not an address", {})


def test_read_only_env_wins():
    config = roles.load_config(secrets={"roles": {"editor_password_sha256": DIGEST}}, environ={"JAMSOSTEK_READ_ONLY": "1"})
    assert config.mode == "read_only"
    assert not roles.decide(config, email="a@b.id", logged_in=True, unlocked=True, local=True)


def test_oidc_editors_by_email():
    config = roles.load_config(secrets={"auth": {"client_id": "x"}, "roles": {"editors": ["Kepala@Disnaker.go.id"]}}, environ={})
    assert config.mode == "oidc"
    assert roles.decide(config, email="kepala@disnaker.go.id", logged_in=True, unlocked=False, local=False)
    assert not roles.decide(config, email="other@x.id", logged_in=True, unlocked=False, local=True)
    assert not roles.decide(config, email="kepala@disnaker.go.id", logged_in=False, unlocked=False, local=True)


@pytest.mark.parametrize("secrets,environ", [
    ({"roles": {"editor_password_sha256": DIGEST}}, {}),
    ({}, {"JAMSOSTEK_EDITOR_PASSWORD_SHA256": DIGEST.upper()}),
])
def test_password_fallback(secrets, environ):
    config = roles.load_config(secrets=secrets, environ=environ)
    assert config.mode == "password"
    assert roles.password_matches(config, "kantor-palangkaraya")
    assert not roles.password_matches(config, "wrong")
    assert not roles.password_matches(config, "")
    assert not roles.decide(config, email=None, logged_in=False, unlocked=False, local=True)  # local is not enough
    assert roles.decide(config, email=None, logged_in=False, unlocked=True, local=False)


@pytest.fixture
def demo_env(demo_db_path, tmp_path, monkeypatch):
    path = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("JAMSOSTEK_DB", str(path))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    monkeypatch.delenv("JAMSOSTEK_EDITOR_PASSWORD_SHA256", raising=False)
    return path


def _app():
    from streamlit.testing.v1 import AppTest

    return AppTest.from_string(
        "import streamlit as st\nfrom analytics.web import roles\nfrom analytics.web.roles import can_edit\n"
        "roles.sidebar_controls()\nst.write('editor' if can_edit() else 'viewer')\n", default_timeout=30)


def test_password_unlock_in_sidebar(demo_env, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_EDITOR_PASSWORD_SHA256", DIGEST)
    at = _app().run()
    assert at.markdown[-1].value == "viewer"
    at.text_input(key="roles_password").input("wrong")
    at.button[0].click().run()
    assert at.markdown[-1].value == "viewer" and at.error
    at.text_input(key="roles_password").input("kantor-palangkaraya")
    at.button[0].click().run()
    assert at.markdown[-1].value == "editor"


def test_data_page_controls_follow_the_role(demo_env, monkeypatch):
    from tests.apptest_support import page_test

    monkeypatch.setenv("JAMSOSTEK_EDITOR_PASSWORD_SHA256", DIGEST)
    at = page_test("data").run()
    assert not at.get("file_uploader")  # locked: no upload, no rollback
    assert not [b for b in at.button if b.key in ("do_import", "do_rollback")]
    monkeypatch.delenv("JAMSOSTEK_EDITOR_PASSWORD_SHA256")
    at = page_test("data").run()
    assert at.get("file_uploader")


def _widget_keys(at) -> set[str]:
    """Keys of the page's widgets (the main area: the sidebar holds the frame's own controls,
    e.g. the unlock form a locked session gets)."""
    keys = set()
    from streamlit.testing.v1.element_tree import Widget

    def walk(node):
        for child in getattr(node, "children", {}).values():
            if isinstance(child, Widget) and child.key:
                keys.add(child.key)
            walk(child)

    walk(at.main)
    return keys


@pytest.mark.parametrize("page,editor_only", [
    ("data", {"import_file", "rollback_batch"}),
    ("budget", None),
    ("paritrana", None),
])
def test_edit_controls_hidden_without_editor_rights(demo_env, monkeypatch, page, editor_only):
    from tests.apptest_support import page_test

    editor = _widget_keys(page_test(page).run())
    monkeypatch.setenv("JAMSOSTEK_EDITOR_PASSWORD_SHA256", DIGEST)  # configured: this session is locked
    viewer = _widget_keys(page_test(page).run())
    assert viewer < editor, (sorted(viewer), sorted(editor))  # fewer controls, nothing new
    if editor_only:
        assert editor_only <= editor - viewer


def test_behind_the_proxy_nobody_is_local():
    config = roles.load_config(secrets={}, environ={"JAMSOSTEK_BEHIND_PROXY": "1"})
    assert config.mode == "local" and config.behind_proxy
    assert "nobody can edit" in roles.describe(config)
    with_password = roles.load_config(secrets={}, environ={"JAMSOSTEK_BEHIND_PROXY": "1",
                                                           "JAMSOSTEK_EDITOR_PASSWORD_SHA256": DIGEST})
    assert with_password.mode == "password" and "shared password" in roles.describe(with_password)


def test_behind_the_proxy_a_direct_session_is_not_editor(demo_env, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_BEHIND_PROXY", "1")
    assert _app().run().markdown[-1].value == "viewer"
    monkeypatch.delenv("JAMSOSTEK_BEHIND_PROXY")
    assert _app().run().markdown[-1].value == "editor"
