"""The import wizard driven as a user would: file, sheet, mapping, preview with refused cells,
probable duplicates, run, summary and "Undo import" (issue 18, item 1)."""

import os
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtWidgets import QWizard

from app.importing.importer import Importer
from ui import i18n
from ui.import_wizard import ImportWizard

SHOTS = os.environ.get("OUTPOST_SCREENSHOTS")


def write_book(path: Path) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["客户名称", "类型", "手机", "邮箱", "城市", "客户等级", "联系人", "职务"])
    sheet.append(["蓝石食品有限公司", "企业", "021-6234 5678", "info@bluestone.cn", "上海", "重要",
                  "王芳", "采购经理"])  # fmt: skip
    sheet.append(["张伟", "个人", "+86 138 0013 8000", "zw@example", "北京", "贵宾", None, None])
    sheet.append(["李娜", "个人", "139 0000 0001", None, "杭州", "钻石", None, None])
    sheet.append(["陈静", "个人", "13700000002", "cj@example.cn", "成都", "普通", None, None])
    sheet.append(["陈静（重复）", "个人", "137-0000-0002", None, None, None, None, None])
    book.save(path)
    return path


def shoot(wizard: ImportWizard, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(Path(SHOTS) / f"import_{name}.png"))


def run_wizard(qtbot, settle, records, path: Path, tag: str = "") -> ImportWizard:
    records.create("customer", {"name": "李娜", "kind": "person", "phones": ["13900000001"]})
    wizard = ImportWizard(Importer(records))
    qtbot.addWidget(wizard)
    wizard.show()
    shoot(wizard, f"1_file{tag}")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.set_file(path)
    wizard.next()
    settle()
    assert wizard.sheet_page.sheet.currentText() == "客户"
    shoot(wizard, f"2_sheet{tag}")
    wizard.next()
    settle()
    page = wizard.mapping_page
    assert [c.currentData() for c in page.combos] == [
        "name", "kind", "phones", "email", "city", "tier", "contact.name", "contact.title",
    ]  # fmt: skip
    shoot(wizard, f"3_mapping{tag}")
    wizard.next()
    settle()
    return wizard


def test_a_book_imports_with_its_duplicates_decided_and_is_undone(qtbot, settle, records, tmp_path):
    wizard = run_wizard(qtbot, settle, records, write_book(tmp_path / "book.xlsx"))
    preview = wizard.preview_page
    assert "New: 2" in preview.counts.text() and "Refused: 2" in preview.counts.text()
    zhang = preview.table.item(1, 4)  # 张伟's e-mail
    assert zhang.text() == "zw@example" and "valid e-mail" in zhang.toolTip()
    assert preview.table.item(1, 0).text() == "Refused"
    assert preview.table.item(2, 6).toolTip().startswith("Tier:")  # 钻石 is no tier
    shoot(wizard, "4_preview")
    wizard.next()
    settle()
    review = wizard.duplicates_page
    assert wizard.currentId() == ImportWizard.DUPLICATES
    assert review.table.rowCount() == 1  # 陈静 twice in the file
    assert "Row 5 of this file" in review.table.item(0, 3).text()
    review.combos[0].setCurrentIndex(review.combos[0].findData("merge"))
    shoot(wizard, "5_duplicates")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY, timeout=20_000)
    summary = wizard.summary_page
    assert "Created: 2" in summary.text.text() and "Refused: 2" in summary.text.text()
    assert "Contacts created: 1" in summary.text.text()
    names = {c["name"] for c in records.find("customer")}
    assert names == {"李娜", "蓝石食品有限公司", "陈静（重复）"}
    shoot(wizard, "6_summary")
    summary.undo.click()
    qtbot.waitUntil(lambda: "Import undone: 3 removed" in summary.undone.text(), timeout=20_000)
    assert {c["name"] for c in records.find("customer")} == {"李娜"}
    shoot(wizard, "7_undone")


def test_the_wizard_speaks_chinese(qtbot, settle, records, tmp_path):
    i18n.install("zh_CN")
    wizard = ImportWizard(Importer(records))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.title()  # translated once the lead's .ts has the strings
    shoot(wizard, "1_file_zh")


def test_file_import_and_the_customers_button_open_the_wizard(qtbot, settle, account, records):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from app.workspace import Workspace
    from ui.main_window import MainWindow

    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    window.show()
    settle()
    assert window.import_action.shortcut() == QKeySequence("Ctrl+Shift+I")
    assert window.import_action in window.file_menu.actions()
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    window.customers.import_button.click()
    opened = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    assert len(opened) == 1
    opened[0].reject()
    QApplication.processEvents()


def test_an_earlier_import_is_undone_from_the_first_page(qtbot, settle, records, tmp_path):
    from app.importing import mapping

    importer = Importer(records)
    path = write_book(tmp_path / "earlier.xlsx")
    table = importer.read(path)
    importer.run(importer.plan(table, mapping.guess(table.headers), file_name=path.name))
    assert len(records.find("customer")) == 2  # two refused, one held
    wizard = ImportWizard(importer)
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    page = wizard.file_page
    assert page.recent.rowCount() == 1
    assert page.recent.item(0, 0).text() == "earlier.xlsx (2 created, 0 updated)"
    assert page.recent.item(0, 2).text() == "Imported" and not page.undo.isEnabled()
    page.recent.selectRow(0)
    shoot(wizard, "0_recent")
    page.undo.click()
    qtbot.waitUntil(lambda: page.recent.item(0, 2).text() == "Undone", timeout=20_000)
    assert records.find("customer") == [] and not page.undo.isEnabled()


def test_a_sheet_of_interactions_imports_to_the_customers_it_names_and_is_undone(
    qtbot, settle, records, tmp_path
):
    wang = records.create("customer", {"name": "王芳", "phones": ["138 0013 8000"]})
    blue = records.create("customer", {"name": "蓝石食品有限公司", "kind": "company"})
    book = Workbook(write_only=True)
    book.create_sheet("客户").append(["客户名称"])
    visits = book.create_sheet("跟进记录")
    visits.append(["客户名称", "手机", "跟进时间", "跟进方式", "内容"])
    visits.append([None, "+86 138-0013-8000", "2026-11-02 09:30", "拜访", "谈续约"])
    visits.append(["蓝石食品有限公司", None, "2026-11-03 14:00", "电话", "问价格"])
    visits.append(["没有这个客户", None, "2026-11-05", "电话", "回访"])
    path = tmp_path / "visits.xlsx"
    book.save(path)

    wizard = ImportWizard(Importer(records))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    wizard.next()
    settle()
    sheet = wizard.sheet_page
    sheet.sheet.setCurrentText("跟进记录")
    sheet.holds.setCurrentIndex(sheet.holds.findData("interaction"))
    wizard.next()
    settle()
    mapping = wizard.mapping_page
    assert [c.currentData() for c in mapping.combos] == [
        "customer.name", "customer.phone", "occurred_at", "kind", "body",
    ]  # fmt: skip
    assert mapping.combos[0].currentText() == "Customer: name"
    assert not mapping.key.isVisibleTo(wizard)  # nothing is updated: rows are only added
    wizard.next()
    settle()
    preview = wizard.preview_page
    assert preview.counts.text() == "New: 2 · Refused: 1"
    assert [preview.table.item(r, 0).text() for r in range(3)] == ["New", "New", "Refused"]
    assert "No customer of yours" in preview.table.item(2, 0).toolTip()
    assert "No customer of yours" in preview.table.item(2, 2).toolTip()  # the phone, red
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY, timeout=20_000)
    text = wizard.summary_page.text.text()
    assert "Created: 2" in text and "Refused: 1" in text and "Contacts" not in text
    [visit] = records.find("interaction", customer_id=wang["id"])
    assert visit["body"] == "谈续约" and visit["kind"] == "visit"
    assert len(records.find("interaction", customer_id=blue["id"])) == 1
    wizard.summary_page.undo.click()
    qtbot.waitUntil(
        lambda: "Import undone: 2 removed" in wizard.summary_page.undone.text(), timeout=20_000
    )
    assert records.find("interaction", customer_id=wang["id"]) == []
