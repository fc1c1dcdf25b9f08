"""Global search and the single customer file, on a real replica file."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.customer_file import CustomerFile
from app.search import Search
from sync.client.tables import LocalConflict


def _book(records):
    zhang = records.create(
        "customer", {"name": "张伟", "phones": ["138-0013-8000"], "city": "上海"}
    )
    records.create("customer", {"name": "张伟民", "phones": ["139 0000 1111"]})
    records.create("customer", {"name": "王芳", "email": "fang@example.cn"})
    records.create(
        "contact", {"customer_id": zhang["id"], "name": "李娜", "phones": ["021-5555-6666"]}
    )
    records.create(
        "interaction",
        {"customer_id": zhang["id"], "subject": "季度回访", "body": "客户想了解理财产品的收益"},
    )
    return zhang


def test_search_finds_by_name_pinyin_initials_and_phone_fragment(records, replica):
    zhang = _book(records)
    search = Search(replica)

    def customers(query):
        return [h.title for h in search.find(query) if h.kind == "customer"]

    assert customers("张伟") == ["张伟", "张伟民"]  # the exact name first
    assert customers("zhangwei") == ["张伟", "张伟民"]
    assert customers("ZW") == ["张伟", "张伟民"]
    assert customers("0013") == ["张伟"]
    assert customers("138-0013") == ["张伟"]
    assert customers("fang@") == ["王芳"]
    assert customers("nobody") == []
    assert search.find("   ") == []
    contact = [h for h in search.find("5555") if h.kind == "contact"]
    assert [(h.title, h.customer_id) for h in contact] == [("李娜", zhang["id"])]
    notes = [h for h in search.find("理财产品") if h.kind == "interaction"]
    assert [(h.title, h.customer_id) for h in notes] == [("季度回访", zhang["id"])]
    assert [h for h in search.find("理财") if h.kind == "interaction"] == []  # too short


def test_search_forgets_deleted_customers(records, replica):
    zhang = _book(records)
    records.delete("customer", zhang["id"])
    assert [h.title for h in Search(replica).find("张伟") if h.kind == "customer"] == ["张伟民"]


def test_customer_file_facts_and_timeline(records):
    zhang = _book(records)
    now = datetime.now(UTC)
    records.create(
        "interaction",
        {"customer_id": zhang["id"], "kind": "call", "subject": "电话", "occurred_at": now},
    )
    records.create("opportunity", {"customer_id": zhang["id"], "title": "基金", "amount": "50000"})
    records.create(
        "opportunity",
        {"customer_id": zhang["id"], "title": "旧单", "amount": "999", "stage": "won"},
    )
    records.create(
        "task",
        {"customer_id": zhang["id"], "title": "回电", "due_at": now + timedelta(days=1)},
    )
    records.create("service_request", {"customer_id": zhang["id"], "subject": "卡片挂失"})
    file = CustomerFile(records)

    facts = file.facts(zhang["id"])
    assert facts.customer["name"] == "张伟"
    assert facts.open_value == Decimal("50000") and facts.open_opportunities == 1
    assert facts.last_contact is not None and abs(facts.last_contact - now) < timedelta(seconds=1)

    events = file.timeline(zhang["id"])
    assert [e.entity for e in events].count("interaction") == 2
    assert {e.title for e in events} >= {"回电", "基金", "旧单", "卡片挂失", "季度回访", "电话"}
    assert events[0].title == "回电"  # due tomorrow: the newest date comes first
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)


def test_conflict_is_listed_and_restore_brings_the_value_back(records, replica):
    zhang = _book(records)
    records.update("customer", zhang["id"], {"city": "杭州"})
    with replica.transaction() as session:
        session.add(
            LocalConflict(
                id="c1",
                version=7,
                customer_id=zhang["id"],
                entity="customer",
                row_id=zhang["id"],
                field="city",
                lost_value="上海",
                kept_value="杭州",
                lost_by=None,
                kept_by=None,
                reason="overwritten",
                at=datetime.now(UTC),
            )
        )
    file = CustomerFile(records)
    [conflict] = file.conflicts(zhang["id"])
    assert (conflict["field"], conflict["lost_value"], conflict["kept_value"]) == (
        "city",
        "上海",
        "杭州",
    )
    pending = records.pending_count()
    file.restore(conflict)
    assert records.get("customer", zhang["id"])["city"] == "上海"
    assert records.pending_count() == pending + 1  # the restore syncs like any edit


def test_sync_history_survives_a_restart_newest_first_and_capped(tmp_path):
    from datetime import UTC, datetime, timedelta

    from app.replica import Replica
    from app.sync_activity import HISTORY_LENGTH, Round, SyncActivity

    path = tmp_path / "r.sqlite3"
    replica = Replica(path)
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    activity = SyncActivity(replica)
    for n in range(HISTORY_LENGTH + 5):
        activity.record(Round(start + timedelta(minutes=n), True, pushed=n))
    activity.record(Round(start + timedelta(hours=2), False, error="Offline"))
    replica.close()

    reopened = Replica(path)
    history = SyncActivity(reopened).history()
    reopened.close()
    assert len(history) == HISTORY_LENGTH
    assert (history[0].ok, history[0].error) == (False, "Offline")
    assert history[1].pushed == HISTORY_LENGTH + 4 and history[1].at.tzinfo is not None
