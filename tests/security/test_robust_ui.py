"""Issue 17 on the screen: an `http://` server address is warned about at sign-in (item 11),
and an edit set aside after the server failed on it is explained on the Sync page (item 6),
in English and in Chinese."""

from pathlib import Path

import pytest

from app.account import Accounts
from app.replica import Replica
from app.sync_activity import SET_ASIDE, SyncActivity
from sync.client.tables import Rejection
from ui import i18n
from ui.login import LoginDialog
from ui.sync_page import SyncPage


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:
    monkeypatch.setenv("OUTPOST_HOME", str(tmp_path / "home"))
    i18n.install("en")
    yield tmp_path / "home"
    i18n.install("en")


@pytest.mark.parametrize(
    ("address", "warned"),
    [
        ("http://crm.example.com:8000", True),
        ("http://10.1.2.3", True),
        ("HTTP://crm.example.com", True),
        ("https://crm.example.com", False),
        ("http://127.0.0.1:8000", False),
        ("http://localhost:8000", False),
    ],
)
def test_an_unencrypted_server_address_is_warned_about(qtbot, home, address, warned):
    dialog = LoginDialog(Accounts(home), address)
    qtbot.addWidget(dialog)
    assert dialog.http_warning.isHidden() is not warned
    dialog.server.setText("https://crm.example.com")
    assert dialog.http_warning.isHidden()


def test_the_warning_is_in_chinese_too(qtbot, home):
    i18n.install("zh_CN")
    dialog = LoginDialog(Accounts(home), "http://crm.example.com")
    qtbot.addWidget(dialog)
    assert "未加密" in dialog.http_warning.text()


def set_aside_edit(tmp_path: Path) -> Replica:
    replica = Replica(tmp_path / "replica.sqlite3")
    with replica.transaction() as session:
        session.add(
            Rejection(
                seq=7,
                entity="task",
                row_id="t1",
                op="update",
                changes={"title": "Call back"},
                reason=SET_ASIDE,
                message="Unexpected server error; it was logged.",
            )
        )
    return replica


@pytest.mark.parametrize(("language", "words"), [("en", "was set aside"), ("zh_CN", "搁置")])
def test_the_sync_page_explains_an_edit_set_aside(qtbot, tmp_path, language, words):
    i18n.install(language)
    replica = set_aside_edit(tmp_path)
    try:
        page = SyncPage(SyncActivity(replica), "u1")
        qtbot.addWidget(page)
        page.refresh()
        text = page.lists["rejected"].item(0).text()
        assert words in text and "Unexpected server error" in text
        assert "review queue" not in text
    finally:
        replica.close()
