"""Export from the window: File > Export… (Ctrl+Shift+E) on the Customers list writes what the
list shows, the customer view's menu writes the file, contacts and tasks, a printable file is
previewed and saved as PDF, and a folder that may not be written says what to do."""

import csv
import errno
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from app.exporting import OUTPOST_ID
from app.exporting.audit_log import QUEUE
from app.workspace import Workspace
from tests.ui.ops import activate
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, account, records):
    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    window.show()
    QApplication.setActiveWindow(window)
    return window


@pytest.fixture
def save_as(monkeypatch):
    """The save dialog answers with the next path; what it proposed is kept."""
    asked: list[tuple[str, str]] = []
    answers: list[Path] = []

    def fake(parent, caption, proposed, filters, *args, **kwargs):
        asked.append((proposed, filters))
        path = answers.pop(0)
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked, answers


def _book(records):
    for values in (
        {"name": "王芳", "tier": "premium", "city": "上海", "phones": ["+86 138 0013 8000"]},
        {"name": "李娜", "tier": "ordinary", "city": "上海"},
        {"name": "赵磊", "tier": "premium", "city": "北京"},
    ):
        records.create("customer", values)


def test_ctrl_shift_e_exports_the_filtered_list_and_offers_its_folder(
    qtbot, window, records, save_as, settle, tmp_path
):
    asked, answers = save_as
    _book(records)
    window.show_customers()
    window.customers.refresh()
    window.customers.filters.choose("tier", "premium")
    answers.append(tmp_path / "out" / "premium.xlsx")
    (tmp_path / "out").mkdir()
    activate(window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle()
    proposed, filters = asked[0]
    assert Path(proposed).name.startswith("Customers-20") and proposed.endswith(".xlsx")
    assert "*.xlsx" in filters and "*.csv" in filters
    rows = list(load_workbook(tmp_path / "out" / "premium.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Name", "Tier", "Status") and rows[0][-1] == OUTPOST_ID
    assert sorted(row[0] for row in rows[1:]) == ["王芳", "赵磊"]
    assert {row[1] for row in rows[1:]} == {"Premium"}
    message = window.exports.message
    assert message is not None and message.isVisible()
    assert message.text().startswith("Exported 2 row")  # "rows" once the .ts has the plural
    assert message.informativeText() == str(tmp_path / "out" / "premium.xlsx")
    assert "Open folder" in [b.text() for b in message.buttons()]
    [queued] = records.replica.get_meta(QUEUE)  # offline here: waits for the next sync
    assert (queued["kind"], queued["format"], queued["rows"]) == ("customers", "xlsx", 2)
    assert queued["filter"] == "Tier: Premium"


def test_the_export_button_writes_csv_in_the_lists_order(
    window, records, save_as, settle, tmp_path
):
    _asked, answers = save_as
    _book(records)
    window.show_customers()
    window.customers.refresh()
    answers.append(tmp_path / "all")  # no suffix: the chosen format's is added
    window.customers.export_button.click()
    settle()
    path = tmp_path / "all.xlsx"
    assert path.exists()
    answers.append(tmp_path / "all.csv")
    window.customers.export_button.click()
    settle()
    text = (tmp_path / "all.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(text.decode("utf-8-sig").splitlines()))
    assert [row[0] for row in rows[1:]] == ["李娜", "王芳", "赵磊"]  # pinyin, as on screen
    assert rows[2][4] == "'+86 138 0013 8000"


def test_the_customer_views_menu_exports_file_contacts_and_tasks(
    window, records, save_as, settle, tmp_path
):
    _asked, answers = save_as
    customer = records.create("customer", {"name": "蓝石食品", "kind": "company"})
    records.create(
        "contact", {"customer_id": customer["id"], "name": "张伟", "phones": ["13800138000"]}
    )
    when = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    records.create("task", {"customer_id": customer["id"], "title": "回访", "due_at": when})
    window.open_customer(customer["id"])
    view = window.customer_view
    assert view.export_button.menu() is window.exports.customer_menu
    answers += [tmp_path / "file.xlsx", tmp_path / "people.vcf", tmp_path / "tasks.ics"]
    window.exports.file_action.trigger()
    settle()
    window.exports.vcard_action.trigger()
    settle()
    window.exports.ics_action.trigger()
    settle()
    assert "联系人" not in load_workbook(tmp_path / "file.xlsx").sheetnames  # English here
    assert "Contacts" in load_workbook(tmp_path / "file.xlsx").sheetnames
    assert "FN:张伟" in (tmp_path / "people.vcf").read_text(encoding="utf-8")
    assert "DUE:20261201T020000Z" in (tmp_path / "tasks.ics").read_text(encoding="utf-8")
    kinds = [entry["kind"] for entry in records.replica.get_meta(QUEUE)]
    assert kinds == ["customer_file", "contacts", "tasks"]


def test_print_previews_the_file_and_saves_a_pdf(window, records, save_as, settle, tmp_path):
    _asked, answers = save_as
    customer = records.create("customer", {"name": "北京蓝石食品有限公司", "tier": "premium"})
    records.create("task", {"customer_id": customer["id"], "title": "回访王总"})
    window.open_customer(customer["id"])
    window.exports.print_action.trigger()
    settle()
    preview = window.exports.printer.dialog
    assert preview is not None and preview.isVisible()
    text = preview.view.toPlainText()
    assert "北京蓝石食品有限公司" in text and "Open work" in text and "回访王总" in text
    answers.append(tmp_path / "file.pdf")
    preview.save_button.click()
    pdf = (tmp_path / "file.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    if "WenQuanYi Micro Hei" in QFontDatabase.families():  # the CJK font here: embedded
        assert b"/BaseFont /WenQuanYiMicroHei" in pdf
    assert window.exports.message.text().startswith("Saved 1 page")


def test_a_folder_that_may_not_be_written_is_explained(
    window, records, save_as, settle, tmp_path, monkeypatch
):
    _asked, answers = save_as
    _book(records)
    window.show_customers()

    def refuse(*_args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    answers.append(tmp_path / "x.xlsx")
    window.customers.export_button.click()
    settle()
    message = window.exports.message
    assert message.icon() == QMessageBox.Icon.Warning
    assert "may not write there" in message.text()
    assert records.replica.get_meta(QUEUE) is None  # nothing exported, nothing recorded


def test_the_audit_page_names_an_export_in_words(qapp):
    from app.admin import AuditRow
    from ui.admin_audit import ACTIONS, AuditModel

    model = AuditModel()
    row = AuditRow(
        id=1,
        at=datetime(2026, 11, 29, 6, 0, tzinfo=UTC),
        username="alice",
        action="data_export",
        entity="customers",
        row_id="0192f0c4-aaaa-7bbb-8ccc-000000000001",
        ip="10.0.0.1",
        detail={"format": "xlsx", "rows": 1234, "filter": "Tier: Premium"},
    )
    model.set_rows([row])
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert texts[2] == "Data export"
    assert texts[3].startswith("Customer list (.xlsx, 1,234 row")
    assert "filter=Tier: Premium" in texts[5]
    assert "data_export" in ACTIONS  # the action filter offers it


def test_file_export_takes_the_list_of_the_page_on_screen(
    window, records, save_as, settle, tmp_path
):
    _asked, answers = save_as
    customer = records.create("customer", {"name": "蓝石食品"})
    records.create(
        "opportunity",
        {
            "customer_id": customer["id"],
            "title": "年度供货",
            "amount": "50000",
            "stage": "proposal",
        },
    )
    records.create(
        "service_request",
        {"customer_id": customer["id"], "subject": "包装破损", "kind": "complaint"},
    )
    window.show_page(window.pipeline)
    answers.append(tmp_path / "deals.xlsx")
    window.exports.action.trigger()
    settle()
    deals = list(load_workbook(tmp_path / "deals.xlsx").active.iter_rows(values_only=True))
    assert deals[1][:4] == ("Proposal", "蓝石食品", "年度供货", 50000)
    window.show_page(window.service)
    answers.append(tmp_path / "service.csv")
    window.exports.action.trigger()
    settle()
    service = (tmp_path / "service.csv").read_text(encoding="utf-8-sig")
    assert "包装破损,蓝石食品,Complaint" in service
    window.show_page(window.today)
    window.exports.action.trigger()
    settle()
    assert "no list to export" in window.exports.message.text()
    kinds = [entry["kind"] for entry in records.replica.get_meta(QUEUE)]
    assert kinds == ["opportunities", "service_requests"]


def test_cancel_stops_a_long_export_and_leaves_no_file(
    window, records, save_as, settle, tmp_path, monkeypatch
):
    from app.exporting import writers
    from ui import export_actions
    from ui.export_actions import ExportProgress, ProgressDialog

    _asked, answers = save_as
    for n in range(25):
        records.create("customer", {"name": f"客户{n:04d}"})
    monkeypatch.setattr(writers, "PROGRESS_EVERY", 10)  # a long list, in small
    window.show_customers()
    window.customers.refresh()
    cancelled_at_start = ExportProgress.__init__

    def pressed_cancel(self):
        cancelled_at_start(self)
        self.cancelled.set()  # as if Cancel were pressed while the rows are written

    monkeypatch.setattr(ExportProgress, "__init__", pressed_cancel)
    answers.append(tmp_path / "big.xlsx")
    window.customers.export_button.click()
    settle()
    assert list(tmp_path.glob("big*")) == [] and list(tmp_path.glob(".big*")) == []
    assert records.replica.get_meta(QUEUE) is None  # not exported, not recorded
    monkeypatch.undo()

    progress = ExportProgress()  # the dialog: counts the rows, and its Cancel sets the flag
    progress.total, progress.done = 100_000, 42_000
    shown = ProgressDialog(window, "Exporting…", "Cancel", progress)
    shown._tick()
    assert shown.dialog.value() == 42_000 and shown.dialog.maximum() == 100_000
    shown.dialog.findChild(QPushButton).click()  # its Cancel button
    assert progress.cancelled.is_set()
    with pytest.raises(export_actions.ExportCancelled):
        progress(43_000)
    shown.close()
