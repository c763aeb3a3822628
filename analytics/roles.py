"""Who may change data. Viewing is open to all; importing, rollback and editing rates or
criteria need the editor role. Until a deployment configures roles (README "Roles"), a local
run treats its single user as editor."""

from __future__ import annotations

import os


def session_can_edit() -> bool:
    return os.environ.get("JAMSOSTEK_READ_ONLY", "") not in ("1", "true", "yes")
