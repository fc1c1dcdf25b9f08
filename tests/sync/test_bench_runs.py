"""`python -m bench.sync` keeps working: a small run prints every figure the issue names."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIGURES = {
    "initial_rows_per_s",
    "limit_rows_per_s",
    "ratio_to_limit",
    "incremental_roundtrip_ms_median",
    "first_push_after_initial_ms",
    "second_push_after_initial_ms",
    "later_push_ms_median",
    "verify_round_ms",
}


def test_a_small_bench_run_prints_its_summary():
    done = subprocess.run(
        [sys.executable, "-m", "bench.sync", "--customers", "300", "--roundtrips", "3"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    summary = lines[-1]
    assert summary["phase"] == "summary" and summary["rows"] == 1200
    assert summary.keys() >= FIGURES
    assert all(summary[key] > 0 for key in FIGURES)
    assert {"seed", "initial", "first_push", "roundtrips", "limit"} <= {x["phase"] for x in lines}
