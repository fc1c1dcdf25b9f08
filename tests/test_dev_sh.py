"""`./dev.sh run` (issue 16, item 9): it refuses a port something else holds, and when the client
quits it stops the demo server it started (it used to print `server: unbound variable` and
leave the server running, so the next run's client talked to the old one)."""

import os
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_is_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def dev_run(home: Path, port: int) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "OUTPOST_HOME": str(home),
        "OUTPOST_DEMO_PORT": str(port),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [str(ROOT / "dev.sh"), "run", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )


def test_run_refuses_a_port_another_program_holds(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = dev_run(tmp_path / "demo", port)
    assert result.returncode != 0
    assert f"Port {port} is in use by another program" in result.stderr
    assert "OUTPOST_DEMO_PORT=" in result.stderr
    assert not (tmp_path / "demo").exists()  # refused before creating or serving anything


@pytest.mark.slow
def test_run_stops_the_server_it_started_when_the_client_quits(tmp_path: Path) -> None:
    port = free_port()
    result = dev_run(tmp_path / "demo", port)
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout + result.stderr
    assert "unbound variable" not in result.stderr
    assert "Stopped the demo server" in result.stderr
    assert port_is_free(port)  # the server is gone, so the next run can serve here
