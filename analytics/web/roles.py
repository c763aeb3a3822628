"""Who may change data. Viewing is open to all; importing, rolling back and editing rates or
criteria need the editor role. The CLI is the administrator's and never asks (it runs with
file access to the database anyway).

How a session becomes editor (README "Roles"):

1. ``JAMSOSTEK_READ_ONLY=1`` (environment): nobody edits through the web app.
2. The **editor token** (as Jupyter's): ``bin/start`` and ``bin/serve`` print an editor link
   ``http://host:port/?token=...``; opening it makes that browser an editor through a cookie
   holding a keyed digest of the token (never the token), and the token is taken out of the
   address at once, so links shared from that browser never carry it. The token is
   ``JAMSOSTEK_EDITOR_TOKEN`` or, when unset, a random one kept in ``editor_token_path()``
   (mode 0600). Works in every mode below and through HAProxy (every worker reads the same).
3. OIDC (``st.login``): when secrets hold an ``[auth]`` section, editors are the logged-in
   users whose e-mail is listed in ``[roles] editors = ["a@x.go.id", ...]``.
4. Shared password: ``[roles] editor_password_hash = "scrypt$..."`` in secrets or
   ``JAMSOSTEK_EDITOR_PASSWORD_HASH`` (``python -m analytics password-hash`` makes it); attempts
   are throttled per client and overall with growing delays, and failures are logged (never the
   password). The old unsalted ``editor_password_sha256`` is refused with a message saying how
   to make the new one.

A session whose page was opened under a host name the server was not started for (DNS
rebinding: a foreign name resolving to 127.0.0.1) is refused and never editor
(``host_allowed``); HAProxy refuses the same hosts before any worker sees them.
"""

from __future__ import annotations

import base64
import collections
import hashlib
import hmac
import ipaddress
import logging
import os
import secrets as _secrets_module
import socket
import stat
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from analytics import config

# streamlit (and the UI strings) are imported inside the functions that need a session: the
# command line imports this module (analytics/cli/serving.py) and would pay streamlit's import,
# about a second (python -X importtime), for every command.
LOG = logging.getLogger("jamsostek.roles")

_UNLOCKED_KEY = "_roles_editor_unlocked"
_TOKEN_KEY = "_roles_editor_token"
COOKIE = "jamsostek_editor"
TOKEN_PARAM = "token"
COOKIE_MAX_AGE_S = 30 * 86400
_COOKIE_CONTEXT = b"jamsostek editor cookie v1"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
LEGACY_MESSAGE = ("the shared editor password is set as an unsalted SHA-256 digest "
                  "(editor_password_sha256 / JAMSOSTEK_EDITOR_PASSWORD_SHA256), which is no longer accepted: "
                  "make a salted scrypt hash with `python -m analytics password-hash` and set it as "
                  "JAMSOSTEK_EDITOR_PASSWORD_HASH or [roles] editor_password_hash")


@dataclass(frozen=True)
class RoleConfig:
    mode: str  # "read_only" | "oidc" | "password" | "token" (only the editor token)
    editors: frozenset[str] = frozenset()
    password_hash: str | None = None
    behind_proxy: bool = False  # bin/serve: every session comes through the proxy
    token: str | None = None
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)
    problem: str | None = None  # a setting refused (said at start and in the sidebar)


def load_config(secrets: Mapping | None = None, environ: Mapping[str, str] | None = None,
                token_file: Path | None = None) -> RoleConfig:
    """The deployment's role rules from secrets, environment and the token file (pure when all
    three are passed, as tests do)."""
    env = config.role_settings(environ)
    secrets = _secrets() if secrets is None else secrets
    hosts = frozenset(_normal_host(h) for h in env["allowed_hosts"]) | default_hosts()
    common = {"behind_proxy": env["behind_proxy"], "allowed_hosts": hosts}
    if env["read_only"]:
        return RoleConfig("read_only", **common)
    token = env["token"] or read_token(token_file or config.editor_token_path())
    common["token"] = token
    roles = _section(secrets, "roles")
    editors = frozenset(str(e).strip().lower() for e in (roles.get("editors") or []) if str(e).strip())
    if _section(secrets, "auth"):
        return RoleConfig("oidc", editors=editors, **common)
    hashed = roles.get("editor_password_hash") or env["password_hash"]
    if hashed:
        problem = None if parse_password_hash(str(hashed)) else (
            "the editor password hash is not one `python -m analytics password-hash` makes (scrypt$...)")
        return RoleConfig("password", editors=editors, password_hash=str(hashed).strip(), problem=problem, **common)
    if roles.get("editor_password_sha256") or env["legacy_sha256"]:
        return RoleConfig("password", editors=editors, problem=LEGACY_MESSAGE, **common)
    return RoleConfig("token", **common)


def current_config() -> RoleConfig:
    """``load_config()`` once per script run (the frame and the pages ask four times a run)."""
    from analytics.web.run_memo import per_run

    return per_run("roles", load_config)


def describe(config: RoleConfig) -> str:
    """Who may edit under this configuration, for the start-up messages of bin/start and bin/serve."""
    if config.mode == "read_only":
        return "nobody edits through the web app (JAMSOSTEK_READ_ONLY=1)"
    token = "the editor link below" if config.token else "nobody (no editor token)"
    if config.mode == "oidc":
        return f"editors log in (OIDC; {len(config.editors)} editor address(es) configured), or open {token}"
    if config.mode == "password":
        if config.problem:
            return f"REFUSED: {config.problem}; meanwhile only {token} edits"
        return f"editors unlock with the shared password (sidebar), or open {token}"
    return f"whoever opens {token} edits; everyone else views only"


# --- the editor token --------------------------------------------------------------------------
_TOKEN_CACHE: dict[str, tuple[tuple, str | None]] = {}


def read_token(path: Path) -> str | None:
    """The token in ``path`` (None when there is none). Read again only when the file changes."""
    try:
        st_ = path.stat()
    except OSError:
        return None
    key = (st_.st_mtime_ns, st_.st_ctime_ns, st_.st_size, st_.st_ino, st_.st_mode)
    cached = _TOKEN_CACHE.get(str(path))
    if cached and cached[0] == key:
        return cached[1]
    if st_.st_mode & 0o077:
        LOG.warning("editor token file %s is readable by others (mode %o); ignored: make it 0600",
                    path, stat.S_IMODE(st_.st_mode))
        token = None
    else:
        try:
            token = path.read_text(encoding="utf-8").strip() or None
        except OSError:
            token = None
    _TOKEN_CACHE[str(path)] = (key, token)
    return token


def ensure_token(path: Path) -> str:
    """The token kept in ``path``, made (random, 256 bits, mode 0600) when missing. A file others
    can read is made private again before use."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
        token = path.read_text(encoding="utf-8").strip()
        if token:
            return token
        path.unlink()
        return ensure_token(path)
    token = _secrets_module.token_urlsafe(32)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(token + "\n")
    return token


def token_matches(config: RoleConfig, given: str | None) -> bool:
    if not config.token or not given:
        return False
    return hmac.compare_digest(str(given).encode("utf-8"), config.token.encode("utf-8"))


def cookie_value(token: str) -> str:
    """What the editor cookie holds: a keyed digest of the token (the token itself never leaves
    the link; a new token makes old cookies worthless)."""
    return hmac.new(token.encode("utf-8"), _COOKIE_CONTEXT, hashlib.sha256).hexdigest()


def cookie_matches(config: RoleConfig, value: str | None) -> bool:
    if not config.token or not value:
        return False
    return hmac.compare_digest(str(value).encode("utf-8"), cookie_value(config.token).encode("utf-8"))


# --- hosts ---------------------------------------------------------------------------------------
def _normal_host(host: str) -> str:
    """``Host`` header or name, lower-case, without port or IPv6 brackets."""
    host = str(host or "").strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


_DEFAULT_HOSTS: frozenset[str] | None = None


def default_hosts() -> frozenset[str]:
    """This machine's names and addresses: localhost, loopback, its host name and every
    address of its interfaces (a name is only foreign when it is not one of these)."""
    global _DEFAULT_HOSTS
    if _DEFAULT_HOSTS is None:
        names = {"localhost", "127.0.0.1", "::1", socket.gethostname().lower(), socket.getfqdn().lower()}
        try:
            import psutil

            for addresses in psutil.net_if_addrs().values():
                for a in addresses:
                    if a.family in (socket.AF_INET, socket.AF_INET6):
                        names.add(a.address.split("%")[0].lower())
        except Exception:  # no psutil or no permission: the names above still hold
            pass
        _DEFAULT_HOSTS = frozenset(n for n in names if n)
    return _DEFAULT_HOSTS


def host_allowed(config: RoleConfig, host_header: str | None) -> bool:
    """Whether a request's ``Host`` is one this server answers for."""
    host = _normal_host(host_header or "")
    if not host:
        return False
    if host in config.allowed_hosts:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --- password ------------------------------------------------------------------------------------
def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """A salted scrypt hash: ``scrypt$N$r$p$salt$digest`` (base64)."""
    if not password:
        raise ValueError("the password is empty")
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(digest)}"


def parse_password_hash(value: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = str(value).strip().split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, digest = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and len(salt) >= 8 and digest):
        return None
    return n, r, p, salt, digest


def password_matches(config: RoleConfig, password: str) -> bool:
    if config.mode != "password" or not password or not config.password_hash:
        return False
    parsed = parse_password_hash(config.password_hash)
    if not parsed:
        return False
    n, r, p, salt, digest = parsed
    given = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(digest),
                           maxmem=256 * n * r * p + 2**20)
    return hmac.compare_digest(given, digest)


class Throttle:
    """Growing delays after failed attempts (password, editor token), per client and overall.

    A client may fail ``free`` times; then each further attempt must wait ``base * 2**k`` seconds
    (k: failures beyond ``free``) after its last failure, at most ``cap``. Overall, more than
    ``global_free`` failures within ``window`` seconds make everyone wait the same way, so many
    addresses cannot share the guessing. State is per process (each bin/serve worker counts its own)."""

    def __init__(self, *, free: int = 3, base: float = 1.0, cap: float = 300.0, global_free: int = 20,
                 window: float = 600.0, max_clients: int = 10_000):
        self.free, self.base, self.cap = free, base, cap
        self.global_free, self.window, self.max_clients = global_free, window, max_clients
        self._lock = threading.Lock()
        self._clients: collections.OrderedDict[str, tuple[int, float]] = collections.OrderedDict()
        self._recent: collections.deque[float] = collections.deque()

    def _delay(self, failures: int, free: int) -> float:
        return 0.0 if failures < free else min(self.cap, self.base * 2 ** (failures - free))

    def wait_s(self, client: str, now: float | None = None) -> float:
        """Seconds ``client`` must still wait before its next attempt is even checked (0: go)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            self._expire(now)
            count, last = self._clients.get(client, (0, now))
            own = self._delay(count, self.free) - (now - last)
            overall = 0.0
            if self._recent:
                overall = self._delay(len(self._recent), self.global_free) - (now - self._recent[-1])
            return max(0.0, own, overall)

    def failed(self, client: str, now: float | None = None) -> int:
        now = time.monotonic() if now is None else now
        with self._lock:
            count = self._clients.pop(client, (0, now))[0] + 1
            self._clients[client] = (count, now)
            while len(self._clients) > self.max_clients:
                self._clients.popitem(last=False)
            self._recent.append(now)
            return count

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._clients.pop(client, None)

    def _expire(self, now: float) -> None:
        while self._recent and now - self._recent[0] > self.window:
            self._recent.popleft()
        for client in [c for c, (_, last) in self._clients.items() if now - last > 4 * self.window]:
            del self._clients[client]


THROTTLE = Throttle()


def check_attempt(kind: str, client: str, ok_check, *, throttle: Throttle = THROTTLE) -> tuple[bool, float]:
    """Run one attempt (``ok_check()`` -> bool) unless the client must still wait: returns
    (accepted, seconds to wait before the next try). Failures are logged, never what was typed."""
    wait = throttle.wait_s(client)
    if wait > 0:
        LOG.warning("editor %s attempt from %s refused: throttled for %.0f s more", kind, client, wait)
        return False, wait
    if ok_check():
        throttle.succeeded(client)
        return True, 0.0
    failures = throttle.failed(client)
    LOG.warning("editor %s refused for client %s (%d failure(s) in a row)", kind, client, failures)
    return False, throttle.wait_s(client)


def decide(config: RoleConfig, *, email: str | None, logged_in: bool, unlocked: bool, token: bool = False,
           browser: bool = True, host_ok: bool = True) -> bool:
    """Whether a session with these facts may edit (pure). ``browser``: a real browser session
    (False for AppTest and bare runs, which are the machine's own user); ``host_ok``: its page
    was opened under an allowed host name."""
    if config.mode == "read_only" or not host_ok:
        return False
    if token and config.token:
        return True
    if config.mode == "oidc":
        return bool(logged_in and email and email.strip().lower() in config.editors)
    if config.mode == "password":
        return unlocked and not config.problem
    return not browser


# --- Streamlit side --------------------------------------------------------------------------
_EDITOR_SESSIONS: dict[str, float] = {}


def _session_id() -> str | None:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_id if ctx else None


def is_browser_session() -> bool:
    """A session with a browser on the other end (False under AppTest and in bare mode)."""
    try:
        from streamlit import runtime
        from streamlit.runtime import Runtime

        session_id = _session_id()
        if not (session_id and runtime.exists()):
            return False
        instance = runtime.get_instance()
        # AppTest installs a MagicMock(spec=Runtime), whose get_client() answers anything
        return type(instance) is Runtime and instance.get_client(session_id) is not None
    except Exception:
        return False


def _host_header() -> str | None:
    import streamlit as st

    try:
        return (st.context.headers or {}).get("Host")
    except Exception:
        return None


def client_address(config: RoleConfig | None = None) -> str:
    """Who is asking, for throttling and fair queueing: behind the proxy the address HAProxy
    appended last to X-Forwarded-For (a client's own header comes before it), else the
    connection's address."""
    import streamlit as st

    if not is_browser_session():
        return "local"
    config = config or current_config()
    try:
        headers = st.context.headers
        forwarded = headers.get_all("X-Forwarded-For") if headers is not None else []
        return client_from(forwarded, st.context.ip_address, behind_proxy=config.behind_proxy)
    except Exception:
        return "local"


def client_from(forwarded: list[str], ip_address: str | None, *, behind_proxy: bool) -> str:
    """The client's address (pure): behind the proxy the last X-Forwarded-For entry, which HAProxy
    appended (entries before it are whatever the client sent); otherwise the connection's."""
    if behind_proxy:
        entries = [e.strip() for h in forwarded for e in str(h or "").split(",") if e.strip()]
        if entries:
            return entries[-1]
    return str(ip_address or "local")


def guard_request() -> None:
    """First thing in every script run: refuse a page opened under a foreign host name, take an
    editor token out of the address (and remember the browser by cookie), or recognise the
    editor cookie. Call after ``st.set_page_config``."""
    import streamlit as st

    from analytics.i18n import t

    if not is_browser_session():
        return
    config = current_config()
    host = _host_header()
    if not host_allowed(config, host):
        LOG.warning("refused a session opened under foreign host %r", (host or "")[:200])
        st.error(t("roles.foreign_host", host=(host or "?")[:200]))
        st.stop()
    given = st.query_params.get(TOKEN_PARAM)
    if given is not None:
        del st.query_params[TOKEN_PARAM]  # the address (and every link made from it) loses the token
        if config.mode != "read_only":
            accepted, wait = check_attempt("token", client_address(config), lambda: token_matches(config, given))
            if accepted:
                st.session_state[_TOKEN_KEY] = True
                _set_editor_cookie(cookie_value(config.token))
                st.toast(t("roles.token_accepted"))
            else:
                st.sidebar.warning(t("roles.token_refused") if wait <= 0 else t("roles.throttled", seconds=int(wait) + 1))
    elif not st.session_state.get(_TOKEN_KEY) and config.token:
        try:
            value = st.context.cookies.get(COOKIE)
        except Exception:
            value = None
        if cookie_matches(config, value):
            st.session_state[_TOKEN_KEY] = True


def _set_editor_cookie(value: str) -> None:
    """The browser keeps the editor cookie: a script in the page (st.html runs it in the page
    itself) sets it for the whole site, SameSite=Strict, for 30 days. Streamlit has no route to
    answer with a Set-Cookie header, and the websocket the session runs on cannot set one; the
    cookie reaches the server with the next page load's websocket request (st.context.cookies),
    and this session is editor already."""
    import streamlit as st

    secure = "; Secure" if str(_url_scheme()) == "https" else ""
    st.html(f"<script>document.cookie = '{COOKIE}={value}; path=/; max-age={COOKIE_MAX_AGE_S}; "
            f"SameSite=Strict{secure}';</script>", unsafe_allow_javascript=True)


def _url_scheme() -> str:
    import streamlit as st

    try:
        return str(st.context.url or "").split(":", 1)[0]
    except Exception:
        return ""


def can_edit() -> bool:
    import streamlit as st

    config = current_config()
    email, logged_in = _user()
    browser = is_browser_session()
    result = decide(config, email=email, logged_in=logged_in,
                    unlocked=bool(st.session_state.get(_UNLOCKED_KEY)),
                    token=bool(st.session_state.get(_TOKEN_KEY)), browser=browser,
                    host_ok=(not browser) or host_allowed(config, _host_header()))
    if result:
        _remember_editor_session()
    return result


def _remember_editor_session() -> None:
    session_id = _session_id()
    if session_id:
        if len(_EDITOR_SESSIONS) > 10_000:
            _EDITOR_SESSIONS.clear()
        _EDITOR_SESSIONS[session_id] = time.monotonic()


def session_is_editor(session_id: str) -> bool:
    """Whether this session has been an editor in one of its runs (for messages handled outside
    a script run, e.g. Streamlit's clear_cache)."""
    return session_id in _EDITOR_SESSIONS


def who() -> str:
    """Who this session's changes are recorded as (the snapshot history, follow-up register)."""
    email, logged_in = _user()
    if logged_in and email:
        return email
    return "editor (web)"


def sidebar_controls() -> None:
    """Log-in / password unlock in the sidebar, for the configured mode (nothing otherwise)."""
    import streamlit as st

    from analytics.i18n import t

    config = current_config()
    box = st.sidebar
    if st.session_state.get(_TOKEN_KEY) and config.token and config.mode != "read_only":
        box.caption(t("roles.token_active"))
        return
    if config.mode == "oidc":
        email, logged_in = _user()
        if logged_in:
            box.caption(t("roles.signed_in", email=email or "?"))
            if box.button(t("roles.logout"), key="roles_logout"):
                st.logout()
        elif box.button(t("roles.login"), key="roles_login"):
            st.login()
    elif config.mode == "password":
        if config.problem:
            box.warning(t("roles.password_setting_refused"))
        elif st.session_state.get(_UNLOCKED_KEY):
            box.caption(t("roles.unlocked"))
            if box.button(t("roles.lock"), key="roles_lock"):
                st.session_state[_UNLOCKED_KEY] = False
                st.rerun()
        else:
            with box.expander(t("roles.unlock"), icon=":material/lock:"):
                with st.form("roles_unlock_form", border=False):
                    password = st.text_input(t("roles.password"), type="password", key="roles_password")
                    if st.form_submit_button(t("roles.unlock")):
                        accepted, wait = check_attempt("password", client_address(config),
                                                       lambda: password_matches(config, password))
                        if accepted:
                            st.session_state[_UNLOCKED_KEY] = True
                            st.rerun()
                        elif wait > 0:
                            st.error(t("roles.throttled", seconds=int(wait) + 1))
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
        import streamlit as st
        from streamlit import config as st_config

        # Without a secrets file st.secrets parses its paths again on every access (four per
        # page run here), then raises: a look for the files first is a tenth of that.
        # (secrets given otherwise, as AppTest gives them, are already loaded: asked as before)
        if getattr(st.secrets, "_secrets", None) is None and \
                not any(os.path.exists(path) for path in st_config.get_option("secrets.files")):
            return {}
        return {k: st.secrets[k] for k in st.secrets}
    except Exception:
        return {}


def _user() -> tuple[str | None, bool]:
    try:
        import streamlit as st

        user = st.user
        logged_in = bool(user.get("is_logged_in", False))
        email = user.get("email")
        return (str(email) if email else None), logged_in
    except Exception:
        return None, False
