"""`outpost --self-test` from source against a real server: the check IT runs after installing."""

import os
import subprocess
import sys

import pytest

from app import preset
from tests.conftest import PASSWORD
from tests.support.clients import connect
from tests.support.servers import ROOT
from ui import main, self_test


def run_outpost(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m ui.main --self-test ARGS` as IT would run `outpost --self-test ARGS`."""
    return subprocess.run(
        [sys.executable, "-m", "ui.main", "--self-test", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_it_signs_in_to_the_preset_server_syncs_and_says_so(server, make_account, tmp_path):
    user = make_account()
    client = connect(server.url, user.username, PASSWORD, tmp_path / "other-device.sqlite3")
    client.records.create("customer", {"name": "张伟"})
    client.sync()
    client.close()
    (tmp_path / "preset.toml").write_text(
        f'server_url = "{server.url}"\nlanguage = "zh_CN"\n', encoding="utf-8"
    )
    home = tmp_path / "home"
    done = run_outpost(
        "--username",
        user.username,
        OUTPOST_PRESET=str(tmp_path / "preset.toml"),
        OUTPOST_SELF_TEST_PASSWORD=PASSWORD,
        OUTPOST_HOME=str(home),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    line = done.stdout.strip()
    assert line.startswith(
        f"self-test ok: server={server.url} user={user.username} lang=zh_CN customers=1, "
        "window shown in "
    ), line
    assert len(done.stdout.splitlines()) == 1
    assert list((home / "replicas").glob("*.sqlite3"))  # OUTPOST_HOME given: used


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_failure_says_why_and_exits_non_zero(server, make_account, capsys):
    user = make_account()
    args = main._parser().parse_args(
        ["--self-test", "--server", server.url, "--username", user.username]
    )
    assert self_test.run(args, "wrong") == 1
    assert capsys.readouterr().out == "self-test failed: Wrong username or password.\n"


def test_a_broken_preset_fails_it_with_the_file_and_key(tmp_path, monkeypatch, capsys):
    (tmp_path / "preset.toml").write_text('server_url = "crm.example.com"\n', encoding="utf-8")
    monkeypatch.setenv(preset.ENV, str(tmp_path / "preset.toml"))
    preset.current.cache_clear()
    args = main._parser().parse_args(["--self-test", "--username", "alice"])
    assert self_test.run(args, "secret") == 1
    said = capsys.readouterr().out
    assert said.startswith(f"self-test failed: The preset {tmp_path / 'preset.toml'} has a bad")
    assert "'server_url'" in said
