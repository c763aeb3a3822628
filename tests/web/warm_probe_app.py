"""The dashboard as ``streamlit run`` serves it, plus a probe for tests/web/test_warmup.py: after
every script run it writes what the process's shared view cache holds (analytics/web/views.py)
to the file named by WARM_PROBE_OUT, so a test can see what a warm-up built in the server."""

import json
import os
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

try:
    runpy.run_path(str(ROOT / "dashboard.py"), run_name="__main__")
finally:
    from analytics.web import views

    Path(os.environ["WARM_PROBE_OUT"]).write_text(json.dumps(
        {"builds": views._views.builds, "pages": sorted({key[0] for key in list(views._views._entries)})}))
