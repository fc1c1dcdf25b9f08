"""Issue 17, item 13: the conflict log names who wrote the value that was overwritten.

Not the row's last editor: when a rep's city is overwritten after a manager edited only the
notes, the rep lost the city, and History must say so.
"""

from sqlalchemy import select

from server.models import ConflictEntry


def _conflicts(reader, row_id: str) -> dict[str, dict]:
    return {
        c["row"]["field"]: c["row"]
        for c in reader.pull()["changes"]
        if c["entity"] == "conflict" and c["row"]["row_id"] == row_id
    }


def test_the_loser_is_the_author_of_the_lost_value(branches, server_db, sign_in):
    rep, manager = branches.rep_x, branches.mgr_x
    stale = sign_in(manager.account)  # the manager's laptop, offline since the customer came
    customer = rep.create("customer", {"name": "归属测试", "city": "上海", "tier": "major"})
    edit = rep.one("customer", customer, changes={"city": "杭州"}, base={"city": "上海"})
    assert edit["status"] == "applied"
    notes = manager.one("customer", customer, changes={"notes": "经理备注"}, base={"notes": None})
    assert notes["status"] == "applied"

    # the laptop overwrites the rep's city (edited) and tier (set at creation)
    result = stale.one(
        "customer",
        customer,
        changes={"city": "北京", "tier": "premium"},
        base={"city": "上海", "tier": "ordinary"},
    )
    assert result["status"] == "conflict"

    logged = _conflicts(rep, customer)
    assert (logged["city"]["lost_value"], logged["city"]["kept_value"]) == ("杭州", "北京")
    assert logged["city"]["lost_by"] == rep.id
    assert logged["city"]["kept_by"] == manager.id
    assert logged["tier"]["lost_by"] == rep.id

    # the manager's notes, overwritten later by the rep, are the manager's loss
    again = rep.one("customer", customer, changes={"notes": "代表备注"}, base={"notes": None})
    assert again["status"] == "conflict"
    with server_db.sessions() as session:
        entry = session.scalars(
            select(ConflictEntry).where(
                ConflictEntry.row_id == customer, ConflictEntry.field == "notes"
            )
        ).one()
    assert (entry.lost_by, entry.kept_by) == (manager.id, rep.id)


def test_authors_within_one_request(branches):
    """Two edits in one push: the second one's loss is still the earlier author's."""
    rep, manager = branches.rep_x, branches.mgr_x
    customer = rep.create("customer", {"name": "同一请求", "city": "上海", "industry": "制造"})
    first, second = manager.push(
        manager.mutation("customer", customer, changes={"notes": "n"}, base={"notes": None}),
        manager.mutation(
            "customer", customer, changes={"industry": "零售"}, base={"industry": "物流"}
        ),
    )
    assert (first["status"], second["status"]) == ("applied", "conflict")
    logged = _conflicts(rep, customer)
    assert logged["industry"]["lost_by"] == rep.id
