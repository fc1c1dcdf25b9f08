"""The customer form warns of probable duplicates as the user types (客户查重, issue 18 item 3):
own customers in full with Open, other reps' masked with "Ask the owner"; typing never waits
and saving stays possible."""

import time
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton

from app.duplicates import DuplicateMatch, Probe
from ui.customer_dialog import CustomerDialog
from ui.editors import Editors

from .typing import type_text


class FakeServer:
    """The server's check as RemoteCheck answers it: one masked match of another rep."""

    def __init__(self, delay: float = 0.0) -> None:
        self.found: list[Probe] = []
        self.asked: list[tuple[Probe, str]] = []
        self.delay = delay

    def find(self, probe: Probe, *, exclude_id=None):
        time.sleep(self.delay)
        self.found.append(probe)
        if not any("8000" in "".join(ch for ch in p if ch.isdigit()) for p in probe.phones):
            return []
        return [
            DuplicateMatch(
                reasons=["phone", "person_name_and_phone"],
                masked=True,
                name="张*",
                phone="138****8000",
                owner_name="Bob 李",
                owner_branch="Beijing",
                ref="r" * 40,
            )
        ]

    def ask(self, probe: Probe, ref: str) -> None:
        self.asked.append((probe, ref))


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def _buttons(widget, name: str) -> list[QPushButton]:
    return [b for b in widget.findChildren(QPushButton) if b.objectName() == name]


def _new_form(qtbot, workspace, server=None) -> tuple[Editors, CustomerDialog]:
    editors = Editors(workspace)
    dialog = editors.new_customer()
    dialog.duplicate_warning.remote = server
    return editors, dialog


def test_own_match_in_full_with_open_and_create_anyway(qtbot, workspace, records, settle):
    zhang = records.create(
        "customer", {"kind": "person", "name": "张伟", "phones": ["13800138000"], "city": "上海"}
    )
    _editors, dialog = _new_form(qtbot, workspace)
    warning = dialog.duplicate_warning
    type_text(dialog.field("name", QLineEdit), "張偉")
    type_text(dialog.field("phones", QLineEdit), "+86 138-0013-8000")
    qtbot.waitUntil(warning.isVisible, timeout=5000)
    settle()
    text = _texts(warning)
    assert "张伟 · 13800138000 · 上海 — same name and phone" in text
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Create anyway"

    [open_button] = _buttons(warning, "openDuplicate")
    open_button.click()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, CustomerDialog) and w.row_id == zhang["id"] for w in dialog.children()
        ),
        timeout=5000,
    )

    # Saving stays possible: a second 张伟 is created.
    save.click()
    qtbot.waitUntil(lambda: dialog.row_id is not None, timeout=5000)
    assert len([c for c in records.find("customer") if c["name"] == "張偉"]) == 1


def test_no_warning_for_someone_new_and_it_goes_when_the_phone_changes(
    qtbot, workspace, records, settle
):
    records.create("customer", {"kind": "company", "name": "蓝石食品有限公司"})
    _editors, dialog = _new_form(qtbot, workspace)
    warning = dialog.duplicate_warning
    dialog.choose("kind", "company")
    type_text(dialog.field("name", QLineEdit), "蓝石食品股份有限公司")
    qtbot.waitUntil(warning.isVisible, timeout=5000)
    assert "same company name" in _texts(warning)
    name = dialog.field("name", QLineEdit)
    name.selectAll()
    type_text(name, "绿叶饮料")
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5000)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() != "Create anyway"


def test_other_reps_match_is_masked_and_the_owner_is_asked(
    qtbot, workspace, records, settle, tmp_path: Path
):
    records.create(
        "customer",
        {"kind": "person", "name": "Zhang Wei", "phones": ["021-6234-5678"], "city": "上海"},
    )
    server = FakeServer(delay=0.3)  # a slow network must not slow typing
    _editors, dialog = _new_form(qtbot, workspace, server)
    warning = dialog.duplicate_warning
    started = time.perf_counter()
    type_text(dialog.field("name", QLineEdit), "张伟")
    type_text(dialog.field("phones", QLineEdit), "138 0013 8000, (021) 6234 5678")
    assert time.perf_counter() - started < 0.5  # 30 keys typed without waiting for a check
    qtbot.waitUntil(lambda: bool(_buttons(warning, "askOwner")), timeout=5000)
    settle()
    assert len(server.found) <= 2  # debounced: not once per key
    text = _texts(warning)
    assert "张* · 138****8000 — same name and phone, owned by Bob 李 (Beijing)" in text
    assert len(_buttons(warning, "openDuplicate")) == 1  # the own match, not the masked one
    assert "Zhang Wei · 021-6234-5678 · 上海 — same name and phone" in text

    dialog.resize(560, dialog.sizeHint().height())
    dialog.grab().save(str(tmp_path / "duplicate_warning_en.png"))
    dialog.grab().save("/tmp/duplicate_warning_en.png")

    [ask] = _buttons(warning, "askOwner")
    ask.click()
    qtbot.waitUntil(lambda: ask.text() == "Asked ✓", timeout=5000)
    [(probe, ref)] = server.asked
    assert ref == "r" * 40 and probe.name == "张伟"
