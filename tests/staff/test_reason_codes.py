"""Reasons the server writes itself travel as codes and are put into words by each client
(issue 16, item 8: a Chinese user read "bob left the company")."""

from app.arrivals import Arrivals
from app.syncing import AppSyncEngine
from server.staff.offboarding import offboard
from sync.protocol import reasons
from ui import i18n
from ui.arrivals_bar import ArrivalsBar


def test_an_offboarding_without_a_reason_arrives_as_a_code_said_in_chinese(
    qtbot, server_db, person, device
):
    leaver, successor = person(), person()
    laptop = device(leaver)
    for n in range(3):
        laptop.records.create("customer", {"name": f"客户{n}"})
    laptop.sync()
    desk = device(successor)
    engine = AppSyncEngine(desk.replica, desk.api, lambda: desk.token)
    engine.sync_now()
    with server_db.transaction() as session:
        offboard(session, by=None, username=leaver.username, to_username=successor.username)
    engine.sync_now()

    [arrival] = Arrivals(desk.replica).unseen()
    assert (arrival.source, arrival.reason) == (leaver.username, reasons.OWNER_LEFT)
    bar = ArrivalsBar(Arrivals(desk.replica))
    qtbot.addWidget(bar)
    i18n.install("zh_CN")
    try:
        bar.retranslate()  # as the window does on a language change
        assert bar.text.text().endswith(f"原因：{leaver.username} 已离职")
    finally:
        i18n.install("en")
    bar.retranslate()
    assert bar.text.text() == (
        f"3 customers from {leaver.username} are now yours. "
        f"Reason: {leaver.username} left the company"
    )


def test_codes_are_told_apart_from_peoples_words():
    assert reasons.parse(reasons.OWNER_LEFT) == (reasons.OWNER_LEFT, None)
    assert reasons.parse(reasons.pool_return(90)) == (reasons.POOL_RETURN, 90)
    assert reasons.parse(reasons.POOL_CLAIM) == (reasons.POOL_CLAIM, None)
    for words in ("A 休产假", "owner left", "pool_return: soon", "", None):
        assert reasons.parse(words) is None
