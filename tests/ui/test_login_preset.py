"""With IT's preset the sign-in screen shows the company's server instead of asking for it."""

import pytest

from app import preset
from app.account import Accounts
from tests.conftest import PASSWORD
from ui import i18n, settings
from ui.login import LoginDialog

from .typing import type_text


@pytest.fixture
def use_preset(tmp_path, monkeypatch):
    def write(text: str) -> None:
        path = tmp_path / "preset.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv(preset.ENV, str(path))
        preset.current.cache_clear()

    return write


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_locked_server_is_shown_not_asked(qtbot, outpost_home, server, make_account, use_preset):
    use_preset(f'server_url = "{server.url}"\norganisation = "示例贸易有限公司"\n')
    settings.SERVER_URL.set("http://127.0.0.1:9")  # a server used before IT locked it
    dialog = LoginDialog(Accounts(outpost_home, preset=preset.current()))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.locked
    assert not dialog.server.isVisible()
    assert dialog.server_note.isVisible()
    assert dialog.server_note.text() == f"{server.url} (set by your IT department)"
    assert dialog.findChild(type(dialog.status), "organisation").text() == "示例贸易有限公司"

    dialog.submit()
    assert dialog.status.text() == "Enter your username and your password."

    user = make_account()
    dialog.username.setText(user.username)
    type_text(dialog.password, PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    assert dialog.account is not None and dialog.account.server_url == server.url


def test_an_unlocked_preset_only_prefills_the_server(qtbot, outpost_home, use_preset):
    use_preset('server_url = "https://crm.example.com"\nlock_server = false\n')
    dialog = LoginDialog(Accounts(outpost_home))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.locked and dialog.server.isVisible() and not dialog.server_note.isVisible()
    assert dialog.server.text() == "https://crm.example.com"
    settings.SERVER_URL.set("https://crm2.example.com")  # the user's own choice wins
    assert settings.server_url() == "https://crm2.example.com"


def test_the_command_line_server_stays_editable(qtbot, outpost_home, use_preset):
    use_preset('server_url = "https://crm.example.com"\n')
    dialog = LoginDialog(Accounts(outpost_home), "http://127.0.0.1:8765")
    qtbot.addWidget(dialog)
    assert not dialog.locked and dialog.server.text() == "http://127.0.0.1:8765"


def test_language_and_interval_default_to_the_preset_until_the_user_picks(use_preset):
    use_preset('language = "zh_CN"\nsync_interval = 300\n')
    assert settings.LANGUAGE.get() == "zh_CN"
    assert settings.SYNC_INTERVAL.get() == 300
    settings.LANGUAGE.set("en")
    settings.SYNC_INTERVAL.set(120)
    assert settings.LANGUAGE.get() == "en"
    assert settings.SYNC_INTERVAL.get() == 120
    settings.LANGUAGE.set("")  # "System default" in Settings is a choice too
    assert settings.LANGUAGE.get() == ""


def test_without_a_preset_nothing_changes(qtbot, outpost_home):
    assert preset.current() == preset.Preset()
    assert settings.SYNC_INTERVAL.get() == 60 and settings.LANGUAGE.get() == ""
    dialog = LoginDialog(Accounts(outpost_home))
    qtbot.addWidget(dialog)
    assert not dialog.locked and dialog.server.text() == "http://127.0.0.1:8765"


def test_preset_languages_are_the_uis():
    assert set(preset.LANGUAGES) == set(i18n.LANGUAGES)
