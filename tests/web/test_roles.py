"""Roles: who may edit under each configuration (pure rules), and the Streamlit wiring."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from analytics.web import roles

DIGEST = hashlib.sha256(b"kantor-palangkaraya").hexdigest()  # the old setting, now refused
HASH = roles.hash_password("kantor-palangkaraya")


def _config(secrets=None, environ=None, tmp_path=None, token_file=None):
    from pathlib import Path

    return roles.load_config(secrets=secrets or {}, environ=environ or {},
                             token_file=token_file or Path("/nonexistent/editor-token"))


def test_nothing_configured_only_the_token_edits_a_browser_session():
    config = _config(environ={"JAMSOSTEK_EDITOR_TOKEN": "s3cret-token"})
    assert config.mode == "token" and config.token == "s3cret-token"
    # a browser on this machine is no longer editor by its address: the token decides
    assert not roles.decide(config, email=None, logged_in=False, unlocked=False, token=False, browser=True)
    assert roles.decide(config, email=None, logged_in=False, unlocked=False, token=True, browser=True)
    # ... and never under a foreign host name (DNS rebinding), token or not
    assert not roles.decide(config, email=None, logged_in=False, unlocked=False, token=True, host_ok=False)
    # AppTest and bare runs have no browser: the machine's own user
    assert roles.decide(config, email=None, logged_in=False, unlocked=False, browser=False)
    # without any token nobody edits in a browser
    assert not roles.decide(_config(), email=None, logged_in=False, unlocked=False, token=True, browser=True)


def test_read_only_env_wins():
    config = _config(secrets={"roles": {"editor_password_hash": HASH}},
                     environ={"JAMSOSTEK_READ_ONLY": "1", "JAMSOSTEK_EDITOR_TOKEN": "t"})
    assert config.mode == "read_only"
    assert not roles.decide(config, email="a@b.id", logged_in=True, unlocked=True, token=True, browser=False)


def test_oidc_editors_by_email():
    config = _config(secrets={"auth": {"client_id": "x"}, "roles": {"editors": ["Kepala@Disnaker.go.id"]}})
    assert config.mode == "oidc"
    assert roles.decide(config, email="kepala@disnaker.go.id", logged_in=True, unlocked=False)
    assert not roles.decide(config, email="other@x.id", logged_in=True, unlocked=False)
    assert not roles.decide(config, email="kepala@disnaker.go.id", logged_in=False, unlocked=False, browser=False)


@pytest.mark.parametrize("secrets,environ", [
    ({"roles": {"editor_password_hash": HASH}}, {}),
    ({}, {"JAMSOSTEK_EDITOR_PASSWORD_HASH": HASH}),
])
def test_password_is_a_salted_scrypt_hash(secrets, environ):
    config = _config(secrets=secrets, environ=environ)
    assert config.mode == "password" and not config.problem
    assert config.password_hash.startswith("scrypt$16384$8$1$")
    assert roles.password_matches(config, "kantor-palangkaraya")
    assert not roles.password_matches(config, "wrong")
    assert not roles.password_matches(config, "")
    assert not roles.decide(config, email=None, logged_in=False, unlocked=False, browser=False)  # no browser is not enough
    assert roles.decide(config, email=None, logged_in=False, unlocked=True)
    # salted: the same password hashes differently each time, and both verify
    other = roles.hash_password("kantor-palangkaraya")
    assert other != HASH and roles.password_matches(_config(environ={"JAMSOSTEK_EDITOR_PASSWORD_HASH": other}),
                                                    "kantor-palangkaraya")


@pytest.mark.parametrize("secrets,environ", [
    ({"roles": {"editor_password_sha256": DIGEST}}, {}),
    ({}, {"JAMSOSTEK_EDITOR_PASSWORD_SHA256": DIGEST}),
])
def test_the_old_sha256_setting_is_refused_with_a_message(secrets, environ):
    config = _config(secrets=secrets, environ=environ)
    assert config.mode == "password" and "password-hash" in config.problem
    assert not roles.password_matches(config, "kantor-palangkaraya")
    assert not roles.decide(config, email=None, logged_in=False, unlocked=True)
    assert "REFUSED" in roles.describe(config) and "password-hash" in roles.describe(config)
    broken = _config(environ={"JAMSOSTEK_EDITOR_PASSWORD_HASH": "scrypt$1$2$3$xx$yy"})
    assert broken.problem and not roles.password_matches(broken, "anything")


def test_password_hash_command(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    made = subprocess.run([sys.executable, "-m", "analytics", "password-hash"], input="kantor-palangkaraya\n",
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert made.returncode == 0, made.stderr
    hashed = made.stdout.strip()
    assert "kantor" not in made.stdout + made.stderr
    assert roles.password_matches(_config(environ={"JAMSOSTEK_EDITOR_PASSWORD_HASH": hashed}), "kantor-palangkaraya")
    short = subprocess.run([sys.executable, "-m", "analytics", "password-hash"], input="abc\n",
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert short.returncode != 0 and "8 characters" in short.stderr


def test_token_file_is_private_and_kept(tmp_path):
    import os
    import stat

    path = tmp_path / "cache" / "editor-token"
    token = roles.ensure_token(path)
    assert len(token) >= 40 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert roles.ensure_token(path) == token  # kept across starts
    assert _config(token_file=path).token == token
    # the environment wins over the file (tests, deployments)
    assert _config(environ={"JAMSOSTEK_EDITOR_TOKEN": "from-env"}, token_file=path).token == "from-env"
    os.chmod(path, 0o644)  # readable by others: not trusted ...
    assert _config(token_file=path).token is None
    assert roles.ensure_token(path) == token and stat.S_IMODE(path.stat().st_mode) == 0o600  # ... until made private


def test_editor_link_command_prints_the_token_link(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {"PATH": "/usr/bin:/bin", "JAMSOSTEK_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "analytics", "editor-link", "--url", "http://127.0.0.1:8630"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    token = (tmp_path / "editor-token").read_text().strip()
    assert out.stdout.strip() == f"http://127.0.0.1:8630/?token={token}"


def test_cookie_holds_a_digest_never_the_token():
    config = _config(environ={"JAMSOSTEK_EDITOR_TOKEN": "s3cret-token"})
    value = roles.cookie_value("s3cret-token")
    assert "s3cret" not in value and roles.cookie_matches(config, value)
    assert not roles.cookie_matches(config, "s3cret-token")
    assert not roles.cookie_matches(config, roles.cookie_value("another"))
    assert not roles.cookie_matches(_config(), value)  # no token configured: no cookie works
    assert roles.token_matches(config, "s3cret-token") and not roles.token_matches(config, "s3cret-tokeN")


@pytest.mark.parametrize("host,ok", [
    ("localhost:8501", True), ("127.0.0.1:8630", True), ("[::1]:8501", True), ("LOCALHOST", True),
    ("127.0.0.2:8501", True),  # loopback
    ("dasbor.disnaker.example:8501", True),  # configured in JAMSOSTEK_ALLOWED_HOSTS
    ("evil.example:8501", False), ("localhost.evil.example", False), ("", False), (None, False),
])
def test_host_names_the_server_was_not_started_for_are_refused(host, ok):
    config = _config(environ={"JAMSOSTEK_ALLOWED_HOSTS": "Dasbor.Disnaker.example, other.example"})
    assert roles.host_allowed(config, host) is ok


def test_throttle_grows_per_client_and_overall():
    throttle = roles.Throttle(free=3, base=1.0, cap=60.0, global_free=6, window=600.0)
    t0 = 1000.0
    for i in range(3):
        assert throttle.wait_s("a", t0) == 0
        throttle.failed("a", t0)
    assert throttle.wait_s("a", t0) == pytest.approx(1.0)  # 4th try: wait 1 s
    throttle.failed("a", t0 + 1)
    assert throttle.wait_s("a", t0 + 1) == pytest.approx(2.0)  # then 2, 4, 8 ... growing
    throttle.failed("a", t0 + 3)
    assert throttle.wait_s("a", t0 + 3) == pytest.approx(4.0)
    assert throttle.wait_s("b", t0 + 3) == 0  # another client is not held by a's failures ...
    throttle.failed("b", t0 + 3)  # ... until the failures overall pass global_free (6 now)
    assert throttle.wait_s("c", t0 + 3) == pytest.approx(1.0)
    throttle.succeeded("a")
    for _ in range(20):
        throttle.failed("a", t0 + 10)
    assert throttle.wait_s("a", t0 + 10) == 60.0  # capped


def test_attempts_are_throttled_and_logged_without_the_password(caplog):
    throttle = roles.Throttle(free=2, base=5.0)
    config = _config(environ={"JAMSOSTEK_EDITOR_PASSWORD_HASH": HASH})
    results = []
    with caplog.at_level("WARNING", logger="jamsostek.roles"):
        for guess in ["tebak-1", "tebak-2", "tebak-3", "kantor-palangkaraya"]:
            results.append(roles.check_attempt("password", "203.0.113.9", lambda: roles.password_matches(config, guess),
                                               throttle=throttle))
    assert [ok for ok, _ in results] == [False, False, False, False]  # the right one comes too soon: not checked
    assert results[1][1] > 0 and results[3][1] > 0
    text = caplog.text
    assert "203.0.113.9" in text and "throttled" in text
    assert "tebak" not in text and "kantor" not in text


@pytest.fixture
def demo_env(demo_db_path, tmp_path, monkeypatch):
    path = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("JAMSOSTEK_DB", str(path))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    monkeypatch.delenv("JAMSOSTEK_EDITOR_PASSWORD_SHA256", raising=False)
    monkeypatch.delenv("JAMSOSTEK_EDITOR_PASSWORD_HASH", raising=False)
    roles.THROTTLE.__init__()
    return path


def _app():
    from streamlit.testing.v1 import AppTest

    return AppTest.from_string(
        "import streamlit as st\nfrom analytics.web import roles\nfrom analytics.web.roles import can_edit\n"
        "roles.sidebar_controls()\nst.write('editor' if can_edit() else 'viewer')\n", default_timeout=30)


def test_password_unlock_in_sidebar(demo_env, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_EDITOR_PASSWORD_HASH", HASH)
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

    monkeypatch.setenv("JAMSOSTEK_EDITOR_PASSWORD_HASH", HASH)
    at = page_test("data").run()
    assert not at.get("file_uploader")  # locked: no upload, no rollback
    assert not [b for b in at.button if b.key in ("do_import", "do_rollback")]
    monkeypatch.delenv("JAMSOSTEK_EDITOR_PASSWORD_HASH")
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
    monkeypatch.setenv("JAMSOSTEK_EDITOR_PASSWORD_HASH", HASH)  # configured: this session is locked
    viewer = _widget_keys(page_test(page).run())
    assert viewer < editor, (sorted(viewer), sorted(editor))  # fewer controls, nothing new
    if editor_only:
        assert editor_only <= editor - viewer


def test_password_unlock_is_throttled_in_the_sidebar(demo_env, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_EDITOR_PASSWORD_HASH", HASH)
    at = _app().run()
    for guess in ("tebak-1", "tebak-2", "tebak-3"):
        at.text_input(key="roles_password").input(guess)
        at.button[0].click().run()
        assert at.markdown[-1].value == "viewer"
    at.text_input(key="roles_password").input("kantor-palangkaraya")
    at.button[0].click().run()
    assert at.markdown[-1].value == "viewer"  # too soon after three failures: not even checked
    assert "Coba lagi dalam" in at.error[0].value


def test_the_client_address_behind_the_proxy_is_the_one_haproxy_appended():
    # a client writing its own X-Forwarded-For cannot pick the address it is throttled under
    forged = ["10.9.9.9, 203.0.113.7", "198.51.100.4"]
    assert roles.client_from(forged, "127.0.0.1", behind_proxy=True) == "198.51.100.4"
    assert roles.client_from(forged, "192.0.2.8", behind_proxy=False) == "192.0.2.8"
    assert roles.client_from([], None, behind_proxy=True) == "local"


def test_roles_come_from_a_secrets_file_and_from_apptests_secrets(demo_env, tmp_path, monkeypatch):
    """Without a secrets file the sidebar does not ask st.secrets (it parses again on every access);
    a file, or secrets given otherwise (AppTest), still set the roles."""
    import streamlit as st
    from streamlit import config as st_config

    # the process's st.secrets keeps what it parsed: put back as it was (nothing loaded) afterwards
    monkeypatch.setattr(st.secrets, "_secrets", None)
    secrets_file = tmp_path / "secrets.toml"
    monkeypatch.setattr(st_config, "get_option", lambda name, _get=st_config.get_option:
                        [str(secrets_file)] if name == "secrets.files" else _get(name))
    assert roles._secrets() == {} and roles.load_config().mode == "token"
    secrets_file.write_text(f'[roles]\neditor_password_hash = "{HASH}"\n', encoding="utf-8")
    at = _app().run()
    assert at.text_input(key="roles_password") is not None and at.markdown[-1].value == "viewer"

    secrets_file.unlink()
    at = _app()
    at.secrets["roles"] = {"editor_password_hash": HASH}
    at.run()
    at.text_input(key="roles_password").input("kantor-palangkaraya")
    at.button[0].click().run()
    assert at.markdown[-1].value == "editor"
