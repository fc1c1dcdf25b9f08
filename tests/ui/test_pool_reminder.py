"""The pool's reminder on Today (issue 23): the owner sees, offline, which customers the sweep
takes back within the reminder's days, with a countdown from the rules kept in the replica."""

from datetime import UTC, datetime, timedelta

from app.pool import RULES, PoolRules, PoolSettings
from tests.ui.test_pool_page import shot
from tests.ui.test_today import open_today
from tests.ui.today_lines import lines


def test_the_owner_sees_the_countdown_on_today_offline(qtbot, workspace, records):
    rules = PoolRules(
        branch="杭州",
        pool=PoolSettings(enabled=True, days={"ordinary": 30}, remind_days=3),
    )
    records.replica.set_meta(RULES, rules.model_dump(mode="json"))  # as the engine keeps it
    for name, days_ago in (("杭州 天成", 28), ("苏州 恒信", 20)):
        customer = records.create("customer", {"name": name, "tier": "ordinary"})
        records.create(
            "interaction",
            {
                "customer_id": customer["id"],
                "kind": "call",
                "subject": "拜访",
                "occurred_at": (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(),
                "user_id": records.user_id,
            },
        )
    page = open_today(qtbot, workspace)  # no server: the workspace has no engine
    shot(page, "today_pool_reminder_en.png")
    shown = [(line.customer_label.full, line.text.full) for line in lines(page, "notices")]
    assert len(shown) == 1
    customer, text = shown[0]
    assert customer == "杭州 天成"
    assert text.startswith("returns to the pool in 2 day")  # "days" from outpost_en.qm
