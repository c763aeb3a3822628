"""The dashboard as ``streamlit run`` serves it, plus a probe for tests/web/test_warmup.py: after
every script run it writes what the process's shared view cache holds (analytics/web/views.py)
and how many compiled scripts it held as the run started to the file named by WARM_PROBE_OUT,
so a test can see what a warm-up left in the server."""

import json
import os
import runpy
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

from streamlit.runtime import Runtime

# compiled page scripts the server holds as this run starts (kept across sessions, or not)
_scripts = len(Runtime.instance()._script_cache._cache)
try:
    runpy.run_path(str(ROOT / "dashboard.py"), run_name="__main__")
finally:
    from analytics.web import views

    # written whole, then renamed: the test polls this file while the server runs, and once read
    # it truncated mid-write ("" in .ci/run: JSONDecodeError)
    out = Path(os.environ["WARM_PROBE_OUT"])
    part = out.with_name(f"{out.name}.{os.getpid()}.{threading.get_ident()}.part")  # runs may overlap
    part.write_text(json.dumps(
        {"builds": views._views.builds, "pages": sorted({key[0] for key in list(views._views._entries)}),
         "versions": sorted({key[3][0] for key in list(views._views._entries)}), "scripts_at_start": _scripts}))
    os.replace(part, out)
