"""A light run of benchmarks/load_test.py: 4 websocket sessions run pages while one browser
session imports a file on the data page; no errors, and the import landed exactly once."""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib.util
import sys

from tests.conftest import ROOT


def _load_test_module():
    spec = importlib.util.spec_from_file_location("load_test", ROOT / "benchmarks" / "load_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["load_test"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_sessions_navigate_while_one_imports(demo_db_path):
    load_test = _load_test_module()
    # the overview (default page, url "") and the SQL explorer: light pages, so it stays quick
    args = load_test.argparse.Namespace(mode="ws", sessions=4, steps=3, db=demo_db_path, pages=",explorer",
                                        timeout=120.0, import_delay=1.0, ramp_up=2.0, json=True)
    # its own thread: the session's sync Playwright already runs an event loop in this one
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        report = pool.submit(asyncio.run, load_test.run(args)).result(timeout=600)
    assert report["errors"] == 0, report["error_samples"]
    assert report["page_views"] == 4 * 3
    assert report["import_landed"], report
    assert report["batches_after"] == report["batches_before"] + 1
    assert report["server_peak_rss_mb"] > 0
