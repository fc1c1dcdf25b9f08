"""Merging two customers on the replica (issue 18, item 4): children moved, the loser archived
with a pointer to the survivor, every write an outbox entry, and undo putting all of it back."""

import pytest

from app.errors import NotFound
from app.local_tables import OutboxEntry
from app.merge import Merge, MergeRefused
from app.records import Records
from sync.protocol.enums import Role

ME = "00000000-0000-4000-8000-000000000001"
OTHER = "00000000-0000-4000-8000-000000000002"


@pytest.fixture
def book(records: Records):
    """Two records of one 张伟: the survivor with a phone, the loser with more, children of
    each kind under the loser, and a colleague's customer related to the loser."""
    survivor = records.create(
        "customer", {"name": "张伟", "phones": ["13800138000"], "tier": "premium", "tags": ["VIP"]}
    )
    loser = records.create(
        "customer",
        {
            "name": "张伟 (上海)",
            "phones": ["021-5555 1234", "13800138000"],
            "email": "zw@example.cn",
            "city": "上海",
            "tags": ["老客户"],
        },
    )
    s, lo = survivor["id"], loser["id"]
    spouse = records.create("customer", {"name": "李娜"})
    children = {
        "contact": records.create("contact", {"customer_id": lo, "name": "王秘书"}),
        "interaction": records.create("interaction", {"customer_id": lo, "subject": "回访"}),
        "opportunity": records.create("opportunity", {"customer_id": lo, "title": "年度合同"}),
        "task": records.create("task", {"customer_id": lo, "title": "寄送报价单"}),
        "service_request": records.create(
            "service_request", {"customer_id": lo, "subject": "发票问题"}
        ),
        "relation": records.create(
            "relation", {"customer_id": lo, "kind": "spouse", "related_customer_id": spouse["id"]}
        ),
    }
    pointing = records.create(
        "relation", {"customer_id": spouse["id"], "kind": "spouse", "related_customer_id": lo}
    )
    between = records.create(
        "relation", {"customer_id": s, "kind": "colleague", "related_customer_id": lo}
    )
    old = records.create("interaction", {"customer_id": lo, "subject": "已归档"})
    records.delete("interaction", old["id"])
    return {
        "s": s,
        "lo": lo,
        "children": children,
        "pointing": pointing["id"],
        "between": between["id"],
        "archived": old["id"],
    }


def _snapshot(records: Records) -> dict:
    out = {}
    for entity in ("customer", "contact", "interaction", "opportunity", "task"):
        for row in records.find(entity, include_deleted=True):
            out[entity, row["id"]] = {
                k: v
                for k, v in row.items()
                if k not in ("updated_at", "updated_by", "version", "sort_key", "city_key")
            }
    for entity in ("service_request", "relation"):
        for row in records.find(entity, include_deleted=True):
            out[entity, row["id"]] = {
                k: v for k, v in row.items() if k not in ("updated_at", "updated_by", "version")
            }
    return out


def test_preview_lists_the_differences_and_what_will_move(records, book):
    merge = Merge(records)
    preview = merge.preview(book["s"], book["lo"])
    assert preview.differing == ["name", "tier", "phones", "email", "city", "tags"]
    assert preview.counts == {
        "contact": 1,
        "interaction": 1,  # the archived one stays with the archived loser
        "opportunity": 1,
        "task": 1,
        "service_request": 1,
        "contract": 0,
        "contract_line": 0,
        "payment": 0,
        "relation": 3,  # its own, the spouse's to it, and the survivor's to it
    }
    assert preview.default("name") == "survivor"
    assert preview.default("email") == "loser"  # the survivor has none
    assert preview.value("phones", "union") == ["13800138000", "021-5555 1234"]


def test_merge_moves_children_and_archives_the_loser_with_a_pointer(records, book):
    merge = Merge(records)
    before_outbox = records.pending_count()
    merge.merge(book["s"], book["lo"], {"city": "loser", "tags": "union", "tier": "survivor"})

    survivor = records.get("customer", book["s"])
    assert survivor["name"] == "张伟"
    assert survivor["tier"] == "premium"
    assert survivor["city"] == "上海"
    assert survivor["email"] == "zw@example.cn"
    assert survivor["phones"] == ["13800138000", "021-5555 1234"]
    assert survivor["tags"] == ["VIP", "老客户"]
    loser = records.get("customer", book["lo"], include_deleted=True)
    assert loser["deleted_at"] is not None and loser["merged_into_id"] == book["s"]
    for entity, row in book["children"].items():
        assert records.get(entity, row["id"])["customer_id"] == book["s"], entity
    assert records.get("relation", book["pointing"])["related_customer_id"] == book["s"]
    between = records.get("relation", book["between"], include_deleted=True)
    assert between["deleted_at"] is not None  # would relate the survivor to itself
    archived = records.get("interaction", book["archived"], include_deleted=True)
    assert archived["customer_id"] == book["lo"]
    assert records.find("interaction", customer_id=book["lo"]) == []
    # everything is an ordinary mutation: survivor, 6 children, 1 pointing, 1 archived
    # relation, the loser's pointer and its archive
    assert records.pending_count() - before_outbox == 11
    with records.replica.reading() as session:
        last = session.query(OutboxEntry).order_by(OutboxEntry.seq.desc()).limit(2).all()
    assert [(e.op, e.row_id) for e in last] == [("delete", book["lo"]), ("update", book["lo"])]
    assert last[1].changes == {"merged_into_id": book["s"]}


def test_undo_restores_both_customers_exactly(records, book):
    merge = Merge(records)
    before = _snapshot(records)
    merge_id = merge.merge(book["s"], book["lo"], {"city": "loser"})
    [info] = merge.history(book["s"])
    assert (info.id, info.loser_name, info.moved, info.undone_at) == (
        merge_id,
        "张伟 (上海)",
        7,
        None,
    )

    assert merge.undo(merge_id) == []
    assert _snapshot(records) == before
    assert merge.history(book["s"])[0].undone_at is not None
    # the undo syncs as ordinary mutations too: the loser is restored before its pointer
    # is cleared and before anything moves back, so the server redirects none of it
    with records.replica.reading() as session:
        ops = [(e.op, e.row_id, e.changes) for e in session.query(OutboxEntry).order_by("seq")]
    undo = ops[-(len(ops) - ops.index(("delete", book["lo"], {})) - 1) :]
    assert undo[0] == ("restore", book["lo"], {})
    assert undo[1] == ("update", book["lo"], {"merged_into_id": None})
    with pytest.raises((NotFound, MergeRefused)):
        merge.undo(merge_id)  # once only


def test_undo_keeps_a_survivor_field_edited_since(records, book):
    merge = Merge(records)
    merge_id = merge.merge(book["s"], book["lo"], {"city": "loser"})
    records.update("customer", book["s"], {"city": "杭州"})
    assert merge.undo(merge_id) == ["city"]
    assert records.get("customer", book["s"])["city"] == "杭州"
    assert records.get("customer", book["lo"])["deleted_at"] is None


def test_only_own_customers_unless_a_manager(records, replica, book):
    foreign = Records(replica, user_id=OTHER).create("customer", {"name": "别人的客户"})
    with pytest.raises(MergeRefused):
        Merge(records).merge(book["s"], foreign["id"])
    with pytest.raises(MergeRefused):
        Merge(records).merge(book["s"], book["s"])
    assert Merge(records).candidates(book["s"], [foreign["id"], book["lo"]]) == [book["lo"]]
    Merge(records, Role.MANAGER.value).merge(book["s"], foreign["id"])
    assert records.get("customer", foreign["id"], include_deleted=True)["merged_into_id"]


def test_a_merged_customer_cannot_be_merged_again(records, book):
    Merge(records).merge(book["s"], book["lo"])
    with pytest.raises((NotFound, MergeRefused)):
        Merge(records).merge(book["lo"], book["s"])


def test_a_merge_moves_contracts_with_their_lines_and_payments(records, book):
    """Issue 19's commerce records are children like the others: a contract must not leave
    its lines and payments behind under the archived loser."""
    contract = records.create("contract", {"customer_id": book["lo"], "number": "HT-2026-001"})
    line = records.create(
        "contract_line",
        {
            "customer_id": book["lo"],
            "contract_id": contract["id"],
            "description": "年度服务",
            "quantity": "1",
            "unit_price": "5000",
        },
    )
    paid = records.create(
        "payment",
        {
            "customer_id": book["lo"],
            "contract_id": contract["id"],
            "received_on": "2026-11-20",
            "amount": "2000",
        },
    )
    merge = Merge(records)
    counts = merge.preview(book["s"], book["lo"]).counts
    assert (counts["contract"], counts["contract_line"], counts["payment"]) == (1, 1, 1)
    merge.merge(book["s"], book["lo"], {})
    for entity, row in (("contract", contract), ("contract_line", line), ("payment", paid)):
        assert records.get(entity, row["id"])["customer_id"] == book["s"], entity
