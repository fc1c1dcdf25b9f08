"""IT's preset: where it is found, which file wins, and a bad file never stops the app."""

import sys
from pathlib import Path

import pytest

from app import preset
from app.account import Accounts


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_preset_is_read(tmp_path):
    write(tmp_path / "it-ca.pem", "-----BEGIN CERTIFICATE-----\n")
    path = write(
        tmp_path / "preset.toml",
        'server_url = "https://crm.example.com/"\norganisation = "示例贸易"\n'
        'ca_certificate = "it-ca.pem"\nlanguage = "zh_CN"\nsync_interval = 120\n',
    )
    loaded = preset.load([path])
    assert loaded == preset.Preset(
        server_url="https://crm.example.com",
        organisation="示例贸易",
        ca_certificate=(tmp_path / "it-ca.pem").resolve(),
        language="zh_CN",
        sync_interval=120,
        sources=(path,),
    )
    assert loaded.server_locked and not loaded.errors


def test_a_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "preset.toml"
    path.write_bytes('\ufefforganisation = "示例"\n'.encode())
    assert preset.load([path]).organisation == "示例"


def test_no_file_is_no_preset(tmp_path):
    loaded = preset.load([tmp_path / "missing.toml"])
    assert loaded == preset.Preset() and not loaded.server_locked


def test_later_files_override_earlier_ones_key_by_key(tmp_path):
    bundled = write(
        tmp_path / "bundle" / "preset.toml",
        'server_url = "https://crm.example.com"\norganisation = "Example"\n',
    )
    site = write(tmp_path / "etc" / "preset.toml", 'server_url = "https://crm.sh.example.com"\n')
    loaded = preset.load([bundled, site])
    assert loaded.server_url == "https://crm.sh.example.com"
    assert loaded.organisation == "Example"
    assert loaded.sources == (bundled, site)


def test_a_broken_file_is_reported_and_skipped(tmp_path):
    good = write(tmp_path / "a.toml", 'server_url = "https://crm.example.com"\n')
    broken = write(tmp_path / "b.toml", 'server_url = "https://other\n')
    loaded = preset.load([good, broken])
    assert loaded.server_url == "https://crm.example.com"
    (error,) = loaded.errors
    assert error.code == "preset_invalid" and str(broken) in error.message


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('server_url = "crm.example.com"', "not an http:// or https:// address"),
        ('language = "zh-CN"', "expected one of en, zh_CN"),
        ("sync_interval = 5", "seconds from 60 to 3600"),
        ('sync_interval = "60"', "seconds from 60 to 3600"),
        ('ca_certificate = "nowhere.pem"', "no file at"),
        ('lock_server = "yes"', "true or false"),
        ('organisation = ""', "non-empty string"),
    ],
)
def test_bad_values_name_the_key(tmp_path, line, says):
    path = write(tmp_path / "preset.toml", line + "\n")
    (error,) = preset.load([path]).errors
    assert says in error.message and line.split(" ")[0] in error.message


def test_unknown_keys_are_ignored_for_newer_presets(tmp_path):
    path = write(tmp_path / "preset.toml", 'server_url = "http://srv:8765"\nfuture = 1\n')
    loaded = preset.load([path])
    assert loaded.server_url == "http://srv:8765" and not loaded.errors


def test_server_may_be_left_changeable(tmp_path):
    path = write(
        tmp_path / "p.toml", 'server_url = "https://crm.example.com"\nlock_server = false\n'
    )
    assert not preset.load([path]).server_locked


def test_the_environment_variable_replaces_every_location(tmp_path, monkeypatch):
    monkeypatch.setenv(preset.ENV, str(tmp_path / "mine.toml"))
    assert preset.locations() == [tmp_path / "mine.toml"]
    monkeypatch.setenv(preset.ENV, "")
    assert preset.locations() == []


def test_locations_are_beside_the_program_then_the_system(tmp_path, monkeypatch):
    monkeypatch.delenv(preset.ENV, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "outpost"))
    monkeypatch.setattr(sys, "platform", "linux")
    assert preset.locations() == [tmp_path / "preset.toml", Path("/etc/outpost/preset.toml")]
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"C:\ProgramData")
    assert preset.locations()[-1] == Path(r"C:\ProgramData") / "Outpost" / "preset.toml"
    monkeypatch.setattr(sys, "platform", "darwin")
    app = tmp_path / "Outpost.app" / "Contents"
    monkeypatch.setattr(sys, "executable", str(app / "MacOS" / "outpost"))
    assert preset.locations() == [
        app / "Resources" / "preset.toml",
        Path("/Library/Application Support/Outpost/preset.toml"),
    ]
    monkeypatch.delattr(sys, "frozen")
    assert len(preset.locations()) == 1  # from source, no file beside the interpreter


def test_the_private_ca_is_used_for_the_preset_server_only(tmp_path):
    ca = write(tmp_path / "ca.pem", "x")
    chosen = preset.Preset(server_url="https://crm.example.com", ca_certificate=ca)
    assert chosen.verify_for("https://CRM.example.com/") == str(ca)
    assert chosen.verify_for("https://elsewhere.example.com") is True
    accounts = Accounts(tmp_path, preset=chosen)
    api = accounts.api("https://crm.example.com")
    assert api._http.verify == str(ca)
    api.close()
