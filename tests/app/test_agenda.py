"""Today's lists from a real replica: due tasks, promised follow-ups, dormant customers, birthdays."""

from datetime import UTC, date, datetime, timedelta

from app.agenda import Agenda

TODAY = date(2026, 11, 23)
NOON = datetime(2026, 11, 23, 12, tzinfo=UTC)


def test_tasks_due_today_and_overdue_first_done_and_future_left_out(records, replica):
    shop = records.create("customer", {"name": "张伟"})
    for title, due in [("明天", 1), ("今天", 0), ("上周", -7)]:
        records.create(
            "task", {"customer_id": shop["id"], "title": title, "due_at": NOON + timedelta(due)}
        )
    done = records.create("task", {"title": "已完成", "due_at": NOON - timedelta(days=1)})
    records.update("task", done["id"], {"done": True})
    due = Agenda(replica, records.user_id).tasks_due(TODAY)
    assert [(e.title, e.overdue, e.customer) for e in due] == [
        ("上周", True, "张伟"),
        ("今天", False, "张伟"),
    ]


def test_follow_up_is_listed_until_a_later_interaction_happens(records, replica):
    shop = records.create("customer", {"name": "张伟"})
    records.create(
        "interaction",
        {
            "customer_id": shop["id"],
            "subject": "报价",
            "occurred_at": NOON - timedelta(days=10),
            "next_step": "发送合同",
            "next_step_due": (TODAY - timedelta(days=2)).isoformat(),
        },
    )
    records.create(
        "interaction",
        {
            "customer_id": shop["id"],
            "subject": "远期",
            "occurred_at": NOON - timedelta(days=9),
            "next_step": "明年再联系",
            "next_step_due": (TODAY + timedelta(days=60)).isoformat(),
        },
    )
    agenda = Agenda(replica, records.user_id)
    assert agenda.follow_ups(TODAY) == []  # the later note (far off) superseded the first
    other = records.create("customer", {"name": "李娜"})
    records.create(
        "interaction",
        {
            "customer_id": other["id"],
            "subject": "拜访",
            "occurred_at": NOON - timedelta(days=3),
            "next_step": "回电",
            "next_step_due": TODAY.isoformat(),
        },
    )
    [entry] = agenda.follow_ups(TODAY)
    assert (entry.customer, entry.title, entry.overdue) == ("李娜", "回电", False)
    records.create(
        "interaction", {"customer_id": other["id"], "subject": "已回电", "occurred_at": NOON}
    )
    assert agenda.follow_ups(TODAY) == []


def test_dormant_depends_on_tier_and_birthdays_this_week(records, replica):
    vip = records.create("customer", {"name": "贵宾", "tier": "premium", "birthday": "1980-11-25"})
    plain = records.create("customer", {"name": "普通", "tier": "ordinary"})
    records.create("customer", {"name": "新朋友", "tier": "ordinary", "birthday": "1990-12-24"})
    for customer in (vip, plain):
        records.create(
            "interaction",
            {"customer_id": customer["id"], "occurred_at": NOON - timedelta(days=45)},
        )
    agenda = Agenda(replica, records.user_id)
    dormant = [e.customer for e in agenda.dormant(TODAY)]
    assert "贵宾" in dormant  # premium: 45 days is too long
    assert "普通" not in dormant  # ordinary: within 120 days
    assert "新朋友" in dormant  # never contacted
    assert [(e.customer, e.when) for e in agenda.birthdays(TODAY)] == [("贵宾", date(1980, 11, 25))]


def test_a_managers_day_keeps_others_work_apart_and_lists_the_branchs_quiet_customers(
    records, replica
):
    from app.records import Records

    bob = Records(replica, "u-bob")  # a rep of the branch, as the manager's replica holds him
    his = bob.create("customer", {"name": "王芳", "tier": "premium"})  # Bob's, quiet 60 days
    mine = records.create("customer", {"name": "张伟"})
    records.create("interaction", {"customer_id": mine["id"], "occurred_at": NOON})
    bob.create("task", {"customer_id": his["id"], "title": "Bob's", "due_at": NOON - timedelta(3)})
    bob.create(
        "interaction",
        {
            "customer_id": his["id"],
            "occurred_at": NOON - timedelta(days=60),
            "next_step": "Bob promised",
            "next_step_due": (TODAY - timedelta(days=50)).isoformat(),
        },
    )
    records.create(
        "task", {"customer_id": mine["id"], "title": "Mine", "due_at": NOON - timedelta(days=30)}
    )
    agenda = Agenda(replica, records.user_id)
    day = agenda.day(TODAY, team=True)
    assert (day.due, day.coming) == ([], [])
    assert [(e.title, e.overdue) for e in day.older] == [("Mine", True)]
    assert [(e.person, e.title) for e in day.team] == [
        ("u-bob", "Bob promised"),
        ("u-bob", "Bob's"),
    ]
    assert [(e.customer, e.person) for e in day.dormant] == [("王芳", "u-bob")]
    rep = agenda.day(TODAY)  # the same replica read as a rep's: only one's own
    assert rep.team == [] and [e.customer for e in rep.dormant] == []
    assert Agenda(replica, "u-bob").day(TODAY).older[0].title == "Bob promised"
