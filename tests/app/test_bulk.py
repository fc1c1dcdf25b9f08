"""Bulk edits of customers (issue 25, item 2): one transaction, an outbox entry per row, one
undo for the whole edit; the list's quick filter matches as search does."""

from sqlalchemy import delete, select

from app.bulk import ADD_TAG, REMOVE_TAG, TIER, Bulk, BulkEdit
from app.customer_list import CustomerFilter, CustomerList
from app.local_tables import OutboxEntry


def outbox(replica):
    with replica.reading() as session:
        return [
            (e.row_id, e.op, e.changes, e.base)
            for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]


def acknowledge(replica):
    """What a push's acknowledgement does: the sent entries leave the outbox."""
    with replica.transaction() as session:
        session.execute(delete(OutboxEntry))


def test_a_tag_on_many_customers_is_one_edit_with_one_undo(records):
    made = records.create_many(
        "customer", [{"name": f"客户{i}", "tags": ["老客户"] if i % 2 else []} for i in range(300)]
    )
    ids = [row["id"] for row in made]
    acknowledge(records.replica)
    seen = []
    records.feed.subscribe(seen.append)
    bulk = Bulk(records)

    done = bulk.apply(ids, BulkEdit(ADD_TAG, "年会"))

    assert len(done.rows) == 300 and len(seen) == 1  # one change notice for all
    assert all("年会" in records.get("customer", i)["tags"] for i in ids)
    assert records.get("customer", ids[1])["tags"] == ["老客户", "年会"]
    entries = outbox(records.replica)
    assert len(entries) == 300
    entry = next(e for e in entries if e[0] == ids[1])
    assert entry == (ids[1], "update", {"tags": ["老客户", "年会"]}, {"tags": ["老客户"]})

    assert bulk.undo(done) == 300  # nothing sent yet: taken back without a trace
    assert outbox(records.replica) == []
    assert records.get("customer", ids[0])["tags"] == []
    assert records.get("customer", ids[1])["tags"] == ["老客户"]


def test_undo_after_a_sync_sends_the_inverse_and_keeps_other_edits(records):
    ids = [records.create("customer", {"name": n, "tier": "ordinary"})["id"] for n in "ABC"]
    bulk = Bulk(records)
    tagged = bulk.apply(ids, BulkEdit(ADD_TAG, "VIP"))
    tiers = bulk.apply(ids, BulkEdit(TIER, "major"))
    acknowledge(records.replica)  # both were sent
    records.update("customer", ids[0], {"tags": ["VIP", "新"]})  # a later edit by hand

    bulk.undo(tagged)

    assert records.get("customer", ids[0])["tags"] == ["新"]
    assert records.get("customer", ids[1])["tags"] == []
    assert records.get("customer", ids[1])["tier"] == "major"  # the other bulk edit stays
    bulk.undo(tiers)
    assert {records.get("customer", i)["tier"] for i in ids} == {"ordinary"}
    changes = [(op, changes) for _row, op, changes, _base in outbox(records.replica)]
    assert changes.count(("update", {"tier": "ordinary"})) == 3


def test_removing_a_tag_leaves_customers_without_it_alone(records):
    with_tag = records.create("customer", {"name": "甲", "tags": ["展会", "老客户"]})
    without = records.create("customer", {"name": "乙", "tags": ["老客户"]})
    acknowledge(records.replica)

    done = Bulk(records).apply([with_tag["id"], without["id"]], BulkEdit(REMOVE_TAG, "展会"))

    assert done.ids == [with_tag["id"]]
    assert records.get("customer", with_tag["id"])["tags"] == ["老客户"]
    assert len(outbox(records.replica)) == 1


def test_the_quick_filter_matches_chinese_pinyin_initials_and_phones(records):
    zhang = records.create("customer", {"name": "张伟", "phones": ["138 0013 8000"]})["id"]
    wang = records.create("customer", {"name": "王芳", "city": "北京"})["id"]
    records.create("customer", {"name": "Acme Trading"})
    customers = CustomerList(records.replica)

    def found(text):
        return set(customers.ids(CustomerFilter(text=text)))

    assert found("张") == {zhang}
    assert found("zhangwei") == found("zhang wei") == found("zw") == {zhang}
    assert found("0013 8") == {zhang}
    assert found("WangFang") == {wang}
    assert found("wf") == {wang}
    assert len(found("acme")) == 1 and found("") == {zhang, wang} | found("acme")
    assert set(customers.ids(CustomerFilter(text="w", city="北京"))) == {wang}


def test_archiving_many_is_one_transaction_and_one_undo(records):
    from app.archive import Archive

    made = records.create_many("customer", [{"name": f"客户{i}"} for i in range(200)])
    ids = [row["id"] for row in made]
    stamp = records.get("customer", ids[0])["updated_at"]
    acknowledge(records.replica)
    archive = Archive(records)

    done = archive.archive("customer", [*ids, ids[0]])  # a repeated id counts once
    assert len(done.rows) == 200 and records.find("customer") == []
    assert {op for _row, op, _c, _b in outbox(records.replica)} == {"delete"}
    assert archive.undo(done) == 200  # not sent yet: no trace
    assert outbox(records.replica) == [] and len(records.find("customer")) == 200
    assert records.get("customer", ids[0])["updated_at"] == stamp

    done = archive.archive("customer", ids)
    acknowledge(records.replica)  # sent
    assert archive.undo(done) == 0
    assert [op for _row, op, _c, _b in outbox(records.replica)] == ["restore"] * 200
    assert len(records.find("customer")) == 200
