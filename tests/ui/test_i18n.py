"""zh_CN ships complete, loads, and switching language retranslates the open window."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.workspace import Workspace
from ui import i18n
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "outpost_zh_CN.ts"
EN_TS = ROOT / "resources" / "translations" / "outpost_en.ts"  # English plural forms only
TOOLS = Path(sys.executable).parent


def test_chinese_strings_and_plurals_load(qapp):
    assert i18n.install("zh_CN") == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "Customers") == "客户"
    plural = QCoreApplication.translate("MainWindow", "%n change(s) waiting to sync", "", 3)
    assert plural == "3 项更改等待同步"
    i18n.install("en")
    assert QCoreApplication.translate("MainWindow", "Customers") == "Customers"


def test_switching_language_retranslates_the_window(qtbot, account, records):
    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    assert window.customers.title.text() == "Customers"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.customers.title.text() == "客户")
    assert window.nav.item(1).text() == "客户"
    assert window.file_menu.title() == "文件(&F)"
    assert window.customers.model.headerData(0, Qt.Orientation.Horizontal) == "名称"
    assert "等待同步" in window.pending_label.text()
    window.set_language("en")
    qtbot.waitUntil(lambda: window.customers.title.text() == "Customers")


def test_every_source_string_is_translated(tmp_path):
    copy = tmp_path / "check.ts"
    copy.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    out = subprocess.run(
        [TOOLS / "pyside6-lupdate", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tree = ET.parse(copy)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert unfinished == [], f"untranslated strings (run lupdate, then translate): {out}"


def test_every_plural_has_its_english_forms(tmp_path):
    """Qt writes "%n change(s)" as "1 change" / "2 changes" only from a translation's numerus
    forms, so English has a .ts of its plural messages (CONVENTIONS.md, "Translations")."""
    copy = tmp_path / "en.ts"
    copy.write_bytes(EN_TS.read_bytes())
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *sources, "-pluralonly", "-no-obsolete", "-ts", str(copy)],
        capture_output=True,
        check=True,
    )
    messages = list(ET.parse(copy).iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished"
        or not all((f.text or "").strip() for f in m.iter("numerusform"))
    ]
    assert unfinished == [], "add their English singular and plural to outpost_en.ts"


@pytest.mark.parametrize("ts", [TS, EN_TS], ids=lambda p: p.stem)
def test_shipped_qm_matches_the_ts(tmp_path, ts):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [TOOLS / "pyside6-lrelease", str(ts), "-qm", str(fresh)], capture_output=True, check=True
    )
    shipped = ts.with_suffix(".qm")
    assert fresh.read_bytes() == shipped.read_bytes(), "run pyside6-lrelease on the .ts"


def test_language_is_chosen_in_settings_and_remembered(qtbot, account, records):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import settings

    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    dialog = window.open_settings()
    assert dialog.language.currentData() == ""  # follows the system until chosen
    assert dialog.language.currentText().startswith("System default")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.interval.setValue(5)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.customers.title.text() == "客户")
    assert window.settings_action.text() == "设置(&T)…"
    assert settings.LANGUAGE.get() == "zh_CN"
    assert settings.SYNC_INTERVAL.get() == 300

    again = window.open_settings()  # what the next start would show, in Chinese now
    assert again.language.currentText() == "简体中文"
    assert again.interval.value() == 5
    again.reject()
