"""The rules behind the record forms, on a real replica: relations seen from both sides, the
open-complaint count, rescheduling that keeps a task's kind, who may amend an interaction,
default due times and stage odds, and Today's entries naming the record they open."""

from datetime import UTC, date, datetime, timedelta

from app.agenda import Agenda
from app.customer_file import CustomerFile
from app.interactions import AMEND_DAYS, can_amend
from app.pipeline import Pipeline, stage_probability
from app.schedule import is_appointment, rescheduled
from app.service_desk import default_due

NOON = datetime(2026, 11, 23, 12, tzinfo=UTC)


def test_a_relation_shows_on_both_customers_turned_round(records):
    mother = records.create("customer", {"name": "王芳"})
    son = records.create("customer", {"name": "李明"})
    records.create(
        "relation", {"customer_id": mother["id"], "kind": "child", "related_customer_id": son["id"]}
    )
    records.create(
        "relation", {"customer_id": mother["id"], "kind": "referrer", "related_name": "赵老师"}
    )
    files = CustomerFile(records)
    mine = [(t.kind, t.other, t.other_id, t.mirrored) for t in files.relations(mother["id"])]
    assert mine == [("child", "李明", son["id"], False), ("referrer", "赵老师", None, False)]
    theirs = [(t.kind, t.other, t.other_id, t.mirrored) for t in files.relations(son["id"])]
    assert theirs == [("parent", "王芳", mother["id"], True)]  # one row, no copy stored
    assert len(records.find("relation")) == 2
    records.delete("customer", mother["id"])  # an archived customer's ties leave the other view
    assert files.relations(son["id"]) == []


def test_open_complaints_are_counted_and_resolved_ones_are_not(records):
    shop = records.create("customer", {"name": "张伟"})
    for kind, status in [("complaint", "new"), ("complaint", "escalated"), ("inquiry", "new")]:
        records.create(
            "service_request",
            {"customer_id": shop["id"], "kind": kind, "subject": "x", "status": status},
        )
    done = records.create(
        "service_request", {"customer_id": shop["id"], "kind": "complaint", "subject": "y"}
    )
    records.update("service_request", done["id"], {"status": "resolved"})
    assert CustomerFile(records).facts(shop["id"]).open_complaints == 2


def test_rescheduling_keeps_what_a_task_is():
    call_by = {"kind": "call", "starts_at": None, "due_at": NOON}
    todo = {"kind": "todo", "starts_at": None, "due_at": NOON}
    visit = {"kind": "visit", "starts_at": NOON, "ends_at": NOON + timedelta(minutes=90)}
    later = NOON + timedelta(days=2)
    assert not is_appointment(call_by) and not is_appointment(todo) and is_appointment(visit)
    assert rescheduled(call_by, later) == {"due_at": later}  # no start, no end: still due by
    assert rescheduled(todo, later) == {"due_at": later}
    assert rescheduled(visit, later) == {
        "starts_at": later,
        "ends_at": later + timedelta(minutes=90),
    }


def test_only_the_author_amends_an_interaction_and_only_for_a_week(records):
    me = records.user_id
    shop = records.create("customer", {"name": "张伟"})
    visit = records.create("interaction", {"customer_id": shop["id"], "user_id": me})
    assert can_amend(visit, me)
    assert not can_amend(visit, "someone-else")
    later = visit["created_at"] + timedelta(days=AMEND_DAYS)
    assert can_amend(visit, me, later - timedelta(minutes=1))
    assert not can_amend(visit, me, later)
    synced = {**visit, "user_id": None}  # logged before user_id was kept: its creator
    assert can_amend(synced, me)


def test_due_times_and_odds_proposed_by_the_forms(records):
    assert default_due("high", NOON) == NOON + timedelta(hours=24)
    assert default_due("urgent", NOON) == NOON + timedelta(hours=4)
    assert [stage_probability(s) for s in ("prospecting", "proposal", "won", "lost")] == [
        10,
        50,
        100,
        0,
    ]
    shop = records.create("customer", {"name": "张伟"})
    for line in ("理财", "保险", "理财"):
        records.create(
            "opportunity", {"customer_id": shop["id"], "title": "x", "product_line": line}
        )
    assert Pipeline(records.replica, records.user_id).product_lines() == ["理财", "保险"]


def test_today_entries_name_the_record_they_open(records, replica):
    shop = records.create("customer", {"name": "张伟"})
    task = records.create("task", {"customer_id": shop["id"], "title": "寄合同", "due_at": NOON})
    visit = records.create(
        "interaction",
        {
            "customer_id": shop["id"],
            "occurred_at": NOON - timedelta(days=1),
            "next_step": "回访",
            "next_step_due": "2026-11-24",
        },
    )
    agenda = Agenda(replica, records.user_id)
    [due] = agenda.tasks_due(date(2026, 11, 23))
    assert (due.entity, due.row_id) == ("task", task["id"])
    [follow_up] = agenda.follow_ups(date(2026, 11, 23))
    assert (follow_up.entity, follow_up.row_id) == ("interaction", visit["id"])
