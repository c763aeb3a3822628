"""Who may change data. Viewing is open to all; importing, rolling back and editing rates or
criteria need the editor role. The CLI is the administrator's and never asks (it runs with
file access to the database anyway).

How a session becomes editor, first rule that applies (README "Roles"):

1. ``JAMSOSTEK_READ_ONLY=1`` (environment): nobody edits through the web app.
2. OIDC (``st.login``): when secrets hold an ``[auth]`` section, editors are the logged-in
   users whose e-mail is listed in ``[roles] editors = ["a@x.go.id", ...]``.
3. Shared password (single-office deployment): ``[roles] editor_password_sha256 = "<hex>"``
   in secrets or ``JAMSOSTEK_EDITOR_PASSWORD_SHA256`` in the environment; a session unlocks
   with the password in the sidebar.
4. Nothing configured: a session connected directly from this machine (localhost, no proxy
   headers) is editor -- the single-user local run; everyone else views only.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass

import streamlit as st

from analytics import config
from analytics.i18n import t

_UNLOCKED_KEY = "_roles_editor_unlocked"
_PROXY_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")


@dataclass(frozen=True)
class RoleConfig:
    mode: str  # "read_only" | "oidc" | "password" | "local"
    editors: frozenset[str] = frozenset()
    password_sha256: str | None = None
    behind_proxy: bool = False  # bin/serve: every session comes through the proxy, none is local


def load_config(secrets: Mapping | None = None, environ: Mapping[str, str] | None = None) -> RoleConfig:
    """The deployment's role rules from secrets and environment (pure: pass both for tests)."""
    read_only, env_digest, behind_proxy = config.role_settings(environ)
    secrets = _secrets() if secrets is None else secrets
    if read_only:
        return RoleConfig("read_only", behind_proxy=behind_proxy)
    roles = _section(secrets, "roles")
    editors = frozenset(str(e).strip().lower() for e in (roles.get("editors") or []) if str(e).strip())
    if _section(secrets, "auth"):
        return RoleConfig("oidc", editors=editors, behind_proxy=behind_proxy)
    digest = roles.get("editor_password_sha256") or env_digest
    if digest:
        return RoleConfig("password", editors=editors, password_sha256=str(digest).strip().lower(),
                          behind_proxy=behind_proxy)
    return RoleConfig("local", behind_proxy=behind_proxy)


def describe(config: RoleConfig) -> str:
    """Who may edit under this configuration, for the start-up message of bin/serve."""
    if config.mode == "read_only":
        return "nobody edits through the web app (JAMSOSTEK_READ_ONLY=1)"
    if config.mode == "oidc":
        return f"editors log in (OIDC); {len(config.editors)} editor address(es) configured"
    if config.mode == "password":
        return "editors unlock with the shared password (sidebar)"
    if config.behind_proxy:
        return ("nobody can edit through the web app: no editor password or OIDC is configured, and "
                "sessions through the proxy are never local (set JAMSOSTEK_EDITOR_PASSWORD_SHA256 or "
                "[auth] in .streamlit/secrets.toml; README \"Roles\")")
    return "a browser on this machine (localhost) edits; others view only"


def password_matches(config: RoleConfig, password: str) -> bool:
    if config.mode != "password" or not password or not config.password_sha256:
        return False
    given = hashlib.sha256(password.encode("utf-8")).hexdigest()
    return hmac.compare_digest(given, config.password_sha256)


def is_local_request(ip_address: object, headers: Mapping[str, str] | None) -> bool:
    """Direct connection from this machine: a loopback address (127.0.0.1, ::1), or no address
    at all (Streamlit reports none for http://localhost when it listens on every interface,
    and one for http://127.0.0.1: both are this machine). A reverse proxy on the same host
    looks local too, so proxy headers make it remote."""
    lowered = {str(k).lower() for k in (headers or {})}
    if any(h in lowered for h in _PROXY_HEADERS):
        return False
    if isinstance(ip_address, str) and ip_address:
        try:
            address = ipaddress.ip_address(ip_address.split("%")[0])
        except ValueError:
            return False
        mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1
        return address.is_loopback or bool(mapped and mapped.is_loopback)
    return True


def decide(config: RoleConfig, *, email: str | None, logged_in: bool, unlocked: bool, local: bool) -> bool:
    """Whether a session with these facts may edit (pure)."""
    if config.mode == "read_only":
        return False
    if config.mode == "oidc":
        return bool(logged_in and email and email.strip().lower() in config.editors)
    if config.mode == "password":
        return unlocked
    return local


# --- Streamlit side --------------------------------------------------------------------------
def can_edit() -> bool:
    config = load_config()
    email, logged_in = _user()
    local = not config.behind_proxy
    if config.mode == "local" and local:
        try:
            local = is_local_request(st.context.ip_address, dict(st.context.headers or {}))
        except Exception:  # no browser context (AppTest, bare mode): a local run
            local = True
    return decide(config, email=email, logged_in=logged_in,
                  unlocked=bool(st.session_state.get(_UNLOCKED_KEY)), local=local)


def who() -> str:
    """Who this session's changes are recorded as (the snapshot history, follow-up register)."""
    email, logged_in = _user()
    if logged_in and email:
        return email
    return "editor (web)"


def sidebar_controls() -> None:
    """Log-in / password unlock in the sidebar, for the configured mode (nothing otherwise)."""
    config = load_config()
    box = st.sidebar
    if config.mode == "oidc":
        email, logged_in = _user()
        if logged_in:
            box.caption(t("roles.signed_in", email=email or "?"))
            if box.button(t("roles.logout"), key="roles_logout"):
                st.logout()
        elif box.button(t("roles.login"), key="roles_login"):
            st.login()
    elif config.mode == "password":
        if st.session_state.get(_UNLOCKED_KEY):
            box.caption(t("roles.unlocked"))
            if box.button(t("roles.lock"), key="roles_lock"):
                st.session_state[_UNLOCKED_KEY] = False
                st.rerun()
        else:
            with box.expander(t("roles.unlock"), icon=":material/lock:"):
                with st.form("roles_unlock_form", border=False):
                    password = st.text_input(t("roles.password"), type="password", key="roles_password")
                    if st.form_submit_button(t("roles.unlock")):
                        if password_matches(config, password):
                            st.session_state[_UNLOCKED_KEY] = True
                            st.rerun()
                        else:
                            st.error(t("roles.wrong_password"))


def _section(secrets: Mapping, name: str) -> Mapping:
    try:
        value = secrets.get(name) if hasattr(secrets, "get") else None
    except Exception:  # st.secrets raises when no secrets file exists
        return {}
    return value if isinstance(value, Mapping) else {}


def _secrets() -> Mapping:
    try:
        # st.secrets raises (FileNotFoundError / StreamlitSecretNotFoundError) without a file
        return {k: st.secrets[k] for k in st.secrets}
    except Exception:
        return {}


def _user() -> tuple[str | None, bool]:
    try:
        user = st.user
        logged_in = bool(user.get("is_logged_in", False))
        email = user.get("email")
        return (str(email) if email else None), logged_in
    except Exception:
        return None, False
