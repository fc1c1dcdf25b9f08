"""Schemathesis against the real server's /openapi.json as no one, a rep, a manager and an
administrator (issue 17, "What must show"): `schemathesis run --checks all`, every phase
(examples, coverage, fuzzing, stateful), zero 5xx answers in the server's log and zero
failures of any check.

One server per backend, seeded with the demo data so requests reach real rows; the roles run
one after the other on it, the administrator last (its deactivations and offboardings would
close the others' accounts). Left out, because they end the caller's own session and every
later request would test only the token check (tests/security/schemathesis_hooks.py):
`/auth/logout`, and for the administrator deactivating, offboarding or marking lost itself or
its own device. The sign-in throttle is raised for this server only: fuzzing `/auth/login`
from one address would otherwise lock it within 30 guesses and every later sign-in attempt
would be a 423.

Budget: `FUZZ_EXAMPLES` test cases per operation in the fuzzing and stateful phases
(OUTPOST_FUZZ_EXAMPLES to stretch it, OUTPOST_FUZZ_SEED to vary the data); the coverage phase's
boundary cases come on top and are most of the ~2,000 requests per role. SQLite always;
PostgreSQL with OUTPOST_FUZZ_POSTGRES=1, as it takes as long again. The figures per role are
printed (`-s`) and kept as the test's properties in a JUnit report; each role's whole
schemathesis output is kept beside its JSON report in the test's tmp_path.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.support.servers import ROOT, ServerProcess

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

FUZZ_EXAMPLES = int(os.environ.get("OUTPOST_FUZZ_EXAMPLES", "5"))
FUZZ_SEED = int(os.environ.get("OUTPOST_FUZZ_SEED", "17"))
PASSWORD = "demo1234"  # seed-demo's
ROLES = [("no one", None), ("rep", "alice"), ("manager", "manager.sh"), ("admin", "admin")]
_STATUS = re.compile(r'HTTP/1\.[01]" (\d{3})')


@dataclass
class RoleRun:
    role: str
    test_cases: int
    requests: int
    server_errors: list[str]
    exit_code: int
    failures: list[dict[str, object]]
    seconds: float
    output: str


def _cli(database_url: str, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "--database-url", database_url, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


def _sign_in(url: str, username: str) -> tuple[str, str]:
    answer = requests.post(
        f"{url}{API_PREFIX}/auth/login",
        json={"username": username, "password": PASSWORD, "device_name": "schemathesis"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    pair = answer.json()
    return pair["access_token"], pair["device_id"]


def _schemathesis() -> str:
    beside = Path(sys.executable).with_name("schemathesis")
    return str(beside) if beside.exists() else shutil.which("schemathesis") or "schemathesis"


def _fuzz(server: ServerProcess, role: str, username: str | None, folder: Path) -> RoleRun:
    headers = [f"{PROTOCOL_HEADER}: {PROTOCOL_VERSION}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env["SCHEMATHESIS_HOOKS"] = "tests.security.schemathesis_hooks"
    if username is not None:
        token, device = _sign_in(server.url, username)
        headers.append(f"Authorization: Bearer {token}")
        env["OUTPOST_FUZZ_SELF"], env["OUTPOST_FUZZ_DEVICE"] = username, device
    report = folder / f"{role.replace(' ', '_')}.json"
    command = [
        _schemathesis(),
        "run",
        f"{server.url}/openapi.json",
        "--checks",
        "all",
        "--exclude-path",
        f"{API_PREFIX}/auth/logout",
        "--max-examples",
        str(FUZZ_EXAMPLES),
        "--seed",
        str(FUZZ_SEED),
        "--workers",  # one: Python 3.11's ast.parse in two threads at once can raise "AST
        "1",  # constructor recursion depth mismatch" in Hypothesis (CPython gh-106905)
        "--generation-database",
        "none",
        "--no-color",
        "--report",
        "json",
        "--report-json-path",
        str(report),
    ]
    for header in headers:
        command += ["--header", header]
    started = time.monotonic()
    log_before = server.log_path.read_text(errors="replace")
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=900)
    report.with_suffix(".txt").write_text(done.stdout + done.stderr)  # the whole story
    new_log = server.log_path.read_text(errors="replace")[len(log_before) :]
    statuses = [int(m.group(1)) for m in _STATUS.finditer(new_log)]
    server_errors = [
        line
        for line in new_log.splitlines()
        if ((m := _STATUS.search(line)) and m.group(1).startswith("5"))
        or "Traceback" in line
        or "unhandled error" in line
    ]
    summary = json.loads(report.read_text()) if report.exists() else {}
    return RoleRun(
        role=role,
        test_cases=summary.get("test_cases", {}).get("generated", 0),
        requests=len(statuses),
        server_errors=server_errors,
        exit_code=done.returncode,
        failures=summary.get("failures", []) + summary.get("errors", []),
        seconds=time.monotonic() - started,
        output=_findings(done.stdout) + done.stderr[-2000:],
    )


def _findings(output: str) -> str:
    """The failures section of schemathesis's output, without the warnings and summary."""
    start = output.find("= FAILURES =")
    end = output.find("= WARNINGS =")
    return output[start if start >= 0 else 0 : end if end > start else None][-12000:]


def test_schemathesis_all_checks_as_every_role(
    empty_database_url: str, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    if empty_database_url.startswith("postgresql") and not os.environ.get("OUTPOST_FUZZ_POSTGRES"):
        pytest.skip("on PostgreSQL only with OUTPOST_FUZZ_POSTGRES=1 (about as long again)")
    _cli(empty_database_url, "init-db")
    _cli(empty_database_url, "seed-demo", "--customers", "60")
    server = ServerProcess(
        empty_database_url,
        tmp_path / "server.log",
        log_level="info",  # uvicorn's access log: every request with its status
        OUTPOST_ADDRESS_FAILURE_LIMIT="1000000",
        OUTPOST_LOCKOUT_THRESHOLD="1000000",
    ).start()
    runs: list[RoleRun] = []
    started = time.monotonic()
    try:
        for role, username in ROLES:
            runs.append(_fuzz(server, role, username, tmp_path))
    finally:
        server.stop()
    seconds = time.monotonic() - started

    backend = empty_database_url.split(":", 1)[0].split("+")[0]
    print(f"\nschemathesis on {backend}, {FUZZ_EXAMPLES} examples, seed {FUZZ_SEED}:")
    for run in runs:
        print(
            f"  {run.role:8} {run.test_cases:6} test cases, {run.requests:6} requests,"
            f" {run.seconds:4.0f} s, {len(run.failures)} failures"
        )
        record_property(f"{run.role} test cases", run.test_cases)
        record_property(f"{run.role} requests", run.requests)
    print(f"  all roles in {seconds:.0f} s")
    record_property("seconds", round(seconds))

    errors = [f"{run.role}: {line}" for run in runs for line in run.server_errors]
    assert not errors, "5xx in the server log:\n" + "\n".join(errors[:40])
    found = [
        f"{run.role}: schemathesis exit {run.exit_code}, {run.failures}\n{run.output}"
        for run in runs
        if run.exit_code != 0 or run.failures
    ]
    assert not found, "\n\n".join(found)
    assert all(run.requests > 500 for run in runs), [(r.role, r.requests) for r in runs]
