"""CI's convergence run: 100 seeds on SQLite and 30 on PostgreSQL, side by side."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

SIMULATION = Path(__file__).resolve().parents[1] / "simulation.py"
RUNS = {"sqlite": ["--seeds", "100"], "postgres": ["--seeds", "30", "--database-url", "postgres"]}


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_replicas_converge_and_lose_nothing_under_faults(pg_ok: bool) -> None:
    runs = {name: args for name, args in RUNS.items() if name == "sqlite" or pg_ok}
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    procs = {
        name: subprocess.Popen(
            [sys.executable, str(SIMULATION), *args, "--steps", "80"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        for name, args in runs.items()
    }
    for name, proc in procs.items():
        output, _ = proc.communicate(timeout=1200)
        last = output.strip().splitlines()[-1]
        assert proc.returncode == 0, f"{name}: {output[-3000:]}"
        seeds = runs[name][1]
        assert last == f"seeds={seeds} converged={seeds} lost=0 duplicated=0", last
