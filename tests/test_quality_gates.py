"""The quality gates of `./dev.sh lint` catch what they promise to.

The import contracts (pyproject.toml, `[tool.importlinter]`) run on a copy of the source with
one forbidden import added: each must break, naming the import. The mypy ratchet
(`.ci/mypy_ratchet.py`) is fed made-up reports: more errors fail, fewer ask for the lower
number, any error in sync/ or app/ fails.
"""

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ui", "app", "sync", "server", "resources")


def _copy_source(to: Path) -> Path:
    """The packages' Python files and pyproject.toml: all lint-imports reads."""
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            to / package,
            ignore=lambda folder, names: [
                n for n in names if not n.endswith(".py") and not (Path(folder) / n).is_dir()
            ],
        )
    shutil.copy(ROOT / "pyproject.toml", to / "pyproject.toml")
    return to


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("app/records.py", "import PySide6", "No Qt below the UI"),
        ("ui/customers.py", "import sqlalchemy", "ui never imports SQLAlchemy"),
        ("sync/client/http.py", "import app.records", "Client layers"),
        ("server/main.py", "import sync.client.http", "The server shares only the protocol"),
    ],
)
def test_a_forbidden_import_breaks_its_contract(tmp_path, module, line, contract):
    source = _copy_source(tmp_path)
    path = source / module
    path.write_text(f"{line}\n{path.read_text(encoding='utf-8')}", encoding="utf-8")
    done = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert " kept, 1 broken." in done.stdout
    assert [row for row in done.stdout.splitlines() if row.endswith(" BROKEN")] == [
        next(row for row in done.stdout.splitlines() if row.startswith(contract))
    ], done.stdout
    importer = module.removesuffix(".py").replace("/", ".")
    assert f"{importer} -> {line.split()[1]} (l.1)" in done.stdout


@pytest.fixture
def ratchet(tmp_path, monkeypatch) -> ModuleType:
    """.ci/mypy_ratchet.py with bars of server 3 and ui 5 in a file of the test's own."""
    spec = importlib.util.spec_from_file_location("mypy_ratchet", ROOT / ".ci/mypy_ratchet.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bars = tmp_path / "mypy-ratchet.json"
    bars.write_text(json.dumps({"server": 3, "ui": 5}))
    monkeypatch.setattr(module, "RATCHET", bars)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    return module


def _report(monkeypatch, ratchet: ModuleType, **counts: int) -> None:
    lines = [
        f"{package}/module.py:{n + 1}: error: Something is wrong  [misc]"
        for package, count in counts.items()
        for n in range(count)
    ]
    lines.append("ui/module.py:9: note: notes are not errors")
    monkeypatch.setattr(ratchet, "run_mypy", lambda: "\n".join(lines))


def test_the_ratchet_holds_at_its_numbers(monkeypatch, ratchet, capsys):
    _report(monkeypatch, ratchet, server=3, ui=5)
    assert ratchet.main([]) == 0
    assert "ratchet holds (server/ 3, ui/ 5)" in capsys.readouterr().out


def test_more_errors_than_written_fail_and_are_listed(monkeypatch, ratchet, capsys):
    _report(monkeypatch, ratchet, server=3, ui=6)
    assert ratchet.main([]) == 1
    out = capsys.readouterr().out
    assert "ui/ has 6 errors, more than the 5 allowed" in out
    assert "ui/module.py:6: error" in out


def test_fewer_errors_ask_for_the_lower_number_and_lower_writes_it(monkeypatch, ratchet, capsys):
    _report(monkeypatch, ratchet, server=1, ui=5)
    assert ratchet.main([]) == 1
    assert "server/ is down from 3 to 1 errors" in capsys.readouterr().out
    assert ratchet.main(["--lower"]) == 0
    assert json.loads(ratchet.RATCHET.read_text()) == {"server": 1, "ui": 5}
    assert ratchet.main([]) == 0


def test_any_error_in_sync_or_app_fails(monkeypatch, ratchet, capsys):
    _report(monkeypatch, ratchet, server=3, ui=5, app=1)
    assert ratchet.main([]) == 1
    assert "app/ must type-check cleanly; 1 error(s)" in capsys.readouterr().out
