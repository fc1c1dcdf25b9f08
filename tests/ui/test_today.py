"""Today as a user works it: the date, today's work first and older overdue work folded
under its count, ticking a task done (with Undo) and moving it to tomorrow from its line, a
manager's branch (the team's overdue work by person, the branch's quiet customers) apart
from the manager's own promises, and lines that never need horizontal scrolling."""

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from app.directory import PEOPLE
from app.local_tables import Meta
from app.workspace import Workspace
from tests.ui.ops import settle
from tests.ui.today_lines import find, lines, said
from ui.main_window import MainWindow
from ui.today_page import TodayPage

NOW = datetime.now(UTC)
TODAY = date.today()


def open_today(qtbot, workspace: Workspace) -> TodayPage:
    page = TodayPage(workspace)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    return page


def reload(qtbot, page: TodayPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def test_the_date_heads_the_page_in_the_users_words(qtbot, workspace):
    page = open_today(qtbot, workspace)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh(date(2026, 11, 29))
    assert page.date_label.text() == "Sunday, 29 November"


def test_todays_work_comes_first_and_older_overdue_work_is_folded_with_its_count(
    qtbot, workspace, records
):
    shop = records.create("customer", {"name": "张伟"})
    for days in (30, 60, 400):  # last month, and from last year
        records.create(
            "task",
            {"customer_id": shop["id"], "title": f"旧事 {days}", "due_at": NOW - timedelta(days)},
        )
    records.create("task", {"customer_id": shop["id"], "title": "今天回电", "due_at": NOW})
    records.create(
        "task", {"customer_id": shop["id"], "title": "周三拜访", "due_at": NOW + timedelta(days=3)}
    )
    page = open_today(qtbot, workspace)
    groups = page.groups
    assert [said(line)[1:] for line in lines(page, "due")] == [("今天回电", "张伟")]
    assert [said(line)[1] for line in lines(page, "coming")] == ["周三拜访"]
    older = groups["older"]
    assert older.header.text() == "Overdue for more than a week · 3"
    assert not older.is_open() and not older.body.isVisible()
    assert groups["due"].y() < groups["coming"].y() < older.y()  # today's work on top
    older.header.click()  # unfolds: oldest first, each marked overdue in words
    assert older.body.isVisible()
    assert [said(line)[1] for line in lines(page, "older")] == ["旧事 400", "旧事 60", "旧事 30"]
    assert all(said(line)[0].startswith("Overdue · ") for line in lines(page, "older"))
    reload(qtbot, page)  # a change notice reads the lists again: the group stays open
    assert older.is_open()


def test_a_task_is_ticked_done_from_today_and_undone_from_its_bar(qtbot, workspace, records):
    shop = records.create("customer", {"name": "张伟"})
    call = records.create("task", {"customer_id": shop["id"], "title": "回电", "due_at": NOW})
    page = open_today(qtbot, workspace)
    before = records.pending_count()
    [line] = lines(page, "due")
    with qtbot.waitSignal(page.loaded, timeout=5000):  # the change notice reads Today again
        line.done.click()
        settle()
    assert records.get("task", call["id"])["done"] is True
    assert records.pending_count() >= before  # the outbox holds it for the next round
    sent = [i for i in workspace.activity.pending() if i.row_id == call["id"]]
    assert sent and sent[-1].detail.get("done") is True
    assert lines(page, "due") == [] and page.groups["due"].empty.isVisible()
    assert page.undo.isVisible() and page.undo.text.full == "“回电” marked done."
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.undo.button.click()
        settle()
    assert records.get("task", call["id"])["done"] is False
    assert [said(line)[1] for line in lines(page, "due")] == ["回电"]


def test_a_task_moves_to_tomorrow_at_its_hour_from_its_line(qtbot, workspace, records):
    at_ten = datetime.combine(TODAY, time(10)).astimezone(UTC)
    visit = records.create(
        "task",
        {
            "title": "拜访",
            "kind": "visit",
            "starts_at": at_ten,
            "ends_at": at_ten + timedelta(hours=2),
        },
    )
    page = open_today(qtbot, workspace)
    [line] = lines(page, "due")
    menu = line.menu()
    texts = [action.text() for action in menu.actions()]
    assert texts[0].startswith("Tomorrow (") and texts[1].startswith("Next week (")
    assert texts[2] == "Pick a date…"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        menu.actions()[0].trigger()
        settle()
    row = records.get("task", visit["id"])
    tomorrow_ten = datetime.combine(TODAY + timedelta(days=1), time(10)).astimezone(UTC)
    assert (row["starts_at"], row["ends_at"]) == (tomorrow_ten, tomorrow_ten + timedelta(hours=2))
    assert lines(page, "due") == [] and [said(x)[1] for x in lines(page, "coming")] == ["拜访"]


@pytest.fixture
def branch(account, records):
    """A manager's replica: the branch's customers, the reps' tasks and promises."""
    people = [
        {"id": "u-bob", "username": "bob", "display_name": "Bob Li", "role": "rep"},
        {"id": "u-carol", "username": "carol", "display_name": "Carol Wu", "role": "rep"},
    ]
    with records.replica.transaction() as session:
        session.merge(Meta(key=PEOPLE, value=people))
    bobs = records.create("customer", {"name": "王芳", "owner_id": "u-bob", "tier": "premium"})
    carols = records.create("customer", {"name": "李娜", "owner_id": "u-carol"})
    mine = records.create("customer", {"name": "张伟"})
    records.create("interaction", {"customer_id": mine["id"], "occurred_at": NOW})
    late = NOW - timedelta(days=3)
    for who, customer, title in [
        ("u-bob", bobs, "Bob's call"),
        ("u-bob", bobs, "Bob's visit"),
        ("u-carol", carols, "Carol's quote"),
    ]:
        records.create(
            "task",
            {"customer_id": customer["id"], "title": title, "due_at": late, "assignee_id": who},
        )
    records.create(  # a promise Bob made to his customer, long ago
        "interaction",
        {
            "customer_id": bobs["id"],
            "user_id": "u-bob",
            "occurred_at": NOW - timedelta(days=90),
            "next_step": "Bob promised a quote",
            "next_step_due": (TODAY - timedelta(days=80)).isoformat(),
        },
    )
    records.create(  # and the manager's own promise
        "interaction",
        {
            "customer_id": mine["id"],
            "occurred_at": NOW + timedelta(minutes=1),
            "next_step": "My own promise",
            "next_step_due": TODAY.isoformat(),
        },
    )
    return dataclasses.replace(account, role="manager")


def test_a_managers_today_shows_the_branch_by_rep_and_only_their_own_promises_as_theirs(
    qtbot, branch, records
):
    page = open_today(qtbot, Workspace(branch, records))
    own = [said(line)[1] for key in ("due", "coming", "older") for line in lines(page, key)]
    assert own == ["Promised: My own promise"]
    team = page.groups["team"]
    assert team.isVisible() and team.header.text() == "Your team's overdue work · 4"
    assert [page.people[p].header.text() for p in page.people] == ["Bob Li · 3", "Carol Wu · 1"]
    assert [said(line)[1] for line in lines(page, "team:u-bob")] == [
        "Promised: Bob promised a quote",
        "Bob's call",
        "Bob's visit",
    ]
    assert [said(line)[1:] for line in lines(page, "team:u-carol")] == [("Carol's quote", "李娜")]
    dormant = page.groups["dormant"]
    assert dormant.header.text() == "Branch customers with no contact for too long · 2"
    quiet = {said(line)[2]: said(line)[1] for line in lines(page, "dormant")}
    assert set(quiet) == {"王芳", "李娜"}  # the branch's (the manager's 张伟 is not quiet)
    assert quiet["王芳"].startswith("Premium · last contact ")  # 90 days: too long for premium
    assert (
        quiet["王芳"].endswith(" · Bob Li")
        and quiet["李娜"] == "Ordinary · never contacted · Carol Wu"
    )
    find(page, "team:u-bob", "Bob's call").buttons["open"].click()  # the task's form
    settle()


def test_a_reps_today_shows_only_their_own(qtbot, workspace, records):
    mine = records.create("customer", {"name": "张伟"})
    records.create("task", {"customer_id": mine["id"], "title": "Mine", "due_at": NOW})
    records.create(
        "task", {"title": "Someone else's", "due_at": NOW - timedelta(days=2), "assignee_id": "u-x"}
    )
    page = open_today(qtbot, workspace)
    assert [said(line)[1] for line in lines(page, "due")] == ["Mine"]
    assert not page.groups["team"].isVisible() and page.people == {}
    assert page.groups["dormant"].header.text() == "No contact for too long · 1"


@pytest.mark.parametrize("size", [(1100, 700), (1280, 720)])
def test_long_lines_are_cut_with_their_whole_text_in_the_tooltip_never_scrolled_sideways(
    qtbot, account, records, size
):
    shop = records.create(
        "customer", {"name": "上海蓝石食品贸易有限公司 Shanghai Blue Stone Food Trading Co., Ltd."}
    )
    title = "Send the signed contract and the revised price list for the 2027 supply agreement " * 2
    records.create("task", {"customer_id": shop["id"], "title": title.strip(), "due_at": NOW})
    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    page = window.today
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    qtbot.wait(50)
    scroller = page.scroller
    assert scroller.horizontalScrollBar().maximum() == 0
    assert scroller.widget().width() <= scroller.viewport().width()
    [line] = lines(page, "due")
    assert line.text.cut() and line.text.toolTip() == title.strip()
    assert line.geometry().right() <= scroller.viewport().width()
    for button in line.buttons.values():  # the actions stay whole and inside the page
        assert button.isVisible() and button.width() >= button.sizeHint().width()
        assert button.mapTo(scroller.viewport(), button.rect().topRight()).x() <= (
            scroller.viewport().width()
        )
    window.close()


def test_the_customer_of_a_line_opens_with_one_click_or_enter(qtbot, account, records):
    shop = records.create("customer", {"name": "张伟"})
    records.create("task", {"customer_id": shop["id"], "title": "回电", "due_at": NOW})
    window = MainWindow(Workspace(account, records))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.today.loaded, timeout=5000):
        window.today.refresh()
    [line] = lines(window.today, "due")
    qtbot.mouseClick(line.customer_label, Qt.MouseButton.LeftButton)
    assert window.customer_view.customer_id == shop["id"]
    with qtbot.waitSignal(window.today.loaded, timeout=5000):
        window.show_page(window.today)
    [line] = lines(window.today, "due")
    assert line.customer_label.focusPolicy() == Qt.FocusPolicy.TabFocus  # and from the keyboard
    qtbot.keyClick(line.customer_label, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.customer_view
    window.close()


def test_a_return_visit_ticked_done_asks_what_the_customer_said(qtbot, workspace, records):
    """Issue 21: the return visit (回访) of a resolved complaint, done from Today, asks its
    outcome, which lands as a call in the customer's timeline."""
    from ui.task_actions import ReturnVisitDialog

    from .typing import type_text

    records.create("service_calendar", {"return_visit_days": 1})
    shop = records.create("customer", {"name": "华信科技"})
    complaint = records.create(
        "service_request", {"customer_id": shop["id"], "subject": "打印机卡纸", "kind": "complaint"}
    )
    workspace.desk.resolve(
        records,
        complaint["id"],
        "换了搓纸轮",
        return_title="回访：{subject}",
        now=NOW - timedelta(days=1),
    )
    page = open_today(qtbot, workspace)
    [line] = [line for line in lines(page, "due") if "回访" in said(line)[1]]
    line.done.click()
    qtbot.waitUntil(lambda: page.findChild(ReturnVisitDialog) is not None, timeout=5000)
    dialog = page.findChild(ReturnVisitDialog)
    assert "打印机卡纸" in dialog.findChildren(type(dialog.error))[0].text()
    type_text(dialog.outcome, "已解决，客户满意")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog._ok()
        settle()
    [call] = records.find("interaction", customer_id=shop["id"])
    assert (call["kind"], call["outcome"]) == ("call", "已解决，客户满意")
    assert call["subject"] in ("Return visit: 打印机卡纸", "回访：打印机卡纸")
