"""Screenshots of the main screens from the real app with demo data, in English and Chinese.

    python tests/screenshots.py [--out docs/screenshots]

Starts `outpost-server` on a fresh SQLite file with `seed-demo`, signs in as alice, syncs, then
opens each screen and saves `<screen>-<lang>.png`. Then bob leaves (offboarded to alice, his
laptop's unsynced edits handed to the review queue) and manager.sh's Team page is taken: People
(`team-<lang>.png`) and the Review queue (`review-<lang>.png`). Run it under Xvfb (`./dev.sh run` starts
one; or `xvfb-run python tests/screenshots.py`) to see what users see; without a display it
falls back to Qt's offscreen platform, which renders the same widgets.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.servers import free_port  # noqa: E402

PASSWORD = "demo1234"


def start_server(home: Path) -> tuple[subprocess.Popen[bytes], str]:
    env = {**os.environ, "OUTPOST_DATABASE_URL": f"sqlite:///{home / 'server.sqlite3'}"}
    cli = [sys.executable, "-m", "server.cli"]
    subprocess.run([*cli, "init-db"], env=env, check=True, cwd=ROOT, capture_output=True)
    subprocess.run([*cli, "seed-demo"], env=env, check=True, cwd=ROOT, capture_output=True)
    port = free_port()
    log = (home / "server.log").open("wb")
    proc = subprocess.Popen(
        [*cli, "serve", "--port", str(port), "--log-level", "warning"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/api/v1/health")
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the demo server did not start; see " + str(home / "server.log"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--only",
        choices=("forms", "admin", "value"),
        help="forms: only the record forms and the customer view; admin: only Team and Pool; "
        "value: only reports, 80/20, tiers, credit and the service desk",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        default="light",
        help="the look (ui/theme.py); dark ones are saved as <screen>-<lang>-dark.png",
    )
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="outpost-shots-"))
    os.environ["OUTPOST_HOME"] = str(home / "client")
    proc, url = start_server(home)
    try:
        return shoot(url, args.out, only=args.only, look=args.theme)
    finally:
        proc.terminate()
        proc.wait(10)


def shoot(url: str, out: Path, only: str | None = None, look: str = "light") -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.account import Accounts
    from app.paths import data_dir
    from app.records import Records
    from app.replica import Replica
    from app.syncing import engine_for
    from app.workspace import Workspace
    from ui import i18n, theme
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(look)  # as ui.main does at startup
    suffix = "-dark" if look == "dark" else ""
    accounts = Accounts(data_dir())
    account = accounts.sign_in(url, "alice", PASSWORD)
    replica = Replica(account.replica)
    engine = engine_for(account, replica, accounts)
    records = Records(replica, account.user_id)
    window = MainWindow(Workspace(account, records, engine))
    window.resize(1280, 800)
    window.show()
    window.sync_now()  # in the background, as the app does; the Sync screen records the round
    while window._syncing:
        app.processEvents()
        time.sleep(0.05)
    out.mkdir(parents=True, exist_ok=True)
    busiest = _busiest_customer(records)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)

    def wait_for(signal) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()

    def save(widget, name: str, lang: str) -> None:
        settle()
        path = out / f"{name}-{lang}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    if only in ("admin", "value"):
        window.close()
        engine.api.close()
        replica.close()
        (shoot_admin if only == "admin" else shoot_value)(url, out, save, wait_for)
        i18n.install("en")
        return 0
    if only == "forms":
        shoot_forms(window, records, busiest, save)
        window.close()
        engine.api.close()
        replica.close()
        i18n.install("en")
        return 0
    for lang in ("en", "zh_CN"):
        window.set_language(lang)
        window.customers.refresh()
        window.nav.setCurrentRow(window.nav_pages.index(window.today))
        window.today.refresh()
        wait_for(window.today.loaded)
        save(window, "today", lang)
        window.show_customers()
        save(window, "customers", lang)
        window.open_customer(busiest)
        save(window, "customer", lang)
        search = window.open_search()
        search.query.setText("zhangwei" if lang == "en" else "张")
        search.run()
        save(search, "search", lang)
        search.close()
        for page, name in ((window.pipeline, "pipeline"), (window.calendar, "calendar")):
            window.nav.setCurrentRow(window.nav_pages.index(page))
            save(window, name, lang)
        window.nav.setCurrentRow(window.nav_pages.index(window.service))
        window.service.table.selectRow(0)
        save(window, "service", lang)
        window.nav.setCurrentRow(window.nav_pages.index(window.sync_page))
        save(window, "sync", lang)
    i18n.install("en")
    window.close()
    engine.api.close()
    replica.close()
    shoot_team(url, out, save, wait_for)
    shoot_admin(url, out, save, wait_for)
    shoot_value(url, out, save, wait_for)
    i18n.install("en")
    return 0


def shoot_forms(window, records, customer_id: str, save) -> None:
    """The customer view with every field filled in, and each record's form
    (`form-<record>-<lang>.png`), as a rep sees them."""
    from datetime import UTC, date, datetime, timedelta

    from ui.customer_view import CustomerView

    settle_edits = {
        "industry": "零售",
        "source": "朋友介绍",
        "tags": ["VIP", "老客户"],
        "birthday": date(1978, 6, 12),
        "address": "上海市浦东新区世纪大道100号 12楼",
        "email": "service@example.cn",
        "notes": "喜欢下午拜访；每季度回访一次。对价格敏感，重视售后。",
    }
    records.update("customer", customer_id, {**settle_edits, "kind": "person"})
    records.create(
        "service_request",
        {
            "customer_id": customer_id,
            "kind": "complaint",
            "subject": "账单金额有误",
            "priority": "high",
            "sla_due_at": datetime.now(UTC) + timedelta(hours=20),
        },
    )
    visit = records.create(
        "interaction",
        {
            "customer_id": customer_id,
            "user_id": records.user_id,
            "kind": "visit",
            "occurred_at": datetime.now(UTC) - timedelta(days=1),
            "subject": "上门拜访",
            "body": "介绍了新的理财方案，客户很感兴趣，希望下周看到书面方案。",
            "outcome": "同意看方案",
            "next_step": "发送方案书",
            "next_step_due": date.today() + timedelta(days=2),
        },
    )
    editors = window.editors
    first = {
        entity: records.find(entity, customer_id=customer_id)
        for entity in ("contact", "relation", "opportunity", "task")
    }
    deal = first["opportunity"][0] if first["opportunity"] else None
    companies = [c for c in records.find("customer", limit=500) if c["kind"] == "company"]
    company = companies[0]["id"] if companies else None
    if company is not None:  # a company's own fields, filled in
        records.update(
            "customer",
            company,
            {"registration_no": "91310115MA1H7XXXX8", "company_size": "medium", "tags": ["渠道"]},
        )
    task = first["task"][0] if first["task"] else None
    for lang in ("en", "zh_CN"):
        window.set_language(lang)
        window.open_customer(customer_id)
        view: CustomerView = window.customer_view
        view.tabs.setCurrentIndex(0)
        save(window, "customer", lang)
        dialogs = {
            "customer": lambda: editors.edit_customer(customer_id),
            "interaction": lambda: editors.edit_interaction(visit["id"]),
            "contact": lambda: (
                editors.edit_contact(first["contact"][0]["id"])
                if first["contact"]
                else editors.new_contact(customer_id)
            ),
            "relation": lambda: (
                editors.edit_relation(first["relation"][0]["id"])
                if first["relation"]
                else editors.new_relation(customer_id)
            ),
            "service": lambda: editors.new_service_request(customer_id, kind="complaint"),
        }
        if company is not None:
            dialogs["company"] = lambda: editors.edit_customer(company)
        if deal is not None:
            dialogs["opportunity"] = lambda: editors.edit_opportunity(deal["id"])
            dialogs["won"] = lambda: editors.close_deal(deal, "won")
            dialogs["lost"] = lambda: editors.close_deal(deal, "lost")
        if task is not None:
            dialogs["task"] = lambda: editors.edit_task(task["id"])
            dialogs["reschedule"] = lambda: editors.reschedule_task(task["id"])
        for name, open_dialog in dialogs.items():
            dialog = open_dialog()
            dialog.adjustSize()
            save(dialog, f"form-{name}", lang)
            dialog.reject()


def shoot_team(url: str, out: Path, save, wait_for) -> None:
    """bob leaves with four edits not yet synced; manager.sh sees them on the Team page."""
    from PySide6.QtWidgets import QApplication

    from app.account import Accounts
    from app.admin import StaffAdmin
    from app.departure import hand_over
    from app.paths import data_dir
    from app.replica import Replica
    from app.syncing import engine_for
    from app.workspace import Workspace
    from tests.support.clients import connect
    from ui.main_window import MainWindow

    app = QApplication.instance()
    laptop = connect(url, "bob", PASSWORD, data_dir() / "bob-laptop.sqlite3")
    laptop.sync()
    refresh = laptop.api.login("bob", PASSWORD, "bob's laptop", laptop.device_id)["refresh_token"]
    first, second, third = [row["id"] for row in laptop.records.find("customer")[:3]]
    laptop.records.update("customer", first, {"notes": "下周二回访，客户想看新报价"})
    laptop.records.update("customer", second, {"tier": "premium", "city": "杭州"})
    laptop.records.create(
        "interaction",
        {"customer_id": third, "kind": "visit", "subject": "上门拜访", "outcome": "有意向"},
    )
    laptop.records.create("customer", {"name": "钱小红", "city": "上海", "phones": ["13912345678"]})

    accounts = Accounts(data_dir() / "manager")
    account = accounts.sign_in(url, "manager.sh", PASSWORD)
    replica = Replica(account.replica)
    engine = engine_for(account, replica, accounts)
    StaffAdmin.sharing(engine).offboard("bob", to_username="alice", reason="离职 Left the company")

    class Tokens:
        def tokens(self, _account: object) -> dict[str, str]:
            return {"refresh_token": refresh}

    hand_over(Tokens(), None, laptop.replica, laptop.api)  # type: ignore[arg-type]
    laptop.close()

    window = MainWindow(Workspace.open(account, replica, engine))
    window.resize(1280, 800)
    window.show()
    window.sync_now()
    while window._syncing:
        app.processEvents()
        time.sleep(0.05)
    page = window.admin
    for lang in ("en", "zh_CN"):
        window.set_language(lang)
        page.tabs.setCurrentWidget(page.people)
        window.nav.setCurrentRow(window.nav_pages.index(page))
        wait_for(page.loaded)
        page.people.select("alice")
        save(window, "team", lang)
        page.tabs.setCurrentWidget(page.review)
        page.review.table.selectRow(1)  # two fields changed
        save(window, "review", lang)
    window.close()
    engine.api.close()
    replica.close()


def _busiest_customer(records) -> str:
    """The customer with the most varied history: the view has something in every tab."""
    from sqlalchemy import func, select, union_all

    from sync.protocol.entities import ENTITIES

    children = [
        select(cls.customer_id.label("customer_id"), func.count().label("n")).group_by(
            cls.customer_id
        )
        for name, cls in ENTITIES.items()
        if name != "customer" and hasattr(cls, "customer_id")  # products are company-wide
    ]
    rows = union_all(*children).subquery()
    query = (
        select(rows.c.customer_id)
        .where(rows.c.customer_id.is_not(None))
        .group_by(rows.c.customer_id)
        .order_by(func.count().desc(), func.sum(rows.c.n).desc())
        .limit(1)
    )
    with records.replica.reading() as session:
        return session.scalar(query)


def shoot_admin(url: str, out: Path, save, wait_for) -> None:
    """The administrator's Team screens (people: new, import, devices; branches) and the
    branch pool as manager.sh sees it, with customers returned by hand and one assigned."""
    import openpyxl
    from PySide6.QtWidgets import QApplication

    from app.paths import data_dir
    from app.pool import PoolBoard, PoolSettings
    from tests.support.clients import connect

    app = QApplication.instance()

    book = data_dir() / "people.xlsx"
    sheet_book = openpyxl.Workbook()
    sheet = sheet_book.active
    sheet.append(["用户名", "姓名", "角色", "分公司"])
    for row in (
        ["hu.jun", "胡军", "销售", "Shanghai"],
        ["gao.lei", "高磊", "经理", "Shanghai"],
        ["alice", "重名", "销售", "Shanghai"],
        ["ma.li", "马丽", "销售", "火星"],
        ["wu di", "吴迪", "司机", "Shanghai"],
    ):
        sheet.append(row)
    sheet_book.save(book)

    window, engine, replica = signed_in_window(url, "admin", "admin")
    page = window.admin
    for lang in ("en", "zh_CN"):
        window.set_language(lang)
        window.nav.setCurrentRow(window.nav_pages.index(page))
        page.tabs.setCurrentWidget(page.people)
        wait_for(page.loaded)
        page.people.select("alice")
        dialog = page.people.new_person()
        if dialog is not None:
            save(dialog, "team-new-person", lang)
            dialog.close()
        devices = page.people.devices()
        if devices is not None:
            settle_until(app, lambda d=devices: bool(d.devices))
            save(devices, "team-devices", lang)
            devices.close()
        importing = page.people.import_people()
        if importing is not None:
            importing.open_file(book)
            settle_until(app, lambda d=importing: d.preview is not None)
            save(importing, "team-import-people", lang)
            importing.reject()
        if page.branches_tab is not None:
            page.tabs.setCurrentWidget(page.branches_tab)
            save(window, "team-branches", lang)
    window.close()
    engine.api.close()
    replica.close()

    # the pool of Shanghai with customers alice returned by hand, one assigned back
    alice = connect(url, "alice", PASSWORD, data_dir() / "alice-pool.sqlite3")
    alice.sync()
    window, engine, replica = signed_in_window(url, "manager.sh", "manager-pool")
    board = window.workspace.pool
    board.save_rules("Shanghai", PoolSettings(enabled=True, days={"ordinary": 90}, remind_days=7))
    ids = [row["id"] for row in alice.records.find("customer")[:4]]
    PoolBoard(alice.replica, alice.api, lambda: alice.token).return_customers(
        ids[:3], "客户已搬迁 moved away"
    )
    board.assign(ids[0], "alice")  # bob may have left (shoot_team offboards him)
    alice.close()
    page = window.pool
    for lang in ("en", "zh_CN"):
        window.set_language(lang)
        window.nav.setCurrentRow(window.nav_pages.index(page))
        page.refresh()
        wait_for(page.loaded)
        settle_until(app, lambda: page.month.isVisible())
        save(window, "pool", lang)
    window.close()
    engine.api.close()
    replica.close()


def settle_until(app, done, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)


def shoot_value(url: str, out: Path, save, wait_for) -> None:
    """What customers are worth and the service desk, as manager.sh sees them: Today's
    dashboard, a pivot with its chart, 80/20, why a customer has its tier, its credit, a
    complaint being entered and the SLA policy (issues 19, 21, 22)."""
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from sync.protocol.entities import CreditProfile

    app = QApplication.instance()
    window, engine, replica = signed_in_window(url, "manager.sh", "manager-value")
    with replica.reading() as session:
        credited = session.scalars(
            select(CreditProfile.customer_id).where(CreditProfile.rating.is_not(None)).limit(1)
        ).first()
    for lang in ("en", "zh_CN"):
        window.set_language(lang)
        shots = [
            ("dashboard", lambda: _today(window, wait_for)),
            ("reports", lambda: _reports(window, app)),
            ("pareto", lambda: _pareto(window, app)),
            ("tier-why", lambda: _customer_tab(window, app, credited, "why")),
            ("credit", lambda: _customer_tab(window, app, credited, "credit")),
        ]
        for name, show in shots:
            try:
                save(show(), name, lang)
            except Exception as exc:  # one screen failing must not lose the others
                print(f"{name}: {type(exc).__name__}: {exc}")
        try:
            dialog = window.customer_view.new_complaint()
            if dialog is not None:
                save(dialog, "complaint", lang)
                dialog.close()
            window.nav.setCurrentRow(window.nav_pages.index(window.service))
            policy = window.service.open_policy()
            settle_until(app, lambda: False, 1.5)
            save(policy, "sla-policy", lang)
            policy.close()
        except Exception as exc:
            print(f"service: {type(exc).__name__}: {exc}")
    window.close()
    engine.api.close()
    replica.close()


def _today(window, wait_for):
    window.nav.setCurrentRow(window.nav_pages.index(window.today))
    window.today.refresh()
    wait_for(window.today.loaded)
    return window


def _reports(window, app):
    page = window.reports
    window.nav.setCurrentRow(window.nav_pages.index(page))
    page.run()
    settle_until(app, lambda: not page.loading, 60)
    return window


def _pareto(window, app):
    page = window.sales
    window.nav.setCurrentRow(window.nav_pages.index(page))
    page.tabs.setCurrentWidget(page.pareto)
    settle_until(app, lambda: False, 3)
    return window


def _customer_tab(window, app, customer_id, tab):
    window.open_customer(customer_id)
    view = window.customer_view
    view.tabs.setCurrentWidget(view.why if tab == "why" else view.credit)
    settle_until(app, lambda: False, 3)
    return window


def signed_in_window(url: str, username: str, folder: str):
    """A main window signed in as `username` (its own data folder), after one sync round:
    (window, engine, replica), to close in that order."""
    from PySide6.QtWidgets import QApplication

    from app.account import Accounts
    from app.paths import data_dir
    from app.replica import Replica
    from app.syncing import engine_for
    from app.workspace import Workspace
    from ui.main_window import MainWindow

    app = QApplication.instance()
    accounts = Accounts(data_dir() / folder)
    account = accounts.sign_in(url, username, PASSWORD)
    replica = Replica(account.replica)
    engine = engine_for(account, replica, accounts)
    window = MainWindow(Workspace.open(account, replica, engine))
    window.resize(1280, 800)
    window.show()
    window.sync_now()
    while window._syncing:
        app.processEvents()
        time.sleep(0.05)
    return window, engine, replica


if __name__ == "__main__":
    sys.exit(main())
